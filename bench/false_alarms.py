"""False alarms of the internal checks on NewsQuant dev sentences (not run in CI).

usage: python bench/false_alarms.py [--shared /work/shared] [--show] [--part 0|1]
                                   [--corpus newsquant|tsver] [--block N] [--paragraphs]

The dev sentences are unrelated news sentences, glued in blocks of 10 into pseudo-drafts;
every FC2xx finding on them is a false alarm unless read and judged otherwise. Prints
claims, FC2xx findings and the rate per 1,000 claims as JSON; --show prints each finding
with its sentence. --paragraphs glues the sentences of a block with blank lines
(one-sentence paragraphs, as news copy writes them) instead of spaces. --part keeps one
half of the sentences, split by sha256(text.encode()).digest()[0] % 2 (the brief's dev
split: tune on 0, check on 1).
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

BLOCK = 10


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", default="/work/shared")
    parser.add_argument("--as-of", default="2025-10-01")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--block", type=int, default=BLOCK, help="sentences per draft")
    parser.add_argument("--corpus", choices=("newsquant", "tsver"), default="newsquant",
                        help="NewsQuant dev.json, or TSVer tsver_dev.jsonl's claims")
    parser.add_argument("--part", type=int, choices=(0, 1), help="one half of the sentences")
    parser.add_argument("--paragraphs", action="store_true",
                        help="a blank line between the sentences of a block")
    args = parser.parse_args()
    texts = _texts(Path(args.shared) / "benchmarks", args.corpus)
    if args.part is not None:
        texts = [t for t in texts if hashlib.sha256(t.encode()).digest()[0] % 2 == args.part]
    claims = 0
    codes: Counter[str] = Counter()
    for i in range(0, len(texts), args.block):
        draft = ("\n\n" if args.paragraphs else " ").join(texts[i : i + args.block])
        report = check(draft, as_of=args.as_of)
        claims += len(report.claims)
        for f in report.findings:
            codes[f.code] += 1
            if args.show:
                print(f"{f.code} {f.message}\n    ...{draft[max(0, f.start - 160):f.end + 80]}")
    fc2 = sum(n for code, n in codes.items() if code.startswith("FC2"))
    print(json.dumps({"corpus": args.corpus, "part": args.part, "sentences": len(texts),
                      "blocks": -(-len(texts) // args.block),
                      "claims": claims, "findings": dict(sorted(codes.items())),
                      "fc2xx": fc2, "fc2xx_per_1000_claims": round(1000 * fc2 / claims, 2)}))


def _texts(benchmarks: Path, corpus: str) -> list[str]:
    """The corpus's sentences, in their order."""
    if corpus == "tsver":
        lines = (benchmarks / "tsver" / "tsver_dev.jsonl").read_text("utf-8").splitlines()
        return [json.loads(line)["Claim"].strip() for line in lines if line.strip()]
    records = json.loads((benchmarks / "newsquant" / "dev.json").read_text("utf-8"))
    return [r["text"].strip() for r in records]


if __name__ == "__main__":
    main()
