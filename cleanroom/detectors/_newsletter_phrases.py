"""The newsletter detector's phrase lists: sign-up boxes, paywall notices, app prompts.

Whole lines (``Subscribe to our newsletter``, ``Already a subscriber? Log in``, ``Get the
app``), form labels that are junk only at an edge of the text (``Your email address``), and
prompt sentences that make a short block junk (``Sign up for our free morning newsletter``),
in 13 languages.  Near-misses are given with each list below; how each list is weighed, and
the shapes no list can name (``Download the Courier app``, ``Subscribe to the Morning Review
newsletter``), are in ``newsletter.py``.
"""

from __future__ import annotations

from cleanroom.detectors._phrases import LineSet, PhraseSet

# Whole lines of sign-up and paywall boxes.  Near-miss: "Subscribers get the print edition"
# is a sentence, not one of these lines.
SIGNUP = LineSet({
    "en": ("subscribe to our newsletter", "sign up for our newsletter",
           "sign up to our newsletter", "newsletter sign-up", "newsletter signup",
           "get our newsletter", "subscribe now", "subscribe today", "subscribe for free",
           "already a subscriber? log in", "already a subscriber? sign in",
           "already a subscriber?", "already have an account? log in",
           "subscribe to continue reading", "subscribe to read more", "subscribers only",
           "exclusive to subscribers", "for subscribers only", "premium content",
           "this article is for subscribers only", "this content is for subscribers only",
           "continue reading with a subscription", "get unlimited access",
           "start your free trial", "enter your email address", "enter your email",
           "sign up for free", "join our mailing list", "subscribe to our mailing list",
           # the sign-up box's own status messages, printed by extractors
           "thanks for signing up", "thank you for signing up", "thanks for subscribing",
           "thank you for subscribing", "please enter a valid email address"),
    "de": ("newsletter abonnieren", "jetzt abonnieren", "zum newsletter anmelden",
           "newsletter-anmeldung", "sie sind bereits abonnent?",
           "bereits abonnent? jetzt anmelden", "weiterlesen mit plus", "plus-artikel",
           "abo abschließen", "jetzt abo abschließen", "jetzt newsletter abonnieren",
           "exklusiv für abonnenten"),
    "fr": ("s'abonner", "abonnez-vous", "je m'abonne", "inscrivez-vous à notre newsletter",
           "s'inscrire à la newsletter", "inscription à la newsletter",
           "recevez notre newsletter", "déjà abonné ?", "déjà abonné ? connectez-vous",
           "article réservé aux abonnés", "réservé aux abonnés"),
    "es": ("suscríbete", "suscríbase", "suscribirse", "suscríbete a nuestro boletín",
           "suscríbete a nuestra newsletter", "recibe nuestro boletín",
           "¿ya eres suscriptor? inicia sesión", "¿ya eres suscriptor?",
           "contenido exclusivo para suscriptores", "exclusivo para suscriptores"),
    "pt": ("assine", "assine já", "assine agora", "assine a nossa newsletter",
           "assine nossa newsletter", "inscreva-se na nossa newsletter",
           "receba a nossa newsletter", "já é assinante? faça login", "já é assinante?",
           "conteúdo exclusivo para assinantes", "exclusivo para assinantes"),
    "it": ("abbonati", "abbonati ora", "iscriviti alla newsletter",
           "iscriviti alla nostra newsletter", "ricevi la newsletter",
           "sei già abbonato? accedi", "sei già abbonato?", "contenuto riservato agli abbonati",
           "riservato agli abbonati"),
    "nl": ("abonneer", "abonneren", "abonneer nu", "neem een abonnement",
           "schrijf je in voor onze nieuwsbrief", "meld je aan voor de nieuwsbrief",
           "aanmelden nieuwsbrief", "al abonnee? log in", "al abonnee?", "alleen voor abonnees",
           "exclusief voor abonnees"),
    "pl": ("subskrybuj", "zapisz się do newslettera", "zapisz się na newsletter",
           "zamów newsletter", "masz już subskrypcję? zaloguj się",
           "treść dostępna tylko dla subskrybentów", "tylko dla subskrybentów",
           "wykup subskrypcję", "kup subskrypcję"),
    "ru": ("подписаться", "подписаться на рассылку", "подпишитесь на рассылку",
           "подпишитесь на нашу рассылку", "подписка на новости", "уже подписаны? войти",
           "уже есть подписка? войдите", "только для подписчиков",
           "материал доступен только подписчикам", "оформить подписку"),
    "tr": ("abone ol", "hemen abone ol", "bültene abone ol", "e-bültene abone olun",
           "bültenimize abone olun", "zaten abone misiniz? giriş yapın",
           "zaten abone misiniz?", "sadece abonelere özel", "abonelere özel içerik"),
    "ar": ("اشترك", "اشترك الآن", "اشترك في النشرة البريدية", "اشترك في نشرتنا الإخبارية",
           "هل أنت مشترك بالفعل؟ سجّل الدخول", "هل أنت مشترك بالفعل؟ سجل الدخول",
           "للمشتركين فقط", "محتوى حصري للمشتركين"),
    "zh": ("订阅", "立即订阅", "订阅我们的新闻通讯", "订阅电子报", "已是订阅用户？登录",
           "订阅用户专享", "仅限订阅用户", "訂閱", "立即訂閱"),
    "ja": ("購読する", "今すぐ購読", "ニュースレターを購読", "ニュースレター登録",
           "メールマガジン登録", "メルマガ登録", "有料会員限定", "会員限定記事",
           "この記事は有料会員限定です", "すでに会員の方はログイン", "ログインして続きを読む"),
})

