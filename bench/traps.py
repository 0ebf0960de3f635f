"""Traps: wrong figures dressed as right, held against a small invented table.

    PYTHONPATH=. python bench/traps.py [bench/traps_frames.jsonl] [--all]

Each line is {"id", "class", "text", "figure"}: a sentence whose figure is wrong for the
table bench/traps_table.csv (rounded past its precision, "up to" after a verb, a component
against the total, another year, another entity in the same sentence, a ratio against a
count, another measure). Each goes through check() with that table alone (bundled=False,
as_of 2025-10-01). Target: none "supported". Prints the count per class and verdict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from factcheck import check, load_reference

HERE = Path(__file__).resolve().parent


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else HERE / "traps_frames.jsonl"
    table = load_reference(HERE / "traps_table.csv")
    counts: Counter[tuple[str, str]] = Counter()
    for line in path.read_text("utf-8").splitlines():
        trap = json.loads(line)
        report = check(trap["text"], references=[table], bundled=False, as_of="2025-10-01")
        verdicts = [v for v in report.verdicts
                    if trap["figure"] in v.claim.text or v.claim.text in trap["figure"]]
        status = verdicts[0].status if verdicts else "not extracted"
        counts[(trap["class"], status)] += 1
        if status == "supported" or "--all" in sys.argv:
            why = verdicts[0].explanation if verdicts else ""
            print(f"{trap['id']} {status}: {trap['text']}\n    {why}")
    total = sum(counts.values())
    supported = sum(v for (_, s), v in counts.items() if s == "supported")
    print(f"{total} traps, {supported} supported ({date.today().isoformat()})")
    for (kind, status), n in sorted(counts.items()):
        print(f"  {kind:10} {status:14} {n}")


if __name__ == "__main__":
    main()
