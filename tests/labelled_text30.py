"""Web 30's texts and labels, written before its pages were built.

``WORKS``: name -> :class:`Work` (host, path, kind, grade, title, author, date, paragraphs); ``OTHER``: the pages
that are not works, as ``(host, path, kind)``, each graded 0. Grades: 3 about the topic throughout, 2 about it in
good part, 1 a passing mention, 0 nothing. Ten hosts, each in its own voice.
"""

from __future__ import annotations

from dataclasses import dataclass

SHELF = "shelfnotes.example"       # WordPress Twenty Twenty-Five: an academic librarian's blog
WAVE = "quietstacks.example"       # Ghost (Wave): a retired archivist's podcast and newsletter
ROWAN = "rowan.example"            # Posthaven: a library-school student's blog
STACK = "stacknews.example"        # a Hacker News-like aggregator
NABBLE = "archnet.example"         # a Nabble archive of an archivists' mailing list
REVISTA = "revistabib.example"     # a Redalyc-like journal
PMC = "pmc.example"                # a PMC-like article archive
BOOK = "handbook.example"          # BookStack: an association's handbook for new professionals
CRAFT = "linkline.example"         # Craft CMS: a library software vendor
EE = "unewsroom.example"           # ExpressionEngine: a university newsroom

HOSTS = (SHELF, WAVE, ROWAN, STACK, NABBLE, REVISTA, PMC, BOOK, CRAFT, EE)


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


def _w(host, path, kind, grade, title, author, date, *paras) -> Work:
    return Work(host, path, kind, grade, title, author, date, tuple(paras))


WORKS: dict[str, Work] = {}

# --- shelfnotes.example: an academic librarian's blog (WordPress Twenty Twenty-Five) ---------------------------------

WORKS["shelf-tenure"] = _w(
    SHELF, "/2025/02/what-my-mastodon-mentors-taught-me/", "article", 3,
    "What my Mastodon mentors taught me about the tenure file", "Rhea Okafor", "2025-02-11",
    "When I started at a university library with faculty status, nobody in my building had gone up for tenure in "
    "six years. My assigned mentor retired in my second semester. So I did what a lot of early-career librarians "
    "do now: I asked the fediverse.",
    "I posted a short, slightly embarrassed toot asking whether anyone would look at my dossier outline. Within a "
    "day I had replies from four people at four institutions, two of them subject librarians who had sat on "
    "promotion committees. One offered a video call; another simply sent me her own redacted narrative with a note "
    "saying 'steal the structure, not the words.'",
    "What I learned from that little group, which we now half-jokingly call the tenure table, came in three parts. "
    "First, say what your scholarship is before the committee decides for you. Second, count the invisible labour, "
    "including the mentoring you do yourself. Third, ask for feedback early and often, from people who have no "
    "stake in your local politics.",
    "That third point is the real gift of mentoring across institutions. My Mastodon mentors do not know my dean. "
    "They are not worried about how my file makes the department look. They read it as readers, and their "
    "questions were sharper for it.",
    "We still meet once a month on a call, and the thread where it began has become a place where newer librarians "
    "ask the same questions I did. I try to answer them. It feels like paying rent on something I was given for "
    "free.",
)

WORKS["shelf-slack-circle"] = _w(
    SHELF, "/2025/03/starting-a-peer-mentoring-circle-over-slack/", "article", 3,
    "Starting a peer mentoring circle over Slack", "Rhea Okafor", "2025-03-04",
    "A few people asked how the peer mentoring circle I mentioned last month actually works, so here are the "
    "mechanics.",
    "There are nine of us, all in our first five years as instruction or liaison librarians, scattered across "
    "three time zones. We use a free Slack workspace with exactly four channels: #wins, #stuck, #reading and "
    "#jobs. No one is in charge, but one person each month volunteers to post a prompt on Monday morning.",
    "Prompts are small on purpose. 'What is one thing you said no to this week?' 'Share a lesson plan that flopped "
    "and what you would change.' People answer in threads, and the answers are where the mentoring happens: "
    "someone two years further along says what worked for them, someone else links a chapter, someone offers to "
    "look at a draft.",
    "We also do a video call every six weeks. Cameras optional. The call matters less than the channel, honestly, "
    "but it keeps us human to each other.",
    "If you want to start one, my only advice is to keep it small enough that everyone's name means something, and "
    "to write down, on day one, that what is said in #stuck stays there.",
)

WORKS["shelf-assessment"] = _w(
    SHELF, "/2025/03/notes-from-the-spring-assessment-workshop/", "article", 1,
    "Notes from the spring assessment workshop", "Rhea Okafor", "2025-03-21",
    "Spent two days at the regional assessment workshop, mostly learning how little I know about survey design. "
    "The best session was on writing questions that do not lead the respondent, with a brutal exercise where we "
    "rewrote our own instruction evaluation forms.",
    "Big takeaways: stop asking students whether a session was 'helpful'; ask what they will do differently. "
    "Pilot every instrument with five people first. Keep response scales consistent across a whole survey.",
    "I went because someone I met through LinkedIn, who has mentored me on and off since library school, said it "
    "was the best money she ever spent. She was right. The afternoon on rubrics alone was worth the registration.",
    "Slides are on the workshop site. I will share our revised form here once the committee signs off on it.",
)

WORKS["shelf-weeding"] = _w(
    SHELF, "/2025/04/weeding-the-reference-collection-again/", "article", 0,
    "Weeding the reference collection, again", "Rhea Okafor", "2025-04-08",
    "Every spring we pretend that this is the year the reference collection becomes manageable. This year we "
    "actually pulled 400 volumes, mostly superseded directories and almanacs with online equivalents.",
    "The criteria were simple: no circulation or in-house use recorded in five years, a current edition available "
    "electronically, and no local or regional content we cannot get elsewhere.",
    "The surprise was how many faculty wrote to defend specific titles once the list went out. We kept eleven. "
    "The rest go to the book sale on the 20th.",
)

