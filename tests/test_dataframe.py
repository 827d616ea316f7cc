"""`newsnlp.to_dataframe`: one row per result with the article id and offsets."""
from __future__ import annotations

import sys
from decimal import Decimal

import pytest

import newsnlp
from newsnlp.types import Article, Country, Mention, Money, Organisation, Person, Quote, TimeExpression

pandas = pytest.importorskip("pandas")

TEXT_A = "Ann Lee said the French firm Acme Corp would pay $5 million by Monday."
TEXT_B = '"We will wait," Bo Chen told reporters in 2023, as German and French officials met.'


def at(text: str, words: str) -> tuple[str, int, int]:
    """`words`, start and end of their first occurrence in `text`."""
    start = text.index(words)
    return words, start, start + len(words)


def span(text: str, words: str) -> Mention:
    return Mention(*at(text, words))


ARTICLES = [
    Article(
        text=TEXT_A,
        people=(Person("Ann Lee", (), None, (span(TEXT_A, "Ann Lee"),)),),
        organisations=(Organisation("Acme Corp", "FR", (span(TEXT_A, "Acme Corp"),)),),
        countries=(Country("FR", "France", (span(TEXT_A, "French"),)),),
        quotes=(Quote(*at(TEXT_A, "the French firm Acme Corp would pay $5 million by Monday"), "indirect",
                      "Ann Lee", span(TEXT_A, "Ann Lee"), "said"),),
        money=(Money(*at(TEXT_A, "$5 million"), Decimal("5000000"), "USD"),),
        dates=(TimeExpression(*at(TEXT_A, "by Monday"), "DATE", "XXXX-WXX-1", "END"),),
    ),
    Article(
        text=TEXT_B,
        people=(Person("Bo Chen", ("Minister",), "CN", (span(TEXT_B, "Bo Chen"),)),),
        countries=(Country("DE", "Germany", (span(TEXT_B, "German"),)), Country("FR", "France", (span(TEXT_B, "French"),))),
        quotes=(Quote(*at(TEXT_B, "We will wait,"), "direct", None, None, "told", "reporters"),),
        dates=(TimeExpression(*at(TEXT_B, "2023"), "DATE", "2023"),),
    ),
    Article(text="", error="TypeError: newsnlp analyses str, got int"),
]


@pytest.mark.parametrize("kind,ids,expected_ids,expected_texts", [
    ("people", None, [0, 1], ["Ann Lee", "Bo Chen"]),
    ("organisations", ["a", "b", "c"], ["a"], ["Acme Corp"]),
    ("countries", ["a", "b", "c"], ["a", "b", "b"], ["French", "German", "French"]),
    ("quotes", ("a", "b", "c"), ["a", "b"], ["the French firm Acme Corp would pay $5 million by Monday", "We will wait,"]),
    ("money", None, [0], ["$5 million"]),
    ("dates", [10, 20, 30], [10, 20], ["by Monday", "2023"]),
], ids=["people", "organisations", "countries", "quotes", "money", "dates"])
def test_one_row_per_result_with_article_id_and_offsets(kind, ids, expected_ids, expected_texts):
    """Rows follow the articles' order with their ids; `start`/`end` slice the result's text."""
    frame = newsnlp.to_dataframe(ARTICLES, kind=kind, ids=ids)
    assert list(frame.columns[:3]) == ["article_id", "start", "end"]
    assert list(frame["article_id"]) == expected_ids
    by_id = dict(zip(ids if ids is not None else range(len(ARTICLES)), ARTICLES))
    assert [by_id[row.article_id].text[row.start:row.end] for row in frame.itertuples()] == expected_texts


def test_quote_and_money_columns_are_flat_and_typed():
    """A quote's speaker mention becomes flat columns (empty for unknown speakers); amounts stay Decimal."""
    quotes = newsnlp.to_dataframe(ARTICLES, kind="quotes")
    assert list(quotes.columns) == ["article_id", "start", "end", "text", "kind", "speaker", "speaker_start",
                                    "speaker_end", "speaker_text", "cue", "addressee"]
    assert quotes.loc[0, ["speaker", "speaker_start", "speaker_end", "speaker_text"]].tolist() == ["Ann Lee", 0, 7, "Ann Lee"]
    assert quotes.loc[1, ["speaker", "speaker_text"]].isna().all()
    money = newsnlp.to_dataframe(ARTICLES, kind="money")
    assert money.loc[0, "amount"] == Decimal("5000000") and money.loc[0, "currency"] == "USD"


@pytest.mark.parametrize("articles,kind", [
    ([], "quotes"), ([ARTICLES[2]], "people"), (ARTICLES[2], "dates"),
], ids=["no-articles", "failed-article", "single-article"])
def test_no_results_give_an_empty_frame_with_columns(articles, kind):
    """No results give no rows but the kind's columns."""
    frame = newsnlp.to_dataframe(articles, kind=kind)
    assert len(frame) == 0 and list(frame.columns[:3]) == ["article_id", "start", "end"]


def test_a_single_article_is_accepted():
    """One Article works like a list of one."""
    assert list(newsnlp.to_dataframe(ARTICLES[0], kind="people")["name"]) == ["Ann Lee"]


@pytest.mark.parametrize("kwargs,message", [
    ({"kind": "persons"}, "kind must be one of"),
    ({"kind": "people", "ids": ["a"]}, "got 1 ids for 3 articles"),
], ids=["unknown-kind", "ids-length"])
def test_bad_arguments(kwargs, message):
    """An unknown kind or ids that don't match the articles raise ValueError."""
    with pytest.raises(ValueError, match=message):
        newsnlp.to_dataframe(ARTICLES, **kwargs)


def test_clear_error_without_pandas(monkeypatch):
    """Without pandas, the ImportError says which extra to install."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r'pip install "newsnlp\[pandas\]"'):
        newsnlp.to_dataframe(ARTICLES, kind="people")
