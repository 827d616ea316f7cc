"""`newsnlp_quotes`: direct, indirect and mixed quotations with speaker, cue and addressee;
speakers are resolved to the people the entities stage found."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.components._stage import Stage
from newsnlp.extensions import read_results, store_results
from newsnlp.quotes import find_quotes
from newsnlp.types import Quote


@Language.factory(
    "newsnlp_quotes",
    assigns=["doc._.newsnlp_quotes_data"],
    requires=["token.dep", "doc.sents"],
)
def make_quotes(nlp: Language, name: str) -> QuoteStage:
    return QuoteStage(nlp, name)


class QuoteStage(Stage):
    def find(self, doc: Doc) -> list[Quote]:
        return find_quotes(doc, people=read_results(doc, "people"))

    def set_annotations(self, doc: Doc, found: list[Quote]) -> None:
        store_results(doc, "quotes", found)
