"""Which of its sentence's period phrases a figure holds for.

The phrase nearest the figure wins; one in another clause (a comma or semicolon between)
counts CLAUSE_PENALTY characters further, and ties go to the earlier phrase. No period
reaches across "has since" or "since then" ("in the 1990s ..., this share has since
fallen to 35%" is now, not then), and a phrase that reaches a year back ("a year
earlier") holds only in its own clause. In "from X to Y between A and B", X holds for A and Y
for B; a change is not the period of its base ("up 4% from 2023" holds for the
period its level holds for, or the one the figure before it in the paragraph holds for),
and a phrase after "than" dates no figure at all ("has 2,140 officers, 310 fewer than in
2015": 2015 is the unstated figure's), nor does a dated base after "above", "below",
"short of" ("1.4 metres above its 2019 record": 2019 is the record's) but the figure it
is "of" ("its 2019 record of 5.2 metres").
A sentence is at most the parser's limit long, so a search per figure is linear
in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.model import Claim

Period = tuple[date, date]
CLAUSE_PENALTY = 1000  # characters
SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b", re.IGNORECASE)
_CLAUSE = re.compile(r";|,(?!\d)")  # "1,000" holds no clause break
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_FROM_TO = re.compile(r"\s*(?:to|and)\s*", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:\w+\s+)?$", re.IGNORECASE)
_BACK = re.compile(r"\b(?:same|earlier|before|ago|previously|previous|prior|preceding)\b",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Choice:
    """The period a figure holds for; named is True when a phrase was found that could
    not be resolved ("the same period last year" with nothing to anchor it)."""

    period: Period | None
    named: bool = False
    span: tuple[int, int] | None = None  # where the phrase chosen is in the text


_BASE = re.compile(r"\b(?:from|than|as|on|over|versus|vs\.?|against|compared\s+(?:with|to)|"
                   r"times|twice)\s+(?:in\s+)?(?:the\s+)?$", re.IGNORECASE)  # "eleven times
# its 2015 level": what a multiple is of
_THAN = re.compile(r"\bthan\s+(?:(?:in|on|at|during|for|over|by)\s+)?(?:the\s+same\s+\w+\s+"
                   r"(?:of\s+|in\s+)?)?$", re.IGNORECASE)  # "than at the same point last summer"
_FROM_BASE = re.compile(r"\b(?:from|against|than|compared\s+(?:with|to))\s+(?:\w+\s+)?$",
                        re.IGNORECASE)


_GAP_BASE = re.compile(r"\b(?:above|below|beneath|short\s+of|ahead\s+of|behind)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_OF = re.compile(r"['’]s\s+|\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?",
                 re.IGNORECASE)  # "its 2007 record of 5.4 m", "below last year's 3.8 t"


_LEAD = 8  # characters before a phrase that opens its sentence: "During ", "In "
_LEADING = re.compile(r"\s*(?:(?:in|during|over|for|on|at|by)\s+)?", re.IGNORECASE)


def choose(text: str, found: Sequence[tuple[int, int, Period | None]], claim: Claim,
           change: bool = False, opening: int = -1) -> Choice:
    """The period phrase (start, end, period) of found nearest the claim (see module).

    change: the claim is a change, whose base ("down 3% from a year earlier", "5% less
    than in 2023") is not its period. opening: where the sentence starts; a phrase that
    opens it ("In 2024, ...") holds for its whole clause, across the comma after it."""
    best: tuple[int, int, Period | None, int] | None = None
    for start, end, period in found:
        if (change and is_base(text, start)) or _THAN.search(text, max(0, start - 40), start):
            continue  # "310 fewer than in 2015": 2015 dates the unstated figure compared with
        if (_GAP_BASE.search(text, max(0, start - 20), start)
                and not (end <= claim.start and _OF.fullmatch(text, end, claim.start))):
            continue  # "peaked at 5.8 metres, 1.4 metres above its 2019 record": 2019 dates
            # the record, the base of the gap, alone ("its 2019 record of 5.2 metres")
        if end <= claim.start:
            gap = claim.start - end
            between = (end, claim.start)
        else:
            gap = max(0, start - claim.end)
            between = (claim.end, start)
        if (end <= claim.start and 0 <= start - opening <= _LEAD
                and _LEADING.fullmatch(text, opening, start) and text[end:end + 1] == ","):
            between = (end + 1, claim.start)  # "In the first half, Acme sold 5,000 cars"
        if end <= claim.start and _TO.fullmatch(text, end, claim.start):
            gap += CLAUSE_PENALTY // 2  # "from 1.8 per 1,000 people in 2004 to 1.9 per
            # 1,000 people in 2022": 2004 is the "from" figure's, 2022 the "to" figure's
        if _CLAUSE.search(text, *between) if between[1] > between[0] else False:
            if _BACK.search(text, start, end):
                continue  # "2.3 million, up from 2.1 million a year earlier": not 2.3's
            gap += CLAUSE_PENALTY
        if best is None or gap < best[0]:
            best = (gap, end, period, start)
    if best is None:
        return Choice(None)
    if best[1] <= claim.start and SINCE_THEN.search(text, best[1], claim.start):
        return Choice(None)
    return Choice(best[2], named=best[2] is None, span=(best[3], best[1]))


_OWN_TIME = re.compile(r"\s*(?:(?:when|as|after|before)\s+[^,.;]{0,40}?\s+)?"
                       r"(?:(?:in|during|over|for|at)\s+)?")


def is_base(text: str, start: int) -> bool:
    """Whether the period phrase at start is a change's base ("up 4% from 2023")."""
    return _BASE.search(text, max(0, start - 24), start) is not None


_GAPPED = re.compile(r"[ \t]*")  # nothing between a period phrase and the figure after it


def owned(text: str, found: Sequence[tuple[int, int, Period | None]],
          claims: Sequence[Claim], group: Sequence[int]) -> dict[int, int]:
    """Phrases that belong to one figure alone: a period right after the base of a change
    ("down from 52 in 2000": 2000 is 52's, not the level's; so is it in "from £450m when
    it was approved in 2019"); a period right before a figure, between it and the figure
    before ("38 mm and the second half 91 mm": the verb left out, the phrase is 91's).
    Index into found -> claim. The figure before each phrase is found by bisection, so a
    sentence costs linear time."""
    out: dict[int, int] = {}
    ends = [claims[i].end for i in group]
    for k, (start, end, _) in enumerate(found):
        at = bisect.bisect_right(ends, start)
        if not at:
            continue
        i = group[at - 1]
        claim = claims[i]
        if (_OWN_TIME.fullmatch(text, claim.end, start)
                and _FROM_BASE.search(text, max(0, claim.start - 24), claim.start)):
            out[k] = i
        elif at < len(group) and _GAPPED.fullmatch(text, end, claims[group[at]].start):
            out[k] = group[at]  # "brought 4,100 and the second half 5,700": the verb left
            # out, the phrase right before the next figure is that figure's own
    return out


def ends_of_spans(text: str, claims: Sequence[Claim], periods: list[Period | None]) -> None:
    """ "climbed from about 4% to over 19% between 2010 and 2016": 4% is 2010's, 19% 2016's
    (periods, one per claim, changed in place)."""
    for k in range(len(claims) - 1):
        a, b = claims[k], claims[k + 1]
        if not _FROM_TO.fullmatch(text, a.end, b.start):
            continue
        if not _FROM.search(text[max(0, a.start - 20) : a.start]):
            continue
        span = periods[k]
        if span is None or span != periods[k + 1] or span[0].year >= span[1].year:
            continue
        first, last = span[0].year, span[1].year
        periods[k] = (date(first, 1, 1), date(first, 12, 31))
        periods[k + 1] = (date(last, 1, 1), date(last, 12, 31))
