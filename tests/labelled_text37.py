"""Web 37's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

GARDEN = "garden.quietcatalogue.example"   # Quartz v4 digital garden
NOTION = "mentorlink.super.example"        # a Notion site through a Super.so-like wrapper
NIKOLA = "quietstacks.example"             # Nikola, bootblog4
HATENA = "shelfwalker.hatenablog.example"  # Hatena Blog
TGPH = "telegraph.example"                 # Telegraph (telegra.ph)
GROUPS = "groups.google.example"           # Google Groups public archive
TME = "t.me.example"                       # a Telegram channel's web preview
RXIV = "lisrxiv.example"                   # a bioRxiv-like preprint server
S2 = "scholarsearch.example"               # a Semantic Scholar-like paper index
PQ = "theses.pqlike.example"               # a ProQuest-like dissertations database
HOSTS = (GARDEN, NOTION, NIKOLA, HATENA, TGPH, GROUPS, TME, RXIV, S2, PQ)


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


def W(host, path, kind, grade, title, author, date, *paras) -> Work:
    return Work(host, path, kind, grade, title, author, date, tuple(paras))


PRE1 = "/content/10.1101/2024.03.11.584321v1"
S2P1 = "/paper/Ties-That-Teach-Peer-Support-Among-Early-Career-Archivists-Hale-Ochoa/3f9a1c0e7b5d4a2f8e6c1b0a9d8e7f6a5b4c3d2e"

WORKS = {
    # --- Quartz digital garden ---
    "gd1": W(GARDEN, "/notes/advice-networks-for-new-archivists", "article", 3, "Advice networks for new archivists",
             "Wren Adebayo", "2024-01-08",
             "Evergreen note. When I started in a two-person county record office, nobody on site had processed a "
             "personal papers collection since the nineties. What got me through was a loose web of people online: "
             "an archivist in Leeds who answered my DMs, a Discord server for record office staff, and the weekly "
             "thread where people post what they are stuck on.",
             "The pattern I keep seeing: you do not find one guru, you assemble a personal board of advisers. One "
             "person for appraisal questions, one for career moves, one who just tells you it is normal to feel lost. "
             "Each relationship started as a reply to a public post.",
             "Linked: [[buddy schemes]], [[asking small questions]], [[lurking is fine]]."),
    "gd2": W(GARDEN, "/notes/my-pkm-setup", "article", 2, "My PKM setup (2024 edition)", "Wren Adebayo", "2024-02-19",
             "This vault runs on Obsidian with a daily note, a literature folder and a handful of templates for "
             "accession records. Quartz publishes whatever lives in the public folder.",
             "The folder I open most is called people. Each page is someone from the archives corner of the "
             "fediverse or the regional group chat who has helped me: what they told me, when, and what I promised "
             "to send back. It turns scattered advice from seniors into something I can reread before an interview.",
             "Plugins: Dataview, Templater, and a calendar I barely use."),
    "gd3": W(GARDEN, "/notes/regex-for-catalogue-cleanup", "article", 1, "Regex for catalogue cleanup", "Wren Adebayo",
             "2024-03-02",
             "A scratchpad of regular expressions for cleaning legacy catalogue exports: stray double spaces, dates "
             "written as 3rd Jan 1911, box numbers with trailing letters.",
             "Most of these came from a colleague on the metadata Slack who walked me through lookaheads one "
             "evening; I owe her a coffee.",
             "Pattern for ordinal dates: (\\d{1,2})(st|nd|rd|th) ([A-Z][a-z]{2}) (\\d{4})."),
    "gd4": W(GARDEN, "/notes/reading-list-appraisal", "article", 0, "Reading list: appraisal theory", "Wren Adebayo",
             "2023-11-30",
             "Books and articles on archival appraisal I have read or mean to read, roughly in order of how useful "
             "they were for a small local authority repository.",
             "Schellenberg for the classic value distinctions; macro-appraisal for the argument about functions over "
             "records; the documentation strategy literature for community archives."),
    "gd5": W(GARDEN, "/notes/buddy-schemes", "article", 3, "Buddy schemes", "Wren Adebayo", "2024-01-22",
             "A buddy scheme pairs a newcomer with someone a year or two ahead, rather than with a senior. Our "
             "regional archives network runs one entirely over a shared chat workspace: every new starter gets a "
             "buddy from another institution, and they agree to swap one message a week for six months.",
             "What works: buddies who are close enough in experience to remember the confusion, a channel where "
             "all pairs can see each other's questions, and a named coordinator who nudges quiet pairs.",
             "What does not: pairing people by sector only, or expecting a video call every week. Text suits shift "
             "workers and people in reading rooms with no phone signal."),
    # --- Notion via Super.so ---
    "no1": W(NOTION, "/programme", "article", 3, "The MentorLink programme", "MentorLink team", "2024-02-01",
             "MentorLink is a volunteer-run online mentoring programme for library and information workers in their "
             "first five years. Everything happens remotely: you are matched with a more experienced practitioner "
             "from a different workplace, and you meet by video or chat for one cohort of six months.",
             "Alongside one-to-one pairs, each cohort has a peer circle on our community server, where mentees "
             "share job applications, conference proposals and the questions they feel awkward asking a manager.",
             "Applications for the autumn cohort open in August. Public, school, academic, health and special "
             "libraries, archives and records management are all welcome."),
    "no2": W(NOTION, "/how-matching-works", "article", 3, "How matching works", "MentorLink team", "2024-02-01",
             "After you apply we read your goals, not just your job title. Someone who wants to move from a branch "
             "library into systems work is paired with a person who made that jump, wherever they live.",
             "Mentors and mentees first meet in a short introductory call set up over email. From then on the pair "
             "chooses the channel: some prefer fortnightly video calls, others a running chat thread.",
             "If a match is not working, tell the coordinators. Rematching is normal and nobody is judged for it."),
    "no3": W(NOTION, "/faq", "article", 2, "Frequently asked questions", "MentorLink team", "2024-02-03",
             "Is it free? Yes. MentorLink is run by volunteers and costs nothing for mentors or mentees.",
             "Do I need to be on social media? No, but many pairs first found each other through the programme's "
             "hashtag, and the peer circle lives on our community server, so some comfort with online chat helps.",
             "Can I take part from outside the UK? Yes, as long as the time zones can be made to work.",
             "Who can I contact about accessibility? Write to the address on the contact page."),
    "no4": W(NOTION, "/meeting-notes-template", "article", 0, "Committee meeting notes template", "MentorLink team",
             "2023-12-12",
             "Duplicate this page before each committee meeting. Date, attendees, apologies.",
             "Agenda: treasurer's update, website hosting renewal, volunteer rota for the stand at the spring "
             "conference, any other business.",
             "Actions: owner, due date, status."),
    # --- Nikola blog ---
    "nk1": W(NIKOLA, "/posts/the-corner-of-mastodon-that-raised-me/", "article", 3,
             "The corner of Mastodon that raised me", "Priya Okonkwo-Hart", "2023-10-14",
             "I was the only law librarian in a firm of forty people, and the partners thought a librarian was a "
             "person who tidies the shelves. The people who actually showed me the ropes were on a small Mastodon "
             "instance for legal information professionals.",
             "They reviewed my first current-awareness bulletin, told me which vendor reps to trust, and when I "
             "asked whether to take a knowledge manager post, three of them gave up an evening to talk it through.",
             "If you are a solo professional, the online community is not a nice extra. It is the senior colleague "
             "your organisation never hired."),
    "nk2": W(NIKOLA, "/posts/notes-from-the-new-professionals-day/", "article", 2,
             "Notes from the new professionals day", "Priya Okonkwo-Hart", "2023-11-25",
             "The morning sessions were about copyright and the new procurement rules; useful, but dense.",
             "The afternoon panel was on career development, and every panellist described getting early career "
             "advice through an online network rather than their employer: a mailing list, a LinkedIn group, an "
             "informal coaching arrangement that began as a reply on a forum.",
             "I left with a list of people to follow and a promise to myself to offer the same help to someone "
             "newer than me."),
    "nk3": W(NIKOLA, "/posts/digitising-the-parish-magazines/", "article", 0, "Digitising the parish magazines",
             "Priya Okonkwo-Hart", "2023-09-02",
             "The volunteers finished scanning 1,200 issues of the parish magazine, 1948 to 1990, at 400 dpi.",
             "Next comes optical character recognition, which struggles with the duplicated typewriter text of the "
             "fifties, and then a simple index of names and places."),
    "nk4": W(NIKOLA, "/posts/what-nurses-taught-me-about-preceptors/", "article", 1,
             "What nurses taught me about preceptors", "Priya Okonkwo-Hart", "2024-01-20",
             "My sister is a ward nurse, and her hospital assigns every newly qualified nurse a preceptor for the "
             "first year: an experienced nurse who works the same shifts and signs off competencies.",
             "She also belongs to a huge nursing group on Facebook where students ask about placements at two in the "
             "morning. It made me wonder whether our own profession could borrow something of the kind online.",
             "Mostly, though, this post is about how strange hospital hierarchies look from outside."),
    "nk5": W(NIKOLA, "/posts/a-year-of-reading-challenge/", "article", 0, "A year of the reading challenge",
             "Priya Okonkwo-Hart", "2023-12-30",
             "Fifty-two books, twelve of them graphic novels, three abandoned. The best was a history of the "
             "typewriter; the worst was a thriller set in a library with no catalogue."),
    "nk6": W(NIKOLA, "/posts/coffee-with-a-retired-cataloguer/", "article", 2, "Coffee with a retired cataloguer",
             "Priya Okonkwo-Hart", "2024-02-11",
             "Every month I meet Margaret, who catalogued rare books for thirty years, at a café near the station. "
             "She started as my mentor through the regional branch scheme and we kept going after it ended.",
             "She is suspicious of social media but admits that the scheme itself only worked because the "
             "coordinator ran it through a mailing list and an online sign-up sheet: that is how a retiree in one "
             "town and a newcomer in another ever heard of each other.",
             "This month we talked about provenance notes and whether I should apply for chartership."),
    # --- Hatena Blog ---
    "ht1": W(HATENA, "/entry/2023/06/18/214503", "article", 3, "Finding senpai on the internet", "shelfwalker",
             "2023-06-18",
             "In Japanese workplaces you learn from your senpai, the people who joined before you. As a foreign "
             "librarian at a university in Osaka I had no senpai who shared my language, so I went looking online.",
             "I found them in an English-language group for librarians working in Japan, and later on Bluesky. "
             "They explained how budget requests work here, how to write a polite refusal, and which conference "
             "is worth the train fare.",
             "Two of them now read my drafts before I send anything to the head of department. That is mentoring "
             "in everything but name, and it happened entirely through screens."),
    "ht2": W(HATENA, "/entry/2023/09/03/081230", "article", 2, "Six months of a remote coaching pair", "shelfwalker",
             "2023-09-03",
             "This spring the library association's international section paired me with a coach in Melbourne. We "
             "talk on video once a month, early for me and late for her.",
             "Things that helped: a shared document of goals, and her habit of sending one article a week over "
             "chat. Things that did not: my habit of cancelling when exams were on.",
             "Unrelated: the campus hydrangeas are out, and they are blue this year."),
    "ht3": W(HATENA, "/entry/2023/10/22/190011", "article", 0, "A day in Kyoto's small libraries", "shelfwalker",
             "2023-10-22",
             "Took the early train to Kyoto to visit three small libraries: a manga library in an old school, a "
             "temple library that lends sutra transcriptions, and a children's library with a garden.",
             "The manga library still uses the school's old shoe lockers at the entrance."),
    "ht4": W(HATENA, "/entry/2024/01/07/102244", "article", 1, "Resolutions for 2024", "shelfwalker", "2024-01-07",
             "Learn enough Japanese to read cataloguing rules without a dictionary. Finish the bibliography project. "
             "Answer more of the questions newcomers post in the librarians-in-Japan group, since people did that "
             "for me. Walk to work at least twice a week."),
    "ht5": W(HATENA, "/entry/2024/03/15/223001", "article", 0, "Weeding the English collection", "shelfwalker",
             "2024-03-15",
             "We withdrew about eight hundred English-language titles this term, mostly duplicate textbooks and "
             "out-of-date travel guides.",
             "The students were allowed to take the discards home; the travel guides went first."),
    # --- Telegraph ---
    "tg1": W(TGPH, "/How-a-Telegram-channel-became-a-mentoring-programme-03-04", "article", 3,
             "How a Telegram channel became a mentoring programme", "Shelf Mentors", "2024-03-04",
             "We started the channel to share job adverts for library and archive posts. Within a month the "
             "comments were full of people asking how to write the application, and experienced members answering.",
             "So we formalised it: anyone can ask to be paired with a volunteer who has at least five years in the "
             "sector, and pairs talk in private chats. Thirty-one pairs so far, in nine countries.",
             "We also run an open question hour in the channel's discussion group on the first Monday of the month, "
             "which is where most pairs are first formed."),
    "tg2": W(TGPH, "/What-I-wish-I-had-asked-my-mentor-03-19", "article", 2, "What I wish I had asked my mentor",
             "Ola Brennan", "2024-03-19",
             "I was lucky to have a mentor in my first library job, a senior reference librarian who took me to "
             "every meeting. I wish I had asked her how she decided what to say no to.",
             "Now I answer questions from newcomers in an online group, and that is the first thing I tell them: "
             "ask your seniors how they protect their time, not only how they do their job.",
             "The rest of this is a list of books I still want to read on management."),
    "tg3": W(TGPH, "/Recipe-Cardamom-buns-04-02", "article", 0, "Recipe: cardamom buns", "Ola Brennan", "2024-04-02",
             "Warm the milk, add yeast and sugar, wait ten minutes. Knead in flour, butter and ground cardamom.",
             "Roll, fill with butter, sugar and more cardamom, twist, prove for an hour, bake at 200 degrees."),
    "tg4": W(TGPH, "/Moving-our-archive-to-new-storage-04-11", "article", 1, "Moving our archive to new storage",
             "Shelf Mentors", "2024-04-11",
             "A member describes moving a university archive of 3,000 boxes to an off-site store over one summer: "
             "barcoding, a location register, and a removal firm that had never moved paper before.",
             "She thanks the members of this channel who answered her questions about shelving loads; the rest is "
             "about pallets and humidity."),
    # --- Google Groups ---
    "gg1": W(GROUPS, "/g/lis-newprofs/c/Xk3pQ9vRt2A", "post", 3, "Looking for a mentor in health librarianship",
             "Dara Nwosu", "2023-05-09",
             "Hi all, I am eight months into my first post as a clinical librarian and there is nobody else in the "
             "trust doing the job. Does anyone know of a mentoring scheme that works remotely, or would anyone be "
             "willing to have the occasional call?",
             "Reply from Helen Marsh: The health libraries group runs an online mentoring scheme; I was matched "
             "through it in 2019 and we still talk. Happy to have a call in the meantime.",
             "Reply from Ivo Stein: Seconding Helen. Also worth joining the journal club on the group's server: "
             "half the advice I got as a newcomer came from the chat after each session."),
    "gg2": W(GROUPS, "/g/lis-newprofs/c/P7mWd2LcQ0e", "post", 3, "Peer mentoring circle, anyone?", "Sam Quarshie",
             "2023-07-21",
             "Would anyone in their first three years like to form a small peer mentoring circle? The idea is four "
             "to six of us, a video call once a month, and this list for anything in between.",
             "Reply from Ana Lima: Yes please. Could we each bring one problem per call? That worked in a circle I "
             "joined during library school.",
             "Reply from Sam Quarshie: Great, I will set up a poll for times. Archivists and records people "
             "welcome too."),
    "gg3": W(GROUPS, "/g/lis-newprofs/c/Rb5nH8yKe4s", "post", 2, "Interview next week: advice?", "Jo Aldana",
             "2023-09-30",
             "I have an interview for a subject librarian post next week with a presentation on information "
             "literacy. Any advice from those who have been on panels?",
             "Reply from Helen Marsh: Talk about one session you actually taught, with numbers. And do a practice "
             "run with someone senior; if you have no one at work, ask here, people will volunteer.",
             "Reply from Ivo Stein: I am happy to do a practice run over video on Sunday."),
    "gg4": W(GROUPS, "/g/lis-newprofs/c/Ty2kL6wNb9f", "post", 0, "Spare conference ticket", "Ivo Stein",
             "2023-10-12",
             "I have a spare ticket for the cataloguing and indexing conference in Bristol on the 19th; my "
             "colleague cannot go. Free to a good home, just cover the lunch."),
    "gg5": W(GROUPS, "/g/archives-techtalk/c/Vq8sD1zUm3h", "post", 1, "Which tool for born-digital appraisal?",
             "Tomasz Wiercinski", "2023-11-04",
             "We have a donation of twelve hard drives from an architect's practice. Which tool are people using "
             "for a first survey of born-digital material?",
             "Reply from Lea Fournier: We use a disk imaging workflow then a format identification report. My old "
             "supervisor taught me that over a shared screen years ago and I still use her checklist.",
             "Reply from Tomasz Wiercinski: Thanks, trying it this week."),
    # --- Telegram channel ---
    "tm1": W(TME, "/shelfmentors/112", "post", 3, "Shelf Mentors", "Shelf Mentors", "2024-03-04",
             "Our channel now has a proper mentoring scheme. New to libraries or archives? Ask to be paired with "
             "a volunteer who has been in the sector five years or more. Pairs chat privately; you set the pace. "
             "Write-up on how it started: see the Telegraph link below. #mentoring"),
    "tm2": W(TME, "/shelfmentors/115", "post", 2, "Shelf Mentors", "Shelf Mentors", "2024-03-11",
             "First Monday question hour was busy: 46 questions, from CV gaps to which metadata standard to learn "
             "first. Thank you to the eleven seasoned members who stayed to answer. Job adverts continue below."),
    "tm3": W(TME, "/shelfmentors/118", "post", 2, "Shelf Mentors", "Shelf Mentors", "2024-03-19",
             "A member's reflection on what she wishes she had asked the person who guided her through her first "
             "job, and what she now tells newcomers in this group. Worth five minutes. #buddy"),
    "tm4": W(TME, "/shelfmentors/120", "post", 0, "Shelf Mentors", "Shelf Mentors", "2024-03-27",
             "Job: library assistant, 0.6 FTE, public library service in the north-east. Closing date 12 April."),
    "tm5": W(TME, "/shelfmentors/123", "post", 1, "Shelf Mentors", "Shelf Mentors", "2024-04-11",
             "Moving 3,000 archive boxes in one summer: pallets, barcodes and a nervous removal firm. One of our "
             "members tells the story, with a nod to those here who helped."),
    "tm6": W(TME, "/shelfmentors/125", "post", 0, "Shelf Mentors", "Shelf Mentors", "2024-04-16",
             "Reminder: the channel will be quiet over the Easter break. Job adverts resume on the 22nd."),
    # --- bioRxiv-like preprints ---
    "rx1": W(RXIV, PRE1, "journal-article", 3,
             "Online peer mentoring networks among early-career librarians: a mixed-methods study", "Nadia Ferreira",
             "2024-03-11",
             "Abstract. Early-career librarians increasingly seek developmental relationships outside their "
             "employers. We surveyed 412 library and information workers in their first five years and interviewed "
             "24 of them about the online networks they use for career support.",
             "Most respondents (71%) reported at least one mentoring relationship that began on a social platform, "
             "a mailing list or an online community. Peer mentoring in small groups was more common than "
             "traditional one-to-one mentoring, and was valued for emotional support and practical advice alike.",
             "Respondents in solo posts and rural services relied most on these networks. We discuss implications "
             "for professional associations designing online mentoring programmes."),
    "rx1f": W(RXIV, PRE1 + ".full", "journal-article", 3,
              "Online peer mentoring networks among early-career librarians: a mixed-methods study (full text)",
              "Nadia Ferreira", "2024-03-11",
              "Introduction. Mentoring has long been part of professional socialisation in librarianship, usually "
              "arranged by employers or associations. Social media and online communities now let newcomers find "
              "advisers across institutional and national boundaries.",
              "Methods. An online survey was distributed through library mailing lists and social platforms; "
              "semi-structured interviews explored how participants found, kept and ended these relationships.",
              "Results. Participants described finding advisers by replying to public posts, joining chat servers "
              "and forming peer circles. Online relationships were sustained longer when a shared goal was set.",
              "Discussion. Associations could support these networks with light structure rather than replacing "
              "them with formal schemes."),
    "rx1p": W(RXIV, PRE1 + ".full.pdf", "document", 3,
              "Online peer mentoring networks among early-career librarians (PDF)", "Nadia Ferreira", "2024-03-11",
              "Online peer mentoring networks among early-career librarians: a mixed-methods study",
              "Nadia Ferreira, Department of Information Studies",
              "We surveyed 412 early-career library and information workers about mentoring relationships formed "
              "through social platforms, mailing lists and online communities.",
              "Peer mentoring circles online were more common than one-to-one mentoring and valued for advice and "
              "support, especially by librarians in solo and rural posts."),
    "rx2": W(RXIV, "/content/10.1101/2024.05.02.591117v1", "journal-article", 1,
             "Twitter use and career outcomes among postdoctoral researchers in the life sciences", "Karel Novak",
             "2024-05-02",
             "Abstract. We analysed the public posting of 1,900 postdoctoral researchers and their subsequent "
             "appointments. Sustained posting about one's own work was associated with more invitations to speak.",
             "Postdocs reported that informal advice from senior scientists online complemented supervision in the "
             "lab. Similar patterns have been described for other professions, including librarians.",
             "We caution that the platform's changes since 2023 limit the generalisability of these results."),
    "rx3": W(RXIV, "/content/10.1101/2023.11.20.567702v1", "journal-article", 0,
             "Citation accuracy in preprints and their published versions", "Lin Zhao", "2023-11-20",
             "Abstract. We compared the reference lists of 3,400 preprints with their published versions and found "
             "that 8.2% of references changed, mostly through corrected page numbers and added DOIs.",
             "Errors introduced during typesetting were rarer than errors corrected by copy-editing."),
    # --- Semantic Scholar-like ---
    "s21": W(S2, S2P1, "journal-article", 3,
             "Ties that teach: peer support among early-career archivists on social platforms", "Rosa Hale",
             "2022-06-01",
             "Drawing on interviews with 30 archivists in their first posts, this paper shows how advice and "
             "encouragement travel through online ties: hashtag chats, fediverse servers and private group chats. "
             "Participants described these ties as a substitute for the senior colleagues their small repositories "
             "lacked, and many had gone on to guide newer entrants in turn."),
    "s22": W(S2, "/paper/Reference-Librarians-Learning-Networks-Online-Ochoa/7c2e9b4d1a0f3e5c6b8a9d7e2f1c0b3a4d5e6f70",
             "journal-article", 2, "Reference librarians' learning networks online", "Luis Ochoa", "2021-09-15",
             "A study of how 150 reference librarians keep their skills current. Online courses and webinars were "
             "most common, but a third named an informal online relationship with a more experienced colleague "
             "as their most important source of professional guidance."),
    "s23": W(S2, "/paper/Metadata-Quality-in-Aggregated-Cultural-Heritage-Zhao/1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
             "journal-article", 0, "Metadata quality in aggregated cultural heritage collections", "Lin Zhao",
             "2020-03-10",
             "We measure completeness and consistency of 2.1 million records harvested by a national aggregator "
             "and propose automated checks for dates and rights statements."),
    "s24": W(S2, "/paper/Mentoring-Early-Career-Teachers-Through-Online-Communities-Baptiste/9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807",
             "journal-article", 1, "Mentoring early-career teachers through online communities", "Marie Baptiste",
             "2019-11-05",
             "A review of 42 studies of online mentoring for beginning schoolteachers. Effects on retention were "
             "modest; the school librarian was occasionally named as an informal source of help."),
    # --- ProQuest-like dissertations ---
    "pq1": W(PQ, "/docview/2874512345/abstract", "document", 3,
             "Learning the profession in public: social media and the mentoring of new academic librarians",
             "Grace Mbeki", "2023-05-01",
             "Abstract. This dissertation examines how newly qualified academic librarians use social media to "
             "find mentors and to give and receive career advice. Using a survey (n = 286) and a year of "
             "observation in three online communities, it finds that peer and near-peer relationships formed "
             "online complement, and sometimes replace, institutional mentoring programmes.",
             "Degree: Ph.D. School: a state university school of information. Subject: Library science; Higher "
             "education. Pages: 214."),
    "pq1p": W(PQ, "/openview/8c1f4e2a9b7d6c5e3f1a0b9c8d7e6f5a/1.pdf", "document", 2,
              "Learning the profession in public (preview)", "Grace Mbeki", "2023-05-01",
              "Learning the profession in public: social media and the mentoring of new academic librarians",
              "Preview: 24 pages of 214.",
              "Chapter 1. Introduction. New academic librarians often arrive in departments where no one has time "
              "to guide them. Many turn to online networks for advice.",
              "Chapter 2. Literature review: mentoring in librarianship; online communities of practice; the "
              "history of academic library staffing."),
    "pq2": W(PQ, "/docview/2790331108/abstract", "document", 0,
             "Shelving, circulation and the architecture of Carnegie libraries, 1890-1920", "Henry Oduya", "2022-08-01",
             "Abstract. A study of how the building plans of Carnegie libraries shaped open-shelf circulation, "
             "drawing on surviving plans, circulation records and local newspaper reports.",
             "Degree: Ph.D. Subject: Library science; Architecture. Pages: 301."),
    "pq3": W(PQ, "/docview/2655102987/abstract", "document", 1,
             "Communities of practice among hospital pharmacists", "Ruth Adeyemi", "2021-12-01",
             "Abstract. Using interviews with 40 hospital pharmacists, this thesis describes how informal learning "
             "and coaching happen on the ward and in professional messaging groups. A comparison with clinical "
             "librarians is briefly drawn in the conclusion.",
             "Degree: Ed.D. Subject: Pharmacy sciences; Education. Pages: 188."),
}

OTHER = [
    (GARDEN, "/", "home"), (GARDEN, "/notes/", "listing"), (GARDEN, "/tags/", "listing"),
    (GARDEN, "/tags/mentoring", "tag"), (GARDEN, "/tags/metadata", "tag"), (GARDEN, "/about", "about"),
    (GARDEN, "/notes/lurking-is-fine", "error"),
    (NOTION, "/", "home"), (NOTION, "/resources", "listing"), (NOTION, "/about", "about"),
    (NOTION, "/contact", "contact"), (NOTION, "/team/aisha-rahman", "profile"),
    (NIKOLA, "/", "home"), (NIKOLA, "/index-1.html", "listing"), (NIKOLA, "/archive.html", "listing"),
    (NIKOLA, "/categories/", "listing"), (NIKOLA, "/categories/cat_career/", "category"),
    (NIKOLA, "/categories/cat_local-history/", "category"), (NIKOLA, "/categories/mastodon/", "tag"),
    (NIKOLA, "/categories/books/", "tag"), (NIKOLA, "/pages/about/", "about"),
    (NIKOLA, "/posts/hello-world/", "error"),
    (HATENA, "/", "home"), (HATENA, "/archive", "listing"), (HATENA, "/archive/category/Mentoring", "category"),
    (HATENA, "/archive/category/Japan", "category"), (HATENA, "/about", "about"),
    (HATENA, "/search?q=coach", "search"),
    (TGPH, "/", "home"), (TGPH, "/Untitled-01-01", "error"),
    (GROUPS, "/g/lis-newprofs", "home"), (GROUPS, "/g/lis-newprofs/about", "about"),
    (GROUPS, "/g/lis-newprofs/search?q=mentor", "search"), (GROUPS, "/g/archives-techtalk", "listing"),
    (GROUPS, "/g/archives-techtalk/about", "about"),
    (TME, "/s/shelfmentors", "home"), (TME, "/s/shelfmentors?before=118", "listing"),
    (TME, "/shelfmentors", "profile"), (TME, "/s/shelfmentors?q=%23mentoring", "search"),
    (TME, "/shelfmentors/999", "error"),
    (RXIV, "/", "home"), (RXIV, "/collection/scientific-communication-and-education", "category"),
    (RXIV, "/search/mentoring", "search"), (RXIV, "/about-lisrxiv", "about"), (RXIV, "/contact", "contact"),
    (RXIV, "/content/early/recent", "listing"),
    (S2, "/", "home"), (S2, "/search?q=mentoring%20librarians%20social%20media", "search"),
    (S2, "/author/Rosa-Hale/2143657", "profile"), (S2, "/author/Luis-Ochoa/2081134", "profile"),
    (S2, "/about", "about"),
    (PQ, "/", "home"), (PQ, "/results/5B2F3C9A4E/1?accountid=14523", "search"),
    (PQ, "/browse/subject/library-science", "category"), (PQ, "/contact", "contact"),
    (PQ, "/docview/1000000000/abstract", "error"),
]
