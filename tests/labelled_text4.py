"""The words of the fourth labelled web (:mod:`tests.labelled_web4`),
written for it without reading the other webs' texts.

``POSTS`` maps a work's key to its paragraphs; the grade each was written
for is in :mod:`tests.labelled_web4` beside the page that uses it. Grades
follow the rules there: 3 librarians mentoring through social media or
online networks throughout; 2 a good part of it, or mentoring without the
social media, or learning through social media without the mentoring; 1 a
passing sentence, or a short announcement dense with the words and nothing
to read; 0 nothing (or a keyword used for something else).
"""

from __future__ import annotations

POSTS: dict[str, tuple[str, ...]] = {
    # --- kadence.example -------------------------------------------------------------------------------
    "k1": (  # 3
        "When I took my first job as the only librarian in a rural high school, there was nobody down the hall "
        "to ask whether a weeding plan was sensible or how to talk a principal into a bigger budget. A former "
        "classmate told me to find the #tlchat crowd on Twitter, and that advice changed how I learned the job.",
        "For two years the Tuesday evening Twitter chat was where I was mentored. Experienced school librarians "
        "answered questions from newcomers in public threads, and a few of them took a standing interest in me: "
        "they checked in by direct message before my first board presentation and read drafts of my "
        "collection development policy.",
        "What made those relationships work was that they were light. Nobody signed a mentoring agreement. A "
        "mentor on Twitter might give me three sentences of advice and a link, and another would pick up the "
        "thread the following week. Many small exchanges added up to more guidance than a formal programme "
        "had ever given me.",
        "There were limits. Advice in 280 characters flattens nuance, and the loudest voices are not always the "
        "wisest. I learned to move the conversations that mattered to a video call, and to keep a notebook of "
        "what my online mentors suggested so I could test it against my own school before acting on it.",
        "Now I try to return the favour. When a new school librarian posts a nervous question under the "
        "hashtag, I answer it, and if they want, I follow up privately. That is what mentoring through social "
        "media looks like to me: a network of people who remember being new.",
    ),
    "k2": (  # 2 mentoring, no social media
        "A year ago our library system launched a formal mentoring program for staff in their first two years. "
        "Twelve pairs signed up, each matching a newer librarian with a colleague from another branch, so that "
        "advice would not be tangled up with line management.",
        "Pairs agreed goals at a first meeting and met once a month over coffee or a walk. Mentees most often "
        "asked about handling difficult patrons, applying for promotion and learning the unwritten rules of "
        "the system. Mentors told us they valued the chance to reflect on their own practice.",
        "Not every pairing worked. Two pairs stopped meeting by the spring, in both cases because schedules at "
        "busy branches never lined up. We now give mentors an hour of release time a month, and the program "
        "coordinator checks in with every mentee at three months.",
        "At the end of the year, ten of twelve mentees said the mentoring relationship had helped them feel "
        "they belonged in the profession. We are recruiting mentors for a second cohort now.",
    ),
    "k3": (  # 1 passing
        "Over one long weekend eight of us moved the entire nonfiction collection from the second floor to the "
        "newly refurbished ground floor. We had planned the shift on a spreadsheet, measuring every range and "
        "leaving a fifth of each shelf empty for growth.",
        "The plan held until the 600s, which turned out to be far larger than the catalogue suggested, because "
        "a decade of cookbooks had been shelved without being counted. We borrowed two book trucks from the "
        "children's room and redistributed the 900s to make space.",
        "By Monday morning every book was on a shelf and the signage was up. My old mentor used to say that a "
        "shift is never finished, only abandoned, and the small corrections went on for another fortnight.",
        "Lessons for next time: count the collection by shelf, not by record, and order pizza before the "
        "volunteers ask for it.",
    ),
    "k4": (  # 0 (chat used for something else)
        "Starting next month the reference desk will keep new hours. The desk will be staffed from nine until "
        "eight on weekdays and from ten until four on Saturdays, and closed on Sundays during the summer.",
        "Chat reference will now run until ten every weeknight through the statewide cooperative, so students "
        "working late on assignments can still reach a librarian. Questions that need a longer answer will be "
        "passed to subject specialists by email the next day.",
        "We made the change after counting questions for a semester: almost nobody came to the desk after "
        "eight, but online questions peaked between eight and ten at night.",
    ),
    "k5": (  # 2 round-up, half of it on the topic
        "Here are the things I read this week that are worth your time.",
        "A long thread from a group of academic librarians on how they found mentors on Twitter after their "
        "library's formal mentoring program was cut, and how those online mentoring relationships carried them "
        "through their first tenure reviews.",
        "A podcast episode in which two library directors describe reverse mentoring: early-career staff "
        "teaching senior managers how to use LinkedIn and Instagram well, and the senior staff mentoring them "
        "on budgets and politics in return.",
        "A blog post from a community college librarian who runs a peer mentoring circle for new instruction "
        "librarians on Slack, with the questions they use to open each monthly session.",
        "A practical guide to building a makerspace on a small budget, with a list of the tools that actually "
        "get used and the ones that gather dust.",
        "A report on e-book licensing costs for public libraries, with figures from forty library systems.",
        "And finally, photographs of the most beautiful reading rooms in Europe, for when you need a break.",
    ),
    "k6": (  # 0
        "It is budget season again, and this year the city has asked every department to propose cuts of four "
        "per cent. For a library whose materials budget has been flat for six years, that means choosing "
        "between hours and books.",
        "We have modelled three scenarios: closing one branch on Mondays, cancelling a set of print "
        "periodicals, or delaying the replacement of public computers by a year. None of them is painless, and "
        "each affects a different group of residents.",
        "The library board will hear public comment on the proposals at its meeting on the fourteenth. Written "
        "comments can be left at any branch.",
    ),
    # --- tt2.example -----------------------------------------------------------------------------------
    "t1": (  # 3
        "When I became director of a mid-sized public library, I asked two of our newest librarians to mentor "
        "me. Reverse mentoring sounds like a management fad, but I needed help: I had never used LinkedIn for "
        "more than a job search, and our library's social media presence was something I approved without "
        "understanding.",
        "We met every fortnight for six months. They showed me how librarians use LinkedIn groups and Mastodon "
        "to trade advice, how a well-made post can start a conversation with colleagues across the country, "
        "and how they themselves had found mentors online when our profession's formal schemes were full.",
        "In return I mentored them on the parts of the job that are never posted anywhere: writing a budget "
        "request, surviving a council meeting, deciding which battles to fight. The mentoring ran both ways, "
        "and both halves of it happened partly online, in the messages we exchanged between meetings.",
        "I now have a small network of library leaders on LinkedIn who I can ask for advice, built through "
        "introductions my mentees made. I recommend the arrangement to every director who thinks social media "
        "is something for the communications team.",
    ),
    "t2": (  # 0
        "Our seed library turned one this spring. It began as a single card catalogue drawer of donated seeds "
        "next to the circulation desk and now fills a cabinet with more than two hundred varieties.",
        "Patrons borrow seeds, grow them, and bring back seeds from the healthiest plants at the end of the "
        "season. This year the most popular packets were cherry tomatoes, runner beans and sunflowers.",
        "We have learned a great deal about labelling, storage and humidity, and a local gardening club now "
        "sorts the returned seeds every autumn. Next year we hope to add a shelf of gardening books beside the "
        "cabinet.",
    ),
    "t3": (  # 1 announcement
        "Mentoring meetup on Mastodon this Friday! Join librarians from across the region for an hour of "
        "mentoring conversation using the hashtag #LibMentor. Mentors and mentees welcome; bring a question or "
        "offer advice. Friday at 3 pm Eastern, online.",
    ),
    # --- tumblr.example --------------------------------------------------------------------------------
    "u1": (  # 3
        "i keep getting asks about how i found a mentor as a queer library student with no librarians in my "
        "family, so here is the long answer.",
        "it started on here, honestly. the library side of tumblr was where i first saw working librarians "
        "talk about the job as it really is. one of them answered an ask of mine with a paragraph of advice "
        "about cover letters and then said i could message her any time. she became my mentor for the next "
        "three years, entirely through messages, reblogs with notes, and later video calls.",
        "through her i found the librarians on twitter who ran a monthly chat for students from "
        "underrepresented groups, and a couple of them mentored me through my practicum and my first job "
        "search. none of this was a formal mentoring program. it was people online deciding to help.",
        "if you are looking for a mentor: follow librarians who post about their work, answer their posts "
        "thoughtfully, ask specific questions, and say thank you. and when you are the one with experience, "
        "answer the asks.",
    ),
    "u2": (  # 0
        "the library cat has claimed the returns bin again. we have given up. she is staff now.",
        "she arrived three winters ago, sleeps on the large print westerns, and has an unshakeable belief that "
        "the book drop opens only to deliver warm paperbacks for her. the regulars bring her treats and the "
        "children read picture books to her on saturday mornings.",
    ),
    "u3": (  # 2 mentoring, no social media
        "a thing nobody tells you in library school: the most useful mentoring you get may come from the "
        "paraprofessional who has worked the circulation desk for twenty years.",
        "when i started as a branch librarian, marisol had been there longer than the building's carpet. she "
        "never called it mentoring, but every shift she taught me something: which patrons needed to be "
        "greeted by name, how to de-escalate an argument over fines, when to bend a rule and when to hold it.",
        "formal mentoring programs pair you with another librarian, and that matters too. but if you are new, "
        "find the person on your staff who knows how the place actually runs and ask them to teach you. then "
        "make sure your manager knows how much they are doing.",
    ),
    # --- source.example --------------------------------------------------------------------------------
    "s1": (  # 3
        "Three years ago our state library association cancelled its in-person mentoring scheme for lack of "
        "volunteers. A handful of us decided to try something smaller: a peer mentoring circle for early-career "
        "librarians that would meet entirely online.",
        "We set up a Slack workspace, invited anyone in their first five years of library work, and paired each "
        "newcomer with a more experienced librarian who had volunteered to answer questions. A weekly thread "
        "asked everyone what they were stuck on, and mentors replied in public so that others could learn from "
        "the answers.",
        "The circle now has more than two hundred members. We have added a monthly video call for group "
        "mentoring, a LinkedIn group for job postings, and a Twitter chat once a term that brings in "
        "librarians from other states. Several members who joined as mentees now mentor newer people.",
        "Online mentoring is not a lesser version of the in-person kind. For librarians in small or isolated "
        "libraries, a network of mentors they can reach from their desk may be the only mentoring they get.",
    ),
    "s2": (  # 2 a third on the topic
        "This issue covers the spring conference, a new statewide e-book platform, and a note on mentoring.",
        "The spring conference drew four hundred people to the capital for three days of sessions on "
        "information literacy, community engagement and facilities. The keynote, on designing libraries for "
        "climate resilience, filled the main hall and is now available as a recording.",
        "The statewide e-book platform went live in March. Every public library in the state can now lend from "
        "a shared collection of thirty thousand titles, and the first month saw more than a hundred thousand "
        "loans.",
        "Finally, a note on mentoring. Several readers have written to ask how to find a mentor now that the "
        "association's scheme has ended. Our advice: join the early-career peer mentoring circle on Slack, "
        "follow the association's hashtag on Twitter and Mastodon, and ask directly. Experienced librarians "
        "who share advice on social media are usually glad to mentor someone who asks a clear question.",
    ),
    "s3": (  # 0 (Facebook page used for something else)
        "The library will be closed for the installation of a new heating system from the third to the "
        "seventeenth of next month. Items due during the closure will have their due dates extended "
        "automatically, and no fines will be charged.",
        "The book drop will remain open, and holds will be available for pickup at the Riverside branch. "
        "Updates on the work will be posted on our Facebook page and at the front door.",
    ),
    # --- chirpy.example --------------------------------------------------------------------------------
    "c1": (  # 2 learning through social media, no mentoring
        "Most of what I know about library systems programming I did not learn in a course. I learned it from "
        "the code4lib Slack, from people posting snippets on Mastodon, and from conference talks that someone "
        "shared on social media the week after.",
        "The pattern is the same each time. Someone posts a problem with a vendor API or a MARC record that "
        "breaks a parser, three people reply with partial answers, and by the end of the thread there is a "
        "working solution that everyone can reuse. It is professional development by accident.",
        "I keep a folder of these threads. When I start something new, I search it first, then the Slack "
        "archive, and only then the documentation. My personal learning network is better indexed than most "
        "vendor manuals.",
        "The cost is attention: social media is a noisy place to learn. I follow fewer accounts than I used "
        "to and mute keywords that pull me into arguments.",
    ),
    "c2": (  # 0
        "We finished migrating our catalogue from MARC 21 to a BIBFRAME-based linked data store this month. "
        "This post records the steps, the tools and the mistakes.",
        "The conversion ran in three passes: first the bibliographic records through the Library of Congress "
        "marc2bibframe2 XSLT, then the authority records, and finally a reconciliation pass that matched "
        "agents and subjects against id.loc.gov.",
        "The hardest records were the ones with local fields. Years of creative cataloguing had put notes, "
        "call numbers and donor names in 590 and 9XX fields with no consistent structure. We wrote a small "
        "Python script to sort them into categories before conversion.",
        "Performance was the other surprise. Our triple store needed far more memory than the vendor "
        "suggested, and the first full load took eleven hours.",
    ),
    "c3": (  # 3
        "Two years ago I started a channel on the code4lib Slack called #new-to-code for librarians who were "
        "learning to program on the job. The idea was simple: experienced library developers would mentor "
        "newcomers in the open, one question at a time.",
        "It became one of the busiest channels in the workspace. A cataloguer asks why her Python script "
        "mangles diacritics, and a systems librarian walks her through Unicode normalisation. A week later "
        "she answers someone else's question about the same thing. Mentoring in a public channel spreads.",
        "Some pairs went further. Several mentees asked for a regular video call with a mentor, and a few of "
        "those mentoring relationships have lasted beyond the first project. We also ran a series of Mastodon "
        "threads where mentors posted small exercises and mentees replied with their solutions.",
        "What I would tell anyone starting a similar online mentoring space for librarians: set norms early, "
        "make it safe to ask basic questions, and thank your mentors publicly. They are volunteers.",
    ),
    # --- stack.example ---------------------------------------------------------------------------------
    "h1": (  # 3
        "Our county library runs twelve branches across a region the size of a small country, and most branch "
        "librarians work alone. When we surveyed staff about mentoring, the most common answer was that there "
        "was nobody nearby to learn from.",
        "So we built mentoring around the tools people already used. Each new branch librarian is matched with "
        "a mentor at another branch, and the pair talk through a private Teams chat and a monthly video call. "
        "A shared channel lets every mentee ask the whole group of mentors for advice.",
        "We also encouraged mentees to build networks beyond the county. Mentors introduced them to librarians "
        "on Twitter and LinkedIn who specialise in rural services, and several mentees now take part in a "
        "national Twitter chat for small and rural libraries.",
        "After two years, staff turnover among new branch librarians has fallen by half. Mentees say the chat "
        "with their mentor is the first place they go when something unexpected happens at the desk.",
    ),
    "h2": (  # 1 passing
        "Our branch finally has a working 3D printer, and after a month of experiments we have opened it to "
        "the public. Patrons can book an hour-long slot and bring a design on a USB stick or choose from our "
        "binder of tested models.",
        "The most popular prints so far have been replacement parts: a knob for a washing machine, a clip for "
        "a child's car seat cover, and a lot of phone stands. We charge for filament by weight.",
        "I picked up most of my troubleshooting tips from other librarians on Twitter, who had clearly suffered "
        "through the same clogged nozzles before me.",
        "We ask that prints not be weapons or copies of trademarked toys, and staff have the final say.",
    ),
    "h3": (  # 2 mentoring, no social media
        "I have mentored six new librarians over twelve years, and I have learned more from them than from "
        "any training course. Here are the things I wish someone had told me before my first mentee.",
        "A mentor is not a manager. Your mentee needs somewhere to say what they cannot say to their "
        "supervisor, and that only works if what they tell you stays with you.",
        "Ask before you advise. Most of the time a mentee already knows what they want to do and needs to "
        "hear themselves say it. The best mentoring sessions I have had were ones where I talked least.",
        "End the mentoring relationship well. Agree at the start how long it will last, and mark its end with "
        "a conversation about what the mentee has learned and who else might mentor them next.",
    ),
    # --- quarto.example --------------------------------------------------------------------------------
    "q1": (  # 2 a good part on the topic
        "This term the data services team ran its first research data management workshop series for "
        "graduate students, and this post reports what we did and what we learned.",
        "The series covered file naming, version control with Git, data management plans and depositing data "
        "in the university repository. Each session paired a short talk with an exercise on the students' "
        "own data.",
        "The part of the series we did not plan turned out to matter most. Students set up a peer mentoring "
        "group on the university's Slack, where those further along answered questions from newcomers "
        "between sessions, and several of our librarians joined as mentors. Students told us that the advice "
        "they got there, and the data librarians they found on Mastodon through it, helped them more than "
        "the workshops themselves.",
        "Next year we will build the mentoring into the series from the start, with a librarian mentor "
        "assigned to each group of five students and a shared channel for questions.",
    ),
    "q2": (  # 0
        "A quick note on reproducible reports. We have moved our library's annual statistics report from a "
        "spreadsheet and a word processor to a Quarto document that pulls numbers directly from the "
        "integrated library system's export.",
        "The report now rebuilds in under a minute. Gate counts, loans, interlibrary requests and e-resource "
        "usage are each read from a CSV file, checked for missing months, and plotted with ggplot2.",
        "The biggest gain is that nobody copies numbers by hand any more, so the figures in the report match "
        "the figures in the data. The code is in our repository for anyone who wants to adapt it.",
    ),
    # --- emporio.example -------------------------------------------------------------------------------
    "e1": (  # 3
        "Driving a bookmobile is lonely work. I spend most days on back roads between farms and small towns, "
        "and for my first year I had nobody to ask when things went wrong, from a flat tyre to a patron who "
        "wanted a book banned.",
        "That changed when I found the mobile library community on Facebook. It is a group of bookmobile and "
        "outreach librarians from across the country, and within a week two veterans had offered to mentor me. "
        "One of them calls me every month; the other answers my messages within the hour.",
        "Through them I joined a Twitter chat for outreach librarians and a LinkedIn group for rural library "
        "staff. Each has given me mentors for different parts of the job: one for grant writing, one for "
        "programming with children, one for the mechanics of the vehicle itself.",
        "If you are an outreach librarian working alone, look for your people online. Mentoring does not need "
        "a shared building. It needs someone who remembers what your first winter on the road was like.",
    ),
    "e2": (  # 1 passing
        "The winter route is the hardest of the year. Snow closes two of our stops for weeks at a time, and "
        "the heater in the back of the bookmobile struggles below freezing.",
        "This year we tried something new: a box of books left at the general store in each snowed-in town, "
        "swapped every fortnight when the roads allow. Patrons pick what they want and leave a note of what "
        "they took.",
        "A mentor of mine in Montana suggested the idea in a Facebook message, and it has worked better than "
        "I expected.",
        "Spring cannot come soon enough.",
    ),
    # --- library.example (university library news) ---------------------------------------------------
    "l1": (  # 3
        "Librarians at Hartwell University Libraries have launched an e-mentoring network that connects "
        "early-career academic librarians across the state with experienced mentors through a LinkedIn group "
        "and monthly online sessions.",
        "The network grew out of the libraries' own mentoring program, which had paired new Hartwell "
        "librarians with senior colleagues since 2015. When librarians at smaller colleges asked to join, the "
        "program's coordinators moved it online so that distance would not matter.",
        "Each mentee is matched with a mentor from another institution, and the pairs meet by video call. "
        "Between meetings, mentees post questions in the LinkedIn group, where any mentor can reply, and a "
        "Twitter hashtag collects resources the mentors recommend.",
        "\"Social media lets us mentor people we would never meet otherwise,\" said Priya Raman, the "
        "libraries' head of organisational development. \"A librarian at a two-year college can now get "
        "advice from someone who has spent twenty years in special collections.\"",
        "Forty-two mentoring pairs took part in the first year. Librarians interested in mentoring or being "
        "mentored can apply through the libraries' website.",
    ),
    "l2": (  # 1 announcement
        "Webinar: Finding a mentor on LinkedIn. Librarians, find a mentor and grow your professional network "
        "using LinkedIn and social media. Thursday, 2-3 pm, online. Free; registration required.",
    ),
    "l3": (  # 0
        "Main Library will be open twenty-four hours a day from the Sunday before final examinations until "
        "the last day of the examination period. A valid university ID is required after ten at night.",
        "Quiet study floors, group study rooms and the computer lab will be available throughout. The cafe "
        "will extend its hours until midnight, and free coffee will be offered on the ground floor during "
        "the first week.",
        "Security staff will be on duty all night. Students are reminded not to leave laptops unattended.",
    ),
    "l4": (  # 2 mentoring, no social media
        "The libraries have welcomed their fourth cohort of new faculty librarians into a two-year mentoring "
        "program designed to support them on the path to continuing appointment.",
        "Each new librarian is paired with a senior librarian from a different department. Mentors help with "
        "research agendas, service commitments and the dossier for review, and the pairs meet at least twice "
        "a term. A writing group, open to all mentees, meets weekly during the summer.",
        "\"I would not have finished my first article without my mentor's deadlines,\" said one librarian who "
        "completed the program last year. The program's evaluation found that every mentee from the first "
        "three cohorts passed their third-year review.",
    ),
}

