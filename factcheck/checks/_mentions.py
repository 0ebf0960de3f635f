"""A figure written as a thing already named, for FC202: "the hospital's 460 beds",
"Monday's toll of 121", "its €190 million price tag", "the £520,000 fine".

A writer who puts a figure in a possessive or definite noun phrase refers back to
something the draft has stated: the figure must agree with the earlier one. The earlier
figure is the nearest in the BACK sentences before, in the paragraph, that

- has the same unit, and is a level or a rate and no change;
- is named by the later phrase: the head of the later figure's measure ("beds",
  "toll", "fine") or, when that head is a measure of one thing (a cost, a fee, a
  capacity: lexicon frames.tsv class "single", or a "same" group), its possessor ("the
  refurbishment's ... cost"; not "the bridge's £60m upgrade") is a word of the
  earlier figure's measure or noun, inflected or not, or a word of the same group
  (words.tsv, class "same:GROUP": "cost", "price", "tag"); or such a word is in the
  earlier figure's sentence ("was fined £250,000", "harvested 3.2 million tonnes")
  and the figure is the only one of its unit there, so the words name it alone;
- has a subject and a period that do not differ from the later one's (either may be
  unstated), and is not dated apart from it (FC202's own test).

A place's people ("a town of 42,000 people", "home to 9,000 people") are named by a
population's words ("the town's 24,000 residents", lexicon stock_metrics.tsv).

Neither figure may stand just after a verb of change ("had risen to 600"): a level
reached by a change is another period's. Not read as a re-mention: a figure whose
measure the frame reads as its owner ("the bridge's £60m upgrade"), or one narrowed
after it ("the city's 140,000 residents who rent", "70 beds in intensive care"), or
one of another measure of one thing ("the council's budget" ... "the council's pension
deficit").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import tolerance
from factcheck.checks import Document, _measures, _story, _ties, _wholes
from factcheck.checks import _figures as fig
from factcheck.frames.periods import periods
from factcheck.frames.stretches import MONTHS
from factcheck.lexicon import lexicon
from factcheck.model import Frame

BACK = 3  # sentences before a re-mention that its antecedent is looked for in
STORY_BACK = 10  # sentences before a possessed re-mention ("the county's 1,420 burglaries")
_LIST_GAP = re.compile(r"(?:,|\band\b)\s*$", re.IGNORECASE)  # ", 9,200", "... and 6,100"
_DEFINITE = re.compile(  # "the hospital's 460 beds", "its €190m price tag", "the toll of
    # 460", "the £520,000 fine"; after a bare "the", words only before "of": in "The clinic
    # has 30 beds" the words are a clause's, not the figure's noun phrase
    r"(?:\b([a-z][\w-]*)['’]s|\b(?:its|their|his|her))\s+(?:[\w£$€-]+\s+){0,3}(?:of\s+)?$"
    r"|\b(?:the|all)\s+(?:(?:[\w£$€-]+\s+){1,2}of\s+)?$"
    r"|\b(?-i:This|That|These|Those)\s+(?:[\w£$€-]+\s+){1,2}of\s+$",  # "That average
    # price of £371,000" opening a sentence (not "warned that rents of")
    re.IGNORECASE)
_DATED = re.compile(  # a figure and its noun, then a time: "price tag in May", "on Friday"
    r"(?:\s+[a-z-]+){0,3}?\s+(?:in|on|at)\s+(?:(?:early|late|mid)[\s-])?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:1[89]|20)\d\d)\b")
_OF_PEOPLE = re.compile(r"\b(?:of|to)\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
_WHOLE_AFTER = re.compile(r"\bin\s+(?:full|total|all)\b", re.IGNORECASE)
_OWNER = re.compile(r"\b([A-Za-z][\w-]*)['’]s\b")
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
_TIME_DETERMINER = re.compile(r"\b(?:this|last|next|previous)\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(  # "Of the 63 homes ...", "Among Friday's 122 flights ..."
    r"\W*(?:of|among|amongst)\s+(?:the|its|their|[A-Za-z][\w-]*['’]s?)\s+$", re.IGNORECASE)
_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")
_LEVELS = frozenset({"level", "rate"})
_WHOLES = _LEVELS | {"total"}  # what a re-mention may restate: a whole with its parts too
MAX_CLAIMS_BACK = 60  # figures looked back over at most: linear time on figure-dense text


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(earlier, later) indices of figures where the later names the earlier's thing."""
    for i, frame in enumerate(doc.frames):
        if not (_level(doc, i) or (_partitive(doc, i) and _level(doc, i, _WHOLES))
                ) or frame.measure is None:
            continue
        m = _phrase(doc, i)
        if m is None or _wholes.points_back(doc, i) or frame.role == "part":
            continue
        if any(w.lower() in fig.words("another") for w in _WORD.findall(m.group(0))):
            continue  # "the remaining 440", "the first 100": another amount of the thing
        narrowed = _narrowed(doc, i)
        timed = narrowed and _time_scoped(doc, i)
        if narrowed and not timed:
            continue  # "the city's 140,000 residents who rent", "70 beds in intensive care"
        head = frame.measure.lower().replace("-", " ").split()[-1]
        if not measure_holds(doc, i, head):
            continue  # "The 41 injured": the measure was lent by an earlier figure
        names = {head}
        owner = _possessor(doc, i)
        if owner and head == owner.lower():
            continue  # the measure read is the owner ("the bridge's £60m upgrade"): unsure
        if owner and (lexicon().frame_class(head, "single") or _group(head)):
            names.add(owner.lower())  # "the refurbishment's cost", not "the bridge's upgrade"
        names |= _grouped_modifiers(frame.measure, head)  # "the death toll" ... "killed"
        names |= _ties.own_noun(frame)  # "Boateng's tally of 13,950 votes" names the votes
        j = _antecedent(doc, i, names, across=m.group(1) is not None)
        if j is not None and timed and doc.frames[j].period != frame.period:
            continue  # "the 12 deaths this year" after "has killed 40": a part of the time
        if j is not None and (not _other_measure(doc.frames[j].measure, head)
                              or _written_in(doc, j, head)) and not _subset(doc, j, i):
            yield j, i


