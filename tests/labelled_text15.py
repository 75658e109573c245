"""Web 15's texts and labels, written before its pages were built (tests/labelled_web15.py builds them).

``WORKS`` maps a key to a :class:`Work` (its host, path, kind, grade, and what it says); ``OTHER`` lists the
pages that are not works, as ``(host, path, kind)``, each graded 0. Grades: 3 about the topic throughout, 2
about it in good part, 1 a passing mention, 0 nothing."""

from __future__ import annotations

from dataclasses import dataclass

RETIREE = "nextchapter.example"      # Hugo, hello-friend-ng: a retired librarian's blog
SCHOLAR = "okafor-lab.example"       # Jekyll, al-folio: a researcher's site
FORUM = "infopros.example"           # Vanilla Forums
NEWS = "calibrarians.example"        # Drupal 11, Olivero: an association's newsroom
VENDOR = "shelfwise.example"         # WordPress, Sydney: a software vendor's blog
JOURNAL = "jip.example"              # an Oxford Academic-like (Silverchair) journal
VIDEO = "vidtube.example"            # a YouTube-like video site
THREADS = "mbin.example"             # Mbin (Kbin's fork): magazines and threads
PODCAST = "stacksandsignals.example" # a Buzzsprout podcast website
STUDENT = "gradnotes.example"        # Nuxt Content: a student's blog


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
    replies: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ()


W = Work

