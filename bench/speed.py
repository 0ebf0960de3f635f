"""Speed and memory of extract() and check() against quantulum3, side by side in one run.

usage: python bench/speed.py [--shared ../shared] [--repeat 3] [--cap 60]
                             [--before DIR] [--sentences-only]

With --before DIR (a checkout of an earlier commit, e.g. from `git archive`), extract() per
sentence is also timed for that code and this one, each in its own fresh process, in
alternating rounds, and the ratio is printed. --sentences-only stops after the per-sentence
figures.

1. per sentence: every NewsQuant dev sentence through extract(), check() and
   quantulum3.parser.parse;
2. whole documents: the sentences glued into documents of 1,000 to 64,000 words; quantulum3
   stops at the first size that takes longer than --cap seconds (it grows with the square
   of the length), and the larger sizes are reported as skipped;
3. cold start, best of --repeat runs each: `python -m factcheck check examples/draft.md`,
   `python -c "from factcheck import extract; extract('5 km')"`, and quantulum3's first
   parse (`python -c "from quantulum3 import parser; parser.parse('5 km')"`);
4. peak memory, each in a fresh process: a 1,000-word draft through check() (and through
   quantulum3), and 10 MB of text through check(): the process's peak resident set and
   the peak of Python allocations (tracemalloc) during the call.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402

warnings.filterwarnings("ignore", module="quantulum3")
AS_OF = "2025-08-27"
SIZES = (1000, 4000, 16000, 64000)


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def document(sentences: list[str], words: int) -> str:
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        s = sentences[i % len(sentences)]
        out.append(s)
        count += len(s.split())
        i += 1
    return " ".join(out)


def run_child(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of one child process.

    The peak is measured by /usr/bin/time, whose own small process starts the child:
    os.wait4 on a child started from this process would count this process's memory
    too (the child is a copy of it until exec).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    t0 = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-f", "%M", *argv], cwd=ROOT, env=env,
                          capture_output=True, check=False)
    took = time.perf_counter() - t0
    peak_kb = float(done.stderr.decode().strip().splitlines()[-1])
    return took, peak_kb / 1000, done.stdout.decode()


def cold_start(argv: list[str], repeat: int) -> float:
    return min(run_child(argv)[0] for _ in range(repeat))


MEMORY = """
import json, sys, tracemalloc, warnings
warnings.filterwarnings("ignore")
text = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[2] == "quantulum3":
    from quantulum3 import parser
    parser.parse("5 km")
    run = parser.parse
else:
    from factcheck import check
    check("5 km", as_of="2025-08-27")
    def run(t): return check(t, as_of="2025-08-27")
tracemalloc.start()
run(text)
print(tracemalloc.get_traced_memory()[1] / 1e6)
"""


def memory(text: str, system: str, folder: Path) -> tuple[float, float]:
    """(peak RSS MB of the whole process, peak MB of Python allocations in the call)."""
    path = folder / "memory-input.txt"
    path.write_text(text, encoding="utf-8")
    _, rss, out = run_child([sys.executable, "-c", MEMORY, str(path), system])
    return rss, float(out.strip() or "nan")


def per_sentence(sentences: list[str], repeat: int, parse: Callable[[str], Any]) -> None:
    n = len(sentences)
    ours = best_of(lambda: [extract(s) for s in sentences], repeat)
    full = best_of(lambda: [check(s, as_of=AS_OF) for s in sentences], repeat)
    theirs = best_of(lambda: [parse(s) for s in sentences], repeat)
    print(f"per sentence ({n} sentences, best of {repeat}): extract {1000 * ours / n:.3f} ms, "
          f"check {1000 * full / n:.3f} ms, quantulum3 {1000 * theirs / n:.3f} ms; "
          f"quantulum3 / extract {theirs / ours:.1f}x, quantulum3 / check {theirs / full:.1f}x")


def documents(sentences: list[str], repeat: int, cap: float,
              parse: Callable[[str], Any]) -> None:
    capped = False
    times: dict[int, tuple[float, float]] = {}
    for words in SIZES:
        doc = document(sentences, words)
        t_ex = best_of(lambda d=doc: extract(d), repeat)
        t_ch = best_of(lambda d=doc: check(d, as_of=AS_OF), repeat)
        times[words] = (t_ex, t_ch)
        line = (f"document {words:>6} words ({len(doc):,} chars): extract {t_ex:.3f} s, "
                f"check {t_ch:.3f} s")
        if capped:
            line += f", quantulum3 skipped (a smaller size took over {cap:.0f} s)"
        else:
            t_q = best_of(lambda d=doc: parse(d), 1)
            line += f", quantulum3 {t_q:.3f} s (one run)"
            capped = t_q > cap
        print(line, flush=True)
    (e1, c1), (e4, c4) = times[16000], times[64000]
    print(f"linearity, 64,000 words / 16,000 words (4x the text): extract {e4 / e1:.2f}x, "
          f"check {c4 / c1:.2f}x")


BEFORE_AFTER = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from factcheck import extract
sentences = json.load(open(sys.argv[2], encoding="utf-8"))
[extract(s) for s in sentences]
times = []
for _ in range(int(sys.argv[3])):
    t0 = time.perf_counter()
    [extract(s) for s in sentences]
    times.append(time.perf_counter() - t0)
print(min(times) / len(sentences))
"""


