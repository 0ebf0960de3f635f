"""FC202 conflicting-figures: the draft gives two different figures for the same thing.

What it does:
    Keys every level by what its frame says it measures (factcheck.frames, read by
    factcheck.checks._level_keys): its subject
    (resolved across sentences, so "its", "the city's" and a name of two words count as
    the entity they refer to), its measure (the counted thing; "residents", "inhabitants"
    and "population" are one measure, lexicon stock_metrics.tsv), its unit and its
    period. Two figures with the same key in different sentences conflict when the
    ranges their wording allows do not meet (factcheck.tolerance: "166,000" is +-500,
    "some" and "about" allow 10%, "over" has no upper end). Any measure counts: tolls,
    budgets, capacities, prices, counts, populations.

    Two keys meet when their measures have one head and modifiers that do not tell them
    apart ("a budget for road repairs" ... "the roads budget"; not "the schools budget"),
    and an undated level meets one dated to a standing period that holds the draft's
    date ("this year"; not "on Saturday"): factcheck.checks._keys.

    Reach, and where it stays silent: only frames whose role is "level" (not changes,
    parts, shares, rates, totals, ages or restated conversions), with a measure; not a
    range or a multiplier; not a figure in a sentence that describes a change (a change
    verb, a figure with the role "change", or the figure after "from"/"to": the level
    before or after a change is another period's); not two figures in one sentence. A
    figure without a subject is compared only with another without one, only for a
    measure that is one figure of one thing ("the death toll", "the budget", "the entry
    fee": lexicon frames.tsv, class "single"; a population needs its place), and not
    when their sentences name different owners ("the museum's entry fee", "the zoo's
    entry fee"). Two figures whose sentences name no day in common ("on Monday" ...
    "on Wednesday": class "when"), or where one names its figure's period as a
    possessor the other does not name ("this season" ... "last season's average"), or
    mark an update ("later", "the revised toll": class
    "update"; "final" and its kin only before a noun, not "the cup final": words.tsv,
    class "attributive", and only in the later sentence: "the latest census" dates the
    earlier figure as the newest) are an update, not a conflict; a day after "since" starts a
    span and dates no figure. A measure too vague to name one thing
    ("people", "cases": class "vague") counts only as a population ("home to 166,000
    people"), and flows (refugees, deaths, injuries) never. Two figures more than
    FAR_APART (20: factcheck.checks._conflict_terms) times apart are one thing stated
    twice only when their significant digits agree, a slip of scale ("a £2.1 billion
    scheme" ... "the scheme's £2.1 million cost"); otherwise they measure things the keys
    could not tell apart ("a single fare will be £2.50" ... "the £350m cost") and are not
    compared.

    Besides the keys, a figure written as a thing already named ("the hospital's 460
    beds", "Monday's toll of 121", "its €190 million price tag", "the £520,000 fine",
    "the pass's £54 monthly price") is compared with the earlier figure its words name,
    in the three sentences before in its paragraph ("agreed to pay $340m for the mill"
    ... "the $430m price": a verb of paying is of the cost group;
    factcheck.checks._mentions: the
    head of its measure or its possessor, or a word of its group ("killed" ... "the 72
    deaths", "fined" ... "the penalty": words.tsv, class "same:GROUP"), is a word of the
    earlier figure's measure, or of its sentence when that figure is the only one of its
    unit there; "all 900 seats" and "her £430,000 salary" too); not a group narrowed by
    a word the earlier sentence lacks ("the 12 electric buses"), not "the
    remaining 440" or "the first 100" (another amount), not a possessor the earlier
    sentence does not name ("the zoo's fee" after the museum's; a general noun for the
    event told before names it: "the disaster's toll", words.tsv class "event_anaphor"),
    not after a verb of change ("had risen to 75"). A possessed figure ("the county's
    1,420 burglaries") is looked for across paragraphs too, and, when it states no
    period, may restate the dated level a change reached ("fell to 1,240 in the year to
    September"), never the level before it ("down from 1,515"). Subjects named in part
    ("Boateng" for "Councillor Ama Boateng") are one; a year in the later phrase ("Its
    2026 budget") must be written with the earlier figure; a salary is a yearly pay
    (factcheck.checks._ties). Two subjects written inside one proper name are one ("St
    Brendan's Hospital" ... "St Brendan's"), and a possessor is the earlier name's word
    inflected ("the dairy's" after "Moss Dairies"); the noun before "of" names the thing
    ("the carrier's 2025 revenue of $3.8 billion beat analysts' forecasts"), narrowed by a
    word before it the earlier sentence lacks; a standing time after the noun ("the £160
    season pass this season") dates it, and needs the earlier sentence's own
    (factcheck.checks._chain).

    Third, a level of a named subject written as a thing already told (in a definite or
    possessive phrase, set beside the phrase that opens its sentence: "The toll from
    the sinking, 43, ...", or given as "the number of" its thing: "put the number of
    striking workers at 1,950") is compared with the nearest earlier level of that subject in
    its unit in the three sentences before, in its paragraph, when the two measures are
    one by the checks' one reading of a measure (factcheck.checks._measures: stems and
    synonym groups of metric_synonyms.txt, cue lemmas of cues.tsv, words.tsv "same"
    groups: "37 people died" ... "the toll of 43"; "holds 32,500 fans" ... "the
    35,800-seat ground"; "a crowd of 26,000" ... "the 62,000 fans who packed the ground");
    not a part the figure's own noun narrows ("the 2,600 visiting fans": a word the
    earlier sentence lacks), not when their sentences name different years, nor "the
    remaining"/"other" amount, a base of a comparison, or a part the subject owns
    (factcheck.checks._same_levels). The same holds for a figure in a unit of
    measurement with no measure of its own ("the farm's 540 megawatts": the unit names
    it), a figure in a relative clause on a thing already told or in the clause of an
    event owned by a day ("Wednesday's fire, which scorched 9,100 hectares"; "Friday's
    derailment injured 19"), and a rate in percent whose measure's words the earlier
    sentence writes or names ("the town's October jobless rate" after "Unemployment
    ... stood at 6.1% in October"; not "the youth jobless rate").

    A total dated to a period ("Friday's total of 211 mm" after "112 mm of rain on
    Friday") is that period's level and takes the measure its frame carries; a figure
    whose measure names no thing ("the figure of 9,600", "Tuesday's total": words.tsv,
    classes "figure" and "unnamed") restates the nearest earlier level of its subject
    in its unit (factcheck.checks._same_levels).

    Fourth, a level whose holder the frames name no entity for ("The library holds 9,400
    books") and the level of the next sentence whose holder is a lone pronoun or the same
    words, under the same verb, with one measure, unit and period ("It holds 11,200
    books"): factcheck.checks._holders. A possessive before the clause verb ("Its rival
    holds 11,200 books") names the holder, another entity, not the figure's thing.

    Fifth, a figure fronted before the definite subject of a copula ("At £21, the fair's
    pass is the cheapest"; "With 32 deaths, the landslide is the worst since 1952") and
    the earlier figure of its unit whose sentence writes that subject's words and holds
    no other figure of the unit (factcheck.checks._fronted); not under another verb
    ("With 260 passengers, the ferry left port"), nor a modal the earlier sentence lacks
    ("would be" after "would run 58 km" is one plan). A figure in an apposition with
    "with" ("The town's festival, with 4,800 tickets, is ...") is read the same way.

    A level given beside a base ("Season tickets cost £420, up from £380") is the one a
    later mention ("the £240 ticket") restates: the base hides it no longer; a later
    figure that the base's value falls in ("the £380 ticket had been ...") may restate
    the base, and the check is silent.

    A later figure whose own phrase names another measure of the subject ("a profit of
    £41m" ... "the firm's 2025 wage bill of £14m"), a part of it ("the group's 2025
    export sales of €62m", "the hospital's 2025 cancer patients numbered 8,000": a word
    the earlier sentence lacks), or a span of another length ("a profit of $1.9bn last
    year" ... "the bank's quarterly profit": words.tsv, classes "per:PERIOD") is not
    compared, whatever measure the frames lent it (factcheck.checks._own_phrase); nor is
    a re-mention dated by "next"/"last" and a time after its noun ("the £2.90 school
    meal next term") that the earlier sentence does not write (factcheck.checks._chain).

    A figure of a thing its subject owns ("Its sixth form, with 380 pupils") is that
    thing's, not the subject's, and is not compared by key (FC204 reads it as a part).

    A later figure that is the difference or the sum of the earlier one and a third of
    its unit written between them ("worth £18,000 ... paid out £14,200, leaving her
    £3,800 out of pocket": a remainder, a shortfall, a balance) is another measure, by
    arithmetic (factcheck.checks._derived).

    A re-mention is also read when the frames give the later figure no measure (the noun
    it stands before names it: "the £5,600 fine", "the €21,000 Castell Medal"); a year
    written with the thing ("fixed its 2028 roads budget at £3.1m last week") dates the
    earlier figure, not the day of the act; a later subject resolved from "her" or "its"
    that the earlier sentence writes before its verb is the earlier figure's ("Priya Nair,
    will be paid £380,000 a year. Her annual salary ..."; not after "said"); a noun of the
    transaction names the price a verb of buying told ("bought the pier for £2.4m" ...
    "the £4.2m purchase"); a price per a unit of quantity and the bare price are one amount
    ("£9.80 a kilo" ... "At £8.90, Friday's price"); and a figure fronted after "At"
    describes the subject whatever its verb ("At £54, the atlas costs more ...")
    (factcheck.checks._told_as, _fronted).

    Sixth, one figure told twice with its digits slipped: a level written as a thing
    already told whose significant digits are the earlier level's in another order, or
    the same at another scale word ("£16.5 million" ... "the council's £15.6 million
    restoration contract"; "$4.8 billion" ... "the line's $4.8 million allocation"), in one
    unit and the BACK sentences before, asks less of subject and measure than the keys
    (factcheck.checks._slipped).

    Seventh, a count a verb of cutting or losing takes ("will cut 850 jobs") told again,
    definite, as the thing and a change noun of a fall ("the 580 job losses": changes.tsv)
    or with the verb's participle ("the 430 cancelled trains") is one measure (_acted_on).
    A relative clause with a named subject ("The 52,000 books that Brackley Library holds")
    keys the thing when another sentence tells it under that verb; a kind the own noun
    names ("the school's 240 infant pupils") is another measure (_level_keys); a place
    written only in the predicate of a definite price is no owner (_possessives).

    The message names the subject's possessive and the measure as the draft writes it
    ("Brackwell Foods' staff", "Bhamo's population": factcheck.checks._naming).

Why it matters:
    A story that gives a town 166,000 people in one paragraph and 240,000 in the next,
    or a scheme £2.1 billion in one and £2.1 million in the next, is wrong at least once,
    and readers lose trust in every other figure.

Example:
    "Bhamo, home to some 166,000 people" then "Bhamo's 240,000 residents" -> the
    figures disagree for Bhamo's population.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import figures, tolerance
from factcheck.checks import (
    Document,
    _acted_on,
    _anterior,
    _changing,
    _derived,
    _fronted,
    _holders,
    _level_keys,
    _mention_names,
    _mentions,
    _naming,
    _own_phrase,
    _possessives,
    _same_levels,
    _slipped,
    _statements,
)
from factcheck.checks import _figures as fig
from factcheck.checks._apart import dated_apart, owners_differ
from factcheck.checks._conflict_terms import against, far_apart
from factcheck.model import Finding, Frame, Severity

CODE = "FC202"
NAME = "conflicting-figures"
SEVERITY: Severity = "warning"
EXAMPLES = (
    ("Bhamo, a logistics hub, is home to some 166,000 people. "
     "Bhamo's 240,000 residents face shortages.", True),
    ("Bhamo, a logistics hub, is home to some 166,000 people. "
     "Myitkyina's 240,000 residents face shortages.", False),
)
ID = fig.CheckId(CODE, NAME, SEVERITY)

Key = _level_keys.Key


def check(doc: Document) -> Iterator[Finding]:
    fired: set[int] = set()
    changing = _changing.changing(doc)
    for j, i, key in _level_keys.keyed_pairs(doc, changing):
        frame = doc.frames[i]
        if (key[0] is None and owners_differ(doc, j, i)) or dated_apart(doc, j, i):
            continue
        if _lent(doc, i) and _possessives.other_owner(doc, j, i):
            continue  # "the road's 6.4 kilometres" after "the tunnel is 4.6 kilometres":
            # a measure lent by the unit, and a possessor that names another thing
        if _own_phrase.another_thing(doc, j, i) or _own_phrase.lengths_differ(doc, j, i):
            continue  # "a profit of £41m" ... "the firm's 2025 wage bill of £14m"; "a profit
            # of $1.9bn last year" ... "the bank's quarterly profit of $0.5bn"
        if _anterior.apart(doc, j, i):
            continue  # "Labour won 27 ... Labour had held 24 seats": the tense tells two times
        if _statements.other_verbs(doc, j, i) or (
                _statements.acted(doc, j, i) and not _possessives.definite(doc, i)):
            continue  # "scored 78 goals" ... "conceded 39 goals": the verbs name two measures;
            # "34 midwives have signed a letter": a group its act defines (not "Bhamo's
            # 240,000 residents face shortages": a thing already told)
        found = _compare(doc, doc.frames[j], frame, key)
        if found is not None:
            fired.add(i)
            yield found
    for j, i in _mentions.pairs(doc):
        if i not in fired and not dated_apart(doc, j, i) and not _possessives.other_owner(
                doc, j, i) and not _anterior.apart(doc, j, i) and not _own_phrase.lengths_differ(
                doc, j, i) and not _own_phrase.another_thing(doc, j, i, grouped=False):
            later = doc.frames[i]
            metric = (later.measure or "").lower()
            found = _compare(doc, doc.frames[j], later, (None, metric, "", None))
            if found is not None and not _another_time(doc, j, i):
                fired.add(i)
                yield found
    for j, i in (*_same_levels.pairs(doc, changing, dated_apart), *_holders.pairs(doc, changing),
                 *_fronted.pairs(doc, changing), *_slipped.pairs(doc, changing),
                 *_acted_on.pairs(doc)):
        if (i not in fired and not dated_apart(doc, j, i) and not _anterior.apart(doc, j, i)
                and not _own_phrase.another_thing(doc, j, i)
                and not _own_phrase.lengths_differ(doc, j, i)):
            found = _compare(doc, doc.frames[j], doc.frames[i],
                             (None, doc.frames[i].measure or "", "", None))
            if found is not None:
                fired.add(i)
                yield found


def _lent(doc: Document, i: int) -> bool:
    """Whether figure i's measure is not written beside it but carried from an earlier
    figure of its unit (_mention_names.measure_holds)."""
    measure = doc.frames[i].measure or ""
    head = measure.lower().replace("-", " ").split()[-1:]
    return bool(head) and not _mention_names.written_beside(doc, i, head[0])


def _another_time(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i's band holds a figure of its unit beside earlier figure j in
    j's sentence ("cost £420, up from £380 last season" ... "the £380 ticket had been good
    value"): it may restate that other time's level, so the check is unsure."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    lo, hi = tolerance.interval(doc.claims[i], doc.config.approx_tolerance)
    for k in range(max(0, j - 8), min(len(doc.claims), j + 9)):
        if (k != j and doc.contexts[k].sentence == sentence and doc.claims[k].unit == unit
                and lo <= doc.claims[k].value <= hi):
            return True
    return False


def _compare(doc: Document, a: Frame, b: Frame, key: Key) -> Finding | None:
    approx = doc.config.approx_tolerance
    lo_a, hi_a = tolerance.interval(a.claim, approx)
    lo_b, hi_b = tolerance.interval(b.claim, approx)
    if hi_a >= lo_b and hi_b >= lo_a:
        return None
    if _derived.derived(doc, doc.index[a.claim], doc.index[b.claim]):
        return None  # "worth £18,000 ... paid £14,200, leaving her £3,800": a remainder
    if far_apart(a.claim.value, b.claim.value):
        return None  # "a single fare will be £2.50" ... "the £350m cost": other things
    unit = b.claim.unit
    message = (
        f"\"{b.claim.text}\" disagrees with \"{a.claim.text}\" earlier for "
        f"{_naming.thing(doc, a, b, key[1])}: "
        f"{figures.amount(b.claim.value, unit)} {against(lo_a, hi_a, unit)}."
    )
    return fig.finding(ID, b.claim, message, None)
