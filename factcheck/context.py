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
from datetime import date
from functools import cache
from importlib.resources import files
from typing import TypeVar

from factcheck.model import Claim, ClaimContext
from factcheck.periods import Period, ascii_lower, periods
from factcheck.sentences import sentences

_CAP = re.compile(r"[A-Z][\w&’'.-]*")  # a word start: checked in _capitalised
_WORD = re.compile(r"[a-z]+")
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
    spans = sentences(text) or ((0, len(text)),)
    starts = [s for s, _ in spans]
    caps = _capitalised(text)
    cap_starts = [c[0] for c in caps]
    names = _names(caps, frozenset(starts))
    low = ascii_lower(text)
    found = periods(text, 0, as_of)
    period_starts = [p[0] for p in found]
    cache_: dict[tuple[int, int], tuple[list[Span], list[tuple[int, int, Period]]]] = {}
    out: list[ClaimContext] = []
    for claim in claims:
        sent = spans[max(0, bisect.bisect_right(starts, claim.start) - 1)]
        per_sentence = cache_.get(sent)
        if per_sentence is None:
            per_sentence = (_entities(text, sent, _within(caps, cap_starts, sent), names),
                            _within(found, period_starts, sent))
            cache_[sent] = per_sentence
        ents, pers = per_sentence
        out.append(ClaimContext(
            claim,
            _nearest(ents, claim) if ents else None,
            _cues(low, claim, sent),
            _nearest_period(pers, claim) if pers else None,
            sent,
        ))
    return tuple(out)


T = TypeVar("T")


def _within(items: list[T], starts: list[int], span: tuple[int, int]) -> list[T]:
    """The items (sorted, starting at starts) that start inside span."""
    return items[bisect.bisect_left(starts, span[0]) : bisect.bisect_left(starts, span[1])]


Cap = tuple[int, int, str, bool, bool]  # start, end, name, possessive, never a name


def _capitalised(text: str) -> list[Cap]:
    """Each capitalised word ("McDonald", not the "D" inside it), read once."""
    skip = _not_entities()
    caps: list[Cap] = []
    for m in _CAP.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_'’"):
            continue
        raw = m.group(0)
        word = _clean(raw)
        caps.append((at, m.end(), word, word != raw.rstrip(".-"), word.lower() in skip))
    return caps


def _names(caps: list[Cap], openings: frozenset[int]) -> frozenset[str]:
    """Capitalised words used as names: seen mid-sentence, or opening two sentences."""
    seen: set[str] = set()
    openers: set[str] = set()
    for start, _, word, _, _ in caps:
        if start not in openings or word in openers:
            seen.add(word)
        else:
            openers.add(word)
    return frozenset(seen)


def _clean(word: str) -> str:
    """ "Bhamo's" -> "Bhamo", "U.S." -> "U.S"."""
    word = word.rstrip(".-")
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _entities(text: str, sent: tuple[int, int], caps: list[Cap], names: frozenset[str]
              ) -> list[Span]:
    """Runs of capitalised words in the sentence ("Kachin State", "Bhamo's" -> "Bhamo")."""
    runs: list[Span] = []
    last_end, last_possessive = -1, False
    for at, end, word, possessive, never in caps:
        if never or not word:
            continue
        if at == sent[0] and not (word in names or possessive or word.isupper()):
            continue  # a capitalised sentence opener, not known to be a name
        if runs and not last_possessive and text[last_end:at].isspace():
            start, _, name = runs[-1]
            runs[-1] = (start, at + len(word), f"{name} {word}")
        else:
            runs.append((at, at + len(word), word))
        last_end, last_possessive = end, possessive
    return runs


def _nearest(ents: list[Span], claim: Claim) -> str | None:
    best: tuple[int, int, str] | None = None
    for start, end, name in ents:
        if start >= claim.start and end <= claim.end:
            continue
        gap = claim.start - end if end <= claim.start else start - claim.end
        rank = (gap, 0 if end <= claim.start else 1, name)
        if gap >= 0 and (best is None or rank < best):
            best = rank
    return best[2] if best else None


def _cues(low: str, claim: Claim, sent: tuple[int, int]) -> tuple[str, ...]:
    """Lemmas of the claim's noun and the cue words around it, within its sentence."""
    lo, hi = max(sent[0], claim.start - _CUE_BEFORE), min(sent[1], claim.end + _CUE_AFTER)
    window = low[lo:hi]
    table = _cue_table()
    hits = [table[w] for w in _WORD.findall(window) if w in table]
    hits += [lemma for phrase, lemma in _two_word_cues() if phrase in window]
    noun = table.get((claim.noun or "").lower())
    if noun is not None:
        hits.insert(0, noun)
    return tuple(dict.fromkeys(hits))


def _nearest_period(pers: list[tuple[int, int, Period]], claim: Claim) -> Period | None:
    best: tuple[int, Period] | None = None
    for start, end, period in pers:
        gap = claim.start - end if end <= claim.start else max(0, start - claim.end)
        if best is None or gap < best[0]:
            best = (gap, period)
    return best[1] if best else None
