"""What the works of labelled web 6 say (:mod:`tests.labelled_web6`).

Written for web 6 alone, in its own words, without reading the other webs'
texts, scan's ranking or its page kinds. Each work is ``key -> (title,
author, ISO date, grade, paragraphs)``; the grade is the label (see
:mod:`tests.labelled_web6` for the definitions). Some relevant posts are in
plain words, some in the field's jargon; the grade-0 and grade-1 works
include the traps real sites have (chat reference, a library's Instagram,
peer review, mentor texts in teaching, round-ups with one on-topic item,
short announcements dense with the topic's words).
"""

from __future__ import annotations

# --- stacks.example: an academic librarian's WordPress blog (GeneratePress) ------------------------------

STACKS = {
    "s1": ("How I Found a Mentor on a Discord Server", "Hannah Okoro", "2024-05-14", 3, (
        "When I started my first job as an instruction librarian I was the only one in the building under forty, "
        "and the only one who had never taught a class. My manager was kind but busy. What I wanted was somebody a "
        "few years ahead of me who would answer the small, embarrassing questions without making me feel small.",
        "I did not find that person at a conference. I found her on a Discord server that a few library school "
        "friends had set up during the pandemic, mostly to share memes about cataloguing and complain about job "
        "postings. There was a channel called #first-jobs, and one evening I asked how people plan a fifty-minute "
        "session without overstuffing it. Rosa, a teaching librarian three states away, answered with a long "
        "message and then a direct message: did I want to talk it through on a call?",
        "That call turned into a standing date. Every second Thursday we talk for half an hour on voice chat. In "
        "between, I send her my lesson plans as screenshots and she sends back voice notes, which I listen to on "
        "the bus. She has never met me in person. It has not mattered.",
        "What made it work, I think, was that nobody called it mentoring at first. It started as one person "
        "helping another in a chat room, and only months later did we admit to each other that she was my mentor. "
        "The server has since made it official: there is now a #mentor-match channel where people post what they "
        "want help with and more experienced members volunteer.",
        "If you are new and on your own, my advice is simple. Find the online places where people in your corner "
        "of the profession already hang out, whether that is a Discord, a Slack, a subreddit or a group chat. Ask "
        "one specific question in public. Notice who answers generously. Then ask that person if they would mind "
        "hearing from you again.",
    )),
    "s2": ("Reverse Mentoring, Federated: A Year on Mastodon", "Hannah Okoro", "2024-03-02", 3, (
        "This is a write-up of the reverse mentoring pilot I ran with colleagues in our research services team "
        "between January and December, mostly over Mastodon and a shared Matrix room. The premise of reverse "
        "mentoring is that junior staff mentor senior staff in something the juniors know better: in our case the "
        "decentralised social web and how scholars use it to build a personal learning network (PLN).",
        "Six pairs took part. Each mentee, a senior librarian or manager, was paired with a mentor from the "
        "early-career group. The pairs agreed goals at the start: set up an account on a scholarly instance, "
        "follow and curate a hashtag such as #GLAM or #openaccess, post about one project a month, and reply to at "
        "least three strangers a week. The mentors modelled this in public, which turned out to be half the value: "
        "mentees could see how their mentor wrote a thread, boosted a colleague or handled a disagreement.",
        "We collected short reflections every month. The pattern was consistent with the e-mentoring literature: "
        "the relationship worked when the pair met synchronously at least once a month and used the asynchronous "
        "channel for small, frequent contact. Pairs that relied only on direct messages drifted after the second "
        "month.",
        "Mentors reported something we had not expected: being treated as experts by senior colleagues changed "
        "how they spoke in team meetings. Two of them now run our social media drop-in sessions. Mentees said the "
        "most useful thing was not learning the tools but learning the norms of a network: content warnings, alt "
        "text, and when not to promote yourself.",
        "We will run it again with two changes: a shared onboarding session for all pairs, and a norm that the "
        "mentor, not the mentee, proposes the next check-in. The reflection template is below for anyone running "
        "online mentoring of this kind.",
        "What did you try on the network this month? Who did you talk to that you would not have met otherwise? "
        "What did your mentor or mentee show you? What will you try next month?",
    )),
    "s3": ("Chat Reference at 2 a.m.", "Hannah Okoro", "2024-02-06", 0, (
        "Our consortium's chat reference service runs around the clock, and I took my first overnight shift last "
        "week. Between midnight and six the questions come from everywhere: a nursing student in another time "
        "zone who cannot get into a database, a retiree looking for a recipe from a 1970s newspaper, someone who "
        "wanted to know whether we were open on Sunday.",
        "The software shows you the page the patron was on when they opened the chat window, which helps more "
        "than you would think. Half of the access problems were proxy links copied from the address bar instead "
        "of the permalink button.",
        "I kept a tally. Forty-one chats: nineteen about access, nine about citation styles, six about opening "
        "hours, the rest a mix. The longest took twenty-five minutes and ended with a student finding three "
        "peer-reviewed articles on soil erosion, which she was very pleased with.",
        "Tips for anyone starting on overnight chat: keep canned messages short, check the local library's policy "
        "page before promising anything, and drink water.",
    )),
    "s4": ("Our Instagram Page Turns One", "Hannah Okoro", "2024-01-19", 0, (
        "A year ago we started an Instagram account for the library with no plan and one phone. Today it has 2,300 "
        "followers, most of them students, and it has become the fastest way to tell people that the printers "
        "are broken.",
        "What worked: photos of new books on the display trolley, short videos of the stacks at closing time, and "
        "the weekly guess-the-call-number story. What did not: anything that looked like an advert, and anything "
        "posted after nine in the evening.",
        "We now plan posts two weeks ahead in a shared spreadsheet and take turns holding the phone. Student "
        "workers write most of the captions, and they are better at it than we are.",
        "Next year we want to try a takeover by the archives team and a series on the building's history. "
        "Suggestions welcome in the comments.",
    )),
    "s5": ("Eight Years of Mentoring, Eight Lessons", "Hannah Okoro", "2023-11-28", 2, (
        "I have had five mentees through our university's staff mentoring scheme, and two mentors of my own "
        "before that. Here, in no particular order, is what I think I have learned, written down mainly so that "
        "I stop repeating it at people in the staff room.",
        "One: the mentee sets the agenda. The best sessions I have had were the ones where I said almost nothing. "
        "Two: agree how long it will last. Open-ended mentoring fades without anyone admitting it; a year with a "
        "review at six months is better. Three: write nothing down about your mentee that you would not show them.",
        "Four: a mentor is not a manager. If the problem is with their line manager, help them think it through; "
        "do not take it over. Five: say when you do not know. Six: introduce them to people. Half of what a mentor "
        "gives is a network the mentee does not have yet.",
        "Seven: it goes both ways. I learned to use our reference manager properly from a mentee. Eight: end it "
        "well. A last meeting that looks back at the goals makes the whole thing feel finished instead of "
        "abandoned.",
        "Our scheme is run by the staff development office and meets face to face, over coffee, once a month. "
        "Applications for next year's cohort open in September.",
    )),
    "s6": ("Links for a Rainy Friday", "Hannah Okoro", "2023-10-13", 1, (
        "A few things I read this week while the roof leaked onto the periodicals.",
        "A long piece on why library fines were never about the money, with figures from three county systems "
        "that stopped charging them.",
        "A thread from a colleague on using open textbooks in first-year chemistry, worth it for the cost "
        "comparison alone.",
        "A short note from a friend on how she found a mentor through a LinkedIn group for law librarians, which "
        "made me want to write about my own experience soon.",
        "The new edition of the accessibility checklist for library websites, now with a section on PDFs.",
        "And a photo essay about bookmobiles in rural Norway, because everyone deserves something nice on a "
        "Friday.",
    )),
    "s7": ("Weeding the Reference Collection", "Hannah Okoro", "2023-09-21", 0, (
        "We finally weeded the reference collection. Forty shelves of encyclopedias, almanacs and directories went "
        "down to eleven, and nobody has complained yet.",
        "Our rule was simple: if it is superseded by a database we subscribe to and has not been used in three "
        "years according to the in-house use counts, it goes. Local history, and anything with a donor's "
        "bookplate, went to the archive for review instead.",
        "The hard part was not the decisions but the logistics. A cart of atlases weighs more than you think, and "
        "the recycling company would not take hardbacks with the covers on.",
        "The space will become group study tables. Students asked for them in every survey for five years.",
    )),
    "s8": ("Applications Open: Peer Mentoring for Library Staff", "Hannah Okoro", "2023-09-04", 1, (
        "Applications are now open for the spring round of our peer mentoring programme for library staff. "
        "Mentors and mentees are matched by interest and meet online, by video call and in a shared Teams "
        "channel, for six months. New mentors get a short training session. Apply by 15 March using the form on "
        "the staff intranet.",
    )),
}

