"""One figure told twice with its digits slipped, for FC202: "holds 18,500" ... "the
ground's capacity of 15,800"; "will receive $3.1 billion" ... "Its 2026 budget of $1.3
billion"; "cut power to 35,000 homes" ... "the outage, which hit 53,000 homes".

A writer who retypes a figure swaps two of its digits or slips its scale word; the words
around the second telling often differ (a possessive, a description of the same thing)
so that the frames' keys and the re-mention readings do not meet. The digits themselves
are the evidence: two levels in one unit whose significant digits (at least two, not all
one digit) are the same digits in another order, or the same digits with another scale
("£2.7 billion" ... "£2.7 million"), are far more often one figure mistyped than two
things that happen to share their digits. Such a pair asks for less agreement of subject
and measure than the keys need:

- one unit (a count is unit ""), both levels or totals (or both rates), none a change,
  range, multiplier, the base or end of a comparison, another amount ("the remaining"),
  a part its subject owns, or in a sentence of change; a count names its measure beside
  it ("The club's 13 are all fit" lends it);
- the later in the factcheck.checks._mentions.BACK sentences after the earlier, in its
  paragraph (never one sentence: "1-2 and 2-1", lists of results), written as a thing
  already told (factcheck.checks._same_levels.told_again);
- subjects that do not differ (factcheck.checks._ties.same_name; an unnamed earlier one
  meets a later subject only when the earlier sentence writes it), no other owner
  (factcheck.checks._possessives.other_owner), the same years (a record's span, "the
  worst since 2011", is no year of its sentence), no periods apart;
- a measure the two share: one by factcheck.checks._measures, as the frames write it, or
  one noun head; in money or a unit of measurement also one side with no measure, a
  measure of a re-mention group (words.tsv "same:GROUP"), or a slip of scale;
- not a part: words after the figure that narrow it, words of its own noun the earlier
  sentence lacks ("the 2,600 visiting fans", "the £240 junior ticket", "the £63m cost of
  the library"), a time after its noun the earlier sentence lacks, a cue that names
  another measure ("killed 14" ... "the 41 injured");
- the rest is FC202's own guards (dated apart, tense, another thing in its own phrase,
  another length of time).

Shapes: pairs yields (earlier, later) figure indices; nothing raises.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.checks import (
    Document,
    _chain,
    _measures,
    _mention_names,
    _mentions,
    _possessives,
    _same_levels,
    _ties,
)
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_ROLES = ("level", "total")
_AFTER = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")  # the word right after a figure


def digits(value: float, places: int = 6) -> str:
    """The significant digits of a value, without its scale, read to places digits after
    the first: 18500 -> "185", 2.7e9 -> "27", 0.045 -> "45"."""
    return f"{abs(value):.{places}e}".split("e")[0].replace(".", "").rstrip("0") or "0"


def slipped(x: float, y: float) -> bool:
    """Whether two different values are one figure retyped: their significant digits (at
    least two, not all one digit) are the same digits in another order at one order of
    magnitude (18,500 and 15,800; 14 and 41), or the same digits at another scale word, a
    factor of a thousand or more ("2.7 billion" and "2.7 million"; not 14 and 140).

    >>> slipped(18500, 15800), slipped(3.1e9, 1.3e9), slipped(2.7e9, 2.7e6)
    (True, True, True)
    >>> slipped(14, 140), slipped(11, 110), slipped(1300, 310), slipped(2.1, 2.1)
    (False, False, False, False)
    """
    if x == y or x <= 0 or y <= 0:
        return False
    a, b = digits(x), digits(y)
    if len(a) < 2 or len(set(a)) < 2 or sorted(a) != sorted(b):
        return False  # "11" and "110", "5" and "50": too few digits to tell a slip
    if a == b:
        scales = math.log10(max(x, y) / min(x, y)) / 3  # thousands between the two
        return scales > 0.9 and abs(scales - round(scales)) < 1e-6
    return math.floor(math.log10(x)) == math.floor(math.log10(y))


def pairs(doc: Document, changing: set[int]) -> Iterator[tuple[int, int]]:
    """(earlier, later) figures that are one figure told twice with its digits slipped,
    by the tests above; the nearest earlier such figure only."""
    for i, frame in enumerate(doc.frames):
        if i in changing or not _plain(doc, i) or not _same_levels.told_again(doc, i):
            continue
        for j in _mentions.earlier(doc, i):
            if (j in changing or not _plain(doc, j)
                    or doc.claims[j].unit != frame.claim.unit
                    or (doc.frames[j].role == "rate") != (frame.role == "rate")
                    or not slipped(doc.claims[j].value, frame.claim.value)):
                continue
            if (_subjects_meet(doc, j, i) and not _possessives.other_owner(doc, j, i)
                    and not _part(doc, j, i)
                    and _measure_meets(doc, j, i)
                    and _same_levels.same_years(doc, j, i) and not _periods_apart(doc, j, i)):
                yield j, i
            break


def _plain(doc: Document, i: int) -> bool:
    """A level, total or rate that is no change, range, multiplier or base of a change."""
    frame, c = doc.frames[i], doc.claims[i]
    if frame.role not in (*_ROLES, "rate") or c.change or c.multiplier or c.high is not None:
        return False
    if c.unit == "" and not (c.noun or _written_beside(doc, i)):
        return False  # "The club's 13 are all fit": a measure lent, not told
    if frame.role == "rate" and c.unit == "percent":
        return False  # a rate in percent: factcheck.checks._same_levels reads those
    lead = (max(doc.contexts[i].sentence[0], c.start - 30), c.start)
    return not (fig.last_word("base", "end").search(doc.text, *lead)
                or fig.any_word("another").search(doc.text, *lead)
                or _ties.possessed_part(doc, i, _head(doc, i)))


def _written_beside(doc: Document, i: int) -> bool:
    """Whether figure i's measure is written beside it (factcheck.checks._mention_names)."""
    head = (doc.frames[i].measure or "").lower().replace("-", " ").split()[-1:]
    return bool(head) and _mention_names.written_beside(doc, i, head[0])


