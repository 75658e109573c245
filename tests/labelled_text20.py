"""Web 20's texts and labels, written before its pages were built.

Ten hosts, each in its own voice: a regional archivists' network's news site, an LIS lecturer's blog, a
retired cataloguer's blog, a library-school student's blog, a forum for library workers, a journal's
article pages, a document-sharing site, a library vendor's podcast, a careers newsletter's archive and a
records manager's plain blog. ``WORKS`` are the pages one cites (``kind`` article, journal-article, post or
document), each with its grade for the topic (how librarians, archivists and other information
professionals use social media and online networks for mentoring and professional learning): 3 about it
throughout, 2 about it in good part, 1 a passing mention, 0 nothing. ``OTHER`` are the pages one does not
cite (home, about, contact, category, tag, search, listing, profile, error), graded 0.

In ``paras`` a paragraph starting ``## `` is a heading. ``replies`` are a forum thread's answers (author,
text), ``notes`` a podcast episode's show notes.
"""

from __future__ import annotations

from dataclasses import dataclass

ASSOC = "threevalleysarchivists.example"     # WordPress Twenty Twenty
SCHOLAR = "nokafor.example"                   # Eleventy High Performance Blog
RETIREE = "marginalia.example"                # Hugo Bear Cub
STUDENT = "lenaruiz.example"                  # Jekyll Klise
FORUM = "backroom.example"                    # Waterhole
JOURNAL = "muse.example"                      # a Project MUSE-like journal article page
DOCS = "docshelf.example"                     # a Scribd-like document host
PODCAST = "overdue.example"                   # a Castos podcast
LETTERS = "letters.example"                   # a Revue-like newsletter archive
PLAIN = "fennick.mataroa.example"             # a Mataroa blog

HOSTS = (ASSOC, SCHOLAR, RETIREE, STUDENT, FORUM, JOURNAL, DOCS, PODCAST, LETTERS, PLAIN)


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
    replies: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    content_type: str = "text/html; charset=utf-8"


WORKS: dict[str, Work] = {}


def _w(key: str, *args, **kw) -> None:
    WORKS[key] = Work(*args, **kw)


# --- Three Valleys Archivists' Network (WordPress Twenty Twenty): an association's news -------------------

_w("assoc-mentoring-online", ASSOC, "/2024/02/12/mentoring-scheme-goes-online/", "article", 3,
   "Our mentoring scheme goes online for 2024", "Network Communications", "2024-02-12", (
       "For eleven years the Network's mentoring scheme has paired newly qualified archivists with colleagues who "
       "have been in the profession for a decade or more. Pairs met over coffee in Carmarth or in a search room "
       "after hours, and for members in the upper valleys that often meant a round trip of two hours. This year "
       "the scheme moves online, and it is open to every member wherever they work.",
       "Mentors and mentees will be matched in March and will meet by video call once a month. Between calls, "
       "pairs are encouraged to keep in touch by whatever means suits them: several pilot pairs used a shared "
       "chat channel on the Network's Slack workspace, others simply emailed. We have also set up a private "
       "channel, #mentoring-circle, where all participants can put questions to the group as a whole. Last "
       "autumn's pilot showed that mentees who were shy of asking their own mentor a 'basic' question were happy "
       "to ask twenty colleagues at once, and that the answers were often better for it.",
       "Alongside one-to-one pairs we are trying group mentoring for the first time. Four circles of five "
       "members each will meet online every six weeks around a theme: moving from project posts to permanent "
       "roles, managing volunteers, working as a lone archivist, and getting published. Each circle has one "
       "experienced facilitator, but the idea is that members learn from each other as much as from them.",
       "Why online? Partly geography, partly what members told us in the 2023 survey. Almost half of those who "
       "answered work alone or in teams of two, and many said their main source of professional advice was "
       "already online: the national archives mailing list, LinkedIn groups, and for some the archivists they "
       "follow on Mastodon and Bluesky. The scheme does not replace any of that, but it gives members a "
       "structured way to find a mentor rather than hoping one turns up in their feed.",
       "Applications for both mentors and mentees are open until 1 March. Mentors do not need any formal "
       "training; we run two short online briefings in February and share a guide to the first conversation. "
       "The full evaluation of the pilot is available as a PDF report.",
   ), tags=("mentoring", "professional development", "Slack"))

_w("assoc-pilot-report", ASSOC, "/wp-content/uploads/2024/02/online-mentoring-pilot-evaluation.pdf", "document", 3,
   "Online Mentoring Pilot: Evaluation Report", "Three Valleys Archivists' Network", "2024-01-30", (
       "Three Valleys Archivists' Network. Online Mentoring Pilot, September to December 2023. Evaluation report.",
       "Summary. Twelve mentoring pairs and one group of six members took part in a four-month pilot of online "
       "mentoring. Pairs met by video call at least monthly and could use a shared channel on the Network's "
       "Slack workspace between meetings. All twelve mentees and eleven of the twelve mentors completed the "
       "end-of-pilot survey.",
       "Findings. Ten of twelve mentees said the pilot helped them make a concrete career decision, most often "
       "about applying for a permanent post or a qualification. Mentees valued quick written answers between "
       "calls more than we expected: the median pair exchanged 23 messages over the pilot. Mentors said the "
       "online format made it easier to fit mentoring around work, but three found it harder to build trust "
       "without meeting in person.",
       "The group channel was the surprise of the pilot. Questions asked there drew on average four answers "
       "from different members, and mentees said reading other people's questions was itself a form of "
       "learning. Several mentees also said they had started following archivists they met through the pilot on "
       "Mastodon and LinkedIn, widening their professional network beyond their mentor.",
       "Recommendations. Run the scheme online for all members from 2024; add facilitated group mentoring "
       "circles; keep a shared channel but set expectations about response times; brief mentors on boundaries "
       "for informal messaging; and review the platform choice annually, since some members cannot install "
       "Slack on work computers.",
   ), content_type="application/pdf")

_w("assoc-conference-recap", ASSOC, "/2023/10/20/autumn-conference-recap/", "article", 1,
   "Autumn conference recap: water, mould and a very good lunch", "Network Communications", "2023-10-20", (
       "Over ninety members came to Llanfair Hall for this year's autumn conference, our largest turnout since "
       "2019. The theme was disaster preparedness, and the morning session could not have been better timed, "
       "coming a fortnight after the floods that reached the basement store at Pentre Record Office.",
       "Ffion Davies walked us through Pentre's recovery, from the first phone call to the freezer lorry. Her "
       "advice: know which boxes matter most before the water arrives, keep your salvage kit somewhere you can "
       "reach it in the dark, and phone the conservators sooner than you think you need to.",
       "After lunch, conservator Tomasz Wrona led a hands-on session on recognising mould, which left several "
       "of us checking our own strongrooms on the Monday. The closing panel on insurance and emergency funding "
       "was the most practical hour of the day.",
       "Thank you to our speakers and to the volunteers who ran the registration desk. Several members posted "
       "from the sessions on Mastodon under #3VAconf, and archivists elsewhere joined in with advice of their "
       "own. Slides from the day are on the members' mailing list, with the details of next spring's meeting.",
   ), tags=("conference", "preservation"))

_w("assoc-parish-records", ASSOC, "/2023/06/05/parish-records-deposit/", "article", 0,
   "Parish records from St Illtyd's deposited at Pentre", "Network Communications", "2023-06-05", (
       "The registers of St Illtyd's, among the oldest surviving parish records in the three valleys, have been "
       "deposited at Pentre Record Office. The deposit includes baptism registers from 1674, churchwardens' "
       "accounts and a vestry minute book that records the building of the new bridge in 1791.",
       "The volumes have been cleaned and boxed and will be available in the search room from September once "
       "they have been catalogued. Family historians should note that the earliest register is fragile and "
       "will be produced only as a digital surrogate.",
   ), tags=("collections",))

