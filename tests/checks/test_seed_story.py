"""The example draft (examples/seed_story.md) is consistent: no FC2xx, one FC301."""

from __future__ import annotations

from pathlib import Path

from factcheck import check

DRAFT = Path(__file__).resolve().parents[2] / "examples" / "seed_story.md"


def test_seed_story() -> None:
    text = DRAFT.read_text("utf-8")
    report = check(text, as_of="2025-09-01", path=str(DRAFT))
    assert [f.code for f in report.findings if f.code.startswith("FC2")] == []
    spurious = [f for f in report.findings if f.code == "FC301"]
    assert [text[f.start : f.end] for f in spurious] == ["around 28,824 people"]
    assert spurious[0].suggestion == "around 29,000 people"


def test_seed_story_edited_wrongly() -> None:
    text = DRAFT.read_text("utf-8")
    text = text.replace("(62 miles)", "(80 miles)").replace("more than 60 years",
                                                             "more than 70 years")
    codes = [f.code for f in check(text, as_of="2025-09-01").findings]
    assert codes == ["FC201", "FC206", "FC301"]