def _partitive(doc: Document, i: int) -> bool:
    """Whether figure i is the whole of a partitive phrase that opens its sentence ("Of the
    63 homes destroyed, 20 were empty", "Among its 580 staff, ..."): a whole written as
    known, the total told before, though its frame reads it as the whole of parts."""
    return bool(_PARTITIVE.match(doc.text, doc.contexts[i].sentence[0], doc.claims[i].start))


def _written_in(doc: Document, j: int, head: str) -> bool:
    """Whether the later figure's head is a word of figure j's sentence, inflected or not
    ("Season tickets cost £420" ... "the £240 ticket": the cost is the ticket's)."""
    words = {w.lower() for w in _WORD.findall(doc.text, *doc.contexts[j].sentence)}
    return bool(words & {head + end for end in _INFLECTIONS})


def _grouped_modifiers(measure: str, head: str) -> set[str]:
    """The words before a measure's head that name a group of words.tsv ("death" in "the
    death toll": class "same:deaths", so "killed 37" is named), for a head that is a
    measure of one thing (frames.tsv class "single")."""
    if not lexicon().frame_class(head, "single"):
        return set()
    words = measure.lower().replace("-", " ").split()[:-1]
    return {w for w in words if _group(w)}


RELATIVE = frozenset({"", "percent", "percentage_point", "basis_point"})


