"""Near-misses in many languages (``cleanroom/lexicon/near_misses.tsv``, written for this
project): article sentences about cookies, comments, sharing, pages and errors.  No lexicon or
shape detector proposes anything in them, alone, between body paragraphs, or glued to one."""

from __future__ import annotations

from importlib import resources

import pytest

from cleanroom.detectors import DEFAULT_DETECTORS
from tests.detectors._helpers import BODY, found

NEW = [d for d in DEFAULT_DETECTORS if d.name.startswith(("lexicon_", "shape_"))]
NEAR = [tuple(line.split("\t")) for line in resources.files("cleanroom.lexicon").joinpath(
    "near_misses.tsv").read_text(encoding="utf-8").splitlines()[1:] if line]
SHAPES = ["Revenue > costs > taxes, the report said.", "5 > 3 > 1", "Share prices fell",
          "Home Office", "Next steps", "Input / Output", "Rome › the eternal city",
          "Accept the verdict", "Previous results were better, the coach said."]


def test_there_are_near_misses_in_many_languages() -> None:
    assert len({lang for lang, _ in NEAR}) >= 20


@pytest.mark.parametrize(("lang", "sentence"), NEAR + [("en", s) for s in SHAPES])
def test_no_new_detector_touches_a_near_miss(lang: str, sentence: str) -> None:
    first, second = BODY.split("\n")
    for text in (sentence, f"{first}\n{sentence}\n{second}",
                 f"{first} {sentence}\n{second}", f"{sentence} {first}\n{second}"):
        for detector in NEW:
            assert found(detector, text) == [], (detector.name, lang, text)
