"""Each figure's period, from the period phrases of its sentence (periods.py) chosen by
nearness (when.py), then filled in from the figures around it:

- a phrase inside an apposition or relative clause holds only there, and a figure in one
  takes only its phrases ("the school, which has 400 pupils, lost 20 teachers in 2024"); but
  a relative clause or participle phrase of the figure's own noun tells when its thing
  happened, and its phrases date the figure ("the 68 mm that fell on Tuesday night",
  "the 320 arrests made on Friday": Reading.told);
- a phrase in a clause of another event ("after the bank cut rates on Friday") or in a
  later part of a sentence after a semicolon dates no figure outside it (clauses.py), and
  a figure in such a clause takes no period carried from outside it;
- a phrase right after a change's base is the base's ("down from 52 in 2000");
- a restatement in another unit, or a figure set beside the one before as an apposition
  ("lost 1,300 hectares over five years, a tenth of their area"), has its period;
- a change with no period of its own has its level's (not a level dated by its base),
  or, after "has since" / "since then", runs from the period before to as_of;
- a figure with none after "then", "at the time", "that year" has the last period named
  before it; one told in the past tense has the period of the figure before it of the
  same telling (carried.py); in a future-tense clause a bare month is the coming one and
  a change's deadline ("by 2030") runs from as_of (ahead.py);
- an end of a change across whole years takes its own year ("from 1% to 32% between
  2012 and 2018"); the level after "to" of a change since some date holds on as_of's
  day, the day the draft speaks for (the blind frames sets, 12 of 13 such levels);
- the length of one event dated by a day or a weekend ("jailed for six years on Friday",
  "a 26-month repair ended on Friday") holds for no period: the day dates the event, not its
  length ("a 12-year tenure from 2004 to 2012" keeps its span), but a length in hours,
  minutes or seconds in the day's own clause is the time that day's event took and keeps
  the day ("shut for six hours on Thursday": took.py); a length that is a
  statistic of a period ("an average of 41 minutes in April", "the response time was 48
  minutes in August, up from 39 minutes") keeps the period;
- a definite count of a place's people that will do something ("Northtown's 62,310
  residents will vote in May") is held now: the date on the verb dates the event
  (event_count.held_by_event).
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from factcheck.frames.ages import describes
from factcheck.frames.ahead import ahead
from factcheck.frames.carried import (
    CARRIED,
    EVENT_DAYS,
    NEAR_PHRASES,
    carried,
    level_period,
    since_then,
    then,
)
from factcheck.frames.draft import Draft
from factcheck.frames.periods import periods
from factcheck.frames.read import Reading
from factcheck.frames.relations import NEAR
from factcheck.frames.role import is_conversion
from factcheck.frames.took import took
from factcheck.frames.when import choose, ends_of_spans, is_base, owned
from factcheck.model import Claim

Period = tuple[date, date]
Found = list[tuple[int, int, Period | None]]


def periods_of(draft: Draft, readings: list[Reading], as_of: date) -> list[Period | None]:
    """Each claim's period; a named period that cannot be read makes the frame unsure."""
    chosen: list[Period | None] = [None] * len(draft.claims)
    bases: set[Period | None] = set()  # periods of the bases of changes ("as in 2015")
    found_in: dict[int, Found] = {}
    since_in: dict[int, list[int]] = {}
    then_in: dict[int, list[int] | None] = {}
    compared: dict[int, Period | None] = {}  # a comparison's period, its base's included
    for k, group in draft.groups.items():
        anchor = _event_period(draft, chosen, bases, k)
        found = found_in[k] = periods(draft.sentence(k), draft.spans[k][0], as_of, anchor)
        bases.update(p for s, _, p in found if is_base(draft.text, s))
        _choose(draft, readings, found, group, chosen, as_of, compared)
    ends_of_spans(draft.text, draft.claims, chosen)
    for i in range(1, len(chosen)):  # "44C (111F) on Monday": a restatement's period
        if chosen[i] is None and (readings[i].appos or is_conversion(
                draft.text, draft.claims[i - 1], draft.claims[i])):
            chosen[i] = chosen[i - 1]  # "lost 1,300 hectares, a tenth of their area"
    for i, reading in enumerate(readings):
        if reading.role == "change" and chosen[i] is None:
            chosen[i] = (since_then(draft, found_in, since_in, i, as_of)
                         or then(draft, found_in, then_in, i, as_of)  # "over the same
                         # period ... rose by 37": the period named before, not a guess
                         or level_period(draft, readings, chosen, i, bases)
                         or compared.get(i))
    for i, reading in enumerate(readings):
        if chosen[i] is None and reading.role in (*CARRIED, "change"):
            chosen[i] = then(draft, found_in, then_in, i, as_of)
        if chosen[i] is None and reading.tense == "past" and reading.role in CARRIED:
            chosen[i] = carried(draft, readings, chosen, i, bases)
    for i, reading in enumerate(readings):
        chosen[i] = _end_of_change(reading, chosen[i], as_of, any(
            readings[j].role == "change" and draft.sentence_of[j] == draft.sentence_of[i]
            for j in range(max(0, i - NEAR), i)))
        if (reading.role == "duration" and (span := chosen[i]) is not None
                and (span[1] - span[0]).days < EVENT_DAYS
                and not _statistic(draft.text, draft.claims[i])
                and not took(draft, found_in.get(draft.sentence_of[i], []), i, span)):
            chosen[i] = None  # "jailed for six years on Friday": the day dates the event;
            # "shut for six hours on Thursday", "ran it in 9.97 seconds on Saturday": a
            # length counted in hours, minutes or seconds is the time the day's event took
            # (not "a 48-hour strike ended on Monday": a modifier names the event's kind)
        if reading.role == "age" and describes(draft.text, draft.claims[i]):
            chosen[i] = None  # "the 27-year-old has now won": the age names its holder
        if reading.by_event and reading.tense == "future":
            chosen[i] = None  # "Northtown's 62,310 residents will vote in May": May
            # dates the vote; the count is held now
    return chosen


