"""HTML -> Document: prune page furniture with selectolax, extract the article with
trafilatura, and give the extracted paragraphs the DOM hints of the elements they came from.

Three steps, each recorded:

1. **Parse and prune.**  selectolax (lexbor) parses the page.  Code and media (``<script>``,
   ``<style>``, ``<svg>``...) are dropped silently: they hold no text.  Page furniture —
   navigation, footers, sidebars, comment sections, cookie and newsletter boxes, share bars,
   ads — is recognised by tag, ARIA role or class/id token (``dom_rules``) and removed; each
   removal becomes a ``DomRemoval`` with its category, element path and the text it held.
   Elements hidden from readers (the ``hidden`` attribute, inline ``display: none``
   or ``visibility: hidden``) go silently too: pages hide machine-readable copies of the
   article, dates and logos there, which extractors would otherwise print.
   Guards keep good text: the article itself (``<article>``, ``<main>``) and its ancestors
   are never pruned, tag and role rules only apply outside it, and an element holding most
   of the page's text is never furniture.
2. **Extract.**  trafilatura finds the main content of the pruned page.  This module is the
   only place it is called, with settings chosen on the benchmark (``docs/accuracy.md``):
   comments off (they are not the article), and its in-document deduplication off, because
   that keeps state between calls; cleanroom's ``repeated`` detector does that job,
   deterministically.
3. **Map back.**  Each extracted line that matches the text of a paragraph-like element
   (``p``, ``li``, ``h2``...) gets that element's tag, path, class tokens, link density and
   heading level, for the text detectors to use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import regex
import trafilatura
from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanroom.categories import Category
from cleanroom.document import dom_rules
from cleanroom.document.from_text import from_text
from cleanroom.document.model import Block, Document, DomRemoval, normalize

# trafilatura's settings, fixed here and nowhere else (see the module docstring).
_EXTRACT_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "deduplicate": False,
    "include_tables": True,
    "output_format": "txt",
    "with_metadata": False,
}
_BIG_SHARE = 0.5  # an element with more than this share of the page's text is not furniture
_MIN_BIG = 2000  # ... once the page has this much text (short pages are all furniture-sized)
_TITLE_SEPARATORS = regex.compile(r"\s+[|\-–—:»]\s+")
_MAX_HEADLINE = 300
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_BARE_URL = regex.compile(r"(?:https?://|www\.)\S+$")
_MIN_EXTRACT = 250  # an extraction this short after pruning is retried on the unpruned page

# A document is HTML when it opens like one, or has several element tags and a closing tag.
_OPENS_HTML = regex.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<html)",
                            regex.IGNORECASE)
_TAG = regex.compile(r"<(?:html|head|body|div|p|span|a|article|section|ul|li|table|br|h[1-6]"
                     r"|meta|script|title)[\s>/]", regex.IGNORECASE)
_CLOSE = regex.compile(r"</(?:html|body|div|p|span|a|article|section|ul|li|h[1-6]|title)>",
                       regex.IGNORECASE)
_SNIFF = 8192
_MIN_TAGS = 3


def looks_like_html(text: str) -> bool:
    """True if ``text`` is an HTML document or fragment rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<div><p>One</p><p>Two</p></div>")
    True
    >>> looks_like_html("Use the <p> tag for paragraphs and a <div> for groups.")
    False
    """
    head = text[:_SNIFF]
    if _OPENS_HTML.match(head):
        return True
    return len(_TAG.findall(head)) >= _MIN_TAGS and _CLOSE.search(head) is not None


def _path(node: LexborNode) -> str:
    """``tag#id.class`` of the node and its two nearest ancestors, outermost first."""
    parts: list[str] = []
    current: LexborNode | None = node
    while current is not None and len(parts) < 3 and current.tag not in ("body", "html"):
        attrs = current.attributes
        part = current.tag or "?"
        if attrs.get("id"):
            part += f"#{attrs['id']}"
        if attrs.get("class"):
            part += "".join(f".{c}" for c in (attrs["class"] or "").split()[:3])
        parts.append(part)
        current = current.parent
    return " > ".join(reversed(parts))


def _text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


