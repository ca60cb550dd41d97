"""lexicon_share: share-button titles in the languages Shariff ships; rows of share labels."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_share import LexiconShare
from cleanroom.detectors.shape_labels import ShapeLabels
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["Share on Facebook", "페이스북에서 공유하기", "Per E-Mail versenden",
                                  "Udostępnij na Facebooku"])
def test_a_share_button_title_goes(line: str) -> None:
    assert cut(LexiconShare(), f"{BODY}\n{line}") == [line]


def test_a_row_of_share_buttons_goes() -> None:
    assert cut(ShapeLabels(), f"{BODY}\nteilen tweet mail") == ["teilen tweet mail"]


@pytest.mark.parametrize("text", ["Share on Facebook fell 3% after the results.",
                                  "She said she would share on Facebook what she saw."])
def test_a_sentence_with_the_words_is_left(text: str) -> None:
    assert found(LexiconShare(), text) == []
