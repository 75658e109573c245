"""Web 42's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

SLQ = "news.statelibrary.example"     # Silverstripe CMS (blog module)
PW = "archivesnetwork.example"        # ProcessWire
BD = "chapter.libassoc.example"       # Backdrop CMS
DJ = "ischool.univ.example"           # django CMS
AP = "catalogue-notes.example"        # Astro, AstroPaper theme
INS = "photostacks.example"           # WordPress, Inspiro theme
MAN = "read.openpress.example"        # Manifold
F1K = "openresearch.example"          # an F1000-like open research platform
GH = "discuss.libsoft.example"        # a GitHub Discussions-like forum
KOFI = "ko-fi.example"                # Ko-fi creator page
HOSTS = (SLQ, PW, BD, DJ, AP, INS, MAN, F1K, GH, KOFI)

BOOK = "/read/connected-mentoring/section/"
PAPER = "/articles/13-482/"
REPO = "/libsoft/opencat/discussions/"


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
    # --- Silverstripe: a state library's news ---
    "slq1": W(SLQ, "/news/online-mentoring-pilot-pairs-regional-library-staff", "article", 3,
              "Online mentoring pilot pairs regional library staff", "Priya Nandakumar", "2024-05-14",
              "Forty library workers in regional and remote branches have been matched with mentors through our new "
              "online mentoring pilot. Pairs meet by video call each month and keep in touch between sessions in a "
              "private group on the state library's professional network.",
              "Many regional staff are the only librarian in town. 'I had nobody to ask,' said one mentee from a "
              "two-person branch. 'Now I post a question in the group at night and three people have answered by "
              "morning.' Mentors include reference, children's services and local studies librarians.",
              "The pilot also runs a peer mentoring stream, where staff at similar career stages meet in small "
              "online circles. Applications for the second intake open in August."),
    "slq2": W(SLQ, "/news/new-graduates-programme-year-one", "article", 2,
              "New graduates programme: what we learned in year one", "Priya Nandakumar", "2024-02-20",
              "Our first cohort of twelve new graduates finished their rotations across collections, "
              "reader services and digital preservation this month.",
              "The part graduates valued most was not on the original plan: a LinkedIn group where they could ask "
              "senior staff and alumni of earlier intakes for career advice. Several described it as informal "
              "mentoring, and we will make mentor matching through the group a formal part of next year's programme.",
              "Rotations will shorten from four months to three."),
    "slq3": W(SLQ, "/news/summer-reading-challenge-results", "article", 1,
              "Summer reading challenge results", "Tom Westerby", "2024-03-02",
              "More than 31,000 children read over a million minutes in this year's summer reading challenge, "
              "with the highest participation in the state's north.",
              "Thank you to the branch staff who ran storytimes and craft days. Several of them swapped activity "
              "ideas through the online mentoring group set up last year for children's librarians.",
              "Prize draws take place at branches in the first week of the school term."),
    "slq4": W(SLQ, "/news/heritage-digitisation-reaches-a-million-pages", "article", 0,
              "Heritage digitisation reaches a million pages", "Tom Westerby", "2023-11-08",
              "The newspaper digitisation programme passed one million pages this week, with the 1890s shipping "
              "gazettes the latest titles to go online.",
              "Optical character recognition has been rerun on the earliest titles, and users can now correct text "
              "directly in the viewer."),
    # --- ProcessWire: a regional archives network ---
    "pw1": W(PW, "/news/virtual-mentoring-circles-for-lone-arrangers/", "article", 3,
             "Virtual mentoring circles for lone arrangers", "Ruth Abernethy", "2024-04-09",
             "Lone arrangers, archivists who are the only records professional in their organisation, often lack "
             "anyone to talk a problem through with. The network's virtual mentoring circles give them that.",
             "Each circle has five or six members and an experienced archivist as facilitator. They meet online every "
             "six weeks and keep a shared discussion board between meetings, where members ask for advice on "
             "appraisal decisions, retention schedules and job applications.",
             "Members say the circles work as peer mentoring as much as mentoring from the facilitator: a records "
             "manager with ten years in local government learns about digital preservation from a newly qualified "
             "archivist, and the other way round on negotiating with a board."),
    "pw2": W(PW, "/news/autumn-network-meeting-report/", "article", 2,
             "Autumn network meeting report", "Ruth Abernethy", "2023-10-17",
             "Thirty-four members attended the autumn meeting at the county record office, with a tour of the new "
             "strongroom and a talk on environmental monitoring.",
             "The afternoon session discussed mentoring. Members agreed to move the mentoring scheme online: "
             "mentors and mentees will be matched through the members' forum and meet by video, so that staff in "
             "small and distant repositories can take part. A working group will draft guidance for mentors.",
             "The spring meeting will be hosted by the university archives."),
    "pw3": W(PW, "/news/flood-recovery-of-parish-registers/", "article", 0,
             "Flood recovery of parish registers", "Hamid Sorensen", "2023-08-30",
             "After the August floods, 212 volumes of parish registers were frozen within 48 hours and are now being "
             "vacuum freeze-dried.",
             "Volunteers from four member repositories helped with the packing. Conservators expect most volumes to "
             "be usable again, though some bindings will need replacing."),
    "pw4": W(PW, "/news/volunteer-induction-guide-updated/", "article", 1,
             "Volunteer induction guide updated", "Hamid Sorensen", "2024-01-22",
             "The network's guide for inducting volunteers has been revised, with new sections on handling fragile "
             "material and on data protection when transcribing recent records.",
             "Members who want advice on running a volunteer programme can also ask in the online mentoring circles.",
             "Printed copies are available from the coordinator."),
    # --- Backdrop CMS: a library association's chapter ---
    "bd1": W(BD, "/news/chapter-mentoring-programme-goes-online", "article", 3,
             "Chapter mentoring programme goes online", "Dolores Fairweather", "2024-03-18",
             "From this year the chapter's mentoring programme runs entirely online. Members who want a mentor fill "
             "in a short profile, and the mentoring committee matches them with an experienced librarian anywhere in "
             "the region.",
             "Mentoring pairs meet by video, and all participants join a chapter Slack workspace where mentees can "
             "ask the wider group for advice, share job postings and find peer mentors among people at the same "
             "stage. Last year's pilot matched 26 pairs; 22 completed the full year.",
             "We also need mentors. If you have five years or more in libraries, archives or information work, "
             "please sign up before 30 April."),
    "bd2": W(BD, "/news/conference-recap-new-professionals-track", "article", 2,
             "Conference recap: new professionals track", "Kwame Asante", "2023-11-05",
             "The new professionals track drew its biggest audience yet. Sessions covered interviewing, salary "
             "negotiation and moving from paraprofessional to librarian roles.",
             "A panel on finding mentors online was the most discussed session. Panellists described building an "
             "advice network through Mastodon, library Discord servers and LinkedIn, and how a cold message to a "
             "stranger turned into years of mentoring.",
             "Slides from all sessions are on the chapter website."),
    "bd3": W(BD, "/news/library-advocacy-day-recap", "article", 0,
             "Library advocacy day recap", "Kwame Asante", "2024-02-27",
             "Sixty members visited the state capitol to ask legislators for stable library funding. Our social media "
             "team posted live from each meeting, and the #FundLibraries hashtag trended in the state for an afternoon.",
             "Thank you to everyone who emailed their representatives. The budget vote is expected in May."),
    "bd4": W(BD, "/news/call-for-hosts-job-shadowing-day", "article", 1,
             "Call for hosts: job shadowing day", "Dolores Fairweather", "2024-04-02",
             "Library school students will spend a day shadowing working librarians on 14 June. We need host "
             "libraries of every type.",
             "Hosts show students their daily work in person; several past hosts went on to become their student's "
             "mentor. The day is entirely on site, with no online component."),
    # --- django CMS: a university iSchool ---
    "dj1": W(DJ, "/en/news/alumni-mentoring-network-launches/", "article", 3,
             "Alumni mentoring network launches", "Office of Communications", "2024-01-30",
             "The iSchool has launched an alumni mentoring network that connects current MLIS students with "
             "graduates working in libraries, archives, museums and information organisations.",
             "Students and alumni meet through a LinkedIn group run by the school, where alumni post offers to mentor "
             "and students post what they want help with. Matches then continue by video call. Students may also join "
             "peer mentoring groups led by second-year students.",
             "'I found my mentor because she answered my question in the group about special collections jobs,' said "
             "one student. Dr Amara Nwosu, who leads the programme, is studying how these online mentoring "
             "relationships compare with traditional face-to-face mentoring."),
    "dj2": W(DJ, "/en/events/building-your-professional-learning-network/", "article", 2,
             "Workshop: building your professional learning network", "Career Services", "2024-03-04",
             "This hands-on workshop helps students build a professional learning network on social media and "
             "professional platforms.",
             "We will cover following and joining conversations among librarians and archivists, asking for advice "
             "in public, and how to approach a possible mentor online.",
             "Bring a laptop. Room 2.14, 12:00 to 13:30. Lunch provided."),
    "dj3": W(DJ, "/en/news/grant-for-linked-data-metadata-research/", "article", 1,
             "Grant awarded for linked data metadata research", "Office of Communications", "2023-12-12",
             "Professor Jun Takahashi has received a three-year grant to study how small libraries adopt linked "
             "data for their catalogues.",
             "The project will employ two doctoral students, who will also take part in the school's online mentoring "
             "network for early-career researchers.",
             "Results will be published openly."),
    "dj4": W(DJ, "/en/news/peer-mentoring-in-clinical-placements/", "article", 0,
             "Peer mentoring in clinical placements: a joint study with Nursing", "Office of Communications",
             "2023-09-19",
             "Researchers from the iSchool and the School of Nursing have studied peer mentoring among nursing "
             "students on hospital placements.",
             "Students in the study met in person after shifts. Those with a peer mentor reported less stress and "
             "were more likely to complete their placement."),
    # --- AstroPaper: a cataloguer's blog ---
    "ap1": W(AP, "/posts/how-a-thread-found-me-a-mentor/", "article", 3,
             "How a thread found me a cataloguing mentor", "Hollis Varga", "2024-02-11",
             "Three years ago I posted a grumpy question on Mastodon about authority records for Ottoman-era place "
             "names. A retired cataloguer in Leiden replied, then replied again, and she has been my mentor ever since.",
             "We have never met in person. Our mentoring happens in direct messages, a shared document of questions, "
             "and an occasional call. She reads my drafts for the cataloguing list and tells me when I am wrong.",
             "If you are early-career and want a mentor, post your real questions in public with the hashtags people "
             "in the field follow. The people who answer generously are the ones worth asking for more."),
    "ap2": W(AP, "/posts/running-a-peer-mentoring-group-online/", "article", 3,
             "Running a peer mentoring group online", "Hollis Varga", "2024-06-02",
             "For a year I have coordinated a peer mentoring group of eight metadata librarians from five countries. "
             "We have a group chat, a monthly video call and one rule: every question is welcome.",
             "What works: rotating who leads the call, a thread for job applications where we review each other's "
             "letters, and pairing people for a month at a time so everyone mentors and is mentored.",
             "What did not work: a mailing list. Nobody posted. A chat where people already are beats a new platform."),
    "ap3": W(AP, "/posts/after-cataloguing-twitter/", "article", 2,
             "After cataloguing Twitter", "Hollis Varga", "2023-10-21",
             "Cataloguing Twitter was where I learned half of what I know. Now that community is spread across "
             "Mastodon, Bluesky and a few Discord servers.",
             "What I miss most is the mentoring that happened by accident: a new cataloguer asking about a 264 field "
             "and getting five experienced answers and a follow. That still happens, just in smaller rooms.",
             "Also: my RDA cheat sheets are moving to this blog."),
    "ap4": W(AP, "/posts/relationship-designators-notes/", "article", 0,
             "Notes on relationship designators", "Hollis Varga", "2023-07-15",
             "Relationship designators in RDA link an agent to a work, expression, manifestation or item. I keep "
             "forgetting which appendix says what, so here are my notes.",
             "Use the most specific term that applies, and repeat the field for each role."),
    "ap5": W(AP, "/posts/year-in-review-2024/", "article", 1,
             "Year in review", "Hollis Varga", "2024-12-28",
             "This year I catalogued 1,400 titles, most of them Turkish and Persian, and finally finished the "
             "backlog from the 2019 donation.",
             "I also went to two conferences, learned some Python and kept up the online peer mentoring group.",
             "Next year: fewer committees."),
    # --- WordPress Inspiro: a photo-heavy library blog ---
    "ins1": W(INS, "/2024/04/instagram-mentoring-series-student-workers/", "article", 3,
              "Behind the lens: our Instagram mentoring series for student workers", "Lena Moreau", "2024-04-18",
              "Every Friday this spring a librarian took over our Instagram stories to answer student workers' "
              "questions about library careers. It grew into an online mentoring series.",
              "Student assistants sent questions by direct message; librarians answered on camera and then followed "
              "up one to one. Six students now have a mentor on staff, and two are applying to library school.",
              "The photos below are from the takeovers and the meetup where mentors and mentees finally met."),
    "ins2": W(INS, "/2023/11/snapshots-online-mentoring-meetup/", "article", 2,
              "Snapshots from the online mentoring meetup", "Lena Moreau", "2023-11-09",
              "Our library hosted the regional meetup of the online mentoring network for librarians of colour, "
              "which usually lives in a Slack workspace and a monthly video call.",
              "Photos: the welcome table, the card-making station, the new Makerspace, and the view from the roof.",
              "Thanks to our facilities team for the chairs."),
    "ins3": W(INS, "/2024/06/photos-new-reading-garden/", "article", 0,
              "Photos: the new reading garden", "Marcus Obi", "2024-06-05",
              "The reading garden opened on Saturday with native plantings, shaded benches and a little free library "
              "built by our teen volunteers.",
              "It is open whenever the library is, weather permitting."),
    "ins4": W(INS, "/2024/02/shadow-day-photos/", "article", 1,
              "Shadow day photos", "Marcus Obi", "2024-02-16",
              "High school students spent a day with our staff at the circulation desk, in cataloguing and in "
              "the archive.",
              "Several staff said it felt like a day of mentoring, and one student has asked to volunteer."),
    # --- Manifold: an open-access book's chapters ---
    "man1": W(MAN, BOOK + "a3f1c2d4-0001-4e7a-9b1c-5d6e7f809a11", "document", 3,
              "Introduction: Mentoring in Networked Professions", "Sunniva Lindqvist", "2023-09-01",
              "This book asks how librarians, archivists and other information professionals find mentors and "
              "mentor one another through social media and online networks.",
              "Mentoring in the information professions has long depended on proximity: a supervisor, a senior "
              "colleague in the same building. Online networks loosened that dependence. Peer mentoring circles, "
              "hashtag communities and professional association forums allow mentoring relationships across "
              "institutions and countries.",
              "The chapters that follow examine formal online mentoring programmes, informal advice networks, and "
              "the limits of both."),
    "man2": W(MAN, BOOK + "a3f1c2d4-0002-4e7a-9b1c-5d6e7f809a12", "document", 3,
              "Hashtags and Hallways: Peer Mentoring on Social Media", "Sunniva Lindqvist", "2023-09-01",
              "We interviewed 31 early-career librarians about where they go for professional advice. Most named a "
              "social media community before a colleague.",
              "Hashtag chats, Mastodon instances for GLAM workers and private Facebook groups function as peer "
              "mentoring spaces: participants ask questions, share drafts of applications and receive encouragement "
              "from people they have never met.",
              "Interviewees also described a progression from public replies to private mentoring: a repeated "
              "exchange becomes a direct message, then a regular call."),
    "man3": W(MAN, BOOK + "a3f1c2d4-0003-4e7a-9b1c-5d6e7f809a13", "document", 2,
              "Archivists' Lists as Advice Networks", "Diego Carvalho", "2023-09-01",
              "Archival mailing lists are older than most social media, and they still serve as an advice network "
              "for archivists.",
              "This chapter analyses ten years of one national list. A third of threads are requests for advice, many "
              "from lone archivists, and some requesters later thank a respondent for ongoing mentoring off-list.",
              "The chapter also traces the list's history, its moderation policy and the rise of job postings."),
    "man4": W(MAN, BOOK + "a3f1c2d4-0004-4e7a-9b1c-5d6e7f809a14", "document", 1,
              "Note on Method", "Diego Carvalho", "2023-09-01",
              "Interviews were semi-structured and lasted 45 to 90 minutes. Transcripts were coded in two rounds by "
              "both authors.",
              "Participants were recruited through professional networks, including the online mentoring groups some "
              "of them belonged to.",
              "All names are pseudonyms."),
    # --- F1000-like open research platform ---
    "f1": W(F1K, PAPER + "v2", "journal-article", 3,
            "Peer mentoring through social media among early-career librarians: a mixed-methods study "
            "[version 2; peer review: 2 approved]", "Okafor N, Baptiste L", "2024-07-22",
            "Background: Early-career librarians increasingly seek mentoring outside their workplace. We studied "
            "how they use social media and online networks for mentoring and peer mentoring.",
            "Methods: A survey of 412 librarians and archivists and 18 interviews.",
            "Results: 58% had received career advice through social media; 23% described an ongoing mentoring "
            "relationship that began online. Peer mentoring groups on chat platforms were valued for their "
            "immediacy; formal online mentoring programmes for structure.",
            "Conclusions: Professional associations should support online mentoring alongside traditional "
            "programmes. Version 2 adds a comparison with workplace mentoring, as the reviewers asked."),
    "f2": W(F1K, PAPER + "v1", "journal-article", 3,
            "Peer mentoring through social media among early-career librarians: a mixed-methods study "
            "[version 1; peer review: 1 approved, 1 approved with reservations]", "Okafor N, Baptiste L",
            "2024-03-11",
            "Background: Early-career librarians increasingly seek mentoring outside their workplace. We studied "
            "how they use social media and online networks for mentoring and peer mentoring.",
            "Methods: A survey of 412 librarians and archivists and 18 interviews.",
            "Results: 58% had received career advice through social media; 23% described an ongoing mentoring "
            "relationship that began online."),
    "f3": W(F1K, PAPER + "v2/pdf", "document", 3,
            "Peer mentoring through social media among early-career librarians (PDF)", "Okafor N, Baptiste L",
            "2024-07-22",
            "Peer mentoring through social media among early-career librarians: a mixed-methods study",
            "Okafor N, Baptiste L. Open Research 2024, 13:482",
            "Early-career librarians increasingly seek mentoring outside their workplace. We studied how they use",
            "social media and online networks for mentoring and peer mentoring. 58% had received career advice",
            "through social media; 23% described an ongoing mentoring relationship that began online."),
    "f4": W(F1K, "/articles/12-907/v1", "journal-article", 0,
            "Virtual mentorship for surgical residents during the pandemic: a cohort study "
            "[version 1; peer review: 2 approved]", "Haddad R, Kim S", "2023-06-02",
            "Background: Surgical residents lost in-person mentorship during the pandemic.",
            "Methods: 96 residents were assigned a faculty mentor meeting by video. Results: residents with a "
            "virtual mentor reported better wellbeing and operative confidence."),
    "f5": W(F1K, "/articles/13-115/v1", "journal-article", 1,
            "Teaching information literacy with short videos: a pilot in three academic libraries "
            "[version 1; peer review: awaiting peer review]", "Ferreira A", "2024-02-14",
            "Background: Librarians in three universities replaced a one-shot session with short videos.",
            "Results: Students' search scores improved. The librarians built the videos with advice from an online "
            "mentoring group of instruction librarians."),
    # --- GitHub Discussions-like forum ---
    "gh1": W(GH, REPO + "412", "post", 3,
             "Is there a mentoring programme for librarians who want to contribute?", "mjansen", "2024-03-05",
             "I'm a systems librarian and I'd like to contribute to OpenCat, but I've never worked on an open source "
             "project. Is there any mentoring for new contributors, especially librarians rather than developers?",
             "Reply from tkoh (maintainer): Yes! We run a mentoring rota: an experienced contributor pairs with you "
             "for your first two pull requests. Several of our mentors are cataloguers themselves. Comment here and "
             "we'll match you.",
             "Reply from sofia-r: I joined this way last year. My mentor answered questions in the Matrix room for "
             "weeks. Highly recommend."),
    "gh2": W(GH, REPO + "437", "post", 2,
             "Idea: a channel where cataloguers learning to code can mentor each other", "sofia-r", "2024-04-16",
             "Many of us are cataloguers learning Python to clean MARC data. What about a channel for peer mentoring, "
             "where we share scripts and help each other?",
             "Reply from tkoh: Good idea. We can also add a 'mentoring' label for discussions.",
             "Reply from dberg: Also the docs for the batch importer need examples, that would help learners too."),
    "gh3": W(GH, REPO + "455", "post", 0,
             "MARC import fails on 880 fields", "dberg", "2024-05-02",
             "Importing records with 880 alternate graphic representation fields fails with a KeyError on '6'.",
             "Reply from tkoh: Fixed in 3.2.1. Linked 880s are now paired by subfield 6 before import."),
    "gh4": W(GH, REPO + "398", "post", 1,
             "Welcome! Introduce yourself", "tkoh", "2024-01-10",
             "Tell us who you are, where you work and how you use OpenCat.",
             "Reply from mjansen: Systems librarian at a public library. I found OpenCat through my mentor on the "
             "library tech Discord.",
             "Reply from hana-archivist: Archivist, testing OpenCat for our finding aids."),
    "gh5": W(GH, REPO + "421", "post", 3,
             "How did you find a mentor as a systems librarian?", "hana-archivist", "2024-03-20",
             "Off topic for the software, I know, but this community has many library technologists. How did you "
             "find a mentor? My library has nobody in systems.",
             "Reply from tkoh: On Twitter years ago, and now on Mastodon. Follow the code4lib crowd, reply to things, "
             "and people become your advice network.",
             "Reply from mjansen: My association runs an online mentoring programme; I was matched with someone three "
             "states away. We still talk monthly."),
    # --- Ko-fi creator page ---
    "k1": W(KOFI, "/post/Mentoring-office-hours-for-new-archivists-Q5Q7ABCD", "post", 3,
            "Mentoring office hours for new archivists", "Shelf Whisper", "2024-05-01",
            "Supporters on the monthly tier can now book a 30-minute online mentoring call with me. I'm an archivist "
            "with 15 years in community archives and I want to pay forward the mentoring I got on social media.",
            "We can talk through job applications, portfolios, your first processing project, or how to build a "
            "network of peers online. I'll also host a monthly group call so mentees can mentor each other."),
    "k2": W(KOFI, "/post/Two-years-of-online-mentoring-B8B2EFGH", "post", 2,
            "Two years of online mentoring (and a new zine)", "Shelf Whisper", "2024-08-19",
            "Two years ago I started mentoring early-career archivists over video calls and DMs. Eleven mentees "
            "later: listen more, advise less, and connect people to each other.",
            "Also, the new zine on preserving family photographs is out in the shop, with a free PDF for members."),
    "k3": W(KOFI, "/post/Bookbinding-basics-zine-C3C4IJKL", "post", 0,
            "Bookbinding basics zine", "Shelf Whisper", "2024-03-09",
            "My bookbinding basics zine is here: pamphlet stitch, Japanese stab binding and a glossary.",
            "Printed on recycled paper. Thank you for your support!"),
    "k4": W(KOFI, "/post/Thank-you-100-supporters-D5D6MNOP", "post", 1,
            "Thank you, 100 supporters!", "Shelf Whisper", "2024-06-30",
            "You did it: 100 supporters. Your coffees pay for archival boxes for the neighbourhood archive.",
            "The mentoring calls are full until September, sorry!"),
}

OTHER = [
    (SLQ, "/", "home"), (SLQ, "/news/", "listing"), (SLQ, "/news/?start=10", "listing"),
    (SLQ, "/news/category/staff-news", "category"), (SLQ, "/news/tag/mentoring", "tag"),
    (SLQ, "/news/profile/priya-nandakumar", "profile"), (SLQ, "/about-us/", "about"),
    (SLQ, "/contact-us/", "contact"), (SLQ, "/home/SearchForm?Search=mentoring", "search"),
    (SLQ, "/news/librarians-week-2019", "error"),
    (PW, "/", "home"), (PW, "/news/", "listing"), (PW, "/news/page2/", "listing"), (PW, "/members/", "listing"),
    (PW, "/tags/mentoring/", "tag"), (PW, "/about/", "about"), (PW, "/contact/", "contact"),
    (PW, "/search/?q=mentoring", "search"), (PW, "/news/mentoring-scheme-2018/", "error"),
    (BD, "/", "home"), (BD, "/news", "listing"), (BD, "/news?page=1", "listing"),
    (BD, "/taxonomy/term/4", "category"), (BD, "/tags/mentoring", "tag"), (BD, "/user/3", "profile"),
    (BD, "/about", "about"), (BD, "/contact", "contact"), (BD, "/search/node/mentoring", "search"),
    (BD, "/node/999", "error"),
    (DJ, "/en/", "home"), (DJ, "/en/news/", "listing"), (DJ, "/en/events/", "listing"),
    (DJ, "/en/news/category/alumni/", "category"), (DJ, "/en/people/amara-nwosu/", "profile"),
    (DJ, "/en/about/", "about"), (DJ, "/en/contact/", "contact"), (DJ, "/en/search/?q=mentoring", "search"),
    (DJ, "/en/news/2019/mentoring-week/", "error"),
    (AP, "/", "home"), (AP, "/posts/", "listing"), (AP, "/posts/2/", "listing"), (AP, "/archives/", "listing"),
    (AP, "/tags/", "listing"), (AP, "/tags/mentoring/", "tag"), (AP, "/tags/rda/", "tag"), (AP, "/about/", "about"),
    (AP, "/search/", "search"), (AP, "/posts/finding-a-mentor-old-draft/", "error"),
    (INS, "/", "home"), (INS, "/page/2/", "listing"), (INS, "/category/photo-essays/", "category"),
    (INS, "/tag/mentoring/", "tag"), (INS, "/author/lena/", "profile"), (INS, "/about/", "about"),
    (INS, "/contact/", "contact"), (INS, "/?s=mentoring", "search"), (INS, "/2022/05/mentors-gallery/", "error"),
    (MAN, "/", "home"), (MAN, "/projects/all", "listing"), (MAN, "/projects/connected-mentoring", "listing"),
    (MAN, "/projects/connected-mentoring/resources", "listing"), (MAN, "/projects/subject/library-science", "category"),
    (MAN, "/search?keyword=mentoring", "search"), (MAN, "/contact", "contact"),
    (MAN, BOOK + "a3f1c2d4-0009-4e7a-9b1c-5d6e7f809a19", "error"),
    (F1K, "/", "home"), (F1K, "/browse/articles", "listing"), (F1K, "/subjects/library-science", "category"),
    (F1K, "/search?q=mentoring", "search"), (F1K, "/authors/nkechi-okafor", "profile"), (F1K, "/about", "about"),
    (F1K, "/contact", "contact"), (F1K, "/articles/13-999/v1", "error"),
    (GH, "/libsoft/opencat", "home"), (GH, "/libsoft/opencat/discussions", "listing"),
    (GH, "/libsoft/opencat/discussions?page=2", "listing"),
    (GH, "/libsoft/opencat/discussions/categories/q-a", "category"),
    (GH, "/libsoft/opencat/discussions?discussions_q=label%3Amentoring", "tag"),
    (GH, "/libsoft/opencat/discussions?discussions_q=mentor", "search"), (GH, "/mjansen", "profile"),
    (GH, "/tkoh", "profile"), (GH, REPO + "9999", "error"),
    (KOFI, "/shelfwhisper", "home"), (KOFI, "/shelfwhisper/posts", "listing"), (KOFI, "/shelfwhisper/shop", "listing"),
    (KOFI, "/about", "about"), (KOFI, "/post/Old-update-Z0Z0ZZZZ", "error"),
]
