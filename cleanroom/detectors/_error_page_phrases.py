"""The error_page detector's phrase lists: banner titles, apologies, error sentences.

Whole-line banners an error template carries (``Page not found``, ``Access denied``, a bot
check's ``Checking your browser before accessing``, ``Please enable JavaScript``), the short
apologies that go only beside one (``Sorry!!``, ``Oops!``), and the error sentences that make
a short block an error message (``The page you were looking for doesn't exist``), in 13
languages.  Near-misses are given with each list below; how each is weighed, and the status
lines (``Error 404``) matched by pattern, are in ``error_page.py``.
"""

from __future__ import annotations

from cleanroom.detectors._phrases import LineSet, PhraseSet

# Whole lines that are an error banner by themselves.  Why each: these are the titles error
# templates use.  Near-miss: "Not found in nature, the mineral was made in a lab" is a
# sentence, not a whole-line banner, so it never matches.
BANNER_LINES = LineSet({
    "en": (
        "page not found", "not found", "file not found", "access denied", "forbidden",
        "unauthorized", "internal server error", "service unavailable", "bad gateway",
        "gateway timeout", "too many requests", "bad request", "server error",
        "this page isn't available", "this page is not available", "page unavailable",
        "content not available", "oops! page not found", "sorry, page not found",
        "oops! that page can't be found", "the page cannot be found", "page cannot be found",
        "we can't find that page", "we couldn't find that page", "nothing found",
        "attention required! | cloudflare", "just a moment...", "one more step",
        "are you a robot?", "are you a human?", "verify you are human",
        "please verify you are a human", "access to this page has been denied",
        "please enable javascript", "please enable cookies", "javascript is disabled",
        "enable javascript and cookies to continue", "checking your browser",
        "checking if the site connection is secure", "please wait while we verify",
    ),
    # Other languages: the titles of the same templates.
    "de": ("seite nicht gefunden", "fehler 404", "die seite wurde nicht gefunden",
           "zugriff verweigert", "nicht gefunden", "interner serverfehler",
           "dienst nicht verfügbar", "seite nicht verfügbar", "hoppla! seite nicht gefunden",
           "bitte aktivieren sie javascript", "bitte javascript aktivieren",
           "sind sie ein mensch?", "einen moment bitte...", "ihr browser wird überprüft"),
    "fr": ("page introuvable", "page non trouvée", "erreur 404", "accès refusé",
           "accès interdit", "erreur interne du serveur", "service indisponible",
           "oups ! page introuvable", "cette page n'existe pas", "veuillez activer javascript",
           "êtes-vous un robot ?", "vérification de votre navigateur", "page non disponible"),
    "es": ("página no encontrada", "error 404", "acceso denegado",
           "error interno del servidor", "servicio no disponible",
           "¡ups! página no encontrada", "esta página no existe", "habilita javascript",
           "por favor, habilita javascript", "¿eres un robot?", "verificando tu navegador"),
    "pt": ("página não encontrada", "erro 404", "acesso negado", "erro interno do servidor",
           "serviço indisponível", "ops! página não encontrada", "esta página não existe",
           "ative o javascript", "por favor, ative o javascript", "você é um robô?",
           "verificando seu navegador"),
    "it": ("pagina non trovata", "errore 404", "accesso negato", "errore interno del server",
           "servizio non disponibile", "ops! pagina non trovata", "questa pagina non esiste",
           "abilita javascript", "attiva javascript", "sei un robot?",
           "verifica del browser in corso"),
    "nl": ("pagina niet gevonden", "fout 404", "toegang geweigerd", "interne serverfout",
           "dienst niet beschikbaar", "oeps! pagina niet gevonden", "deze pagina bestaat niet",
           "schakel javascript in", "bent u een robot?", "ben je een robot?",
           "uw browser wordt gecontroleerd"),
    "pl": ("nie znaleziono strony", "strona nie została znaleziona", "błąd 404",
           "odmowa dostępu", "dostęp zabroniony", "wewnętrzny błąd serwera",
           "usługa niedostępna", "ups! nie znaleziono strony", "ta strona nie istnieje",
           "włącz javascript", "czy jesteś robotem?", "sprawdzanie przeglądarki"),
    "ru": ("страница не найдена", "ошибка 404", "доступ запрещен", "доступ запрещён",
           "внутренняя ошибка сервера", "сервис недоступен", "сервис временно недоступен",
           "упс! страница не найдена", "такой страницы не существует", "включите javascript",
           "вы робот?", "проверка браузера"),
    "tr": ("sayfa bulunamadı", "hata 404", "erişim engellendi", "erişim reddedildi",
           "sunucu hatası", "iç sunucu hatası", "hizmet kullanılamıyor",
           "hay aksi! sayfa bulunamadı", "bu sayfa mevcut değil",
           "javascript'i etkinleştirin", "robot musunuz?", "tarayıcınız kontrol ediliyor"),
    "ar": ("الصفحة غير موجودة", "لم يتم العثور على الصفحة", "خطأ 404", "تم رفض الوصول",
           "الوصول مرفوض", "خطأ داخلي في الخادم", "الخدمة غير متوفرة",
           "عذراً، الصفحة غير موجودة", "عذرا، الصفحة غير موجودة", "هذه الصفحة غير موجودة",
           "يرجى تفعيل جافا سكريبت", "هل أنت روبوت؟"),
    "zh": ("页面不存在", "页面未找到", "找不到页面", "404 页面不存在", "错误 404", "访问被拒绝",
           "拒绝访问", "服务器内部错误", "服务不可用", "抱歉，页面不存在", "您访问的页面不存在",
           "请启用javascript", "请开启javascript", "网页不存在", "頁面不存在", "找不到網頁"),
    "ja": ("ページが見つかりません", "お探しのページは見つかりませんでした", "アクセスが拒否されました",
           "アクセス拒否", "サーバーエラー", "内部サーバーエラー", "サービスが利用できません",
           "javascriptを有効にしてください", "このページは存在しません",
           "指定されたページは存在しません", "ページが見つかりませんでした"),
})

