"""Levels of one subject whose measures are written differently, for FC202: "37 people
died" ... "the toll from the sinking, 43"; "holds 32,500 fans" ... "the 35,800-seat
ground".

A level written as a thing already told (in a definite or possessive phrase, or set
beside the definite phrase that opens its sentence) is paired with the nearest earlier
level of its subject in its unit, in the factcheck.checks._mentions.BACK sentences
before in its paragraph, when the two measures are one by the checks' one reading of a
measure (factcheck.checks._measures). A later measure of one thing that names no
subject ("The toll from Friday's fire, 31": lexicon frames.tsv, class "single") is the
story's thing. Not paired: sentences that describe a change or name different years,
figures dated apart (FC202's own test, passed in), "the remaining"/"other" amounts
(words.tsv, class "another"), bases of comparisons, parts the subject owns ("Its sixth
form, with 380 pupils"), and a later owner the earlier sentence does not name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from factcheck import figures
from factcheck.checks import (
    Document,
    _chain,
    _measures,
    _mention_names,
    _mentions,
    _possessives,
    _ties,
)
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_APPOSED = re.compile(  # "The toll from Saturday's sinking, 43, ...": a figure set beside the
    # definite phrase that opens its sentence
    r"\W*(?:the|its|their)\b[^,.;:]{1,50},\s*$", re.IGNORECASE)

_DAY_EVENT = re.compile(  # "Friday's derailment injured 19": an event owned by a possessor
    # (read as a day by _possessives.time_word), its verb, then the figure
    r"\b([A-Za-z]+)['’]s\s+[a-z-]+\s+[a-z]+\s+(?:(?:about|some|around|nearly)\s+)?$")
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)
_NUMBER_OF = re.compile(  # "the number of striking workers at 1,950", "... was 240"
    r"\bthe\s+([a-z]+)\s+of\s+([a-z][a-z -]{0,40}?)\s+(?:at|(?:was|is|were|are|stood|"
    r"stands)(?:\s+at)?)\s+(?:(?:about|some|around|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE)
_RELATIVE = re.compile(  # "Wednesday's fire, which scorched 9,100 hectares": a relative
    # clause on a definite or possessive phrase, its verb, then the figure
    r"(?:\b(?:the|its|their)|['’]s)\s+[^,;:.\d]{1,40},\s*(?:which|that|who)\s+[a-z]+\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly)\s+)?$", re.IGNORECASE)


def pairs(doc: Document, changing: set[int],
          dated_apart: Callable[[Document, int, int], bool]) -> Iterator[tuple[int, int]]:
    """(earlier, later) levels of one named subject (or a later measure of one thing that
    names none: "The toll from Friday's fire, 31") whose measures are written differently
    but read as one (factcheck.checks._measures: "37 people died" ... "the toll of 43";
    "holds 32,500 fans" ... "the 35,800-seat ground"), the nearest earlier in the
    _mentions.BACK sentences before in the paragraph, by _mentions' own tests of unit,
    level, period and owner; neither in a sentence of change."""
    for i, frame in enumerate(doc.frames):
        by_unit, clause, rate = unit_named(doc, i), _in_relative(doc, i), _rate(doc, i)
        if (i in changing or not (by_unit or clause or rate or plain_level(doc, i))
                or not (clause or _named_again(doc, i))
                or (frame.subject is None and not _single(frame))):
            continue
        mine = _measures.of_figure(doc, i)
        for j in _mentions.earlier(doc, i):
            other = doc.frames[j].subject
            if (other is None or not _ties.same_name(other, frame.subject or other)
                    or j in changing
                    or not (plain_level(doc, j) or _bare(doc, j) or (rate and _rate(doc, j)))
                    or not _mentions.fits(doc, j, i) or not _same_years(doc, j, i)):
                continue
            if rate and not _rate_named(doc, j, i):
                break  # "the youth jobless rate" after "unemployment stood at 6.1%"
            if ((by_unit or mine & _measures.of_figure(doc, j) or _refers_back(frame))
                    and not dated_apart(doc, j, i)
                    and not _possessives.other_owner(doc, j, i)
                    and not _chain.narrows(doc, j, _chain.noun_modifiers(doc, i))):
                yield j, i
            break  # the nearest level of the subject in the unit only: unsure beyond


def _refers_back(frame: Frame) -> bool:
    """Whether a figure's measure names no thing of its own ("Tuesday's total of 140 mm",
    "the figure", "the level": factcheck.checks._story_rates.names_thing): written as a
    thing already told, it is the nearest earlier level of its subject in its unit."""
    from factcheck.checks._story_rates import names_thing

    return frame.measure is not None and not names_thing(
        set(frame.measure.lower().replace("-", " ").split()))


def _in_relative(doc: Document, i: int) -> bool:
    """Whether level i is the object of the verb of a relative clause on a definite or
    possessive phrase ("Wednesday's fire, which scorched 9,100 hectares"; "the pile-up,
    which killed 17"), or of a clause whose subject is an event owned by a day ("Friday's
    derailment injured 19"): the clause tells more of a thing already told, so the
    figure is that thing's level (its measure still read by factcheck.checks._measures;
    a day the earlier sentence does not name dates the two apart: factcheck.checks._apart)."""
    frame, c = doc.frames[i], doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 80)
    if frame.role not in ("level", "total") or c.change or c.multiplier or c.high is not None:
        return False  # a total: "which killed 17, three of them children"
    if _RELATIVE.search(doc.text, start, c.start) is not None:
        return True
    day = _DAY_EVENT.search(doc.text, start, c.start)
    return day is not None and _possessives.time_word(day.group(1))


def _single(frame: Frame) -> bool:
    """A measure that is one figure of one thing ("the toll": lexicon frames.tsv, class
    "single"): without a subject of its own it is the story's thing."""
    words = (frame.measure or "").split()
    return bool(words) and lexicon().frame_class(words[-1], "single")


