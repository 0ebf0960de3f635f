"""A stand-in for factcheck.context, for the TSVer benchmark only (not part of the library).

subject: the country, region or demonym nearest the claim; cues: every word of the
sentence; period: "between/from Y1 and/to Y2", "since Y1", "the decade before Y", decades
and "the 21st century", figures of a "from X to Y" mapped to the ends of the span, else
the year nearest the claim, else None. A bound after "never" is negated ("never dropping
below 60%" is at least 60%): work the extractor or context builder should do.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta

from factcheck.model import Bound, Claim, ClaimContext
from factcheck.reference.names import country_code

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_SPAN = re.compile(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|-|–)\s+(\d{4})\b"
                   r"|\b(\d{4})\s*[-–]\s*(\d{4})\b", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+(\d{4})\b", re.IGNORECASE)
WORLD = {"world", "world's", "global", "globally", "worldwide"}


def subjects(sentence: str, regions: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, entity name) of every country, region or demonym named in the sentence."""
    words = [(m.start(), m.group().rstrip(".")) for m in _WORD.finditer(sentence)]
    found: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            chunk = words[i:i + size]
            text = " ".join(w for _, w in chunk)
            inner = [w for _, w in chunk[1:]]
            if len(chunk) < size or (not text[:1].isupper() and text.lower() not in WORLD) or (
                    any(w[:1].islower() and w not in ("and", "of", "the") for w in inner)):
                continue
            key = re.sub(r"(?:'s|’s)$", "", text)
            if key.lower() in WORLD:
                found.append((chunk[0][0], "World"))
            elif key in regions:
                found.append((chunk[0][0], regions[key]))
            elif country_code(key):
                found.append((chunk[0][0], key))
            else:
                continue
            i += size - 1
            break
        i += 1
    return found


_DECADE_BEFORE = re.compile(r"\bdecade\s+(before|prior to|leading up to)\s+(\d{4})", re.IGNORECASE)
_NEVER = re.compile(r"\bnever\s+(?:\w+\s+){0,2}(below|under|exceed\w*|above|over)\W*$",
                    re.IGNORECASE)
_DECADE = re.compile(r"\b(?:the\s+)?(early|mid|late)?[\s-]*(1[89]\d0|20\d0)s\b", re.IGNORECASE)
_CENTURY = re.compile(r"\b21st century\b", re.IGNORECASE)
_FROM_TO = re.compile(r"\bfrom\b([^,;]{1,25}?\d[^,;]{0,12}?)\bto\b([^,;]{1,25}?\d[^,;]{0,12}?)"
                      r"\b(?:between|from|in)\s+(\d{4})\s+(?:and|to)\s+(\d{4})", re.IGNORECASE)


def _year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)\s+(\d{4})\b")
_SINCE_CHANGE = re.compile(r"\bhas since\b|\bsince then\b", re.IGNORECASE)


def period(sentence: str, claim: Claim, today: date) -> tuple[date, date] | None:
    since = _SINCE_CHANGE.search(sentence)
    if since and since.end() <= claim.start:  # "... has since decreased to under 35%"
        return None
    month = _MONTH.search(sentence)
    if month:
        first = datetime.strptime(f"{month.group(1)} {month.group(2)}", "%B %Y").date()
        last = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(1)
        return first, last
    before = _DECADE_BEFORE.search(sentence)
    if before:
        end = int(before.group(2)) - (0 if before.group(1).lower() == "leading up to" else 1)
        span_years = (end - 9, end)
        moved = re.search(r"\bfrom\b(.*?)\bto\b", sentence)
        if moved and moved.start(1) <= claim.start < moved.end(1):
            return _year(span_years[0])
        if moved and moved.end() <= claim.start:
            return _year(span_years[1])
        return date(span_years[0], 1, 1), date(span_years[1], 12, 31)
    moved = _FROM_TO.search(sentence)
    if moved:  # "rose from 1% to over 32% between 2012 and 2018": each figure its year
        if moved.start(1) <= claim.start < moved.end(1):
            return _year(int(moved.group(3)))
        if moved.start(2) <= claim.start < moved.end(2):
            return _year(int(moved.group(4)))
    span = _SPAN.search(sentence)
    if span:
        a, b = [int(g) for g in span.groups() if g]
        return date(a, 1, 1), date(b, 12, 31)
    decade = _DECADE.search(sentence)
    if decade:
        first = int(decade.group(2))
        part = (decade.group(1) or "").lower()
        lo, hi = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(part, (0, 9))
        return date(first + lo, 1, 1), date(first + hi, 12, 31)
    if _CENTURY.search(sentence):
        return date(2001, 1, 1), today
    since = _SINCE.search(sentence)
    if since:
        return date(int(since.group(1)), 1, 1), today
    years = []
    for m in _YEAR.finditer(sentence):
        between = sentence[m.end():claim.start] if m.end() <= claim.start else sentence[
            claim.end:m.start()]
        if re.search(r"\bto\b", between):  # "from 6.5% in 2000 to 17%": another figure's
            continue
        years.append((min(abs(m.start() - claim.end), abs(claim.start - m.end())),
                      int(m.group())))
    if years:
        year = min(years)[1]
        return date(year, 1, 1), date(year, 12, 31)
    return None


def negated(sentence: str, claim: Claim) -> Claim:
    """"never dropping below 60%" is at least 60%, "never exceeded 0.1%" at most 0.1%
    (the extractor reads the bound word alone)."""
    m = _NEVER.search(sentence[:claim.start + len(claim.text.split()[0])]
                      if claim.bound in ("under", "over") else sentence[:claim.start])
    if not m:
        return claim
    word = m.group(1).lower()
    bound: Bound = "at_least" if word in ("below", "under") else "at_most"
    return replace(claim, bound=bound)


def contexts(sentence: str, claims: list[Claim], today: date,
             regions: dict[str, str]) -> list[ClaimContext]:
    named = subjects(sentence, regions)
    cues = tuple(w.lower() for w in _WORD.findall(sentence))
    out = []
    for claim in claims:
        claim = negated(sentence, claim)
        subject = min(named, key=lambda s: abs(s[0] - claim.start))[1] if named else None
        out.append(ClaimContext(claim=claim, subject=subject, cues=cues,
                                period=period(sentence, claim, today),
                                sentence=(0, len(sentence))))
    return out
