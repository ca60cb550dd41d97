"""``cleanroom show``: the page is checked in a real headless browser (Debian's chromium,
driven by Playwright), not only by string checks: what the browser renders must be the
text the detectors saw, with each removal highlighted in its category's colour and its
rule and reason shown on hover.

Needs ``chromium`` on PATH (``apt-get install -y chromium``; ``.ci/run`` installs it) or
``CLEANROOM_CHROMIUM=/path/to/chrome``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cleanroom
from cleanroom import cli
from cleanroom.report import Result
from cleanroom.show import COLOURS, render

# Written for this test: an article with four kinds of junk around it.
STORY = ("404\nSorry!!\nError! We're sorry, but the page you were looking for doesn't exist.\n"
         "Harbour ferry returns after engine refit\n"
         "The ferry to the outer islands resumed its winter timetable on Monday, after two "
         "weeks in dry dock.\n"
         "The operator said the new engines cut fuel use by a fifth, and that fares would "
         "stay the same until spring.\n"
         "Islanders had relied on a smaller boat, which could not carry vehicles, since the "
         "start of the month.\n"
         "The operator said the new engines cut fuel use by a fifth, and that fares would "
         "stay the same until spring.\n"
         "Islanders had relied on a smaller boat, which could not carry vehicles, since the "
         "start of the month.\n"
         "Legal Disclaimer: This content is provided by a third party and is syndicated as "
         "is. The publisher takes no responsibility for its accuracy.\n"
         "Comments\nNo comment")

# Written for this test: an HTML page with a menu, a cookie banner, share and newsletter
# prompts, related links and a footer around a three-paragraph story.
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry returns</title><script>var x=1;</script></head>
<body><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<article><h1>Harbour ferry returns after engine refit</h1>
<p>The ferry to the outer islands resumed its winter timetable on Monday, after two weeks in dry dock.</p>
<p>The operator said the new engines cut fuel use by a fifth, and that fares would stay the same until spring.</p>
<p>Islanders had relied on a smaller boat, which could not carry vehicles, since the start of the month.</p>
<p>Share this article: Facebook Twitter Email</p>
<p>Sign up for our newsletter to get the latest news in your inbox.</p>
</article>
<aside class="related"><h3>Related articles</h3><ul><li><a href="/a">Bridge to reopen in May</a></li><li><a href="/b">New bus routes for the coast</a></li></ul></aside>
<footer>© 2024 Island Times. All rights reserved.</footer></body></html>
"""

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str:
    path = os.environ.get("CLEANROOM_CHROMIUM") or shutil.which("chromium") or shutil.which(
        "chromium-browser")
    if not path:
        raise RuntimeError("test_show needs chromium: apt-get install -y chromium "
                           "(or set CLEANROOM_CHROMIUM)")
    return path


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=chromium_path(), headless=True, args=FLAGS,
            viewport={"width": 1000, "height": 900})
        try:
            yield context.new_page()
        finally:
            context.close()


def _open(page: Any, result: Result, name: str, folder: Path, html: str | None = None) -> None:
    """Write ``cleanroom show``'s page for ``result`` (read from ``name``, the HTML ``html``)
    and open it."""
    page_file = folder / "show.html"
    page_file.write_text(render(result, name, html), encoding="utf-8")
    page.goto(page_file.as_uri())


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.fixture(scope="module")
def result() -> Result:
    res = cleanroom.clean(STORY)
    assert {str(r.category) for r in res.report.removals} >= {"error_page", "repeated"}
    return res


def test_browser_shows_every_removal_in_place(browser_page, result: Result,  # type: ignore[no-untyped-def]
                                              tmp_path: Path) -> None:
    page = browser_page
    _open(page, result, "story.txt", tmp_path)
    # the browser shows exactly the text the detectors saw
    assert page.inner_text("pre.doc") == result.source_text
    marks = page.query_selector_all("mark.cut:not(.held)")
    assert [m.text_content() for m in marks] == [r.text for r in result.report.removals]
    for mark, removal in zip(marks, result.report.removals):
        colour = mark.evaluate("e => getComputedStyle(e).backgroundColor")
        assert colour == _rgb(COLOURS[str(removal.category)])
        assert removal.rule in (mark.get_attribute("title") or "")
    legend = page.inner_text("header .legend")
    for category in result.report.chars_by_category:
        assert category in legend


def test_hover_shows_rule_and_reason(browser_page, result: Result,  # type: ignore[no-untyped-def]
                                     tmp_path: Path) -> None:
    page = browser_page
    _open(page, result, "story.txt", tmp_path)
    first = result.report.removals[0]
    mark = page.query_selector("mark.cut")
    before = page.screenshot()
    assert mark.evaluate("e => getComputedStyle(e, '::after').content") == "none"
    mark.hover()
    tip = mark.evaluate("e => getComputedStyle(e, '::after').content")
    assert first.rule in tip and first.reason in tip.replace("\\n", "\n")
    assert page.screenshot() != before  # the tooltip is drawn


