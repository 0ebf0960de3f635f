"""Verdicts: each claim held against the reference tables; contradictions become FC101."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from factcheck import figures
from factcheck.config import DEFAULT, Config
from factcheck.figures import amount
from factcheck.model import Claim, Evidence, Frame, Verdict
from factcheck.reference.ages import with_age
from factcheck.reference.ambiguous import abbreviation, judge_readings
from factcheck.reference.base_year import from_base_year
from factcheck.reference.change import measure_change, read_points
from factcheck.reference.compare_read import mentions, sentences
from factcheck.reference.each_entity import SEVERAL, listed, respective
from factcheck.reference.from_to import first_of_span
from factcheck.reference.growth import signed
from factcheck.reference.lost_to import as_deaths
from factcheck.reference.match import Hit, find_row
from factcheck.reference.negation import negated
from factcheck.reference.per_base import BASES, as_rate, owners, rebased
from factcheck.reference.per_time import as_yearly, per_time
from factcheck.reference.purpose import as_purpose
from factcheck.reference.ratio import as_ratio
from factcheck.reference.schema import ReferenceTable, Row
from factcheck.reference.span import (
    every_row,
    mean_of,
    most_rows,
    reading,
    total_or_average,
    typical,
)
from factcheck.reference.threshold import as_threshold
from factcheck.reference.trend import trends
from factcheck.tolerance import Decision, decide, rule_text
from factcheck.units import convert


def evidence(table: ReferenceTable, row: Row) -> Evidence:
    """The Evidence of a row; its ``row`` is the line number in the table's file (the
    header is line 1; a DataFrame's first row is line 2), so an editor can open it."""
    return Evidence(table=table.name, row=row.line, entity=row.entity, metric=row.metric,
                    period=row.period, value=row.value, unit=row.unit, source=row.source,
                    url=row.url or None, retrieved=row.retrieved or None)


def _fmt(value: float, unit: str) -> str:
    return amount(value, unit, None)


def _stated(row: Row) -> str:
    return (f"{row.entity} {row.metric} {row.period} is {_fmt(row.value, row.unit)} "
            f"({row.source})")


FAR = 100.0  # a plain count this many times off its row is about something else


def _implausible(claim: Claim, hit: Hit) -> str | None:
    """Why the matched series is likely not what a plain count measures: the count is more
    than FAR times away from the series' level ("lose 1,600 people a day" is no change of
    a population of 311 million; "one officer for every 242 citizens" is no population).
    A count matched on its noun alone can land on the wrong series; so far off, the
    mismatch is likelier than the error, and the checker does not guess."""
    if claim.unit or claim.multiplier or not claim.value or hit.kind == "total":
        return None
    level = hit.first_row.value
    ratio = abs(level / claim.value) if level else 0.0
    if ratio > FAR or (ratio and ratio < 1 / FAR):
        return (f"the figure is {figures.fmt(ratio if ratio > 1 else 1 / ratio, 0)} times "
                f"{'smaller' if ratio > 1 else 'larger'} than the matched series' level "
                f"({hit.first_row.metric}), which likely measures "
                "something else")
    return None


def _judge(claim: Claim, hit: Hit, config: Config) -> tuple[Row, float, Decision]:
    """The deciding row: the first that contradicts the claim, else the last one."""
    chosen: tuple[Row, float, Decision] | None = None
    for index in hit.rows:
        row = hit.table.records[index]
        true = convert(row.value, row.unit or "dimensionless", claim.unit or "dimensionless")
        decision = decide(claim, true, config.approx_tolerance)
        chosen = (row, true, decision)
        if not decision.holds:
            break
    assert chosen is not None
    return chosen


