"""What the pages of the fifth labelled web say (tests/labelled_web5.py).

Written for web 5 alone, without reading the other webs' texts, scan's
ranking or its kinds. Each entry is ``slug -> (title, paragraphs)``; the
grade of each page is given where the page is built, not here.
"""

from __future__ import annotations

# --- Astra (WordPress): "Shelf Life", a public librarian's blog ---------------------------------------

ASTRA = {
    "found-my-mentor-on-mastodon": ("How I Found My Mentor on Mastodon (Without Asking Anyone to Be My Mentor)", (
        "When I finished library school I moved to a town where I knew nobody, and the nearest academic library was "
        "two hours away. My cohort scattered. The one thing I still had was a Mastodon account I had opened during a "
        "cataloguing class, following a handful of people who posted about metadata and reference work.",
        "I never sent anybody a message saying 'will you be my mentor'. What happened was slower. I replied to a "
        "thread by a systems librarian in Scotland about migrating a catalogue, she answered, and over a few months "
        "we started talking most weeks. She read my first job application. She told me which parts of my cover "
        "letter sounded like a student and which sounded like a colleague.",
        "Looking back, that was mentoring in every sense that matters: someone more experienced took an interest in "
        "my career, gave me honest feedback and introduced me to people. It just happened in public replies and "
        "then in direct messages instead of in an office once a month.",
        "A few things I learned about getting mentored online, for any new librarian reading this. Post about your "
        "actual work, not only links. Reply with something useful before you ask for anything. Notice who answers "
        "questions generously and follow the people they follow. And when someone helps you, say so in public: it "
        "is the closest thing the fediverse has to a thank-you card.",
        "My mentor and I finally met in person last spring at a conference. It felt like meeting an old colleague. "
        "I now try to do the same for people in their first year, answering the 'is this normal?' questions that "
        "new librarians post late at night.",
    )),
    "twitter-chats-mentoring-early-career": ("Twitter Chats as Informal Mentoring for Early-Career Librarians", (
        "Scheduled hashtag chats such as #libchat and #critlib were, for about a decade, one of the busiest places "
        "where early-career librarians found guidance outside their own institutions. In this post I look at them "
        "as a form of informal, distributed mentoring rather than as networking events.",
        "Formal mentoring programmes in librarianship usually pair one protégé with one senior practitioner for a "
        "fixed term. A chat works differently: a moderator posts numbered questions, dozens of participants answer, "
        "and the advice comes from many mentors at once. Researchers call this a mentoring constellation or a "
        "developmental network, and the chats make that network visible.",
        "The benefits reported by participants are the classic functions of mentoring: career advice, role "
        "modelling, psychosocial support and sponsorship. New professionals describe finding job leads, getting "
        "their first conference proposal reviewed and feeling less isolated as solo librarians.",
        "The weaknesses are also real. Chats reward people who are already confident posting in public, advice is "
        "rarely followed up, and when the platform changed many communities dispersed to Mastodon, Bluesky and "
        "Discord servers. Library associations that want to support early-career staff should treat these online "
        "spaces as part of their mentoring offer, with named volunteers who stay on after the chat ends.",
    )),
    "what-makes-a-good-mentor": ("What Makes a Good Mentor (and What Doesn't)", (
        "I have been a mentor in our regional library association's scheme for six years, and a mentee before that. "
        "Here is what I think separates the mentors people remember from the ones they politely stop emailing.",
        "Good mentors listen more than they talk. In my first meetings as a mentor I filled every silence with "
        "stories from my own career; it took me a while to realise my mentee needed room to work out what she "
        "actually wanted from her next job.",
        "Good mentors are honest about the profession. Not every library role is a calling, pay is often poor, and a "
        "mentee deserves to hear that from someone who has stayed anyway.",
        "Good mentoring has an end. We agree a year, with a check-in at six months, and we close the relationship "
        "deliberately. Several of my former mentees are now friends, but the formal part stopped, which gave both of "
        "us permission to say it had worked.",
    )),
    "summer-reading-wrap-up": ("Summer Reading Challenge 2024: The Wrap-Up", (
        "Another summer done! This year 1,240 children signed up for the reading challenge across our four branches, "
        "up from 980 last year, and 61 percent of them finished all six books.",
        "The space theme was a hit. The rocket-building afternoon at the Eastside branch ran out of cardboard in "
        "forty minutes, and we will be ordering more glue sticks for next year.",
        "Thank you to our teen volunteers, who gave 430 hours between them. Several of them told us they want to work "
        "in libraries, and one has already been paired with a mentor she met through a librarians' group on "
        "LinkedIn.",
        "Medals and certificates are ready to collect from your branch until the end of September.",
    )),
    "chat-reference-at-night": ("Chat Reference at Night: Staffing Our Live Chat Service", (
        "Since January our live chat reference service has stayed open until midnight, staffed by a rota of "
        "librarians from three campuses working from home.",
        "Most evening questions are about logging in to databases, finding a full-text copy of an article or "
        "renewing loans. About one in eight is a genuine research consultation that we book for the next day.",
        "We changed our chat software in March. The new widget shows the queue length, which has cut the number of "
        "people who leave before they are answered.",
        "If you work in a library thinking of extending chat hours, our staffing rota and canned responses are "
        "linked below.",
    )),
    "facebook-page-reopening": ("Our Facebook Page and the Branch Reopening", (
        "The Northside branch reopens on 3 June after the roof repairs. We will post the opening-day timetable on "
        "our Facebook page and on the noticeboard by the door.",
        "There will be face painting, a brass band and a chance to see the new study room. Parking is limited, so "
        "please come on foot or by bus if you can.",
        "Thank you for your patience over the last eight months.",
    )),
}

