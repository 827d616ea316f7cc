"""Quoted segments found from the double quotation marks of a text (straight or curly), and
which of them an offset or a span of the text falls in.

Works on characters only, paragraph by paragraph, so an unbalanced or stray mark can cost at
most its own paragraph, never the rest of the article.
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

import attrs

OPENING = "\u201c\u201e\u201f\u00ab"
CLOSING = "\u201d\u00bb"
STRAIGHT = '"'
MARKS = OPENING + CLOSING + STRAIGHT
DOUBLE_APOSTROPHE = "''"
DOUBLE_APOSTROPHE_REST = "\u2060"  # a joiner standing for the mark's second apostrophe
_PARAGRAPH = re.compile(r"[^\n]+")
MARK = re.compile(f"[{MARKS}]")  # any quotation mark
_OPENS_AFTER = " \t([{/\u2014\u2013-" + OPENING


@attrs.frozen
class Segment:
    """The content text[start:end] between an opening mark at `open` and its closing mark at
    `close` (character offsets of the marks; a mark may be two characters, as in ''this'').
    `continued`: the quote runs on into the next paragraph, which opens with a mark again
    (multi-paragraph quotation); `close` is then the paragraph end."""

    open: int
    close: int
    start: int
    end: int
    continued: bool = False

    def words(self, text: str) -> str:
        """The quoted words: text[start:end] without the white space at its edges."""
        return text[self.start:self.end].strip()


def mark_direction(text: str, index: int) -> int:
    """+1 for an opening mark, -1 for a closing one, 0 when a straight mark could be either.
    A curly mark of the wrong shape is read from where it stands (a common typo): an opening
    one written after a word or a stop and before a space closes (We won,\u201c she said), a
    closing one that opens a paragraph opens."""
    char = text[index]
    before = text[index - 1] if index else " "
    width = 2 if text.startswith(DOUBLE_APOSTROPHE_REST, index + 1) else 1
    after = text[index + width] if index + width < len(text) else " "
    if char in OPENING:
        return -1 if (before.isalnum() or before in ".,;!?") and after.isspace() else 1
    if char in CLOSING:
        return 1 if before == "\n" or before in _OPENS_AFTER and after.isalnum() else -1
    if before in _OPENS_AFTER and not after.isspace():
        return 1
    if after.isspace() or after in ".,;:!?)]}\u2014\u2013-" or not before.isalnum() and not after.isalnum():
        return -1
    return 0


def paragraph_segments(text: str, start: int, end: int) -> tuple[list[Segment], int | None]:
    """The closed segments of the paragraph text[start:end], and the offset of a mark left open
    at its end (or None)."""
    segments: list[Segment] = []
    opened: int | None = None
    for mark in MARK.finditer(text, start, end):
        index = mark.start()
        direction = mark_direction(text, index)
        if opened is None:
            if direction >= 0:
                opened = index
        elif direction <= 0 or text[index] == text[opened] == STRAIGHT:
            if index > opened + 1:
                segments.append(segment_between(text, opened, index))
            opened = None
        else:
            opened = index  # an opening mark inside an open quote: the first one was stray
    return segments, opened


def segment_between(text: str, opened: int, close: int) -> Segment:
    """The segment between two marks of the marked text, the second character of an opening
    doubled apostrophe left out of the content."""
    start = opened + 2 if text[opened + 1] == DOUBLE_APOSTROPHE_REST else opened + 1
    return Segment(opened, close, start, max(start, close))


def marked_text(text: str) -> str:
    """`text` with every doubled apostrophe (''quoted'', as some wires write quotation marks)
    turned into a straight double mark on its first character, so offsets stay the same."""
    return text.replace(DOUBLE_APOSTROPHE, '"' + DOUBLE_APOSTROPHE_REST)


def quote_segments(text: str) -> list[Segment]:
    """Every quoted segment of `text` in order. A paragraph that ends inside a quotation
    continues into the next paragraph when that one opens with a quotation mark, and closes at
    the paragraph end when it opens whole sentences (`unclosed_sentences`); any other unclosed
    mark is ignored."""
    if not any(mark in text for mark in MARKS) and DOUBLE_APOSTROPHE not in text:
        return []
    text = marked_text(text)
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    segments: list[Segment] = []
    for k, (start, end) in enumerate(paragraphs):
        found, opened = paragraph_segments(text, start, end)
        segments.extend(found)
        if opened is None:
            continue
        close = len(text[start:end].rstrip()) + start
        following = text[paragraphs[k + 1][0]:paragraphs[k + 1][1]].lstrip() if k + 1 < len(paragraphs) else ""
        next_opens = following.startswith(tuple(MARKS))
        if next_opens and close > opened + 1:
            segment = segment_between(text, opened, close)
            segments.append(attrs.evolve(segment, end=close, continued=True))
        elif unclosed_sentences(text, start, opened, close):
            segments.append(segment_between(text, opened, close))
    return segments


def unclosed_sentences(text: str, start: int, opened: int, close: int) -> bool:
    """Whether a mark left open in the paragraph text[start:close] opens whole sentences that
    run to its end, the closing mark forgotten: it opens the paragraph or a sentence, its words
    start in capitals and the paragraph ends with a full stop, question or exclamation mark."""
    before = text[start:opened].rstrip()
    content = text[opened + 1:close].lstrip("\u2060")
    return ((not before or before.endswith((".", "!", "?")))
            and content[:1].isupper() and text[close - 1] in ".!?")


def inside_segment(segments: list[Segment], starts: list[int], offset: int) -> bool:
    """Whether the character `offset` lies inside one of the quoted `segments` (`starts`: their
    opening marks' offsets), between its marks."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and segments[k].open < offset < segments[k].close


def overlapping(segments: list[Segment], start: int, end: int) -> Iterator[int]:
    """Indexes of the segments (in text order, never overlapping) whose content overlaps
    text[start:end]."""
    k = bisect.bisect_right(segments, start, key=lambda s: s.end)
    while k < len(segments) and segments[k].start < end:
        yield k
        k += 1


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of text[start:end] without the white space at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