# App prompts and store badges.  Near-miss: "users must download the app to vote" inside a
# sentence is a phrase hit in prose, only held back.
APP = LineSet({
    "en": ("get the app", "download the app", "download our app", "get our app",
           "download the app now", "available on the app store", "get it on google play",
           "download on the app store", "read it in the app", "open in app"),
    "de": ("app herunterladen", "jetzt die app herunterladen", "laden sie unsere app herunter",
           "jetzt app laden", "in der app lesen"),
    "fr": ("télécharger l'application", "téléchargez notre application",
           "téléchargez l'application", "lire dans l'application"),
    "es": ("descarga la app", "descarga nuestra app", "descargar la aplicación",
           "descarga la aplicación"),
    "pt": ("baixe o app", "baixe nosso aplicativo", "descarregue a aplicação",
           "baixe o aplicativo"),
    "it": ("scarica l'app", "scarica la nostra app", "scarica l'applicazione"),
    "nl": ("download de app", "download onze app", "lees verder in de app"),
    "pl": ("pobierz aplikację", "pobierz naszą aplikację"),
    "ru": ("скачать приложение", "скачайте приложение", "скачайте наше приложение",
           "читать в приложении"),
    "tr": ("uygulamayı indir", "uygulamamızı indirin", "uygulamayı indirin"),
    "ar": ("حمّل التطبيق", "حمل التطبيق", "نزّل التطبيق", "نزل التطبيق", "حمّل تطبيقنا"),
    "zh": ("下载app", "下载客户端", "下载应用", "立即下载app", "下载 app", "打开app",
           "下載app"),
    "ja": ("アプリをダウンロード", "アプリで読む", "アプリで開く"),
})

# Form labels and bare prompt words: junk at an edge of the text or beside a prompt.
EDGE_WORDS = LineSet({
    "en": ("subscribe", "sign up", "newsletter", "your email address", "email address",
           "your email", "join now", "newsletters"),
    "de": ("abonnieren", "jetzt registrieren", "e-mail-adresse", "ihre e-mail-adresse",
           "newsletter", "jetzt testen"),
    "fr": ("votre adresse e-mail", "adresse e-mail", "s'inscrire", "newsletter",
           "votre e-mail"),
    "es": ("tu correo electrónico", "correo electrónico", "boletín", "newsletter"),
    "pt": ("inscreva-se", "seu e-mail", "o seu e-mail", "newsletter"),
    "it": ("iscriviti", "la tua email", "indirizzo email", "newsletter"),
    "nl": ("je e-mailadres", "e-mailadres", "nieuwsbrief", "inschrijven"),
    "pl": ("zapisz się", "twój e-mail", "adres e-mail", "newsletter"),
    "ru": ("подпишитесь", "ваш e-mail", "ваш email", "электронная почта", "рассылка"),
    "tr": ("e-posta adresiniz", "e-posta adresi", "bülten", "e-bülten"),
    "ar": ("بريدك الإلكتروني", "البريد الإلكتروني", "النشرة البريدية", "النشرة الإخبارية"),
    "zh": ("电子邮件地址", "邮箱地址", "电子邮箱", "新闻通讯"),
    "ja": ("メールアドレス", "ニュースレター", "メルマガ"),
})

