"""The definite or possessive phrase a figure stands in, and the owner it names, for
FC202's re-mentions (factcheck.checks._mentions): "the hospital's 460 beds", "its €190m
price tag", "the toll of 460"; the possessor ("the zoo's £41 fee": "zoo"), days and months
left out ("Monday's toll", "October's 124 mm"), and whether a later figure's owner is
another one than an earlier figure's.
"""

from __future__ import annotations

import re

from factcheck.checks import Document
from factcheck.checks import _figures as fig
from factcheck.frames.stretches import MONTHS
from factcheck.lexicon import lexicon

_DEFINITE = re.compile(  # "the hospital's 460 beds", "its €190m price tag", "the toll of
    # 460", "the £520,000 fine"; after a bare "the", words only before "of": in "The clinic
    # has 30 beds" the words are a clause's, not the figure's noun phrase
    r"(?:\b([a-z][\w-]*)['’]s|\b(?:its|their|his|her))\s+(?:[\w£$€-]+\s+){0,3}(?:of\s+)?$"
    r"|\b(?:the|all)\s+(?:(?:[\w£$€-]+\s+){1,2}of\s+)?$"
    r"|\b(?-i:This|That|These|Those)\s+(?:[\w£$€-]+\s+){1,2}of\s+$",  # "That average
    # price of £371,000" opening a sentence (not "warned that rents of")
    re.IGNORECASE)
_OWNER = re.compile(r"\b([A-Za-z][\w-]*)['’]s\b")
_TIME_DETERMINER = re.compile(r"\b(?:this|last|next|previous)\s+$", re.IGNORECASE)


def definite(doc: Document, i: int) -> bool:
    """Whether figure i stands in a definite or possessive phrase ("the hospital's 460
    beds", "its €190 million price tag", "the toll of 460")."""
    return phrase(doc, i) is not None


def phrase(doc: Document, i: int) -> re.Match[str] | None:
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
    subject = {w.lower() for w in fig.WORDS.findall(doc.text, m.start(), ctx.verb)}
    return m if head and head[0] in subject else None


def phrase_start(doc: Document, i: int) -> int:
    """Where the definite phrase of figure i starts ("Its 2026 budget of ..."), or the figure."""
    c = doc.claims[i]
    m = _DEFINITE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 40), c.start)
    return m.start() if m else c.start


def owner_links(doc: Document, j: int, i: int) -> bool:
    """Whether the later figure's own possessor, a common noun, is a word of the earlier
    figure's sentence while the subject its frame resolved is not written in its own
    sentence ("The Millbrook bypass will cost £340 million, the council said." ... "the
    bypass's £430 million price"): the phrase names its thing, and the subject resolved
    across sentences is a guess that yields to it. So is a subject written only after the
    verb of the figure's clause ("The school's 1,200 pupils include 40 from Norway": an
    object's, not the figure's), and so, in a definite phrase of no possessor before its
    verb, is a subject written only after that verb ("The 4.9p per kilowatt-hour charge
    ... is the highest in Wales": the phrase names a thing told before)."""
    owner, subject = possessor(doc, i), doc.frames[i].subject
    if subject is None or (owner is not None and not owner.islower()):
        return False
    start, end = doc.contexts[i].sentence
    verb = doc.contexts[i].verb
    if verb is not None and verb > doc.claims[i].end:
        end = verb  # the figure stands before its verb: what follows is the predicate's
    if subject in doc.text[start:end]:
        return False  # "the Hartshire bypass's price": a subject of its own
    if owner is None:  # "The 4.9p per kilowatt-hour charge ... is the highest in Wales"
        named = [w for w in fig.WORDS.findall(doc.text, phrase_start(doc, i), end)[1:]
                 if w[0].isupper() and not time_word(w)]  # "The 4.9p charge in Carrow"
        return not named and end != doc.contexts[i].sentence[1] and definite(doc, i) and (
            subject in doc.text[end : doc.contexts[i].sentence[1]])
    words = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    return owner in words


def other_owner(doc: Document, j: int, i: int) -> bool:
    """Whether the later figure's sentence names an owner the earlier one's does not
    ("Harlow Museum charges ..." ... "the zoo's £41 fee"). Days are no owners ("Monday's
    toll"). A later owner is the earlier one when the earlier sentence holds its word
    ("the museum's" after "Harlow Museum"), or when it is a noun that refers back to a
    named entity ("the hospital's" after "St Aldhelm's Hospital") and the earlier
    sentence names no owner in lower case (a common noun, another thing)."""
    owner = possessor(doc, i)
    words = {w.lower() for w in fig.WORDS.findall(doc.text, *doc.contexts[j].sentence)}
    if owner is not None and _owner_modifiers(doc, i) - words:
        return True  # "the deputy mayor's salary" after "the mayor's salary": another owner
    if owner is None or _stems(owner) <= _stems(" ".join(words)):
        return False  # "the by-election's" after "the Westfield by-election"; "the
        # dairy's" after "Moss Dairies": its word, inflected or not
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
    in "the deputy mayor's $95,000 salary"), lower case. None when a verb stands between
    ("Its chief said Kestrel's 122 buses": the determiner opens the speaker's phrase, the
    possessor one of its own; words.tsv class "saying", lexicon role "verb")."""
    c = doc.claims[i]
    m = _OWNER_PHRASE.search(doc.text, max(doc.contexts[i].sentence[0], c.start - 60), c.start)
    words = {w.lower() for w in fig.WORDS.findall(m.group(1))} if m else set()
    lex = lexicon()
    if any(w in fig.words("saying") or lex.has_role(w, "verb") for w in words):
        return set()
    return words


def possessor(doc: Document, i: int) -> str | None:
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


def _stems(text: str) -> set[str]:
    """The Snowball stems of a text's words (factcheck.reference.metric.stem)."""
    from factcheck.reference import metric  # not at import: `factcheck rule` loads no tables

    return {metric.stem(w) for w in fig.WORDS.findall(text.lower())}
