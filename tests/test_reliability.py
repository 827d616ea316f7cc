"""Reliability (issue 8): any input gives a valid Article, long texts go in chunks, batches keep
every input in order under any n_process, and the same input always gives the same output."""
from __future__ import annotations

import datetime
import itertools
import json
import multiprocessing
import os
import signal
import subprocess
import sys
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Iterator

import pytest

import newsnlp
from newsnlp.api import chunk_bounds, merge_articles
from newsnlp.types import Article, Country, Mention, Money, Person, Quote, TimeExpression

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"

STORY = (
    'Prime Minister Anna Lindqvist said on Monday that Sweden would spend $2 billion on rail.\n\n'
    '"We have waited too long for this," Lindqvist told reporters in Stockholm. "The money is there.\n\n'
    '"And the plan is ready," she added.\n\n'
    'Finance Minister Erik Berg said the budget would be balanced by 2026.\n\n'
    'Lindqvist also met German Chancellor Olaf Scholz in Berlin on May 3, 2024.'
)
"""A short article of our own whose second quotation runs over a paragraph break (news style:
no closing mark at the end of the first paragraph)."""


def offset_problems(article: Article) -> list[str]:
    """Every result whose offsets do not slice `article.text` to its `.text`."""
    items = [*article.quotes, *article.money, *article.dates]
    items += [m for family in (article.people, article.organisations, article.countries) for e in family for m in e.mentions]
    items += [q.speaker_mention for q in article.quotes if q.speaker_mention]
    return [repr(item) for item in items if article.text[item.start:item.end] != item.text]


class OverBudget(Exception):
    pass


