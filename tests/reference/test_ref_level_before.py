"""A level before a change written after its level ("..., up from X") is judged for the
period before the level's (reference.level_before), or left unverifiable; a figure is
its clause subject's, never a name's inside a phrase describing that subject
(frames.unread, frames.names.plural_name), whatever digits the figure has."""

from __future__ import annotations

import pandas as pd
import pytest

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

_TERMS = "population|residents|people|inhabitants"


@pytest.fixture(scope="module")
def desk() -> ReferenceTable:
    rows = [
        ("Leeds", "population", 811953, "count", "2021", _TERMS),
        ("Bradford", "population", 546412, "count", "2021", _TERMS),
        ("Hastings", "population", 90800, "count", "2021", _TERMS),
        ("Brighton", "population", 277100, "count", "2021", _TERMS),
        ("Wrexham Council", "budget", 310.2, "GBP millions", "2025-04-01/2026-03-31",
         "budget|spending"),
        ("Norland", "unemployment rate", 6.1, "percent", "2025-07", "unemployment rate"),
        ("Norland", "unemployment rate", 5.8, "percent", "2025-06", "unemployment rate"),
        ("Vestia", "exports", 48.0, "USD billions", "2024", "exports"),
    ]
    frame = pd.DataFrame([(*r[:5], "desk (test)", r[5]) for r in rows],
                         columns=["entity", "metric", "value", "unit", "period", "source",
                                  "terms"])
    return load_reference(frame, name="desk")


def _status(desk: ReferenceTable, sentence: str, figure: str) -> str:
    report = check(sentence, references=[desk], as_of="2025-09-01", bundled=False)
    return next(v.status for v in report.verdicts if v.claim.text == figure)


# (sentence, figure, status): the level before never takes the level's own row
LEVELS_BEFORE = [
    ("Wrexham Council's budget for 2025/26 is £310.2m, up from £300m.", "£300m",
     "unverifiable"),
    ("Wrexham Council's budget rose to £310.2m for 2025/26 from £301m.", "£301m",
     "unverifiable"),
    ("Vestia's exports reached $48bn in 2024, up from $46bn.", "$46bn", "unverifiable"),
    ("Vestia's exports were $48bn, up from $46bn.", "$46bn", "unverifiable"),
    ("Norland's unemployment rate was 6.1% in July, up from 6.0%.", "6.0%", "contradicted"),
    ("Norland's unemployment rate rose to 6.1% in July, up from 5.8%.", "5.8%", "supported"),
    ("Norland's jobless rate fell to 5.8% in June from 6.1%.", "6.1%", "unverifiable"),
    # near-twins: the level itself, and a level before dated by its own phrase
    ("Wrexham Council's budget for 2025/26 is £310.2m, up from £300m.", "£310.2m",
     "supported"),
    ("Wrexham Council's budget for 2025/26 is £310.2m, up from £301m in 2024/25.", "£301m",
     "unverifiable"),
    ("Vestia's exports reached $48bn in 2024, up from $46bn.", "$48bn", "supported"),
]

# a figure is its clause subject's, not a name's in a phrase describing the subject
CLAUSE_SUBJECTS = [
    ("Leeds, 10 miles from Bradford, had 546,412 residents in 2021.", "546,412 residents",
     "unverifiable"),
    ("Leeds, which lies east of Bradford, counted 546,412 residents in 2021.",
     "546,412 residents", "contradicted"),
    ("Leeds, unlike Bradford, had 546,412 people in 2021.", "546,412 people",
     "unverifiable"),
    ("Hastings, a short drive from Brighton, had 277,100 inhabitants in 2021.",
     "277,100 inhabitants", "contradicted"),
    ("Hastings, which is smaller than Brighton, had 277,100 residents in 2021.",
     "277,100 residents", "contradicted"),
    # the digits of the figure do not decide whether its subject is read
    ("Hastings had 90,800 residents in 2021.", "90,800 residents", "supported"),
    ("Hastings had 90,801 residents in 2021.", "90,801 residents", "contradicted"),
    ("Hastings's population was 91,400 in 2021.", "91,400", "contradicted"),
    ("Leeds had 811,954 residents in 2021.", "811,954 residents", "contradicted"),
    ("Leeds had 812,017 residents in 2021.", "812,017 residents", "contradicted"),
    ("Leeds's population stood at 799,100 in 2021.", "799,100", "contradicted"),
    ("Leeds, home to 781,953 people at the 2021 census, is the largest city in West "
     "Yorkshire.", "781,953 people", "contradicted"),
    # near-twin: the subject named as one, the other place in its modifier
    ("In 2021 Bradford, west of Leeds, had 546,412 residents.", "546,412 residents",
     "supported"),
]


@pytest.mark.parametrize(("sentence", "figure", "status"), LEVELS_BEFORE + CLAUSE_SUBJECTS)
def test_status(desk: ReferenceTable, sentence: str, figure: str, status: str) -> None:
    assert _status(desk, sentence, figure) == status