def unit_named(doc: Document, i: int) -> bool:
    """Whether figure i, a level in a unit of measurement (megawatts, litres, hectares;
    not a count, percent or money), stands in a definite or possessive phrase with no
    measure of its own ("the farm's 540 megawatts", "the reservoir's 2.3 billion
    litres"): its unit names what it measures, so it restates the nearest earlier level
    of its subject in that unit."""
    frame = doc.frames[i]
    return (frame.measure is None and _bare(doc, i) and _possessives.definite(doc, i)
            and not figures.is_money(frame.claim.unit))


def _bare(doc: Document, i: int) -> bool:
    """A level in a unit of measurement (not a count, percent or money: those name no
    kind of thing of their own) that is no change, range, multiplier, base or other
    amount: a level its unit names ("holds 3.2 billion litres")."""
    frame = doc.frames[i]
    c = frame.claim
    if (frame.role != "level" or c.unit in _mention_names.RELATIVE or figures.is_money(c.unit)
            or c.change or c.multiplier or c.high is not None):
        return False
    return _plain_lead(doc, i)


def _rate(doc: Document, i: int) -> bool:
    """A rate in percent of a named measure ("the town's jobless rate of 8.4%",
    "unemployment stood at 6.1%") that is no change, range, base or other amount."""
    frame = doc.frames[i]
    c = frame.claim
    return (frame.role == "rate" and frame.measure is not None and c.unit == "percent"
            and not (c.change or c.multiplier or c.high is not None) and _plain_lead(doc, i))


def _rate_named(doc: Document, j: int, i: int) -> bool:
    """Whether every word of later rate i's measure but the generic ones ("rate") is
    written in earlier figure j's sentence or names j's measure (factcheck.checks.
    _measures): "the town's October jobless rate" after "Unemployment ... stood at 6.1%
    in October"; not "the youth jobless rate", a rate of a part."""
    from factcheck.reference import metric

    named = _measures.of_figure(doc, j)
    sentence = [w.lower() for w in _WORDS.findall(doc.text, *doc.contexts[j].sentence)]
    words = [w for w in _WORDS.findall((doc.frames[i].measure or "").lower())
             if w not in metric.STOPWORDS | metric.GENERIC]
    return all(any(s.startswith(w[:max(3, len(w) - 1)]) for s in sentence)
               or bool(_measures.term(w) & named) for w in words)


def _plain_lead(doc: Document, i: int) -> bool:
    """Whether no base or end word ("up from", "than") nor a word of another amount ("the
    remaining") stands just before figure i."""
    c = doc.claims[i]
    lead = (max(doc.contexts[i].sentence[0], c.start - 30), c.start)
    return not (fig.last_word("base", "end").search(doc.text, *lead)
                or fig.any_word("another").search(doc.text, *lead))


