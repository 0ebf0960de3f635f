"""Parts listed before their total, for FC207 (factcheck.checks.fc207_sum_mismatch): "120,
150 and 200 tonnes a day, a combined 520 tonnes"; "£1.4m on Monday and £2.9m on Tuesday,
£5.3m over the two days"; changes in percent that add or compound ("rose 20% in April and a
further 15% in October, leaving bills 38% higher")."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import Document, _days, _statements, _sums
from factcheck.model import Claim


def totals_after_parts(doc: Document) -> Iterator[tuple[list[Claim], _sums.Parts, Claim]]:
    """The totals whose parts are listed before them in their sentence, and marked or
    linked as their sum, that the parts cannot reach, as (the sentence's claims, the
    parts among them, the total)."""
    approx = doc.config.approx_tolerance
    for group in doc.groups:
        if len(group) < 3:
            continue  # a total and at least two parts before it
        claims = [doc.claims[i] for i in group]
        sentence: _sums.Sentence | None = None  # made at the first total: most sentences have none
        for k, total in enumerate(claims):
            if k < 2:
                continue
            linked = set(doc.frames[group[k]].relations.get("parts", ())) >= set(group[k - 2 : k])
            span = _days.span_after(doc, group[k])  # "..., £5.3m over the two days"
            named = _days.NAMED_OVER.match(doc.text, total.end) is not None  # "..., 634 across
            if not (linked or span is not None or named  # the weekend": checked below
                    or _sums.says_total(doc.text, total.start)
                    or _sums.total_after(doc.text, total.end)
                    or _sums.says_result(doc.text, total)):
                continue
            if _statements.part_of_before(doc, group[k], list(group[:k])):
                continue  # "27 goals in all competitions, 22 of them ...": a part of one
            sentence = sentence or _sums.Sentence(doc.text, claims, approx,
                                                  [doc.frames[i].role for i in group])
            parts = sentence.parts(k, linked)
            if parts is None or _change_and_levels(doc, group[parts.first : k + 1]):
                continue
            listed = list(group[parts.first : k])
            if not (linked or _marked(doc, total)) and not (
                    span is not None and _days.counted(doc, span, listed)) and not (
                    _days.named_after(doc, group[k], listed)):
                continue  # a span after the figure marks it only when it counts the parts
                # ("over the two days") or names them ("across the weekend")
            low, high = parts.low, parts.high
            t_low, t_high = tolerance.interval(total, approx)
            if parts.rises:  # "10% and another 10%, 21% in all": changes may compound
                c_low, c_high = _compounded(claims[parts.first : parts.end], approx)
                low, high = min(low, c_low), max(high, c_high)
            if high < t_low or low > t_high:
                yield claims, parts, total


def _marked(doc: Document, total: Claim) -> bool:
    """Whether words before or after a figure mark it as a total ("a combined", "in all")
    or a change that results from the changes before it ("leaving bills 38% higher")."""
    return (_sums.says_total(doc.text, total.start) or _sums.total_after(doc.text, total.end)
            or _sums.says_result(doc.text, total))


def _change_and_levels(doc: Document, figures: tuple[int, ...]) -> bool:
    """Whether a frame among the figures (the parts, then their total) links one of the
    parts as the level before or after a change ("rose by 25%, from 8% of the total to
    10%"): a change and the levels it runs between are never parts of one total. A link
    to the total itself is the level the changes lead to ("up 12%, plus a further 8%,
    taking the total to 25%") and stays a sum."""
    parts = set(figures[:-1])
    return any(parts & set(doc.frames[i].relations.get(end, ()))
               for i in figures for end in ("before", "after"))


def _compounded(claims: list[Claim], approx: float) -> tuple[float, float]:
    """The ends of changes in percent compounded, each with its band (10% then 10% is
    21%): the other reading of "a further" rise (DESIGN.md is silent on which)."""
    low = high = 1.0
    for c in claims:
        lo, hi = tolerance.interval(c, approx)
        low, high = low * (1 + lo / 100), high * (1 + hi / 100)
    return (low - 1) * 100, (high - 1) * 100
