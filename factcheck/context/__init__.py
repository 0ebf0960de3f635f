"""What each claim is about: its subject, metric cues, period and sentence.

contexts(text, claims, as_of) gives one ClaimContext per claim, in the same order. The
subject is the nearest named entity in the claim's sentence ("Bhamo's" -> "Bhamo"); cues
are lemmas of metric words near the claim (data/cues.tsv); the period is the nearest
period phrase in the sentence (factcheck.context.periods), else None. The sentences are split
once; subject, cues and period are read when a check or a table first asks for them
(capitalised words over the whole draft in one pass, cue words and period phrases in
the asking claim's sentence alone), so a draft costs what its questions need.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any, Generic, TypeVar, overload

from factcheck.context.entities import Entities
from factcheck.context.nearby import Nearby, Period
from factcheck.context.periods import ascii_lower, periods
from factcheck.context.scan import Capitals, letter_runs
from factcheck.lexicon import lexicon
from factcheck.model import Claim, ClaimContext
from factcheck.text.sentences import sentences

_CAP_SPLIT = re.compile(r"([A-Z][\w&]*(?:[.-][\w&]+)*)")  # "U.S", "Kachin-based": names
_WORD = re.compile(r"[a-z]+")
_CUE_BEFORE, _CUE_AFTER = 60, 40  # characters either side of the claim searched for cues

Span = tuple[int, int, str]
T = TypeVar("T")


def _cue_table() -> dict[str, str]:
    return lexicon().cues


@cache
def _two_word_cues() -> tuple[tuple[str, str], ...]:
    """(phrase, lemma) for cues of more than one word, like "home to"."""
    return tuple((words, lemma) for words, lemma in _cue_table().items() if " " in words)


def _not_entities() -> frozenset[str]:
    return lexicon().not_entities


def cue_lemma(word: str) -> str | None:
    """The metric lemma a word signals ("exports" -> "export"), or None."""
    return _cue_table().get(word.lower().strip())


def contexts(text: str, claims: Sequence[Claim], as_of: date) -> tuple[ClaimContext, ...]:
    """One ClaimContext per claim, in the order given.

    Each claim's sentence is found here; its subject, cues and period are read when first
    asked for (see _Deferred), so a claim no check or table asks about costs a bisection.
    """
    if not claims:
        return ()
    draft = _Draft(text, as_of)
    spans = draft.spans
    starts = [s for s, _ in spans]
    out: list[ClaimContext] = []
    lo = hi = 0  # claims starting in [lo, hi) are in the sentence spans[k]
    near: Nearby
    for claim in claims:
        if not lo <= claim.start < hi:  # claims come in order: most share the last one's
            k = max(0, bisect.bisect_right(starts, claim.start) - 1)
            lo = starts[k] if k else -1
            hi = starts[k + 1] if k + 1 < len(starts) else len(text) + 1
            near = draft.near(k)
        out.append(_Deferred(claim, sentence=near.span, near=near))
    return _ends_of_spans(text, tuple(out))


class _once(Generic[T]):
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    read, which costs as much as reading a subject): computed once, kept in the instance's
    __dict__, where later reads find it without calling here. For _Draft's readings and
    _Deferred's fields."""

    def __init__(self, read: Callable[[Any], T]) -> None:
        self._read, self._name = read, read.__name__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | _once[T]:
        if obj is None:
            return self
        value = obj.__dict__[self._name] = self._read(obj)
        return value


class _Draft:
    """The readings of the draft that contexts share, each made when first needed.

    Capitalised words (for subjects) are read over the whole draft once, since a
    sentence opener counts as a name by how often the draft writes it; cue words and
    period phrases sentence by sentence, only in sentences whose claims are asked.
    """

    def __init__(self, text: str, as_of: date) -> None:
        self.text, self.as_of = text, as_of
        self.spans = sentences(text) or ((0, len(text)),)
        self._near: dict[int, Nearby] = {}

    def near(self, k: int) -> Nearby:
        """The Nearby of sentence k, shared by its claims."""
        found = self._near.get(k)
        if found is None:
            found = self._near[k] = Nearby(self.text, self.spans[k], self)
        return found

    @_once
    def low(self) -> str:
        return ascii_lower(self.text)

    @_once
    def letters(self) -> bytes:
        return letter_runs(self.low)

    @_once
    def caps(self) -> Capitals:
        return Capitals(self.text, _CAP_SPLIT)

    @_once
    def names(self) -> Entities:
        return Entities(self.text, self.caps, _skip_forms(), _cue_table())

    def entities(self, span: tuple[int, int]) -> list[Span]:
        return self.names.runs(span)

    def cue_hits(self, span: tuple[int, int]) -> list[Span]:
        return _scan_cues(self.low, self.letters, span)

    def periods(self, span: tuple[int, int]) -> list[tuple[int, int, Period]]:
        return periods(self.text[span[0] : span[1]], span[0], self.as_of)


