"""Attributions read from the words written next to a quoted segment, for the quotations no
cue's reported clause covers: a cue written right after or before it ("...," she said / She
said: "..."), a verb with a subject next to it that no lexicon lists ("...," Beck joked), a
short attribution the parse missed, a name signing it after a dash, an inverted attribution
(Said Jane Doe: "..."); and the lines of a transcript or headline led by the speaker's name
and a colon ("PENCE: ...").
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

import attrs
from spacy.tokens import Doc, Span, Token

from newsnlp.casing import title_case
from newsnlp.lexicons import load_lexicon, reporting_lemmas
from newsnlp.quotes.cues import Cue, reports, verb_cue
from newsnlp.quotes.marks import MARKS, Segment, stripped
from newsnlp.quotes.speakers import Cast, resolve_speaker
from newsnlp.types import Mention, Quote

_GAP_AFTER = re.compile(r"[ \t\u00a0,;:'\u2014\u2013-]*")
_GAP_BEFORE = re.compile(r"[ \t\u00a0,;:\u2014\u2013-]*"  # punctuation only
                         r"|[^\n\"\u201c\u201d]{0,60}:\s*"  # up to a colon
                         r"|[^\n\"\u201c\u201d.!?,;:]{0,60},\s*")  # one phrase up to a comma
_NAME_WORD = r"[A-Z][\w.'\u2019-]*"
_DASH_SPEAKER = re.compile(
    rf"\s*[\u2015\u2014\u2013-]+\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s*(?:\n|$)")
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*[\"\u201c]?({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}):[ \t]+(\S[^\n]*?)[ \t]*$", re.M)
_CUE_REACH = 150  # most characters between a quotation and the cue written beside it
_VERB_AFTER_REACH = 40  # characters after a quotation read for a verb with a subject next to it
_VERB_AFTER_WORDS = 4  # of which the first words only
_VERB_BEFORE_REACH = 60  # characters before a quotation read for a verb with a subject next to it
_TURN_REACH = 1000  # most characters from the end of a speaker line to the next speaker's name it runs on to
_SPEAKER_PHRASE = 8  # most words of a speaker read off the words after a quotation
_ATTRIBUTION_REACH = 80  # characters after a quotation read for a short attribution
_APPOSITION_WORDS = 30  # most words after the comma closing a speaker (an apposition) to the verb
_APPOSITION_REACH = 250  # characters after a quotation read for a speaker with an apposition
_SENTENCE_BREAKS = frozenset({".", "!", "?", ";", ":"})
_INVERTED_ATTRIBUTION = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=\n))[ \t]*([A-Z][a-z]+)[ \t]+({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}):\s*$")
_INVERTED_REACH = 80  # characters before a quotation read for an inverted attribution
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ"})
_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT"})


def attribution_next_to(doc: Doc, text: str, segment: Segment, cues: list[Cue], cast: Cast) -> Cue | Quote | None:
    """The attribution written next to a quoted segment, the first found of: a cue of `cues`
    (in text order) written right after or before it (`adjacent_cue`), a name signing it after a
    dash (a Quote whose speaker it takes: `dash_speaker`), any verb with a subject next to it
    (`verbs_next_to`), for a quotation that `breaks_off` the attribution after it read from the
    words (`attribution_written_after`, `speaker_with_apposition_after`), an inverted
    attribution before it (`inverted_attribution`); else None."""
    return (adjacent_cue(text, segment, cues) or dash_speaker(doc, text, segment, cast)
            or adjacent_cue(text, segment, verbs_next_to(doc, text, segment))
            or (breaks_off(text, segment)
                and (attribution_written_after(doc, text, segment)
                     or speaker_with_apposition_after(doc, text, segment)))
            or inverted_attribution(doc, text, segment))


def adjacent_cue(text: str, segment: Segment, cues: list[Cue]) -> Cue | None:
    """The cue written right after the segment ("...," she said) or right before it, up to a
    colon or comma (She said: "..."), the words before a comma being no more than one phrase
    of the same clause (She shot back at the critics, "..."; not over another clause's comma);
    `cues` in text order."""
    near = cues[bisect.bisect_left(cues, segment.open - _CUE_REACH, key=lambda c: c.token.idx):
                bisect.bisect_right(cues, segment.close + _CUE_REACH, key=lambda c: c.token.idx)]
    after = [c for c in near if written_right_after(text, segment, c)]
    if after:
        return after[0]
    before = [c for c in near if c.clause[1] <= segment.open and c.speaker is not None
              and _GAP_BEFORE.fullmatch(text, c.clause[1], segment.open)]
    return before[-1] if before else None


def written_right_after(text: str, segment: Segment, cue: Cue) -> bool:
    """Whether `cue` (its speaker, verb and addressee) follows the segment's closing mark with
    nothing but spaces, punctuation or a dash between them ('"...," she said')."""
    return segment.close < cue.clause[0] and bool(_GAP_AFTER.fullmatch(text, segment.close + 1, cue.clause[0]))


def verbs_next_to(doc: Doc, text: str, segment: Segment) -> list[Cue]:
    """Cues made of any verb with a subject written next to a sentence-like quotation that no
    reporting verb claims ("...," Beck joked. / She shot back: "...")."""
    if not sentence_like(segment.words(text)):
        return []
    found = []
    after = span_after(doc, text, segment, _VERB_AFTER_REACH, "expand")
    if after is not None:
        for token in after[:_VERB_AFTER_WORDS]:
            verb = token.head if token.dep_ == "nsubj" else token
            if verb.pos_ == "VERB" and not segment.open <= verb.idx <= segment.close:
                found.append(verb)
                break
    reach = max(0, segment.open - _VERB_BEFORE_REACH)
    before = doc.char_span(reach, reach + len(text[reach:segment.open].rstrip()), alignment_mode="contract")
    if before is not None and len(before) and before[-1].text in (",", ":"):
        verb = next((t for t in reversed(before) if t.pos_ == "VERB" and t.dep_ != "amod"), None)
        if verb is not None:
            found.append(verb)
    return [c for c in map(verb_cue, found) if c is not None and c.speaker is not None]


def sentence_like(content: str) -> bool:
    """Whether quoted words read like a sentence: three words or more, the first capitalised."""
    return len(content.split()) >= 3 and content[:1].isupper()


def breaks_off(text: str, segment: Segment) -> bool:
    """Whether a quotation is a sentence (`sentence_like`) that breaks off at a comma, question
    or exclamation mark for its attribution ('"We will win," ...')."""
    content = segment.words(text)
    return content.endswith((",", "?", "!")) and sentence_like(content)


def span_after(doc: Doc, text: str, segment: Segment, reach: int, alignment_mode: str) -> Span | None:
    """The tokens of the `reach` characters after a segment's closing mark (`alignment_mode` as
    for Doc.char_span), or None when they do not align."""
    return doc.char_span(segment.close + 1, min(len(text), segment.close + reach), alignment_mode=alignment_mode)


def words_after(doc: Doc, text: str, segment: Segment, reach: int, alignment_mode: str) -> list[Token]:
    """The tokens of `span_after`, less the punctuation right at the closing mark ('," she
    said' -> she, said)."""
    return [t for t in span_after(doc, text, segment, reach, alignment_mode) or ()
            if not (t.is_punct and t.idx <= segment.close + 1)]


def attribution_written_after(doc: Doc, text: str, segment: Segment) -> Cue | None:
    """The cue of a short attribution written right after a quotation that breaks off at a
    comma, question or exclamation mark, read from the words when the parse missed it (it takes
    the verb of '"...," the email read' or 'the board states' for a noun, or the speaker of
    'screenwriter Jane Doe wrote' for a verb): a reporting verb (by lemma, whatever its tag)
    after a noun phrase of at most _SPEAKER_PHRASE words that ends in a noun (or an adjective
    the parse took for one: "the editorial read") and has no pronoun; the noun phrase is the
    speaker. The caller checks that the quotation `breaks_off`."""
    words = words_after(doc, text, segment, _ATTRIBUTION_REACH, "expand")
    lemmas = reporting_lemmas()
    for n, token in enumerate(words[:_SPEAKER_PHRASE + 1]):
        if token.lemma_.lower() in lemmas:
            speaker = doc[words[0].i:token.i]
            if (n and speaker[-1].pos_ in _NOMINAL_POS
                    and all(t.pos_ in _PHRASE_POS or t.tag_ == "VB" for t in speaker)):
                return Cue.of(token, speaker, speaker[-1])
            return None
        if token.is_punct and token.tag_ != "HYPH" or token.is_space:
            return None
    return None


def speaker_with_apposition_after(doc: Doc, text: str, segment: Segment) -> Cue | None:
    """The cue of an attribution after a quotation that breaks off at a comma, question or
    exclamation mark whose speaker carries a long apposition the parse loses the verb over
    ('"...," Jane Doe, the pollster who founded the firm, tweeted on Monday'): a noun phrase of
    at most _SPEAKER_PHRASE words up to a comma, then within _APPOSITION_WORDS words of the
    same sentence a reporting verb; the noun phrase is the speaker. The caller checks that the
    quotation `breaks_off`."""
    words = words_after(doc, text, segment, _APPOSITION_REACH, "contract")
    comma = next((n for n, t in enumerate(words[:_SPEAKER_PHRASE + 1]) if t.text == ","), None)
    if not comma or words[0].pos_ not in ("PROPN", "DET"):
        return None
    speaker = doc[words[0].i:words[comma].i]
    if speaker[-1].pos_ not in _NOMINAL_POS or not all(t.pos_ in _PHRASE_POS for t in speaker):
        return None
    for token in words[comma + 1:comma + 1 + _APPOSITION_WORDS]:
        if token.text in _SENTENCE_BREAKS or token.is_quote or token.is_space:
            return None
        if token.pos_ == "VERB" and reports(token):
            return Cue.of(token, speaker, speaker[-1])
    return None


def inverted_attribution(doc: Doc, text: str, segment: Segment) -> Cue | None:
    """The cue of an attribution that opens its sentence with the reporting verb and names the
    speaker after it, up to a colon before the quotation (Said Jane Doe: "..."; Continued
    Doe: "..."; the quotation may open the next paragraph)."""
    match = _INVERTED_ATTRIBUTION.search(text, max(0, segment.open - _INVERTED_REACH), segment.open)
    if match is None:
        return None
    verb = doc.char_span(*match.span(1))
    speaker = doc.char_span(*match.span(2))
    if verb is None or speaker is None or not reports(verb[0]):
        return None
    return Cue.of(verb[0], speaker, speaker.root)


def dash_speaker(doc: Doc, text: str, segment: Segment, cast: Cast) -> Quote | None:
    """A quotation signed with a dash at the end of its paragraph ("..." - Jane Doe)."""
    match = _DASH_SPEAKER.match(text, segment.close + 1)
    if not match:
        return None
    span = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if span is None:
        return None
    name = resolve_speaker(span, span.root, cast)
    return Quote(span.text, span.start_char, span.end_char, "direct", name,
                 Mention(span.text, span.start_char, span.end_char))


def speaker_lines(doc: Doc, text: str, cast: Cast) -> list[Quote]:
    """Lines of a transcript or a headline led by the speaker's name and a colon ("PENCE: Well,
    look, ...", "Lagarde: Rates will stay high"): the name must be a person or organisation
    entity or written in capitals, and what follows at least four words."""
    found = []
    matches = list(_SPEAKER_LINE.finditer(text))
    for match in matches:
        name = doc.char_span(match.start(1), match.end(1))
        start, end = match.span(2)
        if name is None or len(text[start:end].split()) < 4 or not names_speaker(name, cast):
            continue
        mention = Mention(name.text, name.start_char, name.end_char)
        found.append(Quote(text[start:end], start, end, "indirect",
                           resolve_speaker(name, name.root, cast), mention, ":"))
    labels = [match.start(1) for match in matches]
    return [turn(text, line, labels) for line in found]


def turn(text: str, line: Quote, labels: list[int]) -> Quote:
    """A speaker line running on over the paragraphs after it up to the next line led by a name
    and a colon (`labels`: their offsets) in a transcript, when that one comes within
    _TURN_REACH characters and the line is no headline (the first line of the text); "mixed"
    when it quotes. A line written in title case is a headline too."""
    end = line.end
    k = bisect.bisect_right(labels, line.end)
    if (k < len(labels) and labels[k] - line.end <= _TURN_REACH
            and text[:line.speaker_mention.start].strip() and not title_case(line.text)):
        end = max(end, stripped(text, line.start, text.rfind("\n", line.end, labels[k]))[1])
    quoted = any(mark in text[line.start:end] for mark in MARKS)
    return attrs.evolve(line, text=text[line.start:end], end=end, kind="mixed" if quoted else "indirect")


def names_speaker(name: Span, cast: Cast) -> bool:
    """Whether a span before a colon names someone: a person of the article, a person or
    organisation entity, or a name in capitals ("WALLACE") that is no editorial label
    ("UPDATE", "EXCLUSIVE")."""
    if cast.at(name.root.idx) is not None:
        return True
    if any(t.ent_type_ in ("PERSON", "ORG") for t in name):
        return all(t.pos_ == "PROPN" for t in name)
    return name.text.isupper() and len(name.text) >= 3 and name.text.lower() not in editorial_labels()


@lru_cache(maxsize=1)
def editorial_labels() -> frozenset[str]:
    """Words that label a line before a colon ("UPDATE:"), lower-cased (data/editorial_labels.txt)."""
    return frozenset(label.lower() for label in load_lexicon("editorial_labels.txt"))
