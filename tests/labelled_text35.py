"""Web 35's texts and labels, written before its pages were built: every work
(host, path, kind, grade, title, author, date, paragraphs) in ``WORKS`` and
every other page (host, path, kind; graded 0) in ``OTHER``. Grades: 3 about
the topic throughout, 2 in good part, 1 a passing mention, 0 nothing."""

from __future__ import annotations

from dataclasses import dataclass

HEY, BUL, KUB, ETC, XF, GM, CA, ES, DNN, TW = (
    "hey.example", "bulletin.example", "chapter.example", "etch.example", "forum.example",
    "lists.example", "revues.example", "research.example", "county.example", "wiki.example")


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


_W = [
    # --- Hey World: a retired cataloguer's posts
    Work(HEY, "/ruth.okafor/the-people-who-answered-my-questions-5e1a9c20", "article", 3,
         "The people who answered my questions", "Ruth Okafor", "2025-02-03", (
             "When I retired from the cataloguing department I went through forty years of saved messages. Most of "
             "what I learned about the job came from people who owed me nothing: a subject specialist in Leeds who "
             "answered a question I put to a mailing list in 1996, a serials librarian who kept a blog about "
             "authority records, and later a handful of people on Twitter who would reply to a confused question "
             "within the hour.",
             "Nobody called it mentoring then. It was just asking. But looking back, those strangers guided my "
             "career more than any appraisal did. One of them told me to apply for the job I held for twenty years.",
             "I now try to return the favour. I answer questions on Mastodon under #catalogers and I say yes when "
             "a new graduate writes to ask whether they can phone me. It costs an hour a month.")),
    Work(HEY, "/ruth.okafor/still-answering-on-mastodon-3b7d01ee", "article", 3,
         "Still answering, now on Mastodon", "Ruth Okafor", "2025-03-17", (
             "A former student asked me how a retired librarian stays useful. My answer: keep your door open "
             "online. I follow the library hashtags on Mastodon and Bluesky, and twice a week I answer whoever "
             "asks something I happen to know. Last month a young archivist in Nairobi and I traded notes on "
             "describing photograph albums; she has since asked me to look over her job application.",)),
    Work(HEY, "/ruth.okafor/marmalade-season-90c4d2aa", "article", 0,
         "Marmalade season", "Ruth Okafor", "2025-01-20", (
             "Seville oranges arrived at the market this week, which means the kitchen smells of peel for a month. "
             "I cut mine thick. My neighbour cuts hers thin and we argue about it every January over tea.",)),
    Work(HEY, "/ruth.okafor/moving-the-books-again-11f0b3d4", "article", 1,
         "Moving the books again", "Ruth Okafor", "2025-04-02", (
             "We are moving to a smaller flat and the books have to be culled. I kept the reference shelf, the "
             "poetry and every cookbook with a stain on it. The rest went to the church sale.",
             "A friend I met years ago through a librarians' mailing list drove up to help me pack, which was kind. "
             "We mostly talked about her grandchildren.")),
    Work(HEY, "/ruth.okafor/a-list-of-people-to-follow-6ac1e5f2", "article", 2,
         "A list of people to follow", "Ruth Okafor", "2025-05-11", (
             "Several readers asked for the accounts I learn from. I will not name individuals here without asking "
             "them, but I can say what kinds of feed are worth following if you are starting out in cataloguing "
             "or special collections: people who show their working, people who admit mistakes, and people who "
             "answer replies.",
             "The garden is doing well this year, the beans especially, although something keeps eating the "
             "lettuce.")),
    # --- Ghost Bulletin: a library-tech vendor's newsletter
    Work(BUL, "/building-a-learning-network-in-your-first-year/", "article", 3,
         "Building a learning network in your first year", "Priya Raman", "2025-06-04", (
             "Ask any librarian five years into the profession where they learned the most and the answer is "
             "rarely library school. It is the network: the colleagues on Slack who explain a budget spreadsheet, "
             "the former supervisor who reads a cover letter, the people on LinkedIn who comment on a first "
             "conference talk.",
             "A personal learning network does not appear by itself. In this issue we asked six early-career "
             "readers how they built theirs. Three started on Twitter chats such as #critlib and #uklibchat; two "
             "joined Discord servers run by library school alumni; one simply emailed the authors of articles she "
             "liked and asked for twenty minutes of their time.",
             "Common threads: ask specific questions, offer something back early (a summary of a webinar, a "
             "shared template), and move a good conversation from public replies to a call. Several said the "
             "people who helped them most were only two or three years further along.",
             "Mentoring that happens this way is uneven. Readers in small or rural libraries told us that online "
             "groups were the only place they could find someone in the same role, and that paid professional "
             "association mentoring schemes had long waiting lists.")),
    Work(BUL, "/ask-a-mentor-live-recap/", "article", 3,
         "Ask a Mentor Live: the recap", "Priya Raman", "2025-07-09", (
             "Our monthly webinar paired four senior librarians with questions sent in by readers. The most asked "
             "question was how to find a mentor when your workplace has no formal scheme. The panel's advice: "
             "look for group mentoring circles run by associations, join the Slack workspaces of your specialism, "
             "and treat informal advice threads on Bluesky as a starting point rather than the whole thing.",
             "The recording and the chat transcript are available to subscribers.")),
    Work(BUL, "/release-notes-discovery-4-2/", "article", 0,
         "Release notes: Discovery 4.2", "Product Team", "2025-07-22", (
             "Version 4.2 adds faceted browsing of series, faster relevance ranking for title searches, and a new "
             "accessibility audit of the results page. Upgrades roll out to hosted customers next week.",)),
    Work(BUL, "/community-roundup-august/", "article", 1,
         "Community roundup: August", "Priya Raman", "2025-08-05", (
             "This month: three customer libraries opened new branches, our support team moved to a new ticket "
             "system, and the user group elected a new chair. The chair said she first heard about the group "
             "from a colleague on LinkedIn.",
             "Next month we will publish the results of the metadata survey.")),
    Work(BUL, "/mentor-is-a-verb/", "article", 2,
         "Mentor is a verb", "Jonah Tse", "2025-09-02", (
             "We added a mentoring feature to the staff portal last year and almost nobody used it. What people "
             "used instead was the comment thread under each training video, where more experienced staff "
             "answered newer ones. The lesson for product teams is that guidance happens where people already "
             "talk.",
             "This quarter we also fixed the export bug several of you reported and updated the admin "
             "documentation.")),
    # --- WordPress Kubio: a regional chapter of a library association
    Work(KUB, "/2025/02/peer-mentoring-circles-open-for-spring/", "article", 3,
         "Peer mentoring circles open for spring", "Chapter Board", "2025-02-14", (
             "Our peer mentoring circles return this spring. Each circle brings five or six members together with "
             "one experienced facilitator for six online meetings. Circles meet on Zoom and keep talking between "
             "meetings in the chapter's Slack.",
             "Last year's participants said the circles gave them people to ask about job interviews, difficult "
             "patrons and going for promotion. Several circles still meet a year later without a facilitator.",
             "Sign up by 1 March. Members who have worked ten years or more are invited to volunteer as "
             "facilitators.")),
    Work(KUB, "/2025/03/annual-conference-call-for-proposals/", "article", 1,
         "Annual conference: call for proposals", "Chapter Board", "2025-03-03", (
             "Proposals are open for the autumn conference. We welcome sessions on collections, outreach, "
             "technology and leadership. A mentoring breakfast will again be held on the first morning.",
             "Proposals close on 30 April.")),
    Work(KUB, "/2025/04/what-our-listserv-taught-us/", "article", 2,
         "What our listserv taught us", "Dolores Vance", "2025-04-18", (
             "The chapter listserv turned twenty this year. I read back through its archive: alongside "
             "conference logistics and job postings there are hundreds of threads in which a new librarian asks "
             "how to do something and three veterans answer.",
             "We are moving announcements to the website, but the question-and-answer threads will stay on the "
             "list, where they belong.")),
    Work(KUB, "/2025/05/treasurers-report/", "article", 0,
         "Treasurer's report", "Chapter Board", "2025-05-02", (
             "The chapter ended the year with a small surplus thanks to conference registrations. Dues remain "
             "unchanged. The full report is available to members at the business meeting.",)),
    Work(KUB, "/2025/06/meet-your-new-mentors/", "article", 2,
         "Meet the new mentor cohort", "Chapter Board", "2025-06-10", (
             "Twelve members have joined this year's mentor cohort. Mentees will be matched in July and meet "
             "their mentors monthly, online or in person, for a year.",)),
    # --- Hugo Etch: an MLIS student's blog
    Work(ETC, "/posts/how-i-found-a-mentor-on-bluesky/", "article", 3,
         "How I found a mentor on Bluesky (sort of)", "Kai Moreno", "2025-01-28", (
             "I am in the second year of my MLIS and nobody in my cohort wants to be an archivist, so I went "
             "looking online. I made a Bluesky starter pack of archivists, replied to their posts with actual "
             "questions, and after a few weeks one of them offered to have a video call.",
             "We now talk every month. She reads my drafts, tells me which job ads are realistic, and introduced "
             "me to a Discord server for early-career archivists where I ask the questions I am too embarrassed "
             "to ask her.",
             "If you are doing the same: do not DM strangers asking them to be your mentor. Be useful in public "
             "first.")),
    Work(ETC, "/posts/reading-notes-metadata-week-4/", "article", 0,
         "Reading notes: metadata, week 4", "Kai Moreno", "2025-02-05", (
             "This week was Dublin Core against MODS. I still do not understand why anyone would choose MODS for "
             "a small digital collection, but the readings made a case for it.",)),
    Work(ETC, "/posts/job-hunting-is-a-group-project/", "article", 3,
         "Job hunting is a group project", "Kai Moreno", "2025-03-30", (
             "My cohort started a shared document of job ads and a group chat where we review each other's cover "
             "letters. Two alumni joined and now tell us which libraries are good to work for. It is the most "
             "useful career advice I have had, and it is all peer mentoring over messages.",)),
    Work(ETC, "/posts/practicum-diary/", "article", 1,
         "Practicum diary", "Kai Moreno", "2025-04-22", (
             "Week one at the county archive: box lists, a leaking roof, and a supervisor who knows everything "
             "about local mills. Week two: rehousing glass plate negatives.",
             "I posted a picture of the negatives on Mastodon and someone I follow there told me the right "
             "envelopes to use.")),
    Work(ETC, "/posts/conference-on-a-budget/", "article", 0,
         "Going to a conference on a budget", "Kai Moreno", "2025-05-15", (
             "Apply for student volunteer places, share rooms, bring a lunch. The poster session is free to walk "
             "around.",)),
    # --- XenForo 1: a library workers' forum
    Work(XF, "/threads/anyone-else-learn-more-from-twitter-than-their-manager.2201/", "post", 3,
         "Anyone else learn more from Twitter than their manager?", "shelfelf", "2024-11-02", (
             "Honest question. My manager is fine but I have learned nearly everything about reference work from "
             "people online. #libchat on Wednesday nights, a couple of Slack groups, and now Mastodon since "
             "Twitter went downhill.",
             "Reply from bookwyrm_ann: Same. I had a formal mentor through the association for a year and it was "
             "fine, but the ongoing stuff comes from the group chats. Small questions, fast answers.",
             "Reply from oldhand_pete: Thirty years in. The mailing lists did the same job in the nineties. The "
             "trick is the same: ask clearly, thank people, answer others when you can.")),
    Work(XF, "/threads/looking-for-mentor-in-law-librarianship.2214/", "post", 3,
         "Looking for a mentor in law librarianship", "jdoe_mlis", "2024-11-19", (
             "Graduating in May and hoping to move into law libraries. Anyone willing to chat once a month? Happy "
             "to meet on Zoom or just email.",
             "Reply from caselaw_carla: DM me. Also look at the law librarians' association's mentoring "
             "programme and the #lawlibrarians hashtag on LinkedIn.")),
    Work(XF, "/threads/best-label-printer.2230/", "post", 0,
         "Best label printer for spine labels?", "techserv_tom", "2024-12-01", (
             "Our old printer died. Anyone have a spine label printer they would recommend that works with "
             "our ILS?",)),
    Work(XF, "/threads/burnout-and-leaving-the-profession.2245/", "post", 1,
         "Burnout and leaving the profession", "quietstacks", "2025-01-12", (
             "I have been a school librarian for nine years and I am exhausted. Budget cuts, challenges to books, "
             "and I am the only one in the building. Has anyone moved into another field?",
             "Reply from bookwyrm_ann: I moved into records management. A former colleague I met on a mailing list "
             "helped me rewrite my CV. Take care of yourself first.")),
    Work(XF, "/threads/weeding-fiction.2251/", "post", 0,
         "Weeding fiction: how strict are you?", "branchlib", "2025-01-20", (
             "Two years without a checkout and it goes, unless it is a classic. Our manager wants one year.",)),
    # --- Gmane-like mailing-list archive
    Work(GM, "/gmane.culture.libraries.newlibs/4102", "post", 3,
         "[NEWLIBS] Where do you go for career advice?", "Tomas Ferreira", "2024-10-07", (
             "Hi all, I have been lurking here for a year. I am eighteen months into my first professional post "
             "and want advice on whether to move into systems work. Where do people on this list go for career "
             "advice from more experienced colleagues? Is there a mentoring scheme anyone recommends, or do most "
             "of you rely on lists like this one and on people you met on social media?",)),
    Work(GM, "/gmane.culture.libraries.newlibs/4103", "post", 3,
         "Re: [NEWLIBS] Where do you go for career advice?", "Hanna Lind", "2024-10-07", (
             "Tomas, I was where you are six years ago. Three things helped me: this list, a Slack workspace for "
             "library technologists where I could ask the systems people directly, and a former lecturer who "
             "agreed to meet me every couple of months. The association's mentoring scheme is worth applying to "
             "but the waiting list is long. Happy to talk off list.",)),
    Work(GM, "/gmane.culture.libraries.newlibs/4110", "post", 0,
         "[NEWLIBS] JOB: Library Assistant, part time", "List Admin", "2024-10-11", (
             "A part-time library assistant post is available at a further education college. Closing date "
             "25 October. Please apply through the college website.",)),
    Work(GM, "/gmane.culture.libraries.newlibs/4121", "post", 2,
         "[NEWLIBS] Summary: webinars worth watching", "Hanna Lind", "2024-10-20", (
             "As promised, a summary of the free webinars people recommended in last week's thread: two on job "
             "interviews, one on moving into management, and a recorded panel where senior librarians answer "
             "career questions. Thanks to everyone who replied.",)),
    Work(GM, "/gmane.culture.libraries.newlibs/4130", "post", 1,
         "[NEWLIBS] Unsubscribe problems", "Mel Grant", "2024-10-29", (
             "I have tried to change to digest mode three times and I keep getting every message. This list has "
             "been a great help while I was starting out, but my inbox cannot take it.",)),
    # --- Cairn.info-like journal
    Work(CA, "/revue-documentation-et-reseaux-2024-2-page-33.htm", "journal-article", 3,
         "Mentoring on the networks: early-career librarians and informal support online", "Claire Dubois", "2024-06-15", (
             "This article examines how early-career librarians in France and Belgium seek guidance from more "
             "experienced colleagues through social media and online professional communities.",
             "Drawing on thirty-two interviews, we show that mentoring relations seldom begin as such. They "
             "start as exchanges on professional mailing lists, in LinkedIn groups or on Mastodon, and become "
             "mentoring when a senior colleague agrees to a private conversation.",
             "Participants valued the speed and breadth of advice available in these networks but noted that it "
             "rarely addressed long-term career decisions, which they still took to a trusted mentor.",
             "We conclude that online networks widen access to informal mentoring, especially for librarians "
             "working alone, while reproducing the inequalities of visibility found offline.")),
    Work(CA, "/revue-documentation-et-reseaux-2024-2-page-57.htm", "journal-article", 2,
         "Archivists' professional learning in a time of reorganisation", "Marc Leroy", "2024-06-15", (
             "Reorganisations of regional archives services between 2015 and 2022 changed how archivists learn "
             "their trade. We survey 140 archivists.",
             "Half reported relying on peers met through online forums and mailing lists for advice on "
             "unfamiliar tasks; a smaller number described mentoring relations with retired colleagues kept up "
             "by email.",
             "The remainder of the article concerns the reorganisation's effects on appraisal practice.")),
    Work(CA, "/revue-documentation-et-reseaux-2024-2-page-81.htm", "journal-article", 0,
         "Preserving municipal records after the 2021 floods", "Anne Moreau", "2024-06-15", (
             "The floods of July 2021 damaged the records of several municipalities. This article describes the "
             "triage, freezing and vacuum drying of paper records and what followed.",)),
    Work(CA, "/revue-documentation-et-reseaux-2024-2-page-99.htm", "journal-article", 1,
         "Public libraries and the digital divide in rural departments", "Luc Garnier", "2024-06-15", (
             "We study the digital skills workshops of rural public libraries. Library staff described learning "
             "to run the workshops partly from colleagues in an online network of trainers.",
             "The workshops reached older residents but rarely young job seekers.")),
    Work(CA, "/revue-documentation-et-reseaux-2024-1-page-9.htm", "journal-article", 2,
         "Twitter chats as professional development for information professionals", "Sophie Martin", "2024-02-20", (
             "Weekly Twitter chats for librarians offered peer learning before the platform's decline. We "
             "analyse 3,000 tweets from two chats in 2019 and 2020 and find that questions about careers and "
             "workplace problems drew the most replies from experienced participants.",
             "We also describe the archiving method used to collect the tweets.")),
    # --- Esploro research repository
    Work(ES, "/esploro/outputs/journalArticle/Peer-mentoring-among-academic-librarians/991000123", "document", 3,
         "Peer mentoring among academic librarians: a group model delivered online", "Grace Holloway", "2023-09-01", (
             "We report a two-year pilot of online group peer mentoring for academic librarians at four "
             "universities. Groups of five met monthly by video call and kept a shared channel on Microsoft "
             "Teams. Participants reported greater confidence in research and tenure preparation.",)),
    Work(ES, "/esploro/outputs/report/Mentoring-online-networks-survey/991000456", "document", 2,
         "Library staff development survey 2024", "Library Staff Development Committee", "2024-05-30", (
             "Results of the 2024 staff development survey. Respondents ranked webinars and professional "
             "social media as their most used sources of learning, and asked for a formal mentoring scheme.",
             "Further sections cover training budgets and travel.")),
    Work(ES, "/esploro/fulltext/journalArticle/Peer-mentoring-among-academic-librarians/991000123?repId=12&mId=34", "document", 3,
         "Peer mentoring among academic librarians: a group model delivered online (full text)", "Grace Holloway", "2023-09-01", (
             "Peer mentoring among academic librarians: a group model delivered online. Grace Holloway.",
             "Abstract. Formal one-to-one mentoring is scarce for academic librarians. We piloted online group "
             "peer mentoring across four universities.",
             "Groups of five met monthly by video call and continued discussions in a shared Teams channel and "
             "by email. Facilitators were senior librarians.",
             "Participants valued advice on research, publishing and promotion, and several groups continued "
             "after the pilot ended.",
             "We recommend group mentoring online for small and dispersed library staffs.")),
    Work(ES, "/esploro/fulltext/report/Mentoring-online-networks-survey/991000456?repId=15&mId=41", "document", 2,
         "Library staff development survey 2024 (full text)", "Library Staff Development Committee", "2024-05-30", (
             "Library staff development survey 2024. Summary of results.",
             "Sources of learning: respondents ranked recorded webinars first, professional social media (LinkedIn, "
             "Mastodon, Bluesky) second, and mailing lists third. Early-career staff most often named colleagues met "
             "online as the people they ask for career advice.",
             "Mentoring: 71 per cent asked for a formal mentoring scheme; many described informal mentors at other "
             "institutions found through online networks.",
             "Training budgets: the average individual budget fell for the third year.",
             "Travel: fewer staff attended conferences in person.")),
    Work(ES, "/esploro/outputs/dataset/Shelf-reading-accuracy-data/991000789", "document", 0,
         "Shelf-reading accuracy data, 2022-2023", "Ben Osei", "2023-12-12", (
             "Counts of misshelved items found in monthly shelf reading across three floors.",)),
    Work(ES, "/esploro/outputs/conferencePresentation/Digital-scholarship-services/991000912", "document", 1,
         "Building digital scholarship services from scratch", "Ben Osei", "2024-03-14", (
             "A presentation on launching digital scholarship services. Staff learned text encoding from online "
             "communities and a visiting colleague before the service opened.",)),
    # --- DNN: a county library system
    Work(DNN, "/News/ArticleID/311/Staff-mentoring-network-launches", "article", 2,
         "Staff mentoring network launches", "Communications Office", "2025-02-10", (
             "The county library system has launched a staff mentoring network that pairs new branch staff with "
             "experienced colleagues across the system. Pairs will meet on Teams, and an online discussion board "
             "will let staff in small branches ask questions of the whole network.",
             "The library board approved the programme in January along with the new opening hours.")),
    Work(DNN, "/News/ArticleID/318/New-opening-hours", "article", 0,
         "New opening hours from March", "Communications Office", "2025-02-25", (
             "From 3 March, all branches will open at 9 a.m. on weekdays. Saturday hours are unchanged.",)),
    Work(DNN, "/News/ArticleID/322/Librarian-honoured", "article", 1,
         "Branch librarian honoured by state association", "Communications Office", "2025-03-20", (
             "Maria Santos of the Eastside branch received the state association's service award for her work "
             "on the homework help programme. Santos also moderates a statewide online group for youth services "
             "staff.",)),
    Work(DNN, "/News/ArticleID/330/Staff-learning-week", "article", 2,
         "Staff learning week", "Communications Office", "2025-04-14", (
             "During staff learning week branches close early on Wednesday so that staff can attend webinars. "
             "This year's sessions include a panel in which long-serving staff share career advice, and an "
             "introduction to the professional networks staff can join online.",)),
    Work(DNN, "/News/ArticleID/335/Summer-reading", "article", 0,
         "Summer reading challenge", "Communications Office", "2025-05-28", (
             "Children who read six books over the summer receive a medal and a certificate.",)),
    # --- TiddlyWiki: an archivist's notebook
    Work(TW, "/static/Learning%2520in%2520public.html", "article", 3,
         "Learning in public", "Ines Kovac", "2025-01-05", (
             "Notes to self on how I learn as an archivist. Most of it happens on Mastodon (#archivists, "
             "#digipres), in the Digital Preservation Coalition's Slack, and on two mailing lists. I post what I "
             "am stuck on; more experienced people answer; I write it up here.",
             "Two of the people who answered have become informal mentors. We talk every few months.")),
    Work(TW, "/static/Mentors.html", "article", 2,
         "Mentors", "Ines Kovac", "2025-01-06", (
             "People who have guided me: a former manager, a digital preservation lead in another country I met "
             "online, and a peer group of three who meet by video call. See Learning in public.",)),
    Work(TW, "/static/File%2520formats.html", "article", 0,
         "File formats", "Ines Kovac", "2025-01-09", (
             "Preferred formats for preservation: TIFF for images, PDF/A for documents, WAV for audio.",)),
    Work(TW, "/static/Reading%2520list.html", "article", 1,
         "Reading list", "Ines Kovac", "2025-01-12", (
             "Books on appraisal, records management and digital preservation. Several were recommended by "
             "people in my online network.",)),
    Work(TW, "/static/Migration%2520checklist.html", "article", 0,
         "Migration checklist", "Ines Kovac", "2025-01-15", (
             "Checksums before and after, a log of every file moved, and a sample checked by eye.",)),
]

