"""Analyse a corpus of news articles with Spark and write the results as Parquet.

    python examples/spark_job.py --input articles.jsonl --output results.parquet
    python examples/spark_job.py --input articles.parquet --output results.parquet \
        --id-col url --date-col published --master "local[4]"
    spark-submit examples/spark_job.py --input hdfs:///news/2024/ --format parquet --output ...

The input is JSON Lines (one object per line, e.g. {"id": 1, "text": "...", "published":
"2024-05-10"}) or Parquet, with a text column and an id column. The output is one Parquet row
per article with the columns documented in docs/spark.md. Needs `pip install "newsnlp[spark]"`
and Java 17+; on a cluster, newsnlp and its spaCy model must be installed on every worker.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from pyspark.sql import SparkSession

from newsnlp.spark import extract

logger = logging.getLogger("spark_job")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="JSON Lines file or directory, or Parquet")
    parser.add_argument("--output", required=True, help="Parquet directory to write")
    parser.add_argument("--format", choices=("jsonl", "parquet"), help="input format (default: from the suffix)")
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--id-col", default="id")
    parser.add_argument("--date-col", help="column of reference dates (ISO strings or dates)")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (default local[*])")
    parser.add_argument("--partitions", type=int, help="repartition the input to this many partitions")
    return parser.parse_args(argv)


def input_format(path: str, given: str | None) -> str:
    """The input format: as given, else parquet for a `.parquet` path, else JSON Lines."""
    return given or ("parquet" if path.rstrip("/").endswith(".parquet") else "jsonl")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # Local runs: the Python workers use this interpreter, so they find newsnlp in its venv.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("newsnlp")
    if args.master:  # else spark-submit's master, or local[*] when run with plain python
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        reader = spark.read.parquet if input_format(args.input, args.format) == "parquet" else spark.read.json
        articles = reader(args.input)
        if args.partitions:
            articles = articles.repartition(args.partitions)
        results = extract(articles, text_col=args.text_col, id_col=args.id_col, date_col=args.date_col)
        results.write.mode("overwrite").parquet(args.output)
        written = spark.read.parquet(args.output)
        failed = written.filter(written.error.isNotNull()).count()
        logger.info("wrote %d articles to %s (%d with an error)", written.count(), args.output, failed)
    finally:
        spark.stop()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    main()
