"""Whether a figure's words name another figure's thing, for FC202's re-mentions
(factcheck.checks._mentions): the head of a measure written beside its figure ("the
£520,000 fine"), inflected, of the same group (words.tsv, class "same:GROUP": "cost",
"price", "tag") or read as one measure (factcheck.checks._measures); a place's people
named by a population's words; and the words that narrow a later measure to a part of
the earlier one's thing ("The 12 electric buses" after "46 buses").
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _measures, _possessives
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_OF_PEOPLE = re.compile(r"\b(?:of|to)\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


def written_in(doc: Document, j: int, head: str) -> bool:
    """Whether the later figure's head is a word of figure j's sentence, inflected or not
    ("Season tickets cost £420" ... "the £240 ticket": the cost is the ticket's)."""
    words = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    return bool(words & {head + end for end in _INFLECTIONS})


def grouped_modifiers(measure: str, head: str) -> set[str]:
    """The words before a measure's head that name a group of words.tsv ("death" in "the
    death toll": class "same:deaths", so "killed 37" is named), for a head that is a
    measure of one thing (frames.tsv class "single")."""
    if not lexicon().frame_class(head, "single"):
        return set()
    words = measure.lower().replace("-", " ").split()[:-1]
    return {w for w in words if group(w)}


RELATIVE = frozenset({"", "percent", "percentage_point", "basis_point"})


def measure_holds(doc: Document, i: int, head: str) -> bool:
    """Whether figure i's measure may be its own: written beside it (written_beside), or
    the figure, written as a thing already told (a definite or possessive phrase:
    _possessives.definite), states a unit of measurement (millimetres, pounds, cubic
    metres) that the measure carried from an earlier figure of its subject shares
    ("Aberdeen had 142 mm of rain in October" ... "October's 124 mm in Aberdeen"; "the
    reservoir's 25 million cubic metres"). A plain count or a percent names no kind of
    its own: its measure lent may be another thing's ("... 2 TDs. The woman has worked
    there for 10"); so may a figure not told as known ("Of that, £28 million will go on
    ...": a part)."""
    if written_beside(doc, i, head):
        return True
    return doc.claims[i].unit not in RELATIVE and _possessives.definite(doc, i)


def written_beside(doc: Document, i: int, head: str) -> bool:
    """Whether the head of figure i's measure is written beside it: in the words before it
    in its phrase ("Monday's toll of 121") or in the three after it ("the £520,000
    fine", "the hospital's 460 beds"), inflected or as the verb the measure is named
    after ("will spend £450 million": the spending)."""
    c = doc.claims[i]
    start, end = doc.contexts[i].sentence
    before = fig.WORDS.findall(doc.text, max(start, c.start - 40), c.start)
    after = fig.WORDS.findall(doc.text, c.start, min(end, c.end + 40))[:4]
    return any(w.lower().startswith(head[:max(3, len(head) - 1)])
               or (len(w) > 3 and head.startswith(w.lower()))  # "spend" for "spending"
               for w in [*before, *after])


def names_figure(doc: Document, j: int, names: set[str]) -> bool:
    """Whether figure j is named by one of the names, in its measure or its sentence."""
    return named(doc, j, names) is not None


def named(doc: Document, j: int, names: set[str]) -> str | None:
    """Where figure j is named by one of the names, inflected, in the same group or read as
    one measure (factcheck.checks._measures): in
    its "measure" (or noun), in its "sentence", or None."""
    wanted = {n + end for n in names for end in _INFLECTIONS}
    for name in names:
        wanted |= group(name)
    c = doc.claims[j]
    own = f"{doc.frames[j].measure or ''} {c.noun or ''}".lower().replace("-", " ").split()
    if wanted & set(own) or (_population(names) and _people_of(doc, j)):
        return "measure"
    if any(_measures.term(n) & _measures.of_figure(doc, j) for n in names):
        return "measure"  # one reading of the measure: "jobless" ... "unemployment"
    words = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    return "sentence" if words & wanted else None


def subset(doc: Document, j: int, i: int, later: Frame | None = None) -> bool:
    """Whether the later figure's measure narrows the earlier's with a word the earlier
    figure's sentence does not hold ("The fleet has 46 buses. The 12 electric buses
    ..."): a group within the thing, not the thing again. A rate's adjective ("annual")
    and a word of the head's group ("price tag" after "cost") narrow nothing, nor does a
    word the earlier sentence holds by one reading of a measure (_measures.term: "sale"
    after "sold"); a word of the head's group in the earlier sentence does not excuse
    another modifier ("its roads budget" after "its budget": a part). later: figure i's
    frame as the caller reads it (the noun it premodifies as its measure), else its own."""
    later = later or doc.frames[i]
    head = (later.measure or "").lower().replace("-", " ").split()[-1:]
    noun = (later.claim.noun or "").lower().replace("-", " ").split()
    if not (noun and head and noun[-1].startswith(head[0])):
        noun = []  # "121 makes": no noun phrase of the measure
    words = [w for w in [*noun, *(later.measure or "").lower().replace("-", " ").split()]
             if w not in lexicon().stopwords] or [""]
    earlier = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    earlier |= set((doc.frames[j].measure or "").lower().replace("-", " ").split())
    read = frozenset().union(*(_measures.term(w) for w in earlier))  # one reading of a word
    rates = set().union(*(fig.words(k) for k in fig.kinds("per:")))
    for word in words:
        known = {word + end for end in _INFLECTIONS} | group(word)  # not the head's group:
        # "the school's staffing budget" after "the school's budget" (its spending) narrows
        if word in head or word.rstrip("s") in head or word in rates:
            continue
        if not known & earlier and not {word, word.rstrip("s")} & set(group(head[0])) and not (
                _measures.term(word) & read):
            return True  # "sale" is read in "sold" (its cue): not a narrowing
    return False


def other_measure(earlier: str | None, head: str) -> bool:
    """Whether the earlier figure measures one thing of another name ("The council's
    budget is £45m" ... "the council's £60m pension deficit"): both heads are measures
    of one thing (frames.tsv class "single") and neither names the other."""
    words = (earlier or "").lower().replace("-", " ").split()
    if not words or not lexicon().frame_class(words[-1], "single"):
        return False
    return not ({head} | group(head)) & set(words)


def _population(names: set[str]) -> bool:
    """Whether a name is a population's (lexicon stock_metrics.tsv: "residents")."""
    stock = lexicon().stock_metrics
    return any(stock.get(n.rstrip("s"), ("",))[0] == "population" for n in names)


def _people_of(doc: Document, j: int) -> bool:
    """Whether figure j is a place's people: "a town of 42,000 people", "home to 9,000
    people" (the people a place is of, not a crowd)."""
    c = doc.claims[j]
    return (c.noun or "").lower() in ("people", "inhabitants", "residents") and bool(
        _OF_PEOPLE.search(doc.text, max(0, c.start - 12), c.start))


def group(word: str) -> frozenset[str]:
    """The words of word's groups in words.tsv (class "same:GROUP"), word included."""
    found: set[str] = set()
    for kind in fig.kinds("same:"):
        group = fig.words(kind)
        if word in group:
            found |= group
    return frozenset(found)
