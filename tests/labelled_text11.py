"""Web 11's texts and labels, written before its pages were built (see
tests/labelled_web11.py, which builds the pages from this module and nothing
else). ``WORKS`` holds every work (key -> :class:`Work`: where it lives, its
kind, its graded relevance to the built-in topic and its text); ``OTHER``
holds every page that is not a work, as ``(host, path, kind)``, graded 0.

Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing
mention, 0 nothing."""

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
    date: str                                   # ISO date
    paras: tuple[str, ...]
    tags: tuple[str, ...] = ()
    replies: tuple[tuple[str, str], ...] = ()   # (who, text): a thread's or a post's answers


WIX = "tidewaterlibrarian.example"       # Wix blog
SQS = "quietboxes.example"               # Squarespace 7.1 blog
ZOLA = "kettle-and-code.example"         # Zola (Terminimal theme)
WF = "small-hours.example"               # WriteFreely
XF = "infopros-forum.example"            # XenForo 2 forum
AKK = "bibliofedi.example"               # Akkoma (static front end)
UBQ = "jlpl.example"                     # Ubiquity Press journal
AEM = "lakeshore.example"                # a university's Adobe Experience Manager site
VID = "vidstream.example"                # Vimeo-like video pages
GATS = "newprofs.example"                # Gatsby starter blog

HOSTS = (WIX, SQS, ZOLA, WF, XF, AKK, UBQ, AEM, VID, GATS)

WORKS: dict[str, Work] = {}


def _w(key: str, *args, **kw) -> None:
    assert key not in WORKS, key
    WORKS[key] = Work(*args, **kw)


# --- Wix: a reference librarian's blog ---------------------------------------------------------------

_w("wix-linkedin", WIX, "/post/three-awkward-messages-and-a-mentor", "post", 3,
   "Three awkward messages and a mentor", "Marisol Reyes", "2024-02-11", (
       "When I moved from a public library to a community college, I knew exactly nobody in academic "
       "librarianship. My old supervisor had been my mentor without either of us ever using the word, and "
       "suddenly she was two time zones away and retiring. So I did the thing every career article tells you "
       "to do and hated every minute of it: I went looking for a mentor on LinkedIn.",
       "The first message I sent was far too long. I explained my whole career, attached a question about "
       "information literacy assessment, and asked a stranger if she would be my mentor. She was polite. She "
       "said she did not have time for a formal arrangement. Fair enough.",
       "The second message was too short. 'Would love to pick your brain!' is not a question, and I got no "
       "answer at all. I deserved that one.",
       "The third message worked, and I think I know why. I had been reading posts from an instruction "
       "librarian in Oregon for months, and I had left a couple of real comments under them. When she wrote "
       "about scaffolding a research assignment, I asked one specific thing: how did she get faculty to give "
       "up a class session for it? She answered in the comments, then sent me a direct message with a "
       "syllabus she had built. We had a video call two weeks later. We have had one every month since.",
       "We never signed anything. She does not call herself my mentor, and I am not sure she would like the "
       "word. But she reads my lesson plans, she told me which committee to avoid in my first year, and she "
       "introduced me to three other people on LinkedIn who work on first-year programs. That small group "
       "now has a chat thread where we swap assignments and complain about learning management systems.",
       "What I would tell a new librarian looking for mentoring online: read before you write, comment "
       "before you message, and ask for one small, specific thing. Nobody wants to be asked to be your "
       "mentor. Lots of people are happy to answer a good question, and a mentoring relationship can grow "
       "from the fifth good question if you are lucky.",
       "And if LinkedIn feels like a trade show where everyone is shouting, try the quieter corners: the "
       "comments, the small groups, the people posting about their actual work rather than their personal "
       "brand. That is where I found mine."),
   tags=("mentoring", "linkedin", "career"))

_w("wix-critlib", WIX, "/post/what-a-chat-taught-me-about-asking", "post", 2,
   "What a Twitter chat taught me about asking", "Marisol Reyes", "2023-06-02", (
       "I miss the Tuesday night chats. For a couple of years I would sit on the couch at nine with a cup of "
       "tea and follow a hashtag as two hundred librarians argued about neutrality, or burnout, or whether "
       "anyone actually reads the library's strategic plan.",
       "What they taught me, looking back, was how to ask for help in public. You had one tweet, so you had to "
       "work out what you were really asking. Half the time the act of writing it down answered it. The other "
       "half, someone I had never met would reply with a link, a book, or 'DM me, I dealt with this last "
       "year'. Several of those people became the colleagues I call when something goes wrong at work.",
       "The chats mostly faded when people scattered to other platforms. I have not found a replacement, "
       "although a few of us try to keep a monthly thread going on Bluesky.",
       "Anyway. This week at the desk: a patron wanted every book we own about lighthouses, and we own a "
       "surprising number. We built a display. It has been the most borrowed display of the year, beating "
       "true crime, which I did not think was possible."),
   tags=("twitter", "career"))

_w("wix-policy", WIX, "/post/our-branch-has-a-social-media-policy-now", "post", 1,
   "Our branch has a social media policy now", "Marisol Reyes", "2023-09-18", (
       "After an incident last spring that I am not going to describe, the county adopted a social media "
       "policy for all library staff. I was on the committee, so here are some notes from inside the sausage "
       "factory.",
       "The policy covers official accounts only, mostly. Who may post, who approves, how fast we answer "
       "comments, what we never say (anything about a patron, ever), and how we keep the password list. "
       "There is a section on accessibility: alt text on every image, captions on every video, no text "
       "baked into graphics.",
       "There was a long fight about personal accounts. Where we landed: staff may say they work for the "
       "library, must not speak for it, and are encouraged to take part in professional communities online, "
       "which the policy mentions as part of professional development. That sentence took three meetings.",
       "The part I am proudest of is the crisis section: who to call, which posts to pause, and a rule that "
       "nobody responds to an angry thread alone at eleven at night."),
   tags=("policy",))

_w("wix-puppets", WIX, "/post/storytime-with-puppets", "post", 0,
   "Storytime with puppets", "Marisol Reyes", "2022-11-04", (
       "I borrowed the children's librarian's puppets for a bilingual storytime and I regret nothing. The "
       "crocodile was the star. Next month: a felt board, if I can learn to cut felt without it looking like "
       "a crime scene.",),
   tags=("programs",))

_w("wix-five-years", WIX, "/post/five-years-a-librarian", "post", 2,
   "Five years a librarian", "Marisol Reyes", "2024-08-30", (
       "Five years ago this week I started my first professional job. I had a new degree, a borrowed blazer "
       "and no idea how a reference desk schedule worked. Some things I have learned since, in no order.",
       "Nobody knows everything, and the people who seem to are often the ones asking the most questions. "
       "The best librarian I worked with kept a notebook of things she wanted to look up.",
       "Most of what I know about teaching I learned from people who were never my colleagues. I learned it "
       "from the instruction librarians I follow online, from a mailing list for community college "
       "librarians that I read every morning, and from a mentor I met through a LinkedIn comment thread. "
       "I have never worked in the same building as any of them. They reviewed my first conference "
       "proposal, told me to negotiate my salary, and sent me job ads when my contract was ending.",
       "Now people ask me things. A student in a library program messaged me on Instagram last month to ask "
       "whether community college work was a good first job, and I realised I was on the other side of the "
       "conversation. I said yes, and we have talked twice since. Pay it forward is a cliche because it is "
       "true.",
       "Also: comfortable shoes. Buy the comfortable shoes."),
   tags=("career", "mentoring"))

# --- Squarespace: an archivist's consultancy blog -----------------------------------------------------

_w("sqs-group-calls", SQS, "/blog/mentoring-across-the-archives", "article", 3,
   "Mentoring across the archives: a year of group calls", "Tobias Lindqvist", "2024-01-15", (
       "A year ago I wrote here that lone arrangers, the archivists who are the whole archives department of "
       "a museum, a religious order or a small college, needed mentoring more than anyone and got it less "
       "than anyone. I proposed a monthly group call. Forty-one people signed up from a single post on the "
       "listserv. This is what happened.",
       "We met on the first Thursday of each month for an hour. The format was simple: one person brought a "
       "problem, we spent twenty minutes on it, then open questions. Problems ranged from a flooded basement "
       "to a director who wanted to deaccession the founder's letters. I was nominally the host, but within "
       "three months the group was running itself, and the person with the flooded basement was advising "
       "someone else on insurance claims by summer.",
       "Group mentoring works differently from the one-to-one kind. Nobody in the group is the expert on "
       "everything, so nobody has to pretend to be. A processing archivist with thirty years of experience "
       "learned about email preservation from someone in her second year; the second-year archivist learned "
       "how to talk a board out of a bad idea. People called it peer mentoring, which is right: the most "
       "experienced voice changed from week to week.",
       "The calls were only part of it. We set up a shared channel on a Slack workspace so questions did "
       "not have to wait a month. It was quiet for weeks at a time, then busy for a day when someone posted "
       "a photo of mould. The channel had one rule: no question is too basic. It turned out to be the most "
       "useful rule we had, because lone arrangers are often embarrassed not to know things nobody ever "
       "taught them.",
       "What did not work: recording the calls. People were less candid, and nobody watched the recordings. "
       "We stopped after three. Also, a mentoring scheme that pairs people formally, which we tried for a "
       "small sub-group, fell apart when the pairs found the monthly call more useful than their private "
       "meetings.",
       "What I would keep: a fixed time, a single problem, a written summary posted to the channel the "
       "next day, and a deliberate effort to invite people who never post. Some of our best contributions "
       "came from people who had lurked on the listserv for a decade.",
       "We are continuing in 2024. If you are an archivist working alone and you want in, the contact page "
       "reaches me."),
   tags=("mentoring", "lone arrangers", "slack"))

_w("sqs-listserv", SQS, "/blog/why-i-still-read-the-listserv", "article", 3,
   "Why I still read the listserv", "Tobias Lindqvist", "2023-05-09", (
       "Every few months someone declares the professional mailing list dead. Every morning I open the "
       "archives list digest anyway, and I want to explain why.",
       "The list was my first teacher. In my first job I had a history degree, a box of uncatalogued "
       "photographs and nobody to ask. The list had hundreds of people who had been there. I asked how to "
       "describe a photograph album with no captions and got six answers, three of which contradicted each "
       "other, which was its own lesson. Two of the people who answered wrote to me privately afterwards and "
       "kept writing for years. One of them recommended me for my second job.",
       "A mailing list is slow, and slowness is useful for learning. People write full paragraphs. They "
       "cite standards. They disagree at length. A question about access restrictions can turn into a week "
       "of careful argument that is better than most workshops I have paid for.",
       "It also shows you what experienced people worry about. Reading the threads about budgets, layoffs "
       "and reappraisal taught me more about the profession's politics than my degree did.",
       "The newer places are good too. I like the archivists on Mastodon, and I learn a great deal from "
       "the Discord server some younger colleagues started. But the list is where I learned to ask, and where "
       "I now try to answer the questions I would have asked twenty years ago."),
   tags=("listservs", "professional learning"))

_w("sqs-digitization", SQS, "/blog/digitization-workflows-for-small-societies", "article", 0,
   "Digitization workflows for small historical societies", "Tobias Lindqvist", "2023-10-22", (
       "Small historical societies ask me the same question every year: what is the cheapest way to "
       "digitize our photographs properly? Here is the workflow I recommend.",
       "Start with a survey, not a scanner. Count what you have, note condition, and decide what gets "
       "scanned first by use and risk, not by what is easiest.",
       "A flatbed scanner at 600 pixels per inch handles most prints. Save a TIFF master, name files with "
       "the accession number, and record the scanner settings in a spreadsheet. Make JPEG copies for the "
       "website from the masters, never the other way round.",
       "Metadata matters more than resolution. A perfect scan with no date, place or people named is a "
       "pretty picture; a rough scan with a good description is a historical record.",
       "Back up to two places, one of them off site, and check the backups twice a year."),
   tags=("digitization",))

_w("sqs-conference", SQS, "/blog/conference-season", "article", 1,
   "Conference season: where I will be", "Tobias Lindqvist", "2024-06-03", (
       "It is that time of year. I will be at the regional archives meeting in September, presenting on "
       "disaster planning for small repositories with two colleagues from the state historical society.",
       "I am also chairing a lunch session for lone arrangers about the peer mentoring group that met online "
       "this year; come and eat sandwiches with us.",
       "In October I am teaching a two-day workshop on arrangement and description for volunteers. "
       "Registration opens next week and places are limited to twenty."),
   tags=("events",))

_w("sqs-review", SQS, "/blog/review-managing-born-digital-records", "article", 0,
   "Review: a new handbook on born-digital records", "Tobias Lindqvist", "2024-03-28", (
       "The handbook is aimed at archivists in small and mid-sized repositories who know they should be "
       "collecting email, disk images and websites and do not know where to start.",
       "Its strength is the chapter on appraisal, which treats born-digital material as records first and "
       "files second. Its weakness is the tools chapter, which was out of date by the time of printing, as "
       "tools chapters always are.",
       "The authors say they wrote it as a guide a supervisor might hand to a new hire, and it reads that "
       "way: patient, practical, occasionally repetitive. I would buy it for a departmental shelf."),
   tags=("reviews",))

# --- Zola: a systems librarian's blog --------------------------------------------------------------

