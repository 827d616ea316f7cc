"""Fuzz `newsnlp.analyze` with mutated PolNeAR dev articles and check the result invariants.

The seeds are read at run time from the shared evaluation data (never copied into the repo).
Each input is a seed article with a few random mutations (nasty snippets inserted: quotation
marks, lone surrogates, control, zero-width and RTL characters, HTML, emoji, other scripts,
money and date phrases; spans deleted, repeated, re-cased, re-spaced), analysed whole or in
small chunks. An exception or a broken invariant is a failure.

    python benchmarks/fuzz.py --seconds 600                    # atheris when installed
    python benchmarks/fuzz.py --seconds 600 --engine random    # plain seeded random search

`--engine atheris` (extra `fuzz`) is coverage-guided over newsnlp's own modules and stops at
the first failure (libFuzzer writes `crash-*` with the input bytes); `--engine random` keeps
going and writes every distinct failure (input text + traceback) to `--crashes`. Both stop by
themselves after `--seconds`; an input that uses more than `--timeout` CPU seconds counts as a
failure.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Callable, Iterator, Protocol, Sequence

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "eval" / "polnear" / "data" / "dev" / "text"

SNIPPETS = (
    '"', '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", '""', '" "',
    "\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2066",
    "&quot;", "&amp;", "&#8220;", "<p>", "</p>", "<b>", "<br/>", "<script>alert(1)</script>",
    "\U0001f600", "\U0001f1fa\U0001f1f8", "\U0001f4b0", "\u4e60\u8fd1\u5e73", "\u041f\u0443\u0442\u0438\u043d",
    "\u0627\u0644\u0633\u0644\u0627\u0645 \u0661\u0662\u0663", "\u4e8c\u3007\u4e8c\u4e09\u5e74", "\u00bd", "\u2153",
    "\n", "\n\n", "\t", "\r\n", " \u2014 ", "...", "\u2026", " Mr. ", " Dr ", " U.S. ",
    "$", "\u20ac", "\u00a3", "\u00a5", " US$3.2 billion ", " between $5m and $7m ", " \u20ac1,234.56 ",
    " 1,000,000 ", " 3.5 ", " -7 ", " 10^9 ", " 99999999999999999999999 ", " $1e308 ", " 0x1F ",
    " last Tuesday ", " May 24 ", " 2023 ", " Q3 ", " next week ", " 31 February ", " the 1990s ",
    " 25:61 ", " 9999-99-99 ", " year 0 ", " every Monday ", " two decades ago ",
    " said ", " he said. ", " told reporters ", " according to ", " Putin ", " President Joe Biden ",
)


class Choices(Protocol):
    """The source of random decisions: `random.Random` or atheris' FuzzedDataProvider."""

    def integer(self, low: int, high: int) -> int: ...


class RandomChoices:
    def __init__(self, rng) -> None:
        self.rng = rng

    def integer(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)


class ProvidedChoices:
    def __init__(self, provider) -> None:
        self.provider = provider

    def integer(self, low: int, high: int) -> int:
        return self.provider.ConsumeIntInRange(low, high)


def span(text: str, choose: Choices, longest: int = 300) -> tuple[int, int]:
    start = choose.integer(0, len(text))
    return start, min(len(text), start + choose.integer(0, longest))


def insert_snippet(text: str, choose: Choices) -> str:
    at = choose.integer(0, len(text))
    snippet = SNIPPETS[choose.integer(0, len(SNIPPETS) - 1)]
    return text[:at] + snippet * (1 + choose.integer(0, 3) ** 4) + text[at:]


def insert_character(text: str, choose: Choices) -> str:
    at = choose.integer(0, len(text))
    return text[:at] + chr(choose.integer(0, 0x10FFFF)) + text[at:]


def delete_span(text: str, choose: Choices) -> str:
    start, end = span(text, choose)
    return text[:start] + text[end:]


def repeat_span(text: str, choose: Choices) -> str:
    start, end = span(text, choose, 60)
    return text[:end] + text[start:end] * choose.integer(1, 50) + text[end:]


def recase_span(text: str, choose: Choices) -> str:
    start, end = span(text, choose)
    change = (str.upper, str.lower, str.swapcase, str.title)[choose.integer(0, 3)]
    return text[:start] + change(text[start:end]) + text[end:]


def respace_span(text: str, choose: Choices) -> str:
    start, end = span(text, choose)
    spacing = ("", "\n", "  ", "\u00a0", "\u3000")[choose.integer(0, 4)]
    return text[:start] + re.sub(r"\s+", spacing, text[start:end]) + text[end:]


def swap_quotes(text: str, choose: Choices) -> str:
    marks = ('"', "\u201c", "\u201d", "'", "\u00ab", "")
    return text.replace(marks[choose.integer(0, 4)], marks[choose.integer(0, 5)])


MUTATIONS: Sequence[Callable[[str, Choices], str]] = (
    insert_snippet, insert_snippet, insert_character, delete_span, repeat_span, recase_span,
    respace_span, swap_quotes,
)


def mutated(seeds: Sequence[str], choose: Choices) -> tuple[str, int | None]:
    """A mutated seed article, and the chunk size to analyse it with (None: whole)."""
    text = seeds[choose.integer(0, len(seeds) - 1)]
    for _ in range(choose.integer(1, 8)):
        text = MUTATIONS[choose.integer(0, len(MUTATIONS) - 1)](text, choose)
    text = text[:40_000]
    chunk = choose.integer(300, 5_000) if choose.integer(0, 4) == 0 else None
    return text, chunk


