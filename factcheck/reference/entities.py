"""Which of a table's entities a subject names: names, aliases, ISO codes and demonyms
(reference.names), then a fuzzy spelling (rapidfuzz ratio at least ENTITY_CUTOFF)."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from factcheck.reference.names import country_code, normalize, town
from factcheck.reference.schema import ReferenceTable

ENTITY_CUTOFF = 90.0   # rapidfuzz ratio a name must reach to count as the same entity


@lru_cache(maxsize=4096)
def no_entity(subject: str) -> str:
    """Why no table holds the subject (a town is named as one)."""
    place = town(subject)
    if place:
        return (f"{subject} is a town ({place[0]}; GeoNames population {place[1]:,}, "
                "undated); no dated table row covers it")
    return f"no table has an entity matching {subject!r}"


@lru_cache(maxsize=1024)
def _entity_index(table: ReferenceTable) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(normalised name or alias -> entities, ISO alpha-3 -> entities) of a table."""
    names: dict[str, set[str]] = {}
    codes: dict[str, set[str]] = {}
    pairs = table.entity_names()
    for entity, aliases in pairs:
        for name in [entity, *aliases.split("|")]:
            if name.strip():
                names.setdefault(normalize(name), set()).add(entity)
        code = country_code(entity)
        if code:
            codes.setdefault(code, set()).add(entity)
    return names, codes


@lru_cache(maxsize=1024)
def _name_list(table: ReferenceTable) -> list[str]:
    return list(_entity_index(table)[0])


def holds_name(table: ReferenceTable, key: str) -> bool:
    """Does the table hold an entity under this normalised name or alias (names.normalize),
    exactly?"""
    return key in _entity_index(table)[0]


def match_entity(subject: str, table: ReferenceTable) -> set[str]:
    """The table's entities named by subject (country aliases, demonyms, fuzzy spelling)."""
    return set(entities_named(subject, table))


@lru_cache(maxsize=8192)
def entities_named(subject: str, table: ReferenceTable) -> frozenset[str]:
    """match_entity, remembered: a draft names the same few subjects again and again, and
    the fuzzy comparison runs over every name of the table."""
    names, codes = _entity_index(table)
    key = normalize(subject)
    if key in names:
        return frozenset(names[key])
    code = country_code(subject)
    if code is not None:
        return frozenset(codes.get(code, ()))
    for place in _people_of(key):  # "Africans", "Europeans": the region's people
        if place in names:
            return frozenset(names[place])
    best = process.extractOne(key, _name_list(table), scorer=fuzz.ratio,
                              score_cutoff=ENTITY_CUTOFF)
    return frozenset(names[best[0]]) if best else frozenset()


def _people_of(key: str) -> tuple[str, ...]:
    """The places a plural people word may be of, when no country's demonym is it:
    "africans" -> "africa", "europeans" -> "europe", "south americans" -> "south
    america" (a country's people, "Americans", is read by names.country_code first)."""
    if not key.endswith("ns"):
        return ()
    return key[:-2], key[:-3]
