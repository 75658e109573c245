"""The labelled webs built to be measured once (webs 7-48), without scan
where it can be: each serves what it labels, its seeds are labelled pages,
every labelled page is reachable from the seeds within depth 3 by the links
a polite crawler follows (a breadth-first walk of ``<a href>`` links that
are not ``rel="nofollow"``), no followed link leads to an unlabelled page of
its hosts, and every page is what it claims (HTML with a title, a whole PDF,
web 7's dataset CSV); webs 8-48 are built as their text modules labelled
them before they were built; and ``scan crawl`` finds what it should.

Each web's labels were committed before scan first ran on it, and the lead
measured it once, untouched, after every fix of the session that built it
(``bench/bench_ranking.py --web N --detail``); each has been a tuning web
since. Web 7's measure is in tests/test_rank_web7.py; the others':

* web 8 (115 pages; main b8a6b35): scan found 112, NDCG@10 0.937, no
  non-work in the top 10, ``cite --min-score 60`` 24 pages, precision 0.750,
  recall 0.720 (0.773 leaving out the relevant PDFs scan does not read),
  kinds 89 of 115; trafilatura + BM25 NDCG@10 0.546, 4 non-works in its top 10;
* web 9 (107 pages; main db921eb): scan found 101 (a Spanish-language
  journal's articles, behind an issue page that carried none of the topic's
  English keywords, were not followed), NDCG@10 1.000, none, 19 pages,
  precision 0.895, recall 0.654 (0.682), kinds 76 of 107; peer 0.551, 5;
* web 10 (112 pages; main b079cfd): scan found 109, NDCG@10 0.964, none,
  19 pages, precision 0.895, recall 0.654 (0.682), kinds 97 of 112; peer
  0.538, 3;
* web 11 (118 pages; main 91a7ada, which blended the keyword score with a
  model learned from webs 1-10, since taken out): scan found 114, NDCG@10
  0.829, none, 19 pages, precision 0.947, recall 0.667 (0.720), kinds 82 of
  118; the keyword score alone, in the same run: 0.861, none, 19 pages,
  precision 1.000, recall 0.704; peer 0.566, 4;
* web 12 (119 pages; main aff4c79): scan found 119, NDCG@10 0.852, none,
  16 pages, precision 0.875, recall 0.560 (0.600 leaving out its 5
  relevant PDFs), kinds 104 of 119; peer 0.787, 2;
* web 13 (109 pages; main ecc020f): scan found 99 (a blog's second page
  and a fediverse server's profiles carry no word of the topic, so the
  crawl did not follow them), NDCG@10 0.955, none, 17 pages, precision
  0.941, recall 0.615 (0.667), kinds 79 of 109; peer 0.630, 4;
* web 14 (102 pages; main 2e1732e): scan found 90 (a FluxBB board and a
  Pixelfed profile, whose lists of threads and photos carry no word of the
  topic, were not followed), NDCG@10 0.886, none, 15 pages, precision
  0.933, recall 0.560 (0.609), kinds 77 of 102; peer 0.506, 5;
* web 15 (104 pages; main e48708b, scan as of 6fe65f7): scan found 101,
  NDCG@10 0.964, none, 18 pages, precision 0.944, recall 0.680 (0.739
  leaving out its 2 relevant PDFs), kinds 89 of 104; peer 0.612, 5;
* web 16 (104 pages; main db5c132, scan as of 98899fd): scan found 103,
  NDCG@10 0.958, none, 22 pages, precision 0.864, recall 0.731 (0.760
  leaving out its relevant PDF), kinds 94 of 104; peer 0.669, 4;
* web 17 (109 pages; main 3f040b6, scan as of f5fb5b9): scan found 109,
  NDCG@10 0.958, none, 18 pages, precision 0.889, recall 0.615 (0.727
  leaving out the relevant documents scan does not read), kinds 87 of 109;
  peer 0.716, 4;
* web 18 (105 pages; main e1bc662, scan as of bd18783): scan found 100 (a
  blog's second page, taken for a copy of its first, was not followed),
  NDCG@10 0.877, none, 16 pages, precision 0.938, recall 0.577 (0.625
  leaving out its 2 relevant PDFs), kinds 83 of 105; peer 0.635, 4;
* web 19 (109 pages; main c2f5430, scan as of c28e15a, which also counts a
  work cited by a work about the topic for more): scan found 106, NDCG@10
  0.964, none, 20 pages, precision 1.000, recall 0.769 (0.792 leaving out
  its relevant PDFs), kinds 74 of 109 (its writer labelled blog posts
  posts, scan types them articles); peer 0.726, 3;
* web 20 (110 pages; main 60cf340, scan as of d231673, which reads a PDF by
  the link to it): scan found 105, NDCG@10 1.000, none, 20 pages, precision
  0.950, recall 0.760 (0.762 leaving out its relevant documents), kinds 81 of
  110 (a Waterhole forum's threads typed articles, a Scribd-like host's
  documents articles); peer 0.714, 1;
* web 21 (121 pages; main 548027c, scan as of 2a56bba, which also weighs
  the works between 35 and 80 by how much they read like the scan's works
  about the topic): scan found 116, NDCG@10 0.924, none, 17 pages,
  precision 1.000, recall 0.680 (0.739 leaving out its 2 relevant PDFs),
  kinds 107 of 121 (bbPress's /forums/topic/ threads typed categories);
  peer 0.691, 2;
* web 22 (121 pages; main 548027c, scan as of 2a56bba): scan found 119,
  NDCG@10 0.851, none, 15 pages, precision 0.867, recall 0.520 (0.522),
  kinds 98 of 121; peer 0.556, 4;
* web 24 (112 pages; main fb59286, scan as of 44006f0): scan found 109,
  NDCG@10 0.922, none, 17 pages, precision 0.941, recall 0.615 (0.609
  leaving out its 3 relevant PDFs), kinds 78 of 112 (a Wiki.js wiki's pages,
  whose text is in a Vue slot's ``<template>``, were listings scoring 0;
  Groups.io, Lobsters-like and Circle threads were articles read without
  their replies); peer 0.578, 4;
* web 23 (128 pages; main cedb755, scan as of c8ee226, which fixed what web
  24 showed): scan found 125, NDCG@10 0.936, one non-work (a Sched
  conference's list of talks with their descriptions), 25 pages, precision
  0.760, recall 0.731 (0.792 leaving out its 2 relevant PDFs), kinds 96 of
  128 (listings of a journal's issues and a CMS's news typed articles;
  HyperKitty and Khoros threads articles); peer 0.581, 5;
* web 25 (116 pages; main 1428861, scan as of e3fddcf, after the fixes webs
  23 and 24 showed): scan found 110 (a Zulip archive's stream whose topics
  carry no word of the topic, not followed), NDCG@10 0.829, none, 16 pages,
  precision 1.000, recall 0.615 (0.565 leaving out its 3 relevant PDFs),
  kinds 90 of 116 (diaspora* posts typed articles, scoring 16-24 as short
  articles; a LibAnswers answer a listing); peer 0.522, 3;
* web 26 (111 pages; main 1428861, scan as of e3fddcf): scan found 106 (a
  relevant PDF linked only from a list of resources that carries no word of
  the topic), NDCG@10 0.731, none, 24 pages, precision 0.833, recall 0.769
  (0.792 leaving out its 2 relevant PDFs), kinds 96 of 111 (a Google Sites
  page typed a repository's browse view); peer 0.325, 5;
* web 27 (112 pages; main e1544c2, scan as of 3655e2f, after the fixes webs
  23-26 showed): scan found 101 (an Indico event whose overview carries no
  word of the topic, so its talks were not reached), NDCG@10 0.960, none,
  21 pages, precision 0.810 (two Sharkey members' pages typed articles),
  recall 0.654 (0.591 leaving out its 4 relevant PDFs), kinds 83 of 112;
  peer 0.540, 5;
* web 28 (123 pages; main e1544c2, scan as of 3655e2f): scan found 119,
  NDCG@10 1.000, none, 19 pages, precision 0.947, recall 0.667 (0.727
  leaving out its 5 relevant PDFs), kinds 95 of 123 (Bettermode's threads
  read without their replies); peer 0.404, 7;
* web 29 (106 pages; main 16815ba, scan as of 502b22f, after the fixes
  webs 23-28 showed): scan found 104, NDCG@10 0.888, none, 23 pages,
  precision 0.913, recall 0.808 (0.750 leaving out its 6 relevant works
  labelled documents: 2 PDFs, their HAL records, 2 Pressbooks chapters),
  kinds 77 of 106 (vBulletin 5's threads articles read
  without their replies, scoring 0-17; a LiveJournal entry reached first at
  its reply form's address, so its own address was recorded as a copy);
  peer 0.528, 4;
* web 30 (103 pages; main 16815ba, scan as of 502b22f): scan found 103,
  NDCG@10 0.920, none, 25 pages, precision 0.880, recall 0.880 (0.870
  leaving out its 2 relevant PDFs), kinds 88 of 103 (Nabble's threads
  typed articles; a newsroom's "story could not be found" page a listing);
  peer 0.152, 8;
* web 31 (106 pages; main 2d0ed6e, scan as of 4a78f36, after the fixes
  webs 29 and 30 showed): scan found 106, NDCG@10 0.897, none, 19 pages,
  precision 0.895, recall 0.654 (0.714 leaving out its 5 relevant works
  labelled documents), kinds 80 of 106 (Serendipity's entries, under
  /archives/, typed listings; Confluence's pages home pages, their title
  heading taken for the site's logo); peer 0.522, 5;
* web 32 (103 pages; main 2d0ed6e, scan as of 4a78f36): scan found 103,
  NDCG@10 0.865, none, 18 pages, precision 0.944, recall 0.654 (0.591
  leaving out its 4 relevant works labelled documents), kinds 71 of 103
  (Dotclear's posts, their path given to index.php as its query, typed
  home pages); peer 0.419, 4;
* web 33 (100 pages; main 81169a9, scan as of 45646d8, after the fixes
  webs 31 and 32 showed): scan found 98 (a Svbtle blog's second page,
  whose teasers say nothing of the topic, not followed), NDCG@10 0.960,
  none, 14 pages, precision 1.000, recall 0.609 (0.636 leaving out its
  relevant PDF), kinds 68 of 100 (Warpcast's casts typed articles, scoring
  0-17; a J-STAGE-like journal's PDF, linked first by its issue's
  contents, read by that link); peer 0.677, 3;
* web 34 (117 pages; main 81169a9, scan as of 45646d8): scan found 115,
  NDCG@10 1.000, none, 23 pages, precision 0.957, recall 0.846 (0.840
  leaving out its relevant PDF), kinds 92 of 117; peer 0.660, 4;
* web 35 (102 pages; main 93f7520, scan as of e801a62, after the fixes
  webs 33 and 34 showed): scan found 96 (a Cairn-like journal's issues,
  whose contents say nothing of the topic in English, not followed),
  NDCG@10 1.000, none, 15 pages, precision 1.000, recall 0.556 (0.478
  leaving out its relevant PDFs), kinds 76 of 102; peer 0.383, 5;
* web 36 (127 pages; main 93f7520, scan as of e801a62): scan found 116,
  NDCG@10 0.940, none, 19 pages, precision 0.842, recall 0.640 (0.682
  leaving out its relevant PDFs), kinds 96 of 127 (Mitra's posts typed
  articles); peer 0.445, 6;
* web 37 (104 pages; main fde9a3c, scan as of 3650203, after the fixes webs
  35 and 36 showed): scan found 99, NDCG@10 0.626, one non-work (a
  dissertation database's browse page), 13 pages, precision 0.769, recall
  0.385 (0.391 leaving out its relevant PDFs), kinds 78 of 104 (Super's
  Notion pages, their text in an article classed "has-footer" taken for a
  footer, scoring 0; Telegram's posts, their text only in their
  description, listings scoring 0); peer 0.559, 4;
* web 38 (108 pages; main 62abda5, scan as of 3650203): scan found 105,
  NDCG@10 0.817, none, 10 pages, precision 0.900, recall 0.360 (0.429
  leaving out its relevant PDFs), kinds 71 of 108 (Tildes' topics and
  Sympa's messages articles read without their replies); peer 0.334, 5;
  Webs 37-40 were written to a brief that asked for relevant pages in plain
  words ("showed me the ropes", "a buddy scheme", "advice from seniors"):
  most of what they miss is a text about mentoring with no word of the topic;
* web 39 (113 pages; main 635bff7, scan as of c6fde41, after the fixes webs
  37 and 38 showed): scan found 112, NDCG@10 0.806, none, 11 pages,
  precision 0.818, recall 0.391 (0.381 leaving out its relevant PDFs),
  kinds 83 of 113 (a Jupyter Book's chapter, its section's anchor
  "...-social-platforms" taken for a share bar, a listing scoring 0);
  peer 0.281, 7;
* web 40 (128 pages; main 6306c8c, scan as of c6fde41): scan found 117,
  NDCG@10 0.680, three non-works (a Pinboard-like site's bookmark pages,
  /u:NAME and /u:NAME/t:TAG, typed articles), 11 pages, precision 0.727,
  recall 0.320 (0.261 leaving out its relevant PDFs), kinds 67 of 128; peer
  0.280, 7;
* web 42 (130 pages; main 2ed1c83, scan as of 79e7943, after the fixes webs
  39 and 40 showed; written to a brief asking for the field's usual words,
  its helper's markup simplified: one generator for its listings, tags,
  profiles and the like): scan found 129, NDCG@10 1.000, none, 18 pages,
  precision 1.000, recall 0.750 (0.700 leaving out its relevant PDFs),
  kinds 109 of 130 (a GitHub-like forum's discussions listings scoring
  under 2); peer 0.315, 8;
* web 41 (111 pages; main 8df198b, scan as of f999c86, with web 42's one
  fix; the same brief): scan found 101 (a Facebook-like group whose page
  sends browsers without scripts elsewhere from inside <noscript>, taken
  for a redirect, its posts never reached), NDCG@10 0.909, none, 22 pages,
  precision 0.818, recall 0.750 (0.700 leaving out its relevant PDFs),
  kinds 87 of 111; peer 0.635, 2;
* web 43 (105 pages; main b1828b0, scan as of 086e443, after the fixes webs
  41 and 42 showed; the same brief, its helper's markup from memory): scan
  found 103, NDCG@10 0.865, none, 18 pages, precision 0.889, recall 0.727
  (0.882 leaving out its relevant PDFs), kinds 74 of 105 (OER Commons' and
  MERLOT's records articles or listings, scoring 0-48); peer 0.861, 0;
* web 44 (116 pages; main b1828b0, scan as of 086e443): scan found 112,
  NDCG@10 0.917, none, 17 pages, precision 0.941, recall 0.696 (0.750
  leaving out its relevant PDFs), kinds 77 of 116 (a library catalogue's
  records, Koha's, VuFind's and WorldCat's, articles or listings); peer
  0.851, 1;
* web 45 (107 pages; main aafb804, scan as of dd6279c, after the fixes webs
  43 and 44 showed): scan found 103, NDCG@10 0.742, none, 12 pages,
  precision 0.917, recall 0.500 (0.400 leaving out its relevant PDFs),
  kinds 58 of 107 (Scoop.it's curated posts, under /topic/NAME/, typed
  categories; Padlet's posts short articles scoring 15-17; H-Net's
  threads articles); peer 0.679, 3;
* web 46 (111 pages on ten site builders; main aafb804, scan as of
  dd6279c): scan found 106, NDCG@10 0.964, none, 16 pages, precision
  0.938, recall 0.682 (0.714 leaving out its relevant PDF), kinds 100 of
  111; peer 0.617, 4;
* web 47 (135 pages of news sites and magazines; main 50f5d6e, scan as of
  0f2f4b9, after the fixes web 45 showed): scan found 135, NDCG@10 0.926,
  none, 14 pages, precision 1.000, recall 0.583 (0.609 leaving out its
  relevant PDF), kinds 118 of 135 (a newspaper's live Q&A, its answers in
  its comments, an article scoring 17); peer 0.425, 7;
* web 48 (135 pages of the field's own blogs, journals and associations;
  main 44c69cd, scan as of 0f2f4b9): scan found 131, NDCG@10 1.000, none,
  20 pages, precision 1.000, recall 0.800 (0.870 leaving out its relevant
  PDFs), kinds 115 of 135 (Drupal's forum topics articles scoring 11-14);
  peer 0.431, 4.

No acceptance bar is asserted here."""

