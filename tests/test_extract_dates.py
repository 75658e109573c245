"""A page's date among the many it writes (scan.extract.dates and the date
choice of scan.extract.metadata), on pages we wrote after real templates:
each test names the template and the rule it pins."""

from __future__ import annotations

import json

import pytest

from scan.extract import analyse
from scan.extract.dates import find_dates

TEXT = "<p>" + "Mentoring matters to new librarians, and a mentor helps. " * 12 + "</p>"


def page(head: str = "", body: str = "", *, lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
            f"<body>{body}</body></html>")


def ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def date_of(html: str, url: str = "https://news.example.com/politik/der-neue-trend") -> str | None:
    return analyse(html, url).page.date


# ---------------------------------------------------------------- two-digit years in bylines

def test_two_digit_year_in_a_wordpress_byline_line():
    # a German WordPress theme: "von <author link>, 8.5.12" under the title, no dated metadata
    body = ('<header class="site"><div class="logo">Carta</div></header><main><div class="posttitle">'
            '<h1>Der neue Trend muss statt Wunschkoalition</h1></div>'
            '<p class="morespace"> von <a href="/author/kps/" class="author url fn" rel="author">'
            'Klaus Peter</a>, 8.5.12 </p><div class="the-content">' + TEXT + "</div></main>")
    assert date_of(page("", body, lang="de-DE")) == "2012-05-08"


def test_two_digit_year_us_forum_post_is_month_first():
    body = ('<div class="post"><h1>Mentor wanted</h1><div class="postdetails">Posted by '
            '<span class="author">jdoe</span> on 5/8/12, 10:14 PM</div>' + TEXT + "</div>")
    assert date_of(page("", body, lang="en-US"), "https://forum.example.com/t/mentor-wanted") == "2012-05-08"


def test_two_digit_years_only_where_a_page_shows_its_date():
    assert find_dates("Version 1.2.12 fixes the 3.4.21 bug") == []
    assert find_dates("von Jane Roe, 8.5.12", short_years=True) == ["2012-05-08"]
    assert find_dates("am 31.12.99 um 23:59", short_years=True) == ["1999-12-31"]
    assert find_dates("8.5.2012 and 08.05.12", short_years=True) == ["2012-05-08", "2012-05-08"]
    # not the tail of a full date, nor a time or a price
    assert find_dates("12.05.2012", short_years=True) == ["2012-05-12"]
    assert find_dates("Preis 12.50.99 EUR, 10:30:15", short_years=True) == []


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("text", [
    "Beteiligung vom 9.1. - 10.2.2023 möglich",
    "Ausstellung 4.-6. März 2019",
    "The festival runs 4-6 March 2019",
    "Anmeldung bis 10.2.2023",
    "open until March 10, 2023",
])
def test_the_end_of_a_range_is_not_a_page_date(text):
    assert find_dates(text) == []


def test_a_date_after_a_dash_that_ends_no_range_is_read():
    assert find_dates("Politik - 10.2.2023") == ["2023-02-10"]
    assert find_dates("Posted: 2023-02-10 - updated") == ["2023-02-10"]


# ---------------------------------------------------------------- the headline and its date

def test_press_release_date_above_the_headline():
    # a corporate newsroom (AEM-like): "Back to newsroom", the date, then the headline; the lede
    # names an offer's period
    body = ('<nav class="menu"><a href="/">Start</a><a href="/presse">Presse</a></nav>'
            '<div class="press-detail"><a class="back" href="/presse">Zurück zum Newsroom</a>'
            '<span class="stage">06.12.2022</span><h1>Bürgerbeteiligung für den Windpark startet</h1>'
            '<p class="lead">Bürgerinnen und Bürger können sich vom 9.1. -10.2.2023 beteiligen.</p>'
            + TEXT + "</div>")
    assert date_of(page("", body, lang="de")) == "2022-12-06"


def test_logo_h1_in_the_masthead_is_not_the_headline():
    # a Bootstrap news theme: the logo is an h1 linking home, next to it today's date and the
    # exchange rates; the story's h1 and its date sit in the main column
    menu = "".join(f'<li><a href="/category/{w}">{w.title()}</a></li>' for w in
                   ("politics", "economy", "society", "culture", "sports", "world", "exclusives", "analytics",
                    "interviews", "opinion", "photos", "videos", "weather", "business", "science"))
    body = ('<div class="header--mainbar"><div class="header--logo"><h1 class="h1">'
            '<a href="https://news.example.com"><img alt="News Logo" src="/logo.png">'
            '<span class="hidden">News</span></a></h1></div>'
            '<div class="header--info"><span>Tuesday, (08 Dec 2020)</span> USD 1.7 EUR 2.0594</div>'
            f'<ul class="header--menu">{menu}</ul></div>'
            '<div class="main--content"><div class="post--info"><div class="title">'
            '<h1 class="h4">Envoy says the offensive restores integrity</h1></div>'
            '<ul class="nav meta"><li><a href="/time/2020-10-13">13 Oct 2020 18:29</a></li></ul></div>'
            '<div class="post--content">' + TEXT + "</div></div>")
    assert date_of(page("", body)) == "2020-10-13"


# ---------------------------------------------------------------- UTC moments and the local day

def test_utc_stamp_read_in_the_sites_own_zone():
    # a TV station's React template: OpenGraph in UTC, the site's own times (with -0400) in its
    # script data, no date shown as text
    head = ('<meta property="article:published_time" content="2020-05-02T02:54:29.000Z">'
            '<meta property="article:modified_time" content="2020-05-02T02:54:30.000Z">'
            '<script>window.__STATE__ = {"feed": [{"date": "Fri, 01 May 2020 23:00:00 -0400"},'
            ' {"date": "Sat, 02 May 2020 06:00:00 -0400"}]}</script>')
    body = "<article><h1>Penn Station to close overnight for cleaning</h1>" + TEXT + "</article>"
    assert date_of(page(head, body), "https://tv.example.com/traffic/penn-station/6144149/") == "2020-05-01"


def test_utc_stamp_near_midnight_takes_the_neighbouring_day_the_page_shows():
    # a US newspaper (WordPress VIP): JSON-LD in UTC an hour after midnight, the byline shows the
    # evening before
    head = ld({"@type": "NewsArticle", "headline": "Playoffs, second weekend",
               "datePublished": "2023-11-09T01:09:55Z", "dateModified": "2023-11-09T01:09:55Z"})
    body = ('<article><h1>Playoffs, second weekend</h1><div class="byline">By Jane Roe | '
            '<span class="time">November 8, 2023 at 6:09 p.m.</span></div>' + TEXT + "</article>")
    assert date_of(page(head, body, lang="en-US"), "https://post.example.com/sports/playoffs/") == "2023-11-08"


def test_utc_day_stays_where_the_page_shows_it():
    # a WordPress blog left at UTC: its metadata and its visible date agree at 23:30
    head = '<meta property="article:published_time" content="2023-11-07T23:30:00+00:00">'
    body = ('<article><h1>Late post</h1><time class="entry-date published" datetime="2023-11-07T23:30:00+00:00">'
            'November 7, 2023</time>' + TEXT + "</article>")
    assert date_of(page(head, body), "https://blog.example.org/late-post/") == "2023-11-07"
    # and the same moment with nothing else to go on stays the UTC day
    head = '<meta property="article:published_time" content="2023-11-07T23:30:00Z">'
    assert date_of(page(head, "<article><h1>Late post</h1>" + TEXT + "</article>"),
                   "https://blog.example.org/late-post/") == "2023-11-07"


def test_a_local_stamp_of_the_same_day_is_believed():
    head = (ld({"@type": "Article", "headline": "T", "datePublished": "2021-03-04T22:10:00+01:00"})
            + '<meta property="article:published_time" content="2021-03-04T21:10:00Z">'
            + '<script>var t = "09:00:00+0900";</script>')
    body = "<article><h1>T</h1>" + TEXT + "</article>"
    assert date_of(page(head, body, lang="de"), "https://zeitung.example.de/artikel/t") == "2021-03-04"


# ---------------------------------------------------------------- the date shown with the headline

def test_date_under_the_headline_beats_a_records_creation_date():
    # a TYPO3 news detail page: DC.date is when the record was created, the list date under the
    # headline is when the news went out
    head = ('<meta name="date" content="2021-12-20T11:02:44+01:00">'
            '<meta name="DCTERMS.date" content="2021-12-20T11:02:44+01:00">')
    body = ('<div class="news news-single"><div class="header"><h3>Details</h3>'
            '<h1 itemprop="headline">#RieslingBirthday Posts gewinnen</h1></div>'
            '<div class="footer"><span class="news-list-date">27.01.2022</span></div>'
            '<div class="news-text-wrap">' + TEXT + "</div></div>")
    assert date_of(page(head, body, lang="de")) == "2022-01-27"


def test_date_under_the_headline_beats_a_build_stamp():
    # a static front end that writes the build time as both published and modified time
    head = ('<meta property="article:published_time" content="2022-11-17T10:33:13.258Z">'
            '<meta property="article:modified_time" content="2022-11-17T10:32:18.099Z">')
    body = ('<div class="page-hero"><nav class="breadcrumb"><a href="/">Home</a> <a href="/wp">Wärmepumpe</a></nav>'
            '<h1>Eignet sich eine Wärmepumpe im Altbau?</h1><span class="author">von Alex Rosen</span>'
            '<time datetime="2022-03-09" class="hero-meta-label">09.03.2022</time></div>'
            "<article>" + TEXT + "</article>")
    assert date_of(page(head, body, lang="de-DE")) == "2022-03-09"


def test_an_update_shown_under_the_headline_is_not_the_published_date():
    # Vox (Chorus): "Updated Jul 24, 2018, 2:15pm EDT" under the headline; metadata knows both days
    head = ('<meta property="article:published_time" content="2017-12-15T09:00:00-05:00">'
            '<meta property="article:modified_time" content="2018-07-24T14:15:00-04:00">')
    body = ('<article><h1>The 21 best movies of 2017</h1><div class="c-byline">By <span class="author">Ann Lee'
            '</span> Updated <time>Jul 24, 2018, 2:15pm EDT</time></div>' + TEXT + "</article>")
    assert date_of(page(head, body), "https://www.example.com/culture/best-movies") == "2017-12-15"
    # a blog that shows both, the update first, and says only the original in metadata
    head = ld({"@type": "BlogPosting", "headline": "Faster builds", "datePublished": "2019-06-17T00:00:00+00:00"})
    body = ('<article><h1>Faster builds</h1><p class="meta">by Ita Roe<br>Last updated 04 Jun 2020, '
            'originally created 17 Jun 2019</p>' + TEXT + "</article>")
    assert date_of(page(head, body, lang="en-us"), "https://speed.example.com/articles/faster/") == "2019-06-17"


def test_date_under_the_headline_beats_agreeing_metadata():
    # metadata sources that agree are one system's word; the page's own date line decides
    head = (ld({"@type": "NewsArticle", "headline": "T", "datePublished": "2022-05-04"})
            + '<meta property="article:published_time" content="2022-05-04">')
    body = '<article><h1>T</h1><time class="date">3 May 2022</time>' + TEXT + "</article>"
    assert date_of(page(head, body)) == "2022-05-03"


# ---------------------------------------------------------------- numeric dates with two readings

def test_ambiguous_metadata_date_takes_the_reading_the_page_shows():
    # a Latin American newspaper: its own day-first format in metadata and in the story's header
    head = ('<meta property="article:published_time" content="10/05/2022 05:22 pm">'
            '<meta property="article:modified_time" content="2022/05/10 17:36:11">')
    body = ('<div class="story"><h1>Senador califica a Biden</h1><p class="caption">Presidente / AFP</p>'
            '<div class="fecha"><span class="date">10/05/2022 05:22 pm</span></div>' + TEXT + "</div>")
    assert date_of(page(head, body, lang="es"), "https://www.diario.example/internacional/125703/senador") \
        == "2022-05-10"


