"""Web 39's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

QUARTO = "notes.shelfmark.example"        # a Quarto blog
JBOOK = "handbook.infoschool.example"     # a Jupyter Book course handbook
DREAM = "vellum.dreamwidth.example"       # a Dreamwidth journal
TYPEPAD = "stackside.typepad.example"     # a TypePad blog
IA = "archive.example"                    # Internet Archive item pages
WIKI = "simple.wikilib.example"           # a Wikipedia-like language edition
EPMC = "europepmc.example"                # a Europe PMC-like article page
ORCID = "orcid.example"                   # an ORCID-like researcher record
MOBI = "meet.glamfolk.example"            # a Mobilizon instance
FUNK = "audio.hushcast.example"           # a Funkwhale instance
HOSTS = (QUARTO, JBOOK, DREAM, TYPEPAD, IA, WIKI, EPMC, ORCID, MOBI, FUNK)


@dataclass(frozen=True)
class Work:
    host: str
    path: str
    kind: str
    grade: int
    title: str
    author: str
    date: str
    paras: tuple[str, ...]


def W(host, path, kind, grade, title, author, date, *paras) -> Work:
    return Work(host, path, kind, grade, title, author, date, tuple(paras))


WORKS = {
    # --- Quarto blog ---
    "q1": W(QUARTO, "/posts/finding-a-mentor-online/", "article", 3, "How I found a mentor without leaving my desk",
            "Priya Anand", "2024-01-14",
            "When I took my first solo-librarian post at a hospital library there was nobody down the corridor to "
            "ask. I posted a nervous question in a health-sciences librarians' group online and a retired medical "
            "librarian replied within the hour.",
            "We now talk every second Friday over video. She reads my draft budgets, tells me which battles are "
            "worth fighting and points me at people in her network. Online mentoring is not second best; for "
            "those of us in one-person libraries it is often the only kind on offer."),
    "q2": W(QUARTO, "/posts/peer-circles/", "article", 3, "Peer circles: what three years of monthly calls taught us",
            "Priya Anand", "2024-03-02",
            "Five of us met in a conference chat channel and agreed to keep talking. No one was the senior; each "
            "month one person brings a problem from work and the rest coach them through it.",
            "We learned that peer mentoring needs a little structure: a shared doc, a rotating host, and a rule "
            "that what is said on the call stays there. The group has seen two of us through job changes."),
    "q3": W(QUARTO, "/posts/r-for-librarians/", "article", 0, "Tidying circulation data with R",
            "Priya Anand", "2024-04-20",
            "A short walkthrough of cleaning a year of loan records with dplyr: dropping test barcodes, fixing "
            "dates that the ILS exported as text, and plotting loans by branch."),
    "q4": W(QUARTO, "/posts/conference-notes/", "article", 1, "Notes from the regional library conference",
            "Priya Anand", "2024-05-11",
            "Sessions on open access deals, on weeding without tears, and on accessible signage. The best bit was "
            "the lunch table where I met two people I had only known by their handles online, one of whom once "
            "talked me through my first grant application.",
            "Slides are linked from the programme page where speakers shared them."),
    "q5": W(QUARTO, "/posts/reverse-mentoring/", "article", 2, "Reverse mentoring and the group chat",
            "Priya Anand", "2024-06-08",
            "Our director asked the newest staff to show senior colleagues how they use messaging apps and "
            "professional networks. It turned into a two-way thing: juniors explained hashtags and threads, "
            "seniors explained budgets and committee politics.",
            "Half of it happened in person, but the group chat we set up for it is still busy."),
    # --- Jupyter Book ---
    "j1": W(JBOOK, "/chapters/networks.html", "article", 3, "3. Professional networks and mentoring online",
            "INF 540 teaching team", "2023-09-01",
            "This chapter looks at how information professionals build advice networks on social platforms. You "
            "will map your own network: who you ask when stuck, who asks you, and where those exchanges happen.",
            "We compare formal mentoring programmes run by associations over video calls with the informal "
            "guidance that grows out of hashtags, mailing lists and online communities of practice."),
    "j2": W(JBOOK, "/chapters/buddy-schemes.html", "article", 3, "4. Buddy schemes and guided first years",
            "INF 540 teaching team", "2023-09-01",
            "Many library services pair a new starter with a buddy for the first six months. Increasingly the "
            "pairing is remote: the buddy works in another branch or another country and the two meet online.",
            "Exercise: read the two case studies, then draft a one-page plan for a remote buddy scheme for "
            "newly qualified archivists, including how pairs are matched and how the scheme will be evaluated."),
    "j3": W(JBOOK, "/chapters/metadata.html", "article", 0, "5. Metadata quality", "INF 540 teaching team",
            "2023-09-01",
            "Controlled vocabularies, authority files and why inconsistent subject headings break discovery. "
            "Lab: run the validation notebook on the sample MARC records."),
    "j4": W(JBOOK, "/chapters/intro-social.html", "article", 2, "2. Librarians on social platforms",
            "INF 540 teaching team", "2023-09-01",
            "Libraries use social platforms mostly for outreach: event notices, collection highlights, answering "
            "patrons. This chapter also covers the personal side, where staff follow colleagues, ask for advice "
            "and get guidance from people further along in their careers."),
    "j5": W(JBOOK, "/chapters/assessment.html", "article", 0, "6. Assessment and grading", "INF 540 teaching team",
            "2023-09-01",
            "The portfolio counts for sixty per cent, the group project for forty. Late work loses five points a "
            "day unless an extension was agreed in advance."),
    # --- Dreamwidth ---
    "d1": W(DREAM, "/48213.html", "post", 3, "the person who showed me the ropes", "vellum", "2024-02-19",
            "Eleven years ago I was a shelver who wanted to be an archivist and had no idea how. A stranger on a "
            "community here answered my clueless post about finding aids, then kept answering, for years.",
            "She never called it mentoring. She just read my cover letters, told me which courses were worth the "
            "money, and introduced me online to people who hired me. I got my first archives job because of her."),
    "d2": W(DREAM, "/48577.html", "post", 2, "advice threads, again", "vellum", "2024-03-07",
            "The archivists community is running its yearly 'ask the old hands' thread. Newer folks post "
            "questions, people with a decade or two in reply. Last year's thread got two hundred comments.",
            "Also my cat has discovered the radiator and will not be moved."),
    "d3": W(DREAM, "/48901.html", "post", 0, "garden update", "vellum", "2024-04-02",
            "The broad beans survived the frost. The tomatoes did not. Planting again next weekend."),
    "d4": W(DREAM, "/49155.html", "post", 1, "conference season", "vellum", "2024-05-13",
            "Off to the records management conference. Will post notes. A friend from the old mentoring thread is "
            "presenting, so I will be heckling from the front row."),
    "d5": W(DREAM, "/49420.html", "post", 0, "mentoring new nurses", "vellum", "2024-06-01",
            "My sister runs the preceptor programme on her hospital ward, pairing new nurses with experienced ones "
            "on shift. She says the pairs who get on best are not the ones matched by seniority but by temperament."),
    "d6": W(DREAM, "/49688.html", "post", 3, "a peer support group for lone archivists", "vellum", "2024-06-25",
            "Starting a small online group for people who are the only archivist in their organisation. We meet on "
            "a video call once a month and keep a shared thread in between for questions too small for a call.",
            "Nobody is the expert; everybody has been stuck on something someone else has solved. Comment here if "
            "you want an invite."),
    # --- TypePad ---
    "t1": W(TYPEPAD, "/blog/2023/11/online-coaching-for-school-librarians.html", "article", 3,
            "Online coaching for new school librarians", "Dana Whitcombe", "2023-11-09",
            "Our district pairs every first-year school librarian with an experienced coach from another school. "
            "Since the pandemic the pairs meet online and message in between.",
            "The coaches say the messaging is where the real help happens: a quick question about a challenged "
            "book, a photo of a display, a draft email to a principal, answered the same afternoon."),
    "t2": W(TYPEPAD, "/blog/2023/12/what-twitter-gave-me.html", "article", 3, "What the hashtag chats gave me",
            "Dana Whitcombe", "2023-12-02",
            "For five years a weekly hashtag chat for school librarians was my staffroom. Seniors gave advice, "
            "newcomers asked the questions they could not ask at work, and several of us found long-term mentors.",
            "The platform changed and the chat scattered. Some of us moved to a group on another network; we are "
            "trying to rebuild that advice network one follow at a time."),
    "t3": W(TYPEPAD, "/blog/2024/01/book-fair-tips.html", "article", 0, "Book fair tips", "Dana Whitcombe",
            "2024-01-18",
            "Order early, count the cash box twice and recruit parent volunteers in September, not the week before."),
    "t4": W(TYPEPAD, "/blog/2024/02/instagram-displays.html", "article", 1, "Posting our displays on Instagram",
            "Dana Whitcombe", "2024-02-22",
            "Our library account posts a photo of every new display. Engagement is best on Thursday afternoons and "
            "when students are in the picture, with permission.",
            "A librarian I follow who used to coach me on displays suggested the hashtag we now use."),
    "t5": W(TYPEPAD, "/blog/2024/03/mentoring-teachers.html", "article", 0, "Mentoring new teachers in our building",
            "Dana Whitcombe", "2024-03-15",
            "Our school's induction programme pairs new teachers with a mentor teacher for lesson observation and "
            "weekly meetings in person. It works well for classroom management; subject knowledge is left to "
            "departments."),
    "t6": W(TYPEPAD, "/blog/2024/04/a-network-of-advisers.html", "article", 2, "A network of advisers, not one guru",
            "Dana Whitcombe", "2024-04-27",
            "I used to think I needed one wise person. What I have is better: a handful of librarians online, each "
            "good at one thing, whom I can ask about collection policy, tech, or dealing with complaints.",
            "The rest of this post is my list of favourite picture books of the spring."),
    # --- Internet Archive ---
    "ia1": W(IA, "/details/online-mentoring-librarians-2021", "document", 3,
             "Online mentoring for early-career librarians: a report (2021)", "Northern Library Network",
             "2021-10-01",
             "A digitised report on a pilot that matched forty early-career librarians with experienced mentors "
             "who met them only online, over video calls and a private discussion forum.",
             "Participants valued honest advice about career moves and help with their first committee roles; "
             "mentors asked for more training on giving feedback remotely."),
    "ia2": W(IA, "/download/online-mentoring-librarians-2021/online-mentoring-librarians-2021.pdf", "document", 3,
             "Online mentoring for early-career librarians (PDF)", "Northern Library Network", "2021-10-01",
             "Online mentoring for early-career librarians: report of the pilot programme.",
             "Forty mentees were matched with experienced librarians and archivists across the region.",
             "Pairs met by video call monthly and used a private forum between calls.",
             "Mentees reported more confidence in applying for posts and speaking at meetings.",
             "Recommendation: keep the online format and add peer groups of four mentees."),
    "ia3": W(IA, "/details/library-annual-report-1998", "document", 0, "Annual report of the city library 1998",
             "City Library Board", "1999-03-01",
             "A scanned annual report: circulation figures, branch renovations, the new reading room and a list of "
             "trustees."),
    # --- Wikipedia-like ---
    "w1": W(WIKI, "/wiki/Mentoring_in_librarianship", "article", 2, "Mentoring in librarianship", "Wikilib contributors",
            "2024-05-02",
            "Mentoring in librarianship is the guidance of less experienced library and information workers by "
            "more experienced ones. It may be formal, through programmes run by professional associations, or "
            "informal.",
            "Since the 2010s much of it happens online: associations run e-mentoring schemes and librarians seek "
            "advice through social media and discussion lists."),
    "w2": W(WIKI, "/wiki/Talk:Mentoring_in_librarianship", "post", 1, "Talk:Mentoring in librarianship",
            "Wikilib contributors", "2024-05-10",
            "The section on online schemes needs better sources; the blog cited is not reliable. Also, should "
            "the article be merged into Professional development? Please discuss before moving."),
    "w3": W(WIKI, "/wiki/Mentor", "article", 0, "Mentor", "Wikilib contributors", "2024-01-20",
            "A mentor is a person who gives advice and help to someone younger or less experienced. The word comes "
            "from Mentor, a character in Homer's Odyssey who looked after Telemachus."),
    # --- Europe PMC-like ---
    "e1": W(EPMC, "/article/MED/38112201", "journal-article", 3,
            "Virtual mentoring networks among health sciences librarians: a mixed-methods study",
            "Okafor N, Lindqvist H", "2023-12-15",
            "Background: Health sciences librarians often work alone. We studied how they use online networks "
            "to find mentors and peer support.",
            "Methods: A survey of 312 librarians and 18 interviews. Results: Most had at least one mentor met "
            "through a professional discussion list or social platform; peer mentoring groups were valued for "
            "emotional support. Conclusions: Associations should support online mentoring explicitly."),
    "e2": W(EPMC, "/article/MED/37990455", "journal-article", 3,
            "Evaluating an e-mentoring programme for clinical librarians", "Baptiste R, Moreau C, Yilmaz E",
            "2023-10-30",
            "We evaluated a twelve-month e-mentoring programme that paired clinical librarians with experienced "
            "colleagues through video calls and a messaging workspace.",
            "Mentees reported gains in confidence and in skills for systematic review support; mentors found the "
            "online format easier to fit around clinical schedules."),
    "e3": W(EPMC, "/article/MED/37501133", "journal-article", 0,
            "Mentoring in surgical residency: a systematic review", "Harlow J, Petrov D", "2023-07-19",
            "We reviewed 41 studies of mentoring schemes for surgical residents. Structured mentoring improved "
            "retention and wellbeing; outcomes for operative skill were mixed."),
    "e4": W(EPMC, "/article/MED/37288764", "journal-article", 1,
            "Social media use by hospital libraries for outreach", "Tanaka M, Ruiz A", "2023-06-02",
            "We analysed 4,000 posts from 60 hospital library accounts. Most promoted resources and training "
            "sessions. A few accounts also shared calls for mentors from professional bodies."),
    "e5": W(EPMC, "/article/MED/36977012", "journal-article", 2,
            "Informal learning and advice seeking among medical librarians on professional lists",
            "Okafor N", "2023-03-11",
            "Messages on two professional discussion lists over a year were coded. Advice seeking between newer "
            "and experienced librarians made up a fifth of threads and often continued privately.",
            "Other threads concerned licensing, interlibrary loan and job adverts."),
    # --- Mobilizon ---
    "m1": W(MOBI, "/events/3f2a9c1e-5b7d-4e0a-8c21-7d9e0f1a2b31", "post", 3, "Online speed mentoring for new archivists",
            "GLAM Folk Mentoring Circle", "2024-09-12",
            "An evening of online speed mentoring: newcomers to archives and records work meet five experienced "
            "archivists for ten minutes each in breakout rooms.",
            "Bring one question about your career. Afterwards we match anyone who wants an ongoing mentor with a "
            "volunteer for six months of monthly calls."),
    "m2": W(MOBI, "/events/8b1c4d2e-6f3a-4b5c-9d0e-1a2b3c4d5e62", "post", 3, "Peer mentoring café for library workers",
            "GLAM Folk Mentoring Circle", "2024-10-03",
            "A relaxed video call where library workers at every stage share what they are stuck on and get "
            "advice from one another. Monthly, first Thursday, cameras optional."),
    "m3": W(MOBI, "/events/c4d5e6f7-1a2b-4c3d-8e9f-0a1b2c3d4e93", "post", 0, "Zine-making afternoon",
            "Riverside Makers", "2024-10-19",
            "Bring scissors and old magazines. We will fold, cut and staple our own zines. Tea provided."),
    "m4": W(MOBI, "/events/e7f8a9b0-2c3d-4e5f-9a0b-1c2d3e4f5a04", "post", 2, "Cataloguing clinic (online)",
            "GLAM Folk Mentoring Circle", "2024-11-07",
            "Bring a tricky record and get help from experienced cataloguers. Newer cataloguers often come back "
            "to the same volunteer, and a few pairs have become regular guidance relationships.",
            "This session focuses on RDA and series statements."),
    # --- Funkwhale ---
    "f1": W(FUNK, "/library/tracks/2041", "post", 3, "Ep. 12: How I coach new librarians over chat",
            "Stacks After Dark", "2024-04-04",
            "In this episode we talk with a university librarian who coaches a dozen early-career colleagues "
            "entirely over chat and video, most of whom she met on social media.",
            "She explains how she sets expectations, how often they talk, and why she ends each pairing after a "
            "year so the mentee builds a wider network."),
    "f2": W(FUNK, "/library/tracks/2042", "post", 2, "Ep. 13: Leaving the bird site",
            "Stacks After Dark", "2024-05-02",
            "Where did library people go after the big platform changes? We discuss the new servers, the loss of "
            "the old advice chats where seniors answered newcomers, and how to rebuild those ties."),
    "f3": W(FUNK, "/library/tracks/2043", "post", 0, "Ep. 14: Makerspaces on a budget",
            "Stacks After Dark", "2024-06-06",
            "3D printers, sewing machines and the eternal question of who cleans up. Practical tips from three "
            "public library makerspace coordinators."),
    "f4": W(FUNK, "/library/tracks/2044", "post", 1, "Ep. 15: Listener questions",
            "Stacks After Dark", "2024-07-04",
            "We answer your questions on job interviews, weeding and the best library podcasts, and a listener "
            "thanks the guest from episode twelve for the advice."),
}

OTHER = [
    (QUARTO, "/", "home"), (QUARTO, "/about.html", "about"), (QUARTO, "/contact.html", "contact"),
    (QUARTO, "/index.html?page=2", "listing"), (QUARTO, "/categories/mentoring.html", "category"),
    (QUARTO, "/categories/data.html", "category"), (QUARTO, "/search.html?q=mentor", "search"),
    (QUARTO, "/posts/old-draft/", "error"),
    (JBOOK, "/intro.html", "home"), (JBOOK, "/search.html", "search"), (JBOOK, "/genindex.html", "listing"),
    (JBOOK, "/about.html", "about"), (JBOOK, "/contact.html", "contact"), (JBOOK, "/bibliography.html", "listing"),
    (DREAM, "/", "home"), (DREAM, "/profile", "profile"), (DREAM, "/tag/mentoring", "tag"),
    (DREAM, "/tag/archives", "tag"), (DREAM, "/tag/garden", "tag"), (DREAM, "/2024/", "listing"),
    (DREAM, "/?skip=5", "listing"), (DREAM, "/12.html", "error"),
    (TYPEPAD, "/blog/", "home"), (TYPEPAD, "/about.html", "about"), (TYPEPAD, "/blog/mentoring/", "category"),
    (TYPEPAD, "/blog/social-media/", "category"), (TYPEPAD, "/blog/2024/03/index.html", "listing"),
    (TYPEPAD, "/blog/archives.html", "listing"), (TYPEPAD, "/blog/page/2/", "listing"),
    (TYPEPAD, "/profile.html", "profile"), (TYPEPAD, "/blog/2022/01/gone.html", "error"),
    (IA, "/", "home"), (IA, "/details/libraryprofession", "listing"), (IA, "/search?query=mentoring", "search"),
    (IA, "/about/", "about"), (IA, "/details/@nln_uploads", "profile"), (IA, "/details/missing-report-2019", "error"),
    (IA, "/about/contact", "contact"),
    (WIKI, "/wiki/Main_Page", "home"),
    (WIKI, "/w/index.php?title=Mentoring_in_librarianship&action=history", "listing"),
    (WIKI, "/wiki/Category:Librarianship", "category"), (WIKI, "/wiki/Category:Mentoring", "category"),
    (WIKI, "/wiki/Special:Search?search=mentoring", "search"), (WIKI, "/wiki/Wikilib:About", "about"),
    (WIKI, "/wiki/Wikilib:Contact_us", "contact"), (WIKI, "/wiki/User:Shelfwise", "profile"),
    (WIKI, "/wiki/E-mentoring_schemes", "error"),
    (EPMC, "/", "home"), (EPMC, "/search?query=librarian%20mentoring", "search"), (EPMC, "/about", "about"),
    (EPMC, "/help/contact", "contact"), (EPMC, "/authors/Okafor%20N", "profile"),
    (EPMC, "/article/MED/30000000", "error"),
    (ORCID, "/", "home"), (ORCID, "/0000-0002-4417-0831", "profile"), (ORCID, "/0000-0003-1290-5586", "profile"),
    (ORCID, "/about", "about"), (ORCID, "/orcid-search/search?searchQuery=mentoring", "search"),
    (MOBI, "/", "home"), (MOBI, "/@mentoringcircle", "profile"), (MOBI, "/@mentoringcircle/events", "listing"),
    (MOBI, "/@riversidemakers", "profile"), (MOBI, "/search?term=mentoring", "search"),
    (MOBI, "/about/instance", "about"), (MOBI, "/tag/mentoring", "tag"),
    (MOBI, "/events/00000000-0000-0000-0000-000000000000", "error"),
    (FUNK, "/", "home"), (FUNK, "/channels/stacksafterdark", "profile"), (FUNK, "/library/albums/88", "listing"),
    (FUNK, "/search?q=mentoring", "search"), (FUNK, "/about", "about"), (FUNK, "/library/tags/librarianship", "tag"),
]
