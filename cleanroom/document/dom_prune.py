"""DOM pruning: remove page furniture from a parsed page and record every removal.

The rules are data in ``dom_rules``; this module applies them with the guards that keep
good text (see ``from_html`` for the whole path):

* the article itself (``<article>``, ``<main>``, ``[itemprop=articleBody]``) and anything
  that contains it are never pruned; tag and role rules only apply outside it;
* an element holding more than half of a long page's text is never furniture;
* a class/id match must also have furniture's shape (short, or made of links:
  ``dom_rules.SHAPES``); an element holding a quote (``<blockquote>``, as embedded posts
  are) is never furniture, except a comment section.

Structural rules need no class names: a list whose every item is mostly a link, a
paragraph or heading that is all link, small ``<article>`` cards nested in the article, tag
lists (``rel=tag``), and pop-up cards of links inside a paragraph.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanroom.categories import Category
from cleanroom.document import dom_rules
from cleanroom.document.model import DomRemoval

_CARD_DEPTH = 6
_MAX_DEPTH = 200  # elements nested deeper are left as they are (keeps the cost linear)
_BIG_SHARE = 0.5  # an element with more than this share of the page's text is not furniture
_MIN_BIG = 2000  # ... once the page has this much text (short pages are all furniture-sized)
_TEASER_REASON = ("one of several small <article>s inside the article: teasers for other "
                  "stories or comments")
_BARE_URL = regex.compile(r"(?:https?://|www\.)\S+$")


def element_path(node: LexborNode) -> str:
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


def node_text(node: LexborNode) -> str:
    return " ".join(node.text(separator=" ").split())


def _holds_article(node: LexborNode) -> bool:
    return node.css_first("article, main, [itemprop=articleBody]") is not None


def _rule(node: LexborNode, in_article: bool,
          sections: dict[int, bool] | None = None) -> tuple[Any, str, str] | None:
    """(category, rule id, reason) if the element is furniture, else None.  ``sections``
    caches, per parent, whether its link lists are the sections of a page of links."""
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
    if tag in ("ul", "ol") and _is_link_list(node) and not _in_sections(node, sections):
        return (Category.RELATED, "link_list",
                "a list whose every item is mostly a link: related stories or a menu")
    if tag in dom_rules.CONTAINER_TAGS:
        ident = attrs.get("id") or ""
        hit = dom_rules.token_rule(attrs.get("class") or "", "" if _anchor_id(node, ident)
                                   else ident)
        if hit is not None and _shaped(node, hit[0]):
            category, kind, token = hit
            return category, "class_token", f"class/id token {token!r}: {kind}"
    return None


def _anchor_id(node: LexborNode, ident: str) -> bool:
    """True if ``ident`` is the slug of the element's own heading ("Respond to review
    comments" -> ``id="respond-to-review-comments"``): documentation generators give every
    section such an anchor, and its words say what the section is about, not that it is
    furniture.  Short ids ("comments", "related-posts") are not taken for slugs."""
    words = dom_rules.tokens(ident)
    if len(words) < dom_rules.ANCHOR_ID_WORDS:
        return False
    heading = node.css_first("h1, h2, h3, h4, h5, h6")
    return heading is not None and words == dom_rules.tokens(node_text(heading))[:len(words)]


def _marked(root: LexborNode) -> dict[int, tuple[Category, str, str]]:
    """Furniture found by looking at the whole page first: ``mem_id`` -> (category, rule,
    reason) for teaser cards and tag lists."""
    marked: dict[int, tuple[Category, str, str]] = {}
    for mem_id in _tag_lists(root):
        marked[mem_id] = (Category.NAVIGATION, "tag_list",
                          "links to the site's tag pages (rel=tag)")
    for mem_id in _link_cards(root):
        marked[mem_id] = (Category.RELATED, "link_card",
                          "a pop-up card of links inside a paragraph")
    for mem_id in _teaser_articles(root):
        marked[mem_id] = (Category.RELATED, "teaser_article", _TEASER_REASON)
    return marked


def _link_cards(root: LexborNode) -> set[int]:
    """``mem_id`` of inline elements inside a paragraph that are nothing but several links
    with long text: a hover card ("Ilhan Omar" -> her latest stories) that pages hide with a
    stylesheet.  The innermost such element goes; the paragraph keeps its words.  Near-miss:
    "Sources: <a>Reuters</a>, <a>AP</a>" is too short to be a card."""
    cards: dict[int, LexborNode] = {}
    for node in root.css("span, em"):  # "p span" would test every ancestor of every span
        if not has_ancestor(node, "p", _CARD_DEPTH) and not has_ancestor(node, "li", _CARD_DEPTH):
            continue  # cards sit a few levels into their paragraph (keeps the cost linear)
        links = node.css("a")
        if len(links) < dom_rules.CARD_LINKS:
            continue
        linked = sum(len(node_text(a)) for a in links)
        if linked >= dom_rules.CARD_MIN_CHARS and linked >= 0.95 * len(node_text(node)):
            cards[node.mem_id] = node
    outer = set()
    for node in cards.values():  # keep the innermost: drop every card that holds another
        current = node.parent
        while current is not None and current.tag not in ("p", "li"):
            if current.mem_id in cards:
                outer.add(current.mem_id)
            current = current.parent
    return set(cards) - outer


def _tag_lists(root: LexborNode) -> set[int]:
    """``mem_id`` of the elements that hold a page's tag links (``<a rel="tag">``) and little
    else.  An article that links one word to a tag page keeps its sentence (the link is a
    small share of it)."""
    parents: dict[int, LexborNode] = {}
    for link in root.css('a[rel~="tag"]'):
        parent = link.parent
        if parent is not None and parent.tag not in ("body", "article", "main"):
            parents.setdefault(parent.mem_id, parent)
    found: set[int] = set()
    for mem_id, length in short_texts(list(parents.values()), dom_rules.TAG_LIST_MAX_CHARS).items():
        parent = parents[mem_id]
        links = sum(len(node_text(a)) for a in parent.css("a"))
        if length and links >= dom_rules.TAG_LIST_SHARE * length:
            found.add(mem_id)
    return found


def _teaser_articles(root: LexborNode) -> set[int]:
    """``mem_id`` of the small ``<article>``s nested in another one: when an article holds two
    or more articles and every one of them is short, they are cards for other stories (the
    article itself may be nested once in a wrapper <article>, and that one is long).
    On the development pages such cards held 2,400 shingles of furniture and 5 of text."""
    articles = root.css("article")
    if len(articles) < dom_rules.TEASER_ARTICLES + 1:
        return set()
    ids = {a.mem_id for a in articles}
    owner: dict[int, int] = {}  # article -> the nearest article holding it
    for article in articles:
        up = _nearest(article, ids)
        if up is not None:
            owner[article.mem_id] = up
    nested = [a for a in articles if a.mem_id in owner]
    short = short_texts(nested, dom_rules.TEASER_MAX_CHARS)
    count: dict[int, int] = {}  # article -> how many articles it holds
    all_short: dict[int, bool] = {}  # article -> every article it holds is short
    for article in reversed(articles):  # innermost first: each one's figures are complete
        up = owner.get(article.mem_id)
        if up is not None:
            count[up] = count.get(up, 0) + 1 + count.get(article.mem_id, 0)
            all_short[up] = (all_short.get(up, True) and article.mem_id in short
                             and all_short.get(article.mem_id, True))
    cards = {a for a, n in count.items() if n >= dom_rules.TEASER_ARTICLES and all_short[a]}
    found: set[int] = set()
    for article in articles:  # outermost first: held by a card holder, or by a found one
        up = owner.get(article.mem_id)
        if up is not None and (up in cards or up in found):
            found.add(article.mem_id)
    return found


def _nearest(node: LexborNode, ids: set[int]) -> int | None:
    """``mem_id`` of the nearest ancestor of ``node`` in ``ids`` (a capped walk up)."""
    current = node.parent
    for _ in range(_MAX_DEPTH):
        if current is None:
            return None
        if current.mem_id in ids:
            return current.mem_id
        current = current.parent
    return None


def short_texts(nodes: list[LexborNode], limit: int) -> dict[int, int]:
    """``mem_id`` -> text length of each of ``nodes`` (in page order) whose text is at most
    ``limit`` characters.  An element that holds a long one is long too and is not measured:
    nested elements are measured once each, not once per ancestor (linear, not quadratic,
    on unclosed tags)."""
    ids = {n.mem_id for n in nodes}
    long: set[int] = set()
    short: dict[int, int] = {}
    for node in reversed(nodes):  # innermost first
        if node.mem_id not in long:
            length = len(node_text(node))
            if length <= limit:
                short[node.mem_id] = length
            else:
                long.add(node.mem_id)
        if node.mem_id in long:
            up = _nearest(node, ids)
            if up is not None:
                long.add(up)
    return short


def _is_link_paragraph(node: LexborNode) -> bool:
    """Every character a link, several words, and not a bare address (an article may
    print a URL as its source; a teaser for another story is a title in a link)."""
    text = node_text(node)
    if len(text.split()) < dom_rules.LINK_PARAGRAPH_WORDS or _BARE_URL.match(text):
        return False
    if has_ancestor(node, "a", 2):
        return True  # a teaser heading wrapped in its link
    links = sum(len(node_text(a)) for a in node.css("a"))
    return links >= dom_rules.LINK_PARAGRAPH_SHARE * len(text)


def _is_link_list(node: LexborNode) -> bool:
    """At least ``LINK_LIST_ITEMS`` items, each with at least ``LINK_ITEM_SHARE`` of its text in
    links.  A list in which some items are plain text (steps, facts, sources) is not one."""
    items = [li for li in node.iter(include_text=False) if li.tag == "li"]
    if len(items) < dom_rules.LINK_LIST_ITEMS:
        return False
    for li in items:
        text = len(node_text(li))
        links = sum(len(node_text(a)) for a in li.css("a"))
        if not text or links / text < dom_rules.LINK_ITEM_SHARE:
            return False
    return True


def _in_sections(node: LexborNode, cache: dict[int, bool] | None) -> bool:
    """True if the link list is one section of a page of links: it follows its own heading
    or lead-in paragraph, and its parent holds at least ``dom_rules.SECTION_LISTS`` such
    lists (a tutorial index, a wiki's reading list, a docs hub).  A related-stories box is
    one list, and a footer's link columns sit each in its own container."""
    parent = node.parent
    if parent is None or not _introduced(node):
        return False
    if cache is not None and parent.mem_id in cache:
        return cache[parent.mem_id]
    count = 0
    for child in parent.iter(include_text=False):
        if child.tag in ("ul", "ol") and _introduced(child) and _is_link_list(child):
            count += 1
            if count >= dom_rules.SECTION_LISTS:
                break
    found = count >= dom_rules.SECTION_LISTS
    if cache is not None:
        cache[parent.mem_id] = found
    return found


def _introduced(node: LexborNode) -> bool:
    """True if the element right before ``node`` is a heading or a paragraph of plain text."""
    prev = node.prev
    while prev is not None and (prev.tag or "").startswith("-"):  # text and comments
        prev = prev.prev
    if prev is None or prev.tag not in dom_rules.SECTION_LEADS:
        return False
    text = node_text(prev)
    return bool(text) and not _is_link_paragraph(prev)


def _shaped(node: LexborNode, category: Category) -> bool:
    """True if the element is short or link-dense enough for its kind (``dom_rules.SHAPES``)."""
    min_density, max_plain = dom_rules.SHAPES[category]
    if category != Category.COMMENTS and node.css_first("blockquote") is not None:
        return False  # an embedded post (tweet, Instagram) quoted by the article
    text = len(node_text(node))
    links = sum(len(node_text(a)) for a in node.css("a"))
    plain = text - links
    return plain <= max_plain and (not min_density or (text > 0 and links / text >= min_density))


def prune(tree: LexborHTMLParser, categories: Collection[str] | None = None,
          off: Collection[str] = ()) -> list[DomRemoval]:
    """Remove page furniture from ``tree`` (in place); return what was removed, in page order.
    ``categories`` limits it to furniture of those kinds (``clean(categories=...)``);
    ``off`` names rules not to apply, as ``rule`` or ``rule/category`` (the page type's
    profile, ``dom_rules.PROFILES``).

    >>> tree = LexborHTMLParser('<body><div class="share-bar"><a>Share</a></div><p>Hi</p>')
    >>> [(d.category, d.rule, d.text) for d in prune(tree)], tree.body.text()
    ([('share', 'class_token', 'Share')], 'Hi')
    """
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return []
    wanted = None if categories is None else frozenset(str(c) for c in categories)
    return _prune(root, len(node_text(root)), wanted, frozenset(off))


def _applies(found: tuple[Any, str, str], wanted: frozenset[str] | None,
             off: frozenset[str]) -> bool:
    category, rule = str(found[0]), found[1]
    if wanted is not None and category not in wanted:
        return False
    return not off or (rule not in off and f"{rule}/{category}" not in off)


def _prune(root: LexborNode, page_chars: int, wanted: frozenset[str] | None,
           off: frozenset[str] = frozenset()) -> list[DomRemoval]:
    """Depth-first in page order (a stack of child iterators: no recursion limit)."""
    removals: list[DomRemoval] = []
    doomed: list[LexborNode] = []
    marked = _marked(root)
    sections: dict[int, bool] = {}
    stack: list[tuple[Iterator[LexborNode], bool]] = [(root.iter(include_text=False), False)]
    while stack:
        children, in_article = stack[-1]
        if len(stack) > _MAX_DEPTH:  # no real layout nests this deep: stop measuring shapes
            stack.pop()
            continue
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag or ""
        if child.mem_id in marked and _applies(marked[child.mem_id], wanted, off):
            category, rule, reason = marked[child.mem_id]
            removals.append(DomRemoval(element_path(child), node_text(child), str(category),
                                       "dom", rule, reason))
            doomed.append(child)
            continue
        if tag in dom_rules.ARTICLE_TAGS:
            stack.append((child.iter(include_text=False), True))
            continue
        found = _rule(child, in_article, sections)
        if found is not None and not _applies(found, wanted, off):
            found = None
        if found is not None and not _holds_article(child):
            text = node_text(child)
            if page_chars < _MIN_BIG or len(text) <= _BIG_SHARE * page_chars:
                category, rule, reason = found
                if text:
                    removals.append(DomRemoval(element_path(child), text, str(category), "dom",
                                               rule, reason))
                doomed.append(child)
                continue
        stack.append((child.iter(include_text=False), in_article))
    for node in doomed:
        node.decompose()
    return removals


def has_ancestor(node: LexborNode, tag: str, depth: int = 4) -> bool:
    current = node.parent
    for _ in range(depth):
        if current is None:
            return False
        if current.tag == tag:
            return True
        current = current.parent
    return False
