"""What the pages of the ninth labelled web say (:mod:`tests.labelled_web9`),
and their labels.

Written for web 9 alone, without reading scan's code, its topic's keywords,
the other webs' texts or page builders, or scan's tests of kinds and
ranking. Each work is a :class:`Work`: where it is served, its kind, the
grade a reader gives it, and what it says (a thread's posts carry their
authors in ``by``). :data:`OTHER` lists the pages that are not works
(grade 0 whatever they say) with their kinds. Both were written, and
committed, before the web's pages were built.

Voices vary on purpose: a county library's staff-development blog, a
library-school student's journal, notes on a fediverse server (one in
Japanese), a forum of library workers, a research repository's records,
a Latin American journal (Spanish and Portuguese), a local newspaper, a
podcast's show notes, ticketed events, a consortium's handbook.
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
    by: tuple[str, ...] = ()     # a thread's posters, one per paragraph (post)


OCEAN, DW, MISSKEY, FLARUM, FIG = "riverbend.example", "libfolk.example", "fedilib.example", "lisforum.example", \
    "datashare.example"
SCIELO, ARC, PODBEAN, EVB, SPHINX = "revistabib.example", "gazette.example", "shelftalk.example", "tix.example", \
    "cohortdocs.example"

# SciELO addresses (pid of the journal, of an issue, of its articles)
SC_J = "1688-9371"
SC_ISSUE = "1688-937120240002"


def sc_art(n: int) -> str:
    return f"/scielo.php?script=sci_arttext&pid=S{SC_J}2024000200{n:03d}&lng=es&nrm=iso"


_W = [
    # --- riverbend.example: a county library's staff-development blog (WordPress, OceanWP) -------------------
    Work(OCEAN, "/a-year-of-mentoring-on-mastodon/", "article", 3,
         "A year of being mentored on Mastodon (and mentoring back)", "Priya Raman", "2024-02-12", (
             "When our system left the bird site I assumed I would lose the people who had been quietly teaching me "
             "how to be a youth services librarian. I had never met most of them. They were the ones who answered "
             "at eleven at night when I posted a photo of a messy program room and asked what I was doing wrong.",
             "So last February I set myself a project: rebuild that circle on Mastodon, on purpose this time. I "
             "followed the #LibraryLand and #GLAM hashtags for a month, wrote an introduction post that said "
             "plainly that I was three years in and looking for someone further along to check in with, and "
             "waited. Two people replied. One was a branch manager in Manitoba, the other a retired children's "
             "librarian who now volunteers with a literacy nonprofit.",
             "We never called it a mentorship. It was a standing thread. Once a month I posted what I was stuck "
             "on, they answered, and other people wandered in. The branch manager walked me through my first "
             "budget request over about forty replies. The retired librarian sent me her old storytime "
             "planning sheets as images with alt text longer than the sheets themselves.",
             "Around month six something shifted. A new hire at another system tagged me asking how I plan "
             "summer sign-ups, and I realised I was the one further along now. I started answering the way my "
             "two had answered me: slowly, with questions first. Peer mentoring is a tidy phrase for something "
             "that online just looks like people being generous in public.",
             "A few practical things if you want to try it. Say what you are looking for in your profile. Use "
             "content warnings for venting so people can choose to engage. Move to direct messages for anything "
             "about a named coworker. And when a conversation helps you, boost it, so the next nervous new "
             "librarian can find it.",
         )),
    Work(OCEAN, "/our-buddy-system-for-new-branch-staff/", "article", 2,
         "Our buddy system for new branch staff", "Marcus Oyelaran", "2023-11-06", (
             "Every new circulation assistant at Riverbend now gets a buddy for their first ninety days. The idea "
             "came out of exit interviews: people who left in their first year kept telling us they did not know "
             "who they were allowed to ask.",
             "A buddy is not a supervisor. Buddies are volunteers from another branch who have been with us at "
             "least two years. They meet their new colleague for coffee in week one, shadow a desk shift in week "
             "three, and check in every other week after that. We give them a one-page guide and a small budget "
             "for the coffee.",
             "We learned some things in the pilot. Pairing across branches matters, because it lets people say "
             "what they would not say to someone in their own building. Buddies needed permission to say \"I "
             "don't know, let's find out\". And the ninety days were too short for part-time staff, so they now "
             "get six months.",
             "Our next step is a proper mentoring track for staff thinking about library school, with time on the "
             "schedule to meet. If you have been a buddy and want to help design it, talk to Marcus.",
         )),
    Work(OCEAN, "/summer-reading-wrap-up-2023/", "article", 0,
         "Summer reading wrap-up: 4,112 readers and one very tired dragon", "Priya Raman", "2023-09-04", (
             "The numbers are in. 4,112 kids, teens and adults signed up for summer reading this year, up eleven "
             "percent, and together they logged just over 61,000 hours. Southside branch won the branch challenge "
             "for the second year running.",
             "The dragon costume survived eight parades and one thunderstorm. It is now at the dry cleaner and we "
             "have been told not to ask about the smell.",
             "Thank you to the Friends of the Library for the prize books, to the pool for the free swim passes, "
             "and to every staff member who stamped a reading log. Planning for next year starts in January.",
         )),
    Work(OCEAN, "/staff-day-2023-recap/", "article", 1,
         "Staff Day 2023 recap", "Marcus Oyelaran", "2023-10-16", (
             "Thanks to everyone who came to Staff Day at the Grange Hall. We had 142 people, which is a record, and "
             "only one fire alarm, which was not.",
             "The morning keynote on trauma-informed service gave us a lot to think about, and the handouts are on "
             "the intranet. The de-escalation refresher after lunch was the most requested session on the survey "
             "last year, and it filled again.",
             "Afternoon breakouts covered the new self-checkout machines, the seed library, and the grant for "
             "outreach vans. Several of you also stopped by the table for the new staff Slack channel where people "
             "can ask an experienced colleague for advice, so expect an invitation in your inbox.",
             "Please fill in the evaluation by Friday. Lunch leftovers went to the warming center.",
         )),
    Work(OCEAN, "/weeding-the-reference-collection/", "article", 0,
         "Weeding the reference collection without losing your mind", "Ellen Park", "2023-08-21", (
             "Nobody has opened the 1998 directory of associations since 2006. We checked.",
             "We used the CREW method with a few local tweaks: anything with a newer edition online goes, "
             "anything about local history stays until the archivist has looked at it, and the almanacs get one "
             "shelf, not three.",
             "The freed space is becoming a quiet study area with outlets. Weeded books that are still in good "
             "shape go to the Friends sale; the rest are recycled.",
         )),
    Work(OCEAN, "/notes-from-the-tech-petting-zoo/", "article", 2,
         "Building a PLN: notes from the tech petting zoo", "Ellen Park", "2024-01-22", (
             "At last week's tech petting zoo, between the 3D printer and the VR headsets, we had a table on "
             "personal learning networks. The question we kept getting was simple: how do you keep up when there "
             "is no money for conferences?",
             "Our answer was that most of us learn more from other library people online than from any training "
             "budget. Ellen showed how she follows a few reference librarians on Bluesky, a cataloguing listserv, "
             "and the Library Think Tank group on Facebook. Jo uses a Reddit feed and two Discord servers. Nobody "
             "had the same setup, and that was the point.",
             "We also demoed the new Chromebooks for the computer class, and showed the makerspace's vinyl cutter, "
             "which produced roughly two hundred stickers of the library logo.",
             "Handout: pick three people or groups to follow for a month, keep notes of what you learned, then "
             "prune.",
         )),
    Work(OCEAN, "/teen-zone-has-a-facebook-page/", "article", 0,
         "The Teen Zone has its own Facebook page now", "Jo Whitaker", "2023-07-10", (
             "Teens told us they don't use Facebook. Their parents do. So the Teen Zone now has a Facebook page, "
             "aimed squarely at parents, with program dates, permission slips and photos from events (only of "
             "teens whose families signed the media release).",
             "Teens can keep following the Teen Zone on Instagram for the memes.",
             "If you run a program for teens, send Jo your flyer by the 20th of the month before.",
         )),
    Work(OCEAN, "/ask-a-mentor-linkedin-for-paraprofessionals/", "article", 3,
         "Ask a mentor: is LinkedIn worth it for library paraprofessionals?", "Marcus Oyelaran", "2024-03-04", (
             "This month's question comes from a page at Northgate: \"I don't have an MLIS and I'm not sure I want "
             "one. Everyone says to use LinkedIn to find a mentor. Is that even for people like me?\"",
             "Short answer: yes, but not the way the career advice posts say. You don't need a polished headline. "
             "What works for library support staff, in my experience and the experience of the three people I "
             "asked, is joining one or two groups where your kind of work is discussed, commenting on posts "
             "honestly, and sending a short, specific message to someone whose comments you keep learning from.",
             "I found my own mentor that way nine years ago. She was a technical services manager two states over "
             "who posted about processing workflows. I asked her one question about spine labels. We have talked "
             "about every job change I have made since, mostly in LinkedIn messages and the occasional video call.",
             "Paraprofessionals are sometimes left out of formal mentoring programs, which are often tied to "
             "association membership or library school. Online networks don't check credentials. The Library "
             "Support Staff group on Facebook and the r/Libraries subreddit are both full of experienced staff "
             "who answer newcomers generously.",
             "One caution: a good online mentor will still tell you when to talk to your supervisor instead. "
             "If they don't, keep looking.",
         )),

    # --- libfolk.example: a library-school student's journal (Dreamwidth) ------------------------------------
    Work(DW, "/48213.html", "article", 3, "in which I acquire a mentor via listserv", "inkandcardstock",
         "2023-10-02", (
             "So you know how I said I was going to lurk on the archives listserv forever and never post? I "
             "posted. It was a question about whether anyone would be willing to talk to an MLIS student who is "
             "scared of processing born-digital material, and I rewrote it nine times.",
             "Four people replied off-list. FOUR. One of them, a digital archivist at a small college, offered to "
             "do a monthly video chat with me for the semester. We have done two now. She shows me her actual "
             "workflow, including the parts that are held together with a spreadsheet and hope.",
             "Other things that happened: she told me which Slack workspace the digital preservation people "
             "actually hang out in, and she introduced me in a thread there as \"my mentee, be nice\". People were "
             "nice. Somebody sent me their disk imaging cheat sheet.",
             "I know the official advice is that mentors come from your program's mentoring scheme or your "
             "practicum site. Mine came from an email list with a 1990s interface. Library people online are a lot "
             "kinder than the comment sections of the rest of the internet would lead you to expect.",
         )),
    Work(DW, "/47901.html", "article", 0, "cataloguing homework is eating my life", "inkandcardstock",
         "2023-09-18", (
             "Three MARC records due Thursday. I have been staring at 245 indicators for an hour. Why does the "
             "second indicator count the nonfiling characters. Who decided this.",
             "Also the cat knocked my coffee onto the AACR2 photocopy, which honestly feels like a statement.",
             "Comments screened because I'm going to complain about my professor.",
         )),
    Work(DW, "/48577.html", "article", 1, "study server, sleep schedule, etc", "inkandcardstock", "2023-11-05", (
             "Status report: sleeping badly, eating fine, reading too much fanfic instead of the assigned "
             "readings on information policy.",
             "The cohort Discord has become the only reason I understand the metadata assignment; someone posts the "
             "question, three people argue, and by midnight we all get it.",
             "Going home for Thanksgiving means a week without reliable internet, so if I disappear, I am "
             "in a field with a weak signal and a lot of opinions from my uncle.",
         )),
    Work(DW, "/48001.html", "article", 0, "meta: the librarian in the haunted-house show", "inkandcardstock",
         "2023-09-25", (
             "Okay I need to talk about the librarian in episode four, because she is the first fictional "
             "librarian in ages who is not either a sexy cardigan or a ghost.",
             "She runs the town's archive out of a converted chapel and she is tired, underfunded and extremely "
             "good at her job. When the protagonist asks for the 1912 fire records she asks what the question "
             "behind the question is. REFERENCE INTERVIEW. ON TELEVISION.",
             "Of course she turns out to be possessed in episode six. We can't have nice things.",
         )),
    Work(DW, "/49102.html", "article", 1, "practicum week 3", "inkandcardstock", "2024-02-08", (
             "Week three at the county historical society. I have rehoused forty-one glass plate negatives and "
             "have not dropped one, which I consider my greatest achievement to date.",
             "My supervisor is great and very dry. She told me to follow a couple of conservators on Bluesky "
             "because they post their fails. Then she handed me nitrile gloves and said \"Anyway.\"",
             "Next week: the finding aid. I am told it was last updated when the finding aid's author was younger "
             "than me.",
         )),
    Work(DW, "/49355.html", "article", 3, "memes, mentors, and the r/librarians thing", "inkandcardstock",
         "2024-03-01", (
             "Long post, sorry. A couple of people in my cohort asked how I ended up with what one of them called "
             "\"a whole council of internet library aunties\", so here is the honest version.",
             "It started on r/librarians. I posted a semi-joking meme about job postings that want five years' "
             "experience for an entry-level role. Under the jokes, a couple of public librarians asked what kind "
             "of job I wanted and offered to look at my cover letter. One of them suggested a group chat.",
             "The group chat is now six people: two academic librarians, a school librarian, a records manager, a "
             "public library director, and me. We have a standing Sunday check-in on Discord. Everyone in it "
             "mentors someone and is mentored by someone; I'm mostly on the receiving end but I taught the director "
             "how to use Zotero, so.",
             "What I've learned about being mentored this way: ask specific questions, say thank you when advice "
             "works, and don't treat one person's experience as universal. Reddit and Discord are not an "
             "alternative to my program's faculty advisors, but they fill the gap the program can't, which is "
             "people who are actually doing the job right now.",
             "And if you're a student reading this: post the meme. Someone might answer.",
         )),

    # --- fedilib.example: notes on a fediverse server for library people (Misskey) ----------------------------
    Work(MISSKEY, "/notes/9mx3k2a1q0", "post", 3, "", "Solène Marchetti (@solene)", "2024-01-15", (
             "Thread-in-one-note about being a solo archivist and having fediverse mentors, because someone asked.",
             "I am the only archivist at a religious order's archive. No colleagues, no budget line for "
             "conferences. For years my professional development was a stack of printed SAA manuals.",
             "When I moved here I posted an introduction with #archives and #solo. Within a week two senior "
             "archivists had followed me and answered questions I had been sitting on for years: how to write a "
             "deaccession policy that a board of nuns will sign, how to appraise 40 boxes of newsletters.",
             "We now have an informal arrangement. I post a question with a content warning, they answer, "
             "sometimes others join. Once a month one of them does a video call with me. I have started doing "
             "the same for a student who found me through the hashtag.",
             "If you are a lone arranger: the fedi archivist community mentors people. You only have to ask in "
             "public once.",
         )),
    Work(MISSKEY, "/notes/9mz1b7c4d2", "post", 1, "", "Tomasz Koenig (@tkoenig)", "2024-01-23", (
             "Reminder: #LibMentorHour is tonight 20:00 UTC! Mentors, mentees and the mentor-curious welcome, "
             "bring your questions. Follow the hashtag to join. #librarians #mentoring #GLAM",
         )),
    Work(MISSKEY, "/notes/9n0a4e8f5g", "post", 0, "", "Solène Marchetti (@solene)", "2024-01-24", (
             "The archive cat has decided the flat file cabinet is hers. She is lying on the architectural "
             "drawings. I am negotiating. 🐈",
         )),
    Work(MISSKEY, "/notes/9n2c6h1j3k", "post", 1, "", "Tomasz Koenig (@tkoenig)", "2024-02-02", (
             "Half my working knowledge of linked data came from reading other cataloguers argue on here at "
             "midnight. Anyway, the authority file cleanup is done and I'm going to bed.",
         )),
    Work(MISSKEY, "/notes/9n4d2m7p8r", "post", 0, "", "Tomasz Koenig (@tkoenig)", "2024-02-06", (
             "Whole campus network is down again so the library is running circulation on paper slips and "
             "vibes. If you need a book, come with a pencil. Update when IT has news.",
         )),
    Work(MISSKEY, "/notes/9n6f9s3t2v", "post", 3, "", "Haruka Ito (@haruka_lib)", "2024-02-14", (
             "司書になって三年目、職場で相談できる先輩がいなかった私にとって、SNSのつながりが実質的なメンターでした。",
             "最初はXのハッシュタグ #図書館員 を眺めるだけでしたが、レファレンスの悩みを投稿したら、別の自治体の"
             "先輩司書が丁寧に返信をくれて、そこからDMで月に一度、仕事の相談に乗ってもらうようになりました。",
             "今はMisskeyにも図書館員のコミュニティがあって、新人さんの質問に私が答える側になることも増えました。"
             "オンラインのメンタリングは形式ばらないぶん、お互いに無理のない距離感が大事だと思います。",
             "Short version in English: as a third-year librarian with no senior colleague to ask, social media "
             "gave me my mentor, and now I try to be one for newer librarians here.",
         )),

    # --- lisforum.example: a forum of library workers (Flarum) -----------------------------------------------
    Work(FLARUM, "/d/214-finding-a-mentor-outside-my-own-library", "post", 3,
         "Finding a mentor outside my own library?", "", "2023-12-04", (
             "I'm two years into an academic library job and my department is three people, one of whom is my "
             "boss. I'd like a mentor who isn't in my reporting line. Has anyone found one online? Where?",
             "ALA Connect and the division's mentoring program are the official routes, but honestly I found mine "
             "in a Slack workspace for instruction librarians. I answered someone's question, she answered mine, "
             "and after a few months we set up a monthly call. Start by being useful in a community.",
             "LinkedIn worked for me, but I was very specific in my message: \"I'm working on my first assessment "
             "plan and saw your post about rubrics, could I ask you three questions?\" People say yes to small, "
             "concrete asks.",
             "Seconding the small-ask approach. Also: peer mentoring counts. A group of us who started the same "
             "year met on Twitter during the pandemic and still have a group DM where we review each other's "
             "tenure documents.",
             "Thank you all. I joined the Slack and sent one LinkedIn message. She said yes! Will report back.",
         ), by=("nightowl_liaison", "mkbrennan", "theo.r", "shelfie", "nightowl_liaison")),
    Work(FLARUM, "/d/198-best-label-printer-for-spine-labels", "post", 0,
         "Best label printer for spine labels?", "", "2023-10-11", (
             "Our ancient Brother is dying. What are people using for spine labels now? We print maybe 300 a "
             "week.",
             "Dymo LabelWriter with the 1\" x 1.5\" labels. Cheap, reliable, the driver is annoying.",
             "We switched to printing sheets on a laser printer with a template from the ILS. Slower, but no "
             "special hardware.",
             "Went with the Dymo. Thanks!",
         ), by=("pagesnprocess", "techserv_dani", "shelfie", "pagesnprocess")),
    Work(FLARUM, "/d/233-is-the-critlib-slack-worth-it-for-a-paraprofessional", "post", 2,
         "Is the critlib Slack worth it for a paraprofessional?", "", "2024-01-09", (
             "I keep seeing the #critlib chats mentioned. I'm a library assistant, not a librarian. Would I be "
             "welcome, and would I actually learn anything useful for my job at the desk?",
             "I'm also support staff and yes. I've learned more about patron privacy and how to push back on "
             "bad policies from those threads than from any in-service day. Lurk for a bit first.",
             "It's a lot of theory some weeks. I'd pair it with something practical, like the circulation "
             "listserv.",
             "Unrelated but does anyone know if the forum's dark mode is coming back?",
             "Dark mode is in the settings under Appearance now.",
         ), by=("libasst_carla", "quietstacks", "mkbrennan", "ducky42", "admin")),
    Work(FLARUM, "/d/240-how-do-you-train-student-workers", "post", 1,
         "How do you train student workers?", "", "2024-01-30", (
             "Every September I get twelve new student workers and two weeks to train them on shelving, the "
             "desk, and building closing. What does your training look like?",
             "Shelving test on day one, shadowing for three shifts, then a checklist they sign off on. We laminate "
             "the closing procedure and tape it to the desk.",
             "We pair each new student with a returning one for the first month, almost like a mentor. The "
             "returning students get a small raise for it.",
             "Quizzes in the LMS. Not glamorous, but we know who read the manual.",
         ), by=("circ_supe_ohio", "quietstacks", "theo.r", "pagesnprocess")),
    Work(FLARUM, "/d/251-ils-migration-horror-stories", "post", 1, "ILS migration horror stories", "",
         "2024-02-15", (
             "We go live on a new ILS in April. Tell me your horror stories so I can be prepared.",
             "Our patron notes field got truncated at 255 characters. Ten years of notes, cut mid-sentence.",
             "Holds queues came over in the wrong order. We spent a week apologizing.",
             "The thing that saved us was a Facebook group of libraries on the same system, where someone who "
             "had migrated a year earlier basically mentored our systems librarian through cutover weekend.",
             "Test your fines data. Test it again.",
         ), by=("techserv_dani", "pagesnprocess", "circ_supe_ohio", "mkbrennan", "shelfie")),
    Work(FLARUM, "/d/262-reddit-or-discord-for-mlis-advice", "post", 3, "Reddit or Discord for MLIS advice?", "",
         "2024-03-12", (
             "First semester MLIS student, online program, no local cohort. Where do students actually find "
             "mentors? r/LibrarianCareers? Discord? Something else?",
             "r/LibrarianCareers is good for reality checks, less good for a relationship. What worked for me "
             "was a Discord for online MLIS students where working librarians hang out in a #mentoring channel "
             "and do monthly office hours.",
             "I mentor two students I met on Reddit. The ones who stick are the ones who come back after the "
             "first answer with a follow-up. Don't be afraid of being \"too much\".",
             "Also look at the association's virtual mentoring program, they match you by interest, and then "
             "you usually end up talking over Teams or email anyway. Online mentoring is just mentoring now.",
             "Joined the Discord. Someone already offered to look at my resume. This is great, thank you.",
         ), by=("firstsem_mlis", "theo.r", "quietstacks", "nightowl_liaison", "firstsem_mlis")),

    # --- datashare.example: a research repository's records (figshare) -----------------------------------------
    Work(FIG, "/articles/presentation/E-mentoring_in_the_time_of_hashtags/25104337", "document", 3,
         "E-mentoring in the time of hashtags: peer support among early-career academic librarians",
         "Adaeze Nwosu; Liam Fairbairn", "2024-01-19", (
             "Slides from a paper presented at the Academic Library Futures conference, January 2024.",
             "Early-career academic librarians increasingly look for mentoring outside formal institutional "
             "programs. This presentation reports interviews with 22 librarians in their first five years who "
             "described mentoring relationships formed through X (formerly Twitter), Mastodon, LinkedIn and "
             "Slack communities.",
             "Participants described three patterns: hashtag chats that became ongoing peer mentoring groups; "
             "one-to-one relationships that began with a public reply and moved to direct messages; and "
             "community-run mentoring channels with volunteer mentors. Benefits included access to mentors "
             "beyond one's institution and field specialty; drawbacks included platform instability and the "
             "invisibility of this labour in evaluations.",
             "We close with recommendations for libraries wishing to recognise and support e-mentoring.",
         )),
    Work(FIG, "/ndownloader/files/44419812", "document", 3,
         "E-mentoring in the time of hashtags (slides, PDF)", "Adaeze Nwosu; Liam Fairbairn", "2024-01-19", (
             "E-mentoring in the time of hashtags: peer support among early-career academic librarians",
             "Adaeze Nwosu and Liam Fairbairn. Academic Library Futures, January 2024.",
             "Why look online? Formal mentoring programs reach few new librarians; many early-career staff "
             "have no senior colleague in their specialty.",
             "Method: 22 semi-structured interviews; librarians in years 1-5; recruited via Mastodon, LinkedIn "
             "and two Slack workspaces.",
             "Finding 1: hashtag chats (#critlib, #libchat) turned into standing peer mentoring groups.",
             "Finding 2: one-to-one mentoring often began with a public reply, then moved to direct messages "
             "and video calls.",
             "Finding 3: community-run mentoring channels with volunteer mentors and simple matching forms.",
             "Drawbacks: platform churn after 2022; mentoring labour invisible in annual reviews; harassment "
             "risk for librarians of colour.",
             "Recommendations: count online mentoring as service; fund time; keep contact lists off any one "
             "platform.",
         )),
    Work(FIG, "/articles/dataset/Library_staff_social_media_professional_development_survey_2023/24877621",
         "document", 2, "Library staff use of social media for professional development: survey responses, 2023",
         "Kwame Asante", "2023-12-02", (
             "Anonymised responses (n = 611) to an online survey of public and academic library staff in the UK "
             "and Ireland about how they use social media and online communities to keep their professional "
             "knowledge current.",
             "The questionnaire asked which platforms respondents use for work-related learning (X/Twitter, "
             "Mastodon, LinkedIn, Facebook groups, Reddit, JISCMail lists, Slack or Discord), how often, what "
             "they learn there, and whether employers recognise this learning.",
             "Files: responses (CSV), questionnaire (PDF), codebook (XLSX). Free-text answers were removed where "
             "they could identify a respondent.",
             "Funded by a small research grant from the author's institution. Ethics approval ref. 2023/114.",
         )),
    Work(FIG, "/articles/poster/Circulation_dashboard/23660842", "document", 0,
         "A circulation statistics dashboard for a mid-sized academic library", "Rhiannon Tate", "2023-06-30", (
             "Poster presented at the regional library assessment day.",
             "We built a dashboard in Power BI that draws nightly circulation data from the ILS and shows loans, "
             "renewals and holds by collection, hour and patron group. Staff use it to schedule desk cover and "
             "to decide which collections move to off-site storage.",
             "The poster describes the data pipeline, the privacy safeguards and lessons learned.",
         )),
    Work(FIG, "/articles/journal_contribution/Network_analysis_of_interlibrary_loan_flows/22918044", "document",
         0, "A network analysis of interlibrary loan flows in a state consortium", "Daniel Ferreira; Mei Chen",
         "2023-03-14", (
             "Author accepted manuscript.",
             "We model five years of interlibrary loan transactions among 84 member libraries as a directed "
             "weighted network. Centrality measures identify a small set of net lenders that carry most of the "
             "consortium's lending load.",
             "Community detection reveals regional clusters that correspond to courier routes rather than to "
             "library type. We discuss implications for cost-sharing formulas.",
         )),

    # --- revistabib.example: a Latin American LIS journal (SciELO) ---------------------------------------------
    Work(SCIELO, sc_art(101), "journal-article", 3,
         "Mentoría entre pares en redes sociales: experiencias de bibliotecarios universitarios en Chile",
         "Valentina Rojas-Aguilera; Ignacio Muñoz", "2024-06-30", (
             "Resumen: Este estudio analiza cómo bibliotecarios y bibliotecarias de universidades chilenas "
             "construyen relaciones de mentoría entre pares a través de redes sociales. Mediante entrevistas "
             "semiestructuradas a 18 profesionales y el análisis de conversaciones en grupos de Facebook, "
             "WhatsApp y X, identificamos cómo se inician, sostienen y cierran estas relaciones.",
             "Los resultados muestran que la mentoría en línea surge con frecuencia de consultas técnicas en "
             "grupos profesionales y se transforma en acompañamiento de carrera. Las personas participantes "
             "valoran la horizontalidad y el acceso a colegas de otras regiones, pero señalan la falta de "
             "reconocimiento institucional.",
             "Abstract: This study examines how university librarians in Chile build peer mentoring "
             "relationships on social media. Interviews with 18 professionals and analysis of Facebook, "
             "WhatsApp and X groups show that online mentoring often grows out of technical questions and "
             "becomes career support.",
             "Palabras clave: mentoría; redes sociales; bibliotecarios universitarios; desarrollo profesional; "
             "Chile.",
         )),
    Work(SCIELO, f"/pdf/rbd/v12n2/{SC_J}-rbd-12-02-e101.pdf", "document", 3,
         "Mentoría entre pares en redes sociales (PDF)", "Valentina Rojas-Aguilera; Ignacio Muñoz", "2024-06-30", (
             "Mentoría entre pares en redes sociales: experiencias de bibliotecarios universitarios en Chile",
             "Valentina Rojas-Aguilera, Ignacio Muñoz",
             "Introducción. La mentoría ha sido reconocida como un mecanismo de desarrollo profesional en "
             "bibliotecas, pero los programas formales son escasos en la región.",
             "En los últimos años, grupos de Facebook, canales de WhatsApp y cuentas en X han permitido que "
             "bibliotecarios de distintas universidades se acompañen mutuamente.",
             "Metodología. Entrevistas semiestructuradas a 18 bibliotecarios de 11 universidades; análisis "
             "temático de conversaciones en tres grupos profesionales en línea.",
             "Resultados. La mentoría en línea comienza con consultas técnicas y deriva en apoyo de carrera; "
             "es horizontal, recíproca y a menudo colectiva.",
             "Conclusiones. Recomendamos que las bibliotecas reconozcan la mentoría entre pares en redes "
             "sociales como parte del desarrollo profesional de su personal.",
         )),
    Work(SCIELO, sc_art(102), "journal-article", 0,
         "Competência informacional de estudantes de graduação em universidades públicas do Nordeste",
         "Ana Beatriz Lima; Rafael Souza", "2024-06-30", (
             "Resumo: O estudo avalia a competência informacional de 420 estudantes de graduação de três "
             "universidades públicas, por meio de um teste baseado no Framework da ACRL.",
             "Os estudantes demonstraram bom desempenho na localização de fontes, mas dificuldades na avaliação "
             "da autoridade e no uso ético da informação.",
             "Abstract: We assess the information literacy of 420 undergraduates at three public universities "
             "in northeastern Brazil.",
             "Palavras-chave: competência informacional; ensino superior; bibliotecas universitárias.",
         )),
    Work(SCIELO, sc_art(103), "journal-article", 2,
         "Comunidades de práctica en línea y aprendizaje profesional de bibliotecarios escolares en México",
         "Lucía Hernández Vega", "2024-06-30", (
             "Resumen: Los bibliotecarios escolares suelen trabajar aislados y con escasas oportunidades de "
             "formación continua. Este artículo examina tres comunidades de práctica en línea (un grupo de "
             "Facebook, un servidor de Discord y una lista de correo) en las que bibliotecarios escolares "
             "mexicanos comparten recursos y resuelven dudas.",
             "A partir de una encuesta (n = 203) y del análisis de 1 200 publicaciones, se describe qué aprenden "
             "los participantes, cómo se valida el conocimiento compartido y qué papel cumplen los moderadores.",
             "Abstract: School librarians in Mexico learn through online communities of practice; we describe "
             "what they learn and how shared knowledge is validated.",
             "Palabras clave: comunidades de práctica; aprendizaje en línea; bibliotecas escolares; redes sociales.",
         )),
    Work(SCIELO, sc_art(104), "journal-article", 1,
         "Preservación digital en archivos municipales: diagnóstico y propuestas",
         "Martín Cabrera; Sofía Paredes", "2024-06-30", (
             "Resumen: Se presenta un diagnóstico de las prácticas de preservación digital en 34 archivos "
             "municipales uruguayos, a partir de visitas y cuestionarios.",
             "La mayoría carece de políticas escritas, almacenamiento redundante y personal capacitado; varios "
             "archivistas mencionaron que aprenden de colegas en un grupo de WhatsApp que funciona como "
             "mentoría informal.",
             "Se proponen un modelo de madurez simplificado y un plan de capacitación regional.",
             "Palabras clave: preservación digital; archivos municipales; Uruguay.",
         )),

    # --- gazette.example: a local newspaper (Arc XP) ------------------------------------------------------------
    Work(ARC, "/news/local/2024/03/18/librarians-mentor-next-generation-online/", "article", 3,
         "Librarians turn to Discord and TikTok to mentor the next generation", "Dana Whitfield", "2024-03-18", (
             "MILLBROOK - At 9 p.m. on a Tuesday, Renee Castillo is at her kitchen table answering questions from "
             "people she has never met. One wants to know whether a library degree is worth the debt. Another is "
             "nervous about her first storytime.",
             "Castillo, a teen services librarian at Millbrook Public Library, is one of a growing number of "
             "library workers who mentor newcomers to the profession through online communities. She moderates "
             "a Discord server of about 1,400 library students and early-career staff and posts short career "
             "videos to TikTok.",
             "\"When I started, you got a mentor if your director liked you,\" she said. \"Now a kid in a rural "
             "town can ask a question and get five librarians answering by morning.\"",
             "The state library association runs a formal mentoring program, but its coordinator, Greg Amsel, "
             "said most matches now meet over video and messaging apps. \"Half our mentees find us because a "
             "mentor posted about the program on LinkedIn or Bluesky,\" he said.",
             "Not everyone is convinced. Linda Morrow, a retired library director, worries that advice in public "
             "forums can be wrong and that young librarians share too much. Castillo agrees that moderation "
             "matters; her server has rules, and mentors are vetted.",
             "Tyler Nguyen, 24, a library school student in Carver, found his mentor in the server last year. "
             "\"She read every draft of my cover letter,\" he said. He starts at a county library in June.",
         )),
    Work(ARC, "/news/local/2024/02/06/library-board-approves-budget/", "article", 1,
         "County library board approves $8.2 million budget", "Dana Whitfield", "2024-02-06", (
             "MILLBROOK - The Millbrook County Library board approved an $8.2 million budget Monday, a 3 percent "
             "increase that covers cost-of-living raises and longer Sunday hours at two branches.",
             "The budget includes $140,000 for roof repairs at the Eastside branch and $60,000 for new public "
             "computers.",
             "Director Paul Whitcomb also told the board that a new staff mentoring program, pairing new hires "
             "with experienced colleagues through monthly video meetups, starts in April.",
             "Board member Ann Ruiz voted no, citing the cost of the Sunday hours. The budget goes to the county "
             "commission for final approval in March.",
         )),
    Work(ARC, "/sports/2024/03/02/robotics-team-heads-to-state/", "article", 0,
         "Millbrook High robotics team heads to state", "Corey Banks", "2024-03-02", (
             "MILLBROOK - The Millbrook High School robotics team, the Gearheads, qualified for the state "
             "championship for the first time Saturday.",
             "Team mentor Jim Hartley, an engineer at the paper mill, said the students rebuilt their robot's arm "
             "twice in the final week. \"They stopped asking me for answers and started asking each other,\" he "
             "said.",
             "The team raised money for the trip through a pancake breakfast and a social media campaign on "
             "Instagram. The championship is March 23 in Capitol City.",
         )),
    Work(ARC, "/news/local/2024/01/22/retired-librarian-facebook-group-job-seekers/", "article", 2,
         "Retired librarian's Facebook group helps laid-off library workers", "Corey Banks", "2024-01-22", (
             "CARVER - Margaret Olsen spent 38 years at the Carver Public Library, the last 15 as its director. "
             "She retired in 2021, took up watercolors and started volunteering at the food bank.",
             "Her watercolors of the Carver covered bridge are on display at the Main Street gallery through "
             "February.",
             "But when the regional library system cut 30 positions last fall, Olsen did something else. She "
             "started a Facebook group for the workers who lost their jobs, offering to look at resumes and "
             "practice interviews. The group now has 212 members, and several other retired librarians act as "
             "mentors.",
             "\"Some of them had worked at a desk for twenty years and never written a cover letter,\" Olsen "
             "said. Fourteen members have found new jobs.",
             "Olsen still paints most mornings. The gallery show closes Feb. 28.",
         )),
    Work(ARC, "/business/2024/02/20/scam-alert-fake-linkedin-recruiters/", "article", 0,
         "Scam alert: fake recruiters on LinkedIn target job seekers", "Dana Whitfield", "2024-02-20", (
             "The Better Business Bureau is warning job seekers about fake recruiters on LinkedIn who offer "
             "remote jobs and then ask for bank details to \"set up payroll\".",
             "Real employers do not ask for money or bank information before a written offer, said the bureau's "
             "regional director. Check that the company's website lists the job, and never buy equipment up "
             "front.",
             "Report scams to the Federal Trade Commission.",
         )),

    # --- shelftalk.example: a podcast for new librarians (Podbean) ----------------------------------------------
    Work(PODBEAN, "/e/ep-41-mentoring-across-time-zones/", "article", 3,
         "Ep. 41: Mentoring across time zones with the #GLAMmentors crew", "Shelf Talk", "2024-03-07", (
             "This week we talk with three organisers of #GLAMmentors, a volunteer mentoring network for people "
             "in galleries, libraries, archives and museums that runs almost entirely online.",
             "Aroha, Sunil and Beth explain how the network started as a hashtag during lockdown, how they match "
             "mentors and mentees through a simple form and a Slack workspace, and what they learned when "
             "half the community moved from Twitter to Mastodon and Bluesky in a month.",
             "We also get into the hard parts: mentoring across twelve time zones, what to do when a mentoring "
             "pair goes quiet, and why they ask every mentee to mentor someone else within two years.",
             "Transcript excerpt - Beth: \"The hashtag was never the mentoring. It was the front door. The "
             "mentoring happened in the DMs and the video calls after.\"",
             "Links: the #GLAMmentors sign-up form; Sunil's post on running a mentoring Slack; our episode 22 on "
             "imposter syndrome.",
         )),
    Work(PODBEAN, "/e/ep-40-negotiating-your-first-salary/", "article", 1,
         "Ep. 40: Negotiating your first library salary", "Shelf Talk", "2024-02-22", (
             "Can you negotiate a library salary when the range is published and set by the city? Our guest, a "
             "former HR director turned library consultant, says often yes, just not always on money.",
             "We cover step placement, asking for professional development funds instead, moving expenses, and "
             "the one sentence to say when they tell you the range is fixed.",
             "Our guest also mentions that she got her own first negotiation advice from a mentor she found in a "
             "LinkedIn group, which is a story for another episode.",
             "Links: salary surveys; the union contract mentioned in the episode.",
         )),
    Work(PODBEAN, "/e/ep-39-reverse-mentoring/", "article", 2,
         "Ep. 39: Reverse mentoring - what early-career staff teach their managers", "Shelf Talk", "2024-02-08", (
             "In reverse mentoring, the newer staff member mentors the more senior one. Our guests run a reverse "
             "mentoring program at a large urban library system, pairing library assistants in their twenties "
             "with branch managers.",
             "They talk about setting ground rules so that a manager does not end up evaluating their own "
             "mentor, what the managers learned (a lot about gaming, accessibility, and how teens actually use "
             "the library), and what the assistants got out of it: visibility and confidence.",
             "We also hear from a branch manager who admits she nearly quit the program after the first "
             "awkward meeting.",
         )),
    Work(PODBEAN, "/e/ep-38-listener-mailbag/", "article", 0, "Ep. 38: Listener mailbag", "Shelf Talk",
         "2024-01-25", (
             "You sent questions; we answer them. Is it okay to genrefy a middle school collection? How do you "
             "handle a patron who insists on reading aloud in the quiet room? What's the best way to store "
             "puppets?",
             "Plus our favourite books of the winter, and a correction to episode 36: the Dewey number for "
             "knitting is 746.432, not 746.92.",
         )),
    Work(PODBEAN, "/e/ep-37-pln-solo-librarian/", "article", 3,
         "Ep. 37: Building a PLN when you're the only librarian in the building", "Shelf Talk", "2024-01-11", (
             "Solo school librarians often have nobody down the hall who knows what they do. Our guest, Keisha "
             "Morton, is the only librarian for a K-12 district of three schools, and she built her own "
             "personal learning network and a set of mentors online.",
             "Keisha talks about the Facebook groups for school librarians she relies on, the weekly "
             "#tlchat on X that she credits with her first real mentor, and why she now hosts a monthly "
             "online meetup where experienced solo librarians take questions from people in their first year.",
             "She is frank about the limits: algorithm changes, groups that turn into complaint boards, and the "
             "fact that online mentors can't see your building. Her advice is to have a few mentors in "
             "different places and to give back as soon as you can.",
             "Links: Keisha's meetup sign-up; the school librarian Facebook groups she mentions.",
         )),

    # --- tix.example: ticketed events (Eventbrite) -----------------------------------------------------------
    Work(EVB, "/e/mentoring-circles-for-new-archivists-tickets-812345670011", "article", 3,
         "Mentoring Circles for New Archivists (online)", "Midwest Archives Collective", "2024-04-10", (
             "Mentoring Circles pairs archivists in their first five years with experienced colleagues in small "
             "online groups. Each circle has two mentors and four to five mentees, meets on Zoom once a month "
             "from April to September, and keeps talking in between in a shared Slack channel.",
             "This kick-off session introduces the program, the mentors and the circle topics (processing, "
             "digital preservation, outreach, job searching). After registration you will get a short form to "
             "rank the topics; we match circles by the end of the session.",
             "Mentors are volunteers recruited through the Collective's listserv and our Mastodon account; "
             "mentees may be students, paraprofessionals or archivists in any kind of repository.",
             "Free. Captions provided. Please note that circle conversations are confidential.",
         )),
    Work(EVB, "/e/libchat-live-mentor-speed-networking-tickets-812345670022", "article", 1,
         "#LibChat Live: Mentor Speed-Networking", "LibChat Community", "2024-03-21", (
             "Join the #LibChat community for an hour of mentor speed-networking! Five-minute video chats with "
             "librarian mentors, then keep the conversation going on the hashtag. Free, online. Mentees and "
             "mentors of all career stages welcome.",
         )),
    Work(EVB, "/e/storytime-training-for-volunteers-tickets-812345670033", "article", 0,
         "Storytime Training for Volunteers", "Millbrook Public Library", "2024-03-09", (
             "Want to read to preschoolers at the library? This two-hour training covers choosing picture books, "
             "songs and fingerplays, managing a room of wiggly three-year-olds, and our safety policies.",
             "Held in the Children's Room at Main Library. Volunteers must be 16 or older and complete a "
             "background check before their first storytime.",
         )),
    Work(EVB, "/e/library-career-day-meet-mentors-tickets-812345670044", "article", 1,
         "Library Career Day: Meet Mentors from Academic and Public Libraries", "State Library Association",
         "2024-04-27", (
             "Thinking about a library career? Meet working librarians, ask questions and sign up for the "
             "association's mentoring program. Coffee and lunch provided. Capitol City Central Library, "
             "Room B.",
         )),

    # --- cohortdocs.example: a consortium's online mentoring handbook (Sphinx, Read the Docs) ---------------------
    Work(SPHINX, "/en/latest/overview.html", "article", 3, "Program overview", "Tri-County Library Consortium",
         "2024-01-08", (
             "The Peer Mentoring Cohort is the consortium's online mentoring program for library staff in their "
             "first three years, from circulation assistants to new branch managers. It replaced our in-person "
             "mentoring lunches, which few rural staff could reach.",
             "Each cohort runs for nine months. Participants are matched with a mentor from another member "
             "library and join a cohort of about twenty people in our Slack workspace, where mentors and mentees "
             "share questions, resources and small wins between monthly video meetings.",
             "Mentors are experienced staff who volunteer two hours a month. They are asked to keep "
             "confidences, to answer in the shared channels where an answer could help others, and to move "
             "to private messages for anything personal.",
             "This handbook explains how matching works, how we use Slack, and the code of conduct. It is "
             "maintained by the program coordinators; suggest changes with the Edit link on any page.",
         )),
    Work(SPHINX, "/en/latest/matching.html", "article", 3, "Matching mentors and mentees",
         "Tri-County Library Consortium", "2024-01-08", (
             "Matching happens twice a year. Mentees fill in an intake form about their role, goals and the way "
             "they like to communicate (text chat, video, or both). Mentors fill in a similar form.",
             "Coordinators propose matches; mentees see a short profile of their proposed mentor and can ask "
             "for another match with no explanation needed. Pairs then introduce themselves in the "
             "#introductions channel on Slack and agree on a first video call within two weeks.",
             "We try not to match people from the same library, or where one reports to the other. Many "
             "mentees ask for a mentor who has done the same job in a small branch; we prioritise that.",
             "If a pair stops meeting, either person can tell a coordinator, and we rematch without fuss. "
             "Online mentoring drifts more easily than in-person mentoring; that is normal.",
         )),
    Work(SPHINX, "/en/latest/slack.html", "article", 3, "Using the Slack workspace",
         "Tri-County Library Consortium", "2024-01-08", (
             "The cohort's Slack workspace is where most of the mentoring happens between calls. Channels: "
             "#introductions, #ask-a-mentor (questions anyone can answer), #wins, #reading (articles and "
             "webinars), and one private channel per cohort.",
             "Mentors: please answer in #ask-a-mentor whenever the answer is not personal, so that other mentees "
             "learn from it. Mentees: it's fine to ask the same question twice; the archive is hard to search.",
             "Set your notifications so the workspace does not follow you home. Many mentors set Slack to "
             "quiet hours after 6 p.m.; please don't expect replies at night.",
             "Use threads. Use alt text on images. Don't share patron information, ever.",
         )),
    Work(SPHINX, "/en/latest/conduct.html", "article", 1, "Code of conduct", "Tri-County Library Consortium",
         "2024-01-08", (
             "We are committed to a respectful and harassment-free experience for everyone, regardless of "
             "gender, sexual orientation, disability, appearance, race, age, religion or job title.",
             "Unacceptable behaviour includes harassment, intimidation, discriminatory jokes, sharing others' "
             "private messages without consent, and disclosing patron or personnel information.",
             "This applies to every space of the program, including the mentoring channels and video calls.",
             "Report concerns to any coordinator. Reports are handled confidentially and promptly.",
         )),
    Work(SPHINX, "/en/latest/accessibility.html", "article", 0, "Accessibility statement",
         "Tri-County Library Consortium", "2024-01-08", (
             "This documentation is built with Sphinx and published on Read the Docs. We aim to meet WCAG 2.1 "
             "level AA.",
             "Known issues: some older PDF attachments are not tagged; code blocks may be read character by "
             "character by some screen readers.",
             "If something here is hard to use, tell us on the Contact page and we will provide it in another "
             "format.",
         )),
]

WORKS: dict[str, Work] = {w.host + w.path: w for w in _W}

# pages that are not works: (host, path, kind), grade 0 whatever they say
OTHER: list[tuple[str, str, str]] = [
    (OCEAN, "/", "home"), (OCEAN, "/page/2/", "listing"), (OCEAN, "/category/staff-development/", "category"),
    (OCEAN, "/category/library-news/", "category"), (OCEAN, "/tag/mentoring/", "tag"),
    (OCEAN, "/?s=mentor", "search"), (OCEAN, "/author/marcus-oyelaran/", "profile"), (OCEAN, "/about/", "about"),
    (OCEAN, "/contact/", "contact"), (OCEAN, "/events/", "error"),
    (DW, "/", "home"), (DW, "/?skip=10", "listing"), (DW, "/tag/library+school", "tag"),
    (DW, "/tag/mentors", "tag"), (DW, "/profile", "profile"),
    (MISSKEY, "/", "home"), (MISSKEY, "/@solene", "profile"), (MISSKEY, "/@tkoenig", "profile"),
    (MISSKEY, "/tags/librarymentors", "tag"), (MISSKEY, "/about", "about"),
    (FLARUM, "/", "home"), (FLARUM, "/t/career-development", "category"), (FLARUM, "/t/technical-services", "category"),
    (FLARUM, "/u/theo.r", "profile"), (FLARUM, "/u/quietstacks", "profile"), (FLARUM, "/?q=mentor", "search"),
    (FIG, "/", "home"), (FIG, "/search?q=library%20mentoring", "search"),
    (FIG, "/authors/Adaeze_Nwosu/17402285", "profile"),
    (FIG, "/browse/categories/Library_and_information_studies", "category"),
    (SCIELO, f"/scielo.php?script=sci_serial&pid={SC_J}&lng=es&nrm=iso", "home"),
    (SCIELO, f"/scielo.php?script=sci_issuetoc&pid={SC_ISSUE}&lng=es&nrm=iso", "listing"),
    (SCIELO, f"/scielo.php?script=sci_issues&pid={SC_J}&lng=es&nrm=iso", "listing"),
    (SCIELO, "/cgi-bin/wxis.exe/iah/?IsisScript=iah/iah.xis&base=article&lang=e&exprSearch=mentoria", "search"),
    (SCIELO, "/revistas/rbd/eaboutj.htm", "about"),
    (ARC, "/", "home"), (ARC, "/news/local/", "category"), (ARC, "/people/dana-whitfield/", "profile"),
    (ARC, "/topics/libraries/", "tag"), (ARC, "/search/?query=library", "search"),
    (ARC, "/news/local/2019/06/02/library-summer-hours/", "error"),
    (PODBEAN, "/", "home"), (PODBEAN, "/page/2/", "listing"), (PODBEAN, "/category/career/", "category"),
    (EVB, "/", "home"), (EVB, "/o/midwest-archives-collective-61234567890", "profile"),
    (EVB, "/d/online/library-mentoring/", "search"),
    (SPHINX, "/en/latest/index.html", "home"), (SPHINX, "/en/latest/genindex.html", "listing"),
    (SPHINX, "/en/latest/search.html", "search"), (SPHINX, "/en/latest/contact.html", "contact"),
    (SPHINX, "/en/latest/faq/discord-setup.html", "error"),
]
