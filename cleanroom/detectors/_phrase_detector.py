"""``PhraseDetector``: a detector built from a user's own phrase lists, without editing the
package.  It runs the same engine as the built-in phrase detectors (``_standalone.py``), so a
phrase is judged by where it stands: a whole stock line is junk, the same words inside a
sentence of the article are not.

>>> from cleanroom.document import from_text
>>> promo = PhraseDetector("shop_promo", "ads", lines=["Shop now"],
...                        phrases=["use the code # at checkout"])
>>> doc = from_text("Shop now!\\nThe shop now opens at nine, the owner said.")
>>> [(f.rule, doc.text[f.start:f.end]) for f in promo.find(doc)]
[('shop_promo_line', 'Shop now!')]
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from cleanroom.categories import Category
from cleanroom.detectors._rules import Match, Rule, RuleTable, Where
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document
from cleanroom.errors import InvalidOptions

Phrases = Sequence[str] | Mapping[str, Sequence[str]]


def groups(phrases: Phrases, name: str) -> Mapping[str, Sequence[str]]:
    """A user's plain list becomes one group; a mapping (language -> phrases) stays."""
    if isinstance(phrases, str):
        raise TypeError(f"{name} must be a list of phrases, not the string {phrases!r}")
    if isinstance(phrases, Mapping):
        return phrases
    return {name: tuple(phrases)}



class PhraseDetector:
    """A detector built from your own phrase lists, judged like the built-in ones.

    ``lines``: whole lines that are junk anywhere ("Shop now").  ``edge_lines``: whole lines
    that are junk only at the start or end of the text or beside other junk, held back
    elsewhere.  ``labels``: like ``lines``, and also a line that opens with one of them and a
    separator (``"Promo: 20% off"``).  ``phrases``: phrases that make a short block junk
    (``{a|b}`` alternatives, ``#`` for a number).  Each may be a list, or a mapping of
    group (say, language) -> list.  Each list is one rule of a table (``_rules.py``), with its
    own id: ``<name>_line``, ``<name>_edge_line``, ``<name>_label`` and ``<name>_phrase``.
    """

    def __init__(self, name: str, category: Category | str, *, lines: Phrases = (),
                 edge_lines: Phrases = (), labels: Phrases = (), phrases: Phrases = (),
                 max_block: int = 300) -> None:
        if not isinstance(name, str) or not name.isidentifier() or not name.isascii():
            raise InvalidOptions(f"a detector name must be an ASCII identifier, not {name!r}")
        try:
            self.category = Category(category)
        except ValueError:
            valid = ", ".join(c.value for c in Category)
            raise InvalidOptions(f"unknown category {category!r}; categories: {valid}") from None
        if not (lines or edge_lines or labels or phrases):
            raise InvalidOptions("a PhraseDetector needs lines, edge_lines, labels or phrases")
        if not isinstance(max_block, int) or max_block < 1:
            raise InvalidOptions(f"max_block must be a positive int, not {max_block!r}")
        self.name = name
        try:
            kinds: tuple[tuple[Phrases, str, str, Match, Where], ...] = (
                (lines, "lines", "line", "line", "anywhere"),
                (edge_lines, "edge_lines", "edge_line", "line", "edge"),
                (labels, "labels", "label", "label", "anywhere"),
                (phrases, "phrases", "phrase", "phrase", "anywhere"))
            rules = [Rule.of(f"{name}_{suffix}", match, groups(p, what), where)
                     for p, what, suffix, match, where in kinds if p]
            self.table = RuleTable(name, self.category, tuple(rules), max_block=max_block)
        except (ValueError, TypeError, AttributeError) as exc:
            raise InvalidOptions(f"PhraseDetector {name!r}: {exc}") from None
        self.phrase_lists = (self.table.engine,)
        """What the pipeline compiles into its index for this detector."""

    def find(self, doc: Document) -> Iterator[Finding]:
        return self.table.find(doc)

    def __repr__(self) -> str:
        return f"PhraseDetector({self.name!r}, {self.category.value!r})"
