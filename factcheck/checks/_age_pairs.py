"""Two ages of one person at two dated times, for FC206.

"Solis was 24 when she won the world title in 2010. Now 51, she trains boxers": the
frames give both ages one subject (the person, resolved across sentences) and a period
each (the event's year, and the draft's date for "now"). Between the two times the
person aged by the years between them, give or take one (birthdays are unknown): 24 in
2010 is 38 to 40 in 2025, not 51. An age is a count of years, with no rounding band
from its trailing zero ("70" is 70, not 65 to 75); "about" still allows 10%
(factcheck.checks._calendar).

Only ages (the frame's role, or a bare number the words make one: FC206's reading) of
the same named subject (or its surname alone) in one paragraph, both dated, are paired.
An age with no period of its frame is dated by its words (_year): set off by commas
right after the name it is the age now ("Councillor Ruth Alder, 58, was first elected
in 2001": 58 on the draft's date; not in a sentence of a death, where it is the age
at it: words.tsv, class "death"), and after "in 2001, the year she turned" it is the
age in that year;
an age set after a noun of another person's ("her coach, now 70", "his father is 80")
is someone else's and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck import figures
from factcheck.checks import Document, _calendar
from factcheck.checks import _figures as fig
from factcheck.model import Finding

_OTHER_PERSON = re.compile(  # "Her coach, now 70", "his father is 80", "the year her son
    # turned 10", "from a neighbour aged 70": another's age (not "the year she turned 40")
    r"\b(?:her|his|their|whose|a|an|the)\s+(?!(?:he|she|they)\b)[a-z]+"
    r"(?:\s+(?!(?:he|she|they)\b)[a-z]+)?(?:\s*,\s*(?:now\s+|aged\s+)?|"
    r"\s+(?:is|was|turned|turns|aged)\s+(?:now\s+)?)$", re.IGNORECASE)
MOST = 12  # ages in a paragraph beyond which the pairs are not read (a list of people)


def check(doc: Document, check_id: fig.CheckId, is_age: Callable[[int], bool]
          ) -> Iterator[Finding]:
    """Each later age that the earlier age of the same person and the years between
    them do not allow."""
    if not doc.frames:
        return
    ages = [i for i, f in enumerate(doc.frames) if f.subject and _year(doc, i) is not None
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
    when_a, when_b = _year(doc, i), _year(doc, j)
    if not _same(a.subject, b.subject) or when_a is None or when_b is None:
        return None
    if "\n\n" in doc.text[doc.claims[i].end : doc.claims[j].start]:
        return None
    first, last = (i, j) if when_a <= when_b else (j, i)
    y1, y2 = min(when_a, when_b), max(when_a, when_b)
    if y1 == y2:
        return None
    approx = doc.config.approx_tolerance
    lo1, hi1 = _calendar.interval(doc.claims[first], approx, years=True)
    lo2, hi2 = _calendar.interval(doc.claims[last], approx, years=True)
    years = y2 - y1
    low, high = lo1 + years - 1, hi1 + years + 1
    if hi2 < low or lo2 > high:
        then, age = doc.claims[first].text, doc.claims[first].value
        message = (f"Aged {then} in {y1}, {a.subject} is {figures.fmt(age + years - 1)} to "
                   f"{figures.fmt(age + years + 1)} in {y2}, not {doc.claims[last].text}.")
        return message, last
    return None


# "Ruth Alder, 58, was ...": an age set off by commas right after a name
_APPOSED = re.compile(r"[A-Z][\w'’-]*\s*,\s*$")
_COMMA = re.compile(r"\s*,")
# "in 2001, the year she turned 40", "in 1999, when he was 12": the age in that year
_THE_YEAR = re.compile(r"\b((?:1[5-9]|20)\d\d)\s*,\s*(?:the\s+year|when)\s+(?:that\s+)?"
                       r"(?:he|she|they)\s+(?:turned|was|were)\s+(?:aged\s+)?$", re.IGNORECASE)


def _year(doc: Document, i: int) -> int | None:
    """The year age i is said in: its frame's period, else an apposition's age now (not in
    a sentence of a death: the age at it), else the year it is "the year she turned"
    ("in 2001, the year she turned 40"); None when nothing dates it."""
    period = doc.frames[i].period
    if period is not None:
        return period[0].year
    claim, sentence = doc.claims[i], doc.contexts[i].sentence
    lo = max(sentence[0], claim.start - 48)
    found = _THE_YEAR.search(doc.text, lo, claim.start)
    if found is not None:
        return int(found.group(1))
    if (_APPOSED.search(doc.text, lo, claim.start) and _COMMA.match(doc.text, claim.end)
            and not fig.any_word("death").search(doc.text, *sentence)):
        return doc.as_of.year
    return None
