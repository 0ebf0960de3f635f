"""Whether a figure measures a change: the verb, noun or sign of change around it, and the
readings that are no change although a change word is near ("raised £50,000", "sank 12
miles north of", "retreated 900 metres", "dropped 2 inches of rain"). The words are data:
changes.tsv roles amount, location, displacement and deposit."""

from __future__ import annotations

from factcheck.extract.directions import LEVEL_WORDS, change_after, change_of
from factcheck.extract.qualifiers import Prefix
from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon

RELATIVE = frozenset({"percent", "percentage_point", "basis_point"})
# level words after which an explicit plus still marks a change ("futures were +3.6%")
_COPULAS = frozenset({"was", "were", "is", "are", "be", "been", "at", "stood"})


def figure_change(toks: list[Token], prefix: Prefix, end: int, unit: str, noun: str | None,
                  lex: Lexicon) -> str | None:
    """The change a figure measures: a verb or noun of change around it, except for a
    distance moved ("retreated 900 metres"); a written sign in a market list ("-1.1%")."""
    after = None if _verb_after(toks, prefix.first, end, noun, lex) else change_after(
        toks, end, lex, unit)
    change = prefix.change or after or change_of(
        toks, prefix.first, lex, unit) or _modified_change_noun(toks, prefix.first, end, lex)
    if change is None and _taken_off(toks, prefix.first, end, unit, lex):
        return "decrease"
    if change is None and _added_on(toks, prefix.first, end, unit, lex):
        return "increase"
    if change and (moved_distance(toks, prefix.first, unit, lex) or named_amount(
            toks, prefix.first, end, unit, lex) or at_location(toks, end, unit, lex)
            or amount_of_stuff(toks, prefix.first, end, unit, lex)
            or _counted_object(toks, prefix.first, unit, noun, lex)
            or _building_height(toks, prefix.first, noun, lex)):
        return None
    if prefix.sign and change is None and _signed_change(toks, prefix, end, unit, noun, lex):
        return "decrease" if prefix.sign == "-" else "increase"
    return change


_QUOTE_LINKS = frozenset({"at", "to"})  # "Brent +$1.05 at $79.40": the change, then the price
_MARKET_LOOKBACK = 4  # tokens before a copula where a market's name makes it a price list


def _signed_change(toks: list[Token], prefix: Prefix, end: int, unit: str, noun: str | None,
                   lex: Lexicon) -> bool:
    """Is a figure with a written sign a change of the direction its sign gives? In a price
    list: "Nasdaq -1.1%", "futures were +3.6%", "the Kospi was -0.6%" (a market's name,
    role index in context.tsv, before the copula, or a currency just before it: "the yen was
    −0.5%"), "Brent +$1.05 at $79.40", "412.6p
    (-8.4p)". Not a level: "inflation was -0.3%", "from -2 to +5 points", "net cash was
    -£2m", a temperature."""
    before = toks[prefix.first - 1].low if prefix.first > 0 else ""
    money = unit[:3].isupper()
    if not (unit in RELATIVE or noun == "points" or money):
        return False
    if money:
        quoted = end + 1 < len(toks) and toks[end].low in _QUOTE_LINKS and (
            toks[end + 1].kind == "num" or toks[end + 1].low in lex.currencies)
        if before in LEVEL_WORDS and before not in _COPULAS and not quoted:
            return False  # "swung from +£3m to -£5m", "a surplus of +$2bn": levels
        return prefix.sign == "+" or before == "(" or quoted or (
            before not in LEVEL_WORDS and _signed_list(toks, prefix.first))
    if before not in LEVEL_WORDS or (prefix.sign == "+" and before in _COPULAS):
        return True
    if before in _COPULAS and prefix.first > 1 and toks[prefix.first - 2].low in lex.currencies:
        return True  # "the yen was −0.5%", "sterling was -0.3%": a currency's move
    return before in _COPULAS and any(
        lex.has_role(tok.low, "index")
        for tok in toks[max(0, prefix.first - 1 - _MARKET_LOOKBACK) : prefix.first - 1])


_SIGNS = frozenset("+-−")
_LIST_REACH = 24  # tokens each side of a figure where a list's other signed moves stand


