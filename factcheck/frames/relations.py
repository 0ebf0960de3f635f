"""A figure's links to the figures near it in its sentence (DESIGN.md, "Frames").

- restates: a conversion restates the figure right before it (role.is_conversion), or
  stands set off by commas after its noun phrase in a unit of the same dimension ("650
  cubic yards of silt, about 500 cubic metres, ..."; "4C warmer than usual, or 7F"), or
  the parse makes its phrase an apposition to that figure's ("5,000 acres of moor and
  pasture, some 2,000 hectares, ...");
- whole: a part or share's whole, when that is a figure of the sentence;
- before / after: a change's ends, the nearest figures after "from" and "to";
- parts: a total's parts, the figures of its unit before it back to an earlier total.

Only NEAR claims either side are searched, so a sentence of thousands of figures (a
table with no full stop) costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from factcheck.frames.read import Reading
from factcheck.frames.role import SHARE_UNITS, TIME_UNITS, is_conversion
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import is_currency, quantity

NEAR = 8
MAX_APPOSED = 60  # characters between a figure and its restatement set off by commas
_ROUGHLY = r"(?:about|around|roughly|some|nearly|approximately|almost)\s+"  # a restating word
_APPOSED = re.compile(  # "of silt, about ", "estate near Ledbury, some ", "than usual, or ";
    # right after the figure only with a word of restating: "500 Nm, about 370 lb-ft, of"
    r"(?:[^\d.;:()\[\]]*?[a-z][^\d.;:()\[\]]*,\s*(?:or\s+)?(?:" + _ROUGHLY + r")?"
    r"|\s*,\s*(?:or\s+|" + _ROUGHLY + r"))", re.IGNORECASE)
SAID_AGAIN = re.compile(  # " long. That is almost ", " deep. That's about "
    r"[^.!?\d]{0,60}[.!?]\s+(?:That|This)(?:\s+is|\s+was|['’]s)\s+(?:" + _ROUGHLY
    + r"|more\s+than\s+|over\s+)?")
_OWN_NOUN = re.compile(r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*(?:[,.;!)]|$)", re.IGNORECASE)
_JOINED = re.compile(r"\b(?:and|but|while|whereas|with|against|than\s+\d)\b", re.IGNORECASE)
_CLOSED = re.compile(r"\s*(?:[,.;)]|$)")
# a restatement with its own "of" noun before the comma that closes it ("a 2,400-acre
# farm, some 970 hectares of grazing, ..."), read only after a word of restating
_OWN_OF = re.compile(r"\s+of\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[,.;)]|$)", re.IGNORECASE)
PARTITIVE = re.compile(r"\s+of\s+(?:it|them|which|whom|those|these)\b", re.IGNORECASE)
_RESTATING = re.compile(r",\s*(?:or\s+|" + _ROUGHLY + r")$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([a-z]+)", re.IGNORECASE)


def relations(text: str, claims: Sequence[Claim], readings: Sequence[Reading],
              sentence_of: dict[int, int], i: int) -> dict[str, tuple[int, ...]]:
    """The relations of claim i (indices into claims)."""
    claim, reading = claims[i], readings[i]
    if i and not PARTITIVE.match(text, claim.end) and (  # "about 40 hectares of it": a part
            is_conversion(text, claims[i - 1], claim) or _apposed(text, claims[i - 1], claim)
            or (reading.appos and _convertible(claims[i - 1], claim))
            or _said_again(text, claims[i - 1], claim)):
        return {"restates": (i - 1,)}
    out: dict[str, tuple[int, ...]] = {}
    near = [j for j in range(max(0, i - NEAR), min(len(claims), i + NEAR + 1))
            if j != i and sentence_of[j] == sentence_of[i]]
    if reading.whole and reading.role in ("part", "share"):
        out["whole"] = reading.whole[:1]
    if reading.role == "change":
        for end, key in (("from", "before"), ("to", "after")):
            ends = [j for j in near if readings[j].from_to == end
                    and not _other_statement(reading, readings[j])]
            if ends:
                out[key] = (min(ends, key=lambda j: abs(claims[j].start - claim.start)),)
    if reading.role == "total":
        parts: list[int] = []
        for j in reversed([j for j in near if j < i]):
            if readings[j].role == "total":
                break
            if claims[j].unit == claim.unit and readings[j].role != "change":
                parts.insert(0, j)
        if parts:
            out["parts"] = tuple(parts)
    if reading.benchmark:  # "87.6%, short of the 93% needed": what it is measured against
        against = [j for j in near if j < i and claims[j].unit == claim.unit]
        if against:
            out["compared"] = (against[-1],)
    return out


def _other_statement(change: Reading, end: Reading) -> bool:
    """Whether a change and a "from"/"to" figure belong to two clauses, each with a verb
    and a subject of its own: "inflation fell to 2.3% from 2.6%, while wages rose 4.8%",
    "the jobless rate dropped to 4.1% from 4.4% as payrolls grew 1.5%"; the wages'
    rise has no ends in the sentence."""
    return change.verb is not None and end.verb is not None and change.verb != end.verb


def _said_again(text: str, before: Claim, claim: Claim) -> bool:
    """Whether claim, in the next sentence, restates before, the last figure of the
    sentence before it: a sentence that opens "That is" or "This is" (a demonstrative
    subject for the figure before) with the figure as what it is, in another unit of
    the same dimension, and nothing after the figure but its noun ("... will be 3,200
    metres long. That is almost 2 miles of tarmac."; not "That is 2 miles from ...")."""
    if not SAID_AGAIN.fullmatch(text, before.end, claim.start) or not _convertible(
            before, claim):
        return False
    return _OWN_NOUN.match(text, claim.end) is not None


def _convertible(before: Claim, claim: Claim) -> bool:
    """Whether claim may restate before in another unit: two units of one dimension, no
    money, share or time, no range."""
    units = (before.unit, claim.unit)
    if "" in units or units[0] == units[1] or before.high is not None or claim.high is not None:
        return False
    if any(u in SHARE_UNITS or u.split(" / ")[0] in TIME_UNITS or is_currency(u.split()[0])
           for u in units):
        return False
    return _dimension(units[0]) == _dimension(units[1]) != ""


def _apposed(text: str, before: Claim, claim: Claim) -> bool:
    """Whether claim restates before as an apposition set off by commas after before's
    noun phrase ("hauled 650 cubic yards of silt, about 500 cubic metres, out of ..."):
    another unit of the same dimension (no money, share or time), nothing between the two
    that joins another figure ("and", "but", "while"), and a comma, a full stop or a
    bracket after it (or, for a temperature, a comparative: "4C warmer than usual, or 7F
    above it")."""
    if not _convertible(before, claim):
        return False
    gap = text[before.end : claim.start]
    if len(gap) > MAX_APPOSED or not _APPOSED.fullmatch(gap) or _JOINED.search(gap):
        return False
    after = _NEXT_WORD.match(text, claim.end)  # "..., or 36.5F above it"
    temperature = any("degree" in u for u in (before.unit, claim.unit))  # "4C warmer ..."
    return bool(_CLOSED.match(text, claim.end) or _own_noun(text, gap, claim) or (
        temperature and after and after.group(1).lower() in lexicon().comparatives))
    # not "climbs 2,000 feet over the pass, some 300 metres above ..."


def _own_noun(text: str, gap: str, claim: Claim) -> bool:
    """Whether claim, set off after a word of restating, has an "of" noun of its own before
    the comma that closes it ("a 2,400-acre plot, some 970 hectares of grazing, ..."):
    the same amount said again, when the figure before has no "of" noun itself (not "400
    acres of wheat, some 50 hectares of barley, ...": two parts listed)."""
    rounded = claim.bound == "approx" and gap.rstrip().endswith(",")  # ", some 970 ha"
    if gap.lstrip().lower().startswith("of ") or not (rounded or _RESTATING.search(gap)):
        return False
    return _OWN_OF.match(text, claim.end) is not None


@cache
def _dimension(unit: str) -> str:
    """The unit's dimension ("[length]^3"), "" when pint cannot read it."""
    try:
        dims = quantity(1.0, unit).dimensionality
    except Exception:
        return ""
    return " ".join(f"{name}^{power}" for name, power in sorted(dims.items()))