WORKS["shelf-listserv"] = _w(
    SHELF, "/2025/05/why-i-still-read-the-mailing-list/", "article", 2,
    "Why I still read the mailing list", "Rhea Okafor", "2025-05-13",
    "A colleague teased me this week for still subscribing to a couple of old-fashioned mailing lists. Her point: "
    "everything interesting has moved to Bluesky or Discord, so why read a daily digest that looks like 2004?",
    "My answer is that the list is where I learned half of my job. When I was new, I read every thread about "
    "license negotiations and shelving disasters and angry patrons, and I quietly absorbed how experienced people "
    "reasoned. Twice I emailed a stranger off-list to ask a follow-up question, and both times I got a long, "
    "generous reply. One of them became a kind of informal mentor for years.",
    "Lists are also slow in a good way. People write whole paragraphs. They cite things.",
    "Separately: our building is closed the week of the 26th for carpet replacement. The service desk moves to the "
    "science library for that week, and chat reference hours stay the same. Interlibrary loan pickups will be at "
    "the loading dock entrance.",
    "And the summer reading group is back. We are reading a novel about a lighthouse keeper; first meeting is June "
    "4th in the staff lounge.",
)

WORKS["shelf-twelve-years"] = _w(
    SHELF, "/2025/06/mentor-twitter-twelve-years-later/", "article", 3,
    "Mentor Twitter, twelve years later", "Rhea Okafor", "2025-06-17",
    "In 2013 I was a paraprofessional in a community college library, working the evening desk and wondering "
    "whether library school was a terrible idea. I had a Twitter account with eleven followers. I started reading "
    "the hashtag for a weekly librarians' chat because a coworker mentioned it, and for a few months I only "
    "lurked. On Wednesday nights I would sit with my laptop on the circulation counter and watch dozens of "
    "librarians argue, joke and answer each other's questions in a stream that moved faster than I could read.",
    "The first time I replied, someone I had never met answered within a minute, then followed me, then sent a "
    "direct message asking what kind of library I wanted to work in. She was a department head at a research "
    "university. Over the next two years she read my application essays, told me which programs had good "
    "practicum placements, and introduced me, by way of a single tweet, to three other people who became my first "
    "professional network. I have never met her in person. I still think of her as my first mentor.",
    "That was not unusual. If you were a new librarian on that site in those years, you could find mentoring "
    "almost by accident. People ran hashtags for new grads, for school librarians, for archivists, for critical "
    "librarianship. Someone made a spreadsheet of people willing to review résumés. Someone else organised "
    "monthly 'ask me anything' hours with library directors. It was messy and occasionally cruel, but it was "
    "astonishingly generous, and it flattened hierarchies that in the physical world were very steep. A "
    "student could ask a dean a question and get an answer.",
    "Then the platform changed, and the people scattered. Some of my network went to Mastodon, where the "
    "librarian instances are thriving but the culture is quieter and the search is deliberately limited. Some "
    "went to Bluesky, where the old chat energy came back for a while with starter packs of library people. Many "
    "stopped posting publicly at all and moved into private places: Discord servers, Slack workspaces, group "
    "chats, the occasional revived mailing list. A few just left.",
    "I have been thinking about what was lost and what was not. The thing I miss most is serendipity. On the old "
    "site, you could stumble into a conversation you did not know you needed. In a private Discord you have to "
    "know the server exists and be invited in, and the people who most need a mentor are often the ones least "
    "likely to know where the door is. Closed spaces are kinder, and safer for the people who were harassed in the "
    "open, but they are harder to find.",
    "What has not been lost is the habit of asking. The newer librarians I mentor now, formally through our state "
    "association's program and informally through whatever app they prefer, ask better questions than I did. "
    "They come with specifics: here is my cover letter, here is the job ad, what am I missing? They are also far "
    "more comfortable with group mentoring. Several of them are in peer cohorts where no one is the expert and "
    "everyone brings one problem a week. That model, which I first saw in a Slack workspace for instruction "
    "librarians, seems to me sturdier than the old one-to-one model that depended on a single generous stranger.",
    "There are things I would tell a new librarian building a professional learning network today. Be in more "
    "than one place, because platforms die. Keep an email address for each person who matters to you, because "
    "direct messages vanish with the service. Follow people a few years ahead of you, not only the famous ones; "
    "they remember what it felt like and have time to reply. Offer something back early, even if it is only a "
    "summary of a webinar you attended. And when someone helps you, say so in public, because that is how the "
    "next person finds them.",
    "There are also things I would tell experienced librarians. Your advice is worth more than you think, and it "
    "costs less than you fear: a fifteen-minute call, a comment on a draft, a reply to a question posted at "
    "midnight. You do not need a formal program to mentor someone. You do need to be findable, which means "
    "posting somewhere public at least occasionally, even if your real conversations have moved somewhere private.",
    "Twelve years on, I am a department head myself. Last month a library school student sent me a message on "
    "Bluesky asking whether I had time to talk about academic job searches. I said yes before I finished reading "
    "it. Somebody did that for me once, on a Wednesday night, on a platform that no longer really exists.",
)

# --- quietstacks.example: a retired archivist's podcast and newsletter (Ghost, Wave) ---------------------------------

WORKS["wave-letters"] = _w(
    WAVE, "/episode-14-letters-to-a-young-archivist/", "article", 3,
    "Episode 14: Letters to a young archivist", "Walt Brennan", "2024-09-05",
    "This week's episode is a bit different. Since I retired, I have been answering questions from early-career "
    "archivists who find me through this show, on Mastodon, and in the archivists' Discord a listener set up last "
    "year. I read a handful of those messages on air, with permission, and answer them as honestly as I can.",
    "A processing archivist in her first job asks how to tell her supervisor that the backlog plan is unrealistic. "
    "A graduate student wants to know whether to specialise in digital records or stay a generalist. A lone "
    "arranger at a historical society asks how to find a mentor when there is nobody else in the building who "
    "does what she does.",
    "To that last one I say: you are not as alone as you feel. Half the people I mentored in my last decade of "
    "work I met through mailing lists and online groups, not in person. Post your question where archivists "
    "gather. Be specific. Someone will answer, and if you keep talking to them, that is a mentorship, whether "
    "anybody calls it one or not.",
    "Show notes: the listeners' Discord is linked on the about page. Send your own letters by replying to the "
    "newsletter.",
)

