"""comments: empty threads and reply forms go; real comments and quotes stay."""

from __future__ import annotations

import pytest

from cleanroom.detectors.comments import Comments
from tests.conftest import make_doc

BODY = "The museum will reopen its east wing on Saturday after two years of repairs."


def _found(text: str) -> list[tuple[str, str, bool]]:
    doc = make_doc(text)
    return [(f.rule, doc.text[f.start:f.end], f.strict_only) for f in Comments().find(doc)]


@pytest.mark.parametrize("stub", [
    "Comments\nNo comment",
    "0 Comments",
    "Comments\nBe the first to comment!",
    "No comments yet. Start the discussion!",
    "No comments yet",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Comments are closed.",
    "Comments",
])
def test_removes_stub_at_the_end(stub: str) -> None:
    found = _found(f"{BODY}\n{stub}")
    assert [line for _, line, strict in found if not strict] == stub.split("\n")


def test_heading_with_real_comments_stays() -> None:
    text = f"{BODY}\nComments\nI visited last year and the east wing was worth the wait."
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    '"No comment," the spokesman said when asked about the merger.',
    f"No comment.\n{BODY}\n{BODY} Again.\n{BODY} Once more.",
    f"{BODY}\nNo comments yet from the club, which has been asked to respond.\n{BODY} Again.",
    f"{BODY}\nNoch keine Kommentare vom Verein, der um eine Stellungnahme gebeten wurde.",
])
def test_leaves_near_miss(text: str) -> None:
    assert [r for r in _found(text) if not r[2]] == []


ARTICLE_LINES = (BODY,
                 "Curators spent the closure cataloguing the collection and fixing the roof.",
                 "Tickets for the opening weekend are free but must be booked online.",
                 "The west wing will close for the same repairs from next spring.",
                 "Visitors can still see the sculpture garden, which stayed open all along.")
ARTICLE = "\n".join(ARTICLE_LINES)
EARLY_SECTION = ("Comments", "The ministry received 300 comments on the draft rules.",
                 "Most of them supported the longer consultation period.",
                 "Farmers asked for a simpler form.")
REPLIES = ["Lovely news, we will be there on Saturday.",
           "Hi Anna, the east wing opens at ten, see you there!",
           "Will the cafe reopen too?"]


@pytest.mark.parametrize("header", [
    "Top Rated Comments", "3 comments", "10 thoughts on “Museum reopens east wing”",
    "2 Responses to \"Museum reopens\"", "Comments",
])
def test_comment_thread_after_the_article_goes(header: str) -> None:
    found = _found("\n".join([ARTICLE, header, *REPLIES]))
    assert [line for rule, line, _ in found if rule == "comment_thread"] == [header, *REPLIES]


@pytest.mark.parametrize("text", [
    # one line under "Comments" is not a thread (it may be a section of the article)
    f"{ARTICLE}\nComments\nI visited last year and the east wing was worth the wait.",
    # a "Comments" section early in a long text, with nothing that reads like a reply
    "\n".join(EARLY_SECTION + ARTICLE_LINES * 3),
    # an early "Comments" section of the article, and the page's empty-thread count at the end
    "\n".join((*ARTICLE_LINES, *EARLY_SECTION, *ARTICLE_LINES * 2, "0 Comments")),
    # "Thoughts on" without a count is a heading of the article
    "\n".join([ARTICLE, "Thoughts on the new wing", *REPLIES]),
])
def test_comment_thread_near_misses_stay(text: str) -> None:
    assert [f for f in _found(text) if f[0] == "comment_thread"] == []


@pytest.mark.parametrize("stub", [
    "You must log in to post a comment.",
    "Leave a Reply\nWant to join the discussion?\nFeel free to contribute!",
    "Tinggalkan Balasan",
    "Comments\n comments",  # a count whose number a script was to fill in
    "Комментарии\n224",
    "Tell us what you think...\nComments",
    "Comment on this Story\ncomments powered by Disqus",
    "ATENÇÃO: Comentários com ofensas ou propaganda não serão aprovados pelo moderador.",
    "Hinweis: Kommentare werden moderiert und erscheinen nicht sofort.",
    "Note: we are temporarily moderating all comments to hold back a wave of spam.",
    "[…] https://walks.example/2021/05/harbour-bridge-repairs/ […]",
    "Pingback: Ten walks around the harbour | Weekend Walks",
    "Notify me of follow-up comments by email.\nNotify me of new posts by email.\nΔ",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
    "Log in to Reply",
    "Reply",
    ("We would like to hear what you think about this or any of our stories. Write to the "
     "letters desk."),
])
def test_removes_notices_and_labels_at_the_end(stub: str) -> None:
    found = _found(f"{BODY}\n{stub}")
    doc = make_doc(f"{BODY}\n{stub}")
    assert [line for _, line, strict in found if not strict] == [
        b.text for b in doc.blocks[1:]]


