"""Amounts of money: a string normaliser (`parse`) and the Doc-level finder (pure functions).

Both run the grammar of `newsnlp.money.grammar` over the text. A Money's span includes its
qualifier ("up to $200 billion", as spaCy's MONEY entities do) and both ends of a range
("between $5 billion and $7 billion"). An amount needs a currency cue (symbol, code, name or
minor unit): "5 million people" is no money. A bare "$" is USD; "¥" is JPY unless the text
mentions the yuan (yuan, renminbi, RMB, CNY), then CNY. In a Doc, a bare name or symbol
several currencies share ("pesos", "rupees", "¥") is the currency of the article's country
that uses it (the countries the entities stage found), else the usual one (MXN, INR, JPY).
"""
from __future__ import annotations

import re
from decimal import Decimal, getcontext
from typing import Iterable, Mapping, NamedTuple

from spacy.tokens import Doc
from text_to_num import text2num

from newsnlp.extensions import read_results
from newsnlp.money.currencies import currency_tables, symbol_key
from newsnlp.money.grammar import grammar
from newsnlp.types import Money

__all__ = ["find_money", "parse"]

_CUE = re.compile(r"\d+|illion|thousand|hundred|lakh|crore", re.IGNORECASE)
"""What marks a stretch of text worth scanning, besides spaCy's number entities."""
_CUE_LABELS = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
"""spaCy entities that may be or hold an amount of money written in words ("fifty dollars",
"twenty pounds" as a QUANTITY, "ten" of "ten euros" as a CARDINAL)."""
BEFORE_CUE, AFTER_CUE = 40, 80
"""How far an amount may reach before ("three quarters of a billion") and after its cue."""
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
_WEIGH = re.compile(r"\bweigh", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_AND = re.compile(r"\s+(?:and\s+)?", re.IGNORECASE)


class Amount(NamedTuple):
    """One amount matched by the grammar: where it ends, its value in major units, its
    currency and whether it had a currency cue and a scale."""

    match: re.Match[str]
    end: int
    value: Decimal
    currency: str | None
    has_currency: bool
    has_scale: bool


def normalised_decimal(value: Decimal) -> Decimal:
    """`value` without trailing zeros, in exponent form only beyond the Decimal precision
    (200000000000, 0.5)."""
    if value != value.to_integral_value():
        return value.normalize()
    return value.quantize(Decimal(1)) if value.adjusted() < getcontext().prec else value


def fraction_value(written: str) -> Decimal | None:
    return grammar().fractions.get(" ".join(written.lower().replace("-", " ").split()))


def whole_value(match: re.Match[str]) -> Decimal | None:
    """The number of an amount match before its scale: digits, number words or a fraction."""
    if match["fraction"]:
        return fraction_value(match["fraction"])
    number = match["number"]
    if number[0].isdigit() or number[0] == ".":
        return Decimal(re.sub(r"[,\s]" if number.count(".") < 2 else r"[.\s]", "", number))
    try:
        return Decimal(text2num(" ".join(number.lower().replace("-", " ").split()), "en"))
    except ValueError:
        return None


def number_value(match: re.Match[str]) -> Decimal | None:
    """The number before the scale with the fraction added to it ("one and a half")."""
    value = whole_value(match)
    if value is None or not match["and_fraction"]:
        return value
    return value + (fraction_value(match["and_fraction"]) or 0)


def scale_value(match: re.Match[str]) -> Decimal:
    """The product of the scale words and abbreviations of an amount match (1 if none)."""
    scales = grammar().scales
    value = Decimal(1)
    for group in ("scale", "attached", "scale_after"):
        for word in (match[group] or "").lower().split():
            value *= scales.get(word, Decimal(1))
    if match["mega"] or match["mega_after"]:
        value *= scales["m"]
    return value


def is_weight(match: re.Match[str], written: str) -> bool:
    """Whether a currency word is a weight here ("pounds of beef", "weighs 236 pounds")."""
    text = match.string
    return written in currency_tables().weight_units and bool(
        _OF.match(text, match.end()) or _WEIGH.search(text, max(0, match.start() - 20), match.start()))


def currency_of(match: re.Match[str], local: Mapping[str, str]) -> tuple[str | None, Decimal, bool]:
    """(ISO code or None, minor-unit divisor, whether the match has any currency cue)."""
    tables = currency_tables()
    if match["code"] or match["code_after"]:
        return (match["code"] or match["code_after"]).upper(), Decimal(1), True
    glyph = match["symbol"] or match["glyph"] or match["glyph_after"]
    written = " ".join((match["name"] or glyph or match["pence"] or "").lower().split())
    if written in tables.minor_units:
        code, per = tables.minor_units[written]
        return code, per, True
    if match["name"]:
        return local.get(written, tables.names.get(written)), Decimal(1), not is_weight(match, written)
    if glyph:
        key = symbol_key(glyph)
        return local.get(key, tables.symbols.get(key)), Decimal(1), True
    return None, Decimal(1), False


def amount_of(match: re.Match[str], local: Mapping[str, str]) -> Amount | None:
    """The amount of a grammar match, or None when its number words do not make a number."""
    number = number_value(match)
    if number is None:
        return None
    currency, per, has_currency = currency_of(match, local)
    scale = scale_value(match)
    return Amount(match, match.end(), number * scale / per, currency, has_currency, scale != 1)


def with_minor_units(text: str, amount: Amount, local: Mapping[str, str]) -> Amount:
    """`amount` with the minor units that follow a whole number of major units written as a
    word ("thirteen dollars and forty-five cents")."""
    major = amount.match
    if not (major["name"] or major["code_after"]) or amount.has_scale or amount.value % 1:
        return amount
    gap = _AND.match(text, major.end())
    minor = grammar().amount.match(text, gap.end()) if gap else None
    cents = amount_of(minor, local) if minor and minor["name"] else None
    if cents is None or cents.currency != amount.currency or not 0 < cents.value < 1:
        return amount
    return amount._replace(end=cents.end, value=amount.value + cents.value)


def is_bare_year(amount: Amount) -> bool:
    """Whether an amount is only a year-like number ("$5 billion to 2025")."""
    return not (amount.has_currency or amount.has_scale) and bool(_YEAR.fullmatch(amount.match["number"]))


def follows_change(text: str, low: Amount, lead_in: re.Match[str] | None) -> bool:
    """Whether `low` is the first of a change, not of a range: right after a word of change
    ("slipped 75p to 410p", "rose by $5 to $40"), or after "from" a few words after one
    ("revenue rose from $5bn to $6bn")."""
    g = grammar()
    if lead_in and lead_in["lead"].lower() == "from":
        return bool(g.change_before_from.search(text, max(0, lead_in.start() - BEFORE_CUE), lead_in.start()))
    start = low.match.start()
    return bool(g.change_before.search(text, max(0, start - BEFORE_CUE), start))


def joined_range(text: str, low: Amount, lead_in: re.Match[str] | None, local: Mapping[str, str]) -> Amount | None:
    """The high end when `low` opens a range ("$5m-$7m", "$10 to $15 billion", "between $5
    and $7 billion", "from $1bn to $2bn"), else None."""
    g = grammar()
    joint = g.range_joint.match(text, low.end)
    if joint is None:
        return None
    word = (joint["word"] or "").lower()
    lead = lead_in["lead"].lower() if lead_in else None
    if (word == "and" and lead != "between") or (word == "to" and follows_change(text, low, lead_in)):
        return None
    match = g.amount.match(text, joint.end())
    high = amount_of(match, local) if match else None
    if high is None or g.percent_after.match(text, high.end) or is_bare_year(high):
        return None
    if not (low.has_currency or high.has_currency):
        return None
    if low.has_currency and high.has_currency and low.currency != high.currency:
        return None
    return high


def cued_stretches(text: str, cues: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches of `text` around the cues (start, end), merged, in text order."""
    stretches: list[tuple[int, int]] = []
    for start, end in sorted(cues):
        start, end = max(0, start - BEFORE_CUE), min(len(text), end + AFTER_CUE)
        if stretches and start <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(end, stretches[-1][1]))
        else:
            stretches.append((start, end))
    return stretches


def money_in_text(text: str, local: Mapping[str, str], stretches: Iterable[tuple[int, int]] | None = None) -> list[Money]:
    """Every amount of money in `text` (in the given stretches of it, else all of it), in text
    order, with offsets into `text`."""
    g = grammar()
    found: list[Money] = []
    for stretch_start, stretch_end in stretches or [(0, len(text))]:
        pos = max(stretch_start, found[-1].end if found else 0)
        while match := g.amount.search(text, pos, stretch_end):
            start = match.start()
            low = amount_of(match, local)
            if low is not None:
                low = with_minor_units(text, low, local)
            lead_in = g.lead_in.search(text, max(0, start - BEFORE_CUE), start)
            money = None
            if low is not None:
                money = money_from(text, low, joined_range(text, low, lead_in, local), lead_in)
            if money is None:
                pos = start + 1
                continue
            found.append(money)
            pos = money.end
    return found


def money_from(text: str, low: Amount, high: Amount | None,
               lead_in: re.Match[str] | None) -> Money | None:
    """The Money of an amount or range with what leads into it, or None if it is no money."""
    lead = " ".join(lead_in["lead"].lower().split()) if lead_in else None
    qualifier = lead if lead not in (None, "between", "from") else None
    start = lead_in.start() if qualifier or (lead == "between" and high) else low.match.start()
    if high is not None:
        low_value = low.value
        if high.has_scale and not low.has_scale and low_value * scale_value(high.match) <= high.value:
            low_value *= scale_value(high.match)  # "$5-7 million", not "$500,000 to $1 million"
        if low_value <= high.value:
            end = high.end
            currency = low.currency if low.has_currency else high.currency
            return Money(text[start:end], start, end, None, currency, qualifier,
                         normalised_decimal(low_value), normalised_decimal(high.value))
    if not low.has_currency:
        return None
    if lead == "between":
        start = low.match.start()
    end, value = low.end, low.value
    g = grammar()
    after = g.qualifier_after.match(text, end) if qualifier is None else None
    if after:  # "$2 billion-plus", "$5 million or more"
        qualifier, end = g.qualifiers_after[" ".join(after["after"].lower().split())], after.end()
        scale = g.scale_next.match(text, end) if not low.has_scale else None
        if scale:  # "$20-plus trillion"
            value, end = value * g.scales[scale["scale"].lower()], scale.end()
    return Money(text[start:end], start, end, normalised_decimal(value), low.currency, qualifier)


def local_currencies(text: str, countries: Iterable[str] = ()) -> dict[str, str]:
    """What symbols and bare names mean in this text where it differs from their usual
    meaning: "¥" is CNY when the text mentions the yuan; a name or symbol several currencies
    share ("pesos", "¥") is the currency of the one country of `countries` (ISO 3166-1
    alpha-2) that uses it ("PH": PHP; "CN" without "JP": CNY)."""
    tables = currency_tables()
    used = frozenset().union(*(tables.territory_codes.get(code, ()) for code in countries))
    local = {form: next(iter(codes & used)) for form, codes in (tables.shared_forms.items() if used else ())
             if len(codes & used) == 1}
    if grammar().yuan_cue.search(text):
        local["¥"] = "CNY"
    return local


def parse(phrase: str) -> Money | None:
    """The first amount of money in `phrase` (offsets relative to it), or None. Never raises
    on a string."""
    try:
        found = money_in_text(phrase, local_currencies(phrase))
    except ArithmeticError:  # a Decimal beyond its context's limits
        return None
    return found[0] if found else None


def find_money(doc: Doc) -> list[Money]:
    """Every amount of money in the Doc, in text order, with character offsets into its text.

    Only the stretches around digits, scale words ("million") and spaCy's number entities
    ("five dollars") are scanned."""
    text = doc.text
    cues = [match.span() for match in _CUE.finditer(text)]
    cues += [(ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in _CUE_LABELS]
    if not cues:
        return []
    countries = [country.code for country in read_results(doc, "countries")]
    return money_in_text(text, local_currencies(text, countries), cued_stretches(text, cues))
