"""`newsnlp_quotes`: direct, indirect and mixed quotations with speaker, cue and addressee;
speakers are resolved to the people the entities stage found."""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.components._stage import SCORER_CONFIG, Stage, score_weights
from newsnlp.extensions import read_results, store_results
from newsnlp.quotes import find_quotes
from newsnlp.types import Quote


@Language.factory(
    "newsnlp_quotes",
    assigns=["doc._.newsnlp_quotes_data"],
    requires=["token.dep", "doc.sents"],
    default_config=SCORER_CONFIG,
    default_score_weights=score_weights("quotes"),
)
def make_quotes(nlp: Language, name: str, scorer: Callable[..., dict[str, Any]]) -> QuoteStage:
    return QuoteStage(nlp, name, scorer=scorer)


class QuoteStage(Stage):
    def find(self, doc: Doc) -> list[Quote]:
        return find_quotes(doc, people=read_results(doc, "people"))

    def set_annotations(self, doc: Doc, found: list[Quote]) -> None:
        store_results(doc, "quotes", found)
