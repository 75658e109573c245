"""Web 31's texts and labels, written before its pages were built: every page
of :mod:`tests.labelled_web31` is one of ``WORKS`` (host, path, kind, grade,
title, author, date, paragraphs, tags) or one of ``OTHER`` (host, path, kind;
graded 0 as pages one does not cite).

Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing
mention, 0 nothing."""

from __future__ import annotations

from dataclasses import dataclass

WP = "quietstacks.example"            # WordPress, Twenty Eleven
MT = "archivesatdusk.example"         # Movable Type
SOHO = "mlisjourney.example"          # Blogger, Soho
DOPE = "thewovenshelf.example"        # Ghost, Dope
S9Y = "oldrefdesk.example"            # Serendipity
WIKI = "wiki.mentornet.example"       # a Confluence public space
LODEL = "revues.infodoc.example"      # an OpenEdition-like journal (Lodel)
PURE = "research.fenwick.example"     # a Pure research portal
SPK = "shows.spreaker.example"        # a Spreaker podcast
SF = "news.statelibrary.example"      # Sitefinity
HOSTS = (WP, MT, SOHO, DOPE, S9Y, WIKI, LODEL, PURE, SPK, SF)


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


def _w(key, host, path, kind, grade, title, author, date, paras, tags=()):
    return key, Work(host, path, kind, grade, title, author, date, tuple(paras), tuple(tags))


