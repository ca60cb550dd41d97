"""Per-language examples for every phrase category: junk as pages word it, and a near-miss.

``BODY[lang]`` is two paragraphs of neutral news prose.  ``CASES[lang][category]`` is
``(where, junk, near_miss)``: ``junk`` (lines joined by newlines) goes at the top or the
bottom of the body and must be cut whole; ``near_miss`` is a sentence of an article that uses
the same words and must be kept.  All text written for these tests.
"""

from __future__ import annotations

BODY = {
    "en": "The city council approved the new budget on Tuesday after a long debate.\n"
          "Most of the extra money will go to schools and to repairing old bridges.",
    "de": "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.\n"
          "Das zusätzliche Geld fließt vor allem in Schulen und in die Sanierung alter Brücken.",
    "fr": "Le conseil municipal a adopté mardi le nouveau budget après un long débat.\n"
          "L'essentiel des fonds supplémentaires ira aux écoles et à la réparation des ponts.",
    "es": "El ayuntamiento aprobó el martes el nuevo presupuesto tras un largo debate.\n"
          "La mayor parte del dinero extra irá a las escuelas y a reparar puentes antiguos.",
    "pt": "A câmara municipal aprovou na terça-feira o novo orçamento após um longo debate.\n"
          "A maior parte do dinheiro extra irá para as escolas e para reparar pontes antigas.",
    "it": "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito.\n"
          "La maggior parte dei fondi in più andrà alle scuole e alla riparazione dei ponti.",
    "nl": "De gemeenteraad heeft dinsdag na een lang debat de nieuwe begroting goedgekeurd.\n"
          "Het meeste extra geld gaat naar scholen en naar het herstel van oude bruggen.",
    "pl": "Rada miasta po długiej debacie przyjęła we wtorek nowy budżet na przyszły rok.\n"
          "Większość dodatkowych pieniędzy trafi do szkół i na remont starych mostów.",
    "ru": "Городской совет во вторник после долгих споров утвердил новый бюджет города.\n"
          "Большая часть дополнительных денег пойдет на школы и ремонт старых мостов.",
    "tr": "Belediye meclisi uzun bir tartışmanın ardından salı günü yeni bütçeyi onayladı.\n"
          "Ek paranın büyük kısmı okullara ve eski köprülerin onarımına harcanacak.",
    "ar": "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل بين الأعضاء.\n"
          "وسيذهب معظم المال الإضافي إلى المدارس وإلى إصلاح الجسور القديمة في المدينة.",
    "zh": "市议会周二经过长时间辩论，通过了新的年度预算方案。\n"
          "新增资金大部分将用于学校建设和旧桥梁的维修工作，预计明年春季开工。",
    "ja": "市議会は火曜日、長い議論の末に新しい予算案を可決しました。\n"
          "追加の予算の大部分は学校と古い橋の修繕に充てられる予定です。",
}

