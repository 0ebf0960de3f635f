"""FC206 date-arithmetic: an age or a duration disagrees with the year given and the draft's date.

What it does:
    Reads a starting year ("founded in 1961", "born in 1972", "since 1990") in the
    sentence, or in the one before when this one opens with "It", "He", "She" or
    "They", and a duration in years that counts from it: an age ("is 61 years old",
    "aged 61") after "born", or a span with "for" in a perfect tense or before
    "since" ("has fought for more than 70 years"). With only the year known, the
    elapsed time as of the draft's date (as_of) is one of two whole numbers. An age
    or an "N years since" must allow one of them; any other span may be shorter (it
    may count from a later event: "has led it for 12 years") but never longer. "More
    than" needs the elapsed time above the figure; "about" allows 10%. With several
    starting years in reach it stays silent.

    It also reads, from the frames, an age beside a life span in brackets ("Ruth Ames
    (1928-2019) died aged 83": 90 or 91), and a span in years whose frame's period runs
    from one whole year to another, written "from 2004 to 2012" or "2004-2012" ("a
    12-year tenure from 2004 to 2012": 7 to 9 years);
    an age the extractor reads from an apposition ("Marsh, 41, who was born in 1977")
    counts as an age, and so does a bare number after "at", "aged" or "now" ("At 41,
    he ...", "died at 84", "is now 61"); an age after "at" inside its clause is the age
    at an undated event ("ran his first marathon at 34"), lower than the age now or equal
    to it but never higher; the starting year may follow a place ("born
    in Hull in 1969"), and "elected" or "appointed" in a year start a span too.
    A wait since the last time ("a 25-year wait", "drought": words.tsv, class "gap")
    counts exactly from "last won it in 2009" (or "last lifted the Fife Cup in 2003");
    "N years ago", and "it is N years since" an event dated after "since", from the one
    year its sentence names (factcheck.checks._ago); a thing's age ("the 70-year-old
    lido, which opened in 1935"), the years it marks ("founded in 1896, is celebrating
    130 years") and a restatement of "since 1979, a span of 47 years" exactly from their
    start; an age written "is 68", "was 71 when" or "Now 41," after a birth (in the past
    tense it is an age at an event: exact only to a year its sentence names); an "Nth
    anniversary" (an ordinal, read from the words by factcheck.checks._anniversaries)
    from the one founding year in its sentence or the one before, give or take one; a
    span after "took" or "lasted" from the two years its sentence names after it ("took
    15 years: work began in 1862 and ... in 1871", factcheck.checks._took).
    A start verb may have its object or role before the year ("opened its doors in
    1961", "elected mayor in 2011"), and marriages, laws and memberships start spans
    too ("married in", "passed in", "joined in"); a span set off before "since" is the
    whole time since ("for nine years, since 2009"). An age counts from the one birth
    among several starts in its sentence, and from a birth written after it ("who
    turned 60 in August, was born in 1974"). A span between two years its sentence names
    ("began in 2011 and ended in 2023, after 12 years"; "reopened in 2024, eleven years
    after it shut in 2013"; factcheck.checks._took) and an age in words after "now" or
    "turns" ("Now sixty-one, she was born in 1964": factcheck.checks._worded_ages) are
    read too. A thing "is now 40 years old" after its founding, signing, unveiling or
    consecration; a wait ended by the last time itself ("last won it in 2011, ending a
    20-year wait") ran up to that year and is not read, but a finite verb after a relative
    clause that holds the last time ends a wait counted from it ("Rovers, who last won it
    in 2003, ended a 12-year wait"). An age may come first and the birth in the next
    sentence when that one opens with it ("... has died aged 79. She was born in 1941";
    "Born in Leeds in 1941, she ...", not "..., his father ..."). A thing founded in a
    year with no object "turns" its age ("Opened in 1931, the lido turns 95"; words.tsv,
    class "turns"; not "Lund, who founded the firm in 1990, turns 60"). A birth may be a
    full date ("born on 4 August 1999", "born on March 3, 1984"). A span in days, weeks
    or months between two days its sentence names ("began on 3 March and ended on 28
    April after 11 weeks"; "..., lasted 40 days" after them) counts the days
    (factcheck.checks._took); a birth or founding after the age or anniversary in a
    clause of a bare pronoun ("turns 50 next month; she was born in 1968") counts; two
    ages of one person at two dated times must differ by the years between
    (factcheck.checks._age_pairs: "was 24 when she won in 2010. Now 51, ...").

    A figure whose frame dates it after the draft's date ("turns 56 next year", "will
    turn 48 in 2028") counts to the last year of that period, not to the draft's date.

Why it matters:
    Ages and anniversaries are checked by readers with a calendar. A wrong one is
    often a figure carried over from an older story.

Example:
    "founded in 1961 ... has fought for more than 70 years" in a draft dated 2025 ->
    1961 to 2025 is 63 or 64 years, not more than 70 years.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from itertools import chain

from factcheck import figures, tolerance
from factcheck.checks import (
    Document,
    _age_pairs,
    _ago,
    _anniversaries,
    _dates,
    _took,
    _worded_ages,
)
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Severity

CODE = "FC206"
NAME = "date-arithmetic"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("The KIA, founded in 1961, has fought for more than 70 years.", True),
    ("The KIA, founded in 1961, has fought for more than 60 years.", False),
    ("Smith, who was born in 1972, is 61 years old.", True),
    ("Smith, who was born in 1972, is 53 years old.", False),
)
_AGE_AFTER = re.compile(r"\s*(?:-\s*)?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\baged\s*$", re.IGNORECASE)
_AT_AGE = re.compile(r"\b(?:at|aged|age\s+of|now)\s*$", re.IGNORECASE)
_OTHER_PERSON = re.compile(r"\b(?:her|his|their|whose)\b", re.IGNORECASE)
_PAST = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)
_IS_AGE = re.compile(r"\b(?:is|was|turns|turned|turning)(?:\s+now)?\s*$", re.IGNORECASE)
_WHO = re.compile(r",\s*(?:who|which)\b", re.IGNORECASE)
_RIGHT_AFTER = re.compile(r"\s*,\s*(?:which\s+|that\s+)?")
_ENDS_GAP = re.compile(  # "ending a 20-year wait": the wait ran up to the event, not from it
    r"\b(?:end|ends|ended|ending|broke|breaks|breaking|snapped|snapping)\s+(?:a|an|the|its|"
    r"their|his|her)?\s*$", re.IGNORECASE)
_AGE_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:when|and|but|this|last|next|in|on)\b)",
                       re.IGNORECASE)
_RESTATES = re.compile(  # "since 1979, a span of 37 years", "since 2014, which makes 18"
    r"\s*[,(:–—-]\s*(?:(?:a\s+(?:span|period|stretch|total)\s+of|which\s+(?:makes|is)|"
    r"making|that\s+is|or)\s+)?(?:some\s+|about\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+)?$", re.IGNORECASE)
_AT_EVENT = re.compile(r"\bat\s*$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s*$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]s\s+been\b", re.IGNORECASE)
# a founding with no object dates the thing itself: "Opened in 1931, the lido turns 95"
_OF_ITSELF = re.compile(r"[A-Za-z]+\s+(?:(?:in|on|at)\s+)?(?:\d|[A-Z])")
_SINCE_AFTER = re.compile(r"\s*,?\s*since\b", re.IGNORECASE)  # "for 9 years, since 2009"
_LIFE = re.compile(r"\((?:b\.\s*)?((?:1[6-9]|20)\d\d)\s*[-–]\s*((?:1[6-9]|20)\d\d)\)")
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    said: set[int] = set()  # one finding per figure: the first reading that fires
    for found in chain(_since_start(doc), _between_years(doc), _ago.check(doc, ID),
                       _took.check(doc, ID), _anniversaries.check(doc, ID),
                       _worded_ages.check(doc, ID), _age_pairs.check(doc, ID, is_age(doc))):
        if found.start not in said:
            said.add(found.start)
            yield found


def is_age(doc: Document) -> Callable[[int], bool]:
    """Whether figure i is an age: its frame's role, or a bare number the words make one
    (_bare_age)."""
    return lambda i: doc.frames[i].role == "age" or _bare_age(doc, i)


def _between_years(doc: Document) -> Iterator[Finding]:
    """An age at death beside a life span ("(1928-2019) died aged 83"), and a span in
    years whose frame's period runs from one year to another ("a 12-year tenure from
    2004 to 2012"): the years between the two must allow the figure, give or take one."""
    for i, frame in enumerate(doc.frames):
        c = frame.claim
        age = frame.role == "age" or _bare_age(doc, i)
        if (c.unit != "year" and not age) or c.change or c.high is not None or not (
                age or frame.role == "duration"):
            continue
        sentence = doc.contexts[i].sentence
        if age:
            life = _LIFE.search(doc.text, sentence[0], sentence[1])
            ends = (int(life.group(1)), int(life.group(2))) if life else None
            what = f"a life from {ends[0]} to {ends[1]}" if ends else ""
        else:
            ends = _year_ends(frame.period)
            if ends is not None and not re.search(
                    rf"\b{ends[0]}\s*(?:to|until|-|–)\s*{ends[1]}\b",
                    doc.text[sentence[0] : sentence[1]]):
                ends = None  # "between 2001 and 2003" may date an event, not the span
            what = f"from {ends[0]} to {ends[1]}" if ends else ""
        if ends is None or ends[1] <= ends[0]:
            continue
        years = ends[1] - ends[0]
        least, most = (years - 1, years) if age else (years - 1, years + 1)
        low, high = tolerance.interval(c, doc.config.approx_tolerance)
        if high < least or low > most:
            said = what[0].upper() + what[1:]
            message = (f"{said} is {least} to {most} years, not \"{c.text}\"."
                       if not age else
                       f"{said} gives an age of {least} or {most}, not \"{c.text}\".")
            yield fig.finding(ID, c, message, None)


