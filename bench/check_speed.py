"""What check() adds to extract() on the same text, at 1x and 4x (not run in CI).

usage: python bench/check_speed.py [--shared /work/shared] [--repeat 15]

The text is the NewsQuant dev sentences joined into one draft (1x) and four copies of
it (4x). For each it times, interleaved and best of --repeat (CPU time, process_time,
which other jobs on the machine disturb less than wall time): extract(text); the stages
check() runs after it (contexts and the checks); check() as a whole without reference
tables (bundled=False: extract, contexts, checks, the report); and check() with the
bundled tables. Prints JSON with the added stages as a percentage of extract, check()
without tables less extract as a percentage of extract (the target's honest reading),
and the 4x/1x ratios (linear: about 4).
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
from factcheck.checks import Document, run_checks  # noqa: E402
from factcheck.config import DEFAULT  # noqa: E402
from factcheck.context import contexts  # noqa: E402
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


def added_stages(text: str, claims: tuple[Any, ...]) -> None:
    doc = Document(text, claims, contexts(text, claims, AS_OF), AS_OF, DEFAULT)
    run_checks(doc)


def measure(text: str, repeat: int) -> dict[str, Any]:
    claims = tuple(extract(text))
    t_extract, t_added, t_plain, t_check = best(
        [lambda: extract(text), lambda: added_stages(text, claims),
         lambda: check(text, as_of=AS_OF, bundled=False), lambda: check(text, as_of=AS_OF)],
        repeat)
    return {"chars": len(text), "claims": len(claims), "extract_s": round(t_extract, 4),
            "contexts_and_checks_s": round(t_added, 4),
            "check_no_tables_s": round(t_plain, 4), "check_s": round(t_check, 4),
            "added_pct_of_extract": round(100 * t_added / t_extract, 1),
            "check_no_tables_added_pct_of_extract": round(
                100 * (t_plain - t_extract) / t_extract, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="/work/shared")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    records = json.loads(
        (Path(args.shared) / "benchmarks" / "newsquant" / "dev.json").read_text("utf-8")
    )
    one = " ".join(r["text"].strip() for r in records)
    registry()  # the unit registry loads once per process: not part of a run
    check(one, as_of=AS_OF)
    out: dict[str, Any] = {"1x": measure(one, args.repeat),
                           "4x": measure(" ".join([one] * 4), args.repeat)}
    for key in ("extract_s", "contexts_and_checks_s", "check_no_tables_s", "check_s"):
        out[f"{key}_4x_over_1x"] = round(out["4x"][key] / out["1x"][key], 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
