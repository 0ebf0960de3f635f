"""Parts and their wholes read from the words that tie two figures, where the frames read
the part as a level: a pronoun that points back ("53 of them", "of whom 150", "Of these,
1,020", "$2.9 million of that") and a whole that opens its sentence ("Of the 52,600 votes
cast, the winner received 61,300"); a verb of inclusion is factcheck.checks._included's.
FC204 compares each pair; FC207 reads the pointing-back parts of a total written in an
earlier sentence.

The whole is always the one figure of the part's unit that the words can point to: the
only earlier figure of that unit in the part's sentence or, when there is none, the only
one in the sentence before in its paragraph. Two candidates and the pair is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _shares
from factcheck.checks import _figures as fig
from factcheck.checks._bases import is_base
from factcheck.checks._story import section_between
from factcheck.lexicon import lexicon
from factcheck.model import Claim

_AFTER = re.compile(r"\s+(?:out\s+)?of\s+([a-z]+)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\bof\s+([a-z]+)\s*,?\s*$", re.IGNORECASE)
_OPENING = re.compile(  # "Of the", "Of its", "Of the firm's", "Of Oxfam's"
    r"^\W*of\s+(?:(?:the|those|these|its|their|a\s+total\s+of)(?:\s+[\w-]+['’]s?)?"
    r"|[\w-]+['’]s?)\s*$", re.IGNORECASE)
_OPENS_BACK = re.compile(r"\W*of\s+([a-z]+)\s*,", re.IGNORECASE)  # "Of that, ..."
# a demonstrative and the whole's thing named again: "6,200 of those staff", "Of that land,"
_AFTER_NAMED = re.compile(r"\s+(?:out\s+)?of\s+(?:those|these|that|this)\s+[a-z]",
                          re.IGNORECASE)
_OPENS_NAMED = re.compile(r"\W*of\s+(?:those|these|that|this)(?:\s+[a-z]+){1,2}\s*,",
                          re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
MAX_BEFORE = 8  # figures before a part in its sentence; more and no whole is read
NOT_WHOLE = frozenset({"share", "rate", "age", "duration", "conversion"})


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) indices into doc.claims, one pair per part at most."""
    for i in range(len(doc.claims)):
        j = back_whole(doc, i)
        if j is None:
            j = _opened_by(doc, i)
        if j is not None:
            yield i, j


