"""newsnlp's `Doc._` attributes: plain data stored by the components, typed values read back.

Each result family is stored as a list of plain dicts in `doc._.newsnlp_<family>_data` (so it
survives `Doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=...)`) and read
as attrs objects through the getter `doc._.newsnlp_<family>`. `doc._.newsnlp_reference_date`
(an ISO date string) may be set before processing; the dates stage fills it in from the text
when it is None.

After loading Docs in a fresh process, call `install_extensions()` before reading them.
"""
from __future__ import annotations

import datetime
from functools import partial
from typing import Any, Sequence

from spacy.tokens import Doc

from newsnlp.serialize import converter
from newsnlp.types import Country, Money, Organisation, Person, Quote, TimeExpression

RESULT_TYPES: dict[str, type] = {
    "people": Person,
    "organisations": Organisation,
    "countries": Country,
    "quotes": Quote,
    "money": Money,
    "dates": TimeExpression,
}
REFERENCE_DATE = "newsnlp_reference_date"


def data_attr(family: str) -> str:
    return f"newsnlp_{family}_data"


def read_results(doc: Doc, family: str) -> tuple:
    """The typed results of one family stored on `doc` (empty when its stage did not run)."""
    data = doc._.get(data_attr(family)) or ()
    return tuple(converter.structure(item, RESULT_TYPES[family]) for item in data)


def store_results(doc: Doc, family: str, results: Sequence[Any]) -> None:
    doc._.set(data_attr(family), [converter.unstructure(r) for r in results])


def reference_date(doc: Doc) -> datetime.date | None:
    value = doc._.get(REFERENCE_DATE)
    return datetime.date.fromisoformat(value) if value else None


def article_fields(doc: Doc) -> dict[str, Any]:
    """The Article fields (all but `text` and `error`) read from a processed Doc."""
    install_extensions()
    fields: dict[str, Any] = {family: read_results(doc, family) for family in RESULT_TYPES}
    fields["reference_date"] = reference_date(doc)
    return fields


def install_extensions() -> None:
    """Register newsnlp's Doc attributes (idempotent; needed again in a fresh process)."""
    for family in RESULT_TYPES:
        if not Doc.has_extension(data_attr(family)):
            Doc.set_extension(data_attr(family), default=None)
        if not Doc.has_extension(f"newsnlp_{family}"):
            Doc.set_extension(f"newsnlp_{family}", getter=partial(read_results, family=family))
    if not Doc.has_extension(REFERENCE_DATE):
        Doc.set_extension(REFERENCE_DATE, default=None)


install_extensions()