_w("zola-mastodon", ZOLA, "/blog/finding-my-people-on-mastodon/", "post", 3,
   "Leaving the bird site and finding my people on Mastodon", "Kit Okafor", "2023-03-04", (
       "For ten years my professional development budget was zero and my professional development was "
       "Twitter. I learned Python from library people posting snippets, I learned about linked data from "
       "threads, and I got my current job because someone I had never met retweeted the ad at me with 'you "
       "should apply'. So leaving was not a small thing.",
       "I moved to Mastodon in late 2022, like a lot of library technologists. The first month was lonely. "
       "No algorithm hands you an audience, and nobody knew who I was. What helped: following hashtags "
       "instead of people at first (#code4lib, #libraries, #glam), boosting generously, and writing an "
       "introduction post that said what I work on and what I want to learn.",
       "By the third month it felt like the old days, only smaller and kinder. People answer questions. "
       "I asked how other libraries handle EZproxy configuration in git and got four detailed replies and "
       "an offer of a call. A junior developer at a museum asked me about testing and we now pair once a "
       "fortnight; I am learning as much about museum collections systems as she is about pytest.",
       "Some honest downsides. Search is limited by design, so old answers are hard to find again. Some "
       "instances go away. And the people I most want to learn from, the ones outside tech, are spread "
       "across Bluesky, LinkedIn and nowhere at all.",
       "Still, if you are a library worker who learned your job online and feels unmoored: pick a server, "
       "follow a few hashtags, post an introduction, and ask one real question. The network rebuilds faster "
       "than you expect."),
   tags=("mastodon", "community"))

_w("zola-slack", ZOLA, "/blog/a-mentoring-channel-that-works/", "post", 2,
   "A mentoring channel that (mostly) works", "Kit Okafor", "2024-01-20", (
       "Last year I started a #new-to-code channel in the library technology Slack workspace. The idea was "
       "simple: people learning to program in libraries could ask beginner questions without feeling they "
       "were interrupting the experts in the main channels.",
       "It has about three hundred members. A dozen of us answer most questions, and we try to answer with "
       "a question first, which is what my own mentor did for me. When someone is stuck for more than a "
       "week, one of us offers a call.",
       "The numbers are not the point, but: about forty questions a month, median time to first answer "
       "under two hours, and at least five people who started as askers now answering.",
       "The hard part is keeping it from turning into a help desk for vendor products. We point those to "
       "vendor channels. The other hard part is that Slack's free plan hides messages after ninety days, so "
       "we keep a wiki page of the best answers."),
   tags=("slack", "community"))

_w("zola-marc", ZOLA, "/blog/parsing-marc-in-rust/", "post", 0,
   "Parsing MARC in Rust, for fun", "Kit Okafor", "2023-08-12", (
       "MARC 21 binary records are a leader, a directory and variable fields separated by terminator "
       "bytes. That makes them a lovely first parsing project in a new language.",
       "My parser reads the twenty-four byte leader, uses the base address of data to find the fields, and "
       "walks the directory in twelve byte entries. Each entry gives a tag, a length and an offset. "
       "Control fields are plain strings; data fields have two indicators and subfields marked by the 0x1F "
       "delimiter.",
       "The borrow checker fought me for an evening about returning subfield slices that point into the "
       "record buffer. Lifetimes won. The result parses our whole catalogue export, 1.2 million records, in "
       "under four seconds on my laptop, which is about forty times faster than the script it replaces.",
       "Next: MARCXML, and a proper error type for the malformed records vendors keep sending us."),
   tags=("rust", "marc"))

_w("zola-discovery", ZOLA, "/blog/migrating-our-discovery-layer/", "post", 1,
   "Notes from migrating our discovery layer", "Kit Okafor", "2024-05-30", (
       "We moved to a new discovery system over the winter break. Some notes for anyone planning the same.",
       "Freeze record loads two weeks before cutover, not one. Map your local fields early; ours took a month "
       "because nobody had documented what 590 meant at our library since 2004.",
       "Test with real searches from your logs, not the demo queries. Our top search was a course code, "
       "which the new system treated as a call number until we fixed the rules.",
       "Much of what we knew about the pitfalls came from a Discord server where systems librarians at "
       "other schools compared notes on the same migration; I owe them several coffees.",
       "Communicate early with reference staff. They will get the complaints."),
   tags=("systems",))

_w("zola-bluesky", ZOLA, "/blog/bluesky-starter-packs-for-library-tech/", "post", 2,
   "Bluesky starter packs for library tech people", "Kit Okafor", "2024-11-19", (
       "A lot of library people arrived on Bluesky this month, and starter packs turned out to be the "
       "fastest way to rebuild a professional feed. I made one for library technology and it has been "
       "used a few thousand times.",
       "How I chose people: they post about their work at least sometimes, they answer questions, and "
       "between them they cover systems, metadata, digital preservation, accessibility and open source. "
       "I deliberately included people early in their careers who write well, not only the famous ones.",
       "If you are new to the field, a starter pack is a cheap way to find the conversations you would "
       "otherwise hear about years later. Follow the pack, mute freely, and reply to people; that is where "
       "the learning happens.",
       "I have also been asked for a pack of cat accounts run by libraries. That one is in progress."),
   tags=("bluesky", "community"))

# --- WriteFreely: an anonymous new librarian ------------------------------------------------------

_w("wf-manager", WF, "/the-manager-who-coached-me", "post", 2,
   "The manager who coached me", "small hours", "2024-04-07", (
       "My first manager never once called it mentoring. She called it 'checking in'. Every Friday she "
       "sent me a message on Teams: what went well, what was weird, what do you want to try. At first I "
       "thought it was surveillance. By the third month I was saving things up to tell her.",
       "She did not fix things for me. When I botched a class she asked what I would change and then sent "
       "me a thread from an instruction librarians' forum where people had argued about exactly that kind "
       "of class. When I wanted to go to a conference we could not pay for, she showed me the free "
       "webinars the state library runs and the hashtag people use to live-post the big conferences.",
       "She told me, in my first week, to find people outside the building to learn from, because she "
       "would not be my manager forever. She was right; she left last year. The people I found, through a "
       "Discord for early-career librarians and a listserv she signed me up to, are still there.",
       "I am writing this because I have just become someone's manager, and I have started sending Friday "
       "messages."),
   tags=("mentoring", "work"))

_w("wf-void", WF, "/asking-the-void", "post", 3,
   "Asking the void", "small hours", "2023-11-12", (
       "Posted a question at 1 a.m. in the librarians subreddit: should I take a permanent job in "
       "cataloguing when what I want is instruction, or hold out for the temp instruction contract?",
       "By morning, forty replies. Half said take the permanent job. A cataloguer with twenty years in "
       "said cataloguing would make me a better teacher, which I did not expect. An instruction coordinator "
       "messaged me privately and offered to look at my cover letters.",
       "I took the permanent job. I still talk to the coordinator every couple of months. Strangers on the "
       "internet: occasionally the best career advice you will get."),
   tags=("career", "reddit"))

_w("wf-burnout", WF, "/on-being-tired", "post", 1,
   "On being tired", "small hours", "2024-09-01", (
       "It is September and I am already tired. The semester has not started. The budget has been cut "
       "again, and the person who left in June is not being replaced, so her work is now my work.",
       "I do not want to write a post about self-care, because a bath does not fix staffing. What helps a "
       "bit: saying no to one thing a week, eating lunch away from my desk, and a group chat with three "
       "other librarians from my cohort where we complain and occasionally give each other good advice.",
       "What would help more: a budget."),
   tags=("work",))

