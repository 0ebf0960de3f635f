"""--statistics: a count per check code, in every format.

text: one line per code; json: {"version": 1, "statistics": [{"code", "name", "severity",
"count"}]}; sarif: the usual log (code scanning reads its results) with the counts in the
run's property bag; github: one notice per code; html: the summary page with a table of
the counts and no drafts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from factcheck.checks.catalogue import Rule
from factcheck.pipeline import Checked


def statistics(checked: Sequence[Checked]) -> list[dict[str, Any]]:
    """{"code", "name", "severity", "count"} per code found, most frequent first."""
    counts: Counter[tuple[str, str, str]] = Counter(
        (f.code, f.name, f.severity) for item in checked for f in item.report.findings)
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][0]))
    return [{"code": code, "name": name, "severity": severity, "count": n}
            for (code, name, severity), n in rows]


def _github(checked: Sequence[Checked]) -> str:
    from factcheck.report.github import command_data

    lines = [f"{r['count']} {r['code']} {r['name']} [{r['severity']}]"
             for r in statistics(checked)]
    return "".join(f"::notice title=factcheck statistics::{command_data(line)}\n" for line in lines)


def _html(checked: Sequence[Checked], rules: Mapping[str, Rule]) -> str:
    from factcheck.report.html import page
    from factcheck.report.html_parts import summary_table

    rows = "".join(f"<tr><td>{r['count']}</td><td>{escape(r['code'])}</td>"
                   f"<td>{escape(r['name'])}</td><td>{escape(r['severity'])}</td></tr>"
                   for r in statistics(checked))
    table = ('<table class="statistics"><thead><tr><th>count</th><th>code</th><th>name</th>'
             f"<th>severity</th></tr></thead><tbody>{rows}</tbody></table>")
    return page(checked, summary_table(checked) + table)


def render_statistics(checked: Sequence[Checked], fmt: str, rules: Mapping[str, Rule]) -> str:
    """The counts per code in format fmt (one of report.FORMATS)."""
    from factcheck.report.jsondoc import dumps

    if fmt == "text":
        from factcheck.report.text import render_statistics as text

        return text(checked)
    if fmt == "json":
        return dumps({"version": 1, "statistics": statistics(checked)}, indent=2) + "\n"
    if fmt == "sarif":
        from factcheck.report.sarif import sarif_log

        log = sarif_log(checked, rules)
        log["runs"][0]["properties"]["statistics"] = statistics(checked)
        return dumps(log, indent=2) + "\n"
    if fmt == "github":
        return _github(checked)
    if fmt == "html":
        return _html(checked, rules)
    raise ValueError(f"unknown format {fmt!r}")
