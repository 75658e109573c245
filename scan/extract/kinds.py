"""What kind of page a page is: a work one cites, or a way to works.

:func:`classify` is pure: it reads signals extraction has gathered (the
URL, what the page's metadata says it is, its title and heading, how many
teasers of other pages it shows, how much of its text is links) and returns
a kind of :data:`scan.page.KINDS` with the reason, for ``scan pages
--explain``::

    classify("https://blog.example.org/category/mentoring/", hint=None, title="Mentoring")
    -> ("category", "the URL is a category archive (/category/)")
    classify("https://blog.example.org/2013/02/25/find-a-mentor/", hint="article", title="Find a mentor",
             own_words=900)
    -> ("article", "schema.org/OpenGraph type article")

The signals, strongest first:

1. a social post's URL (``/status/123``, ``/@user/123``, ``/post/...`` on
   Bluesky) or type (``SocialMediaPosting``) -> ``post``; scholarly
   metadata (Highwire ``citation_title``, ``ScholarlyArticle``) ->
   ``journal-article``, unless the work's type says it is no article (a
   repository's record of a dataset, a report, slides: ``document``); a
   schema.org page type (``AboutPage``,
   ``ContactPage``, ``ProfilePage``, ``SearchResultsPage``);
2. the URL's shape: search (``?s=``, ``?q=``, ``/search``), tag
   (``/tag/``, ``/tags/``, ``/label/``), category (``/category/``,
   ``/topics/``; a forum's community or category: Lemmy's ``/c/NAME``,
   Discourse's ``/c/SLUG/ID``; a CMS's view named in the body's class,
   Joomla's ``com_content view-category``), author or profile pages (``/author/NAME``); a forum's
   pages by its script and query (phpBB's and vBulletin's ``viewforum.php``,
   ``forumdisplay.php``: categories, ``memberlist.php?mode=viewprofile``:
   profiles, ``search.php``: a search; Simple Machines' ``?board=``,
   ``?action=profile``), a wiki's by its namespace (MediaWiki's
   ``User:``, ``Category:``, ``Special:Search``, ``PROJECT:About``), a page of a
   paginated listing (``/page/2``, ``?page=2``), a table of contents
   (``/issue/``, ``/toc/``), date archives (``/2013/`` or ``/2013/05/``, ``/blog/archives/03-2024``),
   the site's root (home; a deeper ``/NAME/index.html`` is read as its
   folder ``/NAME/``: static site generators write every post so), a
   journal's home on a publisher's platform
   (``/journals/NAME``), ``/about``, ``/contact`` and site-information
   pages (privacy, terms, imprint: ``about``); Blogger's older-posts pages
   (``/search?updated-max=``, no search term) are a paginated listing; a
   query that names an archive or a person (``?cat=``, ``?category=``,
   ``?tag=``, ``?author=``; LibGuides' ``sb.php?subject_id=`` and
   ``prf.php?account_id=``); a series of posts or an event's schedule
   (``/series/NAME``, ``/schedule/``) and a repository's browse views
   (EPrints' ``/view/year/2021.html``) are listings, speakers' and
   creators' pages (``/speaker/CODE/``, ``/view/creators/NAME``) profiles;
   a blog's index under a site whose root is elsewhere (``/blog``) is the
   blog's listing, not the site's home; a page the site's logo links to
   (outside the main content) is a home page, wherever it is (an event's
   ``/nvl2025/``);
3. the title or heading ("About us", "Contact", "Search results for ...",
   "Category: ...", "Posts tagged ...", "Archives", "Table of contents",
   a journal's "Aims and scope" or "Editorial board", "About this
   repository": ``about``; a heading
   that is a bare hashtag, "#mentorship": ``tag``);
4. the content: a form to write to the site (a text area, or a form
   embedded from elsewhere) with little text of its own -> ``contact``;
   three or more teasers of other pages (each a heading that
   links to its full text), or two with little text of its own; three
   headings that link to other pages (a table of contents), or links set
   as titles (a repository's list of items, DSpace's ``a.item-list-title``);
   blocks of one shape (rows, cards, citations, whatever their markup),
   two or more, each linking to a different page of the site, with less
   text of the page's own than theirs (a series page, a schedule of talks,
   a repository's browse view);
   a main text
   that is mostly link text, in a paginated series (``rel=next/prev``) or
   with many links -> ``listing``; so is a page with almost no text of its
   own (under 30 words: a publication's front page whose cards the main
   text leaves out, a list of guides) unless its type says article;
5. a type that says article (``BlogPosting``, ``og:type article``), or
   else a page with a text of its own -> ``article``.

HTTP errors, soft 404s and pages not fetched are ``error``, and non-HTML
answers (PDF, office files) ``document``; the crawl sets those.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit, urlunsplit

from refs.values.urls import PAGED_PATH, is_tracking_key

__all__ = ["classify", "is_profile_address", "is_thread", "may_be_forum_thread", "names_document"]

_SOCIAL = re.compile(r"^(?:(?:www\.|mobile\.)?(?:twitter|x)\.com/[^/]+/status(?:es)?/\d+"
                     r"|bsky\.app/profile/[^/]+/post/\w+"
                     r"|[^/]+/@[\w.]+/\d{6,}"
                     r"|[^/]+/@[\w.]+/post/[\w-]{6,}/?$"   # Threads (threads.net, threads.com) and its shape elsewhere
                     r"|(?:www\.)?linkedin\.com/(?:posts|feed/update)/"
                     r"|(?:www\.)?facebook\.com/[^/]+/posts/)")
# a discussion thread, its opening post with the replies under it, by the forum software's address for it: reddit's
# /r/SUB/comments/ID/ (and its front ends'), Discourse's /t/SLUG/ID, Flarum's /d/ID-SLUG, XenForo's /threads/SLUG.ID/,
# Mbin's (kbin's) /m/MAGAZINE/t/ID/SLUG, NodeBB's /topic/ID/, Invision Community's /topic/ID-SLUG/, phpBB's viewtopic.php?t=
# (FluxBB's and PunBB's ?id=), vBulletin's showthread.php, Simple Machines' ?topic=, Hacker News's
# item?id=, a Q&A site's question with its answers (Stack Exchange, Askbot), bbPress's /forums/topic/SLUG/, Groups.io's,
# Lobsters' and Circle's (below)
_THREAD = re.compile(r"^(?:/r/[^/]+/comments/[a-z0-9]+(?:/|$)|/t/[^/]+/\d+(?:/\d+)?/?$|/d/\d+(?:-[^/]*)?/?$|/m/[^/]+/t/\d+(?:/|$)"
                     r"|/threads/[^/]*\.\d+/?$|/topic/\d+(?:/|$)|(?:/[^/]+)*/topic/(?!(?:19|20)\d\d-)\d+-[^/]*/?$|/(?:[^/]+/)*viewtopic\.php\?(?:.*&)?(?:[tp]|id|pid)=\d+"
                     r"|/(?:[^/]+/)*showthread\.php(?:[?/]|$)|/(?:[^/]+/)*index\.php\?(?:.*&)?topic=\d+"
                     # ProBoards' /thread/ID/SLUG
                     r"|/thread/\d+(?:/[^/]*)?/?$"
                     # bbPress's /forums/topic/SLUG/ (its boards are /forums/forum/SLUG/)
                     r"|/(?:[^/]+/)*forums?/topics?/[^/]+/?$"
                     # Discuz!'s /thread-TID-PAGE-N.html and forum.php?mod=viewthread&tid=
                     r"|/(?:[^/]+/)*thread-\d+-\d+-\d+\.html$|/(?:[^/]+/)*forum\.php\?(?:.*&)?mod=viewthread\b"
                     r"|/item\?id=\d+"
                     # Stack Exchange's /questions/ID/SLUG, Vanilla's /discussion/ID/SLUG, Higher Logic's viewthread
                     r"|/questions/\d+(?:/|$)|/discussion/\d+(?:/|$)|/(?:[^/]+/)*viewthread\?(?:.*&)?(?i:messagekey)="
                     # a mailing list's thread on Groups.io (/g/LIST/topic/SUBJECT/ID, /g/LIST/message/ID); a link
                     # aggregator's story with its comments as Lobsters addresses it (/s/SHORTID/SLUG); a community
                     # post with its comments on Circle (/c/SPACE/POST-SLUG: three words or more, where Discourse's
                     # categories end in their number)
                     r"|/g/[^/]+/(?:topic/(?:[^/]+/)?\d+|message/\d+)/?$|/s/[a-z0-9]{6}(?:/[^/]*)?/?$"
                     r"|/c/[^/]+/(?![^/]*\d/?$)[a-z0-9]+(?:-[a-z0-9]+){2,}/?$"
                     # a mailing list's message or thread in its archive: Mailman 3's HyperKitty
                     # (/archives/list/LIST@HOST/thread/ID/, /message/ID/), Mailman 2's Pipermail
                     # (/pipermail/LIST/2024-March/001234.html), LISTSERV's wa?A2=, Google Groups' /g/NAME/c/ID
                     r"|/(?:[^/]+/)*list/[^/]+@[^/]+/(?:thread|message)/[0-9a-z]{20,40}/?$"
                     r"|/(?:[^/]+/)*pipermail/[^/]+/\d{4}-[a-z]+/\d+\.html$|/(?:[^/]+/)*wa(?:\.exe)?\?(?:.*[&;])?(?i:a2)="
                     r"|/g/[^/]+/c/[\w-]{6,}/?$"
                     # a Khoros (Lithium) community's thread, message, idea or question (/t5/BOARD/SUBJECT/td-p/ID)
                     r"|/t5/[^/]+/[^/]+/(?:td|m|idi|qaq)-p/\d+"
                     # a chat's public archive, one topic a page (zulip-archive's /archive/stream/ID-NAME/topic/T.html)
                     r"|/(?:[^/]+/)*stream/\d+-[^/]+/topic/[^/]+\.html$"
                     # a mailing list's message in Gmane's archive (/gmane.GROUP.NAME/NUMBER)
                     r"|/gmane\.[\w.+-]+/\d+/?$"
                     # a mailing list's or forum's thread on Nabble (/SUBJECT-tpID.html, its threaded view -tdID.html,
                     # one of its messages -tpIDpID.html)
                     r"|/(?:[^/]+/)*[^/]+-t[pd]\d+(?:[pi]\d+)?\.html$"
                     # a mailing list's message in MHonArc's archive (Sympa's /sympa/arc/LIST/2024-02/msg00012.html)
                     r"|/(?:[^/]+/)*arc/[^/]+/\d{4}-\d\d/msg\d{5}\.html$"
                     # a repository's discussion on GitHub (/OWNER/REPO/discussions/NUMBER), a network's on H-Net
                     # Commons (/groups/NAME/discussions/NUMBER/SLUG)
                     r"|/[^/]+/[^/]+/discussions/\d+(?:/[^/]*)?/?$"
                     # a post on a Padlet wall (/USER/WALL/wish/NUMBER)
                     r"|/[^/]+/[^/]+/wish/\d+/?$"
                     # a Tildes group's topic with its comments (/~GROUP/ID36/SLUG)
                     r"|/~[\w.]+/[0-9a-z]{2,8}/[^/]+/?$)")


# a path a site's script is given as its query (Dotclear's index.php?post/2024/02/14/SLUG, ?tag/NAME, ?contact;
# Serendipity's index.php?/archives/41-SLUG.html): no "=", a word or a path
_ROUTED_QUERY = re.compile(r"^/?[\w.-]+(?:/[^=]*)?$")


def _routed(url: str) -> str:
    """``url`` with the path its site's index script is given as its query written as its path
    (``/index.php?post/2024/02/14/SLUG`` -> ``/post/2024/02/14/SLUG``), else ``url`` as it is. The site's root
    keeps its query (``/?amp``) unless it is a path (``/?/archives/41-SLUG.html``)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    query, path = parts.query, parts.path
    if not query or not _ROUTED_QUERY.match(query):
        return url
    if path.lower().endswith("/index.php") or (path in ("", "/") and "/" in query):
        base = path[:-len("index.php")] if path.lower().endswith("/index.php") else "/"
        return urlunsplit((parts.scheme, parts.netloc, base + query.lstrip("/"), "", ""))
    return url


