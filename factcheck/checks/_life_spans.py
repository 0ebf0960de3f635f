"""FC206 spans between two years: a life span in brackets and a frame's run of whole years.

"Ruth Ames (1928-2019) died aged 83": the age at death must be one of the two whole
numbers of years between; "a 12-year tenure from 2004 to 2012" (the frame's period runs
from one whole year to another, the years written so): the span is the years between,
give or take one; so is a length set beside the span as an apposition with no period
of its own ("ran from 1990 to 1996, a run of nine years."). An age beside a life span is
the age at death only when its own clause says so ("died at 84", "was 85 when she died",
"lived to 80"); any other is an age inside the life ("wrote his last opera at 70"): never
above the years between, and with "N years before his death" right after it, age and
span add up to them (_in_life).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from factcheck import written_figures
from factcheck.checks import Document, _calendar
from factcheck.checks import _figures as fig
from factcheck.checks._ages_now import bare_age
from factcheck.model import Claim, Finding

# a span of whole years right before an apposition that gives its length ("ran from 1990
# to 1996, a run of six years,"; "between 2004 and 2012, a tenure of eight years."): the
# years, then a comma and the apposition's words up to the figure
_SPAN_SET_BESIDE = re.compile(r"\b(?:from\s+|between\s+)?((?:1[6-9]|20)\d\d)\s*(?:to|until|and|-|–)"
                              r"\s*((?:1[6-9]|20)\d\d)\s*,\s*[^\d,.;:()]{0,30}$", re.IGNORECASE)
# a length "after", "before", "later" or "earlier" is the time between two events
# (factcheck.checks._took reads it), not the length of the span its sentence names
_BETWEEN_EVENTS = re.compile(r"\s+(?:after|before|later|earlier)\b", re.IGNORECASE)
_REACH = 64  # characters before a figure searched for its span: linear in a long sentence
_APPOSITION_ENDS = re.compile(r"\s*(?:[,.;)–—]|$)")
_LIFE = re.compile(r"\((?:b\.\s*)?((?:1[6-9]|20)\d\d)\s*[-–]\s*((?:1[6-9]|20)\d\d)\)")
# a bare number after "lived to" ("lived to 80", "lived to be 96") is the age at death
_LIVED_TO = re.compile(r"\blived\s+(?:on\s+)?to(?:\s+be)?\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:()]")
_AGE_ALONE = re.compile(r"\s*(?:aged|at|at\s+the\s+age\s+of)?\s*", re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """An age at death beside a life span ("(1928-2019) died aged 83"), and a span in
    years whose frame's period runs from one year to another ("a 12-year tenure from
    2004 to 2012"): the years between the two must allow the figure, give or take one."""
    for i, frame in enumerate(doc.frames):
        c = frame.claim
        lived_to = _LIVED_TO.search(doc.text, max(0, c.start - 16), c.start) is not None
        age = frame.role == "age" or bare_age(doc, i) or (
            lived_to and c.unit in ("", "year") and c.value == int(c.value) and not c.noun)
        if (c.unit != "year" and not age) or c.change or c.high is not None or not (
                age or frame.role == "duration"):
            continue
        if not age and _BETWEEN_EVENTS.match(doc.text, c.end):
            continue  # "ran from 1990 to 1996, nine years after the war"
        if not age and _several(doc.text, c):
            continue  # "two five-year terms from 2006 to 2016": each span, not the run
        sentence = doc.contexts[i].sentence
        if age:
            life = _LIFE.search(doc.text, sentence[0], sentence[1])
            ends = (int(life.group(1)), int(life.group(2))) if life else None
            what = f"a life from {ends[0]} to {ends[1]}" if ends else ""
            if life and ends and not lived_to and not _at_death(doc, i, life.end()):
                yield from _in_life(doc, i, check_id, ends)
                continue  # "(1902-1979) wrote his last opera at 70": an age inside the life
        elif frame.period is None:
            ends = _set_beside(doc, i) or _one_run(doc, i)  # "from 1990 to 1996, a run of
            # six years."; "a 15-year tenure as chief constable, from 2006 to 2014"
            what = f"from {ends[0]} to {ends[1]}" if ends else ""
        elif _year_ends(frame.period) is None:  # a period of the event, not of the span:
            ends = _one_run(doc, i)  # "left in May after a 14-year spell, from 2009 to 2017"
            what = f"from {ends[0]} to {ends[1]}" if ends else ""
        else:
            ends = _year_ends(frame.period)
            span = ends and re.search(rf"\b{ends[0]}\s*(?:to|until|-|–)\s*{ends[1]}\b",
                                      doc.text[sentence[0] : sentence[1]])
            if not span or ";" in doc.text[sentence[0] + min(span.start(), c.start - sentence[0])
                                           : sentence[0] + max(span.end(), c.end - sentence[0])]:
                ends = None  # "between 2001 and 2003" may date an event, not the span; "From
                # 2014 to 2019 the mayor served; the rebuild took two years": another clause
            what = f"from {ends[0]} to {ends[1]}" if ends else ""
        if ends is None or ends[1] <= ends[0]:
            continue
        years = ends[1] - ends[0]
        least, most = (years - 1, years) if age else (years - 1, years + 1)
        low, high = _calendar.interval(c, doc.config.approx_tolerance)
        if high < least or low > most:
            said = what[0].upper() + what[1:]
            message = (f"{said} is {least} to {most} years, "
                       f"not \"{written_figures.as_noun(c)}\"."
                       if not age else
                       f"{said} gives an age of {least} or {most}, "
                       f"not \"{written_figures.as_noun(c)}\".")
            yield fig.finding(check_id, c, message, None)


