"""Web 19's texts and labels, written before its pages were built
(:mod:`tests.labelled_web19` builds the pages from them).

``WORKS`` maps a key to a :class:`Work` (its host, path, kind and grade,
and what it says); ``OTHER`` lists the pages that are not works as
``(host, path, kind)``, all graded 0. Grades: 3 about the topic throughout,
2 about it in good part, 1 a passing mention, 0 nothing. A paragraph that
starts with ``## `` is a section heading; a forum thread's or a podcast
transcript's paragraphs start with their speaker and a colon.
"""

from __future__ import annotations

from dataclasses import dataclass

BOOK = "learningnetworks.example"       # Hugo Book: a section's handbook
SIMPLE = "inkandindex.example"          # Jekyll So Simple: a student's blog
LANYON = "quietstacks.example"          # Jekyll Lanyon: a retiree's blog
PUNBB = "archivistsboard.example"       # punBB: a forum
SAGE = "journals.lipractice.example"    # a SAGE-like journal
CALAMEO = "docshelf.example"            # a Calameo-like document host
BB = "learn.northfield.example"         # a Blackboard public course
BARTIK = "prairielibraries.example"     # Drupal 9 Bartik: an association's news
BEAVER = "shelfwise.example"            # WordPress with Beaver Builder: a vendor
CAST = "stacksandsignals.example"       # Simplecast: a podcast

HOSTS = (BOOK, SIMPLE, LANYON, PUNBB, SAGE, CALAMEO, BB, BARTIK, BEAVER, CAST)


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


def _add(key: str, work: Work) -> None:
    assert key not in WORKS, key
    WORKS[key] = work


# --- Hugo Book: the Early Career Section's handbook ------------------------------------------------

_add("book-pln", _w(BOOK, "/docs/getting-started/what-is-a-pln/", "article", 3,
    "What is a personal learning network?", "Early Career Section", "2024-09-16", [
    "A personal learning network, or PLN, is simply the set of people you learn from and with outside of formal "
    "training. For most archivists and records managers starting out, it begins by accident: a supervisor who "
    "answers questions generously, a classmate who forwards job ads, a stranger on a mailing list who explains "
    "how to describe a collection that does not fit the standard.",
    "This handbook argues that it is worth building that network on purpose. Our field is small and scattered. "
    "Many of us are the only archivist in a county, a hospital, a religious order or a company. The colleague "
    "who has solved your problem before probably works three hundred miles away, and the way you will meet them "
    "is online.",
    "## Three layers",
    "It helps to think of a learning network in three layers. The inner layer is two or three people you trust "
    "enough to ask anything, including the questions you are embarrassed to ask: mentors, in the old sense, and "
    "close peers. The middle layer is a few dozen people whose work you follow and who recognise your name, "
    "found in a Slack workspace, a Discord server, a regional listserv or on Mastodon. The outer layer is "
    "everything you read and watch: blogs, recorded webinars, hashtags, the occasional conference live-post.",
    "People usually move from the outer layer inward. You read someone's posts for a year, reply to one, end up "
    "on a panel with them, and one day they are the person you call before a job interview.",
    "## What a learning network is not",
    "It is not a follower count, and it is not a replacement for training or a salary. It also should not be "
    "the only place you get support: platforms close, communities drift, and the people who carried a chat for "
    "years get tired. Spread your network over more than one place.",
    "The next pages cover finding a mentor online, the platforms our members actually use, and how to take part "
    "without burning out.",
], ("learning networks", "mentoring")))

_add("book-mentor", _w(BOOK, "/docs/getting-started/finding-a-mentor-online/", "article", 3,
    "Finding a mentor online", "Early Career Section", "2024-09-16", [
    "Formal mentoring schemes are excellent when you can get into one, but places are limited and the matching "
    "is often by region rather than by the kind of work you do. Most of the members we surveyed found at least "
    "one of their mentors informally, and more than half of those first met that person online.",
    "## Start by being useful in public",
    "Nobody wants to receive a cold message that says \"will you be my mentor?\" What works better is a record "
    "of small exchanges. Answer a question on the listserv that you do know the answer to. Share the finding aid "
    "template you made. Reply to a post with a genuine follow-up question. Experienced colleagues notice the "
    "people who show up.",
    "## Ask for something specific",
    "When you do reach out, ask for one concrete thing: twenty minutes on a call about moving from a project "
    "post to a permanent one, or a look at your cover letter for a records manager role. A specific request is "
    "easy to say yes to. If the conversation goes well, ask whether you could check in again in a couple of "
    "months. Many mentoring relationships are never named as such; they are just a series of check-ins that "
    "keep happening.",
    "## Peer and group mentoring",
    "Do not overlook peers. Several members run small mentoring circles of four to six people at a similar "
    "career stage who meet monthly on a video call and keep a shared channel going in between. A circle "
    "usually invites a more senior guest once a term. It spreads the work, and you get the candid answers that "
    "only people in the same position give each other.",
    "## Being a mentor",
    "If you have five years in the field you already know things a new graduate needs. Say in your profile on "
    "the section's Slack that you are open to questions. Mentoring online is a two-way street: the people you "
    "mentor will show you tools and conversations you would never have found.",
], ("mentoring",)))

_add("book-fedi", _w(BOOK, "/docs/platforms/mastodon-and-bluesky/", "article", 3,
    "Mastodon and Bluesky", "Early Career Section", "2025-01-20", [
    "Since 2023 a good part of the archives conversation that used to happen on Twitter has moved to Mastodon "
    "and, more recently, Bluesky. Neither has fully replaced the old hashtag culture, but both are now where "
    "many of us ask quick questions and find people to learn from.",
    "On Mastodon, pick a server run by people in the cultural heritage sector if you can; your local timeline "
    "becomes a constant stream of colleagues. Follow hashtags such as #archives, #recordsmanagement and "
    "#digipres, and write an #introduction post that says what kind of work you do and what you would like to "
    "learn. People there answer introductions.",
    "On Bluesky, the starter packs assembled by members are the quickest way to find archivists, "
    "conservators and records managers. Custom feeds collect posts on archives careers and on digital "
    "preservation questions.",
    "Whichever you use, the advice is the same as everywhere: reply, thank people, and share what you learn. A "
    "question asked in public with a clear description gets better answers than a private message to someone "
    "you admire, and the answers help the next newcomer who searches for them.",
], ("mastodon", "bluesky")))

_add("book-lists", _w(BOOK, "/docs/platforms/mailing-lists/", "article", 2,
    "Mailing lists", "Early Career Section", "2024-10-02", [
    "Mailing lists are old and unglamorous and still one of the best places to learn. The regional archives "
    "list and the national records management list both have long memories: a question you ask today may be "
    "answered by someone who solved the same problem in 2009.",
    "## Subscribing and settings",
    "Most lists run on LISTSERV or on a Groups.io group. Choose the daily digest if you are on more than two "
    "lists; otherwise your inbox fills quickly. Set up a filter that moves list mail into its own folder. If you "
    "change jobs, update your subscription address before your old account is closed, or your messages will "
    "bounce and you may be unsubscribed automatically.",
    "## Etiquette",
    "Use a clear subject line. Reply to the list only when your answer is useful to everyone, and off-list "
    "for thanks. Do not send attachments; link to them instead. Quote only the part you are answering.",
    "## Learning from a list",
    "New members tell us the lists were where they first understood how experienced colleagues think through a "
    "problem. Several met their mentors there after an off-list reply turned into a phone call. Lurking is fine "
    "for a while, but the learning really starts when you post.",
], ("mailing lists",)))

_add("book-revision", _w(BOOK, "/posts/2025-03-revision-notes/", "post", 1,
    "Revision notes, March 2025", "Early Career Section", "2025-03-04", [
    "This revision moves the handbook to a new theme with a searchable sidebar and fixes the broken links "
    "reported since the autumn.",
    "Changes: the chapter on processing backlogs has new examples; the appendix on file formats now covers "
    "audio; the page on mentoring adds a short note on group mentoring circles; typos fixed throughout.",
    "The site is now built automatically when a change is merged, so corrections appear within minutes. "
    "Thank you to everyone who opened an issue.",
], ("handbook",)))

