"""Quotations and their speakers, from a parsed Doc and the people found in it (pure functions).

Direct quotations come from the quotation marks (`marks`), indirect and mixed ones from the
clause a reporting cue governs (`cues`, the clause's extent read by `clauses`); a quoted
segment takes the cue whose clause covers it, or the attribution written right next to it
("A," he said, "B."; `attribution`), or the speaker of the quotation just before it in the
same stretch of text. Speakers resolve to the entities stage's people (`speakers`). This
module puts them together and decides where each quote starts and ends.
"""
from __future__ import annotations

import bisect
import re
from functools import partial
from typing import Sequence

import attrs

from spacy.tokens import Doc

from newsnlp.casing import TITLE_SMALL_WORDS
from newsnlp.lexicons import alternation
from newsnlp.quotes.attribution import attribution_next_to, speaker_lines, written_right_after
from newsnlp.quotes.clauses import CONCESSIONS
from newsnlp.quotes.cues import (Cue, attributing_lemmas, document_report, find_cues, passive_report,
                                 reporting_word, with_speaker_written_after)
from newsnlp.quotes.marks import (DOUBLE_APOSTROPHE, MARK, MARKS, Segment, inside_segment,
                                  overlapping, quote_segments, stripped)
from newsnlp.quotes.speakers import Cast, Reported, resolve_speaker, with_pronouns_resolved
from newsnlp.types import Mention, Person, Quote

__all__ = ["find_quotes"]

_WORD = re.compile(r"[^\W_]")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"\u201d\u2019)]?\s+|\n\s*)$")
_CONTINUATION_REACH = 400
_RESUME_REACH = 200
_LOWER_SENTENCE_END = re.compile(r"\b[a-z]{2,}[.!?]\s")  # a stop after a lower-case word: no "Mrs.", "Sen."
_ATTRIBUTION_GAP = 250  # most characters of attribution between two parts of one quotation
_RUNS_ON = re.compile(r"[ \t]*,?[ \t]+(?=[a-z])")
_PHRASE_RUNS_ON = re.compile(r"[ \t]+(?=[a-z])")
_CLAUSE_BREAK = re.compile(r"[,;]\s|\s[\u2014\u2013-]+\s")
_SENTENCE_END = re.compile(r"[.!?](?=[\"\u201d\u2019]?(?:\s|$))|\n")
_RUN_ON_REACH = 300
_TRAILING_PUNCT = " ,;\t\u2014\u2013-"
_ATTRIBUTION_TAIL = 100
_ASIDE_AFTER = re.compile(r"\s*[,;\u2014\u2013]|\s+-+\s")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]*$")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRONOUN_WORD = re.compile(r"(?:he|she|they|it|we|i|you)\b")
_CONCESSION = re.compile(rf"(?:{alternation(CONCESSIONS)})\b")


def find_quotes(doc: Doc, people: Sequence[Person] = ()) -> list[Quote]:
    """The quotations of `doc` in text order: direct (the words between quotation marks, one
    Quote per quoted segment), mixed and indirect (the reported clause), each with its speaker
    resolved against `people` (the entities stage's Person objects)."""
    text = doc.text  # once: spaCy rebuilds doc.text on every access; the helpers below take it
    segments = quote_segments(text)
    quoted = partial(inside_segment, segments, [s.open for s in segments])
    cues = find_cues(doc, quoted)
    if not cues and not segments and ":" not in text:
        return []
    cast = Cast.of(people)
    assigned: dict[int, Cue | Quote | None] = {}  # segment index -> its attribution; None: no quote of its own
    quotes, mixed_index = cue_quotes(text, cues, segments, assigned, cast)
    mixed_cues = [cue for cue in cues if id(cue) in mixed_index]
    for k, segment in enumerate(segments):
        if k not in assigned:
            assigned[k] = attribution_next_to(doc, text, segment, cues, cast)
        source = assigned[k]
        if source is None and mixed_cues:
            source = mixed_before(text, segment, mixed_cues, quotes, mixed_index)
        if isinstance(source, Cue) and id(source) in mixed_index:
            index = mixed_index[id(source)]
            # mixed quote, its attribution, then the segment: the segment carries the quote on
            if quotes[index].end <= source.clause[0] and source.clause[1] <= segment.open:
                quotes[index] = extended(text, quotes[index], segment.end)
                assigned[k] = None
    for quote in speaker_lines(doc, text, cast):
        quotes.append(quote)
        for k, segment in enumerate(segments):
            if quote.start <= segment.open < quote.end:
                assigned[k] = None
    quotes.extend(direct_quotes(text, segments, assigned, cast, [q for q in quotes if q.kind == "mixed"]))
    return with_pronouns_resolved(outermost(quotes), people, cast, doc, quoted)


