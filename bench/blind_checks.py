"""Score the internal checks on the blind seeded-error drafts (bench/blind/checks_blind_1.jsonl;
not run in CI).

usage: python bench/blind_checks.py [FILE] [--show] [--part {0,1}]

Each draft goes through check() without tables (bundled=False) at its as_of date. A draft
with a seeded error is caught when a finding of its code is reported; a clean draft (code
null) must have no FC2xx or FC3xx finding: any is a false alarm. Prints caught / seeded per
code and false alarms, and a draft with a seeded error that raised another code is listed
with --show. --part keeps the drafts whose sha256(text).digest()[0] % 2 is that part (the
binding dev split: tune on part 0, only score part 1).
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

from factcheck import check  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", default=str(ROOT / "bench/blind/checks_blind_1.jsonl"))
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--part", type=int, choices=(0, 1), default=None)
    args = parser.parse_args()
    seeded: Counter[str] = Counter()
    caught: Counter[str] = Counter()
    clean = false_alarms = 0
    alarms: Counter[str] = Counter()
    for line in Path(args.file).read_text("utf-8").splitlines():
        rec = json.loads(line)
        if args.part is not None and (
                hashlib.sha256(rec["text"].encode()).digest()[0] % 2 != args.part):
            continue
        codes = {f.code for f in check(rec["text"], bundled=False, as_of=rec["as_of"]).findings
                 if f.code.startswith(("FC2", "FC3"))}
        code = rec.get("code")
        if code:
            seeded[code] += 1
            caught[code] += code in codes
            if args.show and code not in codes:
                print(f"MISSED {rec['id']} {code} {sorted(codes)}: {rec['text']}")
        else:
            clean += 1
            false_alarms += bool(codes)
            alarms.update(codes)
            if args.show and codes:
                print(f"FALSE ALARM {rec['id']} {sorted(codes)}: {rec['text']}")
    print(json.dumps({
        "file": args.file, "part": args.part,
        "caught": {c: f"{caught[c]}/{seeded[c]}" for c in sorted(seeded)},
        "caught_total": f"{sum(caught.values())}/{sum(seeded.values())}",
        "clean_drafts": clean, "clean_drafts_with_a_finding": false_alarms,
        "false_alarm_codes": dict(alarms),
    }, indent=1))


if __name__ == "__main__":
    main()