def judge(frame: Frame, tables: Sequence[ReferenceTable], as_of: date,
          config: Config = DEFAULT, span: str | None = None, text: str | None = None
          ) -> Verdict:
    """The verdict on one claim, read through its frame (a contradiction is reported as
    FC101 by the checks). span: how the sentence reads a span ("mean", "most":
    reference.span.reading), else the series decides. text: the draft, where a figure's
    unit may follow it; a unit abbreviation that names two amounts ("32.3 MT") is read
    both ways and decided by the table's scale (reference.ambiguous)."""
    word = abbreviation(frame.claim, text)
    if word is None:
        return _judge_frame(frame, tables, as_of, config, span)
    return judge_readings(frame, word,
                          lambda read: _judge_frame(read, tables, as_of, config, span))


def _judge_frame(frame: Frame, tables: Sequence[ReferenceTable], as_of: date,
                 config: Config, span: str | None) -> Verdict:
    """judge() on a claim read one way."""
    claim = frame.claim
    result = find_row(frame, tables, as_of)
    if not isinstance(result, Hit):
        for base in BASES:  # a rate per other people's base: restated per the series'
            restated = rebased(frame, base)
            if restated is not None and isinstance(find_row(restated, tables, as_of), Hit):
                return _restated(frame, restated, tables, as_of, config, span)
        return Verdict(claim, "unverifiable", None, f"Unverifiable: {result.reason}.")
    if result.others:
        return _agreed(claim, [result, *result.others], config, span)
    return _judge_hit(claim, result, config, span)


def _restated(frame: Frame, restated: Frame, tables: Sequence[ReferenceTable], as_of: date,
              config: Config, span: str | None) -> Verdict:
    """The verdict on a rate restated per the series' base (per_base.rebased), on the
    claim as written, saying how it was restated."""
    verdict = _judge_frame(restated, tables, as_of, config, span)
    note = f"'{frame.claim.text}' is {figures.fmt(restated.claim.value, 3)} {restated.measure}"
    said = verdict.explanation.removesuffix(".") + f" ({note})."
    return replace(verdict, claim=frame.claim, explanation=said)


def _agreed(claim: Claim, hits: list[Hit], config: Config, span: str | None) -> Verdict:
    """Series that fit the claim equally well with different values (two publishers of one
    indicator): the verdict when every one gives the same, else unverifiable."""
    verdicts = [_judge_hit(claim, hit, config, span) for hit in hits]
    labels = " and ".join(_label(hit) for hit in hits[:3])
    if len({v.status for v in verdicts}) > 1:
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: series match equally well and disagree: {labels}.")
    first = verdicts[0]
    rows = tuple(ev for v in verdicts for ev in v.rows)
    said = first.explanation.removesuffix(".") + f"; every series that fits agrees ({labels})."
    return replace(first, explanation=said, rows=rows or first.rows)


def _label(hit: Hit) -> str:
    row = hit.first_row
    return f"{hit.table.name}: {row.metric}"


def _judge_hit(claim: Claim, result: Hit, config: Config, span: str | None) -> Verdict:
    """The verdict of one Hit: a level, a change or a span."""
    implausible = _implausible(claim, result)
    if implausible:
        return Verdict(claim, "unverifiable", None, f"Unverifiable: {implausible}.")
    if result.kind == "change":
        return _judge_change(claim, result, config)
    if result.kind == "growth":  # a series of changes holds the change as its level
        level = _judge_hit(signed(claim), replace(result, kind="level"), config, span)
        return replace(level, claim=claim)
    if result.kind in SPANS:
        return _judge_span(claim, replace(result, kind=span or result.kind), config)
    row, true, decision = _judge(claim, result, config)
    ev = evidence(result.table, row)
    rule = rule_text(decision.rule, config.approx_tolerance)
    unit = figures.unit_name(claim.unit)
    converted = "" if row.unit == claim.unit else f" = {_fmt(true, claim.unit)}"
    band = decision.band()
    note = f" ({result.note})" if result.note else ""
    if decision.holds:
        text = (f"Supported: {_stated(row)}{converted}, within the {band} {unit} that "
                f"'{claim.text}' allows (rule: {rule}){note}.".replace("  ", " "))
        return Verdict(claim, "supported", ev, text, (ev,))
    gap = true - claim.value
    share = f", {abs(gap) / abs(claim.value):.0%} off the draft's figure" if claim.value else ""
    shown = (f"{figures.fmt(gap, 2)} percentage points" if claim.unit == "percent"
             else _fmt(gap, claim.unit))  # two percents differ by points, not by a percent
    message = (f"'{claim.text}' contradicts {row.source}: {row.entity} {row.metric} "
               f"{row.period} was {_fmt(row.value, row.unit)}{converted}, outside the "
               f"{band} {unit} the wording allows (rule: {rule}); the difference is "
               f"{shown}{share}{note}.").replace("  ", " ")
    return Verdict(claim, "contradicted", ev, f"Contradicted: {message}", (ev,))


