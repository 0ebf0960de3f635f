"""Ages written in words, for FC206: "Now seventy-one, she was born in 1964 in ...";
"born in 1949, she turns sixty next spring".

A bare number word is no claim (the extractor keeps a number word only with a noun), so
the age is read here from the words after a cue that makes it the age now or at the
coming birthday ("now", "turns", "turning", "will turn"), or set off by commas after a
name, as an apposition ("Okafor, thirty-one, who was born in 1979": the age now), as
the ordinal of an anniversary is (factcheck.checks._anniversaries): a number word from one to
ninety-nine (lexicon numberwords.tsv, "seventy-one" in one or two words) that ends its
phrase. Its birth is the one birth (factcheck.checks._dates) in its sentence (one in
the sentence before may be another person's), and the sentence names no other year (an
age at another date). The age now is one of the two whole numbers from that year to
the draft's date; at the coming birthday it is one more than the age now, or the later
of the two. After "at" the age is one at an event ("became chief executive at twenty-two
when she took over in 2021"): exact to the one year its own clause names (a year after
"and" or a comma dates something else), and, its clause undated, no higher than the age
now (as FC206 reads "at 34" in digits).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.checks import Document, _dates
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Finding

_NAME_BEFORE = re.compile(  # "Okafor", "Priya Nair", "Lloyd-Webb"
    r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?)*$")
_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:next|this|in|on|at|and|but|when)\b)", re.IGNORECASE)


@cache
def _pattern() -> re.Pattern[str]:
    """A cue and a number word of one to ninety-nine after it."""
    numbers = lexicon().numbers
    units = [w for w, (v, kind) in numbers.items() if kind == "unit" and 0 < v < 20]
    tens = [w for w, (v, kind) in numbers.items() if kind == "ten"]
    small = "|".join(sorted(units, key=len, reverse=True))
    return re.compile(
        rf"\b(?P<cue>now|turns|turning|will\s+turn|at|,)\s+(?P<age>(?:{'|'.join(tens)})"
        rf"(?:[-\s](?:{small}))?|{small})\b", re.IGNORECASE)


def _value(words: str) -> int:
    numbers = lexicon().numbers
    return int(sum(numbers[w][0] for w in re.split(r"[-\s]+", words.lower())))


def check(doc: Document, check_id: fig.CheckId) -> Iterator[Finding]:
    """Each age in words that its birth year and the draft's date do not allow."""
    for m in _pattern().finditer(doc.text):
        if not _ENDS.match(doc.text, m.end()):
            continue  # "turns sixty metres of cloth", "now twenty staff"
        if m.group("cue") == "," and not _apposition(doc.text, m):
            continue
        own = _sentence(doc.text, m.start())
        births = [s for _, s in _dates.all_starts(doc.text, [own]) if s.born and not s.last]
        if len(births) != 1:
            continue
        birth = births[0]
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *own)} - {birth.year}
        said, cue = _value(m.group("age")), m.group("cue").lower()
        if cue == "at":  # an age at an event: exact to the one year its clause names
            clause = _clause(doc.text, m, own)
            dated = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *clause)}
            message = _at_event(birth.year, birth.text, dated - {birth.year}, said,
                                m.group("age"), doc)
        elif years:
            continue  # "turns sixty in 2030", "was born in 1964 and in 1990 ..."
        else:
            message = _now(birth.year, birth.text, said, m.group("age"), doc, cue)
        if message is not None:
            yield Finding(code=check_id.code, name=check_id.name, severity=check_id.severity,
                          message=message, start=m.start("age"), end=m.end("age"))


def _now(born: int, birth: str, said: int, age: str, doc: Document, cue: str) -> str | None:
    """The message when an age now ("now", an apposition) or at the coming birthday
    ("turns") is not one the birth year and the draft's date allow, else None."""
    most = doc.as_of.year - born
    allowed = {most - 1, most} if cue in ("now", ",") else {most, most + 1}
    if said in allowed:
        return None
    low, high = sorted(allowed)
    return (f"Born in {born}, the age is {low} or {high} by {doc.as_of.isoformat()}, "
            f"not {age} (\"{birth}\").")


_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but)\b", re.IGNORECASE)


def _clause(text: str, m: re.Match[str], own: tuple[int, int]) -> tuple[int, int]:
    """The span of the clause of the age m in its sentence own: from the last comma,
    semicolon, colon, "and" or "but" before it to the next after it ("at sixteen and
    retired in 2010": 2010 dates the retirement, not the age)."""
    before = [b.end() for b in _CLAUSE_BREAK.finditer(text, own[0], m.start())]
    after = _CLAUSE_BREAK.search(text, m.end(), own[1])
    return (before[-1] if before else own[0]), (after.start() if after else own[1])


def _at_event(born: int, birth: str, years: set[int], said: int, age: str, doc: Document
              ) -> str | None:
    """The message when an age at an event ("became chief executive at twenty-two when she
    took over in 2021") is not the one the birth and the event's year allow (the one
    other year of its sentence: one of two whole numbers), or, the event undated, is
    higher than the age now; several other years: None (which dates the event?)."""
    if len(years) > 1:
        return None
    if years:
        year = next(iter(years))
        if said in (year - born - 1, year - born):
            return None
        return (f"Born in {born}, the age in {year} is {year - born - 1} or {year - born}, "
                f"not {age} (\"{birth}\").")
    most = doc.as_of.year - born
    if said <= most:
        return None
    return (f"Born in {born}, the age by {doc.as_of.isoformat()} is at most {most}, "
            f"not {age} (\"{birth}\").")


def _apposition(text: str, m: re.Match[str]) -> bool:
    """Whether a number word set off by commas after a name is its age ("Okafor,
    thirty-one, who was born in 1979"): a capitalised word before the first comma, a
    comma right after the number word."""
    name = _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if name is None or not text.startswith(",", m.end()):
        return False
    before = fig.WORDS.findall(text, max(0, name.start() - 20), name.end())
    lead = before[-len(name.group(0).split()) - 1 :]
    return not any(w.lower() in fig.QUALIFIERS for w in lead)  # not "In Leeds, twelve"


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The span of the sentence holding at: from the last full stop (or paragraph break)
    before it to the next full stop, 400 characters either side at most."""
    lo = max(0, at - 400)  # a sentence is shorter: linear time whatever the text
    start = max(text.rfind(".", lo, at), text.rfind("\n\n", lo, at), lo - 1) + 1
    stop = text.find(".", at, at + 400)
    return start, (stop if stop >= 0 else min(len(text), at + 400))
