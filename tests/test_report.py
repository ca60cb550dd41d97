"""The report: plain JSON data that round-trips, replays, and refuses the wrong text."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
import regex
from hypothesis import given

import cleanroom
from cleanroom import Category, Removal, Report
from cleanroom.document.model import DomRemoval
from cleanroom.strategies import DirtyDocument, dirty_documents


@given(dirty_documents())
def test_json_round_trip(doc: DirtyDocument) -> None:
    report = cleanroom.clean(doc.dirty, strict=True).report
    data = json.loads(json.dumps(report.to_dict()))
    assert Report.from_dict(data) == report
    assert Report.from_dict(data).apply(doc.dirty) == cleanroom.clean(doc.dirty, strict=True).text


@given(dirty_documents())
def test_encodable_gives_the_json_of_to_dict(doc: DirtyDocument) -> None:
    report = cleanroom.clean(doc.dirty).report
    assert orjson.dumps(report.encodable()) == orjson.dumps(report.to_dict())


def test_encodable_with_every_kind_of_entry() -> None:
    cut = Removal(0, 3, "404", Category.ERROR_PAGE, "error_page", "status_code", "why",
                  merged=("repeated/paragraph", "ads/label"))
    kept = Removal(4, 9, "Share", Category.SHARE, "share", "button_label", "a label")
    dom = DomRemoval("body/div[2]", "Accept cookies", "cookie", "dom", "consent", "a banner")
    report = Report((cut,), (kept,), (dom,), is_error_page=True, source="html",
                    source_chars=12)
    assert orjson.dumps(report.encodable()) == orjson.dumps(report.to_dict())
    page = Path(__file__).parent / "fixtures" / "html" / "article.html"
    html_report = cleanroom.clean(page.read_text(encoding="utf-8")).report
    assert html_report.dom_removals
    assert orjson.dumps(html_report.encodable()) == orjson.dumps(html_report.to_dict())


def test_report_fields_for_the_classic_four() -> None:
    text = ("404\nPage not found\nThe harbour reopened on Friday after a week of storms.\n"
            "Fishing boats were back in the water by noon, and the ferry to the islands ran on "
            "time for the first time since the start of the month. The harbour master said "
            "repairs to the outer wall would start in the spring and take about six weeks, "
            "during which the smaller boats will use the old quay by the market.\n"
            "© 2025 Harbour News. All rights reserved.\nComments\nNo comments yet")
    report = cleanroom.clean(text).report
    cats = [r.category for r in report.removals]
    assert cats == [Category.ERROR_PAGE, Category.ERROR_PAGE, Category.DISCLAIMER,
                    Category.COMMENTS, Category.COMMENTS]
    for r in report.removals:
        assert text[r.start:r.end] == r.text and r.detector and r.rule and r.reason
    assert report.chars_by_category == {"comments": 23, "disclaimer": 41, "error_page": 17}
    assert not report.is_error_page
    assert "error_page" in str(report) and "404" in str(report)


def test_whole_page_error_is_flagged() -> None:
    report = cleanroom.clean("404\nPage not found\nGo back to the homepage").report
    assert report.is_error_page
    assert cleanroom.clean("404\nPage not found\nGo back to the homepage").text == ""


def test_apply_refuses_another_text() -> None:
    result = cleanroom.clean("Page not found\nThe real story begins here, at some length.")
    with pytest.raises(ValueError, match="characters"):
        result.report.apply("something else")
    with pytest.raises(ValueError, match="not the text"):
        result.report.apply("Page NOT found\nThe real story begins here, at some length.")


def test_removal_is_frozen() -> None:
    removal = Removal(0, 3, "404", Category.ERROR_PAGE, "error_page", "status_code", "why")
    with pytest.raises(AttributeError):
        removal.start = 1  # type: ignore[misc]


def test_held_back_is_reported_not_cut() -> None:
    text = ("No comment.\nThe harbour reopened on Friday after a week of storms.\n"
            "Boats were back in the water by noon.\nThe ferry ran on time.\nThe end.")
    result = cleanroom.clean(text)
    assert result.text == text
    assert [r.rule for r in result.report.held_back] == ["empty_comments"]
    assert cleanroom.clean(text, strict=True).text.startswith("The harbour")


# Written for this test: a surrogate pair split into its two code units (as text cut from
# UTF-16 data may hold them) inside a removal, and a lone one in the kept text.
SPLIT_PAIR = ("Page not found \ud83d\ude00\n"
              "The harbour reopened on Friday \ud83d after a week of storms.\n"
              "© 2025 Harbour News \udc00. All rights reserved.")


def test_split_surrogate_pairs_survive_the_json_round_trip() -> None:
    result = cleanroom.clean(SPLIT_PAIR)
    report = result.report
    assert "\ud83d after" in result.text  # clean() keeps surrogates as the input has them
    assert any("\ud83d\ude00" in r.text for r in report.removals)
    assert any("\udc00" in r.text for r in report.removals)
    data = report.to_dict()
    for ensure_ascii in (True, False):
        dumped = json.dumps(data, ensure_ascii=ensure_ascii)
        dumped.encode("utf-8")  # writable to a UTF-8 file
        back = Report.from_dict(json.loads(dumped))
        assert back == report and back.apply(SPLIT_PAIR) == result.text
    assert orjson.dumps(report.encodable()) == orjson.dumps(data)
    assert Report.from_dict(orjson.loads(orjson.dumps(data))) == report
    lone = Removal(0, 2, "\ud800x", Category.ADS, "ads", "label", "quoted '\udfff'")
    assert Removal.from_dict(json.loads(json.dumps(lone.to_dict()))) == lone


def test_printed_report_gives_each_reason_and_the_held_back_spans() -> None:
    text = ("404\nPage not found\nNo comment.\nThe harbour reopened on Friday after a week of "
            "storms.\nBoats were back in the water by noon.\nThe ferry ran on time.\nThe end.")
    report = cleanroom.clean(text).report
    assert report.removals
    printed = str(report)
    for r in report.removals:
        assert f"{r.start}-{r.end} {r.category}/{r.rule}:" in printed and r.reason in printed
    held = [Removal(i * 12, i * 12 + 10, "No comment", Category.COMMENTS, "comments",
                    "empty_comments", f"empty comment section number {i}") for i in range(126)]
    many = Report(removals=report.removals, held_back=tuple(held), source_chars=2000)
    printed = str(many)
    assert "held back 126 spans (1,260 chars; cut only with strict=True)" in printed
    assert "empty comment section number 0" in printed
    assert "empty comment section number 4" in printed
    assert "empty comment section number 5" not in printed and "… and 121 more" in printed


def test_printed_html_report_counts_pruned_elements_apart_from_the_text() -> None:
    # Written for this test: a short story inside a page whose menus hold ten times its text.
    menu = "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(100))
    page = (f"<html><body><nav><ul>{menu}</ul></nav><article><h1>Ferry back</h1>"
            "<p>The ferry to the outer islands resumed its winter timetable on Monday.</p>"
            "<p>The operator said the new engines cut fuel use by a fifth, and that fares "
            "would stay the same until spring.</p><p>Islanders had relied on a smaller boat, "
            "which could not carry vehicles, since the start of the month.</p>"
            "<p>Share this article: Facebook Twitter Email</p></article>"
            f"<footer><ul>{menu}</ul></footer></body></html>")
    report = cleanroom.clean(page).report
    assert report.dom_removed_chars > 5 * report.source_chars > 0  # once shown as > 500 %
    printed = str(report)
    assert printed.startswith(f"pruned {len(report.dom_removals)} elements from the HTML before "
                              f"extraction ({report.dom_removed_chars:,} chars: navigation")
    shares = [float(x) for x in regex.findall(r"\(([\d.]+) %\)", printed)]
    assert shares and all(0 < x <= 100 for x in shares)
    assert (f"{report.removed_chars:,} of {report.source_chars:,} chars "
            f"({100 * report.removed_chars / report.source_chars:.1f} %)") in printed