_add("book-call", _w(BOOK, "/posts/2024-10-call-for-contributors/", "post", 1,
    "Call for contributors", "Early Career Section", "2024-10-21", [
    "We are looking for three or four members to help write the next part of the handbook, on appraisal and "
    "on working with donors.",
    "You do not need to be an expert; you need to have done the work recently and be willing to write about "
    "what surprised you. Drafts are reviewed by two section officers. Contributors are credited on each page "
    "and may count the work toward the section's volunteer recognition.",
    "The chapters already written on learning networks and mentoring came from exactly this kind of call. "
    "Drafts are due by the end of January. Reply on the section's list or open an issue in the repository.",
], ("handbook",)))

# --- Jekyll So Simple: an MLIS student's blog ----------------------------------------------------------

_add("simple-mentor", _w(SIMPLE, "/mlis/mentor-program-week-one/", "post", 3,
    "I have a mentor now (week one)", "Marisol Quintero", "2024-10-08", [
    "Okay so this semester I signed up for the mentoring program our student chapter runs, and I honestly did "
    "not expect much. You fill out a form, they match you with a working librarian, and then it is up to the "
    "two of you. My classmate got matched last year and her mentor ghosted after one email.",
    "Mine did not ghost! She is an academic librarian in another state, about twelve years in, and she sent me "
    "a LinkedIn connection request the same day the match went out with a note that said \"no such thing as a "
    "dumb question, I mean it.\"",
    "We did a thirty-minute video call on Thursday. Things I asked about: whether I should do the archives "
    "concentration or the instruction one (her answer: take the class that scares you more), how she found her "
    "first job (a posting someone shared in a Slack she was in), and whether it is weird to comment on "
    "strangers' posts on LinkedIn (no, but say something real).",
    "The thing that stuck with me was when she said she still has mentors. She has a group chat with four "
    "librarians she met on Twitter years ago and they still send each other drafts of everything. She called it "
    "her board of directors.",
    "Homework from my mentor, which I am writing down here so I actually do it: join one professional list and "
    "read it for a month, follow ten people on Bluesky who do work I want to do, and write one post here about "
    "something I learned. Done with the last one, I guess.",
    "We meet again in three weeks. I will report back.",
], ("mentoring", "linkedin")))

_add("simple-chat", _w(SIMPLE, "/mlis/my-first-twitter-chat/", "post", 3,
    "My first chat (it was chaos, I loved it)", "Marisol Quintero", "2024-11-14", [
    "Last night I joined my first live chat, on Bluesky, for new info professionals. The way it works: a "
    "moderator posts a question every ten minutes, Q1, Q2 and so on, and everyone answers with A1, A2 and the "
    "hashtag so you can follow along in a custom feed.",
    "The questions were about getting through the first year of a job. I mostly read. People who had been "
    "working for decades answered side by side with students, and nobody was talking down to anybody. One "
    "school librarian said the best advice she ever got came from a reply to a chat question at 11pm.",
    "I answered Q4 (what do you wish you had known?) with something about asking for feedback early, and three "
    "people I had never met followed me afterwards. One of them offered to look at my resume. I said yes. Of "
    "course I said yes.",
    "It is a strange way to meet your professional community, through an hour of fast posts with a hashtag, but "
    "I think I get now why people love it.",
], ("bluesky", "chats")))

_add("simple-catalog", _w(SIMPLE, "/mlis/cataloging-is-hard/", "post", 0,
    "Cataloging is hard and I have a lot of feelings about it", "Marisol Quintero", "2024-09-22", [
    "Week four of Organization of Information and I have now spent two hours deciding whether a book of essays "
    "about bread has a statement of responsibility that includes the photographer.",
    "We are learning RDA with MARC on the side, which means I am holding two vocabularies in my head at once. "
    "245, 264, 300, 336, 337, 338. The 33X fields are content type, media type and carrier type, and I only "
    "understood the difference when our instructor brought in a vinyl record, a USB stick and a print book and "
    "made us describe all three.",
    "I do actually like it? It is like a puzzle where every piece comes with a rulebook. But I can see why "
    "people say cataloging is a specialty. Next week is subject headings, which I am told is where it gets "
    "philosophical.",
], ("coursework",)))

_add("simple-interviews", _w(SIMPLE, "/mlis/informational-interviews/", "post", 2,
    "Informational interviews, and the resume that came out of them", "Marisol Quintero", "2025-02-03", [
    "Job search season has officially started for me. I graduate in May and I have been told by everyone that "
    "spring is when academic libraries post.",
    "My mentor suggested informational interviews, so I looked up alumni from my program on LinkedIn who work "
    "in archives and special collections and sent short messages to eight of them. Five answered. Four said "
    "yes to a call. That ratio blew my mind.",
    "What I learned: two of them said the cover letter matters more than the resume; one said the opposite. "
    "All four said to look at the org chart before applying so you know who you would report to. One said "
    "she was happy to keep in touch and that I could ask her about offers later. I am absolutely taking her up "
    "on that.",
    "Now the resume. I went from two pages to one. I moved my practicum to the top, cut the retail job down to "
    "one line, and stopped using a template with columns because apparently applicant tracking systems "
    "scramble them. I also made a proper PDF instead of exporting from a slideshow app (I know).",
    "I have three applications out. Fingers crossed.",
], ("career",)))

_add("simple-conf", _w(SIMPLE, "/mlis/conference-recap-spring/", "post", 1,
    "Spring conference recap", "Marisol Quintero", "2025-04-12", [
    "I went to my first state conference! The student rate was sixty dollars and I volunteered at registration "
    "for a morning to get lunch covered.",
    "Best sessions: a public library director talking about weeding without making the local newspaper, a "
    "panel on makerspaces that were built and then quietly closed, and a very funny talk on writing grant "
    "reports that funders actually read.",
    "I finally met in person two people I had only known from the student Discord, which was surreal in the "
    "best way.",
    "The exhibit hall was mostly vendors of self-checkout machines and furniture. I now own four tote bags and "
    "a stress ball shaped like a book.",
], ("conferences",)))

# --- Jekyll Lanyon: a retired reference librarian's blog ------------------------------------------------

_add("lanyon-forty", _w(LANYON, "/2024/02/11/forty-years-of-being-mentored/", "post", 3,
    "Forty years of being mentored", "Harold Pennick", "2024-02-11", [
    "A former colleague asked me last month, in a message on Mastodon of all places, who my mentors had been. "
    "I started to write a reply and it turned into this post, because the answer turns out to be a small "
    "history of how librarians have taught each other over four decades.",
    "My first mentor was Mrs. Adeline Corr, head of reference at the county library where I started in 1983. "
    "Mentoring in those days was not a program. It was proximity. I sat at the desk next to her for two years "
    "and watched how she handled people: the man who wanted every newspaper mention of his grandfather, the "
    "student who had left her paper until the night before. She would pass me a note on a slip of catalogue "
    "card with the name of a reference book and nothing else. I still have a shoebox of those slips.",
    "When I moved to a university library in 1988 I lost the desk next to hers, and for the first time I "
    "understood that I would have to go looking for people to learn from. I wrote letters. Real letters, to "
    "librarians whose articles I had read, asking how they organised their ready reference collection or what "
    "they thought of a new index. About half of them wrote back. Two became friends for life. One, a business "
    "librarian in Ohio, sent me a carbon copy of her pathfinders every year until she retired.",
    "Then came the lists. I joined my first electronic mailing list in 1992, on a terminal in the systems "
    "office, and I remember the feeling of reading a question from a librarian in Australia answered overnight "
    "by one in Norway. It is hard to convey now how astonishing that was. The lists were where I learned most of "
    "what I know about government documents after the depository rules changed, and where younger colleagues "
    "started writing to me off-list to ask for advice. I think that was the first time I realised I had become "
    "somebody's mentor without anyone telling me.",
    "The blog years, roughly 2004 to 2012, were a kind of golden age for a certain kind of librarian. People "
    "wrote long posts about their practice, and other people wrote long comments. I kept a little reference blog "
    "for a while. A young instruction librarian in Oregon argued with nearly every post and I learned more from "
    "her than from any workshop I attended. We met in person once, at a conference in 2009, and have exchanged "
    "Christmas cards ever since.",
    "I came late to Twitter and never quite got the rhythm of it, but I will say this: the chats were "
    "wonderful for new people. I watched students who could not have afforded a conference trip ask questions of "
    "library directors in real time, and get answers. Several of my later student workers found their first "
    "jobs through people they met in those hashtags.",
    "Now I am retired, and most of the people I learn from are on Mastodon, where a few dozen librarians and "
    "archivists of all ages share what they are reading and ask each other questions. I answer the occasional "
    "question about the history of a reference source, and young librarians show me tools I did not know "
    "existed. One of them taught me how to use a citation manager last spring. The teaching runs both ways "
    "now, and perhaps it always did.",
    "If I have a lesson, it is that the medium kept changing and the thing itself did not. A mentor is somebody "
    "who takes your question seriously and answers it a little more generously than they have to. Mrs. Corr did "
    "it with a card slip. You can do it with a reply.",
], ("mentoring", "memoir")))

