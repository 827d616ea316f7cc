"""Dates: expressions spaCy's NER leaves out or splits, lists and ranges it tags as one, narrated
years, and readings of whole expressions (ends, halves, quarter codes, zoned clocks)."""
from __future__ import annotations

import datetime

import pytest

from newsnlp.dates import find_dates, normalise

REF = datetime.date(2024, 3, 6)  # a Wednesday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 2022 World Cup was held in Qatar.", [("2022", "DATE", "2022")]),
        ("The 2011 Arab Spring toppled rulers.", [("2011", "DATE", "2011")]),
        ("Room 1204 was booked.", []),
        ("The 1500 troops arrived.", []),
        ("His car crossed the border in 1994, 1995 and 1997.",
         [("1994", "DATE", "1994"), ("1995", "DATE", "1995"), ("1997", "DATE", "1997")]),
        ("The summit was held on 22-25 April 2019 in Rome.",
         [("22", "DATE", "2019-04-22"), ("25 April 2019", "DATE", "2019-04-25")]),
        ("The offensive ran from 18 August - 15 September 1951.",
         [("18 August", "DATE", "1951-08-18"), ("15 September 1951", "DATE", "1951-09-15")]),
        ("The talks were held 6-7 February in Geneva.",
         [("6", "DATE", "2024-02-06"), ("7 February", "DATE", "2024-02-07")]),
        ("The building collapsed in the early hours of Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("Fighting broke out on 3 October 2023. At month's end, the troops withdrew.",
         [("3 October 2023", "DATE", "2023-10-03"), ("month's end", "DATE", "2023-10")]),
        ("The bomb went off at 10:30 a.m. (0730 GMT) on Friday.",
         [("10:30 a.m", "TIME", "2024-03-01T10:30"), ("Friday", "DATE", "2024-03-01")]),
        ("Troops will withdraw at 1800 GMT.", [("1800 GMT", "TIME", "2024-03-06T18:00")]),
        ("The meeting starts at 1900 local time.", [("1900 local time", "TIME", "2024-03-06T19:00")]),
        ("The president will speak on Friday at 9 p.m.",
         [("Friday", "DATE", "2024-03-08"), ("9 p.m", "TIME", "2024-03-08T21:00")]),
        ("He will appear in court at midday.", [("midday", "TIME", "2024-03-06T12:00")]),
        ("He appeared in court at midday on Friday.",
         [("midday", "TIME", "2024-03-01T12:00"), ("Friday", "DATE", "2024-03-01")]),
        ("The vote will be held at 1 p.m. ET Friday.", [("1 p.m. ET Friday", "TIME", "2024-03-08T13:00")]),
        ("The deadline passed at noon Thursday.", [("noon Thursday", "TIME", "2024-02-29T12:00")]),
        ("The strike began on May 4, 2021. That same day, the talks collapsed.",
         [("May 4, 2021", "DATE", "2021-05-04"), ("That same day", "DATE", "2021-05-04")]),
        ("The parliament debated the bill on Monday. The vote was held the following day.",
         [("Monday", "DATE", "2024-03-04"), ("the following day", "DATE", "2024-03-05")]),
        ("The doctor was killed last October. His name was crossed out that same day.",
         [("last October", "DATE", "2023-10"), ("that same day", "DATE", "2023-10-XX")]),
        ("The deal must be approved by Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("The talks should resume on Friday.", [("Friday", "DATE", "2024-03-08")]),
        ("The pilot may have been killed on Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("He would have turned 80 on Friday.", [("Friday", "DATE", "2024-03-01")]),
        ("The country emerged from a decade-long civil war.", [("decade-long", "DURATION", "P10Y")]),
        ("Lawyers left their third day-long meeting.", [("day-long", "DURATION", "P1D")]),
        ("The decades-long feud ended.", [("decades-long", "DURATION", "PXY")]),
        ("The festival is held every year in August.",
         [("every year", "SET", "P1Y"), ("August", "DATE", "2024-08")]),
        ("Sales rose 5% in Q4.", [("Q4", "DATE", "2023-Q4")]),
        ("Stocks rose ahead of Sunday's election.", [("Sunday", "DATE", "2024-03-10")]),
        ("Traders sold ahead of the weekend.", [("the weekend", "DATE", "2024-W10-WE")]),
        ("Stocks fell after Sunday's election.", [("Sunday", "DATE", "2024-03-03")]),
        ("The report is due on Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("The payment was due on Monday.", [("Monday", "DATE", "2024-03-04")]),
        ("Police said the blast happened on Tuesday. The day before, the city was calm.",
         [("Tuesday", "DATE", "2024-03-05"), ("The day before", "DATE", "2024-03-04")]),
    ],
    ids=["year-in-event-name", "year-untagged", "room-number", "count", "list-of-years",
         "days-before-month", "spaced-hyphen", "day-range-numbers-left-out", "early-hours-unmarked",
         "month-end-anaphoric", "converted-clock-unmarked", "zoned-clock", "local-clock",
         "clock-after-day", "midday-is-noon", "midday-on-day", "clock-zone-and-day-split",
         "noon-and-day-both-tagged", "that-same-day", "following-day-missed-by-ner",
         "same-day-in-a-month", "must", "should", "may-have", "would-have", "decade-long",
         "day-long", "decades-long",
         "every-year-missed-by-ner", "quarter-code-missed-by-ner", "ahead-of-possessive",
         "ahead-of-weekend", "after-possessive", "due-present", "due-past", "day-before-ending-phrase"],
)
def test_find_dates_more(dates_found, text, expected):
    """Expressions spaCy's NER leaves out or splits are found (a year in a name, a unit with
    "-long", "every year", a quarter code, a day number before its month), numbers that are no
    year are not; a list or a range of days gives one expression per item; a clock converted in
    brackets is left out and one beside its day is on it; "that same day" and "month's end" are
    read against the date last told of; modals, "ahead of" and "due" point a day ahead unless
    the clause is past."""
    assert dates_found(text, REF) == expected


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
def test_range_day_number_in_narrated_year(dates_found, text, expected):
    """The bare day number of a range in a history is in the year the narrative has reached."""
    assert [(text_, value) for text_, _, value in dates_found(text, REF)[5:]] == expected


def test_the_year_in_narrated_year(dates_found):
    """"the year" of a history is the year the narrative has reached."""
    found = dates_found(HISTORY + "By the end of the year, the army had retreated.", REF)
    assert found[-1] == ("the end of the year", "DATE", "1944")


@pytest.mark.parametrize(
    "text, tense, kind, value, mod",
    [
        ("year's end", None, "DATE", "2024", "END"),
        ("month's end", None, "DATE", "2024-03", "END"),
        ("the latter half of 2008", None, "DATE", "2008-H2", None),
        ("June 20 of 1792", None, "DATE", "1792-06-20", None),
        ("1430 GMT", None, "TIME", "2024-03-06T14:30", None),
        ("the January-March quarter", "past", "DATE", "2024-Q1", None),
        ("the April-June quarter", "past", "DATE", "2023-Q2", None),
        ("the April-June quarter", "future", "DATE", "2024-Q2", None),
        ("more than a century", None, "DURATION", "P100Y", "MORE_THAN"),
        ("one century", None, "DURATION", "P100Y", None),
        ("the first century", None, "DATE", "00", None),
        ("Q4", "past", "DATE", "2023-Q4", None),
        ("Q1 2025", None, "DATE", "2025-Q1", None),
        ("2023 H2", None, "DATE", "2023-H2", None),
        ("22/03/2013", None, "DATE", "2013-03-22", None),
        ("3/22/2013", None, "DATE", "2013-03-22", None),
        ("the second half of March", "past", "DATE", "2024-03", "END"),
        ("the first half of March", "past", "DATE", "2024-03", "START"),
        ("the spring of last year", None, "DATE", "2023-SP", None),
        ("1 p.m. ET Friday", "future", "TIME", "2024-03-08T13:00", None),
    ],
    ids=["year-end", "month-end", "latter-half", "day-of-year", "zoned-clock", "quarter-by-months",
         "quarter-by-months-last-year", "quarter-by-months-ahead", "more-than-a-century", "one-century",
         "first-century", "quarter-code", "quarter-code-year", "half-code",
         "numeric-day-first", "numeric-month-first", "second-half-of-month", "first-half-of-month",
         "season-of-last-year", "one-letter-zone"],
)
def test_normalise_whole_text(text, tense, kind, value, mod):
    """"year's end" reads like "year-end" and "latter" is the second half; "of" may join a day to
    its year; a 24-hour clock with its zone is a time; months spanning a calendar quarter are it;
    "a century" counts one century, "the first century" names it; business news' quarter codes
    read like "the fourth quarter"; a numeric day may be written day first; a half of a month is
    that month at its start or end; a one-letter zone leaves a clock on its day."""
    found = normalise(text, REF, tense)
    assert (found.text, found.type, found.value, found.mod) == (text, kind, value, mod)


def test_normalise_this_weekend_in_a_past_clause():
    """"this weekend" written on a Monday is the coming one, or the one just gone in a past
    clause."""
    monday = datetime.date(2024, 3, 11)
    assert normalise("this weekend", monday, "future").value == "2024-W11-WE"
    assert normalise("this weekend", monday, "past").value == "2024-W10-WE"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rain is forecast for the rest of the week.", [("the rest of the week", "2024-W10", "END")]),
        ("The post-1959 politics split families.", [("post-1959", "1959", "AFTER")]),
        ("The inspection is likely to last over a week.", [("over a week", "P1W", "MORE_THAN")]),
        ("The strike may last nearly a month.", [("nearly a month", "P1M", "LESS_THAN")]),
    ],
    ids=["mod-phrase-spacy-left-out", "year-with-post", "over-a-unit-spacy-left-out",
         "nearly-a-unit-spacy-left-out"],
)
def test_find_dates_mods(nlp, text, expected):
    """"the rest of" left out of spaCy's entity joins it as its mod; "post-1959" is the year 1959
    as a bound, "post-" in the extent; one unit after a mod of quantity that spaCy left out ("to
    last over a week") is found with its mod."""
    found = find_dates(nlp(text), REF)
    assert [(found_.text, found_.value, found_.mod) for found_ in found] == expected


