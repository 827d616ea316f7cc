"""Reporting cues of a parsed Doc: the verb or phrase ("said", "according to"), its speaker, its
addressee and the clause it reports (whose extent `clauses` reads)."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.entities.titles import title_heads
from newsnlp.lexicons import lemma_set, load_lexicon, naming_lemmas, reporting_lemmas, stance_lemmas
from newsnlp.quotes.clauses import (CLAUSE_HEADS, OBJECTS, RELATIVES, SUBJECTS, both_sides, clause_chars,
                                    complement_of, marks_of, object_of, runs_on, subject_participle,
                                    subtree_end)
from newsnlp.quotes.speakers import addressee_of, speaker_span

_INHERITS_SUBJECT = frozenset({"advcl", "conj", "xcomp", "dep"})
_NAME_OR_PRONOUN_POS = frozenset({"PROPN", "PRON"})
_NOUN_OR_PRONOUN_POS = frozenset({"PROPN", "PRON", "NOUN"})
_PRESENT_TENSE = frozenset({"VBP", "VBZ"})
_SPEAKING_PERSONS = frozenset({"i", "we", "you"})
_NEAR_SPEAKER = 12
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})
_SPEAKER_WORDS = 8  # the longest speaker read off the words next to its verb (with_speaker_written_before/_after)
_NOUNS = frozenset({"PROPN", "NOUN"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
# the prepositions of topic after "talk", "speak" (topic_verbs.txt): narrower than those after a
# reporting verb (topic_prepositions.txt), since "spoke to", "talked for" name no topic
_SPOKEN_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_APPOSITION_PARTS = frozenset({"pobj", "prep", "compound", "flat"})  # inside an apposition's phrase


@attrs.frozen(eq=False)
class Cue:
    """One reporting cue. `content`: character span of the clause it reports, or None (the
    quotation then has to stand next to the cue); `clause`: character span of speaker, cue and
    addressee together, what a quotation next to the cue touches."""

    token: Token
    text: str
    speaker: Span | None
    speaker_head: Token | None
    addressee: Span | None
    content: tuple[int, int] | None
    clause: tuple[int, int]

    @classmethod
    def of(cls, token: Token, speaker: Span | None, speaker_head: Token | None,
           content: tuple[int, int] | None = None) -> Cue:
        """The cue of the word `token` said by `speaker` (None when unknown) to no one in
        particular, its clause spanning the speaker and the word (either first)."""
        return cls(token, token.text, speaker, speaker_head, None, content, span_hull(speaker, token))


@lru_cache(maxsize=1)
def attributing_lemmas() -> frozenset[str]:
    """Lemmas of the verbs that attribute words or a stance to someone: reporting, stance and
    naming verbs."""
    return reporting_lemmas() | stance_lemmas() | naming_lemmas()


def reports(token: Token) -> bool:
    """Whether a token is a reporting verb: by its lemma, or by its word's regular stem when the
    parse took a capitalised past form for a name ("Stated", "Continued")."""
    return token.lemma_.lower() in reporting_lemmas() or reporting_word(token.lower_)


def reporting_word(word: str) -> bool:
    """Whether a lower-case word is a regular form of a reporting verb (says, stated, added,
    replied, singing), read off its stems without a parse."""
    stems = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-3] + "y"}
    return bool(stems & reporting_lemmas())


@lru_cache(maxsize=None)
def phrases(filename: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a lexicon of one phrase a line, as lower-cased words."""
    return tuple(tuple(phrase.lower().split()) for phrase in load_lexicon(filename))


def written_at(doc: Doc, start: int, words: tuple[str, ...]) -> bool:
    """Whether doc[start:] opens with `words` (lower-cased)."""
    return (0 <= start and start + len(words) <= len(doc)
            and all(doc[start + k].lower_ == word for k, word in enumerate(words)))