def violations(article, given: str) -> Iterator[str]:
    """The invariants `article` (analysed from `given`) breaks, described."""
    import newsnlp
    from newsnlp.dates.timex import TIMEX_VALUE

    text = article.text
    if len(text) != len(given):
        yield f"text length {len(text)} != input length {len(given)}"
    spans = [(family, item) for family in ("quotes", "money", "dates") for item in getattr(article, family)]
    for family in ("people", "organisations", "countries"):
        spans += [(family, mention) for entity in getattr(article, family) for mention in entity.mentions]
    spans += [("speaker_mention", quote.speaker_mention) for quote in article.quotes if quote.speaker_mention]
    for family, item in spans:
        if not 0 <= item.start <= item.end <= len(text) or text[item.start:item.end] != item.text:
            yield f"{family} offsets {item.start}:{item.end} do not slice to {item.text!r}"
    quotes = sorted(article.quotes, key=lambda quote: quote.start)
    for first, second in zip(quotes, quotes[1:]):
        if second.start < first.end:
            yield f"quotes overlap: {first.text!r} and {second.text!r}"
    for money in article.money:
        if money.amount is None and (money.low is None or money.high is None):
            yield f"money without amount or range: {money!r}"
    for date in article.dates:
        if date.type not in ("DATE", "TIME", "DURATION", "SET") or not TIMEX_VALUE.fullmatch(date.value):
            yield f"bad TIMEX3 {date.type} value {date.value!r} for {date.text!r}"
    encoded = article.to_json().encode("utf-8")
    if newsnlp.Article.from_dict(json.loads(encoded)) != article:
        yield "to_json() does not round-trip"


class TookTooLong(Exception):
    """An input used more than the per-input CPU time limit (raised by SIGPROF)."""


def _alarm(signum, frame) -> None:
    raise TookTooLong("input used more CPU time than the limit")


def failure_of(nlp, text: str, chunk: int | None, limit: float = 0) -> str | None:
    """The traceback or broken invariants of analysing `text`, or None when all is well; with a
    `limit` (CPU seconds, so that a busy machine does not count), running longer is a failure
    too (its traceback shows where it was)."""
    import newsnlp

    signal.signal(signal.SIGPROF, _alarm)
    signal.setitimer(signal.ITIMER_PROF, limit)
    try:
        article = newsnlp.analyze(text, nlp=nlp, **({"chunk_chars": chunk} if chunk else {}))
        found = list(violations(article, text))
    except Exception:
        return traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
    return "\n".join(found) or None


def run_random(nlp, seeds: Sequence[str], seconds: float, seed: int, crashes: Path, limit: float) -> int:
    """Random mutation search for `seconds`; every distinct failure goes to `crashes` (and the
    input being analysed to `crashes/current.json`, in case the process gets killed)."""
    import random

    rng = random.Random(seed)
    crashes.mkdir(parents=True, exist_ok=True)
    stop, runs, failures = time.monotonic() + seconds, 0, set()
    while time.monotonic() < stop:
        text, chunk = mutated(seeds, RandomChoices(rng))
        runs += 1
        (crashes / "current.json").write_text(json.dumps({"text": text, "chunk_chars": chunk}), encoding="utf-8")
        failure = failure_of(nlp, text, chunk, limit)
        if failure:
            key = hashlib.sha1(failure.splitlines()[-1].encode("utf-8", "replace")).hexdigest()[:10]
            if key not in failures:
                failures.add(key)
                record = {"text": text, "chunk_chars": chunk, "failure": failure}
                (crashes / f"crash-{key}.json").write_text(json.dumps(record, ensure_ascii=True), encoding="utf-8")
            print(f"FAIL run {runs}: {failure.splitlines()[-1]}", flush=True)
    print(f"random engine: {runs} inputs in {seconds:.0f} s, {len(failures)} distinct failures", flush=True)
    return 1 if failures else 0


def run_atheris(nlp, seeds: Sequence[str], seconds: float, seed: int, limit: float) -> int:
    """Coverage-guided search with atheris (libFuzzer) over newsnlp's modules."""
    import atheris

    def one_input(data: bytes) -> None:
        text, chunk = mutated(seeds, ProvidedChoices(atheris.FuzzedDataProvider(data)))
        failure = failure_of(nlp, text, chunk, limit)
        if failure:
            raise AssertionError(f"{failure}\ninput: {json.dumps(text[:2000])}... chunk_chars={chunk}")

    atheris.Setup([sys.argv[0], f"-max_total_time={int(seconds)}", f"-seed={seed}", "-timeout=120",
                   "-rss_limit_mb=6000", "-print_final_stats=1"], one_input)
    atheris.Fuzz()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--engine", choices=("atheris", "random"), default=None,
                        help="default: atheris when installed, else random")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--timeout", type=float, default=60, help="CPU seconds allowed per input")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed .txt articles")
    args = parser.parse_args()
    seeds = [path.read_text(encoding="utf-8") for path in sorted(args.seeds.glob("*.txt"))]
    if not seeds:
        parser.error(f"no seed articles in {args.seeds}")
    engine = args.engine or ("atheris" if _has_atheris() else "random")
    if engine == "atheris":
        import atheris

        with atheris.instrument_imports(include=["newsnlp"]):
            import newsnlp
        return run_atheris(newsnlp.load(), seeds, args.seconds, args.seed, args.timeout)
    import newsnlp

    return run_random(newsnlp.load(), seeds, args.seconds, args.seed, args.crashes, args.timeout)


def _has_atheris() -> bool:
    import importlib.util

    return importlib.util.find_spec("atheris") is not None


if __name__ == "__main__":
    sys.exit(main())