def measure_holds(doc: Document, i: int, head: str) -> bool:
    """Whether figure i's measure may be its own: written beside it (written_beside), or
    the figure, written as a thing already told (a definite or possessive phrase:
    definite), states a unit of measurement (millimetres, pounds, cubic metres) that the
    measure carried from an earlier figure of its subject shares ("Aberdeen had 142 mm of
    rain in October" ... "October's 124 mm in Aberdeen"; "the reservoir's 25 million cubic
    metres"). A plain count or a percent names no kind of its own: its measure lent may be
    another thing's ("... 2 TDs. The woman has worked there for 10"); so may a figure not
    told as known ("Of that, £28 million will go on ...": a part)."""
    if written_beside(doc, i, head):
        return True
    return doc.claims[i].unit not in RELATIVE and definite(doc, i)


def written_beside(doc: Document, i: int, head: str) -> bool:
    """Whether the head of figure i's measure is written beside it: in the words before it
    in its phrase ("Monday's toll of 121") or in the three after it ("the £520,000
    fine", "the hospital's 460 beds"), inflected or as the verb the measure is named
    after ("will spend £450 million": the spending)."""
    c = doc.claims[i]
    start, end = doc.contexts[i].sentence
    before = _WORD.findall(doc.text, max(start, c.start - 40), c.start)
    after = _WORD.findall(doc.text, c.start, min(end, c.end + 40))[:4]
    return any(w.lower().startswith(head[:max(3, len(head) - 1)])
               or (len(w) > 3 and head.startswith(w.lower()))  # "spend" for "spending"
               for w in [*before, *after])


def _narrowed(doc: Document, i: int) -> bool:
    """Whether the words after a figure and its measure narrow it to a part ("£6 fee for
    children", "residents who rent", "70 beds in intensive care", "the 1,200 deaths
    nationwide", "the fire near the coast": words.tsv, class "scope"; not "in full")."""
    frame = doc.frames[i]
    word = fig.word_after_whole(doc.text, frame, doc.contexts[i].sentence[1])
    if word not in fig.QUALIFIERS | fig.words("scope") | {"who", "that", "whose", "of"}:
        return False
    if _DATED.match(doc.text, frame.claim.end) and word in ("in", "on", "at"):
        return False  # "the tunnel's $2.1m price tag in May": a date, no scope
    return not _WHOLE_AFTER.search(doc.text, frame.claim.end, doc.contexts[i].sentence[1])


def _time_scoped(doc: Document, i: int) -> bool:
    """Whether the word after figure i and its measure opens the phrase of the period its
    frame holds for ("Greenfield Water's $230 million investment this year"): a scope in
    time, which names the thing again only for an earlier figure of that same period."""
    frame = doc.frames[i]
    start, end = doc.contexts[i].sentence
    word = fig.word_after_whole(doc.text, frame, end)
    if frame.period is None or not word:
        return False
    at = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE).search(doc.text, frame.claim.end, end)
    if at is None:
        return False
    found = periods(doc.text[start:end], start, doc.as_of)
    return any(s == at.start() and period == frame.period for s, _, period in found)


def _antecedent(doc: Document, i: int, names: set[str], across: bool = False) -> int | None:
    """The nearest earlier figure that the later one's names point to, or None: in the BACK
    sentences before, or the STORY_BACK before for a figure its possessor names ("the
    county's 1,420 burglaries": a thing the story has told, however many figures and
    paragraphs back), across paragraph breaks but not a heading (_story.section_between).
    A part listed bare after the whole of its sentence ("14,600 people, 9,200 in the UK
    and 6,100 overseas": list_member) is passed over: the thing named again is the
    whole."""
    own = doc.contexts[i].sentence
    seen = 0
    current = own
    for j in range(i - 1, max(-1, i - 1 - MAX_CLAIMS_BACK), -1):
        sentence = doc.contexts[j].sentence
        if sentence != current:
            if _story.section_between(doc, sentence[1], current[0]):
                return None
            seen, current = seen + 1, sentence
            if seen > (STORY_BACK if across else BACK):
                return None
        if sentence == own or not fits(doc, j, i):
            continue
        named = _named(doc, j, names)
        if named == "measure" or (named == "sentence" and _alone(doc, j)):
            if not list_member(doc, j) or _agree(doc, j, i):
                return j  # a member the later figure restates: no conflict
    return None


