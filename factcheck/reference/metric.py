"""Metric matching: a row's terms and metric name against a claim's cue words and noun.

Words are compared as Snowball (Porter 2) stems, so "employed" meets "employment" and
"mined" meets "mining", and through the synonym groups of metric_synonyms.txt
("generation" meets "production", "working" meets "employment"). Metric names are
weighed by how rare each word is among the metric names of the tables in use (inverse
document frequency), so that in a metric named "Wind power's share of electricity" the
word "wind" counts for more than "electricity".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

import snowballstemmer

STOPWORDS: frozenset[str] = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per",
    "the", "to", "with", "number", "share", "annual", "amount", "level", "rate",
    "among", "both", "sexes"})  # "among both sexes": WHO titles' default population
_PER_BASE_HEADS = frozenset({"density", "densities"})  # a count per head of a base
GENERIC = frozenset({"prevalence", "proportion", "percentage", "fraction", "ratio", "figure",
                     "total", "count", "tally", "volume", "value", "sum", "majority"})
_WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")  # a word may hold digits ("co2", "pm2")
_HEAD = re.compile(r"\s*[:(]")  # a metric title's name ends at a colon or a bracket
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_PER_BASE = re.compile(r"\s+per\s+", re.IGNORECASE)
_STEMMER = snowballstemmer.stemmer("english")


@cache
def _synonyms() -> dict[str, str]:
    """Stem -> the stem of the first word of its group in metric_synonyms.txt."""
    from factcheck.lexicon import lexicon

    groups: dict[str, str] = {}
    for first, *rest in lexicon().metric_synonyms:
        head = str(_STEMMER.stemWord(first.casefold()))
        for word in rest:
            if "_" not in word:
                groups.setdefault(str(_STEMMER.stemWord(word.casefold())), head)
    return groups


@cache
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The synonyms of several words (written with "_" in metric_synonyms.txt: "carbon
    dioxide" is "co2"), each as a pattern and the first word of its group."""
    from factcheck.lexicon import lexicon

    return tuple((re.compile(r"\b" + r"[\s-]*".join(map(re.escape, word.split("_"))) + r"\b"),
                  first.casefold())
                 for first, *rest in lexicon().metric_synonyms
                 for word in rest if "_" in word)


def _folded(text: str) -> str:
    """The text with its synonyms of several words read as their group's first word ("CO2
    per head" is "co2 capita"), so that word by word it says what words() reads."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    for pattern, first in _phrases():
        folded = pattern.sub(first, folded)
    return folded


@cache
def stem(word: str) -> str:
    """The word's Snowball stem, or the stem its synonym group is read as.

    >>> [stem(w) for w in ("exports", "countries", "employed", "working", "mining")]
    ['export', 'countri', 'employ', 'employ', 'mine']
    >>> stem("generated") == stem("production"), stem("power")
    (True, 'electr')
    """
    base = str(_STEMMER.stemWord(word.casefold()))
    return _synonyms().get(base, base)


@cache
def words(text: str) -> frozenset[str]:
    """Stemmed content words of a text (compatibility forms folded: "CO₂" is "CO2"; a
    synonym of several words read as its group's first word: "carbon dioxide" is "co2").

    >>> sorted(words("Annual CO₂ emissions")) == sorted(words("carbon dioxide emitted"))
    True
    """
    return frozenset(stem(w) for w in _WORD.findall(_folded(text)) if w not in STOPWORDS)


def claim_words(cues: Iterable[str], noun: str | None) -> frozenset[str]:
    return words(" ".join([*cues, noun or ""]))


def weights(metric_names: Iterable[str]) -> dict[str, float]:
    """Inverse document frequency of each stem over distinct metric names."""
    names = {words(name) for name in metric_names}
    counts = Counter(w for name in names for w in name)
    return {w: math.log(1 + len(names) / n) for w, n in counts.items()}


def counts_what(noun: str | None, metric: str, terms: str, label: str) -> bool:
    """Whether a plain count of `noun` ("people", "deaths") is what a row counts.

    >>> counts_what("people", "population", "population|people", "")
    True
    >>> counts_what("soldiers", "Number of deaths", "", "deaths"), counts_what(None, "x", "", "")
    (False, False)
    """
    if not noun:
        return False
    name, term_sets = _row_terms(metric, terms)
    return bool(words(noun) & (name | words(label) | frozenset().union(*term_sets)))


@cache
def _row_terms(metric: str, terms: str) -> tuple[frozenset[str], tuple[frozenset[str], ...]]:
    """A row's metric name as content words, less the generic ones ("Population (Total)"
    names the population), and its terms."""
    name = words(metric)
    specific = name - _generic_stems()
    sets = [words(t) for t in terms.split("|") if t.strip()]
    head = _HEAD.split(metric, 1)[0]  # "Total fertility rate: births per woman" names the
    if head != metric:                # fertility rate, before its colon
        named = words(head) - _generic_stems()
        if named:
            sets.append(named)
    sets.extend(_title_names(head))
    sets.extend(_covered_names(head))
    linked = _LINKING.sub(_unlinked, head)  # "Share of electricity generated by wind
    if linked != head:  # power" and "... production from wind" are "electricity from wind"
        named = words(linked) - _generic_stems()
        if len(named) > 1:
            sets.append(named)
    return specific or name, tuple(sets)


_LINKING = re.compile(r"\b([^\W\d_]+)\s+(?=(?:by|from)\b)", re.IGNORECASE)


def _unlinked(m: re.Match[str]) -> str:
    """A word that only links a title's measure to its source: a participle ("generated
    by", "caused by") or a word of making ("production from"); other words stay."""
    word = m.group(1)
    return "" if word.lower().endswith("ed") or stem(word) == stem("generation") else m.group(0)


