"""A comparison of two series of one entity: "In Germany, wind overtook coal in 2019",
"renewables generated more electricity than fossil fuels in 2020", "solar has overtaken
nuclear".

What is compared are not entities but two measures of the one entity the sentence names:
the words before the comparative word (comparisons.tsv) name one series, the words after
it (after "than", or after a verb's object) the other. Two series fit when their titles
are parallel: each has words the other lacks, the first's name the subject side and not
the peer side, the second's the peer side and not the subject side, and the words they
share are said in the sentence ("Share of electricity production from coal" and "... from
gas"); both in one unit. The pairs whose shared words the sentence says best decide;
when they disagree, nothing is decided.

- "than" compares the levels: at the year the sentence names, else at the latest row not
  after the draft's date (at most RECENT years before it). "in the 2020s" (several
  years) is not read so.
- A verb ("overtook", "surpassed", "has overtaken") says the first passed the second: it
  holds when the first is above at the year (or at a row of the span) and was not above
  at the row before, or, with no period, is above at the latest row and was not at some
  row before; it is wrong when the first is not above there (in a span: at no row of
  it). A first that was above all along decides nothing.
- "under" comparatives ("fell below", "less electricity than") are the same with the
  series swapped.

A sentence with a figure of its own, with a negation before the comparative, with a
comparison between entities (reference.compare), or naming two entities or none, is left
to the other readings: no verdict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from factcheck.frames.periods import periods
from factcheck.model import Claim, Frame, Verdict
from factcheck.reference.compare_read import (
    DIRECT,
    FUNCTION,
    mentions,
    read,
    sentences,
    words_of,
)
from factcheck.reference.entities import entities_named
from factcheck.reference.metric import words
from factcheck.reference.negation import NEGATED
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.verdict import evidence

_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.]*|[,;:()]")
NEAR = 8  # tokens from a comparative to its "than" at most ("more of its power from coal than")
RECENT = 3  # years a latest row may lie before the draft's date to stand for "now"
SIDE = 4  # content words read on the peer's side at most ("fossil fuels", "its coal plants")


@dataclass(frozen=True)
class _Sides:
    """A sentence's comparison of two measures: its direction, whether it is a crossing (a
    verb), the words of each side and of the whole sentence, the phrase's offsets."""

    direction: str
    crossing: bool
    first: frozenset[str]
    second: frozenset[str]
    said: frozenset[str]
    span: tuple[int, int]


def metric_comparisons(text: str, frames: Sequence[Frame],
                       tables: Sequence[ReferenceTable], as_of: date) -> list[Verdict]:
    """The decided verdicts on the comparisons of two measures of one entity a draft makes,
    each on a Claim made for its phrase (value 1, a multiplier, bound "over" or "under")."""
    starts = sorted(f.claim.start for f in frames)
    found = []
    for start, end in sentences(text):
        if any(start <= s < end for s in starts) or read(text, start, end) is not None:
            continue
        named = {m.key for m in mentions(text, start, end)}
        sides = _sides(text[start:end])
        if len(named) != 1 or sides is None:
            continue
        entity = next(m for m in mentions(text, start, end))
        pairs = _pairs(sides, entity.text if entity.key != "World" else "World", tables)
        spans = [p for _, _, p in periods(text[start:end], 0, as_of) if p is not None]
        if not pairs or len(spans) > 1:
            continue
        a, b = sides.span
        claim = Claim(text[start + a:start + b], start + a, start + b, 1.0,
                      bound="over" if sides.direction == "over" else "under", multiplier=True)
        verdict = _decided(claim, sides, pairs, spans[0] if spans else None, as_of)
        if verdict is not None:
            found.append(verdict)
    return found