# --- OJS 3 articles (ojs.example): abstract, sections (heading, paragraphs), references ------------------

ARTICLES: dict[str, dict] = {
    "a201": {  # 3
        "abstract": (
            "This study examines how early-career academic librarians use Twitter to find and sustain "
            "mentoring relationships. Through semi-structured interviews with twenty-four librarians in their "
            "first five years of practice, we found that Twitter served three mentoring functions: finding "
            "mentors beyond one's institution, receiving just-in-time advice through hashtags and chats, and "
            "maintaining long-term mentoring relationships that began online. We discuss the implications for "
            "library associations' mentoring programs."),
        "sections": (
            ("Introduction", (
                "Mentoring has long been recognised as important to the socialisation and retention of new "
                "academic librarians. Formal mentoring programs, however, are limited by the number of "
                "available mentors and by geography. Social media platforms such as Twitter allow librarians "
                "to seek mentors outside their own institutions, yet little research has examined how this "
                "online mentoring works in practice.",)),
            ("Method", (
                "We interviewed twenty-four academic librarians in their first five years of practice who "
                "described themselves as active Twitter users. Interviews were transcribed and coded "
                "thematically by two researchers, who reconciled differences through discussion.",)),
            ("Findings", (
                "Participants used Twitter to find mentors whose expertise their own libraries lacked, often "
                "after following them for months before asking for advice. Hashtag chats such as #critlib "
                "provided just-in-time mentoring on specific problems. For eleven participants, a relationship "
                "that began with a reply to a tweet had become a sustained mentoring relationship carried on "
                "through direct messages and video calls.",
                "Participants also described the risks of mentoring in public: advice given in a thread could "
                "be misread by others, and some felt unable to ask questions that revealed problems at their "
                "own institutions.")),
            ("Discussion", (
                "Our findings suggest that Twitter complements rather than replaces formal mentoring. Library "
                "associations could support online mentoring by helping new librarians find mentors on social "
                "media and by recognising the mentoring work that experienced librarians do there.",)),
        ),
        "refs": (
            "Ackerman, E., Hunter, J., & Wilkinson, Z. T. (2018). The availability and effectiveness of "
            "research supports for early career academic librarians. The Journal of Academic Librarianship, "
            "44(5), 553-568.",
            "Farrell, B., Alabi, J., Whaley, P., & Jenda, C. (2017). Addressing psychosocial factors with library "
            "mentoring. portal: Libraries and the Academy, 17(1), 51-69.",
            "Lacy, M., & Copeland, A. J. (2013). The role of mentorship programs in LIS education and in "
            "professional development. Journal of Education for Library and Information Science, 54(2), 135-146.",
        ),
    },
    "a202": {  # 2 mentoring, no social media
        "abstract": (
            "Consortial mentoring programs allow small academic libraries to share mentors. This case study "
            "describes the design and first three years of a mentoring program run by a consortium of nine "
            "liberal arts college libraries, and reports mentees' and mentors' assessments of it."),
        "sections": (
            ("Background", (
                "Librarians at small colleges often have no senior colleague in their specialism. In 2019 the "
                "consortium's directors agreed to pool mentors across member libraries.",)),
            ("Program design", (
                "Mentees were matched with mentors at other member libraries on the basis of shared interests. "
                "Pairs met in person each term at rotating campuses and set goals for the year. A program "
                "coordinator checked in with each pair twice a year.",)),
            ("Assessment", (
                "Surveys of forty mentees and thirty-one mentors found high satisfaction with the mentoring "
                "relationship. Mentees valued advice on promotion and research, while mentors reported that "
                "the program renewed their own commitment to the profession. The main difficulty was travel "
                "between campuses.",)),
        ),
        "refs": (
            "Goodsett, M., & Walsh, A. (2015). Building a strong foundation: Mentoring programs for novice "
            "tenure-track librarians in academic libraries. College & Research Libraries, 76(7), 914-933.",
            "Zhang, S. L., Deyoe, N., & Matveyeva, S. J. (2007). From scratch: Developing an effective mentoring "
            "program. Chinese Librarianship, 24.",
        ),
    },
    "a203": {  # 2 learning through social media, no mentoring
        "abstract": (
            "Librarians increasingly use social media for informal professional development. This survey of "
            "312 public librarians examines which platforms they use to learn about their work, what they "
            "learn there, and how they judge the credibility of what they find."),
        "sections": (
            ("Introduction", (
                "Continuing professional development in librarianship has moved partly online. Beyond formal "
                "webinars, many librarians describe learning from colleagues on Twitter, Facebook groups, "
                "Instagram and YouTube, forming what has been called a personal learning network.",)),
            ("Results", (
                "Facebook groups were the most used platform for learning (71 per cent), followed by Twitter "
                "(54 per cent) and YouTube (38 per cent). Respondents most often learned about programming "
                "ideas, technology and news about the profession. They judged credibility by the poster's "
                "institution and by whether others in their network endorsed the content.",)),
            ("Conclusion", (
                "Social media are now a main channel of professional development for public librarians, and "
                "library schools should teach new librarians to build and curate a personal learning "
                "network.",)),
        ),
        "refs": (
            "Cooke, N. A. (2012). Professional development 2.0 for librarians: Developing an online personal "
            "learning network (PLN). Library Hi Tech News, 29(3), 1-9.",
            "Ewbank, A. D. (2015). Library advocacy through Twitter: A social media analysis of #savelibraries "
            "and #getESEAright. School Libraries Worldwide, 21(2), 26-38.",
        ),
    },
    "a204": {  # 1 passing
        "abstract": (
            "This article reports a collection assessment of a university library's print monographs using "
            "circulation data, interlibrary loan requests and citation analysis of faculty publications, and "
            "describes how the results informed weeding and acquisition decisions. The design was adapted, on the "
            "advice of a mentor at a peer library, from an assessment run there."),
        "sections": (
            ("Method", (
                "We analysed ten years of circulation data for 410,000 monographs, together with interlibrary "
                "loan requests and the references of 1,200 faculty articles. Titles were grouped by call "
                "number range and compared against peer collections.",)),
            ("Results", (
                "Forty-one per cent of monographs acquired in the decade had never circulated. Science and "
                "engineering titles circulated least, while history and literature circulated most. The "
                "project leads thank a mentor at a peer institution who had run a similar assessment.",)),
            ("Discussion", (
                "The assessment supported a shift from approval plans to demand-driven acquisition in the "
                "sciences and identified 30,000 titles for weeding to shared print storage.",)),
        ),
        "refs": (
            "Kelly, M. (2014). Citation patterns of engineering, statistics, and computer science researchers. "
            "Journal of Academic Librarianship, 40(2), 131-137.",
        ),
    },
    "a205": {  # 0
        "abstract": (
            "Metadata quality in institutional repositories varies widely. We audited 5,000 records in a "
            "university repository for completeness, accuracy and consistency, and report the errors found and "
            "the workflow changes made to prevent them."),
        "sections": (
            ("Audit", (
                "Records were sampled at random and checked against the repository's application profile. "
                "The most common problems were missing subject terms, inconsistent name forms and dates in "
                "the wrong field.",)),
            ("Changes", (
                "We introduced controlled vocabularies for subjects, an authority file for local names and "
                "validation rules in the deposit form. A second audit a year later found errors in 9 per cent "
                "of records, down from 34 per cent.",)),
        ),
        "refs": (
            "Park, J.-R. (2009). Metadata quality in digital repositories: A survey of the current state of the "
            "art. Cataloging & Classification Quarterly, 47(3-4), 213-228.",
        ),
    },
}

