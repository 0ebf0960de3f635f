"""Comparisons between entities, decided on the rows of one series for one year.

"Uganda's life expectancy was higher than Kenya's in 2015", "more than three times China's",
"less than half the world average", "10 years longer than the world average", "the highest
... of any country", "Of Italy, Spain and Japan, Italy had the lowest ...". The sentence is
read by reference.compare_read; the series is the one whose metric the sentence's words
name best (reference.metric.score) among the series that hold the subject and every peer
(reference.compare_series).

- A comparison without a figure ("higher than Kenya's") holds when the subject's row is
  above (below) the peer's. It has no Claim of its own from the extractor, so its verdict
  carries one made for the comparative phrase: value 1, a multiplier, bound "over" or
  "under" (the subject's figure over 1 times the peer's), precision 0.
- A figure that is a ratio ("three times", "half", "twice") is held to the subject's row
  over the peer's; a figure in the series' unit ("10 years longer") to their difference;
  each with the tolerance of its wording (factcheck.tolerance).
- A superlative holds when the subject's row is above (below) every peer's; "of any
  country" or "in the world" takes every country the series holds (regions and aggregates,
  Our World in Data's OWID_ codes and "World", are not peers of countries).

A peer the tables do not hold, a year the series lacks for any of them, or two series that
fit the words equally well and disagree: unverifiable, with the reason.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from factcheck.config import Config
from factcheck.extract.precision import precision_of
from factcheck.model import Claim, Frame, Verdict
from factcheck.reference.compare_change import CHANGE_CUES, change_compared
from factcheck.reference.compare_read import Known, Reading, read, sentences, words_of
from factcheck.reference.compare_series import Series, fitting_series
from factcheck.reference.entities import holds_name
from factcheck.reference.metric import words
from factcheck.reference.names import normalize
from factcheck.reference.rows import MAX_AGE_YEARS
from factcheck.reference.schema import ReferenceTable

POINTS = "percentage_point"  # the unit of "1.5 percentage points"
NEAR = 12  # characters between a comparison's figure and its comparative word at most


def compare(text: str, frames: Sequence[Frame], tables: Sequence[ReferenceTable],
            as_of: date, config: Config) -> list[tuple[int | None, Verdict]]:
    """Verdicts on the comparisons of a draft: (index of the frame whose claim is the
    comparison's figure, or None for a comparison without one, verdict)."""
    found: list[tuple[int | None, Verdict]] = []
    within = _within(frames)
    known = _known(tables)
    for start, end in sentences(text):
        reading = read(text, start, end, known)
        if reading is None:
            continue
        inside = within(start, end)
        index = _figure(reading, frames, inside, text)
        frame = frames[index] if index is not None else None
        if frame is None and reading.kind == "ratio":
            continue  # "twice the EU average" with no figure read: nothing to hold
        verdict = _verdict(text[start:end], start, reading, frame, tables, as_of, config)
        if verdict is not None:
            found.append((index, verdict))
    return found


def _known(tables: Sequence[ReferenceTable]) -> Known:
    """A function giving the key of an entity some table holds under exactly the name given
    (a desk table's towns: "Eastbury's" -> "entity:eastbury"), else None. The world is
    read by compare_read itself."""
    def key(name: str) -> str | None:
        found = normalize(name)
        if found == "world" or not any(holds_name(t, found) for t in tables):
            return None
        return f"entity:{found}"
    return key


def _within(frames: Sequence[Frame]) -> Callable[[int, int], list[int]]:
    """A function giving the indices of the frames whose claims start in [start, end),
    in order: by bisection when the claims run in order of position (as check() gives
    them), else by a scan."""
    starts = [f.claim.start for f in frames]
    if any(a > b for a, b in pairwise(starts)):
        return lambda start, end: [i for i, s in enumerate(starts) if start <= s < end]
    return lambda start, end: list(range(bisect_left(starts, start), bisect_left(starts, end)))


def _figure(reading: Reading, frames: Sequence[Frame], inside: list[int], text: str
            ) -> int | None:
    """The claim that states the comparison's size: one that ends right before the
    comparative word or inside the comparative phrase ("more than 10 years longer than",
    "more than three times China's"), after the subject."""
    if reading.kind not in ("than", "ratio"):
        return None
    near = [i for i in inside if _sizes(frames[i].claim, text, reading.span[0])
            and reading.subject.start <= frames[i].claim.start
            and reading.span[0] - NEAR <= frames[i].claim.end <= reading.span[1]
            and not _set_off(text, frames[i].claim.end, reading.span[0])]
    return near[-1] if near else None


def _set_off(text: str, end: int, comparative: int) -> bool:
    """Whether a comma or a semicolon stands between a figure and the comparative after it
    ("was 63.6 years in 2023, higher than Nigeria's"): the figure is a level the comparison
    is appended to, not the comparison's size ("9 years higher than")."""
    return end < comparative and any(c in text[end:comparative] for c in ",;")


def _sizes(claim: Claim, text: str, comparative: int) -> bool:
    """Can the claim state a comparison's size: a ratio (a multiplier, a percent), a
    difference in a unit ("10 years"), or a count or points the comparative word follows
    at once, which the extractor reads as a direction ("16,210 lower than", "4.7 million
    more people than", "0.8 points lower than": the gap itself)? A bare count with words
    between it and the comparative cannot ("had 52 million people, more than")."""
    if claim.multiplier or bool(claim.unit) or claim.noun == "times":
        return True
    if claim.start >= comparative:
        return False  # "more nurses per 1,000 people than": the base of a rate after it
    return claim.end > comparative or not text[claim.end:comparative].strip()


def _made_claim(reading: Reading, sentence_text: str, offset: int) -> Claim:
    """The Claim a comparison without a figure carries: its comparative phrase."""
    start, end = reading.span
    return Claim(sentence_text[start - offset:end - offset], start, end, 1.0,
                 bound="over" if reading.direction == "over" else "under", multiplier=True)


def _verdict(sentence: str, offset: int, reading: Reading, frame: Frame | None,
             tables: Sequence[ReferenceTable], as_of: date, config: Config) -> Verdict | None:
    changed, way, unread = change_compared(sentence, reading.span[0] - offset,
                                           reading.direction, frame is not None)
    reading = replace(reading, direction=way)  # "grew more slowly": under
    claim = frame.claim if frame else _made_claim(reading, sentence, offset)
    if unread:
        return _unverifiable(claim, unread)
    if claim.noun == "times":  # "three times China's": a factor, read as a count of times,
        factor = replace(claim, multiplier=True, noun=None)  # with a factor's precision
        claim = replace(factor, precision=precision_of(factor))
    if reading.kind != "extreme" and not reading.peers:
        return _unverifiable(claim, f"no table holds {reading.peer_text!r} to compare with")
    cues = _cues(sentence, offset, reading, frame)
    unit = _unit(claim)
    measure = frame.measure if frame else _possessed(sentence, offset, reading)
    cues = cues | CHANGE_CUES if changed else cues  # what grew faster: its growth
    series = fitting_series(reading, tables, cues, unit, frame is not None, sentence,
                            measure, bool(changed))
    if isinstance(series, str):
        return _unverifiable(claim, series)
    if not reading.years and frame is not None and _one_year(frame) is not None:
        reading = replace(reading, years=(_one_year(frame) or 0,))  # "last year"
    return _decide(claim, reading, series, as_of, config, frame is None)


def _one_year(frame: Frame) -> int | None:
    """The calendar year the frame's period is, when it is one whole year ("last year",
    a year carried from the story's sentences before), else None ("now" is a day: the
    latest row decides)."""
    if frame.period is None:
        return None
    first, last = frame.period
    whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    return first.year if whole and first.year == last.year else None


def _unverifiable(claim: Claim, reason: str) -> Verdict:
    return Verdict(claim, "unverifiable", None, f"Unverifiable: {reason}.")


def _cues(sentence: str, offset: int, reading: Reading, frame: Frame | None
          ) -> frozenset[str]:
    """The words that may name the metric: the sentence less its entities, years and
    comparative words, and the frame's measure."""
    named = sorted((m.start - offset, m.end - offset) for m in (reading.subject, *reading.peers))
    pieces, at = [], 0
    for a, b in named:  # one pass: the sentence less the entities
        pieces.append(sentence[at:max(at, a)])
        at = max(at, b)
    text = re.sub(r"\d[\d,.]*", " ", " ".join([*pieces, sentence[at:]]))
    cues = words(text) - {next(iter(words(w)), w) for w in words_of()}
    if frame is not None and frame.measure:
        cues |= words(frame.measure)
    return cues


_POSSESSED = re.compile(r"^(?:['’]s)?\s+((?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*)\s+(?:was|were|is|"
                        r"are|has|had|have|stood|remained|stayed|came|ranked|rose|fell)\b")


def _possessed(sentence: str, offset: int, reading: Reading) -> str | None:
    """What a comparison without a figure measures, when the sentence writes it as the
    subject's possession before its verb ("Peru's male life expectancy was higher than
    Chile's": male life expectancy), else None."""
    if not reading.subject.text.endswith(("'s", "’s")):
        return None  # "Life expectancy in Chile was ...": the measure is written before it
    found = _POSSESSED.match(sentence[reading.subject.end - offset:])
    return found.group(1) if found else None


def _unit(claim: Claim) -> str | None:
    """The unit a series must share with a figure of difference ("10 years longer");
    None for a ratio or a comparison without a figure."""
    if claim.multiplier or claim.unit in ("percent", ""):
        return None
    return "percent" if claim.unit == POINTS else claim.unit  # points of a percent



def _year(reading: Reading, series: Series, as_of: date) -> int | str:
    """The year compared: the one the sentence names, else the latest the subject's rows
    hold up to the draft's date (no older than MAX_AGE_YEARS)."""
    if len(reading.years) > 1:
        return "the sentence names several years and the comparison holds for one"
    if reading.years:
        return reading.years[0]
    held = [r.start.year for r in series.subject
            if r.start.year == r.end.year and r.start <= as_of]
    if not held or max(held) < as_of.year - MAX_AGE_YEARS:
        return "the sentence names no year and the series has no recent row"
    return max(held)


def _decide(claim: Claim, reading: Reading, found: list[Series], as_of: date,
            config: Config, made: bool) -> Verdict:
    from factcheck.reference.compare_decide import decide_series

    verdicts = []
    for series in found:
        year = _year(reading, series, as_of)
        if isinstance(year, str):
            return _unverifiable(claim, year)
        verdicts.append(decide_series(claim, reading, series, year, config, made))
    statuses = {v.status for v in verdicts}
    if len(statuses) > 1:
        names = " and ".join(f"{s.table.name}: {s.subject[0].metric}" for s in found[:2])
        return _unverifiable(claim, f"two series fit the words equally well and disagree: "
                                    f"{names}")
    return verdicts[0]