_w("assoc-agm", ASSOC, "/2024/04/03/notice-of-agm-2024/", "article", 0,
   "Notice of Annual General Meeting 2024", "Network Communications", "2024-04-03", (
       "Notice is hereby given that the Annual General Meeting of the Three Valleys Archivists' Network will be "
       "held at Pentre Library on Saturday 18 May 2024 at 11am.",
       "The business of the meeting will be: to receive the annual report and accounts; to elect officers and "
       "committee members; to approve the revised subscription rates; and any other business notified to the "
       "Secretary by 4 May. Nomination forms for the committee are available from the Secretary.",
   ), tags=("governance",))


# --- Dr Ngozi Okafor's blog (Eleventy High Performance Blog): an LIS lecturer -----------------------------

_w("scholar-essay", SCHOLAR, "/posts/the-mentor-you-never-met/", "article", 3,
   "The mentor you never met: informal mentoring in librarians' online networks", "Ngozi Okafor", "2024-03-18", (
       "When I ask first-year students on our librarianship programme who has helped them most in deciding to "
       "join the profession, the answers used to be predictable: a school librarian, a manager in a first "
       "library job, occasionally a parent. Over the last five years a new answer has become common, and it "
       "is phrased in an odd way. 'Someone I follow.' Sometimes they mean a librarian with a large audience on "
       "Bluesky or a popular TikTok account about working in archives. More often they mean someone with a few "
       "hundred followers who once answered a question, kept answering, and became, without either side "
       "saying so, a mentor.",
       "This post is an attempt to think through that kind of relationship, which I have been studying, on and "
       "off, since I began interviewing early-career librarians about their professional networks in 2019. It "
       "is not a summary of the findings, which are in review, but a set of notes about what I think the "
       "literature on mentoring in our field has missed.",
       "## What the mentoring literature assumes",
       "Most of what has been written about mentoring in library and information work assumes a formal scheme: "
       "a professional body or an employer matches a mentor with a mentee, the pair agree goals, meet regularly "
       "and end the relationship after a year or so. Evaluations ask whether mentees were promoted, passed a "
       "chartership or stayed in the profession. These schemes matter and many of them are excellent. But they "
       "reach a minority of new professionals, and they are designed around an idea of mentoring as something "
       "scarce, to be allocated.",
       "The relationships my interviewees described were not allocated. They grew out of an online network "
       "that the new professional had built, often deliberately, as a student. One public librarian told me "
       "she had followed every speaker at a national conference she could not afford to attend, and over the "
       "following year replied to their posts until some of them replied back. An archivist described a "
       "Discord server for people working with born-digital records, where a retired digital preservation "
       "manager answered her questions for months before they ever spoke by video. Neither would have called "
       "these people mentors at first. Both did by the end of the interview.",
       "## Weak ties that do strong work",
       "Sociologists have long argued that weak ties, the acquaintances at the edge of our networks, bring us "
       "information that close colleagues cannot, because they move in different circles. Professional learning "
       "networks on social media are made mostly of weak ties, and the librarians I spoke to used them in "
       "exactly that way: to hear about jobs, to test ideas, to learn how another library handled a problem. "
       "What surprised me was how often a weak tie became a strong one. A pattern recurred: a public question, "
       "a helpful public answer, a move to direct messages, and then a relationship with the texture of "
       "mentoring: advice about applications, candid talk about a difficult manager, encouragement to apply "
       "for something the mentee thought beyond them.",
       "The public stage matters. Several interviewees said they would never have emailed a senior librarian "
       "out of the blue, but a reply to a post felt low-stakes. Hashtag chats, which were at their height on "
       "Twitter in the 2010s, worked in a similar way: a structured hour in which anyone could answer the "
       "moderator's questions, and in which experienced practitioners made themselves visible and available. "
       "Several of my older interviewees traced their own mentoring relationships to those chats, and two "
       "now run similar sessions on Mastodon.",
       "## Peer mentoring, in public and in private",
       "Not all of the mentoring was vertical. Peer mentoring was if anything more common: cohorts of students "
       "and new professionals who met online and kept each other going through job hunts and first posts. One "
       "group of six school librarians, scattered across three countries, had kept a group chat going for four "
       "years. They read each other's cover letters, shared lesson plans and, in one case, talked a member out "
       "of leaving the profession. They did not use the word mentoring, but the functions the literature "
       "attributes to mentors, career support and psychosocial support, were all there.",
       "The private spaces matter as much as the public ones. Slack workspaces and Discord servers run by "
       "professional groups, long-lived mailing lists and small group chats were where the candid conversations "
       "happened. Public platforms were where people found each other; private ones were where they learned "
       "from each other. That division has become sharper since 2022, as many librarians left Twitter and "
       "scattered across Mastodon, Bluesky, LinkedIn and Threads. Several interviewees described losing "
       "contact with people who had been important to them, simply because they no longer shared a platform.",
       "## What this means for those of us who teach",
       "If informal online mentoring is now one of the main ways new librarians learn the unwritten rules of "
       "the profession, then it is worth asking who gets left out. The librarians who found mentors this way "
       "tended to be confident online, comfortable with visibility and able to spend time on networking that "
       "was, for the most part, unpaid. Those who were not, including several from minoritised backgrounds who "
       "had experienced harassment online, were more cautious and gained less. Formal schemes exist partly to "
       "correct for the unevenness of informal networks. Online networks can reproduce it.",
       "In my own teaching I now ask students to map their professional learning network early in the "
       "programme, and to think about it as something they tend rather than something that happens to them. "
       "We talk about how to ask a good question in public, how to move a conversation into private without "
       "being intrusive, and how to be useful to people further along in their careers. And I encourage them to "
       "mentor each other, since the peer relationships they build now are the ones most likely to last.",
       "## The mentors' side",
       "I have spoken informally to a dozen of the people my interviewees named as mentors, and they tell a "
       "consistent story. Almost none set out to mentor anyone. They began by posting about their own work, "
       "answering questions because it was easy to do, and found that some of the people they answered kept "
       "coming back. Several said that the relationship was useful to them too: mentees kept them in touch "
       "with what library school now teaches, with new tools and with the worries of people starting out, "
       "which they had half forgotten. One called it reverse mentoring by stealth.",
       "They also described costs. The most generous of them receive more requests than they can answer, and "
       "find it hard to say no to a stranger whose question is sincere. A few had been burned by mentees who "
       "used them as an unpaid careers service and disappeared once they had a job. And the platform changes "
       "of the last few years have hit mentors as well as mentees: a subject librarian who had built an "
       "audience of several thousand on Twitter told me she now answers questions in four places and feels "
       "she does none of them well.",
       "What struck me most was how little of this is recognised by employers. A formal mentoring role in a "
       "professional body appears on a CV and in an annual review. Two years of answering questions from "
       "new archivists on a forum does not, although it may have done more good. If we want experienced "
       "librarians to keep doing this work, our institutions need to find ways to see it.",
       "## Unanswered questions",
       "There is a great deal we do not know. We know little about the mentors' side: why experienced "
       "librarians spend their evenings answering strangers, and what it costs them. We do not know whether "
       "relationships begun online last as long as those begun in person, or whether the fragmentation of "
       "platforms will make them rarer. And we do not know how employers value what new professionals learn "
       "this way, which in job interviews is often invisible.",
       "If you are a librarian or archivist who found a mentor, or became one, through an online network, I "
       "would be glad to hear from you. The next phase of the project will interview mentors, and I am "
       "particularly keen to speak to people who mentor across borders or outside their own sector.",
   ), tags=("mentoring", "PLN", "research"))