# --- quietshelf.example: a group blog of new librarians (WordPress, Twenty Twenty-Four) -------------------

QUIET = {
    "q1": ("The WhatsApp Group That Got Me Through My First Year", "Tomás Reyes", "2024-06-03", 3, (
        "Nobody tells you how lonely a solo library job can be. I run a small library in a secondary school. There "
        "is no other librarian for thirty kilometres, and my line manager is the deputy head, who thinks "
        "cataloguing is something you do with a label printer.",
        "In my first week, a woman I had met once on a training day added me to a WhatsApp group for school "
        "librarians in the region. There were about sixty of us. I muted it at first because it buzzed all day. By "
        "October I was reading every message.",
        "The group did for me what I think a mentor is supposed to do. When a parent complained about a book, "
        "three people sent me their challenge policies within the hour. When I did not know how to write a budget "
        "request, an older librarian called Margaret sent me hers from the year before with the numbers blacked "
        "out, and then rang me on a Sunday afternoon to walk me through it.",
        "Margaret and I still talk every few weeks. She calls it keeping an eye on me. I would call it mentoring, "
        "though neither of us signed up to anything. She has never visited my school; everything happens on the "
        "phone and in that group chat.",
        "Some of the group's habits are worth copying if you set up something similar. New members are welcomed "
        "by name. Questions get a thumbs-up so you know someone has seen them, even if nobody has an answer yet. "
        "And once a term somebody organises a video call where the newest people can ask the oldest people "
        "anything.",
        "If you are a new librarian working on your own, find your group. If you have been doing this for twenty "
        "years, be someone's Margaret.",
    )),
    "q2": ("Peer Review for the First Time", "Ines Park", "2024-05-20", 0, (
        "Last month I was asked to peer review an article for a library journal, my first time on that side of "
        "the process. I said yes before I thought about how much work it would be.",
        "The manuscript was a study of weeding practices in academic libraries. I read it three times: once for "
        "the argument, once for the methods, and once with the reviewer guidelines open beside it. My report ran "
        "to two pages, most of it on the sampling and on tables that did not match the text.",
        "What surprised me was how much I wanted to rewrite the paper in my own style, and how important it was "
        "not to. The editor's guidance was clear: judge whether the claims follow from the evidence, not whether "
        "you would have written it that way.",
        "I would do it again, but I would block out a whole afternoon instead of fitting it around the desk.",
    )),
    "q3": ("Learning in Public on Bluesky", "Ines Park", "2024-04-11", 2, (
        "I moved my professional reading to Bluesky this year, more or less by accident. A few of the metadata "
        "people I followed elsewhere moved over, and their custom feeds turned out to be the best current "
        "awareness service I have ever used.",
        "There is a feed for library linked data, one for accessibility, one for people posting about their "
        "systems migrations. I read it on the train instead of the newsletters I never opened. When someone posts "
        "a problem I have also had, I reply, and sometimes a short conversation turns into a shared document.",
        "I have learned more about authority control from strangers' posts this year than from the two webinars "
        "I paid for. Partly that is because people post their failures; a webinar presenter never does.",
        "The trick is to post too. I write a short thread every Friday about one thing I did that week. It makes "
        "me reflect, and the replies correct my mistakes faster than any supervisor could.",
    )),
    "q4": ("Storytime With Toddlers", "Bea Lund", "2024-03-15", 0, (
        "I covered toddler storytime at the branch this week, and I have new respect for the children's team. "
        "Twenty-two toddlers, twenty carers and one librarian with a puppet.",
        "The rhymes are the structure. Open with the same song every week, end with the same song, and put the "
        "book in the middle. Two books is ambitious; one book and a flannel board is plenty.",
        "Carers chat, and that is fine. Storytime is as much for them as for the children; several told me it "
        "was the only time all week they talked to another adult.",
    )),
    "q5": ("Mentor Texts in the School Library", "Tomás Reyes", "2024-02-27", 0, (
        "Our English department has started using mentor texts in Year 8, and the library has become the place "
        "students go to find them. A mentor text is a piece of published writing that students study and "
        "imitate: a paragraph with a great opening, a poem with a strong pattern, a news report with a tight "
        "structure.",
        "I built a display of short books the teachers recommend as mentor texts for different kinds of writing: "
        "picture books for structure, graphic novels for dialogue, collections of short essays for argument.",
        "Loans from the display doubled in the first month. The teachers now ask me to pull a box of titles "
        "before each unit, which is exactly the kind of collaboration I have wanted since I started.",
        "Next term we want to add students' own writing to the display, so that this year's Year 8 become next "
        "year's mentor texts.",
    )),
    "q6": ("A Year In: What Helped", "Bea Lund", "2024-01-30", 2, (
        "It has been a year since I started at the branch, and our editor asked each of us to write about what "
        "helped. Here are mine.",
        "The induction was better than I expected: two weeks of shadowing on the desk, a day with the outreach "
        "van, and a morning with the IT team, who taught me more about the self-service machines than anyone "
        "should know.",
        "My union rep, who explained my contract in plain language and told me which training I could claim for.",
        "And a mentor I have never met in person. Through the library association's e-mentoring scheme I was "
        "matched with a systems librarian in another county. We talk on video once a month and message in "
        "between. She helped me write my first project proposal, and when I was thinking of leaving in the spring "
        "she was the one who talked me through it. Having someone outside my own workplace, reachable from my "
        "phone, made it easier to be honest.",
        "The scheme runs entirely online, which is why it worked for me: I could not have taken a day off every "
        "month to travel to meetings.",
        "Things that did not help: the staff intranet, which nobody updates, and the parking.",
    )),
}

