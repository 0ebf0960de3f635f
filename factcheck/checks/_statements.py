"""Figures that are statements of their own, not terms of one sum or one level (FC202,
FC207): the guards that keep a check silent where the words say two things.

- One predicate repeated, a figure for each ("12 work nights and 30 work weekends"; "40
  speak Welsh and 25 speak Gaelic"; "300 were women and 120 were over 60"): each figure
  counts the holders of its own property, and the groups may overlap, so they are no
  parts of a whole unless a colon or a word of division says the list is complete.
- A figure the frames make a part of an earlier one ("27 goals ..., 22 of them in the
  league") is that figure's part, never the total of the figures before it.
- Two figures of one noun as the objects of two different verbs of one holder ("scored 78
  goals" ... "conceded 39 goals"; "imported 2m tonnes" ... "exported 3m tonnes"): the verb
  names what is counted, so the two are two measures (unsure, FC202 says nothing).
- A figure the words move out of or into a thing ("drew £2.1m from reserves", "paid £4m
  into the fund"): an amount moved, not the thing's level.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig

_WORD = re.compile(r"\s*([A-Za-z]+)")
_HAVE = frozenset({"has", "have", "had", "having"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)
_PREPOSITIONS = frozenset({"about", "by", "with", "via", "through", "into", "onto", "over",
                           "under", "without", "against", "toward", "towards", "near"})
_NO_PREDICATE = fig.QUALIFIERS | {"of", "the", "a", "an", "its", "their", "them", "and", "or",
                                  "to", "by", "per", "each", "more", "less", "fewer"}


def repeated_predicate(doc: Document, parts: list[int]) -> bool:
    """Whether each of a list's figures heads a clause of its own under one predicate
    written again for each: the clause verbs the parse gives (each with its own subject)
    are one word at two or more places, or each figure is followed at once by one word
    that is no scope word, article or joiner ("12 work nights and 30 work weekends"; not
    "18 in the league and 16 in the cup", where "in" opens a scope)."""
    if len(parts) < 2:
        return False
    verbs = [doc.contexts[i].verb for i in parts]
    if None not in verbs and len(set(verbs)) > 1:
        said = {_word_at(doc.text, v) for v in verbs if v is not None}
        if len(said) == 1:
            return True
    following = {_next_word(doc, i) for i in parts}
    word = following.pop() if len(following) == 1 else ""
    return bool(word) and word not in _NO_PREDICATE


def own_predicate(doc: Document, i: int) -> bool:
    """Whether a bare figure (no noun of its own) is followed at once by a word that is no
    scope word, article or joiner: the verb of a clause of its own ("..., and 450 work
    shifts"; "... and 400 are part-time"; not "and 520 in Ellis Bay", "five silver"),
    so that it states a property of its own, not one more part under a verb written once."""
    return doc.claims[i].noun is None and _next_word(doc, i) not in (
        "", *_NO_PREDICATE, *_PREPOSITIONS)  # "and 1,100 about parking": a label


def part_of_before(doc: Document, total: int, before: list[int]) -> bool:
    """Whether the frames make a figure a part of one of the figures before it ("scored 27
    goals ..., 22 of them in the league": 22 is a part of 27, not their total)."""
    return bool(set(doc.frames[total].relations.get("whole", ())) & set(before))


def _next_word(doc: Document, i: int) -> str:
    """The word right after figure i (only blanks between), lower case, or ""."""
    m = _WORD.match(doc.text, doc.claims[i].end, doc.contexts[i].sentence[1])
    return m.group(1).lower() if m else ""


def _word_at(text: str, at: int) -> str:
    m = _WORD.match(text, at)
    return m.group(1).lower() if m else ""


def other_holder(doc: Document, change: int, levels: tuple[int, int]) -> bool:
    """Whether a change is another holder's than its levels': the frames give it a named
    subject that neither level has while the levels share theirs ("prices in Leeds rose
    to £247,500 from £238,450, ahead of York's 3.1% rise"), or it is written as a thing of
    its own, a definite phrase with a scope after its noun that names nothing of the
    levels' measure or subject ("..., behind the 6.2% increase across the country";
    "outpacing the 5% growth for the league as a whole"): a change set beside the
    levels' for comparison, not made of them."""
    subject = doc.frames[change].subject
    held = {doc.frames[i].subject for i in levels}
    if subject is not None and len(held) == 1 and None not in held and subject not in held:
        return True
    c = doc.claims[change]
    scope = _SCOPE.match(doc.text, c.end, doc.contexts[change].sentence[1])
    if scope is None or not _DEFINITE.search(doc.text, max(0, c.start - 8), c.start):
        return False
    named = set()
    for i in levels:
        named |= set(fig.WORDS.findall(" ".join(filter(None, (
            doc.frames[i].measure, doc.frames[i].subject, doc.claims[i].noun))).lower()))
    words = {w.lower() for w in fig.WORDS.findall(scope.group(1))}
    return bool(words) and not {w.rstrip("s") for w in words} & {w.rstrip("s") for w in named}


_DEFINITE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_SCOPE = re.compile(  # " rise for Yorkshire and the Humber as a whole": the change's noun,
    # a scope word, and the scope up to the end of its phrase
    r"\s+[A-Za-z-]+\s+(?:" + "|".join(sorted(fig.QUALIFIERS)) + r")\s+([^,.;:()]+)",
    re.IGNORECASE)


def moved(doc: Document, i: int, head: str) -> bool:
    """Whether the head of figure i's measure is written after it only behind a word of
    motion (words.tsv, class "motion": "drew £2.1m from reserves", "put £4m into its
    rainy-day fund"): the figure is an amount moved out of or into the thing, not the
    thing's level."""
    c = doc.claims[i]
    stem = head[: max(3, len(head) - 1)].lower()
    words = [w.lower() for w in fig.WORDS.findall(
        doc.text, c.end, min(doc.contexts[i].sentence[1], c.end + 40))][:4]
    at = next((k for k, w in enumerate(words) if w.startswith(stem)), None)
    before = fig.WORDS.findall(doc.text, max(doc.contexts[i].sentence[0], c.start - 40),
                               c.start)
    if at is None or any(w.lower().startswith(stem) for w in before):
        return False
    return any(w in fig.words("motion") for w in words[:at])


def other_verbs(doc: Document, a: int, b: int) -> bool:
    """Whether two figures are the objects of two different verbs, each with a subject
    of its own ("Town scored 78 goals" ... "They conceded 39 goals"; "imported 2m tonnes"
    ... "exported 3m tonnes"): the verb names what is counted, so they may be two
    measures. Only counts of a noun of their own: an amount ("approved a £2.1bn scheme"
    ... "the scheme will cost £2.1m") is a level of the thing whatever the verb."""
    if doc.claims[a].noun is None or doc.claims[b].noun is None:
        return False
    verbs = [doc.contexts[k].verb for k in (a, b)]
    if any(v is None or v > doc.claims[k].start for v, k in zip(verbs, (a, b), strict=True)):
        return False
    said = [_word_at(doc.text, v) for v in verbs if v is not None]
    return len({_stem(w) for w in said}) == 2


def _stem(verb: str) -> str:
    for end in ("ing", "ied", "ed", "es", "s", "e"):
        if verb.endswith(end) and len(verb) - len(end) >= 3:
            return verb[: -len(end)]
    return verb


def acted(doc: Document, a: int, b: int) -> bool:
    """Whether later count b (a figure of a noun of its own) is the subject of a verb of
    action that earlier figure a's clause does not use ("The unit has 28 midwives" ...
    "34 midwives have signed a letter"; "employs 900 staff" ... "400 staff walked out"):
    those who did a thing, a group the verb defines, not the holder's level, so FC202
    says nothing. A copula or "have" (words.tsv, class "copula"; "has", "have", "had")
    names no act, nor a passive ("were stretched")."""
    verb = doc.contexts[b].verb
    if doc.claims[b].noun is None or verb is None or verb < doc.claims[b].end:
        return False
    said = _word_at(doc.text, verb)
    between = [w.lower() for w in _WORDS.findall(doc.text, doc.claims[b].end, verb)]
    if said in fig.words("copula") or said in _HAVE or _BE & set(between[-2:]):
        return False  # "the force's 1,580 officers were stretched": a passive, no act
    other = doc.contexts[a].verb
    return other is None or _stem(_word_at(doc.text, other)) != _stem(said)
