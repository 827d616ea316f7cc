"""Dates: expressions spaCy's NER leaves out, lists it tags as one, and ranges of days."""
from __future__ import annotations

import datetime

import pytest

from newsnlp.dates import find_dates, normalise

REF = datetime.date(2024, 3, 6)  # a Wednesday


def found_in(nlp, text: str) -> list[tuple[str, str, str]]:
    found = find_dates(nlp(text), REF)
    assert all(text[expression.start:expression.end] == expression.text for expression in found)
    return [(expression.text, expression.type, expression.value) for expression in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 2022 World Cup was held in Qatar.", [("2022", "DATE", "2022")]),
        ("The 2011 Arab Spring toppled rulers.", [("2011", "DATE", "2011")]),
        ("Room 1204 was booked.", []),
        ("The 1500 troops arrived.", []),
    ],
    ids=["year-in-event-name", "year-untagged", "room-number", "count"],
)
def test_year_spacy_leaves_out(nlp, text, expected):
    """A year inside a name or left untagged is found; numbers that are no year are not."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("His car crossed the border in 1994, 1995 and 1997.",
         [("1994", "DATE", "1994"), ("1995", "DATE", "1995"), ("1997", "DATE", "1997")]),
    ],
    ids=["list-of-years"],
)
def test_list_tagged_as_one(nlp, text, expected):
    """A list spaCy tags as one entity gives one expression per item."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The summit was held on 22-25 April 2019 in Rome.",
         [("22", "DATE", "2019-04-22"), ("25 April 2019", "DATE", "2019-04-25")]),
        ("The offensive ran from 18 August - 15 September 1951.",
         [("18 August", "DATE", "1951-08-18"), ("15 September 1951", "DATE", "1951-09-15")]),
    ],
    ids=["days-before-month", "spaced-hyphen"],
)
def test_ranges_of_days(nlp, text, expected):
    """A range of days written day first gives both ends their month and year."""
    assert found_in(nlp, text) == expected


HISTORY = ("Planned since 1936, the war began in 1939, turned in 1942, dragged on through 1943 and "
           "reached the city in 1944. ")


@pytest.mark.parametrize(
    "text, expected",
    [
        (HISTORY + "The army attacked on 6-7 February.", [("6", "1944-02-06"), ("7 February", "1944-02-07")]),
        (HISTORY + "The army attacked on February 6-7.", [("February 6", "1944-02-06"), ("7", "1944-02-07")]),
    ],
    ids=["day-number-first", "day-number-last"],
)
def test_range_day_number_in_narrated_year(nlp, text, expected):
    """The bare day number of a range in a history is in the year the narrative has reached."""
    assert [(text_, value) for text_, _, value in found_in(nlp, text)[5:]] == expected


