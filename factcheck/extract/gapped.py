"""Gapped lists after a count: "Labour won 22 seats, the Conservatives 15 and the Greens 6",
"Mendes won 18,000 votes (40.1%), Okoro 14,000 (31.2%) and Lund 7,000 (15.6%)".

The verb and the noun of the first count are understood in each later item ("Holder N"):
each item's number is a figure in the parallel slot of the first count, not a name with
digits (factcheck.extract.filters), and it takes that count's unit, noun and change when it
states none of its own (with_gapped_units: "the Nile runs 6,650 km, the Amazon 6,400" is
6,400 km). The list shape decides, not words: an item is a capitalised holder, a number
(whole, grouped or decimal, with a scale word), the noun, a bracketed aside ("(31.2%)") and
a link or the end of the list; the first count may add a short adjunct before the link
("sold 41,000 cars last year, Kesh 38,500"). A holder that is a name or label word of the
lexicon ("Boeing", "Apollo", "Route") makes the list one of names. A number with a group
mark ("Kesh 38,500") is an amount, never a name's number, and so is every item of a list of
"Name N" items that holds one (in_grouped_list): a list is read whole or not at all.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from factcheck.extract.holders import AFTER_ITEM, LINKS, MAX_ITEMS, holder_start, names_model
from factcheck.extract.tokens import Token
from factcheck.extract.units import unit_after
from factcheck.lexicon import Lexicon
from factcheck.model import Claim

_MAX_GAP_NOUN = 2  # "the Greens 14 seats", "Plaid 2 council seats"
_MAX_ASIDE = 6  # "(31.2%)", "(40.1 per cent)", "(up 3)": the tokens inside the brackets
_MAX_ADJUNCT = 4  # "last year", "on Saturday", "in the first round": after the first count
_LOOK_BACK = 1 + 1 + _MAX_GAP_NOUN + _MAX_ADJUNCT  # number, scale word, noun, adjunct
_YEAR_DIGITS = 4
_MAX_LIST_CLAIMS = 3 * MAX_ITEMS  # a count, a share and a change in each item, at most
_MAX_HOLDER = 4  # "the Lib Dems": words of a holder, "the" with them
_YEARS = (1900, 2100)  # a bare four-digit number in this span reads as a year
_GROUP = 3  # digits after a group mark
_MARKS = ",'’"


def gapped_item(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] an item of a gapped list after a count? Such items are
    figures, not names with digits."""
    return gapped_antecedent(toks, i, lex) is not None


def gapped_antecedent(toks: list[Token], i: int, lex: Lexicon) -> int | None:
    """The index of the first count's number when the number at tokens[i] is a later item
    of a gapped list after it, else None. Walking back item by item ("Holder N" after a
    link) must reach a count whose number no capitalised holder opens (the verb: "won 22")
    within MAX_ITEMS items; an item with a preposition ("Liverpool on 82") needs the same
    word before the first count ("finished on 84 points")."""
    k, adjunct, preps = i, False, set[str]()
    for _ in range(MAX_ITEMS):
        h, prep = _holder(toks, k, lex)
        if h is None:
            return _first_count(toks, k, i, preps, lex)
        if adjunct or _item_end(toks, k, lex, adjunct=False) is None:
            return None  # only the first count takes an adjunct before the link
        p = h - 1
        if toks[p].low == "and" and p > 0 and toks[p - 1].text == ",":
            p -= 1
        before = _count_ending(toks, p, lex) if toks[p].text in LINKS or (
            toks[p].low in LINKS) else None
        if before is None:  # "In the table, Arsenal have 74 points": a subject and a verb
            return _first_count(toks, k, i, preps, lex) if prep else None
        if prep:
            preps.add(prep)
        k, adjunct = before
    return None


def _first_count(toks: list[Token], k: int, i: int, preps: set[str], lex: Lexicon) -> int | None:
    """k when the number at k can open the list as its first count: a later number than
    the one asked about, after a word in lower case (its verb or preposition: "won 22", "on
    84"; a currency between: "spent $4.1 million"), the word of the items' prepositions."""
    if k == i or k == 0:
        return None
    opener = k - 1
    if k > 1 and toks[k - 1].low in lex.currencies and not toks[k - 1].text.islower():
        opener = k - 2  # "$", "USD"; but "won" is a verb before "won 22", not a currency
    if toks[opener].kind != "word" or not toks[opener].text.islower():
        return None
    return k if not preps or preps == {toks[opener].low} else None


