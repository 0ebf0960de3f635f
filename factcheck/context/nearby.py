"""What lies near a claim in its sentence, found by bisection rather than by a walk.

A sentence's named entities, cue words and period phrases are each sorted and do not
overlap, so the nearest one before a claim and the nearest one after it are found in
O(log n), and so is a comma between two offsets. Walking the whole sentence for every
claim instead costs the product of the two, which a long list or table with no full
stop (one "sentence" of thousands of figures) turns into minutes.

Each lookup gives exactly what the walk over the sentence gave; factcheck.context
documents the rules (nearest entity, cues within reach, nearest period and the clause
penalty, "has since").
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from operator import itemgetter
from typing import Protocol

from factcheck.model import Claim

Period = tuple[date, date]
Span = tuple[int, int, str]

CLAUSE_PENALTY = 1000  # characters: a period in another clause loses to one in the claim's
_ALT_HAS = re.compile(r"\b(?:has|have|had)\s+since\b", re.IGNORECASE)
_ALT_THEN = re.compile(r"\bsince\s+then\b", re.IGNORECASE)
SINCE_THEN = re.compile(f"{_ALT_HAS.pattern}|{_ALT_THEN.pattern}", re.IGNORECASE)
_SINCE = re.compile("since", re.IGNORECASE)  # in every match of SINCE_THEN
_CLAUSE_MARKS = re.compile("[,;]")
_START, _END = itemgetter(0), itemgetter(1)  # bisection keys: the lists are sorted by both


class Source(Protocol):
    """Where a sentence's entities, cue hits and period phrases are read (factcheck.context)."""

    def entities(self, span: tuple[int, int]) -> list[Span]: ...

    def cue_hits(self, span: tuple[int, int]) -> list[Span]: ...

    def periods(self, span: tuple[int, int]) -> list[tuple[int, int, Period]]: ...


class Nearby:
    """One sentence's entities, cue hits and periods, for lookups by claim.

    Each of the three lists is read from the source when a lookup first needs it: most
    claims are asked only for their subject.
    """

    __slots__ = ("_clauses", "_ents", "_hits", "_pers", "_since", "_source", "_text", "span")

    def __init__(self, text: str, span: tuple[int, int], source: Source) -> None:
        self._text, self.span, self._source = text, span, source
        self._ents: list[Span] | None = None
        self._hits: list[Span] | None = None
        self._pers: list[tuple[int, int, Period]] | None = None
        self._clauses: list[int] | None = None  # offsets of "," and ";", when first needed
        self._since: SinceThen | None = None

    @property
    def ents(self) -> list[Span]:
        if self._ents is None:
            self._ents = self._source.entities(self.span)
        return self._ents

    @property
    def hits(self) -> list[Span]:
        if self._hits is None:
            self._hits = self._source.cue_hits(self.span)
        return self._hits

    @property
    def pers(self) -> list[tuple[int, int, Period]]:
        if self._pers is None:
            self._pers = self._source.periods(self.span)
        return self._pers

    def subject(self, claim: Claim) -> str | None:
        """The nearest entity wholly before or after the claim; the one before wins a tie."""
        ents = self.ents
        i = bisect.bisect_right(ents, claim.start, key=_END)  # ents[:i] end before the claim
        j = bisect.bisect_left(ents, claim.end, i, key=_START)  # ents[j:] start after it
        if j == len(ents):
            return ents[i - 1][2] if i else None
        if i and claim.start - ents[i - 1][1] <= ents[j][0] - claim.end:
            return ents[i - 1][2]
        return ents[j][2]

    def cue_lemmas(self, lo: int, hi: int) -> list[str]:
        """Lemmas of the cue hits inside [lo, hi], in order."""
        hits = self.hits
        k = bisect.bisect_left(hits, lo, key=_START)
        out = []
        while k < len(hits) and hits[k][0] <= hi:
            if hits[k][1] <= hi:
                out.append(hits[k][2])
            k += 1
        return out

    def period(self, claim: Claim) -> Period | None:
        """The period phrase nearest the claim; none across "has since".

        A phrase in another clause (a comma or semicolon between) counts CLAUSE_PENALTY
        characters further. Of the phrases that end before the claim the last is the
        nearest, and of the others the first; ties go to the earlier phrase.
        """
        pers = self.pers
        i = bisect.bisect_right(pers, claim.start, key=_END)  # pers[:i] end before the claim
        best: tuple[int, int, Period] | None = None
        if i:
            start, end, period = pers[i - 1]
            gap = claim.start - end + CLAUSE_PENALTY * self._clause_between(end, claim.start)
            best = (gap, end, period)
        if i < len(pers):
            start, end, period = pers[i]
            gap = max(0, start - claim.end)
            gap += CLAUSE_PENALTY * self._clause_between(claim.end, start)
            if best is None or gap < best[0]:
                best = (gap, end, period)
        if best is None:
            return None
        if best[1] <= claim.start and self._since_then(best[1], claim.start):
            return None  # "in the 1990s ..., this share has since fallen to 35%": now, not then
        return best[2]

    def _clause_between(self, lo: int, hi: int) -> bool:
        """Is there a comma or semicolon in text[lo:hi]?"""
        if hi <= lo:
            return False
        if self._clauses is None:
            self._clauses = [m.start() for m in _CLAUSE_MARKS.finditer(self._text, *self.span)]
        k = bisect.bisect_left(self._clauses, lo)
        return k < len(self._clauses) and self._clauses[k] < hi

    def _since_then(self, lo: int, hi: int) -> bool:
        if self._since is None:
            self._since = SinceThen(self._text, self.span)
        return self._since.within(lo, hi)