WORKS: dict[str, Work] = {
    # --- the retiree's blog -------------------------------------------------------------------------------
    "r-mentors": W(RETIREE, "/posts/the-mentors-i-never-met/", "article", 3, "The mentors I never met",
                   "Margaret Ellery", "2024-03-09", (
        "When I started at the county library in 1983, the person who taught me the job sat at the desk across "
        "from mine. Her name was Doris, and she corrected my filing with a pencil she kept behind her ear. That "
        "was mentoring as I knew it for twenty years: one older colleague, in the same building, who decided "
        "you were worth the trouble.",
        "It is strange, then, to look back and count how many people shaped my last fifteen years of work whom I "
        "never met in a room. Some of them I still have not met. They were on a listserv for rural library "
        "directors, on the old Twitter under hashtags I followed every Wednesday night, and later on a Mastodon "
        "server run by a handful of library workers who wanted somewhere quieter.",
        "The listserv came first. Around 2006 I had a board that wanted to close a branch, and I did not know how "
        "to argue with them. I wrote a long, anxious message to the list and by morning I had eleven replies. "
        "Two directors from other states phoned me that week. One of them, a woman in Nebraska, checked in "
        "every few months for the next three years. We never used the word mentor. I would not have known to ask "
        "for one.",
        "Twitter was different: faster, noisier, and much more generous than people remember. The weekly chats "
        "were a kind of group supervision. Someone would post a question at eight o'clock, and for an hour "
        "forty people would answer it, argue with each other, and share what had worked in their own libraries. "
        "I learned how to run a teen advisory board from a thread. I learned that my way of handling a difficult "
        "patron was not the only way, and not the best.",
        "When I became the experienced one, I tried to pay it forward in the same places. I answered questions "
        "from new branch managers in direct messages. For two years I met a young director from Oregon on a video "
        "call the first Monday of each month; we had found each other in a chat about budgets. She is running a "
        "regional system now and tells me I was her mentor. I think we taught each other.",
        "Since I retired I have kept a small account on Mastodon. The conversations are slower there, and I like "
        "that. A few times a month someone new to the profession asks a question that I happen to know something "
        "about, and I answer it. It costs me ten minutes and a cup of tea.",
        "If I have advice for people starting out, it is this: put your questions where experienced people can "
        "see them, and do not wait to be chosen. Doris chose me. Nobody has to wait for a Doris anymore.",
    ), tags=("mentoring", "mastodon", "listservs")),
    "r-roses": W(RETIREE, "/posts/roses-and-rain/", "article", 1, "Roses and rain", "Margaret Ellery", "2024-06-17", (
        "The David Austin roses finally came into their own this week, after a wet May that had me convinced the "
        "blackspot would win. I have been spraying with a baking soda mixture, which my neighbour swears by, and "
        "cutting out the worst leaves every morning.",
        "Tom has started on the raised beds at the side of the house. We are trying garlic this autumn, and "
        "perhaps asparagus if we can be patient for three years, which neither of us is known for.",
        "A nice surprise in the middle of all the weeding: a former trainee of mine sent me a message on LinkedIn "
        "to say she has been made director of her library. I was very proud.",
        "Next week we drive up to the lake for five days. No laptop, I have promised.",
    ), tags=("garden",)),
    "r-slides": W(RETIREE, "/posts/my-fathers-slides/", "article", 0, "Sorting my father's slides",
                  "Margaret Ellery", "2024-01-21", (
        "My father photographed everything between 1958 and 1991, and all of it is in carousel trays in our "
        "basement: about four thousand Kodachrome slides, many with his handwriting on the mounts.",
        "Old habits die hard, so I am treating it as a small archive. I am keeping the trays in their original "
        "order, because the order is itself evidence of how he thought about the trips. I number each tray, write "
        "a one-line description in a spreadsheet, and only then scan the ones that matter to the family.",
        "The scanner is a cheap one and the colour is not perfect, but the point is access, not preservation "
        "masters. The slides themselves go back into acid-free boxes in the coolest cupboard we have.",
        "So far I have done nine trays. The Grand Canyon trip of 1967 has the best pictures, and the worst "
        "sideburns.",
    ), tags=("family history", "archives")),
    "r-lists": W(RETIREE, "/posts/lists-i-still-read/", "article", 2, "The lists I still read", "Margaret Ellery",
                 "2023-11-04", (
        "People ask what I do with my mornings now. Mostly coffee, the crossword, and reading my email, which is "
        "no longer work email, thank goodness.",
        "I still subscribe to three library mailing lists, though I have not run a library in two years. One is "
        "the state association's list for small and rural libraries. One is a national list for people who work "
        "on library buildings. The third is a quiet list for retired directors, where mostly we share obituaries "
        "and photographs of grandchildren.",
        "The first list is the one I would recommend to anyone new. The questions are practical: how to write a "
        "policy on unattended children, what to pay a part-time page, whether anybody has a sample contract for a "
        "roof repair. And the answers come from people who have been doing the job for twenty years and are "
        "glad to help. I learned more there than in my degree, and I still answer a question now and then when I "
        "know the answer.",
        "A mailing list is an old-fashioned thing. But it arrives in your inbox, it does not vanish like a chat, "
        "and the archive is a record of a whole profession teaching itself.",
        "The crossword, for the record, is going badly this week. Wednesday's had a clue about a Norse god that "
        "I still do not understand.",
    ), tags=("listservs", "retirement")),
    "r-bookclub": W(RETIREE, "/posts/book-club-march/", "article", 0, "Book club: March", "Margaret Ellery",
                    "2024-04-02", (
        "Our book club read Demon Copperhead this month, and it was the first time in years that everybody "
        "finished the book.",
        "Helen thought it was too long. Frank, who grew up in Lee County, said it was the truest book about the "
        "place he had read. I mostly listened and ate too many of Ruth's lemon bars.",
        "April's book is shorter, thankfully: Small Things Like These. We meet at the library again, in the room "
        "I used to book for other people's meetings.",
    ), tags=("books",)),
    "r-discord": W(RETIREE, "/posts/office-hours-on-discord/", "article", 3, "Office hours on Discord",
                   "Margaret Ellery", "2024-05-11", (
        "A small thing I am enjoying: on Tuesday evenings I keep an office hour in a Discord server for new "
        "cataloguers and branch staff. They bring the question they were too shy to ask their supervisor, and I "
        "answer it, or find someone in the server who can. Forty years of mistakes turn out to be useful.",
    ), tags=("mentoring", "discord")),

    # --- the scholar's site ----------------------------------------------------------------------------------
    "s-interviews": W(SCHOLAR, "/blog/2024/what-forty-interviews-taught-us/", "article", 3,
                      "What forty interviews taught us about learning on social media", "Adaeze Okafor",
                      "2024-02-14", (
        "This post is an informal summary of a study my team finished last autumn; the paper is under review, "
        "and I will link it here when it is out. We interviewed forty library and archives workers in four "
        "countries about how they use social platforms to learn their jobs and to find people who can help them "
        "along.",
        "The first finding surprised us least: almost nobody described what they did as networking or as "
        "mentoring. They talked about following people, lurking in chats, asking a question in a Slack channel, "
        "being answered by someone more senior, and keeping in touch afterwards. When we asked directly whether "
        "they had a mentor, many said no, and then went on to describe two or three people they had met online "
        "whose advice they had followed for years.",
        "Second, the network is layered. Participants used a public layer (hashtags on X or Bluesky, public "
        "Mastodon posts, LinkedIn) to find people and ideas, and a private layer (direct messages, small Discord "
        "or Slack groups, a group chat of five or six peers) to ask the questions they could not ask in public: "
        "about salary, about a difficult manager, about whether to leave the profession. The private layer is "
        "where most of what we would call mentoring happened.",
        "Third, the collapse of library Twitter after 2022 was a real loss for people early in their careers. "
        "Mid-career participants had already built relationships that survived the move to other platforms. "
        "Newer workers had been relying on the public layer to meet people, and found the scattered new spaces "
        "harder to enter. Several described a year of feeling cut off.",
        "Fourth, peer mentoring mattered as much as mentoring by seniors. Groups of people at the same stage met "
        "regularly in a channel or on video, read each other's cover letters, and shared interview questions. "
        "These groups were often started by one person posting an open invitation on social media.",
        "Finally, the people who benefited most were those who posted questions early and often. Lurking was a "
        "reasonable start, but participants who moved from reading to asking reported much richer relationships "
        "with experienced colleagues.",
        "For employers and associations, our recommendation is modest: do not try to replace these networks with "
        "a formal program, but make room for them. Give new staff time to take part in chats and communities, "
        "and count it as professional development.",
    ), tags=("mentoring", "social media", "research")),
    "s-pdf": W(SCHOLAR, "/assets/pdf/okafor-peer-circles-2024.pdf", "document", 3,
               "Peer mentoring circles for early-career archivists on Slack: a pilot evaluation", "Adaeze Okafor",
               "2024-09-01", (
        "Peer mentoring circles for early-career archivists on Slack: a pilot evaluation",
        "Adaeze Okafor and Luis Beltran. Working paper, September 2024.",
        "Abstract. We report a six-month pilot in which 36 early-career archivists were placed in circles of six",
        "on a shared Slack workspace, each circle with one experienced archivist as facilitator. Circles met on",
        "video once a month and used their channel between meetings for questions about job applications,",
        "processing backlogs, and workplace difficulties. Participants reported higher confidence and a wider",
        "professional network at the end of the pilot. Facilitators valued the asynchronous channel, which let",
        "them give advice in small amounts. The main difficulty was keeping momentum after the third month.",
        "1. Background. Formal one-to-one mentoring programs in archives are small and oversubscribed. Online",
        "communities offer informal advice, but newcomers find it hard to ask questions in public channels.",
        "2. Design. Circles were formed by time zone and interest. Facilitators received a two-page guide.",
        "3. Findings. 31 of 36 participants completed the pilot. The most valued activity was peer review of",
        "cover letters; the most valued facilitator act was a direct message after a hard week at work.",
        "4. Recommendations. Keep circles small, name a facilitator, and plan a mid-point reset.",
    ), tags=("mentoring", "archives")),
    "s-teaching": W(SCHOLAR, "/blog/2024/teaching-research-methods-this-fall/", "article", 1,
                    "Teaching research methods this fall", "Adaeze Okafor", "2024-08-26", (
        "I am teaching the master's research methods course again this term, with a few changes after last "
        "year's student feedback.",
        "The biggest change is that the literature review assignment now comes in two parts: a search log in week "
        "four, and the review itself in week nine. Students told me they started too late, and the search log "
        "forces an earlier start.",
        "I have also swapped one of the survey design readings for a chapter on interviewing, since more students "
        "are choosing qualitative projects. Several of them are interested in how new professionals learn from "
        "colleagues online, which makes me very happy.",
        "Office hours are Tuesdays 2 to 4, or by appointment.",
    ), tags=("teaching",)),
    "s-rpackage": W(SCHOLAR, "/blog/2023/citation-networks-in-r/", "article", 0,
                    "Notes on building citation networks in R", "Adaeze Okafor", "2023-10-05", (
        "A few people asked how we made the co-citation figure in our last paper, so here are my notes.",
        "We exported records from the bibliographic database as tab-delimited files, read them with a short "
        "script, and built an edge list where two papers are linked when a third paper cites both of them.",
        "The graph itself is built with igraph. For layout we used the Fruchterman-Reingold algorithm with a "
        "fixed seed, so the figure is reproducible, and we dropped nodes cited fewer than five times.",
        "The main pitfall is deduplication: the same reference appears in many spellings. We normalised titles, "
        "stripped punctuation, and matched on the first author's surname, year, and the first forty characters "
        "of the title. It is crude, but it removed about ninety percent of duplicates.",
        "Code is in the repository linked from the paper. Pull requests welcome.",
    ), tags=("methods", "R")),
    "s-conference": W(SCHOLAR, "/blog/2024/notes-from-the-archives-conference/", "article", 2,
                      "Notes from the archives conference", "Adaeze Okafor", "2024-07-30", (
        "I am back from the annual archives conference, tired and full of ideas. A few notes while they are "
        "fresh.",
        "The opening plenary on climate and collections was sobering. Several repositories are now planning for "
        "the loss of buildings, not just for floods in the basement.",
        "The session I learned most from was a panel on mentoring across distance. Three panellists described "
        "programs that pair new archivists with experienced ones in other states, with most of the contact on "
        "video calls and in a shared chat workspace. One panellist argued that the pairing matters less than "
        "the community around it: the mentees who did best were the ones who also joined the program's open "
        "channels and asked questions of everyone, not only their mentor.",
        "In the same session a graduate student presented on an informal group of new processing archivists "
        "who meet online every other week to trade advice about finding aids and about job hunting. It sounded "
        "a lot like the circles we studied, and we have exchanged emails.",
        "Finally, the business meeting voted to raise dues by five dollars. The hotel coffee was terrible.",
    ), tags=("conferences", "mentoring")),

    # --- the forum ------------------------------------------------------------------------------------------
    "f-slack-mentor": W(FORUM, "/discussion/1042/anyone-found-a-mentor-through-a-slack-community", "post", 3,
                        "Anyone found a mentor through a Slack community?", "kpatel_lib", "2025-01-13", (
        "Second-year academic librarian here. My library has no formal mentoring and my supervisor is great but "
        "very busy. I have joined a couple of Slack workspaces for instruction librarians and a Discord for "
        "library workers, but I mostly lurk. Has anyone actually found a mentor that way? How did you go from "
        "reading to having someone you could ask about, say, whether to go up for a committee chair?",
    ), replies=(
        ("greta_h", "Yes, twice. The trick for me was moving from the big channels to the small ones. Answer a "
                    "few questions in the public channels first, then when someone's advice keeps being useful, "
                    "DM them and ask if they would be willing to do a half-hour call. Most say yes."),
        ("bookwyrm", "I would add: you do not need one mentor. I have three people I ask different things. One "
                     "for research, one for politics, one for 'is this normal or is my workplace weird'. All met "
                     "through a Slack for first-gen librarians."),
        ("kpatel_lib", "This is really helpful, thank you. I think I have been waiting for someone to offer."),
        ("greta_h", "Nobody will offer. Ask. Worst case they are busy, and they will usually point you to someone "
                    "else."),
    ), tags=("mentoring", "slack")),
    "f-solo-group": W(FORUM, "/discussion/1051/group-mentoring-for-solo-archivists-how-we-run-it", "post", 3,
                      "Group mentoring for solo archivists: how we run it", "greta_h", "2025-02-02", (
        "A few people asked in the other thread, so here is how our group works. We are nine lone arrangers: "
        "archivists who are the only archives staff at their institution. We met through the lone arrangers "
        "mailing list and started meeting online in 2021.",
        "Once a month we meet on Zoom for an hour. One person brings a problem, say a donor agreement that has "
        "gone sideways, and the group spends half the meeting on it. The other half is open. Between meetings we "
        "use a small Discord server, with a channel for quick questions and one for job postings.",
        "Three of us have twenty-plus years in the field and the rest are newer, so the senior folks end up "
        "doing a lot of informal mentoring, but the newer people teach us things too, especially about digital "
        "preservation tools. Nobody is formally the mentor. It works because it is small and because we know "
        "each other now.",
        "If you want to start one: keep it under ten people, meet at the same time every month, and give the "
        "chat a purpose so it does not die.",
    ), replies=(
        ("kpatel_lib", "Love this. Would you be open to a new member or are you full?"),
        ("greta_h", "We are full, but I know of two other groups forming. Message me."),
    ), tags=("mentoring", "archives")),
    "f-career-change": W(FORUM, "/discussion/1063/career-change-to-records-management-advice", "post", 2,
                         "Career change to records management: advice?", "tomasz_w", "2025-02-18", (
        "I have been a public library branch manager for eight years and I am thinking about moving into "
        "records management, ideally in local government. Is the CRM certification worth it, and how long does "
        "the exam process take? Also, what should I say in interviews about my library background?",
    ), replies=(
        ("archivista", "The exam process is long: plan on two years for all parts. The study groups help. Fees "
                       "add up, so ask whether an employer will pay before you start."),
        ("greta_h", "I made a similar jump fifteen years ago. In interviews, talk about retention schedules you "
                    "already enforce without calling them that: weeding, patron records, board minutes. And find "
                    "two or three records managers on LinkedIn and ask for twenty minutes each. People in RM "
                    "love talking about RM. Two of my best mentors started as cold messages."),
        ("tomasz_w", "That is a good point about the weeding. I had not thought of it that way."),
        ("archivista", "Also, the regional chapter has a mailing list where people post jobs before they go "
                       "public. Join it now."),
    ), tags=("careers",)),
    "f-scanners": W(FORUM, "/discussion/1070/barcode-scanner-recommendations", "post", 0,
                    "Barcode scanner recommendations?", "bookwyrm", "2025-03-01", (
        "Our circulation desk scanners are dying. We need USB, wired, must read Codabar. Budget is about $150 each. "
        "What is everyone using?",
    ), replies=(
        ("tomasz_w", "We use the Zebra DS2208. Reads everything, survives being dropped."),
        ("archivista", "Second the Zebra. Make sure you configure the Codabar start and stop characters or your "
                       "ILS will reject the scans."),
    ), tags=("hardware",)),
    "f-weeding": W(FORUM, "/discussion/1074/weeding-the-reference-collection", "post", 1,
                   "Weeding the reference collection", "archivista", "2025-03-05", (
        "We finally have approval to weed reference, which has not been touched since 2009. Criteria so far: "
        "anything superseded by a database we license, anything not used in five years, and almanacs older than "
        "two editions. Does anyone keep print encyclopedias at all anymore?",
    ), replies=(
        ("bookwyrm", "We kept one set for kids' homework, everything else went. Someone in a Bluesky thread last "
                     "month had a good point about keeping local history reference no matter what."),
        ("tomasz_w", "Check your consortium's last-copy policy before you withdraw the state histories."),
    ), tags=("collections",)),
    "f-mentor-texts": W(FORUM, "/discussion/1079/mentor-texts-for-persuasive-writing", "post", 0,
                        "Mentor texts for persuasive writing?", "msreyes_tl", "2025-03-09", (
        "School librarian here, co-teaching a persuasive writing unit with two fifth-grade teachers. They want "
        "mentor texts: short, well-made persuasive pieces the kids can imitate. Picture books welcome. What are "
        "your favourites?",
    ), replies=(
        ("bookwyrm", "I Wanna Iguana by Karen Kaufman Orloff. Every time."),
        ("msreyes_tl", "Ha, that is already on our list. More please!"),
        ("archivista", "Hey, Little Ant, for the ethics angle. And letters to the editor from your local paper."),
    ), tags=("school libraries",)),

    # --- the association's newsroom ---------------------------------------------------------------------------
    "n-program": W(NEWS, "/news/association-launches-virtual-mentoring-program", "article", 3,
                   "Association launches virtual mentoring program for new members", "Communications staff",
                   "2025-01-22", (
        "The association will open applications on February 3 for its first fully virtual mentoring program, "
        "which pairs library workers in their first five years with experienced members across the state.",
        "The program replaces the in-person mentoring lunches held at the annual conference, which reached only "
        "members who could travel. Pairs will meet by video at least once a month from March to November, and "
        "all participants will join a shared online community where mentees can ask questions of any mentor.",
        "\"Our rural members told us clearly that a mentoring program that happens in one city, two days a year, "
        "is not a program for them,\" said the chair of the New Members Round Table. \"Most of the people I "
        "learned from early in my career I met online anyway, on mailing lists and later in Twitter chats. This "
        "program makes that official and gives it some structure.\"",
        "Mentors will receive a short orientation and a guide, and the round table will host monthly drop-in "
        "webinars on topics chosen by participants, from salary negotiation to running for a committee.",
        "Applications for mentors and mentees close February 21. The program is free to members.",
    ), tags=("Professional development", "Mentoring")),
    "n-conference": W(NEWS, "/news/conference-2024-highlights", "article", 2, "Conference 2024: highlights",
                      "Communications staff", "2024-10-28", (
        "More than 900 members attended this year's annual conference in Fresno, the largest attendance since "
        "2019.",
        "The keynote by the state librarian addressed broadband funding and the future of the state's e-book "
        "platform.",
        "New this year was the networking lounge, where the New Members Round Table ran speed-mentoring sessions "
        "each afternoon: fifteen-minute conversations between new library workers and experienced members about "
        "careers, job applications and leadership. Organisers said more than 150 people took part, and many "
        "pairs exchanged contacts to keep talking afterwards.",
        "Conversation also moved online. Attendees shared session notes, slides and questions under the "
        "conference hashtag on Bluesky and Mastodon, and the round table's open Discord server gained 200 new "
        "members during the week, many of them asking for advice from people they had met at the lounge.",
        "The awards luncheon honoured three libraries for outstanding service. Next year's conference will be "
        "held in Sacramento.",
    ), tags=("Conference",)),
    "n-legislative": W(NEWS, "/news/legislative-update-state-library-funding", "article", 0,
                       "Legislative update: state library funding", "Advocacy committee", "2025-03-14", (
        "The governor's proposed budget holds state library funding flat for the coming fiscal year, after two "
        "years of cuts. The association's advocacy committee welcomes the proposal but will press for the "
        "restoration of the literacy grant program.",
        "Members are encouraged to contact their legislators before the budget subcommittee hearing on April 8. "
        "Talking points and a sample letter are available on the advocacy page.",
        "Library Legislative Day will be held in person at the Capitol on April 22.",
    ), tags=("Advocacy",)),
    "n-spotlight": W(NEWS, "/news/member-spotlight-tanya-ruiz", "article", 1, "Member spotlight: Tanya Ruiz",
                     "Communications staff", "2025-02-10", (
        "Tanya Ruiz has been the children's librarian at the Lemon Grove branch for six years. She runs a "
        "bilingual storytime that regularly draws eighty families, and a seed library that she started with a "
        "$500 grant.",
        "\"I love the moment when a toddler recognises a book from last week,\" she says. \"That is the whole job.\"",
        "Ruiz is also a volunteer mentor in the association's new virtual mentoring program.",
        "Outside the library she plays in a mariachi band and grows too many tomatoes.",
    ), tags=("Members",)),
    "n-guide": W(NEWS, "/sites/default/files/2025-02/mentoring-program-guide-2025.pdf", "document", 3,
                 "Virtual Mentoring Program Guide 2025", "New Members Round Table", "2025-02-01", (
        "Virtual Mentoring Program Guide 2025",
        "New Members Round Table",
        "Welcome. This guide is for mentors and mentees in the association's virtual mentoring program.",
        "What mentoring means here: a mentor is an experienced colleague who listens, shares what they know,",
        "and helps a newer library worker make their own decisions. Mentors are not supervisors.",
        "Meeting: pairs meet by video at least once a month. Agree on a day, a time and a channel at the start.",
        "Between meetings, use the program's online community. Mentees may ask any mentor a question there;",
        "mentors are encouraged to answer questions from mentees who are not their own.",
        "Social media: many members also learn in public spaces such as Bluesky, Mastodon and LinkedIn.",
        "Mentors can help mentees find useful accounts, hashtags and mailing lists to follow.",
        "Boundaries: keep private matters private, and tell the coordinator if a pairing is not working.",
        "Timeline: March kickoff webinar; June check-in survey; November closing call and evaluation.",
    ), tags=("Mentoring",)),
    "n-finance": W(NEWS, "/sites/default/files/2025-06/fy2024-financial-report.pdf", "document", 0,
                   "FY2024 Financial Report", "Treasurer", "2025-06-01", (
        "FY2024 Financial Report",
        "Statement of activities for the year ended December 31, 2024.",
        "Revenue: membership dues $412,300; conference $688,150; grants $95,000; other $12,440.",
        "Expenses: personnel $520,800; conference $601,200; programs $61,900; administration $48,300.",
        "Net assets decreased by $24,310 after a transfer to the reserve fund approved by the board.",
        "The reserve fund now stands at nine months of operating expenses, in line with board policy.",
    ), tags=("Governance",)),

    # --- the vendor's blog ------------------------------------------------------------------------------------
    "v-learning-network": W(VENDOR, "/five-ways-to-keep-your-library-team-learning/", "article", 1,
                            "Five ways to keep your library team learning", "Priya Natarajan", "2024-09-12", (
        "Library teams are stretched. Between new services, new systems and fewer staff, training often comes "
        "last. Here are five things we see our most successful customers do.",
        "1. Schedule it. The libraries that keep learning put training on the calendar: an hour a month, "
        "protected, for every staff member.",
        "2. Make the system do the teaching. Shelfwise's in-app walkthroughs cover every module, and new staff "
        "can complete them at their own pace.",
        "3. Share what you learn. One staff member attends a webinar and reports back at the team meeting.",
        "4. Join the community. Our customer forum has thousands of members, and peers answering each other "
        "there is often faster than a support ticket.",
        "5. Measure it. Track who has completed which walkthrough in the admin dashboard, and celebrate it.",
        "Want to know more? Book a demo with our team.",
    ), tags=("Tips",)),
    "v-release": W(VENDOR, "/release-notes-shelfwise-8-2/", "article", 0, "Release notes: Shelfwise 8.2",
                   "Shelfwise Product Team", "2025-01-08", (
        "Shelfwise 8.2 is rolling out to all hosted customers this week.",
        "New: bulk editing of item records from search results, with an undo window of 24 hours.",
        "New: the holds queue can now be filtered by pickup location and exported to CSV.",
        "Improved: patron notices now support right-to-left languages.",
        "Fixed: an issue where the acquisitions dashboard showed duplicate invoices after a currency change.",
    ), tags=("Release notes",)),
    "v-customer": W(VENDOR, "/customer-story-harlan-county-library/", "article", 1,
                    "Customer story: Harlan County Library goes live in six weeks", "Priya Natarajan",
                    "2024-11-20", (
        "When Harlan County Library's old system reached end of life, the library had six weeks and a staff of "
        "eleven to move 140,000 item records.",
        "\"We were nervous about the data,\" said the library's director. \"Our records went back to the 1990s "
        "and nobody had cleaned them.\" Shelfwise's migration team ran three test loads before go-live.",
        "Staff learned the new system with in-app walkthroughs, and the director credits the Shelfwise users' "
        "Slack channel, where librarians at other customer sites answered her staff's questions in the first "
        "weeks.",
        "Circulation went live on schedule on a Monday morning, with no closed days.",
    ), tags=("Customer stories",)),
    "v-webinar": W(VENDOR, "/webinar-recap-growing-the-next-generation-of-systems-librarians/", "article", 3,
                   "Webinar recap: growing the next generation of systems librarians", "Priya Natarajan",
                   "2025-02-25", (
        "Last week more than 300 people joined our webinar on how systems librarians learn the job, and how "
        "experienced colleagues can help. Thank you to our three panellists, all working systems librarians at "
        "public and academic libraries.",
        "The panel agreed that nobody is trained for this job in library school. All three learned it from "
        "other people: a predecessor who stayed on for a month, the regulars on a systems mailing list, and "
        "people they met in the Code4Lib Slack and on Mastodon.",
        "One panellist described the moment she stopped lurking: she posted a question about a broken cron job "
        "in a community chat, and a retired systems librarian walked her through it on a video call. They still "
        "talk every few weeks. \"He never called himself my mentor,\" she said, \"but that is what he was.\"",
        "The panel's advice for experienced staff: answer newcomers' questions in public, so others can learn "
        "from them too; offer a call when a thread gets long; and invite newer colleagues to co-present with "
        "you, which is how most of them got their first conference talk.",
        "For newer staff: pick two or three communities and show up regularly, rather than joining twenty. And "
        "keep a document of what you learn, because you will be answering the same question for someone else in "
        "a year.",
        "The recording and the panellists' list of communities are available to registered attendees.",
    ), tags=("Webinars",)),
    "v-mentor-mode": W(VENDOR, "/introducing-mentor-mode/", "article", 0, "Introducing Mentor Mode",
                       "Shelfwise Product Team", "2025-03-18", (
        "Setting up a new library in Shelfwise used to mean a long checklist. Today we are introducing Mentor "
        "Mode, a guided setup for administrators.",
        "Mentor Mode walks you through circulation rules, patron types, notices and fines step by step, checks "
        "your settings for common mistakes, and explains each option in plain language.",
        "You can turn Mentor Mode on or off at any time from the admin menu, and it remembers where you left "
        "off. Mentor Mode is included in all plans at no extra cost.",
    ), tags=("Product",)),

    # --- the journal ----------------------------------------------------------------------------------------
    "j-mastodon": W(JOURNAL, "/jip/article/14/2/101/7801234", "journal-article", 3,
                    "Learning in public: archivists' professional learning networks after the move from Twitter",
                    "Hanna Lindqvist; Marcus Oyelaran", "2025-04-15", (
        "Abstract. Between 2022 and 2024 many archivists who had used Twitter for professional learning moved "
        "some or all of their activity to Mastodon, Bluesky and LinkedIn. Drawing on a survey of 412 archivists "
        "and 24 follow-up interviews, we examine how their personal learning networks changed. Respondents kept "
        "their networks but used them differently: less public conversation, more small-group exchange, and a "
        "greater reliance on older channels such as mailing lists. Early-career respondents reported the "
        "largest losses, particularly in access to informal advice from experienced colleagues.",
        "Introduction. For more than a decade, social media has been part of how archivists keep up with their "
        "field. Hashtag chats, conference backchannels and public threads gave people a way to follow "
        "colleagues they would never meet in person, to ask questions, and to be noticed. Research on personal "
        "learning networks in education and librarianship has described these networks as self-directed, "
        "multi-platform and relational. Less is known about what happens to such networks when the platform at "
        "their centre changes.",
        "Literature. Studies of teachers on Twitter described chats such as #edchat as a form of "
        "self-organised professional development, in which participants traded resources, sought emotional "
        "support and built relationships that extended beyond the platform. Work in librarianship found similar "
        "patterns in chats such as #libchat and #critlib, and in the backchannels of conferences, where newer "
        "librarians reported that following senior colleagues gave them a view of professional norms they could "
        "not get at work. Research on mentoring in archives has focused mostly on formal programs run by "
        "associations and on the small number of pairs they can support; informal, networked forms of advice "
        "have received less attention, although practitioners often describe them as more important.",
        "Researchers have also noted the fragility of such networks. Platform policies, harassment and the "
        "commercial fortunes of a company can change the conditions of participation quickly. When a platform "
        "declines, the network does not simply move: some members follow, some stop, and the ties between them "
        "are tested. The events of late 2022 gave us a chance to observe this as it happened.",
        "Methods. We distributed an online survey through two national archives mailing lists, three regional "
        "associations and posts on Mastodon, Bluesky and LinkedIn between March and May 2024. Of 412 complete "
        "responses, 61 percent came from people with fewer than ten years in the profession. We then interviewed "
        "24 respondents, selected for variety of career stage, institution type and platform use.",
        "Findings: the network persists. Most respondents who had been active on Twitter still considered "
        "themselves part of a professional network online. Many had followed colleagues to Mastodon in late 2022; "
        "a second group moved to Bluesky in 2023 and 2024. A third group left public social media altogether but "
        "kept in touch with the same people through group chats and mailing lists. In interviews, respondents "
        "described the network as a set of people rather than a place: 'I lost the hashtag, but I did not lose "
        "the people.'",
        "Findings: the conversation moves inward. Public conversation declined. Respondents posted less and "
        "described the new platforms as quieter and more fragmented. At the same time, they reported more "
        "activity in small groups: Discord servers, Slack workspaces, Signal chats and video meetings of a "
        "handful of peers. These groups were often formed from public contacts, and they were where "
        "respondents said the most valuable exchanges took place: advice on job applications, reading each "
        "other's drafts, and frank talk about workplace problems.",
        "Findings: mentoring becomes harder to find. The inward move had uneven effects. Respondents who had "
        "built relationships before 2022 carried them into the new spaces. Newer archivists, who had used public "
        "threads to meet experienced colleagues in the first place, found it harder to enter small groups whose "
        "members already knew each other. Several described a loss of what one called 'ambient mentoring': the "
        "chance to see senior people reason through problems in public and to ask them a question without an "
        "introduction. Some had turned to formal mentoring programs run by associations; others had not found a "
        "replacement.",
        "Findings: old channels return. A quarter of respondents said they read professional mailing lists more "
        "than before. Lists were described as slow but reliable, searchable, and free from the churn of "
        "platforms. Webinars and recorded talks were also more important, especially for respondents in small "
        "institutions.",
        "Findings: what respondents value. Asked to rank what they gained from their networks, respondents "
        "put 'answers to practical questions' first, 'knowing what others in the field are doing' second, and "
        "'advice from more experienced colleagues about my career' third. Among respondents with fewer than five "
        "years in the profession, career advice ranked first. Interviewees gave concrete examples: a senior "
        "archivist who reviewed a cover letter after a public exchange about processing backlogs; a regional "
        "group that met on video every month to discuss grant applications; a mailing list thread in which "
        "several experienced colleagues explained how to negotiate a first salary. Almost none of these "
        "relationships had a formal name, and respondents were often reluctant to call them mentoring, reserving "
        "the word for association programs.",
        "Findings: reciprocity. Experienced respondents described answering questions online as a way of giving "
        "back, and several said they learned as much as they taught, particularly about digital tools and about "
        "how the job looked to people entering it now. Some were tired: answering the same questions on several "
        "platforms at once took time that answering in one public place had not. A few had started to collect "
        "their answers in blog posts so that they could point newcomers to them.",
        "Discussion. Our findings support the view of personal learning networks as relational rather than "
        "platform-bound, but they also show that platforms shape who can join a network. Public, open "
        "conversation lowered the cost of entry for newcomers; its decline raises that cost. Professional "
        "associations and employers can help by creating open entry points, for example moderated public "
        "channels where newcomers can ask questions, by recognising time spent in these networks as "
        "professional development, and by supporting peer mentoring groups that newcomers can join.",
        "Limitations. The survey was distributed through the channels it studies, so respondents who had left "
        "online professional life entirely are underrepresented. Respondents were mostly in North America and "
        "Europe. We asked about platform use in the past, which depends on memory.",
        "Conclusion. Archivists did not stop learning from each other online when Twitter changed. They "
        "regrouped. But the regrouping favoured those who were already connected, and the profession should pay "
        "attention to the people who are just arriving.",
    ), tags=("professional learning", "social media", "archives")),
    "j-scoping": W(JOURNAL, "/jip/article/14/2/118/7801240", "journal-article", 3,
                   "E-mentoring in academic libraries: a scoping review", "Sofia Marchetti", "2025-04-15", (
        "Abstract. This scoping review maps research on electronic mentoring (e-mentoring) of academic library "
        "staff published between 2005 and 2024. Forty-seven studies met the inclusion criteria. Most described "
        "programs in North America and used email, video calls or online communities as the main channel. "
        "Reported benefits included wider access to mentors, flexibility and peer learning; reported problems "
        "included weak relationships and declining participation. Few studies evaluated outcomes beyond "
        "participant satisfaction.",
        "Background. Mentoring has long been recommended for new academic librarians, particularly those on "
        "tenure tracks. Distance, small staff sizes and the pandemic have pushed many programs online. Some "
        "programs are formal pairings conducted by email or video; others are communities, such as a Slack "
        "workspace or a mailing list, in which mentoring happens informally.",
        "Methods. We searched four databases and the grey literature, screened 1,204 records and included 47 "
        "studies. We charted program type, channel, participants, and outcomes.",
        "Results. Twenty-nine studies described one-to-one pairings, eleven described group or peer mentoring, "
        "and seven described communities on social media or chat platforms where advice was exchanged without "
        "formal pairs. Synchronous video became dominant after 2020. Studies of social media communities "
        "reported the widest reach but the least evaluation.",
        "Conclusion. E-mentoring is now ordinary in academic libraries, but the evidence for what works is thin. "
        "We recommend longer follow-up, comparison of formal and informal models, and attention to who is left "
        "out.",
    ), tags=("mentoring", "review")),
    "j-infolit": W(JOURNAL, "/jip/article/14/2/131/7801251", "journal-article", 1,
                   "Information literacy instruction in first-year seminars: a multi-campus study",
                   "Daniel Okonkwo; Rebecca Hart", "2025-04-15", (
        "Abstract. We compared three models of library instruction in first-year seminars at four campuses: a "
        "single session, an embedded librarian, and a credit-bearing module. Students in the embedded model "
        "showed the largest gains in source evaluation on a validated test.",
        "Methods. 1,130 students completed pre- and post-tests. Instructors were interviewed at the end of term.",
        "Results. Gains were largest for the embedded model and smallest for the single session. Instructors "
        "valued librarians' presence in course discussion boards.",
        "Limitations. The campuses differed in student population. Librarians in the embedded model also "
        "reported learning their lesson designs from colleagues in an online teaching community, which we did "
        "not study.",
    ), tags=("information literacy",)),
    "j-metadata": W(JOURNAL, "/jip/article/14/1/55/7790112", "journal-article", 0,
                    "Metadata quality in institutional repositories: an audit of 30 collections",
                    "Wen Zhao", "2025-01-20", (
        "Abstract. We audited descriptive metadata in 30 institutional repository collections for completeness, "
        "accuracy and consistency. Completeness was high for titles and dates but low for subject terms and "
        "rights statements. Records created by self-deposit were less complete than mediated records.",
        "Methods. A random sample of 50 records per collection was checked against a rubric of twelve elements.",
        "Results. Median completeness was 78 percent. Rights statements were missing from 41 percent of records.",
        "Conclusion. Repositories should require rights statements at deposit and review subject terms in bulk.",
    ), tags=("metadata", "repositories")),
    "j-onboarding": W(JOURNAL, "/jip/article/14/1/72/7790130", "journal-article", 2,
                      "Onboarding new cataloguers: a mixed-methods study", "Ines Duarte", "2025-01-20", (
        "Abstract. How do new cataloguers learn the work? We surveyed 160 cataloguers in their first three years "
        "and interviewed 15 of them. Formal training covered standards but not local practice, which new "
        "cataloguers learned from colleagues.",
        "Methods. Survey items covered training received, time to independence and sources of help.",
        "Results. Median time to independent original cataloguing was fourteen months. The most used source of "
        "help was a more experienced colleague. For cataloguers in small libraries with no such colleague, that "
        "colleague was often found online: on a cataloguing mailing list, in a Teams or Slack channel shared "
        "across a consortium, or through someone met in a webinar who agreed to review their records. Several "
        "interviewees described these remote relationships as mentoring, and said they had kept them long "
        "after training ended.",
        "Discussion. Onboarding plans should include standards training, documented local practice, and a named "
        "experienced colleague, who need not be in the same building.",
    ), tags=("cataloguing", "training")),

    # --- the video site ---------------------------------------------------------------------------------------
    "y-pln": W(VIDEO, "/watch?v=q7Lm2xPa9Rk", "post", 3,
               "Build your PLN on Bluesky and Mastodon: a webinar for library workers", "LibTalks Live",
               "2024-10-09", (
        "Recording of our October webinar. Lost your library people when you left Twitter? This session walks "
        "through rebuilding a personal learning network on Bluesky and Mastodon: finding library accounts and "
        "starter packs, following hashtags, joining a server, and turning follows into real conversations with "
        "colleagues who can advise you.",
        "00:00 Welcome. 03:10 Why a PLN matters for library workers. 11:45 Bluesky starter packs and feeds. "
        "24:30 Mastodon servers for libraries and how hashtags work there. 38:00 From lurking to asking: how "
        "two presenters found mentors online. 49:15 Q&A.",
        "Slides and the list of accounts mentioned are linked in the pinned comment.",
    ), replies=(
        ("@jenreadsalot", "The part at 38:00 about asking someone for a 20 minute call changed how I think about "
                          "this. Thank you."),
        ("@catalogcat", "Followed the starter pack, already had two helpful replies to a question about RDA."),
    ), tags=("webinar",)),
    "y-careerqa": W(VIDEO, "/watch?v=Zp4Kd81wQeA", "post", 2, "Ask an archivist: career Q&A livestream",
                    "LibTalks Live", "2024-12-04", (
        "Live Q&A with two archivists who have been in the field for 25 years. Questions came in through the chat "
        "and our Discord server.",
        "Topics: whether to do a second master's, how to get processing experience as a student, what hiring "
        "committees look for, and how to find someone more experienced to talk to when your job is the only "
        "archives job in the building. Both guests described meeting their own mentors through mailing lists "
        "and social media.",
        "Also covered: the guests' favourite finding aids, and a long tangent about a box of 1920s dance cards.",
    ), replies=(
        ("@newarchivist", "Huge thanks. I DM'd one of the guests after this and she actually replied!"),
    ), tags=("careers",)),
    "y-spine": W(VIDEO, "/watch?v=b3NvT0xqU1c", "post", 0, "How to repair a broken book spine", "LibTalks Live",
                 "2024-08-21", (
        "Step-by-step repair of a hardcover with a broken spine, using book cloth, PVA and a bone folder.",
        "Tools: PVA glue, book cloth, mull, bone folder, scalpel, weights. Total time about 40 minutes plus "
        "drying overnight.",
    ), replies=(("@menderofbooks", "Great technique on the hinge."),), tags=("book repair",)),
    "y-tour": W(VIDEO, "/watch?v=Hk2m9TtVb0s", "post", 1, "Tour of the new Eastside branch library",
                "LibTalks Live", "2024-07-02", (
        "Take a walk through the new Eastside branch: the makerspace, the teen room, the quiet reading room, and "
        "the rooftop garden.",
        "The branch manager talks about the design process and how staff visited other new libraries first. "
        "She also mentions that she got much of her planning advice from colleagues on a library buildings "
        "mailing list.",
    ), tags=("libraries",)),
    "y-pcb": W(VIDEO, "/watch?v=Xo91MeNt0rz", "post", 0, "Mentor Graphics PADS tutorial: routing a two-layer board",
               "Circuit Bench", "2023-03-15", (
        "In this tutorial we route a simple two-layer board in PADS Professional, the PCB tool formerly sold under "
        "the Mentor Graphics name and now part of Siemens.",
        "We set up design rules, place components, route power first and then signals, and run a DRC before "
        "generating Gerbers.",
    ), tags=("electronics",)),

    # --- the Mbin threads ---------------------------------------------------------------------------------------
    "k-servers": W(THREADS, "/m/libraries/t/20417/servers-for-new-archivists-looking-for-mentors", "post", 3,
                   "Servers for new archivists looking for mentors?", "shelfelf", "2025-02-11", (
        "New archivist, only staff member at a small museum. Are there Discord or Matrix servers where "
        "experienced archivists hang out and answer questions? I could really use someone to ask.",
    ), replies=(
        ("quietstacks@lemmy.example", "The lone arrangers list is the place to start. Several people there also "
                                      "run a Discord, ask on the list."),
        ("shelfelf", "Thank you! Subscribed."),
    ), tags=("mentoring", "archives")),
    "k-diaspora": W(THREADS, "/m/libraries/t/20388/where-did-library-twitter-go", "post", 2,
                    "Where did library Twitter go?", "dewey_decimator", "2025-01-30", (
        "Link: an essay about the scattering of library Twitter across Bluesky, Mastodon and group chats. The "
        "author argues the chats and hashtags were how a lot of people learned the profession, and that newer "
        "librarians have lost a way to meet experienced colleagues.",
    ), replies=(
        ("quietstacks@lemmy.example", "Mostly agree. I learned more from #critlib chats than from grad school."),
        ("shelfelf", "As someone who started in 2023, yes, it is hard to find people to learn from."),
        ("booksnbytes", "Honestly the essay spends half its length on Musk and platform economics, which I could "
                        "do without."),
        ("dewey_decimator", "Fair, the middle section drags."),
    ), tags=("twitter", "socialmedia")),
    "k-ebooks": W(THREADS, "/m/libraries/t/20352/ebook-licensing-costs-are-absurd", "post", 0,
                  "E-book licensing costs are absurd", "booksnbytes", "2025-01-12", (
        "Our library paid $60 for a two-year licence on a bestseller that costs $14.99 for a consumer. Twenty-six "
        "people are waiting for it. Is anyone's state doing anything about this?",
    ), replies=(
        ("dewey_decimator", "A few states have tried bills. Publishers sue, mostly."),
        ("quietstacks@lemmy.example", "Look up the library e-book coalition's tracker."),
    ), tags=("ebooks",)),
    "k-offtopic": W(THREADS, "/m/libraries/t/20401/weekly-off-topic-thread", "post", 1, "Weekly off-topic thread",
                    "Mbin_Bot", "2025-02-03", (
        "What are you reading, watching or making this week?",
    ), replies=(
        ("booksnbytes", "Knitting a sweater that will not be done before spring."),
        ("shelfelf", "Reading a mystery set in a university archive. Also finally joined a mentoring Discord "
                     "someone recommended here, so thanks for that."),
        ("dewey_decimator", "Rewatching Columbo."),
    ), tags=("offtopic",)),
    "k-cohort": W(THREADS, "/m/libraries/t/20433/i-ran-a-peer-mentoring-cohort-on-mastodon-for-a-year", "post",
                  3, "I ran a peer mentoring cohort on Mastodon for a year: notes", "quietstacks@lemmy.example",
                  "2025-02-20", (
        "Last year I posted on Mastodon asking if any newish library workers wanted to form a peer mentoring "
        "group. Twelve people replied. Notes on what happened, for anyone thinking of doing the same.",
        "We used a private group chat plus a monthly video call. I recruited two retired librarians who "
        "volunteered to drop in as senior advisers, which turned out to be the most valued part: people could "
        "ask someone with thirty years of experience about a hiring committee or a bad boss.",
        "What worked: a fixed day each month, a shared document of questions, and a rule that every question "
        "gets an answer within a day. What did not: the public hashtag we started got spam within weeks.",
        "Nine of twelve stayed all year. Four changed jobs, and they all credit the group with some part of it.",
    ), replies=(
        ("shelfelf", "I would join the next one in a heartbeat."),
        ("dewey_decimator", "Saving this. The one-day answer rule is smart."),
    ), tags=("mentoring", "mastodon")),

    # --- the podcast -------------------------------------------------------------------------------------------
    "p-timeline": W(PODCAST, "/1873320/episodes/15502231-mentors-in-the-timeline", "post", 3,
                    "Ep. 42: Mentors in the timeline", "Stacks & Signals", "2024-11-06", (
        "This week we talk with two library workers who found their mentors online, and with one of those "
        "mentors. How do you go from following someone to asking for advice? What makes a good online mentoring "
        "relationship, and when should it move to a video call? And what do experienced librarians get out of "
        "answering newcomers' questions on Bluesky and in Slack communities?",
        "Our guests share how a hashtag chat, a LinkedIn message and a mailing list reply each turned into years "
        "of career guidance, and how they now mentor others the same way.",
        "Links: our guests' recommended communities and the episode transcript are on our website.",
    ), tags=("mentoring",)),
    "p-pivots": W(PODCAST, "/1873320/episodes/15320077-career-pivots-from-public-libraries-to-ux", "post", 2,
                  "Ep. 39: Career pivots, from public libraries to UX", "Stacks & Signals", "2024-09-25", (
        "Our guest spent nine years in public libraries before moving into user experience research at a "
        "software company. We talk about transferable skills, portfolios, and salary.",
        "She describes how she learned UX: a bootcamp she does not recommend, and a group of former librarians "
        "in UX who met in a Slack community and reviewed each other's portfolios. Two of them became informal "
        "mentors who coached her through her first interviews.",
        "Also: why reference interviews are user research, and the best library she has ever visited.",
    ), tags=("careers",)),
    "p-catalog": W(PODCAST, "/1873320/episodes/15111890-the-card-catalog-a-history", "post", 0,
                   "Ep. 36: The card catalog, a history", "Stacks & Signals", "2024-08-14", (
        "From Melvil Dewey's standard card size to the great catalog dumpsters of the 1990s, a short history of "
        "the card catalog with a historian of library technology.",
        "Plus: why some libraries still keep their drawers, and what happened to the cards.",
    ), tags=("history",)),
    "p-mailbag": W(PODCAST, "/1873320/episodes/15701244-listener-mail-special", "post", 1,
                   "Ep. 45: Listener mail special", "Stacks & Signals", "2024-12-18", (
        "We answer your letters: favourite library smells, the worst patron request you ever got, and whether "
        "we will ever do a live show (maybe!).",
        "Several of you wrote in after episode 42 to say you had finally messaged someone you admire online, "
        "which made our week.",
        "Happy holidays from both of us. Back in January.",
    ), tags=("listeners",)),
    "p-levy": W(PODCAST, "/1873320/episodes/15005521-how-mentor-passed-its-library-levy", "post", 0,
                "Ep. 34: How Mentor passed its library levy", "Stacks & Signals", "2024-07-17", (
        "Mentor, Ohio, voted on a library levy last November. We talk with a campaign volunteer about yard signs, "
        "door-knocking and the numbers behind a renewal levy in a suburban community.",
        "What other libraries can learn from Mentor Public Library's campaign, and what they would do "
        "differently.",
    ), tags=("advocacy",)),

    # --- the student's blog ---------------------------------------------------------------------------------
    "g-linkedin": W(STUDENT, "/blog/how-i-found-a-mentor-on-linkedin", "article", 3,
                    "How I found a mentor on LinkedIn (as an MLIS student)", "Jordan Pham", "2024-10-03", (
        "Everyone in my program says you need a mentor. Nobody says how you get one. So here is what worked for "
        "me, as a second-semester online MLIS student who did not know a single librarian in person.",
        "Step one was boring: I fixed my LinkedIn profile. Real photo, a headline that said what I wanted "
        "(academic library instruction), and a short summary.",
        "Step two: I followed instruction librarians whose posts I actually liked and started commenting, with "
        "real comments, not 'great post!'. After a month a few of them recognised my name.",
        "Step three: I sent one message. To a librarian who had posted about her first year as an instruction "
        "coordinator, I wrote that I was a student, that her post had helped me choose my electives, and asked "
        "if she would have twenty minutes for a call. She said yes.",
        "That call turned into a monthly call. She reviewed my resume, told me which conferences were worth the "
        "student rate, and introduced me to two other people. She says it is a normal thing to do for students "
        "and that someone did it for her.",
        "So: be specific, be brief, and ask for something small. The worst that happens is silence.",
    ), tags=("mentoring", "linkedin", "career")),
    "g-practicum": W(STUDENT, "/blog/practicum-week-6", "article", 2, "Practicum, week 6", "Jordan Pham",
                     "2024-11-08", (
        "Week six at the community college library. This week I taught my first solo one-shot, to a nursing "
        "class, and nobody fell asleep.",
        "I also spent two days at the reference desk and one day weeding the nursing collection, which is mostly "
        "deciding which editions are too old to trust.",
        "The best part of the practicum so far is not at the library at all: my cohort has a Slack channel with "
        "two alumni who volunteered to answer questions. When my one-shot plan was a mess on Sunday night, one "
        "of them walked me through cutting it down. Another student asked about salary negotiation and got "
        "three long answers from people who had been through it. It feels like having several mentors at once.",
        "Next week: the teaching reflection is due, and I have a job interview (!).",
    ), tags=("practicum",)),
    "g-cataloguing": W(STUDENT, "/blog/cataloguing-assignment-reflections", "article", 0,
                       "Reflections on the cataloguing assignment", "Jordan Pham", "2024-09-20", (
        "We had to catalogue five items from scratch in RDA: a novel, a DVD, a map, a score and a zine. The zine "
        "was the hardest because nothing about it is standard.",
        "My main lesson is that MARC is a lot of punctuation. My second lesson is that the 264 field is more "
        "interesting than it looks.",
        "I got a B+, and I am at peace with it.",
    ), tags=("cataloguing",)),
    "g-reading": W(STUDENT, "/blog/summer-reading-list", "article", 1, "My summer reading list", "Jordan Pham",
                   "2024-06-01", (
        "Summer break! Here is what I plan to read, only some of it for school.",
        "Braiding Sweetgrass, finally. The Library Book by Susan Orlean. A stack of graphic novels for my YA "
        "services class. And a handful of articles on online mentoring that a librarian I follow recommended.",
        "Ask me in August how many I finished.",
    ), tags=("books",)),
    "g-groupwork": W(STUDENT, "/blog/surviving-online-group-projects", "article", 1,
                     "Surviving online group projects", "Jordan Pham", "2024-04-12", (
        "Online group projects are most of my program, and I have now done eleven of them. Some advice.",
        "Pick a single tool and stick to it. We use a shared document and one chat; anything else gets lost.",
        "Set internal deadlines three days before the real one. Someone will be sick.",
        "Divide the work by section, but have one person edit the whole thing so it reads as one voice.",
        "And be kind. One of my group partners turned out to be a twenty-year library veteran changing roles, "
        "and she has become a sort of informal mentor since.",
    ), tags=("school",)),
}

