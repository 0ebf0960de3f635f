"""Day numbers: "July 31", "Aug. 14", "12 March", "3 of May", and the other end of a span of
days whose one end stands by its month ("between 1 and 3 March", "June 4 to 9")."""

from __future__ import annotations

from factcheck.extract.tokens import Token
from factcheck.lexicon import Lexicon


def is_day(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the number at tokens[i] a day of a month, by its month or in a span of days?"""
    if not _is_day(toks[i]):
        return False
    return _day_by_month(toks, i, lex) or _day_range_end(toks, i, lex)


def _is_day(tok: Token) -> bool:
    value = tok.text
    return value.isdigit() and len(value) <= 2 and 0 < int(value) <= 31


def _day_by_month(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "July 31", "Aug. 14", "12 March", "3 of May": a day number beside its month."""
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if is_month(prev, lex) or (
        prev is not None and prev.text == "." and i > 1 and is_month(toks[i - 2], lex)
        and _adjacent(toks[i - 2], prev)  # "Aug. 14", not "... in July. 31 people"
    ):
        return True
    if nxt is not None and is_month(nxt, lex):
        return True
    return bool(nxt is not None and nxt.low == "of" and i + 2 < len(toks) and is_month(
        toks[i + 2], lex
    ))


_DAY_LINKS = frozenset({"and", "to", "-", "‐", "–", "—", "through", "until", "till"})


def _day_range_end(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """ "between 1 and 3 March", "from 4 to 9 June", "12-14 May", "June 4 to 9": the other
    end of a span of days whose one end stands by its month is a day too."""
    k = i + 2
    if k < len(toks) and toks[i + 1].low in _DAY_LINKS and _is_day(toks[k]) and (
            _day_by_month(toks, k, lex) and not is_month(toks[k - 1], lex)):
        return True
    k = i - 2
    return k >= 0 and toks[i - 1].low in _DAY_LINKS and _is_day(toks[k]) and (
        _day_by_month(toks, k, lex) and not (i + 1 < len(toks) and is_month(toks[i + 1],
                                                                             lex)))


def is_month(tok: Token | None, lex: Lexicon) -> bool:
    """Is tok a month's name, capitalised ("March", "Aug"; role month in context.tsv)?"""
    return tok is not None and tok.text[:1].isupper() and lex.has_role(tok.low, "month")


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start
