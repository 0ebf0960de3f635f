"""A group named whole, then a count of its members, for FC204: "The club's 420 members
voted on Saturday, and 480 members backed it"; "The choir's 42 members met on Tuesday, and
57 voted for her".

A count written as a thing the draft owns or names in full ("the club's 420 members", "its
62 musicians", "all 42 members") is the whole group for its period. A later count in its
sentence that opens a clause of its own (after "and", "but", "while" or a comma, before its
clause's verb, which is not the whole's: the frames' context) and counts the same thing
(the same noun, or none written, which the extractor or the frame lends from the
whole) is a part of
that group. Not read: a count that is its verb's object ("met 480 members"), that a word
marks as another group ("480 new members", "the other 40": words.tsv, class "another"),
that names a whole or scope of its own ("480 members of the union", "75 in the chorus"),
whose clause points back to the whole group ("and 400 staff joined them": another group),
or that holds for another period ("... and 480 members voted in 2019").

Also "N of the GROUP" after a count the group holds ("The squad has 25 players, and 28
of the squad ..."): group_pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _wholes
from factcheck.checks import _figures as fig

_OWNED = re.compile(r"(?:\b[a-z][\w-]*['’]s|\b(?:its|their|his|her|our|all))\s+$", re.IGNORECASE)
_OPENS = re.compile(r"(?:[,;]|\b(?:and|but|while|whereas|yet))\s+$", re.IGNORECASE)
_OF_GROUP = re.compile(r"\s+(?:out\s+)?of\s+(?:the|its|their|this|that)\s+([a-z]+)\b(?!['’])",
                       re.IGNORECASE)
_GROUP_PRONOUNS = frozenset({"them", "they", "those", "these"})
_AFTER = re.compile(r"\s*([a-z]+)?", re.IGNORECASE)


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) indices into doc.claims."""
    for group in doc.groups:
        for n, j in enumerate(group):
            if not _whole(doc, j):
                continue
            for i in group[n + 1 :]:
                if doc.claims[i].unit != "":
                    continue
                if _member(doc, j, i):
                    yield i, j
                break  # only the next count can count the group's members


def _whole(doc: Document, j: int) -> bool:
    """Whether claim j is a whole group: a plain count with a noun, owned or named in full."""
    c, frame = doc.claims[j], doc.frames[j]
    if c.unit or c.noun is None or frame.role != "level" or c.change or c.high is not None:
        return False
    lead = doc.text[max(doc.contexts[j].sentence[0], c.start - 30) : c.start]
    return _OWNED.search(lead) is not None


def _member(doc: Document, j: int, i: int) -> bool:
    """Whether count i, later in whole j's sentence, counts members of j's group."""
    whole, part = doc.claims[j], doc.claims[i]
    if part.change or not _wholes.same_thing(whole, part):
        return False
    if part.noun is None and doc.frames[i].measure != doc.frames[j].measure:
        return False  # a bare count counts the whole's thing when its frame says so
    start = doc.contexts[i].sentence[0]
    lead = doc.text[max(start, part.start - 12) : part.start]
    if not _OPENS.search(lead) or part.bound in ("over", "at_least"):
        return False
    verb, whole_verb = doc.contexts[i].verb, doc.contexts[j].verb
    if verb is None or verb < part.end or verb == whole_verb:
        return False  # "met 480 members": an object, not a clause's subject
    end = min([doc.contexts[i].sentence[1], *(c.start for c in doc.claims[i + 1 : i + 2])])
    if any(w.lower() in _GROUP_PRONOUNS for w in fig.WORDS.findall(doc.text, part.end, end)):
        return False  # "and 400 staff joined them": the whole group is the clause's object
    period = doc.frames[i].period
    if period is not None and period != doc.frames[j].period:
        return False
    return not _other_group(doc, i)


def _other_group(doc: Document, i: int) -> bool:
    """Whether the count names a group of its own: "new", "other" before its noun, or a
    scope or whole after it ("of the union", "in the chorus")."""
    c = doc.claims[i]
    noun_words = [w for w in fig.WORDS.findall(doc.text, c.start, c.end) if not w.isdigit()]
    if any(w.lower() in fig.words("another") or w.lower() == "new" for w in noun_words):
        return True
    after = _AFTER.match(doc.text, c.end)
    word = (after.group(1) or "").lower() if after else ""
    return word in fig.QUALIFIERS | fig.words("scope") | fig.words("another") | {
        "of", "more", "fewer", "new"}


def group_pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) for "N of the GROUP" after a count that the group holds: "The squad
    has 25 players, and 28 of the squad came through its academy"; the whole is the one
    earlier plain count in the part's sentence (else in the sentence before), and the
    group's noun is written in the words just before that count (its clause's subject or
    possessor: "the squad has", "the squad's"). Not "28 of the squad's fans" (another
    thing the group owns)."""
    for i, c in enumerate(doc.claims):
        m = _OF_GROUP.match(doc.text, c.end) if c.unit == "" else None
        if m is None or c.change or c.high is not None:
            continue
        head = (doc.frames[i].measure or "").split()[-1:]
        if not head or not m.group(1).lower().startswith(head[0]):
            continue  # "15 of the city parks": the group's word is no head of the phrase
        found = [j for j in _wholes.candidates(doc, i) if doc.claims[j].unit == ""]
        if not found:
            found = [j for j in _wholes.sentence_before(doc, i) if doc.claims[j].unit == ""]
        if len(found) != 1 or doc.frames[found[0]].role != "level":
            continue
        j = found[0]
        w = doc.claims[j]
        if fig.word_after_whole(doc.text, doc.frames[j], doc.contexts[j].sentence[1]) in (
                fig.QUALIFIERS):
            continue  # "The team has 11 players on the pitch": a scope, not the group
        lead = doc.text[max(doc.contexts[j].sentence[0], w.start - 30) : w.start]
        next_word = _AFTER.match(doc.text, m.end())
        scoped = next_word is not None and (next_word.group(1) or "").lower() in fig.QUALIFIERS
        if m.group(1).lower() in {x.lower() for x in fig.WORDS.findall(lead)} or (
                not scoped and doc.contexts[j].sentence == doc.contexts[i].sentence
                and _agents(doc, j, m.group(1))):
            yield i, j


def _agents(doc: Document, j: int, group: str) -> bool:
    """Whether the group's word names the doers of the verb right after count j, or the
    count's own noun ("Some 9,000 people voted ..., and 16,000 of the voters"; "1,200
    members voted, and 1,500 of the members"): the verb's stem, its first four letters
    and at least four, begins the group's word. Read in one sentence only, and not for a
    group with a scope of its own ("16,000 of the voters in the region": the region's, not
    those who voted)."""
    w = doc.claims[j]
    group = group.lower()
    words = [x.lower() for x in fig.WORDS.findall(doc.text, w.end, doc.contexts[j].sentence[1])]
    verb = words[:1] if w.noun else words[1:2]  # "9,000 people voted": "voted"
    own = (w.noun or "").lower().split()[-1:]
    return any(len(x) >= 4 and group[:4] == x[:4] and group.startswith(x.rstrip("ed")[:4])
               for x in verb) or own == [group]
