"""FC302 percent-vs-points: a change between two percentages given in percent, meant as points.

What it does:
    Where a sentence gives two percentage levels and the change between them in
    percent ("the jobless rate rose 2% to 7% from 5%"), and the stated change equals
    the difference in points but not the relative change, it asks for "percentage
    points" (or the relative figure, here 40%). The levels are read as FC203 reads them
    (factcheck.checks._changes), from the words and from the change's frame: "a 3
    percent cut in the 8.5 percent rate, bringing it to 5.5 percent"; a percent after a
    verb of change and its object, the change's ends after it, is a change ("raised its
    savings rate 0.75 percent, from 1.5 percent to 2.25 percent":
    factcheck.checks._changes); the level before in the object, the level after "at"
    ("cut its savings rate of 4.5% by 1.2%, leaving it at 3.3%"); the two levels set
    against each other after the change ("grew by 4%, reaching 11% against 7%").
    The reverse too: a change given in points that is the levels' relative change and
    not their difference ("from 4% to 5%, up 25 percentage points": 1 point, or 25%)
    asks for percent; FC203 also reports that the points are wrong.

Why it matters:
    From 5% to 7% is a rise of 2 percentage points, or 40%. "Rose 2%" tells readers
    the rate went from 5% to 5.1%: the wording understates the change twentyfold.

Example:
    "the jobless rate rose 2% to 7% from 5%" -> from 5% to 7% is 2 percentage points
    (a 40% increase), not 2%; suggestion "2 percentage points" ("a 2-percentage-point
    rise" where the figure modifies a noun: factcheck.checks._points_wording).

Reach:
    It says nothing when the stated figure may be the relative change inside the bands
    of the two levels ("fell three percent, from 95% to 92%": 2.1% to 4.2%).
    Where the words link no levels, the two percentage levels of the change's subject and
    measure in its sentence or the next ones are paired by their frames, ordered by the
    change's relations or their periods ("The base rate climbed from 3.25% in May to 4%
    in August. That rise of 0.75% ...": factcheck.checks._story_rates); such a pair
    counts only when its difference in points is the stated change. A measure of words
    that name no thing ("the 6% level", "the rate fell": words.tsv, class "unnamed")
    says nothing against the levels' measures.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import figures
from factcheck.checks import Document, _points_wording
from factcheck.checks import _figures as fig
from factcheck.checks._changes import ChangeStatement, statements
from factcheck.checks._story_rates import rate_pairs
from factcheck.model import Claim, Finding, Severity

CODE = "FC302"
NAME = "percent-vs-points"
SEVERITY: Severity = "warning"
EXAMPLES = (
    ("The jobless rate rose 2% to 7% from 5%.", True),
    ("The jobless rate rose 2 percentage points to 7% from 5%.", False),
    ("The jobless rate rose 40% to 7% from 5%.", False),
    ("The jobless rate rose from 5% to 7%, up 40 percentage points.", True),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    said = statements(doc)
    index = {id(c): i for i, c in enumerate(doc.claims)}
    for s in said:
        if s.percent_levels and not _summed(doc, index.get(id(s.before)), index.get(id(s.after))):
            yield from _judge(doc, s)
    for p in rate_pairs(doc, {index[id(s.change)] for s in said}):
        if _summed(doc, p.before, p.after):
            continue
        old, new = doc.claims[p.before], doc.claims[p.after]
        yield from _judge(doc, ChangeStatement(doc.claims[p.change], old, new, old.value,
                                               new.value))


def _summed(doc: Document, before: int | None, after: int | None) -> bool:
    """Is the level "before" one of the parts the frames add up to the level "after" ("up
    by 15% in March, plus a further 10% from July, taking the total to 25%": 10% is an
    addition, not where the rate stood)? Then the pair is no change's two ends."""
    if before is None or after is None or not doc.frames:
        return False
    return before in doc.frames[after].relations.get("parts", ())


def _judge(doc: Document, s: ChangeStatement) -> Iterator[Finding]:
    """The finding when the change in percent is the levels' difference in points and
    cannot be their relative change."""
    c = s.change
    if c.unit == "percentage_point" and not c.multiplier and s.before_value > 0:
        yield from _points_for_percent(s)
    if c.unit != "percent" or c.multiplier or s.before_value <= 0:
        return
    points = s.after_value - s.before_value
    relative = points / s.before_value * 100
    if abs(abs(points) - c.value) > c.precision or _may_be_relative(
            s, doc.config.approx_tolerance):
        return
    kind = "increase" if points > 0 else "decrease"
    rel = figures.fmt(abs(relative))
    message = (
        f"From {figures.fmt(s.before_value)}% to {figures.fmt(s.after_value)}% is "
        f"{_points(points)} ({figures.article(rel)} {rel}% {kind}), "
        f"not {figures.fmt(c.value)}%."
    )
    yield fig.finding(ID, c, message, _points_wording.points_text(doc.text, c, points))


def _points_for_percent(s: ChangeStatement) -> Iterator[Finding]:
    """The reverse: a change given in points that is the levels' relative change and not
    their difference ("from 4% to 5%, up 25 percentage points": 1 point, a 25% rise).
    Both readings are held to the bands of the two levels (_band, no "about" here:
    the stated points must be the relative change to its own last digit)."""
    c = s.change
    points = s.after_value - s.before_value
    b_low, b_high = _band(s.before, s.before_value, 0.0)
    a_low, a_high = _band(s.after, s.after_value, 0.0)
    if b_low <= 0:
        return
    ends = [abs(a - b) / b * 100 for a in (a_low, a_high) for b in (b_low, b_high)]
    diffs = [abs(a - b) for a in (a_low, a_high) for b in (b_low, b_high)]
    fits_relative = min(ends) - c.precision <= c.value <= max(ends) + c.precision
    fits_points = min(diffs) - c.precision <= c.value <= max(diffs) + c.precision
    if not fits_relative or fits_points:
        return
    kind = "increase" if points > 0 else "decrease"
    rel = figures.fmt(abs(points / s.before_value * 100))
    message = (
        f"From {figures.fmt(s.before_value)}% to {figures.fmt(s.after_value)}% is "
        f"{_points(points)} ({figures.article(rel)} {rel}% {kind}): "
        f"{figures.fmt(c.value)} is the relative change, in percent, not in points."
    )
    yield fig.finding(ID, c, message, f"{rel}%")


def _may_be_relative(s: ChangeStatement, approx: float) -> bool:
    """Whether the stated change, as written, may be the relative change within the bands
    of the two levels (DESIGN.md, Tolerance): near 100% both readings agree ("fell three
    percent, from 95% to 92%": 2.1% to 4.2% relative, so it says nothing; "rose 3% to
    68% from 65%": 3.05% to 6.2%, so 3% is points)."""
    b_low, b_high = _band(s.before, s.before_value, approx)
    a_low, a_high = _band(s.after, s.after_value, approx)
    if b_low <= 0:
        return True
    ends = [abs(a - b) / b * 100 for a in (a_low, a_high) for b in (b_low, b_high)]
    low = 0.0 if a_low <= b_high and b_low <= a_high else min(ends)
    return low <= s.change.value <= max(ends)


def _band(claim: Claim, value: float, approx: float) -> tuple[float, float]:
    """value (one end of a range "from 20% to 25%" is one claim) within claim's precision,
    10% more if it is "about" (factcheck.tolerance)."""
    width = claim.precision + (approx * abs(value) if claim.bound == "approx" else 0.0)
    return value - width, value + width


def _points(points: float) -> str:
    shown = figures.fmt(abs(points))
    return f"{shown} percentage point" + ("" if shown == "1" else "s")
