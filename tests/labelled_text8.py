"""What the pages of the eighth labelled web say (:mod:`tests.labelled_web8`),
and their labels.

Written for web 8 alone, without reading scan's code, its topic's keywords,
the other webs' texts or page builders, or scan's tests of kinds and
ranking. Each work is a :class:`Work`: where it is served, its kind, the
grade a reader gives it, and what it says (a thread's posts carry their
authors in ``by``). :data:`OTHER` lists the pages that are not works
(grade 0 whatever they say) with their kinds. Both were written, and
committed, before the web's pages were built.

Voices vary on purpose: a health sciences librarian's blog, a phpBB board
of library staff, a Q&A site, a library-school wiki, preprint abstracts,
Bluesky posts, a consultancy's marketing copy, Meetup event blurbs, an
association's online community, a university news office.
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


BLOCKSY, PHPBB, QA, WIKI, OSF = "signals.example", "circdesk.example", "libqa.example", "lswiki.example", \
    "lissa.example"
BSKY, WEBFLOW, MEETUP, HL, CASCADE = "bsky.example", "shelfwise.example", "meetup.example", "connect.example", \
    "ischool.example"

W: dict[str, Work] = {}


def work(key, host, path, kind, grade, title, author, date, paras, by=()):
    assert key not in W, key
    W[key] = Work(host, path, kind, grade, title, author, date, tuple(paras), tuple(by))


# --- signals.example: "Stacks & Signals", a health sciences librarian's blog (WordPress, Blocksy) --------

work("slack-matching", BLOCKSY, "/what-a-slack-workspace-taught-me-about-mentoring/", "article", 3,
     "What a Slack workspace taught me about mentoring", "Nadia Okafor", "2024-02-12", [
         "Three years ago a handful of us who had just started as hospital librarians set up a Slack workspace, "
         "mostly so we would have somewhere to complain about link resolvers. It now has a little over four hundred "
         "members, and the channel that gets the most traffic is not #link-resolvers. It is #pairing, where people "
         "who want a mentor post a short introduction and people willing to mentor reply.",
         "I was one of the first to volunteer on the mentor side, which felt presumptuous at the time: I had six "
         "years in the job. It turned out that was exactly what a solo librarian in a rural critical-access hospital "
         "needed. She did not want a famous name. She wanted someone who had survived a Joint Commission visit and "
         "could tell her which of the library's policies actually mattered.",
         "What surprised me is how much of our relationship lives in direct messages rather than in scheduled calls. "
         "We do have a monthly video chat, but the real mentoring happens when she sends a screenshot of a "
         "clinician's search request at 4pm and asks whether she is overthinking it. A two-line reply from me, in "
         "the moment, seems to be worth more than an hour of advice a week later.",
         "The workspace also changed how I think about who counts as a mentor. Half the help my mentee gets comes "
         "from the wider channel: someone answers a question about MeSH headings, someone else shares a template "
         "for a library annual report. I am one node in her network, not the whole of it, and that takes a lot of "
         "pressure off both of us.",
         "If you are thinking of starting something similar for your own corner of the profession, my advice is: "
         "keep the pairing lightweight (a pinned post with three questions is enough), ask mentors to commit to six "
         "months rather than forever, and make a habit of thanking people in public. Mentoring in a shared space "
         "is visible, and visibility is what convinces the next person to ask.",
     ])

work("remote-mentee", BLOCKSY, "/my-first-year-as-a-remote-mentor/", "article", 3,
     "My first year as a remote mentor", "Nadia Okafor", "2024-05-30", [
         "Last spring a library school student in Winnipeg messaged me on Mastodon. She had read a thread I wrote "
         "about expert searching for systematic reviews and wanted to know whether hospital librarianship was a "
         "sensible career or a slow way to get laid off. We have been talking ever since, and I think it is time "
         "I wrote down what a year of mentoring someone I have never met looks like.",
         "We started in public. She would reply to my posts with questions, I would answer, and other people "
         "would pile in with their own takes. That was useful for her, because she heard from a dozen librarians "
         "instead of one, but it was not private enough for the questions that mattered, like whether to take an "
         "unpaid practicum. So we moved to a shared document and a call every third Sunday.",
         "The shared document has turned out to be the heart of it. She writes down what she is stuck on before "
         "each call; I add links and names of people to follow. By now it is forty pages long and reads like a "
         "map of her professional network: who she met through which hashtag, which webinar led to which "
         "introduction, which listserv thread she wants to reply to but is nervous about.",
         "Some things did not work. Time zones are manageable, but platform hopping is not: when half the "
         "library folks we both followed moved to Bluesky, our public conversation split in two and I lost track "
         "of who she was talking to. We have agreed to keep the private side in one place no matter what the "
         "public side does.",
         "She graduates in August and has an offer from a teaching hospital. I asked her what she would tell "
         "another student thinking of reaching out to a stranger online for mentoring. Her answer: write the "
         "message as if they will say yes, because they usually do.",
     ])

work("mla-recap", BLOCKSY, "/notes-from-mla-2024/", "article", 1,
     "Notes from the annual meeting", "Nadia Okafor", "2024-05-14", [
         "Portland was rainy and the convention centre was cold, which is to say it was a normal spring meeting. "
         "I went mostly for the systematic review sessions and was not disappointed.",
         "The best paper I saw compared peer review of search strategies across three institutions. The PRESS "
         "checklist still catches the same handful of errors: missing synonyms, truncation in the wrong place, "
         "and subject headings that were exploded when they should not have been.",
         "The exhibit hall was smaller than last year. Two vendors were demonstrating AI-generated search "
         "strategies, and both produced strategies with hallucinated MeSH terms within five minutes of my asking. "
         "I was polite about it.",
         "On the last evening a group of us who met through a mentoring thread on social media years ago had "
         "dinner together, and it was strange and lovely to hear voices attached to avatars.",
         "Slides from my own poster on search filter validation are on the conference site, and I am happy to send "
         "the data to anyone who asks.",
     ])

work("filters", BLOCKSY, "/systematic-review-search-filters-updated/", "article", 0,
     "Our search filters, updated for 2024", "Nadia Okafor", "2024-01-09", [
         "Every January I go back through the search filters we publish for our hospital's clinicians and check "
         "them against the current versions of the databases. This year three needed changes.",
         "The randomized controlled trial filter for Ovid MEDLINE now includes the publication type for pragmatic "
         "clinical trials. Recall against our test set of 212 trials went from 97.2 to 98.6 per cent, with a small "
         "loss of precision that I think is worth it.",
         "The qualitative research filter for CINAHL lost two lines that had stopped retrieving anything after "
         "the subject heading changes last year. The Embase network meta-analysis filter gained a line for "
         "indirect treatment comparisons.",
         "As always, the filters are free to use and adapt. If you validate them against your own test set, I "
         "would love to hear how they performed.",
     ])

work("left-twitter", BLOCKSY, "/why-i-left-twitter-and-where-my-network-went/", "article", 2,
     "Why I left Twitter, and where my network went", "Nadia Okafor", "2023-11-20", [
         "For about ten years, Twitter was the place where I learned my job. I found the expert searchers, "
         "followed their arguments about hedges and filters, and learned more from watching them disagree than "
         "from any course. My personal learning network, to use the phrase we used in library school, lived there.",
         "I deleted my account this autumn. I will not rehearse the reasons. What I want to write about is what "
         "happened to the learning.",
         "The honest answer is that it scattered. Some of the people I learned from are on Mastodon, mostly on "
         "two or three instances run by librarians and academics. Others went to Bluesky, and a few stayed behind. "
         "The medical librarians mostly retreated to our listserv and a couple of Slack workspaces, which are "
         "searchable in ways a timeline never was, but which are also closed to the students and newcomers who "
         "used to wander in.",
         "I have started keeping a plain list of the people whose thinking I rely on, with where to find each of "
         "them now. It is a bit sad to see a network reduced to a spreadsheet. It is also the first time I have "
         "looked at it deliberately, and I noticed how few of the voices were from outside North America.",
         "I do not know where this settles. For now I am reading more blogs again, replying to more listserv "
         "threads, and trying to remember that the network was always the people and not the platform.",
     ])

work("instagram", BLOCKSY, "/our-library-instagram-redesign/", "article", 0,
     "Redesigning our library's Instagram", "Nadia Okafor", "2023-09-18", [
         "Our hospital library has had an Instagram account since 2019, and until this summer it was mostly "
         "photos of new books on a cart. Our communications office asked every department to refresh its social "
         "media presence, so we did.",
         "We now post three times a week: a Monday tip on a database feature, a Wednesday photo from around the "
         "library, and a Friday story poll. Stories get about four times the views of grid posts, which matches "
         "what the comms team told us.",
         "The biggest win was the reels explaining interlibrary loan in thirty seconds. Requests from nursing went "
         "up by a fifth in the following month. The biggest flop was a carousel about citation managers.",
         "If any other hospital libraries want our content calendar template, drop me a line.",
     ])

work("call-mentors", BLOCKSY, "/call-for-mentors-medlib-circle/", "article", 1,
     "Call for mentors: the medlib circle", "Nadia Okafor", "2024-08-02", [
         "The medlib mentoring circle is looking for mentors for its autumn cohort. Mentees are early-career "
         "health sciences librarians; pairs meet online, mostly over Slack and video, from September to February.",
         "Sign up with the form in the #pairing channel by 30 August. Questions? Reply here or find me on Mastodon.",
     ])

# --- circdesk.example: "Circ Desk", a phpBB board for library staff --------------------------------

work("fb-mentor", PHPBB, "/forum/viewtopic.php?t=112", "post", 3,
     "Anyone else find their mentor through a Facebook group?", "dani_reads", "2024-03-04", [
         "Genuine question. I'm in my second year as a library assistant, working toward the MLIS part time, and "
         "the most useful career help I've had came from a woman I met in one of the big library Facebook groups. "
         "She answered a post of mine about interviewing for a children's position and we've been messaging "
         "every couple of weeks since. She basically mentors me, though neither of us has called it that. Is this "
         "common? Is it weird that my actual mentor at work is less help than a stranger?",
         "Not weird at all. Mine came from the old LIS Twitter crowd about eight years ago. We still do a call "
         "every few months. The thing with an assigned mentor at work is they are also part of your chain of "
         "command, so you can't ask them the real questions. Someone outside your system can tell you your "
         "director is being unreasonable.",
         "Same here but Discord. There's a server for library workers with a #career-advice channel and one of "
         "the regulars there more or less adopted me when I was job hunting. She read every cover letter I wrote "
         "that year. I don't think I'd have my current job without her.",
         "Mild word of caution from an old-timer: the groups are great but check who you're taking advice from. "
         "I've seen some confidently wrong stuff about salaries and union rules in the big Facebook groups. Find "
         "one or two people whose judgement you trust and build the relationship with them, like you did. That's "
         "a mentor, whatever the platform.",
         "Thanks all, this is reassuring. I'm going to ask her whether she'd be up for something a bit more "
         "regular. And I'll look for that Discord.",
     ], by=["dani_reads", "circ_marta", "bookcart_kim", "ILSadmin_Ray", "dani_reads"])

work("koha-sip2", PHPBB, "/forum/viewtopic.php?t=97", "post", 0,
     "Koha upgrade broke our SIP2 connection", "ILSadmin_Ray", "2024-02-19", [
         "Upgraded from 23.05 to 23.11 over the weekend and now the self-check machines can't log in over SIP2. "
         "The SIPServer log shows the login message arriving and then nothing. Config file unchanged. Anyone "
         "seen this?",
         "Check whether the upgrade reset the permissions on the SIP user. We had the same thing, the patron "
         "account the kiosks use had lost the circulate permission.",
         "That was it. Permission was gone. Thank you, you saved me a very long Monday.",
     ], by=["ILSadmin_Ray", "circ_marta", "ILSadmin_Ray"])

work("reddit-advice", PHPBB, "/forum/viewtopic.php?t=130", "post", 2,
     "Is r/Librarians any good for career advice?", "bookcart_kim", "2024-04-11", [
         "I've been reading r/Librarians and r/LibraryScience for a while. Some of it is great, some of it is "
         "people venting about patrons. For those of you who've used it, did it actually help you learn anything "
         "about the job or your career?",
         "Honestly yes, but not the front page. Search old threads. The questions about MLIS programs, salary "
         "negotiation, and what a day in technical services looks like have been asked a hundred times and the "
         "good answers are there. I learned more about academic job searches from reading those threads than "
         "from my program's career office.",
         "I'd say it's good for getting a feel for the profession and bad for specifics. Every system is "
         "different. I use it alongside the state association listserv and a couple of people I follow on "
         "Bluesky who post about cataloging. Between those three I pick up a lot.",
         "Agree with the above. Also the weekly 'ask a librarian anything' threads are surprisingly good for "
         "library workers, not just patrons. Someone explained RDA relationship designators to me there better "
         "than my cataloging professor did.",
     ], by=["bookcart_kim", "circ_marta", "dani_reads", "ILSadmin_Ray"])

work("drill-team", PHPBB, "/forum/viewtopic.php?t=121", "post", 1,
     "Book cart drill team video!", "circ_marta", "2024-03-22", [
         "Our branch finally did it: six book carts, one very patient children's librarian choreographing, and a "
         "routine to a marching band version of a pop song I will not name. The video is on the library's page. "
         "Practice took three weeks of lunch breaks.",
         "This is amazing. The spin at the end! We tried this in 2019 and a cart lost a wheel in rehearsal.",
         "Love it. My old mentor from the Twitter library chat days used to say every branch needs one ridiculous "
         "project a year, and this is yours.",
         "Ha, thanks. The wheels are the real problem, we replaced four before filming.",
     ], by=["circ_marta", "bookcart_kim", "dani_reads", "circ_marta"])

# --- libqa.example: a Stack Exchange site for libraries and information science -----------------------

work("only-librarian", QA, "/questions/2817/how-do-i-find-a-mentor-when-im-the-only-librarian-in-my-county",
     "post", 3, "How do I find a mentor when I'm the only librarian in my county?", "quietstacks", "2023-10-03", [
         "I run a small public library in a rural county. I'm the only person with a library degree for about "
         "ninety miles. My state library has a formal mentoring program but the waiting list is over a year. "
         "Where else can a solo librarian find a mentor, and how do you approach someone you only know online?",
         "Look at the online communities before the formal programs. Most states have a listserv for small and "
         "rural libraries, and the people who reply most helpfully there are often happy to talk one to one. The "
         "Association for Rural and Small Libraries also runs an online community where people ask exactly this. "
         "When you approach someone, be concrete: say what you are stuck on and suggest a single thirty-minute "
         "call, not an open-ended relationship. Most mentoring relationships I know started as one call that went "
         "well.",
         "I'll add LinkedIn, which people underrate for this. Search for library directors in similar-sized "
         "systems, read what they post, comment thoughtfully for a few weeks, then send a message. I found my "
         "current mentor that way. It felt awkward, and it worked.",
         "Another option is peer mentoring rather than one senior mentor. A few of us solo librarians in "
         "different states have a group chat on Signal and a video call once a month. Nobody is the expert; we "
         "take turns bringing a problem. It covers a lot of what a mentor would, and you are never waiting on "
         "one busy person.",
     ], by=["quietstacks", "marisol_lib", "ref_desk_tom", "marisol_lib"])

work("linkedin-ask", QA, "/questions/3042/is-it-appropriate-to-ask-someone-i-follow-on-linkedin-to-mentor-me",
     "post", 3, "Is it appropriate to ask someone I follow on LinkedIn to mentor me?", "ref_desk_tom",
     "2024-01-17", [
         "I'm an MLIS student interested in academic libraries. There is a head of research services whose "
         "LinkedIn posts I've followed for about a year; she writes about instruction and assessment and I've "
         "learned a lot. We've never interacted. Would it be strange to message her and ask whether she'd "
         "consider mentoring me? If not, how should I phrase it?",
         "Not strange, but don't lead with the word mentor. It sounds like a big commitment and people say no to "
         "big commitments. Comment on a couple of her posts with real questions first, so your name is familiar. "
         "Then message her about something specific she wrote and ask whether she'd be open to a short call. If "
         "the call goes well, ask whether you can check in again in a couple of months. That is mentoring; you "
         "just didn't call it that at the start.",
         "As someone who gets these messages: I say yes to students who have clearly read my work and ask a "
         "focused question. I say no to messages that are copy-pasted. Mention her posts. Also look at whether "
         "she is active in any library Slack or Discord communities, because a conversation in a shared channel "
         "is an easier first step for both of you than a cold message.",
     ], by=["ref_desk_tom", "marisol_lib", "quietstacks"])

work("marc-translated", QA, "/questions/1955/which-marc-field-for-a-translated-title", "post", 0,
     "Which MARC field for a translated title?", "marisol_lib", "2022-06-08", [
         "I'm cataloging a Spanish novel that has an English translated title printed on the verso. Does the "
         "translated title go in 242 or 246? The LC documentation seems to discourage 242 now.",
         "For RDA records, use 246 with second indicator 1 and a subfield i if you want a display phrase. 242 is "
         "a translation of title by the cataloging agency, which is not your situation: the title is on the "
         "piece.",
     ], by=["marisol_lib", "quietstacks"])

work("podcast-serials", QA, "/questions/3118/should-podcasts-be-cataloged-as-serials", "post", 0,
     "Should podcasts be cataloged as serials?", "quietstacks", "2024-02-02", [
         "Our library wants to add a few local podcasts to the catalog. Are they integrating resources, serials, "
         "or should each episode be a separate record?",
         "Most libraries I know catalog the podcast as a whole as a serial (an ongoing resource issued in "
         "successive parts), with a link to the feed. Individual episode records only make sense for local "
         "history episodes you are preserving.",
         "Agree. Use a 310 for frequency if it is regular, and 588 for the source of description.",
     ], by=["quietstacks", "ref_desk_tom", "marisol_lib"])

# --- lswiki.example: a library-school wiki on MediaWiki ---------------------------------------------

work("wiki-mentoring", WIKI, "/wiki/Mentoring_in_librarianship", "article", 2,
     "Mentoring in librarianship", "LibCareerWiki contributors", "2024-03-11", [
         "Mentoring in librarianship is a developmental relationship in which a more experienced library worker "
         "supports the professional growth of a less experienced one. In libraries it is commonly tied to "
         "recruitment, retention and, in academic libraries, to tenure and promotion.",
         "Formal programmes. Many associations run matched programmes in which mentors and mentees apply, are "
         "paired by a committee, and agree goals for a fixed period, usually a year. University libraries with "
         "faculty status for librarians often assign a mentor to each new hire for the tenure track.",
         "Informal mentoring. Much mentoring in the profession is never labelled as such: a supervisor who "
         "explains how the budget really works, a colleague at another institution who reads job applications. "
         "Studies of academic librarians report that informal relationships are rated as more helpful than "
         "assigned ones.",
         "Peer and group mentoring. In peer mentoring, colleagues at a similar career stage support one another; "
         "in group mentoring one or more experienced librarians meet a cohort. Both are used to spread the load "
         "in small systems with few senior staff.",
         "Reverse mentoring. Newer staff mentor senior colleagues, typically on technology or on the experience of "
         "younger users.",
         "Criticism. Writers have pointed out that mentoring programmes can reproduce the profession's lack of "
         "diversity when mentors choose mentees who resemble them, and that the unpaid labour of mentoring falls "
         "disproportionately on librarians of colour.",
     ])

work("wiki-pln", WIKI, "/wiki/Personal_learning_network", "article", 3,
     "Personal learning network", "LibCareerWiki contributors", "2024-04-02", [
         "A personal learning network (PLN) is the set of people and sources a professional chooses to learn from, "
         "usually maintained through social media and online communities. In librarianship the term became common "
         "around 2010, when library workers described Twitter, blogs and Google Reader as the place where they kept "
         "up with the field.",
         "PLNs and mentoring. Library literature describes the PLN as a setting for networked or distributed "
         "mentoring: instead of one mentor, a newcomer draws advice from many people, some of whom become closer "
         "mentors over time. New librarians report finding mentors through replies to their questions on "
         "Twitter, in Facebook groups for new professionals, and in Slack workspaces for particular specialties.",
         "Hashtag chats such as #libchat and #uklibchat in the 2010s were described by participants as a form of "
         "group mentoring, where experienced librarians answered newcomers' questions in public. See Hashtag "
         "chats in librarianship.",
         "Platforms. After 2022 many library workers moved parts of their networks from Twitter to Mastodon and "
         "later Bluesky. Discord servers, Reddit communities and association platforms on Higher Logic are also "
         "used. LinkedIn is used mostly for mentoring around job searches and leadership.",
         "Building a PLN. Course advice in this wiki: follow widely, then narrow; ask questions in public; answer "
         "other people's questions; and turn a good public exchange into a private conversation when it could "
         "become a mentoring relationship.",
     ])

work("wiki-chats", WIKI, "/wiki/Hashtag_chats_in_librarianship", "article", 3,
     "Hashtag chats in librarianship", "LibCareerWiki contributors", "2024-04-02", [
         "Hashtag chats were scheduled conversations on Twitter in which participants answered a moderator's "
         "numbered questions using a shared hashtag. Library chats ran from about 2011 and included #libchat, "
         "#uklibchat, #critlib, #medlibs and #txlchat.",
         "Format. A chat usually lasted an hour. The moderators posted questions (Q1, Q2...) and participants "
         "replied with A1, A2. Archives were kept with Storify until it closed, then with spreadsheets.",
         "Mentoring role. Participants and researchers described the chats as informal mentoring spaces. "
         "Students and new professionals asked about job searching and workplace problems; experienced "
         "librarians answered and often followed up in direct messages. Several chats ran dedicated mentoring "
         "sessions where volunteers offered to be paired with newer members after the chat.",
         "Decline. Participation fell after 2018. Some chats moved to Slack or Discord, where conversations are "
         "not limited by character counts; #critlib continued as a reading group and an unconference.",
     ])

work("wiki-ddc", WIKI, "/wiki/Dewey_Decimal_Classification", "article", 0,
     "Dewey Decimal Classification", "LibCareerWiki contributors", "2023-12-01", [
         "The Dewey Decimal Classification (DDC) is a system of library classification first published by Melvil "
         "Dewey in 1876. It organizes knowledge into ten main classes, each divided into ten divisions and each "
         "division into ten sections.",
         "Structure. Notation is decimal: 500 is natural sciences, 510 mathematics, 516 geometry. Standard "
         "subdivisions such as -09 for history can be added to most numbers.",
         "Use. DDC is used by most public and school libraries in the United States. It is maintained by OCLC and "
         "published as WebDewey.",
     ])

work("wiki-chatref", WIKI, "/wiki/Virtual_reference", "article", 0,
     "Virtual reference", "LibCareerWiki contributors", "2024-01-22", [
         "Virtual reference is reference service delivered through electronic channels: e-mail, text messaging "
         "and chat. Chat reference became widespread in academic libraries in the early 2000s through "
         "consortial services such as QuestionPoint and later LibraryH3lp and LibChat.",
         "Staffing. Consortia share staffing so that a patron's chat is answered by whichever member library "
         "has a librarian on shift. Studies of transcripts find that students value speed and friendliness more "
         "than completeness.",
         "Social media. Some libraries answer questions through their social media accounts, but this is usually "
         "handled by communications staff rather than the reference desk.",
     ])

# --- lissa.example: LIS Scholarship Archive preprints on OSF ----------------------------------------

work("preprint-networked", OSF, "/preprints/lissa/7hqyd", "journal-article", 3,
     "Networked mentoring among early-career academic librarians: a survey of social media and online "
     "community use", "Hannah Lindqvist; Tomás Ferreira", "2024-06-19", [
         "Mentoring is widely recommended for early-career academic librarians, yet formal programmes reach only a "
         "fraction of them. This study asked where early-career librarians actually find mentoring. We surveyed "
         "412 academic librarians in their first five years of practice in the United States, Canada and the "
         "United Kingdom about the people they turn to for career advice and the channels through which they "
         "reach them.",
         "Seventy-one per cent reported at least one mentoring relationship that began or is maintained online. "
         "The most frequently named channels were Slack and Discord workspaces (38%), LinkedIn (31%), Twitter/X "
         "before 2023 (29%), Mastodon or Bluesky (22%) and professional listservs (20%). Respondents from "
         "under-represented groups were more likely to report online mentors than assigned mentors at their "
         "institutions.",
         "Qualitative responses describe a pattern we call networked mentoring: advice gathered from many people in "
         "open channels, which narrows over time into one or two closer relationships conducted by direct message "
         "and video call. We discuss implications for associations that run mentoring programmes and for library "
         "schools preparing students to build professional networks.",
         "Keywords: mentoring; academic librarians; social media; online communities; early-career; survey",
     ])

work("pdf-networked", OSF, "/7hqyd/download", "document", 3,
     "Networked mentoring among early-career academic librarians (preprint PDF)", "Hannah Lindqvist; "
     "Tomás Ferreira", "2024-06-19", [
         "Networked mentoring among early-career academic librarians: a survey of social media and online "
         "community use. Hannah Lindqvist and Tomás Ferreira. Preprint, LIS Scholarship Archive, June 2024.",
         "Introduction. Library associations have promoted mentoring as a remedy for the isolation and high "
         "turnover of new academic librarians for four decades. Most of that literature assumes a matched pair "
         "inside one institution or one association. Yet new librarians increasingly describe mentors they met on "
         "Twitter, in Slack workspaces for their specialty, in Facebook groups or in Discord servers.",
         "Method. We distributed an online survey through association lists and social media between October and "
         "December 2023 and received 412 complete responses from librarians in their first five years.",
         "Findings. 71% reported an online mentoring relationship. Slack and Discord were named by 38%, LinkedIn "
         "by 31%, Twitter/X by 29%, Mastodon or Bluesky by 22%, listservs by 20%. Those who found mentors online "
         "usually first asked a question in public and were answered by several people.",
         "Discussion. Networked mentoring complements formal programmes rather than replacing them. Associations "
         "could host open channels where mentors are visible, and library schools could teach students how to "
         "ask for help in online communities.",
     ])

work("preprint-scoping", OSF, "/preprints/lissa/e4bn2", "journal-article", 2,
     "Mentoring programmes in Canadian academic libraries: a scoping review", "Amélie Tremblay", "2023-11-02", [
         "Background: Canadian academic libraries have adopted mentoring programmes for new librarians, often "
         "linked to permanence or tenure review, but the literature describing them is scattered across "
         "association reports, conference proceedings and journal articles in English and French.",
         "Methods: Following JBI guidance for scoping reviews, we searched LISTA, LISA, Érudit and grey literature "
         "sources for reports of mentoring programmes in Canadian university and college libraries published "
         "from 2000 to 2023. Two reviewers screened 618 records; 34 were included.",
         "Results: Most programmes paired a new librarian with a senior colleague for one to two years; a third "
         "used group or peer models. Evaluation was rare and mostly limited to satisfaction surveys. Few reports "
         "addressed the mentoring of librarians from equity-deserving groups, and only two described mentoring "
         "across institutions.",
         "Conclusions: Programmes are common but poorly evaluated. We propose a minimum reporting set for future "
         "descriptions of library mentoring programmes.",
     ])

work("preprint-metadata", OSF, "/preprints/lissa/r9xwt", "journal-article", 0,
     "Metadata quality in Canadian institutional repositories: completeness and consistency of Dublin Core "
     "records", "Jun Park; Olivia Stewart", "2024-02-14", [
         "We harvested 48,210 Dublin Core records from 22 institutional repositories over OAI-PMH and measured the "
         "completeness and consistency of eleven elements.",
         "Title, creator and date were present in over 99% of records. Subject was present in 71%, and rights "
         "statements in only 38%. Date formats varied widely within single repositories.",
         "We recommend controlled vocabularies for subject and rights and validation of dates at deposit.",
         "Keywords: metadata quality; institutional repositories; Dublin Core; OAI-PMH",
     ])

work("pdf-metadata", OSF, "/r9xwt/download", "document", 0,
     "Metadata quality in Canadian institutional repositories (preprint PDF)", "Jun Park; Olivia Stewart",
     "2024-02-14", [
         "Metadata quality in Canadian institutional repositories. Jun Park and Olivia Stewart. Preprint, 2024.",
         "Introduction. Repository managers have long suspected that self-deposited records are less complete than "
         "mediated ones. We tested this across 22 repositories.",
         "Method. Records were harvested over OAI-PMH in oai_dc and each element scored for presence and format.",
         "Results. Subject 71% complete; rights 38%; dates in 14 distinct formats.",
         "Conclusion. Validation at deposit and controlled vocabularies would fix most of the problems we found.",
     ])

work("preprint-instagram", OSF, "/preprints/lissa/m2c8v", "journal-article", 1,
     "What public libraries post on Instagram: a content analysis of 120 accounts", "Priya Raman",
     "2024-03-27", [
         "Public libraries use Instagram to promote programmes and collections, but little is known about what "
         "they post. We coded 3,600 posts from 120 public library accounts in four countries by content type, "
         "format and engagement.",
         "Event promotion made up 41% of posts and collection displays 23%; behind-the-scenes posts about staff "
         "received the highest engagement per follower. Reels outperformed static images in every country.",
         "We did not examine staff's personal use of the platform, although interviews suggested some library "
         "workers also use it for professional networking and informal mentoring.",
         "Keywords: Instagram; public libraries; outreach; content analysis",
     ])

# --- bsky.example: Bluesky posts (the page a crawler gets: the post's text and its author) -------------

work("bsky-stranger", BSKY, "/profile/anareads.bsky.social/post/3kq2xv7lbn22a", "post", 3,
     "", "Ana Morales", "2024-03-19", [
         "Ten years ago a stranger answered my panicky #libchat question about a job interview and then kept "
         "answering my questions for a decade. We have met in person once. If you're new to libraries: ask in "
         "public. People here want to mentor you, they just need to know you exist. #librarymentors",
     ])

work("bsky-offer", BSKY, "/profile/anareads.bsky.social/post/3kt7mh4jw3c2e", "post", 1,
     "", "Ana Morales", "2024-05-02", [
         "Offering free 30-min mentoring chats for MLIS students & new library workers this summer. Reply or DM "
         "and I'll send a link. #librarymentors #libraryschool",
     ])

work("bsky-discord", BSKY, "/profile/medlibmarco.bsky.social/post/3kvbq5np2yk2s", "post", 3,
     "", "Marco Bellini", "2024-06-11", [
         "One year of running a Discord for new medical librarians: ~300 members, a #find-a-mentor channel that "
         "made 41 pairs, and the lesson that mentoring works best when mentees can also see other mentors "
         "answering in the open. Small spaces > big platforms.",
     ])

work("bsky-sourdough", BSKY, "/profile/medlibmarco.bsky.social/post/3kw4r2dqtd22y", "post", 0,
     "", "Marco Bellini", "2024-06-30", [
         "Day 6 of the sourdough starter. It smells like a gym bag and has doubled. I am told this is good.",
     ])

work("bsky-account", BSKY, "/profile/anareads.bsky.social/post/3kuxc3v5s6m2f", "post", 0,
     "", "Ana Morales", "2024-06-03", [
         "The Eastside Branch now has its own account! Follow @eastsidelibrary for storytime times, new arrivals "
         "and the odd cat photo.",
     ])

work("bsky-follow", BSKY, "/profile/medlibmarco.bsky.social/post/3kmzt6e5hhs2k", "post", 2,
     "", "Marco Bellini", "2024-02-08", [
         "Rebuilding my learning network here after leaving the old site. Library folks: reply with one person "
         "you learn the most from about cataloging, instruction, data services or accessibility, and I'll make a "
         "starter pack so newcomers can find them too.",
     ])

# --- shelfwise.example: "Shelfwise", a library consultancy's Webflow site ------------------------------

work("sw-distance", WEBFLOW, "/blog/mentoring-across-distance-what-works", "article", 3,
     "Mentoring across distance: what works for library teams", "Grace Whitfield", "2024-04-16", [
         "Library systems are spread out. A county system might have fourteen branches and one person in each who "
         "is the only cataloguer, the only teen librarian or the only manager under thirty. When we ask staff "
         "in our leadership workshops who they learn from, they rarely name someone down the hall. They name "
         "someone they found online.",
         "Over the past two years we have helped six library systems set up virtual mentoring schemes, and the "
         "pattern of what works is now clear enough to share.",
         "Meet people where they already talk. Schemes that asked staff to log in to a new mentoring platform "
         "died within a term. Schemes that used a channel in the Teams or Slack workspace staff already opened "
         "every morning kept going. One system simply created a private LinkedIn group for mentors and mentees "
         "across its branches, and it worked because everyone already had LinkedIn on their phones.",
         "Make the first contact public. A mentee posting a question in a shared channel, and a mentor answering "
         "it where others can see, builds trust faster than a matching form. Pairs then move to direct messages "
         "and monthly video calls.",
         "Look beyond your own organisation. The most valued mentors in our projects were often outside the "
         "library system entirely: people mentees had met through state association listservs, WhatsApp groups "
         "of rural librarians, or a Mastodon instance for library workers. We now encourage clients to count "
         "those relationships in their staff development plans rather than ignore them.",
         "If you would like our one-page checklist for setting up virtual mentoring, it is free on request.",
     ])

work("sw-culture", WEBFLOW, "/blog/building-a-mentoring-culture-in-your-library", "article", 2,
     "Building a mentoring culture in your library", "Grace Whitfield", "2023-10-05", [
         "Most libraries we work with have a mentoring programme on paper. Far fewer have a mentoring culture, "
         "where experienced staff routinely share what they know and newer staff feel able to ask.",
         "Start with managers. If supervisors treat coaching conversations as part of the job rather than a "
         "favour, staff follow. We ask managers to hold one development conversation per direct report per "
         "quarter that is not about performance.",
         "Protect the time. Mentors who mentor on their lunch break burn out. Put an hour a month on the rota.",
         "Reward it. Count mentoring in annual reviews and in promotion criteria, especially for paraprofessional "
         "staff whose career paths are often invisible.",
         "Mix the pairs. Cross-departmental pairings, circulation with cataloguing, children's with adult "
         "services, spread knowledge that a single-department pair would keep siloed.",
     ])

work("sw-ils", WEBFLOW, "/blog/choosing-an-ils-in-2025", "article", 0,
     "Choosing an ILS in 2025", "Daniel Osei", "2024-09-10", [
         "If your library system's contract is up next year, you are choosing among fewer vendors than a decade "
         "ago, and the differences between them matter more.",
         "Start from workflows, not features. Write down how your staff actually acquire, catalogue, circulate "
         "and weed, then ask each vendor to demonstrate those workflows with your data.",
         "Ask about the network: how many libraries share the instance, what the upgrade cycle is, and how "
         "outages are communicated. Open-source options like Koha and Evergreen are mature, and hosted support is "
         "widely available.",
         "Budget for migration. Data clean-up takes longer than anyone expects.",
     ])

work("sw-webinars", WEBFLOW, "/blog/announcing-our-spring-webinar-series", "article", 1,
     "Announcing our spring webinar series", "Shelfwise", "2025-01-20", [
         "Our spring webinars are open for registration. All sessions are free and recorded.",
         "February 12: Budgeting for small libraries. March 5: Difficult conversations at the service desk. "
         "March 26: Virtual mentoring for library staff, using the tools you already have. April 16: Succession "
         "planning.",
         "Register through the form below. Recordings go to everyone who signs up.",
     ])

# --- meetup.example: a Meetup group of Bay Area library workers ------------------------------------

work("mu-circles", MEETUP, "/bay-area-library-workers/events/298811042/", "article", 3,
     "Online mentoring circles for new library workers: autumn kick-off", "Jess Tran", "2024-09-12", [
         "Our mentoring circles are back for a third round, and this time they are fully online so people from "
         "Sonoma to Santa Cruz can join without a two-hour drive.",
         "How it works: each circle is four or five library workers in their first few years (pages, assistants, "
         "MLIS students, new librarians) and one or two experienced librarians. Circles meet on video once a "
         "month and stay in touch in their own channel on our Discord between meetings. You bring the questions; "
         "the mentors bring stories and the occasional hard truth.",
         "At this kick-off we will explain the circles, do a short round of introductions, and match people "
         "into groups. Past members have used their circles to prepare for interviews, to work out whether to do "
         "the MLIS at all, and to get through their first year as a supervisor. Several pairs from earlier rounds "
         "still message each other weekly.",
         "Experienced librarians: we need more of you. A mentor commits to one hour a month for six months plus "
         "whatever Discord chat you enjoy.",
         "The video link appears here once you RSVP.",
     ])

work("mu-bookclub", MEETUP, "/bay-area-library-workers/events/299402117/", "article", 0,
     "Book club: The Overstory", "Jess Tran", "2024-10-03", [
         "This month we are reading Richard Powers's The Overstory. Yes, it is long. Come even if you have not "
         "finished it.",
         "We meet in the back room of Green Apple Books. Snacks welcome.",
     ])

work("mu-mastodon", MEETUP, "/bay-area-library-workers/events/300128455/", "article", 1,
     "Tech social: Mastodon for library workers", "Jess Tran", "2024-10-24", [
         "Curious about Mastodon? Bring a laptop or phone and we'll help you pick a server, set up a profile and "
         "find library people to follow. Online, 45 minutes.",
     ])

work("mu-happyhour", MEETUP, "/bay-area-library-workers/events/301776310/", "article", 1,
     "End-of-year happy hour", "Jess Tran", "2024-12-12", [
         "Celebrate surviving another year of summer reading, budget hearings and printer jams. We have the "
         "upstairs room at Zeitgeist from 6pm.",
         "Our mentoring circles are wrapping up this month too, so bring your circle and meet the others in "
         "person at last.",
         "First round is on us, thanks to the Friends of the Library.",
     ])

# --- connect.example: a library association's online community (Higher Logic) ------------------------------

work("hl-slack-pairs", HL, "/discussion/virtual-mentoring-pairs-anyone-using-slack", "post", 3,
     "Virtual mentoring pairs: anyone using Slack?", "Marcus Ohene", "2024-02-27", [
         "Our section's mentoring committee is redesigning the programme for next year. Mentors and mentees are in "
         "different states and most pairs have never met. Right now pairs are given each other's e-mail and left to "
         "it, and about half go quiet by March. Has anyone run mentoring pairs through Slack or a similar chat "
         "tool, and did it help?",
         "We moved ours to a Slack workspace two years ago. Each pair gets a private channel, and there is a shared "
         "channel for all mentors and all mentees. The shared channel made the biggest difference: mentees see "
         "other pairs' questions, mentors pick up ideas from one another, and a quiet pair gets nudged because "
         "the coordinator can see activity. Completion went from about half to over eighty per cent.",
         "We tried the same with Teams and it was fine but felt like work. Some of our mentees preferred Discord "
         "because they already used it. I would not force a platform; let pairs choose, but keep one shared space "
         "for the whole cohort.",
         "Thanks, this is very helpful. I'm going to propose a shared channel plus pair channels and report back.",
     ], by=["Marcus Ohene", "Lena Park", "Priya Venkat", "Marcus Ohene"])

work("hl-job", HL, "/discussion/job-posting-metadata-librarian-riverside-university", "post", 1,
     "Job posting: Metadata Librarian, Riverside University", "Priya Venkat", "2024-03-15", [
         "Riverside University Libraries seeks a Metadata Librarian to lead description of our digital "
         "collections. Requirements: ALA-accredited MLIS, experience with MODS or Dublin Core, familiarity with "
         "linked data. Salary from $68,000. New hires join the libraries' mentoring programme for their first "
         "two years.",
         "Review of applications begins April 8. Full posting on the university's jobs site.",
     ], by=["Priya Venkat", "Priya Venkat"])

work("hl-outage", HL, "/discussion/database-outage-this-morning", "post", 0,
     "Database outage this morning?", "Lena Park", "2024-04-22", [
         "Is anyone else seeing the aggregator's platform time out this morning? Our proxy logs show errors from "
         "about 8:10 Eastern.",
         "Same here. Their status page now says they are investigating.",
         "Back up for us as of 9:40.",
     ], by=["Lena Park", "Marcus Ohene", "Priya Venkat"])

work("hl-blog-committee", HL, "/blogs/lena-park/2024/04/08/what-i-learned-co-chairing-the-mentoring-committee",
     "article", 2, "What I learned co-chairing the mentoring committee", "Lena Park", "2024-04-08", [
         "My two years as co-chair of the section's mentoring committee end in June. Before I hand over, here is "
         "what I learned about running a mentoring programme for librarians with no budget and volunteer labour.",
         "Matching is the whole game. We spent more time on matching than on anything else and it was worth it. "
         "Mentees told us what they wanted help with, not who they wanted, and we matched on that.",
         "Short commitments get more mentors. When we cut the term from two years to one, volunteer mentors "
         "doubled.",
         "Check in at six weeks. Pairs that have not met by six weeks almost never will. A friendly nudge at that "
         "point saves a third of them.",
         "Finally, the community platform helped more than I expected. Announcing pairs and sharing mentees' "
         "milestones in the section's discussion space made the programme visible, and several members "
         "volunteered as mentors after reading those posts.",
     ])

work("hl-blog-wrapup", HL, "/blogs/lena-park/2024/06/20/annual-conference-wrap-up", "article", 1,
     "Annual conference wrap-up", "Lena Park", "2024-06-20", [
         "Thank you to everyone who came to our section's programmes in San Diego. Attendance at the business "
         "meeting was the highest in five years.",
         "The panel on open educational resources drew over two hundred people, and the poster session had a "
         "record thirty-one posters. The awards went to the Riverside digital collections team and to our "
         "outgoing chair.",
         "Our mentoring committee's meet-up for pairs who had only ever talked online was a highlight for many.",
         "Slides from all sessions are being collected in the community library.",
     ])

work("hl-toolkit", HL, "/viewdocument/virtual-mentoring-toolkit", "document", 3,
     "Virtual Mentoring Toolkit", "Mentoring Committee", "2024-05-01", [
         "This toolkit collects what the section's mentoring committee has learned from three years of running "
         "mentoring pairs online. It is written for mentors and mentees who will mostly meet through video calls, "
         "chat tools such as Slack, Teams or Discord, and this community's own discussion spaces.",
         "It covers setting expectations in a first video call, keeping momentum in chat between calls, using "
         "public discussion threads to bring other experienced members into a mentee's questions, and ending a "
         "mentoring relationship well. Worksheets for a first meeting agenda and a six-month review are "
         "included.",
         "Download the PDF below. Members may adapt it for their own institutions' mentoring programmes.",
     ])

work("hl-toolkit-pdf", HL, "/HigherLogic/System/DownloadDocumentFile.ashx?DocumentFileKey=8c1f42e0-5a7d-4b0e-9d3a-2f61c7e0b5a9",
     "document", 3, "Virtual Mentoring Toolkit (PDF)", "Mentoring Committee", "2024-05-01", [
         "Virtual Mentoring Toolkit. Mentoring Committee, 2024.",
         "Why online. Most of our mentoring pairs live in different states. They meet by video, talk in chat "
         "between meetings, and draw on the wider community through discussion threads.",
         "Before the first call. Mentee: write down three things you want help with. Mentor: read the mentee's "
         "profile and recent posts in the community.",
         "Between calls. Agree a chat channel (Slack, Teams, Discord or this community's messaging) and how "
         "quickly each of you expects a reply. Short messages keep a mentoring relationship alive between calls.",
         "Use the community. Encourage the mentee to ask some questions in the open discussion spaces, where "
         "other mentors can answer and the mentee's network grows beyond one person.",
         "Ending well. At six months, review the goals together, decide whether to continue, and say thank you "
         "in public if both of you are comfortable.",
     ])

# --- ischool.example: a university iSchool's news site (Cascade CMS) -------------------------------------

work("is-alumni", CASCADE, "/news/stories/2024/alumni-mentor-students-through-linkedin.html", "article", 3,
     "Alumni mentor MLIS students through new online programme", "Office of Communications", "2024-02-06", [
         "Forty-two alumni of the School of Information are mentoring current MLIS students this year through "
         "ConnectMLIS, an online mentoring programme launched in the autumn.",
         "The programme pairs each student with a graduate working in the kind of library or archive the student "
         "hopes to join. Because most online students live far from campus, pairs meet over video and keep in "
         "touch through a private LinkedIn group, where students can also ask questions of every mentor at once.",
         "\u201cI would never have found a mentor in special collections on my own,\u201d said second-year student "
         "Keisha Grant, who lives in rural Montana. \u201cMy mentor reviews my cover letters, and the LinkedIn group "
         "means I can ask ten archivists a question instead of one.\u201d",
         "Alumni say they get something out of it too. \u201cI follow what the students post and I learn what they "
         "are being taught,\u201d said Robert Chen, a 2009 graduate and head of a public library system. "
         "\u201cIt is a two-way street.\u201d",
         "The school plans to open the programme to students in the archives certificate next year. Alumni "
         "interested in mentoring can contact the careers office.",
     ])

work("is-award", CASCADE, "/news/stories/2024/mendez-wins-teaching-award.html", "article", 1,
     "Professor Rosa Méndez wins university teaching award", "Office of Communications", "2024-04-23", [
         "Associate Professor Rosa Méndez has received the university's Distinguished Teaching Award, the "
         "highest honour the university gives for teaching.",
         "Students praised her information organization course, which she redesigned around hands-on "
         "cataloguing of the school's own zine collection. \u201cShe made metadata feel like it mattered,\u201d "
         "one nominator wrote.",
         "Méndez joined the school in 2016. Her research looks at how new librarians find mentors in online "
         "networks.",
         "The award will be presented at the spring faculty convocation.",
     ])

work("is-datasci", CASCADE, "/news/stories/2024/new-data-science-certificate.html", "article", 0,
     "School launches graduate certificate in data science", "Office of Communications", "2024-03-12", [
         "The School of Information will offer a 15-credit graduate certificate in applied data science from the "
         "autumn semester.",
         "Courses cover programming in Python, statistics, machine learning, data visualization and the ethics "
         "of data. The certificate can be completed fully online in three semesters.",
         "\u201cEmployers tell us they need people who can work with data and also understand the people behind "
         "it,\u201d said the director of graduate studies.",
         "Applications open February 1.",
     ])

work("is-reddit-study", CASCADE, "/news/stories/2023/study-new-librarians-seek-mentors-online.html", "article",
     3, "Study: new librarians turn to Reddit and Discord for mentoring", "Office of Communications",
     "2023-11-14", [
         "New librarians who lack mentors at work are finding them in online communities, according to a study "
         "by Associate Professor Rosa Méndez and doctoral student Liam O'Connor published this month.",
         "The researchers interviewed 28 librarians in their first three years on the job and analysed two years "
         "of posts in career-advice threads on Reddit and in two Discord servers for library workers. Many "
         "interviewees said the first person to give them real career guidance was someone who answered a post "
         "of theirs online.",
         "\u201cThese aren't anonymous one-off answers,\u201d Méndez said. \u201cPeople recognise the regulars, "
         "they start messaging them privately, and over months that becomes a mentoring relationship. Some of "
         "our participants had never met their mentor and did not know their real name.\u201d",
         "The study also found risks: advice in large public forums was sometimes wrong about pay and legal "
         "rights, and participants from marginalized groups described harassment that drove them into smaller, "
         "moderated spaces.",
         "Méndez and O'Connor recommend that library associations support moderated online spaces where "
         "experienced librarians can mentor newcomers, rather than relying only on formal matched programmes.",
     ])


WORKS = W

# --- the pages that are not works (grade 0 whatever they say): host, path, kind -----------------------------

OTHER: list[tuple[str, str, str]] = [
    (BLOCKSY, "/", "home"), (BLOCKSY, "/page/2/", "listing"),
    (BLOCKSY, "/category/professional-development/", "category"), (BLOCKSY, "/category/searching/", "category"),
    (BLOCKSY, "/tag/mastodon/", "tag"), (BLOCKSY, "/?s=mentor", "search"), (BLOCKSY, "/author/nadia/", "profile"),
    (BLOCKSY, "/about/", "about"), (BLOCKSY, "/contact/", "contact"),
    (BLOCKSY, "/2019/04/expert-searching-slides/", "error"),               # a real 404, linked from a post
    (PHPBB, "/forum/index.php", "home"), (PHPBB, "/forum/viewforum.php?f=3", "category"),
    (PHPBB, "/forum/viewforum.php?f=5", "category"), (PHPBB, "/forum/search.php?keywords=mentor", "search"),
    (PHPBB, "/forum/memberlist.php?mode=viewprofile&u=2", "profile"),
    (PHPBB, "/forum/memberlist.php?mode=viewprofile&u=48", "profile"),
    (PHPBB, "/forum/memberlist.php?mode=viewprofile&u=77", "profile"),
    (PHPBB, "/forum/memberlist.php?mode=viewprofile&u=91", "profile"),
    (PHPBB, "/forum/memberlist.php?mode=contactadmin", "contact"),
    (QA, "/", "home"), (QA, "/questions", "listing"), (QA, "/questions/tagged/mentoring", "tag"),
    (QA, "/questions/tagged/professional-development", "tag"), (QA, "/questions/tagged/cataloging", "tag"),
    (QA, "/users/412/quietstacks", "profile"), (QA, "/users/87/marisol-lib", "profile"),
    (QA, "/users/1203/ref-desk-tom", "profile"), (QA, "/search?q=mentor", "search"),
    (WIKI, "/wiki/Main_Page", "home"), (WIKI, "/wiki/Category:Professional_development", "category"),
    (WIKI, "/index.php?search=mentoring&title=Special%3ASearch", "search"), (WIKI, "/wiki/User:Jmarsh", "profile"),
    (WIKI, "/wiki/LibCareerWiki:About", "about"), (WIKI, "/wiki/Special:RecentChanges", "listing"),
    (WIKI, "/wiki/Twitter_chats", "error"),                                 # MediaWiki's 404 for a missing page
    (OSF, "/preprints/lissa", "home"), (OSF, "/preprints/lissa/discover?q=mentoring", "search"),
    (OSF, "/k7m2p/", "profile"),
    (BSKY, "/", "home"), (BSKY, "/profile/anareads.bsky.social", "profile"),
    (BSKY, "/profile/medlibmarco.bsky.social", "profile"), (BSKY, "/hashtag/librarymentors", "tag"),
    (BSKY, "/search?q=%23libchat", "search"),
    (WEBFLOW, "/", "home"), (WEBFLOW, "/blog", "listing"), (WEBFLOW, "/blog-categories/career-growth", "category"),
    (WEBFLOW, "/about", "about"), (WEBFLOW, "/contact", "contact"),
    (MEETUP, "/bay-area-library-workers/", "home"), (MEETUP, "/bay-area-library-workers/events/past/", "listing"),
    (MEETUP, "/bay-area-library-workers/members/228193407/", "profile"),
    (HL, "/home", "home"), (HL, "/communities/community-home/digestviewer?communitykey=5e1b7d0c-9a42-4c8f-b3e6-"
                                "0d2f8a7c1e94", "listing"),
    (HL, "/people/marcus-ohene", "profile"), (HL, "/people/lena-park", "profile"), (HL, "/people/priya-venkat", "profile"),
    (CASCADE, "/", "home"), (CASCADE, "/news/", "listing"), (CASCADE, "/news/topics/research.html", "category"),
    (CASCADE, "/directory/faculty/rosa-mendez.html", "profile"), (CASCADE, "/about/", "about"),
    (CASCADE, "/contact.html", "contact"), (CASCADE, "/search.html?q=mentoring", "search"),
    (CASCADE, "/news/stories/2019/libchat-anniversary.html", "error"),     # a soft 404 (200, "Page not found")
]
