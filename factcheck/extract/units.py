"""The words after a figure: its unit ("metric tons", "km/h", "per cent", "s-1"), its rate ("a
day") and its power ("km2"); the noun a count counts is nouns.py's."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.extract.metres import spaced_metres
from factcheck.extract.numbers import SINGLE_LETTER_UNITS, is_kelvin
from factcheck.extract.prices import price_unit
from factcheck.extract.qualifiers import currency_after_fits
from factcheck.extract.rates import rate_after
from factcheck.extract.symbols import (
    EXTENT_WORDS,
    capital_symbol_ends,
    entity_named_before,
    negative_power,
    product,
    product_follows,
    spaced_before_stop,
    spaced_clock_unit,
    spaced_relative,
    spelled_unit,
    superscripted,
    with_power,
)
from factcheck.extract.tokens import Token, joined
from factcheck.lexicon import Lexicon, lexicon

# Symbols that are also words or letters: a unit only when they touch the digits ("8in").
_ATTACHED_ONLY = frozenset({"in", "m", "g", "t", "l", "b", "bp", "mp", "mi", "min", "sec", "f",
                            "c", "pc"})
_PRIMES = frozenset({"'", "′", "″"})

@dataclass(frozen=True, slots=True)
class Suffix:
    end: int  # index after the last token of the unit or noun
    unit: str
    kind: str  # "unit", "currency", "percent", "temp", "cents", "" (a count)
    noun: str | None = None


def unit_after(toks: list[Token], j: int, lex: Lexicon, number_end: int) -> Suffix | None:
    """The longest unit or currency surface starting at tokens[j]."""
    if j >= len(toks):
        return None
    attached = toks[j].start == number_end
    if toks[j].text in "-‐" and toks[j].start == number_end and j + 1 < len(toks):
        j += 1  # "a 10-kilometre walk"
    spelled = spelled_unit(toks, j, lex)
    if spelled is not None:  # "3 square km", "400 cubic ft", "23 ℉"
        rate = rate_after(toks, spelled[2], lex)
        if rate is not None:
            return Suffix(rate[1], f"{spelled[0]} / {rate[0]}", spelled[1])
        return Suffix(spelled[2], spelled[0], spelled[1])
    widest = lex.unit_widths.get(toks[j].low)
    if widest is None and superscripted(toks[j].text, lex) is not None:
        widest = 1  # "mm²"
    if widest is None:
        return _guarded_unit(toks, j, lex)
    for width in range(min(widest, len(toks) - j), 0, -1):
        surface = joined(toks, j, j + width)
        entry = _unit_entry(toks[j], surface, width, lex)
        if entry is not None and _unit_fits(toks, j, width, entry, attached):
            unit, kind = entry
            unit, end = with_power(toks, j + width, unit)
            unit, end = product(toks, end, unit, lex)
            rate = rate_after(toks, end, lex)
            if rate is not None:  # a second denominator: "2 mg/kg per day", "J/m^2 per year"
                again = rate_after(toks, rate[1], lex)
                if again is not None:
                    return Suffix(again[1], f"{unit} / {rate[0]} / {again[0]}", kind)
                return Suffix(rate[1], f"{unit} / {rate[0]}", kind)
            return Suffix(end, unit, kind)
        cur = lex.currencies.get(surface)
        if cur is not None and currency_after_fits(toks, j, width, cur[1]):
            rate = rate_after(toks, j + width, lex)  # "9,810 dollars per tonne"
            if rate is not None:
                return Suffix(rate[1], price_unit(cur[0], rate[0]), "currency")
            return Suffix(j + width, cur[0], "currency")
        if surface in lex.subunits and (width > 1 or surface != "p" or attached):
            return Suffix(j + width, lex.subunits[surface], "cents")  # lexicon/subunits.tsv
    return None


def _guarded_unit(toks: list[Token], j: int, lex: Lexicon) -> Suffix | None:
    """A name of quantulum3's that is an ordinary word too ("bar", "knots", "bytes"; kept
    out by units_skip.tsv), read as its unit where the sentence names before the figure
    what quantulum3 says it measures ("a pressure of 2 bar", "the speed was 30 knots")."""
    entry = lex.guarded_units.get(toks[j].low)
    if entry is None or toks[j].kind != "word" or not toks[j].text.islower() or not (
            entity_named_before(toks, j - 1, toks[j].low, lex, frozenset({entry[1]}))):
        return None
    return Suffix(j + 1, entry[0], "unit")


def _unit_entry(tok: Token, surface: str, width: int, lex: Lexicon) -> tuple[str, str] | None:
    """The (unit, kind) a surface of width tokens from tok names: as written in its case for
    one token ("Nm", "nm"), else in lower case, also hyphened ("9-percentage-point"), with
    abbreviation points ("sq. ft") or a superscript power ("mm²")."""
    if width == 1 and tok.text in lex.cased_units:
        return lex.cased_units[tok.text]
    entry = lex.units.get(surface)
    if entry is None and "-" in surface:
        entry = lex.units.get(surface.replace("-", " "))
    if entry is None and "." in surface.rstrip("."):
        entry = lex.units.get(surface.replace(".", ""))
    if entry is None and surface == tok.low + "." and tok.text in lex.cased_units:
        return lex.cased_units[tok.text]  # "1.2 Mt." is megatonnes, as "1.2 Mt" is
    if entry is None and width == 1:
        entry = superscripted(tok.text, lex)
    return entry


def _unit_fits(toks: list[Token], j: int, width: int, entry: tuple[str, str],
               attached: bool) -> bool:
    """Short symbols ("m", "c", "in", "t") only count when they touch the digits."""
    surface = joined(toks, j, j + width)
    if surface in _QUOTES:
        return attached and not _closes_quote(toks, j)  # 'a 55" TV', not '"lost 8"'
    if surface in _PRIMES:  # "an altitude of 30' when", not a closing quote: "owe 30'."
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and nxt.kind == "num" and nxt.start == toks[j].end:
            return attached  # 6'2"
        return attached and nxt is not None and nxt.kind == "word" and nxt.text.islower() and (
            nxt.start > toks[j].end
        )
    if entry[0] in _AGO_UNITS and not _before_ago(toks, j):
        return False  # "Ma" is a name but in "66 Ma ago"
    if len(surface) == 1 and toks[j].text not in SINGLE_LETTER_UNITS and not (
            negative_power(toks, j + 1) or product_follows(toks, j + 1, lexicon())
            or _symbol_rate(toks, j) or _spaced_capital_symbol(toks, j)
            or is_kelvin(toks, j - 1, j, lexicon()) or spaced_before_stop(toks, j, surface)
            or spaced_clock_unit(toks, j, entry[0])):
        return False  # "4e14 s-1", "250 N·m", "1.3 A/cm2", "cooled to 4 K"
    if entry[1] == "temp" and len(surface) == 1 and not toks[j].text.isupper():
        return False
    lex = lexicon()
    word_like = surface in _ATTACHED_ONLY or (width == 1 and toks[j].text in lex.attached_only)
    if not attached and word_like and not (_spaced_symbol_fits(toks, j, width, lex) or (
            entity_named_before(toks, j - 1, surface, lex)) or spaced_relative(
            toks, j, entry[1], lex)):
        return False
    end = j + width
    nxt = toks[end] if end < len(toks) else None
    # a letter run continuing the symbol ("5 km" fine, "5 min" vs "5 minister")
    return not (nxt is not None and nxt.kind == "word" and nxt.start == toks[end - 1].end) and (
        not designation_at(toks, j))  # "two F-35 jets", "three C-130s": a model's name


def designation_at(toks: list[Token], k: int) -> bool:
    """A model's designation at tokens[k]: capitals, a hyphen and digits written together
    before a lower-case word ("F-35 fighters", "C-130s", "K-9 vans"), a name, not a unit
    symbol and a figure ("30 C-40 C" is a range)."""
    return k + 3 < len(toks) and toks[k].kind == "word" and toks[k].text.isupper() and (
        toks[k + 1].text in "-‐" and toks[k + 1].start == toks[k].end
        and toks[k + 2].kind == "num" and toks[k + 2].start == toks[k + 1].end
        and toks[k + 3].kind == "word" and toks[k + 3].text.islower())


_AGO = frozenset({"ago", "bp"})
_AGO_UNITS = frozenset({"kiloyear", "megayear", "gigayear"})


def _before_ago(toks: list[Token], j: int) -> bool:
    """ "66 Ma ago", "2.5 Ga ago", "12 ka BP": symbols of thousands, millions and billions
    of years (units_cased.tsv) are read only before "ago" or "BP" (elsewhere "Ma" is a
    name)."""
    return j + 1 < len(toks) and toks[j + 1].low in _AGO


def _symbol_rate(toks: list[Token], j: int) -> bool:
    """ "1.3 A/cm2", "5 N/m2": a one-letter symbol divided by a unit symbol touching it (not
    "A/B", two letters)."""
    return toks[j].text in lexicon().cased_units and _slash_follows(toks, j + 1) and not (
        toks[j + 2].text.isupper() and len(toks[j + 2].text) == 1)


def _spaced_capital_symbol(toks: list[Token], j: int) -> bool:
    """ "a force of 12 N.", "40 J of energy", "a fuse of 13 A)": symbols.capital_symbol_ends,
    apart from the figure as touching it."""
    return capital_symbol_ends(toks, j, lexicon())


def _after_feet(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """Does a length in feet come just before the figure of the symbol at j ("5 ft 6 in")?"""
    if j < 3 or toks[j - 1].kind != "num":
        return False
    unit = lex.units.get(toks[j - 2].low)
    return unit is not None and unit[0] == "foot"


def _spaced_symbol_fits(toks: list[Token], j: int, width: int, lex: Lexicon) -> bool:
    """Is a symbol that is also a word or letter, apart from its figure, the unit: before a
    rate ("2 kb per second"), a power or a product ("3 s-1", "30 m s-1"), or where its own
    rule says so ("5 m", "75 F", "(930,000 mi)")? "in" before a rate is no inch: "7 in a
    week" is how often."""
    surface, k = joined(toks, j, j + width), j + width
    nxt = toks[k] if k < len(toks) else None
    if toks[j].text == "L" and (nxt is None or nxt.start > toks[j].end or (nxt.kind == "sym"
                                 and nxt.text not in "-‐")):
        return True  # "a 2 L bottle" (a capital L is no word; "L-shaped" is)
    if surface == "in" and _after_feet(toks, j, lex):
        return True  # "5 ft 6 in long"
    return spaced_clock_unit(toks, j, lex.units.get(surface, ("", ""))[0]) or (
        surface != "in" and rate_after(toks, k, lex) is not None) or (
        surface == "m" and spaced_metres(toks, j, lex)) or _length_before_extent(
        toks, j, surface, lex) or _spaced_degrees(toks, j) or (
        spaced_before_stop(toks, j, surface) or _slash_follows(toks, k)
        or with_power(toks, k, "unit")[1] > k
        or negative_power(toks, k) > 0 or product_follows(toks, k, lex))