def _year_ends(period: tuple[date, date] | None) -> tuple[int, int] | None:
    """The first and last year of a period of whole years over more than one year."""
    if period is None or (period[0].month, period[0].day) != (1, 1):
        return None
    if (period[1].month, period[1].day) != (12, 31) or period[1].year <= period[0].year:
        return None
    return period[0].year, period[1].year


def _since_start(doc: Document) -> Iterator[Finding]:
    spans = [i for i, c in enumerate(doc.claims)
             if (c.unit == "year" or _bare_age(doc, i)) and not c.change and c.high is None]
    if not spans:
        return
    ages = frozenset(i for i in spans if doc.frames[i].role == "age" or _bare_age(doc, i))
    found = _dates.all_starts(doc.text, _dates.reach(doc, spans, ages))
    if not found:
        return
    positions = [pos for pos, _ in found]
    for i in spans:
        sentence = doc.contexts[i].sentence
        lo, hi = _dates.within(positions, sentence)
        if lo == hi and _dates.refers_back(doc.text, sentence[0]):
            before = _dates.previous(doc.text, sentence[0])
            lo, hi = _dates.within(positions, before)
            if hi - lo == 1 and not _named_before(doc.text, sentence[0], positions[lo],
                                                  before):
                continue
        after = _dates.birth_after(doc.text, sentence[1]) if lo == hi and i in ages else None
        if after is not None:  # "... has died aged 79. She was born in 1941": one birth
            lo, hi = _dates.within(positions, after)
            if hi - lo != 1 or not found[lo][1].born:
                continue
        start = _one_start(doc, i, [s for _, s in found[lo:hi]])
        if start is not None:
            finding = _check_one(doc, i, start, sentence)
            if finding is not None:
                yield finding


