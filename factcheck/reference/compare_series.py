"""Choosing the series a comparison between entities is decided on (reference.compare).

The series must hold the subject and every peer; of those, the ones whose metric the
sentence's words name best (reference.metric.score), in the figure's unit, with the rate's
base the sentence says (and a series of rates whenever the sentence says "per" and a
base, with or without a number: "the cereal harvest per hectare" is never the total
harvest), of changes when and only when the sentence compares changes or names them
("growth"); then the caller's
own tables before the bundled ones, and rates when the words say "rate" or "per".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.reference.compare_change import CHANGE_CUES, series_of_changes
from factcheck.reference.compare_read import Mention, Reading
from factcheck.reference.entities import entities_named
from factcheck.reference.metric import narrower, score, weights, words
from factcheck.reference.per_base import (
    Base,
    bases,
    per_person,
    row_base,
    says_per_base,
    says_per_one,
)
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.series import METRIC_CUTOFF, dimension, is_rate
from factcheck.reference.title_match import named_title


@dataclass(frozen=True)
class Series:
    """One series that holds the subject and its peers, and how well it fits the words."""

    fit: float
    table: ReferenceTable
    subject: list[Row]
    peers: list[list[Row]]


def _entities(mention: Mention, table: ReferenceTable) -> frozenset[str]:
    return entities_named("World" if mention.key == "World" else mention.text, table)


NAMED = 1.0  # metric.score of a series whose name or a term the sentence says in full
_WHOLE = re.compile(r"\b(?:share|proportion|percentage|per\s*cent|percent|fraction|%)\s+of\s+"
                    r"(?:the\s+|its\s+|their\s+|a\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)",
                    re.IGNORECASE)  # "as a share of GDP": the whole a share is of


def fitting_series(reading: Reading, tables: Sequence[ReferenceTable], cues: frozenset[str],
            unit: str | None, stated: bool, sentence: str, measure: str | None = None,
            changed: bool = False) -> list[Series] | str:
    """The best-fitting series that hold the subject and its peers, or why none does. A
    comparison without a figure ("Serbia's female smoking rate was lower than France's")
    takes only a series the sentence names in full (metric.score at least NAMED): a
    series named in part ("Female population") would decide it on another measure.
    changed: the comparison is of changes ("grew faster than"), which only a series of
    changes decides (compare_change)."""
    weight = weights({m for t in tables for m in t.metrics()})
    said = bases(sentence, 0)
    wholes = frozenset().union(*(words(m.group(1)) for m in _WHOLE.finditer(sentence)))
    per_base = says_per_base(sentence)
    one = says_per_one(measure or "") or reading.each  # "the average Qatari emitted": one
    per_one = says_per_one(sentence) or one  # person of a people, a figure per capita
    found: list[Series] = []
    loose: list[Series] = []  # without a figure, series named in part (title_match)
    for table in tables:
        subject = _entities(reading.subject, table)
        peers = [_entities(p, table) for p in reading.peers]
        if len(subject) != 1 or any(len(p) != 1 for p in peers):
            continue
        groups = _by_metric(table, next(iter(subject)))
        for metric, rows in groups.items():
            fit = score(metric, rows[0].terms, cues, weight)
            short = fit < (METRIC_CUTOFF if stated else NAMED)
            if short and stated:
                continue  # with no figure, the series is all the verdict rests on
            if not stated and measure and narrower(measure, metric, rows[0].terms):
                continue  # "immigrant population" is not "Population (Total)"
            if words(re.split(r"\s*[:(]", metric, maxsplit=1)[0]) <= wholes:
                continue  # "a larger share of GDP to research": GDP is the whole, not
                # what is compared
            if unit is not None and dimension(rows[0].unit) != dimension(unit):
                continue
            if changed and not series_of_changes(rows):
                continue  # "grew faster than": a larger level is no faster growth
            named = words(metric) & CHANGE_CUES  # "Annual GDP growth"; not "Inflation"
            if not changed and series_of_changes(rows) and named and not named & cues:
                continue  # "GDP per capita was less than half": levels, not growth rates
            if not _same_base(rows[0], said) or (per_base and not is_rate(rows[0])):
                continue  # "harvest per hectare" is no total harvest
            if per_person(metric) and not per_one:
                continue  # "the economy grew faster": a series per head is no whole's
            if one and not per_person(metric):
                continue  # "a Canadian emitted four times as much": no whole's series
            peer_rows = [_by_metric(table, next(iter(p))).get(metric, []) for p in peers]
            (loose if short else found).append(Series(fit, table, rows, peer_rows))
    if not found and loose:
        found = _named_in_part(loose, cues, sentence)
    if not found and changed:
        return (f"the sentence compares changes, and no series of changes holds "
                f"{reading.subject.text} and "
                f"{', '.join(p.text for p in reading.peers) or 'its peers'}")
    if not found:
        return (f"no series holds {reading.subject.text} and "
                f"{', '.join(p.text for p in reading.peers) or 'its peers'} under a metric "
                + (f"matching {measure!r}" if measure else "the sentence names"))
    best = max(s.fit for s in found)
    return _rates(_own_first([s for s in found if s.fit == best]), sentence)


_SHARE = re.compile(r"\b(?:share|proportion|percentage|per\s*cent|percent|rate|%)",
                    re.IGNORECASE)


def _named_in_part(loose: list[Series], cues: frozenset[str], sentence: str
                   ) -> list[Series]:
    """The series whose title the words name in part, when one title is named best
    (title_match.named_title); none when none is, or two tie, or the best is a series of
    percentages and the sentence speaks of no share or rate ("more wind power than
    France" may be the generation, not its share of electricity)."""
    title = named_title(cues, [s.subject[0].metric for s in loose])
    kept = [s for s in loose if s.subject[0].metric == title] if title else []
    if kept and kept[0].subject[0].unit == "percent" and not _SHARE.search(sentence):
        return []
    return kept


def _own_first(found: list[Series]) -> list[Series]:
    """Of series that fit equally well, those of the tables the caller gave before the
    bundled ones (README: where your table and a bundled one fit a claim equally well,
    yours decides; reference.match does the same for levels)."""
    from factcheck.reference.data import bundled_tables

    bundled = {id(table) for table in bundled_tables()}
    own = [s for s in found if id(s.table) not in bundled]
    return own or found


def _same_base(row: Row, said: list[Base]) -> bool:
    """A sentence that names a rate's base ("per 1,000 people": reference.per_base) is
    decided only by a series of rates with that base ("in doctors per 1,000 people" is
    not the population)."""
    if not said:
        return True
    return is_rate(row) and row_base(row) in {b.number for b in said}


def _rates(found: list[Series], sentence: str) -> list[Series]:
    """Of series that fit equally well, the rates when the words say "rate" or "per"
    ("the homicide rate": homicides per 100,000 people, not the count of homicides), else
    the others."""
    wants = bool(re.search(r"\b(?:rates?|per)\b", sentence, re.IGNORECASE))
    kept = [s for s in found if is_rate(s.subject[0]) == wants]
    return kept or found


def _by_metric(table: ReferenceTable, entity: str) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = {}
    for row in table.rows_of(entity):
        groups.setdefault(row.metric, []).append(row)
    return groups
