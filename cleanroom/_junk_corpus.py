"""Text for ``cleanroom.strategies``: article sentences, and junk as real pages word it.

Written apart from the detectors' phrase lists, on purpose: the property tests inject this
junk and check the detectors find it, which proves nothing if both came from one list.  When
a detector misses a piece here, fix the detector (generalise it), do not copy the piece into
its phrase list.

``BODY`` holds neutral news sentences per language: no sentence may look like junk.
``JUNK`` maps category -> language -> samples.  A sample is a few lines of junk and where
pages put it: ``top`` (above the article), ``bottom`` (below it) or ``any`` (between
paragraphs too).  ``repeated`` junk is made from the article itself, so it has no samples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Where = Literal["top", "bottom", "any"]


@dataclass(frozen=True)
class JunkSample:
    lines: tuple[str, ...]
    where: Where


def top(*lines: str) -> JunkSample:
    return JunkSample(lines, "top")


def bottom(*lines: str) -> JunkSample:
    return JunkSample(lines, "bottom")


def anywhere(*lines: str) -> JunkSample:
    return JunkSample(lines, "any")


HEADLINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Council approves new cycle lanes for the city centre",
        "Harvest starts early after a warm spring",
        "Local library extends its opening hours",
        "Regional airport adds three summer routes",
        "Students build a solar car for the national race",
        "Storm closes mountain pass for two days",
    ),
}

BODY: dict[str, tuple[str, ...]] = {
    "en": (
        "The council voted on Tuesday to build four kilometres of protected cycle lanes.",
        "Work on the first section is due to begin in March and finish before the summer.",
        "Shop owners on the main street were divided over the loss of parking spaces.",
        "A survey last year found that most residents would cycle more if the roads felt safer.",
        "The project will cost about twelve million euros, most of it from a national fund.",
        "Farmers in the valley began picking grapes two weeks earlier than usual.",
        "A warm spring and a dry August meant the fruit ripened faster than expected.",
        "Growers said the crop was smaller but the quality was among the best in a decade.",
        "Seasonal workers arrived from across the region to help with the early harvest.",
        "The cooperative plans to open its cellar to visitors on the first weekend of October.",
        "The library will stay open until nine in the evening from Monday to Thursday.",
        "Its director said students had asked for longer hours during the exam season.",
        "Two new staff members were hired to cover the extra shifts.",
        "The reading room on the second floor was renovated last winter.",
        "Visitors can now borrow laptops and tablets with their library card.",
        "The airport will offer flights to three coastal cities from the end of May.",
        "Passenger numbers rose by eight percent last year, the operator said.",
        "A new car park with four hundred spaces is being built next to the terminal.",
        "The regional government owns a majority stake in the airport.",
        "Environmental groups asked for a study of the noise from early morning flights.",
        "A team of engineering students spent two years designing the lightweight car.",
        "The vehicle weighs less than two hundred kilograms and runs only on sunlight.",
        "They tested it on an old runway outside the town during the summer holidays.",
        "The national race covers three thousand kilometres over eight days.",
        "Local companies donated the batteries and the carbon fibre for the body.",
        "Heavy snow and strong winds forced the police to close the mountain road.",
        "Drivers were told to use the motorway through the tunnel instead.",
        "Snowploughs worked through the night to clear the drifts near the summit.",
        "The road reopened on Thursday morning with a speed limit for lorries.",
        "Forecasters expect milder weather for the rest of the week.",
        "The mayor thanked volunteers who had checked on elderly residents during the storm.",
        "A bridge over the river will be repainted for the first time since it opened.",
        "The museum received a collection of old maps from a private donor.",
        "Teachers at the primary school started a weekly gardening class.",
        "Bus services on the northern line will run every ten minutes from September.",
        "The football club opened a new training ground for its youth teams.",
        "Fishermen reported a good season for sardines along the southern coast.",
        "The hospital added a second operating theatre to shorten waiting lists.",
        "A small bakery in the old town won a national prize for its rye bread.",
        "Engineers inspected the dam after heavy rain raised the water level.",
    ),
}

JUNK: dict[str, dict[str, tuple[JunkSample, ...]]] = {
    "error_page": {
        "en": (
            top("404", "Oops! That page can’t be found."),
            top("Error 404 - Page Not Found"),
            top("403", "Sorry!!", "Error! We’re sorry, but the page you were looking for doesn’t exist."),
            top("We couldn't find the page you were looking for."),
            top("Access denied"),
            top("Please enable JavaScript in your browser to view this page."),
            top("Checking your browser before accessing the website."),
            top("500 Internal Server Error"),
        ),
    },
    "disclaimer": {
        "en": (
            bottom("© 2024 Valley Courier Media. All rights reserved."),
            bottom("Copyright © 2023 Northern Press Ltd. All Rights Reserved."),
            bottom("Disclaimer:", "The information on this site is provided “as is” without warranty of any kind."),
            bottom("Legal Disclaimer:", "Newsline supplies this", "content \"as is\" without warranty of any kind, and",
                   "accepts no responsibility for errors or omissions."),
            bottom("This story has not been edited by Courier staff and is auto-generated from a syndicated feed."),
            bottom("This material may not be published, broadcast, rewritten or redistributed."),
            bottom("The views expressed in this article are those of the author and do not necessarily reflect the views of the publisher."),
        ),
    },
    "comments": {
        "en": (
            bottom("Comments", "No comment"),
            bottom("0 Comments"),
            bottom("Leave a Reply", "Your email address will not be published. Required fields are marked *"),
            bottom("Comments", "Be the first to comment!"),
            bottom("Comments are closed."),
            bottom("Leave a comment", "Save my name, email, and website in this browser for the next time I comment."),
            bottom("Post a Comment"),
        ),
    },
}
