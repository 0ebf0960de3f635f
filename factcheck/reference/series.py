"""The series of the tables that may hold a claim: the subject's rows in the claim's unit
dimension, grouped by metric, with how well each metric fits the claim's words
(reference.metric.score at least METRIC_CUTOFF)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from factcheck.model import Claim
from factcheck.reference.ages import age_in, in_measure
from factcheck.reference.metric import (
    counts_what,
    label_words,
    narrower,
    score,
    weights,
    words,
)
from factcheck.reference.per_base import row_base
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.units import dimensionality, is_currency, quantity

METRIC_CUTOFF = 0.6    # metric.score a row must reach
SHARE_UNITS = frozenset({"percent", "percentage_point"})
Candidate = tuple[float, ReferenceTable, list[Row]]  # metric score, table, the series' rows


@cache
def dimension(unit: str) -> str:
    """What a unit measures. Currencies are their own kinds, and so is each dimensionless
    unit: a count, a percent and a percentage point never compare with each other."""
    if is_currency(unit):
        return f"currency {unit}"
    kind = dimensionality(unit or "dimensionless")
    if kind == "dimensionless":
        return f"dimensionless {quantity(1.0, unit).units if unit else ''}"
    return kind


def _unit_label(row: Row) -> str:
    return row.notes[len("unit: "):] if row.notes.startswith("unit: ") else ""


def _fits(row: Row, claim: Claim, cues: frozenset[str]) -> bool:
    """A row of plain counts fits only a claim that says what it counts ("166,000
    people", or a figure whose frame measures "population"; not a bare "10"), and a count
    whose table gave a unit pint cannot read ("per 1,000 people") only a claim whose words
    name that unit or the metric itself ("fell to 0.78" of "the fertility rate" is in
    births per woman). People counted as deaths or injuries (frames.measure: "40 miners
    died") fit rows of deaths, not of miners."""
    if row.unit:
        return True
    label = _unit_label(row)
    if label and not words(label) & cues and score(row.metric, row.terms, cues) < 1.0:
        return False  # neither the unit ("births per woman") nor the metric itself named
    if claim.noun and not cues & _FATES:
        return counts_what(claim.noun, row.metric, row.terms, label)
    return counts_what(" ".join(sorted(cues)), row.metric, row.terms, label)


_FATES = words("death injury")  # "10 Nigerians die": the people are counted as deaths


def is_rate(row: Row) -> bool:
    """A row of rates: its metric, unit or notes say "per", "rate", "yield" or "/"."""
    return names_rate(f"{row.metric} {row.unit} {row.notes}")


def names_rate(said: str) -> bool:
    """Whether a series' words (metric, unit, notes) say "per", "rate", "yield" or "/"."""
    said = f" {said} ".lower()
    return any(w in said for w in (" per ", " rate", "yield", "/"))


def _unit_word(unit: str) -> str:
    return unit or "a plain count"


@lru_cache(maxsize=16)
def table_weights(tables: tuple[ReferenceTable, ...]) -> dict[str, float]:
    return weights({metric for table in tables for metric in table.metrics()})


def _kept(row: Row, claim: Claim, cues: frozenset[str], dim: str, per: bool,
          base: float | None, measure: str | None) -> bool:
    """Is a row of the claim's unit dimension one of its candidate series' rows? A relative
    change fits a series in any unit; a plain count is no rate ("100 people" is not "57 per
    100 people"), a rate only a rate, of the claim's base; an age group only its series
    (reference.ages)."""
    fits = dim == "*" or _fits(row, claim, cues)
    rated = is_rate(row) if per else not (not claim.unit and claim.noun and is_rate(row))
    if base is not None and row_base(row) != base:
        return False
    if measure is not None and in_measure(measure) != age_in(row.metric):
        return False
    return bool(fits and rated)


def candidates(tables: Sequence[ReferenceTable],
            named: list[tuple[ReferenceTable, frozenset[str]]],
            subject: str, claim: Claim, cues: frozenset[str], measure: str | None = None,
            per: bool = False, unit: str | None = None, base: float | None = None
            ) -> tuple[list[Candidate], str]:
    """Candidate (metric score, table, rows) per matching series, or the reason for none.

    named: the tables that name the subject, with the entities it matches in each.
    measure: the frame's measure; a series it is narrower than, or whose metric does not
    name its head, is no candidate (metric.narrower). per: the claim is a rate per
    something ("98 murders per 100,000 people"), which only a row of rates decides.
    unit: the unit a row must share the dimension of (default the claim's); "*" for any
    (a relative change or a multiplier applies to a series in any unit). base: the number
    of people a rate is per ("per 1,000 people": reference.per_base); only rows of rates
    with that base are candidates.
    """
    why_not: list[str] = []
    found: list[Candidate] = []
    unit_seen = dim_seen = False
    dim = "*" if unit == "*" else dimension(claim.unit if unit is None else unit)
    weight = table_weights(tuple(tables))
    aside: tuple[float, str, str] = (0.0, "", "")  # the best-named series in another unit
    loose: list[Candidate] = []  # series in the claim's unit named only in part
    for table, entities in named:
        rows_all = [row for entity in sorted(entities) for row in table.rows_of(entity)]
        rows_in_dim = [row for row in rows_all if dim == "*" or dimension(row.unit) == dim]
        if len(rows_in_dim) < len(rows_all):
            aside = max(aside, _set_aside(rows_all, dim, cues, weight))
        dim_seen = dim_seen or bool(rows_in_dim)
        series: dict[tuple[str, str, str], list[Row]] = {}
        for row in rows_in_dim:
            if _kept(row, claim, cues, dim, per, base, measure):
                series.setdefault((row.entity, row.metric, row.terms), []).append(row)
        unit_seen = unit_seen or bool(series)
        for (_, metric, terms), rows in series.items():
            counted = "" if rows[0].unit else _unit_label(rows[0])  # a count's unit: warheads
            fit = score(metric, terms, cues, weight, counted)
            if fit >= METRIC_CUTOFF:
                also = label_words(counted, metric, terms, cues)
                why = narrower(measure, metric, terms, also) if measure else None
                if why is None:
                    found.append((fit, table, rows))
                else:
                    why_not.append(why)
            elif dim != "*":
                loose.append((fit, table, rows))
    if not found and not why_not:
        found = _named_in_part(loose, cues, measure)
    if not found:
        return [], _why_none(why_not, subject, claim, cues, base, measure, dim_seen,
                             unit_seen)
    best = max(found, key=lambda item: item[0])
    if aside[0] >= 1.0 and aside[0] > best[0] and not aside[2] and words(aside[1]) < words(
            best[2][0].metric):  # a series with no stated unit may count what the claim does
        return [], (f"the series that names the measure best ({aside[1]}) is in "
                    f"{aside[2] or 'no stated unit'}, not {_unit_word(claim.unit)}; a part "
                    f"of it ({best[2][0].metric}) decides nothing")
    return found, ""


def _named_in_part(loose: list[Candidate], cues: frozenset[str], measure: str | None
                   ) -> list[Candidate]:
    """The one series in the claim's unit whose title the words name by its head and most
    of its words, in any order ("solar capacity" in gigawatts: "Installed solar energy
    capacity"; title_match.named_title), when no title reaches METRIC_CUTOFF; none when
    two are named alike or the measure is narrower than it. Held at METRIC_CUTOFF, the
    weakest fit that decides."""
    from factcheck.reference.title_match import named_title

    title = named_title(cues, [rows[0].metric for _, _, rows in loose])
    kept = [(METRIC_CUTOFF, table, rows) for _, table, rows in loose
            if rows[0].metric == title]
    if len({id(table) for _, table, _ in kept}) != 1:
        return []
    rows = kept[0][2]
    if measure and narrower(measure, rows[0].metric, rows[0].terms) is not None:
        return []
    return kept


def _set_aside(rows: list[Row], dim: str, cues: frozenset[str], weight: dict[str, float]
               ) -> tuple[float, str, str]:
    """The best metric score among the series of rows outside the dimension dim, with its
    metric and unit: a series that names the claim's measure fully but
    cannot be compared must not leave a part of it to decide ("annual CO2 emissions" in a
    table without a unit, beside "annual CO2 emissions from gas" in tonnes)."""
    outside = {(row.metric, row.terms, row.unit) for row in rows if dimension(row.unit) != dim}
    return max(((score(metric, terms, cues, weight), metric, unit)
                for metric, terms, unit in outside), default=(0.0, "", ""))


def _why_none(why_not: list[str], subject: str, claim: Claim, cues: frozenset[str],
              base: float | None, measure: str | None, dim_seen: bool, unit_seen: bool
              ) -> str:
    """Why no series is a candidate, the most telling reason first."""
    if why_not:
        return why_not[0]
    if base is not None:
        return f"no table has {measure or 'a rate'} for {subject} (a rate per {base:,g})"
    if dim_seen and not unit_seen and not claim.unit:
        if not claim.noun:
            return "a bare number: the claim does not say what it counts"
        return f"no table counts {claim.noun} for {subject}"
    if not unit_seen:
        return f"no table has a figure for {subject} in {_unit_word(claim.unit)}"
    said = measure or claim.noun
    if said:  # the draft's own words, not the stems they are matched by
        return f"no metric for {subject} in {_unit_word(claim.unit)} matches {said!r}"
    return (f"no metric for {subject} in {_unit_word(claim.unit)} matches what the "
            "sentence says the figure measures")  # not the stems the words are matched by
