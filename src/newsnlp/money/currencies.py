"""Currency lookup tables: ISO 4217 codes, English names and symbols -> code.

Generated once (lazily) from Babel's CLDR English data (codes and symbols of the currencies in
use today; names of those and of former ones: "Finnish markka"), then completed and overridden
by the news forms in `data/money_currency_forms.json` (bare "dollars" means USD, "reais",
"roubles", "C$", "₽" ...). Keys are lower-cased.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, NamedTuple

from babel import Locale
from babel.core import get_global
from babel.numbers import get_currency_name

from newsnlp.lexicons import load_lexicon, without_comments


class CurrencyTables(NamedTuple):
    codes: frozenset[str]
    """Upper-case ISO codes usable as written ("CHF 1.2 billion", "300 EUR")."""
    names: dict[str, str | None]
    """Name after a number -> code, None when the word names several currencies ("dinars")."""
    symbols: dict[str, str]
    """Symbol before or after a number, as `symbol_key` writes it ("us$") -> code."""
    minor_units: dict[str, tuple[str, Decimal]]
    """Minor-unit word -> (code, how many make one major unit)."""
    yuan_cues: tuple[str, ...]
    """Words that make "¥" mean the Chinese yuan."""
    shared_forms: dict[str, frozenset[str]]
    """Bare name or symbol (as `symbol_key` writes it) -> the current currencies it may mean
    ("pesos" -> ARS, MXN, PHP...; "¥" -> JPY, CNY), for the forms whose meaning follows the
    countries of the article."""
    territory_codes: dict[str, frozenset[str]]
    """ISO 3166-1 alpha-2 -> the currencies legal tender there today."""
    weight_units: frozenset[str]
    """Names that are a unit of weight when "of" follows or "weigh" comes just before."""


def territory_codes() -> dict[str, frozenset[str]]:
    """ISO 3166-1 alpha-2 -> the codes of the currencies legal tender there today, per CLDR."""
    return {territory: frozenset(code for code, _start, end, tender in spans if end is None and tender)
            for territory, spans in get_global("territory_currencies").items()}


def active_codes(territories: dict[str, frozenset[str]]) -> list[str]:
    """ISO codes of the currencies legal tender somewhere today (`territories`: from
    `territory_codes`)."""
    return sorted(set().union(*territories.values()))


def cldr_names(locale: Locale, code: str, head_forms: dict[str, list[str]]) -> set[str]:
    """The English display name, singular and plural of a currency, lower-cased, also with
    the news forms of its last word ("brazilian reais" <- "brazilian reals")."""
    names = {get_currency_name(code, count, locale).lower() for count in (None, 1, 2)}
    return names | {f"{name.rpartition(' ')[0]} {form}".strip()
                    for name in names for form in head_forms.get(name.rpartition(" ")[2], ())}


def bare_words(locale: Locale, codes: Iterable[str], head_forms: dict[str, list[str]]) -> dict[str, set[str]]:
    """The last word of each name of the currencies ("dollars" <- "australian dollars") ->
    the codes it may mean."""
    heads: dict[str, set[str]] = {}
    for code in codes:
        for name in cldr_names(locale, code, head_forms):
            if name.split()[-1].isalpha():
                heads.setdefault(name.split()[-1], set()).add(code)
    return heads


def names_table(locale: Locale, codes: list[str], forms: dict) -> dict[str, str | None]:
    """Full names ("australian dollars", also of former currencies: "finnish markka"), bare
    words ("yen"; unique, else decided by the news forms, else None; the words of current
    currencies first, then those of former ones: "pesetas") and the news forms."""
    former = [code for code in locale.currencies if code not in codes and not code.startswith("X")]
    bare = without_comments(forms["bare_names"])
    excluded = set(forms["bare_names_excluded"])
    head_forms = forms["head_forms"]
    table: dict[str, str | None] = {}
    for group in (former, codes):
        table.update({head: (next(iter(found)) if len(found) == 1 else None)
                      for head, found in bare_words(locale, group, head_forms).items() if head not in excluded})
    table.update(bare)
    table.update({name: code for group in (former, codes) for code in group
                  for name in cldr_names(locale, code, head_forms)})
    table.update(forms["names"])
    return table


def symbol_key(symbol: str) -> str:
    """A symbol lower-cased without dots and spaces ("U.S. $" -> "us$")."""
    return re.sub(r"[\s.]", "", symbol.lower())


def symbols_table(locale: Locale, codes: list[str], forms: dict) -> dict[str, str]:
    """CLDR English symbols that are not plain letters ("CA$", "₪"), plus the news forms."""
    table = {}
    for code in codes:
        symbol = locale.currency_symbols.get(code, code)
        if symbol != code and not symbol.replace(".", "").replace("\u202f", "").isalpha():
            table[symbol_key(symbol)] = code
    table.update({symbol_key(symbol): code for symbol, code in forms["symbols"].items()})
    return table


@lru_cache(maxsize=1)
def currency_tables() -> CurrencyTables:
    """The lookup tables, built on first use."""
    forms = load_lexicon("money_currency_forms.json")
    locale = Locale("en")
    territories = territory_codes()
    codes = active_codes(territories)
    return CurrencyTables(
        codes=frozenset(codes) - set(forms["codes_excluded"]),
        names=names_table(locale, codes, forms),
        symbols=symbols_table(locale, codes, forms),
        minor_units={word: (code, Decimal(per)) for word, (code, per) in forms["minor_units"].items()},
        yuan_cues=tuple(forms["yuan_cues"]),
        shared_forms={**{word: frozenset(found) for word, found in bare_words(locale, codes, forms["head_forms"]).items()
                         if len(found) > 1 and word not in forms["bare_names_fixed"]},
                      **{symbol_key(symbol): frozenset(found) for symbol, found in forms["shared_symbols"].items()}},
        territory_codes=territories,
        weight_units=frozenset(forms["weight_units"]),
    )
