"""Numbers that are not claims: years, dates, times, names with digits, phone and list numbers."""

from __future__ import annotations

from factcheck.extract.clock import is_clock_time, reads_as_clock
from factcheck.extract.days import is_day, is_month
from factcheck.extract.dimensions import later_side
from factcheck.extract.gapped import gapped_item, in_grouped_list
from factcheck.extract.holders import holder_list_noun
from factcheck.extract.labels import after_proper_name, is_label, measure_follows
from factcheck.extract.qualifiers import GUARDED_PREFIXES, currency_before
from factcheck.extract.shapes import age_after_name
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

_DASHES = "-‐–—"
# lower-case words a hyphen may tie to a figure without making a name: "now-18", "then-35"
_JOINED_BEFORE_NUMBER = frozenset({"now", "then", "about", "nearly", "almost", "around",
                                   "over", "under", "some", "roughly"})
OCLOCK = frozenset({"o'clock", "o’clock"})  # "9 o'clock", "eleven o'clock": a time of day
_MODEL_DIGITS = 3  # a model number before a name word ("11 Pro") is short
_TIME_ZONES = frozenset({"GMT", "UTC", "EDT", "EST", "BST", "CET", "CEST", "PDT", "PST", "ET",
                         "PT", "IST", "JST", "AEST", "AEDT", "HKT", "SGT", "CST", "CDT", "MST"})


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _measure_word(tok: Token, lex: Lexicon) -> bool:
    """A unit, a currency or an old measure (context.tsv role old_measure)."""
    return tok.low in lex.units or tok.low in lex.currencies or lex.has_role(
        tok.low, "old_measure")


def is_name_or_code(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "G20", "COVID-19", "Chapter 11", "Boeing 737", "No. 1", "#3", "+44 20", "737-800"."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper() and len(nxt.text) > 1 and (
        lex.has_role(nxt.low, "name") and nxt.start == tok.end + 1 and tok.text.isdigit()
        and len(tok.text) <= _MODEL_DIGITS and not _model_follows(toks, i + 2)
    ):
        return True  # "iPhone 11 Pro and 11 Pro Max"; but "63000 Model 3 sedans" counts
    if _age_group(toks, i, lex):
        return True
    if prev is None:
        return False
    if prev.low == "the" and nxt is not None and nxt.kind == "word" and (
            _measure_word(nxt, lex)) and nxt.text[:1].isupper() and nxt.text[1:].islower() and (
            nxt.start == tok.end + 1):
        return True  # "the 24 Hours of Le Mans", "the 500 Miles", "the 1,000 Guineas": a
        # measure written as a name
    if is_label(toks, i, lex):
        return True
    if prev.kind == "word" and currency_before(toks, i, lex)[0] is not None:
        return False  # "PS2.7m" (£2.7m), "R5,000", "$US160 million", "USD5m"
    if later_side(toks, i, lex):
        return False  # "1920x1080 pixels": a side of a measure, not a code
    if prev.kind == "word" and _adjacent(prev, tok) and (
        prev.low not in lex.currencies or prev.text in GUARDED_PREFIXES
    ):
        return True
    if prev.text in _DASHES and _adjacent(prev, tok) and i > 1 and _adjacent(toks[i - 2], prev):
        hyphened = _after_hyphen(toks, i, lex)
        if hyphened is not None:
            return hyphened
    if prev.text == "." and _adjacent(prev, tok) and i > 1 and toks[i - 2].kind == "num":
        return _adjacent(toks[i - 2], prev)  # the "3" of "1.2.3"
    if prev.text in "-‐" and _adjacent(prev, tok) and i > 1 and toks[i - 2].text.isupper() and (
        toks[i - 2].kind == "word" and len(toks[i - 2].text) > 1
    ):
        return not measure_follows(toks, i, lex)  # "COVID -19"; but "DAX -0.2%" is a change
    if _written_as_code(toks, i):
        return True
    if prev.text == "+" and (nxt is None or nxt.kind != "num"):
        return False  # "Dow +0.4%", "+12 points": a signed figure, not "+44 20 7946 0958"
    if prev.text in "#+§№":
        return True
    if prev.kind == "word" and prev.text[:1].isupper() and in_grouped_list(toks, i, lex):
        return False  # "Kesh 38,500", "Greene 2,604, ... Strand 629": no name's number has a
        # group mark, and a list of such items is read whole
    if prev.kind == "word" and prev.text[:1].isupper() and lex.has_role(prev.low, "name") and (
            len(prev.text) > 1 or _adjacent(prev, tok)):  # not the article of "A 1/4-mile"
        return not measure_follows(toks, i, lex)  # "Chapter 11", but "MacBook Pro 16 inch"
    if after_proper_name(toks, i, lex) and not age_after_name(toks, i):
        return holder_list_noun(toks, i, lex) is None and not gapped_item(
            toks, i, lex)  # "57 seats: Labour 29, Greens 4"; "won 22, the Greens 6"
    if prev.text == "." and i > 1 and lex.has_role(toks[i - 2].low, "name"):
        return toks[i - 2].text[:1].isupper()  # "No. 1", "Vol. 3"
    if nxt is not None and nxt.text in _DASHES and _adjacent(tok, nxt) and i + 3 < len(toks):
        after, third = toks[i + 2], toks[i + 3]
        if after.kind == "num" and _adjacent(nxt, after) and third.text in _DASHES and (
                _adjacent(after, third)):
            return True  # "555-123-4567"
    return nxt is not None and nxt.text == "." and _is_version(toks, i)


