"""Hostile and odd input (issue 14 items 8-10): markup that would make parsing quadratic,
line breaks other than ``\\n``, text that mentions tags, pages that open oddly, and HTML whose
clean text must stay text.  Timings live in ``benchmarks/adversarial.py``; these tests check
what the guards do."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

import cleanroom
from cleanroom.document import dom_rules
from cleanroom.document.dom_hints import MarkupHints, hint_key, hints_of
from cleanroom.document.dom_prune import element_path, has_ancestor
from cleanroom.document.from_text import from_text
from cleanroom.document.html_guard import MAX_ATTRIBUTES, MAX_DEPTH, MAX_NESTED_SAME, flatten
from cleanroom.document.sniff import looks_like_html

PARAGRAPH = ("The harbour board met on Tuesday to discuss the new ferry timetable, which "
             "adds two crossings on weekdays and one on Sundays. ")


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Ferry</title></head><body>{body}</body></html>"


def _depth(html: str) -> int:
    """The deepest element of the parsed page."""
    deepest = 0
    for node in LexborHTMLParser(html).root.traverse():
        depth, current = 0, node
        while current is not None:
            depth, current = depth + 1, current.parent
        deepest = max(deepest, depth)
    return deepest


# -- item 8: the guard before parsing ------------------------------------------------------

def test_deep_nesting_is_flattened_and_its_text_kept() -> None:
    body = "<div>" * 5000 + f"<p>{PARAGRAPH * 3}</p>" + "</div>" * 5000
    flat = flatten(_page(body))
    assert flat.count("<div>") == MAX_DEPTH and flat.count("</div>") == MAX_DEPTH
    assert _depth(flat) <= MAX_DEPTH + 5
    assert hint_key(PARAGRAPH) in hint_key(cleanroom.clean(_page(body)).text)


def test_two_hundred_thousand_unclosed_divs_parse() -> None:
    flat = flatten("<div>" * 200_000 + PARAGRAPH)
    assert flat == "<div>" * MAX_DEPTH + PARAGRAPH


def test_attributes_past_the_limit_are_dropped() -> None:
    tag = "<p " + " ".join(f'data-a{i}="v"' for i in range(5000)) + ">"
    flat = flatten(_page(tag + PARAGRAPH * 3 + "</p>"))
    kept = LexborHTMLParser(flat).css_first("p")
    assert kept is not None and len(kept.attributes) == MAX_ATTRIBUTES
    assert kept.attributes["data-a0"] == "v"
    assert hint_key(PARAGRAPH) in hint_key(cleanroom.clean(_page(tag + PARAGRAPH * 3 + "</p>")).text)


def test_ordinary_pages_are_not_touched() -> None:
    body = ("<nav><ul>" + "<li><a href='/x'>Section</a>" * 30 + "</ul></nav><article>"
            + "<div class='row'><p>" * 40 + PARAGRAPH + "</p></div>" * 40
            + "<ul><li>" * MAX_NESTED_SAME + "item" + "</li></ul>" * MAX_NESTED_SAME
            + "<script>var s = '" + "<div>" * 600 + "';</script><!-- <div> -->" * 3
            + "<table><tr><td>" * MAX_NESTED_SAME + "cell" + "</td></tr></table>" * MAX_NESTED_SAME
            + "</article>")
    page = _page(body)
    assert page.count("<") > MAX_DEPTH
    assert flatten(page) is page


def test_a_chain_of_one_element_is_flattened_past_its_own_depth() -> None:
    # nested lists and quotes cost the extractor a pass per level: 40 nested lists become 16,
    # every item and word kept, the page after them where it was
    body = "<ul><li>item " * 40 + "</ul>" * 40 + "<blockquote>quote " * 40 + "<p>after</p>"
    flat = flatten(_page(body))
    assert flat.count("<ul>") == flat.count("</ul>") == MAX_NESTED_SAME
    assert flat.count("<blockquote>") == MAX_NESTED_SAME
    tree = LexborHTMLParser(flat)
    assert len(tree.css("li")) == 40 and tree.body is not None
    assert tree.body.text().split() == ["item"] * 40 + ["quote"] * 40 + ["after"]
    assert len(tree.css("div")) == 0 and flatten(_page("<div>" * 40 + "x")).count("<div>") == 40


def test_end_tags_of_flattened_elements_go_with_them() -> None:
    body = "<section>" + "<div>" * 300 + "deep" + "</div>" * 300 + "</section><p>after</p>"
    tree = LexborHTMLParser(flatten(body))
    after = tree.css_first("p")
    assert after is not None and after.parent is not None and after.parent.tag == "body"


def test_verbatim_text_gains_no_closing_tags() -> None:
    page = (f"<html><body><p>{PARAGRAPH * 2}</p><plaintext><b>bold</b> & <i>italic</i> "
            "stay as typed")
    text = cleanroom.clean(page).text
    assert text.endswith("<b>bold</b> & <i>italic</i> stay as typed")
    assert "</plaintext>" not in text and "</body>" not in text
    assert cleanroom.clean(text).text == text


def test_nested_lists_keep_their_hints() -> None:
    page = _page("<ul><li><a href=x>link</a> " * 3000)
    hints = hints_of(LexborHTMLParser(flatten(page)).body)  # type: ignore[arg-type]
    hint = hints.get("link")
    assert hint is not None and hint.tag == "li" and hint.link_density == 1.0
    assert hints.get("linklink") is None


def _naive_hints(html: str) -> dict[str, tuple[object, ...]]:
    """Every paragraph-like element's hints the slow way: its text, its links' text."""
    root = LexborHTMLParser(html).body
    found: dict[str, tuple[object, ...]] = {}
    for node in root.css(",".join(sorted(dom_rules.TEXT_TAGS))) if root else []:
        key = hint_key(node.text(separator=" "))
        if not key or key in found:
            continue
        if has_ancestor(node, "a"):
            density = 1.0
        else:
            links = sum(len(hint_key(a.text(separator=" "))) for a in node.css("a"))
            density = min(1.0, links / len(key))
        found[key] = (node.tag, element_path(node), density)
    return found


_TAGS = st.sampled_from(["p", "li", "ul", "div", "a", "b", "blockquote", "td", "h2", "span"])
_WORDS = st.sampled_from(["Ferry", "harbour", "crossing", "  ", "ß", "İ", "weekday"])
_markup = st.lists(st.one_of(_WORDS, _TAGS.map(lambda t: f"<{t}>"),
                             _TAGS.map(lambda t: f"</{t}>")), max_size=40).map("".join)


@given(_markup)
def test_hints_match_the_element_texts(html: str) -> None:
    """The walk's hints are the ones each element's own text gives."""
    root = LexborHTMLParser(html).body
    assert root is not None
    hints = hints_of(root)
    for key, (tag, path, density) in _naive_hints(html).items():
        hint = hints.get(key)
        assert hint is not None
        assert (hint.tag, hint.path) == (tag, path)
        assert hint.link_density == pytest.approx(density)


# -- item 9: every line break is one -------------------------------------------------------

_ERROR = ("403\nSorry!!\nThe page you were looking for doesn't exist.\nBody text here, "
          "and the story goes on.")


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\u2028", "\u2029", "\x85"])
def test_other_line_breaks_clean_like_newlines(newline: str) -> None:
    text = _ERROR.replace("\n", newline)
    result = cleanroom.clean(text)
    assert result.text == cleanroom.clean(_ERROR).text == "Body text here, and the story goes on."
    assert result.report.apply(text) == result.text
    assert cleanroom.clean(result.text).text == result.text


def test_lines_keep_offsets_into_the_input() -> None:
    text = "Title\r\rThe disclaimer runs\rover two lines.\r\nNext\u2028Last"
    doc = from_text(text)
    assert [b.text for b in doc.blocks] == ["Title", "The disclaimer runs\rover two lines.",
                                            "Next", "Last"]
    assert all(text[b.start:b.end] == b.text for b in doc.blocks)


def test_a_paragraph_separator_ends_a_paragraph() -> None:
    assert [b.text for b in from_text("It runs on\u2029and on\ninto here").blocks] == [
        "It runs on", "and on\ninto here"]


# -- item 10 and issue 11 item 5: what is HTML ---------------------------------------------

@pytest.mark.parametrize("page", [
    "<!-- generated 2024-01-01 -->\n<script>" + "var tpl = '<p>' + x + '</p>';\n" * 600
    + "</script><div><p>Hello</p></div>",
    "<style>" + "p { margin: 0 }\n" * 900 + "</style><p>Hello</p><p>there</p>",
    "<!DOCTYPE>\n<title>Ferry</title><p>Hello</p>",
    "<!doctypehtml><p>Hello</p>",
    "\ufeff<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"><p>Hi</p>",
    "https://example.com/ferry\n<!DOCTYPE html><html><body><p>Hi</p></body></html>",
    "<head><meta charset=utf-8></head><p>Hi</p>",
    "<p>One paragraph.</p>\n<p>Another one.</p>",
])
def test_pages_that_open_oddly_are_html(page: str) -> None:
    assert looks_like_html(page)


@pytest.mark.parametrize("text", [
    "Use <div> and <p> tags: <div><p>Hello</p></div> puts a paragraph in a group.",
    "Wrap it in <b>bold</b> or <i>italic</i>, then close the </p> before the next <p>.",
    "<b>Note:</b> the ferry leaves at nine, and the <i>last</i> one returns at six tonight.",
    "<!-- unclosed comment and then words",
])
def test_prose_that_quotes_tags_is_text_and_keeps_them(text: str) -> None:
    assert not looks_like_html(text)
    result = cleanroom.clean(text)
    assert result.report.source == "text"
    assert result.text == text


def test_html_clean_text_is_text_to_the_next_clean() -> None:
    body = (f"<article><h1>Ferry times</h1><p>{PARAGRAPH}</p><p>Write it as "
            "&lt;p&gt;Hello&lt;/p&gt; in the page, then save.</p>"
            f"<p>{PARAGRAPH.replace('Tuesday', 'Friday')}</p></article>")
    once = cleanroom.clean(_page(body)).text
    assert "<p>Hello</p>" in once
    assert not looks_like_html(once)
    assert cleanroom.clean(once).text == once


def test_a_page_showing_a_documents_source_cleans_to_text() -> None:
    # a tutorial: prose, then the source of a page in a <pre>; its clean text has a doctype
    # on its second line, after a line of prose, which no page's preamble is
    body = (f"<article><p>{PARAGRAPH}</p><pre>&lt;!DOCTYPE html&gt;\n&lt;html&gt;&lt;body&gt;"
            "&lt;p&gt;Hello&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</pre></article>")
    once = cleanroom.clean(_page(body)).text
    assert "<!DOCTYPE html>\n<html><body><p>Hello</p>" in once
    assert not looks_like_html(once)
    assert cleanroom.clean(once).text == once
    assert looks_like_html("Saved from https://example.com/ferry on 4 May\n<!DOCTYPE html><p>Hi")


def test_sniffing_reads_only_the_start() -> None:
    huge = "word " * 400_000 + "<html><body><p>late</p></body></html>"
    assert not looks_like_html(huge)


@pytest.mark.parametrize("hostile", ["<!--" * 50_000, "<script>" * 50_000, "<a " * 50_000])
def test_sniffing_hostile_openings_is_quick(hostile: str) -> None:
    assert isinstance(looks_like_html(hostile), bool)
    assert isinstance(cleanroom.clean(hostile).text, str)


def test_hints_of_markup_are_the_hints_of_its_parsed_body() -> None:
    page = _page(f"<header><h2 class='dek'>{PARAGRAPH}</h2></header><ul><li><a href=x>link</a>"
                 f"</li></ul><p>{PARAGRAPH.upper()} again</p>")
    parsed = hints_of(LexborHTMLParser(page).body)  # type: ignore[arg-type]
    lazy = MarkupHints(page)
    for line in (PARAGRAPH, "link", f"{PARAGRAPH} again", "not on the page"):
        assert lazy.get(hint_key(line)) == parsed.get(hint_key(line))
    hint = lazy.get(hint_key(PARAGRAPH))
    assert hint is not None and (hint.tag, hint.in_header, hint.classes) == ("h2", True, ("dek",))
    assert MarkupHints("").get("x") is None


def test_guard_is_a_no_op_for_dataclass_hints() -> None:
    """Hints stay frozen data (the lazy mapping hands out the same objects)."""
    hints = hints_of(LexborHTMLParser(_page(f"<p>{PARAGRAPH}</p>")).body)  # type: ignore[arg-type]
    hint = hints.get(hint_key(PARAGRAPH))
    assert hint is not None and dataclasses.is_dataclass(hint)
    assert hints.get(hint_key(PARAGRAPH)) is hint


@pytest.mark.parametrize("page, shown", [
    ('<p>Before</p><b title="x"y">bold</b><xmp id=code>a<xmp>b</xmp>after', "a<xmp>b"),
    ('<div><xmp class="x"y"></div><xmp></xmp>', "</div><xmp>"),
    ("<xmp title='<p>' hidden><b>z</b> &amp; </xmp>", "<b>z</b> &amp; "),
])
def test_xmp_text_is_what_the_parser_shows(page: str, shown: str) -> None:
    verbatim = LexborHTMLParser(page).css_first("xmp")
    pre = LexborHTMLParser(flatten(page)).css_first("pre")
    assert verbatim is not None and pre is not None
    assert verbatim.text() == pre.text() == shown
    assert dict(pre.attributes) == dict(verbatim.attributes)


def test_bogus_comments_hide_what_they_hold() -> None:
    page = "<p>Before</p></<xmp>not an xmp<!x <xmp> y>after"
    assert flatten(page) == page
    assert LexborHTMLParser(flatten(page)).css_first("pre") is None
