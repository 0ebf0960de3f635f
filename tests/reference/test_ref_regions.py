"""A region that is no country: a country's name inside it names nothing ("Latin America" is
not America, "South American" not American: reference.compare_read.mentions), and a
superlative within it has peers the sentence does not list (no verdict)."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.reference.compare_read import mentions


@pytest.mark.parametrize(("text", "named"), [
    ("Brazil's economy is the largest in Latin America.", ["Brazil's"]),
    ("the Latin American average", []),
    ("South American exports rose.", []),
    ("Japan and Germany", ["Japan", "Germany"]),
    ("India's GDP grew", ["India's"]),
    ("South Korea and North Korea", ["South Korea", "North Korea"]),
])
def test_a_country_inside_a_regions_name_is_not_named(text: str, named: list[str]) -> None:
    assert [m.text for m in mentions(text, 0, len(text))] == named


@pytest.mark.parametrize("sentence", [
    "Brazil's economy is the largest in Latin America, and Mexico's is the second largest.",
    "Nigeria has the biggest population in West Africa, ahead of Ghana.",
    "Spain had the highest unemployment among the Eurozone economies, above Greece.",
])
def test_a_superlative_within_a_region_is_not_decided(sentence: str) -> None:
    report = check(sentence, as_of="2025-10-01")
    assert [v.status for v in report.verdicts if v.status != "unverifiable"] == []
