"""Web 41's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
Topic: how librarians, archivists and information professionals use social media and online networks for
mentoring.
"""

from __future__ import annotations

from dataclasses import dataclass

OLLIE = "blog.tricounty-libraries.example"   # WordPress, Ollie block theme, Yoast SEO
GO = "readingnook-library.example"            # WordPress, GoDaddy Go theme
CONGO = "notes.hollisref.example"             # Hugo, Congo theme
MM = "quillandcard.example"                   # Jekyll, Minimal Mistakes, jekyll-seo-tag
THESIS = "boxesandfolders.example"            # Ghost, Thesis theme
RED = "www.reddit.example"                    # new Reddit (shreddit-post)
IGI = "www.igi-press.example"                 # an IGI Global-like publisher
ERIC = "eric.edsearch.example"                # an ERIC-like education database
FB = "www.facebook.example"                   # a Facebook-like public group
MED = "stacked.pub.example"                   # a Medium publication on its own domain
HOSTS = (OLLIE, GO, CONGO, MM, THESIS, RED, IGI, ERIC, FB, MED)


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
    # --- consortium blog (WordPress, Ollie) ---
    "o1": W(OLLIE, "/2024/04/virtual-mentoring-cohort-2024/", "article", 3,
            "Our virtual mentoring cohort opens for 2024", "Joanna Davies", "2024-04-08",
            "Applications are open for the consortium's third virtual mentoring cohort. Mentees from any member "
            "library are matched with a mentor at another library, and the pairs meet on Zoom once a month.",
            "Between meetings the cohort lives in a private Slack workspace: a channel for each pair, an #ask-anything "
            "channel for the whole group and a weekly prompt. Last year's mentees told us the open channel mattered "
            "as much as the pairing, because it gave them an advice network of twelve librarians instead of one.",
            "Mentors do not need to be directors. Paraprofessionals, branch staff and systems librarians have all "
            "mentored. Peer mentoring pairs of two early-career staff are welcome too.",
            "Apply by 3 May. Questions go to the professional development committee."),
    "o2": W(OLLIE, "/2024/02/staff-development-roundup-february/", "article", 2,
            "Staff development roundup: February", "Joanna Davies", "2024-02-19",
            "Three webinars are coming up this month: grant writing for small libraries, de-escalation at the "
            "desk, and an introduction to the new ILS reports module.",
            "We also want to point you to the LinkedIn group our member librarians started last autumn for "
            "mentoring. It now has 240 members; newer staff post questions about interviews, supervising, or "
            "moving into management, and experienced librarians answer or offer a call. Several informal "
            "mentoring pairs have come out of it, and the moderators keep a list of volunteers willing to mentor.",
            "Finally, remember that conference scholarships close on the 28th."),
    "o3": W(OLLIE, "/2024/01/courier-schedule-changes/", "article", 0,
            "Courier schedule changes from 1 February", "Marcus Bell", "2024-01-22",
            "Delivery to the northern branches moves from Tuesday and Friday to Monday and Thursday.",
            "Please have totes labelled by 9 a.m. Damaged items should be returned with a slip."),
    "o4": W(OLLIE, "/2023/11/annual-meeting-recap/", "article", 1,
            "Annual meeting recap", "Marcus Bell", "2023-11-14",
            "Eighty-five staff from twenty-two member libraries attended the annual meeting in Ashford. The budget "
            "passed, the new shared catalogue timeline was presented, and the board elected two new members.",
            "In the afternoon sessions staff talked about e-resource licensing, summer reading numbers, and, "
            "briefly, the online mentoring cohort, which will recruit again in spring.",
            "Slides are on the members' page."),
    "o5": W(OLLIE, "/2023/09/job-shadowing-days-return/", "article", 1,
            "Job shadowing days return", "Joanna Davies", "2023-09-05",
            "After a four-year pause, job shadowing days are back. Staff can spend a day at another member library "
            "working beside a colleague in a role they are curious about, from interlibrary loan to children's "
            "services.",
            "Many of last year's participants said the day turned into an informal mentoring relationship, kept up "
            "over coffee and site visits. Sign up on the paper form at your branch."),
    # --- school librarian's blog (WordPress, Go) ---
    "g1": W(GO, "/how-i-found-my-mentor-on-tlchat/", "article", 3,
            "How I found my mentor on #tlchat", "Maria Rivera", "2023-10-02",
            "When I became the only school librarian in my district, nobody in the building knew what my job was. "
            "I had no one to ask. So I started lurking in the #tlchat hashtag, then answering, then asking.",
            "One teacher librarian three states away replied to everything I posted. After a month we were "
            "messaging, after two we had a standing video call. She has been my mentor for four years now, and we "
            "have never met in person.",
            "If you are a solo school librarian, online networks are where your mentors are. Follow the hashtags, "
            "join the Facebook groups for school librarians, and ask the question you think is too basic. Someone "
            "will answer, and some of them will keep answering."),
    "g2": W(GO, "/peer-mentoring-for-solo-librarians/", "article", 2,
            "Peer mentoring when you are the only one", "Maria Rivera", "2024-01-15",
            "Our state association started a peer mentoring program this year, pairing new school librarians with "
            "ones who have a few years behind them. Most pairs keep in touch through a group on Facebook and a "
            "shared Padlet of lesson ideas.",
            "My mentee and I swap collection development lists and I talk her through her first budget.",
            "The rest of this post is about weeding, which is what my mentee asked me about first: start with "
            "anything older than you are, check the circulation data, and do not weed in front of the teachers."),
    "g3": W(GO, "/book-fair-survival-guide/", "article", 0,
            "Book fair survival guide", "Maria Rivera", "2024-03-04",
            "Book fair week again. Recruit parent volunteers early, set up the night before, and keep a cash box "
            "float of small bills.",
            "Wish lists for classroom teachers are the best fundraising idea I have found."),
    "g4": W(GO, "/library-makeover-on-a-shoestring/", "article", 1,
            "Library makeover on a shoestring", "Maria Rivera", "2023-08-21",
            "We moved every shelf this summer. New genrefied fiction sections, a maker corner and beanbags from a "
            "grant.",
            "Half the ideas came from Instagram, where school librarians post their spaces; one of them, who I "
            "think of as an online mentor, talked me out of painting the whole room orange.",
            "Photos of before and after are below."),
    # --- academic librarian's notes (Hugo, Congo) ---
    "c1": W(CONGO, "/posts/e-mentoring-literature-notes/", "article", 3,
            "Notes on the e-mentoring literature for academic librarians", "Priya Natarajan", "2024-03-18",
            "I have been reading what library and information science research says about e-mentoring: mentoring "
            "relationships carried out mostly through email, social networking sites and video calls.",
            "Three themes recur. First, online mentoring widens the pool: new academic librarians at small colleges "
            "find mentors at research libraries they could never meet locally. Second, peer mentoring groups on "
            "social media fill the gap that formal programmes leave, especially for librarians of colour who "
            "look for mentors who share their experience. Third, relationships that start on Twitter or in "
            "professional listservs often move to private channels once trust is built.",
            "What is missing is evaluation. Few studies follow mentees for more than a year, and almost none "
            "compare online with face-to-face mentoring outcomes.",
            "My reading list is at the end; suggestions welcome."),
    "c2": W(CONGO, "/posts/tenure-track-advice-network/", "article", 2,
            "Building a tenure-track advice network", "Priya Natarajan", "2023-12-01",
            "Year two on the tenure track. Our library has no formal mentoring, so I built an advice network: a "
            "Mastodon list of research librarians, a small Slack of people who started when I did, and one senior "
            "colleague I email once a month.",
            "The Slack has been the most useful. We share drafts of our dossiers and talk each other through peer "
            "review comments.",
            "Now to the actual research agenda: I am studying how first-year students use the chat reference "
            "service, and IRB approval came through last week."),
    "c3": W(CONGO, "/posts/openrefine-clustering-notes/", "article", 0,
            "OpenRefine clustering notes", "Priya Natarajan", "2023-10-10",
            "Key collision with fingerprint works for most publisher names; nearest neighbour with Levenshtein "
            "distance catches the typos it misses.",
            "Always export the project history before bulk edits."),
    "c4": W(CONGO, "/posts/conference-notes-acrl/", "article", 1,
            "Conference notes: information literacy track", "Priya Natarajan", "2023-04-20",
            "Sessions on the framework threshold concepts, on assessment rubrics, and on embedding librarians "
            "in first-year writing courses.",
            "A hallway conversation about finding mentors online was better than some of the panels, but that is "
            "for another post.",
            "My slides from the poster session are linked below."),
    # --- student blog (Jekyll, Minimal Mistakes) ---
    "m1": W(MM, "/mlis/2024/02/10/finding-mentors-online-as-an-mlis-student/", "article", 3,
            "Finding mentors online as an MLIS student", "Hana Okafor", "2024-02-10",
            "I study online, so I never bump into librarians in a hallway. Everything I know about the profession "
            "outside the syllabus I learned from people I met on social media.",
            "What worked: a complete LinkedIn profile and short, specific messages to archivists whose work I "
            "admired; joining the student section's Discord, where recent graduates run peer mentoring threads; "
            "and answering questions in the r/Librarians community before asking my own.",
            "Two of those conversations turned into proper mentoring relationships, with monthly calls and "
            "feedback on my resume. One mentor introduced me to the practicum supervisor I have now."),
    "m2": W(MM, "/mlis/2023/12/18/first-semester-reflections/", "article", 2,
            "First semester reflections", "Hana Okafor", "2023-12-18",
            "Four courses done: foundations, organisation of information, reference, and research methods. "
            "Reference was my favourite.",
            "The thing that helped most was the mentoring programme my school runs online: each student gets a "
            "working librarian as a mentor, and the pairs meet over video and keep a shared Google Doc. My mentor "
            "is a public librarian in another province, and she has been honest about the job market.",
            "Next semester: cataloguing and a digital libraries elective."),
    "m3": W(MM, "/mlis/2023/10/05/cataloguing-homework/", "article", 0,
            "Cataloguing homework, or why MARC has so many fields", "Hana Okafor", "2023-10-05",
            "This week we catalogued ten books from scratch. The 245 field alone took me an hour.",
            "RDA makes more sense once you stop trying to memorise it."),
    "m4": W(MM, "/mlis/2024/04/01/practicum-week-one/", "article", 1,
            "Practicum, week one", "Hana Okafor", "2024-04-01",
            "My practicum is at a university archives: processing a faculty member's papers, writing a finding "
            "aid, and a little digitisation.",
            "My supervisor, whom I first met through a LinkedIn message, is patient with my questions.",
            "Next week: boxes and boxes of correspondence."),
    # --- Ghost newsletter about archives careers (Thesis) ---
    "t1": W(THESIS, "/the-mentor-you-find-online/", "article", 3,
            "The mentor you find online", "Ren Takahashi", "2024-03-12",
            "Archives can be lonely workplaces. Lone arrangers, project archivists on short contracts, "
            "processing archivists in a basement: many of us have no senior archivist down the hall.",
            "So archivists have built mentoring online. There are peer mentoring circles that meet on video, "
            "Discord servers for new professionals, and the old archives listservs where a question from a student "
            "still gets a dozen thoughtful replies. Several of the archivists I interviewed for this issue found "
            "their mentors through Twitter threads or Mastodon posts and kept the relationship going for years.",
            "The advice they give is consistent: be specific about what you want from a mentor, offer something "
            "back, and treat peer mentoring as real mentoring."),
    "t2": W(THESIS, "/how-to-run-a-virtual-mentoring-circle/", "article", 3,
            "How to run a virtual mentoring circle", "Ren Takahashi", "2024-01-30",
            "A mentoring circle is a small group of archivists and records managers, usually four to eight, who "
            "meet regularly to mentor each other. Online, the format works well across time zones.",
            "Keep the group small, meet monthly on video, and keep a shared channel between meetings for drafts "
            "and questions. Rotate the facilitator. Have each meeting start with one person's problem.",
            "Circles I know of have helped members through job searches, first supervisory roles and grant "
            "applications. Two members of one circle went on to set up a mentoring programme for their "
            "regional archives association."),
    "t3": W(THESIS, "/job-hunting-in-archives-2024/", "article", 2,
            "Job hunting in archives, 2024 edition", "Ren Takahashi", "2024-02-20",
            "The market is still tight: many postings are term positions and salaries lag behind other "
            "information jobs.",
            "What helps is a network. Several readers got their last job through a mentor they met online, in "
            "the SAA student chapter's Slack or in a LinkedIn group for archivists, who flagged the posting or "
            "read their cover letter.",
            "Also: read the job ad twice, address every required qualification, and send a writing sample that "
            "is short."),
    "t4": W(THESIS, "/salary-survey-results/", "article", 0,
            "Salary survey results", "Ren Takahashi", "2023-11-07",
            "Four hundred readers answered the salary survey. The median for processing archivists was 52,000; "
            "for digital archivists 61,000.",
            "Term positions paid about ten percent less than permanent ones."),
    "t5": W(THESIS, "/interview-digital-archivist-lena-moore/", "article", 1,
            "Interview: a digital archivist on email preservation", "Ren Takahashi", "2023-12-12",
            "Lena Moore runs email preservation at a state archives. She talked to us about capture tools, "
            "privacy review, and why PST files still haunt her.",
            "She credits a mentor she met on the old archives listserv with getting her into the field.",
            "Her tip for new digital archivists: document every decision."),
    # --- new Reddit ---
    "r1": W(RED, "/r/Librarians/comments/1b7xk2q/anyone_found_a_mentor_through_social_media/", "post", 3,
            "Anyone found a mentor through social media?", "u/quiet_stacks", "2024-03-06",
            "New academic librarian here, first professional job, and there is no mentoring program. Has anyone "
            "actually found a mentor through social media or an online community? How did you ask?",
            "Reply from u/oldref_desk: I found mine through a Twitter chat in 2016. We still talk every few weeks. "
            "Just ask a specific question first, not 'will you be my mentor'.",
            "Reply from u/metadata_mo: The ALA and ACRL online communities have mentoring matchups. Also there "
            "are peer mentoring Discords for new librarians; mine has been more useful than my formal mentor."),
    "r2": W(RED, "/r/Librarians/comments/1a3pq9d/starting_out_in_archives_advice/", "post", 2,
            "Starting out in archives - advice?", "u/boxnumber7", "2024-01-11",
            "Just got a project archivist job, 18 months. What should I do to make sure I have something after? "
            "I am the only archivist on the project.",
            "Reply from u/lonearranger: Find a mentor outside your institution. Post on the archives listservs "
            "or join a virtual mentoring circle; lots of us started that way.",
            "Reply from u/dpla_fan: Keep a portfolio of finding aids and learn some basic scripting."),
    "r3": W(RED, "/r/Librarians/comments/19dk3vv/strangest_reference_question_this_week/", "post", 0,
            "Strangest reference question this week", "u/oldref_desk", "2024-01-20",
            "A patron wanted a book about a blue bird. No title, no author, just blue and a bird. It was a field "
            "guide to jays.",
            "Reply from u/quiet_stacks: The blue book is always the hardest."),
    "r4": W(RED, "/r/Librarians/comments/1c0mm4t/feeling_burned_out_after_two_years/", "post", 1,
            "Feeling burned out after two years", "u/teenzone_lib", "2024-04-02",
            "Two years in a teen department and I am exhausted. Programs every night, no budget, and the "
            "behaviour issues are getting worse.",
            "Reply from u/metadata_mo: Talk to your supervisor about workload. Maybe find a mentor online, but "
            "mostly take your vacation days."),
    "r5": W(RED, "/r/nursing/comments/1b2zz8r/precepting_new_grads_tips/", "post", 0,
            "Precepting new grads - tips?", "u/quiet_stacks", "2024-02-28",
            "I am precepting my first new grad nurse on a med-surg floor. Any tips for mentoring someone on twelve "
            "hour shifts?",
            "Reply from u/charge_rn: Let them take the lead by week three and debrief after every shift."),
    # --- IGI Global-like publisher ---
    "i1": W(IGI, "/gateway/article/321456", "journal-article", 3,
            "Social Networking Sites as Mentoring Spaces for Early-Career Librarians", "Adeyemi, Grace; Walsh, "
            "Thomas", "2023-07-01",
            "Abstract: This study examines how early-career librarians use social networking sites for mentoring. "
            "A survey of 312 librarians in their first five years and 18 interviews show that Twitter, LinkedIn "
            "and Facebook groups serve as places to find mentors, to seek advice from peer networks and to "
            "sustain e-mentoring relationships begun at conferences.",
            "Respondents valued the speed and breadth of advice in online networks but reported that deeper "
            "mentoring moved to private messages and video calls. The article recommends that library "
            "associations support online mentoring programmes."),
    "i2": W(IGI, "/gateway/chapter/298765", "journal-article", 2,
            "Virtual Mentoring for Archivists and Records Managers", "Kowalski, Ewa", "2022-05-01",
            "Abstract: This chapter describes virtual mentoring schemes offered by archival associations and "
            "considers how archivists use online networks to find mentors and peers.",
            "The chapter also surveys the competencies expected of new records managers, from retention schedules "
            "to electronic records systems."),
    "i3": W(IGI, "/pdf.aspx?tid=298765&ptid=301&ctid=15&t=virtual-mentoring-for-archivists", "document", 2,
            "Virtual Mentoring for Archivists and Records Managers (PDF)", "Kowalski, Ewa", "2022-05-01",
            "Virtual Mentoring for Archivists and Records Managers. Ewa Kowalski.",
            "Archival associations increasingly run their mentoring programmes online, matching mentors and mentees "
            "across regions over video and email. Archivists also find mentors on their own through listservs "
            "and social media.",
            "The second half of this chapter sets out core competencies for records managers."),
    "i4": W(IGI, "/gateway/article/330012", "journal-article", 0,
            "Peer Mentoring in Undergraduate Nursing Education: A Mixed-Methods Study", "Brennan, Siobhan",
            "2023-10-01",
            "Abstract: Senior nursing students mentored first-year students during clinical placements. Mentees "
            "reported lower anxiety and better skills retention.",
            "Face-to-face debriefing sessions were the core of the programme."),
    "i5": W(IGI, "/gateway/article/315900", "journal-article", 1,
            "Instagram Marketing in Public Libraries: A Content Analysis", "Liu, Wen; Park, Daniel", "2022-10-01",
            "Abstract: We analysed 2,400 Instagram posts from 60 public libraries to see which content attracts "
            "engagement. Event photos and staff picks performed best.",
            "Some librarians interviewed also used Instagram to follow and learn from peers, a form of informal "
            "mentoring, which we note for future study."),
    # --- ERIC-like database ---
    "e1": W(ERIC, "/?id=ED612345", "document", 3,
            "Online Peer Mentoring Networks for New School Librarians", "Harper, Joan; Mensah, Kofi", "2021",
            "Abstract: New school librarians often work alone. This report describes a statewide online peer "
            "mentoring network in which 64 first- and second-year school librarians were placed in mentoring "
            "groups led by experienced librarians, meeting through a private social network and monthly video "
            "calls. Participants reported greater confidence, lower isolation and wider professional networks.",
            "Descriptors: Mentors; School Librarians; Beginning Teachers; Social Networks; Computer Mediated "
            "Communication; Peer Relationship; Professional Development."),
    "e2": W(ERIC, "/fulltext/ED612345.pdf", "document", 3,
            "Online Peer Mentoring Networks for New School Librarians (full text)", "Harper, Joan; Mensah, Kofi",
            "2021",
            "Online Peer Mentoring Networks for New School Librarians. Joan Harper and Kofi Mensah.",
            "School librarians are often the only information professional in their building. We built an online "
            "peer mentoring network so that new librarians could find mentors and peers beyond their district.",
            "Mentoring groups met in a private social network between monthly video calls. Mentees posted "
            "questions about collection development, teaching and advocacy and received advice within hours.",
            "After a year, mentees reported higher confidence and most kept in touch with their mentors online."),
    "e3": W(ERIC, "/?id=EJ1298877", "document", 1,
            "Social Media Use among Academic Librarians: A National Survey", "Olsen, Mark", "2020",
            "Abstract: A survey of 540 academic librarians on their use of social media for outreach, current "
            "awareness and professional communication. Most used Twitter for current awareness; a minority "
            "mentioned mentoring.",
            "Descriptors: Academic Libraries; Librarians; Social Media; Surveys."),
    "e4": W(ERIC, "/?id=EJ1311024", "document", 0,
            "Mentoring Beginning Teachers in Rural Schools", "Garcia, Ana", "2021",
            "Abstract: Describes a mentoring programme that paired beginning teachers with veteran teachers in "
            "rural districts, with classroom observations and weekly meetings.",
            "Descriptors: Beginning Teachers; Mentors; Rural Schools; Teacher Induction."),
    "e5": W(ERIC, "/?id=EJ1344501", "document", 2,
            "Twitter Chats as Professional Learning for School Librarians", "Nguyen, Lan", "2022",
            "Abstract: Examines participation in weekly Twitter chats by school librarians. Participants used the "
            "chats to share lessons, and many described them as a source of mentoring: new librarians found "
            "mentors and ongoing advice from experienced colleagues they met in the chats.",
            "Descriptors: School Librarians; Social Media; Professional Development; Mentors."),
    # --- Facebook-like group ---
    "f1": W(FB, "/groups/librarymentorsnetwork/posts/7712345678901234/", "post", 3,
            "Mentor Monday: introduce yourself", "Ana Lindqvist", "2024-03-04",
            "It's Mentor Monday! If you are looking for a mentor, comment with your role, what you'd like help "
            "with and your time zone. If you can mentor, say what you know. Our admins will match people in "
            "the comments.",
            "Comment: Cataloguer, three years in, would love a mentor on moving into systems. EST.",
            "Comment: Archivist, twenty years, happy to mentor anyone on grant writing or processing."),
    "f2": W(FB, "/groups/librarymentorsnetwork/posts/7712345678905678/", "post", 3,
            "Peer mentoring pods for new librarians", "Devon Clarke", "2024-02-12",
            "We are starting peer mentoring pods: five new librarians and information professionals per pod, "
            "a monthly video call and a chat thread here in the group. Mentoring does not have to be top-down.",
            "Comment: Signed up! The last pod I was in got me through my first year as a branch manager."),
    "f3": W(FB, "/groups/librarymentorsnetwork/posts/7712345678909012/", "post", 2,
            "What I wish I'd known as a new children's librarian", "Ana Lindqvist", "2024-01-22",
            "Storytime is a performance, plan it like one. Keep a binder of rhymes. Learn the names of the "
            "regulars.",
            "And find a mentor. Mine was a retired youth services librarian I met in this group, who answered my "
            "messages every week for my first year."),
    "f4": W(FB, "/groups/librarymentorsnetwork/posts/7712345678903456/", "post", 0,
            "Library book sale this Saturday", "Devon Clarke", "2024-03-20",
            "Friends of the Library book sale this Saturday 9-3. Hardbacks a dollar, paperbacks fifty cents."),
    "f5": W(FB, "/groups/librarymentorsnetwork/posts/7712345678907890/", "post", 1,
            "Anyone using the new ILS?", "Ana Lindqvist", "2024-02-27",
            "We go live on the new ILS next month. Anyone already on it? How bad is the circulation module?",
            "Comment: It's fine once configured. DM me, happy to mentor you through setup."),
    # --- Medium publication ---
    "d1": W(MED, "/we-built-a-mentoring-community-for-library-workers-on-discord-4f2a9c1b7e3d", "article", 3,
            "We built a mentoring community for library workers on Discord", "Kwame Asante", "2024-02-05",
            "Two years ago six of us who had met on library Twitter started a Discord server so we could keep "
            "mentoring each other after the platform changed. Today it has 1,800 library workers and archivists.",
            "We run a mentor match every quarter, a peer mentoring channel for each career stage, and office "
            "hours where senior librarians answer questions live. Mentees tell us the server gave them the "
            "mentors their workplaces could not.",
            "What we learned: moderate actively, make the asking easy, and thank mentors publicly."),
    "d2": W(MED, "/online-mentoring-for-information-professionals-a-primer-9b1e7d2c4a6f", "article", 2,
            "Online mentoring for information professionals: a primer", "Sofia Marin", "2023-11-20",
            "Information professionals increasingly find mentors online: in LinkedIn groups, on Mastodon, and "
            "in structured e-mentoring programmes run by associations.",
            "This primer covers how to choose a programme and how to ask someone to mentor you. Member-only "
            "story: the rest is for members."),
    "d3": W(MED, "/mentoring-junior-engineers-remotely-1c7d3e9a2b5f", "article", 0,
            "Mentoring junior engineers remotely", "Jonah Weiss", "2023-09-14",
            "Pair programming over video, code review as teaching, and weekly one-on-ones keep junior "
            "software engineers growing on a remote team.",
            "Write down your team's unwritten rules."),
    "d4": W(MED, "/what-booktok-taught-our-library-about-outreach-8e2f6a4d1c9b", "article", 1,
            "What BookTok taught our library about outreach", "Sofia Marin", "2024-01-08",
            "Our teen librarians started a TikTok account last spring. Shelf tours and book reactions drew "
            "thousands of views and more teens to the branch.",
            "The librarian behind it says she learned video editing from other library creators, who mentored "
            "her in the comments, but this is a story about outreach."),
}

