"""The one lexicon: every word list of factcheck, read once from the data files beside
this module into one frozen record.

The files are commented (`#` lines) and tab-separated; `rows(name)` and `lines(name)` are the
only readers of them. Unit names and symbols beyond our own come from
quantulum3's package data (quantulum.py), with units_skip.tsv naming what is never taken.
The pint definitions stay in factcheck/units/newsroom.txt and the
reference tables in reference_data/. tests/test_lexicon.py checks that every file loads
and agrees with pint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from factcheck.lexicon import iso4217, quantulum, si

# Every word list in this folder, with the number of tab-separated columns of its rows.
FILES: dict[str, int] = {
    "abbreviations.txt": 0, "bounds.tsv": 2, "bounds_after.tsv": 2, "changes.tsv": 3,
    "compounds.tsv": 3,
    "context.tsv": 2, "country_names.tsv": 2, "cues.tsv": 2, "currencies.tsv": 3,
    "frames.tsv": 2, "idioms.txt": 0, "lengths.txt": 0, "metric_synonyms.txt": 0,
    "metric_parts.txt": 0, "not_entities.txt": 0, "numberwords.tsv": 3, "scales.tsv": 3,
    "si_prefixes.tsv": 2, "si_units.tsv": 2,
    "stock_metrics.tsv": 3, "stopwords.txt": 0, "subunits.tsv": 2, "units.tsv": 3,
    "units_cased.tsv": 3,
    "units_renamed.tsv": 2, "units_skip.tsv": 2, "vague.tsv": 2,
}


def lines(name: str) -> list[str]:
    """The lines of a word list in this folder, without comments and blank lines."""
    text = files(__name__).joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a word list in this folder."""
    return [line.split("\t") for line in lines(name)]


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, tuple[str, str]]  # surface -> (unit, kind)
    cased_units: dict[str, tuple[str, str]]  # case-sensitive symbols ("Nm" vs "nm")
    currencies: dict[str, tuple[str, str]]  # surface -> (ISO code, position)
    scales: dict[str, tuple[float, str]]  # word -> (factor, attached)
    bounds: dict[str, str]  # phrase -> bound
    bounds_after: dict[str, str]  # phrase after a figure -> bound ("or more": at_least)
    change_verbs: dict[str, str]
    change_nouns: dict[str, str]
    change_adverbs: dict[str, str]
    comparatives: frozenset[str]  # "warmer", "above": after a figure, it is a difference
    comparative_directions: dict[str, str]  # "warmer" -> increase, "cheaper" -> decrease:
    # the adjectives of changes.tsv (roles adverb, comparative) that take "than"
    up_particle_verbs: frozenset[str]  # "gave up 517 yards": this "up" is no rise
    motion_words: frozenset[str]  # change verbs and "went", "moved", "up": a level moves
    change_roles: dict[str, frozenset[str]]  # "below" -> {threshold}, "loss" -> {amount, noun}
    length_units: frozenset[str]  # pint names of lengths (quantulum3's entity "length")
    unit_entities: dict[str, frozenset[str]]  # surface -> quantulum3's entities ("t": mass)
    guarded_units: dict[str, tuple[str, str]]  # "bar" -> (bar, pressure): only where named
    subunits: dict[str, str]  # "cents" -> "" (the currency last named), "pence" -> "GBP"
    numbers: dict[str, tuple[float, str]]  # word -> (value, kind)
    vague: dict[str, float]  # "tens of thousands" -> 1e4, the low end of the range it names
    compounds: dict[tuple[str, str], float]  # (foot, inch) -> 12: "6 feet 2 inches"
    roles: dict[str, frozenset[str]]  # word -> roles (month, name, year, vague)
    stopwords: frozenset[str]
    unit_widths: dict[str, int]  # first token of a unit or post-currency surface -> the most
    # tokens a surface starting with it spans ("km/h" 3, "percentage-point" 3)
    max_bound_words: int
    unit_starts: frozenset[str]  # first token of every unit or post-currency surface
    attached_only: frozenset[str]  # symbols read only touching the digits or before a rate
    # (units_skip.tsv kind attached: "512kb", "2 kb per second")
    bound_ends: frozenset[str]  # last token of every bound phrase
    currency_ends: frozenset[str]  # last token of every pre-currency surface
    abbreviations: dict[str, str]  # "mr" -> "", "no" -> "number" (only before a number)
    cues: dict[str, str]  # metric cue surface -> lemma ("exports" -> "export", "home to")
    not_entities: frozenset[str]  # capitalised words that name no entity on their own
    stock_metrics: dict[str, tuple[str, str]]  # cue lemma -> (metric, "cue" | "noun")
    metric_synonyms: tuple[tuple[str, ...], ...]  # groups of words naming one metric
    metric_parts: tuple[str, ...]  # words making a metric one of a part or per head
    country_names: dict[str, str]  # short country names news copy uses -> ISO alpha-3
    frame_words: dict[str, frozenset[str]]  # frames.tsv: word -> classes (reporting, place...)

    def frame_class(self, word: str, kind: str) -> bool:
        """Whether frames.tsv lists word (a lemma, any case) in class kind."""
        return kind in self.frame_words.get(word.lower(), frozenset())
    idioms: dict[str, tuple[tuple[int, tuple[str, ...]], ...]]  # number word -> (its place
    # in the idiom, the idiom's words): "one" -> ((1, ("at", "one", "point")), ...)

    def has_role(self, word: str, role: str) -> bool:
        return role in self.roles.get(word.lower(), frozenset())

    def with_change_role(self, role: str) -> frozenset[str]:
        """Every word of changes.tsv with role ("span": "ranged", "varied", ...)."""
        return frozenset(word for word, roles in self.change_roles.items() if role in roles)

    def with_role(self, role: str) -> frozenset[str]:
        """Every word of context.tsv with role ("month": "january", "jan", "sept", ...)."""
        return frozenset(word for word, roles in self.roles.items() if role in roles)


