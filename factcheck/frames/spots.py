"""Cheap scans that find where a period phrase may start in a sentence (periods.py runs
its patterns only in windows around these spots, so a sentence costs one quick scan per
trigger rather than a full regex scan per pattern)."""

from __future__ import annotations

import re
from collections.abc import Callable

MONTH_QUICK = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """text lowered with its length kept, so offsets still hold (str.lower may not)."""
    low = text.lower()
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def year_spots(text: str) -> list[int]:
    """Where re.finditer(written_years.MODERN_YEAR, text) matches ("19" or "20" and two
    digits), found with str.find.

    The regex engine would try every character; str.find skips to "19" and "20". As
    with finditer, a match never starts inside the one before it.
    """
    found: list[int] = []
    for pair in ("19", "20"):
        at = text.find(pair)
        while at != -1:
            found.append(at)
            at = text.find(pair, at + 1)
    spots: list[int] = []
    free = 0  # where the next match may start
    for at in sorted(found):
        if at >= free and at + 4 <= len(text) and text[at + 2 : at + 4].isdecimal():
            spots.append(at)  # isdecimal() is the regex's \d
            free = at + 4
    return spots


def month_spots(text: str) -> list[int]:
    """Month names are capitalised: "may" and "market" need no window."""
    return [m.start() for m in MONTH_QUICK.finditer(text)]


def word_spots(*words: str) -> Callable[[str], list[int]]:
    def spots(low: str) -> list[int]:
        out: list[int] = []
        for word in words:
            at = low.find(word)
            while at != -1:
                out.append(at)
                at = low.find(word, at + 1)
        return sorted(out)

    return spots


def windows(spots: list[int], size: int, length: int) -> list[tuple[int, int]]:
    """Merged [spot - size, spot + size) windows, cut to [0, length)."""
    merged: list[tuple[int, int]] = []
    for spot in spots:
        lo, hi = max(0, spot - size), min(length, spot + size)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged
