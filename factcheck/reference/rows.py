"""The rows of a series that decide a claim: the row of its period, the rows inside a span,
the two rows at the ends of a change, or why there are none."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factcheck.model import Claim
from factcheck.reference.change import ends
from factcheck.reference.period import describe
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.series import SHARE_UNITS, dimension, is_rate

MAX_AGE_YEARS = 5      # with no period in the claim, rows older than this are too stale


@dataclass(frozen=True)
class Hit:
    """Rows of one table that decide a claim (several when a bound spans many periods)."""

    table: ReferenceTable
    rows: tuple[int, ...]
    note: str = ""
    kind: str = "level"  # "change": the two ends of a change (reference.change); "every",
    # "typical", "total": the rows inside a span (reference.span)
    others: tuple[Hit, ...] = ()  # series that fit as well with other values: the claim
    # is decided only when every one of them decides it the same way

    @property
    def first_row(self) -> Row:
        """The first row the Hit rests on (its series' metric, unit and entity)."""
        return self.table.records[self.rows[0]]


@dataclass(frozen=True)
class Miss:
    reason: str


def period_rows(claim: Claim, period: tuple[date, date] | None, table: ReferenceTable,
                 rows: list[Row], as_of: date, per: bool = False) -> Hit | Miss:
    spans = [(r.start, r.end, r.index) for r in rows]
    if period == (as_of, as_of) and not any((s[0], s[1]) == period for s in spans):
        period = None  # "now", "today" (frames: as_of's day): the latest row, as unstated
    if period is None:
        past = [s for s in spans if s[0] <= as_of]
        if not past:
            return Miss(f"the table has no row starting by {as_of.isoformat()}")
        latest = max(past)
        if latest[1].year < as_of.year - MAX_AGE_YEARS:
            return Miss(f"the claim names no period and the latest row "
                        f"({describe((latest[0], latest[1]))}) is more than {MAX_AGE_YEARS} "
                        f"years before {as_of.isoformat()}")
        note = (f"the claim names no period: compared with the latest row not after "
                f"{as_of.isoformat()} ({describe((latest[0], latest[1]))})")
        return Hit(table, (latest[2],), note)
    exact = [s[2] for s in spans if (s[0], s[1]) == period]
    if exact:
        return Hit(table, (exact[0],))
    holding = [s for s in spans if s[0] <= period[0] and period[1] <= s[1]]
    if len(holding) == 1 and not _whole_years(holding[0]) and _span_kind(
            claim, rows[0], per) != "total":  # a rate in force over the row's dates ("from
        return Hit(table, (holding[0][2],), f"{describe(period)} lies inside the row's "  # 7
                   f"{describe((holding[0][0], holding[0][1]))}")  # August") holds on each day
    inside = sorted(s for s in spans if period[0] <= s[0] and s[1] <= period[1])
    if inside and not _covers(inside, period):
        return Miss(f"the table covers {describe((inside[0][0], inside[-1][1]))}, not the "
                    f"whole of {describe(period)}")
    if inside:
        kind = _span_kind(claim, rows[0], per)
        return Hit(table, tuple(s[2] for s in inside),
                   f"{describe(period)}: {len(inside)} rows inside it", kind=kind)
    have = describe((min(s[0] for s in spans), max(s[1] for s in spans)))
    return Miss(f"the table has this figure for {have}, not for {describe(period)}")


def _whole_years(span: tuple[date, date, int]) -> bool:
    """A row of whole calendar years: a year's average or total, which says nothing of one
    day or month inside it (a rate in force from a date does)."""
    return (span[0].month, span[0].day, span[1].month, span[1].day) == (1, 1, 12, 31)


def _covers(inside: list[tuple[date, date, int]], period: tuple[date, date]) -> bool:
    """Do the rows inside a span reach both its ends, give or take a year? ("the 1990s" in
    a series from 1991; "since 2010" when the draft's own year has no row yet.) A series
    that stops short of the span says nothing of the years it lacks."""
    years = {s[0].year for s in inside}
    return min(years) <= period[0].year + 1 and max(years) >= period[1].year - 1


def _span_kind(claim: Claim, row: Row, per: bool) -> str:
    """How the rows inside a span decide a level claimed over it (reference.span): every
    row for a bound or a range on a share, rate or level; typical for a figure of one; the total (or
    yearly average) for a count or amount of events."""
    intensive = (claim.unit in SHARE_UNITS or per or is_rate(row)
                 or dimension(row.unit) == "[time]")
    if not intensive:
        return "total"
    ranged = claim.high is not None  # "stayed between 3% and 4%": every row inside it
    return "every" if ranged or claim.bound not in ("exact", "approx") else "typical"


def change_rows(period: tuple[date, date] | None, table: ReferenceTable, rows: list[Row],
                 as_of: date) -> Hit | Miss:
    """The two rows at the ends of a change's period (reference.change.ends)."""
    assert period is not None
    found = ends(rows, period, as_of)
    if isinstance(found, str):
        return Miss(found)
    start, end = found
    return Hit(table, (start.index, end.index), kind="change")