ASTRA_ABOUT = (
    "Shelf Life is written by Priya Natarajan, a public librarian in the north of England. I write about reading "
    "programmes, running branch libraries, and how new librarians find mentors and support, increasingly on "
    "Mastodon, LinkedIn and other online networks rather than in formal schemes.",
    "Opinions are my own, not my employer's.",
)

# --- Hashnode: "Stacks and Scripts", a systems librarian's dev blog --------------------------------------

HASHNODE = {
    "group-chat-new-librarians": ("The Group Chat That Kept Me in Libraries", (
        "Three years ago, eight of us who had just started our first library jobs made a group chat. It was meant "
        "for swapping interview questions. It turned into the most useful professional support I have had.",
        "None of us would have called it mentoring at the time. But when I was thinking of quitting after a horrible "
        "first year, it was Dee, two years further on than me, who talked me through it at eleven at night. When Sam "
        "had to run her first staff meeting, we all sent her our agendas. When I applied for a systems role, a friend "
        "of Dee's who manages a library IT team joined the chat for a week and reviewed my portfolio.",
        "What made it work, I think: it was small, nobody was performing for an audience, and people who were a "
        "little further along kept pulling the rest of us forward. Some of us have started our own chats for the "
        "new people we manage, and a couple of us now act as informal mentors on the Library Tech Discord.",
        "If you are a new librarian and feel lost, find or make a small online group of peers plus one or two people "
        "a few years ahead of you. It does most of what a formal mentoring scheme promises, and it is awake at "
        "eleven at night.",
    )),
    "learning-in-public-cataloguing": ("Learning in Public: How Social Media Taught Me MARC", (
        "I did not learn MARC in library school; I learned it by lurking in the replies of cataloguers on Twitter "
        "and later on Mastodon, asking silly questions and getting surprisingly kind answers.",
        "Posting what you are stuck on, in public, is a fast way to learn a technical skill. Someone always knows "
        "the obscure field you need, and reading other people's questions is a free course in what goes wrong.",
        "I kept a thread of everything I learned, which became my own reference. It also became a small portfolio "
        "when I applied for a metadata job.",
        "The downside is noise. I mute a lot of words, and I leave the platform for weeks when it is all argument.",
    )),
    "migrating-to-folio": ("Notes from Migrating Our Catalogue to FOLIO", (
        "We moved 1.2 million bibliographic records from our old integrated library system to FOLIO over the summer. "
        "These are my notes on what went wrong, in the order it went wrong.",
        "Item records with bound-with relationships broke our first three test loads. We ended up scripting the "
        "split in Python before the import.",
        "Patron data was the easy part, surprisingly. Circulation rules were not: we had 214 loan rules in the old "
        "system and rewrote them as 31 policies.",
        "The best advice I got came from a FOLIO developer I know through a mentoring programme on Slack, who told "
        "me to load a tenth of the data first. Do that.",
    )),
    "self-hosting-koha": ("Self-Hosting Koha on a Small Budget", (
        "Small libraries ask me whether they can run Koha themselves. Yes, if someone on staff is happy with Linux.",
        "We run it on one virtual machine with four cores and eight gigabytes of memory for a collection of forty "
        "thousand items. Backups go to object storage every night.",
        "Upgrades are the risky part. Test them on a copy of the database first, and read the release notes all "
        "the way through.",
    )),
}

