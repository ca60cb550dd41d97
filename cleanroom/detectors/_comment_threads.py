"""Reader comments after the article: where their thread starts, and pingbacks.

Extractors (trafilatura by default) append the page's reader comments after the article, so
a thread runs from its header to the end of the text::

    10 thoughts on “Business Focus: Why Some People Triumph Online”
    YOU.ARE.AWESOME!
    Thanks so much for stopping by to read this long article, Gaye!

Headers: ``Top Rated Comments``, ``2 comments``, ``3 Responses to “…”``, and a bare
``Comments`` late in the text, or followed by replies (``Hi Milan,``), or closed by
``Comments are closed.`` at the very end.  Left alone: a ``Comments`` heading followed by a
single line, a ``Comments`` section early in the text with nothing that reads like a reply,
``Thoughts on the new wing`` (no count).

Pingbacks, another blog's link to the post listed among the comments (``Pingback: Ten walks
around the harbour``, or its excerpt ``[…] https://blog.example/post […]``), go wherever they
stand; a quotation elided at both ends (``[…] the court wrote […]``) has no address and stays.

>>> from cleanroom.document import from_text
>>> body = "The east wing reopens on Saturday after two years of repairs. " * 6
>>> doc = from_text(f"{body}\\n2 comments\\nLovely news!\\nSee you there.")
>>> doc.blocks[thread_start(doc)].text
'2 comments'
>>> thread_start(from_text(f"{body}\\nComments\\nI visited last year.")) is None
True
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby

import regex

from cleanroom.detectors._phrases import LineSet
from cleanroom.detectors._scans import Anchors, blocks_upto
from cleanroom.detectors._vocabulary import is_long
from cleanroom.document.model import Block, Document

# Headers that open a thread whatever stands under them.  Near-miss: a "Comments" heading
# followed by a single line, or sitting in the first half of the text, may be a section of
# the article and stays.
THREAD_HEADERS = LineSet({
    "en": ("top rated comments", "top comments", "most popular comments", "reader comments",
           "readers' comments", "user comments", "all comments", "# comments", "# comment",
           "comments (#)", "one comment", "one response", "# responses", "# replies",
           "# reactions", "view all comments", "show all comments"),
})
# Comment counts in the other languages open a thread only past the first part of the text
# (near the top they are the byline's "5 Kommentare" link).  Bare headings stay English:
# "Kommentare", "Комментарии" also head an article's own section of commentary.
THREAD_COUNTS = LineSet({
    "de": ("# kommentare", "kommentare (#)", "# kommentar"),
    "fr": ("# commentaires", "commentaires (#)", "# commentaire"),
    "es": ("# comentarios", "comentarios (#)", "# comentario"),
    "pt": ("# comentários", "comentários (#)", "# comentário"),
    "it": ("# commenti", "commenti (#)", "# commento"),
    "nl": ("# reacties", "reacties (#)", "# reactie"),
    "pl": ("# komentarzy", "# komentarze", "komentarze (#)", "# komentarz"),
    "ru": ("# комментариев", "# комментария", "# комментарий", "комментарии (#)"),
    "tr": ("# yorum", "yorumlar (#)"),
    "ar": ("# تعليقات", "# تعليق", "التعليقات (#)"),
    "zh": ("# 条评论", "评论 (#)", "评论(#)"),
    "ja": ("# 件のコメント", "コメント (#)", "コメント(#)"),
})
# A bare "Comments" heading opens a thread only in the second part of the text, or when
# the blocks under it read like replies ("Hi Milan,", "Reply", "Anna says:").
BARE_HEADERS = LineSet({"en": ("comments", "comment")})
_REPLY_MARK = regex.compile(
    r"^(?:(?:hi|hello|hey|dear|thanks|thank you)\b[^.!?\n]{0,40}[,!]|reply$|.{1,60} "
    r"(?:says|said|wrote):)", regex.IGNORECASE)
# The signature under a post embedded in an article ("— Jo Doe (@jodoe) November 18, 2019",
# the text of a tweet's embed): the post above it is quoted by the article, not a reply.
_EMBED_SIGNATURE = regex.compile(r"^[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)")
_SIGNED_WITHIN = 2  # blocks: the post, a link or picture line, the signature


def _has_reply(under: Sequence[Block]) -> bool:
    """Whether a block of ``under`` opens like a reply (``Hi Cherie,``, ``Jo says:``) and is
    not a post the article embeds (signed ``— Name (@handle) date`` right under it:
    ``Hey Twitter, the point of this campaign is ...`` quoted from a governor)."""
    return any(_REPLY_MARK.match(b.text) and not any(
        _EMBED_SIGNATURE.match(n.text) for n in under[k + 1:k + 1 + _SIGNED_WITHIN])
        for k, b in enumerate(under))


# "10 thoughts on “Business Focus: ...”", "2 Responses to “...”", "One reply to ..."
_THREAD_TITLE = regex.compile(
    r"^(?:#|one|no) (?:thoughts?|responses?|replies|reply|comments?) (?:on|to) \S",
    regex.IGNORECASE)
# A zero count: "0 Comments", "Comments (0)".
_ZERO = regex.compile(r"(?<![\d.,])0(?![\d.,])")
# The nouns of ``_THREAD_TITLE``, looked for in the shared anchor scan of the lowered text
# (one pass for every phrase list).
_TITLE_WORDS = ("comment", "thought", "response", "repl")


def _may_be_title(norm: str) -> bool:
    """A cheap necessary test for ``_THREAD_TITLE``: the normalised line holds one of its
    nouns (a few C scans of a text already normalised, where the key would be computed)."""
    return any(word in norm for word in _TITLE_WORDS)


TITLE_ANCHORS = Anchors({word: (i,) for i, word in enumerate(_TITLE_WORDS)})
# The only characters whose casefold (``norm``) spells a run of a title word that their
# lower() does not: "ſ" folds to the "s" of "response", "ẗ" to a "t" ending "comment" or
# "thought", the "ﬅ" and "ﬆ" ligatures to "st", whose "t" may open "thought"
# (tests/detectors/test_comments.py checks every character).
ODD_FOLDS = ("ſ", "ẗ", "ﬅ", "ﬆ")


def title_blocks(doc: Document) -> array[int] | None:
    """The indexes of the blocks that may pass ``_may_be_title`` (ascending, a block named as
    often as a noun is found in it), or None for all of them.

    A block's text is its slice of the text, and its ``norm`` spells a noun only where its
    lowered text does (but for ``ODD_FOLDS``): so the blocks where the anchor scan found a
    noun.  Two articles in three name none."""
    text = doc.text
    if not text.isascii() and any(map(text.__contains__, ODD_FOLDS)):  # isascii: O(1)
        return None
    return TITLE_ANCHORS.found(doc)[0::3]


_MIN_THREAD = 2  # blocks after the header: one line under "Comments" is not a thread
_MIN_BARE_THREAD = 3
_MIN_CLOSED_THREAD = 2  # a comment and the closing stub
_LOOKAHEAD = 20  # blocks under a bare header searched for replies
_MIN_BEFORE = 300  # characters of article before a thread header
# A header past this share of the text: a bare one opens a thread without replies under it,
# and a counted one ("1 comment") with a single comment under it.
_LATE = 0.4
_SHORT_BLOCK = 300
CLOSED = ("comments are closed", "comments are closed for this article", "commenting is closed",
          "commenting has been disabled")
"""Lines that close a thread (keys: lower case, no punctuation); also in ``comments.EMPTY``."""
_CLOSED = frozenset(CLOSED)


def thread_start(doc: Document) -> int | None:
    """The index of the header of a comment thread that runs to the end of the text.  A
    header with a long line (``LONG_LINE``) under it opens none: that is the article going
    on after a "| 1 comments |" byline, not a reader's comment."""
    found = _header(doc)
    if found is None:
        return None
    last_long = next((b.index for b in reversed(doc.blocks) if is_long(b)), -1)
    return found if last_long < found else None


