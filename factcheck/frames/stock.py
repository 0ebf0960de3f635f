"""A stock and what moves it: a running total after one change, the stock a cut is taken from.

Three readings of the README_frames conventions of the blind frames sets (roles 4, period 5):

- running_totals: a figure a participle or verb takes "its total" to after a single figure
  of its unit ("added 120,000 customers in the quarter, taking its total to 2.45 million",
  "planted 18 hectares, bringing its total to 112 hectares", "pledged to cut the total to
  200 million tonnes") is the level the stock reached, not the sum of parts, and the figure
  before it is the change that moved it; with two or more figures of its unit before it
  ("£2,400 in wages and £600 in bonuses, taking the total to £3,000", "up 15% in March,
  plus a further 10%, taking the total to 25%") it stays a total of those parts.
- unit_parts: a figure in a unit "of that", "of them" (role.parse_role) is a part only when
  a figure of its unit before it is the whole "that" stands for;
- standing_wholes: the whole a part is taken from, when the part is a cut told as a change
  ("has cut a fifth of its 1,500 staff since January", "has lost four of its seven
  branches since 2019") or when the clause is in the future ("will shed 160 of its 2,900
  staff by the end of the year"), is the stock held before the cut: the period phrase
  dates the cut, not the stock, so the whole has no period. A part that counts within
  the period keeps it for its whole ("cancelled 300 of its 9,400 flights in October",
  "since May the club has won 11 of its 16 matches").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from factcheck.frames.draft import Draft
from factcheck.frames.read import Reading
from factcheck.frames.role import SHARE_UNITS, lexical_role
from factcheck.lexicon import lexicon

Period = tuple[date, date]
# "taking its total to", "bringing their total there to", "cut the total to": the figure is
# the level a stock is moved to (the lexicon's "total" words mark a sum elsewhere)
_TOTAL_TO = re.compile(r"\btotal(?:\s+\w+)?\s+to\s+$", re.IGNORECASE)


def settle(draft: Draft, readings: Sequence[Reading]) -> None:
    """Running totals and parts in a unit with no whole in it, in place (see module)."""
    running_totals(draft, readings)
    unit_parts(draft, readings)


def unit_parts(draft: Draft, readings: Sequence[Reading]) -> None:
    """A part in a unit "of that", "of them", "of the total" (role.parse_role) whose whole
    is no figure in its unit before it is a level: "it" and "them" name a thing, not a
    figure ("Bristow's new lanes, 19 kilometres of them", "has owned the estate since
    1702 and sold 2,300 acres of it"); "exported 2.6 million tonnes, and China bought 1.9
    million tonnes of them" keeps its whole."""
    claims = draft.claims
    for i, reading in enumerate(readings):
        unit = claims[i].unit
        if (reading.role != "part" or not reading.whole_back or not unit
                or unit in SHARE_UNITS):
            continue  # "of the total" names its whole, though no figure
        if reading.whole and claims[reading.whole[0]].unit == unit:
            continue
        reading.role = "level"
        reading.whole = ()


def running_totals(draft: Draft, readings: Sequence[Reading]) -> None:
    """A total moved "to" a figure after at most one figure of its unit: a level, and that
    figure (a level, not a change read already) the change that moved it; in place."""
    claims = draft.claims
    for i, reading in enumerate(readings):
        if reading.role != "total" or not _TOTAL_TO.search(
                draft.text, max(0, claims[i].start - 30), claims[i].start):
            continue
        k = draft.sentence_of[i]
        before = [j for j in range(i) if draft.sentence_of[j] == k
                  and claims[j].unit == claims[i].unit]
        if len(before) > 1:
            continue  # "£2,400 in wages and £600 in bonuses, taking the total to £3,000",
            # "up by 15% in March, plus a further 10%, taking the total to 25%"
        reading.role = "level"
        if before and readings[before[0]].role == "level":
            readings[before[0]].role = "change"


def standing_wholes(draft: Draft, readings: Sequence[Reading],
                    chosen: list[Period | None]) -> None:
    """No period for the whole of a part that is a cut or that a future clause tells; in
    place (see module)."""
    for i, reading in enumerate(readings):
        if reading.role not in ("part", "share") or not reading.whole:
            continue
        whole = reading.whole[0]
        if whole == i or readings[whole].scope is not None:
            continue
        if reading.tense == "future" or _cut(draft, reading, i):
            chosen[whole] = None


_WORD = re.compile(r"[\w’'-]+")


def _cut(draft: Draft, reading: Reading, i: int) -> bool:
    """Whether a part is a cut: read as a change, or told by a verb of change (lexicon
    changes.tsv: "lost 30 of its 410 drivers")."""
    if lexical_role(draft.text, draft.claims[i]) == "change":
        return True
    verb = _WORD.match(draft.text, reading.verb) if reading.verb is not None else None
    return verb is not None and verb.group().lower() in lexicon().change_verbs