# Short exclamations and apologies: junk only when they stand next to an error message.
# Near-miss: a lone "Sorry!" line in a transcript is kept, having no error message beside it.
WEAK_LINES = LineSet({
    "en": (
        "sorry", "sorry!!", "we're sorry", "we are sorry", "oops", "whoops", "uh oh",
        "error", "error!", "oh no", "something went wrong", "hmm",
        "go back", "go to homepage", "back to homepage", "return to homepage",
        "go to the homepage", "go back to the homepage", "back to the homepage",
        "return to the homepage", "back to home", "take me home", "try searching instead",
    ),
    "de": ("entschuldigung", "hoppla", "ups", "oh nein", "fehler", "etwas ist schiefgelaufen",
           "zurück zur startseite", "zur startseite"),
    "fr": ("désolé", "oups", "erreur", "une erreur est survenue", "retour à l'accueil",
           "revenir à l'accueil"),
    "es": ("lo sentimos", "ups", "¡vaya!", "error", "algo salió mal", "volver al inicio",
           "ir a la página de inicio"),
    "pt": ("desculpe", "ops", "opa", "erro", "algo deu errado", "voltar à página inicial",
           "voltar ao início"),
    "it": ("spiacenti", "ci dispiace", "ops", "errore", "qualcosa è andato storto",
           "torna alla home", "torna alla homepage"),
    "nl": ("sorry", "oeps", "fout", "er is iets misgegaan", "terug naar home",
           "naar de homepage"),
    "pl": ("przepraszamy", "ups", "błąd", "coś poszło nie tak", "wróć do strony głównej"),
    "ru": ("извините", "упс", "ошибка", "что-то пошло не так", "вернуться на главную",
           "на главную"),
    "tr": ("üzgünüz", "hata", "hay aksi", "bir şeyler ters gitti", "ana sayfaya dön",
           "anasayfaya dön"),
    "ar": ("عذراً", "عذرا", "خطأ", "حدث خطأ ما", "العودة إلى الصفحة الرئيسية"),
    "zh": ("抱歉", "对不起", "出错了", "哎呀", "返回首页", "回到首页"),
    "ja": ("申し訳ありません", "エラー", "問題が発生しました", "トップページへ戻る", "ホームに戻る"),
})