def _model_follows(toks: list[Token], k: int) -> bool:
    """Does a model code start at tokens[k] ("Airbus A321neo", "Boeing 737")? Then the name
    before it is a maker and the number before the maker counts ("14 Airbus A321neo jets")."""
    if k >= len(toks):
        return False
    tok = toks[k]
    return tok.kind == "num" or (
        k + 1 < len(toks) and tok.text.isupper() and toks[k + 1].kind == "num"
        and toks[k + 1].start == tok.end)


def _age_group(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "obesity among 11-year-olds", "for 16-year-olds": a plural age names a group of
    people, not a figure (the count, if any, comes before it: "three 11-year-olds")."""
    span = toks[i + 1 : i + 5]
    return len(span) == 4 and span[0].text in _DASHES and span[1].low in lex.units and (
        span[2].text in _DASHES and span[3].low == "olds")


def _written_as_code(toks: list[Token], i: int) -> bool:
    """ "J1149.5+6663", "7+5": digits joined by a plus are a code or a sum; "06F6", "007":
    a leading zero writes a code, not an amount."""
    tok, prev = toks[i], toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if prev.text == "+" and _adjacent(prev, tok) and i > 1 and toks[i - 2].kind == "num" and (
            _adjacent(toks[i - 2], prev)):
        return True
    if nxt is not None and nxt.text == "+" and _adjacent(tok, nxt) and i + 2 < len(toks) and (
            toks[i + 2].kind == "num" and _adjacent(nxt, toks[i + 2])):
        return True
    return tok.text[:1] == "0" and tok.text.isdigit() and len(tok.text) > 1 and not (
        prev.text in _DASHES and _adjacent(prev, tok))


def _after_hyphen(toks: list[Token], i: int, lex: Lexicon) -> bool | None:
    """A number tied by a hyphen to what comes before it: a name ("COVID-19", "last-16",
    the third group of "555-123-4567"), not one ("now-18", "0-to-60"), or None: undecided."""
    before = toks[i - 2]
    if before.kind == "word" and lex.has_role(before.low, "hyphen_label"):
        return True  # "last-16", "top-10", "under-21"
    if before.kind == "word" and before.text.isupper():
        return True  # "I-95", "F-16", "A-10": a letter and a number name a road or a model
    if before.kind == "word" and lex.numbers.get(before.low) is None:
        if before.low in lex.stopwords or before.low in _JOINED_BEFORE_NUMBER:
            return False  # "now-18 month-old", "0-to-60-mph", "200,000 to-260,000"
        return before.low not in ("sub", "minus", "negative")  # "COVID-19", "V-6"
    if before.kind == "num" and i > 3 and toks[i - 3].text in _DASHES and toks[i - 4].kind == (
            "num") and _adjacent(toks[i - 4], toks[i - 3]):
        return True  # third group of "555-123-4567"; not the 0 of "-78-0 degrees"
    return None


def _is_version(toks: list[Token], i: int) -> bool:
    """ "3.5.1": a dotted number after a decimal number."""
    tok = toks[i]
    if "." not in tok.text:
        return False
    nxt = toks[i + 1]
    return _adjacent(tok, nxt) and i + 2 < len(toks) and toks[i + 2].kind == "num" and (
        _adjacent(nxt, toks[i + 2])
    )


def is_date_or_time(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "July 31", "Aug. 14", "12 March 2025", "10:30", "2.15pm", "9 a.m.", "9 o'clock"."""
    tok = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text == ":" and _adjacent(tok, nxt) and i + 2 < len(toks):
        if toks[i + 2].kind == "num" and _adjacent(nxt, toks[i + 2]):
            return True
    if prev is not None and prev.text == ":" and _adjacent(prev, tok) and i > 1:
        if toks[i - 2].kind == "num" and _adjacent(toks[i - 2], prev):
            return True
    if (nxt is not None and nxt.text in _TIME_ZONES) or is_clock_time(toks, i, lex):
        return True
    if len(tok.text) == 4 and tok.text.startswith("0") and tok.text.isdigit():
        return True  # "0401 GMT", military time
    if nxt is not None and nxt.low in ("am", "pm", "a", "p", *OCLOCK):
        if nxt.low in OCLOCK or (nxt.low in ("am", "pm") and reads_as_clock(tok.text)):
            return True
        after = toks[i + 2] if i + 2 < len(toks) else None
        if after is not None and after.text == "." and _adjacent(nxt, after) and (
                i + 3 < len(toks) and toks[i + 3].low == "m"):
            return True  # "9 a.m.", not "212.4p."
    return is_day(toks, i, lex)


_RECENT = (1950, 2035)  # four digits in this span are years in news copy


def is_year(toks: list[Token], i: int, lex: Lexicon, has_measure: bool) -> bool:
    """A four-digit number that names a year: "in 1961", "the 2021 coup", "by 2030"; after a
    bound word ("has_measure"), one of recent years with nothing counted after it ("up to
    2018", "tripled over 2024"; "up to 2018 pupils" counts)."""
    tok = toks[i]
    if not tok.text.isdigit() or len(tok.text) != 4:
        return False
    year = int(tok.text)
    if has_measure:
        return _RECENT[0] <= year <= _RECENT[1] and year % 100 != 0 and not _counts_something(
            toks, i, lex) and not (i + 1 < len(toks) and toks[i + 1].kind == "word"
                                   and toks[i + 1].low not in lex.stopwords)
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and (prev.text == "'" or is_month(prev, lex)):
        return True
    if prev is not None and prev.text == "," and i > 1 and toks[i - 2].kind == "num":
        return True  # "July 31, 2025"
    if _RECENT[0] <= year <= _RECENT[1] and year % 100:
        return True  # "Keytruda's 2018 sales": in news such numbers are years
    if 1900 <= year <= 2100:
        return not _counts_something(toks, i, lex)
    if 1000 <= year < 1900 or 2100 < year <= 2300:
        after_year_word = prev is not None and lex.has_role(prev.low, "year")
        return after_year_word and not _counts_something(toks, i, lex)
    return False


def _counts_something(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "2000 people": a plural noun after the number makes it a count, not a year."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind != "word" or nxt.text[:1].isupper():
        return False
    low = nxt.low
    return low.endswith("s") and low not in lex.stopwords and not lex.has_role(low, "month")


_ERAS = frozenset({"BC", "BCE", "AD", "CE"})
_ERA_EDGES = frozenset({*_ERAS, "A", "B", "."})  # the tokens an era's spelling starts or ends with


def _era_at(toks: list[Token], k: int, step: int) -> bool:
    """ "AD", "BCE" or dotted "A.D.", "B.C." starting at tokens[k] (step 1) or ending there (-1)."""
    if not 0 <= k < len(toks) or toks[k].text not in _ERA_EDGES:
        return False
    if toks[k].text in _ERAS:
        return True
    span = toks[k - 3 : k + 1] if step < 0 else toks[k : k + 4]
    if len(span) != 4 or k < 0:
        return False
    dotted = "".join(t.text for t in span)
    return dotted in ("A.D.", "B.C.")


def is_era_year(toks: list[Token], i: int) -> bool:
    """ "A.D. 1000", "AD 79", "500 BC", "44 B.C.", and the partner of "between AD 1000 and
    1260": a year of an era, never a quantity."""
    tok = toks[i]
    if not tok.text.isdigit():
        return False
    if _era_at(toks, i - 1, -1) or _era_at(toks, i + 1, 1):
        return True
    if i > 1 and toks[i - 1].low in ("and", "to", "-", "–") and toks[i - 2].kind == "num":
        k = i - 2
        return _era_at(toks, k - 1, -1) or _era_at(toks, k + 1, 1)
    return False


def phone_span(toks: list[Token], i: int) -> int:
    """Tokens in "555-123-4567", "+44 20 7946 0958" or "24/7" starting at i (0 if none)."""
    k = i
    groups = 1
    while (
        k + 2 < len(toks)
        and toks[k + 1].text in _DASHES + "."
        and _adjacent(toks[k], toks[k + 1])
        and toks[k + 2].kind == "num"
        and _adjacent(toks[k + 1], toks[k + 2])
        and "." not in toks[k].text
    ):
        k += 2
        groups += 1
    if groups >= 3:
        return k - i + 1
    return _spaced_phone(toks, i) or _slashed_pair(toks, i) or _area_code(toks, i)


def _area_code(toks: list[Token], i: int) -> int:
    """ "(555) 123-4567", "(020) 7946 0321": an area code in brackets and the groups of the
    number after it (the tokens from the code to the last group)."""
    if not (0 < i < len(toks) - 3 and toks[i - 1].text == "(" and toks[i + 1].text == ")"):
        return 0
    if not toks[i].text.isdigit() or len(toks[i].text) not in (2, 3, 4, 5):
        return 0
    k, digits = i + 2, 0
    while k < len(toks) and toks[k].text.isdigit() and len(toks[k].text) >= _PHONE_GROUP:
        digits += len(toks[k].text)
        k += 1
        if k + 1 < len(toks) and toks[k].text in _DASHES and _adjacent(toks[k - 1], toks[k]):
            k += 1
    return k - i if digits >= _PHONE_DIGITS and toks[k - 1].kind == "num" else 0


_PHONE_GROUP, _PHONE_DIGITS = 3, 6  # "123-4567", "7946 0321": groups of 3+, 6+ digits in all


def _spaced_phone(toks: list[Token], i: int) -> int:
    """ "+44 20 7946 0958", "0800 123 4567": a country code after "+", or a trunk prefix
    with its leading zero, and the digit groups spaced after it."""
    tok = toks[i]
    if not tok.text.isdigit():
        return 0
    code = i > 0 and toks[i - 1].text == "+" and _adjacent(toks[i - 1], tok) and len(
        tok.text) <= 3
    trunk = tok.text.startswith("0") and len(tok.text) >= 3
    if not (code or trunk):
        return 0
    k = i + 1
    while k < len(toks) and toks[k].kind == "num" and toks[k].text.isdigit() and (
            toks[k].start - toks[k - 1].end == 1):
        k += 1
    return k - i if k - i >= (3 if code else 2) else 0


def _slashed_pair(toks: list[Token], i: int) -> int:
    """ "24/7", "9/11", "1/0": two whole numbers joined by a slash that the tokenizer did not
    read as a fraction are a name or a date, not two figures."""
    if i + 2 >= len(toks) or toks[i + 1].text != "/" or toks[i + 2].kind != "num":
        return 0
    if not (_adjacent(toks[i], toks[i + 1]) and _adjacent(toks[i + 1], toks[i + 2])):
        return 0
    return 3 if toks[i].text.isdigit() and toks[i + 2].text.isdigit() else 0


def is_year_span(toks: list[Token], i: int) -> bool:
    """ "2012-13" or "2019–2020": a fiscal year or a span of years."""
    tok = toks[i]
    if not (tok.text.isdigit() and len(tok.text) == 4 and 1800 <= int(tok.text) <= 2100):
        return False
    if i + 2 >= len(toks):
        return False
    dash, nxt = toks[i + 1], toks[i + 2]
    return (
        dash.text in _DASHES + "/"
        and _adjacent(tok, dash)
        and _adjacent(dash, nxt)
        and nxt.text.isdigit()
        and len(nxt.text) in (2, 4)
    )


def is_list_number(toks: list[Token], i: int, text: str) -> bool:
    """ "1. Introduction" or "2) Costs" at the start of a line."""
    tok = toks[i]
    k = tok.start - 1
    while k >= 0 and text[k] in " \t*-#>" and tok.start - k < 16:
        k -= 1  # bounded look back: linear time on text without line breaks
    if k >= 0 and text[k] != "\n":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is not None and nxt.text in ".)" and _adjacent(tok, nxt) and tok.text.isdigit()
