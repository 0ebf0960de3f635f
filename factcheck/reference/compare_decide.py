"""Deciding a comparison on one series for one year (reference.compare reads and picks it).

Each verdict names the rows that decided and the arithmetic: "2015: Uganda 62.3 years;
Kenya 61.1 years; Uganda's is above, as 'higher than Kenya's' says (rule: ...)".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck import figures
from factcheck.config import Config
from factcheck.model import Claim, Verdict
from factcheck.reference.names import country_code
from factcheck.reference.schema import Row
from factcheck.tolerance import decide, rule_text

if TYPE_CHECKING:
    from factcheck.reference.compare_read import Reading
    from factcheck.reference.compare_series import Series

PLAIN = ("a comparison without a figure holds when the subject's row is above (below) its "
         "peer's for the same year")
EXTREME = ("a superlative holds when the subject's row is above (below) every peer's for the "
           "same year; regions and aggregates are not peers of countries")


def _row(rows: list[Row], year: int) -> Row | None:
    return next((r for r in rows if r.start.year == year == r.end.year), None)


def _is_country(row: Row) -> bool:
    """A country, not a region or an aggregate (Our World in Data's OWID_ codes, "World")."""
    if row.aliases.startswith("OWID_"):
        return row.aliases in ("OWID_KOS",)
    return country_code(row.entity) is not None


def _shown(row: Row) -> str:
    return f"{row.entity} {figures.amount(row.value, row.unit, None)}"


def _verdict(claim: Claim, holds: bool, arithmetic: str, rule: str, rows: list[Row],
             series: Series) -> Verdict:
    from factcheck.reference.verdict import evidence

    found = tuple(evidence(series.table, r) for r in rows)
    what = f"{rows[0].metric} ({rows[0].source})"
    if holds:
        return Verdict(claim, "supported", found[0],
                       f"Supported: {what}: {arithmetic}; '{claim.text}' holds (rule: {rule}).",
                       found)
    return Verdict(claim, "contradicted", found[0],
                   f"Contradicted: '{claim.text}' contradicts {what}: {arithmetic} "
                   f"(rule: {rule}).", found)


def decide_series(claim: Claim, reading: Reading, series: Series, year: int,
                  config: Config, made: bool) -> Verdict:
    """The verdict of one series for one year (made: the claim was made for a comparison
    without a figure, reference.compare)."""
    subject = _row(series.subject, year)
    if subject is None:
        return _missing(claim, f"{series.subject[0].entity} has no row for {year}")
    if reading.kind == "extreme":
        return _extreme(claim, reading, series, year, subject)
    peer = _row(series.peers[0], year) if series.peers and series.peers[0] else None
    if peer is None:
        return _missing(claim, f"{reading.peers[0].text} has no row for {year} in "
                               f"{subject.metric}")
    said = f"{year}: {_shown(subject)}; {_shown(peer)}"
    over = reading.direction == "over"
    if made:
        holds = subject.value > peer.value if over else subject.value < peer.value
        way = "above" if subject.value > peer.value else "below" if subject.value < peer.value \
            else "equal to"
        return _verdict(claim, holds, f"{said}; {subject.entity}'s is {way} {peer.entity}'s",
                        PLAIN, [subject, peer], series)
    if reading.again:  # "half as much again as": the figure is the part over the peer's
        if claim.unit != "percent":
            return _missing(claim, f"'{claim.text}' as much again is the peer's and "
                                   f"{claim.text} of it again, a size not read here")
        return _sized(claim, subject, peer, said, (True, True), series, config)
    return _sized(claim, subject, peer, said, (over, reading.kind == "than"), series, config)


def _sized(claim: Claim, subject: Row, peer: Row, said: str, how: tuple[bool, bool],
           series: Series, config: Config) -> Verdict:
    """A comparison with a figure: a ratio ("three times", "half", "40% of"), a relative
    difference in percent before the comparative ("17% higher than": a ratio of 1.17), or
    a difference ("10 years longer", "16,210 lower", "0.8 points lower"). how: (the
    direction is "over", the comparative word follows the figure)."""
    over, than = how
    if claim.multiplier or claim.unit == "percent":
        if peer.value <= 0 or subject.value < 0:
            return _missing(claim, "a ratio of figures that are not both positive")
    if claim.multiplier or (claim.unit == "percent" and not than):
        ratio = subject.value / peer.value
        true = ratio if claim.multiplier else ratio * 100
        shown = f"a ratio of {figures.fmt(ratio, 2)}" + ("" if claim.multiplier else
                                                          f" ({figures.fmt(true, 2)}%)")
    elif claim.unit == "percent":
        if subject.unit == "percent":
            return _missing(claim, f"'{claim.text}' of a figure in percent may be points or a "
                                   "relative difference; the wording does not say which")
        true, shown = _relative(subject, peer, over)
    else:
        gap = _gap(claim, subject, peer, over)
        if isinstance(gap, str):
            return _missing(claim, gap)
        true, shown = gap, f"a difference of {_amount(claim, subject, peer)}"
    decision = decide(claim, true, config.approx_tolerance)
    rule = rule_text(decision.rule, config.approx_tolerance)
    return _verdict(claim, decision.holds,
                    f"{said}; {shown}, {'within' if decision.holds else 'outside'} the "
                    f"{decision.band(figures.band_writer(claim.unit))} that '{claim.text}' "
                    "allows", rule,
                    [subject, peer], series)


def _amount(claim: Claim, subject: Row, peer: Row) -> str:
    """The difference as the words state it: in points for points of a percent."""
    gap = abs(subject.value - peer.value)
    if claim.unit in ("", "percentage_point") and subject.unit == "percent":
        return f"{figures.fmt(gap, 2)} percentage points"
    return figures.amount(gap, subject.unit, 2)


def _relative(subject: Row, peer: Row, over: bool) -> tuple[float, str]:
    """The relative difference, in percent of the peer's figure, in the direction the words
    state ("17% higher": the subject's over the peer's is 1.17; "20% lower": 0.80), and how
    it reads."""
    ratio = subject.value / peer.value
    true = (ratio - 1) * 100 if over else (1 - ratio) * 100
    way = "above" if ratio > 1 else "below"
    return true, (f"{subject.entity} {figures.fmt(abs(ratio - 1) * 100, 2)}% {way} "
                  f"{peer.entity} (a ratio of {figures.fmt(ratio, 3)})")


def _gap(claim: Claim, subject: Row, peer: Row, over: bool) -> float | str:
    """The difference in the claim's unit, in the direction the words state, or why it has
    none: a figure without a unit is a count of the row's things (a row without a unit) or
    points of a row in percent ("0.8 points lower")."""
    from pint import PintError

    from factcheck.units import convert, dimensionality

    gap = subject.value - peer.value if over else peer.value - subject.value
    points = (claim.noun or "").endswith("points") or claim.unit == "percentage_point"
    if claim.unit and not points:
        return convert(gap, subject.unit or "dimensionless", claim.unit)
    unit = None if points else _noun_unit(claim.noun)
    if unit:  # "19 fewer years": only a row in a unit of time holds it
        try:
            same = bool(subject.unit) and dimensionality(subject.unit) == dimensionality(unit)
        except PintError:
            same = False
        if not same:
            return (f"'{claim.text}' is in {unit}s, and {subject.metric} is in "
                    f"{subject.unit or 'a count'}")
        return convert(gap, subject.unit, unit)
    if subject.unit == ("percent" if points else ""):
        return gap
    return (f"'{claim.text}' is {'points' if points else 'a count'}, and "
            f"{subject.metric} is in {subject.unit or 'a count'}")


def _noun_unit(noun: str | None) -> str | None:
    """The unit a figure's noun names when the extractor left the figure's unit unread
    ("almost 19 fewer years": "year", a comparative between figure and noun), from the
    lexicon's unit words; None for a count's noun ("people", "deaths")."""
    from factcheck.lexicon import lexicon

    found = lexicon().units.get((noun or "").lower())
    return found[0] if found and found[1] == "unit" else None


def _extreme(claim: Claim, reading: Reading, series: Series, year: int,
             subject: Row) -> Verdict:
    if reading.every_country:
        everyone = [r for e in series.table.entity_names()
                    for r in series.table.rows_of(e[0]) if r.start.year == year == r.end.year
                    and r.metric == subject.metric]
        peers = [r for r in everyone if _is_country(r) and r.entity != subject.entity]
    else:
        listed = [_row(rows, year) for rows in series.peers]
        if any(r is None for r in listed):
            return _missing(claim, f"a listed peer has no row for {year}")
        peers = [r for r in listed if r is not None]
    if not peers:
        return _missing(claim, f"no peer has a row for {year}")
    over = reading.direction == "over"
    rival = max(peers, key=lambda r: r.value) if over else min(peers, key=lambda r: r.value)
    holds = subject.value > rival.value if over else subject.value < rival.value
    said = (f"{year}: {_shown(subject)}; the {'highest' if over else 'lowest'} of the other "
            f"{len(peers)}: {_shown(rival)}")
    return _verdict(claim, holds, said, EXTREME, [subject, *peers], series)


def _missing(claim: Claim, reason: str) -> Verdict:
    return Verdict(claim, "unverifiable", None, f"Unverifiable: {reason}.")
