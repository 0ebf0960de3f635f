"""The word lists of the extractor, read once from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _rows(name: str) -> list[list[str]]:
    text = files("factcheck.extract").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, tuple[str, str]]  # surface -> (unit, kind)
    cased_units: dict[str, tuple[str, str]]  # case-sensitive symbols ("Nm" vs "nm")
    currencies: dict[str, tuple[str, str]]  # surface -> (ISO code, position)
    scales: dict[str, tuple[float, str]]  # word -> (factor, attached)
    bounds: dict[str, str]  # phrase -> bound
    change_verbs: dict[str, str]
    change_nouns: dict[str, str]
    change_adverbs: dict[str, str]
    up_particle_verbs: frozenset[str]  # "gave up 517 yards": this "up" is no rise
    numbers: dict[str, tuple[float, str]]  # word -> (value, kind)
    vague: dict[str, float]  # "tens of thousands" -> 1e4, the low end of the range it names
    compounds: dict[tuple[str, str], float]  # (foot, inch) -> 12: "6 feet 2 inches"
    roles: dict[str, frozenset[str]]  # word -> roles (month, name, year, vague)
    stopwords: frozenset[str]
    max_unit_words: int
    max_bound_words: int
    unit_starts: frozenset[str]  # first token of every unit or post-currency surface
    bound_ends: frozenset[str]  # last token of every bound phrase
    currency_ends: frozenset[str]  # last token of every pre-currency surface

    def has_role(self, word: str, role: str) -> bool:
        return role in self.roles.get(word.lower(), frozenset())


@cache
def lexicon() -> Lexicon:
    units = {r[0]: (r[1], r[2]) for r in _rows("units.tsv")}
    generated = files("factcheck.extract").joinpath("data", "units_generated.tsv")
    if generated.is_file():
        for r in _rows("units_generated.tsv"):
            units.setdefault(r[0], (r[1], r[2]))
    changes = _rows("changes.tsv")
    roles: dict[str, set[str]] = {}
    for word, role in _rows("context.tsv"):
        roles.setdefault(word, set()).add(role)
    stop = files("factcheck.extract").joinpath("data", "stopwords.txt").read_text("utf-8")
    bounds = {r[0]: r[1] for r in _rows("bounds.tsv")}
    currencies = {r[0]: (r[1], r[2]) for r in _rows("currencies.tsv")}
    cased = {r[0]: (r[1], r[2]) for r in _rows("units_cased.tsv")}
    return Lexicon(
        units=units,
        cased_units=cased,
        currencies=currencies,
        scales={r[0]: (float(r[1]), r[2]) for r in _rows("scales.tsv")},
        bounds=bounds,
        change_verbs={r[0]: r[1] for r in changes if r[2] == "verb"},
        change_nouns={r[0]: r[1] for r in changes if r[2] == "noun"},
        change_adverbs={r[0]: r[1] for r in changes if r[2] == "adverb"},
        up_particle_verbs=frozenset(r[0] for r in changes if r[2] == "up_particle"),
        numbers={r[0]: (float(r[1]), r[2]) for r in _rows("numberwords.tsv")},
        vague={r[0]: float(r[1]) for r in _rows("vague.tsv")},
        compounds={(r[0], r[1]): float(r[2]) for r in _rows("compounds.tsv")},
        roles={w: frozenset(r) for w, r in roles.items()},
        stopwords=frozenset(
            w.strip() for w in stop.splitlines() if w.strip() and not w.startswith("#")
        ),
        max_unit_words=max(len(s.split()) for s in units) + 2,
        max_bound_words=max(len(s.split()) for s in bounds),
        unit_starts=frozenset(
            _edge(s, 0) for s in [*units, *(c.lower() for c in cased), *currencies,
                                  "cents", "cent", "pence", "p"]
        ),
        bound_ends=frozenset(_edge(s, -1) for s in bounds),
        currency_ends=frozenset(_edge(s, -1) for s in currencies),
    )


def _edge(surface: str, index: int) -> str:
    """The first (0) or last (-1) token of a surface, as the tokenizer splits it."""
    from factcheck.extract.tokens import tokenize

    toks = tokenize(surface)
    return toks[index].low if toks else ""
