"""People, organisations and countries of an article, from a parsed Doc (pure functions).

`find_entities(doc)` returns the article's `Cast`: one `Person` per real-world person with
titles, nationality and every mention (pronouns included), one `Organisation` per organisation,
one `Country` per country referred to, and the entity spans whose spaCy label it corrected.
"""
from __future__ import annotations

from bisect import bisect_left

import attrs
from spacy.attrs import ENT_IOB, IS_ALPHA, IS_STOP, IS_TITLE, IS_UPPER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from newsnlp.entities.countries import (
    capital_code,
    clean_name,
    country_code,
    country_name,
    is_demonym,
    stands_for_state,
)
from newsnlp.entities.people import (
    PersonBuilder,
    find_people,
    first_name_gender,
    is_news_organisation,
)
from newsnlp.types import Country, Mention, Organisation, Person

__all__ = ["Cast", "find_entities", "load_data", "country_code", "capital_code", "country_name"]

PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "&"})


@attrs.frozen
class Cast:
    """What the entities stage found: the article's cast, and the entity spans whose label it
    corrected, as (start_char, end_char, spaCy label)."""

    people: tuple[Person, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    countries: tuple[Country, ...] = ()
    relabelled: tuple[tuple[int, int, str], ...] = ()


def cleaned(span: Span) -> Span:
    """The span without a leading "the" and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    while end - start > 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end]


def organisation_name(span: Span) -> Span:
    """An ORG span cleaned like any name, then cut after a possessive ("Farrakhan's Nation of
    Islam" -> "Nation of Islam") and before trailing numbers or lower-case words ("Interfax news
    agency" -> "Interfax")."""
    span = cleaned(span)
    doc, start, end = span.doc, span.start, span.end
    for token in span[1:-1]:
        if token.tag_ == "POS":
            start = token.i + 1
    while end - start > 1 and (doc[end - 1].like_num or any(c.isdigit() for c in doc[end - 1].text)
                               or doc[end - 1].is_punct
                               or (doc[end - 1].is_lower and doc[start].is_title)):
        end -= 1
    return doc[start:end]


def organisation_country(span: Span) -> str | None:
    """The country an organisation's name carries: "US Treasury Department" -> US, "Bank of
    Japan" -> JP."""
    words = [t for t in span]
    if len(words) > 1:
        code = country_code(words[0].text)
        if code:
            return code
    for k, token in enumerate(words[:-1]):
        if token.lower_ == "of":
            return country_code(span.doc[words[k + 1].i:span.end].text)
    return None


def place_word_flags(doc: Doc) -> list[bool]:
    """For each token, whether it may be part of a place name spaCy missed: alphabetic, outside
    every entity, no stop word ("US" in "TELL US"), and in capitals (headlines, datelines) or a
    capitalised proper noun. Read from one array rather than token by token (a hot path)."""
    if not len(doc):
        return []
    alpha, stop, upper, title, iob, pos = doc.to_array(
        [IS_ALPHA, IS_STOP, IS_UPPER, IS_TITLE, ENT_IOB, POS]).T
    outside = (iob == 0) | (iob == 2)  # no IOB tag, or O
    flags = (alpha == 1) & (stop == 0) & outside & ((upper == 1) | ((title == 1) & (pos == PROPN)))
    return flags.tolist()


def untagged_places(doc: Doc) -> list[Span]:
    """Country and capital names of up to three words that spaCy left untagged, often written
    in capitals ("ROMANIA", "SRI LANKA", "NAIROBI"); no codes ("TV" is no Tuvalu here)."""
    candidate = place_word_flags(doc)
    found, i = [], 0
    while i < len(candidate):
        if not candidate[i]:
            i += 1
            continue
        for size in (3, 2, 1):
            if i + size > len(candidate) or not all(candidate[i:i + size]):
                continue
            span = doc[i:i + size]
            if len(span.text) > 3 and (country_code(span.text) or capital_code(span.text)):
                found.append(span)
                i += size
                break
        else:
            i += 1
    return found


def acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS).upper()


def _organisations(orgs: list[Span]) -> tuple[Organisation, ...]:
    """One Organisation per name (case-insensitive; an acronym joins its full name)."""
    groups: dict[str, list[Span]] = {}
    for span in orgs:
        groups.setdefault(span.text.casefold(), []).append(span)
    full = {acronym(spans[0].text): key for key, spans in groups.items() if len(spans[0]) > 1}
    for key in [k for k, spans in groups.items() if len(spans[0]) == 1 and spans[0].text.isupper()]:
        if full.get(key.upper()) in groups:
            groups[full[key.upper()]].extend(groups.pop(key))
    result = []
    for spans in groups.values():
        name = max(spans, key=len)
        result.append(Organisation(
            name=name.text,
            country=next((c for s in spans if (c := organisation_country(s))), None),
            mentions=tuple(Mention.from_span(s) for s in sorted(spans, key=lambda s: s.start)),
        ))
    return tuple(result)


def _person(builder: PersonBuilder) -> Person:
    return Person(
        name=builder.name,
        titles=tuple(builder.titles),
        country=builder.country,
        mentions=tuple(sorted((Mention.from_span(s) for s in outermost(builder.mentions.values())),
                              key=lambda m: (m.start, m.end))),
    )


def outermost(spans) -> list[Span]:
    """The spans not inside another one ("Enver" inside "Enver Solomon" is no mention of its
    own)."""
    spans = list(spans)
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end
                                        and len(o) > len(s) for o in spans)]


