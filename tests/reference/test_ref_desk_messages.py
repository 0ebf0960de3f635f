"""Messages a data desk reads (desk trial ci12 #10): a time in weeks, months or days is
written in the plural ("18.4 weeks", "-10 weeks"; "1 week" stays singular), and the band
of money in a comparison or a change keeps its symbol and scale ("£97.25 million to
£97.35 million"), as a level's band does. Figures invented, sentences ours."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.figures import amount
from factcheck.reference import ReferenceTable

AS_OF = "2025-09-01"


@pytest.fixture(scope="module")
def desk() -> ReferenceTable:
    frame = pd.DataFrame(
        [("Northtown", "budget", 184.5, "GBP millions", "2025", "budget|spending"),
         ("Eastbury", "budget", 97.2, "GBP millions", "2025", "budget|spending"),
         ("Northtown", "budget", 150.0, "GBP millions", "2024", "budget|spending"),
         ("Northtown Hospital", "median waiting time", 18.4, "week", "2025-06",
          "waiting time|wait")],
        columns=["entity", "metric", "value", "unit", "period", "terms"],
    ).assign(source="Illustrative desk table")
    return load_reference(frame, name="desk")


def _why(sentence: str, desk: ReferenceTable) -> str:
    report = check(sentence, references=[desk], bundled=False, as_of=AS_OF)
    return " ".join(v.explanation for v in report.verdicts if v.status != "unverifiable")


@pytest.mark.parametrize(("sentence", "shown"), [
    ("The median waiting time at Northtown Hospital was 28.4 weeks in June 2025.",
     "was 18.4 weeks, outside the 28.35 to 28.45 weeks"),
    ("The median waiting time at Northtown Hospital was 28.4 weeks in June 2025.",
     "the difference is -10 weeks"),
    ("Northtown's budget is £87.4m more than Eastbury's.",
     "the £87.35 million to £87.45 million that '£87.4m' allows"),
    ("Northtown's budget of £184.5m is £97.3m more than Eastbury's.",
     "outside the £97.25 million to £97.35 million"),
    ("Northtown's budget rose by £34.5m between 2024 and 2025.",
     "the £34.45 million to £34.55 million"),
])
def test_the_message_writes_the_unit_as_the_desk_does(desk: ReferenceTable, sentence: str,
                                                     shown: str) -> None:
    assert shown in _why(sentence, desk)


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (1, "week", "1 week"), (18.4, "week", "18.4 weeks"), (1, "day", "1 day"),
    (3, "month", "3 months"), (2, "year", "2 years"),
])
def test_a_time_is_plural_but_for_one(value: float, unit: str, shown: str) -> None:
    assert amount(value, unit) == shown


def test_a_change_in_percent_keeps_plain_numbers(desk: ReferenceTable) -> None:
    said = _why("Northtown's budget rose by 23% between 2024 and 2025.", desk)
    assert "the 22.5 to 23.5" in said and "£22" not in said
