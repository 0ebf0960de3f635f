"""A span "for N years until" a year, after a start its sentence names, for FC206.

"Marr joined the bench in 1989 and served for 37 years until 2016": the span runs to the
one year of the clause after "until" ("till", "up to"; "until it closed in 1986" too),
and lies inside the years since the one start (factcheck.checks._dates: "joined in",
"opened in"; not a birth, nor a last time) the sentence names before it. It may be
shorter than the years between (it may count from a later event: "founded in 1950 and
based in Leeds for 20 years until 1990"), never longer, give or take the one year the
unknown months leave.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import written_figures
from factcheck.checks import Document, _calendar, _dates
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_FOR = re.compile(r"\bfor\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$",
                  re.IGNORECASE)
_UNTIL = re.compile(r"\s+(?:until|till|up\s+to)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.]|\band\b|\bbut\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)" + _dates.YEAR.pattern)  # _dates' years, not inside a longer number


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each span "for N years until YEAR" longer than the years since its sentence's start."""
    for i, c in enumerate(doc.claims):
        if c.unit != "year" or c.change or c.high is not None:
            continue
        lo, hi = doc.contexts[i].sentence
        if not _FOR.search(doc.text, max(lo, c.start - 24), c.start):
            continue
        until = _UNTIL.match(doc.text, c.end, hi)
        if until is None:
            continue
        stop = _CLAUSE_END.search(doc.text, until.end(), hi)
        ends = _YEAR.findall(doc.text, until.end(), stop.start() if stop else hi)
        before = _YEAR.findall(doc.text, lo, c.start)
        if len(ends) != 1 or len(before) != 1:
            continue
        starts = [s for _, s in _dates.all_starts(doc.text, [(lo, c.start)])
                  if s.year == int(before[0]) and not s.born and not s.last]
        span = int(ends[0]) - int(before[0])
        if len(starts) != 1 or span <= 0:
            continue
        low, _ = _calendar.interval(c, doc.config.approx_tolerance, years=True)
        if low > span + 1:
            message = (f"From {before[0]} to {ends[0]} is at most {span + 1} years, not "
                       f"{written_figures.as_noun(c)} (\"{starts[0].text}\").")
            yield fig.finding(check_id, c, message, None)
