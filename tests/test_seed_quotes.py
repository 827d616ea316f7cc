"""Seed acceptance for quotes (issue 2, item 5), and the quotes of our own sample articles."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


def quote_starting(article, words):
    found = [q for q in article.quotes if q.text.startswith(words)]
    assert len(found) == 1, f"one quote starting {words!r}, got {[q.text for q in article.quotes]}"
    return found[0]


@pytest.mark.parametrize(
    "words, kind, speaker, mention, cue, addressee",
    [
        ("the two sides aim to broaden", "indirect", "Li Qiang", "Chinese premier Li Qiang", "said", None),
        ("Pragmatic cooperation between China and Russia", "mixed", "Li Qiang", "Li", "said", None),
        ("Today, relations between Russia and China", "direct", "Mikhail Mishustin", "Mishustin", "told",
         "Li Qiang"),
        ("They are characterized by mutual respect", "direct", "Mikhail Mishustin", "he", "said", None),
        ("bilateral trade will reach up to $200 billion", "indirect", "Mikhail Mishustin",
         "Mishustin", "predicted", None),
        ("Our country is the leading supplier", "direct", "Mikhail Mishustin", "He", "affirmed", None),
        ("Russia and China \u201care ready to collaborate", "mixed", "Mikhail Mishustin",
         "Mishustin", "noted", None),
    ],
    ids=["li-indirect", "li-mixed", "mishustin-told", "he-said", "predicted", "he-affirmed", "noted-mixed"],
)
def test_seed_quote(seed, words, kind, speaker, mention, cue, addressee):
    """Each seed quote has its kind, resolved speaker, speaker words, cue and addressee."""
    quote = quote_starting(seed, words)
    assert (quote.kind, quote.speaker, quote.cue, quote.addressee) == (kind, speaker, cue, addressee)
    assert quote.speaker_mention.text == mention
    assert seed.text[quote.start:quote.end] == quote.text
    assert seed.text[quote.speaker_mention.start:quote.speaker_mention.end] == mention


def test_seed_exact_contents(seed):
    """Contents stop at the reported clause and leave the quotation marks out."""
    predicted = quote_starting(seed, "bilateral trade")
    assert predicted.text == "bilateral trade will reach up to $200 billion in 2023"
    told = quote_starting(seed, "Today, relations")
    assert told.text == "Today, relations between Russia and China are at an unprecedented high level,"


@pytest.mark.parametrize("words", ["good", "new level", "unprecedented high level"],
                         ids=["good", "new-level", "headline-scare-quote"])
def test_seed_quoted_words_are_no_quotes(seed, words):
    """Quoted words inside a quote, and the headline's scare quote, are no quotes of their own."""
    assert all(q.text.strip('"\u201c\u201d,\' ') != words for q in seed.quotes)


def test_seed_quotes_in_text_order(seed):
    """Quotes come in text order and nothing outside the seven is reported."""
    assert [q.start for q in seed.quotes] == sorted(q.start for q in seed.quotes)
    assert len(seed.quotes) == 7


@pytest.mark.parametrize(
    "sample, words, kind, speaker, cue, addressee",
    [
        ("brazil_rates.txt", "We remain vigilant", "direct", "Roberto Campos Neto", "told", "reporters"),
        ("brazil_rates.txt", "Inflation is converging", "direct", "Roberto Campos Neto", "told", "reporters"),
        ("brazil_rates.txt", "the bank will cut rates again", "indirect", "analysts at Itau Unibanco",
         "According to", None),
        ("eu_summit.txt", "Nobody should doubt our resolve", "direct", "Olaf Scholz", "said", None),
        ("eu_summit.txt", 'Europe "cannot rely on others forever', "mixed", "Emmanuel Macron", "warned",
         None),
        ("eu_summit.txt", "This is a historic day", "direct", "Dmytro Kuleba", "said", None),
        ("tokyo_trade.txt", "It is good for both peoples.", "direct", "Piyush Goyal", "told",
         "the Nikkei newspaper"),
        ("tokyo_trade.txt", "he would visit New Delhi", "indirect", "Shigeru Ishiba", "said", None),
    ],
    ids=["campos-told", "campos-second-segment", "according-to", "scholz-he", "macron-mixed", "kuleba",
         "goyal-continued", "ishiba-indirect"],
)
def test_sample_quotes(nlp, sample, words, kind, speaker, cue, addressee):
    """Our own sample articles give the expected quotes and speakers."""
    article = newsnlp.analyze((SAMPLES / sample).read_text(encoding="utf-8"), nlp=nlp)
    quote = quote_starting(article, words)
    assert (quote.kind, quote.speaker, quote.cue, quote.addressee) == (kind, speaker, cue, addressee)


def test_sample_title_is_no_quote(nlp):
    """'called the deal "a signal to Moscow"' without a reporting verb is no direct quote."""
    article = newsnlp.analyze((SAMPLES / "eu_summit.txt").read_text(encoding="utf-8"), nlp=nlp)
    assert all(q.text != "a signal to Moscow" for q in article.quotes)