def _header(doc: Document) -> int | None:
    blocks = doc.blocks
    # "Comments are closed." at the very end: a bare header above it opens the thread (a
    # count such as "0 Comments" at the end does not: it may close an article's own section)
    closed = bool(blocks) and blocks[-1].key in _CLOSED
    headers, bare = THREAD_HEADERS.found(doc), BARE_HEADERS.found(doc)
    counts = THREAD_COUNTS.found(doc)
    late_from, total = _LATE * len(doc.text), len(blocks)
    # Every thread header is short, and only a line of the three sets or one that names a
    # title noun can open a thread: the others are not read.  (A long block named here
    # fails the length test below, as it would never have been read.)
    titled = title_blocks(doc)
    article = _ParagraphLengths(blocks)
    short: Iterable[Block] = (
        blocks_upto(doc, _SHORT_BLOCK) if titled is None else
        # in order, each once: every source is in document order (no set of them is made:
        # a text of stubs names every block)
        (blocks[i] for i, _ in groupby(heapq.merge(titled, headers, bare, counts))))
    for block in short:
        start = block.start
        if start < _MIN_BEFORE:
            continue
        index = block.index
        after = total - index - 1
        late = start >= late_from
        if after < (1 if late else _MIN_THREAD):
            continue
        header = index in headers or (len(block.text) <= _SHORT_BLOCK
                                      and _may_be_title(block.norm))
        # Only a header, a count or a bare heading can open a thread: the zero test (a
        # regex) is for them alone.
        if not (header or index in bare or (late and index in counts)):
            continue
        if _ZERO.search(block.text):
            continue  # "0 Comments", "Comments (0)": a stub, no thread under it
        if header and _THREAD_TITLE.match(block.key):
            return index
        if index in headers and _count(block) is None:
            return index  # "Top Rated Comments": only a thread is headed so
        if (index in headers or (late and index in counts)) and _reads_like_thread(
                blocks, index, article):
            return index  # a count ("2 comments"): also a link in a byline or an article's
        if index not in bare:
            continue
        if closed and after >= _MIN_CLOSED_THREAD:
            return index
        if after >= _MIN_BARE_THREAD and (
                late or _has_reply(blocks[index + 1:index + 1 + _LOOKAHEAD])):
            return index
    return None