def _sides(sentence: str) -> _Sides | None:
    """The comparison of two measures a sentence may make, read from its words: the
    comparative, the words from the clause's start to it, and the words after "than" (or
    after the verb) up to a function word, a figure or a comma."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    lowered = [t.lower() for t, _, _ in tokens]
    for i, word in enumerate(lowered):
        direction = words_of().get(word)
        if direction is None or (i and lowered[i - 1] == "the"):
            continue  # "the largest source": a superlative, not this comparison
        if NEGATED.search(sentence[:tokens[i][1]]):
            return None
        than = next((j for j in range(i + 1, min(len(tokens), i + NEAR)) if lowered[j] == "than"),
                    None)
        verb = word.endswith(("ed", "en", "ing")) or word in DIRECT - {"above", "below"}
        if than is None and not verb:
            continue
        after = (than if than is not None else i) + 1
        second, at = _run(tokens, lowered, after)
        clause = max((j for j in range(i) if lowered[j] in ",;:"), default=-1) + 1
        upto = than if than is not None else i  # "more of its power from coal than"
        first = words(" ".join(t for j, (t, _, _) in enumerate(tokens[clause:upto], clause)
                               if j != i))
        if not second or not first:
            return None
        return _Sides(direction, than is None, first - second, second - first,
                      words(sentence), (tokens[clause][1], at))
    return None


def _run(tokens: list[tuple[str, int, int]], lowered: list[str], after: int
         ) -> tuple[frozenset[str], int]:
    """The content words from token `after` to the first function word, figure or comma
    past a content word (at most SIDE), and the offset where they end."""
    taken: list[str] = []
    end = tokens[after - 1][2]
    for j in range(after, len(tokens)):
        word = lowered[j]
        if word in ",;:()" or word[0].isdigit() or (taken and word in FUNCTION) \
                or len(taken) == SIDE:
            break
        if word not in FUNCTION and words(word):
            taken.append(tokens[j][0])
            end = tokens[j][2]
    return words(" ".join(taken)), end


_Series = tuple[ReferenceTable, list[Row]]
_Pair = tuple[_Series, _Series]


def _pairs(sides: _Sides, entity: str, tables: Sequence[ReferenceTable]) -> list[_Pair]:
    """The pairs of series of the entity, in one unit, whose titles are parallel to the two
    sides, of those whose shared words the sentence says in the largest share."""
    series: list[tuple[frozenset[str], _Series]] = []
    for table in tables:
        held = entities_named(entity, table)
        if len(held) == 1:
            groups: dict[str, list[Row]] = {}
            for row in table.rows_of(next(iter(held))):
                groups.setdefault(row.metric, []).append(row)
            series.extend((words(metric), (table, rows)) for metric, rows in groups.items())
    scored: list[tuple[float, _Pair]] = []
    for one, first in series:
        for other, second in series:
            own, its = one - other, other - one  # what each title names the other lacks
            if first[1][0].unit != second[1][0].unit or not own & sides.first \
                    or own & sides.second or not its & sides.second or its & sides.first:
                continue
            shared = one & other
            if not shared or own - sides.said or its - sides.said:
                continue  # a title word the sentence does not say names another measure
            scored.append((len(shared & sides.said) / len(shared), (first, second)))
    best = max((s for s, _ in scored), default=0.0)
    return [pair for s, pair in scored if s == best and best >= 0.5]


def _decided(claim: Claim, sides: _Sides, pairs: list[_Pair],
             period: tuple[date, date] | None, as_of: date) -> Verdict | None:
    """The verdict every pair gives, or None when any decides nothing or two disagree."""
    verdicts = [_on_pair(claim, sides, pair, period, as_of) for pair in pairs]
    if any(v is None for v in verdicts) or len({v.status for v in verdicts if v}) != 1:
        return None
    return verdicts[0]


def _on_pair(claim: Claim, sides: _Sides, pair: _Pair, period: tuple[date, date] | None,
             as_of: date) -> Verdict | None:
    """One pair's verdict: the levels compared at the period's row(s) (see the module)."""
    high, low = pair if sides.direction == "over" else (pair[1], pair[0])
    peer = {r.start.year: r for r in low[1] if r.start.year == r.end.year}
    common = sorted(((r.start.year, r, peer[r.start.year]) for r in high[1]
                     if r.start.year == r.end.year and r.start.year in peer
                     and r.end <= max(as_of, period[1] if period else as_of)),
                    key=lambda c: c[0])
    if not common:
        return None
    if period is None:
        inside = [c for c in common if c[1].end <= as_of][-1:]
    else:
        inside = [c for c in common if period[0] <= c[1].start and c[1].end <= period[1]]
    stale = period is None and inside[-1][1].end.year < as_of.year - RECENT if inside else True
    if not inside or (not sides.crossing and (len(inside) > 1 or stale)):
        return None  # "than" is one year's comparison: not a span's, nor an old row's
    above = [c for c in inside if c[1].value > c[2].value]
    if not above:
        if any(c[1].value == c[2].value for c in inside):
            return None
        return _verdict(claim, False, (high[0], low[0]), inside[-1], "is not above the second")
    if not sides.crossing:
        return _verdict(claim, True, (high[0], low[0]), above[0], "is above the second")
    for year, one, other in above:
        earlier = [c for c in common if c[0] < year]
        if period is not None:
            earlier = earlier[-1:]  # the passing must fall inside the period
        passed = [c for c in earlier if c[1].value <= c[2].value][-1:]
        if passed:
            return _verdict(claim, True, (high[0], low[0]), (year, one, other),
                            f"passed (in {passed[0][0]}: {passed[0][1].value:g} against "
                            f"{passed[0][2].value:g}) the second")
    return None


def _verdict(claim: Claim, holds: bool, tables: tuple[ReferenceTable, ReferenceTable],
             row: tuple[int, Row, Row], said: str) -> Verdict:
    """A verdict on the two rows of one year: the series that should be above, the other."""
    _, one, other = row
    note = (f"{one.entity} {one.period}: {one.metric} {one.value:g} {one.unit} against "
            f"{other.metric} {other.value:g} {other.unit}: the first {said}, as the "
            f"comparison '{claim.text}' {'says' if holds else 'does not allow'}")
    rows = (evidence(tables[0], one), evidence(tables[1], other))
    if holds:
        return Verdict(claim, "supported", rows[0], f"Supported: {note}.", rows)
    return Verdict(claim, "contradicted", rows[0], f"Contradicted: {note}.", rows)