@cache
def lexicon() -> Lexicon:
    prefixes = {r[0]: r[1] for r in rows("si_prefixes.tsv")}
    units, cased, guarded = _units(prefixes)
    numbers = {r[0]: (float(r[1]), r[2]) for r in rows("numberwords.tsv")}
    numbers |= {f"{word}fold": (value, "multiplier") for word, (value, kind) in list(
        numbers.items()) if kind in ("unit", "ten") and f"{word}fold" not in numbers}
    # "fifteenfold", "twentyfold": any cardinal word with "fold" is that factor
    changes = rows("changes.tsv")
    roles: dict[str, set[str]] = {}
    for word, role in rows("context.tsv"):
        roles.setdefault(word, set()).add(role)
    bounds = {r[0]: r[1] for r in rows("bounds.tsv")}
    currencies = {r[0]: (r[1], r[2]) for r in rows("currencies.tsv")}
    subunits = {r[0]: "" if r[1] == "-" else r[1] for r in rows("subunits.tsv")}
    skip = frozenset(r[0] for r in rows("units_skip.tsv") if r[1] == "currency")
    for surface, entry in quantulum.currency_surfaces(units, skip).items():
        currencies.setdefault(surface, entry)  # our own rows win
    for surface, entry in iso4217.currency_surfaces(units, skip).items():
        currencies.setdefault(surface, entry)  # then quantulum3's, then ISO 4217's names
    return Lexicon(
        units=units,
        cased_units=cased,
        attached_only=frozenset(r[0] for r in rows("units_skip.tsv") if r[1] == "attached"),
        currencies=currencies,
        scales={r[0]: (float(r[1]), r[2]) for r in rows("scales.tsv")},
        bounds=bounds,
        bounds_after={r[0]: r[1] for r in rows("bounds_after.tsv")},
        change_verbs={r[0]: r[1] for r in changes if r[2] == "verb"},
        change_nouns={r[0]: r[1] for r in changes if r[2] == "noun"},
        change_adverbs={r[0]: r[1] for r in changes if r[2] == "adverb"},
        comparatives=frozenset(r[0] for r in changes if r[2] == "comparative"),
        comparative_directions={r[0]: r[1] for r in changes if r[2] in ("adverb", "comparative")
                                and r[0] not in ("up", "down", "above", "below")},
        up_particle_verbs=frozenset(r[0] for r in changes if r[2] == "up_particle"),
        motion_words=frozenset(r[0] for r in changes if r[2] in ("verb", "motion")),
        change_roles=_roles(changes),
        length_units=quantulum.length_units(prefixes) | frozenset(lines("lengths.txt")),
        unit_entities=quantulum.entities_by_surface(),
        guarded_units=guarded,
        subunits=subunits,
        numbers=numbers,
        vague={r[0]: float(r[1]) for r in rows("vague.tsv")},
        compounds={(r[0], r[1]): float(r[2]) for r in rows("compounds.tsv")},
        roles={w: frozenset(r) for w, r in roles.items()},
        stopwords=frozenset(w.strip() for w in lines("stopwords.txt")),
        unit_widths=_widths([*units, *(c.lower() for c in cased), *currencies,
                             *subunits]),
        max_bound_words=max(len(s.split()) for s in bounds),
        unit_starts=frozenset(
            _edge(s, 0) for s in [*units, *(c.lower() for c in cased), *currencies, *subunits]
        ),
        bound_ends=frozenset(_edge(s, -1) for s in bounds),
        currency_ends=frozenset(_edge(s, -1) for s in currencies),
        abbreviations={r[0].strip().lower(): (r[1].strip() if len(r) > 1 else "")
                       for r in rows("abbreviations.txt")},
        cues={r[0]: r[1] for r in (line.split("\t", 1) for line in lines("cues.tsv"))},
        not_entities=frozenset(line.strip() for line in lines("not_entities.txt")),
        stock_metrics={r[0]: (r[1], r[2]) for r in rows("stock_metrics.tsv")},
        metric_synonyms=tuple(tuple(line.split()) for line in lines("metric_synonyms.txt")),
        metric_parts=tuple(line.strip() for line in lines("metric_parts.txt")),
        country_names={r[0].strip(): r[1].strip() for r in rows("country_names.tsv")},
        frame_words=_classes(rows("frames.tsv")),
        idioms=_idioms(frozenset(numbers)),
    )


