"""One self-contained HTML page: a header (files, as-of date, version, time made), a
legend, a summary table, then each draft with its findings and decided verdicts
highlighted, other claims shown quietly (a checkbox shows them all), and a focusable card
per finding that opens in the margin beside the text, never over it. Everything taken from
the draft or the tables is escaped, and the page forbids scripts outright
(Content-Security-Policy): the toggle and the cards are CSS alone."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from html import escape

from factcheck.checks.catalogue import Rule
from factcheck.model import SEVERITY_RANK, Finding
from factcheck.pipeline import Checked
from factcheck.report.html_parts import LEGEND, STYLE, TOGGLE, card, header, summary_table

CSP = "default-src 'none'; style-src 'unsafe-inline'"
DECIDED = frozenset({"supported", "contradicted"})


def _boundaries(item: Checked) -> list[int]:
    points = {0, len(item.report.text)}
    for claim in item.report.claims:
        points.update((claim.start, claim.end))
    for finding in item.report.findings:
        points.update((finding.start, finding.end))
    return sorted(p for p in points if 0 <= p <= len(item.report.text))


def _by_offset(spans: list[tuple[int, int]], key: int) -> dict[int, list[int]]:
    """Indices of spans grouped by their start (key 0) or end (key 1) offset."""
    grouped: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        grouped.setdefault(span[key], []).append(i)
    return grouped


class _Sweep:
    """The claims and findings over each run of text, kept as the runs are walked in order.

    Every claim and finding starts and ends on a run boundary, so one pass over the
    boundaries (adding what starts, dropping what ends) gives each run's covering set:
    linear in the number of runs and spans, where testing every span for every run grew
    with the square of a long draft's claims.
    """

    def __init__(self, item: Checked) -> None:
        report = item.report
        self.claim_spans = [(c.start, c.end) for c in report.claims]
        self.finding_spans = [(f.start, f.end) for f in report.findings]
        self.claim_starts = _by_offset(self.claim_spans, 0)
        self.claim_ends = _by_offset(self.claim_spans, 1)
        self.finding_starts = _by_offset(self.finding_spans, 0)
        self.finding_ends = _by_offset(self.finding_spans, 1)
        statuses: dict[object, set[str]] = {}
        for verdict in report.verdicts:
            statuses.setdefault(verdict.claim, set()).add(verdict.status)
        self.statuses = [statuses.get(c, set()) for c in report.claims]
        self.claims: set[int] = set()
        self.findings: set[int] = set()

    def enter(self, start: int, end: int) -> tuple[list[int], list[int]]:
        """Sorted indices of the claims and findings that cover the run [start, end)."""
        del end  # every span that reaches past start reaches end: no boundary between
        self.claims.update(self.claim_starts.get(start, ()))
        self.claims.difference_update(self.claim_ends.get(start, ()))
        self.findings.update(self.finding_starts.get(start, ()))
        self.findings.difference_update(self.finding_ends.get(start, ()))
        return sorted(self.claims), sorted(self.findings)


def _segment(item: Checked, fid: dict[int, str], sweep: _Sweep, start: int, end: int) -> str:
    """One run of draft text, wrapped in a span naming the claims and findings over it."""
    text = escape(item.report.text[start:end])
    claims, found = sweep.enter(start, end)
    findings = [item.report.findings[i] for i in found]
    if not claims and not findings:
        return text
    classes = ["claim"] if claims else []
    statuses = set().union(*(sweep.statuses[i] for i in claims)) if claims else set()
    decided = sorted(statuses & DECIDED)
    classes += [f"verdict-{s}" for s in decided]
    if claims and not decided and not findings:
        classes.append("quiet")
    attrs = ""
    if findings:
        worst = max(findings, key=lambda f: SEVERITY_RANK[f.severity])
        classes += ["flagged", f"sev-{worst.severity}"]
        ids = " ".join(fid[id(f)] for f in findings)
        attrs = f' data-findings="{ids}"'
    if claims:
        attrs += f' data-claims="{" ".join(str(i) for i in claims)}"'
    return f'<span class="{" ".join(classes)}"{attrs}>{text}</span>'


def _pins(item: Checked, fid: dict[int, str], sweep: _Sweep, at: int,
          rules: Mapping[str, Rule]) -> str:
    """The focusable marker and card of every finding that ends at offset `at`."""
    findings = item.report.findings
    return "".join(_pin(item, findings[i], fid[id(findings[i])], rules)
                   for i in sweep.finding_ends.get(at, ()))


def _pin(item: Checked, finding: Finding, key: str, rules: Mapping[str, Rule]) -> str:
    return (f'<button type="button" class="pin sev-{escape(finding.severity)}" id="pin-{key}" '
            f'aria-describedby="card-{key}">{escape(finding.code)}</button>'
            + card(item, finding, key, rules.get(finding.code)))


def _draft(item: Checked, index: int, rules: Mapping[str, Rule]) -> str:
    fid = {id(f): f"{index}-{n}" for n, f in enumerate(item.report.findings)}
    sweep = _Sweep(item)
    points = _boundaries(item)
    parts = [_pins(item, fid, sweep, 0, rules)]
    for start, end in itertools.pairwise(points):
        parts.append(_segment(item, fid, sweep, start, end))
        parts.append(_pins(item, fid, sweep, end, rules))
    return "".join(parts)


def render_html(checked: Sequence[Checked], rules: Mapping[str, Rule]) -> str:
    """The whole report as one page that needs nothing from the network."""
    sections = []
    for index, item in enumerate(checked):
        sections.append(
            f'<section class="file" id="file-{index}"><h2>{escape(item.path)}</h2>'
            f'<div class="draft" id="draft-{index}">{_draft(item, index, rules)}</div></section>'
        )
    return page(checked, f"{summary_table(checked)}{TOGGLE}{''.join(sections)}")


def page(checked: Sequence[Checked], body: str) -> str:
    """The page around body: head, style, the header with provenance, the legend."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>factcheck report</title><style>{STYLE}</style></head><body>"
        f"<h1>factcheck report</h1>{header(checked)}{LEGEND}{body}"
        "</body></html>\n"
    )
