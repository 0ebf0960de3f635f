"""Clauses with a subject and a tense of their own (a sentence's period phrases stay in
the clause they are in: timing._in_clause)."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clause_heads(doc: Doc) -> list[Token]:
    """The heads of the clauses after the first that have a subject of their own and
    another tense than the clause they join: "were 38% full on Monday, and the company
    has banned hosepipes" (past, then present perfect), "has 640 beds ... and it treated
    91,000 patients last year". A period phrase in one dates only that clause; a clause
    in the same tense goes on with the same story ("walked out on Wednesday, and the
    clinic cancelled 300 appointments": Wednesday's too). A clause with its own subject
    that a word of sequence (lexicon frames.tsv "sequence": "after", "before") sets
    before or after its head's event is another event, whatever its tense ("jumped 9% on
    Friday after the lab cut costs by a third": Friday dates the jump, not the cut)."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    joined = [t for t in doc if t.dep_ in ("conj", "advcl")
              and (_own_clause(t, t.head) or _sequenced(t))]
    return joined + [r for r in roots[1:] if _own_clause(r, roots[0])]


def events(heads: list[Token], offset: int) -> tuple[tuple[int, int], ...]:
    """The spans of the clauses of heads that a word of sequence sets apart: another
    event, whose figures take no period from the figures outside it (carried.carried)."""
    return tuple((h.left_edge.idx + offset, h.right_edge.idx + len(h.right_edge) + offset)
                 for h in heads if _sequenced(h))


def _sequenced(verb: Token) -> bool:
    """Whether verb heads a subordinate clause with a subject of its own that a word of
    sequence introduces ("before crews contained it", "after the firm cut prices")."""
    return (verb.dep_ == "advcl" and verb.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and any(c.dep_ == "mark" and lexicon().frame_class(c.lower_, "sequence")
                    for c in verb.children))


def statements(doc: Doc, offset: int) -> list[tuple[int, int]]:
    """The spans a sentence's semicolons part it into, when it has any: a period phrase
    in a later one dates no figure in an earlier one ("holds 840 million cubic metres when
    full; on Monday it stood at 36%": Monday dates only the 36%), while one named before
    goes on ("In 2024, exports rose 4%; imports fell 2%"). Empty for a sentence with no
    semicolon."""
    cuts = [t.i for t in doc if t.text == ";"]
    if not cuts:
        return []
    edges = [-1, *cuts, len(doc)]
    out = []
    for lo, hi in pairwise(edges):
        if hi - lo > 1:
            first, last = doc[lo + 1], doc[hi - 1]
            out.append((first.idx + offset, last.idx + len(last) + offset))
    return out


def _own_clause(verb: Token, other: Token) -> bool:
    """Whether verb heads a clause after other's, with a tense of its own and a subject of
    its own, or shared as a conjoined verb's ("The dam opened in 1974 and holds 2.9
    billion cubic metres": 1974 dates the opening, not what it holds)."""
    return (verb.pos_ in ("VERB", "AUX") and other.pos_ in ("VERB", "AUX")
            and verb.left_edge.i > other.i
            and (verb.dep_ in ("ROOT", "conj") or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children))
            and tense(verb) is not None and tense(other) is not None
            and (tense(verb) != tense(other) or _ahead(verb) != _ahead(other)))


def _ahead(verb: Token) -> bool:
    """Whether a verb looks ahead through a complement of its own: an infinitive ("plans
    to open 45 more by 2027", "wants to add") or a clause with a modal ("says it will hire
    60 more by March"). "The chain has 812 stores and plans to open 45 more by the end of
    2026": the deadline dates the opening, not the stores held now."""
    return any(c.dep_ in ("xcomp", "ccomp") and any(a.tag_ in ("TO", "MD") for a in c.children)
               for c in verb.children)


def tense(verb: Token) -> tuple[str, bool, bool] | None:
    """A finite clause's tense: (the first verb's Tense, perfect, modal); None when the
    clause has no finite verb."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    finite = auxes[0] if auxes else verb
    told = finite.morph.get("Tense", [])
    modal = any(a.tag_ == "MD" for a in auxes)
    if not modal and (not told or finite.morph.get("VerbForm", []) != ["Fin"]):
        return None
    return ((told or [""])[0], any(a.lemma_ == "have" for a in auxes), modal)


def clause_of(np: Token, heads: list[Token], offset: int) -> tuple[int, int] | None:
    """The span of the innermost clause of heads that holds np."""
    inside = [h for h in heads if h.left_edge.i <= np.i <= h.right_edge.i]
    if not inside:
        return None
    first = min(inside, key=lambda h: h.right_edge.i - h.left_edge.i)
    end = first.right_edge
    return first.left_edge.idx + offset, end.idx + len(end) + offset
