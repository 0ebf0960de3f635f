"""Parts a verb of inclusion names, for FC204: "The farm's 650 hectares include 720
hectares of barley"; "The reserve covers 450 hectares. It includes 620 hectares of fen";
"The fleet of 140 gritters includes 185 new machines".

The whole is the one figure the words can point to (factcheck.checks._wholes): the only
earlier figure of the part's unit in its sentence, else the only one in the sentence
before when the including clause's subject points back to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.checks._members import people_head
from factcheck.checks._wholes import can_be_whole, candidates, same_thing, sentence_before
from factcheck.lexicon import lexicon
from factcheck.model import Frame


def pairs(doc: Document) -> Iterator[tuple[int, int]]:
    """(part, whole) indices into doc.claims, one pair per part at most."""
    for i in range(len(doc.claims)):
        j = included_in(doc, i)
        if j is not None:
            yield i, j


def included_in(doc: Document, i: int) -> int | None:
    """The whole of "W ... include(s) P": the only earlier figure of P's unit in its
    sentence, when P counts the same thing (or names nothing); with none there, the only
    one in the sentence before when the including clause's subject points back to it
    ("The reserve covers 450 hectares. It includes 620 hectares of fen"; "The budget
    includes ..." after "a £2.4m refit budget")."""
    c = doc.claims[i]
    if _including_verb(doc, i) is None:
        return None
    found = candidates(doc, i)
    if not found and _subject_points_back(doc, i):
        found = [j for j in sentence_before(doc, i) if can_be_whole(doc, j, c)]
    if len(found) != 1 or not (same_thing(doc.claims[found[0]], c)
                               or _head_of_measure(doc, i, found[0])
                               or includes_members(doc, i, found[0])):
        return None
    return found[0]


def _head_of_measure(doc: Document, i: int, j: int) -> bool:
    """Whether part i's frame counts, as the head of its measure, the whole j's noun: a
    part whose noun the figure leaves at a hyphen ("760 intensive-care beds": the figure's
    noun "intensive", its frame's measure "care bed") counts what "530 beds" counts."""
    whole, measure = doc.claims[j], doc.frames[i].measure if doc.frames else None
    if whole.unit or whole.noun is None or not measure:
        return False
    return measure.lower().split()[-1].rstrip("s") == whole.noun.lower().split()[-1].rstrip("s")


def _including_verb(doc: Document, i: int) -> int | None:
    """The offset of the verb of inclusion right before claim i (words.tsv, class
    "include"), or before the noun whose amount claim i gives ("which includes bonuses of
    $6.8m", "includes long-term incentives of"), else None."""
    c = doc.claims[i]
    start = max(doc.contexts[i].sentence[0], c.start - 40)
    words = doc.text[start : c.start].rstrip(" ,;:\"'(\n\t").split()
    if words[-1:] == ["of"]:  # "includes long-term incentives of": the verb before the noun
        verbs = [w for w in words[-5:-2] if w.lower() in fig.words("include")]
        words = verbs[-1:]
    if not words or words[-1].lower() not in fig.words("include"):
        return None
    return doc.text.rfind(words[-1], start, c.start)


_MEMBERS_OF = re.compile(r"\b[a-z][\w-]*\s+of\s+(?:some\s+|about\s+)?$", re.IGNORECASE)
_STRONG = re.compile(r"\S+-strong$", re.IGNORECASE)


def includes_members(doc: Document, i: int, j: int) -> bool:
    """Whether part i is what a verb of inclusion right before it includes, and whole j is
    the size, in members, of that verb's subject, so that the part is among those
    members whatever its noun:
    the figure and its noun after "of" on the subject's head, right before the verb ("The
    fleet of 140 gritters includes 185 new machines"), or the subject's size written as
    "N-strong" ("The 22-strong squad named on Monday includes 25 players"), or the
    subject itself, a count and its plural noun right before the verb ("The club's 240
    members include 275 juniors": _subject_count). Not a size in other things ("The
    20-room hotel includes 40 beds")."""
    whole, verb = doc.claims[j], _including_verb(doc, i)
    if whole.unit or whole.noun is None or verb is None or not whole.start < verb:
        return False
    end = min(whole.end, verb)  # "of 25 includes": the extractor's noun may run on to the verb
    start = doc.contexts[j].sentence[0]
    if _STRONG.match(whole.text) and not re.search(r"[,;:]", doc.text[end:verb]):
        return True
    if doc.text[end:verb].strip():
        return False
    return _MEMBERS_OF.search(doc.text, start, whole.start) is not None or _subject_count(
        doc.frames[j], doc.text[whole.start : end].rstrip())


def written_whole(doc: Document, i: int, j: int) -> str:
    """The words of whole j as a message shows them: its claim's text, cut before the verb
    of inclusion of part i when the extractor's noun runs on to it ("36 aircraft", not
    "36 aircraft includes")."""
    whole, verb = doc.claims[j], _including_verb(doc, i)
    if verb is not None and whole.start < verb < whole.end:
        return doc.text[whole.start : verb].rstrip()
    return whole.text


def _subject_count(whole: Frame, written: str) -> bool:
    """Whether the whole, written right before the verb (`written`: its words cut before
    that verb, where the extractor's noun may run on to it), is a count of people with its
    plural noun ("The club's 240 members include 275 juniors", "Its 64 singers include 27
    sopranos"), or a noun that takes no plural ("Its 2,300 staff include ...": context.tsv
    role zero_plural): the verb's subject is those people, so whom they include is some
    of them. People by what they do or are (an agent noun, factcheck.checks._members.
    people_head, or a noun whose cue names one: "staff", cues.tsv "employee"); not things
    that hold others ("The city's 3 stations include 40 platforms")."""
    words = (whole.claim.noun or "").lower().replace("-", " ").split()
    written_words = written.lower().replace("-", " ").split()
    words = [w for w in words if w in written_words]  # "staff include": the noun to the verb
    if not words or not written.lower().endswith(words[-1]):
        return False
    head = words[-1]
    plural = head.endswith("s") or lexicon().has_role(head, "zero_plural")
    cue = lexicon().cues.get(head, "")
    return plural and (people_head(whole) or cue.endswith(_PEOPLE_CUE_ENDS))


_PEOPLE_CUE_ENDS = ("ee", "er", "ent", "ant", "ist")  # employee, worker: the agent endings


def _subject_points_back(doc: Document, i: int) -> bool:
    """Whether the words before claim i in its sentence are a subject that points back to
    the sentence before: a pronoun ("It includes"), or a noun of that sentence after
    "the"/"its" ("The budget includes", "Its fleet includes"), then the verb."""
    words = [w.lower() for w in fig.WORDS.findall(doc.text, doc.contexts[i].sentence[0],
                                                  doc.claims[i].start)]
    before = sentence_before(doc, i)
    if len(words) < 2 or not before:
        return False
    if len(words) == 2:
        return words[0] in ("it", "this", "they")
    earlier = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[before[0]].sentence)}
    return len(words) == 3 and words[0] in ("the", "its", "their") and words[1] in earlier
