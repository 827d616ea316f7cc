"""The article's reference date (publication date) found in its own text: a dateline
("BRASILIA, March 6, 2024 (Newswire) -"), a "Published ..." line, or the first full date of
the opening paragraphs (a photo caption's "on May 24, 2023")."""
from __future__ import annotations

import datetime
import re
from functools import lru_cache

from newsnlp.dates.calendar import safe_date
from newsnlp.dates.words import lexicon, month_alternation

OPENING_CHARS = 2000
PUBLISHED = re.compile(r"\b(?:Published|Updated|Posted|Dated|First published)\b(?: on)?:?\s*(?:\w+day,?\s+)?",
                       re.IGNORECASE)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")


def month_group() -> str:
    """A capitalised month name or abbreviation of the lexicon as the group `month` (its dot left out)."""
    return rf"(?P<month>{month_alternation(capitalised=True)})\.?"


@lru_cache(maxsize=1)
def dateline_pattern() -> re.Pattern:
    """A dateline's place and month and day ("BRASILIA, March 6")."""
    return re.compile(rf"^[ \t]*[A-Z][A-Z .'\-]+,(?:[ \t]+[A-Z][\w .]+,)?[ \t]+{month_group()}[ \t]+(?P<day>\d{{1,2}})\b",
                      re.MULTILINE)


@lru_cache(maxsize=1)
def full_dates() -> tuple[re.Pattern, ...]:
    """A full date written "March 6, 2024", "6 March 2024" or "2024-03-06"."""
    month = month_group()
    return (re.compile(rf"{month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
            re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{month}\s+(?P<year>(?:19|20)\d\d)\b"),
            ISO_DATE)


def find_reference_date_in_text(text: str) -> datetime.date | None:
    """The publication date the text states: a "Published ..." line, a dateline's date, or the
    first full date in the opening paragraphs; None when there is none (never today's date)."""
    if not isinstance(text, str):
        return None
    opening = text[:OPENING_CHARS]
    for published in PUBLISHED.finditer(opening):
        found = full_date_at(opening, published.end())
        if found:
            return found
    dateline = dateline_pattern().search(opening)
    full = first_full_date(opening)
    if dateline:
        found = full_date_at(opening, dateline.start("month"))
        if found:
            return found
        if full:
            return safe_date(full.year, month_number(dateline["month"]), int(dateline["day"])) or full
    return full


def full_date_at(text: str, position: int) -> datetime.date | None:
    """The full date written at `position` of `text`, if any."""
    for pattern in full_dates():
        match = pattern.match(text, position)
        if match:
            return date_of(match)
    return None


def first_full_date(text: str) -> datetime.date | None:
    """The earliest full date (month, day and year) written in `text`."""
    found = [(match.start(), date_of(match)) for pattern in full_dates() for match in pattern.finditer(text)]
    found = [(start, day) for start, day in found if day]
    return min(found, key=lambda pair: pair[0])[1] if found else None


def date_of(match: re.Match) -> datetime.date | None:
    month = match["month"]
    number = int(month) if month.isdigit() else month_number(month)
    return safe_date(int(match["year"]), number, int(match["day"]))


def month_number(name: str) -> int:
    return lexicon()["months"][name.lower().rstrip(".")]