from __future__ import annotations

import pytest

from collections import Counter

from tests import (labelled_text8, labelled_text9, labelled_text10, labelled_text11, labelled_text12, labelled_text13,
                   labelled_text14, labelled_text15, labelled_text16, labelled_text17, labelled_text18)
from tests import labelled_text19
from tests import labelled_text20
from tests import labelled_text21, labelled_text22
from tests import labelled_text23
from tests import labelled_text24
from tests import labelled_text25
from tests import labelled_text26
from tests import labelled_text27
from tests import labelled_text28
from tests import labelled_text29
from tests import labelled_text30
from tests import labelled_text31
from tests import labelled_text32
from tests import labelled_text33
from tests import labelled_text34
from tests import labelled_text35
from tests import labelled_text36
from tests import labelled_text37
from tests import labelled_text38
from tests import labelled_text39
from tests import labelled_text40
from tests import labelled_text41
from tests import labelled_text42
from tests import labelled_text43
from tests import labelled_text44
from tests import labelled_text45
from tests import labelled_text46
from tests import labelled_text47
from tests import labelled_text48
from tests.labelled_web import CITABLE, built_docs, crawl_web, link_depths, malformed, served_wrongly, stray_links
from tests.labelled_web7 import LabelledWeb7
from tests.labelled_web8 import LabelledWeb8
from tests.labelled_web9 import LabelledWeb9
from tests.labelled_web10 import LabelledWeb10
from tests.labelled_web11 import LabelledWeb11
from tests.labelled_web12 import LabelledWeb12
from tests.labelled_web13 import LabelledWeb13
from tests.labelled_web14 import LabelledWeb14
from tests.labelled_web15 import LabelledWeb15
from tests.labelled_web16 import LabelledWeb16
from tests.labelled_web17 import LabelledWeb17
from tests.labelled_web18 import LabelledWeb18
from tests.labelled_web19 import LabelledWeb19
from tests.labelled_web20 import LabelledWeb20
from tests.labelled_web21 import LabelledWeb21
from tests.labelled_web22 import LabelledWeb22
from tests.labelled_web23 import LabelledWeb23
from tests.labelled_web24 import LabelledWeb24
from tests.labelled_web25 import LabelledWeb25
from tests.labelled_web26 import LabelledWeb26
from tests.labelled_web27 import LabelledWeb27
from tests.labelled_web28 import LabelledWeb28
from tests.labelled_web29 import LabelledWeb29
from tests.labelled_web30 import LabelledWeb30
from tests.labelled_web31 import LabelledWeb31
from tests.labelled_web32 import LabelledWeb32
from tests.labelled_web33 import LabelledWeb33
from tests.labelled_web34 import LabelledWeb34
from tests.labelled_web35 import LabelledWeb35
from tests.labelled_web36 import LabelledWeb36
from tests.labelled_web37 import LabelledWeb37
from tests.labelled_web38 import LabelledWeb38
from tests.labelled_web39 import LabelledWeb39
from tests.labelled_web40 import LabelledWeb40
from tests.labelled_web41 import LabelledWeb41
from tests.labelled_web42 import LabelledWeb42
from tests.labelled_web43 import LabelledWeb43
from tests.labelled_web44 import LabelledWeb44
from tests.labelled_web45 import LabelledWeb45
from tests.labelled_web46 import LabelledWeb46
from tests.labelled_web47 import LabelledWeb47
from tests.labelled_web48 import LabelledWeb48