def _agree(doc: Document, j: int, i: int) -> bool:
    """Whether two figures' bands meet (factcheck.tolerance)."""
    low_j, high_j = tolerance.interval(doc.claims[j], doc.config.approx_tolerance)
    low_i, high_i = tolerance.interval(doc.claims[i], doc.config.approx_tolerance)
    return high_j >= low_i and high_i >= low_j


def list_member(doc: Document, j: int) -> bool:
    """Whether figure j is a bare member of a list after the first figure of its unit in
    its sentence ("employs 14,600 people, 9,200 in the UK and 6,100 overseas"): nothing but
    a comma or "and" before it in its clause, and no period of its own other than that
    first figure's (a list of years, "300 tonnes in 2019, 400 in 2020", is no list of
    parts). A part of the thing, not the thing a later phrase names again."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    first = next((k for k in range(max(0, j - MAX_CLAIMS_BACK), j)
                  if doc.contexts[k].sentence == sentence and doc.claims[k].unit == unit), None)
    if first is None:
        return False
    gap = doc.text[doc.claims[j - 1].end : doc.claims[j].start]
    return (_LIST_GAP.search(gap) is not None
            and doc.frames[j].period in (None, doc.frames[first].period))


def fits(doc: Document, j: int, i: int) -> bool:
    """Whether earlier figure j may be what later figure i restates: its unit, a level (or
    the dated level a change reached, for a later figure of no period or of the period the
    frames carried to it from that level), not the level
    before a change, a subject and period that do not differ, no year in the later
    phrase that j's sentence lacks."""
    later, earlier = doc.frames[i], doc.frames[j]
    if not _same_unit(doc.claims[j].unit, later) or not (
            _level(doc, j, _WHOLES) or (later.period in (None, earlier.period)
                               and _ties.reached(doc, j))):
        return False
    if _ties.linked(doc, j, "before") or fig.last_word("base").search(
            doc.text, max(0, doc.claims[j].start - 16), doc.claims[j].start):
        return False  # "down from 1,515 the year before": the level before a change
    period = None if record_since(doc, i) else later.period
    if _narrower_scope(doc, j, i):
        return False
    if (later.subject and earlier.subject and not _ties.same_name(later.subject, earlier.subject)
            and not _owner_links(doc, j, i)) or (
            period and earlier.period and period != earlier.period):
        return False
    phrase = doc.text[_phrase_start(doc, i) : later.claim.start]
    # "Its 2026 budget was ..." after the 2027 budget: another year's
    return _ties.years(phrase) <= _ties.years(doc.text[slice(*doc.contexts[j].sentence)])


def _narrower_scope(doc: Document, j: int, i: int) -> bool:
    """Whether later figure i is of a named subject that earlier figure j, of no subject,
    does not name in its sentence ("the council plans 2,400 new homes" ... "The Canal
    Wharf scheme is typical. The 320 homes ..."): one scheme's figure, a part of the
    plan or of another scope, not the plan's figure told again. A possessor the earlier
    sentence names ("The ferry firm owns twelve vessels. The firm's 21 vessels sail from
    Rosslare.") keeps the two one thing, whatever subject the frame resolved."""
    subject = doc.frames[i].subject
    if not subject or doc.frames[j].subject:
        return False
    words = set(_WORD.findall(doc.text[slice(*doc.contexts[j].sentence)].lower()))
    owner = _possessor(doc, i)
    if owner is not None and set(_WORD.findall(owner.lower())) <= words:
        return False
    return not set(_WORD.findall(subject.lower())) <= words


def definite(doc: Document, i: int) -> bool:
    """Whether figure i stands in a definite or possessive phrase ("the hospital's 460
    beds", "its €190 million price tag", "the toll of 460")."""
    return _phrase(doc, i) is not None


