"""Titles of people: before the name ("Russian Prime Minister Mikhail Mishustin"), in
apposition ("Roberto Campos Neto, the bank's governor") and as nominal mentions ("the Russian
prime minister"), with the country the title carries (demonym or possessive).

The words come from `data/titles.txt` (titles), `data/title_modifiers.txt` (words a title may
start with: "former", "deputy", "foreign") and `data/honorifics.txt` ("Mr", "Dr").
"""
from __future__ import annotations

from functools import lru_cache

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.entities.countries import country_code
from newsnlp.lexicons import load_lexicon

CONNECTORS = frozenset({"of", "for", "and", "-", "&"})
_PLACE_LABELS = frozenset({"GPE", "NORP"})
APPOSITION_MARKS = frozenset({",", "(", "-", "\u2013", "\u2014", "--"})


@attrs.frozen
class Title:
    """A title found with a name or as a nominal mention: the words as they should be shown,
    the token range they cover (for a nominal: the whole noun phrase), the country the phrase
    carries ("Russian", "Britain's") and the title's head word ("minister")."""

    text: str
    start: int
    end: int
    country: str | None = None
    head: str = ""


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Words that can end a title: every single-word title and the last word of the others."""
    return frozenset(entry.split()[-1] for entry in load_lexicon("titles.txt"))


@lru_cache(maxsize=1)
def title_parts() -> frozenset[str]:
    """Words that can be part of a title: title words, modifiers, honorifics."""
    words = {word for entry in load_lexicon("titles.txt") for word in entry.split()}
    return frozenset(words | set(load_lexicon("title_modifiers.txt")) | honorifics())


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(load_lexicon("honorifics.txt"))


def _is_place(token: Token) -> bool:
    return token.ent_type_ in _PLACE_LABELS


def _is_domain_word(token: Token, end: int) -> bool:
    """A word that names the domain of the title that follows ("Kremlin spokesman", "Finance
    Minister", "opposition leader"): a modifier attached inside the title, no place."""
    return (token.dep_ in ("compound", "amod", "nmod") and token.i < token.head.i < end
            and token.pos_ in ("PROPN", "NOUN", "ADJ") and not _is_place(token))


def preceding_country(doc: Doc, start: int) -> str | None:
    """The country named just before token `start`: a demonym or place ("Russian", "US") or a
    possessive ("Britain's")."""
    k = start - 1
    if k >= 0 and doc[k].tag_ == "POS":
        k -= 1
    if k < 0 or not doc[k].ent_type_ or doc[k].ent_type_ not in _PLACE_LABELS:
        return None
    first = k
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    return country_code(doc[first:k + 1].text)


def display_before_name(words: list[str]) -> str:
    """A title in front of a name, capitalised as such ("prime minister" -> "Prime Minister",
    "minister of finance" -> "Minister of Finance")."""
    return " ".join(w if w in CONNECTORS else w[:1].upper() + w[1:] for w in words)


def title_before(doc: Doc, start: int) -> Title | None:
    """The title just before the name starting at token `start`, with its country."""
    first = start
    k = start - 1
    while k >= 0:
        token = doc[k]
        low = token.lower_
        if low in title_parts() and not _is_place(token):
            first = k
        elif first < start and (
            (low in CONNECTORS and k > 0 and doc[k - 1].lower_ in title_parts())
            or _is_domain_word(token, start)
        ):
            first = k
        else:
            break
        k -= 1
    # the title ends at its last head word; honorifics alone are no title
    last = start - 1
    while last >= first and doc[last].lower_ not in title_heads():
        last -= 1
    if last < first or doc[start - 1].lower_ in honorifics():
        return None
    while first <= last and doc[first].lower_ in CONNECTORS:
        first += 1
    words = [t.text for t in doc[first:last + 1]]
    return Title(display_before_name(words), first, last + 1,
                 preceding_country(doc, first), doc[last].lower_)


def _title_words(head: Token) -> tuple[list[Token], str | None]:
    """The tokens of the title headed by `head` (its modifiers, then "of Y") and the country
    given by a demonym or possessive among its modifiers."""
    words: list[Token] = []
    country = None
    for child in head.lefts:
        if child.dep_ in ("det", "predet", "case"):
            continue
        if child.dep_ == "poss":
            country = country or country_code(_text_of(list(child.subtree)))
            continue
        if _is_place(child):
            country = country or country_code(child.text)
            continue
        words.extend(child.subtree)
    words.append(head)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            words.extend(child.subtree)
    return words, country


def _text_of(tokens: list[Token]) -> str:
    """The text from the first to the last of `tokens`, a possessive ending left out."""
    tokens = [t for t in tokens if t.tag_ != "POS"]
    return tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text if tokens else ""


def set_off(doc: Doc, start: int) -> bool:
    """Whether the phrase starting at token `start` is set off by a comma, dash or bracket
    before it, as an apposition is ("Li, the premier"; not "Li: the premier and I")."""
    return start > 0 and doc[start - 1].text in APPOSITION_MARKS


def title_in_apposition(name: Span) -> Title | None:
    """The title in apposition to a name ("Sergei Lavrov, Russia's foreign minister")."""
    for child in name.root.rights:
        if child.dep_ == "appos" and child.i >= name.end and child.lower_ in title_heads():
            subtree = list(child.subtree)
            if not set_off(name.doc, subtree[0].i):
                continue
            words, country = _title_words(child)
            text = " ".join(t.text if t.ent_type_ and t.ent_type_ not in _PLACE_LABELS
                            else t.lower_ for t in words)
            return Title(text, subtree[0].i, subtree[-1].i + 1, country, child.lower_)
    return None


def nominal_title(head: Token) -> Title | None:
    """A title used as a mention of its own ("the Russian prime minister"): `head` is a title
    head word with a definite determiner and no name after it, not in apposition to a name
    (a misparsed "Li said: the premier and I" is no apposition)."""
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ == "compound":
        return None
    det = next((c for c in head.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or (head.dep_ == "appos" and set_off(head.doc, det.i)):
        return None
    words, country = _title_words(head)
    if any(t.lower_ not in title_parts() and t.lower_ not in CONNECTORS for t in words[:-1]
           if t.i < head.i):
        return None
    text = " ".join(t.lower_ for t in words if t.i <= head.i)
    return Title(text, det.i, head.i + 1, country, head.lower_)
