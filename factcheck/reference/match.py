"""Finding the reference row a claim is about: entity, metric, unit dimension, period.

A claim is matched only when all four agree; otherwise the result is a Miss whose reason
becomes the "unverifiable" explanation. Two rows that fit equally well with different
values are a Miss naming both: the checker does not guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from factcheck.model import Claim, Frame
from factcheck.reference.change import ends, is_relative, read_points
from factcheck.reference.metric import (
    claim_words,
    counts_what,
    narrower,
    score,
    weights,
    words,
)
from factcheck.reference.names import country_code, normalize, town, worldwide
from factcheck.reference.period import describe
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.units import dimensionality, is_currency, quantity

ENTITY_CUTOFF = 90.0   # rapidfuzz ratio a name must reach to count as the same entity
METRIC_CUTOFF = 0.6    # metric.score a row must reach
MAX_AGE_YEARS = 5      # with no period in the claim, rows older than this are too stale
SHARE_UNITS = frozenset({"percent", "percentage_point"})


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


@dataclass(frozen=True)
class Miss:
    reason: str


_CHANGE = Miss("the figure is a change and the draft gives no period it runs over")
_NO_SUBJECT = Miss("the parse finds no entity the figure is about")
_PART = Miss("the figure is a part of a whole the draft gives, not a level a reference "
             "row holds")
_NO_MEASURE = Miss("the parse finds nothing the figure counts or measures")


@lru_cache(maxsize=1024)
def _entity_index(table: ReferenceTable) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(normalised name or alias -> entities, ISO alpha-3 -> entities) of a table."""
    names: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    pairs = table.entity_names()
    for entity, aliases in pairs:
        for name in [entity, *aliases.split("|")]:
            if name.strip():
                names.setdefault(normalize(name), set()).add(entity)
        code = country_code(entity)
        if code:
            codes.setdefault(code, set()).add(entity)
    return names, codes


@lru_cache(maxsize=1024)
def _name_list(table: ReferenceTable) -> list[str]:
    return list(_entity_index(table)[0])


def match_entity(subject: str, table: ReferenceTable) -> set[str]:
    """The table's entities named by subject (country aliases, demonyms, fuzzy spelling)."""
    return set(_match_entity(subject, table))


@lru_cache(maxsize=8192)
def _match_entity(subject: str, table: ReferenceTable) -> frozenset[str]:
    """match_entity, remembered: a draft names the same few subjects again and again, and
    the fuzzy comparison runs over every name of the table."""
    names, codes = _entity_index(table)
    key = normalize(subject)
    if key in names:
        return frozenset(names[key])
    code = country_code(subject)
    if code is not None:
        return frozenset(codes.get(code, ()))
    best = process.extractOne(key, _name_list(table), scorer=fuzz.ratio,
                              score_cutoff=ENTITY_CUTOFF)
    return frozenset(names[best[0]]) if best else frozenset()