# Prompt sentences inside a short block.  Near-miss: an article sentence about a paper's
# newsletter ("the newsletter reached 40,000 readers") matches none of them.
PROMPTS = PhraseSet({
    "en": (("sign up {for|to} {our|the} {free |daily |weekly |morning |evening |}"
           "{free |daily |weekly |morning |evening |}newsletter"), "subscribe to our",
           "{to|in} your inbox",
           "subscribe to continue reading", "subscribe {now |today |}to {read|continue}",
           ("{this|the} {article|content|story} is {only available|available only|exclusive|"
           "reserved} {to|for} subscribers"),
           "{you have|you've} reached your {free article limit|limit of free articles}",
           "free articles {left|remaining} this month", "already a subscriber",
           "download {our|the} app", "get it on google play", "unlimited digital access",
           "your free trial", "error processing your subscription",
           "keep an eye on your inbox", "click here to subscribe",
           "sign up for our email newsletters",
           # subscription and membership offers ("Get the magazine delivered through your
           # letterbox. 12 issues for £11.99."; "If you enjoyed this article, join ...")
           "delivered {through|to} your {letterbox|door|doorstep|mailbox}",
           "# issues for {£|$|€|}#", "by subscribing to {our|the} newsletter",
           "{get|receive} {the|our} {free |}{daily |weekly |morning |}newsletter",
           "get the day's {big |top |}{stories|headlines|news}",
           ("if you {enjoyed|liked|appreciated|value} {this|our} {article|story|piece|post|"
            "journalism|reporting}")),
    "de": ("{melden sie sich|abonnieren sie} {für |zum |}{unseren|den} newsletter",
           "newsletter {abonnieren|bestellen}", "in ihr postfach",
           "dieser artikel ist {nur |exklusiv |}für abonnenten", "exklusiv für abonnenten",
           "lesen sie {jetzt |}weiter mit", "laden sie unsere app",
           "{hat|haben} ihnen {dieser|der} {artikel|beitrag} gefallen"),
    "fr": ("{inscrivez-vous|abonnez-vous} à notre {newsletter|lettre d'information}",
           "recevez {notre newsletter|nos newsletters}",
           "dans votre boîte {mail|e-mail|de réception|aux lettres}",
           "cet article est réservé aux abonnés", "réservé aux abonnés",
           "téléchargez {l'application|notre application}", "abonnez-vous pour {lire|continuer}",
           "{vous avez aimé|si vous avez aimé} cet article"),
    "es": (("{suscríbete|suscríbase|regístrate|apúntate} a {nuestro boletín|nuestra newsletter|"
           "nuestro newsletter|la newsletter|el boletín}"), "en tu bandeja de entrada",
           "{este|el} {contenido|artículo} es exclusivo para suscriptores",
           "exclusivo para suscriptores", "{descarga|descargue} {nuestra|la} {app|aplicación}",
           "suscríbete para {seguir leyendo|continuar leyendo|leer}",
           "{te ha gustado|si te ha gustado|te gustó|si te gustó} este artículo"),
    "pt": ("assine {a nossa|nossa} newsletter", "inscreva-se {na nossa|em nossa|na} newsletter",
           "receba {a nossa|nossa} newsletter", "na sua caixa de entrada",
           "exclusivo para assinantes", "exclusiva para assinantes",
           ("{baixe|descarregue} {o app|nosso app|o nosso app|nosso aplicativo|o aplicativo|"
           "a aplicação}"), "assine para continuar {lendo|a ler}",
           "{gostou|se gostou} {deste|do} {artigo|texto}"),
    "it": ("iscriviti alla {nostra |}newsletter", "ricevi {la nostra|la|le nostre} newsletter",
           "nella tua casella di posta", "{articolo|contenuto} riservato agli abbonati",
           "riservato agli abbonati", "scarica {l'app|la nostra app|l'applicazione}",
           "abbonati per {continuare|leggere}",
           "{ti è piaciuto|se ti è piaciuto} {questo articolo|l'articolo}"),
    "nl": ("{schrijf je in|meld je aan|abonneer je} {voor|op} {onze|de} nieuwsbrief",
           "in je mailbox", "{dit artikel|dit stuk} is {alleen|exclusief} voor abonnees",
           "{alleen|exclusief} voor abonnees", "download {de|onze} app"),
    "pl": ("zapisz się {do naszego newslettera|do newslettera|na newsletter|na nasz newsletter}",
           "{dostępny|dostępna|dostępne} tylko dla {subskrybentów|prenumeratorów}",
           "wykup {subskrypcję|prenumeratę|dostęp}", "pobierz {aplikację|naszą aplikację}"),
    "ru": ("подпишитесь на {нашу |}рассылку", "подписаться на {нашу |}рассылку",
           "{доступен|доступна|доступно} только {для подписчиков|подписчикам}",
           "оформите подписку", "{скачайте|установите} {наше |}приложение"),
    "tr": ("{bültenimize|bültene|e-bültenimize|e-bültene|haber bültenimize} abone {olun|ol}",
           "e-posta kutunuza", "abonelere özel", "uygulamamızı {indirin|indir}"),
    "ar": ("اشترك في {نشرتنا|النشرة} {البريدية|الإخبارية}", "إلى بريدك الإلكتروني",
           "{للمشتركين فقط|حصري للمشتركين}", "{حمّل|حمل|نزّل|نزل} {تطبيقنا|التطبيق}",
           "اشترك الآن", "لمواصلة القراءة"),
    "zh": ("订阅我们的{新闻通讯|电子报|邮件|每日简报}", "发送到您的{邮箱|收件箱}",
           "{订阅用户|会员}专享", "仅限订阅{用户|者}", "下载{我们的|}{app|应用|客户端}",
           "订阅后{即可|可}阅读全文", "阅读全文请订阅"),
    "ja": ("{ニュースレター|メールマガジン|メルマガ}{を購読|に登録|の登録|登録|の購読}",
           "有料会員{限定|になる|登録}", "続きを読むには", "アプリをダウンロード"),
})