_RECORD_SPAN = re.compile(r"\bsince\s+\d{4}\b", re.IGNORECASE)  # "the worst since 2011"


def _years(doc: Document, i: int, record: bool = False) -> set[str]:
    """The years figure i's sentence writes ("2026"); with record, less the year that opens
    a record's span ("the worst since 2011": factcheck.checks._mentions.record_since),
    which dates no figure."""
    text = doc.text[slice(*doc.contexts[i].sentence)]
    if record and _mentions.record_since(doc, i):
        text = _RECORD_SPAN.sub("", text)
    return _ties.years(text)


def _same_years(doc: Document, j: int, i: int, record: bool = False) -> bool:
    """Whether two figures' sentences write the same years, or the frames read one
    calendar year for both ("the 2026 harvest" ... "this year's harvest", in 2026); with
    record, a record's span is no year of its sentence (_years)."""
    a, b = doc.frames[j].period, doc.frames[i].period
    one_year = a is not None and a == b and a[0].year == a[1].year
    return one_year or _years(doc, j, record) == _years(doc, i, record)


def plain_level(doc: Document, i: int) -> bool:
    """A level that names its measure beside it and is no part, range or multiplier, not
    the base or end of a comparison ("up from", "than"), not a thing its subject owns
    ("Its sixth form, with 380 pupils") and not another amount of the thing ("the other
    £17 million", "the remaining 23": words.tsv, class "another")."""
    frame = doc.frames[i]
    c = frame.claim
    dated_total = frame.role == "total" and frame.period is not None  # "Tuesday's total"
    if ((frame.role != "level" and not dated_total) or frame.measure is None
            or c.change or c.multiplier
            or c.high is not None):
        return False
    lead = (max(doc.contexts[i].sentence[0], c.start - 30), c.start)
    head = frame.measure.lower().replace("-", " ").split()[-1]
    return not (fig.last_word("base", "end").search(doc.text, *lead)
                or fig.any_word("another").search(doc.text, *lead)
                or (c.noun is None and not _mention_names.measure_holds(doc, i, head))
                or _ties.possessed_part(doc, i, head))


def _named_again(doc: Document, i: int) -> bool:
    """Whether figure i is written as a thing already told: in a definite or possessive
    phrase ("the 35,800-seat ground", "its £4.2 million budget"), set beside one at the
    head of its sentence ("The toll from Saturday's sinking, 43, ..."), or given as the
    value of "the number of" its measure ("put the number of striking workers at 1,950",
    "said the number of volunteers was 240": a word of words.tsv class "figure")."""
    start = doc.contexts[i].sentence[0]
    end = doc.claims[i].start
    return bool(_possessives.definite(doc, i) or _APPOSED.match(doc.text[start:end])
                or _number_of(doc, i))


def _number_of(doc: Document, i: int) -> bool:
    """Whether figure i is the value given to "the number of" a thing before it in its
    sentence ("the number of striking workers at 1,950", "the number of volunteers was
    240"), with the thing the figure's measure: the head of the measure is the last word
    between "of" and the figure (words after it narrow the thing: "the number of pupils
    who walked", "the number of staff in 2019")."""
    m = _NUMBER_OF.search(doc.text, max(doc.contexts[i].sentence[0], doc.claims[i].start - 80),
                          doc.claims[i].start)
    head = (doc.frames[i].measure or "").lower().replace("-", " ").split()[-1:]
    if m is None or m.group(1).lower() not in fig.words("figure") or not head:
        return False
    last: str = _WORDS.findall(m.group(2))[-1].lower()
    return last.startswith(head[0][:max(3, len(head[0]) - 1)])


def told_again(doc: Document, i: int) -> bool:
    """Whether figure i is written as a thing already told: named again (a definite or
    possessive phrase, an apposition, "the number of") or in a relative clause on one."""
    return _named_again(doc, i) or _in_relative(doc, i)


def same_years(doc: Document, j: int, i: int) -> bool:
    """_same_years, for other readers of one thing told twice (factcheck.checks._slipped),
    a record's span left out: the slip's own guards read the two periods (a record's
    sentence reads no period of its own for factcheck.checks._same_thing.fits, so this
    module keeps the span's year)."""
    return _same_years(doc, j, i, record=True)
