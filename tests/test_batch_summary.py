"""Summary: counts that add up, in any grouping, and survive JSON."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from cleanroom.batch.summary import Summary

counts = st.dictionaries(st.sampled_from(["error_page", "repeated", "ads", "timeout"]),
                         st.integers(0, 10**6), max_size=3)
summaries = st.builds(Summary, records_in=st.integers(0, 10**9), errors=st.integers(0, 10**6),
                      bytes_in=st.integers(0, 10**12), clean_seconds=st.floats(0, 1e4),
                      chars_removed=counts, errors_by_type=counts)


@given(summaries, summaries, summaries)
def test_addition_is_associative_and_has_a_zero(a: Summary, b: Summary, c: Summary) -> None:
    left, right = (a + b) + c, a + (b + c)
    assert left.to_dict() == right.to_dict()
    assert (a + Summary()) == a or (a + Summary()).to_dict() == a.to_dict()


@given(summaries)
def test_json_round_trip(a: Summary) -> None:
    back = Summary.from_dict(json.loads(json.dumps(a.to_dict())))
    assert back.to_dict() == a.to_dict()


def test_from_dict_tolerates_missing_and_unknown_keys() -> None:
    assert Summary.from_dict({"records_in": 3, "future_field": 1}) == Summary(records_in=3)


def test_lines_read_well() -> None:
    s = Summary(records_in=10, records_out=10, errors=1, chars_in=1000, text_chars_removed=50,
                chars_removed={"ads": 50}, errors_by_type={"timeout": 1})
    text = "\n".join(s.lines())
    assert "10 in, 10 out, 1 errors" in text and "50 (5.0% of 1,000)" in text
    assert "ads: 50" in text and "timeout 1" in text


def test_pruned_html_is_not_a_share_of_the_text() -> None:
    """Issue 14 item 13: an HTML page's pruned menus are counted apart from what was cut
    from the extracted text, so the share of ``chars_in`` cannot pass 100 %."""
    from cleanroom.batch.records import Settings, clean_one, new_total, summary_of
    from cleanroom.batch.sources import Item, Where

    menu = "".join(f'<li><a href="/s{i}">Section number {i}</a></li>' for i in range(60))
    body = "<p>" + "The ferry timetable changes on Monday for the winter season. " * 4 + "</p>"
    page = (f"<html><body><nav><ul>{menu}</ul></nav><article><h1>Ferry times</h1>{body}"
            "</article></body></html>")
    total = new_total()
    clean_one(Item("html", page.encode(), Where("page.html")), Settings(timeout=None), total)
    s = summary_of(total)
    assert s.dom_chars_removed > s.chars_in > 0
    assert 0 <= s.text_chars_removed <= s.chars_in
    text = "\n".join(s.lines())
    assert f"pruned from HTML: {s.dom_chars_removed:,}" in text
    share = text.split("chars removed from the text: ")[1].split("\n")[0]
    assert "(" not in share or float(share.split("(")[1].split("%")[0]) <= 100
