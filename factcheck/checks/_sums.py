"""Sums of listed parts for FC207: the parts listed before a total ("120, 150 and 200
tonnes, a combined 520 tonnes"), added with their bands (factcheck.tolerance) as the list
grows, and the tests of what can be a term of a sum."""

from __future__ import annotations

import re
from itertools import pairwise

from factcheck import tolerance
from factcheck.checks import Document
from factcheck.checks._figures import WORDS
from factcheck.checks._figures import words as word_class
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Frame

DIGIT = re.compile(r"(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d")  # a number, not a year
OPEN_LIST = re.compile(r"[,;(—–]|\b(?:other|others|etc|rest|remainder|remaining)\b",
                       re.IGNORECASE)  # after a list: it may leave parts out

_TOTAL = re.compile(  # "a total of", "bringing the total to", "a combined workforce of"
    r"(?:\btotal(?:ling|ing|led|ed|s)?(?:\s+of)?|\btotal\s+(?:to|at)|\bcombined|"
    r"\b(?:al)?together|\bin\s+all|\bsum\s+of)"  # "together they bring in 85%"
    r"(?:\s+[a-z]+){0,3}?\s*,?\s*(?:of\s+|to\s+|at\s+|in\s+)?(?:some|about|nearly)?\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(  # "eleven in all", "30% in total", "£9m altogether"
    r"\s*(?:in\s+(?:all|total)|all\s+told|altogether)\b", re.IGNORECASE)
_RESULT = re.compile(  # "leaving bills", "taking prices up": a change that results
    r"\b(?:leav(?:ing|es)|bring(?:ing|s)|tak(?:ing|es)|put(?:ting|s))(?:\s+[a-z']+){0,3}\s+"
    r"(?:up\s+|down\s+)?$", re.IGNORECASE)
_TOTAL_WORDS = re.compile("total|combined|together|in all|sum")  # a cheap test before _TOTAL
_NOT_A_LIST = re.compile(  # "$4.2bn, with $2.1bn from cloud": a whole and its parts; not
    # a hyphenated word ("the runner-up and"); "against" compares ("£4bn against £3bn"),
    # but closes an item when the list goes on right after it ("260 for, 190 against and 12
    # spoiled": the item's label, the side of a vote)
    r"(?<![\w-])(?<!along )(?:with|including|includes|included|of\s+which|compared|"
    r"against(?!\s*(?:,|and\b))|than|"
    r"versus|vs|after|before|but|while|whereas|was|were|is|are|up|down|rose|fell)(?![\w-])",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\b(?:was|were|is|are)\b", re.IGNORECASE)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")  # the word a gap ends in, right before a figure
_ELIDED_NOT = re.compile(  # after a verb written once: a clause or comparison, no label
    r"(?<![\w-])(?:was|were|is|are|with|including|includes|of\s+which|compared|than|versus|"
    r"vs|but|while|whereas)(?![\w-])", re.IGNORECASE)
_OF_BACK = re.compile(r"\s+(?:out\s+)?of\s+([a-z]+)\b", re.IGNORECASE)  # "21 of them"
_JOIN = re.compile(r"^[^.;:()]{0,40}?(?:,|\band\b|\bplus\b)[^.;:()]{0,40}$", re.IGNORECASE)


def says_result(text: str, total: Claim) -> bool:
    """Whether a change in percent is the result of the changes before it: "rose 20% in
    April and 15% in October, leaving bills 38% higher" (a verb of result, up to three
    words before the figure)."""
    before = text[max(0, total.start - 40) : total.start]
    return percent_change(total) and _RESULT.search(before) is not None


