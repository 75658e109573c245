"""Web 24's texts and labels, written before its pages were built.

``WORKS`` maps a short key to a :class:`Work` (where it is, its kind, its
graded relevance to the topic, and what it says); ``OTHER`` lists the pages
that are not works, ``(host, path, kind)``, each graded 0. Grades: 3 about the
topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
:mod:`tests.labelled_web24` builds the web from these and from nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    replies: tuple[tuple[str, str], ...] = ()   # (who, what) for threads and comments
    tags: tuple[str, ...] = ()
    abstract: str = ""


WP = "quietstacks.example"          # WordPress, Twenty Nineteen
HUGO = "inkandindex.example"        # Hugo, LoveIt
GROUPS = "lists.recordkeepers.example"  # a Groups.io list archive
PLOS = "journals.openlis.example"   # a PLOS-like journal
HYRAX = "scholarworks.ridgeway.example"  # a Samvera Hyrax repository
TYPO3 = "library.hs-weserland.example"  # TYPO3 with news
WIKI = "wiki.lisnet.example"        # Wiki.js
CAST = "offtheshelves.example"      # a Fireside.fm podcast
CIRCLE = "community.firstfive.example"  # a Circle.so community
LINKS = "crate.example"             # a Lobsters-like link aggregator

HOSTS = (WP, HUGO, GROUPS, PLOS, HYRAX, TYPO3, WIKI, CAST, CIRCLE, LINKS)

WORKS: dict[str, Work] = {}


def _w(key: str, host: str, path: str, kind: str, grade: int, title: str, author: str, date: str, paras, **kw) -> None:
    """Adds a work; ``paras`` is a tuple of paragraphs, or one paragraph."""
    WORKS[key] = Work(host, path, kind, grade, title, author, date, (paras,) if isinstance(paras, str) else paras, **kw)


# --- Quiet Stacks: a branch librarian's blog (WordPress, Twenty Nineteen) ----------------------------------

_w("wp-hashtag", WP, "/2019/03/14/what-a-hashtag-taught-me-about-reference/", "article", 3,
   "What a hashtag taught me about reference", "Marisol Ortega", "2019-03-14", (
       "I was hired into my first reference job in 2012 with a degree, a borrowed blazer and no idea what I was "
       "doing. The branch had two librarians. The other one was retiring in four months. If you have worked in a "
       "small branch you know the feeling: there is nobody down the hall to ask.",
       "What I had instead was a hashtag. Every Wednesday night a few hundred library workers would pile into the "
       "same Twitter conversation, answer six numbered questions, and argue cheerfully about everything from "
       "fines to the right way to do a reference interview with a teenager who doesn't want to be there. I found "
       "it by accident, lurked for a month, then typed my first answer with my heart pounding.",
       "Somebody from a university library in Ohio replied within a minute. She asked what I meant, I explained, "
       "and she told me about a technique she used at her desk: repeat the question back, then ask what the "
       "person is going to do with the answer. I tried it the next morning. It worked so well I wrote it on a "
       "sticky note and put it on my monitor, where it stayed for three years.",
       "That is what I mean when I say I learned reference on Twitter. Not that I read a thread and became an "
       "expert, but that I had, every week, a room full of people who had done this job longer than me and were "
       "weirdly generous with their time. Some of them became people I'd DM when a patron question stumped me. "
       "One of them read my cover letter when I applied for the branch manager job. I have met her in person "
       "exactly once.",
       "Nobody called it mentoring at the time. There was no program, no matching form, no agreement about goals. "
       "But when I look back at who shaped how I work, half of them are people I know by a handle and a cartoon "
       "avatar. The chat gave me colleagues I did not have in my building, and the colleagues gave me advice I "
       "did not know to ask for.",
       "It wasn't all good. The chats got big and loud, some weeks were just people performing for each other, "
       "and a few of the most helpful voices left when the harassment got bad. I also learned that if you only "
       "listen to the people who post the most you get a strange picture of the profession: lots of academic "
       "librarians, very few rural paraprofessionals, hardly anyone who works nights.",
       "These days the people I learn from are scattered. A few moved to Mastodon and post on a library-focused "
       "server; a few are on Bluesky; a couple of old chat regulars run a Discord for public services folks "
       "that I check on my lunch break. It's quieter, which I mostly like. The questions are better.",
       "If you're new and alone in a small branch, here's my unsolicited advice: find the place where your "
       "people talk shop, listen for a while, and then answer something. Not to be seen, but because the reply "
       "you get might be the most useful conversation of your week. Then, a few years later, be the person who "
       "replies in a minute."),
   tags=("twitter", "reference", "mentoring"))

_w("wp-no-program", WP, "/2021/06/02/mentoring-without-a-program/", "article", 3,
   "Mentoring without a program", "Marisol Ortega", "2021-06-02", (
       "A reader emailed to ask how to find a mentor when your library system doesn't have a mentoring program "
       "and the state association's program has a waiting list of a year. Good question. Here's what I told her, "
       "cleaned up a bit.",
       "First, stop looking for one person who will teach you everything. The best guidance I've had came from "
       "five or six people, each good at one thing. One taught me budgets, one taught me how to handle a board "
       "meeting, one just kept telling me I wasn't crazy.",
       "Second, go where the experienced people already hang out and ask small, specific questions. The public "
       "library Slack I'm in has a channel called #ask-a-manager, and the people who answer there have run "
       "branches for twenty years. A question like 'how do you schedule a desk with three part-timers who all "
       "want Saturdays off' gets real answers. 'Will you be my mentor?' gets silence.",
       "Third, follow up privately when someone's answer clicks. A two-line message saying thanks and asking one "
       "more question is how most of my long-running mentoring relationships started. Some turned into monthly "
       "video calls. One turned into a friendship.",
       "Fourth, try a group. A few of us who met in a webinar chat started a peer circle: six mid-career "
       "librarians, one video call a month, a shared doc of problems. We are each other's mentors, which sounds "
       "silly until you're the one who has solved the problem somebody else is stuck on.",
       "And last: write things down in public. A blog post or a long thread about what you're figuring out is a "
       "signal to people further along that you'd welcome their two cents. Mine is how I met most of you."),
   tags=("mentoring", "slack", "career"))

_w("wp-storytime", WP, "/2018/10/22/storytime-shake-up/", "article", 0,
   "Storytime shake-up", "Marisol Ortega", "2018-10-22", (
       "We changed storytime this fall and I want to write down what happened before I forget the details.",
       "The old format was 30 minutes, three books, two songs, a craft. Attendance had been sliding for a year "
       "and the craft table had turned into a place where parents sat on their phones while kids glued cotton "
       "balls to everything.",
       "So we cut it to 20 minutes, dropped the craft, and added a 'play and stay' half hour with blocks, "
       "puppets and a felt board. The first week, eight families. The fourth week, twenty-three. The parents "
       "talk to each other now, which is half the point of storytime for a lot of them.",
       "The surprise was the babies. We had always run baby lapsit separately, but the younger siblings love "
       "the play time, so we may fold the two together in the spring. I'll report back.",
       "Thanks to Denise for hauling the block bins up from storage, and to whoever donated the giant stuffed "
       "octopus. He is now the most popular library user in the building."),
   tags=("storytime", "programs"))

_w("wp-ten-years", WP, "/2022/09/01/ten-years-at-eastside/", "article", 1,
   "Ten years at Eastside", "Marisol Ortega", "2022-09-01", (
       "Ten years ago today I walked into the Eastside branch for my first shift. The carpet was orange, the "
       "public computers ran Windows XP, and the air conditioning worked on alternate Tuesdays.",
       "Some things have changed. We got the carpet replaced in 2016 and the building renovated in 2019. We "
       "started lending hotspots, then laptops, then a sewing machine, which has a waiting list longer than any "
       "bestseller. The teen room went from a corner with a beanbag to an actual room with a door.",
       "Some things haven't. Mr. Alvarez still comes in every morning at ten to read the paper. The book drop "
       "still jams if you put a DVD in sideways. The neighbourhood still shows up for the summer reading party "
       "like it's a block festival.",
       "I've been lucky in the people: the staff here, the Friends group, and an online crowd of library folks "
       "who taught me half of what I know when I was too new to know what to ask. Mostly, though, it's the "
       "regulars who made this a job I wanted to keep.",
       "Here's to the next ten. Somebody please fix the book drop."),
   tags=("eastside", "anniversary"))

_w("wp-teen-mentors", WP, "/2023/01/18/teen-mentors-are-back/", "article", 0,
   "Our teen mentors program is back", "Marisol Ortega", "2023-01-18", (
       "Good news for families: Teen Mentors is back at Eastside starting February 6.",
       "High school volunteers meet one-on-one with kids in grades 2 to 5 for homework help and reading "
       "practice, Monday and Wednesday afternoons. Mentors are trained by our youth services staff and earn "
       "service hours for school. Last year 31 pairs met more than 400 times.",
       "If you know a teen who would make a good mentor, applications are at the front desk and on our website. "
       "Families can sign up their kids at any branch. It's free, and there are snacks."),
   tags=("teens", "programs"))

_w("wp-leaving", WP, "/2023/07/10/leaving-the-bird-site/", "article", 2,
   "Short note: leaving the bird site", "Marisol Ortega", "2023-07-10", (
       "I deleted my Twitter account this morning. It was where I grew up as a librarian and I'm sadder about "
       "it than I expected to be.",
       "If you learned from me there, or I learned from you, you can find me on Mastodon (I'm on a library "
       "server) and on Bluesky under the same name. The Wednesday chat crowd is mostly spread between those two "
       "now, and a Discord a few of us run for public services people. Come say hi. I still answer questions.",
       "Otherwise this blog isn't going anywhere."),
   tags=("twitter", "mastodon", "bluesky"))


# --- Ink and Index: an MLIS student's blog (Hugo, LoveIt) -----------------------------------------------------

_w("hugo-linkedin", HUGO, "/posts/how-i-found-a-mentor-on-linkedin/", "article", 3,
   "How I found a mentor on LinkedIn (and what I got wrong first)", "Theo Lindqvist", "2024-02-11", (
       "Confession: my first attempt at finding a mentor was a disaster. In my first semester I sent connection "
       "requests to about forty academic librarians on LinkedIn with the same note: 'Hi! I'm an MLIS student "
       "interested in academic libraries. Would you be willing to mentor me?' Three accepted the connection. "
       "Zero replied to the question. One very kindly told me, months later, that she had no idea what I was "
       "asking her to do.",
       "Fair. I didn't know either.",
       "What changed was a comment thread. A data services librarian I'd been following posted about how her "
       "library had rebuilt its research data consultations after losing a position. I asked a real question in "
       "the comments (how did they decide which consultations to stop offering?) and she answered at length. "
       "Then other people in the thread chimed in with how their libraries did it. I learned more from that "
       "thread than from a week of readings.",
       "A week later I messaged her: thank you, and could I ask two more questions about getting into data "
       "librarianship, maybe in a 20-minute call? She said yes. That call was a year ago. We talk every six "
       "weeks or so now. She has looked at my resume, told me which electives actually matter, and introduced "
       "me to two people at other universities who let me sit in on a consultation (on Zoom, with the patron's "
       "permission).",
       "So, lessons, for my fellow students:",
       "1. Mentoring isn't a thing you ask for, it's a thing that grows out of a conversation. Start the "
       "conversation. Comment on posts with actual questions. Share what you're learning.",
       "2. Be specific and make it easy to say yes. 'Twenty minutes, three questions, here they are' works. "
       "'Be my mentor' does not.",
       "3. Don't only look up. Some of the most useful advice I've had came from people a year or two ahead of "
       "me, in the program's Discord and in a LinkedIn group for new-grad librarians, who remember exactly what "
       "the job search felt like.",
       "4. Give something back, even as a student. I summarize the articles I read for class and post them. A "
       "surprising number of working librarians say they find it useful, and it keeps the conversation going in "
       "both directions.",
       "5. LinkedIn is weird and performative and full of people selling courses. The library corner of it is "
       "smaller and kinder than you'd think, but you have to find it. Follow hashtags, not influencers.",
       "I don't want to oversell this. I got lucky with one generous person. But I also stopped treating "
       "networking as a cold-calling exercise, and that's the part anyone can do."),
   tags=("mentoring", "linkedin", "career"))

_w("hugo-fall", HUGO, "/posts/semester-recap-fall-2023/", "article", 1,
   "Semester recap: fall 2023", "Theo Lindqvist", "2023-12-19", (
       "Grades are in, the laptop is closed, and I have three weeks before spring starts. Time for the "
       "traditional recap.",
       "Cataloging and classification: harder than I expected and more fun than I expected. I now have strong "
       "opinions about subject headings for cookbooks. Our final project was original cataloging of five items "
       "from the special collections backlog, and one of my records actually went into the catalog.",
       "Research methods: lots of statistics, which I haven't touched since high school. The survey design unit "
       "was the best part. I'm keeping the textbook.",
       "Information ethics: great discussions, too many readings. My paper on library surveillance and "
       "e-book vendors is the thing I'm proudest of this term.",
       "Outside class I started working twelve hours a week at the circulation desk of the engineering library, "
       "joined the student chapter's book club, and finally joined the program's Discord server, where a few "
       "alumni answer questions about jobs. Mostly I ate a lot of vending machine pretzels.",
       "Next term: digital libraries, archives and records management, and a practicum. Wish me luck."),
   tags=("school", "recap"))

_w("hugo-practicum", HUGO, "/posts/notes-from-my-practicum-at-the-county-archive/", "article", 0,
   "Notes from my practicum at the county archive", "Theo Lindqvist", "2024-05-03", (
       "My practicum this spring was at the county archive, in a converted 1930s post office with beautiful "
       "terrazzo floors and one working elevator.",
       "The main project was processing a collection of road commission records: about 40 linear feet of "
       "ledgers, maps, correspondence and a surprising number of photographs of culverts. I rehoused everything, "
       "wrote a processing plan with the county archivist, and drafted a finding aid in ArchivesSpace.",
       "Things I learned: how much of processing is deciding what not to do. We did not describe every folder. "
       "We kept original order where it existed and imposed series where it didn't. I learned to love "
       "a good folder-level date range.",
       "Things I did not expect: the smell of old blueprints, how often people call asking about property lines, "
       "and how much the archivist knows about every road in the county. If you ever need to know why Route 9 "
       "bends where it does, I know a person.",
       "The finding aid goes live next month. I'll link it when it does."),
   tags=("archives", "practicum"))

_w("hugo-reading", HUGO, "/posts/reading-list-professional-learning-networks/", "article", 3,
   "Reading list: professional learning networks in LIS", "Theo Lindqvist", "2024-03-27", (
       "For my independent study I'm reading everything I can find on how library and archives workers use "
       "social media and online networks to learn from each other and to find or be mentors. Here's the list "
       "so far, with one-line notes. Suggestions welcome in the comments or on Mastodon.",
       "Early Twitter chat studies (2012-2016): mostly surveys of participants in weekly library chats. The "
       "common thread is that people value the chats for 'meeting' colleagues outside their institution and for "
       "quick answers, and that lurkers learn as much as posters.",
       "Work on personal learning networks: borrowed from education research. The idea is that each professional "
       "assembles their own mix of people, feeds, lists and communities to keep learning after school. Useful "
       "framework, though some of it reads like it was written by people who get paid to give PD workshops.",
       "Studies of e-mentoring programs run by associations: structured matches between new and experienced "
       "members over email or video. Good outcomes for mentees, mixed for mentors, and everyone complains about "
       "the matching form.",
       "Peer mentoring and mentoring circles for early-career academic librarians: several case studies, "
       "including some that moved online during the pandemic and never moved back.",
       "The mailing list literature: older, but a reminder that listservs were the original online professional "
       "networks. Archivists in particular still do a lot of their informal advice-giving on lists.",
       "What I can't find much of: anything on Discord or Slack communities, anything since the big move off "
       "Twitter, and anything from the perspective of paraprofessional staff. Which might be my paper."),
   tags=("pln", "mentoring", "research"))

_w("hugo-lurk", HUGO, "/posts/why-i-lurk/", "article", 2,
   "Why I lurk", "Theo Lindqvist", "2024-08-15", (
       "A classmate asked why I read library Mastodon every day but almost never post. Honestly? Imposter "
       "syndrome, mostly. Everyone there seems to have a job, opinions, and a podcast.",
       "But I've decided lurking isn't nothing. Reading the same thirty or forty working librarians every day "
       "has taught me the vocabulary of the job, which vendors people hate and why, what a reference desk is "
       "like on a Monday in September, and how experienced people talk each other through a bad week. That's "
       "an education you can't get from a syllabus.",
       "The rest of this summer has been a lot less online: a part-time job at a bakery, a week of camping that "
       "involved more rain than camping, and way too many library school applications essays for my little "
       "sister, who has decided to follow me into the field. Poor kid.",
       "Maybe this fall I'll post something. Maybe a reply. Baby steps."),
   tags=("mastodon", "personal"))


# --- Early Career Archivists list (a Groups.io archive) ------------------------------------------------------

G = "/g/earlycareer"

_w("grp-mentor", GROUPS, G + "/topic/seeking_a_mentor_born/104233871", "post", 3,
   "Seeking a mentor: born-digital processing", "Priya Raman", "2023-04-12", (
       "Hi all, long-time reader, first-time poster. I'm a lone arranger at a small historical society and "
       "we just received our first substantial born-digital accession (about 2 TB of a local architect's "
       "drives and floppies). I did one workshop on digital forensics two years ago and that's the extent of "
       "my training.",
       "I'm looking for someone who has been through this who would be willing to be a mentor for the next few "
       "months, mostly by email or an occasional video call: someone I can check my plan with, ask dumb "
       "questions, and who can tell me when I'm overthinking it. Happy to return the favour with anything I "
       "know (grant writing, mostly).",
       "Also glad to hear about groups or channels where people working on this hang out. Thanks!"),
   replies=(
       ("Joan Whitcombe", "Priya, I'd be glad to. I've run our digital program for eleven years and I remember "
        "being exactly where you are. Email me off-list and we'll set up a call. Also, the digital archives "
        "channel in the Slack that this list's steering committee runs is very active and kind to beginners."),
       ("Dev Castellanos", "Seconding the Slack. There's also a monthly virtual 'office hours' some of us do for "
        "people starting born-digital work. It's informal: you bring a problem, three or four people who have "
        "done it talk it through with you. Next one is the 26th."),
       ("Priya Raman", "Thank you both, this is exactly what I was hoping for. Joan, emailing you now."),
   ), tags=("mentoring", "digital"))

_w("grp-still-best", GROUPS, G + "/topic/is_this_list_still_the/98811204", "post", 3,
   "Is this list still the best place to ask questions?", "Sam Okafor", "2022-11-03", (
       "Genuine question, not trying to start a fight. When I started five years ago this list was where you "
       "went for advice from people who had been doing the job longer. Now it feels like job postings and "
       "conference announcements, and the actual conversations happen on Slack, Discord, and whatever is left "
       "of archives Twitter. Where do newer folks go to ask questions and get guidance from experienced "
       "archivists? Should this list try to be that again?"),
   replies=(
       ("Marguerite Lund", "Thirty-one years in, retiring in the spring. I learned most of what I know about "
        "appraisal from this list and its predecessor, back when it was a listserv run off a university "
        "mainframe. People answered in full paragraphs. I miss that. But I also see the newer folks getting real "
        "help in the chat spaces, faster than we ever got it, and I don't think they need us to approve of the "
        "platform."),
       ("Sam Okafor", "Marguerite, that's generous. Part of what I miss is exactly the full-paragraph answer, "
        "from someone with thirty years behind it. Slack is quick but it scrolls away."),
       ("Keisha Brandt", "I'm two years in and I use all of them for different things. Slack for 'help, my "
        "finding aid won't validate.' This list for 'how do other institutions handle deeds of gift for "
        "social media accounts' because the answers get archived and I can find them later. Mastodon for "
        "feeling like part of a profession. None of them has replaced an actual mentor, which I found through "
        "the association's program."),
       ("Dev Castellanos", "Maybe the answer is to make asking here feel safe again. A monthly 'no question too "
        "basic' thread? Veterans commit to answering?"),
       ("Marguerite Lund", "I'll commit. Retirement has to be good for something."),
   ), tags=("community", "advice"))

_w("grp-job", GROUPS, G + "/topic/job_posting_project/101377502", "post", 0,
   "Job posting: Project Archivist (18 months), Haldane University", "Haldane University Archives",
   "2023-01-20", (
       "Haldane University Special Collections seeks a Project Archivist for an 18-month, grant-funded position "
       "to arrange and describe the papers of the Haldane Labor History Collection (approx. 300 linear feet).",
       "Responsibilities include processing to the folder level, creating EAD finding aids in ArchivesSpace, "
       "supervising two student assistants, and contributing to outreach. Requirements: ALA-accredited master's "
       "or equivalent, coursework or experience in archival arrangement and description. Salary $54,000 plus "
       "benefits. Review of applications begins February 15. Apply through the university careers site."),
   tags=("jobs",))

_w("grp-webinar", GROUPS, G + "/topic/recording_career_paths/99102938", "post", 2,
   "Recording: 'Career paths in archives' webinar", "Dev Castellanos", "2022-12-08", (
       "Thanks to everyone who came to last week's webinar on career paths. For those who missed it, the "
       "recording and slides are linked in the Files section of this group.",
       "We had four panelists at different career stages (a records manager, a university archivist, a "
       "corporate digital archivist, and a recently retired state archivist) talking about how they moved "
       "between jobs and what they wish someone had told them earlier. The chat was a highlight: dozens of "
       "questions, and the panelists stayed 30 minutes over to answer.",
       "Several of you asked to keep the conversation going. The panelists have offered to take follow-up "
       "questions in this thread for the next two weeks, so go for it. We're also collecting names for a "
       "small pilot pairing newer members with experienced volunteers for a few video calls. Reply here or "
       "message me if interested.",
       "Next webinar in February: grant writing for small repositories."),
   replies=(
       ("Keisha Brandt", "Question for the panel: how did you decide when to leave your first job?"),
       ("Ruth Anand", "Retired state archivist here. When I stopped learning and started coasting, usually about "
        "year five. But talk to someone outside your institution before you jump. That's what this group is "
        "for."),
   ), tags=("webinar", "careers"))

_w("grp-folders", GROUPS, G + "/topic/acid_free_folder_labels/97655310", "post", 0,
   "Acid-free folder labels: recommendations?", "Ana Beltrán", "2022-09-14", (
       "We're relabelling a large collection and the adhesive labels we've been using are peeling off after a "
       "couple of years. Does anyone have a brand of archival-quality label that actually stays on, or should "
       "we just write on the folders in pencil like our predecessors did?"),
   replies=(
       ("Tom Reyes", "Pencil. Always pencil. Labels fail eventually and take the folder surface with them."),
       ("Ana Beltrán", "Pencil it is. Thank you!"),
   ), tags=("supplies",))

_w("grp-meeting", GROUPS, G + "/topic/annual_meeting/103005117", "post", 1,
   "Annual meeting: registration, hotel block, and reminders", "Steering Committee", "2023-03-02", (
       "Registration for the annual meeting in Milwaukee (July 19-22) is now open. Early-bird rates end May 15. "
       "The hotel block at the conference hotel closes June 20, and last year it sold out early, so book soon.",
       "Sessions of interest to early-career members include the resume review clinic, the repository tours, "
       "and our section meeting on Thursday morning. The conference buddy sign-up form, which pairs first-time "
       "attendees with returning members, is also open.",
       "Travel funding: the section has three $500 travel awards for members within five years of their first "
       "professional position. Applications are due April 15 and require a 250-word statement.",
       "Questions about registration go to the association office, not this list, please."),
   tags=("meeting",))


# --- OpenLIS: a PLOS-like open-access journal ---------------------------------------------------------------

_w("plos-peer", PLOS, "/libsci/article?id=10.5550/journal.plis.0031427", "journal-article", 3,
   "Peer mentoring on social media among early-career academic librarians: a mixed-methods study",
   "Hannah K. Oduya; Rafael Mendes; Claire Beaumont", "2024-05-22", (
       "## Introduction",
       "Mentoring has long been treated as a cornerstone of professional development in academic librarianship. "
       "Formal programs, usually run by associations or by individual libraries, match a new librarian with a "
       "more experienced colleague for a fixed period. Yet surveys of early-career librarians repeatedly find "
       "that many never join such a program, and that those who do often describe the most valuable guidance "
       "as coming from elsewhere: from peers, from colleagues at other institutions, and increasingly from people "
       "met online.",
       "Over the past fifteen years, social media platforms and online communities have become part of how "
       "librarians learn on the job. Weekly chats organized around hashtags, Facebook and LinkedIn groups, Slack "
       "and Discord workspaces, and more recently decentralized platforms such as Mastodon and Bluesky all host "
       "conversations in which librarians ask for and offer advice. Some of these exchanges look very much like "
       "mentoring: sustained, reciprocal, and oriented to the development of the less experienced person. Others "
       "are closer to a reference service for colleagues. The literature has tended to study these spaces one "
       "platform at a time and to describe them with the vocabulary of personal learning networks rather than "
       "mentoring.",
       "This study asks three questions. (1) To what extent do early-career academic librarians describe "
       "relationships formed or sustained through social media as mentoring? (2) What distinguishes those "
       "relationships from other online professional interaction? (3) How do peer relationships, among librarians "
       "at a similar career stage, compare with relationships with more experienced colleagues?",
       "## Related work",
       "Studies of mentoring in academic libraries have mostly examined formal programs. They report benefits "
       "for mentees in confidence, scholarly productivity and progress toward tenure or promotion, and recurring "
       "problems: mismatched pairs, mentors with too little time, and programs that end when their organizer "
       "leaves. A smaller body of work describes group and peer mentoring, in which cohorts of new librarians "
       "meet regularly to support one another, often with a facilitator; these models have been praised for "
       "reducing the burden on senior staff and for the candour that peers allow.",
       "A separate literature examines librarians' use of social media for professional purposes. Early studies "
       "of Twitter chats found that participants valued them for building connections beyond their institution, "
       "for rapid answers to practical questions, and for a sense of belonging to a profession, and that many "
       "participants learned by reading rather than posting. Work on personal learning networks, much of it "
       "borrowed from research on teachers, frames these activities as self-directed professional learning: "
       "each person curates a mix of people, communities and sources. Studies of mailing lists and online forums "
       "used by archivists and records managers describe similar patterns over a longer period.",
       "The two literatures rarely meet. Studies of social media seldom ask whether the relationships formed there "
       "are mentoring, and studies of mentoring seldom look beyond programs. Where e-mentoring has been studied, "
       "it has usually meant a formal match conducted by email or video rather than relationships that arise in "
       "open online spaces. This study addresses that gap.",
       "## Methods",
       "We used a sequential explanatory design. An online survey was distributed in early 2023 through "
       "association mailing lists, two Slack workspaces for academic librarians, and posts on Mastodon, Bluesky "
       "and LinkedIn. Eligible respondents were academic library employees in a professional role who had held "
       "their first professional position for seven years or fewer. The survey asked about formal mentoring, "
       "about the platforms respondents used for professional purposes, and about specific relationships they "
       "would describe as developmental. It received 412 complete responses.",
       "From respondents who agreed to be contacted, we purposively sampled 24 for semi-structured interviews "
       "of 45 to 70 minutes, held by video, selecting for variety of platform, institution type and career "
       "stage. Interviews were transcribed and coded by two authors using reflexive thematic analysis; "
       "disagreements were resolved in discussion with the third author.",
       "## Results",
       "Of the 412 respondents, 38% had ever taken part in a formal mentoring program; 71% named at least one "
       "person met or mainly known through social media or an online community whom they regarded as a mentor "
       "or an important source of career guidance. Peers were named more often than senior colleagues: 58% "
       "described at least one peer relationship of this kind, against 44% who described a relationship with "
       "a more experienced librarian.",
       "Platforms differed. LinkedIn was most often named as the place where a relationship began with a senior "
       "colleague, typically through a comment or direct message, but rarely as the place where it continued. "
       "Slack and Discord workspaces were most often named for peer relationships, and respondents described "
       "them as the place for 'small questions' they would not ask their supervisor. Respondents who had been "
       "active in Twitter chats before 2022 described those chats as formative, and a majority of them reported "
       "that they had since moved their professional conversations to Mastodon, Bluesky, or private group chats, "
       "with a loss of reach but, in many accounts, a gain in trust.",
       "Four themes emerged from the interviews. The first, 'from question to relationship', describes how "
       "mentoring relationships were seldom sought directly. They grew out of a public exchange, usually a "
       "question answered generously, followed by a private message and, later, a video call. Interviewees "
       "were candid that a request to 'be my mentor' sent to a stranger almost never worked.",
       "The second theme, 'a constellation, not a mentor', describes how interviewees assembled guidance from "
       "many people, each consulted for one area of expertise: a peer for teaching, a former supervisor for "
       "promotion, a stranger on Mastodon for data management questions. Several explicitly rejected the "
       "single-mentor model of their library's formal program as unrealistic.",
       "The third, 'peers as mentors', describes reciprocal relationships among librarians at similar stages. "
       "Interviewees valued peers for emotional support and for frank talk about salaries, workload and "
       "tenure, topics they found hard to raise with senior colleagues. Several peer groups had formalized "
       "themselves into monthly video calls or shared documents, functioning as self-organized mentoring "
       "circles.",
       "The fourth theme, 'visibility and its costs', concerns the risks of learning in public. Interviewees "
       "from marginalized groups described harassment, the labour of moderating spaces, and the pressure to "
       "be visible online as a condition of being helped. Some had moved to private or invitation-only spaces "
       "for that reason, and described those spaces as more useful for mentoring precisely because they were "
       "less public.",
       "## Discussion",
       "Our findings suggest that, for early-career academic librarians, online networks are not a supplement "
       "to mentoring but one of its main settings. The relationships participants described meet most "
       "definitions of mentoring: they are developmental, sustained over time, and involve both career and "
       "psychosocial support. What they lack is the structure of a formal program, and participants mostly did "
       "not want it.",
       "The prominence of peers matters for how libraries and associations support new librarians. Programs "
       "that pair each newcomer with one senior mentor may miss the relationships new librarians actually rely "
       "on. Libraries could instead recognize time spent in professional online communities as development, "
       "fund membership in paid communities, and support peer circles alongside or in place of one-to-one "
       "matches.",
       "The move away from large public platforms since 2022 has changed these networks. Smaller, more trusting "
       "spaces appear to favour mentoring, but they are harder for newcomers to find, and participants without "
       "existing connections may be left out. Associations could play a role by running open, moderated spaces "
       "that serve as entry points.",
       "## Limitations",
       "The sample was recruited through the same online networks it describes, which likely over-represents "
       "librarians active on social media. Respondents were mostly from North America and the United Kingdom. "
       "We did not interview the senior colleagues or peers named as mentors, so the relationships are seen from "
       "one side only.",
       "## Conclusion",
       "Early-career academic librarians find, and are, mentors online. The relationships begin in public "
       "exchanges, move to private channels, and are often among peers. Those who design mentoring programs "
       "should start from how these relationships form rather than from the one-to-one model."),
   abstract=(
       "Formal mentoring programs reach a minority of new academic librarians. We surveyed 412 early-career "
       "academic librarians and interviewed 24 about mentoring relationships formed or sustained through social "
       "media and online communities (LinkedIn, Slack, Discord, Mastodon, Bluesky and former Twitter chats). "
       "Seventy-one percent named at least one person met online whom they regarded as a mentor or an important "
       "source of career guidance, and peers were named more often than senior colleagues. Relationships grew "
       "from public questions into private exchanges; participants built constellations of several mentors; "
       "peer groups organized themselves into mentoring circles; and visibility carried costs, especially for "
       "librarians from marginalized groups. Mentoring programs should start from how these relationships "
       "actually form."),
   tags=("Librarians", "Mentoring", "Social media", "Professional development"))

_w("plos-archivists", PLOS, "/libsci/article?id=10.5550/journal.plis.0029815", "journal-article", 2,
   "Information practices of archivists in online communities of practice", "Tomasz Wierzbicki; Lena Hoffmann",
   "2023-09-07", (
       "## Introduction",
       "Archivists are a small and dispersed profession. Many work alone or in very small teams, and the "
       "knowledge they need is often specific to formats, software and legal contexts that change quickly. "
       "Online communities (mailing lists, forums and chat workspaces) have long supplemented formal training. "
       "This paper describes how archivists use three such communities to find and share information.",
       "## Methods",
       "We analysed 1,200 threads from an archives mailing list, a forum for users of an open-source archival "
       "management system, and the public channels of a chat workspace for digital preservation, sampled over "
       "2019-2022, and surveyed 186 participants about their use of the communities.",
       "## Results",
       "Most threads (62%) were requests for technical information: software configuration, file formats, "
       "metadata standards. Around a fifth were requests for advice on professional judgement, such as "
       "appraisal decisions or donor negotiations. A smaller share (9%) were explicitly about careers or "
       "professional development, including requests for guidance from experienced colleagues and "
       "announcements of training.",
       "Survey respondents described the communities as their main way of keeping up to date (71%) and as a "
       "source of advice they could not get at work (64%). Lone arrangers relied on them most. Many respondents "
       "described a small number of experienced community members whose answers they trusted and sought out, "
       "and some had developed ongoing advisory relationships with them outside the community.",
       "Answers on the mailing list were longer and more often cited sources; answers in chat were faster and "
       "more often pointed the asker to another person. The forum served mostly as a searchable archive of "
       "technical solutions.",
       "## Discussion",
       "Online communities of practice function for archivists as a distributed help desk and, for some, as a "
       "place of informal learning and guidance. The differences between platforms suggest that they are "
       "complementary rather than competing. Further work should look at how newcomers find trusted members, "
       "and at what is lost when communities move to platforms that are not publicly archived."),
   abstract=(
       "We analysed 1,200 threads from three online communities used by archivists (a mailing list, a software "
       "user forum and a chat workspace) and surveyed 186 members. Most exchanges concerned technical "
       "information, but a fifth sought advice on professional judgement and a smaller share concerned careers "
       "and professional development. Members relied on the communities to keep up to date and for advice "
       "unavailable at work, and some developed advisory relationships with experienced members."),
   tags=("Archivists", "Online communities", "Information behaviour"))

_w("plos-citing", PLOS, "/libsci/article?id=10.5550/journal.plis.0027702", "journal-article", 1,
   "Citing social media in library and information science journals, 2010-2020: a bibliometric analysis",
   "Ji-woo Park; Amelia Foster", "2022-11-15", (
       "## Introduction",
       "Social media posts are increasingly cited in scholarly writing, raising questions about persistence, "
       "attribution and citation style. We examined how often, and how, articles in library and information "
       "science journals cite social media content.",
       "## Methods",
       "We extracted references from 9,412 research articles published in 24 LIS journals from 2010 to 2020 "
       "and identified references to social media platforms by URL pattern and manual review. We recorded the "
       "platform, the citation style used, and whether the cited content was still available in 2022.",
       "## Results",
       "References to social media rose from 0.4% of articles in 2010 to 6.1% in 2020. Twitter accounted for "
       "71% of cited items, followed by blogs hosted on platforms, YouTube and Facebook. Most citations were to "
       "data or examples, for instance tweets analysed in studies of library outreach; a minority cited "
       "practitioners' posts as sources of professional knowledge, such as discussions from library Twitter "
       "chats. By 2022, 23% of cited posts were no longer available, and another 11% were available only "
       "through web archives.",
       "Citation styles varied widely. Only 41% of references included the author's name as displayed; many "
       "gave only a handle or a bare URL.",
       "## Discussion",
       "Social media content is now a regular, if small, part of the LIS literature. Its loss rate argues for "
       "routine archiving of cited posts at the time of citation, and for clearer guidance from style manuals."),
   abstract=(
       "We analysed references in 9,412 articles in 24 LIS journals from 2010 to 2020. References to social "
       "media rose from 0.4% to 6.1% of articles; Twitter dominated. A third of cited posts were unavailable or "
       "available only in web archives by 2022. Citation practice varied widely."),
   tags=("Bibliometrics", "Social media", "Citation"))

_w("plos-readability", PLOS, "/libsci/article?id=10.5550/journal.plis.0030118", "journal-article", 0,
   "Readability of public library websites in the United States", "Marcus Bell; Sofia Lindgren", "2024-01-30", (
       "## Introduction",
       "Public libraries serve adults with a wide range of literacy levels, yet their websites are often written "
       "in institutional prose. We assessed the readability of a national sample of public library websites.",
       "## Methods",
       "We sampled 500 public library systems stratified by service population and collected the text of the "
       "home page, the library card page and the hours and locations page of each. We computed Flesch-Kincaid "
       "grade level and SMOG scores and coded each page for plain-language features.",
       "## Results",
       "Median grade level was 10.8 for home pages, 11.9 for library card pages and 8.2 for hours pages. Larger "
       "systems' pages were harder to read. Library card pages frequently used jargon such as 'patron "
       "registration' and 'proof of residency documentation'. Only 14% of systems offered content in a plain "
       "language version and 31% in Spanish.",
       "## Discussion",
       "Most public library websites are written above the reading level recommended for public-facing health "
       "and government information. Simple revisions to the most-visited pages would make them accessible to "
       "many more residents."),
   abstract=(
       "We measured the readability of the home, library card and hours pages of 500 US public library "
       "websites. Median grade levels ranged from 8.2 to 11.9; library card pages were hardest to read. Few "
       "libraries offered plain-language or Spanish versions."),
   tags=("Public libraries", "Readability", "Websites"))


# --- Ridgeway ScholarWorks (Samvera Hyrax) ------------------------------------------------------------------

_w("hyrax-thesis", HYRAX, "/concern/theses/7w62f8143", "document", 3,
   "Mentoring in the Open: Twitter Chats and Professional Learning among School Librarians",
   "Caldwell, Renee A.", "2019-05-10", (
       "This thesis examines how school librarians, who are frequently the only librarian in their building, "
       "use weekly Twitter chats to find mentoring and professional learning that their schools do not "
       "provide. Drawing on eighteen months of participant observation in two hashtag chats, an analysis of "
       "3,400 chat messages, and interviews with 15 participants, it argues that the chats work as an open, "
       "distributed form of mentoring. Experienced librarians model practice, answer questions and recommend "
       "resources in public, and newer librarians move from lurking to asking to answering. Several "
       "participants described sustained one-to-one relationships that began in a chat and continued by direct "
       "message, email and, occasionally, visits to each other's schools. The study also finds limits: a small "
       "core of frequent posters dominates, the pace of chats excludes some, and relationships are vulnerable to "
       "changes in the platform. It concludes with recommendations for district supervisors and state "
       "associations on recognizing and supporting online professional learning networks."),
   abstract="Master's thesis, School of Information Science, Ridgeway University.",
   tags=("School librarians", "Twitter", "Mentoring", "Professional learning networks"))

_w("hyrax-thesis-pdf", HYRAX, "/downloads/z603qx48r", "document", 3,
   "Mentoring in the Open: Twitter Chats and Professional Learning among School Librarians",
   "Caldwell, Renee A.", "2019-05-10", (
       "MENTORING IN THE OPEN: TWITTER CHATS AND PROFESSIONAL LEARNING AMONG SCHOOL LIBRARIANS",
       "Renee A. Caldwell. A thesis submitted in partial fulfillment of the requirements for the degree of",
       "Master of Science in Library and Information Science, Ridgeway University, May 2019.",
       "Chapter 1. Introduction",
       "Most school librarians work alone. In a district with one librarian per building, the nearest colleague",
       "who does the same job may be miles away, and district-provided professional development rarely addresses",
       "the library. Since about 2010, many school librarians have turned to Twitter for the colleagues their",
       "schools cannot give them. Weekly chats, each held at a set hour under a shared hashtag, bring together",
       "hundreds of librarians to answer a moderator's questions, share lessons, and ask one another for help.",
       "This thesis asks whether, and how, these chats provide mentoring: the sustained, developmental guidance",
       "of a less experienced professional by more experienced ones. Mentoring is usually studied as a formal,",
       "one-to-one relationship arranged by an employer or association. The chats are nothing of the kind, yet",
       "participants repeatedly describe what happens in them as mentoring, and describe particular people met",
       "there as their mentors.",
       "Chapter 4. Findings (summary)",
       "1. Open modelling. Experienced participants narrate their practice in public: how they collaborate with",
       "teachers, defend a challenged book, or run a makerspace. Newer librarians described this as learning by",
       "watching, and several kept files of screenshots from the chats as a personal handbook.",
       "2. A path from lurking to leading. Interviewees typically lurked for months before posting, then asked",
       "questions, then began answering them. Four had later moderated a chat. Participants saw this progression",
       "as becoming a mentor to others in turn.",
       "3. From public to private. Eleven of fifteen interviewees described at least one relationship that began",
       "with a public reply in a chat and continued by direct message, email or video, sometimes for years. These",
       "relationships involved career advice, feedback on lessons and job applications, and emotional support.",
       "4. Limits. A small core of participants produced most messages. The speed of the chats overwhelmed some",
       "newcomers. Relationships depended on a commercial platform whose changes participants could not control.",
       "Chapter 5. Recommendations",
       "District supervisors should count participation in online professional learning networks toward",
       "professional development hours. State associations should sustain chats and communities on platforms they",
       "can archive, and offer structured pairing for librarians who want a one-to-one mentor.",
   ), tags=("School librarians", "Twitter", "Mentoring"))

_w("hyrax-oral", HYRAX, "/concern/generic_works/h128nd69w", "document", 1,
   "Oral history interview with Gerald Pomeroy, State Archivist (1988-2011)",
   "Pomeroy, Gerald; Ridgeway University Oral History Program", "2021-08-17", (
       "Interview conducted by the Ridgeway University Oral History Program as part of its project documenting "
       "the history of government records programs in the region. Pomeroy discusses his early career as a "
       "county records clerk, his education in history and archives administration, the creation of the state "
       "records center in the 1980s, the transition to electronic records management in the 1990s, and the "
       "political fights over the state archives building. He describes the first electronic discussion lists "
       "for archivists as a lifeline for staff in rural counties. The interview closes with his reflections "
       "on appraisal of government records and on the future of the state archives. Running time 2 hours 14 "
       "minutes; transcript of 61 pages attached."),
   abstract="Oral history interview, audio and transcript.",
   tags=("Oral history", "Archives", "Government records"))

_w("hyrax-dataset", HYRAX, "/concern/datasets/4b29b6072", "document", 0,
   "Survey of digitization workflows in small cultural heritage institutions, 2022 [dataset]",
   "Nakamura, Ellen; Ortiz, Daniel", "2022-12-01", (
       "This dataset contains anonymized responses from 214 small museums, historical societies and libraries "
       "to a survey about digitization workflows: equipment used, file formats and resolutions, metadata "
       "standards, storage, staffing and budgets. Files include the questionnaire (PDF), responses (CSV) and a "
       "codebook (CSV). Responses from institutions with fewer than five staff were over-sampled. See the "
       "codebook for variable definitions and the methods note for weighting."),
   abstract="Dataset: survey responses, questionnaire and codebook.",
   tags=("Digitization", "Small institutions", "Survey data"))


# --- Weserland University of Applied Sciences Library (TYPO3 with news) --------------------------------------

_w("t3-ementoring", TYPO3, "/en/news/detail/library-launches-e-mentoring-programme-for-new-staff", "article", 3,
   "Library launches e-mentoring programme for new staff across the consortium", "Library Communications",
   "2024-10-01", (
       "Starting this winter semester, new library staff at Weserland University of Applied Sciences can take "
       "part in a cross-institutional e-mentoring programme run together with the five other member libraries "
       "of the regional library consortium.",
       "Each new colleague is matched with an experienced mentor from another consortium library for a period "
       "of twelve months. Mentoring pairs meet by video call at least once a month and stay in touch via the "
       "consortium's chat platform in between. In addition, all participants join a shared channel where "
       "mentees can put questions to the whole group, and which has become, in the pilot year, a lively place "
       "for exchange between colleagues from subject liaison, media processing and IT services.",
       "'Many of our new colleagues are the only specialist for their area in our library,' says the Head of "
       "Staff Development. 'A mentor at a partner library who does the same work can give advice that nobody in "
       "our own house can give.' The pilot in 2023/24 involved 14 pairs; 13 of the mentees recommended the "
       "programme and several pairs have continued to meet after the end of the year.",
       "The programme also includes four online workshops per year on topics chosen by the participants, "
       "recently on career paths in academic libraries and on building a professional network through "
       "conferences, mailing lists and social media.",
       "Staff who have started at the library within the last two years can register with Staff Development "
       "until 31 October. Experienced colleagues who would like to serve as mentors are warmly invited to "
       "register as well."),
   tags=("Staff development",))

_w("t3-hours", TYPO3, "/en/news/detail/extended-opening-hours-during-the-exam-period", "article", 0,
   "Extended opening hours during the exam period", "Library Communications", "2025-01-13", (
       "From 27 January to 21 February the main library is open Monday to Friday from 8:00 to 24:00 and on "
       "Saturdays and Sundays from 10:00 to 22:00. Service desks are staffed from 9:00 to 18:00 on weekdays.",
       "Group study rooms can be booked for a maximum of three hours per day via the room booking system. "
       "Please remember to bring your student ID; after 18:00 access is by card only. The branch library at "
       "the Harbour Campus keeps its normal opening hours."),
   tags=("Opening hours",))

_w("t3-survey", TYPO3, "/en/news/detail/how-our-staff-learn-results-of-the-staff-development-survey", "article", 2,
   "How our staff learn: results of the 2024 staff development survey", "Library Communications", "2024-12-05", (
       "In summer 2024 the library asked all staff how they keep their knowledge and skills up to date. 68 of "
       "91 colleagues responded. The summary report is now available (PDF, see below).",
       "Formal courses and conferences remain important, but the survey shows how much learning now happens "
       "informally and online. Three quarters of respondents regularly use webinars, two thirds follow "
       "professional mailing lists, and about half learn from colleagues at other libraries through online "
       "communities and social networks such as Mastodon and LinkedIn. Younger colleagues in particular named "
       "the advice of experienced colleagues, inside and outside the library, as their most important source "
       "of professional guidance.",
       "At the same time, respondents asked for more time for training, better access to conference funding, "
       "and more opportunities for job shadowing in other departments. Some colleagues also reported that they "
       "lack the time to follow professional discussions online during working hours.",
       "Library management will discuss the results with the staff council in January. First measures include "
       "counting participation in webinars and online exchanges as working time and extending the consortium's "
       "e-mentoring programme."),
   tags=("Staff development", "Survey"))

_w("t3-survey-pdf", TYPO3, "/fileadmin/user_upload/bibliothek/staff-development-survey-2024-summary.pdf",
   "document", 2, "Staff Development Survey 2024: Summary Report", "University Library, Staff Development",
   "2024-12-05", (
       "Weserland University of Applied Sciences - University Library",
       "Staff Development Survey 2024: Summary Report",
       "1. Background and method",
       "The survey was carried out from 3 June to 5 July 2024 as an anonymous online questionnaire. 68 of 91",
       "staff members took part (75%). Questions covered formal training, informal learning, the use of online",
       "networks for professional exchange, mentoring, and obstacles to professional development.",
       "2. Key results",
       "Formal training: 82% attended at least one external course or conference in the last two years.",
       "Webinars: 76% watch professional webinars at least several times a year.",
       "Mailing lists: 66% follow at least one professional mailing list; 19% post questions there.",
       "Online networks: 51% use social networks (Mastodon, LinkedIn, others) for professional exchange;",
       "among staff under 35 this figure is 78%.",
       "Mentoring: 29% have had a mentor; of these, 61% found the mentor outside the library, often through",
       "online networks or the consortium's pilot e-mentoring programme.",
       "Most important source of guidance for career questions: experienced colleagues outside the library",
       "(34%), supervisor (27%), colleagues inside the library (22%), online communities (12%).",
       "3. Obstacles",
       "Lack of time (71%), limited funding for conferences (48%), unclear whether online exchange counts as",
       "working time (39%).",
       "4. Recommendations",
       "Recognize webinars and online professional exchange as working time. Extend the e-mentoring programme",
       "to all staff. Provide an internal channel where staff can share what they learn in external networks.",
       "Review conference funding rules.",
   ), tags=("Staff development",))

_w("t3-trainees", TYPO3, "/en/news/detail/welcome-to-our-new-trainees", "article", 1,
   "Welcome to our new trainees", "Library Communications", "2024-09-02", (
       "This September three new trainees start their apprenticeship as media and information services "
       "specialists at the library. Over the next three years they will get to know all departments, from "
       "acquisitions and cataloguing to the service desk and the digitisation centre, and attend vocational "
       "school in Hannover.",
       "Each trainee is accompanied by a colleague from our team, and they will also connect with trainees from "
       "other libraries through the regional trainee network's online group.",
       "We are delighted to welcome them and wish them a good start. You will meet them at the service desk "
       "from October."),
   tags=("Training",))

_w("t3-socialmedia", TYPO3, "/en/news/detail/the-library-is-now-on-mastodon", "article", 0,
   "The library is now on Mastodon", "Library Communications", "2024-04-15", (
       "You can now follow the University Library on Mastodon as well as on Instagram. On both channels we "
       "post news about opening hours, new databases, workshops for students and events in the library.",
       "With Mastodon we want to offer a channel that is independent of the large commercial platforms. Our "
       "account is hosted on the university's own server. Questions sent to the account are answered during "
       "service desk hours; for questions about your account or loans please continue to use the contact form.",
       "We look forward to your follows and boosts!"),
   tags=("Social media",))


# --- LISNet consortium wiki (Wiki.js) ------------------------------------------------------------------------

_w("wiki-mentee", WIKI, "/en/mentoring/mentee-guide", "article", 3,
   "Mentoring Programme: Guide for Mentees", "LISNet Professional Development Group", "2024-02-19", (
       "This page explains how the LISNet mentoring programme works from a mentee's point of view. For mentors, "
       "see the mentor guide. For the programme's history and committee, see the overview page.",
       "## Who can join",
       "Anyone working in a LISNet member library or archive, in any role, who wants guidance from a more "
       "experienced colleague in another institution. You do not need a library degree. About a third of "
       "mentees are paraprofessional staff.",
       "## How matching works",
       "Fill in the short form in the #mentoring channel of the LISNet Slack (pinned message). Tell us what you "
       "want to work on: career direction, a specific skill, moving into management, or 'I'm not sure yet' "
       "(that is fine). The committee matches you with a mentor within about three weeks. If the match doesn't "
       "work out, tell the committee and we will rematch you, no questions asked.",
       "## What to expect",
       "Pairs usually meet by video call once a month for six months. Between calls, most pairs use Slack "
       "direct messages. Some mentees find it useful to keep a shared document with questions and notes. Your "
       "mentor will not do your work for you, but they can help you think through a problem, suggest people to "
       "talk to, review a job application or a presentation, and tell you honestly how things work in other "
       "libraries.",
       "## Group sessions",
       "Every other month there is an open 'mentoring circle' video call for all current mentees and anyone "
       "who has been in the programme before. Each session picks one theme (negotiating salary, dealing with a "
       "difficult supervisor, starting to present at conferences) and peers share what has worked for them. "
       "These are not recorded.",
       "## Beyond the programme",
       "Many mentees say that the most lasting benefit was joining the wider LISNet community: the Slack "
       "channels, the mailing list, and the members who post on Mastodon and Bluesky. See Community channels "
       "for where to find people and how to ask good questions there.",
       "## Frequently asked questions",
       "Can I have more than one mentor? Yes, but only one through the programme at a time. Can I become a "
       "mentor later? Please do. Most of our mentors were mentees once."),
   tags=("mentoring", "programme"))

_w("wiki-channels", WIKI, "/en/community/channels", "article", 2,
   "Community channels", "LISNet Professional Development Group", "2024-06-03", (
       "LISNet members talk to each other in several places. This page lists them with a few rules of thumb.",
       "## Slack workspace",
       "Open to all staff of member institutions. Main channels: #general (announcements), #ask-anything (no "
       "question too small), #mentoring (the mentoring programme), #systems (ILS and discovery), #archives, "
       "#jobs. Experienced colleagues keep an eye on #ask-anything, so if you are new, start there.",
       "## Mailing list",
       "lisnet-l is the official list for announcements and longer discussions. It is archived and searchable, "
       "which makes it the right place for questions whose answers others will want to find later.",
       "## Mastodon and Bluesky",
       "LISNet has accounts on both. Many members post there about their work, conferences and what they are "
       "reading. A starter list of member accounts is maintained by the committee; ask in #general to be added.",
       "## Etiquette",
       "Search before asking. Say what you already tried. Thank people who help you, and come back to answer "
       "someone else's question when you can. Do not post patron information anywhere.",
       "## Administration",
       "The Slack workspace is on the free plan, which means messages older than 90 days are hidden. Important "
       "decisions are therefore recorded on this wiki or on the mailing list. Workspace admins are listed on the "
       "Committee page."),
   tags=("community", "slack"))

_w("wiki-ils", WIKI, "/en/systems/ils-migration/patron-data", "article", 0,
   "ILS migration: patron data", "LISNet Systems Group", "2023-11-28", (
       "This page documents how patron records are extracted, cleaned and loaded during a member library's "
       "migration to the shared ILS.",
       "## Extraction",
       "Export patrons from the legacy system as delimited text with one row per patron. Required fields: "
       "barcode, name, patron type, home branch, expiry date, email. Optional: phone, address, notes. Do not "
       "export circulation history; it is not migrated.",
       "## Cleaning",
       "Run the patron-clean script against the export. It normalizes names and addresses, flags duplicate "
       "barcodes, maps legacy patron types to the shared codes (see the mapping table), and drops records "
       "expired more than three years ago unless they carry fines.",
       "## Loading",
       "Load to the test server first and check 50 random records against the source. Load to production only "
       "after the library signs off. Keep the cleaned file for 90 days, then delete it."),
   tags=("systems", "migration"))

_w("wiki-webinars", WIKI, "/en/webinars", "article", 1,
   "Webinar archive", "LISNet Professional Development Group", "2025-01-08", (
       "Recordings of past LISNet webinars. Members can watch them with their LISNet login.",
       "2024-12: Accessibility audits for library websites. 2024-11: Introduction to linked data for "
       "cataloguers. 2024-10: Building your professional learning network online. 2024-09: Managing difficult "
       "conversations at the service desk. 2024-06: Open access agreements explained. 2024-05: Weeding without "
       "tears. 2024-04: Project management for library staff.",
       "Suggestions for future webinars are welcome in the Slack channel #general or by email to the "
       "Professional Development Group."),
   tags=("webinars",))


# --- Off the Shelves: a podcast about archives and records (Fireside.fm) -------------------------------------

_w("cast-41", CAST, "/41", "article", 3,
   "41: Finding Your People Online, with Aisha Grant", "Off the Shelves", "2024-03-06", (
       "Aisha Grant has been a records manager for twelve years, and she says she learned almost all of it from "
       "strangers on the internet. We talk about how she used forums, a records management subreddit, LinkedIn "
       "groups and, later, a Discord server she now helps moderate to find the guidance she couldn't get at "
       "work, and how she went from asking questions to mentoring newcomers herself.",
       "Topics: starting as an accidental records manager; the forum regular who answered every question she "
       "asked for two years; why she thinks 'networking' is the wrong word; setting up peer mentoring pairs in "
       "the Discord; what she tells people who DM her for career advice; burnout and boundaries when you are "
       "everyone's go-to person.",
       "From the episode: 'I had no one. My boss thought records management was a filing cabinet. So I went "
       "where the records people were, and they were online. The first year I just read. The second year I "
       "asked questions. By the fourth year people were asking me, and I realized somebody had been mentoring "
       "me the whole time, and now it was my turn.'",
       "'The thing about a server like ours is that nobody is assigned to you. You find the three or four "
       "people whose answers you trust, and you keep going back. That's a mentor. It just doesn't have a form.'",
       "Links: the records management Discord (invite in Aisha's profile); Aisha on LinkedIn and on Mastodon; "
       "the association's formal mentoring programme, which Aisha also recommends."),
   tags=("mentoring", "discord", "records management"))

_w("cast-42", CAST, "/42", "article", 0,
   "42: Nitrate Negatives and Other Fire Hazards", "Off the Shelves", "2024-03-20", (
       "A conservator and a photo archivist explain why cellulose nitrate film is dangerous, how to recognize "
       "it, and what to do when you find a box of it in the back of the stacks. Spoiler: do not put it in your "
       "car on a hot day.",
       "Topics: identifying nitrate by edge markings and decay; cold storage and freezers; duplication and "
       "digitization; when to call the fire marshal; the 1978 National Archives vault fire; what a small "
       "historical society can realistically do.",
       "Links: the conservation center's nitrate guide; the film preservation handbook."),
   tags=("preservation", "photographs"))

_w("cast-43", CAST, "/43", "article", 2,
   "43: Retirement, Mentoring, and the Listserv That Raised Me", "Off the Shelves", "2024-04-03", (
       "Dolores Fenn retired last year after 38 years as a university archivist. We talk about what "
       "retirement is actually like (busier than she expected), the collections she is proudest of, and why "
       "she still answers questions on the archives mailing list every week.",
       "Dolores describes learning the job in the 1980s from the very first archives listserv, where she asked "
       "the questions she was embarrassed to ask her boss, and how some of the people who answered became "
       "lifelong mentors she did not meet in person for a decade. Now she mentors three early-career "
       "archivists by email and video call, and has opinions about why the younger generation should not "
       "give up on lists.",
       "We also cover her garden, her late-life conversion to audiobooks, and the time she found a live bat "
       "in a document box.",
       "Links: the archives mailing list; Dolores's retirement talk at the regional meeting."),
   tags=("mentoring", "retirement", "listservs"))

_w("cast-44", CAST, "/44", "article", 1,
   "44: Cataloguing Comics", "Off the Shelves", "2024-04-17", (
       "How do you describe a comic book? By issue, by story arc, by creator? Our guest, a special collections "
       "cataloguer who manages a collection of 40,000 comics and zines, walks us through series versus issue "
       "records, the mess of variant covers, and why creator credits in comics are a nightmare for authority "
       "control.",
       "Topics: series and issue-level records; variant covers; authority control for pseudonymous creators; "
       "zines and the ethics of describing self-published work; the comics cataloguers' Discord where she "
       "picked up most of her tricks; local subject headings.",
       "Links: the comics metadata best practices document; the collection's online finding aids."),
   tags=("cataloguing", "comics"))


# --- First Five Years: a community for new library and archives workers (Circle.so) --------------------------

_w("circle-pod", CIRCLE, "/c/mentoring-pods/anyone-want-to-start-a-peer-mentoring-pod", "post", 3,
   "Anyone want to start a peer mentoring pod?", "Jordan Pike", "2024-09-09", (
       "I'm in year two as a teen services librarian and I'd love a small group of people at the same stage to "
       "check in with. Thinking 4-5 of us, a video call every three weeks, a thread here in between. We take "
       "turns bringing a problem and the others act as mentors for it. No experts needed, that's the point.",
       "Reply or DM me if you're interested. Public, school, academic, archives, all welcome."),
   replies=(
       ("Lucía Ferraro", "Yes! Year one, academic, drowning a little. In."),
       ("Ben Achterberg", "Archives, year three. I did something like this on the old library Discord and it was "
        "the best support I had. Count me in."),
       ("Community Team", "Love this. We've created a private space for the pod; Jordan has the invite link."),
   ), tags=("mentoring",))

_w("circle-ama", CIRCLE, "/c/ask-anything/ama-with-a-library-director-of-20-years", "post", 3,
   "AMA: I've been a library director for 20 years. Ask me anything about careers.", "Gwen Hollis",
   "2024-11-14", (
       "Hi everyone. I direct a mid-sized public library system and have hired a lot of people over the years. "
       "The community team asked if I'd do an AMA about careers for people in their first five years. I'll be "
       "around all week. Ask me about interviewing, moving into management, salary, leaving a toxic job, "
       "whatever. I'll answer honestly."),
   replies=(
       ("Tariq Ahmed", "How do you know when you're ready to apply for a manager job?"),
       ("Gwen Hollis", "When you've already been doing part of the job without the title: scheduling, training "
        "new staff, handling complaints. Apply before you feel ready. Nobody feels ready."),
       ("Mei Lin", "What's a red flag in an interview?"),
       ("Gwen Hollis", "If nobody on the panel can tell you what a good first year in the job looks like. Also "
        "if they ask you to do a big free project as part of the process."),
       ("Sofia Castro", "Did you have a mentor?"),
       ("Gwen Hollis", "Several. Two formal ones through the state association and a dozen informal ones, many "
        "of them people I met on library email lists in the early 2000s. Today I'd tell you to find them here, "
        "in communities like this one. I check in on this community because somebody did it for me."),
   ), tags=("careers", "ama"))

_w("circle-critlib", CIRCLE, "/c/general/tip-the-old-chat-archives-are-gold", "post", 3,
   "Tip: the old chat archives are gold", "Lucía Ferraro", "2024-10-02", (
       "Tip for anyone feeling alone in their job: years of the weekly library Twitter chats are archived. "
       "Reading them is like sitting in on a hundred conversations with experienced librarians about the stuff "
       "nobody teaches you. I've been reading one a night."),
   tags=("tips",))

_w("circle-weeding", CIRCLE, "/c/ask-anything/template-for-a-weeding-policy", "post", 0,
   "Template for a weeding policy?", "Tariq Ahmed", "2024-08-21", (
       "Does anyone have a weeding (deselection) policy they'd be willing to share? Small public library, "
       "board wants a written policy before we weed the nonfiction. CREW-based is fine."),
   replies=(
       ("Mei Lin", "Ours is basically CREW with local exceptions for local history. DMing it to you."),
   ), tags=("collections",))

_w("circle-burnout", CIRCLE, "/c/general/burnout-is-real", "post", 1,
   "Burnout is real", "Sofia Castro", "2024-12-09", (
       "Not looking for advice, just need to say it somewhere. Two coworkers left this fall and weren't "
       "replaced, and I'm covering the desk, programming and the social media accounts. I love this job and I "
       "am so tired. Took a sick day today and spent it on the couch. Grateful for this community, honestly. "
       "Going to bed."),
   replies=(
       ("Jordan Pike", "Sending solidarity. Rest is not a reward you have to earn."),
   ), tags=("wellbeing",))

_w("circle-interview", CIRCLE, "/c/ask-anything/interview-prep-what-helped-you-land-your-first-job", "post", 2,
   "Interview prep: what helped you land your first job?", "Mei Lin", "2024-07-30", (
       "I have my first interview for a professional position next week (academic, instruction librarian). "
       "For those of you who got hired recently, or who hire: what actually helped you prepare? I'm also "
       "supposed to do a 15-minute teaching demo and I'm terrified."),
   replies=(
       ("Ben Achterberg", "A mock interview with someone who has sat on hiring panels. I asked in this community "
        "and two people volunteered. It made a huge difference."),
       ("Gwen Hollis", "Director here. For the demo: teach one thing well, not five things quickly. Prepare "
        "for 'tell me about a time you failed' with a real failure. And ask them what support new staff get."),
       ("Lucía Ferraro", "Record yourself doing the demo. Painful, but it works."),
       ("Mei Lin", "Update: I got the job! Thank you all so much."),
   ), tags=("careers", "interviews"))


# --- Crate: a Lobsters-like link aggregator for library and archives technologists -------------------------

_w("crate-glam", LINKS, "/s/k3v9qp/mastodon_server_for_glam_workers_passes_10", "post", 1,
   "Mastodon server for GLAM workers passes 10,000 accounts", "halvard", "2024-01-22", (
       "The admins' blog post covers hosting costs (now about $600 a month, donor-funded), the move to "
       "object storage for media, how they handle moderation with twelve volunteers, and their decision to "
       "limit federation with a few large servers.",
       ),
   replies=(
       ("rdaniels", "Impressive that it's still volunteer-run. Media storage is what kills small instances."),
       ("ksm", "The moderation section is the interesting part. Twelve mods for 10k users is a good ratio."),
       ("mpena", "For what it's worth, half of what I know about digital preservation I picked up from people "
        "on that server."),
       ("halvard", "Their object storage write-up is worth reading on its own if you run an instance."),
   ), tags=("fediverse", "hosting"))

_w("crate-slack", LINKS, "/s/w81rbt/mentoring_juniors_over_slack_what_worked", "post", 1,
   "Mentoring juniors over Slack: what worked for our remote team", "ksm", "2023-10-05", (
       "A software team lead writes about onboarding three junior developers remotely: a dedicated help "
       "channel with a no-judgement rule, pairing sessions over video, written weekly goals, and a rotating "
       "'buddy' who answers questions for a week.",
       ),
   replies=(
       ("rdaniels", "The rotating buddy is clever. Spreads the load and nobody becomes the bottleneck."),
       ("tess_b", "Same ideas work in libraries, for what it's worth. Our systems team onboards new staff with "
        "a help channel and it beats the old binder."),
       ("ksm", "The written weekly goals are underrated. Makes async mentoring possible."),
   ), tags=("practices",))

_w("crate-marc", LINKS, "/s/q7ddx2/fine_tuning_a_small_language_model_on_marc", "post", 0,
   "Fine-tuning a small language model on MARC records", "mpena", "2024-06-11", (
       "A cataloguing department tried fine-tuning a small open model on 200k of their own MARC records to "
       "suggest subject headings. Precision was fine for common topics and bad for everything else; they are "
       "keeping a human in the loop. Code and evaluation notebook linked.",
       ),
   replies=(
       ("halvard", "Would love to see how it does against plain nearest-neighbour on the existing records."),
       ("mpena", "Appendix B has that comparison. kNN wins on rare headings."),
   ), tags=("ml", "metadata"))

_w("crate-listservs", LINKS, "/s/h2nx5c/why_library_listservs_refuse_to_die", "post", 3,
   "Why library listservs refuse to die", "tess_b", "2024-04-29", (
       "Essay by an academic librarian on why email lists are still where many librarians and archivists go "
       "for advice from more experienced colleagues: they are archived, searchable and slow, and the slowness "
       "invites considered answers. Compares her experience asking for career guidance on a list, in a Slack "
       "and on Mastodon.",
       ),
   replies=(
       ("rdaniels", "Agree with most of it. The list I learned on had three or four old hands who answered "
        "everything thoughtfully. They were my mentors before I knew the word. Slack has never given me that."),
       ("ksm", "Counterpoint: lists are terrible for newcomers. You have to know the culture before you dare "
        "post. The Discord I help run has a #newbies channel where asking is the expected thing."),
       ("tess_b", "I think that's fair, and it's in the essay: lists are good for the answer, chat is good for "
        "the courage to ask."),
       ("mpena", "The archive point is underrated. Half my learning on the archives list was reading ten-year-"
        "old threads."),
   ), tags=("community", "email"))

_w("crate-starter", LINKS, "/s/b5tm0e/bluesky_starter_packs_for_librarians", "post", 2,
   "Bluesky starter packs for librarians and archivists", "rdaniels", "2024-11-19", (
       "A librarian has collected the Bluesky starter packs for library and archives people (cataloguing, "
       "digital humanities, school libraries, archives, library tech) so newcomers can rebuild their "
       "professional feeds after leaving Twitter.",
       ),
   replies=(
       ("tess_b", "This is how I found most of the people I used to learn from on Twitter. Two days in and my "
        "feed is half useful again."),
       ("halvard", "Would be nice if these were exportable to the fediverse side too."),
   ), tags=("bluesky",))

_w("crate-netneutrality", LINKS, "/s/z4jj81/public_libraries_as_isps", "post", 0,
   "Public libraries as ISPs: a rural network build", "halvard", "2023-08-14", (
       "A rural library system built a fixed wireless network to bring broadband to patrons' homes, with grant "
       "money and the county's water towers. Write-up covers the radio gear, the backhaul, the network "
       "neutrality policy the board adopted, and costs per household.",
       ),
   replies=(
       ("ksm", "Water towers as tower sites is a great hack."),
       ("mpena", "The per-household cost is lower than I expected."),
   ), tags=("networking",))


# --- the pages that are not works: (host, path, kind), each graded 0 ------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (WP, "/", "home"), (WP, "/page/2/", "listing"), (WP, "/category/professional-life/", "category"),
    (WP, "/tag/mentoring/", "tag"), (WP, "/tag/mastodon/", "tag"), (WP, "/?s=mentor", "search"),
    (WP, "/author/marisol/", "profile"), (WP, "/about/", "about"), (WP, "/contact/", "contact"),
    (WP, "/2017/05/05/hello-world/", "error"),
    (HUGO, "/", "home"), (HUGO, "/posts/", "listing"), (HUGO, "/tags/", "listing"), (HUGO, "/tags/mentoring/", "tag"),
    (HUGO, "/categories/reflections/", "category"), (HUGO, "/about/", "about"),
    (GROUPS, G, "home"), (GROUPS, G + "/topics", "listing"), (GROUPS, G + "/hashtag/mentoring", "tag"),
    (GROUPS, G + "/search?q=mentor", "search"),
    (PLOS, "/libsci/", "home"), (PLOS, "/libsci/browse/professional_development", "category"),
    (PLOS, "/libsci/search?q=mentoring", "search"), (PLOS, "/libsci/s/journal-information", "about"),
    (PLOS, "/libsci/s/contact", "contact"),
    (HYRAX, "/", "home"), (HYRAX, "/catalog?q=mentoring&search_field=all_fields", "search"),
    (HYRAX, "/catalog?f%5Bkeyword_sim%5D%5B%5D=Mentoring&locale=en", "tag"),
    (HYRAX, "/collections/9z903031c", "listing"), (HYRAX, "/users/rcaldwell-at-ridgeway-dot-edu", "profile"),
    (HYRAX, "/about", "about"), (HYRAX, "/contact", "contact"),
    (TYPO3, "/en/", "home"), (TYPO3, "/en/news", "listing"), (TYPO3, "/en/news/category/staff-development", "category"),
    (TYPO3, "/en/search?tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=mentoring", "search"),
    (TYPO3, "/en/contact", "contact"), (TYPO3, "/en/about-the-library", "about"),
    (TYPO3, "/en/news/detail/summer-school-on-research-data-2019", "error"),
    (WIKI, "/", "home"), (WIKI, "/t", "listing"), (WIKI, "/t/mentoring", "tag"), (WIKI, "/en/about", "about"),
    (CAST, "/", "home"), (CAST, "/about", "about"), (CAST, "/hosts/nadia-brooks", "profile"),
    (CAST, "/tags/mentoring", "tag"),
    (CIRCLE, "/", "home"), (CIRCLE, "/c/mentoring-pods", "category"), (CIRCLE, "/c/ask-anything", "category"),
    (CIRCLE, "/c/general", "category"), (CIRCLE, "/u/3f9a21c7", "profile"), (CIRCLE, "/search?query=mentor", "search"),
    (CIRCLE, "/members", "listing"),
    (LINKS, "/", "home"), (LINKS, "/newest", "listing"), (LINKS, "/t/community", "tag"), (LINKS, "/u/tess_b", "profile"),
    (LINKS, "/search?q=mentor&what=stories&order=relevance", "search"), (LINKS, "/about", "about"),
    (LINKS, "/s/aa00zz/how_we_run_our_reading_group", "error"),
]
