"""FC203 change-arithmetic: a stated change disagrees with the stated before and after.

What it does:
    Where one sentence gives both levels and the change between them ("rose from
    $120m to $150m, a 20% increase", "12,944 tonnes, down half from 18,100 tonnes",
    "doubled from 1.2 million to 3.1 million"), or where the change's frame names its
    level before and the level after stands apart, before the change ("closed at 5,120
    on Monday, up 2.9% from 4,800 a week earlier": the nearest earlier level of the
    change's measure, factcheck.checks._changes; when neither names a measure, "The
    All-Share closed at 5,340, up 4.8% from 5,210", the nearest earlier level of the
    change's subject in the level's unit; when that nearest level may be a figure of
    another thing, "sold 52,000 loaves from its 6 shops, down 20% from 65,000", the one
    earlier level that fits the change, within a factor of 10 of it, or none:
    factcheck.checks._change_ends.restated_level), it computes the change from the levels
    and compares it with the interval the stated change allows (its precision and bound,
    factcheck.tolerance: "20%" ±1, "half" and "doubled" 10%). The levels are taken as
    stated: the change a writer states is the change between the figures the writer
    gives beside it; a level under "about" allows 10% (configurable). A change between
    two percentages stated as the points difference is left to FC302; a change stated
    in points ("from 4.1% to 5.3%, up 2.1 percentage points") is the difference of the
    two, and one in basis points a hundred times it ("by 25 basis points, from 4.5% to
    5%"). A rate written once ("from 7.2 tonnes a hectare to 5.4 tonnes") is one unit;
    levels, or a change and its levels, in two units of one dimension ("by 20%, from 900
    metres to 1.2 km"; "dropped by 85 cm, from 3.15 metres to 2.62 metres") are compared
    in one unit, each band converted with its figure (pint; not temperatures or money:
    factcheck.checks._absolute_statement.in_unit).
    A figure "by" a verb with the ends of the change after it is a change whatever the
    verb ("improved by 1.5%, from 11.2% to 12.7%", "shortens it by 9 km, from 31 km to
    26 km": the frame's role, factcheck.frames.role); without a change word it may go
    either way.

    An absolute change in the levels' unit ("14,250 parcels, 1,800 more than last
    year's 11,650"; "by 14 miles, from 52 miles to 45 miles"; "fell by 57 to 1,046 pupils
    this term, from 1,121", the level after first; "climbed 12 degrees in a
    day, from minus 9C to 11C", degrees with no scale being a difference on the levels'
    one; "had 52,000 visitors in 2024. This year it drew 61,000, an increase of 9,000",
    the level before in the sentence before as a percent change finds it; "€1.58, nine cents less
    than a week ago, when it sold for €1.73"; not a later figure that writes a noun of its
    own, "..., when it had 720, and 45 theatres": factcheck.checks._absolute) must be the
    difference of its levels, all three figures within their bands. A comparative of any
    form ("30 metres taller than", by its "-er") is a difference either way; its level
    after may stand in the sentence before when the comparison opens with a pronoun
    ("runs 318 miles. That makes it 40 miles longer than the 298-mile route"). A change that
    refers back ("This winter the figure is down a quarter, at 2,060"; "This autumn it is
    down a quarter, at 280") takes its level
    before from the sentence before (factcheck.checks._changes), and so does a change
    that restates the one level of its sentence ("Today it holds 149 billion litres, a
    drop of 8%": the only figure of that unit in the sentence before, of its measure or
    subject, at most a year apart unless a pronoun before the later level ties it back:
    "It now stands at £6.30, a rise of 12%"; "1,850 patients a month. This year it sees
    2,220 a month, up 37%", a rate's "a month" written again); a period written before
    that level dates
    both, "By this autumn it had climbed to £1,380, a rise of 12%"; a later price may
    leave out the earlier rate's "a month"); a change followed by its level after and then its
    level before ("down 12% on 2022, at 39% against 51%") reads both. A change that
    names only its level after takes its level before from the sentence before when
    the frames date that figure earlier ("stood at 3.1% in March. By September it had
    climbed by 2.4%, to 5.5%": factcheck.checks._levels_before.dated_before), for percent and
    absolute changes alike. A dated change that states no level may have both in the
    next sentence, dated to its start and its end ("Bookings rose 30% in July. The owners
    took 460 that month, against 410 in June"), or, dated or not, two figures there dated
    one wholly before the other when the change goes their way within a factor of ten
    ("Applications fell by a quarter. The college received 1,600 in 2024 and 1,450
    this year"). A change whose base is a time ("up 4.8% from a week
    earlier", "on the month") and whose frame names neither level runs from that time's
    level ("..., when it stood at 6,110", or the next sentence after a pronoun) to the
    level it restates (factcheck.checks._base_time). A change whose levels no words
    link takes, by their frames, the two plain levels of its subject and measure in its
    sentence and the next ones ("have doubled since 2015. The average rent was £500 a
    month in 2015 and is £800 a month now": factcheck.checks._story_levels), when exactly
    two stand there, not both in its own sentence unless their frames date them to two
    periods ("tripled after the series aired, from 31,000 in 2023 to 47,000 last year"),
    the level before within the change's dated reach; not when the change names a base
    of its own ("from a year earlier"); a span "since 2019" that the change's frame holds
    for is no base but its reach: the level before is 2019's ("has grown by 150 pupils
    since 2019. It had 820 then and has 1,020 now"). When no level of its own measure
    gives them, the two levels of the change's named subject counted under another noun
    ("Enrolment at Elm Park has risen by a quarter. It had 320 pupils in 2022 and has 460
    now"), its way within a factor of three (factcheck.checks._story_counts). A change
    whose frame names neither level takes the one level of its measure on each side of
    it, the later "at" or "to" ("raised its standing charge of £80 by 15%, leaving it at
    £96": factcheck.checks._framed_levels); two levels set against each other after it
    ("rose by 12%, reaching 47% against 38%") are its ends though the frames compare the
    first with the change.

    Both levels in the change's sentence after it, the level before behind "compared
    with" past a phrase that dates the level after ("fell 30% to 4,100 in October,
    compared with 4,900 a year earlier"), or behind "than" right after a comparative
    change ("was 8,400 tonnes, 5% lower than the 9,900 tonnes", the level after the one it
    restates; a percent "above", "below", "up on" or "down on" the level likewise:
    "148 mm, 36% above the 109 mm of a year earlier"); a change in points after two
    percentages dated to two periods ("stood at
    8% in January and 6% in June, a drop of 4 points") is their difference. An absolute
    change set off after "from A to B" as "a NOUN of" ("from 58 miles to 41 miles, a
    saving of 17 miles") is their difference whatever its noun (factcheck.checks._absolute).

    A change stated by its word alone, with both levels after it ("fell from $120m to
    $150m", "a rise from 40 to 35": factcheck.checks._directions), must go the way its
    word says, the levels within their bands.

    A change in the level's unit restated in percent beside one level ("fell 85 points,
    or 2.4%, to 3,420"; "rose $12, or 8%, from $150") gives the other level as the
    stated one plus or minus the change; the percent must follow from the two, each
    figure within its band. A level just before the change, a comma between, is its
    level after ("ended the day at 5,880, having shed 126 points, or 1.4%"); the percent
    may come first, the absolute change set off after it ("shed 2.1% on Tuesday, a
    160-point fall that left it at 4,480": factcheck.checks._restated). A change in a
    hundredth whose currency the words leave open ("fell 14 cents, to €1.62 from €1.69")
    is in its levels' currency.

Why it matters:
    The change is the headline number; if it does not follow from the levels beside
    it, one of the three figures is wrong and readers can see it.

Example:
    "rose from $120m to $150m, a 20% increase" -> from $120m to $150m is a 25% increase,
    not 20%; suggestion "25%".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from factcheck import figures, tolerance, written_figures
from factcheck.checks import Document, _absolute, _directions, _restated
from factcheck.checks import _figures as fig
from factcheck.checks._absolute_statement import Absolute, in_unit, open_subunit
from factcheck.checks._against_levels import money_of_another_measure
from factcheck.checks._changes import ChangeStatement, statements
from factcheck.checks._fronted_scope import other_scope
from factcheck.checks._levels_before import plausible
from factcheck.checks._story_levels import story_changes
from factcheck.model import Finding, Severity

CODE = "FC203"
NAME = "change-arithmetic"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Revenue rose from $120m to $150m, a 20% increase.", True),
    ("Revenue rose from $120m to $150m, a 25% increase.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)
_POINTS = {"percentage_point": 1.0, "basis_point": 100.0}  # a difference of percentages


def check(doc: Document) -> Iterator[Finding]:
    """Each reading's findings, one per figure: a percent that both its levels and the
    absolute change it restates show wrong is reported once, from its levels."""
    seen: set[tuple[int, int]] = set()
    for finding in (*_stated_levels(doc), *_restated.findings(doc, ID), *_absolute_changes(doc),
                    *_wrong_direction(doc), *_story_levels(doc)):
        if (finding.start, finding.end) not in seen:
            seen.add((finding.start, finding.end))
            yield finding


def _story_levels(doc: Document) -> Iterator[Finding]:
    """A change whose two levels only their frames link to it, anywhere near in its
    paragraph (factcheck.checks._story_levels), judged as the ones the words link."""
    index = {id(c): i for i, c in enumerate(doc.claims)}
    read = {index[id(s.change)] for s in statements(doc)}
    read |= {index.get(id(s.change), -1) for s in _absolute.changes(doc)}  # -1: a part of a
    # range ("by 2,200 to 8,300"), which is no change of its own
    restated = {i for i in range(1, len(doc.claims)) if _restated.restated_pair(doc, i)}
    read |= restated | {i - 1 for i in restated}
    for s in story_changes(doc, read):
        if other_scope(doc, s.change, s.before) or other_scope(doc, s.change, s.after):
            continue  # "In Hawick they were up a third": not Kelso's level
        ci, bi, ai = (index.get(id(c)) for c in (s.change, s.before, s.after))
        if ci is not None and bi is not None and ai is not None and (
                money_of_another_measure(doc, ci, bi, ai)):
            continue  # "Sales rose 12%. Profit was £4m, against £3m": another sum
        if isinstance(s, ChangeStatement):
            if s.change.unit == "percent" and not plausible(s.change, s.before_value,
                                                            s.after_value):
                continue  # levels of two other things the frames gave one measure
            yield from _judge_statement(s, doc.config.approx_tolerance)
        else:
            yield from _judge_absolute(s, doc.config.approx_tolerance)


def _wrong_direction(doc: Document) -> Iterator[Finding]:
    """A change word whose levels go the other way ("fell from $120m to $150m")."""
    for d in _directions.contradicted(doc):
        way = "a rise" if d.direction == "decrease" else "a fall"
        message = (f"\"{d.word}\" from {d.before.text} to {d.after.text}: the levels give "
                   f"{way}, not the {d.direction} the word states.")
        yield fig.finding(ID, d.after, message, None)


def _absolute_changes(doc: Document) -> Iterator[Finding]:
    """An absolute change against its two levels (factcheck.checks._absolute), every
    figure within its band; a change without a direction may go either way."""
    for s in _absolute.changes(doc):
        if any(other_scope(doc, s.change, c) for c in (s.before, s.after)):
            continue  # a level of another place than the change's fronted one
        yield from _judge_absolute(s, doc.config.approx_tolerance)


def _judge_absolute(s: Absolute, approx: float) -> Iterator[Finding]:
    """The finding when the absolute change is not the difference of its levels."""
    lo_b, hi_b = tolerance.interval(s.before, approx)
    lo_a, hi_a = tolerance.interval(s.after, approx)
    low, high = lo_a - hi_b, hi_a - lo_b
    lo_c, hi_c = tolerance.interval(s.change, approx)
    ways = {"increase": [(lo_c, hi_c)], "decrease": [(-hi_c, -lo_c)]}.get(
        s.way or "", [(lo_c, hi_c), (-hi_c, -lo_c)])
    if all(high < lo or low > hi for lo, hi in ways):
        diff = s.after.value - s.before.value
        word = "rise" if diff >= 0 else "fall"
        unit = s.before.unit if s.change.unit == "degree" else s.change.unit  # "42 °F"
        if unit == "" and s.before.unit == "percent":
            unit = "percentage_point"  # "a drop of 4 points" between two percentages
        said = written_figures.like(s.change, abs(diff))
        amount = (said if said and open_subunit(s.change)  # "7 cents", not "€0.1"
                  else figures.amount(abs(diff), unit))
        message = (f"From {s.before.text} to {s.after.text} is a {word} of {amount}, "
                   f"not {s.change.text}.")
        yield fig.finding(ID, s.change, message, said)


def _stated_levels(doc: Document) -> Iterator[Finding]:
    for s in statements(doc):
        yield from _judge_statement(s, doc.config.approx_tolerance)


def _judge_statement(s: ChangeStatement, approx: float) -> Iterator[Finding]:
    """The finding when the change does not follow from its levels (bands kept)."""
    if s.before_value <= 0 or _is_points(s):
        return
    lo_b, hi_b = _level(s, approx, before=True)
    lo_a, hi_a = _level(s, approx, before=False)
    if lo_b <= 0:
        return
    if s.change.multiplier:
        actual = (lo_a / hi_b, hi_a / lo_b)
    elif s.change.unit in _POINTS:
        scale = _POINTS[s.change.unit]
        actual = ((lo_a - hi_b) * scale, (hi_a - lo_b) * scale)
    else:
        actual = ((lo_a - hi_b) / hi_b * 100, (hi_a - lo_b) / lo_b * 100)
    if all(actual[1] < lo or actual[0] > hi for lo, hi in _stated(s, approx)):
        yield _finding(s)


def _is_points(s: ChangeStatement) -> bool:
    """ "rose 2% to 7% from 5%": percent used for points, FC302's business."""
    if not s.percent_levels or s.change.multiplier:
        return False
    points = abs(s.after_value - s.before_value)
    return abs(points - s.change.value) <= s.change.precision


