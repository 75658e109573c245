"""Web 17's texts and labels, written before its pages were built.

``WORKS`` holds every work of the web (its host, path, kind, graded relevance
to the built-in topic, title, author, date and paragraphs); ``OTHER`` every
page that is not a work, as ``(host, path, kind)``, graded 0. Grades: 3 about
the topic throughout, 2 about it in good part, 1 a passing mention, 0
nothing. :mod:`tests.labelled_web17` builds the pages from these, each label
exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass

SOLEDAD = "shelfnotes.example"       # WordPress, Soledad theme: a retired librarian's blog
FLATSOME = "catalogix.example"       # WordPress, Flatsome theme: a library software vendor
DISCUZ = "archivistbbs.example"      # Discuz! X3.4 forum
XPLORE = "infoxplore.example"        # an IEEE Xplore-like digital library
ISSUU = "flipdocs.example"           # an Issuu-like document host
KBIN = "libkbin.example"             # kbin, a fediverse link aggregator
PODOMATIC = "archivecast.example"    # a podcast on Podomatic
EDITION = "firstyearlib.example"     # Ghost, Edition theme: a newsletter
BLOX = "okafor-lab.example"          # Hugo Blox (Wowchemy) academic site
JEKYLLNOW = "mlisjourney.example"    # Jekyll Now: a student's blog

HOSTS = (SOLEDAD, FLATSOME, DISCUZ, XPLORE, ISSUU, KBIN, PODOMATIC, EDITION, BLOX, JEKYLLNOW)


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


def _add(key: str, work: Work) -> None:
    assert key not in WORKS
    WORKS[key] = work


# --- shelfnotes.example: a retired reference librarian's blog (WordPress, Soledad) --------------------------

_add("listserv", _w(
    SOLEDAD, "/the-mentors-i-found-on-a-listserv/", "article", 3,
    "The mentors I found on a listserv", "Margaret Hollis", "2024-01-14",
    "People ask me, now that I have time to answer, how I learned to do this job. The honest answer is that I "
    "learned most of it from strangers on an email list. In 1994 I was the only librarian in a small college in "
    "a town with one traffic light, and the nearest colleague who did what I did was three hours away by car. "
    "Somebody at a state meeting wrote the address of a reference discussion list on a napkin for me, and I "
    "subscribed that night from the terminal in the circulation office.",
    "For the first few months I only read. I printed the best threads and kept them in a binder that I still "
    "have. There was a woman at a medical library in Ohio who answered every hard question about citation "
    "databases as if it were the most interesting thing she had seen all week, and a man in Manitoba who wrote "
    "long, patient replies about how to say no to a dean. I never met either of them. I would not have called "
    "them my mentors at the time, but that is what they were.",
    "The first time I posted a question myself I rewrote it eleven times. It was about a faculty member who "
    "wanted the library to buy every title on his syllabus in triplicate. Within a day I had nine answers, two "
    "of them off-list, and one of those off-list answers turned into a correspondence that lasted fifteen years. "
    "She read my first conference proposal before I sent it. She told me when I was ready to apply for the "
    "director's job, and she told me, more usefully, when I was not.",
    "What made it work, looking back, was that the list was a place where asking was normal. Nobody had to "
    "admit to needing a mentor. You asked a question in public, the people who knew the answer showed "
    "themselves, and then the private conversations started. I have watched the same thing happen on "
    "Twitter, in Facebook groups and now, I am told, on Mastodon and Bluesky. The tools change every few years. "
    "The pattern does not: a public question, a generous answer, and then a long private exchange between two "
    "people who would never otherwise have met.",
    "I tried to give back. For the last ten years of my career I answered questions on two lists and in a "
    "Slack workspace for small academic libraries, and I kept a rule that any newcomer who wrote to me "
    "privately got a real reply within the week. Several of them still write. One is now a dean herself and "
    "sends me her budget presentations to read, which I take as the highest compliment.",
    "If you are new and alone in your building, my advice is the same as it was in 1994. Find the list, the "
    "forum or the chat where people in your corner of the profession talk shop. Read for a while. Then ask "
    "something real, answer someone else's question when you can, and say yes when a stranger offers to keep "
    "talking. That is how most of us were taught, whatever the official programmes say.",
))
_add("passing-it-on", _w(
    SOLEDAD, "/passing-it-on-after-retirement/", "article", 3,
    "Passing it on after retirement", "Margaret Hollis", "2024-05-02",
    "A year into retirement, I have found that I miss the questions more than the job. So in March I signed up "
    "as a volunteer mentor with the state association's online programme, which pairs retired librarians with "
    "people in their first five years. We meet by video once a month and write to each other in between.",
    "My mentee works nights at a community college library two states away. Our first calls were about "
    "scheduling and burnout, and lately they have been about whether to go for a coordinator position. I do not "
    "have answers for her so much as stories, and a long memory for how these decisions turned out for other "
    "people.",
    "The programme also runs a group chat for all its pairs, and I have been surprised by how much happens "
    "there. Mentees answer each other's questions before any of us old hands wake up. Last week a cataloguer "
    "in her second year walked three others through a problem with authority records, and I learned something "
    "too. I think the organisers underestimated the peer side of it; it may be the best part.",
    "If you are retired and wondering whether anyone still wants to hear from you: they do, and you do not have "
    "to be on every new network to help. Email and a monthly call are plenty.",
))
_add("garden", _w(
    SOLEDAD, "/garden-notes-october/", "article", 0,
    "Garden notes, October", "Margaret Hollis", "2023-10-21",
    "The tomatoes are finished and the last of the beans went into the freezer on Tuesday. I have decided the "
    "raised bed by the fence gets too much shade after three o'clock and will move it in the spring, which my "
    "neighbour has kindly offered to help with in exchange for squash.",
    "The dahlias were the success of the year. I lifted the tubers this morning, labelled them with masking "
    "tape, and they are drying in the garage on newspaper. Next year: fewer varieties, more of the dark red "
    "ones, and a proper stake for each before August.",
))
_add("reunion", _w(
    SOLEDAD, "/a-reunion-of-the-class-of-1979/", "article", 1,
    "A reunion of the class of 1979", "Margaret Hollis", "2023-06-09",
    "Eleven of us from the library school class of 1979 met for lunch in the city last Saturday, the first time "
    "since before the pandemic. Two came by train from the coast, and Ruth flew in from Arizona with a cane and "
    "the same laugh.",
    "We talked about the old building, the professor who failed half of us in cataloguing and then passed us "
    "after a rewrite, and who had married whom. Joan still keeps our little Facebook group going and says two of "
    "her former students ask her career questions there now, which we all agreed was very like Joan.",
    "We took a photograph on the steps of the museum, all of us squinting, and promised not to wait four years "
    "for the next one.",
))
_add("left-twitter", _w(
    SOLEDAD, "/why-i-left-twitter-and-where-my-colleagues-went/", "article", 2,
    "Why I left Twitter, and where my colleagues went", "Margaret Hollis", "2023-11-30",
    "I closed my Twitter account this autumn after fourteen years. I am not going to rehearse the reasons, which "
    "you have read elsewhere. What I want to write about is what I lost and where some of it went.",
    "For most of those fourteen years Twitter was where I kept up with the profession. I followed a few hundred "
    "librarians, archivists and publishers, and more than once a younger colleague I had never met sent me a "
    "question that turned into a real exchange about work and careers. The weekly library chats were a kind of "
    "staff room for people who did not have one.",
    "Some of that has moved to Mastodon, where a few of my old follows have set up on a library-run server, and "
    "some to Bluesky. A good deal of it, I suspect, has gone back into email and private groups, where it "
    "started. I am on Mastodon now, slowly.",
    "The rest of my autumn has been quieter: the choir started again, and I have been reading the Trollope I "
    "always said I would read. The Warden is better than I remembered; Barchester Towers is longer.",
))
_add("book-club", _w(
    SOLEDAD, "/book-club-picks-winter/", "article", 0,
    "Book club picks for winter", "Margaret Hollis", "2024-02-03",
    "Our book club has chosen its winter list: a long Norwegian novel, a memoir by a lighthouse keeper, and, at "
    "my insistence, an Agatha Christie we have all read and will pretend not to remember.",
    "We meet on the first Thursday at the branch library, which lets us use the small room if we put the chairs "
    "back. New members are welcome; bring a cake or an opinion.",
))

# --- catalogix.example: a library systems vendor's blog (WordPress, Flatsome) ------------------------------

_add("slack", _w(
    FLATSOME, "/blog/join-our-community-slack-for-catalogers/", "article", 2,
    "Join our community Slack for catalogers", "Catalogix Team", "2024-09-10",
    "Catalogix 7 customers, there is a new place to talk shop. Our community Slack is open to every library "
    "running Catalogix, and it is not a support channel: it is where catalogers, systems librarians and "
    "acquisitions staff help each other, swap workflows and ask the questions they would rather not put in a "
    "ticket.",
    "We set it up after our user group meeting in Denver, where the most common request was simply to meet "
    "other people doing the same job. Several long-time customers have agreed to host a #new-to-cataloging "
    "channel and answer questions from staff in their first year on the module, and a monthly 'ask an expert' "
    "thread brings in one of them to take questions live.",
    "To join, sign in to the customer portal and use the invitation link on your dashboard. Channels for MARC "
    "editing, patron import and reports are already busy. Please keep support requests in the helpdesk so our "
    "team can track them.",
    "Coming soon: saved search templates, faster batch edits and a redesigned holdings screen. See the release "
    "notes for dates.",
))
_add("webinar-recap", _w(
    FLATSOME, "/blog/webinar-recap-mentoring-new-systems-librarians/", "article", 3,
    "Webinar recap: mentoring new systems librarians", "Dana Whitfield", "2024-11-04",
    "Thanks to the 340 people who joined last Thursday's webinar on bringing new systems librarians up to "
    "speed. Our three panellists, all of them systems librarians who started in one-person roles, talked about "
    "how they learned the job and how they now help others learn it.",
    "The theme that came up again and again was that no single mentor is enough. Rosa Imbert described the "
    "'board of advisers' she built in her first year: a former supervisor she calls about politics, two peers "
    "from a regional consortium she messages about code, and the people she met in a weekly Mastodon hashtag "
    "for library technologists. Each answers a different kind of question.",
    "Kwame Asante talked about being on the other side. He mentors two newcomers through a consortium "
    "programme and several more informally through a Discord server for library developers. His advice to "
    "mentors: answer in public channels when you can, so the next person finds the answer, and move to a "
    "private message when the question is about a person rather than a system.",
    "Hannah Lutz spoke about peer mentoring. Her cohort of new systems staff from six libraries meets for an "
    "hour online every other week, without any senior colleague present. They bring a problem each, and she "
    "says the group has taught her more than any course.",
    "Questions from attendees focused on time: how do you make room for this when you are the only person who "
    "can fix the catalogue? The panel's answer was to treat it as part of the job and to say so to managers.",
    "The recording and slides are available to customers in the portal. Our next webinar, in January, is on "
    "data migration.",
))
_add("release-notes", _w(
    FLATSOME, "/blog/release-notes-7-2/", "article", 0,
    "Release notes: Catalogix 7.2", "Catalogix Team", "2024-10-01",
    "Catalogix 7.2 is rolling out to hosted customers this week. Highlights: batch editing of item records is up "
    "to four times faster, the holdings screen has a new compact view, and patron import now accepts UTF-8 CSV "
    "files with a byte order mark.",
    "Fixed: a sorting error in the overdue report, a crash when saving a MARC record with an empty 245 "
    "subfield, and the missing print button on the acquisitions dashboard. Self-hosted customers can download "
    "the upgrade package from the portal.",
))
_add("mentor-mode", _w(
    FLATSOME, "/blog/mentor-mode-feature/", "article", 0,
    "Meet Mentor Mode: guided help inside Catalogix", "Catalogix Team", "2025-01-20",
    "Mentor Mode is our new in-app guide. Switch it on from your profile menu and Catalogix explains each screen "
    "as you use it: what a field means, which rules apply, and what happens when you press Save.",
    "Mentor Mode walks new staff through twelve common tasks, from adding an item to running the overdue "
    "report, with short tips that appear beside the field they describe. Administrators can write their own "
    "tips for local practices and turn the guide on for every new account by default.",
    "Mentor Mode is included in all Catalogix 7 subscriptions at no extra cost. Turn it off at any time from "
    "the same menu.",
))
_add("whitepaper", _w(
    FLATSOME, "/wp-content/uploads/2025/03/peer-learning-networks-whitepaper.pdf", "document", 2,
    "Peer learning networks for library technology staff", "Catalogix", "2025-03-12",
    "Peer learning networks for library technology staff. A Catalogix white paper, March 2025.",
    "Summary. Library technology roles are often held by one person in a building. In a survey of 212 "
    "Catalogix customers, 61 percent of systems staff said they were the only person in their library doing "
    "their job, and most said they learned it from colleagues elsewhere rather than from training.",
    "Where they learn. Respondents named mailing lists (48 percent), Slack or Discord communities (44 percent), "
    "vendor user groups (39 percent), Mastodon or Bluesky (21 percent) and LinkedIn groups (17 percent) as places "
    "they asked for advice in the past year. Two thirds said at least one person they met in these places had "
    "become a regular source of career advice.",
    "What helps. Staff valued channels set aside for newcomers, regular open sessions with experienced "
    "colleagues, and permission from managers to spend work time in these communities.",
    "About Catalogix. Catalogix builds integrated library systems for public, school and academic libraries. "
    "Our products support more than 1,200 libraries in nine countries, with hosted and self-hosted options, "
    "migration services and round-the-clock support.",
    "Contact our sales team for a demonstration of Catalogix 7 and the new Mentor Mode guide.",
))
_add("county-migration", _w(
    FLATSOME, "/blog/customer-story-county-library-migration/", "article", 1,
    "Customer story: a county library system moves to Catalogix", "Dana Whitfield", "2024-07-16",
    "When the Harlan County Library System decided to replace its twenty-year-old catalogue, it had eleven "
    "branches, 400,000 items and a go-live date fixed by the end of its old contract. We talked to its "
    "technical services manager, Luis Ortega, about how the migration went.",
    "The team spent six weeks cleaning data before the first test load: merging duplicate patron records, "
    "fixing item types, and deciding what to do with 30,000 records for materials that had been missing since "
    "the 1990s. Luis says the hardest part was agreeing on circulation rules across branches that had each done "
    "things their own way.",
    "Before go-live, Luis and his staff asked other libraries on our users' mailing list what they wished they "
    "had known, and took their advice to train branch staff on a sandbox for a full month.",
    "The system went live on a Monday with no downtime for patrons. Holds placed in the old system were carried "
    "over, and the new public catalogue's searches rose by a fifth in the first quarter.",
))

# --- archivistbbs.example: a Discuz! forum for archivists --------------------------------------------------

_add("lone-mentor", _w(
    DISCUZ, "/thread-1201-1-1.html", "post", 3,
    "Looking for a mentor: new archivist in a one-person shop", "paperclip_jo", "2024-03-18",
    "Hi all. I started six months ago as the only archivist at a manufacturing company's corporate archive. "
    "Nobody here knows what I do, my manager is in marketing, and my MA didn't cover half of this. I'm "
    "looking for a mentor, ideally someone who has run a business archive on their own. Happy to do email or a "
    "call now and then. Is there a programme for this or do people just ask around?",
    "Reply from gray_box_ed: Welcome. The professional society has a formal mentoring scheme but the waiting "
    "list is long. In the meantime, the business archives section has a mailing list where this exact question "
    "comes up every few months; introduce yourself there. I ran a bank's archive alone for nine years, so send "
    "me a private message here and we can set up a call.",
    "Reply from mkoval: Also worth joining the lone arrangers group on LinkedIn and the #archivists hashtag on "
    "Mastodon and Bluesky. I found two people I still talk to every month that way. Don't underestimate peers "
    "at your own level either: our small group of solo archivists meets on video every six weeks and it's "
    "half support group, half problem clinic.",
    "Reply from paperclip_jo: Thank you both, PM sent. Joined the list this morning.",
))
_add("mailing-lists", _w(
    DISCUZ, "/thread-1202-1-1.html", "post", 2,
    "Which mailing lists are still worth joining?", "mkoval", "2024-04-02",
    "Trying to cut down my inbox. Which archives lists do you actually still read? I'm on six and get maybe "
    "one useful post a week out of all of them.",
    "Reply from gray_box_ed: The records management list is still good for practical questions, and I've had "
    "more than one newcomer contact me off-list after I answered something there, which I count as a good "
    "thing. The big general list is mostly job ads and conference calls now.",
    "Reply from tapeworm: I read the digital preservation list daily. For career stuff I've moved to a Slack "
    "for early-career archivists, which is livelier and has a channel where senior people answer questions "
    "once a week.",
    "Reply from mkoval: Dropping three of the six. Also found that most lists have a weekly digest option, "
    "which is saving my sanity.",
))
_add("humidity", _w(
    DISCUZ, "/thread-1203-1-1.html", "post", 0,
    "Humidity readings in the basement stacks", "tapeworm", "2024-05-11",
    "Our basement stacks are reading 68 percent relative humidity after the rain this week, up from 50. "
    "Facilities says the dehumidifier is working. Is it time to start moving boxes up, or do I wait a few days?",
    "Reply from gray_box_ed: Don't wait if you have anything photographic or bound in leather down there. Get "
    "a second logger to rule out a faulty reading, check for standing water behind the shelving, and raise the "
    "lowest boxes off the floor today.",
))
_add("digitization-vendors", _w(
    DISCUZ, "/thread-1204-1-1.html", "post", 1,
    "Digitization vendor recommendations for glass plate negatives?", "harborlight", "2024-06-20",
    "We have about 1,800 glass plate negatives and a small grant to digitize them. Has anyone used a vendor "
    "they'd recommend, or is it better to buy a camera setup and do it in-house?",
    "Reply from tapeworm: We did ours in-house with a copy stand and a light table, about two minutes a plate "
    "once we had a rhythm. Packing glass for shipping scared us more than the cost.",
    "Reply from harborlight: Thanks. A mentor of mine from my old job said much the same on LinkedIn when I "
    "asked there. Leaning towards in-house now.",
))
_add("peer-group", _w(
    DISCUZ, "/thread-1205-1-1.html", "post", 3,
    "Peer mentoring group for lone arrangers: monthly video calls + chat", "mkoval", "2024-07-08",
    "After the thread in March a few of us said we'd set something up, so here it is. We're starting a peer "
    "mentoring group for archivists who work alone or nearly alone. Format: a video call on the first Tuesday "
    "of each month, one member brings a problem, the others ask questions and share what they'd do. Between "
    "calls there's a group chat on Signal for quick questions.",
    "No senior people in charge: the idea is that we mentor each other. That said, gray_box_ed has agreed to "
    "join every few months as a guest and answer career questions, since several of us are thinking about our "
    "next move.",
    "Reply from paperclip_jo: In! This is exactly what I was hoping for when I posted.",
    "Reply from harborlight: Count me in. Could we keep a shared page of the problems and answers so they "
    "don't get lost in the chat?",
    "Reply from mkoval: Good idea, I'll start a shared document after the first call.",
))

# --- infoxplore.example: an IEEE Xplore-like digital library ------------------------------------------------

_add("twitter-chats-study", _w(
    XPLORE, "/document/10234561", "journal-article", 3,
    "Hashtag Chats as Personal Learning Networks for Academic Librarians: A Mixed-Methods Study",
    "Lena Marsh; Tomás Ribeiro", "2023-09-14",
    "Abstract: Academic librarians increasingly rely on social media for professional learning and for advice "
    "from more experienced colleagues. This study examines weekly hashtag chats on Twitter/X and Mastodon as "
    "personal learning networks. We collected 41,000 posts from three chats over two years and interviewed 24 "
    "regular participants. Network analysis shows a stable core of experienced librarians who answer most "
    "questions, and a large periphery of newcomers whose first posts are questions. Interviews show that "
    "relationships begun in the chats often continue as one-to-one mentoring by direct message or email, and "
    "that participants value the chats for career guidance they cannot get in their own institutions. We "
    "discuss implications for professional associations that run formal mentoring programmes.",
    "I. Introduction: Formal mentoring programmes in librarianship reach only a fraction of new professionals. "
    "Many librarians, especially those in small institutions, instead build personal learning networks on "
    "social media: sets of colleagues, met online, from whom they learn and seek advice. Hashtag chats, in "
    "which participants answer a moderator's questions at a set time each week, are one of the most visible "
    "forms of such networks.",
    "II. Method: We archived all posts carrying three chat hashtags between 2021 and 2023, built reply and "
    "mention networks for each session, and selected interviewees from both the core and the periphery of "
    "each network.",
    "III. Findings: Core participants described their role as informal mentors; newcomers described the chats "
    "as the place they found someone to ask. The move of one chat from Twitter/X to Mastodon in 2023 kept most "
    "of its core but lost half of its periphery.",
    "A. Who answers: In all three chats, fewer than 10 percent of participants wrote more than half of all "
    "replies. These core participants had a median of 14 years in the profession, against 3 years for the "
    "periphery. Most core participants had joined their chat as newcomers themselves and described answering "
    "questions as a way of repaying the help they had received. One said she thought of the chat as 'a "
    "mentoring programme without the paperwork'; another, more sceptical, said the chats rewarded people who "
    "were already visible.",
    "B. What is asked: We coded a random sample of 1,200 questions. Just over a third concerned career matters: "
    "applying for jobs, preparing for interviews, negotiating, moving between types of library, and coping with "
    "difficult supervisors. A further quarter concerned teaching and instruction, and the rest were about "
    "technology, collections and policy. Career questions drew more replies than any other kind and were the "
    "most likely to move to a private channel, which interviewees explained by the personal details involved.",
    "C. From chat to mentoring: Eighteen of the 24 interviewees described at least one relationship that began "
    "in a chat and continued privately for more than a year. These relationships rarely had a name. "
    "Participants spoke of 'people I can ask', 'my chat friends' or 'my kitchen cabinet' rather than of mentors, "
    "and several were surprised when we described what they did as mentoring. Yet the relationships had the "
    "features the mentoring literature describes: career guidance, sponsorship in the form of job leads and "
    "nominations, and psychosocial support during difficult periods.",
    "D. Peer learning: Not all learning ran from experienced to new. Participants at similar career stages "
    "formed small groups, often after meeting in a chat, that met by video or kept a group direct-message "
    "thread. These peer groups were described as safer places to admit uncertainty than the public chat.",
    "E. The move between platforms: When one chat moved from Twitter/X to Mastodon, its moderators announced the "
    "move for a month and ran both for two sessions. Core participants followed; many peripheral participants "
    "did not, and interviewees who had moved said the new chat felt 'like a reunion' rather than a place to meet "
    "new people. Newcomers we interviewed who joined after the move found it harder to know whom to ask.",
    "IV. Discussion: Hashtag chats function as a recruitment ground for informal mentoring. They make expertise "
    "visible, lower the cost of a first question, and allow relationships to start without either party "
    "committing to a formal role. Their weakness is the same as their strength: because nobody is assigned to "
    "anyone, newcomers who do not ask, or whose questions go unanswered, gain little. Associations could "
    "complement formal programmes by supporting moderators, by encouraging experienced members to answer "
    "newcomers in public, and by helping chats survive moves between platforms.",
    "V. Limitations: We studied three English-language chats, and our interviewees were people who agreed to be "
    "interviewed, who are likely to be more positive about the chats than those who left. Network measures from "
    "public posts miss the private exchanges that interviewees described as the most valuable.",
    "VI. Conclusion: For many academic librarians, professional learning and mentoring now begin in public "
    "online spaces and continue in private. Understanding that path, and its gaps, matters for anyone designing "
    "support for new professionals.",
    "Index Terms: social networking (online), professional development, mentoring, libraries.",
))
_add("communities-of-practice", _w(
    XPLORE, "/document/10234562", "journal-article", 2,
    "Online Communities of Practice in Information Technology Support: A Comparison of Library and Corporate "
    "Help Desks", "Priyanka Das; Martin Vogel", "2024-02-20",
    "Abstract: We compare how staff of library technology services and corporate IT help desks use online "
    "communities of practice to solve problems and learn their jobs. Using a survey of 380 staff and analysis of "
    "two Slack communities and one mailing list, we find that library staff rely far more on cross-institution "
    "communities, where experienced peers answer newcomers' questions and often become informal mentors, while "
    "corporate staff rely on internal knowledge bases. We measure response times and answer quality in each "
    "setting and find that community answers are slower but more often reused.",
    "I. Introduction: Communities of practice, groups who share a concern and learn together, have moved "
    "online. We ask how two groups of IT support staff use them, and what each gains.",
    "IV. Results: Median time to first answer was 47 minutes in the library Slack and 12 minutes in the "
    "corporate knowledge base. Tickets resolved through the knowledge base were closed faster but were "
    "reopened more often.",
    "Index Terms: help desks, knowledge management, communities of practice, information technology.",
))
_add("loan-graphs", _w(
    XPLORE, "/document/10234563", "journal-article", 0,
    "Teacher-Student Graph Neural Networks for Predicting Library Loan Demand", "Wei Zhang; Olu Adeyemi",
    "2024-06-03",
    "Abstract: Forecasting demand for library loans helps libraries plan purchases and transfers between "
    "branches. We propose a teacher-student framework in which a large graph neural network trained on a "
    "network of co-borrowed titles acts as a mentor model, distilling its predictions into a smaller student "
    "network that runs on branch hardware. On loan records from 14 public library systems, the student "
    "network keeps 96 percent of the teacher's accuracy at one tenth of its size.",
    "I. Introduction: Knowledge distillation trains a compact student model to mimic a larger teacher. We "
    "apply it to a bipartite network of titles and anonymised borrowers and show that the student learns "
    "seasonal patterns the teacher captured.",
    "Index Terms: graph neural networks, knowledge distillation, demand forecasting, libraries.",
))
_add("metadata-harvesting", _w(
    XPLORE, "/document/10234564", "journal-article", 1,
    "Incremental Metadata Harvesting for Institutional Repositories at Scale", "Sofia Lindqvist",
    "2023-12-11",
    "Abstract: Aggregators harvest metadata from thousands of institutional repositories using OAI-PMH. We "
    "describe an incremental harvester that tracks per-repository change rates and schedules harvests "
    "adaptively, cutting requests by 71 percent while keeping records no more than a day stale.",
    "I. Introduction: Many repository managers learned OAI-PMH from one another on mailing lists rather than "
    "from documentation, and their servers implement the protocol in varied and sometimes surprising ways. Our "
    "harvester tolerates malformed resumption tokens, missing datestamps and inconsistent set hierarchies.",
    "Index Terms: digital libraries, metadata, web crawling, OAI-PMH.",
))

# --- flipdocs.example: an Issuu-like document host ----------------------------------------------------------

_add("toolkit", _w(
    ISSUU, "/mlsgroup/docs/peer-mentoring-toolkit-2024", "document", 3,
    "Peer Mentoring Toolkit 2024", "Metro Library Staff Group", "2024-04-15",
    "Peer Mentoring Toolkit 2024. Metro Library Staff Group.",
    "Why peer mentoring? Not everyone has access to a senior mentor, and senior mentors cannot answer every "
    "question. Peer mentoring groups bring together library workers at a similar stage to learn from each "
    "other. This toolkit explains how to start one online.",
    "Step 1: Find your group. Post in your regional association's forum or mailing list, or use the hashtag "
    "#LibPeerMentor on Bluesky and Mastodon. Groups of four to six work best.",
    "Step 2: Choose your space. Most groups meet on video once a month and keep a shared chat (Slack, Discord "
    "or Signal) for the weeks in between. Agree on ground rules: what is said in the group stays there.",
    "Step 3: Bring a question. Each meeting, one member brings a real situation from work. The others ask "
    "questions first and give advice second.",
    "Step 4: Invite a guest. Every few months, invite an experienced colleague for career guidance. Many are "
    "glad to be asked and easy to reach on LinkedIn.",
    "Step 5: Look back. After six months, talk about what the group has done for each of you, and decide "
    "whether to continue, change or close.",
))
_add("annual-report", _w(
    ISSUU, "/mlsgroup/docs/annual-report-2023", "document", 1,
    "Annual Report 2023", "Metro Library Staff Group", "2024-02-01",
    "Annual Report 2023. Metro Library Staff Group.",
    "Membership rose to 412, up 9 percent, with the largest growth among library assistants and technicians. "
    "We held four in-person socials, two training days and our first staff art exhibition.",
    "Our training day on customer service and de-escalation drew 120 attendees. A small working group began "
    "planning a peer mentoring toolkit for members, to be published next year.",
    "Finances: income of 18,400 from dues and 3,200 from the exhibition; expenses of 19,100. The committee "
    "thanks our volunteers and the three library systems that host our events.",
))
_add("conference-program", _w(
    ISSUU, "/stateassoc/docs/conference-program-spring-2024", "document", 1,
    "Spring Conference 2024: Program", "State Library Association", "2024-03-28",
    "Spring Conference 2024. Program. April 18-19, Riverside Convention Centre.",
    "Thursday. 9:00 Keynote: libraries and local news. 10:30 Sessions: summer reading on a shoestring; "
    "weeding without tears; accessible programming for adults with disabilities.",
    "13:30 Sessions: broadband mapping and the library; finding a mentor online: a panel of new librarians "
    "and their mentors; grant writing basics.",
    "Friday. 9:00 Sessions: open educational resources; security in public libraries; state aid update. 12:00 "
    "Awards lunch. Follow the conference on Bluesky.",
))
_add("newsletter-winter", _w(
    ISSUU, "/stateassoc/docs/newsletter-winter-2025", "document", 2,
    "The Bookmark, Winter 2025", "State Library Association", "2025-01-10",
    "The Bookmark. Newsletter of the State Library Association. Winter 2025.",
    "From the president: Legislative season begins next month. Please meet your representatives and tell them "
    "about your library's work.",
    "Mentoring goes online. Our mentoring programme, which paired 30 members a year in person, moved online "
    "this year and now pairs 85. Mentors and mentees meet by video, and every pair joins a shared Discord server "
    "where participants post questions, job leads and advice. Coordinator Ines Baptiste says the server has "
    "become a second, informal programme: mentees answer each other, and former mentees now mentor others. "
    "Applications for the next round open in March.",
    "Member news: Three libraries opened new branches, and the state archive completed its move.",
))
_add("renovation", _w(
    ISSUU, "/stateassoc/docs/capitol-library-renovation-brochure", "document", 0,
    "Capitol Library Renovation", "State Library Association", "2023-08-22",
    "Capitol Library Renovation. A new home for the state's collections.",
    "The renovated reading room reopens in September with restored plaster ceilings, new lighting and 120 "
    "seats. The map collection moves to a climate-controlled vault on the lower level.",
    "Tours are offered every Saturday at 11:00. Groups of more than ten should book ahead.",
))

# --- libkbin.example: kbin magazines -------------------------------------------------------------------------

_add("kbin-after-twitter", _w(
    KBIN, "/m/librarians/t/4411/how-did-you-find-a-mentor-after-leaving-twitter", "post", 3,
    "How did you find a mentor after leaving Twitter?", "quietstacks", "2024-02-12",
    "Genuine question. Most of the people who gave me career advice in my first job I met on Twitter, through "
    "library chats. Since leaving, I've lost touch with them. For those who moved here or to Bluesky: how did "
    "you rebuild that? Did you find new mentors, or is it all peers now?",
    "Reply from dewey_decibel: I followed the library hashtags here and just started replying. Took months, but "
    "two people I talk to regularly now are more senior than me and happy to answer questions.",
    "Reply from oldschoolref: Email. Honestly. Write to the people you miss and ask if you can keep talking.",
))
_add("pln-starter", _w(
    KBIN, "/m/librarians/t/4412/pln-starter-pack-for-school-librarians", "post", 3,
    "PLN starter pack for school librarians", "dewey_decibel", "2024-03-03",
    "Putting together a starter list for new school librarians building a professional learning network: the "
    "magazine here, two Mastodon servers, the state association's listserv, a Discord for school library "
    "folks, and the monthly hashtag chat. Add yours!",
    "Reply from marginalia: The Facebook group for solo school librarians is huge and full of people who've "
    "been doing it twenty years. Ask anything.",
))
_add("finding-aid", _w(
    KBIN, "/m/archivists/t/4413/the-finding-aid-that-almost-broke-me", "post", 0,
    "The finding aid that almost broke me", "marginalia", "2024-04-09",
    "Finally published the finding aid for a 240-box collection that arrived in garbage bags. Three years, two "
    "interns and one heroic volunteer. It's online and searchable and I'm going to lie down.",
))
_add("mentor-texts", _w(
    KBIN, "/m/librarians/t/4414/mentor-texts-for-third-grade-writing", "post", 0,
    "Mentor texts for third-grade writing units?", "marginalia", "2024-04-22",
    "Teachers keep asking me for mentor texts for their personal narrative unit. Picture books that model "
    "small moments, strong leads, dialogue. What's on your list? I have the usual ones but want newer titles.",
    "Reply from dewey_decibel: Anything by Kevin Henkes for small moments, and Jacqueline Woodson for voice.",
))
_add("branch-managers-discord", _w(
    KBIN, "/m/librarians/t/4415/peer-group-for-new-branch-managers-on-discord", "post", 2,
    "Peer group for new branch managers on Discord?", "oldschoolref", "2024-05-15",
    "Is anyone running a peer group for new branch managers? I'm eight months in, and my own system has no one "
    "else at my level who started recently. I've seen Discord servers for library workers but they're mostly "
    "memes.",
    "Reply from quietstacks: Not exactly, but the public library management channel on the big library "
    "Discord has a weekly thread for new managers. Worth a look.",
    "Reply from oldschoolref: Thanks. Meanwhile, any tips for scheduling fourteen part-timers around a "
    "school holiday? The spreadsheet has won this round.",
))

# --- archivecast.example: a podcast on Podomatic -------------------------------------------------------------

_add("ep41", _w(
    PODOMATIC, "/entry/2024-02-06T08_00_00-08_00", "article", 3,
    "Ep 41: Mentors in the DMs", "The Archive Cast", "2024-02-06",
    "This week we talk with Naomi Reyes, a digital archivist who has never had a formal mentor and says she "
    "doesn't need one. Her mentors, she says, are the people she has met in direct messages: colleagues who "
    "answered a question she posted on Twitter years ago, a records manager she met in a Slack community, a "
    "former professor she still emails every term.",
    "We talk about how to ask a stranger for advice without it being awkward, why Naomi now keeps her own "
    "inbox open to students, and what archivists lost and kept when their online communities scattered across "
    "Mastodon, Bluesky and LinkedIn.",
    "Show notes: the peer mentoring toolkit Naomi mentions, the early-career archivists' Slack, and her "
    "thread on writing your first message to a potential mentor.",
))
_add("ep42", _w(
    PODOMATIC, "/entry/2024-03-05T08_00_00-08_00", "article", 0,
    "Ep 42: Rehousing photographs", "The Archive Cast", "2024-03-05",
    "Conservator Abby Lund joins us to talk about rehousing photographic collections: choosing enclosures, "
    "handling cracked negatives, and what to do with a shoebox of prints that smells of vinegar.",
    "Show notes: enclosure suppliers, the photographic activity test, and Abby's guide to cold storage.",
))
_add("ep43", _w(
    PODOMATIC, "/entry/2024-04-02T08_00_00-07_00", "article", 2,
    "Ep 43: Career changers", "The Archive Cast", "2024-04-02",
    "Two guests who came to archives from other careers, a former nurse and a former software tester, tell us "
    "how they made the switch. Both say the turning point was advice from archivists they met online: the nurse "
    "through a LinkedIn message to a medical archivist that turned into monthly calls, the tester through a "
    "forum where experienced archivists review newcomers' CVs.",
    "We also talk about going back to school in your forties, what transferable skills actually transfer, and "
    "the first-year salary shock.",
))
_add("ep44", _w(
    PODOMATIC, "/entry/2024-05-07T08_00_00-07_00", "article", 1,
    "Ep 44: Disaster planning", "The Archive Cast", "2024-05-07",
    "After a burst pipe flooded her reading room, university archivist Jen Osei rewrote her disaster plan. She "
    "walks us through phone trees, salvage priorities and the freezer space she now has on standby.",
    "Jen thanks the colleagues on a preservation mailing list who talked her through the first 48 hours. Show "
    "notes: her template plan and the regional salvage network.",
))

# --- firstyearlib.example: a newsletter for new librarians (Ghost, Edition) ----------------------------------

_add("ask-mentor", _w(
    EDITION, "/how-to-ask-for-a-mentor-without-making-it-weird/", "article", 3,
    "How to ask for a mentor without making it weird", "Priya Natarajan", "2024-09-03",
    "Hello, first-years. This issue is about the question I get most from readers: how do I get a mentor? "
    "Short answer: don't ask anyone to be your mentor. Ask them a question.",
    "The librarians who have helped me most never agreed to mentor me. I sent one a LinkedIn message about a "
    "talk she gave. I replied to another's post on Bluesky about reference interviews. I asked a question in a "
    "Slack channel and a third answered at length. In each case, a small question led to a second one, and a "
    "few months later I realised I had someone I could call before a big decision.",
    "So: be specific. 'Can you be my mentor?' is a big ask from a stranger. 'I saw your talk on open access "
    "negotiations; how did you prepare for your first one?' is easy to answer and easy to follow up.",
    "Follow up, and report back. If someone's advice helped, tell them what happened. That is the step most "
    "people skip and the one that turns a reply into a relationship.",
    "And if your association has a formal programme, sign up for that too. Formal and informal mentoring are "
    "not rivals. But don't wait for a match to start learning from the people around you, online and off.",
    "Next issue: the Slack and Discord communities worth your time.",
))
_add("slack-workspaces", _w(
    EDITION, "/the-slack-workspaces-worth-your-time/", "article", 3,
    "The Slack and Discord communities worth your time", "Priya Natarajan", "2024-09-17",
    "As promised, a guide to the online communities where new librarians can learn from each other and from "
    "people who have been at this for decades. I asked readers for their favourites and got 200 replies.",
    "Best for career questions: a Slack for early-career academic librarians with a weekly 'ask a director' "
    "thread, where senior librarians answer anonymous questions about job offers and promotion.",
    "Best for peer support: a Discord for library workers in their first three years, with channels by "
    "specialty and a very active #interview-prep room where members run mock interviews with each other.",
    "Best for specialists: the code4lib Slack for library technologists and a Discord for children's "
    "librarians that is more practical than any course I took.",
    "A tip from readers: lurk for a week, then introduce yourself and ask one question. The communities that "
    "work best are the ones where newcomers feel allowed to ask.",
))
_add("salary", _w(
    EDITION, "/issue-12-salary-negotiation/", "article", 1,
    "Issue 12: negotiating your first salary", "Priya Natarajan", "2024-07-09",
    "This issue: negotiating the salary for your first professional job. Yes, you can; yes, you should; and no, "
    "a public library is not too poor to hear a polite counter-offer.",
    "Start with data. Salary surveys from your state association and posted ranges in job ads tell you what "
    "the job is worth. Decide your number before the call.",
    "Practise the sentence. 'Thank you, I'm excited about this role. Based on my research, I was hoping for "
    "something closer to X. Is there flexibility?' Say it out loud until it is boring. A reader told me she "
    "practised it with a mentor she met on LinkedIn, and I think that's a great idea.",
    "If the salary is fixed, ask about start date, professional development money or a review at six months.",
))
_add("cover-letters", _w(
    EDITION, "/issue-14-cover-letters-that-work/", "article", 0,
    "Issue 14: cover letters that work", "Priya Natarajan", "2024-08-06",
    "This issue is about cover letters, because search committees tell me they still read them, closely.",
    "Answer the job ad. Take each required qualification and give one concrete example of meeting it. "
    "Committees often score letters against the ad, line by line.",
    "Keep it to a page and a half. Cut the opening paragraph that says how excited you are; show it instead. "
    "And please, check the library's name.",
))
_add("first-conference", _w(
    EDITION, "/your-first-conference-on-a-budget/", "article", 2,
    "Your first conference, on a budget", "Priya Natarajan", "2024-10-01",
    "Conference season is here. If your library can't pay, look for first-timer grants and volunteer roles; "
    "most associations waive registration for volunteers. Share a room, bring lunch.",
    "The best advice I got before my first conference came from people I only knew online. Follow the "
    "conference hashtag on Bluesky and Mastodon a week before, introduce yourself, and ask who else is going "
    "for the first time. Several experienced attendees run 'first-timer' meetups and are happy to be asked for "
    "advice; one of them became the person I now email about every career decision.",
    "At the conference, go to the poster session, where it is easy to talk to people, and skip at least one "
    "slot to rest.",
))

# --- okafor-lab.example: an information scientist's site (Hugo Blox) -----------------------------------------

_add("reciprocal", _w(
    BLOX, "/post/reciprocal-mentoring-on-mastodon/", "article", 3,
    "Reciprocal mentoring on Mastodon: notes from a year of observation", "Adaeze Okafor", "2024-06-20",
    "For the past year my group has been following how librarians and archivists use Mastodon for "
    "professional learning. This post summarises what we have seen so far, ahead of a paper.",
    "The most striking pattern is reciprocity. On Twitter, in our earlier work, mentoring relationships "
    "usually ran one way: experienced professionals answered, newcomers asked. On the Mastodon servers we "
    "studied, roughly a third of the advice exchanges we coded ran the other way, with early-career members "
    "helping senior colleagues with new tools, accessibility practice or the norms of the platform itself. "
    "Several senior participants described this explicitly as reverse mentoring and said it was one reason "
    "they stayed.",
    "The second pattern is the return of the hashtag chat in a slower form. Weekly chats have not moved over "
    "intact, but hashtags serve as asynchronous threads where a question may gather answers over several days. "
    "Participants told us this suits people in different time zones and those who cannot be online at a "
    "fixed hour.",
    "Third, personal learning networks on Mastodon are smaller and denser than the ones participants had on "
    "Twitter. People follow fewer accounts but talk to more of them. Whether this helps newcomers find mentors "
    "or closes circles around those already connected is the question we are now working on.",
    "I will present the full analysis at IFLA in August; slides will be posted here.",
))
_add("repository-policies", _w(
    BLOX, "/publication/repository-deposit-policies/", "journal-article", 1,
    "Who deposits, and why: repository policies at 60 African universities", "Adaeze Okafor; Kofi Mensah",
    "2023-11-01",
    "Abstract: We surveyed institutional repository policies at 60 universities in 12 African countries and "
    "interviewed 18 repository managers. Mandatory deposit policies raised deposit rates only where paired "
    "with library support for authors. Managers reported learning repository software largely through regional "
    "mailing lists and peer networks rather than formal training.",
    "Published in the Journal of Scholarly Communication Practice, 9(2), 44-67.",
))
_add("grading", _w(
    BLOX, "/post/grading-season/", "article", 0,
    "Grading season", "Adaeze Okafor", "2023-12-08",
    "Sixty-two final projects on information retrieval evaluation, each with a reproducible notebook. The "
    "notebooks that run first time get a small gold star in my spreadsheet, and this year there are more of "
    "them than ever.",
    "A note to next year's students: set your random seed, pin your library versions, and please do not "
    "hard-code a path to your own desktop.",
))
_add("ifla-talk", _w(
    BLOX, "/talk/ifla-2024-mentoring-networks/", "article", 2,
    "Mentoring networks after Twitter (IFLA WLIC 2024)", "Adaeze Okafor", "2024-08-21",
    "Talk at the IFLA World Library and Information Congress, Dublin, in the session on continuing "
    "professional development.",
    "Abstract: How did librarians' online mentoring networks change when many left Twitter? Drawing on a year "
    "of observation on Mastodon and interviews with 30 librarians, this talk describes more reciprocal, slower "
    "and smaller networks, and asks what associations can do to help newcomers find experienced colleagues.",
    "Event: Session 112, 21 August 2024, 10:45. Slides are available below.",
))
_add("slides", _w(
    BLOX, "/uploads/okafor-ifla-2024-slides.pdf", "document", 3,
    "Mentoring networks after Twitter (slides)", "Adaeze Okafor", "2024-08-21",
    "Mentoring networks after Twitter. Adaeze Okafor. IFLA WLIC 2024, Dublin.",
    "1. The question: where do librarians find mentors and professional learning online now that Twitter "
    "chats have dispersed?",
    "2. Data: 14 months of public posts on four library Mastodon servers; 30 interviews with librarians and "
    "archivists at all career stages.",
    "3. Finding one, reciprocity: a third of advice exchanges ran from junior to senior members; reverse "
    "mentoring on tools and platform norms.",
    "4. Finding two, slower chats: hashtags as asynchronous threads; answers gathered over days; better for "
    "people outside North American time zones.",
    "5. Finding three, smaller and denser networks: fewer follows, more conversation; risk of closed circles "
    "for newcomers.",
    "6. For associations: seed newcomer hashtags, invite experienced members to answer in public, and link "
    "formal mentoring programmes to the online spaces where informal mentoring already happens.",
))

# --- mlisjourney.example: an MLIS student's blog (Jekyll Now) ------------------------------------------------

_add("first-chat", _w(
    JEKYLLNOW, "/My-first-twitter-chat/", "article", 3,
    "My first Twitter chat", "Jordan Kim", "2023-10-05",
    "Tonight I joined my first library Twitter chat for an assignment in my foundations class. I was nervous, "
    "typed and deleted my first answer three times, and then a school librarian in Texas replied to it and "
    "asked what kind of library I wanted to work in. By the end of the hour two people had offered to look at "
    "my resume and one sent me a list of people to follow. I get why my professor calls this a personal "
    "learning network now.",
))
_add("informational-interviews", _w(
    JEKYLLNOW, "/Informational-interviews-on-LinkedIn/", "article", 3,
    "Informational interviews on LinkedIn", "Jordan Kim", "2024-01-22",
    "Over winter break I did six informational interviews, all arranged through LinkedIn. Here's what I "
    "learned, for my classmates and for future me.",
    "How I asked: I searched for people with the job titles I want (academic liaison, data services), looked "
    "for anyone who went to my program, and sent a short note asking for twenty minutes. Eight of fifteen said "
    "yes, and six calls happened.",
    "What I asked: how they got their first job, what they wish they had taken in school, what their week looks "
    "like. Everyone was generous. Two of them said to keep in touch, and one has already sent me a job posting "
    "and introduced me to a colleague on Bluesky.",
    "What surprised me: how many of them said their own mentors were people they met online, in chats or on "
    "mailing lists, not at work.",
))
_add("cataloging-week5", _w(
    JEKYLLNOW, "/Cataloging-class-week-5/", "article", 0,
    "Cataloging class, week 5", "Jordan Kim", "2023-10-12",
    "This week in cataloging: subject headings. I spent two hours deciding whether a book about urban "
    "beekeeping is about bees, cities or both (both, with subdivisions). Our lab assignment is due Friday and "
    "I still don't understand free-floating subdivisions.",
))
_add("practicum", _w(
    JEKYLLNOW, "/Practicum-reflections/", "article", 1,
    "Practicum reflections", "Jordan Kim", "2024-05-10",
    "My practicum at the university's health sciences library ended this week. I taught two database "
    "workshops, built a research guide on nursing evidence, and sat in on more systematic review consultations "
    "than I can count.",
    "The biggest lesson was how much of the job is listening. My supervisor, who has been kind enough to keep "
    "answering my messages on LinkedIn since, says the reference interview never stops being hard.",
    "Next up: one more semester, then the job hunt.",
))
_add("group-project", _w(
    JEKYLLNOW, "/Group-project-on-discord/", "article", 0,
    "Running a group project on Discord", "Jordan Kim", "2024-02-28",
    "Our database design group project has four people in three time zones, so we moved everything to a "
    "Discord server: one channel for the schema, one for meeting notes, and a bot that reminds us of deadlines. "
    "It works better than the course forum, mostly because people actually check it.",
))


# --- the pages that are not works (graded 0) ------------------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (SOLEDAD, "/", "home"),
    (SOLEDAD, "/page/2/", "listing"),
    (SOLEDAD, "/about-me/", "about"),
    (SOLEDAD, "/contact/", "contact"),
    (SOLEDAD, "/category/mentoring/", "category"),
    (SOLEDAD, "/category/retirement/", "category"),
    (SOLEDAD, "/tag/twitter/", "tag"),
    (SOLEDAD, "/?s=mentor", "search"),
    (SOLEDAD, "/author/margaret/", "profile"),
    (FLATSOME, "/", "home"),
    (FLATSOME, "/blog/", "listing"),
    (FLATSOME, "/about-us/", "about"),
    (FLATSOME, "/contact/", "contact"),
    (FLATSOME, "/blog/category/customer-stories/", "category"),
    (FLATSOME, "/blog/tag/webinars/", "tag"),
    (DISCUZ, "/forum.php", "home"),
    (DISCUZ, "/forum.php?gid=1", "category"),
    (DISCUZ, "/forum-2-1.html", "listing"),
    (DISCUZ, "/forum-3-1.html", "listing"),
    (DISCUZ, "/misc.php?mod=tag&id=7", "tag"),
    (DISCUZ, "/search.php?mod=forum&srchtxt=mentor&searchsubmit=yes", "search"),
    (DISCUZ, "/home.php?mod=space&uid=1024", "profile"),
    (DISCUZ, "/thread-1187-1-1.html", "error"),
    (XPLORE, "/", "home"),
    (XPLORE, "/Xplorehelp/overview-of-ieee-xplore/about-ieee-xplore", "about"),
    (XPLORE, "/Xplorehelp/contact-us", "contact"),
    (XPLORE, "/browse/periodicals/topic/information-science", "category"),
    (XPLORE, "/xpl/tocresult.jsp?isnumber=10234500", "listing"),
    (XPLORE, "/search/searchresult.jsp?queryText=mentoring", "search"),
    (XPLORE, "/author/37089012345", "profile"),
    (ISSUU, "/", "home"),
    (ISSUU, "/mlsgroup", "profile"),
    (ISSUU, "/stateassoc", "profile"),
    (ISSUU, "/search?q=mentoring", "search"),
    (ISSUU, "/categories/education", "category"),
    (KBIN, "/", "home"),
    (KBIN, "/m/librarians", "listing"),
    (KBIN, "/m/archivists", "listing"),
    (KBIN, "/u/quietstacks", "profile"),
    (KBIN, "/search?q=mentor", "search"),
    (KBIN, "/tag/mentorship", "tag"),
    (KBIN, "/about", "about"),
    (PODOMATIC, "/", "home"),
    (PODOMATIC, "/?page=2", "listing"),
    (EDITION, "/", "home"),
    (EDITION, "/page/2/", "listing"),
    (EDITION, "/about/", "about"),
    (EDITION, "/contact/", "contact"),
    (EDITION, "/tag/mentoring/", "tag"),
    (EDITION, "/author/priya/", "profile"),
    (EDITION, "/issue-9-reference-desk-survival/", "error"),
    (BLOX, "/", "home"),
    (BLOX, "/post/", "listing"),
    (BLOX, "/tag/mentoring/", "tag"),
    (BLOX, "/category/research/", "category"),
    (BLOX, "/author/adaeze-okafor/", "profile"),
    (JEKYLLNOW, "/", "home"),
    (JEKYLLNOW, "/about/", "about"),
    (JEKYLLNOW, "/Library-of-things-visit/", "error"),
]