_add("lanyon-email", _w(LANYON, "/2024/04/03/mentoring-by-email-in-retirement/", "post", 3,
    "Mentoring by email in retirement", "Harold Pennick", "2024-04-03", [
    "Since I wrote about my mentors, four people have written to ask whether I would be theirs. I have said "
    "yes to two, with conditions, and I thought I would set down how it is going.",
    "We do it almost entirely by email. I am not good on video calls and I find I think better on paper. Each "
    "of them writes to me once a month with whatever is on their mind: a difficult patron, a job they are "
    "thinking of applying for, a manager who will not delegate. I answer within the week. Once a term we have a "
    "telephone call.",
    "One of them is a newly qualified law librarian; the other is in her second year at a small college. They "
    "do not know each other, but both have asked me what I would have done differently. My answer to both has "
    "been to find peers as well as elders, and I introduced them to a Slack group for solo librarians that a "
    "former colleague moderates.",
    "It turns out you can mentor perfectly well from a kitchen table with a cup of tea. The only thing I miss "
    "is being able to hand someone the book.",
], ("mentoring",)))

_add("lanyon-note", _w(LANYON, "/2024/09/02/a-short-note/", "post", 3,
    "A short note", "Harold Pennick", "2024-09-02", [
    "A former mentee posted on Mastodon this morning that she has been made head of reference, and thanked "
    "\"everyone in this timeline who answered my questions at midnight.\" I have been smiling all day. That "
    "is how it is supposed to work.",
], ("mentoring",)))

_add("lanyon-warblers", _w(LANYON, "/2024/05/19/warblers-at-the-reservoir/", "post", 0,
    "Warblers at the reservoir", "Harold Pennick", "2024-05-19", [
    "Out at six this morning with the local bird club. The reservoir path was quiet apart from the warblers, "
    "which are back in numbers: yellow, chestnut-sided, and one black-throated blue that sat still long enough "
    "for the whole group to get a look.",
    "Our leader keeps a notebook going back to 1979 and says the spring arrivals are nine days earlier on "
    "average than when he started. I believe him. My own records, kept far less carefully, say about a week.",
    "Home by ten for coffee and toast. My knees report that they did not enjoy the stile.",
], ("birds",)))

_add("lanyon-lan", _w(LANYON, "/2024/06/30/the-network-we-built-in-1994/", "post", 0,
    "The network we built in 1994", "Harold Pennick", "2024-06-30", [
    "Going through old files I found the plan for the library's first local area network, drawn on graph "
    "paper by our systems librarian in the spring of 1994. Thirty-two workstations, thin Ethernet coaxial "
    "cable looped from desk to desk, and a Novell NetWare file server in a cupboard that had been the map "
    "room.",
    "Before that, the online catalogue ran on dumb terminals wired directly to the minicomputer, and a CD-ROM "
    "tower served the indexes to two stations in reference, one at a time. The new network let every "
    "workstation reach the CD-ROMs, the catalogue and, via a single modem pool, the internet.",
    "It failed constantly. Coaxial networks of that kind went down entirely when a single terminator was "
    "loose, and the students soon learned that unplugging one at the end of a row brought the whole floor to a "
    "stop. We switched to twisted pair in 1997 and I do not think anybody missed the old cable.",
], ("history", "technology")))

_add("lanyon-lunch", _w(LANYON, "/2024/08/14/the-retirement-lunch/", "post", 1,
    "The retirement lunch", "Harold Pennick", "2024-08-14", [
    "Two years late, because of one thing and another, my old department finally held the retirement lunch "
    "they had promised me. Twelve people at the Italian place on Fourth Street, which has not changed its menu "
    "since about 1990.",
    "There were speeches, mercifully short. Someone had found the photograph of the reference desk in the snow "
    "of 1996, when three of us slept in the building. The dean sent a card.",
    "A young man I trained as a student worker in 2010, now a librarian in Vancouver, sent a LinkedIn message "
    "to be read out, which was very kind and made me blush.",
    "I had the lasagne. It was exactly as I remembered.",
], ("retirement",)))

# --- punBB: an archivists' forum ---------------------------------------------------------------------

_add("punbb-listserv", _w(PUNBB, "/viewtopic.php?id=112", "post", 3,
    "Found a mentor through the listserv. How do you keep it going?", "reelbox", "2025-01-09", [
    "reelbox: A few months ago I asked a question on the regional list about rehousing nitrate negatives and "
    "a senior conservator answered off-list. We have since had three calls and she has basically become my "
    "mentor, though neither of us has said the word. How do you keep something like that going without "
    "pestering the person? I am a lone arranger at a historical society and she is the only person I can ask.",
    "MargeryK: Ask her. Seriously. Say you have valued the calls and would like to keep talking every couple "
    "of months, and ask what works for her. Most of us who mentor like knowing where we stand.",
    "dustjacket: Bring something each time. Not a gift, a question or a small result. \"I tried what you "
    "suggested and here is what happened\" is the best thing a mentor can hear.",
    "reelbox: That is really helpful, thank you both. I think I have been worried about taking up her time.",
    "oldprovenance: I have mentored people I met on lists for twenty years. Your instinct to worry is a good "
    "sign, but she answered you off-list for a reason. Also consider a peer group: there is a monthly call for "
    "lone arrangers organised through the section's Slack, and those people will be your colleagues for the "
    "next thirty years.",
], ("mentoring",)))

_add("punbb-discord", _w(PUNBB, "/viewtopic.php?id=118", "post", 3,
    "Discord server for early-career processing archivists", "tinfoilbox", "2025-02-02", [
    "tinfoilbox: Some of us who met in a processing workshop last year started a Discord server for people in "
    "their first five years of processing work. Channels for finding aids, for job hunting and salaries, for "
    "venting, and a weekly voice chat where someone more experienced drops in to answer questions. About 140 "
    "members now. Invite link in my signature, mods are me and two others.",
    "MargeryK: I dropped into one of the voice chats as the guest and had a great time. Good questions. I "
    "would happily do it again.",
    "vellum_and_void: Joined last week and have already had two people look at my processing plan. Thank you "
    "for doing this.",
    "oldprovenance: This is what the lists were for us. Glad it exists.",
], ("discord", "peer support")))

_add("punbb-twitter", _w(PUNBB, "/viewtopic.php?id=121", "post", 2,
    "Is Twitter/X still worth it for archivists?", "dustjacket", "2025-02-20", [
    "dustjacket: Our institutional account has been on Twitter since 2011 and the board wants to know whether "
    "we should keep posting. Engagement is down by about two thirds. Personally I left last year.",
    "MargeryK: For the institution, we moved most of our outreach to Instagram and a newsletter. Our "
    "followers on X were mostly bots by the end. Keep the handle so nobody squats it.",
    "reelbox: For me personally X used to be where I learned from other archivists. The archives chat and "
    "the digital preservation crowd taught me most of what I know. Now that learning mostly happens on "
    "Mastodon and in Slack, and I miss the serendipity of the old hashtags.",
    "tinfoilbox: Same. Early in my career I found two mentors through replies on Twitter. I do not think a "
    "new archivist would have that experience there now, which is sad.",
    "dustjacket: Thanks all. I will suggest we archive the account and put the time into the newsletter.",
], ("twitter",)))