_RATE = re.compile(r"([^\W\d_]+)(?:\s+and\s+([^\W\d_]+))?\s+per\s+(?:[\d,]+\s+)?([^\W\d_]+)"
                   r"\s*$", re.IGNORECASE)


@cache
def _rate_names(metric: str) -> tuple[frozenset[str], ...]:
    """A rate's short names: its head noun and its base ("Medical doctors per 1,000
    people" is "doctors per 1,000 people"; "Nurses and midwives per 1,000 people" names
    nurses and midwives, each per 1,000 people; "births per woman"). The base stays in
    the name: "doctors" alone is a count of doctors."""
    found = _RATE.search(_HEAD.split(metric, 1)[0]) or _RATE.search(metric)
    if found is None:
        return ()
    heads = [h for h in (found.group(1), found.group(2)) if h and words(h)]
    return tuple(words(f"{head} {found.group(3)}") for head in heads)  # not "rate" alone


def _title_names(title: str) -> list[frozenset[str]]:
    """Short names a title gives its metric: the words before its first "of"
    ("Inflation of consumer prices" is inflation), or, when those words are generic
    ("Share of women in parliament"), the words after it (women, parliament). Our World in
    Data titles name a metric so (its grapher metadata, ``title``). "per" and "from" stay
    part of the name: "CO₂ emissions per capita" and "CO₂ emissions from coal" are not
    "CO₂ emissions"."""
    parts = _OF.split(title, 1)
    if len(parts) < 2:
        return []
    before = words(parts[0]) - _generic_stems()
    after = words(_HEAD.split(parts[1], 1)[0]) - _generic_stems()
    if before and not before <= _CHANGE_STEMS:
        return [before]
    if before:  # "Annual growth of exports of goods": growth of exports, not growth alone
        first = next((w for w in _WORD.findall(parts[1]) if words(w) - _generic_stems()), "")
        return [before | words(first)] if first else []
    return [after] if after else []


_COVERED = re.compile(r"^\s*(?:share|proportion|percentage|fraction)\s+of\s+[^\W\d_][\w\s-]*?"
                      r"\s+([^\W\d_]+ed)\s+(?:by|with)\s+([^\W\d_][\w\s-]*)$", re.IGNORECASE)


@cache
def _covered_names(title: str) -> tuple[frozenset[str], ...]:
    """Everyday names of a share whose title says what fills its base ("Share of land
    covered by forest", "Proportion of roads lined with trees"): that filler with the
    participle's word ("forest cover") and the filler alone ("forest share", "share" being
    a stopword). A participle of making ("generated by": the synonyms of "generation")
    names a source, not a filler, and gives no such names (_unlinked). A claim must still
    be in percent and its measure's head among the row's words (narrower) to be decided
    by it.

    >>> [sorted(n) for n in _covered_names("Share of land covered by forest")]
    [['cover', 'forest'], ['forest']]
    >>> _covered_names("Share of electricity generated by wind"), _covered_names("Forest area")
    ((), ())
    """
    found = _COVERED.match(title)
    if found is None or stem(found.group(1)) == stem("generation"):
        return ()  # "Share of electricity generated by wind": made by, not filled with
    filler = words(found.group(2)) - _generic_stems()
    if not filler:
        return ()
    return filler | words(found.group(1)), filler


