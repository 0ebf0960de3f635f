"""Whether a total's span of time counts the parts listed after it, for FC207: "210mm of
rain over three days, with 88mm on Friday, 74mm on Saturday and 31mm on Sunday" names
as many parts as the span counts, each dated in a stretch of the span's own unit, all
different, so the list is complete and a sum short of the total is wrong too; and so
does a total whose clause names its days or months ("over the weekend", "on Monday and
Tuesday") when the parts name them, one each (named)."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice, product

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._story import clause_end, story_classes, story_words
from factcheck.lexicon import lexicon

_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}
# the length in days of one stretch of each unit of time (a calendar month, a year)
OVER = re.compile(r"\s+(?:over|across|during|in)\s+(?:the\s+|those\s+|these\s+)?",
                   re.IGNORECASE)  # "£5.3m over the two days": the span a figure sums
_STRETCH = re.compile(r"[^,;:.()\d]*")  # "the weekend", "Monday and Tuesday": to a stop
_READINGS = 9  # the most readings of a stretch's words tried
NAMED_OVER = re.compile(r"\s+(?:over|across|during|in|for)\s+(?:the\s+)?", re.IGNORECASE)


def span_after(doc: Document, total: int) -> int | None:
    """The claim right after figure total, in its sentence, that is a span of time led by
    a word of extent ("£5.3m over the two days", "41 in those three weeks"), else None.
    Whether it counts the parts before the figure is counted's question."""
    span = total + 1
    if span >= len(doc.claims) or doc.claims[span].unit not in _DAYS:
        return None
    if OVER.fullmatch(doc.text, doc.claims[total].end, doc.claims[span].start) is None:
        return None
    return span


def counted(doc: Document, span: int, parts: list[int]) -> bool:
    """Whether claim span is a span of time ("three days", unit "day", value 3) whose
    count is the number of parts, and every part's frame dates it in one stretch of that
    unit ("on Friday": one day), no two the same. A span that counts other things than
    the parts' stretches ("over two weeks, with £2,000 from a raffle and £1,500 ...":
    undated parts) leaves the list open."""
    c = doc.claims[span]
    lengths = _DAYS.get(c.unit)
    if lengths is None or c.high is not None or c.value != len(parts) or len(parts) < 2:
        return False
    periods = [doc.frames[i].period for i in parts]
    if any(p is None for p in periods) or len(set(periods)) != len(periods):
        return False
    return all(p is not None and lengths[0] <= (p[1] - p[0]).days + 1 <= lengths[1]
               for p in periods)


def named(doc: Document, total: int, parts: list[int]) -> bool:
    """Whether the total's clause names a stretch by its days or months ("Rain on Monday
    and Tuesday totalled 58 mm, with 21 mm on Monday and 26 mm on Tuesday"; "over the
    weekend", story.tsv class "days:...": Saturday and Sunday) and the parts, two or
    more, counting no other noun, name those, one name each, each name once and no
    other word but stopwords ("on Saturday", not "on Saturday morning"): the parts
    cover the total's
    stretch, so the list is complete. The names are read as written, capitalised, not
    resolved to dates: the frames may date "Monday" in two clauses differently."""
    start = doc.claims[total - 1].end if total and total - 1 not in parts else 0
    start = max(start, doc.contexts[total].sentence[0])
    wholes = _readings(doc.text, start, doc.claims[parts[0]].start)
    return _covers(doc, total, parts, wholes, clause_end(doc, parts[-1]))


def named_after(doc: Document, total: int, parts: list[int]) -> bool:
    """Whether a total after its parts is followed by a word of extent and a stretch its
    clause names ("311 on Saturday and 287 on Sunday, 634 across the weekend"; "..., 61
    over Monday and Tuesday") that the parts name, one each, as named reads them: the
    span marks the figure as their sum, and the list is complete."""
    lead = NAMED_OVER.match(doc.text, doc.claims[total].end)
    if lead is None or total in parts or not parts or max(parts) > total:
        return False
    stretch = _STRETCH.match(doc.text, lead.end(), doc.contexts[total].sentence[1])
    wholes = _readings(doc.text, lead.end(), stretch.end() if stretch else lead.end())
    return _covers(doc, total, parts, wholes, doc.claims[total].start)


def _covers(doc: Document, total: int, parts: list[int], wholes: list[frozenset[str]],
            last: int) -> bool:
    """Whether the parts, each up to the next (the last up to last), name the days or
    months of one reading of the whole (_readings), one each, with no other word but
    stopwords and list joins."""
    ends = [doc.claims[j].start for j in parts[1:]] + [last]
    spans = [(doc.claims[i].end, end) for i, end in zip(parts, ends, strict=True)]
    if any(_other_words(doc.text, *span) for span in spans):
        return False  # "£1,960 on Saturday morning": a stretch of the day, not all of it
    each = [_names(doc.text, *span) for span in spans]
    if len(parts) < 2 or any(len(n) != 1 for n in each):
        return False
    if len({doc.claims[i].noun for i in (total, *parts)} - {None}) > 1:
        return False  # "120 adults on Saturday and 70 children on Sunday": cut two ways
    found = [name for n in each for name in n]
    return len(set(found)) == len(found) and any(
        len(whole) >= 2 and set(found) == whole for whole in wholes)


def _other_words(text: str, start: int, end: int) -> bool:
    """Whether an item holds a word besides a calendar name and stopwords ("on", "and")."""
    stop = lexicon().stopwords
    return any(not _names(w, 0, len(w)) and w.lower() not in stop
               for w in fig.WORDS.findall(text, start, end))


def _names(text: str, start: int, end: int) -> set[str]:
    """The days and months named between start and end, lower case: a capitalised
    weekday or month (context.tsv), or a word that names a stretch of them."""
    found: set[str] = set()
    for word in fig.WORDS.findall(text, start, end):
        low = word.lower()
        if word[:1].isupper() and (lexicon().has_role(low, "weekday")
                                   or lexicon().has_role(low, "month")):
            found.add(low)
        for stretch in _stretches().get(low, ()):
            found |= stretch
    return found


def _readings(text: str, start: int, end: int) -> list[frozenset[str]]:
    """The sets of days or months the words between start and end may name: the
    capitalised names, with one reading of each word that names a stretch (story.tsv
    gives "weekend" as Saturday and Sunday, or Friday and Saturday)."""
    fixed: set[str] = set()
    stretches: list[tuple[frozenset[str], ...]] = []
    for word in fig.WORDS.findall(text, start, end):
        low = word.lower()
        if word[:1].isupper() and (lexicon().has_role(low, "weekday")
                                   or lexicon().has_role(low, "month")):
            fixed.add(low)
        if low in _stretches():
            stretches.append(_stretches()[low])
    readings = (frozenset(fixed.union(*chosen)) for chosen in product(*stretches))
    return list(islice(readings, _READINGS))  # bounded: linear in the text


@cache
def _stretches() -> dict[str, tuple[frozenset[str], ...]]:
    """The words of story.tsv's classes "days:A+B" with the names they stand for, one
    set per class the word is in (its readings)."""
    found: dict[str, tuple[frozenset[str], ...]] = {}
    for kind in story_classes("days:"):
        for word in story_words(kind):
            found[word] = (*found.get(word, ()), frozenset(kind.removeprefix("days:").split("+")))
    return found
