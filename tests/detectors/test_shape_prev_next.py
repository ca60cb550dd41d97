"""shape_prev_next: previous/next pairs in the catalogs' words, on one line or two."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_prev_next import ShapePrevNext
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["« Zurück | Weiter »", "Προηγούμενο Επόμενο",
                                  "이전 다음", "Previous topic: Setup | Next topic: Usage"])
def test_a_pair_on_one_line_goes(line: str) -> None:
    assert found(ShapePrevNext(), f"{BODY}\n{line}") == [("prev_next_line", line, False)]


def test_a_pair_on_two_lines_goes() -> None:
    pair = "Newer post: The harbour reopens\nOlder post: Storm closes the bridge"
    assert cut(ShapePrevNext(), f"{BODY}\n{pair}") == pair.split("\n")


@pytest.mark.parametrize("text", [
    "Next, the minister said the plan would fail.",
    "Previous results were better, the coach said. Next season will tell.",
    "Next steps",
    "Previous: The harbour reopens",  # one label and no partner
])
def test_a_near_miss_is_left(text: str) -> None:
    assert found(ShapePrevNext(), f"{BODY}\n{text}") == []


def test_a_manual_list_that_opens_with_the_labels_is_left() -> None:
    manual = "Previous Song: Double tap left earbud\nNext Song: Double tap right earbud"
    assert found(ShapePrevNext(), f"{BODY}\n{manual}") == []


@pytest.mark.parametrize("line", ["« Nyare artiklar | Äldre artiklar »",  # in no catalog
                                  "‹ नए लेख | पुराने लेख ›", "← Mais recentes | Mais antigos →",
                                  "« Ältere Artikel | Weiter »"])  # 'Weiter': a next label
def test_a_pair_between_arrows_goes_with_or_without_catalog_words(line: str) -> None:
    assert found(ShapePrevNext(), f"{BODY}\n{line}\n{BODY}") == [
        ("prev_next_arrows", line, False)]


@pytest.mark.parametrize("line", [
    "« Cats | Dogs »",  # not parallel, no label
    "« Chapter 1 | Chapter 2 »",  # numbers: a table of contents, maybe
    "Nyare artiklar | Äldre artiklar",  # no arrows
    "« Le chat de la voisine et son | maître »",  # a quotation, not two labels
    "« Nouvelles règles pour les bus de nuit | Nouvelles règles »",  # too long a label
])
def test_arrows_round_what_is_no_pair_are_left(line: str) -> None:
    assert found(ShapePrevNext(), f"{BODY}\n{line}\n{BODY}") == []