def test_alternation_matches_every_word_longest_first():
    """The first-letter-grouped alternation matches what a plain one does, longest first."""
    import re

    from newsnlp.dates.words import alternation

    words = ["now", "nowadays", "next day", "daily", "day"]
    pattern = re.compile(r"\b" + alternation(words) + r"\b", re.IGNORECASE)
    assert [match[0] for match in pattern.finditer("Nowadays now the next day daily day")] == [
        "Nowadays", "now", "next day", "daily", "day"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The museum will please today's youth.", []),
        ("The chip runs many of today's personal computers.", []),
        ("The notice ran in today's editions.", [("today", "DATE", "2024-03-06")]),
        ("The show will display the cars of tomorrow.", []),
        ("Banks hold more than a quarter of the bonds.", []),
        ("Three quarters of the troops left.", []),
        ("Thousands joined the annual March for Life on Monday.", [("Monday", "DATE", "2024-03-04")]),
        ("The rally in March for Smith drew crowds.", [("March", "DATE", "2024-03")]),
        ("He said on CBS's \"60 Minutes\" that he would stay.", []),
        ("Speaking on ABC's \"This Week,\" she said the talks were over.", []),
        ("The boy was found on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2023-11-23")]),
        ("Central Bank Holds Rates Steady This Week", [("This Week", "DATE", "2024-W10")]),
        ("The flights leave on Tuesday nights.", [("Tuesday nights", "SET", "XXXX-WXX-2TNI")]),
        ("The general picked the date a week or so ago.", [("a week or so ago", "DATE", "2024-W09")]),
        ("The chain has 13 stores, up from seven a year ago.", [("a year ago", "DATE", "2023")]),
        ("The park is busy on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
        ("Rome won the war in 241 BC.", [("241 BC", "DATE", "BC0241")]),
        ("The number of troops killed was under 100 per month in the second half of 2008.",
         [("the second half of 2008", "DATE", "2008-H2")]),
        ("The bank has until Monday to raise the money.", [("Monday", "DATE", "2024-03-11")]),
        ("A ruling is expected on Monday.", [("Monday", "DATE", "2024-03-11")]),
        ("The bomb went off at 2:50 p.m. local time (1850 GMT) on Monday.",
         [("2:50 p.m", "TIME", "2024-03-04T14:50"), ("Monday", "DATE", "2024-03-04")]),
        ("The storm is expected to hit the coast and move inland on Saturday.",
         [("Saturday", "DATE", "2024-03-09")]),
        ("Sales rose in February to the highest level since May 2009. Prices were up 5% from a year earlier.",
         [("February", "DATE", "2024-02"), ("May 2009", "DATE", "2009-05"), ("a year earlier", "DATE", "2023")]),
    ],
    ids=["todays-youth", "todays-computers", "todays-editions", "cars-of-tomorrow", "fraction-quarter",
         "fraction-quarters", "protest-march", "month-march",
         "programme-minutes", "programme-week", "holiday-day", "title-case-headline", "weekday-nights", "or-so-ago",
         "count-before-year-ago", "weekends", "year-bc", "long-entity-tail", "has-until", "expected-on", "local-clock-converted", "joined-verb-tense",
         "since-date-no-anchor"],
)
def test_find_dates_words_meaning_no_time(dates_found, text, expected):
    """"today's" before a noun of the present age, "tomorrow" after a plural noun and "of", a
    fraction ("a quarter of the bonds"), a unit capitalised in a title and "March" naming a
    protest march are no times; "Tuesday nights" and "on weekends" are sets; "241 BC" is found, and a date at the end of a long entity; "or so" before "ago"
    stays in the expression; a count before "a year ago" is no rate ("seven a year"); "has until Monday" and "is expected on Monday" point ahead, as does a bare verb joined
    to an infinitive ahead ("to hit ... and move inland on Saturday"); a
    clock converted in brackets after "local time" is left out; a date after "since" is no anchor for "a year earlier"."""
    assert dates_found(text, REF) == expected
