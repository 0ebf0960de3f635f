"""A figure fronted before the definite subject it describes, for FC202: "At £21, the
fair's ticket is the cheapest"; "With 32 deaths, the flood is the worst since 1952"; "With
a population of 8,900, the town is the smallest to host the games".

A writer who opens a sentence with a phrase holding a figure and then names, as the
subject of a finite copula (words.tsv, class "copula": "is", "was", "remains"), a thing
in a definite or possessive phrase describes that thing by the figure and refers back to
it: the thing was told before. Another verb ("With 260 passengers, the ferry left port")
may give the figure of one moment: not read, unless the figure opens the sentence after
"At" ("At £54, the atlas costs more than most school books"; "At 26 kg, the record marrow
drew a crowd"): the subject stands at that figure, whatever it does; a modal ("would be")
makes a supposition, read only beside an earlier figure under the same modal ("would run
58 km": one plan told twice). A figure in an apposition with "with" after the subject
("The town's festival, with 4,800 tickets, is ...") and a fronted figure before a name
("With 460 beds, Carrow Park is ...") describe their subject the same way; a possessor
the frames resolve to the subject of the earlier figure ("the town's" for Dunmore) needs
not be written again. The earlier figure is the nearest in the
factcheck.checks._mentions.BACK sentences before, in the paragraph, in the same unit
(_mentions.fits: a level, subject and period that do not differ, no year of its own; a
price per litre and a bare price are one amount: _told_as.same_amount), whose sentence
writes every word of the later subject's phrase, inflected or not ("The ward has 28 beds"
for "the ward"; not for "the children's ward", a ward of its own) and is its only figure
of that unit; and when the fronted figure counts a thing of its own ("32 deaths", "24
beds"), that thing is the earlier figure's measure or a word of its sentence, by the
checks' reading of a name (_mentions: "killed 23" names deaths).

Not read: a fronted figure of a change, a part or a range; a sentence whose opening
phrase holds a comma before the figure; a subject phrase with a number of its own (a
year: "the 1952 flood", another thing).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document, _measures, _mention_names, _mentions, _told_as
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_SUBJECT = re.compile(  # right after the figure a comma, then a definite subject
    r"\s*,\s*((?:the|its|their|this|these|that|those|[A-Za-z][\w-]*['’]s?)\s[^,;:.\d]{1,60}?)\s*$",
    re.IGNORECASE)
_NAME = re.compile(  # or a name of its own: "With 460 beds, Carrow Park is ..."
    r"\s*,\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$")
_WITH = re.compile(  # "The city's marathon, with 6,900 runners this year, is ...": the
    # subject first, the figure in an apposition with "with" before the verb
    r"\W*((?:the|its|their|[A-Za-z][\w-]*['’]s?)\s[^,;:.\d]{1,60}?),\s*with\s+"
    r"[^,;:.\d]{0,30}$", re.IGNORECASE)
_AT = re.compile(r"\W*at\s+$", re.IGNORECASE)  # "At £54, the atlas costs ...": the
# subject stands at the figure, whatever its verb (not "With 260 passengers, the ferry left")
_AFTER = re.compile(r"[^,;:.\d]{0,50},\s*$")  # the apposition closed before the verb
_POSSESSOR = re.compile(r"([a-z]+)['’]s?\s", re.IGNORECASE)
_OPENERS = frozenset({"the", "its", "their", "this", "these", "that", "those"})


def pairs(doc: Document, changing: set[int]) -> Iterator[tuple[int, int]]:
    """(earlier, later) for each fronted figure and the earlier figure its subject's
    phrase names."""
    for i, frame in enumerate(doc.frames):
        c = frame.claim
        if (i in changing or frame.role not in ("level", "rate") or c.change or c.multiplier
                or c.high is not None):
            continue
        read = _subject(doc, i)
        if read is None:
            continue
        phrase, owners, modal = read
        names = _own_names(doc, i)
        for j in _mentions.earlier(doc, i):
            if not _told_as.same_amount(doc.claims[j].unit, c.unit) or not _mentions.fits(
                    doc, j, i):
                continue
            sentence = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
            if _one_subject(doc, j, i):
                phrase = [w for w in phrase if w not in owners]  # "the city's" named before
            if (_written(phrase, sentence, _measures.of_figure(doc, j)) and _alone(doc, j)
                    and (modal is None or modal in sentence)
                    and (not names or _mention_names.names_figure(doc, j, names))):
                yield j, i
            break  # the nearest figure of the unit only: unsure beyond


def _subject(doc: Document, i: int) -> tuple[list[str], set[str], str | None] | None:
    """The words of the definite subject of the copula figure i describes ("the fair's
    ticket" -> ["fair", "ticket"]), its possessors ({"fair"}) and the modal before the
    copula ("would" in "would be", else None), or None when figure i does not stand that
    way: fronted ("At £21, the fair's ticket is ...", "With 460 beds, Carrow Park is ...")
    or in an apposition with "with" after the subject ("The city's marathon, with 6,900
    runners, is ...")."""
    ctx, c = doc.contexts[i], doc.claims[i]
    if ctx.verb is None or ctx.verb <= c.end:
        return None
    lead, tail = doc.text[ctx.sentence[0] : c.start], doc.text[c.end : ctx.verb]
    m = _WITH.match(lead) if _AFTER.match(tail) else None
    if m is None and "," not in lead:
        m = _SUBJECT.match(tail) or _NAME.match(tail)
    verb = fig.WORDS.match(doc.text, ctx.verb)
    if m is None or verb is None:
        return None
    modal = _modal(doc, i)
    if verb.group(0).lower() not in fig.words("copula") and not (
            modal and verb.group(0).lower() == "be") and not _AT.match(lead):
        return None  # "With 260 passengers, the ferry left port": a load at one time, not
        # what the ferry is
    words = [w.lower() for w in fig.WORDS.findall(m.group(1))]
    words = [w for w in words if w not in _OPENERS and w != "s"
             and w not in lexicon().stopwords]
    owners = {w.lower() for w in _POSSESSOR.findall(m.group(1) + " ")}
    return (words, owners, modal) if words else None


def _modal(doc: Document, i: int) -> str | None:
    """The modal just before figure i's verb ("would" in "the line would be"; words.tsv,
    class "modal"): a supposition, read only beside an earlier figure under the same
    modal ("would run 58 km" ... "At 85 km, the line would be"), one plan told twice."""
    verb = doc.contexts[i].verb
    before = fig.WORDS.findall(doc.text, max(doc.contexts[i].sentence[0], (verb or 0) - 12),
                           verb or 0)
    word = before[-1].lower() if before else None
    return word if word in fig.words("modal") else None


def _one_subject(doc: Document, j: int, i: int) -> bool:
    """Whether the frames resolve figures j and i to one named subject (so "the city's"
    is the city named before, and needs not be written again)."""
    a, b = doc.frames[j].subject, doc.frames[i].subject
    return a is not None and b is not None and a.lower() == b.lower()


def _own_names(doc: Document, i: int) -> set[str]:
    """The thing a fronted figure counts by its own noun ("32 deaths" -> {"death"}), or
    the noun of its "of" phrase ("a population of 8,900" -> {"population"}); none for a
    bare amount ("At £21")."""
    c = doc.claims[i]
    noun = c.noun if c.noun and c.noun.isalpha() else None
    if noun is None:
        before = fig.WORDS.findall(doc.text, doc.contexts[i].sentence[0], c.start)
        noun = before[-2] if len(before) >= 2 and before[-1].lower() == "of" else None
    return {noun.lower().rstrip("s")} if noun else set()


def _written(phrase: list[str], sentence: set[str], named: frozenset[str]) -> bool:
    """Whether every word of the subject's phrase is in the earlier sentence, inflected or
    not ("ward", "fair" ... "Tickets for the Arden fair"), or names the earlier figure's
    measure by the checks' one reading of a measure ("the door price" ... "cost €18 at
    the door": factcheck.checks._measures)."""
    return all(any(w.startswith(p[: max(3, len(p) - 1)]) for w in sentence)
               or bool(_measures.term(p) & named) for p in phrase)


def _alone(doc: Document, j: int) -> bool:
    """Whether figure j is the only figure of its unit in its sentence."""
    sentence, unit = doc.contexts[j].sentence, doc.claims[j].unit
    near = range(max(0, j - 8), min(len(doc.claims), j + 9))  # a bounded look: linear
    return all(k == j or doc.contexts[k].sentence != sentence or doc.claims[k].unit != unit
               for k in near)

