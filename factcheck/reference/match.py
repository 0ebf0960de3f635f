"""Finding the reference row a claim is about: entity, metric, unit dimension, period.

A claim is matched only when all four agree; otherwise the result is a Miss whose reason
becomes the "unverifiable" explanation. Two rows that fit equally well with different
values are a Miss naming both: the checker does not guess. The entity is read by
reference.entities, the candidate series by reference.series, their rows for the claim's
period by reference.rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from factcheck.model import Claim, Frame
from factcheck.reference.change import is_relative, read_points
from factcheck.reference.entities import entities_named, match_entity, no_entity
from factcheck.reference.groups import part_unnamed
from factcheck.reference.growth import (
    growth_series,
    names_rate,
    of_changes,
    only_ratios,
    without_shares,
)
from factcheck.reference.mean_growth import economic
from factcheck.reference.metric import GENERIC, claim_words, names_other, rate_name, words
from factcheck.reference.names import normalize, worldwide
from factcheck.reference.per_base import stated_base, without_base
from factcheck.reference.per_time import without_times
from factcheck.reference.qualified import qualified_part
from factcheck.reference.rows import Hit, Miss, change_rows, period_rows
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.series import (
    SHARE_UNITS,
    Candidate,
    candidates,
    dimension,
    is_rate,
    table_weights,
)
from factcheck.reference.summed import of_parts

__all__ = ["Hit", "Miss", "find_row", "match_entity"]

_CHANGE = Miss("the figure is a change and the draft gives no period it runs over")
_NO_SUBJECT = Miss("the parse finds no entity the figure is about")
_PART = Miss("the figure is a part of a whole the draft gives, not a level a reference "
             "row holds")
_NO_MEASURE = Miss("the parse finds nothing the figure counts or measures")


def _spans_period(frame: Frame) -> bool:
    """A duration in years as long as the frame's own period, to within a year: the length
    of the span the sentence names ("In the 25 years to 2010, life expectancy grew 6.4
    years"), never a level a row holds. A figure a verb of change governs ("fell by 1.1
    years between 2019 and 2020") is the size of a change in a series measured in years
    (life expectancy), never a span's length, however close the two are."""
    claim, period = frame.claim, frame.period
    if frame.role != "duration" or period is None or claim.unit not in ("year", "years"):
        return False
    if claim.change is not None or claim.multiplier:
        return False
    return abs((period[1] - period[0]).days / 365.25 - claim.value) <= 1.0


def _missing(subject: str) -> Miss:
    return Miss(no_entity(subject))


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
    frame = economic(_name_first(frame, tables))
    subject = frame.subject
    assert subject is not None
    words_used = (frame.measure or "", "total" if frame.role == "total" else "")
    cues = claim_words(words_used, claim.noun)
    named = [(table, entities) for table in tables
             if (entities := entities_named(subject, table))]
    per = frame.role == "rate" and claim.unit not in SHARE_UNITS
    measure = frame.measure if frame.role != "share" else None  # a share's words are many
    if change:
        claim = read_points(claim)
        measure = _less_points(measure, claim)
        if is_relative(claim):  # "the daily toll rose 45%": a count per day grows as the
            measure = without_times(measure)  # yearly count does
    unit = _change_unit(claim) if change else None
    base = stated_base(frame.measure) if frame.role == "rate" else None
    measure = without_base(measure)
    if change and named:
        grown = _grown(tables, named, subject, claim, cues, measure, frame.period, as_of)
        if grown is not None:
            return grown
    found, reason = (candidates(tables, named, subject, claim, cues, measure, per, unit, base)
                     if named else ([], ""))
    if found and frame.role == "share" and frame.measure:
        found, reason = _share_parts(found, frame.measure, tables, reason)
    if found and frame.other:
        found = _naming(found, frame.other)
        reason = (f"the figure is between {subject} and {frame.other}, and no row for "
                  f"{subject} names {frame.other}")
    if not found and frame.other:
        found = _between(tables, frame, cues)
    if found and change:  # a change between two rows of changes is no change of the measure
        found = [item for item in found if not of_changes(item[2][0])  # unless the measure
                 or names_rate(frame.measure, item[2][0].metric)]  # is the rate: "inflation
        # halved" (growth.names_rate)
        reason = (f"the series for {subject} that fit hold yearly changes, and the claim's "
                  "change does not span one year")
    if found and change and is_relative(claim):
        found = without_shares(found, frame.measure)
        reason = (f"the only series for {subject} that fit are shares, and the claim's "
                  "measure names no share")
        found = only_ratios(found, frame.measure)
        reason = reason if found else (
            f"the claim's measure ('{frame.measure}') is a ratio, and the only series for "
            f"{subject} that fit are counts")
    if not found:
        return Miss(reason) if named else _missing(subject)
    found = _own_first(_broadest(found, cues))
    rate = per or "rate" in (frame.measure or "").split()
    return _decide(claim, frame.period, found, as_of, change, per, rate)


def _grown(tables: Sequence[ReferenceTable], named: list[tuple[ReferenceTable, frozenset[str]]],
           subject: str, claim: Claim, cues: frozenset[str], measure: str | None,
           period: tuple[date, date] | None, as_of: date) -> Hit | None:
    """The row of a series of yearly changes holding a change over one year
    (reference.growth), as a Hit of kind "growth", or None."""
    found = growth_series(tables, named, subject, claim, cues, measure, period)
    hit = _decide(claim, period, found, as_of) if found else None
    if isinstance(hit, Hit) and hit.kind == "level":
        return replace(hit, kind="growth")
    return None


def _name_first(frame: Frame, tables: Sequence[ReferenceTable]) -> Frame:
    """A subject no table names whose first words do, the rest common nouns ("Arctic sea
    ice", "Amazon rainforest cover"): the name is the subject and the rest goes to the
    measure (the table names the Arctic; the sea ice is what is measured). Names are
    read as written: the words kept as subject must be capitalised."""
    subject = frame.subject or ""
    words_of = subject.split()
    if len(words_of) < 2 or any(entities_named(subject, table) for table in tables):
        return frame
    for size in range(len(words_of) - 1, 0, -1):
        head, tail = words_of[:size], words_of[size:]
        if not all(w[:1].isupper() for w in head) or not all(w.islower() for w in tail):
            continue
        name = " ".join(head)
        if any(entities_named(name, table) for table in tables):
            measure = " ".join([*tail, frame.measure or ""]).strip()
            return replace(frame, subject=name, measure=measure)
    return frame


def _refused(frame: Frame, change: bool) -> Miss | None:
    """Why a frame decides nothing before any table is read, or None."""
    claim = frame.claim
    if frame.unsure:
        return Miss(frame.unsure)
    if change and frame.period is None:
        return _CHANGE
    if frame.role == "part":
        return _PART
    if _spans_period(frame):
        return Miss(f"'{claim.text}' is the length of the span of years its sentence "
                    "names, not a measure of the subject")
    if not frame.subject:
        return _NO_SUBJECT
    try:
        dimension(claim.unit)
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


def _own_first(found: list[Candidate]) -> list[Candidate]:
    """The newsroom's own series before the bundled ones: of series that fit equally well,
    a bundled table's gives way to a table the caller or the configuration gave (a
    desk's newer population figure beside the bundled census row), so that the desk's
    table decides and its row is named; bundled series decide alone only when no other
    fits as well."""
    from factcheck.reference.data import bundled_tables

    best = max(fit for fit, _, _ in found)
    bundled = {id(table) for table in bundled_tables()}
    if all(id(table) in bundled for fit, table, _ in found if fit == best):
        return found
    return [item for item in found if item[0] < best or id(item[1]) not in bundled]


def _broadest(found: list[Candidate], cues: frozenset[str]) -> list[Candidate]:
    """Of series that fit equally well, not those that are a part of another: a series
    whose name holds every word another's does beyond the claim's words, and more
    ("Homicide rate from firearms" beside "Homicide rate", for "the homicide rate"),
    counts a part of what the claim measures. A word that names the whole or a kind of
    figure (metric.GENERIC: "Population (Total)" beside "population") makes no series a
    part of another, so the two tie and the caller's table decides (_own_first)."""
    whole = words(" ".join(GENERIC))
    extra = [_metric_words(rows[0]) - cues - whole for _, _, rows in found]
    return [item for item, more in zip(found, extra, strict=True)
            if not any(other < more and fit == item[0]
                       for (fit, _, _), other in zip(found, extra, strict=True))]


def _between(tables: Sequence[ReferenceTable], frame: Frame, cues: frozenset[str]
             ) -> list[Candidate]:
    """Series of the figure's other entity whose metric names its subject ("US total
    tariff rate" in India's rows for "the US tariff on goods from India")."""
    assert frame.other is not None and frame.subject is not None
    named = [(table, entities) for table in tables
             if (entities := entities_named(frame.other, table))]
    per = frame.role == "rate" and frame.claim.unit not in SHARE_UNITS
    found, _ = candidates(tables, named, frame.other, frame.claim, cues, frame.measure, per)
    return _naming(found, frame.subject)


def _naming(found: list[Candidate], name: str
            ) -> list[Candidate]:
    """The series whose metric or terms name an entity ("US total tariff rate": US)."""
    key = normalize(name)
    return [(fit, table, rows) for fit, table, rows in found
            if f" {key} " in f" {_said(rows[0])} "]


def _said(row: Row) -> str:
    return normalize(f"{row.metric} {row.terms}".replace("|", " "))


def _decide(claim: Claim, period: tuple[date, date] | None,
            found: list[Candidate], as_of: date,
            change: bool = False, per: bool = False, rate: bool = False) -> Hit | Miss:
    """Of the best-fitting series, the rows for the claim's period (for a change, the rows
    at its two ends). Of series that fit equally well, the rates when the claim's measure
    says "rate" ("the homicide rate": not the count of homicides), else the others. Series
    of one metric (the same indicator in several tables) with other values come as the
    Hit's others; two metrics that disagree decide nothing."""
    best = max(fit for fit, _, _ in found)
    tied = [(fit, table, rows) for fit, table, rows in found if fit == best]
    rated = [item for item in tied if is_rate(item[2][0]) == rate]
    hits: list[Hit] = []
    misses: list[Miss] = []
    for _, table, rows in rated or tied:
        result = (change_rows(period, table, rows, as_of) if change
                  else period_rows(claim, period, table, rows, as_of, per))
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
    central = _central(list(distinct.values()))
    if central is not None:
        return central
    if len(distinct) > 1:
        a, b = (_label(h) for h in hits[:2])
        return Miss(f"two rows match equally well: {a} and {b}")
    return hits[0]


_ESTIMATE = re.compile(r"\b(best|central|high|low|upper|lower)\s+(?:estimate|bound|variant)",
                       re.IGNORECASE)


def _central(hits: list[Hit]) -> Hit | None:
    """Of series that differ only in which estimate they give ("Deaths in armed conflicts
    (best estimate)", "(high estimate)", "(low estimate)"), the best or central one: a
    figure said plainly is the publisher's central estimate. None unless exactly one is."""
    if len(hits) < 2:
        return None
    names = [h.first_row.metric for h in hits]
    marks = [_ESTIMATE.search(name) for name in names]
    if not all(marks) or len({_ESTIMATE.sub("", name) for name in names}) != 1:
        return None
    central = [h for h, m in zip(hits, marks, strict=True)
               if m is not None and m.group(1).lower() in ("best", "central")]
    return central[0] if len(central) == 1 else None



def _key(hit: Hit) -> tuple[float, ...]:
    return tuple(hit.table.records[i].value for i in hit.rows)


def _metric(hit: Hit) -> frozenset[str]:
    """A metric's content words, synonyms folded: "Share of electricity generated by
    renewables" and "Share of electricity production from renewables" are one indicator;
    so are rates that differ only in saying their base ("Homicide rate" and "Homicide
    rate per 100,000 population")."""
    return _metric_words(hit.first_row)


def _metric_words(row: Row) -> frozenset[str]:
    """The content words of a row's metric, less the base of a rate."""
    return words(rate_name(row.metric) if is_rate(row) else row.metric)


def _label(hit: Hit) -> str:
    row = hit.first_row
    return f"{hit.table.name}: {row.entity} {row.metric} {row.period}"


def _share_named(found: list[Candidate], measure: str, tables: Sequence[ReferenceTable],
                 reason: str) -> tuple[list[Candidate], str]:
    """The candidates for a share whose metric the share's measure does not name against
    another series (metric.names_other), of whose people it names a part the series is
    not of (groups.part_unnamed: "rural"), or of whose part it names a narrower one
    (qualified.qualified_part: "offshore wind"), left out; the reason when none is left."""
    vocabulary = frozenset(table_weights(tuple(tables)))
    why = [part_unnamed(measure, item[2][0].metric)
           or names_other(measure, item[2][0].metric, vocabulary)
           or qualified_part(measure, item[2][0].metric, item[2][0].terms, vocabulary)
           for item in found]
    kept = [item for item, no in zip(found, why, strict=True) if no is None]
    return kept, (reason if kept else next(no for no in why if no))


def _share_parts(found: list[Candidate], measure: str, tables: Sequence[ReferenceTable],
                 reason: str) -> tuple[list[Candidate], str]:
    """The series a share's measure names (_share_named); for parts taken together ("wind
    and solar supplied 9%"), a series naming them all, else the sum of one series per
    part (reference.summed), else none, with the reason."""
    kept, why = _share_named(found, measure, tables, reason)
    kept, apart = of_parts(kept, found, measure)
    return kept, apart or why
