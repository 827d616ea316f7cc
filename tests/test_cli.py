"""The `newsnlp` command: every kind of input, one record per input, errors and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsnlp
from newsnlp.cli import app, parquet_schema

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"

MERKEL = "Angela Merkel visited Paris on Monday."
BIDEN = "Joe Biden met Xi Jinping in Bali."


@pytest.fixture(scope="module")
def run():
    """Run the command in-process: (exit code, the JSON records on stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None):
        result = runner.invoke(app, [str(arg) for arg in args], input=stdin)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        return result.exit_code, records, result.stderr

    return invoke


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_directory_input_is_every_txt_file_recursively_in_order(run, tmp_path):
    """A folder gives one record per *.txt below it (sorted, nested folders too), ids = paths."""
    write(tmp_path / "b.txt", BIDEN)
    write(tmp_path / "a" / "merkel.txt", MERKEL)
    write(tmp_path / "notes.md", "Not an article.")
    code, records, _ = run(tmp_path)
    assert code == 0
    assert [r["id"] for r in records] == [str(tmp_path / "a" / "merkel.txt"), str(tmp_path / "b.txt")]
    assert records[0]["text"] == MERKEL and records[0]["error"] is None
    assert {p["name"] for p in records[1]["people"]} >= {"Joe Biden", "Xi Jinping"}


def test_record_is_article_to_dict_plus_id(run, nlp, tmp_path):
    """Each line is exactly Article.to_dict() of the same text, plus its id."""
    path = write(tmp_path / "merkel.txt", MERKEL)
    _, [record], _ = run(path, "--reference-date", "2021-03-01")
    expected = newsnlp.analyze(MERKEL, reference_date="2021-03-01", nlp=nlp).to_dict()
    assert record == {"id": str(path), **expected}


@pytest.mark.parametrize(
    "args, stdin, ids, texts",
    [(["-"], MERKEL, ["-"], [MERKEL]),
     (["-", "--jsonl"], json.dumps({"id": "m", "text": MERKEL}) + "\n\n" + json.dumps({"text": BIDEN}) + "\n",
      ["m", "-:3"], [MERKEL, BIDEN])],
    ids=["plain-text-is-one-article", "jsonl-one-per-line-blank-lines-skipped"],
)
def test_stdin(run, args, stdin, ids, texts):
    """`-` reads stdin: the whole of it as one article, or JSON Lines with --jsonl."""
    code, records, _ = run(*args, stdin=stdin)
    assert code == 0
    assert [r["id"] for r in records] == ids and [r["text"] for r in records] == texts


def test_jsonl_fields_name_text_id_and_reference_date(run, tmp_path):
    """--text-field/--id-field/--date-field pick the record's fields; a missing id is FILE:LINE;
    the record's date overrides --reference-date, which fills in where the record has none."""
    lines = [{"key": "k1", "body": MERKEL, "published": "2020-02-03"}, {"body": BIDEN}]
    path = write(tmp_path / "news.jsonl", "".join(json.dumps(line) + "\n" for line in lines))
    code, records, _ = run(path, "--text-field", "body", "--id-field", "key", "--date-field", "published",
                           "--reference-date", "2019-09-09")
    assert code == 0
    assert [(r["id"], r["text"], r["reference_date"]) for r in records] == [
        ("k1", MERKEL, "2020-02-03"), (f"{path}:2", BIDEN, "2019-09-09")]


@pytest.mark.parametrize(
    "line, error",
    [("not json", "not JSON"), ("[1, 2]", "not a JSON object"), ('{"id": "x"}', "no 'text' field"),
     ('{"text": 7}', "'text' is int"), ('{"text": "A.", "date": "soon"}', "ISO date")],
    ids=["not-json", "not-object", "no-text", "text-not-str", "bad-date"],
)
def test_bad_jsonl_record_becomes_an_error_record_between_good_ones(run, tmp_path, line, error):
    """A bad record yields a record with `error` in its place; its neighbours are intact; exit 1."""
    good = json.dumps({"text": MERKEL})
    path = write(tmp_path / "in.jsonl", f"{good}\n{line}\n{good}\n")
    code, records, stderr = run(path, "--date-field", "date")
    assert code == 1 and "1 of 3 inputs failed" in stderr
    assert [r["error"] is None for r in records] == [True, False, True]
    assert error in records[1]["error"] and records[1]["id"] in ("x", f"{path}:2")
    assert records[2]["people"][0]["name"] == "Angela Merkel"


