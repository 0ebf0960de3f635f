"""Speed of extract() against quantulum3, side by side in one run.

usage: python bench/speed.py [--shared ../shared] [--repeat 3]

1. per sentence: every NewsQuant dev sentence through extract() and quantulum3.parser.parse;
2. whole documents: the sentences glued into documents of 1,000 to 16,000 words (extract up
   to 64,000), time per document and the ratio for a 4x longer document;
3. cold start: `python -c "from factcheck import extract; extract('5 km')"` against the same
   with quantulum3, best of --repeat runs each.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402

warnings.filterwarnings("ignore", module="quantulum3")


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


def cold_start(code: str, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    gold = json.loads((Path(args.shared) / "benchmarks/newsquant/dev.json").read_text("utf-8"))
    sentences = [g["text"] for g in gold]
    from quantulum3 import parser

    parser.parse("5 km")  # load its classifier before timing
    extract("5 km")
    n = len(sentences)
    ours = best_of(lambda: [extract(s) for s in sentences], args.repeat)
    theirs = best_of(lambda: [parser.parse(s) for s in sentences], args.repeat)
    print(f"per sentence ({n} sentences): factcheck {1000 * ours / n:.3f} ms, "
          f"quantulum3 {1000 * theirs / n:.3f} ms, speed-up {theirs / ours:.1f}x")
    for words in (1000, 4000, 16000, 64000):
        doc = document(sentences, words)
        t_ours = best_of(lambda d=doc: extract(d), args.repeat)
        line = f"document {words:>6} words: factcheck {t_ours:.3f} s"
        if words <= 4000:
            t_q = best_of(lambda d=doc: parser.parse(d), 1)
            line += f", quantulum3 {t_q:.3f} s"
        print(line)
    d1, d4 = document(sentences, 16000), document(sentences, 64000)
    r = best_of(lambda: extract(d4), args.repeat) / best_of(lambda: extract(d1), args.repeat)
    print(f"linearity: 64,000 words take {r:.2f}x the time of 16,000 (4x the text)")
    ours_cold = cold_start("from factcheck import extract; extract('5 km')", args.repeat)
    q_cold = cold_start("from quantulum3 import parser; parser.parse('5 km')", args.repeat)
    print(f"cold start: factcheck {ours_cold:.2f} s, quantulum3 {q_cold:.2f} s, "
          f"ratio {ours_cold / q_cold:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