WEBS = [LabelledWeb7, LabelledWeb8, LabelledWeb9, LabelledWeb10, LabelledWeb11, LabelledWeb12, LabelledWeb13,
        LabelledWeb14, LabelledWeb15, LabelledWeb16, LabelledWeb17, LabelledWeb18, LabelledWeb19, LabelledWeb20,
        LabelledWeb21, LabelledWeb22, LabelledWeb23, LabelledWeb24, LabelledWeb25, LabelledWeb26,
        LabelledWeb27, LabelledWeb28, LabelledWeb29, LabelledWeb30, LabelledWeb31, LabelledWeb32,
        LabelledWeb33, LabelledWeb34, LabelledWeb35, LabelledWeb36, LabelledWeb37, LabelledWeb38,
        LabelledWeb39, LabelledWeb40, LabelledWeb41, LabelledWeb42, LabelledWeb43, LabelledWeb44, LabelledWeb45,
        LabelledWeb46, LabelledWeb47, LabelledWeb48]
IDS = [f"web{n}" for n in range(7, 49)]
# the webs scan has not yet crawled: the lead measures each once before scan runs on it here
UNMEASURED: list = []
# the webs scan has crawled here (each once measured, then tuned on)
SCANNED = [w for w in WEBS if w not in UNMEASURED]
SCANNED_IDS = [i for w, i in zip(WEBS, IDS) if w not in UNMEASURED]
# content types a web serves besides HTML and PDF
OTHER_TYPES = {LabelledWeb7: ("text/csv",)}


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_the_seeds_are_labelled_pages(web):
    docs, url = built_docs(web)
    assert [h for h in web.HOSTS if url(h, web.START.get(h, "/")) not in docs] == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_labelled_page_is_reachable_within_depth_3(web):
    docs, _ = built_docs(web)
    depth = link_depths(web)
    assert sorted(u for u in docs if u not in depth) == []
    assert max(depth.values()) <= 3


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_followed_link_on_the_web_leads_to_a_labelled_page(web):
    assert stray_links(web) == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_every_page_is_what_it_claims(web):
    assert malformed(web, OTHER_TYPES.get(web, ())) == []


