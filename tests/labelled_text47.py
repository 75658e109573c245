"""Web 47's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

CONV = "theconversation.example"      # The Conversation-like
GUARD = "theguardian.example"         # The Guardian (DCR)
BBC = "bbc.example"                   # BBC News
IHE = "insidehighered.example"        # Inside Higher Ed (Drupal)
THE = "timeshighereducation.example"  # Times Higher Education
LJ = "libraryjournal.example"         # Library Journal
AL = "americanlibraries.example"      # American Libraries magazine
WONK = "wonkhe.example"               # Wonkhe
LSE = "blogs.lse.example"             # LSE Impact Blog (WordPress)
SK = "scholarlykitchen.example"       # The Scholarly Kitchen (WordPress)
HOSTS = (CONV, GUARD, BBC, IHE, THE, LJ, AL, WONK, LSE, SK)


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
    # --- The Conversation ---
    "conv1": W(CONV, "/new-librarians-are-finding-their-mentors-online-heres-what-works-226104", "article", 3,
               "New librarians are finding their mentors online. Here's what works", "Priya Raman", "2024-04-09",
               "When I surveyed 412 early-career librarians and archivists last year, two thirds said their most "
               "useful mentor was someone they first met on social media, not at work.",
               "The mentoring relationships we traced began in hashtag chats, Discord servers run by library school "
               "alumni and LinkedIn groups for special librarians. Many started as a single question and grew into "
               "years of advice on job applications, cataloguing puzzles and workplace politics.",
               "Formal mentoring programmes run by professional associations now borrow from these informal networks, "
               "pairing mentors and mentees over video calls and shared online channels. Peer mentoring circles, where "
               "five or six new professionals support each other, were the format respondents rated highest."),
    "conv2": W(CONV, "/where-did-academic-twitter-go-librarians-offer-a-clue-219877", "article", 2,
               "Where did academic Twitter go? Librarians offer a clue", "Owen Bracken", "2023-11-20",
               "Since 2022 researchers have scattered across Mastodon, Bluesky and LinkedIn. Academic librarians, who "
               "built some of the liveliest professional communities on the old platform, show what was lost.",
               "Library workers told us that the platform had been their informal mentoring network: new reference "
               "librarians could ask seasoned colleagues for advice in public, and archivists found peer mentors "
               "across institutions. Rebuilding those advice networks elsewhere has been slow.",
               "Citation sharing and conference backchannels have recovered faster than the quieter support did."),
    "conv3": W(CONV, "/why-new-nurses-quit-and-how-mentoring-keeps-them-211502", "article", 0,
               "Why new nurses quit, and how mentoring keeps them", "Grace Oduya", "2023-08-14",
               "One in five newly qualified nurses leaves within two years. Our study of 30 hospital wards found that "
               "structured preceptorship, with a named senior nurse on the same shift, halved that rate.",
               "Wards that gave preceptors protected time saw the biggest effect. Ward managers said the cost was "
               "repaid within a year in lower agency spending."),
    "conv4": W(CONV, "/public-libraries-are-quietly-winning-at-social-media-224390", "article", 1,
               "Public libraries are quietly winning at social media", "Lars Henning", "2024-02-02",
               "Library accounts posting reading challenges, shelf photos and dry humour now reach audiences many "
               "museums envy. Our analysis of 200 library accounts found short video drove most growth.",
               "Staff who run these accounts usually learn on the job; a few mentioned getting advice from a mentor "
               "in another library's social team through an online network.",
               "Engagement peaked around summer reading and local history anniversaries."),
    # --- The Guardian ---
    "guard1": W(GUARD, "/careers/2024/mar/12/librarians-mentors-hashtag-online-networks", "article", 3,
                "'I found my mentor through a hashtag': the librarians building careers online", "Hannah Eze",
                "2024-03-12",
                "When Maya Lindgren moved from a school library to a university archive, she knew nobody in the field. "
                "A post on LinkedIn asking for advice on appraisal led to a mentor who has guided her for four years.",
                "Across librarianship and archives, online mentoring has become the norm rather than the exception. "
                "Professional bodies such as CILIP run mentoring schemes matched online, while peer mentoring groups "
                "meet on Slack, Discord and Mastodon.",
                "'Social media flattened the hierarchy,' says one chartered librarian. 'I can ask a head of special "
                "collections a question and get an answer that night. That is mentoring, even if nobody calls it that.'"),
    "guard2": W(GUARD, "/careers/2024/may/02/live-qa-finding-a-mentor-in-libraries-and-archives", "post", 3,
                "Live Q&A: finding a mentor in libraries and archives", "Guardian Careers", "2024-05-02",
                "Question from a reader: I am a graduate trainee librarian. How do I find a mentor when my library has "
                "no mentoring scheme?",
                "Panellist (academic liaison librarian): join your professional body's online mentoring programme, "
                "but also use LinkedIn and the library communities on Bluesky. Ask specific questions; mentoring "
                "relationships often grow from them.",
                "Panellist (records manager): peer mentoring works too. Three of us from different archives meet on a "
                "video call each month and share drafts in a group chat.",
                "Reader comment: the ARA mentoring scheme matched me online within a month. Recommended."),
    "guard3": W(GUARD, "/books/2024/jan/18/booktok-librarians-viral-recommendations", "article", 1,
                "The librarians going viral on BookTok", "Sam Achebe", "2024-01-18",
                "A county library's 30-second shelf tours now draw a million views. Its two-person social team films "
                "between shifts on the issue desk.",
                "They credit an online network of library social media managers, who mentor newcomers informally, for "
                "teaching them to edit video.",
                "Loans of featured titles rose by a quarter, the council says."),
    "guard4": W(GUARD, "/society/2023/oct/05/junior-doctors-mentoring-burnout-nhs", "article", 0,
                "Mentoring schemes could curb junior doctor burnout, report finds", "Ruth Kamara", "2023-10-05",
                "Junior doctors paired with a consultant mentor reported less burnout in a survey of 3,000 trainees.",
                "The Royal College said mentoring should be timetabled rather than squeezed into breaks."),
    "guard5": W(GUARD, "/money/2024/feb/24/working-lives-archivist-county-record-office", "article", 2,
                "Working lives: the county archivist", "Interview by Ben Osei", "2024-02-24",
                "I start at eight with the strongroom temperature logs, then answer enquiries from family historians.",
                "The isolation is the hard part: I am the only qualified archivist here. What keeps me going is an online "
                "peer mentoring group of archivists from six counties. We talk on Slack every week and meet on video "
                "monthly; I would have left the profession without their advice.",
                "The best bit of the job is handing someone their grandmother's school register."),
    # --- BBC ---
    "bbc1": W(BBC, "/news/articles/c4nx2w7lq8po", "article", 2,
              "Archivists turn to online mentoring as posts are cut", "Chloe Adeyemi", "2024-06-10",
              "Newly qualified archivists are turning to online networks for support as local authority posts are cut.",
              "A scheme run by the Archives and Records Association pairs mentors and mentees by video call. "
              "Members say social media groups have become informal advice networks for people working alone.",
              "The council said it remained committed to its record office, which will open three days a week."),
    "bbc2": W(BBC, "/news/articles/c9k1m3xq2rvo", "article", 0,
              "Three village libraries to close under council plans", "Tom Reilly", "2024-01-30",
              "Three village libraries face closure after the council said it needed to save 2.4 million pounds.",
              "Campaigners will present a 5,000-signature petition to the cabinet next month."),
    "bbc3": W(BBC, "/news/articles/c1p8z5dy3eko", "article", 1,
              "Digital apprentices given a head start at city library", "Amina Shah", "2023-09-19",
              "Twelve school leavers have begun digital apprenticeships based at the central library, learning to run "
              "coding clubs and help people get online.",
              "Each is paired with a mentor, and the library's staff also share tips through an online network of "
              "library digital teams.",
              "The scheme is funded for two years."),
    "bbc4": W(BBC, "/news/articles/c7w2r6tn4gmo", "article", 0,
              "Retired teacher, 81, has volunteered at library for 40 years", "Tom Reilly", "2024-04-22",
              "An 81-year-old who has volunteered at her local library since 1984 has been given a civic award.",
              "She runs the Tuesday storytime and still mentors every new volunteer over tea in the staff room."),
    # --- Inside Higher Ed ---
    "ihe1": W(IHE, "/news/faculty-issues/2024/03/19/virtual-mentoring-program-academic-librarians", "article", 3,
              "Virtual Mentoring Program Pairs Academic Librarians Across Campuses", "Jessica Marlowe", "2024-03-19",
              "A virtual mentoring program for early-career academic librarians has matched 240 pairs in its first year, "
              "its organizers said this week.",
              "Mentees meet their mentors by video and join cohort channels on Slack, where peer mentoring often "
              "continues after the formal year ends. Organizers said librarians at small colleges, who may be the only "
              "instruction librarian on campus, valued online networks most.",
              "Participants cited LinkedIn and library listservs as where they first sought advice before joining."),
    "ihe2": W(IHE, "/advice/2024/01/08/ask-librarian-mentor-social-media", "post", 2,
              "Ask the Adviser: Should I Look for a Mentor on Social Media?", "Kelly Torres", "2024-01-08",
              "Q: I am a new subject librarian and my supervisor is retiring. Colleagues suggest I find a mentor on "
              "social media. Is that professional?",
              "A: Yes, within limits. Many librarians have found mentors and peer networks online, and association "
              "programs now match people virtually. Be specific in what you ask, and keep confidential matters off "
              "public platforms.",
              "Also look at the rest of your campus: faculty development offices often run writing groups."),
    "ihe3": W(IHE, "/opinion/views/2023/12/04/academic-librarians-leave-x-bluesky", "article", 2,
              "What Academic Librarians Lose When They Leave X", "Dana Whitfield", "2023-12-04",
              "Much of the talk about leaving X concerns reach. For librarians the loss is different: the platform was "
              "where mentoring happened in public, where a new cataloger could ask for advice and get it from five "
              "experienced colleagues.",
              "Bluesky and Mastodon may rebuild that peer support, but only if senior librarians show up and answer.",
              "Institutions should not rely on any platform for professional development."),
    "ihe4": W(IHE, "/news/students/2024/02/12/stem-faculty-mentoring-first-generation", "article", 0,
              "Faculty Mentoring Helps First-Generation STEM Students Persist", "Marcus Lee", "2024-02-12",
              "First-generation students matched with a faculty mentor were more likely to stay in STEM majors.",
              "The program relies on weekly in-person meetings during office hours."),
    "ihe5": W(IHE, "/blogs/digital-learning/university-libraries-instagram-outreach", "article", 1,
              "University Libraries Find Their Voice on Instagram", "Joshua Kim", "2023-10-30",
              "Library Instagram accounts have moved from opening hours to memes and study tips.",
              "One outreach librarian told me she learned the craft through an online network of peers who mentored "
              "her on tone.",
              "Whether any of this raises database use is unmeasured."),
    # --- Times Higher Education ---
    "the1": W(THE, "/campus/how-build-online-peer-mentoring-network-library-staff", "article", 3,
              "How to build an online peer mentoring network for library staff", "Ellen Mbeki", "2024-05-15",
              "Library and information professionals are often the only specialist in their role on campus. An online "
              "peer mentoring network lets them share advice across institutions.",
              "Start small: six to eight librarians or archivists, a monthly video call and a shared channel on Teams "
              "or Slack. Rotate who leads. Invite mentors from outside your university through professional social "
              "media, and agree ground rules on confidentiality.",
              "Evaluate after a year. In our network, early-career staff reported more confidence, and mentors said "
              "they learned as much as their mentees."),
    "the2": W(THE, "/news/librarians-and-archivists-lean-online-networks-career-support", "article", 2,
              "Librarians and archivists lean on online networks for career support", "Jack Grove", "2024-02-28",
              "A survey of UK higher education library staff found 58 per cent used social media for professional "
              "advice, and one in three had an online mentor.",
              "Respondents said formal mentoring schemes were oversubscribed, so they turned to peer networks on "
              "LinkedIn and Mastodon.",
              "The survey also covered pay and workload, where results were bleaker."),
    "the3": W(THE, "/opinion/phd-supervision-needs-rethink", "article", 0,
              "PhD supervision needs a rethink", "Alan Frost", "2023-11-02",
              "Doctoral candidates need more than one supervisor's attention. Supervision teams share the load.",
              "Universities should count supervision properly in workload models."),
    "the4": W(THE, "/sites/default/files/campus/library-social-media-toolkit.pdf", "document", 1,
              "Library social media toolkit", "THE Campus", "2024-03-01",
              "Library social media toolkit.",
              "Planning a content calendar; writing for each platform; accessibility of images and video.",
              "Measuring reach. Finding support: some teams join online networks where peers mentor newcomers."),
    "the5": W(THE, "/depth/digital-scholarship-librarians-rise", "article", 1,
              "The rise of the digital scholarship librarian", "Anna McKie", "2023-09-07",
              "Digital scholarship centres now employ librarians who code, curate data and teach.",
              "Several said they relied on online communities and informal mentors to learn new skills. "
              "Subscribe to read the full article."),
    # --- Library Journal ---
    "lj1": W(LJ, "/story/peer-mentoring-goes-online-for-new-librarians", "article", 3,
             "Peer Mentoring Goes Online for New Librarians", "Lisa Peet", "2024-04-02",
             "Peer mentoring for new librarians has moved online, and the results are encouraging.",
             "State library associations now run virtual mentoring cohorts, matching mentors and mentees across "
             "counties. Participants keep in touch through Discord servers and LinkedIn groups between sessions.",
             "'Library school does not teach you how to manage a branch,' said one mentee. 'My online mentoring "
             "group did.' Organizers urged senior librarians on social media to volunteer as mentors."),
    "lj2": W(LJ, "/story/the-mentor-in-your-feed-career-column", "article", 3,
             "The Mentor in Your Feed", "Meredith Farkas", "2023-12-11",
             "I have had three great mentors in my career and met two of them online first.",
             "Social media lets librarians find mentors beyond their building: a cataloger in Ohio can advise one in "
             "Oregon. But online mentoring needs care: reciprocity, boundaries and a move to private channels when "
             "advice gets personal.",
             "Consider peer mentoring too. A small group of library workers at the same career stage can mentor each "
             "other through a group chat."),
    "lj3": W(LJ, "/story/ala-launches-virtual-mentor-match", "article", 2,
             "ALA Division Launches Virtual Mentor Match", "Matt Enis", "2024-01-22",
             "A division of the American Library Association has opened applications for its virtual mentoring "
             "program, which matches library workers by video and online forum.",
             "Applications close March 1. The division also announced its annual conference schedule and new fees."),
    "lj4": W(LJ, "/story/library-budgets-2024-flat", "article", 0,
             "Library Budgets 2024: Flat Is the New Up", "Lisa Peet", "2024-02-06",
             "Public library budgets held steady in our annual survey, with materials spending down slightly.",
             "Salaries took the largest share, and ebook licensing costs rose again."),
    "lj5": W(LJ, "/story/marketing-your-library-on-social-media", "article", 1,
             "Marketing Your Library on Social Media", "Angela Hursh", "2023-10-16",
             "Post less, but better. Your followers want events, new titles and local faces.",
             "If you are the only marketer on staff, an online network of peers can mentor you through campaigns.",
             "Track what converts to visits."),
    # --- American Libraries ---
    "al1": W(AL, "/2024/05/01/mentorship-in-the-digital-age/", "article", 3,
             "Mentorship in the Digital Age", "Carrie Smith", "2024-05-01",
             "Library workers are finding mentors on social media, in online communities and through virtual "
             "mentoring programs run by ALA round tables and state chapters.",
             "New Members Round Table mentoring pairs meet online, and many mentees also join peer mentoring groups on "
             "Discord. Archivists use similar networks through the Society of American Archivists.",
             "Mentors said online mentoring let them support people across the country, and mentees said it broke "
             "the isolation of small and rural libraries."),
    "al2": W(AL, "/2024/03/01/dispatches-asking-for-advice-online/", "article", 2,
             "Dispatches: Asking for Advice Online", "Jennifer Dye", "2024-03-01",
             "When I took my first directorship I posted a question in a librarians' Facebook group and got forty "
             "answers by morning.",
             "That group became my advice network and, in practice, a mentoring circle. I still keep a spreadsheet of "
             "what I learned there.",
             "This column also covers budgets and board relations."),
    "al3": W(AL, "/wp-content/uploads/2024/05/online-mentoring-toolkit.pdf", "document", 3,
             "Online Mentoring Toolkit for Library Workers", "American Libraries", "2024-05-01",
             "Online Mentoring Toolkit for Library Workers.",
             "Finding a mentor: use association mentoring programs, social media and online communities of librarians "
             "and archivists.",
             "Running a peer mentoring group online: size, schedule, channels, confidentiality.",
             "Being a mentor online: set expectations, meet by video, follow up in writing."),
    "al4": W(AL, "/2024/04/15/library-design-showcase/", "article", 0,
             "Library Design Showcase 2024", "Phil Morehart", "2024-04-15",
             "This year's showcase features a branch with a rooftop garden and a renovated Carnegie library.",
             "Architects focused on daylight, flexible space and accessible entrances."),
    "al5": W(AL, "/2023/11/01/growing-our-own-rural-library-leaders/", "article", 1,
             "Growing Our Own Rural Library Leaders", "Jane Kirkland", "2023-11-01",
             "A rural library system trains clerks to become branch managers over three years.",
             "Each trainee has a mentor who visits in person monthly; a few also keep up with librarians online.",
             "Five trainees have been promoted so far."),
    # --- Wonkhe ---
    "wonk1": W(WONK, "/blogs/professional-services-staff-deserve-mentoring-too/", "article", 2,
               "Professional services staff deserve mentoring too", "Claire Hughes", "2024-02-14",
               "Academic mentoring schemes rarely include professional services staff.",
               "Library staff have filled the gap themselves: librarians and archivists run peer mentoring networks "
               "online, using social media and JISCMail lists to find mentors across universities.",
               "Universities should recognise and fund this work."),
    "wonk2": W(WONK, "/blogs/the-ofs-and-franchised-provision/", "article", 0,
               "The OfS and franchised provision", "David Kernohan", "2024-03-05",
               "Franchised provision has grown rapidly, and the regulator is catching up.",
               "Data on outcomes by delivery partner remains patchy."),
    "wonk3": W(WONK, "/blogs/whats-happening-to-university-libraries/", "article", 1,
               "What's happening to university libraries?", "Jim Dickinson", "2023-10-11",
               "Library budgets are squeezed by journal deals while study space demand soars.",
               "Staff are stretched; some are keeping up through online networks and informal mentoring.",
               "Students notice the opening hours."),
    "wonk4": W(WONK, "/wp-content/uploads/2024/01/student-space-report.pdf", "document", 0,
               "Student space report", "Wonkhe", "2024-01-20",
               "Student space report.",
               "Demand for study space by hour, campus and term; occupancy sensors in six libraries.",
               "Recommendations on opening hours."),
    # --- LSE Impact Blog ---
    "lse1": W(LSE, "/impactofsocialsciences/2024/04/17/librarians-mentoring-networks-social-media/", "article", 3,
              "Who mentors the mentors? Librarians, social media and informal professional networks",
              "Sofia Marchetti and Kwame Boateng", "2024-04-17",
              "Academic librarians support researchers' careers, but who supports theirs? Our interviews with 35 "
              "librarians and archivists show social media is where many find mentors.",
              "Participants described advice networks on LinkedIn, Mastodon and specialist Slack workspaces, and peer "
              "mentoring groups that grew out of conference hashtags. Formal online mentoring programmes were valued "
              "but hard to get into.",
              "We argue libraries should count mentoring given online as professional service. Our accepted manuscript "
              "is available."),
    "lse2": W(LSE, "/impactofsocialsciences/files/2024/04/Marchetti-Boateng-2024-accepted.pdf", "journal-article", 2,
              "Informal mentoring of library and information professionals in online networks",
              "Sofia Marchetti; Kwame Boateng", "2024-03-30",
              "Informal mentoring of library and information professionals in online networks. Accepted manuscript.",
              "Abstract: We interviewed 35 librarians and archivists about where they seek career advice. Online "
              "networks were central to mentoring for most.",
              "Methods: semi-structured interviews, thematic analysis.",
              "Also discussed: workload, precarity and research support roles."),
    "lse3": W(LSE, "/impactofsocialsciences/2023/11/22/research-visibility-on-linkedin/", "article", 1,
              "Is LinkedIn the new academic social network?", "Mark Carrigan", "2023-11-22",
              "Researchers increasingly post papers on LinkedIn, where engagement is high.",
              "Librarians there mentor researchers on open access, and each other, but our focus is on researchers.",
              "Reach does not equal readership."),
    "lse4": W(LSE, "/impactofsocialsciences/2024/02/08/peer-review-weeks-workload/", "article", 0,
              "Peer review is unpaid work. Let's count it", "Helen Strand", "2024-02-08",
              "Academics review for free, and the hours add up to millions a year.",
              "Workload models should include reviewing."),
    "lse5": W(LSE, "/impactofsocialsciences/2024/01/15/research-support-staff-online-communities/", "article", 2,
              "Research support staff build their own online communities", "Ruth Okafor", "2024-01-15",
              "Research managers, data stewards and librarians are forming online communities of practice.",
              "For library staff these have become mentoring networks: a new research data librarian can find a mentor "
              "through a Slack workspace, and peer mentoring runs through monthly calls.",
              "Funders should support these communities."),
    # --- The Scholarly Kitchen ---
    "sk1": W(SK, "/2024/03/21/guest-post-mentoring-across-the-network-librarians-online/", "article", 3,
             "Guest Post: Mentoring Across the Network: How Librarians Find Mentors Online", "Nia Robinson",
             "2024-03-21",
             "Scholarly communication librarians work in a field that changes monthly. Most of the mentoring I received "
             "came through online networks: listservs, then Twitter, now Bluesky and Slack.",
             "I describe three models: open peer mentoring in public threads, association programmes that match "
             "mentors online, and small private circles of information professionals.",
             "Publishers could learn from this: their early-career staff need mentoring networks too."),
    "sk2": W(SK, "/2023/12/06/ask-the-chefs-who-mentored-you/", "article", 3,
             "Ask The Chefs: Who Mentored You, and Where?", "Chefs", "2023-12-06",
             "We asked the Chefs about mentors. Several, librarians by training, met theirs online.",
             "One: 'My mentor was a reference librarian I met in a chat on social media in 2011.' Another: 'A peer "
             "mentoring group of archivists on Slack got me through my first management job.'",
             "A third: 'Virtual mentoring programmes from library associations match people who would never meet.'"),
    "sk3": W(SK, "/2024/02/13/transformative-agreements-what-next/", "article", 0,
             "Transformative Agreements: What Next?", "Rick Anderson", "2024-02-13",
             "Transformative agreements have shifted spending but not reduced it.",
             "The next phase may be subscribe to open."),
    "sk4": W(SK, "/2023/10/19/career-paths-in-scholarly-publishing/", "article", 1,
             "Career Paths in Scholarly Publishing", "Alice Meadows", "2023-10-19",
             "People arrive in publishing from editing, research and libraries.",
             "Librarians who moved into publishing often credit online mentors, but mostly they credit luck.",
             "Entry-level pay remains a barrier."),
    "sk5": W(SK, "/2024/05/09/building-peer-mentoring-communities-for-information-professionals/", "article", 2,
             "Building Peer Mentoring Communities for Information Professionals", "Lisa Janicke Hinchliffe",
             "2024-05-09",
             "Peer mentoring among library and information professionals has moved largely online.",
             "I run a cohort that meets by video; its Slack channel carries most of the advice.",
             "The rest of this post covers conference travel budgets and how to read a publisher's annual report."),
}

OTHER = [
    (CONV, "/uk", "home"), (CONV, "/uk/topics/libraries-4512", "category"), (CONV, "/uk/topics/mentoring-8832", "tag"),
    (CONV, "/profiles/priya-raman-1204587", "profile"), (CONV, "/profiles/owen-bracken-998321", "profile"),
    (CONV, "/uk/search?q=mentoring", "search"), (CONV, "/uk/who-we-are", "about"), (CONV, "/uk/contact-us", "contact"),
    (CONV, "/uk/topics/libraries-4512?page=2", "listing"),
    (GUARD, "/", "home"), (GUARD, "/careers", "category"), (GUARD, "/careers/series/working-lives", "listing"),
    (GUARD, "/profile/hannah-eze", "profile"), (GUARD, "/books/libraries", "tag"), (GUARD, "/about", "about"),
    (GUARD, "/help/contact-us", "contact"), (GUARD, "/careers/2019/jun/01/mentoring-old", "error"),
    (BBC, "/news", "home"), (BBC, "/news/topics/c8l6dkx27g5t", "tag"), (BBC, "/news/education", "category"),
    (BBC, "/search?q=libraries", "search"), (BBC, "/aboutthebbc", "about"), (BBC, "/contact", "contact"),
    (BBC, "/news/topics/c8l6dkx27g5t?page=2", "listing"),
    (IHE, "/", "home"), (IHE, "/news", "listing"), (IHE, "/opinion", "listing"), (IHE, "/news/faculty-issues", "category"),
    (IHE, "/topics/libraries", "tag"), (IHE, "/users/jessica-marlowe", "profile"), (IHE, "/about", "about"),
    (IHE, "/contact", "contact"), (IHE, "/search?keywords=mentoring", "search"),
    (IHE, "/news/2019/05/01/old-story", "error"),
    (THE, "/", "home"), (THE, "/campus", "listing"), (THE, "/campus/spotlight/library", "category"),
    (THE, "/author/ellen-mbeki", "profile"), (THE, "/about-us", "about"), (THE, "/contact-us", "contact"),
    (THE, "/search?search=mentoring", "search"), (THE, "/campus/old-resource-removed", "error"),
    (LJ, "/", "home"), (LJ, "/section/news", "category"), (LJ, "/section/careers", "category"),
    (LJ, "/tag/mentoring", "tag"), (LJ, "/author/lisa-peet", "profile"), (LJ, "/page/about-us", "about"),
    (LJ, "/page/contact-us", "contact"), (LJ, "/search?q=mentoring", "search"), (LJ, "/section/news?page=2", "listing"),
    (AL, "/", "home"), (AL, "/issues/may-2024/", "listing"), (AL, "/category/features/", "category"),
    (AL, "/category/columns/", "category"), (AL, "/tag/mentoring/", "tag"), (AL, "/author/carrie-smith/", "profile"),
    (AL, "/about/", "about"), (AL, "/contact/", "contact"), (AL, "/?s=mentoring", "search"),
    (AL, "/2019/01/01/gone/", "error"),
    (WONK, "/", "home"), (WONK, "/blogs/", "listing"), (WONK, "/tag/libraries/", "tag"),
    (WONK, "/author/claire-hughes/", "profile"), (WONK, "/about/", "about"), (WONK, "/contact/", "contact"),
    (WONK, "/?s=mentoring", "search"), (WONK, "/category/professional-services/", "category"),
    (LSE, "/impactofsocialsciences/", "home"), (LSE, "/impactofsocialsciences/page/2/", "listing"),
    (LSE, "/impactofsocialsciences/category/academic-careers/", "category"),
    (LSE, "/impactofsocialsciences/tag/mentoring/", "tag"),
    (LSE, "/impactofsocialsciences/author/sofia-marchetti/", "profile"),
    (LSE, "/impactofsocialsciences/about-the-blog/", "about"), (LSE, "/impactofsocialsciences/contact/", "contact"),
    (LSE, "/impactofsocialsciences/?s=mentoring", "search"),
    (LSE, "/impactofsocialsciences/2018/05/05/removed/", "error"),
    (SK, "/", "home"), (SK, "/page/2/", "listing"), (SK, "/category/libraries/", "category"),
    (SK, "/tag/mentoring/", "tag"), (SK, "/author/nrobinson/", "profile"), (SK, "/the-chefs/", "listing"),
    (SK, "/about/", "about"), (SK, "/contact/", "contact"), (SK, "/?s=mentoring", "search"),
    (SK, "/2017/03/03/missing/", "error"),
]
