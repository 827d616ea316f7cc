"""`newsnlp_dates`: temporal expressions as TIMEX3 values resolved against the article's
reference date (`doc._.newsnlp_reference_date`, found in the text when not given)."""
from __future__ import annotations

from typing import Any, Callable

import datetime

from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.components._stage import SCORER_CONFIG, Stage, score_weights
from newsnlp.dates import find_dates, find_reference_date
from newsnlp.extensions import REFERENCE_DATE, reference_date, store_results
from newsnlp.types import TimeExpression


@Language.factory(
    "newsnlp_dates",
    assigns=["doc._.newsnlp_dates_data", f"doc._.{REFERENCE_DATE}"],
    requires=["doc.ents", "token.tag"],
    default_config=SCORER_CONFIG,
    default_score_weights=score_weights("dates"),
)
def make_dates(nlp: Language, name: str, scorer: Callable[..., dict[str, Any]]) -> DateStage:
    return DateStage(nlp, name, scorer=scorer)


class DateStage(Stage):
    def find(self, doc: Doc) -> tuple[datetime.date | None, list[TimeExpression]]:
        anchor = reference_date(doc) or find_reference_date(doc)
        return anchor, find_dates(doc, anchor)

    def set_annotations(self, doc: Doc, found: tuple[datetime.date | None, list[TimeExpression]]) -> None:
        anchor, dates = found
        doc._.set(REFERENCE_DATE, anchor.isoformat() if anchor else None)
        store_results(doc, "dates", dates)
