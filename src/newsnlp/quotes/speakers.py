"""Who said it, and to whom: the words naming a speaker or an addressee, resolved to the people
of the entities stage."""
from __future__ import annotations

import bisect
from typing import Callable, Sequence

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.entities.people import gender_words, sure_gender
from newsnlp.lexicons import lemma_set
from newsnlp.types import Mention, Person, Quote

PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"it", "they"})
_ALL_PRONOUNS = PERSONAL_PRONOUNS | _GROUP_PRONOUNS | {"i", "we", "you", "which", "who", "that"}
_RIGHT_MODIFIERS = frozenset({"prep", "compound", "flat", "nummod", "npadvmod", "nmod"})
_EDGE_PUNCT = frozenset({"punct", "cc", "prep"})
_SINGULAR_NOUNS = frozenset({"NNP", "NN"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_UNTAGGED_NAME_WORDS = 2  # the longest name no entity type claims that a speaker may be taken for
_SUBORDINATE = frozenset({"acl", "advcl"})  # clauses whose subject a he/she speaker is not carried from
_ADDRESSEE_POS = frozenset({"PROPN", "PRON", "NOUN"})  # what the object of "told" may be


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

    def before(self, offset: int, fits: Callable[[Mention, Person], bool] | None = None) -> Person | None:
        """The person of the nearest mention before `offset` that `fits` (by default, a named
        mention: no pronoun)."""
        fits = fits or (lambda mention, person: mention.text.lower() not in PERSONAL_PRONOUNS)
        k = bisect.bisect_left(self.starts, offset)
        return next((person for mention, person in reversed(self.mentions[:k]) if fits(mention, person)), None)

    def named(self, words: set[str], offset: int) -> Person | None:
        """The person whose name shares a word with `words`, the nearest before `offset` first."""
        k = bisect.bisect_left(self.starts, offset)
        candidates = [p for _, p in reversed(self.mentions[:k])] + [p for _, p in self.mentions[k:]]
        for person in candidates:
            if words & {w.lower() for w in person.name.split()}:
                return person
        return None


@attrs.frozen
class Reported:
    """The character spans of what quotations report (direct, mixed or indirect), in text order,
    none overlapping (the spans of quotes that overlap are joined)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, quotes: Sequence[Quote]) -> Reported:
        spans: list[tuple[int, int]] = []
        for start, end in sorted((q.start, q.end) for q in quotes):
            if spans and start < spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies inside a reported clause."""
        k = bisect.bisect_right(self.starts, offset)
        return k > 0 and offset < self.ends[k - 1]


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


def person_gender(person: Person, quoted: Callable[[int], bool] = lambda offset: False) -> str | None:
    """"male" or "female" from the pronouns and honorifics among a person's mentions outside
    quotations (`quoted(offset)`: whether an offset lies inside one; a quoted "she" mostly
    speaks of someone else), else from a first name only one sex bears ("Bernie" leaves it
    open); None when unknown or mixed."""
    words = gender_words()
    votes = {words.get(m.text.split()[0].lower()) for m in person.mentions
             if m.text.split() and not quoted(m.start)}
    votes.discard(None)
    if len(votes) == 1:
        return votes.pop()
    first_name = given_name(person.name)
    return sure_gender(first_name) if first_name and not votes else None


def given_name(name: str) -> str | None:
    """The first word of a name after its titles ("Gov. Martin O'Malley" -> "Martin"), None when
    the name is one word."""
    gendered = gender_words()
    words = [w for w in name.split() if not w.endswith(".") and w.lower() not in gendered]
    return words[0] if len(words) > 1 else None


def with_pronouns_resolved(quotes: Sequence[Quote], people: Sequence[Person], cast: Cast, doc: Doc,
                           quoted: Callable[[int], bool]) -> list[Quote]:
    """`quotes` (in text order) with each "he"/"she" speaker resolved to the latest person of
    fitting gender named before it as a speaker or as the subject of a sentence outside
    quotations, the way reporters carry a speaker on from one paragraph to the next; each
    "it"/"they" to the latest earlier speaker that is no person and has a capitalised word (an
    organisation, "the Times"). `cast`: `people` indexed by `Cast.of`."""
    words = gender_words()
    named, genders = carriers(quotes, people, cast, doc, quoted)
    starts = [start for start, _ in named]
    resolved = []
    group: str | None = None
    for quote in quotes:
        pronoun = quote.speaker_mention.text.lower() if quote.speaker_mention else ""
        if pronoun in PERSONAL_PRONOUNS:
            before = named[:bisect.bisect_left(starts, quote.speaker_mention.start)]
            fitting = [name for _, name in before if genders[name] in (None, words[pronoun])]
            if fitting:
                quote = attrs.evolve(quote, speaker=fitting[-1])
            elif genders.get(quote.speaker) not in (None, words[pronoun]):
                person = cast.before(quote.speaker_mention.start,
                                     lambda mention, person: genders.get(person.name) == words[pronoun])
                quote = attrs.evolve(quote, speaker=person.name if person else quote.speaker)
        elif pronoun in _GROUP_PRONOUNS and group is not None:
            quote = attrs.evolve(quote, speaker=group)
        if (quote.speaker and quote.speaker not in genders and has_capital(quote.speaker)
                and quote.speaker.lower() not in _ALL_PRONOUNS):
            group = quote.speaker
        resolved.append(quote)
    return resolved


def carriers(quotes: Sequence[Quote], people: Sequence[Person], cast: Cast, doc: Doc,
             quoted: Callable[[int], bool]) -> tuple[list[tuple[int, str]], dict[str, str | None]]:
    """Whom a "he"/"she" speaker of `quotes` may be carried on from: (offset, name) in text
    order of every person named as the subject of a main clause outside quotations (`quoted`)
    and what quotes report (`is_subject`, `unlinked_subjects`), and of every named speaker of
    a person or with a name (`is_name`); and the gender of each name ("male", "female" or None
    when unknown: `person_gender`)."""
    genders = {p.name: person_gender(p, quoted) for p in people}
    reported = Reported.of(quotes)
    named = [(m.start, p.name) for p in people for m in p.mentions
             if m.text.lower() not in PERSONAL_PRONOUNS and not quoted(m.start) and not reported.covers(m.start)
             and is_subject(doc, m)]
    named += unlinked_subjects(doc, cast, lambda offset: quoted(offset) or reported.covers(offset))
    genders.update((name, None) for _, name in named if name not in genders)
    genders.update((q.speaker, None) for q in quotes if q.speaker not in genders
                   and q.speaker_mention is not None and is_name(doc, q.speaker_mention))
    named += [(q.speaker_mention.start, q.speaker) for q in quotes
              if q.speaker in genders and q.speaker_mention is not None
              and q.speaker_mention.text.lower() not in PERSONAL_PRONOUNS]
    return sorted(named), genders


def unlinked_subjects(doc: Doc, cast: Cast, quoted: Callable[[int], bool]) -> list[tuple[int, str]]:
    """(offset, name) of the person names the parser tagged that are subjects outside
    quotations (`quoted`) and that no mention of the entities stage covers ("O'Malley, the
    former governor, stressed ..."): named as the person sharing a word with them, else as
    written."""
    found = []
    for ent in doc.ents:
        if (ent.label_ == "PERSON" and ent.root.dep_ == "nsubj" and in_main_clause(ent.root.head)
                and all(t.pos_ == "PROPN" for t in ent) and not quoted(ent.start_char)
                and cast.at(ent.root.idx) is None):
            person = cast.named({t.lower_ for t in ent}, ent.start_char)
            found.append((ent.start_char, person.name if person else ent.text))
    return found


def has_capital(phrase: str) -> bool:
    return any(word[0].isupper() for word in phrase.split())


def mention_span(doc: Doc, mention: Mention) -> Span | None:
    return doc.char_span(mention.start, mention.end, alignment_mode="expand")


def is_subject(doc: Doc, mention: Mention) -> bool:
    """Whether a mention is (or stands in apposition to: `named_subject`) the subject of a clause
    that is neither adverbial nor part of one or of a noun phrase ("When Peter Mills arrived,
    ..." only sets the scene; `in_main_clause`) nor inverted, written after its verb's auxiliary
    ("..., should Peter Mills run again" only sets a condition)."""
    span = mention_span(doc, mention)
    if span is None:
        return False
    subject = named_subject(span.root)
    return (subject.dep_ in ("nsubj", "nsubjpass") and in_main_clause(subject.head)
            and not any(child.dep_ == "aux" and child.i < subject.i for child in subject.head.children))


def named_subject(word: Token) -> Token:
    """The subject a name stands in apposition to ("the party chairman, Tom Hale, said ...":
    "chairman"), else the name's own word."""
    return word.head if word.dep_ == "appos" and word.head.dep_ in ("nsubj", "nsubjpass") else word


def is_name(doc: Doc, mention: Mention) -> bool:
    """Whether a speaker mention is a person's name the entities stage did not list: proper
    nouns only, tagged PERSON, or one or two capitalised singular nouns no entity type claims
    written inside a sentence (", D'Souza replied": the parser may miss an unusual name)."""
    span = mention_span(doc, mention)
    if span is None:
        return False
    if span.root.ent_type_ == "PERSON":
        return all(t.pos_ == "PROPN" for t in span)
    return (len(span) <= _UNTAGGED_NAME_WORDS and not any(t.ent_type_ for t in span) and inside_sentence(span[0])
            and all(t.text[:1].isupper() and t.tag_ in _SINGULAR_NOUNS for t in span))


def inside_sentence(token: Token) -> bool:
    """Whether a word is written inside a sentence, where a capital marks a name: not first in
    its sentence or paragraph, nor after a full stop, question or exclamation mark."""
    if token.i == 0 or token.is_sent_start:
        return False
    before = token.doc[token.i - 1]
    return not before.is_space and before.text not in _SENTENCE_ENDS


def in_main_clause(verb: Token) -> bool:
    """Whether a verb's clause hangs on no noun, adverbial or "that" clause on the way up to the
    root ("the case that Rubio is ...", "As it became clear that Cruz would ...", "is betting that
    Mills will ..." only set the scene); a relative clause counts ("Clinton, who has called
    for ...": its "who" is her)."""
    while verb.dep_ != "ROOT" and verb.head is not verb:
        if verb.dep_ in _SUBORDINATE or is_that_clause(verb):
            return False
        verb = verb.head
    return True


def is_that_clause(verb: Token) -> bool:
    """Whether a verb heads a complement clause opened by a conjunction ("Hale is betting that
    Mills will drop out": what Hale expects; Mills is not whom the paragraph is about)."""
    return verb.dep_ == "ccomp" and any(child.dep_ == "mark" for child in verb.children)


def addressee_of(verb: Token) -> Span | None:
    """Whom `verb` says it to: the object of "told"/"asked" (a noun or pronoun: not the stray
    punctuation a parse can take for an object), or "to X" after "said"."""
    takes_addressee = verb.lemma_ in lemma_set("addressee_verbs.txt")
    for child in verb.rights:
        if child.dep_ in ("dobj", "dative") and child.pos_ in _ADDRESSEE_POS and takes_addressee:
            return speaker_span(child)
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ == "say":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return speaker_span(objects[0])
    return None
