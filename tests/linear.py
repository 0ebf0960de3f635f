"""Linearity as a ratio of CPU times, not as a wall-clock budget.

Speed figures live in bench/ (bench/pathological.py times hostile input); a test here only
asks that four times the input take about four times the CPU time. A walk over the text per
figure, per comment or per full stop takes sixteen times, and a busy machine, which slows
both runs alike, does not fail the ratio.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: Times below this many CPU seconds are noise: the larger run may take up to this long.
FLOOR = 0.05


def cpu_seconds(run: Callable[[], object], repeats: int = 2) -> float:
    """The least CPU time of this process over `repeats` runs of run()."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def assert_linear(run_at: Callable[[int], object], size: int, factor: int = 4) -> None:
    """run_at(factor * size) takes less than 2 * factor times run_at(size), or FLOOR.

    run_at(n) builds an input of size n and processes it; the build is timed too, so it
    should itself be linear (string repetition is).
    """
    run_at(size)  # imports, registries and caches load once, outside the timing
    small = cpu_seconds(lambda: run_at(size))
    large = cpu_seconds(lambda: run_at(factor * size))
    assert large < max(2 * factor * small, FLOOR), (size, small, large)
