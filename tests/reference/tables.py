"""The reference-table builder the reference tests share: illustrative yearly series in the
shape of Our World in Data's tables (entity, metric, value, unit, period, an optional
"unit: LABEL" note, source), loaded as a caller's table (factcheck.load_reference)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from factcheck import check, load_reference
from factcheck.reference import ReferenceTable

SOURCE = "Illustrative series"  # the figures are illustrative, not published ones


def yearly_table(series: Mapping[tuple[str, ...], Sequence[float]], years: Sequence[int],
                 name: str) -> ReferenceTable:
    """A table of yearly series: ``series`` maps (entity, metric, unit) or (entity, metric,
    unit, OWID unit label) to one value per year of ``years``; with a label, each row's
    notes say "unit: LABEL", as OWID's do. Every key has the same length."""
    rows = [(entity, metric, value, unit, str(year), *(f"unit: {x}" for x in label), SOURCE)
            for (entity, metric, unit, *label), values in series.items()
            for year, value in zip(years, values, strict=True)]
    labelled = any(len(key) == 4 for key in series)
    columns = ["entity", "metric", "value", "unit", "period",
               *(["notes"] if labelled else []), "source"]
    return load_reference(pd.DataFrame(rows, columns=columns), name=name)


def rows_table(rows: Sequence[tuple[str, str, float, str, str]], name: str) -> ReferenceTable:
    """A table of rows (entity, metric, value, unit, period), each of SOURCE."""
    return load_reference(pd.DataFrame([(*row, SOURCE) for row in rows],
                                       columns=["entity", "metric", "value", "unit", "period",
                                                "source"]), name=name)


def decided_statuses(sentence: str, table: ReferenceTable,
                     as_of: str = "2024-06-01") -> list[str]:
    """The status of each verdict of the sentence that is not "unverifiable", held against
    table alone (no bundled table), the draft dated as_of."""
    report = check(sentence, references=[table], bundled=False, as_of=as_of)
    return [v.status for v in report.verdicts if v.status != "unverifiable"]
