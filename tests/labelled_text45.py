"""Web 45's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
Topic: librarians, archivists and information professionals using social media and online networks for mentoring.
"""

from __future__ import annotations

from dataclasses import dataclass

HNET = "networks.hcommons-net.example"  # an H-Net Commons-like discussion network
FL = "www.futurelearning.example"       # a FutureLearn course
CSRA = "www.courseria.example"          # a Coursera-like course page
CC = "www.classcentre.example"          # a Class Central-like directory
UDM = "www.udemia.example"              # a Udemy-like course page
PREZ = "prezi.present.example"          # Prezi public presentations
PAD = "padlet.walls.example"            # Padlet public walls
WAKE = "wakelet.curate.example"         # Wakelet collections
FLIP = "flipboard.mags.example"         # Flipboard magazines
SCOOP = "www.scoopit.example"           # Scoop.it topic pages
HOSTS = (HNET, FL, CSRA, CC, UDM, PREZ, PAD, WAKE, FLIP, SCOOP)


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
    # --- H-Net Commons-like network H-LibInfo ---
    "h1": W(HNET, "/groups/h-libinfo/discussions/8812034/finding-mentor-online-early-career-archivists", "post", 3,
            "Finding a mentor online as an early-career archivist?", "Priya Nandakumar", "2024-01-16",
            "Dear colleagues, I am a processing archivist two years out of my MLIS and the only archivist at a small "
            "historical society. Our regional association's mentoring program has a waiting list, so I am wondering "
            "how others found mentors through social media or online networks.",
            "Reply from Owen Halloran: I met my mentor in a Twitter chat for new archivists; we moved to monthly video "
            "calls. Be specific in what you ask for, and offer something back.",
            "Reply from Gisela Marquardt: The SAA Students and New Archives Professionals section runs a virtual "
            "mentoring match each spring. Pair that with a peer mentoring group on Slack and you have both."),
    "h2": W(HNET, "/groups/h-libinfo/discussions/8812107/cfp-peer-mentoring-networks-lis-social-media", "post", 3,
            "CFP: Peer mentoring networks in LIS and social media (edited volume)", "Dana Whitcombe", "2024-02-02",
            "We invite chapter proposals for an edited volume on how librarians, archivists and other information "
            "professionals build peer mentoring and advice networks through social media: hashtag communities, "
            "Discord and Slack groups, LinkedIn mentoring circles, and online mentoring programmes run by library "
            "associations.",
            "Chapters may report on virtual mentoring schemes, reflect on being mentored across distance, or examine "
            "who is left out of informal online mentoring. Abstracts of 500 words are due 1 May 2024."),
    "h3": W(HNET, "/groups/h-libinfo/discussions/8812230/virtual-mentoring-pilot-state-library-association", "post", 2,
            "Report: our association's virtual mentoring pilot", "Marcus Oyelaran", "2024-03-09",
            "Our state library association ran its first virtual mentoring pilot this year: twenty-two pairs of "
            "librarians matched online and meeting by video. Most pairs kept in touch through a private LinkedIn "
            "group between meetings.",
            "Separately, the board approved new dues and the fall conference moves to Springfield; details in the "
            "newsletter, along with the election slate and the budget summary."),
    "h4": W(HNET, "/groups/h-libinfo/discussions/8812301/digitization-grants-roundup-spring", "post", 1,
            "Digitization grants roundup, spring", "Gisela Marquardt", "2024-03-21",
            "Here is our spring list of grants for digitization of local newspapers, oral histories and photograph "
            "collections, with deadlines and eligibility notes for small repositories.",
            "One reader asked about mentoring for first-time applicants: several funders now pair applicants with a "
            "past grantee online."),
    "h5": W(HNET, "/groups/h-libinfo/discussions/8812377/job-metadata-librarian-northern-state", "post", 0,
            "Job: Metadata Librarian, Northern State University", "Northern State University Libraries", "2024-04-02",
            "Northern State University Libraries seeks a Metadata Librarian to lead cataloging of special "
            "collections in ArchivesSpace and the library catalog. ALA-accredited degree required; salary from "
            "$62,000. Review of applications begins 1 May."),
    "r1": W(HNET, "/reviews/showrev.php?id=60412", "journal-article", 2,
            "Review of Lee and Amadi, Mentoring in the Information Professions", "Ruth Castellanos", "2024-02-14",
            "Lee and Amadi's collection surveys mentoring across libraries and archives, from formal residency "
            "programs to informal relationships. Its strongest chapters treat online mentoring: a study of a "
            "Twitter-based peer mentoring community for new librarians and an account of a virtual mentoring "
            "programme run over Slack for archivists of color.",
            "Less convincing are the chapters on succession planning, which read as management handbooks. H-LibInfo "
            "readers will nonetheless find much here on how social media has widened who can find a mentor."),
    "r2": W(HNET, "/reviews/showrev.php?id=60488", "journal-article", 0,
            "Review of Baptiste, Paper Empires: Record-Keeping in the Colonial Caribbean", "Alan Fairbrother",
            "2024-03-30",
            "Baptiste reconstructs how colonial administrators in the eighteenth-century Caribbean kept land, tax "
            "and court records, and how those record-keeping practices shaped what survives in archives today.",
            "The chapters on notarial registers are the book's heart; the epilogue on digitization is brief."),
    # --- FutureLearn-like course ---
    "flc": W(FL, "/courses/mentoring-in-libraries-online", "document", 2,
             "Mentoring in Libraries: Building Your Online Professional Network", "University of Westmere",
             "2024-01-08",
             "This three-week course is for librarians, archivists and information professionals who want to find a "
             "mentor, become one, or start peer mentoring with colleagues through social media and online "
             "professional networks.",
             "You will plan a mentoring conversation, set up a professional profile, and join the course's learner "
             "community. Duration: 3 weeks, 2 hours per week. Certificate available."),
    "fl1": W(FL, "/courses/mentoring-in-libraries-online/1/steps/1720451", "article", 3,
             "Why librarians look for mentors online", "Dr Helen Abara", "2024-01-08",
             "Many librarians work as the only professional in their building. Social media lets a solo librarian "
             "find a mentor in another city, join a peer mentoring circle, or ask an advice network a question at "
             "the end of a long shift.",
             "Comment from Tomasz K.: I found my first mentor through a LIS hashtag chat and we still talk every "
             "month.",
             "Comment from Aaliyah R.: Our archives network on Discord runs speed-mentoring evenings for students."),
    "fl2": W(FL, "/courses/mentoring-in-libraries-online/1/steps/1720452", "article", 2,
             "Setting up your professional profile", "Dr Helen Abara", "2024-01-08",
             "Before you approach a possible mentor, check what they will find when they look you up: a clear "
             "headline, your current role, the library or archive you work in, and what you want to learn.",
             "Mentors in information work often say they said yes because a profile made it obvious what the "
             "mentee hoped for. Update yours now and share the link in the comments.",
             "Comment from Jo P.: Done! Also added my cataloguing portfolio."),
    "fl3": W(FL, "/courses/mentoring-in-libraries-online/2/steps/1720460", "article", 1,
             "Reading a job advertisement", "Dr Helen Abara", "2024-01-15",
             "Job advertisements in libraries list essential and desirable criteria. Read them side by side with "
             "your CV and note the evidence you can offer for each.",
             "A mentor can help you practise this, but the skill is yours to build.",
             "Comment from Sam W.: The person specification is longer than the job description!"),
    "fl4": W(FL, "/courses/mentoring-in-libraries-online/3/steps/1720471", "article", 0,
             "Your certificate and what next", "FutureLearning Team", "2024-01-22",
             "Congratulations on reaching the end of the course. Upgrade to receive a digital certificate you can "
             "print or add to your CV, and keep access to the course materials for as long as the course exists."),
    # --- Coursera-like ---
    "cs1": W(CSRA, "/learn/clinical-mentoring-nursing", "document", 0,
             "Clinical Mentoring and Preceptorship for Nurses", "Eastbrook University School of Nursing", "2023-09-01",
             "Learn how experienced nurses support students and newly qualified staff on the ward: preceptorship "
             "models, giving feedback after a shift, and assessing clinical competence.",
             "Syllabus: Week 1 The preceptor's role. Week 2 Feedback at the bedside. Week 3 Assessment. Week 4 "
             "Wellbeing and burnout."),
    "cs2": W(CSRA, "/learn/social-media-for-libraries", "document", 1,
             "Social Media Marketing for Libraries and Museums", "Lakeshore University", "2023-11-10",
             "Plan campaigns that bring patrons through the door: choose platforms, write posts for events and "
             "collections, schedule them, and measure engagement.",
             "Syllabus: Week 1 Platforms and audiences. Week 2 Content calendars. Week 3 Analytics. Week 4 A "
             "note on professional networking and finding mentors among other library social media managers."),
    # --- Class Central-like ---
    "cc1": W(CC, "/course/futurelearning-mentoring-in-libraries-online-88214", "document", 3,
             "Mentoring in Libraries: Building Your Online Professional Network (FutureLearning)", "Class Centre",
             "2024-01-20",
             "Overview: a free online course on how librarians and archivists use social media and online networks "
             "to find mentors, mentor others and build peer mentoring groups.",
             "Review by Ines V. (5 stars): As a new academic librarian I used the course to set up a peer "
             "mentoring circle on Mastodon with three people from my cohort. Practical and warm.",
             "Review by K. Doyle (4 stars): Good on virtual mentoring etiquette; I wanted more on mentoring across "
             "time zones."),
    "cc2": W(CC, "/course/courseria-clinical-mentoring-nursing-77410", "document", 0,
             "Clinical Mentoring and Preceptorship for Nurses (Courseria)", "Class Centre", "2023-10-02",
             "Overview: preceptorship models and bedside feedback for nurses supporting students on placement.",
             "Review by M. Ahn (4 stars): Useful for my first year as a preceptor on a surgical ward."),
    "cc3": W(CC, "/course/udemia-linkedin-for-job-seekers-90133", "document", 1,
             "LinkedIn for Job Seekers (Udemia)", "Class Centre", "2024-02-11",
             "Overview: optimise your profile, search for jobs and reach out to recruiters.",
             "Review by Bea L. (3 stars): Generic, but I am a school librarian and the lecture on asking for "
             "informational interviews got me a mentor of sorts."),
    "cca": W(CC, "/report/free-courses-mentoring-library-professionals", "article", 2,
             "Free courses for library professionals who want a mentor", "Dhawal S.", "2024-03-04",
             "Library and information science has few online courses on mentoring, but a handful stand out. We "
             "looked at courses that teach librarians and archivists to find mentors through social media and "
             "online networks, and at courses on mentoring in general.",
             "Our pick is FutureLearning's Mentoring in Libraries. We also list courses on LinkedIn, on academic "
             "writing and on leadership that our readers in libraries have found useful."),
    # --- Udemy-like ---
    "u1": W(UDM, "/course/peer-mentoring-for-library-staff/", "document", 2,
            "Peer Mentoring for Library Staff: Start a Circle Online", "Rosa Delgado-Finch", "2023-12-05",
            "What you'll learn: start a peer mentoring circle with library colleagues on Slack, Teams or a Facebook "
            "group; run monthly virtual meetings; keep the group going.",
            "Curriculum: Section 1 Why peer mentoring. Section 2 Recruiting members on social media. Section 3 "
            "Running sessions. Section 4 Templates.",
            "Review by Mo T.: Our branch librarians used this to set up a cross-county circle."),
    "u2": W(UDM, "/course/excel-pivot-tables-masterclass/", "document", 0,
            "Excel Pivot Tables Masterclass", "Harlan Beck", "2023-06-17",
            "What you'll learn: build pivot tables, slicers and dashboards from raw data.",
            "Curriculum: Section 1 Cleaning data. Section 2 Pivot tables. Section 3 Dashboards."),
    # --- Prezi-like ---
    "p1": W(PREZ, "/p/k3vx9ql2mntr/mentoring-librarians-through-social-media/", "document", 3,
            "Mentoring librarians through social media", "Chloe Ferreira", "2023-10-12",
            "Mentoring librarians through social media: a talk for the New Members Round Table.",
            "1. Why online mentoring: distance, solo librarians, underrepresented colleagues. 2. Where: hashtag "
            "chats, Slack and Discord communities, LinkedIn groups. 3. Peer mentoring circles and reverse "
            "mentoring. 4. How to ask someone to mentor you in a direct message.",
            "5. Lessons from our association's virtual mentoring programme: 40 pairs, 80 percent still in contact."),
    "p1pdf": W(PREZ, "/p/k3vx9ql2mntr/mentoring-librarians-through-social-media/export.pdf", "document", 2,
               "Mentoring librarians through social media (PDF export)", "Chloe Ferreira", "2023-10-12",
               "Mentoring librarians through social media",
               "Why online mentoring: distance, solo librarians, underrepresented colleagues.",
               "Where: hashtag chats, Slack and Discord communities, LinkedIn groups.",
               "Peer mentoring circles; how to ask someone to mentor you.",
               "Speaker notes and credits for images follow on the next slides."),
    "p2": W(PREZ, "/p/w8bd2rte5hya/archives-outreach-on-instagram/", "document", 1,
            "Archives outreach on Instagram", "Luis Echeverria", "2023-08-30",
            "Archives outreach on Instagram: how our university archives grew from 200 to 6,000 followers.",
            "1. Collection highlights each Tuesday. 2. Reels from the reading room. 3. Captions and alt text. "
            "4. Thanks to the archivist who mentored me on this, whom I met on the platform."),
    "p3": W(PREZ, "/p/c2hn7zup4qwe/mentoring-new-teachers-year-one/", "document", 0,
            "Mentoring new teachers: year one", "Andrea Kowalczyk", "2023-09-05",
            "Mentoring new teachers: year one, for the district induction programme.",
            "1. Weekly classroom observation. 2. Co-planning lessons. 3. Behaviour management. 4. Meeting in "
            "person after school."),
    # --- Padlet-like wall ---
    "pd1": W(PAD, "/nmrtmentors/mentoring-ideas-wall/wish/2784403318", "post", 3,
             "Peer mentoring circles on Slack", "Keisha Brandt", "2024-02-20",
             "Our peer mentoring circle of six early-career librarians meets on Slack: a weekly check-in thread, a "
             "channel for CVs and cover letters, and a monthly video call. No one is the mentor; we all are."),
    "pd2": W(PAD, "/nmrtmentors/mentoring-ideas-wall/wish/2784403401", "post", 3,
             "Find a mentor through #critlib and LIS hashtags", "Ravi Menon", "2024-02-21",
             "I found two mentors by joining LIS hashtag chats on social media and following up with a direct "
             "message afterwards. Tip: reply thoughtfully for a few weeks before you ask for mentoring."),
    "pd3": W(PAD, "/nmrtmentors/mentoring-ideas-wall/wish/2784403517", "post", 2,
             "Speed mentoring at the virtual conference", "Maya Oduya", "2024-02-22",
             "Our archives section ran speed mentoring rooms in the virtual conference platform: ten minutes with "
             "each of five seasoned archivists. Lots of us kept in touch on LinkedIn afterwards.",
             "Also: bring snacks to your next in-person meeting, they help."),
    "pd4": W(PAD, "/nmrtmentors/mentoring-ideas-wall/wish/2784403622", "post", 1,
             "Book club for new members", "Tess Whelan", "2024-02-23",
             "Our new members round table reads one professional book a quarter and meets in the library cafe. "
             "Some of us ended up mentoring each other, but mostly we just talk books."),
    "pd5": W(PAD, "/nmrtmentors/mentoring-ideas-wall/wish/2784403790", "post", 0,
             "Parking at the conference centre", "Admin", "2024-02-24",
             "Reminder: the conference centre car park is closed on Saturday morning. Use the garage on Fifth "
             "Street; validation at the registration desk."),
    # --- Wakelet-like collections ---
    "k1": W(WAKE, "/wake/Fq7dN2pX8kLm", "document", 3,
            "Online mentoring for LIS professionals: readings and networks", "Sunita Rao", "2024-01-30",
            "A collection for librarians and archivists looking for mentoring online. Note: start with the "
            "association mentoring programmes that match you virtually, then peer mentoring circles.",
            "Note on item 2: a study of a Twitter chat that works as an advice network for new librarians.",
            "Note on item 4: the archivists' Discord runs monthly mentoring hours; ask in #newcomers."),
    "k2": W(WAKE, "/wake/Bz4uT9wQ1rHs", "document", 2,
            "Starting out in school libraries", "Sunita Rao", "2024-02-12",
            "Links I share with new school librarians: curriculum planning, reading promotion, budgets.",
            "Note: several of you asked about finding a mentor. Join the school library groups on Facebook and "
            "Mastodon listed here; experienced school librarians answer questions and some offer mentoring."),
    "k3": W(WAKE, "/wake/Lm2cR6yV3eJd", "document", 0,
            "Summer reading 2024 display ideas", "Oakridge Public Library", "2024-05-01",
            "Display ideas for summer reading: ocean themes, graphic novels, reading bingo and a staff picks shelf."),
    # --- Flipboard-like magazine ---
    "f1": W(FLIP, "/@libcareers/lis-mentoring-online-r1kq0vz2y/how-new-librarians-find-mentors-on-social-media-a7Qp", "article", 3,
            "How new librarians find mentors on social media", "LibCareers", "2024-03-02",
            "Curated from Library Journal: New librarians increasingly find mentors on social media, joining "
            "hashtag chats, Discord servers and LinkedIn groups where experienced colleagues offer advice.",
            "Caption by LibCareers: The best piece I have read on online mentoring for LIS grads. The section on "
            "peer mentoring networks is worth sharing with your cohort."),
    "f2": W(FLIP, "/@libcareers/lis-mentoring-online-r1kq0vz2y/archivists-virtual-mentoring-program-opens-b8Rt", "article", 2,
            "Archivists' virtual mentoring program opens applications", "LibCareers", "2024-03-05",
            "Curated from Archival Outlook: The regional archivists' society opens applications for its virtual "
            "mentoring program, which matches mentors and mentees across the region for six months of online "
            "meetings.",
            "Caption by LibCareers: Deadline is soon."),
    "f3": W(FLIP, "/@libcareers/lis-mentoring-online-r1kq0vz2y/ai-tools-in-reference-services-c9Sv", "article", 1,
            "AI tools in reference services", "LibCareers", "2024-03-07",
            "Curated from American Libraries: How reference librarians are testing chatbots for ready reference "
            "and where the answers go wrong.",
            "Caption by LibCareers: Good to discuss with your mentor or peer group."),
    "f4": W(FLIP, "/@libcareers/lis-mentoring-online-r1kq0vz2y/mentoring-startup-founders-d0Tw", "article", 0,
            "Why startup founders need mentors", "LibCareers", "2024-03-09",
            "Curated from a business magazine: Startup founders with a mentor raise money faster, according to a "
            "survey of accelerator programmes. Investors are paying attention.",
            "Caption by LibCareers: Flipped by mistake, sorry."),
    # --- Scoop.it-like topic ---
    "s1": W(SCOOP, "/topic/lis-mentoring/p/4151230987/2024/01/12/twitter-chats-as-mentoring-networks-for-librarians", "post", 3,
            "Twitter chats as mentoring networks for librarians", "Marisol Grant", "2024-01-12",
            "From the article: Weekly library chats on Twitter worked as informal mentoring networks, where new "
            "librarians got advice from seasoned colleagues and formed lasting mentoring relationships.",
            "Marisol Grant's insight: This is the study I send to anyone who says online mentoring is not real "
            "mentoring. Peer mentoring among LIS students shows up here too."),
    "s2": W(SCOOP, "/topic/lis-mentoring/p/4151231112/2024/01/19/e-mentoring-in-academic-libraries", "post", 3,
            "E-mentoring in academic libraries: a scoping review", "Marisol Grant", "2024-01-19",
            "From the article: E-mentoring programmes in academic libraries use email, video calls and social "
            "media to connect mentors and mentees across campuses.",
            "Marisol Grant's insight: A useful map of virtual mentoring for librarians; the gap it points to is "
            "archivists and records managers."),
    "s3": W(SCOOP, "/topic/lis-mentoring/p/4151231245/2024/02/03/leadership-institute-for-new-directors", "post", 2,
            "Leadership institute for new library directors", "Marisol Grant", "2024-02-03",
            "From the article: The week-long leadership institute pairs new library directors with experienced "
            "directors, who continue mentoring them online for a year through a private discussion group.",
            "Marisol Grant's insight: The online year after the institute is the part people praise."),
    "s4": W(SCOOP, "/topic/lis-mentoring/p/4151231390/2024/02/17/library-budgets-2024", "post", 1,
            "Library budgets in 2024", "Marisol Grant", "2024-02-17",
            "From the article: Public library budgets are flat for the third year while costs for e-books rise.",
            "Marisol Grant's insight: Off topic for this page, but your mentor will want to talk about it."),
    "s5": W(SCOOP, "/topic/lis-mentoring/p/4151231501/2024/03/01/mentoring-in-engineering-firms", "post", 0,
            "Mentoring young engineers in consulting firms", "Marisol Grant", "2024-03-01",
            "From the article: Engineering consultancies pair graduates with chartered engineers for site visits "
            "and design reviews on the way to professional registration.",
            "Marisol Grant's insight: For comparison with other professions."),
}

