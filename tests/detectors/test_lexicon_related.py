"""lexicon_related: the "related links" headings of blog themes, in their languages."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_related import LexiconRelated
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["Weiterführende Links", "Σχετικοί σύνδεσμοι", "관련 링크",
                                  "Related links"])
def test_a_related_heading_goes(line: str) -> None:
    assert cut(LexiconRelated(), f"{BODY}\n{line}") == [line]


def test_the_words_in_a_sentence_are_left() -> None:
    assert found(LexiconRelated(), "Related links between the two firms were found.") == []
