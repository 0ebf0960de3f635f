"""What check() adds to extract() on the same text, at 1x and 4x (not run in CI).

usage: python bench/check_speed.py [--shared /work/shared] [--repeat 15] [--drafts]

The text is the NewsQuant dev sentences joined into one draft (1x) and four copies of
it (4x). For each it times, interleaved and best of --repeat (CPU time, process_time,
which other jobs on the machine disturb less than wall time): extract(text); check()
without reference tables (bundled=False: extract, contexts, the checks, the report), the
issue's target, since its checks need no table; and check() with the bundled tables (what
`factcheck check` runs by default). Prints JSON with what each check() adds to extract,
as a percentage of extract, and the 4x/1x ratios (linear: about 4).

With --drafts it also times the same sentences as many short drafts, one check() call
each: blocks of 1, 10 and 30 sentences (a sentence, a short story, a long one), where
what a call costs whatever its length weighs more.

Contexts are read lazily (a claim's subject, cues and period when a check or a table
first asks), so their cost lands in whichever stage asks first: only whole check() runs
are compared.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402
from factcheck.pipeline import parse_as_of  # noqa: E402
from factcheck.units import registry  # noqa: E402

AS_OF = parse_as_of("2025-10-01")


def best(fns: list[Callable[[], Any]], repeat: int) -> list[float]:
    """Best CPU time of each function, run in turn repeat times."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            gc.collect()
            gc.disable()  # as timeit does: a collection would land on whichever run
            t0 = time.process_time()
            fn()
            times[k].append(time.process_time() - t0)
            gc.enable()
    return [min(t) for t in times]


def measure(text: str, repeat: int) -> dict[str, Any]:
    claims = extract(text)
    t_extract, t_plain, t_check = best(
        [lambda: extract(text), lambda: check(text, as_of=AS_OF, bundled=False),
         lambda: check(text, as_of=AS_OF)], repeat)
    return {"chars": len(text), "claims": len(claims), "extract_s": round(t_extract, 4),
            "check_no_tables_s": round(t_plain, 4), "check_s": round(t_check, 4),
            "check_no_tables_added_pct_of_extract": round(
                100 * (t_plain - t_extract) / t_extract, 1),
            "check_added_pct_of_extract": round(100 * (t_check - t_extract) / t_extract, 1)}


def measure_drafts(drafts: list[str], repeat: int) -> dict[str, Any]:
    """measure() over many short drafts, one call each (the totals are compared)."""
    t_extract, t_plain, t_check = best(
        [lambda: [extract(d) for d in drafts],
         lambda: [check(d, as_of=AS_OF, bundled=False) for d in drafts],
         lambda: [check(d, as_of=AS_OF) for d in drafts]], repeat)
    return {"drafts": len(drafts), "extract_s": round(t_extract, 4),
            "check_no_tables_added_pct_of_extract": round(
                100 * (t_plain - t_extract) / t_extract, 1),
            "check_added_pct_of_extract": round(100 * (t_check - t_extract) / t_extract, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="/work/shared")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--drafts", action="store_true",
                        help="also time short drafts of 1, 10 and 30 sentences")
    args = parser.parse_args()
    records = json.loads(
        (Path(args.shared) / "benchmarks" / "newsquant" / "dev.json").read_text("utf-8")
    )
    one = " ".join(r["text"].strip() for r in records)  # one draft of 297 sentences
    registry()  # the unit registry loads once per process: not part of a run
    check(one, as_of=AS_OF)
    out: dict[str, Any] = {"1x": measure(one, args.repeat),
                           "4x": measure(" ".join([one] * 4), args.repeat)}
    for key in ("extract_s", "check_no_tables_s", "check_s"):
        out[f"{key}_4x_over_1x"] = round(out["4x"][key] / out["1x"][key], 2)
    if args.drafts:
        sentences = [r["text"].strip() for r in records]
        for size in (1, 10, 30):
            drafts = [" ".join(sentences[i : i + size]) for i in range(0, len(sentences), size)]
            out[f"drafts_of_{size}"] = measure_drafts(drafts, args.repeat)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
