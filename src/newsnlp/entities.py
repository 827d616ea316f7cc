"""People, organisations and countries of an article, from a parsed Doc (pure functions)."""
from __future__ import annotations

import attrs
import pycountry
from spacy.tokens import Doc

from newsnlp.types import Country, Mention, Organisation, Person


@attrs.frozen
class Cast:
    """What the entities stage found: the article's cast, and the entity spans whose label it
    corrected, as (start_char, end_char, spaCy label)."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    countries: tuple[Country, ...] = ()
    relabelled: tuple[tuple[int, int, str], ...] = ()


def find_entities(doc: Doc) -> Cast:
    people: dict[str, list[Mention]] = {}
    orgs: dict[str, list[Mention]] = {}
    countries: dict[str, list[Mention]] = {}
    for ent in doc.ents:
        mention = Mention.from_span(ent)
        if ent.label_ == "PERSON":
            people.setdefault(ent[-1].text, []).append(mention)
        elif ent.label_ == "ORG":
            orgs.setdefault(ent.text, []).append(mention)
        elif ent.label_ == "GPE":
            try:
                code = pycountry.countries.lookup(ent.text).alpha_2
            except LookupError:
                continue
            countries.setdefault(code, []).append(mention)
    return Cast(
        people=tuple(Person(name=max((m.text for m in ms), key=len), mentions=tuple(ms)) for ms in people.values()),
        organisations=tuple(Organisation(name=name, mentions=tuple(ms)) for name, ms in orgs.items()),
        countries=tuple(Country(code=code, name=pycountry.countries.get(alpha_2=code).name, mentions=tuple(ms))
                        for code, ms in countries.items()),
    )
