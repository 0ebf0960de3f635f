"""A figure written as a thing already named, for FC202: "the hospital's 460 beds",
"Monday's toll of 121", "its €190 million price tag", "the £520,000 fine".

A writer who puts a figure in a possessive or definite noun phrase refers back to
something the draft has stated: the figure must agree with the earlier one. The earlier
figure is the nearest in the BACK sentences before, in the paragraph, that

- has the same unit, and is a level or a rate and no change;
- is named by the later phrase: the head of the later figure's measure ("beds",
  "toll", "fine") or, when that head is a measure of one thing (a cost, a fee, a
  capacity: lexicon frames.tsv class "single", or a "same" group), its possessor ("the
  refurbishment's ... cost"; not "the bridge's £60m upgrade") is a word of the
  earlier figure's measure or noun, inflected or not, or a word of the same group
  (words.tsv, class "same:GROUP": "cost", "price", "tag"); or such a word is in the
  earlier figure's sentence ("was fined £250,000", "harvested 3.2 million tonnes")
  and the figure is the only one of its unit there, so the words name it alone;
- has a subject and a period that do not differ from the later one's (either may be
  unstated), and is not dated apart from it (FC202's own test).

A place's people ("a town of 42,000 people", "home to 9,000 people") are named by a
population's words ("the town's 24,000 residents", lexicon stock_metrics.tsv).

Neither figure may stand just after a verb of change ("had risen to 600"): a level
reached by a change is another period's. Not read as a re-mention: a figure whose
measure the frame reads as its owner ("the bridge's £60m upgrade"), or one narrowed
after it ("the city's 140,000 residents who rent", "70 beds in intensive care"), or
one of another measure of one thing ("the council's budget" ... "the council's pension
deficit"). Whether an earlier figure may be the one named again (unit, level, subject,
period, scope) is read in factcheck.checks._same_thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import (
    Document,
    _chain,
    _mention_names,
    _possessives,
    _story,
    _ties,
    _told_as,
    _wholes,
)
from factcheck.checks import _figures as fig
from factcheck.checks._same_thing import WHOLES, fits, level, record_since
from factcheck.frames.periods import periods
from factcheck.lexicon import lexicon
from factcheck.written_years import YEAR

__all__ = ["BACK", "MAX_CLAIMS_BACK", "STORY_BACK", "earlier", "fits", "list_member", "pairs",
           "record_since"]  # fits, record_since: read in _same_thing

BACK = 3  # sentences before a re-mention that its antecedent is looked for in
STORY_BACK = 10  # sentences before a possessed re-mention ("the county's 1,420 burglaries")
_LIST_GAP = re.compile(r"(?:,|\band\b)\s*$", re.IGNORECASE)  # ", 9,200", "... and 6,100"
_DATED = re.compile(  # a figure and its noun, then a time: "price tag in May", "on Friday"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:in|on|at)\s+(?:(?:early|late|mid)[\s-])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + YEAR + r")\b")
_WHOLE_AFTER = re.compile(r"\bin\s+(?:full|total|all)\b", re.IGNORECASE)
_PARTITIVE = re.compile(  # "Of the 63 homes ...", "Among Friday's 122 flights ..."
    r"\W*(?:of|among|amongst)\s+(?:the|its|their|[A-Za-z][\w-]*['’]s?)\s+$", re.IGNORECASE)
MAX_CLAIMS_BACK = 60  # figures looked back over at most: linear time on figure-dense text


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(earlier, later) indices of figures where the later names the earlier's thing."""
    for i, frame in enumerate(doc.frames):
        if not (level(doc, i) or (_partitive(doc, i) and level(doc, i, WHOLES))):
            continue
        m = _possessives.phrase(doc, i)
        if frame.measure is None and m is not None:
            frame = _told_as.premodified(doc, i, frame)  # "the £5,600 fine": the noun it sizes
        if frame.measure is None:
            continue
        if m is None or _wholes.points_back(doc, i) or frame.role == "part":
            continue
        if any(w.lower() in fig.words("another") for w in fig.WORDS.findall(m.group(0))):
            continue  # "the remaining 440", "the first 100": another amount of the thing
        narrowed = _narrowed(doc, i)
        timed = narrowed and _time_scoped(doc, i)
        after = _chain.time_after(doc, i) if frame.period is None else None
        seasonal = after if narrowed or (after and not after.startswith("this ")) else None
        # "the £2.90 school meal next term": another time's, named only after the noun
        if narrowed and not timed and not seasonal:
            continue  # "the city's 140,000 residents who rent", "70 beds in intensive care"
        told = _chain.of_measure(doc, i, m.group(0))  # "the firm's 2025 revenue of $8m"
        head = told[0] if told else frame.measure.lower().replace("-", " ").split()[-1]
        if not _mention_names.measure_holds(doc, i, head):
            continue  # "The 41 injured": the measure was lent by an earlier figure
        names = {head}
        owner = _possessives.possessor(doc, i)
        if owner and head == owner.lower():
            continue  # the measure read is the owner ("the bridge's £60m upgrade"): unsure
        if owner and (lexicon().frame_class(head, "single") or _mention_names.group(head)):
            names.add(owner.lower())  # "the refurbishment's cost", not "the bridge's upgrade"
        # "the death toll" ... "killed"
        names |= _mention_names.grouped_modifiers(frame.measure, head)
        names |= _ties.own_noun(frame)  # "Boateng's tally of 13,950 votes" names the votes
        j = _antecedent(doc, i, names, across=m.group(1) is not None)
        if j is not None and seasonal and seasonal not in doc.text[
                slice(*doc.contexts[j].sentence)].lower():
            continue  # "the £565 ticket this season": only that season's figure is named
        if j is not None and timed and _told_as.held_for(doc, j, frame.measure) != frame.period:
            continue  # "the 12 deaths this year" after "has killed 40": a part of the time
        if j is not None and (not _mention_names.other_measure(doc.frames[j].measure, head)
                              or _mention_names.written_in(doc, j, head)
                              ) and not (_chain.narrows(doc, j, _told_as.unrated(told[1])) if told
                                         else _mention_names.subset(doc, j, i, frame)):
            yield j, i


