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
])
def test_keeps_near_misses(text: str) -> None:
    assert cut(Share(), f"{BODY}\n{text}") == []
