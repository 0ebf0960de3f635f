"""Plain text: one `path:line:col: CODE [severity] message` line per finding (the
suggested correction on the next line), then a count.

The severity is written in words, so that a CI log without colour still tells an error
from a note."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from factcheck.pipeline import Checked

COLORS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m"}
BOLD, DIM, RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def verdict_lines(item: Checked) -> list[str]:
    """`path:line:col: claim "…" status: reason` for each claim (--verbose): why a figure
    was or was not checked. A claim no table was asked about says so."""
    verdicts = {(v.claim.start, v.claim.end): v for v in item.report.verdicts}
    lines = []
    for claim in item.report.claims:
        line, col = item.source.line_col(claim.start)
        verdict = verdicts.get((claim.start, claim.end))
        said = (f"{verdict.status}: {verdict.explanation.split(': ', 1)[-1]}" if verdict
                else "not checked: no reference tables")
        said = " ".join(said.split())  # a name broken over a line ("Kew\nGardens")
        lines.append(f"{item.path}:{line}:{col}: claim {' '.join(claim.text.split())!r} "
                     f"{said}")
    return lines


def render_text(checked: Sequence[Checked], color: bool = False, verbose: bool = False) -> str:
    """Finding lines in file and position order, and a closing summary line; with verbose,
    each claim's verdict and its reason before each file's findings."""
    lines: list[str] = []
    severities: Counter[str] = Counter()
    for item in checked:
        if verbose:
            lines.extend(verdict_lines(item))
        for finding in sorted(item.report.findings, key=lambda f: (f.start, f.code)):
            line, col = item.source.line_col(finding.start)
            where = f"{item.path}:{line}:{col}:"
            code, severity = finding.code, f"[{finding.severity}]"
            if color:
                where = f"{BOLD}{where}{RESET}"
                code = f"{COLORS.get(finding.severity, '')}{BOLD}{code}{RESET}"
                severity = f"{COLORS.get(finding.severity, '')}{severity}{RESET}"
            lines.append(f"{where} {code} {severity} {finding.message}")
            if finding.suggestion:
                lines.append(f"    suggestion: {finding.suggestion}")
            severities[finding.severity] += 1
    total = sum(severities.values())
    files = plural(len(checked), "file")
    if total:
        parts = ", ".join(plural(severities[s], s) for s in ("error", "warning", "info")
                          if severities[s])
        lines.append(f"Found {plural(total, 'finding')} ({parts}) in {files}{dated(checked)}.")
    else:
        lines.append(f"No findings in {files}.")
    return "\n".join(lines) + "\n"


def dated(checked: Sequence[Checked]) -> str:
    """`, as of 2025-08-27` for a summary line with findings: the date the drafts were
    checked against ("last year", ages and anniversaries depend on it), which text output
    would otherwise not show when it came from a draft's front matter or from today (a
    .docx has none). Up to three dates are listed; more are given as their first and last.
    Empty when no report has a date. A run without findings keeps its plain line."""
    dates = sorted({item.report.as_of.isoformat() for item in checked if item.report.as_of})
    if not dates:
        return ""
    if len(dates) <= 3:
        return ", as of " + ", ".join(dates)
    return f", as of {len(dates)} dates from {dates[0]} to {dates[-1]}"


def render_statistics(checked: Sequence[Checked]) -> str:
    """A count per check code, most frequent first (for --statistics)."""
    from factcheck.report.statistics import statistics

    rows = statistics(checked)
    lines = [f"{r['count']:>5}  {r['code']:<6} {r['name']} [{r['severity']}]" for r in rows]
    lines.append(f"Found {plural(sum(r['count'] for r in rows), 'finding')} in "
                 f"{plural(len(checked), 'file')}.")
    return "\n".join(lines) + "\n"