def _phrase(doc: Document, i: int) -> re.Match[str] | None:
    """The definite or possessive words that open figure i's noun phrase, or None. Words
    cut from the figure by its clause's verb are another phrase, the clause's subject:
    in "Its rival holds 11,200 books" the possessor names who holds them (another
    entity), not a thing already told; unless that subject is the figure's measure ("Its
    population is 25,000")."""
    ctx, c = doc.contexts[i], doc.claims[i]
    m = _DEFINITE.search(doc.text, max(ctx.sentence[0], c.start - 40), c.start)
    if m is None or ctx.verb is None or not m.start() <= ctx.verb < c.start:
        return m
    head = (doc.frames[i].measure or "").lower().replace("-", " ").split()[-1:]
    subject = {w.lower() for w in _WORD.findall(doc.text, m.start(), ctx.verb)}
    return m if head and head[0] in subject else None


def earlier(doc: Document, i: int) -> Iterator[int]:
    """The figures before figure i, nearest first, in the BACK sentences before its own in
    its paragraph."""
    own = current = doc.contexts[i].sentence
    seen = 0
    for j in range(i - 1, -1, -1):
        sentence = doc.contexts[j].sentence
        if sentence != current:
            if "\n\n" in doc.text[sentence[1] : current[0]]:
                return
            seen, current = seen + 1, sentence
            if seen > BACK:
                return
        if sentence != own:
            yield j


def _phrase_start(doc: Document, i: int) -> int:
    """Where the definite phrase of figure i starts ("Its 2026 budget of ..."), or the figure."""
    c = doc.claims[i]
    m = _DEFINITE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 40), c.start)
    return m.start() if m else c.start


def record_since(doc: Document, i: int) -> bool:
    """Whether figure i's sentence compares it with the past by a superlative and "since"
    ("The 42,810 spectators were the most for a final since 1999": words.tsv, class
    "superlative"): the span from 1999 is the record's, and dates no figure."""
    words = [w.lower() for w in _WORD.findall(doc.text, *doc.contexts[i].sentence)]
    if "since" not in words:
        return False
    return any(w in fig.words("superlative") for w in words[: words.index("since")])


def _owner_links(doc: Document, j: int, i: int) -> bool:
    """Whether the later figure's own possessor, a common noun, is a word of the earlier
    figure's sentence while the subject its frame resolved is not written in its own
    sentence ("The Millbrook bypass will cost £340 million, the council said." ... "the
    bypass's £430 million price"): the phrase names its thing, and the subject resolved
    across sentences is a guess that yields to it."""
    owner, subject = _possessor(doc, i), doc.frames[i].subject
    if owner is None or not owner.islower() or subject is None:
        return False
    if subject in doc.text[slice(*doc.contexts[i].sentence)]:
        return False  # "the Hartshire bypass's price": a subject of its own
    words = {w.lower() for w in _WORD.findall(doc.text, *doc.contexts[j].sentence)}
    return owner in words


def other_owner(doc: Document, j: int, i: int) -> bool:
    """Whether the later figure's sentence names an owner the earlier one's does not
    ("Harlow Museum charges ..." ... "the zoo's £41 fee"). Days are no owners ("Monday's
    toll"). A later owner is the earlier one when the earlier sentence holds its word
    ("the museum's" after "Harlow Museum"), or when it is a noun that refers back to a
    named entity ("the hospital's" after "St Aldhelm's Hospital") and the earlier
    sentence names no owner in lower case (a common noun, another thing)."""
    owner = _possessor(doc, i)
    words = {w.lower() for w in _WORD.findall(doc.text, *doc.contexts[j].sentence)}
    if owner is not None and _owner_modifiers(doc, i) - words:
        return True  # "the deputy mayor's salary" after "the mayor's salary": another owner
    if owner is None or set(_WORD.findall(owner.lower())) <= words:
        return False  # "the by-election's" after "the Westfield by-election"
    refers = any(lexicon().frame_class(owner.lower(), k) for k in ("place", "org", "person"))
    refers = refers or owner.lower() in fig.words("event_anaphor")  # "the disaster's toll"
    return not refers or any(w[0].islower() for w in _owners(doc, j))