# a board on Nabble, its threads listed (/NAME-fID.html)
_NABBLE_BOARD = re.compile(r"^[^/]+-f\d+\.html$")
# a federated forum's thread (Lemmy's and PieFed's /post/ID): Tumblr's posts are /post/ID/SLUG (and /post/ID), so
# the address makes a thread only with the forum's markup (see scan.extract._forum_markup)
_FORUM_THREAD = re.compile(r"^/post/\d+/?$")
# a fediverse note (Misskey's, Sharkey's, Firefish's /notes/ID, ID of base-36 letters and digits; Pleroma's and
# Akkoma's /notice/ID and /objects/UUID; Friendica's /display/GUID; GoToSocial's /@USER/statuses/ULID; Pixelfed's
# /p/USER/ID; Hubzilla's /item/UUID; Mitra's /post/UUID; BookWyrm's /user/NAME/review/ID, /comment/ID, /quotation/ID): a post where the
# page's markup is a fediverse server's (its ActivityPub object named as its alternate, its generator meta) (a blog's
# /notes/SLUG is no note)
_FEDI_NOTE = re.compile(r"^/(?:notes/[0-9a-z]{8,24}|notice/[0-9A-Za-z]{8,24}|(?:objects|display|item|post)/[0-9a-fA-F-]{32,40}"
                        r"|@[\w.]+/statuses/[0-9A-Z]{20,32}|p/[\w.]+/\d{6,}"
                        r"|user/[\w.-]+/(?:review|comment|quotation|status)/\d+)/?$")


