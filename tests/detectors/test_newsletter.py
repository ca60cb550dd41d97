"""newsletter: sign-up, paywall and app prompts go; articles about subscriptions stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.newsletter import Newsletter
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Sign up for our free morning newsletter and get the headlines delivered to your inbox.",
    "Newsletter\nEnter your email address\nSubscribe",
    "This article is for subscribers only.\nAlready a subscriber? Log in",
    "Get the app",
    "You have reached your limit of free articles this month. Subscribe to continue reading.",
    ("Thanks for signing up!\nKeep an eye on your inbox for the latest news.\n"
     "There was an error processing your subscription."),
    "CLICK HERE TO GET THE VALLEY NEWS APP",
    "GET VALLEY NEWS ON THE GO BY CLICKING HERE",
    "Click here to subscribe to The Morning Briefing",
    ("Get Valley Cyclist delivered through your letterbox every month. 12 issues for £9.99. "
     "Click here for more information."),
    ("If you enjoyed this article, we have an offer for you: join Harbour Club. Members read "
     "everything we publish and help keep the paper going."),
    "Subscribe to the Evening Ledger newsletter",
    "Subscribe to Harbour Radio on YouTube for more local news:",
    ("Get the day's top stories delivered to your inbox every morning by subscribing to our "
     "newsletter."),
    ("There's more where that came from. Sign up for The Morning Ledger today to get the free "
     "daily newsletter delivered to your inbox."),
    ("Start your week with the Monday Memo, written by our business desk. It is short and "
     "free. Sign up for our email newsletters here."),
    "Hat Ihnen dieser Artikel gefallen? Dann abonnieren Sie unseren Newsletter.",
    "Vous avez aimé cet article ? Abonnez-vous à notre newsletter.",
    "¿Te ha gustado este artículo? Suscríbete a nuestro boletín.",
    "Gostou deste artigo? Assine a nossa newsletter.",
    "Ti è piaciuto questo articolo? Iscriviti alla nostra newsletter.",
])
def test_removes_prompts_at_the_end(junk: str) -> None:
    assert cut(Newsletter(), f"{BODY}\n{junk}") == junk.split("\n")


def test_rule_ids_and_middle() -> None:
    first, second = BODY.split("\n")
    assert found(Newsletter(), f"{first}\nSubscribe to our newsletter\n{second}") == [
        ("signup_prompt", "Subscribe to our newsletter", False)]
    assert found(Newsletter(), f"{BODY}\nDownload the app")[0][0] == "app_prompt"
    assert found(Newsletter(), f"{first}\nSubscribe\n{second}")[0][2] is True
    # A button in capitals is junk anywhere; a promo box closed by a prompt only at an edge.
    assert cut(Newsletter(), f"{first}\nCLICK HERE TO GET THE HARBOUR NEWS APP\n{second}") == [
        "CLICK HERE TO GET THE HARBOUR NEWS APP"]
    box = "Get the latest stories right in your inbox. Subscribe to the Ledger's newsletters."
    assert found(Newsletter(), f"{first}\n{box}\n{second}") == [("signup_prompt", box, True)]
    assert cut(Newsletter(), f"{BODY}\n{box}") == [box]


@pytest.mark.parametrize("text", [
    "The paper now has 200,000 digital subscribers, up from 150,000 a year ago.",
    "Her newsletter about local politics reached 40,000 readers before she sold it.",
    "Citizens were told they must download the app and register before the vote in May.",
    "Subscription prices rose by a fifth, and the newsletter team shrank to three people.",
    "The charity thanked everyone for signing up in record numbers to run the marathon.",
    "Click here to get the full council report on the new cycle lanes.",
    "Subscribers to the Evening Ledger newsletter fell by a tenth last year, the owners said.",
    "Meals are delivered to your door within an hour, the company said on Monday.",
    "The magazine printed 12 issues for £3 each before it closed in 1998.",
    "The club asked members to sign up for the newsletter at the town hall on Friday.",
    ("The show ran for ten years. Subscribers to its YouTube channel still watch the old "
     "episodes, she said."),
    "If you enjoyed the concert, the band said, there would be another one next spring.",
    "Get fit on the go",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Newsletter(), f"{BODY}\n{text}") == []
