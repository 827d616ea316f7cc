"""Seed and sample acceptance for dates: reference dates found in the text, values right."""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import newsnlp
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def values_of(article: newsnlp.Article) -> dict[str, set[tuple[str, str]]]:
    """Each expression's text mapped to the (type, value) pairs it got."""
    found: dict[str, set[tuple[str, str]]] = {}
    for expression in article.dates:
        found.setdefault(expression.text, set()).add((expression.type, expression.value))
    return found


def test_seed_reference_date_is_found_in_the_caption(seed):
    """The seed's photo caption gives its reference date."""
    assert seed.reference_date == datetime.date(2023, 5, 24)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("May 24, 2023", {("DATE", "2023-05-24")}),
        ("Wednesday", {("DATE", "2023-05-24")}),
        ("2022", {("DATE", "2022")}),
        ("2023", {("DATE", "2023")}),
        ("Last year", {("DATE", "2022")}),
        ("last year", {("DATE", "2022")}),
        ("February 2022", {("DATE", "2022-02")}),
        ("two-day", {("DURATION", "P2D")}),
    ],
    ids=["caption", "wednesday", "2022", "2023", "Last-year", "last-year", "february-2022", "two-day"],
)
def test_seed_dates(seed, text, expected):
    """Each dated phrase of the seed gets its TIMEX3 type and value."""
    assert values_of(seed)[text] == expected


def test_seed_today_is_the_reference_day_or_present(seed):
    """"Today" in Mishustin's quote is the reference day (or PRESENT_REF)."""
    assert values_of(seed)["Today"] <= {("DATE", "2023-05-24"), ("DATE", "PRESENT_REF")}


def test_seed_has_no_undated_words_as_dates(seed):
    """Words like "the West" or "Moscow" are never temporal expressions."""
    assert not {"the West", "Moscow", "Beijing"} & set(values_of(seed))


@pytest.mark.parametrize(
    "sample, reference, expected",
    [
        ("brazil_rates.txt", datetime.date(2024, 3, 6),
         {"March 6, 2024": ("DATE", "2024-03-06"), "Wednesday": ("DATE", "2024-03-06"),
          "Tuesday": ("DATE", "2024-03-05"), "last year": ("DATE", "2023"), "May": ("DATE", "2024-05"),
          "2023": ("DATE", "2023")}),
        ("eu_summit.txt", datetime.date(2024, 10, 17),
         {"Oct 17, 2024": ("DATE", "2024-10-17"), "Thursday": ("DATE", "2024-10-17"),
          "the next four years": ("DURATION", "P4Y"), "January": ("DATE", "2025-01"),
          "next month": ("DATE", "2024-11"), "June 2022": ("DATE", "2022-06"),
          "winter": ("DATE", "2024-WI")}),
        ("tokyo_trade.txt", datetime.date(2025, 1, 22),
         {"Jan 22, 2025": ("DATE", "2025-01-22"), "Monday": ("DATE", "2025-01-20"),
          "a year": ("SET", "P1Y"), "2030": ("DATE", "2030"), "the next five years": ("DURATION", "P5Y"),
          "October": ("DATE", "2024-10"), "the spring": ("DATE", "2025-SP"), "last year": ("DATE", "2024")}),
    ],
    ids=["brasilia", "brussels", "tokyo"],
)
def test_samples(nlp, sample, reference, expected):
    """Our samples' datelines give the reference date and every date resolves against it."""
    article = newsnlp.analyze((SAMPLES / sample).read_text(encoding="utf-8"), nlp=nlp)
    assert article.reference_date == reference
    found = values_of(article)
    assert {text: found.get(text) for text in expected} == {text: {pair} for text, pair in expected.items()}


def test_caller_reference_date_wins(nlp):
    """A reference date passed by the caller is used instead of the one in the text."""
    article = newsnlp.analyze("TOKYO, Jan 22, 2025 - Talks ended on Monday.", reference_date="2024-06-05", nlp=nlp)
    assert article.reference_date == datetime.date(2024, 6, 5)
    assert values_of(article)["Monday"] == {("DATE", "2024-06-03")}


def test_no_anchor_keeps_placeholders(nlp):
    """Without any date in the text, relative dates keep X placeholders, never today's clock."""
    article = newsnlp.analyze("Officials met on Friday and will meet again next week.", nlp=nlp)
    assert article.reference_date is None
    assert values_of(article) == {"Friday": {("DATE", "XXXX-WXX-5")}, "next week": {("DATE", "XXXX-WXX")}}
