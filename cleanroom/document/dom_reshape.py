"""Before pruning, reshape the page so the extractor sees what a reader sees.

* Code, media and hidden elements go (``drop_silent``): they hold no reader-visible text.
* Tables used for layout become plain containers (``unwrap_layout_tables``): otherwise the
  whole article comes out as one table row.
* An article body split into chunks between ad slots is joined (``merge_split_bodies``):
  otherwise the extractor keeps the first chunk only.
* Embedded posts become plain quotes (``keep_embedded_posts``): otherwise the extractor
  drops the tweet the story is about.

None of these removes text a reader sees, so none is reported.
"""

from __future__ import annotations

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanroom.document import dom_rules

_EMBED_WRAPPERS = 3
_MAX_TABLES = 300
_MAX_PROBES = 64  # hidden elements looked up in the page text (keeps the cost linear)
_PROBES = 5  # places of a hidden element's text looked up in the page
_MAX_WALK = 400  # ancestors walked to find the outermost hidden element
_HIDDEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


def drop_silent(tree: LexborHTMLParser, *, noscript_page: bool = False,
                tab_copies: bool = False) -> None:
    """Drop what holds no reader-visible text, without a report: code and media
    (``dom_rules.SILENT_TAGS``) and elements hidden from readers (the ``hidden`` attribute,
    inline ``display: none`` or ``visibility: hidden``), where pages keep machine-readable
    copies of the article, dates and logos that extractors would otherwise print.

    Hidden is not always "not content": a page body hidden until its scripts run
    (``<body style="visibility:hidden">``), a streamed React body (``<div hidden>`` holding
    the article), a collapsed FAQ answer or tab panel.  So the page's own ``html``/``body``
    are never dropped, only shown, and a hidden element that holds prose (``_holds_prose``)
    the visible page does not repeat is shown instead of dropped (the first of several
    hidden copies).  With ``noscript_page``, a ``<noscript>`` that holds more prose than the
    rest of the page is kept: the page rendered for readers without scripts (a forum
    engine's thread; ``from_html`` asks for it when the page gave almost nothing).  With
    ``tab_copies`` (documentation), hidden panels that repeat each other are all shown: the
    same steps for each language or platform, each its own code."""
    if noscript_page:
        tree.strip_tags(sorted(dom_rules.SILENT_TAGS - {"noscript"}))
        _keep_noscript_page(tree)
    tree.strip_tags(sorted(dom_rules.SILENT_TAGS))
    hidden = list({node.mem_id: node for node in tree.css("[hidden], [style]")
                   if _is_hidden(node)}.values())
    if not hidden:
        return
    outer_ids = _outermost(hidden)
    outer = [node for node in hidden if node.mem_id in outer_ids
             and node.tag not in ("html", "body", "head")]
    page = _page_text(tree)
    texts = [" ".join(node.text(separator=" ").split()) for node in outer]
    shown: list[str] = []
    probes = 0
    for node in hidden:
        if node.tag in ("html", "body", "head"):
            _show(node)
    for node, text in zip(outer, texts):
        if probes < _MAX_PROBES and _holds_prose(node, text, page):
            probes += 1
            # Shown when most of it is a copy neither of visible text nor of a hidden
            # element already shown: most of its probes are found only in hidden elements
            # and in none shown (tab panels repeat the same warnings and set-up steps, a
            # template's hidden placeholder sections repeat the visible ones, and the ad
            # dialogs of a grid differ by a name each).
            probes_of = _probes(text)
            fresh = [probe for probe in probes_of
                     if page.count(probe) <= sum(t.count(probe) for t in texts)
                     and not any(probe in s for s in shown)]
            if tab_copies or 2 * len(fresh) > len(probes_of):
                shown.append(text)
                _show(node)
    for node in outer:
        if _is_hidden(node):
            node.decompose()


def _keep_noscript_page(tree: LexborHTMLParser) -> None:
    root = tree.body
    if root is None:
        return
    blocks = root.css("noscript")
    if not blocks:
        return
    texts = [" ".join(node.text(separator=" ").split()) for node in blocks[:_MAX_PROBES]]
    longest = max(range(len(texts)), key=lambda i: len(texts[i]))
    node, text = blocks[longest], texts[longest]
    page = len(_page_text(tree))
    if (len(text) > page - len(text) and len(text.split()) >= dom_rules.NOSCRIPT_PAGE_WORDS
            and _holds_prose(node, text, "")):
        node.unwrap()


def _is_hidden(node: LexborNode) -> bool:
    style = node.attributes.get("style") or ""
    return "hidden" in node.attributes or _HIDDEN.search(style) is not None


def _show(node: LexborNode) -> None:
    attrs = node.attrs
    if "hidden" in attrs:
        del attrs["hidden"]
    if "style" in attrs:
        del attrs["style"]


