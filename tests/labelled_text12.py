"""Web 12's texts and labels, written before its pages were built: every work
(``WORKS``: host, path, kind, grade, title, author, date, paragraphs) and
every page that is not a work (``OTHER``: host, path, kind; graded 0).

Grades, as a reader would give them for the built-in topic (information
professionals using social media and online networks for mentoring and
professional learning): 3 about it throughout, 2 about it in good part, 1 a
passing mention, 0 nothing. :mod:`tests.labelled_web12` builds the pages.
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


JIMDO = "hollins-papers.example"        # a retired archivist's Jimdo site
WEEBLY = "stacksandsnacks.example"      # a library-school student's Weebly blog
ASTRO = "hvos.example"                  # a researcher's Astro site
INVISION = "recordkeepers.example"      # an Invision Community forum
FRIENDICA = "social.example"            # a Friendica node
PEERTUBE = "tube.example"               # a PeerTube instance
CORE = "journals.example"               # a Cambridge Core-like publisher
BIBLIO = "citylibrary.example"          # a public library's BiblioCommons site
SITECORE = "ischool.example"            # a university school's Sitecore site
SLIDES = "slides.example"               # a SlideShare-like presentations site

HOSTS = (JIMDO, WEEBLY, ASTRO, INVISION, FRIENDICA, PEERTUBE, CORE, BIBLIO, SITECORE, SLIDES)

CORE_J = "/core/journals/journal-of-information-practice"

WORKS: dict[str, Work] = {}


def _w(key: str, host: str, path: str, kind: str, grade: int, title: str, author: str, date: str, *paras: str):
    assert key not in WORKS, key
    WORKS[key] = Work(host, path, kind, grade, title, author, date, tuple(paras))


# --- a retired archivist's site (Jimdo) ---------------------------------------------------------------

_w("listservs", JIMDO, "/2023/03/14/forty-years-three-mailing-lists-and-a-mentor-i-never-met/", "article", 3,
   "Forty years, three mailing lists and a mentor I never met", "Margaret Hollins", "2023-03-14",
   "When I started at the county record office in 1983 there was no such thing as a mentor, or if there was, "
   "nobody told me. There was Mr Pryce, who had been there since the war and who answered every question with "
   "'look it up'. I looked things up. It was lonely.",
   "The change came in the mid nineties when a colleague in Leeds put me on the archives mailing list. I read it "
   "every morning before the searchroom opened, printed the good ones and kept them in a lever-arch file I still "
   "have. Over the next few years one man on that list, a records manager in Aberdeen whom I never once met in "
   "person, answered perhaps thirty of my questions. Appraisal of council minutes, what to do about nitrate film, "
   "how to tell a chief executive no. He would reply to the list and then, quietly, write to me directly with the "
   "bit he did not want to say in public. That is what a mentor is, I think, whatever the programmes call it.",
   "Later there was a second list for the local studies people and then, after I retired, a Facebook group for "
   "retired archivists which is mostly photographs of gardens but every so often somebody young finds their way in "
   "and asks for advice about a job interview, and six of us old hands pile in at once.",
   "I have tried to pay it back. I answer the emails that come through the contact form on this site. Two of the "
   "young people I have corresponded with now run services of their own. One of them told me last year she keeps "
   "a folder of my replies. I did not tell her about my lever-arch file, but I thought of it.",
   "If you are starting out: join the lists, read more than you write for the first six months, and when someone "
   "answers you generously, write to them and say thank you. That is usually how it begins.")

_w("roses", JIMDO, "/2023/06/02/pruning-and-patience/", "article", 1,
   "Pruning and patience", "Margaret Hollins", "2023-06-02",
   "The climbing rose by the back door has finally forgiven me for last year's butchery. I cut it to the third bud "
   "as the book says and it sulked for a whole season. This year it is covered.",
   "Patience is not a virtue I was born with. Thirty years of cataloguing parish records taught me some, and the "
   "garden has taught me the rest. You do the work, you wait, and nothing you do in the waiting helps.",
   "Someone in the retired archivists' group online asked what we all do with our time now, and half the replies "
   "were roses, so I am in good company.",
   "Next week: the sweet peas, and whether it is ever too late to put in a second sowing.")

_w("orkney", JIMDO, "/2023/08/21/a-week-in-kirkwall/", "article", 0,
   "A week in Kirkwall", "Margaret Hollins", "2023-08-21",
   "We took the ferry from Scrabster on a grey morning and by the time we reached Stromness the sun was out. Kirkwall "
   "is smaller than I remembered. The cathedral is exactly as red.",
   "I spent two mornings in the archive looking at estate papers for no reason except that I could. The staff were "
   "kind to an old woman with a pencil. The afternoons were for walking: the Brough of Birsay at low tide, the "
   "standing stones in the rain, a great deal of tea.",
   "Home now, and the washing machine has not stopped since.")

_w("letters", JIMDO, "/2024/01/09/what-i-tell-the-young-ones-who-write-to-me/", "article", 2,
   "What I tell the young ones who write to me", "Margaret Hollins", "2024-01-09",
   "Every month or so an email arrives through this site from someone at the start of their career. Usually they "
   "have found one of my old posts about the mailing lists. Usually they want to know whether to take a short "
   "contract or wait for something permanent.",
   "I tell them what I was told: take the contract if it teaches you something you cannot learn where you are. I "
   "tell them to find two or three people a little further along and keep writing to them, by whatever means is "
   "in fashion, because nobody gets through this work alone.",
   "The rest of my advice is less about archives. Learn to drive. Keep a notebook. Do not work through lunch. Buy "
   "good shoes for the searchroom, you will be standing more than you think.",
   "And I tell them to write back in five years and tell me what I got wrong. A few have.")

_w("parkin", JIMDO, "/2024/11/05/bonfire-night-parkin/", "article", 0,
   "Bonfire night parkin", "Margaret Hollins", "2024-11-05",
   "My mother's recipe, as promised to the neighbours. Oatmeal, treacle, golden syrup, ginger, a good deal of "
   "butter. Bake it low and slow and then hide it in a tin for three days, which is the hard part.",
   "It is better on the fourth day than the first and better still on the sixth, if there is any left.")

# --- a library-school student's blog (Weebly) ----------------------------------------------------------

_w("critlib", WEEBLY, "/blog/how-i-found-my-mentor-in-a-twitter-chat", "article", 3,
   "How I found my mentor in a Twitter chat (and what she taught me)", "Priya Raman", "2024-02-18",
   "OK so this is the post I promised in my last one. Back in first semester I was lurking on #critlib and "
   "#libchat every week because a professor said it would be 'good for us'. I did not say anything for about two "
   "months. Then one night I replied to a question about instruction anxiety and a reference librarian in Ohio "
   "replied to ME, and then followed me, and then DMed me asking if I wanted to talk about it properly.",
   "We have had a video call every month since October. She is not assigned to me by anyone. She read my cover "
   "letters, told me honestly that my first one was boring (it was), and introduced me to two people on Bluesky "
   "who do the kind of outreach work I want to do.",
   "Things I have learned from her, in no order: apply for jobs you are 70% qualified for. Your network is not the "
   "people you know, it is the people who would answer if you asked. Say thank you publicly when someone helps you "
   "online, because it helps them too. Nobody has it figured out, including people with twenty years in.",
   "If you are in library school and you are not doing the chats, try one. You do not have to post. But when you "
   "do, someone might actually answer.")

_w("practicum", WEEBLY, "/blog/week-9-practicum-reflections", "article", 2,
   "Week 9: practicum reflections", "Priya Raman", "2024-03-25",
   "Week nine at the health sciences library. This week was systematic review searching, which I thought I "
   "understood until I watched my supervisor build a search strategy with forty lines and three databases.",
   "I got stuck on the MeSH terms for a question about falls in care homes. My supervisor was off on Thursday so I "
   "asked in the medical librarians' Slack that a classmate added me to, and within an hour two people had replied "
   "with suggestions and one had sent me a whole worked example. I think I learned more from that thread than from "
   "the module readings. A woman from a hospital library in Manchester then offered to look over my practicum "
   "report, which, honestly, yes please.",
   "Other things: I have started to get the hang of EndNote. I still hate the photocopier. The team take lunch "
   "together on Fridays and it is very nice.",
   "Next week is the teaching session. Pray for me.")

_w("cataloguing", WEEBLY, "/blog/cataloguing-assignment-panic", "article", 1,
   "Cataloguing assignment panic", "Priya Raman", "2024-04-11",
   "Twelve records due Friday and I have done four. RDA is a language I do not speak. Why is a relator term.",
   "The worst one is a DVD box set with three discs and two different publishers and a translated title on the "
   "spine only. I have been staring at it for an hour.",
   "Someone in my cohort group chat said just ask the cataloguing people on Mastodon, they love this, but I feel "
   "like it is cheating on an assignment so I am suffering alone instead.",
   "Update: it is 1am. I have done six. Snacks have been consumed.")

_w("summer", WEEBLY, "/blog/my-summer-reading-list", "article", 0,
   "My summer reading list", "Priya Raman", "2024-06-03",
   "Finally! No assignments for ten weeks. Here is what I am reading, in rough order: a big fat fantasy trilogy "
   "everyone keeps telling me about, two short novels in translation, a cookbook I will actually cook from, and "
   "one book about the history of the card catalogue because I cannot help myself.",
   "I will report back. Send recommendations in the comments!")

_w("plnguide", WEEBLY, "/blog/building-a-pln-from-scratch", "article", 3,
   "Building a PLN from scratch: a student's guide", "Priya Raman", "2024-05-12",
   "A few people from my cohort asked how I built up my 'professional learning network' (lol) this year, so here is "
   "everything I did, for the next lot of students.",
   "1. Pick two places, not six. For me it was Bluesky and one Slack. I tried LinkedIn too but it is mostly people "
   "announcing their new jobs. Good for that, not for learning.",
   "2. Follow the people your lecturers cite, and then follow who they talk to. The replies are where the "
   "conversation is.",
   "3. Join one weekly chat and go every week. Being a regular matters more than being clever.",
   "4. Ask real questions. 'Any tips for a first library job interview' gets nothing. 'How do you answer the "
   "question about a time you handled a difficult patron when your only experience is retail' gets twenty replies "
   "from people who hire librarians.",
   "5. Keep a list of people who helped you and what they said. Mine is a note on my phone. When you get stuck, read "
   "it.",
   "6. Webinars are underrated. The free ones from the state library association have a chat box, and the chat box is "
   "where I met two people I now talk to every week.",
   "That is it. None of this is magic, it is just showing up where the librarians are and being a bit brave.")

# --- a researcher's site (Astro) --------------------------------------------------------------------------

_w("decade", ASTRO, "/blog/mentoring-at-a-distance/", "article", 3,
   "Mentoring at a distance: what ten years of studies on online mentoring in librarianship add up to",
   "Helena Vos", "2024-09-30",
   "For a book chapter I am writing I have spent the summer rereading what our field has published since roughly "
   "2014 on mentoring and professional learning that happens through online networks rather than in a building. "
   "These are working notes, longer than a blog post should be, shared in case they are useful to others teaching "
   "or supervising in this area.",
   "First, a matter of definitions. The literature uses at least four overlapping terms: e-mentoring, "
   "virtual mentoring, distance mentoring and, more recently, the personal or professional learning network. The "
   "first three usually describe a structured relationship between a more experienced professional and a newer one "
   "that happens to be carried by email, video or a chat platform. The fourth describes something looser: the set "
   "of people a librarian or archivist learns from, chosen by the learner, usually met on social media, and rarely "
   "described by either side as mentoring at all. A good part of the confusion in the field comes from treating "
   "these as one thing.",
   "Second, the formal programmes. Association-run schemes moved online well before 2020, mainly to reach members "
   "in rural areas and small institutions who could not travel to a mentor. The evaluations that exist are mostly "
   "small, self-reported and enthusiastic. The consistent findings are modest but worth stating: pairs who agree a "
   "rhythm of contact at the start stay in contact; pairs who rely on one side to initiate drift apart by the third "
   "month; and mentees value the mentor's help with career decisions, applications and workplace politics far more "
   "than with technical skills, which they can learn elsewhere.",
   "Third, and more interesting to me, the informal side. Studies of Twitter chats such as #libchat and #critlib, "
   "of archivists' hashtags and of the mailing lists that preceded them describe a pattern the formal literature "
   "misses. Newer professionals use public channels to ask questions they would not ask a line manager, and more "
   "experienced colleagues answer in public, often then continuing privately. Over time some of these exchanges "
   "settle into relationships that look exactly like mentoring, except that nobody arranged them and neither party "
   "calls them that. Several interview studies find participants saying, in effect, 'I would not call her my mentor, "
   "but she is the person I ask'.",
   "Peer mentoring deserves its own paragraph. Cohort groups of new librarians, often started in a library school "
   "Slack or a Discord server, carry on for years after graduation. The advice that circulates in them is less "
   "authoritative than a senior mentor's but more frequent and more candid, particularly about salaries, contracts "
   "and leaving bad jobs. Group mentoring, in which one experienced professional meets a small circle online, sits "
   "between the two and seems to combine the advantages of each, although the evidence here is thinnest.",
   "Fourth, the platforms. The field's attachment to any one network has been short. Listservs gave way to blogs, "
   "blogs to Twitter, and since 2022 Twitter to a scatter of Mastodon instances, Bluesky, LinkedIn groups and closed "
   "Slack and Discord communities. Each move loses people. The studies of the recent migration are still appearing, "
   "but the early ones report that the informal mentoring relationships survived better than the public "
   "conversations did: people who already knew one another moved to email or a direct-message app, while the open "
   "space where a newcomer could meet an experienced colleague by chance shrank.",
   "That is, I think, the main risk the research points to. Online networks have been very good at one thing in "
   "particular for our profession: letting a new archivist or librarian find, by themselves, someone further along "
   "who is willing to help. That depends on open, shared spaces with enough experienced people in them. Fragmented, "
   "closed communities work well for those already inside and less well for those trying to get in.",
   "Fifth, who benefits. Several studies, and the experience of colleagues who run programmes, suggest that online "
   "mentoring widens access for people in remote posts, for those with caring responsibilities and for disabled "
   "professionals who find conferences exhausting. At the same time, the informal version favours the confident and "
   "the already-connected. Librarians of colour have written persuasively about finding mentors online whom they "
   "could not find in their own institutions, and also about the harassment that public visibility can bring.",
   "A note on what people actually ask. Where studies have coded the questions newer professionals put to online "
   "networks, the same categories recur: how to read a job advertisement and whether to apply; what to say in an "
   "interview; how to negotiate salary; what a particular specialism is like to work in; how to deal with a "
   "difficult manager; and whether to leave. Technical questions, about cataloguing rules or a piece of software, "
   "are common too, but they are answered and closed quickly. The career questions are the ones that lead to "
   "continuing contact, and so to the relationships people later describe as mentoring.",
   "Mentors' side of the story is told less often. The few studies that ask experienced librarians why they answer "
   "strangers online give three reasons: they were helped the same way themselves; it keeps them in touch with what "
   "newcomers face; and it is easier to fit a reply into a working day than a formal mentoring meeting. They also "
   "describe costs. Public answers invite argument, direct messages accumulate, and a few mentors describe "
   "stepping back after a period of being asked too much by too many. Programmes that share the load, such as group "
   "mentoring or a rota of volunteers in a community's advice channel, appear to last longer.",
   "Webinars are an odd case. Most of the literature treats them as training, not mentoring, and rightly so. Yet "
   "newer professionals in several studies describe the chat beside a webinar as a place where they met people, "
   "and a few describe writing afterwards to a speaker who then became an adviser. Blogs played a similar role "
   "a decade earlier: comment threads under a well-known librarian's post were, for some readers, their first "
   "conversation with someone senior in the profession.",
   "Archivists and records managers appear in this literature less than librarians, and their experience differs "
   "in one respect. Because many work alone or in very small teams, the online network is often not a supplement "
   "to colleagues but a substitute for them. Interviewees in solo posts describe the mailing list, and later a "
   "community forum, as the place where they learned the job; one described the regulars on a forum as 'the team I "
   "never had'.",
   "Sixth, methods. Most of this work is qualitative and small. Surveys recruit through the same networks they "
   "study, which inflates reported use. Almost nothing is longitudinal. I would like to see studies that follow a "
   "cohort from library school into its first five years of work and ask, at intervals, who they learned from and "
   "how they met them.",
   "Finally, for teaching. When I supervise students now I tell them three things. Find a small number of places "
   "where experienced colleagues talk in public and be a regular in them. Ask specific questions. And, when you "
   "have been helped, help the next person, because the informal system only works while people keep paying it "
   "forward.",
   "A full reference list will go with the chapter. In the meantime, the working paper linked from my publications "
   "page sets out the interview study these notes draw on.")

_w("workingpaper", ASTRO, "/papers/vos-2024-peer-mentoring-networks.pdf", "document", 3,
   "Peer mentoring networks among early-career archivists: a working paper", "Helena Vos", "2024-05-01",
   "Peer mentoring networks among early-career archivists: a working paper",
   "Helena Vos. Working paper, May 2024. Not peer reviewed; comments welcome.",
   "Abstract. This paper reports interviews with 24 archivists in their first five years of professional work about "
   "whom they turn to for advice and how they met them. Most named at least one person met through social media, a "
   "mailing list or an online community whom they regarded as a mentor in all but name.",
   "Participants described three kinds of relationship: formal mentoring arranged by an association and carried on "
   "by video call; informal mentoring that began with a public question on Twitter, Mastodon or a forum and moved to "
   "private messages; and peer mentoring in small groups of contemporaries, usually in a Slack or Discord workspace "
   "set up during their studies.",
   "Peer groups were the most frequent source of advice on pay, contracts and job applications. Experienced mentors "
   "met online were the main source of advice on career direction. Formal programmes were valued but often ended "
   "when their term ended.",
   "Participants reported that the move away from Twitter after 2022 cut them off from chance contact with senior "
   "colleagues, while existing relationships survived in other channels.",
   "The paper argues that professional associations should support open online spaces where newcomers can meet "
   "experienced practitioners, not only closed programmes.")

_w("dhteaching", ASTRO, "/blog/teaching-metadata-for-dh/", "article", 0,
   "Teaching notes: metadata for digital humanities students", "Helena Vos", "2024-02-12",
   "This term I taught the metadata module to a mixed group of history and information studies students. The "
   "historians arrived thinking metadata was a form to fill in; the information students arrived thinking it was a "
   "solved problem. Both were wrong in interesting ways.",
   "The exercise that worked best was describing the same letter three times: in Dublin Core, in a TEI header, and "
   "as a catalogue entry for a general reader. Comparing the three made the choices visible.",
   "Next year I will add a week on controlled vocabularies and drop the lecture on XML syntax, which nobody needed.")

_w("leaving", ASTRO, "/blog/on-leaving-the-bird-site/", "article", 1,
   "On leaving the bird site", "Helena Vos", "2023-01-20",
   "I deleted my account this week after fourteen years. I will not rehearse the reasons; they are the same as "
   "everyone's.",
   "What I will miss is mostly academic: announcements of new papers, conference back-channels, arguments with "
   "colleagues in other countries that improved my thinking. Some of that was also where students found "
   "people to learn from outside their own department, and I do not yet know where that happens now.",
   "For now I am on Mastodon and, reluctantly, on my university's page. Email still works.")

_w("citations", ASTRO, "/blog/co-authorship-networks-in-lis/", "article", 0,
   "Co-authorship networks in LIS journals, 2000-2020", "Helena Vos", "2023-11-08",
   "A short methods note on a side project. Using article metadata from twenty library and information science "
   "journals I built a co-authorship network: authors as nodes, shared papers as edges, weighted by count.",
   "The network is sparse and fragmented, with one large component dominated by bibliometrics groups and many "
   "small islands of two or three authors. Betweenness centrality picks out a handful of authors who bridge "
   "information retrieval and information behaviour.",
   "Caveats: name disambiguation was done by hand for the top 500 authors only, and the journals chosen bias the "
   "picture towards English-language research. Code and data are on my repository page.")

# --- an Invision Community forum ----------------------------------------------------------------------------

_w("realmentors", INVISION, "/forums/topic/2211-did-you-find-your-real-mentor-online/", "post", 3,
   "Did you find your real mentor online rather than through the formal scheme?", "quietstrongroom", "2024-04-08",
   "quietstrongroom: Honest question. I was matched with a mentor through the society scheme two years ago. Lovely "
   "person, we met four times, nothing stuck. Meanwhile the people I actually go to when I'm stuck are two "
   "archivists I got talking to on here and one on Mastodon. Is that normal or is the scheme just not working for me?",
   "BoxFileBarry: Completely normal. My 'real' mentor is someone who answered a daft question of mine on the old "
   "listserv in 2009. We still email every few months. The formal scheme gave me a certificate.",
   "MeganRM: I'd defend the scheme a bit. It's good for the structured stuff, chartership portfolios especially. But "
   "yes, the day-to-day advice comes from peers online. I've got a group chat of five of us from the same course.",
   "quietstrongroom: The group chat thing is what I'm missing. How did yours start?",
   "MeganRM: One of us made a Discord during the course and we never left. Ten years later we're all in different "
   "sectors and it's the most useful thing I have. Start one with whoever's in your year, someone has to.",
   "old_hand_ken: Retired now but I'll add: answer questions here as well as ask them. That's how people find you. "
   "Half the people I ended up mentoring found me because of something I'd posted.")

_w("digipres", INVISION, "/forums/topic/2240-moving-from-records-management-into-digital-preservation/", "post", 2,
   "Moving from records management into digital preservation - advice?", "jfinch", "2024-05-02",
   "jfinch: Eight years in RM in local government, want to move into digital preservation. I've done the online "
   "course and play with Archivematica at home. What should I be doing?",
   "old_hand_ken: Get onto the digital preservation mailing list and the community's Slack and read the back "
   "catalogue. People there are very generous with newcomers. Then ask someone whose job you want for a chat. Most "
   "will say yes.",
   "BoxFileBarry: Your RM background is a selling point, don't hide it. Retention schedules and appraisal are "
   "exactly what a lot of DP people are bad at.",
   "jfinch: Thanks both. Ken, would you mind if I DMed you?",
   "old_hand_ken: Go ahead.")

_w("humidity", INVISION, "/forums/topic/2257-humidity-loggers-for-a-small-strongroom/", "post", 0,
   "Humidity loggers for a small strongroom?", "MeganRM", "2024-05-19",
   "MeganRM: Budget of about 600 for loggers in a 40 square metre strongroom. Wireless or not? Anyone happy with theirs?",
   "BoxFileBarry: Wireless, if your walls allow it. Going round with a USB cable every month gets old fast.",
   "jfinch: We have four of the cheap ones and they drift. Calibrate against a decent hygrometer twice a year.")

_w("roundup", INVISION, "/forums/topic/2262-conference-2024-roundup-thread/", "post", 1,
   "Conference 2024 roundup thread", "BoxFileBarry", "2024-09-06",
   "BoxFileBarry: Post your highlights. Mine: the session on email archiving, the keynote on community archives, and "
   "the reception, which had actual food this year.",
   "MeganRM: The born-digital panel was excellent. Also the new professionals' meetup, which is apparently going to "
   "carry on as a monthly call on their Discord.",
   "quietstrongroom: Missed most of day two with a migraine but the slides are up. The venue's wifi was a disgrace.")

_w("discord", INVISION, "/forums/topic/2280-starting-a-discord-for-new-archivists-mentors-wanted/", "post", 3,
   "Starting a Discord for new archivists - experienced folk wanted", "quietstrongroom", "2024-10-14",
   "quietstrongroom: Following on from my thread in the spring: a few of us are setting up a Discord server for "
   "archivists in their first five years. The idea is a #ask-anything channel, a #jobs channel and, crucially, some "
   "experienced people around who are willing to answer questions and occasionally do a one-to-one call.",
   "quietstrongroom: We're not trying to replace the society's mentoring scheme. It's for the stuff in between, like "
   "'is this contract normal', 'how do I ask for a regrade', 'my manager wants me to digitise everything, help'.",
   "old_hand_ken: Count me in. Retired archivists have time on our hands and very strong opinions.",
   "BoxFileBarry: In. Suggest a monthly drop-in voice chat with a theme, it gets people talking who won't type.",
   "MeganRM: Happy to help. Please write some ground rules about confidentiality early, people will share things "
   "about their employers.",
   "quietstrongroom: Great, invite link in my profile. Thank you all, this forum is basically where I learned the job.")

# --- a Friendica node ---------------------------------------------------------------------------------------

_w("mentormonday", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000001", "post", 3,
   "MentorMonday reminder", "Tomasz Wierzbicki", "2024-11-04",
   "Reminder that #MentorMonday is on tonight for #libraries and #archives folks: post a question about your career, "
   "and anyone a few years further along answers. No question too small. Last week we had cover letters, a "
   "salary negotiation and how to leave a toxic job. Boost for reach please!")

_w("fedipln", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000002", "post", 3,
   "", "Tomasz Wierzbicki", "2024-11-12",
   "Two years since I left the bird site. What I was afraid of losing was my PLN: the reference librarians and "
   "cataloguers who taught me half of what I know. Most of them are here now or on Bluesky, and the ones who "
   "mentored me when I started still answer my questions. The chance encounters are rarer though. If you are new, "
   "say hello under #LibraryLife and we will find you.")

_w("firstjob", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000003", "post", 2,
   "", "Ada Mensah", "2024-11-15",
   "Got my first librarian job offer!! Thank you to everyone here who answered my nervous questions about salary. "
   "I asked for more, as you all told me to, and they said yes. Now I just need to find a flat in a city where I "
   "know nobody. Tips on the neighbourhoods welcome.")

_w("rain", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000004", "post", 0,
   "", "Ada Mensah", "2024-11-18",
   "Third day of rain. The cat has decided the laundry basket is her office now. I am not going to argue.")

_w("confpost", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000005", "post", 1,
   "", "Tomasz Wierzbicki", "2024-11-20",
   "Slides from my talk on open-source integrated library systems are up on my profile. Migration costs, what went "
   "wrong, what we would do again. Thank you to the three colleagues I pestered on Mastodon while writing it, and to "
   "everyone who came despite the 9am slot.")

_w("devmentor", FRIENDICA, "/display/7a1c0e52-1665-7f42-83a1-2e2f94000006", "post", 0,
   "", "Jonas Keller", "2024-11-21",
   "Our open-source mentoring programme for junior developers opens next week: we pair first-time contributors "
   "with maintainers on our Discord, you pick a good-first-issue, your mentor reviews your pull requests. Great way "
   "to build your network and learn Rust. #opensource #mentoring")

# --- a PeerTube instance ---------------------------------------------------------------------------------

_w("panel", PEERTUBE, "/w/9kQm2xTLpB4rWcNvzYhA1e", "post", 3,
   "Mentoring through online communities: a panel for early-career librarians", "New Professionals Network",
   "2024-03-20",
   "Recording of our March webinar. Four librarians and an archivist talk about how they found mentors and peers "
   "online, and how they now mentor others: Twitter chats and what replaced them, a regional Slack for new "
   "professionals, a Discord for library workers of colour, LinkedIn groups, and a group mentoring circle that "
   "meets on video every month.",
   "Chapters: 00:00 Introductions. 04:30 How each panellist met their first mentor. 17:10 Peer mentoring and cohort "
   "groups. 29:45 Asking good questions in public. 38:20 Boundaries, time and burnout for mentors. 47:00 Audience "
   "questions.",
   "Transcript excerpt: 'I never had a formal mentor. I had a hashtag. I would post a question at lunch and by the "
   "evening three people I had never met had told me what to do, and one of them became the person I still call "
   "before every big decision.'",
   "Slides and the list of communities mentioned are in the comments. Licence: CC BY 4.0.")

_w("linkedin", PEERTUBE, "/w/3hTq8YpLm2KcXaVzRbN7o1", "post", 2,
   "LinkedIn for archivists: networking without the cringe", "New Professionals Network", "2024-06-12",
   "A 25-minute talk from our spring day school. What to put in your profile if your job title means nothing to "
   "recruiters, how to write posts about your collections that people actually read, and why a short, specific "
   "message to a senior archivist asking for fifteen minutes of career advice gets answered more often than you "
   "think.",
   "The second half covers profile photos, skills sections and the recommendation feature, and a demonstration of "
   "the privacy settings.",
   "Licence: CC BY 4.0.")

_w("glassplates", PEERTUBE, "/w/6bNz4QsWe8RtYuPmLkJh2a", "post", 0,
   "Digitising glass plate negatives: a practical demonstration", "Heritage Digitisation Lab", "2024-07-03",
   "A step-by-step demonstration of our glass plate workflow: handling and cleaning, the copy stand and light box, "
   "camera settings, colour targets, inverting the negative and writing the metadata.",
   "Equipment list and settings in the description below. Recorded in our studio; apologies for the fan noise in "
   "part two.")

_w("agm", PEERTUBE, "/w/1cVb5NmQx7WeRtYuIoPa3s", "post", 1,
   "Annual general meeting 2024", "New Professionals Network", "2024-10-01",
   "Recording of the network's annual general meeting: the chair's report, the accounts, election of committee "
   "members and changes to the constitution.",
   "Items: membership grew by a fifth; the events budget is unchanged; the mentoring scheme will relaunch in the "
   "new year with sign-ups through the Slack; the committee thanks outgoing treasurer Rob Dale.",
   "Minutes will be posted on the website.")

# --- a Cambridge Core-like publisher ----------------------------------------------------------------------

_w("survey", CORE, CORE_J + "/article/informal-mentoring-on-professional-social-media/4F2A9C1D7E3B5A8C6D0E1F2A3B4C5D6E",
   "journal-article", 3,
   "Informal mentoring on professional social media: a survey of academic librarians", "Okafor, Chidinma; Lind, Erik",
   "2024-02-15",
   "Abstract. Academic librarians increasingly seek career advice and professional learning outside formal "
   "mentoring programmes. This study surveyed 412 academic librarians in three countries about the mentoring they "
   "receive and give through social media and online communities. Sixty-three per cent reported at least one "
   "ongoing mentoring relationship that began online; respondents in their first five years relied on peer groups "
   "on Slack and Discord, while mid-career respondents more often named relationships begun on Twitter or mailing "
   "lists. Informal online mentors were rated as more useful than assigned mentors for career guidance, and less "
   "useful for institution-specific advice. We discuss implications for library associations and for the design "
   "of formal programmes.",
   "Introduction. Mentoring has long been treated in librarianship as a formal arrangement between a senior "
   "and a junior colleague within one institution or association. The growth of professional learning networks on "
   "social media has created an informal alternative, in which newer professionals choose their own advisers from a "
   "much wider pool and advice moves between public posts and private messages.",
   "Little is known about how widespread such relationships are, who benefits from them, or how they compare with "
   "assigned mentoring. This survey addresses these questions.",
   "Keywords: mentoring; social media; professional learning networks; academic libraries; career development")

_w("cpd", CORE, CORE_J + "/article/continuing-professional-development-for-records-managers/8B1C2D3E4F5A6B7C8D9E0F1A2B3C4D5E",
   "journal-article", 2,
   "Continuing professional development for records managers: formats, costs and barriers", "Haddad, Samir",
   "2023-09-01",
   "Abstract. Records managers work in small teams, often as the only specialist in their organisation, which shapes "
   "how they keep their knowledge current. Drawing on 36 interviews, this article describes the formats of "
   "continuing professional development they use and the barriers they face. Employer-funded training and "
   "conferences have declined. Participants relied instead on free webinars, professional mailing lists and online "
   "communities, where more experienced peers answered questions and recommended reading; several described a "
   "long-standing online contact as their most important source of career advice. Barriers included cost, time, "
   "and the difficulty of getting recognition for informal learning. The article proposes ways for professional "
   "bodies to credit such learning.",
   "Keywords: records management; continuing professional development; webinars; informal learning")

_w("thermal", CORE, CORE_J + "/article/fading-of-thermal-paper-in-archival-collections/2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F",
   "journal-article", 0,
   "Fading of thermal paper records in archival collections", "Brandt, Lisa; Morel, Antoine", "2024-05-20",
   "Abstract. Thermal paper receipts, tickets and fax printouts are common in twentieth-century collections and fade "
   "quickly. We measured the optical density of 60 thermal paper items held under three storage regimes over four "
   "years. Fading was fastest under fluorescent light and in contact with PVC sleeves. We recommend prompt "
   "surrogacy by scanning, dark storage in polyester, and avoidance of plasticised materials.",
   "Keywords: preservation; thermal paper; storage; surrogacy")

_w("assessment", CORE, CORE_J + "/article/collection-assessment-in-small-academic-libraries/5E6F7A8B9C0D1E2F3A4B5C6D7E8F9A0B",
   "journal-article", 1,
   "Collection assessment in small academic libraries: a mixed-methods study", "Nakamura, Ren", "2023-11-10",
   "Abstract. Small academic libraries lack the staff for comprehensive collection assessment. This study combined "
   "circulation data, interlibrary loan requests and interviews with liaison librarians at eleven colleges to "
   "identify practical methods. Librarians favoured simple overlap and usage analyses; several said they had learned "
   "the methods from colleagues in an online community of practice rather than from formal training. We present a "
   "lightweight assessment framework and test it at two sites.",
   "Keywords: collection assessment; academic libraries; usage data")

_w("hashtagpdf", CORE, "/core/services/aop-cambridge-core/content/view/9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D/"
   "S0000000024000123a.pdf", "document", 2,
   "Hashtags and belonging: new archivists' professional identity online", "Ferreira, Ana; Quinn, Dara",
   "2024-08-30",
   "Hashtags and belonging: new archivists' professional identity online",
   "Ana Ferreira and Dara Quinn. Journal of Information Practice, 2024.",
   "Abstract. We analysed 3,000 posts under two archival hashtags and interviewed 18 archivists in their first "
   "three years of practice about what the hashtags meant to them.",
   "Participants used the hashtags to present themselves as archivists before their job titles did, to ask "
   "experienced colleagues for advice and to find peers facing the same problems. Several described senior "
   "archivists they met this way as mentors.",
   "The hashtags also carried conflict: debates over unpaid internships and over the profession's diversity were "
   "frequent, and some participants withdrew after hostile replies.",
   "We discuss how online visibility shapes professional identity, and its costs.")

# --- a public library's BiblioCommons site --------------------------------------------------------------

_w("staffpicks", BIBLIO, "/blogs/post/how-our-librarians-keep-learning/", "article", 2,
   "How our librarians keep learning", "Marisol Ortega", "2024-03-08",
   "People often ask what librarians do when the library is closed. Some of it is training, and a surprising amount "
   "of it happens online.",
   "Our children's team follows a storytime network where librarians across the country share songs and ideas "
   "and help newer colleagues plan their first sessions. Our digital services librarian learned most of what she "
   "knows about e-book lending from a national mailing list and a webinar series. Two of our newest librarians "
   "meet every month on video with an experienced librarian in another system who has become a mentor to both.",
   "We also run in-person training days twice a year, and every staff member gets paid time for courses.",
   "Stop by any branch and ask us what we have been learning lately!")

_w("taxhelp", BIBLIO, "/blogs/post/free-tax-help-is-back/", "article", 0,
   "Free tax help is back", "City Library", "2024-01-29",
   "Free tax preparation for households earning under the programme limit returns to Central and Eastside on "
   "Saturdays from February 3. Bring photo ID, your tax documents and last year's return. No appointment needed; "
   "arrive early, places are first come, first served.")

_w("teenmentor", BIBLIO, "/blogs/post/homework-help-and-teen-mentors/", "article", 0,
   "Homework help and teen mentors, now online", "Devon Price", "2024-09-04",
   "Our Teen Mentors programme pairs high school students with trained volunteer mentors for homework help and "
   "college application support. This year sessions move online: teens join from home on a video call, and a "
   "moderated Discord server lets them ask quick questions between sessions.",
   "Volunteers are screened and trained by our teen services staff. Sign up at any branch or on our events "
   "calendar.")

_w("newmanager", BIBLIO, "/blogs/post/meet-eastsides-new-branch-manager/", "article", 1,
   "Meet Eastside's new branch manager", "City Library", "2024-06-17",
   "Please welcome Karen Liu, who joins us as manager of the Eastside branch after nine years at the county "
   "library. Karen has run adult literacy programmes, led a renovation and, in her spare time, mentors new "
   "librarians through a state association Slack.",
   "Her first project: extending Saturday hours. Say hi when you visit!")

_w("circle", BIBLIO, "/blogs/post/behind-the-desk-our-peer-mentoring-circle/", "article", 3,
   "Behind the desk: our new librarians' peer mentoring circle", "Marisol Ortega", "2024-10-22",
   "Every library has a first-year problem: new librarians arrive full of ideas and find they have nobody to ask "
   "the small questions. Last year five of our newest librarians started a peer mentoring circle to fix that.",
   "They meet online every other Thursday, one branch to another, and keep a shared channel going between meetings. "
   "Once a month they invite an experienced librarian from outside the system to join by video and answer "
   "their questions about careers, management and the jobs they might want next.",
   "'It is the place I can say I have no idea what I am doing', says reference librarian Ji-woo Park. 'Someone "
   "always has an idea.'",
   "The circle also follows a few librarians on Bluesky and Mastodon whose posts about public service they discuss "
   "together. Two of those librarians have since joined a meeting.",
   "We think it is a model other library systems could copy, and the circle is happy to talk to anyone who wants to.")

# --- a university school's Sitecore site -----------------------------------------------------------------

_w("alumni", SITECORE, "/en/news-and-events/news/2024/alumni-mentoring-network-goes-online", "article", 3,
   "Alumni mentoring network goes online, pairing 120 students with working librarians and archivists",
   "School of Information news", "2024-02-27",
   "The School's alumni mentoring network has moved online, and it has never been bigger. This year 120 students in "
   "the library and archives programmes are paired with alumni working in libraries, archives and records offices "
   "in eleven countries.",
   "Pairs meet on video at least once a month. A moderated LinkedIn group connects the whole network, and a Slack "
   "workspace hosts themed channels where students can put questions to any mentor, from interview preparation to "
   "specialisms they have not yet studied.",
   "'When the programme was in person we could only recruit mentors within driving distance', said programme "
   "director Dr Ruth Adeyemi. 'Now a student interested in music archives can be mentored by an alumna in Vienna.'",
   "Students say the informal contact matters most. 'My mentor answers my messages in between our calls', said "
   "second-year student Leo Marsh. 'She has introduced me to half of her own network.'",
   "Alumni who want to mentor can sign up through the alumni office.")

_w("study", SITECORE, "/en/news-and-events/news/2024/study-early-career-archivists-peer-networks", "article", 2,
   "Study: early-career archivists lean on peer networks", "School of Information news", "2024-05-14",
   "A new study led by Associate Professor Sam Okoye finds that archivists in their first five years rely on peers "
   "more than managers for career advice, and that much of that advice is exchanged in online groups.",
   "The study, funded by the national archives council, also examined workloads and pay across 60 record offices, "
   "finding wide variation in both. Okoye will present the findings at the autumn conference.",
   "'Professional bodies should take note of where new archivists actually go for help', Okoye said.")

_w("conservation", SITECORE, "/en/news-and-events/news/2024/grant-funds-rare-books-conservation-lab", "article", 0,
   "Grant funds new rare books conservation lab", "School of Information news", "2024-04-02",
   "A foundation grant will fund a conservation laboratory for the School's teaching collection of rare books. The "
   "lab will include a fume cupboard, a board shear and a suction table, and will open for teaching next year.")

_w("convocation", SITECORE, "/en/news-and-events/news/2024/convocation-2024-honours", "article", 1,
   "Convocation 2024: School honours graduates and staff", "School of Information news", "2024-06-20",
   "The School celebrated 210 graduates at convocation on June 18. The medal for the top master's thesis went to "
   "Anika Roy for her study of community archives. The teaching award went to Dr Paul Levesque.",
   "The alumni award went to Grace Obi, recognised for her work on digital preservation and for years of "
   "mentoring students through the alumni network's online programme.",
   "Congratulations to all.")

_w("datasci", SITECORE, "/en/news-and-events/news/2024/data-science-minor-launches", "article", 0,
   "New data science minor launches this fall", "School of Information news", "2024-08-12",
   "Undergraduates can now add a minor in data science. Courses cover statistical learning, neural networks, "
   "social network analysis and data ethics, and students join a learning community with weekly online labs.",
   "The minor is open to students in any faculty.")

# --- a SlideShare-like site (a library vendor and others) ---------------------------------------------------

_w("plndeck", SLIDES, "/slideshow/building-your-professional-learning-network/265401873", "document", 3,
   "Building your professional learning network: a webinar for library staff", "Northbridge Library Systems",
   "2024-04-18",
   "Slide 1: Building your professional learning network. A free webinar for library staff from the Northbridge "
   "customer education team.",
   "Slide 2: What is a PLN? The people you learn from, chosen by you. Colleagues, mentors, peers in other "
   "libraries, the people you follow online.",
   "Slide 3: Where library people learn together: mailing lists, Mastodon and Bluesky, LinkedIn groups, Slack "
   "and Discord communities, webinars, blogs.",
   "Slide 4: Finding a mentor online. Follow, listen, reply, then ask a specific question. Most experienced "
   "librarians are glad to help if asked well.",
   "Slide 5: Peer mentoring. Start a small group with colleagues at your stage. Meet monthly. Share what you learn.",
   "Slide 6: Give back. Answer one question a week. Mentor someone newer.",
   "Slide 7: Questions? Join our next webinar.")

_w("usergroup", SLIDES, "/slideshow/what-our-user-community-gives-librarians/265401902", "document", 2,
   "What our user community gives librarians", "Northbridge Library Systems", "2024-06-05",
   "Slide 1: The Northbridge user community: 4,000 librarians, one forum.",
   "Slide 2: Peer help: most questions in the forum are answered by other librarians within a day, often by "
   "long-time users who take newer systems librarians under their wing.",
   "Slide 3: Regional user groups meet online every quarter; many members say that is where they found people to "
   "ask for career advice.",
   "Slide 4: Product roadmap input, idea voting and release previews.",
   "Slide 5: Support tiers and response times.",
   "Slide 6: Join at the customer portal.")

_w("release", SLIDES, "/slideshow/discovery-5-2-release-highlights/265401955", "document", 0,
   "Discovery 5.2 release highlights", "Northbridge Library Systems", "2024-07-22",
   "Slide 1: Discovery 5.2.",
   "Slide 2: Faster relevance ranking for large catalogues.",
   "Slide 3: New facets: format, language, accessibility features.",
   "Slide 4: Improved holds workflow for consortia.",
   "Slide 5: Upgrade timeline and downtime windows.")

_w("analytics", SLIDES, "/slideshow/library-analytics-roadmap-2025/265401977", "document", 1,
   "Library analytics roadmap 2025", "Northbridge Library Systems", "2024-09-10",
   "Slide 1: Analytics roadmap 2025.",
   "Slide 2: Dashboards for circulation, e-resource usage and footfall.",
   "Slide 3: Training: monthly webinars, and a community channel where experienced analysts answer questions.",
   "Slide 4: Data export, APIs and privacy controls.",
   "Slide 5: Timeline.")

_w("mastodon", SLIDES, "/slideshow/mentoring-in-the-age-of-mastodon/265402011", "document", 3,
   "Mentoring in the age of Mastodon", "Leila Haddad", "2024-10-03",
   "Slide 1: Mentoring in the age of Mastodon. Leila Haddad, liaison librarian. Talk at the regional library "
   "conference.",
   "Slide 2: 2012-2022: I found every mentor I have had through Twitter chats and library hashtags.",
   "Slide 3: 2022: the migration. Some to Mastodon, some to Bluesky, some to LinkedIn, many nowhere.",
   "Slide 4: What survived: one-to-one mentoring relationships moved to email and DMs.",
   "Slide 5: What did not: open spaces where a new librarian meets an experienced one by chance.",
   "Slide 6: What we can do: run weekly chats on the fediverse, welcome newcomers, start group mentoring circles "
   "on video, and post our career stories in public.",
   "Slide 7: Thank you. Find me on Mastodon.")


# --- the pages that are not works (graded 0) ---------------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    # Jimdo
    (JIMDO, "/", "home"),
    (JIMDO, "/about-me/", "about"),
    (JIMDO, "/contact/", "contact"),
    (JIMDO, "/blog/", "listing"),
    (JIMDO, "/blog/?page=2", "listing"),
    (JIMDO, "/blog/categories/archives/", "category"),
    # Weebly
    (WEEBLY, "/", "home"),
    (WEEBLY, "/blog", "listing"),
    (WEEBLY, "/blog/previous/2", "listing"),
    (WEEBLY, "/blog/category/mentoring", "category"),
    (WEEBLY, "/blog/archives/03-2024", "listing"),
    (WEEBLY, "/about.html", "about"),
    (WEEBLY, "/contact.html", "contact"),
    # Astro
    (ASTRO, "/", "home"),
    (ASTRO, "/about/", "about"),
    (ASTRO, "/blog/", "listing"),
    (ASTRO, "/tags/mentoring/", "tag"),
    (ASTRO, "/tags/teaching/", "tag"),
    (ASTRO, "/publications/", "listing"),
    (ASTRO, "/blog/a-post-that-moved/", "error"),
    # Invision Community
    (INVISION, "/", "home"),
    (INVISION, "/forums/forum/12-careers-and-mentoring/", "category"),
    (INVISION, "/forums/forum/14-preservation-and-collections-care/", "category"),
    (INVISION, "/profile/88-quietstrongroom/", "profile"),
    (INVISION, "/profile/17-old_hand_ken/", "profile"),
    (INVISION, "/tags/mentoring/", "tag"),
    (INVISION, "/search/?q=mentor&quick=1", "search"),
    (INVISION, "/forums/topic/2199-old-mentoring-thread/", "error"),
    # Friendica
    (FRIENDICA, "/", "home"),
    (FRIENDICA, "/community", "listing"),
    (FRIENDICA, "/profile/tomaszw", "profile"),
    (FRIENDICA, "/profile/ada", "profile"),
    (FRIENDICA, "/search?tag=MentorMonday", "tag"),
    (FRIENDICA, "/friendica", "about"),
    # PeerTube
    (PEERTUBE, "/", "home"),
    (PEERTUBE, "/videos/browse", "listing"),
    (PEERTUBE, "/c/newpros_talks/videos", "profile"),
    (PEERTUBE, "/a/newpros", "profile"),
    (PEERTUBE, "/search?search=mentoring", "search"),
    (PEERTUBE, "/about/instance", "about"),
    (PEERTUBE, "/w/0000000000000000000000", "error"),
    # Cambridge Core-like
    (CORE, CORE_J, "home"),
    (CORE, CORE_J + "/latest-issue", "listing"),
    (CORE, CORE_J + "/issue/0D9C8B7A6F5E4D3C2B1A0F9E8D7C6B5A", "listing"),
    (CORE, CORE_J + "/information/about-this-journal", "about"),
    (CORE, "/core/search?q=mentoring", "search"),
    (CORE, CORE_J + "/all-issues", "listing"),
    # BiblioCommons
    (BIBLIO, "/", "home"),
    (BIBLIO, "/blogs/", "listing"),
    (BIBLIO, "/blogs/category/staff-stories/", "category"),
    (BIBLIO, "/blogs/tag/mentoring/", "tag"),
    (BIBLIO, "/about-us/", "about"),
    (BIBLIO, "/contact-us/", "contact"),
    (BIBLIO, "/blogs/search?q=mentor", "search"),
    (BIBLIO, "/blogs/post/summer-reading-2019/", "error"),
    # Sitecore
    (SITECORE, "/", "home"),
    (SITECORE, "/en/news-and-events/news", "listing"),
    (SITECORE, "/en/news-and-events/news?page=2", "listing"),
    (SITECORE, "/en/about", "about"),
    (SITECORE, "/en/contact", "contact"),
    (SITECORE, "/en/people/sam-okoye", "profile"),
    (SITECORE, "/en/search?q=mentoring", "search"),
    (SITECORE, "/en/news-and-events/news/2019/mentoring-launch", "error"),
    # SlideShare-like
    (SLIDES, "/", "home"),
    (SLIDES, "/northbridgelib", "profile"),
    (SLIDES, "/leilahaddad", "profile"),
    (SLIDES, "/category/education", "category"),
    (SLIDES, "/search?searchfor=mentoring", "search"),
    (SLIDES, "/about", "about"),
]
