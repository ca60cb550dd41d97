"""A generated dump of many sites, each with its own footer, promos and notices.

Written for the template tests and benchmark (the text is ours, assembled from the word lists
below).  Every record knows which of its paragraphs are body text (must be kept) and which are
the site's template (must go), so tests assert both sides exactly.  With the default 60
pages a site, each promo variant is on 18 pages, the notice on 24, the footers on all 60.

Per site: two footer lines on every page, a house promo on about 60% of pages, a syndication
notice on about 40%.  Body paragraphs are random sentences, unique per page, except for the
ones that legitimately recur a few times per site (below any sane threshold): a quote cited in
three stories, and a standard dateline line in four.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

SUBJECTS = ("The council", "A local baker", "The harbour master", "Two students", "The museum",
            "A retired teacher", "The ferry company", "Volunteers", "The mayor", "A startup",
            "The orchestra", "Fishermen", "The library", "A cycling club", "Farmers")
VERBS = ("announced", "questioned", "celebrated", "postponed", "reviewed", "opened",
         "criticised", "funded", "rebuilt", "described", "tested", "welcomed")
OBJECTS = ("a plan for the old pier", "the new timetable", "repairs to the bell tower",
           "a festival of winter light", "the budget for next year", "a study of the river",
           "the closure of the market", "an exhibition of maps", "a route along the coast",
           "a programme for young readers", "the price of bread", "a cleaner bus fleet")
TAILS = ("after months of debate", "despite the weather", "to the surprise of many",
         "on a quiet Tuesday", "with little notice", "before the holidays", "in front of a crowd",
         "for the third time this year", "as residents watched", "without a vote")

FOOTERS = ("{name} is published by {owner}. All editorial decisions are made independently.",
           "Contact the newsroom at desk@{host} or write to us at {street}.")
PROMOS = ("Get {name} in your inbox every morning: our briefing, free for readers.",
          "Support independent reporting in {town}: become a member of {name} today.")
NOTICES = ("This story first appeared in {name} and is republished with permission.",)
QUOTE = '"We build for the people who will live here after us," said {person} of {town}.'
DATELINE = "{TOWN} — {name} staff report"


@dataclass(frozen=True)
class Page:
    url: str
    text: str
    body: tuple[str, ...]
    junk: tuple[str, ...]


def _sentence(rng: random.Random) -> str:
    return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
            f"{rng.choice(TAILS)}, {rng.choice(('officials said', 'a witness said', 'records show'))}"
            f" in note {rng.randrange(10**6)}.")


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(1, 3)))


def site_pages(site: int, pages: int, rng: random.Random) -> Iterator[Page]:
    """The pages of one site: ``site`` numbers it, ``pages`` is how many."""
    host = f"site{site}.example" if site % 3 else f"www.site{site}.example"
    fill = {"name": f"The Site {site} Courier", "owner": f"Courier Media {site}", "host": host,
            "street": f"{site} Quay Street", "town": f"Port {site}", "TOWN": f"PORT {site}",
            "person": f"Mira Holt {site}"}
    footers = [f.format(**fill) for f in FOOTERS]
    promos = [p.format(**fill) for p in PROMOS]
    notice = NOTICES[0].format(**fill)
    quote, dateline = QUOTE.format(**fill), DATELINE.format(**fill)
    for i in range(pages):
        body = [_paragraph(rng) for _ in range(rng.randint(2, 6))]
        if i % (pages // 3 or 1) == 1:  # the quote: in three stories
            body.insert(1, quote)
        if i % (pages // 4 or 1) == 2:  # the dateline: in four stories
            body.insert(0, dateline)
        junk = []
        if i % 5 < 3:  # a promo on 60% of pages, two variants taking turns
            junk.append(promos[(i // 5) % 2])
        if i % 5 in (1, 3):  # the notice on 40%
            junk.append(notice)
        pos = rng.randint(1, len(body))
        paragraphs = body[:pos] + junk + body[pos:] + footers
        yield Page(f"https://{host}/news/{i}", "\n\n".join(paragraphs), tuple(body),
                   tuple(junk) + tuple(footers))


def dump(sites: int = 12, pages: int = 60, *, seed: int = 7) -> list[Page]:
    """``sites`` sites of ``pages`` pages each, deterministic for a seed."""
    rng = random.Random(seed)
    return [p for s in range(1, sites + 1) for p in site_pages(s, pages, rng)]
