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
    s = Summary(records_in=10, records_out=10, errors=1, chars_in=1000,
                chars_removed={"ads": 50}, errors_by_type={"timeout": 1})
    text = "\n".join(s.lines())
    assert "10 in, 10 out, 1 errors" in text and "50 (5.0% of 1,000)" in text
    assert "ads: 50" in text and "timeout 1" in text