WORKS["wave-backlog"] = _w(
    WAVE, "/episode-15-the-processing-backlog/", "article", 1,
    "Episode 15: The processing backlog", "Walt Brennan", "2024-09-19",
    "Every repository I ever worked in had a backlog, and every one of them had a plan to eliminate it within five "
    "years. In this episode I talk about minimal processing, about accessioning as a form of description, and "
    "about the collections I never got to.",
    "We also hear from a listener who runs a two-person shop at a small college and processes with student "
    "workers. She credits a mentor from an online group with talking her out of item-level description.",
    "Transcript available to paid subscribers.",
)

WORKS["wave-floods"] = _w(
    WAVE, "/episode-16-floods-freezers-and-salvage/", "article", 0,
    "Episode 16: Floods, freezers and salvage", "Walt Brennan", "2024-10-03",
    "In 1997 the river came up through the basement of the county records center. This episode is the story of "
    "that week: the pumps, the borrowed refrigerated trucks, the volunteers, and the freeze-drying vendor who "
    "drove six hours overnight.",
    "What I would do differently: keep the disaster plan where you can find it without electricity, and know the "
    "phone number of the nearest commercial freezer by heart.",
)

WORKS["wave-who-answered"] = _w(
    WAVE, "/episode-17-who-answered-my-questions/", "article", 2,
    "Episode 17: Who answered my questions in 1989, and who answers them now", "Walt Brennan", "2024-10-17",
    "When I was starting out, advice came by telephone and by letter, and occasionally over a bad conference "
    "buffet. I talk about the three people who shaped my career: a state archivist who wrote back to a nobody, a "
    "records manager who let me shadow him, and a professor who kept sending clippings for twenty years.",
    "Then I compare that with what my younger listeners describe. They get advice from people they follow online, "
    "from group chats with classmates, from webinars where they can ask the speaker a question in the chat box. "
    "It is faster and wider. I am not sure it is deeper, and I say so, but a couple of listeners wrote in to "
    "argue with me, and I read their rebuttals at the end.",
    "Also in this episode: the strange afterlife of the finding aids I wrote in WordPerfect, and an update on my "
    "tomato plants.",
)

WORKS["wave-discord-note"] = _w(
    WAVE, "/a-note-on-comments-and-the-discord/", "article", 1,
    "A note on comments and the Discord", "Walt Brennan", "2024-11-01",
    "Housekeeping. Comments on the site are now open to free members as well as paid ones. Please be kind; I read "
    "every one.",
    "The listeners' Discord, where a fair number of newer archivists trade advice, is run by volunteers, not by me. "
    "Questions about it go to them.",
    "Next episode is delayed a week while I recover from a minor surgery. Nothing serious.",
)

# --- rowan.example: a library-school student's blog (Posthaven) -----------------------------------------------------

WORKS["rowan-bluesky"] = _w(
    ROWAN, "/i-asked-for-a-mentor-on-bluesky-and-it-worked", "article", 3,
    "I asked for a mentor on Bluesky and it worked", "Priya Raman", "2025-01-14",
    "ok so. I posted 'MLIS student, want to go into archives, does anyone do informational interviews?' with the "
    "library hashtag and went to bed expecting nothing.",
    "Woke up to SIX replies. Two archivists, a records manager, a digital preservation person and a school "
    "librarian who said she'd be my 'backup mentor' lol. I've had calls with three of them already. One is going "
    "to review my practicum proposal.",
    "If you're a student and scared to ask: just ask.",
)

WORKS["rowan-cataloging"] = _w(
    ROWAN, "/cataloging-class-is-eating-my-life", "article", 0,
    "Cataloging class is eating my life", "Priya Raman", "2025-02-02",
    "Three MARC records due Friday and I still don't understand the 264 field. Why are there so many indicators. "
    "Who hurt the people who designed this.",
    "Going to make soup and try again.",
)

WORKS["rowan-internship"] = _w(
    ROWAN, "/internship-week-3", "article", 1,
    "Internship week 3", "Priya Raman", "2025-03-07",
    "This week at the county historical society: rehousing glass plate negatives (gloves, so many gloves), "
    "learning the accession database, and sitting in on a donor meeting where I mostly nodded.",
    "My site supervisor is great. She said she got her first job because someone on a listserv forwarded her the "
    "posting, which is apparently how it worked back then.",
    "Next week: the map drawers.",
)

WORKS["rowan-critlib"] = _w(
    ROWAN, "/critlib-chat-lurker-confessions", "article", 3,
    "#critlib chat lurker confessions", "Priya Raman", "2025-03-30",
    "For a whole semester I lurked in the #critlib chats without posting. I read every thread, saved every "
    "article people linked, and felt like I was eavesdropping on a seminar I hadn't been admitted to.",
    "Last week I finally answered one of the questions, about whether neutrality is a useful idea for reference "
    "work, and a librarian I'd been reading for months quoted my reply and asked me to say more. We ended up "
    "talking for an hour in DMs. She sent me three readings and asked what I thought of them. That's a mentor, "
    "right? I think that's a mentor.",
    "Things I learned from lurking, for other students: the chats are where people think out loud, and nobody "
    "expects you to be an expert. Following the people who answer thoughtfully is better than following the big "
    "accounts. And the hashtag archive is a reading list.",
)

