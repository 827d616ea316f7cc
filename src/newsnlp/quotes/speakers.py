"""Who said it: the words naming a speaker, resolved to the people of the entities stage."""
from __future__ import annotations

import bisect
from typing import Sequence

import attrs
from spacy.tokens import Span, Token

from newsnlp.types import Mention, Person

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
_RIGHT_MODIFIERS = frozenset({"prep", "compound", "flat", "nummod", "npadvmod", "nmod"})
_EDGE_PUNCT = frozenset({"punct", "cc", "prep"})


@attrs.frozen
class Cast:
    """The people of an article indexed for speaker resolution: every mention in text order."""

    starts: tuple[int, ...]
    mentions: tuple[tuple[Mention, Person], ...]

    @classmethod
    def of(cls, people: Sequence[Person]) -> Cast:
        pairs = sorted(((m, p) for p in people for m in p.mentions), key=lambda mp: mp[0].start)
        return cls(tuple(m.start for m, _ in pairs), tuple(pairs))

    def at(self, offset: int) -> Person | None:
        """The person with a mention covering the character `offset`."""
        k = bisect.bisect_right(self.starts, offset)
        for mention, person in reversed(self.mentions[max(0, k - 4):k]):
            if mention.start <= offset < mention.end:
                return person
        return None

    def before(self, offset: int) -> Person | None:
        """The person of the nearest named (non-pronoun) mention before `offset`."""
        k = bisect.bisect_left(self.starts, offset)
        for mention, person in reversed(self.mentions[:k]):
            if mention.text.lower() not in PERSONAL_PRONOUNS:
                return person
        return None

    def named(self, words: set[str], offset: int) -> Person | None:
        """The person whose name shares a word with `words`, the nearest before `offset` first."""
        k = bisect.bisect_left(self.starts, offset)
        candidates = [p for _, p in reversed(self.mentions[:k])] + [p for _, p in self.mentions[k:]]
        for person in candidates:
            if words & {w.lower() for w in person.name.split()}:
                return person
        return None


def speaker_span(head: Token) -> Span:
    """The words naming the speaker whose head is `head`: its left modifiers and right
    prepositional or compound parts ("Analysts at Goldman Sachs"), without appositions or
    relative clauses."""
    doc = head.doc
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in _RIGHT_MODIFIERS or child.i != end:
            break
        end = child.right_edge.i + 1
    start = head.left_edge.i
    while start < head.i and (doc[start].dep_ in _EDGE_PUNCT or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > head.i and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def resolve_speaker(span: Span, head: Token, cast: Cast) -> str:
    """The canonical name of the person `span` names (by offset, then by a name word, then for
    he/she the nearest person named before), else the phrase itself."""
    person = cast.at(head.idx)
    if person is None and head.pos_ == "PROPN":
        person = cast.named({t.lower_ for t in span if t.pos_ == "PROPN"}, span.start_char)
    if person is None and head.lower_ in PERSONAL_PRONOUNS:
        person = cast.before(head.idx)
    return person.name if person else span.text