@pytest.mark.parametrize("text", [
    # a notice phrase in the middle of a report is held back, a quoted one not proposed
    f"{BODY}\nOs comentários são moderados pela equipe, disse o diretor do portal.\n{ARTICLE}",
    f'{BODY}\n"We would like to hear what you think," the mayor told residents.',
    f"{BODY}\nReaders should feel free to contribute to the repair fund, the curator said.",
    f"{BODY}\nFeel free to contribute!\n{ARTICLE}",
    f"{BODY}\nReply\n{ARTICLE}",
    # a count under a heading that is not at the end, and a number after an article line
    f"{BODY}\nКомментарии\n224\n{ARTICLE}",
    f"{BODY}\n2024",
    f"{BODY}\n[…] the court wrote that the bridge belonged to the city […]",
    f"{BODY}\nPingback rates rose after the blog moved to a new host.",
])
def test_notice_near_misses_stay(text: str) -> None:
    assert [r for r in _found(text) if not r[2]] == []


def test_permalink_label_goes() -> None:
    assert _found(f"{BODY}\nLink permanente\n{BODY} Again.") == [
        ("comment_form", "Link permanente", False)]


def test_zero_count_opens_no_thread() -> None:
    found = _found(f"{ARTICLE}\n0 Comments\n© 2025 Museum Times Ltd")
    assert [rule for rule, _, _ in found] == ["empty_comments"]


@pytest.mark.parametrize("tail", [
    # a counted header late in the text with a single comment under it
    ["1 comment", "We fill our bottles before every hike too, thanks for the tips!"],
    # a bare heading, one comment, and the closed-thread stub
    ["Comments", "So glad the wing is back, the ceiling looks wonderful.", "Comments are closed."],
])
def test_short_thread_at_the_end_goes(tail: list[str]) -> None:
    found = _found("\n".join([ARTICLE, *tail]))
    assert [line for rule, line, _ in found if rule == "comment_thread"] == tail


DE_ARTICLE = ("Die Stadtbibliothek öffnet nach zwei Jahren Umbau wieder ihre Türen.\n"
              "Im neuen Lesesaal finden hundert Menschen Platz, dazu kommt ein Raum für Kinder.\n"
              "Die Bauarbeiten kosteten weniger als geplant, teilte die Stadt am Montag mit.\n"
              "Zur Eröffnung am Samstag liest eine Autorin aus ihrem neuen Roman.\n"
              "Der Eintritt ist frei, eine Anmeldung ist nicht nötig.")
DE_REPLIES = ("Endlich! Wir haben die Bibliothek sehr vermisst.",
              "Gibt es auch wieder die Sonntagsöffnung?")


def test_counted_header_in_another_language_opens_a_late_thread() -> None:
    found = _found("\n".join([DE_ARTICLE, "2 Kommentare", *DE_REPLIES]))
    assert [line for rule, line, _ in found if rule == "comment_thread"] == [
        "2 Kommentare", *DE_REPLIES]


def test_counted_header_in_the_byline_stays() -> None:
    # past the first 300 characters, but in the first part of the text
    text = "\n".join([DE_ARTICLE, "2 Kommentare", *DE_ARTICLE.split("\n") * 3])
    assert [f for f in _found(text) if f[0] == "comment_thread"] == []


def test_odd_folds_are_every_character_that_spells_a_title_noun_only_once_casefolded() -> None:
    # thread_start skips the per-line title test when the lowered text names no title noun;
    # that holds only if no character's casefold spells a noun its lower() does not.
    from cleanroom.detectors._comment_threads import _TITLE_WORDS, ODD_FOLDS

    spelling = set()
    for c in map(chr, range(0x110000)):
        if c.casefold() == c.lower():
            continue
        for word in _TITLE_WORDS:
            for i in range(len(word) + 1):
                for j in range(i, len(word) + 1):
                    text = word[:i] + c + word[j:]
                    if word in text.casefold() and word not in text.lower():
                        spelling.add(c)
    assert spelling == set(ODD_FOLDS)


def test_thread_title_written_with_a_long_s_still_opens_the_thread() -> None:
    from cleanroom.detectors._comment_threads import thread_start, title_blocks

    body = "\n".join([BODY] * 6)
    doc = make_doc(f"{body}\n2 Reſponſes to “The east wing”\nLovely news!\nSee you there.")
    assert title_blocks(doc) is None
    assert doc.blocks[thread_start(doc) or 0].text.startswith("2 Re")


def test_thread_header_found_without_title_nouns_in_the_text() -> None:
    # near-miss of the shortcut: a header from the line sets ("2 reactions") needs no noun
    from cleanroom.detectors._comment_threads import thread_start, title_blocks

    body = "\n".join([BODY] * 6)
    doc = make_doc(f"{body}\n2 reactions\nLovely news!\nSee you there.")
    titled = title_blocks(doc)
    assert titled is not None and len(titled) == 0
    assert thread_start(doc) == 6
    assert thread_start(make_doc(f"{body}\nLovely news!\nSee you there.")) is None


def test_title_blocks_names_the_lines_with_a_title_noun() -> None:
    from cleanroom.detectors._comment_threads import thread_start, title_blocks

    body = "\n".join([BODY] * 6)
    doc = make_doc(f"{body}\n10 Thoughts on “The east wing”\nLovely news!\nSee you there.")
    titled = title_blocks(doc)
    assert titled is not None and set(titled) == {6}
    assert thread_start(doc) == 6


