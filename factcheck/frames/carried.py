"""A figure's period carried from the figures and phrases around it when it names none
of its own (timing.periods_of): the last period named before "then", "at the time", "that
year" (then); from the period before "has since" / "since then" to as_of (since_then); the
period of the figure before it of the same past-tense telling (carried); a change's level's
(level_period)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from factcheck.frames.draft import Draft
from factcheck.frames.periods import periods
from factcheck.frames.read import Reading
from factcheck.frames.relations import NEAR
from factcheck.frames.when import SINCE_THEN, is_base
from factcheck.model import Claim

NEAR_PHRASES = 6  # period phrases searched either side of a figure: linear in a long list
EVENT_DAYS = 7  # a period shorter than a week dates an event, not the stretch it lasted
Period = tuple[date, date]
Found = list[tuple[int, int, Period | None]]


_THEN = re.compile(r"(?<!\band\s)(?<!\bbut\s)(?<!,\s)(?<!\bsince\s)(?<!\buntil\s)"
                   r"(?<!\btill\s)\bthen\b(?![-\u2011])|\bat\s+(?:the|that)\s+time\b"
                   r"|\bby\s+then\b|\b(?:that|the\s+same)\s+(?:year|month|day|week)\b(?!\s+"
                   r"(?:earlier|before|ago|later|last|next|this|of|in|a)\b)"
                   r"|\b(?:over|during|in|for|across|through)\s+the\s+(?:same\s+)?(?:(?:\d{1,2}|"
                   r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:days?|"
                   r"weeks?|months?|quarter|period)\b(?![-\u2011])(?!\s+(?:to|ending|ended|"
                   r"through|before|earlier|after|later|ago|of|since|until|last|a|one)\b)",
                   re.IGNORECASE)  # "over the three months", "during the period": the one
# named before, as "then" and "that year"


def then(draft: Draft, found_in: dict[int, Found], then_in: dict[int, list[int] | None],
          i: int, as_of: date) -> Period | None:
    """ "It then had 310 branches", "at the time it held 12,000", "that year": the figure
    holds for the last period named before it, in its sentence or the one before in its
    paragraph (not a change's base), not for today. then_in caches, for each sentence that
    says so, where its period phrases start (None for one that does not): one scan a
    sentence and NEAR_PHRASES phrases a figure, so the stage stays linear."""
    k = draft.sentence_of[i]
    found = found_in.get(k, [])
    if k not in then_in:
        said = _THEN.search(draft.text, *draft.spans[k]) is not None
        then_in[k] = [f[0] for f in found] if said else None
    starts = then_in[k]
    if starts is None:
        return None
    at = bisect.bisect_left(starts, draft.claims[i].start)
    for start, _, period in reversed(found[max(0, at - NEAR_PHRASES):at]):
        if period is not None and not _base_phrase(draft.text, start):
            return period
    for back in draft.before_in_paragraph(k, 1):
        if back not in found_in:  # a sentence with no figures: read once
            found_in[back] = periods(draft.sentence(back), draft.spans[back][0], as_of)
        named = [p for s, _, p in found_in[back][-NEAR_PHRASES:]
                 if p is not None and not _base_phrase(draft.text, s)]
        if named:
            return named[-1]
    return None


def _base_phrase(text: str, start: int) -> bool:
    """Whether the period phrase at start dates what a figure is compared with ("up from
    2023", "down from 78% in May last year")."""
    return is_base(text, start) or _BASE_BEFORE.search(
        text, max(0, start - 40), start) is not None


_BASE_BEFORE = re.compile(r"\b(?:from|than|against|versus|compared\s+(?:with|to))\s+"
                          r"(?:[^,;.]|\.(?=\d)){0,30}$", re.IGNORECASE)


CARRIED = frozenset({"level", "share", "part", "total", "rate"})


def carried(draft: Draft, readings: list[Reading], chosen: list[Period | None], i: int,
             bases: set[Period | None]) -> Period | None:
    """A past-tense figure with no period phrase of its own takes the period of the
    nearest figure before it, in its sentence or the one before in its paragraph, that is
    also told in the past and dated by a phrase that is not a change's base: one event
    told across clauses and sentences ("flew 2.3 million passengers in the first
    quarter ... and 88% of its flights left on time"; "Lending made up 31% of new loans";
    "It then had 310 branches"). A present-tense figure ("the firm employs 190") is not
    carried: it holds for no period named."""
    k = draft.sentence_of[i]
    reach = {k, *draft.before_in_paragraph(k, 1)}
    for j in range(i - 1, max(-1, i - 1 - NEAR), -1):
        if draft.sentence_of[j] not in reach or _apart(readings[i], draft.claims[i],
                                                       draft.claims[j]):
            break  # "jumped 38% on Thursday after its drug cut growth by half in a
            # trial of 412 patients": the trial is another event
        period = chosen[j]
        claim = draft.claims[j]
        if _aside(readings[i], draft.claims[i], claim):
            continue  # "Ada Roe, who set up the trust 25 years ago, said it had housed
            # 9,800 families": what describes a name tells no event of the clause
        if (period is None or period in bases or readings[j].from_to == "from"
                or _COMPARED_WITH.search(draft.text, max(0, claim.start - 40), claim.start)):
            continue  # "down from a peak of 44,900 in March": March is the base's
        if draft.sentence_of[j] != k and (period[1] - period[0]).days < EVENT_DAYS:
            return None  # "brought 118 mm of rain on Tuesday. The winner collected £40,000":
            # a day dates one event; the next sentence may tell another
        if readings[j].tense is None:
            continue  # "…last year, 9% more than in 2024": no verb of its own to tell by
        if draft.sentence_of[j] != k and _other_subject(readings[i], readings[j]):
            return None  # "In Dalby, 58% ... last month. In Hesby, 49% ...": another
            # place's or holder's sentence may tell another event
        return period if readings[j].tense == "past" else None
    return None


def _apart(reading: Reading, claim: Claim, other: Claim) -> bool:
    """Whether one of two figures of a sentence is inside a clause of another event
    (clauses.events) that the other is not in."""
    return any((lo <= claim.start < hi) != (lo <= other.start < hi)
               for lo, hi in reading.events)


def _aside(reading: Reading, claim: Claim, other: Claim) -> bool:
    """Whether the other figure of a sentence is inside an apposition or relative clause
    (Reading.shut) that the figure is not in."""
    return any(lo <= other.start < hi and not lo <= claim.start < hi
               for lo, hi in reading.shut)


def _other_subject(later: Reading, earlier: Reading) -> bool:
    """Whether two figures name different entities as their subjects."""
    return (isinstance(later.subject, str) and isinstance(earlier.subject, str)
            and later.subject != earlier.subject)


_COMPARED_WITH = re.compile(r"\b(?:from|than|against|versus|compared\s+(?:with|to))\b"
                            r"[^,;.\d]{0,30}$", re.IGNORECASE)


def since_then(draft: Draft, found_in: dict[int, Found], since_in: dict[int, list[int]],
                i: int, as_of: date) -> Period | None:
    """ "which the 2021 census put at 8,912, has since fallen by 400", "Since then, its
    attendance has risen by a quarter": from the period before "since" to as_of.
    since_in caches where each sentence k says "since" (and, at -1 - k, where its period
    phrases start): one scan a sentence, so the stage stays linear."""
    k = draft.sentence_of[i]
    found = found_in.get(k, [])
    if k not in since_in:
        since_in[k] = [m.start() for m in SINCE_THEN.finditer(draft.text, *draft.spans[k])]
        since_in[-1 - k] = [s for s, _, _ in found]  # the phrases' starts, for bisection
    marks = since_in[k]
    at = bisect.bisect_left(marks, draft.claims[i].start)
    if not at:
        return None
    before_since = bisect.bisect_left(since_in[-1 - k], marks[at - 1])
    earlier = [p for _, _, p in found[max(0, before_since - 1) : before_since] if p]
    back = draft.before_in_paragraph(k, 1)
    if not earlier and back:
        prior = found_in.get(back[0]) or periods(draft.sentence(back[0]),
                                                 draft.spans[back[0]][0], as_of)
        earlier = [p for _, _, p in prior if p is not None]
    if not earlier or earlier[-1][0] > as_of:
        return None
    return earlier[-1][0], as_of


def level_period(draft: Draft, readings: list[Reading], chosen: list[Period | None],
                  i: int, bases: set[Period | None]) -> Period | None:
    """A change's period from its level: the nearest level in its sentence (not one
    dated by a change's base: "twice as big as in 2015, when it had 20"), else the
    figure just before it in its paragraph ("in 2024 ... That was down 3% from a year
    earlier"); a figure in an apposition or relative clause the change is not in is
    passed over either way."""
    k = draft.sentence_of[i]
    window = range(max(0, i - NEAR), min(len(readings), i + NEAR + 1))
    near = sorted((abs(j - i), j) for j in window if draft.sentence_of[j] == k
                  and readings[j].role != "change" and chosen[j] is not None
                  and chosen[j] not in bases
                  and not _aside(readings[i], draft.claims[i], draft.claims[j]))
    if near:
        return chosen[near[0][1]]
    before = draft.before_in_paragraph(k, 1)
    first = i  # "Exports, which make up 35% of output, fell 9%": the figure aside is
    while first and draft.sentence_of[first - 1] == k and _aside(  # no telling of its own
            readings[i], draft.claims[i], draft.claims[first - 1]):
        first -= 1
    if first and before and draft.sentence_of[first - 1] == before[0]:
        return chosen[first - 1]
    return None
