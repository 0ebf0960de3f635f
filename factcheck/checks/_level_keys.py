"""The levels FC202 compares by key: what each level's frame says it measures, for
factcheck.checks.fc202_conflicting_figures.

A key is (subject, measure, unit, period): the subject as the frames resolved it (lower
case, or None), the measure's name for comparing (_metric: a stock metric's name,
"residents" and "population" are the population, lexicon stock_metrics.tsv; else the
frame's measure), the claim's unit and the period (a year written in the measure's
phrase beats the day of the clause: factcheck.checks._phrase_years). Two levels in
different sentences whose keys meet by factcheck.checks._keys are a pair. Not keyed: a
role other than a level (or a dated total), a change, range or multiplier, a figure after
a base word ("up from 52,000"), a flow (refugees, deaths), a vague measure ("people")
whose clause names nothing it counts, an amount moved ("drew £2.1m from reserves"), a part
the subject owns, and a figure of no subject unless its measure is one figure of one
thing (lexicon frames.tsv, class "single").

Shapes: keyed_pairs(doc, changing) yields (earlier, later, key); nothing raises.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from factcheck.checks import (
    Document,
    _keys,
    _mention_names,
    _phrase_years,
    _statements,
    _ties,
)
from factcheck.checks import _figures as fig
from factcheck.frames.measure import cue_lemma
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_FLOW = frozenset({"refugee", "death", "injury"})
_HOME_TO = re.compile(r"\bhome\s+to\s*$", re.IGNORECASE)  # "home to 9,000 people": a level

Key = tuple[str | None, str, str, tuple[date, date] | None]


def keyed_pairs(doc: Document, changing: set[int]) -> Iterator[tuple[int, int, Key]]:
    """(earlier, later, key) for each level whose key (_key, read by _keys.bucket: the
    head of its measure, its period a standing one when it holds now) an earlier level
    in another sentence shares, with modifiers that do not tell the two apart: the
    first such earlier level."""
    seen: dict[Key, list[tuple[int, frozenset[str]]]] = {}
    for i in range(len(doc.frames)):
        key = _key(doc, i)
        if key is None or i in changing:
            continue
        bucket, mods = _keys.bucket(key, doc.as_of)
        earlier = seen.setdefault(bucket, [])
        j = next((j for j, other in earlier if _keys.modifiers_meet(other, mods)), None)
        if len(earlier) < _keys.KEPT:
            earlier.append((i, mods))
        own = doc.contexts[i].sentence
        if j is not None and doc.contexts[j].sentence != own and not any(
                k != i and doc.contexts[k].sentence == own for k, _ in earlier):
            yield j, i, key  # a second figure of the key in its sentence is a part of the first


def _key(doc: Document, i: int) -> Key | None:
    frame = doc.frames[i]
    c = frame.claim
    if (not _level_role(frame) or frame.measure is None
            or c.change or c.multiplier or c.high is not None):
        return None
    if frame.unsure is not None and frame.subject is not None:
        return None  # its subject known, what it is unsure ("28,000 people attended",
        # "7.1 per 100,000 people"): no level of that subject to compare
    lead = (max(0, c.start - 16), c.start)
    if fig.last_word("base", "end").search(doc.text, *lead) and not _HOME_TO.search(
            doc.text, *lead):
        return None  # "up from 52,000", "rose to 61,000", "than 40,000": another level
    metric = _metric(frame.measure, doc.contexts[i].cues, c.noun)
    if metric is None:
        return None
    head = frame.measure.lower().replace("-", " ").split()[-1]
    if c.noun is not None and not _names_head(c.noun, head):
        return None  # "four councillors" given the measure "councillor inhabitant": the
        # frame's head is not the figure's own noun, so the key would be another's
    if c.noun is None and frame.role != "total" and not _mention_names.measure_holds(doc, i, head):
        return None  # "... 2 TDs. The woman has worked there for 10": a measure lent; a
        # dated total ("Friday's total of 211 mm") takes the measure its frame carries
    if _statements.moved(doc, i, head):
        return None  # "drew £2.1m from reserves": an amount moved, not the reserves' level
    if _ties.possessed_part(doc, i, head):
        return None  # "Its sixth form, with 380 pupils": the school's part, not the school
    subject = frame.subject.lower() if frame.subject else None
    if subject is None and not lexicon().frame_class(metric.split()[-1], "single"):
        return None  # "The first phase cost £40m", "the second phase cost £65m"
    # "set the 2027 roads budget at £4.2m on Tuesday": the budget is 2027's, not Tuesday's
    metric = _narrowed_by_noun(_unclaused(doc, i, metric), fig.written_noun(c))
    return subject, metric, c.unit, _phrase_years.year_of(doc, i) or frame.period


_NAMED_CLAUSE = re.compile(  # "[books] that Brackley Library holds", "[animals] Marlow Zoo keeps"
    r"\s+(?:that\s+|which\s+)?(?:[A-Z][\w'’&.-]*\s+){1,4}([a-z]+)\b")


def _unclaused(doc: Document, i: int, metric: str) -> str:
    """The metric less the verb of a relative clause whose subject is a name, written
    right after the figure's noun ("The 52,000 books that Brackley Library holds": the
    frames read "hold book", factcheck.frames.nouns._described): when another sentence
    tells the thing under that verb as its clause verb ("Brackley Library holds 25,000
    books": "book"), the verb says the same of both, and both are keyed by the thing.
    Verbs compared as stems (factcheck.reference.metric.stem)."""
    from factcheck.reference import metric as stems  # not at import: `factcheck rule`

    words = metric.split()
    if len(words) < 2:
        return metric
    m = _NAMED_CLAUSE.match(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])
    if m is None:
        return metric
    verb = stems.stem(m.group(1))
    if not _told_under(doc, i, verb):
        return metric  # "the 1,300 animals that Marlow Zoo sold" ... "keeps 3,100 animals"
    kept = [w for w in words[:-1] if stems.stem(w) != verb]
    return " ".join([*kept, words[-1]])


_NEAR = 60  # figures either side that another telling under the same verb is looked for in


def _told_under(doc: Document, i: int, verb: str) -> bool:
    """Whether a figure of another sentence near figure i stands under a clause verb of
    stem verb ("Brackley Library holds 25,000 books" for "the books that Brackley
    Library holds"): the draft tells the thing under that verb as a clause too."""
    from factcheck.reference import metric as stems

    own = doc.contexts[i].sentence
    for k in range(max(0, i - _NEAR), min(len(doc.claims), i + _NEAR + 1)):
        at = doc.contexts[k].verb
        if at is None or doc.contexts[k].sentence == own:
            continue
        word = fig.WORDS.match(doc.text, at)
        if word is not None and stems.stem(word.group(0)) == verb:
            return True
    return False


def _narrowed_by_noun(metric: str, noun: str | None) -> str:
    """The metric with the words its figure's own noun writes before its head that the
    metric lacks ("The school's 240 infant pupils": the frame's measure "pupil", the noun
    "infant pupils", so "infant pupil"): a kind of the thing the noun names is another
    measure than the bare thing ("420 pupils"), whatever modifiers the parse kept.
    Words with a digit ("35,800-seat") are the figure's, not modifiers."""
    if noun is None:
        return metric
    words = noun.lower().replace("-", " ").split()[:-1]
    have = set(metric.split())
    extra = [w for w in words if w not in have and not any(ch.isdigit() for ch in w)]
    return " ".join([*extra, metric]) if extra else metric


def metric_of(doc: Document, i: int) -> str | None:
    """Figure i's measure's name for comparing (_metric: "home to 9,800 people" is the
    population), or None."""
    frame = doc.frames[i]
    if frame.measure is None:
        return None
    return _metric(frame.measure, doc.contexts[i].cues, frame.claim.noun)


def _names_head(noun: str, head: str) -> bool:
    """Whether a figure's own noun ("residents", "35,800-seat") is the head of its frame's
    measure ("resident", "seat") by its first letters (a plural or a lemma apart)."""
    own = noun.lower().replace("-", " ").split()[-1]
    n = max(3, min(len(own), len(head)) - 2)
    return own[:n] == head[:n]


def _level_role(frame: Frame) -> bool:
    """A level, or a dated total of one measure ("Friday's total of 211 mm" after "112 mm
    of rain on Friday"): a total stated for a period is the level of that period; an
    undated one may sum things the level does not ("a total of 340 members across its
    branches")."""
    return frame.role == "level" or (frame.role == "total" and frame.period is not None)


def _metric(measure: str, cues: tuple[str, ...], noun: str | None) -> str | None:
    """The measure's name for comparing: a stock metric's name ("home to ... people",
    "residents" and "population" are the population), else the measure as the frame
    gives it; None for a flow (refugees, deaths) or a vague measure ("people") whose
    clause's verb names nothing it counts (lexicon cues.tsv: "employs 12,000 people" are
    employees)."""
    stock = lexicon().stock_metrics
    if _FLOW & set(cues):
        return None
    noun_lemma = cue_lemma(noun or "")
    for cue in cues:
        row = stock.get(cue)
        if row is not None and (row[1] == "cue" or cue == noun_lemma):
            return row[0]
    words = measure.lower().replace("-", " ").split()
    if lexicon().frame_class(words[-1], "vague"):  # "400 people" and "600 people": two
        named = [c for c in cues if c != noun_lemma and c not in words  # groups, unless
                 and not lexicon().frame_class(c, "vague")]  # a verb names what they are
        return named[0] if named else None  # ("employs 12,000 people": employees)
    return next((stock[w][0] for w in words if w in stock), " ".join(words))
