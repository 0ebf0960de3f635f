"""One self-contained HTML page: a summary table, then each draft with its claims and
findings highlighted and a focusable card per finding. Everything taken from the draft or
the tables is escaped, and the page forbids scripts outright (Content-Security-Policy)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from html import escape

from factcheck.document import Checked
from factcheck.model import SEVERITY_RANK, Finding
from factcheck.report.html_parts import STYLE, card, summary_table
from factcheck.rules import Rule

CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _boundaries(item: Checked) -> list[int]:
    points = {0, len(item.report.text)}
    for claim in item.report.claims:
        points.update((claim.start, claim.end))
    for finding in item.report.findings:
        points.update((finding.start, finding.end))
    return sorted(p for p in points if 0 <= p <= len(item.report.text))


def _segment(item: Checked, fid: dict[int, str], start: int, end: int) -> str:
    """One run of draft text, wrapped in a span naming the claims and findings over it."""
    text = escape(item.report.text[start:end])
    claims = [i for i, c in enumerate(item.report.claims) if c.start <= start and end <= c.end]
    findings = [f for i, f in enumerate(item.report.findings)
                if f.start <= start and end <= f.end]
    if not claims and not findings:
        return text
    classes = ["claim"] if claims else []
    statuses = {v.status for v in item.report.verdicts
                if any(v.claim == item.report.claims[i] for i in claims)}
    classes += [f"verdict-{s}" for s in sorted(statuses)]
    attrs = ""
    if findings:
        worst = max(findings, key=lambda f: SEVERITY_RANK[f.severity])
        classes += ["flagged", f"sev-{worst.severity}"]
        ids = " ".join(fid[id(f)] for f in findings)
        attrs = f' data-findings="{ids}"'
    if claims:
        attrs += f' data-claims="{" ".join(str(i) for i in claims)}"'
    return f'<span class="{" ".join(classes)}"{attrs}>{text}</span>'


def _pins(item: Checked, fid: dict[int, str], at: int, rules: Mapping[str, Rule]) -> str:
    """The focusable marker and card of every finding that ends at offset `at`."""
    out = []
    for finding in item.report.findings:
        if finding.end == at:
            out.append(_pin(item, finding, fid[id(finding)], rules))
    return "".join(out)


def _pin(item: Checked, finding: Finding, key: str, rules: Mapping[str, Rule]) -> str:
    return (f'<button type="button" class="pin sev-{escape(finding.severity)}" id="pin-{key}" '
            f'aria-describedby="card-{key}">{escape(finding.code)}</button>'
            + card(item, finding, key, rules.get(finding.code)))


def _draft(item: Checked, index: int, rules: Mapping[str, Rule]) -> str:
    fid = {id(f): f"{index}-{n}" for n, f in enumerate(item.report.findings)}
    points = _boundaries(item)
    parts = [_pins(item, fid, 0, rules)]
    for start, end in itertools.pairwise(points):
        parts.append(_segment(item, fid, start, end))
        parts.append(_pins(item, fid, end, rules))
    return "".join(parts)


def render_html(checked: Sequence[Checked], rules: Mapping[str, Rule]) -> str:
    """The whole report as one page that needs nothing from the network."""
    sections = []
    for index, item in enumerate(checked):
        sections.append(
            f'<section class="file" id="file-{index}"><h2>{escape(item.path)}</h2>'
            f'<div class="draft" id="draft-{index}">{_draft(item, index, rules)}</div></section>'
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factcheck report</title><style>{STYLE}</style></head><body>"
        f"<h1>factcheck report</h1>{summary_table(checked)}{''.join(sections)}"
        "</body></html>\n"
    )
