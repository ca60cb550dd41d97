"""lexicon_newsletter: the states of a sign-up form in the languages Ghost's form ships."""

from __future__ import annotations

import pytest

from cleanroom.detectors.lexicon_newsletter import LexiconNewsletter
from tests.detectors._helpers import BODY, cut, found


@pytest.mark.parametrize("line", ["Now check your email!", "Überprüfe jetzt dein E-Mail-Postfach!",
                                  "이제 이메일을 확인해 주세요!", "Please enter a valid email address"])
def test_a_sign_up_state_goes(line: str) -> None:
    assert cut(LexiconNewsletter(), f"{BODY}\n{line}") == [line]


def test_the_confirmation_notice_glued_to_a_paragraph_is_cut_alone() -> None:
    notice = ("To complete signup, click the confirmation link in your inbox. If it doesn't "
              "arrive within 3 minutes, check your spam folder!")
    first, second = BODY.split("\n")
    assert cut(LexiconNewsletter(), f"{first} {notice}\n{second}") == [notice]


@pytest.mark.parametrize("text", ["Now check your email, the bank told customers on Monday.",
                                  "She said: \"Now check your email!\" and hung up."])
def test_a_sentence_with_the_words_is_left(text: str) -> None:
    assert found(LexiconNewsletter(), text) == []