def _holder(toks: list[Token], k: int, lex: Lexicon) -> tuple[int | None, str]:
    """The first token of the capitalised holder before the number at k ("the Greens",
    "Lib Dems") and the preposition between them ("Liverpool on 82"), or (None, "")."""
    prep = ""
    if k > 1 and toks[k - 1].kind == "word" and toks[k - 1].text.islower() and (
            toks[k - 1].low in lex.stopwords and toks[k - 1].low not in LINKS):
        prep, k = toks[k - 1].low, k - 1
    if k == 0 or not toks[k - 1].text[:1].isupper():
        return None, ""
    h = holder_start(toks, k, lex)
    if h is None or h == 0 or names_model(toks[h], lex):
        return None, ""
    if not toks[h + 1 if toks[h].low == "the" else h].text[:1].isupper():
        return None, ""
    return h, prep


def grouped(tok: Token) -> bool:
    """A number in digits written with a comma or an apostrophe as group mark ("38,500",
    "1'250'000"): an amount, never the number of a name or model ("Boeing 737", "Nikkei
    225"). A space is no such mark here: "the Boeing 747 410" is a model and a figure."""
    whole = tok.text.split(".")[0]
    return tok.kind == "num" and len(whole) > _GROUP and whole[-_GROUP - 1] in _MARKS and (
        whole[-_GROUP:].isdigit())


