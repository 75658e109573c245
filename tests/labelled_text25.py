"""Web 25's texts and labels, written before its pages were built: every work
(what it says, its kind and grade) in ``WORKS`` and every other page (home,
about, contact, category, tag, search, listing, profile, error; graded 0) in
``OTHER``. Grades: 3 about the topic throughout, 2 about it in good part, 1 a
passing mention, 0 nothing. Used by :mod:`tests.labelled_web25`."""

from __future__ import annotations

from dataclasses import dataclass

WP = "branchlines.example"          # WordPress Twenty Fifteen: a public librarian's blog
TQ = "boxesandfolders.example"      # Hugo Tranquilpeak: an archivist's blog
TX = "mlisjournal.example"          # Jekyll TeXt: a library-school student's blog
GS = "afterthestacks.example"       # Ghost Solo: a retired cataloguer's blog
ZU = "chat.infoprofs.example"       # a Zulip public archive
DI = "pod.readinglamp.example"      # a Diaspora* pod
FR = "frontiers-lis.example"        # a Frontiers-like journal
IS = "digital.ridgeuniv.example"    # an Islandora repository
KI = "northvalleylibraries.example"  # Kirby CMS: a regional library association
LA = "ask.ridgeuniv.example"        # a LibAnswers FAQ

HOSTS = (WP, TQ, TX, GS, ZU, DI, FR, IS, KI, LA)


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