def _holds_article(node: LexborNode) -> bool:
    return node.css_first("article, main, [itemprop=articleBody]") is not None


def _rule(node: LexborNode, in_article: bool) -> tuple[Any, str, str] | None:
    """(category, rule id, reason) if the element is furniture, else None."""
    tag = node.tag or ""
    attrs = node.attributes
    if not in_article:
        if tag in dom_rules.TAGS:
            category, kind = dom_rules.TAGS[tag]
            return category, f"{tag}_element", f"<{tag}> element: {kind}"
        role = (attrs.get("role") or "").strip().lower()
        if role in dom_rules.ROLES:
            category, kind = dom_rules.ROLES[role]
            return category, "aria_role", f"role={role!r}: {kind}"
    if tag in dom_rules.LINK_PARAGRAPH_TAGS and _is_link_paragraph(node):
        return (Category.RELATED, "link_paragraph",
                "a paragraph that is nothing but a link to another story")
    if tag in ("ul", "ol") and _is_link_list(node):
        return (Category.RELATED, "link_list",
                "a list whose every item is mostly a link: related stories or a menu")
    if tag in dom_rules.CONTAINER_TAGS:
        hit = dom_rules.token_rule(attrs.get("class") or "", attrs.get("id") or "")
        if hit is not None and _shaped(node, hit[0]):
            category, kind, token = hit
            return category, "class_token", f"class/id token {token!r}: {kind}"
    return None


def _teaser_articles(root: LexborNode) -> set[int]:
    """``mem_id`` of the small ``<article>``s nested in another one: when an article holds two
    or more articles and every one of them is short, they are cards for other stories (the
    article itself may be nested once in a wrapper <article>, and that one is long).
    On the development pages such cards held 2,400 shingles of furniture and 5 of text."""
    found: set[int] = set()
    for outer in root.css("article"):
        inner = [a for a in outer.css("article") if a.mem_id != outer.mem_id]
        if len(inner) >= dom_rules.TEASER_ARTICLES and all(
                len(_text(a)) <= dom_rules.TEASER_MAX_CHARS for a in inner):
            found.update(a.mem_id for a in inner)
    return found


def _is_link_paragraph(node: LexborNode) -> bool:
    """Every character a link, several words, and not a bare address (an article may
    print a URL as its source; a teaser for another story is a title in a link)."""
    text = _text(node)
    if len(text.split()) < dom_rules.LINK_PARAGRAPH_WORDS or _BARE_URL.match(text):
        return False
    if _has_ancestor(node, "a", 2):
        return True  # a teaser heading wrapped in its link
    links = sum(len(_text(a)) for a in node.css("a"))
    return links >= dom_rules.LINK_PARAGRAPH_SHARE * len(text)


def _is_link_list(node: LexborNode) -> bool:
    """At least ``LINK_LIST_ITEMS`` items, each with at least ``LINK_ITEM_SHARE`` of its text in
    links.  A list in which some items are plain text (steps, facts, sources) is not one."""
    items = [li for li in node.iter(include_text=False) if li.tag == "li"]
    if len(items) < dom_rules.LINK_LIST_ITEMS:
        return False
    for li in items:
        text = len(_text(li))
        links = sum(len(_text(a)) for a in li.css("a"))
        if not text or links / text < dom_rules.LINK_ITEM_SHARE:
            return False
    return True


def _shaped(node: LexborNode, category: Category) -> bool:
    """True if the element is short or link-dense enough for its kind (``dom_rules.SHAPES``)."""
    min_density, max_plain = dom_rules.SHAPES[category]
    if category == Category.SHARE and node.css_first("blockquote") is not None:
        return False  # an embedded post (tweet, Instagram) quoted by the article
    text = len(_text(node))
    links = sum(len(_text(a)) for a in node.css("a"))
    plain = text - links
    return plain <= max_plain and (not min_density or (text > 0 and links / text >= min_density))


def prune(tree: LexborHTMLParser) -> list[DomRemoval]:
    """Remove page furniture from ``tree`` (in place); return what was removed, in page order.

    >>> tree = LexborHTMLParser('<body><div class="share-bar"><a>Share</a></div><p>Hi</p>')
    >>> [(d.category, d.rule, d.text) for d in prune(tree)], tree.body.text()
    ([('share', 'class_token', 'Share')], 'Hi')
    """
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return []
    return _prune(root, len(_text(root)))


