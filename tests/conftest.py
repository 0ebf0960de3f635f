"""Shared test helpers: real draft sentences, and a stand-in for check() that flags two
known mistakes in them (until the real checks land, renderers and CLI are tested on it)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from factcheck.model import Claim, Evidence, Finding, Report

DRAFT = (
    "# Bhamo under siege\n"
    "\n"
    "The town of Bhamo is fewer than 100 kilometres (80 miles) from the Chinese border.\n"
    "\n"
    "Oracle employed around 28,824 people in India as of 2024.\n"
)

NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
UNIT_CONVERSION = re.compile(r"(\d+) kilometres \((\d+) miles\)")
SPURIOUS = re.compile(r"around (\d{1,3}(?:,\d{3})+)")
EVIDENCE = Evidence("bundled/geo.csv", 3, "Bhamo", "distance_to_border", "2025", 100.0,
                    "kilometer", "Survey <of> Myanmar", "https://example.org/geo?a=1&b=2")


def claims_in(text: str) -> tuple[Claim, ...]:
    """Every digit run of text as a plain claim."""
    return tuple(Claim(m.group(0), m.start(), m.end(), float(m.group(0).replace(",", "")))
                 for m in NUMBER.finditer(text))


def findings_in(text: str) -> tuple[Finding, ...]:
    """FC201 on "N kilometres (M miles)" when M is wrong, FC301 on "around 28,824"."""
    found = []
    for m in UNIT_CONVERSION.finditer(text):
        km, miles = int(m.group(1)), int(m.group(2))
        if round(km * 0.621371) != miles:
            claim = Claim(f"{miles} miles", m.start(2), m.end(2) + 6, miles, unit="mile")
            found.append(Finding(
                "FC201", "unit-conversion", "error",
                f"{km} km is {km * 0.621371:.1f} miles, not {miles} miles",
                m.start(), m.end(), claim, EVIDENCE, f"{round(km * 0.621371)} miles"))
    for m in SPURIOUS.finditer(text):
        found.append(Finding("FC301", "spurious-precision", "warning",
                             f"'{m.group(0)}' pairs an exact figure with an approximation",
                             m.start(), m.end()))
    return tuple(sorted(found, key=lambda f: f.start))


def fake_check(text: str, references: Any = None, as_of: Any = None, bundled: bool = True,
               config: Any = None, path: str = "<string>") -> Report:
    return Report(text, claims_in(text), findings_in(text), (), date(2025, 9, 1), path)


def fake_stages(text: str, tables: Any, day: Any, config: Any, path: str,
                parse: bool = True) -> Report:
    """The pipeline's stages replaced by fake_check (suppressions and selection still
    apply)."""
    return fake_check(text, path=path)


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Make check_source() use fake_check instead of the real stages."""
    monkeypatch.setattr("factcheck.pipeline._stages", fake_stages)
    yield