_w("scholar-chats", SCHOLAR, "/posts/reading-notes-hashtag-chats/", "article", 3,
   "Reading notes: hashtag chats as communities of practice", "Ngozi Okafor", "2023-09-07", (
       "A short one. I have been rereading the small literature on Twitter chats in librarianship for a chapter "
       "and want to note a few things before they slip away.",
       "First, nearly every study treats the chat as an event, an hour with a moderator and numbered questions, "
       "when participants describe it as a community that happens to meet weekly. The learning people report "
       "comes mostly from relationships that continue between chats: following each other, swapping resources, "
       "asking for advice about a job offer.",
       "Second, the distinction between lurkers and participants is too sharp. Many librarians read chats for "
       "months before posting, and describe that reading as professional development in its own right.",
       "Third, and this is the point for my chapter: chats created a visible, low-risk route into the "
       "profession's informal mentoring. Senior people were present and answering. Whether Mastodon or Bluesky "
       "hashtags can do the same without a single shared platform is an open question.",
   ), tags=("PLN", "reading notes"))

_w("scholar-teaching-pln", SCHOLAR, "/posts/teaching-the-pln-assignment/", "article", 2,
   "Teaching notes: the module I am rewriting this summer", "Ngozi Okafor", "2024-06-25", (
       "Every summer I rewrite one module, and this year it is Professional Practice, our second-semester "
       "course on ethics, management and what the handbook calls 'professional identity'. It has grown over "
       "the years into a patchwork of good intentions, and it is time for a rethink.",
       "The ethics unit stays much as it is. Students respond well to the case studies on patron privacy and "
       "on intellectual freedom, and this year's cohort produced the best debate on content moderation in "
       "library makerspaces I have heard. The management unit I am cutting down; it overlaps with the "
       "leadership elective and students rightly complained about repetition.",
       "The biggest change is the old 'networking' assignment, which asked students to attend a professional "
       "event and write a reflection. I am replacing it with a term-long task in which each student builds and "
       "documents a professional learning network. They will follow and engage with practitioners on at least "
       "two platforms, join one mailing list or community Slack, take part in one online chat or webinar, and "
       "seek out one conversation with an experienced librarian whose work interests them. The reflection at "
       "the end asks what they learned, from whom, and what they gave back.",
       "I am nervous about two things: students who, for good reasons, do not want to be visible online, and "
       "the risk of turning networking into a performance. So there will be a private route through the "
       "assignment, based on mailing lists and a peer mentoring trio within the cohort.",
       "Assessment for the rest of the module stays as an essay and a short presentation.",
   ), tags=("teaching", "PLN"))

_w("scholar-sabbatical", SCHOLAR, "/posts/sabbatical-update/", "article", 1,
   "Sabbatical update: archives, trains and a lot of transcription", "Ngozi Okafor", "2023-05-02", (
       "Three months into my research leave and I have spent more time in record offices than in the last five "
       "years together. The project on nineteenth-century subscription libraries in the north of England is "
       "finally taking shape: I have now transcribed the borrowing registers of four libraries, about 31,000 "
       "loans in all.",
       "The patterns are already interesting. Borrowers at the smaller libraries read far more travel writing "
       "than we assumed, and at least one library lent more periodicals than books. I will write this up "
       "properly in the autumn.",
       "A side project on how early-career librarians use online networks for mentoring has been quieter, but "
       "the interviews are done and transcribed.",
       "Next month: two weeks in Leeds, and then, I hope, a holiday.",
   ), tags=("research", "history"))

_w("scholar-genealogy", SCHOLAR, "/posts/academic-genealogies/", "article", 0,
   "Who trained whom? Mapping academic genealogies in library science", "Ngozi Okafor", "2022-11-14", (
       "Academic genealogy, the tracing of doctoral supervisors and their students across generations, is a "
       "pastime in mathematics and a serious research method in the history of science. I have been building "
       "one for library and information science doctorates awarded in the UK since 1970.",
       "The data come from thesis acknowledgements and university records, and the result is a network of "
       "around 600 doctorates connected through 210 supervisors. A handful of departments dominate the early "
       "decades, and the mentoring lineages of a few prolific supervisors account for a large share of today's "
       "professoriate.",
       "The network has gaps: supervisors were not always recorded, and joint supervision is inconsistently "
       "described. I will release the dataset once the cleaning is done, with a visualisation of the main "
       "lineages and some notes on how the field's intellectual concerns moved along them.",
   ), tags=("research", "data"))


# --- Marginalia (Hugo Bear Cub): a retired cataloguer -----------------------------------------------------

_w("retiree-listserv", RETIREE, "/blog/thirty-years-on-the-list/", "article", 3,
   "Thirty years on the list", "Harold Pym", "2024-01-09", (
       "I joined my first mailing list for cataloguers in 1994, in the week our library got a second computer "
       "with an internet connection. I left it last month, on the day the list was finally shut down, and I "
       "have been thinking since about what those thirty years of messages did for me and for the people I "
       "met there.",
       "In the early years I was the one asking. I was a young cataloguer in a small college library with no "
       "one to ask about the rules except a retired colleague who came in on Thursdays. The list was full of "
       "people who had been doing this for decades, and they answered the most elementary questions with a "
       "patience I did not always deserve. One of them, a cataloguer at a university library in Ohio, answered "
       "perhaps two hundred of my questions over ten years. We met once, at a conference in 2003. I would call "
       "him my mentor, though neither of us used the word.",
       "Later I was the one answering. I tried to pay back the patience I had been shown, and a few of the "
       "young people who wrote to me privately after a public answer became friends. One is now head of "
       "metadata at a national library and still sends me a card at Christmas.",
       "What made it work, I think, was that the list was slow and public. You could read years of "
       "discussion before you said a word, and when you did ask, everyone learned from the answer. Mentoring "
       "was not an arrangement; it was a habit of the community.",
       "The young cataloguers I still talk to now learn on Mastodon, in Slack groups and on a forum or two. "
       "Good luck to them. I hope someone answers their questions with the same patience.",
   ), tags=("cataloguing", "mailing lists", "mentoring"))

_w("retiree-mastodon", RETIREE, "/blog/on-mastodon-at-sixty-eight/", "article", 2,
   "On Mastodon at sixty-eight", "Harold Pym", "2023-03-14", (
       "My granddaughter set me up on Mastodon over half-term, and I have been surprised by how much I like it. "
       "It is quieter than I expected and nobody is trying to sell me anything.",
       "The main thing has been finding old colleagues. Half the cataloguers I knew from conferences are there, "
       "some under their own names and some under names I had to guess. There is a lively crowd talking about "
       "metadata and linked data, and a weekly thread where newer librarians ask questions about cataloguing "
       "and the old hands answer. I have answered a few. It is strange to find that the things I learned in "
       "the 1980s are still useful to someone starting out, but they seem to be.",
       "Other than that I mostly follow birdwatchers and people who post pictures of old bookbindings. The "
       "bindings are the best part. Someone in Utrecht posts a different marbled endpaper every morning.",
       "I have not yet worked out what a 'boost' is for, or why some people put their pronouns after their "
       "name and others do not. My granddaughter says I will get the hang of it.",
   ), tags=("mastodon", "retirement"))

_w("retiree-garden", RETIREE, "/blog/the-allotment-in-may/", "article", 1,
   "The allotment in May", "Harold Pym", "2023-05-21", (
       "The broad beans are up, the slugs have found the lettuces and the shed has finally been re-roofed, "
       "courtesy of my neighbour Dev, who knows about such things.",
       "I have planted three rows of early potatoes, a row of beetroot and far too many courgettes, as usual. "
       "The asparagus bed I dug two years ago produced its first proper crop, which I ate standing up.",
       "On wet afternoons I have been watching recorded webinars from a library conference I used to attend, "
       "and answering the odd question from younger cataloguers who found me online, which keeps the brain "
       "ticking over.",
       "Next job: netting, before the pigeons get the brassicas.",
   ), tags=("garden",))

