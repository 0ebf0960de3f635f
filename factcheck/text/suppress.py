"""Suppressions: `<!-- factcheck: ignore FC203 -- reason -->` silences a code in a paragraph.

The comment goes on the line before the paragraph (blank lines between are allowed);
the paragraph runs to the next blank line. Several codes may be given, separated by
commas; a prefix ("FC2") silences a family. This is a filter over a Report's findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.model import Finding, Report
from factcheck.text.source import SourceText

HEAD = re.compile(r"[ \t]*<!--[ \t]*factcheck:[ \t]*ignore[ \t]+", re.IGNORECASE)
CODES = re.compile(r"FC\d*(?:[ \t]*,[ \t]*FC\d*)*", re.IGNORECASE)


def parse_comment(line: str) -> tuple[str, str] | None:
    """(codes, reason) of a line `<!-- factcheck: ignore FC201, FC3 -- reason -->`, or None.

    Read in two steps (the fixed head, then the text before the closing "-->") rather than
    by one pattern: a pattern with a lazy reason between runs of optional blanks took
    minutes on a comment line holding a few thousand spaces.

    >>> parse_comment("<!-- factcheck: ignore fc201, FC3 -- the ministry's own -->")
    ('fc201, FC3', "the ministry's own")
    >>> parse_comment("<!-- factcheck: ignore FC2 - one dash is not a reason -->") is None
    True
    """
    line = line.rstrip(" \t")
    head = HEAD.match(line)
    if head is None or not line.endswith("-->"):
        return None
    body = line[head.end() : -3]
    codes = CODES.match(body)
    if codes is None:
        return None
    rest = body[codes.end() :]
    if not rest.strip(" \t"):
        return codes.group(0), ""
    after = rest.lstrip(" \t")
    if rest[0] in " \t" and after.startswith("--"):
        return codes.group(0), after[2:].strip(" \t")
    return None


@dataclass(frozen=True)
class Suppression:
    """Codes silenced over the original offsets [start, end), with the stated reason."""

    codes: tuple[str, ...]
    start: int
    end: int
    reason: str
    line: int

    def covers(self, finding: Finding, source: SourceText) -> bool:
        at = source.to_original(finding.start)
        return self.start <= at < self.end and finding.code.upper().startswith(self.codes)


def suppressions(original: str) -> list[Suppression]:
    """Every suppression comment in a Markdown document with the paragraph it covers."""
    lines = original.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    found: list[Suppression] = []
    for number, line in enumerate(lines):
        parsed = parse_comment(line.rstrip("\r\n"))
        if parsed is None:
            continue
        first = number + 1
        while first < len(lines) and not lines[first].strip():
            first += 1
        last = first
        while (last < len(lines) and lines[last].strip()
               and parse_comment(lines[last].rstrip("\r\n")) is None):
            last += 1
        codes = tuple(c.strip().upper() for c in parsed[0].split(","))
        found.append(Suppression(codes, offsets[first], offsets[last], parsed[1], number + 1))
    return found


def apply_suppressions(report: Report, source: SourceText) -> Report:
    """report without the findings its Markdown source silences."""
    if source.kind != "md" or "factcheck:" not in source.original:
        return report
    rules = suppressions(source.original)
    kept = tuple(f for f in report.findings if not any(s.covers(f, source) for s in rules))
    return report if len(kept) == len(report.findings) else replace(report, findings=kept)