def _over_budget(signum, frame) -> None:
    raise OverBudget("analysis used more CPU time than its budget: quadratic behaviour somewhere?")


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Fail (instead of hanging the suite) when the block uses more than `seconds` of CPU."""
    previous = signal.signal(signal.SIGPROF, _over_budget)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


HOSTILE = {
    "empty": "",
    "whitespace": " \n\t\r\n  \u00a0\u3000 ",
    "control": "Markets\x00 rose\x07 on\x1b[31m Monday\x0c as \x7f\x85 traders\x01 said.",
    "lone-surrogates": "Officials said \ud800 the deal was worth $5 million \udfff on Friday.",
    "surrogate-only": "\udc80",
    "zero-width": "Pu\u200btin\u200d met\ufeff Xi \u2060on Tuesday, \u200c\u200b officials said.",
    "rtl": "\u202eThe minister said\u202c \u2067\u0627\u0644\u0633\u0644\u0627\u0645\u2069 on Monday \u200f.",
    "emoji": "\U0001f1fa\U0001f1f8 Biden \U0001f600 said \U0001f4b0$5bn was \U0001f525 \u2764\ufe0f.",
    "non-latin": "\u4e60\u8fd1\u5e73\u5728\u5317\u4eac\u8bf4\u3002\u041f\u0443\u0442\u0438\u043d \u0441\u043a\u0430\u0437\u0430\u043b. "
                 "\u0928\u0930\u0947\u0902\u0926\u094d\u0930 \u092e\u094b\u0926\u0940 \u0661\u0662\u0663",
    "html": '<p class="lead">&quot;We will win,&quot; said <b>Jane&nbsp;Doe</b> &amp; co.</p>'
            "<script>var x = \"$5 million\";</script>&#8220;Yes&#8221; &lt;br&gt;",
    "only-quotes": "\"\u201c\u201d'\u2018\u2019\u00ab\u00bb\"\"\" \u201c\u201c\u201d",
    "unbalanced-quotes": '" said he ' * 3000,
    "opening-quotes": "\u201c" * 2000,
    "numbers-only": "1 2.5 3,000 $ \u20ac \u00a3 10^9 99999999999999999999999999 -0 1e308",
    "dates-only": "31 February 2023 25:61 9999-99-99 year 0 the 0s Q5 week 54",
    "repeated-cue": '"We are ready," the general' + " told reporters " * 80 + "about the armed forces.",
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_gives_a_valid_article(nlp, text):
    """Odd but legal strings give an Article, in linear time, whose offsets hold and whose
    JSON encodes."""
    with cpu_budget(60):
        article = newsnlp.analyze(text, nlp=nlp)
    assert len(article.text) == len(text) and article.error is None
    assert offset_problems(article) == []
    quotes = sorted(article.quotes, key=lambda quote: quote.start)
    assert all(first.end <= second.start for first, second in zip(quotes, quotes[1:]))
    assert Article.from_dict(json.loads(article.to_json().encode("utf-8"))) == article


@pytest.mark.parametrize(
    "text, expected",
    [("a\ud800b", "a\ufffdb"), ("\udfff", "\ufffd"), ("\ud83d\ude00", "\ufffd\ufffd"), ("plain \U0001f600", "plain \U0001f600")],
    ids=["lone-high", "lone-low", "split-pair", "real-emoji-kept"],
)
def test_lone_surrogates_become_replacement_characters(nlp, text, expected):
    """Lone surrogates (not encodable) become U+FFFD one for one; everything else stays."""
    assert newsnlp.analyze(text, nlp=nlp).text == expected


def test_a_50000_word_sentence_gives_a_valid_article(nlp):
    """One sentence of 50,000 words (no break to chunk at but spaces) goes through."""
    text = " ".join(itertools.islice(itertools.cycle("the minister said that prices of $5 rose on Monday and".split()), 50_000))
    with cpu_budget(240):
        article = newsnlp.analyze(text, nlp=nlp)
    assert article.text == text and offset_problems(article) == []


@pytest.mark.parametrize(
    "text, size, expected",
    [("aaaa\n\nbbbb\n\ncccc", 12, ["aaaa\n\nbbbb\n\n", "cccc"]),
     ('x "open\n\n"still," y\n\nzz', 21, ['x "open\n\n"still," y\n\n', "zz"]),
     ('ab "open\n\nmore text here', 16, ['ab "open\n\n', "more text here"]),
     ("One. Two. Three four", 12, ["One. Two. ", "Three four"]),
     ("alpha beta gamma", 8, ["alpha ", "beta ", "gamma"]),
     ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
     ("short", 10, ["short"]),
     ("", 10, [""])],
    ids=["paragraphs", "not-inside-open-quote", "open-quote-unavoidable", "sentences", "whitespace",
         "hard-cut", "no-cut", "empty"],
)
def test_chunk_bounds_cut_at_the_best_boundary(text, size, expected):
    """Chunks cover the text, stay within the size, and end at paragraph breaks outside quotes
    first, then paragraph, sentence, whitespace breaks, then anywhere."""
    bounds = chunk_bounds(text, size)
    assert [text[start:end] for start, end in bounds] == expected
    assert all(end - start <= size for start, end in bounds)


def test_merge_articles_moves_offsets_and_merges_the_cast():
    """Chunk Articles merge into one: offsets shifted, people by name, countries by code."""
    first = Article(
        text="Ann Lee of Sweden said yes.",
        people=(Person("Ann Lee", ("Minister",), None, (Mention("Ann Lee", 0, 7),)),),
        countries=(Country("SE", "Sweden", (Mention("Sweden", 11, 17),)),),
        reference_date=datetime.date(2024, 5, 3),
    )
    second = Article(
        text='"Go," Ann Lee said in Sweden for $5.',
        people=(Person("Ann Lee", ("Prime Minister", "Minister"), "SE", (Mention("Ann Lee", 6, 13),)),),
        countries=(Country("SE", "Sweden", (Mention("Sweden", 22, 28),)),),
        quotes=(Quote("Go,", 1, 4, "direct", "Ann Lee", Mention("Ann Lee", 6, 13), "said"),),
        money=(Money("$5", 33, 35, Decimal(5), "USD"),),
        dates=(TimeExpression("in", 19, 21, "DATE", "PRESENT_REF"),),
    )
    text = first.text + " " + second.text
    merged = merge_articles(text, [(0, first), (len(first.text) + 1, second)])
    assert merged.text == text and merged.reference_date == datetime.date(2024, 5, 3)
    assert [(p.name, p.titles, p.country, len(p.mentions)) for p in merged.people] == [
        ("Ann Lee", ("Minister", "Prime Minister"), "SE", 2)]
    assert [len(c.mentions) for c in merged.countries] == [2]
    assert offset_problems(merged) == []


def test_text_longer_than_max_length_is_analysed_in_chunks(nlp, monkeypatch):
    """Above nlp.max_length the text is chunked (no E088): offsets map into the whole text and
    the cast and quotes are those of the unchunked analysis."""
    text = "\n\n".join([STORY] * 4)
    whole = newsnlp.analyze(text, nlp=nlp)
    monkeypatch.setattr(nlp, "max_length", 1_000)
    article = newsnlp.analyze(text, nlp=nlp)
    assert article.text == text and offset_problems(article) == []
    assert sorted(p.name for p in article.people) == sorted(p.name for p in whole.people)
    assert [(q.start, q.end) for q in article.quotes] == [(q.start, q.end) for q in whole.quotes]
    assert article.reference_date == whole.reference_date


def test_chunks_keep_quotes_across_paragraphs_whole(nlp):
    """Cut into chunks at paragraph breaks, the article gives the quotes of the whole text."""
    whole = newsnlp.analyze(STORY, nlp=nlp)
    chunked = newsnlp.analyze(STORY, nlp=nlp, chunk_chars=200)
    assert [(q.start, q.end) for q in chunked.quotes] == [(q.start, q.end) for q in whole.quotes]
    assert [(m.start, m.amount) for m in chunked.money] == [(m.start, m.amount) for m in whole.money]


def test_analyze_many_chunks_long_texts_too(nlp):
    """A long text inside a batch is chunked like in analyze; its neighbours are unaffected."""
    long = "\n\n".join([STORY] * 3)
    articles = list(newsnlp.analyze_many(["Short one.", long], nlp=nlp, chunk_chars=300))
    assert articles[1] == newsnlp.analyze(long, nlp=nlp, chunk_chars=300)
    assert articles[0].text == "Short one." and articles[1].error is None


@pytest.fixture
def fragile_money(monkeypatch):
    """The money stage raises on texts containing 'boom' and kills its process on 'die'."""
    import newsnlp.components.money as money_component

    real = money_component.find_money

    def fragile(doc):
        if "die" in doc.text:
            os._exit(3)
        if "boom" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(money_component, "find_money", fragile)


BATCH = ["Angela Merkel visited Paris on Monday.", None, "It cost $5 million, Joe Biden said.", b"bytes",
         "boom", "Rishi Sunak spoke on May 3, 2024.", 42, "", "Xi Jinping met Vladimir Putin."]


@pytest.mark.parametrize("n_process", [1, 2], ids=["one-process", "two-processes"])
def test_batches_keep_order_and_flag_only_failing_inputs(nlp, fragile_money, n_process):
    """One Article per input in order; wrong types and a stage failure give errors, and every
    other input gets exactly the Article it gets alone."""
    articles = list(newsnlp.analyze_many(BATCH, nlp=nlp, batch_size=4, n_process=n_process))
    assert [a.error is not None for a in articles] == [False, True, False, True, True, False, True, False, False]
    assert "NoneType" in articles[1].error and "decode" in articles[3].error and "int" in articles[6].error
    assert "RuntimeError: boom" in articles[4].error
    for text, article in zip(BATCH, articles):
        if article.error is None:
            assert article == newsnlp.analyze(text, nlp=nlp)


def test_error_handlers_are_restored_after_a_batch(nlp, fragile_money):
    """After analyze_many, a stage failure in analyze raises again (handlers restored)."""
    list(newsnlp.analyze_many(["boom", "fine"], nlp=nlp))
    with pytest.raises(RuntimeError, match="boom"):
        newsnlp.analyze("boom", nlp=nlp)


def test_a_dying_worker_costs_only_its_text(nlp, fragile_money):
    """A text that kills its worker process gets an error; the pool restarts and the rest of
    the batch, before and after it, is analysed."""
    texts = ["Joe Biden spoke.", "They die here.", "Rishi Sunak spoke.", "Olaf Scholz spoke.", "It cost $5."]
    articles = list(newsnlp.analyze_many(texts, nlp=nlp, batch_size=2, n_process=2))
    assert [a.text for a in articles] == texts
    assert [a.error is not None for a in articles] == [False, True, False, False, False]
    assert "worker process died" in articles[1].error


def test_reference_dates_follow_their_texts_in_worker_processes(nlp):
    """Per-text reference dates stay with their texts under n_process=2."""
    dates = ["2020-01-01", None, "2021-06-30", "not a date"]
    articles = list(newsnlp.analyze_many(["A.", "B.", "C.", "D."], reference_dates=dates, nlp=nlp,
                                         batch_size=1, n_process=2))
    assert [a.reference_date for a in articles[:3]] == [datetime.date(2020, 1, 1), None, datetime.date(2021, 6, 30)]
    assert "ISO date" in articles[3].error


def test_analyze_many_streams_and_stops_its_workers(nlp):
    """Results come lazily from an endless input; closing the iterator stops the workers."""
    results = newsnlp.analyze_many(itertools.cycle(["Joe Biden spoke.", "Markets rose."]), nlp=nlp,
                                   batch_size=2, n_process=2)
    assert [a.text for a in itertools.islice(results, 5)] == ["Joe Biden spoke.", "Markets rose."] * 2 + ["Joe Biden spoke."]
    results.close()
    assert multiprocessing.active_children() == []


@pytest.fixture(scope="module")
def sample_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))] + [STORY]


def test_same_input_same_output_across_n_process(nlp, sample_texts):
    """analyze_many gives identical Articles with 1 and 2 processes, and run after run."""
    once = [a.to_dict() for a in newsnlp.analyze_many(sample_texts, nlp=nlp, batch_size=2)]
    again = [a.to_dict() for a in newsnlp.analyze_many(sample_texts, nlp=nlp, batch_size=2)]
    pooled = [a.to_dict() for a in newsnlp.analyze_many(sample_texts, nlp=nlp, batch_size=2, n_process=2)]
    assert once == again == pooled


def test_same_output_in_fresh_processes_with_other_hash_seeds(sample_texts, tmp_path):
    """Two fresh interpreters with different PYTHONHASHSEED give the same JSON (no set-order or
    hash-dependent results)."""
    script = ("import json, sys, newsnlp; texts = json.load(open(sys.argv[1]));"
              "print(json.dumps([a.to_dict() for a in newsnlp.analyze_many(texts)]))")
    inputs = tmp_path / "texts.json"
    inputs.write_text(json.dumps(sample_texts))
    outputs = [subprocess.run([sys.executable, "-c", script, str(inputs)], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert outputs[0] == outputs[1] and json.loads(outputs[0])
