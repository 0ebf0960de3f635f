"""When two levels' keys name one thing, for FC202: the measure by its head and the
modifiers before it, the period as the time the figure holds for.

A measure is written with more or fewer modifiers as a story goes on ("a £4.2 million
budget for road repairs" ... "the roads budget"; "the ward's nursing staff" ... "the
staff"): two measures with one head (the last word of the frame's measure) are one when
their modifiers, read as stems (factcheck.reference.metric.stem: "roads" is "road"),
are the same, or both have some and one's are among the other's. A bare head beside a
modified one is not read as one ("the budget" may be the whole of which "the schools
budget" is a part), nor are two modified heads that share no modifier ("the schools
budget", "the roads budget").

A level that states no period holds now; so does one whose period is at least
STANDING_DAYS long and holds the draft's date ("this year", "in 2026" written in 2026):
the two are one period ("a budget of £4.2 million this year" ... "the budget, at £2.4
million"). A period of days ("on Saturday") stays its own: a count of a day may be an
update of a standing one.

Shapes: a key is (subject, measure, unit, period) as FC202's _key builds it; bucket()
gives (subject, head, unit, period or STANDING) and the modifier stems. Nothing raises.
"""

from __future__ import annotations

from datetime import date, timedelta

KEPT = 4  # earlier levels a bucket keeps: a bounded look, so a long draft stays linear
STANDING_DAYS = 28  # the shortest period that may stand for "now" (a month)
STANDING = (date.min, date.min)  # the period of a level that holds now

Period = tuple[date, date] | None
Key = tuple[str | None, str, str, Period]


def bucket(key: Key, as_of: date) -> tuple[Key, frozenset[str]]:
    """The key a level is compared under (its measure's head, its period read by
    standing()), and the stems of its measure's modifiers."""
    from factcheck.reference import metric  # not at import: `factcheck rule` loads no tables

    subject, measure, unit, period = key
    words = measure.replace("-", " ").split()
    mods = frozenset(metric.stem(w) for w in words[:-1])
    return (subject, words[-1] if words else "", unit, standing(period, as_of)), mods


def standing(period: Period, as_of: date) -> Period:
    """STANDING for a period that holds now (none stated, or one of at least STANDING_DAYS
    that holds the draft's date), else the period itself."""
    if period is None:
        return STANDING
    first, last = period
    if first <= as_of <= last and last - first >= timedelta(days=STANDING_DAYS):
        return STANDING
    return period


def modifiers_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two measures of one head are one by their modifiers' stems: the same, or
    both some and one's among the other's ("road repair" and "road")."""
    return a == b or (bool(a) and bool(b) and (a <= b or b <= a))