def _partitive(doc: Document, i: int) -> bool:
    """Whether figure i is the whole of a partitive phrase that opens its sentence ("Of the
    63 homes destroyed, 20 were empty", "Among its 580 staff, ..."): a whole written as
    known, the total told before, though its frame reads it as the whole of parts."""
    return bool(_PARTITIVE.match(doc.text, doc.contexts[i].sentence[0], doc.claims[i].start))


def _narrowed(doc: Document, i: int) -> bool:
    """Whether the words after a figure and its measure narrow it to a part ("£6 fee for
    children", "residents who rent", "70 beds in intensive care", "the 1,200 deaths
    nationwide", "the fire near the coast": words.tsv, class "scope"; not "in full")."""
    frame = doc.frames[i]
    word = fig.word_after_whole(doc.text, frame, doc.contexts[i].sentence[1])
    if word not in fig.QUALIFIERS | fig.words("scope") | {"who", "that", "whose", "of"}:
        return False
    if _DATED.match(doc.text, frame.claim.end) and word in ("in", "on", "at"):
        return False  # "the tunnel's $2.1m price tag in May": a date, no scope
    return not _WHOLE_AFTER.search(doc.text, frame.claim.end, doc.contexts[i].sentence[1])


def narrowed(doc: Document, i: int) -> bool:
    """Whether the words after figure i and its measure narrow it to a part (_narrowed),
    not only date it (_time_scoped): "the £9.20 school meal for staff", "230 hectares of
    wheat"; not "the £230m investment this year"."""
    return _narrowed(doc, i) and not _time_scoped(doc, i)


def _time_scoped(doc: Document, i: int) -> bool:
    """Whether the word after figure i and its measure opens the phrase of the period its
    frame holds for ("Greenfield Water's $230 million investment this year"): a scope in
    time, which names the thing again only for an earlier figure of that same period."""
    frame = doc.frames[i]
    start, end = doc.contexts[i].sentence
    word = fig.word_after_whole(doc.text, frame, end)
    if frame.period is None or not word:
        return False
    at = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(doc.text, frame.claim.end, end)
    if at is None:
        return False
    found = periods(doc.text[start:end], start, doc.as_of)
    return any(s == at.start() and period == frame.period for s, _, period in found)