HASHNODE_ABOUT = (
    "Stacks and Scripts is Jonah Reyes's blog: library systems, metadata, Python, and notes on how people new to "
    "library technology learn from each other online. I run the #LibTechMentors hashtag's monthly office hour.",
)

# --- Eleventy base blog: "The Reading Room Notebook", an academic liaison librarian -----------------------

ELEVENTY = {
    "reverse-mentoring-linkedin": ("Reverse Mentoring on LinkedIn: What Our Senior Staff Learned", (
        "Last year our library tried reverse mentoring: six staff in their first two years were paired with six "
        "senior librarians, and the junior person did the mentoring. The subject was professional social media, "
        "mainly LinkedIn and Mastodon.",
        "The senior staff wanted to understand how early-career colleagues build networks online, find job leads "
        "and ask for advice from strangers. Their mentors showed them how to write a post that starts a "
        "conversation, how to follow hashtags for their subject areas and how to join the library groups where "
        "questions actually get answered.",
        "The unexpected result was that the mentoring went both ways. Once the senior librarians were active on "
        "LinkedIn, they began answering questions from new professionals in other institutions, and two of them "
        "became mentors to people they met there.",
        "If you run something similar, keep the pairs small, agree what each session is for, and let the junior "
        "partner set the agenda. We have written up the scheme for our staff development committee.",
    )),
    "mentor-texts-persuasive-writing": ("Mentor Texts for Teaching Persuasive Writing", (
        "In writing instruction, a mentor text is a published piece that students read closely and imitate. For the "
        "first-year persuasive writing module I now bring three short op-eds into the library session.",
        "Students annotate how each writer states a claim, answers an objection and uses evidence. Then they find "
        "one source of their own in the databases and try the same moves.",
        "The session has better evaluations than the old database demonstration, and faculty ask for it by name.",
    )),
    "notes-from-lilac": ("Notes from LILAC", (
        "Three days of information literacy talks, and my notebook is full. Here are the sessions I keep thinking "
        "about.",
        "A keynote on assessment asked whether we measure what students can do or only what they remember. The "
        "answer was uncomfortable for most of the room.",
        "The session I liked most was about a mentoring network for new teaching librarians run entirely online. "
        "New staff are matched with an experienced teaching librarian at another university, they meet on video "
        "calls each month, and the whole group shares lesson plans and asks for help in a shared Mastodon hashtag "
        "and a Slack workspace. Participants said the online community mattered as much as the one-to-one mentor: "
        "someone always answered within an hour when a class went badly.",
        "The organisers are looking for more mentors for next year, especially from further education colleges.",
        "Other highlights: a workshop on teaching with generative AI tools, and a very practical talk on "
        "accessibility checks for LibGuides.",
        "Next year's conference is in Glasgow. I will be submitting something on our reverse mentoring scheme.",
    )),
    "libmentor-chat-thursday": ("#LibMentor Chat This Thursday", (
        "Reminder: the monthly #LibMentor chat on Mastodon is this Thursday at 8pm. Topic: finding a mentor when "
        "you are the only librarian. Mentors and mentees welcome, follow the hashtag to join.",
    )),
}

