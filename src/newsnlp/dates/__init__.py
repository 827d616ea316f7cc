"""Temporal expressions as TIMEX3 values, and the article's reference date.

`find_dates(doc, reference_date)` and `find_reference_date(doc)` work on any parsed Doc;
`normalise(text, reference_date, tense)` reads one expression without spaCy.
"""
from __future__ import annotations

import datetime
from bisect import bisect_left
from operator import attrgetter

from spacy.tokens import Doc

from newsnlp.dates.find import find_dates
from newsnlp.dates.normalise import normalise
from newsnlp.dates.reference import OPENING_CHARS, find_reference_date_in_text


def find_reference_date(doc: Doc) -> datetime.date | None:
    """The publication date stated in the Doc's text (dateline, "Published ..." line, first full
    date of the opening paragraphs), or None; never the machine's clock. Reads the text of the
    tokens that start in the opening, not `doc.text`, which spaCy rebuilds for `find_dates`."""
    opening = doc[:bisect_left(doc, OPENING_CHARS, key=attrgetter("idx"))]
    return find_reference_date_in_text(opening.text_with_ws)


__all__ = ["find_dates", "find_reference_date", "find_reference_date_in_text", "normalise"]