_POST_ENDS = frozenset(".!?…。！？)\"”»'’")
_PROSE_LINE = 60  # characters: a paragraph of the article, for the length of its paragraphs


_NUMBER = regex.compile(r"\d+")


def _count(block: Block) -> int | None:
    """The number a header line counts ("3 comments": 3, "One response": 1), or None."""
    if block.key.startswith("one "):
        return 1
    number = _NUMBER.search(block.text)
    return int(number.group()) if number else None


class _ParagraphLengths:
    """The median length of the article's paragraphs (blocks of ``_PROSE_LINE`` or more)
    before a block, for blocks asked in document order: each block is added once, to two
    heaps (the shorter half and the rest), so a text of a thousand counts stays linear."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._blocks, self._next = blocks, 0
        self._low: list[int] = []  # the shorter half, negated (a max-heap)
        self._high: list[int] = []  # the rest: its least is the median

    def median_before(self, index: int) -> int | None:
        """``sorted(lengths)[len // 2]`` of the paragraphs before ``blocks[index]``."""
        for block in self._blocks[self._next:index]:
            length = len(block.text)
            if length < _PROSE_LINE:
                continue
            if self._low and length < -self._low[0]:
                heapq.heappush(self._low, -length)
            else:
                heapq.heappush(self._high, length)
            half = (len(self._low) + len(self._high)) // 2
            while len(self._low) > half:
                heapq.heappush(self._high, -heapq.heappop(self._low))
            while len(self._low) < half:
                heapq.heappush(self._low, -heapq.heappop(self._high))
        self._next = max(self._next, index)
        return self._high[0] if self._high else None


def _reads_like_thread(blocks: Sequence[Block], index: int,
                       article: _ParagraphLengths) -> bool:
    """Whether the blocks under the count ``blocks[index]`` read like reader comments and
    not like the article going on under a comment count injected mid-text (``10 komentarzy``
    between two paragraphs): as many posts as it counts that end the text (one or two), a
    closing stub at the very end, a reply (``Hi Cherie,``), or short posts (half the
    article's paragraph length at most, most of them ended like a sentence)."""
    after = len(blocks) - index - 1
    if after <= _MIN_THREAD:
        return _count(blocks[index]) == after
    if blocks[-1].key in _CLOSED:
        return True
    under = blocks[index + 1:index + 1 + _LOOKAHEAD]
    if _has_reply(under):
        return True
    median = article.median_before(index)
    posts = sorted(len(b.text) for b in under)
    ended = sum(b.text[-1:] in _POST_ENDS for b in under)
    return (median is not None and posts[len(posts) // 2] * 2 <= median
            and ended * 2 > len(under))


_PINGBACK = regex.compile(
    r"(?:pingback|trackback)\s*:|\[(?:…|\.\.\.)\][^\n]*\bhttps?://\S+[^\n]*\[(?:…|\.\.\.)\]$",
    regex.IGNORECASE)


def pingbacks(doc: Document) -> Iterator[Block]:
    """The blocks that are a pingback (see the module docstring)."""
    for block in blocks_upto(doc, _SHORT_BLOCK):
        if (block.text[:1] in "[PpTt" and len(block.text) <= _SHORT_BLOCK
                and _PINGBACK.match(block.text)):
            yield block
