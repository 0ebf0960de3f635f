"""Where check() and the renderers spend their time on a long draft (cProfile).

usage: python bench/profile_check.py [--shared ../shared] [--copies 4] [--top 15]

The draft is the NewsQuant dev sentences joined --copies times (4 copies: about 27,000
words). Times: the first check() in the process (tables and gazetteer loading included),
then the best of 3 warm runs of check() and of each report format; then the profile of
one warm check(), by time spent in each function itself.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check  # noqa: E402
from factcheck.checks.catalogue import discover  # noqa: E402
from factcheck.pipeline import check_source  # noqa: E402
from factcheck.report import FORMATS, render  # noqa: E402
from factcheck.text import plain_source  # noqa: E402

AS_OF = "2025-08-27"


def best(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--copies", type=int, default=4)
    ap.add_argument("--top", type=int, default=15)
    args = ap.parse_args()
    gold = json.loads((Path(args.shared) / "benchmarks/newsquant/dev.json").read_text("utf-8"))
    draft = " ".join([g["text"] for g in gold] * args.copies)
    t0 = time.perf_counter()
    report = check(draft, as_of=AS_OF)
    first = time.perf_counter() - t0
    print(f"draft: {len(draft.split()):,} words, {len(report.claims):,} claims, "
          f"{len(report.findings)} findings, {len(report.verdicts):,} verdicts")
    print(f"first check() in the process: {first:.2f} s")
    print(f"warm check(): {best(lambda: check(draft, as_of=AS_OF)):.3f} s (best of 3)")
    item = check_source(plain_source("draft.txt", draft))
    rules = discover()
    for fmt in FORMATS:
        took = best(lambda f=fmt: render([item], f, rules))
        print(f"render {fmt}: {took:.3f} s")
    profile = cProfile.Profile()
    profile.enable()
    check(draft, as_of=AS_OF)
    profile.disable()
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