@pytest.mark.parametrize(
    "flags, exit_code",
    [([], 1), (["--keep-going"], 0)],
    ids=["fails-by-default", "keep-going-exits-0"],
)
def test_missing_file_is_an_error_record_and_sets_the_exit_code(run, tmp_path, flags, exit_code):
    """An unreadable input gives an error record; the exit code is 1 unless --keep-going."""
    good = write(tmp_path / "ok.txt", MERKEL)
    missing = tmp_path / "missing.txt"
    code, records, _ = run(missing, good, *flags)
    assert code == exit_code
    assert [r["id"] for r in records] == [str(missing), str(good)]
    assert "FileNotFoundError" in records[0]["error"] and records[1]["error"] is None


def test_output_file_gets_the_records_and_stdout_none(run, tmp_path):
    """--output FILE.jsonl writes the records there instead of stdout."""
    path = write(tmp_path / "a.txt", MERKEL)
    target = tmp_path / "out.jsonl"
    code, on_stdout, stderr = run(path, "--output", target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert code == 0 and on_stdout == [] and str(target) in stderr
    assert [json.loads(line)["id"] for line in lines] == [str(path)]


@pytest.mark.parametrize(
    "value, exit_code, reference_date",
    [("2023-05-24", 0, "2023-05-24"), ("next week", 2, None)],
    ids=["iso", "not-a-date"],
)
def test_reference_date_option(run, tmp_path, value, exit_code, reference_date):
    """--reference-date sets every article's reference date; a non-ISO value is a usage error."""
    path = write(tmp_path / "a.txt", "Markets rose on Wednesday.")
    code, records, stderr = run(path, "--reference-date", value)
    assert code == exit_code
    if reference_date:
        assert records[0]["reference_date"] == reference_date
    else:
        assert records == [] and "ISO date" in stderr


def test_n_process_gives_the_same_records(run, tmp_path):
    """--n-process 2 hands the work to worker processes and gives the same records in order."""
    lines = [json.dumps({"text": text}) for text in (MERKEL, BIDEN, MERKEL + " " + BIDEN)] + ["{}"]
    path = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    one = run(path, "--batch-size", "1")
    two = run(path, "--batch-size", "1", "--n-process", "2")
    assert one[0] == two[0] == 1 and one[1] == two[1] and len(one[1]) == 4


def test_version():
    """--version prints the installed version and exits 0."""
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"newsnlp {newsnlp.__version__}"


def test_no_progress_bar_when_stderr_is_not_a_terminal(run, tmp_path):
    """The progress bar is for terminals only: a captured stderr holds just the summary."""
    path = write(tmp_path / "a.txt", MERKEL)
    _, _, stderr = run(path)
    assert "it/s" not in stderr and "articles/s" not in stderr and "1 article -> stdout" in stderr


def test_parquet_output_round_trips(run, tmp_path):
    """--output FILE.parquet writes the same records as JSON Lines, in the fixed schema."""
    pq = pytest.importorskip("pyarrow.parquet")
    good = write(tmp_path / "a.txt", MERKEL)
    code, as_json, _ = run(good, tmp_path / "missing.txt", "--keep-going")
    run(good, tmp_path / "missing.txt", "--keep-going", "--output", tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert code == 0 and table.schema == parquet_schema()
    assert table.to_pylist() == as_json


def test_parquet_without_pyarrow_says_how_to_install(run, tmp_path, monkeypatch):
    """Without pyarrow, a .parquet output is a clear usage error, before any work is done."""
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    code, _, stderr = run(write(tmp_path / "a.txt", MERKEL), "--output", tmp_path / "out.parquet")
    assert code == 2 and "newsnlp[parquet]" in stderr and not (tmp_path / "out.parquet").exists()


def test_parquet_schema_has_every_article_field():
    """The Parquet columns are `id` plus the keys of Article.to_dict(), in that order."""
    pytest.importorskip("pyarrow")
    assert parquet_schema().names == ["id", *newsnlp.Article(text="").to_dict()]


def test_readme_command_runs_on_the_samples():
    """The installed `newsnlp data/samples/` prints one JSON line per sample article."""
    script = Path(sys.executable).parent / "newsnlp"
    if not script.exists():
        pytest.skip(f"the newsnlp script is not installed beside {sys.executable}")
    done = subprocess.run([str(script), str(SAMPLES)], capture_output=True, text=True, timeout=300, check=False)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0, done.stderr
    assert [Path(r["id"]).name for r in records] == sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert all(r["error"] is None and r["people"] for r in records)