# --- guild.example: a library systems guild's site with a blog (MkDocs Material) -------------------------

GUILD = {
    "g1": ("Launching Mentoring Circles on Matrix", "Dev Anand", "2024-02-12", 3, (
        "Today we are opening applications for the guild's first mentoring circles. A circle is a small group, "
        "one experienced practitioner and four or five people newer to library systems work, that meets online "
        "for six months.",
        "Why circles and not one-to-one pairs? We ran pairs informally for two years and learned two things. "
        "There are far more people who want a mentor than volunteers who can give an hour a week to one mentee, "
        "and pairs are fragile: when one person gets busy, the relationship stops. A circle keeps going when "
        "someone misses a month, and the mentees end up mentoring each other.",
        "Each circle gets its own room on the guild's Matrix server, bridged to Slack for those who prefer it. "
        "The rhythm is a one-hour video call every four weeks, with the room used between calls for questions, "
        "shared configuration files and the occasional rant. Circle leads get a short guide, the code of conduct, "
        "and a room where the leads can support each other.",
        "Topics this round: migrating an integrated library system, writing your first API integration, running "
        "a discovery layer without a vendor, and a general circle for people moving into systems from other "
        "library jobs.",
        "Mentees do not need to be guild members, and we especially want people from small libraries who have no "
        "systems colleagues at all. Leads should have three or more years of systems experience and be willing to "
        "share their mistakes.",
        "Apply through the form by the end of the month. We will publish what we learn.",
    )),
    "g2": ("Migrating Our ILS to FOLIO, Part One", "Ruth Adeyemi", "2024-01-22", 0, (
        "This is the first of a series about our consortium's move to FOLIO. We are twelve libraries, one shared "
        "catalogue, and a legacy system that has been out of support since 2021.",
        "The first decision was hosting. We priced three options: self-hosting on our university's Kubernetes "
        "cluster, a hosted service from a vendor, and shared hosting with two other consortia. We chose the "
        "vendor, mostly for the upgrade path.",
        "Data mapping took four months. Our item records used local fields in ways nobody remembered deciding: we "
        "found call numbers in a note field and loan rules encoded in the location code. We wrote the mapping as a "
        "spreadsheet and then as scripts, and tested every load in a sandbox tenant.",
        "Next time: circulation rules, and why the fine schedule took three committee meetings.",
    )),
    "g3": ("Harvester 2.4 Released", "Dev Anand", "2023-12-05", 0, (
        "Version 2.4 of the guild's OAI-PMH harvester is out. It adds retries on resumption tokens, a dry-run "
        "mode, and support for the newer Dublin Core terms namespace.",
        "Breaking change: the configuration key for set filtering is now sets instead of set_spec. The old key "
        "still works but logs a warning.",
        "Thanks to the nine contributors to this release, three of them first-time contributors. Upgrade with "
        "your package manager as usual.",
    )),
    "g4": ("Community Guidelines for the Guild Slack", "Ruth Adeyemi", "2023-11-08", 1, (
        "With more than eight hundred people in the guild's Slack workspace, we have written down the guidelines "
        "we have been enforcing informally.",
        "Use threads. Post job ads only in #jobs, and include the salary. Do not send direct messages to people "
        "you do not know to sell them something. Vendors are welcome, but say in your profile that you work for "
        "one.",
        "Questions go in #help with enough detail to answer: what system, what version, what you tried. "
        "Screenshots of error messages beat descriptions of them. The #mentoring-circles channel is where circle "
        "leads coordinate, not a place to ask for help.",
        "Moderators can remove posts and, after a warning, members. Report a problem by messaging any moderator; "
        "the list is in the channel topic.",
    )),
    "g5": ("What We Learned From the First Mentoring Circles", "Dev Anand", "2023-07-03", 3, (
        "The first round of mentoring circles ended in June. Six circles started; five finished. We surveyed all "
        "thirty-one mentees and the six leads, and held a retrospective call. Here is what they told us.",
        "The good news: twenty-four mentees said their circle helped them solve a real problem at work, and "
        "nineteen said they now have someone outside their library they would call for advice. Several said the "
        "most useful moments were not the scheduled calls but questions asked in the Matrix room at odd hours and "
        "answered by another mentee before the lead saw them.",
        "The less good: the circle that did not finish had a lead who changed jobs in month two, and we had no "
        "plan for that. Mentees in far-apart time zones found the monthly call hard to attend. And the bridge to "
        "Slack dropped messages often enough that people stopped trusting it.",
        "Leads said support among themselves was essential. The leads' room became a kind of mentoring for the "
        "mentors: they swapped agendas, asked each other how to draw out a quiet mentee, and shared the exercises "
        "that worked.",
        "Changes for round two: every circle has a co-lead, calls are recorded for those who cannot attend live, "
        "and we are dropping the bridge and using Matrix only. We will also pair each circle with a mentee from "
        "round one as an alumni helper.",
        "Thanks to everyone who took part. The anonymised survey data is in the guild's repository.",
    )),
    "g6": ("An Accessibility Audit of Our Discovery Layer", "Ruth Adeyemi", "2023-05-16", 0, (
        "We audited our discovery interface against the WCAG 2.2 success criteria with the help of two "
        "screen-reader users from the disability services office.",
        "The worst problems were in the facets: checkboxes without labels, a date slider that could not be "
        "operated from the keyboard, and a results count that changed without being announced.",
        "Most fixes were small template changes. We replaced the date slider with two text inputs, which "
        "everyone, not only keyboard users, found easier.",
        "Our checklist and test scripts are in the guild's repository for anyone planning a similar audit.",
    )),
}

