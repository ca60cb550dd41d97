"""lexicon_comments: comment-form and forum wording of comment apps, in their languages."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_comments import LexiconComments
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["Keine Kommentare bisher.", "No comments yet.",
                                  "Post your comment", "Thank you for your comment"])
def test_a_comment_widget_line_goes(line: str) -> None:
    assert cut(LexiconComments(), f"{BODY}\n{line}") == [line]


@pytest.mark.parametrize("text", ["Kommentar", "Reply",
                                  "No comments yet from the club, which has been asked."])
def test_a_section_label_or_a_sentence_is_left(text: str) -> None:
    assert found(LexiconComments(), f"{BODY}\n{text}") == []
