"""How much newsnlp costs on top of the bare spaCy model.

Runs the bare model (`nlp.pipe`) and `newsnlp.analyze_many` over the same texts (the PolNeAR
dev articles by default) with the same batch size, alternating which goes first, and prints
medians: CPU seconds, the CPU-time ratio newsnlp / bare (target <= 1.25), words per second,
the CPU time of every step (tokenizer, model components, each newsnlp stage, building the
Articles), then import + load time and peak memory, each measured in a fresh process.

    python benchmarks/speed.py                    # all 84 PolNeAR dev texts, 5 runs
    python benchmarks/speed.py --runs 3 --limit 20
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Iterable

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "eval" / "polnear" / "data" / "dev" / "text"


def read_texts(folder: Path, limit: int | None) -> list[str]:
    paths = sorted(folder.glob("*.txt"))[:limit]
    if not paths:
        sys.exit(f"no *.txt files in {folder}")
    return [path.read_text(encoding="utf-8") for path in paths]


def cpu_seconds(work: Callable[[], object]) -> float:
    """CPU time (user + system) of this process while `work()` runs."""
    start = time.process_time()
    work()
    return time.process_time() - start


def drain(items: Iterable) -> None:
    for _ in items:
        pass


def step_times(nlp, texts: list[str], batch_size: int) -> dict[str, float]:
    """CPU seconds of each step of `analyze_many`, run one step at a time over all texts: the
    tokenizer (with newsnlp's doc preparation), each pipeline component in order, and
    `Article.from_doc`. Each component runs over the Docs the previous one left."""
    import newsnlp
    from newsnlp.api import prepare_doc

    times: dict[str, float] = {}
    docs: list = []
    times["tokenizer"] = cpu_seconds(lambda: docs.extend(prepare_doc(nlp, text, None) for text in texts))
    for name, component in nlp.pipeline:
        times[name] = cpu_seconds(lambda: drain(component.pipe(iter(docs), batch_size=batch_size)))
    times["Article.from_doc"] = cpu_seconds(lambda: drain(newsnlp.Article.from_doc(doc) for doc in docs))
    return times


def footprint(kind: str, model: str | None, folder: Path, limit: int | None, batch_size: int) -> dict:
    """Import time, load time and peak memory of `kind` ("bare" or "newsnlp") analysing the
    texts once, in a fresh Python process (so neither pays for the other), and the model used."""
    command = [sys.executable, __file__, "--footprint", kind, "--texts", str(folder), "--batch-size", str(batch_size)]
    if model:
        command += ["--model", model]
    if limit:
        command += ["--limit", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def measure_footprint(kind: str, model: str | None, folder: Path, limit: int | None, batch_size: int) -> None:
    """The child side of `footprint`: prints its figures as JSON."""
    texts = read_texts(folder, limit)
    start = time.perf_counter()
    if kind == "bare":
        import spacy

        from_import = time.perf_counter()
        nlp = spacy.load(model)
        loaded = time.perf_counter()
        drain(nlp.pipe(texts, batch_size=batch_size))
    else:
        import newsnlp
        from newsnlp.model import resolve_model_name

        from_import = time.perf_counter()
        model = model or resolve_model_name()
        nlp = newsnlp.load(model)
        loaded = time.perf_counter()
        drain(newsnlp.analyze_many(texts, batch_size=batch_size, nlp=nlp))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"model": model, "import_s": from_import - start, "load_s": loaded - from_import,
                      "peak_mb": peak_mb}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating runs of each (default 5)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts")
    parser.add_argument("--batch-size", type=int, default=32, help="for both (default 32)")
    parser.add_argument("--texts", type=Path, default=POLNEAR_DEV, help="folder of *.txt articles")
    parser.add_argument("--model", help="spaCy pipeline (default: the one newsnlp.load() resolves)")
    parser.add_argument("--footprint", choices=["bare", "newsnlp"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.footprint:
        measure_footprint(args.footprint, args.model, args.texts, args.limit, args.batch_size)
        return

    # First, while this process is still small: Linux keeps ru_maxrss across fork + exec, so a
    # child started later would report this process's peak instead of its own. The newsnlp
    # child names the model it resolved; the bare one loads the same.
    footprints = {"newsnlp": footprint("newsnlp", args.model, args.texts, args.limit, args.batch_size)}
    model = footprints["newsnlp"]["model"]
    footprints["bare"] = footprint("bare", model, args.texts, args.limit, args.batch_size)

    import spacy

    import newsnlp

    texts = read_texts(args.texts, args.limit)
    words = sum(len(text.split()) for text in texts)
    bare = spacy.load(model)
    nlp = newsnlp.load(model)
    runs = {
        "bare": lambda: drain(bare.pipe(texts, batch_size=args.batch_size)),
        "newsnlp": lambda: drain(newsnlp.analyze_many(texts, batch_size=args.batch_size, nlp=nlp)),
    }
    runs["bare"]()  # warm-up runs (lexicons, caches, allocations), outside the measurement
    failed = [article.error for article in newsnlp.analyze_many(texts, batch_size=args.batch_size, nlp=nlp)
              if article.error]
    cpu: dict[str, list[float]] = {"bare": [], "newsnlp": []}
    wall: dict[str, list[float]] = {"bare": [], "newsnlp": []}
    steps: list[dict[str, float]] = []
    for run in range(args.runs):
        order = ("bare", "newsnlp") if run % 2 == 0 else ("newsnlp", "bare")
        for kind in order:
            start = time.perf_counter()
            cpu[kind].append(cpu_seconds(runs[kind]))
            wall[kind].append(time.perf_counter() - start)
        steps.append(step_times(nlp, texts, args.batch_size))

    median = {kind: statistics.median(values) for kind, values in cpu.items()}
    print(f"# {len(texts)} texts, {words} words, model {model}, batch size {args.batch_size}, "
          f"{args.runs} alternating runs, medians")
    print(f"{'':10} {'CPU s':>8} {'wall s':>8} {'words/s (CPU)':>14}")
    for kind in cpu:
        print(f"{kind:10} {median[kind]:8.2f} {statistics.median(wall[kind]):8.2f} {words / median[kind]:14.0f}")
    print(f"CPU-time ratio newsnlp / bare: {median['newsnlp'] / median['bare']:.3f}   (target <= 1.25)")
    if failed:
        print(f"WARNING: newsnlp failed on {len(failed)} texts (first: {failed[0][:200]})")

    stages = set(newsnlp.model.STAGES) | {"Article.from_doc"}
    print("\n# CPU per step of analyze_many (median s; % of the bare model's CPU)")
    for name in steps[0]:
        seconds = statistics.median(step[name] for step in steps)
        mark = "  newsnlp" if name in stages else ""
        print(f"{name:18} {seconds:7.3f} {100 * seconds / median['bare']:6.1f}%{mark}")
    overhead = sum(statistics.median(step[name] for step in steps) for name in steps[0] if name in stages)
    print(f"{'newsnlp total':18} {overhead:7.3f} {100 * overhead / median['bare']:6.1f}%")

    print("\n# fresh process: import, load, analyse the texts once")
    for kind in ("bare", "newsnlp"):
        figures = footprints[kind]
        print(f"{kind:10} import {figures['import_s']:5.2f} s   load {figures['load_s']:5.2f} s   "
              f"peak RSS {figures['peak_mb']:6.0f} MB")


if __name__ == "__main__":
    main()
