"""FC205 shares-exceed-total: shares of one whole add up to more than 100%.

What it does:
    Reads a list of two or more percentages that open their own clauses in one
    sentence ("62% supported, 45% opposed and 3% had no opinion") as shares of one
    whole, and fires when they add up to more than 100% beyond rounding: half a unit
    of its last digit for each part (three whole percentages may reach 101.5%).
    Percentages that are changes, approximate, or tied to a different group ("in
    Ohio", "of men", "for 2024") are not read as shares, nor are answers to different
    questions ("70% said prices were too high, 65% said wages were too low": the
    same verb after each) or clauses split by a semicolon.

Why it matters:
    Shares of one whole cannot exceed the whole: a poll or a breakdown that adds up
    to 110% has a wrong figure in it, and readers who add it up will notice.

Example:
    "62% supported, 45% opposed and 3% had no opinion" -> 62% + 45% + 3% = 110%,
    more than 100%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Severity

CODE = "FC205"
NAME = "shares-exceed-total"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("In the poll, 62% supported the plan, 45% opposed it and 3% had no opinion.", True),
    ("In the poll, 34% supported the plan, 33% opposed it and 34% had no opinion.", False),
)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[,:]|\band|\bwhile|\bwhereas|\bwith|\bshow(?:s|ed)?|\bf(?:ou|i)nds?)"
    r"\s*(?:just|only)?\s*$",
    re.IGNORECASE,
)
_OTHER_WHOLE = re.compile(
    r"\s*(?:in|of|for|among|at|on|from|to|by|per|than|higher|lower|more|less|a\s+year|"
    r"year|points?|increase|decrease|rise|drop|fall|growth|interest|stake|tariffs?|"
    r"tax|rate|discount|chance|probability|[-–—(])\b",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s*(\w+)")
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    percent = [("percent" in c.unit) for c in doc.claims]
    for group in doc.groups:
        if len(group) < 2:
            continue
        percents = sum(map(percent.__getitem__, group))
        if percents < 2:
            continue
        start = doc.contexts[group[0]].sentence[0]
        shares = [doc.claims[i] for i in group if _is_share(doc.text, start, doc.claims[i])]
        if len(shares) < 2 or len(shares) != percents:
            continue
        if len({_word_after(doc.text, c) for c in shares}) < len(shares):
            continue  # "70% said prices ..., 65% said wages ...": answers to two questions
        total = sum(c.value for c in shares)
        allowed = 100 + sum(c.precision for c in shares)
        if total > allowed:
            parts = " + ".join(f"{figures.fmt(c.value)}%" for c in shares)
            message = (f"{parts} = {figures.fmt(total)}%: shares of one whole add up to more "
                       f"than 100% (rounding allows {figures.fmt(allowed)}%).")
            yield fig.finding(ID, shares[0], message, None)


def _word_after(text: str, c: Claim) -> str:
    m = _WORD_AFTER.match(text, c.end)
    return m.group(1).lower() if m else ""


def _is_share(text: str, start: int, c: Claim) -> bool:
    if c.unit != "percent" or c.change or c.multiplier or c.high is not None:
        return False
    if c.bound != "exact":
        return False
    if not _OPENS_CLAUSE.search(text[max(start, c.start - 25) : c.start]):
        return False
    return not _OTHER_WHOLE.match(text, c.end)