def _one_start(doc: Document, i: int, starts: list[_dates.Start]) -> _dates.Start | None:
    """The start figure i counts from: the one start in reach, or for an age the one
    birth among several ("who turned 60 in August, was born in 1974 and has run the
    clinic since 2010": an age counts from a birth, never from "since 2010")."""
    if len(starts) == 1:
        return starts[0]
    births = [s for s in starts if s.born]
    if len(births) == 1 and (doc.frames[i].role == "age" or _bare_age(doc, i)):
        return births[0]
    return None


def _named_before(text: str, start: int, year_at: int, before: tuple[int, int]) -> bool:
    """Whether a year in the sentence before may be the start of the one a sentence opens
    with: a pronoun, or a surname written in the 40 characters before the year with no
    other capitalised word between ("Striker Tom Keller, born in 1998, ... Keller, 31,
    now"; not "Tom Keller's father, born in 1960, ... Keller, 28")."""
    m = _dates.OPENING_NAME.match(text, start)
    if m is None or _dates.PRONOUN.match(text, start):
        return True  # "He", "She": as before
    lead = text[max(before[0], year_at - 40) : year_at]
    found = re.search(rf"\b{re.escape(m.group(1))}\b(?![’']s)([^A-Z]*)$", lead)
    return found is not None and not _OTHER_PERSON.search(found.group(1))


