"""Figures that read as names once their unit and noun are known (DESIGN.md, Claim: "proper
names with digits", sport scores and event names are not claims).

- a model, route or round named with the indefinite article: "a 747 cargo jet", "shot a 66":
  "a" before a count above one agrees with no plural noun, so the number names one thing;
  so does a singular verb after "the N" with nothing counted: "the 747 was retired", "the
  747 that crashed in 1992 was carrying" (a count takes the plural: "the 40 were");
- a maturity that names a bond or a loan product: "the ten-year gilt", "a 30-year fixed
  mortgage", "2-year Treasury yields" (context.tsv role tenor), or labels the figure that
  follows it at once ("2-year +6bp, 10-year -4bp");
- a score written with its noun: "won 3 goals to 1", "by two tries to nil" (role score);
- a golf score against par: "11 under par", "two over par";
- a race named by its distance: "won the 400 metres", "the women's 1500m final", "took the
  200m" (an m touching the figure, read as millions of nothing, is metres there; context.tsv
  role race lists the distances in metres raced).
"""

from __future__ import annotations

from factcheck.extract.nouns import ends_noun
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_TIME_UNITS = frozenset({"year", "month", "week", "day"})
_TENOR_REACH = 3  # words between a maturity and its product ("10-year inflation-linked gilt")
_NIL = frozenset({"nil", "love", "none", "zero"})
_NOT_A_RACE_AFTER = frozenset({"of", "from", "to", "between", "long", "wide", "high", "deep",
                               "away", "above", "below", "further", "farther", "more", "less",
                               "short", "per", "a", "an", "into", "up", "down", "on"})


def reads_as_name(toks: list[Token], span: tuple[int, int], end: int, unit: str,
                  noun: str | None, lex: Lexicon) -> bool:
    """Is the figure of tokens[first:end] (its number at tokens[first], the prefix included;
    its unit and noun as read) a name, a score or a label rather than an amount?"""
    first, num_end = span
    if not unit and _article_names(toks, first, num_end, end, noun, lex):
        return True
    if not unit and noun is not None and first > 0 and toks[first - 1].low in (
            "the", "a", "an") and lex.has_role(noun.lower(), "label") and (
            toks[num_end].start > toks[num_end - 1].end):  # not "a 250-bed hospital"
        return True  # "the 25 bus", "a 38 bus": a route by its number (role label)
    if not unit and _definite_names(toks, (first, num_end), end, noun, lex):
        return True
    if not unit and (noun is None or _auxiliary(noun, lex)) and _agrees_as_one(
            toks, first, num_end, lex):
        return True
    if unit in _TIME_UNITS and _tenor(toks, first, end, lex):
        return True
    if _score(toks, first, end, noun, lex) or _against_par(toks, end):
        return True
    return (unit == "meter" or _metres_as_millions(toks, first, unit, noun)) and _race(
        toks, first, end, lex)


def _metres_as_millions(toks: list[Token], first: int, unit: str, noun: str | None) -> bool:
    """ "the 200m": a letter m touching the figure, read as millions of nothing counted
    and no money, which in a race's name is metres."""
    if unit or noun is not None or first + 1 >= len(toks):
        return False
    return toks[first + 1].text == "m" and toks[first + 1].start == toks[first].end


def _article_names(toks: list[Token], first: int, num_end: int, end: int, noun: str | None,
                   lex: Lexicon) -> bool:
    if first == 0 or toks[first - 1].low not in ("a", "an") or num_end - first != 1:
        return False
    tok = toks[first]
    if tok.kind != "num" or not tok.text.isdigit() or tok.text == "1":
        return False
    if num_end < len(toks) and toks[num_end].text in "-‐" and toks[num_end].start == tok.end:
        return False  # "a 12-storey tower", "a 40-seat bus": the count is hyphened to its noun
    if noun is None:  # "she shot a 66 on Sunday", "flew a 747 to Rome"
        return end >= len(toks) or toks[end].kind != "word" or (
            toks[end].low in lex.stopwords and toks[end].low != "or")  # "a 100 or so"
    if any(not (t.kind != "word" or t.text.islower()) for t in toks[num_end:end]):
        return False  # "a 470 nF capacitor": a symbol we do not know, not a name
    return not ends_noun(toks[end - 1], lex)


_DEFINITE = frozenset({"the", "this", "that"})


def _definite_names(toks: list[Token], span: tuple[int, int], end: int, noun: str | None,
                    lex: Lexicon) -> bool:
    """ "the 911 call came", "the 7 train pulled out", "that 38 bus is late": a definite
    article, a bare whole number and one singular noun that heads its clause (a verb, a
    stop word or a mark after it) name one thing by its number; a count of two or more
    takes a plural ("the 911 calls"; "the 40 staff" by role zero_plural in context.tsv)."""
    first, num_end = span
    if noun is None or first == 0 or toks[first - 1].low not in _DEFINITE or (
            num_end - first != 1 or end - num_end != 1):
        return False
    tok, word = toks[first], toks[num_end]
    if tok.kind != "num" or not tok.text.isdigit() or int(tok.text) < 2 or (
            word.start == tok.end or not word.text.islower() or ends_noun(word, lex)
            or lex.has_role(word.low, "zero_plural")):
        return False
    nxt = toks[end] if end < len(toks) else None
    return nxt is None or nxt.kind != "word" or nxt.low in lex.stopwords or lex.has_role(
        nxt.low, "verb") or nxt.low.endswith("ed")