def test_ambiguous_metadata_date_of_a_us_made_system_stays_month_first():
    # an ASP.NET site in Switzerland: the server writes the meta date month first, the page day first
    head = '<meta name="date" content="11/01/2023 12:43:42">'
    body = ('<div class="artikel"><h1>Trinkwasser belastet</h1><p>Am Samstag warnte die Gemeinde.</p>'
            + TEXT + '<div class="datum">01.11.2023</div></div>')
    assert date_of(page(head, body, lang="de"), "http://zeitung.example.ch/Boltigen/Trinkwasser-43157.html") \
        == "2023-11-01"


# ---------------------------------------------------------------- labels, locales and scripts

def test_update_shown_first_in_a_date_line_is_passed_over():
    # a French daily: "Mis à jour le ... Publié le ..." in one date element, no metadata
    body = ('<article><h1 class="article__title">Comment trouver un mentor</h1><span class="meta__date">'
            'Mis à jour le 26 février 2013 à 08h00. Publié le 25 février 2013 à 10h31</span>'
            + TEXT + "</article>")
    assert date_of(page("", body, lang="fr"), "https://journal.example.fr/societe/mentor_124.html") == "2013-02-25"
    # an update alone is still the best date the page gives
    body = ('<article><h1>Comment trouver un mentor</h1><span class="meta__date">Mis à jour le 26 février 2013'
            '</span>' + TEXT + "</article>")
    assert date_of(page("", body, lang="fr"), "https://journal.example.fr/societe/mentor_125.html") == "2013-02-26"


def test_korean_news_dotted_dates():
    # a Korean portal's article header: 입력 (entered) and 수정 (revised)
    body = ('<div class="article_head"><h1>멘토 찾는 법</h1><div class="info"><span>입력 2013. 2. 25. 10:31</span>'
            '<span>수정 2013. 2. 26. 08:00</span></div></div><div id="articleBody">' + TEXT + "</div>")
    assert date_of(page("", body, lang="ko"), "https://news.example.co.kr/article/123") == "2013-02-25"


@pytest.mark.parametrize("shown", ["２０１３年２月２５日 １０時３１分", "٢٥/٠٢/٢٠١٣", "২৫.০২.২০১৩"])
def test_dates_in_full_width_and_other_digits(shown):
    body = f'<article><h1>Mentor</h1><p class="date">{shown}</p>' + TEXT + "</article>"
    assert date_of(page("", body, lang="ja"), "https://news.example.jp/article/123") == "2013-02-25"


# ---------------------------------------------------------------- the month in a permalink

def test_permalink_month_rules_out_a_migration_date():
    # a WordPress blog moved to a new host: the importer stamped every post's metadata with the
    # day of the move; the /%year%/%monthnum%/ permalink and the theme's date badge keep the original
    head = ('<meta property="article:published_time" content="2019-06-03T12:00:00+00:00">'
            + ld({"@type": "BlogPosting", "headline": "How to find a mentor", "datePublished": "2019-06-03T12:00:00+00:00"}))
    body = ('<article class="post hentry"><div class="post-date-badge"><span class="day">25</span> '
            '<span class="month">Feb</span> <span class="year">2013</span></div>'
            '<h2 class="entry-title">How to find a mentor</h2><div class="entry-content">' + TEXT + "</div></article>")
    assert date_of(page(head, body), "https://blog.example.org/2013/02/how-to-find-a-mentor/") == "2013-02-25"


def test_permalink_month_alone_gives_the_month():
    body = "<article><h1>How to find a mentor</h1>" + TEXT + "</article>"
    assert date_of(page("", body), "https://blog.example.org/2013/02/how-to-find-a-mentor/") == "2013-02"


@pytest.mark.parametrize("url, day", [
    # a national daily's permalinks name the month: /<section>/<yyyy>/<mon>/<dd>/<slug>
    ("https://www.daily.example.co.uk/education/2013/feb/25/mentoring-new-teachers", "2013-02-25"),
    ("https://www.daily.example.co.uk/education/2013/sept/5/mentoring-new-teachers", "2013-09-05"),
    # a US news site of the early web: /<mm>/<dd>/<yyyy>/ and /<Mon>/<dd>/<yyyy>/
    ("https://news.example.com/02/25/2013/politics/mentoring-bill/index.html", "2013-02-25"),
    ("https://news.example.com/Feb/25/2013/mentoring-bill.html", "2013-02-25"),
    # day and month both 12 or less: no order to go by
    ("https://news.example.com/02/05/2013/politics/mentoring-bill/", None),
    # words that are no month, numbers that are no day
    ("https://blog.example.org/2013/page/25/", None),
    ("https://blog.example.org/2013/feb/32/mentoring", None),
])
def test_permalinks_that_write_the_day_in_other_orders(url, day):
    from scan.extract.dates import date_from_url

    assert date_from_url(url) == day
    body = "<article><h1>Mentoring bill passes</h1>" + TEXT + "</article>"
    if day:
        assert date_of(page("", body), url) == day


def test_unix_times_and_run_on_stamps():
    # a headless CMS writes datePublished as seconds since 1970; a Korean portal's meta a run-on stamp
    head = ld({"@type": "NewsArticle", "headline": "Mentoring bill passes", "datePublished": 1361788260})
    body = "<article><h1>Mentoring bill passes</h1>" + TEXT + "</article>"
    assert date_of(page(head, body)) == "2013-02-25"
    head = ld({"@type": "NewsArticle", "headline": "Mentoring bill passes", "datePublished": "1361788260000"})
    assert date_of(page(head, body)) == "2013-02-25"
    head = '<meta property="og:regDate" content="20130225103100">'
    assert date_of(page(head, body, lang="ko")) == "2013-02-25"
    # a run-on day and hour is no Unix time (it would be 2033)
    from scan.extract.dates import page_date

    assert page_date("2013022510") is None