_WORKS = [
    # --- WordPress Twenty Fifteen: Branch Lines, a branch manager's blog -------------------------------------
    _w(WP, "/2023/03/14/the-people-who-taught-me-this-job/", "article", 3,
       "The people who taught me this job were mostly strangers", "Nadia Okafor", "2023-03-14",
       "When I got my first branch, nobody sat me down and explained how to run a budget meeting or what to do "
       "when a regular patron dies and the staff are grieving. There was no one above me who had time. What I "
       "had instead was a handful of people I had never met, on Twitter mostly, who answered my questions at "
       "eleven at night.",
       "The one I think about most is a branch manager in Manitoba. I had posted a vague, slightly panicked "
       "question about scheduling and she replied with a photo of a whiteboard. We moved to direct messages. For "
       "about two years she was, functionally, my supervisor, except that I chose her and she could have "
       "stopped at any time. She never did. She read my draft emails to the union steward. She told me when I "
       "was being a martyr.",
       "I did not call it mentoring then. Mentoring was the thing HR offered in the form of a matching "
       "programme, where you were paired with someone in another department and had coffee twice and then "
       "both felt guilty. What I had was messier and better. It was also a network: she introduced me to two "
       "others, and the four of us kept a group chat going through the pandemic closures.",
       "Now I am the person people write to. A new manager in a county system found me through a thread I "
       "wrote about weeding and asked if she could ask me 'small questions sometimes'. Of course. My rule is "
       "the one I was given: answer the question asked, then ask one back. What are you actually worried "
       "about?",
       "If you are new and alone in a small branch, go where the librarians talk. Follow the hashtags for a "
       "month before you post. Answer someone else's question when you can. The advice you need is out there, "
       "and so, usually, is the person who will give it to you more than once."),
    _w(WP, "/2023/05/02/leaving-the-bird-site/", "article", 2,
       "Leaving the bird site (and what I took with me)", "Nadia Okafor", "2023-05-02",
       "Our library's account is staying on X for now, because that is where some of our patrons still get "
       "event news. That is a communications decision and I will leave it to our comms person.",
       "My own account is a different matter. I have moved to Mastodon, slowly, and the thing I was most "
       "afraid of losing was not followers but the people I learn from. Ten years of library Twitter was my "
       "professional development budget. The chats, the threads where a cataloguer explained RDA to a room of "
       "children's librarians, the colleague who shared her whole onboarding checklist.",
       "What I have found is that the people came with me, or some of them did. There is a librarian instance, "
       "there are hashtags, and people are generous about boosting questions from newcomers. It is quieter. I "
       "ask more and lurk less, which is probably good for me.",
       "The branch news: the teen room carpet is finally being replaced in June, and we will be closed on the "
       "Saturday of the long weekend."),
    _w(WP, "/2023/06/20/new-staff-first-ninety-days/", "article", 2,
       "New staff, the first ninety days", "Nadia Okafor", "2023-06-20",
       "We hired three library assistants this spring and I have been rethinking how we bring people in. The "
       "handbook is fine. The handbook is not how anyone learns this job.",
       "Each new person now gets a buddy who is not their supervisor, someone one or two years further along "
       "who can be asked the embarrassing questions. The buddies meet with me once a month, not to report but "
       "to compare notes on what the newcomers are stuck on.",
       "I also give every new hire a short list of places outside our system: the state association's "
       "listserv, a Discord server for library workers that two of our staff moderate, and a couple of "
       "webinars a year that we pay for. I tell them that the best thing they can do for their career is to "
       "know people at other libraries.",
       "The rest of the ninety days is the usual: desk shifts, the ILS training, the safety walk-through and "
       "a day at the central library."),
    _w(WP, "/2023/07/11/summer-reading-week-three/", "article", 1,
       "Summer reading, week three", "Nadia Okafor", "2023-07-11",
       "Week three and we have given out 412 reading logs, which beats last year by almost a hundred. The "
       "dinosaur craft was a disaster in the best way. Thank you to the Friends group for the snacks.",
       "Our teen volunteers are running the Lego table this year and doing it better than we did. One of them "
       "asked me how you become a librarian, and I sent her to a couple of librarians I follow online who post "
       "honest career advice for people starting out.",
       "Next week: the reptile man is back, Tuesday at two. Please do not ask him to bring the python again."),
    _w(WP, "/2023/08/29/new-self-checkout-machines/", "article", 0,
       "New self-checkout machines", "Nadia Okafor", "2023-08-29",
       "The self-checkout machines arrived on Monday. They take library cards and the app barcode, and they "
       "can print or email a receipt. Staff will be beside them for the first two weeks to help.",
       "The old machine by the door is going to the book sale room as a returns slot. If you have a "
       "complaint about the new ones, the paper form is at the desk, or use the feedback link on the website."),
    _w(WP, "/2023/10/03/our-social-media-policy/", "article", 0,
       "Our social media policy, explained", "Nadia Okafor", "2023-10-03",
       "People ask why the branch's Facebook page does not answer questions in the comments. The short answer "
       "is that the county's social media policy says comments are for discussion and account questions go "
       "through the desk or email, where we can check your record privately.",
       "We post events, closures and new arrivals. We do not post photos of children without a signed form. "
       "We hide comments that are abusive or that share someone's personal information. If you think a "
       "comment was hidden by mistake, tell us and we will look again.",
       "The policy is on the county website under Library, then Policies."),
    _w(WP, "/2023/11/21/what-a-peer-mentoring-circle-looks-like/", "article", 3,
       "What a peer mentoring circle looks like when nobody is senior", "Nadia Okafor", "2023-11-21",
       "Last year five of us, all branch managers at small libraries in three states, started meeting online "
       "once a month. None of us is senior to the others. We found each other in a library leadership "
       "Slack, in a channel where someone had asked whether anyone else felt like they were making it up.",
       "The format is simple. An hour on video, one person brings a problem, the others ask questions before "
       "anyone gives advice. Between meetings we have a private channel where the small stuff goes: a job "
       "description someone wants eyes on, a board meeting that went badly.",
       "I was sceptical that peers could mentor each other. The literature mostly describes a senior person "
       "and a junior one. But between us we have about sixty years of experience, just not the same "
       "experience, and it turns out that is enough. When one of us was applying for a director job, the "
       "other four ran a mock interview over Zoom.",
       "If you want to start one: keep it small, keep it regular, and agree at the start that what is said "
       "there stays there. Find your people where they already are, a listserv, a Slack, a conference "
       "hashtag, and ask."),

    # --- Hugo Tranquilpeak: Boxes and Folders, an archivist's blog -----------------------------------------
    _w(TQ, "/2022/02/lone-arrangers-and-the-list/", "article", 3,
       "Lone arrangers and the list", "Tomás Varga", "2022-02-08",
       "For the first six years of my career I was the only archivist at a small religious order's archive. "
       "If you have never been a lone arranger, the thing to know is that there is nobody down the hall. "
       "Nobody to ask whether this deed belongs in the property series or with the correspondence.",
       "What kept me sane, and honestly what trained me, was the lone arrangers' mailing list. I would post a "
       "question in the morning and by the afternoon there would be three answers, one of them from someone "
       "who had been doing this for thirty years and wrote as if she had all the time in the world.",
       "Some of those exchanges moved off-list. One retired archivist in Ohio read my first processing plan "
       "line by line and sent it back with comments in the margin, the way a supervisor would. We have never "
       "met. When I applied for the certification exam she sent me her old study notes.",
       "The list is less busy now. A lot of the conversation has moved to Slack workspaces and to Mastodon, "
       "and there is a monthly online meetup for small shops that I now help run. The medium changes. The "
       "thing itself, people further along the road turning round to help, does not.",
       "If you are a student thinking about a solo position: join the list before you need it, and read the "
       "archives of it. Half my questions had been answered in 2009."),
    _w(TQ, "/2022/06/what-i-learned-from-archives-twitter/", "article", 2,
       "What I learned from archives Twitter, roughly in order", "Tomás Varga", "2022-06-14",
       "That everyone's finding aids are a mess. That it is fine to say you do not know what EAD is for. That "
       "#AskAnArchivist day is mostly the public asking what the oldest thing in the building is, and that "
       "this is a good question.",
       "That the people who post long threads about appraisal decisions are doing a kind of teaching in public "
       "and that you can learn a great deal by reading them and asking one follow-up. That a DM to a stranger "
       "asking for advice about a job offer will usually get a kind answer.",
       "That the platform is not the community and the community will survive the platform.",
       "Also: that you can spend an entire Sunday arguing about folder labels. I regret nothing."),
    _w(TQ, "/2022/09/digitising-the-parish-registers/", "article", 1,
       "Digitising the parish registers", "Tomás Varga", "2022-09-27",
       "We finished the first phase of the parish registers project this month: 214 volumes imaged, about "
       "61,000 pages. The overhead camera was borrowed from the diocesan archive and returned with only one "
       "new scratch.",
       "The hardest part was not the imaging but the volumes with water damage from the 1950s flood. A "
       "conservator on a mailing list I belong to talked me through the interleaving, which saved us weeks.",
       "Phase two is the metadata: dates, parishes and register types for each volume, so that family "
       "historians can find their way in. We hope to have a public viewer by spring."),
    _w(TQ, "/2022/11/a-box-of-letters-from-1917/", "article", 0,
       "A box of letters from 1917", "Tomás Varga", "2022-11-15",
       "A donor brought in a shoebox last week: letters from a nun serving as a nurse in France in 1917 to her "
       "sister at the motherhouse. Forty-two letters, most still in their envelopes, with the censor's stamp.",
       "They are in remarkable condition. We will flatten them, rehouse them in folders, and describe them as "
       "a small collection of their own. Two mention the influenza. One has a pressed flower, which we will "
       "leave exactly where it is."),
    _w(TQ, "/2023/01/finding-a-mentor-when-you-change-fields/", "article", 2,
       "Finding a mentor when you change fields", "Tomás Varga", "2023-01-17",
       "A reader wrote to ask how to find a mentor after moving from museum registration into records "
       "management. I am not the best person to answer, because my own mentors found me, but I asked around.",
       "The consensus: the professional associations' formal mentoring programmes are worth applying to, but "
       "they are slow and you get matched once a year. In the meantime, go where records managers talk "
       "online. There is an active LinkedIn group and a subreddit, and both are full of people who moved "
       "sideways into the field and remember what it was like.",
       "And don't ask a stranger to be your mentor. Ask them one good question. If the answer helps, thank "
       "them and tell them what you did with it. That is how it starts.",
       "As for me, I spent this week on a retention schedule, which is its own kind of education."),

    # --- Jekyll TeXt: an MLIS student's blog --------------------------------------------------------------
    _w(TX, "/2024/02/09/my-pln-is-a-spreadsheet.html", "article", 3,
       "My PLN is a spreadsheet (and other confessions)", "Priya Raman", "2024-02-09",
       "Our professor asked us to map our personal learning network for the professional development module, "
       "and I realised mine lives in a spreadsheet. Column A: the person. Column B: where I found them. "
       "Column C: what I learned from them.",
       "Most rows came from Bluesky and Mastodon, a few from the #critlib chats, two from the state "
       "association's listserv, and one from a Discord for library school students where a second-year "
       "student told me which electives were actually useful. Three rows are people who have answered more "
       "than one question from me, which I think makes them mentors, though none of them would call "
       "themselves that.",
       "The assignment asked whether online networks can replace formal mentoring. I argued that they do "
       "something different: formal programmes give you one person with a duty to you, networks give you "
       "twenty people with no duty at all, and somehow the twenty show up more often.",
       "My plan for next semester is to be a row in someone else's spreadsheet. The first-years have started "
       "asking questions in the Discord, and I know the answers to some of them now."),
    _w(TX, "/2024/03/15/informational-interviews-on-linkedin.html", "article", 2,
       "Informational interviews, found on LinkedIn", "Priya Raman", "2024-03-15",
       "This month I did four informational interviews with academic librarians, all found through LinkedIn. "
       "I wrote a short, specific message each time: who I am, what I am studying, one question. Four out of "
       "seven said yes.",
       "The best advice was from a subject librarian who said the job is half teaching and nobody tells you "
       "that in library school. She offered to look at my cover letter in the autumn.",
       "The rest of the month was the cataloguing practicum and a very long paper on metadata crosswalks."),
    _w(TX, "/2024/04/22/practicum-week-six.html", "article", 1,
       "Practicum, week six", "Priya Raman", "2024-04-22",
       "Week six at the county archive. I have processed my first whole collection: a local history society's "
       "minutes, 1948 to 1991, four boxes. My supervisor says the finding aid is nearly ready.",
       "I learned to use ArchivesSpace properly this week, which mainly means learning what not to click. "
       "Someone in my cohort's group chat had the same error message and we worked it out together.",
       "Next week is reference desk shifts and, apparently, a visit from a man who believes his grandfather "
       "invented the zipper."),
    _w(TX, "/2024/05/06/notes-on-citation-managers.html", "article", 0,
       "Notes on citation managers", "Priya Raman", "2024-05-06",
       "For the research methods course we had to compare two citation managers. I tried Zotero and one of "
       "the commercial ones. Zotero won on the browser connector and the fact that it is free; the other won "
       "on Word integration, just.",
       "The biggest time sink was duplicates. Both tools found some, neither found all, and I ended up "
       "checking by DOI in a spreadsheet. Lesson: clean as you go."),
    _w(TX, "/2024/06/01/summer-reading-list.html", "article", 0,
       "My summer reading list", "Priya Raman", "2024-06-01",
       "Not library school reading. Actual reading. Two mystery novels set in libraries (I know), a history "
       "of the card catalogue, the new translation of a Korean novel everyone is talking about, and one "
       "cookbook I will read and not cook from."),

    # --- Ghost Solo: After the Stacks, a retired cataloguer ------------------------------------------------
    _w(GS, "/forty-years-and-the-mentors-i-never-had/", "article", 3,
       "Forty years, and the mentors I never had", "Margaret Hale", "2024-01-10",
       "I started cataloguing in 1981, on cards. There was no such thing as a mentor in our department. "
       "There was the head of cataloguing, who corrected your work in red pen and did not explain. You "
       "learned by reading the rules and by getting things wrong.",
       "So it surprises me, in retirement, to find that I have become a mentor online. It began when a young "
       "cataloguer asked a question about a nineteenth-century serial on a cataloguing mailing list, and I "
       "happened to know the answer because I had catalogued its sister title in 1987. She wrote to thank me "
       "and asked if she could send me the hard ones.",
       "Now there are four or five of them. We talk by email mostly, sometimes on video. One of them runs a "
       "monthly online session for new metadata librarians and has me on as the 'old-timer'. I explain why "
       "the rules are the way they are, which nobody did for me.",
       "I have been asked whether this is really mentoring when it happens through a screen with people I "
       "have never met. I think it is more mentoring than anything I got in an office. They choose to ask. I "
       "choose to answer. Nobody writes anything in red."),
    _w(GS, "/the-newsletter-era/", "article", 2,
       "The newsletter era", "Margaret Hale", "2024-02-21",
       "Before the listservs there were newsletters, and before the newsletters there were regional meetings "
       "where you learned the gossip and the rule interpretations over bad coffee.",
       "When the lists came in the early nineties, everything changed. Suddenly a cataloguer in a two-person "
       "library in Wyoming could ask the same question as one at a research library and get an answer from "
       "someone at the Library of Congress. I learned more from the lists in five years than from twenty "
       "years of meetings. I also learned, watching, how to give advice without being a bore.",
       "I have been going through my files and found the printed newsletters from 1979 onwards. They are "
       "going to the state library's archive, which has kindly agreed to take them."),
    _w(GS, "/my-garden-in-october/", "article", 1,
       "My garden in October", "Margaret Hale", "2023-10-18",
       "The dahlias are finished and I have lifted the tubers into the shed. The asters are the best they "
       "have been, and the bees think so too.",
       "A former colleague who now does the metadata training for a consortium visited and we spent an "
       "afternoon on the bench talking about the young people she advises online. Then we talked about slugs.",
       "Next month: garlic in, and the leaves raked onto the beds."),
    _w(GS, "/on-weeding-my-own-books/", "article", 0,
       "On weeding my own books", "Margaret Hale", "2023-11-30",
       "Forty years of telling libraries to weed and I cannot get rid of my own paperbacks. I have applied "
       "the CREW method to my shelves, honestly, and kept almost everything anyway. Misty, mouldy, ugly, "
       "superseded, trivial, your collection has another. The Agatha Christies are all of those and stay."),
    _w(GS, "/what-to-ask-an-old-cataloguer/", "article", 2,
       "What to ask an old cataloguer", "Margaret Hale", "2024-04-02",
       "People I correspond with online sometimes apologise for asking 'basic' questions. Please do not. Here "
       "is what I wish more of them asked me.",
       "Ask why a rule exists, not just what it says. Ask what I would have done differently in my career. "
       "Ask how to disagree with a supervisor. Ask which parts of the job will still matter in ten years.",
       "The answers I give are one person's. That is why you should ask several of us: a mentor is good, a "
       "handful of them in your inbox and your feeds is better.",
       "And then, please, tell me what you are working on. I miss the work."),

    # --- a Zulip public archive: the Info Profs chat ------------------------------------------------------
    _w(ZU, "/archive/stream/12-mentoring/topic/looking.20for.20a.20mentor.html", "post", 3,
       "looking for a mentor", "Jordan Ellis", "2024-03-04",
       "Jordan Ellis: First-year academic liaison here, my library has no mentoring programme. Is it weird to "
       "ask someone in this chat to be an informal mentor? I'd want maybe a call a month.",
       "Ruth Adeyemi: Not weird at all, that's half of why this stream exists. Say what you want help with "
       "and people will volunteer. I did a call a month with someone from here for two years.",
       "Sam Whitford: +1. Also try the mentoring pairings the association runs through its online community, "
       "but don't wait for them. I'm happy to talk about liaison work and tenure files, DM me.",
       "Jordan Ellis: Thank you both, DMing now. Will report back for the next person who asks."),
    _w(ZU, "/archive/stream/12-mentoring/topic/peer.20mentoring.20group.html", "post", 3,
       "peer mentoring group", "Ruth Adeyemi", "2024-04-11",
       "Ruth Adeyemi: Starting a peer mentoring group for people in their first five years. Six people, one "
       "video call a month, a shared doc for agenda. Who's in?",
       "Luis Moreno: In. Can we also keep a topic here for the questions between calls?",
       "Ruth Adeyemi: Yes, this topic. First call is the 18th, theme is saying no to projects.",
       "Anna Kowalczyk: In, and I'll bring the thing I'm stuck on (a committee I can't leave)."),
    _w(ZU, "/archive/stream/15-career/topic/interview.20advice.html", "post", 2,
       "interview advice", "Luis Moreno", "2024-05-20",
       "Luis Moreno: Got a second-round interview for a head of metadata role. Anyone who's been on a search "
       "committee want to tell me what they actually look for in the presentation?",
       "Sam Whitford: Keep it to the time, show one thing you changed and what happened, and have a question "
       "ready about their backlog. Happy to do a practice run on a call if you want.",
       "Luis Moreno: Taking you up on that. Thursday?",
       "Sam Whitford: Thursday works."),
    _w(ZU, "/archive/stream/20-tools/topic/zotero.20group.20libraries.html", "post", 1,
       "zotero group libraries", "Anna Kowalczyk", "2024-02-12",
       "Anna Kowalczyk: Does anyone use Zotero group libraries for a whole department? Sync limits, storage, "
       "how you handle people leaving?",
       "Luis Moreno: We do, on an institutional storage plan. Leavers are the hard part, transfer ownership "
       "before they go. I learned that from someone in the mentoring stream, actually.",
       "Anna Kowalczyk: Useful, thanks."),
    _w(ZU, "/archive/stream/20-tools/topic/vpn.20and.20proxy.20issues.html", "post", 0,
       "vpn and proxy issues", "Sam Whitford", "2024-01-29",
       "Sam Whitford: Our EZproxy stanza for one database broke after their domain change. Anyone fixed this?",
       "Ruth Adeyemi: The vendor changed the hostnames. Add the new HJ and DJ lines from their support page "
       "and restart. Took us an hour to find."),

    # --- a Diaspora* pod --------------------------------------------------------------------------------
    _w(DI, "/posts/4471", "post", 3,
       "Mentoring on the fediverse", "Wren Castillo", "2023-12-02",
       "Reminder that #librarians on the fediverse do #mentoring in the open: post your career question with "
       "the #askalibrarian tag and somebody experienced will answer. I got my first real job advice this way. "
       "Paying it forward, ask me about school libraries."),
    _w(DI, "/posts/4502", "post", 2,
       "Monthly online meetup", "Wren Castillo", "2024-01-15",
       "Our monthly online meetup for school librarians is Thursday. Half an hour of news, then breakout "
       "rooms where the people who've done this a long time take questions from the new ones. Link in the "
       "association's forum. #schoollibraries #professionaldevelopment"),
    _w(DI, "/posts/4538", "post", 2,
       "Webinar recording", "Otto Lindqvist", "2024-02-08",
       "The recording of last week's webinar on building a learning network outside your institution is up. "
       "Good section on finding peers on Mastodon and in Slack groups, less good on LinkedIn. #libraries "
       "#PLN"),
    _w(DI, "/posts/4561", "post", 1,
       "Conference notes", "Otto Lindqvist", "2024-03-19",
       "Back from the regional conference. Best session was on open access funding, worst was the keynote. "
       "Met three people I'd only known from here, which was lovely. Slides should be online next week. "
       "#libraries"),
    _w(DI, "/posts/4590", "post", 0,
       "Book sale", "Wren Castillo", "2024-04-06",
       "Our Friends of the Library book sale is Saturday, 9 to 3. Hardbacks a dollar, paperbacks fifty cents, "
       "bag of books for five at the end. #booksale"),
    _w(DI, "/posts/4612", "post", 0,
       "Pod maintenance", "Otto Lindqvist", "2024-04-20",
       "Pod maintenance tonight from 22:00 UTC for about an hour: database upgrade and a new version of "
       "diaspora*. Posts will be read-only during the upgrade. #podmin"),

    # --- a Frontiers-like journal -----------------------------------------------------------------------
    _w(FR, "/articles/10.3389/frlis.2024.1187345/full", "journal-article", 3,
       "Informal mentoring through online professional networks among early-career academic librarians: a "
       "mixed-methods study", "Helena Marsh; David Chu", "2024-03-12",
       "Abstract. Formal mentoring programmes reach a minority of early-career academic librarians. We "
       "surveyed 412 librarians in their first five years of practice and interviewed 24 of them about where "
       "they sought career advice and professional learning. Most respondents (71%) named at least one person "
       "met through an online network, including social media platforms, mailing lists and chat communities, "
       "as a source of ongoing guidance. Interviewees described these relationships as informal mentoring, "
       "chosen rather than assigned, and often distributed across several people.",
       "Introduction. Mentoring has long been recommended as a means of supporting new librarians, but "
       "programmes run by institutions and associations have limited capacity. Meanwhile, librarians have "
       "used online networks for professional learning since the early mailing lists, and more recently "
       "through Twitter chats, Mastodon, Slack workspaces and Discord servers. Little is known about whether "
       "these networks serve as a route to mentoring.",
       "Literature review. Studies of librarians on Twitter have described hashtag chats such as #libchat and "
       "#critlib as communities of practice in which participants share resources, ask for help and discuss "
       "professional identity. Work on personal learning networks, largely from education, suggests that "
       "practitioners assemble networks of people and resources across platforms and draw on them for "
       "problem-solving and career decisions. Research on e-mentoring has examined structured programmes "
       "conducted by email or video, but seldom the relationships that form without a programme. Studies of "
       "mailing lists in archives and cataloguing describe long-standing cultures of answering newcomers' "
       "questions. Together these suggest that online networks might be a route to mentoring, but the "
       "relationship has not been measured.",
       "Methods. An online survey was distributed through association lists and social media in 2023. "
       "Semi-structured interviews explored how relationships formed, what advice was sought and given, and "
       "how participants compared online and face-to-face mentors. Interviews were coded thematically.",
       "Results. Respondents most often found advisers through hashtags and chats (48%), mailing lists "
       "(37%), and invitation-only chat communities (29%). Interviewees described a progression from public "
       "exchanges to private messages to regular calls. Peer mentoring groups formed in several communities. "
       "Participants valued the choice and variety of online mentors but noted that such relationships "
       "rarely carried institutional recognition, and that those who were less visible online were less "
       "likely to benefit.",
       "Several interviewees described mentors they had never met in person. One, a science librarian, said "
       "that the colleague who helped her prepare her first promotion dossier was someone she had followed "
       "for a year before sending a direct message. Another described a Discord server for new instruction "
       "librarians in which experienced members held weekly open hours. Interviewees who had moved away "
       "from Twitter described rebuilding their networks on Mastodon and Bluesky and losing some "
       "relationships in the move.",
       "Limitations. The survey was distributed partly through social media, which may over-represent "
       "librarians active online. Interviewees were self-selected. The study is cross-sectional and cannot "
       "show whether online mentoring affects career outcomes.",
       "Discussion. Online networks appear to extend mentoring to librarians whom formal programmes miss, "
       "but they may reproduce inequalities of visibility. We recommend that institutions recognise informal "
       "online mentoring in professional development plans and that associations host open spaces in which "
       "newcomers can ask for advice without an existing network."),
    _w(FR, "/articles/10.3389/frlis.2023.1129901/full", "journal-article", 2,
       "Continuing professional development preferences of archivists and records managers: a national survey",
       "Aoife Brennan; Kwame Asante; Lisa Hoffmann", "2023-09-05",
       "Abstract. We report a national survey (n = 538) of archivists' and records managers' continuing "
       "professional development. Webinars were the most used format, followed by conferences and short "
       "courses. One in three respondents reported learning regularly from peers on social media or mailing "
       "lists, and these respondents were more likely to report having a mentor. Cost and workload were the "
       "main barriers to formal training.",
       "Introduction. Continuing professional development (CPD) is required by several professional bodies, "
       "yet little is known about how archivists choose among formats, or how formal training relates to "
       "informal learning from colleagues.",
       "Results. Webinars were used by 82% of respondents in the past year. 34% said they learned regularly "
       "from peers online, most often through mailing lists, LinkedIn groups and Mastodon. Of those, 58% "
       "reported a current mentor, compared with 27% of other respondents. Lone professionals relied most on "
       "online communities.",
       "Conclusion. Employers should fund CPD time and consider online peer learning as part of it."),
    _w(FR, "/articles/10.3389/frlis.2024.1201177/full", "journal-article", 1,
       "Library workers' use of generative AI tools at the reference desk: an interview study",
       "Marco Rossi; Jenna Park", "2024-05-21",
       "Abstract. We interviewed 19 reference staff in public and academic libraries about their use of "
       "generative AI tools when answering questions. Participants used the tools mainly for drafting search "
       "strategies and explaining unfamiliar topics, and reported distrust of generated citations.",
       "Participants learned to use the tools largely on their own, through trial and error, from colleagues "
       "and occasionally from threads shared in online professional communities. Few had received training.",
       "Conclusion. Libraries should provide guidance on verification and disclosure."),
    _w(FR, "/articles/10.3389/frlis.2023.1098812/full", "journal-article", 0,
       "Shelf-reading accuracy and the effect of RFID inventory in a mid-sized academic library",
       "Peter Lund", "2023-06-14",
       "Abstract. We compared misshelving rates before and after the introduction of RFID-based inventory in "
       "a mid-sized academic library. Misshelved items fell from 3.1% to 0.9% of sampled shelves over two "
       "years, and staff time for shelf-reading fell by two thirds.",
       "Methods. Stratified random samples of 200 shelves were checked by hand each term. Results. "
       "Improvements were largest in heavily used call number ranges. Conclusion. RFID inventory is "
       "cost-effective where collections are heavily used."),
    _w(FR, "/articles/10.3389/frlis.2024.1187345/pdf", "document", 3,
       "Informal mentoring through online professional networks among early-career academic librarians "
       "(PDF)", "Helena Marsh; David Chu", "2024-03-12",
       "Informal mentoring through online professional networks among early-career academic librarians: a "
       "mixed-methods study. Helena Marsh and David Chu.",
       "Abstract. Formal mentoring programmes reach a minority of early-career academic librarians. We "
       "surveyed 412 librarians in their first five years of practice and interviewed 24 of them about where "
       "they sought career advice and professional learning. Most respondents named at least one person met "
       "through an online network, including social media, mailing lists and chat communities, as a source "
       "of ongoing guidance, and described these relationships as informal mentoring.",
       "Keywords: mentoring; early-career librarians; social media; professional learning networks; online "
       "communities."),

    # --- an Islandora repository -----------------------------------------------------------------------
    _w(IS, "/islandora/object/ridge%3A2291", "document", 2,
       "Learning in public: librarians' personal learning networks on social media (master's thesis)",
       "Keisha Dunn", "2021-05-14",
       "Abstract: This thesis examines how academic and public librarians build personal learning networks "
       "on Twitter, LinkedIn and professional blogs. Through an analysis of 1,200 tweets from three library "
       "chat hashtags and interviews with twelve librarians, it finds that hashtag chats function as spaces "
       "of peer learning and informal mentoring, in which experienced practitioners answer newcomers' "
       "questions in public. Participants described chats as a gateway to longer advising relationships.",
       "Degree: Master of Library and Information Science. Department: School of Information. Advisor: "
       "Prof. R. Goldberg. Subjects: Librarians--Professional development; Mentoring; Social media.",
       "Rights: This work is licensed under a Creative Commons Attribution 4.0 International License."),
    _w(IS, "/islandora/object/ridge%3A2291/datastream/OBJ/view", "document", 2,
       "Learning in public: librarians' personal learning networks on social media (PDF)", "Keisha Dunn",
       "2021-05-14",
       "LEARNING IN PUBLIC: LIBRARIANS' PERSONAL LEARNING NETWORKS ON SOCIAL MEDIA. Keisha Dunn. A thesis "
       "submitted in partial fulfilment of the requirements for the degree of Master of Library and "
       "Information Science, Ridge University, 2021.",
       "Chapter 1. Introduction. Librarians have long learned from one another outside formal training. "
       "This thesis asks how hashtag chats on Twitter, LinkedIn groups and blogs serve as personal learning "
       "networks, and whether they lead to mentoring relationships.",
       "Chapter 4 reports that participants used chats to ask for career advice, found mentors through "
       "repeated exchanges, and later mentored newcomers themselves."),
    _w(IS, "/islandora/object/ridge%3A1874", "document", 1,
       "Ridge University Libraries annual report 2019-2020", "Ridge University Libraries", "2020-09-30",
       "Abstract: The annual report summarises the year's collections, services, facilities and staffing, "
       "including the move to remote services in spring 2020, the opening of the digital scholarship lab, "
       "and a staff development programme that paired new staff with mentors and funded webinars.",
       "Subjects: Academic libraries--Reports. Rights: In copyright. Educational use permitted."),

    # --- Kirby CMS: North Valley Library Association --------------------------------------------------
    _w(KI, "/notes/mentor-match-goes-online", "article", 3,
       "Mentor Match goes online", "North Valley Library Association", "2023-08-30",
       "Mentor Match, the association's mentoring scheme, is moving online this year. Since 2015 we have "
       "paired newer library workers with experienced colleagues for a year of meetings at the regional "
       "libraries. Distance and staffing made that hard for many members, especially in the rural systems.",
       "From September, pairs will meet by video and through a private space on the association's Discord "
       "server, where mentees can also ask questions of the whole mentor group. We will also try group "
       "mentoring: small circles of four or five newer members with two mentors.",
       "Applications for mentors and mentees are open until 15 September. You do not need to be a librarian "
       "to take part; library assistants, archivists and school library staff are all welcome."),
    _w(KI, "/notes/members-share-how-they-learn", "article", 2,
       "Members share how they keep learning", "North Valley Library Association", "2024-01-22",
       "We asked members at the winter meeting how they keep up with the profession. The answers were more "
       "varied than we expected.",
       "Several named the state listserv and our Discord. A cataloguer keeps a list of blogs she reads every "
       "Friday. Two children's librarians follow picture-book people on Instagram and swap storytime ideas in "
       "a group chat. A branch manager credits a LinkedIn group with getting her through her first budget.",
       "The association's webinars came up too, which was nice to hear. The spring series is listed on the "
       "events page."),
    _w(KI, "/notes/spring-conference-programme", "article", 1,
       "Spring conference programme announced", "North Valley Library Association", "2024-02-15",
       "The spring conference is 18-19 April at the Riverside Centre. Sessions include library budgets after "
       "the levy, accessible programming, a workshop on grant writing and a panel on running a mentoring "
       "circle online.",
       "Early registration ends 20 March. Members pay $95, non-members $140, students $30."),
    _w(KI, "/notes/advocacy-day-2024", "article", 0,
       "Advocacy Day 2024", "North Valley Library Association", "2024-03-05",
       "Thirty-one members visited the state capitol for Advocacy Day and met with eighteen legislators "
       "about the library funding bill. Thank you to everyone who travelled. The bill has its committee "
       "hearing on 12 March; a template letter is in the members' area."),
    _w(KI, "/notes/new-board-members", "article", 0,
       "Welcome to our new board members", "North Valley Library Association", "2024-06-10",
       "The association welcomes three new board members elected at the annual meeting: a school librarian "
       "from Elm Falls, the director of the Carver County library system, and a special collections "
       "librarian at the state university. Their terms run to June 2027."),

    # --- a LibAnswers FAQ ------------------------------------------------------------------------------
    _w(LA, "/faq/381204", "article", 2,
       "Does the library offer mentoring for new library staff?", "Ridge University Libraries", "2023-09-12",
       "Yes. New staff in the Libraries are offered a mentor from another department for their first year. "
       "Ask your supervisor or the staff development committee.",
       "Staff are also encouraged to join professional communities outside the university: the state "
       "association's mailing list, its online mentoring scheme, and national groups on Slack and Mastodon. "
       "The committee funds two webinars a year per person; see the staff intranet."),
    _w(LA, "/faq/381377", "article", 1,
       "How do I get access to LinkedIn Learning?", "Ridge University Libraries", "2023-10-02",
       "Current students, faculty and staff can use LinkedIn Learning free through the university. Sign in "
       "with your university account at the link on the Databases A-Z list. Courses include software, "
       "study skills and careers; staff can count them toward their professional development hours."),
    _w(LA, "/faq/381455", "article", 0,
       "How do I renew a book?", "Ridge University Libraries", "2023-08-28",
       "Sign in to your library account from the library home page and choose Renew. Most books renew "
       "automatically up to three times unless someone has requested them."),
    _w(LA, "/faq/381590", "article", 0,
       "Can I print in colour in the library?", "Ridge University Libraries", "2023-08-28",
       "Yes. Colour printers are on the first floor by the help desk. Colour prints cost 25 cents a page and "
       "are charged to your campus card."),
]

