"""The report: plain JSON data that round-trips, replays, and refuses the wrong text."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
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
