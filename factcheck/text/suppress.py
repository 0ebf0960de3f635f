"""Suppressions: comments in a Markdown or HTML draft that silence findings.

    <!-- factcheck: ignore FC203 -- reason -->   the paragraph after the comment
    <!-- factcheck: off -->  ...  <!-- factcheck: on -->   a stretch of the draft

An ignore comment stands before its paragraph (blank lines between are allowed); the
paragraph runs to the next paragraph break of the checked text. Several codes may be
given, separated by commas; a prefix ("FC2") silences a family. An off without an on
runs to the end of the draft. The readers note where each comment sat in the plain text
(SourceText.comments), so a comment inside a code block or a script is no suppression.

FC002 (info) reports a comment that starts "factcheck:" but is malformed, names a code no
check has, gives no reason after "--" (it still silences), stands inside a paragraph, or
silences nothing (among the codes the configuration selects). FC002 itself cannot be
silenced; it points at the comment itself (the readers give a comment standing between
paragraphs a line break of its own in the plain text, mapped to the comment). This stage
is a filter over a Report's findings, in time linear in the draft.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from factcheck.model import Finding, Report
from factcheck.text.source import SourceText, is_directive

BREAK = re.compile(r"\n\n")
NONSPACE = re.compile(r"\S")
CODE = re.compile(r"FC\d{0,3}", re.IGNORECASE)
USAGE = "write 'ignore CODES -- reason', 'off' or 'on'"


@dataclass(frozen=True)
class Suppression:
    """Codes silenced over the plain-text stretch [start, end) ("" silences every code)."""

    codes: tuple[str, ...]
    start: int
    end: int
    at: int
    comment: str
    line: int

    def covers(self, finding: Finding) -> bool:
        return (self.start <= finding.start < self.end
                and finding.code.upper().startswith(self.codes or ("",)))


@dataclass(frozen=True)
class Comment:
    """A "factcheck:" comment: its text, line, and where it sat in the plain text."""

    text: str
    line: int
    at: int


def parse(body: str) -> tuple[str, tuple[str, ...], str] | str:
    """(verb, codes, reason) of a comment's body after "factcheck:", or what is wrong.

    >>> parse(" ignore fc201, FC3 -- the ministry's own ")
    ('ignore', ('FC201', 'FC3'), "the ministry's own")
    >>> parse(" ignore FC2 - one dash is not a reason ")
    "'-' is not a check code"
    >>> parse(" off ")
    ('off', (), '')
    """
    words, _, reason = body.partition("--")
    verb, *codes = words.replace(",", " ").split() or [""]
    verb = verb.lower()
    if verb in ("off", "on"):
        return (verb, (), reason.strip()) if not codes else f"'{verb}' takes no codes"
    if verb != "ignore":
        return f"{verb!r} is not a suppression; {USAGE}" if verb else f"nothing said; {USAGE}"
    if not codes:
        return "'ignore' names no check code"
    bad = next((code for code in codes if not CODE.fullmatch(code)), None)
    if bad is not None:
        return f"{bad!r} is not a check code"
    return verb, tuple(code.upper() for code in codes), reason.strip()


def _comments(source: SourceText) -> list[Comment]:
    found = []
    for start, end, at in source.comments:
        text = source.original[start:end]
        if is_directive(text):
            found.append(Comment(text, source.original_line_col(start)[0], at))
    return found


class _Paragraphs:
    """Where the paragraphs of a plain text start and end (found once, then bisected)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in BREAK.finditer(text)]

    def after(self, at: int) -> tuple[int, int] | None:
        """The paragraph after offset at, or None when at is inside a paragraph."""
        i = bisect.bisect_left(self.breaks, at)
        previous = self.breaks[i - 1] + 2 if i else 0
        if NONSPACE.search(self.text, min(previous, at), at):
            return None
        first = NONSPACE.search(self.text, at)
        start = first.start() if first else len(self.text)
        j = bisect.bisect_left(self.breaks, start)
        return start, self.breaks[j] if j < len(self.breaks) else len(self.text)


