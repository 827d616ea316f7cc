"""What every newsnlp component shares: the spaCy `Pipe` plumbing around a pure `find(doc)`."""
from __future__ import annotations

from typing import Any

from spacy.pipeline import Pipe
from spacy.tokens import Doc

from newsnlp.extensions import install_extensions


class Stage(Pipe):
    """A pipeline stage: `__call__` runs the pure `find(doc)` and stores its results with
    `set_annotations(doc, found)`. Errors go to the pipeline's error handler, so
    `nlp.set_error_handler(...)` decides whether one bad Doc stops a batch."""

    def __init__(self, nlp: Any, name: str) -> None:
        self.nlp = nlp
        self.name = name

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
