"""What each claim is about: its subject, metric cues, period and sentence.

contexts(text, claims, as_of) gives one ClaimContext per claim, in the same order. The
subject is the nearest named entity in the claim's sentence ("Bhamo's" -> "Bhamo"); cues
are lemmas of metric words near the claim (data/cues.tsv); the period is the nearest
period phrase in the sentence (factcheck.periods), else None. One pass over the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from importlib.resources import files
from itertools import compress
from operator import itemgetter
from typing import TypeVar

from factcheck.entities import Entities
from factcheck.model import Claim, ClaimContext
from factcheck.nearby import Nearby
from factcheck.periods import MONTH_QUICK, ascii_lower, periods
from factcheck.scan import Capitals, letter_runs
from factcheck.sentences import sentences

_CAP_SPLIT = re.compile(r"([A-Z][\w&]*(?:[.-][\w&]+)*)")  # "U.S", "Kachin-based": names
_WORD = re.compile(r"[a-z]+")
_START = itemgetter(0)
_CUE_BEFORE, _CUE_AFTER = 60, 40  # characters either side of the claim searched for cues

Span = tuple[int, int, str]


def _lines(name: str) -> list[str]:
    text = files("factcheck").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _cue_table() -> dict[str, str]:
    return dict(tuple(line.split("\t", 1)) for line in _lines("cues.tsv"))  # type: ignore[misc]


@cache
def _two_word_cues() -> tuple[tuple[str, str], ...]:
    """(phrase, lemma) for cues of more than one word, like "home to"."""
    return tuple((words, lemma) for words, lemma in _cue_table().items() if " " in words)


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(line.strip() for line in _lines("not_entities.txt"))


def cue_lemma(word: str) -> str | None:
    """The metric lemma a word signals ("exports" -> "export"), or None."""
    return _cue_table().get(word.lower().strip())


def contexts(text: str, claims: Sequence[Claim], as_of: date) -> tuple[ClaimContext, ...]:
    """One ClaimContext per claim, in the order given."""
    if not claims:
        return ()
    spans = sentences(text) or ((0, len(text)),)
    starts = [s for s, _ in spans]
    low = ascii_lower(text)
    caps = Capitals(text, _CAP_SPLIT)
    names = Entities(text, caps, _skip_forms(), _cue_table())
    letters = letter_runs(low)
    candidates = _cue_candidates(low, letters)
    found = periods(text, 0, as_of, low=low, months=caps.find(MONTH_QUICK))
    period_starts = [p[0] for p in found]
    cache_: dict[int, Nearby] = {}
    out: list[ClaimContext] = []
    lo = hi = 0  # claims starting in [lo, hi) are in the sentence spans[k]
    near: Nearby
    for claim in claims:
        if not lo <= claim.start < hi:  # claims come in order: most share the last one's
            k = max(0, bisect.bisect_right(starts, claim.start) - 1)
            lo = starts[k] if k else -1
            hi = starts[k + 1] if k + 1 < len(starts) else len(text) + 1
            if k not in cache_:
                sent = spans[k]
                cache_[k] = Nearby(text, sent, names.runs(sent),
                                   _sentence_cues(low, letters, candidates, sent),
                                   _within(found, period_starts, sent))
            near = cache_[k]
        out.append(ClaimContext(
            claim,
            near.subject(claim) if near.ents else None,
            _cues(claim, near) if near.hits or claim.noun else (),
            near.period(claim) if near.pers else None,
            near.span,
        ))
    return _ends_of_spans(text, tuple(out))


_FROM_TO = re.compile(r"\s*(?:to|and)\s*", re.IGNORECASE)


def _ends_of_spans(text: str, ctxs: tuple[ClaimContext, ...]) -> tuple[ClaimContext, ...]:
    """ "rose from about 1% to over 32% between 2012 and 2018": 1% is 2012's, 32% 2018's."""
    out = list(ctxs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        span = a.period
        if span is None or span != b.period or span[0].year >= span[1].year:
            continue
        if not _FROM_TO.fullmatch(text, a.claim.end, b.claim.start):
            continue
        if not re.search(r"\bfrom\s+(?:\w+\s+)?$", text[max(0, a.claim.start - 20):a.claim.start],
                         re.IGNORECASE):
            continue
        first, last = span[0].year, span[1].year
        out[k] = replace(a, period=(date(first, 1, 1), date(first, 12, 31)))
        out[k + 1] = replace(b, period=(date(last, 1, 1), date(last, 12, 31)))
    return tuple(out)


T = TypeVar("T")


def _within(items: list[T], starts: list[int], span: tuple[int, int]) -> list[T]:
    """The items (sorted, starting at starts) that start inside span."""
    return items[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]


@cache
def _skip_forms() -> frozenset[str]:
    """The words of not_entities.txt as written in text: "the", "The", "THE"."""
    words = _not_entities()
    return words | {w.capitalize() for w in words} | {w.upper() for w in words}


def _cue_candidates(low: str, letters: bytes) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of every cue in the text as a whole word of a-z, sorted.

    The letter runs (scan.letter_runs) split into the text's words; the cue words among
    them are placed in order with bytes.find, each search starting after the last.
    Phrases ("home to") are found in low. Neighbours are checked per sentence.
    """
    table, one_word = _cue_table(), _cue_bytes()
    words = letters.split()
    padded = b" " + letters + b" "  # " word " starts at the word's offset in letters
    found: list[tuple[int, int, str]] = []
    at = 0
    for word in compress(words, map(_cue_set().__contains__, words)):
        at = padded.find(b" " + word + b" ", at)
        found.append((at, at + len(word), table[one_word[word]]))
        at += len(word) + 1
    for phrase, lemma in _two_word_cues():
        at = low.find(phrase)
        while at != -1:
            found.append((at, at + len(phrase), lemma))
            at = low.find(phrase, at + len(phrase))
    found.sort()
    return found


def _sentence_cues(low: str, letters: bytes, candidates: list[tuple[int, int, str]],
                   sent: tuple[int, int]) -> list[tuple[int, int, str]]:
    """(start, end, lemma) of each cue word in the sentence, not joined to other letters."""
    first, last = sent
    if (first and letters[first - 1] != 0x20) or (last < len(letters) and letters[last] != 0x20):
        return _scan_cues(low, letters, sent)  # a word crosses the edge: read the sentence
    lo = bisect.bisect_left(candidates, first, key=_START)
    hi = bisect.bisect_left(candidates, last, lo, key=_START)
    return [(at, end, lemma) for at, end, lemma in candidates[lo:hi] if end <= last
            and not ((at > first and low[at - 1].isalpha())
                     or (end < last and low[end].isalpha()))]


def _scan_cues(low: str, letters: bytes, sent: tuple[int, int]
               ) -> list[tuple[int, int, str]]:
    """_sentence_cues for a sentence read alone: its words found, then placed by find."""
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