WORKS: dict[str, Work] = dict([
    # --- Quiet Stacks: a mid-career academic librarian's WordPress blog ---------------------------------
    _w("wp-libchat", WP, "/2012/03/14/what-libchat-taught-me-about-asking-for-help/", "article", 3,
       "What #libchat taught me about asking for help", "Maura Hale", "2012-03-14", [
           "I have been lurking in the Wednesday night #libchat for about a year now, and last week I finally typed "
           "a question instead of just favouriting other people's answers. It was a small question: how do you "
           "tell your director that the liaison model you inherited does not work, when you have been in the job "
           "for eleven months? Within ten minutes I had six replies from people I had never met, two of them "
           "department heads, one of them a retired dean who still shows up every week.",
           "What struck me was not the advice itself (most of it was some version of 'bring data, bring a "
           "proposal, not a complaint') but how generous it was. One of the department heads followed me and "
           "sent a direct message the next morning offering a half-hour call. We talked on Friday. She walked me "
           "through how she pitched a reorganisation at her last library, including the parts that went badly.",
           "I did not have a mentor in library school. My program paired us with alumni for a single coffee, and "
           "mine cancelled twice. So for years I assumed mentoring was something that happened to other people, "
           "people at big research libraries with formal programs and a budget for conference travel. The chat "
           "showed me that the people who might mentor me are already there, answering questions at nine o'clock "
           "on a weeknight, because someone did the same for them.",
           "A few things I have learned about asking for help in a public chat. Be specific: 'how do I deal with "
           "my boss' gets sympathy, 'how did you present a staffing change to a director who likes the status "
           "quo' gets answers. Say where you are, because advice for a community college is not advice for an "
           "ARL. Thank people publicly, and follow up privately with the ones whose answers you want to hear "
           "more of. And answer someone else's question the same night, even if you feel underqualified. The "
           "newer folks need to hear from someone two years ahead of them, not only from the deans.",
           "I have started keeping a list of the people whose answers I save. It is, I suppose, my personal "
           "learning network, although I would never have called it that a year ago. It includes a cataloguer "
           "in New Zealand, two instruction librarians in Ohio and a law librarian who tweets mostly about "
           "cycling. None of them work where I work. All of them have taught me something about the job I "
           "actually have.",
           "If you are new and nervous: the chat is Wednesdays, 9pm Eastern, and the archive is searchable. "
           "Lurk for a few weeks. Then ask the question you have been carrying around.",
       ], ("libchat", "mentoring", "twitter")),
    _w(
           "wp-pln", WP, "/2012/06/02/building-a-pln-as-the-only-cataloguer-for-200-miles/", "article", 3,
           "Building a PLN as the only cataloguer for 200 miles", "Maura Hale", "2012-06-02", [
               "A reader asked after my #libchat post how I keep learning when there is nobody in my building who "
               "does what I do. Fair question. I am the only cataloguer in a library that serves three campuses, "
               "and the nearest colleague with the same job is a four-hour drive away.",
               "Here is what my professional learning network looks like right now. The AUTOCAT list, which I read "
               "in digest form and which has answered more RDA questions for me than any workshop. A handful of "
               "blogs by cataloguers, which I follow in a feed reader on Sunday mornings. Twitter, where I follow "
               "about eighty library people and where I ask quick questions with a hashtag. And a monthly video "
               "call with three other solo cataloguers I met in a webinar's chat box, which has turned into a sort "
               "of peer mentoring group: we bring a problem each and talk it through.",
               "The call is the part I would recommend to anyone. We are all at roughly the same stage, so nobody "
               "is the expert, but each of us knows something the others do not. One of us has been through a "
               "migration, one has managed student workers, one has published. When I was deciding whether to "
               "apply for a head of technical services job, they read my cover letter and told me, kindly, that I "
               "was underselling myself.",
               "None of this replaces a formal mentor, and I would still like one. But I no longer feel that "
               "learning the job depends on who happens to work down the hall.",
           ], ("cataloguing", "pln")),
    _w("wp-conference", WP, "/2012/08/20/conference-season-budgeted/", "article", 1,
       "Conference season, budgeted", "Maura Hale", "2012-08-20", [
           "Our travel budget was cut again, so this year I get one conference instead of two. I chose the "
           "regional one: cheaper registration, a drive instead of a flight, and a program heavy on the "
           "technical services sessions I actually need.",
           "I made a spreadsheet of costs for anyone else trying to justify a trip: registration, two nights in "
           "the conference hotel shared with a colleague, mileage, and meals at the per diem rate. It comes to a "
           "little under six hundred dollars, about a third of what the national meeting would have cost.",
           "For the one I am skipping, I will follow the conference hashtag and read the slides afterwards, which "
           "is not the same but is better than nothing. The rest of the savings go toward a proper desk chair, "
           "which my back has been asking for since March.",
       ], ("conferences",)),
    _w("wp-weeding", WP, "/2012/10/05/weeding-the-reference-collection/", "article", 0,
       "Weeding the reference collection", "Maura Hale", "2012-10-05", [
           "We finished the reference weed this week. Four ranges down to two and a half, and nobody has yet "
           "asked for the 1994 edition of the directory of associations.",
           "Our criteria were simple: anything superseded by a database we subscribe to went, anything not "
           "used in the last five years by the reshelving counts went to the review cart, and the subject "
           "liaisons had two weeks to rescue titles. They rescued fewer than thirty.",
           "The space will become group study tables in January. Students have been asking for them for years, "
           "and now they are getting them, at the cost of some very heavy encyclopedias that will go to the book "
           "sale.",
       ], ("collections",)),
    _w("wp-screen", WP, "/2013/01/22/mentoring-with-and-without-the-screen/", "article", 2,
       "Mentoring, with and without the screen", "Maura Hale", "2013-01-22", [
           "This semester I became a mentor myself, through our state association's program, to a new "
           "librarian at a community college two hours away. I have been reading everything I can find about "
           "doing it well, and mostly learning that nobody agrees.",
           "We met in person once, at the association's fall meeting, and set some expectations: monthly "
           "conversations, her agenda not mine, and honesty when something is not useful. Most of our "
           "conversations since have been about her tenure file and about managing a student assistant who "
           "never shows up on time.",
           "Between meetings we message. I did not expect this to matter as much as it does, but a quick note "
           "('is it normal that my dean wants a five-year plan?') gets a quick answer, and the monthly calls are "
           "freed up for the bigger questions. I have also pointed her to a couple of chats and lists where she "
           "can get answers from people who know community colleges better than I do.",
           "The hardest part, so far, is not giving advice. She needs to decide things herself. I am learning "
           "to ask what she thinks first, which is harder than it sounds.",
       ], ("mentoring",)),
    _w("wp-discovery", WP, "/2013/03/11/notes-on-a-new-discovery-layer/", "article", 0,
       "Notes on a new discovery layer", "Maura Hale", "2013-03-11", [
           "We went live with the new discovery layer over spring break. The facets are better, the relevance "
           "ranking is worse, and the known-item search for journal titles is a small disaster that we are "
           "working around with a separate A to Z list.",
           "If you are about to do the same: test known-item searches first, check how it handles series and "
           "uniform titles, and do not let anyone turn off the old OPAC until you have a month of search logs.",
       ], ("systems",)),

    # --- Archives at Dusk: an archivist's Movable Type blog, 2010-2011 ----------------------------------
    _w("mt-list", MT, "/2010/11/the-list-as-career-counsellor.html", "post", 3,
       "The list as career counsellor", "Gideon Marsh", "2010-11-08", [
           "Somebody on the archives listserv asked this week whether it was worth getting a second master's "
           "degree to move from a historical society into a university special collections job. Thirty-one "
           "replies later, I think that thread is the best career guidance I have seen in this profession, and "
           "it was free.",
           "What made it work is that the answers came from every stage. A student explained what her program "
           "was telling her. Two mid-career people described making exactly that move, one with the degree and "
           "one without. A university archivist who hires said plainly what she looks for in applications, and "
           "it was not the second degree. A retired state archivist told everybody to calm down and learn "
           "to write a grant.",
           "I have been on the list for eleven years. In that time it has told me how to deal with mould, how to "
           "negotiate a salary, whether to take a term position, and how to turn down a donor politely. I have "
           "met perhaps four of the people on it in person. Several of them I would call mentors, though none of "
           "them would know it.",
           "There is a lot of talk lately about formal mentoring programs, and I am for them. But I would not "
           "want newer archivists to think the list is just announcements and job ads. Post the question you "
           "are embarrassed to ask your supervisor. Somebody who was in your shoes in 1987 is reading.",
       ], ("careers", "listservs")),
    _w("mt-findingaids", MT, "/2010/12/finding-aids-and-the-long-tail.html", "post", 0,
       "Finding aids and the long tail", "Gideon Marsh", "2010-12-02", [
           "Our web statistics for the year are in, and the finding aids that get the most traffic are not the "
           "ones we would have guessed. The governor's papers are fourth. First is a small collection of a "
           "county surveyor's field books, which genealogists apparently love.",
           "The lesson, I think, is that processing priorities set by reputation do not match what users need. "
           "We are going to look at the search terms people arrive with before we set next year's backlog "
           "order.",
       ], ("processing",)),
    _w("mt-lonearranger", MT, "/2011/02/letter-to-a-new-lone-arranger.html", "post", 2,
       "Letter to a new lone arranger", "Gideon Marsh", "2011-02-15", [
           "A former intern of mine has just taken her first job as the only archivist at a small college. She "
           "asked me what I wish I had known. This is a lightly edited version of what I sent her.",
           "Make a friend in the library and a friend in facilities in the first month. Write down every "
           "decision you make and why, because nobody will remember it in five years, including you. Do not "
           "promise the president's office a digitisation project until you know how much storage costs.",
           "You will feel very alone. Find your people elsewhere. Join the lone arrangers list and read it even "
           "when it is quiet. Follow the archivists who blog, and comment when you have something to add, because "
           "that is how they learn your name. When you are stuck, write to me, or to anyone who has done the "
           "job, and ask. We like being asked.",
           "And take the vacation days. The collections will be there when you get back.",
       ], ("advice", "lone arrangers")),
    _w("mt-humidity", MT, "/2011/05/humidity-again.html", "post", 0,
       "Humidity, again", "Gideon Marsh", "2011-05-30", [
           "The dataloggers in the basement stacks read 68 percent relative humidity this morning, which means "
           "the dehumidifier has failed again. Facilities says Tuesday.",
           "In the meantime we have moved the photograph collections to the reading room, where it is 51 percent "
           "and a researcher asked whether we were having a sale.",
       ], ("preservation",)),
    _w("mt-regional", MT, "/2011/09/notes-from-the-regional-meeting.html", "post", 1,
       "Notes from the regional meeting", "Gideon Marsh", "2011-09-26", [
           "The regional archivists' fall meeting was in a former textile mill this year, which was fitting "
           "for a day spent mostly on industrial records.",
           "The morning session on appraising corporate records was the best: three speakers, three different "
           "approaches, and a frank discussion of what to do when a company wants its records back. The "
           "afternoon on born-digital accessioning was thinner but had a useful checklist for disk imaging.",
           "Someone at lunch had been live-tweeting the sessions, and I was surprised how many people at my "
           "table had followed along from their phones rather than listening. Next year's meeting is in the "
           "spring, at the state capitol.",
       ], ("meetings",)),

    # --- MLIS Journey: a student's Blogger blog (Soho) ----------------------------------------------------
    _w("soho-linkedin", SOHO, "/2023/02/i-found-mentor-on-linkedin.html", "post", 3,
       "I found a mentor on LinkedIn (and didn't die of awkwardness)", "Priya N.", "2023-02-19", [
           "Okay so. Remember in January when I said my goal this semester was to 'network'? I had no idea what "
           "that meant. I still kind of don't. But I did one thing that worked and I want to write it down.",
           "I made a list of five people on LinkedIn whose jobs I want in ten years (academic librarians doing "
           "data services, mostly). I read their posts for two weeks. Then I sent each of them a short message: "
           "I'm an MLIS student, I liked your post about research data management workshops, would you have "
           "twenty minutes to tell me how you got into data librarianship?",
           "Three said yes!! One of them, a data services librarian at a university across the country, ended "
           "the call by saying 'you can email me whenever, I mean it.' We have talked twice more since. She "
           "reviewed my resume, told me which electives actually matter, and introduced me to someone on the "
           "hiring committee of a residency program. That is a mentor, right? I think that is a mentor.",
           "What I learned: keep the first message short, mention something specific they posted, ask for a "
           "small amount of time, and have questions ready. Also, LinkedIn is way less cringe when you use it to "
           "talk to actual humans instead of posting about 'synergy'.",
       ], ("mentoring", "linkedin", "career")),
    _w("soho-cataloging", SOHO, "/2023/03/week-6-cataloging-is-language.html", "post", 0,
       "Week 6: cataloging is a language", "Priya N.", "2023-03-05", [
           "Week six of Organization of Information and I have accepted that MARC is a language and I am a "
           "tourist with a phrasebook. 245 is the title. 100 is the main entry. Subfield c is where the "
           "statement of responsibility goes and I will never forget it because I lost two points for it.",
           "Our group project is cataloging ten items from the professor's weird personal collection. I got a "
           "board game, a zine and a cassette of whale songs. Send help.",
       ], ("coursework",)),
    _w("soho-discord", SOHO, "/2023/04/discord-study-group-secret-mentoring.html", "post", 3,
       "Our Discord study group is secretly a mentoring program", "Priya N.", "2023-04-11", [
           "Our program is fully online, which means I have never been in a room with any of my classmates. In "
           "the fall a second-year student started a Discord server for our cohort, and it has become the most "
           "useful part of grad school for me.",
           "There are channels for each class, obviously, but the good stuff is in #jobs-and-careers and "
           "#ask-a-second-year. The second-years answer questions about which professors to take and which "
           "practicum sites are good. A few alumni joined too, and they answer the scary questions: how much "
           "do school librarians in this state make, is it okay to ask about remote work in an interview, what "
           "do you say when a reference question is way over your head.",
           "Last week an alum who is now a branch manager did a voice chat about applying for your first "
           "professional job. Forty people showed up. She stayed for two hours. Nobody called it mentoring, but "
           "that is exactly what it was, and it happened because someone made a space for it.",
           "If your program doesn't have one, start one. The alumni are out there and they want to help.",
       ], ("discord", "community")),
    _w("soho-practicum", SOHO, "/2023/05/practicum-reflections.html", "post", 1,
       "Practicum reflections", "Priya N.", "2023-05-20", [
           "My practicum at the county history center ended this week. I processed two small collections, "
           "wrote my first finding aid, and learned that archival boxes are heavier than they look.",
           "My site supervisor was great: patient, funny, and very honest about the job market. She also "
           "told me to follow a couple of archivists on Mastodon, which I did. The best moment was a "
           "researcher finding her great-grandfather's letter in a collection I had just processed. I "
           "almost cried.",
           "Final paper due Friday. Then summer.",
       ], ("practicum",)),
    _w("soho-interviews", SOHO, "/2023/07/job-hunt-diary-informational-interviews.html", "post", 2,
       "Job hunt diary: informational interviews", "Priya N.", "2023-07-08", [
           "Job hunt, week three. I have applied to nine jobs and heard back from one (rejection, but a nice "
           "one). My cover letter template is on version eleven.",
           "The thing that is helping most is informational interviews. I have done four this month, all "
           "with people I found through the alumni Discord or on LinkedIn. Each one gives me a better sense of "
           "what the job actually is, and two of them have offered to look at my applications before I send "
           "them. One librarian told me flat out that my cover letter was too long and too humble, and she was "
           "right.",
           "I'm also sitting in on a weekly job-search support call that a professional association runs over "
           "Zoom. It is half advice from experienced librarians and half people venting, which is honestly also "
           "useful.",
           "Meanwhile: rent is due and I am working extra shifts at the coffee shop. Fingers crossed.",
       ], ("job hunt",)),

    # --- The Woven Shelf: a Ghost magazine (Dope) about library work -----------------------------------
    _w("dope-exodus", DOPE, "/after-the-exodus-where-library-twitter-went/", "article", 3,
       "After the exodus: where library Twitter went", "Ines Okafor", "2024-02-06", [
           "For about a decade, if you were a librarian who wanted to learn something from another librarian, "
           "there was a good chance it happened on Twitter. Weekly chats with hashtags, conference backchannels, "
           "threads in which a cataloguer in one country explained an authority record to a student in another. "
           "New professionals found people to ask, and sometimes people who would go on to write their "
           "references, review their manuscripts and recommend them for jobs.",
           "That world has scattered. We spent a month talking to library and archives workers about where "
           "their professional conversations went, and what they lost and gained along the way.",
           "Many went to Mastodon, often to a handful of instances run by and for library people. 'It is "
           "quieter, and for a while I thought that meant it was worse,' a public services librarian in "
           "Manchester told us. 'Then I realised I was actually reading the replies instead of scrolling "
           "past them.' She has kept the habit, started on Twitter, of posting a question every Friday and "
           "tagging it so others can find it. The answers come more slowly, she says, but from people who have "
           "thought about them.",
           "Others went to Bluesky, especially after starter packs made it easy to follow dozens of archivists "
           "or school librarians at once. A school librarian in Ohio said she rebuilt most of her network in an "
           "afternoon. 'What I haven't rebuilt is the mentoring part,' she added. 'On Twitter there were people "
           "who would notice when a new person asked something and pull them into the conversation. That takes "
           "years to grow.'",
           "For some, the move was away from public feeds altogether. Slack and Discord communities, some run "
           "by associations and some by friends, have become where people ask the questions they would not ask "
           "in public: about salaries, difficult managers, whether to leave the profession. A digital archivist "
           "who moderates one such Discord described it as 'a break room with three hundred people in it'. "
           "Senior members hold monthly office hours in a voice channel; anyone can drop in.",
           "And some went back to older tools. Several people mentioned mailing lists, which never really went "
           "away, and blogs, which they had let lapse. One academic librarian started a newsletter that began "
           "as a way to share what she was reading and has become, in her words, 'a slow-motion mentoring "
           "conversation with about two hundred people'.",
           "What was lost? Almost everyone named the same thing: the accidental encounter. On a single large "
           "network, a student could stumble on a thread by a department head and join in. On many smaller "
           "ones, you have to know where to look. Early-career librarians we spoke to were the most likely to "
           "say they did not know where the conversations were now, and the least likely to have been invited "
           "into private communities.",
           "What was gained is harder to pin down. People described smaller, more trusting groups, fewer "
           "pile-ons, more room for honest questions. Several said they had become mentors themselves in these "
           "spaces, because being one of fifty people in a channel makes it easier to answer than being one of "
           "fifty thousand.",
           "If there is a lesson, it may be that the mentoring was never really a feature of any platform. It "
           "came from people who decided to answer newcomers' questions, wherever they were. The question for "
           "the profession now is how newcomers find those people when there is no longer one obvious place to "
           "look.",
       ], ("networks", "social media")),
    _w("dope-bluesky", DOPE, "/bluesky-starter-packs-for-archivists/", "article", 2,
       "Bluesky starter packs for archivists, and what to do after you follow", "Tom Reyes", "2024-05-14", [
           "Starter packs have been the fastest way for archives people to find each other on Bluesky. There are "
           "now packs for digital preservation, for records managers, for archivists of colour, for audiovisual "
           "archivists and for students.",
           "Following a pack gets you a feed, but it does not get you a network. The people we asked had the "
           "same advice: reply to things, share what you are working on, and ask questions. One processing "
           "archivist said a single question about a born-digital accession led to a standing monthly call with "
           "two more experienced colleagues who had solved the same problem.",
           "A few practical notes. Custom feeds filtered on archival keywords are worth setting up. Lists are "
           "better than follows for people who post a lot. And if you run a pack, keep it current: nothing says "
           "'abandoned' like a pack full of deleted accounts.",
           "We have put our own pack of archives writers and editors at the bottom of this page.",
       ], ("networks", "archives")),
    _w("dope-slack", DOPE, "/peer-mentoring-circles-that-meet-in-slack/", "article", 3,
       "Peer mentoring circles that meet in Slack", "Ines Okafor", "2024-06-25", [
           "When a regional library association surveyed its early-career members, the top request was not "
           "training or conferences. It was someone to talk to. The association did not have enough senior "
           "volunteers for one-to-one mentoring, so it tried peer mentoring circles instead.",
           "Each circle is six to eight librarians at similar career stages, from different kinds of libraries, "
           "with a private channel in the association's Slack. A volunteer facilitator with more experience "
           "posts a prompt every two weeks (negotiating a first raise, saying no to extra work, moving into "
           "management) and the circle talks it through, asynchronously, over a few days. Once a month they "
           "meet on video.",
           "'The Slack part surprised me,' said one participant, a teen services librarian. 'I thought the video "
           "calls would be the main thing. But being able to post at midnight, "
           "I just had the worst storytime of my life, and have three people answer by breakfast, that was "
           "what kept me going.'",
           "Facilitators say the hardest part is getting quieter members to post. What works: small, specific "
           "prompts, a norm that every post gets at least one reply, and facilitators who share their own "
           "mistakes first.",
           "The association now runs twelve circles and plans to open them to library assistants next year.",
       ], ("mentoring", "slack")),
    _w("dope-sponsor", DOPE, "/the-mentor-myth-sponsorship/", "article", 1,
       "The mentor myth: why sponsorship matters more for library leaders", "Tom Reyes", "2024-08-13", [
           "Advice is cheap. That is the argument of a growing body of management research, which finds that "
           "people from underrepresented groups are often over-mentored and under-sponsored: they receive "
           "plenty of advice but fewer people willing to spend their own credibility to put them forward for "
           "stretch assignments and promotions.",
           "In libraries, where leadership pipelines are narrow and directors often come from outside, "
           "sponsorship can decide who gets the interim head role that leads to the permanent one. Several "
           "directors we spoke to said they now keep a list of staff they are actively advocating for, and "
           "review it with HR each year.",
           "Mentoring is still valuable, whether over coffee or over LinkedIn messages. But if you are a senior "
           "librarian, ask yourself whose name you have said in a room they were not in.",
       ], ("leadership",)),
    _w("dope-ml", DOPE, "/teacher-student-networks-explained/", "article", 0,
       "Teacher, student, network: the machine learning vocabulary your vendors are using", "Tom Reyes",
       "2024-10-01", [
           "Vendor demos are full of words that sound like our own. A 'teacher network' is a large neural "
           "network whose outputs are used to train a smaller 'student network', a technique called "
           "distillation. A 'mentor' in some papers is a model that guides another's training. None of this has "
           "anything to do with people.",
           "Why should librarians care? Because the smaller, distilled models are what ends up inside discovery "
           "tools and chat assistants, and they inherit the teacher's errors. When a vendor says their "
           "assistant was 'trained by a state-of-the-art network', ask which one, on what, and how it was "
           "evaluated on queries like your users'.",
           "A glossary of twenty more terms is below.",
       ], ("technology",)),
    _w("dope-books", DOPE, "/summer-reading-from-the-staff-room/", "article", 0,
       "Summer reading from the staff room", "Ines Okafor", "2024-07-02", [
           "We asked library workers what they are reading this summer. Answers included a history of the "
           "card catalogue, two cosy mysteries set in bookshops, a thousand-page fantasy novel and, from one "
           "archivist, 'the manual for our new HVAC system'.",
           "The full list, with reasons, is below. Tell us yours.",
       ], ("reading",)),

    # --- Old Ref Desk: a retired reference librarian's Serendipity blog ---------------------------------
    _w("s9y-forty", S9Y, "/archives/41-Forty-years-of-mentors.html", "post", 3,
       "Forty years of mentors, from the card catalogue to Mastodon", "Ruth Abernathy", "2024-03-03", [
           "A young man at the county library asked me last month how I learned to be a reference librarian. "
           "He meant, I think, which classes. But I learned it from people, and the way I found those people "
           "changed so much over forty years that I have been thinking about it ever since.",
           "In 1979 my mentor was the woman at the next desk, Mrs. Kowalczyk, who had been answering questions "
           "since the war. She taught me to ask 'what will you do with the answer?' and to never say 'we don't "
           "have that'. I had no other way to learn from anyone outside my building except the state "
           "association's meetings, twice a year, and the letters column of the library journals.",
           "In the nineties it was the mailing lists. I joined a reference list in 1993 and for the first time "
           "I could ask a question of hundreds of librarians at once. I remember a long thread about how to "
           "handle patrons who wanted medical advice that shaped our whole department's policy. Some of the "
           "people on that list became friends; one of them, a law librarian in Oregon, I still write to.",
           "In the 2000s, blogs. I read them in a feed reader every morning with my coffee and learned about "
           "things my library would not do for years. When I became a department head in 2006, I had nobody "
           "above me who had managed a unionised staff, so I found two blogging managers who wrote honestly "
           "about it and e-mailed them. Both wrote back. One of them talked me through my first grievance over "
           "the phone.",
           "Then Twitter, which I came to late and left early, and now Mastodon, where I follow a lot of "
           "younger librarians and try to be useful. Retired people have time, and we remember what did not "
           "work the last time. When someone posts that they are scared of their first staff meeting as a "
           "manager, I answer. Sometimes they write back privately, and then we are, I suppose, mentor and "
           "mentee, though I would not dream of calling it that.",
           "What has not changed is that it depends on someone being willing to answer. Mrs. Kowalczyk did it "
           "at a desk. I try to do it in a feed. The tools are better now, but the kindness is the same.",
       ], ("memories", "mentoring")),
    _w("s9y-publib", S9Y, "/archives/44-The-PUBLIB-list-remembered.html", "post", 2,
       "The public library list, remembered", "Ruth Abernathy", "2024-04-18", [
           "A reader asked after my last post which mailing list I meant. It was the public libraries list, "
           "which I joined through my library's first internet account, a dial-up line we shared with the "
           "business office.",
           "The list was noisy and sometimes rude. There were flame wars about filtering and about whether "
           "libraries should lend videos. But there was also a great deal of plain help. Newer librarians "
           "asked how to write a policy, how to talk to a board, how to survive a bond election, and older "
           "librarians answered at length.",
           "I kept a binder of the best answers. I gave it to my successor when I retired. I hope she threw it "
           "out and started her own.",
       ], ("memories", "mailing lists")),
    _w("s9y-tomatoes", S9Y, "/archives/45-Tomatoes.html", "post", 0,
       "Tomatoes", "Ruth Abernathy", "2024-07-29", [
           "The tomatoes have come in all at once, as they do. I have made sauce twice and given away two "
           "grocery bags to the neighbours. Next year: fewer plants.",
       ], ("garden",)),
    _w("s9y-forum", S9Y, "/archives/47-Answering-questions-for-newer-librarians.html", "post", 3,
       "Answering questions for newer librarians", "Ruth Abernathy", "2024-09-12", [
           "I have started answering questions on a forum for early-career public librarians. Somebody asked how "
           "to handle a board member who keeps calling her directly, and I found I had a lot to say. I try to "
           "give the reason behind the advice, not just the advice, because situations differ and the reason "
           "is what travels. Twice now, people have messaged afterwards to ask follow-up questions, and one "
           "asked whether I would be willing to talk every few weeks while she gets through her first year as "
           "a director. I said yes. It is the best thing I have done since I retired, apart from the garden.",
       ], ("mentoring", "forums")),
    _w("s9y-reunion", S9Y, "/archives/48-Reunion-dinner.html", "post", 1,
       "Reunion dinner", "Ruth Abernathy", "2024-10-20", [
           "Eleven of us from the old central library had dinner on Saturday, the first time since before the "
           "pandemic. We told the same stories as always: the flood of '96, the patron with the parrot, the "
           "director who banned the radio.",
           "Janet, who was our newest hire in 1998, is now running a library system of her own. She said the "
           "thing that helped most early on was the group of us who answered her questions on the staff e-mail "
           "list at all hours. We paid, we laughed, we promised not to wait five years next time.",
       ], ("friends",)),

    # --- a consortium's mentoring programme space on Confluence ----------------------------------------
    _w("wiki-overview", WIKI, "/display/MENTOR/Programme+Overview", "document", 3,
       "Programme Overview", "Rajinder Kaur", "2025-01-20", [
           "The Network Mentoring Scheme pairs library and information staff from the consortium's 34 member "
           "institutions with experienced colleagues at another member library. It runs for twelve months, "
           "from March to February, and is delivered almost entirely online.",
           "Why online: our members are spread across a large and mostly rural region, and most staff cannot "
           "travel to meet a mentor regularly. Previous in-person schemes reached the same few urban libraries "
           "every year. Since moving online in 2021, participation from small and rural libraries has tripled.",
           "How it works: each pair agrees a mentoring agreement in the first month (goals, frequency, channel). "
           "Most meet on video once a month and message in between, using the consortium Slack workspace, where "
           "every pair has a private channel. All participants also join the #mentoring-scheme channel, where "
           "the coordinator posts a monthly theme and mentees can ask questions of the whole group.",
           "Group sessions: four times a year we hold a webinar for all participants, recorded and posted to "
           "this space. Topics are chosen by mentees; last year's were applying for promotion, managing "
           "volunteers, research data and saying no.",
           "Eligibility: any staff member of a member institution, professional or paraprofessional, with the "
           "agreement of their line manager. Mentors should have at least five years' experience in the sector.",
           "See the Mentor Guide and the Mentee FAQ for more detail. Applications for the 2025 cohort close on "
           "14 February.",
       ], ("mentoring-scheme",)),
    _w("wiki-mentorguide", WIKI, "/display/MENTOR/Mentor+Guide", "document", 3,
       "Mentor Guide: running sessions online", "Rajinder Kaur", "2025-01-22", [
           "This guide is for mentors in the Network Mentoring Scheme. It collects what past mentors have told "
           "us about mentoring at a distance.",
           "Before the first session: read your mentee's application, then send a short, friendly message in "
           "your pair's Slack channel introducing yourself. Suggest two or three times for a first video call. "
           "Keep the first call informal; agree the mentoring agreement in the second.",
           "Video sessions: 45 to 60 minutes is enough. Let the mentee set the agenda. Cameras on is nice but "
           "not compulsory. Take brief notes and post the agreed actions in the channel afterwards so both of "
           "you can find them.",
           "Between sessions: the channel is for quick questions, sharing articles and encouragement. Agree "
           "response times (we suggest within three working days) so that neither of you feels on call. Do not "
           "use the channel for anything you would not want the coordinator to see; it is a work system.",
           "Widening the network: one of the most valued things a mentor can do is introduce the mentee to "
           "other people. Point them to relevant mailing lists, online communities and webinars, and introduce "
           "them by e-mail or message to colleagues who can help with specific questions.",
           "Difficulties: if a mentee stops responding, send one gentle check-in, then contact the coordinator. "
           "If a conversation raises a wellbeing or HR concern, follow the safeguarding page.",
       ], ("mentoring-scheme", "guide")),
    _w("wiki-faq", WIKI, "/display/MENTOR/Mentee+FAQ", "document", 2,
       "Mentee FAQ", "Rajinder Kaur", "2025-01-22", [
           "Do I need to be a qualified librarian? No. The scheme is open to all library and information staff.",
           "How often will I meet my mentor? Most pairs meet monthly on video. You agree this together.",
           "Can I choose my mentor? You can tell us what you would like help with and we match on that. We "
           "avoid pairing people from the same institution.",
           "What if it is not working? Tell the coordinator; we can rematch you, no questions asked.",
           "Is there a cost? No. Your library's membership covers it. You will need about three hours a month.",
           "Where can I find other mentees? In the #mentoring-scheme Slack channel, and at the quarterly "
           "webinars.",
       ], ("mentoring-scheme", "faq")),
    _w("wiki-notes", WIKI, "/display/MENTOR/2025-03-12+Steering+Group+Meeting+notes", "document", 1,
       "2025-03-12 Steering Group Meeting notes", "Rajinder Kaur", "2025-03-12", [
           "Attendees: R. Kaur (chair), D. Fenwick, M. Osei, L. Tran. Apologies: S. Byrne.",
           "Budget: the consortium board approved the 2025-26 budget with a 4 percent reduction in the "
           "training line. Agreed to move the autumn training day online to save venue costs.",
           "Shared catalogue: migration testing is two weeks behind. D. Fenwick to escalate with the vendor.",
           "Mentoring scheme: 41 pairs matched this year; one rematch. No other issues.",
           "Action items: LT to circulate the revised training calendar; MO to draft the annual report.",
       ], ("meeting-notes",)),
    _w("wiki-ill", WIKI, "/display/MENTOR/ILL+Returns+Workflow", "document", 0,
       "ILL Returns Workflow", "Lan Tran", "2024-11-05", [
           "Items borrowed through the consortium's interlibrary loan network are returned through the courier, "
           "not by post.",
           "Step 1: check the item in at your circulation desk to clear the patron record. Step 2: print the "
           "return slip from the ILL module and place it inside the front cover. Step 3: put the item in the "
           "courier bag for the owning library. Step 4: mark the request 'returned' in the network.",
           "Damaged items: do not return; contact the owning library first.",
       ], ("ill",)),

    # --- an OpenEdition-like journal ------------------------------------------------------------------
    _w("lodel-pln", LODEL, "/infodoc/412", "journal-article", 3,
       "Learning in public: the professional learning networks of school documentalists on X and Mastodon",
       "Claire Vautrin", "2023-06-15", [
           "School documentalists in France occupy an unusual position: they are teachers, recruited through a "
           "competitive examination, who run the school's documentation and information centre, and they are "
           "very often the only person in their school with that role. Isolation is a recurring theme in the "
           "profession's literature. This article examines how documentalists have used social networks, first "
           "X (formerly Twitter) and more recently Mastodon, to build what the international literature calls "
           "personal or professional learning networks.",
           "We draw on three sources: a corpus of 14,200 posts published between 2015 and 2022 under the "
           "profession's main hashtags, semi-structured interviews with 27 documentalists at different career "
           "stages, and a questionnaire completed by 412 members of professional associations.",
           "The corpus shows a clear pattern of exchange. Roughly a third of posts are questions, and the "
           "majority of these receive at least one answer within a day. Questions about pedagogy (how to teach "
           "source evaluation to 11-year-olds, how to run a press week) dominate, followed by questions about "
           "the examination and about career progression. Answers come disproportionately from a small group "
           "of experienced accounts, several of them trainers at teacher education institutes.",
           "Interviews show that many documentalists describe these exchanges as a form of mentoring, even "
           "where they avoid the word. Early-career participants speak of 'people I could ask', of 'seniors on "
           "Twitter', of being 'taken under the wing' of colleagues they had never met. Several described "
           "private message exchanges that lasted for years and that had helped them prepare the examination "
           "or change schools. Experienced documentalists, for their part, speak of a responsibility toward "
           "newcomers and of the pleasure of being useful beyond their school.",
           "The migration to Mastodon from 2022 has changed the shape of these networks. The questionnaire "
           "shows that about 40 percent of respondents who were active on X now post mainly on Mastodon, often "
           "on an instance for education professionals. Respondents value the absence of algorithmic ranking "
           "and the calmer tone, but many regret that newcomers to the profession are harder to reach: the "
           "students and trainees who found the profession's hashtags by chance on X do not find the Mastodon "
           "instances without being shown.",
           "We propose to understand these networks as infrastructures of informal professional learning, "
           "sustained by a norm of reciprocity and dependent on the availability of a few experienced members. "
           "Institutions have largely ignored them; the training schemes for new documentalists make no "
           "reference to them. We conclude with recommendations: that initial training introduce trainees to "
           "the profession's networks, that experienced documentalists' contribution be recognised, and that "
           "associations maintain open spaces where questions can be asked without a prior network.",
           "Limitations: the corpus is restricted to public posts and cannot see private exchanges, and the "
           "questionnaire respondents, recruited through associations, are likely to be more connected than "
           "the profession as a whole.",
       ], ("social networks", "professional learning")),
    _w("lodel-archedu", LODEL, "/infodoc/418", "journal-article", 2,
       "Mentorship in archival education: results of a survey of recent graduates", "Samuel Okonkwo",
       "2023-06-15", [
           "Mentoring is widely recommended in archival education, but little is known about how recent "
           "graduates actually find and use mentors. We surveyed 186 graduates of archival studies programs "
           "from 2018-2022.",
           "Seventy-one percent reported having at least one mentor. Most mentoring relationships began "
           "during practicums or first jobs, with supervisors or colleagues. A substantial minority (29 percent "
           "of those with mentors) said their most important mentor was someone they met online: through a "
           "professional association's mentoring program run by video, a mailing list, or social media.",
           "Graduates with mentors were more likely to be in permanent positions two years after graduation, "
           "though the causal direction is unclear. Respondents valued mentors most for advice about job "
           "applications and workplace politics, and least for technical skills, which they sought from "
           "documentation and colleagues.",
           "We recommend that programs formalise connections between students and practitioners and that "
           "associations evaluate their remote mentoring schemes.",
       ], ("archival education", "mentoring")),
    _w("lodel-aggregation", LODEL, "/infodoc/425", "journal-article", 0,
       "Metadata aggregation and network effects in regional heritage portals", "Hélène Marchetti",
       "2023-12-01", [
           "Regional heritage portals aggregate records from dozens of libraries, archives and museums. This "
           "article examines how the number of contributing institutions affects the portal's use, using "
           "log data from three portals between 2016 and 2021.",
           "We find network effects: each additional contributor increases traffic to existing contributors' "
           "records, mainly through cross-collection search. The effect weakens beyond about forty "
           "contributors, as metadata heterogeneity degrades search quality.",
           "We discuss the implications for aggregation policy, including the value of shared vocabularies "
           "and of harvesting protocols that carry provenance information.",
       ], ("metadata", "portals")),
    _w("lodel-outreach", LODEL, "/infodoc/431", "journal-article", 1,
       "School libraries on Instagram: outreach to pupils in lower secondary schools", "Léa Fontaine",
       "2023-12-01", [
           "Some school libraries now run Instagram accounts to promote reading and events to pupils. We "
           "analysed 60 accounts and interviewed eight of the librarians who run them.",
           "Accounts post mainly book recommendations, photos of displays and reminders of opening hours. "
           "Engagement is highest for posts featuring pupils' own work. Librarians report that the accounts "
           "help them reach pupils who rarely visit.",
           "Several interviewees said they had learned to run the accounts from other school librarians' "
           "posts and from exchanges in an online group, but the pupils remain the focus of the article. We "
           "discuss questions of consent, image rights and the time these accounts require.",
       ], ("outreach", "instagram")),
    _w("lodel-lists", LODEL, "/infodoc/437", "journal-article", 3,
       "Asking the list: informal advice on professional mailing lists", "Martin Delorme", "2024-06-10", [
           "Professional mailing lists remain a major channel of informal advice among librarians and "
           "archivists, despite the rise of social networks. This article analyses 1,100 threads from two "
           "lists, one for academic librarians and one for archivists, in which a member asked for advice about "
           "their career or working situation.",
           "We identify four recurring forms of response: the testimonial ('when this happened to me...'), the "
           "procedural ('check your contract'), the reframing ('the question may be...') and the referral ('ask "
           "X, who has done this'). Testimonial responses are the most frequent and receive the most thanks.",
           "Responses often come from senior members who are explicit about their role: 'as someone who has "
           "hired many archivists', 'thirty years in, my advice is'. Such responses function as public "
           "mentoring, offered to the asker and to the many readers who do not post. Several threads lead to "
           "off-list contact, and in follow-ups askers describe continuing relationships.",
           "We argue that lists, precisely because they are old, slow and archived, support a kind of "
           "cumulative career guidance that newer platforms do not: newcomers search the archives and find "
           "advice given years earlier. Yet the lists are ageing, and their members are disproportionately "
           "senior. We discuss how associations might preserve this function as conversation moves elsewhere.",
       ], ("mailing lists", "advice")),

    # --- Fenwick University's Pure portal ------------------------------------------------------------
    _w("pure-ementoring", PURE, "/en/publications/e-mentoring-among-early-career-academic-librarians",
       "journal-article", 3,
       "E-mentoring among early-career academic librarians: a mixed methods study", "Aoife Brennan",
       "2022-09-01", [
           "Abstract. Purpose: to examine how early-career academic librarians use online channels to find and "
           "sustain mentoring relationships. Design: a survey of 244 librarians in their first five years of "
           "professional work, followed by 18 interviews. Findings: 62 percent had an online mentoring "
           "relationship, initiated most often through LinkedIn, Twitter or an association's online program. "
           "Participants combined formal e-mentoring with informal peer networks in Slack and Discord. Online "
           "mentoring was valued for access to expertise absent locally, but participants reported difficulty "
           "in sustaining relationships without a structure. Originality: the study distinguishes mentoring "
           "found through open social media from mentoring arranged by programs and discusses implications for "
           "associations.",
       ], ("e-mentoring",)),
    _w("pure-supply", PURE, "/en/publications/knowledge-networks-in-hospital-supply-chains", "journal-article", 0,
       "Knowledge networks in hospital supply chains", "Declan Moyes", "2023-03-01", [
           "Abstract. This article examines how procurement staff in hospitals learn about suppliers through "
           "informal knowledge networks. Drawing on 30 interviews in four hospital trusts, we show that "
           "learning flows through long-standing peer relationships across trusts and that these networks "
           "mitigate the risks of supplier failure. We discuss the implications for centralised purchasing.",
       ], ("supply chains",)),
    _w("pure-datalib", PURE, "/en/publications/career-pathways-of-data-librarians", "journal-article", 1,
       "Career pathways of data librarians", "Aoife Brennan", "2024-02-15", [
           "Abstract. Using job advertisements and 40 career histories, this article traces how librarians "
           "enter and progress in research data services. Most came from subject liaison or systems roles. "
           "Skills were acquired through workshops, on-the-job learning and, for a few, online communities of "
           "practice. Progression paths are short, and many leave for non-library research support roles.",
       ], ("data librarianship",)),
    _w("pure-report", PURE, "/files/48213907/mentoring_at_a_distance_evaluation_report.pdf", "document", 3,
       "Mentoring at a distance: evaluation of a regional online mentoring pilot for library and information "
       "staff", "Aoife Brennan", "2023-11-30", [
           "Mentoring at a distance: evaluation of a regional online mentoring pilot",
           "for library and information staff. Evaluation report, November 2023.",
           "Aoife Brennan, School of Information, Fenwick University.",
           "Summary. The pilot matched 38 mentees with mentors at other institutions.",
           "Pairs met by video and kept in touch through a shared messaging workspace.",
           "Mentees also joined a group channel and four online group sessions.",
           "Of 35 mentees who completed the pilot, 31 rated it useful or very useful.",
           "Mentees most valued career guidance, confidence and a wider professional network.",
           "Mentors valued learning about other institutions and reflecting on their practice.",
           "Barriers: workload, uneven responsiveness, and difficulty building rapport online.",
           "Group channels supported peer mentoring among mentees between sessions.",
           "Recommendations: a structured start, a named coordinator, and protected time.",
           "The report recommends continuing the scheme and extending it to paraprofessional staff.",
       ], ()),
    _w("pure-poster", PURE, "/files/51830442/slack_communities_archivists_poster.pdf", "document", 2,
       "Slack communities and archivists' professional learning (poster)", "Niamh Cullen", "2024-07-10", [
           "Slack communities and archivists' professional learning. Conference poster.",
           "Niamh Cullen, School of Information, Fenwick University.",
           "Question: what do archivists learn in workspace communities outside their employer?",
           "Method: observation of two public archives Slack workspaces for six months; 12 interviews.",
           "Findings: most messages are technical questions about tools and formats.",
           "Career advice threads are fewer but longer and draw senior members.",
           "Newer members describe these threads as mentoring from people they have never met.",
           "Funded by the School's seed grant scheme. Contact: n.cullen@fenwick.example",
       ], ()),

    # --- Shelf Talk, a podcast on Spreaker (episode pages) ----------------------------------------------
    _w("spk-zoom", SPK, "/episode/ep-41-mentoring-over-zoom-and-dms--58210341", "post", 3,
       "Ep. 41: Mentoring over Zoom and DMs", "Shelf Talk", "2025-02-04", [
           "This week Dani talks with two librarians who met on Mastodon and have been in a mentoring "
           "relationship for three years without ever meeting in person. How they started (a reply to a "
           "question about a first management job), how they keep it going (a monthly Zoom, lots of DMs), and "
           "what each of them gets out of it. Plus: listener tips on finding a mentor online.",
       ], ("mentoring",)),
    _w("spk-budget", SPK, "/episode/ep-42-budget-season-survival--58377120", "post", 0,
       "Ep. 42: Budget season survival", "Shelf Talk", "2025-02-18", [
           "Budget hearings, line items and how to explain circulation numbers to a county commissioner. With a "
           "finance officer who used to work the circ desk.",
       ], ("budgets",)),
    _w("spk-summer", SPK, "/episode/ep-43-summer-reading-promo--58540962", "post", 1,
       "Ep. 43: Summer reading promo that works", "Shelf Talk", "2025-03-04", [
           "Three youth services librarians share what actually got families to sign up for summer reading "
           "last year: school visits, a partnership with the pool, and a very silly video. Shout-out to the "
           "listeners who sent ideas through our Discord, where the youth services folks swap tips all year.",
       ], ("programming",)),
    _w("spk-storytime", SPK, "/episode/ep-44-storytime-that-works--58702715", "post", 0,
       "Ep. 44: Storytime for wigglers", "Shelf Talk", "2025-03-18", [
           "Songs, movement and the books that hold a room of two-year-olds. Our guest runs six storytimes a "
           "week and has opinions.",
       ], ("storytime",)),
    _w("spk-careers", SPK, "/episode/ep-45-listener-questions-careers--58861034", "post", 1,
       "Ep. 45: Listener questions, careers edition", "Shelf Talk", "2025-04-01", [
           "You asked, we answer: switching from academic to public libraries, whether a second master's is "
           "worth it, asking for a raise, and how to leave a job gracefully. We also plug a couple of online "
           "communities where you can ask follow-up questions. Send your questions for the next mailbag "
           "episode.",
       ], ("careers",)),

    # --- a state library's news site on Sitefinity ---------------------------------------------------
    _w("sf-launch", SF, "/news/2024/03/05/state-library-launches-online-mentoring-for-rural-library-staff", "article",
       3, "State Library launches online mentoring for rural library staff", "Communications Office",
       "2024-03-05", [
           "The State Library today launched Connect & Grow, a free online mentoring program for staff of public "
           "libraries in rural communities across the state.",
           "Many of the state's 180 rural libraries are run by one or two people, often without a degree in "
           "library science and far from colleagues who could offer advice. Connect & Grow matches them with "
           "experienced librarians from other parts of the state for a year of monthly video conversations.",
           "Participants will also join a private online community where they can ask questions of one another "
           "and of State Library consultants, and a series of webinars on topics they choose.",
           "'A library director in a town of 900 people faces the same questions as one in a city, with no one "
           "down the hall to ask,' said the State Librarian. 'This program puts a colleague at the other end of "
           "a message.'",
           "Applications for mentees and mentors are open until April 15. The program is funded through the "
           "federal Library Services and Technology Act.",
       ], ("mentoring", "rural libraries")),
    _w("sf-webinars", SF, "/news/2024/06/18/webinar-series-grow-your-professional-network", "article", 2,
       "Webinar series: Grow your professional network", "Communications Office", "2024-06-18", [
           "This fall the State Library's continuing education program offers a four-part webinar series on "
           "building and using a professional network.",
           "Sessions cover using LinkedIn as a library worker, finding your people on Mastodon, Bluesky and "
           "other social platforms, getting the most from the state's library mailing lists, and finding a "
           "mentor. Each session is one hour and earns one continuing education credit.",
           "Also this fall: webinars on grant writing, summer reading planning and the new state standards for "
           "public libraries. Register through the continuing education calendar.",
       ], ("continuing education",)),
    _w("sf-hours", SF, "/news/2024/07/01/new-hours-heritage-reading-room", "article", 0,
       "New hours for the Heritage Reading Room", "Communications Office", "2024-07-01", [
           "Beginning July 8, the Heritage Reading Room will be open Tuesday through Saturday, 9 a.m. to 5 p.m. "
           "Appointments are recommended for manuscript collections.",
       ], ("reading room",)),
    _w("sf-grant", SF, "/news/2024/08/22/digitization-grant-awarded", "article", 0,
       "State Library awarded grant to digitize historic newspapers", "Communications Office", "2024-08-22", [
           "The State Library has been awarded a two-year grant to digitize 200,000 pages of historic "
           "newspapers from 1880 to 1925.",
           "The pages will be freely available online and added to the national historic newspaper database. "
           "Local libraries and historical societies are invited to suggest titles.",
       ], ("digitization",)),
    _w("sf-awards", SF, "/news/2024/10/10/library-staff-honored-at-annual-awards", "article", 1,
       "Library staff honored at annual awards", "Communications Office", "2024-10-10", [
           "Seven library workers were honored at the State Library's annual awards ceremony on October 8.",
           "Awards went to a bookmobile driver who has served the same route for thirty years, a children's "
           "librarian who started a reading program in the county jail, a technology trainer who taught 600 "
           "seniors to video call their grandchildren, and a branch manager who hosts a monthly online chat "
           "for new library directors. The full list of honorees is below.",
       ], ("awards",)),
    _w("sf-broadband", SF, "/news/2024/11/14/community-networks-bring-broadband-to-rural-libraries", "article", 0,
       "Community networks bring broadband to rural libraries", "Communications Office", "2024-11-14", [
           "Twelve rural libraries are now connected to community-owned fiber networks thanks to a partnership "
           "between the State Library and local electric cooperatives.",
           "The libraries' connections increased from an average of 25 megabits to 1 gigabit, supporting "
           "telehealth rooms, online classes and public Wi-Fi that reaches the parking lot after hours.",
       ], ("broadband",)),
])

