"""Rules as rows of data, and the tables that detectors are made of.

A ``Rule`` is one row: its id (what ``Removal.rule`` names), what it matches, where in the
text it counts, and its own examples and near-misses.  A ``RuleTable`` is a detector's rows,
compiled into the phrase-rule engine (``_standalone.Rules``: one line table and one automaton
per pipeline, see ``cleanroom.pipeline``); ``TableDetector`` is the detector it makes.

Match kinds:

``line``
    the block is nothing but one of the phrases ("Accept all cookies"): looked up by its key;
``label``
    a ``line``, or a block that opens with one of them and a separator ("Promo: ...");
``phrase``
    one of the phrases stands in a short block (at most the table's ``max_block``
    characters) and opens it, is half of it, or meets another; held back otherwise.

Where a ``line``/``label`` row counts:

``anywhere``
    junk wherever it stands;
``edge``
    junk above the first or below the last paragraph of prose, or in a run of junk lines;
    held back elsewhere;
``run``
    junk only in a run of junk lines (three or more adjacent, or beside a sure one).

Rows can come from data: ``load_rows`` reads mappings (a CSV or JSON file's records) with
``rule``, ``match``, ``where``, ``language`` and ``phrase`` keys, one phrase a row, and groups
them into ``Rule``s by rule id (the multilingual lexicon's rows load this way).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from cleanroom.categories import Category
from cleanroom.detectors._phrases import Groups, LineSet, PhraseSet
from cleanroom.detectors._standalone import LineRule, PhraseRule, Rules, Tier
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

Match = Literal["line", "label", "phrase"]
Where = Literal["anywhere", "edge", "run"]
_TIERS: dict[str, Tier] = {"anywhere": Tier.SURE, "edge": Tier.EDGE, "run": Tier.CLUSTER}
PROSE = "The council met on Tuesday and voted for the new budget after a long debate."
"""A paragraph of plain article prose, for the tables' examples and near-misses."""


def amid_prose(line: str) -> str:
    """``line`` between two different paragraphs of prose: the near-miss of an edge rule.

    >>> amid_prose("Menu").splitlines()[1]
    'Menu'
    """
    return f"{PROSE}\n{line}\n{PROSE.replace('Tuesday', 'Monday')}"
MATCHES: tuple[Match, ...] = ("line", "label", "phrase")
WHERES: tuple[Where, ...] = ("anywhere", "edge", "run")


@dataclass(frozen=True)
class Rule:
    """One rule: an id, a phrase list, how it matches and where it counts, and examples.

    ``examples`` are texts in which the rule cuts a block; ``near_misses`` are texts in which
    it cuts none (each is run through the table's detector by the tests).
    """

    id: str
    match: Match
    phrases: LineSet | PhraseSet
    where: Where = "anywhere"
    examples: tuple[str, ...] = ()
    near_misses: tuple[str, ...] = ()
    doc: str = ""

    def __post_init__(self) -> None:
        if not self.id.isidentifier() or not self.id.isascii():
            raise ValueError(f"a rule id must be an ASCII identifier, not {self.id!r}")
        if self.match not in MATCHES or self.where not in WHERES:
            raise ValueError(f"rule {self.id}: match must be one of {MATCHES} and where one "
                             f"of {WHERES}, not {self.match!r} / {self.where!r}")
        wanted = PhraseSet if self.match == "phrase" else LineSet
        if not isinstance(self.phrases, wanted):
            raise TypeError(f"rule {self.id}: a {self.match} rule takes a {wanted.__name__}")
        if self.match == "phrase" and self.where != "anywhere":
            raise ValueError(f"rule {self.id}: a phrase rule is judged by its block, "
                             "its where is 'anywhere'")

    @property
    def languages(self) -> tuple[str, ...]:
        """The groups of its phrases (languages, for the built-in lists)."""
        return self.phrases.groups

    @classmethod
    def of(cls, id: str, match: Match, groups: Groups, where: Where = "anywhere",
           **kw: object) -> Rule:
        """A rule from plain phrase groups (``{"en": ("...", ...)}``)."""
        phrases = PhraseSet(groups) if match == "phrase" else LineSet(groups)
        return cls(id, match, phrases, where, **kw)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RuleTable:
    """A detector's rules, compiled once into the engine."""

    name: str
    category: Category
    rules: tuple[Rule, ...]
    max_block: int = 300
    """Phrase rules look only in blocks of at most this many characters."""
    engine: Rules = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError(f"table {self.name}: rule ids must be unique, got {ids}")
        lines = [LineRule(r.id, r.phrases, _TIERS[r.where], r.match == "label")
                 for r in self.rules if isinstance(r.phrases, LineSet)]
        phrases = [PhraseRule(r.id, r.phrases) for r in self.rules
                   if isinstance(r.phrases, PhraseSet)]
        object.__setattr__(self, "engine", Rules(lines, phrases, max_block=self.max_block))

    def find(self, doc: Document) -> Iterator[Finding]:
        return self.engine.find(doc, self.name, self.category)


class TableDetector:
    """A detector that is a table of rules."""

    def __init__(self, table: RuleTable) -> None:
        self.table = table
        self.name = table.name
        self.category = table.category
        self.phrase_lists = (table.engine,)

    def find(self, doc: Document) -> Iterator[Finding]:
        return self.table.find(doc)


def load_rows(rows: Iterable[Mapping[str, str]]) -> list[Rule]:
    """Rules from data rows (``rule``, ``match``, ``where``, ``language``, ``phrase``; other
    keys, such as a row's provenance, are ignored), grouped by rule id in the order met.

    >>> rules = load_rows([
    ...     {"rule": "promo_line", "match": "line", "where": "anywhere", "language": "en",
    ...      "phrase": "Shop now"},
    ...     {"rule": "promo_line", "match": "line", "where": "anywhere", "language": "de",
    ...      "phrase": "Jetzt kaufen"}])
    >>> [(r.id, r.languages, r.phrases.match("JETZT KAUFEN!")) for r in rules]
    [('promo_line', ('en', 'de'), 'de')]
    """
    order: list[str] = []
    kinds: dict[str, tuple[str, str]] = {}
    groups: dict[str, dict[str, list[str]]] = {}
    for row in rows:
        rule = row["rule"]
        kind = (row.get("match", "line"), row.get("where", "anywhere"))
        if rule not in kinds:
            order.append(rule)
            kinds[rule] = kind
            groups[rule] = {}
        elif kinds[rule] != kind:
            raise ValueError(f"rule {rule}: rows disagree on match/where ({kinds[rule]} and "
                             f"{kind})")
        groups[rule].setdefault(row["language"], []).append(row["phrase"])
    return [Rule.of(rule, kinds[rule][0], {k: tuple(v) for k, v in groups[rule].items()},  # type: ignore[arg-type]
                    kinds[rule][1])  # type: ignore[arg-type]
            for rule in order]


def _cut_text(table: RuleTable, rule: Rule) -> str:
    """The text the rule cuts in its first example ("" when it has none)."""
    from cleanroom.document.from_text import from_text

    for text in rule.examples[:1]:
        doc = from_text(text)
        for f in table.find(doc):
            if f.rule == rule.id and not f.strict_only:
                return doc.text[f.start:f.end]
    return ""


def tables_markdown(tables: Sequence[RuleTable]) -> str:
    """The rule tables as Markdown, for ``docs/detectors.md`` (a test checks it is current)."""
    out = ["| detector | rule | match | where | languages | phrases | example |",
           "|---|---|---|---|---|---|---|"]
    for table in tables:
        for r in table.rules:
            example = _cut_text(table, r)
            example = example if len(example) <= 60 else example[:57] + "..."
            out.append(f"| `{table.name}` | `{r.id}` | {r.match} | {r.where} | "
                       f"{', '.join(r.languages)} | {r.phrases.size} | "
                       f"{example.replace('|', '/')} |")
    return "\n".join(out) + "\n"
