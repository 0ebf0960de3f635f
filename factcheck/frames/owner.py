"""The nearest owner of a figure set inside a phrase about another entity than its
sentence's subject: the head the phrase modifies in the parse, not the clause's subject.

- A figure whose number hangs on a name ("Northtown has 52,310 residents, Southville
  18,400 and Eastham 9,000": the verb left out) is that name's.
- A phrase set off by a comma right after a name, with no verb of its own and not an
  argument of the clause's verb ("... smaller than Northtown, home to 52,000 people"; the
  parser may hang it on the verb) describes that name: an apposition.
- "its"/"their" owning a figure, in a clause whose subject is no name (a relative
  pronoun: "Southville's mayor, who lived in Northtown with its 18,400 residents, ..."),
  is the nearest name before it inside that clause. A clause whose subject is a name
  binds it to that name (subject.py).

- An age in its clause's subject phrase that names no one ("The 23-year-old cost Hexley
  United ...") refers back to a person (or to a place or organisation its noun names),
  not to the object of its verb.

- A figure whose clause's subject is a common noun naming a thing, not a holder of
  figures (lexicon frames.tsv place, org, person) nor a pronoun ("The bridge cost $3.5bn",
  "The stadium holds 30,000"), has that thing for its head: a measure of the sentence
  before is not carried onto it unless that measure names the thing (links.py).

Source of the rules: attachment in a dependency parse (the nearest head owns its
dependents); the ci10 desk trial found the subject of the sentence taken instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.names import entity_name, is_class
from factcheck.frames.subject import Found, Refer
from factcheck.frames.verbs import GENERIC, clause_verb, verb_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

_HOLDERS = ("place", "org", "person", "vague", "group", "reporting")
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "ROOT",
                        "conj", "ccomp", "xcomp", "advcl", "relcl", "acl"})


def placed_owner(np: Token, skip: frozenset[int]) -> str | None:
    """The name a figure's phrase hangs on (gapping) or is set off beside (see module)."""
    head = np.head
    if np.like_num and np.dep_ in ("nummod", "appos", "npadvmod") and head.i == np.i - 1 and (
            head.pos_ == "PROPN" and head.i not in skip):  # "Southville 18,400", not
        # "520 in Scotland and 410 abroad", where 410 is no figure of Scotland's
        return plain_name(head)
    top = np
    while top.head.i != top.i and top.head.pos_ not in ("VERB", "AUX"):
        top = top.head
    if top.pos_ not in ("NOUN", "PROPN", "NUM") or top.dep_ in _ARGUMENTS or top.dep_ == "pobj":
        return None  # "overtook Southville, with 52,310": a phrase of the verb's, no noun's
    edge = top.left_edge.i
    if edge < 2 or np.doc[edge - 1].text != ",":
        return None
    before = np.doc[edge - 2]
    if before.i in skip or before.pos_ != "PROPN":
        return None
    return plain_name(before)


def plain_name(tok: Token) -> str | None:
    """A token's name without the numbers the recogniser swept into it ("Southville
    18,400")."""
    name = entity_name(tok)
    if name is None:
        return None
    words = [w for w in name.split() if not any(ch.isdigit() for ch in w)]
    return " ".join(words) or None


def bound_its(np: Token, found: Found, skip: frozenset[int]) -> Found:
    """ "its" owning the figure, in a clause whose subject is no name: the nearest name
    before it in that clause (see module); otherwise found unchanged."""
    if not isinstance(found, Refer) or found.kind != "any":
        return found
    owners = [c for c in np.children if c.dep_ == "poss" and c.lower_ in ("its", "their")]
    verb = clause_verb(np)
    if not owners or verb is None:
        return found
    subj = verb_subject(verb)
    if subj is not None and subj.i not in skip and entity_name(subj):
        return found
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")
               for c in verb.children) and verb.dep_ not in ("relcl", "acl"):
        return found  # only a relative clause has a subject that names no entity here
    names = [t for t in verb.subtree if t.i < owners[0].i and t.i not in skip
             and t.pos_ == "PROPN" and (t.ent_type_ or t.dep_ in ("pobj", "dobj"))]
    return (plain_name(names[-1]) or found) if names else found


def thing_subject(np: Token) -> str | None:
    """The lemma of the thing a figure's clause is about (see module), or None."""
    verb = clause_verb(np)
    subj = verb_subject(verb) if verb is not None else None
    if verb is None or is_class(verb.lemma_.lower(), "reporting"):
        return None  # "the mayor puts the figure at 3,800": a source, not a thing
    if (subj is None or subj.pos_ != "NOUN" or subj.left_edge.i <= np.i <= subj.right_edge.i
            or any(c.dep_ in ("case", "poss", "appos") for c in subj.children)):
        return None  # "the district's is $80m", "Its neighbour, Bray, has 48,000"
    if any(t.ent_type_ in ("DATE", "TIME") for t in subj.subtree):
        return None  # "the first half of the month brought 4,100": a time, no thing
    lemma = subj.lemma_.lower()
    if lemma in GENERIC or any(is_class(lemma, kind) for kind in _HOLDERS):
        return None  # "the number was 310", "organisers claimed 25,000"
    return None if entity_name(subj) else lemma


def aged_back(np: Token, figure: frozenset[int], skip: frozenset[int]) -> Refer | None:
    """An age in its clause's subject that names no one ("The 23-year-old cost Hexley
    United twice ...", "The 19-year-old scored against ..."): the subject is someone named
    before, a person unless the aged noun is a kind of place or organisation ("the
    62-year-old company": frames.tsv), never a name elsewhere in the clause."""
    verb = clause_verb(np)
    if verb is None:
        return _opening_age(np, figure)
    subj = verb_subject(verb)
    if subj is None or not subj.left_edge.i <= np.i <= subj.right_edge.i:
        return None
    if any(entity_name(t) for t in subj.subtree if t.i not in skip and t.i not in figure):
        return None  # "The 150-year-old Harwick Library holds ...": the name is its own
    kind = next((k for k in ("place", "org") if is_class(subj.lemma_.lower(), k)), "person")
    return Refer(kind)


def _opening_age(np: Token, figure: frozenset[int]) -> Refer | None:
    """An age opening its sentence after a determiner, with no name right after it, in a
    sentence the parser found no verb in ("The 31-year-old beat ...", its verb read as a
    noun the age modifies): a person named before."""
    first, last = min(figure), max(figure)
    if np.head.pos_ == "ADJ" and np.head.i > last:
        last = np.head.i  # the adjective the age is written with ("-old")
    doc = np.doc
    if first == 0 or doc[first - 1].dep_ != "det" or not doc[first - 1].is_sent_start:
        return None
    after = doc[last + 1] if last + 1 < len(doc) else None
    return None if after is not None and (after.pos_ == "PROPN" or after.ent_type_) else (
        Refer("person"))
