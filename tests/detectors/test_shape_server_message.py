"""shape_server_message: lines a server or runtime printed into a page, above or below the
text, in any language of the page; the same lines quoted between paragraphs stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.shape_server_message import ShapeServerMessage
from cleanroom.document import from_text
from tests.detectors._helpers import BODY, found

_GERMAN = ("Der Stadtrat hat am Montag mit knapper Mehrheit beschlossen, die alte Markthalle "
           "im Zentrum bis zum Sommer zu sanieren.")

_MESSAGES = [
    ("php_message", "Warning: Undefined array key \"page\" in /var/www/html/wp-content/themes/"
                    "news/functions.php on line 112"),
    ("php_message", "Deprecated: Function create_function() is deprecated in "
                    "/home/site/public_html/index.php on line 7"),
    ("php_message", "PHP Warning:  Undefined array key 1 in C:\\inetpub\\wwwroot\\index.php "
                    "on line 5"),
    ("php_message", "Fatal error: Uncaught Error: Call to undefined function mysql_connect() "
                    "in /var/www/html/db.php:14"),
    ("stack_trace", "Stack trace:"),
    ("stack_trace", "#0 /var/www/html/index.php(3): require()"),
    ("stack_trace", "#1 {main}"),
    ("stack_trace", "thrown in /var/www/html/db.php on line 14"),
    ("server_signature", "nginx/1.18.0 (Ubuntu)"),
    ("server_signature", "Apache/2.4.41 (Ubuntu) Server at www.example.com Port 443"),
    ("request_id", "Ray ID: 7d2f5a3c9b1e4f2a"),
    ("request_id", "Guru Meditation:"),
]


@pytest.mark.parametrize(("rule", "line"), _MESSAGES)
def test_a_message_above_or_below_the_text_goes(rule: str, line: str) -> None:
    assert found(ShapeServerMessage(), f"{line}\n{_GERMAN}\n{BODY}") == [(rule, line, False)]
    assert found(ShapeServerMessage(), f"{BODY}\n{_GERMAN}\n{line}") == [(rule, line, False)]
    assert found(ShapeServerMessage(), line) == [(rule, line, False)]  # the page is only that


@pytest.mark.parametrize(("rule", "line"), _MESSAGES)
def test_the_same_line_between_paragraphs_is_quoted_and_stays(rule: str, line: str) -> None:
    first, second = BODY.split("\n")
    assert found(ShapeServerMessage(), f"{first}\n{line}\n{second}") == []


@pytest.mark.parametrize("line", [
    "Warning: the bridge closes on line 4 of the tram network.",  # no path
    "Notice: the office in /r/london is closed",  # no line number
    "#1 seed Novak Djokovic",
    "Apache Kafka 3.7 released",
    "Apache/2.4 is the version we run in production, the admin said.",
    "nginx",
    "Ray ID",
])
def test_a_line_of_the_same_words_is_left(line: str) -> None:
    assert found(ShapeServerMessage(), f"{line}\n{BODY}") == []


def test_the_clue_scan_of_the_whole_text_finds_every_block_a_per_block_test_finds() -> None:
    """The clue is looked for once in the whole text, not per block: the blocks it names are
    exactly those whose own text holds a clue (a clue across a line break names both)."""
    from cleanroom.detectors.shape_server_message import _CLUES, _clued

    text = ("Intro line\nnginx/1.18.0 (Ubuntu)\nNothing here\n#1 {main}\nRay ID: "
            "7d2f5a3c9b1e4f2a\nplain\n\nStack trace:\nend /9")
    doc = from_text(text)
    own = [b.index for b in doc.blocks if _CLUES.search(b.text)]
    assert own == [0, 2, 3, 4, 5]  # lower-case lines continue the line above
    assert set(own) <= set(_clued(doc))
    assert _clued(from_text("No clue at all\nnone here")) == []