def is_profile_address(url: str) -> bool:
    """Is ``url`` a person's page by its address: ``/people/NAME``,
    ``/user/NAME``, ``/members/ID/NAME`` (a folder of :data:`_PROFILE` first,
    one or two segments after it)?"""
    try:
        segs = [x for x in urlsplit(url).path.lower().split("/") if x]
    except ValueError:
        return False
    return 2 <= len(segs) <= 3 and segs[0] in _PROFILE


# a photo network's post as Instagram titles and addresses it: 'NAME on Instagram: "caption"', /p/CODE/
_PHOTO_POST_TITLE = re.compile(r"^@?[\w.]{2,40} on [\w .]{2,30}: [\"“]")
_PHOTO_POST_PATH = re.compile(r"^/(?:p|reel)/[\w-]{6,20}/?$")
# a social network's post titled by its author, as diaspora* and Warpcast title them ("Wren Castillo on diaspora*"), at
# an address that ends in the post's number or id (a blog's "Notes on Mastodon" ends in its slug)
_NETWORK_POST_TITLE = re.compile(r"^[^\W\d_][\w.'’ -]{1,50} on (?i:diaspora\*?|friendica|hubzilla|mastodon|bluesky|"
                                 r"threads|x|twitter|instagram|linkedin|facebook|pixelfed|misskey|tumblr|warpcast|farcaster)$")
# the networks whose post pages name them as their site (og:site_name), their post's text only in the description
# link previews read (Telegram's t.me/CHANNEL/123 is a widget's script and "View in Telegram")
_NETWORK_SITE = re.compile(r"^(?i:telegram|mastodon|bluesky|threads|x|twitter|instagram|linkedin|facebook|tumblr|"
                           r"pixelfed|misskey|warpcast|farcaster|vk|weibo)$")
_NUMBERED = re.compile(r"/\d+/?$")
# a post's address on a network, by its name for posts (Facebook's /groups/NAME/posts/ID/, /NAME/posts/ID)
_NETWORK_POST_PATH = re.compile(r"/(?:posts|status|statuses|permalink)/\d+/?$")
_NETWORK_GROUP = re.compile(r"^/groups/[^/]+/?$")
NETWORK_POST = "a social network's post by its site's name"
_NETWORK_CONTACT = re.compile(r"^\w+: (?:Contact|Join|View) @\w")
_POST_ID_PATH = re.compile(r"^/(?:[^/]+/)*(?:\d{3,}|[0-9a-f]{16,}|[0-9a-z]{10,})/?$")


def may_be_forum_thread(url: str) -> bool:
    """Is ``url`` a federated forum's thread address (``/post/ID``) or a fediverse note's (``/notes/ID``, ``/notice/ID``),
    which only the page's markup can confirm?"""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    return not parts.query and bool(_FORUM_THREAD.match(parts.path) or _FEDI_NOTE.match(parts.path))


def is_thread(url: str, *, forum: bool = False) -> bool:
    """Is ``url`` a discussion thread's address (see ``_THREAD``)? With ``forum`` (the page's markup is a
    federated forum's), Lemmy's and PieFed's ``/post/ID`` too."""
    try:
        parts = urlsplit(url or "")
    except ValueError:
        return False
    if forum and not parts.query and _FORUM_THREAD.match(parts.path):
        return True
    return bool(_THREAD.match(parts.path.lower() + ("?" + parts.query if parts.query else "")))


_ABOUT = frozenset({"about", "about-us", "about-me", "aboutus", "aboutme", "about-the-blog", "about-this-blog",
                    "who-we-are", "our-story", "our-team", "ueber-uns", "uber-uns", "a-propos", "qui-sommes-nous",
                    "sobre", "chi-siamo", "over-ons", "colophon"})
_SITE_INFO = frozenset({"privacy", "privacy-policy", "terms", "terms-of-use", "terms-of-service", "tos",
                        "imprint", "impressum", "legal", "disclaimer", "cookie-policy", "cookies",
                        "datenschutz", "accessibility", "copyright", "faq", "faqs", "sitemap", "help"})
_CONTACT = frozenset({"contact", "contact-us", "contactus", "contact-me", "kontakt", "get-in-touch",
                      "contacto", "contatti", "nous-contacter"})
_TAG = frozenset({"tag", "tags", "tagged", "label", "labels", "hashtag", "hashtags", "schlagwort", "keyword",
                  "keywords"})
# what follows a category's name where the page is one item filed under it: its number, or a date and a slug
_ITEM_IN_TOPIC = re.compile(r"(?:^|/)(?:p|post|posts|item|items)/\d{5,}(?:/|$)|(?:^|/)(?:19|20)\d\d/\d\d?/\d\d?/[^/]+")
_CATEGORY = frozenset({"category", "categories", "topics", "topic", "subjects", "section", "kategorie", "categorie",
                       "categoria", "rubrique", "themen"})