def _prune(root: LexborNode, page_chars: int) -> list[DomRemoval]:
    """Depth-first in page order (a stack of child iterators: no recursion limit)."""
    removals: list[DomRemoval] = []
    doomed: list[LexborNode] = []
    teasers = _teaser_articles(root)
    stack: list[tuple[Iterator[LexborNode], bool]] = [(root.iter(include_text=False), False)]
    while stack:
        children, in_article = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag or ""
        if child.mem_id in teasers:
            removals.append(DomRemoval(_path(child), _text(child), str(Category.RELATED), "dom",
                                       "teaser_article", "one of several small <article>s "
                                       "inside the article: teasers for other stories or comments"))
            doomed.append(child)
            continue
        if tag in dom_rules.ARTICLE_TAGS:
            stack.append((child.iter(include_text=False), True))
            continue
        found = _rule(child, in_article)
        if found is not None and not _holds_article(child):
            text = _text(child)
            if page_chars < _MIN_BIG or len(text) <= _BIG_SHARE * page_chars:
                category, rule, reason = found
                if text:
                    removals.append(DomRemoval(_path(child), text, str(category), "dom",
                                               rule, reason))
                doomed.append(child)
                continue
        stack.append((child.iter(include_text=False), in_article))
    for node in doomed:
        node.decompose()
    return removals


@dataclasses.dataclass(frozen=True)
class _Hint:
    tag: str
    path: str
    classes: tuple[str, ...]
    link_density: float
    heading_level: int | None
    in_header: bool


def _has_ancestor(node: LexborNode, tag: str, depth: int = 4) -> bool:
    current = node.parent
    for _ in range(depth):
        if current is None:
            return False
        if current.tag == tag:
            return True
        current = current.parent
    return False


def _hint_key(text: str) -> str:
    """Casefolded text without any whitespace: extractors and parsers space inline markup
    differently ("Hello <b>world</b>!"), so spaces cannot be part of the match."""
    return "".join(text.casefold().split())


def _hints(root: LexborNode) -> dict[str, _Hint]:
    """Text key of every paragraph-like element -> its DOM hints (the first one wins)."""
    hints: dict[str, _Hint] = {}
    for node in root.css(",".join(sorted(dom_rules.TEXT_TAGS))):
        text = node.text(separator=" ")
        key = _hint_key(text)
        if not key or key in hints:
            continue
        if _has_ancestor(node, "a"):
            density = 1.0  # a heading or paragraph wrapped in a link, as in teaser lists
        else:
            links = sum(len(_hint_key(a.text(separator=" "))) for a in node.css("a"))
            density = min(1.0, links / len(key))
        tag = node.tag or ""
        level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else None
        classes = tuple(dom_rules.tokens(node.attributes.get("class") or ""))
        hints[key] = _Hint(tag, _path(node), classes, density, level,
                           _has_ancestor(node, "header"))
    return hints


def _standfirst_line(text: str, hints: dict[str, _Hint], descriptions: set[str]) -> int:
    """Characters at the start of ``text`` taken by a standfirst: the summary sentence set
    under the headline.  It is a sentence-long heading (``h2``-``h6``) in the article's
    ``<header>``, or marked by a class token (``dom_rules.STANDFIRST_TOKENS``), or equal to
    the page's description; or a paragraph with such a class token.  A short heading that
    opens the first section ("Background") is none of these."""
    nl = text.find("\n")
    line = text if nl < 0 else text[:nl]
    key = _hint_key(line)
    hint = hints.get(key)
    if hint is None or len(line.split()) < dom_rules.STANDFIRST_MIN_WORDS:
        return 0
    marked = bool(dom_rules.STANDFIRST_TOKENS.intersection(hint.classes))
    heading = hint.heading_level is not None and hint.heading_level >= 2
    if marked and (heading or hint.tag == "p") or heading and (hint.in_header
                                                               or key in descriptions):
        return len(text) if nl < 0 else nl + 1
    return 0


