"""Web 40's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

NOTES = "notes.quillstack.example"      # Obsidian Publish
BOOK = "guide.shelfwork.example"        # Bookdown (gitbook style)
HUB = "hub.commonsroom.example"         # Hubzilla
ANNO = "annotate.marginal.example"      # a Hypothes.is-like stream
ARENA = "are.collage.example"           # Are.na
PIN = "pins.linkjar.example"            # a Pinboard-like bookmarking site
ZOT = "zotero.refgroup.example"         # a Zotero group library
CORE = "core.oaharvest.example"         # a CORE-like aggregator
FULC = "fulcrum.presshouse.example"     # a Fulcrum-like ebook platform
NET = "libnet.valleycounties.example"   # a Kirby CMS site of a regional library network
HOSTS = (NOTES, BOOK, HUB, ANNO, ARENA, PIN, ZOT, CORE, FULC, NET)


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
    # --- Obsidian Publish ---
    "ob1": W(NOTES, "/Career/Who+taught+me+the+job", "article", 3, "Who taught me the job", "Petra Laine",
             "2024-05-02",
             "Nobody at my first archive had time to explain appraisal to me. What saved me was a group chat of "
             "records people I found through a hashtag, three of them twenty years ahead of me.",
             "They read my draft retention schedules, told me which battles to pick with the registry, and once "
             "walked me through a donor negotiation over voice messages at eleven at night.",
             "I now run the same kind of chat for newer archivists. Same rules: no question is small, answer "
             "within a week, and say so when you do not know."),
    "ob2": W(NOTES, "/Career/Reverse+coaching+on+Discord", "article", 3, "Reverse coaching on a Discord server",
             "Petra Laine", "2024-06-11",
             "Our regional librarians' Discord has a channel where seniors and students swap: the students "
             "teach scripting and video editing, the seniors coach on interviews, budgets and difficult patrons.",
             "Pairs are matched by a pinned form. Most pairs meet twice a month by video; some just trade "
             "messages. The channel log reads like a year of careers advice, free for anyone who joins."),
    "ob3": W(NOTES, "/Reading/Preservation+formats", "article", 0, "Preservation formats, a reading list",
             "Petra Laine", "2024-03-08",
             "PDF/A for office documents, TIFF or JPEG 2000 for page images, WAV for audio. Notes on each "
             "with the national library's guidance linked.",
             "Checksums every quarter; the fixity report goes to the digital preservation officer."),
    "ob4": W(NOTES, "/Reading/Why+I+left+the+platform", "article", 1, "Why I left the platform",
             "Petra Laine", "2024-07-20",
             "I deleted my account on the big microblogging site after the API changes. My reference desk tips "
             "threads got fewer readers anyway, and the ads were unbearable.",
             "I will miss a few people, including the one who first showed me the ropes of public speaking, "
             "but email still works."),
    "ob5": W(NOTES, "/Career/Nurses+and+preceptors", "article", 0, "What nurses call precepting",
             "Petra Laine", "2024-08-01",
             "My sister is a ward nurse. New nurses get a preceptor for their first twelve weeks on the ward, "
             "shift by shift, and sign off each competence in a paper booklet.",
             "Nothing of it happens online, and it made me wonder why hospitals take induction more seriously "
             "than most workplaces."),
    # --- Bookdown ---
    "bk1": W(BOOK, "/online-mentoring.html", "article", 3, "Chapter 3 Mentoring through online networks",
             "Grace Oyelaran and Hamid Sato", "2023-11-01",
             "This chapter describes how library and information staff use online networks to find mentors, "
             "keep peer mentoring groups going between conferences, and run formal mentoring schemes at a "
             "distance.",
             "3.1 Finding a mentor. Early-career librarians in our survey most often met their mentor through "
             "a professional association's online community, then a hashtag chat, then a mailing list.",
             "3.2 Peer groups. Groups of four to six, meeting by video and keeping a shared channel, lasted "
             "longest when they set a fixed agenda and rotated the chair."),
    "bk2": W(BOOK, "/buddy-schemes.html", "article", 3, "Chapter 4 Buddy schemes and advice networks",
             "Grace Oyelaran and Hamid Sato", "2023-11-01",
             "Not every programme calls itself mentoring. Buddy schemes pair a new archivist with someone a "
             "year or two ahead; advice networks are looser, a set of people one asks on social media.",
             "4.1 The buddy. Our respondents valued practical answers: where the forms are, who signs off a "
             "loan, what to wear to the trustees' meeting. Most buddies were found through a staff Slack "
             "or an association's online forum."),
    "bk3": W(BOOK, "/data.html", "article", 1, "Chapter 2 Data and methods", "Grace Oyelaran and Hamid Sato",
             "2023-11-01",
             "We surveyed 412 staff in academic, public and special libraries and interviewed 31 of them. "
             "Questions covered career stage, sector, training received and the networks they use.",
             "Coding followed a grounded approach; two coders agreed on 87 per cent of segments."),
    "bk4": W(BOOK, "/intro.html", "article", 2, "Chapter 1 Introduction", "Grace Oyelaran and Hamid Sato",
             "2023-11-01",
             "Library work is learned on the job. Much of that learning now happens between workplaces, in "
             "online spaces where a cataloguer in one city answers a question from a trainee in another.",
             "This book looks at those exchanges: who gives advice, who asks for it, and what the "
             "profession's associations have done to organise it. It also covers budgets and job markets."),
    "bk5": W(BOOK, "/references.html", "article", 0, "References", "Grace Oyelaran and Hamid Sato",
             "2023-11-01",
             "Adams, R. (2019). Staffing models in public libraries. Library Management, 40(3), 120-134.",
             "Brun, C. (2021). The cost of cataloguing. Cataloging Quarterly, 59(2), 88-102."),
    # --- Hubzilla ---
    "hz1": W(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS8x", "post", 3, "Looking for a guide in special collections",
             "Ronan Vey", "2024-02-14",
             "Third month as the only special collections person at a small college. Is there anyone on the "
             "fediverse who would be willing to be my sounding board for a year? A call a month, "
             "questions by message in between.",
             "Reply: I did this for two people last year through this hub. Send me a message, happy to help. "
             "Reply: There is also the peer circle that meets every other Tuesday, link in my profile."),
    "hz2": W(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS8y", "post", 2, "Conference notes", "Ronan Vey",
             "2024-03-03",
             "Back from the rare books conference. Sessions on bindings, on provenance databases and one on "
             "how younger curators get advice from senior colleagues through online groups instead of "
             "the old apprenticeship.",
             "That last one was the best attended. Slides are on the conference site."),
    "hz3": W(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS8z", "post", 0, "Bread", "Ronan Vey", "2024-03-10",
             "Rye starter day five. Smells like vinegar and apples. Is that right?"),
    "hz4": W(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS80", "post", 1, "Moving servers", "Ilse Brandt",
             "2024-04-01",
             "This channel moves to a new hub next week. Clone your connections if you want to keep them. "
             "The library folks I talk shop with here are the main reason I stay."),
    "hz5": W(HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS81", "post", 3, "Our peer mentoring forum is open",
             "Ilse Brandt", "2024-04-22",
             "We opened a forum channel for archivists and records managers who want a peer mentor. Post a "
             "short introduction and what you want help with; experienced members offer to pair up.",
             "Pairs so far: a student with a retired county archivist, two mid-career digital archivists "
             "swapping feedback on grant writing."),
    # --- Hypothes.is-like ---
    "an1": W(ANNO, "/a/Xk2pQ7rTEe6", "post", 3, "Annotation on 'Mentoring in academic libraries'", "kmurdoch",
             "2024-01-09",
             "Quoted: 'formal programmes reached fewer than a third of new hires'.",
             "Note: And the rest find their mentors informally, mostly online. In my cohort most of us found "
             "the person who coached us through the first year via a Twitter chat or the association's "
             "listserv. The paper underrates that."),
    "an2": W(ANNO, "/a/Yb81LmNcEe6", "post", 2, "Annotation on 'Librarians on social media'", "kmurdoch",
             "2024-01-15",
             "Quoted: 'outreach accounts post mostly event announcements'.",
             "Note: True for the library's account, but staff personal accounts are where the advice "
             "happens: juniors asking seniors, people sharing job application tips."),
    "an3": W(ANNO, "/a/Zc44RtPqEe6", "post", 0, "Annotation on 'Shelving standards'", "kmurdoch",
             "2024-02-01",
             "Quoted: 'shelves should be filled to no more than 80 per cent'.",
             "Note: We fill to 90 and regret it every spring."),
    "an4": W(ANNO, "/a/Qa19WeXyEe6", "post", 3, "Annotation on 'Peer mentoring for archivists'", "lvarga",
             "2024-02-20",
             "Quoted: 'the online peer group met monthly for two years'.",
             "Note: We copied this model for our regional group: six archivists, a shared chat, a monthly video "
             "call, each of us brings one problem. Two of us got promoted and credit the group's advice."),
    "an5": W(ANNO, "/a/Rf73HuJkEe6", "post", 1, "Annotation on 'Teacher induction programmes'", "lvarga",
             "2024-03-02",
             "Quoted: 'new teachers paired with an experienced colleague stayed longer'.",
             "Note: Same in libraries I suspect, though this study is about schools and classroom teachers only."),
    # --- Are.na ---
    "ar1": W(ARENA, "/block/27731001", "post", 3, "Ask a senior librarian, a thread we keep", "Noor Haddad",
             "2024-04-02",
             "Text block. A running document of the questions new librarians asked senior ones in our online "
             "group, with the answers: how to negotiate a first salary, how to say no to a committee, "
             "how to find a mentor outside your own library.",
             "Add yours. The older members check in every week."),
    "ar2": W(ARENA, "/block/27731002", "post", 2, "Link: e-mentoring programmes for information professionals",
             "Noor Haddad", "2024-04-05",
             "Link block, description: a list of mentoring programmes run online by library associations, "
             "with deadlines. Saved for the channel because several of us are applying.",
             "Also saved: a guide to writing a cover letter."),
    "ar3": W(ARENA, "/block/27731003", "post", 0, "Image: reading room, 1930", "Noor Haddad", "2024-04-07",
             "Image block. The reading room of the old city library, photographed in 1930, from the "
             "municipal archive's online collection."),
    "ar4": W(ARENA, "/block/27731004", "post", 1, "Text: why I keep this channel", "Noor Haddad",
             "2024-04-12",
             "Text block. This channel collects things about library careers: pay scales, job ads that "
             "made us laugh, a few pieces on coaching, photos of reading rooms."),
    # --- Pinboard-like ---
    "pn1": W(PIN, "/u:jtarrant/b:8c1e55d0a2f7", "post", 3, "Online mentoring for new archivists: what worked",
             "jtarrant", "2024-05-09",
             "Bookmark with notes. Long post by an archivist who ran a mentoring programme over video calls "
             "and a shared Slack for two years.",
             "My notes: matching by interests not seniority; mentors get a short training; mentees set three "
             "goals. Worth copying for our network's scheme. Tags: mentoring archives slack careers"),
    "pn2": W(PIN, "/u:jtarrant/b:8c1e55d0a2f8", "post", 2, "Library people on social networks, 2023 survey",
             "jtarrant", "2024-05-11",
             "Bookmark with notes. Survey of how library staff use social networks. Mostly professional "
             "development; a section on asking more experienced colleagues for advice and on peer support.",
             "My notes: the advice section is the interesting bit. Tags: socialmedia librarians survey"),
    "pn3": W(PIN, "/u:jtarrant/b:8c1e55d0a2f9", "post", 0, "MARC to BIBFRAME converter", "jtarrant",
             "2024-05-14",
             "Bookmark. Open-source converter from MARC 21 records to BIBFRAME 2.0. Tags: cataloguing tools"),
    "pn4": W(PIN, "/u:jtarrant/b:8c1e55d0a2fa", "post", 1, "How engineers onboard juniors", "jtarrant",
             "2024-05-20",
             "Bookmark with notes. A software company's handbook for pairing junior engineers with seniors "
             "over chat. My notes: could work for a library team, maybe. Tags: onboarding engineering"),
    # --- Zotero group ---
    "zt1": W(ZOT, "/groups/5510234/lib-mentoring/items/Q4RT8ZKA", "journal-article", 3,
             "Twitter as a space for informal mentoring among early-career librarians", "Ekwueme, Chiamaka",
             "2021",
             "Abstract: This study analyses 2,300 tweets from a weekly library chat and interviews with 18 "
             "participants. Early-career librarians used the chat to find mentors, ask for career advice and "
             "form lasting peer relationships with experienced colleagues.",
             "Journal of Library Administration, 61(4), 455-472."),
    "zt2": W(ZOT, "/groups/5510234/lib-mentoring/items/H7WD3MPL", "journal-article", 3,
             "Virtual mentoring programmes in professional associations: an evaluation", "Lindqvist, Maja",
             "2022",
             "Abstract: We evaluate three associations' online mentoring programmes for librarians and "
             "archivists. Matched pairs met by video; mentees reported gains in confidence and networks; "
             "mentors asked for more structure.",
             "New Review of Academic Librarianship, 28(2), 201-219."),
    "zt3": W(ZOT, "/groups/5510234/lib-mentoring/items/K2NB6VXE", "journal-article", 2,
             "Professional learning networks of school librarians", "Moreau, Theo", "2020",
             "Abstract: School librarians, often working alone, build learning networks on social media. "
             "Interviews show these networks supply resources, moral support, and for some the advice a "
             "mentor would give."),
    "zt4": W(ZOT, "/groups/5510234/lib-mentoring/items/P9CC1RTY", "journal-article", 0,
             "Weeding practices in public libraries", "Ostrowski, Jan", "2019",
             "Abstract: A survey of 120 public libraries' weeding criteria and schedules."),
    "zt5": W(ZOT, "/groups/5510234/lib-mentoring/items/M5FG2HJS", "journal-article", 1,
             "Mentoring in medical residency: a review", "Aldous, Fiona", "2018",
             "Abstract: A review of mentoring in medical residency. The discussion notes briefly that "
             "similar schemes exist in other professions such as librarianship."),
    # --- CORE-like ---
    "co1": W(CORE, "/display/118845210", "journal-article", 3,
             "Peer mentoring on social media among academic librarians: a mixed-methods study",
             "Okafor, Adaeze; Brennan, Liam", "2022",
             "Abstract: Academic librarians increasingly rely on social media for peer mentoring. We surveyed "
             "305 librarians and analysed two Facebook groups. Peer mentoring online offered career advice, "
             "emotional support and help with tenure files, complementing formal programmes."),
    "co2": W(CORE, "/download/pdf/118845210.pdf", "document", 3,
             "Peer mentoring on social media among academic librarians", "Okafor, Adaeze; Brennan, Liam",
             "2022",
             "Peer mentoring on social media among academic librarians: a mixed-methods study.",
             "Introduction. Mentoring helps new academic librarians through tenure and promotion.",
             "Many now find mentors and peers in Facebook groups and on Twitter rather than at work.",
             "Results. 71 per cent had asked a more senior colleague for advice online in the past year.",
             "Conclusion. Associations should support online peer mentoring groups."),
    "co3": W(CORE, "/display/120033871", "journal-article", 2,
             "Continuing professional development of archivists in the digital age", "Varga, Eszter", "2021",
             "Abstract: Archivists' continuing development now runs through webinars, MOOCs and online "
             "networks. A third of respondents had an informal guide or advisor met through such networks."),
    "co4": W(CORE, "/display/120099412", "journal-article", 0,
             "Energy use of library buildings", "Hartmann, Klaus", "2020",
             "Abstract: Heating and lighting consumption of 40 library buildings measured over two years."),
    "co5": W(CORE, "/display/120155003", "journal-article", 1,
             "Library Instagram accounts and user engagement", "Silva, Renata", "2023",
             "Abstract: Engagement with 50 library Instagram accounts. Staff interviews mention in passing that "
             "colleagues learned the craft from each other."),
    # --- Fulcrum-like ---
    "fu1": W(FULC, "/concern/monographs/7h149q22b/ch5", "article", 3,
             "Chapter 5. Networked apprenticeship: how librarians learn from each other online", "Dana Whitfield",
             "2022",
             "Before the internet, a new librarian learned from whoever sat at the next desk. Today a "
             "cataloguer in a one-person library can ask a question in an online group and get answers "
             "from experienced colleagues on three continents.",
             "This chapter follows twelve librarians through their first five years and the online advisors "
             "they gathered: a former lecturer on a messaging app, a peer group on a forum, a senior "
             "colleague met in a hashtag chat who read every job application."),
    "fu2": W(FULC, "/concern/monographs/7h149q22b/ch2", "article", 1,
             "Chapter 2. The changing library workforce", "Dana Whitfield", "2022",
             "Staff numbers, qualifications and pay in libraries from 1990 to 2020. Professional posts fell "
             "by a fifth; paraprofessional posts grew.",
             "Training moved from library schools to short courses and, for some, to informal coaching."),
    "fu3": W(FULC, "/concern/file_sets/2v23vw55x", "document", 2, "Interview excerpt: finding a mentor online",
             "Dana Whitfield", "2022",
             "Resource: audio transcript. 'I was the only archivist in the county. I found my mentor on a "
             "mailing list, we have never met. She taught me everything about appraisal.'",
             "Transcript of interview 7, used in chapter 5."),
    "fu4": W(FULC, "/concern/monographs/7h149q22b/ch1", "article", 0,
             "Chapter 1. A short history of library education", "Dana Whitfield", "2022",
             "Library schools opened in the 1880s. Their curricula centred on cataloguing and classification "
             "until the 1960s."),
    # --- Kirby CMS regional network ---
    "nt1": W(NET, "/news/mentoring-scheme-goes-online", "article", 3,
             "Our mentoring scheme goes online", "Valley Counties Library Network", "2024-01-15",
             "From this spring the network's mentoring scheme runs online. New staff in any member library "
             "can be matched with an experienced colleague in another county and meet by video.",
             "A private group on the network's community platform lets mentors and mentees share questions "
             "between meetings. Applications close on 28 February."),
    "nt2": W(NET, "/news/coffee-roulette", "article", 2, "Coffee roulette for library staff",
             "Valley Counties Library Network", "2024-03-04",
             "Every month the network randomly pairs staff from different libraries for a half-hour video "
             "coffee. Several pairs have kept meeting, and newer staff say it is the easiest way to get "
             "advice from someone more experienced.",
             "Also this month: new opening hours at three branches."),
    "nt3": W(NET, "/events/shadowing-day", "article", 1, "Job shadowing day", "Valley Counties Library Network",
             "2024-05-16",
             "Spend a day in another member library, in person. Shadow a colleague at the desk, in acquisitions "
             "or in local studies. No online component; lunch provided."),
    "nt4": W(NET, "/news/new-courier-route", "article", 0, "New courier route",
             "Valley Counties Library Network", "2024-02-02",
             "The inter-library courier now stops at Millbrook and Ashford on Tuesdays and Fridays."),
    "nt5": W(NET, "/events/social-media-for-outreach", "article", 1, "Workshop: social media for outreach",
             "Valley Counties Library Network", "2024-06-06",
             "A workshop on promoting library events on Instagram and Facebook: scheduling, photos, "
             "accessibility. Not about careers, though the trainer will stay for questions after."),
    "nt6": W(NET, "/downloads/annual-report-2023.pdf", "document", 0, "Annual report 2023",
             "Valley Counties Library Network", "2024-04-30",
             "Valley Counties Library Network annual report 2023.",
             "Loans rose 4 per cent. The courier carried 81,000 items.",
             "Income and expenditure are in the appendix."),
}

OTHER = [
    (NOTES, "/", "home"), (NOTES, "/Career", "category"), (NOTES, "/Reading", "category"),
    (NOTES, "/About", "about"), (NOTES, "/Tags/mentoring", "tag"), (NOTES, "/Career/Old+note", "error"),
    (BOOK, "/index.html", "home"), (BOOK, "/about-the-authors.html", "about"), (BOOK, "/search.html", "search"),
    (BOOK, "/appendix-contacts.html", "contact"), (BOOK, "/chapter-six.html", "error"),
    (HUB, "/channel/ronanvey", "home"), (HUB, "/channel/ilsebrandt", "profile"),
    (HUB, "/profile/ronanvey", "profile"), (HUB, "/search?tag=mentoring", "tag"),
    (HUB, "/search?tag=archives", "tag"), (HUB, "/search?search=mentor", "search"),
    (HUB, "/channel/ronanvey?page=2", "listing"), (HUB, "/help/about/about", "about"),
    (HUB, "/item/b64.aHR0cHM6Ly9odWIvaXRlbS85", "error"),
    (ANNO, "/", "home"), (ANNO, "/users/kmurdoch", "profile"), (ANNO, "/users/lvarga", "profile"),
    (ANNO, "/search?q=tag%3Amentoring", "tag"), (ANNO, "/search?q=tag%3Alibraries", "tag"),
    (ANNO, "/search?q=peer+groups", "search"), (ANNO, "/about", "about"), (ANNO, "/contact", "contact"),
    (ANNO, "/a/Zz00000000", "error"),
    (ARENA, "/", "home"), (ARENA, "/noor-haddad", "profile"), (ARENA, "/noor-haddad/library-careers", "listing"),
    (ARENA, "/noor-haddad/reading-rooms", "listing"), (ARENA, "/search/mentoring", "search"),
    (ARENA, "/about", "about"), (ARENA, "/block/1", "error"),
    (PIN, "/", "home"), (PIN, "/u:jtarrant", "profile"), (PIN, "/u:jtarrant/t:mentoring", "tag"),
    (PIN, "/u:jtarrant/t:socialmedia", "tag"), (PIN, "/u:jtarrant/t:cataloguing", "tag"),
    (PIN, "/u:jtarrant?page=2", "listing"), (PIN, "/search/u:jtarrant?query=mentor", "search"),
    (PIN, "/about", "about"), (PIN, "/help", "contact"),
    (ZOT, "/groups/5510234/lib-mentoring", "home"), (ZOT, "/groups/5510234/lib-mentoring/items", "listing"),
    (ZOT, "/groups/5510234/lib-mentoring/collections/ONLINE22", "category"),
    (ZOT, "/groups/5510234/lib-mentoring/collections/OTHERPRO", "category"),
    (ZOT, "/groups/5510234/lib-mentoring/tags/social%20media", "tag"),
    (ZOT, "/groups/5510234/lib-mentoring/items?q=mentor", "search"), (ZOT, "/ekwueme", "profile"),
    (ZOT, "/groups/5510234/lib-mentoring/items/XXXXXXXX", "error"),
    (CORE, "/", "home"), (CORE, "/search?q=mentoring%20librarians", "search"),
    (CORE, "/search?q=mentoring%20librarians&page=2", "listing"), (CORE, "/about", "about"),
    (CORE, "/contact", "contact"), (CORE, "/data-providers/4411", "profile"),
    (CORE, "/display/999999999", "error"),
    (FULC, "/", "home"), (FULC, "/concern/monographs/7h149q22b", "listing"),
    (FULC, "/concern/monographs/7h149q22b?locale=en&view=resources", "listing"),
    (FULC, "/presshouse", "listing"), (FULC, "/presshouse?q=mentoring", "search"),
    (FULC, "/about", "about"), (FULC, "/contact", "contact"), (FULC, "/concern/monographs/0000000", "error"),
    (NET, "/", "home"), (NET, "/news", "listing"), (NET, "/news/page:2", "listing"), (NET, "/events", "listing"),
    (NET, "/news/category:staff", "category"), (NET, "/news/category:services", "category"),
    (NET, "/news/tag:mentoring", "tag"), (NET, "/about", "about"), (NET, "/contact", "contact"),
    (NET, "/search?q=mentoring", "search"), (NET, "/members/ashford-library", "profile"),
    (NET, "/news/old-scheme-2019", "error"),
]