SPANS = {"every": every_row, "typical": typical, "total": total_or_average, "mean": mean_of,
         "most": most_rows}


def _judge_span(claim: Claim, hit: Hit, config: Config) -> Verdict:
    """A level claimed over a span, held against every row inside it (reference.span)."""
    rows = [hit.table.records[i] for i in hit.rows]
    found = SPANS[hit.kind](claim, rows, config.approx_tolerance)
    evidence_rows = tuple(evidence(hit.table, row) for row in rows)
    what = f"{rows[0].entity} {rows[0].metric} ({rows[0].source})"
    if found.status == "unsure":
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: the rows disagree: {what}: {found.arithmetic} "
                       f"(rule: {found.rule}).", evidence_rows)
    if found.status == "supported":
        text = f"Supported: {what}: {found.arithmetic}; '{claim.text}' holds (rule: {found.rule})."
        return Verdict(claim, "supported", evidence_rows[0], text, evidence_rows)
    message = (f"'{claim.text}' contradicts {what}: {found.arithmetic} (rule: {found.rule}).")
    return Verdict(claim, "contradicted", evidence_rows[0], f"Contradicted: {message}",
                   evidence_rows)


def _judge_change(claim: Claim, hit: Hit, config: Config) -> Verdict:
    """A change held against the rows at its two ends (reference.change)."""
    start, end = (hit.table.records[i] for i in hit.rows)
    found = measure_change(read_points(claim), start, end, config.approx_tolerance)
    rows = (evidence(hit.table, start), evidence(hit.table, end))
    rule = rule_text(found.decision.rule, config.approx_tolerance)
    what = f"{start.entity} {start.metric} ({start.source})"
    said = "the factor" if claim.multiplier else "the change"
    if found.unsure:
        return Verdict(claim, "unverifiable", None,
                       f"Unverifiable: {what}: {found.arithmetic}; {found.unsure}.", rows)
    if found.decision.holds:
        text = (f"Supported: {what}: {found.arithmetic}, within the {found.decision.band()} "
                f"that '{claim.text}' allows for {said} (rule: {rule}).")
        return Verdict(claim, "supported", rows[0], text, rows)
    message = (f"'{claim.text}' contradicts {what}: {found.arithmetic}, outside the "
               f"{found.decision.band()} the wording allows for {said} (rule: {rule}).")
    return Verdict(claim, "contradicted", rows[0], f"Contradicted: {message}", rows)


def _sentences_of(frames: list[Frame], text: str) -> list[tuple[int, str]]:
    """The sentence of each frame's claim and its offset (one pass over the sentences:
    linear)."""
    bounds = sentences(text)
    starts = [a for a, _ in bounds]
    found = []
    for frame in frames:
        a, b = bounds[max(0, bisect_right(starts, frame.claim.start) - 1)] if bounds else (0, 0)
        found.append((a, text[a:b]))
    return found