ELEVENTY_ABOUT = (
    "I am Catriona Bell, liaison librarian for education and social sciences. This notebook collects session "
    "plans, conference notes and thoughts on mentoring new teaching librarians and the online networks they "
    "learn in.",
)

# --- Docusaurus blog: the "OpenShelf" discovery project's blog -------------------------------------------

DOCUSAURUS = {
    "slack-mentoring-programme": ("Running a Virtual Mentoring Programme for Library Staff on Slack", (
        "When the OpenShelf community grew past two hundred contributors, most of them library staff rather than "
        "software developers, we saw that newcomers stalled after their first issue. So we started a mentoring "
        "programme, run entirely in our Slack workspace.",
        "Each newcomer is matched with a mentor from a different library: often a systems librarian with a few "
        "years of contributions. They get a private channel, a checklist for the first month and a weekly thirty "
        "minute call. Beyond the pairs, a #mentoring channel lets anyone ask questions, and mentors answer in "
        "public so others learn from the thread.",
        "After a year, 41 pairs have finished the programme. Mentees told us the most valuable part was not the "
        "code review but career advice: how to talk to their managers about time for open source, and how to "
        "present their work at library conferences.",
        "Mentors need support too. We hold a monthly mentors' call, share a short guide on giving feedback in "
        "writing, and limit each mentor to two mentees at a time.",
        "If your library consortium or open source project wants to copy the programme, our mentor guide and "
        "matching form are in the repository.",
    )),
    "one-year-of-libmentor": ("One Year of #LibMentor: What the Chats Taught Us", (
        "Our monthly #LibMentor hashtag chat has now run for a year, first on Twitter and, since the spring, on "
        "Mastodon. About three hundred library workers have taken part, from students to directors.",
        "Each chat pairs a question with two volunteer mentors who answer at length, then everyone joins in. The "
        "chats on salary negotiation and on leaving a toxic workplace drew the most replies; the chat on writing "
        "for publication produced the most follow-up one-to-one mentoring.",
        "We counted how often a chat led to a lasting connection. Forty-five people told us they had kept in touch "
        "with someone they met in a chat, and a dozen described that person as their mentor.",
        "The move between platforms cost us about a third of the participants. Keeping an archive of every chat on "
        "this blog helped people find us again.",
    )),
    "buddy-system-onboarding": ("Onboarding New Team Members with a Buddy System", (
        "Every new member of the OpenShelf support team now gets a buddy for their first three months: a colleague "
        "who is not their manager and who answers the questions people are embarrassed to ask.",
        "Buddies are more like mentors than trainers. They explain how decisions get made, who to ask about what and "
        "which meetings matter. We give them two hours a week for it.",
        "Our new staff say the buddy was the single most useful part of their induction, and several buddies have "
        "stayed on as longer-term mentors.",
    )),
    "release-2-3": ("OpenShelf 2.3 Released", (
        "OpenShelf 2.3 is out. This release adds faceted search by publication year, a new MARC import pipeline and "
        "a rewritten holdings display.",
        "We dropped support for Python 3.8 and upgraded the search index to Solr 9. See the upgrade guide before "
        "installing.",
        "Thanks to the 27 contributors who worked on this release.",
    )),
}

# --- EPrints 3: the university repository ----------------------------------------------------------------

