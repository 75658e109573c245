"""Blog post pages in the markup real templates render, reduced by hand, each
with what a reader sees as its title, authors, date, site name and text.

Each builder notes the template it follows (the theme's own files, or the
markup the hosted platform serves). Shared: the post's text (:data:`TEXT`,
with the topic's words), a comment that is not the post's text
(:data:`COMMENT`), and related-post teasers that are not either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

TITLE = "Finding a Mentor in Your Personal Learning Network"
BLOG = "Library Leadership Notes"
AUTHOR = ("Jane", "Barr")
DAY = "2019-03-12"
TEXT = ("<p>Mentoring does not need a formal programme. A new librarian can find a mentor on Twitter by "
        "following the conversations of a personal learning network and asking questions in public.</p>"
        "<p>Over six months I asked three mentors the same question: what made a mentee easy to help? "
        "All three said the same thing: clear questions, and a habit of sharing back.</p>"
        "<p>Peer mentoring circles grew from those conversations; two of them still meet every month, "
        "and the mentees now mentor others in turn.</p>")
TEXT_WORDS = ("find a mentor on Twitter", "Peer mentoring circles")
COMMENT = "Thank you for this, it is exactly what our mentoring committee needed."
RELATED = ["Ten Twitter chats for new librarians", "Why reverse mentoring works", "Our mentoring committee's year"]


@dataclass(frozen=True)
class Template:
    name: str
    url: str
    html: str
    title: str = TITLE
    authors: tuple = (AUTHOR,)
    date: str = DAY
    site: str | None = BLOG


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _related(tag: str = "h3") -> str:
    return "".join(f'<article class="related-post"><{tag}><a href="/p/{n}">{t}</a></{tag}>'
                   f"<p>A short teaser about mentoring {n}.</p></article>" for n, t in enumerate(RELATED))


def blogger_contempo() -> Template:
    # Blogger's Contempo/Soho/Notable layouts (2017-): the masthead h1 is the blog's name, the post title an
    # h3.post-title; JSON-LD names "Blogger" the publisher; no og:site_name; the byline sits in the header.
    url = "https://librarynotes.blogspot.com/2019/03/finding-mentor.html"
    ld = _ld({"@context": "http://schema.org", "@type": "BlogPosting",
              "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": TITLE,
              "description": "Mentoring does not need a formal programme.",
              "datePublished": "2019-03-12T09:15:00-07:00", "dateModified": "2019-03-14T02:20:11-07:00",
              "publisher": {"@type": "Organization", "name": "Blogger",
                            "logo": {"@type": "ImageObject", "url": "https://blogger.googleusercontent.com/h60/"}},
              "author": {"@type": "Person", "name": "Jane Barr"}})
    html = f"""<!DOCTYPE html><html class='v2' dir='ltr' lang='en'><head>
<meta content='width=device-width, initial-scale=1' name='viewport'/><title>{TITLE}</title>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='{url}' rel='canonical'/><meta content='{url}' property='og:url'/>
<meta content='{TITLE}' property='og:title'/><meta content='Mentoring does not need a formal programme.' property='og:description'/>
</head><body class='version-1-3-3 variant-indie_light'>
<div class='centered-top-container'><div class='centered-top'><div class='blog-name container'>
<div class='container section' id='header'><div class='widget Header' data-version='2' id='Header1'>
<div class='header-widget'><div><h1><a href='https://librarynotes.blogspot.com/'>{BLOG}</a></h1></div>
<p>Notes on mentoring and leadership in libraries</p></div></div></div></div></div></div>
<div class='page'><div class='page_body'><div class='centered'><main class='centered-bottom' id='main' role='main'>
<div class='main section' id='page_body'><div class='widget Blog' data-version='2' id='Blog1'>
<div class='blog-posts hfeed container'><article class='post-outer-container'><div class='post-outer'>
<div class='post'>{ld}<a name='123456'></a><h3 class='post-title entry-title'>{TITLE}</h3>
<div class='post-share-buttons post-share-buttons-top'></div>
<div class='post-header'><div class='post-header-line-1'><span class='byline post-author vcard'>
<span class='byline-label'>By</span><span class='fn'><meta content='https://www.blogger.com/profile/0123' />
<a class='g-profile' href='https://www.blogger.com/profile/0123' rel='author' title='author profile'><span>Jane Barr</span></a></span></span>
<span class='byline post-timestamp'><meta content='{url}'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'>
<time class='published' datetime='2019-03-12T09:15:00-07:00' title='2019-03-12T09:15:00-07:00'>March 12, 2019</time></a></span>
</div></div><div class='post-body-container'><div class='post-body entry-content float-container' id='post-body-123456'>
{TEXT.replace('<p>', '').replace('</p>', '<br /><br />')}</div></div>
<div class='post-bottom'><div class='post-footer float-container'><div class='post-footer-line post-footer-line-1'></div></div></div>
</div></div><section class='comments threaded' data-num-comments='1' id='comments'><a name='comments'></a>
<h3 class='title'>Comments</h3><div class='comments-content'><div class='comment-thread'><ol><li class='comment'>
<div class='comment-block'><div class='comment-header'><cite class='user'>Ana</cite><span class='datetime secondary-text'>
<a rel='nofollow' href='{url}?showComment=1'>March 13, 2019 at 4:02 AM</a></span></div>
<p class='comment-content'>{COMMENT}</p></div></li></ol></div></div></section></article></div>
<div class='blog-pager container' id='blog-pager'><a class='blog-pager-newer-link' href='/2019/04/x.html'>Newer Post</a></div>
</div></div></main></div></div>
<aside class='sidebar-container container sidebar-invisible'><div class='widget BlogArchive'><h3 class='title'>Archive</h3>
<ul><li><a href='/2019/'>2019</a></li></ul></div></aside>
<footer><div class='blogger'><a href='https://www.blogger.com'>Powered by Blogger</a></div></footer>
</div></body></html>"""
    return Template("blogger-contempo", url, html)


def blogger_simple() -> Template:
    # Blogger's classic Simple/Awesome Inc. layouts: the date header h2 above the post, the byline and time in
    # the post footer ("Posted by ... at 9:15 AM"); <title> "Blog: Post"; several authors' group blog.
    url = "https://librarynotes.blogspot.com/2019/03/finding-mentor.html"
    html = f"""<!DOCTYPE html><html dir='ltr' xmlns='http://www.w3.org/1999/xhtml'><head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/><meta content='blogger' name='generator'/>
