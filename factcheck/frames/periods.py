"""Periods named in a sentence: "in 2024", "in the first five months of 2025", "last year".

Each match gives the first and last day it covers; relative phrases resolve against the
draft's date (as_of): "today", "now", "currently" are NOW (the latest figure: as if no
period were named, but nearer than any other phrase); "last year", "the previous year"
and "this year" are calendar years. A phrase that shifts another period back a year ("a
year earlier", "a year before", "the same period last year") resolves against the
nearest other period of its sentence ("in the first five months of 2025 ..., a year
earlier" is January-May 2024); without one, "a year earlier" is the calendar year before
as_of's, and "the same period last year" stays unresolved (None: a period is named but
cannot be read). periods(sentence, offset, as_of) lists them with their offsets.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from datetime import date
from itertools import groupby
from operator import itemgetter

Period = tuple[date, date]
Match = re.Match[str]

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11}
_MONTH = r"(?P<m{n}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR = r"(?P<y{n}>(?:19|20)\d\d)\b"


def _months(year: int, first: int, last: int) -> Period:
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def _year(m: Match, as_of: date, n: int = 1) -> int:
    y = m.groupdict().get(f"y{n}")
    return int(y) if y else as_of.year


def _first_months(m: Match, as_of: date) -> Period | None:
    word = m.group("count").lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
    return _months(_year(m, as_of), 1, count) if 1 <= count <= 12 else None


def _part(m: Match, as_of: date) -> Period:
    first, last = {"half": (1, 6), "quarter": (1, 3)}[m.group("part").lower()]
    return _months(_year(m, as_of), first, last)


def _between(m: Match, as_of: date) -> Period | None:
    first, last = _MONTHS[m.group("m1").lower()], _MONTHS[m.group("m2").lower()]
    return _months(_year(m, as_of), first, last) if first <= last else None


def _month(m: Match, as_of: date) -> Period:
    month = _MONTHS[m.group("m1").lower()]
    return _months(_year(m, as_of), month, month)


def _whole_year(m: Match, as_of: date) -> Period:
    return _months(_year(m, as_of), 1, 12)


def _span(m: Match, as_of: date) -> Period | None:
    first, last = int(m.group("y1")), int(m.group("y2"))
    if last < 100:  # "2012-13"
        last += first // 100 * 100
    return (date(first, 1, 1), date(last, 12, 31)) if first < last else None


def _since(m: Match, as_of: date) -> Period | None:
    first = date(int(m.group("y1")), 1, 1)
    return (first, as_of) if first <= as_of else None


def _decade(m: Match, as_of: date) -> Period:
    start = int(m.group("y1"))
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(
        (m.group("part") or "").lower(), (0, 9))
    return date(start + first, 1, 1), date(start + last, 12, 31)


def _decade_before(m: Match, as_of: date) -> Period:
    year = int(m.group("y1"))
    return date(year - 10, 1, 1), date(year - 1, 12, 31)


def _before(m: Match, as_of: date) -> Period:
    """ "prior to 2010": every year before it that a table may hold."""
    return date(1900, 1, 1), date(int(m.group("y1")) - 1, 12, 31)


def _month_year(m: Match, as_of: date) -> Period:
    month = _MONTHS[m.group("m1").lower()]
    return _months(int(m.group("y1")), month, month)


def _relative(shift: int) -> Callable[[Match, date], Period]:
    def rule(m: Match, as_of: date) -> Period:
        return _months(as_of.year + shift, 1, 12)

    return rule


SHIFT: Period = (date.min, date.min)  # a year back from the sentence's other period
SAME_PERIOD: Period = (date.min, date.max)  # the same stretch of the year, a year back
NOW: Period = (date.max, date.max)  # "today", "now": the latest figure, as an unstated period


def _now(m: Match, as_of: date) -> Period:
    return NOW


def _shift(m: Match, as_of: date) -> Period:
    return SAME_PERIOD if m.group(0).startswith("the same") else SHIFT


def year_back(period: Period) -> Period:
    """The same stretch of time one year earlier (29 February becomes the 28th)."""
    first, last = period

    def back(day: date) -> date:
        year = day.year - 1
        return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))

    return back(first), back(last)


def _anchored(found: list[tuple[int, int, Period]], as_of: date
              ) -> list[tuple[int, int, Period | None]]:
    """found with each SHIFT or SAME_PERIOD read against the nearest other period."""
    plain = [(s, e, p) for s, e, p in found if p not in (SHIFT, SAME_PERIOD, NOW)]
    out: list[tuple[int, int, Period | None]] = []
    for start, end, period in found:
        if period not in (SHIFT, SAME_PERIOD):
            out.append((start, end, period))
            continue
        near = min(plain, key=lambda f: (abs(f[0] - start), f[0] > start), default=None)
        if near is not None:
            out.append((start, end, year_back(near[2])))
        elif period == SHIFT:
            out.append((start, end, _months(as_of.year - 1, 1, 12)))
        else:
            out.append((start, end, None))
    return out


_EVENT = re.compile(
    r"\b(?:founded|established|formed|created|born|built|launched|started|began)\s+$",
    re.IGNORECASE,
)
MONTH_QUICK = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """text lowered with its length kept, so offsets still hold (str.lower may not)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def _year_spots(text: str) -> list[int]:
    """Where re.finditer(r"(?:19|20)\\d\\d", text) matches, found with str.find.

    The regex engine would try every character; str.find skips to "19" and "20". As
    with finditer, a match never starts inside the one before it.
    """
    found: list[int] = []
    for pair in ("19", "20"):
        at = text.find(pair)
        while at != -1:
            found.append(at)
            at = text.find(pair, at + 1)
    spots: list[int] = []
    free = 0  # where the next match may start
    for at in sorted(found):
        if at >= free and at + 4 <= len(text) and text[at + 2 : at + 4].isdecimal():
            spots.append(at)  # isdecimal() is the regex's \d
            free = at + 4
    return spots


