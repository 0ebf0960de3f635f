"""FC204 part-exceeds-whole: a part is larger than the whole it belongs to.

What it does:
    Reads parts and their wholes from the frames (factcheck.frames): a figure whose role
    is "part" ("41 of the 36 nurses", "Of the 420 beds, 510 ...", "of whom 150", "of
    which £62,000", "3,100 of its members"), or a level right before "of its" / "of
    their" ("On Monday 85 of its drivers ..."), and its whole, which is

    - the figure its frame names as its whole, when the whole phrase holds a figure;
    - else the one earlier figure of the same unit in its sentence that is no part
      itself ("treated 120 patients, of whom 150 were children"), when the part names no
      measure or the same one, or a group of the people the whole counts ("saw 240
      patients, including 260 women": a group of frames.tsv's class "group" in a whole
      of an agent noun or people; not "30 families, including 70 children"); a word
      after the part that is no noun its frame counts ("Of those, 540 walk to school")
      names no other kind; with two or more ("5,000 staff in Europe and 300 in
      Asia, including 1,200 engineers") the whole is unclear and the check is silent;
    - else the nearest earlier level of the same unit, measure, subject and period in
      its paragraph ("The union has 2,400 members. ... 3,100 of its members ..."); a
      level that states no period (a standing count) holds for a part dated in a
      stretch of at most a year that reaches within 31 days of the draft's date ("...
      3,100 of its members voted on Monday", "last month", "since June"), not for one
      of another year or a stretch of years ("since 2010": factcheck.checks._story.
      holds_at), unless the part's whole has a scope of its own ("41,000 of the nurses
      in the union"); a level of a body's members ("The council has eleven members":
      words.tsv, class "membership") is the whole of a part named after the body, of
      one subject ("Fourteen of its councillors ...": factcheck.checks._members.named;
      a name in the part's own noun after "of its" narrows what it counts and is no holder
      of its own: "3,400 people. ... 4,300 of its Suffolk workers");
      a group of people "of its" or "of their" is a part of a possessor's count of
      people ("employs 430 people. ... 470 of its workers": factcheck.checks._members.
      group_of).

    Story-wide, whatever words tie them (factcheck.checks._kinds): a kind of the whole's
    thing, the same head noun with a modifier before it, after a figure of the bare
    noun in its paragraph ("Brenton employs 2,150 staff. Its 2,600 care staff ..."; "The
    museum owns 4,200 paintings; its 5,100 Dutch paintings ..."), tied to the whole's
    holder by a possessive, a part's frame or one named subject, and naming no other
    holder or amount ("The county has 7,000 apple trees", "450 former members").
    Besides these, from the words (factcheck.checks._wholes): a part that points back
    ("53 of them", "of whom", "Of these, 1,020", "$2.9m of that"; by a demonstrative
    that names the whole again in words of its own, "6,200 of those staff" after "employs
    5,400 people", "Of that land, 540 hectares"), a whole that includes
    its part ("650 hectares include 720 hectares"; "The reserve covers 450 hectares. It
    includes 620 hectares": the including subject points back to the sentence before;
    the part counts the same noun, or any noun when the whole is the size in members of
    the including subject: "The fleet of 140 gritters includes 185 machines", "The
    22-strong squad includes 25 players", "The club's 240 members include 275 juniors",
    "Its 900 staff include 1,200 nurses" (a noun that takes no plural),
    not "The 20-room hotel includes 40 beds"; the verb may stand before the
    part's noun and "of": "which includes long-term incentives of $6.8m":
    factcheck.checks._included), a whole that opens its
    sentence ("Of the 52,600 votes cast, the winner received 61,300"), and a
    part singled out of the one figure of its unit before it ("of which", not a "which" that
    opens a relative clause on another noun: "a crowd of 52,305 filled the stadium, which
    holds 60,000" is the stadium's size; "38% of the electricity,
    with wind alone providing 44%"; "44% of it"; "sales of €38 million, including €52
    million from bread"; a percentage after "alone" only when the words put its holder
    inside the whole's, naming it again or in a "with" phrase on the whole's clause:
    not "Coal supplied 30% ..., and gas alone supplied 38%"; the part may name the
    whole's thing again after "of", its possessor pointing back: "44% of the country's
    electricity", not "of Spain's" after "of Portugal's"; an amount after "alone" is
    not read, its holder may stand beside the whole's: "its rival alone earned"; and,
    with no mark, a share after a verb that states one whose holder is the earlier
    share's narrowed by words of its own: "Women make up 42% of the members, and women
    under 40 account for 47% of them"; a share whose clause narrows the one before it,
    "61% own a car, and 72% own an electric car": factcheck.checks._narrower), a count
    of the whole's unit ("lasted
    12 days, and on 19 of those days"), and (factcheck.checks._subsets) a count of the
    same thing that opens its own clause after a group owned or named in full ("The
    club's 420 members voted, and 480 members backed it"; "and 75 backed it"), unless the
    clause points back to the group ("and 400 staff joined them": another group), the
    count names a scope ("75 in the chorus") or another group ("480 new members"); and
    "N of the GROUP" after a count the group holds ("The squad has 25 players, and 28 of
    the squad ..."; in one sentence, a group named for the count's act: "Some 9,000 people
    voted, and 16,000 of the voters ..."), and a count of a thing the subject owns
    ("Marlow Grammar has 1,120
    pupils. Its sixth form, with 1,380 pupils, ...": factcheck.checks._ties) against
    the subject's own count of that measure in the sentences before; and a whole written
    after its part, a total (or a level of the part's period) in a clause that names the
    holder of the part's possessive ("41 of the ward's nurses. The ward has 36 nurses in
    total": factcheck.checks._later_wholes). The
    whole is the one figure the words can point to: two candidates and the pair is not
    read. It fires
    when the least the part can be exceeds the most the whole can be (factcheck.
    tolerance: half a unit of the last digit, at most 5%; plain counts without trailing
    zeros are exact; "about" allows 10%; "over 15,000" has no upper end). Counts and
    money, and percentages only as a share singled out of a share; shares of one whole
    over 100% are FC205's business.

Why it matters:
    A part larger than its whole is impossible, so one of the two figures is wrong,
    or the sentence joins figures that do not belong together.

Example:
    "Of those 5,000 fighters, 6,200 were new recruits" -> 6,200 is more than the
    whole of 5,000.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck import figures, tolerance
from factcheck.checks import (
    Document,
    _included,
    _kinds,
    _later_wholes,
    _members,
    _narrower,
    _noun_again,
    _story,
    _subsets,
    _ties,
    _wholes,
)
from factcheck.checks import _figures as fig
from factcheck.model import Claim, Finding, Frame, Severity

CODE = "FC204"
NAME = "part-exceeds-whole"
SEVERITY: Severity = "error"
EXAMPLES = (
    ("Of those 5,000 fighters, 6,200 were new recruits.", True),
    ("Some 5,000 of its over 15,000 personnel joined the offensive.", False),
    ("The union has 2,400 members. Some 3,100 of its members voted to strike.", True),
    ("The union has 2,400 members. Some 1,100 of its members voted to strike.", False),
)
BACK = 4  # sentences a part's whole is looked for before the part's own
_NOT_WHOLE = frozenset({"share", "rate", "age", "duration", "conversion"})
ID = fig.CheckId(CODE, NAME, SEVERITY)
# a part of the people its possessor counts: "employs 430 people. ... 470 of its workers"
_OF_ITS = re.compile(r"\s+(?:out\s+)?of\s+(?:its|their)\s+", re.IGNORECASE)


def check(doc: Document) -> Iterator[Finding]:
    approx = doc.config.approx_tolerance
    for i, j in _pairs(doc):
        part, whole = doc.claims[i], doc.claims[j]
        if not (_same_kind(doc.frames[i], whole)
                or _members.group_of(doc.frames[j], doc.frames[i])
                or _included.includes_members(doc, i, j)):
            continue  # "Of the firm's 50 stores, 60 employees ...": other things
        part_low = tolerance.interval(part, approx)[0]
        whole_high = tolerance.interval(whole, approx)[1]
        if part_low > whole_high:
            unit = part.unit
            message = (f"The part, {part.text}, is more than the whole it belongs to, "
                       f"{_included.written_whole(doc, i, j)}: "
                       f"{figures.amount(part.value, unit)} > "
                       f"{figures.amount(whole.value, unit)}.")
            yield fig.finding(ID, part, message, None)


def _pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """Each part with its whole, once per part: from the frames, then from the words."""
    seen: set[int] = set()
    for i, frame in enumerate(doc.frames):
        partitive = frame.role == "level" and _OF_ITS.match(doc.text, frame.claim.end)
        if (frame.role == "part" or partitive) and _addable(frame.claim):  # "85 of its X"
            j = _whole_of(doc, i)
            if j is not None:
                seen.add(i)
                yield i, j
    for i, j in (*_wholes.pairs(doc), *_included.pairs(doc)):
        if i not in seen and _addable(doc.claims[i]):
            seen.add(i)
            yield i, j
    for i, j in (*_subsets.pairs(doc), *_subsets.group_pairs(doc)):
        if i not in seen and _addable(doc.claims[i]):
            seen.add(i)
            yield i, j
    for i, j in (*_owned_parts(doc), *_kinds.pairs(doc), *_later_wholes.pairs(doc),
                 *_noun_again.pairs(doc)):
        if i not in seen and _addable(doc.claims[i]):
            seen.add(i)
            yield i, j
    for i, j in (*_wholes.percent_parts(doc), *_narrower.pairs(doc)):
        if i not in seen:
            seen.add(i)
            yield i, j


def _owned_parts(doc: Document) -> Iterator[tuple[int, int]]:
    """A count of a thing its subject owns ("Marlow Grammar has 1,120 pupils. Its sixth
    form, with 380 pupils, ..."; factcheck.checks._ties.possessed_part) and the subject's
    own level of that measure in the sentences before: the owned thing's count is a part."""
    for i, frame in enumerate(doc.frames):
        if frame.role != "level" or frame.measure is None:
            continue
        head = frame.measure.lower().replace("-", " ").split()[-1]
        if _ties.possessed_part(doc, i, head):
            j = _earlier_whole(doc, i)
            if j is not None:
                yield i, j


def _whole_of(doc: Document, i: int) -> int | None:
    """The index of part i's whole: its frame's, the nearest fitting figure before it in
    its sentence, or the nearest level of its measure in the sentences before."""
    frame = doc.frames[i]
    named = frame.relations.get("whole", ())
    if named:
        j = named[0]
        return j if _fits(doc.frames[j], frame, need_measure=False) else None
    sentence = doc.contexts[i].sentence
    earlier = []
    for j in range(i - 1, -1, -1):
        if doc.contexts[j].sentence != sentence:
            break
        if doc.frames[j].role != "part" and doc.claims[j].unit == frame.claim.unit:
            earlier.append(j)
    if len(earlier) == 1:  # "treated 120 patients, of whom 150 ..."
        whole = doc.frames[earlier[0]]
        return earlier[0] if (_fits(whole, frame, need_measure=False)
                              or _members.group_of(whole, frame)) else None
    if earlier:
        return None  # "5,000 staff in Europe and 300 in Asia, including 1,200": which whole?
    return _earlier_whole(doc, i)


def _earlier_whole(doc: Document, i: int) -> int | None:
    """The nearest level of part i's measure, subject and period in the BACK sentences
    before its own, across paragraph breaks but not a heading
    (factcheck.checks._story.section_break)."""
    frame = doc.frames[i]
    if frame.measure is None:
        return None
    end = doc.contexts[i].sentence[1]
    if fig.word_after_whole(doc.text, frame, end) in fig.QUALIFIERS:
        return None  # "41,000 of the nurses in the union": a whole with a scope of its own
    sentences = 0
    current = doc.contexts[i].sentence
    for j in range(i - 1, -1, -1):
        ctx = doc.contexts[j]
        if ctx.sentence != current:
            if _story.section_between(doc, ctx.sentence[1], current[0]):
                return None
            sentences, current = sentences + 1, ctx.sentence
            if sentences > BACK:
                return None
        if ctx.sentence == doc.contexts[i].sentence:
            continue
        other = doc.frames[j]
        if (other.role == "level" and _holder(doc, frame) in (None, other.subject)
                and _story.holds_at(other.period, frame.period, doc.as_of)
                and (_fits(other, frame, need_measure=True) or _members.named(doc, j, i)
                     or (_OF_ITS.match(doc.text, frame.claim.end) is not None
                         and _members.group_of(other, frame)))):
            return j
    return None


def _holder(doc: Document, frame: Frame) -> str | None:
    """The part's subject, unless the parse took it from the part's own noun, where it
    narrows what is counted, not who holds it ("4,300 of its Suffolk workers": noun
    "Suffolk workers", subject "Suffolk"; the possessive points back to the holder)."""
    subject, noun = frame.subject, frame.claim.noun
    if subject and noun and _words(subject) <= _words(noun) and _OF_ITS.match(
            doc.text, frame.claim.end):
        return None
    return subject


def _fits(whole: Frame, part: Frame, need_measure: bool) -> bool:
    """Whether a figure can be the whole of a part: same unit, a figure that can be added
    to, and a measure that shares a word with the part's (or none, when not needed)."""
    if whole.claim.multiplier or whole.claim.high is not None:
        return False
    if whole.claim.unit != part.claim.unit:
        return _counts_whole_unit(whole, part.claim)
    if whole.role in _NOT_WHOLE:
        return False
    if part.measure is None or whole.measure is None:
        return not need_measure
    return bool(_words(part.measure) & _words(whole.measure))


def _counts_whole_unit(whole: Frame, part: Claim) -> bool:
    """Whether a plain count is a part of a whole in a unit: it counts that unit ("on 19 of
    those days" after "lasted 12 days"), or it names no noun and its frame makes it a part
    of a span ("lasted 40 days, and on 52 of them ...")."""
    if part.unit or not whole.claim.unit or whole.role not in ("level", "duration"):
        return False
    if part.noun is None:
        return whole.role == "duration"
    return _wholes.counts_unit(part) == whole.claim.unit


def _same_kind(frame: Frame, whole: Claim) -> bool:
    """Do a part and its whole count one kind of thing: when both name what they count,
    the names share a word ("care staff" of "staff", "gold medals" of "medals"), singular
    or plural; a figure that names nothing takes its whole's, and so does one whose word
    after it is no noun the parse counts (the head of its frame's measure is another
    word: "Of those, 430 take the bus", "24 play on grass", "71 reported outbreaks")."""
    part = frame.claim
    if not part.noun or not whole.noun or part.noun not in part.text or not _counts_noun(frame):
        return True  # "104 of the cohort": the whole named after "of"
    return bool({w.rstrip("s") for w in _words(part.noun)}
                & {w.rstrip("s") for w in _words(whole.noun)})


def _counts_noun(frame: Frame) -> bool:
    """Whether the word the extractor read as a figure's noun is the head of what its
    frame measures ("60 employees": employee), not a verb after it ("430 take": pupil)."""
    if frame.measure is None:
        return True
    head = frame.measure.lower().replace("-", " ").split()[-1].rstrip("s")
    return any(w.rstrip("s") == head or w.startswith(head) for w in _words(frame.claim.noun or ""))


def _words(measure: str) -> set[str]:
    return set(measure.lower().replace("-", " ").split())


def _addable(c: Claim) -> bool:
    return ("percent" not in c.unit and not c.multiplier and c.high is None
            and c.bound not in ("under", "at_most"))
