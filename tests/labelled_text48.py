"""Web 48's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
Topic: librarians, archivists and information professionals using social media and online networks for mentoring.
"""

from __future__ import annotations

from dataclasses import dataclass

PIPE = "inthelibrary-pipe.example"    # a Lead Pipe-like journal-blog (WordPress)
GROUP = "acrl-log.example"            # an ACRLog-like group blog (WordPress)
SCHOOL = "hacklibschool.example"      # a Hack Library School-like student group blog (WordPress)
C4L = "journal.code4lib.example"      # a Code4Lib Journal-like open-access journal (WordPress)
FED = "ifla-fed.example"              # an IFLA-like federation (Drupal)
ASSOC = "ala-assoc.example"           # an ALA-like association (Drupal)
CILIP = "cilip-body.example"          # a CILIP-like professional body
EVENTS = "events.libassoc.example"    # WordPress with The Events Calendar
CONS = "northlibs-consortium.example" # Joomla 5
ISCHOOL = "blog.ischool.example"      # Ghost, Casper 5
HOSTS = (PIPE, GROUP, SCHOOL, C4L, FED, ASSOC, CILIP, EVENTS, CONS, ISCHOOL)


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
    # --- Lead Pipe-like journal-blog ---
    "pipe1": W(PIPE, "/2024/beyond-the-dyad/", "journal-article", 3,
               "Beyond the Dyad: Peer Mentoring Networks for Early-Career Librarians on Social Media",
               "Renata Oduya", "2024-03-13",
               "In brief: Formal mentoring programs in libraries usually pair one senior librarian with one new "
               "hire. This article argues that early-career librarians increasingly build their own mentoring "
               "networks online, across Twitter, Mastodon, Slack workspaces and Discord servers, and that "
               "library associations should support these peer mentoring networks rather than compete with them.",
               "We interviewed twenty-two librarians and archivists in their first five years of practice. Almost "
               "all described a constellation of mentors rather than a single mentor: a former supervisor for "
               "tenure advice, a hashtag community for instruction questions, a group chat of MLIS classmates "
               "for job-search support. Several found their most important mentor through a reply to a post.",
               "Participants valued the low stakes of asking in public channels, but also named costs: "
               "context collapse, harassment, and the unpaid labor of the senior librarians who answer. We "
               "close with recommendations for mentoring programs that meet new professionals where they are.",
               "Thanks to the peer reviewers and publishing editor of this article for their generous feedback."),
    "pipe2": W(PIPE, "/2023/communities-of-practice-lone-arrangers/", "journal-article", 2,
               "Communities of Practice for Lone Arrangers: Archives Work Without Colleagues",
               "Dale Whitcombe", "2023-10-25",
               "In brief: Lone arrangers, archivists who are the only professional in their repository, face "
               "isolation in decisions about appraisal, description and preservation.",
               "This article surveys the communities of practice lone arrangers rely on. The most cited were "
               "online: the lone arrangers listserv, a Slack workspace and an informal mentoring circle run over "
               "video calls, where experienced archivists advise newer ones on processing backlogs and job moves.",
               "We also discuss regional archives consortia, shared procedures manuals and site visits."),
    "pipe3": W(PIPE, "/2023/assessment-without-surveillance/", "journal-article", 1,
               "Assessment Without Surveillance: Rethinking Library Instruction Data", "Priya Anand",
               "2023-06-21",
               "In brief: Libraries collect ever more data about students who attend instruction sessions. "
               "We propose assessment practices that respect student privacy and still show impact.",
               "Our framework grew out of conversations with colleagues in an online mentoring group for "
               "instruction librarians, but the argument here is about data minimization, consent and the "
               "limits of learning analytics."),
    "pipe4": W(PIPE, "/2023/equity-audits-collections/", "journal-article", 0,
               "What an Equity Audit Can and Cannot Tell You About Your Collection", "Marcus Lyle",
               "2023-02-08",
               "In brief: Diversity audits of collections have become common in public libraries. This article "
               "examines what the numbers mean, how vendors' subject data skews them, and how selectors can "
               "use audit results without treating them as the end of the work."),
    # --- ACRLog-like group blog ---
    "group1": W(GROUP, "/2024/02/12/finding-my-people-online/", "article", 3,
                "Finding My People: The Mentors I Met Online", "Jess Marlowe", "2024-02-12",
                "When I started my first academic library job, I was the only science librarian on staff and "
                "my assigned mentor retired six months later. What saved me was the network of librarians I "
                "found on social media.",
                "I started by lurking in #critlib chats and the instruction librarians' Mastodon hashtag, then "
                "began asking questions. A liaison librarian three time zones away read my tenure dossier "
                "draft. A group DM of first-year librarians became my peer mentoring circle.",
                "If you are new: be specific when you ask for advice, and offer something back. Mentoring "
                "online works best when it runs both ways."),
    "group2": W(GROUP, "/2023/11/06/virtual-peer-mentoring-circles/", "article", 3,
                "Running a Virtual Peer Mentoring Circle for New Librarians", "Tomasz Grell", "2023-11-06",
                "Last year four of us on the ACRL Discord started a virtual peer mentoring circle for librarians "
                "in their first two years. We meet monthly on video and keep a shared channel open between calls.",
                "Each month one member brings a problem: a difficult faculty partnership, a reference desk "
                "policy, a job offer. The rest of us act as mentors. Being mentor and mentee in turn has made "
                "the group stronger than any one-to-one mentoring I had in library school.",
                "Practical notes: cap the group at eight, rotate facilitation, and agree that what is said "
                "in the circle stays there."),
    "group3": W(GROUP, "/2023/09/18/notes-from-the-tenure-track/", "article", 2,
                "Notes from the Tenure Track, Year Three", "Jess Marlowe", "2023-09-18",
                "Year three means the midpoint review. I spent the summer rewriting my research statement and "
                "finally submitted the article I have been revising since 2021.",
                "Much of the advice that got me here came through online mentoring: a tenure-track librarians' "
                "Slack where senior colleagues review portfolios, and a mentor I found through a Twitter thread "
                "about promotion criteria, who still meets me by video every term.",
                "Next up: service commitments, and learning to say no."),
    "group4": W(GROUP, "/2023/05/22/instagram-outreach/", "article", 0,
                "What Our Library Learned from a Year on Instagram", "Alana Reyes", "2023-05-22",
                "Our outreach team posted to Instagram three times a week for a year. Reels of the special "
                "collections did best; photos of study spaces did worst.",
                "We now plan posts around the academic calendar and track engagement alongside gate counts."),
    "group5": W(GROUP, "/2023/10/02/first-year-october/", "article", 1,
                "First Year Academic Librarian Experience: October", "Nadia Fontaine", "2023-10-02",
                "October brought midterm research consultations, my first library faculty meeting and a leak in "
                "the periodicals room.",
                "I also joined an online mentoring group for new liaison librarians, more on that later. "
                "Mostly this month was about learning names and finding the good coffee."),
    # --- Hack Library School-like student blog ---
    "school1": W(SCHOOL, "/2024/01/15/mentoring-series-finding-a-mentor-online/", "article", 3,
                 "Mentoring Series, Part 1: Finding a Mentor Online as an MLIS Student", "Kiri Watson",
                 "2024-01-15",
                 "This is the first post in our mentoring series. Many of us study online and never meet a "
                 "working librarian on campus, so where do MLIS students find mentors?",
                 "For me it was LinkedIn and the library Twittersphere. I followed archivists whose work I "
                 "admired, commented thoughtfully on their posts, and after a few months asked one for a "
                 "twenty-minute informational interview. She became my mentor.",
                 "Also worth trying: your state association's mentoring program, the NMRT mentoring program, "
                 "and the Discord servers run by library students."),
    "school2": W(SCHOOL, "/2024/02/05/mentoring-series-peer-mentoring-slack/", "article", 3,
                 "Mentoring Series, Part 2: Peer Mentoring in Library School Slack and Discord", "Omar Haddad",
                 "2024-02-05",
                 "Mentoring does not have to come from above. Our cohort's Slack turned into a peer mentoring "
                 "network: second-years coaching first-years through practicum applications, students who "
                 "worked in libraries answering questions from career changers.",
                 "We later opened a Discord for LIS students across programs. Its #ask-a-librarian channel "
                 "has recent graduates and a few generous mid-career librarians acting as informal mentors.",
                 "Peer mentoring online is not a substitute for a professional mentor, but it is often where "
                 "the first useful advice comes from."),
    "school3": W(SCHOOL, "/2023/11/20/why-i-learned-python/", "article", 0,
                 "Why I Learned Python in Library School", "Omar Haddad", "2023-11-20",
                 "I took one programming elective and ended up writing scripts to clean MARC records for my "
                 "practicum. Here is what I would tell anyone considering it.",
                 "Start with a real problem, keep your data small, and use version control from day one."),
    "school4": W(SCHOOL, "/2023/10/09/surviving-your-practicum/", "article", 1,
                 "Surviving Your Practicum", "Kiri Watson", "2023-10-09",
                 "A practicum is a chance to try a kind of library work before committing to it. Ask for real "
                 "projects, keep a log, and meet your site supervisor weekly.",
                 "Your supervisor may become a mentor, and staying in touch with them on LinkedIn afterwards "
                 "helps. Mostly, though, show up and be curious."),
    "school5": W(SCHOOL, "/2023/12/04/linkedin-for-library-students/", "article", 2,
                 "LinkedIn for Library Students: Beyond the Profile", "Beatriz Lomas", "2023-12-04",
                 "Most advice about LinkedIn is about your headline and photo. I want to talk about what "
                 "happens after you set up the profile.",
                 "The real value for me has been mentoring: joining groups for special librarians, asking "
                 "questions in them, and reaching out to people who answered. Two of those conversations turned "
                 "into ongoing mentoring relationships with librarians in corporate information centers.",
                 "Also: keep your experience section honest, and list your practicum projects."),
    # --- Code4Lib Journal-like ---
    "c4l1": W(C4L, "/articles/18112", "journal-article", 3,
              "Mentorship in a Distributed Community: Advice Networks in Library Technology Chat and Listservs",
              "Hollis Brandt; Yuki Tanabe", "2024-02-20",
              "Abstract: Library technologists often work alone or in small teams and seek advice outside their "
              "institutions. We analyzed three years of a library technology community's public chat logs and "
              "listserv threads to map its advice networks and the informal mentoring they carry.",
              "Newcomers who asked questions in public channels were more likely to answer others' questions a "
              "year later, suggesting that online mentoring in the community becomes peer mentoring over time. "
              "A small core of experienced developers answered a large share of questions.",
              "We discuss how the community's newcomer mentoring program, which pairs new members with "
              "volunteers over chat, could spread that load, and the limits of measuring mentorship from logs."),
    "c4l2": W(C4L, "/articles/18098", "journal-article", 0,
              "Migrating a Digital Collection to IIIF: A Case Study", "Lena Fischer", "2024-02-20",
              "Abstract: We describe moving 80,000 images from a legacy viewer to IIIF Image and Presentation "
              "APIs, including manifest generation from existing metadata and performance tuning."),
    "c4l3": W(C4L, "/articles/18075", "journal-article", 1,
              "Building a Staff Directory with Open Source Tools", "Dev Raman", "2023-11-14",
              "Abstract: Our library replaced a hand-edited staff page with a directory built from the HR "
              "feed. Staff can list expertise, and a field for 'willing to mentor' lets new hires find "
              "colleagues. We describe the data model, the sync job and accessibility testing."),
    "c4l4": W(C4L, "/articles/18080", "journal-article", 2,
              "Lessons from a Distributed Library Technology Team", "Ama Boateng", "2023-11-14",
              "Abstract: When our consortium's systems team went fully remote, we had to rethink onboarding, "
              "code review and knowledge sharing.",
              "The largest change was mentoring: we replaced ad hoc desk-side help with structured online "
              "mentoring, pairing each new developer with a mentor in a dedicated chat channel and holding "
              "weekly video office hours, and we encouraged new staff to join the wider community's chat for "
              "peer advice. Retention of new hires improved.",
              "We also report on our documentation practices and on-call rotation."),
    # --- IFLA-like federation ---
    "fed1": W(FED, "/news/new-professionals-launch-online-mentoring-pilot", "article", 3,
              "New Professionals Special Interest Group launches online mentoring pilot", "IFLA Headquarters",
              "2024-03-04",
              "The New Professionals Special Interest Group has launched a pilot online mentoring programme "
              "pairing early-career librarians and information professionals with experienced mentors in "
              "other countries.",
              "Mentoring pairs will meet by video call once a month for six months and join a shared online "
              "network for peer mentoring between mentees. Mentors are recruited through the Federation's "
              "sections and its social media channels.",
              "Applications from mentees and mentors are open until 30 April."),
    "fed2": W(FED, "/files/assets/new-professionals/publications/online-mentoring-guidelines.pdf", "document", 3,
              "Guidelines for Online Mentoring in Library and Information Associations", "New Professionals SIG",
              "2023-08-01",
              "Guidelines for Online Mentoring in Library and Information Associations.",
              "These guidelines help associations run mentoring programmes online and support mentoring",
              "networks that new professionals build on social media. They cover matching mentors and",
              "mentees across countries, video and chat meetings, peer mentoring groups, and privacy.",
              "Section 3: Using social networks to recruit mentors and to connect mentees with each other.",
              "Section 4: Evaluating online mentoring: surveys of mentees and mentors after six months."),
    "fed3": W(FED, "/files/assets/hq/annual-report-2023.pdf", "document", 1,
              "Annual Report 2023", "IFLA", "2024-05-15",
              "Annual Report 2023.",
              "The Federation advanced its strategy through advocacy at the United Nations, the World",
              "Library and Information Congress, and standards work on cataloguing and preservation.",
              "Sections ran webinars; the New Professionals group began planning an online mentoring pilot.",
              "Financial statements follow on the next pages."),
    "fed4": W(FED, "/news/wlic-2024-registration-opens", "article", 0,
              "WLIC 2024 registration opens", "IFLA Headquarters", "2024-02-12",
              "Registration is now open for the World Library and Information Congress. Early-bird rates apply "
              "until 15 May. The programme includes over two hundred sessions and library visits."),
    "fed5": W(FED, "/publications/node/81234", "document", 2,
              "Guidelines for Online Mentoring in Library and Information Associations", "New Professionals SIG",
              "2023-08-01",
              "These guidelines, prepared by the New Professionals Special Interest Group, help library "
              "associations design online mentoring programmes and support the peer mentoring networks that "
              "early-career librarians form on social media.",
              "Publication type: guidelines. Language: English. Format: PDF, 24 pages."),
    # --- ALA-like association ---
    "assoc1": W(ASSOC, "/news/press-releases/2024/01/nmrt-opens-applications-virtual-mentoring-program",
                "article", 3, "New Members Round Table opens applications for its virtual mentoring program",
                "ALA Communications", "2024-01-22",
                "CHICAGO - The New Members Round Table (NMRT) is accepting applications for its virtual "
                "mentoring program, which matches library workers in their first ten years with experienced "
                "mentors for a year of online meetings.",
                "Mentees and mentors meet by video and join an online community where cohort members share "
                "advice. 'Many new librarians find mentors on social media now,' said the committee chair. "
                "'The program gives that networking structure and support.'",
                "Applications close March 1."),
    "assoc2": W(ASSOC, "/rt/nmrt/mentoring", "article", 3, "NMRT Mentoring Program", "New Members Round Table",
                "2023-12-01",
                "The NMRT Mentoring Program connects new library professionals with experienced librarians "
                "for career mentoring. All mentoring takes place online, by video call, email and our "
                "program's discussion space.",
                "Career mentoring: a one-year match for job searching, professional development and "
                "leadership. Peer mentoring: small online groups of new members who support one another.",
                "Mentors should have at least five years of experience. Follow #NMRTmentoring for updates."),
    "assoc3": W(ASSOC, "/news/press-releases/2024/02/banned-books-week-theme", "article", 0,
                "ALA announces Banned Books Week theme", "ALA Communications", "2024-02-27",
                "CHICAGO - The theme for this year's Banned Books Week celebrates the freedom to read. "
                "Libraries can order posters and bookmarks from the ALA Store."),
    "assoc4": W(ASSOC, "/connect/forum/career-development/looking-mentor-rural-library-director", "post", 3,
                "Looking for a mentor: new rural library director", "kmorrow", "2024-02-02",
                "I just became director of a small rural library with two part-time staff. There is nobody "
                "nearby to ask. Is anyone willing to mentor me online? A monthly call would be amazing.",
                "Reply from lhart: I directed a rural library for twelve years and would be glad to. The "
                "state library also runs an online mentoring network for small libraries; I'll DM you the link.",
                "Reply from jbeck: Also join the small libraries group on Mastodon, lots of directors there "
                "giving advice to newcomers."),
    "assoc5": W(ASSOC, "/connect/forum/career-development/has-anyone-done-virtual-mentoring-chats", "post", 2,
                "Has anyone done the virtual mentoring chats?", "rsandoval", "2023-11-14",
                "I'm thinking of signing up for the round table's virtual mentoring chats. Were they useful, "
                "or more like networking mixers?",
                "Reply from tnguyen: Useful. I met two people I still message for advice.",
                "Reply from rsandoval: Thanks. Separately, does anyone know when conference housing opens?"),
    "assoc6": W(ASSOC, "/connect/forum/general/mentoring-new-teachers-district", "post", 0,
                "Mentoring new teachers in our district: any tips?", "pwolcott", "2023-10-05",
                "My spouse is a school principal setting up a mentoring scheme for first-year teachers. Has "
                "anyone seen good models for pairing veteran teachers with new ones in classroom management?",
                "Reply from dleary: Our district uses release time for veteran teachers to observe classes."),
    # --- CILIP-like professional body ---
    "cilip1": W(CILIP, "/page/MentoringScheme", "article", 3, "CILIP Mentoring Scheme", "CILIP",
                "2024-01-10",
                "Our mentoring scheme supports members working towards Certification, Chartership and "
                "Fellowship, and anyone wanting career guidance. Mentors and mentees meet online, and you can "
                "find a mentor through the Mentor Finder in the member area.",
                "Mentors complete online training and join a mentors' network on the VLE for peer support. "
                "Many members also find mentoring through our special interest groups on social media."),
    "cilip2": W(CILIP, "/blogpost/2108123/how-i-found-my-mentor", "article", 3,
                "How I found my mentor through LinkedIn and Mentor Finder", "Grace Obi", "2023-11-29",
                "When I started Chartership I had no idea how to choose a mentor. I posted on LinkedIn asking "
                "librarians in health libraries for suggestions, and three people recommended the same person.",
                "We matched through Mentor Finder and now meet on Teams every six weeks. My mentor also "
                "introduced me to an online peer group of candidates who swap portfolio drafts.",
                "If you are looking for a mentor, use both the formal scheme and your online networks."),
    "cilip3": W(CILIP, "/news/660123/revalidation-changes", "article", 1,
                "Changes to revalidation from April", "CILIP", "2024-02-15",
                "From April, members revalidating their professional registration will submit a shorter "
                "reflective statement and a record of twenty hours of development. Mentoring others, online or "
                "in person, can count towards those hours."),
    "cilip4": W(CILIP, "/blogpost/2108001/coaching-in-health-libraries", "article", 1,
                "Coaching conversations in health libraries", "Ruth Penhale", "2023-09-12",
                "Our NHS library team introduced coaching conversations in monthly one-to-ones. Managers "
                "trained as coaches, and staff meet them in person at each site.",
                "It is not a mentoring scheme, but it borrows some of mentoring's habits: listening first, "
                "asking rather than telling."),
    "cilip5": W(CILIP, "/news/660140/public-library-funding-response", "article", 0,
                "CILIP responds to public library funding announcement", "CILIP", "2024-03-01",
                "CILIP welcomes the additional capital funding for public libraries but warns that revenue "
                "budgets remain under severe pressure."),
    # --- The Events Calendar ---
    "ev1": W(EVENTS, "/event/virtual-mentoring-meetup-advice-network/", "article", 3,
             "Virtual Mentoring Meetup: Building Your Advice Network Online", "Membership Committee",
             "2024-04-10",
             "Join us online for a mentoring meetup for librarians and archivists at every career stage. "
             "We'll discuss how to find mentors on social media, how to start peer mentoring groups on Slack "
             "or Discord, and how experienced members can mentor online without burning out.",
             "Breakout rooms will match mentees with volunteer mentors for a first conversation. Free for "
             "members."),
    "ev2": W(EVENTS, "/event/early-career-librarians-chat/", "article", 2,
             "#ECLchat: Early Career Librarians Chat", "Early Career Group", "2024-05-02",
             "Our monthly chat on Mastodon and Bluesky for early-career library workers. This month's topic: "
             "mentoring. How did you find a mentor, and what makes online mentoring work?",
             "Follow #ECLchat at 8pm. The chat is moderated; please read the code of conduct."),
    "ev3": W(EVENTS, "/event/annual-conference-exhibit-hall/", "article", 0,
             "Annual Conference: Exhibit Hall", "Conference Committee", "2024-06-14",
             "Visit more than sixty vendors in the exhibit hall. Refreshments at 10:30 and 3:00."),
    "ev4": W(EVENTS, "/event/mentoring-workshop-school-administrators/", "article", 0,
             "Mentoring Workshop for School Administrators", "Partner Events", "2024-04-24",
             "A partner event hosted by the regional education service center: how principals can mentor "
             "assistant principals and new teachers through observation and feedback."),
    "ev5": W(EVENTS, "/event/spring-social-riverside/", "article", 1,
             "Spring Social at Riverside Library", "Membership Committee", "2024-03-21",
             "Drinks and snacks on the library terrace. Meet members from across the region; members of the "
             "online mentoring program will be there too. Free, RSVP requested."),
    # --- Joomla 5 consortium ---
    "cons1": W(CONS, "/news/mentoring-programme-2024-online-cohort", "article", 3,
               "Mentoring Programme: 2024 online cohort", "Consortium Office", "2024-01-08",
               "The consortium's mentoring programme for library staff opens its first fully online cohort. "
               "Mentees from member libraries will be matched with mentors from other libraries and meet by "
               "video.",
               "The cohort will also have a private channel on the consortium's Teams network for peer "
               "mentoring, and mentors will share advice in a monthly online session."),
    "cons2": W(CONS, "/news/peer-advice-on-our-members-network", "article", 2,
               "Peer advice on our members' network", "Consortium Office", "2023-10-16",
               "Since we opened the members' Teams network, staff have used it to ask each other for advice: "
               "new cataloguers asking experienced colleagues, branch managers comparing rotas. Some of these "
               "exchanges have become informal mentoring.",
               "We also remind members that the shared ILS helpdesk remains the route for system problems."),
    "cons3": W(CONS, "/news/ils-upgrade-schedule", "article", 0,
               "Shared ILS upgrade schedule", "Systems Team", "2024-02-19",
               "The shared ILS will be upgraded over the weekend of 9 March. Circulation will run offline."),
    "cons4": W(CONS, "/news/staff-day-recap", "article", 1,
               "Staff day recap", "Consortium Office", "2023-11-27",
               "Over a hundred staff came to the autumn staff day for talks on reader development, a tour "
               "of the new central library and a session introducing the mentoring programme."),
    # --- Ghost Casper 5 ---
    "blog1": W(ISCHOOL, "/mastodon-thread-mentoring/", "article", 3,
               "What a Mastodon thread taught our MLIS cohort about mentoring", "Dr. Helen Cho", "2024-03-05",
               "Last term one of our students posted a question on Mastodon: how do archivists find mentors "
               "when their program is online? Within a day, more than forty librarians and archivists replied.",
               "We read the thread together in class. The replies described mentoring networks rather than a "
               "single mentor: hashtag communities, Slack groups, association mentoring programmes, and "
               "former classmates who became peer mentors.",
               "This term we are building on it, inviting alumni to mentor current students online."),
    "blog2": W(ISCHOOL, "/alumni-voices-career-paths/", "article", 2,
               "Alumni voices: career paths after the iSchool", "Sam Adeyemi", "2023-12-11",
               "We asked five alumni about their first jobs: a records manager, two public librarians, a UX "
               "researcher and a digital archivist.",
               "Four of them named mentoring as what helped most, and most of that mentoring happened online: "
               "LinkedIn messages to alumni, a Discord for new archivists, an association's virtual mentoring "
               "program.",
               "They also talked about salaries, relocating and learning on the job."),
    "blog3": W(ISCHOOL, "/research-data-management-course/", "article", 0,
               "New course: Research Data Management", "Sam Adeyemi", "2023-11-02",
               "Next spring we offer a new elective on research data management: data management plans, "
               "metadata standards and repository services."),
    "blog4": W(ISCHOOL, "/teaching-information-literacy-with-tiktok/", "article", 0,
               "Teaching information literacy with TikTok", "Dr. Helen Cho", "2023-10-18",
               "Students in our instruction course made short videos explaining lateral reading for TikTok. "
               "The best ones are now used by two partner public libraries."),
    "blog5": W(ISCHOOL, "/faculty-news-roundup-winter/", "article", 1,
               "Faculty news roundup: winter", "Sam Adeyemi", "2024-01-29",
               "Professor Lund published a book on archival appraisal; Dr. Cho received a teaching award and "
               "has been talking online mentoring with alumni; Dr. Ruiz joins us from the national archives."),
}