_FLC = "/courses/mentoring-in-libraries-online"
_PW = "/nmrtmentors/mentoring-ideas-wall"
_FM = "/@libcareers/lis-mentoring-online-r1kq0vz2y"
OTHER = [
    (HNET, "/", "home"), (HNET, "/groups/h-libinfo", "home"), (HNET, "/groups/h-libinfo/discussions", "listing"),
    (HNET, "/groups/h-libinfo/discussions?page=1", "listing"), (HNET, "/groups/h-libinfo/reviews", "listing"),
    (HNET, "/groups/h-libinfo/about", "about"), (HNET, "/groups/h-libinfo/contact", "contact"),
    (HNET, "/people/gisela-marquardt", "profile"), (HNET, "/search/site/mentoring", "search"),
    (HNET, "/taxonomy/term/4417", "tag"), (HNET, "/groups/h-libinfo/discussions/8800001/old-thread", "error"),
    (FL, "/", "home"), (FL, "/subjects/teaching-courses", "category"), (FL, "/profiles/18830411", "profile"),
    (FL, _FLC + "/1/todo/71002", "listing"), (FL, _FLC + "/2/todo/71002", "listing"),
    (FL, "/search?q=mentoring", "search"), (FL, "/about-futurelearning", "about"),
    (FL, "/courses/library-mentoring-2019", "error"),
    (CSRA, "/", "home"), (CSRA, "/browse/social-sciences", "category"), (CSRA, "/instructor/helen-abara", "profile"),
    (CSRA, "/search?query=mentoring", "search"), (CSRA, "/about", "about"),
    (CC, "/", "home"), (CC, "/subject/library-science", "category"), (CC, "/subject/nursing", "category"),
    (CC, "/search?q=mentoring", "search"), (CC, "/report/", "listing"), (CC, "/about", "about"),
    (CC, "/contact", "contact"), (CC, "/course/old-course-10001", "error"),
    (UDM, "/", "home"), (UDM, "/topic/mentoring/", "tag"), (UDM, "/user/rosa-delgado-finch/", "profile"),
    (UDM, "/courses/search/?q=mentoring", "search"), (UDM, "/courses/office-productivity/", "category"),
    (PREZ, "/", "home"), (PREZ, "/explore/", "listing"), (PREZ, "/user/chloeferreira/", "profile"),
    (PREZ, "/search/?search=mentoring", "search"), (PREZ, "/p/zz0000000000/removed/", "error"),
    (PAD, "/", "home"), (PAD, _PW, "listing"), (PAD, "/nmrtmentors", "profile"), (PAD, "/about", "about"),
    (PAD, "/gallery/education", "category"),
    (WAKE, "/", "home"), (WAKE, "/@sunitarao", "profile"), (WAKE, "/explore", "listing"),
    (WAKE, "/explore/libraries", "category"), (WAKE, "/about", "about"),
    (FLIP, "/", "home"), (FLIP, _FM, "listing"), (FLIP, "/@libcareers", "profile"),
    (FLIP, "/topic/libraries", "tag"), (FLIP, "/topic/careers", "tag"), (FLIP, "/search?q=mentoring", "search"),
    (SCOOP, "/", "home"), (SCOOP, "/topic/lis-mentoring", "listing"), (SCOOP, "/topic/lis-mentoring?page=2", "listing"),
    (SCOOP, "/u/marisol-grant", "profile"), (SCOOP, "/topic/lis-mentoring?tag=social+media", "tag"),
    (SCOOP, "/search?q=mentoring", "search"), (SCOOP, "/contact", "contact"),
    (SCOOP, "/topic/lis-mentoring/p/4000000000/2019/01/01/gone", "error"),
]
