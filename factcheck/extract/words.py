"""Numbers in words: cardinals by text2num, and our own rules for what it does not read.

text2num's `find_numbers` reads cardinals on our tokens and keeps their positions ("two
thousand four hundred and six" is tokens 0-6, 2406); it is given only the short run of
number words at a figure, so the work stays linear. Our rules add what it leaves: a
fraction after "and" ("two and a half", "3 and a quarter"), a scale word after a fraction
("a third of a million"), and the scale a number word ends in ("seven thousand": 1,000),
which a range's lower end shares ("six to seven thousand fans" is 6,000 to 7,000).
"""

from __future__ import annotations

from text_to_num import find_numbers

from factcheck.extract.numbers import Number, scaled_value
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_JOINERS = frozenset({"and", "-", "‐"})
_WORD_KINDS = frozenset({"unit", "ten", "scale"})
_FRACTION_LEADS = frozenset({"a", "an", "one"})
# the longest cardinal in words read at once ("nine hundred and ninety-nine thousand nine
# hundred and ninety-nine" is 16 tokens): a bound that keeps a run of number words linear
_MAX_RUN = 24


class _Word:
    """A token as text2num's Token protocol wants it."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: _Word) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _run_end(toks: list[Token], i: int, lex: Lexicon) -> int:
    """The end of the run of number words (joined by "and" or a hyphen) starting at i, with
    its spoken decimals ("three point two five")."""
    end = i
    while end < len(toks) and end - i < _MAX_RUN and _goes_on(toks, i, end, lex):
        end += 1
    if end > i and end + 1 < len(toks) and toks[end].low == "point" and _digit_word(
            toks, end + 1, lex):
        end += 1
        while end < len(toks) and end - i < _MAX_RUN and _digit_word(toks, end, lex):
            end += 1
    return end


def _digit_word(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """ "zero" to "nine", spoken after "point"."""
    entry = lex.numbers.get(toks[k].low) if k < len(toks) and toks[k].kind == "word" else None
    return entry is not None and entry[1] == "unit" and entry[0] < 10


def _goes_on(toks: list[Token], i: int, k: int, lex: Lexicon) -> bool:
    """Does the cardinal starting at i go on at k: a number word, or a joiner before one
    ("and", "&", a hyphen; a comma after a scale word: "three million, two hundred")?"""
    if _number_word(toks, k, lex):
        return k == i or not _after_unit(toks, k, lex)
    if k == i or not _number_word(toks, k + 1, lex):
        return False
    return toks[k].low in _JOINERS or toks[k].text == "&" or (
        toks[k].text == "," and _smaller_group_after(toks, k, lex))


_GROUP_SCALE = 1000  # a comma goes on after "thousand", "million", "billion"
_GROUP_WORDS = 6  # "nine hundred and ninety-nine": the words of the group after the comma


def _smaller_group_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """ "three million, two hundred": the comma at k follows a scale word of a thousand or
    more and the group after it names no scale as large ("one thousand, two thousand" is a
    list)."""
    before = lex.numbers.get(toks[k - 1].low)
    if before is None or before[1] != "scale" or before[0] < _GROUP_SCALE:
        return False
    for m in range(k + 1, min(len(toks), k + 1 + _GROUP_WORDS)):
        entry = lex.numbers.get(toks[m].low)
        if entry is None and toks[m].low not in _JOINERS and toks[m].text != "&":
            return True
        if entry is not None and entry[1] == "scale" and entry[0] >= before[0]:
            return False
    return True


def _after_unit(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Does a unit or ten word at k follow a unit word ("one two", "five twenty"), or a ten
    a ten ("twenty thirty")? No cardinal goes on so: a new number starts."""
    here, before = lex.numbers.get(toks[k].low), lex.numbers.get(toks[k - 1].low)
    if here is None or before is None:
        return False
    return (here[1] in ("unit", "ten") and before[1] == "unit") or (
        here[1] == "ten" and before[1] == "ten")


def _number_word(toks: list[Token], k: int, lex: Lexicon) -> bool:
    entry = lex.numbers.get(toks[k].low) if k < len(toks) and toks[k].kind == "word" else None
    return entry is not None and entry[1] in _WORD_KINDS