def in_idiom(verb: Token) -> bool:
    """Whether a reporting verb is part of a fixed expression that attributes nothing ("That
    said, ...", "it goes without saying that ...", "time will tell")."""
    return any(word == verb.lower_ and written_at(verb.doc, verb.i - k, phrase)
               for phrase in phrases("reporting_idioms.txt") for k, word in enumerate(phrase))


def subject_of(verb: Token) -> Token | None:
    """The active subject of `verb` (the nearest, when a parse gives it two: '"...Full panic
    mode," said Jane Doe'), inherited from the governing verb for "..., adding that",
    "by saying", "after saying", coordinated verbs (from the verb reporting the clause the
    parse coordinates a reporting verb with: `reporter_of`) and a verb the parse leaves
    unlabelled (`dep`: "She waved, then leaned in and said"), or the noun a relative clause
    ("officials who said") hangs on; for a participle right after a name, that name
    (`shown_subject`), and for a participle describing the object of a verb, that verb's
    subject (`issuer_of`: "The council issued a statement calling ...")."""
    shown = shown_subject(verb)
    if shown is not None:
        return shown
    issuer = issuer_of(verb)
    if issuer is not None:
        return issuer
    for _ in range(3):
        nearest = min((child for child in verb.children if child.dep_ in SUBJECTS),
                      key=lambda child: abs(child.i - verb.i), default=None)
        if nearest is not None:
            return verb.head if verb.dep_ == "relcl" and nearest.lower_ in RELATIVES else nearest
        if verb.dep_ == "relcl":
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
            continue
        if verb.dep_ not in _INHERITS_SUBJECT or verb.head is verb:
            return None
        verb = reporter_of(verb) or verb.head
    return None


def apposed_name_before(verb: Token) -> Token | None:
    """For a verb the parse left without a subject, the person's name set off right before it
    with an apposition that the parse hung elsewhere ("her senior adviser, Jane Doe, said";
    "Jane Doe, a top adviser, said" with the name taken for an attribute inside the
    quotation): the head of the name tagged PERSON in the appositive phrase ending at the
    comma before the verb, else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    phrase = doc[verb.i - 2]
    while phrase.dep_ in _APPOSITION_PARTS and phrase.head.i < phrase.i:
        phrase = phrase.head
    if phrase.dep_ != "appos" or phrase.head.i > phrase.i:
        return None
    for token in (phrase, phrase.head):
        if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
            return token
    return None


def subject_before_participle(verb: Token) -> Token | None:
    """For a verb the parse left without a subject, the subject it took for that of a
    participle phrase set off before the verb ("Jane Doe, noting the size of the crowd, said
    ...": `subject_participle`; the participle a complement of the verb or the verb an aside of
    the participle), else None."""
    participles = [child for child in verb.lefts if child.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.i < verb.i:
        participles.append(verb.head)
    for participle in participles:
        subject = subject_participle(participle, verb)
        if subject is not None:
            return subject
    return None


def noun_before_relative_clause(verb: Token) -> Token | None:
    """For a verb the parse left without a subject, the noun of a relative clause ending right
    before it, which the parse hung elsewhere ("..., a city official who spoke on condition of
    anonymity said ..."), else None."""
    if verb.i == 0:
        return None
    token = verb.doc[verb.i - 1]
    if token.dep_ == "cc":  # "who wore a hat and said ...": the verb is the relative clause's own
        return None
    while token.dep_ != "relcl" and token.head.i < token.i:
        token = token.head
    if token.dep_ == "relcl" and token.right_edge.i == verb.i - 1 and token.head.pos_ in _NOUNS:
        return token.head
    return None


def titled_name(title: Token) -> Token:
    """The name a subject that is a title word runs on to through "and" ("former Gov. and
    party Chairman Jane Doe said": the parse makes "Gov." the subject and the name its
    conjunct), else the title itself."""
    return next((c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"
                 and c.pos_ == "PROPN"), title)


def issuer_of(verb: Token) -> Token | None:
    """The subject of the verb whose object a participle describes ("The council issued a
    statement calling the test ...", "The campaign released an ad saying ..."): who issued
    the statement, ad or sign that speaks; else None."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ != "dobj" or noun.pos_ != "NOUN":
        return None
    return own_subject(noun.head)


def own_subject(verb: Token) -> Token | None:
    """The active subject the parse gives `verb` itself (the first, if it gives two), or None."""
    return next((child for child in verb.children if child.dep_ in SUBJECTS), None)


def shown_subject(verb: Token) -> Token | None:
    """The name or pronoun right before a participle complement, whose subject it is rather
    than the governing verb's ("The ad shows footage of Jane Doe saying ...", "heard him
    asking ..."), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if (before.pos_ in _NAME_OR_PRONOUN_POS and before.ent_type_ not in _TIME_ENTITIES
            and before.dep_ in ("dobj", "pobj") and before.head.i < before.i):
        return before
    return None


