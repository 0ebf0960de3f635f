"""Shares under one verb written once, each saying what it goes to, for FC205: "The
trust's spending split 71% on staff, 23% on buildings and 22% on drugs" (read with
factcheck.checks._shares.gapped: one verb before the list, left out after the first)."""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon


def allotted(doc: Document, members: list[int]) -> bool:
    """Whether the shares under one verb written once each say what they go to, a
    preposition of allocation and a bare noun, each a different one ("split 71% on staff,
    23% on buildings and 22% on drugs"; "went 60% on wages, 30% on rent": words.tsv, class
    "category"), of a whole the frames name that is no rate or ratio ("21% on cards, 15%
    on loans" charged as interest: frames.tsv, classes "rate" and "metric"), each share
    or level by its frame (not "cut prices 60% on shoes, 50% on coats": rates)."""
    measure = doc.frames[members[0]].measure
    head = measure.split()[-1] if measure else ""
    if not head or any(lexicon().frame_class(head, k) for k in ("rate", "metric")):
        return False
    if any(doc.frames[i].role not in ("share", "level") for i in members):
        return False  # "cut prices 60% on shoes, 50% on coats": rates, each of its own
    nouns = [_allotted_to(doc, i) for i in members]
    return all(nouns) and len(set(nouns)) == len(nouns)


_ALLOTTED = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")


def _allotted_to(doc: Document, i: int) -> str:
    """The bare noun after a category preposition right after share i ("on staff" ->
    staff), or "" (a determiner or a name after it is a place: "61% on the west side")."""
    m = _ALLOTTED.match(doc.text, doc.claims[i].end)
    if m is None or m.group(1) not in fig.words("category"):
        return ""
    return "" if m.group(2) in fig.words("determiner") else m.group(2)


_LABEL = re.compile(r"\s+([A-Za-z][a-z-]*)\b")


def divided(doc: Document, members: list[int], verb: str) -> bool:
    """Whether the verb written once before the shares divides the whole (words.tsv,
    class "split": "split", "divided") and each share is followed straight away by a
    label of its own, a word that is no function word, determiner or preposition, each a
    different one ("Members split 52% for, 31% against and 22% undecided"; "The fund
    is split 41% equities, 27% bonds and 40% cash"): the labels name the parts of one
    whole. Not a share with a scope or whole of its own ("61% in the north": a
    preposition is no label, factcheck.checks._shares.gapped reads the rest), nor a
    change ("41% higher"), which the frames or the label rule out."""
    if verb not in fig.words("split"):
        return False
    skip = fig.words("function") | fig.words("determiner") | fig.words("category")
    if any(doc.frames[i].role not in ("share", "level") or doc.claims[i].change
           for i in members):
        return False
    labels = []
    for i in members:
        m = _LABEL.match(doc.text, doc.claims[i].end)
        label = m.group(1).lower() if m else ""
        if not label or label in skip or label in fig.QUALIFIERS:
            return False
        labels.append(label)
    return len(set(labels)) == len(labels)
