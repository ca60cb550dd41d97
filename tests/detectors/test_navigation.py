"""navigation: skip links, menus, breadcrumbs and pagers go; sentences and tables stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.navigation import Navigation
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Skip to main content",
    "Home > World > Europe",
    "News | Sport | Business | Weather",
    "Menu\nHome\nNews\nSport\nSearch",
    "You are here: Home / Culture",
])
def test_removes_chrome_at_the_top(junk: str) -> None:
    assert cut(Navigation(), f"{junk}\n{BODY}") == junk.split("\n")


@pytest.mark.parametrize("junk", ["« Previous 1 2 3 Next »", "Back to top", "Page 2 of 5",
                                  "Previous article\nNext article"])
def test_removes_chrome_at_the_bottom(junk: str) -> None:
    assert cut(Navigation(), f"{BODY}\n{junk}") == junk.split("\n")


def test_rule_ids_and_lone_link_mid_text() -> None:
    first, second = BODY.split("\n")
    assert [r for r, _, _ in found(Navigation(), f"Skip to content\nHome › News\n{BODY}")] == [
        "skip_link", "breadcrumb"]
    assert found(Navigation(), f"{first}\nHome\n{second}")[0][2] is True
    assert found(Navigation(), f"{first}\nNews\n{second}") == []


@pytest.mark.parametrize("text", [
    "The team went home after the next match, which they lost on penalties.",
    "Name | Age | Town",
    "Back to top form, the striker scored twice in the second half.",
    "See https://example.org/news/local for the full timetable",
    "3 - 1",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Navigation(), f"{BODY}\n{text}") == []
