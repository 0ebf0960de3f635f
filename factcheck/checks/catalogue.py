"""The check catalogue: every module factcheck/checks/fcNNN_name.py, and the page
`factcheck rule CODE` prints for each.

A check module carries CODE, NAME and SEVERITY at module level and documents itself in
its docstring ("What it does / Why it matters / Example"), written for developers. The
page an editor reads comes from rules.toml beside this module (read with tomllib): a plain
summary, why it matters, an example that fires and a near-twin that does not (the tests run
both through factcheck), the tolerance, what the check misses, and how to silence it. The
docstring follows only on request (`factcheck rule CODE --detail`), cleared of pointers
into the code and the word lists.
"""

from __future__ import annotations

import inspect
import re
import textwrap
import tomllib
from dataclasses import MISSING, dataclass, fields
from functools import cache
from pathlib import Path
from types import ModuleType

PAGES = Path(__file__).with_name("rules.toml")
WIDTH = 88
EXAMPLES_AS_OF = "2026-11-30"  # the draft date rules.toml's examples are written and tested for


@dataclass(frozen=True)
class Rule:
    """What the catalogue knows about one check."""

    code: str
    name: str
    severity: str
    doc: str

    @property
    def summary(self) -> str:
        """The docstring's first line."""
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name


@dataclass(frozen=True)
class Page:
    """The editor's page of one check, one table of rules.toml (its keys are described
    at the top of that file). fires and quiet are drafts; says is the message fires gets,
    or its opening when it ends in "..."."""

    summary: str
    does: str
    matters: str
    fires: str
    says: str
    quiet: str
    tolerance: str
    misses: str
    silence: str = ""
    file: bool = False
    encoding: str = "utf-8"


def _rule_of(module: ModuleType) -> Rule | None:
    code = getattr(module, "CODE", None)
    name = getattr(module, "NAME", None)
    if not isinstance(code, str) or not isinstance(name, str):
        return None
    severity = str(getattr(module, "SEVERITY", "warning"))
    return Rule(code, name, severity, inspect.cleandoc(module.__doc__ or ""))


def discover() -> dict[str, Rule]:
    """Every check by code, in code order: the modules of factcheck.checks (found there with
    pkgutil)."""
    return dict(_catalogue())


@cache
def _catalogue() -> tuple[tuple[str, Rule], ...]:
    from factcheck.checks import modules

    rules = [rule for m in modules() if (rule := _rule_of(m)) is not None]
    return tuple((rule.code, rule) for rule in sorted(rules, key=lambda r: r.code))


@cache
def known_prefix(code: str) -> bool:
    """Does the code or prefix ("FC2", "FC301") name at least one check?"""
    return any(rule.startswith(code.upper()) for rule in discover())


def pages(path: Path = PAGES) -> dict[str, Page]:
    """The editor's pages by code, read from rules.toml. Raises ValueError naming the file
    and the code for a file that is not TOML or a table with a missing, unknown or
    mistyped key."""
    return dict(_pages(path))


@cache
def _pages(path: Path) -> tuple[tuple[str, Page], ...]:
    try:
        tables = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: {exc}") from None
    return tuple((code, _page(path, code, table)) for code, table in tables.items())


def _page(path: Path, code: str, table: object) -> Page:
    known = {f.name: f.type for f in fields(Page)}
    if not isinstance(table, dict):
        raise ValueError(f"{path}: [{code}] is not a table")
    unknown = sorted(set(table) - set(known))
    if unknown:
        raise ValueError(f"{path}: [{code}] has unknown keys {', '.join(unknown)}")
    for key, value in table.items():
        if not isinstance(value, bool if known[key] == "bool" else str):
            raise ValueError(f"{path}: [{code}] {key} has the wrong type")
    try:
        return Page(**table)
    except TypeError:
        missing = [f.name for f in fields(Page) if f.name not in table and f.default is MISSING]
        raise ValueError(f"{path}: [{code}] lacks {', '.join(missing)}") from None


def describe(rule: Rule, detail: bool = False) -> str:
    """The text `factcheck rule CODE` prints: code, name, severity and summary, then the
    editor's page (rules.toml); with detail, the docstring after it under "Developer's
    notes". A check without a page prints its docstring."""
    page = pages().get(rule.code)
    if page is None:
        return _docstring_page(rule)
    text = _editor_page(rule, page)
    if detail:
        return f"{text}\nDeveloper's notes:\n{textwrap.indent(_notes(rule), '    ')}\n"
    return (f"{text}\nDeveloper's notes (how the check reads a draft): "
            f"factcheck rule {rule.code} --detail\n")


def _editor_page(rule: Rule, page: Page) -> str:
    silence = page.silence or (
        f"Put <!-- factcheck: ignore {rule.code} -- your reason --> on the line before the "
        f"paragraph, or leave the check out of a run: --ignore {rule.code} on the command "
        f'line, or ignore = ["{rule.code}"] in the configuration.')
    head = f"{rule.code} {rule.name} [{rule.severity}]: {page.summary}"
    parts = [head, "", _section("What it does", page.does),
             _section("Why it matters", page.matters), _example(page),
             _section("How close counts as right", page.tolerance),
             _section("What it does not catch", page.misses),
             _section("To silence it", silence)]
    return "\n".join(parts)