def _signed_list(toks: list[Token], first: int) -> bool:
    """Does another figure of the sentence carry a written sign after a name, as in a list
    of moves ("gold +$12.40, silver -$0.31", "oats -2.25 cents, soybeans +4.5 cents")? A
    minus on a sum of money is then a fall, as a plus is a rise; alone it may be a level
    ("net cash -£2m")."""
    for k in range(max(1, first - _LIST_REACH), min(len(toks) - 1, first + _LIST_REACH)):
        tok = toks[k]
        if k == first or tok.text not in _SIGNS or tok.end != toks[k + 1].start:
            continue
        if toks[k - 1].kind == "word" and toks[k - 1].end < tok.start and (
                toks[k - 1].low not in LEVEL_WORDS):
            return True
    return False


_NOUN_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "this"})
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your"})


def _verb_after(toks: list[Token], first: int, end: int, noun: str | None,
                lex: Lexicon) -> bool:
    """ "A daily walk of 30 minutes cut the risk", "a dose of 2.5 milligrams lowered its
    odds", "the 30 council workers cut the verges": a change word after the figure and
    before a determiner is a verb whose subject holds the figure, not a change noun of it.
    A noun phrase the figure opens after its own determiner, with no counted noun ending it,
    keeps the noun: "after a 4% rise the day before", "the 10% cut the council approved".
    Comparatives stay: "3% higher the next day"."""
    return end + 1 < len(toks) and toks[end].low in lex.change_nouns and (
        toks[end + 1].low in _OBJECT_DETERMINERS) and (
        first == 0 or noun is not None or toks[first - 1].low not in _NOUN_DETERMINERS)


_MODIFIERS = 3  # words that say what changed between a figure and its change noun


def _modified_change_noun(toks: list[Token], first: int, end: int, lex: Lexicon) -> str | None:
    """ "a 3% pay rise", "the 10% budget cut", "a 4.99% council tax rise", "a 6% state
    pension increase": a change noun after up to three words that say what changed, in a
    noun phrase the figure opens after its determiner."""
    if first == 0 or toks[first - 1].low not in _NOUN_DETERMINERS:
        return None
    for k in range(end, min(end + _MODIFIERS, len(toks) - 1)):
        word, noun = toks[k], toks[k + 1]
        if word.kind != "word" or not word.text.islower() or word.low in lex.stopwords or (
                word.low in lex.change_nouns or word.low in lex.change_verbs
                or noun.start != word.end + 1):
            return None
        if noun.low in lex.change_nouns:  # not a verb with its object: "the 30 council
            verb = k + 2 < len(toks) and toks[k + 2].low in _OBJECT_DETERMINERS  # workers cut
            return None if verb else lex.change_nouns[noun.low]  # the grass"
    return None


def _building_height(toks: list[Token], first: int, noun: str | None, lex: Lexicon) -> bool:
    """ "the tower will rise 40 storeys", "the hotel soars 60 floors over the bay": a verb of
    rising (context.tsv, role rising) right before a count of a building's levels (role
    storey) gives its height, not a change ("added two storeys" is one)."""
    return first > 0 and noun is not None and lex.has_role(noun.split()[-1], "storey") and (
        lex.has_role(toks[first - 1].low, "rising"))


# counts a verb of loss or gain changes rather than names: a standing ("lost 3 places"), the
# audience a business keeps ("lost 1.8 million subscribers"), the people a place holds ("Japan
# has lost 5 million people since 2010") or the jobs it has ("cut 1,500 jobs"); but "lost 140
# ewes" names them. A population or a workforce read as a level there would be held against
# the stock it is a change of.
_CHANGE_COUNTS = frozenset({"points", "point", "places", "place", "spots", "seats", "notches",
                            "subscribers", "customers", "users", "members", "followers",
                            "viewers", "listeners", "readers", "people", "residents",
                            "inhabitants", "citizens", "jobs", "workers", "staff", "employees",
                            "posts", "positions", "roles"})


def _counted_object(toks: list[Token], first: int, unit: str, noun: str | None,
                    lex: Lexicon) -> bool:
    """ "police recovered 1,250 stolen bicycles", "they raised four children": a verb that
    also takes things as its object (changes.tsv, role object) right before a count of
    things names them, not a change ("recovered 40 points" is one)."""
    return first > 0 and not unit and noun is not None and (
        noun.split()[-1] not in _CHANGE_COUNTS) and "object" in lex.change_roles.get(
        toks[first - 1].low, ())


