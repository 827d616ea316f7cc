"""Where the clause a reporting cue reports starts and ends, read from the parse: the
complement of a reporting verb, the object of a stance verb, the clause a phrase such as
"according to" hangs on; with the edge words, asides, attributions of their own and
paragraph breaks that are no part of what was said left out."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsnlp.lexicons import lemma_set, naming_lemmas, reporting_lemmas, stance_lemmas

SUBJECTS = frozenset({"nsubj"})  # the dependency of an active subject
CLAUSE_HEADS = frozenset({"VERB", "AUX"})  # the parts of speech that head a clause
RELATIVES = frozenset({"who", "which", "that"})  # relative pronouns
OBJECTS = frozenset({"dobj", "xcomp", "prep", "ccomp", "oprd", "attr", "acomp"})  # what a verb takes to its right
MAX_CLAUSE = 200  # most tokens of a reported clause
CONCESSIONS = frozenset({"although", "though", "while", "whereas"})  # conjunctions of a concession
_NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})  # a clause's subject that is no clause
_CLAUSE_SUBJECTS = _NOMINAL_SUBJECTS | {"csubj"}
_PERSON_RELATIVES = frozenset({"who", "whom"})
_ATTRIBUTION_PARTS = frozenset({"nsubj", "prep", "npadvmod", "advmod", "dative", "dobj", "agent"})
_CONTRASTS = frozenset({"while", "whereas"})
_ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--"})
_LEADING = frozenset({"that", ",", ":", "-", "\u2014", "\u2013"})


def complement_of(verb: Token, addressee: Span | None) -> tuple[int, int] | None:
    """The clause a reporting verb reports: its clausal complement (none written before the
    verb and cut off from it, `cut_off`, or when another follows it, `clause_right_after`), or
    for a verb parsed as an aside of the reported clause (parataxis: "The rate, he said, will
    rise") that clause; a participle phrase of the verb's subject (`subject_participle`) is
    none of these. "found himself embroiled" reports nothing (`finds_oneself`). `addressee`:
    whom the verb says it to (`speakers.addressee_of`), or None."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and heads_clause(child):
            if finds_oneself(verb, child) or child.i < verb.i and (cut_off(child, verb)
                                                                   or clause_right_after(verb)
                                                                   or subject_participle(child, verb)):
                continue
            return clause_chars(doc, clause_start(verb, child, addressee), complement_end(verb, child))
    clause = clause_on_phrase(verb)
    if clause is not None:
        return clause_chars(doc, clause.left_edge.i, subtree_end(clause))
    after_break = verb.left_edge.i > 0 and doc[verb.left_edge.i - 1].text in (":", ";")
    if (verb.dep_ == "parataxis" and verb.head.pos_ in CLAUSE_HEADS and not after_break
            and subject_participle(verb.head, verb) is None):
        return clause_chars(doc, aside_clause_start(verb, verb.head), verb.head.right_edge.i + 1)
    return None


def heads_clause(head: Token) -> bool:
    """Whether a clausal complement's head heads a clause: a verb, or a word the tagger took for
    a noun or adverb when a subordinating "that" opens its clause ("found that 40 of them back
    the plan", "noted that she co-sponsored bans"; a small clause with no "that", "found it
    offensive", reports nothing)."""
    return head.pos_ in CLAUSE_HEADS or "that" in marks_of(head)


def complement_end(verb: Token, clause: Token) -> int:
    """Where the clausal complement headed by `clause` that a reporting verb reports ends (token
    index): at the end of its subtree, carried on for a clause written before the verb
    (`continuation_end`), to the end of a list or a second clause it opens at a colon or
    semicolon (`colon_clause_end`), else over what the parse hangs on the verb after it
    (`split_clause_end`, `coordinated_end`, `subordinate_end`); before the main clause of the
    sentence when the parse takes it into the clause of a subordinate verb (`main_clause_start`)."""
    main = main_clause_start(verb, clause)
    if main is not None:
        return main
    end = subtree_end(clause)
    if end <= verb.i:
        return continuation_end(verb, clause) or end
    if end < len(verb.doc) and verb.doc[end].text in (":", ";"):
        return colon_clause_end(verb.doc, end)
    return subordinate_end(verb, coordinated_end(verb, split_clause_end(verb, end)))


def main_clause_start(verb: Token, clause: Token) -> int | None:
    """For a reporting verb of a subordinate clause opening its sentence ("When asked why, Jane
    Doe replied ..."), where the sentence's main clause starts (token index: the comma before
    its subject) when the parse takes it into the complement of that verb: the complement has
    no subordinating word and its subject comes after a comma; else None."""
    doc = verb.doc
    if not opens_subordinate_clause(verb) or clause.i < verb.i or marks_of(clause):
        return None
    for child in clause.lefts:
        start = child.left_edge.i
        if child.dep_ in SUBJECTS and start > verb.i + 1 and doc[start - 1].text == ",":
            return start - 1
    return None


def opens_subordinate_clause(verb: Token) -> bool:
    """Whether a verb heads a subordinate clause written before its main clause: parsed so, or
    led by a subordinating word the parse hangs on it ("When asked ...", the parse making the
    verb the root)."""
    if verb.dep_ == "advcl":
        return verb.head.i > verb.i
    return any(child.dep_ == "mark" or child.tag_ == "WRB" for child in verb.lefts)


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


def subject_participle(clause: Token, verb: Token) -> Token | None:
    """For a clause written before a reporting verb that is the verb's subject with a
    participle phrase set off by commas, which the parse takes for a clause of its own ("Jane
    Doe, noting the size of the crowd, said ..."), that subject; else None."""
    doc = verb.doc
    if clause.tag_ != "VBG" or doc[clause.i - 1].text != "," or doc[verb.i - 1].text != ",":
        return None
    return next((child for child in clause.lefts if child.dep_ in SUBJECTS), None)


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
        child.dep_ in SUBJECTS and child.tag_ == "PRP" and child.lower_.endswith(("self", "selves"))
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
    first_after = next((t for t in clause.subtree if t.i > verb.i), None)
    if clause.i < verb.i or first_after is None:
        return clause.left_edge.i
    start = first_after.i
    first = next((t for t in verb.doc[start:] if not t.is_punct), None)
    opens_quoted = first is not None and first.is_title and verb.doc[first.i - 1].is_quote
    return start if opens_quoted else clause.left_edge.i


def clause_start(verb: Token, clause: Token, addressee: Span | None) -> int:
    """Where the clause headed by `clause` that a reporting verb reports starts (token index):
    at the object of the verb written right before it when the parse takes the clause's subject
    for that object ("argued the pipeline, which ..., would fail": the clause then has no
    subject and no "that" of its own and the verb no `addressee`), else at the clause's left
    edge."""
    start = clause.left_edge.i
    if (clause.i > verb.i and addressee is None and not marks_of(clause)
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
        if child.i >= end and child.dep_ == "ccomp" and child.pos_ in CLAUSE_HEADS and child.left_edge.i == end:
            return end if attribution_of_its_own(child) else subtree_end(child)
    return end


def attribution_of_its_own(clause: Token) -> bool:
    """Whether a clause is headed by a reporting verb with a subject of its own (for a relative
    clause, other than its relative pronoun: "..., which he said ...", not "..., which said
    ...")."""
    return clause.lemma_ in reporting_lemmas() and any(
        child.dep_ in SUBJECTS and (clause.dep_ != "relcl" or child.lower_ not in RELATIVES)
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
        if (child.pos_ in CLAUSE_HEADS and child.lemma_ not in lemmas
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
                if (clause.dep_ == "acl" and clause.pos_ in CLAUSE_HEADS
                        and "that" in marks_of(clause)):
                    return clause
    return None


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
            and any(child.dep_ in _NOMINAL_SUBJECTS for child in clause.children)
            and not any(t.is_quote for t in clause.doc[clause.left_edge.i:verb.i]))


def colon_clause_end(doc: Doc, start: int) -> int:
    """Where a reported clause that runs on past the colon or semicolon at token `start` into a
    list or a second clause ("She listed three tasks: ...") ends (token index): at the end of
    its paragraph, or at the last colon or semicolon before another reporting verb ("...; more
    so, he said ..."); at most MAX_CLAUSE tokens ahead."""
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


def object_of(verb: Token) -> tuple[int, int] | None:
    """What a stance verb reports: the objects and complements to its right ("criticized the
    new tax", "urged voters to stay home"), an infinitive the parse hangs on it included
    (`is_infinitive`) and the phrases of where or when written first left out (`past_setting`),
    up to a coordinated reporting verb; None when nothing is left."""
    objects = [child for child in verb.rights if child.dep_ in OBJECTS or is_infinitive(child)]
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
        child.dep_ == "conj" and child.pos_ in CLAUSE_HEADS and child.i > phrase.i
        for child in clause_head.children)


def both_sides(before: tuple[int, int], after: tuple[int, int], run_on: bool) -> tuple[int, int]:
    """The token range a cue phrase reports from the clause on either side of it: the longer
    side, or both with the phrase between them when each side has a clause of its own and the
    clause runs on after the phrase (`runs_on`), else the side before it."""
    if before[1] - before[0] > 2 and after[1] - after[0] > 3:
        return (before[0], after[1]) if run_on else before
    return after if after[1] - after[0] >= before[1] - before[0] else before


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
    return (after is None or after.pos_ in CLAUSE_HEADS or after.text == ","
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
