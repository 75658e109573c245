"""Web 14's texts and labels, written before its pages were built.

``WORKS``: key -> :class:`Work` (host, path, kind, grade, title, author,
date, paragraphs); ``OTHER``: ``(host, path, kind)`` of every page that is
not a work (graded 0). Grades: 3 about the topic throughout, 2 about it in
good part, 1 a passing mention, 0 nothing.
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


HUGO = "stacksandsea.example"      # Hugo Mainroad: a retired reference librarian's blog
HESTIA = "lianet.example"          # WordPress Hestia: a regional library association
FLUX = "backroom.example"          # FluxBB: a library workers' forum
PIX = "pix.example"                # Pixelfed: an archivist's photo posts
WILEY = "jils.example"             # a Wiley-like journal
BEEHIIV = "shelfnotes.example"     # Beehiiv: a library software vendor's newsletter
LIBSYN = "catalogued.example"      # Libsyn: a podcast of two archivists
CANVAS = "learn.ischool.example"   # Canvas: a library school's public course
KNOWN = "lena.example"             # Known: a library-school student's site
ACAD = "acad.example"              # an Academia.edu-like paper site

W = Work
WORKS: dict[str, Work] = {
    # --- Hugo Mainroad: a retiree ---------------------------------------------------------------------
    "hugo-forty-years": W(HUGO, "/posts/forty-years-of-asking-for-help/", "article", 3,
        "Forty years of asking for help", "Margaret Ellery", "2024-03-11", (
        "When I started at the county library in 1984, asking for help meant walking down a corridor and knocking "
        "on the door of the one person who had been there longer than you. Mrs. Danvers, who ran interlibrary loan, "
        "took me under her wing for no reason I ever understood, and for six years she was the person I brought my "
        "worst mistakes to. We did not call it mentoring. We called it having coffee.",
        "Now that I have time to think about such things, I keep noticing how the coffee has moved. It moved first "
        "onto the listservs. PUBLIB and LIBREF-L were, for a young reference librarian in a small system, a window "
        "onto a room full of people who knew more than I did. I lurked for a year before I posted, and when I "
        "finally asked how other libraries handled a patron who wanted us to do his tax research, three people "
        "wrote back to me privately. One of them, a woman in Ohio, kept writing to me for a decade.",
        "Then the blogs came, and with them a kind of apprenticeship by reading. I learned more about running a "
        "reference desk from a handful of librarian bloggers around 2006 than from any workshop my employer paid "
        "for. You read someone for long enough and you start to argue with them in your head, and then in their "
        "comments, and then one day they ask what you think.",
        "Twitter was the loudest version of this. I was late to it, and sceptical, but the weekly chats under a "
        "shared hashtag turned out to be the closest thing to that corridor I had found in years. An hour, a "
        "moderator, six questions, and two hundred librarians answering each other at once. Young colleagues "
        "would ask how to negotiate a first salary or whether to take a job in a prison library, and people with "
        "thirty years behind them would answer, in public, with their names on it.",
        "What I noticed, and what I want to write down before I forget it, is that the good advice rarely came "
        "from the people who announced themselves as mentors. It came from the people who answered the small "
        "question properly and then, a week later, asked how it went. That follow-up is the whole thing. Social "
        "media made the first answer cheap; it did not make the follow-up any cheaper.",
        "I was asked, when I retired, whether I would join a formal mentoring programme through the state "
        "association. I did, and I was paired with a branch manager three hundred miles away. We meet on video "
        "once a month, and in between she sends me messages on Signal that begin with the word 'quick' and are "
        "never quick. I like it. It is Mrs. Danvers's coffee with worse biscuits.",
        "The younger people I talk to now are on Mastodon and Bluesky, or in Discord servers whose names I cannot "
        "keep straight, and they seem to be doing the same thing we did on the listservs: finding the two or "
        "three people whose judgment they trust and then asking them everything. Some of them call it a personal "
        "learning network. I think that is a fine name, as long as nobody forgets that a network is only as good "
        "as the people in it who bother to write back.",
        "It is worth saying what did not work, too. In the early 2010s our system bought into a scheme in which "
        "every new hire was assigned a mentor from a list, by a manager, with a form to be filled in after each "
        "meeting. The forms were filled in. Nobody learned anything. The pairs had nothing in common except the "
        "list, and the form made every conversation feel like an appraisal. Meanwhile the same new hires were "
        "quietly getting real advice from people they had chosen themselves, on the listservs and later on "
        "Twitter, people they could be honest with because those people had no say over their jobs.",
        "I also watched the online spaces go sour more than once. A chat that was generous for three years would "
        "fill up with people selling things, or a single loud voice would make newcomers afraid to ask anything "
        "basic. The ones that lasted had moderators who were willing to be unpopular, and regulars who made a "
        "point of answering the first-time posters before the interesting arguments. I learned from those "
        "regulars how to run a meeting, incidentally. The same habits work in a room.",
        "There is a generational worry I hear from my contemporaries, that the young ones are 'only online' and "
        "do not know how to be mentored properly. I do not share it. When I was twenty-five, my network was "
        "whoever happened to work in my building and whoever I met at the state conference once a year. The "
        "branch manager I advise now has people in four countries she can ask about a difficult board meeting, "
        "and she asks them. She also asks me. Her network is wider than mine ever was, and it is no shallower, "
        "because she has put the work into the few relationships that matter.",
        "What the platforms cannot do is decide for you whom to trust. I tell her, and anyone else who asks, to "
        "watch how a person answers questions that are not about them, for a good long while, before asking "
        "them anything that matters. That was true in the corridor in 1984 and it is true on Bluesky.",
        "If I have advice for the people starting now, it is this. Ask in public so others can learn from the "
        "answer, but thank in private so the person knows it mattered. Follow people who disagree with each other. "
        "And when you have been in the profession long enough that someone asks you the small question, answer it "
        "properly, and then ask how it went.",
    )),
    "hugo-mastodon-year": W(HUGO, "/posts/a-year-on-mastodon/", "article", 3,
        "A year on Mastodon", "Margaret Ellery", "2024-11-02", (
        "A year ago I left the bird site and set up an account on a small Mastodon server run by a group of "
        "librarians. A short report, since a former colleague asked.",
        "The GLAM hashtags are slower than the old chats but kinder. When a young cataloguer asked last spring "
        "whether she should take a job in a law library, eleven people answered, and two of them offered to "
        "talk on the phone. I was one of them. We still talk.",
        "I follow about two hundred people and I learn something most mornings. That is all I ever wanted from it.",
    )),
    "hugo-reference-retirees": W(HUGO, "/posts/what-retired-librarians-are-for/", "article", 2,
        "What retired librarians are for", "Margaret Ellery", "2023-09-19", (
        "My neighbour asked me what retired librarians do all day, and the honest answer is that we garden, we "
        "read, and we complain about the catalogue we no longer have to use. This summer the tomatoes failed and "
        "the beans did not, and I have read everything Barbara Pym wrote, some of it twice.",
        "But I also answer questions. Three or four times a month someone who used to work for me, or someone "
        "who found me through the association's directory of retired members willing to advise, writes with a "
        "problem. A budget hearing. A difficult board member. Whether to apply for the director's job. Most of "
        "it happens by email, some of it in the comments on this blog, and one young man rings me every few "
        "weeks from the car park before his shift.",
        "I think there is a quiet job here that nobody has quite named: being the person a newer colleague can "
        "ask without it going on their record. The association is trying to formalise it, with an online sign-up "
        "and a matching form. I filled it in. I put 'anything but cataloguing' under areas of expertise.",
        "The beans, for the record, were Blue Lake, and I will plant them again.",
    )),
    "hugo-weeding": W(HUGO, "/posts/weeding-my-own-shelves/", "article", 1,
        "Weeding my own shelves", "Margaret Ellery", "2024-01-08", (
        "Forty years of telling patrons that a book is not a friend, and I cannot get rid of a single one of mine. "
        "I have started applying the CREW method to my own living room, with mixed results.",
        "Anything I have not opened in five years goes in a box. Anything with a broken spine and no sentimental "
        "value goes in the recycling. Anything a former colleague gave me stays, which is most of the poetry, and "
        "a few volumes a woman I used to write to on a library mailing list sent me when she retired.",
        "The result so far is two boxes for the Friends' sale and a great deal of dust. I regret nothing.",
    )),
    "hugo-ferry": W(HUGO, "/posts/the-winter-ferry/", "article", 0,
        "The winter ferry", "Margaret Ellery", "2024-02-14", (
        "The ferry to the island runs twice a day in winter, and on Tuesdays the bookmobile goes with it. I rode "
        "along last week for old times' sake. The driver, who has done the route for nineteen years, keeps a "
        "list of who wants large print and who wants westerns and does not need to look at it.",
        "The crossing was grey and rough. A woman returned eleven mysteries and took eleven more. Nobody asked "
        "about the internet.",
    )),
    "hugo-networks": W(HUGO, "/posts/the-network-is-down/", "article", 0,
        "The network is down", "Margaret Ellery", "2023-06-30", (
        "Our town's broadband went out for three days this month and the library, of course, became the only "
        "place with a working connection, thanks to a satellite link the county installed after the floods. "
        "The network closet I used to guard with my life is now a cupboard full of blinking boxes that I do not "
        "understand.",
        "The queue for the public computers went round the building. People printed boarding passes, filed "
        "benefit claims and, in one case, submitted a thesis. Somebody should write down how often libraries "
        "are the infrastructure of last resort.",
    )),

    # --- WordPress Hestia: a regional association --------------------------------------------------------
    "hestia-mentor-programme": W(HESTIA, "/2025/02/03/mentoring-programme-goes-online/", "article", 3,
        "Association's mentoring programme goes online for 2025", "Communications Team", "2025-02-03", (
        "The Lakeland Information Association is relaunching its mentoring programme this spring, and for the "
        "first time every part of it will run online, so that members in rural branches and one-person libraries "
        "can take part without a day's drive to the city.",
        "Applicants will be matched in March. Each pair agrees its own rhythm, but the programme asks for at "
        "least one video call a month for nine months. Between calls, mentors and mentees are invited to a "
        "members-only Slack workspace, with channels for early-career staff, for people moving into management "
        "and for archivists and records managers, who asked for a space of their own.",
        "\"Last year's pilot showed us that a lot of the learning happens between the meetings,\" said the "
        "programme's coordinator, Priya Nandakumar, a branch manager in Hollin. \"Someone asks a question in a "
        "channel at nine at night and by the morning they have answers from three people who have faced the "
        "same thing. The formal pairs are the spine, but the group is where people find their second and third "
        "mentors.\"",
        "The programme will also host a group mentoring circle each quarter, on a topic chosen by participants. "
        "The first, in April, is on moving from a paraprofessional role into a qualified post.",
        "Experienced members who would like to mentor are asked to sign up through the members' area by 28 "
        "February. No particular seniority is required: the coordinators are keen to hear from people five or "
        "six years into their careers, who often remember the first years best.",
    )),
    "hestia-conference": W(HESTIA, "/2024/10/14/autumn-conference-round-up/", "article", 2,
        "Autumn conference round-up", "Communications Team", "2024-10-14", (
        "More than two hundred members came to Hollin for this year's autumn conference, the largest turnout "
        "since 2019. Thank you to our hosts at the Civic Library and to everyone who volunteered.",
        "The keynote, on the future of local studies collections, drew a full house and a long queue at the "
        "microphone afterwards. Slides are available in the members' area.",
        "The session that generated most conversation, though, was the afternoon panel on learning from peers "
        "online. Four members described how they had built their careers with help from people they first met "
        "on social media: a school librarian who found her first mentor through a Twitter chat, an archivist "
        "who runs a Discord server for records managers, and a systems librarian who said he had learned more "
        "from a Mastodon thread than from his degree. The panel agreed that the association could do more to "
        "connect newer members with experienced ones, and several attendees signed up for the mentoring "
        "programme on the spot.",
        "Next year's conference will be held in Marrow Bay on 9-10 October. The call for proposals opens in May.",
    )),
    "hestia-board": W(HESTIA, "/2024/06/20/new-board-members-elected/", "article", 1,
        "New board members elected", "Communications Team", "2024-06-20", (
        "Members have elected three new trustees to the association's board: Deborah Quayle of Marrow Bay "
        "Libraries, Tomasz Wilk of the University of Hollin and Sunita Rao of the County Record Office.",
        "Deborah has spent twenty years in public libraries and chairs the county's reader development group. "
        "Tomasz leads the university's research data service. Sunita, an archivist, has run the association's "
        "LinkedIn group for early-career members for the past two years.",
        "The board thanks outgoing trustees Alan Birch and Fiona Mackie for their service.",
    )),
    "hestia-advocacy": W(HESTIA, "/2024/03/05/budget-consultation-response/", "article", 0,
        "Our response to the county budget consultation", "Communications Team", "2024-03-05", (
        "The association has submitted its response to the county council's budget consultation, which proposes "
        "reducing opening hours at eleven branch libraries and closing two.",
        "Our response sets out the evidence on library use in the affected areas, the statutory duty to provide "
        "a comprehensive and efficient service, and the costs that closures shift onto other services. We urge "
        "members to respond individually before the consultation closes on 31 March.",
    )),
    "hestia-webinars": W(HESTIA, "/2024/09/02/autumn-webinar-series/", "article", 2,
        "Autumn webinar series announced", "Communications Team", "2024-09-02", (
        "Our autumn webinars are free to members and run on Thursday lunchtimes.",
        "The series opens with 'Your network is your CPD', in which two members show how they keep their skills "
        "current through the people they follow on Bluesky and Mastodon, the mailing lists worth staying on, and "
        "the small group chats where they ask the questions they would not ask in a meeting. They will share "
        "how they decide who to learn from and how to give back once you have been around a while.",
        "Later sessions cover copyright for digitisation projects, accessible PDFs, and writing a successful "
        "grant application. Recordings will be added to the members' area.",
    )),
    "hestia-award": W(HESTIA, "/2024/11/28/library-of-the-year-shortlist/", "article", 0,
        "Library of the Year shortlist", "Communications Team", "2024-11-28", (
        "Five libraries have been shortlisted for this year's Library of the Year award: Hollin Civic Library, "
        "Marrow Bay Central, Fenwick Community Library, the Brindle Primary School library and the County "
        "Record Office search room.",
        "The judges praised the entries' work with young people, their partnerships with local health services "
        "and, in Fenwick's case, a volunteer-led repair café. The winner will be announced at the winter reception.",
    )),

    # --- FluxBB: a forum -----------------------------------------------------------------------------------
    "flux-find-mentor": W(FLUX, "/viewtopic.php?id=412", "post", 3,
        "New archivist, no one to ask. How did you find a mentor?", "quillon", "2024-05-12", (
        "I'm six months into my first archives job and I'm the only archivist at a small historical society. "
        "My director is lovely but not an archivist. I have no one to ask whether I'm doing things right. How "
        "did you all find mentors? Is it weird to just message someone?",
        "Reply from hollis_b: Not weird at all. I found mine by replying to her posts on Mastodon for about "
        "six months and then asking if she'd do a call. Also check whether your regional archives group runs "
        "a mentoring scheme, a lot of them do it online now.",
        "Reply from quillon: I didn't know the regional group did that, thanks. Which server are the archives "
        "people on?",
        "Reply from thistledown: There's a Discord for lone arrangers, I'll PM you the invite. Half the people "
        "in it are solo archivists and the channel where people post 'is this normal?' questions is the most "
        "useful thing I've found in ten years. Peer mentoring beats waiting for a senior person to adopt you.",
        "Reply from hollis_b: Seconding the Discord. And the archives listserv is still worth reading even if "
        "you never post.",
    )),
    "flux-burnout": W(FLUX, "/viewtopic.php?id=398", "post", 2,
        "Burnt out after three years on the reference desk", "marginalia", "2024-03-02", (
        "Not sure this is the right board. Three years on a busy city reference desk and I'm done. Security "
        "incidents every week, no support from management. I love the work itself but I'm not sleeping.",
        "Reply from thistledown: Take the leave you're owed, first of all. Then, honestly, find people outside "
        "your building to talk to. I was in the same place in 2019 and what got me through was a group chat "
        "with four other librarians I met through a union training day. We still talk every week. They told "
        "me when I was being unreasonable and when my employer was.",
        "Reply from marginalia: I don't really know anyone outside work.",
        "Reply from hollis_b: There's a Slack for public library workers that has a whole channel for this. "
        "People ask about changing sectors, about going part time, about whether a job ad is a red flag. Some "
        "of the older members there will do a call if you ask.",
        "Reply from marginalia: Thanks all. Booked a doctor's appointment and I'll look at the Slack.",
    )),
    "flux-mastodon-bluesky": W(FLUX, "/viewtopic.php?id=455", "post", 3,
        "Mastodon or Bluesky for library people in 2025?", "ferrule", "2025-01-19", (
        "I left Twitter and I miss the library chats. Where did everyone go? I mostly want somewhere to learn "
        "from people further along than me and to ask career questions without it being on LinkedIn.",
        "Reply from hollis_b: Mastodon for archives and digital preservation, no question. The GLAM people "
        "settled there early. Follow the hashtags, not just people.",
        "Reply from quillon: Bluesky has more of the public and school librarians. Someone made a starter pack "
        "of library workers and it's a good way in. I got a mentor-ish relationship going with a branch manager "
        "there who answers every question I ask.",
        "Reply from thistledown: Both, plus one Discord. The platform matters less than finding five people "
        "who reply. Lurk, then answer something, then ask something.",
    )),
    "flux-jobs": W(FLUX, "/viewtopic.php?id=430", "post", 1,
        "Job ad salary ranges thread (2024)", "ferrule", "2024-08-07", (
        "Let's collect salary ranges from job ads we've seen this year, to help people negotiate. Post role, "
        "sector, region and range.",
        "Reply from hollis_b: Archivist, university, north, 31-35k. Graduate trainee, county record office, "
        "24k. Someone on the mentoring Slack said the record office one is negotiable if you ask.",
        "Reply from marginalia: Library assistant, public, city, 22.5k. Not negotiable, believe me.",
        "Reply from quillon: Digital archivist, charity, remote, 34k plus pension.",
    )),
    "flux-ils": W(FLUX, "/viewtopic.php?id=401", "post", 0,
        "ILS migration horror stories", "quillon", "2024-03-20", (
        "We go live on the new ILS in three weeks. Tell me it will be fine. Tell me the patron records will "
        "come across. Tell me about your migrations.",
        "Reply from thistledown: Our holds queue came across in reverse order. Check your holds.",
        "Reply from ferrule: Ours lost every item note containing an ampersand. Check your ampersands.",
    )),
    "flux-patron-social": W(FLUX, "/viewtopic.php?id=420", "post", 0,
        "Library's Instagram: does anyone actually get engagement?", "marginalia", "2024-06-11", (
        "My manager wants our branch social media to 'drive engagement'. We post new books and events on "
        "Instagram and Facebook and get four likes. What works for you with patrons?",
        "Reply from ferrule: Staff picks with faces. Behind-the-scenes videos of the book return machine. "
        "Hashtags for local events, not library hashtags, because patrons don't follow those.",
        "Reply from hollis_b: Ask the teens' advisory group to run it for a month.",
    )),

    # --- Pixelfed ---------------------------------------------------------------------------------------------
    "pix-met-mentor": W(PIX, "/p/marta_archives/700102", "post", 3,
        "Photo by marta_archives", "marta_archives", "2024-09-14", (
        "Coffee with Ruth, who I met through the #ArchivesHashtag chat two years ago and who has answered every "
        "panicked DM since. First time in person! Mentors you find online count. #archives #mentoring",
    )),
    "pix-conference": W(PIX, "/p/marta_archives/700131", "post", 2,
        "Photo by marta_archives", "marta_archives", "2024-10-02", (
        "Poster session at the regional archives conference. Our poster was on the peer-support Discord we set "
        "up for solo archivists: 140 members, weekly drop-ins, and a lot of 'how do you handle this?' threads. "
        "The rest of the day was preservation talks and very good cake. #archives #conference",
    )),
    "pix-boxes": W(PIX, "/p/marta_archives/700088", "post", 1,
        "Photo by marta_archives", "marta_archives", "2024-08-20", (
        "Three hundred new archival boxes and one very tired archivist. Rehousing the parish records this "
        "week. Thanks to everyone on here who told me which supplier to use. #archives #rehousing",
    )),
    "pix-seal": W(PIX, "/p/marta_archives/700075", "post", 0,
        "Photo by marta_archives", "marta_archives", "2024-07-30", (
        "A wax seal from 1642, perfectly intact. #archives #sealsofinstagram",
    )),
    "pix-cat": W(PIX, "/p/marta_archives/700140", "post", 0,
        "Photo by marta_archives", "marta_archives", "2024-10-19", (
        "The record office cat has claimed the map chest. We have accepted this.",
    )),

    # --- a Wiley-like journal ---------------------------------------------------------------------------------
    "wiley-ementoring": W(WILEY, "/doi/10.1002/jils.2041", "journal-article", 3,
        "Mentoring at a distance: academic librarians' use of social networking sites for career guidance",
        "Okonjo, A. and Fairweather, L.", "2023-07-18", (
        "This study examines how early-career academic librarians use social networking sites to seek career "
        "guidance from more experienced colleagues. Mentoring has long been regarded as important for "
        "socialisation into the profession, yet formal programmes reach only a minority of new professionals.",
        "We surveyed 412 academic librarians with fewer than seven years' experience and interviewed 24 of them. "
        "Sixty-one per cent reported having received career advice from someone they first encountered on a "
        "social platform, most often Twitter, LinkedIn or a professional Slack workspace. Respondents "
        "distinguished between 'weak-tie' advice obtained in public threads and sustained relationships that "
        "moved into private messaging or video calls.",
        "Interviewees described informal mentoring that was multiple and distributed: few had a single mentor, "
        "and most assembled advice from several people with different expertise. Several noted that public "
        "questions felt risky, and that closed groups offered safer spaces to disclose uncertainty.",
        "We argue that professional associations should treat online networks as part of their mentoring "
        "provision, supporting moderated spaces and helping experienced members to take part, rather than "
        "treating them as a substitute for formal programmes.",
    )),
    "wiley-pln": W(WILEY, "/doi/10.1002/jils.2056", "journal-article", 3,
        "Archivists' personal learning networks on Twitter and Mastodon: a hashtag analysis",
        "Brennan, S.", "2024-02-05", (
        "Personal learning networks (PLNs), the sets of people and resources professionals draw on for "
        "continuing learning, have been studied among teachers but rarely among archivists. This article "
        "analyses 18,600 posts under four archives-related hashtags on Twitter (2019-2022) and Mastodon "
        "(2022-2023).",
        "Questions seeking advice made up 14 per cent of posts; they received more replies than any other type, "
        "and most replies came from accounts with more than ten years of professional experience. The move to "
        "Mastodon reduced volume but increased the share of sustained exchanges.",
        "Archivists used these networks to learn standards, to discuss ethical questions and to seek guidance "
        "on careers. The article discusses implications for continuing professional development in a "
        "profession where many practitioners work alone.",
    )),
    "wiley-onboarding": W(WILEY, "/doi/10.1002/jils.2049", "journal-article", 2,
        "Onboarding new librarians in hybrid workplaces", "Lindqvist, K. and Adeyemi, T.", "2023-11-22", (
        "Hybrid working has changed how new staff are introduced to academic libraries. This paper reports a "
        "case study of onboarding at three university libraries between 2021 and 2023.",
        "New staff valued structured induction, clear documentation and early access to systems. Where these "
        "were missing, they turned to colleagues through chat tools, and in two libraries a buddy scheme "
        "paired each newcomer with an experienced colleague who met them weekly by video and answered "
        "questions in a shared channel. Newcomers with buddies reported greater confidence after three months.",
        "We recommend that libraries combine induction checklists with peer mentoring and explicit norms for "
        "asking questions in online channels.",
    )),
    "wiley-metadata": W(WILEY, "/doi/10.1002/jils.2062", "journal-article", 1,
        "Metadata quality in institutional repositories: an audit", "Haddad, R.", "2024-04-30", (
        "We audited 9,000 records in twelve institutional repositories against a core metadata profile. "
        "Missing licences and inconsistent author identifiers were the most common problems.",
        "Repository managers told us they learned to fix such problems mostly from colleagues on mailing lists "
        "rather than from formal training. We propose an automated checking tool and a shared profile.",
    )),
    "wiley-citation-networks": W(WILEY, "/doi/10.1002/jils.2070", "journal-article", 0,
        "Co-citation networks in library and information science, 2000-2020", "Moreau, P. and Ito, Y.",
        "2024-06-12", (
        "We map co-citation networks of LIS journals over two decades using 48,000 articles indexed in two "
        "bibliographic databases. Network communities correspond to information retrieval, bibliometrics, "
        "information behaviour and library management.",
        "Bridging nodes have shifted from information retrieval to information behaviour. We discuss the "
        "structure of the field and the limits of citation-based mapping.",
    )),

    # --- Beehiiv: a vendor's newsletter -----------------------------------------------------------------------
    "bee-linkedin-mentors": W(BEEHIIV, "/p/finding-mentors-on-linkedin", "article", 3,
        "Guest essay: What I learned asking strangers on LinkedIn to mentor me", "Jo Castellanos", "2024-10-08", (
        "This month's guest essay comes from Jo Castellanos, collection development librarian at Eastbrook "
        "College.",
        "When I moved from a public library into an academic one, I knew nobody. So I did something that felt "
        "mortifying at the time: I wrote to twelve collection development librarians I admired on LinkedIn and "
        "asked each of them for twenty minutes of advice.",
        "Nine replied. Seven agreed to a call. Two became people I still talk to every month, and one of them "
        "has read every report I've written since. What made it work, I think, was asking for something small "
        "and specific, saying why I had chosen them, and following up afterwards to say what I had done with "
        "their advice.",
        "I now try to pay it forward. I keep two half-hour slots a month for anyone in their first five years "
        "who wants to talk about collections, and I post about them on LinkedIn and Bluesky. The requests I get "
        "are the same ones I had: how do I say no to a faculty member, how do I read a usage report, am I "
        "allowed to not know this yet?",
        "If you're new and reading this: write the message. The worst answer is silence.",
    )),
    "bee-community": W(BEEHIIV, "/p/our-customer-community-turns-two", "article", 2,
        "Our customer community turns two", "Shelfwise Team", "2024-07-15", (
        "Two years ago we opened a Slack community for Shelfwise customers. Today it has 3,100 members from "
        "840 libraries.",
        "What surprised us most is what people use it for. Product questions, yes. But the busiest channel is "
        "#new-to-the-job, where people in their first library roles ask experienced members about everything "
        "from running a stock check to surviving their first budget round. Members have started a peer "
        "mentoring rota, and several tell us it is the main place they learn.",
        "To celebrate, we're adding a mentor-matching form to the community and, coming in September, version "
        "8.2 of Shelfwise with faster reports and a redesigned circulation screen.",
    )),
    "bee-release": W(BEEHIIV, "/p/shelfwise-8-2-is-here", "article", 0,
        "Shelfwise 8.2 is here", "Shelfwise Team", "2024-09-10", (
        "Version 8.2 is rolling out to all customers this week. Reports run up to four times faster, the "
        "circulation screen has been redesigned, and you can now bulk-edit item statuses.",
        "Read the release notes for details, and book a demo if you'd like a walkthrough.",
    )),
    "bee-webinar-recap": W(BEEHIIV, "/p/webinar-recap-data-driven-weeding", "article", 1,
        "Webinar recap: data-driven weeding", "Shelfwise Team", "2024-05-21", (
        "Thanks to the 600 of you who joined our webinar on using circulation data to plan weeding. The "
        "recording and slides are now available.",
        "Our panel covered setting thresholds, presenting weeding plans to stakeholders and handling complaints. "
        "Several attendees said they first heard about the method from colleagues in our Slack community.",
    )),
    "bee-discovery": W(BEEHIIV, "/p/networked-discovery", "article", 0,
        "Networked discovery: linking your catalogue to the world", "Shelfwise Team", "2024-03-12", (
        "Your catalogue should not be an island. With Shelfwise Connect, records link out to Wikidata, "
        "authority files and union catalogues, so patrons can follow a network of connections from any record.",
        "Connect is included in the Professional plan. Talk to your account manager to turn it on.",
    )),

    # --- Libsyn: a podcast ----------------------------------------------------------------------------------
    "lib-discord": W(LIBSYN, "/ep-41-the-lone-arrangers-discord", "post", 3,
        "Ep. 41: The Lone Arrangers' Discord", "Catalogued", "2024-04-09", (
        "This week we talk to the three archivists who run a Discord server for solo archivists, people who "
        "are the only archivist in their organisation.",
        "They explain how the server began as a group chat after a conference, how it grew to four hundred "
        "members, and how its weekly 'office hours' voice channel works: experienced archivists drop in to "
        "answer questions from newer members, and regulars have started pairing up for peer mentoring.",
        "We also discuss what makes an online community safe for asking basic questions, why they moved off "
        "Twitter, and how to find a mentor when there is no one in your building.",
        "Links: the server's code of conduct; Catalogued on Mastodon.",
    )),
    "lib-career": W(LIBSYN, "/ep-44-career-changers", "post", 2,
        "Ep. 44: Career changers", "Catalogued", "2024-06-04", (
        "Two guests who came to archives from other careers, one from nursing and one from software, talk "
        "about what transferred and what did not.",
        "Both describe leaning on people they met online during the switch: a LinkedIn contact who explained "
        "how to read archives job ads, and a Mastodon thread that turned into a standing monthly call with an "
        "experienced records manager.",
        "Also: digitising nursing records, and why software people should learn about provenance.",
    )),
    "lib-digitisation": W(LIBSYN, "/ep-45-digitisation-on-a-shoestring", "post", 1,
        "Ep. 45: Digitisation on a shoestring", "Catalogued", "2024-06-18", (
        "Scanners, volunteers, and file formats: how small archives digitise without a budget. Our guest runs "
        "a community archive with one flatbed scanner and a lot of determination.",
        "She credits the mailing list for community archives with saving her from several bad purchases.",
    )),
    "lib-mentor-short": W(LIBSYN, "/ep-43-bonus-ask-us-anything", "post", 1,
        "Ep. 43 (bonus): Ask us anything", "Catalogued", "2024-05-21", (
        "Listener questions: our favourite finding aids, how we started the show, whether we'd work in a "
        "corporate archive again, and what we'd tell our younger selves about finding people to learn from.",
    )),
    "lib-repair": W(LIBSYN, "/ep-42-book-repair", "post", 0,
        "Ep. 42: Book repair basics", "Catalogued", "2024-04-23", (
        "A conservator walks us through basic book repair: tipping in loose pages, repairing torn leaves with "
        "Japanese tissue, and knowing when to stop and call a professional.",
    )),

    # --- Canvas: a public course ---------------------------------------------------------------------------
    "canvas-week6": W(CANVAS, "/courses/4412/pages/week-6-professional-learning-networks", "article", 3,
        "Week 6: Professional learning networks", "INF 602 teaching team", "2025-01-06", (
        "This week we look at how information professionals keep learning after their degree, and in "
        "particular at the networks of people they learn from.",
        "A personal learning network is the set of colleagues, communities and channels you draw on for advice "
        "and ideas. For librarians and archivists it might include a professional mailing list, a Slack or "
        "Discord community, people you follow on Mastodon, Bluesky or LinkedIn, and one or two experienced "
        "colleagues who act as informal mentors.",
        "Activity: map your current network. Who do you ask when you are stuck? Where would you go to find a "
        "mentor in the specialism you want to work in? Post your map to the discussion board and comment on two "
        "classmates' maps.",
        "Reading: the course guide 'Building your professional learning network' (PDF, in Files), and one of "
        "the two articles listed in the module.",
    )),
    "canvas-week9": W(CANVAS, "/courses/4412/pages/week-9-careers", "article", 2,
        "Week 9: Careers and the job market", "INF 602 teaching team", "2025-01-06", (
        "This week covers the job market, applications and interviews.",
        "Guest speakers from two library services will talk about what they look for in applicants. We will "
        "also discuss how to find someone more experienced to advise you: association mentoring schemes, "
        "alumni networks, and the informal mentoring many graduates find through LinkedIn and online "
        "communities. Come with one question you would ask a mentor.",
        "Assignment 3 (a cover letter for a real job advertisement) is due at the end of the week.",
    )),
    "canvas-week2": W(CANVAS, "/courses/4412/pages/week-2-the-reference-interview", "article", 0,
        "Week 2: The reference interview", "INF 602 teaching team", "2025-01-06", (
        "This week we study the reference interview: open and closed questions, neutral questioning, and "
        "follow-up. Watch the two recorded interviews and note where the librarian clarifies the question.",
    )),
    "canvas-guide-pdf": W(CANVAS, "/courses/4412/files/88231/download", "document", 3,
        "Building your professional learning network: a guide for library and information students",
        "INF 602 teaching team", "2024-12-01", (
        "Building your professional learning network",
        "A guide for library and information students",
        "Why build a network? Most of what you learn in your career you will learn from other people.",
        "1. Start with mailing lists for your sector and read them for a month before posting.",
        "2. Follow practitioners on Mastodon, Bluesky and LinkedIn; join one chat or hashtag discussion a week.",
        "3. Join a Slack or Discord community for new professionals and ask one question.",
        "4. Find a mentor: apply to an association scheme, or ask someone whose work you admire for a call.",
        "5. Give back: answer questions from people newer than you. Mentoring runs both ways.",
    )),

    # --- Known: a student's site ---------------------------------------------------------------------------
    "known-note-chat": W(KNOWN, "/2024/tonights-libchat", "post", 3,
        "Tonight's chat", "Lena Hartmann", "2024-11-13", (
        "Tonight's #critlib-style chat on Bluesky was all about mentoring. Got three offers of coffee chats "
        "from librarians I've admired for ages. Peer mentoring circle for students starts next week!",
    )),
    "known-first-year": W(KNOWN, "/2024/what-i-learned-from-my-network-this-year", "post", 2,
        "What I learned from my network this year", "Lena Hartmann", "2024-12-20", (
        "End of my first year of library school. Lectures were fine. What actually taught me things was the "
        "people.",
        "My placement supervisor, who let me shadow her and then sent me articles every week. A Discord of "
        "library school students from four countries where we compare assignments and job ads. The three "
        "librarians on Mastodon who answer basically every question I post, one of whom now reads my cover "
        "letters.",
        "Also learned: how to catalogue, that I like metadata more than I thought, and that the campus "
        "library's coffee machine is a lie.",
    )),
    "known-note-placement": W(KNOWN, "/2024/placement-day-one", "post", 1,
        "Placement, day one", "Lena Hartmann", "2024-10-01", (
        "First day of placement at the university archives. Boxes, gloves, pencils only. My supervisor said "
        "she'd be my mentor for the term. Everything smells of old paper.",
    )),
    "known-note-thesis": W(KNOWN, "/2024/dissertation-topic", "post", 1,
        "Dissertation topic", "Lena Hartmann", "2024-11-27", (
        "Dissertation topic approved: metadata for community archives. Thanks to everyone online who talked "
        "me out of my first idea.",
    )),
    "known-note-bike": W(KNOWN, "/2024/new-bike", "post", 0,
        "New bike", "Lena Hartmann", "2024-09-15", (
        "Bought a second-hand bike for the commute to campus. It is green and has a basket for library books.",
    )),

    # --- an Academia.edu-like site -------------------------------------------------------------------------
    "acad-peer-mentoring": W(ACAD, "/118204417/Peer_mentoring_circles_for_school_librarians_online", "journal-article",
        2, "Peer mentoring circles for school librarians online: a pilot evaluation", "Marisol Okafor",
        "2023-05-02", (
        "School librarians are often the only information professional in their school and have few chances "
        "to learn from peers. This paper evaluates a pilot of online peer mentoring circles for 36 school "
        "librarians, meeting monthly by video with a shared discussion space between meetings.",
        "Participants reported reduced isolation and greater confidence in advocacy. The paper also describes "
        "the district's wider professional development programme, its budget and the evaluation framework.",
    )),
    "acad-teen-mentors": W(ACAD, "/118204702/Teen_mentors_in_the_library_makerspace", "journal-article", 1,
        "Teen mentors in the library makerspace", "Marisol Okafor", "2022-10-14", (
        "This paper studies a programme in which older teenagers mentor younger children in a public library "
        "makerspace. We observed 40 sessions and interviewed 18 teen mentors.",
        "Teen mentors developed confidence and technical skills. Library staff, who had learned to run the "
        "programme partly through an online network of makerspace librarians, acted as facilitators.",
    )),
    "acad-pdf": W(ACAD, "/attachments/98120044/download_file", "document", 2,
        "School librarians and online professional networks (conference paper)", "Marisol Okafor",
        "2024-03-08", (
        "School librarians and online professional networks",
        "Marisol Okafor, conference paper, 2024",
        "Abstract. We surveyed 210 school librarians about where they seek professional advice.",
        "Most named online groups: Facebook groups for school librarians, state mailing lists and Bluesky.",
        "Experienced members often act as informal mentors to newcomers in these groups.",
        "We also report on collection budgets, staffing levels and the use of the school library by teachers.",
    )),
}
del W

OTHER: list[tuple[str, str, str]] = [
    # Hugo Mainroad
    (HUGO, "/", "home"), (HUGO, "/about/", "about"), (HUGO, "/contact/", "contact"),
    (HUGO, "/categories/librarianship/", "category"), (HUGO, "/tags/mentoring/", "tag"),
    (HUGO, "/page/2/", "listing"), (HUGO, "/search/?q=mentor", "search"), (HUGO, "/posts/old-friends/", "error"),
    # WordPress Hestia
    (HESTIA, "/", "home"), (HESTIA, "/about-us/", "about"), (HESTIA, "/contact/", "contact"),
    (HESTIA, "/category/news/", "category"), (HESTIA, "/tag/mentoring/", "tag"), (HESTIA, "/?s=mentoring", "search"),
    (HESTIA, "/2023/mentoring-pilot/", "error"),
    # FluxBB
    (FLUX, "/index.php", "home"), (FLUX, "/viewforum.php?id=2", "category"),
    (FLUX, "/viewforum.php?id=2&p=2", "listing"), (FLUX, "/search.php?action=show_24h", "search"),
    (FLUX, "/profile.php?id=17", "profile"), (FLUX, "/viewtopic.php?id=377", "error"),
    # Pixelfed
    (PIX, "/", "home"), (PIX, "/marta_archives", "profile"), (PIX, "/discover/tags/archives", "tag"),
    (PIX, "/site/about", "about"), (PIX, "/p/marta_archives/699990", "error"),
    # Wiley-like
    (WILEY, "/journal/20501234", "home"), (WILEY, "/toc/20501234/2024/12/1", "listing"),
    (WILEY, "/action/doSearch?AllField=mentoring&SeriesKey=20501234", "search"),
    (WILEY, "/page/journal/20501234/homepage/productinformation.html", "about"),
    (WILEY, "/doi/10.1002/jils.1999", "error"),
    # Beehiiv
    (BEEHIIV, "/", "home"), (BEEHIIV, "/archive?page=2", "listing"), (BEEHIIV, "/t/community", "tag"),
    (BEEHIIV, "/authors/shelfwise-team", "profile"),
    # Libsyn
    (LIBSYN, "/", "home"), (LIBSYN, "/webpage/category/general", "category"), (LIBSYN, "/page/2/size/5", "listing"),
    # Canvas
    (CANVAS, "/courses/4412", "home"), (CANVAS, "/courses/4412/modules", "listing"),
    (CANVAS, "/courses/4412/assignments/syllabus", "about"), (CANVAS, "/courses/4412/announcements", "listing"),
    # Known
    (KNOWN, "/", "home"), (KNOWN, "/profile/lena", "profile"), (KNOWN, "/tag/librarylife", "tag"),
    (KNOWN, "/search/?q=mentor", "search"), (KNOWN, "/content/posts/", "listing"), (KNOWN, "/2023/hello", "error"),
    # Academia-like
    (ACAD, "/", "home"), (ACAD, "/MarisolOkafor", "profile"), (ACAD, "/search?q=mentoring", "search"),
    (ACAD, "/about", "about"),
]
