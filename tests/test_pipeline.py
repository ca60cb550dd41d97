"""The pipeline compiles its detectors' phrase lists once; nothing is registered process-wide."""

from __future__ import annotations

import time

import cleanroom
from cleanroom.detectors import DEFAULT_DETECTORS
from cleanroom.detectors._phrases import LineSet
from cleanroom.document import from_text
from cleanroom.options import Options
from cleanroom.pipeline import pipeline

TEXT = ("Advertisement\nThe harbour board met on Tuesday and agreed the new berthing fees.\n"
        "Share this:\nComments\nNo comments yet.")


def _clean_time(repeat: int = 30) -> float:
    """The median time of a clean of ``TEXT`` with the default options."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        cleanroom.clean(TEXT)
        times.append(time.perf_counter() - t0)
    return sorted(times)[len(times) // 2]


def test_a_thousand_throwaway_detectors_cost_other_calls_nothing() -> None:
    default = pipeline(Options().active_detectors()).indexes
    before = _clean_time()
    expected = cleanroom.clean(TEXT)
    for i in range(1000):
        detector = cleanroom.PhraseDetector(f"promo{i}", "ads", lines=(f"special offer {i}",))
        if i % 100 == 0:  # some are used, each in a call of its own
            assert cleanroom.clean(f"special offer {i}\n{TEXT}",
                                   extra_detectors=[detector]).report.removals
    after = _clean_time()
    assert pipeline(Options().active_detectors()).indexes == default  # not rebuilt, not grown
    assert len(default) == 1
    assert cleanroom.clean(TEXT) == expected
    # Robust to a busy machine: a registry that grew with each detector made a clean cost
    # some 15 times more after 300 of them.
    assert after < 3 * before + 0.002


def test_the_default_index_holds_every_list_the_detectors_read() -> None:
    compiled = pipeline(DEFAULT_DETECTORS)
    doc = compiled.prepare(from_text(TEXT + "\nReklam\nİLGİLİ HABERLER\nCookie settings"))
    for detector in compiled.detectors:
        list(detector.find(doc))
    looked_up_alone = [k for k in doc.scans.memo
                       if isinstance(k, tuple) and k[0] in ("lines", "anchors")]
    assert looked_up_alone == []


def test_a_users_line_set_outside_the_index_is_found_on_its_own() -> None:
    doc = pipeline(DEFAULT_DETECTORS).prepare(from_text("Comments\nSpecial offer today"))
    assert dict(LineSet({"en": ("special offer today",)}).found(doc)) == {1: "en"}


def test_scans_are_not_shared_between_documents() -> None:
    compiled = pipeline(DEFAULT_DETECTORS)
    one, two = compiled.prepare(from_text("Comments")), compiled.prepare(from_text("Comments"))
    LineSet({"en": ("comments",)}).found(one)
    assert one.scans is not two.scans and two.scans.memo == {}


def test_a_users_detector_gets_an_index_of_its_own_lists_beside_the_built_in_one() -> None:
    builtin = pipeline(DEFAULT_DETECTORS).indexes
    detector = cleanroom.PhraseDetector("promo", "ads", lines=["shop now"],
                                        phrases=["free shipping on all orders"])
    indexes = pipeline((*DEFAULT_DETECTORS, detector)).indexes
    assert indexes[0] is builtin[0] and len(indexes) == 2
    assert (len(indexes[1].line_slot), len(indexes[1].anchor_slot)) == (1, 1)
    alone = pipeline((detector,)).indexes
    assert len(alone) == 1 and alone[0] is indexes[1]
