"""The functions most users call: `analyze` one article, `analyze_many` for batches.

Reliability lives here (see docs/reliability.md): input checking, texts longer than a chunk
analysed in pieces and merged back, batches that yield one Article per input in input order
(a failing input gets `.error`, its neighbours are untouched), and worker processes that
exchange plain records, each loading the pipeline once.
"""
from __future__ import annotations

import datetime
import logging
import multiprocessing
import os
import re
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import islice
from typing import Any, Iterable, Iterator, Sequence, TypeVar

import attrs
from spacy.language import Language
from spacy.tokens import Doc

from newsnlp.extensions import REFERENCE_DATE, install_extensions
from newsnlp.model import default_pipeline
from newsnlp.types import Article, Mention

logger = logging.getLogger("newsnlp")

DateLike = datetime.date | str | None
Record = tuple[object, DateLike]
"""One input of a batch: the text (not yet checked) and its reference date."""
T = TypeVar("T")

CHUNK_CHARS = 100_000
"""Texts longer than this (or than `nlp.max_length`, if smaller) are analysed in chunks. The
parser and NER of en_core_web_sm need about 350 MB per 100,000 characters of one Doc, so the
chunk size bounds memory; news articles are far shorter and go through whole."""

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
WHITESPACE = re.compile(r"\s+")


def check_text(text: object) -> str:
    """`text` itself when it is a str; a TypeError that names the type otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray)):
        raise TypeError("newsnlp analyses str, got bytes: decode it first, e.g. data.decode('utf-8')")
    raise TypeError(f"newsnlp analyses str, got {type(text).__name__}")


def clean_text(text: str) -> str:
    """`text` with every lone surrogate (which spaCy and UTF-8 cannot encode) replaced by U+FFFD;
    the length, and so every offset, stays the same."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return LONE_SURROGATE.sub("\ufffd", text)
    return text


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
    doc = nlp.make_doc(clean_text(check_text(text)))
    doc._.set(REFERENCE_DATE, anchor.isoformat() if anchor else None)
    return doc


def analyze(
    text: str,
    reference_date: DateLike = None,
    nlp: Language | None = None,
    *,
    chunk_chars: int = CHUNK_CHARS,
) -> Article:
    """Analyse one article.

    text (str): the article.
    reference_date (date | str | None): the date relative expressions resolve against
        (publication date); None looks for it in the text.
    nlp (Language | None): a pipeline from `newsnlp.load()`; None uses the default one.
    chunk_chars (int): longer texts are analysed in chunks of at most this many characters
        (and never more than `nlp.max_length`), cut at paragraph breaks outside quotations.
    RETURNS (Article): the results; lone surrogates in `text` appear as U+FFFD in
        `Article.text`, every other character as given.
    """
    install_extensions()
    nlp = nlp or default_pipeline()
    text = clean_text(check_text(text))
    size = min(chunk_chars, nlp.max_length)
    if len(text) <= size:
        return Article.from_doc(nlp(prepare_doc(nlp, text, reference_date)))
    return analyze_in_chunks(nlp, text, parse_reference_date(reference_date), size)


def analyze_in_chunks(nlp: Language, text: str, anchor: datetime.date | None, size: int) -> Article:
    """The Article of a text too long for one Doc: its chunks analysed one at a time (one Doc in
    memory), with the reference date of the first chunk anchoring the others when none is given."""
    (first_start, first_end), *later = chunk_bounds(text, size)
    first = Article.from_doc(nlp(prepare_doc(nlp, text[first_start:first_end], anchor)))
    anchor = anchor or first.reference_date
    docs = (prepare_doc(nlp, text[start:end], anchor) for start, end in later)
    parts = [(first_start, first)]
    parts.extend((start, Article.from_doc(doc)) for (start, _), doc in zip(later, nlp.pipe(docs, batch_size=1)))
    return merge_articles(text, parts)


def chunk_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive chunks of at most `size` characters that cover `text`."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = cut_point(text, start, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def cut_point(text: str, start: int, stop: int) -> int:
    """Where to end the chunk that starts at `start` and may reach `stop`: after the last
    paragraph break that leaves no quotation open, else after the last paragraph break, sentence
    end or whitespace, else at `stop`."""
    window = text[start:stop]
    paragraphs = [match.end() for match in PARAGRAPH_BREAK.finditer(window)]
    closed = [end for begin, end in zip([0, *paragraphs], paragraphs) if not opens_quotation(window[begin:end])]
    sentences = (match.end() for match in SENTENCE_BREAK.finditer(window))
    spaces = (match.end() for match in WHITESPACE.finditer(window))
    for ends in (closed, paragraphs, sentences, spaces):
        last = max(ends, default=0)
        if last:
            return start + last
    return stop