def cue_quotes(text: str, cues: list[Cue], segments: list[Segment], assigned: dict,
               cast: Cast) -> tuple[list[Quote], dict[int, int]]:
    """The indirect and mixed quotes the reported clauses of `cues` make (`content_quote`,
    which records in `assigned` the segments a cue attributes), and for each cue that makes a
    mixed quote the index of that quote (id of the cue -> index)."""
    quotes: list[Quote] = []
    mixed_index: dict[int, int] = {}
    for cue in cues:
        quote = content_quote(text, cue, segments, assigned, cast) if cue.content else None
        if quote is not None:
            if quote.kind == "mixed":
                mixed_index[id(cue)] = len(quotes)
            quotes.append(quote)
    return quotes, mixed_index


def direct_quotes(text: str, segments: list[Segment], assigned: dict, cast: Cast, mixed: list[Quote]) -> list[Quote]:
    """One direct quote per quoted segment that has an attribution (`assigned`: its cue, or
    the Quote whose speaker it takes, or None) or that carries on the quote before it, direct
    or one of the `mixed` quotes found that ends in a quotation (when it takes up its sentence
    again, only outside those mixed quotes); titles and scare-quoted fragments left out."""
    taken = Reported.of(mixed)
    ending_quoted = sorted((quote for quote in mixed if text[quote.end:quote.end + 1] in MARKS), key=lambda q: q.end)
    found: list[Quote] = []
    previous: Quote | None = None
    for k, segment in enumerate(segments):
        source = assigned[k]
        if source is None and not taken.covers(segment.start):
            source = carried_on_quote(text, segments, k, previous, ending_quoted)
        if source is None or (is_fragment(text, segment)
                              and not opens_attributed_sentence(text, segment, source)):
            continue
        quote = segment_quote(text, segment, source, cast)
        end = phrase_run_on(text, segment, source)
        if end is not None:
            quote = attrs.evolve(quote, text=text[segment.open:end], start=segment.open, end=end, kind="mixed")
        if previous is not None and found[-1] is previous and resumes_apostrophe_quotation(text, previous, quote):
            found[-1] = previous = extended(text, previous, quote.end)
            continue
        previous = quote
        found.append(previous)
    return found


def carried_on_quote(text: str, segments: list[Segment], k: int, previous: Quote | None,
                     ending_quoted: list[Quote]) -> Quote | None:
    """The quote the unattributed segment `k` carries on, when it `continues` it or
    `resumes_after_attribution`: the latest before it (`latest_quote`: `previous` or one of the
    mixed quotes `ending_quoted`); else None."""
    segment = segments[k]
    prior = latest_quote(previous, ending_quoted, segment.open)
    if prior is None:
        return None
    interposed = segments[bisect.bisect_left(segments, prior.end, key=lambda s: s.open):k]
    if continues(text, segment, prior, interposed) or resumes_after_attribution(text, segment, prior):
        return prior
    return None


def latest_quote(previous: Quote | None, ending_quoted: list[Quote], offset: int) -> Quote | None:
    """The quote a segment at `offset` could carry on: `previous`, or the last of the mixed
    quotes `ending_quoted` (by end) that ends before `offset` when it ends later."""
    k = bisect.bisect_right(ending_quoted, offset, key=lambda quote: quote.end) - 1
    if k >= 0 and (previous is None or ending_quoted[k].end > previous.end):
        return ending_quoted[k]
    return previous