# Error sentences.  They make a block an error message when the block is short and the
# sentence is most of it.  Near-miss: '"This page does not exist," the spokesman said of the
# deleted post.' quotes the words in a sentence of the article: proposed only under strict.
ERROR_SENTENCES = PhraseSet({
    "page_missing": (
        ("the page you {were|are|have been} looking for {does not|doesn't|no longer|could not|"
         "couldn't|cannot|can't|can not|might have|may have|has been|was|is}"),
        ("the page you requested {does not|doesn't|could not|couldn't|cannot|can't|was not|"
         "wasn't|is not|no longer}"),
        ("the requested {page|url|resource} {was not|could not be|cannot be|is not} {found|"
         "available}"),
        "{this|the} page {does not|doesn't|no longer} exist",
        "{this|the} page {could not|couldn't|cannot|can't} be found",
        "we {couldn't|could not|can't|cannot} find {the|that|this} page",
        "{page|file|article|content|document} not found",
        # de, fr, es, pt, it, nl, pl, ru, tr, ar, zh, ja
        ("die {angeforderte|gesuchte|aufgerufene} seite {existiert nicht|wurde nicht gefunden|"
         "konnte nicht gefunden werden|ist nicht verfügbar}"),
        "diese seite existiert {nicht|leider nicht|nicht mehr}",
        ("die seite, die sie {suchen|gesucht haben|aufrufen wollten}, {existiert|ist|wurde|"
         "konnte}"),
        ("la page {que vous recherchez|demandée|que vous cherchez} {n'existe pas|n'existe plus|"
         "est introuvable|a été supprimée}"),
        "cette page n'existe {pas|plus}",
        ("la página {que buscas|que busca|solicitada|que estás buscando} no {existe|está "
         "disponible|se encuentra|se pudo encontrar}"),
        ("a página {que você procura|que procura|solicitada|que você está procurando} não "
         "{existe|foi encontrada|está disponível}"),
        ("la pagina {che stai cercando|richiesta|che cerchi} non {esiste|è stata trovata|"
         "è disponibile}"),
        ("de pagina {die u zoekt|die je zoekt|die je probeert te bezoeken} {bestaat niet|"
         "is niet gevonden|kon niet worden gevonden}"),
        "{strona|podstrona}, której szukasz, nie {istnieje|została znaleziona}",
        "{запрашиваемая|запрошенная} страница не {найдена|существует}",
        "страница, которую вы {ищете|искали}, не {найдена|существует}",
        "aradığınız sayfa {bulunamadı|mevcut değil|kaldırılmış}",
        "الصفحة {التي تبحث عنها|المطلوبة} غير موجودة",
        "您{访问|要访问|所访问|请求}的页面不存在", "你{访问|要找|所访问}的页面不存在",
        "{お探しの|指定された|アクセスしようとした}ページは{見つかりません|存在しません}",
    ),
    "access": (
        "you don't have permission to access",
        "you do not have permission to access",
        "access to this page has been denied",
        "sie haben keine berechtigung", "vous n'avez pas {l'autorisation|la permission}",
        "no {tienes|tiene} permiso para acceder", "você não tem permissão para acessar",
        "non hai il permesso di accedere", "{u heeft|je hebt} geen toegang tot",
        "nie masz uprawnień do", "у вас нет {доступа|прав доступа}",
        "erişim {izniniz|yetkiniz} yok", "ليس لديك {صلاحية|إذن} {الوصول|للوصول}",
        "您没有{权限|访问权限}", "アクセスする権限がありません",
    ),
    "bot_check": (
        "checking your browser before accessing",
        "checking if the site connection is secure",
        "verify you are {a human|human|not a robot}",
        "press & hold to confirm you are a human",
        "complete the security check to access",
        "please complete the security check",
        "why do i have to complete a captcha",
        "we believe you are using automation tools",
        "unusual traffic from your computer network",
        "bitte bestätigen sie, dass sie kein roboter sind",
        "confirmez que vous n'êtes pas un robot", "confirma que no eres un robot",
        "confirme que você não é um robô", "conferma di non essere un robot",
        "bevestig dat je geen robot bent", "potwierdź, że nie jesteś robotem",
        "подтвердите, что вы не робот", "robot olmadığınızı doğrulayın",
        "أثبت أنك لست روبوت", "请完成安全验证", "ロボットではないことを確認",
    ),
    "javascript": (
        "please enable javascript",
        "you need to enable javascript",
        "javascript is {disabled|required|not enabled}",
        "enable javascript and cookies to continue",
        "this site requires javascript",
        "bitte aktivieren sie javascript", "javascript ist deaktiviert",
        "{activez|activer} javascript", "javascript est désactivé",
        "{habilita|habilite|activa|active} javascript", "{ative|habilite} o javascript",
        "{abilita|attiva} javascript", "schakel javascript in", "javascript is uitgeschakeld",
        "włącz {obsługę |}javascript", "включите javascript", "javascript отключен",
        "javascript'i etkinleştirin", "تفعيل جافا سكريبت", "{启用|开启|打开}javascript",
        "{javascript|javascript }を有効に",
    ),
})