_add("punbb-mold", _w(PUNBB, "/viewtopic.php?id=97", "post", 0,
    "Mold on a donated scrapbook", "vellum_and_void", "2024-11-18", [
    "vellum_and_void: A donor brought in a scrapbook from a damp basement and there is white fuzzy growth "
    "along the gutter of about ten pages. What do I do first?",
    "MargeryK: Isolate it now, in a sealed bag away from the stacks. Do not try to brush it off indoors. If it "
    "is active (soft, smeary) you want it dried first; if dormant (powdery), a HEPA vacuum through a screen, "
    "outside or in a fume hood, with a respirator.",
    "oldprovenance: And write down what you saw and when, for the accession record. Call a conservator if "
    "there is any staining on the photographs.",
], ("preservation",)))

_add("punbb-salary", _w(PUNBB, "/viewtopic.php?id=104", "post", 1,
    "Salary survey results are out", "oldprovenance", "2024-12-05", [
    "oldprovenance: The national salary survey is out. Median for archivists is up 4 percent on the last "
    "survey, which after inflation is roughly flat. Lone arrangers still earn the least; government archives "
    "still pay best.",
    "tinfoilbox: The gap between project posts and permanent ones is the thing that jumps out at me.",
    "reelbox: I took the survey to my director, along with advice from my mentor about how to frame it, and "
    "got a regrade. It can work.",
], ("salaries",)))

_add("punbb-network", _w(PUNBB, "/viewtopic.php?id=125", "post", 0,
    "Network drive permissions for the reading room PCs", "dustjacket", "2025-03-01", [
    "dustjacket: Our IT department wants to put the reading room computers on the same network as staff "
    "machines, with read-only access to a shared drive of access copies. Anyone done this? I am worried about "
    "patrons browsing folders they should not see.",
    "tinfoilbox: We did exactly this. Put the access copies in their own share and map only that share on the "
    "public machines, with a separate login that has no rights anywhere else. Ask IT to block USB storage too.",
    "dustjacket: A separate share. Obvious once you say it. Thank you.",
], ("it",)))

# --- a SAGE-like journal --------------------------------------------------------------------------

_add("sage-distance", _w(SAGE, "/doi/full/10.1177/09610006251104321", "journal-article", 3,
    "Mentoring at a distance: How early-career archivists use online networks for advice and professional "
    "learning", "Ngozi Okafor; Tomás Reyes-Lindqvist", "2025-06-12", [
    "## Abstract",
    "Early-career archivists often work alone or in small teams, far from experienced colleagues. This study "
    "asks where they turn for advice and professional learning, and how online networks shape those "
    "relationships. We surveyed 412 archivists in their first seven years of practice and interviewed 24 of "
    "them. Most respondents reported at least one mentor-like relationship that began online, on a mailing "
    "list, a microblogging platform or a community chat server, and most combined several sources of advice. "
    "Informal relationships were valued more highly than formal schemes for everyday questions, while formal "
    "schemes were preferred for career decisions. We discuss implications for professional associations that "
    "design mentoring programmes.",
    "## Introduction",
    "Mentoring has long been treated in library and information science as a formal relationship between a "
    "senior and a junior professional, usually within one institution or arranged by an association. A "
    "substantial literature evaluates such programmes. Less attention has been paid to the informal, often "
    "diffuse ways in which new professionals seek guidance, and in particular to the role that social media and "
    "other online networks have come to play in them.",
    "Archivists are a useful population in which to study these questions. The profession is small; many "
    "archivists are lone arrangers in historical societies, religious institutions, businesses and local "
    "government; and the knowledge they need is often highly specific, tied to particular formats, "
    "collections or legal regimes. For such practitioners the nearest person able to answer a question may be "
    "hundreds of kilometres away.",
    "The literature on personal learning networks offers a second lens. Educators have described how teachers "
    "assemble networks of peers and experts across platforms to support their own learning, and how "
    "participation moves from reading to contributing over time. We ask whether early-career archivists "
    "describe similar networks, and how mentoring, in a more or less formal sense, is embedded within them.",
    "## Literature review",
    "Studies of mentoring in libraries have concentrated on formal programmes run by employers and "
    "associations. They generally report benefits for mentees' confidence, socialisation into the profession "
    "and career progression, and benefits for mentors in the form of renewed engagement with their own "
    "practice. They also report familiar difficulties: mismatched pairs, irregular meetings and relationships "
    "that lapse once the programme year ends. Group and peer mentoring have been proposed as responses to the "
    "shortage of willing mentors, and several evaluations describe cohorts that met online long before the "
    "pandemic made video meetings routine.",
    "A second body of work examines librarians' use of social media for professional purposes. Early studies "
    "of blogs and microblogging described them as channels for current awareness and for informal continuing "
    "education, and documented the rise of hashtag chats in which librarians discussed a set of questions at an "
    "agreed time. Later studies noted that such spaces also served as places where newcomers could make "
    "contact with established figures in the field, and where advice about jobs and careers circulated "
    "alongside discussion of practice.",
    "Few studies have brought these strands together, and fewer still have examined archivists, whose "
    "professional communities differ from those of librarians in size, in the prevalence of solo posts and in "
    "the weight of specialised technical knowledge. Research in other professions suggests that informal "
    "mentoring is often invisible to the people who receive it until they are asked to reflect on it; one "
    "purpose of our interviews was to make it visible.",
    "## Method",
    "We distributed an online survey through two national associations, three regional mailing lists and "
    "posts on Mastodon and Bluesky between October 2023 and January 2024. Eligible respondents had worked in an "
    "archival role for seven years or fewer. The survey asked about sources of advice, the platforms respondents "
    "used for professional purposes, and any relationships they regarded as mentoring, whether or not those "
    "were named as such.",
    "Of 412 complete responses, 61 percent were from North America, 27 percent from Europe and 12 percent from "
    "elsewhere. From those who agreed to be contacted we purposively selected 24 for semi-structured interviews "
    "lasting 45 to 70 minutes, balancing work setting, career stage and region. Interviews were transcribed and "
    "coded thematically by both authors.",
    "## Findings",
    "Sources of advice. Asked where they had turned for advice on a work problem in the previous six months, "
    "respondents most often named a colleague in their own institution (68 percent), followed by a mailing list "
    "(52 percent), a chat community such as Slack or Discord (44 percent), and Mastodon or Bluesky (31 percent). "
    "Only 9 percent named a formal mentor assigned through a scheme. Lone arrangers were far more likely than "
    "others to rely on online sources.",
    "Relationships that began online. Fifty-eight percent reported at least one relationship they would call "
    "mentoring, and of these, 63 percent said it had begun online. Interviewees described a recognisable "
    "progression: reading a person's posts, replying, exchanging private messages, and eventually meeting by "
    "video or at a conference. One described her mentor as \"someone I knew as a username for two years before "
    "I heard her voice.\"",
    "Peer mentoring. A third of interviewees belonged to a peer group of early-career archivists who met online "
    "regularly. These groups, often formed after a workshop or a cohort-based course, provided what several "
    "called a safe place to ask basic questions, and a forum for rehearsing job applications and salary "
    "negotiations. Some invited senior guests, a practice that blurred the line between peer and group "
    "mentoring.",
    "Platform change. Many interviewees had begun their careers when Twitter hosted an active archives "
    "community, and described the fragmentation of that community after 2022 as a loss. Relationships formed "
    "there had largely survived by moving to email, Mastodon or chat servers, but several worried that new "
    "entrants would find it harder to make the first contact.",
    "Giving back. Respondents further along in the early-career window often described themselves as both "
    "mentee and mentor. Several moderated channels, answered questions on lists or ran the peer groups "
    "described above, and said that doing so had been as important to their own learning as the advice they "
    "had received. A records manager in local government said that explaining retention schedules to newer "
    "colleagues in a chat server had forced her to understand them properly for the first time.",
    "Formal schemes. Respondents who had taken part in a formal mentoring programme valued it for career "
    "decisions: applying for a first permanent post, choosing a specialism, preparing for certification. For "
    "day-to-day questions they preferred informal networks, which were faster and more specialised.",
    "## Discussion",
    "Our findings suggest that, for early-career archivists, mentoring is less a single relationship than a "
    "function distributed across a personal network. A formal mentor, an informal mentor met on a mailing "
    "list, a peer group and the wider public conversation on social media each answer different needs. This is "
    "consistent with the literature on personal learning networks, and it has practical implications. "
    "Associations that run mentoring schemes might support the informal layer as well, for example by hosting "
    "peer groups, moderating community spaces and teaching new members how to take part in them.",
    "The fragility of platforms is a recurring concern. A network that lives on one commercial service can "
    "disappear with a change of ownership. Interviewees who had weathered such changes had networks spread over "
    "several places, and relationships that had moved into private channels.",
    "## Limitations",
    "The survey was distributed partly through online channels, which may over-represent archivists who are "
    "active online. Respondents' accounts of how relationships began are retrospective.",
    "## Conclusion",
    "Online networks have become a central site of mentoring and professional learning for early-career "
    "archivists, particularly those who work alone. Professional bodies should treat these networks as part "
    "of the infrastructure of the profession, and help new members build them deliberately.",
], ("mentoring", "archivists", "social media")))