OTHER: list[tuple[str, str, str]] = [
    (WP, "/", "home"), (WP, "/about/", "about"), (WP, "/contact/", "contact"),
    (WP, "/category/professional-development/", "category"), (WP, "/tag/libchat/", "tag"),
    (WP, "/?s=mentor", "search"), (WP, "/page/2/", "listing"), (WP, "/author/mhale/", "profile"),
    (WP, "/2012/05/moving-day/", "error"),
    (MT, "/", "home"), (MT, "/archives.html", "listing"), (MT, "/careers/", "category"), (MT, "/about.html", "about"),
    (MT, "/mt/mt-search.cgi?IncludeBlogs=1&search=mentor", "search"),
    (SOHO, "/", "home"), (SOHO, "/search/label/mentoring", "tag"), (SOHO, "/search?q=linkedin", "search"),
    (SOHO, "/p/about-me.html", "about"), (SOHO, "/2023/", "listing"),
    (DOPE, "/", "home"), (DOPE, "/tag/networks/", "tag"), (DOPE, "/tag/mentoring/", "tag"),
    (DOPE, "/author/ines/", "profile"), (DOPE, "/about/", "about"), (DOPE, "/page/2/", "listing"),
    (S9Y, "/", "home"), (S9Y, "/categories/2-Memories", "category"), (S9Y, "/archive", "listing"),
    (S9Y, "/pages/contact.html", "contact"),
    (WIKI, "/display/MENTOR/Home", "home"), (WIKI, "/dosearchsite.action?queryString=mentor", "search"),
    (WIKI, "/display/~rkaur", "profile"), (WIKI, "/display/MENTOR/Mentor+Handbook+2022", "error"),
    (LODEL, "/infodoc/", "home"), (LODEL, "/infodoc/405", "listing"), (LODEL, "/infodoc/103", "about"),
    (LODEL, "/infodoc/552", "profile"),
    (PURE, "/en/", "home"), (PURE, "/en/persons/aoife-brennan", "profile"), (PURE, "/en/publications/", "listing"),
    (PURE, "/en/publications/?search=mentoring", "search"),
    (PURE, "/en/organisations/school-of-information", "category"),
    (SPK, "/show/shelf-talk-library-podcast", "home"), (SPK, "/user/shelftalk", "profile"),
    (SF, "/", "home"), (SF, "/news", "listing"), (SF, "/about-us", "about"), (SF, "/contact-us", "contact"),
    (SF, "/news/-in-tags/tags/mentoring", "tag"), (SF, "/news/-in-category/categories/professional-development",
                                                     "category"),
    (SF, "/search-results?searchQuery=mentor&indexCatalogue=site", "search"),
    (SF, "/news/2023/11/02/annual-conference-recap", "error"), (SF, "/news/2024/01/09/winter-closures", "error"),
]