_CHANGE_STEMS = frozenset({"growth", "chang"})  # Snowball stems of "growth", "change"


@cache
def row_words(metric: str, terms: str) -> frozenset[str]:
    """Every stem a row is known by: its metric name's and its terms' (_row_terms)."""
    name, term_sets = _row_terms(metric, terms)
    return name | frozenset().union(*term_sets)


def rate_name(metric: str) -> str:
    """A rate's name without its base: "Homicide rate per 100,000 population" ->
    "Homicide rate"; other names as they are."""
    return _PER_BASE.split(metric, 1)[0]


def part_stems() -> frozenset[str]:
    """Stems of lexicon metric_parts.txt ("capita", "female", "urban")."""
    from factcheck.lexicon import lexicon

    return frozenset().union(*(words(w) for w in lexicon().metric_parts))


@cache
def _generic_stems() -> frozenset[str]:
    return frozenset(stem(word) for word in GENERIC)


def score(metric: str, terms: str, cues: frozenset[str],
          weight: Mapping[str, float] | None = None, label: str = "") -> float:
    """How well a row's metric fits the claim's words.

    1 or more when one of the row's terms (all its words) or the whole metric name is
    among the cues, a tenth more for each further word of the longest such term, so that
    "additional tariff" beats "tariff"; otherwise the (weighted) share of the metric
    name's content words found in the cues, below 1.

    >>> score("population", "population|people|inhabitants", words("home to 166,000 people"))
    1.0
    >>> score("tariff", "tariff|additional tariff", words("an additional 25% tariff"))
    1.1
    >>> score("Share of electricity generated by wind", "", words("electricity from wind"))
    1.1
    >>> score("Share of electricity generated by wind", "", words("wind turbines"))
    0.333333333
    >>> score("mine production", "production|mined|output", words("imported from Myanmar"))
    0.0
    """
    name, term_sets = _row_terms(metric, terms)
    hits = [len(t) for t in (*term_sets, name, *_label_names(label, name, cues))
            if t and t <= cues]
    if hits:
        return round(1.0 + 0.1 * (max(hits) - 1), 6)
    if not name:
        return 0.0
    top = max(weight.values(), default=1.0) if weight else 1.0
    w = {word: (weight.get(word, top) if weight else 1.0) for word in name}
    share = sum(w[word] for word in name & cues) / sum(w.values())
    based = _PER_BASE.split(metric, 1)
    if len(based) > 1 and cues & words(" ".join(sorted(_PER_BASE_HEADS))):  # "doctor density":
        # doctors per head of a base
        cues = cues | words(based[1])
    named = [rate for rate in _rate_names(metric) if rate <= cues]
    if named:  # "doctors per 1,000 people": the rate named by its short name; more of the
        return round(1.0 + 0.1 * (len(named[0]) - 1) + 0.01 * share, 6)  # title's words
    return round(share, 9)  # a sum over a set: rounded, so that equal shares tie exactly


def _label_names(label: str, name: frozenset[str], cues: frozenset[str]
                 ) -> tuple[frozenset[str], ...]:
    """The name a series' unit gives what it counts, with one word of its title: OWID
    states a count's unit as the thing counted ("warheads", "users", "attacks"), so
    "4,380 nuclear warheads" names "Estimated nuclear warhead stockpiles" and "655 million
    internet users" names "Number of people using the Internet". A unit that says only
    people or a number ("People", "Persons", "number") names nothing, and the unit alone
    never does: "655 million users" is not of the Internet.

    >>> [sorted(n) for n in _label_names("users", words("Number of people using the Internet"),
    ...                                  words("internet users"))]
    [['internet', 'user']]
    >>> _label_names("users", words("Number of people using the Internet"), words("users"))
    ()
    """
    counted = words(label) - _generic_stems() - _COUNT_LABELS
    if not counted or not counted <= cues:
        return ()
    if counted <= name:  # the title names the thing counted: "warhead stockpiles"
        return (counted,)
    named = (name - counted) & cues
    return (counted | named,) if named else ()