class _Reader:
    """Turns a draft's comments into Suppressions and FC002 findings, in order."""

    def __init__(self, text: str, known: Callable[[str], bool]) -> None:
        self.text, self.known = text, known
        self.paragraphs = _Paragraphs(text)
        self.rules: list[Suppression] = []
        self.problems: list[tuple[Comment, str]] = []
        self.off: Comment | None = None

    def read(self, comment: Comment) -> None:
        body = comment.text[4:-3].strip()
        if not body.lower().startswith("factcheck:"):
            self.problems.append((comment, "is malformed: write 'factcheck:' with its colon"))
            return
        parsed = parse(body[len("factcheck:"):])
        if isinstance(parsed, str):
            self.problems.append((comment, f"is malformed: {parsed}"))
            return
        verb, codes, reason = parsed
        if verb == "ignore":
            self._ignore(comment, codes, reason)
        elif verb == "off":
            if self.off is not None:
                self.problems.append((comment, "turns checking off again before an 'on'"))
            self.off = self.off or comment
        elif self.off is None:
            self.problems.append((comment, "turns checking on without an 'off' before it"))
        else:
            self._stretch(self.off, comment.at)
            self.off = None

    def _ignore(self, comment: Comment, codes: tuple[str, ...], reason: str) -> None:
        unknown = [code for code in codes if not self.known(code)]
        if unknown:
            self.problems.append((comment, f"names no known check code: {', '.join(unknown)}"))
        span = self.paragraphs.after(comment.at)
        if span is None:  # inside a paragraph: reported on its own line, the character
            inline = replace(comment, at=max(0, comment.at - 1))  # before it
            self.problems.append((inline, "must stand on its own line before the paragraph "
                                          "it silences"))
            return
        if not reason:
            self.problems.append((comment, "gives no reason (say why after '--')"))
        kept = tuple(code for code in codes if code not in unknown)
        if kept:
            self.rules.append(Suppression(kept, *span, comment.at, comment.text, comment.line))

    def _stretch(self, off: Comment, end: int) -> None:
        self.rules.append(Suppression((), off.at, end, off.at, off.text, off.line))

    def finish(self) -> None:
        if self.off is not None:
            self._stretch(self.off, len(self.text))


def _problem(comment: Comment, what: str, text: str) -> Finding:
    from factcheck.checks.fc002_invalid_suppression import invalid

    at = min(comment.at, len(text))
    return invalid(f"The suppression {comment.text!r} on line {comment.line} {what}.", at)


def _filter(findings: tuple[Finding, ...], rules: list[Suppression]
            ) -> tuple[list[Finding], set[int]]:
    """The findings no rule covers, and the indices of the rules that covered one: a sweep
    over both in order of position (rules open at a finding are the few around it)."""
    order = sorted(range(len(rules)), key=lambda i: rules[i].start)
    open_rules: list[tuple[int, int]] = []  # (end, index), a heap
    kept: list[Finding] = []
    used: set[int] = set()
    n = 0
    for finding in sorted(findings, key=lambda f: f.start):
        while n < len(order) and rules[order[n]].start <= finding.start:
            heapq.heappush(open_rules, (rules[order[n]].end, order[n]))
            n += 1
        while open_rules and open_rules[0][0] <= finding.start:
            heapq.heappop(open_rules)
        covering = {i for _, i in open_rules if rules[i].covers(finding)}
        used |= covering
        if not covering:
            kept.append(finding)
    return kept, used


def apply_suppressions(report: Report, source: SourceText,
                       wanted: Callable[[str], bool] = lambda code: True) -> Report:
    """report without the findings its source's comments silence, with FC002 for each
    comment that is wrong or silences nothing (of the codes `wanted` keeps)."""
    comments = _comments(source) if source.comments else []
    if not comments:
        return report
    from factcheck.checks.catalogue import known_prefix

    reader = _Reader(report.text, known_prefix)
    for comment in comments:
        reader.read(comment)
    reader.finish()
    kept, used = _filter(report.findings, reader.rules)
    problems = list(reader.problems)
    for i, rule in enumerate(reader.rules):
        if i not in used and (not rule.codes or any(map(wanted, rule.codes))):
            problems.append((Comment(rule.comment, rule.line, rule.at), "silences nothing"))
    kept += [_problem(comment, what, report.text) for comment, what in problems]
    return replace(report, findings=tuple(kept))
