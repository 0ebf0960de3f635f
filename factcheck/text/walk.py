"""Finding the drafts in a folder, as ruff finds Python files.

Skipped on the way down: hidden folders and files (a name starting with "."), virtual
environments (a folder holding pyvenv.cfg), node_modules, Office lock files ("~$draft.docx",
which Word writes beside an open document), what the .gitignore files of the walked
folders and of the folders above them up to the repository's root exclude (nested ones
too, with git's precedence: the deeper file decides), what .git/info/exclude excludes,
and the configuration's exclude patterns. Gitignore semantics are pathspec's, the
reference implementation of git's wildmatch in Python; a folder git ignores is not
entered, so a file in it cannot be re-included (as with git).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pathspec

Rules = tuple[tuple[Path, pathspec.GitIgnoreSpec], ...]
"""Ignore files in force: each one's folder and its patterns, outermost first."""

SKIPPED_NAMES = frozenset({"node_modules"})
LOCK_PREFIX = "~$"


def is_lock_file(name: str) -> bool:
    """An Office lock file ("~$draft.docx"): a few bytes naming who has the file open."""
    return Path(name).name.startswith(LOCK_PREFIX)


def _spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _read_rules(path: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    return _spec(text.splitlines())


def _repo_root(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _inherited(folder: Path) -> Rules:
    """The ignore rules above folder: .git/info/exclude, then each .gitignore from the
    repository's root down to folder's parent."""
    root = _repo_root(folder)
    if root is None:
        return ()
    rules: list[tuple[Path, pathspec.GitIgnoreSpec]] = []
    info = root / ".git" / "info" / "exclude"
    if info.is_file() and (spec := _read_rules(info)) is not None:
        rules.append((root, spec))
    chain = [folder, *folder.parents]
    for above in reversed(chain[1 : chain.index(root) + 1]):
        if (ignore := above / ".gitignore").is_file() and (spec := _read_rules(ignore)):
            rules.append((above, spec))
    return tuple(rules)


def ignored(path: Path, is_dir: bool, rules: Rules) -> bool:
    """Do the rules exclude path? The last rule that decides (deepest file) wins."""
    verdict = False
    for base, spec in rules:
        try:
            relative = path.relative_to(base).as_posix()
        except ValueError:
            continue
        result = spec.check_file(relative + ("/" if is_dir else ""))
        if result.include is not None:
            verdict = result.include
    return verdict


class Walker:
    """The drafts under a folder: files with one of `suffixes`, less what is skipped.

    exclude: gitignore-style patterns relative to `exclude_root` (the configuration's
    folder), from the configuration's exclude and extend-exclude keys.
    """

    def __init__(self, suffixes: Iterable[str], exclude: Iterable[str] = (),
                 exclude_root: Path | None = None) -> None:
        self.suffixes = frozenset(s.lower() for s in suffixes)
        patterns = list(exclude)
        self.exclude: Rules = ((exclude_root.resolve() if exclude_root else Path.cwd()
                                .resolve(), _spec(patterns)),) if patterns else ()

    def _skip(self, path: Path, is_dir: bool, rules: Rules) -> bool:
        name = path.name
        if name.startswith(".") or (is_dir and name in SKIPPED_NAMES):
            return True
        if is_dir and (path / "pyvenv.cfg").is_file():
            return True
        if not is_dir and is_lock_file(name):
            return True
        return ignored(path, is_dir, self.exclude) or ignored(path, is_dir, rules)

    def drafts(self, folder: str | os.PathLike[str]) -> Iterator[Path]:
        """Each draft under folder, sorted (as shown: relative paths stay relative). A
        symbolic link with a draft's suffix is one even when broken or looping: reading
        it then reports why (FC001), as naming it directly would."""
        shown = Path(folder)
        top = shown.resolve()
        found: list[Path] = []
        stack: list[tuple[Path, Rules]] = [(top, _inherited(top))]
        while stack:
            here, rules = stack.pop()
            if (own := here / ".gitignore").is_file() and (spec := _read_rules(own)):
                rules = (*rules, (here, spec))
            try:
                entries = sorted(os.scandir(here), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                path = here / entry.name
                is_dir = entry.is_dir(follow_symlinks=False)
                if self._skip(path, is_dir, rules):
                    continue
                if is_dir:
                    stack.append((path, rules))
                elif path.suffix.lower() in self.suffixes and (
                        path.is_file() or entry.is_symlink()):  # a broken link is reported
                    found.append(shown / path.relative_to(top))  # (FC001), not passed over
        yield from sorted(found)
