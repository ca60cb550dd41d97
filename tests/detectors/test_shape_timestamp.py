"""shape_timestamp: relative times of every CLDR locale as standalone lines."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_timestamp import ShapeTimestamp
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["3 hours ago", "vor 3 Stunden", "3시간 전", "il y a 5 minutes",
                                  "hace 2 días", "Updated 3 hours ago",
                                  "πριν από 3 ώρες", "2 दिन पहले"])
def test_a_relative_time_line_goes(line: str) -> None:
    assert cut(ShapeTimestamp(), f"{BODY}\n{line}") == [line]


@pytest.mark.parametrize("text", [
    "The fire started 3 hours ago, police said.",
    "The fire started 3 hours ago.",
    "Crews arrived within minutes and the road reopened 3 hours ago",
    "3 hours",
])
def test_a_near_miss_is_left(text: str) -> None:
    assert found(ShapeTimestamp(), f"{BODY}\n{text}") == []
