"""The frames stage: what each figure is about, from a linguistic analysis of its sentence.

frames(text, claims, as_of, model) gives one Frame per claim, in the same order: its
subject, measure, role, period and relations (DESIGN.md, "Frames"). The sentences that
hold claims (factcheck.text.sentences) are parsed with spaCy's trained English pipeline
(factcheck.frames.nlp) in batches and read by factcheck.frames.read (subject.py,
measure.py, role.py); references back ("its", "the town's") are resolved by
antecedents.py, periods read by periods.py and chosen by when.py and timing.py,
figures that lean on others by links.py, relations linked by relations.py. A sentence
longer than nlp.MAX_SENTENCE_CHARS is not parsed: its figures get a frame that is unsure
for that reason, and the stage stays linear in the text.

stage() also derives from the frames what the internal checks read today (ClaimContext:
subject, metric cue words, period, sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date

from factcheck.frames import nlp
from factcheck.frames.antecedents import Entity, entities, resolve, speakers
from factcheck.frames.draft import Draft
from factcheck.frames.links import lean, same_change, totals
from factcheck.frames.measure import cue_lemma
from factcheck.frames.read import Reading, figure_words, read_sentence
from factcheck.frames.relations import NEAR, relations
from factcheck.frames.role import lexical_role
from factcheck.frames.stock import settle, standing_wholes
from factcheck.frames.subject import GENERIC
from factcheck.frames.timing import periods_of
from factcheck.lexicon import lexicon
from factcheck.model import Claim, ClaimContext, Frame

__all__ = ["cue_lemma", "forget", "frames", "prefetch", "stage"]

Period = tuple[date, date]


def frames(text: str, claims: Sequence[Claim], as_of: date, model: str | None = None
           ) -> tuple[Frame, ...]:
    """One Frame per claim, in order; model names the spaCy pipeline (nlp.model_name).

    Raises ConfigError naming the setting when the pipeline cannot be loaded.
    """
    return stage(text, claims, as_of, model)[0]


def prefetch(texts: Iterable[str], model: str | None = None) -> None:
    """Parse ahead, in one run, the sentences the frames of these drafts will read (their
    sentences that hold claims), until forget(): for a batch of drafts. Raises
    ConfigError like frames() when the pipeline cannot be loaded."""
    from factcheck.extract import extract

    wanted: list[str] = []
    for text in texts:
        draft = Draft(text, extract(text))
        wanted += [draft.sentence(k) for k in draft.groups
                   if draft.fits(k, nlp.MAX_SENTENCE_CHARS)]
    if wanted:
        nlp.ahead(nlp.load(nlp.model_name(model)), wanted)


def forget() -> None:
    """Drop what prefetch() parsed."""
    nlp.forget()


def stage(text: str, claims: Sequence[Claim], as_of: date, model: str | None = None
          ) -> tuple[tuple[Frame, ...], tuple[ClaimContext, ...]]:
    """The frames, and the contexts the internal checks read, derived from them: the
    frame's subject and period, the metric cue lemmas (lexicon cues.tsv) of its measure,
    noun and clause, and its sentence's span."""
    if not claims:
        return (), ()
    draft = Draft(text, claims)
    pipeline = nlp.load(nlp.model_name(model))
    said: dict[int, list[Entity]] = {}
    readings, known = _read(draft, pipeline, said)
    lean(draft, readings)
    settle(draft, readings)
    resolve(draft, readings, known, pipeline, said)
    found = _assemble(draft, readings, as_of)
    ctxs = tuple(ClaimContext(f.claim, f.subject, _cues(f, r), f.period,
                              draft.spans[draft.sentence_of[i]], r.verb)
                 for i, (f, r) in enumerate(zip(found, readings, strict=True)))
    return found, ctxs


def _read(draft: Draft, pipeline: nlp.Language, said: dict[int, list[Entity]]
          ) -> tuple[list[Reading], dict[int, list[Entity]]]:
    """A Reading per claim from the parse of its sentence, and each parsed sentence's
    entities (for references back); said gets each sentence's sources."""
    claims = draft.claims
    readings = [Reading() for _ in claims]
    parsed = [k for k in draft.groups if draft.fits(k, nlp.MAX_SENTENCE_CHARS)]
    known: dict[int, list[Entity]] = {}
    for k, doc in zip(parsed, nlp.parse(pipeline, map(draft.sentence, parsed)), strict=True):
        group = draft.groups[k]
        found = read_sentence(doc, draft.text, draft.spans[k][0], [claims[i] for i in group])
        for i, reading in zip(group, found, strict=True):
            reading.whole = tuple(group[j] for j in reading.whole)
            readings[i] = reading
        figures = figure_words(doc, draft.spans[k][0], [claims[i] for i in group])
        known[k] = entities(doc, draft.spans[k][0], figures)
        said[k] = speakers(doc, draft.spans[k][0], figures)  # "Acme said its ...": a source
    too_long = (f"the sentence is longer than the parser's limit of "
                f"{nlp.MAX_SENTENCE_CHARS:,} characters, so it was not parsed")
    for k, group in draft.groups.items():
        if k not in known:
            for i in group:
                readings[i] = Reading(role=lexical_role(draft.text, claims[i]),
                                      unsure=too_long)
    return readings, known


