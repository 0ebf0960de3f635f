"""One figure said of several entities taken together: "In Kenya and Uganda combined, more
than 40,000 people died of X in 2019", "Together, France and Spain emitted about 600
million tonnes", "Brazil and Argentina between them grew 3 million tonnes".

The sentence's entities form one coordinated list (reference.each_entity.listed) and a
word takes them together ("combined", "together", "between them", "jointly", "in total",
"altogether"): the figure is their sum, period by period, of the series the figure's
words find for one of them (through every reading the sentence gives: a count per day is
the yearly count, a span its rows). Only counts add up: a series of shares, percents or
rates per person (is_rate) gives no sum, and the figure decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from factcheck import figures
from factcheck.model import Frame, Verdict
from factcheck.reference.derived import derived_table
from factcheck.reference.each_entity import listed
from factcheck.reference.entities import entities_named
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.series import SHARE_UNITS, is_rate

_JOINT = re.compile(r"\b(?:combined|(?:taken\s+|put\s+)?together|between\s+them|jointly|"
                    r"altogether|in\s+total|in\s+all)\b", re.IGNORECASE)

Judge = Callable[[Frame, Sequence[ReferenceTable]], Verdict]


def joined(sentence: str) -> list[str] | None:
    """The entities a sentence takes together: one coordinated list and a word joining
    them ("combined", "together"); else None."""
    if not _JOINT.search(sentence):
        return None
    names = listed(_JOINT.sub(" ", sentence))
    return names if names and len(names) >= 2 else None


def judge_joined(frame: Frame, names: list[str], judge: Judge,
                 tables: Sequence[ReferenceTable]) -> Verdict:
    """The verdict on the figure as the sum of the named entities' rows: the series is the
    one judge() decides the figure on for the first entity that gives a verdict; the sum's
    table is then judged as the subject "A and B"."""
    why = "the figure is said of " + " and ".join(names) + " together"
    for name in names:
        alone = judge(replace(frame, subject=name, unsure=None), tables)
        if alone.rows:
            break
    else:
        return Verdict(frame.claim, "unverifiable", None,
                       f"Unverifiable: {why}, and no series fits it for any of them.")
    summed = _summed(names, alone.rows[0].table, alone.rows[0].metric, tables)
    if isinstance(summed, str):
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {why}, and {summed}.")
    entity, table = summed
    verdict = judge(replace(frame, subject=entity, unsure=None), [table])
    return replace(verdict, claim=frame.claim)


def _summed(names: list[str], table_name: str, metric: str,
            tables: Sequence[ReferenceTable]) -> tuple[str, ReferenceTable] | str:
    """(the sum's entity, its table) of the named entities' rows of one series, or why
    not."""
    table = next((t for t in tables if t.name == table_name), None)
    if table is None:
        return "the series that fits is no table of the draft's"
    held = [entities_named(name, table) for name in names]
    if any(len(found) != 1 for found in held) or len(set(held)) != len(held):
        return f"{table.name} does not hold each of them once"
    series = [[row for row in table.records if row.entity in found and row.metric == metric]
              for found in held]
    first = series[0][0] if series[0] else None
    if first is None or first.unit in SHARE_UNITS or is_rate(first):
        return f"{metric} holds shares or rates, which do not add up"
    entity = " and ".join(next(iter(found)) for found in held)
    summed = derived_table(series, _sum, _note, entity=entity, metric=f"{metric}, summed",
                           unit=first.unit)
    if summed is None:
        return f"no period of {metric} holds all of them"
    return entity, summed


def _sum(rows: list[Row]) -> float:
    return sum(row.value for row in rows)


def _note(rows: list[Row], value: float) -> str:
    return " + ".join(f"{row.entity} {figures.fmt(row.value, 0)}" for row in rows) + (
        f" = {figures.fmt(value, 0)}")
