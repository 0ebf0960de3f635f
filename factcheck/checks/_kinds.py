"""A whole and the kinds of its thing over a story, for FC204: whatever words tie them.

A writer names how many of a thing a subject has, then a kind of that thing, by a modifier
of the same head noun, in the same clause or a later sentence: "The ward has 36 nurses. ...
41 night nurses walked out"; "Brenton employs 2,150 staff. Its 2,600 care staff ..."; "The
orchard has 640 trees, and 700 apple trees line its edge". No connective is read: the
frames give both figures one measure (its head lemma), the claims' nouns give the kind
(the part's noun is the whole's with words before it; the whole's is the bare noun, a
figure about the whole subject). The kind is a part of the whole when nothing names
another holder or scope:

- the two figures share their unit, subject (or the kind names none) and period (a
  standing whole holds for a kind dated near the draft's date: factcheck.checks._story.
  holds_at); both are levels (the kind may be a part), not changes, ranges or
  multipliers; the measure names one thing (not "people": lexicon frames.tsv "vague");
- the whole has no scope of its own after it ("900 nurses in Leeds": factcheck.checks.
  _figures.QUALIFIERS), and the kind's modifier is no word of amount or time (frames
  nouns.SKIP_ADJ and story.tsv class "not_kind": "new", "former", "extra" members are no
  kind of the members there are);
- the kind's clause names no other holder: no possessor the whole's sentence lacks
  (factcheck.checks._possessives.other_owner), no noun after "the"/"a" or name before it that
  the whole's sentence lacks ("The hospital has 410 night nurses" after "The ward has 36
  nurses"), none after a scope word after it ("... work at the hospital"); days, months
  and other words of time are no holders; no verb of change before it ("rose to").

The kind is looked for in the whole's paragraph, at most BACK sentences after it; the
nearest fitting whole before a kind is its whole, and another bare figure of the measure
between them (a second whole, of another time or holder) leaves the kind unread.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from factcheck.checks import Document, _possessives
from factcheck.checks import _figures as fig
from factcheck.checks._story import (
    clause_end,
    holds_at,
    paragraph_break,
    sentence_index,
    story_words,
)
from factcheck.frames.nouns import SKIP_ADJ
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Frame

BACK = 4  # sentences after the whole's that a kind of its thing is looked for in
_NAMED = re.compile(r"\b(?i:the|a|an)\s+([a-z][\w-]*)|\b([A-Z][a-z][\w-]*)")
_POSSESSED = re.compile(r"(?:\b(?:its|their|his|her|our)|\w['’]s)\s+$", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]|\b(?:and|but|while|whereas)\b", re.IGNORECASE)
_TIME = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(kind, whole) claim indices: each figure of a kind of a thing with the figure of the
    whole thing named before it."""
    for i, frame in enumerate(doc.frames):
        if not _is_kind(frame):
            continue
        j = _whole(doc, i)
        tie = None if j is None else _tie(doc, j, i)
        if j is not None and tie is not None and not _other_holder(doc, j, i, tie == "subject"):
            yield i, j


def _is_kind(frame: Frame) -> bool:
    """Whether a figure counts a kind of its measure's thing: a level or part whose noun
    is the measure's head with a modifier of kind before it ("night nurses")."""
    words = (frame.claim.noun or "").lower().replace("'s", "").split()
    if len(words) < 2 or not _addable(frame) or frame.role not in ("level", "part"):
        return False
    amounts = SKIP_ADJ | story_words("not_kind")
    return _head(frame) is not None and not any(
        w in amounts or not w.replace("-", "").isalpha() for w in words[:-1])


def _head(frame: Frame) -> str | None:
    """The head lemma of a figure's measure, when it names one thing and its noun ends in
    it ("nurse" for "night nurses"), else None."""
    if frame.measure is None:
        return None
    head = frame.measure.lower().split()[-1]
    noun = (frame.claim.noun or "").lower().split()[-1:]
    if not noun or lexicon().frame_class(head, "vague") or not noun[0].startswith(head[:-1]):
        return None
    return head


def _whole(doc: Document, i: int) -> int | None:
    """The nearest earlier bare figure of kind i's measure, unit, subject and period in
    its paragraph, at most BACK sentences before; None when another bare figure of that
    measure stands between or the nearest does not fit."""
    part = doc.frames[i]
    for j in range(i - 1, -1, -1):
        if sentence_index(doc, i) - sentence_index(doc, j) > BACK or paragraph_break(doc, j, i):
            return None
        whole = doc.frames[j]
        if whole.claim.unit != part.claim.unit or _head(whole) != _head(part):
            continue
        if len((whole.claim.noun or "").split()) != 1:
            continue  # another kind of the thing
        fits = (whole.role in ("level", "total") and _addable(whole)
                and part.subject in (None, whole.subject)
                and holds_at(whole.period, part.period, doc.as_of)
                and fig.word_after_whole(doc.text, whole, clause_end(doc, j)) not in fig.QUALIFIERS)
        return j if fits else None
    return None


def _tie(doc: Document, j: int, i: int) -> str | None:
    """How kind i is tied to the whole j's holder: "owned" when its frame makes it a part
    ("41 of its night nurses") or a possessive points back to a holder ("Its 2,600 care
    staff", "the zoo's 150 farm animals"), "subject" when the frames give both one named
    subject, else None (no tie: "24 football clubs applied to join it" are no members)."""
    if doc.frames[i].role == "part" or _POSSESSED.search(
            doc.text, max(0, doc.claims[i].start - 30), doc.claims[i].start):
        return "owned"
    subject = doc.frames[i].subject
    return "subject" if subject is not None and subject == doc.frames[j].subject else None


def _known(doc: Document, j: int) -> set[str]:
    """The words of the whole's sentence up to the end of its clause, lower case."""
    start = doc.contexts[j].sentence[0]
    return {w.lower() for w in fig.WORDS.findall(doc.text, start, clause_end(doc, j))}


def _other_holder(doc: Document, j: int, i: int, scope: bool) -> bool:
    """Whether kind i's clause names a holder the whole j's sentence does not, before it
    or (with scope, for a kind tied only by its subject) after a scope word after it: an
    owned kind's scope is inside its owner ("its 90 Dutch paintings hang in the east
    wing")."""
    if _possessives.other_owner(doc, j, i):
        return True
    known = _known(doc, j)
    start = doc.contexts[i].sentence[0]
    if doc.contexts[i].sentence == doc.contexts[j].sentence:
        start = doc.claims[j].end
    before = doc.text[start : doc.claims[i].start]
    marks = [m.end() for m in _CLAUSE.finditer(before)]
    words = [w.lower() for w in fig.WORDS.findall(before[marks[-1] if marks else 0 :])]
    if any(w in lexicon().change_verbs for w in words) or (words and words[-1] == "to"):
        return True  # "rose to 950 pupils": a level after a change
    after = doc.text[doc.claims[i].end : clause_end(doc, i)] if scope else ""
    scoped = [m for m in _NAMED.finditer(after)
              if m.start() > 0 and after[: m.start()].split()[-1:][0].lower() in fig.QUALIFIERS]
    return any(_new_name(m, known) for m in (*_NAMED.finditer(before), *scoped))


def _new_name(m: re.Match[str], known: set[str]) -> bool:
    word = (m.group(1) or m.group(2)).lower()
    return (word not in known and word not in _TIME and word not in lexicon().stopwords
            and not lexicon().frame_class(word, "when"))


def _addable(frame: Frame) -> bool:
    c: Claim = frame.claim
    return (not c.change and not c.multiplier and c.high is None and "percent" not in c.unit
            and c.bound not in ("under", "at_most"))