def test_an_element_that_gives_its_moment_as_a_unix_time():
    # a social network's post page: the time stamp is an <abbr data-utime> whose text is relative
    body = ('<div class="userContentWrapper"><h5>Mentoring Network</h5><div><a href="/p/1">'
            '<abbr data-utime="1361788260" class="livetimestamp">Yesterday at 10:31</abbr></a></div>'
            '<div class="userContent">' + TEXT + "</div></div>")
    assert date_of(page("", body), "https://social.example.com/mentoring/posts/1") == "2013-02-25"
    # a theme's <time data-unix> with no datetime, next to a date-marked one that says nothing
    body = ('<article><h1>Mentoring bill passes</h1><p class="byline">By Jane Roe <time class="buzz-timestamp" '
            'data-unix="1361788260">a while ago</time></p>' + TEXT + "</article>")
    assert date_of(page("", body)) == "2013-02-25"
    # not a number: nothing
    body = '<div><abbr data-utime="136178-8260">a while ago</abbr>' + TEXT + "</div>"
    assert date_of(page("", body), "https://social.example.com/mentoring/posts/1") is None


@pytest.mark.parametrize("text", ["Updated: 25-Feb-2013 10:31 IST", "25/Feb/2013", "2013-Feb-25",
                                  "Objavljeno: 25. 2. 2013. u 10:31", "Publikováno 25. 2. 2013",
                                  # Hungarian writes the year first; Croatian, Slovene, Serbian month names
                                  "Közzétéve: 2013. február 25. 10:31", "Objavljeno 25. veljače 2013.",
                                  "Objavljeno: 25. veljače 2013. u 10:31"])
def test_more_ways_pages_write_a_day(text):
    assert find_dates(text) == ["2013-02-25"]


def test_an_events_day_under_the_title_is_not_the_published_date():
    # an association's event announcement (TYPO3): the event's day under the title, the page's in metadata
    head = '<meta property="article:published_time" content="2022-01-20T09:00:00+01:00">'
    body = ('<div class="news-single"><h1>Mentoring-Abend für Berufseinsteiger</h1>'
            '<p class="event-meta">Termin: 13.03.2022, 18:00 Uhr, Stadtbibliothek</p>' + TEXT + "</div>")
    assert date_of(page(head, body, lang="de")) == "2022-01-20"


def test_labelled_dates_prefer_the_publication_to_the_update():
    from scan.extract.metadata import labelled_date

    assert labelled_date("Aktualisiert: 26.02.2013\nErstellt am 25.02.2013") == "2013-02-25"
    assert labelled_date("Stand: 26.02.2013") == "2013-02-26"
    # a municipal site's page footer, the only dates of the page
    body = ("<h1>Mentoring im Rathaus</h1>" + TEXT * 2 + '<div class="pagefooter">Seite aktualisiert: 26.02.2013'
            " | Erstellt am 25.02.2013</div>")
    assert date_of(page("", body, lang="de"), "https://www.stadt.example.de/rathaus/mentoring") == "2013-02-25"


@pytest.mark.parametrize("line, day", [
    # a label vouches for a two-digit year
    ("Veröffentlicht am 25.2.13 von Jane Roe", "2013-02-25"),
    ("Stand: 25.2.13", "2013-02-25"),
    ("Last updated: 2/25/13", "2013-02-25"),
    # labels in more languages, before and (Turkish) after the date
    ("Publicerad 25.2.2013", "2013-02-25"),
    ("Opublikowano: 25.02.2013", "2013-02-25"),
    ("Julkaistu 25.2.2013", "2013-02-25"),
    ("Yayın tarihi: 25.02.2013", "2013-02-25"),
    ("25.02.2013 tarihinde yayımlandı.", "2013-02-25"),
    ("25.02.13'te güncellendi.", "2013-02-25"),
])
def test_labelled_dates_in_the_page_text(line, day):
    # a small association's site: no metadata, no date-marked element, the date in a footer line
    body = "<h1>Mentoring im Verein</h1>" + TEXT + f"<p>{line}</p>"
    assert date_of(page("", body, lang="de"), "https://verein.example.de/mentoring") == day


def test_a_labelled_update_gives_way_to_a_labelled_publication_in_another_language():
    from scan.extract.metadata import labelled_date

    assert labelled_date("Uppdaterad 26.2.2013\nPublicerad 25.2.2013") == "2013-02-25"
    assert labelled_date("26.02.2013 tarihinde güncellendi. 25.02.2013 tarihinde yayınlandı.") == "2013-02-25"
    # a bare two-digit year after no label stays unread
    assert labelled_date("Version 2.5.13 ist da") is None


def test_a_time_marked_as_the_update_gives_way_to_the_published_one():
    # a WordPress theme that prints the "updated" <time> before the published one, no metadata
    body = ('<article class="post"><h1 class="entry-title">Mentoring bill passes</h1><div class="entry-meta">'
            '<span class="posted-on">Last changed <time class="updated" datetime="2013-03-04T09:00:00+00:00">'
            'March 4, 2013</time> <time class="entry-date published" datetime="2013-02-25T10:31:00+00:00">'
            'February 25, 2013</time></span></div><div class="entry-content">' + TEXT + "</div></article>")
    assert date_of(page("", body)) == "2013-02-25"
    # the same with date-marked spans instead of <time>
    body = ('<article class="post"><h1>Mentoring bill passes</h1><span class="date-modified">March 4, 2013</span>'
            '<span class="date-published">February 25, 2013</span>' + TEXT + "</article>")
    assert date_of(page("", body)) == "2013-02-25"
    # the only date of a page, even marked "updated", is its date (hAtom themes mark a post's one date so)
    body = ('<article class="post"><h1>Mentoring bill passes</h1><p class="byline">Published <time class="updated" '
            'datetime="2013-02-25T10:31:00+00:00"></time></p>' + TEXT + "</article>")
    assert date_of(page("", body)) == "2013-02-25"


def test_the_last_resort_passes_over_the_day_metadata_calls_the_last_change():
    # a gallery page: the only dates in its source are its og:updated_time and a data attribute
    # the gallery script reads; the most frequent day, ties to the first written, was the update
    head = '<meta property="og:updated_time" content="2013-03-04T09:00:00+00:00">'
    body = ('<div class="gallery" data-upload="2013-02-25 10:31">' + TEXT + "</div>")
    assert date_of(page(head, body), "https://photos.example.com/mentoring-day") == "2013-02-25"
    # where the update is the only day there is, it is still the page's date
    body = '<div class="gallery">' + TEXT + "</div>"
    assert date_of(page(head, body), "https://photos.example.com/mentoring-day") == "2013-03-04"


