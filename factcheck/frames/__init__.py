"""The frames stage: what each figure is about, from a linguistic analysis of its sentence.

frames(text, claims, as_of, model) gives one Frame per claim, in the same order: its
subject, measure, role, period and relations (DESIGN.md, "Frames"). The sentences that
hold claims (factcheck.text.sentences) are parsed with spaCy's trained English pipeline
(factcheck.frames.nlp) in batches; for a figure whose subject refers back ("its", "the
town's", "the company"), up to ANTECEDENT_SENTENCES sentences before it in its paragraph
are parsed too, for their entities and which of them is a clause's subject. A sentence longer than nlp.MAX_SENTENCE_CHARS is not
parsed: its figures get a frame that is unsure for that reason. Periods are read by
factcheck.frames.periods and chosen by factcheck.frames.when.

contexts(text, frames) derives from the frames what the internal checks read today
(ClaimContext: subject, cue words, period, sentence).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from factcheck.frames import nlp
from factcheck.frames.measure import cue_lemma
from factcheck.frames.periods import periods
from factcheck.frames.read import Reading, read_sentence, refers
from factcheck.frames.role import is_conversion, lexical_role
from factcheck.frames.subject import Refer, described_kind, sentence_entities, sources
from factcheck.frames.when import choose, ends_of_spans
from factcheck.model import Claim, ClaimContext, Frame
from factcheck.text.sentences import sentences

__all__ = ["cue_lemma", "frames", "stage"]

ANTECEDENT_SENTENCES = 3
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
Entity = tuple[int, str, str, bool]  # offset, name, kind, in subject position


def frames(text: str, claims: Sequence[Claim], as_of: date, model: str | None = None
           ) -> tuple[Frame, ...]:
    """One Frame per claim, in order; model names the spaCy pipeline (nlp.model_name).

    Raises ConfigError naming the setting when the pipeline cannot be loaded.
    """
    return stage(text, claims, as_of, model)[0]


def stage(text: str, claims: Sequence[Claim], as_of: date, model: str | None = None
          ) -> tuple[tuple[Frame, ...], tuple[ClaimContext, ...]]:
    """The frames, and the contexts the internal checks read, derived from them: the
    frame's subject and period, the metric cue lemmas (lexicon cues.tsv) of its measure,
    noun and clause, and its sentence's span."""
    if not claims:
        return (), ()
    spans = sentences(text) or ((0, len(text)),)
    starts = [s for s, _ in spans]
    groups: dict[int, list[int]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(max(0, bisect.bisect_right(starts, claim.start) - 1), []).append(i)
    parsed = [k for k in groups if spans[k][1] - spans[k][0] <= nlp.MAX_SENTENCE_CHARS]
    pipeline = nlp.load(nlp.model_name(model))
    docs = dict(zip(parsed, nlp.parse(pipeline, (text[slice(*spans[k])] for k in parsed)),
                    strict=True))
    readings: list[Reading] = [Reading() for _ in claims]
    entities: dict[int, list[Entity]] = {}
    for k, doc in docs.items():
        group = groups[k]
        found = read_sentence(doc, text, spans[k][0], [claims[i] for i in group])
        for i, reading in zip(group, found, strict=True):
            reading.whole = tuple(group[j] for j in reading.whole)
            readings[i] = reading
        entities[k] = _entities(doc, spans[k][0])
    for k, group in groups.items():
        if k not in docs:
            for i in group:
                readings[i] = Reading(role=lexical_role(text, claims[i]), unsure=(
                    f"the sentence is longer than the parser's limit of "
                    f"{nlp.MAX_SENTENCE_CHARS:,} characters, so it was not parsed"))
    _resolve(text, claims, readings, spans, groups, entities, pipeline)
    found = _assemble(text, claims, readings, spans, groups, as_of)
    sentence_of = {i: spans[k] for k, group in groups.items() for i in group}
    ctxs = tuple(ClaimContext(f.claim, f.subject, _cues(f, r), f.period, sentence_of[i])
                 for i, (f, r) in enumerate(zip(found, readings, strict=True)))
    return found, ctxs


def _entities(doc: object, offset: int) -> list[Entity]:
    """The entities of a parsed sentence outside its sources, with subject position."""
    skip = sources(doc)  # type: ignore[arg-type]
    subjects = {t.idx for t in doc if t.dep_ in ("nsubj", "nsubjpass")}  # type: ignore[attr-defined]
    out: list[Entity] = []
    for at, name, kind in sentence_entities(doc, skip):  # type: ignore[arg-type]
        kind = described_kind(doc, at) or kind
        out.append((at + offset, name, kind, at in subjects or _holds_subject(doc, at)))
    return out


def _holds_subject(doc: object, at: int) -> bool:
    """Whether the entity at character at is (part of) a clause subject's phrase."""
    for tok in doc:  # type: ignore[attr-defined]
        if tok.idx == at:
            t = tok
            while t.head.i != t.i and t.dep_ in ("compound", "poss", "case", "flat"):
                t = t.head
            return t.dep_ in ("nsubj", "nsubjpass")
    return False


def _resolve(text: str, claims: Sequence[Claim], readings: list[Reading],
             spans: Sequence[tuple[int, int]], groups: dict[int, list[int]],
             entities: dict[int, list[Entity]], pipeline: object) -> None:
    """Each reference back ("its", "the town's") read as the entity it refers to."""
    wanted = [i for i, r in enumerate(readings) if refers(r) is not None]
    if not wanted:
        return
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    sentence_of = {i: k for k, group in groups.items() for i in group}
    need: set[int] = set()
    for i in wanted:
        k = sentence_of[i]
        para = bisect.bisect_right(breaks, spans[k][0])
        for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_SENTENCES), -1):
            if bisect.bisect_right(breaks, spans[j][0]) != para:
                break
            if j not in entities:
                need.add(j)
    order = sorted(n for n in need if spans[n][1] - spans[n][0] <= nlp.MAX_SENTENCE_CHARS)
    docs = nlp.parse(pipeline, (text[slice(*spans[j])] for j in order))  # type: ignore[arg-type]
    for j, doc in zip(order, docs, strict=True):
        entities[j] = _entities(doc, spans[j][0])
    for i in wanted:
        ref = refers(readings[i])
        assert ref is not None
        k = sentence_of[i]
        para = bisect.bisect_right(breaks, spans[k][0])
        candidates: list[list[Entity]] = [[e for e in entities.get(k, [])
                                           if e[0] < claims[i].start]]
        for j in range(k - 1, max(-1, k - 1 - ANTECEDENT_SENTENCES), -1):
            if bisect.bisect_right(breaks, spans[j][0]) != para:
                break
            candidates.append(entities.get(j, []))
        readings[i].subject = _antecedent(ref, candidates)
        if readings[i].subject is None:
            readings[i].unsure = (f"the figure's subject refers back to an entity "
                                  f"({ref.kind}) that its paragraph does not name before it")


