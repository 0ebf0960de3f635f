"""FC206 spans and ages counted from a starting year in reach.

The starting years ("founded in 1961", "born in 1972", "since 1990") are read by
factcheck.checks._dates: in the figure's sentence, in the one before when this one
opens with a pronoun or the surname (for a wait, "a 12-year wait", the one last time
there: "last won the cup in 2004"), or a birth in the next one. With one start in
reach (or for an age one birth among several), a figure that counts from it
(factcheck.checks._counts_from) must allow the time from it to the year it counts to
(factcheck.checks._ages_now.counted_to).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.checks._ages_now import OTHER_PERSON, bare_age, counted_to, ended_when
from factcheck.checks._counts_from import counts_from, exact, is_wait
from factcheck.model import Claim, Finding


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    spans = [i for i, c in enumerate(doc.claims)
             if (c.unit == "year" or bare_age(doc, i) or _thing_age(doc, i))
             and not c.change and c.high is None]
    if not spans:
        return
    ages = frozenset(i for i in spans if doc.frames[i].role == "age" or bare_age(doc, i))
    waits = frozenset(i for i in spans if is_wait(doc.frames[i]))
    found = _dates.all_starts(doc.text, _dates.reach(doc, spans, ages, waits))
    if not found:
        return
    positions = [pos for pos, _ in found]
    for i in spans:
        sentence = doc.contexts[i].sentence
        lo, hi = _dates.within(positions, sentence)
        if lo == hi and _dates.refers_back(doc.text, sentence[0]):
            before = _dates.previous(doc.text, sentence[0])
            lo, hi = _dates.within(positions, before)
            if hi - lo == 1 and not _named_before(doc.text, sentence[0], positions[lo],
                                                  before):
                continue
        elif lo == hi and i in waits:  # "... last won the cup in 2004. Sunday's win ended
            # a 12-year wait": a wait counts from the one last time in the sentence before
            lo, hi = _dates.within(positions, _dates.previous(doc.text, sentence[0]))
            if hi - lo != 1 or not found[lo][1].last:
                lo, hi = _dates.within(positions, _dates.last_after(doc.text, sentence[1]))
                if hi - lo != 1 or not found[lo][1].last:  # "... ended a 25-year wait.
                    continue  # They last won it in 2008": the one last time after
        elif lo == hi and i not in ages:  # "... has stood on Bell Street for 90 years. It
            # opened in 1961": the thing's start told right after, in a sentence of "It"
            lo, hi = _dates.within(positions, _dates.its_start_after(doc.text, sentence[1]))
            if hi - lo != 1 or found[lo][1].born or found[lo][1].last:
                continue
        after = _dates.birth_after(doc.text, sentence[1]) if i in ages and not any(
            s.born for _, s in found[lo:hi]) else None  # no birth here: "since 2019" starts
        # no age ("Shah, 39, has sat on it since 2019. He was born in 1978")
        if after is not None:  # "... has died aged 79. She was born in 1941": one birth
            lo, hi = _dates.within(positions, after)
            if hi - lo != 1 or not found[lo][1].born:
                continue
        start = _one_start(doc, i, [s for _, s in found[lo:hi]])
        if start is not None:
            finding = _check_one(doc, check_id, i, start, sentence)
            if finding is not None:
                yield finding


def _thing_age(doc: Document, i: int) -> bool:
    """A bare whole number the frames read as an age (role "age") past any person's
    (bare_age reads 0 to 130): the age of a thing ("Built in 1871, the mill turns 155")."""
    c = doc.claims[i]
    return (c.unit == "" and not c.noun and c.value == int(c.value) and c.value >= 130
            and bool(doc.frames) and doc.frames[i].role == "age")


def _one_start(doc: Document, i: int, starts: list[_dates.Start]) -> _dates.Start | None:
    """The start figure i counts from: the one start in reach, or for an age the one
    birth among several ("who turned 60 in August, was born in 1974 and has run the
    clinic since 2010": an age counts from a birth, never from "since 2010")."""
    if len(starts) == 1:
        return starts[0]
    births = [s for s in starts if s.born]
    if len(births) == 1 and (doc.frames[i].role == "age" or bare_age(doc, i)):
        return births[0]
    return None


def _named_before(text: str, start: int, year_at: int, before: tuple[int, int]) -> bool:
    """Whether a year in the sentence before may be the start of the one a sentence opens
    with: a pronoun, or a surname written in the 40 characters before the year with no
    other capitalised word between ("Striker Tom Keller, born in 1998, ... Keller, 31,
    now"; not "Tom Keller's father, born in 1960, ... Keller, 28"), or right after the
    birth clause the sentence opens with ("Born in Leeds in 1958, the composer Ada Brodie
    ... Brodie, now 76"; not "Born in 1958, his father ... Brodie, 40", nor "Born in
    1940, the founder of Brodie Foods ... Brodie, 30": lower-case words before the
    name, no "of")."""
    m = _dates.OPENING_NAME.match(text, start)
    if m is None or _dates.PRONOUN.match(text, start):
        return True  # "He", "She": as before
    lead = text[max(before[0], year_at - 40) : year_at]
    found = re.search(rf"\b{re.escape(m.group(1))}\b(?![’']s)([^A-Z]*)$", lead)
    if found is None:  # "Born in Leeds in 1958, the composer Ada Brodie ...": the person
        # the opening birth clause is said of, named right after it
        found = re.match(rf"[^,;]*?\d{{4}},\s*((?:(?!of\b)[a-z-]+\s+){{0,4}})"
                         rf"(?:[A-Z][a-z.]*\s+){{0,3}}{re.escape(m.group(1))}\b"
                         rf"(?![’']s|\s+[A-Z])", text[year_at : before[1]])
        if found is None or not _BORN_OPENS.match(text, before[0]):
            return False
    return not OTHER_PERSON.search(found.group(1))


# a sentence that opens with a birth clause: "Born in Leeds in 1958, ..."
_BORN_OPENS = re.compile(r"\s*Born\b[^,;]*\d{4},")


def _other_years(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]
                 ) -> list[int]:
    """Years after the birth year that an age may be counted to: those the sentence
    names (not one after "since", which starts a span that runs to now), and the end of
    the figure's period; a year after the draft's only when the
    figure is said in the future ("born in 1949, will be 79 when her term ends in 2028":
    the age in 2028)."""
    years = [int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *sentence)
             if not _SINCE.search(doc.text, sentence[0], y.start())]  # "has sat on the
    # council since 2018": a span that runs to now, no event the age was reached at
    period = doc.frames[i].period
    if period is not None:
        years.append(period[1].year)
    later = _FUTURE.search(doc.text, sentence[0], doc.claims[i].start) is not None
    return [y for y in years if start.year < y and (y < doc.as_of.year or later)]


