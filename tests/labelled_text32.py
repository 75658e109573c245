"""The texts and labels of web 32, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (where it is served, its kind and its
grade: 3 about the topic throughout, 2 about it in good part, 1 a passing
mention, 0 nothing); ``OTHER`` lists the pages that are not works as
``(host, path, kind)``, all graded 0. :mod:`tests.labelled_web32` builds the
pages from these, each label exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

WIKI = "mentoring-handbook.example"      # Hugo Relearn: a regional association's mentoring handbook
RAVI = "ravi-reads.example"              # Jekyll Hacker: a library school student's blog
STACKS = "stacksandstories.example"      # Blogger Picture Window: a retired librarian's blog
CARNET = "carnet-archiviste.example"     # Dotclear: an archivist's notebook
TRI = "tri-county-libraries.example"     # Textpattern: a library consortium's news
CHOST = "cohostish.example"              # a Cohost-like site
ASK = "askaround.example"                # a Quora-like Q&A site
REPO = "repository.northfield.example"   # DSpace 6 (JSPUI): a university repository
REVUES = "perseids.example"              # a Persée-like journal portal
CAL = "metrolib.libcal.example"          # LibCal events of a public library


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

# --- the handbook (Hugo Relearn) ----------------------------------------------------------------

WORKS["wiki-online"] = _w(
    WIKI, "/handbook/finding-a-mentor-online/", "article", 3, "Finding a mentor online", "Mentoring Committee",
    "2024-01-15", [
        "Not everyone who joins the association lives near a chapter that meets in person, and not everyone "
        "can take a day off to go to one. This page collects what members have told us works when you look "
        "for a mentor through online networks instead of at a conference reception.",
        "Start where you already are. If you read library people on Mastodon, Bluesky or LinkedIn, you "
        "already know whose posts you save and whose threads you send to colleagues. Those are the people to "
        "approach first. A short, specific message does better than a general request: 'I am two years into "
        "a cataloguing job and wondering whether to move into metadata for digital collections; could I ask "
        "you three questions over a 20-minute call?' is easy to say yes to.",
        "Join a conversation before you ask for anything. Weekly chats such as #critlib or the regional "
        "#libchat hour are where many of our members first met the people who later mentored them. Answer a "
        "question, share a resource, thank someone for a useful post. Mentoring relationships that begin "
        "online tend to grow out of a few of these small exchanges rather than a cold request.",
        "Use the association's own spaces. Our Slack workspace has a #career-questions channel watched by "
        "volunteer mentors, and the members' mailing list still carries the best long answers to hard "
        "questions about job offers, tenure files and moving between sectors. If you are shy about asking in "
        "public, the channel topic lists mentors who are happy to be messaged directly.",
        "Consider a group instead of a single mentor. Several of our online mentoring circles meet by video "
        "once a month and keep talking in a shared chat in between; see Peer mentoring circles. Many early "
        "career members find that four or five peers and one experienced colleague give them more than one "
        "mentor could.",
        "Agree how you will keep in touch. A mentor you found on a social network does not have to stay "
        "there: decide together whether you will use email, a monthly call, or direct messages, and how "
        "often. Write it down in a short note, as the mentoring agreement template suggests.",
        "Be careful with what is public. Advice about a particular employer, a salary negotiation or a "
        "conflict at work belongs in a private message or a call, not in a public reply. Mentors who post "
        "openly about their careers are generous with their time, but they also appreciate mentees who know "
        "which questions to take off the timeline.",
        "Finally, give back early. You do not need ten years of experience to help someone else: answering a "
        "library school student's question in a forum or pointing a new graduate to a webinar recording is "
        "already peer mentoring, and it is how most of our online mentors started.",
    ], ("online networks", "finding a mentor"))

WORKS["wiki-circles"] = _w(
    WIKI, "/handbook/peer-mentoring-circles/", "article", 3, "Peer mentoring circles", "Mentoring Committee",
    "2024-01-22", [
        "A peer mentoring circle is a group of five to eight members at similar stages of their careers, with "
        "one or two experienced facilitators, who meet online once a month for a year.",
        "Circles are formed each September from the sign-up form. We mix sectors on purpose: a school "
        "librarian, an archivist at a historical society and a systems librarian at a college often find "
        "they face the same questions about workload, supervision and being the only professional on staff.",
        "Each circle chooses its tools. Most meet by video and keep a channel in the association's Slack for "
        "the weeks in between; some prefer a Discord server or a plain email thread. The facilitator posts a "
        "prompt each month, for example a job advert to read together or a short article on negotiating, and "
        "members answer in the channel before the call.",
        "What members say they value most is the informal advice that flows between meetings: a quick "
        "question about an interview presentation at eleven at night, answered by two peers and the "
        "facilitator before breakfast. Several circles have kept their channel going long after the year "
        "ended.",
        "Facilitators are volunteers with at least seven years in the profession. They take a one-hour "
        "online orientation and join a facilitators' group chat where they can ask each other for advice, "
        "which is, of course, mentoring for mentors.",
    ], ("online networks", "peer mentoring"))

WORKS["wiki-for-mentors"] = _w(
    WIKI, "/handbook/for-mentors/", "article", 2, "For mentors", "Mentoring Committee", "2024-02-05", [
        "Thank you for volunteering. Mentors in the association's programme agree to meet their mentee at "
        "least six times over the year and to help them set two or three goals in the first meeting.",
        "You are not expected to know everything. Good mentors listen, ask questions, share their own "
        "mistakes and point their mentee to other people who know more about a subject than they do.",
        "Many pairs now meet entirely online. If you do, agree on the channel early, keep direct messages "
        "for arranging meetings and quick questions, and remember that a mentee who met you through your "
        "public posts may feel they already know you well; take a moment to learn about them in return.",
        "If a mentoring relationship is not working, contact the committee. We would rather rematch a pair "
        "than have either of you drift away from the programme.",
    ], ("mentors",))

WORKS["wiki-history"] = _w(
    WIKI, "/handbook/program-history/", "article", 1, "Programme history", "Mentoring Committee", "2024-02-12", [
        "The association was founded in 1974 by librarians from eleven county systems who wanted a regional "
        "body for continuing education, shared cataloguing standards and a common voice with the state "
        "library.",
        "The annual conference began in 1979 and has moved between the three largest cities ever since. "
        "Its continuing education grants, first awarded in 1988, have paid for more than four hundred members "
        "to attend courses and workshops.",
        "The mentoring programme itself started in 2006 with paper forms and pairs who met at the conference; "
        "it moved online in 2020 and now matches most pairs through the members' Slack.",
        "The association's archive, including minutes and newsletters from 1974 to 2010, is held by the "
        "state library. An older frequently asked questions page is no longer maintained.",
    ], ("history",))

WORKS["wiki-reimburse"] = _w(
    WIKI, "/handbook/reimbursement/", "article", 0, "Travel reimbursement", "Treasurer", "2024-03-01", [
        "Members travelling on association business may claim mileage at the state rate, economy fares and "
        "up to two nights' lodging. Claims must be submitted within sixty days with itemised receipts.",
        "Meals are reimbursed at the per diem rate for the city in question. Alcohol, parking fines and "
        "upgrades are not reimbursable. Send the completed form to the treasurer by email as a single PDF.",
    ], ("finance",))

# --- a student's blog (Jekyll Hacker) -----------------------------------------------------------

WORKS["ravi-libchat"] = _w(
    RAVI, "/2024/02/11/my-first-libchat.html", "article", 3, "My first #libchat", "Ravi Menon", "2024-02-11", [
        "So I finally did it: I joined a #libchat hour instead of lurking. The topic was 'what do you wish "
        "someone had told you in library school' which felt like it was written for me.",
        "I posted one nervous reply about not knowing whether to specialise, and within ten minutes three "
        "people with actual jobs had answered. One academic librarian told me to take the metadata course "
        "even if I think I want reference, because it makes you employable. Another said to find one person "
        "a few years ahead of me and ask them how they got there.",
        "Then something I did not expect: a systems librarian I have followed for a year sent me a direct "
        "message offering to look at my resume and do a mock interview. We have a call next Thursday. I have "
        "been told to 'network' since orientation and it always sounded like handing out business cards at a "
        "conference I cannot afford; this felt completely different.",
        "Note to self and to my cohort: the chat is every second Tuesday, you can just show up, and people "
        "really do want to help. I am keeping a list of everyone who answered so I can pay it forward when I "
        "am the one with a job.",
    ], ())

WORKS["ravi-linkedin"] = _w(
    RAVI, "/2024/03/05/linkedin-informational-interviews.html", "article", 2,
    "LinkedIn for informational interviews (an experiment)", "Ravi Menon", "2024-03-05", [
        "Our career services office keeps telling us to do informational interviews, so this month I tried "
        "using LinkedIn to set some up. I messaged twelve archivists and digital librarians whose jobs I would "
        "like in five years. Seven answered, five agreed to a call, and one has since offered to stay in "
        "touch as an informal mentor for the rest of my programme.",
        "What worked: mentioning something specific they had posted, keeping the first message under a "
        "hundred words, and offering times in their time zone. What did not: the connection request with no "
        "note, which nobody accepted.",
        "Separately, my practicum site finally got its new scanner working, and I spent most of this week on "
        "file naming conventions, which I will write up another time. The capstone proposal is due on the "
        "25th, and I still have two readings for the management class.",
    ], ())

WORKS["ravi-practicum"] = _w(
    RAVI, "/2024/04/20/cataloging-practicum-week-6.html", "article", 1, "Cataloguing practicum, week 6",
    "Ravi Menon", "2024-04-20", [
        "Week six at the historical society. I catalogued forty-two pamphlets this week, most of them from "
        "county fairs between 1910 and 1935, and learned more about local subject headings than I ever "
        "expected to.",
        "The hardest part is deciding how much to describe. My supervisor's rule is 'enough for someone to "
        "decide whether to ask for it', which is a better rule than anything in my textbook.",
        "I also learned that the society's catalogue still runs on a system from 2009 and that exporting MARC "
        "records from it is an adventure. Someone in my Discord study group sent me a script that helped.",
        "Next week: photographs. I am told they are worse.",
    ], ())

WORKS["ravi-discord"] = _w(
    RAVI, "/2024/01/15/discord-study-group.html", "article", 1, "Spring term plans", "Ravi Menon",
    "2024-01-15", [
        "New term, new resolutions. I am taking three classes: information organisation, management, and "
        "digital preservation, plus the practicum at the historical society two days a week.",
        "Five of us from the online cohort started a Discord server for studying together; mostly it is for "
        "sharing notes and complaining about the cataloguing problem sets.",
        "Reading goal: one book a month that has nothing to do with libraries. January is a mystery novel "
        "set in a lighthouse.",
    ], ())

WORKS["ravi-summer"] = _w(
    RAVI, "/2024/05/02/reading-list-summer.html", "article", 0, "Summer reading list", "Ravi Menon",
    "2024-05-02", [
        "Term is over! Here is what I plan to read before the practicum report is due: two novels I was "
        "given for my birthday, a history of the printing press, and a cookbook I will mostly look at.",
        "Suggestions welcome, as long as they are under four hundred pages.",
    ], ())

# --- a retired librarian's blog (Blogger Picture Window) ----------------------------------------

WORKS["stacks-forty"] = _w(
    STACKS, "/2023/01/forty-years-and-still-learning.html", "article", 3, "Forty years and still learning",
    "Dorothy Kessler", "2023-01-14", [
        "People ask me what I miss about working, and the honest answer is the younger librarians. For the "
        "last fifteen years of my career I had at least one or two of them I was, officially or not, "
        "mentoring, and I learned at least as much from them as they did from me.",
        "When I started in 1983 mentoring meant the head of reference taking you to lunch once and telling "
        "you which committee members to avoid. You learned your trade from whoever happened to be in the "
        "building. If you were the only children's librarian in a small town you had nobody at all.",
        "The first thing that changed that for me was the mailing lists. PUBLIB, and later the state list, "
        "meant that a question I typed at my desk in the morning would have six answers by the afternoon "
        "from people I had never met. Some of those people became friends, and two of them, over years of "
        "emails, became what I would now call mentors. They read my grant proposals, talked me out of one "
        "job and into another, and taught me how to run a meeting.",
        "Then came the blogs, and then Twitter. I was slow to it, I admit. It was a young colleague at the "
        "branch who set up my account in 2010 and told me to follow fifty librarians and just read for a "
        "month. I did, and I found the same generosity as on the lists but faster and louder, and much more "
        "open to people who were not yet anybody. The weekly chats were the best of it: a room full of "
        "people at every stage of their careers, answering each other's questions in public.",
        "I tried to do my part. I answered questions from library school students, I shared job postings, I "
        "read cover letters. Several of the people I first 'met' on Twitter I later met in person at "
        "conferences, and a few of them still send me news of their promotions. One of them now runs a "
        "library system bigger than any I ever worked for.",
        "What I tell the young ones now, when they ask, is that the platform does not matter very much. "
        "What matters is showing up regularly, being useful before you ask for anything, and being willing "
        "to say 'I don't know, but I know who does.' That last one is most of what mentoring is.",
        "These days I am mostly on Mastodon (more on that another time) and I still answer questions. I am "
        "retired; I am not finished.",
    ], ("mentoring", "social media"))

WORKS["stacks-listserv"] = _w(
    STACKS, "/2023/02/the-listserv-years.html", "article", 2, "The listserv years", "Dorothy Kessler",
    "2023-02-09", [
        "A reader asked after my last post what the mailing lists were really like. Loud, sometimes rude, "
        "and endlessly useful. There was a digest you could get once a day, and I read it with my coffee the "
        "way other people read the paper.",
        "The best of it was the long answer: someone would ask how to handle a patron complaint about a book "
        "and a director three states away would write five careful paragraphs about how she had handled the "
        "same thing. You could learn a whole career from those posts, and I did. I saved the good ones in a "
        "binder.",
        "The worst of it was the reply-all storms and the flame wars about filtering, which I will not "
        "revisit.",
        "The binder went to the recycling when we moved last spring, along with forty years of conference "
        "programmes and a box of overdue notices I cannot explain.",
    ], ("mentoring", "memories"))

WORKS["stacks-garden"] = _w(
    STACKS, "/2023/03/garden-update.html", "article", 0, "Garden update", "Dorothy Kessler", "2023-03-22", [
        "The snowdrops are up and so are the weeds. Harold built me two raised beds over the winter, which "
        "means I no longer have an excuse about my knees.",
        "This year: tomatoes, beans, and another attempt at asparagus, which a neighbour tells me will be "
        "ready in three years. I will report back in 2026.",
    ], ("garden",))

WORKS["stacks-grandkids"] = _w(
    STACKS, "/2023/04/grandkids-and-the-library.html", "article", 1, "Grandkids and the library",
    "Dorothy Kessler", "2023-04-18", [
        "Took the twins to story time at the new branch on Saturday. The children's room has beanbags shaped "
        "like frogs, and a self-checkout the twins operated better than I did.",
        "The children's librarian is someone I knew as a page twenty years ago; she told me she had read my "
        "posts on the old state mailing list when she was in library school. I nearly cried into the "
        "picture books.",
        "We came home with eleven books, four of them about trucks.",
    ], ("family",))

WORKS["stacks-mastodon"] = _w(
    STACKS, "/2023/06/retired-not-retiring-mastodon.html", "article", 3, "Retired, not retiring: on Mastodon",
    "Dorothy Kessler", "2023-06-30", [
        "As promised: Mastodon. I moved there last winter with a lot of the library people I used to read on "
        "Twitter, and it took me a few weeks to find my feet.",
        "What I like is that the conversations are slower. Someone new to the profession posts a question with "
        "#libraries or #AskALibrarian and the answers come over a day, not a minute, and they are longer. I "
        "have had three library school students send me direct messages asking for advice this spring, which "
        "is three more than I expected at seventy-one.",
        "One of them is starting her first job as a branch manager in September and we now have a standing "
        "video call on the first Monday of the month. She calls it mentoring; I call it talking shop with "
        "someone who still has to.",
        "If you are retired and wondering whether you still have anything to offer: you do. Make an account, "
        "follow a few hashtags, and answer one question a week.",
    ], ("mentoring", "social media"))

WORKS["stacks-weeding"] = _w(
    STACKS, "/2023/08/weeding-my-own-shelves.html", "article", 0, "Weeding my own shelves", "Dorothy Kessler",
    "2023-08-12", [
        "Forty years of telling patrons that weeding is good for a collection, and now I have to do it to my "
        "own. The rule I used at work was: no circulation in five years and it goes. At home the rule is: "
        "Harold has not opened it since 1998.",
        "Three boxes to the Friends' sale, one box to my niece, and one box I could not part with at all.",
    ], ("home",))

# --- an archivist's notebook (Dotclear) ---------------------------------------------------------

WORKS["carnet-public"] = _w(
    CARNET, "/index.php?post/2023/09/12/Learning-in-public-as-an-archivist", "article", 3,
    "Learning in public as an archivist", "Hélène Marchetti", "2023-09-12", [
        "I was the only archivist at a small municipal records office for six years. No colleague down the "
        "hall, no one to ask whether a retention schedule made sense. Everything I learned in those years "
        "about appraisal, about negotiating with departments, about surviving budget meetings, I learned from "
        "archivists I have never met in person.",
        "It started with a blog like this one, where I wrote up problems and asked for help at the end of "
        "each post. Then the Archives and Archivists list, then the archivists' corner of Twitter, and now a "
        "Mastodon server and a Slack for records people. Somewhere along the way several of those voices "
        "turned into mentors: one talked me through my first digital preservation plan over a year of "
        "emails, another reviewed my application for the certification exam.",
        "Learning in public has a cost. You show what you do not know. But for a lone arranger it is often "
        "the only way to get the kind of guidance that colleagues in big institutions get over coffee, and "
        "the people who answer are usually those who were alone once themselves.",
        "So my advice to new archivists who write to me: post your questions, follow the hashtags of your "
        "speciality, answer when you can, and when someone helps you, tell them. That is how these networks "
        "of mentors keep going.",
    ], ("profession", "mentoring"))

WORKS["carnet-slack"] = _w(
    CARNET, "/index.php?post/2023/10/03/The-records-manager-s-Slack", "article", 2,
    "The records managers' Slack", "Hélène Marchetti", "2023-10-03", [
        "A short note for colleagues who asked: the records managers' Slack I mentioned is open to anyone "
        "working with records in local government. There is a channel for new members where experienced "
        "people answer the questions you would be embarrassed to ask your director, and a monthly 'ask me "
        "anything' with a senior records manager.",
        "In other news, our office finally approved the new retention schedule for building permits after "
        "eighteen months of meetings. Permits for demolished structures now go to the archive after ten "
        "years instead of being destroyed, which will please the local historians.",
        "We also begin the move to the new storage facility next month; expect fewer posts.",
    ], ("profession",))

WORKS["carnet-hashtag"] = _w(
    CARNET, "/index.php?post/2023/11/20/Preserving-a-hashtag", "article", 0, "Preserving a hashtag",
    "Hélène Marchetti", "2023-11-20", [
        "The city council asked us this year to keep a record of the public conversation around the flood "
        "of 2022, much of which happened under a single hashtag on Twitter. How do you appraise and preserve "
        "a hashtag?",
        "We captured the posts with a collecting tool while the API still allowed it, kept the JSON as "
        "delivered alongside a rendered copy in WARC, and described the collection at the level of the "
        "hashtag, not of each post. Personal accounts raised privacy questions: we restricted access to "
        "posts from private individuals for twenty-five years.",
        "The network of replies and retweets turned out to be the most interesting part for historians, and "
        "the hardest to keep: a post without the thread around it loses most of its meaning.",
    ], ("digital preservation",))

WORKS["carnet-backlog"] = _w(
    CARNET, "/index.php?post/2024/01/08/Processing-backlog-notes", "article", 1, "Processing backlog notes",
    "Hélène Marchetti", "2024-01-08", [
        "New year, same backlog: 340 linear metres of unprocessed records from the engineering department. "
        "I am trying a minimal processing approach this year, describing at series level first and refining "
        "only what researchers ask for.",
        "A colleague from the Mastodon archivists' group shared her processing plan template, which I have "
        "adapted.",
        "The first forty boxes are done. They are mostly road survey notebooks from the 1950s, beautifully "
        "kept, and mostly about drainage.",
    ], ("processing",))

WORKS["carnet-email"] = _w(
    CARNET, "/index.php?post/2024/02/14/A-mentor-by-email", "article", 2, "A mentor by email",
    "Hélène Marchetti", "2024-02-14", [
        "Today is the tenth anniversary of the first email I received from M., a retired county archivist who "
        "answered a question I had posted on the mailing list about a box of water-damaged minute books.",
        "We have never met. We have exchanged perhaps three hundred emails. She taught me how to write a "
        "deaccession report, how to say no to a mayor, and how to take a holiday. When I was offered my "
        "current job she read the contract before I did.",
        "There is no programme behind this, no formal agreement, no hashtag. Just someone more experienced "
        "who chose to answer a stranger, and kept answering.",
    ], ("mentoring",))

# --- a consortium's news (Textpattern) ----------------------------------------------------------

WORKS["tri-virtual"] = _w(
    TRI, "/news/mentoring-program-goes-virtual", "article", 3, "Staff mentoring program goes virtual",
    "Consortium Office", "2023-08-28", [
        "The consortium's staff mentoring program, which has paired newer and experienced library workers "
        "across our 23 member libraries since 2015, will run entirely online from this fall.",
        "Pairs will be matched in September and will meet by video at least monthly. All participants will "
        "also join a shared channel on the consortium's Microsoft Teams, where mentors post a weekly "
        "question and mentees from different libraries can compare notes. 'Our smaller libraries have one or "
        "two staff,' said program coordinator Lisa Oduya. 'Online, a clerk in a rural branch can have a "
        "mentor in the central library and five peers across the county without anybody driving an hour.'",
        "The program will also trial small group mentoring for supervisors, and a monthly 'open office hour' "
        "where anyone can drop in with a career question for a panel of directors.",
        "Applications for mentors and mentees are open until September 15 on the staff intranet.",
    ], ("professional-development",))

WORKS["tri-minutes"] = _w(
    TRI, "/news/board-minutes-march", "article", 1, "Board meeting highlights: March", "Consortium Office",
    "2024-03-20", [
        "The board approved the FY25 budget, including a 3% increase in the shared ILS contract and a new "
        "delivery route for the northern libraries.",
        "Directors discussed the e-book licensing costs, which have risen 18% in two years, and asked staff "
        "to model a shared collection for audiobooks.",
        "The professional development committee reported that the staff mentoring program has 31 active "
        "pairs and that its online channel is well used.",
        "The next meeting is on April 17 at the Eastfield branch.",
    ], ("board",))

WORKS["tri-courier"] = _w(
    TRI, "/news/courier-schedule-change", "article", 0, "Courier schedule change", "Consortium Office",
    "2024-01-09", [
        "From February 1, the courier will visit the southern route libraries on Tuesdays and Fridays instead "
        "of Mondays and Thursdays. Please have outgoing bins ready by 9 a.m.",
    ], ("operations",))

WORKS["tri-cohort"] = _w(
    TRI, "/news/new-cohort-of-mentors", "article", 1, "Meet the new cohort", "Consortium Office",
    "2023-10-02", [
        "Welcome to the 2023-24 staff development cohort: fourteen library workers from nine member libraries, "
        "chosen for the consortium's leadership course.",
        "Over the year they will complete six workshops on budgeting, supervision and community partnerships, "
        "and each will lead a small project at their home library. Each participant is also paired with a "
        "director from another library as an informal mentor.",
        "Congratulations to all, and thanks to the member libraries that released staff time.",
    ], ("professional-development",))

WORKS["tri-summer"] = _w(
    TRI, "/news/summer-reading-kickoff", "article", 0, "Summer reading kicks off", "Consortium Office",
    "2024-06-03", [
        "Summer reading starts June 10 at all member libraries. This year's theme is 'Adventure Begins at "
        "Your Library', with reading logs, weekly prizes and a finale at the county fair.",
        "Program kits are at the central library for pickup; contact youth services with questions.",
    ], ("youth",))

WORKS["tri-webinars"] = _w(
    TRI, "/news/webinar-series-recap", "article", 2, "Lunchtime webinar series: a recap", "Consortium Office",
    "2024-05-14", [
        "Our spring lunchtime webinar series ended last week after eight sessions and more than 600 "
        "registrations.",
        "The most attended session was 'Building your professional network online', in which three "
        "librarians described how they found mentors and peers through LinkedIn, Mastodon and state "
        "association Slack channels, and what to say in a first message. The recording is on the staff "
        "intranet and has been watched 240 times since.",
        "Other sessions covered grant writing, de-escalation at the service desk, accessible social media "
        "posts for library accounts, and the new state privacy law.",
        "The fall series will be announced in August; send topic ideas to the professional development "
        "committee.",
    ], ("professional-development",))

# --- a Cohost-like site -------------------------------------------------------------------------

WORKS["chost-sam-101"] = _w(
    CHOST, "/libsam/post/1018344-mentorship-is-just", "post", 3, "mentorship is just", "libsam", "2023-03-04", [
        "hot take: most of the mentoring i've had as a librarian happened in group chats and in people's "
        "replies, not in the official mentorship program. the program matched me with someone who met me "
        "twice. the discord matched me with eleven people who answer my questions at 2am",
    ], ("librarianship", "mentorship"))

WORKS["chost-sam-102"] = _w(
    CHOST, "/libsam/post/1020511-desk-shift", "post", 1, "desk shift", "libsam", "2023-03-11", [
        "four hour reference desk shift. two printer jams, one very serious child who needed every book about "
        "sharks, and a patron who wanted help setting up a linkedin profile. would do again",
    ], ("librarianship",))

WORKS["chost-grrl-210"] = _w(
    CHOST, "/archivesgrrl/post/1022007-to-the-new-archivists", "post", 3, "to the new archivists",
    "archivesgrrl", "2023-03-20", [
        "to the new archivists who followed me from the other site: hello! my dms are open for career "
        "questions. i'm mid-career, processing + reference at a university, and i got where i am because "
        "people online answered my questions when i was a grad student. so ask. cover letters, interviews, "
        "whether a job ad is a red flag, what a finding aid should look like",
        "also follow the #archivists tag here, there's a lovely little crowd giving advice",
    ], ("archives", "mentorship"))

WORKS["chost-grrl-211"] = _w(
    CHOST, "/archivesgrrl/post/1022890-acid-free", "post", 0, "acid free", "archivesgrrl", "2023-03-24", [
        "reboxed 80 linear feet today. my hands smell like acid free board and i have never been happier",
    ], ("archives",))

WORKS["chost-sam-105"] = _w(
    CHOST, "/libsam/post/1025562-weeding-discourse", "post", 1, "weeding discourse", "libsam", "2023-04-02", [
        "every year the local paper runs a story about the library 'throwing away books' and every year i "
        "write the same letter to the editor. weeding is collection care! an old mentor of mine kept a "
        "template letter for this exact thing and honestly that was her best advice",
    ], ("librarianship",))

WORKS["chost-grrl-215"] = _w(
    CHOST, "/archivesgrrl/post/1027730-ama-recap", "post", 2, "ama recap", "archivesgrrl", "2023-04-15", [
        "recap of last week's ask-me-anything thread, since a few people asked: the most common questions "
        "were about getting a first job without a second master's degree, whether to take a project "
        "archivist contract, and how to find a mentor when your program doesn't have alumni in archives. my "
        "answer to the last one is: right here, and in the regional archivists' discord",
        "unrelated but our reading room reopens monday with new hours",
    ], ("archives", "mentorship"))

# --- a Quora-like Q&A site ----------------------------------------------------------------------

WORKS["ask-mentor"] = _w(
    ASK, "/How-do-I-find-a-mentor-as-a-new-librarian", "post", 3, "How do I find a mentor as a new librarian?",
    "Marguerite Oyelaran", "2023-05-08", [
        "Answered by Marguerite Oyelaran, Head of Research Services, 22 years in academic libraries.",
        "Honestly, the best mentors I have had I found online, not through a formal programme, so here is "
        "what I would do if I were starting again.",
        "First, pick one or two networks where librarians in your area actually talk. For academic libraries "
        "that is currently Bluesky and Mastodon, plus a couple of Slack workspaces run by professional "
        "associations; for public libraries, Facebook groups are surprisingly active. Follow people a few "
        "years ahead of you, not only the famous ones.",
        "Second, participate. Reply to posts, share what you are working on, join a Twitter-style chat or a "
        "webinar with a live chat. People notice the newcomer who asks good questions.",
        "Third, ask for something small. 'Would you have 20 minutes to talk about how you moved into data "
        "services?' is a request most people will accept. If the conversation goes well, ask whether you "
        "could check in again in a few months. That is how most informal mentoring starts.",
        "Fourth, build a group, not a guru. Several peers at your own level who share job ads, read each "
        "other's cover letters and vent together are worth as much as one senior mentor.",
        "And when it is your turn, answer the next new librarian's message.",
    ], ("Librarianship", "Mentoring"))

WORKS["ask-twitter"] = _w(
    ASK, "/Is-Twitter-still-useful-for-librarians-networking", "post", 2,
    "Is Twitter still useful for librarians' networking?", "Dev Chaudhary", "2024-01-19", [
        "Answered by Dev Chaudhary, public library branch manager.",
        "Less than it was. Around 2012-2019 it was the place where library workers found each other, and a "
        "lot of us got career advice and even jobs from people we met in chats there. Many of those people "
        "have moved to Bluesky, Mastodon or LinkedIn, and the conversations are more scattered now.",
        "For networking specifically I would look at where your professional association is most active, and "
        "follow the people who present at its conferences. For day-to-day news about the profession, "
        "newsletters and a few blogs cover most of what I used to read on Twitter.",
        "If your question is about promoting a library's events, that is a different matter, and your "
        "local audience is probably on Facebook and Instagram.",
    ], ("Librarianship", "Social Media"))

WORKS["ask-agreement"] = _w(
    ASK, "/What-should-I-put-in-a-mentoring-agreement", "post", 1,
    "What should I put in a mentoring agreement?", "Marguerite Oyelaran", "2023-09-30", [
        "Answered by Marguerite Oyelaran.",
        "Keep it to a page. Goals for the year (two or three), how often you will meet and for how long, how "
        "you will contact each other between meetings, what is confidential, and how either of you can end "
        "the arrangement without awkwardness. Review it at six months.",
        "The format matters less than the conversation you have while writing it.",
    ], ("Mentoring",))

WORKS["ask-lms"] = _w(
    ASK, "/What-is-the-best-library-management-system-for-a-small-school", "post", 1,
    "What is the best library management system for a small school?", "Tom Beckworth", "2023-11-02", [
        "Answered by Tom Beckworth, school librarian.",
        "For a single small school I would look at Koha hosted by a support company, or one of the "
        "cloud-based school systems your district may already license. Ask about barcode scanning, "
        "student logins, and whether it can import your existing MARC records.",
        "I asked the same question on a school librarians' Facebook group before we switched, and the "
        "answers from people who had made the move were more useful than any vendor demo.",
    ], ("School Libraries",))

WORKS["ask-gloves"] = _w(
    ASK, "/Why-do-archivists-wear-white-gloves", "post", 0, "Why do archivists wear white gloves?",
    "Ines Falk", "2023-07-14", [
        "Answered by Ines Falk, conservator.",
        "Mostly they don't, any more. Cotton gloves reduce dexterity and make it more likely you tear a page. "
        "Clean, dry hands are recommended for paper. Gloves (nitrile, not cotton) are still used for "
        "photographs, film and metal objects, where skin oils do real damage.",
    ], ("Archives",))

# --- a university repository (DSpace 6 JSPUI) ---------------------------------------------------

CAPSTONE_ABSTRACT = (
    "This capstone project examines how early-career academic librarians use social media and online "
    "professional networks to find mentors and informal career advice. Through a survey of 214 librarians "
    "with fewer than five years of experience and twelve follow-up interviews, it finds that most "
    "respondents had received career guidance from a more experienced colleague they first met on Twitter, "
    "Mastodon, LinkedIn or an association's Slack, and that these relationships were more often peer-based "
    "and group-based than the one-to-one pairs of formal mentoring programmes.")
CAPSTONE_TEXT = (
    "Mentoring at a Distance: Early-Career Librarians and Online Networks",
    "Jordan Hale. MLIS Capstone Project, Northfield University School of Information, 2022.",
    "Abstract. " + CAPSTONE_ABSTRACT,
    "1. Introduction. Formal mentoring programmes in academic libraries reach a minority of new "
    "librarians, and mostly those at large institutions. Yet new librarians report receiving advice on "
    "job searching, promotion and workload from colleagues they have never met in person. This project "
    "asks where that advice comes from and how such relationships form.",
    "2. Method. An online survey was distributed through three mailing lists, two Slack workspaces and "
    "the #libraries and #academiclibrarians hashtags on Mastodon and Bluesky. Interviewees were chosen to "
    "vary by institution type and platform.",
    "3. Findings. 71% of respondents named at least one person met through an online network as a source "
    "of career guidance; 38% described one such person as a mentor. Relationships typically began with a "
    "public exchange (a reply to a question, a shared resource) and moved to direct messages, email or "
    "video calls. Interviewees valued group spaces such as Slack channels and Discord servers for peer "
    "mentoring and 'low-stakes' questions, and reserved one-to-one contact for sensitive matters.",
    "4. Discussion. Online networks widen access to mentoring for librarians at small institutions, but "
    "favour those already confident in public professional conversation. Programmes could use these "
    "networks deliberately: seeding group channels, hosting regular chats, and training mentors to move "
    "conversations to private channels when needed.",
    "5. Conclusion. For many early-career librarians, mentoring is no longer a single relationship but a "
    "personal learning network of peers and more experienced colleagues reached through social media.")

SURVEY_ABSTRACT = (
    "Report of a 2023 survey of 168 archivists and records managers in the region about their professional "
    "development. Respondents' main sources of continuing learning were webinars (81%), mailing lists (64%), "
    "and colleagues in other institutions (59%). Thirty-nine percent took part in peer mentoring, most often "
    "through an online group; lone arrangers were twice as likely as others to rely on social media for "
    "advice. The report also covers training budgets, certification and conference attendance.")
SURVEY_TEXT = (
    "Continuing Professional Development of Archivists in the Region: Survey Report 2023",
    "Regional Archives Network Working Group on Education. Northfield University Libraries, 2023.",
    "Summary. " + SURVEY_ABSTRACT,
    "Training budgets. Median individual training budgets were $350 a year; 22% of respondents had none. "
    "Most paid for at least one webinar or course themselves.",
    "Conference attendance. 46% attended a regional meeting in person in the last two years, 18% a "
    "national one. Travel cost was the main obstacle.",
    "Peer mentoring and online networks. 39% took part in peer mentoring, and of these 72% did so through "
    "an online group: the regional Discord server, a Slack workspace, or a mailing list. Lone arrangers "
    "relied on social media and list members for advice on appraisal, digital preservation and "
    "workplace problems more than any other group. Respondents asked the Network to organise facilitated "
    "online mentoring groups and to keep recordings of webinars.",
    "Certification. 27% hold the certified archivist credential; a further 11% plan to sit the exam.",
    "Recommendations. Keep webinars free; pilot a facilitated online mentoring circle; publish a list of "
    "online communities for new archivists; survey again in 2026.")

WORKS["repo-capstone"] = _w(
    REPO, "/jspui/handle/10123/481", "document", 3,
    "Mentoring at a distance: early-career librarians and online networks", "Hale, Jordan", "2022-05-10",
    [CAPSTONE_ABSTRACT], ("Mentoring", "Social media", "Academic librarians"))
WORKS["repo-capstone-pdf"] = _w(
    REPO, "/jspui/bitstream/10123/481/1/Hale_MLIS_capstone_2022.pdf", "document", 3,
    "Mentoring at a distance: early-career librarians and online networks", "Hale, Jordan", "2022-05-10",
    CAPSTONE_TEXT)
WORKS["repo-survey"] = _w(
    REPO, "/jspui/handle/10123/502", "document", 2,
    "Continuing professional development of archivists in the region: survey report 2023",
    "Regional Archives Network", "2023-11-01", [SURVEY_ABSTRACT], ("Archivists", "Professional development"))
WORKS["repo-survey-pdf"] = _w(
    REPO, "/jspui/bitstream/10123/502/1/cpd-survey-report-2023.pdf", "document", 2,
    "Continuing professional development of archivists in the region: survey report 2023",
    "Regional Archives Network", "2023-11-01", SURVEY_TEXT)
WORKS["repo-digitization"] = _w(
    REPO, "/jspui/handle/10123/517", "document", 0,
    "A digitization workflow for fragile bound newspapers", "Okafor, Chinwe; Lind, Per", "2023-02-14", [
        "Describes the workflow adopted by Northfield University Libraries for digitizing 1,900 volumes of "
        "bound regional newspapers (1871-1940): condition survey, cradle-based capture at 400 ppi, OCR with "
        "manual correction of headlines, and METS/ALTO packaging for the state newspaper portal. Throughput "
        "and costs over two years are reported."], ("Digitization", "Newspapers"))

# --- a Persée-like journal portal ---------------------------------------------------------------

WORKS["revues-reseaux"] = _w(
    REVUES, "/doc/ripb_2021_num_9_1_1101", "journal-article", 3,
    "Informal mentoring in online networks: how library and archive professionals learn from one another",
    "Claire Aubertin", "2021", [
        "Abstract. Drawing on forty interviews with librarians, archivists and documentalists in France, "
        "Belgium and Quebec, this article describes how information professionals use social media and "
        "online networks as spaces of informal mentoring and continuing professional learning. It argues "
        "that these networks have displaced, without replacing, the institutional forms of mentoring, and "
        "that they redistribute professional knowledge in ways that favour some groups over others.",
        "Introduction. The professional socialisation of librarians and archivists has long relied on "
        "transmission within the institution: the senior colleague who shows a newcomer how a catalogue is "
        "really kept, the director who advises on a first competitive examination, the study days of a "
        "professional association. Since the late 2000s, a growing part of this transmission happens "
        "elsewhere, in mailing lists, professional blogs, Twitter conversations, and more recently on "
        "Mastodon, LinkedIn and in chat workspaces. The literature on personal learning networks has "
        "described these practices among teachers; they remain little studied among information "
        "professionals, particularly outside the English-speaking world.",
        "Method. Between 2018 and 2020 we interviewed forty professionals: twenty-two librarians in public "
        "and academic libraries, eleven archivists, and seven documentalists in companies and public bodies. "
        "Participants were recruited through three professional mailing lists and through the hashtags used "
        "by French-speaking librarians on Twitter. Interviews lasted about an hour and covered participants' "
        "careers, the people they considered to have guided them, and the online spaces they used to learn "
        "about their work. We also collected, with consent, examples of exchanges participants considered "
        "formative.",
        "Finding a guide outside the institution. Almost all participants described at least one "
        "relationship with a more experienced colleague, met online, whom they would call a mentor or a "
        "'reference'. These relationships rarely began with a request for mentoring. They began with a "
        "public question about a cataloguing rule, a competitive examination, a difficult reader, and with "
        "an answer that was generous, precise and often followed by a private message. Several participants "
        "preparing the national competitive examinations for librarians described being coached entirely by "
        "people met on Twitter, who corrected their written exercises by email and organised mock oral "
        "examinations by video.",
        "Groups more than pairs. A second finding is the importance of groups. Participants described "
        "collective spaces, a mailing list for lone documentalists, a private Facebook group for young "
        "archivists, a Discord server for students of an information science programme, as places where "
        "advice circulates among peers at the same stage, with occasional interventions by older "
        "colleagues. These spaces function as peer mentoring: members compare salaries and job offers, share "
        "preparation materials, and sustain one another through isolation or conflict at work.",
        "Learning the profession in public. Participants who were themselves active on social media spoke "
        "of 'learning in public': writing threads or blog posts about what they were discovering, and "
        "receiving corrections and suggestions in return. For them, the network is a personal learning "
        "network in the full sense, a set of people, tools and habits through which they keep their "
        "knowledge of the profession current. Webinars, conference live-tweeting and shared reading lists "
        "complete the picture.",
        "Three trajectories. The interviews suggest three typical trajectories. The first is that of the "
        "newcomer who discovers the professional conversation online while still a student, follows the "
        "people whose posts seem most useful, and gradually becomes a participant; for her, the network "
        "precedes the first job and shapes the choice of speciality. The second is that of the isolated "
        "professional, often a lone documentalist or the only archivist of a small town, who turns to "
        "mailing lists and social media out of necessity and finds there the colleagues the workplace does "
        "not provide. The third is that of the experienced professional who, having benefited from such "
        "help, takes on the role of adviser: answering questions, relaying job offers, reading application "
        "files. Several participants moved from the first or second trajectory to the third within a few "
        "years.",
        "What is transmitted. The content of this informal mentoring is broad. Participants mentioned "
        "technical knowledge (cataloguing rules, retention schedules, software), strategic knowledge (how to "
        "prepare an examination, which posts to apply for, how to negotiate a transfer), and what one "
        "archivist called 'the unwritten rules': how to speak to elected officials, how to refuse a request "
        "without offending, how to protect one's time. The last kind of knowledge, traditionally passed on "
        "inside institutions, is precisely what isolated professionals lack, and what they value most in "
        "their online contacts.",
        "Unequal access. These networks are not open to everyone on equal terms. Participants in small "
        "towns and in lone positions benefit most from them, which confirms their value; but those who are "
        "not comfortable writing in public, who work in institutions suspicious of social media, or who do "
        "not master the codes of the professional conversation, remain on the margins. Several archivists "
        "noted that their colleagues in records management were almost absent from the networks, and so "
        "from the informal mentoring they carry. The move away from Twitter after 2022 scattered the "
        "conversation over several platforms, and some participants lost contacts they had relied on for "
        "years.",
        "Conclusion. Informal mentoring in online networks is now a major channel of professional learning "
        "for librarians and archivists. Professional associations and training institutions would gain by "
        "recognising it: by hosting open spaces for questions, by encouraging experienced professionals to "
        "answer, and by helping newcomers to find these spaces rather than leaving this to chance.",
    ], ())

WORKS["revues-catalogues"] = _w(
    REVUES, "/doc/ripb_2021_num_9_1_1102", "journal-article", 1,
    "Retrospective conversion of card catalogues in municipal libraries, 1985-2005", "Paul Vasseur", "2021", [
        "Abstract. This article traces the retrospective conversion of card catalogues in a sample of "
        "sixty municipal libraries between 1985 and 2005, from early subcontracted keying to shared "
        "cataloguing through national bibliographic networks.",
        "Most conversions were funded by the state and carried out in a few years; smaller libraries "
        "often relied on volunteers and temporary staff. Librarians interviewed recalled the help of "
        "colleagues in neighbouring towns and, later, of professional mailing lists, which served as an "
        "informal school for a generation of cataloguers.",
        "The article concludes on the quality of the converted records and the lasting effects of "
        "conversion choices on today's catalogues.",
    ], ())

WORKS["revues-reliure"] = _w(
    REVUES, "/doc/ripb_2021_num_9_1_1103", "journal-article", 0,
    "The bookbinding workshop of the municipal library of Tours, 1890-1939", "Anne-Sophie Rey", "2021", [
        "Abstract. From the archives of the municipal library of Tours, this article reconstructs the "
        "activity of its bookbinding workshop between 1890 and 1939: staff, materials, volumes bound and "
        "the tensions between conservation and economy that shaped its work.",
        "The workshop bound up to four thousand volumes a year at its peak, in half-leather for the "
        "reference collections and in cloth for lending. Its closure in 1939 left a large backlog that the "
        "library took two decades to absorb.",
    ], ())

WORKS["revues-formation"] = _w(
    REVUES, "/doc/ripb_2022_num_10_1_1150", "journal-article", 2,
    "Continuing education for documentalists: webinars, MOOCs and peer networks", "Malik Benali", "2022", [
        "Abstract. This article reviews the continuing education of documentalists in French companies and "
        "public bodies between 2015 and 2021, based on a questionnaire (n = 312) and training catalogues.",
        "Formal training declined over the period, while self-directed learning grew: webinars offered by "
        "vendors and associations, MOOCs on data management, and exchanges among peers. Forty-four percent of "
        "respondents belonged to an online professional group, most often on LinkedIn or a mailing list, "
        "which they described as their main source of advice from more experienced colleagues; many had "
        "found informal mentors there after changing employer.",
        "The article discusses employers' reluctance to count such learning as training time, and the "
        "costs of certification.",
    ], ())

WORKS["revues-prets"] = _w(
    REVUES, "/doc/ripb_2022_num_10_1_1151", "journal-article", 1,
    "Lending statistics in academic libraries after the pandemic", "Julie Ferrand", "2022", [
        "Abstract. Using national statistics for 2018-2022, this article measures the fall and partial "
        "recovery of print lending in academic libraries and the rise of electronic resource use.",
        "Print loans fell by 61% in 2020 and had recovered to 78% of their 2019 level by 2022. Electronic "
        "resource downloads rose by a third. The article discusses collection policy consequences, and notes "
        "in passing that library staff exchanged much of their practical knowledge during closures through "
        "online professional groups.",
    ], ())

# --- LibCal events ------------------------------------------------------------------------------

WORKS["cal-webinar"] = _w(
    CAL, "/event/11204501", "post", 3, "Webinar: Building Your Professional Learning Network on Social Media",
    "Professional Development Office", "2024-04-10", [
        "For library staff at all levels. Where do librarians go to ask questions, find mentors and keep "
        "learning between conferences? In this one-hour webinar, three library workers share how they built "
        "professional learning networks on Mastodon, Bluesky, LinkedIn and Slack communities: how to find "
        "the right people and hashtags, how to join chats and ask for advice, how to turn an online "
        "connection into an informal mentoring relationship, and how to become a mentor yourself.",
        "The session includes 15 minutes of questions and will be recorded. Registration required; a link "
        "will be emailed the day before.",
    ], ("Professional Development",))

WORKS["cal-circle"] = _w(
    CAL, "/event/11204502", "post", 2, "New Librarians' Peer Mentoring Circle (Online)",
    "Professional Development Office", "2024-04-17", [
        "A monthly online meeting for library staff in their first five years. Bring a question, a success "
        "or a frustration; a senior librarian facilitates.",
        "Between meetings the circle keeps in touch on a Teams channel. This month: preparing for annual "
        "reviews. Please note the room number in the staff calendar is for the facilitator only; the meeting "
        "itself is on Zoom.",
    ], ("Professional Development",))

WORKS["cal-resume"] = _w(
    CAL, "/event/11204503", "post", 1, "Resume Review Drop-In", "Adult Services", "2024-04-20", [
        "Get one-on-one feedback on your resume and cover letter from a career librarian. Bring a printed "
        "copy or a file on a USB stick. We can also help you update your LinkedIn profile. First come, first "
        "served.",
    ], ("Jobs & Careers",))

WORKS["cal-tax"] = _w(
    CAL, "/event/11204504", "post", 0, "Free Tax Help", "Adult Services", "2024-03-02", [
        "IRS-certified volunteers help with basic federal and state returns. Bring photo ID, Social Security "
        "cards and all tax documents. Appointments recommended.",
    ], ("Jobs & Careers",))

WORKS["cal-lego"] = _w(
    CAL, "/event/11204505", "post", 0, "LEGO Build Club", "Youth Services", "2024-04-13", [
        "Kids ages 6-12 build to a monthly theme. This month: bridges. All LEGO provided; creations go on "
        "display in the children's room.",
    ], ("Kids",))

# --- the pages that are not works (grade 0) -----------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (WIKI, "/", "home"), (WIKI, "/handbook/", "listing"), (WIKI, "/tags/online-networks/", "tag"),
    (WIKI, "/about/", "about"), (WIKI, "/handbook/old-faq/", "error"),
    (RAVI, "/", "home"), (RAVI, "/about.html", "about"), (RAVI, "/archive.html", "listing"),
    (STACKS, "/", "home"), (STACKS, "/search/label/mentoring", "tag"), (STACKS, "/search?q=mastodon", "search"),
    (STACKS, "/p/about.html", "about"), (STACKS, "/2023/", "listing"),
    (STACKS, "/2022/11/library-school-reunion.html", "error"),
    (CARNET, "/", "home"), (CARNET, "/index.php?category/Profession", "category"),
    (CARNET, "/index.php?tag/mentoring", "tag"), (CARNET, "/index.php?archive/2023/10", "listing"),
    (CARNET, "/index.php?q=mentor", "search"), (CARNET, "/index.php?contact", "contact"),
    (CARNET, "/index.php?post/2022/05/01/Study-day", "error"),
    (TRI, "/", "home"), (TRI, "/news/", "listing"), (TRI, "/news/?c=professional-development", "category"),
    (TRI, "/?q=mentoring", "search"), (TRI, "/about", "about"), (TRI, "/contact", "contact"),
    (CHOST, "/", "home"), (CHOST, "/libsam", "profile"), (CHOST, "/archivesgrrl", "profile"),
    (CHOST, "/rc/tagged/mentorship", "tag"), (CHOST, "/libsam/post/1015001-old-job-thread", "error"),
    (ASK, "/", "home"), (ASK, "/topic/Librarianship", "category"), (ASK, "/profile/Marguerite-Oyelaran", "profile"),
    (ASK, "/search?q=mentor", "search"),
    (REPO, "/jspui/", "home"), (REPO, "/jspui/handle/10123/1", "listing"),
    (REPO, "/jspui/browse?type=subject&value=Mentoring", "category"),
    (REPO, "/jspui/simple-search?query=mentoring", "search"), (REPO, "/jspui/handle/10123/999", "error"),
    (REVUES, "/", "home"), (REVUES, "/collection/ripb", "listing"), (REVUES, "/issue/ripb_2021_num_9_1", "listing"),
    (REVUES, "/authority/208114", "profile"), (REVUES, "/search?q=mentorat", "search"),
    (REVUES, "/about", "about"),
    (CAL, "/", "home"), (CAL, "/calendar?cid=8812&t=d&d=0000-00-00&cal=8812&ct=41", "category"),
    (CAL, "/calendar?cid=8812&t=d&q=mentoring", "search"),
]
