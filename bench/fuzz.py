"""Fuzz extract() and check() with many generated inputs; every crash is printed.

usage: python bench/fuzz.py [--n 100000] [--seed 1] [--check [--bundled]] [--readers]

Inputs mix newsroom tokens (figures, units, qualifiers, dates, brackets, Markdown and HTML
markup) with random Unicode (control characters, right-to-left marks, lone surrogates,
emoji). Any exception other than the library's own is a crash; each one becomes a test.
--check also runs check() (with the bundled reference tables if --bundled); --readers
also reads each input as Markdown and as HTML and maps every offset back to the file.
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
from factcheck.text import read_string  # noqa: E402


def read_both(text: str) -> None:
    """Read text as Markdown and HTML; every plain-text offset maps inside the original."""
    for kind in ("md", "html"):
        source = read_string("fuzz", text, kind)
        for offset in range(0, len(source.text) + 1, max(1, len(source.text) // 7)):
            assert 0 <= source.to_original(offset) <= len(text)
            source.line_col(offset)

TOKENS = [
    "about", "more than", "fewer than", "up to", "12,944", "12\u202f944", "metric tons", "$3.5bn",
    "€4.2bn", "(62 miles)", "(", ")", "down", "half", "a third", "two-thirds", "rose", "by",
    "to", "from", "between", "and", "25%", "0.4 percentage points", "25 basis points", "in",
    "1961", "2012–13", "July", "31", "10:30", "2.15pm", "G20", "COVID-19", "Rs", "450 crore",
    "4 lakh", "doubled", "twice as", "three times", "km/h", "41C", "-", "–", ".", ",", ";",
    "£", "m", "bn", "people", "tonnes", "tons", "cents", "minus", "5.", "1.2.3", "555-123-4567",
    "Chapter 11", "\u200f", "\u202e", "\x00", "🙂", "\ud800", "9" * 40, "more than more than",
    "Myanmar", "Bhamo", "India", "population", "exports", "tariff", "in 2024", "last year",
    "# ", "```", "<!--", "-->", "<b>", "</p>", "&amp;", "&#x1F600;", "&bogus;", "<script>",
    "---\n", "[link](http://x)", "**", "> ", "<!-- factcheck: ignore FC2 -- x -->",
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
    ap.add_argument("--bundled", action="store_true", help="check() with the bundled tables")
    ap.add_argument("--readers", action="store_true", help="read as Markdown and HTML too")
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
                check(text, as_of="2025-08-27", bundled=args.bundled)
            if args.readers:
                read_both(text)
        except FactcheckError:
            continue
        except Exception as exc:  # a crash: print it and go on
            crashes += 1
            print(f"crash #{crashes} at input {k}: {type(exc).__name__}: {exc}: {text!r}")
    took = time.perf_counter() - t0
    print(f"{args.n} inputs, seed {args.seed}, check={args.check}, bundled={args.bundled}, "
          f"readers={args.readers}: {crashes} crashes in {took:.1f} s")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
