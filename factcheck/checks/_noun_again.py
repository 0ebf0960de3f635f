"""FC204: a part written "N of the NOUN" whose noun names again the things an earlier count
counted.

"Corran Haulage keeps 64 tankers on the road. Safety checks in April found leaks in 71
of the tankers"; "The library lends 1,200 e-readers. Last month, 1,450 of the e-readers
were out": "the" before a plural noun that a count of the sentences before counted (the same head
noun, the extractor's claim.noun) points back to those things, so that count is the
part's whole, whatever role and measure the frames gave the part. Read only when the
words after "of the" are the part's noun and nothing narrows it to another whole ("71 of
the tankers in the union's pool": a scope word, fig.QUALIFIERS, not before a date; "of
the county's tankers": a possessive), when exactly one earlier count of that noun (a
plain level or total) stands in the BACK sentences before, in the part's section, with
no figure of its unit before the part in the part's own sentence, and when the two are
dated alike: the same period, or a count that states none (a standing count) and a part
dated in a stretch of at most a year that ends within a year of the draft's date ("in
May", "last month"), not one of another year ("Corran ran 64 tankers in 2015. In 2024, 71
of the tankers ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._sections import section_break, sentence_index
from factcheck.checks._story import STRETCH_DAYS
from factcheck.lexicon import lexicon
from factcheck.model import Claim

BACK = 2  # sentences before the part's own that its whole is looked for in
_YEAR = timedelta(days=366)
_OF_THE = re.compile(r"\s+of\s+the\s+")
_WORD = re.compile(r"\s*([\w'’-]+)")
_TIMES = lexicon().with_role("month") | lexicon().with_role("weekday")


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) claim indices, as the module says."""
    for i, c in enumerate(doc.claims):
        if not _plain(c) or not c.noun or doc.frames[i].role in ("change", "share"):
            continue
        of = _OF_THE.match(doc.text, c.end)
        if of is None or not doc.text.startswith(c.noun, of.end()):
            continue
        if _narrowed(doc.text, of.end() + len(c.noun)):
            continue  # "71 of the tankers in the union's pool": a whole of its own
        j = _whole(doc, i, _head(c.noun))
        if j is not None:
            yield i, j


def _narrowed(text: str, end: int) -> bool:
    """Whether the words after the part's noun (ending at end) give its whole a holder or a
    scope of its own: a possessive, or a scope word (fig.QUALIFIERS) not followed by a
    date ("in May", "in 2025", "on Monday": the part's time, not its whole's scope)."""
    if text[end : end + 1] in ("'", "’"):
        return True
    after = _WORD.match(text, end)
    if after is None or after.group(1).lower() not in fig.QUALIFIERS:
        return False
    dated = _WORD.match(text, after.end())
    return dated is None or not (dated.group(1).isdigit()
                                 or dated.group(1).lower() in _TIMES)


def _whole(doc: Document, i: int, head: str) -> int | None:
    """The one earlier count of head in the BACK sentences before part i's, else None."""
    found = None
    for j in range(i - 1, -1, -1):
        if sentence_index(doc, j) < sentence_index(doc, i) - BACK or section_break(doc, j, i):
            break
        other = doc.claims[j]
        if other.unit != doc.claims[i].unit:
            continue
        if sentence_index(doc, j) == sentence_index(doc, i):
            return None  # a figure of the unit in the part's own sentence: its readings'
        if not (other.noun and _head(other.noun) == head):
            continue  # a count of other things
        if found is not None or not _plain(other) or doc.frames[j].role not in (
                "level", "total"):
            return None  # two counts of the noun, or one that is no plain count: unsure
        found = j
    if found is None or not _dated_alike(doc.frames[found].period, doc.frames[i].period,
                                         doc.as_of):
        return None
    return found


def _dated_alike(whole: tuple[date, date] | None, part: tuple[date, date] | None,
                 as_of: date) -> bool:
    """The same period, or a standing whole and a part of at most a year ending within a
    year of the draft's date."""
    if whole == part:
        return True
    if whole is not None or part is None:
        return False
    return (as_of - _YEAR <= part[1] and part[0] <= as_of + _YEAR
            and (part[1] - part[0]).days <= STRETCH_DAYS)


def _head(noun: str) -> str:
    """The noun's last word, lower case, without a plural s ("apple trees" -> "tree")."""
    return noun.lower().replace("-", " ").split()[-1].rstrip("s")


def _plain(c: Claim) -> bool:
    return (c.change is None and not c.multiplier and c.high is None and "percent" not in c.unit
            and c.bound in ("exact", "approx"))
