"""Which figure restates which in another unit, for FC201: the pairs (figure,
restatement) that factcheck.checks.fc201_unit_conversion compares, and whether two units
are of one dimension. The forms read are listed in FC201's docstring.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from factcheck.checks import Document
from factcheck.checks._story_units import next_sentence_pairs
from factcheck.frames.relations import PARTITIVE, SAID_AGAIN
from factcheck.lexicon import lexicon
from factcheck.model import Claim
from factcheck.units import convert, is_currency, quantity

MAX_GAP = 16  # characters between a figure and its bracketed conversion
_BRACKET = re.compile(r"(?:\s*[(\[]|\s+[-–—])\s*(?:about|around|roughly|some|or|nearly|almost)?"
                      r"\s*")  # "(about ", " - about ": a dash sets a restatement off too
_OR = re.compile(r"[\s,]*(?:or|i\.e\.|that\s+is|equivalent\s+to)\b", re.IGNORECASE)
_WORDED = re.compile(r"[^\d,]*[a-z][^\d,]*,[^\d,]*", re.IGNORECASE)  # "of silt, about "
_BRACKET_AFTER = re.compile(r"\s+of\s+[a-z-]+\s*[(\[]\s*", re.IGNORECASE)  # "of torque ("
_NOUN_BRACKET = re.compile(  # "a 1,200-foot tower (366 metres)": the head noun of an
    # adjectival figure, then its restatement in brackets
    r"[^\d()\[\],.;:]{1,30}[(\[]\s*(?:about|around|roughly|some|nearly|almost)?\s*",
    re.IGNORECASE)
_MODIFIER = re.compile(r"\w-\s*[^\W\d_]+$")  # "2,500-acre", "ninety-mile": a figure as a modifier
_AFTER_HEAD = re.compile(  # "-acre estate near Thurles, (or) ", "-acre holding "
    r"\s+(?:[^\W\d_]+\s*){1,8}(?:[,:;–—]|\s-)\s*(?:(?:or|about|around|roughly|some)\s+)?"
    r"|\s+[^\W\d_]+\s+", re.IGNORECASE)
# words of the figure's clause (no figure, clause break or bracket) before a bracket that
# opens its restatement: "of silt since May (about "
_LATER_BRACKET = re.compile(r"[^\d()\[\],.;:]{1,48}[(\[]\s*(?:about|around|roughly|some|"
                            r"nearly|almost)?\s*", re.IGNORECASE)
_CLOSED = re.compile(r"\s*[)\]]")  # the restatement alone in its brackets
_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+)?[^\W\d_]", re.IGNORECASE)
# a bare restatement closed as it opened, by a comma (not a list's last comma: ", and"),
# a bracket or a dash: "300 metres, 985 feet, tall"
_SET_OFF = re.compile(r"\s*(?:,(?!\s*(?:and|or)\b)|[)\]–—]|\s-\s)", re.IGNORECASE)


def restatements(doc: Document) -> Iterator[tuple[int, int]]:
    """(figure, restatement) pairs: a figure and the next one in brackets ("100 km (62
    miles)"), or the figure a frame says the next one restates after "or" ("6.8 metres,
    or about 22 feet"); two figures of two different units."""
    claims = doc.claims
    for k in range(1, len(claims)):
        a, b = claims[k - 1], claims[k]
        if not a.unit or not b.unit or a.unit == b.unit or PARTITIVE.match(doc.text, b.end):
            continue  # not two units (convertible would say so), or a part ("90 hectares
            # (about 20 acres of it meadow)")
        restates = doc.frames[k].relations.get("restates", ()) if doc.frames else ()
        if b.start - a.end <= MAX_GAP and (_BRACKET.fullmatch(doc.text, a.end, b.start)
                                           or _BRACKET_AFTER.fullmatch(doc.text, a.end, b.start)):
            yield k - 1, k
        elif k - 1 in restates and (_OR.match(doc.text, a.end, b.start)
                                    or _NOUN_BRACKET.fullmatch(doc.text, a.end, b.start)
                                    or _WORDED.fullmatch(doc.text, a.end, b.start)
                                    or (doc.text[a.end : b.start].strip() == "," and (
                                        b.bound == "approx"
                                        or _SET_OFF.match(doc.text, b.end) is not None))
                                    or SAID_AGAIN.fullmatch(doc.text, a.end, b.start)):
            yield k - 1, k  # "6.8 metres, or about 22 feet", "9 miles of moor, some 14 km",
            # "500 Nm, about 370 lb-ft, of torque"; not "24 hours, 39 minutes"
        elif _restated_as(doc.text, a.end, b.start) and convertible(a, b):
            yield k - 1, k  # "14 miles long - some 15 km", "3,100 feet, which is about
            # 1,300 metres", "3,100 feet, the equivalent of 1,300 metres"
        elif _after_head(doc, a, b) and convertible(a, b):
            yield k - 1, k  # "a 2,500-acre estate, some 1,000 hectares of pasture"
        elif (_LATER_BRACKET.fullmatch(doc.text, a.end, b.start)
              and _CLOSED.match(doc.text, b.end) and convertible(a, b)):
            yield k - 1, k  # "1,250 cubic yards of silt since May (about 960 cubic
            # metres)": alone in brackets that close the figure's clause
    if doc.frames:
        yield from next_sentence_pairs(doc, lambda j, k: convertible(
            claims[j], claims[k]) and dimension(claims[j].unit) != "[time]^1")  # "took 3
        # hours. The delay, some 40 minutes, ...": a part of a time, not the time again


