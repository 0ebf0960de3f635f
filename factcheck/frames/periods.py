"""Periods named in a sentence: "in 2024", "in the first five months of 2025", "last year".

Each match gives the first and last day it covers; relative phrases resolve against the
draft's date (as_of): weekdays, "yesterday", "now", "today" and "currently" are days
(days.py); "last year" and "this year" are calendar years. A phrase that shifts another
period back a year ("a year earlier", "the year before", "the previous year", "the same
period last year") resolves against the nearest other period of its sentence ("in the
first five months of 2025 ..., a year earlier" is January-May 2024; "now ..., up from
1,610 a year earlier" is as_of's day a year before); without one, "a year earlier" and
"the previous year" are the calendar year before as_of's, and "the same period last
year" stays unresolved (None: a period is named but cannot be read). A fiscal year
named with the month it ends in ("the financial year to 31 March 2026", "fiscal 2026,
which ended in March") is the twelve months to that month, a half-year so named the six.
periods(sentence, offset, as_of) lists them with their offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from itertools import groupby
from operator import itemgetter

from factcheck.frames.anchors import anchored, later, month_half, ordinal_part, same_in, shift
from factcheck.frames.dated import day_date, restated, split_year
from factcheck.frames.days import (
    DAY,
    FEAST,
    feast,
    since_weekday,
    today,
    weekday,
    weekdays,
    yesterday,
)
from factcheck.frames.price_base import names_price_base
from factcheck.frames.spots import ascii_lower, month_spots, windows, word_spots, year_spots
from factcheck.frames.stretches import (
    COUNT_WORDS,
    MONTHS,
    calendar_unit,
    end_of,
    end_of_unit,
    first_months,
    fiscal_year,
    half_year_to,
    last_month,
    month,
    month_of_year,
    month_range,
    next_year,
    past,
    season,
    since_month,
    since_season,
    so_far,
    stretch_to,
    this_month,
    weekend,
    year_part,
    year_to,
)
from factcheck.frames.years import before as _before
from factcheck.frames.years import between as _between
from factcheck.frames.years import decade as _decade
from factcheck.frames.years import decade_before as _decade_before
from factcheck.frames.years import edge_of_year as _edge_of_year
from factcheck.frames.years import month_year as _month_year
from factcheck.frames.years import relative as _relative
from factcheck.frames.years import since as _since
from factcheck.frames.years import span as _span
from factcheck.frames.years import whole_year as _whole_year
from factcheck.frames.years import years_from as _years_from
from factcheck.frames.years import years_to as _years_to
from factcheck.written_years import MODERN_CENTURY, MODERN_YEAR

Period = tuple[date, date]
Match = re.Match[str]

_MONTHS = MONTHS
_MONTH = r"(?P<m{n}>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_YEAR = r"(?P<y{n}>" + MODERN_YEAR + r")\b"
_OF_YEAR = r"(?:\s+of\s+(?:(?:the|this)\s+year\b|" + _YEAR.format(n=1) + "))?"
_DAY_MONTH = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?" + _MONTH.format(n=1)
              + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b,?)?")  # "31 March", "March 31,"
_MONTH_HALF = (r"(?:the\s+)?(?P<ord>first|second|last|final)\s+half\s+of\s+(?:the|that|this)"
               r"\s+month\b")  # "the first half of the month": anchors.month_half
_MONTH_HALF_RE = re.compile(_MONTH_HALF)


def _elided_half(m: Match, as_of: date) -> Period | None:
    """ "the second half" after "the first half of the month" in its sentence: the "of the
    month" is left out, so it is a half of that month too (anchors.month_half); None
    otherwise (a half-year, read by year_part)."""
    return month_half(m, as_of) if _MONTH_HALF_RE.search(m.string, 0, m.start()) else None


_COUNT = r"(?P<count>" + COUNT_WORDS + ")"
# What may stand before a year that dates the noun after it: a determiner ("the",
# "its", "Kenya's") or the end of a figure whose noun it is ("$84.5 million 2024 budget",
# "a 12% 2023 rise"); the figure's end is looked behind, so the phrase starts at the year.
_NOUN_YEAR = (r"(?:(?:the|its|their|his|her|our|your|this|that|\w+['’]s)\s+"
              r"|(?<=\d\s)|(?<=%\s)|(?<=\d[mk]\s)|(?<=bn\s)|(?<=million\s)"
              r"|(?<=billion\s)|(?<=trillion\s))")
_SPLIT_TAIL = (r"(?:(?:\s+(?:fiscal|financial)\s+year)?,?\s+(?:(?:(?:the|its|their)\s+)?"
               r"(?:\w+['’]s\s+)?(?:\w+\s+)?(?:fiscal|financial)\s+year\s+|which\s+|that\s+)?"
               r"(?P<verb>starts|started|starting|begins|began|beginning|ends|ended|ending|"
               r"runs\s+to|to)\s+(?:on\s+|in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
               + _MONTH.format(n=1) + ")?")  # "2024-25, the network's fiscal year to 30 June"


_EVENT = re.compile(
    r"\b(?:founded|established|formed|created|born|built|launched|started|began|"
    r"(?P<said>said|says|reported|announced))\s+(?:(?:on|in)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$",
    re.IGNORECASE,
)
_SAYING_ENDS = re.compile(r"\s*(?:that\b|[.;:!?]|$)")  # "said on Tuesday that": the saying's
_EVENT_DAYS = 7  # a period shorter than a week dates one event (a speech), not a statistic
_DETERMINED = re.compile(r"(?:the|its|their|his|her|our|your|this|that|\w+['’]s)\s")
_RECORD = re.compile(r"\b(?:the|its|their|a)\s+(?:\w+est|most\s+\w+|least\s+\w+|best|worst|"
                     r"first|only)\s+(?:\w+\s+)?$")
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
    "year": year_spots, "month": month_spots, "word": word_spots("year"),
    "now": lambda low: [m.start() for m in NOW_QUICK.finditer(low)],
    "day": word_spots("day"),  # weekdays and "yesterday"
    "part": word_spots("quarter", "half", "months"),
    "span": word_spots("years", "decade", "months", "month", "weekend", "summer", "spring",
                        "autumn", "winter", "later", "week", "year", "night"),
}
_SINCE_EVENT = r"since\s+(?:[a-z'’]+\s+){1,4}?in\s+"  # an event dated within "since"
_BACK = r"(?P<back>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_RULES: tuple[_Rule, ...] = tuple(
    (re.compile(p), f, trigger, needs)
    for p, f, trigger, needs in (
        (_MONTH_HALF, month_half, "part", ("month",)),
        (r"(?:the\s+)?(?P<ord>first|second|last|final)\s+half(?=\s*(?:[,.;:)]|$)|\s+\d)",
         _elided_half, "part", ("month",)),
        (r"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<part>quarter|half)"
         + _OF_YEAR, year_part, "part", ("first", "second", "third", "fourth", "last", "final")),
        (r"(?:the\s+)?first\s+" + _COUNT + r"\s+months" + _OF_YEAR, first_months, "part",
         ("first",)),
        (r"(?:in|during|for|from|than|over)\s+the\s+(?P<ord>first|second|third|fourth)"
         r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|while|when|as|against|compared|from|to)\b)",
         ordinal_part, "part", ("first", "second", "third", "fourth")),
        (r"(?:(?:in|during|for|over)\s+)?the\s+same\s+(?:" + _COUNT + r"\s+)?(?:period|"
         r"months?|quarter|half|weeks?|days?|season|time)\s+(?:of|in)\s+" + _YEAR.format(n=1),
         same_in, "year", ("same",)),
        (r"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?"
         + _YEAR.format(n=1) + r"\s*[-–/]\s*(?P<y2>" + MODERN_CENTURY + r"?\d\d)(?![\d-])"
         r"(?:\s+(?P<school>school|academic)\s+year\b)?" + _SPLIT_TAIL,
         split_year, "year", ("-", "–", "/")),
        (r"(?:between|from)\s+" + _YEAR.format(n=1) + r"\s+(?:and|to|until|through)\s+"
         + r"(?P<y2>" + MODERN_YEAR + r")\b", _span, "year", ("between", "from")),
        (r"(?:in|during|over|between|from|across|for|throughout)\s+(?:(?:most|much|all)\s+of"
         r"\s+)?(?:the\s+)?(?:(?:period|years)\s+)?" + _YEAR.format(n=1)
         + r"\s*[-–/]\s*(?P<y2>" + MODERN_CENTURY + r"?\d\d)\b", _span, "year", ("-", "–", "/")),
        (r"(?:the\s+)?(?:period|years)\s+(?:from\s+|between\s+)?" + _YEAR.format(n=1)
         + r"\s+(?:to|until|through|and)\s+(?P<y2>" + MODERN_YEAR + r")\b", _span, "year",
         ("period", "years")),  # "over the period 1990 to 2010", "across the years ..."
        (r"(?:(?:in|over|during|across|within)\s+)?the\s+(?:first\s+|next\s+)?" + _COUNT
         + r"\s+years\s+(?:after|following|since|from)\s+" + _YEAR.format(n=1), _years_from,
         "year", ("years",)),  # "in the 20 years after 1995": 1995 to 2015
        (r"(?:in\s+|for\s+)?(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?" + _YEAR.format(n=1)
         + r"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|ends|to)\s+(?:on\s+|in\s+)?"
         + _DAY_MONTH, fiscal_year, "year", ("fiscal", "financial")),
        (r"since\s+(?:the\s+)?" + _YEAR.format(n=1), _since, "year", ("since",)),
        (_SINCE_EVENT + _YEAR.format(n=1), _since, "year", ("since",)),  # "since his
        # debut in 2014": from the event's year
        (r"(?:in\s+)?the\s+decade\s+(?:before|prior\s+to|leading\s+up\s+to|to)\s+"
         + _YEAR.format(n=1), _decade_before, "year", ("decade",)),
        (r"(?:(?:in|over|during)\s+)?the\s+(?:(?:past|last)\s+)?" + _COUNT + r"\s+years\s+"
         r"(?:to|up\s+to|until|through|ending\s+in)\s+" + _YEAR.format(n=1), _years_to,
         "year", ("years",)),
        (r"(?:prior\s+to|before)\s+" + _YEAR.format(n=1), _before, "year",
         ("prior", "before")),
        (r"(?:in\s+)?the\s+(?:(?P<part>early|mid|late)[\s-]+)?"
         r"(?P<y1>" + MODERN_CENTURY + r"\d0)s\b", _decade, "year", ("0s",)),
        (_SINCE_EVENT + _MONTH.format(n=1) + r"(?:\s+" + _YEAR.format(n=1) + ")?",
         since_month, "month", ("since",)),  # "since the lanes opened in May"
        (r"(?:in\s+)?the\s+(?:(?:financial|fiscal)\s+)?(?:year|twelve\s+months|12\s+months)"
         r"\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?" + _DAY_MONTH
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", year_to, "month", ("year", "months")),
        (r"(?:in\s+|for\s+)?the\s+(?:half[-\s]year|six\s+months)\s+(?:to|ending|ended|"
         r"through)\s+(?:the\s+end\s+of\s+)?" + _DAY_MONTH + r"(?:\s+" + _YEAR.format(n=1)
         + ")?", half_year_to, "month", ("half", "six")),
        (r"(?:in\s+|over\s+|for\s+|during\s+)?the\s+(?:same\s+)?(?:" + _COUNT
         + r"\s+)?(?P<unit>weeks|week|months|quarter)\s+(?:to|ending|ended|through)\s+"
         r"(?:the\s+end\s+of\s+)?(?:(?P<da>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
         + _MONTH.format(n=1)
         + r"(?:\s+(?P<db>\d{1,2})(?:st|nd|rd|th)?\b,?)?(?:\s+" + _YEAR.format(n=1) + ")?",
         stretch_to, "month", ("week", "months", "quarter")),
        (r"(?:(?:in|during|over)\s+)?(?:the\s+)?(?:(?:latest|last|most\s+recent)\s+)?"
         r"(?:fiscal|financial)\s+year,?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|to)\s+"
         r"(?:on\s+|in\s+)?" + _DAY_MONTH + r"(?:\s+" + _YEAR.format(n=1) + ")?", year_to,
         "month", ("fiscal", "financial")),
        (r"(?:(?:on|by|until|since)\s+|(?<!from\s))(?:" + DAY.format(n=1) + r"\s*,?\s+)?(?:the\s+)?"
         r"(?P<dd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(n=1) + r"(?:,?\s+"
         + _YEAR.format(n=1) + ")?", day_date, "month", ()),
        (r"(?:(?:on|by|until|since)\s+|(?<!from\s))(?:" + DAY.format(n=1) + r"\s*,?\s+)?"
         + _MONTH.format(n=1) + r"\s+(?P<dd>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+"
         + _YEAR.format(n=1) + ")?", day_date, "month", ()),
        (r"(?:in|during|over)\s+" + _MONTH.format(n=1) + r"\s+and\s+" + _MONTH.format(n=2)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", month_range, "month", ("and",)),
        (r"(?:(?:in|during|over)\s+)?(?:the\s+)?" + _MONTH.format(n=1) + r"\s*[-–]\s*"
         + _MONTH.format(n=2) + r"(?:\s+" + _YEAR.format(n=1) + ")?", month_range, "month",
         ("-", "–")),
        (r"(?:by|at|as\s+of)\s+the\s+end\s+of\s+" + _MONTH.format(n=1) + r"(?:\s+"
         + _YEAR.format(n=1) + ")?", end_of, "month", ("end",)),
        (r"since\s+" + _MONTH.format(n=1) + r"(?:\s+" + _YEAR.format(n=1) + ")?",
         since_month, "month", ("since",)),
        (r"between\s+" + _MONTH.format(n=1) + r"\s+and\s+" + _MONTH.format(n=2)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", _between, "month", ("between",)),
        (r"(?:(?:in|during|by|for|of|until)\s+)?" + _MONTH.format(n=1)
         + r"\s+(?P<rel>last|this|next)\s+year\b", month_of_year, "month", ("year",)),
        (r"(?:in|during|as\s+of|by|for|of|until)\s+" + _MONTH.format(n=1)
         + r"(?:\s+" + _YEAR.format(n=1) + ")?", month, "month", ()),
        (_MONTH.format(n=1) + r"\s+" + _YEAR.format(n=1), _month_year, "month",
         ("19", "20")),
        (r"^" + _MONTH.format(n=1) + r"(?P<y1>)(?=\s+(?!(?:and|or|to|of|\d))[a-z]+\s)", month,
         "month", ()),  # "October brought 112 mm": a month opening its sentence, the subject
        (_MONTH.format(n=1) + r"(?:\s+" + _YEAR.format(n=1) + r")?['’]s\b", month, "month",
         ("'s", "’s")),  # "October's 124 mm", "March 2025's total": the month owns the figure
        (r"(?:the|\w+['’]s)\s+" + _MONTH.format(n=1) + r"(?:\s+" + _YEAR.format(n=1) + r")?"
         r"\s+(?!(?:and|to|or|than|of|until|"
         r"through|on|in|at|is|was|were|will|had|has)\b)[a-z]+(?<!s)\b", month, "month",
         ("the", "'s", "’s")),  # "the August drought", "Kenya's March election": a month
        # before a singular noun dates it
        (r"(?:at|by|as\s+of|until|to)\s+the\s+(?:very\s+)?(?P<edge>end|start|beginning)\s+of\s+"
         + _YEAR.format(n=1), _edge_of_year, "year", ("end", "start", "beginning")),
        (r"(?:in|during|as\s+of|by|for|of|at\s+the\s+end\s+of)\s+(?:fiscal\s+)?"
         + _YEAR.format(n=1), _whole_year, "year", ()),
        (r"(?:(?:in|during|for|of|over)\s+)?the\s+" + _YEAR.format(n=1) + r"\s+(?:season|"
         r"harvest|crop|campaign|census|survey|election|fiscal\s+year|financial\s+year|"
         r"calendar\s+year)\b", _whole_year, "year", ("season", "harvest", "crop", "campaign",
                                                     "census", "survey", "election", "fiscal",
                                                     "financial", "calendar")),
        (_NOUN_YEAR + _YEAR.format(n=1) + r"\s+(?!(?:and|to|or|than)\b)"
         r"[a-z]+(?<!s)\b", _whole_year, "year", ()),  # "Nepal's 2015 earthquake", "the 2019
        # budget", "its $84.5 million 2024 budget": a year before a singular noun dates it
        # ("the 2000 runners" is a count)
        (r"(?:(?:over|in|during|for|within)\s+)?the\s+(?:past|last|previous)\s+(?:"
         + _COUNT + r"\s+)?(?P<unit>years|months|decades?)\b", past, "span",
         ("past", "last", "previous")),
        (r"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
         r"(?P<unit>days?|weeks?)\s+later\b", later, "span", ("later",)),
        (_BACK + r"\s+decades?\s+(?:earlier|before|ago|previously)\b", shift, "span",
         ("earlier", "before", "ago", "previously")),
        (r"(?:by|at|until|before|to)\s+the\s+(?:very\s+)?end\s+of\s+(?P<which>the|this|next|"
         r"last|previous)\s+(?P<unit>year|month)\b", end_of_unit, "span", ("end",)),
        (r"(?P<which>last|next|this|the\s+coming|the\s+previous)\s+(?P<unit>week)\b(?!-)",
         calendar_unit, "span", ("last", "next", "this", "coming", "previous")),
        (r"(?P<which>next|coming)\s+(?P<unit>month)\b(?!-)", calendar_unit, "span",
         ("next", "coming")),
        (r"last\s+month\b", last_month, "span", ("last",)),
        (r"last\s+weekend\b", weekend, "span", ("last",)),
        (r"last\s+night\b", yesterday, "span", ("last",)),
        (r"this\s+month\b", this_month, "span", ("this",)),
        (r"since\s+(?:the\s+|(?P<last>last)\s+)?(?P<season>summer|spring|autumn|winter)\b",
         since_season, "span", ("since",)),
        (r"(?P<which>this|last)\s+(?P<season>summer|spring|autumn|winter)\b", season, "span",
         ("this", "last")),
        (r"the\s+same\s+(?:period|months?|quarter|time|week|point|day|date)\s+(?:of\s+)?(?:last|the\s+previous"
         r"|a|one)\s+year(?:\s+(?:earlier|before|ago))?\b"
         r"|" + _BACK + r"\s+years?\s+(?:earlier|before|ago|previously)\b"
         r"|the\s+year\s+(?:before|earlier)\b|the\s+(?:previous|prior|preceding)\s+year\b",
         shift, "word", ("same", "earlier", "ago", "before", "previously", "previous",
                          "prior", "preceding")),
        (r"(?:last|the\s+past)\s+year\b", _relative(-1), "word", ("last", "past")),
        (r"so\s+far\s+this\s+year\b|(?:this|the)\s+year\s+(?:so\s+far|to\s+date)\b", so_far,
         "word", ("far", "date")),
        (r"(?:this|for\s+the(?:\s+(?:full|whole|entire))?)\s+year\b", _relative(0), "word",
         ("this", "for")),
        (r"next\s+year\b", next_year, "word", ("next",)),
        (r"(?:today|now|currently|at\s+present|nowadays)\b", today, "now", ()),
        (r"(?:between|from|on)\s+(?:last\s+)?" + DAY.format(n=1) + r"\s+(?:and|to|until|"
         r"through)\s+(?:last\s+)?" + DAY.format(n=2), weekdays, "day",
         ("between", "from", "on")),  # "in a poll on Wednesday and Thursday": both days
        (r"since\s+(?:last\s+)?" + DAY.format(n=1), since_weekday, "day", ("since",)),
        (r"(?<![a-z])(?:on|last|this\s+past|by|until)\s+" + DAY.format(n=1) + r"|"
         + DAY.format(n=2)
         + r"(?=['’]s\b)", weekday,
         "day", ()),
        (r"yesterday\b", yesterday, "day", ()),
        (r"(?:on\s+)?" + FEAST, feast, "day", ("new", "christmas", "boxing")),
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


def periods(sentence: str, offset: int, as_of: date, anchor: Period | None = None
            ) -> list[tuple[int, int, Period | None]]:
    """(start, end, period) of each period phrase in sentence, offsets shifted by offset;
    period None for a phrase that names a period no other phrase anchors. anchor is the
    period the sentence before named last, read by a relative phrase ("a year earlier")
    when its own sentence names none (anchors.anchored)."""
    found: list[tuple[int, int, Period]] = []
    taken = bytearray(len(sentence) + 1)
    low = ascii_lower(sentence)
    around = {  # (lo, hi, low[lo:hi]) of each window
        name: [(lo, hi, low[lo:hi]) for lo, hi in windows(
            spots(sentence) if name == "month" else spots(low), _WINDOW, len(low))]
        for name, spots in _TRIGGERS.items()}
    for trigger, rules, words in _RUNS:
        for lo, hi, window in around[trigger]:
            present = {word for word in words if word in window}
            for pattern, rule, _, needs in rules:
                if not needs or not present.isdisjoint(needs):
                    _read(pattern.finditer(low, lo, hi), rule, low, as_of, taken, found)
    found.sort()
    restated(low, found)
    return [(start + offset, end + offset, period)
            for start, end, period in anchored(found, as_of, anchor)]


def _read(matches: Iterator[Match], rule: Callable[[Match, date], Period | None], low: str,
          as_of: date, taken: bytearray, found: list[tuple[int, int, Period]]) -> None:
    """Add to found the periods the rule reads from matches, and mark their text taken."""
    for m in matches:
        start, end = m.start(), m.end()
        if (start and low[start - 1].isalnum()) or any(taken[start:end]):
            continue  # inside a word, or a longer rule already read this phrase
        if end < len(low) and low[end].isalnum():
            continue  # cut short by the window's edge
        event = _EVENT.search(low, max(0, start - 24), start)
        if event and not _DETERMINED.match(low, start) and _dates_event(event, low, m, as_of,
                                                                          rule):
            continue  # "founded in 1961", "founded on 3 May 1990" date an event; "said
            # their 2023 harvest" dates the harvest, a noun the phrase determines
        if low.startswith("since", start) and _RECORD.search(low, max(0, start - 30), start):
            continue  # "the coldest since 1987" names a record, not the figure's period
        if low[end - 1].isdigit() and names_price_base(low, end):
            continue  # "in 2021 international dollars": whose prices, not when
        period = rule(m, as_of)
        if period is not None:
            taken[start:end] = b"\x01" * (end - start)
            found.append((start, end, period))


def _dates_event(event: Match, low: str, m: Match, as_of: date,
                 rule: Callable[[Match, date], Period | None]) -> bool:
    """Whether a period phrase right after a verb of making or saying (_EVENT) dates that
    event rather than a figure. A founding's always does ("founded in 1961"). A saying's
    does when it is a day ("said on Tuesday", "said on 3 May") or ends the saying's own
    clause ("said in 2015 that ...", "..., the report said in 2019."); a longer period
    that opens the reported clause dates what is reported: "the office says in 2000, the
    rate was 20%", "said between 1990 and 2010 output fell by a third" (a saying is one
    event; a year or a span of years is a statistic's)."""
    if event.group("said") is None or _SAYING_ENDS.match(low, m.end()):
        return True
    period = rule(m, as_of)
    return period is None or (period[1] - period[0]).days < _EVENT_DAYS