def opens_quotation(paragraph: str) -> bool:
    """Whether `paragraph` leaves a quotation open (news style: a quote that runs on into the
    next paragraph has no closing mark at the end of this one)."""
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def merge_articles(text: str, parts: Sequence[tuple[int, Article]]) -> Article:
    """One Article for `text` from the Articles of its chunks, each given with the offset where
    its chunk starts: people and organisations merged by name and countries by code (mentions
    joined in text order, titles united, the first known country kept), quotes, money and dates
    concatenated, every offset moved into `text`; the first known reference date wins."""
    cast: dict[str, dict[str, Any]] = {"people": {}, "organisations": {}, "countries": {}}
    found: dict[str, list[Any]] = {"quotes": [], "money": [], "dates": []}
    for offset, part in parts:
        for family, merged in cast.items():
            for entity in getattr(part, family):
                moved = shifted(entity, offset)
                key = moved.code if family == "countries" else moved.name
                merged[key] = combined(merged[key], moved) if key in merged else moved
        for family, items in found.items():
            items.extend(shifted(item, offset) for item in getattr(part, family))
    return Article(
        text=text,
        reference_date=next((part.reference_date for _, part in parts if part.reference_date), None),
        **{family: tuple(merged.values()) for family, merged in cast.items()},
        **{family: tuple(items) for family, items in found.items()},
    )


def shifted(item: T, offset: int) -> T:
    """`item` (any attrs result) with `start`, `end` and every Mention it holds moved by `offset`."""
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(item)):
        value = getattr(item, field.name)
        if field.name in ("start", "end") and isinstance(value, int):
            changes[field.name] = value + offset
        elif isinstance(value, Mention):
            changes[field.name] = shifted(value, offset)
        elif isinstance(value, tuple) and value and all(isinstance(v, Mention) for v in value):
            changes[field.name] = tuple(shifted(v, offset) for v in value)
    return attrs.evolve(item, **changes)


def combined(known: T, new: T) -> T:
    """One entity from two records of it: mentions joined, titles united, first country kept."""
    changes: dict[str, Any] = {"mentions": known.mentions + new.mentions}
    if hasattr(known, "titles"):
        changes["titles"] = tuple(dict.fromkeys(known.titles + new.titles))
    if hasattr(known, "country") and known.country is None:
        changes["country"] = new.country
    return attrs.evolve(known, **changes)


def analyze_many(
    texts: Iterable[str],
    reference_dates: Iterable[DateLike] | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    nlp: Language | None = None,
    *,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Article]:
    """Analyse a stream of articles, yielding one Article per input in input order.

    A text that cannot be analysed (wrong type, bad reference date, a failure inside the
    pipeline) yields an Article whose `.error` says why; the batch goes on.

    texts (Iterable[str]): the articles, read lazily.
    reference_dates (Iterable[date | str | None] | None): one per text (missing ones are None).
    batch_size (int): texts per `nlp.pipe` batch; results do not depend on `n_process`.
    n_process (int): worker processes (-1: one per CPU). Each loads the pipeline once (under
        fork it inherits it) and exchanges plain records with this process.
    nlp (Language | None): a pipeline from `newsnlp.load()`; None uses the default one.
    chunk_chars (int): as for `analyze`.
    YIELDS (Article): the results, in input order.
    """
    install_extensions()
    nlp = nlp or default_pipeline()
    dates = iter(reference_dates) if reference_dates is not None else iter(())
    records = ((text, next(dates, None)) for text in texts)
    batches = iter(lambda: list(islice(records, batch_size)), [])
    n_process = (os.cpu_count() or 1) if n_process == -1 else n_process
    if n_process <= 1:
        for batch in batches:
            yield from analyze_batch(nlp, batch, chunk_chars)
    else:
        yield from analyze_in_processes(nlp, batches, n_process, chunk_chars)


def analyze_batch(nlp: Language, batch: Sequence[Record], chunk_chars: int = CHUNK_CHARS) -> list[Article]:
    """One Article per record, in order; never raises. The batch goes through `nlp.pipe` as one
    spaCy batch with an error handler that marks the Doc a component failed on, so the other
    Docs are analysed exactly as they would be otherwise. Docs a component failed on as part of
    a larger group (or that a failure stopped) are retried alone; texts longer than a chunk go
    through `analyze`."""
    results: list[Article | Doc] = [_prepared(nlp, text, anchor, chunk_chars) for text, anchor in batch]
    docs = [item for item in results if isinstance(item, Doc)]
    finished: set[int] = set()
    with _errors_collected(nlp) as errors:
        try:
            finished.update(id(doc) for doc in nlp.pipe(docs, batch_size=max(len(docs), 1)))
        except Exception:
            logger.warning("a batch failed; retrying its unfinished texts one by one", exc_info=True)
    articles = []
    for item, (_, anchor) in zip(results, batch):
        if isinstance(item, Article):
            articles.append(item)
        elif id(item) in errors and errors[id(item)][1] == 1:
            articles.append(_failed(item.text, errors[id(item)][0]))
        elif id(item) in finished and id(item) not in errors:
            articles.append(Article.from_doc(item))
        else:
            articles.append(_analyzed_alone(nlp, item.text, anchor))
    return articles


