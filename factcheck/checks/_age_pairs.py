"""Two ages of one person at two dated times, for FC206.

"Solis was 24 when she won the world title in 2010. Now 51, she trains boxers": the
frames give both ages one subject (the person, resolved across sentences) and a period
each (the event's year, and the draft's date for "now"). Between the two times the
person aged by the years between them, give or take one (birthdays are unknown): 24 in
2010 is 38 to 40 in 2025, not 51. Each age keeps its band (factcheck.tolerance).

Only ages (the frame's role, or a bare number the words make one: FC206's reading) of
the same named subject (or its surname alone) in one paragraph, both dated, are paired;
an age set after a noun of another person's ("her coach, now 70", "his father is 80")
is someone else's and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_OTHER_PERSON = re.compile(  # "Her coach, now 70", "his father is 80": another's age
    r"\b(?:her|his|their|whose)\s+[a-z]+(?:\s+[a-z]+)?(?:\s*,\s*(?:now\s+|aged\s+)?|"
    r"\s+(?:is|was)\s+(?:now\s+)?)$", re.IGNORECASE)
MOST = 12  # ages in a paragraph beyond which the pairs are not read (a list of people)


def check(doc: Document, check_id: fig.CheckId, is_age: Callable[[int], bool]
          ) -> Iterator[Finding]:
    """Each later age that the earlier age of the same person and the years between
    them do not allow."""
    if not doc.frames:
        return
    ages = [i for i, f in enumerate(doc.frames) if f.subject and f.period
            and f.claim.high is None and not f.claim.change and is_age(i) and _own(doc, i)]
    for n, i in enumerate(ages[:MOST]):
        for j in ages[n + 1 : MOST]:
            found = _pair(doc, i, j)
            if found is not None:
                yield fig.finding(check_id, doc.claims[found[1]], found[0], None)


def _own(doc: Document, i: int) -> bool:
    """Whether age i is not set after another person's noun ("her coach, now 70")."""
    start = doc.contexts[i].sentence[0]
    return _OTHER_PERSON.search(doc.text, max(start, doc.claims[i].start - 40),
                                doc.claims[i].start) is None


def _same(a: str | None, b: str | None) -> bool:
    """One person: the same name, or a surname alone for the full name ("Dunne" for
    "Kieran Dunne")."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    short, full = sorted((a, b), key=len)
    return " " not in short and full.split()[-1] == short


def _pair(doc: Document, i: int, j: int) -> tuple[str, int] | None:
    """(message, the later age) when ages i and j of one subject disagree, else None."""
    a, b = doc.frames[i], doc.frames[j]
    if not _same(a.subject, b.subject) or a.period is None or b.period is None:
        return None
    if "\n\n" in doc.text[doc.claims[i].end : doc.claims[j].start]:
        return None
    first, last = (i, j) if a.period[0] <= b.period[0] else (j, i)
    y1, y2 = doc.frames[first].period[0].year, doc.frames[last].period[0].year  # type: ignore[index]
    if y1 == y2:
        return None
    approx = doc.config.approx_tolerance
    lo1, hi1 = tolerance.interval(doc.claims[first], approx)
    lo2, hi2 = tolerance.interval(doc.claims[last], approx)
    years = y2 - y1
    low, high = lo1 + years - 1, hi1 + years + 1
    if hi2 < low or lo2 > high:
        then, age = doc.claims[first].text, doc.claims[first].value
        message = (f"Aged {then} in {y1}, {a.subject} is {figures.fmt(age + years - 1)} to "
                   f"{figures.fmt(age + years + 1)} in {y2}, not {doc.claims[last].text}.")
        return message, last
    return None