@pytest.mark.parametrize("web", WEBS, ids=IDS)
def test_the_web_serves_what_it_labels(web):
    with web() as served:
        assert served_wrongly(served) == []
        # "/" and "/?s=mentor" are two pages: tests.servers routes the whole path with its query first
        assert len(served.labels) == len(served.docs)


# webs 8-20 wrote every page's label (kind, grade) in their text modules before their pages were built
LABELS = [(LabelledWeb8, labelled_text8), (LabelledWeb9, labelled_text9), (LabelledWeb10, labelled_text10),
          (LabelledWeb11, labelled_text11), (LabelledWeb12, labelled_text12),
          (LabelledWeb13, labelled_text13), (LabelledWeb14, labelled_text14), (LabelledWeb15, labelled_text15),
          (LabelledWeb16, labelled_text16), (LabelledWeb17, labelled_text17), (LabelledWeb18, labelled_text18),
          (LabelledWeb19, labelled_text19), (LabelledWeb20, labelled_text20),
          (LabelledWeb21, labelled_text21), (LabelledWeb22, labelled_text22), (LabelledWeb23, labelled_text23),
          (LabelledWeb24, labelled_text24), (LabelledWeb25, labelled_text25), (LabelledWeb26, labelled_text26),
          (LabelledWeb27, labelled_text27), (LabelledWeb28, labelled_text28),
          (LabelledWeb29, labelled_text29), (LabelledWeb30, labelled_text30),
          (LabelledWeb31, labelled_text31), (LabelledWeb32, labelled_text32),
          (LabelledWeb33, labelled_text33), (LabelledWeb34, labelled_text34),
          (LabelledWeb35, labelled_text35), (LabelledWeb36, labelled_text36),
          (LabelledWeb37, labelled_text37), (LabelledWeb38, labelled_text38),
          (LabelledWeb39, labelled_text39), (LabelledWeb40, labelled_text40),
          (LabelledWeb41, labelled_text41), (LabelledWeb42, labelled_text42),
          (LabelledWeb43, labelled_text43), (LabelledWeb44, labelled_text44),
          (LabelledWeb45, labelled_text45), (LabelledWeb46, labelled_text46),
          (LabelledWeb47, labelled_text47), (LabelledWeb48, labelled_text48)]