# An OJS announcement (1): short, dense with the topic's words, nothing to read.
ANNOUNCEMENT = (
    "Call for papers: special issue on mentoring and social media. The journal invites articles on "
    "e-mentoring, peer mentoring, Twitter and LinkedIn mentoring, and personal learning networks for "
    "librarians. Submissions due 1 March.")

# The texts of pages that are not works: about, contact, author profiles (they count 0 whatever they say).
ABOUT = {
    "kadence": ("I am Dana Whitfield, a reference librarian at a public library in Ohio. I write about "
                "mentoring, Twitter chats and the social media side of professional development for "
                "librarians, and about whatever is happening at the desk. I have mentored new librarians for "
                "ten years and found most of my own mentors on Twitter."),
    "tumblr": ("library student turned branch librarian. posts about mentoring, library life, and the "
               "library cat. asks open. not affiliated with my employer."),
    "source": ("Open Stacks Weekly is a newsletter about librarians learning from one another: mentoring, peer "
               "support, and the social media networks where librarians share what they know. Written by Sam "
               "Okafor. Subscribe to get each issue by email."),
    "chirpy": ("I am a systems librarian who writes code and mentors new library coders. This blog collects "
               "notes on library technology, the code4lib community and learning in public on Mastodon."),
    "quarto": ("The Data Services team at Hartwell University Libraries supports researchers with data "
               "management, analysis and visualisation. This notebook shares our workshops and tools."),
    "emporio": ("I drive the Greene County bookmobile. This blog is about outreach, rural libraries, and the "
                "online mentors who keep me going."),
    "ojs": ("The Journal of Library Mentoring and Practice is an open access, peer-reviewed journal publishing "
            "research on mentoring, professional development and workplace learning in libraries, including "
            "mentoring through social media and online networks. It appears twice a year."),
}
