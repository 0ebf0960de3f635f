"""The draft read once for factcheck.context: its capitalised words and its letter runs.

contexts() needs, for each sentence that holds a claim, the capitalised words in it (and
how often each is written in the whole draft) and the lower-case words it contains. A
regex pass per sentence costs a Python call per word; these read the whole draft in a
few C-level passes, and each sentence takes its slice.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import accumulate

_LETTERS = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))  # a-z kept


class Capitals:
    """Every match of a pattern in a text, in order, and how often each word occurs.

    pattern is one group around the whole word ("([A-Z]\\w*)"): pattern.split(text)
    gives gap, word, gap, ..., gap, so the words, the gaps before them and their offsets
    come from one split rather than a Match object each.
    """

    __slots__ = ("_pattern", "counts", "ends", "gaps", "starts", "words")

    def __init__(self, text: str, pattern: re.Pattern[str], counts: Counter[str] | None = None,
                 offset: int = 0) -> None:
        parts = pattern.split(text)
        offsets = list(accumulate(map(len, parts), initial=offset))
        self.words: list[str] = parts[1::2]
        self.gaps: list[str] = parts[0::2]  # gaps[i] is the text before words[i]
        self.starts: list[int] = offsets[1:-1:2]
        self.ends: list[int] = offsets[2::2]
        self.counts: Counter[str] = Counter(self.words) if counts is None else counts
        self._pattern = pattern

    def part(self, text: str, span: tuple[int, int]) -> Capitals:
        """The words of text[span] alone (cut at its edges), with this text's counts."""
        return Capitals(text[span[0] : span[1]], self._pattern, self.counts, span[0])

    def within(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Indices [lo, hi) of the words inside span; None if a word crosses its edge.

        A word that crosses an edge would be cut short by a scan of the span alone.
        """
        lo = bisect.bisect_left(self.starts, span[0])
        hi = bisect.bisect_left(self.starts, span[1], lo)
        if (lo and self.ends[lo - 1] > span[0]) or (hi > lo and self.ends[hi - 1] > span[1]):
            return None
        return lo, hi


def letter_runs(low: str) -> bytes:
    """low with every character but a-z made a space, one byte per character (same offsets).

    letter_runs(low)[a:b].split() are the words [a-z]+ of low[a:b], as bytes.
    """
    return low.encode("latin-1", "replace").translate(_LETTERS)
