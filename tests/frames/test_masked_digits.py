"""A sentence's frames do not depend on which digits its figures have
(frames.masked: the parser reads every figure's digits as one fixed digit, years kept)."""

from __future__ import annotations

import pytest

from factcheck import check
from factcheck.frames.masked import masked

# (sentence with {} for the figure, figures that must all read alike)
TWINS = [
    ("Leeds had {} residents in 2021.", ["811,953", "811,954", "546,412", "799,100"]),
    ("Hastings's population was {} in 2021.", ["90,800", "90,801", "91,400"]),
    ("Dunmore Foods lifted its sales to £{}m in 2024, the firm said.", ["41.2", "47.9", "40"]),
    ("Around {} pilgrims walked to Ostrava's shrine last Easter.", ["8,000", "7,350", "12,415"]),
    ("Sales at Harlow Brewing reached £{}m in 2023.", ["448,673", "922,558", "4.2"]),
    ("The Hollins Trust spent £{}m on repairs in 2024/25.", ["3.1", "2.87", "11"]),
]


@pytest.mark.parametrize(("template", "figures"), TWINS)
def test_frames_alike_for_any_digits(template: str, figures: list[str]) -> None:
    read = set()
    for figure in figures:
        frame = check(template.format(figure), bundled=False).frames[0]
        read.add((frame.subject, frame.measure, frame.role, frame.period, frame.unsure))
    assert len(read) == 1, read


MASKS = [
    ("up 3.2% to 811,954 in 2021", "up 5.5% to 555,555 in 2021"),
    ("the 2025/26 budget of £626.5m", "the 2025/26 budget of £555.5m"),
    ("COVID-19 cases fell to 1,020 in 1998", "COVID-19 cases fell to 5,555 in 1998"),
    ("aged 7, in the A14 near 2099", "aged 5, in the A14 near 2099"),
]


@pytest.mark.parametrize(("text", "expected"), MASKS)
def test_masked_text(text: str, expected: str) -> None:
    assert masked(text) == expected
    assert len(masked(text)) == len(text)