def says_total(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return (_TOTAL_WORDS.search(before.lower()) is not None
            and _TOTAL.search(before) is not None)


def total_after(text: str, end: int) -> bool:
    """Whether the words right after a figure mark it as a total ("eleven in all")."""
    return _TOTAL_AFTER.match(text, end) is not None


class Parts:
    """The listed parts claims[first:end] of a sentence, added up as they are listed."""

    __slots__ = ("_factors", "_sums", "bad", "end", "first", "high", "low", "nouns", "rises",
                 "units", "value", "way")

    def __init__(self, first: int) -> None:
        self.first = self.end = first
        self.low = self.high = self.value = 0.0
        self.units: set[str] = set()
        self.nouns: set[str] = set()
        self.bad = False  # a part that cannot be added: a range, a bound, a multiplier
        self.rises = False  # a change in percent: compounded, only into such a change
        self.way = ""  # the direction of the changes that compound ("increase", "decrease")
        self._sums = (0.0, 0.0, 0.0)  # low, high, value added up
        self._factors = (1.0, 1.0, 1.0)  # low, high, value compounded

    def add(self, part: Claim, approx: float, role: str = "level") -> None:
        """Add a part; role is its frame's: changes of one quantity in percent compound
        ("rose 20% in April and a further 15% in October": 1.20 x 1.15, a 38% rise),
        rates and levels in percent add ("a 25% tariff and an additional 25%": 50%)."""
        low, high = tolerance.interval(part, approx)
        s_low, s_high, s_value = self._sums
        self._sums = (s_low + low, s_high + high, s_value + part.value)  # in order, as sum()
        way = part.change or self.way or "increase"  # "a further 15%" goes the same way
        sign = -1.0 if way == "decrease" else 1.0
        f_low, f_high, f_value = self._factors
        self._factors = (f_low * (1 + sign * low / 100), f_high * (1 + sign * high / 100),
                         f_value * (1 + sign * part.value / 100))
        if part.unit == "percent" and (part.change or role == "change"):
            self.bad = self.bad or (self.way not in ("", way))  # a rise then a fall: unsure
            self.rises, self.way = True, way
        self._total()
        if part.unit:
            self.units.add(base(part.unit))
        if part.noun:
            self.nouns.add(part.noun)
        self.bad = self.bad or cannot_add(part, rises=True)
        self.end += 1

    def _total(self) -> None:
        """The sum, or the compounded change when the parts are changes in percent."""
        if not self.rises:
            self.low, self.high, self.value = self._sums
            return
        sign = -1.0 if self.way == "decrease" else 1.0
        ends = sorted(sign * (f - 1) * 100 for f in self._factors[:2])
        self.low, self.high = ends
        self.value = sign * (self._factors[2] - 1) * 100


class Sentence:
    """A sentence's claims, and the lists of parts that end before each total.

    The parts before a total are the claims back to the first gap that is not a list
    separator (joins); that start is found once per claim, and the sums and units of
    the parts are kept as the list grows, so a long list with many totals (a sentence
    with no full stop) costs each claim once, not once per total after it.
    """

    __slots__ = ("_run", "_starts", "approx", "claims", "roles", "text")

    def __init__(self, text: str, claims: list[Claim], approx: float,
                 roles: list[str] | None = None) -> None:
        self.text, self.claims, self.approx = text, claims, approx
        self.roles = roles or ["level"] * len(claims)  # the claims' frame roles
        self._starts: list[int | None] = [None] * len(claims)  # where each one's list starts
        self._run = Parts(0)

    def parts(self, k: int, linked: bool = False) -> Parts | None:
        """The parts listed just before the total claims[k], or None if they are not a sum;
        linked: the total's frame names the parts, which may then count their own nouns
        ("14 primary schools and nine secondaries, 23 schools in all")."""
        first = self._list_start(k - 1)
        total = self.claims[k]
        other = [n for n in range(first, k) if other_kind(total, self.claims[n])]
        first = max([first, *(n + 1 for n in other)])  # "stayed four nights, spending £210
        # on rooms and £95 on food, a combined £390": the list starts after the nights
        lead = self.text[self.claims[k - 1].end : total.start]
        if k - first < 2 or len(lead) > 60 or (changes(lead) and not percent_change(total)):
            return None  # "..., and total sales rose to $6m": a later level, not the sum
        if self._run.first != first:
            self._run = Parts(first)
        while self._run.end < k:
            self._run.add(self.claims[self._run.end], self.approx, self.roles[self._run.end])
        run = self._run
        units = run.units | {base(total.unit)}
        nouns = run.nouns | ({total.noun} if total.noun else set())
        if len(units) != 1 or (len(nouns) > 1 and not linked) or run.bad:
            return None
        if run.rises and total.change not in (None, run.way):
            return None  # rises, then a total fall: not their sum
        if cannot_add(total, rises=run.rises and percent_change(total)):
            return None  # "a 3% rise plus 2%, a combined rise of 5%": changes add up
        return run

    def _list_start(self, j: int) -> int:
        """The first claim of the list that claims[j] ends: back while the gaps join."""
        path = []
        i = j
        while (found := self._starts[i]) is None:
            path.append(i)
            before = self.claims[i - 1].start if i else 0
            if (i == 0 or not joins(self.text[self.claims[i - 1].end : self.claims[i].start])
                    or says_total(self.text, before)
                    or restating(self.text[max(0, before - 12) : before])
                    or points_back(self.text, self.claims[i].end)):
                found = i  # a list starts after a gap that is no separator, or a total, or
                break  # a figure written definite ("Of the 30 staff, 20 ..."): one known,
                # or the whole a part points back to ("38 players, 21 of them local ...")
            i -= 1
        for p in path:
            self._starts[p] = found
        return found


def joins(gap: str) -> bool:
    """Does the gap between two claims join them into one list ("120, 150 and 200")?"""
    return _JOIN.match(gap) is not None and _NOT_A_LIST.search(gap) is None


def points_back(text: str, end: int) -> bool:
    """Whether the figure ending at end points back to the one before it ("21 of them",
    "40 of which", words.tsv class "back"): that one is its whole, no item of its list."""
    m = _OF_BACK.match(text, end)
    return m is not None and m.group(1).lower() in word_class("back")


def restating(gap: str) -> bool:
    """Whether the text before a figure ends in a word of class "definite" ("and those ",
    "bringing the "): the figure is one the reader knows, not "the remaining 40"."""
    last = _LAST_WORD.search(gap)
    return last is not None and last.group(1).lower() in word_class("definite")


def cannot_add(c: Claim, rises: bool = False) -> bool:
    """Whether a figure cannot be a term of a sum: a range, a bound, a multiplier, or a
    change in percent unless rises (a total that is itself such a change)."""
    return bool((percent_change(c) and not rises) or c.multiplier or c.high is not None
                or c.bound not in ("exact", "approx"))


def other_kind(total: Claim, part: Claim) -> bool:
    """Whether a part is a quantity of another kind than its total's: a count of things
    ("6.5 nights", "40 staff") beside a total in a unit ("€2.76bn", "500 tonnes"). Only a
    bare figure ("2,200 hectares of wheat, 1,100 of barley") borrows the total's unit."""
    return bool(total.unit) and part.unit == "" and part.noun is not None


def percent_change(c: Claim) -> bool:
    return bool(c.change and c.unit == "percent")


def changes(text: str) -> bool:
    verbs = lexicon().change_verbs
    return any(w.lower() in verbs for w in WORDS.findall(text))


def base(unit: str) -> str:
    return unit.split(" / ")[0]


def listed(doc: Document, figures: tuple[int, ...]) -> list[int]:
    """The figures listed one after another from figures[0]: joined by commas, "and" or
    "plus", each figure alone or in brackets after its label ("adult care (£21.2m), roads
    (£14.8m) and libraries (£6.9m)")."""
    parts = [figures[0]]
    for j in figures[1:]:
        gap = doc.text[doc.claims[parts[-1]].end : doc.claims[j].start].strip()
        if gap.startswith(")") and gap.endswith("("):
            gap = gap[1:-1]  # "), roads and transport (": the labels between brackets
        if not joins(gap) or restated(doc, j):
            break
        parts.append(j)
    return to_close(doc, parts)


def restated(doc: Document, j: int) -> bool:
    """Whether figure j restates one written before it in its sentence: a word of class
    "definite" right before it ("and those 9,000 visitors", "and all 60 buses", "bringing
    the £30,000 total": words.tsv) and the value and unit of an earlier figure. A figure
    the reader already knows is no new item of a list; "and the £100 deposit", a first
    mention, still is."""
    c = doc.claims[j]
    if not restating(doc.text[max(0, c.start - 12) : c.start]):
        return False
    sentence = doc.contexts[j].sentence
    return any(doc.claims[k].value == c.value and doc.claims[k].unit == c.unit
               for k in range(j - 1, -1, -1) if doc.contexts[k].sentence == sentence)


_CLOSING = re.compile(r"\b(?:and|plus)\s*$", re.IGNORECASE)


def to_close(doc: Document, parts: list[int]) -> list[int]:
    """The list up to the figure it closes with: the first whose conjunction ("and",
    "plus") stands right before it ("320 girls and 280 boys"). A list has one such
    conjunction, before its last item; a figure after it ("..., and 45 teachers") is
    coordinated with the whole list, another thing, not one more item."""
    for n in range(1, len(parts) - 1):
        gap = (doc.claims[parts[n - 1]].end, doc.claims[parts[n]].start)
        if _CLOSING.search(doc.text, *gap) is not None:
            return parts[: n + 1]
    return parts


def listed_once(doc: Document, figures: tuple[int, ...], least: int = 3) -> list[int]:
    """A list whose verb, a form of "be", is written once, after its first figure, and
    left out after the others ("803 were for the motion, 566 against and 61 spoiled"):
    the gap after the first joins it to the second but for the verb, and the figures
    after it are joined with labels and no verb of their own (two or more of them; one,
    with least=2, when the parse gives the last the first one's verb: "48,720: 30,915
    votes were cast in person and 18,705 by post"). Else the first figure alone."""
    if len(figures) < least or least < 2:
        return [figures[0]]
    def elided(a: int, b: int) -> bool:  # "566 against and": a label, no verb
        gap = doc.text[doc.claims[a].end : doc.claims[b].start]
        return (_JOIN.match(gap.strip()) is not None and _ELIDED_NOT.search(gap) is None
                and not changes(gap))

    gap = doc.text[doc.claims[figures[0]].end : doc.claims[figures[1]].start].strip()
    bare = _COPULA.sub(" ", _without_verb(doc, figures[0], figures[1]) or gap)
    if bare == gap or not joins(bare):
        return [figures[0]]
    parts = [figures[0], figures[1]]
    for j in figures[2:]:  # the loop stops at the first figure that is no item
        if not elided(parts[-1], j):
            break
        parts.append(j)
    if len(parts) == 2 and doc.contexts[parts[1]].verb != doc.contexts[parts[0]].verb:
        return [figures[0]]  # "30,915 were cast in person and 18,705 were rejected"
    return parts if len(parts) >= least else [figures[0]]


_COPULA_ITEM = re.compile(  # " were children, " / " were women and ": a copula, a label
    r"\s*(?:was|were|is|are)\s+([a-z-]+)\s*(?:,|\band\b|,\s*and\b)\s*$", re.IGNORECASE)
_COPULA_LABEL = re.compile(r"\s*(?:was|were|is|are)\s+([a-z-]+)", re.IGNORECASE)


def copula_labels(doc: Document, parts: list[int]) -> set[str]:
    """The label after the copula of each part of listed_with_copula ("women"), lower case,
    with its singular."""
    found = (_COPULA_LABEL.match(doc.text, doc.claims[i].end) for i in parts)
    words = {m.group(1).lower() for m in found if m}
    return words | {w.removesuffix("s") for w in words}


def listed_with_copula(doc: Document, figures: tuple[int, ...]) -> list[int]:
    """A list whose items each repeat one copula before a one-word label ("29 were
    children, 22 were women and 18 were men"), the last with it too; else the first
    figure alone. Whether such labels divide a whole is the caller's question (they may
    overlap: "29 were children and 40 were injured")."""
    parts = [figures[0]]
    for j in figures[1:]:
        if not _COPULA_ITEM.match(doc.text[doc.claims[parts[-1]].end : doc.claims[j].start]):
            break
        parts.append(j)
    last = doc.claims[parts[-1]].end
    return parts if len(parts) > 1 and _COPULA_LABEL.match(doc.text, last) else parts[:1]


def _without_verb(doc: Document, a: int, b: int) -> str | None:
    """The gap between figures a and b without a's clause verb when the parse puts it
    there ("41mm fell on Friday, 38mm on Saturday": the verb written once after the
    first part, whatever verb it is), else None."""
    verb, start, end = doc.contexts[a].verb, doc.claims[a].end, doc.claims[b].start
    if verb is None or not start <= verb < end:
        return None
    word = _WORD.match(doc.text, verb)
    stop = word.end() if word else verb
    return f"{doc.text[start:verb]} {doc.text[stop:end]}".strip()


_WORD = re.compile(r"[^\W\d_]+")


def unread(doc: Document, figures: list[int]) -> bool:
    """Whether a digit stands between the figures of a list that is no claim the extractor
    read ("12 members: Smith's faction 4, Jones's 5 and the independents 3", with "5"
    unread): the sum would leave a part out, so the check says nothing."""
    return any(DIGIT.search(doc.text, doc.claims[a].end, doc.claims[b].start)
               for a, b in pairwise(figures))


def addable(frame: Frame) -> bool:
    """A level that can be added; a duration too ("95 minutes in all: 40 minutes ...")."""
    return (frame.role in ("level", "duration") and not cannot_add(frame.claim)
            and not frame.claim.change)
