"""Shares under one verb written once, each saying what it goes to, for FC205: "The
trust's spending split 71% on staff, 23% on buildings and 22% on drugs" (read with
factcheck.checks._shares.gapped: one verb before the list, left out after the first); and
shares listed under a verb of having ("Okafor had 41%, Lund 30% and Prys 18%": held)."""

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
    whole. A copula right before the first share says the same of its subject, the
    whole ("The crop was 71% apples, 24% pears and 15% plums"; "The fund is 41%
    equities, ..."; words.tsv, class "copula"). Not a share with a scope or whole of its
    own ("61% in the north": a preposition is no label, factcheck.checks._shares.gapped
    reads the rest), nor a change ("41% higher"), which the frames or the label rule out,
    nor labels after another verb ("the trees grew 44% apple, ..."). After a copula a
    label may be where each part comes from ("The intake was 62% from the city, 29%
    from the county and 24% from abroad": the first word after "from")."""
    copula = _copula_before(doc, members[0], verb)
    if verb not in fig.words("split") and not copula:
        return False
    skip = fig.words("function") | fig.words("determiner") | fig.words("category")
    roles = ("share", "level", "rate") if copula else ("share", "level")
    if any(doc.frames[i].role not in roles or doc.claims[i].change for i in members):
        return False  # after a copula, a label the parse took for a rate's measure
    labels = []
    for i in members:
        m = _LABEL.match(doc.text, doc.claims[i].end)
        label = m.group(1).lower() if m else ""
        if copula and label == "from":  # "was 62% from the city, 29% from abroad"
            label = _source(doc, i)
        if not label or label in skip or label in fig.QUALIFIERS:
            return False
        labels.append(label)
    return len(set(labels)) == len(labels)


def _copula_before(doc: Document, i: int, verb: str) -> bool:
    """Whether the clause verb of share i is a copula written right before it ("was 71%
    apples"), its subject the whole the labelled shares divide."""
    offset = doc.contexts[i].verb
    return (verb in fig.words("copula") and offset is not None
            and not doc.text[offset + len(verb) : doc.claims[i].start].strip())


def _source(doc: Document, i: int) -> str:
    """The first word after "from" right after share i that is no determiner ("from the
    city" -> city), or "" for none or a time ("45% from March", "from 2019": a month,
    context.tsv role "month", or a number is when, not where a part comes from)."""
    m = _FROM.match(doc.text, doc.claims[i].end)
    word = m.group(1).lower() if m else ""
    while word in fig.words("determiner") and m is not None:
        m = _NEXT.match(doc.text, m.end())
        word = m.group(1).lower() if m else ""
    if not word or word[0].isdigit() or word in lexicon().with_role("month"):
        return ""
    return word


_FROM = re.compile(r"\s+from\s+([\w'’-]+)", re.IGNORECASE)
_NEXT = re.compile(r"\s+([\w'’-]+)")


def held(doc: Document, members: list[int], said: str) -> bool:
    """Whether a verb of having (words.tsv, class "has") lists shares of one whole: at
    least three holders, each with a bare percentage ("Okafor had 41%, Lund 30%, Prys 18%
    and Vane 15%"), all but the largest fitting in one whole. A verb of having says less
    than one of winning: "Spain had 12%, Italy 9%" may be rates of each ("Turkey had 65%,
    Argentina 140% and Chile 4%": levels, not shares; "Italy had 75%, Greece 60% and Spain
    50%": two of them already pass 100%).
    Where only the largest may be wrong the list may be one whole written wrong; where
    the rest pass 100% too it is no whole (FC205 stays silent)."""
    if said not in fig.words("has") or len(members) < 3:
        return False
    values = sorted(doc.claims[i].value for i in members)
    return values[-1] <= 100 and sum(values[:-1]) <= 100