def reporter_of(verb: Token) -> Token | None:
    """The reporting verb whose reported clause the parse hangs a reporting verb of its own on
    ("Jane Doe said it takes time but added ...": Jane Doe adds it, not "it"), or None."""
    clause = verb.head
    if (verb.dep_ == "conj" and verb.lemma_ in reporting_lemmas() and clause.dep_ == "ccomp"
            and clause.head.pos_ == "VERB" and clause.head.lemma_ in reporting_lemmas()):
        return clause.head
    return None


def span_hull(*parts: Span | Token | None) -> tuple[int, int]:
    """The character span from the first to the last of `parts` (None ones skipped)."""
    present = [p for p in parts if p is not None]
    return (min(p.idx if isinstance(p, Token) else p.start_char for p in present),
            max(p.idx + len(p) if isinstance(p, Token) else p.end_char for p in present))


def takes_stance(verb: Token, subject: Token | None) -> bool:
    """Whether a stance verb speaks for a subject: its own, or for a participle closing a
    clause ("..., criticizing the pipeline") the subject of that clause when it names someone
    (a name or a pronoun: "ties with Russia grow, urging ..." is no one's stance)."""
    if own_subject(verb) is not None:
        return True
    return (subject is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG"
            and subject.pos_ in _NAME_OR_PRONOUN_POS)


def verb_cue(verb: Token) -> Cue | None:
    """The cue of a reporting verb, or None when it has neither a speaker nor a complement
    (for a stance verb that speaks for a subject, `takes_stance`, its object; not in a relative
    clause, which describes the noun it hangs on: "the women who accused him of fraud", unless
    the object quotes words, `naming_cue`)."""
    head = subject_of(verb)
    if head is None:
        head = (apposed_name_before(verb) or subject_before_participle(verb)
                or noun_before_relative_clause(verb))
    elif head.lower_ in title_heads() and head.ent_type_ != "PERSON":
        head = titled_name(head)
    addressee = addressee_of(verb)
    content = complement_of(verb, addressee)
    if (content is None and verb.lemma_ in stance_lemmas() and verb.dep_ != "relcl"
            and takes_stance(verb, head)):
        content = object_of(verb)
    if head is None and content is None:
        return None
    speaker = speaker_span(head) if head is not None else None
    clause = span_hull(speaker if head is not None and next_to(head, verb) else None, verb, addressee)
    return Cue(verb, verb.text, speaker, head, addressee, content, clause)


def next_to(head: Token, verb: Token) -> bool:
    """Whether a speaker is written next to its verb, as part of one attribution: within a
    few words of it, or with the speaker's phrase (appositions included) running up to the
    verb ("Tom Hale's niece, state Sen. Anna Berg (D-Leeds), said ...")."""
    return abs(head.i - verb.i) < _NEAR_SPEAKER or head.i < verb.i and head.right_edge.i >= verb.i - 2


