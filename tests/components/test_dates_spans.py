"""Dates: expressions spaCy's NER leaves out, lists it tags as one, and ranges of days."""
from __future__ import annotations

import datetime

import pytest

from newsnlp.dates import find_dates

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
