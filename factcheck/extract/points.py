"""Bare "points" that are percentage points: a change or difference in points whose clause
gives a percentage level as its before, after or reference ("Turnout was 64.2%, up 5 points
from 61.1%", "the jobless rate rose 0.4 points to 5.1%", "Labour, on 41%, is 12 points
ahead"). Index points ("the Dow fell 300 points to 38,100"), a percent that restates the
points ("lost 41 points, or 0.5%"), scores ("won by 12 points") and basis points stay as
they are. The difference words are data: role margin in lexicon/context.tsv."""

from __future__ import annotations

import re
from dataclasses import replace

from factcheck.lexicon import Lexicon, lexicon
from factcheck.model import Claim

_POINTS = frozenset({"points", "point", "pts", "pt"})
# the words that tie a level to the change just before it: "to 5.1%", "from 61.1%", "at 38%"
_LEVEL_LINKS = frozenset({"from", "to", "at", "on"})
_MAX_AFTER_LINK = 2  # "to a record 41%", "to stand at 38%"
_MAX_GAP_WORDS = 4
_ARTICLES = frozenset({"a", "an"})
_MAX_WHOLE_WORDS = 4  # "of", then the whole a percentage level is of: "of the usual total"
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_NOT_LEVEL_GAP = re.compile(r"[.;!?()]|\bor\b|\band\b", re.IGNORECASE)


def percentage_points(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, with every change or difference in bare points beside a percentage level
    of the same clause read in percentage points (unit "percentage_point", no noun)."""
    lex = lexicon()
    out = list(claims)
    for k, c in enumerate(claims):
        if _bare_points(c) and _poll_margin(text, c, lex):
            out[k] = replace(c, unit="percentage_point", noun=None)
            continue
        if not _bare_points(c) or not (c.change or _margin(text, c, lex)):
            continue
        after = claims[k + 1] if k + 1 < len(claims) else None
        before = claims[k - 1] if k > 0 else None
        if (after is not None and _level_after(text, c, after, lex)) or (
                before is not None and _level_before(text, before, c, lex)):
            out[k] = replace(c, unit="percentage_point", noun=None)
    return out


def _bare_points(c: Claim) -> bool:
    return c.unit == "" and c.noun in _POINTS and not c.multiplier and c.high is None


def _percent_level(c: Claim) -> bool:
    """A percentage that is a level, not a change ("or 0.5%" restating a fall is one)."""
    return c.unit == "percent" and c.change is None and not c.multiplier


def _margin(text: str, c: Claim, lex: Lexicon) -> bool:
    """ "12 points ahead", "a lead of 12 points": the points are a difference."""
    after = _WORD.findall(text[c.end : c.end + 12].lower())
    before = _WORD.findall(text[max(0, c.start - 16) : c.start].lower())
    return bool(after and lex.has_role(after[0], "margin")) or (
        len(before) >= 2 and before[-1] == "of" and lex.has_role(before[-2], "margin"))


_MARGIN_REACH = 6  # words back to the margin word: "the party's lead has narrowed to 4 points"


def _poll_margin(text: str, c: Claim, lex: Lexicon) -> bool:
    """ "the lead has narrowed to 4 points, a poll of 2,000 adults found", "trails by 6
    points in the latest survey": a margin in points in a sentence about a poll (role poll
    in context.tsv) is in percentage points; "won by 12 points" (no poll) stays a score."""
    start = max(text.rfind(". ", 0, c.start), text.rfind("\n", 0, c.start)) + 1
    stop = text.find(". ", c.end)
    sentence = _WORD.findall(text[start : len(text) if stop < 0 else stop].lower())
    if not any(lex.has_role(w, "poll") for w in sentence):
        return False
    before = _WORD.findall(text[start : c.start].lower())[-_MARGIN_REACH:]
    return _margin(text, c, lex) or any(lex.has_role(w, "margin") for w in before)


def _level_after(text: str, c: Claim, level: Claim, lex: Lexicon) -> bool:
    """ "rose 0.4 points to 5.1%", "up 5 points from 61.1%", "down two points at 38%"."""
    gap = text[c.end : level.start]
    if not _percent_level(level) or _NOT_LEVEL_GAP.search(gap):
        return False
    words = _WORD.findall(gap.lower())
    links = [n for n, w in enumerate(words) if w in _LEVEL_LINKS]
    if not links or len(words) > _MAX_GAP_WORDS or len(words) - 1 - links[-1] > _MAX_AFTER_LINK:
        return False
    # "down two points on 38%" is a level; "rose 300 points on 0.5% inflation data" is
    # the cause: a percent that modifies a noun after it
    return words[links[-1]] != "on" or not _modifies_noun(text, level, lex)


def _modifies_noun(text: str, c: Claim, lex: Lexicon) -> bool:
    """Does a word that is no stopword follow the figure ("0.5% inflation", "2% GDP")?"""
    nxt = _NEXT_WORD.match(text, c.end)
    return nxt is not None and nxt.group(1).lower() not in lex.stopwords


def _level_before(text: str, level: Claim, c: Claim, lex: Lexicon) -> bool:
    """ "Turnout was 64.2%, up 5 points", "Support, at 38%, slipped two points", "Labour
    is on 41%, 12 points ahead", "fell to 38%, a drop of two points", "stood at 61% of
    capacity, up 9 points": the level (with the whole it is of), a comma and at most a verb
    of change or "a" change or margin noun "of"."""
    gap = text[level.end : c.start]
    if not _percent_level(level) or "," not in gap or _NOT_LEVEL_GAP.search(gap):
        return False
    whole, _, gap = gap.partition(",")  # "fell to 38% of capacity, down 21 points"
    of_whole = _WORD.findall(whole.lower())
    if of_whole and (of_whole[0] != "of" or len(of_whole) > _MAX_WHOLE_WORDS):
        return False
    words = _WORD.findall(gap.lower())
    if len(words) == 3 and words[0] in _ARTICLES and words[2] == "of":
        return words[1] in lex.change_nouns or lex.has_role(words[1], "margin")
    return len(words) <= 1 and all(
        w in lex.change_verbs or w in lex.change_adverbs for w in words)