def _classes(table: list[list[str]]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for word, kind in table:
        found.setdefault(word, set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in found.items()}


_Surfaces = dict[str, tuple[str, str]]


def _units(prefixes: dict[str, str]) -> tuple[_Surfaces, _Surfaces, _Surfaces]:
    """(names, case-sensitive symbols, quantulum3's names kept out as ordinary words): our
    own rows, then quantulum3's where ours are silent."""
    units = {r[0]: (r[1], r[2]) for r in rows("units.tsv")}
    cased = {r[0]: (r[1], r[2]) for r in rows("units_cased.tsv")}
    skip: dict[str, set[str]] = {}
    for item, kind in rows("units_skip.tsv"):
        skip.setdefault(kind, set()).add(item)
    upstream_words, upstream_symbols, guarded = quantulum.surfaces(
        {kind: frozenset(items) for kind, items in skip.items()}, prefixes,
        {r[0]: r[1] for r in rows("units_renamed.tsv")})
    for surface, entry in upstream_words.items():
        units.setdefault(surface, entry)  # our own rows win
    for surface, entry in si.prefixed_names(rows("si_units.tsv"),
                                            sorted(set(prefixes.values()))).items():
        if surface not in skip.get("word", ()):
            units.setdefault(surface, entry)  # "millisieverts", "gigawatt hours"
    for symbol, entry in upstream_symbols.items():
        if symbol.lower() not in units and symbol not in cased:
            cased[symbol] = entry
    for symbol, entry in si.micro_symbols(rows("si_units.tsv"), quantulum.symbols_by_pint()
                                          ).items():
        cased.setdefault(symbol, entry)  # "µs", "µSv"
    for symbol, entry in si.prefixed_symbols(
            rows("si_units.tsv"), quantulum.symbols_by_pint(), prefixes,
            frozenset(skip.get("symbol", set()) | skip.get("attached", set()))).items():
        if symbol.lower() not in units:
            cased.setdefault(symbol, entry)  # "nmol", "mGy", "kBq"
    for table in (units, cased):  # the micro sign and the Greek mu write one prefix
        for surface, entry in list(table.items()):
            table.setdefault(surface.replace(_MICRO, _MU), entry)
    return units, cased, {w: e for w, e in guarded.items()
                          if w not in units and e[1] not in _GENERIC_ENTITIES}


# quantities named too often in other senses to guard a word ("at the time, 3 shakes")
_GENERIC_ENTITIES = frozenset({"time"})


_MICRO, _MU = "\u00b5", "\u03bc"


def _idioms(numbers: frozenset[str]) -> dict[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """idioms.txt indexed by each number word in it, with its place in the idiom."""
    found: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for line in lines("idioms.txt"):
        words = tuple(line.split())
        for place, word in enumerate(words):
            if word in numbers:
                found.setdefault(word, []).append((place, words))
    return {word: tuple(entries) for word, entries in found.items()}


def _roles(changes: list[list[str]]) -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for word, _direction, role in changes:
        roles.setdefault(word, set()).add(role)
    return {word: frozenset(r) for word, r in roles.items()}


def _widths(surfaces: list[str]) -> dict[str, int]:
    from factcheck.extract.tokens import tokenize

    widths: dict[str, int] = {}
    for surface in surfaces:
        toks = tokenize(surface)
        if toks:
            width = max(len(toks), 2 * len(surface.split()) - 1)  # also written with hyphens
            widths[toks[0].low] = max(widths.get(toks[0].low, 0), width)
    return widths


def _edge(surface: str, index: int) -> str:
    """The first (0) or last (-1) token of a surface, as the tokenizer splits it."""
    from factcheck.extract.tokens import tokenize

    toks = tokenize(surface)
    return toks[index].low if toks else ""