<link href='{url}' rel='canonical'/><title>{BLOG}: {TITLE}</title>
<meta content='{url}' property='og:url'/><meta content='{TITLE}' property='og:title'/></head>
<body class='loading variant-simplysimple'><div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'>
<div class='region-inner header-inner'><div class='header section' id='header'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://librarynotes.blogspot.com/'>{BLOG}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>Notes on mentoring and leadership</span></p></div>
</div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList' id='PageList1'><div class='widget-content'>
<ul><li><a href='https://librarynotes.blogspot.com/'>Home</a></li><li><a href='/p/about.html'>About us</a></li></ul></div></div></div></div>
<div class='main-outer'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class='date-outer'><h2 class='date-header'><span>Tuesday, March 12, 2019</span></h2><div class='date-posts'>
<div class='post-outer'><div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='123' itemprop='blogId'/><meta content='456' itemprop='postId'/><a name='456'></a>
<h3 class='post-title entry-title' itemprop='name'>{TITLE}</h3><div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-456' itemprop='description articleBody'>
<div dir="ltr" style="text-align: left;" trbidi="on">{TEXT.replace('<p>', '<div>').replace('</p>', '</div><div><br /></div>')}</div>
<div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/0123' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/0123' rel='author' title='author profile'>
<span itemprop='name'>Jane Barr</span></a></span></span>
<span class='post-timestamp'>at <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'>
<abbr class='published' itemprop='datePublished' title='2019-03-12T09:15:00-07:00'>9:15 AM</abbr></a></span>
<span class='post-comment-link'></span></div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='/search/label/mentoring' rel='tag'>mentoring</a></span></div>
</div></div><div class='comments' id='comments'><a name='comments'></a><h4>1 comment:</h4><div class='comments-content'>
<div class='comment-thread'><ol><li class='comment' id='c1'><div class='comment-block'><div class='comment-header'><cite class='user'>Ana Ruiz</cite>
<span class='icon user'></span><span class='datetime secondary-text'><a rel='nofollow' href='{url}?showComment=1'>March 13, 2019 at 4:02 AM</a></span></div>
<p class='comment-content'>{COMMENT}</p></div></li></ol></div></div></div></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='/2019/04/x.html' title='Newer Post'>Newer Post</a></span>
<a class='home-link' href='https://librarynotes.blogspot.com/'>Home</a></div></div></div></div></div></div>
<div class='column-right-outer'><div class='sidebar section' id='sidebar-right-1'><div class='widget Profile' id='Profile1'><h2>Contributors</h2>
<div class='widget-content'><ul><li><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0123'>Jane Barr</a></li>
<li><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/0456'>Sam Okafor</a></li></ul></div></div>
<div class='widget PopularPosts' id='PopularPosts1'><h2>Popular Posts</h2><div class='widget-content popular-posts'><ul>
{''.join(f"<li><div class='item-title'><a href='/p/{n}'>{t}</a></div><div class='item-snippet'>Mentoring snippet {n}</div></li>" for n, t in enumerate(RELATED))}
</ul></div></div></div></div></div>
<footer><div class='footer-outer'><div class='widget Attribution' id='Attribution1'><div class='widget-content' style='text-align: center;'>
Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></footer>
</div></div></body></html>"""
    return Template("blogger-simple", url, html)


def _wp_head(url: str, title_sep: str, yoast: bool) -> str:
    head = (f'<meta charset="UTF-8"><title>{TITLE} {title_sep} {BLOG}</title>'
            f'<meta name="generator" content="WordPress 6.4.2" /><link rel="canonical" href="{url}" />'
            f'<link rel="alternate" type="application/rss+xml" title="{BLOG} &raquo; Feed" href="/feed/" />')
    if yoast:
        head += (f'<meta property="og:locale" content="en_US" /><meta property="og:type" content="article" />'
                 f'<meta property="og:title" content="{TITLE} - {BLOG}" /><meta property="og:url" content="{url}" />'
                 f'<meta property="og:site_name" content="{BLOG}" />'
                 f'<meta property="article:published_time" content="2019-03-12T16:15:00+00:00" />'
                 f'<meta property="article:modified_time" content="2021-05-02T08:00:00+00:00" />'
                 f'<meta name="author" content="Jane Barr" /><meta name="twitter:label1" content="Written by" />'
                 f'<meta name="twitter:data1" content="Jane Barr" />'
                 + _ld({"@context": "https://schema.org", "@graph": [
                     {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
                      "author": {"name": "Jane Barr", "@id": "https://x/#/schema/person/1"}, "headline": TITLE,
                      "datePublished": "2019-03-12T16:15:00+00:00", "dateModified": "2021-05-02T08:00:00+00:00",
                      "publisher": {"@id": "https://x/#organization"}},
                     {"@type": "WebPage", "@id": url, "url": url, "name": f"{TITLE} - {BLOG}",
                      "isPartOf": {"@id": "https://x/#website"}},
                     {"@type": "WebSite", "@id": "https://x/#website", "name": BLOG},
                     {"@type": "Organization", "@id": "https://x/#organization", "name": BLOG},
                     {"@type": "Person", "@id": "https://x/#/schema/person/1", "name": "Jane Barr"}]}))
    return head


def _wp_comments() -> str:
    return ('<div id="comments" class="comments-area"><h2 class="comments-title">One thought on &ldquo;'
            f'{TITLE}&rdquo;</h2><ol class="comment-list"><li id="comment-2" class="comment even thread-even depth-1">'
            '<article id="div-comment-2" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            '<b class="fn"><a href="https://ana.example" class="url" rel="ugc external nofollow">Ana Ruiz</a></b> '
            '<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-2">'
            '<time datetime="2019-03-13T11:02:00+00:00">March 13, 2019 at 11:02 am</time></a></div></footer>'
            f'<div class="comment-content"><p>{COMMENT}</p></div></article></li></ol></div>')


def wp_twentytwelve(yoast: bool = False) -> Template:
    # Twenty Twelve (wp_title "Post | Site"): the site title is an h1 on every page, the post's an h1 too;
    # the date and author only in the footer's "This entry was posted in ... on ... by ...".
    url = "https://librarynotes.example/2019/03/12/finding-a-mentor/"
    html = f"""<!DOCTYPE html><html lang="en-US"><head>{_wp_head(url, '|', yoast)}</head>
<body class="post-template-default single single-post postid-42 single-format-standard custom-font-enabled">
<div id="page" class="hfeed site"><header id="masthead" class="site-header" role="banner"><hgroup>
<h1 class="site-title"><a href="https://librarynotes.example/" title="{BLOG}" rel="home">{BLOG}</a></h1>
<h2 class="site-description">Notes on mentoring and leadership</h2></hgroup>
<nav id="site-navigation" class="main-navigation" role="navigation"><div class="nav-menu"><ul><li><a href="/about/">About</a></li></ul></div></nav>
</header><div id="main" class="wrapper"><div id="primary" class="site-content"><div id="content" role="main">
<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-mentoring">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1>
<div class="comments-link"><a href="{url}#comments">1 Reply</a></div></header>
<div class="entry-content">{TEXT}</div>
<footer class="entry-meta">This entry was posted in <a href="/category/mentoring/" rel="category tag">Mentoring</a> on
<a href="{url}" title="9:15 am" rel="bookmark"><time class="entry-date" datetime="2019-03-12T09:15:00+00:00">March 12, 2019</time></a>
<span class="by-author"> by <span class="author vcard"><a class="url fn n" href="/author/jane/" title="View all posts by Jane Barr" rel="author">Jane Barr</a></span></span>.
</footer></article><nav class="nav-single"><h3 class="assistive-text">Post navigation</h3>
<span class="nav-previous"><a href="/2019/02/x/" rel="prev"><span class="meta-nav">&larr;</span> {RELATED[0]}</a></span></nav>
{_wp_comments()}</div></div>
<div id="secondary" class="widget-area" role="complementary"><aside id="recent-posts-2" class="widget widget_recent_entries">
<h3 class="widget-title">Recent Posts</h3><ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul></aside></div>
</div><footer id="colophon" role="contentinfo"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer>
</div></body></html>"""
    return Template("wp-twentytwelve" + ("-yoast" if yoast else ""), url, html)


def wp_twentysixteen() -> Template:
    # Twenty Fifteen/Sixteen/Seventeen (title-tag "Post – Site"): the site title a <p> off the home page, the
    # byline and dates in the entry footer with screen-reader labels ("Author", "Posted on"), an updated time.
    url = "https://librarynotes.example/2019/03/12/finding-a-mentor/"
    html = f"""<!DOCTYPE html><html lang="en-US" class="no-js"><head>{_wp_head(url, '&#8211;', False)}</head>
