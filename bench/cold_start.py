"""Cold start: wall time of one command-line run, from process start to exit.

Runs each command N times in a fresh process and prints the median and the fastest:
`factcheck check` on a one-paragraph draft (with and without the bundled tables),
`factcheck rule FC203`, `factcheck --version`, and beside them `ruff check` on a small
Python file and quantulum3 parsing the same paragraph in a fresh interpreter.

    python bench/cold_start.py [--runs 5]

Run from the repository root with the project's virtualenv active (PYTHONPATH=$PWD for a
worktree). Nothing here is part of the test run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PARAGRAPH = (
    "Fighters have pushed into the outskirts of Bhamo, a river town that lies fewer than "
    "100 kilometres (80 miles) from the Chinese border; roughly 166,000 people live in the "
    "township, and imports fell by half, from 18,100 to 12,944 tonnes.\n"
)


def _time(command: list[str], cwd: Path, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False,
                       env={**os.environ, "NO_COLOR": "1"})
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    script = str(Path(sys.executable).parent / "factcheck")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "para.md").write_text(PARAGRAPH, encoding="utf-8")
        (work / "tiny.py").write_text("import os\n\nprint(os.sep)\n", encoding="utf-8")
        quantulum = ("from quantulum3 import parser; import sys; "
                     "parser.parse(open('para.md').read())")
        commands = {
            "factcheck check para.md": [script, "check", "para.md"],
            "factcheck check para.md --no-bundled": [script, "check", "para.md",
                                                      "--no-bundled"],
            "factcheck rule FC203": [script, "rule", "FC203"],
            "factcheck --version": [script, "--version"],
            "ruff check tiny.py (--no-cache)": [shutil.which("ruff") or "ruff", "check",
                                               "--no-cache", "tiny.py"],
            "quantulum3 parse (python -c)": [sys.executable, "-c", quantulum],
        }
        print(f"| command | median s | fastest s |  ({runs} runs each)")
        print("|---|---:|---:|")
        for name, command in commands.items():
            median, fastest = _time(command, work, runs)
            print(f"| {name} | {median:.2f} | {fastest:.2f} |")


if __name__ == "__main__":
    main()
