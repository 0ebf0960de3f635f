"""The extractor's word lists still load, agree with pint, and hold no contradictions."""

from __future__ import annotations

from importlib.resources import files

import pytest

from factcheck.lexicon import lexicon, rows
from factcheck.units import CURRENCIES, quantity

DATA = files("factcheck.lexicon")


@pytest.mark.parametrize("name", ["units.tsv", "units_cased.tsv", "units_generated.tsv"])
def test_every_unit_parses_in_the_registry(name: str) -> None:
    bad = []
    for surface, unit, _kind in rows(name):
        try:
            quantity(1.0, unit)
        except Exception as exc:  # pint raises several kinds
            bad.append((surface, unit, type(exc).__name__))
    assert bad == []


def test_every_currency_is_an_own_dimension() -> None:
    codes = {code for _s, code, _p in rows("currencies.tsv")}
    assert codes <= CURRENCIES
    dims = {str(quantity(1.0, c).dimensionality) for c in codes}
    assert len(dims) == len(codes)


@pytest.mark.parametrize(
    "name", ["units.tsv", "currencies.tsv", "scales.tsv", "bounds.tsv", "numberwords.tsv"]
)
def test_no_surface_is_listed_twice(name: str) -> None:
    keys = [r[0] for r in rows(name)]
    dupes = sorted({k for k in keys if keys.count(k) > 1})
    assert dupes == []


def test_change_words_have_one_direction_per_role() -> None:
    seen: dict[tuple[str, str], str] = {}
    for word, direction, role in rows("changes.tsv"):
        assert seen.setdefault((word, role), direction) == direction, word


def test_rows_have_the_right_number_of_columns() -> None:
    widths = {"units.tsv": 3, "units_generated.tsv": 3, "units_cased.tsv": 3,
              "currencies.tsv": 3, "scales.tsv": 3, "bounds.tsv": 2, "changes.tsv": 3,
              "numberwords.tsv": 3, "context.tsv": 2, "vague.tsv": 2}
    for name, width in widths.items():
        for row in rows(name):
            assert len(row) == width, (name, row)


def test_lexicon_loads() -> None:
    lex = lexicon()
    assert lex.units["metric tons"] == ("metric_ton", "unit")
    assert lex.currencies["€"] == ("EUR", "pre")
    assert lex.bounds["fewer than"] == "under"


def test_every_word_list_is_known_and_its_rows_have_their_columns() -> None:
    from factcheck.lexicon import FILES

    on_disk = {p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt"))}
    assert on_disk == set(FILES)
    short = [(name, row) for name, columns in FILES.items() if columns
             for row in rows(name) if len(row) < columns]
    assert short == []
    assert lexicon().cues["exports"] == "export" and "mr" in lexicon().abbreviations