_OWNER_PHRASE = re.compile(  # "the deputy mayor's": the words between a determiner and
    # the possessor, which narrow the owner to another one
    r"\b(?:the|its|their|his|her)\s+((?:(?!(?:the|its|their|his|her|a|an)\b)[\w-]+\s+){1,3})"
    r"[\w-]+['’]s\s+(?:[\w£$€-]+\s+){0,3}"
    r"(?:of\s+)?$", re.IGNORECASE)


def _owner_modifiers(doc: Document, i: int) -> set[str]:
    """The words before the possessor of figure i's phrase, after its determiner ("deputy"
    in "the deputy mayor's $95,000 salary"), lower case."""
    c = doc.claims[i]
    m = _OWNER_PHRASE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 60), c.start)
    return {w.lower() for w in _WORD.findall(m.group(1))} if m else set()


def _possessor(doc: Document, i: int) -> str | None:
    """The possessor of figure i's noun phrase ("the zoo's £41 fee": "zoo"), days and
    months left out, or None."""
    c = doc.claims[i]
    m = _DEFINITE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 40), c.start)
    owner = m.group(1) if m else None
    if owner is not None and m is not None and _TIME_DETERMINER.search(
            doc.text, max(0, m.start(1) - 12), m.start(1)):
        return None  # "this year's harvest", "last season's": a time, no owner
    return None if owner is None or time_word(owner) else owner


def _owners(doc: Document, k: int) -> set[str]:
    """The possessors in figure k's sentence, as written, days and months left out."""
    text = doc.text[slice(*doc.contexts[k].sentence)]
    return {m.group(1) for m in _OWNER.finditer(text) if not time_word(m.group(1))}


def time_word(word: str) -> bool:
    """Whether a possessor is a time, no owner: a day ("Monday's toll", lexicon frames.tsv
    class "when") or a month ("October's 124 mm", the months periods are read with)."""
    low = word.lower()
    return lexicon().frame_class(low, "when") or (word[:1].isupper() and low in MONTHS)


def _same_unit(unit: str, later: Frame) -> bool:
    """Whether an earlier figure's unit is the later figure's, a rate's period read from
    the later measure's adjective ("£45 a month" ... "the £54 monthly price") or, for a
    salary, a year (words.tsv, class "yearly_noun")."""
    if unit == later.claim.unit:
        return True
    words = set((later.measure or "").lower().split())
    periods = [kind[4:] for kind in ("per:month", "per:week", "per:day", "per:hour", "per:year")
               if fig.words(kind) & words]
    if not periods and fig.words("yearly_noun") & words:
        periods = ["year"]  # "the mayor's £96,000 salary": a yearly pay unless it says else
    return any(unit == f"{later.claim.unit} / {period}" for period in periods)


def _level(doc: Document, i: int, roles: frozenset[str] = _LEVELS) -> bool:
    """A level or rate (or a role of roles) that no change reaches: not a change, not an
    end of one, not just after a verb of change ("had risen to 600")."""
    frame = doc.frames[i]
    c = frame.claim
    if (frame.role not in roles or c.change or c.multiplier or c.high is not None
            or "before" in frame.relations or "after" in frame.relations):
        return False
    start = max(doc.contexts[i].sentence[0], c.start - 30)
    verbs = lexicon().change_verbs
    return not any(w.lower() in verbs for w in _WORD.findall(doc.text, start, c.start))


