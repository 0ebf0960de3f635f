"""Tables computed from the rows of other tables: a sum of entities' rows, an entity's
share of another's. The derived table is validated like any other (load.load_table); its
rows' notes give the arithmetic and its sources name the rows' sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd

from factcheck.reference.schema import ReferenceTable, Row

Period = tuple[object, object]


def by_period(rows: Sequence[Row]) -> dict[Period, Row]:
    """A series' rows keyed by (start, end)."""
    return {(row.start, row.end): row for row in rows}


def derived_table(series: Sequence[Sequence[Row]], combine: Callable[[list[Row]], float | None],
                  note: Callable[[list[Row], float], str], *, entity: str, metric: str,
                  unit: str, aliases: str = "", terms: str | None = None
                  ) -> ReferenceTable | None:
    """A table with one row per period every series holds: value combine(rows of that
    period, in the order of series), skipped when combine gives None; note(rows, value)
    is the row's notes; unit is canonical ("" for a count, written "count"); aliases are
    the rows' entity aliases; terms their metric's terms (None: those of the period's
    first row). None when no period gives a row."""
    from factcheck.reference.load import load_table

    keyed = [by_period(rows) for rows in series]
    periods = sorted(set.intersection(*(set(k) for k in keyed)), key=lambda span: str(span[0]))
    records = []
    for span in periods:
        rows = [k[span] for k in keyed]
        value = combine(rows)
        if value is None:
            continue
        records.append({
            "entity": entity, "metric": metric, "value": f"{value:.6g}", "unit": unit or "count",
            "period": rows[0].period,
            "source": "; ".join(dict.fromkeys(row.source for row in rows)),
            "url": "; ".join(dict.fromkeys(row.url for row in rows if row.url)),
            "retrieved": max(row.retrieved for row in rows),
            "notes": note(rows, value), "aliases": aliases,
            "terms": rows[0].terms if terms is None else terms})
    if not records:
        return None
    return load_table(pd.DataFrame.from_records(records), name=metric)