def test_held_back_spans_are_outlined_not_filled() -> None:
    res = cleanroom.clean(STORY)
    if not res.report.held_back:  # build one: the same finding, held back
        res = Result(res.text, cleanroom.Report(removals=res.report.removals[1:],
                                                held_back=res.report.removals[:1],
                                                source_chars=res.report.source_chars),
                     res.source_text)
    html = render(res, "held")
    assert 'class="cut ' in html and " held" in html and "held back (strict only)" in html


def test_show_command_writes_a_page(tmp_path: Path) -> None:
    src = tmp_path / "story.txt"
    src.write_text(STORY, encoding="utf-8")
    out = tmp_path / "page.html"
    assert cli.main(["show", str(src), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html and "http" not in html
    assert 'class="cut error_page"' in html


def test_show_picks_a_record_of_a_jsonl_file(tmp_path: Path) -> None:
    src = tmp_path / "d.jsonl"
    src.write_text('{"text": "first"}\n{"text": "Page not found\\nSecond story here."}\n',
                   encoding="utf-8")
    out = tmp_path / "p.html"
    assert cli.main(["show", str(src), "--record", "2", "-o", str(out)]) == 0
    assert "Second story here." in out.read_text(encoding="utf-8")
    assert cli.main(["show", str(src), "--record", "3", "-o", str(out)]) == cli.EXIT_USAGE


def test_browser_shows_dom_removals_of_html_input(browser_page,  # type: ignore[no-untyped-def]
                                                  tmp_path: Path) -> None:
    res = cleanroom.clean(PAGE)
    dom = res.report.dom_removals
    assert res.report.source == "html" and len(dom) == 4
    page = browser_page
    _open(page, res, "page.html", tmp_path, PAGE)
    rows = page.query_selector_all("main table tr")[1:]
    assert len(rows) == len(dom)
    for row, removal in zip(rows, dom):
        cells = [c.inner_text() for c in row.query_selector_all("td")]
        assert cells[0] == removal.category and cells[1] == removal.path
        assert removal.rule in cells[2]
    # in place: each pruned element is a block of its own on the page's text...
    marks = page.query_selector_all("pre.doc mark.dom")
    assert [m.text_content() for m in marks] == [d.text for d in dom]
    for mark, removal in zip(marks, dom):
        assert mark.evaluate("e => getComputedStyle(e).display") == "block"
        assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == \
            _rgb(COLOURS[removal.category])
        assert removal.rule in (mark.get_attribute("title") or "")
    # ...where it stood: menu and cookie banner above the story, related links and footer below
    shown = page.inner_text("pre.doc")
    order = ["Home News Sport", "We use cookies", "The ferry to the outer islands",
             "Sign up for our newsletter", "Related articles", "© 2024 Island Times"]
    assert [shown.index(x) for x in order] == sorted(shown.index(x) for x in order)
    # and without them the text is exactly the text the detectors saw
    rest = page.evaluate("""() => { const pre = document.querySelector('pre.doc').cloneNode(true);
        pre.querySelectorAll('mark.dom').forEach(m => m.remove()); return pre.textContent; }""")
    assert rest == res.source_text
    # the share removed is that of the extracted text; pruned characters are counted apart
    stats = page.inner_text("header .stats")
    share = 100 * res.report.removed_chars / len(res.source_text)
    assert f"{res.report.removed_chars:,} removed in 2 spans ({share:.1f} %)" in stats
    assert f"4 elements ({res.report.dom_removed_chars:,} chars) pruned from the HTML" in stats


def test_show_command_places_the_pruned_elements_of_an_html_file(tmp_path: Path) -> None:
    src = tmp_path / "page.html"
    src.write_bytes(PAGE.encode("utf-8"))
    out = tmp_path / "page.show.html"
    assert cli.main(["show", str(src), "-o", str(out)]) == 0
    shown = out.read_text(encoding="utf-8")
    doc = shown[shown.index('<pre class="doc">'):shown.index("</pre>")]
    assert doc.index('class="cut dom navigation"') < doc.index("The ferry to the outer") < \
        doc.index('class="cut dom related"')


def screenshot(out: Path) -> None:
    """Write the docs screenshot: ``python tests/test_show.py docs/show.png``."""
    import tempfile

    from playwright.sync_api import sync_playwright

    res = cleanroom.clean(PAGE)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(Path(tmp) / "profile"), executable_path=chromium_path(), headless=True,
            args=FLAGS, viewport={"width": 980, "height": 560})
        page = context.new_page()
        _open(page, res, "page.html", Path(tmp), PAGE)
        page.hover("mark.cut.share")
        page.screenshot(path=str(out), full_page=True)
        context.close()


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    screenshot(Path(sys.argv[1]))