_w("wf-library-school", WF, "/library-school-term-two", "post", 1,
   "Library school, term two", "small hours", "2022-02-20", (
       "Term two. Cataloguing is hard and I love it. Reference is fun and I am bad at it. The management "
       "course is a group project with five people in four time zones, so it is really a course in "
       "scheduling.",
       "Good thing this term: the school set up peer tutors for the cataloguing course, second-years who "
       "run drop-in sessions. Mine walks me through subject headings every Tuesday.",
       "One of the lecturers said to join the student chapter's Slack and to follow a few working "
       "librarians online, so I did that too, and have mostly lurked.",
       "Still have not worked out the difference between a uniform title and a preferred title."),
   tags=("school",))

_w("wf-bread", WF, "/bread", "post", 0,
   "Bread", "small hours", "2023-01-29", (
       "Made bread. It rose. Ate half the loaf standing in the kitchen. No notes.",),
   tags=("life",))

# --- XenForo: a forum for information professionals -------------------------------------------------

_w("xf-records-mentor", XF, "/threads/looking-for-a-mentor-in-records-management.4412/", "post", 3,
   "Looking for a mentor in records management - any online programs?", "alder_rm", "2024-03-14", (
       "Hi all. I moved from a public library into a records management role at a city government and I am "
       "the only person here with any information background. I would like a mentor in records management "
       "but do not know where to find one. Are there online mentoring programs, or groups where people do "
       "this informally? Happy to pay for membership of something if that is how it works.",),
   tags=("mentoring", "records management"),
   replies=(
       ("quietboxes", "The records management association in our region runs an e-mentoring program: you get "
        "matched with someone for six months, monthly video calls, and a shared online space for the "
        "cohort. It was the best thing I did in my first year. Also, lurk on the records management "
        "listserv for a while before posting; the archive of past threads is a free education."),
       ("Petra K.", "Informal is fine too. I found my mentor by asking questions in a LinkedIn group for "
        "government records managers and eventually asking one person who always answered if she would "
        "have a call with me. Three years later we still talk monthly."),
       ("alder_rm", "Thank you both, this is really helpful. I have applied to the e-mentoring program "
        "and joined the LinkedIn group."),
       ("mod_jules", "Moved to Careers & Mentoring. There is also a mentoring thread pinned at the top of "
        "this forum where people offer to mentor; feel free to post there."),
   ))

_w("xf-linkedin", XF, "/threads/is-linkedin-worth-it-for-archivists.4380/", "post", 2,
   "Is LinkedIn worth it for archivists?", "gerrit", "2024-02-02", (
       "Genuine question. I have a profile I have not touched since library school. Is LinkedIn useful for "
       "archivists, or is it mostly recruiters and people posting about productivity?",),
   tags=("linkedin", "careers"),
   replies=(
       ("Petra K.", "Mostly recruiters, honestly, but the archivists' groups are useful and a few people "
        "post genuinely helpful things about appraisal and digital preservation. I learn more from those "
        "posts than from most journals."),
       ("hollis", "It got me my current job, so I am a fan. Keep the profile current and connect with "
        "people after conferences. Several senior archivists I met that way have given me career advice "
        "when I asked."),
       ("gerrit", "Fair. Also my profile photo is from 2011, so that is the first job."),
   ))

_w("xf-tutoring", XF, "/threads/peer-tutoring-in-the-learning-commons.4391/", "post", 0,
   "Peer tutoring in the learning commons - staffing models?", "rmb_commons", "2024-02-21", (
       "Our library is taking over the peer tutoring centre from student services. Students tutor other "
       "students in writing and maths at tables in the learning commons. How do other libraries staff "
       "this? Do you pay tutors from the library budget, and who supervises them?",),
   tags=("learning commons",),
   replies=(
       ("hollis", "We pay tutors hourly from a student employment budget. A coordinator in the library "
        "supervises scheduling and the writing centre director trains them. Peer mentors for first-year "
        "students sit next to the tutors, which helps referrals."),
       ("rmb_commons", "Thanks, that is close to what we are planning."),
   ))

_w("xf-job", XF, "/threads/job-metadata-librarian-remote.4420/", "post", 0,
   "Job: Metadata Librarian (remote)", "recruit_ella", "2024-03-20", (
       "A university press is hiring a metadata librarian, fully remote, permanent, to create and maintain "
       "records for our frontlist and backlist in ONIX and MARC, work with distributors, and improve "
       "discovery of our open access monographs.",
       "Requirements: a library degree or equivalent experience, two years of cataloguing, familiarity "
       "with ONIX 3.0. We offer a salary in the advertised band, a professional development allowance and "
       "four weeks of leave. Apply by 15 April."),
   tags=("jobs",))

_w("xf-webinars", XF, "/threads/webinar-recommendations-for-new-cataloguers.4402/", "post", 2,
   "Webinar recommendations for new cataloguers?", "beanstalk", "2024-03-01", (
       "Three months into my first cataloguing job and the only other cataloguer retires in June. My "
       "library has no training budget. What free webinars or online communities helped you learn?",),
   tags=("cataloguing", "webinars"),
   replies=(
       ("Petra K.", "The national library's free cataloguing webinars are excellent and the recordings are "
        "online. Also join the cataloguing listserv and just read it for a month; you will learn what "
        "people argue about."),
       ("hollis", "Before your colleague retires, ask her to look over your records each week and explain "
        "her choices. That kind of mentoring is worth more than any webinar. After June, there is a "
        "friendly cataloguing Discord where experienced people answer beginners' questions."),
       ("beanstalk", "Asked her today; she was delighted. Thank you."),
   ))

_w("xf-outage", XF, "/threads/ils-outage-again.4415/", "post", 0,
   "ILS outage again", "gerrit", "2024-03-16", (
       "Third outage this month with our hosted ILS. Circulation down for four hours on a Saturday. Anyone "
       "else on this vendor having the same problem?",),
   tags=("systems",),
   replies=(("beanstalk", "Same vendor, same Saturday. Their status page said everything was fine."),
            ("gerrit", "Of course it did.")))

# --- Akkoma: short posts on a library fediverse server ---------------------------------------------

_w("akk-mentor-offer", AKK, "/notice/AfXq2pLm9", "post", 3,
   "Mentoring offer", "quill", "2024-10-02", (
       "Mid-career academic librarian here. I have two hours a month to mentor someone early in their "
       "career: job applications, instruction, first committees. Reply or DM and we will set up a video "
       "call. Boosts appreciated. #LibraryMentoring #Libraries",),
   tags=("librarymentoring", "libraries"))

_w("akk-chat", AKK, "/notice/AfYb7tQw1", "post", 3,
   "Mentoring chat tonight", "quill", "2024-10-15", (
       "#LibraryMentoring chat tonight at 8 ET: how did you find a mentor, and how did you become one? "
       "Post your answers with the hashtag. Last month's chat matched six people with mentors, so lurkers "
       "welcome, askers more welcome.",),
   tags=("librarymentoring",))

_w("akk-cat", AKK, "/notice/AfZc1kEr4", "post", 0,
   "The library cat", "ferncat", "2024-10-16", (
       "The library cat has claimed the returns bin again. Patrons are returning books around him. Nobody "
       "has the heart to move him.",),
   tags=("librarycats",))

_w("akk-policy", AKK, "/notice/AfZd9mVn2", "post", 1,
   "Social media policy", "ferncat", "2024-10-20", (
       "Our city just told library staff we cannot mention our employer on personal accounts. Which rules "
       "out half of what I post here, including the mentoring chats. Union is looking into it. Anyone seen "
       "a policy that gets this right?",),
   tags=("libraries",))