def phrase_cue(first: Token, last: Token) -> Cue | None:
    """The cue of "according to X": X speaks the clause the phrase hangs on (all of its
    coordinated clauses when the parse hangs it on the last one)."""
    objects = [t for t in last.children if t.dep_ == "pobj"]
    if not objects:
        return None
    head = objects[0]
    speaker = speaker_span(head)
    clause_head = first.head
    while clause_head.dep_ == "conj" and clause_head.head.pos_ in CLAUSE_HEADS:
        clause_head = clause_head.head
    content = None
    if clause_head is not first and clause_head.pos_ in CLAUSE_HEADS:
        doc = first.doc
        before = (clause_head.left_edge.i, first.left_edge.i)
        after = (first.right_edge.i + 1, clause_head.right_edge.i + 1)
        content = clause_chars(doc, *both_sides(before, after, runs_on(clause_head, first)))
    text = first.doc[first.i:last.i + 1].text
    return Cue(first, text, speaker, head, None, content, span_hull(first, speaker))


def find_cues(doc: Doc, quoted: Callable[[int], bool]) -> list[Cue]:
    """Every reporting cue of `doc` outside quotations (`quoted(offset)` says whether a
    character offset lies inside one), in text order."""
    stances = stance_lemmas()
    lemmas = reporting_lemmas() | stances
    beliefs = lemma_set("belief_verbs.txt")
    naming = naming_lemmas()
    naming_as = lemma_set("naming_as_verbs.txt")
    topic_verbs = lemma_set("topic_verbs.txt")
    nouns = lemma_set("reporting_nouns.txt")
    firsts = {phrase[0] for phrase in phrases("reporting_phrases.txt")}
    cues: list[Cue] = []
    for token in doc:
        if token.lower_ in firsts:
            cues.extend(phrase_cues_at(token, quoted))
            continue
        cue = None
        if (token.pos_ in CLAUSE_HEADS and token.lemma_ in lemmas and not quoted(token.idx)
                and not in_idiom(token)):
            cue = verb_cue(token)
            if cue and cue.speaker is not None and quoted(cue.speaker.start_char):
                cue = with_speaker_written_before(cue)
            if cue and cue.content is None and (token.lemma_ in stances or reports_object(token, quoted)):
                cue = naming_cue(token, quoted) or cue
        elif token.pos_ == "VERB" and token.lemma_ in beliefs and not quoted(token.idx) and held_by_others(token):
            cue = verb_cue(token)
        elif token.pos_ == "NOUN" and token.lemma_ in nouns and not quoted(token.idx):
            cue = noun_cue(token)
        elif (token.pos_ == "VERB" and not quoted(token.idx)
              and (token.lemma_ in naming or token.lemma_ in naming_as and names_as(token)
                   or token.lemma_ in topic_verbs and speaks_about(token))):
            cue = naming_cue(token, quoted)
        if cue:
            cues.append(cue)
    return cues


def phrase_cues_at(first: Token, quoted: Callable[[int], bool]) -> list[Cue]:
    """The cues of the reporting phrases (`reporting_phrases.txt`: "according to") written from
    the word `first` on, outside quotations."""
    if quoted(first.idx):
        return []
    doc = first.doc
    cues = []
    for phrase in phrases("reporting_phrases.txt"):
        if written_at(doc, first.i, phrase):
            cue = phrase_cue(first, doc[first.i + len(phrase) - 1])
            if cue is not None:
                cues.append(cue)
    return cues


def noun_cue(noun: Token) -> Cue | None:
    """The cue of a noun naming something said ("the assertion that ...", "Doe's belief that
    ..."): the clause its "that" opens, said by the owner the noun names, if any; None when it
    has no such clause."""
    clause = next((child for child in noun.rights
                   if child.dep_ in ("acl", "ccomp") and "that" in marks_of(child)), None)
    if clause is None:
        return None
    content = clause_chars(noun.doc, clause.left_edge.i, subtree_end(clause))
    if content is None:
        return None
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    speaker = speaker_span(owner) if owner is not None else None
    return Cue.of(noun, speaker, owner, content)