def _section(title: str, text: str) -> str:
    return f"{title}:\n{_wrap(text, '    ')}\n"


def _wrap(text: str, indent: str, first: str | None = None) -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=first or indent,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def _example(page: Page) -> str:
    saved = f" (saved as {page.encoding})" if page.encoding != "utf-8" else ""
    lines = [f"Example (a draft dated {EXAMPLES_AS_OF}):", f"    Reported{saved}:"]
    lines += [_wrap(p, "        ") for p in page.fires.split("\n")]
    lines.append(_wrap(page.says, "          ", "        -> "))
    lines.append("    Not reported:" if not saved else "    Not reported (saved as UTF-8):")
    lines += [_wrap(p, "        ") for p in page.quiet.split("\n")]
    return "\n".join(lines) + "\n"


def _notes(rule: Rule) -> str:
    """The docstring cleared for readers, less its first line when that repeats the code."""
    doc = for_readers(rule.doc)
    first, _, rest = doc.partition("\n")
    return _reflow(rest.strip("\n") if first.startswith(rule.code) else doc)


def _reflow(doc: str) -> str:
    """Each paragraph and list item ("- ...") of a docstring filled again to WIDTH, as
    leaving out pointers leaves its lines ragged; a heading ("Why it matters:") keeps its
    own line."""
    blocks = []
    for block in re.split(r"\n[ \t]*\n", doc):
        head, _, body = block.partition("\n")
        if not (head.endswith(":") and not head[:1].isspace()):
            head, body = "", block
        items = [_fill_item(item) for item in re.split(r"\n(?=[ \t]*- )", body) if item.strip()]
        blocks.append("\n".join(([head] if head else []) + items))
    return "\n\n".join(blocks)


def _fill_item(item: str) -> str:
    indent = item[: len(item) - len(item.lstrip())]
    bullet = "- " if item.lstrip().startswith("- ") else ""
    return textwrap.fill(" ".join(item.split()).removeprefix(bullet), WIDTH - 4,
                         initial_indent=indent + bullet,
                         subsequent_indent=indent + " " * len(bullet),
                         break_on_hyphens=False, break_long_words=False)


def _docstring_page(rule: Rule) -> str:
    first, _, rest = for_readers(rule.doc).partition("\n")
    if first.startswith(rule.code):  # the docstring already opens with its code
        return f"{first} [{rule.severity}]\n{rest}\n"
    head = f"{rule.code} {rule.name} ({rule.severity})"
    return f"{head}\n{'=' * len(head)}\n\n{for_readers(rule.doc)}\n"


_PATH = r"factcheck(?:\.(?:[ \t]*\n[ \t]*)?[a-z_]\w*)+(?:,\s*_\w+)*"  # may break a line
_FILE = r"(?:lexicon\s+)?\w+\.(?:tsv|txt)"
_CLASS = r'class(?:es)?\s+"[^"]*"(?:\s+and\s+"[^"]*")?'
_CLEAR: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), to) for pattern, to in (
        (rf"\s*\({_PATH}\)", ""),  # " (factcheck.checks._kinds)"
        (rf"(?<=\(){_PATH}(?:[,:;]\s*|\s+)", ""),  # "(factcheck.x: ..." keeps "(..."
        (rf"(?:\s+by)?[,:;]?\s*{_PATH}", ""),  # '"...": factcheck.x)', "read by factcheck.x"
        (r"\s*\(_\w+(?:,\s*_\w+)*\)", ""),  # "(_share_scopes, _shared_verb)"
        (rf"\s+of\s+\w+\.tsv's\s+{_CLASS}", ""),  # "a group of frames.tsv's class "group""
        (rf"\b{_FILE}\s+(?=\")", "the "),  # 'words.tsv "same" groups'
        (rf"\bof\s+{_FILE}", "of the word lists"),
        (rf"[,:;]?\s*{_FILE}(?:,?\s*{_CLASS})?", ""),  # '": words.tsv, class "gap"'
        (rf"[,:;]?\s*{_CLASS}", ""),  # '"on Wednesday": class "when")'
        (r"\bDESIGN\.md\b", "the README"),
        (r"[,:;]+(?=[)\]])", ""),  # what is left before a closing bracket
        (r"(?<=\S)[ \t]{2,}(?=\S)", " "),
    ))


def for_readers(doc: str) -> str:
    """A docstring without its pointers into the code and the word lists: module paths
    ("(factcheck.checks._kinds)"), private helpers ("_shared_verb") and data files
    ('words.tsv, class "gap"'), with the punctuation that led to them."""
    for pattern, to in _CLEAR:
        doc = pattern.sub(to, doc)
    return doc
