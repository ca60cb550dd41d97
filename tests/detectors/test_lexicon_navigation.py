"""lexicon_navigation: skip links, back-to-top, tables of contents of CMS and doc themes."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_navigation import LexiconNavigation
from tests.detectors._helpers import BODY, cut, found

FIRST, SECOND = BODY.split("\n")


@pytest.mark.parametrize("line", ["Μετάβαση στο περιεχόμενο", "콘텐츠로 이동",
                                  "Zum Hauptinhalt springen", "Επιστροφή στην αρχή",
                                  "Table of Contents", "Previous topic"])
def test_a_chrome_line_goes(line: str) -> None:
    assert cut(LexiconNavigation(), f"{FIRST}\n{line}\n{SECOND}") == [line]


def test_a_glued_skip_link_is_cut_alone() -> None:
    assert cut(LexiconNavigation(), f"Skip to main content. {FIRST}") == ["Skip to main content. "]


@pytest.mark.parametrize("text", ["Skip to main content of the report: the figures.",
                                  "Table of contents pages were missing from the copy."])
def test_the_words_in_a_sentence_are_left(text: str) -> None:
    assert found(LexiconNavigation(), text) == []


@pytest.mark.parametrize("line", ["This is a modal window", "모달 창입니다", "Close Modal Dialog",
                                  "Play Video"])
def test_a_video_players_dialog_line_goes(line: str) -> None:
    assert cut(LexiconNavigation(), f"{FIRST}\n{line}\n{SECOND}") == [line]


def test_a_row_of_player_controls_goes() -> None:
    from cleanroom.detectors.shape_labels import ShapeLabels

    row = "Play Mute Current Time Duration Fullscreen"
    assert cut(ShapeLabels(), f"{FIRST}\n{row}\n{SECOND}") == [row]
    assert cut(ShapeLabels(), f"{FIRST}\nPlay the tape\n{SECOND}") == []
