"""The extractor's word lists still load, agree with pint, and hold no contradictions."""

from __future__ import annotations

from importlib.resources import files

import pytest

from factcheck.lexicon import lexicon, quantulum, rows
from factcheck.units import CURRENCIES, quantity

DATA = files("factcheck.lexicon")


@pytest.mark.parametrize("name", ["units.tsv", "units_cased.tsv"])
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
    "name", ["units.tsv", "currencies.tsv", "scales.tsv", "bounds.tsv", "numberwords.tsv",
             "subunits.tsv", "bounds_after.tsv"]
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
    widths = {"units.tsv": 3, "units_cased.tsv": 3, "bounds_after.tsv": 2,
              "currencies.tsv": 3, "scales.tsv": 3, "bounds.tsv": 2, "changes.tsv": 3,
              "numberwords.tsv": 3, "context.tsv": 2, "vague.tsv": 2}
    for name, width in widths.items():
        for row in rows(name):
            assert len(row) == width, (name, row)


def test_lexicon_loads() -> None:
    lex = lexicon()
    assert lex.units["metric tons"] == ("metric_ton", "unit")
    assert lex.currencies["€"] == ("EUR", "both")  # "€4.50" and "4.50€"
    assert lex.bounds["fewer than"] == "under"


def test_every_word_list_is_known_and_its_rows_have_their_columns() -> None:
    from factcheck.lexicon import FILES

    on_disk = {p.name for p in DATA.iterdir() if p.name.endswith((".tsv", ".txt"))}
    assert on_disk == set(FILES)
    short = [(name, row) for name, columns in FILES.items() if columns
             for row in rows(name) if len(row) < columns]
    assert short == []
    assert lexicon().cues["exports"] == "export" and "mr" in lexicon().abbreviations


def test_quantulum3_parts_still_load() -> None:
    """The parts of quantulum3's package data we read: units with names, symbols, entities
    and prefixes, and the entities they name."""
    units = quantulum.read_units()
    entities = quantulum.read_entities()
    assert len(units) > 300
    for name, unit in units.items():
        assert isinstance(name, str) and isinstance(unit.get("symbols", []), list), name
        assert unit.get("entity", "length") in entities, name
        for dim in unit.get("dimensions", []):
            assert isinstance(dim["base"], str) and isinstance(dim["power"], int), name
    assert "GHz" in quantulum.surfaces({}, {"G": "giga"})[1]


def test_every_unit_taken_from_quantulum3_parses() -> None:
    lex = lexicon()
    taken = {**lex.units, **lex.cased_units}
    bad = []
    for surface, (unit, kind) in taken.items():
        if kind in ("unit", "temp", "percent"):
            try:
                quantity(1.0, unit)
            except Exception as exc:  # pint raises several kinds
                bad.append((surface, unit, type(exc).__name__))
    assert bad == []


@pytest.mark.parametrize(("surface", "unit"), [
    ("gigahertz", "gigahertz"), ("GHz", "gigahertz"), ("Mbps", "megabit / second"),
    ("sq yd", "yard ** 2"), ("cubic yards", "yard ** 3"), ("hp", "horsepower"),
])
def test_quantulum3_surfaces_are_read(surface: str, unit: str) -> None:
    lex = lexicon()
    assert (lex.cased_units.get(surface) or lex.units[surface.lower()])[0] == unit


def test_our_rows_override_quantulum3() -> None:
    lex = lexicon()
    assert lex.units["pounds"][0] == "pound" and "scores" not in lex.units
    assert "St" not in lex.cased_units and "MP" not in lex.cased_units


@pytest.mark.parametrize(("surface", "unit"), [
    ("millisieverts", "millisievert"), ("megajoule", "megajoule"),
    ("gigawatt hours", "gigawatt_hour"), ("kilobecquerels", "kilobecquerel"),
    ("nanoteslas", "nanotesla"), ("microamps", "microampere"), ("kilohertz", "kilohertz"),
])
def test_si_prefix_words_are_built(surface: str, unit: str) -> None:
    """si_units.tsv with the prefixes of si_prefixes.tsv: every such name, none listed."""
    assert lexicon().units[surface] == (unit, "unit")


def test_every_si_prefixed_name_parses_in_the_registry() -> None:
    from factcheck.lexicon import si

    prefixes = sorted({r[1] for r in rows("si_prefixes.tsv")})
    bad = []
    for surface, (unit, _kind) in si.prefixed_names(rows("si_units.tsv"), prefixes).items():
        try:
            quantity(1.0, unit)
        except Exception as exc:  # pint raises several kinds
            bad.append((surface, unit, type(exc).__name__))
    assert bad == []


def test_every_renamed_quantulum3_unit_is_upstream_and_parses() -> None:
    """units_renamed.tsv names units quantulum3 still lists (by the name quantulum.py builds)
    and gives each a name pint reads."""
    built = {quantulum.pint_name(name, unit) for name, unit in quantulum.read_units().items()}
    bad = [(old, new) for old, new in rows("units_renamed.tsv") if old not in built]
    for _old, new in rows("units_renamed.tsv"):
        try:
            quantity(1.0, new)
        except Exception as exc:  # pint raises several kinds
            bad.append((new, type(exc).__name__))
    assert bad == []


@pytest.mark.parametrize(("surface", "entity"), [("deg", "angle"), ("t", "mass"),
                                                 ("mi", "length"), ("l", "volume")])
def test_quantulum3_entities_load(surface: str, entity: str) -> None:
    assert entity in lexicon().unit_entities[surface]