def resumes_apostrophe_quotation(text: str, previous: Quote, quote: Quote) -> bool:
    """Whether two quotes marked with doubled apostrophes are the parts of one quotation its
    attribution interrupts (''We won,'' she said. ''Now we govern.''): same speaker, same
    paragraph, nothing quoted between them and no sentence ending before the attribution does
    (not: ''We won,'' she said on Monday. But she added, ''...''). Such text counts the whole
    as one quotation; not when the attribution (a long apposition) holds more characters than
    the two parts, the quote then being mostly not quoted words."""
    gap = quote.start - previous.end
    if quote.speaker != previous.speaker or gap > _ATTRIBUTION_GAP or gap > len(previous.text) + len(quote.text):
        return False
    between = text[previous.end:quote.start]
    attribution = between.rstrip(" '").rstrip(".")
    return (between.count(DOUBLE_APOSTROPHE) == 2 and "\n" not in between
            and text.startswith(DOUBLE_APOSTROPHE, previous.start - 2)
            and not _LOWER_SENTENCE_END.search(attribution))


def mixed_before(text: str, segment: Segment, cues: list[Cue], quotes: list[Quote],
                 mixed_index: dict[int, int]) -> Cue | None:
    """The cue of the mixed quote (`cues`: theirs, in text order; `mixed_index`: cue id -> index
    in `quotes`) that the segment carries on in the sentence after the quote's attribution (The
    deal is "a good start," she said on Friday. "More will come."): the quote opens unquoted,
    with no colon, and its attribution follows it in the same paragraph."""
    k = bisect.bisect_right(cues, segment.open, key=lambda c: c.clause[1]) - 1
    if k < 0:
        return None
    cue = cues[k]
    quote = quotes[mixed_index[id(cue)]]
    if (quote.end > cue.clause[0] or segment.open - cue.clause[1] > _ATTRIBUTION_TAIL
            or any(mark in text[max(0, quote.start - 2):quote.start + 1] for mark in MARKS + "'")
            or ":" in quote.text):
        return None
    gap = text[cue.clause[1]:segment.open]
    if "\n" in gap or any(mark in gap for mark in MARKS):
        return None
    return cue if opens_sentence(text, segment) else None


def outermost(quotes: list[Quote]) -> list[Quote]:
    """The quotes in text order with no two overlapping: every direct quote (quoted segments
    never overlap), then each mixed or indirect quote, longest first from the same start, that
    overlaps none kept so far (a reported clause inside a quotation is part of it)."""
    kept = sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    for quote in sorted((q for q in quotes if q.kind != "direct"), key=lambda q: (q.start, -q.end)):
        k = bisect.bisect_left(kept, quote.start, key=lambda q: q.start)
        if (k == 0 or kept[k - 1].end <= quote.start) and (k == len(kept) or quote.end <= kept[k].start):
            kept.insert(k, quote)
    return kept


def content_quote(text: str, cue: Cue, segments: list[Segment], assigned: dict, cast: Cast) -> Quote | None:
    """The quote a cue's reported clause makes: an indirect quote, or a mixed one when it
    starts unquoted and runs into a quotation (the segments inside it are then no quotes of
    their own), or None when the clause is all quoted (its segments are recorded in `assigned`
    as this cue's)."""
    start, end = within_paragraph(text, *cue.content, cue.token.idx)
    if not has_word(text, start, end):
        return None
    inside = list(overlapping(segments, start, end))
    if not inside:
        if (cue.speaker is None and cue.token.pos_ != "NOUN" and not passive_report(cue.token, start)
                and not document_report(cue.token)
                or verbless_preface(cue, start, end)):
            return None
        return make_quote(text, start, end, "indirect", cue, cast)
    if not words_outside(text, start, end, [segments[k] for k in inside], cue.clause):
        for k in inside:
            assigned.setdefault(k, cue)
        return None
    first = segments[inside[0]]
    if opens_with_attributed_quotation(text, start, end, first, cue):
        assigned.setdefault(inside[0], cue)
        return None
    last = segments[inside[-1]]
    if introduced_by_colon(text, start, last, cue):
        assigned.setdefault(inside[-1], cue)
        return None
    end = mixed_quote_end(text, end, last, cue)
    for k in overlapping(segments, start - 1, end + 1):
        if segments[k].open >= start - 1 and segments[k].close <= end + 1:
            assigned[k] = None
    return make_quote(text, start, end, "mixed", cue, cast)


