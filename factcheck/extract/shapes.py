"""Figure shapes read as a whole: shares ("8 out of 10"), multipliers ("3 times as"), ages,
slashed fractions ("1/40 of") and a decimal comma before a spaced unit ("3,5 km")."""

from __future__ import annotations

from factcheck.extract.numbers import Number, read_digits
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.extract.words import read_words
from factcheck.lexicon import Lexicon, lexicon


def out_of(toks: list[Token], end: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "eight out of 10", "2 in 5 adults", "one in a hundred", "two in every five": the
    whole, and the index after it."""
    k = end
    if k + 2 < len(toks) and toks[k].low == "out" and toks[k + 1].low == "of":
        k += 2
    elif k + 1 < len(toks) and toks[k].low == "in":
        k += 1
    else:
        return None
    if k + 1 < len(toks) and toks[k].low == "every":
        k += 1  # "two in every five", "one out of every 20"
    if k + 1 < len(toks) and toks[k].low in ("a", "an") and toks[k + 1].low in ("hundred",
                                                                                "thousand"):
        k += 1  # "one in a hundred": the article before the scale word
    whole = read_digits(toks, k, lex) if toks[k].kind == "num" else read_words(toks, k, lex)
    if whole is None or whole.value > 1000 or whole.value in (0, 1):
        return None
    if toks[k].kind == "num" and len(toks[k].text) == 4:
        return None  # "3 in 2019"
    return whole.value, whole.end


_COMPARATIVES = frozenset({"as", "more", "higher", "larger", "bigger", "greater", "the", "faster",
                           "that", "what", "over", "its", "their"})


def times_multiplier(toks: list[Token], end: int, value: float, lex: Lexicon) -> int:
    """ "10 times more", "three times as many", "5 times the size", "rose one-and-a-half
    times" (nothing happens half a time): the index after "times"."""
    if end < len(toks) and toks[end].low == "times" and not value.is_integer():
        return end + 1
    if end + 1 < len(toks) and toks[end].low == "times" and toks[end + 1].low in _COMPARATIVES:
        return end + 1
    if end + 1 < len(toks) and toks[end].low == "times" and "." in toks[end - 1].text and (
        toks[end + 1].kind == "word"
    ):
        return end + 1  # "8.6 times average earnings": no one does a thing 8.6 times
    if end + 1 < len(toks) and toks[end].low == "times" and _level_word(toks[end + 1], lex):
        return end + 1  # "seven times average earnings", "four times pre-war levels"
    return 0


_NOT_LEVEL = frozenset({"running", "daily", "weekly", "monthly", "yearly", "annually",
                        "overall", "altogether", "apiece", "each", "per", "every"})


def _level_word(tok: Token, lex: Lexicon) -> bool:
    """Can the word after "N times" open the level it multiplies ("average earnings",
    "national income") rather than say how often ("three times a week", "twice daily",
    "five times in a row", "3 times running")?"""
    low = tok.low
    return tok.kind == "word" and tok.text.islower() and low not in lex.stopwords and (
        low not in _NOT_LEVEL and not low.endswith("ly") and low not in lex.units
        and low not in lex.numbers)


_AGE_VERBS = frozenset({"has", "had", "is", "was", "said", "says", "who", "will", "would",
                        "joined", "became", "died", "spent", "told", "added"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
_TURNS = frozenset({"turn", "turns", "turned", "turning"})
_AGE_WHEN = frozenset({"by", "next", "this", "on", "in", "when"})


def age_after_name(toks: list[Token], i: int) -> bool:
    """ "Nick Hague 44 has spent": a first name and a surname, then a whole number of
    plausible years and a verb (wire copy that lost the commas of "Nick Hague, 44,")."""
    if i < 2 or i + 1 >= len(toks):
        return False
    tok, nxt = toks[i], toks[i + 1]
    if not tok.text.isdigit() or not 16 <= int(tok.text) <= 105 or nxt.low not in _AGE_VERBS:
        return False
    first, last = toks[i - 2], toks[i - 1]
    return all(
        t.kind == "word" and t.text[:1].isupper() and t.text[1:].islower() and len(t.text) > 1
        for t in (first, last)
    ) and (i < 3 or not (toks[i - 3].text[:1].isupper() or toks[i - 3].low in _DETERMINERS))


def is_age(toks: list[Token], num: Number, end: int) -> bool:
    """ "Maddon, 66, has", "women aged 25 to 54", "at the age of 16", "turned 35", "will be
    35 by the end of the year", "Nick Hague 44 has", "a life expectancy of around 73": an age
    in years."""
    tok = toks[num.first]
    if not tok.text.isdigit() or len(tok.text) > 3 or int(tok.text) > 120:
        return False
    prev = toks[num.first - 1] if num.first > 0 else None
    if prev is not None and (prev.low == "aged" or (prev.low == "of" and num.first > 1 and (
            toks[num.first - 2].low == "age"))):
        return True  # "aged 25", "by the age of 11", "from the age of 16"
    if prev is not None and prev.low in _TURNS and end == num.first + 1:
        return True
    if prev is not None and prev.low == "be" and num.first > 1 and toks[num.first - 2].low in (
        "will", "would", "to"
    ) and end < len(toks) and toks[end].low in _AGE_WHEN:
        return True
    if age_after_name(toks, num.first) or _after_life_expectancy(toks, num.first):
        return True
    if prev is not None and prev.low in ("over", "under") and _people_over(toks, num.first, end):
        return True
    if not (prev is not None and prev.text == "," and num.first > 1 and end < len(toks)
            and toks[end].text == "," and end == num.first + 1):
        return False
    return (toks[num.first - 2].text[:1].isupper() and toks[num.first - 2].kind == "word") or (
        _person_before(toks, num.first - 1))


_PEOPLE_REACH = 8  # words back from "over 65" to the people it describes
_CLAUSE_ENDS = frozenset(".,;:!?)")


def _people_over(toks: list[Token], first: int, end: int) -> bool:
    """ "voters who are over 65.", "residents under 18, who": a whole number of years after
    "over"/"under" that ends its clause, with people (role person, or "people", "those")
    named shortly before it, is an age bound."""
    if end < len(toks) and toks[end].text not in _CLAUSE_ENDS:
        return False
    lex = lexicon()
    for tok in toks[max(0, first - 1 - _PEOPLE_REACH) : first - 1]:
        low = tok.low
        if low in ("people", "those", "anyone", "adults", "children", "men", "women") or (
                lex.has_role(low.removesuffix("s"), "person")):
            return True
    return False


# the endings of nouns for a doer ("the fraudster", "the claimant", "the student", "the
# cyclist", "the librarian"): read by spelling, not listed ("-er" is left to the list: "the
# first quarter, 30, rose")
_AGENT_ENDINGS = ("ist", "ian", "ster", "ant", "ent", "or")
_NOUN_PHRASE_WORDS = 3  # "the retired hospital porter, 71,": the words after its determiner


def _person_before(toks: list[Token], comma: int) -> bool:
    """ "The senator, 71,", "a local man, 61,", "her father, 88,": one singular noun phrase
    that a determiner opens, its head a person (context.tsv role person, or a noun in
    -ist, -ian, -ster, -ant, -ent or -or: "the director, 55,"; "the quarter, 30," is no age), set
    off by commas around a whole number: the person's age."""
    for k in range(comma - 1, max(-1, comma - 2 - _NOUN_PHRASE_WORDS), -1):
        tok = toks[k]
        if tok.low in _DETERMINERS and k < comma - 1:
            head = toks[comma - 1].low
            return lexicon().has_role(head, "person") or head.endswith(_AGENT_ENDINGS)
        if tok.kind != "word" or not tok.text.islower():
            return False
    return False


def vague_plural(toks: list[Token], i: int, lex: Lexicon) -> tuple[float, int] | None:
    """ "thousands of jobs", "tens of thousands of dollars", "hundreds of thousands
    marched", "several hundred cheered": the low end of the order of magnitude, and the
    index after its "of" (a single word needs "of" after it: "thousands" alone is too
    loose; None)."""
    for width in (3, 2, 1):
        if i + width > len(toks):
            continue
        phrase = " ".join(t.low for t in toks[i : i + width])
        low = lex.vague.get(phrase)
        if low is None:
            continue
        if i + width < len(toks) and toks[i + width].low == "of":
            return low, i + width + 1
        if width > 1:
            return low, i + width  # "hundreds of thousands marched": the phrase is whole
    return None


def _after_life_expectancy(toks: list[Token], i: int) -> bool:
    """ "life expectancy for women in Dundee is about 79": the figure is in years."""
    for k in range(i - 1, max(0, i - 12), -1):
        if toks[k].text in ".!?;":
            return False
        if toks[k].low == "expectancy" and toks[k - 1].low == "life":
            return True
    return False


def beyond_zero(toks: list[Token], end: int) -> tuple[int, int] | None:
    """ "five degrees below zero", "3C above zero": the sign the words give the figure, and
    the index after them."""
    if end + 1 < len(toks) and toks[end + 1].low == "zero" and toks[end].low in ("below", "above"):
        return (-1 if toks[end].low == "below" else 1), end + 2
    return None


def spaced_decimal_comma(toks: list[Token], i: int, lex: Lexicon) -> Number | None:
    """ "3,5 km", "12,75 kg": a decimal comma (one or two digits after it) before a spaced unit
    of measure; the tokenizer leaves it as two numbers because "2,3 and 4" is a list, so it
    is read only where a unit follows and no list goes on before or after it."""
    if i + 3 >= len(toks) or toks[i + 1].text != "," or (i > 0 and toks[i - 1].text == ","):
        return None
    whole, comma, part = toks[i], toks[i + 1], toks[i + 2]
    if not (whole.text.isdigit() and len(whole.text) <= 3 and part.text.isdigit()
            and len(part.text) <= 2 and comma.start == whole.end and part.start == comma.end
            and toks[i + 3].start > part.end):
        return None
    unit = unit_after(toks, i + 3, lex, part.end)
    if unit is None or unit.kind not in ("unit", "temp"):
        return None
    return Number(float(f"{whole.text}.{part.text}"), i, i + 3, "digits")


def slashed_fraction(toks: list[Token], i: int) -> Number | None:
    """ "1/40 of the wavelength", "3/20 of the budget": a slashed pair the tokenizer did not
    read as a fraction (its denominator is no common one) is a fraction, in percent, when
    the top is the smaller and "of" follows ("24/7", "9/11" stay names and dates)."""
    if i + 3 >= len(toks) or toks[i + 1].text != "/" or toks[i + 3].low != "of":
        return None
    top, bottom = toks[i], toks[i + 2]
    if not (top.text.isdigit() and bottom.text.isdigit() and top.end == toks[i + 1].start
            and bottom.start == toks[i + 1].end) or not 0 < int(top.text) < int(bottom.text):
        return None
    return Number(100 * int(top.text) / int(bottom.text), i, i + 3, "fraction")


_PERIOD_UNITS = frozenset({"year", "month", "week", "day", "quarter"})
_PERIOD_ENDS = frozenset({"to", "ended", "ending", "through", "till", "until"})
_PERIOD_LEADS = frozenset({"first", "last", "past", "latest", "previous"})


def period_to(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "in the twelve months to May", "over the 12 weeks ending 3 March", "the six months
    ended June 30": a span of time that ends at a date names a period, not a duration."""
    if unit not in _PERIOD_UNITS or first == 0 or end + 1 >= len(toks):
        return False
    k = first - 1
    if toks[k].low in _PERIOD_LEADS and k > 0:
        k -= 1
    if toks[k].low != "the" or toks[end].low not in _PERIOD_ENDS:
        return False
    nxt = toks[end + 1]
    if nxt.low == "the" and end + 2 < len(toks):
        nxt = toks[end + 2]  # "the nine months to the end of June"
        return nxt.low in ("end", "close", "start") or lex.has_role(nxt.low, "month")
    return lex.has_role(nxt.low, "month") or (nxt.kind == "num" and nxt.text.isdigit() and (
        end + 2 < len(toks) and lex.has_role(toks[end + 2].low, "month")))


_QUOTE_REACH = 12  # words back from the rate to the currency it prices


def quoted_currency(toks: list[Token], first: int, end: int, lex: Lexicon) -> str | None:
    """ "the rand was trading at 18.42 to the dollar", "the lira slid to 32.5 to the euro": a
    bare rate before "to" and a currency is in the currency quoted, the one named before it
    in the sentence (README of blind set 5, reading 2); None when no other currency is
    named. "against the dollar" is left alone: by market custom "sterling at 1.27 against
    the dollar" is in dollars, "the yen at 151 against the dollar" in yen."""
    if end + 2 >= len(toks) or toks[end].low != "to":
        return None
    k = end + 1
    if toks[k].low in ("the", "a", "one", "each"):
        k += 1
    base = lex.currencies.get(toks[k].low) if k < len(toks) else None
    if base is None:
        return None
    for tok in reversed(toks[max(0, first - _QUOTE_REACH) : first]):
        if tok.text in ".!?;":
            return None
        cur = lex.currencies.get(tok.low)
        if tok.kind == "word" and cur is not None and cur[0] != base[0]:
            return cur[0]
    return None
