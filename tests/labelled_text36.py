"""Web 36's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

FEDI = "social.stacks.example"        # Mitra
ASK = "ask.infopros.example"          # Askbot
LISTS = "listarchive.example"         # a MarkMail-like archive
DL = "dl.infosoc.example"             # an ACM Digital Library-like page
DV = "dataverse.univ.example"         # Harvard Dataverse dataset pages
DRYAD = "datadryad.example"           # Dryad dataset pages
VIDEO = "lib.hosted.panopto.example"  # Panopto
EDX = "learn.libschool.example"       # an Open edX course
CAMPUS = "library.northfield.example" # Modern Campus CMS
ASSOC = "archivists-assoc.example"    # Squiz Matrix
HOSTS = (FEDI, ASK, LISTS, DL, DV, DRYAD, VIDEO, EDX, CAMPUS, ASSOC)


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


WORKS = {
    # --- Mitra (fediverse) ---
    "fedi1": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a01", "post", 3, "Note by @margit", "Margit Ellery",
               "2024-02-03",
               "Ten years in cataloguing and the best mentor I ever had is someone I have never met in person. "
               "She answered a question of mine on the old #critlib chat, then kept answering for years. "
               "If you are new and lurking here: ask. We remember being new. #LibMentoring #GLAM"),
    "fedi2": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a02", "post", 3, "Note by @tomas_archives",
               "Tomas Reyes", "2024-02-05",
               "Starting a small peer mentoring circle for early-career archivists on this server. Six people, "
               "a monthly call, a shared thread in between where we post drafts of cover letters, finding aids "
               "we are stuck on, questions we feel silly asking at work. Reply or DM if you want in.",
               "Mid-career folks welcome too: the point is that everyone teaches something. #archives #mentoring"),
    "fedi3": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a03", "post", 2, "Note by @margit", "Margit Ellery",
               "2024-03-11",
               "Moved most of my professional reading from the bird site to here. Fewer hot takes, more people "
               "posting their actual workflows. Still miss the Thursday night chats where a newbie could get "
               "five seasoned reference librarians' advice in an hour.",
               "Anyway the sourdough is finally behaving. Photo below."),
    "fedi4": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a04", "post", 0, "Note by @tomas_archives",
               "Tomas Reyes", "2024-03-20",
               "Reading room closed Friday for HVAC work. The boxes of the 1911 flood collection are safe, the "
               "humidity logger says so, and so does my nose."),
    "fedi5": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a05", "post", 1, "Note by @ines_metadata",
               "Ines Kowal", "2024-04-02",
               "Finished migrating 40,000 records to the new authority file. Shout-out to the person on the "
               "metadata mailing list who told me in 2019 to learn regular expressions; today it paid off. "
               "Next week: deduplication and far too much coffee."),
    "fedi6": W(FEDI, "/post/0189a2c4-7f31-4b2e-9a10-3c5d6e7f8a06", "post", 3, "Note by @ines_metadata",
               "Ines Kowal", "2024-04-19",
               "Thread on finding mentors online when your workplace has none (1/4).",
               "Solo librarians: you are not alone. Follow the hashtags of your specialty, read for a month, then "
               "reply with something useful. Mentoring starts with being visible.",
               "Ask for small things: a 20-minute call, feedback on one paragraph of a proposal. Most senior "
               "people say yes to small asks and no to 'will you be my mentor'.",
               "And when someone helps you, pay it forward to the person two steps behind you. That is the "
               "whole network (4/4)."),
    # --- Askbot ---
    "ask1": W(ASK, "/questions/2281/how-do-i-find-a-mentor-as-a-new-school-librarian/", "post", 3,
              "How do I find a mentor as a new school librarian?", "jlowe", "2023-09-14",
              "I am the only librarian in a K-8 school and my district has no mentoring program. Where do people "
              "find mentors online? I have a LinkedIn account I never use.",
              "Answer (kpatel, 14 votes): Join your state association's listserv and introduce yourself, then "
              "look for the Facebook or Discord group school librarians in your region use. I found two "
              "mentors by answering questions there before I asked any.",
              "Answer (retired_rita): I mentored a dozen new school librarians over email after I retired. Most "
              "found me through a blog comment. Write to people whose posts you admire; we like being asked."),
    "ask2": W(ASK, "/questions/2290/is-linkedin-worth-it-for-archivists/", "post", 2,
              "Is LinkedIn worth it for archivists?", "dmarsh", "2023-10-02",
              "Recruiters keep messaging me about records management jobs. Is LinkedIn actually useful for "
              "career development in archives, or just noise?",
              "Answer (tomas_r): Mostly noise for jobs, but the groups are where I got advice from senior "
              "archivists about moving into digital preservation. One of them still reviews my conference "
              "proposals.",
              "Answer (ops_lead): Keep your profile current for the recruiters; that is all it is for."),
    "ask3": W(ASK, "/questions/2302/marc-856-field-for-multiple-urls/", "post", 0,
              "MARC 856 field for multiple URLs?", "ines_k", "2023-10-11",
              "Should each URL get its own 856 or can I repeat subfield u? Our discovery layer shows only the "
              "first one.",
              "Answer (catalog_ed): Repeat the field, one 856 per resource, with indicator 2 set to 0 or 1."),
    "ask4": W(ASK, "/questions/2317/good-slack-or-discord-communities-for-librarians/", "post", 3,
              "Good Slack or Discord communities for librarians?", "newmlis", "2023-11-03",
              "I am finishing my MLIS and feel cut off since classes went online. Are there Slack or Discord "
              "servers where new librarians get advice from experienced ones?",
              "Answer (kpatel): The Library Think Tank style Facebook groups are big but chaotic. Smaller "
              "Discords for students and new grads run resume review nights where people with hiring "
              "experience go through your CV live. That is informal mentoring at its best.",
              "Answer (margit_e): Our regional association runs a Slack with a #mentoring channel: you post "
              "what you want help with and a volunteer picks it up. It has matched about forty pairs so far."),
    "ask5": W(ASK, "/questions/2331/how-to-become-a-mentor-without-burning-out/", "post", 3,
              "How to become a mentor without burning out?", "libsenior", "2024-01-08",
              "I get several DMs a week from students asking for career advice. I like helping but I cannot "
              "answer everyone one by one. How do other experienced librarians handle this?",
              "Answer (retired_rita): Do group mentoring. I host an open video call once a month and point "
              "everyone who messages me to it. The questions repeat, and people learn from each other's.",
              "Answer (ines_k): Write a blog post answering the ten questions you get most often and send the "
              "link. Then offer a call only for what the post does not cover."),
    "ask6": W(ASK, "/questions/2345/mentor-text-for-a-third-grade-writing-unit/", "post", 0,
              "Mentor text for a third grade writing unit?", "mrsgarcia", "2024-01-22",
              "Teachers asked me for mentor texts for a personal narrative unit. Which picture books work as "
              "models of small-moment writing?",
              "Answer (kpatel): Try books with a single vivid scene; the teachers will want short ones they can "
              "read aloud twice."),
    "ask7": W(ASK, "/questions/2360/do-webinars-count-as-professional-development/", "post", 1,
              "Do webinars count toward recertification hours?", "dmarsh", "2024-02-15",
              "My state requires 60 hours of professional development every five years. Do recorded webinars "
              "count, or only live ones?",
              "Answer (libsenior): Check the state rules; ours accept recorded ones with a certificate. I also "
              "learned more from the chat beside one webinar, where a mentor of mine answered everyone's "
              "follow-ups, than from the slides, but that part earns no hours."),
    # --- MarkMail-like archive ---
    "list1": W(LISTS, "/message/v7kq3m2xw4ab", "post", 3, "[NEWLIB-L] Mentoring match-up, spring round",
               "Dana Whitfield", "2023-03-01",
               "Hello all, the spring round of the list's mentoring match-up is open. If you have been in the "
               "field five years or more and can give an hour a month, please reply off-list with your areas. "
               "If you are a student or in your first job, tell us what you want to learn.",
               "Last round we matched 31 pairs. Several told us the most useful thing was simply having someone "
               "to email before a hard conversation with a supervisor. Pairs meet however suits them: email, "
               "video, or in a few cases a weekly thread on Mastodon.",
               "Questions welcome here on the list. -- Dana, list co-moderator"),
    "list2": W(LISTS, "/message/v7kq3m2xw4ac", "post", 2, "Re: [NEWLIB-L] Mentoring match-up, spring round",
               "Sam Okafor", "2023-03-02",
               "Seconding this. I was matched in 2021 and my mentor helped me rewrite my cover letter for the "
               "job I have now. Also, the list archive is full of old threads where people asked 'how do I get "
               "into special libraries' and got thirty answers; search it before you post.",
               "> If you are a student or in your first job, tell us what you want to learn.",
               "> Pairs meet however suits them"),
    "list3": W(LISTS, "/message/v7kq3m2xw4ad", "post", 0, "[ARCHIVES-L] Box sizes for oversize maps",
               "Lena Moss", "2023-04-12",
               "Does anyone have a vendor for custom drop-front boxes around 30 by 40 inches? Our flat files are "
               "full and the maps are rolled, which everyone agrees is bad."),
    "list4": W(LISTS, "/message/v7kq3m2xw4ae", "post", 1, "[ARCHIVES-L] Re: Box sizes for oversize maps",
               "Hal Brennan", "2023-04-13",
               "We used a local framer who cut archival board to size for less than the catalogue price. "
               "Off-topic, but since you mention rolled maps: the new humidification workshop at the regional "
               "conference is run by the person who mentored me when I started, and she is excellent.",
               "> Our flat files are full and the maps are rolled"),
    "list5": W(LISTS, "/message/v7kq3m2xw4af", "post", 3, "[NEWLIB-L] What I learned from a year of #libchat",
               "Priya Natarajan", "2023-06-20",
               "A year ago I posted here that I felt isolated as the only librarian at a community college "
               "branch. Someone suggested I join the weekly Twitter chat. I was sceptical, but here is what "
               "happened.",
               "I lurked for a month, then answered a question about embedded instruction. A department head "
               "two states away replied and we started talking. She has since read my tenure file, my first "
               "article draft and a grant proposal. I never formally asked her to be my mentor; it just happened.",
               "The chat also gave me peers: a group of five of us at similar stages who now have a group DM "
               "and meet on video every other month. We call it our accountability group.",
               "If you are isolated, I would say: pick one online community, show up regularly, and be generous. "
               "The mentoring follows."),
    "list6": W(LISTS, "/message/v7kq3m2xw4ag", "post", 0, "[SYSLIB] ILS upgrade downtime",
               "Systems Office", "2023-07-05",
               "The catalogue and circulation modules will be unavailable Sunday from 6 to 10 am for the "
               "upgrade to the new release. Offline circulation will be available at all branches."),
    # --- ACM DL-like ---
    "dl1": W(DL, "/doi/10.1145/3583780.3614901", "journal-article", 3,
             "Weak Ties, Strong Careers: Informal Mentoring of Librarians on Social Networking Sites",
             "Hannah Lindqvist; Omar Farouk", "2023-10-21",
             "Abstract. We study how early-career librarians obtain career guidance from more experienced "
             "colleagues through Twitter, LinkedIn and Mastodon. Combining 28 interviews with an analysis of "
             "4,100 public replies in professional hashtags, we find that mentoring relationships commonly "
             "begin as weak ties: a reply to a question, a shared resource, a compliment on a conference talk.",
             "These ties become mentoring when the senior party offers unsolicited follow-up and when the "
             "junior party reports back on outcomes. Platform migration in 2022-2023 broke many such ties; "
             "participants rebuilt a fraction of them on Mastodon and Bluesky, relying on mailing lists as a "
             "stable backbone.",
             "We discuss implications for professional associations designing mentoring programmes and for "
             "platforms hosting professional learning networks."),
    "dl2": W(DL, "/doi/10.1145/3583780.3614955", "journal-article", 2,
             "Community Q&A as Professional Learning: Reference Librarians on Stack-Style Forums",
             "Rui Tanaka", "2023-10-21",
             "Abstract. Question-and-answer forums are used by information professionals for peer learning. "
             "We analyse 12,000 questions from a librarians' Q&A site and classify the advice given. Technical "
             "questions dominate, but a substantial minority concerns career decisions, where answerers take a "
             "mentoring role, often sharing their own trajectories.",
             "We also report response latency and answer quality across question types."),
    "dl3": W(DL, "/doi/10.1145/3597503.3623310", "journal-article", 0,
             "Learned Sparse Retrieval for Digital Library Catalogues", "Anke Vos; Li Wei", "2023-12-04",
             "Abstract. We evaluate learned sparse retrieval models on three library catalogues with short, "
             "heterogeneous records. Expansion terms improve recall on subject searches by 11 percent while "
             "keeping inverted index latency within production budgets."),
    "dl4": W(DL, "/doi/10.1145/3597503.3623388", "journal-article", 1,
             "Who Maintains the Digital Library? A Survey of Repository Staff", "Maya Chen", "2023-12-04",
             "Abstract. We surveyed 310 staff of institutional repositories about their roles, skills and "
             "workload. Most learned repository software on the job; respondents named vendor webinars and "
             "community mailing lists, along with informal mentoring by colleagues, among their sources. The "
             "survey's focus is staffing levels and funding, which we report in detail."),
    "dl5": W(DL, "/doi/pdf/10.1145/3583780.3614901", "journal-article", 3,
             "Weak Ties, Strong Careers (PDF)", "Hannah Lindqvist; Omar Farouk", "2023-10-21",
             "Weak Ties, Strong Careers: Informal Mentoring of Librarians on Social Networking Sites",
             "1 INTRODUCTION",
             "Mentoring has long been a pillar of professional development in librarianship. Formal programmes",
             "run by associations pair new professionals with experienced ones, but many librarians report",
             "that their most important mentors were found informally, increasingly online.",
             "Hashtag chats such as #libchat and #critlib, LinkedIn groups and, since 2022, Mastodon",
             "instances for GLAM workers host a constant exchange of career advice between colleagues",
             "who may never meet. We ask how these exchanges turn into lasting mentoring relationships.",
             "2 METHOD",
             "We interviewed 28 librarians and coded 4,100 public replies in professional hashtags."),
    # --- Dataverse ---
    "dv1": W(DV, "/dataset.xhtml?persistentId=doi:10.7910/DVN/QX4R2T", "document", 3,
             "Replication Data for: Online Mentoring Networks of Early-Career Librarians",
             "Lindqvist, Hannah", "2023-09-30",
             "Survey responses (n=612) of librarians in their first five years of practice about where they "
             "seek mentoring and career advice: social media platforms, mailing lists, association programmes, "
             "colleagues. Includes the questionnaire, codebook and anonymised data. Variables cover platform "
             "use, frequency of advice-seeking, and whether respondents consider someone met online a mentor."),
    "dv2": W(DV, "/dataset.xhtml?persistentId=doi:10.7910/DVN/ZB81LM", "document", 0,
             "Public Library Circulation by Branch, 2015-2022", "Ortiz, Carmen", "2023-05-14",
             "Monthly circulation counts for 48 branches of a metropolitan library system, by format. "
             "Includes branch opening hours and square footage."),
    "dv3": W(DV, "/dataset.xhtml?persistentId=doi:10.7910/DVN/H7PL0E", "document", 1,
             "Library Workforce Survey 2022", "Mensah, Kwame", "2023-01-20",
             "Salaries, job titles, education and years of experience of 2,300 library workers. One optional "
             "question asked whether respondents had a mentor, without asking how or where they found one. "
             "Data are weighted to national employment figures."),
    "dv4": W(DV, "/api/access/datafile/7741902", "document", 2,
             "Codebook: Online Mentoring Networks of Early-Career Librarians", "Lindqvist, Hannah", "2023-09-30",
             "CODEBOOK - Online Mentoring Networks of Early-Career Librarians",
             "Q1 Years in the profession (integer).",
             "Q4 Which of these have you used to get career advice from more experienced colleagues?",
             "    Twitter/X; Mastodon; Bluesky; LinkedIn; Slack or Discord; mailing lists; blogs; none.",
             "Q5 Do you have someone you consider a mentor whom you met online? (yes/no)",
             "Q6 Have you taken part in group or peer mentoring online? (yes/no)",
             "Q9 Region (categorical). Q10 Library type (academic, public, school, special).",
             "Missing values are coded -9. Free-text answers are excluded for privacy."),
    # --- Dryad ---
    "dryad1": W(DRYAD, "/stash/dataset/doi:10.5061/dryad.8w9ghx3pq", "document", 2,
                "Hashtag conversations of archivists and librarians, 2014-2022", "Farouk, Omar", "2023-08-17",
                "Abstract: Metadata and coded categories of 9,800 public posts in five professional hashtags "
                "used by librarians and archivists. Posts were coded for type: resource sharing, job postings, "
                "questions, advice and mentoring offers, and event promotion.",
                "Methods: Posts were collected through the platform's academic access before it closed. Text "
                "is not redistributed; identifiers and codes are."),
    "dryad2": W(DRYAD, "/stash/dataset/doi:10.5061/dryad.2bvq83bw1", "document", 0,
                "Pollinator visits to urban library gardens", "Alvarez, Jo", "2022-06-02",
                "Abstract: Counts of bee and hoverfly visits to flowering plants in the gardens of 14 public "
                "library branches over two summers, with plant species and time of day."),
    "dryad3": W(DRYAD, "/stash/dataset/doi:10.5061/dryad.k6djh9w9r", "document", 1,
                "Graduate student time use in information science programs", "Park, Soo-jin", "2023-02-11",
                "Abstract: Diary data from 140 graduate students on hours spent in classes, paid work, study and "
                "other activities. Categories include time spent in professional networking online and meetings "
                "with faculty advisors, reported weekly."),
    # --- Panopto ---
    "vid1": W(VIDEO, "/Panopto/Pages/Viewer.aspx?id=5e2a7c10-1b3d-4f7e-9c2a-b0e1a2f3c401", "post", 3,
              "Webinar: Building Your Personal Learning Network", "Northfield Library Staff Development",
              "2023-11-09",
              "Recording of the staff development webinar. Speakers explain how to build a personal learning "
              "network on Mastodon, Bluesky and LinkedIn, how to take part in hashtag chats, and how to turn "
              "online contacts into mentors.",
              "Chapters: 00:00 Welcome. 04:12 Why a PLN. 15:40 Choosing platforms. 28:05 Asking for mentoring. "
              "41:30 Giving back as a mentor. 52:00 Questions.",
              "Transcript excerpt: 'The mentor I rely on most I met in a Slack for instruction librarians. We "
              "never had a formal agreement; I asked questions, she answered, and at some point we both "
              "realised it had become mentoring.'"),
    "vid2": W(VIDEO, "/Panopto/Pages/Viewer.aspx?id=5e2a7c10-1b3d-4f7e-9c2a-b0e1a2f3c402", "post", 0,
              "Using the Book Scanner", "Northfield Library Staff Development", "2023-10-02",
              "How to use the overhead book scanner on the second floor: placing the book, cropping, saving to "
              "USB or email."),
    "vid3": W(VIDEO, "/Panopto/Pages/Viewer.aspx?id=5e2a7c10-1b3d-4f7e-9c2a-b0e1a2f3c403", "post", 2,
              "Panel: Careers in Archives", "Northfield Library Staff Development", "2024-02-20",
              "Three archivists discuss how they entered the profession, what skills employers want and how "
              "to prepare for interviews.",
              "Much of the discussion turns to advice: all three panelists describe mentors they found through "
              "mailing lists and online communities, and one runs a peer mentoring group for students on "
              "Discord."),
    "vid4": W(VIDEO, "/Panopto/Pages/Viewer.aspx?id=5e2a7c10-1b3d-4f7e-9c2a-b0e1a2f3c404", "post", 1,
              "New Staff Orientation 2024", "Northfield Library Staff Development", "2024-01-10",
              "Orientation for new staff: building tour, policies, the payroll system and safety procedures. "
              "At the end, human resources mentions that new staff can ask to join the library's mentoring "
              "scheme."),
    # --- Open edX ---
    "edx1": W(EDX, "/courses/course-v1:LibSchool+MENT101+2024_T1/about", "article", 3,
              "Mentoring in the Networked Library (MENT101)", "LibSchool", "2024-01-15",
              "About this course: This four-week course is for library and archives workers who want to find "
              "a mentor, become one, or build a peer mentoring group, using the networks the profession "
              "already uses: mailing lists, Mastodon and Bluesky, LinkedIn, Slack and Discord communities.",
              "What you'll learn: how to build a personal learning network; how to ask for advice and career "
              "guidance from senior colleagues online; how to run group mentoring on video calls; how to "
              "mentor across institutions without burning out.",
              "Course staff: two academic librarians and an archivist who have run online mentoring programmes "
              "for their associations."),
    "edx2": W(EDX, "/courses/course-v1:LibSchool+MENT101+2024_T1/courseware/week2/finding-mentors/", "article", 3,
              "Week 2: Finding mentors online", "LibSchool", "2024-01-22",
              "Most of the learners in this course have never had a formal mentor. That is normal. Many "
              "librarians find their mentors informally, by taking part in the conversations of their "
              "profession online.",
              "Activity: choose one community (a hashtag, a mailing list, a Discord server) and spend a week "
              "reading it. Note who answers questions generously. Then reply to one thread with something "
              "useful from your own work.",
              "Discussion prompt: describe a time someone more experienced helped you, online or offline. "
              "What made their advice useful?"),
    "edx3": W(EDX, "/courses/course-v1:LibSchool+CAT200+2024_T1/about", "article", 0,
              "Cataloguing with RDA (CAT200)", "LibSchool", "2024-01-15",
              "About this course: a practical introduction to Resource Description and Access for books, "
              "serials and audiovisual materials, with weekly cataloguing exercises."),
    "edx4": W(EDX, "/courses/course-v1:LibSchool+LEAD300+2024_T2/about", "article", 1,
              "Leading Library Teams (LEAD300)", "LibSchool", "2024-04-01",
              "About this course: for new supervisors in libraries. Topics include hiring, delegation, "
              "performance reviews and budgets. One module covers coaching and mentoring the people you "
              "supervise."),
    # --- Modern Campus CMS ---
    "cam1": W(CAMPUS, "/news/2024/peer-mentoring-circles.html", "article", 3,
              "Library Launches Online Peer Mentoring Circles for New Staff", "Library Communications",
              "2024-03-04",
              "Northfield University Libraries has launched peer mentoring circles for staff in their first two "
              "years. Each circle of five meets online monthly and keeps a channel in the libraries' Slack for "
              "questions between meetings.",
              "'New colleagues told us they wanted someone to ask the questions you don't ask your supervisor,' "
              "said the associate dean. Experienced librarians from partner universities join as guest "
              "mentors, and the circles draw on professional learning networks beyond campus."),
    "cam2": W(CAMPUS, "/news/2024/renovation-update.html", "article", 0,
              "Renovation Update: Third Floor Reopens", "Library Communications", "2024-02-12",
              "The third floor reading room reopens Monday with new seating, power at every desk and "
              "restored windows. Quiet study rules apply."),
    "cam3": W(CAMPUS, "/news/2023/librarian-wins-award.html", "article", 2,
              "Librarian Honoured for Mentoring Students Online", "Library Communications", "2023-11-28",
              "Research librarian Abena Osei has received the state association's service award. She was "
              "recognised for her work on the association's journal and for mentoring library school students.",
              "Osei runs a monthly career advice session on video for MLIS students across the state and "
              "answers questions in the association's Discord. 'Half of my mentees I have never met in person,' "
              "she said."),
    "cam4": W(CAMPUS, "/news/2023/open-access-week.html", "article", 1,
              "Open Access Week Events", "Library Communications", "2023-10-16",
              "The libraries celebrate Open Access Week with talks on publishing agreements, a workshop on "
              "depositing in the repository and an author-rights clinic. Graduate students can also meet "
              "librarians for informal mentoring on where to publish."),
    "cam5": W(CAMPUS, "/news/2024/extended-hours.html", "article", 0,
              "Extended Hours for Finals", "Library Communications", "2024-04-22",
              "The main library will be open 24 hours from April 28 to May 10. Bring your ID after midnight."),
    # --- Squiz Matrix (association) ---
    "assoc1": W(ASSOC, "/news/mentoring-program-goes-virtual", "article", 3,
                "Our Mentoring Program Goes Virtual", "Membership Committee", "2023-05-15",
                "The Association's mentoring program, running since 1998, is now fully online. Mentors and "
                "mentees are matched by the Membership Committee and meet by video; a members-only forum lets "
                "pairs and past participants trade advice.",
                "Why the change? Members in remote regions could rarely attend the in-person meetings. Online, "
                "a records manager in the north can mentor a student in the capital.",
                "We are also piloting group mentoring: one experienced archivist with four early-career "
                "members, meeting monthly around a theme such as appraisal or job applications.",
                "Applications for the autumn intake close 30 June."),
    "assoc2": W(ASSOC, "/news/annual-conference-2023-wrap-up", "article", 1,
                "Annual Conference 2023 Wrap-up", "Events Team", "2023-09-30",
                "Over 400 delegates attended this year's conference. Keynotes addressed climate risk to "
                "collections and community archives. The conference hashtag trended locally, and the mentoring "
                "breakfast was fully booked. Presentations are now on the website."),
    "assoc3": W(ASSOC, "/news/advocacy-update-records-bill", "article", 0,
                "Advocacy Update: Public Records Bill", "Advocacy Committee", "2024-01-17",
                "The Association has made a submission on the Public Records Amendment Bill, supporting longer "
                "retention for digital records and calling for funding of the state archive."),
    "assoc4": W(ASSOC, "/news/new-professionals-online-network", "article", 2,
                "New Professionals Network Moves to Discord", "New Professionals Group", "2024-02-26",
                "The New Professionals Group has moved from its mailing list to a Discord server. Channels "
                "cover job hunting, study, and 'ask a mentor', where experienced members answer questions.",
                "The mailing list stays open for announcements. Committee elections are in May; nominations "
                "are open to all members."),
    "assoc5": W(ASSOC, "/resources/member-handbook-2023.pdf", "document", 1,
                "Member Handbook 2023", "Membership Committee", "2023-05-15",
                "MEMBER HANDBOOK 2023",
                "1. Membership categories: full, associate, student and retired members, and their fees.",
                "2. Insurance: professional indemnity cover for members who consult privately.",
                "3. Code of ethics: obligations to records, creators, users and employers.",
                "4. Services: the journal, the annual conference, the jobs board and the mentoring program.",
                "5. Renewals fall due on 1 July; lapsed members lose access to member-only pages."),
}

OTHER = [
    (FEDI, "/", "home"), (FEDI, "/@margit", "profile"), (FEDI, "/@tomas_archives", "profile"),
    (FEDI, "/@ines_metadata", "profile"), (FEDI, "/tags/LibMentoring", "tag"), (FEDI, "/about", "about"),
    (FEDI, "/post/0189a2c4-0000-0000-0000-000000000000", "error"),
    (ASK, "/", "home"), (ASK, "/questions/", "listing"), (ASK, "/questions/?page=2", "listing"),
    (ASK, "/tags/mentoring/", "tag"), (ASK, "/tags/career/", "tag"), (ASK, "/tags/cataloging/", "tag"),
    (ASK, "/users/17/kpatel/", "profile"), (ASK, "/users/23/retired_rita/", "profile"),
    (ASK, "/questions/?query=mentor", "search"), (ASK, "/about/", "about"), (ASK, "/feedback/", "contact"),
    (LISTS, "/", "home"), (LISTS, "/browse/newlib-l", "listing"), (LISTS, "/browse/archives-l", "listing"),
    (LISTS, "/browse/syslib", "listing"), (LISTS, "/search/?q=mentoring", "search"),
    (LISTS, "/thread/v7kq3m2xw4ab", "listing"), (LISTS, "/about", "about"),
    (LISTS, "/message/zzzzzzzzzzzz", "error"),
    (DL, "/", "home"), (DL, "/toc/cikm/2023", "listing"), (DL, "/toc/icse/2023", "listing"),
    (DL, "/profile/81100231511", "profile"), (DL, "/profile/81100231577", "profile"),
    (DL, "/topic/ccs2012/10003120", "category"), (DL, "/action/doSearch?AllField=mentoring", "search"),
    (DL, "/about", "about"), (DL, "/contact-us", "contact"),
    (DV, "/", "home"), (DV, "/dataverse/libstudies", "listing"),
    (DV, "/dataverse/libstudies?q=mentoring", "search"), (DV, "/dataverse/libstudies/about", "about"),
    (DRYAD, "/", "home"), (DRYAD, "/search?q=librarians", "search"), (DRYAD, "/search?f=subject_Library", "category"),
    (DRYAD, "/stash/about", "about"), (DRYAD, "/stash/contact", "contact"),
    (VIDEO, "/Panopto/Pages/Home.aspx", "home"),
    (VIDEO, "/Panopto/Pages/Sessions/List.aspx?folderID=e5f6a7b8", "listing"),
    (VIDEO, "/Panopto/Pages/Sessions/List.aspx?folderID=a1b2c3d4", "listing"),
    (VIDEO, "/Panopto/Pages/Sessions/List.aspx?query=mentoring", "search"),
    (VIDEO, "/Panopto/Pages/Viewer.aspx?id=00000000-0000-0000-0000-000000000000", "error"),
    (EDX, "/", "home"), (EDX, "/courses", "listing"), (EDX, "/courses?search_query=mentoring", "search"),
    (EDX, "/courses/course-v1:LibSchool+MENT101+2024_T1/courseware/", "listing"),
    (EDX, "/u/aosei", "profile"), (EDX, "/about", "about"), (EDX, "/contact", "contact"),
    (EDX, "/courses/course-v1:LibSchool+OLD100+2019/about", "error"),
    (CAMPUS, "/", "home"), (CAMPUS, "/news/", "listing"), (CAMPUS, "/news/index.html?page=2", "listing"),
    (CAMPUS, "/news/category/staff.html", "category"), (CAMPUS, "/news/category/events.html", "category"),
    (CAMPUS, "/about/", "about"), (CAMPUS, "/about/contact.html", "contact"),
    (CAMPUS, "/about/staff/abena-osei.html", "profile"), (CAMPUS, "/search/?q=mentoring", "search"),
    (CAMPUS, "/news/2022/old-story.html", "error"),
    (ASSOC, "/", "home"), (ASSOC, "/news", "listing"), (ASSOC, "/news?result_page=2", "listing"),
    (ASSOC, "/news/topics/professional-development", "category"), (ASSOC, "/news/topics/advocacy", "category"),
    (ASSOC, "/about-us", "about"), (ASSOC, "/contact-us", "contact"),
    (ASSOC, "/search?query=mentoring", "search"), (ASSOC, "/people/membership-committee", "profile"),
    (ASSOC, "/resources", "listing"), (ASSOC, "/news/mentoring-program-2019", "error"),
]
