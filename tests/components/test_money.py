"""Money: `newsnlp.money.parse` on news phrases, `find_money` on Docs, the seed and samples."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsnlp
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
    ("rose from $5 billion to $6 billion", (D("5000000000"), "USD", None), "change-from-to-is-no-range"),
    ("from $5 billion to $6 billion", (None, "USD", None, D("5000000000"), D("6000000000")), "from-to-range"),
    ("slipped 75p to 410p", (D("0.75"), "GBP", None), "change-to-is-no-range"),
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


# Invented news sentences: sentence, phrase, amount or (low, high) for a range, ISO currency,
# qualifier, and "context" when the currency depends on the rest of the sentence (the yuan for
# "¥", the country for a shared bare name like "pesos"), so parse(phrase) alone can't know it.
NEWS_CASES = [
    # scale words and abbreviations, decimals, separators
    ("The start-up raised $1.5bn from investors on Monday.", "$1.5bn", "1.5e9", "USD", None),
    ("Pre-tax profit rose to £3.2m in the year.", "£3.2m", "3.2e6", "GBP", None),
    ("The painting sold for €1,200 at a village auction.", "€1,200", "1200", "EUR", None),
    ("The club paid $20m for the striker.", "$20m", "2e7", "USD", None),
    ("Each winner gets a prize of $50k.", "$50k", "5e4", "USD", None),
    ("The council approved a $4mn grant.", "$4mn", "4e6", "USD", None),
    ("Exports reached €2.5 mln in March.", "€2.5 mln", "2.5e6", "EUR", None),
    ("Britain's debt passed £2tn this year.", "£2tn", "2e12", "GBP", None),
    ("The merger is valued at $3b.", "$3b", "3e9", "USD", None),
    ("The deal is worth $7.25 billion.", "$7.25 billion", "7.25e9", "USD", None),
    ("He left an estate of $1,250,000.", "$1,250,000", "1250000", "USD", None),
    ("The fund manages $0.5 trillion.", "$0.5 trillion", "5e11", "USD", None),
    ("The city borrowed $ 40 million last spring.", "$ 40 million", "4e7", "USD", None),
    ("Revenue was $5 Billion in 2022.", "$5 Billion", "5e9", "USD", None),
    ("Losses hit €12.4bn at the lender.", "€12.4bn", "1.24e10", "EUR", None),
    ("The budget adds $900bn in spending.", "$900bn", "9e11", "USD", None),
    ("Orders totalled $2.1 trn over the decade.", "$2.1 trn", "2.1e12", "USD", None),
    ("The stadium cost £750,000 to refit.", "£750,000", "750000", "GBP", None),
    # number words
    ("The ministry spent two billion dollars on tanks.", "two billion dollars", "2e9", "USD", None),
    ("She won a million pounds in the lottery.", "a million pounds", "1e6", "GBP", None),
    ("The project will cost half a billion dollars.", "half a billion dollars", "5e8", "USD", None),
    ("The bank lent three hundred million euros.", "three hundred million euros", "3e8", "EUR", None),
    ("Twenty-five million dollars went missing.", "Twenty-five million dollars", "2.5e7", "USD", None),
    ("The state pays a billion dollars a year in interest.", "a billion dollars", "1e9", "USD", None),
    ("The charity received a quarter of a billion pounds.", "a quarter of a billion pounds", "2.5e8", "GBP", None),
    ("Officials found five million euros in cash.", "five million euros", "5e6", "EUR", None),
    # lakh and crore
    ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", "5e9", "INR", None),
    ("The farmer took a loan of Rs 2 lakh.", "Rs 2 lakh", "2e5", "INR", None),
    ("The scheme has a budget of ₹1,500 crore.", "₹1,500 crore", "1.5e10", "INR", None),
    ("Each family will receive 10 lakh rupees.", "10 lakh rupees", "1e6", "INR", None),
    ("The film earned Rs 3.5 crore on day one.", "Rs 3.5 crore", "3.5e7", "INR", None),
    ("The firm paid INR 200 crore for the land.", "INR 200 crore", "2e9", "INR", None),
    ("Police seized Rs. 45 lakh in cash.", "Rs. 45 lakh", "4.5e6", "INR", None),
    # minor units
    ("The stock closed up 50 cents.", "50 cents", "0.5", "USD", None),
    ("A loaf now costs 20p more.", "20p", "0.2", "GBP", None),
    ("Petrol fell by 15 pence a litre.", "15 pence", "0.15", "GBP", None),
    ("The board declared a 10-cent dividend.", "10-cent", "0.1", "USD", None),
    ("Shares slipped 75p to 410p.", "75p", "0.75", "GBP", None),
    ("Earnings were 99 cents a share.", "99 cents", "0.99", "USD", None),
    # symbols
    ("Toyota expects profit of ¥2.5 trillion this year.", "¥2.5 trillion", "2.5e12", "JPY", None),
    ("The rouble fell as Moscow set aside ₽3 trillion.", "₽3 trillion", "3e12", "RUB", None),
    ("Samsung will invest ₩20 trillion in chips.", "₩20 trillion", "2e13", "KRW", None),
    ("Ankara approved ₺50 billion for the quake zone.", "₺50 billion", "5e10", "TRY", None),
    ("Lagos raised ₦100 billion in bonds.", "₦100 billion", "1e11", "NGN", None),
    ("Manila set aside ₱10 billion for relief.", "₱10 billion", "1e10", "PHP", None),
    ("Bangkok unveiled a ฿500 billion stimulus.", "฿500 billion", "5e11", "THB", None),
    ("The startup raised ₪40 million.", "₪40 million", "4e7", "ILS", None),
    ("Hanoi approved ₫20 trillion for the railway.", "₫20 trillion", "2e13", "VND", None),
    ("Kyiv needs ₴30 billion more.", "₴30 billion", "3e10", "UAH", None),
    ("The flat sold for £1.50 million.", "£1.50 million", "1.5e6", "GBP", None),
    ("Warsaw will spend zł10 billion on defence.", "zł10 billion", "1e10", "PLN", None),
    # prefixed symbols
    ("The bank issued US$3 billion in bonds.", "US$3 billion", "3e9", "USD", None),
    ("The tycoon bought the tower for HK$5.2 billion.", "HK$5.2 billion", "5.2e9", "HKD", None),
    ("Ottawa pledged C$2 billion for housing.", "C$2 billion", "2e9", "CAD", None),
    ("The miner reported A$1.1 billion in profit.", "A$1.1 billion", "1.1e9", "AUD", None),
    ("Temasek put S$800 million into the fund.", "S$800 million", "8e8", "SGD", None),
    ("Wellington set aside NZ$1.5 billion.", "NZ$1.5 billion", "1.5e9", "NZD", None),
    ("Petrobras will pay R$6 billion in dividends.", "R$6 billion", "6e9", "BRL", None),
    ("TSMC posted NT$300 billion in profit.", "NT$300 billion", "3e11", "TWD", None),
    ("The bill costs US $4 billion.", "US $4 billion", "4e9", "USD", None),
    ("The loan is worth U.S. $2 billion.", "U.S. $2 billion", "2e9", "USD", None),
    ("The toll road cost MX$12 billion.", "MX$12 billion", "1.2e10", "MXN", None),
    # ISO codes before / after
    ("Nestle set aside CHF 1.2 billion for the plan.", "CHF 1.2 billion", "1.2e9", "CHF", None),
    ("The fine was 300 EUR per person.", "300 EUR", "300", "EUR", None),
    ("The bond raised EUR 5 million.", "EUR 5 million", "5e6", "EUR", None),
    ("The group sold GBP 200m of notes.", "GBP 200m", "2e8", "GBP", None),
    ("Tokyo sold JPY 1 trillion of bonds.", "JPY 1 trillion", "1e12", "JPY", None),
    ("The issuer raised USD 3.5bn.", "USD 3.5bn", "3.5e9", "USD", None),
    ("Ericsson cut costs by SEK 10 billion.", "SEK 10 billion", "1e10", "SEK", None),
    ("The fund bought 2 million USD of gold.", "2 million USD", "2e6", "USD", None),
    ("The bank lent 1.5 billion CHF to the region.", "1.5 billion CHF", "1.5e9", "CHF", None),
    ("Equinor paid NOK 2bn in tax.", "NOK 2bn", "2e9", "NOK", None),
    ("The lender raised CNY 10 billion.", "CNY 10 billion", "1e10", "CNY", None),
    ("Fees were cut to EUR1.5m.", "EUR1.5m", "1.5e6", "EUR", None),
    # names after the number
    ("Beijing unveiled 200 billion yuan in spending.", "200 billion yuan", "2e11", "CNY", None),
    ("Moscow will spend 5 trillion rubles on defence.", "5 trillion rubles", "5e12", "RUB", None),
    ("Brazil's central bank sold 40 billion reais.", "40 billion reais", "4e10", "BRL", None),
    ("India will spend 55 billion rupees on the scheme.", "55 billion rupees", "5.5e10", "INR", None),
    ("Canberra set aside 10 billion Australian dollars.", "10 billion Australian dollars", "1e10", "AUD", None),
    ("The pension fund put 3 billion Canadian dollars into bonds.", "3 billion Canadian dollars", "3e9", "CAD", None),
    ("The bank holds 100 million Singapore dollars.", "100 million Singapore dollars", "1e8", "SGD", None),
    ("The developer borrowed 6 billion Hong Kong dollars.", "6 billion Hong Kong dollars", "6e9", "HKD", None),
    ("The dairy made 2 billion New Zealand dollars.", "2 billion New Zealand dollars", "2e9", "NZD", None),
    ("Tokyo approved 4 trillion yen in aid.", "4 trillion yen", "4e12", "JPY", None),
    ("The EU pledged 30 billion euros.", "30 billion euros", "3e10", "EUR", None),
    ("London will spend 1 billion pounds on flood defences.", "1 billion pounds", "1e9", "GBP", None),
    ("The firm owes 500 million pounds sterling.", "500 million pounds sterling", "5e8", "GBP", None),
    ("Copenhagen set aside 20 billion Danish kroner.", "20 billion Danish kroner", "2e10", "DKK", None),
    ("Stockholm plans 15 billion Swedish kronor in cuts.", "15 billion Swedish kronor", "1.5e10", "SEK", None),
    ("The oil fund spent 9 billion Norwegian kroner.", "9 billion Norwegian kroner", "9e9", "NOK", None),
    ("Abuja budgeted 400 billion naira for roads.", "400 billion naira", "4e11", "NGN", None),
    ("The retailer lost 3 billion Mexican pesos.", "3 billion Mexican pesos", "3e9", "MXN", None),
    ("Buenos Aires printed 900 billion Argentine pesos.", "900 billion Argentine pesos", "9e11", "ARS", None),
    ("The miner paid 12 billion rand in wages.", "12 billion rand", "1.2e10", "ZAR", None),
    ("Jakarta set aside 1 trillion rupiah.", "1 trillion rupiah", "1e12", "IDR", None),
    ("Kuala Lumpur approved 7 billion ringgit.", "7 billion ringgit", "7e9", "MYR", None),
    ("Thailand plans 80 billion baht in handouts.", "80 billion baht", "8e10", "THB", None),
    ("Israel approved 2 billion shekels for the north.", "2 billion shekels", "2e9", "ILS", None),
    ("Hanoi will spend 600 billion dong.", "600 billion dong", "6e11", "VND", None),
    ("Ankara set aside 100 billion Turkish lira.", "100 billion Turkish lira", "1e11", "TRY", None),
    ("Aramco paid 5 billion riyals in dividends.", "5 billion riyals", "5e9", "SAR", None),
    ("Dubai raised 10 billion dirhams.", "10 billion dirhams", "1e10", "AED", None),
    ("Cairo raised 25 billion Egyptian pounds.", "25 billion Egyptian pounds", "2.5e10", "EGP", None),
    ("Kyiv needs 100 billion hryvnias.", "100 billion hryvnias", "1e11", "UAH", None),
    ("Warsaw will borrow 3 billion zlotys.", "3 billion zlotys", "3e9", "PLN", None),
    ("The bank paid 2 billion Swiss francs.", "2 billion Swiss francs", "2e9", "CHF", None),
    ("Karachi will raise 50 billion Pakistani rupees.", "50 billion Pakistani rupees", "5e10", "PKR", None),
    ("The utility owes 300 billion South Korean won.", "300 billion South Korean won", "3e11", "KRW", None),
    ("Nairobi raised 20 billion Kenyan shillings.", "20 billion Kenyan shillings", "2e10", "KES", None),
    ("Budapest plans 500 billion forints in cuts.", "500 billion forints", "5e11", "HUF", None),
    ("The firm earned 8 billion Taiwan dollars.", "8 billion Taiwan dollars", "8e9", "TWD", None),
    # bare names several currencies share: the country of the article
    ("The Philippines borrowed 50 billion pesos.", "50 billion pesos", "5e10", "PHP", None, "context"),
    ("Argentina's central bank printed 900 billion pesos.", "900 billion pesos", "9e11", "ARS", None, "context"),
    ("Mexico will spend 40 billion pesos on the rail line.", "40 billion pesos", "4e10", "MXN", None),
    ("Pakistan will spend 50 billion rupees on dams.", "50 billion rupees", "5e10", "PKR", None, "context"),
    ("Egypt's cabinet approved 10 billion pounds for bread subsidies.", "10 billion pounds", "1e10", "EGP", None, "context"),
    ("Iraq's budget sets aside 5 trillion dinars for wages.", "5 trillion dinars", "5e12", "IQD", None, "context"),
    ("Kenya raised 20 billion shillings in a bond sale.", "20 billion shillings", "2e10", "KES", None, "context"),
    ("Britain and Egypt signed a deal worth 2 billion pounds.", "2 billion pounds", "2e9", "GBP", None),
    ("Canada will lend Ukraine 500 million dollars.", "500 million dollars", "5e8", "USD", None),
    ("The group paid 3 million U.S. dollars.", "3 million U.S. dollars", "3e6", "USD", None),
    ("The bank sold 40 billion Chinese yuan of bonds.", "40 billion Chinese yuan", "4e10", "CNY", None),
    ("The fund holds 6 billion Japanese yen.", "6 billion Japanese yen", "6e9", "JPY", None),
    ("He sent 20 million Indian rupees home.", "20 million Indian rupees", "2e7", "INR", None),
    ("The bank lent 1 billion Brazilian reais.", "1 billion Brazilian reais", "1e9", "BRL", None),
    ("The budget adds 2 trillion Russian roubles.", "2 trillion Russian roubles", "2e12", "RUB", None),
    # yen sign in a yuan article
    ("China's stimulus of ¥500 billion is the biggest since 2008, paid in yuan.", "¥500 billion", "5e11", "CNY", None, "context"),
    # qualifiers
    ("The bill could cost up to $200 billion.", "up to $200 billion", "2e11", "USD", "up to"),
    ("The fire caused about $3 million in damage.", "about $3 million", "3e6", "USD", "about"),
    ("The ship carried around €40 million in goods.", "around €40 million", "4e7", "EUR", "around"),
    ("The scheme cost roughly £2bn.", "roughly £2bn", "2e9", "GBP", "roughly"),
    ("Sales reached nearly $9 billion.", "nearly $9 billion", "9e9", "USD", "nearly"),
    ("The museum raised almost $1 million.", "almost $1 million", "1e6", "USD", "almost"),
    ("The airline lost more than $4 billion.", "more than $4 billion", "4e9", "USD", "more than"),
    ("The project went over $10m over budget.", "over $10m", "1e7", "USD", "over"),
    ("The plan needs at least €5 billion.", "at least €5 billion", "5e9", "EUR", "at least"),
    ("Fines of as much as $1 billion are possible.", "as much as $1 billion", "1e9", "USD", "as much as"),
    ("The firm was sold for less than £100 million.", "less than £100 million", "1e8", "GBP", "less than"),
    ("Investors pulled some $2 billion from the fund.", "some $2 billion", "2e9", "USD", "some"),
    ("The storm did an estimated $8 billion of damage.", "estimated $8 billion", "8e9", "USD", "estimated"),
    ("The club is close to a £60m deal.", "close to a £60m", "6e7", "GBP", None),
    ("The fund holds close to $900 million.", "close to $900 million", "9e8", "USD", "close to"),
    ("Revenue was just over $2 billion.", "just over $2 billion", "2e9", "USD", "just over"),
    ("The house sold for under $500,000.", "under $500,000", "5e5", "USD", "under"),
    ("Aid totals approximately $700 million.", "approximately $700 million", "7e8", "USD", "approximately"),
    ("Tickets cost as little as $5.", "as little as $5", "5", "USD", "as little as"),
    ("The pair raised upwards of $30 million.", "upwards of $30 million", "3e7", "USD", "upwards of"),
    ("Damage was just under €1 billion.", "just under €1 billion", "1e9", "EUR", "just under"),
    ("Bonuses reached well over $100 million.", "well over $100 million", "1e8", "USD", "well over"),
    ("The fund invests in excess of £3bn.", "in excess of £3bn", "3e9", "GBP", "in excess of"),
    ("The rebate is worth no more than $200.", "no more than $200", "200", "USD", "no more than"),
    ("Bids came in at no less than $1 billion.", "no less than $1 billion", "1e9", "USD", "no less than"),
    ("The state lost About $6 million.", "About $6 million", "6e6", "USD", "about"),
    ("Chinese banks lent more than 200 billion yuan.", "more than 200 billion yuan", "2e11", "CNY", "more than"),
    ("Moscow spent nearly 5 trillion rubles.", "nearly 5 trillion rubles", "5e12", "RUB", "nearly"),
    ("The market is worth $2 billion-plus, analysts say.", "$2 billion-plus", "2e9", "USD", "more than"),
    ("He mocked a $30-plus trillion budget.", "$30-plus trillion", "3e13", "USD", "more than"),
    ("Costs rose to as high as $90 million.", "as high as $90 million", "9e7", "USD", "as high as"),
    ("Rent is at most $1,500 a month.", "at most $1,500", "1500", "USD", "at most"),
    # ranges
    ("The bonds should raise $5m-$7m.", "$5m-$7m", ("5e6", "7e6"), "USD", None),
    ("The fix will cost $5-7 million.", "$5-7 million", ("5e6", "7e6"), "USD", None),
    ("The value is between $5 million and $7 million.", "between $5 million and $7 million", ("5e6", "7e6"), "USD", None),
    ("Analysts expect $10 to $15 billion in losses.", "$10 to $15 billion", ("1e10", "1.5e10"), "USD", None),
    ("Estimates range from $1bn to $2bn.", "$1bn to $2bn", ("1e9", "2e9"), "USD", None),
    ("The plant will cost 5 to 7 million euros.", "5 to 7 million euros", ("5e6", "7e6"), "EUR", None),
    ("The gap is between 3 and 4 billion dollars.", "between 3 and 4 billion dollars", ("3e9", "4e9"), "USD", None),
    ("The offer values it at $1.2-1.5 billion.", "$1.2-1.5 billion", ("1.2e9", "1.5e9"), "USD", None),
    ("Bids ranged from €10bn-€12bn.", "€10bn-€12bn", ("1e10", "1.2e10"), "EUR", None),
    ("Tickets cost £5m to £10m to produce.", "£5m to £10m", ("5e6", "1e7"), "GBP", None),
    ("Salaries are $50,000-$60,000.", "$50,000-$60,000", ("5e4", "6e4"), "USD", None),
    ("The bank will lend 10-15 billion yuan.", "10-15 billion yuan", ("1e10", "1.5e10"), "CNY", None),
    ("The film cost Rs 100-200 crore.", "Rs 100-200 crore", ("1e9", "2e9"), "INR", None),
    ("Oil may trade at $30 to $40 a barrel.", "$30 to $40", ("30", "40"), "USD", None),
    ("The deal is worth $5 million to $7 million.", "$5 million to $7 million", ("5e6", "7e6"), "USD", None),
    ("Damage is put at $2bn–$3bn.", "$2bn–$3bn", ("2e9", "3e9"), "USD", None),
    ("Costs are seen at between €4 billion and €6 billion.", "between €4 billion and €6 billion", ("4e9", "6e9"), "EUR", None),
    # conversions in parentheses
    ("India will spend 55 billion rupees ($660 million) on the scheme.", "$660 million", "6.6e8", "USD", None),
    ("Seoul approved 1 trillion won (US$750 million) in aid.", "US$750 million", "7.5e8", "USD", None),
    ("Seoul approved 1 trillion won (US$750 million) in aid.", "1 trillion won", "1e12", "KRW", None),
    ("The EU fined it €50 million ($54 million).", "$54 million", "5.4e7", "USD", None),
    ("Tokyo set aside ¥1 trillion ($6.7 billion).", "$6.7 billion", "6.7e9", "USD", None),
    ("The club sold him for £2bn ($2.5bn).", "£2bn", "2e9", "GBP", None),
    # prices, losses
    ("The shares were offered at $45 a share.", "$45", "45", "USD", None),
    ("Brent rose to $80 a barrel.", "$80", "80", "USD", None),
    ("Diesel costs €1.80 per litre.", "€1.80", "1.8", "EUR", None),
    ("The firm reported a loss of $2 billion.", "$2 billion", "2e9", "USD", None),
    ("The group posted a net loss of £300 million.", "£300 million", "3e8", "GBP", None),
    ("The board paid a dividend of 50 cents a share.", "50 cents", "0.5", "USD", None),
    ("Revenue rose from $5 billion to $6 billion.", "$6 billion", "6e9", "USD", None),
    ("Revenue rose from $5 billion to $6 billion.", "$5 billion", "5e9", "USD", None),
    ("The offer was raised from $5 billion to $6 billion.", "$5 billion", "5e9", "USD", None),
    ("Shares jumped by $3 to $45.", "$3", "3", "USD", None),
    ("Prices run from $20 to $35 a ticket.", "$20 to $35", ("20", "35"), "USD", None),
    ("Bids of up to $5 million or more are expected.", "up to $5 million", "5e6", "USD", "up to"),
    ("The bill will be $5 million or more.", "$5 million or more", "5e6", "USD", "at least"),
    ("He spent $300 or so on books.", "$300 or so", "300", "USD", "about"),
    ("Profit fell to $1.45 billion.", "$1.45 billion", "1.45e9", "USD", None),
    ("Apple's $3 trillion value fell.", "$3 trillion", "3e12", "USD", None),
    ("A $10-million fine was imposed.", "$10-million", "1e7", "USD", None),
    ("Investors gave us $5m last year.", "$5m", "5e6", "USD", None),
    ("The 2023 budget of $1.2 trillion passed.", "$1.2 trillion", "1.2e12", "USD", None),
    ("The company, which earned $4.5 billion in 2021, hired 3,000 staff.", "$4.5 billion", "4.5e9", "USD", None),
    # more forms: FT-style symbols, Reuters abbreviations, prices, conversions
    ("Shares fell after the $1.5bn-$2bn raise.", "$1.5bn-$2bn", ("1.5e9", "2e9"), "USD", None),
    ("The stake is worth between £40m and £50m.", "between £40m and £50m", ("4e7", "5e7"), "GBP", None),
    ("Ottawa approved a $1.2-billion plan.", "$1.2-billion", "1.2e9", "USD", None),
    ("The miner posted $US1.5 billion in profit.", "$US1.5 billion", "1.5e9", "USD", None),
    ("The retailer lost A$ 3bn.", "A$ 3bn", "3e9", "AUD", None),
    ("The state spent Rs.500 crore.", "Rs.500 crore", "5e9", "INR", None),
    ("The state spent ₹ 2,000 crore.", "₹ 2,000 crore", "2e10", "INR", None),
    ("The fine was 5,000 € per day.", "5,000 €", "5000", "EUR", None),
    ("The group raised 1.2 bln euros.", "1.2 bln euros", "1.2e9", "EUR", None),
    ("The firm earned 3 mln dlrs.", "3 mln dlrs", "3e6", "USD", None),
    ("The company made 10 mln stg.", "10 mln stg", "1e7", "GBP", None),
    ("Nomura lost ¥100bn.", "¥100bn", "1e11", "JPY", None),
    ("Tokyo spent 4.5 trillion yen ($30 billion).", "$30 billion", "3e10", "USD", None),
    ("Jakarta spent Rp 5 trillion.", "Rp 5 trillion", "5e12", "IDR", None),
    ("Petronas paid RM2 billion.", "RM2 billion", "2e9", "MYR", None),
    ("Safaricom earned KSh 3 billion.", "KSh 3 billion", "3e9", "KES", None),
    ("Workers earn $15 an hour.", "$15", "15", "USD", None),
    ("The firm posted a record $3 billion profit.", "$3 billion", "3e9", "USD", None),
    ("Congress added an extra $5 billion.", "$5 billion", "5e9", "USD", None),
    ("It signed a 2 billion-dollar deal.", "2 billion-dollar", "2e9", "USD", None),
    ("Roche paid 5.5 billion Swiss francs ($6 billion).", "5.5 billion Swiss francs", "5.5e9", "CHF", None),
    ("UBS set aside SFr 1.2 billion.", "SFr 1.2 billion", "1.2e9", "CHF", None),
    ("Maersk lost DKr 5bn.", "DKr 5bn", "5e9", "DKK", None),
    ("Equinor paid NKr 10bn.", "NKr 10bn", "1e10", "NOK", None),
    ("Volvo earned SKr 8bn.", "SKr 8bn", "8e9", "SEK", None),
    ("Debt topped $1,000bn.", "$1,000bn", "1e12", "USD", None),
    ("The fee is USD 5m.", "USD 5m", "5e6", "USD", None),
    ("A song costs 99¢.", "99¢", "0.99", "USD", None),
    ("Stamps cost €0.50 each.", "€0.50", "0.5", "EUR", None),
    ("He was paid half a million dollars.", "half a million dollars", "5e5", "USD", None),
    ("Debt passed $2.5 trillion-plus.", "$2.5 trillion-plus", "2.5e12", "USD", "more than"),
    ("The firm paid roughly US$400 million.", "roughly US$400 million", "4e8", "USD", "roughly"),
    ("The tower sold for nearly HK$10 billion.", "nearly HK$10 billion", "1e10", "HKD", "nearly"),
    ("The bank lost over C$1 billion.", "over C$1 billion", "1e9", "CAD", "over"),
    ("The thieves took some 3,000 euros.", "some 3,000 euros", "3000", "EUR", "some"),
    ("Over $5bn was pledged.", "Over $5bn", "5e9", "USD", "over"),
    ("Up to £10,000 is available.", "Up to £10,000", "1e4", "GBP", "up to"),
    ("The rouble plan costs from 5 to 7 billion rubles.", "5 to 7 billion rubles", ("5e9", "7e9"), "RUB", None),
    ("It cut the forecast to between $5bn and $7bn.", "between $5bn and $7bn", ("5e9", "7e9"), "USD", None),
    ("Sales rose 5% to $3 billion.", "$3 billion", "3e9", "USD", None),
    ("The bill is €1.5-2bn.", "€1.5-2bn", ("1.5e9", "2e9"), "EUR", None),
    ("The fund needs $50-60m.", "$50-60m", ("5e7", "6e7"), "USD", None),
    ("Profit was $3.5 billion, or $1.20 a share.", "$1.20", "1.2", "USD", None),
    ("Rent is £1,000-a-month.", "£1,000", "1000", "GBP", None),
    ("The estimate was $5 million-$7 million.", "$5 million-$7 million", ("5e6", "7e6"), "USD", None),
    ("The club was valued at around €1 billion ($1.1 billion).", "around €1 billion", "1e9", "EUR", "around"),
    ("Tickets are priced at a little over $100.", "a little over $100", "100", "USD", "a little over"),
    ("The bank has lent roughly 1.5 trillion yen.", "roughly 1.5 trillion yen", "1.5e12", "JPY", "roughly"),
    ("A barrel of Brent cost $84.50 on Friday.", "$84.50", "84.5", "USD", None),
    ("The budget is 3.2 trillion rupees.", "3.2 trillion rupees", "3.2e12", "INR", None),
    ("Gazprom lost 600 billion roubles.", "600 billion roubles", "6e11", "RUB", None),
    ("Vale paid 2.5 billion reais in fines.", "2.5 billion reais", "2.5e9", "BRL", None),
    ("The bank made a $2 billion loss.", "$2 billion", "2e9", "USD", None),
    ("Losses of $1.1bn were booked.", "$1.1bn", "1.1e9", "USD", None),
    ("Its value fell by more than $100bn.", "more than $100bn", "1e11", "USD", "more than"),
    ("The deal, worth about 2.2 billion euros, closed.", "about 2.2 billion euros", "2.2e9", "EUR", "about"),
    ("Microsoft bought it for $68.7 billion.", "$68.7 billion", "6.87e10", "USD", None),
    ("Fines total €4.34bn.", "€4.34bn", "4.34e9", "EUR", None),
    ("The state paid 1.3 million euros.", "1.3 million euros", "1.3e6", "EUR", None),
    ("Oil hit $100 a barrel.", "$100", "100", "USD", None),
    ("Budget: $4.1tn.", "$4.1tn", "4.1e12", "USD", None),
    ("Tesla's $56bn pay deal was voided.", "$56bn", "5.6e10", "USD", None),
    ("The house is worth £1m.", "£1m", "1e6", "GBP", None),
    ("Zurich raised CHF1.2bn.", "CHF1.2bn", "1.2e9", "CHF", None),
    ("Tencent earned 150 billion yuan ($21 billion).", "$21 billion", "2.1e10", "USD", None),
    ("It pays 1.5 million Canadian dollars a year.", "1.5 million Canadian dollars", "1.5e6", "CAD", None),
    ("Bail was set at $1 million.", "$1 million", "1e6", "USD", None),
    ("The film took in $1.2 billion worldwide.", "$1.2 billion", "1.2e9", "USD", None),
    ("The scheme costs 250,000 pounds a year.", "250,000 pounds", "2.5e5", "GBP", None),
    ("The EU's €750 billion recovery fund", "€750 billion", "7.5e11", "EUR", None),
    ("Damages of between 5 and 10 million dollars", "between 5 and 10 million dollars", ("5e6", "1e7"), "USD", None),
    ("A ₹500 note", "₹500", "500", "INR", None),
    ("Seoul approved a ₩600 trillion budget.", "₩600 trillion", "6e14", "KRW", None),
    # amounts in words spaCy tags as other entities, several amounts, context
    ("He was fined fifty dollars for littering.", "fifty dollars", "50", "USD", None),
    ("The coffee costs eighty cents more.", "eighty cents", "0.8", "USD", None),
    ("She found twenty pounds in the street.", "twenty pounds", "20", "GBP", None),
    ("The bill could reach up to five billion euros.", "up to five billion euros", "5e9", "EUR", "up to"),
    ("Rates rose 0.25% as the bank sold $5bn of bonds.", "$5bn", "5e9", "USD", None),
    ("The 5% rise added $2bn to costs.", "$2bn", "2e9", "USD", None),
    ("Investors put $200m, $300m and $400m into three funds.", "$300m", "3e8", "USD", None),
    ("The yen-denominated bond raised ¥50bn.", "¥50bn", "5e10", "JPY", None),
    ("Officials said the plan, costing 2.1 trillion yuan, or about $290 billion, was approved.", "about $290 billion", "2.9e11", "USD", "about"),
    ("Officials said the plan, costing 2.1 trillion yuan, or about $290 billion, was approved.", "2.1 trillion yuan", "2.1e12", "CNY", None),
    ("A fine equivalent to $40 million was paid.", "$40 million", "4e7", "USD", None),
    ("The US$ 2 billion loan was signed.", "US$ 2 billion", "2e9", "USD", None),
    ("Each of the 3,000 workers gets $500.", "$500", "500", "USD", None),
    ("In 2022, it earned $1bn.", "$1bn", "1e9", "USD", None),
    ("The company, with 40,000 staff, earned 12 billion euros.", "12 billion euros", "1.2e10", "EUR", None),
    ("Moscow said it would spend some 10 trillion roubles by 2030.", "some 10 trillion roubles", "1e13", "RUB", "some"),
    ("The rupee fell as India spent 2 lakh crore rupees.", "2 lakh crore rupees", "2e12", "INR", None),
    ("The loan is worth $5bn over five years.", "$5bn", "5e9", "USD", None),
    ("Prices fell to as low as $60 a barrel.", "as low as $60", "60", "USD", "as low as"),
    ("The court awarded $1.2 million in damages to the family.", "$1.2 million", "1.2e6", "USD", None),
    ("Wages rose £20 to £500 a week.", "£20", "20", "GBP", None),
    ("The rate is between 5 and 7 per cent, costing $3bn.", "$3bn", "3e9", "USD", None),
    ("The firm's $3.5 billion-a-year business", "$3.5 billion", "3.5e9", "USD", None),
    ("It costs just $9.99 a month.", "$9.99", "9.99", "USD", None),
    ("The Fed bought $80 billion a month in Treasuries.", "$80 billion", "8e10", "USD", None),
    ("Nvidia is worth more than $3 trillion.", "more than $3 trillion", "3e12", "USD", "more than"),
    ("The sanctions froze about $300bn of Russian reserves.", "about $300bn", "3e11", "USD", "about"),
    ("Saudi Arabia pledged 20 billion riyals.", "20 billion riyals", "2e10", "SAR", None),
    ("Qatar pledged 20 billion riyals.", "20 billion riyals", "2e10", "QAR", None, "context"),
    ("Sri Lanka owes 100 billion rupees.", "100 billion rupees", "1e11", "LKR", None, "context"),
    ("Switzerland's central bank lost 132 billion francs.", "132 billion francs", "1.32e11", "CHF", None),
    ("Nigeria's budget is 28 trillion naira.", "28 trillion naira", "2.8e13", "NGN", None),
    ("Ghana raised 5 billion cedis.", "5 billion cedis", "5e9", "GHS", None),
    ("The Kremlin approved 1.5 trillion rubles ($16.5 billion) in spending.", "$16.5 billion", "1.65e10", "USD", None),
    ("Lula promised 40 billion reais (about $8 billion).", "about $8 billion", "8e9", "USD", "about"),
    ("The plan costs 3.3 trillion won, or $2.5 billion.", "$2.5 billion", "2.5e9", "USD", None),
    ("Gross debt hit 1,200 trillion yen.", "1,200 trillion yen", "1.2e15", "JPY", None),
    ("It bought a 10% stake for €1.1bn.", "€1.1bn", "1.1e9", "EUR", None),
    ("The $5 billion, 10-year plan was passed.", "$5 billion", "5e9", "USD", None),
    ("Fees jumped from $10 to $15.", "$10", "10", "USD", None),
    ("Costs range from €2m to €3m.", "€2m to €3m", ("2e6", "3e6"), "EUR", None),
    ("Analysts see profit of $4bn to $4.5bn.", "$4bn to $4.5bn", ("4e9", "4.5e9"), "USD", None),
    ("Officials put the cost at between 1 trillion and 1.5 trillion yen.", "between 1 trillion and 1.5 trillion yen", ("1e12", "1.5e12"), "JPY", None),
    ("The shares trade at between 500p and 600p.", "between 500p and 600p", ("5", "6"), "GBP", None),
    ("The deal is worth $1.5 billion to $2 billion.", "$1.5 billion to $2 billion", ("1.5e9", "2e9"), "USD", None),
    ("Brazil will raise 10-12 billion reais.", "10-12 billion reais", ("1e10", "1.2e10"), "BRL", None),
    ("The cost may be up to $5bn-$6bn.", "up to $5bn-$6bn", ("5e9", "6e9"), "USD", "up to"),
    ("The repair bill came to approx. $5m in the end.", "approx. $5m", "5e6", "USD", "approx."),
    ("The stake sold for just shy of $1bn.", "just shy of $1bn", "1e9", "USD", "just shy of"),
    ("The fund lost nearly half a billion dollars.", "nearly half a billion dollars", "5e8", "USD", "nearly"),
    ("Washington sent one and a half billion dollars in aid.", "one and a half billion dollars", "1.5e9", "USD", None),
    ("They paid ten euros each.", "ten euros", "10", "EUR", None),
    ("China's central bank injected ¥500 billion into lenders.", "¥500 billion", "5e11", "CNY", None, "context"),
    ("Chinese tourists spent ¥500 billion in Japan last year.", "¥500 billion", "5e11", "JPY", None),
    ("Japan's government approved ¥13 trillion in new spending.", "¥13 trillion", "1.3e13", "JPY", None),
    ("Bonuses run from $500,000 to $1 million.", "$500,000 to $1 million", ("5e5", "1e6"), "USD", None),
    ("The scheme got $5 to $7 million.", "$5 to $7 million", ("5e6", "7e6"), "USD", None),
    ("The fine was 1 000 euros per driver.", "1 000 euros", "1000", "EUR", None),
    ("Donors gave 2\u202f500\u202f000 euros in all.", "2\u202f500\u202f000 euros", "2.5e6", "EUR", None),
    ("In 2019 500 euros went missing.", "500 euros", "500", "EUR", None),
    ("The club paid 2.500.000 euros for the striker.", "2.500.000 euros", "2.5e6", "EUR", None),
    ("Rome set aside €1.250.000 for repairs.", "€1.250.000", "1.25e6", "EUR", None),
    ("The fund spent half-a-billion dollars on roads.", "half-a-billion dollars", "5e8", "USD", None),
    ("The city borrowed a half-billion dollars.", "a half-billion dollars", "5e8", "USD", None),
    ("Doha pledged QR 10 million to the appeal.", "QR 10 million", "1e7", "QAR", None),
    ("Accra raised GH₵5 billion.", "GH₵5 billion", "5e9", "GHS", None),
    ("Kampala plans USh 5 billion for roads.", "USh 5 billion", "5e9", "UGX", None),
    ("The Bangkok line costs Bt5 billion.", "Bt5 billion", "5e9", "THB", None),
]


def expected_fields(row):
    """(amount, currency, qualifier, low, high) of a NEWS_CASES row."""
    _sentence, _phrase, value, currency, qualifier, *_ = row
    if isinstance(value, tuple):
        return (None, currency, qualifier, D(value[0]), D(value[1]))
    return (D(value), currency, qualifier, None, None)


def fields(money):
    return (money.amount, money.currency, money.qualifier, money.low, money.high)


@pytest.mark.parametrize("row", [r for r in NEWS_CASES if len(r) == 5], ids=lambda r: r[1])
def test_parse_news_cases(row):
    """parse() on the money phrase alone gives its amount or range, currency and qualifier."""
    money = parse(row[1])
    assert money is not None
    assert fields(money) == expected_fields(row)


@pytest.mark.parametrize("row", NEWS_CASES, ids=lambda r: f"{r[1]} | {r[0][:30]}")
def test_analyze_news_cases(nlp, row):
    """In the whole pipeline, the first Money over the phrase in its sentence is right (the
    money scorer's rule)."""
    sentence, phrase = row[:2]
    start = sentence.index(phrase)
    over = [m for m in newsnlp.analyze(sentence, nlp=nlp).money if m.start < start + len(phrase) and m.end > start]
    assert over, [m.text for m in newsnlp.analyze(sentence, nlp=nlp).money]
    assert fields(over[0]) == expected_fields(row)


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
    ("Traffic on SR 520 slowed after 2 000 fans left the QR code stand.", []),
], ids=["conversion", "yen-default", "yen-as-yuan", "no-money", "no-money-route-and-spaced-number"])
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
