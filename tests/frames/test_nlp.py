"""The spaCy pipeline: chosen by setting, loaded once, never by extract()."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import check
from factcheck.config import Config
from factcheck.config.file import load_config
from factcheck.errors import ConfigError
from factcheck.frames import nlp

ROOT = Path(__file__).resolve().parents[2]


def test_extract_never_imports_spacy() -> None:
    code = ("import sys, factcheck; factcheck.extract('Bhamo is home to 166,000 people.'); "
            "factcheck.check('No figures here.', bundled=False); "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_the_default_pipeline_loads_from_its_data_folder() -> None:
    folder = nlp._data_folder(nlp.DEFAULT_PACKAGE)
    assert folder is not None and (folder / "config.cfg").is_file()
    loaded = nlp.load(nlp.model_name())
    assert "parser" in loaded.pipe_names and "ner" in loaded.pipe_names
    assert "senter" not in loaded.pipe_names
    assert nlp.load(nlp.model_name()) is loaded  # once per process


@pytest.mark.parametrize("name", ["en_core_web_nonexistent", "/no/such/folder"])
def test_a_pipeline_that_cannot_load_names_the_setting(name: str) -> None:
    with pytest.raises(ConfigError, match=f"spacy-model '{name}'"):
        check("Bhamo is home to 166,000 people.", bundled=False,
              config=Config(spacy_model=name))


def test_the_environment_names_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.ENV, "en_core_web_nonexistent")
    assert nlp.model_name("en_core_web_sm") == "en_core_web_nonexistent"
    with pytest.raises(ConfigError, match="FACTCHECK_SPACY_MODEL='en_core_web_nonexistent'"):
        check("Bhamo is home to 166,000 people.", bundled=False)


def test_a_draft_without_claims_needs_no_pipeline() -> None:
    report = check("Nothing to count here.", bundled=False,
                   config=Config(spacy_model="en_core_web_nonexistent"))
    assert report.frames == ()


@pytest.mark.parametrize(("body", "expected"), [
    ('spacy-model = "en_core_web_lg"\n', "en_core_web_lg"),
    ('spacy-model = "models/newsroom"\n', "models/newsroom"),
])
def test_the_configuration_key(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text(body, "utf-8")
    value = load_config(path).spacy_model
    assert value is not None and value.endswith(expected)


def test_a_bad_configuration_value_names_the_key(tmp_path: Path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("spacy-model = 3\n", "utf-8")
    with pytest.raises(ConfigError, match="key 'spacy-model'"):
        load_config(path)


def test_drafts_parsed_ahead_get_the_same_frames() -> None:
    """factcheck.batch parses a chunk's sentences together first (frames.prefetch)."""
    from datetime import date

    from factcheck import extract
    from factcheck.frames import forget, frames, prefetch
    from factcheck.frames import nlp as parser

    texts = ["Osland exported 4 million tonnes of rye in 2024. That was 9% more than in 2023.",
             "The port, which has 12 berths, handled 900 ships last year; 300 of them were "
             "tankers.", "No figures here."]
    day = date(2025, 10, 1)
    alone = [frames(t, extract(t), day) for t in texts]
    prefetch(texts)
    try:
        assert parser._AHEAD  # the sentences that hold claims, parsed in one run
        ahead = [frames(t, extract(t), day) for t in texts]
    finally:
        forget()
    assert ahead == alone and not parser._AHEAD
