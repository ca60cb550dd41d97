"""comments: empty threads and reply forms go; real comments and quotes stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.comments import Comments
from tests.conftest import make_doc

BODY = "The museum will reopen its east wing on Saturday after two years of repairs."


def _found(text: str) -> list[tuple[str, str, bool]]:
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end], f.strict_only) for f in Comments().find(doc)]


@pytest.mark.parametrize("stub", [
    "Comments\nNo comment",
    "0 Comments",
    "Comments\nBe the first to comment!",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Comments are closed.",
    "Comments",
])
def test_removes_stub_at_the_end(stub: str) -> None:
    found = _found(f"{BODY}\n{stub}")
    assert [line for _, line, strict in found if not strict] == stub.split("\n")


def test_heading_with_real_comments_stays() -> None:
    text = f"{BODY}\nComments\nI visited last year and the east wing was worth the wait."
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    '"No comment," the spokesman said when asked about the merger.',
    f"No comment.\n{BODY}\n{BODY} Again.\n{BODY} Once more.",
])
def test_leaves_near_miss(text: str) -> None:
    assert [r for r in _found(text) if not r[2]] == []
