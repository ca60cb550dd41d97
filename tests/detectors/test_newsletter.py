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
    "Click here to subscribe to The Morning Briefing",
])
def test_removes_prompts_at_the_end(junk: str) -> None:
    assert cut(Newsletter(), f"{BODY}\n{junk}") == junk.split("\n")


def test_rule_ids_and_middle() -> None:
    first, second = BODY.split("\n")
    assert found(Newsletter(), f"{first}\nSubscribe to our newsletter\n{second}") == [
        ("signup_prompt", "Subscribe to our newsletter", False)]
    assert found(Newsletter(), f"{BODY}\nDownload the app")[0][0] == "app_prompt"
    assert found(Newsletter(), f"{first}\nSubscribe\n{second}")[0][2] is True


@pytest.mark.parametrize("text", [
    "The paper now has 200,000 digital subscribers, up from 150,000 a year ago.",
    "Her newsletter about local politics reached 40,000 readers before she sold it.",
    "Citizens were told they must download the app and register before the vote in May.",
    "Subscription prices rose by a fifth, and the newsletter team shrank to three people.",
    "The charity thanked everyone for signing up in record numbers to run the marathon.",
    "Click here to get the full council report on the new cycle lanes.",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Newsletter(), f"{BODY}\n{text}") == []