def passive_report(verb: Token, start: int) -> bool:
    """Whether a reporting verb with no speaker reports the clause after it (from character
    `start`) in the passive: "it was reported that ...", "he was told that ...", "when asked
    whether ..."; not after a modal ("it should be noted that": the writer's own aside)."""
    if verb.tag_ != "VBN" or start < verb.idx:
        return False
    children = list(verb.children)
    if any(child.tag_ == "MD" for child in children):
        return False
    return verb.dep_ == "advcl" or any(child.dep_ == "auxpass" for child in children)


def document_report(verb: Token) -> bool:
    """Whether a participle reports for the noun it describes a clause opened by "that" ("a
    statement saying that ...", "an email claiming that ..."): the noun, not a person, speaks."""
    return (verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ == "NOUN"
            and any(child.dep_ == "ccomp" and "that" in marks_of(child) for child in verb.children))


def held_by_others(verb: Token) -> bool:
    """Whether a verb of thought ("thinks", "fears") reports someone's view: it is in the
    present tense (a past "thought" mostly narrates), has a subject that is no first or second
    person pronoun (an interviewee's "I think" is a hedge, not an attribution) and its sentence
    asks no question ("Do you think ...?")."""
    if verb.tag_ not in _PRESENT_TENSE:
        return False
    subject = own_subject(verb)
    if subject is None or subject.lower_ in _SPEAKING_PERSONS:
        return False
    return verb.sent[-1].text != "?"


def naming_cue(verb: Token, quoted: Callable[[int], bool]) -> Cue | None:
    """The cue of a naming verb, or of a stance verb that has no clause of its own to report,
    that speaks for its subject (`names_for_subject`) and whose object quotes words in part
    (called the plan "a disaster"; "... and accused him of a 'flip-flop'") or, for a relative
    or interrogative pronoun written before the verb, is all quoted words: the name given to
    what the pronoun stands for ("what she calls "a new dawn"", "a plan that he called "a
    disgrace""); or None."""
    head = subject_of(verb)
    if not names_for_subject(verb, head):
        return None
    content = object_of(verb)
    if content is None:
        return None
    tokens = verb.doc.char_span(*content, alignment_mode="expand")
    if tokens is None or not any(quoted(t.idx) for t in tokens):
        return None
    all_quoted = not any(t.is_alpha and not quoted(t.idx) for t in tokens)
    if all_quoted and verb.left_edge.tag_ not in _RELATIVE_TAGS:
        return None
    speaker = speaker_span(head)
    return Cue.of(verb, speaker, head, content)


