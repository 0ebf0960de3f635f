"""Verdicts on a draft's claims, read with their sentences: the reference stage's entry
(verify). Each frame is held against the tables through reference.verdict.judge, after the
readings its sentence gives (a figure of the world's, a norm, a ratio, a loss to a cause,
money for a purpose, a rate per people, an age, a span, a count per day, a base year, a
negation); a figure said of each entity of a list is judged for each
(reference.each_entity); a trend without a figure (reference.trend) and the comparisons
between entities (reference.compare) add verdicts of their own."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from factcheck.config import DEFAULT, Config
from factcheck.model import Frame, Verdict
from factcheck.reference.age_group import age_group, people_ages, with_people_ages
from factcheck.reference.ages import Ages, held_at_age, with_age, with_joined_age
from factcheck.reference.base_year import from_base_year
from factcheck.reference.basis import on_basis
from factcheck.reference.compare_gap import gap_to_place
from factcheck.reference.compare_metrics import metric_comparisons
from factcheck.reference.compare_read import mentions, sentences
from factcheck.reference.each_entity import SEVERAL, listed, respective
from factcheck.reference.from_to import first_of_span
from factcheck.reference.groups import with_group
from factcheck.reference.joined import joined, judge_joined
from factcheck.reference.level_before import earlier_levels
from factcheck.reference.lost_to import as_deaths
from factcheck.reference.mean_growth import as_mean_of_changes, change_tables
from factcheck.reference.negation import negated
from factcheck.reference.one_year_gap import compared_within
from factcheck.reference.peer_ratio import ratio_to_peer
from factcheck.reference.per_base import as_rate, owners
from factcheck.reference.per_head import per_head_of_total
from factcheck.reference.per_time import as_yearly, per_time, yearly_over_years
from factcheck.reference.purpose import as_purpose
from factcheck.reference.ratio import as_ratio
from factcheck.reference.schema import ReferenceTable
from factcheck.reference.span import reading
from factcheck.reference.threshold import as_threshold
from factcheck.reference.trend import trends
from factcheck.reference.unread_year import unread_year
from factcheck.reference.verdict import judge
from factcheck.reference.world_share import share_verdict


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


_BY = re.compile(r"\bby\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|under\s+|about\s+|"
                 r"almost\s+|nearly\s+|some\s+|around\s+)?$", re.IGNORECASE)


def _gap_between(frame: Frame, sentence: str, offset: int) -> str | None:
    """Why a figure after "by" in a sentence naming two entities decides nothing as a level
    ("Germany's life expectancy exceeded America's by more than 3 years"): it is the gap
    between them, which only a comparison reading decides (reference.compare), never a
    level of either. A change ("Kenya's exports to Uganda rose by 5%") is not read so."""
    claim = frame.claim
    if frame.role == "change" or claim.change is not None or claim.multiplier:
        return None
    at = claim.start - offset
    if not _BY.search(sentence[max(0, at - 40):at]):
        return None
    named = {m.key for m in mentions(sentence, 0, len(sentence))}
    if len(named) < 2:
        return None
    return (f"'{claim.text}' follows \"by\" in a sentence comparing {len(named)} entities: "
            "it is the gap between them, not a level of either")


Where = tuple[int, str, str | None, Ages | None]
"""A claim's sentence: its offset in the draft, its text, the owner of a rate per people
said in it (per_base.owners) and the age group of people it names (people_ages)."""


def _next_starts(frames: list[Frame]) -> list[int | None]:
    """The start of the claim after each one (None after the last)."""
    starts: list[int | None] = [f.claim.start for f in frames[1:]]
    return [*starts, None] if frames else []


def _judge_in(frame: Frame, where: Where, text: str,
              next_start: int | None, tables: Sequence[ReferenceTable], as_of: date,
              config: Config) -> Verdict:
    """_judge_read(), a figure said per head never decided on a series of totals
    (reference.per_head), money of a stated basis only on a series of it
    (reference.basis)."""
    return on_basis(frame, where[1], tables, lambda kept: per_head_of_total(
        _judge_read(frame, where, text, next_start, kept, as_of, config), where[1], frame,
        lambda read: _judge_read(read, where, text, next_start, kept, as_of, config)))


def _judge_read(frame: Frame, where: Where, text: str,
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
    offset, sentence, owner, ages = where
    read = negated(frame, text, offset)
    if isinstance(read, str):
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {read}.")
    gap = (_gap_between(read, sentence, offset) or compared_within(read, sentence, offset)
           or gap_to_place(read, sentence, offset) or age_group(read, text))
    if gap is not None:
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {gap}.")
    frame = as_threshold(_in_the_world(with_group(read, sentence), sentence), sentence,
                         offset)
    frame = as_deaths(as_ratio(frame, sentence, offset), sentence, offset)
    frame = as_purpose(frame, sentence, offset)
    frame = held_at_age(with_age(as_rate(frame, sentence, offset, owner), text), text)
    frame = with_people_ages(with_joined_age(frame), ages)
    frame = first_of_span(frame, text, next_start)
    based = from_base_year(frame, sentence, offset, as_of)
    if based.claim is not frame.claim:  # a direction read from "higher than in 2015": the
        verdict = judge(based, tables, as_of, config, None, text)  # verdict is on the claim
        return replace(verdict, claim=frame.claim)                 # as written
    frame = based
    span = reading(sentence)
    unread = None if span else unread_year(frame, sentence, offset)
    if unread is not None:
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {unread}.")
    shared = share_verdict(frame, sentence, offset, tables, as_of, lambda read, own: judge(
        read, own, as_of, config, span, text))  # "90% of the world's total"
    if shared is not None:
        return shared
    peer = ratio_to_peer(frame, sentence, offset)  # "76% of the figure for Ecuador"
    if peer is not None:
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {peer}.")
    yearly_change = yearly_over_years(frame, text, next_start)
    if yearly_change is not None:
        mean = judge(as_mean_of_changes(frame), change_tables(tables), as_of, config,
                     span or "mean", text)  # "grew faster than 5% a year throughout": each
        if mean.status != "unverifiable":
            return replace(mean, claim=frame.claim)
        return Verdict(frame.claim, "unverifiable", None, f"Unverifiable: {yearly_change}.")
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


def _spanned(frames: list[Frame]) -> list[Frame]:
    """A change whose frame links its levels ("rose from 30.6 million in 2000 to 55.3
    million in 2023, an increase of 80%") runs from the first day of the level before's
    period to the last of the level after's, whatever period its own words carry (the
    frames give the change the year of its sentence's last date): the rows at both ends
    decide it, never the last year against the one before."""
    out = list(frames)
    for i, frame in enumerate(frames):
        links = frame.relations
        before, after = links.get("before", ()), links.get("after", ())
        if len(before) != 1 or len(after) != 1 or max(*before, *after) >= len(frames):
            continue
        first, last = frames[before[0]].period, frames[after[0]].period
        if first is not None and last is not None and first[0] < last[0]:
            out[i] = replace(frame, period=(first[0], last[1]))
    return out


def _is_base(frame: Frame) -> bool:
    """Is the figure the base of a rate ("per 1,000 people": frames.read), no figure of its
    own among its sentence's?"""
    return (frame.unsure or "").startswith("the figure is the base")


def _respectively(frames: list[Frame], places: list[tuple[int, str]],
                  figures: Counter[int]) -> list[Frame]:
    """The frames of a sentence whose figures go one by one with a list of entities
    ("Kenya and Uganda had 0.2 and 0.15 ... respectively"), each with its entity as its
    subject (reference.each_entity.respective); the others as they are."""
    out, seen = list(frames), Counter[int]()
    for i, (frame, (offset, sentence)) in enumerate(zip(frames, places, strict=True)):
        if _is_base(frame):
            continue
        names = respective(sentence, figures[offset])
        if names:
            out[i] = replace(frame, subject=names[seen[offset]], unsure=None)
        seen[offset] += 1
    return out


def _judge_each(frame: Frame, where: Where, text: str,
                next_start: int | None, tables: Sequence[ReferenceTable], as_of: date,
                config: Config) -> Verdict:
    """_judge_in() for the one figure of its sentence; said of each entity of a list
    (reference.each_entity), it is judged for each: wrong when wrong for any, right when
    right for all, else unverifiable."""
    offset, sentence, _, _ = where
    if frame.unsure and not frame.unsure.startswith(SEVERAL):
        return _judge_in(frame, where, text, next_start, tables, as_of, config)
    normed = as_threshold(frame, sentence, offset)
    together = joined(sentence) if (frame.unsure or "").startswith(SEVERAL) else None
    if together:  # "in A and B combined": the sum of their rows
        return judge_joined(normed, together, lambda read, own: _judge_in(
            read, where, text, next_start, own, as_of, config), tables)
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
    frame_list = _spanned([frame.with_whole() for frame in frames])  # a share: part, whole
    if text is None:
        return [judge(frame, table_list, day, config) for frame in frame_list]
    places = _sentences_of(frame_list, text)
    ages = {a: people_ages(sentence) for a, sentence in set(places)}  # once a sentence
    wheres = [(a, sentence, owner, ages[a]) for (a, sentence), owner in
              zip(places, owners(frame_list, places), strict=True)]
    counted = [a for (a, _), frame in zip(places, frame_list, strict=True)
               if not _is_base(frame)]
    alone = Counter(counted)
    frame_list = earlier_levels(_respectively(frame_list, places, alone), places, text)
    verdicts = [_judge_each(frame, where, text, nxt, table_list, day, config)
                if alone[where[0]] == 1 else _judge_in(frame, where, text, nxt, table_list,
                                                       day, config)
                for frame, where, nxt in zip(frame_list, wheres, _next_starts(frame_list),
                                             strict=True)]
    from factcheck.reference.compare import compare

    extra = _trends(text, frame_list, table_list, day, config)
    extra.extend(metric_comparisons(text, frame_list, table_list, day))
    for index, verdict in compare(text, frame_list, table_list, day, config):
        if index is None:
            extra.append(verdict)
        elif verdict.status != "unverifiable" or verdicts[index].status == "unverifiable":
            verdicts[index] = verdict
    return [*verdicts, *sorted(extra, key=lambda v: v.claim.start)]
