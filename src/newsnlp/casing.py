"""Letter-case tests shared by the stages: headlines written in Title Case."""
from __future__ import annotations

TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "and", "for", "to", "with", "at", "from"})


def title_case(line: str) -> bool:
    """Whether most words of a line start with a capital ("Budget Deal Is Dead, Says Senator")."""
    words = [w for w in line.split() if w.lower() not in TITLE_SMALL_WORDS]
    return sum(w[0].isupper() for w in words) > 0.8 * len(words)
