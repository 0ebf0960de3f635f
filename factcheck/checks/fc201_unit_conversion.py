"""FC201 unit-conversion: a figure and its conversion disagree.

What it does:
    Reads a figure followed by its conversion, in brackets or between dashes ("100
    kilometres (62 miles)", "12 miles - about 19 km - under the sea", "45C (113F)",
    "6ft 2in (1.88m)", "150 kW (201 hp)", "420 Nm (310 lb-ft)"), or right after it
    between commas with a word of restating ("500 Nm, about 370 lb-ft, of torque") or
    set off as it opened ("300 metres, 985 feet, tall"; not a list's ", and"),
    or after "or" where the frame says the second restates the first ("rose to 6.8
    metres, or about 22 feet"), or set off by commas after the first's noun phrase
    ("hauled 650 cubic yards of silt, about 500 cubic metres, ..."; with an "of" noun of
    its own after a word of restating, "a 600-acre farm, about 243 hectares of pasture,
    ...": the frame's "restates", factcheck.frames.relations; a figure "of it" or "of
    which" is a part, never a restatement), or, for a figure written as a modifier, after
    its whole noun phrase and a comma, colon or dash, or after its head alone, under a
    word of rounding ("the 2,500-acre estate near Thurles, some 1,000 hectares"; "a
    4,500-acre holding some 1,800 hectares in size"; not "a 600-acre farm with some 40
    hectares"), or in the next sentence as "That is ..."
    ("will be 3,200 metres long. That is almost 2 miles of tarmac.") or set off after a
    noun that points back ("covers 3,400 acres. The land, some 1,400 hectares, ...":
    factcheck.checks._story_units; "The land, some 1,400 hectares of upland, ..."), or in
    brackets after "of" and a noun ("460 lb-ft of torque (624 Nm)"), or alone in brackets
    that close the figure's clause ("1,250 cubic yards of silt since May (about 960 cubic
    metres)"), or after the adjective of its
    dimension and a dash ("14 miles long - some 23 km") or a clause that says it is the
    same amount ("3,100 feet, which is about 945 metres", "the equivalent of"),
    converts the first into the unit of the second with pint and compares. Units are
    matched by their dimension, whatever order pint writes it in (power, torque, areas
    and volumes included).
    The conversion may be off by both figures' bands and nothing more (DESIGN.md,
    Tolerance: half a unit of the last digit, at most 5% of the figure; "about" adds
    10%; "100 km (60 miles)" passes on the bands alone); beyond that the check fires, so
    "38C (96F)" fires (38C is 100.4F) and "38C (100F)" does not. Currencies are skipped
    (exchange rates move). A change or an anomaly of temperature converts by the scale
    alone: a rise of 10C is a rise of 18F. A temperature pair nothing marks as a change (no change
    figure, change frame or comparative) may be a reading or a difference of readings
    ("That anomaly of 1.4C (2.5F)", "a spread of 15C (27F)" by the scale alone; "38C
    (100F)" with the moved zero): it fires only when neither conversion fits, so "38C
    (96F)" still does; unless its measure names a difference ("anomaly", "spread",
    "range": words.tsv, class "difference"), a pair of 20 K or more is a reading
    ("kept at 84 deg F (47C)" fires: 84F is 28.9C); a pair whose frame's measure is
    the dimension's own name ("Temperatures hit 35C (63F)": "temperature") is a
    reading, held to the moved zero.
    A bare unit word that names several amounts ("gallons", "pints", "quarts", "fluid
    ounces", "bushels": US or imperial; "tons": short, metric or long; units/readings.tsv,
    the readings bare tons get against tables) is compared in every reading, and the
    check fires only when none fits, naming each ("50 litres is 13.2 US gallons or 11
    imperial gallons, not 20 gallons"); "US" or "imperial" pins one. A restatement in two
    units ("5lb 8oz") is written, in the message and the suggestion, in those two units.
    A restatement in another kind of quantity with the same numerator ("70 mph (30 km
    per litre)": a speed written as a fuel economy), or alone in brackets in a kind built
    on the same base quantity ("340 metres (1,115 square feet)": a length as an area),
    fires whatever its number.

Why it matters:
    A wrong conversion is a visible error readers in the other unit catch at once,
    and it usually means one of the two figures was edited without the other.

Example:
    "fewer than 100 kilometres (80 miles)" -> 100 km is 62.1 miles, not 80 miles;
    suggestion "62 miles".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck import figures, written_figures
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._conversion_pairs import convertible, dimension, restatements
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding, Severity
from factcheck.units import convert, is_currency, quantity
from factcheck.units.readings import as_read, readings

CODE = "FC201"
NAME = "unit-conversion"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("The town is fewer than 100 kilometres (80 miles) from the border.", True),
    ("The town is fewer than 100 kilometres (62 miles) from the border.", False),
)
_NEXT_WORD = re.compile(r"[\s)\]]*([^\W\d_]+)")
# "milder than", "wetter and milder than": any comparative in -er before "than"
_THAN = re.compile(r"(?:\s+(?:and|or)\s+[^\W\d_]+er)?\s+than\b", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_CLOSES = re.compile(r"\s*[)\]]")  # a restatement alone in its brackets
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    approx = doc.config.approx_tolerance
    for j, k in restatements(doc):
        a, b = doc.claims[j], doc.claims[k]
        if convertible(a, b):
            difference = _difference(doc, j, k)
            found = _compare_read(a, b, difference, approx)
            if found is not None and not difference and _temperatures(a, b) and (
                    _compare(a, b, True, approx) is None) and not _named_reading(doc, j, k) and (
                    _may_differ(doc, j, k)):
                found = None  # unmarked, it may be a difference of readings: it fits that
        else:
            found = _other_kind(a, b, _CLOSES.match(doc.text, b.end) is not None)
        if found is not None:
            yield found


def _other_kind(a: Claim, b: Claim, bracketed: bool) -> Finding | None:
    """A restatement in another kind of quantity that shares the figure's numerator: "70
    mph (30 km per litre)" restates a speed as a fuel economy; or, alone in brackets right
    after the figure, one built on the same base quantity: "340 metres (1,115 square
    feet)" restates a length as an area, "90 km (56 mph)" a distance as a speed."""
    if any(is_currency(u.split()[0]) or "percent" in u for u in (a.unit, b.unit)):
        return None
    if a.high is not None or b.high is not None or dimension(a.unit) == dimension(b.unit):
        return None
    if " / " in a.unit and " / " in b.unit:
        tops = [dimension(u.split(" / ")[0]) for u in (a.unit, b.unit)]
        if "" in tops or tops[0] != tops[1]:
            return None
    elif not (bracketed and _bases(a.unit) & _bases(b.unit)):
        return None
    message = (f"{b.text} restates {a.text} in another kind of quantity: "
               f"{figures.unit_name(a.unit)} cannot be written in {figures.unit_name(b.unit)}.")
    return fig.finding(ID, b, message, None)


