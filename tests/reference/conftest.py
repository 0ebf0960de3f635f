"""Helpers for reference tests: claims and frames built by hand from real sentences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd
import pytest

from factcheck.extract.precision import with_precision
from factcheck.model import Bound, Change, Claim, Frame
from factcheck.reference import ReferenceTable, load_reference


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def ctx(sentence: str, text: str, value: float, *, unit: str = "", bound: Bound = "exact",
        noun: str | None = None, subject: str | None = None, cues: tuple[str, ...] = (),
        period: tuple[date, date] | None = None, high: float | None = None,
        change: Change | None = None, role: str | None = None,
        other: str | None = None) -> Frame:
    """The frame of the claim whose surface is `text` inside `sentence`; cues are the
    words of its measure."""
    start = sentence.index(text)
    claim = with_precision(Claim(text=text, start=start, end=start + len(text), value=value,
                                 high=high, unit=unit, noun=noun, bound=bound, change=change))
    return Frame(claim=claim, subject=subject, measure=" ".join(cues) or None,
                 role=role or ("change" if change else "level"), period=period, other=other)


@pytest.fixture(scope="session")
def story_table() -> ReferenceTable:
    """A newsroom table in the DESIGN.md format, as an editor would write it."""
    rows = [
        ("Myanmar", "rare-earth exports to China", 25900, "tonne", "2024-01/2024-05",
         "China customs (illustrative)", "Burma", "export|exports|imported|imports"),
        ("Bhamo township", "population", 166000, "count", "2014",
         "Myanmar census 2014 (illustrative)", "Bhamo", "population|people|home"),
        ("Oracle India", "employees", 28824, "count", "2024", "Oracle (illustrative)",
         "Oracle", "employees|people|staff|workforce"),
        ("Myanmar", "rare-earth exports to China", 12944, "tonne", "2025-01/2025-05",
         "China customs (illustrative)", "Burma", "export|exports|imported|imports"),
    ]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "source", "aliases", "terms"])
    return load_reference(frame, name="story")


def rate_table(series: dict[tuple[str, str, str], list[float]], years: list[int],
               name: str) -> ReferenceTable:
    """A table of yearly series: (entity, metric, unit label) -> values for years. A rate's
    unit is no pint unit: "count", with the label in the notes, as the Our World in Data
    loader keeps it."""
    rows = [(entity, metric, value, "count", str(when), f"unit: {unit}")
            for (entity, metric, unit), values in series.items()
            for when, value in zip(years, values, strict=True)]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "notes"])
    return load_reference(frame.assign(source="Illustrative series"), name=name)


def yearly_table(name: str, metric: str, unit: str, values: dict[str, dict[int, float]],
                 label: str = "") -> ReferenceTable:
    """A table of one metric's yearly series: entity -> year -> value, in unit (a pint
    unit, or "count" with label, the unit the Our World in Data loader keeps in notes)."""
    rows = [(entity, metric, value, unit, str(year), f"unit: {label}" if label else "")
            for entity, by_year in values.items() for year, value in by_year.items()]
    frame = pd.DataFrame(rows, columns=["entity", "metric", "value", "unit", "period",
                                        "notes"])
    return load_reference(frame.assign(source="Illustrative series"), name=name)


def decided(sentence: str, table: ReferenceTable | Sequence[ReferenceTable],
            as_of: str) -> list[tuple[str, str]]:
    """(status, the deciding row's metric) of each verdict of the sentence that is not
    "unverifiable", held against one table or several."""
    from factcheck import check

    tables = [table] if isinstance(table, ReferenceTable) else list(table)
    report = check(sentence, references=tables, bundled=False, as_of=as_of)
    return [(v.status, v.evidence.metric if v.evidence else "") for v in report.verdicts
            if v.status != "unverifiable"]