@cache
def _dimension(unit: str) -> str:
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
    births per woman)."""
    if row.unit:
        return True
    label = _unit_label(row)
    if label and not words(label) & cues and score(row.metric, row.terms, cues) < 1.0:
        return False  # neither the unit ("births per woman") nor the metric itself named
    if claim.noun:
        return counts_what(claim.noun, row.metric, row.terms, label)
    return counts_what(" ".join(sorted(cues)), row.metric, row.terms, label)


def _is_rate(row: Row) -> bool:
    """A row of rates: its metric, unit or notes say "per", "rate", "yield" or "/"."""
    said = f" {row.metric} {row.unit} {row.notes} ".lower()
    return any(w in said for w in (" per ", " rate", "yield", "/"))


def _unit_word(unit: str) -> str:
    return unit or "a plain count"


def _period_rows(claim: Claim, period: tuple[date, date] | None, table: ReferenceTable,
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
    intensive = (claim.unit in SHARE_UNITS or per or _is_rate(row)
                 or _dimension(row.unit) == "[time]")
    if not intensive:
        return "total"
    ranged = claim.high is not None  # "stayed between 3% and 4%": every row inside it
    return "every" if ranged or claim.bound not in ("exact", "approx") else "typical"


@lru_cache(maxsize=16)
def _weights(tables: tuple[ReferenceTable, ...]) -> dict[str, float]:
    return weights({metric for table in tables for metric in table.metrics()})


@lru_cache(maxsize=4096)
def _no_entity(subject: str) -> Miss:
    """Why no table holds the subject (a town is named as one)."""
    place = town(subject)
    if place:
        return Miss(f"{subject} is a town ({place[0]}; GeoNames population {place[1]:,}, "
                    "undated); no dated table row covers it")
    return Miss(f"no table has an entity matching {subject!r}")


def _series(tables: Sequence[ReferenceTable],
            named: list[tuple[ReferenceTable, frozenset[str]]],
            subject: str, claim: Claim, cues: frozenset[str], measure: str | None = None,
            per: bool = False, unit: str | None = None
            ) -> tuple[list[tuple[float, ReferenceTable, list[Row]]], str]:
    """Candidate (metric score, table, rows) per matching series, or the reason for none.

    named: the tables that name the subject, with the entities it matches in each.
    measure: the frame's measure; a series it is narrower than, or whose metric does not
    name its head, is no candidate (metric.narrower). per: the claim is a rate per
    something ("98 murders per 100,000 people"), which only a row of rates decides.
    unit: the unit a row must share the dimension of (default the claim's); "*" for any
    (a relative change or a multiplier applies to a series in any unit).
    """
    why_not: list[str] = []
    found: list[tuple[float, ReferenceTable, list[Row]]] = []
    unit_seen = dim_seen = False
    dim = "*" if unit == "*" else _dimension(claim.unit if unit is None else unit)
    weight = _weights(tuple(tables))
    for table, entities in named:
        series: dict[tuple[str, str, str], list[Row]] = {}
        for entity in sorted(entities):
            for row in table.rows_of(entity):
                if dim == "*" or _dimension(row.unit) == dim:
                    dim_seen = True
                    # a relative change fits a series in any unit; a plain count is no
                    # rate ("100 people" is not "57 per 100 people"), a rate only a rate
                    fits = dim == "*" or _fits(row, claim, cues)
                    rated = _is_rate(row) if per else not (
                        not claim.unit and claim.noun and _is_rate(row))
                    if fits and rated:
                        series.setdefault((row.entity, row.metric, row.terms), []).append(row)
        unit_seen = unit_seen or bool(series)
        for (_, metric, terms), rows in series.items():
            fit = score(metric, terms, cues, weight)
            if fit >= METRIC_CUTOFF:
                why = narrower(measure, metric, terms) if measure else None
                if why is None:
                    found.append((fit, table, rows))
                else:
                    why_not.append(why)
    if why_not and not found:
        return [], why_not[0]
    if dim_seen and not unit_seen and not claim.unit:
        if not claim.noun:
            return [], "a bare number: the claim does not say what it counts"
        return [], f"no table counts {claim.noun} for {subject}"
    if not unit_seen:
        return [], f"no table has a figure for {subject} in {_unit_word(claim.unit)}"
    if not found:
        return [], (f"no metric for {subject} in {_unit_word(claim.unit)} matches the words "
                    f"{', '.join(sorted(cues)) or '(none)'}")
    return found, ""


def find_row(frame: Frame, tables: Sequence[ReferenceTable], as_of: date) -> Hit | Miss:
    """The row (or rows) deciding frame.claim, or why there is none.

    The frame says what to look for: the entity from its subject (a source is never a
    subject: factcheck.frames), the metric from its measure and the claim's counted noun
    (stems, synonyms, the table's terms: metric.score), the period from its period. A
    frame that is unsure, a change, a part of another figure, or a frame with no subject
    or no measure decides nothing: the Miss says why.
    """
    claim = frame.claim
    change = frame.role == "change" or claim.change is not None or claim.multiplier
    frame = worldwide(frame)
    refused = _refused(frame, change)
    if refused is not None:
        return refused
    subject = frame.subject
    assert subject is not None
    words_used = (frame.measure or "", "total" if frame.role == "total" else "")
    cues = claim_words(words_used, claim.noun)
    named = [(table, entities) for table in tables
             if (entities := _match_entity(subject, table))]
    per = frame.role == "rate" and claim.unit not in SHARE_UNITS
    measure = frame.measure if frame.role != "share" else None  # a share's words are many
    if change:
        claim = read_points(claim)
        measure = _less_points(measure, claim)
    unit = _change_unit(claim) if change else None
    found, reason = (_series(tables, named, subject, claim, cues, measure, per, unit)
                     if named else ([], ""))
    if found and frame.other:
        found = _naming(found, frame.other)
        reason = (f"the figure is between {subject} and {frame.other}, and no row for "
                  f"{subject} names {frame.other}")
    if not found and frame.other:
        found = _between(tables, frame, cues)
    if not found:
        return Miss(reason) if named else _no_entity(subject)
    rate = per or "rate" in (frame.measure or "").split()
    return _decide(claim, frame.period, found, as_of, change, per, rate)


def _refused(frame: Frame, change: bool) -> Miss | None:
    """Why a frame decides nothing before any table is read, or None."""
    claim = frame.claim
    if frame.unsure:
        return Miss(frame.unsure)
    if change and frame.period is None:
        return _CHANGE
    if frame.role == "part":
        return _PART
    if not frame.subject:
        return _NO_SUBJECT
    try:
        _dimension(claim.unit)
    except Exception:  # pint raises several kinds; all mean "cannot read"
        return Miss(f"the claim's unit {claim.unit!r} is not one the unit registry reads")
    if not frame.measure and not claim.noun:
        return _NO_MEASURE
    return None


POINT_WORDS = frozenset({"point", "points", "percentage"})


def _less_points(measure: str | None, claim: Claim) -> str | None:
    """A change in points whose measure holds the unit's word ("point unemployment rate"
    for "rose by 10 points"): the measure without it (the points are the claim's unit,
    not part of what is measured)."""
    if measure is None or claim.unit != "percentage_point":
        return measure
    kept = [w for w in measure.split() if w.lower() not in POINT_WORDS]
    return " ".join(kept) or None


def _change_unit(claim: Claim) -> str:
    """The unit a change's series must be in: any for a relative change or a multiplier,
    percent for a change in points, else the claim's own."""
    if is_relative(claim):
        return "*"
    return "percent" if claim.unit == "percentage_point" else claim.unit


def _change_rows(period: tuple[date, date] | None, table: ReferenceTable, rows: list[Row],
                 as_of: date) -> Hit | Miss:
    """The two rows at the ends of a change's period (reference.change.ends)."""
    assert period is not None
    found = ends(rows, period, as_of)
    if isinstance(found, str):
        return Miss(found)
    start, end = found
    return Hit(table, (start.index, end.index), kind="change")


def _between(tables: Sequence[ReferenceTable], frame: Frame, cues: frozenset[str]
             ) -> list[tuple[float, ReferenceTable, list[Row]]]:
    """Series of the figure's other entity whose metric names its subject ("US total
    tariff rate" in India's rows for "the US tariff on goods from India")."""
    assert frame.other is not None and frame.subject is not None
    named = [(table, entities) for table in tables
             if (entities := _match_entity(frame.other, table))]
    per = frame.role == "rate" and frame.claim.unit not in SHARE_UNITS
    found, _ = _series(tables, named, frame.other, frame.claim, cues, frame.measure, per)
    return _naming(found, frame.subject)


def _naming(found: list[tuple[float, ReferenceTable, list[Row]]], name: str
            ) -> list[tuple[float, ReferenceTable, list[Row]]]:
    """The series whose metric or terms name an entity ("US total tariff rate": US)."""
    key = normalize(name)
    return [(fit, table, rows) for fit, table, rows in found
            if f" {key} " in f" {_said(rows[0])} "]


def _said(row: Row) -> str:
    return normalize(f"{row.metric} {row.terms}".replace("|", " "))


def _decide(claim: Claim, period: tuple[date, date] | None,
            found: list[tuple[float, ReferenceTable, list[Row]]], as_of: date,
            change: bool = False, per: bool = False, rate: bool = False) -> Hit | Miss:
    """Of the best-fitting series, the rows for the claim's period (for a change, the rows
    at its two ends). Of series that fit equally well, the rates when the claim's measure
    says "rate" ("the homicide rate": not the count of homicides), else the others. Series
    of one metric (the same indicator in several tables) with other values come as the
    Hit's others; two metrics that disagree decide nothing."""
    best = max(fit for fit, _, _ in found)
    tied = [(fit, table, rows) for fit, table, rows in found if fit == best]
    rated = [item for item in tied if _is_rate(item[2][0]) == rate]
    hits: list[Hit] = []
    misses: list[Miss] = []
    for _, table, rows in rated or tied:
        result = (_change_rows(period, table, rows, as_of) if change
                  else _period_rows(claim, period, table, rows, as_of, per))
        if isinstance(result, Hit):
            hits.append(result)
        else:
            misses.append(result)
    if not hits:
        return misses[0]
    distinct = {_key(h): h for h in hits}
    if len(distinct) > 1 and len({_metric(h) for h in hits}) == 1:
        first, *others = distinct.values()  # one indicator from several tables: judged
        return replace(first, others=tuple(others))  # on each, they must agree
    if len(distinct) > 1:
        a, b = (_label(h) for h in hits[:2])
        return Miss(f"two rows match equally well: {a} and {b}")
    return hits[0]


def _key(hit: Hit) -> tuple[float, ...]:
    return tuple(hit.table.records[i].value for i in hit.rows)


def _metric(hit: Hit) -> frozenset[str]:
    """A metric's content words, synonyms folded: "Share of electricity generated by
    renewables" and "Share of electricity production from renewables" are one indicator."""
    return words(hit.table.records[hit.rows[0]].metric)


def _label(hit: Hit) -> str:
    row = hit.table.records[hit.rows[0]]
    return f"{hit.table.name}: {row.entity} {row.metric} {row.period}"