def _periods_apart(doc: Document, j: int, i: int) -> bool:
    """Whether both figures are dated and their periods do not meet ("in March" ... "in
    April"; "now" ... "this winter")."""
    a, b = doc.frames[j].period, doc.frames[i].period
    return a is not None and b is not None and (a[1] < b[0] or b[1] < a[0])


def _subjects_meet(doc: Document, j: int, i: int) -> bool:
    """Whether the two figures' subjects do not differ: one name, or one side unnamed,
    unless the later sentence writes a subject of its own that the earlier does not ("the
    Kelso toll of 91" after "nineteen people had died")."""
    a, b = doc.frames[j].subject, doc.frames[i].subject
    if a is not None and b is not None:
        return _ties.same_name(a, b)
    if b is None:
        return True
    return b not in doc.text[slice(*doc.contexts[i].sentence)] or b in doc.text[
        slice(*doc.contexts[j].sentence)]


def _measure_meets(doc: Document, j: int, i: int) -> bool:
    """Whether figures j and i may measure one thing: one measure by
    factcheck.checks._measures, one measure as the frames write it, or one noun head; in
    money or a unit of measurement (the unit names the kind of thing) also a side with no
    measure, a side whose measure is a word of a re-mention group (words.tsv "same:GROUP":
    a cost, a budget, a pay: "spent £3.2m" ... "the £2.3m repair bill"), or a slip of
    scale. Two named measures of no such group
    ("revenue of $6.2bn" ... "its $2.6bn profit") and a count whose words differ ("4,500
    people" ... "5,400 teachers") are two things."""
    a, b = doc.frames[j], doc.frames[i]
    terms = (_measures.of_figure(doc, j), _measures.of_figure(doc, i))
    if terms[0] & terms[1] or (a.measure is not None and a.measure == b.measure):
        return True
    if _head(doc, j) and _head(doc, j) == _head(doc, i):
        return True
    if a.claim.unit == "":
        return False  # a count: its noun or measure must meet
    grouped = any(t.startswith("same:") for t in _measures.terms(a.measure) | _measures.terms(
        b.measure))  # the measures as written: not "earned" before "revenue of"
    return (a.measure is None or b.measure is None or grouped
            or digits(a.claim.value) == digits(b.claim.value))


def _part(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i's own words make it a part or another time of earlier j's
    thing: words after it that narrow it ("the £9.20 school meal for staff", "230 hectares
    of wheat": factcheck.checks._mentions.narrowed), words of its own noun the earlier
    sentence lacks ("the 2,600 visiting fans") or a time after its noun the earlier
    sentence does not write ("the £160 season pass last season": factcheck.checks._chain),
    or a cue word right after it that names another measure ("killed 14" ... "the 41
    injured": lexicon cues.tsv)."""
    if _mentions.narrowed(doc, i) or _chain.narrows(doc, j, _chain.noun_modifiers(doc, i)
                                                    + _after_figure(doc, i)):
        return True
    after = _chain.time_after(doc, i)
    if after and after not in doc.text[slice(*doc.contexts[j].sentence)].lower():
        return True
    if doc.claims[i].unit != "":
        return False  # money and measurement: the unit names the kind of thing
    first = _NEXT_WORD.match(doc.text, doc.claims[i].end)
    cue = lexicon().cues.get(first.group(1).lower()) if first else None
    return bool(cue) and not _measures.term(cue) & _measures.of_figure(doc, j)


def _after_figure(doc: Document, i: int) -> tuple[str, ...]:
    """The words after figure i that narrow the head of its measure: those between the
    figure and the head ("£240 junior ticket" -> ("junior",)) and an "of" phrase after the
    head ("£63 million cost of the library" -> ("library",)); lower case, () when the head
    does not follow within three words."""
    head = _head(doc, i)[:4]
    words = _AFTER.findall(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])[:6]
    at = next((k for k, w in enumerate(words[:4]) if head and w.lower().startswith(head)), None)
    if at is None:
        return ()
    before = tuple(w.lower() for w in words[:at] if w.islower())
    rest = [w.lower() for w in words[at + 1:]]
    if rest[:1] != ["of"]:
        return before
    owned = [w for w in rest[1:3] if w not in ("the", "its", "their", "a", "an")]
    return before + tuple(owned[:1])


def _head(doc: Document, k: int) -> str:
    """The last word of figure k's own noun ("3,200 staff" -> "staff"), else of its
    measure, or ""."""
    words = (doc.claims[k].noun or doc.frames[k].measure or "").lower().replace("-", " ").split()
    return words[-1] if words else ""