_w("retiree-records", RETIREE, "/blog/cataloguing-my-records/", "article", 0,
   "Cataloguing my record collection", "Harold Pym", "2022-09-30", (
       "Old habits. I have started cataloguing my vinyl, about 1,400 records gathered over fifty years, and I "
       "am doing it properly: a spreadsheet with fields for performer, title, label, catalogue number, year of "
       "pressing and condition.",
       "The hardest part is deciding what counts as the work. Is a 1972 reissue of a 1959 recording the same "
       "thing? I found myself drafting rules, which my wife says is the most librarian thing she has ever seen.",
       "So far I have done the jazz. The classical will take the rest of the winter.",
   ), tags=("records", "cataloguing"))

_w("retiree-robotics", RETIREE, "/blog/mentoring-the-robotics-team/", "article", 0,
   "Mentoring the robotics team", "Harold Pym", "2023-11-02", (
       "My grandson's school has entered a robotics competition and, for reasons that are not entirely clear "
       "to me, I have been asked to be one of the team's mentors. I know nothing about robots. It turns out "
       "that what they need is someone to keep a log book, organise the parts and ask awkward questions.",
       "The team is six thirteen-year-olds who meet on Tuesday evenings in the technology room. Their robot has "
       "to pick up coloured blocks and stack them, and at the moment it mostly drives in circles. The other "
       "mentor, a retired engineer, does the technical side; I do the paperwork and the biscuits.",
       "The competition is in February. I am told our chances are modest, but the log book is immaculate.",
   ), tags=("family",))


# --- Lena Ruiz's blog (Jekyll Klise): a library-school student ---------------------------------------------

_w("student-found-mentor", STUDENT, "/how-i-found-a-mentor-on-bluesky/", "article", 3,
   "How I found a mentor (on Bluesky, of all places)", "Lena Ruiz", "2024-11-03", (
       "A year ago I was halfway through my MLIS, working part-time at a circulation desk, and completely unsure "
       "whether I wanted to be an academic librarian or an archivist. My program has a formal mentoring "
       "program, but the waiting list was two semesters long. So I did what my professor kept telling us to do "
       "and started building what she called a PLN. I thought it sounded like a corporate acronym. It turned "
       "out to be the most useful thing I did all year.",
       "Here is what actually happened. I made a Bluesky account just for library stuff and followed a starter "
       "pack of archivists someone had shared. I mostly lurked for a month. Then one of them, an archivist at "
       "a university special collections, posted asking what people wished they had known in library school. "
       "I replied with my honest question: how do you decide between archives and academic libraries when you "
       "have barely worked in either?",
       "She answered with a long thread, and then sent me a message offering a video call. We have now talked "
       "about once a month for nine months. She read my résumé, told me which electives actually matter, and "
       "introduced me to two people at her institution who let me shadow them for a day. When I panicked about "
       "a job interview, she did a mock interview with me over Zoom.",
       "A few things I learned, for other students: ask specific questions, in public first; be patient, "
       "because most people are busy; offer something back, even if it is just sharing their work; and do not "
       "assume the person with the most followers is the best mentor. Mine has about 800.",
       "I also joined a Discord server for LIS students where a group of us run a weekly peer mentoring "
       "check-in. We review each other's cover letters and talk through assignments. Between the two I feel "
       "far less alone in this than I did a year ago.",
   ), tags=("mentoring", "bluesky", "mlis"))

_w("student-capstone", STUDENT, "/assets/pdf/ruiz-capstone-peer-mentoring.pdf", "document", 3,
   "Peer Mentoring Among Early-Career Archivists in Online Communities (capstone paper)", "Lena Ruiz",
   "2025-05-10", (
       "Peer Mentoring Among Early-Career Archivists in Online Communities. Lena Ruiz. MLIS Capstone Paper, "
       "Spring 2025.",
       "Abstract. This paper examines how early-career archivists use online communities for peer mentoring. "
       "Through a survey of 112 archivists with less than five years of professional experience and eight "
       "follow-up interviews, it finds that peer groups on Discord, Slack and group chats are a major source "
       "of career advice and emotional support, often more important than formal mentoring programs.",
       "Findings. Seventy-one percent of respondents belonged to at least one online peer group of archivists. "
       "The most common activities were sharing job postings, reviewing application materials, asking for "
       "technical help with processing and description, and discussing workplace problems. Interviewees "
       "described these groups as safer than public social media for candid questions about pay and managers.",
       "Respondents who had both a formal mentor and a peer group reported the highest confidence in their "
       "career plans. Respondents who were the only archivist at their institution relied on online peer "
       "groups most heavily and described them as their main form of professional development.",
       "Conclusion. Professional associations should recognize and support peer mentoring in online "
       "communities, for example by offering facilitation guidance and moderated spaces, rather than "
       "treating formal one-to-one mentoring as the only model.",
   ), content_type="application/pdf")

_w("student-first-semester", STUDENT, "/first-semester-reflections/", "article", 1,
   "First semester reflections", "Lena Ruiz", "2023-12-18", (
       "I survived my first semester of library school! Four classes, a part-time job and a lot of coffee.",
       "Foundations was a lot of reading about the history of libraries and the values of the profession, and "
       "I loved it more than I expected. Cataloging was hard. I finally understand why the rules are the way "
       "they are, but I still dream in MARC fields. Reference was the most practical: we role-played reference "
       "interviews every week and I got much better at asking open questions.",
       "Research methods was the class I was most scared of and it turned out fine. My group project was a "
       "survey of study space use in the campus library, and we actually found something: nobody uses the "
       "third floor because the wifi is terrible.",
       "The best thing outside class was the student chapter's Discord, where second-years answered our "
       "panicked questions about assignments.",
       "Next semester: archives, metadata and digital libraries. Bring it on.",
   ), tags=("mlis",))

_w("student-internship", STUDENT, "/summer-at-the-county-archive/", "article", 0,
   "My summer at the county archive", "Lena Ruiz", "2024-08-22", (
       "This summer I interned at the county historical archive, processing a collection of papers from a "
       "family that ran a hardware store in town for a hundred years. Forty boxes of letters, ledgers, photos "
       "and, for some reason, a lot of seed catalogs.",
       "I learned more about processing in ten weeks than in a semester of class: how to decide what is a "
       "series, when to refolder and when to leave things alone, how to write a scope note that a researcher "
       "will actually read. My supervisor let me write the finding aid myself and it is now online.",
       "The best find was a ledger from 1918 recording who bought on credit during the flu epidemic. I could "
       "have read it for days.",
   ), tags=("archives", "internship"))

_w("student-desk", STUDENT, "/circ-desk-diaries/", "article", 0,
   "Circ desk diaries", "Lena Ruiz", "2024-02-10", (
       "Things that happened at the circulation desk this week: a patron returned a book that was due in 2009, "
       "with a note apologizing to the librarian who checked it out; someone asked if we had a copy of 'the "
       "blue book, the one everyone reads'; and a toddler fell asleep in the picture book bin.",
       "I love this job. Fines are gone now, so the 2009 book was free.",
   ), tags=("work",))


# --- The Back Room (Waterhole): a forum for library workers -----------------------------------------------

