"""Temporal expressions as canonical words: the vocabulary of `data/dates.json` turned into
tokens the rules can match ("Aug. 7" -> MON8 7, "two-day" -> 2 U_D, "Mondays" -> DOW1_PL,
"nineties" -> DEC_199)."""
from __future__ import annotations

import re
from functools import lru_cache

from newsnlp import lexicons
from newsnlp.lexicons import load_lexicon

TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d/\d\b|\d{1,2}:\d\d|'\d\ds?\b|\d+(?:\.\d+)?(?:st|nd|rd|th|s)?"
    r"|'s\b|[a-z]+"
)
FRACTIONS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75}
CLOCK_SUFFIX = re.compile(r"\b([ap])\.?\s?m\b\.?")


def lexicon() -> dict:
    """The parsed date lexicon."""
    return load_lexicon("dates.json")


def alternation(words: list[str]) -> str:
    """A regular expression matching any of `words` as written, the longest it can (a trie: see
    `newsnlp.lexicons.alternation`)."""
    return lexicons.alternation(words, gap=" ", fold=False)


@lru_cache(maxsize=2)
def month_alternation(capitalised: bool = False) -> str:
    """A regular expression matching any of the lexicon's month names and abbreviations, in
    lower case ("january", "jan"), or capitalised ("January", "Jan": not the verb "may")."""
    names = list(lexicon()["months"])
    return alternation([name.capitalize() for name in names] if capitalised else names)


def weekday_names() -> list[str]:
    """The lexicon's full weekday names ("monday"; not "mon", "thurs")."""
    return [day for day in lexicon()["weekdays"] if len(day) > 5]


@lru_cache(maxsize=4096)
def canonical_words(text: str) -> tuple[str, ...]:
    """The canonical tokens of a temporal expression (see module docstring)."""
    lex = lexicon()
    raw = CLOCK_SUFFIX.sub(r"\1m", text.lower().replace("\u2019", "'"))
    words = TOKEN.findall(raw)
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in lex["ignored_words"]:
            i += 1
            continue
        if word in FRACTIONS and out and out[-1].replace(".", "").isdigit():
            out[-1] = f"{float(out[-1]) + FRACTIONS[word]:g}"
            i += 1
            continue
        if word in lex["numbers"]:
            i = _read_number(words, i, out)
            continue
        out.append(_canonical_word(word, following))
        i += 1
    return tuple(out)


def _canonical_word(word: str, following: str) -> str:
    lex = lexicon()
    if word in lex["months"]:
        return f"MON{lex['months'][word]}"
    if word in lex["weekdays"]:
        return f"DOW{lex['weekdays'][word]}"
    if word.endswith("s") and word[:-1] in lex["weekdays"] and len(word) > 4:
        return f"DOW{lex['weekdays'][word[:-1]]}_PL"
    if word in lex["seasons"]:
        return f"SEA_{lex['seasons'][word]}"
    if word == "that" and following == "same":
        return "the"  # "that same day" reads as "the same day"
    if word in lex["ordinals"] and word not in ("last", "final") and (
        word != "second" or following in lex["units"]
    ):
        return f"ORD{lex['ordinals'][word]}"
    if word in lex["parts_of_day"] and word != "tonight":
        return f"POD_{lex['parts_of_day'][word]}"
    if word in lex["units"]:
        unit = lex["units"][word]
        plural = word.endswith("s") and word not in ("hrs", "yrs", "mins", "secs") or word in (
            "centuries", "millennia", "hrs", "yrs", "mins", "secs")
        return f"U_{unit}_PL" if plural else f"U_{unit}"
    if word.startswith("'") and word[1:3].isdigit():
        return century_of(int(word[1:3])) + word[1:]  # "'98" -> "1998", "'80s" -> "1980s"
    if word in lex["decade_words"]:
        decade = lex["decade_words"][word]  # "nineties" -> "DEC_199"
        return f"DEC_{century_of(decade)}{decade // 10}"
    return _plain_word(word)


def century_of(two_digits: int) -> str:
    """The century of a year or decade written without it ("'98", "the nineties"): the 1900s
    above 30, else the 2000s."""
    return "19" if two_digits > 30 else "20"


def _plain_word(word: str) -> str:
    """An ordinal number written with digits loses its suffix ("21st" -> "21"); others stay."""
    if word[:1].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return word[:-2]
    return word


def _read_number(words: list[str], i: int, out: list[str]) -> int:
    """Append the number written in words from `words[i]` (with "a"/"an" only before a unit
    or "couple"/"dozen"/"half"), and return the index after it."""
    lex = lexicon()
    numbers = lex["numbers"]
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    if word in ("a", "an"):
        if following in ("couple", "dozen", "few"):
            return i + 1
        if following in lex["units"] and following != "half":
            out.append("1")
        else:
            out.append(word)
        return i + 1
    if word == "half":
        if following in ("a", "an"):
            out.append("0.5")
            return i + 2
        out.append(_canonical_word(word, following))
        return i + 1
    values: list[float] = []
    j = i
    while j < len(words) and words[j] in numbers and words[j] not in ("a", "an", "half") or j == i:
        values.append(numbers[words[j]])
        j += 1
        if j < len(words) and words[j] == "of" and words[j - 1] in ("couple", "dozen"):
            j += 1
    out.append(_number_text(values))
    return j


def _number_text(values: list[float]) -> str:
    """Number words read as one number; "nineteen ninety six" is the year 1996."""
    if len(values) >= 2 and 10 <= values[0] <= 20 and 10 <= sum(values[1:]) < 100 and 100 not in values:
        return str(int(values[0] * 100 + sum(values[1:])))
    total = current = 0.0
    for value in values:
        if value == 100:
            current = max(current, 1) * 100
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    number = total + current
    return str(int(number)) if number == int(number) else str(number)
