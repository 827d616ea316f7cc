"""The regular grammar of a money phrase, compiled once from the currency tables and lexicons.

One amount (`Grammar.amount`) is

    [currency before] number [scale] [currency after]

where the currency before is a symbol ("$", "US$", "c $", "₹", "Rs") or an ISO code ("CHF",
"usd$", "MUSD" = millions of USD), the number is digits ("12,34,567.89"), number words ("five",
"forty-five") or a fraction before a scale ("a", "half a"; also after a number: "one and a
half"), the scale a word or abbreviation
("billion", "bn", attached "m"), and the currency after a name ("Australian dollars", "yuan"), a
minor unit ("cents", attached "p"), a code or a symbol ("300 EUR", "10 €"). A range joins two
amounts (`Grammar.range_joint`: "-", "to", "and"); a qualifier or "between"/"from" is looked
for right before the first amount (`Grammar.lead_in`).
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, NamedTuple

from newsnlp.lexicons import alternation, load_lexicon, without_comments
from newsnlp.money.currencies import currency_tables


class Grammar(NamedTuple):
    amount: re.Pattern[str]
    range_joint: re.Pattern[str]
    lead_in: re.Pattern[str]
    """Ends the text just before an amount: a qualifier, "between" (ranges) or "from"."""
    qualifier_after: re.Pattern[str]
    """Starts the text right after an amount with a qualifier written after it ("-plus")."""
    qualifiers_after: dict[str, str]
    """What a qualifier after an amount amounts to ("-plus" -> "more than")."""
    scale_next: re.Pattern[str]
    """A scale word right after a qualifier after the amount ("trillion" of "$20-plus trillion")."""
    change_before: re.Pattern[str]
    """Ends the text before an amount right after a word of change ("slipped 75p to 410p")."""
    change_before_from: re.Pattern[str]
    """Ends the text before "from" a few words after a word of change ("rose from")."""
    percent_after: re.Pattern[str]
    yuan_cue: re.Pattern[str]
    scales: dict[str, Decimal]
    fractions: dict[str, Decimal]


WORD_PREFIXES = {"us"}
"""Letters before "$" that are also an English word: never spaced from it ("gave us $5m")."""


def is_latin_letter(char: str) -> bool:
    return char.isalpha() and char <= "\u024f"


def symbol_regex(symbol: str) -> str:
    """A symbol as news and tokenisers write it: dots optional, a space allowed before "$"
    after two letters or more ("hk $"; never "a $10 fine", "Macy's $5m"); letter-only symbols
    ("Rs", "R") must stand right before the digits."""
    if all(map(is_latin_letter, symbol.replace(".", ""))):
        gap = r"\s?" if len(symbol.rstrip(".")) > 1 else ""
        return rf"(?<![^\W\d_]){re.escape(symbol.rstrip('.'))}\.?(?={gap}\d)"
    parts = []
    for i, char in enumerate(symbol):
        if char == "$" and i:
            spaced = len(symbol[:i]) > 1 and symbol[:i] not in WORD_PREFIXES
            parts.append(r"\s?\$" if spaced else r"\$")
        elif char != ".":
            parts.append(re.escape(char) + (r"\.?" if char.isalpha() else ""))
    lead = r"(?<![^\W\d_])" if is_latin_letter(symbol[0]) else ""
    return lead + "".join(parts)


def symbols_alternation(symbols: Iterable[str]) -> str:
    return "|".join(symbol_regex(s) for s in sorted(set(symbols), key=lambda s: (-len(s), s)))


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """The compiled grammar, built on first use."""
    tables = currency_tables()
    scale_data = load_lexicon("money_scales.json")
    scales = {w: Decimal(v) for w, v in {**scale_data["words"], **scale_data["attached"]}.items()}
    fractions = {w: Decimal(v) for w, v in scale_data["fractions"].items()}
    number_words = alternation(load_lexicon("money_number_words.txt"))
    scale_words = alternation(scale_data["words"])
    codes = alternation(tables.codes)
    letter_symbols = symbols_alternation(s for s in tables.symbols if is_latin_letter(s[0]))
    glyphs = symbols_alternation(s for s in tables.symbols if not is_latin_letter(s[0]))
    after = alternation([*tables.names, *(u for u in tables.minor_units if re.fullmatch(r"[\w. ]{2,}", u))])

    digits = (r"(?!0\d)(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,]?\d)"  # "1 000" grouped by spaces
              r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]?\d)"  # "2.500.000" grouped by dots (two dots: no decimal)
              r"|\d+(?:,\d+)*(?:\.\d+)?)|\.\d+")
    words = rf"\b(?:{number_words})(?:(?:\s+|-)(?:and\s+)?(?:{number_words}))*\b"
    hyphened = r"(?:\s+|\s*-\s*)"  # "half a billion", "half-a-billion", "a half-billion"
    fraction = rf"\b(?P<fraction>{alternation(fractions, hyphened)})(?={hyphened}(?:{scale_words})\b)"
    before = (  # tested first at every position: start with what rules most positions out
        rf"(?<![^\W\d_])(?=[^\W\d_])(?:(?P<symbol>{letter_symbols})"
        rf"|(?P<mega>m)?(?P<code>{codes})(?:\s?\$)?(?![^\W\d_]))"
        rf"|(?=[^\w\s])(?P<glyph>{glyphs})"
    )
    scale = rf"\s*-?\s*(?P<scale>(?:{scale_words})(?:\s+(?:{scale_words}))?)(?![^\W\d_])|(?<=\d)(?P<attached>[kmb])(?![^\W\d_])"
    currency_after = (
        rf"\s*-?\s*(?P<name>{after})(?![^\W\d_])"
        rf"|(?(symbol)(?!)|(?(glyph)(?!)|(?(code)(?!)|(?:"
        rf"\s*-?\s*(?P<mega_after>m)?(?P<code_after>{codes})(?:\s+(?P<scale_after>{scale_words}))?(?![^\W_])"
        rf"|\s?(?P<glyph_after>{glyphs}|¢)(?!\s?\d)))))"
        r"|(?<=\d)(?<!\d\d\d\d)(?P<pence>p)(?![^\W\d_]|\d)"  # "410p", not "1080p" video
    )
    amount = (
        rf"(?:(?:{before})\s*|(?<![\w.,]))"
        rf"(?P<number>{digits}|{fraction}|{words})"
        rf"(?:\s+and\s+(?P<and_fraction>{alternation(w for w, v in fractions.items() if v < 1)})(?=\s+(?:{scale_words})\b))?"
        rf"(?:{scale})?(?:{currency_after})?"
    )
    qualifiers = alternation(["between", "from", *load_lexicon("money_qualifiers.txt")])
    qualifiers_after = without_comments(load_lexicon("money_qualifiers_after.json"))
    change = alternation(load_lexicon("money_change_words.txt"))
    return Grammar(
        amount=re.compile(amount, re.IGNORECASE),
        range_joint=re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<word>to|and)\b)\s*", re.IGNORECASE),
        lead_in=re.compile(rf"(?<![^\W\d_])(?P<lead>{qualifiers})\s+$", re.IGNORECASE),
        qualifier_after=re.compile(rf"\s*(?P<after>{alternation(qualifiers_after)})(?![^\W\d_])", re.IGNORECASE),
        qualifiers_after=qualifiers_after,
        scale_next=re.compile(rf"\s+(?P<scale>{scale_words})(?![^\W\d_])", re.IGNORECASE),
        change_before=re.compile(rf"(?<![^\W\d_])(?:{change})\s+(?:by\s+)?$", re.IGNORECASE),
        change_before_from=re.compile(rf"(?<![^\W\d_])(?:{change})(?:\s+[^\W\d_]+){{0,2}}\s+$", re.IGNORECASE),
        percent_after=re.compile(r"\s*(?:%|per\s*cent|percent)", re.IGNORECASE),
        yuan_cue=re.compile(rf"\b(?:{alternation(tables.yuan_cues)})\b", re.IGNORECASE),
        scales=scales,
        fractions=fractions,
    )
