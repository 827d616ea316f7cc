"""Money: `newsnlp.money.parse` on news phrases, `find_money` on Docs, the seed and samples."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsnlp.money import find_money, parse

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"

D = Decimal
# phrase -> (amount, currency, qualifier) for one amount, (None, currency, qualifier, low, high)
# for a range, None for no money.
PHRASES = [
    ("up to $200 billion", (D("200000000000"), "USD", "up to"), "seed-up-to"),
    ("around 40 billion reais", (D("40000000000"), "BRL", "around"), "reais"),
    ("up to 50 billion euros", (D("50000000000"), "EUR", "up to"), "euros"),
    ("nearly ¥3 trillion", (D("3000000000000"), "JPY", "nearly"), "yen-sign"),
    ("more than 500 billion rupees", (D("500000000000"), "INR", "more than"), "rupees"),
    ("about $800 million", (D("800000000"), "USD", "about"), "about"),
    ("5 billion dollars", (D("5000000000"), "USD", None), "dollars-after"),
    ("20 billion euros", (D("20000000000"), "EUR", None), "euros-plain"),
    ("200 billion yuan", (D("200000000000"), "CNY", None), "yuan"),
    ("5 trillion rubles", (D("5000000000000"), "RUB", None), "rubles"),
    ("3 billion roubles", (D("3000000000"), "RUB", None), "roubles"),
    ("55 billion rupees", (D("55000000000"), "INR", None), "rupees-plain"),
    ("12 billion Australian dollars", (D("12000000000"), "AUD", None), "australian-dollars"),
    ("1.5 billion Hong Kong dollars", (D("1500000000"), "HKD", None), "hong-kong-dollars"),
    ("400 million Swiss francs", (D("400000000"), "CHF", None), "swiss-francs"),
    ("2 trillion won", (D("2000000000000"), "KRW", None), "won"),
    ("10 billion rand", (D("10000000000"), "ZAR", None), "rand"),
    ("7 billion dinars", (D("7000000000"), None, None), "ambiguous-dinars"),
    ("$1.2bn", (D("1200000000"), "USD", None), "bn-attached"),
    ("$5m", (D("5000000"), "USD", None), "m-attached"),
    ("£250k", (D("250000"), "GBP", None), "k-attached"),
    ("€3.4 bln", (D("3400000000"), "EUR", None), "bln"),
    ("$4 mln", (D("4000000"), "USD", None), "mln"),
    ("£2.5 mn", (D("2500000"), "GBP", None), "mn"),
    ("$1 tn", (D("1000000000000"), "USD", None), "tn"),
    ("$12,500", (D("12500"), "USD", None), "thousands-separator"),
    ("$3,450,000.75", (D("3450000.75"), "USD", None), "separator-decimals"),
    ("€ 2 million", (D("2000000"), "EUR", None), "spaced-symbol"),
    ("two billion dollars", (D("2000000000"), "USD", None), "number-words"),
    ("a million dollars", (D("1000000"), "USD", None), "a-million"),
    ("half a billion euros", (D("500000000"), "EUR", None), "half-a-billion"),
    ("five million yen", (D("5000000"), "JPY", None), "words-yen"),
    ("thirteen dollars", (D("13"), "USD", None), "words-small"),
    ("Rs 5 crore", (D("50000000"), "INR", None), "crore"),
    ("35 lakh rupees", (D("3500000"), "INR", None), "lakh"),
    ("12,34,567 rupees", (D("1234567"), "INR", None), "indian-separators"),
    ("50 cents", (D("0.50"), "USD", None), "cents"),
    ("20p", (D("0.20"), "GBP", None), "pence-attached"),
    ("470 pence", (D("4.70"), "GBP", None), "pence"),
    ("a 12-cent dividend", (D("0.12"), "USD", None), "hyphen-cent"),
    ("US$150 million", (D("150000000"), "USD", None), "us-dollar-sign"),
    ("HK$10 billion", (D("10000000000"), "HKD", None), "hk-dollar"),
    ("C$300 million", (D("300000000"), "CAD", None), "c-dollar"),
    ("A$2 billion", (D("2000000000"), "AUD", None), "a-dollar"),
    ("S$1.1 billion", (D("1100000000"), "SGD", None), "s-dollar"),
    ("NZ$500 million", (D("500000000"), "NZD", None), "nz-dollar"),
    ("R$ 3 billion", (D("3000000000"), "BRL", None), "real-sign"),
    ("₹10,000 crore", (D("100000000000"), "INR", None), "rupee-sign-crore"),
    ("₽1 trillion", (D("1000000000000"), "RUB", None), "ruble-sign"),
    ("₩5 trillion", (D("5000000000000"), "KRW", None), "won-sign"),
    ("CHF 1.2 billion", (D("1200000000"), "CHF", None), "code-before"),
    ("300 EUR", (D("300"), "EUR", None), "code-after"),
    ("USD 22.5 million", (D("22500000"), "USD", None), "code-before-scale"),
    ("RMB 8 billion", (D("8000000000"), "CNY", None), "rmb"),
    ("roughly $3 billion", (D("3000000000"), "USD", "roughly"), "roughly"),
    ("almost £1 billion", (D("1000000000"), "GBP", "almost"), "almost"),
    ("over $10 million", (D("10000000"), "USD", "over"), "over"),
    ("at least $4.5 billion", (D("4500000000"), "USD", "at least"), "at-least"),
    ("as much as $1 trillion", (D("1000000000000"), "USD", "as much as"), "as-much-as"),
    ("less than €100 million", (D("100000000"), "EUR", "less than"), "less-than"),
    ("some $2 billion", (D("2000000000"), "USD", "some"), "some"),
    ("About $6 million", (D("6000000"), "USD", "about"), "qualifier-capitalised"),
    ("$5m-$7m", (None, "USD", None, D("5000000"), D("7000000")), "range-dash"),
    ("$5-7 million", (None, "USD", None, D("5000000"), D("7000000")), "range-shared-scale"),
    ("between $5 million and $7 million", (None, "USD", None, D("5000000"), D("7000000")), "range-between"),
    ("between $5 and $7 billion", (None, "USD", None, D("5000000000"), D("7000000000")), "range-between-shared"),
    ("$10 to $15 billion", (None, "USD", None, D("10000000000"), D("15000000000")), "range-to"),
    ("3 to 4 billion euros", (None, "EUR", None, D("3000000000"), D("4000000000")), "range-currency-after"),
    ("€20bn–€30bn", (None, "EUR", None, D("20000000000"), D("30000000000")), "range-en-dash"),
    ("a $10-million fine", (D("10000000"), "USD", None), "article-a-is-no-aud"),
    ("Macy's $5 million", (D("5000000"), "USD", None), "possessive-s-is-no-sgd"),
    ("5 euro cents", (D("0.05"), "EUR", None), "euro-cents"),
    ("₹2.5 lakh crore", (D("2500000000000"), "INR", None), "lakh-crore"),
    ("5 billion Norwegian crowns", (D("5000000000"), "NOK", None), "crowns"),
    ("1.2 billion zlotys", (D("1200000000"), "PLN", None), "zlotys"),
    ("420 million Finnish markka", (D("420000000"), "FIM", None), "former-currency"),
    ("from $5 billion to $6 billion", (D("5000000000"), "USD", None), "from-to-is-no-range"),
    ("he paid 5 million pounds for it", (D("5000000"), "GBP", None), "pounds-money"),
    ("5 million pounds of beef", None, "pounds-weight-of"),
    ("he weighs 236 pounds", None, "pounds-weight-weigh"),
    ("3M shares", None, "company-3m"),
    ("between 2020 and 2022", None, "years-between"),
    ("thirteen dollars and forty-five cents", (D("13.45"), "USD", None), "dollars-and-cents"),
    ("5 dollars and 20 people", (D("5"), "USD", None), "dollars-and-no-cents"),
    ("fares of $5 to 2025", (D("5"), "USD", None), "to-a-year-is-no-range"),
    ("$500 to 1,000", (None, "USD", None, D("500"), D("1000")), "range-bare-high"),
    ("streams in 1080p", None, "video-resolution-is-no-pence"),
    ("5 million people", None, "no-currency"),
    ("$", None, "symbol-alone"),
    ("Dollar General", None, "currency-word-alone"),
    ("All 70 of us", None, "code-like-word-all"),
    ("he tried 3 times", None, "code-like-word-try"),
    ("in 2023", None, "year"),
    ("prices rose 5%", None, "percent"),
    ("", None, "empty"),
]


@pytest.mark.parametrize("phrase, expected", [p[:2] for p in PHRASES], ids=[p[2] for p in PHRASES])
def test_parse_phrases(phrase, expected):
    """parse() gives the amount (or range), ISO currency and qualifier of a news phrase."""
    money = parse(phrase)
    if expected is None:
        assert money is None
        return
    assert money is not None
    amount, currency, qualifier, *bounds = expected
    got = (money.amount, money.currency, money.qualifier, *((money.low, money.high) if bounds else ()))
    assert got == (amount, currency, qualifier, *bounds)
    assert money.text == phrase[money.start:money.end]


@pytest.mark.parametrize("phrase, text", [
    ("up to $200 billion", "up to $200 billion"),
    ("it costs $5 a share", "$5"),
    ("between $5 billion and $7 billion by 2025", "between $5 billion and $7 billion"),
    ("sales fell to $1.45 billion.", "$1.45 billion"),
], ids=["qualifier-inside", "trailing-words", "range-whole", "full-stop"])
def test_parse_span(phrase, text):
    """The span covers the qualifier and both ends of a range, nothing after the currency."""
    assert parse(phrase).text == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_never_raises(phrase):
    """parse() returns a Money or None for any string."""
    money = parse(phrase)
    assert money is None or money.text == phrase[money.start:money.end]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["$", "5", "1,2", ".", " ", "million", "bn", "-", "to", "and",
                                 "between", "euros", "up to", "¥", "p", "m", "cents", "US"]), max_size=12))
def test_parse_never_raises_on_money_like_text(pieces):
    """parse() survives strings made of money-like pieces."""
    money = parse("".join(pieces))
    assert money is None or money.amount is not None or money.low <= money.high


@pytest.mark.parametrize("text, expected", [
    ("India will spend 55 billion rupees ($660 million) on the scheme.",
     [("55 billion rupees", "INR"), ("$660 million", "USD")]),
    ("Sony earned ¥300 billion last year.", [("¥300 billion", "JPY")]),
    ("China's central bank injected ¥500 billion, or about 70 billion dollars, into the yuan market.",
     [("¥500 billion", "CNY"), ("about 70 billion dollars", "USD")]),
    ("The plant employs 4,000 workers and opened in 2019.", []),
], ids=["conversion", "yen-default", "yen-as-yuan", "no-money"])
def test_find_money_in_docs(nlp, text, expected):
    """find_money() gives every amount in text order, offsets into the text, ¥ per the article."""
    found = find_money(nlp(text))
    assert [(m.text, m.currency) for m in found] == expected
    assert all(m.text == text[m.start:m.end] for m in found)


def test_seed_money(seed):
    """The seed article's "up to $200 billion" is 200000000000 USD, qualifier "up to"."""
    [money] = seed.money
    assert (money.text, money.amount, money.currency, money.qualifier) == (
        "up to $200 billion", Decimal("200000000000"), "USD", "up to")
    assert seed.text[money.start:money.end] == money.text


@pytest.mark.parametrize("sample, expected", [
    ("brazil_rates.txt", [("around 40 billion reais", D("40000000000"), None, None, "BRL", "around"),
                          ("between $5 billion and $7 billion", None, D("5000000000"), D("7000000000"), "USD", None),
                          ("more than $100 billion", D("100000000000"), None, None, "USD", "more than")]),
    ("eu_summit.txt", [("up to 50 billion euros", D("50000000000"), None, None, "EUR", "up to"),
                       ("5 billion dollars", D("5000000000"), None, None, "USD", None),
                       ("20 billion euros", D("20000000000"), None, None, "EUR", None)]),
    ("tokyo_trade.txt", [("nearly ¥3 trillion", D("3000000000000"), None, None, "JPY", "nearly"),
                         ("more than 500 billion rupees", D("500000000000"), None, None, "INR", "more than"),
                         ("about $800 million", D("800000000"), None, None, "USD", "about")]),
], ids=["brazil", "eu", "tokyo"])
def test_samples_money(nlp, sample, expected):
    """Every amount of each sample article, with amount or range, currency and qualifier."""
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    found = find_money(nlp(text))
    assert [(m.text, m.amount, m.low, m.high, m.currency, m.qualifier) for m in found] == expected
