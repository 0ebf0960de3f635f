"""What ties a later figure to an earlier one for FC202's re-mentions
(factcheck.checks._mentions): the counted noun written beside another head, a subject
named in part, the years a phrase writes, the dated level a change reached, and a
figure of a thing the subject owns (FC202 stays silent on it, FC204 reads it as a part)."""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame
from factcheck.written_years import years_in

_TO = re.compile(r"\bto\s+(?:about\s+|some\s+|around\s+)?$", re.IGNORECASE)  # "rose to 860"
_POSSESSED = re.compile(  # "Its sixth form", "The club's youth team": a possessed noun
    # that the figure's clause is about: an apposition or "has", "with" after it
    r"\s*(?:its|their|(?:the\s+)?[a-z][\w-]*['’]s)\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"(?=\s*,|\s+(?:has|have|had|with)\b)", re.IGNORECASE)


def own_noun(frame: Frame) -> set[str]:
    """The counted noun written with a figure whose measure heads it by another word ("the
    tally of 13,950 votes": "votes"), as a name of what the figure counts."""
    noun = (frame.claim.noun or "").lower().split()
    words = (frame.measure or "").lower().replace("-", " ").split()
    if not noun or len(words) < 2 or noun[-1].rstrip("s") not in words[:-1]:
        return set()
    return {noun[-1]}


def same_name(a: str, b: str) -> bool:
    """Whether two subjects name one entity, one by part of the other's name ("Boateng" and
    "Councillor Ama Boateng", "Westfield" and "Westfield Town Council")."""
    words = [set(fig.WORDS.findall(x.lower())) for x in (a, b)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def years(text: str) -> set[str]:
    """The years written in a text ("2026")."""
    return set(years_in(text))


def reached(doc: Document, j: int) -> bool:
    """Whether figure j is the dated level a change reached ("burglaries fell to 1,240 in
    the year to September, down from 1,515"): the latest level the draft gives, which a
    later mention with no period of its own ("the county's 1,420 burglaries") restates.
    Not the level before the change."""
    frame = doc.frames[j]
    if frame.role != "level" or frame.period is None or frame.claim.change:
        return False
    if linked(doc, j, "after"):
        return True
    c = frame.claim
    lead = doc.text[max(doc.contexts[j].sentence[0], c.start - 30) : c.start]
    verbs = lexicon().change_verbs
    return _TO.search(lead) is not None and any(w.lower() in verbs for w in fig.WORDS.findall(lead))


def linked(doc: Document, j: int, relation: str) -> bool:
    """Whether a figure of j's sentence holds j as its relation ("before", "after")."""
    sentence = doc.contexts[j].sentence
    near = range(max(0, j - 8), min(len(doc.frames), j + 9))
    return any(doc.contexts[k].sentence == sentence and j in doc.frames[k].relations.get(
        relation, ()) for k in near)


def possessed_part(doc: Document, i: int, head: str) -> bool:
    """Whether figure i's sentence opens with a thing its subject owns that is not the
    figure's measure ("Its sixth form, with 380 pupils, ...", "The club's youth team has 40
    players"): the figure is that thing's, a part of the subject, not the subject's own."""
    start = doc.contexts[i].sentence[0]
    m = _POSSESSED.match(doc.text, start, doc.claims[i].start)
    if m is None:
        return False
    owned = {w.lower() for w in fig.WORDS.findall(m.group(1))}
    return not any(w.startswith(head[: max(3, len(head) - 1)]) for w in owned)