# --- inkwell.example: a cataloguer's notebook (Hexo, NexT) ----------------------------------------------

INKWELL = {
    "i1": ("My Cataloging Mentor Lives on a Mailing List", "Lin Feng", "2024-04-02", 3, (
        "I learned to catalogue twice: once in library school, from a textbook and a very patient lecturer, and "
        "again on the job, mostly from a man in Ohio I have never met. He answered my first post to a cataloguing "
        "listserv in 2016 and has answered most of my questions since.",
        "AUTOCAT and its cousins get mocked as relics, but for metadata people they have long worked as a "
        "distributed mentoring network. A new cataloguer posts a record with a question about a 264 field or a "
        "relationship designator; within hours three people who have done this for decades explain not just the "
        "answer but the reasoning and the history of the rule.",
        "What turned the list into mentoring for me was the move off-list. After a few exchanges he suggested I "
        "send him my tricky records directly. For two years he reviewed a handful a month, marked them up, and "
        "pointed me to the right section of RDA and the relevant policy statement. When I applied for my current "
        "job, he was one of my referees.",
        "Newer networks do the same work in different shapes. The metadata Discord I now help moderate has a "
        "#record-review channel where experienced cataloguers look over records from students and new "
        "professionals, and the cataloguing crowd on Mastodon runs a weekly thread of problem records. The medium "
        "changes; the pattern of public question, generous answer and private follow-up does not.",
        "If you catalogue and you are new, post your records somewhere public and ask. If you have been "
        "cataloguing for years, read those posts and answer one. That is how most of us learned.",
    )),
    "i2": ("RDA Notes: Relationship Designators for Translators and Illustrators", "Lin Feng", "2024-03-10", 0, (
        "Some notes for my future self on relationship designators, prompted by a picture book with a "
        "translator, an illustrator and an adapter all credited on the title page.",
        "For the illustrator, use illustrator in a 700 field with subfield e, and make the access point if the "
        "illustrations are substantial. For the translator of the text, translator, with the language of the "
        "original recorded in the 041 and a note.",
        "The adapter is the hard one. If the adaptation changes the nature of the work, the adapter may be "
        "treated as the creator of a new work, and the original becomes a related work in a 700 with the "
        "designator adaptation of (work).",
        "Policy statements differ between our consortium and the national library, so check local guidelines "
        "before you copy any of this.",
    )),
    "i3": ("Notes From a Twitter Chat on Impostor Syndrome", "Lin Feng", "2024-01-18", 2, (
        "Last night's #critlib chat was about impostor syndrome among new library workers. I joined late and "
        "spent the first half hour just reading, which in a fast chat is a full-time job.",
        "The chat runs on a simple format: a moderator posts numbered questions every ten minutes, and people "
        "answer with the matching number and the hashtag. Last night's questions asked when we first felt like "
        "impostors, who or what helped, and what institutions do to make it worse.",
        "The answers I saved: that impostor feelings are often a reasonable response to being the only person "
        "like you in a room; that job adverts asking for everything make everyone feel inadequate; and that "
        "naming the feeling aloud to colleagues helped more people than any self-help book.",
        "What I like about these chats is that they are a kind of open seminar. Nobody is the expert, and you "
        "learn from people in jobs you have never heard of. I came away with four new people to follow and a "
        "reading list.",
        "The archive of the chat is linked from the organisers' site, and the next one is in two weeks.",
    )),
    "i4": ("What I Read in March", "Lin Feng", "2023-04-01", 1, (
        "March was a good reading month, helped by a week of train travel.",
        "A history of the card catalogue, lavishly illustrated and surprisingly funny about the librarians who "
        "fought over filing rules.",
        "A novel set in a bookbindery in 1920s Leipzig, slow and beautiful, which made me want to learn to sew a "
        "book.",
        "A collection of essays by early-career librarians, one of which describes a mentoring relationship "
        "carried on entirely over email and the odd video call; I want to come back to it.",
        "And a cookbook from the library's donations shelf, which I am working through one soup at a time.",
    )),
    "i5": ("Being a Long-Distance Mentor", "Lin Feng", "2023-02-14", 3, (
        "For the last eighteen months I have been mentoring a library student in Nairobi through an international "
        "mentoring programme for LIS students. We were matched by an online form that asked about our interests, "
        "and then left to it.",
        "We have never been in the same room. We started with a video call every three weeks, but the connection "
        "was often poor in the evenings in her time zone, so we switched to voice notes on WhatsApp and a shared "
        "document where she wrote down questions as they came up.",
        "The shared document turned out to be the heart of it. She wrote questions; I answered them in comments "
        "when I could; the ones I could not answer I passed on to people in my own network, and twice those "
        "people joined our call. Over time she built her own contacts from that: she now talks to two "
        "cataloguers in Europe without me in the middle.",
        "What I would tell anyone mentoring at a distance: agree the channels at the start, including what to do "
        "when a call fails. Do not assume a long silence means things are fine. And treat your own online network "
        "as part of what you offer; an introduction may be worth more than your advice.",
        "She graduated in December and has a job at a university library. We still message. I suspect she will "
        "be mentoring someone soon.",
    )),
    "i6": ("Library Tourism in Kyoto", "Lin Feng", "2022-11-20", 0, (
        "A week in Kyoto, and of course I went to libraries.",
        "The prefectural library has a reading room looking over a garden, and a silence rule I have never seen "
        "so perfectly kept.",
        "A tiny private library of manga near the university lets you read for an hour for the price of a "
        "coffee.",
        "And in a temple archive a conservator showed me how they repair scrolls with wheat starch paste and thin "
        "Japanese tissue, which I will be thinking about for months.",
    )),
}

# --- smallfiles.example: an archivist's Bear Blog ----------------------------------------------------------

