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
``_comment_threads.py``).  Left alone: a ``Comments`` heading followed by a single line, a
quoted "no comment" inside a sentence (``"No comment," the spokesman said about the
merger.``), and an article about moderation whose sentence merely mentions it.

>>> from cleanroom.document import from_text
>>> doc = from_text("The article ends here.\\nComments\\nNo comment")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Comments().find(doc)]
[('comments_heading', 'Comments'), ('empty_comments', 'No comment')]
>>> list(Comments().find(from_text('"No comment," the spokesman said when asked.')))
[]
"""

from __future__ import annotations

from collections.abc import Iterator

from cleanroom.categories import Category
from cleanroom.detectors._comment_threads import pingbacks, thread_start
from cleanroom.detectors._phrases import LineSet, PhraseSet
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Document

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
           "comments are closed", "comments are closed for this article",
           "commenting is closed", "commenting has been disabled", "# comments", "# comment",
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
_QUOTES = frozenset("\"'“”‘’„«»「『")
# Form field labels: a comment form's only with the required-field star ("Name *"); a bare
# "Email" or "Website" line is a share button or a link as often.
_FIELDS = frozenset({"website", "name", "email", "comment"})

# The comment form and the links that open it.
FORM = LineSet({
    "en": ("leave a reply", "leave a comment", "leave a reply cancel reply", "cancel reply",
           "post a comment", "add a comment", "add comment", "write a comment", "post comment",
           "submit comment", "show comments", "view comments", "load comments",
           "loading comments", "read comments", "comment on this story", "comment now",
           "you must be logged in to post a comment", "you must log in to post a comment",
           "log in to comment", "sign in to comment", "want to join the discussion?",
           "show new comments (#)", "comments powered by disqus", "log in to reply",
           "click here to cancel reply", "view all comments", "load more comments",
           "previous comments", "subscribe to comments", "leave a comment below",
           "facebook comments", "notify of", "inline feedbacks",
           "required fields are marked *", "name *", "email *", "website", "comment *",
           # a comment's permalink: a link label, never text
           "permalink"),
    # The form's follow-up checkboxes, as WordPress words them in each language (and the
    # lone "Δ" its anti-spam field leaves in extracted text).
    "follow-up": (
        "notify me of follow-up comments by email", "notify me of follow-up comments via email",
        "notify me of new comments via email", "notify me of new posts by email",
        "notify me of new posts via email", "δ",
        "benachrichtige mich über nachfolgende kommentare via e-mail",
        "benachrichtige mich über neue beiträge via e-mail",
        "prévenez-moi de tous les nouveaux commentaires par e-mail",
        "prévenez-moi de tous les nouveaux articles par e-mail",
        "recibir un correo electrónico con los siguientes comentarios a esta entrada",
        "recibir un correo electrónico con cada nueva entrada",
        "avise-me sobre novos comentários por e-mail", "avise-me sobre novas publicações por e-mail",
        "avvisami via e-mail in caso di risposte al mio commento",
        "avvisami via e-mail della pubblicazione di un nuovo articolo",
        "stuur mij een e-mail als er vervolgreacties zijn",
        "powiadom mnie o kolejnych komentarzach przez e-mail",
        "уведомлять о новых комментариях по почте", "yeni yorumları bana e-posta ile bildir"),
    "de": ("kommentar schreiben", "kommentieren", "antworten abbrechen", "kommentar abschicken",
           "kommentar verfassen", "hinterlasse einen kommentar", "schreibe einen kommentar",
           "antwort hinterlassen", "zum kommentieren anmelden", "kommentare anzeigen"),
    "fr": ("laisser un commentaire", "ajouter un commentaire", "écrire un commentaire",
           "publier un commentaire", "annuler la réponse", "laisser une réponse",
           "connectez-vous pour commenter", "voir les commentaires", "lien permanent"),
    "es": ("deja un comentario", "dejar un comentario", "escribe un comentario",
           "añadir comentario", "publicar comentario", "cancelar respuesta",
           "deja una respuesta", "inicia sesión para comentar", "ver comentarios",
           "enlace permanente"),
    "pt": ("deixe um comentário", "deixe uma resposta", "escreva um comentário",
           "adicionar comentário", "publicar comentário", "cancelar resposta",
           "faça login para comentar", "ver comentários", "link permanente"),
    "it": ("lascia un commento", "scrivi un commento", "aggiungi un commento",
           "pubblica commento", "annulla risposta", "lascia una risposta",
           "accedi per commentare", "vedi i commenti", "mostra commenti",
           "link permanente"),
    "nl": ("laat een reactie achter", "plaats een reactie", "schrijf een reactie",
           "reactie plaatsen", "annuleer reactie", "log in om te reageren", "bekijk reacties", "toon reacties"),
    "pl": ("dodaj komentarz", "skomentuj", "napisz komentarz", "opublikuj komentarz",
           "anuluj odpowiedź", "zostaw komentarz", "zaloguj się, aby skomentować", "zobacz komentarze", "pokaż komentarze"),
    "ru": ("оставить комментарий", "оставьте комментарий", "добавить комментарий",
           "написать комментарий", "отправить комментарий", "отменить ответ",
           "войдите, чтобы оставить комментарий", "комментировать", "показать комментарии", "смотреть комментарии"),
    "tr": ("yorum yap", "yorum yaz", "yorum ekle", "yorumunuzu yazın", "yorum gönder",
           "yanıtı iptal et", "bir yanıt yazın", "yorum yapmak için giriş yapın", "yorumları gör", "yorumları göster"),
    "ar": ("اترك تعليقاً", "اترك تعليقا", "أضف تعليق", "أضف تعليقاً", "اكتب تعليقك",
           "إرسال التعليق", "إلغاء الرد", "اترك رداً", "سجل الدخول للتعليق", "عرض التعليقات"),
    "zh": ("发表评论", "写评论", "添加评论", "我要评论", "提交评论", "取消回复", "登录后评论",
           "登录后发表评论", "發表評論", "查看评论", "查看全部评论"),
    "ja": ("コメントする", "コメントを書く", "コメントを投稿", "コメントを送信", "返信をキャンセル",
           "ログインしてコメント", "コメントを残す", "コメントを見る"),
    # Indonesian blogs run the same WordPress form
    "id": ("tinggalkan balasan", "tinggalkan komentar", "batalkan balasan"),
})

# Comment-form sentences, found inside a short block.  Near-miss: an article about email
# privacy ("will not be published by the newspaper") shares words but not these sentences.
FORM_SENTENCES = PhraseSet({
    "en": (
        "your email address will not be published",
        "save my name, email, and website in this browser",
        "this site uses akismet to reduce spam",
        "you must be logged in to post a comment",
        "comments are moderated",
        "by posting a comment you agree",
        "for the purposes of publishing your comment",
        "comments powered by disqus",
    ),
    "de": ("{ihre|deine} e-mail-adresse wird nicht veröffentlicht",
           "erforderliche felder sind mit * markiert"),
    "fr": ("votre adresse {e-mail|de messagerie|email} ne sera pas publiée",
           "les champs obligatoires sont indiqués avec"),
    "es": ("{tu|su} dirección de correo electrónico no será publicada",
           "los campos obligatorios están marcados"),
    "pt": ("{o seu|seu} endereço de e-mail não será publicado",
           "campos obrigatórios são marcados"),
    "it": ("il tuo indirizzo email non sarà pubblicato",
           "i campi obbligatori sono contrassegnati"),
    "nl": ("{je|uw} e-mailadres wordt niet gepubliceerd", "vereiste velden zijn gemarkeerd"),
    "pl": ("twój adres {e-mail|email} nie zostanie opublikowany",
           "wymagane pola są oznaczone"),
    "ru": ("ваш адрес {email|e-mail|электронной почты} не будет опубликован",
           "ваш e-mail не будет опубликован", "обязательные поля помечены"),
    "tr": ("e-posta {adresiniz|hesabınız} yayımlanmayacak",
           "e-posta adresiniz yayınlanmayacak", "gerekli alanlar * ile işaretlenmişlerdir"),
    "ar": ("لن يتم نشر عنوان بريدك الإلكتروني", "الحقول الإلزامية مشار إليها"),
    "zh": ("您的电子邮箱地址不会被公开", "你的邮箱地址不会被公开", "必填项已用*标注"),
    "ja": ("メールアドレスが公開されることはありません",),
})

# Moderation notices and invitations to comment or write to the editor.  Readers' words and
# articles about moderation share them, so a short block with one is junk at the end of the
# text or beside other comment-section lines, and held back elsewhere.  Near-miss: "The
# forum said comments are reviewed by moderators" in the middle of a report.
NOTICES = PhraseSet({
    "en": ("your comment is awaiting moderation", "{we'd|we would} like to hear what you think",
           "let us know what you think in the comments",
           "{we are|we're} {temporarily |now |}moderating {all |}comments"),
    "de": ("kommentare werden {moderiert|vor der veröffentlichung geprüft}",
           "{ihr|dein} kommentar muss noch freigegeben werden",
           "{ihr|dein} kommentar wartet auf {freischaltung|moderation}"),
    "fr": ("les commentaires sont {modérés|soumis à modération}",
           "votre commentaire est en attente de modération"),
    "es": ("los comentarios {están|son|serán} moderados",
           "{tu|su} comentario está {pendiente|esperando} {de |}moderación",
           "no serán {aprobados|publicados} por {el moderador|la moderación}"),
    "pt": ("{os |}comentários {são|serão} moderados",
           "não serão {aprovados|publicados} {pelo moderador|pela moderação}",
           "{o seu|seu} comentário {aguarda|está aguardando} moderação"),
    "it": ("i commenti sono {moderati|soggetti a moderazione}",
           "il tuo commento è in attesa di moderazione"),
    "nl": ("reacties worden gemodereerd", "je reactie wacht op moderatie"),
    "pl": ("komentarze są moderowane", "twój komentarz oczekuje na moderację"),
    "ru": ("комментарии {проходят модерацию|модерируются}",
           "ваш комментарий ожидает {модерации|проверки}"),
    "tr": ("yorumunuz onay bekliyor", "yorumlar onaylandıktan sonra yayınlanır"),
    "ar": ("تعليقك بانتظار المراجعة", "تخضع التعليقات للمراجعة"),
    "zh": ("您的评论正在等待审核", "评论需经审核"),
    "ja": ("コメントは承認待ちです", "コメントは承認後に表示されます"),
})


# The line that closes a form's invitation ("Want to join the discussion?" / "Feel free to
# contribute!") and a comment's reply link: junk beside other comment-section lines or at the
# end, held back alone (an interview may print "Reply:" before an answer).
FORM_NEAR = LineSet({
    "en": ("feel free to contribute", "feel free to comment", "reply"),
    "de": ("antworten",), "fr": ("répondre",), "es": ("responder",), "pt": ("responder",),
    "it": ("rispondi",), "nl": ("beantwoorden",), "pl": ("odpowiedz",), "ru": ("ответить",),
    "tr": ("yanıtla",),
})

_SHORT_BLOCK = 300
_TAIL = 2  # the last blocks of a text, where comment sections live


class Comments:
    """Empty comment sections: heading + stub, counts, reply forms."""

    name = "comments"
    category = Category.COMMENTS

    def find(self, doc: Document) -> Iterator[Finding]:
        blocks = doc.blocks
        found: dict[int, tuple[str, str, bool]] = {}
        for hit in FORM_SENTENCES.scan(doc):
            if len(hit.block.text) <= _SHORT_BLOCK:
                said = doc.text[hit.start:hit.end]
                found[hit.block.index] = ("comment_form", f"comment-form text {said!r}", False)
        for hit in NOTICES.scan(doc):
            block = hit.block
            before = doc.text[block.start:hit.start]
            if (len(block.text) <= _SHORT_BLOCK and block.index not in found
                    and not _QUOTES.intersection(before)):  # quoted: someone said it
                said = doc.text[hit.start:hit.end]
                found[block.index] = ("comment_form", f"comment-section notice {said!r}", True)
        for hit in EMPTY_OPENERS.scan(doc):
            block = hit.block
            if len(block.text) <= _OPENER_BLOCK and hit.start - block.start <= 3:
                found.setdefault(block.index, ("empty_comments",
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
            if i in form and (block.key not in _FIELDS or "*" in block.text):
                found[i] = ("comment_form", f"comment-form text {block.text!r}", False)
            elif i in empty:
                found[i] = ("empty_comments", f"empty comment section {block.text!r}", False)
            elif i in ambiguous:
                found[i] = ("empty_comments", f"empty comment section {block.text!r}", True)
            elif i in invites:
                found[i] = ("comment_form", f"comment-form text {block.text!r}", True)
            elif i in heading:
                headings.add(i)
        # An ambiguous stub is sure junk next to a heading or another stub, or near the end.
        for i in sorted(found):
            rule, reason, strict_only = found[i]
            if strict_only and (i - 1 in headings or i - 1 in found or i + 1 in found
                                or i >= len(blocks) - _TAIL):
                found[i] = (rule, reason, False)
        # A heading is junk when a stub follows it, or nothing does (from the end, so that
        # "Tell us what you think" / "Comments" both go), or only a bare count ("224").
        last = len(blocks) - 1
        for i in sorted(headings, reverse=True):
            if i == last - 1 and blocks[last].key == "#":
                found[last] = ("empty_comments", f"comment count {blocks[last].text!r}", False)
            if i == last or (i + 1 in found and not found[i + 1][2]):
                found[i] = ("comments_heading",
                            f"heading {blocks[i].text!r} of an empty comment section", False)
        for block in pingbacks(doc):
            found.setdefault(block.index, ("comment_form", f"pingback {block.text!r}", False))
        thread = thread_start(doc)
        if thread is not None:
            header = blocks[thread].text
            for i in range(thread, len(blocks)):
                found[i] = ("comment_thread", f"the reader comments under {header!r}", False)
        for i in sorted(found):
            rule, reason, strict_only = found[i]
            yield Finding(blocks[i].start, blocks[i].end, self.category, self.name, rule,
                          reason, strict_only)
