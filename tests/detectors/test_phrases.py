"""The phrase matchers' shared per-document lookups give what matching block by block gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleanroom.detectors import DEFAULT_DETECTORS
from cleanroom.detectors._phrases import LineSet
from cleanroom.document import from_text
from cleanroom.pipeline import pipeline

_LINE = st.sampled_from(["Comments", "No comments yet.", "0 Comments", "Advertisement",
                         "Share this:", "» Skip to content", "İLGİLİ HABERLER", "Reklam",
                         "The council met on Tuesday.", "Accept all cookies", "12 comments",
                         "Read more", "Menu", "Werbung", "广告", "コメント"])


@given(st.lists(_LINE, max_size=12))
def test_found_is_match_block_for_every_set(lines: list[str]) -> None:
    compiled = pipeline(DEFAULT_DETECTORS)
    alone = from_text("\n".join(lines))  # no index: every set looked up on its own
    doc = compiled.prepare(alone)
    sets = [s for s in compiled.indexes[0]._keep if isinstance(s, LineSet)]
    assert len(sets) > 10
    for lines_set in sets:
        expected = {b.index: g for b in doc.blocks if (g := lines_set.match_block(b))}
        assert dict(lines_set.found(doc)) == expected
        assert dict(lines_set.found(alone)) == expected


def test_a_set_the_index_lacks_is_looked_up_too() -> None:
    doc = pipeline(DEFAULT_DETECTORS).prepare(from_text("Comments\nSpecial offer today"))
    LineSet({"en": ("comments",)}).found(doc)  # fills the document's cache
    late = LineSet({"en": ("special offer today",)})
    assert dict(late.found(doc)) == {1: "en"}