WORKS["rowan-linkedin"] = _w(
    ROWAN, "/job-hunting-linkedin-is-weird", "article", 2,
    "Job hunting: LinkedIn is weird", "Priya Raman", "2025-04-22",
    "Graduating in May so it's job season, which means I made myself do LinkedIn properly. Observations:",
    "1. Everyone posts like they're giving a keynote. 2. BUT the library directors who actually reply to messages "
    "are incredibly helpful. I messaged four people who'd posted jobs I liked, asking for 15 minutes of advice, "
    "and three said yes. One of them went through my résumé line by line and told me to cut my retail job to one "
    "bullet. 3. The alumni group for my program has people who'll do mock interviews if you ask.",
    "Still applying to about five jobs a week. Still making soup. Will report back.",
)

# --- stacknews.example: a Hacker News-like aggregator (submissions and their comments) --------------------------------

WORKS["stack-ask-solo"] = _w(
    STACK, "/item?id=40112", "post", 3,
    "Ask SN: How did you find a mentor as a solo librarian?", "quietref", "2025-01-09",
    "I run a one-person library at a small law firm. Nobody here understands what I do, and my nearest peer is in "
    "another city. How did other solo info pros find mentors or people to learn from?",
    "bibliomancer: Law library association's mailing list, honestly. Lurk for a month, then answer something you "
    "know. People remember who helps. I ended up with two people I call whenever I'm stuck.",
    "dewey_decibel: There's a Slack for solo and small-library folks; they run a monthly 'office hours' where "
    "experienced librarians take questions. That's basically group mentoring.",
    "quietref: Thanks both, joined the Slack.",
    "kcat: LinkedIn, surprisingly. I searched for people with my exact job title, sent short polite notes, and a "
    "retired firm librarian has been advising me for two years.",
)

WORKS["stack-marc"] = _w(
    STACK, "/item?id=40187", "post", 0,
    "Show SN: A tool to dedupe MARC records using fuzzy title matching", "pymarcfan", "2025-01-21",
    "I wrote a small command-line tool that finds likely duplicate bibliographic records in a MARC file using "
    "normalised titles, dates and ISBNs. It handles about a million records in a few minutes on a laptop.",
    "rbt: Does it handle 245 subfield variations like the $b subtitle?",
    "pymarcfan: Yes, it strips non-filing characters and merges $a and $b before comparing.",
)

WORKS["stack-discord-network"] = _w(
    STACK, "/item?id=40233", "post", 2,
    "Librarians built a mentoring network on Discord", "archivalbot", "2025-02-03",
    "Linked article: a group of public librarians created a Discord server where new staff are paired with "
    "experienced ones and can ask questions in topic channels.",
    "lindenb: As someone on that server: the pairing is the least of it. The value is the channels where thirty "
    "people with twenty years' experience answer a question in an afternoon.",
    "sysadm1n: Isn't this just a forum with extra steps?",
    "lindenb: Kind of, yes. But new librarians are on Discord already, and forums feel like homework to them.",
    "oldtimer: We did the same thing with a mailing list in the nineties. Same benefits, same problems with "
    "people burning out answering questions.",
    "tangent: Unrelated, but the article's site takes 12 seconds to load on mobile. Forty trackers.",
    "sysadm1n: The real problem with Discord is search and archiving. Nothing will be findable in five years.",
)

WORKS["stack-oss-mentoring"] = _w(
    STACK, "/item?id=40301", "post", 0,
    "Mentoring new open source maintainers is the bottleneck", "gitgud", "2025-02-17",
    "Essay argues that most open source projects fail to grow not for lack of contributors but for lack of "
    "maintainers willing to mentor them through the first few pull requests.",
    "ferris: Our project started 'good first issue' office hours on our chat server. Two of those newcomers are "
    "now maintainers.",
    "cynic: Mentoring is unpaid labour on top of unpaid labour. No wonder nobody does it.",
    "ferris: True, which is why we got a small grant to pay for mentoring time.",
)

WORKS["stack-fines"] = _w(
    STACK, "/item?id=40356", "post", 1,
    "County library system abolishes overdue fines", "newsbot", "2025-03-02",
    "The county board voted to eliminate overdue fines at all twelve branches and to forgive existing balances.",
    "circdesk: Good. Fines cost more to collect than they bring in, and they keep the poorest patrons away.",
    "skeptic: What happens to returns, though?",
    "circdesk: Studies mostly show return rates barely change. A mentor of mine on a library mailing list pointed "
    "me at the data years ago; I'll dig up the links.",
    "skeptic: Fair enough.",
)

WORKS["stack-slack-communities"] = _w(
    STACK, "/item?id=40402", "post", 1,
    "Ask SN: Do professional Slack communities still work?", "pmtired", "2025-03-15",
    "I'm in about twenty professional Slack workspaces (product, data, design) and they all feel dead. Are any "
    "still useful?",
    "datajen: The small ones. Anything over a few hundred people becomes announcements and self-promotion.",
    "shelfie: Librarian here; ours works because it has a weekly question thread and moderators who actually "
    "answer. But that's the exception.",
    "pmtired: Makes sense. Size is the killer.",
)

# --- archnet.example: a Nabble archive of an archivists' mailing list --------------------------------------------------

WORKS["nabble-call-mentors"] = _w(
    NABBLE, "/Mentoring-program-call-for-mentors-tp4021.html", "post", 3,
    "Mentoring program: call for mentors", "Dana Whitfield", "2024-08-12",
    "Colleagues, the membership committee is relaunching the list's mentoring program for the coming year, and we "
    "need experienced archivists and records managers to serve as mentors.",
    "Mentors commit to one conversation a month, by phone or video, for nine months, and to answering the odd "
    "email in between. Mentees are new professionals, graduate students and people changing careers. This year we "
    "are also piloting small group mentoring: one mentor, three mentees, meeting together online.",
    "Please reply off-list if you can help. And if you were a mentee yourself once, we would love to hear whether "
    "it made a difference; those stories help recruit the next round.",
    "Re: Mentoring program: call for mentors. Count me in for a group. I had a mentor through this list in 2009 "
    "and I still call her. -- Luis",
)