@pytest.mark.parametrize("meta", ['<meta name="dc:date" content="2013-02-25">',
                                  '<meta name="publish_time" content="2013-02-25 10:31">',
                                  '<meta property="og:publish_date" content="2013-02-25T10:31:00+01:00">',
                                  '<meta name="datecreated" content="25.02.2013">',
                                  '<meta name="ptime" content="2013-02-25 10:31:00">'])
def test_a_meta_tag_named_as_the_publication_beats_a_day_written_in_the_text(meta):
    # a news portal's own meta names (no OpenGraph article tags, no JSON-LD); the story names a
    # coming day in its text
    body = ("<article><h1>Mentoring scheme for new teachers</h1><p>" + "Mentors meet new teachers weekly. " * 8
            + "The scheme starts on 3 March 2013 in every district.</p></article>")
    assert date_of(page(meta, body)) == "2013-02-25"
    # ... but not a day the page shows as its own, under the headline
    body = ('<article><h1>Mentoring scheme for new teachers</h1><p class="dateline">3 March 2013</p><p>'
            + "Mentors meet new teachers weekly. " * 8 + "</p></article>")
    assert date_of(page(meta, body)) == "2013-03-03"


@pytest.mark.parametrize("meta", ['<meta name="DC.date.reviewed" content="2014-02-25">',
                                  '<meta name="next-review-date" content="2014-02-25">',
                                  '<meta name="dateAccepted" content="2014-02-25">',
                                  '<meta name="page-generated-date" content="2014-02-25">'])
def test_a_meta_date_named_as_a_review_or_a_build_is_not_the_publication(meta):
    # a health service's page: the review dates in its meta tags; the day it went out in its text
    body = ("<article><h1>Mentoring for new nurses</h1><p>" + "Mentors meet new nurses weekly. " * 8
            + "Published on 3 March 2013.</p></article>")
    assert date_of(page(meta, body), "https://health.example.org/mentoring") == "2013-03-03"


@pytest.mark.parametrize("line, lang", [
    # Drupal's node template: "Submitted by <user> on <date>"
    ('<div class="submitted">Submitted by <a href="/user/3">jroe</a> on Mon, 02/25/2013 - 10:31</div>', "en"),
    # the classic WordPress theme's date line: <small>
    ("<small>February 25th, 2013 <!-- by Jane --></small>", "en"),
    # Spanish and French themes name the date's element in their language
    ('<span class="fecha">25 de febrero de 2013</span>', "es"),
    ('<p class="date-parution">Paru le 25 février 2013</p>', "fr"),
    ('<div class="subline">Von Jane Roe | 25.02.2013</div>', "de"),
    ('<div class="post-info">Jane Roe · 25.02.2013</div>', "de"),
    # an icon font's calendar before the date: the icon is empty, the date is its parent's text
    ('<div class="x"><i class="fa fa-calendar"></i> 25.02.2013</div>', "de"),
    ('<span class="y"><span class="icon-clock"></span>25.02.2013</span>', "de"),
])
def test_date_elements_themes_mark_in_other_ways(line, lang):
    # the post's text names a coming day before the date line at its end
    body = ("<article><h1>Mentoring scheme</h1><p>" + "Mentors meet new staff weekly. " * 8
            + "Next meeting: 3.3.2013.</p>" + line + "</article>")
    assert date_of(page("", body, lang=lang)) == "2013-02-25"


def test_an_event_calendar_is_no_date_element():
    # a calendar widget in the page (not an empty icon) is not read as the post's date line
    body = ("<article><h1>Mentoring scheme</h1>" + '<div class="event-calendar">Next: 03.03.2013, 10.03.2013</div>'
            + TEXT + '<p class="byline">25.02.2013</p></article>')
    assert date_of(page("", body, lang="de")) == "2013-02-25"


def test_a_day_named_in_the_lede_is_not_the_date_line():
    # a news story's standfirst right under the headline names the election's day; the metadata
    # has the day the story went out
    head = ld({"@type": "NewsArticle", "headline": "Die SPD gewinnt im Saarland",
               "datePublished": "2022-03-28T06:00:00+02:00"})
    body = ('<article><h1>Die SPD gewinnt im Saarland</h1><p class="lede">Bei der Landtagswahl am 27. März 2022 '
            'hat die SPD die absolute Mehrheit geholt, die CDU verliert deutlich.</p>' + TEXT + "</article>")
    assert date_of(page(head, body, lang="de")) == "2022-03-28"


def test_a_teasers_date_outside_the_article_comes_after_the_articles_own():
    # a weekly's front end: a strip of teaser cards above the story, each with its date; the
    # story's own date sits at its end
    teasers = "".join(f'<div class="swiper-slide"><div class="default-teaser"><h2 class="default-teaser__title">'
                      f'<a href="/a/{i}">Other story {i}</a></h2><span class="default-teaser__date">0{i}. Juli 2020'
                      f'</span></div></div>' for i in range(1, 4))
    body = (f'<div class="teaser-strip">{teasers}</div><main><article><h1>Achtsam durch die Krise</h1>'
            + TEXT * 2 + '<footer class="article-footer"><span class="article-date">18. März 2020</span></footer>'
            "</article></main>")
    assert date_of(page("", body, lang="de"), "https://www.weekly.example.at/gesellschaft/achtsam-2497954") \
        == "2020-03-18"


def test_page_locale_from_og_locale_where_html_has_no_lang():
    # a Chilean newspaper whose <html> has no lang: og:locale says es_CL, so 05/02/2013 is 5 February
    html = ('<!doctype html><html><head><meta property="og:locale" content="es_CL"></head><body>'
            '<article><h1>Cómo encontrar un mentor</h1><p class="fecha">05/02/2013 10:31</p>' + TEXT
            + "</article></body></html>")
    assert date_of(html, "https://www.diario.example.cl/politica/noticia/mentor/") == "2013-02-05"