def read_words(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """Number words at i: "three", "twenty-five", "two thousand four hundred and six"."""
    end = _run_end(toks, i, lex)
    if end == i:
        return None
    kept = [k for k in range(i, end) if toks[k].text != ","]  # "three million, two hundred"
    found = find_numbers([_Word("and" if toks[k].text == "&" else toks[k].low) for k in kept],
                         "en", threshold=0)
    if not found or found[0].start != 0 or found[0].is_ordinal:
        return None
    stop = kept[found[0].end - 1] + 1
    value = float(found[0].value)
    scale, k = 1.0, stop - 1
    while k > i and (last := lex.numbers.get(toks[k].low)) is not None and last[1] == "scale":
        scale *= last[0]  # "seven hundred thousand": 100,000, the scale a range's low end shares
        k -= 1
    after = lex.numbers.get(toks[stop].low) if stop < len(toks) else None
    if after is not None and after[1] == "dozen":  # "two dozen eggs": 24
        return Number(value * after[0], i, stop + 1, "words", after[0])
    if after is not None and after[1] == "scale" and not value.is_integer():
        # "three point two billion": a spoken decimal takes the scale after it
        return Number(scaled_value(value, after[0]), i, stop + 1, "words", after[0])
    return Number(value, i, stop, "words", scale)


def _words_from(toks: list[Token], k: int, count: int) -> list[tuple[int, str]]:
    """The next count words from k with their indices, passing over joining hyphens
    ("one-and-a-half")."""
    out: list[tuple[int, str]] = []
    while k < len(toks) and len(out) < count:
        if toks[k].text not in _JOINERS or toks[k].low == "and" or k == 0 or (
                toks[k].start != toks[k - 1].end):
            out.append((k, toks[k].low))
        k += 1
    return out


def and_fraction(toks: list[Token], k: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "and a half", "and three quarters", "-and-a-half" at k: the fraction (0.5, 0.75)
    and the end."""
    if k >= len(toks) or (toks[k].low != "and" and toks[k].text not in _JOINERS):
        return None  # most figures: nothing to read
    words = _words_from(toks, k, 3)
    if len(words) < 3 or words[0][1] != "and":
        return None
    lead, word = words[1][1], lex.numbers.get(words[2][1])
    if word is None or word[1] != "fraction":
        return None
    if lead in _FRACTION_LEADS:
        numerator = 1.0
    else:
        entry = lex.numbers.get(lead)
        if entry is None or entry[1] != "unit":
            return None
        numerator = entry[0]
    return numerator * word[0] / 100, words[2][0] + 1


def with_fraction(toks: list[Token], num: Number, lex: Lexicon) -> Number:
    """ "two and a half miles", "2 and a half million people": the whole number with its
    fraction, and a scale word after them; after a scale word the fraction is of the scale
    ("a million and a half": 1.5 million)."""
    extra = and_fraction(toks, num.end, lex)
    if extra is None:
        return num
    if num.scaled:  # "a million and a half people", "two million and a half": of the scale
        value = scaled_value(num.value / num.scale + extra[0], num.scale)
        return Number(value, num.first, extra[1], num.kind, num.scale)
    value, end = num.value + extra[0], extra[1]
    scale = lex.scales.get(toks[end].low) if end < len(toks) else None
    if scale is not None and scale[1] in ("word", "both") and not num.scaled:
        return Number(scaled_value(value, scale[0]), num.first, end + 1, num.kind, scale[0])
    return Number(value, num.first, end, num.kind, num.scale)


def scale_after_of(toks: list[Token], k: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "(of) a million", "(of) a billion" at k: the scale and the index after it."""
    if k < len(toks) and toks[k].low == "of":
        k += 1
    if k + 1 >= len(toks) or toks[k].low not in ("a", "an"):
        return None
    scale = lex.scales.get(toks[k + 1].low)
    if scale is None or scale[1] not in ("word", "both") or scale[0] < 1000:
        return None
    return scale[0], k + 2


_NOT_ONE_BEFORE = frozenset({"no", "the", "this", "that", "any", "every", "each", "which",
                             "someone", "anyone", "everyone", "last", "only", "another"})
_NOT_ONE_AFTER = frozenset({"another", "by", "day", "time", "way", "thing"})
_DASHES = "-‐–—"


def word_number(toks: list[Token], i: int, lex: Lexicon,
                 entry: tuple[float, str]) -> Number | None:
    """A number in words at i: "a million", "half a dozen", "two and a half"; None if the
    words there are no figure ("two-way", "two thirds" read at "thirds")."""
    kind, low = entry[1], toks[i].low
    if kind == "scale" and i > 1 and toks[i - 1].text in _DASHES:
        hyphened = _fraction_of_scale(toks, i, lex, entry[0])
        if hyphened is not None:
            return hyphened  # "a quarter-million dollars", "half-billion"
    if kind == "scale" and i > 0 and toks[i - 1].low in ("a", "one") and low != "hundred":
        if i > 1 and toks[i - 2].low == "half" and toks[i - 1].low == "a":
            return Number(entry[0] / 2, i - 2, i + 1, "words", entry[0])  # "half a million"
        return with_fraction(toks, Number(entry[0], i, i + 1, "words", entry[0]), lex)
        # "a million people", "a million and a half"
    if kind == "dozen" and i > 0 and toks[i - 1].low in ("a", "half"):
        if i > 1 and toks[i - 2].low == "half":
            return Number(6.0, i - 2, i + 1, "words")  # "half a dozen"
        return Number(12.0 if toks[i - 1].low == "a" else 6.0, i - 1, i + 1, "words")
    num = read_words(toks, i, lex)
    if num is None or _skip_word_number(toks, num, lex):
        return None
    num = with_fraction(toks, num, lex)
    if num.end < len(toks) and toks[num.end].kind == "word":
        nxt = lex.numbers.get(toks[num.end].low)
        if nxt is not None and nxt[1] == "fraction":
            return None  # "two thirds": read as a fraction at "thirds"
    return num


def _fraction_of_scale(toks: list[Token], i: int, lex: Lexicon,
                       scale: float) -> Number | None:
    """ "a quarter-million", "half-billion", "three-quarter-million": a fraction word hyphened
    to the scale word at i is that part of the scale (250,000; 500 million; 750,000)."""
    dash, word = toks[i - 1], toks[i - 2]
    fraction = lex.numbers.get(word.low)
    if fraction is None or fraction[1] != "fraction" or not (
            word.end == dash.start and dash.end == toks[i].start):
        return None
    first, numerator = i - 2, 1.0
    k = i - 4 if i > 3 and toks[i - 3].text in _DASHES and toks[i - 3].end == word.start else (
        i - 3)
    before = toks[k] if k >= 0 else None
    count = lex.numbers.get(before.low) if before is not None else None
    if count is not None and count[1] == "unit" and word.low != "half":
        first, numerator = k, count[0]  # "three-quarter-million", "two thirds billion"
    elif before is not None and k == i - 3 and before.low in ("a", "an"):
        first = k
    return Number(scaled_value(numerator * fraction[0] / 100, scale), first, i + 1, "words",
                  scale)


def _skip_word_number(toks: list[Token], num: Number, lex: Lexicon) -> bool:
    first = toks[num.first]
    if first.text[:1].isupper() and num.first > 0 and toks[num.first - 1].text not in ".!?\"“:":
        return True  # "the Kick Six", "BBC One": a name
    if num.end + 1 < len(toks) and toks[num.end].text in _DASHES and not _is_age_compound(
            toks, num.end) and toks[num.end + 1].low != "fold":  # "fifteen-fold": a factor
        after = toks[num.end + 1].low
        if after not in lex.units and after not in ("and", "odd"):
            return True  # "two-way trade", "six-speed", and "two-thirds" (read at "thirds")
    if first.low == "one" and num.end == num.first + 1:
        before = toks[num.first - 1].low if num.first > 0 else ""
        after = toks[num.end].low if num.end < len(toks) else ""
        if before in _NOT_ONE_BEFORE or after in _NOT_ONE_AFTER or after == "":
            return True
    return False


def _is_age_compound(toks: list[Token], k: int) -> bool:
    """ "12-year-old", "the two-year-old colt": an age, in years (or months, weeks, days),
    as the digits "a 67-year-old" are."""
    return k + 3 < len(toks) and toks[k].text in _DASHES and toks[k + 1].low in (
        "year", "month", "week", "day") and toks[k + 3].low == "old"