_w("forum-slack-mentor", FORUM, "/posts/anyone-else-get-their-first-job-thanks-to-a-slack-mentor-214", "post", 3,
   "Anyone else get their first job thanks to a Slack mentor?", "quietshelver", "2024-05-07", (
       "Bit of a celebration post. I start my first professional job on Monday (academic liaison, social "
       "sciences) and honestly I owe a lot of it to someone I have never met in person. Two years ago I joined "
       "the community Slack for new librarians and asked a very basic question in #job-hunting. A reference "
       "librarian from the other side of the country answered, then offered to look at my CV. She ended up "
       "reading every application I sent, ran a practice interview over video, and told me which questions to "
       "ask at the end. Did anyone else find a mentor this way? Did it stay informal or did you ever make it "
       "official?",
   ), replies=(
       ("marcarchives", "Same here, except mine was on Discord. A digital archivist in a server for born-digital "
                        "folks basically talked me through my first two years. We never made it official. I "
                        "think if we had it would have felt weird."),
       ("ref_desk_rita", "Congratulations! I am one of the people who answers in #job-hunting and I love posts like "
                         "this. For what it is worth, from the other side: we do it because someone did it for us. "
                         "Pay it forward in a couple of years."),
       ("libtechtom", "Mine started on a mailing list in 2011 and moved to Twitter and now to Mastodon. Same "
                      "mentor, three platforms. She still reads my grant applications."),
   ), tags=("careers",))

_w("forum-mailing-lists", FORUM, "/posts/best-mailing-lists-for-new-archivists-198", "post", 2,
   "Best mailing lists for new archivists?", "marcarchives", "2024-02-19", (
       "Starting my first archives job next month (solo archivist at a small museum, eek). My library school "
       "barely covered museum archives. Which mailing lists or forums are actually worth joining for practical "
       "advice? I already follow a few people on Bluesky but it is a bit random.",
   ), replies=(
       ("libtechtom", "The national archives list is high volume but people answer questions fast. The lone "
                      "arrangers group is very good for solo people, and they are kind to newcomers."),
       ("ref_desk_rita", "Not a list, but ask your regional archives network if they run mentoring. A lot of them "
                         "do it online now."),
       ("marcarchives", "Thanks both. Joined the lone arrangers list and already got two replies to my question "
                        "about accession numbers."),
   ), tags=("archives", "careers"))

_w("forum-discord-circle", FORUM, "/posts/group-mentoring-circle-on-discord-sign-up-231", "post", 3,
   "Group mentoring circle on Discord: sign-up thread", "ref_desk_rita", "2024-09-02", (
       "Running another round of the online mentoring circles this autumn. Format: groups of six, each with "
       "one or two experienced library workers, meeting on the Discord server every other Thursday evening "
       "for eight weeks. Topics are up to the group, but past circles covered job applications, moving into "
       "management, burnout and switching sectors. Everyone mentors everyone; the experienced people just keep "
       "things moving. Reply here with your time zone and what you would like help with, or what you can offer.",
   ), replies=(
       ("quietshelver", "Signing up as a mentee again, UTC-5. I would like help with my first performance review "
                        "and with getting involved in committee work."),
       ("libtechtom", "Happy to be one of the experienced ones, UTC. Systems and e-resources, twelve years."),
       ("newbie_nadia", "First time! School library, UTC+1. Mostly I want to meet other people who work alone."),
   ), tags=("mentoring",))

_w("forum-linkedin", FORUM, "/posts/is-linkedin-worth-it-for-public-librarians-176", "post", 2,
   "Is LinkedIn worth it for public librarians?", "newbie_nadia", "2023-11-28", (
       "Genuine question. Everyone at library school said to keep LinkedIn updated, but nobody I work with uses "
       "it and it feels like it is all corporate people posting about synergy. Is it worth the time for "
       "someone in public libraries?",
   ), replies=(
       ("libtechtom", "For job hunting, meh. For learning, it depends who you follow. A few library directors post "
                      "genuinely useful stuff about budgets and management."),
       ("ref_desk_rita", "The groups are mostly dead. But a former manager found me there and that led to my current "
                         "job, so I keep it tidy."),
       ("marcarchives", "I prefer the smaller spaces for actual advice. LinkedIn is a CV that updates itself."),
       ("newbie_nadia", "Okay, tidy profile, no synergy posts. Thanks all."),
   ), tags=("careers",))

_w("forum-salary", FORUM, "/posts/salary-transparency-thread-2024-190", "post", 1,
   "Salary transparency thread 2024", "libtechtom", "2024-01-15", (
       "Annual thread. Post your role, sector, region, years of experience and salary, if you are comfortable. "
       "Last year's thread helped a lot of people negotiate. Please keep it to numbers and context, no "
       "judgement.",
   ), replies=(
       ("ref_desk_rita", "Reference librarian, public, Midwest, 8 years, 58k. A mentor I met online told me to "
                         "negotiate and I got 4k more than the first offer."),
       ("marcarchives", "Archivist, museum, Northeast, 1 year, 49k."),
       ("quietshelver", "Library assistant, academic, South, 3 years, 36k. This thread is depressing and useful."),
   ), tags=("careers", "pay"))

_w("forum-ils", FORUM, "/posts/ils-migration-horror-stories-203", "post", 0,
   "ILS migration horror stories", "libtechtom", "2024-03-11", (
       "We go live on the new ILS in three weeks. Tell me your horror stories so I can prepare. So far ours: "
       "12,000 item records lost their call numbers in the test load and nobody noticed for a week.",
   ), replies=(
       ("ref_desk_rita", "Patron records with birthdays in 1900. Hundreds of them. Check your date formats."),
       ("quietshelver", "Holds queue reset on go-live day. The phones did not stop."),
   ), tags=("systems",))

_w("forum-instagram", FORUM, "/posts/social-media-policy-for-the-librarys-instagram-221", "post", 0,
   "Social media policy for the library's Instagram?", "newbie_nadia", "2024-07-01", (
       "My director wants me to run the library's Instagram and asked me to draft a social media policy first. "
       "Does anyone have one to share? Mainly worried about photos of children at story time and about "
       "replying to angry comments.",
   ), replies=(
       ("ref_desk_rita", "Ours: written photo consent for anyone identifiable, never photograph children's faces, "
                         "respond to complaints once publicly then move to email. Happy to send it."),
       ("libtechtom", "Also decide who has the password and write it down somewhere that is not one person's head."),
   ), tags=("marketing",))


# --- Libraries and the Professions (a Project MUSE-like journal article page) ------------------------------

_w("journal-distance", JOURNAL, "/pub/412/article/918233", "journal-article", 3,
   "Mentoring at a Distance: Archivists' Use of Online Networks for Career Guidance", "Siobhan Keane; Daniel Osei",
   "2024-06-01", (
       "Abstract: This article reports a survey of 347 archivists and records managers in Ireland and the United "
       "Kingdom about the role of online networks in mentoring and professional learning. Respondents described "
       "mailing lists, professional Slack workspaces, LinkedIn and the decentralized social network Mastodon as "
       "important sources of career guidance, often from colleagues they had never met. Informal online "
       "mentoring was more widely reported than participation in formal mentoring schemes, particularly by "
       "respondents working alone. We discuss implications for professional bodies.",
       "## Introduction",
       "Mentoring has long been recognized as a means of professional socialization in the archival "
       "profession. Formal schemes run by professional bodies have been evaluated in several studies, but "
       "comparatively little is known about the informal mentoring that takes place in online networks, "
       "although anecdotal evidence suggests that it is common.",
       "## Method",
       "An online questionnaire was distributed through professional mailing lists and social media in 2023. It "
       "asked about respondents' sources of career advice, their participation in formal and informal mentoring, "
       "and the platforms they used for professional learning.",
       "## Findings",
       "Sixty-two percent of respondents reported having received career guidance from a more experienced "
       "colleague through an online network, compared with 31 percent who had taken part in a formal mentoring "
       "scheme. Mailing lists remained the most frequently cited channel, followed by LinkedIn, Slack and "
       "Mastodon. Respondents who were the sole archivist in their organization were significantly more likely "
       "to rely on online networks for advice.",
       "Free-text responses described relationships that began with a public question and developed into "
       "sustained private exchanges. Several respondents noted the loss of networks built on Twitter and the "
       "effort required to rebuild them elsewhere.",
       "## Discussion",
       "Online networks appear to extend mentoring to archivists whom formal schemes do not reach, but they "
       "depend on visibility and confidence that not all early-career professionals possess. Professional "
       "bodies might support informal online mentoring by hosting moderated spaces and by recognizing "
       "mentoring activity in continuing professional development schemes.",
   ), tags=("Archivists", "Mentoring", "Social media", "Professional development"))