def load_data() -> None:
    """Load the country, capital and first-name indexes now rather than on the first Doc."""
    country_code("France")
    capital_code("Paris")
    first_name_gender("Anna")


def holds_any(span: Span, sorted_edges: list[tuple[int, int]]) -> bool:
    """Whether one of the (start_char, end_char) pairs, sorted, lies within `span`."""
    k = bisect_left(sorted_edges, (span.start_char, 0))
    while k < len(sorted_edges) and sorted_edges[k][0] < span.end_char:
        if sorted_edges[k][1] <= span.end_char:
            return True
        k += 1
    return False


def find_entities(doc: Doc) -> Cast:
    """The cast of a parsed Doc (needs `doc.ents` and a dependency parse)."""
    builders, relabelled = find_people(doc)
    as_person = {(start, end) for start, end, label in relabelled if label == "PERSON"}
    as_org = [(start, end) for start, end, label in relabelled if label == "ORG"]
    person_chars = sorted({(s.start_char, s.end_char) for b in builders for s in b.mentions.values()})
    countries: dict[str, list[Span]] = {}
    orgs: list[Span] = []
    for ent in doc.ents:
        if (ent.start_char, ent.end_char) in as_person or holds_any(ent, person_chars):
            continue
        text = clean_name(ent.text)
        code = country_code(text) if ent.label_ in PLACE_LABELS or ent.label_ in ("ORG", "PERSON") else None
        if code:
            countries.setdefault(code, []).append(cleaned(ent))
            if ent.label_ not in PLACE_LABELS:
                relabelled.append((ent.start_char, ent.end_char, "GPE"))
        elif ent.label_ in ("GPE", "ORG", "PERSON") and (capital := capital_code(text)):
            if stands_for_state(ent):
                countries.setdefault(capital, []).append(cleaned(ent))
            if ent.label_ != "GPE":
                relabelled.append((ent.start_char, ent.end_char, "GPE"))
        elif (ent.label_ == "ORG" or is_news_organisation(ent.text)
              or any(ent.start_char <= s and e <= ent.end_char for s, e in as_org)):
            name = organisation_name(ent)
            orgs.append(name)
            if ent.label_ != "ORG":
                relabelled.append((name.start_char, name.end_char, "ORG"))
    for span in untagged_places(doc):
        if any(span.start_char < e and s < span.end_char for s, e in person_chars):
            continue
        if (code := country_code(span.text)) or (stands_for_state(span)
                                                 and (code := capital_code(span.text))):
            countries.setdefault(code, []).append(span)
        relabelled.append((span.start_char, span.end_char,
                           "NORP" if is_demonym(span.text) else "GPE"))
    return Cast(
        people=tuple(_person(b) for b in builders),
        organisations=_organisations(orgs),
        countries=tuple(Country(code=code, name=country_name(code),
                                mentions=tuple(Mention.from_span(s) for s in spans))
                        for code, spans in countries.items()),
        relabelled=tuple(relabelled),
    )