def _counts_from(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]) -> bool:
    text, claim, frame = doc.text, doc.claims[i], doc.frames[i]
    if start.last:  # "last won it in 2009" ... "a 25-year wait": the gap since
        return frame.role == "duration" and _is_gap(frame.measure) and not _ended_by(
            text, claim, start, sentence)
    if start.born:
        if (_bare_age(doc, i) and _IS_AGE.search(text, max(0, claim.start - 12), claim.start)
                and not _said_of(doc, i, start)):
            return False  # "born in 1950 and is retired; her son is 45"
        if frame.role == "age" or _bare_age(doc, i) or (
                frame.role == "duration" and claim.text.isdigit()):
            return True  # "aged 61", "At 41, he", and "Marsh, 41, who was born ...": the
            # extractor gives the bare apposition the unit year, and no field says so
        return bool(_AGE_AFTER.match(text, claim.end)
                    or _AGE_BEFORE.search(text, max(0, claim.start - 8), claim.start))
    if _SINCE_AFTER.match(text, claim.end) or _names_the_span(doc, i, start):
        return True
    return _lead_has(doc, sentence, claim.start)


def _ended_by(text: str, claim: Claim, start: _dates.Start, sentence: tuple[int, int]
              ) -> bool:
    """Whether the last time itself ended the wait: "last won the title in 2011, ending a
    20-year wait" (the participle right after the year's clause: the wait ran up to 2011);
    not "last won it in 2009, so Saturday's win ended a 16-year wait" (another event ends
    it, and the wait counts from 2009), nor a finite verb after a relative clause that
    holds the last time ("Rovers, who last won it in 2003, ended a 12-year wait")."""
    verb = _ENDS_GAP.search(text, max(0, claim.start - 16), claim.start)
    at = text.rfind(start.text, sentence[0], claim.start)
    if verb is None or at < 0:
        return False
    if not verb.group(0).split()[0].lower().endswith("ing") and _WHO.search(text, sentence[0],
                                                                           at):
        return False  # "Rovers, who last won it in 2003, ended a 12-year wait": the main
        # clause's verb ends the wait that the relative clause dates
    return _RIGHT_AFTER.fullmatch(text, at + len(start.text), verb.start()) is not None