def _event_period(draft: Draft, chosen: list[Period | None], bases: set[Period | None],
                  k: int) -> Period | None:
    """The period of the event the sentence before k in its paragraph told: that of its
    last figure dated by a phrase that is no change's base. A relative phrase of sentence
    k ("two years earlier", "in the same period last year") reads against it when k names
    no period of its own (anchors.anchored)."""
    back = draft.before_in_paragraph(k, 1)
    for i in reversed(draft.groups.get(back[0], []) if back else []):
        if chosen[i] is not None and chosen[i] not in bases:
            return chosen[i]
    return None


_STATISTIC = re.compile(r"\b(?:average|median|mean|averaged|was|were|is|are|stood\s+at|from|"
                        r"to|against|than)\s+(?:of\s+)?(?:an?\s+|the\s+)?$", re.IGNORECASE)
_AVERAGE = re.compile(r"(?:an?\s+)?(?:average|median|mean)\b", re.IGNORECASE)


def _statistic(text: str, claim: Claim) -> bool:
    """Whether a length of time is the value of a measure ("an average of 41 minutes",
    "was 48 minutes", "up from 39 minutes") rather than the length of one event ("for
    six years", "a 72-hour strike")."""
    return (_AVERAGE.match(claim.text) is not None
            or _STATISTIC.search(text, max(0, claim.start - 30), claim.start) is not None)