def _descriptions(tree: LexborHTMLParser) -> set[str]:
    found = set()
    for selector in ('meta[name="description"]', 'meta[property="og:description"]'):
        meta = tree.css_first(selector)
        if meta is not None and meta.attributes.get("content"):
            found.add(_hint_key(meta.attributes.get("content") or ""))
    return found


def _with_hints(doc: Document, hints: dict[str, _Hint]) -> tuple[Block, ...]:
    blocks = []
    for block in doc.blocks:
        text = block.text.removeprefix("- ")  # list items
        hint = hints.get(_hint_key(text))
        if hint is None:
            blocks.append(block)
            continue
        blocks.append(dataclasses.replace(block, tag=hint.tag, dom_path=hint.path,
                                          classes=hint.classes, link_density=hint.link_density,
                                          heading_level=hint.heading_level))
    return tuple(blocks)


def _extract(html: str) -> str:
    return trafilatura.extract(html, **_EXTRACT_SETTINGS) or ""


def headlines(tree: LexborHTMLParser) -> list[str]:
    """The page's headline as its markup states it, most specific first: every ``<h1>``, the
    ``og:title`` and ``twitter:title``, and ``<title>`` whole and split at `` | `` or `` - ``
    (where sites append their name)."""
    found = [_text(h1) for h1 in tree.css("h1")]
    for selector in ('meta[property="og:title"]', 'meta[name="twitter:title"]'):
        meta = tree.css_first(selector)
        if meta is not None:
            found.append(" ".join((meta.attributes.get("content") or "").split()))
    title = tree.css_first("title")
    if title is not None:
        whole = _text(title)
        found.append(whole)
        found.extend(_TITLE_SEPARATORS.split(whole))
    return [h for h in found if h]


def _headline_lines(text: str, candidates: list[str]) -> int:
    """Characters at the start of ``text`` taken by headline lines (at most two lines)."""
    keys = {normalize(c) for c in candidates}
    pos = 0
    for _ in range(2):
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        if len(line) > _MAX_HEADLINE or normalize(line) not in keys:
            break
        pos = len(text) if nl < 0 else nl + 1
    return pos


def from_html(html: str, *, keep_headline: bool = False) -> Document:
    """Prune, extract and map an HTML page into a Document (see the module docstring).

    >>> page = ('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    ...         '<article><h1>Bridge reopens</h1><p>' + 'The old bridge reopened today. ' * 12
    ...         + '</p></article></body></html>')
    >>> doc = from_html(page)
    >>> doc.text.startswith("The old bridge reopened today.")
    True
    >>> from_html(page, keep_headline=True).text.startswith("Bridge reopens\\nThe old bridge")
    True
    >>> [(d.category, d.rule, d.text) for d in doc.dom_removals]
    [('navigation', 'nav_element', 'Home News')]
    """
    tree = LexborHTMLParser(html)
    candidates = headlines(tree)
    tree.strip_tags(sorted(dom_rules.SILENT_TAGS))
    for node in tree.css("[hidden], [style]"):
        if "hidden" in node.attributes or _HIDDEN.search(node.attributes.get("style") or ""):
            node.decompose()
    unpruned = tree.html or ""
    removals = prune(tree)
    root = tree.body if tree.body is not None else tree.root
    text = _extract(tree.html or "")
    if removals and len(text) < _MIN_EXTRACT:
        # Pruning can hide the landmarks the extractor needs: extract the unpruned page,
        # and report nothing pruned, since nothing was.
        text, removals = _extract(unpruned), []
    # The headline and standfirst are the page's title and summary, not its body: the body
    # starts after them, unless the caller asked for them (then the headline is put first
    # if the extractor left it out).
    hints = _hints(root) if root is not None else {}
    lead = _headline_lines(text, candidates)
    lead += _standfirst_line(text[lead:], hints, _descriptions(tree))
    if not keep_headline:
        text = text[lead:]
    elif not lead and candidates:
        text = f"{candidates[0]}\n{text}" if text else candidates[0]
    doc = from_text(text)
    return Document(doc.text, _with_hints(doc, hints), source="html",
                    dom_removals=tuple(removals))
