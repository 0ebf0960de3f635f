"""Renderers for checked drafts: text, json, sarif, github, html.

Each takes the checked drafts (and the check catalogue, for rule help) and returns one
string; none of them prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.checks.catalogue import Rule
from factcheck.pipeline import Checked

FORMATS = ("text", "json", "sarif", "github", "html")


def render_statistics(checked: Sequence[Checked], fmt: str, rules: Mapping[str, Rule]) -> str:
    """A count per check code in format fmt (--statistics); see report.statistics."""
    from factcheck.report.statistics import render_statistics as counts

    return counts(checked, fmt, rules)


def render(checked: Sequence[Checked], fmt: str, rules: Mapping[str, Rule],
           color: bool = False, verbose: bool = False) -> str:
    """The report on checked drafts in format fmt (one of FORMATS); verbose adds each
    claim's verdict and reason to the text format (the others always carry them)."""
    if fmt == "text":
        from factcheck.report.text import render_text

        return render_text(checked, color=color, verbose=verbose)
    if fmt == "json":
        from factcheck.report.jsondoc import render_json

        return render_json(checked)
    if fmt == "sarif":
        from factcheck.report.sarif import render_sarif

        return render_sarif(checked, rules)
    if fmt == "github":
        from factcheck.report.github import render_github

        return render_github(checked)
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(checked, rules)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
