"""Shared fixtures: one newsnlp pipeline per test session, and the seed article."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsnlp

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "china_russia.txt"
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(scope="session")
def nlp():
    return newsnlp.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed article is not on this machine ({SEED})")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(nlp, seed_text) -> newsnlp.Article:
    """The seed article analysed with the reference date found in its own text."""
    return newsnlp.analyze(seed_text, nlp=nlp)
