"""What every newsnlp component shares: the spaCy `Pipe` plumbing around a pure `find(doc)`,
and scoring of the span groups the stage writes (so `nlp.evaluate` reports it)."""
from __future__ import annotations

import re
from functools import partial
from typing import Any, Callable, Iterable

from spacy.pipeline import Pipe
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_examples
from spacy.util import registry

from newsnlp.extensions import RESULT_TYPES, install_extensions, spans_key

STORED_FAMILY = re.compile(r"doc\._\.newsnlp_(\w+)_data$")
"""A factory's `assigns` entry naming a stored result family ("doc._.newsnlp_people_data")."""


def spans_in_group(doc: Doc, attr: str) -> Iterable[Span]:
    """The spans of the group named by a scorer attribute ("spans_newsnlp_people")."""
    return doc.spans.get(attr[len("spans_"):], ())


def has_span_group(doc: Doc, key: str) -> bool:
    return key in doc.spans


def score_span_groups(examples: Iterable[Example], *, spans_keys: Iterable[str] = (), **kwargs: Any) -> dict[str, Any]:
    """Labelled span P/R/F per span group (`spans_<key>_p/_r/_f/_per_type`), over the examples
    whose reference Doc has that group."""
    examples = list(examples)
    scores: dict[str, Any] = {}
    for key in spans_keys:
        scores.update(Scorer.score_spans(
            examples, f"spans_{key}", getter=spans_in_group, has_annotation=partial(has_span_group, key=key),
            labeled=True, allow_overlap=True, **kwargs))
    return scores


@registry.scorers("newsnlp.spans_scorer.v1")
def make_spans_scorer() -> Callable[..., dict[str, Any]]:
    return score_span_groups


SCORER_CONFIG = {"scorer": {"@scorers": "newsnlp.spans_scorer.v1"}}
"""Every stage's `default_config`: its span groups scored by `score_span_groups`."""


def score_weights(*families: str) -> dict[str, float]:
    """`default_score_weights` for a factory whose stage stores `families`: their F-scores,
    equally weighted."""
    return {f"spans_{spans_key(family)}_f": 1.0 / len(families) for family in families}


class Stage(Pipe):
    """A pipeline stage: `__call__` runs the pure `find(doc)` and stores its results with
    `set_annotations(doc, found)` (through `store_results`, which also writes the span groups).
    Errors go to the pipeline's error handler, so `nlp.set_error_handler(...)` decides whether
    one bad Doc stops a batch. `score(examples)` scores the span groups of the families the
    stage stores: those its factory `assigns`, unless a subclass sets `families`."""

    families: tuple[str, ...] = ()

    def __init__(self, nlp: Any, name: str, *, scorer: Callable[..., dict[str, Any]] | None = None) -> None:
        self.nlp = nlp
        self.name = name
        self.scorer = scorer or score_span_groups

    def __call__(self, doc: Doc) -> Doc:
        install_extensions()
        error_handler = self.get_error_handler()
        try:
            self.set_annotations(doc, self.find(doc))
        except Exception as error:
            error_handler(self.name, self, [doc], error)
        return doc

    def find(self, doc: Doc) -> Any:
        raise NotImplementedError

    def set_annotations(self, doc: Doc, found: Any) -> None:
        raise NotImplementedError

    def stored_families(self) -> tuple[str, ...]:
        """The result families this stage stores (`families`, or read from the factory's
        `assigns`)."""
        if self.families:
            return self.families
        assigns = self.nlp.get_pipe_meta(self.name).assigns if self.name in self.nlp.pipe_names else ()
        found = (match.group(1) for match in map(STORED_FAMILY.match, assigns) if match)
        return tuple(family for family in found if family in RESULT_TYPES)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """P/R/F of this stage's span groups against the reference Docs' groups of the same key."""
        examples = list(examples)
        validate_examples(examples, "Stage.score")
        keys = [spans_key(family) for family in self.stored_families()]
        return self.scorer(examples, spans_keys=keys, **kwargs)
