"""Fuzz extract() and check() with many generated inputs; every crash is printed.

usage: python bench/fuzz.py [--n 100000] [--seed 1] [--check]

Inputs mix newsroom tokens (figures, units, qualifiers, dates, brackets) with random
Unicode (control characters, right-to-left marks, lone surrogates, emoji). Any exception
other than the library's own is a crash; each one becomes a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import FactcheckError, check, extract  # noqa: E402

TOKENS = [
    "about", "more than", "fewer than", "up to", "12,944", "12\u202f944", "metric tons", "$3.5bn",
    "€4.2bn", "(62 miles)", "(", ")", "down", "half", "a third", "two-thirds", "rose", "by",
    "to", "from", "between", "and", "25%", "0.4 percentage points", "25 basis points", "in",
    "1961", "2012–13", "July", "31", "10:30", "2.15pm", "G20", "COVID-19", "Rs", "450 crore",
    "4 lakh", "doubled", "twice as", "three times", "km/h", "41C", "-", "–", ".", ",", ";",
    "£", "m", "bn", "people", "tonnes", "tons", "cents", "minus", "5.", "1.2.3", "555-123-4567",
    "Chapter 11", "\u200f", "\u202e", "\x00", "🙂", "\ud800", "9" * 40, "more than more than",
]


def sample(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(chr(rng.randrange(0, 0x3000)) for _ in range(rng.randrange(0, 80)))
    words = [rng.choice(TOKENS) for _ in range(rng.randrange(0, 40))]
    sep = rng.choice([" ", "", "  ", "\n"])
    return sep.join(words)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="run check() too (slower)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    crashes = 0
    t0 = time.perf_counter()
    for k in range(args.n):
        text = sample(rng)
        try:
            for claim in extract(text):
                assert text[claim.start : claim.end] == claim.text
            if args.check:
                check(text, as_of="2025-08-27", bundled=False)
        except FactcheckError:
            continue
        except Exception as exc:  # a crash: print it and go on
            crashes += 1
            print(f"crash #{crashes} at input {k}: {type(exc).__name__}: {exc}: {text!r}")
    took = time.perf_counter() - t0
    print(f"{args.n} inputs, seed {args.seed}, check={args.check}: {crashes} crashes "
          f"in {took:.1f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