<body class="post-template-default single single-post postid-42 single-format-standard">
<div id="page" class="site"><div class="site-inner"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner"><div class="site-header-main"><div class="site-branding">
<p class="site-title"><a href="https://librarynotes.example/" rel="home">{BLOG}</a></p>
<p class="site-description">Notes on mentoring and leadership</p></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-mentoring">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content">{TEXT}</div>
<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='https://secure.gravatar.com/avatar/x?s=49' class='avatar avatar-49 photo' height='49' width='49' />
<span class="screen-reader-text">Author </span> <a class="url fn n" href="/author/jane/">Jane Barr</a></span></span>
<span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{url}" rel="bookmark">
<time class="entry-date published" datetime="2019-03-12T09:15:00+00:00">March 12, 2019</time>
<time class="updated" datetime="2021-05-02T08:00:00+00:00">May 2, 2021</time></a></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/mentoring/" rel="category tag">Mentoring</a></span>
</footer></article>{_wp_comments()}
<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/2019/02/x/" rel="prev"><span class="meta-nav" aria-hidden="true">Previous</span>
<span class="screen-reader-text">Previous post:</span> <span class="post-title">{RELATED[0]}</span></a></div></div></nav>
</main></div><aside id="secondary" class="sidebar widget-area" role="complementary"><section id="recent-posts-2" class="widget widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul></section></aside>
</div><footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><span class="site-title"><a href="/" rel="home">{BLOG}</a></span>
<a href="https://wordpress.org/">Proudly powered by WordPress</a></div></footer></div></div></body></html>"""
    return Template("wp-twentysixteen", url, html)


def wp_twentytwentyfour() -> Template:
    # Twenty Twenty-Three/Four (block themes): wp-block-site-title, wp-block-post-title h1, a post-date block
    # and "by" + post-author-name block, then wp-block-post-content; "More posts" query loop below.
    url = "https://librarynotes.example/finding-a-mentor/"
    more = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="/p/{n}">{t}</a></h3>'
                   f'<div class="wp-block-post-date"><time datetime="2019-0{n + 1}-01T10:00:00+00:00">'
                   f'<a href="/p/{n}">January {n + 1}, 2019</a></time></div></li>' for n, t in enumerate(RELATED))
    html = f"""<!DOCTYPE html><html lang="en-US"><head>{_wp_head(url, '&#8211;', False)}</head>
<body class="post-template-default single single-post postid-42 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flow">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex">
<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="https://librarynotes.example" target="_self" rel="home">{BLOG}</a></p></div>
<nav class="is-responsive wp-block-navigation" aria-label="Header navigation"><ul class="wp-block-navigation__container">
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/blog/"><span class="wp-block-navigation-item__label">Blog</span></a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/about/"><span class="wp-block-navigation-item__label">About</span></a></li></ul></nav>
</div></div></header>
<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained"><div class="wp-block-group is-layout-flow">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{TITLE}</h1>
<div class="wp-block-template-part"><div class="wp-block-group is-content-justification-left is-layout-flex">
<div class="wp-block-post-date"><time datetime="2019-03-12T09:15:00+00:00"><a href="{url}">March 12, 2019</a></time></div>
<p class="has-contrast-2-color has-text-color">&mdash;</p><p class="has-contrast-2-color has-text-color">by</p>
<div class="wp-block-post-author-name"><a href="/author/jane/" target="_self" class="wp-block-post-author-name__link">Jane Barr</a></div>
<p class="has-contrast-2-color has-text-color">in</p>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/mentoring/" rel="tag">Mentoring</a></div>
</div></div></div></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained">{TEXT}</div>
<div style="margin-top:var(--wp--preset--spacing--40)" class="wp-block-group has-global-padding is-layout-constrained">
<div class="wp-block-comments">{_wp_comments()}</div></div>
<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading alignwide">More posts</h2>
<div class="wp-block-query alignwide is-layout-flow"><ul class="wp-block-post-template is-layout-flow">{more}</ul></div></div>
</main><footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-layout-constrained">
<h2 class="wp-block-site-title"><a href="https://librarynotes.example" target="_self" rel="home">{BLOG}</a></h2>
<p class="has-text-align-left">Designed with <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></footer>
</div></body></html>"""
    return Template("wp-twentytwentyfour", url, html)


def ghost_casper() -> Template:
    # Ghost with Casper 5: {{ghost_head}} gives og:site_name, article:published_time, "Written by" twitter
    # labels and JSON-LD Article (author Person, publisher the site); h1.article-title, author list with
    # avatars, then section.gh-content; "Read more" post cards below.
    url = "https://librarynotes.ghost.io/finding-a-mentor/"
    cards = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/p/{n}/"></a>'
                    f'<div class="post-card-content"><a class="post-card-content-link" href="/p/{n}/">'
                    f'<header class="post-card-header"><h2 class="post-card-title">{t}</h2></header>'
                    f'<div class="post-card-excerpt">A teaser about mentoring {n}.</div></a>'
                    f'<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2019-01-0{n + 1}">'
                    f'Jan {n + 1}, 2019</time></footer></div></article>' for n, t in enumerate(RELATED))
    head = (f'<title>{TITLE}</title><meta name="description" content="Mentoring does not need a formal programme.">'
            f'<link rel="canonical" href="{url}"><meta name="referrer" content="no-referrer-when-downgrade">'
            f'<meta property="og:site_name" content="{BLOG}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:url" content="{url}">'
            f'<meta property="article:published_time" content="2019-03-12T16:15:00.000Z">'
            f'<meta property="article:modified_time" content="2021-05-02T08:00:00.000Z">'
            f'<meta property="article:tag" content="Mentoring"><meta name="twitter:card" content="summary_large_image">'
            f'<meta name="twitter:title" content="{TITLE}"><meta name="twitter:label1" content="Written by">'
            f'<meta name="twitter:data1" content="Jane Barr"><meta name="twitter:label2" content="Filed under">'
            f'<meta name="twitter:data2" content="Mentoring">'
            + _ld({"@context": "https://schema.org", "@type": "Article",
                   "publisher": {"@type": "Organization", "name": BLOG, "url": "https://librarynotes.ghost.io/"},
                   "author": {"@type": "Person", "name": "Jane Barr", "url": "https://librarynotes.ghost.io/author/jane/"},
                   "headline": TITLE, "url": url, "datePublished": "2019-03-12T16:15:00.000Z",
                   "dateModified": "2021-05-02T08:00:00.000Z", "keywords": "Mentoring",
                   "mainEntityOfPage": url})
            + '<meta name="generator" content="Ghost 5.75">')
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>
<body class="post-template tag-mentoring is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://librarynotes.ghost.io">{BLOG}</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-mentoring "><header class="article-header gh-canvas">
<section class="article-tag"><a href="/tag/mentoring/">Mentoring</a></section>
<h1 class="article-title">{TITLE}</h1><p class="article-excerpt">Mentoring does not need a formal programme.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/jane/" class="author-avatar" aria-label="Read more of Jane Barr">
<img class="author-profile-image" src="/content/images/jane.jpg" alt="Jane Barr" /></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Barr</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2019-03-12">Mar 12, 2019</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">{TEXT}</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>{cards}</div></aside>
</div><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://librarynotes.ghost.io">{BLOG}</a> &copy; 2024</section>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div></body></html>"""
    return Template("ghost-casper", url, html)