def percent_parts(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) for a figure singled out of the one figure before it in its sentence
    that can hold it (words.tsv, class "alone": "alone", "of which", "including" in the
    words just before the part): a percentage out of a share ("38% of the country's
    electricity, with wind alone providing 44%"; "... 44% of it"; "12% of the workers,
    and livestock farming alone 21% of the workforce"), an amount out of a level of its
    unit, subject and period ("sales of €38 million, including €52 million from bread").
    Not a part that names a whole of its own ("including 55% in the north", "21% of
    exports"), nor an amount marked by "alone" only: "its bakery arm alone brought in
    €52 million" is a part, "its rival alone earned $19 million" and "the county alone
    has 90,000" are not, and only what the holders are tells them apart."""
    for i, c in enumerate(doc.claims):
        if c.change or c.high is not None or c.multiplier:
            continue
        start = max(doc.contexts[i].sentence[0], c.start - 30)
        words = fig.WORDS.findall(doc.text, start, c.start)
        marks = {w.lower() for w in _partitive(words)} & fig.words("alone")
        if (c.unit != "percent" and marks == {"alone"}) or (not marks and c.unit != "percent"):
            continue  # "its rival alone earned $19 million": a holder beside, not inside
        k, n = _place(doc, i)
        found = [j for j in doc.groups[k][:n] if n <= MAX_BEFORE and _holds(doc, j, i)]
        others = [j for j in doc.groups[k][:n] if doc.claims[j].unit == c.unit]
        if len(found) != 1 or len(others) != 1 or _own_whole(doc, i, found[0]):
            continue
        if ((marks and (marks != {"alone"} or _inside(doc, found[0], i)))
                or (not marks and _narrowed(doc, found[0], i))):
            yield i, found[0]


def _partitive(words: list[str]) -> list[str]:
    """The words before a figure with each relative pronoun left out unless it is the
    object of "of" ("of which 60,000": the part is taken out of the antecedent). A pronoun
    that opens its clause as subject or object ("the stadium, which holds 60,000"; "the
    ship, which has berths for 4,000") ties the clause's figure to the antecedent noun
    (the stadium, not the crowd before it): a size of another thing, no part."""
    return [w for k, w in enumerate(words)
            if w.lower() not in _RELATIVE or (k > 0 and words[k - 1].lower() == "of")]


_RELATIVE = frozenset({"which"})  # of the class "alone" (words.tsv): a mark only after "of"
_WITH_HOLDER = re.compile(r",\s*with\s+(?:[\w'-]+\s+){1,3}alone$", re.IGNORECASE)


def _inside(doc: Document, j: int, i: int) -> bool:
    """Whether the holder singled out by "alone" is inside the whole's holder, as the
    words show it: it names the whole's holder again with words of its own ("Farming
    employs 12% of the workers, and livestock farming alone ..."; "imports from Vietnam
    alone": a word of four letters or more, by its first five), or it is the
    subject of a "with" phrase hung on the whole's clause ("38% of the electricity, with
    wind alone providing 44%"). Not two holders side by side ("Coal supplied 30% ..., and
    gas alone supplied 38%": gas is no kind of coal)."""
    whole, part = doc.claims[j], doc.claims[i]
    alone = doc.text.rfind("alone", whole.end, part.start)
    if alone < 0:
        return False
    if _WITH_HOLDER.search(doc.text, whole.end, alone + len("alone")):
        return True
    clause = re.split(r"[,;]|\band\b", doc.text[whole.end : alone])[-1]  # its holder's words
    holder = {w.lower()[:5] for w in fig.WORDS.findall(clause) if len(w) > 3}
    before = {w.lower()[:5] for w in fig.WORDS.findall(doc.text, doc.contexts[j].sentence[0],
                                                         whole.start)}
    return bool(holder & before)


def _narrowed(doc: Document, j: int, i: int) -> bool:
    """Whether the holder of share i is the holder of share j narrowed by words of its own,
    each share right after a verb that states a share (factcheck.checks._shares.share_verb:
    "Women make up 42% of the members, and women under 40 account for 47% of them"):
    every word of j's holder and at least one more. Not two holders side by side ("Men
    ... and women ..."), nor one named again (FC202's), nor a holder acting on a share of
    a thing ("Drivers ignored 20% of the signals, and young drivers 31%": a rate each)."""
    if not (_shares.share_verb(doc, j) and _shares.share_verb(doc, i)):
        return False
    text, whole, part = doc.text, doc.claims[j], doc.claims[i]
    skip = fig.words("determiner") | {w for p in fig.words("sharing") for w in p.split()}

    def holder(start: int, end: int) -> set[str]:
        clause = re.split(r"[,;]|\band\b|\bwhile\b", text[start:end])[-1]
        return {w.lower() for w in fig.WORDS.findall(clause) if w.lower() not in skip}

    named = holder(doc.contexts[j].sentence[0], whole.start)
    return bool(named) and named < holder(whole.end, part.start)


def _holds(doc: Document, j: int, i: int) -> bool:
    """Whether figure j can be the whole that figure i is singled out of: a share for a
    percentage; else a level of its unit, subject and period."""
    whole, part = doc.frames[j], doc.frames[i]
    if part.claim.unit == "percent":
        return whole.role == "share" and whole.claim.unit == "percent"
    return (can_be_whole(doc, j, part.claim) and whole.role == "level"
            and not whole.claim.change and part.subject in (None, whole.subject)
            and part.period in (None, whole.period) and same_thing(whole.claim, part.claim))


def _own_whole(doc: Document, i: int, j: int) -> bool:
    """Whether the part names a whole or scope of its own after it ("including 55% in the
    north", "21% of exports"): not one that points back ("44% of it") or that names the
    whole's head again ("21% of the workforce" after "12% of the workers": the words
    share their stem, the first four letters)."""
    after = _NEXT_WORD.match(doc.text, doc.claims[i].end)
    word = after.group(1).lower() if after is not None else ""
    if word in fig.QUALIFIERS:
        return True
    if word != "of":
        return False
    at = after.end() if after else 0
    owned = _OWNED.match(doc.text, at)
    if owned is not None:  # "31% of the country's electricity": the whole's head again
        if not _same_owner(doc, j, owned):
            return True  # "... of Spain's electricity" after "of Portugal's": another whole
        at = owned.end()
    named = fig.WORDS.findall(doc.text, at, doc.contexts[i].sentence[1])
    named = [w.lower() for w in named if w.lower() not in fig.words("determiner")][:1]
    if not named or named[0] in fig.words("back"):
        return not named
    whole = (doc.frames[j].measure or "").lower().split()
    return not (whole and len(named[0]) >= 4 and whole[-1][:4] == named[0][:4])


_OWNED = re.compile(  # " the country's electricity", " its power": a possessor, then the head
    r"\s*(?:(the)\s+)?(?:([A-Za-z][\w-]*)['’]s|its|their)(?=\s+[a-z])", re.IGNORECASE)


def _same_owner(doc: Document, j: int, owned: re.Match[str]) -> bool:
    """Whether the possessor after a part's "of" points to the whole's owner: "its",
    "their", a common noun after "the" ("the country's", "the firm's"), or the name
    written before the whole in its sentence ("of Portugal's" ... "of Portugal's")."""
    name = owned.group(2)
    if name is None or owned.group(1) is not None:
        return True
    before = {w.lower() for w in fig.WORDS.findall(
        doc.text, doc.contexts[j].sentence[0], doc.claims[j].end + 40)}
    return name.lower() in before


def points_back(doc: Document, i: int) -> bool:
    """Whether claim i is tied to an earlier whole by "of them", "of whom" and the like,
    beside it or opening its sentence when it is the first figure of its unit there ("Of
    that, the theatre spent £4.2m on the roof")."""
    c = doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 20)
    after = _AFTER.match(doc.text, c.end)
    before = _BEFORE.search(doc.text[start : c.start])
    if any(m is not None and m.group(1).lower() in fig.words("back") for m in (after, before)):
        return True
    k, n = _place(doc, i)
    opening = _OPENS_BACK.match(doc.text, doc.contexts[i].sentence[0])
    if opening is None or opening.group(1).lower() not in fig.words("back"):
        opening = _OPENS_NAMED.match(doc.text, doc.contexts[i].sentence[0])
    return (opening is not None and opening.end() <= c.start
            and not any(doc.claims[j].unit == c.unit for j in doc.groups[k][:n]))


def names_back(doc: Document, i: int) -> bool:
    """Whether claim i points back with a demonstrative and a noun that names its whole
    again, in the same words or others ("6,200 of those staff" after "employs 5,400
    people"; "Of that land, 540 hectares"): the demonstrative, not the noun, ties the two,
    so the nouns need not match. Not "Of those, 300 pupils" (the noun is the part's own)."""
    opening = _OPENS_NAMED.match(doc.text, doc.contexts[i].sentence[0])
    return (_AFTER_NAMED.match(doc.text, doc.claims[i].end) is not None
            or (opening is not None and opening.end() <= doc.claims[i].start))


def back_whole(doc: Document, i: int) -> int | None:
    """The whole of a part that points back: the only earlier figure of its unit in its
    sentence, else the only one in the sentence before (same paragraph), else None."""
    if not points_back(doc, i) or _place(doc, i)[1] > MAX_BEFORE:
        return None
    found = candidates(doc, i) or [j for j in sentence_before(doc, i)
                                   if can_be_whole(doc, j, doc.claims[i])
                                   and not is_base(doc, j)]  # not "..., down from 10,100"
    if len(found) != 1:
        return None
    counted = doc.frames[i].measure is not None  # the parse agrees the part names a noun
    if not counted or names_back(doc, i) or same_thing(doc.claims[found[0]], doc.claims[i]):
        return found[0]
    return None


def _place(doc: Document, i: int) -> tuple[int, int]:
    """Claim i's sentence (an index into doc.groups) and its place in it (computed once
    per document)."""
    if "wholes_place" not in doc.memo:
        doc.memo["wholes_place"] = {i: (k, n) for k, group in enumerate(doc.groups)
                                    for n, i in enumerate(group)}
    place: tuple[int, int] = doc.memo["wholes_place"][i]
    return place


def candidates(doc: Document, i: int) -> list[int]:
    """The figures before claim i in its sentence that can be its whole; none when more
    than MAX_BEFORE figures stand before it (a list too long to point into)."""
    k, n = _place(doc, i)
    if n > MAX_BEFORE:
        return []
    return [j for j in doc.groups[k][:n] if can_be_whole(doc, j, doc.claims[i])]


def _opened_by(doc: Document, i: int) -> int | None:
    """The whole of "Of the W ..., P": W opens its sentence, and P is the first figure of
    its unit after the comma that closes W's phrase."""
    sentence = doc.contexts[i].sentence
    k, n = _place(doc, i)
    j = doc.groups[k][0]
    w = doc.claims[j]
    if n == 0 or n > MAX_BEFORE or not _OPENING.match(doc.text[sentence[0] : w.start]):
        return None
    if candidates(doc, i) != [j]:
        return None
    comma = doc.text.find(",", w.end, doc.claims[i].start)
    if comma == -1 or any(doc.claims[k].unit == w.unit for k in range(j + 1, i)):
        return None
    return j if same_thing(w, doc.claims[i]) else None


def sentence_before(doc: Document, i: int) -> list[int]:
    """The claims of the sentence before claim i's, across a paragraph break (a sentence
    that points back reaches it) but not a heading (factcheck.checks._sections.section_break)."""
    k = _place(doc, i)[0]
    if k == 0:
        return []
    before = doc.groups[k - 1]
    if section_between(doc, doc.contexts[before[-1]].sentence[1], doc.contexts[i].sentence[0]):
        return []
    return list(before) if len(before) <= MAX_BEFORE else []


def can_be_whole(doc: Document, j: int, part: Claim) -> bool:
    """Whether claim j can be the whole of part: a level of the part's unit; or, for a part
    that counts the whole's unit ("on 19 of those days" after "lasted 12 days"), a span
    of that unit."""
    w = doc.claims[j]
    if w.multiplier or w.high is not None:
        return False
    if w.unit == part.unit:
        return doc.frames[j].role not in NOT_WHOLE
    return (bool(w.unit) and part.unit == "" and doc.frames[j].role in ("level", "duration")
            and counts_unit(part) == w.unit)


def counts_unit(part: Claim) -> str | None:
    """The unit a plain count counts when its noun is a unit's name ("19 of those days"
    -> "day"), else None."""
    entry = lexicon().units.get((part.noun or "").lower())
    return entry[0] if entry is not None and entry[1] == "unit" else None


def same_thing(whole: Claim, part: Claim) -> bool:
    """Whether a part can count what its whole counts: any unit but a plain count, or a
    count whose noun is unstated or shares a word with the whole's."""
    if whole.unit or part.noun is None or whole.noun is None:
        return True
    stems = {w.rstrip("s") for w in whole.noun.lower().split()}
    return any(w.rstrip("s") in stems for w in part.noun.lower().split())
