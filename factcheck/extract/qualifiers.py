"""The words before a figure: currency sign, bound ("more than") and change ("rose by")."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.extract.directions import change_before
from factcheck.extract.guarded import money_word_fits
from factcheck.extract.numbers import Number
from factcheck.extract.tokens import Token, joined
from factcheck.lexicon import Lexicon, lexicon


@dataclass(frozen=True, slots=True)
class Prefix:
    first: int  # index of the first token of the claim's surface
    currency: str | None
    bound: str
    change: str | None
    sign: str = ""  # "-" or "+" written with the figure ("-1.1%", "+0.4%", "minus 5")


def currency_before(toks: list[Token], i: int, lex: Lexicon) -> tuple[str | None, int]:
    """An ISO code for the sign or code just before tokens[i] ("$", "US$", "Rs", "USD")."""
    if i == 0 or toks[i - 1].low not in lex.currency_ends:
        return None, i
    for width in (3, 2, 1):
        j = i - width
        if j < 0:
            continue
        surface = joined(toks, j, i)
        entry = lex.currencies.get(surface)
        if entry and entry[1] in ("pre", "both") and toks[i - 1].end + 1 >= toks[i].start:
            if width > 1 or toks[j].kind != "word" or _word_is_currency(toks, j, lex):
                return entry[0], j
    return None, i


def _word_is_currency(toks: list[Token], j: int, lex: Lexicon) -> bool:
    """ "USD 5m", "Rs 450 crore", "KSh 5,000": a currency word before a number (in upper
    case, or one that only ever stands before a figure: currencies.tsv position pre)."""
    tok = toks[j]
    if tok.text in GUARDED_PREFIXES:
        return guarded_currency(toks, j + 1, lex)
    entry = lex.currencies.get(tok.low)  # "Rs", "RM", "KSh": a word only before a figure
    return tok.text.isupper() or (entry is not None and entry[1] == "pre")


# Prefixes that are money only before a figure that shows a decimal point, a thousands
# comma or a scale word, after a verb of money (context.tsv role money) or before a rate:
# "PS2.7m" (the £ of wire copy passed through ASCII, not the PS5 console), "R5,000", "costs
# R18", "R12 a month" (South African rand, not R2-D2 or "the R32 model").
GUARDED_PREFIXES = frozenset({"PS", "R"})


def guarded_currency(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is tokens[i] a figure of money after a guarded prefix ("PS2.7m", "R5,000")?"""
    if i >= len(toks) or i == 0 or toks[i - 1].text not in GUARDED_PREFIXES:
        return False
    if toks[i].kind != "num" or toks[i - 1].end != toks[i].start:
        return False
    if "." in toks[i].text or "," in toks[i].text:
        return True
    after = [t.low for t in toks[i + 1 : i + 3]]  # "R12 a month": a rate
    return (bool(after) and after[0] in lex.scales) or (i > 1 and lex.has_role(
        toks[i - 2].low, "money")) or after in _RATES  # "costs R18", "worth R500"


_RATES = [[a, p] for a in ("a", "an", "per") for p in ("day", "week", "month", "year", "hour")]