EPRINTS = {
    1204: ("E-mentoring and professional identity among early-career academic librarians", "Okafor, Ada", (
        "This study examines how early-career academic librarians use online mentoring relationships, formed on "
        "social networking sites and professional listservs, to develop a professional identity. Semi-structured "
        "interviews with 22 librarians in their first five years of practice were analysed thematically.",
        "Participants described mentors they had met on Twitter, LinkedIn and in online communities as more "
        "accessible than those assigned by formal programmes. E-mentoring provided career guidance, reassurance "
        "and role models, and peer mentoring among new librarians in group chats reduced isolation. Participants "
        "also reported drawbacks: uneven commitment, the visibility of public conversations and the difficulty of "
        "moving from casual replies to a sustained relationship.",
        "We argue that online mentoring networks complement rather than replace formal schemes, and recommend that "
        "professional associations recognise and support mentoring that takes place on social media.",
    ), "Journal of Library Administration", "61", "4", "412", "431"),
    1187: ("Professional learning through Twitter: a survey of UK school librarians", "Hughes, Mark and Patel, Anika", (
        "School librarians often work alone and have few chances for continuing professional development. This "
        "survey of 184 school librarians in the United Kingdom asked how they use Twitter for professional "
        "learning.",
        "Respondents used Twitter mainly to find resources, follow conferences they could not attend and ask "
        "colleagues for advice. Most described a personal learning network that mattered more to them than formal "
        "training. Few described a mentoring relationship.",
        "The results suggest that social media is a significant informal learning channel for isolated "
        "professionals.",
    ), "School Libraries Worldwide", "27", "1", "55", "70"),
    1230: ("Microbial co-occurrence networks in restored wetland soils", "Lindqvist, Erik", (
        "We used 16S rRNA sequencing to build co-occurrence networks of soil bacteria in twelve restored and six "
        "natural wetlands. Restored sites showed less connected networks with fewer keystone taxa.",
        "Network connectivity increased with time since restoration, approaching natural levels after about "
        "fifteen years.",
    ), "Soil Biology and Biochemistry", "158", "", "108263", ""),
}

EPRINTS_PDF = {
    1204: (
        "E-mentoring and professional identity among early-career academic librarians",
        "Ada Okafor",
        "Abstract. This study examines how early-career academic librarians use online mentoring relationships,",
        "formed on social networking sites and professional listservs, to develop a professional identity.",
        "1. Introduction. Mentoring has long been part of how librarians enter the profession. Formal programmes",
        "pair a new librarian with an experienced mentor. Today many new librarians also find mentors online:",
        "on Twitter and Mastodon, in LinkedIn groups and in Slack and Discord communities of library workers.",
        "2. Method. We interviewed 22 librarians about the mentors they had met through social media.",
        "3. Findings. E-mentoring gave career advice, reassurance and role models; peer mentoring in group chats",
        "reduced isolation. Public conversations became private mentoring relationships over months.",
        "4. Discussion. Online mentoring networks complement formal schemes. Associations should support them.",
    ),
}

# --- Janeway: "Journal of Library Practice" ---------------------------------------------------------------

JANEWAY = {
    12: ("Mentoring networks on social media for LIS students: a mixed-methods study", ("Rosa Delgado", "Tom Whitfield"), (
        "Library and information science students increasingly seek career guidance from practitioners on social "
        "media. This article reports a mixed-methods study of how LIS students form mentoring relationships "
        "through Twitter, LinkedIn and Discord.",
        "A survey of 312 students across nine programmes was followed by interviews with 18 students who "
        "described an online mentor. Students who were active on professional social media were twice as likely "
        "to report having a mentor. Mentoring relationships typically began with public exchanges, moved to "
        "direct messages and sometimes to video calls.",
        "Students valued mentors from outside their own programme for candid advice about the job market, and "
        "peer networks of fellow students for emotional support. Students from under-represented groups found "
        "mentors with shared experiences online more easily than in their local professional community.",
        "We recommend that LIS programmes teach students to build professional networks online and that "
        "associations create mentoring spaces on the platforms students already use.",
    ), "mentoring; social media; LIS education; professional networks; e-mentoring", "5", "2", "1", "19"),
    14: ("Structured mentoring for newly qualified school librarians: an evaluation", ("Helen Osei",), (
        "A regional scheme pairs newly qualified school librarians with experienced mentors for one school year. "
        "This article evaluates three cohorts (n = 57) through questionnaires and focus groups.",
        "Mentees reported greater confidence in managing budgets and advocating to head teachers. Regular "
        "face-to-face meetings and a written agreement were associated with success; mismatched working hours "
        "were the most common reason for relationships ending early.",
        "We recommend training for mentors and protected time for meetings.",
    ), "mentoring; school libraries; new professionals; evaluation", "5", "2", "20", "34"),
    15: ("Article processing charges and the read-and-publish transition in mid-sized universities", ("Lukas Brenner",), (
        "Read-and-publish agreements have shifted spending from subscriptions to publication. We analysed "
        "invoices and agreement terms at eleven mid-sized universities between 2019 and 2023.",
        "Total spending rose by 14 percent in real terms, and the share of articles published open access rose "
        "from 38 to 71 percent. Smaller publishers were largely absent from the agreements.",
        "Librarians negotiating agreements described learning about terms from colleagues at other institutions, "
        "including through an informal mentoring network on a mailing list. Libraries should share agreement "
        "data openly.",
    ), "open access; article processing charges; transformative agreements", "5", "2", "35", "52"),
    16: ("TikTok and health misinformation among first-year undergraduates", ("Mei Tanaka", "Joe Carter"), (
        "We surveyed 420 first-year undergraduates about health information they saw on TikTok during one term, "
        "and tested their ability to judge the credibility of six short videos.",
        "Students saw health claims daily, trusted creators who appeared to be clinicians, and rarely checked "
        "sources. A one-hour workshop improved credibility judgements only modestly.",
        "Information literacy teaching should address short-form video directly.",
    ), "social media; misinformation; health information; undergraduates", "5", "2", "53", "66"),
}

