"""How check()'s time grows with the length of a draft: time per paragraph at several
lengths, and its ratio to the shortest (linear: about 1). Not run in CI.

usage: python bench/scaling.py [--sizes 25,50,100,200] [--tables both|on|off]
                               [--draft FILE] [--repeat 1] [--profile N]

The draft is generated (seeded, the same every run): paragraphs of about eight figures
each, in several shapes a long data story holds (changes from one level to another with
their percentage, a conversion in brackets, shares of one whole over sentences, a level
restated by a pronoun in the next sentence, counts with their period, dated events, the
rest of a whole, comparisons, a change with the level after it, countries' figures the
bundled tables hold);
the places and numbers vary. With --draft FILE, the paragraphs (split at blank lines) of
FILE are taken instead, repeated when there are too few. Each size is the first N
paragraphs. Times are CPU seconds (process_time) of one warm check() per size, with the
bundled tables (on), without them (off: check(text, bundled=False)) or both; the best of
--repeat. With --profile N, the cProfile of check() on N paragraphs is printed instead
(functions by time spent in them).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check  # noqa: E402

AS_OF = "2025-08-27"
PLACES = ("Harrowgate", "Kelby", "Marsden Vale", "Oakhurst", "Penrith Moor", "Rothley",
          "Stanwick", "Tilbury Cross", "Ulverby", "Wexcombe")
COUNTRIES = ("France", "Germany", "Japan", "Kenya", "Peru", "Poland", "Vietnam")
THINGS = ("library", "night shelter", "ferry company", "water board", "bus operator")


def paragraph(rng: random.Random) -> str:
    """One paragraph of about eight figures in one of the shapes of the docstring."""
    place, thing = rng.choice(PLACES), rng.choice(THINGS)
    year = rng.randint(2015, 2024)
    a, b = rng.randint(200, 900), rng.randint(200, 900)
    km = rng.randint(5, 90)
    shapes = [
        f"{place} council said its spending rose from £{a}m in {year} to £{b}m in "
        f"{year + 1}, a {rng.randint(1, 60)}% rise. The new road is {km} km "
        f"({rng.randint(3, 60)} miles) long and cost ${rng.randint(1, 9)}.{rng.randint(1, 9)}bn.",
        f"The {thing} in {place} holds {rng.randint(1, 20)},{rng.randint(100, 999)} books. "
        f"It holds {rng.randint(1, 20)},{rng.randint(100, 999)} maps, and about "
        f"{rng.randint(1000, 90000):,} people visited it in {year}, up "
        f"{rng.randint(1, 30)}% on {year - 1}.",
        f"Wages in {place} take {rng.randint(30, 70)}% of the {thing}'s budget. Buildings "
        f"take {rng.randint(5, 40)}% and fuel {rng.randint(5, 30)}%. Its staff of "
        f"{rng.randint(20, 400)} worked {rng.randint(2, 40)} days in March {year}.",
        f"On {rng.randint(1, 28)} May {year}, {rng.randint(2, 900)} people in {place} "
        f"signed a petition, {rng.randint(2, 9)} weeks after {rng.randint(10, 90)} had met. "
        f"The hall, built in {year - rng.randint(20, 90)}, seats {rng.randint(100, 2000)} "
        f"and is {rng.randint(10, 80)} metres ({rng.randint(30, 260)} feet) tall.",
        f"The {thing} employs {rng.randint(900, 2000):,} staff. Of these, "
        f"{rng.randint(200, 600)} work in {place} and {rng.randint(100, 400)} in Kelby. The "
        f"remaining {rng.randint(50, 900)} work from home, {rng.randint(2, 40)}% more than "
        f"in {year}.",
        f"{place} has {rng.randint(20, 90)},{rng.randint(100, 999)} residents, more than "
        f"twice as many as Kelby. Shares in its {thing} fell {rng.randint(10, 90)} points, "
        f"or {rng.randint(1, 9)}.{rng.randint(1, 9)}%, on Tuesday to close at "
        f"{rng.randint(1000, 9000):,}.",
        f"{rng.choice(COUNTRIES)} had a population of {rng.randint(5, 90)} million in {year}, "
        f"and its unemployment rate was {rng.randint(2, 12)}.{rng.randint(0, 9)}%, lower "
        f"than in {rng.choice(COUNTRIES)}. Inflation there rose in {year + 1}.",
    ]
    return rng.choice(shapes)


def draft(paragraphs: int, source: Path | None) -> str:
    """The first `paragraphs` paragraphs of the generated draft, or of source's."""
    if source is not None:
        found = [p for p in source.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        found = found * (paragraphs // len(found) + 1)
        return "\n\n".join(found[:paragraphs])
    rng = random.Random(9)
    return "\n\n".join(paragraph(rng) for _ in range(paragraphs))


def seconds(text: str, bundled: bool, repeat: int) -> tuple[float, int]:
    """The best CPU time of check(text) over repeat runs, and its number of claims."""
    best, claims = float("inf"), 0
    for _ in range(repeat):
        t0 = time.process_time()
        report = check(text, as_of=AS_OF, bundled=bundled)
        best = min(best, time.process_time() - t0)
        claims = len(report.claims)
    return best, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="25,50,100,200")
    parser.add_argument("--tables", choices=("both", "on", "off"), default="both")
    parser.add_argument("--draft", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", type=int)
    args = parser.parse_args()
    modes = {"both": (True, False), "on": (True,), "off": (False,)}[args.tables]
    for bundled in modes:  # warm: tables, word lists, the parser
        check(draft(2, args.draft), as_of=AS_OF, bundled=bundled)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(check, draft(args.profile, args.draft), as_of=AS_OF, bundled=modes[0])
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        return
    print(f"{'tables':6} {'paras':>5} {'chars':>7} {'claims':>6} {'cpu s':>7} "
          f"{'ms/para':>8} {'ratio':>6}")
    for bundled in modes:
        first = None
        for n in map(int, args.sizes.split(",")):
            text = draft(n, args.draft)
            took, claims = seconds(text, bundled, args.repeat)
            per = took / n
            first = first or per
            print(f"{'on' if bundled else 'off':6} {n:5d} {len(text):7,d} {claims:6d} "
                  f"{took:7.2f} {per * 1000:8.1f} {per / first:6.2f}", flush=True)


if __name__ == "__main__":
    main()
