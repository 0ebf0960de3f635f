"""A list or table with no full stop is one sentence: the checks stay linear in it."""

from __future__ import annotations

import time

import pytest

from factcheck import check


def _seconds(text: str) -> float:
    """The best of two runs of check() on text (CPU time of this process)."""
    times = []
    for _ in range(2):
        started = time.process_time()
        report = check(text, as_of="2025-01-01", bundled=False)
        times.append(time.process_time() - started)
        assert report.claims
    return min(times)


@pytest.mark.parametrize(
    ("unit"),
    [
        # each took seconds before the checks stopped walking the whole sentence for every
        # claim (FC203 9 s, FC207 5 s, FC206 7 s at the sizes of the first round)
        "Sales rose 5% from 10 to 20 tonnes, ",
        "a total of 5 tonnes, 6 km and 7 tonnes, ",
        "has fought for more than 70 years, ",
    ],
    ids=["changes", "totals", "years"],
)
def test_one_long_sentence_stays_linear(unit: str) -> None:
    """Four times the sentence takes about four times the time: a ratio, not a budget, so
    that a busy machine does not fail it; a walk over the sentence per claim would take
    sixteen times."""
    check("100 km (62 miles)", bundled=False)  # the unit registry loads once per process
    head = "The KIA, founded in 1961, "
    once, four = _seconds(head + unit * 500), _seconds(head + unit * 2000)
    assert four < 8.0 * once


def test_a_long_list_is_written_by_its_ends() -> None:
    # every total of a long list used to list every part before it: 17 MB of messages
    # for 1,000 totals; a running total now starts its parts after the last total
    text = "Rations of " + ", ".join(f"{i} tonnes" for i in range(1, 41)) + (
        " and a combined 900 tonnes.")
    (finding,) = check(text, as_of="2025-01-01", bundled=False).findings
    assert finding.message == ("1 tonne + 2 tonnes + 3 tonnes + ... + 39 tonnes + 40 tonnes "
                               "(40 parts) = 820 tonnes, not 900 tonnes as the total says.")
    report = check("5 tonnes, 6 tonnes and a total of 15 tonnes, " * 1000, as_of="2025-01-01",
                   bundled=False)
    assert len(report.findings) == 1000
    assert {f.message for f in report.findings} == {
        "5 tonnes + 6 tonnes = 11 tonnes, not 15 tonnes as the total says."}