def _alone(doc: Document, j: int) -> bool:
    """Whether figure j is the only figure of its unit in its sentence, less the levels a
    comparison is made against ("cost £85, up from £79 last summer": another time's)."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    near = range(max(0, j - 8), min(len(doc.claims), j + 9))
    return all(k == j or doc.contexts[k].sentence != sentence or doc.claims[k].unit != unit
               or _base(doc, k) or (k > j and list_member(doc, k)) for k in near)


def _base(doc: Document, k: int) -> bool:
    """Whether figure k is the level a change or comparison starts from ("up from £79",
    "against £2.10"): a base word just before it (words.tsv, class "base")."""
    start = doc.claims[k].start
    return fig.last_word("base").search(doc.text, max(0, start - 16), start) is not None


def names_figure(doc: Document, j: int, names: set[str]) -> bool:
    """Whether figure j is named by one of the names, in its measure or its sentence."""
    return _named(doc, j, names) is not None


def _named(doc: Document, j: int, names: set[str]) -> str | None:
    """Where figure j is named by one of the names, inflected, in the same group or read as
    one measure (factcheck.checks._measures): in
    its "measure" (or noun), in its "sentence", or None."""
    wanted = {n + end for n in names for end in _INFLECTIONS}
    for name in names:
        wanted |= _group(name)
    c = doc.claims[j]
    own = f"{doc.frames[j].measure or ''} {c.noun or ''}".lower().replace("-", " ").split()
    if wanted & set(own) or (_population(names) and _people_of(doc, j)):
        return "measure"
    if any(_measures.term(n) & _measures.of_figure(doc, j) for n in names):
        return "measure"  # one reading of the measure: "jobless" ... "unemployment"
    words = {w.lower() for w in _WORD.findall(doc.text, *doc.contexts[j].sentence)}
    return "sentence" if words & wanted else None


def _subset(doc: Document, j: int, i: int) -> bool:
    """Whether the later figure's measure narrows the earlier's with a word the earlier
    figure's sentence does not hold ("The fleet has 46 buses. The 12 electric buses
    ..."): a group within the thing, not the thing again. A rate's adjective ("annual")
    and a word of the head's group ("price tag" after "cost") narrow nothing, nor does a
    word the earlier sentence holds by one reading of a measure (_measures.term: "sale"
    after "sold"); a word of the head's group in the earlier sentence does not excuse
    another modifier ("its roads budget" after "its budget": a part)."""
    later = doc.frames[i]
    head = (later.measure or "").lower().replace("-", " ").split()[-1:]
    noun = (later.claim.noun or "").lower().replace("-", " ").split()
    if not (noun and head and noun[-1].startswith(head[0])):
        noun = []  # "121 makes": no noun phrase of the measure
    words = [w for w in [*noun, *(later.measure or "").lower().replace("-", " ").split()]
             if w not in lexicon().stopwords] or [""]
    earlier = {w.lower() for w in _WORD.findall(doc.text, *doc.contexts[j].sentence)}
    earlier |= set((doc.frames[j].measure or "").lower().replace("-", " ").split())
    read = frozenset().union(*(_measures.term(w) for w in earlier))  # one reading of a word
    rates = set().union(*(fig.words(k) for k in fig.kinds("per:")))
    for word in words:
        known = {word + end for end in _INFLECTIONS} | _group(word)  # not the head's group:
        # "the school's staffing budget" after "the school's budget" (its spending) narrows
        if word in head or word.rstrip("s") in head or word in rates:
            continue
        if not known & earlier and not {word, word.rstrip("s")} & set(_group(head[0])) and not (
                _measures.term(word) & read):
            return True  # "sale" is read in "sold" (its cue): not a narrowing
    return False


def _other_measure(earlier: str | None, head: str) -> bool:
    """Whether the earlier figure measures one thing of another name ("The council's
    budget is £45m" ... "the council's £60m pension deficit"): both heads are measures
    of one thing (frames.tsv class "single") and neither names the other."""
    words = (earlier or "").lower().replace("-", " ").split()
    if not words or not lexicon().frame_class(words[-1], "single"):
        return False
    return not ({head} | _group(head)) & set(words)


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


def _group(word: str) -> frozenset[str]:
    """The words of word's groups in words.tsv (class "same:GROUP"), word included."""
    found: set[str] = set()
    for kind in fig.kinds("same:"):
        group = fig.words(kind)
        if word in group:
            found |= group
    return frozenset(found)