WORKS["nabble-preservation"] = _w(
    NABBLE, "/RE-Digital-preservation-policy-templates-tp4033.html", "post", 0,
    "RE: Digital preservation policy templates?", "Hal Ostrowski", "2024-08-20",
    "We adapted the template from the state archives and trimmed it to four pages. Happy to share our version "
    "off-list. The key sections were scope, roles, file format guidance and a review schedule.",
    "Re: thanks Hal, please send it along. Did your legal counsel need to approve it? -- Mei",
    "Re: Only the retention section. -- Hal",
)

WORKS["nabble-coffee-hours"] = _w(
    NABBLE, "/Virtual-mentoring-coffee-hours-report-tp4050.html", "post", 3,
    "Virtual mentoring coffee hours: report", "Dana Whitfield", "2024-10-28",
    "A short report on the virtual coffee hours we ran this autumn as part of the mentoring program.",
    "We held six one-hour video calls, each with two or three experienced archivists and whoever wanted to drop "
    "in. Attendance ranged from eight to twenty-five. The most common questions were about job applications, "
    "moving from project to permanent positions, and how to learn digital skills without formal training.",
    "Participants said they valued hearing several senior people disagree with each other, which one-to-one "
    "mentoring cannot offer. Several mentees followed up with the mentors on LinkedIn, and at least two ongoing "
    "mentoring relationships started from these calls.",
    "We will run another series in the spring. Suggestions welcome on the list.",
)

WORKS["nabble-hotel"] = _w(
    NABBLE, "/Conference-hotel-block-closes-Friday-tp4061.html", "post", 1,
    "Conference hotel block closes Friday", "Mei Tanaka", "2024-11-04",
    "Reminder that the discounted room block for the annual meeting closes this Friday. After that the rate goes "
    "up by about forty dollars a night.",
    "Registration for the preconference workshops is still open. The mentoring program's breakfast meetup is on "
    "Thursday morning for anyone in it.",
)

WORKS["nabble-career-change"] = _w(
    NABBLE, "/Question-about-career-change-into-records-management-tp4077.html", "post", 3,
    "Question about career change into records management", "Sam Oyelaran", "2024-11-19",
    "I've worked as a paralegal for eight years and I'm thinking about moving into records management. Would "
    "anyone be willing to tell me whether that is realistic without going back for a degree, and what I should "
    "learn first?",
    "Re: Very realistic. Your legal background is an asset. Learn the retention schedule basics and look at the "
    "certification route. Happy to talk by phone if you want. -- Hal",
    "Re: Seconding Hal. I made a similar move. Join the regional chapter's online meetings; people there were "
    "generous with advice when I was starting. -- Renata",
    "Re: Thank you both, this is exactly what I needed. Hal, I'll email you. -- Sam",
)

# --- revistabib.example: a Redalyc-like journal of library and information science ------------------------------------

WORKS["revista-peer"] = _w(
    REVISTA, "/journal/2630/263080001/html/", "journal-article", 3,
    "Peer mentoring through social networks among university librarians in Colombia", "Lucía Cárdenas Mejía",
    "2024-06-30",
    "Abstract. This study examines how university librarians in Colombia use social networking services to "
    "sustain peer mentoring outside formal institutional programs. We surveyed 212 librarians and interviewed "
    "24 of them about the groups, channels and practices through which they exchange professional advice.",
    "Results show that WhatsApp groups and Facebook groups organised by regional networks of academic libraries "
    "are the main spaces for peer mentoring, followed by LinkedIn and, among younger respondents, X and "
    "Instagram. Librarians describe these groups as places to ask for help with cataloguing problems, to share "
    "job announcements, to prepare for promotion and to find colleagues who will review a grant application.",
    "Interviewees distinguished between quick advice, which any member might give, and sustained relationships "
    "that began in a group and moved to private messages and video calls. The latter resemble traditional "
    "mentoring but are reciprocal and often involve several colleagues at once.",
    "We conclude that library associations could recognise and support these informal networks, for example by "
    "training moderators and by linking them to formal continuing education.",
    "Keywords: peer mentoring; social networks; academic libraries; professional development; Colombia.",
)

WORKS["revista-alfin"] = _w(
    REVISTA, "/journal/2630/263080002/html/", "journal-article", 0,
    "Information literacy instruction in public secondary schools: a regional diagnosis", "Andrés Villalobos",
    "2024-06-30",
    "Abstract. This article reports a diagnosis of information literacy instruction in 58 public secondary "
    "schools. Using a standardised test and teacher questionnaires, we found that fewer than a third of students "
    "could evaluate the reliability of a web source, and that most instruction depended on individual teachers "
    "rather than a school library programme.",
    "We recommend integrating information literacy outcomes into the national curriculum and appointing trained "
    "school librarians.",
    "Keywords: information literacy; secondary education; school libraries.",
)

WORKS["revista-archivists"] = _w(
    REVISTA, "/journal/2630/263080003/html/", "journal-article", 2,
    "Continuing education of archivists in Latin America: formal courses and informal networks",
    "Tomás Riquelme", "2024-12-15",
    "Abstract. This article reviews the continuing education available to archivists in seven Latin American "
    "countries, combining an inventory of university and association courses with a survey of 340 archivists.",
    "Formal offerings are concentrated in capital cities and are often expensive. Respondents compensated through "
    "informal learning: national archivists' Facebook groups, webinars from international bodies, and advice "
    "from more experienced colleagues reached through messaging groups. Nearly half reported having an informal "
    "mentor they met online.",
    "The article also analyses accreditation requirements and proposes a regional framework of competences.",
    "Keywords: archivists; continuing education; professional networks; Latin America.",
)

