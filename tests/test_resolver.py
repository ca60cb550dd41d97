"""The resolver: overlaps merge, unsure findings wait for strict, cuts leave tidy text."""

from __future__ import annotations

import pytest

from cleanroom import Category
from cleanroom.cut import cut
from cleanroom.detectors.base import Finding
from cleanroom.resolver import resolve
from tests.conftest import make_doc

TEXT = "Junk line\nBody paragraph one.\nMore junk\n\nBody paragraph two."


def _f(start: int, end: int, rule: str = "r", strict_only: bool = False,
       category: Category = Category.ADS) -> Finding:
    return Finding(start, end, category, "test", rule, "because", strict_only)


def test_overlapping_findings_merge_into_one_removal() -> None:
    doc = make_doc(TEXT)
    report, text, _ = resolve(doc, [_f(0, 4, "a"), _f(2, 9, "b")])
    assert [(r.start, r.end, r.rule, r.merged) for r in report.removals] == [(0, 9, "a",
                                                                              ("test/b",))]
    assert text == "Body paragraph one.\nMore junk\n\nBody paragraph two."


def test_strict_only_findings_are_held_back() -> None:
    doc = make_doc(TEXT)
    report, text, _ = resolve(doc, [_f(30, 39, strict_only=True)])
    assert text == TEXT and len(report.held_back) == 1
    report, text, _ = resolve(doc, [_f(30, 39, strict_only=True)], strict=True)
    assert text == "Junk line\nBody paragraph one.\n\nBody paragraph two."


def test_finding_past_the_end_is_refused() -> None:
    with pytest.raises(ValueError, match="past the end"):
        resolve(make_doc("short"), [_f(0, 10)])


@pytest.mark.parametrize("text, spans, expected", [
    ("A\nJ\nB", [(2, 3)], "A\nB"),
    ("A\n\nJ\nB", [(3, 4)], "A\n\nB"),
    ("A\nJ\n\nB", [(2, 3)], "A\n\nB"),
    ("J\n\nA", [(0, 1)], "A"),
    ("A\n\nJ\n", [(3, 4)], "A"),
    ("A\r\nJ\r\nB", [(3, 4)], "A\r\nB"),
    ("  A\n    J\n    B", [(8, 9)], "  A\n    B"),
    ("Story. AD More.", [(7, 9)], "Story. More."),
    ("A\nJ1\nJ2\nB", [(2, 4), (5, 7)], "A\nB"),
])
def test_cut_tidies_only_where_it_cut(text: str, spans: list[tuple[int, int]],
                                      expected: str) -> None:
    assert cut(text, spans) == expected


def test_on_the_same_span_the_named_kind_leads_repeated() -> None:
    doc = make_doc(TEXT)
    repeat = _f(0, 9, "exact_repeat", category=Category.REPEATED)
    share = _f(0, 9, "share_buttons", category=Category.SHARE)
    report, _, _ = resolve(doc, [repeat, share])
    assert [(r.category, r.merged) for r in report.removals] == [
        (Category.SHARE, ("test/exact_repeat",))]


def test_on_the_same_span_the_declared_priority_leads_not_the_detectors_names() -> None:
    from cleanroom.resolver import LEAD

    assert sorted(LEAD) == sorted(Category) and len(LEAD) == len(set(LEAD))
    doc = make_doc(TEXT)
    # "zz_form" sorts after "aa_cookie" by name; the comment section leads by priority.
    form = Finding(0, 9, Category.COMMENTS, "zz_form", "comment_form", "because")
    consent = Finding(0, 9, Category.COOKIE, "aa_cookie", "consent_text", "because")
    for order in ([form, consent], [consent, form]):
        report, _, _ = resolve(doc, list(order))
        assert [(r.category, r.merged) for r in report.removals] == [
            (Category.COMMENTS, ("aa_cookie/consent_text",))]


def test_many_findings_are_sorted_as_few_are(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past ``_FEW`` findings the resolver sorts one field at a time (no key tuple per
    finding): the removals must be the same as with the one-tuple sort."""
    import random

    from cleanroom import resolver
    from cleanroom.categories import Category
    from cleanroom.detectors.base import Finding
    from cleanroom.document.from_text import from_text

    rnd = random.Random(3)
    doc = from_text("\n".join(f"Line {i} of the text" for i in range(8)))
    for _ in range(200):
        findings = []
        for _ in range(rnd.randint(0, 30)):
            start = rnd.choice([b.start for b in doc.blocks])
            end = min(len(doc.text), start + rnd.randint(1, 30))
            findings.append(Finding(start, end, rnd.choice(list(Category)),
                                    rnd.choice("ab"), rnd.choice("xy"), str(rnd.random()),
                                    rnd.random() < 0.5))
        few = resolver.resolve(doc, list(findings)).report
        monkeypatch.setattr(resolver, "_FEW", 0)
        many = resolver.resolve(doc, list(findings)).report
        monkeypatch.undo()
        assert many == few
