"""Seeded errors in real sentences: NewsQuant dev and TSVer dev sentences whose figures depend
on each other, with one figure moved (issue 15, "Real published text"; not run in CI).

usage: python bench/real_arithmetic.py [LABELS] [--shared /work/shared] [--show]

LABELS (default bench/real_arithmetic.jsonl) lists, by sentence hash and never by text, the
real sentences with internal arithmetic, labelled by hand by a helper who did not read the
code: `{"sha256", "source", "kind", "figures", "move", "code", "why"}` (`move` is the surface
of the figure to change, `figures` the surfaces in the relation). The sentences are read from
../shared/benchmarks at run time (the sealed half of synthetic_dev.jsonl is never read).

For each labelled sentence:
1. the sentence as published goes through check(); any FC2xx/FC302 finding is a false alarm;
2. the first number in `move` is changed by the rule below and the sentence checked again;
   it is caught when any FC2xx/FC302 finding is reported (and "right code" when it is `code`).

The rule (the moved value is never stored): a date figure (kind "dates") moves by 5 years; a
part (kind "parts") becomes 1.5 times the largest other figure of the relation (its whole: a
part moved by any amount below its whole is not an error); any other figure is multiplied by
1.5; each is written with the same decimals and separators. A moved
sentence counts only when that move is at least three times the relation's combined band: 50%
against three times the sum of each figure's `precision / |value|` (Claim.precision, DESIGN.md
"Tolerance"); the others are listed as "too coarse". Prints counts by kind and, with --show,
each miss and false alarm.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
CODES = ("FC2", "FC302")


def _texts(shared: Path) -> dict[str, str]:
    """Every readable sentence by its sha256 (the sealed synthetic half left out unread)."""
    bench = shared / "benchmarks"
    texts = [r["text"] for r in json.loads((bench / "newsquant/dev.json").read_text())]
    for name in ("tsver_dev.jsonl", "synthetic_dev.jsonl"):
        for line in (bench / "tsver" / name).read_text().splitlines():
            record = json.loads(line)
            claim = record.get("claim") or record["Claim"]
            if name.startswith("synthetic") and hashlib.sha256(claim.encode()).digest()[0] % 2:
                continue
            texts.append(claim)
    return {hashlib.sha256(t.encode()).hexdigest(): t for t in texts}


def _number(surface: str) -> float | None:
    match = NUMBER.search(surface)
    return None if match is None else float(match.group().replace(",", ""))


def _moved(surface: str, kind: str, others: list[str]) -> str | None:
    """The surface with its first number moved by the rule, or None without a digit figure."""
    match = NUMBER.search(surface)
    if match is None:
        return None
    written = match.group()
    value = float(written.replace(",", ""))
    decimals = len(written.split(".")[1]) if "." in written else 0
    wholes = [n for n in map(_number, others) if n is not None]
    if kind == "dates":
        new = value + 5
    elif kind == "parts" and wholes:
        new = 1.5 * max(wholes)
    else:
        new = value * 1.5
    text = f"{new:,.{decimals}f}" if "," in written else f"{new:.{decimals}f}"
    return surface[: match.start()] + text + surface[match.end() :]


def _relative_band(text: str, figures: list[str]) -> float:
    """Sum over the relation's figures of precision / |value| (0 for an exact figure)."""
    claims = extract(text)
    band = 0.0
    for surface in figures:
        start = text.find(surface)
        for claim in claims:
            if start >= 0 and claim.start < start + len(surface) and start < claim.end:
                if claim.value:
                    band += claim.precision / abs(claim.value)
                break
    return band


def _flags(text: str) -> list[str]:
    return [f.code for f in check(text, bundled=False).findings if f.code.startswith(CODES)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("labels", nargs="?", default=str(ROOT / "bench/real_arithmetic.jsonl"))
    parser.add_argument("--shared", default="/work/shared")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    texts = _texts(Path(args.shared))
    tally: Counter[str] = Counter()
    for line in Path(args.labels).read_text().splitlines():
        label = json.loads(line)
        kind = label["kind"]
        text = texts.get(label["sha256"])
        if text is None or text.count(label["move"]) != 1:
            tally["unreadable label"] += 1
            continue
        before = _flags(text)
        if before:
            tally["false alarm"] += 1
            if args.show:
                print(f"FALSE ALARM {before} [{kind}] {text[:200]}")
        others = [f for f in label["figures"] if f != label["move"]]
        moved = _moved(label["move"], kind, others)
        if moved is None:
            tally["no digit figure to move"] += 1
            continue
        if kind not in ("dates", "parts") and 3 * _relative_band(text, label["figures"]) > 0.5:
            tally["too coarse"] += 1
            continue
        tally[f"{kind} seeded"] += 1
        after = _flags(text.replace(label["move"], moved))
        if after:
            tally[f"{kind} caught"] += 1
            tally["right code"] += label["code"] in after
        elif args.show:
            print(f"MISSED [{kind} {label['code']}] {label['move']} -> {moved}: {label['why']}")
    seeded = sum(n for k, n in tally.items() if k.endswith(" seeded"))
    caught = sum(n for k, n in tally.items() if k.endswith(" caught"))
    print(json.dumps({"seeded": seeded, "caught": caught,
                      "share": round(100 * caught / seeded, 1) if seeded else None,
                      **dict(sorted(tally.items()))}))


if __name__ == "__main__":
    main()
