"""A span stated with the years it ran between, for FC206.

Three ways a sentence sets a span in years between two years it names:

- after a verb of duration ("took", "lasted": words.tsv, class "took"), ending its clause
  (a colon, comma or "from" after it; not "took 4 years to plan"), with exactly two
  years after it, the first before the second: "Building the viaduct took 15 years: work
  began in 1862 and the first train crossed in 1871"; or with the work it took ending
  the clause ("took 15 years to build: ..."), the first of the two years a start; or
  ending its sentence, with exactly two before it, the first a start or the first of
  "from 2014 to 2019" ("The refit, which ran from 2014 to 2019, took five years"), and
  nothing but a bare pronoun between the second and the verb ("The strike, which began
  on 3 March and ended on 28 March, lasted 40 days"; not "...; the extension took two years");
- after "after", ending its clause, with exactly two years before it in its sentence, the
  first a start (factcheck.checks._dates: "began in", "opened in"): "Work began in 2011
  and ended in 2023, after 12 years of delays";
- before "after", with exactly one year in the clause after "after" and exactly one
  year before the span in its sentence: "The pier reopened in 2024, eleven years after
  it was shut in 2013"; when no year stands before the span, a day of the story's week
  does ("on Friday", "yesterday": frames.tsv, class "when", in the draft's year:
  "Ministers met on Friday, 12 years after ... in 2019"); and when the span opens its
  sentence, the one year of the clause after the "after" clause, else its day of the
  story's week: "Twelve years after the bridge fell in 2019, a new one opened on Friday".

The span must be the two years' difference, give or take one (the days are unknown),
the figure within its band; decades and centuries count in years. Where both points are
days ("began on 3 March and ended on 28 April, after 11 weeks"; a day without its year
takes the other's, else the draft's, and a second day earlier in the calendar is in the
next year), a span in days, weeks or months (or years) must be the days between them,
give or take one day (a month is 28 to 31 days), the figure within its band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from factcheck import tolerance, written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods
from factcheck.frames.stretches import MONTHS
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding
from factcheck.units import convert

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")  # "1762" too: a span is often old
_ENDS = re.compile(r"\s*(?:[:;,(—–-]|from\b|between\b)", re.IGNORECASE)
# the work a span took, ending its clause at a colon or dash that opens its two ends:
# "took six years to build:"; not "to plan and two to build:" (two spans), nor "to plan;
# building began in 2010 ..." (another part of the work)
_TO_DO = re.compile(r"\s+to\s+[a-z]+(?:\s+(?!and\b|but\b)[a-z]+){0,3}(?=\s*[:(—–])",
                    re.IGNORECASE)
_LEAD = re.compile(r"\b([a-z]+)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                   re.IGNORECASE)
_AFTER_LEAD = re.compile(r"\bafter\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?$",
                         re.IGNORECASE)
_OF_WORK = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:[.;,]|\band\b|$)",
                      re.IGNORECASE)  # the span ends its clause
_AFTER = re.compile(r"\s+after\b", re.IGNORECASE)
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?;]|$)")
_SAME_SUBJECT = re.compile(  # ", lasted", "; it took": nothing but a bare pronoun between
    r"[\s,;:—–-]*(?:and\s+)?(?:(?:it|they|this|that|which)\s+)?(?:(?:has|had|have)\s+)?",
    re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"\b(?!(?:a|an|about|some|nearly|almost|over|more|than|just|only)\b)"
                           r"[a-z]+\b", re.IGNORECASE)  # a span that opens its sentence
_ANY_DAY = re.compile(r"\b(?:a|an|every|each|one|that|the|following|previous|same)\s+$",
                      re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|when|while|where)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.]|\band\b|\bbut\b", re.IGNORECASE)
_FROM_TO = re.compile(  # the first year of "from 2014 to 2019", "between 2014 and 2019"
    r"(?<=\bfrom\s)(?:1[5-9]|20)\d\d\s*(?:to|until|till|through|[-–])\s*(?:1[5-9]|20)\d\d\b|"
    r"(?<=\bbetween\s)(?:1[5-9]|20)\d\d\s+and\s+(?:1[5-9]|20)\d\d\b", re.IGNORECASE)
_IN_YEARS = {"year": 1.0, "decade_of_years": 10.0, "century": 100.0}
_IN_DAYS = ("day", "week", "month", *_IN_YEARS)
_MONTH = r"(?P<m{n}>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len,
                                        reverse=True)) + r")\b\.?"
_DAY = re.compile(  # "3 March", "3rd of March 2025", "March 3", "March 3, 2025"
    r"(?<![\w-])(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(n=1)
    + r"|" + _MONTH.format(n=2) + r"\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?(?!\d))"
    r"(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)(?!\d))?")


class Point(NamedTuple):
    """A time its sentence names: a year, or a day (month and day, its year if written)."""

    at: int  # offset in the text
    year: int | None
    day: tuple[int, int] | None = None  # (month, day)
    end: int = 0  # offset after it


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each span that the two times its sentence sets it between do not allow."""
    for i, c in enumerate(doc.claims):
        if c.unit not in _IN_DAYS or c.change or c.high is not None:
            continue
        ends = (_took(doc, i) or _after_span(doc, i) or _span_after(doc, i)
                or _ended_span(doc, i))
        if ends is None:
            continue
        days = _days(ends, doc.as_of)
        found = (_judge_days(doc, c, ends, days) if days is not None
                 else _judge_years(doc, c, ends))
        if found is not None:
            yield fig.finding(check_id, c, found, None)