def reports_object(verb: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether what a reporting verb with no clause to report takes to its right is what it
    reports: an object, or a phrase after a preposition of topic (`topic_prepositions.txt`:
    "warned of", not "said on"), that neither opens with a quotation (chanted "No more cuts!"
    outside) nor quotes a sentence the writer introduces with a comma or a colon ('responded
    by saying, "Stop it."'): those are direct quotations."""
    objects = [child for child in verb.rights if child.dep_ in OBJECTS]
    if not objects or objects[0].dep_ == "prep" and objects[0].lower_ not in lemma_set("topic_prepositions.txt"):
        return False
    doc = verb.doc
    words = doc[objects[0].left_edge.i:max(o.right_edge.i for o in objects) + 1]
    if words[0].is_quote or quoted(words[0].idx):
        return False
    return not any(t.is_quote and quoted(t.idx + 1) and doc[t.i - 1].text in (",", ":") for t in words[1:])


def names_as(verb: Token) -> bool:
    """Whether a verb takes an "as" phrase to its right ("referred to him as ...")."""
    return any(t.lower_ == "as" and t.dep_ == "prep" for t in verb.subtree if t.i > verb.i)


def speaks_about(verb: Token) -> bool:
    """Whether a verb of speaking takes a phrase of topic first to its right ("talked about
    ...", "spoke of ..."; not "spoke to the crowd about ...")."""
    first = next((child for child in verb.rights if child.dep_ in OBJECTS), None)
    return first is not None and first.dep_ == "prep" and first.lower_ in _SPOKEN_TOPIC_PREPOSITIONS


def names_for_subject(verb: Token, subject: Token | None) -> bool:
    """Whether a naming (or stance) verb speaks for a subject: its own, or a noun, name or pronoun taken
    from the verb it is coordinated with ("Doe took the stage and called the plan ...") or,
    for a participle closing a clause, from that clause ("The mayor hit back, calling him
    ..."; not "a group called ..."), or for a participle describing an object, from the
    verb of that object (`issuer_of`: "The council issued a statement calling it ...")."""
    if own_subject(verb) is not None:
        return True
    return (subject is not None and subject.pos_ in _NOUN_OR_PRONOUN_POS
            and (verb.dep_ == "conj" or verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl")))


def with_speaker_written_before(cue: Cue) -> Cue:
    """A cue whose parse took its subject from inside a quotation (the quotation's "we" for
    '"...," Police Chief Jane Doe said') with, instead, the words written between the closing
    quotation mark and the verb, when they are a short nominal phrase, or the name opening a
    long apposition there (`name_opening_apposition`, dropping a reported clause that runs
    over it); else with no speaker."""
    verb = cue.token
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and not doc[start - 1].is_quote and verb.i - start < _SPEAKER_WORDS:
        start -= 1
    words = doc[start:verb.i]
    if start < verb.i and doc[start - 1].is_quote and any(t.pos_ in _NOUNS for t in words):
        while words and (words[0].is_punct or words[0].is_space):
            words = words[1:]
        head = words.root
        return attrs.evolve(cue, speaker=words, speaker_head=head, clause=span_hull(words, verb))
    name = name_opening_apposition(verb)
    if name is not None:
        content = cue.content if cue.content is None or cue.content[1] <= name.start_char else None
        return attrs.evolve(cue, speaker=name, speaker_head=name[-1], content=content, clause=span_hull(name, verb))
    return attrs.evolve(cue, speaker=None, speaker_head=None, clause=span_hull(verb))


def name_opening_apposition(verb: Token) -> Span | None:
    """For a verb whose parse took its subject from inside a quotation, the name written right
    after the closing quotation mark and set off with an apposition too long to read as its
    speaker's phrase ('"...," Jane Doe, a top outside adviser to the mayor, said': the parse
    takes the name into the quotation's clause), up to its head; else None."""
    name = apposed_name_before(verb)
    if name is None:
        return None
    doc = verb.doc
    start = name.i
    while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and doc[start - 1].head == name:
        start -= 1
    return doc[start:name.i + 1] if start > 0 and doc[start - 1].is_quote else None


def with_speaker_written_after(cue: Cue) -> Cue:
    """A cue without a subject of its own written after a quotation ('"...," said Jane Doe',
    the parse taking her for an object) with the noun phrase written right after its verb, up
    to its last noun, when there is one that names no date or time."""
    verb = cue.token
    doc = verb.doc
    end = verb.i + 1
    while (end < len(doc) and end - verb.i <= _SPEAKER_WORDS and doc[end].ent_type_ not in _TIME_ENTITIES
           and (doc[end].pos_ in _NOUN_PHRASE_POS or doc[end].dep_ in ("amod", "compound"))):
        end += 1
    nouns = [t for t in doc[verb.i + 1:end] if t.pos_ in _NOUNS]
    if not nouns:
        return cue
    return attrs.evolve(cue, speaker=doc[verb.i + 1:nouns[-1].i + 1], speaker_head=nouns[-1])
