"""Quotations and their speakers, from a parsed Doc and the people found in it (pure functions)."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc

from newsnlp.types import Person, Quote


def find_quotes(doc: Doc, people: Sequence[Person] = ()) -> list[Quote]:
    return []
