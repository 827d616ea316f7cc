"""newsnlp.spark: the same records as analyze_many, whatever the partitioning, on a local Spark.

One local[2] SparkSession serves the whole file; Spark tests skip when PySpark or Java is missing
(`pip install -e ".[spark]"`, Java 17+). Arrow batches hold 2 rows, so every partition is cut into
several batches too.
"""
from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsnlp

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
OWN_TEXTS = [
    "Talks resumed on Monday, the minister said.",
    "",
    'The company said on Friday it would cut 2,000 jobs. "It is a hard decision," chief executive Ana Ruiz said.',
]
ROW_SCHEMA = "id long, text string, published string"


def sample_rows() -> list[tuple]:
    """(id, text, published) rows: the sample articles, short texts of our own, a null text and
    a bad reference date (the last two must come back as error rows)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))] + OWN_TEXTS
    dates = ["2024-03-06", None, "2025-01-22", None, "2024-05-10", None]
    rows = [(index, text, date) for index, (text, date) in enumerate(zip(texts, dates))]
    return rows + [(len(rows), None, None), (len(rows) + 1, "Markets fell on Tuesday.", "next Tuesday")]


ROWS = sample_rows()
NULL_TEXT_ID, BAD_DATE_ID = len(ROWS) - 2, len(ROWS) - 1


@pytest.fixture(scope="session")
def spark():
    """One local SparkSession whose Python workers run this interpreter (so they see newsnlp)."""
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[spark]')")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Spark needs Java 17+ (no java on PATH, no JAVA_HOME)")
    from pyspark.sql import SparkSession

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYSPARK_PYTHON", sys.executable)
        session = (
            SparkSession.builder.master("local[2]")
            .appName("newsnlp-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")
            # A short-lived JVM: the C1 compiler alone and the serial GC start it with ~40% less CPU.
            .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
            .getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        yield session
        session.stop()


@pytest.fixture(scope="module")
def spark_module():
    """newsnlp.spark, skipping when PySpark is missing."""
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[spark]')")
    return importlib.import_module("newsnlp.spark")


@pytest.fixture(scope="module")
def articles(nlp) -> dict[int, dict]:
    """What analyze_many gives for the rows (with their reference dates), by id."""
    ids, texts, dates = zip(*ROWS)
    return {id_: article.to_dict() for id_, article in zip(ids, newsnlp.analyze_many(texts, dates, nlp=nlp))}


@pytest.fixture(scope="module")
def frame(spark):
    return spark.createDataFrame(ROWS, ROW_SCHEMA)


@pytest.fixture(scope="module")
def extracted(spark_module, frame) -> dict[int, dict]:
    """extract() on the rows in their original partitioning, collected as plain dicts by id."""
    return records(spark_module.extract(frame, date_col="published"))


def records(df) -> dict[int, dict]:
    """The rows of an extract() result as plain dicts (nested Rows too), keyed by id."""
    rows = (row.asDict(recursive=True) for row in df.collect())
    return {row.pop("id"): row for row in rows}


def test_extract_gives_the_records_of_analyze_many(extracted, articles):
    """Every row's record equals Article.to_dict() from analyze_many on the same text and date."""
    assert extracted == articles


@pytest.mark.parametrize(
    "row_id, message",
    [(NULL_TEXT_ID, "NoneType"), (BAD_DATE_ID, "ISO date")],
    ids=["null-text", "bad-reference-date"],
)
def test_bad_row_becomes_an_error_row(extracted, row_id, message):
    """A row that cannot be analysed keeps its id, says why in `error`, and has empty results."""
    row = extracted[row_id]
    assert message in row["error"]
    assert row["people"] == row["quotes"] == row["money"] == row["dates"] == []


def test_good_rows_have_no_error(extracted):
    """The bad rows do not spoil their partition: every other row has a null error."""
    assert [id_ for id_, row in extracted.items() if row["error"] is not None] == [NULL_TEXT_ID, BAD_DATE_ID]
    assert any(row["quotes"] for row in extracted.values())


