"""Hypothesis strategies that inject realistic junk into clean text (extra: ``hypothesis``).

For property tests of cleanroom and of your own pipelines::

    from hypothesis import given
    from cleanroom.strategies import dirty_documents

    @given(dirty_documents(categories=["error_page", "comments"]))
    def test_my_pipeline_drops_junk(doc):
        assert my_pipeline(doc.dirty) == doc.clean

Junk is injected by construction, never filtered for, so a failing example shrinks to one
piece of junk at the top of a one-paragraph article.  The junk comes from
``cleanroom._junk_corpus``, written apart from the detectors' phrase lists.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("cleanroom.strategies needs Hypothesis: "
                      "pip install 'cleanroom[hypothesis]'") from exc

from cleanroom._junk_corpus import BODY, HEADLINES, JUNK
from cleanroom.categories import Category

__all__ = ["DirtyDocument", "InjectedJunk", "JunkPiece", "articles", "dirty_documents", "junk"]

REPEATED = str(Category.REPEATED)


@dataclass(frozen=True)
class JunkPiece:
    """Lines of junk of one category and language, and where pages put them."""

    category: str
    language: str
    lines: tuple[str, ...]
    where: str

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class InjectedJunk:
    """A piece of junk as it sits in ``DirtyDocument.dirty``: ``dirty[start:end] == text``."""

    start: int
    end: int
    category: str
    language: str
    text: str


@dataclass(frozen=True)
class DirtyDocument:
    """An article with junk injected: what cleaning should give back, and what it should cut."""

    dirty: str
    clean: str
    injected: tuple[InjectedJunk, ...]
    paragraphs: tuple[str, ...]
    language: str


def _languages(languages: Collection[str] | None, available: Collection[str]) -> list[str]:
    if languages is None:
        return sorted(available)
    if isinstance(languages, str):
        raise InvalidArgument(f"languages must be a collection of codes, not the string "
                              f"{languages!r}")
    unknown = sorted(set(languages) - set(available))
    if unknown or not languages:
        raise InvalidArgument(f"unknown or empty languages {unknown or list(languages)}; "
                              f"available: {', '.join(sorted(available))}")
    return sorted(set(languages))


def _categories(categories: Collection[str] | None, *, repeated: bool) -> list[str]:
    available = sorted(JUNK) + ([REPEATED] if repeated else [])
    if categories is None:
        return available
    if isinstance(categories, str):
        raise InvalidArgument(f"categories must be a collection of names, not the string "
                              f"{categories!r}")
    unknown = sorted(set(map(str, categories)) - set(available))
    if unknown or not categories:
        raise InvalidArgument(f"unknown or empty categories {unknown or list(categories)}; "
                              f"available: {', '.join(available)}")
    return sorted(set(map(str, categories)))


def _check_range(name: str, low: int, high: int, floor: int) -> None:
    if not isinstance(low, int) or not isinstance(high, int) or low < floor or high < low:
        raise InvalidArgument(f"need {floor} <= min_{name} <= max_{name}, got {low} and {high}")


def _samples(categories: Sequence[str], languages: Sequence[str]) -> list[JunkPiece]:
    return [JunkPiece(cat, lang, s.lines, s.where) for cat in categories if cat != REPEATED
            for lang in languages for s in JUNK[cat].get(lang, ())]


def junk(*, categories: Collection[str] | None = None,
         languages: Collection[str] | None = None) -> st.SearchStrategy[JunkPiece]:
    """Pieces of junk (``JunkPiece``) of the given categories and languages (default: all)."""
    cats = _categories(categories, repeated=False)
    langs = _languages(languages, {lang for by_lang in JUNK.values() for lang in by_lang})
    pieces = _samples(cats, langs)
    if not pieces:
        raise InvalidArgument(f"no junk of {cats} in {langs}")
    return st.sampled_from(pieces)


def _paragraphs(language: str, min_paragraphs: int, max_paragraphs: int
                ) -> st.SearchStrategy[list[str]]:
    """Paragraphs of one to three distinct sentences; no sentence is used twice, so the
    article never repeats itself (by construction, not by filtering)."""
    sentences = BODY.get(language) or BODY["en"]
    most = min(max_paragraphs, len(sentences))

    @st.composite
    def build(draw: st.DrawFn) -> list[str]:
        order = draw(st.permutations(range(len(sentences))))
        sizes = draw(st.lists(st.integers(1, 3), min_size=min(min_paragraphs, most),
                              max_size=most))
        paragraphs, used = [], 0
        for size in sizes:
            if used + size > len(order):
                break
            separator = "" if language in ("zh", "ja") else " "
            paragraphs.append(separator.join(sentences[i] for i in order[used:used + size]))
            used += size
        return paragraphs

    return build()


def articles(*, languages: Collection[str] | None = None, min_paragraphs: int = 1,
             max_paragraphs: int = 8) -> st.SearchStrategy[str]:
    """Clean article text: an optional headline, then paragraphs of neutral news sentences."""
    _check_range("paragraphs", min_paragraphs, max_paragraphs, 1)
    langs = _languages(languages, BODY)

    @st.composite
    def build(draw: st.DrawFn) -> str:
        lang = draw(st.sampled_from(langs))
        title = draw(st.none() | st.sampled_from(HEADLINES.get(lang) or HEADLINES["en"]))
        paragraphs = draw(_paragraphs(lang, min_paragraphs, max_paragraphs))
        return "\n".join(([title] if title else []) + paragraphs)

    return build()


def dirty_documents(*, categories: Collection[str] | None = None,
                    languages: Collection[str] | None = None, min_junk: int = 1,
                    max_junk: int = 4, min_paragraphs: int = 2, max_paragraphs: int = 8
                    ) -> st.SearchStrategy[DirtyDocument]:
    """Articles with junk pieces injected where pages put them, and the record of each.

    ``repeated`` junk copies a run of the article's own paragraphs to a later place.
    """
    _check_range("junk", min_junk, max_junk, 0)
    _check_range("paragraphs", min_paragraphs, max_paragraphs, 1)
    cats = _categories(categories, repeated=True)
    langs = _languages(languages, {lang for by_lang in JUNK.values() for lang in by_lang})
    by_lang = {lang: _samples(cats, [lang]) for lang in langs}
    langs = [lang for lang in langs if by_lang[lang] or REPEATED in cats]
    if not langs:
        raise InvalidArgument(f"no junk of {cats} in the languages asked for")

    @st.composite
    def build(draw: st.DrawFn) -> DirtyDocument:
        lang = draw(st.sampled_from(langs))
        title = draw(st.none() | st.sampled_from(HEADLINES.get(lang) or HEADLINES["en"]))
        body = ([title] if title else []) + draw(_paragraphs(lang, min_paragraphs,
                                                             max_paragraphs))
        gaps: list[list[JunkPiece]] = [[] for _ in range(len(body) + 1)]
        kinds = ([REPEATED] if REPEATED in cats else []) + (["phrase"] if by_lang[lang] else [])
        for _ in range(draw(st.integers(min_junk, max_junk))):
            if draw(st.sampled_from(kinds)) == REPEATED:
                first = draw(st.integers(1 if title else 0, len(body) - 1))
                size = draw(st.integers(1, min(3, len(body) - first)))
                gap = draw(st.integers(first + size, len(body)))
                gaps[gap].append(JunkPiece(REPEATED, lang, tuple(body[first:first + size]),
                                           "any"))
                continue
            piece = draw(st.sampled_from(by_lang[lang]))
            fixed = {"top": 0, "bottom": len(body)}.get(piece.where)
            gaps[fixed if fixed is not None else draw(st.integers(0, len(body)))].append(piece)
        return _assemble(body, gaps, lang)

    return build()


def _assemble(body: list[str], gaps: list[list[JunkPiece]], language: str) -> DirtyDocument:
    lines: list[str] = []
    injected: list[InjectedJunk] = []
    pos = 0

    def add(line: str) -> int:
        nonlocal pos
        start = pos + (1 if lines else 0)
        lines.append(line)
        pos = start + len(line)
        return start

    for i, pieces in enumerate(gaps):
        for piece in pieces:
            start = -1
            for line in piece.lines:
                s = add(line)
                start = s if start < 0 else start
            injected.append(InjectedJunk(start, pos, piece.category, piece.language,
                                         piece.text))
        if i < len(body):
            add(body[i])
    return DirtyDocument("\n".join(lines), "\n".join(body), tuple(injected), tuple(body),
                         language)