JANEWAY_PDF = {
    12: (
        "Journal of Library Practice 5(2), 1-19",
        "Mentoring networks on social media for LIS students: a mixed-methods study",
        "Rosa Delgado and Tom Whitfield",
        "Abstract. LIS students increasingly seek career guidance from practitioners on social media. We report how",
        "students form mentoring relationships through Twitter, LinkedIn and Discord.",
        "Introduction. Mentoring matters for entry to the profession. Online, students find mentors beyond their",
        "programme: a public reply becomes a direct message, then a video call with a mentor.",
        "Results. Students active on professional social media were twice as likely to report a mentor. Peer",
        "networks gave emotional support; mentors gave candid career advice about the job market.",
        "Conclusion. Programmes should teach online professional networking and support e-mentoring spaces.",
    ),
}

# --- Micro.blog: a cataloguer's microblog -----------------------------------------------------------------

MICRO = {
    "2024/05/02/093012": (None, (
        "Had my monthly call with my mentor this morning. We met in the replies here two years ago, when I asked "
        "how people survive their first reclassification project. Today she helped me plan my first conference "
        "talk. Online mentoring is real mentoring, I don't care what the old guard says.",
        "If you are new to cataloguing and want someone to talk to, follow the #LibMentor tag: a lot of us "
        "started there, and I now answer questions from newer folks myself.",
    )),
    "2024/05/09/184455": (None, (
        "Signed up as a mentor for the #LibMentor online scheme! First mentee meeting next Friday. Mentors, "
        "mentees, social media mentoring: all the words.",
    )),
    "2024/05/14/120301": (None, (
        "Things I have learned from library people on here this year: how to write a SPARQL query, that "
        "Wikidata has a property for almost everything, and that asking a daft question in public gets you "
        "five good answers in an hour. Better than any course I have been sent on.",
    )),
    "2024/05/20/071544": (None, (
        "Cat asleep on the returns trolley again. She has opinions about the new barcode labels.",
    )),
    "2024/05/27/163020": ("A mentoring thread, tidied up", (
        "Several people asked me to collect last week's thread about mentoring in one place, so here it is.",
        "I have now mentored four new cataloguers I first met online. None came through a formal scheme; all of "
        "them started by asking a question on Micro.blog or Mastodon that I happened to see. What I try to do: "
        "answer the question they asked, then the one they did not ask; share my own mistakes; introduce them to "
        "two other people; and stop when they no longer need me.",
        "What I ask of mentees: tell me what you want, even if it changes. And pass it on. Two of my former "
        "mentees now mentor people they met through the same online community.",
    )),
}

# --- Pelican: "Marginalia", a special collections librarian -------------------------------------------------