def _at_death(doc: Document, i: int, life_end: int) -> bool:
    """Whether age i's own clause says the person died (words.tsv, class "death"): the
    words from the life span, or from the last clause break, to the age ("(1931-2019),
    who died at 84"), or from the age to the next figure or clause break ("was 85 when
    she died"); not "wrote his last opera at 70, 7 years before his death"."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    lo = max(life_end, sentence[0])
    before = doc.text[lo : c.start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:  # the age's own clause; an age set off alone ("..., aged 64") is the one
        # before it ("was buried in Cardiff, aged 64")
        k = len(breaks) - 1
        if _AGE_ALONE.fullmatch(before, breaks[k].end()):
            before = before[breaks[k - 1].end() if k else 0 : breaks[k].start()]
        else:
            before = before[breaks[k].end():]
    hi = min([sentence[1]] + [d.start for d in doc.claims if c.end <= d.start < sentence[1]])
    after = doc.text[c.end : hi]
    cut = _CLAUSE_BREAK.search(after)
    after = after[: cut.start()] if cut else after
    death = fig.any_word("death")
    return bool(death.search(before) or death.search(after))


# a span right after an age that dates the age's event before the death ("at 70, 7 years
# before his death"): the words after the span, up to the death word
_BEFORE_DEATH = re.compile(r"\s*(?:years?\s+)?before\s+(?:(?:his|her|their)\s+)?$",
                           re.IGNORECASE)


def _in_life(doc: Document, i: int, check_id: fig.CheckId,
             life: tuple[int, int]) -> Iterator[Finding]:
    """An age at an event inside a life (birth year, death year): never above the years
    between; and when the next figure is a span "N years before his death", the age and
    the span add up to the life, give or take the two years unknown birthdays and dates
    leave (age in whole years from the birth; the span counted from the event's year)."""
    c = doc.claims[i]
    years = life[1] - life[0]
    low, high = _calendar.interval(c, doc.config.approx_tolerance)
    if low > years:
        yield fig.finding(check_id, c, f"A life from {life[0]} to {life[1]} gives an age of "
                          f"at most {years}, not \"{written_figures.as_noun(c)}\".", None)
        return
    nxt = i + 1
    if nxt >= len(doc.claims) or doc.contexts[nxt].sentence != doc.contexts[i].sentence:
        return
    span = doc.claims[nxt]
    gap = doc.text[c.end : span.start]
    if span.unit != "year" or span.change or span.high is not None or _CLAUSE_BREAK.sub(
            "", gap).strip():
        return  # "at 70, 7 years before": only a comma between
    rest = doc.text[span.end : doc.contexts[i].sentence[1]]
    at = _death_at(rest)
    if at < 0 or _BEFORE_DEATH.match(rest[:at]) is None:
        return
    s_low, s_high = _calendar.interval(span, doc.config.approx_tolerance)
    if low + s_low > years or high + s_high < years - 2:
        yield fig.finding(check_id, c, f"An age of {written_figures.as_noun(c)}, "
                          f"{written_figures.as_noun(span)} before a death in {life[1]}, "
                          f"puts the birth in {life[1] - int(high + s_high)} to "
                          f"{life[1] - int(low + s_low)}, not {life[0]}.", None)


def _death_at(text: str) -> int:
    """Where the first death word (words.tsv, class "death") in text starts, or -1."""
    found = fig.any_word("death").search(text)
    return found.start() if found else -1


def _set_beside(doc: Document, i: int) -> tuple[int, int] | None:
    """The first and last year of a span written right before figure i's apposition, when
    the apposition ends with the figure ("ran from 1990 to 1996, a run of six years."):
    the length the apposition gives is that span's; not "nine years after the war"."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    span = _SPAN_SET_BESIDE.search(doc.text, max(sentence[0], c.start - _REACH), c.start)
    if span is None or _APPOSITION_ENDS.match(doc.text, c.end) is None:
        return None
    return int(span.group(1)), int(span.group(2))


_RUN = re.compile(r"\b(?:from\s+|between\s+)?((?:1[6-9]|20)\d\d)\s*(?:to|until|and|-|–|"
                  # "from 1921 until it closed in 1986": the run ends with the event
                  # a short clause after "until" dates
                  r"(?:until|till)\s+(?:[a-z]+\s+){1,5}?in)"
                  r"\s*((?:1[6-9]|20)\d\d)\b", re.IGNORECASE)
_OTHER_CLAUSE = re.compile(r",\s*(?:and|but)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
_MANY = re.compile(r"[\s-]+[a-z]+[^s\W]s\b", re.IGNORECASE)  # "five-year terms"


def _several(text: str, c: Claim) -> bool:
    """Whether a span written before its noun names several spans: "two five-year terms"
    (a plural noun after "N-year")."""
    return c.text.lower().endswith("year") and _MANY.match(text, c.end) is not None


def _one_run(doc: Document, i: int) -> tuple[int, int] | None:
    """The run of whole years its sentence names, when the sentence names no other year
    and holds no other span in years, for a span with no period of its own: "a 15-year
    tenure as chief constable, from 2006 to 2014"; "The strike, which ran from 2019 to
    2023, lasted seven years"; "for 56 years, from 1921 until it closed in 1986" (the
    run ends with the event a short clause after "until" dates). Not a span right after
    another figure, nor one a semicolon or ", and" sets apart from the run. The sentence
    is read once (_runs)."""
    c = doc.claims[i]
    found = _runs(doc, doc.contexts[i].sentence)
    if found is None:
        return None
    run, spans = found
    between = doc.text[min(run[1], c.end) : max(run[0], c.start)]
    if spans != 1 or ";" in between or _OTHER_CLAUSE.search(between):
        return None  # "edited it from 1980 to 2008, and wrote for it for 40 years": the
        # span of another clause
    if i > 0 and 0 <= c.start - doc.claims[i - 1].end <= 2:
        return None  # "two five-year terms" read as one figure before another
    return run[2], run[3]


def _runs(doc: Document, sentence: tuple[int, int]
          ) -> tuple[tuple[int, int, int, int], int] | None:
    """((start, end, first year, last year) of the sentence's one run of years, the number of
    its spans in years), or None when it names no run, several, or another year; memoised
    per sentence so that a long sentence is read once, not once per span."""
    memo: dict[tuple[int, int], tuple[tuple[int, int, int, int], int] | None] = (
        doc.memo.setdefault("life_spans_runs", {}))
    if sentence not in memo:
        lo, hi = sentence
        runs = list(_RUN.finditer(doc.text, lo, hi))
        if len(runs) != 1 or len(_ANY_YEAR.findall(doc.text, lo, hi)) != 2:
            memo[sentence] = None
        else:
            r = runs[0]
            spans = sum(doc.claims[j].unit == "year" for j in doc.by_sentence[sentence])
            memo[sentence] = ((r.start(), r.end(), int(r.group(1)), int(r.group(2))), spans)
    return memo[sentence]


def _year_ends(period: tuple[date, date] | None) -> tuple[int, int] | None:
    """The first and last year of a period of whole years over more than one year."""
    if period is None or (period[0].month, period[0].day) != (1, 1):
        return None
    if (period[1].month, period[1].day) != (12, 31) or period[1].year <= period[0].year:
        return None
    return period[0].year, period[1].year
