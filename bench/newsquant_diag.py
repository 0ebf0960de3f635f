"""Where extract() loses points on NewsQuant dev: every gold quantity and claim, classified.

usage: python bench/newsquant_diag.py [--shared ../shared] [--kind fn|fp|unit|change]
                                      [--set newsquant|quantulum3] [--part 0|1|all]

Runs the benchmark's own scorer matching (imported from ../shared) and prints, per
sentence, the gold quantities not found (fn), claims not in gold (fp), and matched pairs
whose unit or change label disagree. Reads the gold and predictions of one part that
bench/newsquant.py wrote to bench/out/ (run it first with the same --set).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--kind", action="append")
    ap.add_argument("--set", choices=("newsquant", "quantulum3"), default="newsquant")
    ap.add_argument("--part", choices=("0", "1", "all"), default="0")
    args = ap.parse_args()
    bench = Path(args.shared) / "benchmarks"
    spec = importlib.util.spec_from_file_location("scorer", bench / "score_newsquant.py")
    assert spec and spec.loader
    sc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sc)
    label = f"{args.set}_factcheck_" + ("all" if args.part == "all" else f"part{args.part}")
    out = ROOT / "bench" / "out"
    gold = json.loads((out / f"gold_{label}.json").read_text(encoding="utf-8"))
    preds = json.loads((out / f"newsquant_{label}.json").read_text(encoding="utf-8"))
    kinds = set(args.kind or ["fn", "fp", "unit", "change"])
    counts = {k: 0 for k in ("fn", "fp", "unit", "change")}
    for g_rec, p_rec in zip(gold, preds, strict=True):
        gq, pc = g_rec["quantities"], p_rec["claims"]
        cands = []
        for i, g in enumerate(gq):
            for j, c in enumerate(pc):
                if sc.value_matches(g["value"], c):
                    u = sc.same_unit(g["normalized_unit"], c)
                    strict, _ = sc.change_label(c)
                    ch = strict == g["change"]
                    cands.append((-(2 * u + ch), i, j, u, ch))
        cands.sort()
        used_g: set[int] = set()
        used_p: set[int] = set()
        lines = []
        for _, i, j, u, ch in cands:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            g, c = gq[i], pc[j]
            desc = f"{c['value']}-{c['high']} {c['unit']!r}/{c['noun']!r} {sc.change_label(c)[0]}"
            if not u:
                counts["unit"] += 1
                if "unit" in kinds:
                    lines.append(
                        f"  UNIT   gold {g['value']} {g['normalized_unit']!r}  ours {desc}")
            if not ch:
                counts["change"] += 1
                if "change" in kinds:
                    lines.append(f"  CHANGE gold {g['value']} {g['change']}  ours {desc}")
        for i, g in enumerate(gq):
            if i not in used_g:
                counts["fn"] += 1
                if "fn" in kinds:
                    lines.append(
                        f"  FN     gold {g['value']} {g['normalized_unit']!r} {g['change']}")
        for j, c in enumerate(pc):
            if j not in used_p:
                counts["fp"] += 1
                if "fp" in kinds:
                    lines.append(
                        f"  FP     ours {c['value']}-{c['high']} {c['unit']!r}/{c['noun']!r}"
                        f" {sc.change_label(c)[0]}")
        if lines:
            print(">>", g_rec["text"][:300])
            print("\n".join(lines))
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
