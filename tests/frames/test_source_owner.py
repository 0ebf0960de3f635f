"""A figure whose own noun phrase names its owner as a known thing ("the force's 1,580
officers") in a sentence whose only name is its speaker ("Ward said ...") belongs to the
thing its paragraph is about, not to the speaker and not to no one. Our own phrasings;
near twins where nothing owns the figure stay unsure."""

from __future__ import annotations

import pytest

from tests.frames.test_frames_classes import frame_of


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("Norbury Police has 1,850 officers. Ward said the force's 1,580 officers were "
     "stretched.", "1,580 officers", "Norbury Police"),
    ("Lowmoor Council approved 300 new homes. Hart said the council's 280 homes would be "
     "built by 2030.", "280 homes", "Lowmoor Council"),
    ("The Orla Museum holds 12,000 objects. Quinn told the board the museum's 11,000 objects "
     "were now catalogued.", "11,000 objects", "Orla Museum"),
    # near twins: nothing in the figure's phrase owns it, so the speaker's sentence
    # names no subject
    ("Norbury Police has 1,850 officers. Ward said 1,580 officers were stretched.",
     "1,580 officers", None),
    ("Lowmoor Council approved 300 new homes. Hart said 280 homes would be built by 2030.",
     "280 homes", None),
])
def test_a_known_owner_is_no_speaker(text: str, figure: str, subject: str | None) -> None:
    frame, _ = frame_of(text, figure)
    assert frame.subject == subject
