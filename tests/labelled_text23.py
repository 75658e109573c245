"""Web 23's texts and labels, written before its pages were built
(tests/labelled_web23.py builds them): ``WORKS`` maps a name to a
:class:`Work` (its host, path, kind, grade, title, author, date and
paragraphs), ``OTHER`` lists the pages that are not works as ``(host, path,
kind)``, all graded 0.

Grades for works: 3 about the topic throughout, 2 about it in good part, 1 a
passing mention, 0 nothing. The topic, as a reader grades it: how
librarians, archivists and other information professionals use social media
and online networks for mentoring and professional learning.
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


SHELF = "shelfnotes.example"      # WordPress, Twenty Seventeen: a mid-career academic librarian's blog
MARG = "marginalia.example"       # Ghost, Journal theme: an information-science scholar's essays
NEWPROS = "newpros.example"       # Hugo Docsy: a regional archivists' guild's handbook for new professionals
LISTS = "lists.example"           # Mailman 3 HyperKitty: an early-career archivists' mailing list
SOCIAL = "glammr.example"         # Pleroma: a fediverse server for galleries, libraries, archives, museums
PUBS = "pubs.example"             # an MDPI-like open-access publisher: the journal Information Practice
LIBRARY = "library.example"       # Plone 6: a university library's news
WIKI = "wiki.example"             # DokuWiki: an iSchool student association's wiki
SCHED = "sched.example"           # Sched: a regional library conference's schedule
COMMUNITY = "community.example"   # Khoros (Lithium): a library-systems vendor's customer community

HOSTS = (SHELF, MARG, NEWPROS, LISTS, SOCIAL, PUBS, LIBRARY, WIKI, SCHED, COMMUNITY)

ISSN = "2999-0417"
LIST = "ecarch@lists.example"
LP = f"/archives/list/{LIST}"

W = Work

WORKS: dict[str, Work] = {
    # --- shelfnotes.example: WordPress Twenty Seventeen, a librarian's blog -------------------------------
    "shelf-libchat": W(SHELF, "/2024/01/14/what-libchat-taught-me/", "article", 3,
        "What a Wednesday-night chat taught me in my first year", "Rosa Delgado", "2024-01-14", (
        "When I started as a first-year instruction librarian at a regional campus, I was the only librarian in the "
        "building under fifty and the only one who had never run a one-shot on her own. My department head was kind "
        "and busy. What actually got me through that year was a Twitter chat that met on Wednesday nights at nine "
        "Eastern, an hour of questions posted by a moderator and answered by whoever showed up.",
        "I lurked for a month. Then one night the question was about the first time you had a class go badly, and "
        "I typed out the whole story of my disastrous session for a nursing cohort. Within ten minutes three people "
        "I had never met had replied: a reference coordinator in Oregon, a retired school librarian, and someone "
        "who turned out to be the author of a book I had read in library school. None of them told me I had done "
        "fine. They told me what they would try next time, and one of them sent me her lesson plan.",
        "That is the part nobody explains when they tell you to build a network. The network is not the followers. "
        "It is the four or five people who start recognising your handle and who, a few months in, you can message "
        "directly with a question that is too small or too embarrassing for a formal mentor. By spring I had a "
        "little group of them. We moved to a group DM, then to a shared document where we swapped active-learning "
        "ideas, and eventually two of us co-presented at a conference.",
        "I also had an official mentor through my library's program, and she was wonderful, but we met once a "
        "month and she was a cataloguer. The chat gave me something different: people who did exactly my job, at "
        "every stage of a career, available at the moment I was stuck. Some of it was mentoring in the old sense, "
        "an experienced person taking an interest in a new one. Some of it was peers figuring things out together, "
        "which I think counts just as much.",
        "The chat is quieter now; a lot of its regulars left the platform, and I will write about where they went "
        "in another post. But if you are new and isolated, my advice stands. Find the hashtag where people who do "
        "your work talk shop, answer a question before you ask one, and pay attention to who answers you back. "
        "That is where your mentors are.",
    )),
    "shelf-network": W(SHELF, "/2024/03/02/where-my-network-went/", "article", 3,
        "Where my network went", "Rosa Delgado", "2024-03-02", (
        "A follow-up to January's post, because several of you asked. When the bird site changed hands, the "
        "instruction-librarian corner I relied on scattered. Here is where the people I learn from ended up, as "
        "far as I can tell from two years of following them around.",
        "Mastodon got the largest share of the librarians who talk about teaching, mostly on two or three "
        "library-flavoured servers. It took me a while to like it. There is no algorithm handing you interesting "
        "strangers, so you have to follow hashtags and go through other people's follow lists. Once I did, the "
        "conversations were better than they had been in years: slower, longer, more people asking genuine "
        "questions about their work rather than performing for an audience.",
        "Bluesky is where the early-career folks went, and the starter packs helped a lot; someone made one for "
        "new academic librarians and I found half a dozen people there I now swap syllabi with. LinkedIn, to my "
        "surprise, is where the directors and the job advice live. If you want a frank answer about what a search "
        "committee looks for, a LinkedIn message to someone two jobs ahead of you works better than anything.",
        "And a lot of it went private. The group DM from my first year is now a small Discord server with about "
        "thirty people. That is where I ask the questions I would once have asked in the open chat. I miss the "
        "serendipity of the public hashtag, but I do not miss the noise.",
        "If you mentor new librarians, tell them all this. The advice to get on Twitter is ten years out of date. "
        "The advice to find your people online and keep talking to them is not.",
    )),
    "shelf-weeding": W(SHELF, "/2024/04/19/weeding-reference/", "article", 0,
        "Weeding the reference collection, finally", "Rosa Delgado", "2024-04-19", (
        "We spent the last two weeks of the semester pulling print reference. Most of it had not circulated, or "
        "even been reshelved after in-house use, since 2011. We kept the subject encyclopedias that faculty still "
        "assign, the style manuals, and a few local history sets that exist nowhere else.",
        "The hardest conversations were about the things people were fond of. We have a run of a statistical "
        "abstract going back decades that nobody has opened since the database arrived. In the end we kept five "
        "years as a teaching example and sent the rest to a regional storage program, where it will at least "
        "be findable.",
        "Next up: moving the reference desk itself, which has been in the wrong place since the renovation.",
    )),
    "shelf-conference": W(SHELF, "/2024/05/11/state-conference-notes/", "article", 1,
        "Notes from the state conference", "Rosa Delgado", "2024-05-11", (
        "Three days in the capital, five sessions I took notes in, and one I left early. The best was a panel on "
        "open educational resources in the general-education curriculum, where a chemistry professor explained, "
        "very patiently, why faculty do not read our emails about textbook costs.",
        "The session on library assessment was useful mostly for its slides, which I will share with my "
        "department. The vendor floor was small this year; the coffee was better than usual.",
        "On the last evening there was an informal meetup for people who know each other from the online "
        "instruction chat, and it was strange and lovely to put faces to handles. Then back to the hotel to "
        "grade the information-literacy assessments I had promised to finish before Monday.",
    )),
    "shelf-mentor": W(SHELF, "/2024/06/08/on-being-asked-to-mentor/", "article", 2,
        "On being asked to be someone's mentor", "Rosa Delgado", "2024-06-08", (
        "Last month a student worker who is starting library school in the fall asked whether I would be her "
        "mentor. I said yes before I thought about what that means, which is probably the right order.",
        "I have had mentors and I have been told I am one, but nobody has ever asked me so directly. My first "
        "instinct was to build a plan: a meeting every month, a reading list, a list of professional "
        "associations. Then I remembered that the most useful mentoring I got was the unplanned kind.",
        "So we agreed on something looser. We meet for coffee when she is home. In between she messages me when "
        "something comes up, and I have introduced her to a few people in my online network who work in areas she "
        "is curious about, so that she is not relying on one person's view of the profession.",
        "I am still doing a lot of my job while writing this, so nothing profound. Mostly I notice how much I "
        "learn by having to explain why I do things the way I do.",
    )),

    # --- marginalia.example: Ghost Journal, a scholar's essays ------------------------------------------------
    "marg-weak-ties": W(MARG, "/weak-ties-at-the-reference-desk/", "article", 3,
        "Weak ties at the reference desk", "Inés Marchetti", "2024-10-07", (
        "For a decade I have been interviewing librarians and archivists about how they learned to do their jobs, "
        "and for most of that decade I have been surprised by the same thing. Asked who taught them, people name "
        "a supervisor, a professor, perhaps a formal mentor assigned by a residency program. Asked where they go "
        "now when they are stuck, they describe something else entirely: a hashtag, a listserv, a Slack channel, "
        "a group chat, a person they have never met in the flesh whose posts they have read for years.",
        "The sociologist Mark Granovetter called the loose acquaintances at the edge of one's social world weak "
        "ties, and argued that they matter most for exactly the things people need when they are trying to move: "
        "news of jobs, ideas from outside one's own circle, introductions. Information professionals seem to "
        "have built a whole infrastructure of weak ties, and to have used it, among other things, as a "
        "distributed system of mentoring.",
        "It is worth saying what that mentoring looks like, because it does not look like the programme brochures. "
        "The brochure version pairs a senior librarian with a junior one for a year, sets goals, and schedules "
        "meetings. My interviewees who had that experience mostly valued it. But when they told stories about "
        "moments that changed their careers, the stories were usually about a stranger.",
        "One archivist described posting a question, late at night, about whether a finding aid for a "
        "politician's papers should disclose the existence of restricted correspondence. She got eleven answers "
        "before breakfast, two of them from people who had written the standards she was trying to interpret. "
        "One of them kept writing to her for years afterwards. She calls him her mentor now, though he has never "
        "been her supervisor, colleague, or teacher in any formal sense, and they have met twice.",
        "A cataloguer told me that he learned more about linked data from an email list than from his degree, "
        "not because the list taught anything systematically but because reading other people's questions showed "
        "him the shape of the problems he would eventually face. He described it as apprenticeship by "
        "eavesdropping. A school librarian said that the weekly chat she joined in her first year was the only "
        "place she was not the only librarian in the room.",
        "A records manager in local government told me the most important thing she learned in her first year came "
        "from a retired county archivist who still posted most mornings under a hashtag for records people. He "
        "had no stake in her career and no reason to be polite, and he told her, in a reply to a reply, that she "
        "was about to make a retention decision that would get her sued. She rewrote the schedule. They still "
        "exchange messages every few weeks, and she sends him photographs of the boxes she is proudest of.",
        "Not every story involved a single person. Many interviewees described something closer to group "
        "mentoring: a Slack workspace for new music librarians, a Discord server for people who had come into "
        "libraries from retail, a long-running thread on a forum where systems librarians posted their "
        "configuration problems and three or four experienced administrators took turns answering. In these "
        "places nobody is formally the mentor, but the structure is recognisable. Experienced people model how "
        "to think about a problem; newer people ask; the middle cohort, a year or two ahead, often does the most "
        "patient explaining because they remember being confused.",
        "Peer mentoring, in particular, turns out to be central. A group of five new academic librarians who met "
        "in a webinar's chat, moved to a group message, and have now supported each other through tenure "
        "reviews for six years described themselves as each other's mentors. None of them was senior to the "
        "others. What they offered was not experience but company: someone to read the draft dossier, someone "
        "to say that the committee's comment was unfair, someone to share the job advertisement.",
        "Blogs played a quieter role. Several people named a blog they had read as students as the thing that "
        "made them want to enter the profession, and a few had written to the blogger and been answered. One "
        "described the comment section of a now-defunct blog on archival description as the best seminar she "
        "ever attended, with the author acting as a patient, slightly grumpy teacher to dozens of strangers.",
        "What these stories share is that the help came from outside the person's institution, from someone with "
        "more experience, in a place where asking cost little. That last point matters. Several interviewees said "
        "they would never have asked their own director the questions they asked online, because a director "
        "evaluates you. A stranger on a mailing list does not. The online network lets people be novices without "
        "being seen as novices by the people who decide their futures.",
        "There are costs. The informal system rewards those who are already comfortable speaking in public, and "
        "several people of colour I interviewed described being welcomed by one corner of the network and "
        "harassed in another. The platforms change under people's feet: the hashtag chats that carried so much "
        "in the 2010s thinned out when Twitter changed owners, and the communities that moved to Mastodon, "
        "Bluesky and Discord did not all move together. A network built on one company's servers can vanish in "
        "a quarter.",
        "There is also a question of who does the work. The most generous people in these networks answer "
        "hundreds of questions a year, and almost none of it counts toward anything in their annual reviews. "
        "Mentoring has always been undervalued labour, and much of it has been done by women; online, it is "
        "also invisible labour. I have started asking institutions whether they recognise it, and the answer "
        "is usually a puzzled silence.",
        "What would it mean to take this seriously? For library schools, I think it means teaching students "
        "that building a professional network is part of the work rather than a networking chore, and being "
        "honest that the network will probably be online and probably span institutions. For employers, it "
        "means counting time spent answering questions on a listserv or moderating a chat as professional "
        "service, the way we count committee work. For associations, it means supporting the unglamorous "
        "infrastructure: the mailing lists, the community servers, the moderators.",
        "And for researchers like me, it means widening what we call mentoring. The literature on mentoring in "
        "librarianship is mostly about formal programmes, because formal programmes can be evaluated. The "
        "mentoring my interviewees describe is harder to count, spread across dozens of brief exchanges with "
        "people who may not know they are mentoring anyone. Peer mentoring, group mentoring, the advice of a "
        "retired colleague who still posts: these are the ordinary ways people learn this profession now.",
        "I do not want to romanticise it. Plenty of people told me the online network was exhausting, or "
        "performative, or dominated by a few loud voices. But almost no one told me it did not matter. When I "
        "ask who taught you to be a librarian, the honest answer, for many, is: a lot of people, most of whom I "
        "met on the internet.",
        "This essay draws on a paper in progress; if you were one of the people I interviewed, thank you, and if "
        "you would like to be, write to me.",
    )),
    "marg-hashtags": W(MARG, "/scraping-hashtags-ethics/", "article", 1,
        "On scraping hashtags: a methods note", "Inés Marchetti", "2024-08-19", (
        "A graduate student asked me last week whether it is acceptable to collect every public post under a "
        "hashtag for a thesis. The short answer is that public is not the same as consenting, and that the "
        "norms differ across platforms and communities.",
        "My own practice, for what it is worth: I collect only what I need to answer the question, I do not "
        "quote posts verbatim without permission when the author could be identified by a search, and I treat "
        "small communities, where everyone knows everyone, as more sensitive than large ones. Some of the "
        "professional chats I study are small enough that a paraphrase is identifying.",
        "Then there is the practical side. Platform APIs change with little notice, and a collection method that "
        "worked last year may now require a paid tier. Document what you did, when, and under which terms of "
        "service, because your reviewers will ask.",
        "Finally, think about storage. A spreadsheet of scraped handles on a shared drive is a breach waiting to "
        "happen. Pseudonymise early, and delete what you no longer need.",
    )),
    "marg-reading": W(MARG, "/spring-seminar-reading-list/", "article", 1,
        "Reading list for the spring seminar", "Inés Marchetti", "2025-01-12", (
        "The doctoral seminar on information practices meets on Thursdays this spring. Here is the list, for "
        "students and for anyone following along.",
        "Week one: Savolainen on everyday-life information seeking. Week two: Chatman on small worlds. Week three: "
        "Wilson's models and their critics. Week four: McKenzie on information practices in pregnancy. Week five: "
        "a pair of papers on information grounds, and one on how archivists and librarians learn from each other "
        "in online communities, which I include because students always ask about it. Week six: Lloyd on "
        "workplace information literacy.",
        "The second half of the term turns to methods: diaries, interviews, and trace data. Bring a draft research "
        "question to week eight.",
    )),
    "marg-mentor-texts": W(MARG, "/mentor-texts/", "article", 0,
        "Mentor texts", "Inés Marchetti", "2024-05-30", (
        "Teachers of writing talk about mentor texts: published pieces that students read closely in order to "
        "borrow their moves. A mentor text for a lab report is a good lab report; a mentor text for a personal "
        "essay might be Didion. The idea is that you learn to write a form by imitating someone who wrote it well.",
        "I have started using mentor texts in my own methods teaching. Before students write a literature review, "
        "we take apart two published ones paragraph by paragraph: where does the author state the gap, how are "
        "the sources grouped, where does the voice become argumentative.",
        "It works better than any rubric I have written. Students who could not tell me what a synthesis paragraph "
        "was can point to one once they have seen it in the wild.",
    )),
    "marg-reviewing": W(MARG, "/learning-to-review/", "article", 2,
        "Nobody teaches you to review", "Inés Marchetti", "2024-12-02", (
        "Peer review is one of the few scholarly skills that is almost never taught. You are asked to review a "
        "manuscript for the first time, usually in your first or second year after the doctorate, and you guess.",
        "I learned in two ways. The first was a senior colleague who let me draft reviews alongside her and then "
        "showed me hers. The second, which I did not expect, was an online group of early-career researchers in "
        "library and information science, who shared anonymised reviews they had received and written and "
        "talked frankly about what was useful. More experienced members dropped in to answer questions. It was "
        "mentoring by committee, and it worked.",
        "If you are a senior scholar, consider doing what my colleague did. Invite a junior colleague to co-review, "
        "with the editor's permission. And if you are junior, find the group where people talk honestly about "
        "this; it exists, usually on a server you have to be invited to.",
        "Most of the rest of what I know about reviewing came from getting reviews, good and bad, and resolving "
        "to write the first kind.",
    )),

    # --- newpros.example: Hugo Docsy, a guild's handbook for new archivists ------------------------------------
    "np-mentor": W(NEWPROS, "/docs/getting-started/finding-a-mentor/", "article", 3,
        "Finding a mentor", "New Professionals Committee", "2024-08-12", (
        "Most archivists who stay in the profession can name someone who helped them early on. This page explains "
        "how to find that person, whether through the Guild's mentoring programme or on your own.",
        "The mentoring programme. Each autumn the Guild matches new professionals with experienced members for "
        "one year. Matches are made by the committee from short application forms; you can ask for someone in a "
        "particular kind of repository, or from outside your region. Most pairs meet by video call once a month "
        "and keep in touch by email or in the Guild's Slack in between. Applications open in August.",
        "Mentoring circles. If one-to-one matching sounds like too much, join a circle: four to six new "
        "professionals and one or two experienced facilitators who meet online every six weeks around a theme, "
        "such as digital preservation or job searching. Circles have their own private channel in Slack.",
        "Informal mentoring. Much of the best advice you will get will come from people who never sign up as "
        "mentors. Ask questions in the #ask-an-archivist channel; read the early-career mailing list; follow "
        "archivists you admire on Mastodon or Bluesky and reply to their posts. When someone answers you "
        "helpfully more than once, it is fine to ask whether they would be willing to talk for half an hour.",
        "How to ask. Be specific about what you want help with, say how much time you are asking for, and make it "
        "easy to say no. A message such as 'I am six months into my first processing job and struggling to "
        "estimate how long collections will take; could I ask you a few questions over a 30-minute call?' gets a "
        "yes far more often than 'Will you be my mentor?'",
        "Being a good mentee. Come with questions, follow up on what you said you would try, and say thank you. "
        "When you have been around a few years, become a mentor yourself; the programme always needs more.",
    )),
    "np-slack": W(NEWPROS, "/docs/community/slack/", "article", 2,
        "The Guild Slack", "New Professionals Committee", "2024-06-03", (
        "The Guild runs a Slack workspace open to all members. You will receive an invitation by email within a "
        "week of joining; if you do not, write to the membership secretary.",
        "Channels you may want to join: #general for announcements, #jobs for postings (employers must include a "
        "salary range), #ask-an-archivist for questions of any size, #new-professionals for members in their "
        "first five years, and #digital-preservation, #reference and #records-management for practice areas.",
        "The #ask-an-archivist and #new-professionals channels are where a lot of informal mentoring happens. "
        "Experienced members watch them, and it is normal to ask basic questions. Please search first, use threads "
        "for replies, and if someone helps you, consider sharing what you learned with the channel.",
        "Slack is not an archive. Messages older than 90 days disappear on the free plan, so anything worth "
        "keeping should go on the handbook or the mailing list.",
    )),
    "np-conduct": W(NEWPROS, "/docs/community/code-of-conduct/", "article", 1,
        "Code of conduct", "Guild Council", "2023-11-20", (
        "The Guild is committed to providing a welcoming and harassment-free experience for everyone, at "
        "meetings, events and in its online spaces, regardless of gender, sexual orientation, disability, "
        "appearance, race, age, religion, or career stage.",
        "Harassment includes offensive comments, deliberate intimidation, stalking, unwelcome photography or "
        "recording, sustained disruption of talks or discussions, and unwelcome sexual attention. Participants "
        "asked to stop are expected to comply immediately.",
        "This code applies in all Guild spaces, including the Slack workspace, the mailing list, and mentoring "
        "programme meetings. Report concerns to any Council member or to the conduct address; reports are "
        "confidential.",
        "Council may take any action it deems appropriate, including a warning or expulsion from Guild spaces.",
    )),
    "np-retention": W(NEWPROS, "/docs/practice/retention-schedules/", "article", 0,
        "Records retention schedules explained", "Records Management Section", "2024-02-14", (
        "A retention schedule lists the kinds of records an organisation creates and says how long each must be "
        "kept, and what happens to it at the end: destruction, transfer to an archive, or review.",
        "Schedules are usually built from an inventory of record series. For each series, the schedule gives a "
        "retention period, the event that starts the clock (for example the end of a financial year or the "
        "closure of a case file), and the legal or business reason for the period.",
        "For local authorities in the region, the general schedule published by the state archives applies unless "
        "an agency has an approved specific schedule. Where the two conflict, the specific schedule wins.",
        "Keep a disposal register. When records are destroyed under a schedule, record what was destroyed, when, "
        "under which authority, and by whom.",
    )),
    "np-cohort": W(NEWPROS, "/blog/2024/09/30/mentoring-cohort-report/", "article", 3,
        "The 2023-24 mentoring cohort: what we heard", "Dana Whitford", "2024-09-30", (
        "Thirty-one pairs and five circles took part in this year's mentoring programme, our largest cohort yet "
        "and the first run entirely online. Here is a short summary of the end-of-year survey.",
        "Almost everyone met at least six times. Pairs who set a regular monthly call kept going; those who "
        "relied on 'let's find a time' mostly drifted by February. Mentees valued career guidance above all: "
        "help reading job advertisements, preparing for interviews, and deciding whether to move into digital "
        "work. Several mentors said they learned as much as their mentees about new tools.",
        "The circles' Slack channels stayed busy between meetings, and three circles have decided to continue on "
        "their own. Members told us that hearing peers at the same stage was as valuable as the facilitator's "
        "experience.",
        "What we will change: earlier matching, a short guide for mentors on running the first call, and a "
        "shared channel where all mentees can ask questions of the whole mentor pool. Applications for the next "
        "cohort open in August.",
    )),

    # --- lists.example: HyperKitty, the early-career archivists' list -------------------------------------------
    "list-seeking": W(LISTS, f"{LP}/thread/Q4ZM7KXW3P5LAN8R9T2V4Y6B8C1E3G5H/", "post", 3,
        "Seeking a mentor: moving into digital preservation", "Priya Natarajan", "2024-03-05", (
        "Hi all,",
        "I have been a processing archivist at a small college for three years, and I would like to move into "
        "digital preservation within the next couple of years. Nobody at my institution does this work, so I "
        "have no one to learn from locally.",
        "Would anyone on the list who works in digital preservation be willing to mentor me informally? I am "
        "thinking of a call every month or two, and being able to email questions in between. I am happy to "
        "work around your schedule. Suggestions for other places to find people, such as Slack groups or "
        "Mastodon accounts worth following, would also be very welcome.",
        "Thanks,",
        "Priya",
    )),
    "list-reply": W(LISTS, f"{LP}/message/H7C2RK4NW8Z3YTQ5P6M1LXV9B2D4F6GJ/", "post", 2,
        "Re: Seeking a mentor: moving into digital preservation", "Walt Okafor", "2024-03-06", (
        "Priya,",
        "I will happily talk; I have been doing this for fifteen years, the first five of them as the only "
        "person at my institution who knew what a checksum was. Email me off-list and we will set something up.",
        "Some other suggestions. The Digital Preservation Coalition's community forum is worth joining. Several "
        "people on Mastodon post regularly about their day-to-day work; search the #digipres hashtag and follow "
        "the people whose posts you find yourself reading twice. The NDSA interest groups have open calls, and "
        "listening in on those is a good way to meet people.",
        "Practical advice: start a small project at your college now, even a survey of born-digital material in "
        "your collections. Having one thing you have done yourself will make every conversation more useful.",
        "Walt",
    )),
    "list-still": W(LISTS, f"{LP}/thread/B3N6TQ8XW2K5MZ7R4V1C9L0P3D5F7H2J/", "post", 3,
        "Is the list still where we ask career questions?", "Marisol Venn", "2024-03-18", (
        "Slightly meta question. When I joined this list in 2016, it was the place to ask things like 'how do I "
        "negotiate a first salary' or 'should I take a project archivist contract'. People answered with real "
        "detail, and a few of the regulars effectively mentored a whole cohort of us.",
        "Now most of those conversations seem to happen in Slack workspaces or group chats, or on Bluesky, and "
        "the list is mostly job postings and webinar announcements. Is that just me? Where are new archivists "
        "getting career advice now? And would people be interested in a monthly 'ask anything' thread here, so "
        "that the advice is public and searchable for the next person?",
        "Marisol",
    )),
    "list-job": W(LISTS, f"{LP}/thread/K8P2MW5RX7T3NZ9Q4V6B1C3L5D7F9H0J/", "post", 0,
        "JOB: Processing Archivist, Hollins County Historical Society", "Hollins County Historical Society",
        "2024-03-21", (
        "The Hollins County Historical Society seeks a Processing Archivist to arrange and describe manuscript "
        "collections, create finding aids in ArchivesSpace, and assist researchers in the reading room.",
        "Requirements: MLIS or MA in history with archival coursework; experience with DACS. Salary: $52,000 to "
        "$56,000, with full benefits. Full-time, on site.",
        "Review of applications begins April 15. Send a cover letter, CV and the names of three references to "
        "the Director.",
    )),
    "list-webinar": W(LISTS, f"{LP}/thread/V5X9K2MZ4Q7T1NRW3P8B6C0L2D4F6H8J/", "post", 1,
        "Webinar: email archiving tools (Thursday)", "Sam Ito", "2024-03-25", (
        "Reminder that Thursday's session, part of the list's spring learning series, covers tools for "
        "acquiring and processing email: ePADD, the Email Archives Building Capacity and Community tools, and "
        "a demonstration of converting PST files to MBOX.",
        "The session is free and will be recorded. Registration link and details are on the events page.",
    )),
    "list-ooo": W(LISTS, f"{LP}/thread/Z1Q3W5E7R9T2Y4U6I8O0P1A3S5D7F9G2/", "post", 0,
        "Automatic reply: Webinar: email archiving tools (Thursday)", "Gerald Finch", "2024-03-25", (
        "I am out of the office until April 2 with limited access to email. For urgent reading-room requests, "
        "please contact the reference desk.",
    )),

    # --- glammr.example: Pleroma, short posts ------------------------------------------------------------------
    "toot-chat": W(SOCIAL, "/notice/AqZx3mB7nQ2kLrT9vE", "post", 3,
        "#LibMentor chat tonight", "marguerite", "2025-02-04", (
        "#LibMentor chat tonight, 8pm ET, right here under the hashtag. Topic: finding a mentor when you are the "
        "only librarian in your building. Experienced folks, please come and share how you did it; new folks, "
        "bring your questions. Lurkers welcome. #librarians #mentoring",
    )),
    "toot-advice": W(SOCIAL, "/notice/AqZy8pR2sK5mWnD4xF", "post", 2,
        "Things I wish someone had told me as a new archivist", "tomasz", "2025-01-22", (
        "Thread: things I wish someone had told me in my first archives job, twenty years in.",
        "1. Processing estimates are always wrong. Double them and stop apologising.",
        "2. Your donors are your users too.",
        "3. Ask the people two jobs ahead of you how they got there. Most will answer. Some of my best career "
        "advice came from strangers I messaged here and on the old bird site.",
        "4. Take your leave.",
    )),
    "toot-cat": W(SOCIAL, "/notice/AqZz1kT6vB9nXcQ3yG", "post", 0,
        "Reading room cat", "marguerite", "2025-02-01", (
        "The reading room has acquired a cat. She is not ours, she is not allowed, and she is asleep on the "
        "map case. #caturday",
    )),
    "toot-mentor-ohio": W(SOCIAL, "/notice/Ar0A4nV8wC2pYdR5zH", "post", 0,
        "Mentor Public Library", "tomasz", "2025-01-15", (
        "Spent the afternoon in Mentor, Ohio, at the public library's local history room looking for 1920s "
        "plat maps of the lakeshore. Lovely staff, excellent microfilm readers, and a very good bakery next "
        "door. #LocalHistory #Ohio",
    )),
    "toot-slides": W(SOCIAL, "/notice/Ar0B7qX1yD4rZeS6aJ", "post", 1,
        "Slides from my talk", "marguerite", "2025-02-10", (
        "Slides from my talk on weeding oral history collections are up on the conference site. Thanks to "
        "everyone who came, and to the folks here who answered my questions while I was preparing it.",
    )),
    "toot-thanks": W(SOCIAL, "/notice/Ar0C2sZ5aF7tBgU8bK", "post", 2,
        "Thank you, network", "tomasz", "2025-02-12", (
        "Yesterday I asked here how other small archives handle metadata for born-digital photographs, and got "
        "thirty replies, two shared spreadsheets and an offer of a video call from someone who did this at a "
        "national library. This is why I am still on here. Learning from peers in public is the best "
        "professional development I have ever had. #archives #digipres",
    )),

    # --- pubs.example: an MDPI-like journal ---------------------------------------------------------------------
    "pub-peer": W(PUBS, f"/{ISSN}/5/2/14", "journal-article", 3,
        "Peer Mentoring in Online Communities of Early-Career Academic Librarians: A Mixed-Methods Study",
        "Hannah Okonkwo; Felix Brandt; Lucía Serrano", "2025-04-22", (
        "Abstract: Formal mentoring programmes are common in academic libraries, but early-career librarians "
        "increasingly seek advice in online communities. This study examines how early-career academic "
        "librarians use online communities for peer mentoring. We surveyed 412 librarians with less than five "
        "years of experience and interviewed 24. Respondents used on average three online venues for "
        "professional advice, most often Slack or Discord communities, mailing lists, and Mastodon or Bluesky. "
        "Peer mentoring in these venues complemented rather than replaced formal mentoring: it offered "
        "immediate, low-stakes help with day-to-day questions, while formal mentors were consulted on career "
        "decisions. We discuss implications for library employers and professional associations.",
        "1. Introduction. Mentoring has long been recognised as a route into the library profession, and "
        "formal programmes pairing new and experienced librarians are widespread in academic libraries. Yet "
        "mentoring also happens outside such programmes, among peers and in networks that extend beyond the "
        "workplace. Since the 2010s, social media platforms and online communities have become important "
        "venues for this informal mentoring. Little empirical work has examined what early-career librarians "
        "seek in these venues and how it relates to the mentoring their institutions provide.",
        "2. Methods. An online survey was distributed through professional mailing lists and social media in "
        "2024. It asked about venues used for professional advice, the kinds of questions asked, and "
        "experiences of formal mentoring. Twenty-four respondents took part in follow-up interviews, which "
        "were analysed thematically.",
        "3. Results. Eighty-one percent of respondents had asked a work-related question in an online "
        "community in the previous six months. Questions about instruction, reference and technology were most "
        "often asked of peers online; questions about promotion, job changes and conflict with supervisors "
        "were more often taken to formal mentors or trusted senior colleagues contacted privately. "
        "Interviewees described online peer groups as 'a staff room I never had' and valued the chance to "
        "learn from people at other institutions. Several described relationships that began in a public "
        "channel and became one-to-one mentoring.",
        "4. Discussion. Online peer mentoring meets needs that formal programmes do not: it is available at the "
        "moment of need and spans institutions. Its informality also brings risks, including uneven access and "
        "reliance on unpaid moderators. Employers can recognise participation in such communities as "
        "professional development, and associations can support the communities' infrastructure.",
        "5. Conclusions. Early-career academic librarians combine formal and online peer mentoring. Both "
        "deserve institutional support.",
    )),
    "pub-oa": W(PUBS, f"/{ISSN}/5/2/15", "journal-article", 0,
        "Open Access Mandates and Citation Advantage in Engineering: A Bibliometric Analysis",
        "Rajiv Menon; Anne Larsen", "2025-04-24", (
        "Abstract: We examine whether funder open access mandates are associated with a citation advantage for "
        "engineering articles published between 2015 and 2022. Using 58,000 articles indexed in a major "
        "citation database, we compare mandated and non-mandated articles, controlling for journal, year and "
        "author count. Mandated articles received 9% more citations after three years, though the effect was "
        "concentrated in articles deposited in subject repositories.",
        "1. Introduction. Open access mandates from research funders have spread rapidly. Whether open access "
        "increases citation remains contested, with estimates varying widely by discipline and method.",
        "2. Data and Methods. Articles were matched to funder acknowledgements and to repository deposit "
        "records. Negative binomial regression was used to model citation counts.",
        "3. Results and Discussion. The advantage persisted after controls but was small for articles "
        "available only through institutional repositories. We discuss the role of discoverability.",
    )),
    "pub-pln": W(PUBS, f"/{ISSN}/5/2/16", "journal-article", 3,
        "Archivists' Personal Learning Networks after the Platform Shift: An Interview Study",
        "Tomás Ferreira; Ingrid Holm", "2025-05-02", (
        "Abstract: Many archivists built personal learning networks on Twitter during the 2010s. Following "
        "changes to that platform from 2022, many moved to Mastodon, Bluesky, Discord and other venues. Through "
        "semi-structured interviews with 30 archivists in six countries, we examine how their learning "
        "networks were disrupted and rebuilt. Participants lost contact with some ties, particularly weak ties "
        "outside the profession, but many reported deeper engagement in smaller communities. Hashtags such as "
        "#archives and #digipres remained important for discovery. Mentoring relationships that had begun on "
        "Twitter mostly survived the move, continuing on other platforms or by email.",
        "1. Introduction. A personal learning network is the set of people and resources an individual draws on "
        "for ongoing professional learning. For archivists, who often work alone or in small teams, such "
        "networks have provided access to expertise, career guidance and mentoring beyond the workplace.",
        "2. Methods. Thirty archivists who reported using Twitter for professional learning before 2022 were "
        "interviewed between March and October 2024 about their use of online networks before and after the "
        "change.",
        "3. Findings. Three patterns emerged. 'Movers' rebuilt their networks largely on Mastodon. 'Splitters' "
        "maintained presences on several platforms and described fragmentation. 'Retreaters' moved "
        "professional learning into closed groups on Discord, Slack or Signal. Across patterns, participants "
        "stressed that the relationships, not the platform, were what mattered; several described seeking out "
        "former mentors by email to re-establish contact.",
        "4. Discussion and Conclusions. Professional learning networks are resilient but platform shifts impose "
        "real costs, falling hardest on newer archivists whose networks were shallow. Professional bodies could "
        "help by maintaining directories and platform-independent spaces.",
    )),
    "pub-onboarding": W(PUBS, f"/{ISSN}/5/2/17", "journal-article", 1,
        "Onboarding Practices in Academic Libraries: A National Survey", "Grace Liu; Mateo Ruiz", "2025-05-09", (
        "Abstract: This paper reports a survey of 186 academic libraries on how they onboard new staff. Most "
        "libraries provided an orientation checklist and introductions to colleagues; fewer provided structured "
        "training plans or regular check-ins beyond the first month. Libraries with written onboarding plans "
        "reported higher first-year retention.",
        "1. Introduction. Onboarding is the process by which new employees acquire the knowledge and "
        "relationships they need to be effective. In libraries, it has received less attention than recruitment.",
        "2. Methods. A questionnaire was sent to heads of human resources or library administrators in 2024.",
        "3. Results. Seventy-two percent of libraries assigned new staff a 'buddy', and a minority encouraged new "
        "staff to join professional social media groups or mailing lists. Written onboarding plans were more "
        "common in larger libraries.",
        "4. Conclusions. Structured onboarding is associated with retention; smaller libraries may need shared "
        "templates.",
    )),
    "pub-nursing": W(PUBS, f"/{ISSN}/5/2/18", "journal-article", 0,
        "Mentor-Protégé Relationships in Nursing Informatics Careers: A Qualitative Study",
        "Olivia Harris; Kwame Mensah", "2025-05-15", (
        "Abstract: Nursing informatics is a growing specialty in which practitioners combine clinical and "
        "information-systems expertise. We interviewed 18 nurse informaticists about the role of mentors in "
        "their transition from bedside practice. Participants described mentors who sponsored them for "
        "informatics projects, taught them to speak with technical teams, and advised them on certification.",
        "1. Introduction. Mentoring is well established in nursing. Less is known about mentoring in the move "
        "from clinical practice into informatics roles within hospital IT departments.",
        "2. Methods. Semi-structured interviews; thematic analysis.",
        "3. Findings. Sponsorship by a mentor in the chief nursing information officer's office was the most "
        "common route into the specialty. Participants valued mentors who could translate between clinical and "
        "technical cultures.",
        "4. Conclusions. Hospitals should formalise pathways into nursing informatics.",
    )),
    "pub-peer-pdf": W(PUBS, f"/{ISSN}/5/2/14/pdf", "document", 3,
        "Peer Mentoring in Online Communities of Early-Career Academic Librarians: A Mixed-Methods Study",
        "Hannah Okonkwo; Felix Brandt; Lucía Serrano", "2025-04-22", ()),   # the PDF of pub-peer
    "pub-oa-pdf": W(PUBS, f"/{ISSN}/5/2/15/pdf", "document", 0,
        "Open Access Mandates and Citation Advantage in Engineering: A Bibliometric Analysis",
        "Rajiv Menon; Anne Larsen", "2025-04-24", ()),   # the PDF of pub-oa

    # --- library.example: Plone 6, a university library's news --------------------------------------------------
    "lib-student-staff": W(LIBRARY, "/news/peer-mentoring-for-student-staff", "article", 2,
        "Library launches peer mentoring for student staff", "Joanna Kowalczyk", "2024-09-16", (
        "Northfield University Libraries has launched a peer mentoring programme for the more than 120 students "
        "who work at its service desks, in special collections, and in the digital scholarship lab.",
        "Each new student employee is paired with an experienced student worker for their first semester. "
        "Mentors, who receive a short training and an hourly stipend, meet their mentees during shifts and "
        "answer questions in a dedicated Microsoft Teams channel, which library staff also monitor.",
        "'Students learn the job fastest from other students,' said Marcus Bell, head of user services. 'And "
        "several of our student workers are thinking about careers in libraries. Mentoring is a chance for them "
        "to see what that work is like.' The libraries will also invite librarians to host informal career "
        "conversations for interested students in the spring.",
        "The programme is supported by the University's Student Employment Excellence fund.",
    )),
    "lib-hours": W(LIBRARY, "/news/exam-period-hours", "article", 0,
        "Extended opening hours for the exam period", "Library Communications", "2024-11-25", (
        "From December 2 to December 20, Main Library will be open 24 hours a day, Sunday to Thursday, and until "
        "midnight on Fridays and Saturdays. The Science Library will open until 2 a.m.",
        "A valid university ID is required to enter after 10 p.m. Quiet study floors are enforced, and free "
        "coffee will be served in the lobby on the evenings of December 9 and 16.",
    )),
    "lib-staff-week": W(LIBRARY, "/news/staff-development-week-2024", "article", 1,
        "Staff development week 2024 in review", "Library Communications", "2024-06-21", (
        "More than ninety library staff took part in this year's staff development week, with sessions on "
        "accessibility in instruction, budgeting for digital collections, and a hands-on workshop on the new "
        "discovery layer.",
        "Colleagues from facilities gave a tour of the renovated lower level, and the week closed with a "
        "recognition lunch for staff marking ten, twenty and thirty years of service.",
        "A session on building a professional learning network online, led by two subject librarians, was "
        "among the best-attended. Slides and recordings from all sessions are on the staff intranet.",
    )),
    "lib-bluesky": W(LIBRARY, "/news/bluesky-starter-pack", "article", 3,
        "A starter pack for new librarians", "Joanna Kowalczyk", "2025-01-27", (
        "Our librarians have put together a Bluesky starter pack to help new colleagues, at Northfield and "
        "beyond, find experienced librarians and archivists who share their work online.",
        "The idea came from the libraries' early-career group, who said that when they started, finding people "
        "to learn from online took months. The pack includes subject librarians, archivists, systems staff and "
        "several retired librarians who post regularly about their careers and answer questions from newcomers.",
        "'A lot of my mentoring happens in replies,' said Ayesha Rahman, research services librarian and one of "
        "the pack's curators. 'Someone new asks how to handle a tricky consultation, and five experienced people "
        "answer. That is incredibly valuable, especially for librarians at smaller institutions.'",
        "The libraries also maintain a list of Mastodon accounts and LinkedIn groups for the same purpose, and "
        "encourage staff to count time spent supporting colleagues online as professional service.",
    )),
    "lib-report": W(LIBRARY, "/publications/learning-networks-report/@@download/file/learning-networks-2024.pdf",
        "document", 2, "Staff Learning Networks: Report of the Professional Development Working Group",
        "Professional Development Working Group", "2024-05-31", (
        "Northfield University Libraries. Staff Learning Networks. Report of the Professional Development Working "
        "Group, May 2024.",
        "Summary. The working group surveyed library staff (n = 87) about how they keep their skills current. "
        "Conferences and formal training remain important, but staff reported that most day-to-day learning "
        "comes from colleagues: in the library, at other institutions, and in online communities.",
        "Findings. 64% of respondents belong to at least one professional mailing list; 41% use social media "
        "for professional learning, most often Mastodon, Bluesky or LinkedIn; 23% participate in a Slack or "
        "Discord community. Early-career staff were most likely to describe people they met online as mentors. "
        "Staff in technical services reported fewer opportunities for mentoring than those in public services.",
        "Budget. Travel funding per person fell by 18% between 2019 and 2023. The group recommends protecting "
        "conference funding for staff in their first five years.",
        "Recommendations. 1. Recognise participation in online professional communities as professional "
        "development in annual reviews. 2. Create an internal mentoring scheme open to all staff, including "
        "technical services. 3. Fund one webinar subscription per department. 4. Review the travel policy.",
    )),

    # --- wiki.example: DokuWiki, a student association's wiki ---------------------------------------------------
    "wiki-networking": W(WIKI, "/careers:networking_and_mentoring", "article", 3,
        "Networking and mentoring", "priya", "2024-10-03", (
        "This page collects advice from current students and alumni on finding mentors and building a "
        "professional network while you are in the MLIS programme. Add to it!",
        "Formal programmes. The state library association and several divisions of the national association run "
        "mentoring programmes that accept students. Deadlines are usually in the autumn. The school's alumni "
        "office can also match you with an alum in the kind of library you want to work in.",
        "Online. Join the student Discord (link on the association's start page); the #careers channel has "
        "alumni who answer questions. Follow librarians on Mastodon and Bluesky; the library starter packs are a "
        "good start. Many divisions run Slack workspaces that students can join for free. Old-fashioned mailing "
        "lists are still where a lot of archivists and cataloguers talk.",
        "How to ask someone to mentor you. Start by engaging with their posts or asking a specific question. "
        "Informational interviews of 20-30 minutes are normal in this profession and most people say yes. "
        "Thank them afterwards and tell them what you did with their advice.",
        "Peer mentoring. Second-years: the association pairs you with incoming students every August. It counts "
        "as service on your CV.",
    )),
    "wiki-linkedin": W(WIKI, "/careers:linkedin", "article", 2,
        "LinkedIn tips", "jmarsh", "2024-02-11", (
        "LinkedIn is less central in libraries than in some fields, but hiring managers do look at it, and it is "
        "the best place to find alumni.",
        "Profile: use a clear headline (e.g. 'MLIS student, digital collections'), list your practicum and "
        "student jobs, and add projects with links.",
        "Finding people: search the school's alumni page by employer or job title. When you send a connection "
        "request, add a note saying you are a student and why you are reaching out. Several of us have found "
        "mentors this way, or at least people willing to give career advice over a call.",
        "Groups: the library and archives groups on LinkedIn are mostly quiet, but job postings appear there.",
    )),
    "wiki-lis560": W(WIKI, "/courses:lis560", "article", 0,
        "LIS 560: Instruction and Learning", "anon", "2024-05-20", (
        "Course reviews from students. Please keep them constructive.",
        "Spring 2024 (Prof. Alvarez): heavy on readings in the first half, then a teaching demo and a lesson "
        "plan portfolio. The demo is nerve-racking but the feedback is good. Expect 6-8 hours a week.",
        "Fall 2023 (adjunct): a lot of group work. The final project was an instruction session for a real "
        "class on campus, which was great for the portfolio.",
    )),
    "wiki-practicum": W(WIKI, "/practicum:faq", "article", 1,
        "Practicum FAQ", "priya", "2024-08-28", (
        "When can I do a practicum? After completing 18 credits, including the core courses.",
        "How do I find a site? Check the practicum site list, ask your advisor, or propose your own. Sites need "
        "a supervisor with an MLIS or equivalent.",
        "How many hours? 120 hours for 3 credits. Keep a log and have your site supervisor sign it.",
        "Anything else? Talk to students who did a practicum at the site before; you can usually find them in "
        "the student Discord.",
    )),
    "wiki-printing": W(WIKI, "/campus:printing", "article", 0,
        "Printing on campus", "jmarsh", "2024-09-01", (
        "Each student gets a $20 print credit per semester, loaded on your ID card. Black and white is 10 cents "
        "a page, colour 50 cents.",
        "Printers are in the iSchool lounge (2nd floor) and in every campus library. To print from a laptop, "
        "install the campus print client from the IT website. Poster printing is at the Digital Media Lab.",
    )),

    # --- sched.example: Sched, a regional library conference -------------------------------------------------------
    "sched-circle": W(SCHED, "/event/1uXa/mentoring-across-distance-building-a-virtual-mentoring-circle", "article", 3,
        "Mentoring Across Distance: Building a Virtual Mentoring Circle", "Deepa Kaur; Luis Ortega", "2025-04-10", (
        "When our state's rural libraries asked for mentoring, we could not pair everyone one-to-one: there were "
        "too few experienced directors and too many miles between them. So we built virtual mentoring circles, "
        "small groups of new library directors with one experienced facilitator, meeting monthly on video and "
        "talking in a shared chat between meetings.",
        "This session describes three years of the circles: how we recruited facilitators, how we structured "
        "meetings around the questions participants brought, and what participants said they learned. Attendees "
        "will leave with a facilitator guide and a template for starting a circle in their own region, and will "
        "practise running a peer mentoring conversation.",
    )),
    "sched-discord": W(SCHED, "/event/1uXb/from-listserv-to-discord-professional-learning-for-rural-library-staff",
        "article", 3, "From Listserv to Discord: Professional Learning for Rural Library Staff",
        "Amber Quist", "2025-04-10", (
        "For twenty years, the region's small libraries shared advice on a mailing list. Two years ago a group "
        "of newer staff started a Discord server instead. Today both are thriving, with different people and "
        "different conversations.",
        "This talk compares the two communities as places where library workers without a degree, often the "
        "only staff member in their building, learn their jobs and find mentors. It covers moderation, how "
        "experienced staff are drawn in to answer questions, and how to keep knowledge from scrolling away. "
        "Bring your phone: we will try a live channel during the session.",
    )),
    "sched-lightning": W(SCHED, "/event/1uXc/lightning-talks", "article", 1,
        "Lightning Talks", "Various speakers", "2025-04-11", (
        "Eight five-minute talks: a seed library in a former card catalogue; circulating hotspots; de-escalation "
        "training for front-line staff; a teen podcast studio; what we learned from a year of fine-free "
        "lending; a county-wide summer reading app; how a Mastodon thread found us a volunteer mentor for our "
        "new cataloguer; and a library's first drag story hour.",
    )),
    "sched-budget": W(SCHED, "/event/1uXd/budget-advocacy-101", "article", 0,
        "Budget Advocacy 101", "Frank Molloy", "2025-04-11", (
        "Your library's budget is decided long before the council vote. Learn how the local budget cycle works, "
        "who to talk to and when, and how to present your library's numbers in terms elected officials care "
        "about. Includes a worksheet for your own budget calendar.",
    )),
    "sched-teens": W(SCHED, "/event/1uXe/social-media-literacy-for-teens", "article", 0,
        "Social Media Literacy for Teens", "Carla Jennings", "2025-04-11", (
        "Teens spend hours a day on TikTok, Instagram and YouTube. This session shares a six-week programme that "
        "helps them spot misinformation, understand recommendation algorithms, and manage their privacy. "
        "Lesson plans, slides and a parent handout are provided, and the programme has been run in eleven "
        "branches.",
    )),

    # --- community.example: Khoros, a vendor's customer community -------------------------------------------------
    "kh-mentor": W(COMMUNITY, "/t5/New-Admins/Anyone-willing-to-mentor-a-brand-new-circ-admin/td-p/48211", "post", 3,
        "Anyone willing to mentor a brand-new circ admin?", "lena_w", "2025-01-09", (
        "Hi everyone. I just became the system administrator for circulation at a small college library, "
        "because the person who did it retired and nobody else wanted it. I am a reference librarian by "
        "training and this is all new to me.",
        "The documentation is fine for what each setting does, but not for why you would choose one thing over "
        "another. Is there an experienced admin out there who would be willing to mentor me a bit? Even a couple "
        "of calls to walk through our loan rules would help hugely. I am also happy to be pointed to other "
        "places where admins talk, Slack groups or lists. Thank you!",
    )),
    "kh-calls": W(COMMUNITY, "/t5/New-Admins/Monthly-peer-mentoring-call-for-new-system-admins/td-p/48302", "post",
        2, "Monthly peer mentoring call for new system admins", "rgarcia_admin", "2025-01-14", (
        "After lena_w's post last week I got a few messages from other newish admins, so: we are starting a "
        "monthly call for people in their first couple of years running a Quire system, with a few of us "
        "old-timers along to answer questions.",
        "First call is the last Tuesday of the month, an hour, no agenda beyond whatever people bring. Reply "
        "here or message me for the link. We will post a summary of the questions in this board afterwards.",
        "In the meantime, the New Admins board and the admins mailing list are both good places to ask.",
    )),
    "kh-dst": W(COMMUNITY, "/t5/Circulation/Due-dates-off-by-one-hour-after-DST/td-p/47990", "post", 0,
        "Due dates off by one hour after DST change", "mpatel", "2024-11-04", (
        "Since Sunday, items checked out with hourly loans (laptops, chargers) show due times one hour later than "
        "they should. Daily loans are fine. We are on 4.1.3, hosted.",
        "Has anyone else seen this? Is there a fix other than editing each calendar?",
        "Update: support confirms it is a known issue, fixed in 4.2. Workaround: re-save the hourly loan "
        "calendar in Admin > Calendars.",
    )),
    "kh-idea": W(COMMUNITY, "/t5/Product-Ideas/In-product-help-should-link-to-community-answers/idi-p/48100",
        "post", 1, "In-product help should link to community answers", "jtorres", "2024-12-02", (
        "Idea: when you open the help panel on a settings page, show the most-liked community answers tagged "
        "with that page, alongside the documentation.",
        "Half of what I know about configuring Quire I learned from people on these boards, not the docs. "
        "Surfacing that in the product would save everyone time.",
        "Status: Under consideration.",
    )),
    "kh-release": W(COMMUNITY, "/t5/Release-Notes/Quire-4-2-release-notes/ba-p/48050", "article", 0,
        "Quire 4.2 release notes", "Quire_Product", "2024-11-20", (
        "Quire 4.2 is available to hosted customers from December 1 and to local installations from December 8.",
        "New: batch editing of item records; a redesigned holds shelf report; support for SIP2 over TLS.",
        "Fixed: hourly loan due times after daylight saving changes; a search timeout with very long call number "
        "ranges; accessibility issues in the patron account page.",
        "Read the full upgrade guide before upgrading a local installation.",
    )),
}


OTHER: list[tuple[str, str, str]] = [
    # WordPress Twenty Seventeen
    (SHELF, "/", "home"), (SHELF, "/about/", "about"), (SHELF, "/contact/", "contact"),
    (SHELF, "/category/career/", "category"), (SHELF, "/tag/mentoring/", "tag"), (SHELF, "/?s=mentor", "search"),
    (SHELF, "/page/2/", "listing"), (SHELF, "/author/rosa/", "profile"),
    (SHELF, "/2019/10/02/my-old-pln-post/", "error"),
    # Ghost Journal
    (MARG, "/", "home"), (MARG, "/about/", "about"), (MARG, "/tag/networks/", "tag"),
    (MARG, "/author/ines/", "profile"), (MARG, "/page/2/", "listing"), (MARG, "/newsletter-archive/", "error"),
    # Hugo Docsy
    (NEWPROS, "/", "home"), (NEWPROS, "/docs/", "category"), (NEWPROS, "/blog/", "listing"),
    (NEWPROS, "/search/?q=mentor", "search"), (NEWPROS, "/about/", "about"), (NEWPROS, "/community/", "contact"),
    (NEWPROS, "/docs/mentoring/", "error"),
    # HyperKitty
    (LISTS, "/archives/", "home"), (LISTS, f"{LP}/", "category"), (LISTS, f"{LP}/2024/3/", "listing"),
    (LISTS, "/archives/search?mlist=ecarch%40lists.example&q=mentor", "search"),
    (LISTS, "/archives/users/7/", "profile"), (LISTS, "/postorius/lists/ecarch.lists.example/", "about"),
    (LISTS, f"{LP}/thread/M2X8WQ4ZK7T1NRP3V5B9C0L6D2F4H8J1/", "error"),
    # Pleroma
    (SOCIAL, "/", "home"), (SOCIAL, "/users/marguerite", "profile"), (SOCIAL, "/users/tomasz", "profile"),
    (SOCIAL, "/tag/libmentor", "tag"), (SOCIAL, "/about", "about"), (SOCIAL, "/main/all", "listing"),
    (SOCIAL, "/notice/AqYw0jA6mP1kKqS8uD", "error"),   # a soft 404: the front end's shell, status 200
    # the MDPI-like journal
    (PUBS, "/", "home"), (PUBS, "/journal/infopractice/about", "about"), (PUBS, f"/{ISSN}/5/2", "listing"),
    (PUBS, "/journal/infopractice/sections/professional_development", "category"),
    (PUBS, "/journal/infopractice/special_issues/online_communities", "listing"),
    (PUBS, "/search?q=mentoring&journal=infopractice", "search"), (PUBS, f"/{ISSN}/5/2/19", "error"),
    # Plone 6
    (LIBRARY, "/", "home"), (LIBRARY, "/news", "listing"), (LIBRARY, "/news/library-staff", "category"),
    (LIBRARY, "/@@search?SearchableText=mentoring", "search"), (LIBRARY, "/@@search?Subject%3Alist=mentoring", "tag"),
    (LIBRARY, "/about", "about"), (LIBRARY, "/contact-info", "contact"), (LIBRARY, "/author/jkowalczyk", "profile"),
    (LIBRARY, "/news/mentoring-program-2019", "error"),
    # DokuWiki
    (WIKI, "/", "home"), (WIKI, "/start?do=index", "listing"), (WIKI, "/careers:start", "category"),
    (WIKI, "/start?do=search&q=mentor", "search"), (WIKI, "/user:priya", "profile"), (WIKI, "/about", "about"),
    (WIKI, "/tag:mentoring?do=showtag&tag=mentoring", "tag"), (WIKI, "/careers:informational_interviews", "error"),
    # Sched
    (SCHED, "/", "home"), (SCHED, "/list/descriptions/", "listing"),
    (SCHED, "/type/Professional+Development", "category"),
    (SCHED, "/speaker/dkaur", "profile"), (SCHED, "/info", "about"), (SCHED, "/event/1uWz/mentoring-meetup", "error"),
    # Khoros
    (COMMUNITY, "/", "home"), (COMMUNITY, "/t5/New-Admins/bd-p/new-admins", "category"),
    (COMMUNITY, "/t5/New-Admins/bd-p/new-admins/page/2", "listing"),
    (COMMUNITY, "/t5/forums/searchpage/tab/message?q=mentor", "search"), (COMMUNITY, "/t5/tag/mentoring/tg-p", "tag"),
    (COMMUNITY, "/t5/user/viewprofilepage/user-id/5521", "profile"),
    (COMMUNITY, "/t5/Community-Guidelines/ct-p/about", "about"),
    (COMMUNITY, "/t5/New-Admins/Looking-for-a-mentor/td-p/40001", "error"),
]
