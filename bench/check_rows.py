"""Score the checks on the rows of tests/checks/test_frames_rows.py (issue 15), xfails too.

usage: PYTHONPATH=. python bench/check_rows.py

Prints, per code, the rows that must fire and fire (caught) and the rows that must stay
silent and fire (false alarms), as JSON. Run with another checkout first on PYTHONPATH
to score that code on the same rows (the table is read from this file's checkout).
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

from factcheck import check

ROWS_FILE = Path(__file__).resolve().parent.parent / "tests" / "checks" / "test_frames_rows.py"


def main() -> None:
    spec = importlib.util.spec_from_file_location("frames_rows", ROWS_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counts: Counter[str] = Counter()
    for entry in module.ROWS:
        row = entry.values[0] if hasattr(entry, "values") else entry
        fired = any(f.code == row.code for f in check(row.text, as_of=module.AS_OF).findings)
        kind = "fire" if row.fires else "silent"
        counts[f"{row.code} {kind} rows"] += 1
        if fired:
            counts[f"{row.code} {'caught' if row.fires else 'false alarms'}"] += 1
    print(json.dumps(dict(sorted(counts.items())), indent=1))


if __name__ == "__main__":
    main()
