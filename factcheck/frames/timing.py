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
  same telling (_carried); in a future-tense clause a bare month is the coming one and
  a change's deadline ("by 2030") runs from as_of (ahead);
- an end of a change across whole years takes its own year ("from 1% to 32% between
  2012 and 2018"); the level after "to" of a change since some date is now (no period);
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
import calendar
import re
from datetime import date

from factcheck.frames.ages import describes
from factcheck.frames.draft import Draft
from factcheck.frames.periods import periods
from factcheck.frames.read import Reading
from factcheck.frames.relations import NEAR
from factcheck.frames.role import is_conversion
from factcheck.frames.stretches import MONTHS
from factcheck.frames.took import took
from factcheck.frames.when import SINCE_THEN, choose, ends_of_spans, is_base, owned
from factcheck.model import Claim

NEAR_PHRASES = 6  # period phrases searched either side of a figure: linear in a long list
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
            chosen[i] = (_since_then(draft, found_in, since_in, i, as_of)
                         or _then(draft, found_in, then_in, i, as_of)  # "over the same
                         # period ... rose by 37": the period named before, not a guess
                         or _level_period(draft, readings, chosen, i, bases)
                         or compared.get(i))
    for i, reading in enumerate(readings):
        if chosen[i] is None and reading.role in (*_CARRIED, "change"):
            chosen[i] = _then(draft, found_in, then_in, i, as_of)
        if chosen[i] is None and reading.tense == "past" and reading.role in _CARRIED:
            chosen[i] = _carried(draft, readings, chosen, i, bases)
    for i, reading in enumerate(readings):
        chosen[i] = _end_of_change(reading, chosen[i], as_of)
        if (reading.role == "duration" and (span := chosen[i]) is not None
                and (span[1] - span[0]).days < _EVENT_DAYS
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


_EVENT_DAYS = 7  # a period shorter than a week dates an event, not the stretch it lasted
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


_MONTH_NAME = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
_BY = re.compile(r"by\s+(?!the\s+end\b)", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"\d{4}|\d\d\s*[-–/]\s*\d\d")


def ahead(phrase: str, span: Period, as_of: date, change: bool = False) -> Period:
    """The period a month named without its year holds for in a clause in the future tense
    ("will cut 200 jobs by December", "is due to open in March", said in October): the
    coming such month, not the last one (periods.py reads a bare month as the most recent
    begun by as_of). A span that has not ended by as_of, or whose phrase names its year or
    no month ("next year"), is kept. The deadline of a change (change True: "will double
    by 2030", "will cut 1,100 jobs by June") runs from as_of to its last day; a level's
    ("will reach 2.5% of GDP by 2027") is the deadline's own period, and "by the end of
    March" that day."""
    if span[1] < as_of and not _YEAR_DIGITS.search(phrase) and _MONTH_NAME.search(phrase):
        span = _year_on(span[0]), _year_on(span[1])
    if change and _BY.match(phrase) and span[0] > as_of:
        return as_of, span[1]  # "will double by 2030": the change runs until then
    return span


def _year_on(day: date) -> date:
    """The same day a year on; a month's last day goes to that month's last day."""
    last = calendar.monthrange(day.year + 1, day.month)[1]
    if day.day == calendar.monthrange(day.year, day.month)[1]:
        return date(day.year + 1, day.month, last)
    return date(day.year + 1, day.month, min(day.day, last))


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


def _then(draft: Draft, found_in: dict[int, Found], then_in: dict[int, list[int] | None],
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


_CARRIED = frozenset({"level", "share", "part", "total", "rate"})


def _carried(draft: Draft, readings: list[Reading], chosen: list[Period | None], i: int,
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
        if draft.sentence_of[j] != k and (period[1] - period[0]).days < _EVENT_DAYS:
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


def _since_then(draft: Draft, found_in: dict[int, Found], since_in: dict[int, list[int]],
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


def _level_period(draft: Draft, readings: list[Reading], chosen: list[Period | None],
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


def _end_of_change(reading: Reading, span: Period | None, as_of: date) -> Period | None:
    """ "doubled to 5.3 million between 1961 and 2023": 5.3 million is 2023's; "grew by
    2,100 since April, to 14,800": 14,800 is now (no period)."""
    if span is None or not reading.from_to:
        return span
    if reading.from_to == "to" and span[1] == as_of and span[0] < as_of:
        return None
    if span[0].year < span[1].year and (span[0].month, span[0].day, span[1].month,
                                        span[1].day) == (1, 1, 12, 31):
        year = span[0].year if reading.from_to == "from" else span[1].year
        return date(year, 1, 1), date(year, 12, 31)
    return span
