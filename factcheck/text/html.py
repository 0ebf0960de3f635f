"""HTML to plain text with the standard library's parser: text only, no script or style."""

from __future__ import annotations

from html import unescape
from html.parser import HTMLParser

from factcheck.model import line_starts
from factcheck.text.source import MapBuilder, SourceText

SKIPPED = frozenset({"script", "style", "template", "noscript", "svg", "math", "head"})
KEPT_IN_HEAD = frozenset({"title"})
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "title", "tr", "ul",
})


class _TextCollector(HTMLParser):
    def __init__(self, original: str) -> None:
        super().__init__(convert_charrefs=False)
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
            self.out.copy(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        if self._visible():
            self.out.stand_in(unescape(f"&{name};"), self._offset())

    def handle_charref(self, name: str) -> None:
        if self._visible():
            self.out.stand_in(unescape(f"&#{name};"), self._offset())


def read_html(path: str, original: str) -> SourceText:
    """The visible text of an HTML document, block by block, with its offset map."""
    collector = _TextCollector(original)
    collector.feed(original)
    collector.close()
    return collector.out.build(path, original, "html")