def bound_before(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    """The bound phrase ending just before tokens[i], and where it starts: a phrase of
    bounds.tsv ("more than", "up to"), or a comparative of changes.tsv and "than" ("cooler
    than 22C" is under, "heavier than 20kg" over); after "no", "not" or "never" a bound
    above or below is the opposite limit ("no higher than 5%" is at most 5%, "no cooler
    than 22C" at least 22C)."""
    if i == 0 or toks[i - 1].low not in lex.bound_ends:
        return "exact", i
    bound, j = _bound_phrase(toks, i, lex)
    if bound in _NEGATED and j > 0 and toks[j - 1].low in ("no", "not", "never"):
        return _NEGATED[bound], j - 1
    return bound, j


_NEGATED = {"over": "at_most", "under": "at_least"}


def _bound_phrase(toks: list[Token], i: int, lex: Lexicon) -> tuple[str, int]:
    for width in range(lex.max_bound_words, 0, -1):
        j = i - width
        if j < 0:
            continue
        bound = lex.bounds.get(joined(toks, j, i))
        if bound is not None:
            return bound, j
    if i > 1 and toks[i - 1].low == "than":
        direction = lex.comparative_directions.get(toks[i - 2].low)
        if direction:
            return ("over" if direction == "increase" else "under"), i - 2
    return "exact", i


_SIGN_LEADS = frozenset({"at", "to", "of", "from", "was", "is", "be", "hit", "reached", "and",
                         "or", "by", "with", "minus", "negative", "a"})


_SIGN_AFTER = frozenset("$€£¥(,;:[")


def _sign(toks: list[Token], i: int) -> tuple[int, str]:
    """Tokens taken by a sign before tokens[i], and the sign: "minus 5", "minus-130",
    "$-50.8bn", "-5", "−9", and in market lists "Nasdaq -1.1%", "Dow +0.4%". "plus or
    minus 3 points", "plus/minus 2 mm" is a tolerance, no sign: its three words are taken."""
    if i > 0 and toks[i - 1].low in ("minus", "negative"):
        if i > 2 and toks[i - 3].low == "plus" and toks[i - 2].low in ("or", "/"):
            return 3, ""
        return 1, "-"
    if i == 0 or toks[i - 1].text not in "-−+" or toks[i - 1].end != toks[i].start:
        return 0, ""
    sign = "+" if toks[i - 1].text == "+" else "-"
    before = toks[i - 2] if i > 1 else None
    if before is None or before.end < toks[i - 1].start or before.text in _SIGN_AFTER:
        return 1, sign  # apart from what comes before, touching the figure: "FTSE 100 -0.2%"
    if before.kind == "word" and before.low not in ("minus", "negative"):
        return 0, ""  # a hyphen, not a minus: "0-to-60", "200,000 to-260,000"
    if before.low in _SIGN_LEADS:
        return (2 if before.low in ("minus", "negative") else 1), sign
    return 0, ""


_MODALS = frozenset({"may", "might", "could", "can", "will", "would", "should", "to", "must"})


def _forecast(toks: list[Token], verb: int, lex: Lexicon) -> bool:
    """Is the verb of motion at tokens[verb] a forecast ("may rise", "could fall", "is set
    to climb"), whose "up to" bounds the change rather than naming the level reached?"""
    return verb > 0 and toks[verb - 1].low in _MODALS and toks[verb].low in lex.change_verbs


def read_prefix(toks: list[Token], i: int, lex: Lexicon) -> Prefix:
    """Currency, bound and change for the figure starting at tokens[i]."""
    taken, sign = _sign(toks, i)
    i -= taken
    currency, first = currency_before(toks, i, lex)
    if currency is not None and not taken:
        taken, sign = _sign(toks, first)
        first -= taken
    bound, start = bound_before(toks, first, lex)
    if bound != "exact" and start > 0 and toks[start - 1].low in lex.motion_words:
        phrase = joined(toks, start, first)
        if phrase == "up to" and not _forecast(toks, start - 1, lex):
            return Prefix(start, currency, "exact", None, sign)  # "output climbed up to
            # 410,000 barrels": the level reached; "may rise up to 5%" bounds a change
        if "threshold" in lex.change_roles.get(phrase, ()):  # "may dip below minus 15C"
            return Prefix(start, currency, bound, None, sign)
    first = start
    if bound == "exact" and first > 0 and toks[first - 1].low in ("a", "an") and (
        currency is None
    ):
        b2, j = bound_before(toks, first - 1, lex)  # "about a third"
        if b2 != "exact":
            bound, first = b2, j
    lead = first - 1 if first > 0 and toks[first - 1].low == "between" else first
    change, at = change_before(toks, lead, lex)  # "rise by between 3% and 4%": a change
    return Prefix(at if change else first, currency, bound, change, sign)


_SPANS = frozenset({"year", "month", "week", "day", "hour", "minute", "decade", "decade_of_years",
                    "century"})


def over_as_during(toks: list[Token], prefix: Prefix, unit: str, lex: Lexicon) -> Prefix:
    """ "rose 5% over 12 months", "ignored 27 warnings over 18 months", "talks dragged on
    over 18 months", "the town grew over five years": "over" and a span of time after a
    figure, a noun, a verb or its particle is the period, not a bound; after a word of
    duration or a function word ("took over 18 months", "for over 20 years", "lasted over",
    "was over") or before "ago"/"later" it stays a bound."""
    k = prefix.first
    if prefix.bound != "over" or unit not in _SPANS or toks[k].low != "over" or k == 0:
        return prefix
    before = toks[k - 1]
    if (before.kind == "sym" and before.text != "%") or _bound_after_span(toks, k, lex):
        return prefix
    if before.kind == "word" and (lex.has_role(before.low, "duration") or (
            before.low in lex.stopwords and before.low not in _PARTICLES
            and before.low not in lex.change_verbs)):
        return prefix
    return replace(prefix, first=k + 1, bound="exact", change=None)  # a period changes not


_PARTICLES = frozenset({"on", "out", "off", "up", "down", "along", "back"})
_PASSING = frozenset({"passed", "crossed", "passes", "crosses"})
_PASSED_BY = frozenset({"from", "of", "off", "away", "behind", "ahead", "above", "below",
                        "beneath", "over", "under", "by", "short"})


def passed_by(toks: list[Token], prefix: Prefix, end: int) -> Prefix:
    """ "capacity passed 1,000 GW" crosses a line (over); "the probe passed 4.2 million
    kilometres from Earth", "the ball crossed 2 metres over the bar" tell how far away
    something went by, a distance, exact."""
    k = prefix.first
    if prefix.bound != "over" or toks[k].low not in _PASSING:
        return prefix
    if end < len(toks) and toks[end].low in _PASSED_BY:
        return replace(prefix, first=k + 1, bound="exact")
    return prefix
_AFTER_SPAN = frozenset({"ago", "later", "earlier", "old", "before", "after", "since"})


def _bound_after_span(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """Is the span after "over" at k followed by a word that makes it an amount of time
    ("over 10 years ago", "over 20 years later", "aged over 5 years old")?"""
    m = k + 1
    while m < len(toks) and (toks[m].kind == "num" or toks[m].low in lex.numbers):
        m += 1
    return m + 1 < len(toks) and toks[m + 1].low in _AFTER_SPAN


def odd_approx(toks: list[Token], num: Number, prefix: Prefix) -> tuple[Number, Prefix]:
    """ "60-odd people", "sixty-odd": "-odd" after a number makes it approximate and is part
    of the figure, not of its noun."""
    k = num.end
    if k + 1 < len(toks) and toks[k].text in "-‐" and toks[k].start == toks[k - 1].end and (
            toks[k + 1].low == "odd"):
        bound = "approx" if prefix.bound == "exact" else prefix.bound
        return replace(num, end=k + 2), replace(prefix, bound=bound)
    return num, prefix


def currency_after_fits(toks: list[Token], j: int, width: int, position: str) -> bool:
    """May the currency surface of width tokens at j, listed with position ("pre", "post",
    "both"), stand after its figure here?"""
    return (position in ("post", "both") or _dollar_sign_after(toks, j, width)
            or _sign_after(toks, j, width)) and _currency_fits(toks, j, width)


def _sign_after(toks: list[Token], j: int, width: int) -> bool:
    """ "7.25 $", "40£", "900 ¥ a night": a currency sign (no letters) after the figure is its
    currency, as "12 €" is, unless a figure follows the sign: then it leads that figure
    ("5 $10 bills")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return width == 1 and not any(ch.isalnum() for ch in toks[j].text) and (
        nxt is None or nxt.kind != "num")


def _dollar_sign_after(toks: list[Token], j: int, width: int) -> bool:
    """ "12 C$", "4.50 A$", "300 HK$": a dollar written with its country's letters after the
    figure, the letters touching the sign (currencies.tsv lists them before the figure)."""
    last = toks[j + width - 1]
    return width > 1 and last.text == "$" and toks[j + width - 2].end == last.start


def _currency_fits(toks: list[Token], j: int, width: int) -> bool:
    tok = toks[j]
    if width == 1 and tok.low in ("won", "rand", "dong", "try", "rub", "sar", "lira"):
        return tok.text.isupper() or tok.low in ("rand", "lira") or money_word_fits(
            toks, j, lexicon())
    return True
