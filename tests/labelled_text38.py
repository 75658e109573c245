"""Web 38's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

VUE = "handbook.newprofessionals.example"   # VuePress 2 documentation site with a blog section
GRID = "quietshelf.example"                 # Gridsome blog
TILDES = "tildes.example"                   # Tildes-like groups
SYMPA = "lists.infoworkers.example"         # Sympa list archive
PATREON = "patreon.example"                 # Patreon public posts
STEEM = "steemit.example"                   # Steemit
DEG = "degruyter.example"                   # a De Gruyter-like journal platform
CDM = "cdm.heritagearchive.example"         # CONTENTdm
D2L = "brightspace.ischool.example"         # Brightspace public course
TEACH = "careers.stackschool.example"       # Teachable school
HOSTS = (VUE, GRID, TILDES, SYMPA, PATREON, STEEM, DEG, CDM, D2L, TEACH)

BS = "/d2l/le/content/6606"
COURSE = "/courses/enrolled/2219804"


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
    # --- VuePress 2 handbook ---
    "vue1": W(VUE, "/guide/finding-a-mentor.html", "article", 3, "Finding a mentor online", "New Professionals Group",
              "2024-01-15",
              "Most of us do not get a mentor handed to us with the job. This page collects what members of the "
              "group learned about finding one through online networks when nobody at work has the time.",
              "Start where the conversation already happens: the library and archives hashtags on Mastodon and "
              "Bluesky, the newer-librarian subreddits, the regional email lists. Read for a few weeks. Notice who "
              "answers beginners' questions patiently; those are the people to approach.",
              "Ask small. A request to review one cover letter or to talk for twenty minutes about a move into "
              "special collections is easy to say yes to. A long relationship grows out of a few small favours.",
              "Formal schemes exist too: several associations now match mentors and mentees entirely online, with "
              "video calls and a shared channel. See the peer circles page for the version with no senior at all."),
    "vue2": W(VUE, "/guide/peer-circles.html", "article", 3, "Running a peer circle on chat", "New Professionals Group",
              "2024-01-22",
              "A peer circle is four to eight people at a similar stage who agree to help each other. Nobody is "
              "the expert; everyone brings a problem and a bit of know-how.",
              "Ours lives in a Matrix room and meets on video once a month. Between calls people post drafts of "
              "job applications, a tricky reference question, or a request for someone who knows a vendor's "
              "quirks. The rule is that every question gets at least one answer within two days.",
              "Tips: rotate who hosts, keep a pinned list of what each person is good at, and invite a more "
              "experienced colleague as a guest every few months so the circle also gets advice from seniors."),
    "vue3": W(VUE, "/guide/cataloguing-basics.html", "article", 0, "Cataloguing basics", "New Professionals Group",
              "2024-02-02",
              "Every record needs a title, a responsibility statement and at least one subject heading chosen "
              "from the controlled vocabulary your library uses.",
              "Copy cataloguing saves time, but check the imported record against the item in hand: editions, "
              "page counts and series statements are often wrong.",
              "For local material, write a short note explaining provenance; future staff will thank you."),
    "vue4": W(VUE, "/posts/2024/buddy-scheme-review.html", "article", 2, "Our buddy scheme, one year on",
              "Priya Anand", "2024-03-18",
              "A year ago the group paired every new member with a buddy, someone two or three years further "
              "along. Most pairs talked over a shared chat channel, and a few never met in person at all.",
              "What worked: short weekly check-ins by message, and buddies passing on job adverts and conference "
              "bursaries. What did not: pairs across time zones drifted apart after two months.",
              "We are also moving the handbook to a new host and redesigning the homepage; volunteers for the "
              "redesign should reply on the usual channel. The budget report is due in May."),
    "vue5": W(VUE, "/posts/2024/new-theme.html", "article", 0, "New look for the handbook", "Priya Anand",
              "2024-05-06",
              "The handbook now uses the default theme with a dark mode toggle and a better search box.",
              "Old links should redirect. If a page is missing, open an issue on the repository with the address "
              "you tried."),
    # --- Gridsome blog ---
    "grid1": W(GRID, "/blog/showed-me-the-ropes/", "article", 3, "The people who showed me the ropes (mostly online)",
               "Helen Marsh", "2023-10-04",
               "When I started as the only archivist at a county record office I had no one down the corridor to "
               "ask. What I had was a laptop and a handful of people on the internet.",
               "One was a retired records manager who answered my first nervous question on an email list and "
               "then, for two years, read every draft policy I sent her. Another ran a monthly video call for "
               "lone archivists where we traded problems and solutions.",
               "None of them would call themselves my mentor, but that is what they were. If you are in the same "
               "position, post your question publicly, thank whoever answers, and keep in touch with them. The "
               "network builds itself.",
               "I now try to be that person for others: I keep an hour on Friday for calls with newcomers who "
               "find me through the forum."),
    "grid2": W(GRID, "/blog/social-media-at-the-reference-desk/", "article", 1,
               "Social media at the reference desk", "Helen Marsh", "2023-11-12",
               "Patrons increasingly ask reference questions through our Instagram messages. We set up a shared "
               "inbox and a rota so that nothing waits more than a day.",
               "We also post a weekly 'ask an archivist' story, which brings in family historians who would never "
               "have walked through the door.",
               "Staff who were nervous about it learned by shadowing a colleague for a week, which doubled as a "
               "bit of informal coaching."),
    "grid3": W(GRID, "/blog/nurses-and-preceptors/", "article", 0, "What nurses taught me about preceptors",
               "Helen Marsh", "2023-12-01",
               "My sister is a ward nurse. In nursing, every newly qualified nurse works alongside a preceptor for "
               "the first months, and the hospital trains preceptors for the role.",
               "She says the best preceptors are the ones who let you make small mistakes under supervision. The "
               "worst are too busy to explain anything.",
               "It made me think about onboarding in general, though hospitals are a very different world."),
    "grid4": W(GRID, "/blog/first-year-as-an-archivist/", "article", 2, "My first year as an archivist",
               "Helen Marsh", "2024-01-20",
               "A year in. I catalogued three estate collections, survived a flood alarm, and learned more about "
               "pest management than I ever wanted to.",
               "The thing that kept me sane was a group chat of archivists I met through a professional network's "
               "online mentoring scheme. My assigned mentor, in another city, met me on video every month and "
               "talked me through my first accession backlog.",
               "Next year: digitisation, a proper disaster plan, and more sleep."),
    "grid5": W(GRID, "/blog/weeding-the-stacks/", "article", 0, "Weeding without guilt", "Helen Marsh",
               "2024-02-14",
               "Deselection is part of collection care. Books that have not circulated in a decade, are outdated or "
               "are duplicated elsewhere can go.",
               "We use a simple spreadsheet: last loan date, condition, and whether another library holds a copy."),
    # --- Tildes ---
    "td1": W(TILDES, "/~library/1b7x/where_do_new_librarians_find_advice_from_experienced_people", "post", 3,
             "Where do new librarians find advice from experienced people?", "quietstacks", "2024-02-10",
             "I just finished my MLIS and got a job at a small public library. There is no one senior in my "
             "system who does what I do. Where do you all go to get guidance from people who have been doing "
             "this for decades?",
             "Reply from rosemary_ref: Honestly, the old email lists. Find the one for your specialty, ask a "
             "specific question, and the retirees come out of the woodwork. Two of them became long-term "
             "advisers to me.",
             "Reply from bytesized: My state association runs an online mentoring programme; you get matched and "
             "meet on video. Also there is a Discord for early-career library workers that does peer advice "
             "threads every week.",
             "Reply from quietstacks: Thank you, signed up for the association scheme and lurking on the list."),
    "td2": W(TILDES, "/~library/1b8q/do_online_communities_replace_workplace_support", "post", 2,
             "Do online communities replace workplace support?", "marginalia", "2024-03-02",
             "Half my professional support now comes from people I have never met: a forum, a few group chats, a "
             "list. Is that a problem, or just how it is now?",
             "Reply from rosemary_ref: It worked for me as a solo librarian. A senior colleague I met online "
             "coached me through my first budget.",
             "Reply from quietstacks: Separate question: has anyone tried the new union contract's flexible "
             "hours clause? Our branch manager says it does not apply to part-timers."),
    "td3": W(TILDES, "/~comp/1b9m/mentoring_junior_developers_remotely", "post", 0,
             "Mentoring junior developers remotely", "kernelpanic", "2024-03-05",
             "Our team went fully remote and the juniors are struggling. Pairing sessions over video help, but "
             "code review comments are too terse to teach anything.",
             "Reply from bytesized: Schedule office hours and write longer review comments explaining why."),
    "td4": W(TILDES, "/~hobbies/1bam/bookbinding_for_beginners", "post", 0, "Bookbinding for beginners",
             "marginalia", "2024-03-09",
             "I took up coptic stitch binding this winter. You need an awl, waxed thread, a bone folder and "
             "patience.",
             "Reply from rosemary_ref: Start with a pamphlet stitch, it is much more forgiving."),
    "td5": W(TILDES, "/~library/1bc2/our_branch_started_posting_on_mastodon", "post", 1,
             "Our branch started posting on Mastodon", "bytesized", "2024-03-20",
             "We now post storytime schedules, new arrivals and closures on Mastodon. Engagement is small but "
             "friendly, and other libraries boost us.",
             "Reply from marginalia: Nice. Ours mostly gets questions about parking. A colleague there also found "
             "her current mentor through a reply thread, which was a nice surprise."),
    # --- Sympa archive ---
    "sy1": W(SYMPA, "/sympa/arc/newlib-l/2024-02/msg00012.html", "post", 3,
             "Online mentoring pairs for 2024: call for mentors and mentees", "Dana Whitcombe", "2024-02-05",
             "Colleagues, the New Librarians Round Table is opening its online mentoring programme for 2024.",
             "Mentees are matched with an experienced librarian or archivist for six months. Pairs meet by video "
             "at least monthly and use a private discussion space for questions in between. There is also a "
             "group call each quarter where all pairs share what they learned.",
             "We especially need mentors from school libraries, records management and systems work. If you "
             "were helped by someone early in your career, this is a chance to pass it on.",
             "Sign-up forms are linked from the round table's page. Please forward to your networks."),
    "sy2": W(SYMPA, "/sympa/arc/newlib-l/2024-02/msg00013.html", "post", 2,
             "Re: Online mentoring pairs for 2024: call for mentors and mentees", "Marcus Oyelaran", "2024-02-06",
             "Thanks Dana. I was a mentee in the 2022 round and my mentor and I still message every few weeks; "
             "I got my current post partly on her advice.",
             "One practical question: will the programme accept library staff without a degree? Several of our "
             "paraprofessionals asked. Also, the venue for the spring meeting still says TBC on the website."),
    "sy3": W(SYMPA, "/sympa/arc/newlib-l/2024-02/msg00015.html", "post", 0, "Spring meeting: venue and parking",
             "Dana Whitcombe", "2024-02-09",
             "The spring meeting will be in the central library's lecture theatre. Parking is available in the "
             "multi-storey behind the building; bring your ticket to the desk for a discount.",
             "Lunch is provided. Please tell us about dietary requirements by the end of the month."),
    "sy4": W(SYMPA, "/sympa/arc/archives-l/2024-03/msg00004.html", "post", 3,
             "Lone archivists: virtual peer support group", "Siobhan Keane", "2024-03-04",
             "Hello all. A few of us who work alone or in two-person archives have been meeting on video every "
             "other week since last year, and we would like to open it up.",
             "It is peer mentoring in the plainest sense: each session one person brings a problem (an awkward "
             "depositor, an appraisal decision, a database migration) and the rest of us share how we handled "
             "something similar. We keep a shared document of advice and contacts.",
             "Newcomers to the profession are very welcome, and so are senior colleagues willing to drop in "
             "now and then. Reply off-list to join."),
    "sy5": W(SYMPA, "/sympa/arc/archives-l/2024-03/msg00007.html", "post", 1, "Digitisation vendor recommendations?",
             "Tom Brennan", "2024-03-12",
             "We have about 4,000 glass plate negatives to digitise and are looking for vendors who handle "
             "fragile material on site.",
             "Any recommendations or warnings welcome. (Also, thanks to whoever set up the lone archivists "
             "group; I joined last week.)"),
    # --- Patreon ---
    "pt1": W(PATREON, "/posts/how-i-found-my-mentors-98120345", "post", 3, "How I found my mentors (and how you can)",
             "The Archivist's Desk", "2024-01-08",
             "A patron asked how I got into archives with no connections. The honest answer: people online took "
             "me under their wing.",
             "In library school I followed archivists on social media and replied to their threads with real "
             "questions. One invited me to a video chat, then to her reading group, and later wrote my first "
             "reference.",
             "If you want the same: be curious in public, share what you are working on, and ask for specific "
             "advice. Most professionals love to help someone who has clearly done their homework.",
             "This month's patron call will be an open mentoring session; bring your questions."),
    "pt2": W(PATREON, "/posts/monthly-patron-hangout-recap-98230011", "post", 2, "February hangout recap",
             "The Archivist's Desk", "2024-02-26",
             "Thank you to the twelve of you who joined the hangout. We spent most of it on careers: two of you "
             "are applying for first posts and asked how to prepare for interviews.",
             "Several patrons have started pairing up in the Discord to review each other's applications, which "
             "is exactly the kind of peer support I hoped this community would grow.",
             "We also looked at the new scanner and I showed the box of 1920s postcards from the flea market."),
    "pt3": W(PATREON, "/posts/caring-for-scrapbooks-98341122", "post", 0, "Caring for family scrapbooks",
             "The Archivist's Desk", "2024-03-14",
             "Scrapbooks are hard: acidic pages, glue, rubber cement, photographs and newspaper clippings all in "
             "one object.",
             "Store them flat, interleave with buffered tissue if the pages are stable, and never try to lift "
             "photos that are glued down."),
    "pt4": W(PATREON, "/posts/ama-recap-career-questions-98452233", "post", 2, "AMA recap: your career questions",
             "The Archivist's Desk", "2024-04-02",
             "You sent forty questions. The most common: how do I get experience, and who can I ask for help when "
             "my supervisor is not interested?",
             "My answer to the second: build your own circle. The professional networks online are full of "
             "people who will give an hour of advice; associations run e-mentoring schemes; and your peers are "
             "the most underrated source of support.",
             "Other questions covered pay, remote work and whether to learn Python (yes, a little)."),
    # --- Steemit ---
    "st1": W(STEEM, "/@bookwyrm/peer-mentoring-for-library-school-students-on-steem", "post", 3,
             "Peer mentoring for library school students, right here on Steem", "bookwyrm", "2023-09-12",
             "I want to try something: a weekly thread where library and information science students and new "
             "graduates post questions, and anyone who has been working a few years answers.",
             "When I was a student I had nobody to ask about internships or which electives mattered. I found "
             "my first real guide through a blog comment section. Let us make that easier for the next people.",
             "Tag your posts #lisstudents and #mentorship, and I will curate the best answers every Sunday."),
    "st2": W(STEEM, "/@bookwyrm/what-my-first-supervisor-taught-me", "post", 1, "What my first supervisor taught me",
             "bookwyrm", "2023-10-01",
             "My first supervisor in the periodicals department never used the word mentor, but she taught me "
             "everything: how to talk to angry patrons, how to read a vendor invoice, how to say no.",
             "We had coffee every Tuesday in the staff room. I think of those coffees every time I train someone "
             "new at the desk."),
    "st3": W(STEEM, "/@inkandvellum/coaching-circles-for-records-managers", "post", 2,
             "Coaching circles for records managers", "inkandvellum", "2023-11-05",
             "Records managers rarely get professional development budgets. A group of us started coaching "
             "circles over video: six people, one hour, a question each.",
             "We recruited through a LinkedIn group and a couple of email lists. Some circles also invite a "
             "senior records manager as a guest coach.",
             "Also, a note on retention schedules: ours finally got approved, after three years."),
    "st4": W(STEEM, "/@inkandvellum/weekly-wallet-update", "post", 0, "Weekly wallet update", "inkandvellum",
             "2023-11-20",
             "Powered up another 50 STEEM this week and delegated some to a curation project.",
             "Markets are quiet. I will keep posting about bookbinding and records work."),
    # --- De Gruyter-like journal ---
    "dg1": W(DEG, "/document/doi/10.1515/libri-2023-0041/html", "journal-article", 3,
             "Mentoring through social networking sites: early-career librarians' experiences", "Aiko Tanaka",
             "2023-12-04",
             "Abstract: This study examines how early-career academic librarians use social networking sites "
             "and professional online communities to seek and receive mentoring.",
             "Through semi-structured interviews with 24 librarians, we found that informal mentoring "
             "relationships frequently began with public exchanges on microblogging platforms before moving to "
             "private messaging and video calls.",
             "Participants valued access to mentors beyond their institution, especially for career advice and "
             "research support, but reported difficulty sustaining relationships without a formal structure.",
             "We recommend that associations combine matching schemes with online community spaces."),
    "dg2": W(DEG, "/document/doi/10.1515/libri-2023-0052/html", "journal-article", 2,
             "Professional development networks of public library staff", "Jonas Berg and Lea Huber", "2023-12-04",
             "Abstract: We surveyed 410 public library staff on their sources of professional learning.",
             "Colleagues in the same branch remained the most common source, but a third of respondents named "
             "an online network, such as an email list or a social media group, as the place where they found "
             "guidance from more experienced practitioners and peers.",
             "The article also reports on training budgets, conference attendance and workload."),
    "dg3": W(DEG, "/document/doi/10.1515/libri-2023-0058/html", "journal-article", 0,
             "Shelf-ready processing and acquisitions workflows", "Maria Costa", "2023-12-04",
             "Abstract: This paper compares acquisitions workflows in three university libraries after adopting "
             "shelf-ready processing.",
             "Time savings were substantial, but error rates in vendor-supplied records required local checks."),
    "dg4": W(DEG, "/document/doi/10.1515/libri-2023-0066/pdf", "document", 2,
             "Virtual mentoring in archival education: a pilot", "Ruth Adebayo", "2023-12-04",
             "Virtual mentoring in archival education: a pilot. Ruth Adebayo.",
             "Abstract: An archival studies programme paired 18 students with practising archivists who met "
             "online over one semester.",
             "Students reported greater confidence and clearer career plans; mentors asked for more guidance "
             "on their role.",
             "The paper also describes the programme's curriculum and assessment changes."),
    "dg5": W(DEG, "/document/doi/10.1515/pdtc-2024-0003/html", "journal-article", 1,
             "Library Twitter accounts as outreach: a content analysis", "Felix Nowak", "2024-03-01",
             "Abstract: We analysed 6,000 posts from 40 library accounts on Twitter/X to characterise outreach "
             "strategies.",
             "Event promotion and collection highlights dominated; interaction with users was rare. A small "
             "number of posts were exchanges between librarians offering each other career advice.",
             "Implications for social media policy are discussed."),
    # --- CONTENTdm ---
    "cd1": W(CDM, "/digital/collection/oralhist/id/212", "document", 3,
             "Oral history interview with Beatrice Lowell, 2019", "Beatrice Lowell", "2019-06-14",
             "Transcript excerpt: I retired from the state archives in 2015, but I never stopped helping young "
             "archivists. Most of that happened on a listserv and later in Facebook groups.",
             "Somebody would post a question about a water-damaged ledger or a difficult donor, and I would write "
             "back, and sometimes it turned into years of correspondence. A few of those people now run "
             "repositories of their own.",
             "I think the online networks made that kind of guidance possible for people in small places who "
             "would never have met anyone like me otherwise."),
    "cd2": W(CDM, "/digital/collection/oralhist/id/215", "document", 1,
             "Oral history interview with Harold Fenn, 2019", "Harold Fenn", "2019-07-02",
             "Transcript excerpt: I joined the county library in 1971 as a page, shelving books after school.",
             "The bookmobile was my favourite job. We drove to farms and schools twice a month. Later I ran the "
             "branch, and in my last years I answered questions from younger librarians on an email list."),
    "cd3": W(CDM, "/digital/collection/newsletters/id/88", "document", 2,
             "Branch Lines newsletter, Spring 2021", "State Library Association", "2021-04-01",
             "Full text: Spring 2021. In this issue: the e-mentoring programme, budget news, and award winners.",
             "E-mentoring moves online for good: after a year of video meetings, the association's mentoring "
             "programme will stay virtual. Twenty-two pairs completed the scheme, with mentees in rural "
             "branches reporting the biggest benefit.",
             "Also in this issue: the legislative update and the new statewide courier routes."),
    "cd4": W(CDM, "/digital/api/collection/newsletters/id/88/download", "document", 2,
             "Branch Lines newsletter, Spring 2021 (PDF)", "State Library Association", "2021-04-01",
             "Branch Lines. Spring 2021.",
             "E-mentoring moves online for good: after a year of video meetings, the association's mentoring",
             "programme will stay virtual. Twenty-two pairs completed the scheme this year.",
             "Legislative update. Statewide courier routes. Award winners."),
    "cd5": W(CDM, "/digital/collection/oralhist/id/230", "document", 0,
             "Photograph: Carnegie library reading room, ca. 1925", "Unknown photographer", "1925",
             "Description: Interior of the Carnegie library reading room, showing oak tables, green-shaded lamps "
             "and a circulation desk.",
             "Gelatin silver print, 8 x 10 inches. Donated by the Friends of the Library."),
    # --- Brightspace ---
    "bs1": W(D2L, BS + "/viewContent/41001/View", "article", 3, "Module 3: Building your support network online",
             "Dr. Elena Ruiz", "2024-01-29",
             "In this module we look at how information professionals find mentors and peers through online "
             "networks, and how to be a good mentee.",
             "Reading: the Tanaka article on mentoring through social networking sites. Watch: the panel "
             "recording where three librarians describe relationships that started on social media.",
             "Activity: identify two online communities in your specialty, lurk for a week, and post one "
             "question. Reflect on the replies in the discussion board.",
             "Optional: sign up for the association's virtual mentoring programme (deadline in March)."),
    "bs2": W(D2L, BS + "/viewContent/41002/View", "article", 2, "Module 4: Career planning", "Dr. Elena Ruiz",
             "2024-02-05",
             "This module covers CVs, cover letters and interviews for first professional posts.",
             "Bring a draft CV to the peer review session. Alumni volunteers will join online to give advice "
             "from their own hiring experience, and you may ask them to stay in touch as informal advisers.",
             "Assignment 2 is due at the end of the module."),
    "bs3": W(D2L, BS + "/viewContent/41003/View", "article", 0, "Module 5: Metadata standards", "Dr. Elena Ruiz",
             "2024-02-12",
             "Dublin Core, MODS and MARC compared. Read chapters 4 and 5 of the textbook.",
             "Quiz 3 opens on Friday."),
    "bs4": W(D2L, "/d2l/le/news/6606/2301/view", "article", 1, "Week 6 announcements", "Dr. Elena Ruiz",
             "2024-02-19",
             "Reminder that Assignment 2 is due on Sunday. Late submissions lose five percent a day.",
             "The library school's mentoring scheme has extended its deadline, for those who asked.",
             "Office hours move to Thursday this week."),
    # --- Teachable ---
    "tc1": W(TEACH, COURSE + "/lectures/5501001", "article", 3, "Lecture 1: Why you need a network, not a mentor",
             "Grace Liang", "2024-02-01",
             "Many new librarians wait for the perfect mentor. In my experience you do better with a network: "
             "several people, each helping with something different.",
             "Online, this looks like a mix of a few senior people you message now and then, a peer group that "
             "meets on video, and the public communities where you learn by asking.",
             "In this lecture we map your current network and find the gaps. Download the worksheet below."),
    "tc2": W(TEACH, COURSE + "/lectures/5501002", "article", 2, "Lecture 2: Asking for advice without awkwardness",
             "Grace Liang", "2024-02-01",
             "The first message is the hardest. Keep it short, say what you admire about the person's work, and "
             "ask one concrete question.",
             "The same approach works on professional social media and in email. Follow up with thanks and tell "
             "them what you did with their advice.",
             "Next lecture: preparing your elevator pitch for conferences."),
    "tc3": W(TEACH, "/courses/enrolled/2219977/lectures/6601001", "article", 0, "Lecture 1: Spreadsheets for statistics",
             "Grace Liang", "2024-03-01",
             "Circulation statistics are easier with pivot tables. We start with importing your ILS export.",
             "Exercise: build a table of loans by month and branch."),
}

OTHER = [
    (VUE, "/", "home"), (VUE, "/guide/", "listing"), (VUE, "/posts/", "listing"),
    (VUE, "/tag/mentoring/", "tag"), (VUE, "/about.html", "about"), (VUE, "/guide/old-mentor-list.html", "error"),
    (GRID, "/", "home"), (GRID, "/blog/2/", "listing"), (GRID, "/tag/mentoring/", "tag"),
    (GRID, "/tag/social-media/", "tag"), (GRID, "/about/", "about"), (GRID, "/contact/", "contact"),
    (TILDES, "/", "home"), (TILDES, "/~library", "category"), (TILDES, "/~library?tag=careers", "tag"),
    (TILDES, "/user/quietstacks", "profile"), (TILDES, "/user/rosemary_ref", "profile"),
    (TILDES, "/search?q=mentor", "search"), (TILDES, "/~library/1zzz", "error"),
    (SYMPA, "/sympa", "home"), (SYMPA, "/sympa/lists/education", "category"), (SYMPA, "/sympa/info/newlib-l", "about"),
    (SYMPA, "/sympa/arc/newlib-l", "listing"), (SYMPA, "/sympa/arc/newlib-l/2024-02/thrd1.html", "listing"),
    (SYMPA, "/sympa/arc/newlib-l/2024-02/mail1.html", "listing"),
    (SYMPA, "/sympa/arc/archives-l/2024-03/thrd1.html", "listing"),
    (SYMPA, "/sympa/arcsearch/newlib-l?key_word=mentoring", "search"), (SYMPA, "/sympa/contact/newlib-l", "contact"),
    (PATREON, "/archivistsdesk", "home"), (PATREON, "/archivistsdesk/posts", "listing"),
    (PATREON, "/archivistsdesk/posts?tag=mentoring", "tag"), (PATREON, "/archivistsdesk/about", "about"),
    (STEEM, "/", "home"), (STEEM, "/trending/mentorship", "tag"), (STEEM, "/@bookwyrm", "profile"),
    (STEEM, "/@inkandvellum", "profile"), (STEEM, "/faq.html", "about"), (STEEM, "/@bookwyrm/old-draft-post", "error"),
    (DEG, "/journal/key/libri/html", "home"), (DEG, "/journal/key/libri/2023/73/4/html", "listing"),
    (DEG, "/journal/key/pdtc/2024/53/1/html", "listing"), (DEG, "/search?query=mentoring", "search"),
    (DEG, "/subject/LS/html", "category"), (DEG, "/publishing/contact", "contact"),
    (DEG, "/document/doi/10.1515/libri-2022-9999/html", "error"),
    (CDM, "/digital", "home"), (CDM, "/digital/collection/oralhist", "listing"),
    (CDM, "/digital/collection/oralhist/search", "listing"), (CDM, "/digital/collection/newsletters/search", "listing"),
    (CDM, "/digital/search/searchterm/mentoring", "search"), (CDM, "/digital/custom/about", "about"),
    (CDM, "/digital/custom/contact", "contact"), (CDM, "/digital/collection/oralhist/id/9999", "error"),
    (D2L, "/d2l/home/6606", "home"), (D2L, BS + "/Home", "listing"), (D2L, "/d2l/le/news/6606/list", "listing"),
    (TEACH, "/", "home"), (TEACH, "/courses", "listing"), (TEACH, "/p/mentoring-in-the-stacks", "listing"),
    (TEACH, "/p/about-grace", "profile"), (TEACH, "/p/contact", "contact"),
    (TEACH, "/courses?query=mentor", "search"), (TEACH, COURSE + "/lectures/5599999", "error"),
]
