"""Web 43's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

NEWS = "www.capitolledger.example"        # a news site on Arc XP (Fusion)
TRADE = "www.libraryworkweek.example"     # a trade publication on WordPress VIP
TALKS = "www.ideastage.example"           # a TED-like talks site
PODS = "open.soundshelf.example"          # a Spotify-like podcast directory
BIO = "linkpage.example"                  # a Linktree-like link-in-bio page
DISB = "disboard.example"                 # a Disboard-like Discord server directory
OER = "www.oercommons.example"            # OER Commons
MERLOT = "www.merlot.example"             # MERLOT (and its journal, JOLT)
BEAN = "stacksidechats.podbean.example"   # a Podbean podcast site
CARRD = "mentorbridge.carrd.example"      # a Carrd one-page site
HOSTS = (NEWS, TRADE, TALKS, PODS, BIO, DISB, OER, MERLOT, BEAN, CARRD)


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
    # --- Arc XP news site ---
    "news1": W(NEWS, "/education/2024/03/18/librarians-find-mentors-online-networks/", "article", 3,
               "Where young librarians go for mentors now: group chats, Discord servers and LinkedIn",
               "Dana Whitlock", "2024-03-18",
               "When Priya Raman took her first job as the only librarian at a rural branch, there was no one down "
               "the hall to ask. So she asked the internet. Within a month she had joined a Discord server for "
               "early-career library workers, a LinkedIn group run by a state library association and a weekly "
               "video call of six new branch managers who had met in the comments of a webinar.",
               "Library leaders say her path is now typical. Formal mentoring programs, long run by associations "
               "through in-person conferences, have moved online since 2020, and informal peer mentoring on social "
               "media has grown up around them.",
               "\"A mentee used to wait a year for the conference to meet a mentor,\" said Lorraine Obi, who "
               "coordinates the virtual mentoring program of a regional library consortium. \"Now the match happens "
               "on a Tuesday and the first call is Thursday.\"",
               "Archivists describe the same shift. Hashtag chats and Slack workspaces let a processing archivist in "
               "one state get advice from a records manager in another, and many say those advice networks matter "
               "more to their careers than any formal pairing.",
               "Not everyone is convinced. Some mentors worry that quick answers in a group chat replace the slower "
               "relationship that helps a new professional decide whether to apply for a director job or go back "
               "for a second degree."),
    "news2": W(NEWS, "/education/2024/05/02/school-librarian-shortage-states/", "article", 2,
               "As school librarian jobs vanish, the ones who remain lean on each other online",
               "Marcus Bell", "2024-05-02",
               "Fourteen states cut funding for school library positions over the past five years, according to "
               "figures compiled by researchers at a state university, leaving many districts with one certified "
               "librarian or none.",
               "Those who remain are often isolated. Several told The Ledger they rely on Facebook groups and a "
               "long-running hashtag on Instagram for the mentoring their districts no longer provide: lesson "
               "ideas, how to defend a challenged book, how to ask a principal for a budget.",
               "\"My mentor is a woman in Oregon I have never met,\" said one middle school librarian in Ohio. "
               "\"She answers my messages at 10 at night.\"",
               "District officials say the cuts reflect enrollment declines and tight budgets, not a judgment on "
               "libraries. Legislators in two states have proposed restoring some positions next year."),
    "news3": W(NEWS, "/technology/2024/06/11/libraries-tiktok-booktok-programs/", "article", 1,
               "Public libraries bet on TikTok to bring teens back to the stacks", "Dana Whitlock", "2024-06-11",
               "The video opens on a book cart rolling through an empty library at night. It has 2.1 million views, "
               "and the library that posted it has seen teen card sign-ups rise by a third.",
               "Across the country, public libraries are hiring social media coordinators and filming short videos "
               "of shelf tours, staff picks and behind-the-scenes repairs of old books.",
               "Staff say the work is learned on the job, often from other library accounts; one coordinator said "
               "she found an informal mentor in a librarian whose videos she admired and messaged for advice.",
               "Critics question whether views turn into visits. The library says circulation of young adult "
               "titles is up 18 percent this year."),
    "news4": W(NEWS, "/education/2023/11/29/new-teacher-mentors-retention/", "article", 0,
               "A mentor in the next classroom: how one district kept its new teachers",
               "Marcus Bell", "2023-11-29",
               "Three years ago, nearly a third of first-year teachers in the district quit before their second "
               "year. Now fewer than one in ten leave, and administrators credit a simple change: every new teacher "
               "is paired with a veteran down the hall.",
               "The mentors get a stipend and one free period a week to observe and be observed. Pairs meet in "
               "person, on campus, and the district has resisted moving any of it to video.",
               "\"You cannot mentor a teacher through a screen,\" said the program's director. \"You have to see "
               "the room.\""),
    "news5": W(NEWS, "/technology/2024/02/20/city-council-broadband-vote/", "article", 0,
               "City council approves $40 million broadband expansion for east side", "Dana Whitlock",
               "2024-02-20",
               "The council voted 7-2 on Tuesday to fund fiber lines to roughly 11,000 homes east of the river, "
               "ending a two-year fight over who would build and own the network.",
               "Opponents argued the city should not compete with private providers. Supporters pointed to maps "
               "showing whole neighborhoods with no wired service faster than 25 megabits.",
               "Construction is expected to begin in the fall and take three years."),
    # --- WordPress VIP trade publication ---
    "trade1": W(TRADE, "/2024/04/09/virtual-mentoring-programs-library-associations/", "article", 3,
                "Virtual mentoring programs are now the norm for library associations", "Rhea Santos",
                "2024-04-09",
                "Of 31 state and national library associations surveyed by Library Work Week this spring, 24 now "
                "run their mentoring programs mostly or entirely online, up from 6 in 2019.",
                "Most match mentors and mentees through an online form, then leave pairs to meet by video. A growing "
                "number add a community space, usually Slack or Discord, where all participants can trade advice, "
                "share job postings and hold group mentoring sessions.",
                "Program coordinators told us online matching widened the pool. \"We used to pair people who lived "
                "within driving distance,\" said one. \"Now a rural mentee can be matched with a special collections "
                "librarian three time zones away because that is the career she wants.\"",
                "The hardest part is keeping pairs talking after the first two months. Several programs now send "
                "monthly prompts in their Slack channel and host open 'mentor office hours' on Zoom.",
                "Coordinators also recommend that mentees build a wider network of advisers on LinkedIn and "
                "Mastodon rather than expecting one mentor to cover everything."),
    "trade2": W(TRADE, "/2024/05/14/peer-mentoring-circles-archivists-slack/", "article", 3,
                "How archivists built a peer mentoring circle in a Slack workspace", "Jon Pak", "2024-05-14",
                "What began as a channel for six lone arrangers, archivists who are the only archives staff at "
                "their institution, is now a Slack workspace of 900 members with its own peer mentoring circles.",
                "Each circle has five to eight members at different career stages. They meet monthly by video and "
                "keep a private channel for questions between calls: a tricky deed of gift, a grant budget, a "
                "salary negotiation.",
                "Organizers say peer mentoring suits a profession where many people have no senior colleague on "
                "site. Everyone brings a strength, and everyone has a gap.",
                "The workspace also runs an 'ask a mentor' channel where seasoned archivists volunteer to answer "
                "career questions from students and new graduates."),
    "trade3": W(TRADE, "/2024/06/03/hiring-outlook-academic-libraries/", "article", 2,
                "Hiring outlook: academic libraries post more jobs, but fewer entry-level ones", "Rhea Santos",
                "2024-06-03",
                "Academic library job postings rose 9 percent over last year, according to our analysis of four "
                "major job boards, but postings open to new graduates fell.",
                "Recruiters and hiring managers say candidates who stand out have often found mentors through "
                "professional networks online. New graduates who ask for advice on LinkedIn, join association "
                "mentoring programs run over Zoom, or take part in peer review of CVs on library Discord servers "
                "arrive better prepared for interviews.",
                "Several readers described getting their first interview after a mentor met through an online "
                "mentoring program passed their name along.",
                "Salaries for entry-level positions rose an average of 4 percent, roughly in line with inflation."),
    "trade4": W(TRADE, "/2024/03/12/library-systems-migration-survey/", "article", 1,
                "Survey: one in four libraries plans to change its integrated library system by 2026",
                "Jon Pak", "2024-03-12",
                "A quarter of the 412 libraries that answered our annual systems survey expect to migrate to a new "
                "integrated library system within two years, most of them to cloud-hosted platforms.",
                "Cost was the most common reason, followed by the end of vendor support for older products.",
                "Respondents who had migrated recently advised others to talk to peers who had already done it; one "
                "said she found her best advice in an online user group of systems librarians rather than from the "
                "vendor.",
                "The full results, by library type and size, are available to subscribers."),
    "trade5": W(TRADE, "/2024/02/27/rfid-sorter-installation-costs/", "article", 0,
                "What an automated materials handling system really costs", "Rhea Santos", "2024-02-27",
                "Automated sorters promise to free staff from hours of check-in, but the sticker price is only part "
                "of the story.",
                "Libraries we spoke to spent between $180,000 and $650,000 on equipment, plus building work to make "
                "room for conveyors and bins, and budgeted for annual maintenance contracts.",
                "Most said the systems paid for themselves in staff time within five to seven years."),
    "trade6": W(TRADE, "/2024/06/18/reverse-mentoring-social-media-library-directors/", "article", 2,
                "Reverse mentoring: when library directors learn social media from their newest hires",
                "Jon Pak", "2024-06-18",
                "At three public library systems, the directors have mentors half their age. In reverse mentoring "
                "programs, early-career staff teach senior leaders how the library's patrons use Instagram, TikTok "
                "and Discord.",
                "The arrangement runs both ways: directors say they also end up advising their young mentors on "
                "budgets and careers, and several pairs have kept talking on LinkedIn after the program ended.",
                "The systems also report on their capital plans, two of which include new teen spaces.",
                "Directors said the program changed how they staff social media accounts."),
    # --- TED-like talks ---
    "talk1": W(TALKS, "/talks/amara_oduya_the_mentor_you_find_in_the_comments", "article", 3,
               "The mentor you find in the comments", "Amara Oduya", "2023-10-05",
               "Transcript. When I became a librarian, I was told to find a mentor. Nobody told me where. There was "
               "no senior librarian in my town, and the professional association's mentoring program had a waiting "
               "list of two years.",
               "So I did what my students do. I went online. I followed librarians and archivists whose work I "
               "admired, I read what they posted, and one night I replied to one of them with a question about "
               "running a reading program for adults who had left school early.",
               "She answered. Then she answered again. Over three years she became my mentor, and we have met in "
               "person exactly once.",
               "Today I run an online peer mentoring network for information professionals in eleven countries. "
               "Here is what I have learned: mentoring online works when the ask is small, when the mentee does the "
               "work, and when everyone passes it on.",
               "(Applause)"),
    "talk2": W(TALKS, "/talks/lin_chow_what_archives_remember_about_floods", "article", 0,
               "What archives remember about floods", "Lin Chow", "2022-06-14",
               "Transcript. In 1927 the river rose eleven meters. The newspapers of the time talk about the water. "
               "The archives talk about the people: the letters asking for news of relatives, the ledgers of relief "
               "supplies, the photographs nobody labeled.",
               "When we digitized these records, we found something the engineers needed: where the water actually "
               "went, street by street.",
               "Archives are not the past. They are data we have not yet learned to read. (Applause)"),
    "talk3": W(TALKS, "/talks/lin_chow_how_to_be_a_good_mentee", "article", 1,
               "How to be a good mentee", "Lin Chow", "2023-02-21",
               "Transcript. Everyone talks about good mentors. Almost nobody talks about good mentees, and I think "
               "that is why so many mentoring relationships quietly die after the second coffee.",
               "A good mentee comes with a question, not a wish. A good mentee reports back: I tried what you "
               "suggested, here is what happened.",
               "I learned this as a young engineer, from a mentor who made me write down every piece of advice she "
               "gave. Some of my colleagues have even found mentors through online communities; however you meet, "
               "the rules are the same. (Applause)"),
    "talk4": W(TALKS, "/talks/amara_oduya_libraries_as_networks", "article", 2,
               "Libraries are networks, not buildings", "Amara Oduya", "2024-04-30",
               "Transcript. We think of a library as a building full of books. I want you to think of it as a "
               "network of people who know how to find things.",
               "The strongest part of that network is the one you never see: librarians helping librarians. On "
               "group chats, on social media, in online mentoring programs, someone with ten years of experience "
               "is helping someone with ten days.",
               "When a library loses its funding, the building closes. The network does not, as long as we keep "
               "mentoring each other.",
               "Let me tell you about a library in a market town that runs its whole reference service over "
               "WhatsApp. (Applause)"),
    # --- Spotify-like podcast directory ---
    "pod1": W(PODS, "/episode/4mNq8Xv2LkP0aRt7YcBd1e", "post", 3,
              "Ep. 41: Finding a mentor when you're the only librarian", "Early Career Stacks", "2024-01-22",
              "Solo librarians and lone arrangers, this one is for you. We talk with three information "
              "professionals who found their mentors online: one through a Discord server for library workers, one "
              "through LinkedIn, and one through a virtual mentoring program run by her state association.",
              "We cover how to ask a stranger for advice without being awkward, how peer mentoring circles work "
              "on Slack, and what to do when a mentoring match just isn't working.",
              "Links to the programs and communities we mention are in the show notes."),
    "pod2": W(PODS, "/episode/7hJk2Wq9ZrT5mLx3NbVc8a", "post", 2,
              "Ep. 44: Burnout, boundaries and the group chat that saved me", "Early Career Stacks",
              "2024-03-04",
              "Our guest, a teen services librarian, talks about burnout after two years of programming with no "
              "extra staff, and about setting boundaries with a job she loves.",
              "What got her through was a group chat of library workers she met on Instagram, which turned into "
              "an informal peer mentoring group: they review each other's grant applications and talk each other "
              "out of bad decisions.",
              "Plus: listener mail about desk schedules."),
    "pod3": W(PODS, "/episode/2bXc9Pq4RtL7wEm1JhNs6d", "post", 1,
              "Ep. 47: Weeding without guilt", "Early Career Stacks", "2024-04-15",
              "Nobody goes to library school to throw books away. We talk about weeding collections: the data, "
              "the feelings, and how to explain it to a town council.",
              "Our guest learned her weeding criteria from a mentor she met on a library forum years ago.",
              "Also in this episode: the best cart for moving discards."),
    "pod4": W(PODS, "/episode/9tRw3Lm8QzX1vKp5HcYa2f", "post", 0,
              "The quiet economics of used bookstores", "Spine Out", "2024-02-08",
              "How does a used bookstore survive a rent increase? We visit three shops, count the stock and ask "
              "the owners how they price a first edition.",
              "Plus: why paperbacks from the 1970s are suddenly selling again."),
    "pod5": W(PODS, "/episode/5cYv1Nx7TqW4rZm8KdLe3b", "post", 3,
              "Ep. 50: Building a mentoring network on social media, step by step", "Early Career Stacks",
              "2024-05-27",
              "For our fiftieth episode, we walk through how to build your own mentoring network online as a "
              "librarian or archivist: choosing two or three platforms, following people in your specialty, "
              "joining association mentoring programs that meet on Zoom, and starting a peer mentoring circle.",
              "Two listeners who met on this show's Discord and now mentor each other share what they do each "
              "month.",
              "We also talk about being a mentor online: answering questions publicly so others learn from them, "
              "and knowing when to move a conversation to a call."),
    # --- Disboard-like directory ---
    "disb1": W(DISB, "/server/918273645501928374", "post", 3, "Library Mentorship Hub", "Library Mentorship Hub",
               "2024-04-01",
               "A Discord server for librarians, archivists and library students looking for mentors or wanting to "
               "mentor. We run a monthly mentor matching round, weekly peer mentoring circles by voice chat, and "
               "channels for resume reviews, interview practice and career advice.",
               "Members range from first-year MLIS students to retired directors. Introduce yourself, say what "
               "you want to learn, and a mentor will reach out.",
               "Rules: be kind, no recruiting spam, keep workplace details anonymous."),
    "disb2": W(DISB, "/server/837261504938271650", "post", 2, "Archives & Records Lounge",
               "Archives & Records Lounge", "2024-02-12",
               "Hangout for archivists, records managers and digital preservation folks. Channels for processing "
               "questions, software help, conference meetups and memes.",
               "New to the field? Our #ask-a-mentor channel has seasoned archivists who answer career questions, "
               "and we pair newcomers with a buddy for their first month.",
               "We also host a reading group."),
    "disb3": W(DISB, "/server/726150493827165049", "post", 1, "Study Hall: Grad School Edition",
               "Study Hall: Grad School Edition", "2024-03-20",
               "Focus rooms, pomodoro bots and accountability buddies for grad students in any field: law, "
               "nursing, engineering, library science and more.",
               "There is a small careers channel where a few alumni offer mentoring advice.",
               "Cameras optional."),
    "disb4": W(DISB, "/server/615049382716504938", "post", 0, "Dungeon Librarians (D&D)",
               "Dungeon Librarians (D&D)", "2024-01-05",
               "A tabletop roleplaying server for people who love lore. Weekly one-shots, a long campaign set in a "
               "magical library, homebrew spell channels.",
               "Looking for players and a second dungeon master."),
    # --- OER Commons ---
    "oer1": W(OER, "/courses/e-mentoring-for-library-and-information-professionals", "document", 3,
              "E-Mentoring for Library and Information Professionals", "Kwame Adu", "2023-08-14",
              "This open course module introduces librarians, archivists and information professionals to "
              "e-mentoring: finding mentors and peers through professional social media, running a virtual "
              "mentoring program, and sustaining peer mentoring circles online.",
              "Learners compare mentoring through LinkedIn, association discussion lists, Slack and Discord, and "
              "write a plan for their own online advice network.",
              "Includes a facilitator guide for association mentoring coordinators and a template agreement for "
              "online mentor-mentee pairs."),
    "oer2": W(OER, "/courses/professional-networking-for-mlis-students", "document", 2,
              "Professional Networking for MLIS Students", "Sofia Grant", "2022-11-02",
              "A unit for library and information science programs on building a professional network: "
              "conferences, association membership, informational interviews and online presence.",
              "One lesson covers using social media to find mentors and join peer mentoring groups, with activities "
              "in which students contact a librarian on LinkedIn for an informational interview.",
              "Assessment: a networking portfolio."),
    "oer3": W(OER, "/courses/social-media-for-public-library-outreach", "document", 1,
              "Social Media for Public Library Outreach", "Sofia Grant", "2023-03-09",
              "Lessons on planning a library's social media: audiences, content calendars, accessibility, and "
              "measuring engagement.",
              "Students build a month of posts for a real or imagined branch. An optional reading looks at how "
              "library staff learn social media skills from peers online.",
              "Aligned with competencies for public librarianship."),
    "oer4": W(OER, "/courses/mentoring-in-nursing-practice", "document", 0,
              "Mentoring in Nursing Practice", "Hannah Lowe", "2021-09-27",
              "A module for nursing students and preceptors on clinical mentoring: the preceptor's role, "
              "feedback at the bedside, and supporting new graduate nurses through their first year on the ward.",
              "Case studies from medical-surgical and intensive care units."),
    "oer5": W(OER, "/courses/peer-mentoring-circles-toolkit-for-archivists", "document", 3,
              "Peer Mentoring Circles Toolkit for Archivists", "Kwame Adu", "2024-02-19",
              "A toolkit for setting up peer mentoring circles among archivists and records professionals who "
              "meet online. It covers recruiting members through social media and association lists, running the "
              "first video call, choosing a chat platform for between meetings, and evaluating the circle after a "
              "year.",
              "Includes sample posts for recruiting on Mastodon and LinkedIn and a short guide for facilitators."),
    # --- MERLOT ---
    "mer1": W(MERLOT, "/merlot/viewMaterial.htm?id=1184522", "document", 3,
              "Virtual Mentoring Toolkit for Librarians", "Renata Alves", "2023-05-16",
              "Description: A collection of guides, video walkthroughs and worksheets for setting up virtual "
              "mentoring for library staff: matching mentors and mentees online, using social networks to find "
              "advisers, and running group mentoring over video.",
              "Peer review (Library and Information Services editorial board): Content quality 5 stars. The "
              "toolkit addresses a real need for librarians in small institutions who must find mentors online. "
              "Strengths: concrete templates for online mentoring agreements. Concerns: some links to social "
              "platforms are already out of date."),
    "mer2": W(MERLOT, "/merlot/viewMaterial.htm?id=1093317", "document", 2,
              "Career Development Modules for Information Professionals", "Renata Alves", "2022-10-04",
              "Description: Six self-paced modules on career development for librarians and archivists: "
              "self-assessment, CVs, interviews, leadership.",
              "Module four covers mentoring, including how to find a mentor through online professional networks "
              "and association e-mentoring programs.",
              "Peer review: Ease of use 4 stars. Modules are clear and well organized."),
    "mer3": W(MERLOT, "/merlot/viewMaterial.htm?id=1002281", "document", 0,
              "Interactive Dewey Decimal Classification Tutorial", "Gail Hart", "2020-01-28",
              "Description: An interactive tutorial teaching the main classes of the Dewey Decimal Classification "
              "with drag-and-drop exercises.",
              "Peer review: Potential effectiveness 4 stars. Useful for paraprofessional staff training."),
    "jolt1": W(MERLOT, "/jolt/vol20no2/oduya_0624.htm", "journal-article", 3,
               "Online Mentoring Networks Among Early-Career Librarians: A Mixed-Methods Study", "Amara Oduya",
               "2024-06-01",
               "Abstract: This study examines how early-career librarians use social media and online networks "
               "for mentoring. A survey of 318 librarians and 22 interviews found that most participants had at "
               "least one mentor met online, and that peer mentoring in group chats and Discord servers "
               "supplemented or replaced formal mentoring programs.",
               "Participants valued the speed and range of online advice networks but reported that sustained "
               "mentoring relationships usually moved from public platforms to private video calls.",
               "We recommend that library associations design virtual mentoring programs that connect with the "
               "informal networks librarians already use."),
    "jolt2": W(MERLOT, "/jolt/vol20no2/hart_0624.htm", "journal-article", 1,
               "Student Engagement in Asynchronous Online Statistics Courses", "Gail Hart", "2024-06-01",
               "Abstract: We analyzed discussion board activity in four sections of an asynchronous introductory "
               "statistics course. Engagement peaked in weeks with instructor video feedback.",
               "Students who were paired with a peer mentor from a previous cohort posted more often; the peer "
               "mentoring was arranged through the course forum.",
               "Implications for course design are discussed."),
    "jolt3": W(MERLOT, "/jolt/vol20no2/pdf/alves_0624.pdf", "journal-article", 2,
               "E-Mentoring in Academic Libraries: Lessons from a Consortium Pilot", "Renata Alves", "2024-06-01",
               "Abstract. A consortium of nine academic libraries piloted an e-mentoring program pairing 40 "
               "librarians across institutions.",
               "Pairs met by video and in a shared Slack workspace; mentees reported greater confidence and wider "
               "professional networks.",
               "The paper also reports the consortium's budget and its plans for shared cataloguing.",
               "Keywords: e-mentoring, academic libraries, professional development, online networks."),
    # --- Podbean ---
    "bean1": W(BEAN, "/e/ep-18-mentoring-across-the-miles/", "article", 3,
               "Ep. 18: Mentoring Across the Miles", "Stackside Chats", "2024-02-06",
               "This week we talk with two archivists who have mentored each other for five years without living "
               "in the same country. They met on Twitter during a hashtag chat, moved to direct messages, then to "
               "monthly video calls.",
               "We talk about how online mentoring differs from the kind you get at work, how to find mentors "
               "through professional social media, and why peer mentoring between equals can be as useful as "
               "having a senior mentor.",
               "Resources mentioned: our state association's virtual mentoring program and the Library Mentorship "
               "Hub on Discord."),
    "bean2": W(BEAN, "/e/ep-19-first-year-as-a-library-director/", "article", 2,
               "Ep. 19: My First Year as a Library Director", "Stackside Chats", "2024-03-05",
               "Our guest took over a small public library at 31. She talks about budgets, boards and the "
               "surprise of being everyone's boss.",
               "She also describes the online advice network that kept her going: a private LinkedIn group of new "
               "directors and two mentors she found through an association's e-mentoring program.",
               "And yes, we talk about the roof."),
    "bean3": W(BEAN, "/e/ep-20-preserving-audio-cassettes/", "article", 0,
               "Ep. 20: Preserving Audio Cassettes", "Stackside Chats", "2024-04-02",
               "Magnetic tape does not last forever. An audiovisual archivist explains how to digitize cassettes, "
               "what sticky-shed syndrome is, and why you should never bake a tape at home.",
               "We also talk about metadata for oral histories."),
    "bean4": W(BEAN, "/e/ep-21-library-makerspaces/", "article", 1,
               "Ep. 21: What Makerspaces Taught Us", "Stackside Chats", "2024-05-07",
               "Three librarians on running makerspaces: 3D printers, sewing machines and the eternal laser cutter "
               "waiting list.",
               "One guest mentions she got her makerspace started with help from a mentor she met in an online "
               "community for maker librarians.",
               "Listener question: how do we insure the equipment?"),
}

OTHER = [
    (NEWS, "/", "home"), (NEWS, "/education/", "category"), (NEWS, "/technology/", "category"),
    (NEWS, "/people/dana-whitlock/", "profile"), (NEWS, "/people/marcus-bell/", "profile"),
    (NEWS, "/search/?query=mentoring", "search"), (NEWS, "/about-us/", "about"), (NEWS, "/contact-us/", "contact"),
    (NEWS, "/education/2019/09/10/library-mentoring-program-launch/", "error"),
    (TRADE, "/", "home"), (TRADE, "/page/2/", "listing"), (TRADE, "/tag/mentoring/", "tag"),
    (TRADE, "/tag/social-media/", "tag"), (TRADE, "/tag/hiring/", "tag"), (TRADE, "/category/careers/", "category"),
    (TRADE, "/author/rhea-santos/", "profile"), (TRADE, "/author/jon-pak/", "profile"), (TRADE, "/about/", "about"),
    (TRADE, "/contact/", "contact"), (TRADE, "/?s=mentoring", "search"),
    (TALKS, "/", "home"), (TALKS, "/talks", "listing"), (TALKS, "/topics/libraries", "category"),
    (TALKS, "/topics/mentorship", "category"), (TALKS, "/speakers/amara_oduya", "profile"),
    (TALKS, "/speakers/lin_chow", "profile"), (TALKS, "/search?q=mentoring", "search"),
    (TALKS, "/about/our-organization", "about"), (TALKS, "/talks/amara_oduya_why_we_mentor", "error"),
    (PODS, "/", "home"), (PODS, "/show/3kLp9QzX7vRt2WmN5bHc4y", "listing"),
    (PODS, "/show/8vHn2Rx5TqL9kWz3PmYc7j", "listing"), (PODS, "/genre/education-podcasts", "category"),
    (PODS, "/search/mentoring", "search"), (PODS, "/about-us", "about"),
    (BIO, "/booksandmentors", "profile"), (BIO, "/", "home"), (BIO, "/s/about", "about"),
    (BIO, "/booksandmentor", "error"),
    (DISB, "/", "home"), (DISB, "/servers", "listing"), (DISB, "/servers?page=2", "listing"),
    (DISB, "/servers/tag/librarians", "tag"), (DISB, "/servers/tag/mentorship", "tag"),
    (DISB, "/search?keyword=mentoring", "search"), (DISB, "/server/104938271650493827", "error"),
    (OER, "/", "home"), (OER, "/hubs/library-mentoring", "listing"),
    (OER, "/browse?f.general_subject=information-science", "category"), (OER, "/search?f.search=mentoring", "search"),
    (OER, "/profile/view/58213", "profile"), (OER, "/about", "about"), (OER, "/help", "contact"),
    (MERLOT, "/merlot/index.htm", "home"), (MERLOT, "/merlot/materials.htm?category=2577", "category"),
    (MERLOT, "/merlot/materials.htm?keywords=mentoring", "search"),
    (MERLOT, "/merlot/viewMember.htm?id=1402215", "profile"), (MERLOT, "/jolt/", "listing"),
    (MERLOT, "/jolt/vol20no2/", "listing"), (MERLOT, "/merlot/about.htm", "about"),
    (MERLOT, "/merlot/contactUs.htm", "contact"),
    (BEAN, "/", "home"), (BEAN, "/page/2/", "listing"), (BEAN, "/category/interviews/", "category"),
    (BEAN, "/e/ep-05-mentoring-new-grads/", "error"),
    (CARRD, "/", "home"),
]