WORKS["revista-survey-pdf"] = _w(
    REVISTA, "/pdf/2630/263080004.pdf", "document", 2,
    "Professional development of librarians after the pandemic: webinars, networks and mentors",
    "Beatriz Aranda", "2025-01-20",
    "Professional development of librarians after the pandemic: webinars, networks and mentors.",
    "Abstract. A survey of 415 librarians across public, academic and special libraries asked how their "
    "professional development changed after 2020.",
    "Webinars became the most common form of training. Respondents also reported learning through online "
    "professional networks and from mentors they contacted by video call or social media.",
    "Budgets for travel to conferences fell by half. Many respondents now prefer hybrid events.",
    "Library directors should count online mentoring and network participation as professional development time.",
)

# --- pmc.example: a PMC-like archive of health sciences articles -------------------------------------------------------

WORKS["pmc-journal-clubs"] = _w(
    PMC, "/articles/PMC11800214/", "journal-article", 3,
    "Twitter journal clubs and mentoring among health sciences librarians: a mixed-methods study",
    "Grace Nwosu; Peter Lindqvist; Amal Haddad", "2024-04-15",
    "Objective: To describe how health sciences librarians use online journal clubs and hashtags on Twitter (now "
    "X) and its successors for mentoring and professional learning.",
    "Methods: We analysed 3,100 posts from two librarian journal club hashtags over four years and interviewed "
    "18 participants, including early-career librarians and those who had led the chats.",
    "Results: The chats worked as distributed mentoring. Experienced librarians modelled critical appraisal, "
    "answered methodological questions, and invited newer colleagues to co-host. Interviewees described "
    "relationships that began in the chats and continued as one-to-one mentoring through direct messages and "
    "video calls, and several credited the chats with their first publications or committee appointments. "
    "After 2022, participation fragmented across Mastodon, Bluesky and private Slack groups.",
    "Conclusions: Online journal clubs offer health sciences librarians accessible peer and group mentoring. "
    "Professional associations should archive and support them, since they depend on volunteers and on platforms "
    "outside the profession's control.",
)

WORKS["pmc-filters"] = _w(
    PMC, "/articles/PMC11800377/", "journal-article", 0,
    "Validation of a search filter for qualitative studies in MEDLINE", "Hannah Brecht; Oluwaseun Adeyemi",
    "2024-05-02",
    "Objective: To develop and validate a search filter that retrieves qualitative research in MEDLINE via Ovid.",
    "Methods: We built a reference set of 1,200 qualitative studies by hand-searching 40 journals and tested "
    "candidate filters for sensitivity and precision.",
    "Results: The best sensitivity-maximising filter retrieved 96.2% of reference studies with a precision of "
    "7.4%. A precision-maximising version retrieved 81.5% with a precision of 22.0%.",
    "Conclusions: The filters can support systematic reviews of qualitative evidence.",
)

WORKS["pmc-burnout"] = _w(
    PMC, "/articles/PMC11800452/", "journal-article", 1,
    "Burnout and workload among hospital librarians: a national survey", "Meredith Kaye", "2024-07-09",
    "Objective: To measure burnout among hospital librarians and identify associated workload factors.",
    "Methods: A national survey using the Maslach Burnout Inventory was sent to 900 hospital librarians; 402 "
    "responded.",
    "Results: 38% met criteria for high emotional exhaustion. Solo practice, systematic review support and staff "
    "cuts were associated with burnout. Respondents with access to a mentor or peer network, including online "
    "groups, reported somewhat lower exhaustion, though the association was not significant after adjustment.",
    "Conclusions: Hospital administrators should address workload directly.",
)

WORKS["pmc-residents"] = _w(
    PMC, "/articles/PMC11800519/", "journal-article", 0,
    "Social media mentoring for surgical residents: a scoping review", "Daniel Osei; Laura Fenwick",
    "2024-09-23",
    "Background: Surgical residents increasingly seek mentorship outside their programs through social media.",
    "Methods: We searched five databases for studies of social media mentoring in surgical training and charted "
    "42 studies.",
    "Results: Twitter-based mentoring networks, virtual grand rounds and online communities for women in surgery "
    "were the most studied. Reported benefits included career guidance, research collaboration and sponsorship. "
    "Concerns included professionalism, unequal access and a lack of evaluation.",
    "Conclusions: Residency programs should provide guidance on social media mentoring and evaluate its outcomes.",
)

WORKS["pmc-codebook-pdf"] = _w(
    PMC, "/articles/PMC11800214/bin/supplement1.pdf", "document", 3,
    "Supplementary file 1: Interview guide and codebook for the study of librarians' online mentoring",
    "Grace Nwosu; Peter Lindqvist; Amal Haddad", "2024-04-15",
    "Supplementary file 1. Interview guide and codebook: librarians' online mentoring and journal clubs.",
    "Interview guide. 1. How did you first take part in an online journal club or librarian hashtag chat?",
    "2. Did anyone you met there become a mentor or mentee? How did that relationship develop?",
    "3. What did you learn from more experienced librarians in the chats? Give an example.",
    "4. Which platforms do you use now for professional learning and mentoring: Mastodon, Bluesky, Slack, email?",
    "Codebook. MENTOR-SEEK: asking for advice or a mentor. MENTOR-GIVE: offering guidance to newer colleagues.",
    "PEER: mutual support among colleagues at the same career stage. PLN: building a personal learning network.",
    "MIGRATE: moving mentoring relationships between platforms or into private channels.",
)

# --- handbook.example: an association's handbook for new professionals (BookStack) ------------------------------------