@pytest.mark.parametrize(
    "text, kind, value, mod",
    [
        ("year's end", "DATE", "2024", "END"),
        ("month's end", "DATE", "2024-03", "END"),
        ("the latter half of 2008", "DATE", "2008-H2", None),
        ("June 20 of 1792", "DATE", "1792-06-20", None),
    ],
)
def test_normalise_ends_halves_and_of_year(text, kind, value, mod):
    """"year's end" and "month's end" read like "year-end"; "latter" is the second half; "of"
    may join a month and day to their year."""
    found = normalise(text, REF)
    assert (found.text, found.type, found.value, found.mod) == (text, kind, value, mod)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The building collapsed in the early hours of Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("The talks were held 6-7 February in Geneva.",
         [("6", "DATE", "2024-02-06"), ("7 February", "DATE", "2024-02-07")]),
        ("Fighting broke out on 3 October 2023. At month's end, the troops withdrew.",
         [("3 October 2023", "DATE", "2023-10-03"), ("month's end", "DATE", "2023-10")]),
    ],
    ids=["early-hours-unmarked", "day-range-numbers-left-out", "month-end-anaphoric"],
)
def test_find_dates_hours_day_ranges_month_end(nlp, text, expected):
    """"the early hours" of a day is not marked; "6-7" before a month spaCy leaves out joins it;
    "month's end" is the end of the month last told of."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, tense, kind, value",
    [
        ("1430 GMT", None, "TIME", "2024-03-06T14:30"),
        ("the January-March quarter", "past", "DATE", "2024-Q1"),
        ("the April-June quarter", "past", "DATE", "2023-Q2"),
        ("the April-June quarter", "future", "DATE", "2024-Q2"),
    ],
)
def test_normalise_zoned_clock_and_quarter_by_months(text, tense, kind, value):
    """A 24-hour clock with its zone is a time; months spanning a calendar quarter are it."""
    found = normalise(text, REF, tense)
    assert (found.text, found.type, found.value) == (text, kind, value)


def test_normalise_fiscal_months_are_no_calendar_quarter():
    """"the February-April quarter" is no calendar quarter."""
    assert normalise("the February-April quarter", REF, "past") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bomb went off at 10:30 a.m. (0730 GMT) on Friday.",
         [("10:30 a.m", "TIME", "2024-03-01T10:30"), ("Friday", "DATE", "2024-03-01")]),
        ("Troops will withdraw at 1800 GMT.", [("1800 GMT", "TIME", "2024-03-06T18:00")]),
        ("The meeting starts at 1900 local time.", [("1900 local time", "TIME", "2024-03-06T19:00")]),
        ("The president will speak on Friday at 9 p.m.",
         [("Friday", "DATE", "2024-03-08"), ("9 p.m", "TIME", "2024-03-08T21:00")]),
    ],
    ids=["converted-clock-unmarked", "zoned-clock", "local-clock", "clock-after-day"],
)
def test_find_dates_clocks(nlp, text, expected):
    """A clock converted in brackets is left out; a zoned 24-hour clock is a time; a clock
    written after its day with "at" is on that day."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("more than a century", "DURATION", "P100Y"),
        ("one century", "DURATION", "P100Y"),
        ("the first century", "DATE", "00"),
        ("the 20th century", "DATE", "19"),
    ],
)
def test_normalise_a_century_is_a_span_of_time(text, kind, value):
    """"a century" counts one century; "the first century" names it."""
    found = normalise(text, REF)
    assert (found.type, found.value) == (kind, value)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The strike began on May 4, 2021. That same day, the talks collapsed.",
         [("May 4, 2021", "DATE", "2021-05-04"), ("That same day", "DATE", "2021-05-04")]),
        ("The parliament debated the bill on Monday. The vote was held the following day.",
         [("Monday", "DATE", "2024-03-04"), ("the following day", "DATE", "2024-03-05")]),
        ("The doctor was killed last October. His name was crossed out that same day.",
         [("last October", "DATE", "2023-10"), ("that same day", "DATE", "2023-10-XX")]),
    ],
    ids=["that-same-day", "following-day-missed-by-ner", "same-day-in-a-month"],
)
def test_find_dates_same_and_following_day(nlp, text, expected):
    """"that same day" is "the same day"; anaphoric days spaCy misses are found; a day known
    only to lie in the month last told of is that month's unspecified day."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The deal must be approved by Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("The talks should resume on Friday.", [("Friday", "DATE", "2024-03-08")]),
        ("The pilot may have been killed on Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("He would have turned 80 on Friday.", [("Friday", "DATE", "2024-03-01")]),
    ],
    ids=["must", "should", "may-have", "would-have"],
)
def test_find_dates_modals(nlp, text, expected):
    """"must", "should", "may", "might" point a weekday ahead, unless a perfect "have" follows."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The country emerged from a decade-long civil war.", [("decade-long", "DURATION", "P10Y")]),
        ("Lawyers left their third day-long meeting.", [("day-long", "DURATION", "P1D")]),
        ("The decades-long feud ended.", [("decades-long", "DURATION", "PXY")]),
    ],
    ids=["decade-long", "day-long", "decades-long"],
)
def test_find_dates_unit_long(nlp, text, expected):
    """A unit written with "-long" is a span of time, "-long" in its extent."""
    assert found_in(nlp, text) == expected


def test_find_dates_every_year_missed_by_ner(nlp):
    """"every year" spaCy's NER leaves out is a set."""
    assert found_in(nlp, "The festival is held every year in August.")[0] == ("every year", "SET", "P1Y")


def test_the_year_in_narrated_year(nlp):
    """"the year" of a history is the year the narrative has reached."""
    found = found_in(nlp, HISTORY + "By the end of the year, the army had retreated.")
    assert found[-1] == ("the end of the year", "DATE", "1944")