def _length_before_extent(toks: list[Token], j: int, surface: str, lex: Lexicon) -> bool:
    """ "3 mi away", "40 ly away", "12 hm long": a spaced symbol that quantulum3 lists for a
    length (its entity) is that length before a word of extent ("in" is a word here:
    "2 in long" stays its own rule's)."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return surface != "in" and nxt is not None and nxt.low in EXTENT_WORDS and (
        "length" in lex.unit_entities.get(surface, frozenset()))


_QUOTES = frozenset('"”')
_QUOTE_LOOKBACK = 40  # tokens: a quotation opened further back is not this sentence's


def _closes_quote(toks: list[Token], j: int) -> bool:
    """Does the double quote at tokens[j] close a quotation opened before it in its sentence
    (an odd number of quotes before it), rather than mark inches?"""
    opened = 0
    for k in range(j - 1, max(-1, j - _QUOTE_LOOKBACK), -1):
        text = toks[k].text
        if text in ".!?" and k + 1 < len(toks) and toks[k + 1].start > toks[k].end:
            break
        if text in ('"', "“", "”"):
            opened += 1
    return opened % 2 == 1


def _spaced_degrees(toks: list[Token], j: int) -> bool:
    """ "75 F in the shade", "a low of -3 C.": a capital C or F apart from its figure is
    degrees when no capitalised word follows it (not "5 C Street")."""
    if toks[j].text not in ("C", "F"):
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or nxt.kind != "word" or not nxt.text[:1].isupper()


def _slash_follows(toks: list[Token], k: int) -> bool:
    """ "3 m/s", "1.2 g/cm3", "30 L/min": a symbol with a rate touching it is a unit."""
    return k + 1 < len(toks) and toks[k].text == "/" and toks[k].start == toks[k - 1].end and (
        toks[k + 1].start == toks[k].end and toks[k + 1].kind == "word")