def mixed_quote_end(text: str, end: int, last: Segment, cue: Cue) -> int:
    """Where a mixed quote ends whose reported clause (`cue`'s) ends at `end` and whose last
    quoted segment is `last`: never before that segment's end, and right there when an aside
    set off by a comma or a dash follows its closing mark; when the clause ends with a segment
    closed in its own paragraph, at the end of the sentence the quotation runs on into
    (`sentence_run_on`), if it does, unless the cue's relative clause ends inside the
    quotation (`relative_clause_closes`)."""
    if end > last.close + 1 and _ASIDE_AFTER.match(text, last.close + 1):
        # an aside after a dash or a comma past the closing mark is the writer's
        # (called him "the next Washington" - a man he idolizes)
        end = last.end
    end = max(end, last.end)
    if end == last.end and not last.continued and not relative_clause_closes(cue, last):
        broken_off = text[last.close - 1] == "," and cue.clause[0] < last.close  # no attribution after it
        end = sentence_run_on(text, last.close + 1, cue.token.doc, broken_off) or end
    return end


def relative_clause_closes(cue: Cue, segment: Segment) -> bool:
    """Whether the cue's verb heads a relative clause on the subject of a verb written after a
    quotation the clause ends inside ('Doe, who called it "a sham," left early'): the words
    after the closing mark are the main clause's."""
    verb = cue.token
    noun = verb.head
    return (verb.dep_ == "relcl" and verb.right_edge.idx < segment.close
            and noun.dep_ == "nsubj" and noun.head.idx > segment.close)


def opens_with_attributed_quotation(text: str, start: int, end: int, segment: Segment, cue: Cue) -> bool:
    """Whether the clause text[start:end] a parse gives a cue opens with a quotation that
    breaks off at a comma and runs on past it in words that quote nothing more: the cue's
    attribution ('"...," Jane Doe said, and her husband cut in', '"...," said X, wearing a
    hat') or, after a cue written before a quotation that opens in capitals, the writer's
    words (She said, "...," but in fact ...). The quotation is what the cue reports, unless
    the words after an attribution carry the quoted sentence on with its verb ('"Only you,"
    she said, "would ...')."""
    if segment.start > start + 1 or any(mark in text[segment.close + 1:end] for mark in MARKS):
        return False
    if cue.clause[1] <= start:
        content = segment.words(text)
        return content[:1].isupper() and content.endswith(",")
    if not (cue.clause[0] < end and written_right_after(text, segment, cue)) or cue.clause[1] >= end:
        return False
    rest = cue.token.doc.char_span(cue.clause[1], end, alignment_mode="expand")
    first = next((t for t in rest if not t.is_punct), None) if rest is not None else None
    return first is None or first.tag_ not in _FINITE_TAGS


def introduced_by_colon(text: str, start: int, segment: Segment, cue: Cue) -> bool:
    """Whether the quotation that ends a clause a parse gives the cue written right after it
    follows a colon that closes the writer's words before it ('... drive: "Change the world,"
    she said'): the quotation alone is what the cue reports."""
    return written_right_after(text, segment, cue) and text[start:segment.open].rstrip().endswith(":")


def verbless_preface(cue: Cue, start: int, end: int) -> bool:
    """Whether the clause text[start:end] a cue reports is written before the cue and has no
    verb: an opening phrase the parse took for the reported clause ("Similarly, she said ...",
    "WASHINGTON (AP) - Officials said ...")."""
    if end > cue.token.idx:
        return False
    span = cue.token.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span)


def lower_case_run_on(text: str, offset: int, gap: re.Pattern[str]) -> tuple[int, int] | None:
    """(start, end) of the words that carry a sentence on in lower case after `offset` (`gap`:
    what may stand before them) up to its end, within _RUN_ON_REACH characters; None when
    there are none or they open with a pronoun, being an attribution ("...," he said)."""
    match = gap.match(text, offset)
    if not match or _PRONOUN_WORD.match(text, match.end()):
        return None
    stop = _SENTENCE_END.search(text, match.end(), match.end() + _RUN_ON_REACH)
    return None if stop is None else (match.end(), stop.start())