@pytest.mark.parametrize("web, text", LABELS, ids=IDS[1:])
def test_the_pages_are_the_ones_labelled_before_the_web_was_built(web, text):
    docs, _ = built_docs(web)
    by_place = {(d.host, d.path): d for d in docs.values()}
    for w in text.WORKS.values():
        d = by_place[(w.host, w.path)]
        assert (d.kind, d.grade) == (w.kind, w.grade), w.path
    for host, path, kind in text.OTHER:
        assert (by_place[(host, path)].kind, by_place[(host, path)].grade) == (kind, 0), path
    assert len(by_place) == len(text.WORKS) + len(text.OTHER) == len(docs)


@pytest.mark.parametrize("web", WEBS[1:], ids=IDS[1:])
def test_every_kind_and_grade_is_there(web):
    """Every kind, every grade, 100-140 pages on ten hosts, 20-27 relevant works (at most two of them PDFs),
    errors both real 404s and a soft one. (Web 7's own file checks its counts, which differ.)"""
    docs, _ = built_docs(web)
    kinds = Counter(d.kind for d in docs.values())
    assert set(kinds) == {"article", "journal-article", "post", "document", "home", "about", "contact", "category",
                          "tag", "search", "listing", "profile", "error"}
    assert 100 <= len(docs) <= 140 and len({d.host for d in docs.values()}) == 10
    works = [d for d in docs.values() if d.kind in CITABLE]
    assert {d.grade for d in works} == {0, 1, 2, 3}
    assert 20 <= sum(d.grade >= 2 for d in works) <= 27
    assert all(d.grade == 0 for d in docs.values() if d.kind not in CITABLE)
    assert sum(1 for d in works if d.content_type == "application/pdf" and d.grade >= 2) <= 2
    errors = [d for d in docs.values() if d.kind == "error"]
    assert {d.status for d in errors} == {200, 404}  # a soft 404 and real ones
    assert all(d.status == 200 for d in docs.values() if d.kind != "error")