_w("akk-thanks", AKK, "/notice/AfZf3hTy8", "post", 2,
   "Thank you", "ferncat", "2024-10-28", (
       "Thank you to the archivist who answered my panicked question about water-damaged ledgers at midnight "
       "last week, and then checked in two days later to see how the freeze-drying went. This is why I am "
       "here. Ledgers are fine.",),
   tags=("archives",))

_w("akk-conference", AKK, "/notice/AfZh5aPb3", "post", 1,
   "Conference announcement", "quill", "2024-11-04", (
       "Registration is open for the regional library conference in March. Keynote on AI and reference "
       "services, forty sessions, a new-professionals lunch where you can meet a mentor, and a poster session. "
       "Early bird rate until January 15.",),
   tags=("conferences",))

# --- Ubiquity Press: Journal of Library Professional Learning ---------------------------------------

_G1 = (
    "Early-career archivists often work alone or in small teams, and formal mentoring programmes reach only "
    "a fraction of them. This study asked how archivists in their first five years of practice use social "
    "media and online networks for mentoring and professional learning. We surveyed 412 early-career "
    "archivists in North America and the United Kingdom and interviewed 22 of them. Respondents drew on "
    "a mix of networks: professional mailing lists (71%), LinkedIn (64%), Mastodon or Bluesky (38%), "
    "Slack or Discord communities (35%) and recorded webinars (58%). Most described informal, peer and "
    "group mentoring rather than formal pairings, and valued specific, fast answers from experienced "
    "colleagues. Those working alone relied on online networks most. We discuss implications for "
    "professional associations that run mentoring schemes.",
    "Introduction. Mentoring has long been recognised as a route into archival practice. Traditional "
    "models pair a new professional with an experienced colleague in the same institution or through an "
    "association's scheme. Yet many archivists begin their careers as lone arrangers, on fixed-term "
    "contracts, or in repositories where nobody else holds an archival qualification. For them, the "
    "colleagues who might mentor them are elsewhere. The literature on library and information workers "
    "describes personal learning networks built on social media, Twitter chats, and e-mentoring, but has "
    "rarely examined archivists specifically, and has not caught up with the movement of professional "
    "conversation away from Twitter since 2022.",
    "Previous work on mentoring in libraries has concentrated on formal programmes: their design, the "
    "satisfaction of participants, and their effect on retention and promotion, particularly for academic "
    "librarians working towards tenure. Studies of e-mentoring, in which mentor and mentee meet mainly by "
    "email or video, found that distance did not weaken the relationship where meetings were regular and "
    "goals explicit, and that it widened the pool of possible mentors for people in rural or specialised "
    "posts. A second strand describes personal or professional learning networks: the people, lists, "
    "feeds and communities a practitioner assembles to keep learning. Librarians' use of Twitter chats "
    "and hashtags for this purpose was well documented in the 2010s, as was the sense of belonging that "
    "participants reported. Work on archivists is thinner, and mostly concerns the formal schemes of "
    "national associations.",
    "Two developments make a fresh look necessary. The first is the fragmentation of professional social "
    "media since 2022, as many library and archives workers left Twitter for Mastodon, Bluesky, LinkedIn "
    "or closed communities on Slack and Discord. The second is the growth of fixed-term and project "
    "employment in archives, which leaves many early-career archivists outside both institutional "
    "mentoring and the eligibility rules of association schemes.",
    "Our research questions were: which online networks early-career archivists use for professional "
    "learning and mentoring; what forms of mentoring take place there; and how these compare with the "
    "formal schemes of professional associations.",
    "Methods. We distributed an online survey through two archival mailing lists, three associations' "
    "newsletters, and posts on LinkedIn, Mastodon and Bluesky between February and April 2024. Eligible "
    "respondents had worked in archives for five years or fewer. The survey asked which networks they "
    "used, how often, for what purposes, and whether they had a mentor, formal or informal. We then "
    "interviewed 22 volunteers by video, chosen to vary by sector, country and employment status. "
    "Interviews were transcribed and coded thematically by two authors independently.",
    "Results. Mailing lists remained the most widely used network: 71% of respondents read at least one "
    "archival list, though only 19% had ever posted. LinkedIn was used by 64%, mostly for job searching, "
    "but a third of those users also named LinkedIn groups or posts as a source of learning. Thirty-eight "
    "per cent used Mastodon or Bluesky, and 35% belonged to a Slack or Discord community for archivists or "
    "for a specialism such as digital preservation. Fifty-eight per cent had watched a recorded webinar "
    "in the previous year.",
    "Asked whether they had a mentor, 29% reported a formal mentor through an association or employer, "
    "and 47% described at least one person they considered an informal mentor. Of those informal mentors, "
    "more than half had first been met online: through a reply on a mailing list, a comment on LinkedIn, "
    "or a Discord server. Respondents working as the only archivist in their organisation were twice as "
    "likely as others to name an informal mentor met online.",
    "Interviewees described three patterns. The first was the answered question: a specific problem "
    "posted to a list or channel, an answer from an experienced archivist, and sometimes a continuing "
    "private correspondence. 'I asked about a rights question on the list and the person who answered has "
    "been my go-to ever since,' said one. The second was group and peer mentoring: small cohorts, often "
    "begun by a post on a list or social network, meeting by video and keeping a shared channel. The third "
    "was ambient learning: reading the conversations of experienced archivists without taking part, which "
    "interviewees described as 'listening in on the profession'.",
    "Interviewees were also frank about costs. The move away from Twitter had broken networks that took "
    "years to build. Several felt that visible participation was expected of them by employers but not "
    "recognised as work. Some described harassment, or anxiety about posting publicly under their own "
    "name. Formal schemes were valued for their structure and for mentors' commitment, but waiting lists "
    "and eligibility rules excluded those on temporary contracts.",
    "Several interviewees distinguished between the people they learned from and the people they would "
    "ask for a reference or a recommendation. Online mentors were valued for quick, candid answers and "
    "for perspectives from outside the interviewee's own institution; they were less often asked to act "
    "as sponsors. One interviewee, a project archivist on her third fixed-term contract, described a "
    "LinkedIn connection who had answered technical questions for two years before she felt able to ask "
    "him to look over a job application. He did, and later told her about a post before it was "
    "advertised. Others described the reverse: a mentor met through an association scheme who, once the "
    "scheme ended, became a Mastodon mutual and an occasional correspondent.",
    "Group mentoring was described most warmly. Interviewees in video-based peer groups said the groups "
    "normalised not knowing, gave them a place to rehearse difficult conversations, and spread the burden "
    "of advice so no single senior colleague was overwhelmed. Groups that lasted had a regular time, a "
    "light structure, and at least one member who took responsibility for inviting quieter members to "
    "speak. Groups that faded had relied on one organiser.",
    "Limitations. Our sample was recruited online, and is likely to over-represent archivists who are "
    "active on the networks we studied; the proportions using each network should be read with that in "
    "mind. Respondents were predominantly English-speaking and based in North America and the United "
    "Kingdom. Self-reported informal mentoring is hard to define, and respondents may have applied the "
    "word differently. We did not observe interactions directly, and future work could analyse the "
    "public conversations themselves, with attention to the ethics of studying semi-public spaces.",
    "Discussion. Our findings suggest that for early-career archivists, mentoring is a network rather than "
    "a relationship: several people, met in several places, each helping with part of a career. Online "
    "networks make that network possible for those who work alone. Associations could build on this by "
    "recognising group and peer mentoring, opening schemes to temporary workers, and hosting or moderating "
    "spaces rather than relying on commercial platforms that may change overnight.",
    "Implications for practice. For professional associations, the findings suggest four changes. First, "
    "open mentoring schemes to archivists on temporary and part-time contracts, and to those working "
    "outside archives departments, such as records staff in local government. Second, support group and "
    "peer mentoring alongside one-to-one pairing, with simple guidance for facilitators. Third, keep "
    "searchable archives of mailing lists and community channels, since much of their value lies in "
    "answers given years ago. Fourth, consider hosting community spaces on infrastructure the association "
    "controls, so that the loss of a commercial platform does not erase a decade of conversation.",
    "For employers, the findings suggest recognising time spent in professional networks as professional "
    "development, and encouraging new staff to find colleagues elsewhere who can advise them. For "
    "experienced archivists, they suggest that answering a newcomer's question in public is itself a "
    "form of mentoring, and often the start of a longer one.",
    "Conclusion. Mailing lists, LinkedIn, the fediverse and chat communities together form a mentoring "
    "infrastructure that archival education rarely acknowledges. Taking it seriously would make mentoring "
    "reach the archivists who need it most.",
)

