"""Score check() on the blind time-series claims (bench/blind/timeseries_blind_1.jsonl;
not run in CI).

usage: python bench/blind_timeseries.py [FILE] [--shared /work/shared] [--show] [--part 0|1]

Each claim goes through check() with the 400 TSVer series as its only tables and its
as_of date; the sentence's verdict is contradicted if any figure is, else supported if any
is, else unverifiable. Prints coverage (the share decided), accuracy on the decided ones,
false "supported" (gold contradicted or unverifiable, predicted supported) and the
counts by kind. A claim on which check() raises is counted undecided and listed under
"crashed" (a crash is a bug: the library must report, not raise). --part keeps the claims
whose sha256(claim).digest()[0] % 2 is that part (tune on one, score the other).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_tsver import load_series  # noqa: E402

from factcheck import check  # noqa: E402


def verdict_of(statuses: set[str]) -> str:
    if "contradicted" in statuses:
        return "contradicted"
    return "supported" if "supported" in statuses else "unverifiable"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?",
                        default=str(ROOT / "bench/blind/timeseries_blind_1.jsonl"))
    parser.add_argument("--shared", default="/work/shared")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--part", type=int, choices=(0, 1))
    args = parser.parse_args()
    tables, _ = load_series(Path(args.shared) / "benchmarks" / "tsver")
    pairs: Counter[tuple[str, str]] = Counter()
    kinds: dict[str, Counter[str]] = {}
    crashed: list[str] = []
    for line in Path(args.file).read_text("utf-8").splitlines():
        rec = json.loads(line)
        if args.part is not None and hashlib.sha256(
                rec["claim"].encode()).digest()[0] % 2 != args.part:
            continue
        try:
            report = check(rec["claim"], references=tables, bundled=False, as_of=rec["as_of"])
        except Exception as exc:  # a crash is a failure to report, counted as undecided
            crashed.append(f"{rec['id']}: {type(exc).__name__}: {exc}")
            got = "unverifiable"
        else:
            got = verdict_of({v.status for v in report.verdicts})
        pairs[(rec["verdict"], got)] += 1
        kind = kinds.setdefault(rec.get("kind", "?"), Counter())
        kind["claims"] += 1
        kind["decided"] += got != "unverifiable"
        kind["right"] += got != "unverifiable" and got == rec["verdict"]
        if args.show and got != rec["verdict"]:
            print(f"{rec['id']} gold {rec['verdict']} got {got}: {rec['claim']}")
    total = sum(pairs.values())
    decided = sum(n for (_, got), n in pairs.items() if got != "unverifiable")
    right = sum(n for (gold, got), n in pairs.items() if got != "unverifiable" and gold == got)
    false_supported = sum(n for (gold, got), n in pairs.items()
                          if got == "supported" and gold != "supported")
    print(json.dumps({
        "file": args.file, "claims": total, "decided": decided,
        "coverage": f"{100 * decided / total:.1f}%",
        "accuracy_on_decided": f"{100 * right / decided:.1f}%" if decided else None,
        "false_supported": false_supported,
        "crashed": crashed,
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(pairs.items())},
        "by_kind": {k: dict(v) for k, v in sorted(kinds.items())},
    }, indent=1))


if __name__ == "__main__":
    main()
