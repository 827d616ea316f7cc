"""Peak memory and time of `newsnlp.analyze` on one very long text (PolNeAR dev articles joined
with blank lines until the size is reached, read at run time).

    python benchmarks/long_text.py --chars 2000000
    python benchmarks/long_text.py --chars 300000 --chunk-chars 1000000   # one Doc, for comparison

Prints the peak resident set size of the process (ru_maxrss) before and after, the CPU time,
and what was found.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "polnear" / "data" / "dev" / "text"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=2_000_000)
    parser.add_argument("--chunk-chars", type=int, default=None, help="default: newsnlp's CHUNK_CHARS")
    args = parser.parse_args()

    import newsnlp
    from newsnlp.api import CHUNK_CHARS

    corpus = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(DEV.glob("*.txt")))
    text = (corpus * (args.chars // len(corpus) + 1))[:args.chars]
    nlp = newsnlp.load()
    chunk = args.chunk_chars or CHUNK_CHARS
    nlp.max_length = max(nlp.max_length, chunk)
    newsnlp.analyze("Warm-up: Joe Biden said on Monday he would spend $5 million.", nlp=nlp)
    before, started = peak_rss_mb(), time.process_time()
    article = newsnlp.analyze(text, nlp=nlp, chunk_chars=chunk)
    cpu = time.process_time() - started
    print(f"{len(text):,} chars, chunk_chars={chunk:,}: peak RSS {before:.0f} MB after loading, "
          f"{peak_rss_mb():.0f} MB after analysing; CPU {cpu:.0f} s; {len(article.people)} people, "
          f"{len(article.quotes)} quotes, {len(article.money)} money, {len(article.dates)} dates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
