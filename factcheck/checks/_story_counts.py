"""The levels of a change's named subject counted under another noun than the change's
measure, for FC203 (factcheck.checks._story_levels): "Enrolment at Elm Park School has
risen by a quarter. It had 320 pupils in 2022 and has 400 now" (enrolment counted in
pupils); "The ring road cut the drive to Hessle by 9 miles. The journey used to be 31
miles; it is now 22" (a drive, then a journey).

A writer names a change by what it measures ("enrolment", "traffic", "rents") and its
levels by what they count ("pupils", "ships", "£640 a month"); the frames give the two
different measures, so their words alone do not tie them. Read only when the change's
frame names a subject (a place, a firm, a school) and no level of its own measure gives
it two ends: the plain levels of that one subject near it (_story_rates.near), each
frame naming the subject, are its ends when they are exactly two, of one unit and noun
(_story_levels reads them from here as it reads its own), when they go the change's way
within a factor of three of it (goes_with: levels further off are of another thing).
Not read: a count of people or cases, words that name no measure (lexicon frames.tsv,
class "vague": "employed 40 people"); a level another change's frame links (that
change's: _story_levels._taken); a level in another sentence that states a change of its
own, by a verb of change (lexicon changes.tsv) or a level it is set against ("now has 52
stalls, up from 48"): it is of the measure that sentence names.
"""

from __future__ import annotations

import math

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._change_ends import fits
from factcheck.checks._measures import terms
from factcheck.checks._story_rates import near, same_name
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_RATIOS = ("percent", "percentage_point", "basis_point")


def subject_levels(doc: Document, g: int, i: int) -> list[int]:
    """The plain levels (indices into doc.claims) of change i's named subject in sentence
    group g and the sentences near it, whatever their measure: level or rate frames, in the
    change's unit for a change in a unit (a bare count beside one takes its unit later),
    any unit but a ratio for a change in percent or a multiplier. Empty when the change's
    frame names no subject."""
    subject = doc.frames[i].subject
    if subject is None:
        return []
    change = doc.claims[i]
    relative = change.multiplier or change.unit == "percent"
    out = []
    for j in near(doc, g):
        c, frame = doc.claims[j], doc.frames[j]
        if j == i or not _plain(c) or frame.role not in ("level", "rate"):
            continue
        if frame.subject is None or not same_name(frame.subject, subject):
            continue
        if c.noun and not terms(None, c.noun):
            continue  # "40 people": a vague count names no measure of its own
        if not relative and c.unit not in (change.unit, ""):
            continue
        if _own_change(doc, i, j):
            return []  # another measure's change stands among the subject's levels
        out.append(j)
    return out


def _own_change(doc: Document, i: int, j: int) -> bool:
    """Whether level j, outside change i's sentence, belongs to a change its own sentence
    states: a verb of change in that sentence, or a level j is set against (the frame's
    "compared" relation)."""
    there = doc.contexts[j].sentence
    if there == doc.contexts[i].sentence:
        return False
    if doc.frames[j].relations.get("compared"):
        return True
    verbs = lexicon().change_verbs
    return any(w.lower() in verbs for w in fig.WORDS.findall(doc.text, *there))


NEAR = 3.0  # levels named by another noun: the factor their change may be off the stated one


def goes_with(change: Claim, old: Claim, new: Claim) -> bool:
    """Whether levels of another measure may be the change's ends: they go its way
    (_change_ends.fits) and give a change within a factor of NEAR of it: a percent or a
    multiple as the logarithm of its factor, an absolute change as it stands. Levels no
    measure ties to the change are held closer than the factor of ten that levels of its
    own measure are: a slip in one figure moves the change by less ("a quarter" for 320 to
    460 pupils, 1.75 times), while another count of one subject lies further ("doubled"
    sales beside 40 and 46 staff, 5 times)."""
    if not fits(change, old.value, new.value) or new.value <= 0:
        return False
    if change.multiplier or change.unit == "percent":
        way = -1 if change.change == "decrease" else 1
        stated = change.value if change.multiplier else 1 + way * change.value / 100
        if stated <= 0:
            return False
        said, got = abs(math.log(stated)), abs(math.log(new.value / old.value))
    else:
        said, got = change.value, abs(new.value - old.value)
    return got > 0 and said / NEAR <= got <= said * NEAR


def _plain(c: Claim) -> bool:
    return (c.change is None and not c.multiplier and c.high is None
            and c.bound in ("exact", "approx") and c.unit not in _RATIOS)