_PROFILE = frozenset({"author", "authors", "people", "profile", "profiles", "user", "users", "members", "member",
                      "staff", "u", "autor", "auteur", "speaker", "speakers", "creators"})
# a listing by its URL: a series of posts (/series/NAME: Hashnode, Dev.to), a repository's browse views (EPrints'
# /view/year/2021.html), an event's schedule (/schedule/, pretalx, Sched, Indico's /timetable/)
_SERIES = frozenset({"series"})
# EPrints' browse views (/view/year/2021.html, /view/subjects/); Google Sites' pages are /view/SITE/PAGE
_EPRINTS_VIEWS = frozenset({"year", "subjects", "divisions", "creators", "editors", "types", "people", "projects",
                            "collections", "ids", "department", "departments", "series", "type"})
_SCHEDULE = frozenset({"schedule", "timetable", "programme", "agenda"})
# a catalogue's, repository's or archive's browse views (/browse/subject/NAME, /browse.php?tid=, /jspui/browse)
_BROWSE = frozenset({"browse", "browse.php", "browse.html", "browse.aspx"})
# a page titled, or headed, by the plural of what it lists: a blog's "Posts", Patreon's creator's /NAME/posts
_LIST_NAME = re.compile(r"^(?:posts|articles|stories|entries|news)$", re.I)
_PROSE_WORDS = 80       # a text of its own: a short post's two paragraphs
_ISSUE = frozenset({"issue", "issues", "toc"})
_TOC = frozenset({"volume", "volumes", "current", "archive", "archives", "back-issues"})
_HOME = frozenset({"", "index.html", "index.htm", "index.php", "home", "default.aspx", "index"})
# a journal's home on publishers' platforms (/journals/jlws20, /journal/10734)
_JOURNAL = frozenset({"journal", "journals"})
# Blogger's older-posts pages are /search?updated-max=...&max-results=N, without a search term
_PAGING = frozenset({"updated-max", "updated-min", "max-results", "start", "by-date", "reverse-paginate"})
# a query that names an archive or a person: WordPress's plain permalinks (?cat=3, ?tag=x, ?author=2), Squarespace
# (/blog?category=X, ?tag=X, ?author=ID), Springshare LibGuides (/sb.php?subject_id=, /prf.php?account_id=)
_QUERY_KINDS = {"cat": "category", "category": "category", "subject_id": "category", "tag": "tag",
                "author": "profile", "account_id": "profile"}
_INDEX = frozenset({"index.html", "index.htm", "index.php", "index", "home", "default.aspx"})
# a folder's index file: static site generators (Quarto, Hugo, Jekyll, Eleventy) write each post as
# /posts/NAME/index.html, so a deep path ending in one is the page of its folder, read as the folder's URL
_INDEX_FILES = frozenset({"index.html", "index.htm", "index.php", "index.shtml", "default.aspx", "default.asp"})
# a date archive: /2013/05/, under a folder or two (/blog/2013/, MkDocs Material's /blog/archive/2024/)
_ARCHIVE_PATH = re.compile(r"^/(?:[\w-]+/){0,2}(?:19|20)\d\d/(?:(?:0?[1-9]|1[0-2])/?)?(?:(?:0?[1-9]|[12]\d|3[01])/?)?$")
# a date archive named so, under a blog's folder: Weebly's /blog/archives/03-2024, /news/archive/2024-03
# (WordPress's numeric permalinks, /archives/123, and Serendipity's entries, /archives/41-SLUG.html, are posts:
# _NUMERIC_POST)
_NAMED_ARCHIVE = re.compile(r"^/(?:[\w-]+/)?archives?/(?:(?:19|20)\d\d(?:[-_.]\d\d?){0,2}|\d\d?[-_.](?:19|20)\d\d)"
                            r"(?:/\d\d?){0,2}/?$")
_NUMERIC_POST = re.compile(r"^/archives/(?!(?:19|20)\d\d/?$)\d+(?:-[a-z][^/]*?(?:\.html?)?)?/?$")
# a search's query by its name: WordPress's ?s=, ?q=, Drupal's ?keys= and ?search_api_fulltext=, YouTube's
# ?search_query=, Joomla's ?searchword=
_SEARCH_KEYS = frozenset({"s", "q", "query", "search", "searchword", "keys", "keyword", "keywords", "kw"})
_SEARCH_KEY = re.compile(r"(?:^|[_-])search(?:$|[_-])", re.I)      # not ?research_area=
_LANGUAGE_ROOT = re.compile(r"^([a-z]{2})(?:[-_][a-z]{2})?$")
# ISO 639-1 codes: a site's root in one language (/en/, /pt-br/); not "cv", whose folder is a CV far more often
# than a site in Chuvash
_LANGUAGES = frozenset("""aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cy da
de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne
ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu""".split())


def _language_root(seg: str) -> bool:
    m = _LANGUAGE_ROOT.match(seg)
    return m is not None and m.group(1) in _LANGUAGES
# fewer words of its own than a short paragraph, and no metadata saying it is an article: a way to works (a
# publication's front page of cards, a list of guides), not one
_FEW_WORDS = 30
# a page that is mostly a form to write to the site (a contact form, Tumblr's Ask page): fewer words than a short post
FORM_WORDS = 80
# a heading over an issue's contents: a journal's home showing its current issue (OJS, Digital Commons, Janeway)
CONTENTS_HEADING = re.compile(r"^(?:current|latest|recent|this|in this) issue\b|^(?:table of )?contents$", re.I)
# a page of a listing by its query: its number (?page=2, WordPress's ?paged=2) or a cursor (reddit's
# ?count=25&after=t3_ID, Mastodon's ?max_id=)
_PAGE_KEYS = ("page", "paged", "pg", "after", "before", "max_id", "min_id", "cursor")
_HASHTAG = re.compile(r"^#[^\s#]{2,60}$")
# a CMS collection named for what it holds: Webflow's /blog-categories/NAME, /post-tags/NAME
_NAMED_CATEGORIES = re.compile(r"^[a-z]+-categor(?:y|ies)$")
_NAMED_TAGS = re.compile(r"^[a-z]+-tags$")
# a tag named in one segment with a colon: WriteFreely's /tag:NAME (and /BLOG/tag:NAME)
_COLON_TAG = re.compile(r"^(?:tag|tags|hashtag):[^:]+$")
_COLON_KINDS = {"category": "category", "categories": "category", "cat": "category", "page": "listing",
                "u": "profile", "user": "profile", "t": "tag"}
