"""Run every PolNeAR article (train and dev) through `newsnlp.analyze` and report exceptions and
broken result invariants (the checks of `fuzz.py`).

    python benchmarks/polnear_smoke.py                      # train + dev, dates from file names
    python benchmarks/polnear_smoke.py --split dev --limit 20

The articles are read at run time from the shared evaluation data; the publication date in each
file name is the reference date. Exits 1 when any article fails.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import traceback
from pathlib import Path

from fuzz import violations

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "polnear" / "data"
FILE_DATE = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", action="append", choices=("train", "dev"),
                        help="repeatable; default both")
    parser.add_argument("--limit", type=int, default=None, help="articles per split")
    parser.add_argument("--data", type=Path, default=POLNEAR)
    args = parser.parse_args()

    import newsnlp

    nlp = newsnlp.load()
    paths = [path for split in args.split or ("train", "dev")
             for path in sorted((args.data / split / "text").glob("*.txt"))[:args.limit]]
    failed, started = 0, time.monotonic()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        date = FILE_DATE.search(path.name)
        try:
            problems = list(violations(newsnlp.analyze(text, date and date.group(1), nlp=nlp), text))
        except Exception:
            problems = [traceback.format_exc()]
        if problems:
            failed += 1
            print(f"FAIL {path.parent.parent.name}/{path.name}:\n  " + "\n  ".join(problems), flush=True)
    print(f"{len(paths)} articles in {time.monotonic() - started:.0f} s: {failed} failed", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
