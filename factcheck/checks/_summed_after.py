"""A total in the sentence after its parts, for FC207: "The three legs were 42 km, 38 km
and 55 km. The riders covered 115 km in all."; "Rents take 35% of the budget and food
40%. Together they make up 85% of it."; "Duty is 18% of the price. VAT adds another 22%.
Together, taxes make up 48%."

A figure that is the first of its unit in its sentence and is marked as a total in its own sentence
("together", "in all", "between them" anywhere before it, "a combined":
factcheck.checks._sums.says_total; "in all", "in total" after it and up to three words;
a span of time right after it that counts the parts, each dated in one stretch of its
unit: "3,400 in October and 2,900 in November. That makes 7,100 in two months"),
not "together with" (a figure joined to others, not their sum), adds up the figures of
its unit in the sentence before it, and the one before that when the sentence before
holds a single one (WINDOW sentences, no heading or new story between). Every figure
of its unit there is a part: a level or share that can be added (no change, range,
bound or multiplier), no total of its own, of the total's period when it states one; a
figure of another kind between them (a count of stages beside a distance in km) is no
term. Percentages name at most one whole among the parts and the total ("of the
budget"): shares of two wholes do not add, and a sum of shares of the vote is no share of
the seats. Two parts at least. Shape: yields (parts, their sum, the total)
as factcheck.checks._across.Sum; the sum's bands are the parts' (factcheck.tolerance).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import Document, _answers, _days, _sums
from factcheck.checks._story import in_sentence, section_break, sentence_index
from factcheck.model import Claim

WINDOW = 2  # sentences before the total's that its parts are looked for in
FIRST = 4  # claims of its sentence a total may follow (counts of the parts, a year)
LEAD = 120  # characters before a total its mark is looked for in
_WITH = re.compile(r"\btogether\s+with\b|\bwith\s*$", re.IGNORECASE)  # "Together with
# the £10m from the city, ...": a figure added to others, not their sum
_SUMMING = re.compile(  # "Together, taxes make up", "In all, the riders", "Between them"
    r"\b(?:(?:al)?together|in\s+all|in\s+total|all\s+told|between\s+them)\b", re.IGNORECASE)
_SUMMED_AFTER = re.compile(  # "41 km of climbing in all", not "in all weathers"
    r"(?:\s+[a-z]+){0,3}?\s*\b(?:in\s+(?:all|total)|all\s+told|altogether)\b(?!\s+[a-z])",
    re.IGNORECASE)


def summed_after(doc: Document) -> Iterator[tuple[list[Claim], _sums.Parts, Claim]]:
    """Each total whose parts stand in the sentences before it and do not make it."""
    approx = doc.config.approx_tolerance
    for t, total in enumerate(doc.claims):
        s = sentence_index(doc, t)
        marked = _marked(doc, t)
        span = None if marked else _own_span(doc, t)
        if s == 0 or not _first_of_unit(doc, t, s) or (not marked and span is None):
            continue  # the first figure of its unit in its sentence ("the two stands
            # hold 9,100 fans": the count of the parts is no part)
        parts = _parts(doc, t, s)
        if parts is None or (span is not None and not _days.counted(doc, span, parts)):
            continue
        run = _sums.Parts(0)
        for i in parts:
            run.add(doc.claims[i], approx)
        low, high = tolerance.interval(total, approx)
        if not run.bad and (run.high < low or run.low > high):
            yield [doc.claims[i] for i in parts], run, total


def _first_of_unit(doc: Document, t: int, s: int) -> bool:
    """Whether claim t is the first of its unit in sentence s (its first FIRST claims
    are looked at: a total after more figures than that is no total of this reading, and
    a long list stays linear)."""
    before = [i for i in in_sentence(doc, s)[:FIRST] if i < t]
    return len(before) < FIRST and not any(_same_unit(doc.claims[t], doc.claims[i])
                                           for i in before)


def _marked(doc: Document, t: int) -> bool:
    """Whether claim t is marked a total within its own sentence (its LEAD characters
    before it), and can be one."""
    total, start = doc.claims[t], doc.contexts[t].sentence[0]
    lead = doc.text[max(start, total.start - LEAD) : total.start]
    if _WITH.search(lead) or _sums.cannot_add(total) or total.change:
        return False
    if doc.frames[t].role not in ("level", "total", "share"):
        return False
    return (_sums.says_total(lead, len(lead)) or _SUMMING.search(lead) is not None
            or _SUMMED_AFTER.match(doc.text, total.end) is not None)


_OVER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:in|over|across|during)\s+(?:the\s+)?$",
                   re.IGNORECASE)  # "7,100 parcels in two months", "over the three days"


def _own_span(doc: Document, t: int) -> int | None:
    """The span of time right after total t in its sentence, nothing but its noun and a
    preposition between ("That makes 7,100 parcels in two months"), when t can be a
    total: it marks t the sum of as many parts before it, each dated in one stretch of
    the span's unit (factcheck.checks._days.counted: "3,400 in October and 2,900 in
    November"), or None."""
    k = t + 1
    if k >= len(doc.claims) or doc.contexts[k].sentence != doc.contexts[t].sentence:
        return None
    total = doc.claims[t]
    if _sums.cannot_add(total) or total.change or doc.frames[t].role not in ("level", "total"):
        return None
    if doc.frames[k].role != "duration" or not _OVER.fullmatch(
            doc.text, total.end, doc.claims[k].start):
        return None
    return k


def _parts(doc: Document, t: int, s: int) -> list[int] | None:
    """The parts of total t in the WINDOW sentences before sentence s, or None."""
    total = doc.claims[t]
    parts: list[int] = []
    for back in range(1, WINDOW + 1):
        if s - back < 0:
            break
        found = [i for i in in_sentence(doc, s - back) if _same_unit(total, doc.claims[i])]
        if not found or section_break(doc, found[-1], t):
            break
        parts = found + parts
        if len(found) > 1:
            break  # a list in the sentence before: its own parts
    if len(parts) < 2 or not all(_term(doc, t, i) for i in parts):
        return None
    if total.unit == "percent":
        wholes = {_whole(doc, i) for i in (*parts, t)}
        if len(wholes - {""}) > 1:
            return None  # "30% of its power ... 40% of its water": two wholes; "40% of
            # the vote and ... 35%. Between them they hold 90% of the seats": shares of
            # the vote summed against a share of the seats
    return parts


_FREE = re.compile(r"\s+of\s+(?:what|whatever)\b", re.IGNORECASE)  # "of what drivers pay"


def _whole(doc: Document, i: int) -> str:
    """The head of the whole a percentage names after it ("of the budget": budget), ""
    for none or a free relative ("48% of what drivers pay": the whole of the shares
    before it, named again in other words)."""
    end = doc.claims[i].end
    return "" if _FREE.match(doc.text, end) else _answers.whole_after(doc.text, end)


def _same_unit(total: Claim, part: Claim) -> bool:
    if total.unit:
        return _sums.base(part.unit) == _sums.base(total.unit)
    return part.unit == "" and part.noun in (None, total.noun)


def _term(doc: Document, t: int, i: int) -> bool:
    """Whether claim i can be a term of total t's sum: a level, share or rate of its
    period, no total itself ("a combined 40%")."""
    frame, part = doc.frames[i], doc.claims[i]
    if frame.role not in ("level", "share", "rate", "total") or part.change or _sums.cannot_add(
            part):  # "total": the parse may tie two parts as total and part
        return False
    if _sums.says_total(doc.text, part.start) or _sums.total_after(doc.text, part.end):
        return False
    period = doc.frames[t].period
    return frame.period is None or period is None or frame.period == period