@pytest.mark.parametrize(
    "text, tense, value",
    [
        ("Q4", "past", "2023-Q4"),
        ("Q1 2025", None, "2025-Q1"),
        ("2023 H2", None, "2023-H2"),
        ("22/03/2013", None, "2013-03-22"),
        ("3/22/2013", None, "2013-03-22"),
    ],
)
def test_normalise_quarter_codes_and_numeric_days(text, tense, value):
    """Business news' quarter codes read like "the fourth quarter"; a numeric day may be written
    day first when its first number can only be a day."""
    assert normalise(text, REF, tense).value == value


def test_find_dates_quarter_code_missed_by_ner(nlp):
    """A quarter code spaCy tags as a place is found."""
    assert found_in(nlp, "Sales rose 5% in Q4.") == [("Q4", "DATE", "2023-Q4")]


def test_normalise_this_weekend_in_a_past_clause():
    """"this weekend" written on a Monday is the coming one, or the one just gone in a past
    clause."""
    monday = datetime.date(2024, 3, 11)
    assert normalise("this weekend", monday, "future").value == "2024-W11-WE"
    assert normalise("this weekend", monday, "past").value == "2024-W10-WE"


def test_find_dates_midday_is_noon(nlp):
    """"midday" is a clock time, noon, and "at midday on Friday" is on that Friday."""
    assert found_in(nlp, "He will appear in court at midday.") == [("midday", "TIME", "2024-03-06T12:00")]
    assert found_in(nlp, "He appeared in court at midday on Friday.") == [
        ("midday", "TIME", "2024-03-01T12:00"), ("Friday", "DATE", "2024-03-01")]


@pytest.mark.parametrize(
    "text, tense, value, mod",
    [
        ("the second half of March", "past", "2024-03", "END"),
        ("the first half of March", "past", "2024-03", "START"),
        ("the spring of last year", None, "2023-SP", None),
        ("1 p.m. ET Friday", "future", "2024-03-08T13:00", None),
    ],
)
def test_normalise_half_month_season_of_year_clock_zone(text, tense, value, mod):
    """A half of a month is that month at its start or end; "the spring of last year" is last
    year's spring; a one-letter zone ("ET") still leaves the clock on its day."""
    found = normalise(text, REF, tense)
    assert (found.text, found.value, found.mod) == (text, value, mod)


def test_find_dates_clock_zone_and_day_split(nlp):
    """"1 p.m. ET" and the weekday spaCy splits from it are one time on that day."""
    found = found_in(nlp, "The vote will be held at 1 p.m. ET Friday.")
    assert found == [("1 p.m. ET Friday", "TIME", "2024-03-08T13:00")]


def test_find_dates_mod_phrase_spacy_left_out(nlp):
    """"the rest of" before "the week", left out of spaCy's entity, joins it as its mod."""
    found = find_dates(nlp("Rain is forecast for the rest of the week."), REF)
    assert [(found_.text, found_.value, found_.mod) for found_ in found] == [("the rest of the week", "2024-W10", "END")]


def test_alternation_matches_every_word_longest_first():
    """The first-letter-grouped alternation matches what a plain one does, longest first."""
    import re

    from newsnlp.dates.find import alternation

    words = ["now", "nowadays", "next day", "daily", "day"]
    pattern = re.compile(r"\b" + alternation(words) + r"\b", re.IGNORECASE)
    assert [match[0] for match in pattern.finditer("Nowadays now the next day daily day")] == [
        "Nowadays", "now", "next day", "daily", "day"]


def test_find_dates_year_with_pre_or_post(nlp):
    """"post-1959" is the year 1959 as a bound, "post-" in the extent."""
    found = find_dates(nlp("The post-1959 politics split families."), REF)
    assert [(found_.text, found_.value, found_.mod) for found_ in found] == [("post-1959", "1959", "AFTER")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Stocks rose ahead of Sunday's election.", [("Sunday", "DATE", "2024-03-10")]),
        ("Traders sold ahead of the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
        ("Stocks fell after Sunday's election.", [("Sunday", "DATE", "2024-03-03")]),
    ],
    ids=["ahead-of-possessive", "ahead-of-weekend", "after-possessive"],
)
def test_find_dates_ahead_of(nlp, text, expected):
    """A date "ahead of" which something happens is still to come; another possessive is past."""
    assert found_in(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The report is due on Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("The payment was due on Monday.", [("Monday", "DATE", "2024-03-04")]),
    ],
    ids=["due-present", "due-past"],
)
def test_find_dates_due(nlp, text, expected):
    """A date something is due on points ahead unless the clause is past."""
    assert found_in(nlp, text) == expected
