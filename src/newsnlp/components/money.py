"""`newsnlp_money`: amounts of money with ISO 4217 currency, qualifier and range bounds."""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.components._stage import SCORER_CONFIG, Stage, score_weights
from newsnlp.extensions import store_results
from newsnlp.money import find_money
from newsnlp.money.grammar import grammar
from newsnlp.types import Money


@Language.factory(
    "newsnlp_money", assigns=["doc._.newsnlp_money_data"], requires=["doc.ents"],
    default_config=SCORER_CONFIG,
    default_score_weights=score_weights("money"),
)
def make_money(nlp: Language, name: str, scorer: Callable[..., dict[str, Any]]) -> MoneyStage:
    return MoneyStage(nlp, name, scorer=scorer)


class MoneyStage(Stage):
    def __init__(self, nlp: Language, name: str, **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        grammar()  # build the currency tables and patterns now, not inside the first Doc

    def find(self, doc: Doc) -> list[Money]:
        return find_money(doc)

    def set_annotations(self, doc: Doc, found: list[Money]) -> None:
        store_results(doc, "money", found)