_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the\s+start\s+of)[\s-]+)?$",
                    re.IGNORECASE)  # the words right before a year that starts a span to now
_FUTURE = re.compile(r"\b(?:will|shall|’ll|'ll)\s+(?:\w+\s+){0,2}?(?:be|turn|reach)\b",
                     re.IGNORECASE)


def _fits(doc: Document, claim: Claim, most: int) -> bool:
    low, high = _calendar.interval(claim, doc.config.approx_tolerance, years=True)
    return low <= most and high >= most - 1


def _check_one(doc: Document, check_id: fig.CheckId, i: int, start: _dates.Start,
               sentence: tuple[int, int]) -> Finding | None:
    claim = doc.claims[i]
    if not counts_from(doc, i, start, sentence):
        return None
    then = _other_years(doc, i, start, sentence) if start.born else []
    if any(_fits(doc, claim, year - start.year) for year in then):
        return None  # "born in 1950, died in 2020 aged 70": an age at another date
    to = counted_to(doc, i)
    most = to - start.year
    least = most - 1
    if start.born and start.day is not None and to == doc.as_of.year:  # a full birth date:
        before = (doc.as_of.month, doc.as_of.day) < (start.day.month, start.day.day)
        least = most = most - before                   # one age on the draft's date
    if least < 0:
        return None
    low, high = _calendar.interval(claim, doc.config.approx_tolerance, years=True)
    if not start.born and ended_when(doc, i) is not None:  # two years, two unknown months:
        if low <= most + 1:  # "traded for 15 years before it collapsed in 2015" (2001)
            return None      # may run 14 years and 11 months (as _until reads "until")
        message = (f"From {start.year} to {to} is at most {most + 1} years, not "
                   f"{written_figures.as_noun(claim)} (\"{start.text}\").")
        return fig.finding(check_id, claim, message, None)
    if low <= most and (high >= least or not exact(doc, i, start, sentence, bool(then))):
        return None
    what = "age" if start.born else "time"
    also = (f"; to {max(then)} (the year the sentence names) it is "
            f"{max(then) - start.year - 1} or {max(then) - start.year}") if (
                then and max(then) != to) else ""
    until = doc.as_of.isoformat() if to == doc.as_of.year else str(to)
    ages = f"{least}" if least == most else f"{least} or {most}"
    message = (f"From {start.year} to {until} the {what} is {ages} years{also}, not "
               f"{written_figures.as_noun(claim)} (\"{start.text}\").")
    suggestion = written_figures.like(claim, least) if claim.bound in ("over", "at_least") else None
    return fig.finding(check_id, claim, message, suggestion)
