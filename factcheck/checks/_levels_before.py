"""A stated change's level read from the sentence before its own.

When a change's sentence gives one level or none, the other may stand in the sentence
before, in the same paragraph: "Last winter it recorded 4,120 stays. This winter the
figure is down a quarter, at 2,060" (level_before), "... 182 billion litres. Today it
holds 149 billion litres, a drop of 18%" (previous_level), "Membership is now 5,600.
That is up 25% on the 4,900 of 2022" (told_before), "Inflation stood at 3.1% in March.
By September it had climbed by 2.4%, to 5.5%" (dated_before). Each reading returns
the two levels as (level before, level after), indices into doc.claims, or None;
factcheck.checks._changes makes them a ChangeStatement.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _measures
from factcheck.checks import _figures as fig
from factcheck.checks._change_ends import is_level, measure_words, plain_levels, same_unit
from factcheck.frames.periods import periods
from factcheck.model import Claim

FAR = 10  # a stated change and the one its levels give, linked by no words, at most this
# factor apart (plausible)
OPENS_BACK = re.compile(r"\s*(?:it|that|this)\b(?!['’]s)", re.IGNORECASE)  # "That is up 25%"
_AT_OR_TO = re.compile(r"\s*,?\s*(?:at|to)\s+", re.IGNORECASE)
_RESTATING = re.compile(r"\s*,\s*(?:[a-z]+\s+){0,3}", re.IGNORECASE)  # ", a drop of "
_PER = re.compile(r"\s+(?:a|an|per|each|every)\s+([a-z]+)\b", re.IGNORECASE)  # " a month"


def level_before(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """ "Last winter it recorded 4,120 stays. This winter the figure is down a quarter,
    at 2,060": a change whose sentence refers back to a figure ("the figure", "the
    number": words.tsv, class "figure"; or a pronoun before the change: "This autumn it is
    down a quarter, at 280", when the frames name no other subject for it and date the
    earlier level no later) and gives only
    the level after it ("at", "to"),
    naming no base of its own ("from", "than", "on the week"); the level before is the
    only figure of that unit in the sentence before, in its paragraph."""
    group = doc.groups[g]
    if g == 0 or len(group) != 2 or group[0] != i:
        return None
    change, after = doc.claims[i], doc.claims[group[1]]
    gap = doc.text[change.end : after.start]
    sentence = doc.text[slice(*doc.contexts[i].sentence)]
    if not _AT_OR_TO.fullmatch(gap) or names_base(doc, after.end, i):
        return None
    named = any(w.lower() in fig.words("figure") for w in fig.WORDS.findall(sentence))
    if not (named or _pronoun_subject(doc, change)):
        return None  # "This autumn it is down a quarter, at 280": "it" refers back too
    before = _plain_before(doc, g, after, change.start)
    if before is None:
        return None
    then = (doc.frames[before].subject or "").lower()
    now = {(doc.frames[k].subject or "").lower() for k in group} - {""}
    if not named and then and now - {then}:
        return None  # "... at the Odeon climbed 8% to 52,000. At the Regal they dropped 5%
        # to 26,000": the pronoun's thing, at another place
    was, is_ = doc.frames[before].period, doc.frames[i].period
    if not named and was and is_ and not (was[0] <= is_[0] and was[1] < is_[1]):
        return None  # "was 6.2% in July. By June it had fallen by 1.4%": not its level before
    return before, group[1]


def names_base(doc: Document, start: int, i: int) -> bool:
    """Whether the rest of claim i's sentence from start names a base ("from", "than",
    "on the week": words.tsv, classes "base" and "base:change")."""
    end = doc.contexts[i].sentence[1]
    return fig.any_word("base", "base:change").search(doc.text, start, end) is not None


def previous_level(doc: Document, g: int, i: int) -> tuple[int, int] | None:
    """ "Last winter the reservoir held 182 billion litres. Today it holds 149 billion
    litres, a drop of 18%": a change that restates the one level of its sentence just
    before it (a comma and at most three words between; a rate's "a month" after the level
    when the earlier level is a rate per the same thing: "1,850 patients a month. This
    year it sees 2,220 a month, up 37%") and names no base of its own
    ("from", "than", "on the week") nor a period of its own ("this year"); the level before is
    the only figure of that unit in
    the sentence before, in its paragraph, of the same measure or subject (the frames';
    or the later level names no measure: "it holds ..."), and no more than a year apart
    from it when both are dated (a pronoun before the later level, "It now holds",
    ties them whatever the gap: _pronoun_subject). A period phrase written before the
    later level dates both it and the change ("By this autumn it had climbed to £1,380,
    a rise of 12%"); only one after it is the change's own (_dated_after)."""
    group = doc.groups[g]
    if g == 0 or len(group) != 2 or group[1] != i:
        return None
    change, after = doc.claims[i], doc.claims[group[0]]
    per = _PER.match(doc.text, after.end, change.start)  # "2,220 a month, up 37%"
    if not _RESTATING.fullmatch(doc.text, per.end() if per else after.end, change.start) or (
            names_base(doc, change.end, i)):
        return None
    before = _plain_before(doc, g, after, change.start)
    if before is None or (per and not _same_per(doc, doc.claims[before], per.group(1))):
        return None
    then, now = doc.frames[before], doc.frames[group[0]]
    if doc.frames[i].period not in (None, now.period) and _dated_after(doc, after, i):
        return None  # "150 staff, a cut of 10% this year": the change dates its own base
    same = (measure_words(then.measure) & measure_words(now.measure) or now.measure is None
            or _measures.same(then.measure, now.measure)
            or (then.subject is not None and then.subject == now.subject)
            or _pronoun_subject(doc, after))
    if not same or (then.period and now.period and not _pronoun_subject(doc, after)
                    and (now.period[0] - then.period[1]).days > 366):
        return None  # two dates years apart, unless "it" ties the later one to the first
    return before, group[0]


def _same_per(doc: Document, level: Claim, period: str) -> bool:
    """Whether the earlier level is a rate per the same thing the later level's words write
    after it ("1,850 patients a month" ... "2,220 a month"; not "1,850 patients in 2022"
    ... "2,220 a month": a total and a rate)."""
    per = _PER.match(doc.text, level.end)
    return ((per is not None and per.group(1).lower() == period.lower())
            or level.unit.lower().endswith(f"/ {period.lower()}"))


def _dated_after(doc: Document, level: Claim, i: int) -> bool:
    """Whether a period phrase stands after the level in its sentence ("150 staff, a cut
    of 10% this year"): the change's own period. One written before the level ("By this
    autumn it had climbed to £1,380, a rise of 12%") dates the clause, both figures."""
    end = doc.contexts[i].sentence[1]
    return bool(periods(doc.text[level.end : end], level.end, doc.as_of))


_POINTS_BACK = re.compile(r"\b(?:it|they)\b", re.IGNORECASE)


def _pronoun_subject(doc: Document, level: Claim) -> bool:
    """Whether a pronoun pointing back stands before the level in its sentence ("It now
    stands at £6.30", "By May they had fallen to 320"): the level is the earlier
    sentence's thing, whatever measure the frames read beside it."""
    start = doc.contexts[doc.index[level]].sentence[0]
    return _POINTS_BACK.search(doc.text, start, level.start) is not None


def told_before(doc: Document, g: int, i: int) -> tuple[int, int] | None:
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
    later = [j for j in group if j > i and is_level(doc.claims[j])]
    if named:
        later = [j for j in later if j == named[0]]
    if len(later) != 1:
        return None
    old = doc.claims[later[0]]
    if any(j < i and doc.claims[j].unit == old.unit for j in group):
        return None
    before = one_before(doc, g, old.unit, doc.claims[i].start)
    if before is None:
        return None
    new = doc.claims[before]
    if not (plain_levels(old, new) and same_unit(old, new)):
        return None
    from factcheck.checks._story_rates import agree  # it reads _measures as this does

    frames = doc.frames
    if not (agree(frames[before], frames[later[0]]) and agree(frames[before], frames[i])):
        return None
    if not plausible(doc.claims[i], old.value, new.value):
        return None  # "employs 212 staff. It saw a rise of 30% in visitors from 190,000":
        # a frame's measure lent across sentences linked two other things
    return later[0], before


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
            after < i or names_base(doc, doc.claims[i].end, i)):
        return None
    before = one_before(doc, g, new.unit, new.start)
    if before is None:
        return None
    old, then = doc.claims[before], doc.frames[before]
    if not plain_levels(old, new):
        return None
    if then.period is None or change.period is None or not (
            then.period[0] <= change.period[0] and then.period[1] < change.period[1]):
        return None
    named = measure_words(change.measure) | measure_words(doc.frames[after].measure)
    if not (measure_words(then.measure) & named
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


def _plain_before(doc: Document, g: int, after: Claim, until: int) -> int | None:
    """one_before in the unit of the level after, when the two are plain levels; a level
    after that leaves out the period of a rate before it ("£1,150 a month in 2023. ... it
    had climbed to £1,380") is read in the rate's unit (the ellipsis of its "a month")."""
    before = one_before(doc, g, after.unit, until, per="/" not in after.unit)
    if before is None or not plain_levels(doc.claims[before], after):
        return None
    return before


def one_before(doc: Document, g: int, unit: str, until: int, per: bool = False) -> int | None:
    """The one figure in unit of the sentence before group g, in the same paragraph as
    the text up to until; None when there are several or none. With per, a figure in
    unit per a period counts too ("£1,150 a month" for "£1,380")."""
    before = [j for j in doc.groups[g - 1] if doc.claims[j].unit == unit
              or (per and unit and doc.claims[j].unit.startswith(f"{unit} / "))]
    if len(before) != 1 or "\n\n" in doc.text[doc.claims[before[0]].end : until]:
        return None
    return before[0]

