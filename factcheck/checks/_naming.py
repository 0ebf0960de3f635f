"""How FC202 names the thing two figures disagree on, in a finding's message: the
subject's possessive and the measure as the draft writes it ("Brackwell Foods' staff",
"Bhamo's population", "the festival's day ticket"), never a lemma glued to an "of"
("the employee of Acme").

The measure is read, in order: a stock metric's name (lexicon stock_metrics.tsv: "residents"
and "people" of a place are its population); the later figure's own counted noun as
written, else the earlier's ("3,200 staff", "68 planes"), when it names the measure's head
(a count whose noun names another thing, "employs 400 people", takes the head's plural:
"employees"); else the longest end of the frame's measure written as a phrase in the later figure's
sentence ("death toll", "policy rate"), else its head.
"""

from __future__ import annotations

import re

from factcheck.checks import Document, _possessives
from factcheck.lexicon import lexicon
from factcheck.model import Frame

_NOUN = re.compile(r"[A-Za-z][A-Za-z -]*")


def thing(doc: Document, earlier: Frame, later: Frame, metric: str) -> str:
    """The thing both figures measure, with its subject: "Bhamo's population", "the toll"."""
    subject = later.subject or earlier.subject
    if earlier.subject and _possessives.owner_links(doc, doc.index[earlier.claim],
                                                    doc.index[later.claim]):
        subject = earlier.subject  # "The academy's 1,870 pupils include 40 from Norway"
    measure = _measure(doc, earlier, later, metric)
    if subject is None:
        return f"the {measure}"
    if measure.split()[-1] in subject.lower().split():
        return subject  # "At £4.3 million, the hall ..." after "Delmont Hall sold for"
    return f"{possessive(subject)} {measure}"


def possessive(name: str) -> str:
    """A name's possessive: "Bhamo's", "Brackwell Foods'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _measure(doc: Document, earlier: Frame, later: Frame, metric: str) -> str:
    words = (metric or later.measure or earlier.measure or "").lower().replace("-", " ").split()
    if not words:
        return "figure"
    if metric in {row[0] for row in lexicon().stock_metrics.values()}:
        return metric
    nouns = [f.claim.noun for f in (later, earlier)
             if f.claim.noun and _NOUN.fullmatch(f.claim.noun)]
    for noun in nouns:
        if _names(noun.lower().split()[-1], words[-1]):
            return noun.lower() if not noun.isupper() else noun
    if nouns and not later.claim.unit:
        return plural(words[-1])  # "employs 400 people": a count of employees
    i = doc.index[later.claim]
    sentence = doc.text[slice(*doc.contexts[i].sentence)]
    for k in range(len(words), 1, -1):
        phrase = " ".join(words[-k:])
        if re.search(rf"\b{re.escape(phrase)}", sentence, re.IGNORECASE):
            return phrase
    return words[-1]


def plural(noun: str) -> str:
    """A count noun's plural in the common spellings: "employees", "ferries", "buses"."""
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def _names(own: str, head: str) -> bool:
    """Whether a counted noun ("planes") is the measure's head ("plane") by its first
    letters (a plural or a lemma apart)."""
    n = max(3, min(len(own), len(head)) - 2)
    return own[:n] == head[:n]