_COLON_PARAM = re.compile(r"^(category|categories|cat|u|user|t|page(?=:\d+$)):([^:/]+)$")
# a year as a path segment (/author/2013/05/ is a date archive; /users/1203/NAME a member's number)
_YEAR_SEG = re.compile(r"(?:^|/)(?:19|20)\d\d(?:/|$)")
# a page of a listing by its path: /page/2, /seite/2, and jekyll-paginate's /page2/

_TITLE_RULES = (
    (re.compile(r"^(?:about|about (?:us|me|the blog|this blog|the author|the site)|who we are|our story|"
                r"über uns|a propos|à propos|(?:a|à) propos (?:de|du) (?:la revue|la bibliothèque|ce site|nous|"
                r"l'association|la collection)|acerca de(?: la revista| nosotros)?|sobre (?:la revista|nosotros))\s*[.!]?$",
                re.I), "about"),
    # a site's page about itself: "About this repository", "About the conference", "About our library"
    (re.compile(r"^about (?:the|this|our) (?:repository|site|website|blog|archive|collection|project|conference|"
                r"event|library|newsletter|podcast|wiki|network|community|series|programme|program)\s*[.!]?$", re.I),
     "about"),
    # a journal's pages about itself: what it publishes, who edits it, how to submit
    (re.compile(r"^(?:aims (?:and|&) scope|about (?:the|this) journal|journal (?:information|overview)|"
                r"editorial (?:board|team|policies)|(?:author|submission) guidelines|instructions for authors|"
                r"information for authors|peer review policy)\s*$", re.I), "about"),
    (re.compile(r"^(?:contact|contact us|contact me|get in touch|kontakt)\s*[.!]?$", re.I), "contact"),
    (re.compile(r"\bsearch results\b|^results for\b|^you searched for\b|^search\s*:|^search$", re.I), "search"),
    (re.compile(r"^posts? tagged\b|^tag(?: archives?)?\s*:|^tagged\s*:|^label\s*:|^tag archives?$", re.I), "tag"),
    (re.compile(r"^category(?: archives?)?\s*:|^archives? for category\b|^category archives?$", re.I), "category"),
    (re.compile(r"^(?:author|author archives?)\s*:|^(?:posts|articles) by\b", re.I), "profile"),
    (re.compile(r"^(?:archives?|blog archives?|monthly archives?|month|year|day)(?:\s*:|$)|^(?:table of )?contents$|"
                r"^(?:tags|categories|labels|topics|all tags)$|"
                # an issue, in English, French, Spanish, Italian, German: "Vol. 12, No. 3", "Volume 71, numéro 2,
                # printemps 2025", "Vol. 9 Núm. 1 (2024)"
                r"^vol(?:ume|\.)?\s*\d+\s*,?\s*(?:no|issue|nr|num|núm|numéro|número|numero|heft|n[°º])\.?\s*\d+\b"
                r"(?:[,.\s]*(?:[^\W\d_]+\s+)?(?:19|20)\d\d)?[^a-z]{0,12}$|^issue\s+\d+$|"
                # a journal's list of its issues: "All issues", "Past issues", "Numéros", "Números", "Ausgaben"
                r"^(?:all |past |back )?(?:issues|numéros|números|numeri|ausgaben)(?:\s+[–—|:-]\s+.{0,80})?$|"
                r"^(?:all|latest|recent) (?:posts|articles|stories)$|^page \d+ of \d+|^page \d+$|"
                # a person's or a lab's list of their works (Jekyll al-folio's, Hugo Academic's "Publications")
                r"^(?:(?:selected|recent|all|my|our|list of)\s+)?(?:publications|papers|presentations|talks)$", re.I), "listing"),
    (re.compile(r"^(?:cv|curriculum vitae|résumé|resume)$", re.I), "about"),
)