WORKS["book-finding"] = _w(
    BOOK, "/books/new-professionals-handbook/page/finding-a-mentor", "article", 3,
    "Finding a mentor", "New Professionals Group", "2024-02-01",
    "A mentor is an experienced colleague who helps you think through your career. You do not need a formal "
    "scheme to have one, although the association runs one each year (see Mentoring scheme).",
    "Where members have found mentors: the association's mailing list; our Slack workspace, especially the "
    "#ask-anything channel; LinkedIn, by writing to people whose career path you admire; Mastodon and Bluesky, "
    "where many librarians and archivists post; and regional meetups, which are now mostly online.",
    "How to ask: keep the first message short, say what you would like help with, and suggest a small first step "
    "such as a twenty-minute call. Many experienced colleagues are glad to help but cannot commit to a long "
    "relationship; a few conversations with several people can be as useful as one mentor.",
    "Being a good mentee: come to each conversation with a question, follow up on advice, and tell your mentor "
    "what happened. Consider mentoring someone newer than you as soon as you can.",
)

WORKS["book-pln"] = _w(
    BOOK, "/books/new-professionals-handbook/page/building-your-professional-learning-network", "article", 3,
    "Building your professional learning network", "New Professionals Group", "2024-02-01",
    "Your professional learning network (PLN) is the set of people and sources you learn from: colleagues, "
    "former classmates, people you follow online, blogs, newsletters, podcasts and webinars.",
    "Start with what you already read. Follow the authors of blog posts you find useful. Join one or two "
    "communities where people ask and answer questions, such as our Slack, a subject-specific mailing list or a "
    "Discord server for library workers. Join hashtag chats when you can.",
    "Give as well as take: share a summary of a webinar, answer a question you know about, post about a project. "
    "The people who help you most will often be the ones you helped first.",
    "Review your PLN once a year. Platforms change; keep contact details for the people who matter.",
)

WORKS["book-expenses"] = _w(
    BOOK, "/books/committee-procedures/page/expense-claims-for-conference-travel", "article", 0,
    "Expense claims for conference travel", "Treasurer", "2023-11-10",
    "Committee members travelling on association business may claim standard-class rail fares, economy flights "
    "where approved in advance, and accommodation up to the limit set each year.",
    "Submit claims within 30 days using the online form, with receipts attached. Claims are paid monthly.",
)

WORKS["book-committees"] = _w(
    BOOK, "/books/committee-procedures/page/joining-a-committee", "article", 1,
    "Joining a committee", "Secretary", "2023-11-10",
    "Committees are elected at the annual general meeting, but co-opted members can join at any time with the "
    "chair's agreement. New professionals are especially welcome.",
    "Most committees meet online four times a year. Committee work is a good way to meet experienced colleagues, "
    "and some members say it gave them an informal mentor.",
    "To express interest, email the secretary with a short statement.",
)

WORKS["book-group"] = _w(
    BOOK, "/books/new-professionals-handbook/page/running-a-group-mentoring-session-online", "article", 3,
    "Running a group mentoring session online", "New Professionals Group", "2024-03-12",
    "Group mentoring brings one or two experienced members together with a small group of newer ones. Our online "
    "sessions last an hour and have up to six mentees.",
    "Before: the host collects questions in advance through a form or a thread in our Slack, and shares them with "
    "the mentors.",
    "During: a short round of introductions, then the questions, grouped by theme. Mentors should disagree "
    "openly where they see things differently; hearing different career paths is the main benefit. Leave ten "
    "minutes for mentees to talk to each other.",
    "After: post a short summary, without names, in the #mentoring channel, and invite mentees to follow up with "
    "mentors individually if both wish.",
)

# --- linkline.example: a library software vendor's site (Craft CMS) ----------------------------------------------------

WORKS["craft-user-group"] = _w(
    CRAFT, "/blog/community-spotlight-user-group-mentors", "article", 1,
    "Community spotlight: the LinkLine user group", "Jess Ambler", "2025-01-28",
    "Our user community keeps growing: more than 1,800 library staff now take part in the LinkLine user group, "
    "with regional chapters on three continents.",
    "This quarter the group released its shared configuration library, launched an accessibility working group "
    "and set up a buddy scheme in its Slack pairing new system administrators with experienced ones.",
    "We are proud to sponsor the group's annual meeting again this year. Registration opens in March.",
)

WORKS["craft-release"] = _w(
    CRAFT, "/blog/release-notes-4-2", "article", 0,
    "LinkLine 4.2 release notes", "Product Team", "2025-02-10",
    "LinkLine 4.2 adds faceted browsing by call number range, a redesigned holds page, and support for "
    "multi-factor authentication for staff accounts.",
    "Fixed: the A-Z list no longer drops titles that begin with numerals. Upgrades are scheduled automatically "
    "for hosted customers over the next two weeks.",
)

WORKS["craft-webinar"] = _w(
    CRAFT, "/blog/webinar-recap-growing-your-career-in-library-systems", "article", 2,
    "Webinar recap: growing your career in library systems", "Jess Ambler", "2025-03-18",
    "Last week more than 300 people joined our free webinar on careers in library systems and technology.",
    "Our three panellists, all systems librarians, talked about how they learned the job: mostly on the job, "
    "with help from mailing lists, user group forums and more experienced colleagues who answered their "
    "questions. Two described mentors they found through online communities, and all three encouraged attendees "
    "to join the user group Slack and ask questions there.",
    "Questions from the chat covered certification, scripting skills and salaries.",
    "The recording is available on demand. Our next webinar, on migrating authority records, is in May.",
)

WORKS["craft-leeds"] = _w(
    CRAFT, "/blog/our-new-office-in-leeds", "article", 0,
    "Our new office in Leeds", "Marketing", "2025-04-02",
    "We have opened a new office in Leeds to support our growing customer base in the UK and Ireland. The "
    "support team there will work UK hours and cover public and academic libraries.",
)

WORKS["craft-forums"] = _w(
    CRAFT, "/blog/5-ways-to-get-more-from-our-user-forums", "article", 1,
    "5 ways to get more from our user forums", "Support Team", "2025-04-29",
    "1. Search before you post: most questions have been answered. 2. Include your version number. "
    "3. Mark the answer that solved your problem. 4. Subscribe to the release announcements category.",
    "5. Answer questions yourself. Several of our most active members say the forums are where they learned the "
    "system, and where newer colleagues now learn from them.",
)