def before_after(sentences: list[str], before: Path, repeat: int) -> None:
    """extract() per sentence, the earlier checkout against this one, in fresh processes."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sentences.json"
        path.write_text(json.dumps(sentences), encoding="utf-8")
        best = {"before": float("inf"), "after": float("inf")}
        for _ in range(repeat):
            for name, root in (("before", before), ("after", ROOT)):
                out = subprocess.run([sys.executable, "-c", BEFORE_AFTER, str(root), str(path),
                                      str(repeat)], capture_output=True, text=True, check=True,
                                     env={**os.environ, "PYTHONPATH": str(root)})
                best[name] = min(best[name], float(out.stdout))
    print(f"extract per sentence, before {1000 * best['before']:.3f} ms ({before}), after "
          f"{1000 * best['after']:.3f} ms; after / before {best['after'] / best['before']:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cap", type=float, default=60.0,
                    help="skip quantulum3 on larger documents once one takes this long")
    ap.add_argument("--before", type=Path, help="an earlier checkout to compare extract() with")
    ap.add_argument("--sentences-only", action="store_true")
    args = ap.parse_args()
    gold = json.loads((Path(args.shared) / "benchmarks/newsquant/dev.json").read_text("utf-8"))
    sentences = [g["text"] for g in gold]
    from quantulum3 import parser

    parser.parse("5 km")  # load its classifier before timing
    check("5 km", as_of=AS_OF)
    per_sentence(sentences, args.repeat, parser.parse)
    if args.before:
        before_after(sentences, args.before, args.repeat)
    if args.sentences_only:
        return 0
    documents(sentences, args.repeat, args.cap, parser.parse)
    py = sys.executable
    cli = cold_start([py, "-m", "factcheck", "check", "examples/draft.md"], args.repeat)
    lib = cold_start([py, "-c", "from factcheck import extract; extract('5 km')"], args.repeat)
    q = cold_start([py, "-c", "from quantulum3 import parser; parser.parse('5 km')"],
                   args.repeat)
    print(f"cold start: factcheck check examples/draft.md {cli:.2f} s, extract one-liner "
          f"{lib:.2f} s, quantulum3 first parse {q:.2f} s; CLI / quantulum3 {cli / q:.2f}")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        draft = document(sentences, 1000)
        for system in ("factcheck", "quantulum3"):
            rss, peak = memory(draft, system, folder)
            print(f"memory, 1,000-word draft, {system}: peak RSS {rss:.0f} MB, "
                  f"Python allocations in the call {peak:.1f} MB")
        big = document(sentences, 2_000_000)[:10_000_000]
        rss, peak = memory(big, "factcheck", folder)
        print(f"memory, 10 MB of text ({len(big):,} chars), check(): peak RSS {rss:.0f} MB, "
              f"Python allocations in the call {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
