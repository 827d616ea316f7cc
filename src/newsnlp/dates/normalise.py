"""One temporal expression as a TIMEX3 type, value and mod, resolved against a reference date
and the tense of its clause. Pure string functions: no spaCy needed.

    >>> normalise("on Friday", datetime.date(2023, 5, 24), tense="past").value
    '2023-05-19'
"""
from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Callable, NamedTuple

from newsnlp.dates.calendar import (SEASON_MONTHS, holiday, iso_day, safe_date, shifted, timex_value,
                                    weekday_near)
from newsnlp.dates.words import canonical_words, lexicon
from newsnlp.types import TimeExpression

Tense = str  # "past" | "present" | "future" | "completed" (past and wholly before the anchor)
MAX_WORDS = 14
ANCHOR_YEARS = (2, 9998)  # an anchor at the calendar's very ends cannot be moved a year back or forth
BACKWARD = {"last", "past", "previous", "prior", "preceding", "latest", "recent"}
FORWARD = {"next", "coming", "following", "upcoming", "ensuing"}
RELATION_STEPS = {"last": -1, "past": -1, "previous": -1, "prior": -1, "preceding": -1, "latest": -1,
                  "next": 1, "coming": 1}  # units from the anchor
YEAR_STEPS = {"this": 0, "last": -1, "next": 1}  # "this year", "last year", "next year"
PERIOD_MODS = {"early": "START", "mid": "MID", "late": "END"}  # "the early 1990s", "the late nineties"
VAGUE_COUNTS = {"few", "several", "many", "some"}  # "a few weeks": no count
CLOCK_LEAD = r"(?:about |around |at |by |approximately )?"  # "at 10 pm", "about 1430 GMT"
DURATION_LEADS = BACKWARD | FORWARD | {"first", "final", "initial", "remaining", "entire", "full",
                                       "whole", "additional", "extra", "other", "more", "further"}
UNIT_CODES = {"Y": "Y", "M": "M", "W": "W", "D": "D", "NI": "D", "DE": "DE", "CE": "CE",
              "ML": "ML", "Q": "Q", "H": "H", "S": "S", "WE": "WE", "2W": "2W", "TH": "TH",
              "TM": "TM", "TS": "TS"}
GRANULAR = {"Y", "M", "W", "D", "Q", "H", "DE", "CE"}
TIMED_PARTS_OF_DAY = {"EV"}  # a weekday's part of day that stays in its value ("Friday evening")
LATER = re.compile(r"(?i)\s+(?:later|earlier)$")
ONE_YEAR = re.compile(r"(?i)(?:a|one|1) (?:full )?year")
MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-(?:0[1-9]|1[0-2])")
TRIM = re.compile(r"^(?:[\s,.;:\"()\[\]-]|'(?!\d))+|(?:['\u2019]s)?[\s,.;:'\"()\[\]\u2019-]*$")


class Reading(NamedTuple):
    """What an expression means: TIMEX3 type, value and mod."""

    type: str
    value: str
    mod: str | None = None


def normalise(text: str, reference_date: datetime.date | None = None,
              tense: Tense | None = None) -> TimeExpression | None:
    """The TIMEX3 reading of one temporal expression, with offsets into `text` (leading
    prepositions and surrounding punctuation left out), or None when it is not one.

    `reference_date` anchors relative expressions (None, or a date in year 1 or 9999, keeps X
    placeholders); `tense` ("past", "present", "future") picks the direction of "Friday" or
    "June"."""
    if not isinstance(text, str):
        return None
    start, end = expression_extent(text)
    if start >= end:
        return None
    anchor = reference_date if isinstance(reference_date, datetime.date) and (
        ANCHOR_YEARS[0] <= reference_date.year <= ANCHOR_YEARS[1]) else None
    reading = reading_of(text[start:end], anchor, tense)
    if reading is None:
        return None
    return TimeExpression(text=text[start:end], start=start, end=end, type=reading.type,
                          value=reading.value, mod=reading.mod)


def expression_extent(text: str) -> tuple[int, int]:
    """The character span of `text` without surrounding punctuation, leading prepositions and
    a closing "later"/"earlier": "two days later" is the span "two days" (a DURATION, as TimeML
    news annotation has it), but "a year earlier" stays whole (a year-ago date)."""
    leading = set(lexicon()["leading_words"])
    start, end = 0, len(text)
    while True:
        stripped = TRIM.sub("", text[start:end])
        if stripped:
            start = text.index(stripped, start)
            end = start + len(stripped)
        else:
            return start, start
        first, _, rest = text[start:end].partition(" ")
        if first.lower() not in leading or not rest.strip() or _is_mod_prefix(text[start:end]):
            break
        start += len(first) + 1
    later = LATER.search(text, start, end)
    if later and later.start() > start and not ONE_YEAR.fullmatch(text, start, later.start()):
        end = later.start()
    return start, end


def _is_mod_prefix(text: str) -> bool:
    """Whether the text opens with a mod ("over two years", "at least a week"): a leading
    word that is one ("over", "at") stays in the expression."""
    lowered = text.lower()
    return any(lowered.startswith(mod + " ") for mod in lexicon()["mods"])