BEAR = {
    "b1": ("mentoring, slowly", "Noor Hassan", "2024-05-02", 2, (
        "I have been thinking about mentoring because I have, without quite noticing, become someone's mentor. A "
        "trainee archivist started at the record office in January, and our manager asked me to keep an eye on "
        "her.",
        "Most of what I have done is sit next to her while she boxes things. Boxing is where you learn what an "
        "archive actually is: the rusty pins, the rubber bands that have melted into the paper, the letters "
        "folded inside other letters.",
        "We have lunch together on Wednesdays. She asks about the job, about whether she should do the diploma, "
        "about how to tell a depositor that their grandmother's recipe cards will not be catalogued this decade. "
        "I mostly tell her what I got wrong.",
        "Nobody trained me for this. I think the useful thing is to be honest and to be around. Mentoring, at "
        "least the way we do it here, is slow and happens at the same table every week.",
    )),
    "b2": ("on leaving twitter", "Noor Hassan", "2024-02-09", 1, (
        "I deleted my account this week. I had been there since 2011, mostly posting photographs of ledgers.",
        "It was a good place once, full of odd finds from other people's strongrooms and long arguments about "
        "descriptive standards; a stranger there even answered a question of mine about parish records and was "
        "something like a mentor for a while.",
        "But it has not been that place for a long time. The good people left or went quiet, and the feed filled "
        "with things I did not choose to see. I stopped posting in the spring and stopped reading in the summer.",
        "What I will do instead: write here more often, read the blogs I had stopped reading, and go to the "
        "county history society's talks, which are on the first Tuesday of the month and have better biscuits "
        "than any website.",
        "Before I deleted it I downloaded the archive, which is a strange thing to read: thirteen years of "
        "photographs of ledgers, seals, water stains and the occasional cat. I will probably put the best of "
        "the ledgers here.",
        "I will keep writing here. There is an RSS feed if you want to follow along.",
    )),
    "b3": ("finding aids are not for us", "Noor Hassan", "2023-12-12", 0, (
        "A finding aid is written for the reader, not the archivist. I keep having to remind myself of this.",
        "Our older catalogues describe collections in the order they were boxed, in the language of the people "
        "who boxed them. A researcher looking for a workhouse has to know that we filed it under the board of "
        "guardians.",
        "I am rewriting the introduction to our poor law collection so that it starts with what people look for: "
        "names, places, dates, and what happened to people.",
        "It is slow and no one will notice. That is most of the job.",
    )),
    "b4": ("people I met on bluesky", "Noor Hassan", "2023-12-30", 3, (
        "I want to write down who helped me this year, because most of them will never know.",
        "There is Jo, a conservator in Glasgow, who saw me post a photo of a water-damaged minute book and sent a "
        "long reply about freezing it, then a direct message offering to look at the rest of the damage over a "
        "video call. She did, for an hour, on a Saturday.",
        "There is Sam, who looks after the records of a football club, of all things, and who has been answering "
        "my questions about digital preservation every few weeks since the spring. I think of him as my mentor "
        "now, though we have never said it. He sends me links, reads my drafts of policy, and tells me when I am "
        "overcomplicating things.",
        "There is a group of about twenty early-career archivists who found each other through a custom feed and "
        "now have a group chat. We share job ads and study notes, and when someone has an interview we run a "
        "practice one for them on a call.",
        "I spent years thinking mentoring meant a formal scheme and a senior person assigned to you. This year it "
        "meant strangers online who were kind, and kept being kind. I am trying to do the same for the people who "
        "follow me.",
    )),
    "b5": ("the parish registers", "Noor Hassan", "2023-10-05", 0, (
        "We are digitising the parish registers at last. Four hundred volumes, 1538 to 1950.",
        "The camera stand lives in the strongroom antechamber. Each volume goes on a book cradle, a volunteer "
        "turns the pages with a bone folder, and the camera fires from a foot pedal.",
        "We are doing about three volumes a day. At this rate it will take until next spring, and then there is "
        "the indexing.",
    )),
}

# --- commons.example: a university repository (bepress Digital Commons) ----------------------------------
# key -> (title, authors, date, grade, abstract, keywords, full text paragraphs or None)

