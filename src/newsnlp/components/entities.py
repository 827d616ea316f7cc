"""`newsnlp_entities`: people with titles and nationality, organisations and countries, every
mention merged; fixes `doc.ents` where it relabels a span (a surname tagged ORG -> PERSON)."""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from newsnlp.components._stage import SCORER_CONFIG, Stage, score_weights
from newsnlp.entities import Cast, find_entities, load_data
from newsnlp.extensions import store_results


@Language.factory(
    "newsnlp_entities",
    assigns=["doc.ents", "doc._.newsnlp_people_data", "doc._.newsnlp_organisations_data",
             "doc._.newsnlp_countries_data"],
    requires=["doc.ents", "token.dep"],
    default_config=SCORER_CONFIG,
    default_score_weights=score_weights("people", "organisations", "countries"),
)
def make_entities(nlp: Language, name: str, scorer: Callable[..., dict[str, Any]]) -> EntityStage:
    return EntityStage(nlp, name, scorer=scorer)


class EntityStage(Stage):
    def __init__(self, nlp: Language, name: str, **kwargs: Any) -> None:
        super().__init__(nlp, name, **kwargs)
        load_data()  # the country and first-name indexes take seconds: once, at load time

    def find(self, doc: Doc) -> Cast:
        return find_entities(doc)

    def set_annotations(self, doc: Doc, found: Cast) -> None:
        store_results(doc, "people", found.people)
        store_results(doc, "organisations", found.organisations)
        store_results(doc, "countries", found.countries)
        if found.relabelled:
            new = [doc.char_span(start, end, label=label) for start, end, label in found.relabelled]
            kept = [ent for ent in doc.ents
                    if not any(n is not None and ent.start < n.end and n.start < ent.end for n in new)]
            doc.ents = filter_spans([span for span in new if span is not None] + kept)
