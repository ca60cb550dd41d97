"""Every phrase category in every language: a real-looking example is cut, a near-miss kept."""

from __future__ import annotations

import pytest

import cleanroom
from tests.detectors.language_cases import BODY, CASES

LANGUAGES = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "tr", "ar", "zh", "ja")
CATEGORIES = ("error_page", "disclaimer", "comments", "cookie", "newsletter", "share",
              "related", "navigation", "ads")
PAIRS = [pytest.param(lang, cat, id=f"{lang}-{cat}") for lang in LANGUAGES for cat in CATEGORIES]


def test_every_language_has_every_category() -> None:
    assert set(CASES) == set(LANGUAGES) == set(BODY)
    for lang in LANGUAGES:
        assert set(CASES[lang]) == set(CATEGORIES), lang


@pytest.mark.parametrize(("lang", "category"), PAIRS)
def test_removes_the_example(lang: str, category: str) -> None:
    where, junk, _ = CASES[lang][category]
    text = f"{junk}\n{BODY[lang]}" if where == "top" else f"{BODY[lang]}\n{junk}"
    result = cleanroom.clean(text, categories=[category])
    assert result.text == BODY[lang]
    assert {str(r.category) for r in result.report.removals} == {category}


@pytest.mark.parametrize(("lang", "category"), PAIRS)
def test_keeps_the_near_miss(lang: str, category: str) -> None:
    _, _, near_miss = CASES[lang][category]
    first, second = BODY[lang].split("\n")
    for text in (f"{near_miss}\n{BODY[lang]}", f"{first}\n{near_miss}\n{second}",
                 f"{BODY[lang]}\n{near_miss}"):
        result = cleanroom.clean(text)
        assert result.text == text, result.report.removals
