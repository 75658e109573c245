"""Web 29's texts and labels, written before its pages were built.

``WORKS``: name -> :class:`Work` (host, path, kind, grade and what it says);
``OTHER``: the pages that are not works, ``(host, path, kind)``, each graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing
mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

WP = "shelfmentors.example"          # WordPress Twenty Twenty-Three: a regional association's blog
JK = "mlisnotes.example"             # Jekyll Architect: a student's blog
BG = "oldstacks.example"             # Blogger Simple: a retired librarian's blog
LJ = "quietvault.example"            # LiveJournal: an archivist's journal
XX = "xlike.example"                 # an X/Twitter-like site
VB = "infopros.example"              # vBulletin 5 forum
HL = "hal-like.example"              # a HAL-like open archive
SD = "libsci.example"                # a ScienceDirect-like journal
PB = "openpress.example"             # a Pressbooks open textbook
UM = "statelibnews.example"          # Umbraco: a state library's newsroom


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


WORKS: dict[str, Work] = {
    # --- WordPress Twenty Twenty-Three: a regional association of librarians --------------------------
    "wp-solo": _w(
        WP, "/2024/03/11/finding-a-mentor-when-you-are-the-only-one/", "article", 3,
        "Finding a mentor when you are the only one", "Ravinder Kaur", "2024-03-11",
        "Nearly a third of our members work in libraries where they are the whole staff. The school librarian "
        "who also runs the archive, the hospital information officer with a cupboard of journals, the "
        "one-person historical society: when they hit a problem there is nobody down the corridor to ask. So "
        "it is no surprise that when we surveyed members last autumn, the most common request was simply "
        "\"help me find someone who has done this before\".",
        "Mentoring used to mean a formal pairing arranged at a conference, a coffee twice a year and a "
        "polite exchange of letters. It still can. But most of the solo librarians we spoke to described "
        "something looser and, they said, more useful: a handful of people they had met online, each good for "
        "a different kind of question, who they could message without ceremony.",
        "One member, a prison librarian for eleven years, put it this way: \"I have never had one mentor. "
        "I have had a Slack workspace, two mailing lists and about forty people on Mastodon who answer when "
        "I ask.\" Another said her most important career advice came from a stranger who replied to a "
        "late-night question in a Facebook group for school librarians and then kept checking in for two "
        "years.",
        "If you are starting from nothing, here is what members told us worked. First, lurk before you post. "
        "Join the association's Discord, a subject mailing list and one or two hashtags, and read for a few "
        "weeks. You will learn who answers generously and who answers fast, which are not always the same "
        "people.",
        "Second, ask small, specific questions in public. \"How do you handle weeding complaints from "
        "governors?\" gets better replies than \"Can anyone mentor me?\" The people who answer well are your "
        "candidates. Follow them, thank them, and after a few exchanges ask whether they would be willing to "
        "talk for half an hour by video.",
        "Third, be clear about what you are asking for. Experienced colleagues are often happy to help but "
        "wary of an open-ended commitment. A three-month arrangement with a monthly call and a shared goal "
        "(a job application, a first conference paper, a budget bid) is easier to say yes to.",
        "Fourth, mentor back. Peer mentoring among people at the same stage is undervalued. Several members "
        "formed small groups of four or five solo librarians who meet online every few weeks; they trade "
        "documents, rehearse interviews and read each other's reports. One group has met on the second "
        "Tuesday of the month since 2019.",
        "Finally, look after your network. Online relationships fade if they are only ever requests. Share "
        "what you learn, write up the webinar you attended, answer the newcomer's question on the list. The "
        "solo librarians with the strongest networks were, without exception, the ones who gave as much as "
        "they asked.",
        "From next month the association will run a matching scheme for solo members, pairing each with an "
        "experienced colleague for six months, meeting online. Sign-up details are on the Mentoring page. "
        "We would also love to hear how you found your own mentors: leave a comment below.",
    ),
    "wp-discord": _w(
        WP, "/2024/05/02/our-discord-mentoring-circles-open/", "article", 3,
        "Our Discord mentoring circles are open", "Ravinder Kaur", "2024-05-02",
        "The association's Discord server now has six mentoring circles, each led by an experienced "
        "member: cataloguing, school libraries, archives, health information, management, and a circle for "
        "people in their first two years.",
        "Each circle has a text channel for questions and a monthly voice call. You can join more than one. "
        "Circle leads have agreed to answer within a week and to point you to someone else when a question is "
        "outside their experience.",
        "To join, introduce yourself in #welcome and a moderator will give you the circle roles you ask for.",
    ),
    "wp-conference": _w(
        WP, "/2024/06/20/annual-conference-notes/", "article", 2,
        "Annual conference: notes from the floor", "Tom Ellery", "2024-06-20",
        "Two hundred and ten of us gathered in the city library for this year's conference, our largest "
        "since 2019. The keynote on rural connectivity set the tone, with sobering figures on broadband "
        "coverage outside the towns.",
        "The afternoon strand on professional development was standing room only. The panel compared "
        "three ways members find career advice: the association's formal mentoring scheme, the informal "
        "Slack channel for new professionals, and LinkedIn groups. Panellists agreed that the formal scheme "
        "gave structure, but that most day-to-day advice now arrives through the Slack channel, where "
        "experienced members answer questions from newcomers within hours.",
        "A newly qualified archivist described how a thread on the channel about a job offer turned into a "
        "standing monthly call with a retired county archivist. \"I would never have dared to email her,\" "
        "she said. \"But answering in a thread felt normal.\"",
        "The AGM approved the accounts and elected two new trustees. The exhibitors' hall was busy, and "
        "the quiz was won, again, by the university team.",
    ),
    "wp-advocacy": _w(
        WP, "/2024/08/14/budget-season-advocacy/", "article", 1,
        "Budget season: talking to councillors", "Tom Ellery", "2024-08-14",
        "Local budgets are being drafted now, and the decisions made this autumn will shape library hours "
        "for years. Councillors respond to stories and to numbers, in that order.",
        "Bring a short sheet with visits, loans and one or two case studies. Invite them to see a busy "
        "session rather than an empty one. Follow up in writing.",
        "If you have never done this before, our recorded webinar from last year walks through a first "
        "meeting, and several experienced members have offered to talk it through with anyone who asks.",
        "Remember that staff cannot lobby in some authorities: check your employer's policy first.",
    ),
    "wp-weeding": _w(
        WP, "/2024/09/05/weeding-without-tears/", "article", 0,
        "Weeding without tears", "Ravinder Kaur", "2024-09-05",
        "Every collection needs weeding, and every weeding project produces at least one complaint. The "
        "trick is to make the criteria public before you start.",
        "We recommend a written policy based on condition, currency and use, approved by your governing "
        "body. Keep a log of what goes and why. Offer withdrawn stock to local groups before recycling.",
        "Most complaints come from people who see full skips. Schedule removals for quiet days.",
    ),
    "wp-awards": _w(
        WP, "/2024/10/18/awards-shortlist/", "article", 0,
        "Awards shortlist announced", "Tom Ellery", "2024-10-18",
        "The shortlist for the association's annual awards is out. Nominations covered reading schemes, "
        "digitisation projects, outreach to care homes and a mobile library that now visits three islands.",
        "Winners will be announced at the winter reception. Thank you to all who nominated colleagues.",
    ),

    # --- Jekyll Architect: an MLIS student's blog ---------------------------------------------------
    "jk-pln": _w(
        JK, "/2023/02/14/building-a-pln-in-library-school.html", "article", 3,
        "Building a PLN in library school", "Priya Raman", "2023-02-14",
        "My program's orientation told us to \"build a professional learning network\" and left it there. "
        "Halfway through my first year, here is what that has actually meant for me.",
        "I started with Bluesky, because that is where most of my classmates went. I follow about sixty "
        "librarians, mostly academic, and a few archivists. I do not post much. I read, I save threads, and "
        "when someone shares something about instruction I ask a follow-up question.",
        "The most useful thing was a weekly chat under a hashtag for new and aspiring librarians. An hour, "
        "five questions, and people answering from every kind of library. I met my informal mentor there: "
        "a reference librarian who replied to a question about cover letters and later read two of mine.",
        "I also joined a Discord for MLIS students and a Slack for a subject community I want to work in. "
        "The Slack is quieter but the advice is more specific. The Discord is mostly memes and deadlines, "
        "which honestly also counts as peer support.",
        "If you are in your first semester: pick two places, not ten. Ask one real question a week. Say "
        "thank you in public. It adds up.",
    ),
    "jk-internship": _w(
        JK, "/2023/05/30/what-my-internship-taught-me.html", "article", 2,
        "What my internship taught me", "Priya Raman", "2023-05-30",
        "I spent twelve weeks in a university library's special collections, mostly processing a donated "
        "collection of a local architect's papers. I learned more about boxes than I ever expected.",
        "The other half of the lesson was about careers. My supervisor insisted I set up a LinkedIn profile "
        "and then introduced me, online, to three archivists she had mentored over the years. Each of them "
        "agreed to a short call. One reviewed my resume line by line; one told me which listservs to join "
        "and which to avoid; one was frank about salaries.",
        "None of them would have found me without that introduction, and I would not have written to them "
        "cold. I am trying to remember that for when I am the one with contacts.",
        "Next semester: digital preservation and the dreaded statistics course.",
    ),
    "jk-cataloging": _w(
        JK, "/2023/10/09/cataloging-assignment-reflections.html", "article", 1,
        "Cataloging assignment reflections", "Priya Raman", "2023-10-09",
        "Our second cataloging assignment asked us to create full records for ten items, including a "
        "DVD box set and a zine with no title page.",
        "The zine took longest. I ended up transcribing the cover text and recording a devised title in "
        "brackets. The instructor's feedback was that my notes field was too long, which is fair.",
        "A classmate pointed me to a cataloging Slack where someone had asked almost the same question, "
        "which helped. Overall: RDA is less scary than it looks, and subject headings are harder.",
    ),
    "jk-neural": _w(
        JK, "/2023/11/21/notes-on-neural-networks-for-metadata.html", "article", 0,
        "Notes on neural networks for metadata", "Priya Raman", "2023-11-21",
        "This week's seminar was on machine learning for subject indexing. We compared a keyword "
        "baseline with a small neural network trained on existing records.",
        "The network learned the common headings well and the rare ones badly, which the lecturer said "
        "is typical. The bigger problem is the training data: our catalogue's old records are inconsistent, "
        "and the model reproduces the inconsistencies.",
        "Takeaway: automatic suggestions for a human cataloguer, not automatic records.",
    ),
    "jk-migration": _w(
        JK, "/2024/01/15/where-did-library-twitter-go.html", "article", 3,
        "Where did library Twitter go?", "Priya Raman", "2024-01-15",
        "When I started library school, people told me the profession's informal mentoring happened on "
        "Twitter: chats, hashtags, people answering newcomers' questions. By the time I arrived, it had "
        "scattered.",
        "I asked ten librarians where they get career advice now. Four said Mastodon, mostly on one or two "
        "library-focused servers. Three said Bluesky. Two said LinkedIn, a little embarrassed. One said "
        "\"a group chat with five friends from my old job\", which may be the most honest answer.",
        "What seems to have been lost is the accidental encounter: the experienced cataloguer who answered "
        "a stranger because the hashtag put them in the same stream. What has been gained is smaller, "
        "kinder spaces where people know each other's names.",
        "For students, the advice I got was consistent: go where the people in your specialism are, ask "
        "questions, and do not wait for a formal mentoring program to notice you.",
    ),

    # --- Blogger Simple: a retired librarian's blog ---------------------------------------------------
    "bg-listserv": _w(
        BG, "/2022/04/thirty-years-on-mailing-list.html", "post", 2,
        "Thirty years on a mailing list", "Margaret Holloway", "2022-04-19",
        "I joined my first library mailing list in 1992, on a terminal in the basement of the county "
        "library. I finally unsubscribed last month, having retired, and it made me sentimental.",
        "That list was where I learned most of what I knew about interlibrary loan, and later it was where "
        "I paid that back. For twenty years I answered questions from people just starting out, and a few of "
        "them wrote to me privately afterwards. Two I still count as friends; one is now a director. We never "
        "called it mentoring, but I suppose that is what it was.",
        "The garden is doing well. The tomatoes are late again.",
    ),
    "bg-mastodon": _w(
        BG, "/2023/02/mentoring-at-seventy.html", "post", 3,
        "Mentoring at seventy, on Mastodon of all places", "Margaret Holloway", "2023-02-08",
        "My granddaughter set me up on Mastodon over Christmas. I expected to read the news. Instead I "
        "have found myself answering questions from young librarians most mornings.",
        "It started when someone asked, under a library hashtag, how to handle a difficult board member. "
        "I had handled eleven of them. I replied, and she replied, and now we exchange messages every week or "
        "so. Since then three more have written to me. One wants to know about moving into management, one "
        "about going part-time, one just wants to talk about books.",
        "I am careful not to pretend the profession is what it was in 1985. I tell them what I did and why, "
        "and they tell me what is different now. It is mentoring in both directions, frankly: they have taught "
        "me about alt text and content warnings, and I have taught them how to read a budget.",
        "If you are retired and wondering what to do with forty years of experience, I recommend it.",
    ),
    "bg-garden": _w(
        BG, "/2023/06/roses-and-rain.html", "post", 0,
        "Roses and rain", "Margaret Holloway", "2023-06-12",
        "A wet June. The roses have black spot and the slugs have eaten every lettuce.",
        "On the bright side, the new bench is in and the robin has decided it belongs to him.",
    ),
    "bg-trip": _w(
        BG, "/2023/09/back-at-conference.html", "post", 1,
        "Back at a conference after twelve years", "Margaret Holloway", "2023-09-25",
        "I went to the state conference as a retiree this year, mostly to see old colleagues. The venue "
        "was the same hotel as in 2011, carpet and all.",
        "Sessions were on e-books, homelessness and library buildings. I enjoyed the one on buildings most. "
        "A young woman I have been exchanging messages with online came over to introduce herself, which was "
        "lovely.",
        "The dinner was better than I remembered. Home on the Sunday train.",
    ),
    "bg-buddies": _w(
        BG, "/2024/03/reading-buddies.html", "post", 0,
        "Volunteering with the reading buddies", "Margaret Holloway", "2024-03-04",
        "I have started volunteering with the library's reading buddies scheme, where older pupils mentor "
        "younger ones through their first chapter books. I sit in the corner and help when they get stuck.",
        "The mentors take it very seriously. One boy of eleven told me that mentoring is mostly waiting "
        "quietly while someone works it out. I have known directors who never learned that.",
    ),

    # --- LiveJournal: an archivist's journal --------------------------------------------------------
    "lj-circle": _w(
        LJ, "/48213.html", "post", 3,
        "the circle", "quietvault", "2021-11-03",
        "Six months of the peer mentoring circle now, so a proper post. For anyone new here: five of us, "
        "all mid-career archivists at small institutions, meet on a video call every three weeks and keep a "
        "shared channel going in between.",
        "Nobody is the mentor. Each call one of us brings a problem (a reappraisal fight, a grant "
        "application, a boss who thinks digitisation means scanning everything) and the rest of us ask "
        "questions until it looks smaller. Then we talk about careers, which is the real reason we meet.",
        "We found each other through a thread on the archivists' mailing list about burnout, of all things. "
        "Someone said \"we should do this regularly\" and for once someone did.",
        "I have had formal mentors. This is better. It is people at the same stage, honest about the same "
        "things, online because we are four hundred miles apart.",
    ),
    "lj-listserv": _w(
        LJ, "/48577.html", "post", 2,
        "list etiquette rant", "quietvault", "2022-01-19",
        "Rant incoming. The big archives listserv has had another reply-all storm, sixty messages of "
        "\"please remove me\".",
        "What annoys me is that the list is genuinely where new archivists get advice. Yesterday a student "
        "asked how to prepare for her first processing job and got four thoughtful answers from people with "
        "twenty years' experience, one offering to talk on the phone. That gets buried under the storm.",
        "Mods, please: moderated mode for a week. The newcomers deserve a usable list.",
    ),
    "lj-passing": _w(
        LJ, "/49021.html", "post", 1,
        "snow day", "quietvault", "2022-02-07",
        "Snowed in, reading room closed, so I am finally writing the finding aid for the parish records. "
        "Three hundred items, eleven boxes, one very dead mouse.",
        "Also spent an hour on the peer call, which helped with the appraisal question. Tomorrow, if the "
        "roads clear, the conservator comes about the water-damaged volumes.",
    ),
    "lj-fandom": _w(
        LJ, "/49550.html", "post", 0,
        "on fan archives", "quietvault", "2022-04-22",
        "Been thinking about fan fiction archives, because a friend asked whether her old community's "
        "stories will survive. Honest answer: only if someone makes a plan.",
        "Volunteer-run archives do remarkable work but depend on a handful of people. Export formats, "
        "a succession plan and a relationship with a memory institution are the three things I would ask "
        "about.",
    ),
    "lj-holiday": _w(
        LJ, "/50102.html", "post", 0,
        "away", "quietvault", "2022-07-30",
        "Off to the coast for a fortnight. No laptop. The cat-sitter has instructions.",
    ),

    # --- an X/Twitter-like site -----------------------------------------------------------------------
    "x-chat": _w(
        XX, "/mkaplan_lib/status/1712044521900112384", "post", 3,
        "mkaplan_lib on X", "Mira Kaplan", "2023-10-11",
        "Reminder: #LibMentorChat tonight 8pm ET. Topic is finding a mentor when your library has no "
        "program. Experienced folks, please come answer questions; newbies, lurking is fine. Last month "
        "three people found mentors in the replies.",
    ),
    "x-thread": _w(
        XX, "/mkaplan_lib/status/1712391880341045248", "post", 3,
        "mkaplan_lib on X", "Mira Kaplan", "2023-10-12",
        "Recap of last night's #LibMentorChat, a thread. 1/ Most people found their mentors by asking a "
        "specific question in public, not by asking someone to be their mentor.",
        "2/ Peer mentoring came up a lot: cohorts of new librarians in group DMs or Discord servers, "
        "meeting monthly.",
        "3/ Several experienced librarians said they would gladly mentor but nobody asks. So ask.",
    ),
    "x-linkedin": _w(
        XX, "/jorunn_arch/status/1720588120012345344", "post", 2,
        "jorunn_arch on X", "Jorunn Dahl", "2023-11-03",
        "Unpopular opinion: LinkedIn is where archivists actually get career advice now. The posts are "
        "cringe but the DMs from senior colleagues are real. Got two interview tips and a referral this "
        "month. Anyway, the new reading room opens Monday.",
    ),
    "x-passing": _w(
        XX, "/jorunn_arch/status/1731200456789012480", "post", 1,
        "jorunn_arch on X", "Jorunn Dahl", "2023-12-03",
        "Finished the accession backlog for 2022!! 340 boxes. Thanks to the folks on Mastodon who talked "
        "me through the spreadsheet. Cake in the staff room.",
    ),
    "x-marketing": _w(
        XX, "/mkaplan_lib/status/1735102233445566778", "post", 0,
        "mkaplan_lib on X", "Mira Kaplan", "2023-12-14",
        "Our library's TikTok hit 10k followers. Social media strategy that works for libraries: post "
        "the book cart, post the staff picks, never post the board minutes.",
    ),
    "x-weather": _w(
        XX, "/jorunn_arch/status/1740001112223334445", "post", 0,
        "jorunn_arch on X", "Jorunn Dahl", "2023-12-27",
        "Archive closed today, heating failed. Stay warm everyone.",
    ),

    # --- vBulletin 5: an information professionals' forum -------------------------------------------
    "vb-mentor": _w(
        VB, "/forum/career-development/1402-looking-for-a-mentor-records-management", "post", 3,
        "Looking for a mentor (records management)", "jtrent", "2024-02-12",
        "Hi all. I moved from a library into records management eight months ago and I am out of my depth "
        "on retention schedules. My organisation has no mentoring scheme. Would anyone experienced be "
        "willing to be a mentor, even informally, by message or a monthly call?",
        "Reply from old_rm_hand: Happy to. I have done RM for twenty-two years. PM me. Also join the "
        "records management mailing list and the monthly webinar series, the Q&A after each session is "
        "basically group mentoring.",
        "Reply from lkwan: Seconding the webinars. I also found a peer group on LinkedIn of people who "
        "moved from libraries into RM; we share schedules and swap advice. Will send you the link.",
        "Reply from jtrent: Thank you both, this is exactly what I needed. Sent PMs.",
    ),
    "vb-chats": _w(
        VB, "/forum/career-development/1388-do-twitter-chats-still-exist", "post", 2,
        "Do Twitter chats still exist?", "lkwan", "2024-01-20",
        "I used to learn so much from the weekly library chats on Twitter. Are any still running, or has "
        "everything moved?",
        "Reply from bibliobeth: A couple moved to Mastodon and run on a hashtag at the same time each week. "
        "Smaller, but the experienced people still come and answer newbies.",
        "Reply from jtrent: Not the same, but the Discord for our section does a monthly ask-me-anything "
        "with a senior colleague.",
        "Reply from lkwan: Thanks. Also, unrelated: anyone know if the licensing workshop is recorded?",
    ),
    "vb-salary": _w(
        VB, "/forum/career-development/1377-salary-negotiation-advice", "post", 2,
        "Salary negotiation advice?", "bibliobeth", "2024-01-08",
        "Got an offer for an assistant director post. The salary is at the bottom of the band. Should I "
        "negotiate, and how?",
        "Reply from old_rm_hand: Always negotiate. Ask for the middle of the band and give two reasons. "
        "I have hired a lot of people and nobody lost an offer by asking politely.",
        "Reply from dmorales: What helped me was asking a former boss, who I keep in touch with on "
        "LinkedIn, to role-play the call with me. Experienced people are usually glad to help with this.",
        "Reply from bibliobeth: Negotiated, got an extra step. Thank you all.",
    ),
    "vb-passing": _w(
        VB, "/forum/technology/1365-ils-migration-horror-stories", "post", 1,
        "ILS migration horror stories", "dmorales", "2023-12-15",
        "We are migrating our ILS next spring. Tell me your horror stories so I can prepare.",
        "Reply from lkwan: Patron records with duplicate barcodes. Budget a week for cleanup.",
        "Reply from old_rm_hand: Test the notices. Ours sent overdue letters to the whole county. A "
        "mentor of mine warned me about exactly that and I did not listen.",
    ),
    "vb-printers": _w(
        VB, "/forum/technology/1359-public-printers-and-wifi-printing", "post", 0,
        "Public printers and wifi printing", "dmorales", "2023-12-02",
        "Which print management system are people using for wireless printing from patrons' phones?",
        "Reply from bibliobeth: We use a cloud service; works fine except with older Android phones.",
    ),

    # --- a HAL-like open archive -------------------------------------------------------------------
    "hal-notice1": _w(
        HL, "/hal-04412873", "document", 3,
        "Informal mentoring of early-career archivists through online professional networks",
        "Camille Roussel", "2024-01-29",
        "This paper examines how early-career archivists use online professional networks to find and "
        "sustain mentoring relationships outside formal programmes. Drawing on 24 semi-structured "
        "interviews with archivists in France, Belgium and Quebec, we show that mentoring is increasingly "
        "distributed across mailing lists, Mastodon, LinkedIn and private messaging groups, and that "
        "relationships typically begin with a public question answered by a more experienced colleague. "
        "Participants valued peer mentoring in small online groups as highly as guidance from seniors. We "
        "discuss implications for professional associations designing mentoring schemes.",
    ),
    "hal-pdf1": _w(
        HL, "/hal-04412873/document", "document", 3,
        "Informal mentoring of early-career archivists through online professional networks",
        "Camille Roussel", "2024-01-29",
        "Informal mentoring of early-career archivists through online professional networks",
        "Camille Roussel, Universite de Lille",
        "Abstract. This paper examines how early-career archivists use online professional networks",
        "to find and sustain mentoring relationships outside formal programmes.",
        "1. Introduction. Formal mentoring schemes in archives remain rare and oversubscribed.",
        "Early-career archivists therefore turn to colleagues they meet online: on mailing lists,",
        "on Mastodon and Bluesky, on LinkedIn, and in private messaging groups.",
        "2. Method. We interviewed 24 archivists with less than five years of experience.",
        "3. Findings. Relationships usually began with a public question answered by a senior colleague,",
        "then moved to private messages and occasional video calls. Peer mentoring in small groups",
        "was described as equally valuable, especially for career decisions and job applications.",
        "4. Discussion. Associations could support these networks rather than replace them,",
        "for example by hosting online circles and recognising the time mentors give.",
    ),
    "hal-notice2": _w(
        HL, "/hal-04188820", "document", 2,
        "Webinars and continuing professional development in public libraries: a regional study",
        "Luc Martin", "2023-08-14",
        "We surveyed 312 public library staff in three regions about their continuing professional "
        "development. Webinars were the most used format, followed by in-person training days. Respondents "
        "valued the discussion and chat during webinars for exchanging advice with more experienced "
        "colleagues, and a third reported following up with a presenter or participant by email or on "
        "professional social networks for further guidance. Budget and time remained the main barriers.",
    ),
    "hal-pdf2": _w(
        HL, "/hal-04188820/document", "document", 2,
        "Webinars and continuing professional development in public libraries: a regional study",
        "Luc Martin", "2023-08-14",
        "Webinars and continuing professional development in public libraries: a regional study",
        "Luc Martin, Universite de Rennes 2",
        "We surveyed 312 public library staff in three regions about continuing professional development.",
        "Webinars were the most used format (71 percent), followed by in-person training days.",
        "Budget and release time were the main barriers to attendance.",
        "Respondents valued the chat during webinars for advice from more experienced colleagues,",
        "and a third followed up with a presenter or participant by email or on LinkedIn or Mastodon.",
        "Several described these contacts as informal mentors who later advised them on job moves.",
        "We recommend that regional bodies record sessions and host a discussion forum afterwards.",
    ),
    "hal-sna": _w(
        HL, "/hal-03977154", "document", 0,
        "Co-authorship networks in French information science, 1990-2020",
        "Ines Fabre", "2023-02-10",
        "Using bibliometric data on 4,100 articles, we map co-authorship networks in French information "
        "science over three decades. The network grows denser after 2005, with a few central laboratories "
        "acting as bridges. We discuss the effect of research evaluation policies on collaboration.",
    ),

    # --- a ScienceDirect-like journal ------------------------------------------------------------------
    "sd-main": _w(
        SD, "/science/article/pii/S0740818824000123", "journal-article", 3,
        "Professional learning networks of academic librarians on social media: a mixed-methods study",
        "Hannah Okafor; Daniel Reyes", "2024-03-01",
        "Abstract: Academic librarians increasingly rely on social media for professional learning and "
        "mentoring. We surveyed 486 academic librarians and interviewed 20 about their professional "
        "learning networks across Mastodon, Bluesky, LinkedIn, Slack and Discord communities and mailing "
        "lists.",
        "Results: Most respondents (78%) reported receiving career advice from more experienced colleagues "
        "met online; 41% described at least one ongoing mentoring relationship that began on social media. "
        "Twitter chats had been the main entry point before 2022; respondents now described a fragmented "
        "landscape of smaller communities.",
        "Interviewees distinguished between broadcast learning (reading posts, attending webinars) and "
        "relational learning (asking questions, being mentored, mentoring peers). Relational learning was "
        "valued more and was concentrated in closed spaces such as Slack workspaces and group chats.",
        "Conclusion: Libraries and associations should recognise online mentoring and peer learning as "
        "professional development and support staff time for it.",
    ),
    "sd-part": _w(
        SD, "/science/article/pii/S0740818824000241", "journal-article", 2,
        "Onboarding new subject librarians: a case study",
        "Grace Lindqvist", "2024-05-01",
        "Abstract: This case study describes the redesign of onboarding for new subject librarians at a "
        "research university library. The programme combined a structured first-year plan, liaison "
        "shadowing, and mentoring.",
        "Each new librarian was paired with a mentor from another department and invited to an online "
        "peer group of recent hires across three partner institutions, which met monthly on video and "
        "kept a shared Slack channel. Participants rated the peer group as the most useful element for "
        "informal advice.",
        "The study also reports on changes to collection budgets and liaison workloads during the period.",
    ),
    "sd-nursing": _w(
        SD, "/science/article/pii/S0740818823001108", "journal-article", 1,
        "Information literacy instruction for nursing students: embedding librarians in clinical courses",
        "Ahmed Saleh", "2023-11-01",
        "Abstract: Embedded librarians taught search skills in four clinical nursing courses. Students' "
        "search strategies improved significantly on a validated rubric.",
        "The librarians, new to nursing, credited a health sciences librarians' mailing list for advice "
        "on designing the sessions. Implications for liaison models are discussed.",
    ),
    "sd-biblio": _w(
        SD, "/science/article/pii/S0740818823000932", "journal-article", 0,
        "Open access uptake in library and information science journals, 2010-2022",
        "Mei Tanaka", "2023-09-01",
        "Abstract: We measured open access availability for 22,000 LIS articles. Gold open access rose "
        "from 9% to 31%; green availability remained stable. Journals with transformative agreements "
        "showed the fastest growth.",
    ),
    "sd-teachers": _w(
        SD, "/science/article/pii/S0740818823000815", "journal-article", 0,
        "Teacher mentoring on social media: a scoping review",
        "Rosa Ingram", "2023-07-01",
        "Abstract: This scoping review maps 64 studies of how school teachers use Twitter, Facebook groups "
        "and other social media for mentoring and professional learning. Most studies examined "
        "hashtag chats; few measured effects on teaching practice. We propose an agenda for research in "
        "teacher education.",
    ),

    # --- a Pressbooks open textbook ------------------------------------------------------------------
    "pb-pln": _w(
        PB, "/pathways/chapter/building-your-professional-learning-network/", "document", 3,
        "Chapter 9: Building Your Professional Learning Network", "Nora Vance", "2022-08-01",
        "Learning Objectives: By the end of this chapter you will be able to describe a professional "
        "learning network (PLN), identify online spaces where information professionals learn from each "
        "other, and plan how to find mentors within your network.",
        "A professional learning network is the set of people and communities you learn from and with. "
        "For librarians and archivists it has long included mailing lists and conferences; today it also "
        "includes social media such as Mastodon, Bluesky and LinkedIn, chat communities on Slack and "
        "Discord, blogs, and recorded webinars.",
        "Mentoring within a PLN is often informal. An experienced colleague answers your question in a "
        "forum; you ask a follow-up; over months the exchange becomes a relationship. Peer mentoring, in "
        "which people at similar career stages support one another, is just as common, and group mentoring "
        "circles run online are increasingly offered by associations.",
        "Activity: List five people whose advice you have sought in the past year. Where did you meet them? "
        "Which of them could you ask for career guidance? Choose one online community to join this week and "
        "post an introduction.",
        "Key Takeaways: Your PLN is built by participation, not by following. Give as well as ask. Formal "
        "and informal mentoring can coexist.",
    ),
    "pb-career": _w(
        PB, "/pathways/chapter/career-development/", "document", 2,
        "Chapter 10: Career Development", "Nora Vance", "2022-08-01",
        "Learning Objectives: Describe common career paths in libraries and archives, prepare application "
        "materials, and identify sources of career guidance.",
        "Career paths in the field are rarely linear. Many professionals move between sectors, from "
        "public to academic libraries or from libraries to records management.",
        "Guidance from more experienced colleagues helps at every stage. Many find mentors through their "
        "professional association, but others find them online: a question on a mailing list, a "
        "conversation on LinkedIn, a webinar's follow-up discussion. Ask mentors to review your "
        "application materials and to describe their own paths.",
        "Application materials: tailor your cover letter to the job ad, address each required "
        "qualification, and keep your resume to two pages.",
    ),
    "pb-reference": _w(
        PB, "/pathways/chapter/the-reference-interview/", "document", 0,
        "Chapter 4: The Reference Interview", "Nora Vance", "2022-08-01",
        "Learning Objectives: Conduct a reference interview using open and closed questions, and follow "
        "up appropriately.",
        "The reference interview helps clarify a patron's real information need. Begin with open "
        "questions, paraphrase, and confirm before searching.",
        "Virtual reference via chat requires the same steps, adapted to short written messages.",
    ),
    "pb-associations": _w(
        PB, "/pathways/chapter/professional-associations/", "document", 1,
        "Chapter 8: Professional Associations", "Nora Vance", "2022-08-01",
        "Learning Objectives: Identify national and regional professional associations and explain what "
        "they offer members.",
        "Associations publish standards, hold conferences, advocate for the profession and provide "
        "continuing education. Student memberships are usually discounted.",
        "Some also run mentoring schemes, discussed further in the next chapter. Consider volunteering "
        "on a committee: it is the fastest way to meet people.",
    ),

    # --- Umbraco: a state library's newsroom ------------------------------------------------------------
    "um-scheme": _w(
        UM, "/news/2024/statewide-mentoring-network-launches/", "article", 3,
        "Statewide mentoring network for library staff launches", "Elena Ruiz", "2024-04-08",
        "The State Library today launched a statewide mentoring network connecting library staff in "
        "small and rural libraries with experienced colleagues across the state.",
        "Mentors and mentees will meet online monthly for nine months, supported by a private community "
        "space for questions and peer discussion. A series of webinars on leadership, budgeting and "
        "community engagement will run alongside.",
        "\"Staff in our smallest libraries told us they often have nobody to ask,\" said the State "
        "Librarian. \"This network gives them colleagues who have faced the same problems.\"",
        "Applications for both mentors and mentees are open until May 10.",
    ),
    "um-workforce": _w(
        UM, "/news/2024/workforce-survey-results/", "article", 2,
        "Library workforce survey results released", "Elena Ruiz", "2024-02-19",
        "The State Library's biennial workforce survey received responses from 1,140 library workers. "
        "Staffing levels are stable overall but vacancies in rural libraries take longer to fill.",
        "Asked how they develop professionally, respondents most often named webinars, followed by "
        "informal advice from colleagues. Forty percent said they regularly seek guidance from more "
        "experienced staff through online groups such as the state's email discussion list and social "
        "media communities; staff under 35 were most likely to have a mentor they met online.",
        "The full report includes salary data by region and library type.",
    ),
    "um-passing": _w(
        UM, "/news/2024/summer-reading-record/", "article", 1,
        "Summer reading sets participation record", "Elena Ruiz", "2024-09-02",
        "More than 180,000 children took part in this year's statewide summer reading program, a record.",
        "Libraries credited partnerships with schools and a new online logging app. Program coordinators "
        "shared ideas through the state's youth services discussion list during planning.",
    ),
    "um-closure": _w(
        UM, "/news/2024/reading-room-closure/", "article", 0,
        "Main reading room closes for restoration", "Elena Ruiz", "2024-06-15",
        "The State Library's main reading room will close from July 1 for ceiling restoration. Collections "
        "will be served from the east wing.",
    ),
    "um-grants": _w(
        UM, "/news/2024/technology-grants-awarded/", "article", 0,
        "Technology grants awarded to 42 libraries", "Elena Ruiz", "2024-10-21",
        "Forty-two public libraries will receive technology grants for laptops, hotspots and accessible "
        "workstations. Grants range from $2,000 to $25,000.",
    ),
}

OTHER: list[tuple[str, str, str]] = [
    (WP, "/", "home"), (WP, "/about/", "about"), (WP, "/contact/", "contact"),
    (WP, "/category/mentoring/", "category"), (WP, "/tag/pln/", "tag"), (WP, "/?s=mentor", "search"),
    (WP, "/author/rkaur/", "profile"), (WP, "/page/2/", "listing"),
    (JK, "/", "home"), (JK, "/about/", "about"), (JK, "/archive/", "listing"), (JK, "/tags/pln/", "tag"),
    (JK, "/404.html", "error"),
    (BG, "/", "home"), (BG, "/search/label/mentoring", "tag"), (BG, "/search?q=mastodon", "search"),
    (BG, "/p/about.html", "about"), (BG, "/p/contact.html", "contact"),
    (LJ, "/", "home"), (LJ, "/profile/", "profile"), (LJ, "/tag/mentoring/", "tag"), (LJ, "/?skip=5", "listing"),
    (XX, "/mkaplan_lib", "profile"), (XX, "/jorunn_arch", "profile"), (XX, "/hashtag/LibMentorChat", "tag"),
    (XX, "/search?q=mentor", "search"),
    (VB, "/", "home"), (VB, "/forum/career-development", "category"), (VB, "/forum/technology", "category"),
    (VB, "/member/15-jtrent", "profile"), (VB, "/search?q=mentor", "search"), (VB, "/contact-us", "contact"),
    (HL, "/", "home"), (HL, "/search/index/?q=mentoring", "search"), (HL, "/browse/collection/INFOLIB", "listing"),
    (HL, "/page/a-propos", "about"), (HL, "/hal-04999999", "error"),
    (SD, "/", "home"), (SD, "/journal/library-practice/vol/41/issue/2", "listing"),
    (SD, "/journal/library-practice/about/aims-and-scope", "about"), (SD, "/search?qs=mentoring", "search"),
    (SD, "/journal/library-practice/articles-in-press", "listing"),
    (PB, "/", "home"), (PB, "/pathways/", "home"), (PB, "/pathways/table-of-contents/", "listing"),
    (PB, "/pathways/back-matter/about-the-authors/", "about"), (PB, "/pathways/?s=mentor", "search"),
    (UM, "/", "home"), (UM, "/news/", "listing"), (UM, "/news/?category=workforce", "category"),
    (UM, "/contact-us/", "contact"), (UM, "/about-us/", "about"), (UM, "/news/staff/elena-ruiz/", "profile"),
    (UM, "/news/2023/old-page/", "error"), (UM, "/search/?q=mentor", "search"),
]
