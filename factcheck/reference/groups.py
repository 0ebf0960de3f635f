"""A part of a people named in a figure's sentence: "Men in Kenya had a life expectancy of
63.6 years", "Among rural households, 41% ...". The frames take the place for the subject
("in Kenya") and the measure from the figure's phrase, so the group is lost, and a series
of the whole people (both sexes, all areas) would decide a figure of a part. The words
of lexicon metric_parts.txt that name a part of a people (not the per-head words) found
in the sentence join the measure: reference.metric.narrower then refuses a series that
does not name the part, and a series that does ("Female life expectancy", through
metric_synonyms.txt) is found. A sentence naming two parts ("men ... women") gives the
measure both, which no series names: unverifiable, not a guess. A figure per head of the
group ("Women in Peru had 2.2 children each": per woman) has the group for its base, not
its part."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from factcheck.model import Frame
from factcheck.reference.metric import part_stems, stem, words

_WORD = re.compile(r"[^\W\d_]+")
_PER = frozenset({"per", "capita"})


@cache
def _part_stems() -> frozenset[str]:
    """metric.part_stems less the per-head ones ("capita", "person" read as it)."""
    return part_stems() - words("capita person")


def with_group(frame: Frame, sentence: str) -> Frame:
    """The frame with the parts of a people its sentence names added to its measure."""
    if frame.measure is None or _PER & set(frame.measure.split()):
        return frame  # "Women in Peru had 2.2 children each": the women are the base
    named = words(frame.measure) | words(frame.subject or "")
    found = sorted({w.lower() for w in _WORD.findall(sentence)
                    if stem(w) in _part_stems() and stem(w) not in named})
    if not found:
        return frame
    return replace(frame, measure=" ".join([*found, frame.measure]))


def part_unnamed(measure: str, metric: str) -> str | None:
    """Why a share's measure, which names a part of a people (lexicon metric_parts.txt:
    "rural", "female", "youth"), is not what a row of the whole people holds, or None
    when the row's metric names every such part. A share's measure is read against the
    series' vocabulary (metric.names_other), which lets a measure holding every word of a
    series and more pass; a part of a people is never the whole: "85% of rural households
    had electricity" is not "Share of the population with access to electricity".

    >>> part_unnamed("rural electricity access population",
    ...              "Share of the population with access to electricity")[:46]
    'the claim measures a part of the people (rural'
    >>> part_unnamed("women seats parliament", "Share of women in parliament") is None
    True
    """
    missing = sorted((words(measure) & _part_stems()) - words(metric))
    if not missing:
        return None
    shown = [w for w in measure.split() if words(w) and words(w) <= set(missing)]
    return (f"the claim measures a part of the people ({', '.join(shown or missing)}), "
            f"which the row's {metric!r} is not of")
