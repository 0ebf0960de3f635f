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
    12-year tenure from 2004 to 2012": 7 to 9 years; "from 2002 to 2014, ... the
    longest-serving mayor at 16 years": "at" with "years" and no "of age" is a length,
    not an age, factcheck.frames.role);
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
    15 years: work began in 1862 and ... in 1871", factcheck.checks._took), or before it
    when the first is written "from 2014 to 2019" ("which ran from 2014 to 2019, took
    five years"); a span dated in another clause (after a semicolon) is not read.
    A start verb may have its object or role before the year ("opened its doors in
    1961", "elected mayor in 2011"), and marriages, laws and memberships start spans
    too ("married in", "passed in", "joined in"); a span set off before "since" is the
    whole time since ("for nine years, since 2009"). An age counts from the one birth
    among several starts in its sentence, and from a birth written after it ("who
    turned 60 in August, was born in 1974"). A span between two years its sentence names
    ("began in 2011 and ended in 2023, after 12 years"; "reopened in 2024, eleven years
    after it shut in 2013", or against the one period phrase of the main clause:
    "reopened this summer, 31 years after it closed in 1989"; factcheck.checks._took) and
    an age in words after "now" or "turns" ("Now sixty-one, she was born in 1964":
    factcheck.checks._worded_ages) are read too. A year after "since" is no event an age
    was reached at ("Shah, 34, born in 1984, has sat on the council since 2018": the age
    now); a span in the past perfect counts to the one year of the "when" clause right
    after it ("had worked there for 22 years when auditors found it in March 2024").
    A thing "is now 40 years old" after its founding, signing, unveiling or
    consecration; a wait ended by the last time itself ("last won it in 2011, ending a
    20-year wait") ran up to that year and is not read, but a finite verb after a relative
    clause that holds the last time ends a wait counted from it ("Rovers, who last won it
    in 2003, ended a 12-year wait"). An age may come first and the birth in the next
    sentence when that one opens with it ("... has died aged 79. She was born in 1941";
    "She had been born in 1941": any auxiliaries;
    "Born in Leeds in 1941, she ...", not "..., his father ..."). A thing founded in a
    year with no object "turns" its age ("Opened in 1931, the lido turns 95"; words.tsv,
    class "turns"; not "Lund, who founded the firm in 1990, turns 60"); a founding with an
    object dates that object, so a bare age before it is the founder's ("Lund, 60, who
    founded the firm in 1990, ..."), not the firm's. A birth may be a
    full date ("born on 4 August 1999", "born on March 3, 1984"). A span in days, weeks
    or months between two days its sentence names ("began on 3 March and ended on 28
    April after 11 weeks"; "..., lasted 40 days" after them) counts the days
    (factcheck.checks._took); a birth or founding after the age or anniversary in a
    clause of a bare pronoun ("turns 50 next month; she was born in 1968") counts; two
    ages of one person at two dated times must differ by the years between
    (factcheck.checks._age_pairs: "was 24 when she won in 2010. Now 51, ...").

    An age in words set off by commas after a name is the age now ("Okafor, thirty-one,
    who was born in 1979"); a thing "now 114 years old" after its founding needs no "is";
    a wait reads the one last time in the sentence before ("last won the cup in 2004.
    Sunday's win ended a 12-year wait"); an age may come before the birth that opens the
    next sentence with the person's pronoun ("Holm is 30. She was born in 1981").

    A span in years with no period of its own is the length of the one run of whole
    years its sentence names when the sentence names no other year ("a 15-year tenure as
    chief constable, from 2006 to 2014"; "which ran from 2019 to 2023, lasted seven
    years"), not "two five-year terms" (factcheck.checks._life_spans). A span "after N
    years" counts from the start in reach, never longer ("mayor since 2014, stands down
    after 18 years"), and exactly from a person's entry ("joined", "elected", "since":
    words.tsv, class "entry") in a clause of the present or future ("joined the
    orchestra in 1979. She retires this week after 38 years"); not one right after the
    start's own phrase ("since 2011, after 20 years on the council": before it).

    A span "for N years until" a year after a start its sentence names runs inside the
    years between, never longer ("joined the bench in 1989 and served for 37 years until
    2016": factcheck.checks._until).

    An age beside a life span is the age at death only when its own clause says so
    ("died at 84", "was 85 when she died", "lived to 80": words.tsv, class "death");
    any other is an age inside the life ("wrote his last opera at 70"): never above the
    years between, and with "N years before his death" after it the two add up to them
    (factcheck.checks._life_spans). "The end of a 23-year wait" in a clause of its own
    counts from the last time; a span "N years on" after a start ends now when its
    clause is in the present tense (factcheck.checks._years_on).

    A wait whose noun has "since" right after it ("ending a 20-year wait since their last
    win in 2011") is the whole time since (factcheck.checks._since_after); "N years
    after" an event dated in its clause, before the main clause, counts to the main
    clause's period phrase ("Seventy years after the mine closed in 1966, a museum opened
    this week": factcheck.checks._took); a run of years "from 1921 until it closed in
    1986" ends with the year the clause after "until" dates (factcheck.checks._life_spans).

    A span "for N years before" an event its clause dates ("had traded for 35 years
    before it collapsed in 2023") runs to that event, never longer (at most the years
    between plus the one unknown month's year, as "until"); a state of disuse since a
    dated closing ("which shut in 1979, has stood empty for 47 years": words.tsv, classes
    "closing" and "idle"; factcheck.checks._idle) is the whole time since; an age set off
    after a name ("Alder, 58, was first elected in 2001, the year she turned 40") is the
    age now, paired with an age dated in its sentence (factcheck.checks._age_pairs); and
    a thing's age in a sentence that names it again ("... the Hillside estate, built in
    1968, ... The estate is 58 years old") counts from the founding in the sentence
    before (factcheck.checks._thing_again).

    A span "for N years" in the perfect with "now", "since then" or "ever since" after
    its auxiliary, in the clause of the thing a founding or entry dates ("The viaduct,
    opened in 1902, has now carried trains for 124 years"), is the whole time since, so
    a shorter one is wrong too; without those words it may be shorter
    (factcheck.checks._now_spans).

    A run of whole years ("from 2022 to 2025", "between 1951 and 1968") and a span "the
    N-year NOUN" (a definite or possessive determiner: a thing known already) in the
    clause after (a semicolon, ", and") or the sentence right after, when neither names
    another year or span: the span is the run's length, give or take one ("ran from 2021
    to 2024; the nine-year walkout ...": factcheck.checks._span_named_after).

    A figure whose frame dates it after the draft's date ("turns 56 next year", "will
    turn 48 in 2028") counts to the last year of that period, not to the draft's date.

    Band (DESIGN.md, Tolerance, as read here): a count of years since a year the draft
    states ("founded in 1884, 140 years ago", "celebrating 60 years", "turns 90") is
    calendar arithmetic on stated figures, not a measured amount a writer rounds, so it
    gets no rounding band from its trailing zeros: it is exact to the year, give or take
    the one year an unknown month leaves; "about" still allows 10%
    (factcheck.checks._calendar).

Why it matters:
    Ages and anniversaries are checked by readers with a calendar. A wrong one is
    often a figure carried over from an older story.

Example:
    "founded in 1961 ... has fought for more than 70 years" in a draft dated 2025 ->
    1961 to 2025 is 63 or 64 years, not more than 70 years.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain

from factcheck.checks import (
    Document,
    _age_pairs,
    _ago,
    _anniversaries,
    _idle,
    _life_spans,
    _since_years,
    _span_named_after,
    _thing_again,
    _took,
    _until,
    _worded_ages,
)
from factcheck.checks import _figures as fig
from factcheck.checks._ages_now import bare_age
from factcheck.model import Finding, Severity

CODE = "FC206"
NAME = "date-arithmetic"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("The KIA, founded in 1961, has fought for more than 70 years.", True),
    ("The KIA, founded in 1961, has fought for more than 60 years.", False),
    ("Smith, who was born in 1972, is 61 years old.", True),
    ("Smith, who was born in 1972, is 53 years old.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)


def check(doc: Document) -> Iterator[Finding]:
    said: set[int] = set()  # one finding per figure: the first reading that fires
    for found in chain(_since_years.check(doc, ID), _life_spans.check(doc, ID),
                       _ago.check(doc, ID), _took.check(doc, ID), _until.check(doc, ID),
                       _anniversaries.check(doc, ID), _idle.check(doc, ID),
                       _thing_again.check(doc, ID), _span_named_after.check(doc, ID),
                       _worded_ages.check(doc, ID), _age_pairs.check(doc, ID, is_age(doc))):
        if found.start not in said:
            said.add(found.start)
            yield found


def is_age(doc: Document) -> Callable[[int], bool]:
    """Whether figure i is an age: its frame's role, or a bare number the words make one
    (factcheck.checks._ages_now.bare_age)."""
    return lambda i: doc.frames[i].role == "age" or bare_age(doc, i)