WORKS: dict[str, Work] = {f"{w.host}{w.path}": w for w in _WORKS}

OTHER: list[tuple[str, str, str]] = [
    # WordPress Twenty Fifteen
    (WP, "/", "home"), (WP, "/page/2/", "listing"), (WP, "/about/", "about"), (WP, "/contact/", "contact"),
    (WP, "/category/professional-life/", "category"), (WP, "/category/branch-news/", "category"),
    (WP, "/tag/mentoring/", "tag"), (WP, "/author/nadia/", "profile"), (WP, "/?s=mentor", "search"),
    (WP, "/2023/11/", "listing"), (WP, "/2023/09/15/staff-picks/", "error"),
    # Hugo Tranquilpeak
    (TQ, "/", "home"), (TQ, "/page/2/", "listing"), (TQ, "/archives/", "listing"),
    (TQ, "/categories/profession/", "category"), (TQ, "/tags/mentoring/", "tag"), (TQ, "/tags/digitisation/", "tag"),
    (TQ, "/about/", "about"),
    # Jekyll TeXt
    (TX, "/", "home"), (TX, "/archive.html", "listing"), (TX, "/archive.html?tag=careers", "tag"),
    (TX, "/about.html", "about"), (TX, "/404.html", "error"),
    # Ghost Solo
    (GS, "/", "home"), (GS, "/page/2/", "listing"), (GS, "/tag/mentoring/", "tag"), (GS, "/tag/garden/", "tag"),
    (GS, "/author/margaret/", "profile"), (GS, "/about/", "about"),
    # Zulip archive
    (ZU, "/archive/index.html", "home"), (ZU, "/archive/stream/12-mentoring/index.html", "category"),
    (ZU, "/archive/stream/15-career/index.html", "category"), (ZU, "/archive/stream/20-tools/index.html", "category"),
    (ZU, "/", "about"),
    # Diaspora*
    (DI, "/", "home"), (DI, "/people/8a3c51e0b2f4013c", "profile"), (DI, "/people/c4d2e7a0b2f5013c", "profile"),
    (DI, "/tags/mentoring", "tag"), (DI, "/tags/libraries", "tag"), (DI, "/posts/4400", "error"),
    # Frontiers-like
    (FR, "/", "home"), (FR, "/articles", "listing"), (FR, "/sections/professional-development", "category"),
    (FR, "/search?query=mentoring&tab=articles", "search"), (FR, "/people/u/482117", "profile"),
    (FR, "/about", "about"), (FR, "/contact", "contact"),
    # Islandora
    (IS, "/", "home"), (IS, "/islandora/object/ridge%3Atheses", "listing"),
    (IS, "/islandora/object/ridge%3Areports", "listing"),
    (IS, "/islandora/search/mentoring?type=dismax", "search"),
    (IS, "/islandora/search/%22Mentoring%22?type=dismax&f%5B0%5D=mods_subject_topic_ms%3A%22Mentoring%22", "category"),
    (IS, "/about", "about"),
    # Kirby
    (KI, "/", "home"), (KI, "/notes", "listing"), (KI, "/notes/tag:mentoring", "tag"), (KI, "/notes/tag:events", "tag"),
    (KI, "/about", "about"), (KI, "/contact", "contact"), (KI, "/notes/page:2", "listing"),
    # LibAnswers
    (LA, "/", "home"), (LA, "/search/?t=0&q=mentor", "search"), (LA, "/browse.php?tid=31442", "category"),
    (LA, "/browse.php?tid=31450", "category"), (LA, "/ask", "contact"), (LA, "/faq/999999", "error"),
]