_w("journal-school", JOURNAL, "/pub/412/article/918240", "journal-article", 2,
   "Continuing Professional Development of School Librarians: A Mixed-Methods Study", "Maria Fonseca",
   "2024-06-01", (
       "Abstract: School librarians often work alone and have limited access to employer-funded training. This "
       "mixed-methods study combines a survey of 214 school librarians with twelve interviews to examine how "
       "they maintain professional knowledge. Conference attendance and employer training were rare; "
       "respondents relied on professional reading, regional meetings and online sources, including webinars, "
       "social media and peer networks.",
       "## Introduction",
       "The school library literature has documented the isolation of the solo school librarian, but few "
       "studies have asked how such practitioners keep their knowledge current.",
       "## Findings",
       "Only 18 percent of respondents had attended a national conference in the previous three years, mostly "
       "because of cost and cover arrangements. Professional reading and regional meetings were the most common "
       "forms of development.",
       "Online sources were the second most important category. Free webinars from associations and vendors "
       "were widely used, and a third of respondents described a personal learning network on social media "
       "through which they exchanged lesson ideas and advice with other school librarians. Interviewees "
       "described a Facebook group and a long-running hashtag chat as places where experienced colleagues "
       "informally mentored newcomers.",
       "## Conclusion",
       "Employers and associations should recognize informal and online learning in appraisal and should fund "
       "time, not only courses, for professional development.",
   ), tags=("School libraries", "Professional development"))

_w("journal-apprentices", JOURNAL, "/pub/412/article/918251", "journal-article", 1,
   "Apprentices of the Book: Training Library Assistants in Victorian Municipal Libraries",
   "Edward Hollings", "2023-12-01", (
       "Abstract: Before formal library education, municipal libraries in Victorian Britain trained their "
       "staff through apprenticeship. Drawing on committee minutes and staff registers from six libraries, "
       "this article reconstructs how boy and girl assistants learned the work, how they were examined and how "
       "some rose to become chief librarians.",
       "## Introduction",
       "The municipal library movement created a new occupation almost overnight. The libraries opened after "
       "1850 needed staff, and there was no school to train them.",
       "## Apprenticeship in practice",
       "New assistants, often as young as fourteen, learned by copying entries into accession registers and "
       "shelving under supervision. Senior staff set reading and tested them on classification. Committee "
       "minutes record a small number of assistants being sent to other libraries to learn particular methods, "
       "an early form of the exchanges that later professional associations formalized.",
       "## Conclusion",
       "The apprenticeship model left a lasting mark on the profession's idea of learning on the job, one that "
       "survives today in workplace mentoring and, in a different form, in the advice new librarians seek from "
       "colleagues on social media.",
   ), tags=("Library history",))

_w("journal-appraisal", JOURNAL, "/pub/412/article/918262", "journal-article", 0,
   "Appraising Social Media Records: Selection Criteria for Government Accounts", "Priyanka Rao",
   "2024-12-01", (
       "Abstract: Government bodies publish on social media platforms, creating records that archives are "
       "obliged to appraise. This article reviews appraisal policies from nine national and state archives and "
       "proposes selection criteria for the social media accounts of public bodies.",
       "## Introduction",
       "Posts on Twitter, Facebook and newer platforms are records of government business, yet they are rarely "
       "captured systematically. Platform terms of service, application programming interfaces and the volume "
       "of content all complicate capture.",
       "## Criteria",
       "We propose that accounts be appraised on their function, not their platform: accounts that announce "
       "policy or provide emergency information should be captured in full, while promotional accounts may be "
       "sampled. Comments and replies raise privacy concerns and should be retained only where they document "
       "a public consultation.",
   ), tags=("Appraisal", "Social media", "Records management"))


# --- Docshelf (a Scribd-like document host) ---------------------------------------------------------------

_w("docs-pln-slides", DOCS, "/document/738215094/Build-Your-PLN-Workshop-Slides", "document", 3,
   "Build Your PLN: Workshop Slides for New Librarians", "Amara Lindqvist", "2024-04-16", (
       "Build Your PLN: a workshop for new librarians. Regional Library Cooperative, spring 2024.",
       "What is a PLN? A personal learning network is the people and places you learn from: colleagues, "
       "mentors, mailing lists, blogs, podcasts, and the librarians you follow on social media.",
       "Why bother? Most of what you need to know in your first job is not in the manual. Someone in your "
       "network has already solved your problem.",
       "Where to start: follow twenty librarians doing the work you want to do, on Bluesky, Mastodon or "
       "LinkedIn. Join one mailing list and one community Slack or Discord. Read before you post.",
       "Asking well: be specific, say what you tried, thank people publicly. Good questions attract mentors.",
       "Giving back: answer what you can, share what you learn, invite someone newer than you into your "
       "network. Peer mentoring counts.",
       "Activity: map your network on the worksheet. Who do you learn from? Who learns from you? Where are the "
       "gaps?",
   ), tags=("Education", "Librarianship"))

_w("docs-handbook", DOCS, "/document/702318847/New-Staff-Handbook-Westbrook-Public-Library", "document", 2,
   "New Staff Handbook, Westbrook Public Library", "Westbrook Public Library", "2023-08-01", (
       "Welcome to Westbrook Public Library. This handbook covers what you need in your first weeks.",
       "Hours and scheduling: shifts are posted two weeks ahead in the staff portal. Swap requests go to your "
       "supervisor.",
       "Mentoring and learning: every new staff member is paired with a mentor from another department for "
       "their first six months. You will also be added to the staff Teams channel for questions, which is the "
       "fastest way to get help. We encourage you to join the state library association's mailing list and its "
       "online mentoring program, and we pay for two webinars a year of your choice. Many staff follow other "
       "librarians on social media for ideas; please see the social media policy for what to share about work.",
       "Safety: know the location of the fire exits and the incident reporting form.",
       "Leave: requests for annual leave need four weeks' notice.",
   ), tags=("Business", "Libraries"))

_w("docs-strategic-plan", DOCS, "/document/689014532/Strategic-Plan-2024-2027-Harbour-County-Libraries",
   "document", 1, "Strategic Plan 2024-2027, Harbour County Libraries", "Harbour County Libraries", "2024-01-22", (
       "Harbour County Libraries Strategic Plan 2024-2027.",
       "Priority 1: Literacy for all ages, through early years programmes, adult literacy classes and a renewed "
       "summer reading challenge.",
       "Priority 2: Digital inclusion, with device lending, free wifi hotspots and one-to-one help sessions in "
       "every branch.",
       "Priority 3: A skilled workforce. We will support staff development, including membership of "
       "professional networks and online learning communities.",
       "Priority 4: Places for people, including the refurbishment of Eastgate and Millbrook branches.",
   ), tags=("Government", "Libraries"))

