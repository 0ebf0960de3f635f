"""HTML to plain text with the standard library's parser: text only, no script or style."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from factcheck.errors import InputError
from factcheck.model import line_starts
from factcheck.text.source import MapBuilder, SourceText, is_directive

SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math", "head"})
KEPT_IN_HEAD = frozenset({"title"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})


COMMENT_CLOSE = re.compile(r"--\s*>")
SECTION_CLOSE = re.compile(r"\]\s*>")
SECTION_NAME = re.compile(r"<!\[([a-zA-Z][-_.a-zA-Z0-9]*)")
SECTIONS = frozenset({"temp", "cdata", "ignore", "include", "rcdata", "if", "else", "endif"})


def _last_start(pattern: re.Pattern[str], text: str) -> int:
    last = -1
    for match in pattern.finditer(text):
        last = match.start()
    return last


def parseable(text: str) -> str:
    """text with the "<" of each construct that never closes replaced by a space.

    The standard library's parser searches the rest of the text for the end of every
    such construct ("<!--" with no "-->" after it, "<" with no ">"), which takes time
    growing with the square of the text (100,000 "<!--" took minutes); and it raises
    AssertionError on a marked section it does not know ("<![foo"). A space leaves
    lengths and lines as they were, and the text read is copied from the original, so
    those characters come out as the plain text they are to a browser.
    """
    last_gt = text.rfind(">")
    comment_close = _last_start(COMMENT_CLOSE, text)
    section_close = _last_start(SECTION_CLOSE, text)
    chars: list[str] | None = None
    at = text.find("<")
    while at >= 0:
        if _never_closes(text, at, last_gt, comment_close, section_close):
            chars = chars if chars is not None else list(text)
            chars[at] = " "
        at = text.find("<", at + 1)
    return text if chars is None else "".join(chars)


def _never_closes(text: str, at: int, last_gt: int, comment_close: int,
                  section_close: int) -> bool:
    if at > last_gt:
        return True
    if text.startswith("<!--", at):
        return comment_close < at + 4
    if text.startswith("<![", at):
        name = SECTION_NAME.match(text, at)
        return (name is None or name.group(1).lower() not in SECTIONS
                or section_close < at + 3)
    return False


class _TextCollector(HTMLParser):
    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
        self.original = original
        self.out = MapBuilder()
        self._starts = line_starts(original)
        self._skip: list[str] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._starts[line - 1] + col

    def _break(self) -> None:
        if self.out.length and not self.out.ends_with("\n\n"):
            self.out.stand_in("\n\n", self._offset())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skip.append(tag)
        elif tag in KEPT_IN_HEAD and self._skip == ["head"]:
            self._skip.append(tag + "!")
        if tag in BLOCKS:
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        for name in (tag, tag + "!"):
            if name in self._skip:
                del self._skip[self._skip.index(name):]
                break
        if tag in BLOCKS:
            self._break()

    def _visible(self) -> bool:
        return not self._skip or self._skip[-1].endswith("!")

    def handle_data(self, data: str) -> None:
        if self._visible():
            at = self._offset()
            self.out.copy(self.original[at : at + len(data)], at)

    def handle_comment(self, data: str) -> None:
        at = self._offset()
        close = COMMENT_CLOSE.search(self.original, at + 4 + len(data))
        end = close.end() if close else at + 7 + len(data)
        self.out.comment(at, end, self._visible() and is_directive(self.original[at:end]))

    def handle_entityref(self, name: str) -> None:
        if self._visible():
            self.out.stand_in(unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        if self._visible():
            self.out.stand_in(unescape(f"&#{name};"), self._offset())


def read_html(path: str, original: str) -> SourceText:
    """The visible text of an HTML document, block by block, with its offset map."""
    collector = _TextCollector(original)
    try:
        collector.feed(parseable(original))
        collector.close()
    except AssertionError as exc:  # the standard parser's way of giving up on markup
        raise InputError(f"{path}: HTML the parser cannot read ({exc})") from None
    return collector.out.build(path, original, "html")
