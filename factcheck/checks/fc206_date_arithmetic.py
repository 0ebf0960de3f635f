"""FC206 date-arithmetic: an age or a duration disagrees with the year given and the draft's date.

What it does:
    Reads a starting year ("founded in 1961", "born in 1972", "since 1990") in the
    sentence, or in the one before when this one opens with "It", "He", "She" or
    "They", and a duration in years that counts from it: an age ("is 61 years old",
    "aged 61") after "born", or a span with "for" in a perfect tense or before
    "since" ("has fought for more than 70 years"). With only the year known, the
    elapsed time as of the draft's date (as_of) is one of two whole numbers. An age
    or an "N years since" must allow one of them; any other span may be shorter (it
    may count from a later event: "has led it for 12 years") but never longer. "More
    than" needs the elapsed time above the figure; "about" allows 10%. With several
    starting years in reach it stays silent.

Why it matters:
    Ages and anniversaries are checked by readers with a calendar. A wrong one is
    often a figure carried over from an older story.

Example:
    "founded in 1961 ... has fought for more than 70 years" in a draft dated 2025 ->
    1961 to 2025 is 63 or 64 years, not more than 70 years.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import figures, tolerance
from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Claim, Finding, Severity

CODE = "FC206"
NAME = "date-arithmetic"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("The KIA, founded in 1961, has fought for more than 70 years.", True),
    ("The KIA, founded in 1961, has fought for more than 60 years.", False),
    ("Smith, who was born in 1972, is 61 years old.", True),
    ("Smith, who was born in 1972, is 53 years old.", False),
)
_MONTHS = "|".join(sorted(lexicon().with_role("month"), key=lambda w: (-len(w), w)))
_MONTH = rf"(?:{_MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?"  # "March 3, ", "Sept. " (context.tsv)
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")
_START = re.compile(  # read backwards from a year: cheaper than scanning for the verbs
    r"\b(?P<verb>founded|established|formed|created|set\s+up|launched|began|started|born|"
    r"built|opened|since)\s+(?:in\s+)?(?:" + _MONTH + r")?$",
    re.IGNORECASE,
)
_VERBS = ("found", "establish", "form", "creat", "set", "launch", "began", "start", "born",
          "built", "open", "since")  # a cheap test before _START
_AGE_AFTER = re.compile(r"\s*(?:-\s*)?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s*$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]s\s+been\b", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s*since\b", re.IGNORECASE)
_PRONOUN = re.compile(r"(?:It|He|She|They)\b(?!['’]s\b)")  # "It has fought ...", not "Its"
_BACK = 40  # characters before a year searched for its verb
ID = fig.CheckId(CODE, NAME, SEVERITY)


@dataclass(frozen=True)
class Start:
    year: int
    born: bool
    text: str


def check(doc: Document) -> Iterator[Finding]:
    spans = [i for i, c in enumerate(doc.claims)
             if c.unit == "year" and not c.change and c.high is None]
    if not spans:
        return
    found = _all_starts(doc.text, _reach(doc, spans))
    if not found:
        return
    positions = [pos for pos, _ in found]
    for i in spans:
        claim = doc.claims[i]
        sentence = doc.contexts[i].sentence
        lo, hi = _within(positions, sentence)
        if lo == hi and _PRONOUN.match(doc.text, sentence[0]):
            lo, hi = _within(positions, _previous(doc.text, sentence[0]))
        if hi - lo == 1:
            finding = _check_one(doc, claim, found[lo][1], sentence)
            if finding is not None:
                yield finding


def _reach(doc: Document, spans: list[int]) -> list[tuple[int, int]]:
    """Where the years of the starts check() may read lie: merged, in order.

    check() reads the starts in the sentence of each span claim, or in the one before it
    after a pronoun. A start at offset p has its year within _BACK characters after p,
    and the year's lookahead reads one character past it; reading only these parts of the
    text (once each) finds the same starts there as reading the whole text.
    """
    parts: set[tuple[int, int]] = set()
    for i in spans:
        sentence = doc.contexts[i].sentence
        parts.add(sentence)
        if _PRONOUN.match(doc.text, sentence[0]):
            parts.add(_previous(doc.text, sentence[0]))
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(parts):
        hi = min(len(doc.text), hi + _BACK + 5)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, hi))
    return merged


def _all_starts(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, Start]]:
    """Every "founded in 1961" whose year lies in parts (see _reach), with its offset."""
    found: list[tuple[int, Start]] = []
    for lo, hi in parts:
        for y in _YEAR.finditer(text, lo, hi):
            if hi < len(text) and y.end() == hi:
                continue  # its lookahead could not see past hi: the whole text may disagree
            _add_start(text, y, found)
    return found


def _add_start(text: str, y: re.Match[str], found: list[tuple[int, Start]]) -> None:
    """Add the start whose year is y, if the words before y make it one."""
    if y.start() and text[y.start() - 1].isalnum():
        return
    window = text[max(0, y.start() - _BACK) : y.start()].lower()
    if not any(verb in window for verb in _VERBS):
        return
    m = _START.search(text, max(0, y.start() - _BACK), y.start())
    if m is not None:
        phrase = text[m.start() : y.end()]
        found.append((m.start(), Start(int(y.group(0)), m.group("verb").lower() == "born",
                                       phrase)))


def _within(positions: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """The indices [lo, hi) of the starts (at positions, sorted) inside span."""
    lo = bisect.bisect_left(positions, span[0])
    return lo, bisect.bisect_left(positions, span[1], lo)


def _previous(text: str, start: int) -> tuple[int, int]:
    """The span of the sentence before the one starting at start (to the last full stop)."""
    cut = max(text.rfind(".", max(0, start - 400), max(0, start - 2)),
              text.rfind("\n\n", max(0, start - 400), start))
    return (cut + 1 if cut >= 0 else max(0, start - 400)), start


def _counts_from(doc: Document, claim: Claim, start: Start, sentence: tuple[int, int]) -> bool:
    text = doc.text
    if start.born:
        return bool(_AGE_AFTER.match(text, claim.end)
                    or _AGE_BEFORE.search(text, max(0, claim.start - 8), claim.start))
    if _SINCE_AFTER.match(text, claim.end):
        return True
    return _lead_has(doc, sentence, claim.start)


def _lead_has(doc: Document, sentence: tuple[int, int], at: int) -> bool:
    """_FOR and _PERFECT in the sentence before at (the lead), without copying the lead.

    Searched in the text with pos and endpos, a pattern sees what it sees in the lead,
    but for the character before the sentence (a \\b there): a sentence starts after
    white space. "for" must end the lead, so it is looked for only there; then no
    perfect-tense word can end the lead too, so one is in it if the sentence's first
    one (found once per sentence) ends by at.
    """
    text, first = doc.text, sentence[0]
    if at > sentence[1] or (first and (text[first - 1].isalnum() or text[first - 1] == "_")):
        lead = text[first:at]  # not a sentence as factcheck.text.sentences gives: read the lead
        return bool(_FOR.search(lead) and _PERFECT.search(lead))
    if not _FOR.search(text, max(first, at - _space_before(text, at, first) - 3), at):
        return False
    firsts: dict[tuple[int, int], int] = doc.memo.setdefault("fc206_perfect", {})
    if sentence not in firsts:
        m = _PERFECT.search(text, first, sentence[1])
        firsts[sentence] = m.end() if m else len(text) + 1
    return firsts[sentence] <= at


def _space_before(text: str, at: int, first: int) -> int:
    """How many white-space characters end at text[at], back to first at most."""
    k = at
    while k > first and text[k - 1].isspace():
        k -= 1
    return at - k


def _exact_span(text: str, claim: Claim, start: Start) -> bool:
    """Must the span equal the time since the start, or may it be a part of it?

    An age must ("born in 1972 ... 61 years old"), and so must "N years since". A span
    after "founded in 1961" may be shorter ("has led it for 12 years"), never longer.
    """
    return start.born or bool(_SINCE_AFTER.match(text, claim.end))


def _check_one(doc: Document, claim: Claim, start: Start, sentence: tuple[int, int]
               ) -> Finding | None:
    if not _counts_from(doc, claim, start, sentence):
        return None
    most = doc.as_of.year - start.year
    least = most - 1
    if least < 0:
        return None
    low, high = tolerance.interval(claim, doc.config.approx_tolerance)
    if low <= most and (high >= least or not _exact_span(doc.text, claim, start)):
        return None
    what = "age" if start.born else "time"
    message = (f"From {start.year} to {doc.as_of.isoformat()} the {what} is {least} or "
               f"{most} years, not {claim.text} (\"{start.text}\").")
    suggestion = figures.like(claim, least) if claim.bound in ("over", "at_least") else None
    return fig.finding(ID, claim, message, suggestion)
