"""FC201 unit-conversion: a figure and its conversion in brackets disagree.

What it does:
    Reads a figure followed by its conversion, "100 kilometres (62 miles)", "45C
    (113F)" or "6ft 2in (1.88m)", converts the first into the unit of the second with
    pint and compares.
    The conversion may be off by half a unit of its last digit plus 5% (conversions
    are rounded, "100 km (60 miles)"); beyond that the check fires. Currencies are
    skipped (exchange rates move), and so are changes of temperature: a rise of 10C
    is a rise of 18F, which pint's offset units would not say.

Why it matters:
    A wrong conversion is a visible error readers in the other unit catch at once,
    and it usually means one of the two figures was edited without the other.

Example:
    "fewer than 100 kilometres (80 miles)" -> 100 km is 62.1 miles, not 80 miles;
    suggestion "62 miles".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck import figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding, Severity
from factcheck.units import convert, dimensionality, is_currency

CODE = "FC201"
NAME = "unit-conversion"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("The town is fewer than 100 kilometres (80 miles) from the border.", True),
    ("The town is fewer than 100 kilometres (62 miles) from the border.", False),
)
MAX_GAP = 16  # characters between a figure and its bracketed conversion
SLACK = 0.05  # relative: conversions are rounded to round numbers
_NEXT_WORD = re.compile(r"[\s)\]]*([^\W\d_]+)")
_BRACKET = re.compile(r"\s*[(\[]\s*(?:about|around|roughly|some|or|nearly|almost)?\s*")
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    claims = doc.claims
    for k in range(1, len(claims)):
        a, b = claims[k - 1], claims[k]
        if b.start - a.end > MAX_GAP or not a.unit or not b.unit or a.unit == b.unit:
            continue  # too far apart, or not two units (_convertible would say so)
        if _BRACKET.fullmatch(doc.text, a.end, b.start) and _convertible(a, b):
            found = _compare(a, b, _difference(doc, k))
            if found is not None:
                yield found


def _convertible(a: Claim, b: Claim) -> bool:
    if not a.unit or not b.unit or a.unit == b.unit or b.change not in (None, a.change):
        return False
    if is_currency(a.unit.split()[0]) or is_currency(b.unit.split()[0]) or "percent" in a.unit:
        return False
    if (a.high is None) != (b.high is None):
        return False
    return _dimension(a.unit) == _dimension(b.unit) != ""


@cache
def _affine(unit: str, to: str) -> tuple[float, float]:
    """(scale, offset) with value in `to` = scale * value in unit + offset (pint, once)."""
    zero = convert(0.0, unit, to)
    return convert(1.0, unit, to) - zero, zero


@cache
def _dimension(unit: str) -> str:
    """The unit's dimension, "" when pint cannot read it (then the check stays silent)."""
    try:
        return dimensionality(unit)
    except Exception:
        return ""


def _difference(doc: Document, k: int) -> bool:
    """Is the pair a difference of temperature ("warmed by 1.5C (2.7F)", "2C (3.6F)
    warmer", "1.2C (2.2F) above normal")? Then it converts by the scale alone: a rise of
    10C is 18F, not 50F. A change, by the extractor or the frame, or a comparative word
    right after the pair (lexicon changes.tsv, "comparative") says so."""
    a, b = doc.claims[k - 1], doc.claims[k]
    if a.change or b.change or any(doc.frames[j].role == "change" for j in (k - 1, k)):
        return True
    after = _NEXT_WORD.match(doc.text, b.end)
    return after is not None and after.group(1).lower() in lexicon().comparatives


def _compare(a: Claim, b: Claim, difference: bool = False) -> Finding | None:
    pairs = [(a.value, b.value)]
    if a.high is not None and b.high is not None:
        pairs.append((a.high, b.high))
    scale, offset = _affine(a.unit, b.unit)
    if difference:
        offset = 0.0  # a difference of temperature has no zero point to move
    for mine, theirs in pairs:
        want = scale * mine + offset
        rate = abs(scale)
        allowed = b.precision + a.precision * rate + SLACK * abs(want)
        if abs(theirs - want) > allowed:
            shown = a.text if figures.in_two_units(a) else figures.amount(mine, a.unit, 2)
            message = (
                f"{shown} is {figures.amount(want, b.unit, max(1, figures.decimals(b)))}, "
                f"not {figures.amount(theirs, b.unit, 2)}."
            )
            suggestion = figures.like(b, want) if b.high is None else None
            return fig.finding(ID, b, message, suggestion)
    return None