CASES: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "error_page": ("top", "404\nSorry, the page you were looking for does not exist.",
                       ("The ministry's website showed a page not found message for two days, "
                       "officials said.")),
        "disclaimer": ("bottom", "© 2024 Valley Courier. All rights reserved.",
                       ("Under the old law, printing all rights reserved on a book had a legal "
                       "effect that it no longer has.")),
        "comments": ("bottom", "Comments\nBe the first to comment",
                     "Readers left hundreds of comments under the article before it closed."),
        "cookie": ("bottom", "We use cookies to improve your experience.\nAccept all cookies",
                   ("The bakery said it would use cookies from its own oven for the school "
                   "fair this year.")),
        "newsletter": ("bottom", "Sign up for our daily newsletter\nSubscribe",
                       ("The newsletter the mayor sends to residents every month now has "
                       "twelve thousand readers.")),
        "share": ("bottom", "Share this article\nFacebook\nTwitter",
                  ("Shares in the bridge builder rose after the vote, and traders expect more "
                  "contracts.")),
        "related": ("bottom", "Related articles\nSchools get new heating\nBridge repairs start",
                    "Related costs, such as the new bus lanes, will be discussed in March."),
        "navigation": ("top", "Skip to content\nHome > News > Local",
                       ("The next meeting will take place at home in the old town hall, the "
                       "council said.")),
        "ads": ("top", "Advertisement",
                "The advertisement campaign for the new budget cost the city very little."),
    },
    "de": {
        "error_page": ("top", "404\nDie angeforderte Seite wurde nicht gefunden.",
                       ("Auf der Website des Ministeriums stand zwei Tage lang, die Seite sei "
                       "nicht erreichbar, sagten Beamte.")),
        "disclaimer": ("bottom", "© 2024 Talbote Verlag. Alle Rechte vorbehalten.",
                       ("Der Satz, alle Rechte seien vorbehalten, hat heute kaum noch eine "
                       "rechtliche Bedeutung, sagen Juristen.")),
        "comments": ("bottom", "Kommentare\nNoch keine Kommentare",
                     ("Leser schrieben Hunderte Kommentare unter den Artikel, bevor die "
                     "Funktion geschlossen wurde.")),
        "cookie": ("bottom", ("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.\n"
                             "Alle akzeptieren"),
                   ("Die Bäckerei verkaufte am Samstag mehr Cookies als je zuvor, sagte die "
                   "Inhaberin.")),
        "newsletter": ("bottom", "Newsletter abonnieren\nIhre E-Mail-Adresse",
                       ("Der Newsletter des Bürgermeisters erreicht inzwischen zwölftausend "
                       "Leserinnen und Leser.")),
        "share": ("bottom", "Artikel teilen\nFacebook\nWhatsApp",
                  ("Die Aktien des Baukonzerns legten nach der Abstimmung zu, Händler teilen "
                  "diese Einschätzung.")),
        "related": ("bottom", "Mehr zum Thema\nSchulen bekommen neue Heizungen",
                    ("Mehr zum Thema Busspuren will der Rat im März beraten, hieß es aus dem "
                    "Rathaus.")),
        "navigation": ("top", "Zum Inhalt springen\nStartseite > Nachrichten > Lokales",
                       ("Die nächste Sitzung findet im alten Rathaus statt, teilte der Rat am "
                       "Abend mit.")),
        "ads": ("top", "Anzeige",
                ("Die Anzeige der Stadt für den neuen Haushalt kostete nur wenig Geld, hieß "
                "es.")),
    },
    "fr": {
        "error_page": ("top", "Erreur 404\nLa page que vous recherchez n'existe pas.",
                       ("Le site du ministère a affiché une erreur pendant deux jours, ont "
                       "indiqué des responsables.")),
        "disclaimer": ("bottom", "© 2024 Le Courrier du Val. Tous droits réservés.",
                       ("Selon les juristes, la mention de droits réservés n'a plus guère "
                       "d'effet légal aujourd'hui.")),
        "comments": ("bottom", "Commentaires\nSoyez le premier à commenter",
                     ("Les lecteurs ont laissé des centaines de commentaires avant la fermeture "
                     "de l'article.")),
        "cookie": ("bottom", ("Nous utilisons des cookies pour améliorer votre expérience.\n"
                             "Tout accepter"),
                   ("La boulangerie a vendu plus de cookies que jamais samedi, selon sa "
                   "gérante.")),
        "newsletter": ("bottom", "Inscrivez-vous à notre newsletter\nVotre adresse e-mail",
                       ("La lettre d'information du maire compte désormais douze mille "
                       "abonnés, selon la mairie.")),
        "share": ("bottom", "Partager cet article\nFacebook\nWhatsApp",
                  ("Les actions du constructeur ont progressé après le vote, et les analystes "
                  "partagent cet avis.")),
        "related": ("bottom", "À lire aussi\nLes écoles auront un nouveau chauffage",
                    ("Les coûts liés aux voies de bus seront examinés en mars, a précisé la "
                    "mairie.")),
        "navigation": ("top", "Aller au contenu\nAccueil > Actualités > Région",
                       ("La prochaine séance aura lieu dans l'ancien hôtel de ville, a annoncé "
                       "le conseil.")),
        "ads": ("top", "Publicité",
                ("La publicité de la ville pour le nouveau budget a coûté très peu, selon le "
                "maire.")),
    },
    "es": {
        "error_page": ("top", "Error 404\nLa página que buscas no existe.",
                       ("La web del ministerio mostró un error durante dos días, según "
                       "explicaron varios funcionarios.")),
        "disclaimer": ("bottom", "© 2024 Diario del Valle. Todos los derechos reservados.",
                       ("Según los juristas, la fórmula de derechos reservados ya casi no tiene "
                       "efecto legal.")),
        "comments": ("bottom", "Comentarios\nSé el primero en comentar",
                     ("Los lectores dejaron cientos de comentarios antes de que se cerrara el "
                     "artículo.")),
        "cookie": ("bottom", "Utilizamos cookies para mejorar tu experiencia.\nAceptar todo",
                   ("La panadería vendió más galletas y cookies que nunca el sábado, según su "
                   "dueña.")),
        "newsletter": ("bottom", "Suscríbete a nuestro boletín\nTu correo electrónico",
                       ("El boletín que envía el alcalde cada mes tiene ya doce mil lectores, "
                       "según el ayuntamiento.")),
        "share": ("bottom", "Compartir en Facebook\nCompartir en WhatsApp",
                  ("Las acciones de la constructora subieron tras la votación y los analistas "
                  "comparten esa visión.")),
        "related": ("bottom", "Noticias relacionadas\nLas escuelas tendrán calefacción nueva",
                    ("Los gastos relacionados con los carriles bus se debatirán en marzo, "
                    "según el consistorio.")),
        "navigation": ("top", "Saltar al contenido\nInicio > Noticias > Local",
                       ("La próxima sesión será en el antiguo ayuntamiento, informó el consejo "
                       "por la tarde.")),
        "ads": ("top", "Publicidad",
                ("La publicidad del ayuntamiento sobre el presupuesto costó muy poco, según "
                "el alcalde.")),
    },
    "pt": {
        "error_page": ("top", "Erro 404\nA página que você procura não existe.",
                       ("O site do ministério mostrou um erro durante dois dias, disseram "
                       "funcionários do governo.")),
        "disclaimer": ("bottom", "© 2024 Jornal do Vale. Todos os direitos reservados.",
                       ("Segundo juristas, a expressão direitos reservados já quase não tem "
                       "efeito legal.")),
        "comments": ("bottom", "Comentários\nSeja o primeiro a comentar",
                     ("Os leitores deixaram centenas de comentários antes de o artigo ser "
                     "encerrado.")),
        "cookie": ("bottom", ("Utilizamos cookies para melhorar a sua experiência.\n"
                             "Aceitar todos"),
                   ("A padaria vendeu mais cookies do que nunca no sábado, segundo a "
                   "proprietária.")),
        "newsletter": ("bottom", "Assine a nossa newsletter\nO seu e-mail",
                       ("A newsletter que o prefeito envia todos os meses já tem doze mil "
                       "leitores, disse a câmara.")),
        "share": ("bottom", "Compartilhar no Facebook\nCompartilhar no WhatsApp",
                  ("As ações da construtora subiram após a votação, e os analistas partilham "
                  "essa opinião.")),
        "related": ("bottom", "Leia também\nEscolas vão receber aquecimento novo",
                    ("Os custos relacionados com as faixas de ônibus serão debatidos em março, "
                    "disse a câmara.")),
        "navigation": ("top", "Ir para o conteúdo\nInício > Notícias > Região",
                       ("A próxima sessão será na antiga câmara municipal, informou o conselho "
                       "à noite.")),
        "ads": ("top", "Publicidade",
                ("A publicidade da prefeitura sobre o orçamento custou muito pouco, segundo o "
                "prefeito.")),
    },
    "it": {
        "error_page": ("top", "Errore 404\nLa pagina che stai cercando non esiste.",
                       ("Il sito del ministero ha mostrato un errore per due giorni, hanno "
                       "detto alcuni funzionari.")),
        "disclaimer": ("bottom", "© 2024 Corriere della Valle. Tutti i diritti riservati.",
                       ("Secondo i giuristi, la formula dei diritti riservati oggi non ha quasi "
                       "più effetto legale.")),
        "comments": ("bottom", "Commenti\nSii il primo a commentare",
                     ("I lettori hanno lasciato centinaia di commenti prima della chiusura "
                     "dell'articolo.")),
        "cookie": ("bottom", ("Utilizziamo i cookie per migliorare la tua esperienza.\n"
                             "Accetta tutti"),
                   ("La pasticceria ha venduto più biscotti e cookie che mai sabato, secondo "
                   "la titolare.")),
        "newsletter": ("bottom", "Iscriviti alla newsletter\nLa tua email",
                       ("La newsletter che il sindaco invia ogni mese ha ormai dodicimila "
                       "lettori, dice il comune.")),
        "share": ("bottom", "Condividi su Facebook\nCondividi su WhatsApp",
                  ("Le azioni del costruttore sono salite dopo il voto e gli analisti "
                  "condividono questa opinione.")),
        "related": ("bottom", "Leggi anche\nLe scuole avranno un nuovo riscaldamento",
                    ("I costi correlati alle corsie degli autobus saranno discussi a marzo, ha "
                    "detto il comune.")),
        "navigation": ("top", "Vai al contenuto\nHome > Notizie > Cronaca",
                       ("La prossima seduta si terrà nel vecchio municipio, ha comunicato il "
                       "consiglio.")),
        "ads": ("top", "Pubblicità",
                ("La pubblicità del comune sul bilancio è costata pochissimo, secondo il "
                "sindaco.")),
    },
    "nl": {
        "error_page": ("top", "Fout 404\nDe pagina die u zoekt bestaat niet.",
                       ("De website van het ministerie gaf twee dagen lang een fout, zeiden "
                       "ambtenaren.")),
        "disclaimer": ("bottom", "© 2024 Dalkoerier. Alle rechten voorbehouden.",
                       ("Volgens juristen heeft de zin dat rechten zijn voorbehouden nauwelijks "
                       "nog juridisch effect.")),
        "comments": ("bottom", "Reacties\nNog geen reacties",
                     ("Lezers plaatsten honderden reacties voordat het artikel werd gesloten, "
                     "zei de redactie.")),
        "cookie": ("bottom", ("Wij gebruiken cookies om je ervaring te verbeteren.\n"
                             "Alles accepteren"),
                   ("De bakkerij verkocht zaterdag meer koekjes en cookies dan ooit, zei de "
                   "eigenaar.")),
        "newsletter": ("bottom", "Schrijf je in voor onze nieuwsbrief\nJe e-mailadres",
                       ("De nieuwsbrief die de burgemeester elke maand stuurt heeft nu "
                       "twaalfduizend lezers.")),
        "share": ("bottom", "Deel dit artikel\nFacebook\nWhatsApp",
                  ("Aandelen van de bouwer stegen na de stemming en analisten delen die "
                  "verwachting.")),
        "related": ("bottom", "Lees ook\nScholen krijgen nieuwe verwarming",
                    ("Gerelateerde kosten voor de busbanen worden in maart besproken, zei de "
                    "gemeente.")),
        "navigation": ("top", "Naar de inhoud\nHome > Nieuws > Regio",
                       ("De volgende vergadering is in het oude stadhuis, meldde de raad "
                       "dinsdagavond.")),
        "ads": ("top", "Advertentie",
                ("De advertentie van de gemeente over de begroting kostete bijna niets, zei "
                "de wethouder.")),
    },
    "pl": {
        "error_page": ("top", "Błąd 404\nStrona, której szukasz, nie istnieje.",
                       ("Strona ministerstwa przez dwa dni pokazywała błąd, poinformowali "
                       "urzędnicy.")),
        "disclaimer": ("bottom", "© 2024 Kurier Doliny. Wszelkie prawa zastrzeżone.",
                       ("Zdaniem prawników formuła o prawach zastrzeżonych nie ma dziś prawie "
                       "żadnego skutku.")),
        "comments": ("bottom", "Komentarze\nBrak komentarzy",
                     ("Czytelnicy zostawili setki komentarzy, zanim artykuł został zamknięty, "
                     "podała redakcja.")),
        "cookie": ("bottom", ("Używamy plików cookie, aby poprawić działanie serwisu.\n"
                             "Akceptuj wszystkie"),
                   ("Piekarnia sprzedała w sobotę więcej ciastek niż kiedykolwiek, mówi jej "
                   "właścicielka.")),
        "newsletter": ("bottom", "Zapisz się do newslettera\nTwój e-mail",
                       ("Newsletter, który burmistrz wysyła co miesiąc, ma już dwanaście "
                       "tysięcy czytelników.")),
        "share": ("bottom", "Udostępnij\nFacebook\nTwitter",
                  ("Akcje firmy budowlanej wzrosły po głosowaniu, a analitycy podzielają tę "
                  "opinię.")),
        "related": ("bottom", "Czytaj także\nSzkoły dostaną nowe ogrzewanie",
                    ("Powiązane koszty buspasów radni omówią w marcu, poinformował urząd "
                    "miasta.")),
        "navigation": ("top", "Przejdź do treści\nStrona główna > Wiadomości > Region",
                       ("Następna sesja odbędzie się w starym ratuszu, przekazała rada w "
                       "komunikacie.")),
        "ads": ("top", "Reklama",
                ("Reklama miasta dotycząca budżetu kosztowała bardzo niewiele, powiedział "
                "burmistrz.")),
    },
    "ru": {
        "error_page": ("top", "Ошибка 404\nЗапрашиваемая страница не найдена.",
                       ("Сайт министерства два дня выдавал ошибку, рассказали чиновники "
                       "журналистам.")),
        "disclaimer": ("bottom", "© 2024 Вестник долины. Все права защищены.",
                       ("По словам юристов, фраза о защищенных правах сегодня почти не имеет "
                       "юридической силы.")),
        "comments": ("bottom", "Комментарии\nКомментариев пока нет",
                     ("Читатели оставили сотни комментариев, прежде чем статью закрыли для "
                     "обсуждения.")),
        "cookie": ("bottom", ("Мы используем файлы cookie, чтобы сайт работал лучше.\n"
                             "Принять все"),
                   ("Пекарня в субботу продала больше печенья, чем когда-либо, сообщила ее "
                   "владелица.")),
        "newsletter": ("bottom", "Подпишитесь на нашу рассылку\nВаш e-mail",
                       ("Рассылку, которую мэр отправляет каждый месяц, читают уже двенадцать "
                       "тысяч человек.")),
        "share": ("bottom", "Поделиться\nВКонтакте\nTelegram",
                  ("Акции строительной компании выросли после голосования, аналитики "
                  "разделяют этот прогноз.")),
        "related": ("bottom", "Читайте также\nШколы получат новое отопление",
                    ("Связанные расходы на выделенные полосы обсудят в марте, сообщили в "
                    "мэрии.")),
        "navigation": ("top", "Перейти к содержанию\nГлавная > Новости > Город",
                       ("Следующее заседание пройдет в старой ратуше, сообщил совет вечером во "
                       "вторник.")),
        "ads": ("top", "Реклама",
                ("Реклама бюджета в городских автобусах обошлась мэрии совсем недорого, "
                "сказал мэр.")),
    },
    "tr": {
        "error_page": ("top", "Hata 404\nAradığınız sayfa bulunamadı.",
                       ("Bakanlığın internet sitesi iki gün boyunca hata verdi, dedi "
                       "yetkililer.")),
        "disclaimer": ("bottom", "© 2024 Vadi Postası. Tüm hakları saklıdır.",
                       ("Hukukçulara göre hakların saklı olduğunu belirten ifadenin bugün pek "
                       "etkisi yok.")),
        "comments": ("bottom", "Yorumlar\nHenüz yorum yapılmamış",
                     ("Okurlar haber kapanmadan önce yüzlerce yorum bıraktı, dedi yayın "
                     "yönetmeni.")),
        "cookie": ("bottom", ("Deneyiminizi geliştirmek için çerezler kullanıyoruz.\n"
                             "Tümünü kabul et"),
                   ("Fırın cumartesi günü her zamankinden fazla kurabiye sattı, dedi "
                   "işletmenin sahibi.")),
        "newsletter": ("bottom", "Bültenimize abone olun\nE-posta adresiniz",
                       ("Belediye başkanının her ay gönderdiği bülten artık on iki bin okura "
                       "ulaşıyor.")),
        "share": ("bottom", "Paylaş\nFacebook\nWhatsApp",
                  ("İnşaat şirketinin hisseleri oylamadan sonra yükseldi, analistler bu "
                  "görüşü paylaşıyor.")),
        "related": ("bottom", "İlgili Haberler\nOkullara yeni ısıtma sistemi geliyor",
                    ("Otobüs yollarıyla ilgili maliyetler mart ayında görüşülecek, dedi "
                    "belediye.")),
        "navigation": ("top", "İçeriğe geç\nAna Sayfa > Haberler > Yerel",
                       ("Bir sonraki toplantı eski belediye binasında yapılacak, dedi meclis "
                       "sözcüsü.")),
        "ads": ("top", "Reklam",
                ("Belediyenin bütçe için verdiği reklam çok az para tuttu, dedi belediye "
                "başkanı.")),
    },
    "ar": {
        "error_page": ("top", "خطأ 404\nالصفحة التي تبحث عنها غير موجودة.",
                       ("أظهر موقع الوزارة رسالة خطأ لمدة يومين، بحسب ما قاله مسؤولون في "
                       "الوزارة.")),
        "disclaimer": ("bottom", "© 2024 بريد الوادي. جميع الحقوق محفوظة.",
                       ("يرى القانونيون أن عبارة حفظ الحقوق لم يعد لها أثر قانوني يذكر في "
                       "أيامنا هذه.")),
        "comments": ("bottom", "التعليقات\nلا توجد تعليقات بعد",
                     ("ترك القراء مئات التعليقات قبل إغلاق المقال، بحسب ما قاله رئيس "
                     "التحرير.")),
        "cookie": ("bottom", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك.\nقبول الكل",
                   ("باع المخبز يوم السبت كمية من البسكويت أكبر من أي وقت مضى، بحسب "
                   "صاحبته.")),
        "newsletter": ("bottom", "اشترك في النشرة البريدية\nبريدك الإلكتروني",
                       ("تصل النشرة التي يرسلها رئيس البلدية كل شهر الآن إلى اثني عشر ألف "
                       "قارئ.")),
        "share": ("bottom", "شارك\nفيسبوك\nواتساب",
                  ("ارتفعت أسهم شركة البناء بعد التصويت، ويشارك المحللون هذا التوقع حسب "
                  "التقارير.")),
        "related": ("bottom", "اقرأ أيضا\nالمدارس تحصل على تدفئة جديدة",
                    "ستناقش التكاليف ذات الصلة بممرات الحافلات في شهر مارس، بحسب البلدية."),
        "navigation": ("top", "انتقل إلى المحتوى\nالرئيسية > أخبار > محلي",
                       ("سيعقد الاجتماع المقبل في مبنى البلدية القديم، بحسب ما أعلنه المجلس "
                       "مساء.")),
        "ads": ("top", "إعلان",
                ("كلف إعلان البلدية عن الميزانية مبلغا قليلا جدا، بحسب ما قاله رئيس "
                "البلدية.")),
    },
    "zh": {
        "error_page": ("top", "404\n抱歉，您访问的页面不存在。",
                       "官员表示，该部委网站曾连续两天显示错误页面，目前已经恢复正常。"),
        "disclaimer": ("bottom", "版权所有 © 2024 山谷日报 未经授权不得转载",
                       "律师表示，版权声明在今天已经没有太多法律效力，但仍有提示作用。"),
        "comments": ("bottom", "评论\n暂无评论",
                     "在文章关闭评论之前，读者留下了数百条评论，编辑部对此表示感谢。"),
        "cookie": ("bottom", "我们使用Cookie来改善您的浏览体验。\n接受所有Cookie",
                   "面包店老板说，周六店里卖出的曲奇饼干比以往任何时候都多。"),
        "newsletter": ("bottom", "订阅我们的新闻通讯\n电子邮件地址",
                       "市长每月发送的新闻通讯目前已经拥有一万二千名读者，市政府表示。"),
        "share": ("bottom", "分享到微信\n分享到微博",
                  "投票结束后，这家建筑公司的股价上涨，分析师也分享了相同的看法。"),
        "related": ("bottom", "相关阅读\n学校将获得新的供暖系统",
                    "与公交专用道相关的费用将在三月份讨论，市政府发言人表示。"),
        "navigation": ("top", "跳到主要内容\n首页 > 新闻 > 本地",
                       "下一次会议将在旧市政厅举行，市议会在周二晚上发布了通知。"),
        "ads": ("top", "广告",
                "市政府表示，为新预算制作的广告宣传费用很低，主要通过公交车投放。"),
    },
    "ja": {
        "error_page": ("top", "404\nお探しのページは見つかりませんでした。",
                       "省庁のウェブサイトは二日間エラーを表示していたと、担当者が明らかにしました。"),
        "disclaimer": ("bottom", "© 2024 谷新聞 無断転載を禁じます。",
                       "専門家によると、権利を留保するという表記には今ではほとんど法的な効果がないということです。"),
        "comments": ("bottom", "コメント\nコメントはまだありません",
                     "記事が閉じられる前に、読者から数百件のコメントが寄せられたということです。"),
        "cookie": ("bottom", "当サイトではCookieを使用しています。\nすべて受け入れる",
                   "パン屋の店主によると、土曜日はこれまでで最も多くのクッキーが売れたそうです。"),
        "newsletter": ("bottom", "ニュースレターを購読\nメールアドレス",
                       "市長が毎月送っているニュースレターの読者は一万二千人に達したということです。"),
        "share": ("bottom", "シェア\nFacebook\nLINE",
                  "採決の後、建設会社の株価は上昇し、アナリストもその見方を共有しています。"),
        "related": ("bottom", "関連記事\n学校に新しい暖房設備",
                    "バス専用レーンに関連する費用については、三月に議論される予定です。"),
        "navigation": ("top", "本文へスキップ\nホーム > ニュース > 地域",
                       "次の会議は旧市庁舎で開かれる予定だと、市議会が火曜日の夜に発表しました。"),
        "ads": ("top", "広告",
                "市によると、新しい予算を知らせる広告の費用はごくわずかだったということです。"),
    },
}