COMMONS = {
    "c1": ("Virtual Mentoring for Early-Career Academic Librarians: A Scoping Review",
           ("Maria Okafor", "Daniel Weiss"), "2023-04-15", 3,
           "Mentoring is widely recommended for early-career academic librarians, yet many work in institutions "
           "too small to offer a formal programme. This scoping review maps the literature on virtual mentoring in "
           "academic librarianship published between 2005 and 2022. We searched five databases and the grey "
           "literature and included 48 sources describing mentoring carried out wholly or partly through email, "
           "videoconferencing, social networking sites or online communities. Most sources were programme "
           "descriptions; few reported evaluations. Three models recur: one-to-one e-mentoring arranged by a "
           "professional association, group or peer mentoring in online communities, and informal mentoring that "
           "grows out of participation in social media networks such as Twitter chats. Reported benefits include "
           "access to mentors beyond one's own institution and flexible scheduling; reported difficulties include "
           "sustaining engagement and building trust without meeting. We recommend that programmes evaluate their "
           "outcomes and that researchers attend to informal mentoring in online networks, which is common but "
           "rarely studied.",
           "mentoring, e-mentoring, academic librarians, social media, online communities, scoping review",
           ("Introduction. New academic librarians are expected to teach, publish and serve on committees within a "
            "few years of appointment. Mentoring is the support most often recommended, but formal programmes are "
            "concentrated in large research libraries. Librarians elsewhere increasingly look for mentors online.",
            "Methods. We followed the JBI guidance for scoping reviews. Searches of LISTA, LISA, ERIC, Scopus and "
            "Web of Science, and of conference programmes and association websites, found 612 records; after "
            "screening, 48 sources were charted by setting, model, medium and outcomes.",
            "Results. Twenty-one sources described one-to-one e-mentoring run by associations, usually matching "
            "pairs by questionnaire and relying on email and video calls. Fourteen described group or peer "
            "mentoring in online communities such as discussion lists, Slack workspaces and private Facebook "
            "groups. Thirteen described informal mentoring arising from social media, most often Twitter chats "
            "and hashtag communities, where newcomers asked questions in public and relationships moved to "
            "private messages.",
            "Discussion. Online mentoring widens access but needs structure: regular contact, agreed channels and "
            "a coordinator. Informal mentoring in social networks reaches librarians that formal schemes miss, "
            "but it is uneven and depends on the newcomer's confidence to ask. Evaluations should measure career "
            "outcomes as well as satisfaction.")),
    "c2": ("Open or Closed? Peer Review Practices in Library and Information Science Journals",
           ("Samuel Ortiz",), "2023-04-15", 0,
           "Peer review policies in library and information science journals vary widely and are often poorly "
           "documented. We examined the published policies of 94 LIS journals for the type of review (single "
           "anonymous, double anonymous, open), the number of reviewers, the publication of reports and the "
           "acknowledgement of reviewers. Double anonymous review remains the norm (71 journals); eight journals "
           "publish reviewer reports. Policies were missing or contradictory for 19 journals. We recommend that "
           "journals state their review model clearly and that editors consider publishing reports.",
           "peer review, scholarly communication, LIS journals, editorial policy",
           ("Introduction. Peer review is central to the credibility of scholarly journals, but its forms differ "
            "between fields and between journals in the same field.",
            "Method. We collected the author guidelines and editorial policies of 94 journals indexed in LISTA and "
            "coded them for review model, reviewer numbers and transparency.",
            "Findings. Double anonymous review was stated by 71 journals, single anonymous by 9, open review by 6. "
            "Only eight publish reports, and few acknowledge reviewers by name.",
            "Conclusion. Clearer statements of policy would help authors and reviewers alike.")),
    "c3": ("Graphic Novels in Academic Library Collections: A Circulation Study", ("Jenna Holt",), "2022-05-10", 0,
           "This thesis examines the circulation of graphic novels in three academic libraries over five years. "
           "Graphic novels circulated at nearly twice the rate of the general collection, with the highest use "
           "among undergraduates in art, literature and education. Shelving graphic novels together rather than "
           "by subject increased use. The thesis recommends dedicated budgets and regular weeding of superseded "
           "editions.",
           "graphic novels, collection development, circulation, academic libraries", None),
    "c4": ("Social Media Use for Professional Learning among Library and Information Science Students",
           ("Aisha Bello",), "2023-08-20", 2,
           "Library and information science students use social media for more than socialising. This thesis "
           "reports a survey of 212 LIS students at four universities and interviews with 15 of them about how "
           "they use social networking sites, group chats and online communities to learn about the profession. "
           "Students followed practitioners on X, Bluesky and LinkedIn to learn about jobs and current issues, "
           "used Discord servers and group chats to study together and share resources, and joined hashtag "
           "conversations to hear from working librarians. Students who were active in online professional "
           "communities reported greater confidence about entering the profession. The thesis recommends that "
           "programmes introduce students to professional networks early.",
           "social media, professional learning, LIS education, students, online communities",
           ("Chapter 1. Students in LIS programmes, many of them studying online and part time, have few chances "
            "to meet practising librarians. Social media offers a way in.",
            "Chapter 3. Of 212 respondents, 181 used at least one social platform for professional purposes. The "
            "most common uses were following practitioners, finding job advertisements and asking study questions "
            "in group chats.",
            "Chapter 4. Interviewees described learning the norms and language of the profession by reading "
            "practitioners' posts, and several described group chats as their main source of peer support during "
            "the programme.",
            "Chapter 5. Programmes should treat students' online networks as part of professional education and "
            "teach students how to take part in them well.")),
}

# --- jnl.example: an open-access journal on PubPub ---------------------------------------------------------
# key -> (title, authors, date, grade, kind label, paragraphs)

PUBPUB = {
    "p1": ("Mentorship at a Distance: An Online Mentoring Program in a Regional Library Consortium",
           ("Alicia Moreno", "Kwame Boateng"), "2023-03-02", 3, "Research Article", (
               "Small public libraries rarely have more than one professional librarian, which leaves new staff "
               "without the informal mentoring that larger workplaces provide. This article describes and "
               "evaluates an online mentoring program run by a regional consortium of 38 public libraries between "
               "2021 and 2023, in which 44 mentor and mentee pairs met by videoconference and corresponded through "
               "a private online community.",
               "Pairs were matched by a coordinator on the basis of a short questionnaire covering goals, working "
               "patterns and preferred communication tools. Each pair committed to one video meeting a month for a "
               "year. A private forum on the consortium's learning platform provided discussion threads for all "
               "participants, monthly prompts, and a place where mentees could ask the whole group rather than "
               "their own mentor alone.",
               "Retention was high: 39 of 44 pairs completed the year. In interviews, mentees valued the "
               "regularity of the meetings and the chance to talk to someone outside their own library. The forum "
               "was used unevenly; a few mentees posted often and became informal peer mentors to others, while "
               "most read without posting. Mentors said the forum took away the pressure to know everything, since "
               "questions could be passed to the group.",
               "The program suggests that online mentoring can stand in for proximity in a dispersed rural "
               "network, provided the structure is clear and a coordinator actively sustains it. The combination "
               "of one-to-one meetings and a group space resembles what the literature calls network or "
               "constellation mentoring, in which a mentee draws on several relationships rather than one.",
               "Limitations include the self-selection of participants and the absence of a comparison group. "
               "Future work should follow mentees' careers over a longer period.",
           )),
    "p2": ("Hashtags as Hallways: Informal Professional Learning among School Librarians on Instagram",
           ("Grace Huang",), "2023-06-19", 2, "Research Article", (
               "School librarians are often the only information professional in their building. This study "
               "examines how school librarians use Instagram for informal professional learning. We analysed 600 "
               "posts under three hashtags used by school librarians and interviewed 14 account holders.",
               "Posts fell into four broad types: display and space ideas, book recommendations, lesson and "
               "activity ideas, and reflections on the work. Reflections drew the most comments and the longest "
               "exchanges, often between librarians who did not know each other.",
               "Interviewees described Instagram as a hallway: the place where the informal conversations that "
               "happen between classes in a large school happen for people who have no colleagues in the hallway. "
               "Several had adopted practices they first saw on the platform, and a few had planned lessons "
               "together with librarians they met there.",
               "We argue that visual platforms support professional learning by making practice visible, but that "
               "the same visibility encourages a performance of success that can discourage newer librarians from "
               "asking for help.",
           )),
    "p3": ("Editorial: Why We Are Moving to Open Peer Review", ("Alicia Moreno",), "2023-09-01", 0, "Editorial", (
        "From the next volume, Networked Practice will publish reviewer reports alongside accepted articles, and "
        "reviewers will be named unless they choose otherwise.",
        "We have made this change because our readers are practitioners, and the conversation between authors and "
        "reviewers is often as useful as the article itself. Open review also makes reviewers' labour visible, "
        "which matters for early-career reviewers who need to show it.",
        "Reviewers who prefer anonymity can still ask for it, and authors may ask that a report not be published "
        "if it contains personal information. The editors will moderate published reports.",
        "We thank the reviewers who piloted the model in the last two issues.",
    )),
    "p4": ("Measuring Metadata Quality in Aggregated Digital Library Collections", ("Tobias Lind", "Mei Sato"),
           "2023-06-19", 0, "Research Article", (
               "Aggregators such as regional digital libraries depend on metadata from hundreds of contributing "
               "institutions, of uneven quality. This article proposes a set of completeness and consistency "
               "measures and applies them to 1.2 million records harvested from 212 contributors.",
               "Completeness is high for titles and dates but low for rights statements and subjects, and "
               "consistency of date formats varies most among small contributors.",
               "We discuss how aggregators might feed quality measures back to contributors, and release our "
               "scripts and the harvested data.",
           )),
}

