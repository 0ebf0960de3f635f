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

from factcheck import figures, tolerance, written_figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding

_LEADS_TO = re.compile(r"[^,.;:\d]{0,30},\s*(?:[a-z]+\s+){0,2}",  # " on Friday, down "
                       re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"^[a-z\s]+(?=\S*\d)", re.IGNORECASE)  # "down 85 points": 85 points
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
        absolute, level, is_after = pair
        pct, change = doc.claims[i], doc.claims[i - 1]
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


def restated_pair(doc: Document, i: int) -> tuple[str, Claim, bool] | None:
    """(the absolute change's text, its level, whether that level is the one after) for a
    percent change restating the change just before it, or None."""
    pct, change = doc.claims[i], doc.claims[i - 1]
    if pct.unit != "percent" or pct.change is None or pct.multiplier or pct.high is not None:
        return None
    if (change.unit == "percent" or change.change != pct.change or change.multiplier
            or change.high is not None or doc.frames[i - 1].role != "change"):
        return None
    if not _RESTATES.fullmatch(doc.text, change.end, pct.start):
        return None
    relations = doc.frames[i].relations or doc.frames[i - 1].relations
    for key, is_after in (("after", True), ("before", False)):
        if key in relations:
            level = doc.claims[relations[key][0]]
            if level.unit == change.unit and _is_level(level):
                return change.text, level, is_after
    if relations:
        return None
    if i < 2 or doc.contexts[i - 2].sentence != doc.contexts[i].sentence:
        return _level_after(doc, i)
    level = doc.claims[i - 2]  # "ended at 5,880, having shed 126 points, or 1.4%": the
    # level just before the change, a comma between, is where the change took it
    if level.unit == change.unit and _is_level(level) and _LEADS_TO.fullmatch(
            doc.text, level.end, change.start):
        return _WORDS_BEFORE.sub("", change.text), level, True
    return _level_after(doc, i)


def _level_after(doc: Document, i: int) -> tuple[str, Claim, bool] | None:
    """ "shed 142 points, or 1.1%, on Wednesday to close at 5,960": the one level of the
    change's unit in the sentence, after the two, that no base word ("from", "than":
    words.tsv, classes "base", "base:change") introduces, is the level after."""
    change, sentence = doc.claims[i - 1], doc.contexts[i].sentence
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
