"""DOM hints: give each extracted paragraph the tag, path, class tokens, link density and
heading level of the element it came from, matched by its text (without whitespace)."""

from __future__ import annotations

import dataclasses

from selectolax.lexbor import LexborNode

from cleanroom.document import dom_rules
from cleanroom.document.dom_prune import element_path, has_ancestor
from cleanroom.document.model import Block, Document


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


def hints_of(root: LexborNode) -> dict[str, Hint]:
    """Text key of every paragraph-like element -> its DOM hints (the first one wins)."""
    hints: dict[str, Hint] = {}
    for node in root.css(",".join(sorted(dom_rules.TEXT_TAGS))):
        text = node.text(separator=" ")
        key = hint_key(text)
        if not key or key in hints:
            continue
        if has_ancestor(node, "a"):
            density = 1.0  # a heading or paragraph wrapped in a link, as in teaser lists
        else:
            links = sum(len(hint_key(a.text(separator=" "))) for a in node.css("a"))
            density = min(1.0, links / len(key))
        tag = node.tag or ""
        level = int(tag[1]) if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit() else None
        classes = tuple(dom_rules.tokens(node.attributes.get("class") or ""))
        hints[key] = Hint(tag, element_path(node), classes, density, level,
                           has_ancestor(node, "header"))
    return hints


def with_hints(doc: Document, hints: dict[str, Hint]) -> tuple[Block, ...]:
    """The document's blocks.  No detector reads a block's DOM hints, so ``Block`` no longer
    carries them (issue 12: a Document holds what is read); the hints serve ``dom_headline``."""
    del hints
    return doc.blocks