def _outermost(nodes: list[LexborNode]) -> set[int]:
    """``mem_id`` of the nodes no other node of ``nodes`` holds (one walk up per node, capped)."""
    ids = {n.mem_id for n in nodes}
    outer = set()
    for node in nodes:
        current = node.parent
        for _ in range(_MAX_WALK):
            if current is None or current.mem_id in ids:
                break
            current = current.parent
        else:
            current = None
        if current is None or current.tag in ("html", "body"):
            outer.add(node.mem_id)
    return outer


def _page_text(tree: LexborHTMLParser) -> str:
    root = tree.body if tree.body is not None else tree.root
    return " ".join(root.text(separator=" ").split()) if root is not None else ""


def _holds_prose(node: LexborNode, text: str, page: str) -> bool:
    """True if a hidden element holds text a reader is meant to read: most of the page's
    text, or several sentences' worth of words, mostly not links."""
    if len(text.split()) < dom_rules.HIDDEN_PROSE_WORDS:
        return False
    if len(text) >= dom_rules.HIDDEN_PAGE_SHARE * len(page):
        return True  # the page itself, hidden until its scripts run
    links = sum(len(" ".join(a.text(separator=" ").split())) for a in node.css("a"))
    return links <= dom_rules.HIDDEN_PROSE_LINKS * len(text)


def _probes(text: str) -> list[str]:
    """80 characters from ``_PROBES`` evenly spaced places in ``text``: what a copy of it
    would contain too."""
    starts = sorted({len(text) * k // (_PROBES + 1) for k in range(1, _PROBES + 1)})
    return [probe for probe in (text[i:i + 80].strip() for i in starts) if probe]


def unwrap_layout_tables(tree: LexborHTMLParser) -> None:
    """Turn tables used for page layout into plain containers: a table with a heading or
    several paragraphs in a cell holds the page, not data, and an extractor would print
    each of its cells (the whole article) as one table row."""
    tables = tree.css("table")
    if len(tables) > _MAX_TABLES:
        return  # a page of tables within tables is data, or a trap: leave it as it is
    for table in reversed(tables):
        if table.css_first("h1, h2, p + p, article") is None:
            continue
        for part in table.css("tbody, thead, tfoot, tr, td, th, caption"):
            if _owner_table(part) == table.mem_id:  # nested data tables keep their cells
                part.unwrap()
        table.unwrap()


def _owner_table(node: LexborNode) -> int | None:
    current = node.parent
    while current is not None and current.tag != "table":
        current = current.parent
    return current.mem_id if current is not None else None


def merge_split_bodies(tree: LexborHTMLParser) -> None:
    """Join an article body the page splits into chunks (between ad slots) into its first
    chunk: sibling-like containers with the same body-ish class (``article__body``,
    ``story-content``...), each holding paragraphs of its own.  An extractor otherwise keeps
    the first chunk and drops the rest of the article."""
    groups: dict[str, list[LexborNode]] = {}
    for node in tree.css("div[class], section[class]"):
        classes = node.attributes.get("class") or ""
        if dom_rules.BODY_TOKENS.isdisjoint(dom_rules.tokens(classes)):
            continue
        if sum(1 for child in node.iter(include_text=False) if child.tag == "p") < 1:
            continue
        groups.setdefault(" ".join(classes.split()), []).append(node)
    for chunks in groups.values():
        if len(chunks) < 2:
            continue
        first, rest = chunks[0], chunks[1:]
        if _nested(chunks):
            continue  # one body inside another, not a split one
        near = _ancestors(first)
        rest = [c for c in rest if near & _ancestors(c)]  # chunks of one article sit together
        for chunk in rest:
            for child in list(chunk.iter(include_text=True)):
                first.insert_child(child)
            chunk.decompose()


def _ancestors(node: LexborNode, depth: int = 3) -> set[int]:
    found = set()
    current = node.parent
    for _ in range(depth):
        if current is None or current.tag in ("body", "html"):
            break
        found.add(current.mem_id)
        current = current.parent
    return found


def _nested(nodes: list[LexborNode]) -> bool:
    """True if one of ``nodes`` holds another (one walk up from each node: linear)."""
    ids = {n.mem_id for n in nodes}
    for node in nodes:
        current = node.parent
        while current is not None:
            if current.mem_id in ids:
                return True
            current = current.parent
    return False


def keep_embedded_posts(tree: LexborHTMLParser) -> None:
    """Make the posts an article embeds (``<blockquote class="twitter-tweet">``, Instagram,
    TikTok) plain quotes: extractors drop them by their class, but readers see them as part
    of the story (on the benchmark pages every embedded post is in the article's text)."""
    for quote in tree.css(", ".join(f"blockquote.{c}" for c in dom_rules.EMBED_CLASSES)):
        del quote.attrs["class"]
        # Its own wrappers ("<div class='social-embed'>", "<div class='article-tweet'>")
        # are dropped by their class too: unwrap each div that holds nothing else.
        for _ in range(_EMBED_WRAPPERS):
            wrapper = quote.parent
            if (wrapper is None or wrapper.tag != "div"
                    or [c.mem_id for c in wrapper.iter(include_text=False)] != [quote.mem_id]):
                break
            wrapper.unwrap()