_COUNT_LABELS = words("people persons population number score index yes")


def label_words(label: str, metric: str, terms: str, cues: frozenset[str]) -> frozenset[str]:
    """The words a series' unit label adds to its name for a claim with these cues
    (_label_names), as one set: what reference.series passes narrower as `named`."""
    name, _ = _row_terms(metric, terms)
    return frozenset().union(*_label_names(label, name, cues))


def narrower(measure: str, metric: str, terms: str,
             named: frozenset[str] = frozenset()) -> str | None:
    """Why a claim's measure is not what a row's metric counts, or None when it may be.
    named: further words the row is known by (its unit label: label_words).

    Its head (last word that is not a generic one like "share", "prevalence") must be
    among the row's metric and term words: "wheat export" is no "wheat harvest". And a measure
    that holds every word of the metric's name and more words the row never uses is a
    part of it: "thermal coal export" and "urban population" are narrower than "coal
    exports" and "population".

    >>> narrower("thermal coal export", "coal exports", "export|exports")
    "the claim measures 'thermal coal export', narrower than the row's 'coal exports'"
    >>> narrower("wheat export", "wheat harvest", "wheat|harvest") is not None
    True
    >>> narrower("tariff", "US reciprocal tariff rate", "tariff|duty") is None
    True

    And a measure with words the row never uses, beside a row with words the measure
    lacks, names something else: "wheat export" is not what "coal exports" counts.

    >>> narrower("wheat export", "coal exports", "export|exports") is not None
    True
    """
    name, term_sets = _row_terms(metric, terms)
    row = name | named | frozenset().union(*term_sets)
    based = _PER_BASE.split(metric, 1)  # the base of a rate is no part of a people
    base = words(based[1]) - {stem("capita")} if len(based) > 1 else frozenset()  # ("births
    parts = (words(metric) & part_stems()) - base - words(measure)  # per woman"), per head is
    if parts:
        return (f"the row's {metric!r} is of a part ({', '.join(sorted(parts))}) the claim's "
                f"measure {measure!r} does not name")
    said = [w for w in _folded(measure).replace("-", " ").split() if w not in GENERIC
            and not (len(based) > 1 and w in _PER_BASE_HEADS)]  # "doctor density" is
    heads = [w for w in said if words(w)]  # "doctors per 1,000 people"
    head = words(heads[-1]) if heads else frozenset()
    if head and not head & row:
        return f"the claim measures {measure!r}, which the row's {metric!r} does not name"
    claim = words(" ".join(said))
    if name and name < claim and claim - row:
        return f"the claim measures {measure!r}, narrower than the row's {metric!r}"
    if claim - row and name - claim:
        return f"the claim measures {measure!r}, not what the row's {metric!r} counts"
    return None


def names_other(measure: str, metric: str, vocabulary: frozenset[str]) -> str | None:
    """Why a share's measure is not what a row's metric counts, or None when it may be: the
    measure names a word that tells the tables' series apart (a word of some metric's name,
    vocabulary) which this row lacks, while the row names words the measure lacks
    ("government health spending" of GDP is not "Government spending on education as a
    share of GDP", though both are spending by government as a share of GDP). A share's
    measure holds many words ("coal share of the power mix"), so only words the series use
    count.

    >>> vocab = words("Government health spending as a share of GDP Government spending on "
    ...               "education as a share of GDP")
    >>> why = names_other("government health spending gdp",
    ...                   "Government spending on education as a share of GDP", vocab)
    >>> why.startswith("the claim measures 'government health spending gdp' (health)")
    True
    >>> names_other("government health spending gdp",
    ...             "Government health spending as a share of GDP", vocab) is None
    True
    """
    name, term_sets = _row_terms(metric, "")
    row = name | frozenset().union(*term_sets)
    said = words(measure)
    extra = (said & vocabulary) - row
    if not extra or not name - said:
        return None
    shown = [w for w in measure.split() if words(w) and words(w) <= extra]
    return (f"the claim measures {measure!r} ({', '.join(shown) or 'more'}), which the row's "
            f"{metric!r} does not name")
