"""Time to load TSVer's 400 Our World in Data series through load_reference (not run in CI).

usage: python bench/load_series.py [--code DIR] [--cache DIR] [--shared /work/shared]

--code imports factcheck from DIR (another checkout, for a before/after run side by side);
--cache loads through the table cache in DIR (run twice: the second run is the reload).
Prints one JSON line: the process's time from start (imports included), wall and CPU (on a
busy machine the CPU time is the figure to compare), the CPU time of the loading alone,
and the number of rows.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

START = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--cache", default=None)
    parser.add_argument("--shared", default="/work/shared")
    args = parser.parse_args()
    sys.path.insert(0, args.code)
    sys.path.insert(0, str(Path(args.code) / "bench"))
    from bench_tsver import country_codes

    from factcheck.reference import load_reference

    root = Path(args.shared) / "benchmarks" / "tsver" / "time_series"
    codes = country_codes(root / "country_codes.yaml")
    extra = {"cache": args.cache} if args.cache else {}
    cpu = time.process_time()
    tables = [load_reference(p, metadata=root / "metadata.json", names=codes, **extra)
              for p in sorted((root / "csv").glob("*.csv"))]
    print(json.dumps({"code": args.code, "cache": args.cache,
                      "process_s": round(time.perf_counter() - START, 2),
                      "process_cpu_s": round(time.process_time(), 2),
                      "load_cpu_s": round(time.process_time() - cpu, 2),
                      "rows": sum(len(t) for t in tables)}))


if __name__ == "__main__":
    main()
