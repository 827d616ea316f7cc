"""Reporting cues of a parsed Doc: the verb or phrase ("said", "according to"), its speaker, its
addressee and the clause it reports."""
from __future__ import annotations

from functools import lru_cache, partial
from typing import Callable

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.entities.titles import title_heads
from newsnlp.lexicons import lemma_set, load_lexicon, reporting_lemmas
from newsnlp.quotes.speakers import speaker_span

_SUBJECTS = frozenset({"nsubj"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_RELATIVES = frozenset({"who", "which", "that"})
_PERSON_RELATIVES = frozenset({"who", "whom"})
_INHERITS_SUBJECT = frozenset({"advcl", "conj", "xcomp", "dep"})
_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
MAX_CLAUSE = 200
_ATTRIBUTION_PARTS = frozenset({"nsubj", "prep", "npadvmod", "advmod", "dative", "dobj", "agent"})
_OBJECTS = frozenset({"dobj", "xcomp", "prep", "ccomp", "oprd", "attr", "acomp"})
CONCESSIONS = frozenset({"although", "though", "while", "whereas"})
_CONTRASTS = frozenset({"while", "whereas"})
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--"})
_NAMING_POS = frozenset({"PROPN", "PRON"})
_NAMER_POS = frozenset({"PROPN", "PRON", "NOUN"})
_PRESENT_TENSE = frozenset({"VBP", "VBZ"})
_SPEAKING_PERSONS = frozenset({"i", "we", "you"})
_NEAR_SPEAKER = 12
_LEADING = frozenset({"that", ",", ":", "-", "\u2014", "\u2013"})
_NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM"})
_SPEAKER_WORDS = 8  # the longest speaker read off the words next to its verb (with_speaker_written_before/_after)
_NOUNS = frozenset({"PROPN", "NOUN"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})
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


stance_lemmas = partial(lemma_set, "stance_verbs.txt")
naming_lemmas = partial(lemma_set, "naming_verbs.txt")


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
    (`shown_subject`)."""
    shown = shown_subject(verb)
    if shown is not None:
        return shown
    issuer = issuer_of(verb)
    if issuer is not None:
        return issuer
    for _ in range(3):
        nearest = min((child for child in verb.children if child.dep_ in _SUBJECTS),
                      key=lambda child: abs(child.i - verb.i), default=None)
        if nearest is not None:
            return verb.head if verb.dep_ == "relcl" and nearest.lower_ in _RELATIVES else nearest
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
    return next((child for child in noun.head.children if child.dep_ in _SUBJECTS), None)


def shown_subject(verb: Token) -> Token | None:
    """The name or pronoun right before a participle complement, whose subject it is rather
    than the governing verb's ("The ad shows footage of Jane Doe saying ...", "heard him
    asking ..."), or None."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if (before.pos_ in _NAMING_POS and before.ent_type_ not in _TIME_ENTITIES and before.dep_ in ("dobj", "pobj")
            and before.head.i < before.i):
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


def addressee_of(verb: Token) -> Span | None:
    """Whom `verb` says it to: the object of "told"/"asked" (a noun or pronoun: not the stray
    punctuation a parse can take for an object), or "to X" after "said"."""
    for child in verb.rights:
        if (child.dep_ in ("dobj", "dative") and child.pos_ in _NAMER_POS
                and verb.lemma_ in lemma_set("addressee_verbs.txt")):
            return speaker_span(child)
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ == "say":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects:
                return speaker_span(objects[0])
    return None


def clause_chars(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The character span of doc[start:end] (at most MAX_CLAUSE tokens), with a leading "that"
    that subordinates the clause (not the pronoun or determiner of "that is unlikely", "that
    idea"), edge punctuation (but for the signs that belong to the clause: `belongs_to_clause`),
    quotation marks, a trailing conjunction and a trailing aside (see `aside_start`) left out."""
    end = aside_start(doc, start, min(end, start + MAX_CLAUSE))
    while start < end and (doc[start].lower_ in _LEADING and not is_demonstrative(doc, start, end)
                           or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct and not belongs_to_clause(doc, start, end - 1)
                           or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"):
        end -= 1
    if start == end:
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])


def belongs_to_clause(doc: Doc, start: int, index: int) -> bool:
    """Whether the punctuation doc[index] closing the clause doc[start:index + 1] is part of its
    words: a per cent sign ("rose 5%") or the bracket closing one opened in the clause
    ("Chris Dodd (D-Conn.)")."""
    mark = doc[index].text
    if mark == "%":
        return True
    return mark == ")" and sum(t.text == "(" for t in doc[start:index]) > sum(t.text == ")" for t in doc[start:index])


def is_demonstrative(doc: Doc, index: int, end: int) -> bool:
    """Whether the "that" at `index` of the clause doc[index:end] is a pronoun or determiner of
    the clause ("that is unlikely", "that idea", "rejected that"), not the conjunction
    introducing it: a verb, a comma or the clause's end follows it, or the parse makes it the
    determiner of a noun. False for any other word."""
    if doc[index].lower_ != "that":
        return False
    after = doc[index + 1] if index + 1 < end else None
    return (after is None or after.pos_ in _CLAUSE_HEADS or after.text == ","
            or doc[index].dep_ == "det" and doc[index].tag_ == "DT")


def aside_start(doc: Doc, start: int, end: int) -> int:
    """Where a clause doc[start:end] ends before the aside (`is_aside`) that closes it after a
    comma or a dash (`sets_off`; or with neither, for a report set against it:
    `contrasted_report`), which is no part of what was said."""
    for token in doc[start + 1:end]:
        if is_aside(token) and start < token.left_edge.i and (sets_off(doc[token.left_edge.i - 1])
                                                              or contrasted_report(token)):
            if not any(t.is_alpha for t in doc[token.right_edge.i + 1:end]):
                return token.left_edge.i  # the comma or dash before it: edge punctuation, left out by clause_chars
    return end


def sets_off(token: Token) -> bool:
    """Whether a token sets off an aside: a comma, or a dash (a hyphen only with a space before
    it: "in decline - a decline that ...", not "anti-war")."""
    if token.text in _ASIDE_MARKS:
        return True
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def contrasted_report(token: Token) -> bool:
    """Whether `token` heads a report of someone else's set against the clause ("... while
    Sanders suggests she is ..."): a "while" or "whereas" clause that is an attribution of its
    own."""
    return token.dep_ == "advcl" and bool(marks_of(token) & _CONTRASTS) and attribution_of_its_own(token)


def is_aside(token: Token) -> bool:
    """Whether `token` heads an apposition ("..., the party's leader"; one with a coordination of
    its own is rather a list item the parse took for one: "on taxes, the budget and trade"), a
    relative clause on a person or a "which" clause in the simple past (background the writer
    adds: "..., who has led the union since 2010", `past_background`), a "which" clause that
    reports a clause about what "which" stands for ("..., which he said had harmed the
    economy": `attribution_of_its_own`), a concession ("..., although ...") or a reporting verb
    of its own ("..., arguing that ...")."""
    if token.dep_ == "appos":
        return not any(child.dep_ == "cc" for child in token.children)
    if token.dep_ == "relcl" and token.left_edge.lower_ in _PERSON_RELATIVES:
        return True
    if token.dep_ == "relcl" and token.left_edge.lower_ == "which":
        if attribution_of_its_own(token) and any(child.dep_ == "ccomp" for child in token.children):
            return True
        if token.tag_ == "VBD":
            return past_background(token)
    return token.dep_ == "advcl" and (token.lemma_ in reporting_lemmas() or participle_aside(token)
                                      or bool(marks_of(token) & CONCESSIONS))


def past_background(relative: Token) -> bool:
    """Whether a "which" clause in the simple past is background the writer adds ("..., which
    launched the brand in 2012"): it quotes no words and reports or names nothing itself
    ("..., which she called "a disaster"" is another attribution)."""
    reporting, naming = reporting_lemmas(), naming_lemmas()
    return not any(t.is_quote or t.lemma_ in reporting or t.lemma_ in naming for t in relative.subtree)


def marks_of(clause_head: Token) -> set[str]:
    """The subordinating words of a clause, lower-cased ("that", "because", "although")."""
    return {child.lower_ for child in clause_head.children if child.dep_ == "mark"}


def participle_aside(token: Token) -> bool:
    """Whether `token` heads a participle clause of its own that takes a stance or reports
    words ("..., citing the lack of progress", "..., amounting to what critics called ...")."""
    if token.tag_ != "VBG" or any(c.dep_ in ("mark", "nsubj") for c in token.children):
        return False
    lemmas = reporting_lemmas()
    return token.lemma_ in stance_lemmas() or any(t.pos_ == "VERB" and t.lemma_ in lemmas for t in token.subtree)


def subtree_end(head: Token) -> int:
    """Where the subtree of `head` ends (token index), or before a coordinated reporting verb
    ("... have given it momentum and said that ..." stops before "and said"), unless that verb
    is itself part of what is reported ("... and that it would add ...")."""
    lemmas = reporting_lemmas()
    end = head.right_edge.i + 1
    for token in head.doc[head.i + 1:min(end, head.i + MAX_CLAUSE)]:
        if (token.dep_ == "conj" and token.pos_ == "VERB" and token.lemma_ in lemmas
                and not marks_of(token)):
            return token.i
    return end


def continuation_end(verb: Token, clause: Token) -> int | None:
    """For a reporting verb written after the clause it reports (headed by `clause`), the end
    of the sentence when the clause goes on after the attribution ("Sales fell, the firm said
    on Monday, and may fall again") and none of it is quoted or what follows completes it
    (`completes_clause`), else None."""
    start = clause.left_edge.i
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ not in _ATTRIBUTION_PARTS or child.i != end:
            break
        end = child.right_edge.i + 1
    doc, sentence_end = verb.doc, verb.sent.end
    if end < sentence_end and doc[end].text == "," and any(t.is_alpha for t in doc[end + 1:sentence_end]):
        if not any(t.is_quote for t in doc[start:sentence_end]) or completes_clause(clause, verb, doc[end + 1]):
            return sentence_end
    return None


def completes_clause(clause: Token, verb: Token, after: Token) -> bool:
    """Whether the words from `after`, written after an attribution that interrupts a clause
    with a subject of its own, complete that clause with a "that" clause or a quotation,
    nothing before the attribution being quoted ("It was, the mayor said, "a day to
    remember."")."""
    return ((after.lower_ == "that" or after.is_quote)
            and any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in clause.children)
            and not any(t.is_quote for t in clause.doc[clause.left_edge.i:verb.i]))


def paragraph_end(doc: Doc, start: int) -> int:
    """Where a reported clause that opens a list or a second clause at the colon or semicolon
    `start` ("She listed three tasks: ...") ends (token index): at the end of its paragraph, or
    at the last colon or semicolon before another reporting verb ("...; more so, he said ...");
    at most MAX_CLAUSE tokens ahead."""
    lemmas = reporting_lemmas()
    last_break = start
    for token in doc[start:start + MAX_CLAUSE]:
        if "\n" in token.text:
            return token.i
        if token.text in (":", ";"):
            last_break = token.i
        elif token.pos_ == "VERB" and token.lemma_ in lemmas:
            return last_break
    return min(len(doc), start + MAX_CLAUSE)


def complement_of(verb: Token) -> tuple[int, int] | None:
    """The clause a reporting verb reports: its clausal complement (none written before the
    verb and cut off from it, `cut_off`, or when another follows it, `clause_right_after`), or
    for a verb parsed as an aside of the reported clause (parataxis: "The rate, he said, will
    rise") that clause. "found himself embroiled" reports nothing (`finds_oneself`)."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and heads_clause(child):
            if finds_oneself(verb, child) or child.i < verb.i and (cut_off(child, verb)
                                                                   or clause_right_after(verb)):
                continue
            return clause_chars(doc, clause_start(verb, child), complement_end(verb, child))
    clause = clause_on_phrase(verb)
    if clause is not None:
        return clause_chars(doc, clause.left_edge.i, subtree_end(clause))
    after_break = verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text in (":", ";")
    if verb.dep_ == "parataxis" and verb.head.pos_ in _CLAUSE_HEADS and not after_break:
        return clause_chars(doc, aside_clause_start(verb, verb.head), verb.head.right_edge.i + 1)
    return None


def heads_clause(head: Token) -> bool:
    """Whether a clausal complement's head heads a clause: a verb, or a word the tagger took for
    a noun or adverb when a subordinating "that" opens its clause ("found that 40 of them back
    the plan", "noted that she co-sponsored bans"; a small clause with no "that", "found it
    offensive", reports nothing)."""
    return head.pos_ in _CLAUSE_HEADS or "that" in marks_of(head)


def complement_end(verb: Token, clause: Token) -> int:
    """Where the clausal complement headed by `clause` that a reporting verb reports ends (token
    index): at the end of its subtree, carried on for a clause written before the verb
    (`continuation_end`), to the end of a list or a second clause it opens at a colon or
    semicolon (`paragraph_end`), else over what the parse hangs on the verb after it
    (`split_clause_end`, `coordinated_end`, `subordinate_end`)."""
    end = subtree_end(clause)
    if end <= verb.i:
        return continuation_end(verb, clause) or end
    if end < len(verb.doc) and verb.doc[end].text in (":", ";"):
        return paragraph_end(verb.doc, end)
    return subordinate_end(verb, coordinated_end(verb, split_clause_end(verb, end)))


def cut_off(clause: Token, verb: Token) -> bool:
    """Whether a clause written before a reporting verb is none of what it reports: a colon or
    semicolon closes the clause or stands between them ("It is unlikely; the team says she
    will return"), a paragraph break does (a parse can take the last sentence of a paragraph,
    whose subtree then ends at the break, for the complement of a verb opening the next one), or
    the verb stands inside a bracket opened after the clause ("Sales fell (the firm blamed the
    weather)"), or the clause opens with another attribution (`opens_with_attribution`)."""
    if opens_with_attribution(clause, verb):
        return True
    edge = clause.right_edge.i
    depth = 0
    for token in verb.doc[clause.i:verb.i]:
        if "\n" in token.text or token.i >= edge and token.text in (":", ";"):
            return True
        if token.i > edge and token.text in ("(", "["):
            depth += 1
        elif token.i > edge and token.text in (")", "]") and depth:
            depth -= 1
    return depth > 0


def clause_right_after(verb: Token) -> bool:
    """Whether a reporting verb takes a clause right after it, no comma between them ("..., Doe
    told reporters that ...", "While sales fell, Doe said profits rose"): that clause, not one
    the parse also hangs on it from before the verb (an opening participle phrase or
    subordinate clause: "Claiming the talks had failed, Doe told reporters that ..."), is what
    it reports. After a comma the clause rather completes the one before the verb ("It is no
    surprise, she said, that ...")."""
    doc = verb.doc
    return any(child.dep_ == "ccomp" and child.i > verb.i and heads_clause(child)
               and not any(t.text == "," for t in doc[verb.i + 1:child.left_edge.i])
               for child in verb.children)


def finds_oneself(verb: Token, clause: Token) -> bool:
    """Whether "find" and a clause whose subject is a reflexive pronoun make the idiom "find
    oneself" ("found himself embroiled in a feud", "found themselves outspent"): a state the
    subject is in, not a finding."""
    return verb.lemma_ == "find" and any(
        child.dep_ in _SUBJECTS and child.tag_ == "PRP" and child.lower_.endswith(("self", "selves"))
        for child in clause.children)


def opens_with_attribution(clause: Token, verb: Token) -> bool:
    """Whether a clause written before a reporting verb opens, right after a closing quotation
    mark, with the attribution of that quotation (subject, reporting verb and a comma: '"Are
    you winning?" she said, but Tom was asleep, and ... Ann said yes'): the parse hangs the
    quotation's attribution on the later verb, which reports none of it."""
    doc = verb.doc
    start = clause.left_edge.i
    if start == 0 or not doc[start - 1].is_quote or start + 2 >= verb.i:
        return False
    subject, reporting, comma = doc[start], doc[start + 1], doc[start + 2]
    return (subject.dep_ == "nsubj" and subject.head == reporting and comma.text == ","
            and reporting.lemma_ in reporting_lemmas())


def aside_clause_start(verb: Token, clause: Token) -> int:
    """Where the clause a reporting verb written inside it reports starts (token index): at
    its left edge, or at the quotation that opens right after the verb when the clause runs on
    into one (an opening phrase the parse hangs on the quoted clause is no part of it: "On
    Sunday, she said, 'We won.'")."""
    after = [t for t in clause.subtree if t.i > verb.i]
    if clause.i < verb.i or not after:
        return clause.left_edge.i
    start = after[0].i
    first = next((t for t in verb.doc[start:] if not t.is_punct), None)
    opens_quoted = first is not None and first.is_title and verb.doc[first.i - 1].is_quote
    return start if opens_quoted else clause.left_edge.i


def clause_start(verb: Token, clause: Token) -> int:
    """Where the clause headed by `clause` that a reporting verb reports starts (token index):
    at the object of the verb written right before it when the parse takes the clause's subject
    for that object ("argued the pipeline, which ..., would fail": the clause then has no
    subject and no "that" of its own and the verb no addressee), else at
    the clause's left edge."""
    start = clause.left_edge.i
    if (clause.i > verb.i and addressee_of(verb) is None and not marks_of(clause)
            and not any(child.dep_ in _CLAUSE_SUBJECTS for child in clause.children)):
        for child in verb.children:
            if child.dep_ == "dobj" and child.right_edge.i + 1 == start:
                return child.left_edge.i
    return start


def split_clause_end(verb: Token, end: int) -> int:
    """Where a reported clause ending at token `end` ends when the parse splits it into two
    complements of the reporting verb, the second written right after the first ("says most of
    the hours logged | were for travel"): after the second, unless that is a report of its own
    ("said prices rose, and three-quarters said ...": `attribution_of_its_own`); else `end`."""
    for child in verb.rights:
        if child.i >= end and child.dep_ == "ccomp" and child.pos_ in _CLAUSE_HEADS and child.left_edge.i == end:
            return end if attribution_of_its_own(child) else subtree_end(child)
    return end


def attribution_of_its_own(clause: Token) -> bool:
    """Whether a clause is headed by a reporting verb with a subject of its own (for a relative
    clause, other than its relative pronoun: "..., which he said ...", not "..., which said
    ...")."""
    return clause.lemma_ in reporting_lemmas() and any(
        child.dep_ in _SUBJECTS and (clause.dep_ != "relcl" or child.lower_ not in _RELATIVES)
        for child in clause.children)


def subordinate_end(verb: Token, end: int) -> int:
    """Where a reported clause ending at token `end` ends when the parse hangs the subordinate
    clause closing it on the reporting verb ("said the plant would close because demand fell"):
    after that clause; else `end`."""
    for child in verb.rights:
        if (child.i >= end and child.dep_ == "advcl" and child.left_edge.i in (end, end + 1)
                and all(t.text == "," for t in verb.doc[end:child.left_edge.i])
                and marks_of(child) - CONCESSIONS):
            return subtree_end(child)
    return end


def coordinated_end(verb: Token, end: int) -> int:
    """Where a reported clause ending at token `end` ends when the parse hangs a "that" clause
    coordinated with it on the reporting verb ("said the talks had stalled, but that a deal was
    possible"): after that clause, unless its head is a reporting verb; else `end`."""
    lemmas = reporting_lemmas()
    for child in verb.rights:
        if child.i < end or child.dep_ != "conj":
            continue
        if (child.pos_ in _CLAUSE_HEADS and child.lemma_ not in lemmas
                and all(t.text == "," or t.dep_ == "cc" for t in verb.doc[end:child.left_edge.i])
                and "that" in marks_of(child)):
            return subtree_end(child)
        break
    return end


def clause_on_phrase(verb: Token) -> Token | None:
    """The head of a "that" clause a parse hangs on the noun of a phrase written between a
    reporting verb and its clause ("said in a statement that ...", "alleged in the suit that
    ..."), or None."""
    for child in verb.rights:
        if child.dep_ != "prep":
            continue
        for noun in child.children:
            for clause in noun.rights:
                if (clause.dep_ == "acl" and clause.pos_ in _CLAUSE_HEADS
                        and "that" in marks_of(clause)):
                    return clause
    return None


def span_hull(*parts: Span | Token | None) -> tuple[int, int]:
    """The character span from the first to the last of `parts` (None ones skipped)."""
    present = [p for p in parts if p is not None]
    return (min(p.idx if isinstance(p, Token) else p.start_char for p in present),
            max(p.idx + len(p) if isinstance(p, Token) else p.end_char for p in present))


def object_of(verb: Token) -> tuple[int, int] | None:
    """What a stance verb reports: the objects and complements to its right ("criticized the
    new tax", "urged voters to stay home"), up to a coordinated reporting verb."""
    objects = [child for child in verb.rights if child.dep_ in _OBJECTS or is_infinitive(child)]
    if not objects:
        return None
    objects = past_setting(objects)
    return clause_chars(verb.doc, objects[0].left_edge.i, max(subtree_end(o) for o in objects)) if objects else None


def past_setting(objects: list[Token]) -> list[Token]:
    """A verb's `objects` less the phrases of where or when written first (`setting_prepositions.txt`:
    "admitted under questioning", "cited in the tweet", "proposed in 2013"), which are none
    of what it reports."""
    settings = lemma_set("setting_prepositions.txt")
    k = 0
    while k < len(objects) and objects[k].dep_ == "prep" and objects[k].lower_ in settings:
        k += 1
    return objects[k:]


def is_infinitive(token: Token) -> bool:
    """Whether `token` heads an infinitive clause the parse hangs on a verb as an adverbial one
    ("told voters at a rally to stay home")."""
    return token.dep_ == "advcl" and token.tag_ == "VB" and any(
        child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def takes_stance(verb: Token, subject: Token | None) -> bool:
    """Whether a stance verb speaks for a subject: its own, or for a participle closing a
    clause ("..., criticizing the pipeline") the subject of that clause when it names someone
    (a name or a pronoun: "ties with Russia grow, urging ..." is no one's stance)."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return True
    return (subject is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG"
            and subject.pos_ in _NAMING_POS)


def verb_cue(verb: Token) -> Cue | None:
    """The cue of a reporting verb, or None when it has neither a speaker nor a complement
    (for a stance verb that speaks for a subject, `takes_stance`, its object; not in a relative
    clause, which describes the noun it hangs on: "the women who accused him of fraud", unless
    the object quotes words, `naming_cue`)."""
    head = subject_of(verb)
    if head is None:
        head = apposed_name_before(verb)
    elif head.lower_ in title_heads() and head.ent_type_ != "PERSON":
        head = titled_name(head)
    content = complement_of(verb)
    if (content is None and verb.lemma_ in stance_lemmas() and verb.dep_ != "relcl"
            and takes_stance(verb, head)):
        content = object_of(verb)
    if head is None and content is None:
        return None
    speaker = speaker_span(head) if head is not None else None
    addressee = addressee_of(verb)
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
    while clause_head.dep_ == "conj" and clause_head.head.pos_ in _CLAUSE_HEADS:
        clause_head = clause_head.head
    content = None
    if clause_head is not first and clause_head.pos_ in _CLAUSE_HEADS:
        doc = first.doc
        before = (clause_head.left_edge.i, first.left_edge.i)
        after = (first.right_edge.i + 1, clause_head.right_edge.i + 1)
        content = clause_chars(doc, *both_sides(before, after, runs_on(clause_head, first)))
    text = first.doc[first.i:last.i + 1].text
    return Cue(first, text, speaker, head, None, content, span_hull(first, speaker))


def runs_on(clause_head: Token, phrase: Token) -> bool:
    """Whether the clause a cue phrase hangs on carries on after it as what the source says:
    the phrase interrupts the clause before its verb ("Since May, according to the group,
    prices have risen") or a clause coordinated with it follows ("..., according to the
    survey, and wages fell", a comma closing the phrase). Else what follows the phrase is the
    writer's comparison or aside ("..., according to the poll, up from 40 percent in May"), or
    the rest of the source's name the parse takes for a coordinated clause ("according to
    officials who spoke to reporters but were not authorized to ...")."""
    if phrase.i < clause_head.i:
        return True
    after = phrase.right_edge.i + 1
    return after < len(phrase.doc) and phrase.doc[after].text == "," and any(
        child.dep_ == "conj" and child.pos_ in _CLAUSE_HEADS and child.i > phrase.i
        for child in clause_head.children)


def both_sides(before: tuple[int, int], after: tuple[int, int], run_on: bool) -> tuple[int, int]:
    """The token range a cue phrase reports from the clause on either side of it: the longer
    side, or both with the phrase between them when each side has a clause of its own and the
    clause runs on after the phrase (`runs_on`), else the side before it."""
    if before[1] - before[0] > 2 and after[1] - after[0] > 3:
        return (before[0], after[1]) if run_on else before
    return after if after[1] - after[0] >= before[1] - before[0] else before


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
    cue_phrases = phrases("reporting_phrases.txt")
    firsts = {phrase[0] for phrase in cue_phrases}
    cues: list[Cue] = []
    for token in doc:
        if token.lower_ in firsts:
            for phrase in cue_phrases:
                if written_at(doc, token.i, phrase):
                    cue = phrase_cue(token, doc[token.i + len(phrase) - 1])
                    if cue and not quoted(token.idx):
                        cues.append(cue)
            continue
        cue = None
        if (token.pos_ in _CLAUSE_HEADS and token.lemma_ in lemmas and not quoted(token.idx)
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
    return Cue(noun, noun.text, speaker, owner, None, content, span_hull(speaker, noun))


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
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
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
    return Cue(verb, verb.text, speaker, head, None, content, span_hull(speaker, verb))


def reports_object(verb: Token, quoted: Callable[[int], bool]) -> bool:
    """Whether what a reporting verb with no clause to report takes to its right is what it
    reports: an object, or a phrase after a preposition of topic (`topic_prepositions.txt`:
    "warned of", not "said on"), that neither opens with a quotation (chanted "No more cuts!"
    outside) nor quotes a sentence the writer introduces with a comma or a colon ('responded
    by saying, "Stop it."'): those are direct quotations."""
    objects = [child for child in verb.rights if child.dep_ in _OBJECTS]
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
    first = next((child for child in verb.rights if child.dep_ in _OBJECTS), None)
    return first is not None and first.dep_ == "prep" and first.lower_ in _TOPIC_PREPOSITIONS


def names_for_subject(verb: Token, subject: Token | None) -> bool:
    """Whether a naming (or stance) verb speaks for a subject: its own, or a noun, name or pronoun taken
    from the verb it is coordinated with ("Doe took the stage and called the plan ...") or,
    for a participle closing a clause, from that clause ("The mayor hit back, calling him
    ..."; not "a group called ..."), or for a participle describing an object, from the
    verb of that object (`issuer_of`: "The council issued a statement calling it ...")."""
    if any(child.dep_ in _SUBJECTS for child in verb.children):
        return True
    return (subject is not None and subject.pos_ in _NAMER_POS
            and (verb.dep_ == "conj" or verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl")))


def with_speaker_written_before(cue: Cue) -> Cue:
    """A cue whose parse took its subject from inside a quotation (the quotation's "we" for
    '"...," Police Chief Jane Doe said') with, instead, the words written between the closing
    quotation mark and the verb, when they are a short nominal phrase; else with no speaker."""
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
    return attrs.evolve(cue, speaker=None, speaker_head=None, clause=span_hull(verb))


def with_speaker_after(cue: Cue) -> Cue:
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
