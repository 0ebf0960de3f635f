"""Markdown to plain text: prose only (no code, no HTML, no YAML front matter), mapped back."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from factcheck.model import line_starts
from factcheck.text.source import MapBuilder, SourceText, is_directive

if TYPE_CHECKING:
    from markdown_it.token import Token

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)
FRONT_MATTER_DATE = re.compile(r"^date:[ \t]*[\"']?([^\"'\n]+)", re.MULTILINE)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})$")
_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b",
                          re.IGNORECASE)
SKIPPED_INLINE = {"code_inline", "html_inline", "image"}


def blank_front_matter(text: str) -> str:
    """text with a leading YAML front matter block replaced by blanks (offsets kept)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return text
    blanked = re.sub(r"[^\n]", " ", match.group(0))
    return blanked + text[match.end():]


def front_matter_date(text: str) -> str | None:
    """The `date:` of a leading YAML front matter block (YYYY-MM-DD, a timestamp's day,
    YYYY/MM/DD, or a date that names its month: "March 1, 2025", "1 Mar 2025"), or None
    when there is none or it is not a date (a day and month in digits alone, "01/03/2025",
    reads two ways and is none).

    >>> front_matter_date("---\\ntitle: x\\ndate: 2019-06-01T09:00\\n---\\nText")
    '2019-06-01'
    """
    from datetime import date

    match = FRONT_MATTER.match(text)
    found = FRONT_MATTER_DATE.search(match.group(0)) if match else None
    if found is None:
        return None
    said = found.group(1).strip()
    try:
        if _ISO_DAY.match(said):
            return date.fromisoformat(said[:10]).isoformat()
        slashed = _SLASHED.match(said)
        if slashed:  # "2025/03/01": year first, as ISO
            return date(*(int(part) for part in slashed.groups())).isoformat()
        if _MONTH_NAMED.search(said):  # "March 1, 2025", "1 Mar 2025": the month is named
            from datetime import datetime

            from dateutil import parser

            one, other = (parser.parse(said, default=datetime(2000, 1, 1)),
                          parser.parse(said, default=datetime(2001, 2, 2)))
            return one.date().isoformat() if one == other else None  # "March 2025": no day
    except (ValueError, OverflowError, TypeError):
        return None
    return None  # "01/03/2025" is 1 March or 3 January: no date is read


def read_markdown(path: str, original: str) -> SourceText:
    """The prose of a Markdown document, paragraph by paragraph, with its offset map."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    body = blank_front_matter(original)
    starts = (*line_starts(body), len(body))
    out = MapBuilder()
    cursor = 0
    for token in parser.parse(body):
        if token.type not in ("inline", "html_block") or token.map is None:
            continue
        block_start = starts[min(token.map[0], len(starts) - 1)]
        block_end = starts[min(token.map[1], len(starts) - 1)]
        if token.type == "html_block":
            _add_comments(out, body, block_start, block_end)
            continue
        cursor = max(cursor, block_start)
        if out.length and not out.ends_with("\n\n"):
            out.stand_in("\n\n", block_start)
        cursor = _add_inline(out, token.children or [], body, cursor, block_end)
    return replace(out.build(path, original, "md"), date=front_matter_date(original))


def _add_comments(out: MapBuilder, body: str, start: int, end: int) -> None:
    """Note the comments of an HTML block (they stand between paragraphs). Found with
    find() from one comment's end to the next: a pattern's lazy search for "-->" from
    every "<!--" took time growing with the square of a block of unclosed comments."""
    at = body.find("<!--", start, end)
    if at < 0:
        return
    if out.length and not out.ends_with("\n\n"):
        out.stand_in("\n\n", start)
    while at >= 0:
        close = body.find("-->", at + 4, end)
        if close < 0:
            return
        out.comment(at, close + 3, is_directive(body[at : close + 3]))
        at = body.find("<!--", close + 3, end)


def _add_inline(out: MapBuilder, children: list[Token], body: str, cursor: int,
                end: int) -> int:
    """Add the text children of one inline token; returns the cursor after them."""
    href = ""
    for child in children:
        if child.type == "link_open":
            href = str(child.attrs.get("href") or "")
        elif child.type == "link_close" and body.startswith("](", cursor) and href:
            found = body.find(")", cursor + 2, end)
            cursor = found + 1 if found >= 0 else cursor
        if child.type in SKIPPED_INLINE:
            before = cursor
            cursor = _skip(body, child, cursor, end)
            if child.type == "html_inline" and child.content.startswith("<!--"):
                out.comment(cursor - len(child.content) if cursor > before else before, cursor,
                            is_directive(child.content))
            continue
        if child.type in ("softbreak", "hardbreak"):
            newline = body.find("\n", cursor, end)
            out.stand_in("\n", newline if newline >= 0 else cursor)
            cursor = newline + 1 if newline >= 0 else cursor
        elif child.type == "text":
            cursor = _align(out, child.content, body, cursor, end)
    return cursor


def _skip(body: str, child: Token, cursor: int, end: int) -> int:
    """Move the cursor past a skipped inline element (code span, inline HTML, image)."""
    needle = child.content if child.type != "image" else (child.attrs.get("src") or "")
    if not needle:
        return cursor
    found = body.find(str(needle), cursor, end)
    return found + len(str(needle)) if found >= 0 else cursor


def _align(out: MapBuilder, piece: str, body: str, cursor: int, end: int) -> int:
    """Map piece onto the original from cursor: verbatim if it is there, else char by char."""
    found = body.find(piece, cursor, end)
    if found >= 0 and body.find("\n", cursor, found) < 0:
        out.copy(piece, found)
        return found + len(piece)
    for char in piece:
        at = body.find(char, cursor, min(cursor + 12, end))
        if at >= 0:
            out.copy(char, at)
            cursor = at + 1
        else:
            out.stand_in(char, cursor)
    return cursor