_B_ABSTRACT = (
    "Academic librarians learn much of their practice informally, but the places where that learning happens "
    "have multiplied. Drawing on diaries kept for eight weeks by 31 academic librarians in three countries, "
    "this article describes the everyday sources of their workplace learning. Participants recorded learning "
    "from colleagues in their own library most often, followed by webinars, mailing lists, blogs and social "
    "media. Online sources were used chiefly to keep up with developments and to find practical examples; "
    "conversations with colleagues, in person or online, were used to make sense of them. We argue that "
    "libraries should recognise time spent in online professional communities as legitimate professional "
    "development.")

_add("sage-diaries-abs", _w(SAGE, "/doi/abs/10.1177/09610006251104340", "journal-article", 2,
    "Learning at work in academic libraries: A diary study", "Priya Raman; Elliot Haugland", "2025-06-12", [
    "## Abstract", _B_ABSTRACT,
    "Keywords: workplace learning, academic libraries, continuing professional development, diary study, "
    "online communities",
]))

_add("sage-diaries-pdf", _w(SAGE, "/doi/pdf/10.1177/09610006251104340", "journal-article", 2,
    "Learning at work in academic libraries: A diary study", "Priya Raman; Elliot Haugland", "2025-06-12", [
    "Journal of Librarianship and Information Practice 57(2)",
    "Learning at work in academic libraries: A diary study",
    "Priya Raman and Elliot Haugland",
    "Abstract", _B_ABSTRACT,
    "Introduction",
    "Continuing professional development in libraries is usually counted in courses attended and conferences "
    "funded. Yet librarians report that most of what they learn happens at work, in conversation and in the "
    "course of solving problems.",
    "Method",
    "Thirty-one academic librarians kept a structured diary for eight weeks, recording each episode in which "
    "they felt they had learned something for their work: what, from whom or what, and by what means.",
    "Findings",
    "Participants recorded 1,148 learning episodes. Colleagues in the same library were the source of 34 "
    "percent, webinars 14 percent, mailing lists 11 percent, blogs 9 percent and social media 8 percent. "
    "Several participants described posing questions to peers on Mastodon or in a Slack workspace and "
    "receiving answers within an hour, and some described more experienced colleagues met online whom they "
    "consulted regularly about their careers.",
    "Discussion",
    "Online communities served as an extension of the staff room. Managers rarely counted participation in "
    "them as professional development.",
]))

_add("sage-infolit", _w(SAGE, "/doi/full/10.1177/09610006251104355", "journal-article", 0,
    "Embedding information literacy in first-year writing: A three-year evaluation", "Carla Benedetti",
    "2025-06-12", [
    "## Abstract",
    "This article evaluates a programme that embedded librarians in twelve sections of a first-year writing "
    "course over three years. Students in embedded sections cited more scholarly sources and fewer unreliable "
    "websites in their final papers than students in comparison sections, and reported greater confidence in "
    "evaluating sources. The effect was strongest when the librarian attended at least three class sessions.",
    "## Introduction",
    "Information literacy instruction in the first year of university is often limited to a single one-shot "
    "session. Embedded models, in which a librarian takes part in a course over a term, promise more but cost "
    "more staff time. We report a three-year evaluation designed to help libraries weigh that cost.",
    "## Method",
    "We coded the reference lists of 1,204 final papers using a rubric for source type and quality, and "
    "surveyed students at the start and end of each term.",
]))

_add("sage-coauthor", _w(SAGE, "/doi/full/10.1177/09610006251104367", "journal-article", 0,
    "Co-authorship networks in library and information science, 2000-2020: A social network analysis",
    "Hyun-woo Park; Leah Okonkwo", "2025-06-12", [
    "## Abstract",
    "We analyse co-authorship in 38,112 articles published in 41 library and information science journals "
    "between 2000 and 2020. The co-authorship network grew denser over the period, the share of single-authored "
    "articles fell from 48 to 21 percent, and international collaboration doubled. Degree centrality is highly "
    "concentrated: the top one percent of authors account for a fifth of all ties. Community detection "
    "reveals clusters that correspond closely to bibliometrics, information retrieval and library management.",
    "## Data and method",
    "Bibliographic records were harvested from a citation index and disambiguated using ORCID identifiers where "
    "available. We built an undirected weighted network in which nodes are authors and edges represent "
    "co-authored papers, and computed degree, betweenness and eigenvector centrality for each five-year window.",
]))

_add("sage-review", _w(SAGE, "/doi/full/10.1177/09610006251104378", "journal-article", 1,
    "Book review: The Reflective Archivist: Practice, Memory and Judgement", "Samuel Achterberg", "2025-06-12", [
    "The Reflective Archivist collects eleven essays on judgement in archival practice: how archivists decide "
    "what to keep, how to describe it and whom to let see it. The strongest chapters, on appraisal of "
    "born-digital records and on description of colonial-era collections, are careful and candid about the "
    "uncertainty of such decisions.",
    "Less successful is the chapter on professional formation, which gestures toward the importance of "
    "mentors and online communities in shaping young archivists' judgement but does not pursue the point.",
    "The book will be most useful in graduate seminars, where its case studies would reward discussion.",
]))

# --- a Calameo-like document host ---------------------------------------------------------------------

_add("cal-poster", _w(CALAMEO, "/read/00719442a3c1f8e2b4d77", "document", 3,
    "Poster: Peer mentoring circles on Slack for solo librarians", "Rosalind Mbeki", "2025-05-06", [
    "Poster presented at the Special Libraries Spring Meeting, 2025.",
    "Solo librarians in hospitals, law firms and charities often have no colleague in their own field to ask. "
    "In 2024 we set up six peer mentoring circles of five members each on a shared Slack workspace. Each circle "
    "had a private channel and met on video once a month; a more experienced librarian joined each circle as "
    "a guest once a term.",
    "After a year, 26 of 30 members were still active. Members said the circles reduced isolation, helped them "
    "prepare for appraisals and job applications, and gave them a place to ask questions they did not want to "
    "ask in public. Guests said they learned as much as they taught.",
    "Lessons: keep circles small, set a regular time, give each circle a convenor, and mix sectors.",
]))

_add("cal-firstyear", _w(CALAMEO, "/read/00719442b9d03e5a1c6f2", "document", 1,
    "Your first year in the archives: a starter guide", "County Records Office", "2025-01-14", [
    "Welcome to the County Records Office. This guide covers what you need in your first year: where things "
    "are, how requests work, and who to ask.",
    "Reading room: requests are fetched at 10, 12 and 3. Pencils only. Check every item back in against the "
    "request slip before it is reshelved.",
    "Accessions: nothing enters the strongroom without an accession number and a completed transfer form. "
    "Quarantine incoming material for a week in the processing room.",
    "Records retention: departments send records according to the retention schedule. Queries about "
    "destruction go to the Records Manager.",
    "Your development: you will be assigned a buddy for your first three months, and we encourage you to join "
    "the regional archives mailing list.",
    "Health and safety: lifting, ladders and the fire doors are covered in your induction.",
]))

