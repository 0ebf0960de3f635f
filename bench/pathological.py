"""Time and peak memory of extract() (and check(), with --check) on hostile inputs.

usage: python bench/pathological.py [--check]

Each input is run at two sizes so that linear time shows (the bigger is 4x the smaller).
Time is taken on an untraced run; peak memory on a second run under tracemalloc (Python
allocations only), which is several times slower.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402

MB = 1_000_000
CASES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "9" * n,
    "open brackets": lambda n: "(" * n,
    "one line, no spaces": lambda n: ("12km" + "x" * 6) * (n // 10),
    "more than more than": lambda n: "more than " * (n // 10),
    "mixed scripts + RTL marks": lambda n: ("مرحبا 12 كم \u200f 5 km \u202e 3% " * (n // 30)),
    "NUL bytes": lambda n: ("\x00 12 km \x00" * (n // 10)),
    "lone surrogates": lambda n: ("\ud800 5 km " * (n // 8)),
    "news copy": lambda n: (
        "Imports fell 12% to 12,944 tonnes, down half from 25,900. " * (n // 58)
    ),
}


def measure(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    """Seconds for one run (untraced), then peak MB for a second run under tracemalloc."""
    t0 = time.perf_counter()
    fn(text)
    took = time.perf_counter() - t0
    tracemalloc.start()
    fn(text)
    peak = tracemalloc.get_traced_memory()[1] / MB
    tracemalloc.stop()
    return took, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--size", type=int, default=250_000, help="small size in characters")
    args = ap.parse_args()
    fn: Callable[[str], object] = extract
    if args.check:
        def fn(text: str) -> object:
            return check(text, as_of="2025-08-27", bundled=False)
    name = "check" if args.check else "extract"
    print(f"| input ({name}) | {args.size // 1000} kB: time, peak MB | "
          f"{4 * args.size // 1000} kB: time, peak MB | time ratio |")
    print("|---|---|---|---|")
    for label, make in CASES.items():
        small, big = make(args.size), make(4 * args.size)
        t1, m1 = measure(fn, small)
        t4, m4 = measure(fn, big)
        print(f"| {label} | {t1:.2f} s, {m1:.0f} MB | {t4:.2f} s, {m4:.0f} MB | "
              f"{t4 / max(t1, 1e-9):.1f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
