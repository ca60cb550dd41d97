"""Sign-up, paywall and "get the app" prompts.

Removed::

    Sign up for our free morning newsletter and get the day's headlines in your inbox.
    Enter your email address
    Subscribe
    Already a subscriber? Log in

and subscription and membership offers (``Get Valley Cyclist delivered through your
letterbox every month. 12 issues for £9.99.``, ``If you enjoyed this article, join the
Harbour Club.``, ``Subscribe to the Evening Ledger newsletter``).

Left alone: an article about newsletters or subscriptions
(``The paper now has 200,000 digital subscribers, up from 150,000 a year ago.``), and
a prompt word such as "Subscribe" alone in the middle of the text (held back).

>>> from cleanroom.document import from_text
>>> doc = from_text("The harbour reopened on Friday after a week of storms.\\n"
...                 "Subscribe to our newsletter\\nGet the app")
>>> [(f.rule, doc.text[f.start:f.end]) for f in Newsletter().find(doc)]
[('signup_prompt', 'Subscribe to our newsletter'), ('app_prompt', 'Get the app')]
>>> list(Newsletter().find(from_text("The paper now has 200,000 digital subscribers, "
...                                  "up from 150,000 a year ago.")))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cleanroom.categories import Category
from cleanroom.detectors._newsletter_phrases import APP, EDGE_WORDS, PROMPTS, SIGNUP
from cleanroom.detectors._phrases import PhraseSet
from cleanroom.detectors._rules import PROSE as _PROSE
from cleanroom.detectors._rules import Rule, RuleTable, amid_prose
from cleanroom.detectors._scans import blocks_upto
from cleanroom.detectors._standalone import (
    Candidate,
    Tier,
    last_sentence,
    overrule,
    scan_short,
)
from cleanroom.detectors.base import Finding
from cleanroom.document.model import Block, Document

# "Download the Courier app", "Laden Sie die Kurier-App herunter": a short line with a
# download verb and an app word, whatever the brand between them.  Near-miss: a sentence
# ("Download the city app to pay for parking.") ends like one and is longer.
_VERBS = frozenset(("download", "get", "install", "laden", "lade", "hol", "télécharger",
                    "téléchargez", "descarga", "descargue", "baixe", "descarregue", "instale",
                    "scarica", "installa", "pobierz", "zainstaluj", "скачайте", "скачать",
                    "установите", "indir", "indirin", "حمّل", "حمل", "نزّل"))
_APP = re.compile(r"(?:\bapps?\b|-app\b|\bapplication\b|\bl'appli|\baplicaci[oó]n\b|"
                  r"\baplicativo\b|\baplicação\b|\bapplicazione\b|\baplikacj|"
                  r"\bприложени|\buygulama|التطبيق|تطبيق)", re.IGNORECASE)
_CJK_APP = (("下载", ("app", "客户端", "应用")), ("アプリ", ("ダウンロード", "インストール")))
_APP_LINE = 70


def _app_line(block: Block) -> Candidate | None:
    text = block.text
    if len(text) > _APP_LINE or text[-1] in ".。!！":
        return None
    low = text.casefold()
    words = low.removeprefix("click here to ").split()  # "CLICK HERE TO GET THE NEWS APP"
    first = words[0] if words else ""
    if first in _VERBS and _APP.search(low):
        # "Click here to get the app" is a button wherever it stands, not a sentence.
        tier = Tier.SURE if low.startswith("click here to ") else Tier.EDGE
        return Candidate("app_prompt", f"{text!r} asks to download an app", tier)
    if first == "get" and low.endswith(("on the go by clicking here", "on the go by tapping here")):
        # "GET VALLEY NEWS ON THE GO BY CLICKING HERE": the app button, worded as a sentence
        return Candidate("app_prompt", f"{text!r} asks to download an app", Tier.SURE)
    for key, tails in _CJK_APP:  # a loop, not any(): no generator made for every line
        if key in low and any(w in low for w in tails):
            return Candidate("app_prompt", f"{text!r} asks to download an app", Tier.EDGE)
    return None


# "Subscribe to the Morning Review newsletter", "Subscribe to Valley Radio on YouTube for
# more": a sign-up verb, a few words naming the outlet, then what is signed up for.  Opening
# a short block it is a button or a box title (sure); opening the last sentence of a short
# block, the end of a promo box (at an edge of the text only: "There's more where that came
# from. Sign up for The Morning Mail today."), like any prompt phrase there.  Near-miss:
# "Subscribers to the newsletter fell by a tenth." has no sign-up verb at a sentence start.
_NAMED_FORM = (
    r"(?:subscribe|sign[ -]?up|register|abonnieren sie|melden sie sich|abonnez-vous|"
    r"inscrivez-vous|suscr[íi]bete|suscr[íi]base|assine|inscreva-se|iscriviti|abbonati)"
    r"\s+(?:\S+\s+){0,WORDS}?(?:[\w.'’-]*newsletters?|youtube|(?:youtube[ -])?(?:channel|kanal|"
    r"canal|canale|chaîne)|podcast|mailing list|e-?mail (?:alerts|updates)|bolet[íi]n)\b")
_NAMED = re.compile(_NAMED_FORM.replace("WORDS", "6"), re.IGNORECASE)
_NAMED_LAST = re.compile(_NAMED_FORM.replace("WORDS", "10"), re.IGNORECASE)  # at an edge only
TARGETS = PhraseSet({"all": ("newsletter", "newsletters", "youtube", "channel", "kanal",
                             "canal", "canale", "chaîne", "podcast", "mailing list",
                             "boletín", "email alerts", "e-mail alerts")})
_SHORT = 120  # a block opened by a named sign-up: a button or a box title
_BOX = 260  # a block closed by a prompt: a promo box, not a paragraph
_SENTENCE = re.compile(r"[.!?:]\s+(?=\S)")


def _closing_prompts(doc: Document, proposed: dict[int, Candidate]) -> dict[int, Candidate]:
    """Short blocks opened by a named sign-up (sure), or whose last sentence opens with
    one or with a prompt phrase (edge; ``proposed``: what the rules found, where the blocks
    with a prompt phrase held back are)."""
    found: dict[int, Candidate] = {}
    held = {i for i, c in proposed.items() if c.tier == Tier.STRICT}
    for index in sorted(held.union(scan_short(TARGETS, doc, _BOX))):
        text = doc.blocks[index].text
        if len(text) <= _SHORT and _NAMED.match(text):
            found[index] = Candidate("signup_prompt", f"{text!r} asks to sign up", Tier.SURE)
            continue
        if len(text) > _BOX:
            continue
        last = last_sentence(text, _SENTENCE)
        hit = PROMPTS.search(text[last:]) if index in held else None
        if (hit is not None and hit.start == 0) or _NAMED_LAST.match(text, last):
            found[index] = Candidate("signup_prompt", f"{text[last:]!r} closes a promo box",
                                     Tier.EDGE)
    return found


_MAX_BLOCK = 400
TABLE = RuleTable("newsletter", Category.NEWSLETTER, (
    Rule("signup_prompt", "line", SIGNUP, examples=(f"{_PROSE}\nSubscribe to our newsletter\n{_PROSE}",),
         near_misses=("Readers asked the paper to subscribe to our newsletter idea in 1998.",),
         doc="newsletter sign-up lines"),
    Rule("app_prompt", "line", APP, examples=(f"{_PROSE}\nGet the app",),
         near_misses=("Residents can get the app from the council's website, he said.",),
         doc="'get the app' lines"),
    Rule("signup_word", "line", EDGE_WORDS, "edge", examples=(f"{_PROSE}\nSubscribe",),
         near_misses=(amid_prose("Subscribe"),),
         doc="'Subscribe', 'Sign up' and form labels, at an edge"),
    Rule("signup_sentence", "phrase", PROMPTS,
         examples=(f"{_PROSE}\nSign up for our free newsletter to get the news first.",),
         near_misses=(_PROSE,), doc="sign-up sentences in a short block"),
), max_block=_MAX_BLOCK)
_RULES = TABLE.engine


class Newsletter:
    """Newsletter sign-ups, paywall notices and app prompts."""

    name = "newsletter"
    category = Category.NEWSLETTER

    def find(self, doc: Document) -> Iterator[Finding]:
        proposed = _RULES.propose(doc)
        for block in blocks_upto(doc, _APP_LINE):
            c = _app_line(block)
            if c is not None and (block.index not in proposed
                                  or c.tier > proposed[block.index].tier):
                proposed[block.index] = c
        overrule(proposed, _closing_prompts(doc, proposed))
        return _RULES.find(doc, self.name, self.category, proposed=proposed)
