"""error_page: banners and error messages go; sentences about errors stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.error_page import ErrorPage
from tests.conftest import make_doc

BODY = "The ferry company said all crossings would run as normal over the holiday weekend."


def _removed(text: str) -> list[tuple[str, str, bool]]:
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end], f.strict_only) for f in ErrorPage().find(doc)]


@pytest.mark.parametrize("banner, rule", [
    ("Error 404 - Page Not Found", "status_banner"),
    ("HTTP 503 Service Unavailable", "status_banner"),
    ("Page not found", "error_banner"),
    ("Access Denied", "error_banner"),
    ("Please enable JavaScript to continue.", "javascript_required"),
    ("Checking your browser before accessing example.org.", "bot_check"),
    ("Sorry, the page you requested could not be found.", "error_message"),
])
def test_removes_banner(banner: str, rule: str) -> None:
    assert _removed(f"{banner}\n{BODY}") == [(rule, banner, False)]


def test_bare_code_and_apology_go_with_an_error_message() -> None:
    text = f"403\nSorry!!\nError! We're sorry, but the page you were looking for doesn't exist.\n{BODY}"
    assert [r[:2] for r in _removed(text)] == [
        ("status_code", "403"), ("apology", "Sorry!!"),
        ("error_message", "Error! We're sorry, but the page you were looking for doesn't exist."),
    ]


@pytest.mark.parametrize("text", [
    "404\nThe band's new single reached number 404 in the chart.",
    "Sorry!\nThat was all the minister said before she left.",
    "The agency's website returned a 404 error for most of Monday, officials said.",
    "Not found in nature, the mineral was first made in a laboratory in 1962.",
    BODY,
])
def test_leaves_near_miss(text: str) -> None:
    assert _removed(text) == []


def test_quoted_error_sentence_is_held_for_strict() -> None:
    text = '"This page does not exist," the spokesman said of the deleted post last week.'
    assert [r[2] for r in _removed(text)] == [True]