PELICAN = {
    "bluesky-learning-network": ("Mentors and a Learning Network on Bluesky", (
        "When the archive I work in cut its training budget to nothing, I rebuilt my professional development "
        "around people I follow on Bluesky. This post describes what that network looks like after two years.",
        "About forty accounts do most of the work: rare books cataloguers, conservators, a few historians and the "
        "accounts of other special collections. I learn by watching how they handle problems I will meet next "
        "year, and I ask when I am stuck.",
        "Three of these people have become mentors in a real sense. One reviewed my first grant application line "
        "by line over direct messages; one talked me through a difficult donor; one nominated me for a committee "
        "I would never have known about. None of them works within three hundred miles of me.",
        "A learning network with mentors in it needs looking after: I thank people, I share what I learn, and I "
        "try to answer the newcomers who now ask me things. If you are starting out in special collections, "
        "there are starter packs of archivists and rare books librarians that make the first weeks easier.",
    )),
    "peer-mentoring-circles-consortium": ("Peer Mentoring Circles in Our Consortium", (
        "Our consortium of eight small college libraries started peer mentoring circles in 2022. Each circle has "
        "five or six librarians at a similar stage of their career and meets every six weeks.",
        "There is no senior mentor. Members bring a problem, the others ask questions before giving advice, and "
        "the circle keeps notes of what each person committed to try.",
        "After two years the circles have lasted better than our old one-to-one mentoring scheme. People say they "
        "value hearing several perspectives, and the circles do not depend on one busy senior colleague.",
        "We meet in person in rotation at each college, which matters to members: the visits are half the value.",
    )),
    "reading-list-2024": ("What I Read in 2024", (
        "My reading this year leaned towards book history and bindings, with a detour into crime fiction.",
        "Highlights: a history of the paperback, a study of medieval girdle books, and a memoir by a bookbinder "
        "that I recommend to anyone who has worked at a conservation bench.",
        "A colleague I met online, who has quietly mentored me for years, recommended half of these.",
        "Next year I want to read more about the history of libraries outside Europe.",
    )),
    "network-printing-again": ("Network Printing in the Reading Room, Again", (
        "The reading room's network printer has failed again, so researchers cannot print from the public "
        "computers. The printer is on a different network segment from the new thin clients.",
        "Until IT fixes the routing, please use the scanner and send files to yourself by email.",
    )),
}

PELICAN_ABOUT = (
    "Marginalia is the blog of Tomasz Nowak, special collections librarian. I write about rare books, "
    "cataloguing, and learning the trade through mentors and colleagues online.",
)

# --- Buttondown: "The Early Career Librarian" newsletter ----------------------------------------------------

BUTTONDOWN = {
    "issue-14-mentoring-in-the-open": ("Issue 14: Mentoring in the Open", (
        "Hello! This issue is all about mentoring that happens in public online spaces, because so many of you "
        "wrote in about it after last month's survey.",
        "Most of you who have a mentor did not get one through a formal scheme. You met them on Mastodon, in a "
        "LinkedIn group, on a library Discord or in the replies to someone's blog post. That is worth saying out "
        "loud, because associations still talk about mentoring as if it only happens in their programmes.",
        "Some advice from readers who have been mentored online: be specific when you ask for help; move a good "
        "public conversation to a video call; and be clear about what you want. From readers who mentor online: "
        "set a limit on how many people you can help, and point mentees to each other so they build peer "
        "networks rather than depending on you.",
        "Next issue: writing your first conference proposal. Reply to this email if you have tips to share.",
    )),
    "issue-15-links": ("Issue 15: Links I Loved This Month", (
        "A short one this month: a round-up of things worth your time.",
        "A long post on finding a mentor on Mastodon after library school, and why the author never asked anyone "
        "to be her mentor. A good read if you are new and isolated.",
        "A study of how LIS students form mentoring relationships on social media, with practical recommendations "
        "for programmes.",
        "A guide to salary negotiation for public library jobs, with real figures from three countries.",
        "A lovely photo essay on the architecture of Carnegie libraries.",
        "A podcast episode on weeding without guilt.",
    )),
    "issue-16-budgets": ("Issue 16: Reading a Library Budget", (
        "This month: how to read your library's budget, even if nobody has ever shown you one.",
        "Start with the difference between staff costs and everything else. In most libraries staff are 60 to 70 "
        "percent of spending, so the rest is smaller than you think.",
        "Ask your manager for last year's figures and the year before. The changes tell you more than the totals. "
        "If you have a mentor, this is a great thing to go through with them.",
        "Next issue: job interviews.",
    )),
    "issue-17-renovation": ("Issue 17: When Your Library Closes for Renovation", (
        "Several readers are working in libraries closing for building works this year, so this issue collects "
        "what others have learned.",
        "Plan the temporary service first and the move second. Keep a list of every item that leaves the building. "
        "Tell users early and often.",
        "And take photographs of the old building before it changes.",
    )),
}