class _Deferred(ClaimContext):
    """A ClaimContext whose subject, cues and period are read from its sentence's Nearby
    when first asked for, then kept. Built with near=None it is an ordinary ClaimContext
    of the values given (as dataclasses.replace builds it). Equal to, and hashed as, any
    ClaimContext of the same values.
    """

    def __init__(self, claim: Claim, subject: str | None = None, cues: tuple[str, ...] = (),
                 period: Period | None = None, sentence: tuple[int, int] = (0, 0), *,
                 near: Nearby | None = None) -> None:
        if near is None:
            super().__init__(claim, subject, cues, period, sentence)
        else:
            self.__dict__.update(claim=claim, sentence=sentence, _near=near)

    @_once
    def subject(self) -> str | None:
        near: Nearby = self.__dict__["_near"]
        return near.subject(self.claim) if near.ents else None

    @_once
    def cues(self) -> tuple[str, ...]:
        near: Nearby = self.__dict__["_near"]
        return _cues(self.claim, near) if self.claim.noun or near.hits else ()

    @_once
    def period(self) -> Period | None:
        near: Nearby = self.__dict__["_near"]
        return near.period(self.claim) if near.pers else None

    def _values(self) -> tuple[Claim, str | None, tuple[str, ...], Period | None,
                               tuple[int, int]]:
        return (self.claim, self.subject, self.cues, self.period, self.sentence)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClaimContext):
            return NotImplemented
        return self._values() == (other.claim, other.subject, other.cues, other.period,
                                   other.sentence)

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return repr(ClaimContext(*self._values()))


_FROM_TO = re.compile(r"\s*(?:to|and)\s*", re.IGNORECASE)


def _ends_of_spans(text: str, ctxs: tuple[ClaimContext, ...]) -> tuple[ClaimContext, ...]:
    """ "rose from about 1% to over 32% between 2012 and 2018": 1% is 2012's, 32% 2018's."""
    out = list(ctxs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not _FROM_TO.fullmatch(text, a.claim.end, b.claim.start):
            continue
        if not re.search(r"\bfrom\s+(?:\w+\s+)?$", text[max(0, a.claim.start - 20):a.claim.start],
                         re.IGNORECASE):
            continue
        span = a.period
        if span is None or span != b.period or span[0].year >= span[1].year:
            continue
        first, last = span[0].year, span[1].year
        out[k] = replace(a, period=(date(first, 1, 1), date(first, 12, 31)))
        out[k + 1] = replace(b, period=(date(last, 1, 1), date(last, 12, 31)))
    return tuple(out)


@cache
def _skip_forms() -> frozenset[str]:
    """The words of not_entities.txt as written in text: "the", "The", "THE"."""
    words = _not_entities()
    return words | {w.capitalize() for w in words} | {w.upper() for w in words}


def _scan_cues(low: str, letters: bytes, sent: tuple[int, int]
               ) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of each cue in the sentence, a whole word not joined to other
    letters: the sentence's words (its letter runs) met with the cue set, then placed by
    find."""
    first, last = sent
    words = letters[first:last].split()
    one_word = _cue_bytes()
    present = [one_word[w] for w in _cue_set().intersection(words)]
    present += [phrase for phrase, _ in _two_word_cues() if low.find(phrase, first, last) >= 0]
    table = _cue_table()
    hits: list[tuple[int, int, str]] = []
    for word in present:
        at = low.find(word, first, last)
        while at != -1:
            end = at + len(word)
            inside = ((at > first and low[at - 1].isalpha())
                      or (end < last and low[end].isalpha()))
            if not inside:
                hits.append((at, end, table[word]))
            at = low.find(word, end, last)
    return sorted(hits) if len(hits) > 1 else hits


@cache
def _cue_bytes() -> dict[bytes, str]:
    """The cues that are one word of a-z, as bytes (what letter runs split into) -> as str."""
    return {word.encode("ascii"): word for word in _cue_table() if _WORD.fullmatch(word)}


@cache
def _cue_set() -> frozenset[bytes]:
    return frozenset(_cue_bytes())


def _cues(claim: Claim, near: Nearby) -> tuple[str, ...]:
    """Lemmas of the claim's noun and the cue words around it, within its sentence."""
    found = near.cue_lemmas(claim.start - _CUE_BEFORE, claim.end + _CUE_AFTER)
    noun = _cue_table().get(claim.noun.lower()) if claim.noun else None
    if noun is not None:
        found.insert(0, noun)
    return tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)
