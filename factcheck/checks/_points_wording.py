"""A change in percentage points written where the draft wrote it in percent: FC302's
suggestion.

The figure and its percent sign (or "per cent", "percent") are replaced in the claim's
own text, so the words the claim holds around it stay ("up 2%" -> "up 2 percentage
points"). A figure that modifies a noun takes the compound adjective, singular and
hyphenated ("a 6% increase" -> "a 6-percentage-point increase", as "a 2-mile walk"):
after "a" or "an" a figure is always such a modifier (no article counts a bare
percentage); after another determiner ("the", "its": words.tsv, class "determiner") only
when a change noun follows it (lexicon changes.tsv, role "noun": "the 2% rise", not "the
2% who voted").
"""

from __future__ import annotations

import re

from factcheck import figures
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_PERCENT = re.compile(r"[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")


def points_text(text: str, claim: Claim, points: float) -> str:
    """The claim's text with its percentage written as points (the magnitude of points):
    "2 percentage points", "up 2 percentage points", "a 6-percentage-point increase"
    (text: the document, for the words around the claim)."""
    shown = figures.fmt(abs(points))
    m = _PERCENT.search(claim.text)
    head, tail = (claim.text[: m.start()], claim.text[m.end() :]) if m else ("", "")
    before = text[max(0, claim.start - 12) : claim.start] + head
    after = tail + text[claim.end : claim.end + 24]
    if _modifies_noun(before, after):  # "an eight per cent drop": "an 8-percentage-point drop"
        phrase = f"{shown}-percentage-point"
    else:
        phrase = f"{shown} percentage point" + ("" if shown == "1" else "s")
    if m is None:
        return phrase
    return head + phrase + tail


def _modifies_noun(before: str, after: str) -> bool:
    """Whether the figure between before and after modifies the noun after it."""
    lead, next_word = _WORD_BEFORE.search(before), _WORD_AFTER.match(after)
    if lead is None or next_word is None:
        return False
    article = lead.group(1).lower()
    if article in ("a", "an"):
        return True
    return (article in fig.words("determiner")
            and next_word.group(1).lower() in lexicon().with_change_role("noun"))
