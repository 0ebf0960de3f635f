"""How FC202 weighs two figures told for one thing: whether they are too far apart to be
one thing stated twice (far_apart), and how the message words the later figure against
the earlier one's band (against). Read by factcheck.checks.fc202_conflicting_figures.

Shapes: far_apart(x, y) -> bool for two values in one unit; against(low, high, unit) ->
str for the earlier figure's band (factcheck.tolerance.interval). Nothing raises.
"""

from __future__ import annotations

from factcheck import figures
from factcheck.checks import _slipped

FAR_APART = 20  # two figures further apart than this factor are one thing only by a slip
# of scale, which keeps the digits ("£2.1 billion" ... "£2.1 million")


def far_apart(x: float, y: float) -> bool:
    """Whether two figures are so far apart (more than FAR_APART times) with different
    significant digits that they measure different things the keys could not tell apart
    (a fare and a project's cost), not one thing stated twice with a slip of scale."""
    low, high = sorted((abs(x), abs(y)))
    if low == 0 or high / low <= FAR_APART:
        return False
    return _slipped.digits(low, 4) != _slipped.digits(high, 4)


def against(low: float, high: float, unit: str) -> str:
    """How a figure stands against the earlier one's values: "differs from 18,912" when
    the values its wording allows print as one figure (an exact count, Tolerance:
    precision 0), else "is outside 165,500–166,500"."""
    if figures.amount(low, unit, None) == figures.amount(high, unit, None):
        return f"differs from {figures.amount(low, unit, None)}"
    return f"is outside {_range(low, high, unit)}"


def _range(low: float, high: float, unit: str) -> str:
    """The values a figure's wording allows, in words: "165,500–166,500", "above 15,000"."""
    if high == float("inf"):
        return f"the range above {figures.amount(low, unit, None)}"
    if low == float("-inf"):
        return f"the range below {figures.amount(high, unit, None)}"
    return f"{figures.amount(low, unit, None)}–{figures.amount(high, unit, None)}"