def classify(url: str, *, hint: str | None = None, title: str | None = None, heading: str | None = None,
             teasers: int = 0, linked_headings: int = 0, own_words: int = 0, link_share: float = 0.0,
             body_links: int = 0, paginated: bool = False, message_form: bool = False, cards: int = 0,
             card_words: int = 0, own_logo: bool = False, contents: bool = False,
             forum: bool = False, body_class: str = "", site: str | None = None,
             hint_reason: str | None = None) -> tuple[str, str]:
    """The kind of a fetched HTML page and why (see the module docstring).

    ``hint`` is the kind the page's metadata gives (schema.org, OpenGraph,
    Highwire), ``teasers`` the number of teasers of other pages it shows,
    ``linked_headings`` the headings of its main content that link to other
    pages (a table of contents, a list of posts without post blocks),
    ``own_words`` the words of its own main text (teasers left out),
    ``link_share`` the part of its main text that is link text,
    ``body_links`` the links of its main content, ``paginated`` whether it
    is one page of a series (``rel=next``/``prev``), ``message_form``
    whether its main content holds a form to write to the site (a form with
    a text area, or a form embedded from elsewhere); ``cards`` the blocks
    of one shape that each link to another page of the site (rows, cards,
    citations; not post blocks, which are ``teasers``) and ``card_words``
    their words; ``own_logo`` whether the site's logo links to the page
    itself (a home page under a path: a conference's ``/nvl2025/``);
    ``contents`` whether a heading of its main content announces an
    issue's contents ("Current issue", "In this issue"); ``forum`` whether
    its markup is a federated forum's (an ActivityPub alternate, lemmy-ui's
    post view), which makes ``/post/ID`` a thread; ``body_class`` the
    class of its ``<body>``, where a CMS names the view it renders
    (Joomla's ``com_content view-category``); ``site`` the site's name its
    metadata gives; ``hint_reason`` why the page is of the ``hint``'s kind,
    where the caller read it from the page itself (a record's fields)."""
    url = _routed(url or "")
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    segs = [s for s in path.split("/") if s]
    query = parse_qs(parts.query.replace(";", "&"))    # Simple Machines writes ?action=search2;search=mentor
    if _SOCIAL.match(host + path):
        return "post", "the URL is a social media post's"
    if is_thread(url, forum=forum):
        return "post", "the URL is a discussion thread's (reddit, Discourse, a forum's topic)"
    if title and hint in (None, "article") and _NETWORK_POST_TITLE.match(title.strip()) \
            and _POST_ID_PATH.match(parts.path):
        return "post", "a social network's post: titled 'NAME on NETWORK' (diaspora*, Warpcast), at its number"
    if title and hint in (None, "article") and _PHOTO_POST_TITLE.match(title) and _PHOTO_POST_PATH.match(parts.path):
        return "post", "a photo network's post: titled 'NAME on SITE: \"caption\"' as Instagram titles them, at /p/CODE/"
    network = (site or "").strip()
    if network and hint in (None, "article") and _NETWORK_SITE.match(network):
        if own_words < _FEW_WORDS and title and _NETWORK_CONTACT.match(title.strip()):
            # (what Telegram shows for a channel, and for a post of it that is gone)
            return "profile", f"a social network's card of an account ({title.strip()[:60]!r})"
        if not parts.query and own_words < _FEW_WORDS and _NUMBERED.search(parts.path):
            return "post", f"{NETWORK_POST} ({network[:30]}), at its number"
        if not parts.query and _NETWORK_POST_PATH.search(parts.path):
            return "post", f"a social network's post ({network[:30]}), at its address for posts"
        if not parts.query and _NETWORK_GROUP.match(parts.path):
            return "listing", f"a social network's group, its feed of posts ({network[:30]})"
    if forum and not parts.query and _FEDI_NOTE.match(parts.path):
        return "post", "a fediverse note (/notes/ID, /notice/ID, its ActivityPub object named as its alternate)"
    if hint in ("post", "journal-article", "document", "about", "contact", "profile", "search"):
        return hint, hint_reason or _HINT_REASONS[hint]
    # a page of prose that links to little (a schedule's address over it is no schedule: a mentoring programme's
    # page at /programme)
    prose = own_words >= _PROSE_WORDS and body_links < 5 and teasers < 2 and cards < 2
    found = _by_url(path, segs, query, hint, prose)
    if found:
        return found
    view = _CMS_VIEWS.get(frozenset(body_class.lower().split()) & _VIEW_TOKENS)
    if view and hint != "article":
        return view, f"the CMS names its view in the body's class ({body_class.strip()[:60]!r})"
    if own_logo and hint != "article":
        return "home", "the site's logo links to this page"
    if hint != "article" and any(seg in _BROWSE for seg in segs[:3]):
        return "listing", "the URL is a browse view (/browse/)"
    if hint != "article" and heading and _HASHTAG.match(heading.strip()):
        return "tag", f"the heading is a hashtag ({heading.strip()[:60]!r})"
    if hint != "article" and not heading and title and _HASHTAG.match(title.strip()):
        return "tag", f"the title is a hashtag ({title.strip()[:60]!r})"
    for text in (heading, title):
        for pattern, kind in _TITLE_RULES:
            if text and pattern.search(text.strip()):
                return kind, f"the {'heading' if text is heading else 'title'} says so ({text.strip()[:60]!r})"
    if message_form and own_words < FORM_WORDS and hint != "article":
        return "contact", f"a form to write to the site, and little text of its own ({own_words} words)"
    if teasers >= 3 or (teasers >= 2 and own_words < 150):
        return "listing", f"it shows {teasers} teasers of other pages"
    if linked_headings >= 3:
        return "listing", f"{linked_headings} of its headings (or links set as titles) link to other pages"
    if contents and hint != "article" and (cards >= 2 or teasers >= 2 or linked_headings >= 2):
        return "listing", "it shows an issue's contents (a heading says \"Current issue\")"
    if cards >= 2 and card_words >= own_words and (own_words < _FEW_WORDS or (cards >= 3 and hint != "article")):
        return "listing", f"it shows {cards} blocks linking to other pages of the site, and less text of its own"
    if hint == "listing":
        return "listing", "schema.org type CollectionPage"
    if hint != "article" and _LIST_NAME.match((heading or title or "").strip()):
        return "listing", f"it is named for what it lists ({(heading or title or '').strip()[:60]!r})"
    if hint == "issue":
        # an issue that lists no contents of its own is shown whole (a magazine's or a newsletter's issue in a
        # document viewer: Issuu, Calaméo), a work
        if own_words >= _FEW_WORDS:
            return "document", "schema.org type PublicationIssue, shown whole (no contents listed)"
        return "listing", "schema.org type PublicationIssue"
    if body_links >= 8 and (link_share >= 0.5 or (paginated and link_share >= 0.3)):
        return "listing", f"its main text is mostly links ({body_links} links, {link_share:.0%} of the words)"
    if own_words < _FEW_WORDS and hint != "article" and own_words >= 12 and (heading or title or "").strip().endswith("?") \
            and body_links <= 2:
        return "article", f"a question and its short answer (an FAQ's: {own_words} words)"
    if own_words < _FEW_WORDS and hint != "article":
        return "listing", f"it has almost no text of its own ({own_words} words)"
    if hint == "article":
        return "article", "schema.org/OpenGraph type article"
    return "article", "a page with a text of its own"


# the view a CMS renders, named in the body's class: Joomla's category blog or list, its tag view
_CMS_VIEWS = {frozenset({"com_content", "view-category"}): "category", frozenset({"com_tags", "view-tag"}): "tag"}
_VIEW_TOKENS = frozenset().union(*_CMS_VIEWS)

_HINT_REASONS = {
    "post": "a post by its metadata (schema.org SocialMediaPosting, a note: an h-entry with no name of its own; "
            "a video's or a podcast episode's page)",
    "journal-article": "scholarly metadata (citation_* tags)",
    "document": "a repository's record of a deposited work that is no article (a dataset, a report, slides: "
                "its citation_* tags with a schema.org type Dataset, Report, PresentationDigitalDocument)",
    "about": "schema.org type AboutPage", "contact": "schema.org type ContactPage",
    "profile": "schema.org/OpenGraph type profile", "search": "schema.org type SearchResultsPage",
}