def _antecedent(ref: Refer, nearest_first: list[list[Entity]]) -> str | None:
    """In the nearest sentence naming an entity of a fitting kind: the one in subject
    position, else the last."""
    for found in nearest_first:
        fit = [e for e in found if ref.kind == "any" or e[2] in (ref.kind, "any")]
        if fit:
            subjects = [e for e in fit if e[3]]
            return (subjects or fit)[-1][1]
    return None


def _assemble(text: str, claims: Sequence[Claim], readings: list[Reading],
              spans: Sequence[tuple[int, int]], groups: dict[int, list[int]], as_of: date
              ) -> tuple[Frame, ...]:
    """The frames: periods chosen, relations linked, measures of parts from their wholes."""
    chosen: list[tuple[date, date] | None] = [None] * len(claims)
    unsure: list[str | None] = [r.unsure for r in readings]
    for k, group in groups.items():
        found = periods(text[slice(*spans[k])], spans[k][0], as_of)
        for i in group:
            choice = choose(text, found, claims[i])
            chosen[i] = choice.period
            if choice.named and unsure[i] is None:
                unsure[i] = "the figure's period (a year back from another) has no period "\
                            "in its sentence to anchor it"
    ends_of_spans(text, claims, chosen)
    out: list[Frame] = []
    sentence_of = {i: k for k, group in groups.items() for i in group}
    for i, (claim, reading) in enumerate(zip(claims, readings, strict=True)):
        role, relations = reading.role, _relations(text, claims, readings, sentence_of, i)
        if "restates" in relations:
            role = "conversion"
        measure = reading.measure
        if measure is None and reading.whole:
            measure = readings[reading.whole[0]].measure
        subject = reading.subject if isinstance(reading.subject, str) else None
        out.append(Frame(claim, subject, measure, role, chosen[i], relations, unsure[i],
                         reading.other))
    return tuple(out)


NEAR = 8  # claims either side searched for a change's ends and a total's parts


def _relations(text: str, claims: Sequence[Claim], readings: list[Reading],
               sentence_of: dict[int, int], i: int) -> dict[str, tuple[int, ...]]:
    """A claim's links to the claims near it in its sentence (DESIGN.md, "Frames")."""
    claim, reading = claims[i], readings[i]
    if i and is_conversion(text, claims[i - 1], claim):
        return {"restates": (i - 1,)}
    out: dict[str, tuple[int, ...]] = {}
    near = [j for j in range(max(0, i - NEAR), min(len(claims), i + NEAR + 1))
            if j != i and sentence_of[j] == sentence_of[i]]
    if reading.whole and reading.role in ("part", "share"):
        out["whole"] = reading.whole[:1]
    if reading.role == "change":
        for end, key in (("from", "before"), ("to", "after")):
            ends = [j for j in near if readings[j].from_to == end]
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
    return out


def _cues(frame: Frame, reading: Reading) -> tuple[str, ...]:
    words = [*(frame.measure or "").replace("-", " ").split(), frame.claim.noun or ""]
    found = [lemma for w in words if w and (lemma := cue_lemma(w))]
    return tuple(dict.fromkeys([*found, *reading.cues]))
