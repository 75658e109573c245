"""Web 27's texts and labels, written before its pages were built (tests/labelled_web27.py builds them).

``WORKS``: key -> :class:`Work` (host, path, kind, grade and the text); ``OTHER``: the pages that are not
works, ``(host, path, kind)``, graded 0. Grades: 3 about the topic throughout, 2 about it in good part, 1 a
passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


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


WP = "lamplighter.example"        # WordPress Twenty Fourteen: a county library system's staff blog
PAPER = "marisol.example"         # Hugo Paper: an LIS student's blog
DOCS = "handbook.example"         # Jekyll Just the Docs: a consortium's handbook
ALTO = "oldfonds.example"         # Ghost Alto: a retired archivist
MIGHTY = "infopros.example"       # a Mighty Networks community
SHARK = "stacks.example"          # Sharkey (fediverse)
NATURE = "jilp.example"           # a Nature-like journal
ACAST = "shelfworth.example"      # an Acast podcast
INDICO = "indico.example"         # an Indico event
CORE = "works.commons.example"    # a Humanities Commons (CORE) repository

W = Work
WORKS: dict[str, Work] = {
    # --- WordPress Twenty Fourteen: staff blog of a county library system
    "wp-buddy": W(WP, "/2024/03/12/buddy-program-goes-online/", "article", 3,
                  "Our buddy program goes online", "Rhonda Pike", "2024-03-12", (
        "When we started pairing new branch staff with a seasoned colleague in 2019, the pairs met over coffee "
        "at the central library once a month. Five years and two reorganisations later, half of our staff work in "
        "branches more than an hour's drive from downtown, and the coffee meetings had quietly stopped.",
        "So this spring the buddy program moves online. Each new hire is matched with an experienced librarian "
        "from another branch, and the pair agree on how they will keep in touch: a shared Teams channel, a "
        "fortnightly video call, or simply a thread of messages they pick up when something comes up at the desk.",
        "We also opened a staff-only Slack workspace with a channel called #ask-anything. The idea came from "
        "Devon at the Millbrook branch, who told us that the most useful career advice she ever got arrived in "
        "a late-night reply on a library Discord server from someone she had never met. Nobody should have to "
        "be lucky to find that kind of guidance.",
        "Experienced staff who volunteer as buddies get a short orientation: listen more than you talk, share "
        "the mistakes you made, and point your buddy to the people and places online where librarians learn "
        "from each other, from the state association's mailing list to the #critlib and #libraryTwitter "
        "crowds that moved to Bluesky and Mastodon.",
        "If you would like to be a buddy, or to have one, write to the staff development office by April 5.",
    )),
    "wp-webinars": W(WP, "/2024/02/06/spring-webinar-calendar/", "article", 2,
                     "Spring webinar calendar for staff", "Rhonda Pike", "2024-02-06", (
        "Staff development has put together the free webinars we recommend this spring. Register with your work "
        "email, and log the hour as training time.",
        "February 20: the state library's session on weeding the nonfiction collection. March 5: accessibility "
        "checks for event flyers. March 19: an introduction to the new circulation reports.",
        "April 2 is the one we are most excited about: a panel of early-career librarians on building a "
        "professional learning network. They will talk about how they found mentors through LinkedIn groups and "
        "Bluesky, how a weekly Twitter chat turned into a reading group, and how to ask a stranger for career "
        "advice without feeling awkward. Bring questions; there will be time for them.",
        "Recordings of last season's webinars are on the staff intranet under Training.",
    )),
    "wp-closures": W(WP, "/2024/01/15/winter-storm-closures/", "article", 1,
                     "Winter storm closures and what they taught us", "Marcus Lee", "2024-01-15", (
        "Six of our eleven branches closed for two days last week when the ice storm took down power lines "
        "across the north of the county. Thank you to everyone who called patrons about holds and extended "
        "due dates from home.",
        "We learned a few things. Our phone tree is out of date, the generator at Riverside needs servicing, "
        "and the branch managers' group chat did more to keep us coordinated than any official email.",
        "A few of you asked how other systems handle this; branch managers found good answers by asking on "
        "the PUBLIB mailing list, where colleagues from three states replied within the hour.",
        "Facilities will send a revised emergency plan by the end of the month.",
    )),
    "wp-bookmobile": W(WP, "/2023/11/28/new-bookmobile-route/", "article", 0,
                       "The bookmobile's new route", "Marcus Lee", "2023-11-28", (
        "Starting December 4 the bookmobile adds stops at the Cedar Hollow senior apartments and the Route 9 "
        "trailer park, and drops the Tuesday stop at the fairgrounds, where we averaged two visitors.",
        "The full schedule is posted at every branch and on the public website. Drivers: the new stops have "
        "level parking but no power hookup, so charge the laptop before you go.",
    )),
    "wp-trivia": W(WP, "/2023/10/30/staff-trivia-night/", "article", 1,
                   "Staff trivia night recap", "Marcus Lee", "2023-10-30", (
        "The Reference Desk Irregulars won staff trivia for the third year running, edging out Technical "
        "Services on the final question about the Dewey number for cryptozoology (001.944, of course).",
        "Thanks to the Friends of the Library for the pizza. Special mention to the team from Millbrook, who "
        "admitted they had been studying with a mentor they found on a trivia Discord, which we have decided "
        "is not cheating.",
        "Next year's quizmaster is still to be chosen; volunteers welcome.",
    )),
    # --- Hugo Paper: an LIS student's blog
    "paper-pln": W(PAPER, "/posts/my-pln-in-year-one/", "article", 3,
                   "My PLN in year one of library school", "Marisol Ortega", "2024-05-02", (
        "At orientation someone told us to start building a professional learning network, and I nodded as if I "
        "knew what that meant. A year later I think I do, so here is what mine looks like, mostly for the "
        "first-years who will start in August.",
        "It began with lurking. I followed a few dozen librarians on Bluesky, mostly people whose articles we read "
        "in Foundations, and I read their threads without replying for about two months. That taught me who "
        "argues about what, and who answers students kindly.",
        "Then I joined the monthly #LISstudentChat. It is an hour of questions posted on the hour, and "
        "everyone replies with the hashtag. The first time I answered a question about internships, a "
        "metadata librarian in Ohio replied with a long thread of advice, and later offered to review my "
        "resume. We have talked on video four times since. She never called it mentoring, but that is what it is.",
        "Not everything is on social media. The best thing I did was sign up for the state association's "
        "new professionals mailing list, where people post job ads but also ask honest questions about "
        "salary negotiation and burnout. The archives are a gold mine.",
        "My advice: be specific when you ask for help, say thank you in public, and pass it on. I now answer "
        "the first-years' questions in our program's Discord, which feels like the right way to close the loop.",
    )),
    "paper-interview": W(PAPER, "/posts/interview-prep/", "article", 2,
                         "How I prepared for my first library interview", "Marisol Ortega", "2024-03-18", (
        "I had a phone screen and then an all-day interview for a part-time reference position at a community "
        "college. Here is what I did to get ready.",
        "I read the college's strategic plan and the library's last annual report, and I practised a "
        "ten-minute presentation on information literacy for first-generation students in front of my roommate.",
        "The most useful preparation was asking for help. I posted in a LinkedIn group for community college "
        "librarians asking what a first interview is like, and three people messaged me. One did a mock "
        "interview with me over Zoom and told me, kindly, that I said 'um' forty times.",
        "I got the job. I start in June.",
    )),
    "paper-cataloguing": W(PAPER, "/posts/cataloguing-assignment/", "article", 1,
                           "The cataloguing assignment that broke me", "Marisol Ortega", "2024-02-10", (
        "Twenty records in RDA, including a score, a map and a DVD box set with three different title "
        "variants. I spent a whole weekend on the 246 fields alone.",
        "What saved me was a patient classmate and the OCLC documentation. Someone in a cataloguing "
        "Slack also answered a question about relator terms at midnight, bless them.",
        "I got a B+. I will take it.",
    )),
    "paper-zine": W(PAPER, "/posts/zine-fest/", "article", 0,
                    "Zine fest haul", "Marisol Ortega", "2023-11-05", (
        "Went to the city zine fest with my roommate and came home with eleven zines, two risograph prints and "
        "a tote bag I did not need. Favourites: a perzine about night shifts at a bakery and a field guide to "
        "the pigeons of the east side.",
        "The library's zine collection takes donations, so some of these will end up there when I have read them "
        "twice.",
    )),
    "paper-mentor": W(PAPER, "/posts/asking-for-a-mentor/", "article", 3,
                      "How do you actually ask someone to mentor you?", "Marisol Ortega", "2024-06-20", (
        "A friend asked me this last week, and I realised the answer is: you mostly don't, at least not in "
        "those words.",
        "None of the librarians who guide me agreed to be a mentor. They answered a question I posted on "
        "Mastodon, then another, then we moved to email, and at some point I noticed I was asking them about "
        "my career and not just about discovery layers. The formal programs (my state association has one, "
        "ALA's New Members Round Table has another) are great, but the informal version happened first.",
        "If you want the formal route, apply; if you want the informal route, show up in the same online "
        "places consistently, ask good questions, and follow up.",
    )),
    # --- Jekyll Just the Docs: a regional consortium's handbook for new library staff
    "docs-pln": W(DOCS, "/docs/learning/personal-learning-network/", "article", 3,
                  "Build a personal learning network", "Northern Plains Library Consortium", "2023-09-01", (
        "A personal learning network (PLN) is the set of people and places you learn from outside your own "
        "library: colleagues in other institutions, mailing lists, online communities and social media "
        "accounts. For staff in small and rural libraries, where you may be the only librarian in the building, "
        "a PLN is often the main way to get advice and keep learning.",
        "Start with one or two channels. The consortium's Slack workspace has channels for circulation, "
        "youth services, cataloguing and directors; introduce yourself in #welcome. The state library's "
        "listserv carries announcements and questions from every library in the state.",
        "Add social media when you are ready. Many librarians share ideas and ask for help on Bluesky and "
        "Mastodon, using hashtags such as #libraries, #librarians and #critlib; LinkedIn groups are useful for "
        "career questions. Follow people whose work you admire and reply when you have something to add.",
        "Give back. A PLN works because people answer each other's questions. Once you have been in your job a "
        "year, answer a newcomer's question, and consider joining the consortium's mentoring program "
        "(see Find a mentor).",
    )),
    "docs-mentor": W(DOCS, "/docs/learning/find-a-mentor/", "article", 3,
                     "Find a mentor", "Northern Plains Library Consortium", "2023-09-01", (
        "The consortium pairs new staff with experienced colleagues from another member library for one year. "
        "Pairs meet online, usually by video call once a month, and keep in touch between calls by Slack "
        "direct message or email.",
        "To request a mentor, fill in the form on the staff portal with your role, your goals for the year "
        "and any preferences. We try to match you within four weeks.",
        "Mentors are volunteers with at least five years' experience. Mentors and mentees agree their own "
        "goals; common ones are learning a new area of work, preparing for a promotion, or finding your feet "
        "as the only staff member in a branch.",
        "Prefer a group? Our peer mentoring circles bring together five or six people in similar roles "
        "for a monthly online discussion with a facilitator.",
    )),
    "docs-cpd": W(DOCS, "/docs/learning/continuing-education/", "article", 2,
                  "Continuing education", "Northern Plains Library Consortium", "2023-09-01", (
        "Staff at member libraries can claim up to 16 hours of continuing education a year. Keep a record of "
        "each activity in the staff portal; certification for directors requires 30 hours over three years.",
        "Eligible activities include conference sessions, webinars, online courses and the consortium's own "
        "workshops. Self-directed learning through your professional network also counts: a Twitter chat, a "
        "discussion on a mailing list or a reading group organised on Discord, if you write a short "
        "reflection on what you learned.",
        "Travel grants for in-person conferences are announced each January.",
    )),
    "docs-ill": W(DOCS, "/docs/services/interlibrary-loan/", "article", 1,
                  "Interlibrary loan", "Northern Plains Library Consortium", "2023-09-01", (
        "Member libraries lend to each other through the shared catalogue. Requests placed by patrons arrive in "
        "the lending queue of the owning library; the courier picks up on Tuesdays and Fridays.",
        "Loan periods are four weeks with one renewal. Lost items are billed at the replacement cost recorded "
        "in the catalogue.",
        "Questions about unusual requests are best asked in the #ill channel on Slack, where experienced staff "
        "are generous with advice.",
    )),
    "docs-wifi": W(DOCS, "/docs/services/network-setup/", "article", 0,
                   "Network setup for branches", "Northern Plains Library Consortium", "2023-09-01", (
        "Each branch connects to the consortium's wide area network through a managed router. Public "
        "computers sit on VLAN 20, staff computers on VLAN 10 and the public wireless network on VLAN 30.",
        "Do not plug personal devices into staff ports. Report outages to the help desk with the branch code "
        "and the lights showing on the router.",
    )),
    # --- Ghost Alto: a retired archivist's blog
    "alto-forty": W(ALTO, "/forty-years-of-advice/", "article", 3,
                    "Forty years of advice, and where it comes from now", "Harold Quist", "2024-04-08", (
        "When I started as an assistant archivist in 1983, advice came from the person in the next office and "
        "from the annual meeting, where you might corner someone senior at the bar. If you had a question "
        "about a tricky deed of gift, you wrote a letter and waited.",
        "By the nineties we had the Archives and Archivists listserv, which for all its flame wars was "
        "the first place where a young archivist in a county record office could ask a question and get "
        "answers from the national archives. I learned more there than in any workshop.",
        "Now that I am retired I mostly watch. The younger archivists I keep up with learn from each "
        "other on Mastodon and in Slack groups and in a dozen Discord servers I do not understand. They "
        "hold virtual coffee hours. They mentor each other, in groups, without anyone senior in charge.",
        "I do still answer questions. A young processing archivist found me through an old blog post and "
        "wrote to ask about appraising a photographer's negatives; we have exchanged emails every month "
        "since. I suppose that makes me a mentor again, by correspondence, as in 1983.",
    )),
    "alto-listserv": W(ALTO, "/in-praise-of-the-listserv/", "article", 2,
                       "In praise of the listserv", "Harold Quist", "2024-01-22", (
        "My granddaughter tells me nobody uses email lists any more. She is wrong, at least about archivists.",
        "The lists I still read are dull in the best way: someone asks how to house oversized maps, three "
        "people answer, and the thread ends. A newcomer can ask a basic question and nobody sneers. That is "
        "informal teaching, and it is how many of us learned the job.",
        "The lists also carry the obituaries, and I read more of those each year.",
    )),
    "alto-garden": W(ALTO, "/the-garden-in-april/", "article", 1,
                     "The garden in April", "Harold Quist", "2024-04-20", (
        "The tulips are up and the rabbits have found them. I have tried chicken wire, blood meal and a radio "
        "tuned to talk radio, and the rabbits prefer talk radio.",
        "My former colleagues in the archives forum I still visit have offered advice on rabbits; "
        "archivists, it turns out, know about everything.",
        "Next month: tomatoes, and whether the greenhouse survives another year.",
    )),
    "alto-boxes": W(ALTO, "/on-acid-free-boxes/", "article", 0,
                    "On acid-free boxes", "Harold Quist", "2023-12-11", (
        "A reader asked whether it is worth re-boxing a family's letters in acid-free boxes. Yes, if the "
        "letters are in a shoebox, a cardboard carton or anything that smells of a basement.",
        "Buy boxes from an archival supplier, keep them off the floor and away from outside walls, and do not "
        "use rubber bands or paper clips. Folders should be buffered unless the collection contains "
        "photographs, which prefer unbuffered enclosures.",
    )),
    "alto-train": W(ALTO, "/the-night-train-to-inverness/", "article", 0,
                    "The night train to Inverness", "Harold Quist", "2023-10-02", (
        "We took the sleeper from London to Inverness for our anniversary. The cabins are small, the breakfast "
        "is good, and waking up to the Cairngorms out of the window is worth the fare.",
        "Two days in the Highland Archive Centre for my own family history, a day on the Black Isle, and the "
        "train home.",
    )),
    # --- Mighty Networks: an information professionals' community
    "mighty-circles": W(MIGHTY, "/posts/peer-mentoring-circles-are-back", "post", 3,
                        "Peer mentoring circles are back for the fall", "Priya Nair", "2024-08-26", (
        "Hi everyone! Our peer mentoring circles start again on September 16. Each circle is six members "
        "at similar career stages who meet on Zoom once a month and keep talking in a private space here "
        "between meetings.",
        "Last year's circles covered job searching, moving into management, and working as a solo "
        "librarian. Several of you told us the circle was where you finally got honest career advice from "
        "people a few years ahead of you.",
        "Sign up in the Mentoring space by September 6. If you have been in the field more than ten years, "
        "we'd love you to volunteer as a circle guide.",
    )),
    "mighty-ask": W(MIGHTY, "/posts/anyone-moved-from-public-to-academic", "post", 2,
                    "Anyone moved from public to academic libraries?", "Jonah Wells", "2024-07-14", (
        "I have been a public library teen librarian for six years and I am applying for instruction "
        "positions at universities. Anyone made that move? What did you wish you had known? I don't have "
        "anyone at work to ask and would love to hear from people who have been there.",
        "Reply from Leticia: I did it in 2019. Emphasise your teaching, learn the ACRL framework, and find "
        "an academic librarian to look at your cover letter. Happy to do that for you, DM me.",
    )),
    "mighty-conf": W(MIGHTY, "/posts/conference-roommate-thread", "post", 1,
                     "Conference roommate thread", "Priya Nair", "2024-05-30", (
        "Going to the annual conference in San Diego and looking to split a hotel room? Post your dates and "
        "budget below.",
        "Reminder that the community meetup is Saturday at 5 at the hotel bar, and first-timers who want a "
        "conference buddy can ask in the Mentoring space.",
    )),
    "mighty-recipes": W(MIGHTY, "/posts/potluck-recipes", "post", 0,
                        "Potluck recipes from the staff room", "Dee Hartman", "2024-04-02", (
        "Inspired by last week's thread about staff potlucks, here is my slow-cooker chili that has survived "
        "three branch holiday parties. Two pounds of beans, one of beef, and more cumin than you think.",
        "Post your staff room favourites below!",
    )),
    "mighty-badges": W(MIGHTY, "/posts/new-member-badges", "post", 0,
                       "New member badges", "Priya Nair", "2024-03-01", (
        "We've added badges to member profiles: Founding Member, Event Host and Top Contributor. They appear "
        "next to your name in posts and comments. Let us know if yours is missing.",
    )),
    # --- Sharkey: a fediverse server for library workers
    "shark-hashtag": W(SHARK, "/notes/9r2k4m7x1a", "post", 3, "", "@ellenb", "2024-06-11", (
        "Reminder that the #LibMentor hashtag is for anyone in libraries or archives who wants a mentor or "
        "wants to be one. Post who you are and what you're looking for. I've made three mentoring matches "
        "through it this year and all three are still meeting. Boosts welcome!",
    )),
    "shark-thread": W(SHARK, "/notes/9r2k5b2y3c", "post", 2, "", "@tomasz", "2024-06-12", (
        "Five years into archives work and honestly most of my professional learning has come from people "
        "on here and the old archives Slack. Nobody assigned me a mentor, but whenever I was stuck someone "
        "answered. Trying to do the same for the new folks now.",
    )),
    "shark-fund": W(SHARK, "/notes/9r2k6c3z5d", "post", 1, "", "@ellenb", "2024-06-20", (
        "Our library's summer reading kickoff had 400 kids and one very tired llama. Thanks to everyone on "
        "here who gave me tips about running outdoor events. Photos in the replies.",
    )),
    "shark-cat": W(SHARK, "/notes/9r2k7d4a6e", "post", 0, "", "@tomasz", "2024-07-01", (
        "The reading room cat has claimed the map cabinet again. Researchers report no complaints.",
    )),
    "shark-vent": W(SHARK, "/notes/9r2k8e5b7f", "post", 2, "", "@rosalind", "2024-07-03", (
        "Asked on here last month how to handle a hostile board meeting as a brand new director and got "
        "twenty thoughtful replies from people who had been through it. Went in prepared, it went fine. "
        "This network is the closest thing I have to a mentor and I'm grateful.",
    )),
    # --- a Nature-like journal
    "nat-survey": W(NATURE, "/articles/s41599-024-0311-7", "journal-article", 3,
                    "Informal mentoring of early-career librarians on social media: a national survey",
                    "Adaeze Okafor; Lukas Brenner", "2024-02-14", (
        "Mentoring supports the development of early-career librarians, yet formal programs reach a minority "
        "of them. We surveyed 1,214 librarians in their first five years of practice about where they sought "
        "career guidance and professional advice.",
        "Sixty-one per cent reported at least one mentoring relationship that began online, most often on "
        "Twitter before 2023, on LinkedIn, or in Slack and Discord communities. Respondents in rural and small "
        "libraries were more likely than others to rely on online networks for advice.",
        "Relationships begun online were more often informal and reciprocal than those in formal programs, "
        "and respondents described peer mentoring among cohorts of new professionals as their main source of "
        "practical learning. The migration of library communities from Twitter to Mastodon and Bluesky "
        "disrupted networks for a third of respondents.",
        "We discuss implications for professional associations seeking to support mentoring and personal "
        "learning networks in a fragmented social media landscape.",
    )),
    "nat-chats": W(NATURE, "/articles/s41599-023-2290-1", "journal-article", 2,
                   "Hashtag communities of practice in teaching and librarianship",
                   "Mei-Ling Zhou", "2023-10-03", (
        "Scheduled Twitter chats, organised around hashtags such as #edchat and #libchat, became a common "
        "form of professional development for teachers and librarians in the 2010s.",
        "Drawing on an archive of 48,000 tweets from eleven chats, this article examines how participants "
        "exchanged resources, advice and encouragement. Teachers' chats centred on classroom practice; "
        "librarians' chats more often turned to career questions, with experienced participants offering "
        "guidance to newcomers.",
        "We argue that chat communities functioned as communities of practice, and consider what was lost as "
        "participation declined after 2022.",
    )),
    "nat-metadata": W(NATURE, "/articles/s41599-024-0457-2", "journal-article", 0,
                      "Linked data adoption in national bibliographies", "Sven Aaltonen; Rita Moreira",
                      "2024-05-22", (
        "National bibliographic agencies have published linked data since 2010, but adoption by libraries "
        "remains uneven. We analyse the linked data services of 38 national libraries, their vocabularies, "
        "licences and update frequency.",
        "Most services expose BIBFRAME or schema.org; fewer than half are updated monthly. We recommend "
        "shared identifiers and open licences.",
    )),
    "nat-altmetrics": W(NATURE, "/articles/s41599-023-1875-9", "journal-article", 1,
                        "Altmetric attention to library and information science research",
                        "Kwame Mensah", "2023-07-19", (
        "We examine the altmetric attention received by 9,800 articles in library and information science "
        "journals between 2015 and 2022. Mentions on X/Twitter dominate, followed by blogs and news.",
        "Articles on open access and scholarly communication received most attention. Most tweets came from "
        "librarians sharing reading with their professional networks, a form of informal professional "
        "learning we do not examine further.",
        "Attention correlated weakly with later citations.",
    )),
    "nat-pdf": W(NATURE, "/articles/s41599-024-0311-7.pdf", "document", 3,
                 "Informal mentoring of early-career librarians on social media: a national survey",
                 "Adaeze Okafor; Lukas Brenner", "2024-02-14", (
        "Informal mentoring of early-career librarians on social media: a national survey",
        "Adaeze Okafor and Lukas Brenner. Humanities and Social Sciences Communications (2024).",
        "Abstract. Mentoring supports the development of early-career librarians, yet formal programs reach",
        "a minority of them. We surveyed 1,214 librarians in their first five years of practice about where",
        "they sought career guidance. Sixty-one per cent reported a mentoring relationship that began online,",
        "on Twitter, LinkedIn, Slack or Discord. Peer mentoring among new professionals was the main source of",
        "practical learning, and the move from Twitter to Mastodon and Bluesky disrupted these networks.",
        "Introduction. Professional associations have run mentoring programs for decades, pairing new",
        "librarians with experienced colleagues. Online networks now carry much of this guidance informally.",
    )),
    # --- an Acast podcast about library work
    "acast-mentors": W(ACAST, "/shows/shelfworth/episodes/mentors-in-the-machine", "post", 3,
                       "Mentors in the machine: finding guidance online", "Shelfworth", "2024-05-09", (
        "This week Kira and Ben talk with three librarians about the mentors they found online: a cataloguer "
        "who met her mentor in a Twitter chat in 2015, a school librarian whose peer mentoring group lives "
        "in a Discord server, and an archivist who runs a LinkedIn group for people changing careers into "
        "archives.",
        "We talk about how to ask for advice from someone you have never met, whether online mentoring works "
        "as well as the face-to-face kind, and what happened to library Twitter.",
        "Show notes and links to the communities mentioned are on our website.",
    )),
    "acast-burnout": W(ACAST, "/shows/shelfworth/episodes/burnout-and-boundaries", "post", 2,
                       "Burnout and boundaries", "Shelfworth", "2024-04-11", (
        "Kira and Ben talk about vocational awe, understaffing and saying no. Our guest, a branch manager, "
        "explains how a group of managers from different systems meets online every month to share "
        "strategies and give each other advice, and how that group has been the mentoring she never got "
        "from her own administration.",
        "Plus listener mail about the reference desk that will not die.",
    )),
    "acast-ai": W(ACAST, "/shows/shelfworth/episodes/chatbots-at-the-desk", "post", 1,
                  "Chatbots at the reference desk", "Shelfworth", "2024-03-14", (
        "Are AI chatbots coming for the reference desk? Kira tested three on real questions from last month's "
        "chat logs; Ben is unconvinced. We also read your replies from Bluesky, where listeners shared how they "
        "are learning about AI from each other.",
    )),
    "acast-overdue": W(ACAST, "/shows/shelfworth/episodes/the-overdue-episode", "post", 0,
                       "The overdue episode", "Shelfworth", "2024-02-08", (
        "Fine-free libraries, five years on: did patrons return more books or fewer? Kira looks at the data "
        "from twelve library systems, and Ben tells the story of a book returned after 81 years.",
    )),
    "acast-bonus": W(ACAST, "/shows/shelfworth/episodes/bonus-live-show-announcement", "post", 0,
                     "Bonus: live show announcement", "Shelfworth", "2024-01-25", (
        "We're recording live at the state library conference in October! Tickets are free with registration. "
        "Come say hi and bring your weirdest patron question.",
    )),
    # --- an Indico event: a one-day online symposium
    "ind-keynote": W(INDICO, "/event/412/contributions/1881/", "article", 3,
                     "Networked mentoring in archives: lessons from five years of virtual cohorts",
                     "Dr. Ingrid Solberg", "2024-10-17", (
        "Since 2019 the regional archives association has run virtual mentoring cohorts: groups of eight new "
        "archivists guided by two experienced mentors, meeting online and working between meetings in a "
        "shared Slack workspace. This keynote reports on five cohorts, 112 participants in all.",
        "Participants valued the group format for peer mentoring as much as the guidance from mentors, and "
        "many cohorts kept their Slack channels running years after the program ended, turning them into "
        "lasting professional learning networks. Mentors reported learning from mentees about new tools "
        "and social media communities.",
        "The talk closes with recommendations for associations designing online mentoring programs.",
    )),
    "ind-linkedin": W(INDICO, "/event/412/contributions/1883/", "article", 2,
                      "LinkedIn as a career tool for records managers", "Paul Ferreira", "2024-10-17", (
        "Records managers often work alone in their organisations. This talk reports interviews with 20 "
        "records managers about how they use LinkedIn: to follow regulatory news, to find jobs, and to ask "
        "more experienced peers for career advice in professional groups.",
        "Most used LinkedIn passively; those who posted or commented built relationships that several "
        "described as mentoring.",
    )),
    "ind-digitization": W(INDICO, "/event/412/contributions/1885/", "article", 0,
                          "Digitizing glass plate negatives on a budget", "Ana Costa", "2024-10-17", (
        "This talk describes a low-cost workflow for digitizing 3,000 glass plate negatives with a mirrorless "
        "camera, a light panel and a copy stand, with colour targets and open-source inversion software.",
    )),
    "ind-funding": W(INDICO, "/event/412/contributions/1887/", "article", 1,
                     "Grant writing for small archives", "Beth Ramsey", "2024-10-17", (
        "A practical session on finding and writing grants for small archives and historical societies, with "
        "examples of successful applications to state humanities councils.",
        "Participants will be invited to join a grant writers' mailing list for continued advice after the "
        "session.",
    )),
    "ind-panel": W(INDICO, "/event/412/contributions/1889/", "article", 2,
                   "Panel: Where did everyone go? Archives communities after Twitter", "Moderator: Jae Kim",
                   "2024-10-17", (
        "For a decade, archivists learned from each other in public on Twitter. This panel asks where those "
        "conversations went: Mastodon, Bluesky, Slack, Discord and older mailing lists. Panellists discuss "
        "how early-career archivists find mentors and advice when the field's online community is "
        "scattered across platforms, and what associations can do.",
    )),
    # --- a Humanities Commons (CORE) repository
    "core-chapter": W(CORE, "/deposits/item/hc:61423/", "document", 3,
                      "Mentoring librarians in networked publics", "Okafor, Adaeze", "2023-06-01", (
        "This chapter examines how librarians mentor one another in networked publics: Twitter chats, "
        "Mastodon instances, LinkedIn groups and Slack communities. Drawing on interviews with 30 mentors and "
        "mentees, it argues that online mentoring in librarianship is mostly informal, reciprocal and "
        "collective, closer to peer mentoring than to the traditional dyad of an experienced mentor and a "
        "novice, and that personal learning networks have become the main route to career guidance for "
        "librarians outside large institutions.",
    )),
    "core-syllabus": W(CORE, "/deposits/item/hc:58802/", "document", 2,
                       "Syllabus: LIS 590, Professional Identity and Practice", "Reyes, Dolores", "2022-08-20", (
        "Syllabus for a graduate seminar on professional identity in library and information science. Week "
        "7, 'Learning in public', asks students to build a personal learning network on social media, join "
        "a professional mailing list and attend a webinar; week 8 covers finding mentors and informational "
        "interviews. Other weeks cover ethics, values, and unions.",
    )),
    "core-poster": W(CORE, "/deposits/item/hc:60117/", "document", 1,
                     "Poster: Oral histories of a rural library", "Tanaka, Hiro", "2023-03-15", (
        "A poster presenting an oral history project with former staff and patrons of a rural Kansas library, "
        "1950-2000. Interviewees recall the county librarian who mentored generations of staff, and the "
        "project was publicised through the state library's mailing list.",
    )),
    "core-dataset": W(CORE, "/deposits/item/hc:59930/", "document", 0,
                      "Dataset: Circulation of Victorian periodicals in Mechanics' Institute libraries",
                      "Whitfield, Grace", "2022-11-02", (
        "A dataset of 14,000 loan records of periodicals from four Mechanics' Institute libraries in northern "
        "England, 1850-1890, transcribed from ledgers, with a codebook.",
    )),
    "core-pdf": W(CORE, "/deposits/objects/hc:61423/datastreams/CONTENT/content", "document", 3,
                  "Mentoring librarians in networked publics", "Okafor, Adaeze", "2023-06-01", (
        "Mentoring librarians in networked publics",
        "Adaeze Okafor",
        "Mentoring has long been part of how librarians learn their profession. In the last fifteen years much",
        "of it has moved online: new librarians find mentors in Twitter chats, on Mastodon and Bluesky, in",
        "LinkedIn groups and in Slack and Discord communities. This chapter draws on interviews with 30 mentors",
        "and mentees. Most online mentoring is informal and reciprocal; peer mentoring groups and personal",
        "learning networks give career guidance to librarians outside large institutions, who lack a mentor",
        "in their own workplace. The chapter closes with advice for those who want to mentor online.",
    )),
}

OTHER: list[tuple[str, str, str]] = [
    (WP, "/", "home"), (WP, "/about/", "about"), (WP, "/category/staff-development/", "category"),
    (WP, "/tag/mentoring/", "tag"), (WP, "/?s=mentor", "search"), (WP, "/author/rhonda-pike/", "profile"),
    (WP, "/page/2/", "listing"), (WP, "/2022/05/old-post/", "error"),
    (PAPER, "/", "home"), (PAPER, "/about/", "about"), (PAPER, "/tags/networking/", "tag"),
    (PAPER, "/posts/", "listing"), (PAPER, "/archives/", "listing"),
    (DOCS, "/", "home"), (DOCS, "/docs/learning/", "category"), (DOCS, "/docs/services/", "category"),
    (DOCS, "/docs/contact/", "contact"), (DOCS, "/search-data.json.html", "search"),
    (ALTO, "/", "home"), (ALTO, "/about/", "about"), (ALTO, "/tag/archives/", "tag"),
    (ALTO, "/author/harold/", "profile"), (ALTO, "/page/2/", "listing"), (ALTO, "/old-posts/", "error"),
    (MIGHTY, "/", "home"), (MIGHTY, "/spaces/mentoring", "category"), (MIGHTY, "/spaces/lounge", "category"),
    (MIGHTY, "/members/priya-nair", "profile"), (MIGHTY, "/members/jonah-wells", "profile"),
    (MIGHTY, "/about", "about"),
    (SHARK, "/", "home"), (SHARK, "/@ellenb", "profile"), (SHARK, "/@tomasz", "profile"),
    (SHARK, "/@rosalind", "profile"), (SHARK, "/tags/LibMentor", "tag"), (SHARK, "/about", "about"),
    (NATURE, "/", "home"), (NATURE, "/search?q=mentoring", "search"), (NATURE, "/subjects/library-science", "category"),
    (NATURE, "/volumes/11/issues/1", "listing"), (NATURE, "/volumes/10/issues/3", "listing"),
    (NATURE, "/contact", "contact"), (NATURE, "/articles/s41599-024-9999-0", "error"),
    (ACAST, "/", "home"), (ACAST, "/shows/shelfworth", "listing"), (ACAST, "/shows/shelfworth/about", "about"),
    (ACAST, "/shows/shelfworth/episodes", "listing"), (ACAST, "/shows/shelfworth/episodes?page=2", "listing"),
    (INDICO, "/", "home"), (INDICO, "/event/412/", "listing"), (INDICO, "/event/412/timetable/", "listing"),
    (INDICO, "/event/412/contributions/", "listing"), (INDICO, "/event/412/speakers", "listing"),
    (INDICO, "/category/7/", "category"), (INDICO, "/event/412/page/contact", "contact"),
    (CORE, "/", "home"), (CORE, "/deposits/?facets%5Bsubject_facet%5D%5B%5D=Librarianship", "search"),
    (CORE, "/members/aokafor/", "profile"), (CORE, "/members/dreyes/", "profile"),
    (CORE, "/deposits/?tag=mentoring", "tag"), (CORE, "/about/", "about"), (CORE, "/deposits/item/hc:00000/", "error"),
]
