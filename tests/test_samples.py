"""Golden cases from samples/cases: exact clean text, the categories reported, replayable."""

from __future__ import annotations

from typing import Any

import pytest

import cleanroom
from tests.conftest import load_cases

CASES = load_cases()


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["comment"])] if case["expect"] == "fail" \
        else []
    return pytest.param(case, id=f"{case['file']}:{case['label']}", marks=marks)


def test_labels_are_unique() -> None:
    labels = [(c["file"], c["label"]) for c in CASES]
    assert len(labels) == len(set(labels))
    assert len(CASES) >= 10


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    options = dict(case.get("options", {}))
    if "format" in case:
        options["format"] = case["format"]
    result = cleanroom.clean(case["input"], **options)
    assert result.text == case["expected_text"]
    assert sorted({str(r.category) for r in result.report.removals}
                  | {d.category for d in result.report.dom_removals}) \
        == case["expected_categories"]
    assert result.report.apply(result.source_text) == result.text