OTHER = [
    (PIPE, "/", "home"), (PIPE, "/archives/", "listing"), (PIPE, "/page/2/", "listing"),
    (PIPE, "/category/articles/", "category"), (PIPE, "/author/renata-oduya/", "profile"),
    (PIPE, "/about/", "about"), (PIPE, "/?s=mentoring", "search"), (PIPE, "/2019/mentoring-old-draft/", "error"),
    (GROUP, "/", "home"), (GROUP, "/page/2/", "listing"), (GROUP, "/category/first-year-experience/", "category"),
    (GROUP, "/category/mentoring/", "category"), (GROUP, "/tag/social-media/", "tag"),
    (GROUP, "/author/jmarlowe/", "profile"), (GROUP, "/about/", "about"), (GROUP, "/contact/", "contact"),
    (SCHOOL, "/", "home"), (SCHOOL, "/series/mentoring/", "category"), (SCHOOL, "/tag/linkedin/", "tag"),
    (SCHOOL, "/author/kwatson/", "profile"), (SCHOOL, "/author/ohaddad/", "profile"), (SCHOOL, "/about/", "about"),
    (SCHOOL, "/write-for-us/", "contact"), (SCHOOL, "/page/2/", "listing"),
    (C4L, "/", "home"), (C4L, "/issues/issue58", "listing"), (C4L, "/issues/issue57", "listing"),
    (C4L, "/issues", "listing"), (C4L, "/about", "about"), (C4L, "/editorial-committee", "about"),
    (C4L, "/?s=mentorship", "search"), (C4L, "/articles/99999", "error"),
    (FED, "/", "home"), (FED, "/news/", "listing"), (FED, "/units/new-professionals/", "category"),
    (FED, "/publications/", "listing"), (FED, "/search?keys=mentoring", "search"), (FED, "/contact/", "contact"),
    (FED, "/about/", "about"), (FED, "/news/old-mentoring-call-2016", "error"),
    (ASSOC, "/", "home"), (ASSOC, "/news/press-releases", "listing"), (ASSOC, "/rt/nmrt", "category"),
    (ASSOC, "/connect/forum/career-development", "listing"), (ASSOC, "/connect/forum/general", "listing"),
    (ASSOC, "/connect/forum", "listing"), (ASSOC, "/user/kmorrow", "profile"), (ASSOC, "/about", "about"),
    (ASSOC, "/contact-us", "contact"), (ASSOC, "/search?keys=mentoring", "search"),
    (ASSOC, "/news/press-releases/2015/nmrt-mentoring", "error"),
    (CILIP, "/", "home"), (CILIP, "/news/", "listing"), (CILIP, "/blogpost/", "listing"),
    (CILIP, "/page/CareerDevelopment", "category"), (CILIP, "/members/grace-obi", "profile"),
    (CILIP, "/members/ruth-penhale", "profile"), (CILIP, "/page/AboutCILIP", "about"),
    (CILIP, "/page/ContactUs", "contact"), (CILIP, "/search/?q=mentoring", "search"),
    (CILIP, "/page/MentorFinderOld", "error"),
    (EVENTS, "/", "home"), (EVENTS, "/events/", "listing"), (EVENTS, "/events/list/?tribe-bar-search=mentoring",
                                                             "search"),
    (EVENTS, "/events/category/professional-development/", "category"), (EVENTS, "/events/tag/online/", "tag"),
    (EVENTS, "/organizer/membership-committee/", "profile"), (EVENTS, "/venue/riverside-library/", "about"),
    (EVENTS, "/about/", "about"), (EVENTS, "/contact/", "contact"), (EVENTS, "/event/mentoring-meetup-2019/", "error"),
    (CONS, "/", "home"), (CONS, "/news", "listing"), (CONS, "/news?start=4", "listing"),
    (CONS, "/news/tags/mentoring", "tag"), (CONS, "/about-us", "about"), (CONS, "/contact", "contact"),
    (CONS, "/component/finder/search?q=mentoring", "search"), (CONS, "/news/mentoring-programme-2020", "error"),
    (ISCHOOL, "/", "home"), (ISCHOOL, "/page/2/", "listing"), (ISCHOOL, "/tag/mentoring/", "tag"),
    (ISCHOOL, "/tag/courses/", "tag"), (ISCHOOL, "/author/helen/", "profile"), (ISCHOOL, "/author/sam/", "profile"),
    (ISCHOOL, "/about/", "about"), (ISCHOOL, "/old-post/", "error"),
]