def _level(s: ChangeStatement, approx: float, before: bool) -> tuple[float, float]:
    """The level's interval: its last written digit rounded (written_figures.rounding: "£1,942"
    may be £1,942.32), "about" 10% more; the after of a range "from 1,850 to 1,942"
    reads its upper end."""
    claim = s.before if before else s.after
    value = s.before_value if before else s.after_value
    width = written_figures.rounding(claim, last=not before)
    if claim.unit != s.before.unit:  # "from 900 metres to 1.2 km": the band in metres
        width = in_unit(replace(claim, precision=width), s.before.unit).precision
    width += abs(value) * approx if claim.bound == "approx" else 0.0
    return value - width, value + width


def _stated(s: ChangeStatement, approx: float) -> list[tuple[float, float]]:
    """The intervals the stated change allows: a change without a direction ("improved by
    1.5%, from ...": the frame's reading) may go either way."""
    lo, hi = tolerance.interval(s.change, approx)
    if s.change.multiplier or s.change.change == "increase":
        return [(lo, hi)]
    return [(-hi, -lo)] if s.change.change == "decrease" else [(lo, hi), (-hi, -lo)]


def _finding(s: ChangeStatement) -> Finding:
    old, new = s.before_value, s.after_value
    if s.before is s.after:
        levels = f"from {' '.join(s.before.text.split())}"  # a range may wrap a line
    else:
        levels = f"from {s.before.text} to {s.after.text}"
    said = f' ("{s.change.text}")' if written_figures.is_words(s.change) else ""
    if s.change.multiplier:
        ratio = new / old
        message = (f"{levels[0].upper() + levels[1:]} is a factor of {figures.fmt(ratio, 2)}, "
                   f"not {figures.fmt(s.change.value, 2)}{said}.")
        return fig.finding(ID, s.change, message, None)
    if s.change.unit in _POINTS:  # a difference, not a ratio
        diff = (new - old) * _POINTS[s.change.unit]
        word = "rise" if diff >= 0 else "fall"
        message = (f"{levels[0].upper() + levels[1:]} is a {word} of "
                   f"{figures.amount(abs(diff), s.change.unit)}, not {s.change.text}{said}.")
        written = ((word == "rise") == ((s.change.change or "increase") == "increase")
                   and not written_figures.is_words(s.change))
        return fig.finding(ID, s.change, message,
                           written_figures.like(s.change, abs(diff)) if written else None)
    pct = (new - old) / old * 100
    kind = "increase" if pct >= 0 else "decrease"
    digits = max(1, written_figures.decimals(s.change))
    while digits < 3 and figures.fmt(abs(pct), digits) == figures.fmt(s.change.value, digits):
        digits += 1  # never "a 5% increase, not 5%": show the digit that differs
    shown = figures.fmt(abs(pct), digits)
    message = (f"{levels[0].upper() + levels[1:]} is {figures.article(shown)} {shown}% "
               f"{kind}, not {figures.fmt(s.change.value, digits)}%{said}.")
    same_way = kind == (s.change.change or kind)
    written = same_way and not written_figures.is_words(s.change)
    suggestion = written_figures.like(s.change, abs(pct)) if written else None
    return fig.finding(ID, s.change, message, suggestion)
