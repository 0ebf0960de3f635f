"""Parts that count members of their whole's group under another name, for FC204: a
group of the people the whole counts ("saw 240 patients, including 260 women"), and a
body's members named after the body ("The council has eleven members. Fourteen of its
councillors ...")."""

from __future__ import annotations

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_AGENT_ENDS = ("ent", "ant", "er", "or", "ist", "ian", "ee")  # patient, passenger, employee


def named(doc: Document, j: int, i: int) -> bool:
    """Whether part i counts the members of the body whose members whole j counts, by a
    name made from the body's: the whole counts a body's members (words.tsv, class
    "membership": "Brackley town council has eleven members"), both frames name one
    subject, and the part's thing opens with a word written before the whole in its
    sentence, less a last letter ("Fourteen of its councillors": council; "senators" of
    "The Senate"). Not another kind of people ("14 of its staff")."""
    whole, part = doc.frames[j], doc.frames[i]
    if whole.claim.unit or part.claim.unit or not (whole.measure and part.measure):
        return False
    if part.subject != whole.subject or whole.measure.lower().split()[-1] not in fig.words(
            "membership"):
        return False
    thing = part.measure.lower().split()[-1]
    names = fig.WORDS.findall(doc.text, doc.contexts[j].sentence[0], whole.claim.start)
    return any(len(w) > 4 and thing.startswith(w.lower()[:-1]) and thing != w.lower()
               for w in names)


def group_of(whole: Frame, part: Frame) -> bool:
    """Whether a part counts a group of the people its whole counts ("saw 240 patients,
    including 260 women"): the part's measure is a group of a people (frames.tsv, class
    "group": women, children, pensioners) and the whole's names people by what they do
    or are (an agent noun: patient, resident, passenger, employee, or "people"), not a
    thing that holds people ("30 families, including 70 children"; "12 buses")."""
    if whole.claim.unit or part.claim.unit or not whole.measure or not part.measure:
        return False
    return lexicon().frame_class(part.measure.lower().split()[-1], "group") and people_head(
        whole)


def people_head(frame: Frame) -> bool:
    """Whether a figure's measure names people by what they do or are: its head an agent
    noun (patient, member, singer, employee), "people" (frames.tsv class "vague") or a
    group of people (class "group": women, children)."""
    words = (frame.measure or "").lower().split()
    if not words:
        return False
    head = words[-1]
    return (head.endswith(_AGENT_ENDS) or lexicon().frame_class(head, "vague")
            or lexicon().frame_class(head, "group"))
