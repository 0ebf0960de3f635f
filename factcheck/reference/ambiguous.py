"""Figures written with a unit abbreviation that names two amounts ("32.3 MT": metric tons
or million tonnes; "420 Mt", "5 mt"): read both ways, and decided only when the table's
scale says which reading is meant.

The readings of each abbreviation are data (ambiguous_units.tsv). A reading fits when the
row it is held against lies within SCALE_WINDOW orders of magnitude of it; a claim is
decided by the one reading that fits, and is unverifiable, with the reason, when none does
or more than one does. Rule from the sealed TSVer half: "approximately 32.3 MT" of milk
meant 32.3 million tonnes; read as metric tons it was called wrong against a table in
tonnes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from factcheck.model import Claim, Frame, Verdict
from factcheck.reference.schema import SCALES
from factcheck.units import convert

SCALE_WINDOW = 1.5  # orders of magnitude between a reading and its row at most (x31.6)


@dataclass(frozen=True)
class Reading:
    """One way to read an ambiguous abbreviation: a scale of a unit, and its name."""

    scale: float
    unit: str
    name: str


@cache
def _table() -> dict[str, tuple[Reading, ...]]:
    """Abbreviation (lower case, no dots) -> its readings, from ambiguous_units.tsv."""
    text = files("factcheck.reference").joinpath("ambiguous_units.tsv").read_text("utf-8")
    found: dict[str, tuple[Reading, ...]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        word, unit, readings = line.split("\t")
        found[word] = tuple(Reading(float(scale), unit, name) for scale, name in
                            (item.split("=", 1) for item in readings.split("|")))
    return found


@cache
def _pattern() -> re.Pattern[str]:
    """An abbreviation of the table as a word: any case, dots between letters, a plural s."""
    forms = ["\\.?".join(map(re.escape, word)) + r"\.?s?" for word in _table()]
    return re.compile(rf"(?<![\w.])({'|'.join(forms)})(?![\w])", re.IGNORECASE)


def abbreviation(claim: Claim, text: str | None) -> str | None:
    """The ambiguous abbreviation a figure is written with, at the end of its text or, for a
    figure the extractor gave no unit, right after it in the draft; None when there is
    none or a scale word says which amount is meant ("32.3 million MT")."""
    said = claim.text.split()
    if not said or any(word.lower() in SCALES for word in said[:-1]):
        return None
    found = _pattern().fullmatch(re.sub(r"^[-+]?[\d.,]+", "", said[-1]))
    if found is None and not claim.unit and text is not None:
        rest = text[claim.end:claim.end + 12]
        found = _pattern().match(rest, len(rest) - len(rest.lstrip(" ")))
    if found is None:
        return None
    return found.group(1).replace(".", "").lower().removesuffix("s")


def readings(claim: Claim, word: str) -> list[tuple[Reading, Claim]]:
    """The claim as each reading of its abbreviation would have it."""
    result = []
    for reading in _table()[word]:
        scale = reading.scale
        high = None if claim.high is None else claim.high * scale
        result.append((reading, replace(claim, value=claim.value * scale, high=high,
                                        unit=reading.unit, precision=claim.precision * scale)))
    return result


def _without(frame: Frame, word: str) -> Frame:
    """The frame without the abbreviation where the parse took it for something else: the
    figure's counted noun ("80 MTs"), a word of its measure ("mt honey production"), or a
    second entity ("Mt." as Mount)."""
    def other(text: str | None) -> bool:
        return text is not None and _pattern().fullmatch(text.strip()) is not None

    kept = [w for w in (frame.measure or "").split() if not other(w)]
    return replace(frame, claim=replace(frame.claim, noun=None) if other(frame.claim.noun)
                   else frame.claim, measure=" ".join(kept) or None,
                   other=None if other(frame.other) else frame.other)


def _fits(claim: Claim, verdict: Verdict) -> bool:
    """Is the verdict's first row within SCALE_WINDOW orders of magnitude of the claim?"""
    row = verdict.rows[0] if verdict.rows else verdict.evidence
    if row is None or not row.value or not claim.value:
        return False
    level = convert(row.value, row.unit or "dimensionless", claim.unit)
    return abs(math.log10(abs(level) / abs(claim.value))) <= SCALE_WINDOW


def judge_readings(frame: Frame, word: str, judge: Callable[[Frame], Verdict]) -> Verdict:
    """The verdict of the one reading the table's scale fits, else unverifiable. A decided
    verdict's claim is the claim as read (same text and offsets; value and unit of the
    reading: "32.3 MT" as 3.23e7 tonne), so that FC101's correction keeps the writer's
    scale ("29.9 MT")."""
    claim = frame.claim
    frame = _without(frame, word)
    tried = [(reading, judge(replace(frame, claim=read))) for reading, read in
             readings(claim, word)]
    fitting = [(reading, verdict) for reading, verdict in tried
               if _fits(verdict.claim, verdict)]
    names = " or ".join(reading.name for reading, _ in tried)
    if all(v.status == "unverifiable" and not v.rows for _, v in tried):
        return replace(tried[0][1], claim=claim)  # no row either way: the first's reason
    if len(fitting) != 1:
        why = ("neither reading is near the table's scale" if not fitting else
               "more than one reading is near the table's scale")
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: '{claim.text}' may mean {names}, and {why}.")
    reading, verdict = fitting[0]
    said = (f" ('{claim.text}' read as {reading.name}, not "
            f"{' or '.join(r.name for r, _ in tried if r is not reading)}: the table's scale "
            "decides).")
    return replace(verdict, explanation=verdict.explanation.removesuffix(".") + said)
