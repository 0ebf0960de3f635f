"""SARIF 2.1.0: one run, the catalogue's rules with their editor's pages as help (the
docstring for a rule without a page), one result per finding with its region in the
original file, and a fix where a suggestion exists and the file is text (a .docx is a zip:
a text replacement at a character offset cannot apply to it, and its regions are in the
extracted text, "line" being the paragraph)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath
from typing import Any

from factcheck.checks.catalogue import Rule, describe, pages
from factcheck.model import Finding
from factcheck.pipeline import Checked

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/newsroom-factcheck/"
BINARY_KINDS = frozenset({"docx"})  # sources read from a binary file (factcheck.text)


def _uri(path: str) -> str:
    return PurePath(path).as_posix() if path != "-" else "stdin"


def _rule_entry(rule: Rule) -> dict[str, Any]:
    text = describe(rule) if rule.code in pages() else (rule.doc or rule.summary)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": text},
        "help": {"text": text, "markdown": text},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
    }


def _rules_used(checked: Sequence[Checked], catalogue: Mapping[str, Rule]) -> list[Rule]:
    """Catalogue rules plus stand-ins for codes the catalogue does not know."""
    rules = dict(catalogue)
    for item in checked:
        for f in item.report.findings:
            rules.setdefault(f.code, Rule(f.code, f.name, f.severity, f"{f.code} {f.name}"))
    return [rules[code] for code in sorted(rules)]


def _region(item: Checked, start: int, end: int) -> dict[str, Any]:
    line, col, end_line, end_col = item.span(start, end)
    first = item.source.to_original(start)
    last = item.source.to_original(max(end - 1, start)) + (1 if end > start else 0)
    return {
        "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
        "charOffset": first, "charLength": last - first,
        "snippet": {"text": item.source.original[first:last]},
    }


def _fix(item: Checked, finding: Finding) -> dict[str, Any]:
    """Replace the claim the finding is about (or the finding's span) with the suggestion."""
    start, end = ((finding.claim.start, finding.claim.end) if finding.claim
                  else (finding.start, finding.end))
    region = {k: v for k, v in _region(item, start, end).items() if k != "snippet"}
    return {
        "description": {"text": f"Replace with {finding.suggestion!r}"},
        "artifactChanges": [{
            "artifactLocation": {"uri": _uri(item.path)},
            "replacements": [{"deletedRegion": region,
                              "insertedContent": {"text": finding.suggestion}}],
        }],
    }


def _result(item: Checked, finding: Finding, index: int) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": _uri(item.path)},
            "region": _region(item, finding.start, finding.end),
        }}],
    }
    if finding.suggestion and item.source.kind not in BINARY_KINDS:
        result["fixes"] = [_fix(item, finding)]  # a text replacement: none in a .docx
    return result


def sarif_log(checked: Sequence[Checked], catalogue: Mapping[str, Rule]) -> dict[str, Any]:
    from factcheck import __version__

    rules = _rules_used(checked, catalogue)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = [_result(item, f, index[f.code])
               for item in checked for f in item.report.findings]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__,
                                "informationUri": INFO_URI,
                                "rules": [_rule_entry(r) for r in rules]}},
            "artifacts": [{"location": {"uri": _uri(item.path)}} for item in checked],
            "results": results,
            "columnKind": "unicodeCodePoints",
            "properties": {"asOf": sorted({item.report.as_of.isoformat() for item in checked
                                           if item.report.as_of})},
        }],
    }


def render_sarif(checked: Sequence[Checked], catalogue: Mapping[str, Rule]) -> str:
    from factcheck.report.jsondoc import dumps

    return dumps(sarif_log(checked, catalogue), indent=2) + "\n"