_add("cal-newsletter", _w(CALAMEO, "/read/0071944c70a2f3d8e9b11", "document", 1,
    "Riverbend County Library newsletter, Autumn 2024", "Riverbend County Library", "2024-09-30", [
    "Autumn at Riverbend: the Main Street branch reopens after its roof repair on October 7, story time "
    "returns on Tuesdays and Saturdays, and the seed library is collecting saved seeds until the first frost.",
    "Staff news: reference librarian Jo Ellery has completed the state association's Mentor Match programme "
    "and is now mentoring a new branch manager. Welcome to our two new library assistants, Priya and Dev.",
    "Friends of the Library book sale: November 2 and 3 in the community room. Donations accepted until October "
    "25.",
    "Hours, holiday closures and the events calendar are on the back page.",
]))

_add("cal-museum", _w(CALAMEO, "/read/0071944d18e6b0c2f4a55", "document", 0,
    "Museum of Salt and Rail: Annual Report 2024", "Museum of Salt and Rail", "2025-03-20", [
    "2024 was the museum's busiest year since reopening, with 48,300 visitors, up 12 percent.",
    "The restored 1911 brine locomotive returned to the engine shed in June after three years of conservation. "
    "The new gallery on the salt works' women workers opened in September, drawing on oral histories recorded "
    "with former employees' families.",
    "Finances: income of 1.2 million, of which admissions 41 percent, grants 33 percent and the shop and cafe "
    "18 percent. The endowment rose to 3.4 million.",
    "Our thanks to volunteers, who gave 11,200 hours.",
]))

_add("cal-youth", _w(CALAMEO, "/read/0071944e27c9a1b3d6e08", "document", 0,
    "Teen Mentors at the Library: a toolkit for community volunteers", "Lakeshore Youth Partnership",
    "2024-11-02", [
    "Teen Mentors pairs teenagers aged 13 to 17 with adult volunteers from the community for one hour a week "
    "at the library, for homework help, reading and conversation.",
    "Becoming a volunteer mentor: complete the background check, attend a two-hour training, and commit to a "
    "school year. Meet your mentee only in the library's open study area.",
    "Keeping in touch: use the program's messaging app only; do not connect with your mentee on social media or "
    "share personal phone numbers.",
    "Activities that work: reading the same book, planning for a first job application, visiting a college "
    "website together. Celebrate small wins.",
]))

# --- a Blackboard public course ------------------------------------------------------------------------

_BB = "/webapps/blackboard/content/listContent.jsp?course_id=_4521_1&content_id="

_add("bb-pln", _w(BB, _BB + "_98123_1", "article", 3,
    "Module 3: Building your professional learning network", "Dr. Anneliese Ward", "2025-01-27", [
    "## Overview",
    "In this module we look at how information professionals keep learning after library school, and in "
    "particular at the networks of people, communities and resources they build online. By the end of the week "
    "you should be able to describe your own professional learning network and plan how to extend it.",
    "## Learning outcomes",
    "Explain what a personal learning network (PLN) is. Compare platforms librarians use for professional "
    "learning: mailing lists, Mastodon and Bluesky, LinkedIn, Slack and Discord communities, blogs and "
    "webinars. Identify two people in the field you would like to learn from and one way to begin a "
    "conversation with them.",
    "## Reading",
    "Read the chapter on personal learning networks in the course reader and the article on early-career "
    "archivists and online mentoring (link in the reading list). Skim the Early Career Section's handbook pages "
    "on mailing lists and on finding a mentor online.",
    "## Activity: map your network",
    "Draw your current network in three rings: the people you would ask anything, the people and communities "
    "you interact with sometimes, and the sources you read or watch. Post a photo of your map in the module "
    "discussion board with two sentences on where the gaps are.",
    "## Activity: join a conversation",
    "During this week, take part in one live chat or community discussion: a hashtag chat on Bluesky, a "
    "question thread on a library Discord or Slack, or a reply on a mailing list. Reflect in 300 words on what "
    "you learned and what it felt like to post.",
    "## A note on boundaries",
    "You do not have to be online all the time to have a good network. Several guest speakers in earlier years "
    "said that a few good relationships matter more than a large following. Please also read the school's "
    "guidance on professional conduct on social media.",
]))

_add("bb-welcome", _w(BB, _BB + "_98121_1", "article", 1,
    "Module 1: Welcome and course overview", "Dr. Anneliese Ward", "2025-01-13", [
    "Welcome to LIS 5420, Professional Practice and Careers. This course runs for twelve weeks and is taught "
    "fully online with optional live sessions on Wednesday evenings.",
    "Assessment: a reflective journal (30 percent), a career portfolio (40 percent) and participation in "
    "module discussions (30 percent). Deadlines are in the course schedule.",
    "Topics include ethics, workplace communication, learning networks and mentoring, professional "
    "associations, and the job search.",
    "Please introduce yourself in the Module 1 discussion board by Friday.",
]))

_add("bb-assoc", _w(BB, _BB + "_98125_1", "article", 1,
    "Module 5: Professional associations and conferences", "Dr. Anneliese Ward", "2025-02-10", [
    "Professional associations offer continuing education, standards work, advocacy and a route into "
    "leadership. This module compares national, state and specialist associations and what each offers a "
    "student member.",
    "Conferences: student rates, volunteer schemes and travel grants can bring the cost of a first conference "
    "down a long way. Look for calls for student volunteers three to four months ahead.",
    "Writing a conference proposal: we will look at accepted poster and lightning-talk proposals and "
    "draft one of your own.",
    "Associations also run sections and mailing lists where you can ask questions between conferences.",
]))

_add("bb-metadata", _w(BB, _BB + "_98126_1", "article", 0,
    "Module 6: Metadata for digital collections", "Dr. Anneliese Ward", "2025-02-17", [
    "This module introduces Dublin Core, MODS and the use of controlled vocabularies in digital collections. "
    "You will describe five digitised photographs using a Dublin Core application profile and compare your "
    "records with a partner's.",
    "Reading: the application profile of a state digital library and the guidance on rights statements.",
    "Activity: map your five records to MODS and note what is lost or gained.",
]))

# --- Drupal 9 Bartik: a state library association --------------------------------------------------------

_add("bartik-match", _w(BARTIK, "/news/2025/mentor-match-opens-fifth-year", "article", 3,
    "Mentor Match opens for its fifth year, now with online cohorts", "Communications Committee", "2025-08-18", [
    "The Prairie Library Association's Mentor Match programme opens for applications on September 1, and for "
    "the first time this year mentees may choose an online cohort in place of a one-to-one match.",
    "Since it began in 2021, Mentor Match has paired 212 library workers in their first five years with "
    "experienced colleagues from across the state. Most pairs meet by video call once a month and stay in touch "
    "by email or through the association's member Slack.",
    "The new online cohorts bring together six mentees and two mentors for a monthly group session and a "
    "shared channel. \"Many of our members work in one-person branches,\" said programme chair Delia Novak. "
    "\"A cohort gives them peers to learn with as well as mentors to learn from.\"",
    "Participants in last year's pilot cohort said they valued hearing how different mentors approached the "
    "same question, and that the group chat became a place to ask quick questions between sessions.",
    "Mentors receive a short online orientation and a guide to mentoring at a distance. Mentees set goals "
    "with their mentor or cohort in the first month, which might include preparing for a promotion, learning "
    "a new area of practice or building a professional network beyond their own library.",
    "Applications close September 26. Matches will be announced in October.",
], ("Mentoring",)))