def _in_the_world(frame: Frame, sentence: str) -> Frame:
    """A figure with no subject in a sentence that names the world and no country ("the
    world's life expectancy", "life expectancy worldwide") is the world's: Our World in
    Data's entity "World"."""
    if frame.subject is None:
        named = mentions(sentence, 0, len(sentence))
        if named and all(m.key == "World" for m in named):
            return replace(frame, subject="World")
    return frame


def _next_starts(frames: list[Frame]) -> list[int | None]:
    """The start of the claim after each one (None after the last)."""
    starts: list[int | None] = [f.claim.start for f in frames[1:]]
    return [*starts, None] if frames else []


def _judge_in(frame: Frame, where: tuple[int, str, str | None], text: str,
              next_start: int | None, tables: Sequence[ReferenceTable], as_of: date,
              config: Config) -> Verdict:
    """judge(), with what the claim's sentence says: a figure of the world's
    (_in_the_world), how a span is read (span.reading), and a count per day, hour, week or
    month read as the yearly count it implies (reference.per_time; the verdict keeps the
    claim as written and says so; over a span it holds in every year for a bound, and is
    typical of the years otherwise, never the span's total), a change stated against a
    year run from that year (reference.base_year), and a figure of a rate per so
    many people read as that rate (reference.per_base); a bound under a negation is
    flipped, and another negated figure decides nothing (reference.negation)."""
    offset, sentence, owner = where
    read = negated(frame, text, offset)
    if isinstance(read, str):
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {read}.")
    frame = as_threshold(_in_the_world(read, sentence), sentence, offset)
    frame = as_deaths(as_ratio(frame, sentence, offset), sentence, offset)
    frame = as_purpose(frame, sentence, offset)
    frame = with_age(as_rate(frame, sentence, offset, owner), text)
    frame = first_of_span(frame, text, next_start)
    based = from_base_year(frame, sentence, offset, as_of)
    if based.claim is not frame.claim:  # a direction read from "higher than in 2015": the
        verdict = judge(based, tables, as_of, config, None, text)  # verdict is on the claim
        return replace(verdict, claim=frame.claim)                 # as written
    frame = based
    span = reading(sentence)
    found = per_time(frame, text, next_start)
    if found is None:
        return judge(frame, tables, as_of, config, span, text)
    yearly = as_yearly(frame, found)
    span = span or ("typical" if yearly.claim.bound in ("exact", "approx") else "every")
    verdict = judge(yearly, tables, as_of, config, span, text)  # a count a year is no total
    note = found.note(frame.claim)
    explanation = (verdict.explanation[:-1] + f" ({note})." if note and
                   verdict.explanation.endswith(".") else verdict.explanation)
    return replace(verdict, claim=frame.claim, explanation=explanation)


def _respectively(frames: list[Frame], places: list[tuple[int, str]],
                  figures: Counter[int]) -> list[Frame]:
    """The frames of a sentence whose figures go one by one with a list of entities
    ("Kenya and Uganda had 0.2 and 0.15 ... respectively"), each with its entity as its
    subject (reference.each_entity.respective); the others as they are."""
    out, seen = list(frames), Counter[int]()
    for i, (frame, (offset, sentence)) in enumerate(zip(frames, places, strict=True)):
        if (frame.unsure or "").startswith("the figure is the base"):
            continue
        names = respective(sentence, figures[offset])
        if names:
            out[i] = replace(frame, subject=names[seen[offset]], unsure=None)
        seen[offset] += 1
    return out


