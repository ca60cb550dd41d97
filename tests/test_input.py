"""What clean() accepts: str, bytes in any encoding; anything else is a clear TypeError."""

from __future__ import annotations

import pytest

import cleanroom
from cleanroom import InvalidInput, InvalidOptions, Options

ARTICLE = "Der Hafen öffnete am Freitag nach einer Woche voller Stürme wieder für Fähren."


@pytest.mark.parametrize("bad", [None, 42, ["text"], {"text": "x"}, 3.5])
def test_wrong_type_says_what_was_expected(bad: object) -> None:
    with pytest.raises(InvalidInput, match="str.*bytes") as info:
        cleanroom.clean(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1252", "latin-1"])
def test_bytes_in_common_encodings(encoding: str) -> None:
    data = ARTICLE.encode(encoding)
    assert cleanroom.clean(data, encoding=encoding).text == ARTICLE


def test_bytes_detected_without_a_declared_encoding() -> None:
    assert cleanroom.clean(ARTICLE.encode("utf-8")).text == ARTICLE
    assert cleanroom.clean(("\ufeff" + ARTICLE).encode("utf-8")).text == ARTICLE
    assert cleanroom.clean(ARTICLE.encode("cp1252")).text == ARTICLE


def test_undecodable_bytes_never_raise() -> None:
    result = cleanroom.clean(b"\xff\xfe\xfa broken \x80\x81 bytes", encoding="utf-8")
    assert "broken" in result.text and "\ufffd" in result.text


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ud800 lone surrogate", "\x00\x01\x02",
                                  "\u2028\u2029\x85\x0b\x0c", "İstanbul İzmir " * 50])
def test_odd_strings(text: str) -> None:
    result = cleanroom.clean(text)
    assert result.report.apply(text) == result.text


def test_pathological_sizes_finish() -> None:
    for text in ("!?." * 300_000, "word " * 200_000, "No comment\n" * 20_000,
                 "Page not found\n" * 20_000):
        result = cleanroom.clean(text)
        assert result.report.apply(text) == result.text


def test_unknown_option_lists_the_valid_ones() -> None:
    with pytest.raises(InvalidOptions, match="unknown option colour; valid options: format"):
        cleanroom.clean("text", colour="red")
    with pytest.raises(TypeError):
        cleanroom.clean("text", colour="red")


@pytest.mark.parametrize("kwargs, message", [
    ({"format": "pdf"}, "format must be one of"),
    ({"encoding": "klingon-8"}, "unknown encoding"),
    ({"categories": ["spam"]}, "unknown category 'spam'; categories: error_page"),
    ({"strict": "yes"}, "strict must be True or False"),
    ({"extra_detectors": [object()]}, "must hold detectors"),
])
def test_bad_option_values(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidOptions, match=message):
        Options(**kwargs)  # type: ignore[arg-type]


def test_categories_turn_detectors_off() -> None:
    text = "Page not found\nThe harbour reopened on Friday.\nComments\nNo comments yet"
    assert cleanroom.clean(text, categories=["comments"]).text == \
        "Page not found\nThe harbour reopened on Friday."
    assert cleanroom.clean(text, Options(categories=frozenset())).text == text
