"""Powers of ten written after a figure ("3 x 10^8", "1.6×10⁻¹⁹", "4e14") or alone ("10^5",
"10⁵", "10⁻³"); powers of another whole base with a caret ("2^10", "8 x 2^10")."""

from __future__ import annotations

from factcheck.extract.tokens import Token

_TIMES = frozenset({"×", "x", "X", "*", "·"})
_MINUS = frozenset({"-", "−", "–", "⁻"})
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def exponent(toks: list[Token], k: int) -> tuple[int, int] | None:
    """ "×10−30", "x 10^8", "×10⁻¹⁹", "e23", "e-3" after a figure: the power of ten, and the
    index after it. The exponent must touch what comes before it ("3 x 10 m" is no power)."""
    if k >= len(toks):
        return None
    tok = toks[k]
    if tok.text in ("e", "E") and tok.start == toks[k - 1].end:
        j = k + 1
    elif tok.text in _TIMES and k + 1 < len(toks) and toks[k + 1].text == "10":
        j = k + 2
        if j < len(toks) and toks[j].text == "^" and toks[j].start == toks[j - 1].end:
            j += 1
    else:
        return None
    sign = 1
    if j < len(toks) and toks[j].text in _MINUS | {"+"} and toks[j].start == toks[j - 1].end:
        sign = -1 if toks[j].text != "+" else 1
        j += 1
    if j >= len(toks) or toks[j].start != toks[j - 1].end:
        return None
    digits = toks[j].text.translate(_SUPERSCRIPTS)
    if not digits.isdigit() or len(digits) > 3:
        return None
    return sign * int(digits), j + 1


def power_of_ten(toks: list[Token], i: int) -> tuple[int, int] | None:
    """ "10^5", "10⁵", "10⁻³" written alone: 10 raised to a power touching it, as the power
    to scale the 10 by (4 for "10⁵") and the index after it."""
    if toks[i].text != "10":
        return None
    j = i + 1
    caret = j < len(toks) and toks[j].text == "^"
    j += caret
    if j < len(toks) and toks[j].text in _MINUS and j > i + caret:
        j += 1  # "10^-3"; "10⁻³" (the superscript minus is a token of its own)
    elif j < len(toks) and toks[j].text == "⁻":
        j += 1
    if j >= len(toks) or any(toks[k].start != toks[k - 1].end for k in range(i + 1, j + 1)):
        return None
    digits = toks[j].text.translate(_SUPERSCRIPTS)
    if not digits.isdigit() or len(digits) > 3 or caret == (digits != toks[j].text):
        return None  # "10^5" in plain digits, "10⁵" in superscript ones
    sign = -1 if j > i + 1 + caret else 1
    return sign * int(digits) - 1, j + 1


_MAX_POWER = 64  # "2^64": larger powers are no amounts a text states


def caret_power(toks: list[Token], i: int) -> tuple[int, int] | None:
    """ "2^10", "16^4": a whole base other than 10 raised by a caret to a whole power, all
    touching, at tokens[i]: the value (1024) and the index after it."""
    if i + 2 >= len(toks) or toks[i + 1].text != "^" or not toks[i].text.isdigit():
        return None
    power = toks[i + 2].text
    if not power.isdigit() or int(power) > _MAX_POWER or toks[i].text == "10" or any(
            toks[k].start != toks[k - 1].end for k in (i + 1, i + 2)):
        return None
    return int(toks[i].text) ** int(power), i + 3


def times_power(toks: list[Token], k: int) -> tuple[int, int] | None:
    """ "x 2^10", "×2^16" after a figure: the factor (1024) and the index after it."""
    if k + 1 >= len(toks) or toks[k].text not in _TIMES:
        return None
    return caret_power(toks, k + 1)
