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
of the two.
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
        rf"\b(?P<cue>now|turns|turning|will\s+turn|,)\s+(?P<age>(?:{'|'.join(tens)})"
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
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *own)}
        if years - {birth.year}:
            continue  # "turns sixty in 2030", "was born in 1964 and in 1990 ..."
        said, most = _value(m.group("age")), doc.as_of.year - birth.year
        now = m.group("cue").lower() in ("now", ",")
        allowed = {most - 1, most} if now else {most, most + 1}
        if said not in allowed:
            low, high = sorted(allowed)
            message = (f"Born in {birth.year}, the age is {low} or {high} by "
                       f"{doc.as_of.isoformat()}, not {m.group('age')} (\"{birth.text}\").")
            yield Finding(code=check_id.code, name=check_id.name, severity=check_id.severity,
                          message=message, start=m.start("age"), end=m.end("age"))


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
