"""Ratios written with a colon where the sentence names a ratio: "a doctor-to-population
ratio of 1:600", "a pupil-teacher ratio of 40:1", "about 1:4,000-5,000", "a 3:1 ratio".

The figure is the first term over the second (1:600 is 1/600 of the first term per one of
the second: one doctor per 600 people); a range "1:4,000-5,000" is the span of both ratios
(1/5,000 to 1/4,000). Its precision is the second term's, relative, carried to the quotient
(extract.precision). A colon between numbers in a sentence that names
no ratio is a clock time or a score, and no claim (extract.filters).
"""

from __future__ import annotations

import re
from typing import cast

from factcheck.lexicon import lexicon
from factcheck.model import Bound, Claim

_TERM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
RATIO = re.compile(rf"(?<![\w.,:])(?P<a>{_TERM})\s?:\s?(?P<b>{_TERM})"
                   rf"(?:\s?[-–]\s?(?P<c>{_TERM}))?(?![\w:]|[.,]\d)")
_NAMED = re.compile(r"\bratios?\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;!?]\s")
REACH = 160  # characters before the figure (30 after) within which "ratio" is read


def _number(term: str) -> float:
    return float(term.replace(",", ""))


def _names_ratio(text: str, start: int, end: int) -> bool:
    """Does the clause around the figure name a ratio, within REACH characters?"""
    before = _CLAUSE.split(text[max(0, start - REACH):start])[-1]
    after = _CLAUSE.split(text[end:end + REACH])[0]
    return bool(_NAMED.search(before) or _NAMED.search(after[:30]))


def _bound(text: str, start: int) -> Bound:
    """The bound a phrase of lexicon bounds.tsv just before the figure gives ("about
    1:600", "more than 1:1,000"), else exact."""
    lex = lexicon()
    before = text[max(0, start - 40):start].lower().split()
    for size in range(min(lex.max_bound_words, len(before)), 0, -1):
        phrase = " ".join(before[-size:])
        if phrase in lex.bounds:
            return cast(Bound, lex.bounds[phrase])
    return "exact"


def ratio_claims(text: str) -> list[Claim]:
    """Every ratio "A:B" (or "A:B-C") in a clause that names a ratio, as a Claim whose value
    is A/B (a range: A/C to A/B, low first); unit "" and no noun: what the terms count is
    the frame's (reference.ratio)."""
    found = []
    for match in RATIO.finditer(text):
        if not _names_ratio(text, match.start(), match.end()):
            continue
        a, b = _number(match.group("a")), _number(match.group("b"))
        c = _number(match.group("c")) if match.group("c") else None
        if not a or not b or c == 0.0:
            continue
        values = sorted({a / b, a / c}) if c is not None else [a / b]
        found.append(Claim(match.group(), match.start(), match.end(), values[0],
                           values[1] if len(values) > 1 else None,
                           bound=_bound(text, match.start())))
    return found


def is_ratio(claim: Claim) -> bool:
    """Is the claim a ratio read by ratio_claims ("1:600")?"""
    return claim.unit == "" and claim.noun is None and bool(RATIO.fullmatch(claim.text))
