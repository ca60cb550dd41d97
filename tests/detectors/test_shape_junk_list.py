"""shape_junk_list: a list under a junk heading goes as one block; no other list does."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_junk_list import ShapeJunkList
from tests.detectors._helpers import BODY, cut

ITEMS = "The harbour reopens after the storm\nCouncil votes on the new bridge\nA week of rain"


@pytest.mark.parametrize("heading", ["Related links", "Weiterführende Links", "관련 링크",
                                     "Table of contents", "Auf dieser Seite"])
def test_the_heading_and_its_items_go_mid_article(heading: str) -> None:
    first, second = BODY.split("\n")
    text = f"{first}\n{heading}\n{ITEMS}\n{second}"
    assert cut(ShapeJunkList(), text) == [heading, *ITEMS.split("\n")]


def test_the_list_ends_at_the_first_sentence() -> None:
    text = f"Related links\n{ITEMS}\n{BODY}"
    assert cut(ShapeJunkList(), text)[-1] == "A week of rain"


@pytest.mark.parametrize("text", [
    f"Ingredients\n{ITEMS}\n{BODY}",  # a heading that is no junk: its list stays
    f"Related links\nThe two firms were linked by a web of loans, the court heard.\n{BODY}",
    f"Related links\nOne item only\n{BODY}",
    f"Skip to content\n{ITEMS}\n{BODY}",  # a junk line, but no heading of a list
])
def test_a_near_miss_is_left(text: str) -> None:
    assert cut(ShapeJunkList(), text) == []