def reading_of(text: str, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """The TIMEX3 reading of an expression already cut to its extent."""
    words = canonical_words(text)
    if not words or len(words) > MAX_WORDS:
        return None
    mod, core = split_mod(words)
    if not core:
        return None
    if mod and len(core) == 1 and core[0].startswith("POD_"):
        core = ("the", *core)  # "late afternoon" is the afternoon of the day, at its end
    reading = interpret(" ".join(core), anchor, tense)
    if reading is None:
        return None
    return reading._replace(mod=reading.mod or mod)


def split_mod(words: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The TIMEX3 mod written before (or "or so" after) the expression, and the rest ("a
    week or so ago" is "a week ago", APPROX)."""
    mods = _canonical_mods()
    mod = None
    for phrase, code in mods:
        size = len(phrase)
        if words[:size] == phrase and len(words) > size and _mod_applies(phrase, words[size]):
            mod, words = code, words[size:]
            break
    if words[-2:] == ("or", "so"):
        mod, words = mod or "APPROX", words[:-2]
    elif words[-3:-1] == ("or", "so") and words[-1] in ("ago", "earlier", "before", "later", "after"):
        mod, words = mod or "APPROX", words[:-3] + words[-1:]
    return mod, words


def _mod_applies(phrase: tuple[str, ...], following: str) -> bool:
    """"some"/"over"/"under" are mods only before a number ("some 20 years", not "some time");
    "more than"/"less than" before a point in time compare amounts with it ("$5 billion more
    than last year"), no mod of the time."""
    if phrase in (("some",), ("over",), ("under",)):
        return following[:1].isdigit()
    if phrase in (("more", "than"), ("less", "than")):
        return following not in YEAR_STEPS and not following.startswith("MON")
    return True


@lru_cache(maxsize=1)
def _canonical_mods() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The lexicon's mods as canonical words, longest first."""
    pairs = [(canonical_words(phrase), code) for phrase, code in lexicon()["mods"].items()]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


# ----------------------------------------------------------------------------- rules
Rule = Callable[[re.Match, "datetime.date | None", "Tense | None"], "Reading | None"]
RULES: list[tuple[re.Pattern, Rule]] = []


def rule(pattern: str) -> Callable[[Rule], Rule]:
    """Register a rule for canonical expressions that fully match `pattern`."""
    def register(function: Rule) -> Rule:
        RULES.append((re.compile(pattern), function))
        return function
    return register


def interpret(canonical: str, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """The reading given by the first rule whose pattern matches the whole canonical string."""
    fixed = _fixed_readings().get(canonical)
    if fixed is not None:
        return fixed
    for pattern, function in RULES:
        match = pattern.fullmatch(canonical)
        if match:
            reading = function(match, anchor, tense)
            if reading is not None:
                return reading
    return None


@lru_cache(maxsize=1)
def _fixed_readings() -> dict[str, Reading]:
    """Whole-expression readings from the lexicon: references ("now") and sets ("daily")."""
    lex = lexicon()
    fixed = {" ".join(canonical_words(phrase)): Reading("DATE", value)
             for phrase, value in lex["references"].items()}
    fixed.update({" ".join(canonical_words(phrase)): Reading("SET", value)
                  for phrase, value in lex["sets"].items()})
    return fixed


def year_of(token: str) -> int | None:
    """A four-digit year between 1000 and 2999, else None."""
    if len(token) == 4 and token.isdigit() and 1000 <= int(token) <= 2999:
        return int(token)
    return None


def direction_of(tense: Tense | None) -> int:
    """-1 for the past, +1 for the future, 0 when the tense says nothing."""
    return {"past": -1, "completed": -1, "future": 1}.get(tense or "", 0)


TENSE_SLACK_DAYS = 100
FUTURE_SLACK_DAYS = 45


def resolved_year(anchor: datetime.date, month: int, day: int | None, tense: Tense | None) -> int:
    """The year of a month (and day) written without one: the one that puts it nearest the
    anchor, among those the tense allows ("in June" in a past sentence is not a June more than
    about three months ahead; in a future sentence, not one more than three months back; a
    "completed" one is never ahead; with no tense at all, news speaks of the past)."""
    direction = direction_of(tense) if tense else -1
    slack = {"completed": 0, "future": FUTURE_SLACK_DAYS}.get(tense or "", TENSE_SLACK_DAYS)

    def offset(year: int) -> int:
        target = safe_date(year, month, min(day or 15, 28))
        return (target - anchor).days if target else 10**6

    years = [anchor.year + step for step in (0, -1, 1) if 1 <= anchor.year + step <= 9999]
    allowed = [year for year in years if -direction * offset(year) <= slack] or years
    return min(allowed, key=lambda year: abs(offset(year)))


def day_reading(year: int | None, month: int, day: int, anchor: datetime.date | None,
                tense: Tense | None) -> Reading | None:
    """A calendar day, its year resolved when not written."""
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is None:
        if anchor is None:
            return Reading("DATE", f"XXXX-{month:02d}-{day:02d}")
        year = resolved_year(anchor, month, day, tense)
    found = safe_date(year, month, day)
    return Reading("DATE", found.isoformat()) if found else None


@rule(r"(\d{4})-(\d\d)-(\d\d)")
def _iso_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    return day_reading(int(m[1]), int(m[2]), int(m[3]), anchor, tense)


@rule(r"(\d{1,2})/(\d{1,2})/(\d{2,4})")
def _numeric_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"3/22/2013" (month first, as US news writes it), or "22/03/2013" when the first number
    can only be a day."""
    year = int(m[3]) if len(m[3]) == 4 else 1900 + int(m[3]) if int(m[3]) > 30 else 2000 + int(m[3])
    month, day = int(m[1]), int(m[2])
    if month > 12 >= day:
        month, day = day, month
    return day_reading(year, month, day, anchor, tense)


@rule(r"(?:the )?(q|h) ([1-4])(?: (?:of )?(\d{4}))?|(\d{4}) (q|h) ([1-4])")
def _quarter_code(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"Q4", "Q1 2013", "2012 H2": the quarter or half, read like "the fourth quarter"."""
    unit, number, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[6], m[4])
    if unit == "h" and number not in "12":
        return None
    return interpret(f"the ORD{number} U_{unit.upper()}" + (f" of {year}" if year else ""), anchor, tense)


@rule(r"(?:(last|next) )?(?:DOW\d )?MON(\d+) (\d{1,2})(?: (?:of )?(\d{4}))?(?: (?:at )?(?:\d{1,2}(?::\d\d)? ?[ap]m|noon|midnight).*)?")
def _month_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """A month and day; "last Oct. 23" is the one before the anchor, "next May 1" the one after."""
    month, day, year = int(m[2]), int(m[3]), year_of(m[4] or "")
    if m[1] and anchor is not None and year is None:
        step = -1 if m[1] == "last" else 1
        this_year = safe_date(anchor.year, month, min(day, 28))
        year = anchor.year + (step if this_year and step * (this_year - anchor).days <= 0 else 0)
    return day_reading(year, month, day, anchor, tense)


@rule(r"(?:DOW\d )?(?:the )?(\d{1,2}) (?:of )?MON(\d+)(?: (\d{4}))?")
def _day_month(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    return day_reading(year_of(m[3] or ""), int(m[2]), int(m[1]), anchor, tense)


@rule(r"MON(\d+)(?: (\d{1,2}))? of (that|the same|the following|the next|the previous|the prior) U_Y")
def _month_of_that_year(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"October of that year", "May 5 of the following year": a month (and day) of the year the
    narrative names (read against the date last mentioned; the anchor's year otherwise)."""
    month, day = int(m[1]), int(m[2] or 0)
    step = {"the following": 1, "the next": 1, "the previous": -1, "the prior": -1}.get(m[3], 0)
    year = anchor.year + step if anchor else None
    if day:
        return day_reading(year, month, day, anchor, tense)
    return Reading("DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}")


@rule(r"(?:(this|last|next|coming|past|previous) )?MON(\d+)(?: (?:of )?(\d{4}|this U_Y|last U_Y|next U_Y))?")
def _month(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    month = int(m[2])
    if not 1 <= month <= 12:
        return None
    written = m[3] or ""
    year = year_of(written)
    if year is None and anchor is None:
        return Reading("DATE", f"XXXX-{month:02d}")
    if year is None and written[:1].isdigit():
        return None  # a four-digit number that is no year ("May 3000")
    if year is None and written:
        year = anchor.year + YEAR_STEPS[written.split()[0]]
    elif year is None:
        relation = m[1] or ""
        step = RELATION_STEPS.get(relation, 0)
        if step < 0:
            year = last_month_year(anchor, month)
        elif step > 0:
            year = anchor.year + (month <= anchor.month)
        elif relation == "this":
            year = anchor.year
        else:
            year = resolved_year(anchor, month, None, tense)
    return Reading("DATE", f"{year:04d}-{month:02d}")


def last_month_year(anchor: datetime.date, month: int) -> int:
    """The year of "last <month>": the latest such month before the anchor's, except the
    month just gone, which news calls "last month" ("last February" written on March 1 is
    the February a year before)."""
    just_gone = month == (anchor.month - 2) % 12 + 1
    return anchor.year - (month >= anchor.month) - just_gone


@rule(r"(pre|post) (\d{4})")
def _year_bound(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"post-1959", "pre-2008": that year, as the bound of what comes after or before it."""
    year = year_of(m[2])
    return Reading("DATE", f"{year:04d}", "AFTER" if m[1] == "post" else "BEFORE") if year else None


@rule(r"(?:the )?(?:(?:fiscal|calendar|financial|fy|model|U_Y|the U_Y) )?(\d{4})(?: (?:fiscal )?U_Y)?")
def _year(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    year = year_of(m[1])
    return Reading("DATE", f"{year:04d}") if year else None


@rule(r"(?:the )?(ORD1|ORD2|latter|last) U_H of (.+)")
def _half_of_month(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the second half of March": that month, its end (a month has no TIMEX3 halves)."""
    month = interpret(m[2], anchor, tense)
    if month is None or not MONTH_VALUE.fullmatch(month.value):
        return None
    return Reading("DATE", month.value, "START" if m[1] == "ORD1" else "END")


@rule(r"(?:the )?MON(\d+) MON(\d+) (?:fiscal )?U_Q")
def _quarter_by_months(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the January-March quarter": the calendar quarter those months make up, in the year read
    as for "the second quarter" (one not yet begun is last year's, unless the clause points
    ahead); None for a fiscal quarter across calendar ones."""
    first, last = int(m[1]), int(m[2])
    if first % 3 != 1 or last != first + 2:
        return None
    if anchor is None:
        return Reading("DATE", f"XXXX-Q{last // 3}")
    year = anchor.year - (first > anchor.month and direction_of(tense) <= 0)
    return Reading("DATE", f"{year:04d}-Q{last // 3}")


@rule(r"(?:the )?(?:(early|mid|late) )?(\d{3})0s")
def _decade(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the 1990s" (199); "the 1800s", "the early 1900s" name their century (18, 19), but "the
    2000s" is today's usage for the decade (200)."""
    mod = PERIOD_MODS.get(m[1] or "")
    if not 100 <= int(m[2]) <= 299:
        return None
    if m[2].endswith("0") and int(m[2]) < 200:
        return Reading("DATE", m[2][:2], mod)
    return Reading("DATE", m[2], mod)


@rule(r"(\d{1,4}) (?:bce?|b c(?: e)?)")
def _year_bc(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"264 BC", "480 B.C.": a year before the Common Era, BC0264."""
    return Reading("DATE", f"BC{int(m[1]):04d}") if int(m[1]) > 0 else None


@rule(r"(?:the (?:past|last|next|coming|previous|first) |(\d) )U_Q(?:_PL)? (?:of 1 )?U_CE")
def _quarter_century(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"a quarter century", "a quarter of a century", "the past quarter-century": 25 years
    (three quarters: 75), not a quarter of the calendar."""
    return Reading("DURATION", duration_value(25 * int(m[1] or 1), "Y"))


@rule(r"(?:on )?U_WE_PL")
def _weekends(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"on weekends": every weekend, a set."""
    return Reading("SET", "XXXX-WXX-WE")


@rule(r"the (?:(early|mid|late) )?DEC_(\d{3})")
def _decade_word(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the nineties"; never without "the" ("in his nineties" is an age)."""
    mod = PERIOD_MODS.get(m[1] or "")
    return Reading("DATE", m[2], mod)


@rule(r"(the |a )?(ORD)?(\d{1,2}) U_CE")
def _century(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the 20th century", "19th-century"; "a century" or "one century" (a count of one, with
    no "the" nor ordinal word) is a span of time, not the first century."""
    number = int(m[3])
    if number == 1 and m[1] != "the " and not m[2]:
        return None
    return Reading("DATE", f"{number - 1:02d}") if 1 <= number <= 30 else None


@rule(r"(?:the |this )?(?:(this|last|next|coming|past|previous) )?SEA_(\w\w)"
      r"(?: (?:of )?(\d{4}|(this|last|next) U_Y))?")
def _season(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the summer", "last winter", "the spring of 2012", "the spring of last year"."""
    season = m[2]
    year = year_of(m[3] or "")
    if m[4] and anchor is not None:
        year = anchor.year + YEAR_STEPS[m[4]]
    elif year is None and anchor is not None:
        relation = m[1] or ("this" if m[0].startswith("this ") else "")
        step = RELATION_STEPS.get(relation, 0)
        year = season_year(anchor, season, step, direction_of(tense) if relation == "this" else 0)
    return Reading("DATE", f"{year:04d}-{season}" if year else f"XXXX-{season}")


def season_year(anchor: datetime.date, season: str, step: int, leaning: int) -> int:
    """The year of the season meant: the one before (`step` -1) or after (+1) the anchor, else
    the one that contains it, else the one before or after as the clause leans ("this fall"
    in a future clause is the coming one), else the nearest (news speaks of the seasons around
    its date)."""
    def bounds(year: int) -> tuple[datetime.date, datetime.date]:
        start = datetime.date(year, SEASON_MONTHS[season], 1)
        return start, shifted(start, "M", 3)

    years = [year for year in range(anchor.year - 2, anchor.year + 2)  # a winter spans two years
             if 1 <= year <= 9998]  # the calendar's ends
    before = [year for year in years if bounds(year)[1] <= anchor] or years[:1]
    after = [year for year in years if bounds(year)[0] > anchor] or years[-1:]
    containing = [year for year in years if bounds(year)[0] <= anchor < bounds(year)[1]]
    if step < 0:
        return before[-1]
    if step > 0:
        return after[0]
    if containing:
        return containing[0]
    if leaning:
        return before[-1] if leaning < 0 else after[0]
    return min(before[-1:] + after[:1], key=lambda year: min(abs((day - anchor).days) for day in bounds(year)))


@rule(r"(?:the )?(?:(\d{4}) 's |(this|last|next) U_Y 's )?(?:((?:[a-z-]+|U_Y)(?: [a-z-]+)?) )?(?:(\d{4}) )?(?:(ORD\d|last|final) )?"
      r"(?:fiscal |calendar |financial )?(?:U_(Q|H)|(?<=latest )period|(?<=U_Y ago )period|(?<=U_Y earlier )period|(?<=\d{4} )period)(?: of (?:the )?(?:fiscal |calendar )?(?:U_Y )?(\d{4}|this U_Y|last U_Y|next U_Y|U_Y))?"
      r"(?: (?:fiscal )?(\d{4}))?(?: (?:1 U_Y (?:ago|earlier)|U_Y (?:ago|earlier)))?")
def _quarter(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    unit = m[6] or "Q"
    per_year = 4 if unit == "Q" else 2
    ordinal = m[5] or ""
    number = per_year if ordinal in ("last", "final") else int(ordinal[3:]) if ordinal else None
    if number is not None and not 1 <= number <= per_year:
        return None
    relation = (m[3] or "").replace("U_Y ", "year-")
    if relation == "a" and number is None:
        return None  # "a quarter" is a span of time; "a fourth-quarter charge" is a date
    if number is None and relation in ("last", "final", "latter", "first") and (m[7] or m[8] or m[4]):
        number, relation = (1 if relation == "first" else per_year), ""
    year_text = m[1] or m[4] or m[7] or m[8] or ""
    year = year_of(year_text)
    shift_years = YEAR_STEPS.get((m[2] or year_text).split(" ")[0], 0)
    relation_shift = _relation_shift(relation)
    if relation_shift is None:
        return None
    if m[0].endswith(("ago", "earlier")) or (number and relation in ("year-ago", "year-earlier")):
        shift_years -= 1
    if anchor is None or (number is None and year is not None):
        year_value = f"{year:04d}" if year else "XXXX"
        return Reading("DATE", f"{year_value}-{unit}{number}" if number else f"{year_value}-{unit}X")
    if number is None:
        base = shifted(anchor, unit, relation_shift)
        if relation.split()[-1:] in (["year-ago"], ["year-earlier"], ["comparable"], ["year-before"]):
            base = shifted(anchor, unit, -1 - per_year)
        return Reading("DATE", timex_value(shifted(base, "Y", shift_years), unit))
    if year is None:
        current = (anchor.month - 1) // (12 // per_year) + 1
        year = anchor.year + shift_years
        if not (m[2] or year_text) and number > current and direction_of(tense) <= 0:
            year -= 1
    return Reading("DATE", f"{year:04d}-{unit}{number}")


def _relation_shift(relation: str) -> int | None:
    """How many units back or forth a quarter relation word points ("latest" = the last one)."""
    words = relation.split()
    if not words or words[-1] in ("the", "a"):
        return -1
    if words[-1] in BACKWARD or words[-1] == "just-ended":
        return -1
    if words[-1] in ("next", "coming", "following", "upcoming"):
        return 1
    if words[-1] in ("this", "current", "same", "year-ago", "year-earlier", "comparable",
                     "year-before", "full", "that"):
        return 0
    return None


@rule(r"the ORD\d+ U_D")
def _numbered_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the eighth day" (of a strike, a siege) is the day the story is told: a DATE."""
    return Reading("DATE", timex_value(anchor, "D"))


@rule(r"(today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow)"
      r"(?: (?:'s|POD_(\w\w)))?")
def _day_word(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    offsets = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "the day before yesterday": -2, "the day after tomorrow": 2}
    day = shifted(anchor, "D", offsets[m[1]]) if anchor else None
    part = m[2] or ("NI" if m[1] == "tonight" else None)
    value = timex_value(day, "D")
    return Reading("TIME", f"{value}T{part}") if part else Reading("DATE", value)


@rule(r"(?:the |a |one )?(?:(\d+) )?U_(D|W)(?:_PL)? (before|after) (.+?)(?: 's)?")
def _counted_from_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the day after Christmas", "two days before Oct. 12": counted from the day named."""
    named = named_day(m[4], anchor, tense)
    if named is None:
        return None
    days = int(m[1] or 1) * (7 if m[2] == "W" else 1)
    return Reading("DATE", shifted(named, "D", days if m[3] == "after" else -days).isoformat())


@rule(r"the U_W of (.+)")
def _week_of(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the week of March 6": the week that day falls in."""
    day = named_day(m[1], anchor, tense)
    return Reading("DATE", timex_value(day, "W")) if day is not None else None


def named_day(canonical: str, anchor: datetime.date | None, tense: Tense | None) -> datetime.date | None:
    """The calendar day a canonical expression names ("MON3 6", "christmas"), or None when it
    names no single day."""
    reading = interpret(canonical, anchor, tense)
    return iso_day(reading.value, whole=True) if reading is not None else None


@rule(r"(\d{1,2})(?::(\d\d))? (?:o'clock )?(?:in the|at) POD_(MO|AF|EV|NI)")
def _hour_of_part(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"4 in the morning" (04:00), "8 in the evening" (20:00), "10 at night" (22:00)."""
    hour, minute = int(m[1]), int(m[2] or 0)
    afternoon = m[3] in ("AF", "EV") or (m[3] == "NI" and hour >= 6)
    hour = hour + 12 if afternoon and hour < 12 else hour
    if hour > 23 or minute > 59:
        return None
    return Reading("TIME", f"{timex_value(anchor, 'D')}T{hour:02d}:{minute:02d}")


@rule(r"POD_(\w\w) (today|tonight|yesterday|tomorrow|DOW\d)")
def _part_before_day(m: re.Match, anchor: datetime.date | None,
                     tense: Tense | None) -> Reading | None:
    """"afternoon yesterday" (of "mid-afternoon yesterday") reads as "yesterday afternoon"."""
    return interpret(f"{m[2]} POD_{m[1]}", anchor, tense)


@rule(r"(?:the )?U_(Y|M) (?:'s )?end")
def _unit_end(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"year-end", "year's end", "month's end": the end of the anchor's year or month."""
    return Reading("DATE", timex_value(anchor, m[1]), "END")


@rule(r"(this|last|next|yesterday|tomorrow|early|late|the|the next|the following|the previous|that|the same)"
      r" POD_(\w\w)")
def _part_of_day(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"this morning", "last night", "the next morning" (the day after the anchor's), "that
    night" (the anchor's: the day last told of, in a narrative)."""
    if m[1] == "the" and m[2] not in ("MO", "AF", "EV"):
        return None
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1, "next": 1, "the next": 1,
              "the following": 1, "the previous": -1}.get(m[1], 0)
    day = shifted(anchor, "D", offset) if anchor else None
    return Reading("TIME", f"{timex_value(day, 'D')}T{m[2]}")


@rule(r"(?:the |this )?(?:(this|last|next|coming|past|previous|on) )?DOW(\d)"
      r"(?: (?:POD_(\w\w)|(\d{1,2}(?::\d\d)? ?[ap]m|noon|midnight)))?")
def _weekday(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """A weekday, resolved by tense. With a part of day ("Friday night") it is still the day, a
    DATE: TimeML news annotation (AQUAINT) reads it so far more often than as a TIME; but
    "Friday evening" is the evening of that day (TEV: 3 of 3 in TimeBank and AQUAINT)."""
    weekday = int(m[2])
    relation = m[1] or ""
    if anchor is None:
        day_value = f"XXXX-WXX-{weekday}"
    else:
        step = RELATION_STEPS.get(relation, 0)
        if step:  # "last Friday" is never the anchor's own day
            day = weekday_near(anchor + datetime.timedelta(days=step), weekday, step)
        elif relation == "this":
            day = weekday_near(anchor, weekday, direction_of(tense) or 1)
        else:
            day = weekday_near(anchor, weekday, direction_of(tense) or -1)
        day_value = day.isoformat()
    if m[4]:
        clock = clock_value(m[4])
        return Reading("TIME", f"{day_value}T{clock}") if clock else None
    if m[3] in TIMED_PARTS_OF_DAY:
        return Reading("TIME", f"{day_value}T{m[3]}")
    return Reading("DATE", day_value)


@rule(r"(?:every|each) MON(\d+)")
def _yearly_month(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    return Reading("SET", f"XXXX-{int(m[1]):02d}") if 1 <= int(m[1]) <= 12 else None


@rule(r"(?:every|each|on) DOW(\d)(?:_PL)?(?: POD_(\w\w))?|DOW(\d)_PL(?: POD_(\w\w))?"
      r"|DOW(\d)(?:_PL)? U_(NI)_PL")
def _weekly(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"every Monday", "on Mondays", "Tuesday nights" (the nights of every Tuesday)."""
    part = m[2] or m[4] or m[6]
    value = f"XXXX-WXX-{m[1] or m[3] or m[5]}"
    return Reading("SET", f"{value}T{part}" if part else value)


def clock_value(text: str) -> str | None:
    """"10 pm" -> "22:00", "noon" or "midday" -> "12:00"; None when it is no clock time."""
    if text in ("noon", "POD_MI"):
        return "12:00"
    if text == "midnight":
        return "24:00"
    m = re.fullmatch(r"(\d{1,2})(?::(\d\d))? ?([ap]m)?", text)
    if not m:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if m[3] == "pm" and hour < 12:
        hour += 12
    elif m[3] == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (not m[3] and not m[2]):
        return None
    return f"{hour:02d}:{minute:02d}"


@rule(CLOCK_LEAD + r"(\d{1,2}(?::\d\d)?(?: ?[ap]m)?|noon|midnight|POD_MI)"
      r"(?: (?:o'clock|local U_TH|local|([a-z]{2,3}t?)))?"
      r"(?: (today|tonight|yesterday|tomorrow|DOW\d|MON\d+ \d{1,2}(?: \d{4})?))?")
def _clock(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """A clock time ("3:30 pm", "noon EST": a zone of the lexicon) on the anchor's day, or on
    the day written after it ("4 am Thursday")."""
    clock = clock_value(m[1])
    if clock is None or (m[2] and m[2] not in lexicon()["time_zones"]):
        return None
    day_value = timex_value(anchor, "D")
    if m[3]:
        named = interpret(m[3], anchor, tense)
        if named is None:
            return None
        day_value = named.value.split("T")[0]
    return Reading("TIME", f"{day_value}T{clock}")


@rule(CLOCK_LEAD + r"([01]\d|2[0-3])([0-5]\d) ([a-z]{2,3}t?|local time)")
def _clock_with_zone(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """A 24-hour clock time written with its time zone, as wire services give it ("1430 GMT",
    "1900 local time"): on the anchor's day."""
    if m[3] not in lexicon()["time_zones"] and m[3] != "local time":
        return None
    return Reading("TIME", f"{timex_value(anchor, 'D')}T{m[1]}:{m[2]}")


@rule(r"(?:the )?(this|last|next|coming|past|previous|prior|preceding|current|following|same|that|this past|this coming|latest) U_(\w+?)")
def _relative_unit(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"next week", "the previous day", "this past weekend" (= "last weekend"), "the latest
    fiscal year" (the last one completed, as "the latest quarter")."""
    unit = UNIT_CODES.get(m[2])
    relation = m[1].removeprefix("this ")
    if unit == "WE":  # "this weekend" is this week's, or the one just gone in a past clause
        step = min(direction_of(tense), 0) if relation == "this" else RELATION_STEPS.get(relation, 0)
        return weekend(anchor, step)
    if unit == "2W":  # "the past fortnight", "the next fortnight": two weeks either way
        return Reading("DURATION", duration_value(1, unit)) if relation != "this" else None
    if unit not in GRANULAR:
        return None
    has_article = m[0].startswith("the ")
    if has_article and relation in ("past", "last") and unit != "D":
        return Reading("DURATION", duration_value(1, unit))
    step = 1 if relation == "following" else RELATION_STEPS.get(relation, 0)
    day = shifted(anchor, unit, step) if anchor else None
    return Reading("DATE", timex_value(day, unit))


@rule(r"(?:the )?(?:full )?U_(\w+?)(?: 's)?")
def _the_unit(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    unit = UNIT_CODES.get(m[1])
    if unit == "WE":
        return weekend(anchor, direction_of(tense))
    if unit not in GRANULAR or not m[0].startswith("the"):
        return None
    return Reading("DATE", timex_value(anchor, unit))


def weekend(anchor: datetime.date | None, step: int) -> Reading:
    """The weekend of the Saturday nearest the anchor in direction `step` (see `weekday_near`)."""
    day = weekday_near(anchor, 6, step) if anchor else None
    return Reading("DATE", f"{timex_value(day, 'W')}-WE")


@rule(r"(?:the )?(?:coming|upcoming) U_\w+?_PL")
def _coming_units(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"the coming months": an unbounded stretch ahead, FUTURE_REF."""
    return Reading("DATE", "FUTURE_REF")


@rule(r"(?:the )?(?:(\d+(?:\.\d+)?|few|several|many|some|a) )?U_(\w+?)(_PL)? "
      r"(ago|earlier|before|later|after|hence|from now|since|back|before that|later on|"
      r"before yesterday|after tomorrow)")
def _ago(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"two years ago" (that year), "a week later"; an uncounted "few months ago" or "months
    ago" is only some time back (PAST_REF), not one month."""
    unit = UNIT_CODES.get(m[2])
    backward = m[4] in ("ago", "earlier", "before", "since", "back", "before that", "before yesterday")
    if unit in ("TH", "TM", "TS"):
        return None
    if not m[1] or not m[1][0].isdigit():
        if (m[1] and m[1] != "a") or (m[3] and not m[1]):
            return Reading("DATE", "PAST_REF" if backward else "FUTURE_REF")
        count = 1
    else:
        count = float(m[1])
    if unit == "2W":  # "a fortnight ago": two weeks
        unit, count = "W", 2 * count
    if unit not in GRANULAR or count != int(count):
        return None
    day = shifted(anchor, unit, -int(count) if backward else int(count)) if anchor else None
    return Reading("DATE", timex_value(day, unit))


@rule(r"(?:the )?(?:([a-z][\w-]*|ORD\d+) )?(?:([a-z][\w-]*|ORD\d+) )?(?:(\d+(?:\.\d+)?|[a-z]+) )?"
      r"(?:and (?:a |1 )?U_(H|Q) )?(?:(?:more|additional|further|other|straight|consecutive) )?U_(\w+?)(_PL)?(?: and (?:a |1 )?U_(H))?")
def _duration(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    leads = [word for word in (m[1], m[2]) if word]
    if not all(_is_duration_lead(word) for word in leads):
        return None
    unit = UNIT_CODES.get(m[5])
    if unit is None:
        return None
    count_text = m[3] or ""
    fraction = {"H": 0.5, "Q": 0.25}.get(m[4] or m[7] or "", 0)
    if count_text[:1].isdigit():
        return Reading("DURATION", duration_value(float(count_text) + fraction, unit))
    if count_text and not _is_duration_lead(count_text):
        return None
    if count_text:
        leads.append(count_text)
    if m[6] or VAGUE_COUNTS & set(leads):  # "several-year" is no one year
        return Reading("DURATION", duration_value(None, unit))
    return _single_unit_duration(unit, leads)


def _is_duration_lead(word: str) -> bool:
    """Whether a word may come before the unit of a span of time ("the past", "first", "few")."""
    return (word in DURATION_LEADS or word in VAGUE_COUNTS or word in ("the", "a", "those", "these")
            or word.startswith("ORD"))


def _single_unit_duration(unit: str, leads: list[str]) -> Reading | None:
    """"the past week" -> P1W; "the entire year" -> P1Y."""
    if not leads or unit not in GRANULAR | {"TH", "TM", "TS", "WE"}:
        return None
    return Reading("DURATION", duration_value(1, unit))


SMALLER_UNIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "TH"), "TH": (60, "TM"),
                "TM": (60, "TS")}


def duration_value(count: float | None, unit: str) -> str:
    """The TIMEX3 duration: (18, "M") -> P18M, (2, "TH") -> PT2H, (2.5, "Y") -> P2Y6M,
    (None, "Y") -> PXY; a half, quarter or season in months (TIMEX3 has no unit for a season:
    "two seasons" -> P6M)."""
    per_unit = {"H": (6, "M"), "Q": (3, "M"), "S": (3, "M"), "WE": (2, "D"), "2W": (2, "W"),
                "DE": (10, "Y"), "CE": (100, "Y"), "ML": (1000, "Y")}
    if unit in per_unit:
        factor, unit = per_unit[unit]
        count = count * factor if count is not None else None
    if count is None:
        return f"PTX{unit[1]}" if unit.startswith("T") else f"PX{unit}"
    whole = int(count)
    parts = [(whole, unit)] if whole or count == whole else []  # "zero days" -> P0D
    if count != whole and unit in SMALLER_UNIT:
        factor, smaller = SMALLER_UNIT[unit]
        parts.append((round((count - whole) * factor), smaller))
    elif count != whole:
        parts = [(f"{count:g}", unit)]
    dates = "".join(f"{number}{code}" for number, code in parts if not code.startswith("T"))
    times = "".join(f"{number}{code[1]}" for number, code in parts if code.startswith("T"))
    return "P" + dates + (f"T{times}" if times else "")


@rule(r"(?:(\d+(?:\.\d+)?) )?U_(\w+?)(_PL)? long")
def _unit_long(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"day-long", "decades-long", "two-week-long": a span of time lasting that long."""
    unit = UNIT_CODES.get(m[2])
    if unit is None:
        return None
    count = float(m[1]) if m[1] else None if m[3] else 1
    return Reading("DURATION", duration_value(count, unit))


@rule(r"(?:every|each|per|a|1) (?:other )?(?:(\d+) )?U_(\w+?)(?:_PL)?")
def _every(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    unit = UNIT_CODES.get(m[2])
    if unit is None:
        return None
    count = int(m[1] or (2 if "other" in m[0] else 1))
    if m[0].startswith(("a ", "1 ")) and not m[1]:
        return None
    return Reading("SET", duration_value(count, unit))


@rule(r"(?:\d+ times|once|twice) (?:a|an|per|every|each|1) U_(\w+)")
def _frequency(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"twice a year", "3 times a week"; a bare count before "a year" is what is counted ("up
    from seven a year ago"), not part of the set."""
    unit = UNIT_CODES.get(m[1])
    return Reading("SET", duration_value(1, unit)) if unit else None


@rule(r"(.+) or (?:\d+|more|U_\w+_PL)")
def _alternative(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"a year or two", "weeks or months", "a year or more": one expression, read by its first
    alternative, as TimeML news annotation marks it."""
    return interpret(m[1], anchor, tense)


@rule(r"(.+) U_W")
def _holiday_week(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    """"Easter week", "Thanksgiving week": the week of the holiday nearest the anchor (the
    week is under way or near, whatever the tense)."""
    name = _holidays().get(m[1])
    if name is None or anchor is None:
        return None
    day = _nearest_holiday(name, anchor, 0)
    return Reading("DATE", timex_value(day, "W")) if day else None


@rule(r"(?:(this|last|next) )?(.+?)(?: (\d{4}))?")
def _holiday(m: re.Match, anchor: datetime.date | None, tense: Tense | None) -> Reading | None:
    name = _holidays().get(m[2])
    if name is None:
        return None
    year = year_of(m[3] or "")
    if year is None and anchor is None:
        return Reading("DATE", f"XXXX-{name}" if name[0].isdigit() else "XXXX-XX-XX")
    if year is None:
        step = {"last": -1, "next": 1}.get(m[1] or "", direction_of(tense))
        day = _nearest_holiday(name, anchor, step)
    else:
        day = holiday(name, year)
    return Reading("DATE", day.isoformat()) if day else None


def _nearest_holiday(name: str, anchor: datetime.date, step: int) -> datetime.date | None:
    """The holiday's day nearest the anchor: not after it (`step` -1), not before it (+1), or
    either way (0: "found on Thanksgiving Day" in January is the one just gone)."""
    days = [day for day in (holiday(name, anchor.year + shift) for shift in (-1, 0, 1)) if day]
    if not days:
        return None
    allowed = [day for day in days if step * (day - anchor).days >= 0] or days
    return min(allowed, key=lambda day: abs((day - anchor).days))


@lru_cache(maxsize=1)
def _holidays() -> dict[str, str]:
    """The lexicon's holidays keyed by canonical words, each a "MM-DD" or a named rule."""
    return {" ".join(canonical_words(phrase)): rule_text
            for phrase, rule_text in lexicon()["holidays"].items()}
