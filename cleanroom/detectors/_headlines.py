"""Headline lists that lost their heading: other articles' titles listed after the article.

Extractors often drop the "More from our site" heading of a list of links and keep the links:
a run of bulleted titles after the last paragraph, of titles tagged ``[Video]``, or of
titles in the series that the page's own title names ("Design Week 2018 | <title>" under a
page titled "Design Week 2018 | ...")::

    ...the last paragraph of the article.
    - 15 Amazing Images of Comets
    - The Biggest Unanswered Questions About the Moon
    - Photos: Europa, Mysterious Icy Moon of Jupiter

A line is a listed headline when it has a title's shape: four to twenty-five words, no final
period, colon, semicolon or comma, at most one comma, one sentence (not one ending and another
starting inside it), and either title case (most words capitalised) or a media tag at its end
(``[Video]``); in a series list, three words or more after the series label.  A list is
taken only whole: every line of the bulleted run must have that
shape, there must be three or more, the run must come after the last paragraph of prose (or
close the text, with at most two short notes after it), and the line above must not announce
it with a colon.

Left alone (near-misses): the article's own bullet lists, whose items are sentences or short
names ("- England (Group A): 10th appearance"), a list that a sentence introduces ("The five
companies are:"), a list of short titles (films, books: "- Once Upon a Time in Hollywood";
a bulleted list needs titles of 35 characters on average), an address list ("- Sierra
Nevada Corporation, Louisville, Colorado"), a programme ("Day 2 | Workshops and a harbour
tour") on a page whose title names no series, and any list in the middle of the text.

>>> from cleanroom.document import from_text
>>> doc = from_text("The probe reached the moon on Friday after a journey of four years.\\n"
...                 "- 15 Amazing Images of Comets\\n- Europa, Mysterious Icy Moon of Jupiter\\n"
...                 "- The Biggest Unanswered Questions About the Moon")
>>> sorted(headline_runs(doc, {}))
[1, 2, 3]
>>> doc = from_text("The probe reached the moon on Friday after a journey of four years.\\n"
...                 "- Launch the app on your phone\\n- Pick the moon from the list\\n"
...                 "- Tap the Start button to begin")
>>> headline_runs(doc, {})
{}
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from cleanroom.detectors._standalone import TWO_SENTENCES, Candidate, Tier, is_prose
from cleanroom.document.model import Block, Document, line_key

_BULLETS = ("- ", "• ", "* ", "– ", "— ")
_MARKS = frozenset(b[0] for b in _BULLETS)
_MEDIA_TAG = re.compile(r"[\[(](?:video|videos|photos?|gallery|watch|audio|podcast)[\])]$",
                        re.IGNORECASE)
_FINAL = frozenset(".:;,")
# Words a title leaves in lower case ("Moon of Jupiter", "Questions About the Moon").
_SMALL = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into",
                    "is", "nor", "of", "off", "on", "or", "out", "over", "per", "the", "to",
                    "up", "via", "vs", "with"])
_EDGE = "‘’'\"“”()[]{}:;,.!?«»…–—-"
_MIN_WORDS = 4
_MAX_WORDS = 25
_MAX_CHARS = 160
_TITLE_SHARE = 0.8
_MIN_RUN = 3
_MEAN_CHARS = 35  # headlines of other articles run long: "11 Facts About Our Milky Way Galaxy"
_NOTES_AFTER = 2  # a closing list may have this many lines after it ("Originally published on")
_TAIL_SHARE = 0.6
_SERIES_WORDS = 6
_SERIES_CHARS = 60


def _title_case(text: str) -> bool:
    """Most words capitalised, as in "Twin Telescopes on Mauna Kea" (numbers not counted)."""
    counted = capital = 0
    for token in text.split():
        word = token.strip(_EDGE)
        if not word or not word[0].isalpha() or word.lower() in _SMALL:
            continue
        counted += 1
        capital += word[0].isupper() or any(ch.isupper() for ch in word[1:])
    return counted >= 3 and capital >= _TITLE_SHARE * counted


def headline_sized(text: str) -> bool:
    """A headline's size: 4 to 25 words, at most 160 characters, not two sentences."""
    return (_MIN_WORDS <= len(text.split()) <= _MAX_WORDS and len(text) <= _MAX_CHARS
            and TWO_SENTENCES.search(text) is None)