def _judge_each(frame: Frame, where: tuple[int, str, str | None], text: str,
                next_start: int | None, tables: Sequence[ReferenceTable], as_of: date,
                config: Config) -> Verdict:
    """_judge_in() for the one figure of its sentence; said of each entity of a list
    (reference.each_entity), it is judged for each: wrong when wrong for any, right when
    right for all, else unverifiable."""
    offset, sentence, _ = where
    if frame.unsure and not frame.unsure.startswith(SEVERAL):
        return _judge_in(frame, where, text, next_start, tables, as_of, config)
    normed = as_threshold(frame, sentence, offset)
    names = listed(sentence)
    if not names or not ((normed.unsure or "").startswith(SEVERAL) or normed.subject in names):
        return _judge_in(frame, where, text, next_start, tables, as_of, config)
    each = [(name, _judge_in(replace(normed, subject=name, unsure=None), where, text,
                             next_start, tables, as_of, config)) for name in names]
    wrong = [(name, v) for name, v in each if v.status == "contradicted"]
    if wrong:
        name, verdict = wrong[0]
        return replace(verdict, explanation=f"For {name}, one of {', '.join(names)}: "
                       f"{verdict.explanation}")
    if all(v.status == "supported" for _, v in each):
        rows = tuple(ev for _, v in each for ev in v.rows)
        said = "; ".join(f"{name}: {v.explanation.removeprefix('Supported: ').rstrip('.')}"
                         for name, v in each)
        said += "."
        return replace(each[0][1], rows=rows, explanation=f"Supported for each of "
                       f"{', '.join(names)}: {said}")
    undecided = next(name for name, v in each if v.status != "supported")
    return Verdict(frame.claim, "unverifiable", None,
                   f"Unverifiable: the figure is said of each of {', '.join(names)}, and "
                   f"{undecided} cannot be decided.")


def _trends(text: str, frames: list[Frame], tables: Sequence[ReferenceTable], as_of: date,
            config: Config) -> list[Verdict]:
    """The decided verdicts on the trends the draft states without a figure
    (reference.trend), on Claims made for their phrases."""
    claims = [frame.claim for frame in frames]
    found = []
    for start, end in sentences(text):
        for frame in trends(text, start, end, claims, as_of):
            verdict = judge(frame, tables, as_of, config)
            if verdict.status != "unverifiable":
                found.append(verdict)
    return found


def verify(frames: Iterable[Frame], tables: Iterable[ReferenceTable],
           as_of: date | None = None, config: Config = DEFAULT,
           text: str | None = None) -> list[Verdict]:
    """A verdict for every frame's claim, in order (FC101 reports the contradicted ones).

    as_of: the draft's date (default today), for rows when the frame names no period.
    text: the draft the frames were read from; with it, the comparisons between entities
    it makes are decided too (reference.compare): a comparison's figure gets the
    comparison's verdict, and a comparison without a figure adds a verdict on a Claim made
    for its comparative phrase. The first len(frames) verdicts are the frames' claims', in
    their order (verdicts[i] is claims[i]'s); the figure-less comparisons follow, in order
    of position.
    """
    table_list = list(tables)
    day = as_of or date.today()
    frame_list = list(frames)
    if text is None:
        return [judge(frame, table_list, day, config) for frame in frame_list]
    places = _sentences_of(frame_list, text)
    wheres = [(a, sentence, owner) for (a, sentence), owner in
              zip(places, owners(frame_list, places), strict=True)]
    counted = [a for (a, _), frame in zip(places, frame_list, strict=True)
               if not (frame.unsure or "").startswith("the figure is the base")]
    alone = Counter(counted)
    frame_list = _respectively(frame_list, places, alone)
    verdicts = [_judge_each(frame, where, text, nxt, table_list, day, config)
                if alone[where[0]] == 1 else _judge_in(frame, where, text, nxt, table_list,
                                                       day, config)
                for frame, where, nxt in zip(frame_list, wheres, _next_starts(frame_list),
                                             strict=True)]
    from factcheck.reference.compare import compare

    extra = _trends(text, frame_list, table_list, day, config)
    for index, verdict in compare(text, frame_list, table_list, day, config):
        if index is None:
            extra.append(verdict)
        elif verdict.status != "unverifiable" or verdicts[index].status == "unverifiable":
            verdicts[index] = verdict
    return [*verdicts, *sorted(extra, key=lambda v: v.claim.start)]
