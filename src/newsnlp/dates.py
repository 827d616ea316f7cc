"""Temporal expressions as TIMEX3 values, and the article's reference date (pure functions)."""
from __future__ import annotations

import datetime

from spacy.tokens import Doc

from newsnlp.types import TimeExpression


def find_reference_date(doc: Doc) -> datetime.date | None:
    return None


def find_dates(doc: Doc, reference_date: datetime.date | None) -> list[TimeExpression]:
    return []