def _month_spots(text: str) -> list[int]:
    """Month names are capitalised: "may" and "market" need no window."""
    return [m.start() for m in MONTH_QUICK.finditer(text)]


def _word_spots(word: str) -> Callable[[str], list[int]]:
    def spots(low: str) -> list[int]:
        out, at = [], low.find(word)
        while at != -1:
            out.append(at)
            at = low.find(word, at + 1)
        return out

    return spots


# Each rule: its pattern, its reading, the cheap trigger words it needs ("2024", "May" as
# written, "year") and the words any match of it holds one of ("since"; none: ()). A
# pattern runs only in a window around its triggers, and only if the window holds one of
# its words, so a draft costs one quick scan per trigger rather than a full scan per
# pattern. Patterns run on ascii_lower(text) with no leading \b; periods() checks the word
# boundary instead.
NOW_QUICK = re.compile(r"today|now|currently|at present")
_WINDOW = 50
_Rule = tuple[re.Pattern[str], Callable[[Match, date], Period | None], str, tuple[str, ...]]
_TRIGGERS: dict[str, Callable[[str], list[int]]] = {
    "year": _year_spots, "month": _month_spots, "word": _word_spots("year"),
    "now": lambda low: [m.start() for m in NOW_QUICK.finditer(low)],
}
_RULES: tuple[_Rule, ...] = tuple(
    (re.compile(p), f, trigger, needs)
    for p, f, trigger, needs in (
        (r"first\s+(?P<count>\w+)\s+months\s+of\s+" + _YEAR.format(n=1), _first_months,
         "year", ("months",)),
        (r"(?:between|from)\s+" + _YEAR.format(n=1) + r"\s+(?:and|to|until|through)\s+"
         + r"(?P<y2>(?:19|20)\d\d)\b", _span, "year", ("between", "from")),
        (r"(?:in|during|over|between|from)\s+(?:the\s+)?" + _YEAR.format(n=1)
         + r"\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d)\b", _span, "year", ("-", "–", "/")),
        (r"since\s+" + _YEAR.format(n=1), _since, "year", ("since",)),
        (r"(?:in\s+)?the\s+decade\s+(?:before|prior\s+to|leading\s+up\s+to|to)\s+"
         + _YEAR.format(n=1), _decade_before, "year", ("decade",)),
        (r"(?:prior\s+to|before)\s+" + _YEAR.format(n=1), _before, "year",
         ("prior", "before")),
        (r"(?:in\s+)?the\s+(?:(?P<part>early|mid|late)[\s-]+)?"
         r"(?P<y1>(?:19|20)\d0)s\b", _decade, "year", ("0s",)),
        (r"first\s+(?P<part>half|quarter)\s+of\s+" + _YEAR.format(n=1), _part, "year",
         ("first",)),
        (r"between\s+" + _MONTH.format(n=1) + r"\s+and\s+" + _MONTH.format(n=2)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", _between, "month", ("between",)),
        (r"(?:in|during|since|as\s+of|by|for|of|until)\s+" + _MONTH.format(n=1)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", _month, "month", ()),
        (_MONTH.format(n=1) + r"\s+" + _YEAR.format(n=1), _month_year, "month",
         ("19", "20")),
        (r"(?:in|during|as\s+of|by|for|of|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?"
         + _YEAR.format(n=1), _whole_year, "year", ()),
        (r"(?:in|during|for|of|over)\s+the\s+" + _YEAR.format(n=1) + r"\s+(?:season|harvest|"
         r"crop|campaign|fiscal\s+year|financial\s+year|calendar\s+year)\b", _whole_year,
         "year", ("season", "harvest", "crop", "campaign", "fiscal", "financial", "calendar")),
        (r"the\s+same\s+(?:period|months?|quarter|time|week)\s+(?:of\s+)?(?:last|the\s+previous"
         r"|a|one)\s+year(?:\s+(?:earlier|before|ago))?\b"
         r"|(?:a|one)\s+year\s+(?:earlier|before|ago|previously)\b"
         r"|the\s+year\s+(?:before|earlier)\b", _shift, "word",
         ("same", "earlier", "ago", "before", "previously")),
        (r"(?:last|the\s+previous|the\s+past|the\s+prior)\s+year\b", _relative(-1), "word",
         ("last", "previous", "past", "prior")),
        (r"this\s+year\b", _relative(0), "word", ("this",)),
        (r"(?:today|now|currently|at\s+present|nowadays)\b", _now, "now", ()),
    )
)


# The rules in runs of one trigger, with every word their matches need. Within a run the
# rules may go window by window: the windows of one trigger do not overlap, so a window's
# matches never meet another's, and in each window the rules keep their order.
_Run = tuple[str, tuple[_Rule, ...], tuple[str, ...]]
_RUNS: tuple[_Run, ...] = tuple(
    (trigger, rules, tuple(sorted({word for rule in rules for word in rule[3]})))
    for trigger, rules in ((t, tuple(g)) for t, g in groupby(_RULES, itemgetter(2)))
)


def _windows(spots: list[int], size: int, length: int) -> list[tuple[int, int]]:
    """Merged [spot - size, spot + size) windows, cut to [0, length)."""
    merged: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - size), min(length, spot + size)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def periods(sentence: str, offset: int, as_of: date
            ) -> list[tuple[int, int, Period | None]]:
    """(start, end, period) of each period phrase in sentence, offsets shifted by offset;
    period None for a phrase that names a period no other phrase anchors."""
    found: list[tuple[int, int, Period]] = []
    taken = bytearray(len(sentence) + 1)
    low = ascii_lower(sentence)
    windows = {  # (lo, hi, low[lo:hi]) of each window
        name: [(lo, hi, low[lo:hi]) for lo, hi in _windows(
            spots(sentence) if name == "month" else spots(low), _WINDOW, len(low))]
        for name, spots in _TRIGGERS.items()}
    for trigger, rules, words in _RUNS:
        for lo, hi, window in windows[trigger]:
            present = {word for word in words if word in window}
            for pattern, rule, _, needs in rules:
                if not needs or not present.isdisjoint(needs):
                    _read(pattern.finditer(low, lo, hi), rule, low, as_of, taken, found)
    found.sort()
    return [(start + offset, end + offset, period)
            for start, end, period in _anchored(found, as_of)]


def _read(matches: Iterator[Match], rule: Callable[[Match, date], Period | None], low: str,
          as_of: date, taken: bytearray, found: list[tuple[int, int, Period]]) -> None:
    """Add to found the periods the rule reads from matches, and mark their text taken."""
    for m in matches:
        start, end = m.start(), m.end()
        if (start and low[start - 1].isalnum()) or any(taken[start:end]):
            continue  # inside a word, or a longer rule already read this phrase
        if end < len(low) and low[end].isalnum():
            continue  # cut short by the window's edge
        if _EVENT.search(low, max(0, start - 16), start):
            continue  # "founded in 1961" dates an event, not the period of a figure
        period = rule(m, as_of)
        if period is not None:
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, period))