_add("bartik-mastodon", _w(BARTIK, "/news/2025/association-launches-mastodon-server", "article", 2,
    "Association launches Mastodon server for members", "Communications Committee", "2025-05-07", [
    "The association has launched a Mastodon server, open to any current member, as a home for professional "
    "conversation that does not depend on a commercial platform.",
    "The server is hosted by a managed provider and moderated by four volunteers under a code of conduct "
    "adopted by the board in April. Accounts are approved within two working days. Members keep their "
    "account if their membership lapses, but new sign-ups require membership.",
    "Members who tested the server said they used it to ask colleagues in other library systems for advice, "
    "share conference slides and follow discussions on topics such as summer reading and collection budgets.",
    "The cost of hosting is about 600 dollars a year, met from the communications budget. The association's "
    "accounts on other platforms will continue.",
], ("Mastodon",)))

_add("bartik-webinars", _w(BARTIK, "/news/2025/career-conversations-webinar-series", "article", 3,
    "Career Conversations: a webinar series for new librarians", "Continuing Education Committee",
    "2025-03-12", [
    "Career Conversations returns this spring: five lunchtime webinars in which experienced library directors, "
    "archivists and school librarians answer questions from colleagues early in their careers.",
    "Each session is an hour of open questions, submitted in advance or in the chat. Topics suggested by "
    "members include moving from a branch to a management post, negotiating salary, working as the only "
    "librarian in a school, and finding a mentor.",
    "Recordings will be posted to the members' area, and the speakers have agreed to stay on in the member "
    "Slack for a week after each session to answer follow-up questions.",
], ("Mentoring", "Webinars")))

_add("bartik-capitol", _w(BARTIK, "/news/2025/library-day-at-the-capitol", "article", 0,
    "Library Day at the Capitol draws record turnout", "Legislative Committee", "2025-02-26", [
    "More than 140 library supporters visited the state capitol on February 24 for the association's annual "
    "Library Day, meeting with 63 legislators and their staff.",
    "Priorities this session are restoring state aid to 2019 levels, funding for the statewide database "
    "package and protection for school library staffing.",
    "The Senate Education Committee will hear the state aid bill on March 11. Members are encouraged to write "
    "to their senators before then.",
], ("Advocacy",)))

_add("bartik-president", _w(BARTIK, "/news/2025/new-board-president", "article", 1,
    "Rena Castillo takes office as association president", "Communications Committee", "2025-07-01", [
    "Rena Castillo, director of the Hollis Public Library, took office as president of the association on "
    "July 1.",
    "Castillo has worked in public libraries for twenty-two years, starting as a page in the library she now "
    "directs. She has chaired the intellectual freedom committee and has served as a mentor in Mentor Match "
    "since its first year.",
    "Her priorities for the year are rural library funding, a review of the association's dues structure and "
    "a new conference format.",
], ("Association news",)))

_add("bartik-broadband", _w(BARTIK, "/news/2025/broadband-grants-for-rural-libraries", "article", 0,
    "Broadband grants to connect rural libraries", "Legislative Committee", "2025-04-15", [
    "Thirty-one rural libraries will receive state broadband grants this year to upgrade their network "
    "connections to at least one gigabit per second.",
    "The grants cover fibre construction, routers and network switches, and two years of increased service "
    "costs. Libraries that also serve as community anchor institutions may apply for a second round to extend "
    "public Wi-Fi to their parking lots.",
    "A webinar on the application process will be held on May 6.",
], ("Advocacy",)))

_add("bartik-report", _w(BARTIK, "/sites/default/files/2025-02/mentor-match-evaluation-2024.pdf", "document", 2,
    "Mentor Match 2024: Programme Evaluation", "Prairie Library Association", "2025-02-10", [
    "Prairie Library Association",
    "Mentor Match 2024: Programme Evaluation",
    "Summary",
    "In 2024 Mentor Match paired 52 mentees with 48 mentors; 44 pairs completed the year. Mentees rated the "
    "programme 4.5 out of 5 on average.",
    "Participation",
    "Mentees: 52 (public 31, academic 11, school 7, special 3). Mentors: 48. Pairs from different regions of "
    "the state: 35.",
    "How pairs met",
    "Video call 71 percent, telephone 12 percent, in person 17 percent. Most pairs also kept in touch by "
    "email or in the member Slack between meetings.",
    "Outcomes",
    "Mentees reported greater confidence in their roles and a wider professional network. Eleven changed or "
    "were promoted in their jobs during the year.",
    "Budget",
    "Orientation and materials 1,800 dollars; closing event 2,400 dollars. Total 4,200 dollars.",
    "Recommendations",
    "Pilot online cohorts in 2025. Recruit more mentors from school and academic libraries. Simplify the "
    "application form.",
]))

# --- WordPress with Beaver Builder: a library software vendor ------------------------------------------

_add("beaver-linkedin", _w(BEAVER, "/blog/linkedin-groups-for-librarians/", "post", 2,
    "5 Ways Librarians Are Using LinkedIn Groups to Grow Their Careers", "Dana Whitlock", "2025-04-22", [
    "At ShelfWise we talk to hundreds of librarians every year, and one thing we hear again and again is "
    "that LinkedIn has quietly become a place for professional development. Here are five ways we see "
    "librarians using it.",
    "1. Asking the community. Groups for academic, public and school librarians are full of practical "
    "questions, from weeding policies to job interview preparation, answered by experienced colleagues.",
    "2. Finding mentors. Several customers told us their mentoring relationship started with a thoughtful "
    "comment on someone's post, followed by a direct message.",
    "3. Following webinars. Associations and vendors (including us!) post webinar announcements and "
    "recordings in groups.",
    "4. Showcasing projects. A short post about a successful program can lead to speaking invitations.",
    "5. Job hunting. Many library jobs are shared in groups before they appear on job boards.",
    "Want to see how ShelfWise helps libraries tell the story of their impact? Book a demo today.",
], ("LinkedIn", "careers")))

_add("beaver-spotlight", _w(BEAVER, "/blog/customer-spotlight-peer-mentoring-network/", "post", 3,
    "Customer Spotlight: How Tri-Valley Libraries Built a Peer Mentoring Network", "Dana Whitlock",
    "2025-06-03", [
    "Tri-Valley Libraries serves 14 branches across three counties, and many of its branch staff work alone "
    "for much of the day. When staff development coordinator Luis Ortega surveyed employees in 2023, the "
    "number one request was not training, it was someone to talk to.",
    "\"People wanted to know how colleagues in other branches handled the same situations,\" Ortega says. "
    "\"And our newer staff had nobody to ask about their careers.\"",
    "The answer was a peer mentoring network. Every new hire is paired with a colleague from another branch "
    "for their first year, and small groups of six to eight staff meet monthly by video. Experienced staff "
    "volunteer as mentors for anyone considering library school or a move into management.",
    "Between meetings, conversation happens in a Microsoft Teams channel the library calls The Break Room, "
    "where staff post questions, share what worked at a program, and point each other to webinars and "
    "blog posts. Several mentors also encourage their mentees to join state association lists and follow "
    "library conversations on Bluesky.",
    "After eighteen months, 92 percent of participants say they feel more connected to colleagues, and two "
    "staff who joined as mentees have since become mentors themselves.",
    "\"The technology is the least important part,\" Ortega says. \"It's about making sure nobody has to "
    "figure it out alone.\"",
    "Tri-Valley Libraries uses ShelfWise for circulation and analytics.",
], ("Customer stories", "mentoring")))

_add("beaver-community", _w(BEAVER, "/blog/introducing-shelfwise-community/", "post", 0,
    "Introducing ShelfWise Community: Our New Customer Forum", "Dana Whitlock", "2025-02-11", [
    "We are excited to launch ShelfWise Community, a forum where customers can ask product questions, share "
    "reports and templates, and vote on feature requests.",
    "Community members can search answers from our support team, post in product-specific boards for "
    "circulation, cataloging and analytics, and connect with other libraries using the same modules.",
    "Log in with your ShelfWise account. Our community managers will be online weekdays from 8 to 6 Eastern.",
    "Have an idea for a new feature? Post it in Ideas and get upvoted.",
], ("Company news",)))

_add("beaver-rfid", _w(BEAVER, "/blog/webinar-recap-rfid-inventory/", "post", 0,
    "Webinar Recap: Faster Inventory with RFID", "Jordan Pike", "2025-03-18", [
    "Thanks to the 230 people who joined our webinar on RFID inventory. Here are the highlights.",
    "A full inventory of a 100,000-item collection took the Lakeview Library two days with handheld RFID "
    "readers, against three weeks with barcode scanners.",
    "Tag placement matters: put tags in the same position on every item so the wand reads them reliably.",
    "The recording and slides are available on our resources page.",
], ("Webinars",)))

