"""The noun a verb names its doing by ("spent" -> spending, "raised" -> raising, "paid"
-> payment, "generated" -> generation): what a sum of money is, when a verb is all that
says so ("Shoppers spent £1.3 billion", "the start-up raised $45 million").

Two sources, in this order:

- lexicon cues.tsv, for the verbs whose metric is another word than their own
  ("employs" -> employee, "earned" -> earnings);
- a regular English nominalisation of the verb's lemma that the pipeline's lemmatizer
  knows as a common noun (its "lemma_index" table, which comes from WordNet:
  factcheck.frames.nlp.known_noun): -ment ("payment"), -ion ("generation", "collection",
  "production"), -ation ("restoration", "exploration"), -ure ("closure", "seizure"), -ing
  ("spending", "landing", "winning"), then the lemma itself ("fine", "tax"). The forms
  before -ing name the event itself (event_noun: "closed for 14 months" is a closure,
  where the noun "close" is an end). WordNet's derivational links are not shipped by any package
  that installs with its data and never fetches it; the noun index the pipeline already
  holds is the check that a derived word is a real noun.

Light verbs (spaCy's stop words: "make", "have", "take", "get") name no doing of their
own and give nothing, as do reporting verbs and verbs that state a level (lexicon
frames.tsv "reporting", "level", "motion"), and so does
a derived word that is a number word ("billed" is no "billion").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.frames.dimension import activity
from factcheck.frames.nlp import known_noun
from factcheck.frames.nouns import verb_cue
from factcheck.lexicon import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_noun(verb: Token) -> str | None:
    """The noun of a verb's doing (see the module's rules), or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.vocab[lemma].is_stop or not lemma.isalpha():
        return None
    if any(lexicon().frame_class(lemma, kind) for kind in ("reporting", "level", "motion")):
        return None  # "said", "reached", "topped", "climbed": no doing of its own
    found = verb_cue(verb)
    if found:
        return found
    return next((word for word in _derived(lemma) if known_noun(verb.vocab, word)
                 and word not in lexicon().numbers), None)


def event_noun(verb: Token) -> str | None:
    """The noun that names a verb's event: its act when the lexicon gives one whose stem
    is another word (frames.tsv "activity:": "built" -> construction), else a noun of a
    suffix of its own (-ment, -ion, -ation, -ure: "closed" -> closure, "adjourned" ->
    adjournment, "restored" -> restoration) or a cue's metric (lexicon cues.tsv); None
    when only the -ing form or the verb's own lemma would do ("worked", "ran", "bring":
    no event of their own), or for a verb verb_noun gives nothing."""
    if verb.pos_ == "VERB" and (act := activity(verb)) is not None:
        return act
    found = verb_noun(verb)
    lemma = verb.lemma_.lower()
    if found is None or found == lemma or (found.endswith("ing") and not verb_cue(verb)):
        return None
    return found


def _derived(lemma: str) -> list[str]:
    """The regular nominalisations of a verb's lemma, most specific first: -ion only
    after a final t ("collection", not "procession") or in place of a final e
    ("generation", "production"); -ation and -ure in place of a final e ("restoration",
    "closure")."""
    out = [f"{lemma}ment"]
    if lemma.endswith("t"):
        out.append(f"{lemma}ion")
    if lemma.endswith("e"):
        out += [f"{lemma[:-1]}ion", f"{lemma[:-1]}tion", f"{lemma[:-1]}ation",
                f"{lemma[:-1]}ure", f"{lemma[:-1]}ing"]
    else:
        out.append(f"{lemma}ing")
    if _short(lemma):
        out.append(f"{lemma}{lemma[-1]}ing")
    return [*out, lemma]


_VOWELS = frozenset("aeiou")


def _short(lemma: str) -> bool:
    """One short syllable ending consonant-vowel-consonant ("win", "ship"): its -ing form
    doubles the last letter."""
    return (len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
            and sum(ch in _VOWELS for ch in lemma) == 1)
