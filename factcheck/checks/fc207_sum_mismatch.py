"""FC207 sum-mismatch: stated parts do not add up to the stated total.

What it does:
    Reads a total and the parts that make it, in these shapes:

    - the parts first, then the total (factcheck.checks._parts_first): figures of one unit
      joined by commas, "and" or "plus", then a total its frame links to them or a word
      marks ("a total of", "a combined", "in all": "120, 150 and 200 tonnes a day, a
      combined 520 tonnes"; "14 primary schools and nine secondaries, 23 schools in all",
      where the frame's link lets the parts count their own nouns), or a span of time right
      after it that counts the dated parts ("£1.4m on Monday and £2.9m on Tuesday, £5.3m
      over the two days": factcheck.checks._days); not a change and the levels it runs
      between, which the frames link ("rose by 25%, from 8% of the total to 10%"). Changes
      in percent make up only a total that is such a change ("a 3% rise plus 2%, a combined
      rise of 5%"), or one a verb of result brings ("..., leaving bills 38% higher"). The
      frames decide how parts in percent combine: successive changes of one quantity (a part
      whose frame role is "change", or the extractor reads as a rise or fall, and the parts
      after it) compound ("rose 20% in April and a further 15% in October": 1.20 x 1.15, a
      38% rise, not 35%); rates and levels in percent add ("a 25% tariff and an additional
      25%": 50%); a rise then a fall is not read. A list starts after an earlier total.
    - the total first, then a list of two or more levels of its unit, subject and period:
      behind a colon (which may close the total's clause, no other figure between: "Fourteen
      cars were hit on the bypass on Friday: nine ...") or a bracket, or a word that divides
      the total (words.tsv, class "split": "are split between", "are held by", "paid for
      with"; such a word before the colon lets a clause of the parts' own, up to 60
      characters with no comma, open the list: "The 17 charges were split: the jury
      convicted him on 11 and acquitted him on eight"), a complete list, unless something
      after it leaves it open ("among other
      things"; not an attribution that closes the sentence, ", the trust said", nor a
      relative clause on the last item, ", where 1,200 homes flooded in 2024"); after a
      comma, or a comma and "with", at most 30 characters after the total ("31 goals this
      season, 18 in the league and 16 in the cup"; or further, when the total is the object
      of a verb before it and a phrase on its noun runs to the comma, "will cut 2,300 jobs
      over the next two years, 1,400 in ...": factcheck.checks._list_opening; or ", of
      which" after the total's clause; "140 mm of rain fell over three days,
      with 62 mm on Friday, ...": the total's own verb of change before the comma, the
      parts' days its stretch), a list that may
      leave parts out, read only when each part has words of its own after it and counts the
      total's noun, and wrong only when the parts exceed the total, unless the total's
      span ("over (the) three days") counts as many parts, each dated in one stretch of
      its unit, all different (factcheck.checks._days: complete), or the total's clause
      names its days or months and the parts name them, one each ("over the weekend, 37 on
      Saturday and 19 on Sunday": factcheck.checks._days, complete); a comma list whose
      labels name every member of a partition (story.tsv, class "partition:NAME": women
      and men, adults and children, gold, silver and bronze) is complete, and may follow
      the total's whole clause, up to 90 characters ("Nineteen students ... won places
      this year, eight women and thirteen men"); a part whose frame takes
      a place for its subject is read when that place labels a part of the list ("860
      people, 510 in Bristol and 420 in Cardiff"); a word after a part that is no plural,
      or one its frame's measure does not name, is the part's label, not another thing
      counted ("880 people, 520 in Scotland and 410 abroad"; "47 goals, 30 of them at home
      and 22 away"), unless every part repeats it ("120 swim weekly and 110 swim daily").
      A span of time right after the total is its own, no figure between ("raised
      £92,000 in six weeks: £40,000 ..."), and a bare part does not take the span's unit
      when it counts what a plain count of its sentence counts ("48,000 visitors over three
      days, 15,000 on Friday ..."); a rate breaks down when its first part points back
      ("5,400 loaves a week, 2,900 of them white and 3,100 brown"); a list after a part
      whose label is a class of the whole's members ("800 staff, 500 of them nurses and
      400 part-time") is not read: classes may overlap.
      A duration breaks down like a level ("95
      minutes in all: 40 minutes ..."). A unit written once covers the bare figures after it
      ("2,200 hectares of wheat, 1,100 of barley").
    - over sentences (factcheck.checks._across): a part that points back to its whole
      ("Of these, 1,020 ...", factcheck.checks._wholes) or a part of a whole its frame
      names ("Of the 85 staff, 48 ..."), and "the remaining" / "the other" figure after
      it (wrong only when neither that part nor all the parts named since the whole,
      and the first part when it stands before its whole, make it up with the rest),
      or a verb that leaves the rest ("Of the 9,000 acres, 3,000 were sold, leaving
      4,500"; "which leaves 22 empty"); with no part pointing
      back, the whole of a rest is the
      figure of its thing that opens the run of its unit in the two sentences before
      ("will cut 1,250 jobs. 600 go in Glasgow and 400 in Belfast. The remaining 550
      ..."), wrong only when no reading (all the parts since, or one of them, with the
      rest) makes it; a whole split in the next sentence ("approved a £48.5m
      budget. The money is split between care (£21.2m), roads (£14.8m) ..."), whose
      list is complete; and (factcheck.checks._breakdown.breakdowns) a whole broken down in
      the next sentence under one verb written once, the first part tied to the whole
      by its frame, by pointing back or by opening its sentence with the whole's measure
      ("Storm Ida damaged 1,240 homes. Of those, 860 were in Carrow and 520 in Ellis
      Bay"; "The squad won 18 medals. Eleven were gold, five silver and four bronze"),
      a list that may leave parts out, so wrong only when the parts exceed the whole;
      not two statements under two verbs ("800 work in Leeds and 600 are part-time");
      parts as the objects of one verb repeated, each clause with a holder of its own
      and no scope after the part ("raised £74,000. Local firms gave £45,000 and
      individual donors gave £36,000": amounts, not counts; a sum above the whole is
      wrong); and, reading no words, parts whose frames date them in stretches inside
      the whole's period that do not meet ("lost 2,600 hectares this summer. 1,900
      burned in July and 1,500 in August"), complete when the stretches cover it.

    Parts must be quantities of the total's kind: a count of things ("stayed 6.5 nights
    and spent €1,150, bringing total spending to €2.76bn") is no term of a sum in money,
    and a list starts after it. Parts may stand in brackets after their labels ("care
    (£21.2m), roads (£14.8m)"). A total may be marked after its figure ("eleven in all",
    "14% in total"). Changes in percent may add or compound ("10% and another 10%" is
    20% or 21%): a total is wrong only outside both readings. A list after a whole of
    which the first part is read ("Of 18,400 ballots, 9,950 went to Reyes, 7,100 to Moss
    and 2,600 were spoiled"; "61 goals, 38 of them at home and 29 away") is read too, and
    so is one whose verb "be" is written once after that part ("Of the 75 bills, 40 were
    passed, 28 withdrawn and 12 defeated": factcheck.checks._sums.listed_once), or whose
    verb is written once and the last item has its own ("212 voted for it, 187 against
    and 29 abstained"), or one that repeats its copula before labels naming a whole
    partition ("29 were children, 22 were women and 18 were men": complete, story.tsv);
    a later part's subject, as the parse gives it, that is the label of the part before
    ("7,100 to Moss and 2,600 were spoiled") is no holder of its own. "along with" joins
    a list. A total marked in its own sentence ("Together, ...", "... in all") adds up
    the figures of its unit in the sentence or two before it
    (factcheck.checks._summed_after). A count
    of the parts before exactly that many listed figures is the list's size, no part and
    no total ("split three ways: £160,000 ..., £90,000 ... and £55,000 ..."; "in four
    teams of 15, 14, 12 and 11": factcheck.checks._sized), and the list's whole is the
    figure of its unit before the count. A rest may close a whole in its own sentence
    ("The £12m budget has £7.1m for roads, with the remaining £5.9m for parks"). A thing
    written with its size ("The 65-seat assembly has 31 Labour members, 22 Conservatives
    and 17 others": factcheck.checks._owned) is divided by a list of what it has that
    closes with the rest. A first part written with its whole and the other parts after
    that whole under its verb written once ("Labour won 22 of the 45 seats, the Greens
    14 and independents 11": factcheck.checks._gapped_parts) is a list that may leave
    parts out, and so is a whole fronted by "Of" whose main clause has the first part as the
    object of its verb and the later parts each after a holder of their own ("Of the 45
    seats, Labour won 22, the Greens 14 and independents 11"); with a verb of its own
    before each later part, verbs that name a whole
    partition ("won 11 of their 28 games, drew 8 and lost 9": factcheck.checks._records),
    a complete one. A total that is the subject of a copula whose complement is the list,
    each part with a noun of its own ("The 96 people on board were 78 passengers and 24
    crew"), is broken down completely, and so is one whose list's verb is written once
    after a colon ("48,720: 30,915 votes were cast in person and 18,705 by post") or whose
    count of parts follows it with a word of extent ("42 km in three legs of 12, 14 and 9
    km") or, the whole written with its size, a verb of having, the list closing the
    sentence ("The 42-km relay has three legs of 12 km, 14 km and 9 km."). A rest after
    parts named in one list of peers ("£2.8m on schools and £1.9m on housing; the rest,
    £3.6m, ...") is read with all of them only. A list after a comma
    may follow the total's own year ("1,930 burglaries in 2025, 1,210 of them ..."), and
    after a first part pointing back ("38 of them at home", "eight of them gold") the
    later parts' words are labels ("and 29 away").

    It fires when the parts' sum, with each figure's band (factcheck.tolerance: half a
    unit of its last digit, at most 5%; a plain count without trailing zeros is exact,
    so six + seven + four is not 19), cannot reach the total. Approximate figures allow
    10%. A list of more than six parts is written by its first three and last two.
    A list read after a figure joined to its first part, or cut short by a figure that is
    no part with a joined figure after it, may miss a part (factcheck.checks._unread_parts):
    it says nothing ("made up of 3 mayors, 9 aldermen ..." is not read from 9 on).
    The items of one list are new figures coordinated in one construction: a figure
    written definite with the value of one before it ("and those 9,000 visitors", "and
    all 60 buses", "bringing the £30,000 total": words.tsv, class "definite") restates
    it and is no item ("and the £100 deposit" is one), nor is a definite figure the first
    of a list before a total ("Of the 30 staff, 20 ... and 10 ..., a
    total of 30"); a list ends at the figure its closing "and" joins ("320 girls and 280
    boys, and 45 teachers": the teachers are another thing). A rest whose nearest part
    pointing back is of another period than its whole, or whose whole is itself a list
    item or a part of another whole ("Of them, 180 are adults, 45 of whom ... The other
    120 ..."), has an unclear whole and says nothing.
    A rest after parts pointing back to a whole that are one list of peers (joined, or the
    later ones leaving out the first's verb: "Of these, 180 were adults and 40 teenagers.
    The remaining 140 ...") closes the whole with all of them (factcheck.checks._across);
    the sides of a vote and home and away name whole partitions ("391 against and 17
    spoiled", "44 at home and 19 away"); a total after its dated parts is marked by a span
    right after it that counts them ("That makes 7,100 parcels in two months").
    A figure a part points back to ("38 players, 21 of them local and 17 from abroad, a
    total of 38") is that part's whole, no item of the list before a later total; a
    figure right after a colon with a label of its own, as the first part has ("Trips by
    mode: 47% on foot, 31% by bike ..."), is the list's first item, not its total. A total
    after parts named by day is marked by a word of extent and a stretch that names those
    days ("311 on Saturday and 287 on Sunday, 634 across the weekend":
    factcheck.checks._days; the weekend reads as Saturday and Sunday or as Friday and
    Saturday, story.tsv).
    A count inside one part's label ("11,200 on the two weekend days and 7,550 on ...") is
    no item of the list (factcheck.checks._label_counts). A fund written with its amount
    as its clause's subject, the verb listing shares of it behind one scope word ("The
    club's £4.8m stand appeal raised £2.9m from members and £2.6m from the council":
    factcheck.checks._sized_subject), is a list that may leave parts out.
    A record may write its whole after its last part ("won 6, drawn 5 and lost 4 of their
    14 matches") or first, fronted by "Of" or before participles ("played 14 matches,
    winning 6, drawing 5 and losing 4"): factcheck.checks._records, complete.
    Not read: "including" lists (they need not be complete), a number word that opens a
    sentence ("Sixty will be ...": the extractor reads no claim there).

Why it matters:
    A total that is not the sum of its parts means a part or the total was changed
    or mistyped; the reader can add it up.

Example:
    "a 25% tariff and an additional 25%, bringing the total to 60%" -> 25% + 25% =
    50%, not 60%; suggestion "50%".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import figures, written_figures
from factcheck.checks import (
    Document,
    _across,
    _parts_first,
    _summed_after,
    _sums,
    _whole_first,
)
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Severity

CODE = "FC207"
NAME = "sum-mismatch"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 60%.",
     True),
    ("Washington imposed a 25% tariff and an additional 25%, bringing the total to 50%.",
     False),
    ("The plants make 120, 150 and 200 tonnes a day, a combined 520 tonnes.", True),
    ("The plants make 120, 150 and 250 tonnes a day, a combined 520 tonnes.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)
_NONZERO = re.compile(r"[1-9]")
_SHOWN = 6  # parts a message writes out; a longer list shows its first three and last two


def check(doc: Document) -> Iterator[Finding]:
    seen: set[tuple[int, str]] = set()  # two readings of one list say it once
    for found in _found(doc):
        if (found.start, found.message) not in seen:
            seen.add((found.start, found.message))
            yield found


def _found(doc: Document) -> Iterator[Finding]:
    for claims, run, total in _parts_first.totals_after_parts(doc):
        yield _finding(claims, run, total)
    for claims, run, total in _whole_first.breakdowns(doc):
        yield _finding(claims, run, total)
    for claims, run, total in (*_across.rests(doc), *_across.split_after(doc),
                               *_summed_after.summed_after(doc)):
        yield _finding(claims, run, total)
    for claims, run, total in _whole_first.broken_down_after(doc):
        yield _finding(claims, run, total)


def _finding(claims: list[Claim], parts: _sums.Parts, total: Claim) -> Finding:
    """The finding on a total, its parts written out (a long list by its ends)."""
    unit = _sums.base(total.unit)
    count = parts.end - parts.first
    written = max(written_figures.decimals(c) for c in (*claims[parts.first : parts.end], total))
    places = figures.places_apart(parts.value, total.value, unit, max(1, written))
    # the decimals the draft writes, and enough to show "£1.19bn, not £1.24bn" apart
    summed, said = figures.apart(parts.value, total.value, unit, places)

    def term(p: Claim) -> str:
        return figures.amount(p.value, unit, places)

    if parts.rises:  # changes of one quantity compound
        terms = " then ".join(term(p) for p in claims[parts.first : parts.end])
        message = (f"Successive changes of {terms} compound to {summed}, not {said} as the "
                   "total says.")
        return fig.finding(ID, total, message, written_figures.like(total, parts.value))
    if count <= _SHOWN:
        terms = " + ".join(term(p) for p in claims[parts.first : parts.end])
    else:
        ends = (claims[parts.first : parts.first + 3], claims[parts.end - 2 : parts.end])
        head, tail = (" + ".join(term(p) for p in end) for end in ends)
        terms = f"{head} + ... + {tail} ({count} parts)"
    message = f"{terms} = {summed}, not {said} as the total says."
    suggestion: str | None = written_figures.like(total, parts.value)
    if parts.value and not _NONZERO.search(suggestion or ""):
        suggestion = None  # "€0.00bn": the sum is too small for the total's scale
    return fig.finding(ID, total, message, suggestion)