def sentence_run_on(text: str, offset: int, doc: Doc, broken_off: bool = False) -> int | None:
    """Where the sentence ends when it runs on in lower case after the quotation mark closing at
    `offset` into more quoted words (said the deal was "a good start" and that "more will come")
    or, when the quotation breaks off at a comma (`broken_off`), into any words of the same
    report (is ready to "take on the cartel," secure the border and ...) but a concession
    ("..., although ...": the writer's), else None; not over
    an attribution ("...," he said) nor over a verb that attributes words before those
    (`attributing_lemmas`: "... and insisted that "...", "..., and Tom, who says it is "..."",
    "...," the paper reported: another report)."""
    run_on = lower_case_run_on(text, offset, _RUNS_ON)
    if run_on is None:
        return None
    mark = MARK.search(text, *run_on)
    if mark is None and (not broken_off or _CONCESSION.match(text, run_on[0])):
        return None
    link = doc.char_span(run_on[0], mark.start() if mark else run_on[1], alignment_mode="expand")
    attributing = attributing_lemmas()
    if link is not None and any(t.pos_ == "VERB" and t.lemma_ in attributing for t in link):
        return None
    return run_on[1]


def phrase_run_on(text: str, segment: Segment, source: Cue | Quote) -> int | None:
    """Where a sentence ends that carries on in lower case right after a quoted phrase with no
    punctuation of its own (reported "2,521 shooting incidents" in the city), the whole making
    one mixed quote; it stops before the attribution when that follows (", she said"). None
    when the words after the phrase are the attribution itself ("..." said Jane)."""
    if not text[segment.close - 1].isalnum():
        return None
    run_on = lower_case_run_on(text, segment.close + 1, _PHRASE_RUNS_ON)
    if run_on is None:
        return None
    start, stop = run_on
    aside = _CLAUSE_BREAK.search(text, start, stop)
    end = aside.start() if aside else stop
    if isinstance(source, Cue) and segment.close < source.clause[0] < end:
        end = source.clause[0]
    while end > 0 and text[end - 1] in _TRAILING_PUNCT:  # no copy of the text before `end`
        end -= 1
    return end if has_word(text, segment.close + 1, end) else None


