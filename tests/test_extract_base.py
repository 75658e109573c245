"""A page's ``<base href>``: every relative link of the page leads where a browser sends it, resolved against the
base (itself resolved against the page's URL), not against the page's URL. Each reader of where links lead (the
links, the site's logo, the cards of a listing, a title linking to its own page, an h1 linking to a folder above
the page) reads them so (scan.extract.content.resolve_anchors)."""

from __future__ import annotations

from scan.extract import analyse

EVENT = ('<html><head><title>{t} :: New Voices 2025</title><base href="{base}"></head><body>'
         '<header><a class="site-logo" href="{logo}"><img src="static/logo.png" alt="New Voices 2025"></a></header>'
         '<main>{m}</main></body></html>')
WELCOME = ("<h2>New Voices in Libraries 2025</h2><p>11-13 June 2025, Leeds. Three days of talks by library workers "
           'early in their careers.</p><p><a href="nvl2025/schedule/">View the schedule</a></p>')
TALK = ("<article><h3>Mentoring across the miles</h3><p>How a county library set up a mentoring network for rural "
        "staff on social media, and what two years of it taught us about pairing people who never meet in "
        "person.</p></article>")


def test_the_sites_logo_leads_where_the_base_says():
    """A site that writes its links relative to a ``<base href>`` of its root (TYPO3 does): the event's logo
    ``nvl2025/`` leads to the event's home page, which is thus a home page."""
    home = EVENT.format(t="New Voices 2025", base="https://events.example/", logo="nvl2025/", m=WELCOME)
    a = analyse(home, "https://events.example/nvl2025/")
    assert a.page.kind == "home" and "logo" in a.page.kind_reason, a.page.kind_reason


def test_a_logo_leading_to_the_base_does_not_make_the_page_a_home():
    """A logo ``./`` under a base of the event's folder leads to that folder, not to the talk page that shows it."""
    talk = EVENT.format(t="Mentoring across the miles", base="https://events.example/nvl2025/", logo="./", m=TALK)
    a = analyse(talk, "https://events.example/nvl2025/talk/QWE7RT/")
    assert a.page.kind == "article", a.page.kind_reason


def test_an_h1_linking_to_a_folder_above_the_page_by_the_base_is_the_sites_name():
    """The event's name as an h1 linking, relative to the base, to the event's folder above the talk page is
    the site's name, not the talk's title."""
    page = ('<html><head><title>Mentoring across the miles</title>'
            '<base href="https://events.example/"></head><body><div id="event-logo"><h1><a href="nvl2025/">New Voices '
            'in Libraries 2025</a></h1></div><main>' + TALK + "</main></body></html>")
    a = analyse(page, "https://events.example/nvl2025/talk/QWE7RT/")
    assert (a.page.title, a.page.site) == ("Mentoring across the miles", "New Voices in Libraries 2025")


def test_a_title_linking_to_its_own_page_by_the_base_titles_it():
    """A group blog's post titled by an h3 linking to the post itself (the blog's name in the masthead h1): the
    link, relative to the base, leads to this very page, so the h3 is the post's title."""
    page = ('<html><head><title>How to find a mentor | Library Mentors</title><base href="https://mentors.example/"></head><body>'
            '<div class="header"><h1>Library Mentors</h1></div><div class="main"><div class="post">'
            '<h3><a href="2013/02/find-a-mentor.html">How to find a mentor</a></h3><div class="post-body">'
            + "<p>Finding a mentor on Twitter is easier than it looks, once you know whom to follow and how "
              "to ask for an hour of their time without asking too much.</p>" * 3
            + "</div></div></div></body></html>")
    a = analyse(page, "https://mentors.example/2013/02/find-a-mentor.html")
    assert a.page.title == "How to find a mentor"


def test_cards_linking_their_pages_by_the_base_make_a_listing():
    """A category page whose teasers each link their article and, by the category's label, back to this very
    page (relative to the base): the label's link is the page's own, so each teaser is a card of one other
    page, and the page is a listing of them."""
    card = ('<div class="teaser"><a class="label" href="klima-und-umwelt/">Klima und Umwelt</a><p><a href="klima-und-'
            'umwelt/{slug}.html">{title}</a></p><p>{text}</p></div>')
    items = [("moore", "Moore speichern mehr Kohlenstoff als gedacht", "Neue Messungen aus dem Norden."),
             ("stadtbaeume", "Welche Stadtbäume die Hitze vertragen", "Ein Versuch in zwölf Städten."),
             ("wasser", "Grundwasser sinkt im dritten Sommer", "Was die Pegel zeigen.")]
    page = ('<html><head><title>Klima und Umwelt</title><base href="https://zeitung.example/"></head><body><main>'
            "<h1>Klima und Umwelt</h1>" + "".join(card.format(slug=s, title=t, text=x) for s, t, x in items)
            + "</main></body></html>")
    a = analyse(page, "https://zeitung.example/klima-und-umwelt/")
    assert a.page.kind == "listing" and "blocks linking" in a.page.kind_reason, a.page.kind_reason


def test_a_relative_canonical_link_resolves_against_the_base():
    """``<link rel="canonical" href="nvl2025/talk/QWE7RT/">`` under a base of the site's root names the talk's
    page there, as a browser reads it, not a path under the page's own folder."""
    page = ('<html><head><title>Mentoring across the miles</title><base href="https://events.example/">'
            '<link rel="canonical" href="nvl2025/talk/QWE7RT/"></head><body><main>' + TALK + "</main></body></html>")
    a = analyse(page, "https://events.example/nvl2025/talk/QWE7RT/print/")
    assert a.page.canonical_url == "https://events.example/nvl2025/talk/QWE7RT/", a.page.canonical_url


def test_a_logo_linking_to_hash_is_no_link_to_the_page():
    """``<a href="#">`` around the logo (a script's hook, a menu toggle) leads nowhere: the post that shows it is
    no home page, with or without a base."""
    for base in ("", '<base href="https://events.example/nvl2025/talk/QWE7RT/">'):
        page = ('<html><head><title>Mentoring across the miles</title>' + base + '</head><body><header><a '
                'class="site-logo" href="#"><img src="/logo.png" alt="New Voices"></a></header><main>' + TALK
                + "</main></body></html>")
        a = analyse(page, "https://events.example/nvl2025/talk/QWE7RT/")
        assert a.page.kind == "article", a.page.kind_reason
