"""Reading a sentence that compares entities: its comparative word, its subject, its peers.

"Uganda's life expectancy was higher than Kenya's in 2015", "a larger share of Ugandans
than Tanzanians", "exceeded the UK's", "more than three times China's", "less than half the
world average", "the highest ... of any country", "Of Italy, Spain and Japan, Italy had the
lowest ...". The reading is lexical: the comparative words of comparisons.tsv, the
entities the tables name (countries by name, alias or demonym: reference.names), and the
years the sentence gives. The reference stage decides the comparison (reference.compare).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files

from factcheck.reference.names import country_code, normalize
from factcheck.written_years import YEAR

_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'(\[]?[A-Z0-9])")
_NAME = re.compile(r"[A-Z][\w’'.\-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+)?[A-Z][\w’'.\-]*)*")
_YEAR = re.compile(rf"\b({YEAR})\b(?![-–]\d)")
_WORLD = re.compile(r"\b(?:the\s+)?(?:world|global)(?:'s)?\s+average\b|\b(?:the\s+)?world(?:'s)?\b"
                    r"|\bworldwide\b|\bglobal(?:ly)?\b", re.IGNORECASE)
_ANY = re.compile(r"\b(?:of|among)\s+(?:any|all)\s+(?:other\s+)?countr(?:y|ies)\b"
                  r"|\bin\s+the\s+world\b|\bworldwide\b", re.IGNORECASE)
_PEER_AVERAGE = re.compile(r"\s*(?:the\s+)?([\w\-]+(?:\s+[\w\-]+){0,2}?)\s+average\b",
                           re.IGNORECASE)
_THAN = re.compile(r"\bthan\b")
_NUMBER = re.compile(r"\s*(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twenty|fifty|a\s+hundred|half|twice|double[sd]?|triple[sd]?|"
                     r"treble[sd]?|quadruple[sd]?|a\s+third|a\s+quarter|\w+fold)\b)",
                     re.IGNORECASE)
_TIMES = re.compile(r"\b(?:times|twice|half(?!\s+times)|double|triple|treble|quadruple)\s+"
                    r"(?:(?:as|that)\s+(?:\w+\s+){1,2}?(?:as|of)\s+)?", re.IGNORECASE)
_REGION = re.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:in|of|among|across)\s+(?:the\s+)?"
                     r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")  # "largest economy in Latin America"
_JOINS = frozenset({"and", "of", "the"})  # words between the names of a run ("Japan and Germany")
MAX_NAME_WORDS = 6  # the longest country name read ("Saint Vincent and the Grenadines")
DIRECT = frozenset({"overtook", "above", "below"})  # the peer follows without "than"
FUNCTION = frozenset({"in", "of", "among", "the", "per", "between", "by", "on", "at", "for",
                      "a", "an"})


@cache
def words_of() -> dict[str, str]:
    """Comparative word -> direction ("over", "under"), from comparisons.tsv."""
    text = files("factcheck.reference").joinpath("comparisons.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return {word: direction for word, direction in rows}


@dataclass(frozen=True)
class Mention:
    """An entity the sentence names: its text, offsets, and the name it resolves to (an ISO
    alpha-3 code, or "World")."""

    text: str
    start: int
    end: int
    key: str


@dataclass(frozen=True)
class Reading:
    """A comparison read from a sentence (offsets in the draft).

    kind: "than" (a comparative with its peer), "ratio" (a figure times the peer's: "three
    times China's", "half the world average"), "extreme" (a superlative over peers).
    direction: "over" or "under". subject: the entity compared. peers: the entities it is
    compared with (for "of any country", empty with every_country True). peer_text: the
    words naming the peer when no entity could be read from them (the reason then).
    years: the years the sentence names. span: the comparative phrase's offsets. again: a
    ratio said "as much again as" ("half as much again as Kenya's": Kenya's and half of it
    again, 1.5 times), its figure the part over the peer's.
    """

    kind: str
    direction: str
    subject: Mention
    peers: tuple[Mention, ...]
    every_country: bool
    peer_text: str
    years: tuple[int, ...]
    span: tuple[int, int]
    again: bool = False
    each: bool = False  # one typical person of each people: figures per person (_one_each)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: it ends at ".", "!" or "?" before a space and a
    capital or a digit (not inside "2.5")."""
    found, start = [], 0
    for boundary in _BOUNDARY.finditer(text):
        found.append((start, boundary.start()))
        start = boundary.end()
    found.append((start, len(text)))
    return [(a, b) for a, b in found if text[a:b].strip()]


Known = Callable[[str], str | None]  # a name -> the key of an entity a table holds, or None


def mentions(text: str, start: int, end: int, known: Known | None = None) -> list[Mention]:
    """The entities named between start and end, in order: countries by name, alias or
    demonym (leading capitalised function words dropped: "In 2023 Rwanda", "Of Italy"),
    the world ("the world average", "the world's"), and with known, the other entities
    it resolves (a desk table's towns: "Eastbury's")."""
    found: list[Mention] = []
    piece = text[start:end]
    for match in _NAME.finditer(piece):
        words = match.group().split()
        skip = 0
        while skip < len(words) and words[skip].lower() in FUNCTION:
            skip += 1
        name = " ".join(words[skip:]).rstrip(".,")
        base = start + match.start() + match.group().find(name)
        found.extend(_named(name, base, known))
    for match in _WORLD.finditer(piece):
        found.append(Mention(match.group(), start + match.start(), start + match.end(), "World"))
    return sorted(found, key=lambda m: m.start)


def _named(name: str, offset: int, known: Known | None = None) -> list[Mention]:
    """The countries a run of capitalised words names: the whole run, else its longest
    pieces from the left, each at the run's start or after "and" or "of" ("India's GDP" is
    India; "Japan and Germany" two; "Latin America" and "South American" none)."""
    words = name.split(" ")
    code = _code(name, known) if name and len(words) <= MAX_NAME_WORDS else None
    if code:
        return [Mention(name, offset, offset + len(name), code)]
    starts = [0]
    for word in words[:-1]:
        starts.append(starts[-1] + len(word) + 1)  # each word's offset, in one pass
    found: list[Mention] = []
    i = 0
    while i < len(words):
        if i and words[i - 1].lower() not in _JOINS:
            i += 1  # "Latin America": a piece inside a longer name names nothing
            continue
        for j in range(min(len(words), i + MAX_NAME_WORDS), i, -1):
            piece = " ".join(words[i:j])
            edge = words[i][:1].isupper() and words[j - 1][:1].isupper()
            code = _code(piece, known) if edge else None
            if code:
                at = offset + starts[i]
                found.append(Mention(piece, at, at + len(piece), code))
                i = j - 1
                break
        i += 1
    return found


def _code(name: str, known: Known | None) -> str | None:
    """The key of the entity a name names: a country's alpha-3 code, else known's."""
    return country_code(name) or (known(name) if known is not None else None)


def read(text: str, start: int, end: int, known: Known | None = None) -> Reading | None:
    """The comparison a sentence makes, or None when it makes none (known: as mentions)."""
    piece = text[start:end]
    named = mentions(text, start, end, known)
    if not named:
        return None
    years = tuple(sorted({int(y) for y in _YEAR.findall(piece)}))
    thans = list(_THAN.finditer(piece))  # found once: the sentence is read in one pass
    ends = [t.start() for t in thans]
    for match in re.finditer(r"\b([a-z]+)\b", piece):
        word = match.group(1)
        direction = words_of().get(word)
        if direction is None:
            continue
        where = start + match.start()
        if word.endswith("st") and piece[max(0, match.start() - 4):match.start()] == "the ":
            return _extreme(piece, start, named, direction, years, (where, where + len(word)))
        at = bisect_left(ends, match.end())
        than = thans[at] if at < len(thans) else None
        verb = word.endswith("ed") or word in DIRECT
        if than and _NUMBER.match(piece, than.end()):
            continue  # "more than 10 years", "less than half": a bound, not a peer
        if than or verb:
            after = than.end() if than else match.end()
            return _than(piece, start, named, direction, years, where, start + after)
    return _ratio(piece, start, named, years)


def _ratio(piece: str, start: int, named: list[Mention], years: tuple[int, ...]
           ) -> Reading | None:
    """A figure times a peer's: "three times China's", "half the world average"."""
    match = _TIMES.search(piece)
    if match is None:
        return None
    found = _than(piece, start, named, "over", years, start + match.start(),
                  start + match.end())
    again = re.search(r"\bagain\b", match.group(), re.IGNORECASE) is not None
    return replace(found, kind="ratio", again=again) if found else None


def _than(piece: str, start: int, named: list[Mention], direction: str,
          years: tuple[int, ...], where: int, after: int) -> Reading | None:
    """A comparative and its peer: the entity right after "than" (or the verb)."""
    following = [m for m in named if m.start >= after]
    before = [m for m in named if m.start < after]
    gap = piece[after - start:(following[0].start - start) if following else len(piece)]
    peer = following[0] if following and _adjacent(gap) else None
    subject = next((m for m in before if peer is None or m.key != peer.key), None)
    each = peer is None and following and subject is not None and _one_each(
        piece, start, gap, subject)
    if each:
        peer = following[0]  # "the average Qatari ... as the average Indian"
    if subject is None and peer is not None:  # "a larger share of Ugandans than Tanzanians"
        return None
    if subject is None:
        return None
    if peer is None:
        average = _PEER_AVERAGE.match(piece, after - start)
        if average is None:  # "higher than in 2010": a change, not a peer
            return None
        said = average.group(0).strip()
        end = after + len(said)
        return Reading("than", direction, subject, (), False, said, years, (where, end))
    return Reading("than", direction, subject, (peer,), False, "", years, (where, peer.end),
                   each=bool(each))


_ONE_OF = re.compile(r"\b(?:the|an?)\s+(?:average|typical)\s+$", re.IGNORECASE)


def _one_each(piece: str, start: int, gap: str, subject: Mention) -> bool:
    """Are both sides one typical person of a people ("the average Qatari emitted 10 times
    as much as the average Indian"): the same words before the subject as between the
    comparative and the peer? One side alone ("Qatar's emissions ... those of the average
    Indian") compares a whole with a person, which no series holds."""
    own = piece[max(0, subject.start - start - 20):subject.start - start]
    said = re.sub(r"^\s*(?:(?:that|those)\s+of\s+)?", "", gap)
    return bool(_ONE_OF.search(own)) and _ONE_OF.fullmatch(said) is not None


def _adjacent(gap: str) -> bool:
    """Is the peer named right after "than" (only "the", "that of", a count word between)?"""
    rest = [w for w in re.findall(r"[\w']+", gap.lower()) if w not in FUNCTION]
    return all(w in ("that", "those", "times", "twice", "half", "as", "much", "high")
               or w.isdigit() for w in rest) and len(rest) <= 4


def _extreme(piece: str, start: int, named: list[Mention], direction: str,
             years: tuple[int, ...], span: tuple[int, int]) -> Reading | None:
    """A superlative: the subject is the entity the figure belongs to; the peers are the
    other entities the sentence lists, or every country ("of any country"). A superlative
    within a region that is no country ("the largest in Latin America", "the most obese
    in Africa") is none: its peers are the region's members, which the sentence does not
    list."""
    every = bool(_ANY.search(piece))
    region = _REGION.match(piece, span[1] - start)
    if region and not _named(region.group(1), 0):
        return None  # "the largest in Latin America": its peers are a region's, unlisted
    countries = [m for m in named if m.key != "World"]
    subject = _superlative_subject(countries, span[0])
    if subject is None:
        return None
    peers = tuple(m for m in countries if m.key != subject.key)
    if not every and len(peers) < 1:
        return None
    return Reading("extreme", direction, subject, () if every else peers, every, "", years,
                   span)


def _superlative_subject(countries: list[Mention], where: int) -> Mention | None:
    """The entity that "had the highest": the last one named before the superlative (a
    list before it ends with its own subject: "Of Italy, Spain and Japan, Italy had")."""
    before = [m for m in countries if m.start < where]
    if not before:
        return None
    return before[-1]


def key_name(mention: Mention) -> str:
    """The normalised words of a mention, to take out of the metric's cue words."""
    return normalize(mention.text)