# --- campaign.example: a library collective's newsletter (Mailchimp campaign archive) ---------------------
# key -> (subject, date, grade, [(heading or "", paragraph), ...])

MAILCHIMP = {
    "m1": ("Branch Line, March: our online mentoring pilot begins", "2024-03-05", 2, (
        ("", "Welcome to the March issue of the Branch Line. Spring is coming, slowly, to the hill libraries, and "
             "there is a lot to share."),
        ("Our online mentoring pilot begins", "After a year of talk, the Collective's mentoring pilot started "
         "this month. Twelve pairs are taking part. Each new branch manager has been matched with a more "
         "experienced colleague from another valley, and the pairs meet on Zoom every few weeks."),
        ("", "The pairs also share a private Facebook group, which is already busy. New managers post questions "
             "about rotas, budgets and difficult patrons; mentors and other managers answer. One mentee wrote that "
             "it was the first time since starting the job that she did not feel she was working alone. We will "
             "report on the pilot in the summer, and we hope to open it to all members next year."),
        ("Funding bid", "We have applied to the county's community fund for money to replace the oldest public "
         "computers in six branches. We will hear in May."),
        ("Training dates", "First aid refresher, 12 April, Ashby branch. Safeguarding, 3 May, online. Book your "
         "place by replying to this email."),
        ("", "As always, send us your news for the next issue."),
    )),
    "m2": ("Branch Line, April", "2024-04-09", 1, (
        ("", "Welcome to April's Branch Line."),
        ("Good news", "The community fund has granted us £14,000 for new public computers. Installation starts in "
         "June, branch by branch."),
        ("Summer reading", "The summer reading challenge theme has been announced, and posters arrive in late "
         "May. Order extra if your school visits were busy last year."),
        ("A reminder", "The mentoring pilot's Facebook group is for pilot members only; please do not add "
         "colleagues without asking the coordinator."),
        ("", "And thank you to everyone who came to the first aid refresher."),
    )),
    "m3": ("Branch Line, Summer", "2024-07-02", 0, (
        ("", "Welcome to the summer issue. The reading challenge is off to a flying start, with 1,900 children "
             "signed up across the branches."),
        ("New computers", "The new computers are in at four branches. Thank you for your patience during "
         "installation; please report problems to the county IT desk, not to us."),
        ("Opening hours", "Holiday opening hours are on the website. Bank holiday Monday, all branches closed."),
        ("AGM", "The AGM will be on 18 September in Ashby. Papers will follow in August."),
    )),
    "m4": ("Mentoring pairs announced", "2024-09-10", 1, (
        ("", "Mentoring pairs for the autumn round have been matched. Mentors and mentees will receive an email "
             "introducing their partner this week, with a link to the private Facebook group and the Zoom "
             "schedule. Questions about the mentoring scheme to the coordinator."),
    )),
}

# --- rlib.example: a subreddit for librarians (old-reddit style) ------------------------------------------
# key -> (title, author, date, grade, self text, [(commenter, points, comment), ...])

REDDIT = {
    "r1": ("Is it weird to cold-message a librarian on LinkedIn and ask them to be my mentor?", "lawlib_hopeful",
           "2024-04-21", 3,
           "I'm in my second semester of an MLIS (online, part time) and I work as a library assistant in a public "
           "library. I really want to go into academic law librarianship but I don't know anyone who does it. I've "
           "found a few law librarians on LinkedIn who post regularly and seem nice. Would it be weird to message "
           "one of them and ask if they'd mentor me? What do I even say?", (
               ("torts_and_stacks", 212, "Not weird at all. I'm a law librarian and I've mentored two people who "
                "found me that way. Don't open with 'will you be my mentor' though, that's a big ask from a "
                "stranger. Ask one specific question about their path, thank them, and follow up a few weeks later "
                "with what you did with their advice. Mentoring grows out of that."),
               ("shelfreader99", 87, "Also look at the law library association's mentoring program, they match "
                "students with mentors and it's all done remotely. And there are a couple of Slack and Discord "
                "groups for law librarians that are pretty welcoming to students."),
               ("oldschoolcataloger", 54, "Seconding this. My mentor is someone I met in a Twitter chat years ago. "
                "We've still never met in person."),
               ("marginalia_", 31, "Comment on their posts for a while first so your name is familiar. Then DM."),
               ("lawlib_hopeful", 40, "Thank you all, this is really helpful. I sent a message with a question "
                "about whether a JD is necessary and she replied the same day!"),
           )),
    "r2": ("Who runs your library's TikTok?", "branch_mgr_kay", "2024-04-02", 0,
           "Our director wants us to start a TikTok account and nobody on staff is under 35. Is anyone's library "
           "doing this successfully? Who makes the videos, and does it actually bring people in?", (
               ("teen_svcs", 140, "Our teen services librarian does ours and honestly it's the best marketing we "
                "have. BookTok drives holds like nothing else."),
               ("quiet_please", 66, "We tried and gave up after three months. It takes hours per video to do it "
                "well."),
               ("policy_wonk_lib", 38, "Make sure your social media policy covers it before you start. Ours needed "
                "an update for video."),
               ("ya_forever", 20, "Ask your teen advisory board. Ours films everything."),
           )),
    "r3": ("First-year school librarian, completely alone, looking for a mentor", "k8_libraryteacher",
           "2024-03-11", 2,
           "I just started as the only librarian in a K-8 school in a rural district. There's no district "
           "librarian, no one to ask. My principal is supportive but has no idea what I do. Does anyone have tips "
           "for finding a mentor? Our state association has a program but the deadline passed.", (
               ("retired_in_maine", 120, "Email the association anyway. Programs often have more mentors than "
                "mentees and they'll squeeze you in."),
               ("hs_librarian_tx", 95, "Find the librarian at the nearest high school and buy them coffee. "
                "Seriously. Mine became my mentor and we still meet every month."),
               ("booktruck_betty", 61, "There's a huge Facebook group for school librarians, ask there too. Lots "
                "of people who will answer questions, though it's not the same as having one person."),
               ("ms_dewey", 33, "This comes up every few months, search the sub for 'mentor' and you'll find a lot "
                "of good threads."),
               ("k8_libraryteacher", 25, "Thank you, I emailed the association this morning!"),
           )),
    "r4": ("Salary transparency thread, Q3", "AutoModerator", "2024-07-01", 0,
           "Post your title, type of library, region, years of experience and salary. Be nice.", (
               ("anon_branch", 45, "Branch manager, public, Midwest, 9 years, $68k."),
               ("metadata_mel", 39, "Cataloging librarian, academic, Northeast, 3 years, $54k. Yes I know."),
               ("pnw_clerk", 30, "Library assistant, public, Pacific Northwest, 1 year, $21/hr, union."),
               ("tx_school_lib", 22, "School librarian, Texas, 12 years, on the teacher scale, $71k."),
           )),
    "r5": ("Are there Discord servers for MLIS students?", "online_mlis_2025", "2024-02-15", 2,
           "I'm doing my MLIS entirely online and I miss having classmates to talk to between assignments. Are "
           "there Discord servers or other online communities where LIS students hang out and help each other "
           "with coursework and job hunting?", (
               ("newgrad_nick", 77, "There's a pretty active one for library students and new grads. Channels for "
                "each specialty, a resume review channel, and study sessions on voice chat."),
               ("cohort_chat", 52, "My cohort made our own group chat on Signal and it's been the best part of the "
                "program. We quiz each other before exams and share job postings."),
               ("alaslacker", 28, "Also try the student chapter of your association, a lot of them have Slack "
                "workspaces."),
               ("lurker_lib", 19, "Honestly this sub too. Lurk and you'll learn a lot about the job market."),
               ("online_mlis_2025", 15, "Joined two servers, thank you!"),
           )),
    "r6": ("Our ILS was down for three days. Here's what we learned.", "sysadmin_sarah", "2024-01-09", 0,
           "Our consortium's catalogue and circulation system went down over a long weekend after a failed "
           "update. We ran on paper slips and a spreadsheet for three days. Lessons: keep an offline circulation "
           "kit ready, print the holds list every evening, and make sure more than one person knows where the "
           "vendor's emergency number is.", (
               ("paper_slips_4ever", 88, "We keep a binder with offline circ procedures at every desk. Saved us "
                "twice."),
               ("vendor_side", 41, "From the vendor side: please, please test updates on a sandbox first."),
               ("sysadmin_sarah", 12, "We do now!"),
           )),
}

