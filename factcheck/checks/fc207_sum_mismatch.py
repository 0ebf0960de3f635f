"""FC207 sum-mismatch: stated parts do not add up to the stated total.

What it does:
    Reads a total ("a total of", "bringing the total to", "a combined", "in all")
    and the list of parts just before it in the same sentence: figures of the same
    unit joined by commas, "and" or "plus" ("120, 150 and 200 tonnes a day, a combined
    520 tonnes"; "a 25% tariff and an additional 25%, bringing the total to 60%"). It
    fires when the parts' sum, with half a unit of its last digit for each figure,
    cannot reach the total. Approximate figures allow 10%.

Why it matters:
    A total that is not the sum of its parts means a part or the total was changed
    or mistyped; the reader can add it up.

Example:
    "a 25% tariff and an additional 25%, bringing the total to 60%" -> 25% + 25% =
    50%, not 60%; suggestion "50%".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.extract.lexicon import lexicon
from factcheck.model import Claim, Finding

CODE = "FC207"
NAME = "sum-mismatch"
SEVERITY = "error"
EXAMPLES = (
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 60%.",
     True),
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 50%.",
     False),
    ("The plants make 120, 150 and 200 tonnes a day, a combined 520 tonnes.", True),
    ("The plants make 120, 150 and 250 tonnes a day, a combined 520 tonnes.", False),
)
_TOTAL = re.compile(  # "a total of", "bringing the total to", "a combined workforce of"
    r"(?:\btotal(?:ling|ing|led|ed|s)?(?:\s+of)?|\btotal\s+(?:to|at)|\bcombined|"
    r"\baltogether|\bin\s+all|\bsum\s+of)"
    r"(?:\s+[a-z]+){0,2}?\s*(?:of\s+|to\s+|at\s+)?(?:some|about|nearly)?\s*$",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile("total|combined|altogether|in all|sum")  # a cheap test before _TOTAL
_NOT_A_LIST = re.compile(  # "$4.2bn, with $2.1bn from cloud": a whole and its parts
    r"\b(?:with|including|includes|included|of\s+which|compared|against|than|versus|vs|"
    r"after|before|but|while|whereas|was|were|is|are|up|down|rose|fell)\b",
    re.IGNORECASE,
)
_JOIN = re.compile(r"^[^.;:()]{0,40}?(?:,|\band\b|\bplus\b)[^.;:()]{0,40}$", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]+")
_SELF = sys.modules[__name__]


def check(doc: Document) -> Iterator[Finding]:
    approx = doc.config.approx_tolerance
    for group in doc.groups:
        if len(group) < 3:
            continue  # a total and at least two parts before it
        claims = [doc.claims[i] for i in group]
        for k, total in enumerate(claims):
            if k < 2 or not _says_total(doc.text, total.start):
                continue
            parts = _parts(doc.text, claims[:k], total)
            if parts is None:
                continue
            low = sum(fig.interval(p, approx)[0] for p in parts)
            high = sum(fig.interval(p, approx)[1] for p in parts)
            t_low, t_high = fig.interval(total, approx)
            if high < t_low or low > t_high:
                yield _finding(parts, total)


def _says_total(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return (_TOTAL_WORDS.search(before.lower()) is not None
            and _TOTAL.search(before) is not None)


def _parts(text: str, before: list[Claim], total: Claim) -> list[Claim] | None:
    """The listed parts ending just before the total, if they form one list."""
    parts = [before[-1]]
    for prev in reversed(before[:-1]):
        gap = text[prev.end : parts[0].start]
        if not _JOIN.match(gap) or _NOT_A_LIST.search(gap):
            break
        parts.insert(0, prev)
    lead = text[parts[-1].end : total.start]
    if len(parts) < 2 or len(lead) > 60 or _changes(lead):
        return None  # "..., and total sales rose to $6m": a later level, not the sum
    units = {_base(p.unit) for p in parts if p.unit} | {_base(total.unit)}
    nouns = {p.noun for p in [*parts, total] if p.noun}
    if len(units) != 1 or len(nouns) > 1:
        return None
    if any((p.change and p.unit == "percent") or p.multiplier or p.high is not None
           or p.bound not in ("exact", "approx") for p in [*parts, total]):
        return None
    return parts


def _changes(text: str) -> bool:
    verbs = lexicon().change_verbs
    return any(w.lower() in verbs for w in _WORDS.findall(text))


def _base(unit: str) -> str:
    return unit.split(" / ")[0]


def _finding(parts: list[Claim], total: Claim) -> Finding:
    unit = _base(total.unit)
    added = sum(p.value for p in parts)
    terms = " + ".join(fig.amount(p.value, unit) for p in parts)
    message = (f"{terms} = {fig.amount(added, unit)}, not {fig.amount(total.value, unit)} "
               f"as the total says.")
    return fig.finding(_SELF, total, message, fig.like(total, added))
