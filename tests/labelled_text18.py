"""Web 18's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what the
work says); ``OTHER`` lists the pages that are not works as ``(host, path,
kind)``, all graded 0. Grades: 3 about the topic throughout, 2 about it in
good part, 1 a passing mention, 0 nothing. :mod:`tests.labelled_web18`
builds every page from these labels, each exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    replies: tuple[tuple[str, str], ...] = ()
    tags: tuple[str, ...] = ()
    summary: str = ""
    extra: dict = field(default_factory=dict, hash=False, compare=False)


RETIREE = "driftwood-archivist.example"   # Hugo, Anatole theme: a retired county archivist's blog
STUDENT = "shelfnotes.example"            # Jekyll, Type on Strap: an LIS student's blog
BOARD = "refdesk.example"                 # ProBoards: a forum of library workers
PIEFED = "piefed-glam.example"            # PieFed: a threadiverse server with a GLAM workers community
JOURNAL = "jarchive.example"              # a JSTOR-like digital library holding a practitioner journal
ASSOC = "nwla.example"                    # WordPress, Genesis Sample child theme: a regional library association
PODCAST = "stacktalk.example"             # Captivate: a podcast's site with show notes
PHOTOS = "pixshelf.example"               # an Instagram-like photo-sharing site
VENDOR = "catalogix.example"              # Wix Studio: a library software vendor's blog
NEWS = "valleyherald.example"             # Brightspot: a regional newsroom

HOSTS = (RETIREE, STUDENT, BOARD, PIEFED, JOURNAL, ASSOC, PODCAST, PHOTOS, VENDOR, NEWS)

W = Work

WORKS: dict[str, Work] = {
    # --- the retired archivist's blog ---------------------------------------------------------------
    "a1": W(RETIREE, "/posts/the-mentor-i-found-on-a-mailing-list/", "article", 3,
            "The mentor I found on a mailing list", "Margaret Oyelaran", "2024-10-06", (
                "In the spring of 1994 I was the only archivist in a county building that smelled of damp cardboard, "
                "and I did not know a single other person who did my job. The historical society had a retired "
                "schoolteacher who was kind to me, and the county clerk thought I was there to shred things. What I "
                "had instead of colleagues was a dial-up modem and a subscription to a mailing list for archivists, "
                "which arrived in my inbox as forty or fifty messages a day.",
                "For months I only read. Lurking, we called it later. I learned the names of the people who answered "
                "questions well, the ones who were patient with beginners, and the ones who were not. Then one "
                "Tuesday I posted a question about a water-damaged run of probate ledgers, and a woman named Ruth, "
                "who ran a university's manuscript collections three states away, wrote back to me privately. Her "
                "answer was about the ledgers, but at the end she added: if you ever want to talk about the rest of "
                "it, the budget and the clerk and the loneliness, write to me.",
                "I did, for eleven years. We met in person exactly twice, both times at regional meetings, and both "
                "times it felt odd, as though we had skipped the part where strangers get to know each other. Ruth "
                "read my first grant application line by line. She told me when to ask for a raise and when to stop "
                "arguing with a board member. When I was offered a job I was not ready for, she told me to take it "
                "anyway and to call her every Friday for the first three months, which I did.",
                "I have been thinking about Ruth because, since I retired, younger archivists have started writing "
                "to me the way I once wrote to her. They do not find me on a mailing list. They find me on Mastodon, "
                "where I post photographs of old bindings and complain about the weather, and in a Discord server "
                "that a group of lone arrangers set up during the pandemic. Someone asks a question in the open, I "
                "answer, and a week later there is a direct message: could I ask you something about my director?",
                "The tools have changed and the shape of the thing has not. A good part of what mentoring means in "
                "our field has always happened in writing, at a distance, between people who would never have met "
                "otherwise. The public channel is where you audition each other. The private channel is where the "
                "real work happens: the salary question, the hard conversation, the draft cover letter with tracked "
                "changes all over it.",
                "A few things I try to do, because Ruth did them for me. I answer within a day, even if the answer is "
                "that I need a week. I say what I do not know. I point people to others, because no single mentor "
                "should be anybody's whole network, and I introduce them by name when I can. And I try to remember "
                "that the person writing to me may be the only archivist in their building, reading everything and "
                "saying nothing, the way I was.",
                "If you are that person, my advice is the advice I was given: say something in public once, about "
                "something small. The people worth learning from are usually already reading.",
            ), tags=("mentoring", "mailing lists", "mastodon")),
    "a2": W(RETIREE, "/posts/office-hours-on-mastodon/", "article", 3,
            "Office hours, Thursday evenings", "Margaret Oyelaran", "2025-01-16", (
                "A small experiment for the new year. Every Thursday from seven to eight in the evening, Pacific time, "
                "I will be around on Mastodon to answer questions from early-career archivists and records managers. "
                "Post with the tag #ArchivesOfficeHours, or mention me directly if you would rather not be seen asking.",
                "Nothing is too basic. Last month someone asked how to read a finding aid written in 1962 and it "
                "turned into a lovely hour-long thread with four other retirees chiming in. I would also like to talk "
                "about careers: applying for your first permanent post, moving from a project job, deciding whether "
                "a second master's degree is worth it. I have opinions.",
                "Two friends, a former state records officer and a conservator, have offered to join some weeks. "
                "If it works we might try a monthly video call for anyone who wants to keep talking after the thread "
                "goes quiet. If nobody turns up, I will post about birds.",
            ), tags=("mentoring", "mastodon")),
    "a3": W(RETIREE, "/posts/letters-to-a-young-processing-archivist/", "article", 2,
            "Letters to a young processing archivist", "Margaret Oyelaran", "2024-07-22", (
                "A reader who is eight months into her first processing job asked me, in the comments of an older "
                "post, how I decided what to keep when a collection arrived in forty unlabelled boxes. I wrote her a "
                "long reply by email and she has kindly agreed that I can share parts of it here.",
                "First, the boxes. Do not open all forty. Open three, chosen at random, and write down what you find "
                "before you form an opinion. A survey sheet for each box, even a rough one, will save you from the "
                "worst mistake of new processors, which is to arrange the first box beautifully and then discover "
                "that box thirty-one contradicts everything.",
                "Second, the backlog. Every repository has one, and every new archivist believes it is a personal "
                "failing. It is not. Minimal processing is a legitimate decision, not a shortcut, and you should be "
                "able to explain it to a donor without apologising.",
                "Third, and this is the part of her question she did not quite ask: she is the only archivist in "
                "her institution and she has nobody to check her thinking against. I told her what I tell everyone "
                "who writes to me. Find two or three people online whose judgement you trust, on whatever network "
                "your colleagues actually use, and ask them small questions often. Join the regional archivists' "
                "listserv even if it is old-fashioned. Keep a list of the people who answered you kindly, and one "
                "day answer someone else kindly. That is most of what a career is.",
                "She wrote back to say that she had posted her first question to the lone arrangers' Discord that "
                "afternoon and had three answers by dinner. I was very pleased.",
            ), tags=("processing", "advice")),
    "a4": W(RETIREE, "/posts/my-grandmothers-quilts/", "article", 1,
            "My grandmother's quilts", "Margaret Oyelaran", "2024-11-30", (
                "My sister brought down the cedar chest at Thanksgiving and we spread all nine of our grandmother's "
                "quilts across the living room floor. Two are wedding ring patterns, one is a crazy quilt with "
                "velvet from a funeral dress, and one is so worn that the batting shows through like clouds.",
                "We argued, politely, about who gets which. Then we argued, less politely, about whether they should "
                "be used or stored. I am a retired archivist and so I lost both arguments.",
                "For the worn one I asked a textile conservator I know from an online preservation group what we "
                "should do, and she told us: acid-free tissue, a clean cotton sheet, roll rather than fold, and no "
                "attic. It now lives under my guest bed in a box I made from museum board.",
                "The crazy quilt is on my sofa. My grandmother would have wanted it used, and she would have been "
                "right.",
            ), tags=("family",)),
    "a5": W(RETIREE, "/posts/winter-at-the-lake/", "article", 0,
            "Winter at the lake", "Margaret Oyelaran", "2025-02-09", (
                "The lake froze at the edges this week for the first time in three winters. The buffleheads have "
                "moved to the open water in the middle and the eagles sit in the cottonwoods watching them.",
                "I walk the shore path every morning now. Retirement has given me back my mornings, and I did not "
                "know how much I missed them.",
            ), tags=("birds",)),

    # --- the LIS student's blog ---------------------------------------------------------------------
    "b1": W(STUDENT, "/2025/03/14/what-a-year-of-moving-networks-taught-me.html", "article", 3,
            "What a year of moving networks taught me", "Priya Raman", "2025-03-14", (
                "When I started my MLIS two years ago, a second-year student told me that the most useful thing I "
                "could do was not in the syllabus: follow working librarians online and pay attention. At the time "
                "that meant Twitter. I made an account with my cat as the avatar and followed about three hundred "
                "people from a list somebody had shared.",
                "It worked better than I expected. I learned what a reference interview looks like when it goes "
                "wrong, which vendors people were angry with that week, and how academic librarians talk about tenure "
                "when nobody from their committee is listening. I joined a couple of the weekly chats, mostly reading, "
                "occasionally answering one of the questions in a nervous single sentence. A cataloguer in Ohio "
                "answered one of my sentences with a long and generous thread, and she has been my unofficial mentor "
                "ever since.",
                "Then everything scattered. Some of the people I followed went to Mastodon, some to Bluesky, some to "
                "LinkedIn, and some just stopped posting. For a few months I felt like I had lost the staff room I "
                "never had. The weekly chats stopped. The hashtags filled with spam.",
                "Here is what I learned putting it back together. First, the network is the people, not the "
                "platform. I made a spreadsheet of the thirty accounts I had actually learned from and went looking "
                "for each of them. I found twenty-four. Second, starter packs and shared follow lists are a gift; "
                "someone who makes one for new library workers is doing mentoring work whether they call it that or "
                "not. Third, smaller is better for asking questions. On Bluesky I read; in a Discord server for LIS "
                "students and new grads I ask. The server has a channel called ask-a-librarian where people with "
                "ten or twenty years in the field answer questions about interviews and cover letters, and a channel "
                "for venting that I will not describe.",
                "Fourth, do not wait for a formal mentoring program to choose you. My school's program matched me "
                "with a lovely public librarian who retired a month later. The mentors who actually shaped what I "
                "want to do are people I found by reading them for a year and then saying something.",
                "My cataloguer in Ohio is on Mastodon now. We have a video call every couple of months and she "
                "reads my cover letters. I still have the cat avatar.",
            ), tags=("pln", "mentoring", "bluesky", "mastodon")),
    "b2": W(STUDENT, "/2025/01/20/cold-messaging-a-stranger-about-cataloguing-jobs.html", "article", 2,
            "Cold-messaging a stranger about cataloguing jobs", "Priya Raman", "2025-01-20", (
                "Spring semester has started and my schedule is ridiculous: two courses, twenty hours a week at the "
                "circulation desk, and the practicum on Fridays. I have colour-coded my calendar and it looks like a "
                "bag of sweets.",
                "The practicum supervisor is wonderful but she is a systems librarian, and what I want to do is "
                "metadata. So I did a scary thing. I found the head of cataloguing at a university I admire on "
                "LinkedIn and sent her a message: three sentences about who I am, one question about how she got "
                "where she is, and an explicit note that no reply was expected.",
                "She replied in two days and offered a half-hour call. On the call she told me to learn a scripting "
                "language, to stop apologising for having worked in circulation, and to join the metadata interest "
                "group's mailing list, where job postings show up before they hit the big boards. She also said I "
                "could write to her again after I had applied for my first jobs.",
                "In other news, my group project on weeding policies is due in three weeks and one group member has "
                "not answered an email since December.",
            ), tags=("careers", "linkedin")),
    "b3": W(STUDENT, "/2024/11/02/practicum-week-six.html", "article", 1,
            "Practicum, week six", "Priya Raman", "2024-11-02", (
                "This week I finished the batch of forty dissertations I have been cataloguing since October. The "
                "hardest part was subject headings for an interdisciplinary thesis on river restoration and "
                "traditional ecological knowledge, which I took to the cataloguing Slack my supervisor pointed me to; "
                "two people there argued about it for an hour and I learned more than in a lecture.",
                "I also learned to love the authority file and to hate a certain vendor's record loader. My supervisor "
                "says both feelings are permanent.",
                "Next week: serials. I am told to bring snacks.",
            ), tags=("practicum", "cataloguing")),
    "b4": W(STUDENT, "/2024/09/15/reading-list-for-information-networks.html", "article", 0,
            "Reading list for Information Networks", "Priya Raman", "2024-09-15", (
                "My elective this term is Information Networks, which turns out to be about graph theory, citation "
                "networks and how links between web pages are used to rank them, not about networking at "
                "conferences, which is what half the class assumed.",
                "The readings so far: the original paper on hubs and authorities, a chapter on small-world networks, "
                "two papers on co-citation analysis, and a very long article about degree distributions that I have "
                "read three times and understood once.",
                "Our project is to map the citation network of a small field. My group chose library cataloguing "
                "standards, because we are the kind of people who would.",
            ), tags=("coursework",)),
    "b5": W(STUDENT, "/2025/05/01/reflection-on-a-mentoring-circle.html", "article", 3,
            "Reflection: a semester in a mentoring circle", "Priya Raman", "2025-05-01", (
                "For LIS 690 we had to write a reflection on a professional development activity, so here is mine, "
                "lightly edited.",
                "This semester I took part in the state association's virtual mentoring circle for new "
                "professionals: six of us, two experienced librarians as mentors, a monthly video call and a shared "
                "Slack channel between calls. I expected it to be a formal program with worksheets. It was more like "
                "a group chat with very wise aunts.",
                "What worked was the channel. Someone would post a question on a Tuesday night, about a salary offer "
                "or a difficult patron or whether to take a part-time job, and by Wednesday there were answers from "
                "both mentors and from the other mentees. Peer mentoring turned out to be half the value. What did "
                "not work as well was the video calls, which were always shorter than the conversation needed.",
                "I would recommend it to anyone finishing their degree. I am staying in the channel.",
            ), tags=("mentoring", "slack")),
}

WORKS.update({
    # --- the ProBoards forum -----------------------------------------------------------------------
    "c1": W(BOARD, "/thread/412/anyone-mentor-new-branch-managers", "post", 3,
            "Anyone mentor new branch managers?", "okra_and_overdues", "2025-02-11", (
                "Three weeks into managing a branch for the first time. My old manager retired and the system has "
                "no mentoring program. I have nobody to ask the dumb questions. Where do new managers find someone "
                "who has done this before? Online is fine, I am in a rural system and the nearest other manager is "
                "an hour away.",
            ), replies=(
                ("dewey_decimator", "Your state library almost certainly runs a listserv for branch and small library "
                 "managers. It is old school but the people on it answer. Post an intro, say you are new, and you "
                 "will get five private emails offering to help."),
                ("MargeInMaine", "Seconding the listserv. Also there is a LinkedIn group for public library managers "
                 "that is mostly vendor spam, but if you search the members for people in your region and message "
                 "them directly, most will say yes to a phone call. That is how I found my mentor, twelve years ago."),
                ("okra_and_overdues", "Posted on the listserv this morning. Already have two replies and one of them "
                 "is a retired director who wants to do a monthly call. Thank you all."),
                ("quietshelver", "There is also a Discord for new library managers that started during the pandemic. "
                 "It has a channel just for scheduling and HR questions. DM me and I will send an invite."),
            )),
    "c2": W(BOARD, "/thread/398/is-the-library-slack-worth-joining", "post", 3,
            "Is the library workers' Slack worth joining?", "paperjam", "2025-01-08", (
                "A coworker keeps telling me to join one of the big Slack workspaces for library workers. I am a "
                "library assistant thinking about going back for the degree. Is it actually useful for advice about "
                "careers or is it just people posting memes?",
            ), replies=(
                ("dewey_decimator", "Both. The memes channel is very active. But the careers and mentoring channels "
                 "are where I got real advice before my MLIS, including from someone who talked me out of a very "
                 "expensive program."),
                ("ref_and_relax", "It depends which channels you join. Mute everything at first and join only the "
                 "ones for your area. Ask one specific question and see who answers. Those people are your mentors "
                 "now, congratulations."),
                ("paperjam", "Joined. Someone answered my question about online versus in-person programs within an "
                 "hour and offered to look at my statement of purpose."),
            )),
    "c3": W(BOARD, "/thread/420/burned-out-on-everything", "post", 1,
            "Burned out on everything", "ref_and_relax", "2025-03-02", (
                "Not a question, just needed to say it somewhere. Budget cuts, two positions frozen, the public "
                "computers are failing, and the board wants a strategic plan by June. I am doing three jobs and "
                "sleeping badly.",
            ), replies=(
                ("MargeInMaine", "That is a lot. Please take your leave days. The strategic plan can be shorter than "
                 "they think."),
                ("quietshelver", "Been there. What helped me was stopping all the work email on my phone. I even "
                 "quit the social media accounts where I used to get advice from other librarians, which I miss a bit, "
                 "but my sleep came back."),
                ("ref_and_relax", "Thanks. Leave days are booked."),
            )),
    "c4": W(BOARD, "/thread/377/best-label-printer-for-spine-labels", "post", 0,
            "Best label printer for spine labels?", "quietshelver", "2024-12-03", (
                "Our spine label printer died. What are people using now? Needs to work with the ILS and not cost "
                "more than a few hundred.",
            ), replies=(
                ("dewey_decimator", "We switched to a thermal printer last year. Labels do not smudge and it talks to "
                 "the ILS through the standard driver."),
                ("paperjam", "Same. Buy the lamination protectors too, the thermal labels fade in sunny windows."),
            )),
    "c5": W(BOARD, "/thread/431/webinars-for-new-cataloguers", "post", 2,
            "Webinars for new cataloguers?", "lemon_meringue_lib", "2025-03-20", (
                "I have just been moved from circulation to technical services and I need to learn cataloguing "
                "fast. No money for courses. What free webinars, mailing lists or online groups do people learn "
                "from?",
            ), replies=(
                ("dewey_decimator", "The national library's free cataloguing webinars are archived online, start "
                 "with the RDA basics series. And join the cataloguing mailing list, read it for a month before "
                 "you post."),
                ("MargeInMaine", "There is a cataloguing Discord where people post records and ask for a second pair "
                 "of eyes. Very kind crowd. Two of the regulars there taught me more than my degree did."),
                ("lemon_meringue_lib", "Great, thank you. Also, does anyone know if our consortium fees are going up "
                 "again? Our director heard something about a twenty percent increase."),
                ("quietshelver", "Ours went up fifteen percent last year. The consortium said it was the new "
                 "discovery layer. We are looking at leaving."),
            )),
    "c6": W(BOARD, "/thread/405/teen-mentoring-program-ideas", "post", 1,
            "Teen mentoring program ideas", "lemon_meringue_lib", "2024-12-16", (
                "Our teen services team wants to start a mentoring program where older teens help younger ones with "
                "homework and reading. Has anyone run one? How do you handle volunteer hours and background checks?",
            ), replies=(
                ("ref_and_relax", "We run one on Tuesday afternoons. The older teens get service hours signed off by "
                 "the branch manager. The key is a snack budget."),
                ("paperjam", "Ours pairs teens with adult volunteers from the community. I got the idea from a youth "
                 "services librarian I follow on Mastodon, she posts about it a lot."),
            )),

    # --- the PieFed community ----------------------------------------------------------------------
    "d1": W(PIEFED, "/post/88213", "post", 3,
            "Weekly thread: ask an experienced archivist or librarian anything", "quietstacks", "2025-04-07", (
                "New weekly thread for early-career GLAM workers. Ask about job applications, first posts, awkward "
                "bosses, whether to do a PhD. A few of us with fifteen-plus years in archives and libraries will "
                "answer. No question is too small, and you can reply anonymously from an alt.",
            ), replies=(
                ("fondsofyou", "How do you get references when your only archives experience is volunteering?"),
                ("quietstacks", "Ask the volunteer coordinator and one person who saw your actual work. And tell "
                 "them what the job is so they can speak to it."),
            )),
    "d2": W(PIEFED, "/post/88190", "post", 2,
            "Article: personal learning networks for museum educators", "ambercataloguer", "2025-04-02", (
                "Interesting piece on how museum educators build personal learning networks online: who they "
                "follow, which groups they join, how they ask for feedback on programs. Most of it applies to "
                "archives and library folks too.",
            ), replies=(
                ("fondsofyou", "The bit about keeping a small group chat of peers rings true. Mine is five people "
                 "from my cohort and we have got each other through three job searches."),
                ("quietstacks", "Would love to see the same study for archivists. Most of ours seems to happen on "
                 "mailing lists still."),
                ("driftwood", "And the museum educators' conference has a fabulous exhibit on sound this year, "
                 "worth the trip on its own."),
            )),
    "d3": W(PIEFED, "/post/88177", "post", 0,
            "Finished digitising our glass plate negatives", "ambercataloguer", "2025-03-29", (
                "Three years, 4,200 plates, one very tired camera operator. The collection is now online with "
                "item-level descriptions. Proudest moment of my career so far.",
            ), replies=(
                ("fondsofyou", "Gorgeous. What lighting setup did you use for the plates?"),
                ("ambercataloguer", "A light box under a copy stand, cross-polarised. Happy to share the settings."),
            )),
    "d4": W(PIEFED, "/post/88240", "post", 1,
            "Job: digital archivist, two-year contract", "fondsofyou", "2025-04-10", (
                "Two-year contract, digital archivist at a university special collections, hybrid. Salary posted, "
                "which is nice. Closes end of the month. If you are unsure whether to apply, ask a mentor or ask "
                "the weekly thread here, people are good about reading cover letters.",
            )),
    "d5": W(PIEFED, "/post/88251", "post", 0,
            "Federation with the big instance is broken again", "piefed_admin", "2025-04-12", (
                "Heads up: posts from the largest threadiverse instance are not coming through since last night. "
                "It looks like a signature problem on their side. We have raised it with their admins. Subscriptions "
                "are fine, nothing is lost, it will catch up when it is fixed.",
            )),
})

WORKS.update({
    # --- the JSTOR-like digital library ------------------------------------------------------------
    "e1": W(JOURNAL, "/stable/48712301", "journal-article", 3,
            "Informal Mentoring in the Online Networks of Early-Career Academic Librarians",
            "Helen T. Achterberg; Samuel Ruiz-Okafor", "2023-09-01", (
                "Formal mentoring programs in academic libraries reach only a fraction of new librarians and are "
                "often tied to tenure processes that make candid conversation difficult. This study asks where "
                "early-career academic librarians find the advice, encouragement and career guidance that such "
                "programs are meant to provide, and what part online networks play in it.",
                "We surveyed 412 academic librarians in their first five years of professional work and interviewed "
                "twenty-two of them. Respondents named, on average, four people they considered mentors; fewer than "
                "one in three of these relationships had begun in a formal program. The largest single source was "
                "online contact: a reply on a social media platform, a conversation in a professional Slack or "
                "Discord workspace, a message after a webinar, or an exchange on a discussion list that moved to "
                "private email.",
                "Interviewees described a recognisable sequence. They first followed or read more experienced "
                "colleagues without interacting, often for months. A small public interaction, such as answering a "
                "question in a chat or sharing a resource under a hashtag, made them visible. The relationship then "
                "moved to a private channel, where the questions became personal and consequential: whether to "
                "accept an offer, how to handle a supervisor, how to prepare a dossier. Several described this move "
                "as the moment an acquaintance became a mentor.",
                "Peer mentoring was as frequent as mentoring by senior colleagues. Cohorts from library school, "
                "residency programs and conference first-timer groups kept group chats for years, and respondents "
                "valued them for frankness that hierarchical relationships could not offer. Librarians from "
                "underrepresented groups were more likely to rely on such peer networks and on identity-based "
                "online communities, which several described as the only place where they could ask certain "
                "questions safely.",
                "The survey was distributed in 2022 through association newsletters, two national discussion lists "
                "and library school alumni offices, and was open to librarians in academic libraries who had held a "
                "professional post for five years or less. It asked respondents to list up to six people they "
                "considered mentors, how they had first come into contact with each, and through which channels "
                "they communicated now. Interviews of about an hour followed with a purposive sample chosen for "
                "variety of institution type, role and career stage, and were coded thematically by both authors.",
                "Of the 1,604 mentoring relationships respondents described, 31 percent began in a formal program, "
                "22 percent at work with a colleague in the same institution, 9 percent at a conference, and 38 "
                "percent online. Online beginnings were most common among respondents who were the only librarian "
                "in their specialty at their institution, such as data, scholarly communication or instruction "
                "design roles, and among those in small colleges. Relationships that began online were as likely "
                "as formal ones to be described as the respondent's most important mentoring relationship, and "
                "more likely to have lasted more than two years.",
                "Respondents communicated with their mentors through an average of 2.6 channels. Email remained "
                "the most common private channel; direct messages on social platforms and workspace messages were "
                "close behind. Video calls were used mainly at moments of decision. Public channels served a "
                "different purpose: respondents described hashtags, weekly chats and open threads as places to "
                "learn the norms of the profession and to find out whom to ask, rather than places to ask the "
                "questions that mattered most.",
                "Mentors, too, described the work as largely invisible. Ten of the interviewees had themselves "
                "begun to mentor newer colleagues online within their first five years, often by answering "
                "questions in the same spaces where they had once asked them. None had reported this work in an "
                "annual review, and several were unsure whether it counted as service.",
                "The fragmentation of social media after 2022 was a concern for many. Respondents who had built "
                "their networks on a single platform described losing contact with mentors, while those whose "
                "networks spanned a mailing list, a workspace and a social platform reported little disruption. "
                "We discuss implications for libraries and associations: supporting the informal channels where "
                "mentoring already happens, recognising mentoring work done in public online spaces in evaluation "
                "and promotion, and designing formal programs that connect to rather than replace these networks.",
                "The study has limits. The sample is self-selected and likely overrepresents librarians who are "
                "active online, and recall of how a relationship began may be imperfect. Still, the pattern is "
                "consistent across institution types, and it suggests that much of the profession's mentoring "
                "already happens in networks that no institution designed.",
            ), summary="A survey of 412 early-career academic librarians and 22 interviews on where they find "
                       "mentors and advice, and the part online networks play.",
            extra={"journal": "Information Practice Quarterly", "volume": "41", "issue": "3", "pages": "211-236",
                   "doi": "10.5555/ipq.2023.41.3.211"}),
    "e2": W(JOURNAL, "/stable/48712302", "journal-article", 2,
            "Continuing Education Pathways for Special Librarians in Solo Settings",
            "Dorothea Lindqvist", "2023-09-01", (
                "Special librarians working alone in corporate, legal and medical settings have limited access to "
                "employer-funded training. This article reports a study of how thirty-eight solo librarians kept "
                "their skills current over three years.",
                "Participants relied heavily on free webinars from associations and vendors, on subject discussion "
                "lists, and on small online groups of other solo librarians, which they described as their most "
                "trusted source of advice on both technical questions and career decisions. Several had found an "
                "informal mentor through such a group.",
                "Employer-funded conference attendance was rare and declining. Certificates from library schools "
                "were valued but often self-funded. The article closes with recommendations for employers on "
                "protected learning time and for associations on low-cost programming.",
            ), summary="How thirty-eight solo special librarians kept their skills current.",
            extra={"journal": "Information Practice Quarterly", "volume": "41", "issue": "3", "pages": "237-252",
                   "doi": "10.5555/ipq.2023.41.3.237"}),
    "e3": W(JOURNAL, "/stable/48712303", "journal-article", 0,
            "Metadata Quality in Aggregated Digital Collections: A Comparison of Three Hubs",
            "Ravi Menon; Ingrid Solheim", "2023-09-01", (
                "Aggregators of digital cultural heritage depend on metadata contributed by hundreds of institutions. "
                "We sampled 3,000 records from each of three regional hubs and assessed completeness, accuracy and "
                "consistency of rights statements, dates and subject terms.",
                "Completeness was high for titles and rights statements but low for dates, where free-text values "
                "defeated normalisation in a fifth of records. Subject terms were the least consistent field. We "
                "propose a minimal set of validation rules that hubs can apply at ingest.",
            ), summary="Metadata completeness, accuracy and consistency in three aggregator hubs.",
            extra={"journal": "Information Practice Quarterly", "volume": "41", "issue": "3", "pages": "253-270",
                   "doi": "10.5555/ipq.2023.41.3.253"}),
    "e4": W(JOURNAL, "/stable/48712304", "journal-article", 1,
            "Succession Planning in Small Public Libraries", "Carla Benedetti", "2023-09-01", (
                "Small public libraries often depend on a single director whose departure can leave boards without "
                "institutional knowledge. Through case studies of nine libraries serving fewer than 10,000 people, "
                "this article examines how boards and directors prepared for transitions.",
                "Few libraries had written succession plans. Those that managed transitions well documented "
                "procedures, cross-trained staff and gave deputies responsibility for budgets before the director "
                "left. One incoming director credited a state listserv for new directors with getting her through "
                "her first budget season. Boards that hired from outside generally underestimated onboarding time.",
            ), summary="Case studies of director transitions in nine small public libraries.",
            extra={"journal": "Information Practice Quarterly", "volume": "41", "issue": "3", "pages": "271-289",
                   "doi": "10.5555/ipq.2023.41.3.271"}),
    "e5": W(JOURNAL, "/stable/pdf/48712305.pdf", "document", 2,
            "Peer Support for Rural Library Staff: A Regional Case Report",
            "Tom Whitcombe", "2023-09-01", (
                "Peer Support for Rural Library Staff: A Regional Case Report",
                "Tom Whitcombe, Information Practice Quarterly 41(3): 290-301",
                "Staff in rural branches of a regional library system reported isolation and few chances to learn",
                "from colleagues. In 2021 the system created an online peer support group: a shared chat workspace,",
                "a monthly video call, and a pairing scheme that matched newer staff with experienced colleagues",
                "in other branches for informal mentoring.",
                "After two years, participation was steady at about sixty percent of rural staff. Newer staff said",
                "the pairings helped them with procedures and with decisions about further study. Experienced staff",
                "valued the chance to share knowledge. The system also changed its courier schedule, consolidated",
                "two branches' opening hours, and replaced the ageing public computers over the same period,",
                "which staff described as equally important to their working lives.",
                "Recommendations: keep the workspace small, give pairings a defined end date, and make time for it",
                "in the working week.",
            ), summary="A regional library system's online peer support group for rural staff.",
            extra={"journal": "Information Practice Quarterly", "volume": "41", "issue": "3", "pages": "290-301"}),

    # --- the association (WordPress, Genesis) --------------------------------------------------------
    "f1": W(ASSOC, "/2025/02/mentor-match-goes-virtual/", "article", 3,
            "Mentor Match goes virtual", "NWLA Staff", "2025-02-18", (
                "For twelve years NWLA's Mentor Match paired new librarians with experienced members at the annual "
                "conference, with a breakfast, a handshake and good intentions that too often faded by autumn. This "
                "year the program moves online, and it will run all year.",
                "Here is how it works. Mentees and mentors fill in a short profile on the members' site: areas of "
                "work, what they hope to learn or offer, and how they prefer to meet. The mentoring committee makes "
                "matches in March. Each pair agrees its own rhythm, and we suggest a video call once a month.",
                "Between calls, everyone in the program joins a shared Slack workspace with channels for job "
                "searching, management, youth services, technical services and academic libraries. Committee "
                "members host a monthly drop-in call for group mentoring on a theme, starting with salary "
                "negotiation in April.",
                "Library workers without an MLIS are welcome as mentees and as mentors. So are retired members, "
                "several of whom have already signed up. If you have ever been helped by a more experienced "
                "colleague, this is your chance to pass it on.",
                "Applications close on March 1. Questions go to the mentoring committee through the contact page.",
            ), tags=("mentoring", "professional development")),
    "f2": W(ASSOC, "/2025/04/annual-conference-recap/", "article", 2,
            "Annual conference recap", "NWLA Staff", "2025-04-28", (
                "Thank you to the 640 members who came to the annual conference in Spokane, and to the volunteers "
                "who made it run. Session slides are on the members' site.",
                "The keynote on rural broadband drew a full house, and the legislative panel left everyone with "
                "homework for advocacy day.",
                "The surprise hit was a Saturday-morning session on personal learning networks. Three librarians "
                "described how they learn from colleagues online: a Bluesky starter pack of regional library "
                "workers, a group chat of new directors that has met weekly since 2020, and a cataloguing Discord. "
                "The room stayed full long after the session ended, and the presenters have shared their starter "
                "pack and a guide to finding a mentor online.",
                "Next year's conference will be in Boise. Proposals open in September.",
            ), tags=("conference",)),
    "f3": W(ASSOC, "/2025/06/advocacy-day-report/", "article", 0,
            "Advocacy day report", "NWLA Staff", "2025-06-10", (
                "Forty-two members met with legislators at the capitol on advocacy day. We asked for restoration of "
                "state aid to libraries and for the broadband grant program to continue.",
                "The budget committee chair was receptive on state aid. The broadband program's future is less "
                "certain. Thank you to everyone who made the trip or sent a letter.",
            ), tags=("advocacy",)),
    "f4": W(ASSOC, "/2025/03/member-spotlight-jun-park/", "article", 1,
            "Member spotlight: Jun Park", "NWLA Staff", "2025-03-20", (
                "This month we talk to Jun Park, head of adult services at a mid-sized public library, about "
                "makerspaces, a seed library, and what keeps a twenty-year career interesting.",
                "Jun started as a page at fifteen. \"I shelved everything in the branch, twice,\" he says. After "
                "library school he ran adult programming and built the system's first makerspace.",
                "His advice for new librarians: say yes to the odd projects, and find people outside your building. "
                "His own mentor was a director he met through the state listserv.",
                "When not at work Jun plays in a community orchestra and grows far too many tomatoes.",
            ), tags=("members",)),
    "f5": W(ASSOC, "/2025/05/a-discord-for-new-professionals/", "article", 3,
            "A Discord for new professionals", "NWLA Staff", "2025-05-14", (
                "The New Professionals Round Table has opened a Discord server for members in their first five years "
                "of library work. There are channels for job hunting, interview practice and first-time supervisors, "
                "and an ask-a-mentor channel answered by volunteer members with long experience.",
                "Round table members also host an evening chat every other Wednesday. Join through the members' "
                "site; the invitation is on the round table's page.",
            ), tags=("mentoring", "discord")),
    "f6": W(ASSOC, "/wp-content/uploads/2025/01/mentor-match-handbook-2025.pdf", "document", 3,
            "Mentor Match Handbook 2025", "NWLA Mentoring Committee", "2025-01-15", (
                "Northwest Library Association - Mentor Match Handbook 2025",
                "Welcome to Mentor Match, NWLA's year-round virtual mentoring program.",
                "1. Purpose. Mentor Match connects library workers early in their careers with experienced",
                "colleagues for advice, encouragement and career guidance, mostly online.",
                "2. Matching. The committee matches mentors and mentees in March from their profiles.",
                "3. Meeting. Pairs meet by video call, suggested monthly, and agree their own goals.",
                "4. The workspace. All participants join the program's Slack workspace. Channels cover job",
                "searching, management and each area of library work. Group mentoring calls run monthly.",
                "5. Good practice for mentors. Answer within a few days. Listen more than you advise. Introduce",
                "your mentee to others in your network. Keep what is said private.",
                "6. Good practice for mentees. Bring questions. Tell your mentor what you decided and why.",
                "7. Ending. Pairs close the year with a conversation about what comes next.",
            ), tags=("mentoring",)),

    # --- the podcast (Captivate) -------------------------------------------------------------------
    "g1": W(PODCAST, "/episode/ep-41-mentoring-across-borders", "post", 3,
            "Ep. 41: Mentoring across borders", "Stack Talk", "2025-03-04", (
                "This week Lena talks with Dr. Amara Nwosu, a university librarian in Lagos, and Felipe Arriagada, "
                "an archivist in Santiago, who met in an international mentoring scheme for information "
                "professionals and kept going long after it ended.",
                "They talk about how the scheme worked (video calls across three time zones and a shared WhatsApp "
                "group), what a mentor can offer someone in a very different library system, why Felipe now "
                "mentors two archivists he met through LinkedIn, and how Amara's group chat of African academic "
                "librarians became a peer mentoring network for more than a hundred people.",
                "From the transcript: \"The formal part lasted six months. The friendship and the advice have lasted "
                "six years. I would not have applied for my current job without her telling me I was ready.\"",
                "Links: the mentoring scheme's page, Amara's group's reading list, and Felipe's blog.",
            )),
    "g2": W(PODCAST, "/episode/ep-42-the-hashtag-years", "post", 3,
            "Ep. 42: The hashtag years", "Stack Talk", "2025-03-18", (
                "A nostalgic one. Lena and Marcus remember the weekly library chats on Twitter: the hour each "
                "week when hundreds of librarians answered numbered questions under a hashtag, and how many of "
                "them found jobs, collaborators and mentors that way.",
                "They talk about what the chats taught them, why they faded, and what has replaced them: the "
                "Bluesky feeds, the Mastodon hashtags, the Discord servers and the quiet group chats. Marcus "
                "argues the learning never stopped; it just moved somewhere less visible. Lena is not sure.",
            )),
    "g3": W(PODCAST, "/episode/ep-43-weeding-without-tears", "post", 0,
            "Ep. 43: Weeding without tears", "Stack Talk", "2025-04-01", (
                "Everybody's least favourite collection task. Marcus walks through a weeding project at his branch: "
                "the criteria, the report from the ILS, the public's feelings about discarded books, and what "
                "happens to the books afterwards.",
                "Plus a listener question about whether to keep a local history collection's duplicates.",
            )),
    "g4": W(PODCAST, "/episode/ep-44-first-year-as-director", "post", 2,
            "Ep. 44: My first year as director", "Stack Talk", "2025-04-15", (
                "Lena's guest is Rosalind Teague, who became director of a county library system a year ago at "
                "thirty-four. They talk about the board, the budget, a staff union campaign and the building's "
                "leaking roof.",
                "Rosalind also talks about who she leaned on: a former director who mentored her by phone every "
                "week, and a group chat of other first-time directors she met through a leadership institute's "
                "alumni network, which she calls the most useful thing she has ever joined.",
            )),
    "g5": W(PODCAST, "/episode/ep-40-audiobooks-and-accessibility", "post", 1,
            "Ep. 40: Audiobooks and accessibility", "Stack Talk", "2025-02-18", (
                "Marcus talks with an accessibility librarian about audiobooks, screen readers, lending platforms "
                "and the print-disabled readers they serve. Among other things: why the catalogue matters, how "
                "to test an app with a screen reader, and the listserv where accessibility librarians trade tips.",
                "Listener mail: what to do about a patron who returns audiobook players with the batteries removed.",
            )),
})

WORKS.update({
    # --- the photo-sharing site --------------------------------------------------------------------
    "h1": W(PHOTOS, "/p/C9mQ2rLxT4a/", "post", 3,
            "", "rosa.reads.stacks", "2025-05-22", (
                "Three years of DMs, two cover letters, one terrifying interview prep call and countless \"you can "
                "do this\" messages, and today I finally met my mentor in person at the state conference. She found "
                "me through a hashtag when I was a library school student posting blurry photos of book displays. "
                "Find your people online, friends. They are out there. #librarymentoring #librarianlife",
            ), replies=(("stackscat", "This made me cry at the reference desk"),)),
    "h2": W(PHOTOS, "/p/C9kP8wZyU1b/", "post", 0,
            "", "rosa.reads.stacks", "2025-05-12", (
                "New display is up: books that were banned somewhere, with a little card saying where and why. "
                "Already three checked out before lunch. #bookdisplay #librarianlife",
            )),
    "h3": W(PHOTOS, "/p/C9hN5vXsR7c/", "post", 1,
            "", "rosa.reads.stacks", "2025-04-30", (
                "Toddler storytime theme this week: trucks. Twenty-two toddlers, one dump truck puppet, zero "
                "survivors. Huge thanks to the children's librarians in my Monday video chat who sent me their "
                "truck songs. #storytime #librarianlife",
            )),
    "h4": W(PHOTOS, "/p/C9fL3tVqP9d/", "post", 1,
            "", "rosa.reads.stacks", "2025-04-02", (
                "Some news: I start as teen services librarian at the main library next month! Thank you to my "
                "branch family, to my partner for surviving three interviews, and to my online library people "
                "who answered every panicked question. #newjob #librarianlife",
            )),
    "h5": W(PHOTOS, "/p/C9dJ1rTnN2e/", "post", 0,
            "", "stackscat", "2025-03-28", (
                "Dewey, branch cat, supervising the new shelving cart. He approves. #librarycat",
            )),

    # --- the vendor's blog (Wix Studio) ------------------------------------------------------------
    "i1": W(VENDOR, "/post/building-a-professional-learning-network-for-systems-librarians", "article", 2,
            "Building a professional learning network for systems librarians", "Catalogix Team", "2025-02-05", (
                "Systems librarians are often the only people in their library who understand the ILS, the "
                "discovery layer and the authentication setup. That makes them hard to replace and easy to isolate. "
                "The best systems librarians we know do not work alone: they have a personal learning network of "
                "peers at other libraries they can message when a migration goes sideways.",
                "How to build one. Join the discussion list for your ILS and read it daily. Follow the systems "
                "librarians who write up their fixes on blogs and on Mastodon. Find the Slack or Discord where "
                "your region's systems people gather. Offer answers as well as questions; that is how quiet "
                "readers become trusted colleagues, and sometimes mentors.",
                "Catalogix customers have one more option: the Catalogix Community forum, where more than 900 "
                "systems staff share scripts, reports and configuration tips. Our support team monitors it, and our "
                "spring release adds badges for the most helpful members.",
                "Ready to see what Catalogix can do for your library? Book a demo with our team today.",
            ), tags=("community",)),
    "i2": W(VENDOR, "/post/spring-2025-release-notes", "article", 0,
            "Spring 2025 release notes", "Catalogix Team", "2025-03-12", (
                "The spring release is live for all hosted customers. Highlights: a faster holds queue, a new "
                "circulation dashboard, bulk editing of item records, and badges for helpful members in the "
                "Catalogix Community forum.",
                "Fixed: the overdue notice template now handles long titles; the network printer setting no longer "
                "resets after an upgrade; the due-date calendar respects closed days.",
                "Self-hosted customers can download the release from the support portal.",
            ), tags=("releases",)),
    "i3": W(VENDOR, "/post/introducing-peer-mentors-in-the-catalogix-community", "article", 3,
            "Introducing peer mentors in the Catalogix Community", "Jess Aldana", "2025-04-09", (
                "Every month dozens of libraries get a new systems administrator, and most of them inherit a "
                "Catalogix installation with no one to show them around. Starting this month, they can ask for a "
                "peer mentor.",
                "Peer mentors are experienced systems librarians from customer libraries who have volunteered to "
                "help newcomers for their first six months. A mentor and a newcomer are matched by library type and "
                "size, talk in a private thread in the community forum, and meet by video call when a question needs "
                "a screen share. Mentors also host a monthly open call for new administrators.",
                "The idea came from our users. At last year's user group meeting, a systems librarian told us that "
                "the most useful thing that happened in her first year was a stranger in the forum who answered "
                "every question she posted and then offered to talk. We want that to happen on purpose.",
                "To volunteer as a mentor or ask for one, visit the Peer Mentors group in the community.",
            ), tags=("community", "mentoring")),
    "i4": W(VENDOR, "/post/what-is-network-discovery", "article", 0,
            "What is network-level discovery?", "Catalogix Team", "2025-01-22", (
                "Network-level discovery lets a patron search the collections of every library in a consortium or "
                "network from one search box, with holdings and availability shown together.",
                "It differs from a union catalogue in that records stay in each library's system and are indexed "
                "centrally. Requests are routed to the nearest library with an available copy.",
                "Catalogix Discover supports network-level discovery for consortia of any size.",
            ), tags=("discovery",)),

    # --- the newsroom (Brightspot) -----------------------------------------------------------------
    "j1": W(NEWS, "/local-news/librarians-find-mentors-online", "article", 3,
            "Far from colleagues, valley librarians find their mentors online", "Dana Whitfield", "2025-06-12", (
                "When Carmen Ibarra took over the two-room library in Rimrock last year, she was the only "
                "professional librarian for forty miles. The previous librarian had retired to Arizona. The county "
                "system offered a training binder and a phone number for the main library's IT desk.",
                "\"I had all these questions that were not IT questions,\" Ibarra said. \"How do I tell a board "
                "member no? How do I write a grant? Is it normal to cry in the storage room?\"",
                "The answers came, she said, from people she has never met in person. A retired librarian in "
                "Oregon who answers questions on Mastodon every Thursday night. A Discord server run by the state "
                "library association for people in their first years of library work, where an experienced "
                "director walked her through her first budget. A group chat of six rural librarians across three "
                "states, who met in an online course and now talk most days.",
                "Ibarra is one of many. Librarians and archivists, particularly those in small towns and in jobs "
                "where they are the only one of their kind, have long relied on mailing lists and phone calls to "
                "find advice. In the last decade much of that moved to social media, and librarians built a "
                "reputation for weekly chats on Twitter under hashtags that drew hundreds of participants.",
                "Since 2022 that world has fractured across platforms, but the habit of learning from colleagues "
                "online has not, said Helen Achterberg, a professor of library science who studies mentoring. Her "
                "survey of early-career academic librarians found that most of the people they considered mentors "
                "were people they had first met online.",
                "\"Formal programs matter, but they are the smaller part,\" Achterberg said. \"Most mentoring in this "
                "profession happens in someone's replies or direct messages, and it is largely invisible to "
                "employers.\"",
                "The Northwest Library Association moved its long-running mentoring program online this year, "
                "pairing new librarians with experienced members for monthly video calls and a shared Slack "
                "workspace. More than ninety pairs signed up, nearly double the number in its final in-person year, "
                "the association said.",
                "Not everyone has found the move easy. Ted Okonkwo, who manages the library in Harlan Springs, said "
                "he quit social media in 2023 and has not found a replacement. \"I miss the advice,\" he said. \"I "
                "do not miss the arguing.\" He now relies on the state library's email list and a monthly call "
                "with a former colleague.",
                "For Ibarra, the online network has become something like a staff room. Last month she passed on a "
                "favour: a library school student posted a question about rural jobs in the Discord, and Ibarra "
                "answered with a long message and an offer to talk. \"Somebody did it for me,\" she said.",
            ), tags=("libraries", "rural")),
    "j2": W(NEWS, "/local-news/library-levy-passes", "article", 0,
            "Library levy passes by wide margin", "Dana Whitfield", "2025-05-21", (
                "Voters in the valley library district approved a property tax levy on Tuesday, with 61 percent in "
                "favour according to unofficial results.",
                "The levy will fund longer opening hours at four branches, replace the bookmobile and repair the "
                "main library's roof. The district's director thanked volunteers who knocked on doors.",
            ), tags=("libraries", "elections")),
    "j3": W(NEWS, "/local-news/new-library-director-named", "article", 1,
            "Valley library district names new director", "Dana Whitfield", "2025-07-08", (
                "The valley library district board on Monday named Rosalind Teague as its new director. Teague, "
                "who has led the county library system in Marlow for the past two years, starts in September.",
                "Teague said her priorities are extending hours under the new levy and recruiting staff for rural "
                "branches. She credited a network of directors she keeps in touch with online for advice on "
                "managing a levy-funded expansion.",
                "She replaces interim director Paul Haskins, who will return to his post as head of branch services.",
            ), tags=("libraries",)),
    "j4": W(NEWS, "/local-news/retirees-mentor-high-schoolers", "article", 0,
            "Retirees mentor high schoolers through the school year", "Marco Bell", "2025-04-17", (
                "Every Wednesday afternoon, a dozen retirees meet students at Valley High School's library for an "
                "hour of homework help, college essay advice and conversation.",
                "The mentoring program, run by the school district and a seniors' centre, pairs each student with "
                "the same adult for the year. Organisers say grades and attendance have improved among "
                "participants, and the retirees say they get as much out of it as the students.",
                "The program is looking for more volunteers for next year.",
            ), tags=("schools",)),
    "j5": W(NEWS, "/local-news/teachers-swap-tips-in-online-groups", "article", 2,
            "Teachers and school librarians swap tips in online groups", "Marco Bell", "2025-03-06", (
                "With training budgets tight, teachers across the valley say they are learning from each other in "
                "online groups: subject groups on social media, district channels on the messaging app the schools "
                "adopted during the pandemic, and national webinars.",
                "School librarians are among the most active. Jordan Tate, librarian at Valley Middle School, said "
                "a Discord server of school librarians in the region has become where she asks for advice on "
                "everything from book challenges to her own career. A librarian she met there mentored her through "
                "her certification.",
                "District officials said they hope to recognise such online learning as professional development "
                "hours next year. The teachers' union said it supports the idea if the hours are voluntary.",
            ), tags=("schools", "libraries")),
})

OTHER: list[tuple[str, str, str]] = [
    (RETIREE, "/", "home"),
    (RETIREE, "/page/2/", "listing"),
    (RETIREE, "/about/", "about"),
    (RETIREE, "/tags/mentoring/", "tag"),
    (RETIREE, "/categories/retirement/", "category"),
    (RETIREE, "/posts/archives-week-2019/", "error"),
    (STUDENT, "/", "home"),
    (STUDENT, "/blog/page2/", "listing"),
    (STUDENT, "/tags/", "tag"),
    (STUDENT, "/categories/", "category"),
    (STUDENT, "/about/", "about"),
    (STUDENT, "/search/", "search"),
    (BOARD, "/", "home"),
    (BOARD, "/board/3/career-talk", "category"),
    (BOARD, "/board/7/tech-and-tools", "category"),
    (BOARD, "/user/58", "profile"),
    (BOARD, "/search/results?what_at_least_one=mentor", "search"),
    (BOARD, "/members", "listing"),
    (PIEFED, "/", "home"),
    (PIEFED, "/c/glamworkers", "listing"),
    (PIEFED, "/u/quietstacks", "profile"),
    (PIEFED, "/search?q=mentor", "search"),
    (PIEFED, "/tag/mentoring", "tag"),
    (JOURNAL, "/journal/infopracq", "home"),
    (JOURNAL, "/stable/10.5555/i40012345", "listing"),
    (JOURNAL, "/about", "about"),
    (JOURNAL, "/action/doBasicSearch?Query=mentoring", "search"),
    (JOURNAL, "/contact", "contact"),
    (ASSOC, "/", "home"),
    (ASSOC, "/category/news/", "category"),
    (ASSOC, "/tag/mentoring/", "tag"),
    (ASSOC, "/about/", "about"),
    (ASSOC, "/contact/", "contact"),
    (ASSOC, "/?s=mentor", "search"),
    (ASSOC, "/author/nwla-staff/", "profile"),
    (ASSOC, "/members-directory/", "error"),
    (PODCAST, "/", "home"),
    (PODCAST, "/episodes/page/2", "listing"),
    (PODCAST, "/about", "about"),
    (PHOTOS, "/rosa.reads.stacks/", "profile"),
    (PHOTOS, "/stackscat/", "profile"),
    (PHOTOS, "/explore/tags/librarymentoring/", "tag"),
    (VENDOR, "/", "home"),
    (VENDOR, "/blog", "listing"),
    (VENDOR, "/blog/categories/community", "category"),
    (VENDOR, "/about-us", "about"),
    (VENDOR, "/contact", "contact"),
    (NEWS, "/", "home"),
    (NEWS, "/local-news", "category"),
    (NEWS, "/people/dana-whitfield", "profile"),
    (NEWS, "/tag/libraries", "tag"),
    (NEWS, "/search?q=library", "search"),
    (NEWS, "/local-news/library-book-sale-2019", "error"),
    (NEWS, "/news/2018/branch-renovation", "error"),
]
