"""The one loader of newsnlp's lexicons: data files shipped in `newsnlp/data/`.

A `.txt` lexicon is one entry per line (blank lines and `#` comments skipped); a `.json`
lexicon is any JSON value.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any, Iterable


@lru_cache(maxsize=None)
def load_lexicon(filename: str) -> Any:
    """The contents of `newsnlp/data/<filename>`: a tuple of lines for `.txt`, the parsed
    value for `.json`."""
    text = files("newsnlp.data").joinpath(filename).read_text(encoding="utf-8")
    if filename.endswith(".json"):
        return json.loads(text)
    lines = (line.strip() for line in text.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


def alternation(phrases: Iterable[str], gap: str = r"\s+", fold: bool = True) -> str:
    """A regex matching any of the literal phrases, the longest it can; any run of spaces matches
    `gap` (any whitespace); phrases case-folded unless `fold` is False. Written as a trie, so
    that hundreds of phrases cost a few steps per position."""
    trie: dict[str, dict] = {}
    for phrase in phrases:
        node = trie
        for char in " ".join((phrase.lower() if fold else phrase).split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return trie_regex(trie, gap)


def trie_regex(node: dict[str, dict], gap: str) -> str:
    """The regex of a trie node of `alternation`: its branches, optional where a phrase ends there."""
    branches = [(gap if char == " " else re.escape(char)) + trie_regex(child, gap)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def without_comments(mapping: dict[str, Any]) -> dict[str, Any]:
    """A JSON lexicon's mapping without its "_comment" (any "_"-led) keys."""
    return {key: value for key, value in mapping.items() if not key.startswith("_")}


@lru_cache(maxsize=None)
def lemma_set(filename: str) -> frozenset[str]:
    """The lemmas of a verb lexicon of one lemma a line (`reporting_verbs.txt`,
    `stance_verbs.txt`...; each file says what its verbs have in common)."""
    return frozenset(load_lexicon(filename))


def reporting_lemmas() -> frozenset[str]:
    """Lemmas of reporting verbs ("say", "tell"...), read by the entities stage (a subject of
    one speaks) and the quotes stage (one is a cue)."""
    return lemma_set("reporting_verbs.txt")


def stance_lemmas() -> frozenset[str]:
    """Lemmas of stance verbs, whose object is what a speaker says or stands for ("criticized
    the plan"), read by the quotes stage."""
    return lemma_set("stance_verbs.txt")


def naming_lemmas() -> frozenset[str]:
    """Lemmas of verbs that report words only when their object quotes them in part ("called
    the plan "a disaster""), read by the quotes stage."""
    return lemma_set("naming_verbs.txt")
