"""Reference matching on TSVer: claims checked against Our World in Data series.

    PYTHONPATH=. python bench/bench_tsver.py [../shared/benchmarks/tsver] [--dump=FILE] [--sealed]

Loads the 400 series (wide CSVs, metadata.json, country_codes.yaml), runs each claim through
check() with the series as its only tables (bundled=False) and the claim's date as as_of, and
scores the sentence's verdict: any contradicted figure -> Refuted, else any supported ->
Supported, else Not Enough Evidence. Coverage is the share of claims given Supported or
Refuted; accuracy is measured on those.

Half of synthetic_dev.jsonl is sealed for the time-series issue: the claims with
sha256(claim.encode()).digest()[0] % 2 == 1 are skipped unread (SEALED); --sealed scores
that half alone, once the time-series issue's work is done. --dump=FILE
writes each claim's gold and predicted verdict as JSON lines, to compare two runs.
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from factcheck import check
from factcheck.reference import ReferenceTable, load_reference

LABEL = {"supported": "Supported", "contradicted": "Refuted"}


def country_codes(path: Path) -> dict[str, str]:
    """code -> first name, from the simple YAML list country_codes.yaml."""
    codes: dict[str, str] = {}
    code = ""
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith((" ", "-")) and line.endswith(":"):
            code = line[:-1].strip()
        elif line.startswith("- ") and code and code not in codes:
            name = line[2:].strip().strip('"')
            codes[code] = name.encode("latin-1", "backslashreplace").decode(
                "unicode_escape") if "\\x" in name else name
    return codes


def load_series(root: Path) -> tuple[list[ReferenceTable], dict[str, str]]:
    """The 400 series as tables (through load_reference's cache in the temp directory)."""
    series = root / "time_series"
    codes = country_codes(series / "country_codes.yaml")
    meta = series / "metadata.json"
    files = sorted((series / "csv").glob("*.csv"))
    cache = Path(tempfile.gettempdir()) / "factcheck-tsver-tables"
    tables = [load_reference(p, metadata=meta, names=codes, cache=cache) for p in files]
    regions = {name: name for code, name in codes.items() if code.startswith("OWID_")}
    return tables, regions


SEALED = {"synthetic_dev.jsonl"}  # files whose odd half is kept for the time-series issue


SCORE_SEALED = "--sealed" in sys.argv  # score only the sealed half (the time-series issue's)


def sealed(name: str, claim: str) -> bool:
    """Is the claim to be skipped: in the sealed half, or (with --sealed) outside it?"""
    inside = name in SEALED and hashlib.sha256(claim.encode()).digest()[0] % 2 == 1
    return not inside if SCORE_SEALED and name in SEALED else inside


def run(root: Path, name: str, tables: list[ReferenceTable],
        dump: list[dict[str, str]] | None = None) -> dict[str, object]:
    counts: Counter[tuple[str, str]] = Counter()
    examples: list[str] = []
    for line in (root / name).read_text("utf-8").splitlines():
        record = json.loads(line)
        if sealed(name, record["Claim"]):
            continue
        text, gold = record["Claim"], record["Verdict"]
        today = datetime.strptime(record["Date"], "%B %d, %Y").date()
        verdicts = check(text, references=tables, as_of=today, bundled=False).verdicts
        statuses = {v.status for v in verdicts}
        predicted = ("Refuted" if "contradicted" in statuses else
                     "Supported" if "supported" in statuses else "Not Enough Evidence")
        counts[(gold, predicted)] += 1
        if dump is not None:
            dump.append({"file": name, "claim": text, "gold": gold, "predicted": predicted})
        if predicted != "Not Enough Evidence" and predicted != gold and len(examples) < 8:
            decided = next(v for v in verdicts if v.status != "unverifiable")
            examples.append(f"  {gold} / {predicted}: {text}\n    {decided.explanation}")
    total = sum(counts.values())
    decided = {k: v for k, v in counts.items() if k[1] != "Not Enough Evidence"}
    right = sum(v for (g, p), v in decided.items() if g == p)
    n_decided = sum(decided.values())
    return {"file": name, "claims": total, "decided": n_decided,
            "coverage": n_decided / total if total else 0.0,
            "accuracy": right / n_decided if n_decided else 0.0,
            "confusion": {f"{g} -> {p}": v for (g, p), v in sorted(counts.items())},
            "wrong": examples}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0] if args else "../shared/benchmarks/tsver")
    began = time.perf_counter()
    tables, _ = load_series(root)
    loaded = time.perf_counter() - began
    print(f"{len(tables)} series, {sum(len(t) for t in tables):,} rows, loaded in "
          f"{loaded:.1f} s ({date.today().isoformat()}); through check(); the odd half of "
          f"{', '.join(sorted(SEALED))} sealed")
    dump: list[dict[str, str]] = []
    for name in ("synthetic_dev.jsonl", "tsver_dev.jsonl"):
        began = time.perf_counter()
        result = run(root, name, tables, dump)
        print(f"\n{name}: {result['claims']} claims, decided {result['decided']} "
              f"(coverage {result['coverage']:.1%}), accuracy on decided "
              f"{result['accuracy']:.1%}  [{time.perf_counter() - began:.1f} s]")
        for key, value in result["confusion"].items():  # type: ignore[attr-defined]
            print(f"  {key}: {value}")
        for example in result["wrong"]:  # type: ignore[attr-defined]
            print(example)
    target = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--dump=")), None)
    if target:
        Path(target).write_text("".join(json.dumps(d) + "\n" for d in dump), "utf-8")


if __name__ == "__main__":
    main()
