"""Pieces of the HTML report: the style sheet, the summary table, a finding's card."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from factcheck.checks.catalogue import Rule
from factcheck.model import Evidence, Finding
from factcheck.pipeline import Checked

STYLE = """
body{font:16px/1.5 Georgia,serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0;font:14px/1.4 system-ui,sans-serif}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
.meta,.legend,.toggle{font:14px/1.6 system-ui,sans-serif;color:#444}
.meta dt{float:left;clear:left;width:8rem;font-weight:bold}.meta dd{margin-left:8rem}
.legend span{margin-right:1rem;padding:0 .25rem;white-space:nowrap}
.draft{position:relative;white-space:pre-wrap;border:1px solid #ddd;padding:1rem;
background:#fcfcfa;margin-right:22rem}
.claim{border-bottom:2px solid transparent}
.show-all:checked~.file .quiet,.key.quiet{background:#eef3fb;border-bottom:2px solid #9bb8e0}
.verdict-supported{border-bottom:2px solid #2a8a2a}
.verdict-contradicted{border-bottom:3px double #c00}
.flagged.sev-error,.key.sev-error{background:#ffd0cc;border-bottom:2px solid #c00}
.flagged.sev-warning,.key.sev-warning{background:#ffeaa8;border-bottom:2px solid #a87a00}
.flagged.sev-info,.key.sev-info{background:#dcf0f0;border-bottom:1px dotted #066}
.pin{font:bold 11px system-ui,sans-serif;vertical-align:super;border:1px solid #999;
border-radius:3px;padding:0 3px;margin:0 2px;cursor:pointer;background:#fff}
.pin.sev-error{color:#b00}.pin.sev-warning{color:#8a6100}.pin.sev-info{color:#066}
.card{display:none;position:absolute;left:calc(100% + 1.5rem);width:19rem;z-index:2;
white-space:normal;font:14px/1.4 system-ui,sans-serif;margin-top:-1.2rem;
padding:.5rem .75rem;border:1px solid #999;border-radius:4px;background:#fff;
box-shadow:0 2px 6px rgba(0,0,0,.15)}
.pin:focus+.card,.pin:hover+.card,.card:focus,.card:focus-within,.card:target{display:block}
.card .msg{display:block;font-weight:bold}.card .row{display:block}
@media (max-width:50rem){.draft{margin-right:0}
.card{position:static;width:auto;margin:.4rem 0}}
"""

LEGEND = (
    '<p class="legend">Legend: <span class="key sev-error">error</span>'
    '<span class="key sev-warning">warning</span><span class="key sev-info">info</span>'
    '<span class="claim verdict-supported">matches a reference table</span>'
    '<span class="claim verdict-contradicted">contradicts a reference table</span>'
    '<span class="key quiet">other figure (shown with "Show every figure")</span>'
    " Focus or hover a code marker to open its card.</p>"
)

TOGGLE = ('<input type="checkbox" class="show-all" id="show-all">'
          '<label class="toggle" for="show-all"> Show every figure found, checked or not</label>')


def _generated() -> str:
    """The time the page is made, UTC (SOURCE_DATE_EPOCH, when set, for reproducible pages)."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = (datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit()
              else datetime.now(UTC))
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def header(checked: Sequence[Checked]) -> str:
    """Files, as-of date(s), factcheck's version and the time the page was made."""
    from factcheck import __version__

    files = ", ".join(escape(item.path) for item in checked) or "none"
    dates = sorted({str(item.report.as_of) for item in checked if item.report.as_of})
    rows = [("Files", files), ("As of", ", ".join(dates) or "not stated"),
            ("factcheck", escape(__version__)), ("Generated", _generated())]
    return ('<dl class="meta">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
            + "</dl>")


UNSAFE_IN_URL = frozenset('"<>`\\{}|^') | frozenset(map(chr, range(33))) | {"\x7f"}


def _link(url: str | None) -> str:
    """A link for well-formed http(s) URLs only; anything else is shown as text."""
    if not url:
        return ""
    if url.lower().startswith(("https://", "http://")) and UNSAFE_IN_URL.isdisjoint(url):
        return f'<a href="{escape(url)}" rel="noreferrer">{escape(url)}</a>'
    return escape(url)


def _evidence(ev: Evidence) -> str:
    return (
        f'<span class="row evidence">Evidence: {escape(ev.entity)}, {escape(ev.metric)}, '
        f"{escape(ev.period)}: {ev.value:,.10g} {escape(ev.unit)} "
        f"(table {escape(ev.table)}, row {ev.row})</span>"
        f'<span class="row source">Source: {escape(ev.source)} {_link(ev.url)}</span>'
    )


def card(item: Checked, finding: Finding, key: str, rule: Rule | None) -> str:
    """The card for one finding: what is wrong, the arithmetic, evidence and source."""
    line, col = item.source.line_col(finding.start)
    rows = [
        f'<span class="msg">{escape(finding.code)} {escape(finding.name)}: '
        f"{escape(finding.message)}</span>",
        f'<span class="row where">{escape(item.path)}:{line}:{col} ({escape(finding.severity)})'
        "</span>",
    ]
    if finding.suggestion:
        rows.append(f'<span class="row fix">Suggestion: {escape(finding.suggestion)}</span>')
    if finding.evidence:
        rows.append(_evidence(finding.evidence))
    if rule is not None:
        rows.append(f'<span class="row rule">{escape(rule.summary)}</span>')
    return (f'<span class="card" id="card-{key}" role="note" tabindex="0">'
            f"{''.join(rows)}</span>")


def summary_table(checked: Sequence[Checked]) -> str:
    """Counts per file, then one linked row per finding."""
    head = ("<table class=\"summary\"><thead><tr><th>file</th><th>claims</th><th>error</th>"
            "<th>warning</th><th>info</th></tr></thead><tbody>")
    rows = []
    for item in checked:
        counts = [sum(1 for f in item.report.findings if f.severity == s)
                  for s in ("error", "warning", "info")]
        rows.append(f"<tr><td>{escape(item.path)}</td><td>{len(item.report.claims)}</td>"
                    + "".join(f"<td>{n}</td>" for n in counts) + "</tr>")
    listing = []
    for index, item in enumerate(checked):
        for n, f in enumerate(item.report.findings):
            line, col = item.source.line_col(f.start)
            listing.append(
                f'<tr class="sev-{escape(f.severity)}"><td>{escape(item.path)}:{line}:{col}</td>'
                f'<td><a href="#card-{index}-{n}">{escape(f.code)}</a></td>'
                f"<td>{escape(f.severity)}</td><td>{escape(f.message)}</td></tr>"
            )
    table = head + "".join(rows) + "</tbody></table>"
    if listing:
        table += ("<table class=\"findings\"><thead><tr><th>where</th><th>code</th>"
                  "<th>severity</th><th>message</th></tr></thead><tbody>"
                  + "".join(listing) + "</tbody></table>")
    return table