# a query key that names one document: ?p=123, ?id=..., ?page_id=7, ?postid=, ?story_id=, ?articleId= ...; not the
# click and session identifiers that trackers add to any URL, the home page's too (refs.values.urls's, and these)
_DOC_KEY = re.compile(r"^(?:p|id|[a-z]+[_-]id|(?:page|post|article|story|item|doc|document|node|entry|news|topic|"
                      r"thread|content|message|issue)id)$")
_NOT_DOC_KEYS = frozenset({"twclid", "ttclid", "sid", "sessid", "clickid", "click_id", "campaignid", "campaign_id",
                           "adid", "ad_id", "affid", "aff_id", "refid", "ref_id", "userid", "user_id", "uid",
                           "lang_id", "langid"})


def names_document(query: dict) -> bool:
    """Does the query name one document (a key such as ``p``, ``id``,
    ``page_id``, with a value)? Trackers' and sessions' ids do not."""
    return any(_DOC_KEY.match(k.lower()) and k.lower() not in _NOT_DOC_KEYS and not is_tracking_key(k.lower())
               and any(v.strip() for v in vals) for k, vals in query.items())


# a forum's pages by the software's script and query (phpBB, vBulletin, Simple Machines, FluxBB's and PunBB's
# profile.php and userlist.php): its boards are
# categories, its members' pages profiles, its search a search
_FORUM_SCRIPTS = {"viewforum.php": "category", "forumdisplay.php": "category", "search.php": "search",
                  "memberlist.php": "listing", "member.php": "profile", "profile.php": "profile",
                  "userlist.php": "listing"}
_FORUM_QUERIES = (("mode", "viewprofile", "profile"), ("mode", "contactadmin", "contact"), ("mode", "team", "listing"),
                  ("action", "profile", "profile"), ("action", "search", "search"), ("board", None, "category"))
# a wiki's namespaces (MediaWiki's /wiki/User:NAME, /wiki/Special:Search, /wiki/Category:NAME)
_WIKI_NAMESPACES = {"user": "profile", "category": "category", "special:search": "search",
                    "special:recentchanges": "listing", "special:allpages": "listing"}


# Discuz!'s pages by their rewritten names and by their script's ?mod=: a board (/forum-FID-PAGE.html,
# forum.php?mod=forumdisplay, a group of boards forum.php?gid=), a member's space, a tag, its search
_DISCUZ_PAGES = re.compile(r"^forum-\d+-\d+\.html$")
_DISCUZ_MODS = {("forum.php", "forumdisplay"): "category", ("home.php", "space"): "profile",
                ("misc.php", "tag"): "tag", ("search.php", "forum"): "search", ("forum.php", "guide"): "listing"}


def _forum_or_wiki(segs: list[str], query: dict) -> tuple[str, str] | None:
    """The kind a forum's script and query or a wiki's namespace give, or None."""
    script = segs[-1] if segs else ""
    if _DISCUZ_PAGES.match(script):
        return "category", f"the URL is a forum's board (Discuz!'s {script})"
    mod = (query.get("mod") or [""])[0].lower()
    if (script, mod) in _DISCUZ_MODS:
        return _DISCUZ_MODS[script, mod], f"the URL is a forum's page ({script}?mod={mod})"
    if script == "forum.php" and "gid" in query:
        return "category", "the URL is a forum's group of boards (forum.php?gid=)"
    if script in _FORUM_SCRIPTS or (script == "index.php" and query.keys() & {"board", "action"}):
        for key, value, kind in _FORUM_QUERIES:
            if any(value is None or v.lower() == value for v in query.get(key, ())):
                return kind, f"the URL is a forum's page ({script}?{key}=)"
        if script in _FORUM_SCRIPTS:
            return _FORUM_SCRIPTS[script], f"the URL is a forum's page ({script})"
    title = ((query.get("title") or [""])[0].lower() if script == "index.php"
             else (query.get("id") or [""])[0].lower() if script == "doku.php" else segs[-1] if segs else "")
    namespace, _, rest = title.partition(":")
    # MediaWiki's /wiki/NS:PAGE and index.php?title=; DokuWiki's doku.php?id=NS:PAGE and its rewritten /NS:PAGE
    if rest and ("wiki" in segs[:-1] or script in ("index.php", "doku.php") or len(segs) == 1):
        if namespace in _WIKI_NAMESPACES:
            return _WIKI_NAMESPACES[namespace], f"the URL is a wiki's page in the {namespace.title()} namespace"
        if f"{namespace}:{rest}" in _WIKI_NAMESPACES:
            return _WIKI_NAMESPACES[f"{namespace}:{rest}"], f"the URL is a wiki's special page ({title})"
        if rest in _ABOUT:
            return "about", f"the URL is the wiki's page about itself ({title})"
    return None


