"""Fixtures shared by the component tests."""
from __future__ import annotations

import datetime
from typing import Callable

import pytest

from newsnlp.dates import find_dates


@pytest.fixture(scope="session")
def dates_found(nlp) -> Callable[[str, datetime.date], list[tuple[str, str, str]]]:
    """A function giving (text, type, value) of every date `find_dates` finds in a text read
    against a reference date, after checking that each one's offsets point at its text."""
    def found(text: str, reference: datetime.date) -> list[tuple[str, str, str]]:
        expressions = find_dates(nlp(text), reference)
        assert all(text[expression.start:expression.end] == expression.text for expression in expressions)
        return [(expression.text, expression.type, expression.value) for expression in expressions]
    return found