def _assemble(draft: Draft, readings: list[Reading], as_of: date) -> tuple[Frame, ...]:
    """The frames: periods chosen, relations linked, a part's measure from its whole's."""
    chosen = periods_of(draft, readings, as_of)
    standing_wholes(draft, readings, chosen)
    parts = totals(readings, chosen)
    out: list[Frame] = []
    for i, (claim, reading) in enumerate(zip(draft.claims, readings, strict=True)):
        links = relations(draft.text, draft.claims, readings, draft.sentence_of, i)
        if i in parts and "restates" not in links:  # the figures that name it their whole
            links["parts"] = tuple(parts[i])
        role = "conversion" if "restates" in links else reading.role
        measure = reading.measure
        if measure is None and reading.whole:
            measure = readings[reading.whole[0]].measure
        if "restates" in links and claim.unit and draft.claims[links["restates"][0]].unit:
            measure = readings[links["restates"][0]].measure or measure  # "42 nautical
            # miles (78 km)": the crossing, as the figure it restates
        if role == "change" and measure is not None and lexicon().frame_class(
                measure.split()[-1], "change_noun"):
            measure = None  # "a 7% rise on last year": what rose is the level's measure
        if role == "change" and reading.bare and (measure is None or " " not in measure):
            measure = _stated_level(draft, readings, i) or measure
        if role == "change" and (measure is None or " " not in measure):
            level = _level_measure(draft, readings, i)  # "..., up 4% from 2023": the level's
            if measure is None or (level and level.split()[-1] == measure):
                measure = level  # "harvested 147m tonnes of soy, 5% less": soy harvest
        if measure is None:  # "raised its fees by 4% to $9,300": the fees, both ends
            measure = same_change(draft, readings, i)
        if measure is not None and lexicon().frame_class(measure.split()[-1], "standin"):
            measure = _compared_measure(draft, readings, i) or measure
        subject, unsure = _borrowed_subject(readings, reading, links)
        if role == "change" and subject is None and unsure and unsure.startswith(_SEVERAL):
            subject, unsure = _changed_subject(draft, readings, i, unsure)
        if role == "total" and "parts" in links:  # "..., bringing the total to 60%": the
            first = readings[links["parts"][0]]  # total of its parts' measure and subject
            if measure is None or measure in GENERIC:
                measure = first.measure
            if isinstance(first.subject, str) and unsure is None:
                subject = first.subject
        out.append(Frame(claim, subject, without_name(measure, subject), role, chosen[i],
                         links, unsure, reading.other,
                         reading.share_of if measure == reading.measure else None))
    return tuple(out)


def without_name(measure: str | None, subject: str | None) -> str | None:
    """The measure less the subject's possessive where the parse hung it inside the measure
    ("India's per capita CO2 emissions": the possessor of "capita", read as "india's per
    capita co2 emission"): the subject is who is measured, never what. The name without
    a possessive stays ("copper price": goods are the subject and name what is priced);
    a measure that is the possessive alone is kept as it is."""
    if not measure or not subject:
        return measure
    name = re.compile(r"(?<!\S)" + re.escape(subject.lower()) + r"['’]s?(?!\S)")
    kept = " ".join(name.sub(" ", measure).split())
    return kept or measure


_SEVERAL = "the sentence names several entities"


def _borrowed_subject(readings: list[Reading], reading: Reading,
                      links: dict[str, tuple[int, ...]]) -> tuple[str | None, str | None]:
    """The subject and unsure reason of a frame: its own, else, for a restatement in
    another unit ("44.1C (111.4F)") or a part whose whole the parse links ("640 beds, of
    which 48 ..."), the subject of the figure it restates or belongs to, which settles a
    sentence naming several entities."""
    own = reading.subject if isinstance(reading.subject, str) else None
    unsure = reading.unsure
    lender = links.get("restates") or (reading.whole if reading.role == "part" else ())
    if lender and (own is None or "restates" in links):
        other = readings[lender[0]]
        if isinstance(other.subject, str):
            if unsure is not None and unsure.startswith(_SEVERAL):
                unsure = other.unsure
            return other.subject, unsure
    return own, unsure


