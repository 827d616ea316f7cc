"""newsnlp on a Spark cluster: `extract(df)` turns a DataFrame of articles into a DataFrame of
results, one row per input row, computed with `analyze_many` inside each partition.

    from newsnlp.spark import extract
    results = extract(spark.read.json("articles.jsonl"), text_col="text", id_col="id")
    results.write.parquet("results.parquet")

The output columns are the input's id column (its name and type kept), then the fields of
`Article.to_dict()` under the same names: `text`, `reference_date` (ISO string), `people`,
`organisations`, `countries`, `quotes`, `money`, `dates` (arrays of structs; Decimals as
strings) and `error` (null when the row went well). `result_schema()` gives the struct of the
Article fields; it is derived from the attrs classes in `newsnlp.types`, so the two never drift.

Each Python worker process loads the newsnlp pipeline once (on its first batch) and keeps it for
every later task it runs (Spark reuses Python workers by default). PySpark, pandas and pyarrow
come with the `spark` extra: `pip install "newsnlp[spark]"`; newsnlp (with its spaCy model) must
be installed on every worker.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Iterator

import attrs

from newsnlp.api import analyze_many
from newsnlp.model import default_pipeline, load
from newsnlp.serialize import plain_schema
from newsnlp.types import Article

if TYPE_CHECKING:
    import pandas
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

_MISSING = [name for name in ("pyspark", "pandas", "pyarrow") if importlib.util.find_spec(name) is None]
if _MISSING:
    raise ImportError(
        f"newsnlp.spark needs {', '.join(_MISSING)}: install the extra with "
        f'`pip install "newsnlp[spark]"` (PySpark, pandas and pyarrow; Spark also needs Java 17+).'
    )

ARTICLE_FIELDS: tuple[str, ...] = tuple(field.name for field in attrs.fields(Article))
"""The result columns, in order, after the id column."""


def extract(
    df: DataFrame,
    text_col: str = "text",
    id_col: str = "id",
    date_col: str | None = None,
    *,
    model: str | None = None,
    batch_size: int = 32,
) -> DataFrame:
    """Analyse every row of `df`; lazy, like any Spark transformation.

    df (DataFrame): the articles, one per row.
    text_col (str): the column holding the text; a null or non-string value gives an error row.
    id_col (str): the column copied to the output (name and type kept) to tell rows apart.
    date_col (str | None): an optional column of reference dates (date, timestamp or ISO
        string); None, or a null value, lets newsnlp find the date in the text.
    model (str | None): the spaCy pipeline name for `newsnlp.load()`; None uses the default.
    batch_size (int): texts per `nlp.pipe` batch inside a partition.
    RETURNS (DataFrame): the id column, then one column per field of `Article.to_dict()`.
    """
    if id_col in ARTICLE_FIELDS:
        raise ValueError(f"id_col {id_col!r} clashes with an output column ({', '.join(ARTICLE_FIELDS)})")
    missing = [name for name in (text_col, id_col, date_col) if name is not None and name not in df.columns]
    if missing:
        raise ValueError(f"extract: no column {', '.join(map(repr, missing))} in {df.columns}")
    from pyspark.sql.types import StructType

    schema = StructType([df.schema[id_col], *result_schema().fields])
    analyse = partial(analyse_batches, text_col=text_col, id_col=id_col, date_col=date_col,
                      model=model, batch_size=batch_size)
    inputs = dict.fromkeys(name for name in (id_col, text_col, date_col) if name is not None)
    return df.select(*inputs).mapInPandas(analyse, schema)


def result_schema() -> StructType:
    """The Spark struct of `Article.to_dict()`: one field per Article field, in order."""
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    return plain_schema(
        Article, struct=lambda fields: StructType([StructField(*field) for field in fields]),
        array=lambda item: ArrayType(item, containsNull=False), string=StringType(), integer=LongType())


def analyse_batches(
    batches: Iterator[pandas.DataFrame],
    *,
    text_col: str,
    id_col: str,
    date_col: str | None,
    model: str | None,
    batch_size: int,
) -> Iterator[pandas.DataFrame]:
    """The `mapInPandas` function: for each Arrow batch of a partition, a frame of the id
    column and the `Article.to_dict()` fields of `analyze_many` on its texts, in row order."""
    import pandas

    nlp = pipeline(model)
    for batch in batches:
        texts = plain_values(batch[text_col])
        dates = plain_values(batch[date_col]) if date_col else None
        records = [article.to_dict() for article in analyze_many(texts, dates, batch_size=batch_size, nlp=nlp)]
        columns = {id_col: batch[id_col].reset_index(drop=True)}
        columns.update({name: [record[name] for record in records] for name in ARTICLE_FIELDS})
        yield pandas.DataFrame(columns)


def plain_values(column: pandas.Series) -> list:
    """The column's values as a list, with pandas' missing markers (NaN, NaT, NA) as None."""
    from pandas import isna
    from pandas.api.types import is_scalar

    return [None if is_scalar(value) and isna(value) else value for value in column.tolist()]


@lru_cache(maxsize=4)
def pipeline(model: str | None):
    """The newsnlp pipeline of this worker process, loaded on first use and kept."""
    return default_pipeline() if model is None else load(model)
