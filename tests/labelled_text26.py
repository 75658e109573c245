"""Web 26's texts and labels, written before its pages were built (tests/labelled_web26.py builds them).

``WORKS``: key -> :class:`Work` (host, path, kind, grade, title, author, date, paragraphs, tags);
``OTHER``: the pages that are not works, ``(host, path, kind)``, each graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

WP = "stackednotes.example"        # WordPress Twenty Thirteen: a branch librarian's blog
EVEN = "okafor-lis.example"        # Hugo Even: a LIS scholar's site
CAYMAN = "archmentor.example"      # Jekyll Cayman: a peer-mentoring programme's project site
RUBY = "quietstacks.example"       # Ghost Ruby: a retired archivist's blog
PIPER = "lists.lisnet.example"     # Mailman 2 Pipermail archive of a mailing list
FISH = "glamtown.example"          # Firefish: a fediverse server for GLAM workers
ELIFE = "jlpp.example"             # an eLife-like journal
OMEKA = "heritage-exhibits.example"  # an Omeka S exhibit site
STATAMIC = "shelfwise.example"     # Statamic: a library software vendor
GSITES = "lisgrads.example"        # Google Sites: a LIS students' association

HOSTS = (WP, EVEN, CAYMAN, RUBY, PIPER, FISH, ELIFE, OMEKA, STATAMIC, GSITES)


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
    tags: tuple[str, ...] = ()


def _w(host, path, kind, grade, title, author, date, paras, tags=()):
    return Work(host, path, kind, grade, title, author, date, tuple(paras), tuple(tags))


WORKS: dict[str, Work] = {}


def _add(key, *a, **k):
    WORKS[key] = _w(*a, **k)


# --- WordPress Twenty Thirteen: a branch librarian's blog ------------------------------------------------

_add("wp-twitter-mentor", WP, "/2024/02/11/the-mentor-i-found-in-a-hashtag/", "article", 3,
     "The mentor I found in a hashtag", "Rosa Imbert", "2024-02-11", [
         "Three years ago I was the only professional librarian in a branch of eleven thousand people, and I had "
         "nobody to ask the questions I was embarrassed to ask. My manager was kind but sat forty minutes away, "
         "and the mentoring scheme run by our regional association had a waiting list longer than my probation.",
         "So I did what everyone told me not to do and asked strangers. I started reading the Wednesday evening "
         "librarian chat on Twitter, back when it was still called that, and after a month of lurking I posted a "
         "question about weeding a local history collection that nobody had touched since the nineties.",
         "Four people answered. One of them, a collections manager at a university two states away, sent me a "
         "direct message the next morning with a spreadsheet she used for exactly this job. We swapped messages "
         "for a few weeks, then she suggested a video call once a month. She never called it mentoring. I did, "
         "quietly, in my head, and then out loud when I wrote my first conference proposal and she read three "
         "drafts of it.",
         "What I learned from that year is that a mentor found online is still a mentor. The relationship was "
         "lighter than the formal ones I have read about: no agreement, no goals document, no end date. It was "
         "also more honest, because neither of us was assigned to the other. When I asked about salary "
         "negotiation she told me what she earned. When she needed someone to test a workshop on a small "
         "public library audience, she asked me.",
         "The hashtag has mostly moved now. Half the people I followed are on Mastodon and a few on Bluesky, "
         "and the chat itself runs less often. But the habit stayed. When a new colleague at a neighbouring "
         "branch asked me last month how I got through my first year alone, I told her the honest answer: I "
         "wasn't alone, I just had to go and find my people where they were talking.",
         "If you are in that position now, my advice is short. Lurk first, then ask one specific question. "
         "Answer somebody else's question the week after. Follow the people who answer generously, and when one "
         "of them offers a call, say yes.",
     ], ("mentoring", "twitter"))
_add("wp-mastodon-move", WP, "/2024/05/03/moving-my-professional-reading-to-mastodon/", "article", 2,
     "Moving my professional reading to Mastodon", "Rosa Imbert", "2024-05-03", [
         "A practical post this time. Several of you asked how I set up Mastodon after I stopped using the bird "
         "site, so here are my notes: which server, which apps, how I found people.",
         "I joined a general server for librarians rather than my own institution's, because I wanted my account "
         "to survive a job change. I use the official app on my phone and a browser tab at work.",
         "Finding people was the slow part. I searched the #libraries and #glam hashtags, followed everyone who "
         "posted something I would have bookmarked, and then went through their follow lists. Within a month my "
         "home timeline was the staff room I never had: people sharing job ads, asking how others handle "
         "difficult patrons, pointing new graduates at useful reading. Two of the people I now chat with most "
         "are early career librarians I met by answering their questions.",
         "The downside is that there is no algorithm to put good posts in front of you, so I keep a list of "
         "about thirty accounts I never want to miss. I also still read two mailing lists by email, because the "
         "discussions there are longer.",
     ], ("mastodon", "pln"))
_add("wp-storytime", WP, "/2024/03/20/spring-storytime-schedule/", "article", 0,
     "Spring storytime schedule", "Rosa Imbert", "2024-03-20", [
         "Storytime is back on Tuesday and Thursday mornings at 10:30 from the first week of April. Tuesdays are "
         "for babies and their grown-ups, Thursdays for toddlers and preschoolers.",
         "We have new felt board stories thanks to the Friends of the Library, and the bilingual session on the "
         "last Thursday of each month continues with our volunteer Marisol.",
         "No booking needed. Prams can be left in the foyer.",
     ], ("events",))
_add("wp-conference", WP, "/2024/06/14/notes-from-the-state-conference/", "article", 1,
     "Notes from the state conference", "Rosa Imbert", "2024-06-14", [
         "This year's state library conference was in a converted railway shed, which was lovely until it rained. "
         "I went to sessions on library building design, on outreach to older adults, and on the new state "
         "funding formula, which I still do not fully understand.",
         "The building design session was the highlight: an architect walked us through a branch refit that "
         "added a quiet room, a study pod and a proper workroom for staff, all inside the original footprint.",
         "The older adults session was full of practical ideas: device clinics, large print book clubs, and "
         "home delivery run by volunteers. I came home with a page of notes and a plan to try the device clinic.",
         "Between sessions I finally met in person a couple of people I have only known through a group chat, "
         "which was a nice bonus. The funding formula session I will write up once someone explains it to me.",
     ], ("conferences",))
_add("wp-newbie-questions", WP, "/2024/08/22/questions-new-librarians-ask-me/", "article", 2,
     "Questions new librarians ask me", "Rosa Imbert", "2024-08-22", [
         "Since the post about my hashtag mentor, a handful of new graduates have written to me with questions. "
         "With their permission, here are the most common ones and what I said.",
         "Should I take a job in a small branch where I am the only librarian? Yes, if you build yourself a "
         "network of people further along than you. Join the state association's early career group, get on at "
         "least one mailing list, and find an online community where people answer questions.",
         "How do I ask someone to be my mentor? You mostly don't. Ask a specific question, say thank you, and "
         "ask another in a month. Most of the mentoring I have had started as a conversation.",
         "How do I deal with a board member who emails me at midnight? That one I passed on to a director I know.",
     ], ("mentoring", "career"))
_add("wp-wifi", WP, "/2024/09/02/new-wifi-and-printing/", "article", 0,
     "New Wi-Fi and printing", "Rosa Imbert", "2024-09-02", [
         "The branch has a new wireless network. Log in with your library card number; guest passes are at the "
         "desk. Printing from your phone now works too: send your file to the address on the poster by the "
         "printer and collect it with your card.",
     ], ("technology",))
_add("wp-linkedin", WP, "/2024/10/30/linkedin-is-not-just-for-recruiters/", "article", 1,
     "LinkedIn is not just for recruiters", "Rosa Imbert", "2024-10-30", [
         "I updated the branch's LinkedIn page this week, mostly so that our job ads show up where people look "
         "for them. We had two vacancies in the summer and the best applicants both said they saw the ad there.",
         "If you are hiring in a small library, post the job on your own website first, then everywhere else: "
         "the state jobs board, LinkedIn, the regional list. Write the salary in the ad. Say what the hours are.",
         "Our new library assistants start in November. Please say hello when you come in.",
     ], ("jobs",))

# --- Hugo Even: a LIS scholar's site -------------------------------------------------------------------

_add("even-informal", EVEN, "/post/informal-mentoring-networks/", "article", 3,
     "Informal mentoring in networked publics: notes toward a study", "Kwame Okafor", "2023-09-18", [
         "Most research on mentoring in librarianship describes formal programmes: an association or employer "
         "pairs a junior with a senior professional, sets expectations and a time frame, and evaluates the "
         "result. Those programmes matter, but they are not where most early career librarians say they get "
         "their advice.",
         "In interviews for a pilot study last spring, fourteen of the nineteen librarians and archivists I "
         "spoke with named an online space as their main source of career guidance in their first three years. "
         "The spaces varied: a Slack workspace for digital archivists, a Discord server started by a cohort of "
         "graduates, Twitter chats, a subject mailing list, and in two cases a private LinkedIn group.",
         "What they described was rarely a one-to-one relationship. It was closer to what the literature calls "
         "constellation or network mentoring: several more experienced people, each helpful on some things, "
         "reached through a shared channel. One participant called it 'a mentor made of forty people'.",
         "Three features came up repeatedly. First, the value of seeing other people's questions answered, "
         "which lowered the cost of asking. Second, reciprocity: participants moved from asking to answering "
         "within a year or two. Third, fragility: when a platform changed hands or a community's moderators "
         "burned out, the network scattered and had to be rebuilt elsewhere.",
         "I am now designing a larger study of how these networks form and move, with particular attention to "
         "the move from Twitter to Mastodon and Bluesky. If you run or moderate such a community and would "
         "talk to me, my contact details are on the about page.",
     ], ("mentoring", "research"))
_add("even-pln-syllabus", EVEN, "/post/teaching-pln/", "article", 2,
     "Teaching the professional learning network", "Kwame Okafor", "2024-01-22", [
         "This term I added a week on professional learning networks to my foundations course. Students map "
         "the people, lists, communities and feeds they learn from and then add three deliberately.",
         "The readings pair the classic work on personal learning environments with recent studies of "
         "librarians on social media. The assignment asks students to join one conversation they would not "
         "have found on their own, such as a hashtag chat, a forum or a listserv, and to write up what they learned "
         "from practitioners there.",
         "Last year's students were surprised how willing working librarians were to answer. Several kept in "
         "touch with people they met that way and two described them as mentors by the end of term.",
         "The rest of the course is unchanged: information organisation, reference, ethics and a final project.",
     ], ("teaching", "pln"))
_add("even-citation", EVEN, "/post/citation-chaining-in-practice/", "article", 0,
     "Citation chaining in practice", "Kwame Okafor", "2023-11-04", [
         "Backward and forward citation chaining are among the most effective search techniques we teach, and "
         "among the least used by students. This post collects the tools I show in class.",
         "For backward chaining, a reference manager that imports a paper's bibliography saves a great deal of "
         "typing. For forward chaining, the citation indexes are still the most complete, with open "
         "alternatives catching up.",
         "I ask students to chain from one seed paper for twenty minutes and count what they find that their "
         "keyword search missed. It is usually a third of their final reading list.",
     ], ("teaching", "searching"))
_add("even-bluesky", EVEN, "/post/starter-packs/", "article", 1,
     "Starter packs and scholarly communication", "Kwame Okafor", "2024-11-28", [
         "Bluesky's starter packs, lists of accounts a new user can follow in one click, have spread quickly "
         "among academics this month. I made one for information science researchers.",
         "The interesting question for scholarly communication is what this does to the circulation of "
         "preprints and conference papers. Early signs are that links travel further than they did on "
         "Twitter in its last year, but the sample is small and self-selected.",
         "I will keep an eye on altmetrics for our department's papers and report back.",
     ], ("scholarly communication",))
_add("even-review", EVEN, "/post/review-early-career-book/", "article", 2,
     "Review: an edited book on early career librarianship", "Kwame Okafor", "2024-06-30", [
         "This edited collection gathers fourteen chapters by librarians in their first five years, and it is "
         "better than most books of its kind because the authors write about what actually happened to them.",
         "The strongest section is on mentoring. One chapter describes a peer mentoring circle of five new "
         "academic librarians that met on video every fortnight through their first year and kept a shared "
         "document of questions; another describes a reverse mentoring arrangement in which a new graduate "
         "taught a department head to use social media for outreach while learning budgeting from her.",
         "A chapter on online communities is thinner: it lists Slack groups and hashtags but says little about "
         "how advice is actually exchanged there.",
         "The sections on job hunting and on burnout are useful but familiar.",
     ], ("reviews", "mentoring"))

# --- Jekyll Cayman: a peer mentoring programme's project site ----------------------------------------

_add("cayman-how", CAYMAN, "/how-it-works/", "article", 3,
     "How the circles work", "Archivists' Peer Mentoring Circles", "2023-03-01", [
         "Archivists' Peer Mentoring Circles matches archivists and records managers in groups of four to six "
         "for a year of online peer mentoring. Each circle has one facilitator with at least ten years of "
         "experience and members at different career stages.",
         "Circles meet on video for an hour once a month and keep talking between meetings in a channel of our "
         "Slack workspace. Topics come from members: job applications, processing backlogs, difficult donors, "
         "moving into management, or whether to go back for a second degree.",
         "Anyone may also post in the open #ask-an-archivist channel, where facilitators and alumni answer "
         "questions from people who are not in a circle.",
         "We match in September. Applications open in July on this site.",
     ], ("programme",))
_add("cayman-report", CAYMAN, "/assets/circles-evaluation-2024.pdf", "document", 3,
     "Peer Mentoring Circles: evaluation of the 2023-24 cohort", "Archivists' Peer Mentoring Circles",
     "2024-10-01", [
         "Peer Mentoring Circles: evaluation of the 2023-24 cohort.",
         "Twelve circles of archivists met online monthly for a year, with a shared Slack workspace between",
         "meetings. 61 of 68 members completed the end-of-year survey.",
         "Members rated career guidance from facilitators and peers as the most useful part of the programme.",
         "Most said they had asked questions in the Slack workspace that they would not have asked their manager.",
         "Early career members valued hearing how more experienced colleagues handled job moves and workload.",
         "Facilitators asked for training in running online group mentoring and for shorter meetings.",
         "Recommendations: keep the monthly video meetings, add an asynchronous thread each fortnight,",
         "and invite alumni to mentor in the open channel.",
     ], ("evaluation",))
_add("cayman-faq", CAYMAN, "/faq/", "article", 2,
     "Frequently asked questions", "Archivists' Peer Mentoring Circles", "2023-03-01", [
         "Do I need to be a member of a professional association? No.",
         "I am a student. Can I join? Yes, students in archival studies programmes are welcome in circles, and "
         "many use the open Slack channel to ask working archivists about placements and first jobs.",
         "How much time does it take? About two hours a month.",
         "Is it confidential? What is said in a circle stays in the circle.",
         "Can I be a facilitator? If you have ten years of archival work behind you and want to mentor a small "
         "group online, write to us.",
     ], ("programme",))
_add("cayman-code", CAYMAN, "/code-of-conduct/", "article", 0,
     "Code of conduct", "Archivists' Peer Mentoring Circles", "2023-03-01", [
         "Be kind. Assume good faith. No harassment of any kind. Do not share screenshots of private channels.",
         "Report problems to the organisers by email; we will respond within two working days.",
     ], ())

# --- Ghost Ruby: a retired archivist's blog --------------------------------------------------------

_add("ruby-listserv", RUBY, "/the-listserv-was-my-mentor/", "article", 3,
     "The listserv was my mentor", "Margaret Doyle", "2024-01-08", [
         "When I started as an assistant archivist in 1989 there was no internet to speak of at work, and my "
         "mentor was a woman called Irene who had been in the county records office since the war. When she "
         "retired I lost my person to ask.",
         "Then, in 1994, someone showed me how to subscribe to an email discussion list for archivists. I read "
         "it every morning with my coffee for twenty-five years. I asked about mould, about deeds in Latin, "
         "about how to tell a council committee no. I was answered by people in places I never visited. Later "
         "I answered. I would guess I wrote a thousand replies to younger archivists over the years, and I still "
         "get the odd letter from one of them.",
         "People talk now about personal learning networks as if they were new. They are what we had on the "
         "lists, only faster. What I worry about is that the conversations are more scattered: a bit on this "
         "platform, a bit on that, a group chat nobody can search. The old lists had archives. You could find "
         "the answer someone gave in 1998.",
         "I am retired now, but I keep my subscriptions. Last week a young woman asked about a damp basement and "
         "I had an answer. It felt like passing on what Irene gave me.",
     ], ("memories", "mentoring"))
_add("ruby-garden", RUBY, "/the-garden-in-november/", "article", 0,
     "The garden in November", "Margaret Doyle", "2024-11-12", [
         "The dahlias are lifted and wrapped in newspaper in the shed, the leaves are raked onto the compost, "
         "and the robin has taken up his winter post on the fork handle.",
         "Retirement has made me a better gardener and a worse letter writer. I mean to fix the second this "
         "winter.",
     ], ("garden",))
_add("ruby-volunteer", RUBY, "/volunteering-at-the-record-office/", "article", 1,
     "Volunteering at the record office", "Margaret Doyle", "2024-04-19", [
         "On Tuesdays I volunteer at the county record office where I worked for thirty years. It is strange to "
         "be on the other side of the desk.",
         "The volunteers are cataloguing a large deposit of solicitors' papers: conveyances, wills, letters. "
         "The work is slow and absorbing. The young archivist who supervises us is very good, and now and then "
         "asks my advice about the older hands, which I am happy to give.",
         "There are six of us, and we have coffee at eleven and argue about handwriting.",
     ], ("volunteering",))
_add("ruby-zoom", RUBY, "/teaching-myself-zoom/", "article", 2,
     "Teaching myself to mentor on video", "Margaret Doyle", "2024-07-02", [
         "The archivists' association asked last winter whether retired members would mentor new professionals "
         "online. I said yes before thinking about the fact that I had used a video call twice in my life.",
         "My mentee, a graduate in her first post at a university archive, set it all up for me and was very "
         "patient. We talk for an hour every three weeks. She brings questions about appraisal and about her "
         "boss; I bring stories, and occasionally something useful.",
         "She also got me onto one of the newer social networks, where I now follow several archivists' "
         "accounts and read the discussions. I do not post much. I am learning.",
     ], ("mentoring",))
_add("ruby-books", RUBY, "/what-i-read-this-summer/", "article", 0,
     "What I read this summer", "Margaret Doyle", "2024-09-01", [
         "A history of the Ordnance Survey, two detective novels set in Orkney, and a very long biography of a "
         "Victorian engineer that I could not put down.",
         "Next on the pile: a book about bells.",
     ], ("books",))

# --- Mailman 2 Pipermail: a mailing list for library mentors --------------------------------------------

_LIST = "/pipermail/lis-mentors/"
_add("piper-seeking", PIPER, _LIST + "2024-March/000412.html", "post", 3,
     "[lis-mentors] Seeking a mentor in special collections", "Priya Raman", "2024-03-04", [
         "Hello all,",
         "I am a first-year cataloguer at a small college library and would like to move into special "
         "collections in the next few years. Nobody at my institution works in that area. Would anyone on the "
         "list be willing to act as an informal mentor, even a call every couple of months? I am also happy "
         "to hear about online communities, webinars or reading groups where special collections people talk "
         "shop.",
         "Thank you,",
         "Priya",
     ])
_add("piper-reply1", PIPER, _LIST + "2024-March/000413.html", "post", 3,
     "[lis-mentors] Seeking a mentor in special collections", "Tom Welland", "2024-03-04", [
         "Priya,",
         "Happy to talk. I have been a rare books librarian for eighteen years and mentored three people into "
         "the field, all of them through this list in the first place. Email me off-list.",
         "Two other suggestions: the rare books section's Slack has a #newcomers channel where people ask the "
         "sort of questions you are asking, and the monthly online book history reading group is friendly. "
         "Most of us got our start by asking someone further along.",
         "Tom",
     ])
_add("piper-reply2", PIPER, _LIST + "2024-March/000415.html", "post", 2,
     "[lis-mentors] Seeking a mentor in special collections", "Dana Kovacs", "2024-03-05", [
         "Seconding Tom on the Slack. I would add: follow a few special collections accounts on Mastodon and "
         "Bluesky, because they post about job openings before they hit the boards.",
         "> Would anyone on the list be willing to act as an informal mentor",
         "-- Dana",
     ])
_add("piper-meeting", PIPER, _LIST + "2024-March/000418.html", "post", 0,
     "[lis-mentors] Room change for Thursday", "List Admin", "2024-03-11", [
         "The room for Thursday's in-person meeting has moved to 2.14, same building. Lift access is via the "
         "east entrance.",
     ])
_add("piper-unsub", PIPER, _LIST + "2024-April/000421.html", "post", 0,
     "[lis-mentors] unsubscribe", "J. Hart", "2024-04-02", [
         "unsubscribe",
     ])
_add("piper-survey", PIPER, _LIST + "2024-April/000423.html", "post", 2,
     "[lis-mentors] Survey: how do you find mentors?", "Chen Liu", "2024-04-08", [
         "Dear colleagues,",
         "I am a student in an MLIS programme writing my capstone on how early career librarians find mentors "
         "and career advice, including through social networks, Discord and Slack servers, and lists like this "
         "one. The survey takes ten minutes and is anonymous. Ethics approval from my university is attached.",
         "With thanks, Chen Liu",
     ])
_add("piper-budget", PIPER, _LIST + "2024-April/000426.html", "post", 1,
     "[lis-mentors] Budget templates?", "Helen Ortiz", "2024-04-15", [
         "Does anyone have a template for a small library's annual budget they would share? I am preparing my "
         "first one for the board. Our mentoring committee said this list was the place to ask.",
         "Helen",
     ])

# --- Firefish: a fediverse server for GLAM workers ----------------------------------------------------

_add("fish-ask", FISH, "/notes/9q3b2k1m7a", "post", 3,
     "", "ines", "2024-05-14", [
         "New archivists of the fediverse: if you need someone to look over a cover letter or talk through a "
         "first job offer, reply or DM me. 20 years in, happy to mentor. Boosts welcome. #archives #mentoring "
         "#glam",
     ])
_add("fish-thread", FISH, "/notes/9q3c8z0p2b", "post", 3,
     "", "ben", "2024-05-14", [
         "Adding to this: a bunch of us run a weekly #LibChat thread here on Wednesdays where early career "
         "folks ask anything and people with a few more years answer. Last week: negotiating salary, "
         "moving from public to academic, and how to say no to committee work. Come along.",
     ])
_add("fish-coffee", FISH, "/notes/9q4d1x5r3c", "post", 0,
     "", "ben", "2024-05-20", [
         "The reading room coffee machine has died. Morale is low. Rare books are safe.",
     ])
_add("fish-cat", FISH, "/notes/9q4f7y2s1d", "post", 0,
     "", "ines", "2024-05-22", [
         "Found a pressed four-leaf clover in a 1911 parish register today. Catalogued it as an accompanying "
         "material. #archives",
     ])
_add("fish-pln", FISH, "/notes/9q5a3w8t6e", "post", 2,
     "", "ines", "2024-06-02", [
         "Honestly most of what I know about digital preservation I learned from people here and on the old "
         "mailing lists, not in school. Grateful for every one of you who answered a dumb question. "
         "#digipres",
     ])
_add("fish-webinar", FISH, "/notes/9q5c0v4u9f", "post", 1,
     "", "ben", "2024-06-10", [
         "Webinar on Thursday about the new cataloguing rules, run by the state library. Free, recorded, link "
         "in replies. Not sure whether the mentoring committee is running its drop-in afterwards this month. "
         "#cataloguing",
     ])
_add("fish-strike", FISH, "/notes/9q6e2t1v0g", "post", 0,
     "", "ines", "2024-06-18", [
         "Solidarity with the museum staff on strike this week. Cross no picket lines. #glam #union",
     ])
_add("fish-mentee", FISH, "/notes/9q7h5r9w4h", "post", 2,
     "", "ines", "2024-07-01", [
         "Update: six people took me up on the mentoring offer. We have a small group chat now and meet on "
         "video once a month. One of them just got the job she interviewed for. So proud. #archives",
     ])

# --- eLife-like journal ---------------------------------------------------------------------------------

_add("elife-twitter", ELIFE, "/articles/88213", "journal-article", 3,
     "Career guidance in librarians' Twitter chats: a content analysis of five years of #libchat",
     "Sarah Whitcombe; Joon-ho Park", "2024-02-27", [
         "Abstract: Hashtag chats have been described as sites of informal mentoring for librarians, but little "
         "is known about what advice is exchanged in them. We analysed 4,812 tweets from 212 sessions of a "
         "weekly librarians' chat between 2017 and 2022. One third of the questions asked were requests for "
         "career guidance, most often from participants who described themselves as students or new "
         "professionals, and most were answered by participants with more than ten years of experience. "
         "Advice concerned job applications, interviews, workplace conflict and professional development.",
         "Introduction: Mentoring has long been valued in librarianship as a means of socialising new "
         "professionals, and formal mentoring programmes are common in professional associations. Since the "
         "2010s, scholars have noted the growth of informal, networked mentoring on social media, where "
         "librarians build personal learning networks that cross institutional boundaries.",
         "Methods: We collected the public archive of the chat and coded each question and reply for topic, the "
         "self-described career stage of its author, and whether it led to a further exchange. Two coders "
         "agreed on 91 percent of codes.",
         "Results: Requests for career guidance received replies more often than any other kind of question. "
         "In 14 percent of threads, participants arranged to continue the conversation privately, and several "
         "later described these contacts as mentors. Peer-to-peer advice among new professionals was also "
         "common.",
         "Discussion: Hashtag chats function as open, group mentoring spaces in which experienced librarians "
         "share tacit knowledge with newcomers they would otherwise not meet. The decline of the platform "
         "since 2022 raises the question of whether these practices will move to other networks.",
     ], ("Library and Information Science",))
_add("elife-twitter-pdf", ELIFE, "/articles/88213.pdf", "document", 2,
     "Career guidance in librarians' Twitter chats (PDF)", "Sarah Whitcombe; Joon-ho Park", "2024-02-27", [
         "Career guidance in librarians' Twitter chats: a content analysis of five years of #libchat",
         "Sarah Whitcombe, Joon-ho Park",
         "Abstract. Hashtag chats have been described as sites of informal mentoring for librarians.",
         "We analysed 4,812 tweets from 212 sessions of a weekly chat between 2017 and 2022.",
         "One third of questions were requests for career guidance, mostly from new professionals,",
         "and most were answered by participants with more than ten years of experience.",
         "Methods. Each question and reply was coded for topic and the career stage of its author.",
         "Results. In 14 percent of threads participants continued privately; some became mentors.",
         "Journal of Library Professional Practice, 2024.",
     ], ("Library and Information Science",))
_add("elife-discovery", ELIFE, "/articles/87940", "journal-article", 0,
     "Discovery layer logs show shorter searches after interface redesign",
     "Amelia Grant; Luis Ferreira", "2023-11-14", [
         "Abstract: We compared 1.2 million search sessions in an academic library's discovery layer before "
         "and after an interface redesign. Median query length fell from 3.1 to 2.6 words, and the share of "
         "sessions ending in a full-text click rose by 6 percentage points.",
         "Methods: Sessions were reconstructed from server logs with a 30-minute inactivity threshold. Bot "
         "traffic was removed using user-agent and rate heuristics.",
         "Results and discussion: Shorter queries did not reduce success. We discuss the role of facets and "
         "query suggestions.",
     ], ("Library and Information Science",))
_add("elife-burnout", ELIFE, "/articles/88530", "journal-article", 1,
     "Burnout among public library workers after the pandemic: a national survey",
     "Tamsin Reid", "2024-05-09", [
         "Abstract: We surveyed 2,310 public library workers on burnout, workload and patron behaviour. "
         "Seventy percent reported moderate or high emotional exhaustion, associated with understaffing and "
         "with incidents of harassment.",
         "Results: Workers with supportive supervisors reported less exhaustion. A minority mentioned online "
         "peer groups as a source of support, but the survey did not measure these.",
         "Discussion: We recommend staffing standards and training in de-escalation.",
     ], ("Library and Information Science",))
_add("elife-mastodon", ELIFE, "/articles/89102", "journal-article", 2,
     "Where did the librarians go? Migration of a professional network from Twitter to Mastodon and Bluesky",
     "Noor Haddad; Peter Lindqvist", "2024-09-16", [
         "Abstract: We traced 1,904 librarians' accounts that were active on Twitter in 2022 and found "
         "matching accounts on Mastodon for 38 percent and on Bluesky for 29 percent by mid-2024. The "
         "follow networks that re-formed were sparser and more clustered by country.",
         "Introduction: Twitter supported professional learning and informal mentoring for librarians for a "
         "decade. We ask how much of that network survived the platform's change of ownership.",
         "Methods: We matched accounts by self-declared links and by name and biography, verified by hand.",
         "Results: Early career librarians were less likely to migrate than established ones, which may reduce "
         "their access to the experienced colleagues whose advice they valued.",
     ], ("Library and Information Science",))

# --- Omeka S: an exhibit of a regional archive ------------------------------------------------------

_add("omeka-letters", OMEKA, "/s/apprentices/page/letters", "article", 2,
     "Letters to a young archivist", "Regional Archives", "2023-05-10", [
         "This section of the exhibit shows letters exchanged between the county archivist Irene Marsh and "
         "the assistants she trained between 1952 and 1988. Many continued to write to her for advice for "
         "decades after they moved to other posts.",
         "The letters are an early form of the professional network: Marsh answered questions about "
         "repairs, appointments and difficult councillors, and introduced her former assistants to each other "
         "by post. Today archivists trade the same kind of career advice on mailing lists and social media.",
         "Items shown: eleven letters, two photographs, a Christmas card.",
     ], ("mentoring",))
_add("omeka-bindery", OMEKA, "/s/apprentices/page/bindery", "article", 0,
     "The bindery", "Regional Archives", "2023-05-10", [
         "Before the conservation studio, the record office had a bindery staffed by two binders. This "
         "section shows their tools, the guard-books they made for loose papers, and the order books that "
         "record every job from 1934 to 1971.",
     ], ("conservation",))
_add("omeka-item", OMEKA, "/s/apprentices/item/1184", "article", 1,
     "Photograph: staff outing, 1961", "Regional Archives", "1961-07-01", [
         "Black and white photograph of record office staff at the seaside, July 1961. Irene Marsh, who "
         "trained most of those pictured, stands at the left.",
         "Rights: in copyright, reproduced with permission.",
     ], ("photographs",))

# --- Statamic: a library software vendor's site -----------------------------------------------------

_add("stat-community", STATAMIC, "/blog/our-customer-community-on-discord", "article", 2,
     "Why we moved our customer community to Discord", "Shelfwise", "2024-03-12", [
         "For eight years our customers talked to each other on a forum nobody liked. Last autumn we opened "
         "a Discord server, and the difference surprised us.",
         "Librarians now help each other with much more than our software. The #new-to-libraries channel, "
         "started by a customer, is where library assistants ask experienced systems librarians about training, "
         "certification and career moves; some have set up regular calls. We did not plan this and we do not "
         "moderate it beyond the code of conduct.",
         "Support tickets fell by a fifth. Our product team reads the #feature-ideas channel every week.",
         "If you are a customer, the invite link is in your account dashboard.",
     ], ("community",))
_add("stat-release", STATAMIC, "/blog/shelfwise-5-release-notes", "article", 0,
     "Shelfwise 5: release notes", "Shelfwise", "2024-05-02", [
         "Shelfwise 5 brings a new circulation screen, faster holds processing and support for the latest "
         "record exchange formats.",
         "Upgrades roll out to hosted customers over four weekends. Self-hosted customers can download the "
         "installer from the dashboard.",
     ], ("releases",))
_add("stat-webinar", STATAMIC, "/blog/webinar-series-for-new-systems-librarians", "article", 2,
     "A free webinar series for new systems librarians", "Shelfwise", "2024-08-19", [
         "Starting in September we are hosting a monthly webinar for people new to library systems work, "
         "whatever software they use. Each session pairs an experienced systems librarian with a newcomer for "
         "a conversation about the job, followed by open questions.",
         "Past guests have talked about how they learned the job: from colleagues on mailing lists, Slack "
         "groups and user group meetings more than from courses. Recordings go on our site.",
         "It is free and not a sales pitch.",
     ], ("webinars",))
_add("stat-case", STATAMIC, "/blog/case-study-riverside-county", "article", 1,
     "Case study: Riverside County Library", "Shelfwise", "2024-10-07", [
         "Riverside County Library moved twelve branches to Shelfwise over one summer. The project team "
         "describes the data migration, staff training and the first month of live circulation.",
         "Staff training used short videos and a buddy system that paired each branch with an early adopter. "
         "The team's systems librarian also credits advice from peers on a user group mailing list.",
         "Circulation errors fell by a third in the first quarter.",
     ], ("case studies",))

# --- Google Sites: a LIS students' association --------------------------------------------------------

_G = "/view/lisgrads/"
_add("gs-mentoring", GSITES, _G + "mentoring", "article", 3,
     "Mentoring", "LIS Graduate Students Association", "2024-01-15", [
         "Our mentoring scheme pairs current students with alumni working in libraries, archives and "
         "museums. Mentors and mentees meet online at least twice a term; most also message on LinkedIn or "
         "our Discord server in between.",
         "On Discord, the #career-advice channel is open to every member: alumni drop in to answer questions "
         "about placements, CVs and interviews, and students help each other prepare.",
         "To sign up as a mentee or a mentor, fill in the form below by 1 February.",
     ])
_add("gs-events", GSITES, _G + "events/portfolio-workshop", "article", 1,
     "Portfolio workshop", "LIS Graduate Students Association", "2024-02-20", [
         "A hands-on workshop on building an e-portfolio for your job search: what to include, which "
         "platforms are free, and how to show projects from your courses.",
         "Our mentoring coordinators will also be around if you want to sign up late.",
         "Thursday 7 March, 5pm, room B12, pizza provided.",
     ])
_add("gs-bookclub", GSITES, _G + "book-club", "article", 0,
     "Book club", "LIS Graduate Students Association", "2024-01-15", [
         "We read one novel a month with a library or archive in it. This term: a mystery set in a national "
         "library, a family saga told through a lost archive, and a short novel about a bookmobile.",
         "We meet the last Friday of the month at the café on campus.",
     ])

# --- the pages that are not works ------------------------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (WP, "/", "home"), (WP, "/page/2/", "listing"), (WP, "/about/", "about"), (WP, "/contact/", "contact"),
    (WP, "/category/mentoring/", "category"), (WP, "/category/branch-news/", "category"),
    (WP, "/tag/twitter/", "tag"), (WP, "/?s=mentor", "search"), (WP, "/author/rosa/", "profile"),
    (WP, "/2024/", "listing"), (WP, "/2024/07/01/summer-hours/", "error"),
    (EVEN, "/", "home"), (EVEN, "/post/", "listing"), (EVEN, "/tags/", "listing"),
    (EVEN, "/tags/mentoring/", "tag"), (EVEN, "/categories/teaching/", "category"), (EVEN, "/about/", "about"),
    (CAYMAN, "/", "home"), (CAYMAN, "/resources/", "listing"), (CAYMAN, "/contact/", "contact"),
    (RUBY, "/", "home"), (RUBY, "/page/2/", "listing"), (RUBY, "/tag/mentoring/", "tag"),
    (RUBY, "/author/margaret/", "profile"), (RUBY, "/about/", "about"), (RUBY, "/old-posts/", "error"),
    (PIPER, _LIST, "home"), (PIPER, _LIST + "2024-March/thread.html", "listing"),
    (PIPER, _LIST + "2024-March/date.html", "listing"), (PIPER, _LIST + "2024-April/thread.html", "listing"),
    (PIPER, "/mailman/listinfo/lis-mentors", "about"),
    (FISH, "/", "home"), (FISH, "/@ines", "profile"), (FISH, "/@ben", "profile"),
    (FISH, "/tags/archives", "tag"), (FISH, "/about", "about"),
    (ELIFE, "/", "home"), (ELIFE, "/articles", "listing"), (ELIFE, "/articles?page=2", "listing"),
    (ELIFE, "/subjects/library-information-science", "category"), (ELIFE, "/search?for=mentoring", "search"),
    (ELIFE, "/about", "about"), (ELIFE, "/contact", "contact"), (ELIFE, "/articles/12345", "error"),
    (OMEKA, "/s/apprentices/page/welcome", "home"), (OMEKA, "/s/apprentices/item", "listing"),
    (OMEKA, "/s/apprentices/page/about", "about"), (OMEKA, "/s/apprentices/item?fulltext_search=mentor", "search"),
    (STATAMIC, "/", "home"), (STATAMIC, "/blog", "listing"), (STATAMIC, "/blog/categories/community", "category"),
    (STATAMIC, "/blog/tags/webinars", "tag"), (STATAMIC, "/about", "about"), (STATAMIC, "/contact", "contact"),
    (STATAMIC, "/blog/authors/shelfwise-team", "profile"), (STATAMIC, "/blog/old-release-notes", "error"),
    (GSITES, _G + "home", "home"), (GSITES, _G + "about", "about"), (GSITES, _G + "contact", "contact"),
    (GSITES, _G + "events", "listing"),
]