@cache
def _restating() -> re.Pattern[str]:
    """The words between a figure and its restatement in one clause: the adjective of its
    dimension (lexicon frames.tsv "dimension:...": "long", "high"), a comma, semicolon or
    dash, then a clause that says "the same amount" ("which is", "that is", "equal to",
    "the equivalent of", "close to") and a word of rounding."""
    adjectives = sorted(w for w, kinds in lexicon().frame_words.items() if " " not in w
                        and any(k.startswith("dimension:") for k in kinds))
    said = (r"(?:(?:which|that)\s+(?:is|was|makes)\s+|equal\s+to\s+|the\s+equivalent\s+of\s+"
            r"|close\s+to\s+)")
    rounded = (r"(?:about|around|roughly|some|nearly|almost|approximately|just\s+over|"
               r"just\s+under)\s+")
    return re.compile(  # a bare comma restates only with words that say so: not "14 miles
        # long, 3 km wide"
        rf"(?:\s+(?:{'|'.join(map(re.escape, adjectives))}))?(?:\s+or\s+so)?"
        rf"(?:\s*[–—-]\s*(?:{said}|or\s+)?(?:{rounded})?"
        rf"|\s*[,;]\s*(?:{said}(?:{rounded})?|{rounded}))", re.IGNORECASE)


def _after_head(doc: Document, a: Claim, b: Claim) -> bool:
    """A figure written as a modifier ("a 2,500-acre estate", "a ninety-mile trek") restated
    after its noun phrase: words with no figure or mark, then a comma, colon or dash and a
    word of rounding ("the 2,500-acre estate near Thurles, some 1,000 hectares"), or one
    word, its head, and the word of rounding ("a 4,500-acre holding some 1,800 hectares in
    size"). Not a figure the noun phrase's words introduce ("a 600-acre farm with some 40
    hectares"), nor a smaller one with an "of" noun of its own, which may be a part of it
    ("the 600-acre farm, some 40 hectares of barley")."""
    gap = _AFTER_HEAD.fullmatch(doc.text, a.end, b.start)
    if not _MODIFIER.search(a.text) or gap is None or not (
            b.bound == "approx" or gap.group(0).rstrip().endswith(" or")):
        return False
    if _OF_NOUN.match(doc.text, b.end) is None:
        return True
    try:
        return b.value > convert(a.value, a.unit, b.unit)
    except Exception:
        return False


def _restated_as(text: str, start: int, end: int) -> bool:
    return end - start <= 40 and _restating().fullmatch(text, start, end) is not None


def convertible(a: Claim, b: Claim) -> bool:
    if not a.unit or not b.unit or a.unit == b.unit or b.change not in (None, a.change):
        return False
    if is_currency(a.unit.split()[0]) or is_currency(b.unit.split()[0]) or "percent" in a.unit:
        return False
    if (a.high is None) != (b.high is None):
        return False
    return dimension(a.unit) == dimension(b.unit) != ""


@cache
def dimension(unit: str) -> str:
    """The unit's dimension in a canonical order ("[length] ** 2 * [mass] / [time] ** 3"
    and "[mass] * [length] ** 2 / [time] ** 3" are one), "" when pint cannot read it
    (then the check stays silent)."""
    try:
        dims = quantity(1.0, unit).dimensionality
    except Exception:
        return ""
    return " ".join(f"{name}^{power}" for name, power in sorted(dims.items()))
