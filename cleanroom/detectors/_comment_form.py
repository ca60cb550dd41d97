"""The comment form's text: the ``comments`` detector's phrase lists for it.

Extractors keep what stands around a comment form: its heading and links (``Leave a Reply``,
``Log in to Reply``), field labels (``Name *``), follow-up checkboxes (``Notify me of
follow-up comments by email.``), its sentences (``Your email address will not be
published.``), moderation notices and invitations (``Want to join the discussion?`` /
``Feel free to contribute!``).  Near-misses are given with each list below; how each list is
weighed is in ``comments.py``.
"""

from __future__ import annotations

from cleanroom.detectors._phrases import LineSet, PhraseSet

# Form field labels: a comment form's only with the required-field star ("Name *"); a bare
# "Email" or "Website" line is a share button or a link as often.
FIELDS = frozenset({"website", "name", "email", "comment"})

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
