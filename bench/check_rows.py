"""Score the checks on the rows of tests/checks/test_frames_rows.py,
test_phrasing_rows.py, test_phrasing_parts.py, test_everyday_rows.py and
test_relation_rows.py (issue 15), xfails too.

usage: PYTHONPATH=. python bench/check_rows.py [ROWS_FILE ...]

Prints, per code, the rows that must fire and fire (caught) and the rows that must stay
silent and fire (false alarms), as JSON. Run with another checkout first on PYTHONPATH
to score that code on the same rows (the table is read from this file's checkout).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections import Counter
from pathlib import Path

from factcheck import check
from tests.checks.rows import AS_OF

_TESTS = Path(__file__).resolve().parent.parent / "tests" / "checks"
ROWS_FILES = (_TESTS / "test_frames_rows.py", _TESTS / "test_phrasing_rows.py",
              _TESTS / "test_phrasing_parts.py", _TESTS / "test_everyday_rows.py",
              _TESTS / "test_relation_rows.py")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", default=[str(f) for f in ROWS_FILES])
    counts: Counter[str] = Counter()
    for n, path in enumerate(parser.parse_args().files):
        spec = importlib.util.spec_from_file_location(f"rows_{n}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for entry in module.ROWS:
            row = entry.values[0] if hasattr(entry, "values") else entry
            fired = any(f.code == row.code for f in check(row.text, as_of=AS_OF).findings)
            kind = "fire" if row.fires else "silent"
            counts[f"{row.code} {kind} rows"] += 1
            if fired:
                counts[f"{row.code} {'caught' if row.fires else 'false alarms'}"] += 1
    print(json.dumps(dict(sorted(counts.items())), indent=1))


if __name__ == "__main__":
    main()
