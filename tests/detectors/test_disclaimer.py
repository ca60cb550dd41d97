"""disclaimer: legal boilerplate goes; articles about law and warranties stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.disclaimer import Disclaimer
from tests.conftest import make_doc

BODY = "The shop said the new bicycles would arrive in stores before the end of the month."


def _found(text: str) -> list[tuple[str, str, bool]]:
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end], f.strict_only) for f in Disclaimer().find(doc)]


def test_wrapped_disclaimer_under_heading() -> None:
    text = (f"{BODY}\nLegal Disclaimer:\nWirehouse Ltd supplies this\ncontent \"as is\" "
            "without warranty of any kind and accepts no\nliability for errors.\n\nNext")
    assert [(r[0], r[2]) for r in _found(text)] == [("disclaimer_heading", False),
                                                    ("disclaimer_text", False)]
    assert _found(text)[1][1].endswith("liability for errors.")


@pytest.mark.parametrize("line, rule", [
    ("© 2025 Coastline Media Group. All rights reserved.", "copyright_line"),
    ("Copyright 2024 Example News Ltd", "copyright_line"),
    ("copyright Harbourlight 2021 - ISSN: 1234-5679", "copyright_line"),
    ("Copyright ⓒ harbourlight.example. 무단전재 및 재배포 금지", "copyright_line"),
    ("ⓒ 한빛일보 무단전재 및 재배포 금지", "copyright_line"),
    ("한빛일보 기자 무단전재 및 재배포 금지", "disclaimer_text"),
    ("(This story has not been edited by our staff and is published from a syndicated feed.)",
     "disclaimer_text"),
    ("This material may not be published, broadcast, rewritten or redistributed.",
     "disclaimer_text"),
    ("The views expressed here are those of the author.", "disclaimer_text"),
    (("This copy is for your personal, non-commercial use only. Distribution and use of this "
      "material are governed by our Subscriber Agreement."), "disclaimer_text"),
])
def test_removes_boilerplate_line(line: str, rule: str) -> None:
    assert _found(f"{BODY}\n{line}") == [(rule, line, False)]


def test_lower_case_copyright_line_under_a_link_goes_alone() -> None:
    text = f"{BODY}\nHarbour Week 2021 | lights on the old quay\ncopyright 2021 Harbourlight. all rights reserved"
    assert _found(text) == [("copyright_line", "copyright 2021 Harbourlight. all rights reserved", False)]


@pytest.mark.parametrize("text", [
    "Copyright law lets the author decide who may copy the work, and for how long.",
    "Copyright holders in 2019 asked the court to block the site, the newspaper reported.",
    "The library records each journal's ISSN and the copyright holder in one catalogue.",
    "The band said the song was theirs and\ncopyright law backed them, the court found.",
    "The judge looked at the\ncopyright 2019 filing and found it valid.",
    "The museum lets visitors photograph the paintings for personal, non-commercial use only.",
    'The phrase "all rights reserved" has had no legal effect in most countries for decades.',
    "The warranty covers the frame for two years, the shop said.",
    "Disclaimer: I own shares in the company that makes these bicycles.",
])
def test_leaves_near_miss(text: str) -> None:
    assert [r for r in _found(text) if not r[2]] == []


def test_copyright_prefilter_admits_every_first_character() -> None:
    """The cheap first-character test before ``_COPYRIGHT`` turns away no copyright line: no
    other character (say, a case variant of "c" under IGNORECASE) starts a match."""
    from cleanroom.detectors.disclaimer import _COPYRIGHT, _COPYRIGHT_FIRST

    tails = ("opyright 2024", "OPYRIGHT © X", "c) 2024", "C)", ")", "权所有 © 2020",
             "權所有©", "作権 © 2021", " 2024 Example", "")
    starts = {chr(c) for c in range(0x3000) if any(_COPYRIGHT.match(chr(c) + t) for t in tails)}
    starts |= {ch for ch in "版著" if any(_COPYRIGHT.match(ch + t) for t in tails)}
    assert starts == set(_COPYRIGHT_FIRST)


def _row(size: int) -> str:
    """A table row given as one line, ``size`` characters, ending with the site's notices."""
    notice = " | Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung."
    cells = " | ".join(f"Harbour fee for berth {i} rises by four percent from April"
                       for i in range(40))
    return cells[:size - len(notice)] + notice


def test_a_long_line_ending_in_a_notice_is_not_a_boilerplate_line() -> None:
    from cleanroom.detectors._vocabulary import LONG_LINE

    inside, outside = _row(LONG_LINE), _row(LONG_LINE + 1)
    assert len(inside) == LONG_LINE and len(outside) == LONG_LINE + 1
    # Just inside the limit two notices make the line boilerplate; just outside it is
    # content (a table row of the article) and only held back for strict=True.
    assert [(r, strict) for r, _, strict in _found(f"{BODY}\n{inside}")] == [
        ("disclaimer_text", False)]
    assert [(r, strict) for r, _, strict in _found(f"{BODY}\n{outside}")] == [
        ("disclaimer_text", True)]
