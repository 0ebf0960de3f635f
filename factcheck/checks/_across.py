"""Sums of parts over sentences, for FC207: the rest of a whole ("1,460 nurses. Of these,
1,020 ... The remaining 440 ..."), and a whole split in the next sentence ("approved a
£48.5m budget. The money is split between care (£21.2m), roads (£14.8m) and ...").
Each yields the parts, their sum with its bands (factcheck.checks._sums.Parts) and the
whole, when the sum cannot reach the whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck import tolerance
from factcheck.checks import Document, _sums, _wholes
from factcheck.checks import _figures as fig
from factcheck.model import Claim

Sum = tuple[list[Claim], _sums.Parts, Claim]  # the parts, their sum, the whole
_NEXT = re.compile(r"\s+([a-z]+)", re.IGNORECASE)
_LAST_WORD = re.compile(r"([a-z]+)\W*$", re.IGNORECASE)
_BACK = 4  # claims between a rest and the part before it


def rests(doc: Document) -> Iterator[Sum]:
    """The rest of a whole across sentences: "1,460 nurses. Of these, 1,020 work in its
    hospitals. The remaining 440 ...": a figure after a word of class "rest" (words.tsv),
    the nearest figure of its unit before it (at most _BACK claims back) that points back
    to a whole (factcheck.checks._wholes) or is a part of a whole its frame names ("Of
    the 85 staff, 48 ..."), and that whole; the two parts must make it."""
    approx = doc.config.approx_tolerance
    for r, rest in enumerate(doc.claims):
        word = _LAST_WORD.search(doc.text, max(0, rest.start - 20), rest.start)
        if word is None or word.group(1).lower() not in fig.words("rest"):
            continue
        back = ((j, _whole(doc, j)) for j in range(r - 1, max(-1, r - 1 - _BACK), -1)
                if doc.claims[j].unit == rest.unit)
        p, w = next(((j, k) for j, k in back if k is not None), (None, None))
        if p is None or w is None or not _wholes.same_thing(doc.claims[w], rest):
            continue
        if _not_all_the_rest(doc, r):
            continue
        t_low, t_high = tolerance.interval(doc.claims[w], approx)
        between = [c for c in doc.claims[w + 1 : r] if c.unit == rest.unit]
        readings = [[doc.claims[p], rest], [*between, rest]]  # "Of that, €38m ... The
        # bridge takes another €19m, and the junctions the remaining €7m": all named parts
        runs = [_sums.Parts(0) for _ in readings]
        for run, claims in zip(runs, readings, strict=True):
            for c in claims:
                run.add(c, approx)
        if all(not run.bad and (run.high < t_low or run.low > t_high) for run in runs):
            k = min((0, 1), key=lambda n: abs(runs[n].value - doc.claims[w].value))
            yield readings[k], runs[k], doc.claims[w]


def _not_all_the_rest(doc: Document, r: int) -> bool:
    """Whether the rest is not all of the rest: another figure of its unit follows in its
    sentence ("The remaining 15 are home-grown, and 5 are on loan"), or its own scope
    narrows it ("the other 80 beds in the annexe")."""
    rest, sentence = doc.claims[r], doc.contexts[r].sentence
    if any(doc.contexts[k].sentence == sentence and doc.claims[k].unit == rest.unit
           for k in range(r + 1, min(len(doc.claims), r + 1 + _BACK))):
        return True
    after = _NEXT.match(doc.text, rest.end)  # the word right after the figure and its noun
    return after is not None and after.group(1).lower() in fig.QUALIFIERS


def _whole(doc: Document, j: int) -> int | None:
    """The whole a part points back to ("Of these, 1,020"), or its frame's whole ("Of the
    85 staff, 48 ...")."""
    found = _wholes.back_whole(doc, j)
    named = doc.frames[j].relations.get("whole", ())
    if found is None and doc.frames[j].role == "part" and named:
        found = named[0]
    return found


def split_after(doc: Document) -> Iterator[Sum]:
    """A whole in one sentence, split in the next: "approved a £48.5m budget. The money is
    split between care (£21.2m), roads (£14.8m) and ...". The second sentence opens with
    words and a word that divides (words.tsv, class "split"), no figure before it; its
    list is complete, and its whole is the one level of the list's unit in the sentence
    before, in the same paragraph."""
    approx = doc.config.approx_tolerance
    for before, group in pairwise(doc.groups):
        start = doc.contexts[group[0]].sentence[0]
        lead = doc.text[start : doc.claims[group[0]].start]
        if "\n\n" in doc.text[doc.contexts[before[-1]].sentence[1] : start]:
            continue
        if not _divides(lead):
            continue
        parts = _sums.listed(doc, group)
        unit = doc.claims[parts[0]].unit
        wholes = [i for i in before if doc.claims[i].unit == unit and _sums.addable(doc.frames[i])]
        if len(parts) < 2 or len(wholes) != 1 or _sums.unread(doc, parts):
            continue
        end = doc.contexts[parts[-1]].sentence[1]
        if _sums.OPEN_LIST.search(doc.text, doc.claims[parts[-1]].end, end) or not all(
                _sums.addable(doc.frames[i]) and doc.claims[i].unit == unit for i in parts):
            continue
        claims = [doc.claims[i] for i in parts]
        run = _sums.Parts(0)
        for c in claims:
            run.add(c, approx)
        t_low, t_high = tolerance.interval(doc.claims[wholes[0]], approx)
        if not run.bad and (run.high < t_low or run.low > t_high):
            yield claims, run, doc.claims[wholes[0]]


def _divides(lead: str) -> bool:
    """Whether a sentence's words before its first figure divide a whole named before
    ("The money is split between adult care (", "It is divided among"): a word of class
    "split", no digit, no other clause."""
    lead = lead.rstrip().removesuffix("(")
    if len(lead) > 60 or any(c in lead for c in ".;:()") or _sums.DIGIT.search(lead):
        return False
    words = {w.lower() for w in fig.WORDS.findall(lead)}
    stems = {w[:-1] for w in words if w.endswith("s")}
    return bool((words | stems) & fig.words("split"))
