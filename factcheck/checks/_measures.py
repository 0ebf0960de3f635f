"""One reading of "the same measure" for every internal check.

Two figures measure the same thing when the words that name their measures meet after
the project's own readings of a word, whatever form the writer chose:

- the head of the frame's measure, its last word that is not generic in metric names
  ("sinking toll" -> "toll", "jobless rate" -> "jobless"), and the figure's own noun
  ("35,800-seat" -> "seat"), less the words too vague to name one thing (lexicon
  frames.tsv, class "vague": "people", "cases"); the metric cues read beside the
  figure (cues.tsv, their lemmas: "died", "killed" -> "death") all when nothing else
  names the measure ("37 people died"), else those of a re-mention group ("19 miners
  were killed": the deaths);
- each word as its Snowball stem and synonym group (factcheck.reference.metric.stem,
  metric_synonyms.txt: "jobless" is "unemployment", "deaths" is "died");
- each word's group of words that name one measure in a re-mention (words.tsv, class
  "same:GROUP": "toll" and "deaths", "salary" and "pay", "holds" and "seats");
- the verb just before a figure when it is such a word ("holds 32,500 fans": a capacity).

Shapes: terms are frozensets of stems and "same:GROUP" names; nothing raises. Modifiers
before the head are not read: "school budget" and "school pupils" do not meet
on "school". The unit is compared apart: both figures in one unit (a plain count is
unit "").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame


@cache
def _groups() -> dict[str, str]:
    """Word -> its "same:GROUP" class of words.tsv."""
    return {w: kind for kind in fig.kinds("same:") for w in fig.words(kind)}


@cache
def term(word: str) -> frozenset[str]:
    """What one word names as a measure: its stem (through its synonym group), the stem of
    its cue lemma, and its re-mention group; empty for a vague word.

    >>> term("died") & term("toll") != set(), term("jobless") == term("unemployment")
    (True, True)
    """
    from factcheck.reference import metric  # not at import: `factcheck rule` loads no tables

    word = word.lower()
    if not word or lexicon().frame_class(word, "vague"):
        return frozenset()
    out = {metric.stem(word)}
    lemma = lexicon().cues.get(word)
    if lemma and not lexicon().frame_class(lemma, "vague"):
        out.add(metric.stem(lemma))
    group = _groups().get(word) or _groups().get(word.rstrip("s"))
    if group:
        out.add(group)
    return frozenset(out)


def terms(measure: str | None, noun: str | None = None,
          cues: Iterable[str] = ()) -> frozenset[str]:
    """The terms naming a measure: of its head word and the figure's noun, with those of a
    cue word read beside it that is in a re-mention group ("killed"); all the cue words'
    when the head and noun are vague or absent ("37 people died")."""
    head = _head(measure)
    out: set[str] = set()
    for word in [*head, *(noun or "").lower().split()[-1:]]:
        out |= term(word)
    told = [term(word) for word in cues]
    if not out:  # "37 people died": a vague noun, named by its cue
        return frozenset().union(*told)
    # "19 miners were killed": the victims counted, the measure their deaths
    return frozenset(out.union(*(t for t in told if any(g.startswith("same:") for g in t))))


def _head(measure: str | None) -> list[str]:
    """The word naming a measure: its last that is not a generic word of metric names
    ("jobless rate" -> "jobless", "death toll" -> "toll"), else its last."""
    from factcheck.reference import metric

    words = (measure or "").lower().replace("-", " ").split()
    named = [w for w in words if w not in metric.STOPWORDS | metric.GENERIC]
    return (named or words)[-1:]


def of_figure(doc: Document, i: int) -> frozenset[str]:
    """The terms of figure i's measure, with the verb just before it when that verb names a
    measure ("holds 32,500 fans", "earns £48,000")."""
    frame, ctx = doc.frames[i], doc.contexts[i]
    before = fig.WORDS.findall(doc.text, max(ctx.sentence[0], frame.claim.start - 20),
                           frame.claim.start)[-1:]
    verb = [w for w in before if w.lower() in _groups()]
    return terms(frame.measure, frame.claim.noun, ctx.cues) | terms(None, None, verb)


def meet(a: Frame, b: Frame) -> bool:
    """Whether two frames' measures name one measure by the terms above."""
    return bool(terms(a.measure, a.claim.noun) & terms(b.measure, b.claim.noun))


def same(a: str | None, b: str | None) -> bool:
    """Whether two measures as the frames write them ("jobless rate", "unemployment") name
    one measure by the terms above; False when either is None."""
    return a is not None and b is not None and bool(terms(a) & terms(b))