def test_the_closing_lines_are_written_as_block_keys() -> None:
    """``thread_start`` compares them with ``block.key``: a phrase written otherwise (a capital,
    a full stop) would never match."""
    from cleanroom.detectors._comment_threads import CLOSED
    from cleanroom.document.model import line_key

    assert all(line_key(phrase) == phrase for phrase in CLOSED)


def _article_line(size: int) -> str:
    """One line of ``size`` characters of an article, ended like a sentence."""
    sentence = "The harbour board agreed the new berthing fees for the spring on Tuesday. "
    return (sentence * (size // len(sentence) + 1))[:size - 1] + "."


def test_an_article_going_on_after_a_comment_count_is_no_thread() -> None:
    from cleanroom.detectors._vocabulary import LONG_LINE

    opening = "\n".join(BODY.replace("museum", place)
                        for place in ("museum", "gallery", "library", "theatre", "school"))
    for size, thread in ((LONG_LINE, True), (LONG_LINE + 1, False)):
        body = _article_line(size)
        assert len(body) == size
        text = f"{opening}\n| 2 comments |\n{body}\n{body.replace('harbour', 'river')}"
        rules = [r for r, _, strict in _found(text) if not strict]
        assert ("comment_thread" in rules) is thread, size


# A comment count injected mid-article (a widget's "10 komentarzy" line between two
# paragraphs): the article goes on under it, so no thread starts there.
MID_ARTICLE_COUNTS = [
    ("en", ARTICLE_LINES, "14 comments"),
    ("de", DE_ARTICLE.split("\n"), "17 Kommentare"),
    ("pl", ("Miejska biblioteka otworzy się ponownie po dwóch latach remontu budynku.",
            "W nowej czytelni zmieści się sto osób, powstała też osobna sala dla dzieci.",
            "Prace kosztowały mniej, niż zakładano, poinformował w poniedziałek urząd miasta.",
            "Na otwarcie w sobotę przyjedzie autorka, która przeczyta fragment swojej książki.",
            "Wstęp jest bezpłatny i nie trzeba się wcześniej zapisywać."), "10 komentarzy"),
]


@pytest.mark.parametrize(("language", "lines", "count"), MID_ARTICLE_COUNTS)
def test_a_count_mid_article_followed_by_prose_opens_no_thread(
        language: str, lines: tuple[str, ...] | list[str], count: str) -> None:
    lines = list(lines)
    text = "\n".join([*lines, *lines[:3], count, *lines[3:], *lines[:2]])
    assert [f for f in _found(text) if f[0] == "comment_thread"] == [], language
    # the same count at the end, over as many posts as it counts, is a thread
    posts = ["Lovely news, we will be there on Saturday.", "Will the cafe reopen too?"]
    two = count.replace(count.split(maxsplit=1)[0], "2")
    found = _found("\n".join([*lines, *lines, two, *posts]))
    assert [line for rule, line, _ in found if rule == "comment_thread"] == [two, *posts]


def test_a_count_over_fewer_posts_than_it_counts_at_the_end_is_kept() -> None:
    # "17 comments" over one paragraph: the article's last one, not the 17 posts
    text = "\n".join([ARTICLE, "17 comments", ARTICLE_LINES[0].replace("east", "north")])
    assert [f for f in _found(text) if f[0] == "comment_thread"] == []


def test_paragraph_lengths_median_is_the_sorted_lengths_middle() -> None:
    import random

    from cleanroom.detectors._comment_threads import _PROSE_LINE, _ParagraphLengths

    rnd = random.Random(7)
    lengths = [rnd.choice([5, 30, _PROSE_LINE, 61, 90, 140, 300]) for _ in range(300)]
    doc = make_doc("\n\n".join("x" * n for n in lengths))
    assert len(doc.blocks) == len(lengths)
    running = _ParagraphLengths(doc.blocks)
    for index in sorted(rnd.sample(range(len(lengths) + 1), 40)):
        long = sorted(n for n in lengths[:index] if n >= _PROSE_LINE)
        assert running.median_before(index) == (long[len(long) // 2] if long else None)


def test_a_greeting_in_a_post_the_article_embeds_is_no_reply() -> None:
    # "Hey Twitter, ..." signed "— Name (@handle) date" under it is a tweet the article
    # quotes: not the reply that would make a thread of what follows a count
    embed = ["Hey Twitter, the new ferry timetable is out and it is better than ever. #ferry",
             "https://t.co/abc123",
             "— Harbour Office (@harbouroffice) March 3, 2026"]
    text = "\n".join([ARTICLE, ARTICLE, "14 comments", *embed, *ARTICLE_LINES[1:]])
    assert [f for f in _found(text) if f[0] == "comment_thread"] == []
    # the same greeting unsigned, as a reader writes it, is a reply: a thread
    text = "\n".join([ARTICLE, ARTICLE, "14 comments", *embed[:2], *ARTICLE_LINES[1:]])
    assert [f for f in _found(text) if f[0] == "comment_thread"] != []