# --- nla.example: a library association's site (Wagtail) ---------------------------------------------------

WAGTAIL = {
    "a1": ("New e-mentoring scheme pairs members across the region", "Claire Whitfield", "2024-09-18", 3, (
        "The Association has launched an e-mentoring scheme that matches members across the region, whatever the "
        "size or location of their library. Thirty pairs began in September.",
        "The scheme grew out of last year's survey, in which two thirds of members under thirty said they had no "
        "one outside their own workplace to ask for career advice. Members in small and rural libraries were the "
        "least likely to have a mentor, largely because the Association's existing mentoring programme required "
        "monthly meetings in the city.",
        "In the new scheme, mentors and mentees meet by video call and keep in touch by email and messaging "
        "between calls. All participants also join a private online community where they take part in monthly "
        "discussions, share resources and meet other pairs. 'I was matched with a mentor two hundred miles away "
        "who has done exactly the job I want,' said one mentee, a library assistant in a coastal town. 'That "
        "would never have happened before.'",
        "Mentors are trained in online mentoring, including how to build trust without meeting in person and how "
        "to set boundaries on messaging apps.",
        "The Association's professional development officer, Claire Whitfield, said: 'Mentoring has always been "
        "one of the most valued things we offer. Taking it online means it is finally open to everyone.' The next "
        "round opens in January; members can register interest in the members' area.",
    )),
    "a2": ("Annual conference 2025: call for proposals", "Events team", "2024-09-02", 1, (
        "Proposals are invited for the Association's annual conference, to be held in Harrogate on 12 and 13 June "
        "2025. This year's theme is Libraries in a Changing Climate.",
        "We welcome papers, workshops, lightning talks and posters on any aspect of the theme, including "
        "sustainable buildings, climate information services, community resilience and green collection "
        "management.",
        "We would also like to hear from members who have tried new ways of supporting colleagues, such as "
        "mentoring through online networks, for a short session on professional development.",
        "The deadline for proposals is 31 January. Bursaries are available for members who could not otherwise "
        "attend.",
    )),
    "a3": ("Association responds to proposed library closures", "Policy team", "2024-08-14", 0, (
        "The Association has written to the county council in response to its proposal to close nine branch "
        "libraries and replace them with volunteer-run book exchanges.",
        "Our response points out that the council has a statutory duty to provide a comprehensive and efficient "
        "library service, and that the proposal's equality impact assessment does not consider older residents "
        "without internet access.",
        "We urge members and library users to respond to the consultation before it closes on 28 February.",
    )),
    "a4": ("Member spotlight: Priya Raman", "Claire Whitfield", "2024-07-22", 2, (
        "In our series of member spotlights, we talk to Priya Raman, health librarian at Westmoor Hospital.",
        "What does your job involve? 'I run literature searches for clinicians, teach critical appraisal, and "
        "manage a small library that is open around the clock for staff. No two days are the same.'",
        "How did you get into health librarianship? 'By accident. I was temping in the hospital's education "
        "centre and the librarian asked if I wanted to help with a search. I never left.'",
        "Who helped you along the way? 'Mostly people I met online. When I started there was no one else in the "
        "region doing my job, so I joined a mailing list for health librarians and then a community of clinical "
        "librarians on Twitter. One of them, a librarian in Wales, offered to mentor me. We have talked on Teams "
        "every month for four years, and she read my chartership portfolio twice. Now I mentor two new health "
        "librarians myself, both of whom I met through the same online group.'",
        "What would you say to someone starting out? 'Ask. People are more generous than you think, and most of "
        "us remember being new.'",
        "What are you reading? 'A history of the health service and, for fun, a lot of crime fiction.'",
    )),
    "a5": ("Board election results", "Policy team", "2024-06-28", 0, (
        "The results of this year's elections to the Association's board were announced at the AGM.",
        "Elected as chair: Helen Marsh (Durham). Vice-chair: Ade Ogun (Newcastle). Treasurer, re-elected: Tom "
        "Pryce (Leeds).",
        "Turnout was 41 per cent, the highest in six years. Thank you to all candidates and to everyone who "
        "voted.",
    )),
}
