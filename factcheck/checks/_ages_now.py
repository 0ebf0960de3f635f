"""Ages read from bare numbers, the birth they are said of, and the year they count to.

FC206 reads an age from a bare whole number the words before make one ("At 41, he",
"died at 84", "is now 61"), holds it to a birth written close to it, of no other person
("(born 1950) is 68"; not "born in 1950 and is retired; her son is 45"), and counts a
span or an age to the draft's date, or to the year its frame dates it (counted_to).
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _dates

_AT_AGE = re.compile(r"\b(?:at|aged|age\s+of|now)\s*$", re.IGNORECASE)
OTHER_PERSON = re.compile(r"\b(?:her|his|their|whose)\b", re.IGNORECASE)
IS_AGE = re.compile(r"\b(?:is|was|turns|turned|turning)(?:\s+now)?\s*$", re.IGNORECASE)
_AGE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:when|and|but|this|last|next|in|on)\b)",
                       re.IGNORECASE)


def bare_age(doc: Document, i: int) -> bool:
    """A bare whole number that the words before make an age: "At 41, he", "died at 84",
    "aged 70", "is now 61" (a count with no noun; 0 to 130)."""
    c = doc.claims[i]
    if c.unit not in ("", "year") or c.noun or c.change or not 0 < c.value < 130:
        return False
    if c.value != int(c.value) or "year" in c.text.lower():
        return False  # "is now 40 years old" names its unit: no bare number
    if _AT_AGE.search(doc.text, max(0, c.start - 12), c.start):
        return True
    return bool(IS_AGE.search(doc.text, max(0, c.start - 12), c.start)
                and _AGE_ENDS.match(doc.text, c.end))  # "(born 1950) is 68", "was 71 when"


def said_of(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether a bare age written "is 68" stands close to its birth: the birth before it
    (or else after it: "who turned 60 in August, was born in 1974") in its sentence, at
    most 40 characters between them, or in the sentence before when this one opens with
    a pronoun or the surname (factcheck.checks._since_years) and no other person's word
    comes before the birth there ("Ada Okafor was born in 1961. Okafor is 64"; not "Her
    father was born in 1940. She is 45"), or in the sentence after when that one opens
    with the birth and the person's pronoun ("Varga is 23. Born in 1998, she"); no ";"
    and no other person's ("her", "his", "their") between ("(born 1950) is 68", "born in
    1940, was 71 when"; not "born in 1950 and is retired; her son is 45"), but a birth
    after it may open a clause of its own with a bare pronoun ("turns 50 next month; she
    was born in 1975": _dates.pronoun_clause)."""
    claim, sentence = doc.claims[i], doc.contexts[i].sentence
    lo = max(sentence[0], claim.start - 40 - len(start.text))
    at = doc.text.rfind(start.text, lo, claim.start)
    if at >= 0:
        gap = doc.text[at + len(start.text) : claim.start]
    elif _told_after(doc, sentence, start):  # "Varga is 23. Born in Szeged in 1998, she"
        return True
    elif doc.text.find(start.text, *sentence) < 0:  # the sentence before's ("Ada Okafor
        # was born in 1961. Okafor is 64"): read after a pronoun or the surname only
        before = _dates.previous(doc.text, sentence[0])
        at = doc.text.find(start.text, *before)
        gap = doc.text[before[0] : at] if at >= 0 else ";"  # not "Her father was born"
    else:  # "Ravi Menon, who turned 60 in August, was born in 1974": the birth after it
        at = doc.text.find(start.text, claim.end, min(sentence[1], claim.end + 40 + len(
            start.text)))
        gap = doc.text[claim.end : at] if at >= 0 else ";"
        if at >= 0 and _dates.pronoun_clause(doc.text, claim.end, at):
            gap = gap[: gap.rfind(";")] if ";" in gap else gap  # "turns 50 next month;
            # she was born in 1975": the pronoun's clause is the same person's
    return ";" not in gap and not OTHER_PERSON.search(gap)


def _told_after(doc: Document, sentence: tuple[int, int], start: _dates.Start) -> bool:
    """Whether the birth opens the next sentence with the person's pronoun ("Varga is 23.
    Born in Szeged in 1998, she ..."; "She was born in 1941": _dates.birth_after)."""
    after = _dates.birth_after(doc.text, sentence[1])
    return after is not None and doc.text.find(start.text, *after) >= 0


def counted_to(doc: Document, i: int) -> int:
    """The year figure i's span runs to: the draft's (as_of), or the last year of the
    figure's period when its frame dates it after the draft ("turns 56 next year",
    "will be 75 in 2028": factcheck.frames periods), or an age's one past year when its
    frame dates it there ("born in 1945 and died in 2020, aged 80": the age in 2020), or
    the one year of a "when" clause right after a span in the past perfect ("had worked
    there for 22 years when auditors found the gap in March 2024": to 2024), or of a
    "before" clause right after a span in any past tense ("had traded for 25 years before
    it collapsed in 2023", "ran for 14 years before it folded in 2015": to the event)."""
    ended = ended_when(doc, i)
    if ended is not None:
        return ended
    period = doc.frames[i].period if doc.frames else None
    if period is not None and period[0] > doc.as_of:
        return period[1].year
    if (period is not None and doc.frames[i].role == "age"
            and period[0].year == period[1].year < doc.as_of.year):
        return period[1].year
    return doc.as_of.year


_HAD = re.compile(r"\bhad\b(?:\s+(?:been|\w+ed|\w+en|\w+))?", re.IGNORECASE)
_WHEN = re.compile(r"\s+(?:years?\s+)?(when|before)\b", re.IGNORECASE)  # "for 22 years when"
_CLAUSE_STOP = re.compile(r"[;.!?]")


def ended_when(doc: Document, i: int) -> int | None:
    """The one year written in the "when" clause right after figure i, when its sentence
    puts a "had" before the figure (the past perfect: a span that ended at that event),
    or in the "before" clause right after it (the span ran up to that event: "traded
    for 35 years before it collapsed in 2023"), else None."""
    c, sentence = doc.claims[i], doc.contexts[i].sentence
    when = _WHEN.match(doc.text, c.end, sentence[1])
    if when is None or (when.group(1).lower() == "when"
                        and not _HAD.search(doc.text, sentence[0], c.start)):
        return None
    stop = _CLAUSE_STOP.search(doc.text, when.end(), sentence[1])
    years = _YEAR.findall(doc.text, when.end(), stop.start() if stop else sentence[1])
    return int(years[0]) if len(years) == 1 and int(years[0]) <= doc.as_of.year else None


_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
