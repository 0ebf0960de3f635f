"""One draft checked end to end: read, check(), select/ignore, suppressions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from factcheck.config import DEFAULT, Config
from factcheck.model import SEVERITY_RANK, Finding, Report
from factcheck.pipeline import check
from factcheck.suppress import apply_suppressions
from factcheck.text.source import SourceText


@dataclass(frozen=True)
class Checked:
    """A draft's source text (with its offset map) and the Report on its plain text."""

    source: SourceText
    report: Report
    config: Config = DEFAULT

    @property
    def path(self) -> str:
        return self.source.path

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Start line, start column, end line, end column in the original file (1-based)."""
        line, col = self.source.line_col(start)
        last = self.source.to_original(max(end - 1, start))
        end_line, end_col = self.source.original_line_col(last)
        return line, col, end_line, end_col + (1 if end > start else 0)

    def failing(self, fail_on: str | None = None) -> list[Finding]:
        """Findings at or above the fail-on severity."""
        floor = SEVERITY_RANK[fail_on or self.config.fail_on]
        return [f for f in self.report.findings if SEVERITY_RANK[f.severity] >= floor]


def check_source(
    source: SourceText,
    config: Config = DEFAULT,
    references: Sequence[Any] = (),
    bundled: bool = True,
) -> Checked:
    """Check a read draft with config; extra references add to config.references."""
    refs = [*config.references, *references]
    report = check(source.text, references=refs or None, as_of=config.as_of, bundled=bundled,
                   config=config, path=source.path)
    wanted = tuple(f for f in report.findings if config.wants(f.code))
    if len(wanted) != len(report.findings):
        report = replace(report, findings=wanted)
    return Checked(source, apply_suppressions(report, source), config)