def _antecedent(doc: Document, i: int, names: set[str], across: bool = False) -> int | None:
    """The nearest earlier figure that the later one's names point to, or None: in the BACK
    sentences before, or the STORY_BACK before for a figure its possessor names ("the
    county's 1,420 burglaries": a thing the story has told, however many figures and
    paragraphs back), across paragraph breaks but not a heading (_story.section_between).
    A part listed bare after the whole of its sentence ("14,600 people, 9,200 in the UK
    and 6,100 overseas": list_member) is passed over: the thing named again is the
    whole. A possessed figure names first the figure written under its own possessor
    ("The trust's 450 beds" ... "a ward with 24 beds" ... "the trust's 520 beds": the
    trust's, not the ward's), then the nearest."""
    owner = _possessives.possessor(doc, i) if across else None
    if owner is not None:
        found = _nearest(doc, i, names, across, owner.lower())
        if found is not None:
            return found
    return _nearest(doc, i, names, across, None)


def _nearest(doc: Document, i: int, names: set[str], across: bool, owner: str | None
             ) -> int | None:
    """_antecedent's look back: the nearest earlier figure named, and written under the
    possessor owner when one is given (lower case)."""
    own = doc.contexts[i].sentence
    seen = 0
    current = own
    for j in range(i - 1, max(-1, i - 1 - MAX_CLAIMS_BACK), -1):
        sentence = doc.contexts[j].sentence
        if sentence != current:
            if _story.section_between(doc, sentence[1], current[0]):
                return None
            seen, current = seen + 1, sentence
            if seen > (STORY_BACK if across else BACK):
                return None
        if sentence == own or not fits(doc, j, i) or (owner is not None and (
                _possessives.possessor(doc, j) or "").lower() != owner):
            continue
        named = _mention_names.named(doc, j, names)
        if named == "measure" or (named == "sentence" and _alone(doc, j)):
            if not list_member(doc, j) or _agree(doc, j, i):
                return j  # a member the later figure restates: no conflict
    return None


def _agree(doc: Document, j: int, i: int) -> bool:
    """Whether two figures' bands meet (factcheck.tolerance)."""
    low_j, high_j = tolerance.interval(doc.claims[j], doc.config.approx_tolerance)
    low_i, high_i = tolerance.interval(doc.claims[i], doc.config.approx_tolerance)
    return high_j >= low_i and high_i >= low_j


def list_member(doc: Document, j: int) -> bool:
    """Whether figure j is a bare member of a list after the first figure of its unit in
    its sentence ("employs 14,600 people, 9,200 in the UK and 6,100 overseas"): nothing but
    a comma or "and" before it in its clause, and no period of its own other than that
    first figure's (a list of years, "300 tonnes in 2019, 400 in 2020", is no list of
    parts). A part of the thing, not the thing a later phrase names again."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    first = next((k for k in range(max(0, j - MAX_CLAIMS_BACK), j)
                  if doc.contexts[k].sentence == sentence and doc.claims[k].unit == unit), None)
    if first is None:
        return False
    gap = doc.text[doc.claims[j - 1].end : doc.claims[j].start]
    return (_LIST_GAP.search(gap) is not None
            and doc.frames[j].period in (None, doc.frames[first].period))


def earlier(doc: Document, i: int) -> Iterator[int]:
    """The figures before figure i, nearest first, in the BACK sentences before its own in
    its paragraph."""
    own = current = doc.contexts[i].sentence
    seen = 0
    for j in range(i - 1, -1, -1):
        sentence = doc.contexts[j].sentence
        if sentence != current:
            if "\n\n" in doc.text[sentence[1] : current[0]]:
                return
            seen, current = seen + 1, sentence
            if seen > BACK:
                return
        if sentence != own:
            yield j


def _alone(doc: Document, j: int) -> bool:
    """Whether figure j is the only figure of its unit in its sentence, less the levels a
    comparison is made against ("cost £85, up from £79 last summer": another time's)."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    near = range(max(0, j - 8), min(len(doc.claims), j + 9))
    return all(k == j or doc.contexts[k].sentence != sentence or doc.claims[k].unit != unit
               or _base(doc, k) or (k > j and list_member(doc, k)) for k in near)


def _base(doc: Document, k: int) -> bool:
    """Whether figure k is the level a change or comparison starts from ("up from £79",
    "against £2.10"): a base word just before it (words.tsv, class "base")."""
    start = doc.claims[k].start
    return fig.last_word("base").search(doc.text, max(0, start - 16), start) is not None
