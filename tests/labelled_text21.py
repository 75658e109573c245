"""Web 21's texts and labels, written before its pages were built (see
:mod:`tests.labelled_web21`, which builds every page from them).

``WORKS`` maps a short name to a :class:`Work` (host, path, kind, grade,
title, author, date, paragraphs, tags, replies for a forum's threads);
``OTHER`` lists the pages that are not works, ``(host, path, kind)``, all
graded 0. Grades: 3 about the topic throughout, 2 about it in good part, 1 a
passing mention, 0 nothing.

Hosts and their platforms: pathways.example (Hugo Clarity, a researcher's
blog), lonearrangers.example (a Misago forum), firstshelf.example (WordPress
Twenty Nineteen with Kadence Blocks, a student's blog), shelfnotes.example (a
Ghost(Pro) newsletter archive, a retiree's letters), quietstacks.example
(Jekyll Hydeout, a cataloguer's blog), valleylibraries.example (Grav with
Quark, a regional library association), unilib.example (TYPO3 with
bootstrap_package, a university library's news), curation.example (Zola
Tabi, a data librarian's notes), jnl.example (an Elsevier ScienceDirect-like
journal), stratacommunity.example (a bbPress forum on WordPress, a library
systems vendor's user community).
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
    tags: tuple[str, ...] = ()
    replies: tuple[tuple[str, str], ...] = ()  # (who, text) of a forum thread's replies


PATHWAYS = "pathways.example"
FORUM = "lonearrangers.example"
FIRST = "firstshelf.example"
SHELF = "shelfnotes.example"
QUIET = "quietstacks.example"
VALLEY = "valleylibraries.example"
UNI = "unilib.example"
CURATION = "curation.example"
JNL = "jnl.example"
STRATA = "stratacommunity.example"

HOSTS = (PATHWAYS, FORUM, FIRST, SHELF, QUIET, VALLEY, UNI, CURATION, JNL, STRATA)

WORKS: dict[str, Work] = {}


def _w(name: str, *args, **kw) -> None:
    WORKS[name] = Work(*args, **kw)


# --- pathways.example: Hugo Clarity, an academic librarian who studies her profession ---------------------------

_w("networked", PATHWAYS, "/post/networked-mentoring-early-career/", "article", 3,
   "Networked mentoring: what early-career librarians told me about learning in public",
   "Ines Okafor", "2025-03-14", (
       "For the last two years I have been interviewing librarians in their first five years of practice about a "
       "deceptively simple question: when you do not know how to do something at work, who do you ask? I expected "
       "the answers to circle around supervisors and the occasional formal mentoring scheme run by a professional "
       "association. What I heard instead, again and again, was a description of a loose and shifting crowd of "
       "people met online, most of whom the interviewee had never met in person, some of whom they only knew by a "
       "handle and an avatar.",
       "This post is a plain-language write-up of what I found, ahead of the longer article. Thirty-one people took "
       "part: academic, public, school and special librarians, plus four archivists and two records managers. They "
       "worked in nine countries. I spoke with each of them for about an hour, and twelve of them kept a short diary "
       "for a month of every time they looked for advice about their work, whether that was a question about a "
       "licensing clause or a wobble about whether to apply for a promotion.",
       "The first thing that struck me is how few of them used the word mentor for the people who helped them "
       "most. A mentor, in their telling, was someone assigned to them by a program, someone they met with on a "
       "schedule and felt slightly obliged to. The people who actually shaped their careers were described "
       "differently: 'the woman who always replies to my questions on Mastodon', 'the Slack channel', 'this guy who "
       "runs the e-resources list and never makes you feel stupid'. One participant called them 'my people'. "
       "Another called them 'the committee in my phone'.",
       "Researchers have a name for this. A personal learning network, or PLN, is the set of people and sources "
       "someone draws on to keep learning in their field, and it is usually assembled by the learner rather than "
       "handed to them. Early-career librarians are very good at assembling them. They follow hashtags, lurk in "
       "chats, join Discord servers set up by their library school cohort, and slowly move from reading to asking "
       "to answering. Several described the moment they answered someone else's question for the first time as a "
       "turning point: they had become, in a small way, a mentor to somebody else.",
       "The platforms changed during the study, and the participants changed with them. At the start, most of the "
       "public conversation happened on Twitter, under hashtags such as #libchat, #critlib and #archivists. By the "
       "end, about a third had moved most of that conversation to Mastodon, a handful to Bluesky, and nearly all of "
       "them had retreated at least partly into closed spaces: Slack workspaces for a specialism, Discord servers, "
       "group chats. LinkedIn was everybody's least favourite and almost everybody's most useful platform for one "
       "thing only, the job search, where a message to a stranger who had held a similar job turned out to be the "
       "most reliable source of candid advice.",
       "The closed spaces matter for mentoring. Several people told me that they would never ask a 'real' question "
       "in public. A public post is a performance; it will be read by your future employers. In a Slack channel of "
       "forty people you have come to trust, you can say that you are drowning, that your director is making odd "
       "decisions, that you do not understand the budget. What you get back is less like information and more like "
       "the old idea of mentoring: perspective from someone a few steps further along who has seen this before.",
       "Peer mentoring came up constantly, though rarely by that name. Cohorts from library school kept their "
       "group chats going for years. One group of five new subject librarians at different universities met on "
       "video once a month to read each other's instruction plans. A pair of solo archivists in neighbouring "
       "counties texted each other after every donor meeting. None of these arrangements had a coordinator, an "
       "application form or an evaluation, and all of them were described as more valuable than the formal "
       "schemes the participants had also joined.",
       "That does not mean the formal schemes were useless. Where they worked, it was often because they gave "
       "permission. A junior librarian who would never message a senior stranger felt able to do so when the "
       "association had matched them and told both parties to expect a call. Several of the most durable "
       "relationships in my sample began as formal matches and then moved onto informal channels: the scheduled "
       "monthly call became an occasional direct message, which lasted long after the program ended.",
       "There were costs. The most common complaint was noise. Following the profession on social media means "
       "reading a great deal of conference chatter, vendor marketing and arguments. Participants curated "
       "aggressively, muting words and leaving servers. Some felt guilty about lurking. Others worried about the "
       "uneven distribution of the advice on offer: those who were already confident, already connected, and "
       "already comfortable in English got far more out of open networks than those who were not. Two participants "
       "from smaller countries said that the big English-language hashtags felt like someone else's staff room.",
       "Then there is labour. The generous people who answered questions in public were a small group, and some of "
       "them were tired. One experienced cataloguer told me she had answered the same question about a subject "
       "heading perhaps two hundred times across platforms. She still did it, because someone had done it for "
       "her, but she wished that the profession recognised it as work. None of the annual reviews my participants "
       "described counted informal mentoring, online or off, as a contribution to the profession.",
       "What would I say to someone starting out? Build your network deliberately and early. Follow people whose "
       "work you admire, not only people with large audiences. Ask specific questions: 'how did you structure your "
       "first liaison meeting?' gets answered, 'any advice?' does not. Join at least one small, closed community "
       "where you can be honest. Say thank you publicly when someone helps you. And when you can answer a question, "
       "answer it; the network only works because people who were helped go on to help.",
       "What would I say to employers and associations? Count this work. Give staff time to take part in online "
       "communities as a legitimate part of professional development, not something squeezed into evenings. When "
       "you run a mentoring program, design it to hand people over to the wider network rather than to stand in "
       "for it. And be careful about the platforms you rely on: several of the communities my participants valued "
       "disappeared, or were scattered, when a platform changed owner or policy. Mailing lists, it turns out, are "
       "still here after thirty years.",
       "A final note on method. I recruited participants through the same networks I was studying, which means my "
       "sample leans towards people who are already comfortable online. The people who never found their way into "
       "these networks are, by definition, harder to reach, and I suspect their story is a different one. The next "
       "phase of the project, funded for two years, will try to reach them through the regional associations and "
       "through libraries that have no staff on social media at all. If you work in one, I would love to talk.",
       "The full article is under review. In the meantime the interview guide and the diary template are on the "
       "project page, and I have written up some of the quotes that did not fit anywhere else in the post on weak "
       "ties. As always, corrections and disagreements are welcome by email or on Mastodon.",
   ), tags=("mentoring", "pln", "research", "early-career"))

_w("weakties", PATHWAYS, "/post/weak-ties-strong-advice/", "article", 3,
   "Weak ties, strong advice", "Ines Okafor", "2025-04-02", (
       "Some of the interview quotes from the networked learning study did not fit the main write-up, but they "
       "keep coming back to me, so here they are, lightly edited.",
       "'I was the only archivist in a museum of sixty people. Nobody at work could tell me whether my appraisal "
       "decision was mad. So I posted it, anonymised, in the archives channel of a Slack, and within an hour three "
       "people with twenty years each had told me how they would have handled it. I still have that thread "
       "bookmarked.'",
       "'The person who got me my second job was someone I had only ever replied to on Twitter. When I saw the "
       "advert I messaged her and asked what the team was really like. She told me, honestly, and then she told the "
       "hiring manager to look out for my application.'",
       "'I don't think of them as mentors. They're people who are a bit further down the road and are kind enough "
       "to turn round and shout back what's coming.'",
       "'My supervisor is great but she's been in this library since 1998. The people I learn the new stuff from "
       "are on Bluesky and in the data curation Discord. She learns it from me, so I suppose I mentor her too.'",
       "Sociologists have long argued that weak ties, acquaintances rather than close friends, carry the most new "
       "information, because they move in different circles. These quotes suggest that for librarians the weak ties "
       "carry something more: not just news of jobs, but judgement, reassurance and a sense of what good practice "
       "looks like elsewhere. That is what we used to expect from a mentor, and it now arrives from a dozen people "
       "at once.",
   ), tags=("mentoring", "pln", "research"))

_w("citnet", PATHWAYS, "/post/teaching-citation-network-analysis/", "article", 0,
   "Teaching citation network analysis with VOSviewer", "Ines Okafor", "2025-01-20", (
       "This term I taught a two-hour workshop for graduate students on mapping the literature of their field with "
       "citation networks. The students came from public health, engineering and history, which made for a lively "
       "room.",
       "We began with a search in a citation database, exported the records, and loaded them into VOSviewer. The "
       "co-citation map is always the moment the room goes quiet: clusters of authors appear, and students "
       "recognise the schools of thought their supervisors have been describing. We then looked at bibliographic "
       "coupling, which groups recent papers that cite the same sources and is better at showing where a field is "
       "going than where it has been.",
       "The hardest part was not the software but the cleaning. Author names appear in half a dozen forms, "
       "journal titles are abbreviated inconsistently, and a single misspelt name can split one influential scholar "
       "into two small nodes. We spent a good half hour on thesaurus files.",
       "The slides and the thesaurus template are on the workshop page. Next time I would leave more time for "
       "interpretation: a network map is a picture of citing behaviour, not of quality, and several students were "
       "ready to read far too much into the size of a circle.",
   ), tags=("teaching", "networks", "bibliometrics"))

_w("reading", PATHWAYS, "/post/reading-list-peer-learning/", "article", 2,
   "Reading list: peer learning, communities of practice and a bit of everything", "Ines Okafor", "2025-02-08", (
       "A few people asked what I have been reading this winter. Here is the list, with a line or two on each.",
       "Wenger's work on communities of practice is still the place to start for anyone thinking about how "
       "professionals learn from each other outside formal training. I reread it alongside a recent study of "
       "school librarians who run a weekly chat on social media, and was struck by how neatly the old framework "
       "fits: a shared domain, a community that meets regularly, and a practice that improves because members "
       "bring real problems and share what worked.",
       "Two papers on peer mentoring among academic librarians, one from a large research library and one from a "
       "consortium of small colleges, reach the same conclusion from different directions: mentoring between "
       "equals works best when it has a light structure, a few agreed meetings and a shared goal such as a "
       "publication, and when it is allowed to move online once people know each other.",
       "A history of the library mailing list, which reminded me how much of what we now call online mentoring "
       "happened on listservs in the 1990s, where new librarians asked questions that a small group of veterans "
       "patiently answered for years.",
       "Outside the field: a novel about a lighthouse keeper that I enjoyed far more than I expected, a cookbook "
       "organised by the season, and a very long biography of a nineteenth-century engineer that I have not "
       "finished and probably will not.",
       "Finally, a report on library staff wellbeing that I found sobering. Its sections on workload and pay are "
       "the heart of it, but it does note in passing that staff with an active network outside their own "
       "institution reported less isolation.",
   ), tags=("reading", "communities of practice"))

_w("lilac", PATHWAYS, "/post/conference-notes-information-literacy/", "article", 1,
   "Conference notes: three days of information literacy", "Ines Okafor", "2024-11-30", (
       "Back from the information literacy conference, with a notebook full of ideas and a cold.",
       "The opening keynote argued that we should stop teaching students to evaluate sources with checklists and "
       "teach them to read laterally instead: leave the page, see what others say about it, then come back. The "
       "room was persuaded, though the questions showed how hard it is to fit lateral reading into a fifty-minute "
       "one-shot session.",
       "The best session I attended was a workshop on generative AI in search instruction, which avoided both hype "
       "and panic and gave us three concrete exercises. A session on assessment asked how we know our teaching "
       "changes anything, and answered, honestly, that mostly we do not.",
       "I also met, in person for the first time, two people I have known online for years; a strange and lovely "
       "experience that made me think again about the networks I am studying.",
       "Slides from most sessions are on the conference website. Next year's conference is in the spring.",
   ), tags=("conferences", "information literacy"))

_w("askfirst", PATHWAYS, "/post/ask-first/", "article", 3,
   "Ask first, lurk later", "Ines Okafor", "2025-05-10", (
       "Short one. A student asked me after class how to find a mentor when you do not know anyone in the "
       "profession yet. My answer: pick one online community in your area of interest, a Slack, a Discord, a "
       "mailing list, a hashtag on Mastodon, and ask one good question there this week. Not 'any tips?', but a real "
       "question about real work. The people who answer are your first mentors. Thank them, follow them, and keep "
       "going.",
   ), tags=("mentoring", "advice"))


# --- lonearrangers.example: a Misago forum for solo archivists and record keepers --------------------------------

_w("mastodon_mentor", FORUM, "/t/anyone-else-find-their-mentor-on-mastodon/118/", "post", 3,
   "Anyone else find their mentor on Mastodon?", "ewa_k", "2025-02-11", (
       "This is half a thank-you and half a question. Two years ago I took over a diocesan archive on my own, "
       "with no archival training beyond a short course. I posted a nervous question about closure periods for "
       "baptism registers on Mastodon, under #archives, and a retired county archivist answered with a very long, "
       "very kind reply. We have been talking ever since: she reads my draft policies, I send her photos of odd "
       "finds. She is, for all purposes, my mentor, though neither of us has ever used the word.",
       "So my question: has anyone else built a mentoring relationship like this through social media, and how do "
       "you make it fair to the other person? I worry I take more than I give.",
   ), replies=(
       ("tomasz", "Same here, though mine started on the old archives listserv and moved to Signal. I think the "
                  "fairness worry is normal. My mentor says the payment is that I do the same for the next person, "
                  "and I now answer the newbie questions on here for exactly that reason."),
       ("rkeeper_sue", "I found a whole group rather than one person: a Discord for lone arrangers in the "
                       "north-west. We do a monthly video call where everyone brings one problem. It is peer "
                       "mentoring really, but nobody calls it that."),
       ("ewa_k", "Thank you both. I like the idea that you repay it forward. I'll start answering more questions "
                 "here."),
   ), tags=("mentoring", "mastodon"))

_w("lone", FORUM, "/t/only-archivist-for-200-miles/131/", "post", 3,
   "Only archivist for 200 miles - how do you keep learning?", "marguerite", "2025-03-03", (
       "I am the entire archives department of a small university in a rural area. The nearest colleague in my "
       "field is a three-hour drive away. There is no budget for conferences this year. How do the rest of you "
       "keep up, get feedback on your work and find people to ask when you are stuck?",
   ), replies=(
       ("tomasz", "Honestly, this forum, plus two mailing lists, plus following about fifty archivists on "
                  "Bluesky. I ask something at least once a week. People are generous."),
       ("dkowal", "The regional archives association runs free webinars, and after each one there is an "
                  "optional 'stay and chat' half hour. That's where I met the two people I now phone when I'm "
                  "stuck. One of them reviewed my whole retention schedule last year."),
       ("rkeeper_sue", "Ask for a buddy. The national society will pair you with an experienced archivist who "
                       "will do a video call once a month. Mine changed how I think about appraisal. And come to "
                       "the Discord!"),
       ("marguerite", "This is so helpful. I've signed up for the buddy scheme and joined the Discord."),
   ), tags=("isolation", "professional development"))

_w("tweets", FORUM, "/t/archiving-a-donated-twitter-account/140/", "post", 0,
   "Archiving a donated Twitter account", "dkowal", "2025-03-19", (
       "A former city councillor has offered us her Twitter account as part of her papers. She has downloaded "
       "the archive file from the platform. Has anyone accessioned one of these? I am wondering about the format "
       "(it's a zip of JSON and media), what to do about replies from other people that are included, and whether "
       "we need permission from the accounts she talked to.",
   ), replies=(
       ("tomasz", "We took one last year. Keep the original zip as received, make a preservation copy, and "
                  "render a browsable HTML version for the reading room. The third-party replies are the tricky "
                  "part; we restricted them for twenty years."),
       ("dkowal", "Thanks, that's a sensible approach. I'll write it up for our accessions manual."),
   ), tags=("digital preservation", "social media"))

_w("jobhunt", FORUM, "/t/job-hunting-after-the-mlis/152/", "post", 1,
   "Job hunting after the MLIS", "newbie_jo", "2025-04-14", (
       "Graduated in December, applied for twenty-three jobs, two interviews, no offers. The ads all want "
       "three years' experience. Is this normal? Any tips on cover letters for archives posts?",
   ), replies=(
       ("tomasz", "Normal, sadly. Tailor every letter to the collection: show you've looked at their catalogue. "
                  "Volunteer on a cataloguing backlog somewhere nearby to get the experience line."),
       ("marguerite", "Also consider records management jobs; more of them, better paid, and the skills "
                      "transfer. Someone on LinkedIn gave me that advice and it was the best I got."),
   ), tags=("careers",))

_w("listserv", FORUM, "/t/moving-our-mailing-list-archive-to-mbox/163/", "post", 0,
   "Moving our old mailing list archive to mbox", "tomasz", "2025-05-02", (
       "Our society's discussion list ran on a university server from 1996 to 2019 and the archive is now a "
       "folder of HTML pages generated by an ancient list manager. We want to preserve it properly. Has anyone "
       "converted one of these back to mbox so it can be loaded into a modern archive viewer? I have a Python "
       "script that gets most of the headers but chokes on the attachments and on messages with broken encoding.",
   ), replies=(
       ("dkowal", "Try reading the raw pages with a forgiving HTML parser and rebuilding the headers from the "
                  "index pages rather than the message pages. Dates were the worst part for us."),
   ), tags=("email", "digital preservation"))

_w("reads", FORUM, "/t/what-are-you-reading-this-month/170/", "post", 1,
   "What are you reading this month?", "rkeeper_sue", "2025-05-20", (
       "Off-topic thread for the long evenings. I'm halfway through a history of the Cairo Geniza, which every "
       "archivist should read, and a detective novel set in a record office that gets the details almost right.",
   ), replies=(
       ("ewa_k", "A biography of a Victorian photographer, and my mentor's recommended reading on appraisal "
                 "theory, which she keeps sending me links to on Mastodon."),
       ("marguerite", "Gardening books. The archive can wait until Monday."),
   ), tags=("off-topic",))


# --- firstshelf.example: WordPress Twenty Nineteen with Kadence Blocks, a library school student -----------------

_w("mypln", FIRST, "/2025/01/19/how-i-built-my-pln-in-library-school/", "article", 3,
   "How I built my PLN in library school (and why you should start now)", "Priya Natarajan", "2025-01-19", (
       "When I started my MLIS eighteen months ago I knew exactly one librarian: the one at my public library who "
       "told me to apply. Today I have a personal learning network of a few hundred people, a handful of whom I "
       "talk to every week, and two of whom I would call mentors. I get asked about this a lot by people in the "
       "year below, so here is everything I did, including the things that did not work.",
       "Step one was listening. I made a Bluesky account just for library stuff and followed the speakers from "
       "our reading list, then the people they talked to. For the first two months I didn't post at all. That "
       "was fine. I learned the vocabulary, who the kind people were, and which arguments to stay out of.",
       "Step two was the chats. Our instructor mentioned that there is a monthly chat for new professionals, an "
       "hour where a moderator posts questions and everyone answers under a hashtag. The first one I joined was "
       "about interviews. I answered one question and someone with fifteen years in academic libraries replied "
       "to say my answer was good and here is how she'd phrase it on the day. I used her phrasing in my "
       "practicum interview.",
       "Step three was Slack. There are Slack workspaces for almost every corner of the profession. I joined one "
       "for instruction librarians and one for students and new grads. Slack is where people ask the questions "
       "they won't ask in public, and where I've had the most honest conversations about pay, burnout and "
       "whether to do a second master's.",
       "Step four was asking for a real conversation. After six months I messaged two people whose work I "
       "admired and asked for a twenty-minute video call. Both said yes. One of them now meets me every couple of "
       "months; she read my capstone proposal and told me, kindly, that it was three projects, not one. That is "
       "mentoring, even though no program matched us.",
       "What didn't work: LinkedIn posting. I tried the 'thought leader' thing for a month and felt silly. "
       "LinkedIn is good for one thing, looking up people who have the job you want and asking them how they "
       "got it, and I've had great replies to those messages. Also, trying to be everywhere. I dropped Instagram "
       "and most of Discord and I don't miss them.",
       "If you're starting library school this autumn: pick one platform, one chat and one community. Listen "
       "first. Then ask one good question. Your network will grow from there, and one day someone in the year "
       "below you will ask how you did it.",
   ), tags=("pln", "library school", "bluesky", "slack"))

_w("refshift", FIRST, "/2025/02/23/things-nobody-told-me-about-my-first-reference-shift/", "article", 1,
   "Things nobody told me about my first reference shift", "Priya Natarajan", "2025-02-23", (
       "My practicum started this month and I did my first solo reference shift on Thursday. A list, in no "
       "particular order.",
       "Half the questions are about the printer. The other half are about the printer too, but disguised.",
       "People rarely ask the question they actually have. 'Do you have books on Italy?' turned out to mean 'I "
       "need a map of the Roman road network for a board game I'm designing'. The reference interview is real.",
       "Silence is okay. Letting someone finish their sentence gets you further than jumping in with a database.",
       "You will not know things, and 'let's find out together' is a complete answer. I still checked two of my "
       "answers with people in my Slack afterwards, which felt like cheating and probably isn't.",
       "Comfortable shoes. Nobody told me about the shoes.",
   ), tags=("practicum", "reference"))

_w("slacklist", FIRST, "/2025/03/30/slack-and-discord-communities-for-new-librarians/", "article", 3,
   "Slack and Discord communities for new librarians: my list", "Priya Natarajan", "2025-03-30", (
       "After my PLN post, lots of people asked which online communities I'd recommend. Here's my list. All of "
       "them are free; most ask you to fill in a short form to join.",
       "A Slack for new library professionals: channels for job hunting, interviews, 'ask a veteran', and a "
       "monthly 'coffee roulette' that pairs you with someone more experienced for a half-hour chat. This is the "
       "single most useful thing I've joined.",
       "An instruction librarians' Slack: lesson plans, assessment, and a lot of people willing to look at your "
       "workshop outline before you teach it.",
       "A Discord for archives students, run by a recent graduate, with weekly 'office hours' where working "
       "archivists drop in to answer questions.",
       "A Discord for library technology people, for when you want to learn to code or need help with a "
       "spreadsheet that has got out of hand. The regulars are patient with beginners.",
       "A mailing list for school librarians, old-fashioned but very active, with decades of accumulated wisdom "
       "in the archive.",
       "A tip: introduce yourself in each one, say what you're hoping to learn, and answer at least one "
       "question a month once you can. That's how you stop being a lurker and start being part of the "
       "community, and it's how the people who will mentor you find you.",
   ), tags=("slack", "discord", "communities"))

_w("instagram", FIRST, "/2025/04/27/capstone-instagram-and-public-library-outreach/", "article", 0,
   "Capstone update: Instagram and public library outreach", "Priya Natarajan", "2025-04-27", (
       "My capstone project is an analysis of how twelve public libraries in our state use Instagram to promote "
       "programs to teenagers. I coded six months of posts from each library by type (event promotion, book "
       "recommendation, behind the scenes, community partner) and compared them with attendance figures the "
       "libraries shared with me.",
       "Early findings: behind-the-scenes posts with staff faces get the most engagement, but event posts with a "
       "clear date and a registration link are the only ones that seem to move attendance. Reels take a lot of "
       "staff time and their effect is unclear. Two libraries hand their account to a teen advisory board for "
       "a week each term, and those weeks are their most popular.",
       "Next month I'll interview the staff who run the accounts about workload and about how they decide what "
       "to post. If you run a library Instagram and want to take part, get in touch!",
   ), tags=("capstone", "instagram", "outreach"))

_w("linkedin", FIRST, "/2025/05/18/informational-interviews-over-linkedin/", "article", 3,
   "Informational interviews over LinkedIn: a how-to from someone who was terrified", "Priya Natarajan",
   "2025-05-18", (
       "Graduation is coming, and I've spent the spring doing informational interviews: short conversations "
       "with working librarians about their jobs and how they got them. I found almost all of them through "
       "LinkedIn. I was terrified of cold messages, so here is what I learned, in case you are too.",
       "Search for the job, not the person. I searched for 'data services librarian' and 'archivist' at "
       "institutions I liked, then read profiles to find people two to five years into their careers. They "
       "remember the job hunt, and they are the most likely to reply.",
       "Keep the message short: who you are, why them specifically, and one clear ask (fifteen minutes on a "
       "video call, or three questions by message if they prefer). I got replies from nine of fourteen people.",
       "Prepare real questions. What does a normal week look like? What do you wish you'd learned in school? "
       "Who should I talk to next? That last question turned three conversations into eight.",
       "Follow up. Say thank you, and later tell them what happened. One of the people I spoke to in March "
       "now sends me job adverts and read my cover letter last week. She says she had someone do the same for "
       "her. I'm starting to understand that this is how the profession passes on what it knows: one kind "
       "stranger at a time.",
   ), tags=("linkedin", "careers", "mentoring"))


# --- shelfnotes.example: a Ghost(Pro) newsletter, letters from a retired reference librarian ---------------------

_w("passiton", SHELF, "/issue-41-passing-it-on/", "article", 3,
   "Issue 41: Passing it on", "Margaret Hale", "2025-02-02", (
       "Dear readers, a confession: retirement has not gone to plan. I was going to garden, read, and ignore the "
       "profession entirely. Instead I have spent a good part of this winter talking to young librarians on "
       "video calls.",
       "It began when a former colleague put me in touch with a new branch manager who had inherited a difficult "
       "team. We spoke for an hour. She asked if we could speak again. Then she mentioned me in a Slack group she "
       "belongs to, and now there are four of them, each with a standing call every few weeks. One wants to talk "
       "about budgets, one about a board that does not understand what libraries do, one mostly about whether she "
       "should stay in the profession at all.",
       "I do not pretend to know the answers. The library world they work in is not the one I left. Their "
       "catalogues are in the cloud, their patrons are on their phones, and their professional conversations "
       "happen on platforms I had to have explained to me twice. But it turns out that what they want from me is "
       "not technical. They want someone who has seen a budget cut before and survived it, who has managed "
       "someone difficult, who can say 'this too will pass' and mean it.",
       "In my day we had something like this: the state association's mentoring scheme paired you with an older "
       "librarian, and you met for lunch twice a year. Mine was a formidable woman called Irene who smoked at the "
       "table and was right about everything. The difference now is that the young ones find their mentors "
       "themselves, online, and they have several at once. I am one voice in a chorus, which is exactly as it "
       "should be.",
       "If you are retired, I recommend it. If you are young and would like a retired librarian to talk to, reply "
       "to this letter. I will pass you on to one of my friends; we are a growing club.",
   ), tags=("letters", "mentoring"))

_w("garden", SHELF, "/issue-42-the-garden-and-the-stacks/", "article", 1,
   "Issue 42: The garden and the stacks", "Margaret Hale", "2025-02-16", (
       "Dear readers, the snowdrops are up and so am I, at six, to watch the blackbirds fight over the feeder.",
       "This week I finally sorted the boxes of papers from my working life. Forty years of memos about opening "
       "hours, union minutes, programme leaflets for author visits, and a folder of letters from patrons that I "
       "could not bring myself to throw away. The local history room has taken the leaflets. The letters are "
       "staying with me.",
       "Among them was the printout of a discussion list thread from 1997 in which a dozen of us argued about "
       "whether the library should offer internet access at all. I was firmly against. I was wrong, and "
       "several young librarians I now talk to on video calls have enjoyed that story very much.",
       "Next week: the annual seed swap at the branch, and the book I cannot stop recommending.",
   ), tags=("letters",))

_w("listserv_memories", SHELF, "/issue-43-what-the-listserv-gave-me/", "article", 3,
   "Issue 43: What the listserv gave me", "Margaret Hale", "2025-03-02", (
       "Dear readers, after last week's letter several of you wrote to ask about the old mailing lists, so this "
       "week, a little history.",
       "In 1994 our library got a single internet-connected computer in the workroom. Someone subscribed us to "
       "a reference librarians' discussion list, and for the first time in my career I could ask a question of "
       "hundreds of colleagues at once. Stumped by a patron who wanted the words of a hymn nobody had heard of? "
       "Post it to the list, and by the next morning someone in another state would have found it in a hymnal "
       "in their stacks.",
       "But the list was more than a reference service. It was where I learned my trade for the second time. I "
       "watched experienced librarians argue, politely and sometimes not, about censorship, about fees, about "
       "how to handle the man who came in every day to shout. I learned how they thought. Some of them I wrote to "
       "directly, and one, a children's librarian in Oregon, became a real friend and my guide through my first "
       "management job. We met face to face only twice in twenty years.",
       "What strikes me now, talking to young librarians who do all this on Slack and Mastodon, is how little "
       "has changed. The tools are faster and there are more of them, but the pattern is the same: you find your "
       "people, you watch how they work, you ask, and eventually you answer. The generous old hands on the list "
       "were mentoring the whole profession, a few sentences at a time, and I doubt any of them thought of it "
       "that way.",
       "Some of those lists are still running, I am told, and still useful. If you are new to the profession, "
       "subscribe to one. Read the archive. You will be amazed what you find.",
   ), tags=("letters", "history", "mailing lists"))

_w("rainy", SHELF, "/issue-44-books-for-a-rainy-week/", "article", 0,
   "Issue 44: Books for a rainy week", "Margaret Hale", "2025-03-16", (
       "Dear readers, it has rained for nine days and I have read six books. Here they are, best first.",
       "A quiet novel about two sisters running a failing hotel on the coast, which I loved. A memoir by a "
       "bookbinder, full of glue and patience. A history of the potato, more interesting than it sounds. A "
       "thriller I guessed by page forty, which is a kind of pleasure too. Two picture books for my "
       "granddaughter that I read rather more times than she did.",
       "Next time, if the sun comes out: the seed swap report.",
   ), tags=("letters", "books"))

_w("bluesky", SHELF, "/issue-45-bluesky-briefly/", "article", 2,
   "Issue 45: Bluesky, briefly", "Margaret Hale", "2025-03-30", (
       "Dear readers, my granddaughter has set me up on Bluesky. I am told this is where the librarians are "
       "now, or some of them; others have gone to something called Mastodon, which sounds like a museum exhibit.",
       "My first impressions. It is very busy. It is also, once you find the right corners, surprisingly kind. A "
       "young cataloguer asked, in public, how to tell her manager that a project was behind schedule, and within "
       "an hour three senior librarians had replied with scripts she could use. That is the sort of advice I "
       "used to give over lunch.",
       "I have mostly been reading. I have posted twice, once a photograph of the seed swap and once an answer "
       "to a question about reader's advisory for grieving patrons, which got more replies than anything I have "
       "written in this newsletter. I am not sure how I feel about that.",
       "The seed swap, by the way, was a triumph: forty-two varieties of bean and a small argument about "
       "tomatoes. Photographs below.",
   ), tags=("letters", "bluesky"))


# --- quietstacks.example: Jekyll Hydeout, a cataloguer's blog ---------------------------------------------------

_w("dumbq", QUIET, "/2024/09/14/on-asking-dumb-questions-in-public.html", "article", 3,
   "On asking dumb questions in public", "Jonas Berg", "2024-09-14", (
       "I have been a cataloguer for three years, and for most of that time I was the only one in my library. "
       "There is no one down the corridor to ask whether a conference proceedings needs a corporate body access "
       "point, or whether I am using the right relationship designator, or whether the thing I'm doing with "
       "series is defensible.",
       "So I ask in public. Almost every week I post a question on Mastodon with #cataloging, or in the "
       "cataloguers' Discord, or on the big cataloguing mailing list if I'm feeling brave. The questions are often "
       "basic. I used to be embarrassed about that. I'm not any more, for three reasons.",
       "First, the answers come from people with decades more experience than me, and they are usually better "
       "than the documentation, because they explain the why. One reply about uniform titles from a retired "
       "music cataloguer was so good I printed it.",
       "Second, other people have the same question. A surprising number of replies are from other solo "
       "cataloguers saying 'thank you for asking this'.",
       "Third, and this took me a while to notice: some of the people who answered my early questions now "
       "follow my work, send me interesting records, and once recommended me for a committee. I didn't go looking "
       "for mentors. Asking dumb questions in public found them for me.",
       "If you're new and alone: ask. The worst that happens is silence, and in three years I've almost never had "
       "that.",
   ), tags=("cataloging", "mastodon", "learning"))

_w("rda", QUIET, "/2024/10/05/relationship-designators-a-cheat-sheet.html", "article", 0,
   "Relationship designators: a cheat sheet", "Jonas Berg", "2024-10-05", (
       "A quick reference I made for myself, shared in case it's useful.",
       "For creators of the work: author, compiler, composer, cartographer, artist, photographer. Use the most "
       "specific term that applies, and remember that compiler is for someone who selects and arranges, not for an "
       "editor of a collection of essays.",
       "For contributors to an expression: editor, translator, illustrator, performer, narrator. Illustrator "
       "applies to the expression, not the work, unless the illustrations are the work.",
       "For relationships between works: based on, adaptation of, sequel to, supplement to. Record them in 500 "
       "or 7XX fields depending on local policy.",
       "Corrections welcome. I'll update this as I go.",
   ), tags=("cataloging", "rda"))

_w("discord", QUIET, "/2024/11/02/the-cataloging-discord.html", "article", 3,
   "The cataloguing Discord", "Jonas Berg", "2024-11-02", (
       "A short appreciation of the cataloguers' Discord, which turned two this week. It has a channel for every "
       "standard, a 'help me' channel where no question is too basic, weekly drop-in hours where experienced "
       "metadata librarians answer anything, and a mentoring channel where newer cataloguers are paired with "
       "veterans for a term. Half of what I know about authority work I learned there. Happy birthday, and thank "
       "you to the mods.",
   ), tags=("cataloging", "discord", "community"))

_w("moving", QUIET, "/2024/12/07/moving-house.html", "article", 0,
   "Moving house", "Jonas Berg", "2024-12-07", (
       "Posting will be quiet for a few weeks. We're moving to a flat with a second bedroom, which means I "
       "will finally have somewhere to put the books that are currently in boxes under the bed. Forty-one boxes, "
       "I counted.",
   ), tags=("personal",))

_w("threads", QUIET, "/2025/01/11/a-year-of-cataloging-threads.html", "article", 1,
   "A year of #cataloging threads", "Jonas Berg", "2025-01-11", (
       "I went back through a year of posts under #cataloging on Mastodon to see what people asked about. "
       "Mostly: RDA toolkit changes, local practice for AI-generated content, what to do with streaming media "
       "records from vendors, and, endlessly, subject headings for topics that the headings have not caught up "
       "with.",
       "The vendor records question was the biggest. Record sets arrive with missing fields, wrong dates and "
       "broken links, and everyone has a different set of scripts to fix them. Someone should write these up "
       "properly. Maybe me.",
       "I also noticed how many threads started with a newer cataloguer asking something and ended with a "
       "more experienced one explaining the history behind it, which I suppose is its own kind of teaching.",
   ), tags=("cataloging", "mastodon"))


# --- valleylibraries.example: Grav with Quark, a regional library association -----------------------------------

_w("callmentors", VALLEY, "/blog/mentoring-programme-2025-call-for-mentors-and-mentees", "article", 3,
   "Mentoring Programme 2025: call for mentors and mentees", "Valley Libraries Association", "2025-01-08", (
       "The Valley Libraries Association is pleased to open applications for the 2025 round of its mentoring "
       "programme. The programme pairs library and information workers in their first five years with "
       "experienced colleagues from across the region, and, for the first time this year, runs entirely online.",
       "Why online? Our members work in more than ninety libraries across a large and mostly rural region. In "
       "past years, mentoring pairs struggled to meet in person, and many members in remote branches could not "
       "take part at all. After a pilot in 2024, in which pairs met by video call and stayed in touch by message, "
       "we found that pairs met more often and more members from small libraries applied.",
       "How it works. Mentees and mentors complete a short online profile describing their interests and goals. "
       "The mentoring committee matches pairs in February. Each pair agrees to at least six video conversations "
       "between March and November. All participants join a private programme workspace on Slack, with channels "
       "for topics such as management, children's services, and digital skills, where mentees can also ask "
       "questions of the wider group. Three group webinars during the year bring the cohort together.",
       "Peer mentoring circles. New this year, mentees may also join a small peer circle of four or five people at "
       "a similar stage, facilitated by an experienced mentor, meeting online once a month.",
       "Who can apply. Mentees: any member in their first five years of library or archives work, including "
       "paraprofessional staff and students in a qualifying course. Mentors: any member with at least eight years' "
       "experience who can commit a few hours a month. No previous mentoring experience is needed; all mentors "
       "attend a short online briefing.",
       "Applications close on 31 January. Read the evaluation of the 2024 pilot for what last year's participants "
       "said about the programme.",
   ), tags=("mentoring", "programme", "professional development"))

_w("evalpdf", VALLEY, "/blog/mentoring-programme-2025-call-for-mentors-and-mentees/evaluation-2024-pilot.pdf",
   "document", 3, "Online Mentoring Pilot 2024: Evaluation Summary", "Valley Libraries Association", "2024-12-15", (
       "Valley Libraries Association. Online Mentoring Pilot 2024: Evaluation Summary. December 2024.",
       "Background. In 2024 the Association piloted an online version of its mentoring programme. Twenty-two "
       "pairs of mentors and mentees met by video call and kept in touch through a shared Slack workspace.",
       "Method. All participants completed a survey at the start and end of the programme; twelve took part in "
       "follow-up interviews.",
       "Findings. Pairs met on average seven times, compared with three times in the last in-person round. "
       "Nineteen of twenty-two mentees said the programme had helped them plan their career. Mentees from "
       "branches with fewer than three staff were twice as likely to apply as in previous years. The shared Slack "
       "workspace was valued as a place to ask questions of the whole group, and several mentees reported receiving "
       "advice from mentors other than their own. Mentors valued learning about new technologies from their "
       "mentees.",
       "Challenges. Some pairs found it hard to build rapport on video at first. Activity in the Slack workspace "
       "fell in the summer months. Three pairs stopped meeting before the end.",
       "Recommendations. Continue the programme online. Add facilitated peer mentoring circles. Hold a "
       "group webinar each quarter. Offer a short briefing for new mentors on mentoring at a distance.",
   ), tags=("mentoring", "evaluation"))

_w("conference", VALLEY, "/blog/annual-conference-2025-programme-announced", "article", 1,
   "Annual Conference 2025: programme announced", "Valley Libraries Association", "2025-03-12", (
       "The programme for this year's Annual Conference, to be held on 12-13 June at the Riverside Civic Centre, "
       "is now available.",
       "Keynotes will address the future of public library buildings and the role of libraries in local "
       "democracy. Parallel sessions cover children's literacy, digital inclusion, local studies collections, "
       "and library design. A panel of early-career members will discuss building a professional network "
       "beyond your own library.",
       "Early-bird registration closes on 30 April. Bursaries are available for members from small libraries; "
       "apply through the members' area. Lunch is included both days.",
   ), tags=("conference", "events"))

_w("advocacy", VALLEY, "/blog/advocacy-update-county-library-funding", "article", 0,
   "Advocacy update: county library funding", "Valley Libraries Association", "2025-04-02", (
       "The county council has published its draft budget, which proposes a six per cent cut to the library "
       "service's revenue budget and the closure of two mobile library routes.",
       "The Association has written to all county councillors setting out the impact of the proposals on rural "
       "residents, particularly older people and families without cars, who depend on the mobile service. We have "
       "asked for a meeting with the cabinet member responsible.",
       "Members can help by responding to the public consultation, which closes on 15 May, and by sharing "
       "stories of what the mobile library means to their communities.",
   ), tags=("advocacy",))

_w("webinar", VALLEY, "/blog/webinar-recording-building-your-online-professional-network", "article", 2,
   "Webinar recording: building your online professional network", "Valley Libraries Association", "2025-05-07", (
       "Thank you to everyone who joined our members' webinar on building an online professional network. The "
       "recording and slides are now available to members.",
       "Our speakers, a school librarian and a local studies officer, shared how they use social media and "
       "online communities to keep learning and to find support. Highlights: follow a few people well rather "
       "than many people badly; a monthly Twitter or Bluesky chat can be a low-effort way to meet peers; mailing "
       "lists remain the best place to ask detailed practical questions; and do not be afraid to ask someone more "
       "experienced for advice, most people are delighted to be asked.",
       "The webinar was part of our professional development series. The next session, on managing volunteers, "
       "is on 4 June. Members can book through the events page.",
       "Please also note that the Association's office will be closed on the bank holiday Monday. Membership "
       "renewals for the new year will open in September, and the membership fee is unchanged.",
   ), tags=("webinar", "professional development"))


# --- unilib.example: TYPO3 with bootstrap_package, a university library's news -----------------------------------

_w("circles", UNI, "/news/detail/library-staff-launch-peer-mentoring-circles", "article", 3,
   "Library staff launch peer-mentoring circles across all campuses", "Library Communications", "2025-02-20", (
       "Staff at the University Library have launched peer-mentoring circles that bring together colleagues from "
       "all four campus libraries for regular online conversations about their work and careers.",
       "Each circle has six members from different teams and grades, from library assistants to subject "
       "librarians, and meets for an hour every month on Teams. Between meetings, circle members keep talking in "
       "a dedicated channel, sharing articles, asking for advice and celebrating successes.",
       "'We are spread across four sites and it is easy to feel you only know the people in your own office,' "
       "said Amira Haddad, a research support librarian who proposed the scheme. 'The circles give people a "
       "place to learn from colleagues with different experience, and to ask the questions they might not ask "
       "their line manager.'",
       "The scheme was inspired by online communities that many staff already use outside work. 'A lot of us "
       "learned our jobs as much from people on Twitter, mailing lists and Slack as from formal training,' said "
       "Haddad. 'We wanted to bring some of that into the library.'",
       "Forty-two staff joined the first round. Circles will also invite experienced colleagues from other "
       "university libraries as guest mentors, and the library's staff development team will evaluate the "
       "scheme at the end of the year.",
   ), tags=("staff", "mentoring"))

_w("hours", UNI, "/news/detail/extended-opening-hours-for-the-exam-period", "article", 0,
   "Extended opening hours for the exam period", "Library Communications", "2025-04-28", (
       "From 5 May to 13 June the Main Library and the Science Library will be open 24 hours a day, seven days a "
       "week. The Law Library will open until midnight.",
       "Please bring your student card: entry between 22:00 and 08:00 is by card only. Silent study areas are on "
       "floors three and four; group study rooms can be booked online for up to three hours.",
       "Free hot drinks will be available in the foyer during the evening from Monday to Thursday.",
   ), tags=("students", "opening hours"))

_w("linkedinlearning", UNI, "/news/detail/linkedin-learning-now-available-to-all-students", "article", 0,
   "LinkedIn Learning now available to all students", "Library Communications", "2025-03-10", (
       "All students and staff now have free access to LinkedIn Learning, the online training platform, through "
       "the library's subscription.",
       "LinkedIn Learning offers thousands of video courses on software, business and creative skills, from "
       "Excel and Python to presentation skills and project management. Courses can be completed at your own pace, "
       "and certificates can be added to your LinkedIn profile.",
       "To get started, sign in with your university account from the library's databases page. You do not "
       "need a LinkedIn account to use the service.",
   ), tags=("databases", "students"))

_w("strategypdf", UNI, "/fileadmin/user_upload/library/staff-development-strategy-2025-2028.pdf", "document", 2,
   "University Library Staff Development Strategy 2025-2028", "University Library", "2025-01-15", (
       "University Library. Staff Development Strategy 2025-2028.",
       "1. Purpose. This strategy sets out how the Library will support the learning and careers of its staff "
       "over the next three years.",
       "2. Principles. Learning is part of everyone's job. Staff learn most from each other and from colleagues "
       "beyond the university. Development opportunities should be open to all grades.",
       "3. Priorities. 3.1 Digital skills for all staff. 3.2 Leadership development for team leaders. "
       "3.3 Mentoring: we will support peer-mentoring circles across campuses, and encourage staff to take part "
       "in external mentoring schemes run by professional bodies. 3.4 Professional networks: we recognise "
       "participation in online professional communities, including mailing lists, social media and "
       "professional Slack and Discord groups, as legitimate professional development, and staff may use up to "
       "two hours a month of work time for it. 3.5 Conference attendance and presenting.",
       "4. Budget. The staff development budget is 1.5 per cent of the staff budget.",
       "5. Review. The strategy will be reviewed annually by the Library Leadership Team.",
   ), tags=("staff development", "strategy"))

_w("award", UNI, "/news/detail/university-archivist-wins-national-outreach-award", "article", 1,
   "University Archivist wins national outreach award", "Library Communications", "2025-05-15", (
       "University Archivist Dr Tomas Lindqvist has won the national archives outreach award for the 'Letters "
       "Home' project, which brought first-generation students together with letters written by the university's "
       "first students in the 1890s.",
       "Over two terms, forty students transcribed and responded to letters from the archive, and their responses "
       "were displayed alongside the originals in an exhibition visited by more than three thousand people.",
       "Accepting the award, Dr Lindqvist thanked the students, the exhibition team and 'the archivists on "
       "Mastodon who talked me through my first exhibition loan agreement at eleven o'clock at night'.",
   ), tags=("archives", "awards"))

_w("letters", UNI, "/news/detail/special-collections-digitises-wartime-letters", "article", 0,
   "Special Collections digitises wartime letters", "Library Communications", "2025-06-02", (
       "More than 1,200 letters written by students and staff serving in the First World War are now available "
       "online, following a two-year digitisation project by Special Collections.",
       "The letters, many of them written to the university's librarian of the time, describe life in training "
       "camps and at the front. Volunteers transcribed every letter, making them searchable for the first time.",
       "The collection can be browsed by name, place and date on the Special Collections website.",
   ), tags=("special collections", "digitisation"))


# --- curation.example: Zola Tabi, a research data librarian's notes ---------------------------------------------

_w("ossmentor", CURATION, "/blog/mentoring-in-open-source-for-data-librarians/", "article", 2,
   "Mentoring in open source, for data librarians", "Kai Moreno", "2025-02-15", (
       "I maintain a small Python package for validating research data deposits, and this year I agreed to "
       "mentor two contributors through an open source mentoring programme. Both are data librarians who "
       "wanted to learn to contribute code, not professional developers.",
       "The programme is simple. Mentors list a few beginner-friendly issues. Mentees pick one, and we meet "
       "weekly on a video call for twelve weeks, with most of the conversation happening in the project's "
       "chat and on the pull requests themselves. Code review turns out to be one of the best mentoring "
       "tools there is: every comment is a small, specific lesson.",
       "What I learned as a mentor. Write down the things you think are obvious: how to set up the development "
       "environment, how we name branches, why the tests are structured the way they are. Both mentees got stuck "
       "on exactly the things I had forgotten were hard.",
       "Both of my mentees now answer newcomers' questions in the research data librarians' Slack, where we "
       "first met. That is where I found them, and where I would point anyone looking for a mentor in this "
       "corner of the profession: the data curation community is small, friendly and online.",
       "The package itself gained a schema checker for tabular data, a command-line interface, and much "
       "better documentation. Release notes are on the project page.",
   ), tags=("open source", "mentoring", "python"))

_w("kg", CURATION, "/blog/a-knowledge-graph-of-archival-agents/", "article", 0,
   "A knowledge graph of archival agents", "Kai Moreno", "2025-03-22", (
       "For a project with our special collections, I built a small knowledge graph of the people and "
       "organisations that appear in our finding aids: creators, correspondents, donors, and the subjects of "
       "photographs.",
       "The data came from EAD files exported from the collections management system. A script extracted every "
       "persname, corpname and famname element, normalised the names, and matched them against a national "
       "authority file and Wikidata. About sixty per cent matched automatically; the rest went to a review queue "
       "that an archivist worked through over a month.",
       "The interesting part is the network. Once correspondence is modelled as edges between agents, the "
       "graph shows clusters nobody had noticed: a circle of women scientists who wrote to each other across "
       "three collections held in different places. Network centrality also flagged a forgotten administrator who "
       "connected almost everyone.",
       "The code and the data model are on GitHub. Next step: a public interface for browsing the graph.",
   ), tags=("linked data", "archives", "networks"))

_w("carpentries", CURATION, "/blog/notes-from-carpentries-instructor-training/", "article", 1,
   "Notes from instructor training", "Kai Moreno", "2025-04-10", (
       "I spent two days this week in instructor training for a coding workshop organisation that teaches "
       "researchers basic programming and data skills.",
       "The training is mostly about teaching, not code. Live coding instead of slides. Sticky notes so learners "
       "can signal they are stuck without raising a hand. Formative assessment every ten minutes. A lot about "
       "motivation and about the anxiety many adults bring to learning to program.",
       "After certification, new instructors attend community discussion sessions online, where experienced "
       "instructors share tips and newer ones can ask questions before their first workshop; a light form of "
       "mentoring that I appreciated.",
       "My first workshop as an instructor is in June: data cleaning with spreadsheets and OpenRefine for "
       "librarians.",
   ), tags=("teaching", "workshops"))

_w("birdsite", CURATION, "/blog/why-i-left-the-bird-site/", "article", 1,
   "Why I left the bird site", "Kai Moreno", "2025-05-03", (
       "I deleted my Twitter account last month, after fourteen years. I won't rehearse the reasons; you know "
       "them.",
       "What I'll miss is harder to replace than I expected. A good part of my career was built there: I found "
       "my first data job through a tweet, and the research data people I followed taught me most of what I know. "
       "Mastodon has some of them now and the research data Slack has others, but the big, noisy, accidental "
       "crowd is gone.",
       "The archive of my account is downloaded and sitting in a folder. I exported my follows as a CSV and "
       "wrote a script to find the same people on other platforms by matching display names and bios: about "
       "forty per cent matched. The script is on GitHub; it is hacky, and the matching threshold needs work.",
       "Most of this post is the script, really. Details below: fuzzy matching on display names, a bonus for "
       "matching links in bios, and a manual review step for anything in between.",
   ), tags=("social media", "python"))

_w("learningrate", CURATION, "/blog/learning-rate-schedules-for-a-small-classifier/", "article", 0,
   "Learning rate schedules for a small subject classifier", "Kai Moreno", "2025-06-01", (
       "I have been training a small neural network to suggest subject headings for our theses from their "
       "abstracts. Nothing fancy: a fine-tuned sentence encoder and a classification head over the two hundred "
       "most common headings.",
       "The biggest improvement came not from the model but from the learning rate schedule. A constant rate "
       "overfit within three epochs; a linear warm-up followed by cosine decay gave a steady gain of four points "
       "in macro F1. Freezing the encoder for the first epoch helped a little more.",
       "The network still struggles with rare headings, as expected. Next I will try grouping headings by their "
       "broader terms and predicting the hierarchy.",
   ), tags=("machine learning", "metadata"))


# --- jnl.example: an Elsevier ScienceDirect-like journal, Journal of Library Practice and Research ----------------

_w("ementoring", JNL, "/science/article/pii/S0099133325000412", "journal-article", 3,
   "E-mentoring among early-career academic librarians: A mixed-methods study of online mentoring relationships",
   "Hannah Cole; Ravi Menon; Lucía Ortega", "2025-04-01", (
       "Abstract. Mentoring is widely recommended for early-career academic librarians, but formal programmes "
       "reach few of them and increasingly take place at a distance. This study examines how early-career "
       "academic librarians form and sustain mentoring relationships online. A survey of 412 librarians in their "
       "first seven years of practice was followed by interviews with 24 respondents. Seventy-one per cent "
       "reported at least one mentoring relationship conducted mainly online; of these, a majority began "
       "informally through social media, mailing lists or professional Slack communities rather than through a "
       "formal programme. Online relationships were more often multiple and short-lived than traditional ones, "
       "and mentees described assembling a 'constellation' of mentors for different needs. We discuss implications "
       "for professional associations and for the design of e-mentoring programmes.",
       "1. Introduction. Mentoring has a long history in academic librarianship, where it has been linked to "
       "retention, to success in tenure and promotion, and to the development of a professional identity. "
       "Traditionally, mentoring has been understood as a relationship between a more experienced librarian and "
       "a newer colleague in the same institution, often formalised through a library's own programme. Over the "
       "past two decades, however, the places where librarians meet have moved online, and with them, much of "
       "the informal advice that once passed between colleagues in the same building.",
       "The literature on e-mentoring, or mentoring conducted mainly through electronic communication, has grown "
       "alongside this shift. Studies of association-run e-mentoring schemes report that distance widens access "
       "for librarians in small or remote institutions, but also that relationships can be harder to establish "
       "and easier to neglect. Less is known about the informal mentoring that arises in open online spaces such "
       "as Twitter chats, Mastodon, or discipline-specific Slack workspaces, which do not appear in programme "
       "evaluations at all.",
       "2. Methods. We surveyed academic librarians in their first seven years of professional practice, "
       "recruited through national association mailing lists and social media. The survey asked about current "
       "and past mentoring relationships, how each began, the channels used, and its perceived value. We then "
       "interviewed 24 respondents, selected for variety of institution type and of mentoring experience, and "
       "analysed the transcripts thematically.",
       "3. Results. Of 412 respondents, 293 (71%) reported at least one mentoring relationship conducted mainly "
       "online. Of these relationships, 58% began informally, most often after an exchange on social media "
       "(31%), in a Slack or Discord community (17%) or on a mailing list (10%). Relationships begun informally "
       "were rated as valuable as those arranged by programmes. Interviewees described using different people for "
       "different needs: a peer group for everyday questions, a senior librarian at another institution for "
       "career decisions, and a wider network on social media for keeping up. Barriers included uncertainty about "
       "how to approach potential mentors, time, and a sense that open platforms favoured the already "
       "well-connected.",
       "4. Discussion and conclusion. The findings suggest that for many early-career academic librarians, "
       "mentoring is now distributed across several people and several platforms. Formal programmes remain "
       "valuable, particularly as a way of legitimising contact between people who would not otherwise meet, but "
       "they are one part of a wider ecology. Associations might support this ecology by teaching librarians how "
       "to build networks, by recognising informal mentoring as service to the profession, and by designing "
       "programmes that connect participants to online communities rather than replacing them.",
   ), tags=("mentoring", "academic libraries", "e-mentoring", "social media"))

_w("chats", JNL, "/science/article/pii/S0099133325000539", "journal-article", 3,
   "Twitter chats as informal professional development for school librarians: A content analysis",
   "Deborah Kwan; Martin Alvarez", "2025-05-01", (
       "Abstract. School librarians often work as the only library professional in their building and have "
       "limited access to formal professional development. Scheduled chats on Twitter, in which participants "
       "answer a moderator's questions under a shared hashtag, have been proposed as a form of informal "
       "professional learning. We analysed 9,412 posts from 48 sessions of a weekly school librarian chat over "
       "two years. Posts were coded for type of contribution. Resource sharing (34%) and sharing of practice "
       "(27%) dominated, but 14% of posts were requests for or offers of advice, and experienced participants "
       "regularly took on a mentoring role towards newcomers. Participation was concentrated: 10% of accounts "
       "wrote half of all posts. Since 2023, sessions have also been mirrored on Mastodon and Bluesky, with "
       "lower participation. We discuss the chat as a community of practice and as a setting for peer mentoring.",
       "1. Introduction. Professional learning for school librarians has traditionally meant in-service days, "
       "conferences and courses. For the many school librarians who are alone in their schools, these are rare. "
       "Since around 2010, school librarians have turned to social media to connect with peers, and the scheduled "
       "chat, a synchronous conversation under a hashtag, became one of the most visible forms of this "
       "participation. Earlier studies of teacher chats found that participants valued the immediacy, the "
       "camaraderie and the sense of belonging to a professional community.",
       "2. Findings. Beyond resource sharing, the chat functioned as a space for peer mentoring. New school "
       "librarians posed problems, from dealing with challenges to books to persuading principals to fund "
       "databases, and received replies from colleagues with many years of experience. Several newcomers later "
       "became regular contributors who answered others' questions. The concentration of participation, however, "
       "means that a small group carries much of the community's mentoring work.",
       "3. Conclusion. Hashtag chats are a low-cost form of professional learning that reaches isolated school "
       "librarians. Their migration across platforms has thinned participation, which suggests that the "
       "communities are more fragile than their long history implies.",
   ), tags=("school libraries", "twitter", "professional development"))

_w("healthqa", JNL, "/science/article/pii/S0099133325000620", "journal-article", 0,
   "Health information seeking on social Q&A sites: Question types and answer quality",
   "Yuki Tanaka; Peter Sørensen", "2025-06-01", (
       "Abstract. Social question-and-answer sites are a common source of health information for consumers. We "
       "sampled 1,200 health questions and their answers from two large Q&A sites and coded questions by type "
       "(diagnosis, treatment, medication, lifestyle) and answers by quality, using a validated instrument. "
       "Answers to medication questions were the least accurate; answers citing a source were rated more "
       "accurate than those that did not. Answerers who identified as health professionals gave more accurate "
       "answers but received fewer votes. We discuss implications for health literacy instruction and for "
       "librarians who support consumer health information seeking.",
       "1. Introduction. Consumers increasingly turn to online communities rather than to professionals for "
       "health questions, and the quality of the answers they receive varies widely. Librarians in public and "
       "health sciences libraries are well placed to teach people how to evaluate these answers.",
       "2. Conclusion. Social Q&A sites supply fast, empathetic, but often inaccurate answers. Library "
       "instruction should focus on the signals that predict accuracy, particularly the presence of sources.",
   ), tags=("health information", "social Q&A"))

_w("turnover", JNL, "/science/article/pii/S0099133325000358", "journal-article", 1,
   "Organizational commitment and turnover intentions among public library staff",
   "Grace Obi; Henrik Lund", "2025-03-01", (
       "Abstract. Public libraries face rising staff turnover. We surveyed 836 public library employees in three "
       "regions to examine the relationships between organisational commitment, job satisfaction, perceived "
       "organisational support and intention to leave. Affective commitment and perceived support were the "
       "strongest predictors of intention to stay. Pay satisfaction mattered more for paraprofessional staff. "
       "Access to a mentor was associated with lower turnover intentions among staff in their first three years, "
       "though few respondents had one. We recommend that library managers attend to perceived support, pay "
       "equity and career pathways for paraprofessional staff.",
       "1. Introduction. Turnover is costly for public libraries, which lose institutional knowledge and spend "
       "scarce resources on recruitment and training. Studies in other sectors link turnover intentions to "
       "commitment and support; we test these relationships in public libraries.",
       "2. Conclusion. Supportive management and fair pay remain the most reliable levers for retention.",
   ), tags=("public libraries", "human resources"))

_w("archivistslinkedin", JNL, "/science/article/pii/S0099133325000701", "journal-article", 2,
   "Archivists on LinkedIn: Self-presentation, career narratives and professional networking",
   "Sofia Brandt", "2025-06-01", (
       "Abstract. This study examines how archivists present themselves and their careers on LinkedIn. A "
       "sample of 300 public profiles was analysed for headline wording, the description of roles and skills, "
       "and the use of LinkedIn's networking features. Archivists' profiles emphasised digital skills and "
       "downplayed custodial work. Interviews with 15 archivists showed that LinkedIn was used less for "
       "self-promotion than for seeking advice: interviewees described messaging more experienced archivists "
       "about roles, salaries and career moves, and some of these contacts developed into ongoing mentoring. "
       "We discuss the platform as a site of career guidance in a small profession.",
       "1. Introduction. Professional networking platforms have become part of the job market for archivists, "
       "as for others. Little is known about how archivists use them, or whether the conventions of "
       "self-presentation on LinkedIn fit a profession whose work is often invisible.",
       "2. Findings. Profiles followed a small number of templates. Headlines named digital preservation, "
       "records management or 'information governance' far more often than arrangement and description. "
       "Interviewees were ambivalent about this. Several described LinkedIn as most useful not for being seen "
       "but for reaching people: early-career interviewees messaged archivists a few steps further along to ask "
       "how they had made a move into a new sector, and a number of these exchanges became regular "
       "conversations. Mid-career interviewees reported receiving such messages and answering them, and saw "
       "this as a duty to the profession.",
       "3. Conclusion. For archivists, LinkedIn serves as an informal channel for career guidance and mentoring "
       "as well as self-presentation.",
   ), tags=("archivists", "linkedin", "careers"))


# --- stratacommunity.example: bbPress on WordPress, a library systems vendor's user community --------------------

_w("newadmin", STRATA, "/forums/topic/new-systems-librarian-is-there-a-mentoring-program/", "post", 3,
   "New systems librarian - is there a mentoring program?", "jmorales", "2025-01-27", (
       "I just started as the systems librarian at a community college, and I'm the first one they've had in "
       "years. I'm inheriting our Strata instance with almost no documentation and no one on staff who knows it. "
       "Is there any kind of mentoring program in this community, or someone experienced I could talk to now "
       "and then while I learn the ropes?",
   ), replies=(
       ("Strata Community Team", "Welcome! Yes: the user group runs a 'systems buddy' scheme that pairs new "
                                 "administrators with an experienced admin at a similar institution for six "
                                 "months. Sign up through the user group page. There's also the community Slack, "
                                 "where the #new-admins channel is very active."),
       ("lsterling", "I've been a Strata admin for twelve years and I'm happy to be a buddy. I had nobody when I "
                     "started and learned everything from the old mailing list. Send me a private message and "
                     "we'll set up a call."),
       ("jmorales", "Thank you both, this is exactly what I needed. Message sent!"),
   ), tags=("new admins", "mentoring"))

_w("overdue", STRATA, "/forums/topic/overdue-notices-sent-twice-after-24-2-upgrade/", "post", 0,
   "Overdue notices sent twice after 24.2 upgrade", "bpatel", "2025-02-12", (
       "Since upgrading to 24.2 last weekend, every overdue notice is being sent twice, about ten minutes apart. "
       "The notice job log shows a single run. Anyone else seeing this?",
   ), replies=(
       ("lsterling", "Yes. Check whether the upgrade re-enabled the legacy notice scheduler; ours had both "
                     "running. Disable the legacy job under Administration > Scheduled tasks."),
       ("bpatel", "That was it. Thanks!"),
   ), tags=("notices", "24.2"))

_w("meetup", STRATA, "/forums/topic/regional-user-group-peer-learning-sessions/", "post", 2,
   "Regional user group: peer learning sessions", "lsterling", "2025-03-18", (
       "The north-east regional user group is starting monthly online peer learning sessions. Each session, one "
       "library shows how they handle something in Strata (reports, patron imports, the discovery layer) and "
       "then we open it up for questions. Newer admins are especially welcome; several of us experienced folks "
       "will stay on after each session for anyone who wants one-to-one advice.",
       "First session is 10 April. Topic: building circulation reports without losing your mind. Reply here "
       "to get the link.",
   ), replies=(
       ("jmorales", "Count me in. Reports are exactly what my buddy and I have been fighting with."),
       ("bpatel", "In. Could a future session cover the patron import mapping?"),
   ), tags=("user group", "training"))

_w("slackfeature", STRATA, "/forums/topic/feature-request-send-staff-alerts-to-slack/", "post", 0,
   "Feature request: send staff alerts to Slack or Teams", "bpatel", "2025-04-09", (
       "It would be great if Strata could post staff alerts (failed jobs, holds waiting, items in transit too "
       "long) to a Slack or Teams channel via a webhook, instead of only by email. Our circulation team lives "
       "in Teams. Upvote if you want this too.",
   ), replies=(
       ("Strata Community Team", "Thanks for the suggestion. We've added it to the ideas portal for the product "
                                 "team to review."),
       ("lsterling", "+1. Webhooks for everything, please."),
   ), tags=("slack", "feature requests"))

_w("release", STRATA, "/forums/topic/discussion-release-24-3/", "post", 1,
   "Discussion: release 24.3", "Strata Community Team", "2025-05-06", (
       "Release 24.3 is now available. Highlights: a rewritten patron import with field mapping previews, "
       "bulk item editing from search results, accessibility fixes in the public catalogue, and the long-awaited "
       "holds queue report. Please use this thread for questions and feedback.",
   ), replies=(
       ("bpatel", "The patron import preview is a huge improvement. Thank you."),
       ("jmorales", "Upgraded our test server yesterday. My systems buddy walked me through the upgrade checklist "
                    "on a call, which made it much less scary."),
   ), tags=("releases",))


# --- the pages that are not works (graded 0) ---------------------------------------------------------------------

JOURNAL = "/journal/journal-of-library-practice-and-research"
TYPO3_SEARCH = ("/search?tx_indexedsearch_pi2%5Baction%5D=search"
                "&tx_indexedsearch_pi2%5Bsearch%5D%5Bsword%5D=mentoring")

OTHER: list[tuple[str, str, str]] = [
    (PATHWAYS, "/", "home"), (PATHWAYS, "/post/", "listing"), (PATHWAYS, "/post/page/2/", "listing"),
    (PATHWAYS, "/tags/mentoring/", "tag"), (PATHWAYS, "/tags/networks/", "tag"),
    (PATHWAYS, "/categories/research/", "category"), (PATHWAYS, "/about/", "about"),
    (PATHWAYS, "/post/pln-reading-group/", "error"),
    (FORUM, "/", "home"), (FORUM, "/c/getting-advice/2/", "category"), (FORUM, "/c/digital-preservation/4/", "category"),
    (FORUM, "/c/lounge/6/", "category"), (FORUM, "/u/ewa_k/7/", "profile"), (FORUM, "/u/tomasz/9/", "profile"),
    (FORUM, "/search/threads/?q=mentor", "search"), (FORUM, "/t/shared-mentor-list/99/", "error"),
    (FIRST, "/", "home"), (FIRST, "/page/2/", "listing"), (FIRST, "/about/", "about"),
    (FIRST, "/category/library-school/", "category"), (FIRST, "/tag/pln/", "tag"), (FIRST, "/?s=slack", "search"),
    (FIRST, "/author/priya/", "profile"),
    (SHELF, "/", "home"), (SHELF, "/page/2/", "listing"), (SHELF, "/about/", "about"), (SHELF, "/tag/letters/", "tag"),
    (SHELF, "/author/margaret/", "profile"), (SHELF, "/issue-40-seed-catalogues/", "error"),
    (QUIET, "/", "home"), (QUIET, "/page2/", "listing"), (QUIET, "/tags/", "tag"),
    (QUIET, "/category/cataloging/", "category"), (QUIET, "/about/", "about"),
    (VALLEY, "/", "home"), (VALLEY, "/blog", "listing"), (VALLEY, "/blog/tag:mentoring", "tag"),
    (VALLEY, "/about", "about"), (VALLEY, "/contact", "contact"), (VALLEY, "/search/query:mentoring", "search"),
    (VALLEY, "/members/find-a-mentor", "error"),
    (UNI, "/", "home"), (UNI, "/news", "listing"), (UNI, "/news/page-2", "listing"),
    (UNI, "/news/category/staff-news", "category"), (UNI, "/about-us", "about"), (UNI, "/contact", "contact"),
    (UNI, TYPO3_SEARCH, "search"), (UNI, "/news/detail/mentoring-week-2019", "error"),
    (CURATION, "/", "home"), (CURATION, "/blog/", "listing"), (CURATION, "/archive/", "listing"),
    (CURATION, "/tags/mentoring/", "tag"), (CURATION, "/about/", "about"),
    (JNL, JOURNAL, "home"), (JNL, JOURNAL + "/vol/51/issue/2", "listing"), (JNL, JOURNAL + "/vol/51/issue/3", "listing"),
    (JNL, JOURNAL + "/about/aims-and-scope", "about"), (JNL, "/search?qs=mentoring", "search"),
    (STRATA, "/forums/", "home"), (STRATA, "/forums/forum/getting-started/", "category"),
    (STRATA, "/forums/forum/troubleshooting/", "category"), (STRATA, "/forums/forum/ideas/", "category"),
    (STRATA, "/forums/topic-tag/slack/", "tag"), (STRATA, "/forums/users/jmorales/", "profile"),
    (STRATA, "/forums/users/lsterling/", "profile"), (STRATA, "/forums/search/mentor/", "search"),
    (STRATA, "/contact/", "contact"),
]

# the errors: real 404s, and one soft 404 (a TYPO3 site answering 200 with its "page not found" content)
STATUS = {(UNI, "/news/detail/mentoring-week-2019"): 200}