_w("docs-marketing", DOCS, "/document/715550129/Library-Social-Media-Marketing-Toolkit", "document", 0,
   "Library Social Media Marketing Toolkit", "Midlands Library Partnership", "2023-10-09", (
       "Library Social Media Marketing Toolkit.",
       "Know your audience: families on Facebook, teens on TikTok and Instagram, local press and councillors on "
       "LinkedIn and X.",
       "Plan a content calendar: two posts a week per channel, tied to events and new stock. Use scheduling "
       "tools.",
       "Write for the scroll: lead with a picture, keep captions short, include the branch name and a call to "
       "action.",
       "Measure: track reach, engagement and event sign-ups monthly; drop channels that do not perform.",
   ), tags=("Marketing",))


# --- Overdue (a Castos podcast from a library systems vendor) ---------------------------------------------

_w("podcast-mentors", PODCAST, "/episodes/mentors-youve-never-met", "article", 3,
   "Ep. 42: Mentors you've never met", "Overdue", "2024-10-08", (
       "This week Jess talks to Amara Lindqvist, an academic librarian who runs workshops on professional "
       "learning networks, and Ben Tran, a first-year public librarian who found both his mentors online.",
       "Ben describes how a question he posted on Mastodon about running his first tech help session turned "
       "into a monthly call with a librarian in another state, and how a Discord server for new librarians "
       "became his peer support group. Amara explains why she tells new librarians to think about their "
       "network as a garden rather than a contact list, and what mentors get out of answering strangers.",
       "They also talk about what was lost when library Twitter scattered, whether Bluesky starter packs help "
       "newcomers find people, and how to ask an experienced colleague for advice without making it weird.",
   ), notes=(
       "Amara's PLN workshop slides are on Docshelf.",
       "Transcript available on request.",
   ), tags=("careers", "mentoring"))

_w("podcast-career-changers", PODCAST, "/episodes/career-changers", "article", 2,
   "Ep. 41: Coming to libraries from somewhere else", "Overdue", "2024-09-24", (
       "Three librarians who changed careers, from nursing, software and retail management, talk about what "
       "they brought with them and what they had to unlearn.",
       "Maya, the former nurse, explains how clinical habits made her a calm reference librarian. Carlos talks "
       "about the culture shock of public sector budgeting after twenty years in software.",
       "All three describe leaning heavily on online communities while they retrained: a mailing list for "
       "career changers, a LinkedIn group where experienced librarians reviewed their applications, and an "
       "informal mentor each found by asking questions in public. Carlos says a single conversation with a "
       "library director he met through a webinar chat changed which jobs he applied for.",
       "We close with their advice for anyone thinking of making the move.",
   ), tags=("careers",))

_w("podcast-webinars", PODCAST, "/episodes/webinars-that-teach", "article", 2,
   "Ep. 40: Webinars that actually teach", "Overdue", "2024-09-10", (
       "Everyone has sat through a webinar that was forty minutes of slides and ten minutes of someone saying "
       "'we're out of time'. This week Jess talks to two librarians who run professional development webinars "
       "for their state association about how to make online learning work for library staff.",
       "Their rules: keep it under an hour, build in chat discussion every ten minutes, give people something "
       "to try the next day, and create a follow-up space, a mailing list thread or a Slack channel, where "
       "attendees keep learning from each other after the session ends. They describe how regulars in the "
       "chat have become an informal network that newer staff turn to for advice.",
       "Also: this month's product news, and a listener question about the mobile app.",
   ), tags=("professional development",))

_w("podcast-release", PODCAST, "/episodes/spring-release-roundup", "article", 1,
   "Ep. 39: Spring release roundup", "Overdue", "2024-04-30", (
       "Our product team walks through what is new in the spring release of Overdue's library platform: faster "
       "holds processing, a redesigned patron app and the long-awaited bulk edit for item records.",
       "Priya from support explains the new notification templates, and Sam from engineering answers listener "
       "questions about the API changes.",
       "Customers can also ask questions about the release in our community Slack, where librarians at other "
       "libraries often answer before we do.",
   ), tags=("product",))

_w("podcast-rfid", PODCAST, "/episodes/rfid-and-self-checkout", "article", 0,
   "Ep. 38: RFID and self-checkout, five years on", "Overdue", "2024-04-16", (
       "Five years after their RFID rollout, two library managers talk about what self-checkout changed: "
       "staff moved from the desk into the stacks, queues disappeared, and theft went down, though not as far "
       "as the vendor promised.",
       "They also talk about the problems: tags that fail on foil-lined books, a sorter that jams every "
       "Saturday, and patrons who still prefer a person.",
   ), tags=("technology",))


# --- Career Stacks (a Revue-like newsletter archive) ------------------------------------------------------

_w("letters-hashtag", LETTERS, "/profile/careerstacks/issues/your-mentor-might-be-a-hashtag-1183204", "article", 3,
   "Issue #12: Your mentor might be a hashtag", "Priya Nair", "2022-03-15", (
       "Hello, Career Stacks readers.",
       "A reader wrote in last month: 'My library has no mentoring program and I am the only librarian in my "
       "building. Where do I find a mentor?' It is the most common question I get, so this issue is all about "
       "it.",
       "The honest answer is that for many of us the first mentor is not one person. It is a hashtag, a "
       "mailing list, a Slack channel: a place where more experienced people are already talking about the "
       "work, and where you can listen in. When I was a solo law librarian I learned more from the weekly "
       "chat for law librarians than from any course. Over time, a few of the people in that chat became the "
       "people I messaged when I had a real decision to make.",
       "Three things to try this month: find the chat, list or community for your corner of the profession and "
       "read it for two weeks. Answer one question, any question, to show up as a contributor and not only a "
       "taker. Then pick one person whose advice you keep agreeing with and ask them one specific question "
       "privately. That is how most of the mentoring relationships my readers tell me about began.",
       "And if you are further along: look at who is asking in your spaces, and answer. Someone is going to "
       "call you their mentor one day, and you may never know.",
       "Until next time, Priya",
   ))

_w("letters-circles", LETTERS, "/profile/careerstacks/issues/peer-mentoring-circles-step-by-step-1241876", "article", 3,
   "Issue #14: Peer mentoring circles, step by step", "Priya Nair", "2022-05-10", (
       "Hello again.",
       "After issue #12, a dozen of you asked how to start a peer mentoring circle online. Here is the recipe "
       "I use.",
       "Find four to six people at roughly the same career stage but in different libraries. Your LinkedIn "
       "connections, a mailing list or a Discord server for your specialism are good places to recruit. Agree "
       "a rhythm, every two or three weeks, and a video platform everyone can use at work. Rotate who brings a "
       "problem; the others ask questions before they give advice. Keep a shared document of resources people "
       "mention. Review after three months and decide whether to continue.",
       "Circles work because everyone is both mentor and mentee. The one I joined in 2019 is still going, and it "
       "has seen two of us through promotions and one through a career change into archives.",
       "Priya",
   ))

_w("letters-freeze", LETTERS, "/profile/careerstacks/issues/job-hunting-in-a-hiring-freeze-1212230", "article", 2,
   "Issue #13: Job-hunting in a hiring freeze", "Priya Nair", "2022-04-12", (
       "Hi all.",
       "Several university libraries near me have frozen hiring, and readers elsewhere tell me the same. So: how "
       "to job-hunt when there are fewer jobs.",
       "Widen the net. Special libraries, corporate information services, nonprofits and government often hire "
       "people with library skills under other job titles: knowledge manager, research analyst, records "
       "officer.",
       "Use your network, online and off. Tell people you are looking. Many of the jobs readers found last year "
       "came through a post in a mailing list or a message from someone they knew on LinkedIn or in a Slack "
       "community, sometimes before the job was advertised. Ask experienced librarians in those spaces for an "
       "informational conversation; most say yes, and some will keep advising you long after.",
       "Keep your skills visible: a short portfolio site beats a longer CV.",
       "Priya",
   ))

