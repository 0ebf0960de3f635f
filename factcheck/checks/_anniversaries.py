"""Anniversaries for FC206: "founded in 1985, marks its 40th anniversary this week".

An ordinal is no claim (DESIGN.md), so the "Nth anniversary" (or "birthday") is read
here from the words; its starting year is the one start (factcheck.checks._dates:
"founded in 1985", "born in 1950") in its sentence or the sentence before, or after it
in a clause of a bare pronoun ("; it was founded in 1985"): a birth for
no anniversary, any start for a birthday (a hall "founded in 1884" has its "142nd
birthday" too). The
anniversary must be the years from that start to the draft's date, give or take one (it
may be marked the year before or after).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _dates
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(anniversary|birthday)\b", re.IGNORECASE)


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each anniversary that its starting year and the draft's date do not allow."""
    for m in _ORDINAL.finditer(doc.text):
        own = _dates.previous(doc.text, m.end())
        before = _dates.previous(doc.text, own[0]) if own[0] else own
        birthday = m.group(2).lower() == "birthday"  # a person's, or a founded thing's
        starts = [s for _, s in _dates.all_starts(doc.text, [(before[0], m.start())])
                  if (birthday or not s.born) and not s.last]
        if not starts:
            starts = _after(doc, m.end(), birthday)
        if len(starts) != 1:
            continue
        start, said = starts[0], int(m.group(1))
        years = doc.as_of.year - start.year
        if abs(said - years) > 1:
            message = (f"From {start.year} to {doc.as_of.isoformat()} is {years} years, so "
                       f"the {m.group(2).lower()} is the {_ordinal(years)}, not the "
                       f"{_ordinal(said)} (\"{start.text}\").")
            yield Finding(code=check_id.code, name=check_id.name, severity=check_id.severity,
                          message=message, start=m.start(1), end=m.end(2))


def _after(doc: Document, end: int, birthday: bool) -> list[_dates.Start]:
    """The starts in the rest of the anniversary's sentence that open a clause of a bare
    pronoun ("marks its 40th anniversary; it was founded in 1985": _dates.pronoun_clause),
    none when the rest names another start too."""
    stop = doc.text.find(".", end) if doc.text.find(".", end) >= 0 else len(doc.text)
    found = _dates.all_starts(doc.text, [(end, min(len(doc.text), stop + 1))])
    starts = [s for _, s in found if (birthday or not s.born) and not s.last]
    if len(starts) != 1 or len(found) != 1:
        return []
    return starts if _dates.pronoun_clause(doc.text, end, found[0][0]) else []


def _ordinal(n: int) -> str:
    """ "1st", "22nd", "113th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