_w("ubq-survey", UBQ, "/articles/10.5334/jlpl.214", "journal-article", 3,
   "Networks, Not Pairs: How Early-Career Archivists Find Mentoring Online", "Hannah Whitcombe", "2025-02-18",
   _G1, tags=("mentoring", "archivists", "social media", "professional learning"))

_G2_ABSTRACT = (
    "Professional mailing lists are among the oldest online spaces for library and information workers, "
    "yet their role in informal learning is little studied. We analysed 1,800 threads posted over two "
    "years to three library mailing lists, coding each for the kind of help asked for and given. Forty-two "
    "per cent of threads began with a question from someone describing themselves as new to a role; most "
    "received an answer within a day, typically from a respondent with many years of experience. Advice "
    "on careers, on handling difficult situations at work, and recommendations of further reading were "
    "common alongside technical answers. We argue that lists function as a distributed form of mentoring "
    "and peer learning.",)

_w("ubq-listserv", UBQ, "/articles/10.5334/jlpl.198", "journal-article", 3,
   "Asking the List: Informal Learning and Mentoring on Library Mailing Lists", "Ruth Adeyemi", "2024-09-09",
   _G2_ABSTRACT, tags=("mailing lists", "informal learning", "mentoring"))

_w("ubq-listserv-pdf", UBQ, "/articles/10.5334/jlpl.198/galley/311/download/", "document", 3,
   "Asking the List: Informal Learning and Mentoring on Library Mailing Lists", "Ruth Adeyemi", "2024-09-09", (
       "Asking the List: Informal Learning and Mentoring on Library Mailing Lists",
       "Ruth Adeyemi and Colm Fahy",
       "Journal of Library Professional Learning, 9(1), 2024. DOI: 10.5334/jlpl.198",
       "Abstract. Professional mailing lists are among the oldest online spaces for library and information",
       "workers, yet their role in informal learning is little studied. We analysed 1,800 threads posted to",
       "three library mailing lists over two years and coded each for the help asked for and given.",
       "Findings. Forty-two per cent of threads began with a question from someone new to a role. Most were",
       "answered within a day by experienced librarians. Many answers offered career advice, ways to handle",
       "difficult situations at work, or further reading, and some askers later thanked respondents for",
       "continuing advice given privately. Lists act as distributed mentoring and peer learning.",
       "Implications. Associations that host lists could recognise the mentoring done there, keep searchable",
       "archives, and invite experienced members to answer newcomers' questions.",
   ))

_w("ubq-tutoring", UBQ, "/articles/10.5334/jlpl.205", "journal-article", 0,
   "Peer Tutoring and First-Year Students' Information Literacy: A Quasi-Experimental Study",
   "Daniel Moreau", "2024-11-25", (
       "Many academic libraries now host peer tutoring, in which trained undergraduates help other students "
       "with research assignments. This study compared first-year students who attended at least two peer "
       "tutoring sessions with a matched group who did not. Tutored students scored higher on a source "
       "evaluation test at the end of term and cited more scholarly sources in their final essays. Peer "
       "tutors reported gains in their own confidence. We discuss training and supervision of student "
       "tutors and the costs of running such programmes within the library.",),
   tags=("peer tutoring", "information literacy"))

_w("ubq-collections", UBQ, "/articles/10.5334/jlpl.209", "journal-article", 0,
   "Assessing Print Collections in Small Academic Libraries", "Lena Sorensen", "2025-01-13", (
       "Small academic libraries face pressure to reduce print collections while supporting teaching. We "
       "describe a collection assessment method combining circulation data, course syllabi and holdings "
       "overlap with regional partners, applied at three colleges. The method identified 18 to 27 per cent "
       "of monographs as candidates for withdrawal or shared retention, and faculty review changed the "
       "outcome for fewer than 5 per cent of titles.",),
   tags=("collections",))

_w("ubq-review", UBQ, "/articles/10.5334/jlpl.216", "journal-article", 2,
   "Book Review: The Connected Professional: Librarians Learning Together Online", "Samir Haddad", "2025-03-03", (
       "This edited volume sets out to document how library workers learn from each other in online "
       "communities, and mostly succeeds. Its best chapters describe particular communities in detail: a "
       "long-running Twitter chat for school librarians, a Discord server for library students, a LinkedIn "
       "group for law librarians, and a mentoring scheme that moved online during the pandemic and never "
       "moved back.",
       "The chapter on group mentoring by video is the most useful for practitioners, with clear advice on "
       "cohort size and facilitation. The chapter on personal learning networks is the weakest, repeating "
       "familiar claims without new evidence.",
       "The book was written before the shift of many library workers from Twitter to Mastodon and "
       "Bluesky, and some chapters already read as history. The price will keep it out of most personal "
       "collections, but it belongs in libraries that support library and information science programmes."),
   tags=("book review",))

# --- Adobe Experience Manager: a university's libraries --------------------------------------------

