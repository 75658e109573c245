"""Web 46's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

BLOG = "hollinsarchivist.blogspot.example"    # Blogger, Dynamic Views (server-side fallback)
STRK = "newlibscircle.mystrikingly.example"   # Strikingly, simple blog
WNODE = "infopros-nordic.webnode.example"     # Webnode, blog
S123 = "ruralstacks.site123.example"          # SITE123, blog and forum
HOSTG = "metadatamornings.example"            # Hostinger Website Builder, blog
JIMDO = "lisstudents-leeds.jimdosite.example" # Jimdo Dolphin, blog
SQS = "recordsandrivers.example"              # Squarespace 7.0, Brine, blog
DUDA = "archives-assoc-west.example"          # Duda, blog and journal pages
GODADDY = "valleylibrarynetwork.example"      # GoDaddy Websites + Marketing, blog
ZYRO = "mentormap.zyrosite.example"           # a Zyro-like builder, blog
HOSTS = (BLOG, STRK, WNODE, S123, HOSTG, JIMDO, SQS, DUDA, GODADDY, ZYRO)


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
    # --- Blogger, Dynamic Views: a county archivist's blog ---
    "b1": W(BLOG, "/2024/02/my-mentor-lives-in-group-chat.html", "article", 3,
            "My mentor lives in a group chat", "Ruth Hollins", "2024-02-12",
            "When I took the job as the only archivist in a county record office I had no one down the corridor to "
            "ask. My mentor turned out to be a woman two counties over whom I met through a Slack workspace for "
            "lone archivists. We have never shared a room, but she has seen every draft of my collections policy.",
            "That is the part of mentoring nobody told me about at library school: it does not have to be formal, "
            "and it does not have to be local. Online mentoring, in a group chat, on a mailing list, in the replies "
            "of a post, counts. Ask specific questions, say thank you in public, and pass it on.",
            "If you are a solo archivist looking for a mentor, the Archives and Records Association's online "
            "mentoring scheme and the #archivesmentor hashtag are both good places to start."),
    "b2": W(BLOG, "/2024/04/a-year-of-solo-archivist-life.html", "article", 2,
            "A year of solo archivist life", "Ruth Hollins", "2024-04-30",
            "Twelve months in: the strongroom humidity is under control, the backlog is down by a third, and the "
            "parish records are finally boxed.",
            "What kept me sane was a peer mentoring group I found on Mastodon: five early-career archivists who "
            "meet on a video call once a month and post questions in a shared channel between calls. Half my "
            "appraisal decisions this year were tested there first.",
            "Next year: a volunteer programme and, if the budget holds, a proper digitisation workstation."),
    "b3": W(BLOG, "/2023/11/instagram-for-the-record-office.html", "article", 1,
            "Instagram for the record office", "Ruth Hollins", "2023-11-08",
            "We started an Instagram account in September to show off the collections: a map of the old turnpike, "
            "a 1911 school log book, the mill ledgers. Reach has been modest but steady, and two local historians "
            "have visited because of it.",
            "Posting three times a week is the rhythm that works for us; reels take too long to make. A colleague "
            "I met through an online mentoring chat suggested the weekly theme idea, which helped."),
    "b4": W(BLOG, "/2023/09/mould-in-the-strongroom.html", "article", 0,
            "Mould in the strongroom", "Ruth Hollins", "2023-09-19",
            "A wet August and a failed dehumidifier: by the first week of September we had visible mould on six "
            "boxes of estate papers. Isolation, a conservator's visit and a very long week of brushing followed.",
            "Lessons: check the logger data daily, keep spare filters, and never store boxes on the floor."),

    # --- Strikingly: a peer-mentoring circle for new librarians ---
    "s1": W(STRK, "/blog/how-our-online-mentoring-circle-works", "article", 3,
            "How our online mentoring circle works", "Priya Nair", "2024-01-15",
            "New Librarians Circle is a peer mentoring group that lives online. We started on Twitter in 2019 as a "
            "hashtag chat for new professionals and moved to a Discord server when the chats got too big for "
            "threads.",
            "Every member has a mentor and is a mentor: we pair people across sectors, so a school librarian might "
            "mentor a new academic liaison on teaching while being mentored on budgets. Pairs meet by video once a "
            "month and the whole circle shares job ads, interview questions and CV feedback in the server.",
            "Mentoring online works because it removes geography. Our members are in rural branches, one-person "
            "special libraries and overseas posts, and none of them would find a mentor down the hall."),
    "s2": W(STRK, "/blog/finding-a-mentor-on-linkedin-without-being-awkward", "article", 3,
            "Finding a mentor on LinkedIn without being awkward", "Priya Nair", "2024-02-20",
            "Several members asked how to approach a senior librarian on LinkedIn for mentoring. Our advice: do "
            "not open with 'will you be my mentor'. Comment on their posts, ask one specific question, and let a "
            "mentoring relationship grow from there.",
            "Information professionals are generous online. Most of the mentors in our circle say yes to a short "
            "call with someone who has done their homework. Keep the first request to twenty minutes and send a "
            "thank-you note afterwards."),
    "s3": W(STRK, "/blog/spring-newsletter-2024", "article", 2,
            "Spring newsletter 2024", "Priya Nair", "2024-04-02",
            "Welcome to our thirty new members! The spring round of mentor matching closes on 30 April: fill in the "
            "form in the Discord's #matching channel and tell us what you want from a mentor.",
            "Our peer mentoring pairs reported their favourite wins this term: two new jobs, a published article "
            "and one successful salary negotiation, all prepared with help from the circle online.",
            "Also: the book club reads 'The Library Book' in May, and the summer meetup is in Birmingham on 6 July."),
    "s4": W(STRK, "/blog/our-favourite-library-podcasts", "article", 0,
            "Our favourite library podcasts", "Sam Okafor", "2023-12-05",
            "A holiday list: five podcasts about libraries, books and information we listened to this year, from "
            "interviews with rare-book dealers to a series on the history of the card catalogue.",
            "Add your own picks in the comments. We will make a shared playlist for the new year."),

    # --- Webnode: a Nordic network of information professionals ---
    "w1": W(WNODE, "/l/e-mentoring-for-information-professionals/", "article", 3,
            "E-mentoring for information professionals: our first year", "Liisa Korhonen", "2023-10-10",
            "Our network launched an e-mentoring programme for librarians, archivists and information specialists "
            "in the Nordic countries last autumn. Twenty-two mentor-mentee pairs met online, across five countries, "
            "using video calls and a shared Teams space.",
            "Mentees valued advice on career moves and on research data management; mentors valued learning how "
            "newer colleagues use social networks for professional development. Several pairs continued on "
            "LinkedIn after the programme ended.",
            "We will run the programme again next year and are looking for mentors with experience in public and "
            "school libraries."),
    "w2": W(WNODE, "/l/annual-meeting-report-2024/", "article", 2,
            "Annual meeting report 2024", "Liisa Korhonen", "2024-03-18",
            "The annual meeting in Tampere elected a new board and approved the accounts for 2023.",
            "The e-mentoring working group reported on the second online mentoring round: more applicants than "
            "places, pairs across sectors, and a new peer mentoring strand for library school graduates run "
            "through our LinkedIn group.",
            "The meeting also approved a statement on open access funding and set next year's fee."),
    "w3": W(WNODE, "/l/online-mentoring-for-new-nurses/", "article", 0,
            "What libraries can learn from online mentoring for new nurses", "Anders Berg", "2024-05-07",
            "A Finnish hospital district runs an online mentoring programme pairing newly qualified nurses with "
            "experienced ward sisters through a messaging app. Retention in the first year rose noticeably.",
            "The programme is built around shift patterns, clinical supervision and patient safety rules, and "
            "its evaluation looks at nursing outcomes only."),
    "w4": W(WNODE, "/l/digitisation-grants-2024/", "article", 1,
            "Digitisation grants 2024", "Anders Berg", "2024-01-22",
            "Three member institutions received state digitisation grants this year: a city archive, a school "
            "museum and a parish library.",
            "Applications were assessed on access plans and metadata quality. Members who want help with next "
            "year's call can ask in our LinkedIn group, where our e-mentoring mentors sometimes answer."),

    # --- SITE123: a rural library cooperative, with a forum ---
    "t1": W(S123, "/forum/thread/looking-for-a-mentor-as-a-branch-manager", "post", 3,
            "Looking for a mentor as a new branch manager", "Jodie (Millbrook branch)", "2024-02-03",
            "I just became branch manager at a two-person library and I have nobody to ask about budgets or staff "
            "rotas. Is anyone here willing to be an online mentor, even just by message once a month?",
            "Reply from Gwen (Ashford): I will! I have run a small branch for eleven years and was mentored by "
            "email myself when I started. Message me and we can set up a video call.",
            "Reply from Tom (coordinator): the co-op's mentoring programme pairs new managers with experienced ones "
            "online; sign-ups are on the Mentoring page and the Facebook group has a mentoring thread too."),
    "t2": W(S123, "/forum/thread/facebook-group-for-new-library-staff", "post", 2,
            "Facebook group for new library staff?", "Marcus (Eastfield)", "2024-03-11",
            "Our two new assistants want somewhere to ask questions. Is there a Facebook group for rural library "
            "staff where they could get advice from peers and more experienced colleagues?",
            "Reply from Gwen (Ashford): 'Small and Rural Libraries' is friendly and people mentor each other "
            "there all the time. Also the co-op's own peer mentoring chat on WhatsApp.",
            "Reply from Marcus: thanks, signed them up. Also, does anyone have a spare book drop?"),
    "t3": W(S123, "/blog/summer-reading-on-social-media", "article", 0,
            "Promoting summer reading on social media", "Tom Reeve", "2023-06-14",
            "This year every branch in the co-op posted its summer reading challenge on Facebook and Instagram "
            "with the same artwork. Sign-ups were up twelve per cent on last year.",
            "Short videos of staff reading aloud did best; posts about opening hours did worst. We will schedule "
            "posts centrally next year."),
    "t4": W(S123, "/blog/mobile-library-timetable-changes", "article", 1,
            "Mobile library timetable changes", "Tom Reeve", "2024-01-09",
            "From February the mobile library visits Hatton and Clee every other Tuesday rather than every "
            "Tuesday, because of the new school route.",
            "The driver, Pat, is retiring in June after twenty-six years; she has been mentoring her successor on "
            "the route and posting about it on the co-op's Facebook page."),

    # --- Hostinger Website Builder: a cataloguer's blog ---
    "h1": W(HOSTG, "/blog/twitter-taught-me-cataloguing", "article", 3,
            "Online networks taught me cataloguing", "Dele Adeyemi", "2024-03-04",
            "I learned RDA from a textbook; I learned cataloguing from the people I met online. The AUTOCAT list, "
            "the #critcat chats and a small metadata Discord gave me mentors I still rely on.",
            "One senior cataloguer in Ohio reviewed my first original records by screenshot every week for a "
            "year. That is mentoring, even if neither of us called it that. Peer mentoring happens too: we trade "
            "tricky authority records and the newest person in the chat is often the one who spots the error.",
            "If you are a new cataloguer, join a network, ask in public, and find the people who answer well."),
    "h2": W(HOSTG, "/blog/bibframe-in-plain-words", "article", 0,
            "BIBFRAME in plain words", "Dele Adeyemi", "2023-12-11",
            "BIBFRAME describes resources as works, instances and items, linked together as data rather than "
            "packed into one record. Here is what that means for a cataloguer used to MARC.",
            "Most systems will keep MARC for years; start by learning how the conversion tools map fields."),
    "h3": W(HOSTG, "/blog/conference-notes-metadata-day", "article", 1,
            "Conference notes: Metadata Day", "Dele Adeyemi", "2024-05-20",
            "Talks on linked data, on subject headings for Indigenous materials, and on cataloguing backlogs.",
            "In the break I met two people I had only known from a mentoring chat online, which was lovely. "
            "The afternoon session on vendor records was the most practical of the day."),
    "h4": W(HOSTG, "/blog/starting-a-metadata-mentoring-discord", "article", 2,
            "Starting a metadata Discord", "Dele Adeyemi", "2024-06-15",
            "A few of us set up a Discord for new metadata librarians this spring, with channels for RDA, MARC, "
            "linked data and job hunting.",
            "The mentoring channel is the busiest: newer cataloguers post questions and experienced ones answer, "
            "and we run a monthly peer mentoring hour on voice chat.",
            "Moderation is the hard part. We wrote a short code of conduct and rotate moderators weekly."),

    # --- Jimdo Dolphin: a library school student association ---
    "j1": W(JIMDO, "/blog/virtual-mentoring-scheme-launch/", "article", 3,
            "Our virtual mentoring scheme for LIS students", "Hannah Price", "2023-10-02",
            "This year the society launches a virtual mentoring scheme: every first-year library and information "
            "science student can be matched with a working librarian or archivist for online mentoring over two "
            "terms.",
            "Mentors come from our alumni LinkedIn group and from CILIP's mentor list. Pairs meet by video call "
            "and message between calls; we suggest six conversations, on placements, portfolios and first jobs.",
            "Last year's pilot mentees said their mentors' networks, and the introductions they made online, "
            "mattered as much as the advice."),
    "j2": W(JIMDO, "/blog/term-round-up-autumn-2023/", "article", 2,
            "Term round-up, autumn 2023", "Hannah Price", "2023-12-15",
            "A busy term: the visit to the British Library, the careers evening, the quiz.",
            "Thirty students joined the virtual mentoring scheme, and our student-run peer mentoring WhatsApp "
            "group now pairs second-years with first-years for advice on assignments and placements.",
            "Next term: elections, the dissertation workshop and the trip to the Brotherton."),
    "j3": W(JIMDO, "/blog/why-i-chose-a-careers-mentor/", "article", 1,
            "Why I chose a careers mentor", "Owen Lewis", "2024-02-08",
            "I met my careers mentor at the society's alumni evening and we meet for coffee each month in town. "
            "She is a health librarian and has helped me plan my placement and my CV.",
            "We keep it offline on purpose: no video calls, no messages, just a notebook and an hour."),
    "j4": W(JIMDO, "/blog/dissertation-survival-tips/", "article", 0,
            "Dissertation survival tips", "Owen Lewis", "2024-04-11",
            "Start your literature search early, keep a reference manager tidy from day one, and book your "
            "supervisor meetings before you need them.",
            "Back everything up twice. Sleep."),

    # --- Squarespace 7.0 (Brine): a records manager's blog ---
    "q1": W(SQS, "/blog/2024/3/12/the-records-managers-advice-network", "article", 3,
            "The records manager's advice network", "Catrin Wyn", "2024-03-12",
            "Records managers are often alone in their organisations. Mine is a team of one. Over ten years I "
            "have built an advice network online: a LinkedIn group, an IRMS listserv, and a handful of people I "
            "message when a retention question keeps me awake.",
            "Some of those people became mentors. One guided me through my first information governance audit "
            "entirely over email; another mentors me now on moving into a head-of-service role, by video call.",
            "Now I mentor two newer records professionals the same way. The network is the mentoring programme."),
    "q2": W(SQS, "/blog/2024/5/2/ten-years-of-blogging", "article", 2,
            "Ten years of blogging", "Catrin Wyn", "2024-05-02",
            "This blog turns ten this month. It began as notes on retention schedules and grew into something "
            "else.",
            "The best thing it did was connect me with other information professionals online: I found two "
            "mentors through comments here, and the blog's readers now run a peer mentoring thread on LinkedIn.",
            "Thanks for reading. Normal service (retention schedules) resumes next week."),
    "q3": W(SQS, "/blog/2023/11/20/what-developers-taught-me-about-mentoring", "article", 0,
            "What software developers taught me about mentoring", "Catrin Wyn", "2023-11-20",
            "My partner is a software engineer, and her team runs code review mentoring: every junior developer "
            "pairs with a senior on pull requests and weekly one-to-ones.",
            "It is a careful engineering practice, built around code quality and release cycles, and I found it "
            "interesting for its own sake."),
    "q4": W(SQS, "/blog/2024/1/15/retention-schedules-for-small-charities", "article", 1,
            "Retention schedules for small charities", "Catrin Wyn", "2024-01-15",
            "Small charities need a retention schedule as much as a large council does, but one page is enough. "
            "Start with finance, HR and trustee records.",
            "A mentee of mine, who I mentor online, wrote the template at the bottom of this post."),

    # --- Duda: a regional archives association, with its journal ---
    "d1": W(DUDA, "/journal/vol-18/online-mentoring-networks-early-career-archivists", "journal-article", 3,
            "Online mentoring networks and early-career archivists: a survey", "M. Osei and K. Lindqvist",
            "2023-09-01",
            "Abstract. We surveyed 214 early-career archivists on how they find mentors and advice. Sixty-one per "
            "cent reported at least one mentoring relationship begun or sustained through social media or online "
            "networks: LinkedIn, Mastodon, Slack and Discord communities, and professional listservs.",
            "Online mentoring was most valued by lone archivists and those outside capital cities. Peer mentoring "
            "groups formed around hashtags and chat servers supplemented, and sometimes replaced, formal mentoring "
            "programmes run by associations.",
            "We recommend that associations support online mentoring networks with matching, moderation and "
            "recognition rather than trying to replace them."),
    "d2": W(DUDA, "/journal/vol-18/professional-development-in-small-repositories", "journal-article", 2,
            "Professional development in small repositories", "J. Harrow", "2023-09-01",
            "Abstract. Interviews with staff of twelve small repositories show how they keep their skills current "
            "with little money for training.",
            "Online networks mattered most: staff found mentors through association mailing lists and LinkedIn "
            "groups, and took part in peer mentoring circles run online by the association.",
            "Free webinars and regional training days were the other main sources."),
    "d3": W(DUDA, "/journal/vol-18/iron-gall-ink-corrosion", "journal-article", 0,
            "Iron gall ink corrosion in nineteenth-century letter books", "E. Vance", "2023-09-01",
            "Abstract. A condition survey of 340 letter books identifies patterns of iron gall ink corrosion and "
            "evaluates calcium phytate treatment in a small conservation studio.",
            "Humidity control and interleaving remain the most cost-effective interventions."),
    "d4": W(DUDA, "/blog/autumn-conference-2024", "article", 1,
            "Autumn conference 2024: programme announced", "Association office", "2024-06-01",
            "The autumn conference will be held in Bristol on 10-11 October, on the theme of archives and climate.",
            "Sessions cover flood planning, sustainable storage and digital preservation; the online mentoring "
            "scheme will hold a short drop-in at lunch."),

    # --- GoDaddy Websites + Marketing: a regional library network ---
    "g1": W(GODADDY, "/uploads/mentoring-programme-handbook.pdf", "document", 2,
            "Mentoring Programme Handbook", "Valley Library Network", "2024-01-10",
            "Valley Library Network Mentoring Programme Handbook 2024",
            "1. About the programme: we pair library staff with experienced mentors from other member libraries.",
            "2. Meeting: pairs meet online by video call monthly, and may use the network's Teams channel.",
            "3. Mentors: volunteers from member libraries, trained in a two-hour online session.",
            "4. Peer mentoring: small groups of new staff meet online each quarter.",
            "5. Complaints and safeguarding follow the network's usual policies.",
            "6. Expenses: none are paid; all meetings are online or at members' own libraries."),
    "g2": W(GODADDY, "/blog/f/mentors-across-the-valley", "article", 3,
            "Mentors across the valley", "Nadia Brooks", "2024-02-14",
            "Our online mentoring programme pairs staff across the network's nineteen libraries. Most of our "
            "libraries have three staff or fewer, so a mentor in the same building is rare; video calls and the "
            "network's Teams channel make mentoring possible anyway.",
            "Mentees this year asked about storytime planning, handling difficult patrons and applying for "
            "promotion. Mentors told us they learn too: one said she had never used the network's social channels "
            "until her mentee showed her how colleagues share ideas there.",
            "Applications for the next round are open. Read the handbook before you apply."),
    "g3": W(GODADDY, "/blog/f/new-self-service-kiosks", "article", 0,
            "New self-service kiosks", "Nadia Brooks", "2024-03-20",
            "Six member libraries now have self-service kiosks for loans and returns. Staff training ran in March.",
            "The kiosks take payments by card and print receipts on request."),
    "g4": W(GODADDY, "/uploads/annual-report-2023.pdf", "document", 0,
            "Annual Report 2023", "Valley Library Network", "2024-04-01",
            "Valley Library Network Annual Report 2023",
            "Loans: 412,000. Visits: 389,000. New members: 6,200.",
            "Income came from member subscriptions and a county council grant.",
            "The network's vans made 2,100 deliveries between member libraries."),

    # --- a Zyro-like builder: a librarian's mentoring map ---
    "z1": W(ZYRO, "/blog/where-librarians-find-mentors-online", "article", 3,
            "Where librarians find mentors online", "Ines Duarte", "2024-01-08",
            "A running list of places where librarians, archivists and information professionals find mentors "
            "online: association mentoring programmes with virtual matching, peer mentoring circles on Discord "
            "and Slack, hashtag communities on Mastodon and Bluesky, and LinkedIn groups.",
            "For each I note who runs it, whether mentoring is formal or informal, and how to join. Tell me what "
            "I have missed: the map grows by reader suggestions."),
    "z2": W(ZYRO, "/blog/mentoring-across-time-zones", "article", 3,
            "Mentoring across time zones", "Ines Duarte", "2024-03-25",
            "My mentee is a law librarian in Manila; I am a reference librarian in Lisbon. We met in an online "
            "mentoring programme run by an international library association and have kept going for two years.",
            "Tips: agree a standing call time, use a shared document for agendas, and use asynchronous messages "
            "for the small questions. Social media helps too: we both follow the same library hashtags, which "
            "gives us things to talk about."),
    "z3": W(ZYRO, "/blog/what-i-got-from-a-twitter-mentor", "article", 2,
            "What I got from a social media mentor", "Ines Duarte", "2024-05-14",
            "Before Lisbon I worked in a small museum library. The first real advice I got about moving into "
            "academic libraries came from a librarian I followed on Twitter, who answered my reply with a long "
            "direct message and later became my mentor.",
            "The rest of this post is about the move itself: the interview, the relocation, and learning "
            "Portuguese library vocabulary."),
    "z4": W(ZYRO, "/blog/reading-list-spring", "article", 1,
            "Spring reading list", "Ines Duarte", "2024-04-02",
            "Four books I am reading this spring: a history of the Alexandria library, a novel set in a "
            "bookshop, a guide to reference interviews and a memoir by a war correspondent.",
            "The reference guide was recommended by my online mentor, which is how most of my reading arrives."),
}

OTHER = [
    (BLOG, "/", "home"), (BLOG, "/search/label/mentoring", "tag"), (BLOG, "/search/label/preservation", "tag"),
    (BLOG, "/search?q=mentor", "search"), (BLOG, "/p/about.html", "about"), (BLOG, "/p/contact.html", "contact"),
    (BLOG, "/2024/", "listing"), (BLOG, "/2022/05/old-post.html", "error"),
    (STRK, "/", "home"), (STRK, "/blog", "listing"), (STRK, "/about", "about"), (STRK, "/contact", "contact"),
    (STRK, "/blog?page=2", "listing"),
    (WNODE, "/", "home"), (WNODE, "/blog/", "listing"), (WNODE, "/blog/category/mentoring/", "category"),
    (WNODE, "/blog/category/news/", "category"), (WNODE, "/about-us/", "about"), (WNODE, "/contact/", "contact"),
    (WNODE, "/l/old-event/", "error"),
    (S123, "/", "home"), (S123, "/blog", "listing"), (S123, "/forum", "listing"), (S123, "/about-us", "about"),
    (S123, "/contact-us", "contact"), (S123, "/forum/category/mentoring", "category"),
    (S123, "/forum/user/gwen-ashford", "profile"),
    (HOSTG, "/", "home"), (HOSTG, "/blog", "listing"), (HOSTG, "/about", "about"), (HOSTG, "/contact", "contact"),
    (HOSTG, "/blog?category=community", "category"), (HOSTG, "/blog/metadata-conference-2019", "error"),
    (JIMDO, "/", "home"), (JIMDO, "/blog/", "listing"), (JIMDO, "/about/", "about"), (JIMDO, "/contact/", "contact"),
    (JIMDO, "/committee/", "profile"), (JIMDO, "/blog/?page=2", "listing"),
    (SQS, "/", "home"), (SQS, "/blog", "listing"), (SQS, "/blog?category=Mentoring", "category"),
    (SQS, "/blog?tag=networks", "tag"), (SQS, "/blog?tag=retention", "tag"),
    (SQS, "/blog?author=5f1a2b3c4d5e6f7a8b9c0d1e", "profile"), (SQS, "/search?q=mentoring", "search"),
    (SQS, "/about", "about"), (SQS, "/contact", "contact"), (SQS, "/blog/2019/1/1/hello-world", "error"),
    (SQS, "/blog?offset=1700000000000", "listing"),
    (DUDA, "/", "home"), (DUDA, "/journal", "listing"), (DUDA, "/journal/vol-18", "listing"),
    (DUDA, "/blog", "listing"), (DUDA, "/about", "about"), (DUDA, "/contact", "contact"),
    (DUDA, "/mentoring", "about"), (DUDA, "/journal/vol-17/missing-article", "error"),
    (GODADDY, "/", "home"), (GODADDY, "/blog", "listing"), (GODADDY, "/blog?blogcategory=Mentoring", "category"),
    (GODADDY, "/blog?blogcategory=News", "category"), (GODADDY, "/about-us", "about"),
    (GODADDY, "/contact-us", "contact"), (GODADDY, "/mentoring-programme", "about"),
    (ZYRO, "/", "home"), (ZYRO, "/blog", "listing"), (ZYRO, "/about", "about"), (ZYRO, "/contact", "contact"),
    (ZYRO, "/blog?tag=mentoring", "tag"), (ZYRO, "/blog/old-map", "error"),
]
