"""FC207 sum-mismatch: stated parts do not add up to the stated total.

What it does:
    Reads a total ("a total of", "bringing the total to", "a combined", "in all")
    and the list of parts just before it in the same sentence: figures of the same
    unit joined by commas, "and" or "plus" ("120, 150 and 200 tonnes a day, a combined
    520 tonnes"; "a 25% tariff and an additional 25%, bringing the total to 60%"); a
    list starts after an earlier total ("..., a total of 90 tonnes, and 30 tonnes in
    July, bringing the total to 120 tonnes" adds 30 to nothing and stays silent).

    It also reads a total stated first and broken down after a colon or in brackets
    ("spent £64,000: £40,000 on roads and £30,000 on parks"; "19 medals (six gold,
    seven silver and four bronze)"): a figure whose frame is a level or a change ("lost
    1,300 jobs (600 in retail, ...)"), then a list of two
    or more levels of the same unit, subject and period, joined as above (the parts may
    count their own nouns), when nothing after the last part opens the list ("...,
    among other things", "and others"). Not read: parts over several sentences ("The remaining 40"),
    and "including" or "of which" lists, which need not be complete.

    It fires when the parts' sum, with each figure's band (factcheck.tolerance: half a
    unit of its last digit, at most 5%; a plain count without trailing zeros is exact,
    so six + seven + four is not 19), cannot reach the total. Approximate figures allow
    10%. A list of more than six
    parts is written by its first three and last two.

Why it matters:
    A total that is not the sum of its parts means a part or the total was changed
    or mistyped; the reader can add it up.

Example:
    "a 25% tariff and an additional 25%, bringing the total to 60%" -> 25% + 25% =
    50%, not 60%; suggestion "50%".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding, Frame, Severity

CODE = "FC207"
NAME = "sum-mismatch"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 60%.",
     True),
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 50%.",
     False),
    ("The plants make 120, 150 and 200 tonnes a day, a combined 520 tonnes.", True),
    ("The plants make 120, 150 and 250 tonnes a day, a combined 520 tonnes.", False),
)
_TOTAL = re.compile(  # "a total of", "bringing the total to", "a combined workforce of"
    r"(?:\btotal(?:ling|ing|led|ed|s)?(?:\s+of)?|\btotal\s+(?:to|at)|\bcombined|"
    r"\baltogether|\bin\s+all|\bsum\s+of)"
    r"(?:\s+[a-z]+){0,2}?\s*(?:of\s+|to\s+|at\s+)?(?:some|about|nearly)?\s*$",
    re.IGNORECASE,
)
_TOTAL_WORDS = re.compile("total|combined|altogether|in all|sum")  # a cheap test before _TOTAL
_NOT_A_LIST = re.compile(  # "$4.2bn, with $2.1bn from cloud": a whole and its parts
    r"\b(?:with|including|includes|included|of\s+which|compared|against|than|versus|vs|"
    r"after|before|but|while|whereas|was|were|is|are|up|down|rose|fell)\b",
    re.IGNORECASE,
)
_JOIN = re.compile(r"^[^.;:()]{0,40}?(?:,|\band\b|\bplus\b)[^.;:()]{0,40}$", re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z]+")
_OPEN_LIST = re.compile(r"[,;(—–]|\b(?:other|others|etc|rest|remainder|remaining)\b",
                        re.IGNORECASE)
_BREAKDOWN = re.compile(r"[^.;:()\d]{0,40}(?::|\()[^.;:()\d]{0,20}")  # "19 medals: ", " ("
ID = fig.CheckId(CODE, NAME, SEVERITY)
_SHOWN = 6  # parts a message writes out; a longer list shows its first three and last two


def check(doc: Document) -> Iterator[Finding]:
    yield from _totals_after_parts(doc)
    yield from _breakdowns(doc)


def _totals_after_parts(doc: Document) -> Iterator[Finding]:
    approx = doc.config.approx_tolerance
    for group in doc.groups:
        if len(group) < 3:
            continue  # a total and at least two parts before it
        claims = [doc.claims[i] for i in group]
        sentence: _Sentence | None = None  # made at the first total: most sentences have none
        for k, total in enumerate(claims):
            if k < 2 or not _says_total(doc.text, total.start):
                continue
            sentence = sentence or _Sentence(doc.text, claims, approx)
            parts = sentence.parts(k)
            if parts is None:
                continue
            low, high = parts.low, parts.high
            t_low, t_high = tolerance.interval(total, approx)
            if high < t_low or low > t_high:
                yield _finding(claims, parts, total)


def _breakdowns(doc: Document) -> Iterator[Finding]:
    """A total stated first and broken down after a colon or in brackets ("spent £64,000:
    £40,000 on roads and £30,000 on parks"; "19 medals (six gold, seven silver and four
    bronze)"): a level, then a list of two or more levels of its unit, subject and period."""
    approx = doc.config.approx_tolerance
    for group in doc.groups:
        for k in range(len(group) - 2):
            total, parts = group[k], _listed_after(doc, group, k)
            if len(parts) < 2:
                continue
            claims = [doc.claims[i] for i in parts]
            low = sum(tolerance.interval(c, approx)[0] for c in claims)
            high = sum(tolerance.interval(c, approx)[1] for c in claims)
            t_low, t_high = tolerance.interval(doc.claims[total], approx)
            if high < t_low or low > t_high:
                run = _Parts(0)
                for c in claims:
                    run.add(c, approx)
                run.end = len(claims)
                yield _finding(claims, run, doc.claims[total])


def _listed_after(doc: Document, group: tuple[int, ...], k: int) -> list[int]:
    """The levels listed after group[k] behind a colon or a bracket, if they all share
    its unit, subject and period and can be added."""
    head = doc.frames[group[k]]
    first = doc.claims[group[k + 1]]
    if not _BREAKDOWN.fullmatch(doc.text, head.claim.end, first.start):
        return []
    if not (_level(head) or (head.role == "change" and not _cannot_add(head.claim))):
        return []  # "lost 1,300 jobs (600 in retail, ...)": a change broken down
    parts = [group[k + 1]]
    for j in group[k + 2 :]:
        if not _joins(doc.text[doc.claims[parts[-1]].end : doc.claims[j].start]):
            break
        parts.append(j)
    end = doc.contexts[parts[-1]].sentence[1]
    if _OPEN_LIST.search(doc.text, doc.claims[parts[-1]].end, end):
        return []  # "..., among other things": the list need not be complete
    for i in parts:
        frame = doc.frames[i]
        period = frame.period or head.period  # a part that states no period has the total's
        if not (_level(frame) and frame.claim.unit == head.claim.unit
                and frame.subject == head.subject and period == head.period):
            return []
    return parts


def _level(frame: Frame) -> bool:
    return frame.role == "level" and not _cannot_add(frame.claim) and not frame.claim.change


def _says_total(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    return (_TOTAL_WORDS.search(before.lower()) is not None
            and _TOTAL.search(before) is not None)


class _Parts:
    """The listed parts claims[first:end] of a sentence, added up as they are listed."""

    __slots__ = ("bad", "end", "first", "high", "low", "nouns", "units", "value")

    def __init__(self, first: int) -> None:
        self.first = self.end = first
        self.low = self.high = self.value = 0.0
        self.units: set[str] = set()
        self.nouns: set[str] = set()
        self.bad = False  # a part that cannot be added: a change in percent, a range ...

    def add(self, part: Claim, approx: float) -> None:
        low, high = tolerance.interval(part, approx)
        self.low, self.high = self.low + low, self.high + high  # in order, as sum() would
        self.value += part.value
        if part.unit:
            self.units.add(_base(part.unit))
        if part.noun:
            self.nouns.add(part.noun)
        self.bad = self.bad or _cannot_add(part)
        self.end += 1


class _Sentence:
    """A sentence's claims, and the lists of parts that end before each total.

    The parts before a total are the claims back to the first gap that is not a list
    separator (_joins); that start is found once per claim, and the sums and units of
    the parts are kept as the list grows, so a long list with many totals (a sentence
    with no full stop) costs each claim once, not once per total after it.
    """

    __slots__ = ("_run", "_starts", "approx", "claims", "text")

    def __init__(self, text: str, claims: list[Claim], approx: float) -> None:
        self.text, self.claims, self.approx = text, claims, approx
        self._starts: list[int | None] = [None] * len(claims)  # where each one's list starts
        self._run = _Parts(0)

    def parts(self, k: int) -> _Parts | None:
        """The parts listed just before the total claims[k], or None if they are not a sum."""
        first = self._list_start(k - 1)
        total = self.claims[k]
        lead = self.text[self.claims[k - 1].end : total.start]
        if k - first < 2 or len(lead) > 60 or _changes(lead):
            return None  # "..., and total sales rose to $6m": a later level, not the sum
        if self._run.first != first:
            self._run = _Parts(first)
        while self._run.end < k:
            self._run.add(self.claims[self._run.end], self.approx)
        run = self._run
        units = run.units | {_base(total.unit)}
        nouns = run.nouns | ({total.noun} if total.noun else set())
        if len(units) != 1 or len(nouns) > 1 or run.bad or _cannot_add(total):
            return None
        return run

    def _list_start(self, j: int) -> int:
        """The first claim of the list that claims[j] ends: back while the gaps join."""
        path = []
        i = j
        while (found := self._starts[i]) is None:
            path.append(i)
            if (i == 0 or not _joins(self.text[self.claims[i - 1].end : self.claims[i].start])
                    or _says_total(self.text, self.claims[i - 1].start)):
                found = i  # a list starts after a gap that is no separator, or a total
                break
            i -= 1
        for p in path:
            self._starts[p] = found
        return found


def _joins(gap: str) -> bool:
    """Does the gap between two claims join them into one list ("120, 150 and 200")?"""
    return _JOIN.match(gap) is not None and _NOT_A_LIST.search(gap) is None


def _cannot_add(c: Claim) -> bool:
    return bool((c.change and c.unit == "percent") or c.multiplier or c.high is not None
                or c.bound not in ("exact", "approx"))


def _changes(text: str) -> bool:
    verbs = lexicon().change_verbs
    return any(w.lower() in verbs for w in _WORDS.findall(text))


def _base(unit: str) -> str:
    return unit.split(" / ")[0]


def _finding(claims: list[Claim], parts: _Parts, total: Claim) -> Finding:
    """The finding on a total, its parts written out (a long list by its ends)."""
    unit = _base(total.unit)
    count = parts.end - parts.first
    if count <= _SHOWN:
        terms = " + ".join(figures.amount(p.value, unit) for p in claims[parts.first : parts.end])
    else:
        ends = (claims[parts.first : parts.first + 3], claims[parts.end - 2 : parts.end])
        head, tail = (" + ".join(figures.amount(p.value, unit) for p in end) for end in ends)
        terms = f"{head} + ... + {tail} ({count} parts)"
    message = (f"{terms} = {figures.amount(parts.value, unit)}, not "
               f"{figures.amount(total.value, unit)} as the total says.")
    return fig.finding(ID, total, message, figures.like(total, parts.value))