@pytest.mark.parametrize("lang, stamp, day", [
    ("de", "2022-11-06T23:00:00.000Z", "2022-11-07"),     # midnight in Berlin (CET), written in UTC
    ("de-DE", "2022-06-06T22:00:00Z", "2022-06-07"),      # ... in summer time (CEST)
    ("ja", "2019-02-12T15:00:00Z", "2019-02-13"),         # midnight in Tokyo
    ("en-GB", "2021-07-01T23:00:00Z", "2021-07-02"),      # midnight in London in summer
    ("de", "2022-11-06T23:00:01Z", "2022-11-06"),         # a moment, not a day stored as its midnight
    ("de", "2022-11-06T21:00:00Z", "2022-11-06"),         # no midnight in the language's zones
    ("en", "2022-11-06T23:00:00Z", "2022-11-06"),         # English: no zone to assume
])
def test_a_day_stored_as_its_local_midnight_in_utc(lang, stamp, day):
    head = f'<meta property="article:published_time" content="{stamp}">'
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>'
            f'<article><h1>Titel</h1>{TEXT}</article></body></html>')
    assert date_of(html) == day


def test_midnight_zones():
    from scan.extract.dates import midnight_zones

    assert midnight_zones("de-AT") == (60, 120) and midnight_zones("ja") == (540,)
    assert midnight_zones("en") == midnight_zones("en-US") == midnight_zones("pt-BR") == midnight_zones(None) == ()


# ---------------------------------------------------------------- a photo's day in its caption

@pytest.mark.parametrize("caption, lang, want", [
    # a wire story (AP style): no dated metadata, a photo under the headline whose caption
    # names the day the file photo was taken, then the day of the news
    ("FILE - In this March 2, 2011 file photo, the chief executive waves to his audience. "
     "The company on Wednesday, Aug. 24, 2011 said he is resigning.", "en", "2011-08-24"),
    ("In this Wednesday, Jan. 5, 2019 photo, volunteers plant trees. The city said on "
     "June 3, 2019 that the programme goes on.", "en", "2019-06-03"),
    # a German wire caption: "Archivbild vom ..."
    ("Archivbild vom 12.03.2018: Die Mentorin im Gespräch. Die Stadt teilte am 04.06.2019 mit, "
     "dass das Programm weiterläuft.", "de", "2019-06-04"),
])
def test_a_photo_caption_date_is_not_the_page_date(caption, lang, want):
    body = ('<header><div class="logo">Wire News</div></header><main><article>'
            '<h1>Mentoring programme goes on after the chief steps down</h1>'
            '<div class="byline">By Jane Roe, Associated Press Writer | 1 hr 4 mins ago</div>'
            f'<figure><img src="/p.jpg" alt="photo"><figcaption>{caption}</figcaption></figure>'
            + TEXT + "</article></main>")
    assert date_of(page("", body, lang=lang), "https://news.example.com/mentoring-goes-on-12345.html") == want


def test_a_caption_date_still_counts_when_the_page_shows_no_other():
    # nothing but the caption dates the page: better the photo's day than none
    body = ('<main><article><h1>Mentoring programme goes on after the chief steps down</h1>'
            '<figure><figcaption>In this March 2, 2011 file photo, the chief waves.</figcaption></figure>'
            + TEXT + "</article></main>")
    assert date_of(page("", body), "https://news.example.com/mentoring-goes-on-12345.html") == "2011-03-02"


# ---------------------------------------------------------------- a publication date in inline script data

def test_script_data_publication_date_beats_a_date_in_the_text_below_the_headline():
    # a news CMS that writes its article record into a script (a data layer, not JSON-LD) and
    # shows no date: the lede's "began on 3 March 2015" is the programme's day, not the page's
    data = ('<script>window.dataLayer = [{"pageType":"article","datePublished":"2016-05-17T10:00:00+02:00",'
            '"section":"verein"}];</script>')
    body = ('<main><article><h1>Mentoring im Verein: neue Runde</h1>' + TEXT +
            '<p>Die erste Runde begann am 3. März 2015 mit zwölf Paaren.</p></article></main>')
    assert date_of(page(data, body, lang="de")) == "2016-05-17"


def test_a_widgets_script_date_does_not_beat_a_date_in_the_text():
    # a calendar widget's script in the sidebar: a bare "date" key is the event's, not the article's
    widget = ('<aside class="widget"><script>var calendar = [{"title":"Open day","date":"2016-06-20"}];</script>'
              '<div id="cal"></div></aside>')
    body = ('<main><article><h1>Mentoring im Verein: neue Runde</h1>' + TEXT +
            '<p>Der Vorstand beschloss die Runde am 17. Mai 2016.</p></article></main>' + widget)
    assert date_of(page("", body, lang="de")) == "2016-05-17"


def test_a_date_shown_under_the_headline_beats_script_data():
    # the page shows its day on a line of its own under the headline: a script's record
    # (here of a related item) does not override it
    data = '<script>var related = {"datePublished":"2016-05-17T10:00:00+02:00"};</script>'
    body = ('<main><article><h1>Mentoring im Verein: neue Runde</h1><p class="x">04.06.2019</p>'
            + TEXT + "</article></main>")
    assert date_of(page(data, body, lang="de")) == "2019-06-04"


# ---------------------------------------------------------------- a day named by the title, headline or share image

LEDE_2015 = "<p>The first round began on March 3, 2015 with twelve pairs.</p>"