# --- unewsroom.example: a university newsroom (ExpressionEngine) ------------------------------------------------------

WORKS["ee-alumni"] = _w(
    EE, "/news/story/ischool-alumni-mentoring-program-goes-online", "article", 3,
    "iSchool alumni mentoring program goes online", "University News Service", "2024-09-10",
    "The School of Information's alumni mentoring program, which has paired library and information science "
    "students with working professionals for 15 years, is moving online this fall.",
    "Mentors and students will now meet by video and stay in touch through a private online community, which "
    "organizers say will let alumni anywhere in the country take part. Last year, 60 percent of volunteer mentors "
    "lived more than 200 miles from campus.",
    "'Our students want to hear from archivists, data librarians and public library directors, and those people "
    "are everywhere,' said program coordinator Maribel Santos. 'Online mentoring lets us match on interests, not "
    "geography.'",
    "The program will also add group mentoring circles and monthly career webinars with alumni. Students can "
    "apply through the school's website until Oct. 1.",
)

WORKS["ee-athletes"] = _w(
    EE, "/news/story/student-athlete-mentoring-program-expands", "article", 0,
    "Student-athlete mentoring program expands", "University News Service", "2024-09-24",
    "The athletics department's peer mentoring program for first-year student-athletes will expand to all 18 "
    "varsity teams this year.",
    "Upper-class athletes meet weekly with first-year teammates to talk about study habits, time management and "
    "adjusting to college. Participants had higher first-year grade point averages than non-participants.",
)

WORKS["ee-archivist-award"] = _w(
    EE, "/news/story/university-archivist-honored-for-service", "article", 2,
    "University archivist honored for service to the profession", "University News Service", "2024-10-15",
    "University Archivist Denise Holloway has received the regional archives association's distinguished "
    "service award.",
    "Holloway was recognized for digitizing the university's yearbooks and student newspapers, and for her "
    "mentoring of new archivists. For a decade she has answered questions from early-career archivists on "
    "mailing lists and, more recently, on Bluesky, and she co-founded an online peer group for lone arrangers "
    "that now has more than 400 members.",
    "'Someone took the time to answer my questions when I started,' Holloway said. 'I try to do the same.'",
    "The award will be presented at the association's spring meeting.",
)

WORKS["ee-cluster"] = _w(
    EE, "/news/story/research-computing-cluster-upgrade", "article", 0,
    "Research computing cluster gets major upgrade", "University News Service", "2024-11-05",
    "The university's shared research computing cluster has doubled its GPU capacity following a state grant. "
    "Researchers can request allocations through the research computing portal.",
)

WORKS["ee-social-guidelines"] = _w(
    EE, "/news/story/new-social-media-guidelines-for-faculty", "article", 0,
    "New social media guidelines for faculty and staff", "University News Service", "2024-11-20",
    "University Communications has published updated social media guidelines for faculty and staff, covering "
    "official accounts, personal accounts that mention the university, and the new platforms many departments "
    "have joined.",
    "The guidelines ask employees to make clear when they speak for themselves, to protect student privacy, and "
    "to route press inquiries to the news office. Training sessions will be offered in January.",
)

# --- the pages that are not works (graded 0) ---------------------------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (SHELF, "/", "home"), (SHELF, "/page/2/", "listing"), (SHELF, "/about/", "about"), (SHELF, "/contact/", "contact"),
    (SHELF, "/category/career/", "category"), (SHELF, "/tag/mentoring/", "tag"), (SHELF, "/?s=mentor", "search"),
    (SHELF, "/author/rhea/", "profile"), (SHELF, "/2024/11/conference-roundup/", "error"),
    (WAVE, "/", "home"), (WAVE, "/page/2/", "listing"), (WAVE, "/about/", "about"), (WAVE, "/tag/episodes/", "tag"),
    (WAVE, "/author/walt/", "profile"),
    (ROWAN, "/", "home"), (ROWAN, "/?page=2", "listing"), (ROWAN, "/tag/mlis", "tag"),
    (STACK, "/", "home"), (STACK, "/newest", "listing"), (STACK, "/newsguidelines.html", "about"),
    (STACK, "/user?id=bibliomancer", "profile"), (STACK, "/user?id=lindenb", "profile"),
    (NABBLE, "/", "home"), (NABBLE, "/Mentoring-Program-f7.html", "category"),
    (NABBLE, "/template/NamlServlet.jtp?macro=user_nodes&user=812", "profile"),
    (NABBLE, "/template/NamlServlet.jtp?macro=search_page&node=3&query=mentoring", "search"),
    (REVISTA, "/", "home"), (REVISTA, "/journal/2630/", "listing"), (REVISTA, "/revista.oa?id=2630", "about"),
    (REVISTA, "/busquedaArticuloFiltros.oa?q=mentoria", "search"),
    (PMC, "/", "home"), (PMC, "/journals/", "listing"), (PMC, "/about/intro/", "about"),
    (PMC, "/search/?term=librarian+mentoring", "search"),
    (BOOK, "/", "home"), (BOOK, "/books/new-professionals-handbook", "listing"),
    (BOOK, "/books/committee-procedures", "listing"), (BOOK, "/shelves/career-development", "category"),
    (BOOK, "/search?term=mentor", "search"), (BOOK, "/user/new-professionals-group", "profile"),
    (BOOK, "/tags?name=mentoring", "tag"),
    (CRAFT, "/", "home"), (CRAFT, "/blog", "listing"), (CRAFT, "/blog/category/community", "category"),
    (CRAFT, "/about", "about"), (CRAFT, "/contact", "contact"),
    (EE, "/", "home"), (EE, "/news/P5", "listing"), (EE, "/news/category/libraries", "category"),
    (EE, "/contact", "contact"), (EE, "/news/story/fall-open-house-2019", "error"),
    (EE, "/news/story/library-hours-2019", "error"),
]
