"""newsnlp's `Doc._` attributes: plain data stored by the components, typed values read back.

Each result family is stored as a list of plain dicts in `doc._.newsnlp_<family>_data` (so it
survives `Doc.to_bytes`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=...)`) and read
as attrs objects through the getter `doc._.newsnlp_<family>`. The spans behind the results also go
into `doc.spans["newsnlp_<family>"]` and, all families together, `doc.spans["newsnlp"]`, labelled
PERSON, ORG, COUNTRY, QUOTE, MONEY or DATE, with `kb_id_` the normalised value (name, ISO code,
speaker, amount and currency, TIMEX3 value) and `id_` the result it belongs to ("people-0"): they
survive a default `DocBin()` and `displacy.render(doc, style="span", options={"spans_key":
"newsnlp"})` shows them. `doc._.newsnlp_reference_date`
(an ISO date string) may be set before processing; the dates stage fills it in from the text
when it is None.

After loading Docs in a fresh process, call `install_extensions()` before reading them.
"""
from __future__ import annotations

import datetime
from functools import partial
from typing import Any, Callable, Iterator, NamedTuple, Sequence

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
SPANS_KEY = "newsnlp"
"""The span group holding the spans of every family."""
LABELS: dict[str, str] = {
    "people": "PERSON",
    "organisations": "ORG",
    "countries": "COUNTRY",
    "quotes": "QUOTE",
    "money": "MONEY",
    "dates": "DATE",
}
"""The span label of each result family."""


class Mark(NamedTuple):
    """A span behind a result: character offsets, label, normalised value, result id."""

    start: int
    end: int
    label: str
    kb_id: str
    id: str


def entity_key(result: Person | Organisation) -> str:
    return result.name


def country_key(result: Country) -> str:
    return result.code


def quote_key(result: Quote) -> str:
    return result.speaker or ""


def money_key(result: Money) -> str:
    amount = result.amount if result.amount is not None else f"{result.low}-{result.high}"
    return f"{amount} {result.currency or '?'}"


def date_key(result: TimeExpression) -> str:
    return result.value


KEYS: dict[str, Callable[[Any], str]] = {
    "people": entity_key,
    "organisations": entity_key,
    "countries": country_key,
    "quotes": quote_key,
    "money": money_key,
    "dates": date_key,
}
"""The normalised value of a result of each family, shown as a span's `kb_id_`."""


def data_attr(family: str) -> str:
    return f"newsnlp_{family}_data"


def spans_key(family: str) -> str:
    """The span group of one result family."""
    return f"newsnlp_{family}"


def result_marks(family: str, results: Sequence[Any]) -> Iterator[Mark]:
    """The spans behind `results` of one family: every mention of a person, organisation or
    country; the quoted content of a quote; the text of an amount or a date."""
    label, key = LABELS[family], KEYS[family]
    for index, result in enumerate(results):
        value, result_id = key(result), f"{family}-{index}"
        for part in result.mentions if hasattr(result, "mentions") else (result,):
            yield Mark(part.start, part.end, label, value, result_id)


def write_span_groups(doc: Doc, family: str, results: Sequence[Any]) -> None:
    """Put the spans behind `results` into `doc.spans[spans_key(family)]` and rebuild the
    all-families group `doc.spans[SPANS_KEY]` (offsets snap outwards to token boundaries; offsets
    that cover no token are left out)."""
    spans = (doc.char_span(mark.start, mark.end, label=mark.label, kb_id=mark.kb_id, span_id=mark.id,
                           alignment_mode="expand") for mark in result_marks(family, results))
    kept = [span for span in spans if span is not None and len(span)]
    restored = spans_key(family) in doc.spans
    doc.spans[spans_key(family)] = kept
    if restored or SPANS_KEY not in doc.spans:
        doc.spans[SPANS_KEY] = [span for name in RESULT_TYPES if spans_key(name) in doc.spans
                                for span in doc.spans[spans_key(name)]]
    else:
        doc.spans[SPANS_KEY].extend(kept)


def read_results(doc: Doc, family: str) -> tuple:
    """The typed results of one family stored on `doc` (empty when its stage did not run)."""
    data = doc._.get(data_attr(family)) or ()
    return tuple(converter.structure(item, RESULT_TYPES[family]) for item in data)


def store_results(doc: Doc, family: str, results: Sequence[Any]) -> None:
    """Store the results of one family on `doc`: plain data in `doc._`, spans in `doc.spans`."""
    doc._.set(data_attr(family), [converter.unstructure(r) for r in results])
    write_span_groups(doc, family, results)


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