WORKS = {(w.host, w.path): w for w in _W}

OTHER = [
    (HEY, "/ruth.okafor/", "home"), (HEY, "/ruth.okafor/?page=2", "listing"), (HEY, "/ruth.okafor/about", "about"),
    (HEY, "/ruth.okafor/contact", "contact"), (HEY, "/ruth.okafor/no-such-post", "error"),
    (BUL, "/", "home"), (BUL, "/about/", "about"), (BUL, "/tag/mentoring/", "tag"), (BUL, "/tag/product/", "tag"),
    (BUL, "/author/priya/", "profile"), (BUL, "/page/2/", "listing"),
    (KUB, "/", "home"), (KUB, "/about-the-chapter/", "about"), (KUB, "/contact/", "contact"),
    (KUB, "/category/programmes/", "category"), (KUB, "/category/news/", "category"), (KUB, "/?s=mentor", "search"),
    (ETC, "/", "home"), (ETC, "/about/", "about"), (ETC, "/posts/", "listing"),
    (XF, "/", "home"), (XF, "/forums/career-corner.4/", "category"), (XF, "/forums/tech-services.7/", "category"),
    (XF, "/members/shelfelf.101/", "profile"), (XF, "/search/1/?q=mentor", "search"), (XF, "/help/terms", "about"),
    (GM, "/", "home"), (GM, "/gmane.culture.libraries.newlibs/", "listing"), (GM, "/about.php", "about"),
    (GM, "/gmane.culture.libraries.newlibs/4999", "error"),
    (CA, "/", "home"), (CA, "/revue-documentation-et-reseaux.htm", "listing"),
    (CA, "/revue-documentation-et-reseaux-2024-2.htm", "listing"), (CA, "/revue-documentation-et-reseaux-2024-1.htm", "listing"),
    (CA, "/resultats_recherche.php?searchTerm=mentorat", "search"), (CA, "/publications-de-Claire-Dubois--1234.htm", "profile"),
    (CA, "/contact.php", "contact"),
    (ES, "/esploro/", "home"), (ES, "/esploro/profile/grace_holloway/41000111", "profile"),
    (ES, "/esploro/search/outputs?query=mentoring", "search"), (ES, "/esploro/about", "about"),
    (DNN, "/", "home"), (DNN, "/About-Us", "about"), (DNN, "/Contact-Us", "contact"), (DNN, "/News", "listing"),
    (DNN, "/News/CategoryID/4/Staff", "category"), (DNN, "/News/ArticleID/999/Old-story", "error"),
    (TW, "/", "home"), (TW, "/static/Ines%2520Kovac.html", "profile"), (TW, "/static/archives.html", "tag"),
    (TW, "/static/mentoring.html", "tag"),
]
