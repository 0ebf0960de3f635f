"""Stated changes with their before and after levels, read from one sentence.

The levels are read from the words around the change ("from", "to", a level restated
just before it) and, where these do not give both, from the change's frame: its
"before" and "after" relations, the other level found among the figures of its measure
(factcheck.checks._framed_levels). A change whose sentence gives one level or none may
take the other from the sentence before (factcheck.checks._levels_before) or from a
time named as its base (factcheck.checks._base_time).

"rose from $120m to $150m, a 20% increase", "rose 2% to 7% from 5%", "12,944 tonnes,
down half from 18,100 tonnes", "doubled from 1.2 million to 3.1 million" (a from-to
range). FC203 checks the arithmetic, FC302 the percent-or-points wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._absolute_statement import in_unit
from factcheck.checks._against_levels import (
    expected,
    money_of_another_measure,
    set_against,
    set_against_next,
)
from factcheck.checks._base_time import levels as _base_time_levels
from factcheck.checks._base_time import next_levels
from factcheck.checks._change_ends import (
    CHANGE_UNITS,
    is_change,
    is_level,
    plain_levels,
    restated_level,
    same_unit,
)
from factcheck.checks._framed_levels import benchmark, framed_levels
from factcheck.checks._fronted_scope import other_scope
from factcheck.checks._levels_before import (
    dated_before,
    level_before,
    plausible,
    previous_level,
    told_before,
)
from factcheck.checks._rate_bases import rate_of
from factcheck.checks._statements import other_holder
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_PERCENT_SIGN = re.compile(r"%|per\s*cent", re.IGNORECASE)
_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
_FROM_WORD = re.compile(r"\bfrom\s*$", re.IGNORECASE)  # the level before, as "to" the after
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_TO_GAP = re.compile(r"\s+to\s+", re.IGNORECASE)
NEAR = 60  # characters between a change and its levels: one clause, not the next one
_SHORT = 16  # claims in a sentence that are simply all read for each change
_TO_LEVEL = re.compile(r"[^.;:]{0,30}?,?\s*(?:at|to)\s+", re.IGNORECASE)  # "on 2022, at "
_AGAINST = re.compile(r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+",
                      re.IGNORECASE)
_ELSEWHERE = re.compile(r"\s+(?:in|for|among|at|across)\s+(?:the\s+)?[A-Z]")
_DATED_GAP = re.compile(r"\s+[^.;:\d%,()]{1,25}?(?=,)", re.IGNORECASE)  # " in the quarter"
_THAN = re.compile(r"\s+(?:(?:[a-z]+er|more|less|fewer)\s+than|above|below|(?:up|down)\s+on)"
                   r"\s+(?:the\s+)?", re.IGNORECASE)  # "5% lower than the", "9% below the"
_RESTATED = re.compile(r"[\s,;(—–-]*(?:which\s+is|that\s+is|or|is)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ChangeStatement:
    change: Claim  # "a 20% increase", "down half", "doubled"
    before: Claim
    after: Claim
    before_value: float
    after_value: float

    @property
    def percent_levels(self) -> bool:
        """Are the levels percentages as written ("5%", "7 per cent")?

        Only the text decides: "grew by half, from 40 to 90" must not make 40 and 90
        percentages, whatever unit they were given.
        """
        return all(c.unit == "percent" and _PERCENT_SIGN.search(c.text)
                   for c in (self.before, self.after))


def statements(doc: Document) -> list[ChangeStatement]:
    """Each change claim whose before and after levels are stated in its sentence."""
    if "change_statements" not in doc.memo:
        doc.memo["change_statements"] = [
            r for s in _statements(doc) if (r := _rate_levels(doc, s)) is not None
            and not _other_scope(doc, r)]
    found: list[ChangeStatement] = doc.memo["change_statements"]
    return found


def _other_scope(doc: Document, s: ChangeStatement) -> bool:
    """Whether a level of s is another subject's than the change's sentence is fronted
    by ("In Hawick they were up a third": factcheck.checks._fronted_scope)."""
    return any(other_scope(doc, s.change, c) for c in (s.before, s.after))


def _rate_levels(doc: Document, s: ChangeStatement) -> ChangeStatement | None:
    """s with a rate's figure for a level read from the rate's base ("36.8 crimes per
    1,000 residents, down from 40.2": 36.8, not 1,000: factcheck.checks._rate_bases), or
    None when the base has no figure of its own or its figure is another end of s."""
    old, new = rate_of(doc, s.before), rate_of(doc, s.after)
    if old is s.before and new is s.after:
        return s
    if old is None or new is None or len({id(old), id(new), id(s.change)}) < 3:
        return None
    if old.unit != new.unit:  # not its noun: a level after "per 1,000 people" may take
        return None  # the base's noun
    return ChangeStatement(s.change, old, new, old.value, in_unit(new, old.unit).value)


def _statements(doc: Document) -> Iterator[ChangeStatement]:
    changes = {i for i, c in enumerate(doc.claims) if is_change(c) or _by_change(doc, i)}
    if not changes:
        return
    index = {id(c): i for i, c in enumerate(doc.claims)}
    for g, group in enumerate(doc.groups):
        if changes.isdisjoint(group):
            continue
        sentence = _Sentence(doc.text, doc.contexts[group[0]].sentence[0],
                             [doc.claims[i] for i in group])
        for k, i in enumerate(group):
            if i in changes:
                found = (_levels(sentence, k) or _stated(doc, i, framed_levels(doc, group, i))
                         or _against(doc, group, k) or _stated(doc, i, set_against(doc, group, i))
                         or _stated(doc, i, level_before(doc, g, i) or previous_level(doc, g, i)
                                    or dated_before(doc, g, i) or set_against_next(doc, g, i)))
                if found is not None and (_measured_against(doc, index, found) or (
                        {id(found.before), id(found.after)} <= index.keys()
                        and money_of_another_measure(doc, i, index[id(found.before)],
                                                     index[id(found.after)]))):
                    continue  # a target or threshold, or another sum, is no level of it
                if found is not None and not _two_statements(doc, index, found) and not (
                        other_holder(doc, i, (index[id(found.before)], index[id(found.after)]))):
                    yield found
                elif found is None and (timed := _base_time(doc, g, i)) is not None:
                    if not _measured_against(doc, index, timed):
                        yield timed  # its level before sits in a clause of its own by design
                elif found is None and (
                        told := _stated(doc, i, told_before(doc, g, i))) is not None and (
                        not _two_statements(doc, index, told)
                        and not _measured_against(doc, index, told)):
                    yield told


def _stated(doc: Document, i: int, found: tuple[int, int] | None) -> ChangeStatement | None:
    """The change i between the levels found (level before, level after: indices into
    doc.claims), as the frame, the sentence before and a base time give them."""
    if found is None:
        return None
    old, new = doc.claims[found[0]], doc.claims[found[1]]
    return ChangeStatement(doc.claims[i], old, new, old.value, in_unit(new, old.unit).value)


def _measured_against(doc: Document, index: dict[int, int], s: ChangeStatement) -> bool:
    """Is a level of s a figure it is measured against, not one of its own ends
    (_framed_levels.benchmark: "short of the 75% target")? index: each claim's position by
    id. A level the frames set against only the statement's own figures ("rose by 9%,
    reaching 47% against 38%": 47% compared with the change or with 38%) is an end, not
    a benchmark."""
    i = index[id(s.change)]
    own = {i, index[id(s.before)], index[id(s.after)]}
    return any(benchmark(doc, i, j) and not set(doc.frames[j].relations["compared"]) <= own
               for j in (index[id(c)] for c in (s.before, s.after)))


def _two_statements(doc: Document, index: dict[int, int], s: ChangeStatement) -> bool:
    """Whether the change and a level of one sentence sit under two verbs that each have
    a subject of their own (ClaimContext.verb): "inflation fell to 2.3% from 2.6%, while
    wages rose 4.8%" states two things, and the wages' rise has no levels. index: each
    claim's position by id."""
    verbs = [doc.contexts[index[id(c)]].verb for c in (s.change, s.before, s.after)]
    change, levels = verbs[0], [v for v, c in zip(verbs[1:], (s.before, s.after),
                                                  strict=True)
                                if doc.contexts[index[id(c)]].sentence
                                == doc.contexts[index[id(s.change)]].sentence]
    return change is not None and any(v is not None and v != change for v in levels)


def _against(doc: Document, group: tuple[int, ...], k: int) -> ChangeStatement | None:
    """ "down 12 per cent on 2022, at 39 per cent against 51 per cent": the level after
    just after the change ("at", "to"), the level before right after it ("against",
    "compared with", "versus", "from"), not a level of a place or group it names ("against
    3.9% in France"); a phrase may date the level after first ("fell 30% to 4,100 in
    October, compared with 4,900 a year earlier"), and then the change must go the
    levels' way within a factor of ten (_levels_before.plausible)."""
    if k + 2 >= len(group):
        return None
    change, new, old = (doc.claims[group[n]] for n in (k, k + 1, k + 2))
    gap = _DATED_GAP.match(doc.text, new.end, old.start)  # "to 2,100 in May, compared with"
    if not (_TO_LEVEL.fullmatch(doc.text, change.end, new.start)
            and _AGAINST.fullmatch(doc.text, gap.end() if gap else new.end, old.start)):
        return None
    if _ELSEWHERE.match(doc.text, old.end) or (gap and _ELSEWHERE.match(doc.text, new.end) and (
            not doc.frames or doc.frames[group[k + 1]].period is None)):
        return None  # "to 4.2%, against 3.9% in France": another place's level; "in May" dates
    if expected(doc.text, old):
        return None  # "compared with 48,000 expected": a forecast, not the level before
    if not plain_levels(old, new) or (gap and not plausible(change, old.value, new.value)):
        return None  # past a phrase of its own, a level of the change's way and size only
    return ChangeStatement(change, old, new, old.value, new.value) if same_unit(old, new) else None


def _base_time(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """A change from a time named as its base, or with both levels dated in the next
    sentence (factcheck.checks._base_time)."""
    return _stated(doc, i, _base_time_levels(doc, g, i) or next_levels(doc, g, i))


class _Sentence:
    """A sentence's claims, with what finding the claims near one of them needs.

    In a long sentence, reach_left[j] is the furthest end among claims[:j + 1] and
    reach_right[j] the earliest start among claims[j:]: a scan for the claims near
    claims[k] stops where these say no claim further out can be near, so a long
    sentence costs the claims near each change, not all its claims for each.
    """

    __slots__ = ("_at", "_last", "_reach", "claims", "start", "text")

    def __init__(self, text: str, start: int, claims: list[Claim]) -> None:
        self.text, self.start, self.claims = text, start, claims
        self._reach: tuple[list[int], list[int]] | None = None  # left, right; when needed
        self._last: dict[Claim, int] | None = None
        self._at: dict[int, int] | None = None

    def near(self, k: int) -> list[Claim]:
        """The claims within NEAR characters of claims[k] (_near), in order."""
        change, claims = self.claims[k], self.claims
        if len(claims) <= _SHORT:
            return [c for c in claims if _near(c, change)]
        if self._reach is None:
            self._reach = (list(accumulate((c.end for c in claims), max)),
                           list(accumulate((c.start for c in reversed(claims)), min))[::-1])
        reach_left, reach_right = self._reach
        lo, hi = k, k + 1
        while lo > 0 and reach_left[lo - 1] >= change.start - NEAR:
            lo -= 1
        while hi < len(claims) and reach_right[hi] <= change.end + NEAR:
            hi += 1
        return [c for c in claims[lo:hi] if _near(c, change)]

    def position(self, claim: Claim) -> int | None:
        """The index of claim (this very object) among the sentence's claims, or None."""
        if self._at is None:
            self._at = {id(c): i for i, c in enumerate(self.claims)}
        return self._at.get(id(claim))

    def later(self, claim: Claim, k: int) -> bool:
        """Is there a claim equal to claim after claims[k]? (claims[k + 1:].count(claim))"""
        if self._last is None:
            self._last = {c: i for i, c in enumerate(self.claims)}
        return self._last.get(claim, -1) > k


def _by_change(doc: Document, i: int) -> bool:
    """A change the frame reads where the extractor read none: a figure "by" a verb with
    its ends after it ("improved by 1.5%, from 11.2% to 12.7%"); its direction is the
    levels' (factcheck.frames.role)."""
    c = doc.claims[i]
    if not doc.frames or c.change is not None or c.multiplier or c.high is not None or (
            c.unit not in CHANGE_UNITS):
        return False
    if doc.frames[i].role == "change" and _BY.search(doc.text, max(0, c.start - 4), c.start):
        return True
    return _verb_object_change(doc, i) or _ends_right_after(doc, i)


_COMMA_FROM = re.compile(r"\s*,\s*from\s+", re.IGNORECASE)


def _ends_right_after(doc: Document, i: int) -> bool:
    """ "was lifted 0.5%, from 1.8% to 2.3%": a percent set off by a comma from "from A to
    B" right after it, both ends percentages (one range or two figures joined by "to"), is
    the change between them whatever its verb; the direction is the levels'."""
    c = doc.claims[i]
    if c.unit != "percent" or i + 1 >= len(doc.claims):
        return False
    old = doc.claims[i + 1]
    if not _COMMA_FROM.fullmatch(doc.text, c.end, old.start) or old.unit != "percent":
        return False
    if old.high is not None:
        return re.search(r"\sto\s", old.text) is not None
    return (i + 2 < len(doc.claims) and doc.claims[i + 2].unit == "percent"
            and re.fullmatch(r"\s+to\s+", doc.text[old.end : doc.claims[i + 2].start])
            is not None)


_ENDS_AFTER = re.compile(r"[^.;:\d%]{0,30}?,?\s*from\s+(?=\D?\d)", re.IGNORECASE)  # ", from £2"
_CLAUSE = re.compile(r"[^\d,;:.()%]{0,60}$")  # the clause before a figure, back to a mark


def _verb_object_change(doc: Document, i: int) -> bool:
    """ "raised its easy-access rate 0.75 percent, from 1.5 percent to 2.25 percent": a
    figure after a verb of change (lexicon changes.tsv) and its object, up to five words
    with no figure between, with the ends of the change right after it ("from"); the
    direction is the levels'."""
    c = doc.claims[i]
    if not _ENDS_AFTER.match(doc.text, c.end):
        return False
    clause = _CLAUSE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 60), c.start)
    words = [w.lower() for w in fig.WORDS.findall(clause.group(0))] if clause else []
    verbs = [k for k, w in enumerate(words[-6:-1]) if w in lexicon().change_verbs]
    return bool(verbs) and not _LINKS.intersection(words[-6:][verbs[-1] + 1 :])