_w("letters-conference", LETTERS, "/profile/careerstacks/issues/conference-season-on-a-budget-1270415", "article", 1,
   "Issue #15: Conference season on a budget", "Priya Nair", "2022-06-07", (
       "Hello!",
       "Conference season is here and budgets are not. Some tips: apply for first-timer grants, which many "
       "associations offer and few people apply for; volunteer, which often gets you in free; share a room; and "
       "check whether your employer will fund part of the cost if you present.",
       "If you cannot go, follow the conference hashtag: attendees often share slides and notes as they go.",
       "Priya",
   ))

_w("letters-reading", LETTERS, "/profile/careerstacks/issues/summer-reading-for-librarians-1160027", "article", 0,
   "Issue #11: Summer reading", "Priya Nair", "2022-02-15", (
       "Hi everyone.",
       "A lighter issue: five books I have been recommending this year, none of them about libraries. A novel "
       "about a family of lighthouse keepers, a history of the pencil, a memoir by a long-distance swimmer, a "
       "collection of essays on walking, and a very good cookbook about lentils.",
       "Back to careers next month. Priya",
   ))


# --- Jo Fennick (a Mataroa blog): a records manager ---------------------------------------------------------

_w("plain-mentored-in-public", PLAIN, "/blog/mentored-in-public/", "article", 3,
   "Mentored in public", "Jo Fennick", "2024-07-14", (
       "Most of what I know about records management I learned from strangers on the internet. Not from "
       "courses. From a mailing list where people three times my age argued about retention schedules, and "
       "from a handful of records managers on Mastodon who let me ask them stupid questions.",
       "None of them signed up to mentor me. They just answered, in public, for years. Now I try to do the same "
       "for the people who turn up asking.",
   ))

_w("plain-leaving-twitter", PLAIN, "/blog/leaving-twitter/", "article", 2,
   "Leaving Twitter", "Jo Fennick", "2023-01-08", (
       "Deleted the account today. Fourteen years.",
       "What I am sad about is not the platform but the network. That is where I found the records people, the "
       "archivists who answered my questions when I was new, the weekly chat where I first learned what a "
       "file plan was. Some of them are on Mastodon now. Some are on LinkedIn, God help them. Some are just "
       "gone.",
       "I will rebuild it, slower. Meanwhile the allotment needs digging and I have a retention schedule to "
       "finish for the council by Friday.",
   ))

_w("plain-digitisation", PLAIN, "/blog/notes-from-the-scanning-room/", "article", 1,
   "Notes from the scanning room", "Jo Fennick", "2024-02-20", (
       "Week three of the planning files project. 4,200 files scanned, 11,000 to go. The overhead scanner is "
       "fine; the staples are the enemy.",
       "Lesson so far: decide the naming convention before you scan anything. Ours changed on day two and I am "
       "still renaming.",
       "Someone on the records managers' mailing list pointed me to a batch renaming tool, which saved me a "
       "week.",
   ))

_w("plain-network-drives", PLAIN, "/blog/network-drives-are-not-a-records-system/", "article", 0,
   "Network drives are not a records system", "Jo Fennick", "2023-06-30", (
       "Every organisation I have worked for has a shared network drive called something like S: or SHARED, "
       "and every one of them is a swamp. Folders named 'Misc', 'Old', 'Jane's stuff DO NOT DELETE'.",
       "A network drive has no retention, no metadata and no audit trail. It is a cupboard. If your policy says "
       "records are kept on the S: drive, your policy is that records are kept in a cupboard.",
       "Move them to the records system. Then lock the drive.",
   ))


_w("plain-shredding", PLAIN, "/blog/shredding-day/", "article", 0,
   "Shredding day", "Jo Fennick", "2024-03-29", (
       "Confidential waste collection today. Thirty-one sacks, all past their retention date, all signed off. "
       "The van driver asked if we had been busy. Eleven years of housing benefit files, I said. He did not "
       "ask again.",
   ))


# --- the pages one does not cite: (host, path, kind) ---------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    # WordPress Twenty Twenty
    (ASSOC, "/", "home"),
    (ASSOC, "/page/2/", "listing"),
    (ASSOC, "/about/", "about"),
    (ASSOC, "/contact/", "contact"),
    (ASSOC, "/category/news/", "category"),
    (ASSOC, "/category/professional-development/", "category"),
    (ASSOC, "/tag/mentoring/", "tag"),
    (ASSOC, "/?s=mentoring", "search"),
    (ASSOC, "/author/communications/", "profile"),
    (ASSOC, "/events/mentoring-fair-2019/", "error"),
    # Eleventy High Performance Blog
    (SCHOLAR, "/", "home"),
    (SCHOLAR, "/posts/", "listing"),
    (SCHOLAR, "/about/", "about"),
    (SCHOLAR, "/tags/", "listing"),
    (SCHOLAR, "/tags/pln/", "tag"),
    (SCHOLAR, "/tags/research/", "tag"),
    (SCHOLAR, "/posts/interview-call-2020/", "error"),
    # Hugo Bear Cub
    (RETIREE, "/", "home"),
    (RETIREE, "/blog/", "listing"),
    (RETIREE, "/about/", "about"),
    (RETIREE, "/blog/tags/mentoring/", "tag"),
    (RETIREE, "/blog/tags/cataloguing/", "tag"),
    # Jekyll Klise
    (STUDENT, "/", "home"),
    (STUDENT, "/about/", "about"),
    (STUDENT, "/archive/", "listing"),
    (STUDENT, "/tags/", "tag"),
    (STUDENT, "/mentoring-resources/", "error"),
    # Waterhole
    (FORUM, "/", "home"),
    (FORUM, "/channels/careers", "category"),
    (FORUM, "/channels/mentoring", "category"),
    (FORUM, "/channels/tech-talk", "category"),
    (FORUM, "/search?q=mentor", "search"),
    (FORUM, "/users/ref_desk_rita", "profile"),
    (FORUM, "/users/libtechtom", "profile"),
    (FORUM, "/users/newbie_nadia", "profile"),
    (FORUM, "/?page=2", "listing"),
    # Project MUSE-like
    (JOURNAL, "/", "home"),
    (JOURNAL, "/journal/412", "listing"),
    (JOURNAL, "/issue/51877", "listing"),
    (JOURNAL, "/issue/51650", "listing"),
    (JOURNAL, "/search?action=search&query=content:mentoring", "search"),
    (JOURNAL, "/about/", "about"),
    (JOURNAL, "/pub/412/article/902211", "error"),
    # Scribd-like
    (DOCS, "/", "home"),
    (DOCS, "/user/552190/amara-lindqvist", "profile"),
    (DOCS, "/user/610734/librarydocs", "profile"),
    (DOCS, "/search?query=library%20mentoring", "search"),
    (DOCS, "/docs/Education", "category"),
    (DOCS, "/docs/Business", "category"),
    (DOCS, "/document/655201943/Mentoring-Program-Guide", "error"),
    # Castos
    (PODCAST, "/", "home"),
    (PODCAST, "/episodes?page=2", "listing"),
    (PODCAST, "/about", "about"),
    (PODCAST, "/contact", "contact"),
    # Revue-like
    (LETTERS, "/profile/careerstacks", "home"),
    (LETTERS, "/profile/careerstacks/issues", "listing"),
    (LETTERS, "/profile/careerstacks/members", "profile"),
    # Mataroa
    (PLAIN, "/", "home"),
    (PLAIN, "/blog/", "listing"),
    (PLAIN, "/about/", "about"),
]
