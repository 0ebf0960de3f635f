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

from factcheck.model import Claim, ClaimContext
from factcheck.periods import Period, periods
from factcheck.sentences import sentences

_CAP = re.compile(r"(?<![\w'’])[A-Z][\w&’'.-]*")
_WORD = re.compile(r"[a-z]+(?:\s+to)?", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_CUE_BEFORE, _CUE_AFTER = 60, 40  # characters either side of the claim searched for cues

Span = tuple[int, int, str]


def _lines(name: str) -> list[str]:
    text = files("factcheck").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _cue_table() -> dict[str, str]:
    return dict(tuple(line.split("\t", 1)) for line in _lines("cues.tsv"))  # type: ignore[misc]


@cache
def _not_entities() -> frozenset[str]:
    return frozenset(line.strip() for line in _lines("not_entities.txt"))


def cue_lemma(word: str) -> str | None:
    """The metric lemma a word signals ("exports" -> "export"), or None."""
    return _cue_table().get(word.lower().strip())


def contexts(text: str, claims: Sequence[Claim], as_of: date) -> tuple[ClaimContext, ...]:
    """One ClaimContext per claim, in the order given."""
    spans = sentences(text)
    starts = [s for s, _ in spans]
    mid_caps = _mid_sentence_caps(text, spans)
    cache_: dict[tuple[int, int], tuple[list[Span], list[tuple[int, int, Period]]]] = {}
    out: list[ClaimContext] = []
    for claim in claims:
        k = max(0, bisect.bisect_right(starts, claim.start) - 1)
        sent = spans[k] if spans else (0, len(text))
        if sent not in cache_:
            body = text[sent[0] : sent[1]]
            cache_[sent] = (_entities(text, sent, mid_caps), periods(body, sent[0], as_of))
        ents, pers = cache_[sent]
        out.append(ClaimContext(
            claim=claim,
            subject=_nearest(ents, claim),
            cues=_cues(text, claim, sent),
            period=_nearest_period(pers, claim),
            sentence=sent,
        ))
    return tuple(out)


def _mid_sentence_caps(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Capitalised words used as names: seen mid-sentence, or opening two sentences."""
    seen: set[str] = set()
    openers: set[str] = set()
    for start, end in spans:
        for m in _CAP.finditer(text, start, end):
            word = _clean(m.group(0))
            if m.start() != start or word in openers:
                seen.add(word)
            else:
                openers.add(word)
    return frozenset(seen)


def _clean(word: str) -> str:
    return _POSSESSIVE.sub("", word.rstrip(".-"))


def _entities(text: str, sent: tuple[int, int], names: frozenset[str]) -> list[Span]:
    """Runs of capitalised words in the sentence ("Kachin State", "Bhamo's" -> "Bhamo")."""
    runs: list[Span] = []
    skip = _not_entities()
    last_end, last_possessive = -1, False
    for m in _CAP.finditer(text, sent[0], sent[1]):
        raw, word = m.group(0), _clean(m.group(0))
        if not word or word.lower() in skip:
            continue
        possessive = bool(_POSSESSIVE.search(raw))
        if m.start() == sent[0] and not (word in names or possessive or word.isupper()):
            continue  # a capitalised sentence opener, not known to be a name
        if runs and not last_possessive and text[last_end : m.start()].isspace():
            start, _, name = runs[-1]
            runs[-1] = (start, m.start() + len(word), f"{name} {word}")
        else:
            runs.append((m.start(), m.start() + len(word), word))
        last_end, last_possessive = m.end(), possessive
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


def _cues(text: str, claim: Claim, sent: tuple[int, int]) -> tuple[str, ...]:
    lo, hi = max(sent[0], claim.start - _CUE_BEFORE), min(sent[1], claim.end + _CUE_AFTER)
    found: list[str] = []
    for word in [claim.noun or "", *_WORD.findall(text[lo:hi])]:
        lemma = cue_lemma(word) or cue_lemma(word.split()[0] if word else "")
        if lemma and lemma not in found:
            found.append(lemma)
    return tuple(found)


def _nearest_period(pers: list[tuple[int, int, Period]], claim: Claim) -> Period | None:
    best: tuple[int, Period] | None = None
    for start, end, period in pers:
        gap = claim.start - end if end <= claim.start else max(0, start - claim.end)
        if best is None or gap < best[0]:
            best = (gap, period)
    return best[1] if best else None