def _changed_subject(draft: Draft, readings: list[Reading], i: int, unsure: str
                     ) -> tuple[str | None, str | None]:
    """The subject of a change whose parse ties it to none of its sentence's entities
    ("Lurra's tin exports to Chile rose to 40,000 tonnes, ..., up 9% on a year earlier"):
    the subject of the level it changes (the nearest one in its sentence), when the
    parse tied that level to one."""
    j = _nearest_level(draft, readings, i)
    lender = readings[j].subject if j is not None else None
    if isinstance(lender, str) and readings[j].unsure is None:  # type: ignore[index]
        return lender, None
    return None, unsure


def _compared_measure(draft: Draft, readings: list[Reading], i: int) -> str | None:
    """The measure a stand-in noun (lexicon frames.tsv "standin": "a national average of
    £160", "the original estimate of $1bn") stands for: the nearest other figure's in its
    sentence that names one of its own."""
    k = draft.sentence_of[i]
    window = range(max(0, i - NEAR), min(len(readings), i + NEAR + 1))
    near = sorted((abs(j - i), j) for j in window if j != i and draft.sentence_of[j] == k
                  and (m := readings[j].measure)
                  and not lexicon().frame_class(m.split()[-1], "standin"))
    return readings[near[0][1]].measure if near else None


def _level_measure(draft: Draft, readings: list[Reading], i: int) -> str | None:
    """The measure of the nearest level in a change's sentence ("pumped 5.6 million
    barrels of crude, up 4%": crude)."""
    j = _nearest_level(draft, readings, i)
    return readings[j].measure if j is not None else None


def _nearest_level(draft: Draft, readings: list[Reading], i: int) -> int | None:
    """The nearest figure in a change's sentence that is no change and names a measure
    it may be a change of."""
    k = draft.sentence_of[i]
    window = range(max(0, i - NEAR), min(len(readings), i + NEAR + 1))
    near = sorted((abs(j - i), j) for j in window if j != i and draft.sentence_of[j] == k
                  and readings[j].role != "change" and readings[j].measure
                  and _may_change(draft.claims[i], draft.claims[j], readings[j].role))
    return near[0][1] if near else None


def _may_change(change: Claim, level: Claim, role: str = "level") -> bool:
    """Whether a change can be a change of a level: a relative change (a percent, points,
    "twice") can change anything, and a count or a percentage lend to any; an amount in a
    unit only a level in its own unit ("lost £38m" is no change of the "160-year-old"
    beside it, "cut 40 km" none of a "$2bn" budget). An age (its role) is changed only
    by a change in time ("The 23-year-old cost the club twice what it paid": no change
    of his age); a stretch of time, as any level, by a relative change too ("212 hours
    of sunshine, 30% above average")."""
    free = ("", "percent", "percentage_point")  # a count, or a part of the whole
    if role == "age" and change.unit not in _TIME_UNITS:
        return False
    return (change.unit in free or level.unit in free or bool(change.multiplier)
            or change.unit == level.unit)


_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _stated_level(draft: Draft, readings: list[Reading], i: int) -> str | None:
    """The measure of the level a bare change follows in the same statement ("lent
    212,000 books, up 9%", "arrested 46 people, twice as many as ...", "recorded 2,317
    burglaries, a fall of 12%"): the nearest figure before it in its sentence that is no
    change, under the same verb or with the change under none."""
    k, verb = draft.sentence_of[i], readings[i].verb
    for j in range(i - 1, max(-1, i - 1 - NEAR), -1):
        if draft.sentence_of[j] != k:
            return None
        if not _may_change(draft.claims[i], draft.claims[j], readings[j].role):
            continue  # "the 160-year-old retailer lost £38m": no change of its age
        if readings[j].role not in ("change", "conversion") and readings[j].measure:
            same = readings[j].verb is not None and verb in (None, readings[j].verb)
            return readings[j].measure if same else None
    return None


def _cues(frame: Frame, reading: Reading) -> tuple[str, ...]:
    words = [*(frame.measure or "").replace("-", " ").split(), frame.claim.noun or ""]
    found = [lemma for w in words if w and (lemma := cue_lemma(w))]
    return tuple(dict.fromkeys([*found, *reading.cues]))