def _by_url(path: str, segs: list[str], query: dict, hint: str | None, prose: bool = False) -> tuple[str, str] | None:
    """The kind the URL's shape gives, or None."""
    found = _forum_or_wiki(segs, query)
    if found:
        return found
    if len(segs) >= 2 and segs[-1] in _INDEX_FILES:
        # /posts/NAME/index.html is the page /posts/NAME/: judged as that folder (the site's root's index stays
        # a home page below)
        segs = segs[:-1]
        path = "/" + "/".join(segs) + "/"
    terms = {k for k in query if k in _SEARCH_KEYS or _SEARCH_KEY.search(k)}
    if not terms and segs and segs[0] == "search" and query.keys() & _PAGING:
        return "listing", "the URL is a page of a paginated listing (/search?updated-max=, Blogger's older posts)"
    if terms or (segs and segs[0] == "search" and "label" not in segs):
        return "search", "the URL is a search (?s=, ?q=, /search)"
    if len(segs) == 1 and not query and re.fullmatch(r"@[\w.-]+(?:@[\w.-]+)?", segs[0]) \
            and hint not in ("article", "post"):
        return "profile", f"the URL is a member's page (/{segs[0][:40]}: Mastodon, Misskey, Sharkey, Medium)"
    if "taxonomy" in segs and "term" in segs:
        return "category", "the URL is a taxonomy term's archive (/taxonomy/term/)"
    if len(segs) in (2, 3) and segs[0] == "board" and segs[1].isdigit() and hint != "article":
        return "category", "the URL is a forum's board (ProBoards' /board/ID/NAME)"
    if len(segs) >= 3 and segs[0] == "t5" and segs[-2] in ("bd-p", "ct-p", "bg-p", "idb-p", "tkb-p", "qa-p"):
        return "category", "the URL is a community's board (Khoros' /t5/NAME/bd-p/ID)"
    if len(segs) >= 3 and segs[0] == "t5" and "viewprofilepage" in segs:
        return "profile", "the URL is a community member's page (Khoros' /t5/user/viewprofilepage/)"
    if len(segs) == 1 and _NABBLE_BOARD.match(segs[0]) and hint != "article":
        return "category", "the URL is a mailing list's or forum's board on Nabble (/NAME-fID.html)"
    if segs[-1:] == ["namlservlet.jtp"] and "user_nodes" in query.get("macro", ()):
        return "profile", "the URL is a member's posts on Nabble (NamlServlet.jtp?macro=user_nodes)"
    if len(segs) == 3 and segs[:2] == ["~", "channel"]:
        return "category", "the URL is a channel of a social network (Warpcast's /~/channel/NAME)"
    if 1 <= len(segs) <= 2 and segs[-1].startswith("~") and len(segs[-1]) > 1 and hint != "article":
        return "profile", f"the URL is a person's page or space (/{segs[-1][:40]}: Confluence's, a university's)"
    if segs == ["user"] and "id" in query and hint != "article":
        return "profile", "the URL is a member's page (Hacker News's /user?id=NAME)"
    if segs and segs[0] == "c" and (len(segs) == 2 or (len(segs) == 3 and segs[2].isdigit())) and hint != "article":
        return "category", "the URL is a forum's community or category (Lemmy's /c/NAME, Discourse's /c/SLUG/ID)"
    if segs and _COLON_TAG.match(segs[-1]):
        return "tag", f"the URL is a tag archive (/{segs[-1][:40]})"
    colon = _COLON_PARAM.match(segs[-1]) if segs else None
    if colon and hint != "article":
        # a CMS's or bookmarking site's parameters in the path: Kirby's /news/category:staff and /news/page:2,
        # Pinboard's /u:NAME/t:TAG (a tag only under its user's /u:NAME)
        kind = _COLON_KINDS[colon[1]]
        if kind != "tag" or (len(segs) > 1 and segs[-2].startswith("u:")):
            return kind, f"the URL names a {'page of a listing' if kind == 'listing' else kind} (/{segs[-1][:40]})"
    for n, seg in enumerate(segs[:-1] if len(segs) > 1 else []):
        if seg in _TAG or _NAMED_TAGS.search(seg):
            return "tag", f"the URL is a tag archive (/{seg}/)"
        if (seg in _CATEGORY or _NAMED_CATEGORIES.search(seg)) and n <= 1 \
                and not _ITEM_IN_TOPIC.search("/".join(segs[n + 2:])):
            # (not a post filed under it: Scoop.it's /topic/NAME/p/ID/2024/01/12/SLUG)
            return "category", f"the URL is a category archive (/{seg}/)"
        if seg in _PROFILE and n <= 1 and len(segs) - n <= 3 and not _YEAR_SEG.search("/".join(segs[n:])):
            return "profile", f"the URL is an author's or member's page (/{seg}/)"
    key = next((k for k in query if k in _QUERY_KINDS), None)     # the first the URL names
    if key is not None:
        kind = _QUERY_KINDS[key]
        return kind, f"the URL's query names {'a person' if kind == 'profile' else 'a ' + kind} (?{key}=)"
    if PAGED_PATH.search(path) or any(k in query for k in _PAGE_KEYS):
        return "listing", "the URL is a page of a paginated listing (/page/N, ?page=N, ?after=)"
    toc = next((s for s in segs if s in _ISSUE), None) or (segs[0] if segs and segs[0] in _TOC and len(segs) <= 3
                                                           and not _NUMERIC_POST.match(path) else None)
    if toc and hint != "article":
        return "listing", f"the URL is a table of contents or an archive (/{toc}/)"
    if (_ARCHIVE_PATH.match(path if path.endswith("/") else path + "/") or _NAMED_ARCHIVE.match(path)) \
            and hint != "article":
        return "listing", "the URL is a date archive (/YYYY/ or /YYYY/MM/)"
    if hint != "article":
        series = next((s for s in segs[:2] if s in _SERIES), None) if len(segs) >= 2 else None
        if series:
            return "listing", f"the URL is a series (/{series}/)"
        if segs and segs[-1] in _SCHEDULE and len(segs) <= 3:
            # (a page of prose there is no schedule: what else the URL says is not asked either)
            return None if prose else ("listing", f"the URL is a schedule (/{segs[-1]}/)")
        if len(segs) >= 2 and segs[0] == "view" and (segs[1] in _EPRINTS_VIEWS or segs[-1].endswith(".html")):
            return "listing", "the URL is a repository's browse view (/view/)"
    if segs == ["blog"]:
        # a blog under a site whose home is elsewhere: the blog's index lists its posts
        return "listing", "the URL is a blog's index (/blog), under the site's root"
    if len(segs) == 2 and segs[0] in _JOURNAL and hint not in ("article", "journal-article"):
        return "home", f"the URL is a journal's home page (/{segs[0]}/NAME)"
    if names_document(query):
        # the root (or an index) with a query that names one document is that document, not the home page:
        # WordPress's plain permalinks (/?p=123), Mailchimp's campaigns (/?u=...&id=...), a CMS's ?page_id=
        pass
    elif len(segs) <= 1 and (not segs or segs[0] in _HOME or _language_root(segs[0])):
        return "home", "the URL is the site's root"
    elif segs and len(segs) <= 3 and segs[-1] in _INDEX:
        return "home", f"the URL is a site's or section's index (/{segs[-1]})"
    last = re.sub(r"\.(?:html?|php|aspx?)$", "", segs[-1]) if segs else ""
    if last in _ABOUT:
        return "about", f"the URL is an about page (/{last})"
    if last in _SITE_INFO:
        return "about", f"the URL is a page about the site (/{last})"
    if last in _CONTACT:
        return "contact", f"the URL is a contact page (/{last})"
    return None
