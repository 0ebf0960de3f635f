"""Finding the reference row a claim is about: entity, metric, unit dimension, period.

A claim is matched only when all four agree; otherwise the result is a Miss whose reason
becomes the "unverifiable" explanation. Two rows that fit equally well with different
values are a Miss naming both: the checker does not guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from factcheck.model import Claim, ClaimContext
from factcheck.reference.metric import claim_words, counts_what, score, weights, words
from factcheck.reference.names import country_code, normalize, town
from factcheck.reference.period import describe
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.units import dimensionality, is_currency, quantity

ENTITY_CUTOFF = 90.0   # rapidfuzz ratio a name must reach to count as the same entity
METRIC_CUTOFF = 0.6    # metric.score a row must reach
MAX_AGE_YEARS = 5      # with no period in the claim, rows older than this are too stale
SHARE_UNITS = frozenset({"percent", "percentage_point"})  # bounds over a span: every row


@dataclass(frozen=True)
class Hit:
    """Rows of one table that decide a claim (several when a bound spans many periods)."""

    table: ReferenceTable
    rows: tuple[int, ...]
    note: str = ""


@dataclass(frozen=True)
class Miss:
    reason: str


_CHANGE = Miss("the figure is a change, not a level a reference row holds")
_NO_SUBJECT = Miss("no entity is named near the claim")  # most claims end at one of these


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
    people", not a bare "10"), and a count whose table gave a unit pint cannot read
    ("per 1,000 people") only a claim whose words name that unit."""
    if row.unit:
        return True
    label = _unit_label(row)
    if label and not words(label) & cues:
        return False
    return counts_what(claim.noun, row.metric, row.terms, label)


def _unit_word(unit: str) -> str:
    return unit or "a plain count"


def _period_rows(claim: Claim, period: tuple[date, date] | None, table: ReferenceTable,
                 rows: list[Row], as_of: date) -> Hit | Miss:
    spans = [(r.start, r.end, r.index) for r in rows]
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
    inside = [s for s in spans if period[0] <= s[0] and s[1] <= period[1]]
    every = claim.unit in SHARE_UNITS and claim.bound not in ("exact", "approx")
    nothing = claim.value == 0 and claim.bound == "exact"  # a total of zero: zero in each
    if inside and claim.high is None and (every or nothing):
        what = "a bound on a share" if every else "a total of zero"
        note = (f"{what} over {describe(period)} must hold in every row inside it "
                f"({len(inside)} rows)")
        return Hit(table, tuple(s[2] for s in sorted(inside)), note)
    have = describe((min(s[0] for s in spans), max(s[1] for s in spans)))
    if inside:
        return Miss(f"a figure over {describe(period)} may be a total or an average; the "
                    "table has one row per period inside it")
    return Miss(f"the table has this figure for {have}, not for {describe(period)}")


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
            subject: str, claim: Claim, cues: frozenset[str]
            ) -> tuple[list[tuple[float, ReferenceTable, list[Row]]], str]:
    """Candidate (metric score, table, rows) per matching series, or the reason for none.

    named: the tables that name the subject, with the entities it matches in each.
    """
    found: list[tuple[float, ReferenceTable, list[Row]]] = []
    unit_seen = dim_seen = False
    dim = _dimension(claim.unit)
    weight = _weights(tuple(tables))
    for table, entities in named:
        series: dict[tuple[str, str, str], list[Row]] = {}
        for entity in sorted(entities):
            for row in table.rows_of(entity):
                if _dimension(row.unit) == dim:
                    dim_seen = True
                    if _fits(row, claim, cues):
                        series.setdefault((row.entity, row.metric, row.terms), []).append(row)
        unit_seen = unit_seen or bool(series)
        for (_, metric, terms), rows in series.items():
            fit = score(metric, terms, cues, weight)
            if fit >= METRIC_CUTOFF:
                found.append((fit, table, rows))
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


def find_row(ctx: ClaimContext, tables: Sequence[ReferenceTable], as_of: date,
             text: str | None = None) -> Hit | Miss:
    """The row (or rows) deciding ctx.claim, or why there is none.

    Given the draft's text, the claim's sentence is read as more metric words: the context
    stage gives a few cue words from a closed list, while a table's metric names are
    open-ended ("Deaths from terrorism", "Share of electricity from renewables");
    metric.score weighs rare words up, and a row still needs its entity, unit dimension
    and period to match.
    """
    claim = ctx.claim
    if claim.change is not None or claim.multiplier:
        return _CHANGE
    subject = ctx.subject
    if not subject:
        return _NO_SUBJECT
    try:
        _dimension(claim.unit)
    except Exception:  # pint raises several kinds; all mean "cannot read"
        return Miss(f"the claim's unit {claim.unit!r} is not one the unit registry reads")
    named = [(table, entities) for table in tables
             if (entities := _match_entity(subject, table))]
    if not named:
        return _no_entity(subject)
    start, end = ctx.sentence
    sentence = text[start:end] if text is not None and end > start else ""
    cues = claim_words((*ctx.cues, sentence) if sentence else ctx.cues, claim.noun)
    found, reason = _series(tables, named, subject, claim, cues)
    if not found:
        return Miss(reason)
    best = max(fit for fit, _, _ in found)
    hits: list[Hit] = []
    misses: list[Miss] = []
    for fit, table, rows in found:
        if fit == best:
            result = _period_rows(claim, ctx.period, table, rows, as_of)
            if isinstance(result, Hit):
                hits.append(result)
            else:
                misses.append(result)
    if not hits:
        return misses[0]
    distinct = {_key(h) for h in hits}
    if len(distinct) > 1:
        a, b = (_label(h) for h in hits[:2])
        return Miss(f"two rows match equally well: {a} and {b}")
    return hits[0]


def _key(hit: Hit) -> tuple[float, ...]:
    return tuple(hit.table.records[i].value for i in hit.rows)


def _label(hit: Hit) -> str:
    row = hit.table.records[hit.rows[0]]
    return f"{hit.table.name}: {row.entity} {row.metric} {row.period}"