@cache
def _bases(unit: str) -> frozenset[str]:
    """The base quantities a unit is built on ("foot ** 2": length; "mph": length, time)."""
    try:
        return frozenset(quantity(1.0, unit).dimensionality)
    except Exception:
        return frozenset()


@cache
def _affine(unit: str, to: str) -> tuple[float, float]:
    """(scale, offset) with value in `to` = scale * value in unit + offset (pint, once)."""
    zero = convert(0.0, unit, to)
    return convert(1.0, unit, to) - zero, zero


def _temperatures(a: Claim, b: Claim) -> bool:
    """Are the two figures on scales whose zeros differ (°C and °F), where a reading and
    a difference convert apart? A pair no change, frame or comparative marks as a
    difference (_difference: "That anomaly of 1.4C (2.5F)", "The spread was 15C (27F)")
    may be either, and FC201 fires only when neither conversion fits."""
    return _affine(a.unit, b.unit)[1] != 0.0


def _named_reading(doc: Document, j: int, k: int) -> bool:
    """Is the pair's measure named by its dimension itself ("Temperatures hit 35C (95F)":
    the measure "temperature", pint's "[temperature]")? Then it is a reading, not a
    difference of readings (an "anomaly", a "spread"), and converts with the moved zero
    alone: "35C (63F)" is the scale without the offset."""
    if not doc.frames:
        return False
    try:
        names = {d.strip("[]") for d in quantity(1.0, doc.claims[j].unit).dimensionality}
    except Exception:
        return False
    return any((doc.frames[n].measure or "").split()[-1:] == [name]
               for n in (j, k) for name in names)


# kelvins: a difference of readings that no word marks as one (an anomaly, a day's range,
# the gap between two towns) stays below this in reporting; a larger unmarked pair is a
# reading ("kept the pool at 84 deg F (29C)", "a high of 41C (106F)")
_LARGEST_UNMARKED = 20.0


