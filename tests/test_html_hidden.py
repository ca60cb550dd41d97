"""Hidden content on the HTML path: hidden is not always "not content" (issue 11 item 1), a
hidden page root never raises (issue 14 item 7), and the structural prune rules still find
their cards and tag lists in nested shapes, which they now measure once each (issue 14 item
8; the timing is in ``benchmarks/adversarial.py``).  Pages are written for these tests."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleanroom import clean
from cleanroom.document.dom_prune import prune

STORY = ("The valley railway reopened its northern branch after a winter of repairs, and the "
         "first train ran full. ")
ANSWER = ("Orders placed before noon leave the warehouse the same day and arrive within two "
          "working days anywhere on the mainland.")


@pytest.mark.parametrize("html", ["<html hidden>", '<html style="visibility:hidden">',
                                  "<html hidden><body hidden></body></html>",
                                  '<html style="display:none"><head hidden></head></html>'])
def test_a_hidden_page_root_does_not_raise(html: str) -> None:
    assert clean(html).text == ""


@pytest.mark.parametrize("wrapper", ['<body style="visibility:hidden">',
                                     '<body style="display: none">', "<body hidden>"])
def test_a_body_hidden_until_scripts_run_is_the_page(wrapper: str) -> None:
    html = f"<html>{wrapper}<article><p>{STORY * 4}</p></article></body></html>"
    assert clean(html).text == (STORY * 4).strip()


def test_a_streamed_body_in_a_hidden_div_is_the_page() -> None:
    html = (f'<html><body><div id="shell">Loading</div><div hidden id="S:0"><article><p>'
            f"{STORY * 4}</p></article></div></body></html>")
    assert (STORY * 4).strip() in clean(html).text


def test_a_collapsed_answer_is_kept_a_hidden_menu_and_date_are_not() -> None:
    html = ("<html><body><main><h2>Delivery</h2><p>" + STORY * 3 + "</p>"
            "<details><summary>How fast is delivery?</summary></details>"
            f'<div class="answer" style="display:none"><p>{ANSWER}</p></div>'
            '<div hidden><a href="/a">Shop</a> <a href="/b">Sale</a> <a href="/c">Brands</a> '
            '<a href="/d">Gift cards</a> <a href="/e">Stores near you</a> <a href="/f">Help'
            ' and support</a> <a href="/g">Track an order</a></div>'
            '<span hidden>2024-03-01T10:00:00Z</span></main></body></html>')
    text = clean(html).text
    assert ANSWER in text
    assert "Gift cards" not in text and "2024-03-01" not in text


def test_a_hidden_copy_of_the_visible_text_is_dropped() -> None:
    html = (f"<html><body><article><p>{STORY * 4}</p></article>"
            f'<div style="display:none"><p>{STORY * 4}</p></div></body></html>')
    assert clean(html).text == (STORY * 4).strip()


def test_hidden_tab_panels_are_kept_and_a_second_hidden_copy_is_not() -> None:
    tabs = ["Run the installer, choose the default folder and restart the terminal before the "
            "first build so the new path is picked up.",
            "Unpack the archive into your home folder, add its bin directory to the path and "
            "open a new shell to check the version."]
    panels = "".join(f'<div role="tabpanel" hidden><p>{t}</p></div>' for t in tabs)
    html = f"<html><body><main><h2>Install</h2><p>{STORY * 3}</p>{panels}</main></body></html>"
    text = clean(html).text
    assert all(t in text for t in tabs)
    twice = (f"<html><body><main><p>{STORY * 3}</p><div hidden><p>{tabs[0]}</p></div>"
             f"<div hidden><p>{tabs[0]}</p></div></main></body></html>")
    assert clean(twice).text.count(tabs[0]) == 1


def test_hidden_tab_panels_sharing_a_warning_with_the_visible_tab_are_kept() -> None:
    # every panel repeats the same warning in its middle, where a single probe would land
    warning = ("Keep your access token out of the code you commit, and load it from the "
               "environment when the program starts instead. ")
    steps = {"visible": "Open a terminal in the project folder and create a file for the "
                        "script with your editor of choice.",
             "shell": "Write the commands into a new shell file beside the project and mark "
                      "that file as executable for your user.",
             "ruby": "Add the client library to the project's gem list and install the bundle "
                     "before you run the sample for the first time."}
    ends = {"visible": "Then run it once to check.", "shell": "Then source it in a new shell.",
            "ruby": "Then run the sample with bundle exec."}
    panels = [f"<p>{steps[k]}</p><p>{warning * 2}</p><p>{ends[k]} {steps[k]}</p>"
              for k in ("visible", "shell", "ruby")]
    html = (f"<html><body><main><h2>Send a message</h2><p>{STORY * 3}</p>"
            f'<div role="tabpanel">{panels[0]}</div>'
            + "".join(f'<div role="tabpanel" hidden>{p}</div>' for p in panels[1:])
            + "</main></body></html>")
    text = clean(html).text
    assert steps["shell"] in text and steps["ruby"] in text


def _rules(html: str) -> list[str]:
    tree = LexborHTMLParser(html)
    return [d.rule for d in prune(tree)]


def test_teaser_cards_inside_an_article_are_found_at_any_nesting() -> None:
    cards = "".join(f"<article><h3>Other story {i}</h3><p>Short teaser {i}.</p></article>"
                    for i in range(3))
    page = f"<body><article><p>{STORY * 12}</p>{cards}</article></body>"
    assert _rules(page) == ["teaser_article"] * 3
    # unclosed <article> tags nest each one in the last: the inner ones are all short
    chain = "<body><article><p>" + STORY * 12 + "</p>" + "<article>word " * 5
    assert _rules(chain) == ["teaser_article"]  # the outermost card, holding the rest
    long_inner = (f"<body><article><article><p>{STORY * 12}</p></article>"
                  "<article><p>A note.</p></article></article></body>")
    assert _rules(long_inner) == []


def test_tag_lists_are_found_when_unclosed_spans_nest_them() -> None:
    flat = ("<body><p>" + STORY * 4 + '</p><div><a rel="tag">trains</a> '
            '<a rel="tag">valleys</a></div>')
    assert _rules(flat) == ["tag_list"]
    chain = "<body><p>" + STORY * 4 + "</p>" + '<span><a rel="tag">tag</a> ' * 250
    rules = _rules(chain)
    assert rules == ["tag_list"]  # the outermost short one, holding the deeper ones


def test_a_hidden_schema_item_copying_the_page_is_dropped_though_it_adds_a_story() -> None:
    other = ("A second story the page itself never shows sits at the end of the machine "
             "readable copy, about the harbour ferry timetable changing in spring.")
    items = "".join(f'<div style="display:none" itemscope itemtype="https://schema.org/'
                    f'NewsArticle"><p>{STORY * 4}</p><p>{STORY * 2}</p><p>{other}</p></div>'
                    for _ in range(2))
    html = f"<html><body><article><p>{STORY * 6}</p></article>{items}</body></html>"
    assert other not in clean(html).text
