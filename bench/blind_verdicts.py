"""Score reference verdicts on the blind verdict claims (bench/blind/verdicts_blind_1.*;
not run in CI).

usage: python bench/blind_verdicts.py [--show]

Each sentence goes through check() with the set's table as its only table and its as_of
date; the verdict of the claim whose text overlaps the expected claim's is compared with
the expected status. Prints coverage (share decided), accuracy on decided, and false
"supported" (expected contradicted or unverifiable, given supported): the figure that
must be 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, load_reference  # noqa: E402

BLIND = ROOT / "bench" / "blind"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    table = load_reference(BLIND / "verdicts_blind_1.csv")
    pairs: Counter[tuple[str, str]] = Counter()
    for line in (BLIND / "verdicts_blind_1.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        report = check(rec["text"], references=[table], bundled=False, as_of=rec["as_of"])
        start = rec["text"].find(rec["claim_text"])
        end = start + len(rec["claim_text"])
        hits = [v for v in report.verdicts if v.claim.start < end and start < v.claim.end]
        got = hits[0].status if hits else "unverifiable"
        pairs[(rec["status"], got)] += 1
        if args.show and got != rec["status"]:
            why = hits[0].explanation[:200] if hits else "no claim read there"
            print(f"{rec['id']} expected {rec['status']} got {got}: {rec['text']}\n    {why}")
    total = sum(pairs.values())
    decided = sum(n for (_, got), n in pairs.items() if got != "unverifiable")
    right = sum(n for (gold, got), n in pairs.items() if got != "unverifiable" and gold == got)
    print(json.dumps({
        "claims": total, "decided": decided, "coverage": f"{100 * decided / total:.1f}%",
        "accuracy_on_decided": f"{100 * right / decided:.1f}%" if decided else None,
        "false_supported": sum(n for (gold, got), n in pairs.items()
                               if got == "supported" and gold != "supported"),
        "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(pairs.items())},
    }, indent=1))


if __name__ == "__main__":
    main()
