"""share: share bars and follow prompts go; sentences about shares and platforms stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.share import Share
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("junk", [
    "Share this:\nFacebook\nTwitter\nWhatsApp",
    "Share: Facebook | X | Email",
    "Facebook Twitter LinkedIn Email",
    "1.2K shares",
    "Follow us on Instagram",
    "Click to share on X (Opens in new window)",
    "Like this story? Share it with a friend!",
])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_removes_share_bars(junk: str, where: str) -> None:
    text = f"{junk}\n{BODY}" if where == "top" else f"{BODY}\n{junk}"
    assert cut(Share(), text) == junk.split("\n")


@pytest.mark.parametrize("junk", [
    "Follow Jane Doe on Twitter: @jdoe_writes",
    "Follow @HarbourDeals on Twitter to keep up with the best offers of the week.",
    "Follow Harbour Radio on Instagram, Facebook, Twitter and YouTube.",
    "Email Jane Doe at jdoe@example.com or follow her @janedoe. Follow us on Twitter @Ledger.",
    ("Have a tip? Jane Doe may be reached at jdoe@example.com. Follow her on Twitter "
     "@janedoe or on Facebook."),
    "Reach the reporters on Twitter at http://twitter.com/jdoe and http://twitter.com/asmith",
    "Write to Jane Doe at jane.doe@example.com",
    "Follow our full coverage of the election at https://example.com/election",
    ("Jane Doe's book about lighthouses, \"Last Light\" (Harbour Press, 2018), is out now. "
     "Follow her on Twitter @janedoe. Follow us on Twitter @Ledger and on Facebook."),
    "twitter.com/jdoe_writes",
    "jane.doe@example.com",
    "jane.doe@example.com\ntwitter.com/jdoe_writes",
    "Folgen Sie Anna Berg auf Twitter: @annaberg",
    "Suivez Le Matin sur Instagram et Facebook.",
    "Sigue a El Diario en Twitter @eldiario",
    "Siga o Jornal no Instagram e no Facebook.",
    "Segui Il Giornale su Facebook e Instagram",
])
def test_removes_follow_and_contact_lines_at_the_end(junk: str) -> None:
    assert found(Share(), f"{BODY}\n{junk}") == [("follow_prompt", junk, False)]
    first, second = BODY.split("\n")
    # in the middle of the text it may be a sentence of the story: held back
    assert cut(Share(), f"{first}\n{junk}\n{second}") == []


def test_follow_him_on_twitter_is_junk_anywhere() -> None:
    first, second = BODY.split("\n")
    line = "Follow him on Twitter @jdoe_writes"
    assert cut(Share(), f"{first}\n{line}\n{second}") == [line]


def test_rule_id_and_lone_name_mid_text() -> None:
    first, second = BODY.split("\n")
    assert found(Share(), f"{first}\nShare this article\n{second}") == [
        ("share_buttons", "Share this article", False)]
    assert found(Share(), f"{first}\nFacebook\n{second}")[0][2] is True


@pytest.mark.parametrize("text", [
    "Shares fell 3% on Monday after Facebook said it would cut jobs in Europe.",
    "Share prices recovered later in the week, traders said.",
    "She asked readers to share their photos of the flood with the paper.",
    "Follow the river north and you reach the old mill within an hour.",
    "She did not share it with a friend until the trial was over, the court heard.",
    "He wrote on Twitter @jdoe that the vote was rigged, and deleted the post an hour later.",
    "Contact the city at info@example.gov to object before the third of March.",
    "The plan is open for comment. Email the planning office at plans@example.gov by Friday.",
    "Follow-up tests on Twitter showed the account had been hacked, the company said.",
    "Follow the river north and you reach the old mill on Facebook Lane within an hour.",
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Share(), f"{BODY}\n{text}") == []