def hugo_papermod() -> Template:
    # Hugo PaperMod (layouts/_default/single.html): h1.post-title, div.post-meta "March 12, 2019 · 2 min ·
    # Jane Barr" (author text only, no markup), div.post-content; head from Hugo's opengraph/schema templates.
    url = "https://librarynotes.example/posts/finding-a-mentor/"
    ld = _ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": TITLE, "name": TITLE,
              "description": "Mentoring does not need a formal programme.", "wordCount": "120",
              "inLanguage": "en", "datePublished": "2019-03-12T09:15:00+00:00",
              "dateModified": "2019-03-12T09:15:00+00:00", "author": [{"@type": "Person", "name": "Jane Barr"}],
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "publisher": {"@type": "Organization", "name": BLOG, "logo": {"@type": "ImageObject", "url": "/favicon.ico"}}})
    head = (f'<title>{TITLE} | {BLOG}</title><meta name="keywords" content="mentoring">'
            f'<meta name="description" content="Mentoring does not need a formal programme.">'
            f'<meta name="author" content="Jane Barr"><link rel="canonical" href="{url}">'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:description" content="Mentoring does not need a formal programme.">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{url}">'
            f'<meta property="article:section" content="posts"><meta property="article:published_time" content="2019-03-12T09:15:00+00:00">'
            f'<meta property="article:modified_time" content="2019-03-12T09:15:00+00:00"><meta property="og:site_name" content="{BLOG}">'
            f'<meta name="twitter:card" content="summary"><meta name="twitter:title" content="{TITLE}">'
            f'{ld}<meta name="generator" content="Hugo 0.121.1">')
    html = f"""<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8">{head}</head>
<body id="top"><header class="header"><nav class="nav"><div class="logo"><a href="https://librarynotes.example/" accesskey="h" title="{BLOG} (Alt + H)">{BLOG}</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"></button></div></div>
<ul id="menu"><li><a href="/archives/" title="Archive"><span>Archive</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://librarynotes.example/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">{TITLE}</h1>
<div class="post-meta"><span title='2019-03-12 09:15:00 +0000 UTC'>March 12, 2019</span>&nbsp;·&nbsp;2 min&nbsp;·&nbsp;Jane Barr</div></header>
<div class="toc"><details><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary>
<div class="inner"><ul><li><a href="#why" aria-label="Why">Why</a></li></ul></div></details></div>
<div class="post-content">{TEXT}</div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/mentoring/">Mentoring</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/x/"><span class="title">« Prev</span><br><span>{RELATED[0]}</span></a></nav></footer>
</article></main><footer class="footer"><span>&copy; 2024 <a href="https://librarynotes.example/">{BLOG}</a></span> ·
<span>Powered by <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp;
<a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span></footer></body></html>"""
    return Template("hugo-papermod", url, html)


def hugo_ananke() -> Template:
    # Hugo Ananke (layouts/_default/single.html, partials/site-header.html): with a featured image the cover's
    # h1 repeats the post's title; the article header has the section in capitals ("POSTS"), h1.f1, a time, and
    # no author; Hugo's opengraph template; <title> the post's.
    url = "https://librarynotes.example/post/finding-a-mentor/"
    head = (f'<title>{TITLE} | {BLOG}</title><meta name="description" content="Mentoring does not need a formal programme.">'
            f'<meta name="generator" content="Hugo 0.121.1"><link rel="canonical" href="{url}">'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:description" content="Mentoring does not need a formal programme.">'
            f'<meta property="og:type" content="article"><meta property="og:url" content="{url}">'
            f'<meta property="article:section" content="post"><meta property="article:published_time" content="2019-03-12T09:15:00-07:00">'
            f'<meta property="article:modified_time" content="2019-03-12T09:15:00-07:00">'
            f'<meta itemprop="name" content="{TITLE}"><meta itemprop="datePublished" content="2019-03-12T09:15:00-07:00">'
            f'<meta itemprop="wordCount" content="120"><meta name="twitter:card" content="summary">')
    html = f"""<!DOCTYPE html><html lang="en-us"><head><meta charset="utf-8">{head}</head>
<body class="ma0 avenir bg-near-white production"><header class="cover bg-top" style="background-image: url('/images/mentor.jpg');">
<div class="bg-black-60"><nav class="pv3 ph3 ph4-ns" role="navigation"><div class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">{BLOG}</a><div class="flex-l items-center">
<ul class="pl0 mr3"><li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/about/" title="About page">About</a></li></ul></div></div></nav>
<div class="tc-l pv6 ph3 ph4-ns"><div class="f2 f1-l fw2 white-90 mb0 lh-title">{TITLE}</div></div></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3">
<header class="mt4 w-100"><aside class="instapaper_ignoref b helvetica tracked">POSTS</aside>
<div id="sharing" class="mt3 ananke-socials"></div>
<h1 class="f1 athelas mt3 mb1">{TITLE}</h1><p class="tracked">By <strong>Jane Barr</strong></p>
<time class="f6 mv4 dib tracked" datetime="2019-03-12T09:15:00-07:00">March 12, 2019</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l">{TEXT}
<ul class="pa0"><li class="list di"><a href="/tags/mentoring" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">mentoring</a></li></ul></div>
<aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
<p class="f5 b mb3">What's in this post</p><nav id="TableOfContents"><ul><li><a href="#why">Why</a></li></ul></nav></div></aside>
</article></main><footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between">
<a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://librarynotes.example/">&copy; {BLOG} 2024</a></div></footer></body></html>"""
    return Template("hugo-ananke", url, html)


