"""FC203 change-arithmetic: a stated change disagrees with the stated before and after.

What it does:
    Where one sentence gives both levels and the change between them ("rose from
    $120m to $150m, a 20% increase", "12,944 tonnes, down half from 18,100 tonnes",
    "doubled from 1.2 million to 3.1 million"), or where the change's frame names its
    level before and the level after stands apart, before the change ("closed at 5,120
    on Monday, up 2.9% from 4,800 a week earlier": the nearest earlier level of the
    change's measure, factcheck.checks._changes), it computes the change from the levels
    and compares it with the interval the stated change allows (its precision and bound,
    factcheck.tolerance: "20%" ±1, "half" and "doubled" 10%). The levels are taken as
    stated: the change a writer states is the change between the figures the writer
    gives beside it; a level under "about" allows 10% (configurable). A change between
    two percentages stated as the points difference is left to FC302. Not read yet:
    a level in another sentence, absolute changes ("1,800 more than"), "fell 85 points,
    or 2.4%, to 3,420".

Why it matters:
    The change is the headline number; if it does not follow from the levels beside
    it, one of the three figures is wrong and readers can see it.

Example:
    "rose from $120m to $150m, a 20% increase" -> from $120m to $150m is a 25% increase,
    not 20%; suggestion "25%".
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._changes import ChangeStatement, statements
from factcheck.model import Finding, Severity

CODE = "FC203"
NAME = "change-arithmetic"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Revenue rose from $120m to $150m, a 20% increase.", True),
    ("Revenue rose from $120m to $150m, a 25% increase.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    approx = doc.config.approx_tolerance
    for s in statements(doc):
        if s.before_value <= 0 or _is_points(s):
            continue
        lo_b, hi_b = _level(s, approx, before=True)
        lo_a, hi_a = _level(s, approx, before=False)
        if lo_b <= 0:
            continue
        if s.change.multiplier:
            actual = (lo_a / hi_b, hi_a / lo_b)
        else:
            actual = ((lo_a - hi_b) / hi_b * 100, (hi_a - lo_b) / lo_b * 100)
        stated = _stated(s, approx)
        if actual[1] < stated[0] or actual[0] > stated[1]:
            yield _finding(s)


def _is_points(s: ChangeStatement) -> bool:
    """ "rose 2% to 7% from 5%": percent used for points, FC302's business."""
    if not s.percent_levels or s.change.multiplier:
        return False
    points = abs(s.after_value - s.before_value)
    return abs(points - s.change.value) <= s.change.precision


def _level(s: ChangeStatement, approx: float, before: bool) -> tuple[float, float]:
    claim = s.before if before else s.after
    value = s.before_value if before else s.after_value
    width = abs(value) * approx if claim.bound == "approx" else 0.0
    return value - width, value + width


def _stated(s: ChangeStatement, approx: float) -> tuple[float, float]:
    lo, hi = tolerance.interval(s.change, approx)
    if not s.change.multiplier and s.change.change == "decrease":
        lo, hi = -hi, -lo
    return lo, hi


def _finding(s: ChangeStatement) -> Finding:
    old, new = s.before_value, s.after_value
    if s.before is s.after:
        levels = f"from {s.before.text}"
    else:
        levels = f"from {s.before.text} to {s.after.text}"
    said = f' ("{s.change.text}")' if figures.is_words(s.change) else ""
    if s.change.multiplier:
        ratio = new / old
        message = (f"{levels[0].upper() + levels[1:]} is a factor of {figures.fmt(ratio, 2)}, "
                   f"not {figures.fmt(s.change.value, 2)}{said}.")
        return fig.finding(ID, s.change, message, None)
    pct = (new - old) / old * 100
    kind = "increase" if pct >= 0 else "decrease"
    message = (f"{levels[0].upper() + levels[1:]} is a {figures.fmt(abs(pct))}% {kind}, "
               f"not {figures.fmt(s.change.value)}%{said}.")
    same_way = (kind == s.change.change)
    written = same_way and not figures.is_words(s.change)
    suggestion = figures.like(s.change, abs(pct)) if written else None
    return fig.finding(ID, s.change, message, suggestion)
