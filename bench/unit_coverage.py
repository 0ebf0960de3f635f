"""How much of quantulum3's unit lexicon extract() reads, in sentence frames of our own.

usage: python bench/unit_coverage.py [--frame neutral|entity] [--show]

For every unit of quantulum3's units.json (and its English additions) that pint reads, not
a currency or a count, each of its names and symbols is put after the figure 12 in a
sentence ("neutral": "The sample measured 12 {surface}."; "entity": "The {entity} was 12
{surface}.", naming the quantity quantulum3 says the unit measures), symbols also touching
the figure ("12{symbol}"). A surface is read when extract() gives the figure a unit equal to
the unit's (pint decides). Prints, per form, the surfaces tried and those not read; --show
lists the misses. Reads quantulum3's package data only (never its parser).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402
from factcheck.lexicon.quantulum import pint_name, read_units  # noqa: E402
from factcheck.units import quantity  # noqa: E402

_SKIP_ENTITIES = frozenset({"currency", "dimensionless", "unknown"})


def _same(got: str, want: str) -> bool:
    try:
        a, b = quantity(1.0, got), quantity(1.0, want)
        return a.dimensionality == b.dimensionality and abs(
            float(a.to(b.units).magnitude) - 1) < 1e-3
    except Exception:  # pint raises several kinds
        return got == want


def _forms(entity: str, name: str, unit: dict[str, list[str]], frame: str
           ) -> list[tuple[str, str]]:
    lead = f"The {entity} was" if frame == "entity" else "The sample measured"
    forms = [("name", f"{lead} 12 {s}.") for s in {name, *unit.get("surfaces", [])}]
    for symbol in unit.get("symbols", []):
        forms += [("symbol, spaced", f"{lead} 12 {symbol}."),
                  ("symbol, touching", f"{lead} 12{symbol}.")]
    return forms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frame", choices=("neutral", "entity"), default="neutral")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    tried: dict[str, int] = {}
    missed: dict[str, list[str]] = {}
    for name, unit in read_units().items():
        entity = unit.get("entity", "")
        target = pint_name(name, unit)
        if entity in _SKIP_ENTITIES or not _same(target, target):
            continue
        try:
            quantity(1.0, target)
        except Exception:  # pint raises several kinds
            continue
        for form, text in _forms(entity, name, unit, args.frame):
            tried[form] = tried.get(form, 0) + 1
            hits = [c for c in extract(text) if c.value == 12 and c.unit]
            if not hits or not _same(hits[0].unit, target):
                missed.setdefault(form, []).append(f"{text!r} -> {target}")
    for form, count in tried.items():
        print(f"{args.frame} {form}: {count} tried, {len(missed.get(form, []))} not read")
    if args.show:
        for form, lines in missed.items():
            print(f"== {form}", *lines, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
