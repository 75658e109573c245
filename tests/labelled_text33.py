"""Web 33's texts and labels, written before its pages were built.

``WORKS``: key -> :class:`Work` (host, path, kind, grade, title, author, date,
paragraphs). ``OTHER``: the pages that are not works, ``(host, path, kind)``,
each graded 0. Grades: 3 about the topic throughout, 2 about it in good part,
1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

HUE = "shelfwire.example"        # WordPress Hueman, a regional library newsroom
HERMIT = "tamsin.example"        # Hugo Hermit, a reference librarian's notes
DIGEST = "recordsdigest.example"  # Ghost Digest, an archives newsletter
ETHEREAL = "cataloguecat.example"  # Blogger Ethereal, a student's blog
SVBTLE = "quietstacks.example"   # Svbtle, a retired librarian's essays
CAST = "castroom.example"        # a Farcaster-like client (Warpcast)
HIVE = "hivelib.example"         # a Hive/PeakD-like blog
JSTAGE = "jlis.example"          # a J-STAGE-like journal
WIKI = "libcareers.example"      # a Fandom wiki
SESS = "sessions.example"        # Sessionize, a conference's sessions


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


def _w(host, path, kind, grade, title, author, date, *paras):
    return Work(host, path, kind, grade, title, author, date, tuple(paras))


WORKS: dict[str, Work] = {
    # --- WordPress Hueman: a regional library newsroom -------------------------------------------------------
    "hue-mentor-scheme": _w(
        HUE, "/2024/03/11/new-mentoring-scheme-runs-on-slack/", "article", 3,
        "Regional mentoring scheme moves onto Slack", "Priya Okafor", "2024-03-11",
        "The regional library partnership's mentoring scheme for early-career staff will run almost entirely "
        "online this year. Twenty-four pairs, each matching a newer member of staff with a colleague who has "
        "at least ten years in public or academic libraries, will meet by video once a month and keep in touch "
        "between meetings in a shared Slack workspace.",
        "Coordinator Dele Mensah said the move followed feedback from last year's cohort. \"People told us the "
        "monthly meeting was good but the real learning happened in the gaps: a quick question about a "
        "difficult enquiry, a link to a job advert, a bit of reassurance before an interview. Slack lets those "
        "small conversations happen without anyone feeling they are imposing.\"",
        "The workspace has a channel for each pair, an open channel where anyone can ask the whole group, and "
        "a channel for mentors to compare notes. Mentees are also encouraged to build their own networks "
        "beyond the scheme, by following library hashtags on Mastodon and Bluesky and by joining at least "
        "one professional mailing list.",
        "Applications for the autumn cohort open next month. Mentors receive a short online induction on "
        "listening, goal-setting and how to end a mentoring relationship well.",
    ),
    "hue-branch-hours": _w(
        HUE, "/2024/04/02/branch-opening-hours-change/", "article", 0,
        "Branch opening hours change from May", "Priya Okafor", "2024-04-02",
        "Four branches will change their opening hours from the first week of May after a consultation that "
        "drew more than nine hundred responses.",
        "Late opening moves from Tuesday to Thursday at the central library, and the two smallest branches "
        "will open on Saturday mornings instead of Monday afternoons. The mobile library timetable is "
        "unchanged.",
        "Full timetables are posted in each branch and on the council website.",
    ),
    "hue-awards": _w(
        HUE, "/2024/05/20/staff-awards-evening/", "article", 1,
        "Staff awards celebrate a busy year", "Tom Reyes", "2024-05-20",
        "The library service's staff awards evening recognised twelve colleagues, from a van driver who "
        "has not missed a mobile library stop in six years to the team that rebuilt the local studies "
        "catalogue.",
        "The customer care award went to the Eastfield branch for its homework club, which now welcomes more "
        "than sixty children a week. The innovation award went to the digital team's e-book lending "
        "campaign.",
        "Outstanding contribution went to senior librarian Hannah Wu, who was also thanked for the time she "
        "gives to new colleagues, many of whom said her replies in the staff forum had got them through their "
        "first year.",
        "Nominations for next year open in January.",
    ),
    "hue-chat-night": _w(
        HUE, "/2024/06/14/librarians-hashtag-chat-turns-ten/", "article", 3,
        "A hashtag chat for librarians turns ten", "Tom Reyes", "2024-06-14",
        "Every second Wednesday at eight in the evening, a few dozen library workers across the country "
        "stop what they are doing and start typing. The hour-long chat, run under a shared hashtag, began "
        "on Twitter a decade ago and now runs on Bluesky and Mastodon at the same time.",
        "Its founder, school librarian Ruth Adeyemi, says the idea was simple. \"I was the only librarian in "
        "my building. I had nobody to ask. The chat gave me colleagues, and over time some of them became "
        "the people I ring when I am stuck.\"",
        "Each session has a host and five questions, posted a few minutes apart. Topics range from "
        "handling complaints to applying for a first management post. Regulars say newcomers often ask the "
        "most useful questions, and that the experienced participants answer them with surprising patience.",
        "Several long-term participants describe relationships that began in the chat and became "
        "one-to-one mentoring, carried on through direct messages, email and the occasional coffee at a "
        "conference. One former participant, now a head of service, says she still sends her CV to two "
        "people she first met there before every application.",
        "The move off Twitter was not painless. Numbers fell by half in 2023, and the organisers spent "
        "months deciding where to go. They settled on running both Bluesky and Mastodon and collecting the "
        "answers into a blog post afterwards, so that nobody has to follow both.",
        "The anniversary chat takes place next Wednesday. All library and archive workers are welcome.",
    ),
    "hue-roadworks": _w(
        HUE, "/2024/07/03/roadworks-outside-central-library/", "article", 0,
        "Roadworks outside the central library", "Priya Okafor", "2024-07-03",
        "Resurfacing work on Market Street will close the car park entrance of the central library for two "
        "weeks from 15 July. The pedestrian entrance stays open, and the book drop moves to the side door.",
    ),
    "hue-social-campaign": _w(
        HUE, "/2024/08/19/library-social-media-campaign-wins-award/", "article", 0,
        "Library's social media campaign wins regional award", "Tom Reyes", "2024-08-19",
        "The library service's summer reading campaign on Instagram and TikTok has won a regional "
        "marketing award. The short videos, filmed by staff in the branches, reached more than 200,000 "
        "people and helped lift summer reading sign-ups by a fifth.",
        "Marketing officer Leah Brooks said the secret was letting staff be themselves. \"We gave them a "
        "phone and a loose brief. The funniest videos were the ones nobody planned.\"",
        "The team will share its templates with other library services at a regional marketing day in "
        "October.",
    ),
    # --- Hugo Hermit: a reference librarian's notes ----------------------------------------------------------
    "hermit-pln": _w(
        HERMIT, "/posts/my-learning-network-after-twitter/", "post", 3,
        "My learning network after Twitter", "Tamsin Hale", "2023-11-05",
        "For eight years most of what I learned about my job outside my own library came from a few hundred "
        "accounts on Twitter. Cataloguers, instruction librarians, a couple of archivists, a systems person "
        "who explained things to me patiently at midnight. When that place fell apart I did not notice at "
        "first how much of my professional learning had gone with it.",
        "So this is a note on rebuilding. I moved to a Mastodon server run for library people, and I "
        "spent the first month doing what I should have done on Twitter: following hashtags rather than "
        "only people, boosting questions I could not answer so someone else might, and answering the ones I "
        "could. The follow graph is smaller but it is warmer.",
        "Bluesky turned out to be where the academic librarians I admire went, so I am there too, mostly "
        "reading. I joined two Discord servers, one for instruction librarians and one for people doing "
        "data work in libraries. Discord is oddly good for the quick \"has anyone...\" question.",
        "And I went back to mailing lists, which I had written off. A list is slow, but the answers are "
        "long and considered, and they are archived. Two people who replied to a question of mine on a list "
        "have since become something like mentors: I send them drafts, they send me hard truths.",
        "If you are early in your career and feel cut off, my advice is: pick one place, show up "
        "regularly, ask real questions, and thank people by name. A network is not the people you follow, "
        "it is the people who would answer you.",
    ),
    "hermit-desk": _w(
        HERMIT, "/posts/a-week-on-the-desk/", "post", 1,
        "A week on the desk", "Tamsin Hale", "2023-12-10",
        "Term is winding down and the questions at the desk have changed from \"how do I find\" to "
        "\"how do I cite\". I answered the same question about secondary citations eleven times this week.",
        "The best moment: a first-year who came back to show me the essay she had written using the "
        "database we looked at together. The worst: the printer, every day.",
        "I also finally wrote up the reference interview tips I picked up in a Mastodon thread last month; "
        "they are pinned above the desk now.",
    ),
    "hermit-citation-tools": _w(
        HERMIT, "/posts/comparing-citation-managers/", "post", 0,
        "Comparing citation managers for a workshop", "Tamsin Hale", "2024-01-22",
        "I am rewriting our citation manager workshop, and I compared Zotero, Mendeley and EndNote on the "
        "things our students actually struggle with: importing from the catalogue, fixing capitalisation, "
        "and switching styles at the last minute.",
        "Zotero won on import and on the browser connector. EndNote is still what our medical school "
        "uses, so the workshop will cover both. Mendeley's new reference manager lost our group libraries "
        "twice in testing, which settled that.",
        "The slides are on the library's guides page.",
    ),
    "hermit-asking": _w(
        HERMIT, "/posts/asking-strangers-for-career-advice/", "post", 3,
        "Asking strangers for career advice", "Tamsin Hale", "2024-02-18",
        "Someone on Bluesky asked me how I had found people to ask about moving from reference work into "
        "research data management. The honest answer is that I asked strangers on the internet, politely "
        "and specifically, and most of them said yes.",
        "What worked: a short message naming one thing I had read of theirs, one question, and an easy "
        "way to say no. What did not work: \"can I pick your brain?\". Three data librarians I had never met "
        "each gave me half an hour on a video call, and one of them reviewed my application.",
        "Since then I have tried to pay it forward. I keep an open thread on my profile inviting newer "
        "librarians to ask me about reference, teaching or changing specialism, and I answer the messages "
        "that arrive. It is the most useful hour of my week.",
    ),
    "hermit-garden": _w(
        HERMIT, "/posts/allotment-year-two/", "post", 0,
        "Allotment, year two", "Tamsin Hale", "2024-04-07",
        "Year two on the allotment. The broad beans survived the winter, the onions did not. I have learned "
        "that the old men on the neighbouring plots are the best source of advice in the county, provided "
        "you bring biscuits.",
    ),
    # --- Ghost Digest: an archives newsletter ---------------------------------------------------------------
    "digest-peer-groups": _w(
        DIGEST, "/peer-mentoring-circles-for-lone-archivists/", "article", 3,
        "Peer mentoring circles for lone archivists", "Records Digest", "2024-02-01",
        "Many archivists work alone: the only records professional in a company, a religious order, a "
        "small museum. This issue looks at a model that has spread quietly over the past three years: "
        "small peer mentoring circles that meet online.",
        "A circle is five or six archivists at similar stages who agree to meet by video every six weeks "
        "for a year. Each meeting one member brings a problem, from an awkward depositor to a retention "
        "schedule nobody follows, and the others ask questions before anyone offers advice. Between "
        "meetings the circle keeps a group chat going.",
        "Participants told us the circles filled a gap that formal mentoring did not. \"A senior mentor is "
        "great for career moves,\" said one records manager, \"but my circle is where I admit I don't know "
        "how to do something.\" Several circles were formed through a discussion list for lone arrangers, "
        "and others through a Mastodon hashtag.",
        "If you want to start one, keep it small, agree on confidentiality in writing, and rotate the "
        "facilitator. Next issue: how to end a circle well.",
    ),
    "digest-retention": _w(
        DIGEST, "/email-retention-schedules-revisited/", "article", 1,
        "Email retention schedules, revisited", "Records Digest", "2024-03-01",
        "Capstone approaches to email were sold as a way out of the endless argument over which messages "
        "are records. Five years on, we look at what organisations actually kept.",
        "The short answer is: more than they planned, less than they needed. Role-based capture works where "
        "the roles are stable. It works badly in organisations that reorganise every eighteen months, "
        "which is most of them. Readers who wrote to us through the lone arrangers' list said the same, and "
        "several said they had learned to argue for capstone from a more experienced colleague there.",
        "We close with three questions to ask before renewing a capstone policy.",
    ),
    "digest-list-archive": _w(
        DIGEST, "/the-mailing-list-that-taught-me-the-job/", "article", 3,
        "The mailing list that taught me the job", "Imogen Salt", "2024-04-01",
        "Guest essay. When I took my first post in a county record office, the most useful training I "
        "received did not come from my course. It came from a mailing list, read every morning over "
        "coffee, where archivists argued about everything from box sizes to copyright.",
        "I lurked for a year. Then I asked a question about a deposit agreement, and three people I had "
        "never met replied within the day, one of them with a template. She later became my informal mentor: "
        "we have still only met in person twice.",
        "I think of the list as a kind of mentoring by overhearing. Newcomers learn how experienced people "
        "reason, not just what they conclude. Social media does some of this, but the list's archive means "
        "that a question answered in 2009 still teaches someone today.",
        "My plea to senior colleagues: answer on the list, not only in private. Your reply is teaching "
        "people you will never meet.",
    ),
    "digest-webinars": _w(
        DIGEST, "/this-quarters-webinars/", "article", 2,
        "This quarter's webinars", "Records Digest", "2024-05-01",
        "Three free webinars this quarter. In April, a session on appraisal of born-digital photographs. In "
        "May, our panel on early-career development, where four archivists talk about how they found mentors, "
        "what they got from online communities and discussion lists, and what they wish they had asked "
        "sooner; the panel ends with an open question time for newer members of the profession.",
        "In June, a practical session on writing a collections development policy.",
        "Recordings are posted here a week after each session.",
    ),
    "digest-flood": _w(
        DIGEST, "/after-the-flood/", "article", 0,
        "After the flood: salvage lessons", "Records Digest", "2024-06-01",
        "When a burst pipe soaked two bays of a diocesan archive in February, the team had forty-eight hours "
        "to freeze the worst-affected files. We talked to them about what worked.",
        "Their three lessons: keep the freezer contract current, photograph everything before moving it, "
        "and know which volunteers can lift boxes.",
    ),
    # --- Blogger Ethereal: a library student's blog -----------------------------------------------------------
    "eth-first-mentor": _w(
        ETHEREAL, "/2024/01/i-got-mentor-on-linkedin.html", "post", 3,
        "I got a mentor (on LinkedIn, of all places)", "Noor", "2024-01-14",
        "Okay so I have to write this down because I still can't quite believe it. I'm in the second "
        "term of my library and information science degree and I have been panicking about what comes "
        "after. My plan was to cold-message five cataloguers on LinkedIn and hope one answered.",
        "Two answered! One sent a very kind no, and the other, a metadata librarian at a university, said "
        "she'd be happy to have a call once a month until I graduate. We have had two calls. She looked at my "
        "CV, told me to cut the bit about customer service being my passion (fair), and pointed me to a "
        "cataloguing Slack where people post questions and job ads.",
        "Lessons for other students: be specific about what you want, say how much time you're asking "
        "for, and actually follow up on what they suggest. I joined the Slack, I said hi, and someone there "
        "has already answered my question about RDA. The profession is kinder than I expected.",
    ),
    "eth-reading-list": _w(
        ETHEREAL, "/2024/02/spring-reading-list.html", "post", 0,
        "Spring reading list", "Noor", "2024-02-20",
        "Reading for fun again! This term's pile: two mysteries, a collection of essays about walking, "
        "and a graphic novel my flatmate insists I'll love. No textbooks allowed.",
    ),
    "eth-placement": _w(
        ETHEREAL, "/2024/03/placement-week-one.html", "post", 1,
        "Placement, week one", "Noor", "2024-03-10",
        "First week of my placement at a public library! I shadowed the children's team, helped with a "
        "rhyme time for toddlers (loud), and learned the returns machine has feelings.",
        "My supervisor gave me a project sorting the local history pamphlets, which I love. She also told "
        "me to keep going to the cataloguing Slack my mentor recommended, because that's where the jobs get "
        "posted first.",
        "Week two: stock check. Wish me luck.",
    ),
    "eth-conference": _w(
        ETHEREAL, "/2024/04/my-first-conference-backchannel.html", "post", 2,
        "My first conference (and its backchannel)", "Noor", "2024-04-22",
        "I went to my first library conference thanks to a student bursary! Honestly the talks were great "
        "but the part I'll remember is the backchannel. Everyone was posting on Bluesky under the conference "
        "hashtag and I just... joined in.",
        "By lunch on day two, two people I'd replied to came and found me at the coffee table. One of them "
        "introduced me to her manager. I now have four new people to message about jobs, and one of them "
        "offered to read my dissertation proposal.",
        "The sessions I liked best were on open access and on accessible signage. Notes to follow.",
    ),
    "eth-dissertation": _w(
        ETHEREAL, "/2024/05/dissertation-topic-decided.html", "post", 0,
        "Dissertation topic: decided", "Noor", "2024-05-30",
        "After weeks of dithering I have a topic: how small public libraries describe their local history "
        "pamphlets, and whether anyone can find them. My supervisor says it is narrow enough to finish. I "
        "say it is narrow enough to love.",
    ),
    # --- Svbtle: a retired librarian's essays ---------------------------------------------------------------
    "svb-listservs": _w(
        SVBTLE, "/before-the-timeline", "article", 3,
        "Before the timeline", "Margaret Ellery", "2023-09-12",
        "I retired from university libraries in 2019, after thirty-eight years. People sometimes ask me how "
        "we learned the job before social media. The honest answer is that we had social media; it was "
        "just slower and it arrived by email.",
        "In the early nineties the discussion lists were our staff room. I learned more about serials "
        "management from one list than from any course. The people who answered my questions there became, "
        "over years, colleagues I trusted, and several of them guided me through decisions about jobs I "
        "would otherwise have made alone. We never used the word mentor. We just wrote back.",
        "I have watched the same thing happen on blogs, then on Twitter, and now on Mastodon, where a few "
        "of my former staff have pulled me, protesting, onto a server full of librarians. What I notice is "
        "that the good parts have not changed. Somebody asks a real question, someone more experienced takes "
        "the trouble to answer it properly, and a relationship begins.",
        "What has changed is the speed, and the noise. A list message could wait until tomorrow; a post "
        "vanishes in an hour. If I have advice for the senior people still working, it is to take the "
        "newcomers' questions seriously wherever they appear, and to answer them somewhere that lasts.",
        "I still answer, when asked. Retirement has given me the time that my own mentors never had.",
    ),
    "svb-cathedral": _w(
        SVBTLE, "/a-cathedral-library", "article", 0,
        "A cathedral library", "Margaret Ellery", "2023-10-30",
        "We spent a wet afternoon in a cathedral library, where the books are chained and the light comes "
        "in sideways. The volunteer who showed us round had catalogued every volume by hand.",
        "I asked how she had learned. \"From the old catalogue,\" she said, \"and from my mistakes.\"",
    ),
    "svb-letters": _w(
        SVBTLE, "/letters-to-a-new-librarian", "article", 2,
        "Letters to a new librarian", "Margaret Ellery", "2024-01-08",
        "A young woman who read one of my posts wrote to ask whether she should take a job in a small "
        "college library or wait for something in a research library. We have now exchanged a dozen "
        "messages.",
        "I told her what I would have wanted to hear at twenty-five: that the size of the library matters "
        "less than the manager, and that she should ask to speak to the person who last held the post. I "
        "also told her to find people her own age online who are facing the same choices, because an old "
        "woman's advice only goes so far.",
        "I have kept a few of the letters, with her permission, for a small collection of practical "
        "advice. The rest of this post is about my roses, which are not doing well.",
        "The rust has taken the climbers on the south wall again. I am told copper helps.",
    ),
    "svb-weeding": _w(
        SVBTLE, "/on-weeding", "article", 1,
        "On weeding", "Margaret Ellery", "2024-03-15",
        "Nothing makes a library angrier than weeding. I once withdrew four thousand volumes of bound "
        "journals we held online and received a petition. The lesson was not about the journals. It was "
        "about telling people first. A younger colleague I still write to online tells me the petitions now "
        "arrive as hashtags.",
    ),
    # --- a Farcaster-like client: casts ---------------------------------------------------------------------
    "cast-question": _w(
        CAST, "/ruthlib/0x3fa2b1c9", "post", 3,
        "", "Ruth Adeyemi", "2024-06-20",
        "new school librarians in /libraries: if you want someone a few years ahead to talk things through "
        "with, reply here and I'll pair you with one of the volunteers from our chat. no forms, just a "
        "monthly call and DMs when you're stuck.",
    ),
    "cast-thanks": _w(
        CAST, "/kofi-archives/0x7c41de02", "post", 3,
        "", "Kofi Mensah", "2024-06-22",
        "two years ago I asked this channel how to get into archives without a degree in it. three of you "
        "answered, one of you kept answering for a year. starting my first archivist post on monday. thank "
        "you, all of you.",
    ),
    "cast-ai": _w(
        CAST, "/datajen/0x91ab33e7", "post", 0,
        "", "Jen Park", "2024-06-25",
        "hot take: most library chatbots are a search box with extra steps. the good ones say \"I don't "
        "know, here is a human\".",
    ),
    "cast-hashtag": _w(
        CAST, "/ruthlib/0x4be0c871", "post", 2,
        "", "Ruth Adeyemi", "2024-07-01",
        "reminder that the fortnightly library chat is wednesday 8pm. this week's topic is getting your "
        "first promotion. questions are posted here and on bluesky.",
    ),
    "cast-weather": _w(
        CAST, "/kofi-archives/0x22d0f5a9", "post", 0,
        "", "Kofi Mensah", "2024-07-04",
        "the search room dehumidifier has given up. it is 68 percent in here. pray for the parchment.",
    ),
    "cast-conf": _w(
        CAST, "/datajen/0xa03c9e14", "post", 1,
        "", "Jen Park", "2024-07-09",
        "slides from my talk on cleaning circulation data are up. thanks to everyone who asked questions, "
        "and to the person who DM'd afterwards asking how to get into data work, replied!",
    ),
    # --- a Hive/PeakD-like blog -----------------------------------------------------------------------------
    "hive-discord": _w(
        HIVE, "/hive-libraries/@bookwyrm/how-a-discord-server-became-my-staff-room", "post", 3,
        "How a Discord server became my staff room", "bookwyrm", "2024-02-05",
        "I run a one-person library in a rural community college. For years my professional development "
        "was an annual conference I could rarely afford. Then a friend invited me to a Discord server for "
        "small and solo librarians, and it changed how I learn.",
        "There are channels for reference, for tech, for budgets, and one called \"ask-a-veteran\" where "
        "people with twenty years' experience answer whatever comes in. I have asked about negotiating "
        "with vendors, about handling a hostile board member, about whether to apply for a director job. I "
        "got real answers, with names attached.",
        "Some of those people are now genuinely my mentors. We do voice calls. One of them reviewed my "
        "strategic plan line by line. And now I answer questions in the newcomers' channel myself.",
        "If you're a solo librarian reading this on Hive: find your server. It exists.",
    ),
    "hive-rewards": _w(
        HIVE, "/hive-libraries/@bookwyrm/curation-rewards-explained", "post", 0,
        "Curation rewards explained for new users", "bookwyrm", "2024-03-01",
        "A few of you asked how curation rewards work after my last post. In short: when you vote on a post "
        "early and others vote after you, you get a share of the reward. Vote for what you'd actually read, "
        "not for what you think will trend.",
    ),
    "hive-mentor-network": _w(
        HIVE, "/hive-libraries/@archivalnell/mentoring-in-archives-what-the-survey-said", "post", 2,
        "Mentoring in archives: what our survey said", "archivalnell", "2024-03-18",
        "Our regional archives group surveyed its members about professional development. Sixty-one "
        "people answered. Most had never had a formal mentor; nearly half said they had an informal one, "
        "usually someone met through a listserv, a conference or a social media network.",
        "Newer archivists valued advice about job applications most. Mid-career people wanted help "
        "moving into management. Nobody wanted more webinars.",
        "We are also publishing the survey's findings on storage costs, which were grim. Those are in a "
        "separate post, with the tables.",
    ),
    "hive-power-up": _w(
        HIVE, "/hive-libraries/@archivalnell/power-up-day-photos", "post", 0,
        "Power up day: photos from the reading room", "archivalnell", "2024-04-01",
        "Some photos from our reading room for the community's photo challenge: the map drawers, the "
        "conservation bench, and the archive cat, who is not officially allowed in.",
    ),
    "hive-bootcamp": _w(
        HIVE, "/hive-libraries/@bookwyrm/network-bootcamp-for-library-it", "post", 0,
        "Network bootcamp for library IT", "bookwyrm", "2024-05-12",
        "Notes from a two-day networking bootcamp for library IT staff: VLANs for public PCs, separating "
        "the staff network from patron Wi-Fi, and why the self-checkout kiosks keep dropping off the "
        "network. Mentoring the new tech on our team through the firewall rules is next.",
    ),
    # --- a J-STAGE-like journal ------------------------------------------------------------------------------
    "js-emento": _w(
        JSTAGE, "/article/jlis/12/3/12_121/_article/-char/en", "journal-article", 3,
        "Online mentoring among early-career academic librarians: a survey of network practices",
        "Akiko Tanaka; Hiroshi Mori", "2023-09-30",
        "Abstract: This study examines how early-career academic librarians use online networks to seek "
        "and sustain mentoring relationships. A questionnaire was distributed through professional mailing "
        "lists and social media and received 214 responses.",
        "Respondents reported that informal mentoring initiated through social networking services, "
        "particularly Twitter and more recently Mastodon, was as common as mentoring arranged by their "
        "employers. Mailing lists and online study groups were cited as places where questions could be "
        "asked without exposure.",
        "Peer mentoring in small online groups was valued for emotional support, whereas one-to-one "
        "relationships with senior librarians were valued for career guidance. Respondents in smaller "
        "institutions relied more heavily on online networks than those in large ones.",
        "We discuss implications for professional associations that wish to support mentoring beyond "
        "the workplace, including facilitated matching and moderated online communities.",
    ),
    "js-rfid": _w(
        JSTAGE, "/article/jlis/12/3/12_135/_article/-char/en", "journal-article", 0,
        "Evaluating RFID self-check performance in a university library", "Kenji Watanabe", "2023-09-30",
        "Abstract: This paper reports on the performance of RFID self-check machines over two academic "
        "years. Failure rates were highest for thin items and items with metallic covers.",
        "Reader placement and tag positioning explained most of the variance. We recommend a standard "
        "tag position for all new acquisitions.",
    ),
    "js-pln": _w(
        JSTAGE, "/article/jlis/12/4/12_201/_article/-char/en", "journal-article", 3,
        "Personal learning networks of public librarians: an interview study", "Yuki Sato", "2023-12-31",
        "Abstract: Drawing on semi-structured interviews with eighteen public librarians, this article "
        "describes how they assemble personal learning networks from social media, blogs, webinars and "
        "professional communities.",
        "Participants described following colleagues on X and Bluesky, reading practitioners' blogs, and "
        "taking part in regular hashtag chats. Several identified individuals met through these networks as "
        "mentors who had guided career decisions.",
        "The findings suggest that online networks extend mentoring beyond organisational boundaries but "
        "depend on the individual's initiative, leaving less confident librarians underserved.",
    ),
    "js-digitisation": _w(
        JSTAGE, "/article/jlis/12/4/12_215/_article/-char/en", "journal-article", 1,
        "Cost factors in the digitisation of regional newspapers", "Masato Ito", "2023-12-31",
        "Abstract: We analyse the costs of digitising twelve regional newspaper titles, finding that "
        "microfilm quality and OCR correction account for most of the variation.",
        "Project staff reported learning correction techniques from peers at other institutions through "
        "an online discussion group, which reduced training costs.",
        "We propose a cost model for planning similar projects.",
    ),
    "js-archivist-sns": _w(
        JSTAGE, "/article/jlis/13/1/13_011/_article/-char/en", "journal-article", 2,
        "Archivists on social media: outreach and professional exchange", "Emi Kobayashi", "2024-03-31",
        "Abstract: This article analyses 1,200 posts by archivists and archival institutions on social "
        "media. Most posts served outreach, presenting collections to the public.",
        "A substantial minority, however, were exchanges among professionals: requests for advice, "
        "answers from experienced archivists, and invitations to online study meetings. These exchanges "
        "functioned as informal mentoring for newer archivists.",
        "We argue that institutional social media policies should recognise professional exchange as a "
        "legitimate use.",
    ),
    "js-pdf-emento": _w(
        JSTAGE, "/article/jlis/12/3/12_121/_pdf/-char/en", "document", 3,
        "Online mentoring among early-career academic librarians: a survey of network practices",
        "Akiko Tanaka; Hiroshi Mori", "2023-09-30",
        "Online mentoring among early-career academic librarians: a survey of network practices",
        "Akiko Tanaka and Hiroshi Mori",
        "1. Introduction. Mentoring has long supported the development of new academic librarians, but "
        "formal programmes reach few of them. Online networks offer another route.",
        "2. Method. A questionnaire was distributed through professional mailing lists and social media "
        "and received 214 responses from librarians with under seven years of experience.",
        "3. Results. Informal mentoring that began on social networking services was as common as "
        "employer-arranged mentoring. Peer groups online gave emotional support; senior librarians met "
        "online gave career guidance.",
        "4. Discussion. Associations can support online mentoring by matching and moderating.",
    ),
    "js-pdf-report": _w(
        JSTAGE, "/article/jlis/12/3/12_135/_pdf/-char/en", "document", 0,
        "Evaluating RFID self-check performance in a university library", "Kenji Watanabe", "2023-09-30",
        "Evaluating RFID self-check performance in a university library",
        "Kenji Watanabe",
        "1. Introduction. Self-check machines handle most loans in the library studied.",
        "2. Method. Logs of 310,000 transactions over two years were analysed.",
        "3. Results. Failures concentrated on thin items and metallic covers.",
        "4. Conclusion. A standard tag position is recommended.",
    ),
    # --- a Fandom wiki ---------------------------------------------------------------------------------------
    "wiki-mentoring": _w(
        WIKI, "/wiki/Finding_a_mentor", "article", 3,
        "Finding a mentor", "Library Careers Wiki", "2024-05-02",
        "Finding a mentor is one of the most common questions asked by new library and archive workers. "
        "This page collects advice from the community on where and how to look.",
        "Online communities. Many librarians find mentors informally through social media: hashtag "
        "chats on Bluesky and Mastodon, LinkedIn groups, Slack and Discord servers for particular "
        "specialisms, and long-running mailing lists. Asking a specific question in public and following "
        "up with the people who answer is the usual route.",
        "Formal programmes. Professional associations and some employers run mentoring schemes, "
        "increasingly online. See the list of associations for details.",
        "Peer mentoring. Groups of people at similar career stages can mentor each other; see the page "
        "on peer mentoring circles.",
        "Etiquette. Be clear about what you are asking for and how much time. Thank people. Offer to "
        "help others in turn.",
    ),
    "wiki-salaries": _w(
        WIKI, "/wiki/Salary_surveys", "article", 1,
        "Salary surveys", "Library Careers Wiki", "2024-04-11",
        "This page lists published salary surveys for library and archive workers, by country and year. "
        "Figures are not comparable across surveys; read each survey's method before quoting it. Experienced members of the wiki's Discord are happy "
        "to say whether an offer is fair for the sector.",
    ),
    "wiki-interviews": _w(
        WIKI, "/wiki/Job_interviews", "article", 1,
        "Job interviews", "Library Careers Wiki", "2024-03-20",
        "Library job interviews often include a presentation and a scenario question. This page lists "
        "common questions by sector.",
        "Preparation. Research the service, read its strategy, and prepare examples using the STAR "
        "method. Some candidates ask a more experienced colleague from an online community to run a mock "
        "interview.",
        "After the interview. Ask for feedback whatever the outcome.",
    ),
    # --- Sessionize: a conference's sessions -----------------------------------------------------------------
    "sess-panel": _w(
        SESS, "/libconnect-2025/session/601234", "post", 3,
        "Mentoring without borders: online networks for new information professionals",
        "Dele Mensah; Ruth Adeyemi", "2025-03-12",
        "This panel brings together coordinators of three online mentoring initiatives for librarians and "
        "archivists: a regional scheme run on Slack, a hashtag chat that has moved from Twitter to Bluesky "
        "and Mastodon, and a Discord server for solo librarians.",
        "Panellists will discuss how mentoring relationships form in online communities, how to match "
        "mentors and mentees at a distance, and how to keep peer groups going after the first enthusiasm "
        "fades. The session ends with time for attendees to find a mentor or offer to be one.",
    ),
    "sess-linked-data": _w(
        SESS, "/libconnect-2025/session/601240", "post", 0,
        "Linked data for small catalogues", "Jen Park", "2025-03-12",
        "A practical introduction to publishing a small library catalogue as linked data, with worked "
        "examples in Wikidata and a walk-through of reconciliation tools.",
    ),
    "sess-lightning": _w(
        SESS, "/libconnect-2025/session/601251", "post", 2,
        "Lightning talks: what I learned this year", "Various speakers", "2025-03-13",
        "Six five-minute talks from first-time speakers. Topics include a school librarian's year of "
        "learning through a LinkedIn group and a Bluesky feed for school library staff, an archivist's peer "
        "support group that meets on Zoom, and what a student learned from an online mentor.",
        "Further talks cover accessible signage, a mending workshop and a makerspace on a shoestring.",
    ),
    "sess-wellbeing": _w(
        SESS, "/libconnect-2025/session/601262", "post", 1,
        "Staff wellbeing after restructuring", "Hannah Wu", "2025-03-13",
        "What library managers can do for staff morale during and after a restructure: communication, "
        "workload, and honest conversations. The speaker draws on her own service's experience and on advice "
        "gathered from managers in an online forum.",
    ),
}

OTHER: list[tuple[str, str, str]] = [
    (HUE, "/", "home"),
    (HUE, "/about/", "about"),
    (HUE, "/contact/", "contact"),
    (HUE, "/category/careers/", "category"),
    (HUE, "/category/local-news/", "category"),
    (HUE, "/tag/mentoring/", "tag"),
    (HUE, "/tag/social-media/", "tag"),
    (HUE, "/?s=mentoring", "search"),
    (HUE, "/author/priya/", "profile"),
    (HUE, "/page/2/", "listing"),
    (HUE, "/2024/09/01/volunteer-mentors-wanted/", "error"),
    (HERMIT, "/", "home"),
    (HERMIT, "/posts/", "listing"),
    (HERMIT, "/tags/", "listing"),
    (HERMIT, "/tags/networks/", "tag"),
    (HERMIT, "/about/", "about"),
    (HERMIT, "/posts/slack-etiquette/", "error"),
    (DIGEST, "/", "home"),
    (DIGEST, "/tag/careers/", "tag"),
    (DIGEST, "/author/records-digest/", "profile"),
    (DIGEST, "/about/", "about"),
    (DIGEST, "/contact/", "contact"),
    (DIGEST, "/page/2/", "listing"),
    (ETHEREAL, "/", "home"),
    (ETHEREAL, "/search/label/mentoring", "tag"),
    (ETHEREAL, "/search?q=mentor", "search"),
    (ETHEREAL, "/p/about-me.html", "about"),
    (ETHEREAL, "/2024/", "listing"),
    (SVBTLE, "/", "home"),
    (SVBTLE, "/page/2", "listing"),
    (CAST, "/~/channel/libraries", "home"),
    (CAST, "/ruthlib", "profile"),
    (CAST, "/kofi-archives", "profile"),
    (HIVE, "/created/hive-libraries", "home"),
    (HIVE, "/@bookwyrm", "profile"),
    (HIVE, "/trending/mentoring", "tag"),
    (HIVE, "/hive-libraries/@bookwyrm/solo-librarian-discord-invite", "error"),
    (JSTAGE, "/browse/jlis/-char/en", "home"),
    (JSTAGE, "/browse/jlis/12/3/_contents/-char/en", "listing"),
    (JSTAGE, "/browse/jlis/12/4/_contents/-char/en", "listing"),
    (JSTAGE, "/browse/jlis/13/1/_contents/-char/en", "listing"),
    (JSTAGE, "/browse/jlis/_pubinfo/-char/en", "about"),
    (JSTAGE, "/result/global/-char/en?globalSearchKey=mentoring", "search"),
    (WIKI, "/wiki/Library_Careers_Wiki", "home"),
    (WIKI, "/wiki/Category:Career_development", "category"),
    (WIKI, "/wiki/Special:Search?query=mentor", "search"),
    (WIKI, "/wiki/User:Shelfmark", "profile"),
    (SESS, "/libconnect-2025", "home"),
    (SESS, "/libconnect-2025/speakers", "listing"),
    (SESS, "/libconnect-2025/speaker/dele-mensah", "profile"),
]