def named_amount(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "the charity raised £50,000", "the airline lost $91m in the first half": a verb of
    amount (changes.tsv, role amount) right before a sum of money names the sum, not a change.
    A price's move stays a change: a price per unit ("lost $2 a barrel"), a move quoted with
    the level it led to ("gold lost $14 to $2,611", "down 3p at 212p"), a market or a currency
    just before the verb ("sterling lost 2 cents", "shares lost 30p")."""
    if first == 0 or not unit[:3].isupper() or "/" in unit or "amount" not in (
            lex.change_roles.get(toks[first - 1].low, ())):
        return False
    if end + 1 < len(toks) and toks[end].low in _QUOTE_LINKS and (
            toks[end + 1].kind == "num" or toks[end + 1].low in lex.currencies):
        return False
    return not any(tok.low in lex.currencies or lex.has_role(tok.low, "index")
                   for tok in toks[max(0, first - 1 - _MARKET_LOOKBACK) : first - 1])


def amount_of_stuff(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "the storm dropped 2 inches of rain", "planes dropped 40 tons of bombs": a verb that
    also means to let fall (changes.tsv, role deposit) before a measure "of" a bare noun
    names an amount of that stuff, not the change of a quantity ("rainfall dropped 2
    inches" and "lost 3 km3 of ice" stay changes)."""
    if not unit or unit[:3].isupper() or end + 1 >= len(toks) or toks[end].low != "of":
        return False
    if first == 0 or "deposit" not in lex.change_roles.get(toks[first - 1].low, ()):
        return False
    nxt = toks[end + 1]
    return nxt.kind == "word" and nxt.text.islower() and nxt.low not in lex.stopwords and (
        unit not in ("percent", "percentage_point", "basis_point"))


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your", "my"})


def at_location(toks: list[Token], end: int, unit: str, lex: Lexicon) -> bool:
    """ "sank 12 nautical miles north of the island", "stopped 3 km short of": a length
    before a word of place (changes.tsv, role location) is a position, not a change; before
    a preposition of a path (role path: "sunk 1,200 metres into the rock", "climbs 2 km
    through the forest", "fell 6 feet from a window") it is a distance moved through space.
    Not before a figure or the subject's own level: "rose 2 metres from 3.1 metres", "fell 3
    metres from its spring level"."""
    roles = lex.change_roles.get(toks[end].low, ()) if end < len(toks) else ()
    if end + 1 < len(toks) and (toks[end + 1].kind == "num" or toks[end + 1].low in (
            lex.numbers) or (toks[end].low == "from" and toks[end + 1].low in _POSSESSIVES)):
        return False  # "rose 2 metres from 3.1 metres", "fell 3 metres from its spring
        # level": the level it changed from, the subject's own
    return unit in lex.length_units and ("location" in roles or "path" in roles)


def moved_distance(toks: list[Token], first: int, unit: str, lex: Lexicon) -> bool:
    """ "the glacier retreated 900 metres", "advanced by 2 km": a verb of displacement before
    a length is a distance moved, not a change."""
    k = first - 1
    if k > 0 and toks[k].low == "by":
        k -= 1
    return k >= 0 and unit in lex.length_units and (
        "displacement" in lex.change_roles.get(toks[k].low, ()))


def _taken_off(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "shaved 4 seconds off the record", "knocked £50 off the price", "wiped 3% off the
    index": a verb of removal (context.tsv role remove) before a measure and "off" after it.
    Not a gap: "closed 3% off its high", "6 miles off the coast" (no verb of removal)."""
    return bool(unit) and first > 0 and end < len(toks) and toks[end].low == "off" and (
        lex.has_role(toks[first - 1].low, "remove"))


def _added_on(toks: list[Token], first: int, end: int, unit: str, lex: Lexicon) -> bool:
    """ "the levy adds R12 a month to household bills", "adding £98 a year to a typical
    bill", "the tariff will add 2% to prices": a verb of adding (changes.tsv, role
    displacement) before a sum of money or a relative measure and "to" after it is the rise
    of what it is added to, as "knocked £50 off the price" is its fall. A length or a power
    added is an extent ("adds half a mile to the runway"); "add 84 beds" has no "to"."""
    if first == 0 or end + 1 >= len(toks) or toks[end].low != "to" or (
            toks[end + 1].kind == "num"):
        return False
    money = unit[:3].isupper()
    return (money or unit in RELATIVE) and "displacement" in lex.change_roles.get(
        toks[first - 1].low, ())