def headline_shaped(text: str) -> bool:
    """A line with a listed title's shape (see the module docstring)."""
    if not headline_sized(text) or text[-1] in _FINAL or text.count(",") > 1:
        return False
    return _MEDIA_TAG.search(text) is not None or _title_case(text)


def _series(text: str) -> str:
    """The series a "<Series> | <title>" line names, as its label's last three words ("design
    week #" for "Milan Design Week 2018 | ..."), or ""."""
    label, bar, title = text.partition(" | ")
    if not bar or "|" in title or len(label) > _SERIES_CHARS:
        return ""
    words = line_key(label).split()
    if len(words) > _SERIES_WORDS:
        return ""
    named = words[-3:]  # a series has a name: two words at least besides its numbers
    return " ".join(named) if sum(w.isalpha() for w in named) >= 2 else ""


def _kind(block: Block, own: str) -> str:
    text = block.text
    if len(text) > _MAX_CHARS + 2:
        return ""
    if text[0] in _MARKS and text.startswith(_BULLETS):
        return "bullet"
    if text[-1] in "])" and _MEDIA_TAG.search(text):
        return "media"
    if own and " | " in text and _series(text) == own:
        return "series"
    return ""


def _runs(doc: Document) -> Iterator[tuple[str, list[Block], bool]]:
    """``(kind, blocks, after)`` for the maximal runs of adjacent bulleted lines, of lines
    ending with a media tag, and of lines of the series that the text's first line (the page's
    title) names, in the tail of the text: after the last paragraph of prose (``after``), or
    ending at most ``_NOTES_AFTER`` lines before the end.  Only the tail is read."""
    blocks = doc.blocks
    if not blocks:
        return
    own = _series(blocks[0].text)
    after = len(blocks)  # the first block after the last paragraph of prose
    while after and not is_prose(blocks[after - 1]):
        after -= 1
    start = len(blocks)
    for _ in range(_NOTES_AFTER):  # step over the notes that may close the text
        if start and not _kind(blocks[start - 1], own):
            start -= 1
    while start and _kind(blocks[start - 1], own):
        start -= 1
    run: list[Block] = []
    kind_of_run = ""
    for block in blocks[min(start, after):]:
        kind = _kind(block, own)
        if kind and kind == kind_of_run:
            run.append(block)
            continue
        if run:
            yield kind_of_run, run, run[0].index >= after
        run, kind_of_run = ([block], kind) if kind else ([], "")
    if run:
        yield kind_of_run, run, run[0].index >= after


def _title_of(kind: str, text: str) -> str:
    if kind == "bullet":
        return text[2:].strip()
    if kind == "series":
        return text.partition(" | ")[2].strip()
    return text


def _shaped(kind: str, title: str) -> bool:
    if kind == "series":  # the series names the list: the titles need not be capitalised
        return len(title.split()) >= 3 and title[-1] not in _FINAL
    return headline_shaped(title)


def headline_runs(doc: Document, found: Mapping[int, Candidate]) -> dict[int, Candidate]:
    """Candidates for the lines of every closing headline list (``found``: blocks that other
    rules already proposed, which no list may include)."""
    extra: dict[int, Candidate] = {}
    blocks = doc.blocks
    for kind, run, after in _runs(doc):
        first, end = run[0].index, run[-1].index + 1
        if len(run) < _MIN_RUN or any(b.index in found for b in run):
            continue
        if first and blocks[first - 1].text[-1] in ":：":
            continue  # "The five finalists are:" announces the article's own list
        closing = (len(blocks) - end <= _NOTES_AFTER
                   and run[0].start >= len(doc.text) * _TAIL_SHARE)
        if not (closing or after):
            continue
        titles = [_title_of(kind, b.text) for b in run]
        if kind == "bullet" and sum(map(len, titles)) < _MEAN_CHARS * len(titles):
            continue  # short titles: names of films, books, products, the article's own list
        if all(t and _shaped(kind, t) for t in titles):
            for block in run:
                extra[block.index] = Candidate(
                    "related_list", f"{block.text!r} is one of {len(run)} headlines listed "
                    "after the article", Tier.SURE)
    return extra