class SinceThen:
    """Answers SINCE_THEN.search(text, lo, hi) is not None for lo, hi in one sentence.

    Every match holds a "since". Matches read in the whole text are listed once, by
    start, with the least end from each start on; a query takes the first listed match
    at or after lo and asks whether one ends by hi. search() with endpos=hi also finds
    a match that ends exactly at hi followed by a word character (its closing \\b sees
    the end of the search, not the character): that case is searched for directly,
    next to the one "since" that could begin it.
    """

    __slots__ = ("_least_end", "_sinces", "_starts", "_text")

    def __init__(self, text: str, span: tuple[int, int]) -> None:
        self._text = text
        self._sinces = [m.start() for m in _SINCE.finditer(text, *span)]
        found: list[tuple[int, int]] = []
        for q in self._sinces:
            back = q - _space_before(text, q)
            for verb in (3, 4):  # "has"/"had", "have"
                m = _ALT_HAS.match(text, back - verb) if back >= verb else None
                if m is not None and m.end() == q + 5:
                    found.append(m.span())
            m = _ALT_THEN.match(text, q)
            if m is not None:
                found.append(m.span())
        found.sort()
        self._starts = [s for s, _ in found]
        self._least_end = [e for _, e in found]
        for k in range(len(found) - 2, -1, -1):
            self._least_end[k] = min(self._least_end[k], self._least_end[k + 1])

    def within(self, lo: int, hi: int) -> bool:
        k = bisect.bisect_left(self._starts, lo)
        if k < len(self._starts) and self._least_end[k] <= hi:
            return True
        text = self._text
        if hi >= len(text) or not _is_word(text[hi]):
            return False  # a match cut at hi would also be a match in the whole text
        k = bisect.bisect_right(self._sinces, hi - 5) - 1  # the last "since" before hi
        if k < 0:
            return False
        q = self._sinces[k]  # "has since|" or "since then|" ending at hi holds it
        if q + 5 != hi:
            space = _space_before(text, hi - 4)
            if not space or hi - 4 - space != q + 5:
                return False
        first = max(lo, q - _space_before(text, q) - 4)
        return SINCE_THEN.search(text, first, hi) is not None


def _is_word(ch: str) -> bool:
    """The regex \\w of str patterns."""
    return ch.isalnum() or ch == "_"


def _space_before(text: str, at: int) -> int:
    """How many white-space characters end at text[at]."""
    k = at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return at - k
