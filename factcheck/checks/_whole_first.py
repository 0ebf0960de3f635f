"""Wholes stated first and broken down after them, for FC207
(factcheck.checks.fc207_sum_mismatch): the total behind a colon, a bracket, a word that
divides it or a comma ("spent £64,000: £40,000 on roads and £30,000 on parks"), and a whole
broken down in the next sentence or by the readers factcheck.checks._breakdown,
_sized, _owned, _sized_subject, _gapped_parts and _records name.

Each reader yields (parts, run, total): the part claims in order, their sum with its band
(factcheck.checks._sums.Parts) and the total claim, only where the sum cannot reach the
total."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import (
    Document,
    _breakdown,
    _gapped_parts,
    _listed,
    _owned,
    _participation,
    _records,
    _sized,
    _sized_subject,
    _sums,
    _unread_parts,
)
from factcheck.model import Claim

Mismatch = tuple[list[Claim], _sums.Parts, Claim]  # parts, their sum, the total


def _summed(claims: list[Claim], approx: float) -> _sums.Parts:
    """The sum of the parts with its band, over all of them."""
    run = _sums.Parts(0)
    for c in claims:
        run.add(c, approx)
    run.end = len(claims)
    return run


def broken_down_after(doc: Document) -> Iterator[Mismatch]:
    """A whole broken down in the next sentence (factcheck.checks._breakdown.breakdowns): the
    list may leave parts out, so it fires when the parts exceed the whole, and when they
    fall short of it only for a list that names a whole partition."""
    approx = doc.config.approx_tolerance
    for whole, parts, complete in (*_breakdown.breakdowns(doc), *_breakdown.time_splits(doc),
                                   *_breakdown.parallel_clauses(doc), *_sized.sized_lists(doc),
                                   *_owned.owned_lists(doc), *_sized_subject.sized_subjects(doc),
                                   *_gapped_parts.gapped_parts(doc),
                                   *_gapped_parts.fronted_parts(doc),
                                   *_records.records(doc), *_records.trailing(doc),
                                   *_records.leading(doc)):
        if _unread_parts.left_out(doc, whole, parts):
            continue
        claims = [doc.claims[i] for i in parts]
        run = _summed(claims, approx)
        low, high = tolerance.interval(doc.claims[whole], approx)
        short = complete and run.high < low and not _unread_parts.cut_short(doc, parts)
        if run.low > high or short:
            yield claims, run, doc.claims[whole]


def breakdowns(doc: Document) -> Iterator[Mismatch]:
    """A total stated first and broken down after it: behind a colon or a bracket, or a
    word that divides it ("spent £64,000: £40,000 on roads and £30,000 on parks"; "19
    medals (six gold, seven silver and four bronze)"; "48 seats are held by 22 ..."), a
    complete list; after a comma ("31 goals this season, 18 in the league and 16 in the
    cup"), a list that may leave parts out, so only a sum above the total is wrong."""
    approx = doc.config.approx_tolerance
    for group in doc.groups:
        for k in range(len(group) - 2):
            total = group[k]
            if k and _listed.own_span(doc, group, k - 1) != group:
                continue  # "1,400 calls in 48 hours: 800 on ...": the span of the total
            parts, complete = _listed.listed_after(doc, _listed.own_span(doc, group, k), k)
            if len(parts) < 2 or _unread_parts.left_out(doc, total, parts):
                continue
            claims = [doc.claims[i] for i in parts]
            low = sum(tolerance.interval(c, approx)[0] for c in claims)
            high = sum(tolerance.interval(c, approx)[1] for c in claims)
            t_low, t_high = tolerance.interval(doc.claims[total], approx)
            if _participation.rate(doc, total) and _participation.of_those_taking_part(
                    claims, low, high, t_low, complete):
                continue  # "Turnout was 38%: 57% for and 43% against": shares of the votes
            short = complete and high < t_low and not _unread_parts.cut_short(doc, parts)
            if short or low > t_high:
                yield claims, _summed(claims, approx), doc.claims[total]