@pytest.mark.parametrize("title, h1, head", [
    # a press office's page: the day is in its title only
    ("Press release 14.03.2019: Council backs mentoring scheme", "Council backs mentoring scheme", ""),
    # a newsletter issue: the day is its headline
    ("Council newsletter", "Newsletter of 14 March 2019", ""),
    # a news CMS that files its share image under the day (".../2019/03/14/council.jpg")
    ("Council backs mentoring scheme", "Council backs mentoring scheme",
     '<meta property="og:image" content="https://cdn.example.com/uploads/2019/03/14/council.jpg">'),
])
def test_a_day_named_by_title_headline_or_share_image_beats_a_date_in_the_text(title, h1, head):
    # no dated metadata, no date shown with the headline: the lede's "began on March 3, 2015"
    # is the programme's day; the day the page names for itself is the publication's
    body = f"<main><article><h1>{h1}</h1>" + TEXT + LEDE_2015 + "</article></main>"
    html = page(f"<title>{title}</title>{head}", body)
    assert date_of(html, "https://daily.example.com/news/council-backs-mentoring-scheme") == "2019-03-14"


@pytest.mark.parametrize("where", ["above", "below"])
@pytest.mark.parametrize("box", ['<aside class="sidebar"><h1>Open day 20 June 2019</h1><p>Join us.</p></aside>',
                                 '<nav class="menu"><h1>Next event: 20.06.2019</h1></nav>'])
def test_a_day_in_a_sidebars_or_menus_h1_is_not_named_by_the_page(box, where):
    # themes that head their widgets with <h1>: the widget's event day is not the page's
    article = "<main><article><h1>Council backs mentoring scheme</h1>" + TEXT + LEDE_2015 + "</article></main>"
    html = page("<title>Council backs mentoring scheme</title>", box + article if where == "above" else article + box)
    assert date_of(html, "https://daily.example.com/news/council-backs-mentoring-scheme") == "2015-03-03"


def test_a_date_shown_under_the_headline_beats_a_share_image_day():
    # the share image is an older file photo; the page shows its own day under the headline
    head = ('<title>Council backs mentoring scheme</title>'
            '<meta property="og:image" content="https://cdn.example.com/uploads/2017/01/09/council.jpg">')
    body = ('<main><article><h1>Council backs mentoring scheme</h1><p class="byline">By Ann Lee</p>'
            '<p>March 14, 2019</p>' + TEXT + "</article></main>")
    assert date_of(page(head, body), "https://daily.example.com/news/council-backs-mentoring-scheme") == "2019-03-14"


def test_a_month_only_upload_path_names_no_day():
    # WordPress files uploads by month (/2019/03/): that is no day of publication
    head = ('<title>Council backs mentoring scheme</title>'
            '<meta property="og:image" content="https://blog.example.com/wp-content/uploads/2019/03/council.jpg">')
    body = "<main><article><h1>Council backs mentoring scheme</h1>" + TEXT + LEDE_2015 + "</article></main>"
    assert not (date_of(page(head, body), "https://blog.example.com/council-backs-mentoring-scheme/") or "").startswith("2019")


# ---------------------------------------------------------------- a later day shown with the headline

ARTICLE_META = '<meta property="article:published_time" content="2019-03-14T08:00:00+01:00">'


@pytest.mark.parametrize("above, below", [
    # an announcement: the event's day on a line of its own under the headline
    ("", "<p>June 20, 2019</p><p>7 pm, Town Hall</p>"),
    ("", "<p>Apply by June 20, 2019</p>"),
    # a German event page: "20.06.2019, 19 Uhr"
    ("", "<p>20.06.2019, 19 Uhr</p><p>Rathaus</p>"),
    # a masthead's "today" right above the headline
    ('<div class="top">Friday, June 7, 2019</div>', ""),
])
def test_a_day_months_after_the_articles_published_time_is_not_its_date(above, below):
    body = f"<main><article>{above}<h1>Mentoring evening at the Town Hall</h1>{below}" + TEXT + "</article></main>"
    assert date_of(page(ARTICLE_META, body)) == "2019-03-14"


def test_a_forum_threads_first_post_days_after_its_metadata_is_its_date():
    # a forum whose JSON-LD carries an earlier day than the thread's first post shown under the
    # title: days apart, the shown one stands
    head = ld({"@type": "DiscussionForumPosting", "headline": "T", "datePublished": "2011-02-21T17:47:28+01:00"})
    body = ('<main><h1>Update wird ausgeliefert</h1><div class="post"><div class="userinfo">Predator</div>'
            '<p>03.03.2011, 14:17</p>' + TEXT + "</div></main>")
    assert date_of(page(head, body, lang="de")) == "2011-03-03"


def test_a_comments_microdata_date_is_not_the_pages():
    # a WordPress theme that marks each comment up as a schema.org Comment with its own
    # <meta itemprop="datePublished">: that is the comment's day; the post's is in its text
    body = ('<main><article><h1>Council backs mentoring scheme</h1>' + TEXT +
            '<p>The scheme was agreed on March 14, 2019 by all members.</p></article>'
            '<section class="comments"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
            '<meta itemprop="datePublished" content="2019-06-07"><p>Great news.</p></div></section></main>')
    assert date_of(page("", body), "https://daily.example.com/news/council-backs-mentoring-scheme") == "2019-03-14"


@pytest.mark.parametrize("above, below", [
    # a theme's previous-post navigation above the headline, with that post's day
    ('<nav class="post-nav"><a href="/budget">« Budget vote</a> March 2, 2019</nav>', ""),
    # a related teaser in an aside right under the headline
    ("", '<aside class="related"><a href="/roads">Roads plan</a><br>March 20, 2019</aside>'),
    # a photo's credit line under the headline
    ("", "<p>Photo: Ann Lee, 12.03.2019</p>"),
    ("", "<p>Foto: dpa / 12.03.2019</p>"),
])
def test_navigation_asides_and_photo_credits_near_the_headline_are_not_its_date(above, below):
    body = f"<main><article>{above}<h1>Council backs mentoring scheme</h1>{below}" + TEXT + "</article></main>"
    assert date_of(page(ARTICLE_META, body)) == "2019-03-14"


# ---------------------------------------------------------------- a date element that shows a relative time

LEDE_DE = "<p>Die erste Runde begann am 3. März 2015.</p>"


