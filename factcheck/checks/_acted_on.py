"""A count cut told again as the cut, for FC202: "will cut 850 jobs" ... "the 580 job
losses"; "is shedding 1,200 posts" ... "its 2,100 post cuts"; and a count any verb acted
on told again with the verb's participle: "cancelled 340 trains" ... "the 430 cancelled
trains" (the stems of the verb and the participle one, and of the two things).

A writer who tells the things a verb of cutting or losing takes away ("will cut 850 jobs")
may name them again by the act: a compound of the thing and a noun of that change ("the
job cuts", "the job losses"). The two are one measure of one subject, though the frames
give the first the counted thing ("job") and the second the act ("loss"). Read, not
listed: the verb is a verb of loss or cutting whose object is what was lost or cut
(lexicon changes.tsv, role "object", and no rise: not "raised four children"); the noun
after the thing is a change noun of changes.tsv falling as the verb does (role "noun",
direction "decrease": "cut", "loss", "reduction"); the thing is the counted thing of the
earlier figure, read as stems (factcheck.reference.metric.stem: "jobs" is "job"). The
later figure stands in a definite or possessive phrase (a thing already told: "the",
"its", "Brenmoor Water's"), in the BACK sentences after the earlier one in its paragraph,
with the same unit, and is not narrowed to a part by the words after it ("the 580 job
losses at its Hull plant": factcheck.checks._mentions.narrowed), not owned by another
("Rival Delmont's 580 job cuts": factcheck.checks._possessives.other_owner), and not of
another period when both state one ("cut 850 jobs in 2024" ... "its 580 job cuts this
year").

Not read: "will create 850 jobs" ... "the 580 job losses" (no verb of loss), "will cut
850 jobs" ... "the 580 job gains" (a rise), "will cut 850 jobs" ... "the 580 job centres"
(no change noun), "will cut 850 jobs" ... "the 580 post cuts" (another thing).

Shapes: pairs(doc) yields (earlier, later) claim indices; nothing raises; linear in the
claims (each later figure looks back over at most the BACK sentences).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from factcheck.checks import Document, _keys, _mentions, _possessives
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon

_AFTER = 40  # characters after a figure that its noun phrase is read in
_BEFORE_WORDS = 3  # words at most between a verb and the figure it takes ("cut up to 850")
_WORDS = 5  # words from the figure on that its thing and change noun are looked for in


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(earlier, later) indices where the later figure names the earlier's count again by
    the act done to it (see the module)."""
    for i, c in enumerate(doc.claims):
        words = _phrase_words(doc, i)
        if not words:
            continue
        for j in _mentions.earlier(doc, i):
            verb, thing = _verb(doc, j), _counts(doc, j)
            if doc.claims[j].unit == c.unit and verb and thing and _names(words, verb, thing):
                if not _possessives.other_owner(doc, j, i) and not _periods_differ(doc, j, i):
                    yield j, i  # not "Rival Delmont's 580 job cuts", "cut 850 jobs in 2024"
                break  # ... "its 580 job cuts this year"


def _names(words: list[str], verb: str, thing: str) -> bool:
    """Whether two words in a row of a later phrase name the count verb took ("job
    losses" after "cut ... jobs": the thing and a change noun of a fall, the verb one of
    loss or cutting; "cancelled flights" after "cancelled ... flights": the verb's own
    participle and the thing). thing is a stem, verb a word as written."""
    from factcheck.reference import metric  # not at import: `factcheck rule` loads no tables

    lost = verb in lexicon().with_change_role("object") and (
        lexicon().change_verbs.get(verb) != "increase")
    acted = metric.stem(verb)
    return any((lost and metric.stem(a) == thing and _falling(b))
               or (metric.stem(a) == acted and metric.stem(b) == thing)
               for a, b in pairwise(words))


def _periods_differ(doc: Document, j: int, i: int) -> bool:
    """Whether both figures' frames state a period and the two are not one (a period that
    holds now is one with now: factcheck.checks._keys.standing)."""
    a, b = doc.frames[j].period, doc.frames[i].period
    return (a is not None and b is not None
            and _keys.standing(a, doc.as_of) != _keys.standing(b, doc.as_of))


def _phrase_words(doc: Document, i: int) -> list[str]:
    """The first _WORDS words (lower case) from figure i on, when it stands in a
    definite or possessive phrase not narrowed to a part and counts things (no unit),
    else []."""
    c = doc.claims[i]
    if c.unit or not _possessives.definite(doc, i) or _mentions.narrowed(doc, i):
        return []
    end = min(doc.contexts[i].sentence[1], c.end + _AFTER)
    return [w.lower() for w in fig.WORDS.findall(doc.text, c.start, end)][:_WORDS]


def _falling(noun: str) -> bool:
    """Whether noun, singular or plural, is a change noun of a fall (changes.tsv: "cut",
    "loss", "reduction")."""
    nouns = lexicon().change_nouns
    forms = (noun, noun[:-1], noun[:-2]) if noun.endswith("s") else (noun,)
    return any(nouns.get(form) == "decrease" for form in forms)


def _verb(doc: Document, j: int) -> str | None:
    """The verb figure j is the object of ("will cut 850", "is shedding 1,200 posts",
    "cancelled 212 flights"): its clause's verb, a few words at most before it, lower
    case; else None."""
    at = doc.contexts[j].verb
    start = doc.claims[j].start
    if at is None or at >= start:
        return None
    words = fig.WORDS.findall(doc.text, at, start)
    if not words or len(words) > 1 + _BEFORE_WORDS:
        return None
    return str(words[0]).lower()


def _counts(doc: Document, j: int) -> str | None:
    """The stem of the thing figure j counts: the head of its own noun, else of its
    frame's measure."""
    from factcheck.reference import metric

    noun = fig.written_noun(doc.claims[j]) or doc.frames[j].measure
    words = fig.WORDS.findall(noun or "")
    return metric.stem(words[-1]) if words else None
