"""GitHub Actions: workflow commands that annotate lines, and a Markdown job summary."""

from __future__ import annotations

import html
from collections.abc import Sequence

from factcheck.pipeline import Checked

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def command_data(text: str) -> str:
    """text escaped for the message part of a workflow command (%, CR and LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return command_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(checked: Sequence[Checked]) -> str:
    """`::error file=...,line=...,col=...::message` lines, one per finding."""
    lines = []
    for item in checked:
        for f in sorted(item.report.findings, key=lambda f: f.start):
            line, col, end_line, end_col = item.span(f.start, f.end)
            props = (f"file={_prop(item.path)},line={line},col={col},endLine={end_line},"
                     f"endColumn={end_col},title={_prop(f'{f.code} {f.name}')}")
            lines.append(f"::{COMMANDS.get(f.severity, 'warning')} {props}::"
                         f"{command_data(f'{f.code} {f.message}')}")
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def github_summary(checked: Sequence[Checked]) -> str:
    """A Markdown table of every finding, for $GITHUB_STEP_SUMMARY."""
    rows = [(item, f) for item in checked for f in item.report.findings]
    out = ["## factcheck", ""]
    if not rows:
        out.append(f"No findings in {len(checked)} file(s).")
        return "\n".join(out) + "\n"
    out += ["| file | line | code | severity | message | suggestion |",
            "|---|---:|---|---|---|---|"]
    for item, f in rows:
        line, _ = item.source.line_col(f.start)
        out.append(f"| {_cell(item.path)} | {line} | {f.code} | {f.severity} | "
                   f"{_cell(f.message)} | {_cell(f.suggestion or '')} |")
    return "\n".join(out) + "\n"