def _may_differ(doc: Document, j: int, k: int) -> bool:
    """May an unmarked temperature pair be a difference of readings? Yes when a frame's
    measure names one ("anomaly", "spread", "range": words.tsv, class "difference"),
    whatever its size; else only below _LARGEST_UNMARKED kelvins ("That anomaly of 1.4C
    (2.5F)" may be; "kept the lido at 82 deg F (46C)", 45.6 K, is a reading held to the
    moved zero: 27.8C)."""
    if doc.frames and any(set((doc.frames[n].measure or "").split()) & fig.words("difference")
                          for n in (j, k)):
        return True
    a = doc.claims[j]
    return abs(a.value) * _affine(a.unit, "kelvin")[0] < _LARGEST_UNMARKED


def _difference(doc: Document, j: int, k: int) -> bool:
    """Is the pair a difference of temperature ("warmed by 1.5C (2.7F)", "2C (3.6F)
    warmer", "1.2C (2.2F) above normal")? Then it converts by the scale alone: a rise of
    10C is 18F, not 50F. A change, by the extractor or the frame, or a comparative word
    right after either figure ("4C warmer than usual, or 7F": lexicon changes.tsv,
    "comparative"; or any word in -er before "than": "3.6F (2C) milder than normal")
    says so, and so does "by" before the figure ("swung by 15C (27F)")."""
    a, b = doc.claims[j], doc.claims[k]
    if a.change or b.change or any(doc.frames[n].role == "change" for n in (j, k)
                                   if doc.frames):
        return True
    if _BY.search(doc.text, max(0, a.start - 8), a.start):
        return True  # "swung by 15C (27F)": the amount something moved or differs by
    comparatives = lexicon().comparatives
    return any(after is not None and (after.group(1).lower() in comparatives or (
        after.group(1).lower().endswith("er") and _THAN.match(doc.text, after.end())))
               for after in (_NEXT_WORD.match(doc.text, a.end), _NEXT_WORD.match(doc.text, b.end)))


def _compare_read(a: Claim, b: Claim, difference: bool, approx: float) -> Finding | None:
    """_compare in every reading of a bare unit word that names several amounts
    (factcheck.units.readings: "11 gallons" is US or imperial, "40 tons" short, metric or
    long): silent when one reading fits, as bare tons are read against tables; otherwise
    the message gives the conversion into each reading and no suggestion."""
    pairs = [(x, y) for x in as_read(a) for y in as_read(b)]
    found = [_compare(x, y, difference, approx) for x, y in pairs]
    if len(pairs) == 1 or any(f is None for f in found):
        return found[0] if len(pairs) == 1 else None
    if readings(b):  # "50 litres (20 gallons)": 13.2 US gallons or 11 imperial gallons
        into = [f"{figures.scaled(convert(a.value, a.unit, r.unit))} {r.name}"
                for r in readings(b)]
    else:  # "11 gallons (80 litres)": 41.6 litres as US gallons, 50 litres as imperial
        into = [f"{figures.amount(convert(a.value, r.unit, b.unit), b.unit)} as {r.name}"
                for r in readings(a)]
    return fig.finding(ID, b, f"{a.text} is {' or '.join(into)}, not {b.text}: no reading "
                       "of the unit fits.", None)


def _compare(a: Claim, b: Claim, difference: bool = False, approx: float = 0.1
             ) -> Finding | None:
    pairs = [(a.value, b.value)]
    if a.high is not None and b.high is not None:
        pairs.append((a.high, b.high))
    scale, offset = _affine(a.unit, b.unit)
    what = "A difference of " if difference and offset else ""  # "warmed by 4C (39F)"
    if difference:
        offset = 0.0  # a difference of temperature has no zero point to move
    for mine, theirs in pairs:
        want = scale * mine + offset
        allowed = b.precision + a.precision * abs(scale)
        allowed += sum(approx * abs(v) for c, v in ((a, want), (b, theirs))
                       if c.bound == "approx")  # "or about 22 feet" allows 10% more
        if abs(theirs - want) > allowed:
            shown = a.text if written_figures.in_two_units(a) else figures.amount(mine, a.unit, 2)
            if written_figures.in_two_units(b):  # "5lb 8oz": one figure, in the draft's two units
                message = (f"{shown} is {written_figures.like(b, want)} "
                           f"({figures.amount(want, b.unit)}), not {b.text}.")
            else:
                right, said = figures.apart(want, theirs, b.unit,
                                            max(1, written_figures.decimals(b)))
                message = f"{what}{shown} is {right}, not {said}."
            suggestion = written_figures.like(b, want) if b.high is None else None
            return fig.finding(ID, b, message, suggestion)
    return None

