"""The functions most users call: `analyze` one article, `analyze_many` for batches."""
from __future__ import annotations

import datetime
import logging
from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.extensions import REFERENCE_DATE, install_extensions
from newsnlp.model import default_pipeline
from newsnlp.types import Article

logger = logging.getLogger("newsnlp")

DateLike = datetime.date | str | None


def check_text(text: object) -> str:
    """`text` itself when it is a str; a TypeError that names the type otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("newsnlp analyses str, got bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"newsnlp analyses str, got {type(text).__name__}")


def parse_reference_date(value: DateLike) -> datetime.date | None:
    """A `datetime.date` from a date, datetime or ISO string (None stays None)."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise ValueError(f"reference_date must be an ISO date (YYYY-MM-DD), got {value!r}") from None
    raise TypeError(f"reference_date must be a date or an ISO string, got {type(value).__name__}")


def prepare_doc(nlp: Language, text: object, reference_date: DateLike) -> Doc:
    """The tokenised Doc with the reference date set, ready for the pipeline."""
    anchor = parse_reference_date(reference_date)
    doc = nlp.make_doc(check_text(text))
    doc._.set(REFERENCE_DATE, anchor.isoformat() if anchor else None)
    return doc


def analyze(text: str, reference_date: DateLike = None, nlp: Language | None = None) -> Article:
    """Analyse one article.

    text (str): the article.
    reference_date (date | str | None): the date relative expressions resolve against
        (publication date); None looks for it in the text.
    nlp (Language | None): a pipeline from `newsnlp.load()`; None uses the default one.
    RETURNS (Article): the results.
    """
    install_extensions()
    nlp = nlp or default_pipeline()
    return Article.from_doc(nlp(prepare_doc(nlp, text, reference_date)))


def analyze_many(
    texts: Iterable[str],
    reference_dates: Iterable[DateLike] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
) -> Iterator[Article]:
    """Analyse a stream of articles, yielding one Article per input in input order.

    A text that cannot be analysed (wrong type, bad reference date, a failure inside the
    pipeline) yields an Article whose `.error` says why; the batch goes on.
    """
    install_extensions()
    nlp = nlp or default_pipeline()
    dates = iter(reference_dates) if reference_dates is not None else None
    items = iter(texts)
    while True:
        chunk = list(islice(items, batch_size))
        if not chunk:
            return
        anchors = [next(dates, None) for _ in chunk] if dates is not None else [None] * len(chunk)
        yield from _analyze_chunk(nlp, chunk, anchors, batch_size, n_process)


def _analyze_chunk(nlp: Language, texts: list, anchors: list, batch_size: int, n_process: int) -> list[Article]:
    """Articles for one chunk: the whole chunk through `nlp.pipe`, or, when that fails, each
    text on its own so that only the failing ones get an error."""
    prepared: list[Doc | Article] = []
    for text, anchor in zip(texts, anchors):
        try:
            prepared.append(prepare_doc(nlp, text, anchor))
        except (TypeError, ValueError) as error:
            prepared.append(_failed(text, error))
    docs = [item for item in prepared if isinstance(item, Doc)]
    try:
        done = iter(list(nlp.pipe(docs, batch_size=batch_size, n_process=n_process)))
        return [item if isinstance(item, Article) else Article.from_doc(next(done)) for item in prepared]
    except Exception:
        logger.warning("a batch failed; analysing its %d texts one by one", len(docs), exc_info=True)
    return [item if isinstance(item, Article) else _analyze_one(nlp, item) for item in prepared]


def _analyze_one(nlp: Language, doc: Doc) -> Article:
    try:
        return Article.from_doc(nlp(doc))
    except Exception as error:
        return _failed(doc.text, error)


def _failed(text: object, error: Exception) -> Article:
    return Article(text=text if isinstance(text, str) else "", error=f"{type(error).__name__}: {error}")
