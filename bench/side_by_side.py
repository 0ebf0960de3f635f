"""extract() and check() time on the NewsQuant dev half as one draft, for one checkout
(not run in CI). Run it for two checkouts in turn, several rounds, to compare them side by
side.

usage: python bench/side_by_side.py DIR [--shared /work/shared]

Prints the best CPU time (gc off) of 30 extract() runs and of 10 check(bundled=False) runs.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable


def best(run: Callable[[], object], times: int) -> float:
    found = []
    for _ in range(times):
        started = time.process_time()
        run()
        found.append(time.process_time() - started)
    return min(found)


def main() -> None:
    code = sys.argv[1]
    shared = sys.argv[sys.argv.index("--shared") + 1] if "--shared" in sys.argv else "/work/shared"
    sys.path.insert(0, code)
    from factcheck import check, extract

    with open(f"{shared}/benchmarks/newsquant/dev.json", encoding="utf-8") as handle:
        text = "\n\n".join(d["text"] for d in json.load(handle))
    extract(text)
    check(text, bundled=False, as_of="2025-10-01")
    gc.disable()
    print(json.dumps({
        "code": code,
        "extract_ms": round(best(lambda: extract(text), 30) * 1000, 2),
        "check_ms": round(best(lambda: check(text, bundled=False, as_of="2025-10-01"), 10)
                          * 1000, 2)}))


if __name__ == "__main__":
    main()