def _prepared(nlp: Language, text: object, anchor: DateLike, chunk_chars: int) -> Doc | Article:
    """The Doc for a short text, the finished Article of a long one, or an error Article."""
    try:
        text = clean_text(check_text(text))
        if len(text) > min(chunk_chars, nlp.max_length):
            return analyze(text, anchor, nlp, chunk_chars=chunk_chars)
        return prepare_doc(nlp, text, anchor)
    except Exception as error:
        return _failed(text, f"{type(error).__name__}: {error}")


def _analyzed_alone(nlp: Language, text: str, anchor: DateLike) -> Article:
    try:
        return Article.from_doc(nlp(prepare_doc(nlp, text, anchor)))
    except Exception as error:
        return _failed(text, f"{type(error).__name__}: {error}")


@contextmanager
def _errors_collected(nlp: Language) -> Iterator[dict[int, tuple[str, int]]]:
    """While active, component failures do not raise: they are collected as
    {id(doc): (message, size of the group of Docs that failed together)}."""
    errors: dict[int, tuple[str, int]] = {}

    def collect(name: str, proc: Any, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            errors.setdefault(id(doc), (f"{type(error).__name__}: {error} (in {name})", len(docs)))

    previous = [(proc, proc.get_error_handler()) for _, proc in nlp.pipeline if _takes_error_handler(proc)]
    default = nlp.default_error_handler
    nlp.default_error_handler = collect
    for proc, _ in previous:
        proc.set_error_handler(collect)
    try:
        yield errors
    finally:
        nlp.default_error_handler = default
        for proc, handler in previous:
            proc.set_error_handler(handler)


def _takes_error_handler(proc: Any) -> bool:
    """Whether `proc.set_error_handler` works: spaCy 3.8's Cython parser and NER have the method
    but no attribute to store the handler in (`nlp.set_error_handler` raises AttributeError), so
    their failures reach `analyze_batch` as exceptions."""
    return hasattr(proc, "set_error_handler") and hasattr(proc, "__dict__")


def _failed(text: object, message: str) -> Article:
    return Article(text=clean_text(text) if isinstance(text, str) else "", error=message)


def analyze_in_processes(
    nlp: Language, batches: Iterable[list[Record]], n_process: int, chunk_chars: int
) -> Iterator[Article]:
    """The Articles of `batches`, in order, computed by `n_process` worker processes that each
    hold the pipeline and return plain records (`Article.to_dict()`). At most two batches per
    worker are in flight. When a worker dies (a crash, the OOM killer), the pool is restarted
    and the texts of the batches it lost are retried one per task, so only a text that kills a
    worker again gets an error."""
    workers = _Workers(nlp, n_process, chunk_chars)
    pending: deque[tuple[list[Record], Future, int]] = deque()
    try:
        for batch in batches:
            pending.append((batch, *workers.submit(batch)))
            if len(pending) >= 2 * n_process:
                yield from workers.results(*pending.popleft())
        while pending:
            yield from workers.results(*pending.popleft())
    finally:
        workers.close()


class _Workers:
    """A process pool with the pipeline loaded in each worker, restarted when a worker dies."""

    def __init__(self, nlp: Language, n_process: int, chunk_chars: int) -> None:
        self.nlp, self.n_process, self.chunk_chars = nlp, n_process, chunk_chars
        self.generation = 0
        self.pool = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context(),
                                   initializer=_start_worker, initargs=(self.nlp,))

    def submit(self, batch: list[Record]) -> tuple[Future, int]:
        return self.pool.submit(_analyze_records, batch, self.chunk_chars), self.generation

    def results(self, batch: list[Record], future: Future, generation: int, alone: bool = False) -> list[Article]:
        """The Articles of a submitted batch. When the batch failed as a whole (its worker died,
        or it could not be sent), each of its texts is retried on its own with nothing else in
        flight (`alone`), so that a failure then belongs to that text."""
        try:
            return [Article.from_dict(record) for record in future.result()]
        except BrokenProcessPool:
            self._restart(generation)
            error = "BrokenProcessPool: the worker process died on this text"
        except Exception as failure:  # e.g. a text that cannot be pickled
            error = f"{type(failure).__name__}: {failure}"
        if alone:
            return [_failed(batch[0][0], error)]
        return [self.results([record], *self.submit([record]), alone=True)[0] for record in batch]

    def _restart(self, generation: int) -> None:
        if generation == self.generation:
            logger.warning("a worker process died; restarting the pool")
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.generation += 1
            self.pool = self._start()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


_worker_nlp: Language | None = None


def _start_worker(nlp: Language) -> None:
    global _worker_nlp
    install_extensions()
    _worker_nlp = nlp


def _analyze_records(batch: list[Record], chunk_chars: int) -> list[dict[str, Any]]:
    assert _worker_nlp is not None, "worker started without a pipeline"
    return [article.to_dict() for article in analyze_batch(_worker_nlp, batch, chunk_chars)]
