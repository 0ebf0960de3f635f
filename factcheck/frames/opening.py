"""The comma a sentence's opening time phrase goes without, given to the parser.

"Between 1997 and 2014 unemployment in Norway shrank by a quarter": without a comma after
"2014" the small English pipeline hangs "unemployment" inside the time phrase (a
conjunct of the years, or the object of "In" in "In 2020 gas and hydropower supplied
..."), and the sentence is left with no subject: the frame finds nothing the figure
measures. Style guides make the comma after a short introductory phrase optional, so
news copy often drops it. Before parsing, the space after such a phrase becomes a
comma token of its own, one character for one, so that every offset holds.

An opening time phrase here is a preposition of time at the start of a sentence whose
object is a year, a decade or a span of years ("In 2020", "Since the 1990s", "From 2001
to 2010", "Between 1997 and 2014"), followed by a word in lower case or a name. Nothing
is changed when a comma, a dash or a word that continues the phrase follows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["with_opening_commas"]

_YEAR = r"(?:the\s+)?(?:mid-|early\s+|late\s+)?\d{4}s?"
_OPENING = re.compile(
    rf"(?:^|(?<=[.!?]\s))(?:In|Since|From|Between|During|By|After|Before|Until|Through"
    rf"|Throughout|Over)\s+{_YEAR}(?:\s*(?:and|to|through|until|-|–)\s*{_YEAR})?"
    r"(?=\s[A-Za-z])")
_GOES_ON = frozenset({"and", "to", "through", "until", "or", "alone", "onwards", "onward",
                      "prices", "dollars", "terms", "euros", "pounds"})


def _gaps(text: str) -> list[int]:
    """The offsets of the spaces that end an opening time phrase."""
    found = []
    for match in _OPENING.finditer(text):
        after = text[match.end() + 1:].split(maxsplit=1)
        if after and after[0].lower().strip(",.;:") not in _GOES_ON:
            found.append(match.end())
    return found


def with_opening_commas(nlp: Language, text: str) -> str | Doc:
    """The text, or when an opening time phrase lacks its comma, a Doc of the
    pipeline's tokens with a comma token in place of the space after the phrase (the
    Doc's text has the same length as the text, every other character the same)."""
    gaps = _gaps(text)
    if not gaps:
        return text
    from spacy.tokens import Doc

    tokens = nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    for token in tokens:
        words.append(token.text)
        end = token.idx + len(token.text)
        if end in gaps and token.whitespace_ == " ":
            words.append(",")  # the comma takes the space's place: no space on either side
            spaces.extend((False, False))
        else:
            spaces.append(bool(token.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)