OTHER: list[tuple[str, str, str]] = [
    (RETIREE, "/", "home"),
    (RETIREE, "/posts/", "listing"),
    (RETIREE, "/posts/page/2/", "listing"),
    (RETIREE, "/tags/mentoring/", "tag"),
    (RETIREE, "/about/", "about"),
    (RETIREE, "/posts/twitter-chats-i-miss/", "error"),
    (SCHOLAR, "/", "home"),
    (SCHOLAR, "/blog/", "listing"),
    (SCHOLAR, "/publications/", "listing"),
    (SCHOLAR, "/blog/tag/mentoring/", "tag"),
    (SCHOLAR, "/blog/category/conferences/", "category"),
    (SCHOLAR, "/cv/", "about"),
    (FORUM, "/", "home"),
    (FORUM, "/categories/career-development", "category"),
    (FORUM, "/profile/greta_h", "profile"),
    (FORUM, "/search?Search=mentor", "search"),
    (FORUM, "/discussion/877/mentoring-roundup-2019", "error"),
    (NEWS, "/", "home"),
    (NEWS, "/about", "about"),
    (NEWS, "/contact", "contact"),
    (NEWS, "/news", "listing"),
    (NEWS, "/taxonomy/term/7", "tag"),
    (NEWS, "/search/node?keys=mentoring", "search"),
    (NEWS, "/events/mentor-meetup-2023", "error"),
    (VENDOR, "/", "home"),
    (VENDOR, "/blog/", "listing"),
    (VENDOR, "/category/webinars/", "category"),
    (VENDOR, "/about-us/", "about"),
    (VENDOR, "/contact/", "contact"),
    (VENDOR, "/author/priya/", "profile"),
    (VENDOR, "/resources/mentoring-kit/", "error"),
    (JOURNAL, "/jip", "home"),
    (JOURNAL, "/jip/issue/14/2", "listing"),
    (JOURNAL, "/jip/issue/14/1", "listing"),
    (JOURNAL, "/jip/pages/About", "about"),
    (JOURNAL, "/jip/search-results?q=mentoring", "search"),
    (VIDEO, "/", "home"),
    (VIDEO, "/@LibTalksLive", "profile"),
    (VIDEO, "/@LibTalksLive/videos", "listing"),
    (VIDEO, "/results?search_query=library+mentoring", "search"),
    (THREADS, "/", "home"),
    (THREADS, "/m/libraries", "category"),
    (THREADS, "/tag/mentoring", "tag"),
    (THREADS, "/u/shelfelf", "profile"),
    (PODCAST, "/", "home"),
    (PODCAST, "/1873320/episodes?page=2", "listing"),
    (PODCAST, "/about", "about"),
    (STUDENT, "/", "home"),
    (STUDENT, "/blog", "listing"),
    (STUDENT, "/tags/mentoring", "tag"),
    (STUDENT, "/about", "about"),
]
