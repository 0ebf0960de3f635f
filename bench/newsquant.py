"""Accuracy of extract() on the NewsQuant dev half, scored by the benchmark's own scorer.

usage: python bench/newsquant.py [--shared ../shared] [--quantulum] [--show-misses]

Writes bench/out/newsquant_preds.json and prints the scorer's JSON. With --quantulum the
same sentences are also run through quantulum3.parser.parse and scored the same way.
"""

from __future__ import annotations

import argparse
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


def score(gold_path: Path, scorer: Path, preds: list[dict[str, Any]], name: str) -> dict[str, Any]:
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--quantulum", action="store_true")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    bench = Path(args.shared) / "benchmarks"
    gold_path = bench / "newsquant" / "dev.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    systems = {"factcheck": ours}
    if args.quantulum:
        systems["quantulum3"] = quantulum
    for name, fn in systems.items():
        preds = [{"text": g["text"], "claims": fn(g["text"])} for g in gold]
        result = score(gold_path, bench / "score_newsquant.py", preds, name)
        print(name, json.dumps({k: v["F1"] if isinstance(v, dict) else v
                                for k, v in result.items()}))
        if args.show_misses and name == "factcheck":
            for g, p in zip(gold, preds, strict=True):
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