BUTTONDOWN_ABOUT = (
    "The Early Career Librarian is a monthly newsletter for people in their first five years of library work: "
    "jobs, mentoring, online communities and surviving the profession. Written by Femi Adeyemi.",
)

# --- the conference programme site: "New Voices in Libraries 2025" -------------------------------------------

CONF = {
    "mentoring-across-the-miles": ("Mentoring Across the Miles: Social Media Mentoring for Rural Library Staff",
                                   "Ana Lima and Bryn Howells", (
        "Rural library staff are often the only professionals in their building, far from colleagues and "
        "training. This session presents a two-year programme that matched 60 rural library workers with mentors "
        "across the region and ran the mentoring mainly through a private Facebook group, WhatsApp and monthly "
        "video calls.",
        "We will share what mentees said they gained (confidence, advice on collection decisions, support "
        "through difficult service changes), how mentors used the group to answer questions for everyone, and "
        "why some pairs never got going. We will also show the simple matching form and the code of conduct we "
        "wrote for the online group.",
        "Participants will leave with a plan for starting a social media mentoring network in their own region.",
    )),
    "lurking-to-learning": ("From Lurking to Learning: Professional Development in Library Discord Servers",
                            "Kim Baptiste", (
        "Library workers now learn from each other in Discord servers built around systems, cataloguing and "
        "instruction. This lightning talk reports interviews with twelve members of three servers about how they "
        "learn there.",
        "Most started by reading without posting. Learning happened through worked examples shared in channels, "
        "screen-sharing sessions and the answers to other people's questions.",
    )),
    "call-for-mentors": ("Call for Mentors: Conference Buddy Scheme", "Programme Committee", (
        "First time at New Voices? Be paired with a conference buddy! Experienced attendees: volunteer as a "
        "mentor. Buddies meet online before the conference in our Discord and at the welcome reception.",
    )),
    "born-digital-archives": ("Preserving Born-Digital Archives on a Shoestring", "Lena Fischer", (
        "Small archives receive more born-digital material every year but have little money for preservation "
        "systems. This session presents a workflow built from free tools: disk imaging, fixity checks and a "
        "simple storage plan.",
        "We will demonstrate the workflow on a donated laptop and discuss what to do with formats nobody can "
        "open.",
    )),
    "library-cafes": ("Coffee and Books: Running a Library Café", "Oliver Grant", (
        "Three public libraries that opened cafés describe the contracts, the hygiene rules and the effect on "
        "visits. Footfall rose in all three, and so did complaints about noise.",
    )),
}

CONF_SLIDES = (
    "Mentoring Across the Miles",
    "Social media mentoring for rural library staff",
    "Ana Lima and Bryn Howells - New Voices in Libraries 2025",
    "Why: rural library staff work alone; training is far away; mentoring reduces isolation.",
    "What: 60 mentees matched with mentors; a private Facebook group; WhatsApp; monthly video calls.",
    "Mentors answered questions in the group so that every mentee learned from each answer.",
    "What mentees gained: confidence, advice, support through service changes, a peer network.",
    "What went wrong: some pairs never met; the group went quiet in summer; notifications overwhelmed people.",
    "How to start: a matching form, a code of conduct, two named moderators, a mentor induction call.",
)
