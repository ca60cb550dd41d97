"""docs/extending.md: every Python example in it runs as written, and PhraseDetector checks
its arguments."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import cleanroom

DOC = Path(__file__).resolve().parent.parent / "docs" / "extending.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("code", EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_example_runs(code: str) -> None:
    # The examples are our own docs/extending.md, run as a user would paste them.
    exec(compile(code, str(DOC), "exec"), {"__name__": "extending_example"})  # noqa: S102


@pytest.mark.parametrize(("args", "kwargs"), [
    (("bad name", "ads"), {"lines": ["x"]}),
    (("promo", "nope"), {"lines": ["x"]}),
    (("promo", "ads"), {}),
    (("promo", "ads"), {"lines": "Shop now"}),
    (("promo", "ads"), {"phrases": ["!!"]}),
    (("promo", "ads"), {"lines": {"en": []}}),
    (("promo", "ads"), {"lines": ["x"], "max_block": 0}),
])
def test_bad_arguments_raise_invalid_options(args: tuple[str, str],
                                             kwargs: dict[str, object]) -> None:
    with pytest.raises(cleanroom.InvalidOptions):
        cleanroom.PhraseDetector(*args, **kwargs)  # type: ignore[arg-type]


def test_phrase_detector_is_a_detector() -> None:
    d = cleanroom.PhraseDetector("promo", "ads", lines=["Shop now"])
    assert isinstance(d, cleanroom.Detector)
    assert cleanroom.clean("Shop now", detectors=[d]).text == ""