def _judge_years(doc: Document, c: Claim, ends: tuple[Point, Point]) -> str | None:
    """The message when the two years do not allow the span, else None."""
    first, last = ends[0].year, ends[1].year
    if c.unit not in _IN_YEARS or first is None or last is None or last <= first:
        return None
    span = last - first
    low, high = (convert(v, c.unit, "year")
                 for v in _calendar.interval(c, doc.config.approx_tolerance))
    if high < span - 1 or low > span + 1:
        return (f"From {first} to {last} is {span - 1} to {span + 1} years, not "
                f"\"{written_figures.as_noun(c)}\".")
    return None


def _judge_days(doc: Document, c: Claim, ends: tuple[Point, Point], days: int
                ) -> str | None:
    """The message when the days between the two dates do not allow the span."""
    if days <= 0:
        return None
    low, high = (convert(v, c.unit, "day")
                 for v in tolerance.interval(c, doc.config.approx_tolerance))
    months = convert(c.value, c.unit, "month") if c.unit != "day" else 0.0
    slack = 1 + 2 * months  # a day either way; a month is 28 to 31 days
    if high + slack < days or low - slack > days:
        first, last = (doc.text[p.at : p.end] for p in ends)
        return f"From {first} to {last} is {days} days, not \"{c.text}\"."
    return None


def _days(ends: tuple[Point, Point], as_of: date) -> int | None:
    """The days from the first point to the second when both are days, else None."""
    (_, y1, d1, _), (_, y2, d2, _) = ends
    if d1 is None or d2 is None:
        return None
    first_year = y1 or y2 or as_of.year
    second_year = y2 or first_year
    try:
        first, second = date(first_year, *d1), date(second_year, *d2)
        if second < first and y2 is None:
            second = date(second_year + 1, *d2)
    except ValueError:
        return None  # "31 February": no day
    return (second - first).days


def _points(doc: Document, lo: int, hi: int) -> list[Point]:
    """The days and years written between lo and hi, in order (a day's year is part of
    the day)."""
    found: list[Point] = []
    taken: list[tuple[int, int]] = []
    for m in _DAY.finditer(doc.text, lo, hi):
        month = MONTHS[(m.group("m1") or m.group("m2")).lower().rstrip(".")]
        day = int(m.group("d1") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else None
        found.append(Point(m.start(), year, (month, day), m.end()))
        taken.append(m.span())
    for y in _YEAR.finditer(doc.text, lo, hi):
        if not any(a <= y.start() < b for a, b in taken):
            found.append(Point(y.start(), int(y.group(0)), None, y.end()))
    return sorted(found)


def _took(doc: Document, i: int) -> tuple[Point, Point] | None:
    """ "took 15 years: work began in 1862 and ... in 1871": the two years after it; or,
    when the span ends its sentence and none follows, the two times before it, the
    first a start ("The strike, which began on 3 March and ended on 28 March, lasted 40
    days")."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    lead = _LEAD.search(doc.text, max(sentence[0], c.start - 24), c.start)
    if lead is None or lead.group(1).lower() not in fig.words("took"):
        return None
    if _ENDS.match(doc.text, c.end):
        years = _points(doc, c.end, sentence[1])
        return (years[0], years[1]) if len(years) == 2 else None
    done = _TO_DO.match(doc.text, c.end)
    if done is not None:  # "took six years to build: work began in 1998 and ... in 2004"
        years = _points(doc, done.end(), sentence[1])
        if len(years) == 2 and _starts(doc, done.end(), sentence[1], years[0]):
            return years[0], years[1]
        return None
    if not _SENTENCE_ENDS.match(doc.text, c.end):
        return None  # "took 4 years to plan": a span of another part of the work
    years = _points(doc, sentence[0], c.start)
    if len(years) != 2 or not _starts(doc, sentence[0], c.start, years[0]):
        return None
    if not _SAME_SUBJECT.fullmatch(doc.text, years[1].end, lead.start()):
        return None  # "opened in 1990 and was extended in 2010; the extension took two
        # years": the span is another thing's
    return years[0], years[1]


def _after_span(doc: Document, i: int) -> tuple[Point, Point] | None:
    """ "began in 2011 and ended in 2023, after 12 years of delays": two years before the
    span, the first a start; the span ends its clause."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    if not (_AFTER_LEAD.search(doc.text, max(sentence[0], c.start - 16), c.start)
            and _OF_WORK.match(doc.text, c.end, sentence[1])):
        return None
    years = _points(doc, sentence[0], c.start)
    if len(years) != 2 or not _starts(doc, sentence[0], c.start, years[0]):
        return None
    return years[0], years[1]