_w("aem-program", AEM, "/en/libraries/news/2024/virtual-mentoring-program-launches.html", "article", 3,
   "Libraries launch virtual mentoring program for new staff", "Lakeshore University Libraries", "2024-09-10", (
       "Lakeshore University Libraries this month launched a virtual mentoring program that pairs new "
       "library staff with experienced librarians at Lakeshore and at four partner universities.",
       "Each new staff member is matched with a mentor for a year and joins a small peer mentoring group "
       "that meets by video every month. Participants share resources and questions in a dedicated channel "
       "on the libraries' Microsoft Teams, and the program runs a series of online workshops on topics "
       "chosen by the mentees, from teaching to building a professional network on LinkedIn.",
       "\"New colleagues often tell us the hardest thing is knowing who to ask,\" said Aisha Kamara, "
       "associate dean for organizational development. \"Mentors at other institutions widen that circle, "
       "and meeting online makes it possible.\"",
       "Twenty-three mentees and twenty-six mentors are taking part in the first year. The program guide "
       "is available to download, and staff at partner libraries can express interest through their own "
       "organizational development office."),
   tags=("mentoring", "staff development"))

_w("aem-guide", AEM, "/content/dam/lakeshore/libraries/documents/mentoring-program-guide-2024.pdf", "document", 2,
   "Virtual Mentoring Program Guide 2024-25", "Lakeshore University Libraries", "2024-08-26", (
       "Lakeshore University Libraries - Virtual Mentoring Program Guide 2024-25",
       "Purpose. The program supports staff in their first two years through a mentor and a peer group.",
       "Matching. Mentees list goals; the committee matches them with a mentor at Lakeshore or a partner.",
       "Meetings. Mentor and mentee meet at least monthly by video. Peer groups of five meet monthly.",
       "Online space. Each cohort has a Teams channel for questions, readings and event notices.",
       "Workshops. Quarterly online workshops, e.g. building a professional learning network.",
       "Confidentiality. Conversations between mentor and mentee stay between them.",
       "Ending. Pairs close with a review of goals; many continue informally.",
       "Contact: Office of Organizational Development, University Libraries.",
   ))

_w("aem-job", AEM, "/en/libraries/about/jobs/head-of-research-services.html", "article", 1,
   "Head of Research Services", "Lakeshore University Libraries", "2025-01-08", (
       "Lakeshore University Libraries seek an experienced librarian to lead the Research Services "
       "department of eight librarians and three staff, providing research consultations, instruction and "
       "data services to graduate students and faculty.",
       "Responsibilities include setting departmental priorities, managing the budget, representing the "
       "libraries on university research committees, and supervising and mentoring department staff.",
       "Qualifications: an ALA-accredited master's degree, five years of progressively responsible "
       "experience in an academic library, and a record of supervision. Review of applications begins "
       "February 1."),
   tags=("jobs",))

_w("aem-robotics", AEM, "/en/libraries/news/2024/robotics-team-heads-to-state.html", "article", 0,
   "Makerspace robotics team heads to state finals", "Lakeshore University Libraries", "2024-04-02", (
       "The high school robotics team that builds in the libraries' makerspace has qualified for the state "
       "finals for the first time. Engineering students volunteer as the team's mentors, meeting the "
       "students twice a week to help with design, wiring and code.",
       "\"The mentors have been incredible,\" said team captain Priya Nair. \"They never give us the answer, "
       "they ask us questions until we find it.\"",
       "The finals take place in April. The makerspace is open to all students and community groups; book "
       "equipment online."),
   tags=("makerspace",))

_w("aem-webinar", AEM, "/en/libraries/events/2024/building-your-professional-learning-network.html", "article", 2,
   "Webinar: Building your professional learning network", "Lakeshore University Libraries", "2024-10-22", (
       "Online event, November 14, 12:00-13:00. Open to library staff at Lakeshore and partner institutions.",
       "Who do you learn from outside your own library? This webinar for participants in the virtual "
       "mentoring program and anyone else interested looks at how library workers build a personal learning "
       "network: which mailing lists, social media platforms and online communities colleagues use, how to "
       "ask a good question in public, and how to keep a network going when platforms change.",
       "Presented by Aisha Kamara and two librarians from the first mentoring cohort. Register through the "
       "staff development calendar."),
   tags=("events", "staff development"))

_w("aem-renovation", AEM, "/en/libraries/news/2024/main-library-renovation-update.html", "article", 0,
   "Main Library renovation: spring update", "Lakeshore University Libraries", "2024-03-11", (
       "Work on the second floor of the Main Library is on schedule. The new group study rooms will open in "
       "August, and the quiet reading room moves to the fourth floor for the summer.",
       "Print journals from the second floor are in storage and can be requested through the catalogue "
       "for delivery within two working days."),
   tags=("facilities",))

# --- a Vimeo-like video site -----------------------------------------------------------------------

_w("vid-panel", VID, "/874512093", "post", 3,
   "Mentoring in the Open: Archivists' Online Communities (panel)", "Archives Learning Collective", "2024-05-21", (
       "Recording of our May panel. Four archivists talk about mentoring and being mentored through online "
       "communities: a mailing list that became a mentoring circle, a Discord server for archives students, "
       "a LinkedIn group for lone arrangers, and what happened to the archives Twitter community.",
       "Chapters: 00:00 introductions; 06:10 finding a mentor when you work alone; 19:45 peer and group "
       "mentoring by video; 33:20 moderation and keeping spaces kind; 47:00 audience questions.",
       "Transcript excerpt: \"I did not have a mentor in my building, so I built one out of the internet. "
       "One person on the list for description questions, one on Mastodon for digital preservation, and a "
       "group call every month for everything else. That is my mentor. It is five people.\""),
   tags=("mentoring", "archives", "panel"))

_w("vid-slack-tour", VID, "/869330417", "post", 1,
   "Slack for library teams: a quick tour", "Lakeshore Library Tech", "2024-02-06", (
       "Ten-minute tour of how our library uses Slack internally: channels per department, a channel for "
       "the service desk rota, integrations with the ticketing system, and etiquette for notifications.",
       "At the end we mention the external Slack communities some of our staff join for professional "
       "learning, but this video is about our own workspace."),
   tags=("slack", "tutorial"))

_w("vid-stopmotion", VID, "/861207755", "post", 0,
   "Stop-motion at the teen library", "Eastfield Public Library", "2023-12-12", (
       "Teens at the Eastfield branch made this two-minute stop-motion film over the autumn half-term "
       "using clay, a tablet and a lot of patience. Music by the teen advisory group.",),
   tags=("teens",))

_w("vid-linkedin", VID, "/866781204", "post", 2,
   "LinkedIn for Librarians (webinar recording)", "State Library Continuing Education", "2024-01-17", (
       "Recording of our January continuing education webinar. Topics: a profile that says what you "
       "actually do, finding and joining library groups, following colleagues whose posts teach you "
       "something, reaching out to a potential mentor without being awkward, and career advice from two "
       "library directors who hire.",
       "Slides and links are in the description of the event page on our calendar. Captions available."),
   tags=("linkedin", "webinar"))

# --- Gatsby: a library association's new professionals group -----------------------------------------

_w("gats-pairs", GATS, "/meet-our-2025-e-mentoring-pairs/", "post", 2,
   "Meet our 2025 e-mentoring pairs", "NPG Committee", "2025-02-03", (
       "Our e-mentoring scheme is back for its fourth year, with fourteen pairs. Mentees are library and "
       "information workers in their first three years; mentors volunteered from across the association.",
       "Pairs meet online at least once a month from February to November. This year we added a shared "
       "Discord server for all mentors and mentees, after last year's participants asked for a place to "
       "meet people beyond their own pair.",
       "Below, some of this year's pairs introduce themselves. Jonah, a school librarian, is paired with "
       "Wen, who runs a county library's children's services. Fatima, a health librarian, is paired with "
       "Greg, recently retired from a teaching hospital. Ama, a metadata assistant, is paired with Ines, "
       "head of cataloguing at a national library.",
       "Thank you to all our volunteer mentors. Applications for 2026 open in October."),
   tags=("mentoring", "events"))

