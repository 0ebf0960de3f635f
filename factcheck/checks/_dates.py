"""Starting years for FC206: "founded in 1961", "born in Hull in 1969", "since 1990",
read backwards from each year in the parts of the text the check reads (reach)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_MONTHS = "|".join(sorted(lexicon().with_role("month"), key=lambda w: (-len(w), w)))
_MONTH = rf"(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?"  # "March 3, ", "Sept. " (context.tsv)
YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?!\d)")  # after a start verb: "built in 1790" too
# the verbs that start a thing's life (words.tsv, class "founding": "built", "planted")
_FOUNDING = "|".join(sorted(fig.words("founding"), key=lambda w: (-len(w), w)))
_START = re.compile(  # read backwards from a year: cheaper than scanning for the verbs
    r"\b(?P<verb>" + _FOUNDING + r"|set\s+up|began|started|born|since|elected|appointed|"
    r"married|wed|joined|"
    r"last\s+[a-z]+(?:\s+[a-z]+){0,3}?)"
    # its object or role, two words at most: "opened its doors in 1961", "elected leader
    # in 2009", "launched its first route in"; not "passed away in 2019" (a death)
    r"(?:\s+(?:(?:its|his|her|their|the|a|an|as|to)\s+)?(?!away\b|in\b|at\b|on\b)[a-z]+"
    r"(?:\s+(?!in\b|at\b|on\b)[a-z]+)?)?"
    r"\s+(?:(?:in|at)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?,?\s+)?"
    # "in March 1990", "on 4 August 1999", "on August 4, 1999"
    r"(?:(?:in|on)\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH + r")?$",
    re.IGNORECASE,
)
_VERBS = ("set", "began", "start", "born", "since", "elect", "appoint", "last", "marri", "wed",
          "join", *sorted({w[:4] for w in fig.words("founding")}))  # a cheap test before _START
PRONOUN = re.compile(  # "It has fought ...", not "Its"; "At 41, he is ...", "Now 41, she"
    r"(?:(?:At|Now|Aged)\s+\d{1,3},\s+)?(?:It|He|She|They)\b(?!['’]s\b)", re.IGNORECASE)
# a surname a sentence opens with, as a person named again: "Keller, 31, now has ...",
# "Okafor is 52", "Okafor, now 52, ..."
OPENING_NAME = re.compile(r"\s*([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=,\s*(?:(?:now|aged)\s+)?\d{1,3},|"
                          r"\s+(?:is|was|has|had|now)\b)")
# a sentence that gives the birth of the person the one before named: "Born in Leeds in
# 1941, she ...", "She was born in 1941", "He had been born ..." (any chain of
# auxiliaries); not "Born in 1951, his father was ..."
_BIRTH_OPENS = re.compile(r"\s*(?:Born\b[^.;]{0,60}?,\s*(?:he|she|they)\b|"
                          r"(?:He|She|They)\s+(?:(?:was|were|had|has|have|been)\s+){1,3}"
                          r"born\b)")
BACK = 40  # characters before a year searched for its verb
START = _START  # for a start dated by a day ("began on 3 March": factcheck.checks._took)


def refers_back(text: str, start: int) -> bool:
    """Whether the sentence at start opens with a pronoun or a surname alone, so that a
    year in the sentence before may be its start."""
    return bool(PRONOUN.match(text, start) or OPENING_NAME.match(text, start))


@dataclass(frozen=True)
class Start:
    """A starting year; born: a birth ("born in 1969"); last: the last time something
    happened ("last won it in 2009"), from which a wait or a drought counts."""

    year: int
    born: bool
    text: str
    last: bool = False
    day: date | None = None  # the full date, when the phrase gives one ("born on 3 March 1990")


_PRONOUN_CLAUSE = re.compile(  # "; she was ", ", and it was ": a clause of the same subject
    r"[;,]\s*(?:and\s+)?(?:he|she|they|it)\s+(?:was|were|had\s+been)\s+$", re.IGNORECASE)


def pronoun_clause(text: str, lo: int, at: int) -> bool:
    """Whether the start phrase at `at` opens a clause of its own whose subject is a bare
    pronoun ("turns 50 next month; she was born in 1975", "marks its 40th anniversary;
    it was founded in 1985"), the clause boundary after lo: the pronoun takes the
    sentence's subject, so the start is that subject's."""
    return _PRONOUN_CLAUSE.search(text, max(lo, at - 24), at) is not None


def birth_after(text: str, end: int) -> tuple[int, int] | None:
    """The sentence after the one ending at end, if it opens with the birth of the person
    that one named ("... has died aged 79. She was born in Leeds in 1941"), else None."""
    nxt = following(text, end)
    return nxt if _BIRTH_OPENS.match(text, nxt[0]) else None


def last_after(text: str, end: int) -> tuple[int, int]:
    """The sentence after the one ending at end when it opens with a pronoun or a surname
    (refers_back), where a wait's last time may be told ("... ended a 25-year wait. They
    last won it in 2008"); else an empty span at end."""
    nxt = following(text, end)
    return nxt if refers_back(text, nxt[0]) else (end, end)


_IT_OPENS = re.compile(r"\s*It\b(?!['’]s)")  # "It opened in 1961", not "Its owner"
_PERSON_OPENS = re.compile(r"\s*(?:He|She|They|We|I)\b")


def its_start_after(text: str, end: int) -> tuple[int, int]:
    """The sentence after the one ending at end when it opens with "It", the thing the
    one before spoke of ("... has traded on Bell Street for 90 years. It opened in
    1961"); else an empty span at end."""
    nxt = following(text, end)
    if _PERSON_OPENS.match(text, previous(text, nxt[0])[0]):
        return end, end  # "She has taught there for 40 years. It was built in 1990": "It"
        # is a thing she is no part of
    return nxt if _IT_OPENS.match(text, nxt[0]) else (end, end)


def following(text: str, end: int) -> tuple[int, int]:
    """The span of the sentence after the one ending at end (to its full stop)."""
    start = end
    while start < len(text) and start - end < 400 and (text[start].isspace() or text[start]
                                                        in ".#"):
        start += 1
    stop = re.compile(r"\.(?:\s|$)").search(text, start, min(len(text), start + 400))
    return start, (stop.end() if stop else min(len(text), start + 400))


def reach(doc: Document, spans: list[int], ages: frozenset[int] = frozenset(),
          waits: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Where the years of the starts check() may read lie: merged, in order.

    check() reads the starts in the sentence of each span claim, or in the one before it
    after a pronoun or a surname (refers_back) or for a wait in waits (and for a wait the
    one after it, last_after; for another span the one after that opens with "It",
    its_start_after), or for an age in
    ages the birth in the one after it (birth_after). A start at offset p has its year within
    BACK characters after p, and the year's lookahead reads one character past it; reading
    only these parts of the text (once each) finds the same starts there as reading the
    whole text.
    """
    parts: set[tuple[int, int]] = set()
    for i in spans:
        sentence = doc.contexts[i].sentence
        parts.add(sentence)
        if refers_back(doc.text, sentence[0]) or i in waits:
            parts.add(previous(doc.text, sentence[0]))
        if i in waits:
            parts.add(last_after(doc.text, sentence[1]))
        elif i not in ages:
            parts.add(its_start_after(doc.text, sentence[1]))
        after = birth_after(doc.text, sentence[1]) if i in ages else None
        if after is not None:
            parts.add(after)
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(parts):
        hi = min(len(doc.text), hi + BACK + 5)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def all_starts(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, Start]]:
    """Every "founded in 1961" whose year lies in parts (see reach), with its offset."""
    found: list[tuple[int, Start]] = []
    for lo, hi in parts:
        for y in YEAR.finditer(text, lo, hi):
            if hi < len(text) and y.end() == hi:
                continue  # its lookahead could not see past hi: the whole text may disagree
            _add_start(text, y, found)
    return found


def _add_start(text: str, y: re.Match[str], found: list[tuple[int, Start]]) -> None:
    """Add the start whose year is y, if the words before y make it one."""
    if y.start() and text[y.start() - 1].isalnum():
        return
    window = text[max(0, y.start() - BACK) : y.start()].lower()
    if not any(verb in window for verb in _VERBS):
        return
    m = _START.search(text, max(0, y.start() - BACK), y.start())
    if m is not None:
        phrase = text[m.start() : y.end()]
        verb = m.group("verb").lower()
        found.append((m.start(), Start(int(y.group(0)), verb == "born", phrase,
                                       verb.startswith("last"), full_day(phrase))))


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTHS})\b"
                        rf"|\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)


def full_day(phrase: str) -> date | None:
    """The date a start phrase gives to the day ("born on 3 March 1990", "founded on
    August 4, 1999"), or None when it gives a month or a year only. Read by dateutil."""
    if _DAY_MONTH.search(phrase) is None:
        return None
    from dateutil import parser

    try:
        return parser.parse(phrase, fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def within(positions: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """The indices [lo, hi) of the starts (at positions, sorted) inside span."""
    lo = bisect.bisect_left(positions, span[0])
    return lo, bisect.bisect_left(positions, span[1], lo)


def previous(text: str, start: int) -> tuple[int, int]:
    """The span of the sentence before the one starting at start (to the last full stop)."""
    cut = max(text.rfind(".", max(0, start - 400), max(0, start - 2)),
              text.rfind("\n\n", max(0, start - 400), start))
    return (cut + 1 if cut >= 0 else max(0, start - 400)), start
