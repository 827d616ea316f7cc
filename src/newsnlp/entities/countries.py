"""Countries named in news: ISO 3166-1 alpha-2 codes from names, short forms, demonyms and
capitals used for the state ("Moscow said", "Beijing's cooperation").

Names and demonyms come from rigour's territory index, capitals from countryinfo; the
news-specific forms those packages lack are in `data/countries.json`.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Span, Token

from newsnlp.lexicons import load_lexicon

_EDGES = re.compile(r"^(?:the\s+)|(?:\s*['\u2019]s?)$", re.IGNORECASE)
_STATE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "agent"})


def clean_name(text: str) -> str:
    """`text` without a leading "the" and a trailing possessive ("the US's" -> "US")."""
    return _EDGES.sub("", text.strip()).strip()


def _fold(text: str) -> str:
    """Lower case without accents ("Brasília" -> "brasilia")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _extras() -> dict:
    return load_lexicon("countries.json")


@lru_cache(maxsize=1)
def _not_countries() -> frozenset[str]:
    return frozenset(_extras()["not_countries"])


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str | None]:
    """Folded capital name -> alpha-2, from countryinfo plus the news extras."""
    from countryinfo import all_countries

    capitals: dict[str, str | None] = {}
    for info in all_countries():
        try:
            capital, code = info.capital(), info.iso(2)
        except (KeyError, TypeError, ValueError):
            continue
        for name in capital if isinstance(capital, list) else [capital]:
            if name and code:
                capitals[_fold(name)] = code
    capitals.update(_extras()["capitals"])
    return capitals


@lru_cache(maxsize=8192)
def country_code(text: str) -> str | None:
    """The alpha-2 code of a country name, short form or demonym ("the United States", "U.S.",
    "Chinese" -> "US", "US", "CN"), or None (regions such as "the West", cities, blocs)."""
    from rigour.territories import lookup_territory

    name = clean_name(text)
    key = _fold(name)
    if not key or key in _not_countries():
        return None
    aliases = _extras()["aliases"]
    if key in aliases:
        return aliases[key]
    if len(name) <= 3 and not name.isupper():  # "Li" is a name, not Liechtenstein's code
        return None
    territory = lookup_territory(name)
    if territory is None or len(territory.code) != 2:
        return None
    if key in _capitals() and _fold(territory.name) != key:  # "Tokyo", unlike "Singapore"
        return None
    if territory.is_country or (territory.parent is None and territory.is_jurisdiction):
        return territory.code.upper()
    return None


def is_demonym(text: str) -> bool:
    """Whether a country word is a demonym ("Polish", "SOUTH KOREAN"), not one of the
    country's names ("Poland", "Jordan")."""
    from rigour.territories import get_territory

    code = country_code(text)
    territory = get_territory(code.lower()) if code else None
    if territory is None:
        return False
    key = _fold(clean_name(text))
    names = {_fold(clean_name(n)) for n in (territory.name, territory.full_name,
                                            territory.in_sentence) if n}
    return key not in names and key.endswith(tuple(_extras()["demonym_endings"]))


@lru_cache(maxsize=4096)
def capital_code(text: str) -> str | None:
    """The alpha-2 code of the state whose capital `text` names ("Moscow" -> "RU"), else None."""
    return _capitals().get(_fold(clean_name(text)))


@lru_cache(maxsize=512)
def country_name(code: str) -> str:
    """The common English name of a country ("RU" -> "Russia")."""
    from rigour.territories import get_territory

    territory = get_territory(code.lower())
    return territory.name if territory is not None else code


def _governor(token: Token) -> Token:
    """The word a span's root depends on, looking through coordination ("China and Moscow")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def stands_for_state(span: Span) -> bool:
    """Whether a capital in `span` is used for its state: the subject or possessor ("Moscow
    said", "Beijing's cooperation"), an object of a verb other than going there ("urging
    Beijing"), or after "with", "against", ... ("ties with Moscow"); not "in Beijing"."""
    if span.text.isupper():  # a dateline ("MOSCOW, May 24 -"), not the state
        return False
    root = _governor(span.root)
    extras = _extras()
    if root.dep_ == "pobj":
        prep = root.head
        verb = prep.head
        return (prep.lower_ in extras["state_prepositions"]
                and verb.lemma_ not in extras["place_verbs"])
    if root.dep_ in _STATE_DEPS:
        return not (root.dep_ == "dobj" and root.head.lemma_ in extras["place_verbs"])
    return False
