"""Comment sections: empty stubs, counts, reply forms, notices, and threads after the article.

Removed::

    Comments
    No comment

and likewise ``0 Comments``, ``Leave a Reply``, ``Be the first to comment!``, ``Your email
address will not be published. Required fields are marked *``, ``You must log in to post a
comment.``, a ``Комментарии`` heading over a bare count (``224``), and moderation notices
and invitations at the end of the text (``Comments with offensive language will not be
approved by the moderator.``, ``Want to join the discussion? Feel free to contribute!``).
A thread of reader comments goes from its header to the end of the text (see
``_comment_threads.py``; the comment form's phrase lists are in ``_comment_form.py``).
Left alone: a ``Comments`` heading followed by a single line, a quoted "no comment" inside
a sentence (``"No comment," the spokesman said about the merger.``), and an article about
moderation whose sentence merely mentions it.

>>> from cleanroom.document import from_text
>>> doc = from_text("The article ends here.\\nComments\\nNo comment")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Comments().find(doc)]
[('comments_heading', 'Comments'), ('empty_comments', 'No comment')]
>>> list(Comments().find(from_text('"No comment," the spokesman said when asked.')))
[]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from cleanroom.categories import Category
from cleanroom.detectors._comment_form import FIELDS, FORM, FORM_NEAR, FORM_SENTENCES, NOTICES
from cleanroom.detectors._comment_threads import CLOSED, pingbacks, thread_start
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors.base import Finding
from cleanroom.document.model import QUOTE_MARKS, Document

# Headings of a comment section: junk only when the section is empty (a stub follows, or
# nothing does).  Near-miss: "Comments" followed by a reader's real comment is kept.
HEADINGS = LineSet({
    "en": ("comments", "comment", "reader comments", "readers' comments", "discussion",
           "responses", "# responses", "# comments", "comments (#)", "join the conversation",
           "join the discussion", "join discussion", "conversation", "what do you think?",
           "tell us what you think", "user comments", "all comments"),
    "de": ("kommentare", "kommentar", "leserkommentare", "# kommentare", "diskussion"),
    "fr": ("commentaires", "commentaire", "# commentaires", "réactions", "# réactions"),
    "es": ("comentarios", "comentario", "# comentarios"),
    "pt": ("comentários", "comentário", "# comentários"),
    "it": ("commenti", "commento", "# commenti"),
    "nl": ("reacties", "reactie", "# reacties"),
    "pl": ("komentarze", "komentarz", "# komentarzy", "# komentarze"),
    "ru": ("комментарии", "комментарий", "# комментариев", "# комментария"),
    "tr": ("yorumlar", "yorum", "# yorum"),
    "ar": ("التعليقات", "تعليقات", "# تعليقات", "تعليق"),
    "zh": ("评论", "评论区", "网友评论", "全部评论", "評論", "留言", "# 条评论"),
    "ja": ("コメント", "コメント欄", "みんなのコメント", "# 件のコメント"),
})

# "No comment" is also what a spokesman says: alone in the middle of a text it is only
# proposed under strict=True; next to a comments heading or near the end it is a stub.
AMBIGUOUS = LineSet({
    "en": ("no comment", "no comments"),
    "de": ("kein kommentar",), "fr": ("pas de commentaire", "sans commentaire"),
    "es": ("sin comentarios",), "pt": ("sem comentários",), "it": ("nessun commento",),
    "nl": ("geen commentaar", "geen reacties"), "pl": ("bez komentarza",),
    "ru": ("без комментариев",), "tr": ("yorum yok",), "ar": ("لا تعليق",),
    "zh": ("无可奉告", "不予置评"), "ja": ("ノーコメント",),
})

# Lines that say the thread is empty or closed.
EMPTY = LineSet({
    "en": ("no comments yet", "no comments so far",
           "there are no comments yet", "be the first to comment",
           "be the first to comment on this article", "be the first to leave a comment",
           *CLOSED, "# comments", "# comment",
           "comments (#)", "# responses", "one response", "one comment", "# reactions",
           # "Comments" over a count whose number a script was to fill in
           "comments comments"),
    "de": ("noch keine kommentare", "es gibt noch keine kommentare",
           "schreiben sie den ersten kommentar", "seien sie der erste, der kommentiert",
           "die kommentarfunktion ist geschlossen", "kommentare sind geschlossen"),
    "fr": ("aucun commentaire", "soyez le premier à commenter", "soyez le premier à réagir",
           "les commentaires sont fermés", "commentaires fermés", "pas encore de commentaires"),
    "es": ("no hay comentarios", "aún no hay comentarios", "todavía no hay comentarios",
           "sé el primero en comentar", "los comentarios están cerrados",
           "comentarios cerrados"),
    "pt": ("nenhum comentário", "ainda não há comentários", "seja o primeiro a comentar",
           "os comentários estão fechados", "comentários encerrados"),
    "it": ("nessun commento ancora", "ancora nessun commento", "non ci sono commenti",
           "sii il primo a commentare", "i commenti sono chiusi", "commenti chiusi"),
    "nl": ("nog geen reacties", "er zijn nog geen reacties", "wees de eerste die reageert",
           "reageren is niet meer mogelijk", "reacties zijn gesloten"),
    "pl": ("brak komentarzy", "nie ma jeszcze komentarzy", "bądź pierwszy, który skomentuje",
           "dodaj pierwszy komentarz", "komentarze są wyłączone",
           "komentarze zostały wyłączone"),
    "ru": ("комментариев пока нет", "комментариев нет", "нет комментариев",
           "будьте первым, кто оставит комментарий", "комментарии закрыты",
           "комментирование закрыто"),
    "tr": ("henüz yorum yapılmamış", "henüz yorum yok", "ilk yorumu siz yapın",
           "ilk yorumu sen yap", "yorumlar kapalı", "yorumlar kapatılmıştır"),
    "ar": ("لا توجد تعليقات", "لا توجد تعليقات بعد", "كن أول من يعلق", "كن أول من يعلّق",
           "التعليقات مغلقة"),
    "zh": ("暂无评论", "还没有评论", "目前没有评论", "快来抢沙发", "抢沙发", "评论已关闭",
           "暫無評論", "发表第一条评论"),
    "ja": ("コメントはまだありません", "まだコメントはありません", "最初のコメントを書こう",
           "コメントは受け付けていません", "コメントは締め切りました"),
})

# The same stubs with a tail ("No comments yet. Start the discussion!", "暂无评论，快来抢沙发吧"):
# a short block that opens with one.  Only the unambiguous "yet" / "be the first" forms:
# "No hay comentarios del ministerio" (no comment from the ministry) must stay.
EMPTY_OPENERS = PhraseSet({
    "en": ("no comments yet", "be the first to comment"),
    "de": ("noch keine kommentare", "seien sie der erste"),
    "fr": ("aucun commentaire pour le moment", "pas encore de commentaire",
           "soyez le premier à {commenter|réagir}"),
    "es": ("{aún|todavía} no hay comentarios", "sé el primero en comentar"),
    "pt": ("ainda não há comentários", "seja o primeiro a comentar"),
    "it": ("ancora nessun commento", "sii il primo a commentare"),
    "nl": ("nog geen reacties", "wees de eerste die reageert"),
    "pl": ("nie ma jeszcze komentarzy", "bądź pierwszy"),
    "ru": ("комментариев пока нет", "пока нет комментариев", "будьте первым"),
    "tr": ("henüz yorum", "ilk yorumu"),
    "ar": ("لا توجد تعليقات بعد", "كن أول من {يعلق|يعلّق}"),
    "zh": ("暂无评论", "还没有评论", "快来抢沙发"),
    "ja": ("コメントはまだありません", "まだコメントはありません"),
})
_OPENER_BLOCK = 120

_SHORT_BLOCK = 300
_TAIL = 2  # the last blocks of a text, where comment sections live
_PROPOSED = "comment proposals"  # doc.scans.memo: (proposals, headings), for ``context``
_VERDICTS = "comment verdicts"  # doc.scans.memo: what ``find`` gave, for ``context``
_Verdict = tuple[str, str, bool]  # rule, reason, strict_only


def _one(made: dict[_Verdict, _Verdict], rule: str, reason: str, strict_only: bool) -> _Verdict:
    """The verdict ``(rule, reason, strict_only)``, the one in ``made`` if made before."""
    verdict = (rule, reason, strict_only)
    return made.setdefault(verdict, verdict)


def _by_block(verdicts: dict[int, _Verdict], blocks: int) -> list[_Verdict | None]:
    """``verdicts`` as a list by block index (None where a block has none)."""
    out: list[_Verdict | None] = [None] * blocks
    for i, v in verdicts.items():
        out[i] = v
    return out


class Comments:
    """Empty comment sections: heading + stub, counts, reply forms."""

    name = "comments"
    category = Category.COMMENTS

    def find(self, doc: Document) -> Iterator[Finding]:
        proposed, headings = self._propose(doc)
        found = self._settle(doc, proposed, headings, None)
        # The proposals, for ``context``, as a list by block (8 bytes a block; the dict goes
        # now: a text of stubs would hold two dicts of every block with the findings).
        doc.scans.memo[_PROPOSED] = (_by_block(proposed, len(doc.blocks)), headings)
        del proposed
        for block in pingbacks(doc):
            found.setdefault(block.index, ("comment_form", f"pingback {block.text!r}", False))
        thread = thread_start(doc)
        if thread is not None:
            header = doc.blocks[thread].text
            for i in range(thread, len(doc.blocks)):
                found[i] = ("comment_thread", f"the reader comments under {header!r}", False)
        # The verdicts the context step compares with, by block (a list: 8 bytes a block,
        # where a dict of a text of stubs took some 50 an entry).
        doc.scans.memo[_VERDICTS] = _by_block(found, len(doc.blocks))
        yield from self._findings(doc, found)

    def context(self, doc: Document, cut: frozenset[int]) -> Iterator[Finding]:
        """The stubs and headings judged on what is left once the blocks in ``cut`` are gone:
        a "Comments" heading over a cut cookie banner is empty, a "No comment" is near the end
        once what followed it is cut."""
        memo = doc.scans.memo.get(_PROPOSED)
        if memo is None:
            return
        proposed, headings = memo
        kept = [b.index for b in doc.blocks if b.index not in cut]
        settled = self._settle(doc, {i: c for i, c in enumerate(proposed)
                                     if c is not None and i not in cut},
                               tuple(i for i in headings if i not in cut), kept)
        first: list[_Verdict | None] = doc.scans.memo.get(_VERDICTS) or [None] * len(doc.blocks)
        yield from self._findings(doc, {i: v for i, v in settled.items() if first[i] != v})

    def _findings(self, doc: Document, found: dict[int, _Verdict]) -> Iterator[Finding]:
        blocks = doc.blocks
        for i in sorted(found):
            rule, reason, strict_only = found[i]
            yield Finding(blocks[i].start, blocks[i].end, self.category, self.name, rule,
                          reason, strict_only)

    def _propose(self, doc: Document) -> tuple[dict[int, _Verdict], tuple[int, ...]]:
        """The stubs, forms and notices each block is on its own, and the headings."""
        blocks = doc.blocks
        found: dict[int, tuple[str, str, bool]] = {}
        # Equal verdicts are one tuple (and one reason string): a text of a thousand
        # "No comment" lines holds the verdict once, not a thousand times.
        one: dict[_Verdict, _Verdict] = {}
        # The phrases are looked for in short blocks only: a long one is the article's.
        for hit in FORM_SENTENCES.scan(doc, _SHORT_BLOCK):
            said = doc.text[hit.start:hit.end]
            found[hit.block.index] = _one(one, "comment_form", f"comment-form text {said!r}", False)
        for hit in NOTICES.scan(doc, _SHORT_BLOCK):
            block = hit.block
            before = doc.text[block.start:hit.start]
            # quoted: someone said it
            if block.index not in found and QUOTE_MARKS.isdisjoint(before):
                said = doc.text[hit.start:hit.end]
                found[block.index] = _one(one, "comment_form",
                                          f"comment-section notice {said!r}", True)
        for hit in EMPTY_OPENERS.scan(doc, _OPENER_BLOCK):
            block = hit.block
            if hit.start - block.start <= 3:
                # "No comments yet. Start the discussion!" is a stub; "No comments yet from
                # the club, which has been asked to respond." goes on as a sentence (a
                # lower-case word after the opener): that is the article's, left alone.
                if doc.text[hit.end:block.end].lstrip()[:1].islower():
                    continue
                found.setdefault(block.index, _one(one, "empty_comments",
                                               f"empty comment section {block.text!r}", False))
        headings = set()
        form, empty, ambiguous, heading, invites = (
            FORM.found(doc), EMPTY.found(doc), AMBIGUOUS.found(doc), HEADINGS.found(doc),
            FORM_NEAR.found(doc))
        for i in sorted(form.keys() | empty.keys() | ambiguous.keys() | heading.keys()
                        | invites.keys()):
            block = blocks[i]  # every stub and heading is a short line
            if i in found:
                continue
            if i in form and (block.key not in FIELDS or "*" in block.text):
                found[i] = _one(one, "comment_form", f"comment-form text {block.text!r}", False)
            elif i in empty:
                found[i] = _one(one, "empty_comments",
                                f"empty comment section {block.text!r}", False)
            elif i in ambiguous:
                found[i] = _one(one, "empty_comments",
                                f"empty comment section {block.text!r}", True)
            elif i in invites:
                found[i] = _one(one, "comment_form", f"comment-form text {block.text!r}", True)
            elif i in heading:
                headings.add(i)
        return found, tuple(sorted(headings))

    @staticmethod
    def _settle(doc: Document, proposed: dict[int, _Verdict], headings: tuple[int, ...],
                kept: list[int] | None) -> dict[int, _Verdict]:
        """The proposals weighed by their neighbours among the blocks ``kept`` (all of them
        when None)."""
        blocks = doc.blocks
        found = dict(proposed)
        order: Sequence[int] = range(len(blocks)) if kept is None else kept
        position = None if kept is None else {i: p for p, i in enumerate(kept)}

        def near(i: int, step: int) -> int | None:
            p = (i if position is None else position[i]) + step
            return order[p] if 0 <= p < len(order) else None

        heading_set = set(headings)
        one: dict[_Verdict, _Verdict] = {}
        # An ambiguous stub is sure junk next to a heading or another stub, or near the end.
        for i in sorted(found):
            rule, reason, strict_only = found[i]
            before, after = near(i, -1), near(i, 1)
            if strict_only and (before in heading_set or before in found or after in found
                                or (i if position is None else position[i])
                                >= len(order) - _TAIL):
                found[i] = _one(one, rule, reason, False)
        # A heading is junk when a stub follows it, or nothing does (from the end, so that
        # "Tell us what you think" / "Comments" both go), or only a bare count ("224").
        if not order:
            return found
        last = order[-1]
        if near(last, -1) in heading_set and blocks[last].key == "#":
            found[last] = ("empty_comments", f"comment count {blocks[last].text!r}", False)
        for i in sorted(headings, reverse=True):
            after = near(i, 1)
            if after is None or (after in found and not found[after][2]):
                found[i] = ("comments_heading",
                            f"heading {blocks[i].text!r} of an empty comment section", False)
        return found
