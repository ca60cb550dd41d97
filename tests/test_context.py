"""One pass: every detector runs once; context is settled across all proposals before the cut."""

from __future__ import annotations

from collections.abc import Iterable

import cleanroom
from cleanroom.categories import Category
from cleanroom.detectors import DEFAULT_DETECTORS
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

BODY = ("The harbour board met on Tuesday and agreed the new berthing fees for the spring. "
        "Shipping firms had expected a larger rise, one operator said after the meeting.")


class Counting:
    """A detector that wraps another and counts its runs."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.category = inner.category  # type: ignore[attr-defined]
        self.runs = 0

    def find(self, doc: Document) -> Iterable[Finding]:
        self.runs += 1
        return self.inner.find(doc)  # type: ignore[attr-defined, no-any-return]


def test_every_detector_runs_once_even_when_junk_is_cut() -> None:
    counted = [Counting(d) for d in DEFAULT_DETECTORS]
    text = f"{BODY}\nComments\nWe use cookies to improve your experience.\nAccept all cookies"
    result = cleanroom.clean(text, detectors=counted)
    assert result.report.removals
    assert [c.runs for c in counted] == [1] * len(counted)


def test_a_comments_heading_over_a_cut_cookie_banner_is_empty_in_the_same_pass() -> None:
    text = f"{BODY}\nComments\nWe use cookies to improve your experience.\nAccept all cookies"
    result = cleanroom.clean(text)
    assert result.text == BODY
    rules = {(r.category, r.rule) for r in result.report.removals}
    assert (Category.COMMENTS, "comments_heading") in rules
    # Near-miss: a heading with a reader's comment under the banner is not empty.
    reply = "I walked past the harbour on Sunday and the new quay looks finished already."
    kept = cleanroom.clean(f"{text}\n{reply}").text
    assert "Comments" in kept


def test_a_follow_line_that_ends_the_text_once_a_prompt_below_is_cut() -> None:
    follow = ("Have a tip? Our reporter may be reached at desk@harbour.example. "
              "Follow her on Twitter @harbourdesk or on Facebook.")
    prompt = "Get the latest updates right in your inbox. Subscribe to our newsletters."
    result = cleanroom.clean(f"{BODY}\n{follow}\n{prompt}")
    assert result.text == BODY
    assert [r.rule for r in result.report.removals] == ["follow_prompt", "signup_sentence"]
    # Near-miss: with an article paragraph below it, the line is mid-text and only held back.
    more = "The ferry company said its winter timetable would not change until June."
    held = cleanroom.clean(f"{BODY}\n{follow}\n{more}")
    assert follow in held.text and [r.rule for r in held.report.held_back] == ["follow_prompt"]


def test_a_headline_list_under_a_heading_that_ends_the_text_once_a_comment_form_is_cut() -> None:
    # Before the cut the form's last sentence reads like the text's last paragraph, so the
    # "Related Stories" heading stood mid-text and its list was kept (also before one pass).
    heading, items = "Related Stories", ["Harbour fees to rise in spring",
                                         "New ferry timetable for the islands"]
    form = ("Leave a comment\nSave my name, email, and website in this browser for the next "
            "time I comment.")
    text = "\n".join([BODY, heading, *items, form])
    result = cleanroom.clean(text)
    assert result.text == BODY
    assert [r.rule for r in result.report.removals if r.text in items] == ["related_list"] * 2
    # Near-miss: with the article going on after the list, the list stays.
    more = "The ferry company said its winter timetable would not change until June."
    kept = cleanroom.clean("\n".join([BODY, heading, *items, more, more.replace("June", "May")]))
    assert all(item in kept.text for item in items)


def test_new_findings_are_kept_once_each_and_in_their_order() -> None:
    import random

    from cleanroom.context import _not_in

    def by_tags(new: list[Finding], out: list[Finding]) -> list[Finding]:
        seen = {(f.start, f.end, f.detector, f.rule, f.strict_only) for f in out}
        kept = []
        for f in new:
            tag = (f.start, f.end, f.detector, f.rule, f.strict_only)
            if tag not in seen:
                seen.add(tag)
                kept.append(f)
        return kept

    rnd = random.Random(7)

    def finding() -> Finding:
        start = rnd.randint(0, 5)
        return Finding(start, start + rnd.randint(1, 2), Category.SHARE, rnd.choice("ab"),
                       rnd.choice("xy"), rnd.choice(("one reason", "another")), rnd.random() < 0.5)

    for _ in range(3000):
        out = [finding() for _ in range(rnd.randint(0, 6))]
        new = [finding() for _ in range(rnd.randint(0, 6))]
        assert [id(f) for f in _not_in(new, out)] == [id(f) for f in by_tags(new, out)]