_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our"})
_RELATIVE_REACH = 8  # words from a relative pronoun to the auxiliary of its clause


def _auxiliary(noun: str, lex: Lexicon) -> bool:
    """Is the "noun" read after a bare number an auxiliary ("the 47 wasn't running")?"""
    return lex.has_role(noun, "agree_one") or lex.has_role(noun, "agree_many")


def _agrees_as_one(toks: list[Token], first: int, num_end: int, lex: Lexicon) -> bool:
    """ "The 747 was retired", "the 380 is the largest", "the 747 that crashed in 1992 was
    carrying": a determiner, a bare whole number above one and nothing counted, whose verb
    is in the singular (context.tsv roles agree_one, agree_many), names one thing; a count
    takes the plural ("the 40 were rescued", "the 40 that survived were flown home").
    Grammatical agreement, read from the first auxiliary after the number or after the
    relative pronoun that follows it (role relative); one after a subject pronoun agrees
    with that pronoun ("the 40 that he has rescued") and is passed over."""
    if first == 0 or num_end - first != 1 or num_end >= len(toks):
        return False
    tok, prev = toks[first], toks[first - 1]
    if not (tok.text.isdigit() and int(tok.text) > 1) or not (
            prev.low in _DETERMINERS or prev.low.endswith(("'s", "’s"))):
        return False
    k = num_end + (toks[num_end].text == ",")
    if k < len(toks) and lex.has_role(toks[k].low, "relative"):
        reach = toks[k + 1 : k + 1 + _RELATIVE_REACH]
    else:
        reach = toks[num_end : num_end + 1]
    for j, word in enumerate(reach):
        if word.text in ".;:!?":
            return False
        after_pronoun = j > 0 and lex.has_role(reach[j - 1].low, "subject_pronoun")
        if lex.has_role(word.low, "agree_one") and not after_pronoun:
            return True
        if lex.has_role(word.low, "agree_many") and not after_pronoun:
            return False
    return False


def _tenor(toks: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """ "ten-year gilt", "30-year fixed mortgage": the maturity is hyphened to its number;
    also where a figure follows it at once ("2-year +6bp, 10-year -4bp", "the five-year
    3.1%"): a hyphened span that modifies no noun but labels the figure after it."""
    if not any(t.text in "-‐" for t in toks[first:end]):
        return False
    if _figure_at(toks, end):
        return True
    for tok in toks[end : end + _TENOR_REACH]:
        if tok.kind != "word" and tok.text not in "-‐":
            return False
        if lex.has_role(tok.low, "tenor"):
            return True
    return False


_SIGNS = frozenset("+-−‐")


def _figure_at(toks: list[Token], k: int) -> bool:
    """Does a figure in digits start at tokens[k], signed or not ("+6bp", "−4bp", "3.1%")?"""
    if k < len(toks) and toks[k].text in _SIGNS and k + 1 < len(toks):
        return toks[k + 1].kind == "num" and toks[k + 1].start == toks[k].end
    return k < len(toks) and toks[k].kind == "num"


def _score(toks: list[Token], first: int, end: int, noun: str | None, lex: Lexicon) -> bool:
    """ "won 3 goals to 1", "lost by two tries to nil", and the "1" of the first; not "from
    6 points to 4" or "slid 410 points to 37,800" (a change and a level), "312 votes to 287"
    (a tally) nor "runs to 12 pages" (the second figure counts its own noun)."""
    k = first - 1  # the second figure: "3 goals to 1"
    if k > 1 and toks[k].low == "to" and lex.has_role(toks[k - 1].low, "score") and (
            toks[k - 2].kind == "num" or toks[k - 2].low in lex.numbers):
        return noun is None and not _moved(toks, k - 2, lex)
    if noun is None or not lex.has_role(noun.split()[-1].lower(), "score"):
        return False
    if end + 1 < len(toks) and toks[end].low == "to":
        other = toks[end + 1]
        if other.low in _NIL or other.kind == "num" or other.low in lex.numbers:
            return not _moved(toks, first, lex) and not _counts_after(toks, end + 2, lex)
    return False


def _moved(toks: list[Token], first: int, lex: Lexicon) -> bool:
    """A change or its start before the figure: "from 6 points", "rose 12 points"."""
    before = toks[max(0, first - 2) : first]
    return any(t.low == "from" or t.low in lex.change_verbs for t in before)


def _counts_after(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """A lower-case content word after the second figure: it counts its own noun."""
    return k < len(toks) and toks[k].kind == "word" and toks[k].text.islower() and (
        toks[k].low not in lex.stopwords and toks[k].low not in _NIL)


def _against_par(toks: list[Token], end: int) -> bool:
    return end + 1 < len(toks) and toks[end].low in ("under", "over") and (
        toks[end + 1].low == "par")


def _race(toks: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """ "the 400 metres", "the men's 100m final": a distance raced, after "the" or a
    possessive, that nothing measures (no "of", "long", "away" after it)."""
    if first == 0:
        return False
    prev = toks[first - 1]
    if prev.low != "the" and not (prev.text in ("'s", "’s") or prev.low.endswith("'s")):
        return False
    if end < len(toks) and toks[end].low in _NOT_A_RACE_AFTER:
        return False
    return lex.has_role(toks[first].text, "race")