def within_paragraph(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """text[start:end] cut to the paragraph holding the character `anchor` (a parse can run a
    clause across a paragraph break)."""
    start = max(start, text.rfind("\n", 0, anchor) + 1)
    paragraph_end = text.find("\n", anchor)
    return start, end if paragraph_end < 0 else min(end, paragraph_end)


def words_outside(text: str, start: int, end: int, segments: list[Segment], attribution: tuple[int, int]) -> bool:
    """Whether text[start:end] has a word outside the quoted `segments` that overlap it and
    outside the `attribution` (speaker and cue) written between them."""
    skipped = sorted([(s.open, s.close + 1) for s in segments] + [attribution])
    edges = [start] + [offset for span in skipped for offset in span] + [end]
    return any(has_word(text, a, b) for a, b in zip(edges[::2], edges[1::2]))


def has_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a letter or digit (nothing when `end` <= `start`)."""
    return bool(_WORD.search(text, start, max(start, end)))


def extended(text: str, quote: Quote, end: int) -> Quote:
    """`quote` running on to `end` (a mixed quote continued after its attribution:
    The summit did "too little," he added. "Europe risks a lot.")."""
    return attrs.evolve(quote, text=text[quote.start:end], end=end)


def is_fragment(text: str, segment: Segment) -> bool:
    """Whether a quoted segment is a title or a scare-quoted fragment rather than speech: one or
    two words in lower case ("a bomb"), or a title (`is_title`)."""
    content = segment.words(text)
    words = content.split()
    if not words or len(words) < 3 and content[0].islower() and not content.endswith(("!", "?")):
        return True
    return is_title(content) or is_title(content.removesuffix(".")) and title_in_sentence(text, segment.open)


def title_in_sentence(text: str, offset: int) -> bool:
    """Whether a quotation at `offset` stands right after a word that is no reporting verb
    (stream "Seinfeld.", his book "The Art of the Deal."; not: chanting "Dump Trump."): a
    title the sentence ends with, its full stop set inside the marks."""
    match = _WORD_BEFORE.search(text, max(0, offset - 30), offset)
    if match is None:
        return False
    return not reporting_word(match.group(1).lower())


def opens_attributed_sentence(text: str, segment: Segment, source: Cue | Quote) -> bool:
    """Whether a short quotation is speech though it reads like a title: it opens its sentence,
    its words break off at a comma, question or exclamation mark inside the marks, and its cue
    follows it ("Absolutely," she said. / "Really?" he asked)."""
    content = segment.words(text)
    return (isinstance(source, Cue) and source.clause[0] > segment.close and content.endswith((",", "!", "?"))
            and opens_sentence(text, segment))


def opens_sentence(text: str, segment: Segment) -> bool:
    """Whether a quotation opens a sentence: at the start of the text or a line, or after a
    full stop, question or exclamation mark."""
    return bool(_SENTENCE_START.search(text, max(0, segment.open - 6), segment.open))


def is_title(content: str) -> bool:
    """Whether quoted words are a title: a short run of capitalised words ("Face the Nation")."""
    words = content.split()
    capitalised = [w for w in words if w[0].isupper() or w.lower() in TITLE_SMALL_WORDS]
    return 0 < len(words) <= 6 and len(capitalised) == len(words) and not content.endswith((".", "!", "?"))


def continues(text: str, segment: Segment, previous: Quote, interposed: list[Segment]) -> bool:
    """Whether an unattributed segment carries on the quotation just before it: it opens a
    sentence shortly after that quote, in the same or the next paragraph, with no other
    quotation between them but titles and scare-quoted fragments (`interposed`: the segments
    between them; "...," she said on "Face the Nation." "..."; "...," she said after calling
    the plan "a mess." "...")."""
    if previous.speaker is None or segment.open - previous.end > _CONTINUATION_REACH:
        return False
    between = text[previous.end:segment.open]
    if between.count("\n") > 2 or sum(between.count(m) for m in MARKS) > 1 + 2 * len(interposed):
        return False
    if not only_titles(text, [s for s in interposed if not is_fragment(text, s)]):
        return False
    content = segment.words(text)
    return opens_sentence(text, segment) and (len(content.split()) >= 3 or is_short_sentence(content))


def is_short_sentence(content: str) -> bool:
    """Whether quoted words of their own make a sentence however short: capitalised and closed
    by a full stop, question or exclamation mark ("Big time.", "Who else?")."""
    return content[:1].isupper() and content.endswith((".", "!", "?"))


def only_titles(text: str, segments: list[Segment]) -> bool:
    """Whether every segment is a title written on one line, a full stop or comma closing it
    inside the marks allowed ("Face the Nation.")."""
    return all(is_title(s.words(text).rstrip(".,")) and "\n" not in text[s.open:s.close]
               for s in segments)


def resumes_after_attribution(text: str, segment: Segment, previous: Quote) -> bool:
    """Whether a segment takes up the sentence of the quote before it again after a longer
    attribution in the same paragraph ("A," she said on Monday in Leeds, "b."): that quote
    breaks off at a comma, no sentence ends between them, and the segment opens in lower case
    after a comma."""
    between = text[previous.end:segment.open]
    content = segment.words(text)
    return (previous.text.rstrip().endswith(",") and content[:1].islower() and "\n" not in between
            and len(between) <= _RESUME_REACH and between.rstrip().endswith(",")
            and not _LOWER_SENTENCE_END.search(between))


def make_quote(text: str, start: int, end: int, kind: str, cue: Cue, cast: Cast) -> Quote:
    """The quote of text[start:end] with the speaker, cue and addressee of `cue`, the speaker
    and addressee resolved against `cast`."""
    speaker = mention = None
    if cue.speaker is not None:
        speaker = resolve_speaker(cue.speaker, cue.speaker_head, cast)
        mention = Mention(cue.speaker.text, cue.speaker.start_char, cue.speaker.end_char)
    addressee = resolve_speaker(cue.addressee, cue.addressee.root, cast) if cue.addressee else None
    return Quote(text[start:end], start, end, kind, speaker, mention, cue.text, addressee)


def segment_quote(text: str, segment: Segment, source: Cue | Quote, cast: Cast) -> Quote:
    """The direct quote of `segment` attributed by `source`: a cue (one written after the
    quotation with no subject takes the noun phrase after its verb: '"...," said Jane Doe'), or
    the quote it carries on, whose speaker, cue and addressee it takes."""
    start, end = stripped(text, segment.start, segment.end)
    if isinstance(source, Quote):
        return attrs.evolve(source, text=text[start:end], start=start, end=end, kind="direct")
    if source.speaker is None and source.token.idx > segment.close:
        source = with_speaker_written_after(source)
    return make_quote(text, start, end, "direct", source, cast)
