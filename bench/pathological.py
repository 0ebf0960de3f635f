"""Time and peak memory on hostile inputs: extract(), check() (--check) or the CLI (--cli).

usage: python bench/pathological.py [--check | --cli | --readers] [--size 250000]

In-process, each input runs at two sizes, the bigger 4x the smaller, so that linear time
shows. Time is taken on an untraced run; peak memory on a second run under tracemalloc
(Python allocations only), which is several times slower.

With --cli each input is written to a file (1 MB and 4 MB, UTF-8 with surrogates passed
through) and `python -m factcheck check FILE --no-bundled --format json` runs on it:
wall time, exit status and the child's peak resident memory (its whole process,
interpreter and libraries included). Then 50 MB of news copy (refused by the default
10 MB limit) and 10 MB (just under it, checked).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck import check, extract  # noqa: E402

MB = 1_000_000
NEWS = "Imports fell 12% to 12,944 tonnes, down half from 25,900. "
CASES: dict[str, Callable[[int], str]] = {
    "digits": lambda n: "9" * n,
    "open brackets": lambda n: "(" * n,
    "one line, no spaces": lambda n: ("12km" + "x" * 6) * (n // 10),
    "more than more than": lambda n: "more than " * (n // 10),
    "number words": lambda n: "one two hundred and three thousand twenty thirty " * (n // 50),
    "fractions and signs": lambda n: "-1 1/2 ¾ +3½% 2 450 000 ± 5 " * (n // 30),
    "mixed scripts + RTL marks": lambda n: ("مرحبا 12 كم \u200f 5 km \u202e 3% " * (n // 30)),
    "NUL bytes": lambda n: ("\x00 12 km \x00" * (n // 10)),
    "lone surrogates": lambda n: ("\ud800 5 km " * (n // 8)),
    "news copy": lambda n: NEWS * (n // len(NEWS)),
}


MARKUP: dict[str, tuple[str, str]] = {
    "unclosed comments": ("html", "<!--"),
    "unclosed processing instructions": ("html", "<?"),
    "unclosed end tags": ("html", "</"),
    "unknown marked sections": ("html", "<![foo "),
    "open angle brackets": ("html", "<"),
    "open link brackets": ("md", "["),
    "open image brackets": ("md", "!["),
    "emphasis marks": ("md", "*_"),
    "suppression comment + spaces": ("md", "<!-- factcheck: ignore FC2 -- " + " " * 10_000),
}


def readers(size: int) -> None:
    """The Markdown and HTML readers (and suppression comments) on repeated markup."""
    from factcheck.pipeline import check_source
    from factcheck.text import read_string

    print(f"| markup (reader) | {size // 1000} kB | {4 * size // 1000} kB | time ratio |")
    print("|---|---|---|---|")
    for label, (kind, unit) in MARKUP.items():
        times = []
        for n in (size, 4 * size):
            text = unit * max(1, n // len(unit)) + " 5 km"
            t0 = time.perf_counter()
            check_source(read_string(f"draft.{kind}", text, kind))
            times.append(time.perf_counter() - t0)
        print(f"| {label} (.{kind}) | {times[0]:.2f} s | {times[1]:.2f} s | "
              f"{times[1] / max(times[0], 1e-9):.1f}x |", flush=True)


def measure(fn: Callable[[str], object], text: str) -> tuple[float, float]:
    """Seconds for one run (untraced), then peak MB for a second run under tracemalloc."""
    t0 = time.perf_counter()
    fn(text)
    took = time.perf_counter() - t0
    tracemalloc.start()
    fn(text)
    peak = tracemalloc.get_traced_memory()[1] / MB
    tracemalloc.stop()
    return took, peak


def in_process(use_check: bool, size: int) -> None:
    fn: Callable[[str], object] = extract
    if use_check:
        def fn(text: str) -> object:
            return check(text, as_of="2025-08-27", bundled=False)
    name = "check" if use_check else "extract"
    print(f"| input ({name}) | {size // 1000} kB: time, peak MB | "
          f"{4 * size // 1000} kB: time, peak MB | time ratio |")
    print("|---|---|---|---|")
    for label, make in CASES.items():
        small, big = make(size), make(4 * size)
        t1, m1 = measure(fn, small)
        t4, m4 = measure(fn, big)
        print(f"| {label} | {t1:.2f} s, {m1:.0f} MB | {t4:.2f} s, {m4:.0f} MB | "
              f"{t4 / max(t1, 1e-9):.1f}x |", flush=True)


def run_cli(path: Path, *extra: str) -> tuple[float, int, float, str]:
    """Wall seconds, exit status, peak RSS in MB and the first stderr line of one CLI run.

    /usr/bin/time measures the peak: a child started from this process would count this
    process's memory too (it is a copy of it until exec).
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%x %M", sys.executable, "-m", "factcheck", "check", str(path),
         "--no-bundled", "--format", "json", "-o", os.devnull, "--as-of", "2025-08-27",
         *extra],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    took = time.perf_counter() - t0
    lines = done.stderr.decode("utf-8", "replace").splitlines()
    status, peak_kb = lines[-1].split()
    return took, int(status), float(peak_kb) / 1000, lines[0] if len(lines) > 1 else ""


def cli(size: int) -> None:
    print(f"| input (CLI) | {size // MB} MB: time, exit, peak RSS | "
          f"{4 * size // MB} MB: time, exit, peak RSS | time ratio |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        for label, make in CASES.items():
            cells = []
            times = []
            for n in (size, 4 * size):
                path = Path(folder) / "draft.txt"
                path.write_bytes(make(n).encode("utf-8", "surrogatepass"))
                took, status, rss, err = run_cli(path)
                times.append(took)
                why = f" ({err.split(': ', 2)[-1][:40]})" if status == 2 else ""
                cells.append(f"{took:.2f} s, exit {status}{why}, {rss:.0f} MB")
            print(f"| {label} | {cells[0]} | {cells[1]} | {times[1] / times[0]:.1f}x |",
                  flush=True)
        path = Path(folder) / "archive.txt"
        for megabytes in (50, 10):
            path.write_text(NEWS * (megabytes * MB // len(NEWS)), encoding="utf-8")
            took, status, rss, err = run_cli(path)
            print(f"| {megabytes} MB news copy | {took:.2f} s, exit {status}, {rss:.0f} MB | "
                  f"{err[:100]} | |", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="check() instead of extract()")
    ap.add_argument("--cli", action="store_true", help="the command line on files")
    ap.add_argument("--readers", action="store_true", help="Markdown and HTML readers")
    ap.add_argument("--size", type=int, default=250_000, help="small size in characters")
    args = ap.parse_args()
    if args.readers:
        readers(args.size)
    elif args.cli:
        cli(MB if args.size == 250_000 else args.size)
    else:
        in_process(args.check, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