def _span_after(doc: Document, i: int) -> tuple[Point, Point] | None:
    """ "reopened in 2024, eleven years after it was shut in 2013": one year in the clause
    after "after", one before the span."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    after = _AFTER.match(doc.text, c.end, sentence[1])
    if after is None:
        return None
    end = _CLAUSE_END.search(doc.text, after.end(), sentence[1])
    then = _points(doc, after.end(), end.start() if end else sentence[1])
    now = _points(doc, sentence[0], c.start)
    if not now and not _WORDS_BEFORE.search(doc.text, sentence[0], c.start):
        if end is not None:  # "Twelve years after ..., a new one opened on Friday"; "...
            # this week": the main clause's one day, or period phrase in its first clause
            main = _CLAUSE_END.search(doc.text, end.end(), sentence[1])
            now = (_points(doc, end.end(), sentence[1]) or _story_day(doc, end.end(), sentence[1])
                   or _period_year(doc, end.end(), main.start() if main else sentence[1]))
    elif not now:  # "Ministers met on Friday, 12 years after ..."; "reopened this summer"
        now = _story_day(doc, sentence[0], c.start) or _period_year(doc, sentence[0], c.start)
    if len(then) != 1 or len(now) != 1 or _points(doc, c.end, after.end()):
        return None
    return then[0], now[0]


def _ended_span(doc: Document, i: int) -> tuple[Point, Point] | None:
    """ "retired on Friday after a 12-year tenure that began in 2004": a span after "after
    a", ended by the event a day of the story's week dates before it (_story_day), with
    exactly one year after it in its sentence, a start (factcheck.checks._dates)."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    if not _AFTER_A.search(doc.text, max(sentence[0], c.start - 16), c.start):
        return None
    then = _points(doc, c.end, sentence[1])
    if len(then) != 1 or not _starts(doc, c.end, sentence[1], then[0]):
        return None
    now = _story_day(doc, sentence[0], c.start)
    return (then[0], now[0]) if len(now) == 1 else None


_AFTER_A = re.compile(r"\bafter\s+(?:a|an|her|his|their|its)\s+$", re.IGNORECASE)


def _story_day(doc: Document, lo: int, hi: int) -> list[Point]:
    """The one day of the story's week written between lo and hi (frames.tsv, class
    "when": "on Friday", "yesterday"), as a point in the draft's year; else none."""
    days = [m for m in fig.WORDS.finditer(doc.text, lo, hi)
            if lexicon().frame_class(m.group(0).lower(), "when")]
    if len(days) != 1 or _ANY_DAY.search(doc.text, lo, days[0].start()):
        return []  # "on a Saturday", "the following Monday": no day of the story's week
    if _RELATIVE.search(doc.text, lo, hi):
        return []  # "On Monday MPs debated the report, which came two years after ...":
        # the day is another clause's
    return [Point(days[0].start(), doc.as_of.year, None, days[0].end())]


def _period_year(doc: Document, lo: int, hi: int) -> list[Point]:
    """The one period phrase written between lo and hi, read against the draft's date
    (factcheck.frames.periods: "this summer", "last year", "last month"), as a point in
    its year when it lies inside one year; else none."""
    found = periods(doc.text[lo:hi], lo, doc.as_of)
    if len(found) != 1 or _RELATIVE.search(doc.text, lo, hi):
        return []
    start, end, period = found[0]
    if period is None or period[0].year != period[1].year:
        return []
    return [Point(start, period[0].year, None, end)]


def _starts(doc: Document, lo: int, hi: int, point: Point) -> bool:
    """Whether the point is a start (factcheck.checks._dates: "began in 2011", "opened
    on 3 March") between lo and hi."""
    if point.day is not None:
        verb = _dates.START.search(doc.text, max(lo, point.at - _dates.BACK), point.at)
        return verb is not None and not verb.group("verb").lower().startswith(
            ("born", "last"))
    if _FROM_TO.match(doc.text, point.at):
        return True  # "which ran from 2014 to 2019": the first year of a span written out
    return any(s.year == point.year and not s.born and not s.last
               for _, s in _dates.all_starts(doc.text, [(lo, hi)]))