def jekyll_minima() -> Template:
    # Jekyll minima (_layouts/post.html): h-entry + schema.org microdata, time.dt-published, the author in
    # span.p-author; jekyll-seo-tag in the head (<title>Post | Site</title>, og:site_name, JSON-LD BlogPosting).
    url = "https://jane.github.io/2019/03/12/finding-a-mentor.html"
    head = (f'<title>{TITLE} | {BLOG}</title><meta name="generator" content="Jekyll v4.3.2" />'
            f'<meta property="og:title" content="{TITLE}" /><meta name="author" content="Jane Barr" />'
            f'<meta property="og:locale" content="en_US" /><link rel="canonical" href="{url}" />'
            f'<meta property="og:url" content="{url}" /><meta property="og:site_name" content="{BLOG}" />'
            f'<meta property="og:type" content="article" /><meta property="article:published_time" content="2019-03-12T09:15:00+00:00" />'
            + _ld({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": "Jane Barr"},
                   "dateModified": "2019-03-12T09:15:00+00:00", "datePublished": "2019-03-12T09:15:00+00:00",
                   "headline": TITLE, "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "url": url}))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">{BLOG}</a>
<nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">About</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header">
<h1 class="post-title p-name" itemprop="name headline">{TITLE}</h1>
<p class="post-meta"><time class="dt-published" datetime="2019-03-12T09:15:00+00:00" itemprop="datePublished">Mar 12, 2019</time>
• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Jane Barr</span></span></p>
</header><div class="post-content e-content" itemprop="articleBody">{TEXT}</div>
<a class="u-url" href="/2019/03/12/finding-a-mentor.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">{BLOG}</h2>
<div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Jane Barr</li>
<li><a class="u-email" href="mailto:jane@example.org">jane@example.org</a></li></ul></div>
<div class="footer-col footer-col-3"><p>Notes on mentoring and leadership in libraries.</p></div></div></div></footer></body></html>"""
    return Template("jekyll-minima", url, html)


def substack() -> Template:
    # Substack post pages: og:site_name is the newsletter, JSON-LD NewsArticle with author list; h1.post-title,
    # h3.subtitle, a byline of profile links and a date in "pencraft" divs; a subscribe widget inside the body.
    url = "https://librarynotes.substack.com/p/finding-a-mentor"
    head = (f'<title>{TITLE} - by Jane Barr - {BLOG}</title>'
            f'<meta property="og:url" content="{url}"><meta property="og:type" content="article">'
            f'<meta property="og:title" content="{TITLE}"><meta property="og:description" content="How a PLN turns into mentoring">'
            f'<meta property="og:site_name" content="{BLOG}"><meta name="author" content="Jane Barr">'
            f'<meta name="twitter:card" content="summary_large_image">'
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "url": url, "mainEntityOfPage": url,
                   "headline": TITLE, "description": "How a PLN turns into mentoring",
                   "datePublished": "2019-03-12T16:15:00+00:00", "dateModified": "2019-03-12T16:15:00+00:00",
                   "isAccessibleForFree": True,
                   "author": [{"@type": "Person", "name": "Jane Barr", "url": "https://substack.com/@janebarr"}],
                   "publisher": {"@type": "Organization", "name": BLOG, "url": "https://librarynotes.substack.com"}}))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content">
<a href="/" class="navbar-title-link">{BLOG}</a><button class="button subscribe-btn primary">Subscribe</button><a href="/account/login">Sign in</a></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">{TITLE}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">How a PLN turns into mentoring</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingBottom-20"><div class="pencraft pc-display-flex pc-gap-4 byline-wrapper">
<div class="pencraft pc-display-flex pc-flexDirection-column"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">
<span class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm"><a href="https://substack.com/@janebarr" class="pencraft pc-reset decoration-hover-underline-ClDVRM">Jane Barr</a></div></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 12, 2019</div></div></div></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">{TEXT}
<div class="subscription-widget-wrap-editor" data-attrs="{{}}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">
<div class="preamble"><p class="cta-caption">Thanks for reading {BLOG}! Subscribe for free to receive new posts and support my work.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" /><input type="submit" class="button primary" value="Subscribe" /></form></div></div></div></div>
</article><div class="post-footer"><div class="single-post-section comments-section"><div class="container"><h4>Discussion about this post</h4>
<div class="comment-list"><div class="comment"><div class="comment-content"><a class="comment-user" href="https://substack.com/@ana">Ana Ruiz</a>
<div class="comment-body"><p>{COMMENT}</p></div></div></div></div></div></div></div></div></div></div></div>
<div class="footer-wrap"><div class="footer"><div class="footer-buttons">© 2024 Jane Barr · <a href="https://substack.com/privacy">Privacy</a> · <a href="https://substack.com">Substack</a> is the home for great culture</div></div></div>
</div></body></html>"""
    return Template("substack", url, html)


def medium() -> Template:
    # Medium story pages: og:site_name "Medium" (the platform is the site), author meta and JSON-LD
    # NewsArticle; h1.pw-post-title, author link data-testid="authorName", date data-testid="storyPublishDate",
    # the text in section > div.pw-post-body-paragraph paragraphs, "More from Jane Barr" below.
    url = "https://medium.com/@janebarr/finding-a-mentor-in-your-personal-learning-network-3f2a1b"
    head = (f'<title>{TITLE} | by Jane Barr | Medium</title><meta data-rh="true" property="og:site_name" content="Medium">'
            f'<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" property="article:published_time" content="2019-03-12T16:15:00.123Z">'
            f'<meta data-rh="true" name="title" content="{TITLE} | by Jane Barr | Medium"><meta data-rh="true" property="og:title" content="{TITLE}">'
            f'<meta data-rh="true" name="author" content="Jane Barr"><meta data-rh="true" property="article:author" content="https://medium.com/@janebarr">'
            f'<link data-rh="true" rel="canonical" href="{url}">'
            + _ld({"@context": "http://schema.org", "@type": "NewsArticle", "url": url, "dateCreated": "2019-03-12T16:15:00.123Z",
                   "datePublished": "2019-03-12T16:15:00.123Z", "dateModified": "2020-01-02T10:00:00.000Z",
                   "headline": f"{TITLE} - Medium", "name": f"{TITLE} - Medium", "description": "Mentoring does not need a formal programme.",
                   "identifier": "3f2a1b", "author": {"@type": "Person", "name": "Jane Barr", "url": "https://medium.com/@janebarr"},
                   "creator": ["Jane Barr"], "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/"},
                   "mainEntityOfPage": url}))
    paras = TEXT.replace("<p>", '<p class="pw-post-body-paragraph ox oy fq oz b pa pb pc pd pe pf pg ph pi pj" data-selectable-paragraph="">')
    more = "".join(f'<article><div><a href="/@janebarr/p{n}"><h2 class="be fq">{t}</h2></a><h3>Teaser about mentoring {n}</h3></div></article>'
                   for n, t in enumerate(RELATED))
    html = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">{head}</head><body><div id="root"><div class="a b c">
<div class="l"><div class="bx"><a data-testid="headerMediumLogo" href="/" aria-label="Homepage"><svg></svg></a>
<div><a data-testid="headerWriteButton" href="/new-story">Write</a><a href="/m/signin">Sign in</a></div></div></div>
<article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="ch bg fy fz ga gb"><div class="ab cb"><div class="ci bh ew ex ey ez">
<div><h1 id="a1b2" class="pw-post-title gs gt gu be gv gw gx gy gz ha hb hc hd he hf hg" data-testid="storyTitle" data-selectable-paragraph="">{TITLE}</h1></div>
<div><div class="speechify-ignore ab co"><div class="hy l"><div class="ab q"><div class="ab q"><div><div class="bm" aria-hidden="false"><a href="/@janebarr?source=post_page-----3f2a1b" rel="noopener follow">
<div class="l em"><img alt="Jane Barr" class="l ep by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/1*x.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"></div></a></div></div></div>
<div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="iq ab q"><div class="ab q ir"><div class="ab q"><div><div class="bm" aria-hidden="false">
<a class="af ag ah ai aj ak al am an ao ap aq ar it" data-testid="authorName" href="/@janebarr?source=post_page-----3f2a1b" rel="noopener follow">Jane Barr</a></div></div></div>
<span class="iu iv" aria-hidden="true"><span class="be b bf z du">·</span></span><p class="be b bf z du"><span><a class="iw ix ah ai aj ak al am an ao ap aq ar fg iy iz" href="/m/signin">Follow</a></span></p></div></div></span></div></div>
<div class="l ja"><span class="be b bf z du"><div class="ab cn jb jc jd"><span class="be b bf z du"><div class="ab ae"><span data-testid="storyReadTime">2 min read</span>
<div class="je jf l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z du">·</span></span></div><span data-testid="storyPublishDate">Mar 12, 2019</span></div></span></div></span></div></div></div></div></div></div>
{paras}</div></div></div></div></section></div></div></article>
<div class="l"><h2 class="be">More from Jane Barr</h2>{more}</div>
<div class="l"><h2>Recommended from Medium</h2><article><a href="/@other/x"><h2>Lists of mentoring resources</h2></a></article></div>
<footer><a href="https://help.medium.com">Help</a><a href="https://medium.com/about">About</a></footer></div></div></body></html>"""
    return Template("medium", url, html, site="Medium")


def squarespace() -> Template:
    # Squarespace 7.1 blog items: og:site_name, itemprop author/datePublished metas, JSON-LD Article;
    # h1.entry-title.p-name, time.dt-published, a.blog-author-name; the body in sqs-block html-block
    # divs; item pagination with the neighbours' titles.
    url = "https://www.librarynotes.example/blog/finding-a-mentor"
    head = (f'<title>{TITLE} &mdash; {BLOG}</title><meta property="og:site_name" content="{BLOG}"/>'
            f'<meta property="og:title" content="{TITLE} &mdash; {BLOG}"/><meta property="og:url" content="{url}"/>'
            f'<meta property="og:type" content="article"/><meta itemprop="name" content="{TITLE} — {BLOG}"/>'
            f'<meta itemprop="url" content="{url}"/><meta itemprop="author" content="Jane Barr"/>'
            f'<meta itemprop="datePublished" content="2019-03-12T09:15:00-0700"/><meta itemprop="headline" content="{TITLE}"/>'
            f'<meta itemprop="publisher" content="{BLOG}"/><meta name="twitter:title" content="{TITLE} &mdash; {BLOG}"/>'
            + _ld({"url": "https://www.librarynotes.example", "name": BLOG, "@context": "http://schema.org", "@type": "WebSite"})
            + _ld({"@context": "http://schema.org", "@type": "Article", "name": TITLE, "author": "Jane Barr",
                   "datePublished": "2019-03-12T09:15:00-0700", "dateModified": "2019-03-14T02:20:11-0700",
                   "headline": TITLE, "publisher": {"name": BLOG, "@type": "Organization"}}))
    blocks = "".join(f'<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">'
                     f'<div class="sqs-html-content">{p}</p></div></div></div>' for p in TEXT.split("</p>") if p)
    html = f"""<!doctype html><html lang="en-US"><head><meta charset="utf-8">{head}</head>
<body id="item-5c87" class="blog-item-show"><div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner container--fluid"><div class="header-display-desktop">
<div class="header-title-nav-wrapper"><div class="header-title"><div class="header-title-text"><a href="/" data-animation-role="header-element">{BLOG}</a></div></div>
<div class="header-nav"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/blog" aria-current="page">Blog</a></div>
<div class="header-nav-item header-nav-item--collection"><a href="/about">About</a></div></nav></div></div></div></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="x"><section class="page-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper"><article class="entry h-entry hentry author-jane-barr post-type-text article-index-1 category-mentoring" data-item-id="5c87" id="article-5c87">
<div class="blog-item-inner-wrapper"><div class="blog-item-top-wrapper"><div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date">
<time class="dt-published date-highlight" datetime="2019-03-12" pubdate data-animation-role="date">March 12, 2019</time></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">{TITLE}</h1></div>
<div class="blog-item-author-date-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5c80" class="blog-author-name">Jane Barr</a></div></div></div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-content-field="main-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-5c87">
<div class="row sqs-row"><div class="col sqs-col-12 span-12">{blocks}</div></div></div></div></div>
<section class="item-pagination item-pagination--prev-next" data-collection-type="blog-side-by-side">
<a class="item-pagination-link item-pagination-link--prev" href="/blog/x"><div class="item-pagination-prev-next">Previous</div>
<h2 class="item-pagination-title">{RELATED[0]}</h2></a><a class="item-pagination-link item-pagination-link--next" href="/blog/y">
<div class="item-pagination-prev-next">Next</div><h2 class="item-pagination-title">{RELATED[1]}</h2></a></section>
</div></article></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><p>&copy; {BLOG}. Made with Squarespace.</p></div></section></footer>
</div></body></html>"""
    return Template("squarespace", url, html)


ALL = [blogger_contempo, blogger_simple, wp_twentytwelve, lambda: wp_twentytwelve(yoast=True), wp_twentysixteen,
       wp_twentytwentyfour, ghost_casper, hugo_papermod, hugo_ananke, jekyll_minima, substack, medium, squarespace]


def wix() -> Template:
    # Wix Blog post pages: og/JSON-LD from Wix's SEO; the site's name as a heading in the site header, the
    # byline (data-hook="user-name", "time-ago") above h1[data-hook=post-title]; the text in the rich
    # content viewer's <p><span>s; "Recent Posts" cards (h2 data-hook=post-title) below.
    url = "https://janebarr.wixsite.com/librarynotes/post/finding-a-mentor"
    head = (f'<title>{TITLE}</title><meta property="og:title" content="{TITLE}"/>'
            f'<meta property="og:url" content="{url}"/><meta property="og:site_name" content="{BLOG}"/>'
            f'<meta property="og:type" content="article"/><meta property="article:published_time" content="2019-03-12T16:15:00.000Z"/>'
            f'<meta property="article:modified_time" content="2019-03-14T09:00:00.000Z"/><meta property="article:author" content="Jane Barr"/>'
            f'<meta name="twitter:card" content="summary_large_image"/><meta name="generator" content="Wix.com Website Builder"/>'
            + _ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": TITLE,
                   "url": url, "datePublished": "2019-03-12T16:15:00.000Z", "dateModified": "2019-03-14T09:00:00.000Z",
                   "author": {"@type": "Person", "name": "Jane Barr", "url": "https://janebarr.wixsite.com/librarynotes/profile/jane"},
                   "publisher": {"@type": "Organization", "name": BLOG}, "mainEntityOfPage": {"@type": "WebPage", "@id": url}}))
    text = TEXT.replace("<p>", '<p dir="auto" class="mm8Nw _1j-51 fdjHl _5ZlhT"><span class="_2PHJq public-DraftStyleDefault-ltr">') \
               .replace("</p>", "</span></p>")
    recent = "".join(f'<div data-hook="post-list-item" class="blog-post-homepage-description-font"><a href="/post/p{n}">'
                     f'<h2 data-hook="post-title" class="blog-post-title-font">{t}</h2></a>'
                     f'<div data-hook="post-description"><p>Mentoring teaser {n}</p></div></div>' for n, t in enumerate(RELATED))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><header id="SITE_HEADER" class="xU8fqS"><div id="comp-k1" class="_1Q9if">
<h2 class="font_2" style="font-size:28px"><span style="letter-spacing:normal;">{BLOG}</span></h2></div>
<nav id="comp-menu" aria-label="Site"><ul><li><a href="/librarynotes">Home</a></li><li><a href="/librarynotes/blog">Blog</a></li></ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="post-page" data-hook="post-page"><article class="blog-post-page-font" data-hook="post">
<div class="post-header" data-hook="post-header"><div class="post-metadata"><div class="avatar-wrapper"><img alt="Writer's picture" src="/jane.jpg"/></div>
<div><span class="user-name" data-hook="user-name"><span class="blog-link-hover-color">Jane Barr</span></span>
<ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 12, 2019">Mar 12, 2019</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read">2 min read</span></li></ul></div></div></div>
<div class="post-title"><h1 class="post-title__text blog-post-title-font" data-hook="post-title"><span class="blog-post-title-font">{TITLE}</span></h1></div>
<div class="post-content" data-hook="post-description"><div data-id="content-viewer"><div data-id="rich-content-viewer" class="rich-content-viewer">{text}</div></div></div>
<div class="post-footer"><ul class="tag-list"><li><a href="/librarynotes/blog/tags/mentoring">mentoring</a></li></ul></div></article>
<div class="recent-posts" data-hook="recent-posts"><h2 class="recent-posts__title">Recent Posts</h2><a href="/librarynotes/blog">See All</a>{recent}</div>
<div class="comments" data-hook="comments"><div class="comment"><p>{COMMENT}</p></div></div></div></div></main>
<footer id="SITE_FOOTER"><p class="font_8">© 2024 by {BLOG}. Proudly created with Wix.com</p></footer></div></div></div></body></html>"""
    return Template("wix", url, html)


def group_blog_plain() -> Template:
    # A hand-made group blog (an old Blogger Classic or Movable Type template without classes): h1 the
    # blog's name, h2 the day, h3 the post's linked title, the text in a div, "Posted by ... at" below.
    url = "https://groupnotes.example/2019/03/finding-mentor.html"
    html = f"""<html><head><title>{BLOG}</title></head><body>
<div id="header"><h1><a href="https://groupnotes.example/">{BLOG}</a></h1><p>A group blog on mentoring and leadership</p></div>
<div id="main"><h2>Tuesday, March 12, 2019</h2><h3><a href="{url}">{TITLE}</a></h3>
<div>{TEXT.replace('<p>', '').replace('</p>', '<br /><br />')}</div>
<p>Posted by Jane Barr at 9:15 AM | <a href="{url}#comments">1 comment</a></p>
<div id="comments"><h4>1 Comment:</h4><dl><dt>Ana Ruiz said...</dt><dd><p>{COMMENT}</p></dd></dl></div></div>
<div id="sidebar"><h2>Previous Posts</h2><ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul>
<h2>Contributors</h2><ul><li><a href="/profile/1">Jane Barr</a></li><li><a href="/profile/2">Sam Okafor</a></li></ul></div></body></html>"""
    return Template("group-blog-plain", url, html)


def ghost_two_authors() -> Template:
    # Ghost (Casper's byline-multiple): two authors in the author list and JSON-LD's first author only;
    # og:site_name, published time in UTC.
    t = ghost_casper()
    html = (t.html.replace('<h4 class="author-name"><a href="/author/jane/">Jane Barr</a></h4>',
                           '<h4 class="author-name"><a href="/author/jane/">Jane Barr</a>, '
                           '<a href="/author/sam/">Sam Okafor</a></h4>')
            .replace('<meta name="twitter:data1" content="Jane Barr">',
                     '<meta name="twitter:data1" content="Jane Barr, Sam Okafor">')
            .replace('"author": {"@type": "Person", "name": "Jane Barr", "url": "https://librarynotes.ghost.io/author/jane/"}',
                     '"author": [{"@type": "Person", "name": "Jane Barr"}, {"@type": "Person", "name": "Sam Okafor"}]'))
    return Template("ghost-two-authors", t.url, html, authors=(AUTHOR, ("Sam", "Okafor")))


def wordpress_com_jetpack() -> Template:
    # A WordPress.com site (Twenty Fifteen with Jetpack): Jetpack's og tags (og:site_name, no author),
    # sharing buttons and "Related" posts inside the entry content, a "Like this:" widget; the byline in
    # the footer with screen-reader labels.
    url = "https://librarynotes.wordpress.com/2019/03/12/finding-a-mentor/"
    head = (f'<title>{TITLE} &#8211; {BLOG}</title><meta property="og:type" content="article" />'
            f'<meta property="og:title" content="{TITLE}" /><meta property="og:url" content="{url}" />'
            f'<meta property="og:site_name" content="{BLOG}" /><meta property="article:published_time" content="2019-03-12T16:15:00+00:00" />'
            f'<meta property="article:modified_time" content="2019-03-12T16:15:00+00:00" /><meta name="generator" content="WordPress.com" />')
    related = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{n}" data-post-id="{n}"><h4 class="jp-relatedposts-post-title">'
                      f'<a class="jp-relatedposts-post-a" href="/p/{n}">{t}</a></h4><p class="jp-relatedposts-post-excerpt">'
                      f'Mentoring excerpt number {n} that is long enough to look like a paragraph of text.</p></div>'
                      for n, t in enumerate(RELATED))
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">{head}</head>
<body class="post-template-default single single-post postid-42 single-format-standard customizer-styles-applied highlander-enabled">
<div id="page" class="hfeed site"><div id="sidebar" class="sidebar"><header id="masthead" class="site-header" role="banner"><div class="site-branding">
<p class="site-title"><a href="https://librarynotes.wordpress.com/" rel="home">{BLOG}</a></p><p class="site-description">Notes on mentoring</p></div></header>
<div id="secondary" class="secondary"><div id="widget-area" class="widget-area" role="complementary"><aside class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2>
<ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul></aside></div></div></div>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-mentoring">
<header class="entry-header"><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content">{TEXT}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{url}?share=twitter" target="_blank"><span>Twitter</span></a></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1-42'><h3 class="sd-title">Like this:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder'><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>Related</em></h3>{related}</div></div></div>
<footer class="entry-footer"><span class="posted-on"><span class="screen-reader-text">Posted on </span><a href="{url}" rel="bookmark">
<time class="entry-date published updated" datetime="2019-03-12T16:15:00+00:00">March 12, 2019</time></a></span>
<span class="byline"><span class="author vcard"><span class="screen-reader-text">Author </span><a class="url fn n" href="/author/janebarr/">Jane Barr</a></span></span>
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/mentoring/" rel="category tag">Mentoring</a></span></footer></article>
{_wp_comments()}</main></div></div></div></body></html>"""
    return Template("wordpress-com-jetpack", url, html)


ALL += [wix, group_blog_plain, ghost_two_authors, wordpress_com_jetpack]


def wp_generatepress() -> Template:
    # GeneratePress (a popular third-party WordPress theme): the site's name is p.main-title with
    # itemprop="headline" in the masthead, outside the post; the post's microdata is CreativeWork with
    # its own itemprop headline h1; "by" and the author's name inside span.author-name; a sidebar.
    url = "https://librarynotes.example/finding-a-mentor/"
    html = f"""<!DOCTYPE html><html lang="en-US"><head>{_wp_head(url, '-', False)}</head>
<body class="post-template-default single single-post postid-42 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://librarynotes.example/" rel="home">{BLOG}</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item"><a href="/about/">About</a></li></ul></div></div></nav></div></header>
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content"><div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-42" class="post-42 post type-post status-publish format-standard hentry category-mentoring" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article"><header class="entry-header" aria-label="Content"><h1 class="entry-title" itemprop="headline">{TITLE}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2019-03-12T09:15:00+00:00" itemprop="datePublished">March 12, 2019</time></span>
<span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/jane/" title="View all posts by Jane Barr" rel="author" itemprop="url"><span class="author-name" itemprop="name">Jane Barr</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">{TEXT}</div>
<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">Categories </span><a href="/category/mentoring/" rel="category tag">Mentoring</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="/p/0/" rel="prev">{RELATED[0]}</a></span></div></nav></footer></div></article>
{_wp_comments()}</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">
<h2 class="widget-title">Recent Posts</h2><ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul></aside></div></div></div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container">
<div class="copyright-bar"><span class="copyright">&copy; 2024 {BLOG}</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div></body></html>"""
    return Template("wp-generatepress", url, html)


def dev_to() -> Template:
    # DEV (Forem) articles: og:site_name "DEV Community"; the author and "Posted on <time>" above the h1 in
    # the article header; the body in div#article-body; "Top comments" and "More from" below.
    url = "https://dev.to/janebarr/finding-a-mentor-in-your-personal-learning-network-4k2p"
    head = (f'<title>{TITLE} - DEV Community</title><meta name="description" content="Mentoring does not need a formal programme.">'
            f'<meta name="author" content="Jane Barr"><meta property="og:type" content="article" />'
            f'<meta property="og:url" content="{url}" /><meta property="og:title" content="{TITLE}" />'
            f'<meta property="og:site_name" content="DEV Community" /><meta name="twitter:site" content="@thepracticaldev">'
            f'<link rel="canonical" href="{url}" />')
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>
<body class="default sans-serif-article-body" data-user-status="logged-out"><header class="crayons-header"><div class="crayons-header__container">
<a href="/" class="site-logo" aria-label="DEV Community Home"><svg></svg></a><div class="crayons-header--search"><form><input type="text" name="q" placeholder="Search..."></form></div>
<a href="/enter" class="c-link c-link--block">Log in</a></div></header>
<div id="page-content" class="wrapper stories stories-show" data-current-page="stories-show"><div id="page-content-inner">
<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left" aria-label="Article actions"></aside>
<main id="main-content" class="crayons-layout__content grid gap-4"><div class="article-wrapper">
<article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="1234" data-article-slug="finding-a-mentor-4k2p">
<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta"><div class="flex s:items-start flex-col s:flex-row">
<div id="action-space" class="crayons-article__actions mb-4 s:mb-0 s:order-last"></div><div class="crayons-article__subheader">
<a href="/janebarr" class="crayons-avatar crayons-avatar--l mr-2 shrink-0"><img src="/jane.png" width="40" height="40" alt="Jane Barr profile picture" class="crayons-avatar__image"></a>
<div class="pl-3 flex-1"><a href="/janebarr" class="crayons-link fw-bold">Jane Barr</a>
<p class="fs-xs color-base-60">Posted on <time datetime="2019-03-12T16:15:00Z" class="date-no-year">Mar 12, 2019</time></p></div></div></div>
<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">{TITLE}</h1>
<div class="spec__tags flex flex-wrap"><a class="crayons-tag crayons-tag--monochrome" href="/t/mentoring"><span class="crayons-tag__prefix">#</span>mentoring</a></div></div></header>
<div class="crayons-article__main "><div class="crayons-article__body text-styles spec__body" data-article-id="1234" id="article-body">{TEXT}</div></div>
<section id="comments" data-follow-button-container="true" class="text-padding mb-4 border-t-1 border-0 border-solid border-base-10">
<header class="relative flex justify-between items-center mb-6"><h2 class="crayons-subtitle-1">Top comments (1)</h2></header>
<div class="comments" id="comment-trees-container"><details class="comment-wrapper"><div class="comment__content crayons-card"><div class="comment__body text-styles text-styles--secondary body">
<p>{COMMENT}</p></div></div></details></div></section></article>
<section class="crayons-card crayons-card--secondary text-padding"><h2 class="crayons-subtitle-1">More from <a href="/janebarr">Jane Barr</a></h2>
{''.join(f'<div class="crayons-link crayons-link--contentful"><a href="/janebarr/p{n}"><h3 class="crayons-subtitle-2">{t}</h3></a></div>' for n, t in enumerate(RELATED))}</section>
</div></main></div></div></div>
<footer id="footer" class="crayons-footer print-hidden"><div class="crayons-footer__container"><p>DEV Community — A constructive and inclusive social network for software developers.</p></div></footer></body></html>"""
    return Template("dev-to", url, html, site="DEV Community")


def drupal7_blog() -> Template:
    # Drupal 7's Bartik with the Blog module: no OpenGraph, the site's name in div#site-name, h1#page-title,
    # the node's RDFa (dc:date content, foaf:name), "Submitted by Jane Barr on Tue, 03/12/2019 - 09:15";
    # the body in field-item divs; "Jane Barr's blog" link and a "Recent blog posts" block.
    url = "https://librarynotes.example/content/finding-mentor-your-personal-learning-network"
    html = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" version="XHTML+RDFa 1.0" dir="ltr"><head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="canonical" href="/content/finding-mentor-your-personal-learning-network" /><title>{TITLE} | {BLOG}</title></head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-12 node-type-blog">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section clearfix">
<a href="/" title="Home" rel="home" id="logo"><img src="/logo.png" alt="Home" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Home" rel="home"><span>{BLOG}</span></a></strong></div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Main menu</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first last"><a href="/">Home</a></li></ul></div></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section"><a id="main-content"></a>
<h1 class="title" id="page-title">{TITLE}</h1><div class="tabs"></div><div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-12" class="node node-blog node-promoted node-full clearfix" about="/content/finding-mentor" typeof="sioc:Post sioct:BlogPost">
<span property="dc:title" content="{TITLE}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="1" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="2019-03-12T09:15:00-07:00" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by
<span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">Jane Barr</span> on Tue, 03/12/2019 - 09:15</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{TEXT}</div></div></div></div>
<div class="link-wrapper"><ul class="links inline"><li class="blog_usernames_blog first"><a href="/blog/3" title="Read Jane Barr&#039;s latest blog entries.">Jane Barr&#039;s blog</a></li>
<li class="comment-add last"><a href="/comment/reply/12#comment-form" title="Share your thoughts and opinions related to this posting.">Add new comment</a></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2><a id="comment-7"></a><div class="comment comment-by-anonymous clearfix" about="/comment/7#comment-7" typeof="sioc:Post sioct:Comment">
<div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" typeof="sioc:UserAccount" property="foaf:name">Ana Ruiz (not verified)</span></span></p>
<p class="comment-time"><span property="dc:date dc:created" content="2019-03-13T04:02:00-07:00" datatype="xsd:dateTime">Wed, 03/13/2019 - 04:02</span></p></div></div>
<div class="content"><div class="field field-name-comment-body"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{COMMENT}</p></div></div></div></div></div></div>
</div></div></div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second"><div id="block-blog-recent" class="block block-blog">
<h2>Recent blog posts</h2><div class="content"><div class="item-list"><ul>{''.join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(RELATED))}</ul></div></div></div></div></div></div>
</div></div><div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-system-powered-by" class="block block-system">
<div class="content"><span>Powered by <a href="https://www.drupal.org">Drupal</a></span></div></div></div></div></div></div></div></div></body></html>"""
    return Template("drupal7-blog", url, html)


ALL += [wp_generatepress, dev_to, drupal7_blog]


def wp_coauthors() -> Template:
    # Twenty Sixteen with Co-Authors Plus: one author card per author in the byline ("<vcard> and <vcard>").
    t = wp_twentysixteen()
    html = t.html.replace('<a class="url fn n" href="/author/jane/">Jane Barr</a></span></span>',
                          '<a class="url fn n" href="/author/jane/">Jane Barr</a></span> and <span class="author vcard">'
                          '<a class="url fn n" href="/author/sam/">Sam Okafor</a></span></span>')
    return Template("wp-coauthors", t.url, html, authors=(AUTHOR, ("Sam", "Okafor")))


ALL += [wp_coauthors]