def _choose(draft: Draft, readings: list[Reading], found: Found, group: list[int],
            chosen: list[Period | None], as_of: date,
            compared: dict[int, Period | None]) -> None:
    mine = owned(draft.text, found, draft.claims, group)
    start = draft.spans[draft.sentence_of[group[0]]][0]
    starts = [f[0] for f in found]
    for i in group:
        at = bisect.bisect_left(starts, draft.claims[i].start)
        near = range(max(0, at - NEAR_PHRASES), min(len(found), at + NEAR_PHRASES))
        every = [found[n] for n in near if mine.get(n, i) == i
                 and _within(readings[i], draft.claims[i], found[n][0],
                             found[n][1] - _stop(draft.text, found[n][1]))
                 and (n in mine or _in_clause(readings[i], draft.claims[i], draft.text,
                                                  start, found[n][0], found[n][1]))]
        base = readings[i].base or (0, 0)
        inside = [f for f in every if not base[0] <= f[0] < base[1]]  # "twice as many as
        # in 2019": 2019 dates what the change is compared with ...
        if len(inside) < len(every):  # ... unless nothing else dates the change ("eight
            compared[i] = choose(draft.text, every, draft.claims[i], True, start).period
            # times the world average in 2023")
        choice = choose(draft.text, inside, draft.claims[i], readings[i].role == "change",
                        start)
        chosen[i] = choice.period
        if readings[i].tense == "future" and choice.period and choice.span:
            chosen[i] = ahead(draft.text[choice.span[0]:choice.span[1]], choice.period, as_of,
                              readings[i].role == "change"
                              or draft.claims[i].change is not None)  # "cut 1,100 of its"
        if choice.named and readings[i].unsure is None:
            readings[i].unsure = ("the figure's period reaches a year back from another "
                                  "period, and its sentence names none to anchor it")


def _within(reading: Reading, claim: Claim, start: int, end: int) -> bool:
    """Whether a period phrase may hold for the figure: inside its apposition or relative
    clause when it is in one, and not inside another one ("Skerra, an island that had
    1,100 inhabitants in 1950": 1950 is not the period of the figure outside it). end
    excludes a full stop the phrase ends on ("a leak that killed 400 trout in May."), as
    the parse's spans do."""
    scope = reading.scope
    if scope is not None and not (scope[0] <= start and end <= scope[1]):
        return False
    return not any(lo <= start and end <= hi and not lo <= claim.start < hi
                   and (lo, hi) not in reading.told for lo, hi in reading.shut)


def _in_clause(reading: Reading, claim: Claim, text: str, opening: int, start: int,
               end: int) -> bool:
    """Whether a period phrase may reach a figure across the clauses with their own subject
    and tense (clauses.py): not from inside one the figure is not in ("has 640 beds, and
    it treated 91,000 patients last year"), nor from outside the figure's own unless it
    opens the sentence ("In 2024, exports rose and imports have fallen": both 2024's;
    "38% full on Monday, and the firm has banned hosepipes for its 2.2 million
    customers": the customers are not Monday's). A phrase that is a base's own ("from
    £60m when it was agreed in 2020") is read by when.owned instead. A full stop the
    phrase ends on (an abbreviated month's, "by March.") is no word of it when it is
    read inside the figure's own clause."""
    if any(lo <= start and end <= hi and not lo <= claim.start < hi
           and not any(a <= lo and hi <= b for a, b in reading.told)
           for lo, hi in reading.clauses):
        return False
    if reading.statement is not None and start >= reading.statement[1]:
        return False  # "holds 840 m3 when full; on Monday it stood at 36%": Monday's 36%
    clause = reading.clause
    if clause is None or (clause[0] <= start and end - _stop(text, end) <= clause[1]):
        return True
    return 0 <= start - opening <= 3 and not text[opening:start].strip()


def _stop(text: str, end: int) -> int:
    """1 when text ends at end on a full stop, else 0."""
    return int(end > 0 and text[end - 1] == ".")


def _end_of_change(reading: Reading, span: Period | None, as_of: date,
                   changed: bool) -> Period | None:
    """ "doubled to 5.3 million between 1961 and 2023": 5.3 million is 2023's; "grew by
    2,100 since April, to 14,800": 14,800 is as_of's day when a change figure before it in
    its sentence ("by 2,100", "doubled") makes it a change's end, else no period ("cut
    power to 8,200 homes since Sunday": "to" names whom, not a level reached)."""
    if span is None or not reading.from_to:
        return span
    if reading.from_to == "to" and span[1] == as_of and span[0] < as_of:
        return (as_of, as_of) if changed else None
    if span[0].year < span[1].year and (span[0].month, span[0].day, span[1].month,
                                        span[1].day) == (1, 1, 12, 31):
        year = span[0].year if reading.from_to == "from" else span[1].year
        return date(year, 1, 1), date(year, 12, 31)
    return span