_LINKS = frozenset({"to", "at", "from", "of", "by", "in", "on", "than"})  # "fell to 3.1%":
# a level after its preposition, not the object of the verb


def _before(text: str, start: int, c: Claim, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(text, max(start, c.start - 8), c.start))


def _levels(sentence: _Sentence, k: int) -> ChangeStatement | None:
    """The levels "from" and "to" name near change k; a comparative change's base after
    "than" right after it ("8,400 tonnes, 5% lower than the 9,900 tonnes"), or after
    "above", "below", "up on" or "down on" ("2.4 million tonnes, 23% below the 3.1 million
    tonnes"), is its level before, the figure it restates just before it (_restated_level)
    its level after."""
    text, start, claims = sentence.text, sentence.start, sentence.claims
    change = claims[k]
    levels = [c for c in sentence.near(k) if is_level(c)]
    froms = [c for c in levels if _before(text, start, c, _FROM_WORD)]
    if not froms and k + 1 < len(claims) and is_level(claims[k + 1]) and _THAN.fullmatch(
            text, change.end, claims[k + 1].start):
        froms = [claims[k + 1]]  # "12,100, 9% lower than the 13,300 of 2023": its base
    if len(froms) != 1:
        return None
    old = froms[0]
    if old.high is not None:
        if not re.search(r"\sto\s", old.text):  # "1,250 to\n1,600" wraps a line
            return None
        return ChangeStatement(change, old, old, old.value, old.high)
    tos = [c for c in levels if c is not old and _before(text, start, c, _TO)]
    if not tos:
        tos = _joined_to(sentence, old)  # "from £24,500 to £27,200": one phrase, however
        # far its second figure stands from the change
    new = tos[0] if len(tos) == 1 else _restated_level(sentence, k, old)
    if new is None or new.high is not None or not same_unit(old, in_unit(new, old.unit)):
        return None  # "from 900 metres to 1.2 km": the after in the unit of the before
    return ChangeStatement(change, old, new, old.value, in_unit(new, old.unit).value)


def _joined_to(sentence: _Sentence, old: Claim) -> list[Claim]:
    """The level "to" joins to the level before, old, right after it ("from £24,500 to
    £27,200"), as a list of at most one."""
    claims = sentence.claims
    at = sentence.position(old)
    if at is None or at + 1 >= len(claims):
        return []
    new = claims[at + 1]
    gap = sentence.text[old.end : new.start]
    return [new] if is_level(new) and _TO_GAP.fullmatch(gap) else []


def _restated_level(sentence: _Sentence, k: int, old: Claim) -> Claim | None:
    """ "12,944 tonnes, down half from 18,100 tonnes": the level just before the change,
    unless it may be of another thing (_change_ends.restated_level)."""
    if k == 0 or not sentence.later(old, k):
        return None
    prev = sentence.claims[k - 1]
    gap = sentence.text[prev.end : sentence.claims[k].start]
    if not is_level(prev) or len(gap) > 20 or not _RESTATED.fullmatch(gap):
        return None
    return restated_level(sentence.claims[k], old, prev, sentence.claims[:k])


def _near(a: Claim, b: Claim) -> bool:
    return max(a.start, b.start) - min(a.end, b.end) <= NEAR