OTHER = [
    (OLLIE, "/", "home"), (OLLIE, "/category/professional-development/", "category"),
    (OLLIE, "/tag/mentoring/", "tag"), (OLLIE, "/about/", "about"), (OLLIE, "/contact/", "contact"),
    (OLLIE, "/?s=mentoring", "search"), (OLLIE, "/page/2/", "listing"), (OLLIE, "/author/jdavies/", "profile"),
    (OLLIE, "/2019/05/mentoring-pilot/", "error"),
    (GO, "/", "home"), (GO, "/category/school-library-life/", "category"), (GO, "/about/", "about"),
    (GO, "/contact/", "contact"), (GO, "/?s=mentor", "search"), (GO, "/author/mrivera/", "profile"),
    (GO, "/page/2/", "listing"),
    (CONGO, "/", "home"), (CONGO, "/posts/", "listing"), (CONGO, "/tags/", "listing"),
    (CONGO, "/tags/mentoring/", "tag"), (CONGO, "/categories/career/", "category"), (CONGO, "/about/", "about"),
    (CONGO, "/posts/old-mentoring-links/", "error"),
    (MM, "/", "home"), (MM, "/categories/", "category"), (MM, "/tags/", "tag"), (MM, "/about/", "about"),
    (MM, "/year-archive/", "listing"),
    (THESIS, "/", "home"), (THESIS, "/tag/careers/", "tag"), (THESIS, "/tag/interviews/", "tag"),
    (THESIS, "/about/", "about"), (THESIS, "/author/ren/", "profile"), (THESIS, "/page/2/", "listing"),
    (THESIS, "/contact/", "contact"),
    (RED, "/r/Librarians/", "listing"), (RED, "/r/Librarians/about/", "about"),
    (RED, "/user/quiet_stacks/", "profile"), (RED, "/r/Librarians/search/?q=mentor", "search"),
    (RED, "/r/Librarians/?f=flair_name%3A%22Career%20Advice%22", "category"),
    (RED, "/r/Librarians/comments/zz9zz9/deleted_thread/", "error"),
    (IGI, "/", "home"), (IGI, "/journal/international-journal-library-information-services/1187", "listing"),
    (IGI, "/book/archives-records-management-digital-age/274310", "listing"),
    (IGI, "/search/?p=mentoring+librarians", "search"), (IGI, "/about/", "about"), (IGI, "/contact/", "contact"),
    (IGI, "/affiliate/grace-adeyemi/401122", "profile"), (IGI, "/gateway/article/999999", "error"),
    (ERIC, "/", "home"), (ERIC, "/?q=mentoring+librarians+social+media", "search"),
    (ERIC, "/?ti=Mentors", "category"), (ERIC, "/?faq", "about"), (ERIC, "/?id=ED000001", "error"),
    (FB, "/groups/librarymentorsnetwork/", "listing"), (FB, "/groups/librarymentorsnetwork/about/", "about"),
    (FB, "/ana.lindqvist.lib", "profile"), (FB, "/devon.clarke.912", "profile"),
    (FB, "/groups/librarymentorsnetwork/search/?q=mentor", "search"),
    (FB, "/groups/librarymentorsnetwork/posts/7712345678900000/", "error"),
    (MED, "/", "home"), (MED, "/tagged/mentorship", "tag"), (MED, "/about", "about"),
    (MED, "/@kwame.asante", "profile"), (MED, "/archive", "listing"),
]