@pytest.mark.parametrize(
    "repartition",
    [lambda df: df.coalesce(1), lambda df: df.repartition(3), lambda df: df.repartition(2, "id").sortWithinPartitions(df.id.desc())],
    ids=["one-partition", "three-round-robin", "reversed-hashed"],
)
def test_partitioning_does_not_change_results(spark_module, frame, articles, repartition):
    """Whatever rows share a partition or an Arrow batch, each row's record is the same."""
    assert records(spark_module.extract(repartition(frame), date_col="published")) == articles


def test_parquet_round_trip(spark, spark_module, frame, articles, tmp_path):
    """Written to Parquet and read back, the results keep their column types and records."""
    result = spark_module.extract(frame, date_col="published")
    result.write.parquet(str(tmp_path / "results.parquet"))
    back = spark.read.parquet(str(tmp_path / "results.parquet"))
    assert back.schema.simpleString() == result.schema.simpleString()
    assert records(back) == articles


@pytest.mark.parametrize("date_type", ["date", "timestamp"], ids=["date-column", "timestamp-column"])
def test_typed_date_columns_work_like_iso_strings(spark_module, frame, articles, date_type):
    """A date or timestamp reference-date column gives the records of the same dates as ISO strings."""
    good = frame.filter(frame.id != BAD_DATE_ID)
    typed = good.withColumn("published", good.published.cast(date_type))
    expected = {id_: record for id_, record in articles.items() if id_ != BAD_DATE_ID}
    assert records(spark_module.extract(typed, date_col="published")) == expected


def test_without_a_date_column_dates_come_from_the_text(spark_module, frame, nlp):
    """date_col=None: each reference date is the one analyze_many finds in the text."""
    expected = {id_: article.reference_date for (id_, _, _), article in
                zip(ROWS, newsnlp.analyze_many([text for _, text, _ in ROWS], nlp=nlp))}
    found = {row.id: row.reference_date for row in spark_module.extract(frame).select("id", "reference_date").collect()}
    assert found == {id_: date.isoformat() if date else None for id_, date in expected.items()}


@pytest.mark.parametrize(
    "kwargs, message",
    [({"id_col": "error"}, "clashes"), ({"text_col": "body"}, "'body'"), ({"date_col": "day"}, "'day'")],
    ids=["id-clashes-with-output", "no-text-column", "no-date-column"],
)
def test_bad_column_arguments_fail_early(spark_module, frame, kwargs, message):
    """Column mistakes raise ValueError when extract() is called, not inside a Spark job."""
    with pytest.raises(ValueError, match=message):
        spark_module.extract(frame, **kwargs)


def test_result_schema_has_the_fields_of_article_to_dict(spark_module):
    """The result struct lists Article.to_dict()'s keys in order, decimals and dates as strings."""
    schema = spark_module.result_schema()
    assert schema.fieldNames() == list(newsnlp.Article(text="").to_dict())
    assert schema["reference_date"].dataType.simpleString() == "string"
    money = schema["money"].dataType.elementType
    assert {name: money[name].dataType.simpleString() for name in ("amount", "low", "high", "start")} == {
        "amount": "string", "low": "string", "high": "string", "start": "bigint"}


def test_missing_pyspark_names_the_extra(monkeypatch):
    """Without PySpark, importing newsnlp.spark says which extra to install."""
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.delitem(sys.modules, "newsnlp.spark", raising=False)
    with pytest.raises(ImportError, match=r"newsnlp\[spark\]"):
        importlib.import_module("newsnlp.spark")


def test_importing_newsnlp_spark_does_not_import_pyspark(spark_module):
    """`import newsnlp` and `import newsnlp.spark` leave PySpark and pandas unimported."""
    code = "import sys, newsnlp, newsnlp.spark; print(sorted({'pyspark', 'pandas'} & set(sys.modules)))"
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert imported.strip() == "[]"
