"""Batch throughput: documents per second through `factcheck batch` with 1 and 2 workers.

usage: python bench/bench_batch.py [--docs 2000] [--workers 1 2] [--repeat 3] [--write-results]

Generates --docs short drafts (seeded, five to eight numeric sentences each, some with
deliberate mistakes), writes them as JSONL to a temporary folder and times run_batch()
over them for each worker count, best of --repeat runs (the machine is shared). With
--write-results the figures replace the "Batch" section of bench/RESULTS.md. Not run by CI.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.batch import Options, run_batch  # noqa: E402

SENTENCES = [
    "The town lies fewer than {km} kilometres ({mi} miles) from the border.",
    "Around {people:,} people live in the township, officials said.",
    "Imports fell to {t:,} tonnes, down half from {t0:,} tonnes a year earlier.",
    "A {a}% tariff plus an additional {b}% brought the total to {ab}%.",
    "The company cut about {pct}% of its {staff:,} staff in the region.",
    "More than {n:,} troops took part, and some {m:,} of them were reservists.",
    "Exports rose {r}% between April and May to ${bn}bn.",
    "Prices climbed from {p0} to {p1}, a {pp}% rise.",
]


def draft(rng: random.Random) -> str:
    values = {
        "km": (km := rng.choice([50, 100, 200, 350])), "mi": round(km * 0.621371 * rng.choice(
            [1, 1, 0.8])), "people": rng.randint(5_000, 300_000),
        "t": (t := rng.randint(5_000, 20_000)), "t0": t * rng.choice([2, 2, 3]),
        "a": (a := rng.choice([10, 25])), "b": (b := rng.choice([10, 25])),
        "ab": a + b + rng.choice([0, 0, 10]), "pct": rng.randint(2, 30),
        "staff": rng.randint(1_000, 90_000), "n": (n := rng.randint(2_000, 20_000)),
        "m": rng.randint(100, n), "r": rng.randint(1, 40), "bn": rng.randint(1, 90),
        "p0": (p0 := rng.randint(100, 200)), "p1": (p1 := p0 + rng.randint(5, 60)),
        "pp": round((p1 - p0) / p0 * 100) + rng.choice([0, 0, 5]),
    }
    chosen = rng.sample(SENTENCES, rng.randint(5, 8))
    return " ".join(s.format(**values) for s in chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--write-results", action="store_true")
    args = parser.parse_args()
    rng = random.Random(20251129)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "drafts.jsonl"
        with open(source, "w", encoding="utf-8") as handle:
            for n in range(args.docs):
                handle.write(json.dumps({"id": n, "text": draft(rng)}) + "\n")
        for workers in args.workers:
            output = Path(tmp) / f"out-{workers}.jsonl"
            times = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                summary = run_batch(source, output, Options(), workers=workers)
                times.append(time.perf_counter() - start)
            seconds = min(times)
            rows.append((workers, summary.checked, seconds, summary.checked / seconds))
            print(f"workers={workers}: {summary.checked} docs in {seconds:.1f} s = "
                  f"{summary.checked / seconds:.0f} docs/s ({summary.errors} errors)")
    if args.write_results:
        write_results(rows, args)


def commit() -> str:
    run = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    return run.stdout.strip() or "unknown"


def write_results(rows: list[tuple[int, int, float, float]], args: argparse.Namespace) -> None:
    path = ROOT / "bench" / "RESULTS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    head, _, rest = old.partition("\n## Batch\n")
    tail = rest[rest.find("\n## "):] if "\n## " in rest else ""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    table = "\n".join(f"| {w} | {n:,} | {s:.1f} | {r:.0f} |" for w, n, s, r in rows)
    section = (
        f"\n## Batch\n\n`python bench/bench_batch.py --docs {args.docs} --workers "
        f"{' '.join(map(str, args.workers))} --repeat {args.repeat} --write-results`, run "
        f"{when} on {platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs shared with other work (load average "
        f"{os.getloadavg()[0]:.1f} at the end), code at commit {commit()}. Best of "
        f"{args.repeat} runs; times include starting the worker processes.\n\n"
        "| workers | documents | seconds | documents/s |\n|---:|---:|---:|---:|\n"
        f"{table}\n"
    )
    path.write_text(head.rstrip("\n") + "\n" + section + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