@pytest.mark.parametrize("element", [
    # the day in an attribute, the text relative
    '<time title="17.05.2016 10:12">vor 3 Jahren</time>',
    '<span class="date" data-date="2016-05-17">vor 3 Jahren</span>',
    '<span class="posted" data-time="2016-05-17T10:12:00Z">vor 3 Jahren</span>',
    # day, month and year in elements of their own
    '<div class="date"><span class="day">17</span><span class="month">05</span><span class="year">2016</span></div>',
    '<div class="datum"><b>17</b>.<b>05</b>.<b>2016</b></div>',
])
def test_a_date_elements_day_in_an_attribute_or_split_in_parts(element):
    body = ("<main><article><h1>Mentoring im Verein: neue Runde</h1>" + element + TEXT + LEDE_DE
            + "</article></main>")
    assert date_of(page("", body, lang="de")) == "2016-05-17"


@pytest.mark.parametrize("lang, want", [("en-US", "2016-05-06"), ("de", "2016-06-05")])
def test_a_date_split_in_parts_without_separators_is_read_as_the_page_reads_numeric_dates(lang, want):
    # month, day and year in spans of their own: "05 06 2016" is May 6 on a US page, as "05/06/2016" is there
    element = ('<div class="date"><span class="month">05</span> <span class="day">06</span> '
               '<span class="year">2016</span></div>')
    body = "<main><article><h1>Mentoring circles: a new round</h1>" + element + TEXT + "</article></main>"
    assert date_of(page("", body, lang=lang)) == want


@pytest.mark.parametrize("element", [
    # data-modified names the last change: the element gives no published day
    '<span class="date" data-modified="2016-05-17">vor 3 Jahren</span>',
    '<span class="date" data-edited-time="2016-05-17">vor 3 Jahren</span>',
    # an announcement's deadline and an author box's birthday are no day of publication
    # (classes "meta" and "author-info" mark date-ish elements too)
    '<div class="entry-meta" data-deadline-date="2016-05-17">Apply soon</div>',
    '<div class="event-info" data-event-date="2016-05-17">Thursday 17 May, 7 pm</div>',
    '<div class="author-info" data-birthdate="2016-05-17">Jane Roe</div>',
])
def test_a_date_elements_attribute_named_for_another_day_is_not_read_as_published(element):
    body = ('<main><article><h1>Mentoring im Verein: neue Runde</h1>' + element + TEXT + LEDE_DE
            + "</article></main>")
    assert date_of(page("", body, lang="de")) != "2016-05-17"


def test_a_slashed_date_in_a_date_element_is_read_as_the_page_reads_numeric_dates():
    """Weebly shows a post's date as "4/11/2024" in span.date-text (seen on web 12): April 11 on a page in English (or
    American English), 4 November on a British one. The element's text was turned into "4.11.2024", read day first."""
    from scan.extract import analyse

    page = ('<html lang="{lang}"><head><title>Cataloguing assignment panic</title></head><body><div class="blog-post">'
            '<h2 class="blog-title">Cataloguing assignment panic</h2><p class="blog-date"><span class="date-text">'
            '4/11/2024</span></p><div class="blog-content"><p>Twelve records due Friday and I have done four.</p>'
            '</div></div></body></html>')
    assert analyse(page.format(lang="en"), "https://snacks.example/blog/panic").page.date == "2024-04-11"
    assert analyse(page.format(lang="en-US"), "https://snacks.example/blog/panic").page.date == "2024-04-11"
    assert analyse(page.format(lang="en-GB"), "https://snacks.example/blog/panic").page.date == "2024-11-04"
    # split by dots or spaces in elements of their own, the day still comes first where dots part it
    dotted = page.replace("4/11/2024", "<span>17</span> . <span>05</span> . <span>2016</span>")
    assert analyse(dotted.format(lang="en"), "https://snacks.example/blog/panic").page.date == "2016-05-17"


def test_a_dashed_numeric_date_is_read_as_the_page_reads_numeric_dates():
    """Higher Logic's byline "Added by Lena Park 05-01-2024" (seen on web 8): May 1 on a page in English, as
    "05/01/2024" is; 5 January on a German page; dots still read day first."""
    from scan.extract.dates import find_dates

    assert find_dates("Added by Lena Park 05-01-2024", limit=1, monthfirst=True) == ["2024-05-01"]
    assert find_dates("Added by Lena Park 05-01-2024", limit=1, monthfirst=False) == ["2024-01-05"]
    assert find_dates("Added by Lena Park 05.01.2024", limit=1, monthfirst=True) == ["2024-01-05"]
    assert find_dates("Added by Lena Park 25-01-2024", limit=1, monthfirst=True) == ["2024-01-25"]   # the one reading
    byline = ('<html lang="{lang}"><head><title>Toolkit</title></head><body><main><h1>Virtual Mentoring Toolkit</h1>'
              '<div class="entry-byline">Added by <a href="/people/lena-park">Lena Park</a> 05-01-2024</div><p>'
              + "This toolkit collects templates for mentoring pairs. " * 5 + "</p></main></body></html>")
    assert analyse(byline.format(lang="en"), "https://connect.example/viewdocument/toolkit").page.date == "2024-05-01"
    assert analyse(byline.format(lang="de"), "https://connect.example/viewdocument/toolkit").page.date == "2024-01-05"


def test_a_month_given_by_one_source_is_the_day_another_gives():
    """A ResearchGate-like page (seen on web 16): JSON-LD's datePublished "2024-05", Highwire's
    citation_publication_date "2024/05/15": the day. A day that is not in that month is not taken."""
    def paper(hw: str) -> str:
        return ('<html lang="en"><head><title>Peer mentoring circles</title>'
                '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ScholarlyArticle", '
                '"headline": "Peer mentoring circles", "datePublished": "2024-05"}</script>'
                f'<meta name="citation_title" content="Peer mentoring circles"><meta name="citation_publication_date" '
                f'content="{hw}"></head><body><main><h1>Peer mentoring circles</h1><p>'
                + "Early-career librarians met in circles on Slack. " * 5 + "</p></main></body></html>")
    assert analyse(paper("2024/05/15"), "https://nook.example/publication/1").page.date == "2024-05-15"
    assert analyse(paper("2023/11/02"), "https://nook.example/publication/1").page.date == "2024-05"
