"""A change named by its verb alone, for FC203: "sales fell from $120m to $150m".

A verb or noun of change (lexicon changes.tsv: "fell", "rose", "a drop") just before
"from A to B" states the direction of the change from A to B; the levels must go that
way. So does an adverb of change before "from" after a level, the newswire's order ("fell
to 7.46 million, down from 7.38 million": from the second to the first).

The two levels stand next to each other ("from A to B", nothing but "to" between
them, or one range the extractor read from them), share their unit, and are plain levels
(no change, range or multiplier); at most two words stand between the change word and
"from" ("fell sharply from"), none a negation ("did not fall from") and no figure. The
levels are compared with their bands (factcheck.tolerance): the change is in the wrong
direction only when the least the later level can be exceeds the most the earlier can be
(for a fall), or the other way round (for a rise).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from factcheck import tolerance
from factcheck.checks import Document, _absolute
from factcheck.checks._rate_bases import rate_of
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_FROM = re.compile(r"\b([a-z]+)\s+(?:([a-z]+)\s+)?(?:([a-z]+)\s+)?from\s*$", re.IGNORECASE)
_TO = re.compile(r"\s*to\s*", re.IGNORECASE)
_NEGATION = frozenset({"not", "never", "nt", "didn", "hasn", "haven", "wasn", "weren"})


class Direction(NamedTuple):
    """A change word, its direction ("increase" or "decrease") and its two levels."""

    word: str
    direction: str
    before: Claim
    after: Claim


def contradicted(doc: Document) -> Iterator[Direction]:
    """Each change whose levels go the other way from its word."""
    approx = doc.config.approx_tolerance
    pairs = [(said, a, b) for k, (a, b) in _from_to(doc)
             if (said := _change_word(doc, k)) is not None]
    for said, a0, b0 in [*pairs, *_from_after(doc)]:
        a, b = rate_of(doc, a0), rate_of(doc, b0)  # "36.8 per 1,000, down from 40.2": 36.8
        if a is None or b is None or a is b or a.unit != b.unit:
            continue
        lo_a, hi_a = tolerance.interval(a, approx)
        lo_b, hi_b = tolerance.interval(b, approx)
        if (said[1] == "decrease" and lo_b > hi_a) or (said[1] == "increase" and hi_b < lo_a):
            yield Direction(said[0], said[1], a, b)


def _from_after(doc: Document) -> Iterator[tuple[tuple[str, str], Claim, Claim]]:
    """((word, direction), before, after) for a level followed in its sentence by an
    adverb of change and "from" with the level it started at, the newswire's order ("fell
    to 7.46 million, down from 7.38 million"; "closed at 5,120, up from 5,080 a week
    earlier"): the two plain levels of one unit with no figure between them."""
    claims = doc.claims
    for k in range(1, len(claims)):
        a, b = claims[k - 1], claims[k]
        if doc.contexts[k - 1].sentence != doc.contexts[k].sentence:
            continue
        m = _ADVERB_FROM.search(doc.text, a.end, b.start)
        word = m.group(1).lower() if m else ""
        direction = lexicon().change_adverbs.get(word)
        if direction in ("increase", "decrease") and a.unit == b.unit and _plain(a) and (
                _plain(b)) and _NEGATION.isdisjoint(doc.text[a.end : b.start].lower().split()):
            yield (word, direction), b, a


_ADVERB_FROM = re.compile(r"[,;]\s*([a-z]+)\s+from\s*$", re.IGNORECASE)


def _from_to(doc: Document) -> Iterator[tuple[int, tuple[Claim, Claim]]]:
    """(index of the first, (A, B)) for each "A to B": two plain levels of one unit with
    only "to" between them, or one range the extractor read from them."""
    claims = doc.claims
    for k, c in enumerate(claims):
        ends = _absolute.ends(c)
        if ends is not None:
            yield k, ends
        if k + 1 < len(claims) and doc.contexts[k].sentence == doc.contexts[k + 1].sentence:
            b = claims[k + 1]
            if (c.unit == b.unit and _plain(c) and _plain(b)
                    and _TO.fullmatch(doc.text, c.end, b.start)):
                yield k, (c, b)


def _change_word(doc: Document, i: int) -> tuple[str, str] | None:
    """The change word and its direction before "from" and figure i, or None."""
    c = doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 40)
    if i and doc.claims[i - 1].end > start:
        start = doc.claims[i - 1].end  # no figure between the word and "from"
    m = _FROM.search(doc.text, start, c.start)
    if m is None:
        return None
    words = [w.lower() for w in m.groups() if w]
    if _NEGATION & set(words):
        return None
    kinds = (lexicon().change_verbs, lexicon().change_nouns)
    for word in words:
        for kind in kinds:
            if kind.get(word) in ("increase", "decrease"):
                return word, kind[word]
    return None


def _plain(c: Claim) -> bool:
    return (c.change is None and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx"))
