"""Stated changes with their before and after levels, read from one sentence.

The levels are read from the words around the change ("from", "to", a level restated
just before it) and, where these do not give both, from the change's frame: its
"before" and "after" relations, the other level found among the figures of its measure.

"rose from $120m to $150m, a 20% increase", "rose 2% to 7% from 5%", "12,944 tonnes,
down half from 18,100 tonnes", "doubled from 1.2 million to 3.1 million" (a from-to
range). FC203 checks the arithmetic, FC302 the percent-or-points wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from factcheck.checks import Document, _measures
from factcheck.checks import _figures as fig
from factcheck.checks._base_time import levels as _base_time_levels
from factcheck.checks._base_time import next_levels
from factcheck.model import Claim

_PERCENT_SIGN = re.compile(r"%|per\s*cent", re.IGNORECASE)
_TO = re.compile(r"\bto\s*$", re.IGNORECASE)
_FROM_WORD = re.compile(r"\bfrom\s*$", re.IGNORECASE)  # the level before, as "to" the after
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_CHANGE_UNITS = ("percent", "percentage_point", "basis_point")
FAR = 10  # a stated change and the one its levels give, linked by no words, at most this
# factor apart (plausible)
NEAR = 60  # characters between a change and its levels: one clause, not the next one
_SHORT = 16  # claims in a sentence that are simply all read for each change
OPENS_BACK = re.compile(r"\s*(?:it|that|this)\b(?!['’]s)", re.IGNORECASE)  # "That is up 25%"
_AT_OR_TO = re.compile(r"\s*,?\s*(?:at|to)\s+", re.IGNORECASE)
_TO_LEVEL = re.compile(r"[^.;:]{0,30}?,?\s*(?:at|to)\s+", re.IGNORECASE)  # "on 2022, at "
_AGAINST = re.compile(r"\s*,?\s*(?:against|compared\s+(?:with|to)|versus|vs\.?|from)\s+",
                      re.IGNORECASE)
_ELSEWHERE = re.compile(r"\s+(?:in|for|among|at|across)\s+(?:the\s+)?[A-Z]")
_RESTATING = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,3}", re.IGNORECASE)  # ", a drop of "
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
        doc.memo["change_statements"] = list(_statements(doc))
    found: list[ChangeStatement] = doc.memo["change_statements"]
    return found


def _statements(doc: Document) -> Iterator[ChangeStatement]:
    changes = {i for i, c in enumerate(doc.claims) if _is_change(c) or _by_change(doc, i)}
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
                found = (_levels(sentence, k) or _framed_levels(doc, group, i)
                         or _against(doc, group, k) or _level_before(doc, g, i)
                         or _previous_level(doc, g, i) or _dated_before(doc, g, i))
                if found is not None and not _two_statements(doc, index, found):
                    yield found
                elif found is None and (timed := _base_time(doc, g, i)) is not None:
                    yield timed  # its level before sits in a clause of its own by design
                elif found is None and (told := _told_before(doc, g, i)) is not None and (
                        not _two_statements(doc, index, told)):
                    yield told


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


def _level_before(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """ "Last winter it recorded 4,120 stays. This winter the figure is down a quarter,
    at 2,060": a change whose sentence refers back to a figure ("the figure", "the
    number": words.tsv, class "figure") and gives only the level after it ("at", "to"),
    naming no base of its own ("from", "than", "on the week"); the level before is the
    only figure of that unit in the sentence before, in its paragraph."""
    group = doc.groups[g]
    if g == 0 or len(group) != 2 or group[0] != i:
        return None
    change, after = doc.claims[i], doc.claims[group[1]]
    gap = doc.text[change.end : after.start]
    sentence = doc.text[slice(*doc.contexts[i].sentence)]
    if not _AT_OR_TO.fullmatch(gap) or _names_base(doc, after.end, i):
        return None
    if not any(w.lower() in fig.words("figure") for w in fig.WORDS.findall(sentence)):
        return None
    before = _one_before(doc, g, after.unit, change.start)
    if before is None:
        return None
    old = doc.claims[before]
    if not _plain_levels(old, after):
        return None
    return ChangeStatement(change, old, after, old.value, after.value)


def _against(doc: Document, group: tuple[int, ...], k: int) -> ChangeStatement | None:
    """ "down 12 per cent on 2022, at 39 per cent against 51 per cent": the level after
    just after the change ("at", "to"), the level before right after it ("against",
    "compared with", "versus", "from"), not a level of a place or group it names ("against
    3.9% in France")."""
    if k + 2 >= len(group):
        return None
    change, new, old = (doc.claims[group[n]] for n in (k, k + 1, k + 2))
    if not (_TO_LEVEL.fullmatch(doc.text, change.end, new.start)
            and _AGAINST.fullmatch(doc.text, new.end, old.start)):
        return None
    if _ELSEWHERE.match(doc.text, old.end):
        return None  # "to 4.2%, against 3.9% in France": another place's level
    if not _plain_levels(old, new):
        return None
    return ChangeStatement(change, old, new, old.value, new.value) if _same_unit(old, new) else None


def _names_base(doc: Document, start: int, i: int) -> bool:
    """Whether the rest of claim i's sentence from start names a base ("from", "than",
    "on the week": words.tsv, classes "base" and "base:change")."""
    end = doc.contexts[i].sentence[1]
    return fig.any_word("base", "base:change").search(doc.text, start, end) is not None


def _previous_level(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """ "Last winter the reservoir held 182 billion litres. Today it holds 149 billion
    litres, a drop of 18%": a change that restates the one level of its sentence just
    before it (a comma and at most three words between) and names no base of its own
    ("from", "than", "on the week") nor a period of its own ("this year"); the level before is
    the only figure of that unit in
    the sentence before, in its paragraph, of the same measure or subject (the frames';
    or the later level names no measure: "it holds ..."), and no more than a year apart
    from it when both are dated."""
    group = doc.groups[g]
    if g == 0 or len(group) != 2 or group[1] != i:
        return None
    change, after = doc.claims[i], doc.claims[group[0]]
    if not _RESTATING.fullmatch(doc.text, after.end, change.start) or _names_base(
            doc, change.end, i):
        return None
    before = _one_before(doc, g, after.unit, change.start)
    if before is None:
        return None
    old = doc.claims[before]
    if not _plain_levels(old, after):
        return None
    then, now = doc.frames[before], doc.frames[group[0]]
    if doc.frames[i].period not in (None, now.period):
        return None  # "150 staff, a cut of 10% this year": the change dates its own base
    same = (_words(then.measure) & _words(now.measure) or now.measure is None
            or _measures.same(then.measure, now.measure)
            or (then.subject is not None and then.subject == now.subject))
    if not same or (then.period and now.period
                    and (now.period[0] - then.period[1]).days > 366):
        return None
    return ChangeStatement(change, old, after, old.value, after.value)


def _told_before(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """ "Membership is now 5,600. That is up 25% on the 4,900 of 2022": a change in a
    sentence that opens with a pronoun pointing back ("It", "That", "This"), its level
    before the one level after it in its sentence (the frame's "before", or the only
    level of a unit there), no level of that unit before the change in its sentence; the
    level after is the one figure of that unit in the sentence before, in its paragraph."""
    sentence = doc.contexts[i].sentence
    if g == 0 or not OPENS_BACK.match(doc.text, sentence[0]):
        return None
    group = doc.groups[g]
    named = doc.frames[i].relations.get("before", ())
    later = [j for j in group if j > i and _is_level(doc.claims[j])]
    if named:
        later = [j for j in later if j == named[0]]
    if len(later) != 1:
        return None
    old = doc.claims[later[0]]
    if any(j < i and doc.claims[j].unit == old.unit for j in group):
        return None
    before = _one_before(doc, g, old.unit, doc.claims[i].start)
    if before is None:
        return None
    new = doc.claims[before]
    if not (_plain_levels(old, new) and _same_unit(old, new)):
        return None
    from factcheck.checks._story_rates import agree  # it reads _measures as this does

    frames = doc.frames
    if not (agree(frames[before], frames[later[0]]) and agree(frames[before], frames[i])):
        return None
    if not plausible(doc.claims[i], old.value, new.value):
        return None  # "employs 212 staff. It saw a rise of 30% in visitors from 190,000":
        # a frame's measure lent across sentences linked two other things
    return ChangeStatement(doc.claims[i], old, new, old.value, new.value)


def plausible(change: Claim, old: float, new: float) -> bool:
    """Whether levels linked by no words may be a percent change's ends: they go the way
    it states, and their relative change is within a factor of FAR of the stated one
    (a pairing that far off is more likely two other things than a slip: "three
    councillors" to "58,000" is no 7% rise)."""
    if change.unit != "percent" or change.multiplier or old <= 0 or change.value <= 0:
        return False
    implied = (new - old) / old * 100
    if (implied > 0) != (change.change == "increase") or change.change is None:
        return False
    return change.value / FAR <= abs(implied) <= change.value * FAR


def _base_time(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """A change from a time named as its base, or with both levels dated in the next
    sentence (factcheck.checks._base_time)."""
    found = _base_time_levels(doc, g, i) or next_levels(doc, g, i)
    if found is None:
        return None
    old, new = doc.claims[found[0]], doc.claims[found[1]]
    return ChangeStatement(doc.claims[i], old, new, old.value, new.value)


def _dated_before(doc: Document, g: int, i: int) -> ChangeStatement | None:
    """A percent change whose level before is in the sentence before (dated_before)."""
    found = dated_before(doc, g, i)
    if found is None:
        return None
    old, new = doc.claims[found[0]], doc.claims[found[1]]
    return ChangeStatement(doc.claims[i], old, new, old.value, new.value)


def dated_before(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """ "Inflation stood at 3.1% in March. By September it had climbed by 2.4%, to 5.5%";
    "Diesel cost €1.62 in January. Since then it has dropped by nine cents, to €1.41": a
    change (claim i, in sentence group g) whose frame names only its level after, the
    only other figure of that unit in its sentence, with no base named after the change
    ("from its low", "than"), takes for its level before the only figure of that unit in
    the sentence before (in its paragraph), of the same measure or subject, when the
    frames date both and the earlier figure's period starts no later than the change's
    and ends before it does (not "was 3.1% in October. By September ..."; not "in 2024.
    Since 2019 it has ..."); a measure named with "that" or "this" points back ("31% of
    pensioners lived alone. By 2025 that share had risen 6%, to 37%"). Returns (level
    before, level after), indices into doc.claims, or None."""
    change = doc.frames[i]
    after_of = change.relations.get("after", ())
    if g == 0 or "before" in change.relations or not after_of:
        return None
    after, new = after_of[0], doc.claims[after_of[0]]
    if [j for j in doc.groups[g] if doc.claims[j].unit == new.unit and j != i] != [after] or (
            after < i or _names_base(doc, doc.claims[i].end, i)):
        return None
    before = _one_before(doc, g, new.unit, new.start)
    if before is None:
        return None
    old, then = doc.claims[before], doc.frames[before]
    if not _plain_levels(old, new):
        return None
    if then.period is None or change.period is None or not (
            then.period[0] <= change.period[0] and then.period[1] < change.period[1]):
        return None
    if not (_words(then.measure) & (_words(change.measure) | _words(doc.frames[after].measure))
            or change.measure is None or then.measure is None
            or _measures.same(then.measure, change.measure)
            or (then.subject is not None and then.subject == change.subject)
            or _points_back(doc, i, change.measure)):
        return None
    return before, after


def _points_back(doc: Document, i: int, measure: str) -> bool:
    """Whether the change's measure is named with a demonstrative before it in its sentence
    ("By 2025 that share had risen 6%", "this figure"): it is the figure before."""
    head = measure.split()[-1]
    start = doc.contexts[i].sentence[0]
    return re.search(rf"\b(?:that|this|the\s+same)\s+{re.escape(head)}\b",
                     doc.text[start : doc.claims[i].start], re.IGNORECASE) is not None


class _Sentence:
    """A sentence's claims, with what finding the claims near one of them needs.

    In a long sentence, reach_left[j] is the furthest end among claims[:j + 1] and
    reach_right[j] the earliest start among claims[j:]: a scan for the claims near
    claims[k] stops where these say no claim further out can be near, so a long
    sentence costs the claims near each change, not all its claims for each.
    """

    __slots__ = ("_last", "_reach", "claims", "start", "text")

    def __init__(self, text: str, start: int, claims: list[Claim]) -> None:
        self.text, self.start, self.claims = text, start, claims
        self._reach: tuple[list[int], list[int]] | None = None  # left, right; when needed
        self._last: dict[Claim, int] | None = None

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

    def later(self, claim: Claim, k: int) -> bool:
        """Is there a claim equal to claim after claims[k]? (claims[k + 1:].count(claim))"""
        if self._last is None:
            self._last = {c: i for i, c in enumerate(self.claims)}
        return self._last.get(claim, -1) > k


def _is_change(c: Claim) -> bool:
    return c.change is not None and c.high is None and (
        c.multiplier or c.unit in _CHANGE_UNITS)


def _by_change(doc: Document, i: int) -> bool:
    """A change the frame reads where the extractor read none: a figure "by" a verb with
    its ends after it ("improved by 1.5%, from 11.2% to 12.7%"); its direction is the
    levels' (factcheck.frames.role)."""
    c = doc.claims[i]
    return (bool(doc.frames) and doc.frames[i].role == "change" and c.change is None
            and not c.multiplier and c.high is None and c.unit in _CHANGE_UNITS
            and _BY.search(doc.text, max(0, c.start - 4), c.start) is not None)


def _is_level(c: Claim) -> bool:
    return c.change is None and not c.multiplier and c.bound in ("exact", "approx")


def _plain_levels(old: Claim, new: Claim) -> bool:
    """Both figures are single levels (no change, bound or range): ends a change runs
    between."""
    return _is_level(old) and _is_level(new) and old.high is None and new.high is None


def _one_before(doc: Document, g: int, unit: str, until: int) -> int | None:
    """The one figure in unit of the sentence before group g, in the same paragraph as
    the text up to until; None when there are several or none."""
    before = [j for j in doc.groups[g - 1] if doc.claims[j].unit == unit]
    if len(before) != 1 or "\n\n" in doc.text[doc.claims[before[0]].end : until]:
        return None
    return before[0]


def _before(text: str, start: int, c: Claim, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(text, max(start, c.start - 8), c.start))


def _levels(sentence: _Sentence, k: int) -> ChangeStatement | None:
    text, start, claims = sentence.text, sentence.start, sentence.claims
    change = claims[k]
    levels = [c for c in sentence.near(k) if _is_level(c)]
    froms = [c for c in levels if _before(text, start, c, _FROM_WORD)]
    if len(froms) != 1:
        return None
    old = froms[0]
    if old.high is not None:
        if not re.search(r"\sto\s", old.text):  # "1,250 to\n1,600" wraps a line
            return None
        return ChangeStatement(change, old, old, old.value, old.high)
    tos = [c for c in levels if c is not old and _before(text, start, c, _TO)]
    new = tos[0] if len(tos) == 1 else _restated_level(sentence, k, old)
    if new is None or new.high is not None or not _same_unit(old, new):
        return None
    return ChangeStatement(change, old, new, old.value, new.value)


def _framed_levels(doc: Document, group: tuple[int, ...], i: int) -> ChangeStatement | None:
    """A change whose frame names one of its levels, the other standing apart in its
    sentence: with the level before named ("up 2.9% from 4,800"), the level after is the
    nearest level (or rate, "$260 a tonne") before the change that shares a word of
    measure with it ("closed at 5,120 on Monday, up 2.9% from 4,800"); with the level
    after named ("bringing it to 5.5 percent"), the level before is the one figure of
    its measure before that level ("a 3 percent cut in the 8.5 percent rate")."""
    frame = doc.frames[i]
    named_before = frame.relations.get("before", ())
    named_after = frame.relations.get("after", ())
    if named_before and named_after:
        b, a = named_before[0], named_after[0]
        if frame.measure and not _shares_measure(doc, i, b, a):
            return None  # levels of another measure ("monthly shipments rose 20%" beside
            # the year's imports): the parse linked the wrong figures
    elif named_before:
        b = named_before[0]
        near = _measured_like(doc, group, i, b, frame.measure)
        earlier = [j for j in near if j < i]
        if not earlier:
            return None
        a = earlier[-1]
    elif named_after:
        a = named_after[0]
        near = [j for j in _measured_like(doc, group, i, a, frame.measure) if j < a]
        if len(near) != 1 or _another_change_owns(doc, group, i, near[0], a):
            return None
        b = near[0]
    else:
        return None
    old, new = doc.claims[b], doc.claims[a]
    if not _plain_levels(old, new):
        return None
    if not (_same_unit(old, new) or _unit_once(old, new) or _unit_once(new, old)):
        return None
    return ChangeStatement(doc.claims[i], old, new, old.value, new.value)


def _another_change_owns(doc: Document, group: tuple[int, ...], i: int, b: int, a: int
                         ) -> bool:
    """Is level b another change's ("the first index fell 0.2% to 2,410, while the second
    rose 0.4% to 1,120": 2,410 ends the fall, it is no base of the rise)? So when the figure
    just before b is a change other than i, or another change stands between b and a."""
    k = group.index(b)
    if k > 0 and group[k - 1] != i and _is_change(doc.claims[group[k - 1]]):
        return True
    return any(j != i and _is_change(doc.claims[j]) for j in group if b < j < a)


def _measured_like(doc: Document, group: tuple[int, ...], i: int, known: int,
                   measure: str | None) -> list[int]:
    """The levels and rates of the sentence, other than the change i and its known
    level, that share a word of measure with the change or that level; when neither
    names a measure ("The All-Share closed at 5,340, up 4.8% from 5,210"), those of the
    change's subject in the known level's unit that name no measure either."""
    words = _words(measure) | _words(doc.frames[known].measure)
    levels = [j for j in group if j not in (i, known)
              and doc.frames[j].role in ("level", "rate")]
    if words:
        return [j for j in levels if words & _words(doc.frames[j].measure)]
    subject = doc.frames[i].subject
    return [j for j in levels if subject is not None and doc.frames[j].measure is None
            and doc.frames[j].subject == subject == doc.frames[known].subject
            and doc.claims[j].unit == doc.claims[known].unit]


def _shares_measure(doc: Document, i: int, *levels: int) -> bool:
    """Does the change's measure share a word with the measure of each of its levels
    that names one, or name one measure with it (factcheck.checks._measures)? (A level
    without a measure, "from 7.2 tonnes a hectare", does not say it is another's.)"""
    said = _words(doc.frames[i].measure)
    named = [j for j in levels if doc.frames[j].measure]
    return bool(named) and all(said & _words(doc.frames[j].measure)
                               or _measures.same(doc.frames[i].measure, doc.frames[j].measure)
                               for j in named)


def _words(measure: str | None) -> set[str]:
    return set((measure or "").lower().replace("-", " ").split())


def _restated_level(sentence: _Sentence, k: int, old: Claim) -> Claim | None:
    """ "12,944 tonnes, down half from 18,100 tonnes": the level just before the change."""
    if k == 0 or not sentence.later(old, k):
        return None
    prev = sentence.claims[k - 1]
    gap = sentence.text[prev.end : sentence.claims[k].start]
    if not _is_level(prev) or len(gap) > 20 or not _RESTATED.fullmatch(gap):
        return None
    return prev


def _near(a: Claim, b: Claim) -> bool:
    return max(a.start, b.start) - min(a.end, b.end) <= NEAR


def _unit_once(a: Claim, b: Claim) -> bool:
    """Whether b's unit is a's rate written once ("from 7.2 tonnes a hectare to 5.4
    tonnes"): b's unit is the rate's numerator."""
    return bool(b.unit) and a.unit.split(" / ")[0] == b.unit and " / " in a.unit


def _same_unit(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit and (a.noun == b.noun or a.noun is None or b.noun is None)
