"""DOM hints: give each extracted paragraph the tag, path, class tokens, link density and
heading level of the element it came from, matched by its text (without whitespace)."""

from __future__ import annotations

import dataclasses
from typing import overload

from selectolax.lexbor import LexborHTMLParser, LexborNode

from cleanroom.document import dom_rules
from cleanroom.document.dom_prune import element_path, has_ancestor


@dataclasses.dataclass(frozen=True)
class Hint:
    """What the page says about the element a line of text came from."""

    tag: str
    path: str
    classes: tuple[str, ...]
    link_density: float
    heading_level: int | None
    in_header: bool


def hint_key(text: str) -> str:
    """Casefolded text without any whitespace: extractors and parsers space inline markup
    differently ("Hello <b>world</b>!"), so spaces cannot be part of the match."""
    return "".join(text.casefold().split())


@dataclasses.dataclass
class _Element:
    """A paragraph-like element and the run of text nodes it holds (``keys[first:end]``)."""

    node: LexborNode
    first: int
    depth: int
    link_depth: int | None  # depth of the nearest enclosing ``<a>``, if any
    end: int = -1


class Hints(dict[str, Hint]):
    """Text key of paragraph-like elements -> their DOM hints (the first element wins).

    Filled on lookup (``get``): a page's elements nest, so the texts of all of them can be
    quadratic in the page (8,000 nested lists of one link each are 200 MB of text).  Each
    text node's key is made once; an element's length is a difference of running sums; only
    the elements as long as the key looked up are joined and compared, and those are
    disjoint (an element holding another holds more text), so a lookup reads each
    character of the page at most once.
    """

    def __init__(self, keys: list[str], sums: list[int], link_sums: list[int],
                 elements: list[_Element]) -> None:
        super().__init__()
        self._keys, self._sums, self._link_sums = keys, sums, link_sums
        self._by_length: dict[int, list[_Element]] = {}
        for element in elements:
            length = sums[element.end] - sums[element.first]
            if length:
                self._by_length.setdefault(length, []).append(element)
        self._looked_up: set[str] = set()

    @overload  # type: ignore[override]
    def get(self, key: str, default: None = None, /) -> Hint | None: ...

    @overload
    def get(self, key: str, default: Hint, /) -> Hint: ...

    def get(self, key: str, default: Hint | None = None, /) -> Hint | None:
        if key not in self._looked_up:
            self._looked_up.add(key)
            hint = self._find(key)
            if hint is not None:
                self[key] = hint
        return super().get(key, default)

    def _find(self, key: str) -> Hint | None:
        joined: dict[tuple[int, int], str] = {}
        for element in self._by_length.get(len(key), ()):
            span = (element.first, element.end)
            if span not in joined:
                joined[span] = "".join(self._keys[element.first:element.end])
            if joined[span] == key:
                return self._hint(element, len(key))
        return None

    def _hint(self, element: _Element, length: int) -> Hint:
        node = element.node
        if element.link_depth is not None and element.depth - element.link_depth <= 4:
            density = 1.0  # a heading or paragraph wrapped in a link, as in teaser lists
        elif element.link_depth is not None:
            density = 0.0  # inside a link far up: links do not nest, so none is inside
        else:
            links = self._link_sums[element.end] - self._link_sums[element.first]
            density = min(1.0, links / length)
        tag = node.tag or ""
        level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else None
        classes = tuple(dom_rules.tokens(node.attributes.get("class") or ""))
        return Hint(tag, element_path(node), classes, density, level,
                    has_ancestor(node, "header"))


def hints_of(root: LexborNode) -> Hints:
    """Text key of every paragraph-like element -> its DOM hints (the first one wins), as
    a ``Hints`` filled on lookup.  One walk over the tree, in document order."""
    keys: list[str] = []  # the key of every text node that has one, in document order
    sums, link_sums = [0], [0]  # running key lengths: all text, text inside links
    elements: list[_Element] = []
    # The open nodes: (memory id, the element if it is paragraph-like, whether it is <a>).
    stack: list[tuple[int, _Element | None, bool]] = []
    link_depths: list[int] = []  # the depths of the open <a> elements
    for node in root.traverse(include_text=True):
        parent = node.parent
        parent_id = parent.mem_id if parent is not None else -1
        while stack and stack[-1][0] != parent_id:
            _, element, is_link = stack.pop()
            if element is not None:
                element.end = len(keys)
            if is_link:
                link_depths.pop()
        tag = node.tag
        if tag == "-text":
            key = hint_key(node.text_content or "")
            if key:
                keys.append(key)
                sums.append(sums[-1] + len(key))
                link_sums.append(link_sums[-1] + (len(key) if link_depths else 0))
            continue
        depth = len(stack)
        element = None
        if tag in dom_rules.TEXT_TAGS:
            element = _Element(node, len(keys), depth, link_depths[-1] if link_depths else None)
            elements.append(element)
        if tag == "a":
            link_depths.append(depth)
        stack.append((node.mem_id, element, tag == "a"))
    for _, element, _ in stack:
        if element is not None:
            element.end = len(keys)
    return Hints(keys, sums, link_sums, elements)



class MarkupHints(dict[str, Hint]):
    """The hints of a page given as markup (``hints_of`` its body), parsed on the first
    lookup: the caller need not keep the parsed page while the extractor runs, and on
    node-dense markup (a link per list item, unclosed ``<a>``s) the parsed page is 15-45
    times the page's size."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self._html: str | None = html
        self._hints: dict[str, Hint] = {}

    @overload  # type: ignore[override]
    def get(self, key: str, default: None = None, /) -> Hint | None: ...

    @overload
    def get(self, key: str, default: Hint, /) -> Hint: ...

    def get(self, key: str, default: Hint | None = None, /) -> Hint | None:
        if self._html is not None:
            tree = LexborHTMLParser(self._html)
            self._html = None
            root = tree.body if tree.body is not None else tree.root
            if root is not None:
                self._hints = hints_of(root)
        return self._hints.get(key, default)
