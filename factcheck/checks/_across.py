"""Sums of parts over sentences, for FC207: the rest of a whole ("1,460 nurses. Of these,
1,020 ... The remaining 440 ..."), and a whole split in the next sentence ("approved a
£48.5m budget. The money is split between care (£21.2m), roads (£14.8m) and ...").
Each yields the parts, their sum with its bands (factcheck.checks._sums.Parts) and the
whole, when the sum cannot reach the whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from factcheck import tolerance
from factcheck.checks import Document, _sums, _wholes
from factcheck.checks import _figures as fig
from factcheck.checks._bases import is_base
from factcheck.checks._story import (
    holds_at,
    in_sentence,
    section_between,
    section_break,
    sentence_index,
)
from factcheck.model import Claim

Sum = tuple[list[Claim], _sums.Parts, Claim]  # the parts, their sum, the whole
_NEXT = re.compile(r"\s+([a-z]+)", re.IGNORECASE)
_DEFINITE = re.compile(r"\b(?:the|its|their|his|her|our|these|those)\s+$", re.IGNORECASE)
_LAST_WORD = re.compile(r"([a-z]+)\W*$", re.IGNORECASE)
_BACK = 4  # claims between a rest and the part before it
WINDOW = 2  # sentences before a rest's that its story whole is looked for in


def rests(doc: Document) -> Iterator[Sum]:
    """The rest of a whole across sentences: "1,460 nurses. Of these, 1,020 work in its
    hospitals. The remaining 440 ...": a figure after a word of class "rest" (words.tsv)
    says that it and the parts named before it are all of a whole. The whole is the one
    a part before it points back to (factcheck.checks._wholes) or its frame names ("Of
    the 85 staff, 48 ..."); else, story-wide, the figure of its thing that opens the
    run of figures of its unit before it (_story_whole: "Skyline will cut 1,250 jobs.
    600 go in Glasgow and 400 in Belfast. The remaining 550 ..."). It fires when no
    reading makes the whole: the parts named since the whole with the rest, or one of
    them with the rest (a part may be a part of another: "500 adults, 120 of them over
    80. The other 400 ...")."""
    approx = doc.config.approx_tolerance
    for r, rest in enumerate(doc.claims):
        word = _LAST_WORD.search(doc.text, max(0, rest.start - 20), rest.start)
        if word is None or word.group(1).lower() not in fig.words("rest"):
            continue
        found = _readings(doc, r)
        noun_phrase = _DEFINITE.search(doc.text, max(0, word.start(1) - 8), word.start(1))
        if found is None or _not_all_the_rest(doc, r, noun_phrase is not None):
            continue
        w, readings = found
        t_low, t_high = tolerance.interval(doc.claims[w], approx)
        runs = [_sums.Parts(0) for _ in readings]
        for run, claims in zip(runs, readings, strict=True):
            for c in claims:
                run.add(c, approx)
        if all(not run.bad and (run.high < t_low or run.low > t_high) for run in runs):
            k = min(range(len(runs)), key=lambda n: abs(runs[n].value - doc.claims[w].value))
            yield readings[k], runs[k], doc.claims[w]


def _readings(doc: Document, r: int) -> tuple[int, list[list[Claim]]] | None:
    """The whole of rest r and the ways its parts may add up to it, or None."""
    rest = doc.claims[r]
    bare = rest.unit == "" and rest.noun is None  # "3,000 were sold, leaving 5,500": the
    # unit written once, before
    back = ((j, _whole(doc, j)) for j in range(r - 1, max(-1, r - 1 - _BACK), -1)
            if doc.claims[j].unit == rest.unit or bare)
    p, w = next(((j, k) for j, k in back if k is not None), (None, None))
    if p is not None and w is not None and (_listed_item(doc, w) or _whole(doc, w) is not None
                                            or not _inside(doc, w, p)):
        return None  # "600 go in Glasgow and 400 in Belfast, and 90 of those ..." or "Of
        # them, 180 are adults, 45 of whom ...": a part of a part, whose rest may be the
        # outer whole's; "last year 70 ...": another period
    if p is not None and w is not None:
        label = rest.noun is not None and (not rest.noun.lower().endswith("s")
                                           or doc.frames[r].measure is None)
        # "The remaining 150 fly short routes": a noun the frame does not measure is words
        # after the rest (its verb), not a thing it counts
        if not _wholes.same_thing(doc.claims[w], replace(rest, noun=None) if label else rest):
            return None  # "which leaves 22 empty": a word that is no plural is a label
        unit = doc.claims[p].unit
        since = [j for j in range(min(p, w + 1), r)
                 if j != w and doc.claims[j].unit == unit and _inside(doc, w, j)]
        between = [doc.claims[j] for j in since]
        # "Of that, €38m ... The bridge takes another €19m, and the junctions the
        # remaining €7m": all named parts, the first before its whole too ("won 41 of the
        # 76 matches, the visitors 27 and the rest 8")
        if since and since[0] == p and _one_list(doc, since, owned_first=True):
            return w, [[*between, rest]]  # "Of these, 150 work on the farms and 65 in the
            # house. The remaining 80 ...": one list of peers, none a part of another
        return w, [[doc.claims[p], rest], [*between, rest]]
    w = _story_whole(doc, r)
    if w is None:
        return None
    parts = [j for j in range(w + 1, r) if doc.claims[j].unit == rest.unit]
    listed = set(included(doc, w))
    if not parts or not all(_part_since(doc, w, j, j in listed) for j in [*parts, r]):
        return None
    named = [doc.claims[j] for j in parts]
    if listed.issuperset(parts) or _one_list(doc, parts):  # the whole's sentence names
        return w, [[*named, rest]]  # what it holds, or the parts are one list: all parts
    return w, [[*named, rest], *([c, rest] for c in named)]


def _one_list(doc: Document, parts: list[int], owned_first: bool = False) -> bool:
    """Whether the parts named since a whole are one list of two or more, each joined to
    the next ("It will spend £2.8m on schools and £1.9m on housing"), none tied to a
    whole of its own by the frames or written with one ("120 of them"): peers, so no
    part is a part of another and only all of them with the rest can make the whole.
    With owned_first, the first may point back to the whole ("Of these, 150 work on the
    farms and 65 in the house"); the later ones still may not ("..., 65 of them")."""
    own = (doc.frames[j].relations.get("whole") or _OF.match(doc.text, doc.claims[j].end)
           for j in parts[owned_first:])
    return len(parts) > 1 and (_sums.listed(doc, tuple(parts)) == parts
                               or _gapped(doc, parts)) and not any(own)


def _gapped(doc: Document, parts: list[int]) -> bool:
    """Whether the later parts leave out the first's verb, written once between the first
    and the second, in one sentence ("180 were adults and 40 teenagers", the parse's verb
    of each): one predicate over several subjects, a list of peers."""
    verb, sentence = doc.contexts[parts[0]].verb, doc.contexts[parts[0]].sentence
    return (verb is not None and doc.claims[parts[0]].end <= verb < doc.claims[parts[1]].start
            and all(doc.contexts[j].verb == verb and doc.contexts[j].sentence == sentence
                    for j in parts[1:]))


_OF = re.compile(r"\s+(?:of|out)\b", re.IGNORECASE)  # "120 of them", "9 out of 10"


def _story_whole(doc: Document, r: int) -> int | None:
    """The whole a rest closes when no part points back to one: the first figure of the
    rest's unit in the WINDOW sentences before the rest's (across paragraph breaks, not a
    heading: factcheck.checks._sections.section_break), after none
    of its unit in the WINDOW sentences before it, or in the rest's own sentence with a
    part between (_opens_own); a level, total or count of a change ("will cut 1,250
    jobs") of the rest's thing."""
    rest, unit = doc.claims[r], doc.claims[r].unit
    here = sentence_index(doc, r)
    found = [j for j in _in_window(doc, here) if j < r and doc.claims[j].unit == unit
             and not section_break(doc, j, r)]
    if not found or (sentence_index(doc, found[0]) == here and not _opens_own(doc, found, r)):
        return None
    w = found[0]
    opening = sentence_index(doc, w)
    if any(doc.claims[j].unit == unit and not section_break(doc, j, w)
           for j in _in_window(doc, opening) if j < w):
        return None
    frame = doc.frames[w]
    if frame.role not in ("level", "total", "change") or "percent" in unit:
        return None
    if frame.claim.multiplier or frame.claim.high is not None or \
            frame.claim.bound not in ("exact", "approx"):
        return None
    return w if _wholes.same_thing(frame.claim, rest) else None


def _opens_own(doc: Document, found: list[int], r: int) -> bool:
    """Whether a rest's own sentence holds its whole: the sentence's first figure of the
    rest's unit, with a part between it and the rest ("The £12m budget has £7.1m for
    roads, with the remaining £5.9m for parks")."""
    return len(found) >= 2 and doc.contexts[found[0]].sentence == doc.contexts[r].sentence


def _in_window(doc: Document, k: int) -> list[int]:
    """The claims of sentences k - WINDOW to k (sentence_index), in order: the claims
    before one of sentence k that are at most WINDOW sentences before it."""
    return [j for s in range(k - WINDOW, k + 1) for j in in_sentence(doc, s)]


def included(doc: Document, w: int) -> list[int]:
    """The figures of whole w's unit listed after it in its sentence, when the words
    between say that the whole holds them (words.tsv, class "include": "The 64 flats will
    include 22 social homes and 31 affordable units"); such parts may count nouns of
    their own (homes of flats)."""
    sentence = doc.contexts[w].sentence
    after = [j for j in doc.by_sentence[sentence] if j > w]
    if not after or doc.claims[after[0]].unit != doc.claims[w].unit:
        return []
    lead = doc.text[doc.claims[w].start : doc.claims[after[0]].start]
    if any(c in lead for c in ";:()"):
        return []
    words = {m.lower() for m in fig.WORDS.findall(lead)}
    if not words & fig.words("include"):
        return []
    return [j for j in _sums.listed(doc, tuple(after)) if doc.claims[j].unit == doc.claims[w].unit]


def _part_since(doc: Document, w: int, j: int, listed: bool = False) -> bool:
    """Whether figure j, between a story whole w and its rest, can be one of its parts: a
    level or part that can be added, of the whole's thing (or of its own, when the whole's
    sentence lists it as held by the whole: included), in its period."""
    frame, whole = doc.frames[j], doc.frames[w]
    if frame.role not in ("level", "part") or _sums.cannot_add(frame.claim) or frame.claim.change:
        return False
    if is_base(doc, j):  # "a £212m budget, up from £198m": the whole's level at another time
        return False
    return _inside(doc, w, j) and (listed or _wholes.same_thing(whole.claim, frame.claim))


def _inside(doc: Document, w: int, j: int) -> bool:
    """Whether figure j's period may be a stretch of whole w's: none stated, one the whole
    holds at (factcheck.checks._story.holds_at), or inside the whole's. A part of another
    period ("last year 70 worked in the house") is no item of the whole's list."""
    period, whole = doc.frames[j].period, doc.frames[w].period
    return period is None or holds_at(whole, period, doc.as_of) or (
        whole is not None and whole[0] <= period[0] and period[1] <= whole[1])


def _listed_item(doc: Document, w: int) -> bool:
    """Whether figure w is an item of a list, joined to a figure of its unit just before it
    in its sentence ("600 go in Glasgow and 400 in Belfast"): a whole that is itself a
    part, so a rest after a part of it may close the list's whole instead."""
    return (w > 0 and doc.contexts[w - 1].sentence == doc.contexts[w].sentence
            and _sums.base(doc.claims[w - 1].unit) == _sums.base(doc.claims[w].unit)
            and _sums.joins(doc.text[doc.claims[w - 1].end : doc.claims[w].start]))


def _not_all_the_rest(doc: Document, r: int, noun_phrase: bool = True) -> bool:
    """Whether the rest is not all of the rest: another figure of its unit follows in its
    sentence ("The remaining 15 are home-grown, and 5 are on loan"), or, in a noun phrase
    (noun_phrase: after "the", "its"), its own scope narrows it ("the other 80 beds in the
    annexe"); the object of a verb that leaves it has its scope as the verb's ("leaving
    £30,000 for the organ": where the rest goes, not a narrower rest)."""
    rest, sentence = doc.claims[r], doc.contexts[r].sentence
    if any(doc.contexts[k].sentence == sentence and doc.claims[k].unit == rest.unit
           for k in range(r + 1, min(len(doc.claims), r + 1 + _BACK))):
        return True
    after = _NEXT.match(doc.text, rest.end)  # the word right after the figure and its noun
    return noun_phrase and after is not None and after.group(1).lower() in fig.QUALIFIERS


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
    before, across a paragraph break but not a heading (_sections.section_break)."""
    approx = doc.config.approx_tolerance
    for before, group in pairwise(doc.groups):
        start = doc.contexts[group[0]].sentence[0]
        lead = doc.text[start : doc.claims[group[0]].start]
        if section_between(doc, doc.contexts[before[-1]].sentence[1], start):
            continue
        if not _divides(lead):
            continue
        parts = _sums.listed(doc, group)
        unit = doc.claims[parts[0]].unit
        wholes = [i for i in before if doc.claims[i].unit == unit and _sums.addable(doc.frames[i])
                  and not is_base(doc, i)]  # not "..., up from £198m": another time's
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
