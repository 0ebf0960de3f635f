"""Score extract() on a blind set (bench/blind/extract_blind_*.jsonl; not run in CI).

usage: python bench/blind_extract.py [FILE] [--show] [--part 0|1]

With --part, only the items of that hash part (`sha256(text.encode()).digest()[0] % 2`,
the split of the house rules: part 0 is tuned on, part 1 only scored) are read.

Each line: {"id", "class", "text", "claims": [{"text", "value", "high", "unit", "noun",
"bound", "change", "multiplier", "precision"?}], "not_claims": [...]}. An expected claim is
matched to the predicted claim whose span overlaps it (else the one with the same value).
It is right when value (1e-6 relative, 0.01 absolute for percents), high, unit (by pint
equivalence; "" for counts), noun (case-insensitive, singular/plural alike; checked only
for counts), bound, change and multiplier all agree. A non-claim is reported when a
predicted claim's span covers it and no expected claim does. Prints per-field accuracy,
the share of claims right in every field, non-claims reported, and per class.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402
from factcheck.model import Claim  # noqa: E402

FIELDS = ("value", "high", "unit", "noun", "bound", "change", "multiplier")


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-3, abs_tol=0.01)


def _unit_same(gold: str, got: str) -> bool:
    gold, got = gold or "", got or ""
    if gold == got:
        return True
    if not gold or not got:
        return False
    try:
        from factcheck.units import quantity, registry

        # a gold unit with a factor in it ("liter / (100 * kilometer)") is an expression
        # pint reads as a quantity, not as a unit
        a = registry().parse_expression(gold) if any(ch.isdigit() for ch in gold) else (
            quantity(1.0, gold))
        b = quantity(1.0, got)
        return bool(a.dimensionality == b.dimensionality and math.isclose(
            a.to(b.units).magnitude, 1.0, rel_tol=1e-6))
    except Exception:
        return False


def _noun_same(gold: str | None, got: str | None) -> bool:
    if not gold:
        return True
    if not got:
        return False
    g, p = gold.lower().strip(), got.lower().strip()
    return g == p or g.rstrip("s") == p.rstrip("s") or g.split()[-1] == p.split()[-1]


def _fields(gold: dict[str, Any], got: Claim) -> dict[str, bool]:
    return {
        "value": _close(gold["value"], got.value),
        "high": _close(gold.get("high"), got.high),
        "unit": _unit_same(gold.get("unit", ""), got.unit),
        "noun": _noun_same(gold.get("noun"), got.noun) if not gold.get("unit") else True,
        "bound": gold.get("bound", "exact") == got.bound,
        "change": gold.get("change") == got.change,
        "multiplier": bool(gold.get("multiplier")) == got.multiplier,
    }


def _match(text: str, gold: dict[str, Any], got: list[Claim], used: set[int]) -> int | None:
    start = text.find(gold["text"])
    end = start + len(gold["text"])
    best = None
    for k, c in enumerate(got):
        if k in used:
            continue
        if c.start < end and start < c.end:
            if best is None or _close(gold["value"], c.value):
                best = k
    if best is None:
        best = next((k for k, c in enumerate(got) if k not in used
                     and _close(gold["value"], c.value)), None)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default=str(ROOT / "bench/blind/extract_blind_1.jsonl"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--part", type=int, choices=(0, 1))
    args = parser.parse_args()
    if args.show and args.part == 1:
        parser.error("part 1 is only scored: --show is for part 0 (or a whole spent set)")
    field_right: Counter[str] = Counter()
    by_class: dict[str, Counter[str]] = {}
    total = right = spurious = not_claims = 0
    for line in Path(args.file).read_text("utf-8").splitlines():
        rec = json.loads(line)
        if args.part is not None and hashlib.sha256(
                rec["text"].encode()).digest()[0] % 2 != args.part:
            continue
        text, got = rec["text"], extract(rec["text"])
        cls = by_class.setdefault(rec.get("class", "?"), Counter())
        used: set[int] = set()
        for gold in rec["claims"]:
            total += 1
            cls["claims"] += 1
            k = _match(text, gold, got, used)
            ok = _fields(gold, got[k]) if k is not None else dict.fromkeys(FIELDS, False)
            if k is not None:
                used.add(k)
            field_right.update(f for f, v in ok.items() if v)
            if all(ok.values()):
                right += 1
                cls["right"] += 1
            elif args.show:
                shown = (got[k].text, got[k].value, got[k].unit, got[k].noun, got[k].bound,
                         got[k].change) if k is not None else None
                print(f"MISS {rec['id']}: {gold['text']!r} -> {shown} "
                      f"{[f for f, v in ok.items() if not v]}")
        for surface in rec.get("not_claims", []):
            not_claims += 1
            at = text.find(surface)
            covered = [c for c in got if c.start <= at < c.end]
            gold_spans = [(text.find(g["text"]), text.find(g["text"]) + len(g["text"]))
                          for g in rec["claims"]]
            if covered and not any(s <= at < e for s, e in gold_spans):
                spurious += 1
                cls["non-claims reported"] += 1
                if args.show:
                    print(f"NOT-CLAIM {rec['id']}: {surface!r} read as {covered[0].text!r}")
    print(json.dumps({
        "file": args.file, "expected_claims": total,
        "right_in_every_field": f"{100 * right / total:.1f}%",
        "per_field": {f: f"{100 * field_right[f] / total:.1f}%" for f in FIELDS},
        "non_claims": not_claims, "non_claims_reported": spurious,
        "by_class": {k: dict(v) for k, v in sorted(by_class.items())},
    }, indent=1))


if __name__ == "__main__":
    main()
