"""Property tests (hypothesis): on generated and mutated news text, every result slices the text
to its own `.text`, quotes do not overlap, money has an amount or a range, TIMEX3 values follow
the TIMEX3 grammar, and neither `analyze` nor the string normalisers ever raise."""
from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsnlp
from newsnlp.dates import normalise
from newsnlp.dates.timex import TIMEX_VALUE
from newsnlp.money import parse
from newsnlp.types import Article

FAST = settings(max_examples=15, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

PEOPLE = ["President Joe Biden", "Angela Merkel", "Prime Minister Rishi Sunak", "he", "she", "Xi Jinping",
          "officials", "a spokesman", "Dr. Maria Lopez", "the minister"]
ORGS = ["the World Bank", "Reuters", "the central bank", "Apple Inc.", "NATO", "the IMF"]
PLACES = ["Paris", "Beijing", "the United States", "Russia", "Sao Paulo", "Brussels"]
MONEY = ["$5 million", "\u20ac1.2bn", "between $5m and $7m", "up to \u00a3300,000", "about 40 billion reais",
         "more than $100 billion", "\u00a5500", "5 dollars", "US$3.2 billion", "$0.5"]
DATES = ["on Monday", "last week", "on May 24, 2023", "in 2022", "next year", "in the first quarter",
         "three days ago", "in the 1990s", "every Friday", "at 10:30 a.m.", "for two years", "yesterday",
         "last winter", "next summer"]
TEMPLATES = [
    '"{clause}," {person} said {date}.',
    '{person} said {date} that {org} would pay {money}.',
    '"{clause}", {person} told reporters in {place}. "{clause}."',
    'According to {org}, {person} spent {money} in {place} {date}.',
    '{person}, who visited {place} {date}, said: \u201c{clause}.\u201d',
    '{org} raised {money} {date}, {person} said in a statement.',
    '\u201c{clause},\u201d {person} added.',
    '{place} and {place} agreed {date} to a deal worth {money}.',
]
CLAUSES = ["We will not back down", "The economy is strong", "It was a mistake", "Prices will fall",
           "Nobody expected this", "This is a good day for our country"]
MARKS = ['"', "\u201c", "\u201d", "'", "\u2019", "\u00ab", "\u00bb", "\n\n", "<p>", "&quot;", "\u200b",
         "\u202e", "\ud800", "\x00", "\U0001f600", "$", "%", "1,000", "..."]


@st.composite
def sentences(draw) -> str:
    """One news-like sentence from our own templates."""
    template = draw(st.sampled_from(TEMPLATES))
    return re.sub(r"\{(\w+)\}", lambda m: draw(st.sampled_from({
        "person": PEOPLE, "org": ORGS, "place": PLACES, "money": MONEY, "date": DATES, "clause": CLAUSES,
    }[m.group(1)])), template)


@st.composite
def mutated(draw, text: st.SearchStrategy[str]) -> str:
    """`text` with a few random insertions (quote marks, odd characters) and deletions."""
    result = draw(text)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(result)))
        if draw(st.booleans()):
            piece = draw(st.sampled_from(MARKS) | st.text(min_size=1, max_size=3))
            result = result[:at] + piece + result[at:]
        else:
            result = result[:at] + result[at + draw(st.integers(1, 20)):]
    return result


articles = st.lists(sentences(), min_size=1, max_size=6).flatmap(
    lambda parts: st.sampled_from([" ", "\n\n", "\n"]).map(lambda sep: sep.join(parts)))


def assert_invariants(article: Article, given_text: str) -> None:
    """The invariants every Article must satisfy."""
    text = article.text
    assert len(text) == len(given_text)
    mentions = [m for family in (article.people, article.organisations, article.countries) for e in family for m in e.mentions]
    mentions += [q.speaker_mention for q in article.quotes if q.speaker_mention]
    for item in [*mentions, *article.quotes, *article.money, *article.dates]:
        assert 0 <= item.start <= item.end <= len(text) and text[item.start:item.end] == item.text, item
    quotes = sorted(article.quotes, key=lambda q: q.start)
    assert all(first.end <= second.start for first, second in zip(quotes, quotes[1:])), quotes
    for money in article.money:
        assert money.amount is not None or (money.low is not None and money.high is not None), money
    for date in article.dates:
        assert date.type in ("DATE", "TIME", "DURATION", "SET") and TIMEX_VALUE.fullmatch(date.value), date


@FAST
@given(text=articles)
def test_generated_news_keeps_the_invariants(nlp, text):
    """Template news text: analyze never raises and every invariant holds."""
    assert_invariants(newsnlp.analyze(text, nlp=nlp), text)


@FAST
@given(text=mutated(articles), reference=st.none() | st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31)))
def test_mutated_news_keeps_the_invariants(nlp, text, reference):
    """Mutated news text, with or without a reference date: no exception, invariants hold."""
    assert_invariants(newsnlp.analyze(text, reference_date=reference, nlp=nlp), text)


@FAST
@given(text=mutated(articles), size=st.integers(40, 400))
def test_chunked_analysis_keeps_the_invariants(nlp, text, size):
    """Cut into small chunks and merged back, the Article still satisfies every invariant."""
    assert_invariants(newsnlp.analyze(text, nlp=nlp, chunk_chars=size), text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(phrase=st.text(max_size=40) | mutated(st.sampled_from(MONEY)))
def test_money_parse_never_raises_and_keeps_offsets(phrase):
    """money.parse on any string gives None or a Money that slices the phrase and has a value."""
    money = parse(phrase)
    if money is not None:
        assert phrase[money.start:money.end] == money.text
        assert money.amount is not None or (money.low is not None and money.high is not None)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(phrase=st.text(max_size=40) | mutated(st.sampled_from(DATES)),
       reference=st.none() | st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)),
       tense=st.sampled_from([None, "past", "present", "future"]))
def test_dates_normalise_never_raises_and_gives_timex_values(phrase, reference, tense):
    """dates.normalise on any string and any anchor (even year 1 or 9999) gives None or a valid
    TIMEX3 expression that slices the phrase."""
    expression = normalise(phrase, reference, tense)
    if expression is not None:
        assert phrase[expression.start:expression.end] == expression.text
        assert TIMEX_VALUE.fullmatch(expression.value), expression


@pytest.mark.parametrize(
    "phrase, anchor",
    [("last winter", datetime.date(2016, 1, 20)), ("the previous winter", datetime.date(2016, 2, 10)),
     ("next winter", datetime.date(2016, 12, 20)), ("last summer", datetime.date(2016, 1, 20)),
     ("this winter", datetime.date(2016, 1, 20)), ("zero days", datetime.date(2016, 7, 7)),
     ("for zero years", None), ("two days", None)],
    ids=["last-winter-in-january", "previous-winter-in-february", "next-winter-in-december",
         "last-summer", "this-winter", "zero-days", "zero-years", "two-days"],
)
def test_normaliser_cases_found_by_the_polnear_smoke_run(phrase, anchor):
    """Found by benchmarks/polnear_smoke.py ("last winter" in a January article raised
    IndexError; "zero days" gave the value "P"): no exception, and a valid TIMEX3 value."""
    expression = normalise(phrase, anchor, "past")
    assert expression is None or TIMEX_VALUE.fullmatch(expression.value), expression
