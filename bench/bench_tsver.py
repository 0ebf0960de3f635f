"""Reference matching on TSVer: claims checked against Our World in Data series.

    PYTHONPATH=. python bench/bench_tsver.py [../shared/benchmarks/tsver] [--stand-in]

Loads the 400 series (wide CSVs, metadata.json, country_codes.yaml), extracts each claim's
figures with factcheck.extract, builds contexts as check() does (factcheck.context, then
verify reading each claim's sentence), or with --stand-in the bench-only bench/tsver_context.py
written before factcheck.context existed, runs factcheck.reference.verify with the claim's
date as as_of, and scores the sentence's verdict: any contradicted figure -> Refuted, else any
supported -> Supported, else Not Enough Evidence. Coverage is the share of claims given
Supported or Refuted; accuracy is measured on those.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from factcheck import extract
from factcheck.reference import ReferenceTable, load_reference, verify

sys.path.insert(0, str(Path(__file__).parent))
from tsver_context import contexts as stand_in_contexts

from factcheck.context import contexts as product_contexts
from factcheck.model import ClaimContext

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


def contexts_for(text: str, today: date, regions: dict[str, str],
                 stand_in: bool) -> tuple[ClaimContext, ...]:
    claims = extract(text)
    if stand_in:
        return tuple(stand_in_contexts(text, claims, today, regions))
    return product_contexts(text, claims, today)


def run(root: Path, name: str, tables: list[ReferenceTable],
        regions: dict[str, str], stand_in: bool = False) -> dict[str, object]:
    counts: Counter[tuple[str, str]] = Counter()
    examples: list[str] = []
    for line in (root / name).read_text("utf-8").splitlines():
        record = json.loads(line)
        text, gold = record["Claim"], record["Verdict"]
        today = datetime.strptime(record["Date"], "%B %d, %Y").date()
        ctxs = contexts_for(text, today, regions, stand_in)
        verdicts = verify([c.claim for c in ctxs], ctxs, tables, as_of=today,
                             text=None if stand_in else text)
        statuses = {v.status for v in verdicts}
        predicted = ("Refuted" if "contradicted" in statuses else
                     "Supported" if "supported" in statuses else "Not Enough Evidence")
        counts[(gold, predicted)] += 1
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
    stand_in = "--stand-in" in sys.argv
    root = Path(args[0] if args else "../shared/benchmarks/tsver")
    began = time.perf_counter()
    tables, regions = load_series(root)
    loaded = time.perf_counter() - began
    print(f"{len(tables)} series, {sum(len(t) for t in tables):,} rows, loaded in "
          f"{loaded:.1f} s ({date.today().isoformat()}); contexts: "
          f"{'bench stand-in' if stand_in else 'factcheck.context'}")
    for name in ("synthetic_dev.jsonl", "tsver_dev.jsonl"):
        began = time.perf_counter()
        result = run(root, name, tables, regions, stand_in)
        print(f"\n{name}: {result['claims']} claims, decided {result['decided']} "
              f"(coverage {result['coverage']:.1%}), accuracy on decided "
              f"{result['accuracy']:.1%}  [{time.perf_counter() - began:.1f} s]")
        for key, value in result["confusion"].items():  # type: ignore[attr-defined]
            print(f"  {key}: {value}")
        for example in result["wrong"]:  # type: ignore[attr-defined]
            print(example)


if __name__ == "__main__":
    main()