def in_grouped_list(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] grouped, or an item of a list of "Holder N" items one of
    which is ("Greene 2,604, Adebayo 1,977 and Strand 629")? All are amounts then: a list
    is read whole or not at all, so that no sum is taken over a part of it."""
    if grouped(toks[i]):
        return True
    if _holder(toks, i, lex)[0] is None or _item_end(toks, i, lex, adjunct=False) is None:
        return False
    for step in (_previous_item, _next_item):
        k: int | None = i
        for _ in range(MAX_ITEMS):
            k = step(toks, k, lex) if k is not None else None
            if k is None:
                break
            if grouped(toks[k]):
                return True
    return False


def _is_link(tok: Token) -> bool:
    return tok.text in LINKS or tok.low in LINKS


def _previous_item(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """The number of the "Holder N" item before the one whose number is at k, or None."""
    h, prep = _holder(toks, k, lex)
    if h is None or prep:
        return None
    p = h - 1
    if toks[p].low == "and" and p > 0 and toks[p - 1].text == ",":
        p -= 1
    found = _count_ending(toks, p, lex) if _is_link(toks[p]) else None
    if found is None or found[1]:
        return None
    h, prep = _holder(toks, found[0], lex)
    return found[0] if h is not None and not prep else None


def _next_item(toks: list[Token], k: int, lex: Lexicon) -> int | None:
    """The number of the "Holder N" item after the one whose number is at k, or None."""
    end = _item_end(toks, k, lex, adjunct=False)
    if end is None or end >= len(toks) or not _is_link(toks[end]):
        return None
    j = end + 1
    if toks[end].text == "," and j < len(toks) and toks[j].low == "and":
        j += 1
    for n in range(j + 1, min(len(toks), j + _MAX_HOLDER + 1)):
        if toks[n].kind == "num":
            return n if _holder(toks, n, lex) == (j, "") and (
                _item_end(toks, n, lex, adjunct=False) is not None) else None
    return None


def _amount(tok: Token) -> bool:
    """A number in digits that may be an amount: whole, grouped or decimal, not a year of
    the last two centuries ("in 2019," ends no item; "Crane 8100 (46%)" may)."""
    text = tok.text
    return tok.kind == "num" and text.replace(",", "").replace(".", "", 1).isdigit() and not (
        len(text) == _YEAR_DIGITS and text.isdigit()
        and _YEARS[0] <= int(text) <= _YEARS[1]) and text[:1] != "."


def _item_end(toks: list[Token], k: int, lex: Lexicon, *, adjunct: bool) -> int | None:
    """The index after an item that starts with the number at k: the number, a scale word,
    up to _MAX_GAP_NOUN words of its noun, a bracketed aside and (adjunct: the first count
    only, after a noun) a few words before the link; None unless a link or the end of the
    list follows."""
    if not _amount(toks[k]):
        return None
    end = k + 1
    if end < len(toks) and toks[end].low in lex.scales:
        end += 1  # "1.9 million", "1.9m"
    unit = unit_after(toks, end, lex, toks[end - 1].end)
    if unit is not None and unit.kind != "":
        end = unit.end  # "44.2 per cent", "6,650 km"
    noun = end
    while end < len(toks) and end - noun < _MAX_GAP_NOUN and toks[end].kind == "word" and (
            toks[end].text.islower() and toks[end].low not in LINKS
            and toks[end].low not in lex.stopwords):
        end += 1
    if end < len(toks) and toks[end].text == "(":
        close = _aside_end(toks, end)
        if close is None:
            return None
        end = close
    if adjunct and end > noun:
        start = end
        while end < len(toks) and end - start < _MAX_ADJUNCT and toks[end].kind == "word" and (
                toks[end].low not in LINKS and toks[end].low not in lex.numbers):
            end += 1
    if end < len(toks) and toks[end].text not in AFTER_ITEM and toks[end].low not in AFTER_ITEM:
        return None
    return end


def _aside_end(toks: list[Token], open_at: int) -> int | None:
    """The index after the ")" that closes the bracket at open_at within _MAX_ASIDE tokens."""
    for end in range(open_at + 1, min(len(toks), open_at + _MAX_ASIDE + 2)):
        if toks[end].text == ")":
            return end + 1
        if toks[end].text == "(":
            return None
    return None


def _count_ending(toks: list[Token], link: int, lex: Lexicon) -> tuple[int, bool] | None:
    """The index of the number whose item ends right before the link, and whether the item
    needs an adjunct to reach it (then it can only be the first count)."""
    k = link - 1
    if k >= 0 and toks[k].text == ")":
        while k >= 0 and link - k <= _MAX_ASIDE + 2 and toks[k].text != "(":
            k -= 1
        k -= 1  # the token before the aside
    for j in range(k, max(-1, k - _LOOK_BACK), -1):
        if toks[j].kind == "num":
            if _item_end(toks, j, lex, adjunct=False) == link:
                return j, False
            return (j, True) if _item_end(toks, j, lex, adjunct=True) == link else None
        if toks[j].kind != "word" or toks[j].low in LINKS:
            return None
    return None


def with_gapped_units(toks: list[Token], claims: list[Claim], lex: Lexicon) -> list[Claim]:
    """The claims, each later item of a gapped list with the unit, noun and change of its
    first count when it states no unit and no noun of its own ("Kline jumped 8.12 metres,
    Osei 8.05": 8.05 metres; "Acme cut 300 jobs, Brix 120": 120 jobs, a decrease)."""
    if len(claims) < 2:
        return claims
    starts = [t.start for t in toks]
    out = list(claims)
    for n, c in enumerate(claims):
        if c.unit or c.multiplier or c.high is not None or n == 0:
            continue
        k = bisect.bisect_left(starts, c.start)
        while k < len(toks) and toks[k].start < c.end and toks[k].kind != "num":
            k += 1
        if k == len(toks) or toks[k].start >= c.end or _own_noun(toks, k, c, lex):
            continue
        first = gapped_antecedent(toks, k, lex)
        a = _claim_before(out, n, toks[first].start) if first is not None else None
        if a is None or not (a.unit or a.noun) or a.multiplier or a.high is not None:
            continue
        out[n] = replace(c, unit=a.unit, noun=a.noun, change=c.change or a.change)
    return out


def _own_noun(toks: list[Token], k: int, c: Claim, lex: Lexicon) -> bool:
    """Does the claim's text go on past its number and scale word ("298 votes")?"""
    last = k + 1 if k + 1 < len(toks) and toks[k + 1].low in lex.scales else k
    return c.end > toks[last].end


def _claim_before(claims: list[Claim], n: int, pos: int) -> Claim | None:
    """The claim before claims[n] whose text holds the position pos; the walk back passes
    only the claims of one gapped list, a bounded number."""
    for c in reversed(claims[max(0, n - _MAX_LIST_CLAIMS) : n]):
        if c.start <= pos < c.end:
            return c
        if c.end <= pos:
            return None
    return None
