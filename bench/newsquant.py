"""Accuracy of extract() on the NewsQuant dev half, scored by the benchmark's own scorer.

usage: python bench/newsquant.py [--shared ../shared] [--set newsquant|quantulum3]
                                 [--quantulum] [--show-misses [--part 0|1]] [--exclude-years]

Scores each part of the split (`sha256(text.encode()).digest()[0] % 2`: part 0 is tuned
on, part 1 only checked) and the whole set, and prints one line of the scorer's F1 figures
for each, with the count of gold quantities. `--set quantulum3` scores quantulum3's own test
sentences (../shared/benchmarks/quantulum3_tests/tests.json) the same way. With --quantulum
the same sentences are also run through quantulum3.parser.parse and scored the same way.
--exclude-years drops the gold quantities that are years (the contract's non-claims; the
issue allows them as known misses) and prints how many.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import extract  # noqa: E402


def ours(text: str) -> list[dict[str, Any]]:
    return [
        {k: getattr(c, k) for k in ("value", "high", "unit", "noun", "bound", "change",
                                    "multiplier")}
        for c in extract(text)
    ]


def quantulum(text: str) -> list[dict[str, Any]]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit.name if q.unit.name != "dimensionless" else ""
        out.append({"value": q.value, "high": None, "unit": unit, "noun": None,
                    "bound": "exact", "change": None, "multiplier": False})
    return out


def part(text: str) -> int:
    """The split of the house rules: part 0 is tuned on, part 1 only checked."""
    return hashlib.sha256(text.encode()).digest()[0] % 2


def score(gold: list[dict[str, Any]], scorer: Path, preds: list[dict[str, Any]],
          name: str) -> dict[str, Any]:
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    gold_path = out / f"gold_{name}.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    path = out / f"newsquant_{name}.json"
    path.write_text(json.dumps(preds), encoding="utf-8")
    res = subprocess.run([sys.executable, str(scorer), str(gold_path), str(path)],
                         capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(res.stdout)
    return result


def _first_value(value: str) -> float:
    try:
        return round(float(value.split("-")[0].strip()), 3)
    except ValueError:
        return -1.0


_YEARS = (1800, 2100)


def without_years(gold: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """The gold records without the quantities that are years (a whole number from 1800 to
    2100 with no unit, written as four digits in the sentence), and how many were dropped."""
    out, dropped = [], 0
    for record in gold:
        kept = []
        for q in record["quantities"]:
            value = q["value"].removesuffix(".0")
            year = (q["normalized_unit"] in ("", "-") and value.isdigit()
                    and _YEARS[0] <= int(value) <= _YEARS[1] and value in record["text"])
            dropped += year
            if not year:
                kept.append(q)
        out.append({**record, "quantities": kept})
    return out, dropped


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--quantulum", action="store_true")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--exclude-years", action="store_true",
                    help="drop gold quantities that are years (the contract's non-claims)")
    ap.add_argument("--set", choices=("newsquant", "quantulum3"), default="newsquant")
    ap.add_argument("--part", type=int, choices=(0, 1), default=0,
                    help="the part whose misses --show-misses lists (default 0)")
    args = ap.parse_args()
    bench = Path(args.shared) / "benchmarks"
    gold_path = bench / ("newsquant/dev.json" if args.set == "newsquant"
                         else "quantulum3_tests/tests.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if args.exclude_years:
        gold, dropped = without_years(gold)
        print(f"excluded {dropped} gold years (whole numbers 1800-2100 without a unit: the "
              "contract reads years as no claims)")
    systems = {"factcheck": ours}
    if args.quantulum:
        systems["quantulum3"] = quantulum
    for name, fn in systems.items():
        preds = [{"text": g["text"], "claims": fn(g["text"])} for g in gold]
        for label, keep in (("part0", 0), ("part1", 1), ("all", None)):
            pairs = [(g, p) for g, p in zip(gold, preds, strict=True)
                     if keep is None or part(g["text"]) == keep]
            result = score([g for g, _ in pairs], bench / "score_newsquant.py",
                           [p for _, p in pairs], f"{args.set}_{name}_{label}")
            n_gold = sum(len(g["quantities"]) for g, _ in pairs)
            print(name, args.set, label, f"sentences={len(pairs)} gold={n_gold}",
                  json.dumps({k: v["F1"] if isinstance(v, dict) else v
                              for k, v in result.items()}))
        if args.show_misses and name == "factcheck":
            for g, p in zip(gold, preds, strict=True):
                if part(g["text"]) != args.part:
                    continue
                gv = sorted((q["value"], q["normalized_unit"], q["change"])
                            for q in g["quantities"])
                pv = sorted((str(c["value"]) + ("-" + str(c["high"]) if c["high"] else ""),
                             c["unit"] or c["noun"] or "", c["bound"], c["change"] or "")
                            for c in p["claims"])
                gvals = sorted(_first_value(q["value"]) for q in g["quantities"])
                pvals = sorted(round(c["value"], 3) for c in p["claims"])
                if gvals == pvals and "--all" not in sys.argv:
                    continue
                print(">>", g["text"][:240])
                print("   gold:", gv)
                print("   ours:", pv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