_add("beaver-release", _w(BEAVER, "/blog/release-notes-4-2/", "post", 0,
    "ShelfWise 4.2 Release Notes", "Jordan Pike", "2025-05-13", [
    "ShelfWise 4.2 is rolling out to all customers this week.",
    "New: hold queues can now be sorted by pickup location. Reports can be scheduled to send weekly. The "
    "patron app supports dark mode.",
    "Improved: faster catalogue search on collections over one million items. Clearer overdue notices.",
    "Fixed: an issue where renewals failed for items with a pending hold at another branch.",
], ("Product updates",)))

_add("beaver-residence", _w(BEAVER, "/blog/meet-our-librarian-in-residence/", "post", 1,
    "Meet Our Librarian in Residence, Grace Oduya", "Dana Whitlock", "2025-01-15", [
    "Grace Oduya joins ShelfWise as our first librarian in residence. Grace spent nine years in public "
    "libraries, most recently as head of circulation at a busy suburban library.",
    "At ShelfWise, Grace will work with our product team to make sure new features reflect how library staff "
    "actually work, and she will host customer roundtables.",
    "Grace credits the mentors she met through library Twitter chats early in her career with encouraging her "
    "to move into technology.",
    "Outside work, Grace runs half marathons and is learning to make pottery.",
], ("Company news",)))

# --- Simplecast: a podcast ---------------------------------------------------------------------------

_add("cast-borders", _w(CAST, "/episodes/mentoring-without-borders", "post", 3,
    "Ep. 42: Mentoring without borders", "Ruth Adeyemi", "2025-05-28", [
    "Where did library Twitter go, and does it matter for the next generation of librarians? Ruth talks with "
    "archivist Tomás Reyes-Lindqvist about his research on early-career archivists who find mentors online, "
    "and with school librarian Keisha Monroe, who runs a Bluesky chat for new school librarians.",
    "In this episode: how mentoring relationships start with a reply; peer mentoring circles on Discord; why a "
    "formal mentor and an online network do different jobs; and what associations could do to help.",
    "Transcript excerpt",
    "RUTH: So when you say most of them found a mentor online, what does that actually look like?",
    "TOMÁS: It looks very ordinary. Somebody posts a question on a mailing list or on Mastodon, somebody more "
    "experienced answers, and then there is a private message, and then a call. Two years later they call that "
    "person their mentor.",
    "KEISHA: That is exactly how our chat works. New school librarians are often the only librarian in the "
    "building. On Thursday nights they come to the chat, ask the question they could not ask anyone at school, "
    "and there are twenty people there who have been through it.",
    "RUTH: And the people answering, what do they get?",
    "KEISHA: Honestly? I learn as much from the new folks as they learn from me.",
    "Links: the study in the Journal of Librarianship and Information Practice; the chat's hashtag; Keisha's "
    "starter pack of school librarians.",
]))

_add("cast-mail", _w(CAST, "/episodes/ask-an-archivist-listener-mail", "post", 2,
    "Ep. 40: Ask an archivist, listener mail", "Ruth Adeyemi", "2025-04-30", [
    "Our favourite kind of episode: archivist Margery Kowalczyk joins Ruth to answer your questions.",
    "This month: how to get digitised newspapers into a small library's catalogue; whether it is worth doing "
    "a second master's; the best way to store a wedding dress (do not); and a listener who found a mentor "
    "through a forum and wants to know how to ask for a reference without making it awkward.",
    "Margery's advice on the last one: tell your mentor what the job is and why you want it, send your CV, "
    "and give plenty of notice. A good mentor will be glad you asked.",
    "Send your questions by email or on Bluesky.",
]))

_add("cast-zines", _w(CAST, "/episodes/zine-libraries-are-back", "post", 0,
    "Ep. 41: Zine libraries are back", "Ruth Adeyemi", "2025-05-14", [
    "Ruth visits three zine libraries, in a public library basement, a university special collection and a "
    "community bookshop, to ask how they catalogue, shelve and preserve photocopied pamphlets that were never "
    "meant to last.",
    "Plus: a zine-making workshop for teens, and why the staple is a conservator's enemy.",
]))

_add("cast-budgets", _w(CAST, "/episodes/budgets-in-an-election-year", "post", 1,
    "Ep. 39: Library budgets in an election year", "Ruth Adeyemi", "2025-04-16", [
    "County budgets are tight and ballot measures are coming. Library director Paul Strand explains how his "
    "library made its case to voters for a levy renewal: the numbers, the stories and the door-knocking.",
    "Paul also shares advice for new directors facing their first budget cycle, much of it learned from a "
    "mentor he met through the state association, and the spreadsheet he wishes he had had in his first year.",
]))


# --- the pages that are not works (graded 0) --------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (BOOK, "/", "home"),
    (BOOK, "/docs/about/", "about"),
    (BOOK, "/posts/", "listing"),
    (BOOK, "/tags/mentoring/", "tag"),

    (SIMPLE, "/", "home"),
    (SIMPLE, "/about/", "about"),
    (SIMPLE, "/search/", "search"),
    (SIMPLE, "/tags/", "tag"),
    (SIMPLE, "/categories/", "category"),
    (SIMPLE, "/mlis/portfolio-draft/", "error"),          # a real 404, linked from the about page

    (LANYON, "/", "home"),
    (LANYON, "/page2/", "listing"),
    (LANYON, "/about/", "about"),

    (PUNBB, "/index.php", "home"),
    (PUNBB, "/viewforum.php?id=2", "category"),
    (PUNBB, "/viewforum.php?id=3", "category"),
    (PUNBB, "/profile.php?id=14", "profile"),
    (PUNBB, "/search.php", "search"),
    (PUNBB, "/userlist.php", "listing"),

    (SAGE, "/home/jlp", "home"),
    (SAGE, "/toc/jlp/57/2", "listing"),
    (SAGE, "/action/doSearch?AllField=mentoring&SeriesKey=jlp", "search"),
    (SAGE, "/page/jlp/about", "about"),
    (SAGE, "/author/okafor-ngozi", "profile"),

    (CALAMEO, "/", "home"),
    (CALAMEO, "/accounts/4471920", "profile"),
    (CALAMEO, "/search?q=mentoring", "search"),
    (CALAMEO, "/library/education", "category"),

    (BB, "/webapps/blackboard/execute/courseMain?course_id=_4521_1", "home"),
    (BB, "/webapps/blackboard/execute/announcement?method=search&context=course&course_id=_4521_1", "listing"),
    (BB, _BB + "_98120_1", "about"),                       # Course Information
    (BB, "/webapps/blackboard/execute/staffinfo/manageStaffInfo?course_id=_4521_1", "contact"),
    (BB, _BB + "_98119_1", "error"),                       # a soft 404: "The specified resource was not found"

    (BARTIK, "/", "home"),
    (BARTIK, "/news", "listing"),
    (BARTIK, "/about", "about"),
    (BARTIK, "/contact", "contact"),
    (BARTIK, "/taxonomy/term/14", "tag"),
    (BARTIK, "/search/node?keys=mentor", "search"),
    (BARTIK, "/user/31", "profile"),
    (BARTIK, "/news/2019/mentor-match-pilot", "error"),   # a real 404

    (BEAVER, "/", "home"),
    (BEAVER, "/blog/", "listing"),
    (BEAVER, "/category/community/", "category"),
    (BEAVER, "/tag/webinars/", "tag"),
    (BEAVER, "/about-us/", "about"),
    (BEAVER, "/contact-us/", "contact"),
    (BEAVER, "/?s=mentoring", "search"),
    (BEAVER, "/author/dana-whitlock/", "profile"),

    (CAST, "/", "home"),
    (CAST, "/episodes", "listing"),
    (CAST, "/about", "about"),
    (CAST, "/people/ruth-adeyemi", "profile"),
    (CAST, "/episodes/pilot-episode", "error"),           # a real 404
]