# what `scan crawl --follow relevant` (the default) leaves out: pages reached only through pages that do not carry
# the topic, whose links it does not follow (categories and tags of other subjects, off-topic posts, a user page, an
# annual report's PDF); at most this many, and this many of them about the topic (web 9: a Spanish article whose
# issue page is reached through another; web 10: a post on a Threads-like network linked only from a profile the
# crawl does not follow; web 13: a blog's second page and a fediverse server's profile pages, which carry no word of
# the topic; web 14: a FluxBB board's threads and a Pixelfed profile's photos, the same)
CRAWL_LEAVES_OUT = {LabelledWeb7: (9, 0), LabelledWeb8: (3, 0), LabelledWeb9: (3, 1), LabelledWeb10: (3, 1),
                    LabelledWeb11: (4, 0), LabelledWeb12: (0, 0), LabelledWeb13: (10, 2), LabelledWeb14: (7, 2),
                    LabelledWeb15: (3, 0), LabelledWeb16: (1, 0),
                    LabelledWeb17: (0, 0), LabelledWeb18: (5, 1), LabelledWeb19: (3, 0),
                    LabelledWeb20: (5, 0), LabelledWeb21: (5, 0), LabelledWeb22: (2, 0), LabelledWeb23: (3, 0),
                    LabelledWeb24: (3, 0), LabelledWeb25: (7, 1), LabelledWeb26: (5, 1),
                    LabelledWeb27: (11, 3), LabelledWeb28: (4, 0), LabelledWeb29: (2, 0), LabelledWeb30: (0, 0),
                    LabelledWeb31: (0, 0), LabelledWeb32: (0, 0), LabelledWeb33: (0, 0), LabelledWeb34: (2, 0),
                    LabelledWeb35: (6, 1), LabelledWeb36: (11, 1), LabelledWeb37: (4, 0), LabelledWeb38: (3, 0),
                    LabelledWeb39: (1, 0), LabelledWeb40: (11, 0), LabelledWeb41: (0, 0), LabelledWeb42: (1, 0),
                    LabelledWeb43: (2, 0), LabelledWeb44: (4, 0), LabelledWeb45: (4, 0), LabelledWeb46: (5, 0),
                    LabelledWeb47: (0, 0), LabelledWeb48: (4, 0)}


@pytest.mark.parametrize("web", SCANNED, ids=SCANNED_IDS)
def test_scan_finds_the_pages_about_the_topic(web, tmp_path):
    most, relevant = CRAWL_LEAVES_OUT[web]
    with web() as served:
        _, pages = crawl_web(served, tmp_path)
        found = {p["url"] for p in pages}
        missing = [u for u in served.labels if u not in found]
        assert len([u for u in missing if served.labels[u].grade >= 2]) <= relevant, missing
        assert len(missing) <= most, missing
