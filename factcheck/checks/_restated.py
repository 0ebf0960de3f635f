"""A change in the level's unit restated in percent beside one level, for FC203: "fell 85
points, or 2.4%, to 3,420"; "rose $12, or 8%, from $150"; "ended the day at 5,880, having
shed 126 points, or 1.4%"; "shed 142 points, or 1.1%, on Wednesday to close at 5,960".

The other level is the stated one plus or minus the change; the percent must follow from
the two, each figure within its band (factcheck.tolerance). A level just before the
change, a comma between, is its level after; else the one level of the change's unit
after the two in its sentence that no base word introduces.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from factcheck import figures, tolerance, written_figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding

_LEADS_TO = re.compile(r"[^,.;:\d]{0,30},\s*(?:[a-z]+\s+){0,2}",  # " on Friday, down "
                       re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"^[a-z\s]+(?=\S*\d)", re.IGNORECASE)  # "down 85 points": 85 points
_PERCENT_FIRST = re.compile(r"[^,.;:\d%]{0,30},\s*(?:[a-z]+\s+){1,3}",  # " on Tuesday, a "
                            re.IGNORECASE)
_RESTATES = re.compile(r"\s*(?:,\s*or|,|\(|or)\s*(?:about|around|roughly|some|nearly)?\s*",
                       re.IGNORECASE)


def findings(doc: Document, check: fig.CheckId) -> Iterator[Finding]:
    """A change in the level's unit restated in percent, with one level ("fell 85 points,
    or 2.4%, to 3,420"): the other level is the stated one plus or minus the change, and
    the percent must follow from the two (each figure within its band)."""
    approx = doc.config.approx_tolerance
    for i in range(1, len(doc.claims)):
        pair = restated_pair(doc, i)
        if pair is None:
            continue
        pct, change, absolute, level, is_after = pair
        lo_c, hi_c = tolerance.interval(change, approx)
        lo_l, hi_l = tolerance.interval(level, approx)
        sign = -1 if change.change == "decrease" else 1
        shift = (lo_c, hi_c) if is_after else (0.0,)  # the level before: level - sign * change
        bases = [x - sign * c for x in (lo_l, hi_l) for c in shift]
        if min(bases) <= 0:
            continue
        low, high = lo_c / max(bases) * 100, hi_c / min(bases) * 100
        lo_p, hi_p = tolerance.interval(pct, approx)
        if high < lo_p or low > hi_p:
            base = level.value - sign * change.value if is_after else level.value
            actual = change.value / base * 100
            word = "fall" if sign < 0 else "rise"
            message = (f"A {word} of {absolute} {'to' if is_after else 'from'} {level.text} "
                       f"is {figures.fmt(actual)}% of {figures.amount(base, level.unit, None)}, "
                       f"not {pct.text}.")
            yield fig.finding(check, pct, message, written_figures.like(pct, actual))


class Restated(NamedTuple):
    pct: Claim  # "2.4%"
    change: Claim  # "85 points"
    absolute: str  # the change as the message writes it
    level: Claim
    is_after: bool  # whether level is the one after the change


def restated_pair(doc: Document, i: int) -> Restated | None:
    """The percent change i restating the absolute change just before it ("fell 85 points,
    or 2.4%"), or the absolute change i restating the percent just before it ("shed 2.1%
    on Tuesday, a 160-point fall that left it at 4,480"), with the level stated; or None."""
    found = _restated(doc, i)
    if found is None:
        found = _percent_first(doc, i)
    return found


def _percent_first(doc: Document, i: int) -> Restated | None:
    """ "shed 2.1% on Tuesday, a 160-point fall that left it at 4,480", "rose 3%, a gain of
    120 points, to close at 4,120": a percent change, then in its clause the absolute
    change that restates it, set off by a comma, then the one level after of its unit
    (_level_after)."""
    pct, change = doc.claims[i - 1], doc.claims[i]
    if not (_is_percent_change(pct) and _is_absolute(doc, i, pct)):
        return None
    if not _PERCENT_FIRST.fullmatch(doc.text, pct.end, change.start):
        return None
    relations = doc.frames[i].relations or doc.frames[i - 1].relations
    found = _framed(doc, relations, change) if relations else _level_after(doc, i, i)
    if found is None:
        return None
    written = (f"{figures.fmt(change.value)} {change.noun}s" if change.noun and re.search(
        r"\d-[a-z]+$", change.text) else found[0])  # "a 160-point fall": 160 points
    return Restated(pct, change, written, found[1], found[2])


def _is_percent_change(pct: Claim) -> bool:
    return (pct.unit == "percent" and pct.change is not None and not pct.multiplier
            and pct.high is None)


def _is_absolute(doc: Document, k: int, pct: Claim) -> bool:
    change = doc.claims[k]
    return not (change.unit == "percent" or change.change != pct.change or change.multiplier
                or change.high is not None or doc.frames[k].role != "change")


def _restated(doc: Document, i: int) -> Restated | None:
    pct, change = doc.claims[i], doc.claims[i - 1]
    if not (_is_percent_change(pct) and _is_absolute(doc, i - 1, pct)):
        return None
    if not _RESTATES.fullmatch(doc.text, change.end, pct.start):
        return None
    relations = doc.frames[i].relations or doc.frames[i - 1].relations
    if relations:
        return _with(pct, change, _framed(doc, relations, change))
    if i < 2 or doc.contexts[i - 2].sentence != doc.contexts[i].sentence:
        return _with(pct, change, _level_after(doc, i, i - 1))
    level = doc.claims[i - 2]  # "ended at 5,880, having shed 126 points, or 1.4%": the
    # level just before the change, a comma between, is where the change took it
    if level.unit == change.unit and _is_level(level) and _LEADS_TO.fullmatch(
            doc.text, level.end, change.start):
        return Restated(pct, change, _WORDS_BEFORE.sub("", change.text), level, True)
    return _with(pct, change, _level_after(doc, i, i - 1))


def _framed(doc: Document, relations: dict[str, tuple[int, ...]], change: Claim
            ) -> tuple[str, Claim, bool] | None:
    """The level the frames link the change to, after or before, in the change's unit."""
    for key, is_after in (("after", True), ("before", False)):
        if key in relations:
            level = doc.claims[relations[key][0]]
            if level.unit == change.unit and _is_level(level):
                return change.text, level, is_after
    return None


def _with(pct: Claim, change: Claim, found: tuple[str, Claim, bool] | None
          ) -> Restated | None:
    return None if found is None else Restated(pct, change, *found)


def _level_after(doc: Document, i: int, k: int) -> tuple[str, Claim, bool] | None:
    """ "shed 142 points, or 1.1%, on Wednesday to close at 5,960": the one level of the
    change's unit in the sentence, after the two, that no base word ("from", "than":
    words.tsv, classes "base", "base:change") introduces, is the level after."""
    change, sentence = doc.claims[k], doc.contexts[i].sentence  # i: the later of the two,
    # k: the absolute change
    same = [j for j in doc.by_sentence[sentence]
            if j not in (i - 1, i) and doc.claims[j].unit == change.unit
            and doc.claims[j].change is None]
    if len(same) != 1 or same[0] < i:
        return None
    level = doc.claims[same[0]]
    if not _is_level(level) or doc.frames[same[0]].role not in ("level", "rate"):
        return None
    if fig.last_word("base", "base:change").search(doc.text, doc.claims[i].end, level.start):
        return None
    nouns = {n for n in (level.noun, change.noun) if n}
    if len(nouns) > 1 and level.noun is not None:
        return None
    return _WORDS_BEFORE.sub("", change.text), level, True


def _is_level(c: Claim) -> bool:
    return c.change is None and not c.multiplier and c.high is None and c.bound in (
        "exact", "approx")