def _thing_age(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether figure i is the age of the thing its founding dates: "the 70-year-old lido,
    which opened in 1935" (before the founding, in its sentence) or "founded in 1990, is
    35 years old" (after "is" or "was"); not "built in 1890, houses a 30-year-old
    organ"."""
    text, claim = doc.text, doc.claims[i]
    if _AGE_AFTER.match(text, claim.end) and _IS_AGE.search(
            text, max(0, claim.start - 12), claim.start):
        return True
    if not (doc.frames[i].role == "age" or _AGE_AFTER.match(text, claim.end)):
        return False
    return text.find(start.text, claim.end, doc.contexts[i].sentence[1]) >= 0


def _said_of(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether a bare age written "is 68" stands close to its birth: the birth before it
    (or else after it: "who turned 60 in August, was born in 1974") in its sentence, at
    most 40 characters between them, or in the sentence before when this one opens with
    a pronoun or the surname (_since_start) and no other person's word comes before the
    birth there ("Ada Okafor was born in 1961. Okafor is 64"; not "Her father was born
    in 1940. She is 45"); no ";" and no other person's
    ("her", "his", "their") between ("(born 1950) is 68", "born in 1940, was 71 when";
    not "born in 1950 and is retired; her son is 45"), but a birth after it may open a
    clause of its own with a bare pronoun ("turns 50 next month; she was born in 1975":
    _dates.pronoun_clause)."""
    claim, sentence = doc.claims[i], doc.contexts[i].sentence
    lo = max(sentence[0], claim.start - 40 - len(start.text))
    at = doc.text.rfind(start.text, lo, claim.start)
    if at >= 0:
        gap = doc.text[at + len(start.text) : claim.start]
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
    return ";" not in gap and not _OTHER_PERSON.search(gap)


def _names_the_span(doc: Document, i: int, start: _dates.Start) -> bool:
    """Whether the figure states the whole time since a start that is no birth: an age of
    a thing after its founding ("the 70-year-old lido, which opened in 1935", "founded in
    1990, is 35 years old": words.tsv, class "founding"), the years a thing marks ("is
    celebrating 150 years": words.tsv, class "marks"), or a restatement of "since 1979"
    right after it ("since 1979, a span of 47 years", "since 2014, which makes 12")."""
    text, claim = doc.text, doc.claims[i]
    if start.born or start.last:
        return False
    founding = start.text.split()[0].lower() in fig.words("founding")
    if founding and not _bare_age(doc, i) and _thing_age(doc, i, start):
        return True  # a thing's age; a person's after "elected in 2015" is not since then
    lead = text[max(doc.contexts[i].sentence[0], claim.start - 30):claim.start].split()
    if lead and lead[-1].lower() in fig.words("turns") and not _OF_ITSELF.match(start.text):
        return False  # "Lund, who founded the firm in 1990, turns 60": a founder's age
    if lead and lead[-1].lower() in fig.words("marks") | fig.words("turns"):
        # not "celebrated 100 years in 1980"
        years = {int(y.group(0)) for y in _dates.YEAR.finditer(text, *doc.contexts[i].sentence)}
        return years <= {start.year}
    at = text.rfind(start.text, max(0, claim.start - 200), claim.start)
    return (at >= 0 and start.text.lower().startswith("since")
            and bool(_RESTATES.fullmatch(text, at + len(start.text), claim.start)))


def _lead_has(doc: Document, sentence: tuple[int, int], at: int) -> bool:
    """_FOR and _PERFECT in the sentence before at (the lead), without copying the lead.

    Searched in the text with pos and endpos, a pattern sees what it sees in the lead,
    but for the character before the sentence (a \\b there): a sentence starts after
    white space. "for" must end the lead, so it is looked for only there; then no
    perfect-tense word can end the lead too, so one is in it if the sentence's first
    one (found once per sentence) ends by at.
    """
    text, first = doc.text, sentence[0]
    if at > sentence[1] or (first and (text[first - 1].isalnum() or text[first - 1] == "_")):
        lead = text[first:at]  # not a sentence as factcheck.text.sentences gives: read the lead
        return bool(_FOR.search(lead) and _PERFECT.search(lead))
    if not _FOR.search(text, max(first, at - _space_before(text, at, first) - 3), at):
        return False
    firsts: dict[tuple[int, int], int] = doc.memo.setdefault("fc206_perfect", {})
    if sentence not in firsts:
        m = _PERFECT.search(text, first, sentence[1])
        firsts[sentence] = m.end() if m else len(text) + 1
    return firsts[sentence] <= at


def _space_before(text: str, at: int, first: int) -> int:
    """How many white-space characters end at text[at], back to first at most."""
    k = at
    while k > first and text[k - 1].isspace():
        k -= 1
    return at - k


def _bare_age(doc: Document, i: int) -> bool:
    """A bare whole number that the words before make an age: "At 41, he", "died at 84",
    "aged 70", "is now 61" (a count with no noun; 0 to 130)."""
    c = doc.claims[i]
    if c.unit not in ("", "year") or c.noun or c.change or not 0 < c.value < 130:
        return False
    if c.value != int(c.value) or "year" in c.text.lower():
        return False  # "is now 40 years old" names its unit: no bare number
    if _AT_AGE.search(doc.text, max(0, c.start - 12), c.start):
        return True
    return bool(_IS_AGE.search(doc.text, max(0, c.start - 12), c.start)
                and _AGE_ENDS.match(doc.text, c.end))  # "(born 1950) is 68", "was 71 when"


def _is_gap(measure: str | None) -> bool:
    """Whether a measure is a wait since something last happened (words.tsv, "gap")."""
    words = (measure or "").split()
    return bool(words) and words[-1] in fig.words("gap")


def _exact_span(text: str, claim: Claim, start: _dates.Start, sentence: tuple[int, int]
                ) -> bool:
    """Must the span equal the time since the start, or may it be a part of it?

    An age must ("born in 1972 ... 61 years old"), and so must "N years since"; not an
    age at an undated event ("ran his first marathon at 34": _at_event). A span after
    "founded in 1961" may be shorter ("has led it for 12 years"), never longer.
    """
    return (start.born or start.last or bool(_SINCE_AFTER.match(text, claim.end))) and (
        not _at_event(text, claim, sentence))


def _exact(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int],
           dated: bool) -> bool:
    """_exact_span, or a figure that names the whole span (_names_the_span). An age in the
    past tense ("was 12 when the mine closed") is an age at an event, exact only when
    the sentence dates it (dated: "was 71 when he won it in 1999", checked against that
    year before) and else no higher than the age now."""
    claim = doc.claims[i]
    if not dated and _IS_AGE.search(doc.text, max(0, claim.start - 12), claim.start) and (
            _PAST.search(doc.text, max(0, claim.start - 12), claim.start)
            or "turned" in doc.text[max(0, claim.start - 12):claim.start].lower()):
        return False
    return (_exact_span(doc.text, claim, start, sentence)
            or _names_the_span(doc, i, start))


def _at_event(text: str, claim: Claim, sentence: tuple[int, int]) -> bool:
    """Is the figure an age at an undated event ("ran his first marathon at 34", "retired
    at 60", "left school at 16")? "at N" inside its clause dates the age to the clause's
    event, which lies between the birth and the draft's date. Set off by a comma ("At 45,
    she leads", "and, at 52, is the longest-serving") it is an aside that states the age
    now."""
    m = _AT_EVENT.search(text, max(sentence[0], claim.start - 4), claim.start)
    if m is None:
        return False
    before = text[sentence[0]:m.start()].rstrip()
    return bool(before) and not before.endswith(",") and not text.startswith(",", claim.end)


def _other_years(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]
                 ) -> list[int]:
    """Years after the birth year that an age may be counted to: those the sentence
    names, and the end of the figure's period."""
    years = [int(y.group(0)) for y in _dates.YEAR.finditer(doc.text, *sentence)]
    period = doc.frames[i].period
    if period is not None:
        years.append(period[1].year)
    return [y for y in years if start.year < y < doc.as_of.year]


def counted_to(doc: Document, i: int) -> int:
    """The year figure i's span runs to: the draft's (as_of), or the last year of the
    figure's period when its frame dates it after the draft ("turns 56 next year",
    "will be 75 in 2028": factcheck.frames periods), or an age's one past year when its
    frame dates it there ("born in 1945 and died in 2020, aged 80": the age in 2020)."""
    period = doc.frames[i].period if doc.frames else None
    if period is not None and period[0] > doc.as_of:
        return period[1].year
    if (period is not None and doc.frames[i].role == "age"
            and period[0].year == period[1].year < doc.as_of.year):
        return period[1].year
    return doc.as_of.year


def _fits(doc: Document, claim: Claim, most: int) -> bool:
    low, high = tolerance.interval(claim, doc.config.approx_tolerance)
    return low <= most and high >= most - 1


def _check_one(doc: Document, i: int, start: _dates.Start, sentence: tuple[int, int]
               ) -> Finding | None:
    claim = doc.claims[i]
    if not _counts_from(doc, i, start, sentence):
        return None
    then = _other_years(doc, i, start, sentence) if start.born else []
    if any(_fits(doc, claim, year - start.year) for year in then):
        return None  # "born in 1950, died in 2020 aged 70": an age at another date
    to = counted_to(doc, i)
    most = to - start.year
    least = most - 1
    if least < 0:
        return None
    low, high = tolerance.interval(claim, doc.config.approx_tolerance)
    if low <= most and (high >= least or not _exact(doc, i, start, sentence, bool(then))):
        return None
    what = "age" if start.born else "time"
    also = (f"; to {max(then)} (the year the sentence names) it is "
            f"{max(then) - start.year - 1} or {max(then) - start.year}") if (
                then and max(then) != to) else ""
    until = doc.as_of.isoformat() if to == doc.as_of.year else str(to)
    message = (f"From {start.year} to {until} the {what} is {least} or "
               f"{most} years{also}, not {claim.text} (\"{start.text}\").")
    suggestion = figures.like(claim, least) if claim.bound in ("over", "at_least") else None
    return fig.finding(ID, claim, message, suggestion)
