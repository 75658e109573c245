"""Web 22's texts and labels, written before its pages were built: ten hosts, each in its own voice.

``WORKS`` maps a short key to a :class:`Work` (where it lives, its kind, its grade, its title, author,
date and paragraphs; a paragraph starting ``"## "`` is a section heading). ``OTHER`` lists the pages that
are not works as ``(host, path, kind)``; they are graded 0. Grades: 3 about the topic throughout, 2 about it
in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

BLOG = "fieldnotes.example"          # a student archivist's blog (eleventy-excellent)
SHOP = "shelfsupply.example"         # a library supplies vendor's shop and blog (WordPress Storefront)
STACKS = "openstacks.example"        # an open-source library software community's site (Hugo Hextra)
ASSOC = "calr.example"               # a regional association of libraries and records (Concrete CMS)
UNI = "library.northfield.example"   # a university library's news (Umbraco)
NET = "archivesnet.example"          # a national archives network's portal (Liferay)
HUB = "hub.commons.example"          # a Hubzilla hub
JOURNALS = "emeraldine.example"      # a publisher of library and information journals (Emerald Insight-like)
PODS = "podcasts.example"            # a podcast hosted on an RSS.com-like host
BOOKS = "bookwyrm.example"           # a BookWyrm instance (reviews and lists)

HOSTS = (BLOG, SHOP, STACKS, ASSOC, UNI, NET, HUB, JOURNALS, PODS, BOOKS)


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
    tags: tuple[str, ...] = ()
    summary: str = ""


WORKS: dict[str, Work] = {}


def _add(key: str, *args, **kw) -> None:
    WORKS[key] = Work(*args, **kw)


# --- fieldnotes.example: Noor Haddad, an archives student, then a project archivist ---------------------

_add("f1", BLOG, "/blog/a-year-of-thursday-nights/", "article", 3,
     "What a year of Thursday nights taught me", "Noor Haddad", "2024-11-14", (
         "A year ago this week I typed my first reply into the Thursday evening archives chat and then closed "
         "the laptop before anyone could answer. I had been lurking for two months. I knew the regulars by "
         "their avatars: the county records officer with the photo of a dog in a hard hat, the university "
         "archivist who answers every question with another question, the retired conservator who signs off "
         "every night with a picture of her tomatoes.",
         "I want to write down what that hour a week did for me, because I am now in a job I would not have "
         "applied for without it, and because every new student in my cohort asks me how to find \"someone to "
         "talk to\" about this profession. My honest answer is that I did not find one person. I found forty, "
         "in small pieces, on a hashtag.",
         "## How it works, for those who have never tried",
         "Someone posts six questions in advance. At eight o'clock the host posts question one, everyone answers "
         "using the hashtag, and people reply to each other's answers. It moved from Twitter to Mastodon and "
         "Bluesky last year and now runs on both, which is messier but friendlier. Nobody checks whether you "
         "are qualified to answer. Students answer. Directors answer. Sometimes the student is right.",
         "## What I got out of it",
         "First, vocabulary. I learned what an accrual is, why people argue about MPLP, and that nobody enjoys "
         "writing a retention schedule, by reading people use those words casually about their own work. "
         "Coursework gave me the definitions; the chat gave me the tone of voice.",
         "Second, people who would look at my work. In February I asked, half joking, whether anyone would read "
         "the finding aid I was writing for my practicum. Three people said yes. One of them, a processing "
         "archivist two time zones away, went through it line by line over direct messages across a fortnight "
         "and then asked if she could keep checking in once a month. We still talk. She has never once called "
         "it mentoring, and I have never asked her to, but that is what it is.",
         "Third, a sense of what jobs actually look like. When the question was \"what does a normal Tuesday "
         "look like for you?\" I saved the whole thread. People described reading-room rotas, donor visits, "
         "migrating a catalogue, fighting a damp problem. It was better careers advice than the careers "
         "fair.",
         "Fourth, permission to ask small questions. A chat hour is low stakes. A reply can be one line. It is "
         "much easier to ask \"how long did it take you to feel competent with EAD?\" of a stranger in a busy "
         "thread than to book thirty minutes with a professor.",
         "## What did not work",
         "It is an hour a week, on a weeknight, in one time zone. Colleagues in Australia read the archive the "
         "next morning and reply to no one. The same dozen voices dominate. And when the platforms changed, the "
         "community split for a while; some people never came back, and I miss them.",
         "It also cannot replace the slow, private conversations. The chat found me people; the direct messages "
         "afterwards are where I actually learned. If you only ever post in the hour, you get a crowd but not "
         "a colleague.",
         "## If you are starting now",
         "Lurk for a few weeks, then answer one question you actually know something about. Follow everyone "
         "who replies to you. Say thank you publicly when someone helps. After a few months, offer something "
         "back: the student who joined after me asked about cover letters, and I sent her mine. That is how "
         "it keeps going.",
     ), tags=("community", "chats"))

_add("f2", BLOG, "/blog/the-slack-that-got-me-through/", "article", 3,
     "The Slack that got me through my degree", "Noor Haddad", "2023-06-02", (
         "There is a Slack workspace for archives students and new graduates that I will not name, partly "
         "because it is invite-only and partly because the people who run it would hate the attention. I "
         "joined in my first semester because a classmate dropped the link in our group chat. It has about "
         "nine hundred members and maybe sixty who post regularly.",
         "The channel I live in is #ask-an-oldtimer. The rule is simple: anyone with more than ten years in "
         "the field can volunteer to answer, and anyone with fewer can ask anything. Questions I have asked "
         "there, in order: whether to take an unpaid internship (no, was the chorus), how to explain a gap year "
         "on an application, what to wear to a reading-room interview, whether a digital archives "
         "specialisation is a trap, and how to say no to a supervisor who kept adding boxes to my project.",
         "The answers are not always kind, but they are honest in a way faculty cannot afford to be. A records "
         "manager with thirty years behind her told me that my first job would probably be a grant-funded "
         "contract and that I should treat it as paid training rather than a failure. That one sentence "
         "changed how I read job adverts.",
         "There is also a #resume-review channel where people post anonymised CVs and strangers mark them up, "
         "and a weekly video drop-in where two or three experienced people just sit in a call and wait for "
         "whoever turns up. I went four times during my job search. Once it was only me and a university "
         "archivist from the other side of the country, and we talked for an hour about whether I should move "
         "for a job. I did.",
         "What makes it work, I think, is that the older members treat it as paying something back. Several "
         "have said they had nobody to ask when they started and learned by getting things wrong in public. "
         "The workspace is their way of making that shorter for us. When I finish my first year in post I "
         "intend to start answering in #ask-an-oldtimer's quieter sibling, #ask-someone-one-step-ahead.",
     ), tags=("community", "career"))

_add("f3", BLOG, "/blog/practicum-week-six/", "article", 1,
     "Practicum week six: box after box", "Noor Haddad", "2023-03-10", (
         "Week six at the county record office. The rhythm has settled: sign in, pick up the trolley, open the "
         "next box of the Harcourt estate papers, and try to work out what a steward in 1840 thought he was "
         "filing.",
         "This week was mostly rent books. Forty-one of them, some water damaged, some with loose receipts "
         "tucked in that clearly belong to other years. My supervisor's rule is that nothing moves until it "
         "has been photographed in place, so the mornings are slow and the afternoons are spreadsheets.",
         "I found a letter from a tenant asking for a reduction after a bad harvest, with a note in another "
         "hand saying simply \"refused\". I sat with that for a while. The catalogue entry will say \"letter "
         "concerning rent, 1843\" and that feels like a kind of flattening I have not made my peace with. When "
         "I posted about it on Mastodon that evening, an archivist I follow replied that she had felt the same "
         "in her first year and that the answer was a good scope note, not a longer title.",
         "Next week: the estate maps, which need two people and the big table. I am told to wear something "
         "I do not mind getting dusty.",
     ), tags=("practicum",))

_add("f4", BLOG, "/blog/reading-notes-on-archival-silences/", "article", 0,
     "Reading notes: archival silences", "Noor Haddad", "2022-11-21", (
         "For our theory seminar this week we read three pieces on archival silences: who is missing from the "
         "record, who decided, and whether an archivist can do anything about it after the fact.",
         "The argument I found most persuasive is that silence is not only absence. Records that exist can "
         "still silence people, when they describe them only through the eyes of an institution: the workhouse "
         "register that lists a woman by her bed number, the colonial report that names a village but none of "
         "its inhabitants.",
         "The argument I found least persuasive is that description alone can repair this. A better catalogue "
         "entry helps someone find a document. It does not put back what was never written down, and I worry "
         "about archivists claiming more for their own work than it can bear.",
         "Question for seminar: if we add context to a description, whose voice is that context in? Ours, "
         "usually. I do not have an answer yet.",
     ), tags=("theory",))

_add("f5", BLOG, "/blog/letter-to-first-year-me/", "article", 2,
     "A letter to first-year me", "Noor Haddad", "2025-01-09", (
         "Dear first-year Noor. You are about to spend a lot of energy pretending you already know what you "
         "are doing. Stop. Here is what I would tell you, most of it borrowed from people who told it to me.",
         "You will not find one wise person who steers your whole career. You will find a processing "
         "archivist who reads your drafts, a records manager who talks you out of a bad contract, a classmate "
         "who is six months ahead of you on every application, and a reading-room supervisor who shows you how "
         "to handle a difficult researcher. Together they are better than any single guide. Keep a list of "
         "them, and tell them when their advice worked.",
         "Ask for specific things. \"Would you look at this cover letter by Friday?\" gets a yes. \"Would you "
         "be my mentor?\" gets a polite, frightened maybe.",
         "Half of those people you will meet online first: in a chat hour, in a Slack channel, in the "
         "replies to someone else's question. That is not a lesser way of meeting colleagues. Some of them you "
         "will not meet in person for years, and it will not matter.",
         "Also: learn spreadsheets properly, buy the good pencils, and do not take the unpaid internship. "
         "Everyone was right about that one.",
     ), tags=("career",))

_add("f6", BLOG, "/blog/leaving-the-bird-site/", "article", 2,
     "Leaving the bird site, and what I left behind", "Noor Haddad", "2024-02-18", (
         "I deleted my Twitter account last week. I had not posted for months, but I kept it because it was "
         "where the archives people were when I started, and deleting it felt like leaving a staffroom.",
         "What I am losing is an archive of my own education: three years of threads where people explained "
         "born-digital accessioning to me, argued about reading-room rules, and pointed me to job adverts. "
         "I downloaded my data but the replies from other people are not in it, and those were the point.",
         "What I already have elsewhere is most of the people. About two thirds of the accounts I learned "
         "from are on Mastodon or Bluesky now, and the weekly chat runs on both. The rest have gone quiet, or "
         "to LinkedIn, which I find hard to read as anything but a noticeboard.",
         "The lesson I am taking is not about platforms. It is that the network is the people and the habit "
         "of asking and answering, not the site it happens to sit on. I am writing more here, on my own "
         "domain, so that the next move costs less.",
         "Unrelated: the blog now has tags. Thank you to the person who emailed about the broken links.",
     ), tags=("community",))

# --- shelfsupply.example: Shelf & Supply, a library furnishings shop with a blog -----------------------

_add("s1", SHOP, "/blog/webinar-recap-growing-your-career-through-online-communities/", "article", 3,
     "Webinar recap: growing your library career through online communities", "The Shelf & Supply Team",
     "2024-05-22", (
         "Thank you to the 340 library workers who joined our free lunchtime webinar last Wednesday! For "
         "everyone who could not make it, here is a recap of \"Growing your library career through online "
         "communities\", with our three panellists' best advice. The full recording is available to "
         "newsletter subscribers.",
         "Our panel: a branch manager who found her first mentor through a LinkedIn group, a school librarian "
         "who runs a Discord server for solo school library staff, and an academic liaison librarian who has "
         "co-hosted a monthly Bluesky chat for new professionals since 2021.",
         "## Finding a mentor online",
         "Our branch manager's tip: don't lead with \"will you mentor me?\". Comment thoughtfully on someone's "
         "posts for a few weeks, then ask one concrete question by message. \"Most experienced librarians are "
         "flattered to be asked something specific,\" she said. \"A mentoring relationship grows out of the "
         "second and third conversation, not the first.\"",
         "## Peer support when you are the only one",
         "For library staff working alone, the panel agreed that peer mentoring matters as much as advice from "
         "senior colleagues. Our school librarian's Discord has channels for lesson ideas, budget battles and "
         "\"rant and recover\", and members pair up each term as accountability buddies. \"Nobody in my "
         "building knows what I do all day,\" one member told her. \"These people do.\"",
         "## Making a chat work for you",
         "Our liaison librarian recommended treating a hashtag chat like a conference hallway: follow people "
         "whose answers you like, continue conversations in replies the next day, and save threads you want to "
         "come back to. She keeps a simple spreadsheet of people she has learned from and what about.",
         "## Questions from the audience",
         "Asked whether mailing lists still matter, all three said yes: quieter, but the place where "
         "experienced colleagues answer detailed questions at length. Asked how to give back, the answer was "
         "unanimous: answer one newcomer's question a week.",
         "Our next webinar, on accessible signage, is on 19 June. Registration is free.",
     ), tags=("webinars", "professional development"))

_add("s2", SHOP, "/blog/getting-the-most-from-a-virtual-conference/", "article", 1,
     "Five ways to get the most from a virtual conference", "The Shelf & Supply Team", "2023-09-12", (
         "Virtual conferences are here to stay, and they can be great value for library teams with tight "
         "travel budgets. Here are five tips from our team, who have attended (and exhibited at) more online "
         "events than we can count.",
         "1. Block the time in your calendar as if you were travelling. Sessions watched between desk shifts "
         "are sessions half-watched.",
         "2. Pick one track and stick with it. It is tempting to hop between rooms, but you will get more from "
         "one coherent strand of talks.",
         "3. Use the event's chat or Slack channel to follow up with speakers; most are happy to continue the "
         "conversation after their slot.",
         "4. Visit the virtual exhibition hall! Vendors often run demos and prize draws just for online "
         "attendees. (Ours is a free book trolley.)",
         "5. Share what you learned with your team within a week, while it is fresh. A fifteen-minute "
         "lunchtime summary is enough.",
     ), tags=("events",))

_add("s3", SHOP, "/blog/choosing-a-book-trolley/", "article", 0,
     "How to choose the right book trolley", "The Shelf & Supply Team", "2023-04-04", (
         "A good book trolley lasts fifteen years. A bad one squeaks for fifteen years. Here is what to look at "
         "before you buy.",
         "Capacity: a standard three-shelf trolley holds around 150 paperbacks or 90 hardbacks. If you shelve "
         "oversized picture books, look for sloped shelves or a fourth tier.",
         "Wheels: rubber castors are quieter on hard floors; at least two should lock. For carpeted libraries, "
         "larger 100mm wheels make a real difference to staff backs.",
         "Material: powder-coated steel for busy public libraries, beech or birch for a warmer look in school "
         "and special libraries. All our timber trolleys are FSC certified.",
         "Finally, think about height. If your staff include wheelchair users or you run shelving sessions "
         "with volunteers of all ages, our low-level trolleys keep every shelf within reach.",
     ), tags=("buying guides",))

_add("s4", SHOP, "/product/peer-mentor-badge-set/", "article", 0,
     "Peer Mentor badge set (pack of 20)", "Shelf & Supply", "2023-01-15", (
         "Help pupils spot their reading buddies! Our Peer Mentor badges are made for school library reading "
         "schemes where older pupils support younger readers.",
         "Pack of 20 enamel-effect badges, 38mm, safety pin fastening. Choose from teal, sunflower or coral. "
         "Pairs well with our Reading Buddy certificates and Library Helper lanyards.",
         "Dispatched within 2 working days. Free UK delivery on orders over 60 pounds.",
     ), tags=("badges", "schools"))

_add("s5", SHOP, "/blog/customer-story-hollins-teen-space/", "article", 0,
     "Customer story: how Hollins Library rebuilt its teen space", "The Shelf & Supply Team", "2024-08-07", (
         "When Hollins Community Library asked its teenage users what they wanted from the library, the answer "
         "was blunt: somewhere to sit that is not next to the toddlers.",
         "Working with the library's young people's librarian and a group of eight teen volunteers, our design "
         "team planned a corner of the first floor with modular seating, two study booths, charging points and "
         "a graphic novel wall on castors that can be moved for events.",
         "The teens chose the colours (dark green and orange, against our advice; they were right) and named "
         "the space themselves. Visits by 13 to 18 year olds are up by half since it opened in March.",
         "\"The best thing was that they felt it was theirs,\" the young people's librarian told us. \"They "
         "tidy it. Nobody has ever tidied the children's library voluntarily.\"",
     ), tags=("customer stories",))

# --- openstacks.example: the Open Stacks library platform's community site -----------------------------

_add("o1", STACKS, "/docs/community/mentorship/", "article", 3,
     "Mentorship", "Open Stacks Community Team", "2024-09-30", (
         "Open Stacks is maintained by library staff as much as by developers. Most of our contributors "
         "started as cataloguers, systems librarians or circulation supervisors who wanted to fix one thing. "
         "The mentorship programme exists so that nobody has to work out how this community functions alone.",
         "## How pairing works",
         "Twice a year (March and September) we open a sign-up form for mentees and mentors. Mentees tell us "
         "what they want to learn: writing documentation, triaging issues, translating the interface, running "
         "a test server, or writing their first patch. Mentors are community members with at least a year of "
         "regular contributions. The community team pairs people by interest and time zone.",
         "Each pair agrees a goal for twelve weeks and meets for half an hour every fortnight, usually by video "
         "call. Between calls, conversation happens in the #mentorship channel on our Slack workspace or in "
         "direct messages. We ask mentors to review their mentee's work in public, on the issue tracker, so "
         "that others can learn from the comments too.",
         "## Group sessions",
         "Once a month the whole cohort meets in a drop-in call where a maintainer walks through something "
         "real: a bug from report to release, a migration from another library system, a difficult review. "
         "Recordings are posted to the community forum.",
         "## For mentors",
         "You do not need to be an expert in everything. The most useful thing you can give a mentee is "
         "context: who to ask, which parts of the codebase are fragile, how decisions get made. Answer "
         "questions in public channels where you can, so that the answers outlive the pairing.",
         "## For mentees",
         "Ask early and ask specifically. Share what you tried. Several of our current mentors were mentees in "
         "the first cohort in 2021, and three of them are now on the release team; the programme is how most "
         "of us learned to work together.",
     ), tags=("community",))

_add("o2", STACKS, "/docs/community/chat/", "article", 2,
     "Joining the chat", "Open Stacks Community Team", "2024-03-12", (
         "Most day-to-day conversation in the Open Stacks community happens in our Slack workspace. It is free "
         "to join; use the invite link on the community page and pick a display name your colleagues will "
         "recognise.",
         "## Channels to start with",
         "#general is for announcements. #newcomers is for anyone in their first months: introduce yourself, "
         "say what library you work in, and ask anything. Experienced members watch the channel and answer, "
         "and many newcomers find someone there who ends up walking them through their first installation or "
         "their first contribution. #ask-a-cataloguer and #ask-a-sysadmin are peer help channels where staff "
         "from different libraries compare notes on how they solved the same problem.",
         "## Code of conduct",
         "Everyone in the workspace agrees to the community code of conduct. Report problems to the moderators "
         "by direct message or through the anonymous form.",
         "## Technical notes",
         "Slack's free plan only keeps ninety days of history, so anything worth keeping should be copied to "
         "the forum or the documentation. Bots post new issues to #dev-firehose and release builds to #builds; "
         "mute those if you do not need them. A bridge to Matrix is available for those who prefer open "
         "protocols.",
     ), tags=("community",))

_add("o3", STACKS, "/docs/admin/backups/", "article", 0,
     "Backups", "Open Stacks Documentation", "2024-01-20", (
         "Open Stacks stores its data in PostgreSQL and its uploaded files (cover images, attachments, "
         "exported reports) on disk under the media directory. A complete backup needs both.",
         "## Database",
         "Use pg_dump in custom format nightly and keep at least fourteen days. The bundled script "
         "stacks-backup runs pg_dump with the right options and rotates old dumps.",
         "## Files",
         "Copy the media directory with rsync or your backup tool of choice. Cover images can be re-fetched, "
         "but attachments cannot.",
         "## Testing restores",
         "A backup you have never restored is a hope, not a backup. Restore to a test server at least once a "
         "quarter and check that a patron record, a bibliographic record and an attachment all come back.",
     ), tags=("administration",))

_add("o4", STACKS, "/blog/office-hours-are-back/", "article", 2,
     "Office hours are back", "Priya Raman", "2024-10-08", (
         "After a summer break, community office hours return on Tuesday 15 October, and this time they are "
         "in our Discord voice channel rather than a scheduled video call, so you can drop in and out.",
         "Office hours are for anyone running or learning Open Stacks. Bring a stuck upgrade, a report that "
         "will not produce the numbers your director wants, or just a question you felt silly asking in Slack. "
         "Two or three experienced volunteers will be there each week. Last season a cataloguer from a small "
         "college library came every week for two months and is now one of the volunteers; that is exactly "
         "what we hope for.",
         "We are also trying something new: the first Tuesday of each month will be a peer session with no "
         "experts, where library staff share how they set things up and learn from each other.",
         "In other news, the 3.3 beta is out for testing, and the documentation sprint is moving to November.",
     ), tags=("community", "events"))

_add("o5", STACKS, "/blog/release-3-2/", "article", 1,
     "Open Stacks 3.2 released", "Priya Raman", "2024-06-18", (
         "Open Stacks 3.2 is out. Highlights: a rewritten holds queue that handles consortium loans properly, "
         "RDA relationship designators in the cataloguing editor, and a patron self-service page that finally "
         "works on phones.",
         "Upgrading: run the migration script after installing the new packages. Sites with more than a "
         "million items should expect the holds migration to take around twenty minutes.",
         "This release had 41 contributors, 12 of them first-timers, and several came through the spring "
         "mentorship cohort. Thank you all.",
         "Known issues: the Z39.50 client still times out against some servers; a fix is planned for 3.2.1.",
     ), tags=("releases",))

_add("o6", STACKS, "/blog/collecting-hashtags-for-web-archives/", "article", 0,
     "Collecting hashtags for your web archive", "Priya Raman", "2023-11-02", (
         "Several libraries asked for a way to collect public social media posts around local events for their "
         "web archives. Open Stacks 3.1 adds a hashtag harvester to the web archiving module.",
         "You give it a hashtag and a date range; it collects public posts from Mastodon servers and Bluesky, "
         "stores them as WARC records with their metadata, and links the collection to a catalogue record. "
         "Twitter/X is not supported because its API is no longer affordable for libraries.",
         "Please check your collection policy and local law before harvesting. The harvester respects "
         "accounts that opt out of indexing, and we recommend collecting only public posts from events with "
         "clear public interest, such as elections or local floods.",
     ), tags=("web archiving", "releases"))

# --- calr.example: the Coastal Association of Libraries and Records ----------------------------------

_add("c1", ASSOC, "/news/mentoring-scheme-2025-opens", "article", 3,
     "Mentoring scheme 2025 opens for applications", "CALR Office", "2025-01-20", (
         "Applications are now open for the 2025 round of the CALR Mentoring Scheme, which pairs members early "
         "in their careers, or moving into a new area of work, with an experienced member from a different "
         "organisation.",
         "Since 2019 the scheme has run almost entirely online, which has let us match members in remote "
         "branch libraries and one-person record offices with mentors across the whole coast. Pairs meet by "
         "video call at least six times over the year and keep in touch between meetings however suits them; "
         "many use our members' Slack space, which also hosts a channel where the whole cohort can swap "
         "questions and reading.",
         "New this year is a group mentoring strand for members working on their professional registration "
         "portfolios: four to six mentees and one mentor, meeting monthly online.",
         "Mentees should read the Mentoring Handbook before applying. Experienced members who would like to "
         "mentor are warmly invited to apply too; training is provided in February.",
         "The closing date is 28 February. Matches will be announced in March.",
     ), tags=("Professional development",))

_add("c2", ASSOC, "/news/agm-2024-report", "article", 1,
     "Report of the 2024 Annual General Meeting", "CALR Office", "2024-10-14", (
         "Forty-six members attended the Annual General Meeting at Seabrook Central Library on 5 October, with "
         "a further twenty-one joining online.",
         "The Treasurer reported a small surplus for the year, largely due to strong conference attendance. "
         "Members approved the accounts and the reappointment of the independent examiner.",
         "The Chair thanked outgoing committee members and noted the year's highlights: the records "
         "management training day, the new website, and a record cohort in the online mentoring scheme.",
         "Two motions were carried: to review the membership fee structure for 2025, and to adopt the revised "
         "constitution. The meeting closed with tea and the presentation of the Honorary Membership to a "
         "long-serving local studies librarian.",
     ), tags=("Governance",))

_add("c3", ASSOC, "/news/membership-fees-2025", "article", 0,
     "Membership fees for 2025", "CALR Office", "2024-11-30", (
         "Following the decision of the AGM, membership fees for 2025 will be as follows: full members 48 "
         "pounds, retired and unwaged members 15 pounds, student members free, and institutional members from "
         "120 pounds depending on staff numbers.",
         "This is the first increase since 2019. The committee has kept the student rate at zero and reduced "
         "the unwaged rate.",
         "Renewals are due by 31 January. Members paying by direct debit do not need to do anything.",
     ), tags=("Governance",))

_add("c4", ASSOC, "/application/files/4817/3720/1188/CALR_Mentoring_Handbook_2025.pdf", "document", 3,
     "CALR Mentoring Handbook 2025", "Coastal Association of Libraries and Records", "2025-01-15", (
         "CALR Mentoring Handbook 2025. For mentors and mentees in the CALR Mentoring Scheme.",
         "1. What the scheme is. A year-long professional relationship between a member who wants to develop "
         "and an experienced member from another organisation, run mostly online.",
         "2. Roles. The mentee sets the agenda and arranges meetings. The mentor listens, asks questions, "
         "shares experience and contacts, and does not manage the mentee's work.",
         "3. Meeting online. Agree a regular slot for video calls. Test your connection. Between calls, use "
         "email, the members' Slack space or messaging, as you both prefer, and agree how quickly each of you "
         "expects a reply.",
         "4. Group mentoring. In the portfolio strand, one mentor works with four to six mentees. Take turns "
         "to bring a question; everyone learns from each answer.",
         "5. Beyond your pair. Mentees are encouraged to build a wider network: follow professional hashtags, "
         "join the cohort channel, attend the association's webinars, and ask your mentor to introduce you to "
         "people they know.",
         "6. Ending well. At the last meeting, review the goals you set. Many pairs stay in touch informally.",
         "7. Problems. If the relationship is not working, contact the scheme coordinator in confidence.",
     ), tags=("Professional development",))

_add("c5", ASSOC, "/professional-development/peer-learning-groups", "article", 2,
     "Peer learning groups", "CALR Office", "2024-04-02", (
         "CALR peer learning groups bring together members doing similar work in different places. Each group "
         "sets its own topics and meets online every month or two; several also keep a channel in the "
         "members' Slack space for questions between meetings.",
         "Current groups: solo and small-team archivists; school library staff; local studies; library "
         "assistants considering professional qualification; and records managers in local government.",
         "The library assistants' group is organised by members who recently qualified, who share what the "
         "course and the job hunt were really like. It is the closest thing we have to a careers service.",
         "Groups are free for members. To join, email the office with the group you are interested in. To "
         "start a new group, you need three members willing to take part and one willing to convene.",
         "See also: the Mentoring Scheme, training days, and the annual conference.",
     ), tags=("Professional development",))

_add("c6", ASSOC, "/news/conference-bursaries-2025", "article", 0,
     "Conference bursaries 2025", "CALR Office", "2025-02-03", (
         "CALR offers six bursaries covering the full delegate fee for this year's conference, Keeping the "
         "Record, in Harbourton on 12 and 13 June.",
         "Bursaries are open to student, unwaged and retired members, and to members whose employers cannot "
         "fund attendance. Recipients are asked to write a short report for the newsletter.",
         "Apply by 31 March with a statement of up to 300 words on what you hope to gain.",
     ), tags=("Events",))

# --- library.northfield.example: Northfield University Library news -----------------------------------

_add("u1", UNI, "/news/library-staff-join-e-mentoring-pilot/", "article", 3,
     "Library staff join national e-mentoring pilot", "Library Communications", "2024-02-26", (
         "Eight members of Northfield University Library staff are taking part in a national pilot that "
         "connects early-career library and archives workers with experienced colleagues across the country "
         "through online mentoring.",
         "The twelve-month pilot, run by a partnership of university libraries, matches participants through "
         "an online platform. Mentors and mentees meet by video every month, and a shared discussion space "
         "lets participants ask questions of the whole group. Mentees also join monthly online sessions on "
         "topics chosen by the cohort, from negotiating a first promotion to managing research data services.",
         "Four Northfield staff are mentees and four are volunteering as mentors for colleagues at other "
         "institutions. Jamal Okoye, a library assistant in Special Collections, said: \"I have never had a "
         "conversation like this at work. My mentor runs a collection twice the size of ours and she is happy "
         "to talk through every decision I am unsure about.\"",
         "Deputy Librarian Helen Marsh, one of the mentors, said the pilot suited a profession in which many "
         "people work in small, specialist teams. \"If the only archivist you know is your line manager, it "
         "is hard to get perspective. Meeting online means the right person can be five hundred miles away.\"",
         "The pilot will be evaluated in the summer.",
     ), tags=("Staff news",))

_add("u2", UNI, "/news/extended-opening-hours-for-exams/", "article", 0,
     "Extended opening hours for the exam period", "Library Communications", "2024-04-22", (
         "From Monday 29 April to Friday 7 June, the Main Library will be open 24 hours a day, seven days a "
         "week. The Science Library will open from 8am to midnight.",
         "Please bring your campus card: entry after 10pm is by card only. Group study rooms can be booked up "
         "to a week in advance through the room booking system.",
         "Free tea and coffee will be available in the foyer every evening from 8pm during the exam period, "
         "thanks to the Students' Union.",
     ), tags=("Services",))

_add("u3", UNI, "/news/archives-placement-reflections/", "article", 1,
     "Reflections on a summer placement in the University Archives", "Library Communications", "2024-09-16", (
         "Every summer the University Archives host a history undergraduate for an eight-week paid placement. "
         "This year's placement student, Maddie Foster, catalogued the papers of the university's first "
         "women's hall of residence.",
         "\"I thought archives were quiet rooms full of boxes,\" Maddie said. \"They are, but they are also "
         "full of decisions. Every file needed a judgement about what to call it and who could see it.\"",
         "Maddie's catalogue is now online, and she has presented her work to the Friends of the Library. She "
         "says the team's habit of talking through problems in their group chat taught her as much as the "
         "boxes, and she now follows several archivists online.",
         "Applications for next summer's placement open in February.",
     ), tags=("Special Collections",))

_add("u4", UNI, "/news/digital-skills-peer-mentors-recruiting/", "article", 0,
     "Digital Skills Peer Mentors: we're recruiting", "Library Communications", "2024-08-30", (
         "Are you confident with spreadsheets, reference managers or presentation software? The Library is "
         "recruiting Digital Skills Peer Mentors for the new academic year.",
         "Peer Mentors are paid students who help other students with everyday digital tasks in drop-in "
         "sessions at the Main Library help desk and in online chat sessions in the evenings. Training is "
         "provided and hours are flexible around your studies.",
         "Mentors earn the Northfield Award for their work. Apply through the student jobs portal by 20 "
         "September.",
     ), tags=("Students",))

_add("u5", UNI, "/news/staff-development-week-2024/", "article", 2,
     "Staff development week: what we learned", "Library Communications", "2024-07-08", (
         "Over five days in June, 140 library staff took part in the Library's first staff development week, "
         "with sessions run by colleagues for colleagues.",
         "The most popular session was on building a professional learning network. Two subject librarians "
         "showed how they use LinkedIn, Bluesky and a couple of long-running mailing lists to keep up with "
         "their fields, find people to ask when a new service is being planned, and get advice from more "
         "experienced colleagues at other universities. Several attendees set up profiles on the spot, and a "
         "follow-up lunchtime group now meets monthly to share useful accounts and discussions.",
         "Other sessions covered accessible document design, handling difficult conversations at the help "
         "desk, and an introduction to the new library management system.",
         "The week ended with a tour of the refurbished Science Library. Thank you to everyone who ran a "
         "session.",
     ), tags=("Staff news",))

# --- archivesnet.example: ArchivesNet, a national network of record offices ----------------------------

_NEWS = "/web/archivesnet/news/-/asset_publisher/nw3sArch1v/content/"

_add("l1", NET, "/documents/20121/0/peer-mentoring-network-evaluation-2024.pdf", "document", 3,
     "Peer Mentoring Network: evaluation report 2024", "ArchivesNet Workforce Development Group", "2024-12-10", (
         "Peer Mentoring Network: evaluation report 2024. ArchivesNet Workforce Development Group.",
         "Summary. In 2023-24 the Peer Mentoring Network connected 112 archivists, conservators and records "
         "staff in 58 record offices through online mentoring pairs and small peer groups.",
         "Method. We surveyed participants at the start and end of the year (response rate 81 per cent) and "
         "interviewed 14 pairs and 3 groups.",
         "Finding 1. Online meetings widened the pool. 63 per cent of mentees were matched with someone they "
         "could not have met in person; staff in one-person offices valued this most.",
         "Finding 2. The network's discussion forum and Mastodon hashtag mattered as much as the pairs. "
         "Participants used them to ask quick questions of the whole cohort and to find further advisers.",
         "Finding 3. Peer groups worked best with a clear theme, such as preparing for accreditation or "
         "managing born-digital records.",
         "Finding 4. Mentors reported learning too, especially about digital tools from younger mentees.",
         "Recommendations. Continue online matching; train mentors in remote conversations; give peer groups a "
         "named convener; keep the forum moderated; publish an annual list of participants willing to advise.",
     ), tags=("Workforce development",))

_add("l2", NET, _NEWS + "network-launches-mastodon-server-for-members", "article", 2,
     "Network launches Mastodon server for members", "ArchivesNet Communications", "2024-03-05", (
         "ArchivesNet has launched archives.social.example, a Mastodon server for staff of member record "
         "offices.",
         "The server gives archives staff a place to share work, ask colleagues for advice and follow each "
         "other without an advertising platform in the middle. Within a week, 300 members had joined, and "
         "several regional groups have moved their informal question-and-answer threads there.",
         "The server is moderated by volunteers from member offices under the network's code of conduct. "
         "Accounts are free for staff of member offices. Record offices can also request an official account "
         "for public engagement.",
         "The launch follows a members' survey in which two thirds of respondents said they had stopped using "
         "Twitter/X for professional purposes but missed the conversations.",
     ), tags=("Network news",))

_add("l3", NET, _NEWS + "digitisation-grants-2025", "article", 0,
     "Digitisation grants 2025: call for proposals", "ArchivesNet Communications", "2025-01-13", (
         "ArchivesNet invites member offices to apply for grants of up to 25,000 for digitisation projects "
         "that open up collections of national significance.",
         "Priority will be given to projects that digitise fragile material, involve local communities in "
         "selection and description, and publish images under open licences.",
         "Applications close on 14 March. An online briefing for applicants will be held on 6 February.",
     ), tags=("Funding",))

_add("l4", NET, _NEWS + "a-year-of-the-records-managers-community-of-practice", "article", 3,
     "A year of the records managers' community of practice", "Tomasz Wren", "2024-06-20", (
         "A year ago a handful of records managers in member offices started meeting online once a month to "
         "talk about the parts of the job that training courses skip. The group now has ninety members, a "
         "busy discussion board, and a waiting list for its shadowing scheme. We asked its convener, Tomasz "
         "Wren, what it has become.",
         "\"Most of us are the only records manager in our organisation,\" he says. \"You can go years without "
         "talking to anyone who understands why a retention schedule matters. The group is where you find "
         "those people. Someone new posts a question about email retention and five people with twenty years "
         "of experience answer it by lunchtime.\"",
         "The monthly calls follow a simple pattern: one member presents a problem, the others ask questions, "
         "and the group offers options. Newer members are paired with experienced ones for a few months if "
         "they want, and several pairs have continued long after.",
         "The group also keeps a shared reading list and a channel on the network's Mastodon server, where "
         "members post useful articles and job adverts. \"The advice I value most came from someone I have "
         "never met in person,\" one member told us. \"She talked me through my first audit over three "
         "evenings of messages.\"",
         "New members are welcome. Join through the network's members' area.",
     ), tags=("Network news", "Workforce development"))

_add("l5", NET, "/documents/20121/0/archivesnet-annual-report-2024.pdf", "document", 1,
     "ArchivesNet annual report 2024", "ArchivesNet", "2024-11-28", (
         "ArchivesNet annual report 2024.",
         "Our year. 214 member offices; 1.9 million catalogue records added to the national catalogue; 46 "
         "digitisation grants awarded; two new regional hubs.",
         "Collections. Highlights include the acquisition of the Fenwick shipping company records and the "
         "completion of the wartime evacuation records project.",
         "People. Our training programme reached 1,100 staff. The online peer mentoring network completed its "
         "first full year, and the members' Mastodon server passed 600 accounts.",
         "Finance. Income 3.2 million, of which 71 per cent was member subscriptions and grants.",
         "Looking ahead. Priorities for 2025 are born-digital preservation capacity and a new national "
         "catalogue interface.",
     ), tags=("Corporate",))

# --- hub.commons.example: posts on a Hubzilla hub ----------------------------------------------------

_add("h1", HUB, "/item/3b9f61c2-7a0e-4d5c-9e1b-2f8c0a6d4e11", "post", 3,
     "Looking for someone a few years ahead", "Mira Solberg", "2025-02-11", (
         "New-ish digital preservation person here (18 months in, one-person team). Is anyone a few years "
         "ahead of me willing to swap a message now and then? Happy to return the favour on metadata. "
         "#mentoring #DigiPres #archives #librarians",
     ), tags=("mentoring", "DigiPres"))

_add("h2", HUB, "/item/8d2e4f70-1c3b-4a9e-b6d5-5a7f9c0e2b38", "post", 3,
     "Ten years of learning in public", "Mira Solberg", "2024-09-03", (
         "Someone asked me last week how I learned my job, given that my library school course had exactly one "
         "lecture on digital preservation. Honest answer: from strangers, in public, over ten years. A thread "
         "of sorts, since this hub lets me write long.",
         "It started with a hashtag chat for library people, back when we were all on the old bird site. I "
         "asked a question about file formats and a preservation officer at a national library answered, then "
         "followed me, then sent me a reading list. I have still never met her.",
         "Then mailing lists. The digital preservation list is slow and old-fashioned and the most generous "
         "place I know: people write three-page answers to beginners' questions.",
         "Then a small group of us, all early career, set up a monthly call to compare notes. We called it "
         "\"the support group\" as a joke. Five years later it still meets, and two of us now manage teams.",
         "Now I try to do for others what was done for me: answer the beginner questions, boost the job "
         "adverts, say yes when someone asks if they can ask. Nobody gave me a mentor. The network was the "
         "mentor.",
     ), tags=("librarians", "DigiPres"))

_add("h3", HUB, "/item/c51a0e93-6f2d-48b7-a3c4-0d9e7b1f5a62", "post", 0,
     "Allotment update", "Mira Solberg", "2024-07-21", (
         "Allotment update: the beans have finally decided to climb, the courgettes are threatening world "
         "domination, and something has eaten every single lettuce. Suspect: the neighbour's tortoise, who has "
         "form. Photos of the crime scene attached.",
     ), tags=("gardening",))

_add("h4", HUB, "/item/f27c4b18-9e5a-43d0-8b61-7c2d0e9a3f45", "post", 1,
     "Re: conference livestream", "Mira Solberg", "2024-10-17", (
         "Re: the conference livestream, the audio was fine for me from the second session onwards. The slides "
         "are on the conference site. I mostly followed along in the hashtag, which was livelier than the "
         "room, and came away with three new people to follow. The keynote on storage costs was the best "
         "talk; the panel on AI went round in circles.",
     ), tags=("conferences",))

_add("h5", HUB, "/item/0a6e3d59-b2f4-4c17-9d08-e6b5a1c7f293", "post", 2,
     "Solo librarians circle: March notes", "Solo Librarians", "2025-03-14", (
         "Notes from this month's call of the solo librarians circle (11 of us, plus two newcomers: welcome!).",
         "Round of updates: two budget cuts, one new job, one office move, and a successful first attempt at "
         "an institutional repository.",
         "Main topic: how do you get honest feedback on your work when there is nobody above you who "
         "understands it? Suggestions: swap annual reports with another member and critique each other's; ask "
         "a more experienced member to be your informal sounding board for a year; post drafts in this forum; "
         "and find the people in your specialism on the fediverse and in mailing lists and ask them directly.",
         "Several of us agreed to pair up for the next three months and report back. Next call: 11 April, "
         "same link. Topic: surviving the annual stock check.",
     ), tags=("solo librarians",))

# --- emeraldine.example: journal articles ------------------------------------------------------------

_DOI = "/insight/content/doi/10.1108/"

_add("e1", JOURNALS, _DOI + "JLP-02-2023-0071/full/html", "journal-article", 3,
     "Mentoring at a distance: how early-career information professionals use social networking sites for "
     "career guidance", "Agata Kowalczyk; Richard Mensah", "2023-09-18", (
         "## Introduction",
         "Mentoring has long been regarded as one of the most effective forms of professional development in "
         "librarianship and archives. Formal schemes run by professional associations and employers pair a "
         "less experienced practitioner with a more experienced one for a fixed period, usually with defined "
         "goals. Such schemes are, however, unevenly available. Practitioners in small organisations, in "
         "rural areas, in specialist roles or on short contracts are least likely to have access to them, and "
         "are often the practitioners with the fewest colleagues to learn from informally.",
         "Over the past fifteen years a second, less visible form of guidance has grown alongside formal "
         "schemes. Early-career practitioners ask questions in hashtag chats on Twitter/X, Mastodon and "
         "Bluesky, join Slack and Discord communities, follow experienced colleagues on LinkedIn, and read and "
         "post to mailing lists. Commentators have described the result as a personal learning network: a "
         "self-assembled set of people and resources from which an individual learns. Whether such networks "
         "provide the functions traditionally associated with mentoring, and for whom, has received little "
         "empirical attention in library and information science.",
         "This article reports a mixed-methods study of how early-career information professionals in the "
         "United Kingdom and Ireland use social networking sites and online communities to seek career "
         "guidance, and how they understand the relationships that result.",
         "## Literature review",
         "Kram's classic distinction between the career functions of mentoring (sponsorship, coaching, "
         "exposure, protection and challenging assignments) and its psychosocial functions (role modelling, "
         "acceptance, counselling and friendship) has structured most research on mentoring in the "
         "professions. Later work on developmental networks argued that individuals receive these functions "
         "from several people at once rather than from a single mentor, and that the diversity and strength of "
         "those ties shapes career outcomes.",
         "Studies of mentoring in libraries have largely examined formal programmes, reporting benefits for "
         "job satisfaction, retention and leadership readiness, alongside persistent problems of matching, "
         "time and the emotional labour of mentors. E-mentoring, conducted wholly or partly through email and "
         "video, has been studied as a way of extending such programmes geographically, with generally "
         "positive findings but concern about the thinness of relationships conducted only in text.",
         "Research on librarians' use of social media for professional development has grown since the early "
         "2010s, focusing on Twitter chats, conference hashtags and blogs. These studies document rich "
         "information sharing and a sense of community, but rarely ask whether the relationships formed in "
         "such spaces become developmental relationships in Kram's sense.",
         "## Method",
         "We conducted an online survey of information professionals with up to seven years' post-qualification "
         "experience (n = 412), distributed through professional mailing lists, association newsletters and "
         "social media. The survey asked which platforms respondents used for professional purposes, how "
         "often they sought advice through each, and whether they had ever formed an ongoing advice "
         "relationship with someone they first met online. Twenty-six respondents were then interviewed for "
         "between 45 and 70 minutes. Interviews were transcribed and coded thematically, using Kram's "
         "functions as sensitising concepts.",
         "## Findings",
         "Almost all respondents (94 per cent) used at least one social platform for professional purposes. "
         "LinkedIn was the most widely used (81 per cent) but the least used for seeking advice; respondents "
         "described it as a place to be seen rather than to ask. Mastodon and Bluesky had overtaken Twitter/X "
         "as places to ask questions among respondents under thirty. Slack and Discord communities, used by 38 "
         "per cent, were the most frequently named sources of sustained guidance, followed by mailing lists.",
         "Forty-four per cent of respondents had formed at least one ongoing advice relationship with someone "
         "first met online. Interviewees described these relationships as starting with a public exchange, "
         "often a reply to a question in a chat or channel, continuing through private messages, and in some "
         "cases moving to video calls. Few used the word mentor. \"She would be horrified if I called her "
         "that,\" said one archivist. \"But she has read every application I have written.\"",
         "The career functions most often reported were coaching (advice on applications, interviews and "
         "negotiations) and exposure (being recommended for opportunities, introduced to others or amplified "
         "in posts). Sponsorship in the strong sense, advocacy by a senior person within the mentee's own "
         "organisation, was almost absent. Psychosocial functions were prominent: interviewees described "
         "online communities as places where they felt accepted as professionals before their employers "
         "treated them as such.",
         "Interviewees also described peer relationships as central. Small groups of early-career "
         "practitioners who met in a community and then formed a private channel or regular call provided "
         "what several called \"mentoring sideways\": shared information about job markets and mutual "
         "encouragement.",
         "Three problems recurred. First, visibility: guidance flowed disproportionately to those confident "
         "enough to post publicly, and interviewees from minoritised groups described greater risk in doing "
         "so. Second, fragility: platform changes since 2022 had broken networks, and some relationships did "
         "not survive the move. Third, unevenness of quality: advice from strangers was sometimes confident "
         "and wrong, and early-career practitioners found it hard to judge.",
         "## Discussion",
         "Our findings support the developmental network view. Online, early-career information professionals "
         "assemble guidance from many people, most of whom provide one or two functions, and a few of whom "
         "become close advisers over time. Social networking sites serve less as places where mentoring "
         "happens than as places where mentoring relationships are found and begun.",
         "For professional associations and employers, the implication is not to replace formal schemes with "
         "social media but to connect the two: to use online communities to widen the pool from which mentors "
         "are drawn, to give structure to peer groups that form spontaneously, and to make it safer for "
         "less confident practitioners to ask in public, for example through moderated channels and "
         "anonymous question threads.",
         "## Implications for practice",
         "Several interviewees had moved from receiving guidance to giving it, and described the move as "
         "gradual: answering a question in their own specialism, then hosting a chat, then agreeing to read a "
         "newcomer's application. Professional bodies could recognise this progression, for example by "
         "counting sustained online advising towards revalidation or chartership, as some already count "
         "formal mentoring.",
         "Employers, for their part, could treat time spent in professional communities as legitimate work. "
         "Interviewees in public libraries in particular reported that they could only take part in chats and "
         "channels in their own time, and that managers regarded social media use at work with suspicion. "
         "Where employers had explicitly endorsed participation, early-career staff reported richer networks "
         "and more confidence in approaching senior colleagues elsewhere.",
         "Finally, library and information science educators could introduce students to these communities "
         "during their studies. Several interviewees said they discovered the communities only after "
         "graduating, and wished they had been encouraged to join while they still had the time and the "
         "student status that made asking questions feel natural.",
         "## Limitations",
         "The survey was distributed partly through social media and so over-represents practitioners who are "
         "active online; the proportion who had formed advice relationships online is likely to be lower in "
         "the profession as a whole. Interviewees were self-selected and reflected on relationships "
         "retrospectively. The study was conducted during a period of rapid change in platforms, and the "
         "distribution of activity between them will already have shifted. We did not interview the "
         "experienced practitioners who provided guidance, whose view of these relationships may differ.",
         "## Conclusion",
         "Social networking sites and online communities have become a significant, largely informal "
         "infrastructure of career guidance in the information professions. They widen access to experienced "
         "colleagues but distribute it unevenly. Further research should follow such relationships over time "
         "and compare their outcomes with those of formal schemes.",
     ), tags=("Mentoring", "Social networking sites", "Career development", "Early-career librarians",
              "Personal learning networks"),
     summary=("Purpose: This paper examines how early-career information professionals use social networking "
              "sites and online communities to seek career guidance and whether the relationships formed "
              "provide mentoring functions. Design/methodology/approach: An online survey (n = 412) and 26 "
              "semi-structured interviews with practitioners in the UK and Ireland. Findings: Online spaces "
              "are where advice relationships are found and begun; coaching, exposure and psychosocial "
              "support are common, sponsorship rare; peer groups matter; access is uneven. Originality/value: "
              "The first study to analyse online career guidance in the information professions through "
              "developmental network theory."))

_add("e2", JOURNALS, _DOI + "RIS-05-2022-0031/full/html", "journal-article", 3,
     "Hashtag chats as communities of practice for academic librarians", "Deborah Achterberg", "2022-11-07", (
         "## Introduction",
         "Scheduled hashtag chats, in which participants answer a set of questions at a fixed time using a "
         "shared tag, have been a fixture of librarians' professional social media use for more than a decade. "
         "This study examines one long-running chat for academic librarians as a community of practice.",
         "## Method",
         "We collected the public archive of 96 weekly chats over two years (18,400 posts by 1,130 accounts) "
         "and interviewed 15 regular participants. Posts were coded for type (question, answer, resource, "
         "social) and replies were analysed as a network.",
         "## Findings",
         "A core of about forty participants produced half of all posts and answered most questions. New "
         "participants who received a reply to their first post were three times as likely to return. Regulars "
         "described the chat as the place where they learned the unwritten norms of academic librarianship, "
         "and several described a senior participant who had taken an interest in their careers and continued "
         "advising them privately, effectively an informal mentor found through the chat.",
         "Legitimate peripheral participation was visible in the data: newcomers moved from liking posts to "
         "answering questions in their own specialism over months. Interviewees valued the chat for "
         "reassurance as much as information.",
         "## Discussion",
         "The chat functions as a community of practice whose boundary is unusually permeable. Its reliance on "
         "a small core makes it fragile; the departure of two hosts in the study period reduced participation "
         "by a third. Institutions that value such learning might recognise chat hosting as professional "
         "service.",
     ), tags=("Communities of practice", "Academic libraries", "Social media", "Professional learning"),
     summary=("Purpose: To examine a weekly hashtag chat for academic librarians as a community of practice. "
              "Design/methodology/approach: Network and content analysis of two years of chat posts and 15 "
              "interviews. Findings: A small core sustains the chat; replies to newcomers predict their return; "
              "participants describe learning professional norms and finding informal mentors. "
              "Originality/value: Applies community of practice theory to a sustained librarian chat."))

_add("e3", JOURNALS, _DOI + "CMR-09-2022-0040/full/html", "journal-article", 0,
     "Weeding without fear: deselection practices in small public libraries", "Colm Brady; Aoife Nolan",
     "2023-03-27", (
         "## Introduction",
         "Deselection, or weeding, keeps a collection current and usable, yet many small public libraries weed "
         "irregularly. This study asks what prevents them.",
         "## Method",
         "A survey of 164 branch libraries serving populations under 20,000 and site visits to eight.",
         "## Findings",
         "Libraries with a written deselection policy weeded twice as much as those without. Barriers were "
         "fear of public criticism, lack of time and lack of circulation data. Staff in branches that used "
         "simple, agreed criteria such as age, condition and loans in the last five years reported more "
         "confidence.",
         "## Conclusion",
         "A short written policy, regular scheduled weeding and communication with users reduce the anxiety "
         "around deselection.",
     ), tags=("Weeding", "Collection management", "Public libraries"),
     summary=("Purpose: To identify barriers to weeding in small public libraries. Design/methodology/"
              "approach: Survey of 164 branches and eight site visits. Findings: Written policies and simple "
              "criteria increase weeding. Originality/value: Focuses on small libraries, often overlooked."))

_add("e4", JOURNALS, _DOI + "RIS-11-2022-0058/full/html", "journal-article", 0,
     "Patron satisfaction with chat reference: a transcript analysis", "Lena Fischer", "2023-05-15", (
         "## Introduction",
         "Many academic libraries now answer more questions by chat than at the desk. This study examines what "
         "predicts user satisfaction with chat reference.",
         "## Method",
         "We analysed 2,300 chat transcripts from a consortial chat service with post-chat satisfaction "
         "ratings, coding librarians' behaviours using the RUSA guidelines.",
         "## Findings",
         "Satisfaction was highest when librarians asked a clarifying question early, explained their search "
         "steps, and checked whether the answer met the user's need. Response time mattered less than "
         "expected. Chats transferred between staff had lower ratings.",
         "## Conclusion",
         "Training for chat reference should emphasise the reference interview, not speed.",
     ), tags=("Virtual reference", "Chat", "User satisfaction"),
     summary=("Purpose: To identify predictors of user satisfaction with chat reference. Design/methodology/"
              "approach: Analysis of 2,300 rated transcripts. Findings: Clarifying questions and explanation "
              "predict satisfaction more than speed. Originality/value: A large rated transcript set."))

_add("e5", JOURNALS, _DOI + "LLMR-01-2023-0004/full/html", "journal-article", 1,
     "Onboarding new staff in academic libraries: a national survey", "Marcus Bell; Yasmin Qureshi",
     "2023-08-21", (
         "## Introduction",
         "How new staff are introduced to an organisation affects how long they stay. Little is known about "
         "onboarding practice in academic libraries.",
         "## Method",
         "A survey of heads of library staff development in 97 higher education institutions.",
         "## Findings",
         "Most libraries provide an induction checklist and meetings with key colleagues in the first month. "
         "Fewer than a third provide structured onboarding beyond three months. Assigning a buddy or an "
         "informal mentor was reported by 41 per cent; a few libraries also point new staff to professional "
         "networks and online communities outside the institution. Respondents identified workload of "
         "existing staff as the main barrier to better onboarding.",
         "## Conclusion",
         "Onboarding in academic libraries is front-loaded; extending it across the first year could improve "
         "retention.",
     ), tags=("Onboarding", "Staff development", "Academic libraries"),
     summary=("Purpose: To describe onboarding practice in academic libraries. Design/methodology/approach: "
              "Survey of 97 institutions. Findings: Onboarding concentrates in the first month; buddying is "
              "common but not universal. Originality/value: First national picture of library onboarding."))

# --- podcasts.example: "The Checkout Desk", a podcast by two public library workers --------------------

_POD = "/podcasts/checkout-desk/"

_add("p1", PODS, _POD + "1634201/", "post", 3,
     "Ep. 41: Mentors you've never met", "The Checkout Desk", "2024-10-02", (
         "This week Dev and Rosa talk to Keisha Ambrose, a school librarian who built a career largely through "
         "people she met online, and who now runs a Discord server where 1,200 school library staff help each "
         "other.",
         "We talk about: how a reply to a hashtag chat turned into a decade-long friendship with a district "
         "library supervisor who coached her through three job moves; why she thinks \"mentor\" is the wrong "
         "word for most of these relationships; what makes a good question to ask a stranger; how her server "
         "pairs new members with experienced ones each autumn; and what happens when the platform you built "
         "your network on falls apart.",
         "Plus listener voicemails about the best career advice you got from someone on the internet.",
         "Links: Keisha's blog, the server's invite page, and the episode transcript are in the show notes on "
         "our website. Send us a voicemail for next month's mailbag.",
     ), tags=("careers", "interviews"))

_add("p2", PODS, _POD + "1598832/", "post", 0,
     "Ep. 40: Comics in the catalogue", "The Checkout Desk", "2024-09-04", (
         "Where do you shelve a graphic novel adaptation of a Shakespeare play? Dev and Rosa argue about "
         "comics cataloguing with a technical services librarian who has strong feelings about series "
         "statements.",
         "Also: the great manga shelving debate, why readers search by publisher, and a listener question "
         "about interfiling collected editions with single issues.",
     ), tags=("cataloguing",))

_add("p3", PODS, _POD + "1672450/", "post", 1,
     "Ep. 42: Burnout and boundaries", "The Checkout Desk", "2024-11-06", (
         "It has been a year. Dev and Rosa talk honestly about burnout in public libraries: understaffing, "
         "difficult patrons, and the feeling that you are the last safety net in town.",
         "We cover: saying no to extra duties, what your union can do, how to take a lunch break when you are "
         "the only one on the desk, and the small peer support group on Discord that Rosa credits with "
         "keeping her in the job.",
         "Resources mentioned are listed on our website. Take care of yourselves.",
     ), tags=("wellbeing",))

_add("p4", PODS, _POD + "1551107/", "post", 2,
     "Ep. 39: From shelver to director", "The Checkout Desk", "2024-08-07", (
         "Our guest started as a teenage shelver and now directs a county library system. She talks about the "
         "people who helped her at each step: a branch manager who pushed her to apply for library school, a "
         "director who let her sit in on budget meetings, and a group of peers from a leadership course who "
         "still meet online every month to trade advice.",
         "Her advice for library workers who want to move up: ask to watch the work you want to do, find "
         "people a few steps ahead and ask them specific questions, and when you get there, send the ladder "
         "back down.",
     ), tags=("careers", "interviews"))

# --- bookwyrm.example: reviews on a BookWyrm instance ---------------------------------------------------

_add("b1", BOOKS, "/user/annika/review/48213", "post", 2,
     "Review of \"Mentoring in the Library\"", "Annika Lund", "2024-05-30", (
         "Solid, practical, a bit dated. This handbook covers formal mentoring programmes in libraries: how to "
         "set one up, match people, train mentors and evaluate the results. The chapters on the mentee's side "
         "of the relationship are the best part and I wish I had read them in my first job.",
         "Where it shows its age is the chapter on \"e-mentoring\", which is all email. Most of the guidance I "
         "have had from senior colleagues in the last few years has come through Slack channels, Mastodon "
         "threads and the odd video call, and none of that is here. A new edition could do a lot with it.",
         "Recommended for anyone asked to run a mentoring scheme; less useful for finding a mentor yourself.",
     ), tags=("librarianship",))

_add("b2", BOOKS, "/user/annika/review/47902", "post", 0,
     "Review of \"The Salt Archive\"", "Annika Lund", "2024-04-11", (
         "A slow, beautiful novel about a woman who inherits her grandmother's house on a tidal island and "
         "finds it full of unlabelled photographs. The mystery is thin, but the writing about weather and "
         "memory is wonderful, and the final chapter made me cry on a train.",
         "Four stars rather than five because the middle third drags.",
     ), tags=("fiction",))

_add("b3", BOOKS, "/user/tomasz/comment/48870", "post", 3,
     "Comment on \"Connected Professionals\"", "Tomasz Wren", "2024-06-14", (
         "Halfway through. The chapter on librarians' hashtag chats and Slack communities as places where "
         "people find advisers and learn the job from colleagues elsewhere is exactly what happened to me. "
         "Reading it with my records managers' group; we meet online next week to argue about chapter 5.",
     ), tags=("professional learning",))

_add("b4", BOOKS, "/user/tomasz/review/46001", "post", 1,
     "Review of \"Paper Trails: An Archivist's Life\"", "Tomasz Wren", "2024-02-02", (
         "A warm memoir by an archivist who spent forty years in a county record office. The best chapters are "
         "about the collections: a smuggler's account book, a suffragette's letters, a flood that nearly "
         "destroyed the strongroom.",
         "There is a brief and rather lovely passage about the younger archivists who write to her online for "
         "advice in retirement, but mostly this is a book about places and papers, not people's careers.",
         "Recommended for anyone who has ever opened a box and been surprised.",
     ), tags=("memoir",))


# --- the pages that are not works: (host, path, kind), all graded 0 -------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (BLOG, "/", "home"), (BLOG, "/about/", "about"), (BLOG, "/blog/", "listing"), (BLOG, "/blog/page-2/", "listing"),
    (BLOG, "/tags/community/", "tag"), (BLOG, "/tags/career/", "tag"),
    (BLOG, "/blog/notes-from-my-first-chat/", "error"),
    (SHOP, "/", "home"), (SHOP, "/shop/", "listing"), (SHOP, "/product-category/badges-and-signage/", "category"),
    (SHOP, "/blog/", "listing"), (SHOP, "/category/news-and-advice/", "category"),
    (SHOP, "/?s=mentor&post_type=product", "search"), (SHOP, "/about-us/", "about"), (SHOP, "/contact/", "contact"),
    (STACKS, "/", "home"), (STACKS, "/docs/", "listing"), (STACKS, "/blog/", "listing"),
    (STACKS, "/tags/community/", "tag"), (STACKS, "/about/", "about"), (STACKS, "/docs/community/matrix/", "error"),
    (ASSOC, "/", "home"), (ASSOC, "/about-us", "about"), (ASSOC, "/contact", "contact"), (ASSOC, "/news", "listing"),
    (ASSOC, "/news/topic/14/professional-development", "category"), (ASSOC, "/search?query=mentoring", "search"),
    (UNI, "/", "home"), (UNI, "/news/", "listing"), (UNI, "/news/category/staff-news/", "category"),
    (UNI, "/about-the-library/", "about"), (UNI, "/contact-us/", "contact"), (UNI, "/search/?q=mentoring", "search"),
    (UNI, "/news/2019/library-mentoring-circle-launched/", "error"),
    (NET, "/web/archivesnet", "home"), (NET, "/web/archivesnet/about", "about"),
    (NET, "/web/archivesnet/contact", "contact"), (NET, "/web/archivesnet/news", "listing"),
    (NET, "/web/archivesnet/publications", "listing"), (NET, "/web/archivesnet/search?q=mentoring", "search"),
    (NET, "/web/archivesnet/news/-/categories/40211", "category"), (NET, "/web/tomasz.wren", "profile"),
    (NET, "/web/archivesnet/events", "error"),
    (HUB, "/", "home"), (HUB, "/channel/mira", "profile"), (HUB, "/channel/solo-libs", "listing"),
    (HUB, "/search?tag=mentoring", "tag"), (HUB, "/search?search=peer+mentoring", "search"),
    (HUB, "/siteinfo", "about"), (HUB, "/item/9c4d2e71-5b08-4f3a-a6e2-1d7b8c0f9e34", "error"),
    (JOURNALS, "/insight/", "home"), (JOURNALS, "/insight/publication/issn/2399-1234", "listing"),
    (JOURNALS, "/insight/publication/issn/2399-1234/vol/12/iss/3", "listing"),
    (JOURNALS, "/insight/publication/issn/2399-5678/vol/50/iss/4", "listing"),
    (JOURNALS, "/insight/search?q=mentoring", "search"), (JOURNALS, "/insight/subject/library-studies", "category"),
    (JOURNALS, "/insight/about", "about"),
    (PODS, "/podcasts/checkout-desk/", "home"), (PODS, "/podcasts/checkout-desk/?page=2", "listing"),
    (PODS, "/podcasts/checkout-desk/1501987/", "error"),
    (BOOKS, "/", "home"), (BOOKS, "/about", "about"), (BOOKS, "/user/annika", "profile"),
    (BOOKS, "/user/tomasz", "profile"), (BOOKS, "/list/31/s/books-for-new-library-workers", "listing"),
    (BOOKS, "/book/90211/s/mentoring-in-the-library", "listing"), (BOOKS, "/book/88417/s/the-salt-archive", "listing"),
    (BOOKS, "/book/91530/s/connected-professionals", "listing"),
    (BOOKS, "/book/86002/s/paper-trails-an-archivists-life", "listing"), (BOOKS, "/search?q=mentoring", "search"),
]

# where the crawl starts on a host whose home is not "/"
START = {NET: "/web/archivesnet", JOURNALS: "/insight/", PODS: "/podcasts/checkout-desk/"}
