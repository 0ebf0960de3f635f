"""Whether an earlier figure may be the thing a later figure names again, for the
re-mentions of factcheck.checks._mentions (FC202) and the readings that reach back the same
way (_same_levels, _fronted, _apart): the same unit (or the later measure's period of a
rate: "£45 a month" ... "the £54 monthly price"), a level or rate that no change reaches
(level), a subject and a period that do not differ, no year in the later phrase that the
earlier sentence lacks, and no narrower named scope (a scheme's homes are not the plan's).
"""

from __future__ import annotations

from factcheck.checks import Document, _chain, _possessives, _ties, _told_as
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame

LEVELS = frozenset({"level", "rate"})
WHOLES = LEVELS | {"total"}  # what a re-mention may restate: a whole with its parts too


def fits(doc: Document, j: int, i: int) -> bool:
    """Whether earlier figure j may be what later figure i restates: its unit, a level (or
    the dated level a change reached, for a later figure of no period or of the period the
    frames carried to it from that level), not the level
    before a change, a subject and period that do not differ, no year in the later
    phrase that j's sentence lacks."""
    later, earlier = doc.frames[i], doc.frames[j]
    if not _same_unit(doc.claims[j].unit, later) or not (
            level(doc, j, WHOLES) or (later.period in (None, earlier.period)
                               and _ties.reached(doc, j))):
        return False
    if _ties.linked(doc, j, "before") or fig.last_word("base").search(
            doc.text, max(0, doc.claims[j].start - 16), doc.claims[j].start):
        return False  # "down from 1,515 the year before": the level before a change
    period = None if record_since(doc, i) else _told_as.held_for(doc, i, None)
    if _narrower_scope(doc, j, i):
        return False
    before = _told_as.held_for(doc, j, later.measure)
    if (later.subject and earlier.subject and not _ties.same_name(later.subject, earlier.subject)
            and not _possessives.owner_links(doc, j, i) and not _chain.one_name(doc, j, i)
            and not _told_as.actor_named(doc, j, i)) or (
            period and before and period != before):
        return False
    phrase = doc.text[_possessives.phrase_start(doc, i) : later.claim.start]
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
    words = set(fig.WORDS.findall(doc.text[slice(*doc.contexts[j].sentence)].lower()))
    owner = _possessives.possessor(doc, i)
    if owner is not None and set(fig.WORDS.findall(owner.lower())) <= words:
        return False
    return (not set(fig.WORDS.findall(subject.lower())) <= words
            and not _after_verb(doc, j, i, subject))


def _after_verb(doc: Document, j: int, i: int, subject: str) -> bool:
    """Whether figure i's subject is written only after the verb of its clause, with the
    figure before that verb ("All eleven boats were built in Glasgow": where the thing was
    made, not which of them; "The 320 homes planned for Canal Wharf are ...", whose name
    stands before the verb, still narrows)."""
    verb, c = doc.contexts[i].verb, doc.claims[i]
    if verb is None or verb < c.end:
        return False
    first = doc.text.find(subject, doc.contexts[j].sentence[0], doc.contexts[i].sentence[1])
    return first > verb


def record_since(doc: Document, i: int) -> bool:
    """Whether figure i's sentence compares it with the past by a superlative and "since"
    ("The 42,810 spectators were the most for a final since 1999": words.tsv, class
    "superlative"): the span from 1999 is the record's, and dates no figure."""
    words = [w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[i].sentence)]
    if "since" not in words:
        return False
    return any(w in fig.words("superlative") for w in words[: words.index("since")])


def _same_unit(unit: str, later: Frame) -> bool:
    """Whether an earlier figure's unit is the later figure's, a rate's period read from
    the later measure's adjective ("£45 a month" ... "the £54 monthly price") or, for a
    salary, a year (words.tsv, class "yearly_noun")."""
    if _told_as.same_amount(unit, later.claim.unit):
        return True  # "£9.80 a kilo" ... "At £8.90, Friday's price"
    words = set((later.measure or "").lower().split())
    periods = [kind[4:] for kind in ("per:month", "per:week", "per:day", "per:hour", "per:year")
               if fig.words(kind) & words]
    if not periods and fig.words("yearly_noun") & words:
        periods = ["year"]  # "the mayor's £96,000 salary": a yearly pay unless it says else
    return any(unit == f"{later.claim.unit} / {period}" for period in periods)


def level(doc: Document, i: int, roles: frozenset[str] = LEVELS) -> bool:
    """A level or rate (or a role of roles) that no change reaches: not a change, not an
    end of one, not just after a verb of change ("had risen to 600")."""
    frame = doc.frames[i]
    c = frame.claim
    if (frame.role not in roles or c.change or c.multiplier or c.high is not None
            or "before" in frame.relations or "after" in frame.relations):
        return False
    start = max(doc.contexts[i].sentence[0], c.start - 30)
    verbs = lexicon().change_verbs
    return not any(w.lower() in verbs for w in fig.WORDS.findall(doc.text, start, c.start))
