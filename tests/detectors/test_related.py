"""related: list headings, "Read more:" labels and closing headline lists go."""

from __future__ import annotations

import pytest

from cleanroom.detectors.related import Related
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Related articles\nHarvest starts early after a warm spring\nLibrary extends its hours",
    "Most read",
    "You may also like",
    "Read more: Council approves new cycle lanes for the city centre",
    "More from Local News",
    "ALSO READ | Storm closes mountain pass for two days",
    "SEE MORE: Harbour fees to rise in spring",
    "Popular on City Weekly",
])
def test_removes_at_the_end(junk: str) -> None:
    assert cut(Related(), f"{BODY}\n{junk}") == junk.split("\n")


def test_label_mid_text_and_rule_ids() -> None:
    first, second = BODY.split("\n")
    text = f"{first}\nRead more: Harbour fees to rise in spring\n{second}"
    assert found(Related(), text) == [
        ("related_heading", "Read more: Harbour fees to rise in spring", False)]
    listed = found(Related(), f"{BODY}\nMost read\nStorm closes pass")
    assert [r for r, _, _ in listed] == ["related_heading", "related_list"]


def test_heading_mid_text_does_not_take_the_next_lines() -> None:
    first, second = BODY.split("\n")
    text = f"{first}\nRelated articles\nThe east wing\n{second}"
    assert cut(Related(), text) == ["Related articles"]


@pytest.mark.parametrize("text", [
    "Read more about the study in the journal, which published it on Monday.",
    "Related research found that the effect was smaller in older patients.",
    "The most read book in the library last year was a cookbook.",
    f"{BODY}\nRelated articles\nThe curator said the wing had cost more than planned.",
])
def test_keeps_near_misses(text: str) -> None:
    kept = cut(Related(), f"{BODY}\n{text}")
    assert all(not line.startswith(("The", "Read more about", "Related research"))
               for line in kept)


@pytest.mark.parametrize("text", [
    "See more of the coast by taking the morning ferry to the islands.",
    "Popular on weekends, the market now opens on Fridays as well.",
])
def test_sentences_opening_like_labels_stay(text: str) -> None:
    assert cut(Related(), f"{BODY}\n{text}") == []
