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

COMMENT = re.compile(
    r"^[ \t]*<!--[ \t]*factcheck:[ \t]*ignore[ \t]+(?P<codes>FC\d*(?:[ \t]*,[ \t]*FC\d*)*)"
    r"(?:[ \t]+--[ \t]*(?P<reason>.*?))?[ \t]*-->[ \t]*$",
    re.IGNORECASE,
)


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
        match = COMMENT.match(line.rstrip("\r\n"))
        if not match:
            continue
        first = number + 1
        while first < len(lines) and not lines[first].strip():
            first += 1
        last = first
        while last < len(lines) and lines[last].strip() and not COMMENT.match(lines[last]):
            last += 1
        codes = tuple(c.strip().upper() for c in match.group("codes").split(","))
        found.append(Suppression(codes, offsets[first], offsets[last],
                                 (match.group("reason") or "").strip(), number + 1))
    return found


def apply_suppressions(report: Report, source: SourceText) -> Report:
    """report without the findings its Markdown source silences."""
    if source.kind != "md" or "factcheck:" not in source.original:
        return report
    rules = suppressions(source.original)
    kept = tuple(f for f in report.findings if not any(s.covers(f, source) for s in rules))
    return report if len(kept) == len(report.findings) else replace(report, findings=kept)