_w("gats-chat", GATS, "/how-to-run-a-twitter-chat-and-why-we-stopped/", "post", 3,
   "How to run a Twitter chat (and why we stopped)", "Priya Venkataraman", "2024-06-12", (
       "For six years the group ran a monthly chat on Twitter for new professionals. A question every "
       "ten minutes, one hashtag, an hour on a Thursday evening. At its peak a few hundred people joined. "
       "This is what we learned, for anyone running a chat anywhere.",
       "Publish the questions in advance. People who are nervous about posting in public can draft answers, "
       "and experienced librarians who cannot make the time can answer early.",
       "Invite two or three experienced guests each month and ask them to reply to newcomers, not just post "
       "their own answers. The best chats were the ones where a director spent an hour answering first-year "
       "librarians' questions about interviews and salary. Several mentoring relationships started there.",
       "Post a summary afterwards. Our blog summaries were read more than the chats were attended.",
       "Why we stopped: the platform changed, our participants scattered, and a chat needs everyone in one "
       "place at one time. We now run a monthly video call and a Discord server, and we try to keep the "
       "question-every-ten-minutes rhythm there. It is smaller. It is also, several members tell us, "
       "friendlier."),
   tags=("chats", "events"))

_w("gats-spotlight", GATS, "/member-spotlight-a-map-librarian/", "post", 1,
   "Member spotlight: a map librarian", "NPG Committee", "2024-10-01", (
       "This month we talked to Rosa, who became a map librarian two years ago after working in a public "
       "library.",
       "What does a map librarian do? \"Everything from helping a hydrologist find nineteenth-century "
       "surveys to teaching GIS to first-years. And a lot of flat-file drawers.\"",
       "Her advice for new professionals: learn a little GIS, say yes to odd projects, and ask people "
       "questions online, which is how she found the map librarians' mailing list that taught her the job.",
       "Favourite item in the collection: a hand-drawn fire insurance map of her home town."),
   tags=("spotlight",))

_w("gats-cfp", GATS, "/call-for-proposals-2025-conference/", "post", 1,
   "Call for proposals: 2025 conference", "NPG Committee", "2024-11-15", (
       "The association's annual conference takes place in Leeds in June and the new professionals group "
       "has two sessions to fill. We welcome proposals on any topic from members in their first five "
       "years, including research projects, practice case studies, and reflections on mentoring or career "
       "development.",
       "Proposals of up to 300 words are due January 31. First-time presenters are welcome; a committee "
       "member can review your draft."),
   tags=("events",))

_w("gats-minutes", GATS, "/minutes-spring-business-meeting/", "post", 0,
   "Minutes: spring business meeting", "NPG Committee", "2024-04-20", (
       "Present: eight committee members. Apologies: two.",
       "Treasurer's report: balance carried forward; bursary fund unchanged. Approved.",
       "Website: migration to the new hosting completed. Thanks to Tom.",
       "Next meeting: September, online. Meeting closed at 19:40."),
   tags=("committee",))


OTHER: list[tuple[str, str, str]] = [
    (WIX, "/", "home"), (WIX, "/about", "about"), (WIX, "/blog", "listing"),
    (WIX, "/blog/categories/career", "category"), (WIX, "/blog/tags/mentoring", "tag"),
    (WIX, "/search-results?q=mentor", "search"), (WIX, "/profile/marisol-reyes/profile", "profile"),
    (WIX, "/post/mentoring-and-linkedin-part-2", "error"),

    (SQS, "/", "home"), (SQS, "/about", "about"), (SQS, "/contact", "contact"), (SQS, "/blog", "listing"),
    (SQS, "/blog?category=Mentoring", "category"), (SQS, "/blog?tag=listservs", "tag"),
    (SQS, "/search?q=mentoring", "search"),

    (ZOLA, "/", "home"), (ZOLA, "/about/", "about"), (ZOLA, "/blog/", "listing"),
    (ZOLA, "/tags/community/", "tag"), (ZOLA, "/categories/notes/", "category"),
    (ZOLA, "/blog/twitter-archive/", "error"),

    (WF, "/", "home"), (WF, "/about", "about"), (WF, "/tag:career", "tag"), (WF, "/page/2", "listing"),

    (XF, "/", "home"), (XF, "/forums/careers-mentoring.4/", "category"), (XF, "/tags/mentoring/", "tag"),
    (XF, "/members/alder_rm.112/", "profile"), (XF, "/search/204/?q=mentor&o=relevance", "search"),
    (XF, "/misc/contact", "contact"), (XF, "/help/about/", "about"),
    (XF, "/threads/mentor-wanted-digital-preservation.3977/", "error"),

    (AKK, "/", "home"), (AKK, "/about", "about"), (AKK, "/tag/librarymentoring", "tag"),
    (AKK, "/users/quill", "profile"), (AKK, "/users/ferncat", "profile"),

    (UBQ, "/", "home"), (UBQ, "/about/", "about"), (UBQ, "/articles/", "listing"),
    (UBQ, "/9/volume/9/issue/1", "listing"), (UBQ, "/collections/professional-learning-online/", "category"),
    (UBQ, "/search/?q=mentoring", "search"), (UBQ, "/articles/10.5334/jlpl.150", "error"),

    (AEM, "/en/libraries.html", "home"), (AEM, "/en/libraries/about.html", "about"),
    (AEM, "/en/libraries/news.html", "listing"), (AEM, "/en/libraries/news/topics/staff-development.html", "category"),
    (AEM, "/en/tags/mentoring.html", "tag"), (AEM, "/en/search.html?q=mentoring", "search"),
    (AEM, "/en/libraries/people/aisha-kamara.html", "profile"),
    (AEM, "/en/libraries/news/2023/peer-mentoring-pilot.html", "error"),

    (VID, "/", "home"), (VID, "/user81234", "profile"), (VID, "/channels/librarylearning", "listing"),
    (VID, "/categories/education", "category"), (VID, "/search?q=mentoring", "search"), (VID, "/859000001", "error"),

    (GATS, "/", "home"), (GATS, "/about/", "about"), (GATS, "/tags/mentoring/", "tag"), (GATS, "/tags/events/", "tag"),
    (GATS, "/page/2/", "listing"), (GATS, "/e-mentoring-2023/", "error"),
]

# the errors that answer 404; the others answer 200 (a soft 404)
NOT_FOUND = {(WIX, "/post/mentoring-and-linkedin-part-2"), (ZOLA, "/blog/twitter-archive/"),
             (XF, "/threads/mentor-wanted-digital-preservation.3977/"), (UBQ, "/articles/10.5334/jlpl.150"),
             (VID, "/859000001"), (GATS, "/e-mentoring-2023/")}
