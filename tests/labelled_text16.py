"""Web 16's texts and labels, written before its pages were built (the held-out
measure of scan's ranking: nobody tunes on it before the lead measures it once).

``WORKS`` maps a short name to a :class:`Work`: the host and path it is served
at, its kind (``article``, ``journal-article``, ``post``, ``document``), its
grade (3 about the topic throughout, 2 about it in good part, 1 a passing
mention, 0 nothing), its title, author, date, paragraphs and, for threads,
its replies. ``OTHER`` lists the pages that are not works, as ``(host, path,
kind)``; they are graded 0. ``tests/labelled_web16.py`` builds every one of
them, exactly once, in its host's own markup.
"""

from __future__ import annotations

from dataclasses import dataclass

HYDE = "quietcarrel.example"        # Jekyll, Hyde theme: a library-school student's blog
TERMINAL = "stackdump.example"      # Hugo, Terminal theme: a systems librarian's blog
SMF = "carrelcommons.example"       # Simple Machines Forum 2.1: a forum for library staff
NOOK = "researchnook.example"       # a ResearchGate-like network of researchers
AVADA = "shelfwise.example"         # WordPress, Avada with All in One SEO: a library software vendor
BARRIO = "archivistsnet.example"    # Drupal 10, Bootstrap Barrio: a regional archivists' association
ANCHOR = "shelftalkpod.example"     # a Spotify for Podcasters (Anchor) show
PLUME = "longshelf.example"         # Plume: a federated blogging instance, a retired librarian's blog
KIT = "careerletter.example"        # Kit (ConvertKit) creator profile and newsletter archive
NEWSPAPER = "libraryledger.example" # WordPress, tagDiv Newspaper theme: a library trade newsroom


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
    replies: tuple[tuple[str, str, str], ...] = ()   # (who, date, text) for threads
    summary: str = ""


WORKS: dict[str, Work] = {}


def _add(name: str, *args, **kw) -> None:
    assert name not in WORKS, name
    WORKS[name] = Work(*args, **kw)


# --- quietcarrel.example: a student's Jekyll blog (Hyde) -------------------------------------------------

_add("h1", HYDE, "/2025/01/14/i-cold-emailed-an-archivist.html", "article", 3,
     "I cold-messaged an archivist on LinkedIn and she said yes", "Priya Raman", "2025-01-14", (
         "Confession: I sat on this message for eleven days. I had found her through a panel recording, then her "
         "LinkedIn, then a long post she wrote about processing a backlog of union records, and I wanted to ask her "
         "one thing: how did you get from a history MA into archives without a decade of unpaid internships?",
         "My advisor had said, very kindly, that I should 'build relationships with working professionals'. Nobody "
         "tells you what that looks like when you are a first-year MLIS student who knows exactly zero working "
         "professionals. So I wrote four sentences. Who I was, what I had read of hers, the one question, and that "
         "a no or no reply was completely fine.",
         "She replied the next morning. Not with an answer but with a calendar link for a twenty-minute video call. "
         "Twenty minutes became fifty. She walked me through how she had used a regional archives listserv to find "
         "her first processing job, which of the two certificate programs she thought were worth it, and why I "
         "should stop apologising in emails.",
         "At the end she said something I keep thinking about: that she had never had one mentor, she had a dozen "
         "people she could message with a question, most of whom she met online first. She called it her bench. "
         "She offered to be on mine, and suggested I check in once a month, in writing, so she could answer when "
         "she had time.",
         "We have done that three times now. I send a short note: what I am working on, one question. She sends "
         "back a paragraph and usually a link to somebody else. Two of those somebodies have answered me too. One "
         "of them invited me into a Slack workspace for processing archivists, where the #new-to-the-field channel "
         "is honestly better than half my coursework.",
         "Things I would tell past me: be specific, make the ask small, read what the person has already written "
         "so you are not asking them to repeat a blog post, and say thank you with an update later, not just in "
         "the moment. People like to know the advice went somewhere.",
         "I still do not love the word networking. But this did not feel like networking. It felt like asking for "
         "directions from someone who had walked the road, and finding out the road has a lot of people on it "
         "willing to point.",
     ), tags=("mentoring", "archives", "linkedin"))

_add("h2", HYDE, "/2025/02/03/practicum-week-one.html", "article", 1,
     "Practicum, week one", "Priya Raman", "2025-02-03", (
         "First week at the county historical society is done and my hands smell like old paper and nitrile. "
         "My supervisor started me on a box of glass plate negatives, which is terrifying and wonderful.",
         "Monday was orientation: the building, the alarm codes, the freezer we are not allowed to open. Tuesday "
         "and Wednesday I rehoused negatives into four-flap enclosures and logged each one in a spreadsheet that "
         "will eventually become a finding aid. Thursday a researcher came in looking for a grandmother's photo "
         "and we actually found it, which made everybody's week.",
         "The cohort group chat on Discord has been a lifeline for the logistics questions (does anyone else have "
         "to log their hours in two places?), though mostly it is photos of everybody's weirdest box.",
         "Next week: the negatives continue, and I get to sit in on a donor meeting. I am told to bring a notebook "
         "and say nothing, which I can do.",
     ), tags=("practicum",))

_add("h3", HYDE, "/2025/02/20/my-pln-so-far.html", "article", 3,
     "My personal learning network, six months in", "Priya Raman", "2025-02-20", (
         "Our professional issues class had an assignment to 'map your personal learning network', and mine was "
         "embarrassingly small in September: two professors, one cousin who works at a public library, and a "
         "newsletter I never opened. Six months later it looks different, so here is the map, partly for the "
         "grade and partly because someone in my cohort asked how I found all these people.",
         "Mastodon first. A professor pointed us at a server run for library and archives workers, and I followed "
         "the people who replied to her. The norm there is long, patient replies; when I asked a naive question "
         "about digitisation standards I got three threads of answers and a PDF. I post maybe once a week, mostly "
         "questions, and I boost things I learned from.",
         "Bluesky second, because that is where a lot of the public library folks went. The starter packs helped: "
         "somebody made one for early-career archivists and suddenly my feed was people talking about their first "
         "jobs, salary transparency, and which conferences are worth a student's money.",
         "Then the less shiny parts: two mailing lists (one regional archives list, one for a description "
         "standards group) that I read in digest form on the bus, a Slack workspace where I mostly lurk in the "
         "new-professionals channel, and the free webinars our state association runs, which I now watch with the "
         "chat open because the chat is where the good questions are.",
         "What I have learned about learning this way: lurking is fine, but asking one real question a week is "
         "where it starts to become a network rather than a feed. And people will mentor you in public, a reply "
         "at a time, if you show that you did your homework.",
     ), tags=("pln", "mastodon", "bluesky"))

_add("h4", HYDE, "/2025/03/11/cataloging-homework-rant.html", "article", 0,
     "A small rant about MARC homework", "Priya Raman", "2025-03-11", (
         "It is 11pm and I have spent three hours on one record for a 1970s exhibition catalogue with four "
         "corporate bodies, a subtitle that might be a series, and a publisher that appears to be a PO box.",
         "I understand why we learn MARC. I do. Most of the records we will touch in our careers are still in it, "
         "and you cannot fix a record you cannot read. But the 264 field and I are not friends tonight.",
         "Things I have learned: indicators matter, the second indicator of the 245 is the number of nonfiling "
         "characters and you must count the space, and the validation tool in the lab does not care about your "
         "feelings. Submitting now. Going to bed.",
     ), tags=("cataloging",))

_add("h5", HYDE, "/2025/03/30/libchat-lurker.html", "article", 3,
     "Confessions of a chat lurker", "Priya Raman", "2025-03-30", (
         "Joined my first live hashtag chat for library folks tonight and said nothing for forty minutes. Then "
         "someone asked how students find mentors and I typed one honest sentence. Four people replied, two "
         "followed me, one offered a call. Lurking taught me the room; talking got me a mentor.",
     ), tags=("pln", "mentoring"))

_add("h6", HYDE, "/2025/04/22/job-hunt-spreadsheet.html", "article", 1,
     "The job hunt spreadsheet", "Priya Raman", "2025-04-22", (
         "Graduation is six weeks away so the spreadsheet exists now. Columns: institution, title, salary (listed "
         "or not, and I am judging), deadline, whether the posting asks for three references up front, and a "
         "column called 'vibes' that I will not explain.",
         "So far I have applied to nine jobs: four processing archivist roles, two library assistant jobs that "
         "would keep me in town, a records management position at a utility, and two long shots. I have had one "
         "phone screen, which went fine, and one rejection that arrived eleven minutes after I applied, which I "
         "choose to find funny.",
         "My cover letters got much better after someone from my online network read two of them and told me "
         "to cut the first paragraph every time. She was right every time.",
         "Next: portfolio site, which is to say a single page with links, and learning to talk about my practicum "
         "in two minutes instead of ten.",
     ), tags=("jobs",))

# --- stackdump.example: a systems librarian's Hugo blog (Terminal) -----------------------------------------

_add("t1", TERMINAL, "/posts/running-a-mastodon-instance-for-library-workers/", "article", 2,
     "Two years of running a Mastodon instance for library workers", "Tomasz Wierzbicki", "2024-11-02", (
         "In November 2022 a few of us spun up a Mastodon instance for people who work in libraries, archives "
         "and museums. It now has about 1,400 active accounts. This is a write-up of what it takes, technically "
         "and otherwise.",
         "Hosting: a single 4 vCPU / 8 GB VPS ran everything for the first year. We moved media to object "
         "storage early (month two, when the disk filled), and split Sidekiq queues onto a second box when the "
         "push queue started lagging during big news days. Postgres is boring and fine. Backups are nightly dumps "
         "plus object storage versioning, tested quarterly, because an untested backup is a rumour.",
         "Costs run about 110 a month, covered by members who chip in through an open collective. Moderation is "
         "four volunteers across three time zones, with a shared doc of decisions so we do not relitigate the "
         "same case twice.",
         "The part I did not expect: why people stay. When we surveyed members last spring, the top reason was "
         "not the technology or the politics of leaving a big platform; it was that they could ask a question "
         "and get a thoughtful answer from someone more experienced. New cataloguers get walked through authority "
         "work in replies. A school librarian asked how to move into systems work and ended up with a standing "
         "monthly call with one of our admins. Several people said the local timeline had replaced the "
         "conference hallway for them.",
         "We now lean into that a little: a weekly #AskALibrarian-style thread where early-career folks post "
         "questions, and a pinned list of members who have said they are happy to be asked about their "
         "specialty. It is informal on purpose; nobody is assigned a mentee.",
         "Next year's technical work: upgrading to the next major version without the downtime we had last time, "
         "and finally writing proper runbooks so the instance does not depend on me remembering things.",
     ), tags=("mastodon", "fediverse", "sysadmin"))

_add("t2", TERMINAL, "/posts/migrating-our-mailing-list-to-mailman-3/", "article", 0,
     "Migrating our mailing lists to Mailman 3", "Tomasz Wierzbicki", "2024-08-19", (
         "We finally retired the Mailman 2 install that has been running on the same box since 2011. Notes for "
         "anyone else doing this.",
         "The import itself is easy: mailman import21 takes the old config.pck and gets you 90 percent of the "
         "way. Archives are the pain. HyperKitty's hyperkitty_import choked on a few mbox files with broken "
         "headers from a 2014 spam wave; a quick pass with a Python script to drop messages without a valid "
         "Date header fixed it.",
         "DMARC: set dmarc_mitigate_action to munge_from for any list with outside posters, or Gmail users will "
         "silently lose mail. Postorius's moderation queue is nicer than the old one; the staff who moderate the "
         "reference list said so unprompted, which is a first.",
         "Gotchas: the URL layout of archives changed, so we added redirects for the old pipermail paths, and "
         "the REST API needs its own credentials that you must not forget to rotate.",
     ), tags=("sysadmin", "email"))

_add("t3", TERMINAL, "/posts/code-review-as-mentoring/", "article", 3,
     "Code review is where I mentor now", "Tomasz Wierzbicki", "2025-01-27", (
         "Somebody in the library tech Slack asked last week how people mentor junior developers when everyone is "
         "remote and spread across institutions. I started typing a reply and it got long, so here it is.",
         "Most of the mentoring I do happens in pull request comments and in a couple of chat channels, not in "
         "scheduled meetings. Two of the people I mentor are at other libraries entirely; we met because they "
         "sent patches to an open source discovery tool I maintain. A good first review is the most effective "
         "mentoring conversation I know.",
         "What works: explain the why, not just the what ('this query will scan the whole items table once the "
         "collection grows' rather than 'use an index'). Ask questions instead of issuing corrections. Leave at "
         "least one comment on something done well. And move long discussions to a call, because a forty-comment "
         "thread is nobody's idea of support.",
         "The community channels matter as much as the reviews. The Code4Lib Slack has a channel where new "
         "library technologists ask 'dumb' questions and get patient answers from people with twenty years in "
         "the field; I learned half of what I know there and on the old mailing list. I now try to answer one "
         "question there a day, and I tell the people I mentor to ask in public when they can, so the answer "
         "helps the next person too.",
         "And mentoring goes both ways. One of my mentees taught me more about accessibility testing in three "
         "months than I learned in ten years. Find people online who are a step ahead of you and a step behind "
         "you, and talk to both.",
     ), tags=("mentoring", "code4lib", "slack"))

_add("t4", TERMINAL, "/posts/network-segmentation-at-the-branches/", "article", 0,
     "Network segmentation at the branches", "Tomasz Wierzbicki", "2024-06-03", (
         "The branches used to share one flat network: staff PCs, public PCs, printers, the self-checkout kiosks "
         "and, for reasons lost to history, the HVAC controller. This spring we finally split it up.",
         "Five VLANs per branch now: staff, public, kiosks and printers, building systems, and guest wifi, with "
         "firewall rules between them that default to deny. The public PCs can reach the print server and the "
         "internet and nothing else.",
         "The hardest part was not the switches; it was the inventory. We found three devices nobody could "
         "identify. One turned out to be a forgotten digital signage player. One was a baby monitor. We do not "
         "talk about the third.",
         "Lessons: label every port, document every exception, and schedule changes for closing time on a "
         "Sunday because nobody notices when the network is down for twenty minutes.",
     ), tags=("networking", "sysadmin"))

_add("t5", TERMINAL, "/posts/til-rss-feeds-for-conference-talks/", "article", 1,
     "TIL: an RSS feed of every conference talk", "Tomasz Wierzbicki", "2025-03-04", (
         "TIL the video platform our regional conference uses exposes an RSS feed per channel, so I now get every "
         "recorded talk in my feed reader next to the blogs of colleagues I learn the most from. One less "
         "algorithm deciding what I watch. Feed URL pattern in the comments of the original toot.",
     ), tags=("til", "rss"))

# --- carrelcommons.example: a Simple Machines Forum for library staff ----------------------------------------

_add("s1", SMF, "/index.php?topic=311.0", "post", 3,
     "Association mentoring program vs. finding mentors online?", "quietshelver", "2025-02-11", (
         "I'm two years into a public library job and thinking about signing up for the state association's "
         "formal mentoring program (matched pairs, one year, monthly meetings). But honestly most of the advice "
         "I've gotten so far has come from here, a couple of Discord servers and people on Bluesky. Has anyone "
         "done both? Is the formal program worth the application essay?",
     ), replies=(
         ("marcia_in_tech_services", "2025-02-11",
          "Did the formal program in 2019. What it gave me that the internet didn't: one person who knew my whole "
          "situation and was accountable for checking in. My mentor caught a problem with how I was framing my "
          "promotion case that no random reply would have caught. What it didn't give me: breadth. For that I "
          "still rely on the forum and the mailing lists."),
         ("ref_desk_raccoon", "2025-02-11",
          "Counterpoint: I got matched with someone lovely who had no idea about my area (school libraries). We "
          "met three times and fizzled. Meanwhile a group DM with four other school librarians I met in a Twitter "
          "chat years ago has basically been my mentor for five years. Peer mentoring is underrated."),
         ("quietshelver", "2025-02-12",
          "This is helpful. The group DM thing is kind of what I have with two people from a Discord, I just "
          "never thought of it as mentoring."),
         ("oldstacks", "2025-02-12",
          "Retired director here. Do both if you can, and treat them differently. The formal pairing is for the "
          "big decisions, the online crowd is for the daily 'how do I handle this' questions. And in ten years, "
          "be the person who answers on this forum. That's the deal."),
         ("marcia_in_tech_services", "2025-02-13",
          "Also: the program has an online cohort channel now, so you get some of both."),
     ), tags=("mentoring",))

_add("s2", SMF, "/index.php?topic=318.0", "post", 3,
     "Best Slack/Discord communities for new archivists?", "boxfolder", "2025-03-02", (
         "Just started my first archives job (solo, small college) and I have nobody in the building to ask "
         "anything. Which online communities are actually active and welcoming to new people? Slack, Discord, "
         "lists, anything.",
     ), replies=(
         ("lone_arranger_lou", "2025-03-02",
          "Solo archivist for 8 years. The lone arrangers mailing list saved my sanity in year one. Ask there "
          "before you ask anywhere else; people answer with their actual policies and templates attached."),
         ("digitalpres_dana", "2025-03-02",
          "There's a digital preservation Slack with a #help channel that's very patient with beginners. Also the "
          "archivists' Discord that started during the pandemic; the voice hangouts on Friday are informal "
          "mentoring in all but name."),
         ("boxfolder", "2025-03-03",
          "Joined both. Someone on the Discord already offered to look at my draft collecting policy."),
         ("oldstacks", "2025-03-03",
          "Good. Introduce yourself properly, say what you're working on, and ask specific questions. Vague "
          "'any advice?' posts get vague answers."),
     ), tags=("archives", "communities"))

_add("s3", SMF, "/index.php?topic=322.0", "post", 1,
     "Burnout, year six", "stacks_and_sighs", "2025-03-10", (
         "Not looking for anything specific, just need to say it somewhere. Six years at the same branch, two "
         "managers, a renovation, a pandemic, and now a staffing cut that means I run the desk alone three "
         "nights a week. I'm tired in a way sleep doesn't fix.",
     ), replies=(
         ("ref_desk_raccoon", "2025-03-10",
          "Been there. What helped me was taking every day of leave I had banked, and seeing a therapist who "
          "didn't think 'it's just a library job'. Also a colleague from another system I met through here, "
          "who told me it was okay to start looking."),
         ("stacks_and_sighs", "2025-03-11",
          "Thank you. I've started keeping a list of what I actually like about the job, to see what's left."),
         ("oldstacks", "2025-03-11",
          "Write down what the staffing cut is costing the public, with numbers, and send it up. It won't fix "
          "you, but it puts the weight where it belongs."),
     ), tags=("wellbeing",))

_add("s4", SMF, "/index.php?topic=305.0", "post", 1,
     "Leaving LinkedIn?", "marcia_in_tech_services", "2025-01-22", (
         "Is anyone else finding LinkedIn unbearable lately? My feed is recruiters, AI-generated 'thought "
         "leadership' and people I've never met congratulating themselves. Thinking of deleting my account "
         "but worried it'll look odd to hiring committees.",
     ), replies=(
         ("digitalpres_dana", "2025-01-22",
          "Keep the profile, delete the app. Hiring committees do look, but nobody checks your activity."),
         ("quietshelver", "2025-01-23",
          "Muting everyone who posts more than twice a day fixed most of it for me. The one useful thing is "
          "the occasional colleague asking a real question, but that happens more here."),
         ("marcia_in_tech_services", "2025-01-23", "Keep profile, delete app. Done. Thanks."),
     ), tags=("linkedin",))

_add("s5", SMF, "/index.php?topic=290.0", "post", 0,
     "Book cart recommendations", "shelfmark_sam", "2024-11-18", (
         "Our book carts are from roughly 1987 and one of them pulls left like a bad shopping trolley. Any brands "
         "you love? Need three-shelf, quiet wheels, and sturdy enough for oversized atlases.",
     ), replies=(
         ("ref_desk_raccoon", "2024-11-18",
          "The steel ones with the sloped shelves. Pricey but they survive teens racing them."),
         ("shelfmark_sam", "2024-11-19", "Sloped shelves, noted. And rubber wheels. Thanks!"),
     ), tags=("equipment",))

_add("s6", SMF, "/index.php?topic=297.0", "post", 0,
     "Our library's TikTok went viral (help)", "teen_services_tia", "2024-12-05", (
         "We posted a 20-second video of the book drop during returns week and it has 1.3 million views. Our "
         "comments are on fire, half of them asking if we're hiring. Marketing wants a follow-up. What do other "
         "libraries do with a social media moment like this?",
     ), replies=(
         ("shelfmark_sam", "2024-12-05",
          "Ride it. Post the sequel, pin a comment with your library card signup link, and don't read the "
          "replies after 10pm."),
         ("teen_services_tia", "2024-12-06", "Card signups up 40 percent this week. I'm framing the video."),
     ), tags=("marketing",))

_add("s7", SMF, "/index.php?topic=301.0", "post", 1,
     "Interview tomorrow for a branch manager job - last tips?", "shelfmark_sam", "2025-01-09", (
         "First management interview tomorrow at 10. Panel of four plus a presentation on 'the branch of the "
         "future'. I've prepared, I think. Any last-minute tips?",
     ), replies=(
         ("oldstacks", "2025-01-09",
          "Have a story ready about a time you handled a staff conflict, and one about a budget decision. "
          "Panels for branch manager always ask both. Keep the presentation to the time they gave you."),
         ("marcia_in_tech_services", "2025-01-09",
          "Ask them what the last manager did that they'd like to keep. You learn a lot from the answer."),
         ("shelfmark_sam", "2025-01-10",
          "Update: it went well, and they asked the conflict question first. This forum has been a better "
          "mentor than any I had at work."),
     ), tags=("jobs",))

# --- researchnook.example: a ResearchGate-like network of researchers -------------------------------------

_R1_ABSTRACT = (
    "Early-career academic librarians often lack access to experienced colleagues in their own institutions, "
    "particularly in small and teaching-focused colleges. This study examined peer mentoring circles hosted in a "
    "shared Slack workspace, in which 46 librarians in their first five years of practice met in groups of five "
    "to seven, each with one experienced facilitator, over an academic year.",
    "Using a pre/post survey (n = 41) and semi-structured interviews (n = 14), we found significant gains in "
    "self-reported confidence in research, teaching and promotion-file preparation. Participants valued the "
    "asynchronous channel for quick questions and the monthly video meetings for candid conversation about "
    "workplace politics. Barriers included notification fatigue and uneven facilitator engagement.",
    "We conclude that online peer mentoring circles can complement, but not replace, institutional mentoring, "
    "and offer design recommendations on group size, facilitation and channel norms.",
)

_add("r1", NOOK, "/publication/381204517_Peer_mentoring_circles_on_Slack_for_early-career_academic_librarians_"
     "A_mixed-methods_study", "journal-article", 3,
     "Peer mentoring circles on Slack for early-career academic librarians: A mixed-methods study",
     "Adaeze Okonkwo", "2024-05-15", _R1_ABSTRACT, tags=("Mentoring", "Academic Librarianship",
                                                          "Professional Development"),
     summary="Journal of Library Professional Development 12(2), 45-68")

_add("r1pdf", NOOK, "/publication/381204517_Peer_mentoring_circles_on_Slack_for_early-career_academic_librarians_"
     "A_mixed-methods_study/fulltext/66a1f0c2e3/Peer-mentoring-circles-on-Slack.pdf", "journal-article", 3,
     "Peer mentoring circles on Slack for early-career academic librarians: A mixed-methods study",
     "Adaeze Okonkwo", "2024-05-15", _R1_ABSTRACT + (
         "Introduction. Mentoring has long been recognised as central to the socialisation of new academic "
         "librarians, yet formal programmes depend on the size and resources of the employing institution. "
         "Online networks - mailing lists, Twitter chats and, more recently, workspace tools such as Slack - "
         "have become places where librarians seek informal advice from peers and seniors beyond their library.",
         "Programme design. Participants were grouped by interest (instruction, research support, technical "
         "services) into eight circles. Each circle had a private channel, a facilitator with at least ten years "
         "of experience, and a monthly one-hour video meeting. Facilitators posted a prompt each week; members "
         "were encouraged to bring their own questions.",
         "Findings. Confidence in preparing promotion files rose most (mean 2.6 to 3.9 on a five-point scale). "
         "Interviewees described the channel as 'a hallway I could walk down any time' and valued seeing peers' "
         "questions as much as asking their own. Several circles continued after the study ended, without "
         "facilitators, as peer support groups.",
         "Barriers. Notification fatigue led some participants to mute channels; two circles lost momentum when "
         "facilitators were less active. Participants in different time zones preferred asynchronous threads.",
         "Recommendations. Keep circles small, set channel norms early, pair a weekly prompt with a monthly "
         "synchronous meeting, and train facilitators to invite rather than answer.",
     ), summary="Journal of Library Professional Development 12(2), 45-68")

_add("r2", NOOK, "/publication/375990218_Hashtag_communities_and_professional_identity_among_archivists_on_"
     "Twitter_2012-2022", "journal-article", 3,
     "Hashtag communities and professional identity among archivists on Twitter, 2012-2022",
     "Adaeze Okonkwo", "2023-10-02", (
         "Archivists have used hashtags to gather conversations about their work since the early 2010s. This "
         "article analyses 212,000 posts under four archival hashtags and 18 interviews with regular "
         "participants to examine how hashtag communities supported professional learning, informal mentoring "
         "and identity formation across a decade.",
         "Scheduled hashtag chats functioned as open seminars in which students and new professionals could "
         "question senior archivists; interviewees described relationships begun in chats that became long-term "
         "mentoring. The communities also served as a backchannel for conferences and a venue for debate about "
         "labour conditions. After 2022, participants dispersed to Mastodon, Bluesky and closed groups, and "
         "several described the loss of an open space for learning from colleagues.",
     ), tags=("Archives", "Social Media", "Mentoring"),
     summary="Archival Practice Quarterly 38(4), 301-327")

_add("r3", NOOK, "/publication/369441207_Discovery_layer_usage_logs_a_transaction_log_analysis_at_a_mid-sized_"
     "university", "journal-article", 0,
     "Discovery layer usage logs: a transaction log analysis at a mid-sized university",
     "Adaeze Okonkwo", "2023-03-20", (
         "We analysed 1.8 million search sessions in a university library's discovery layer over two academic "
         "years. Known-item searches made up 41 percent of sessions; 22 percent of sessions ended without a "
         "click. Facet use was rare except for format and date. Zero-result searches were dominated by "
         "misspellings and pasted citations.",
         "We recommend spelling suggestion tuning, a citation-parsing search mode and clearer relevance "
         "explanations, and discuss the limits of log data for understanding user intent.",
     ), tags=("Discovery", "Information Retrieval"),
     summary="Journal of Academic Library Systems 9(1), 12-29")

_add("r4", NOOK, "/publication/378120044_Information_literacy_instruction_in_first-year_seminars_a_"
     "multi-campus_survey", "journal-article", 1,
     "Information literacy instruction in first-year seminars: a multi-campus survey",
     "Adaeze Okonkwo", "2024-01-08", (
         "First-year seminars are a common site for library instruction. We surveyed 87 instruction librarians "
         "at 31 campuses about the frequency, format and assessment of their seminar sessions. One-shot "
         "sessions remained the norm (72 percent), though embedded models were growing. Librarians reported "
         "limited time for assessment and uneven relationships with seminar faculty.",
         "Respondents who designed new sessions often drew on lesson plans shared by peers in online instruction "
         "communities. We discuss implications for partnerships with faculty and for assessment design.",
     ), tags=("Information Literacy", "Instruction"),
     summary="Communications in Information Literacy Practice 17(1), 88-104")

# --- shelfwise.example: a library software vendor (WordPress, Avada, All in One SEO) ------------------------

_add("a1", AVADA, "/shelfwise-community-launches-mentorship-circles/", "article", 2,
     "Shelfwise Community launches Mentorship Circles for library staff", "Shelfwise Team", "2025-04-08", (
         "Today we're excited to announce Mentorship Circles, a new program inside the Shelfwise Community, the "
         "online forum and Slack workspace where more than 6,000 library staff who use our platform share tips, "
         "workflows and questions.",
         "Mentorship Circles pair newer library staff with experienced colleagues from other Shelfwise libraries. "
         "Each circle of six meets online once a month for a guided conversation, and keeps talking in a "
         "private community channel in between. Topics are chosen by members: managing a first team, moving "
         "into systems work, building a career in technical services.",
         "'Our customers kept telling us the best thing about our user community was finding people they could "
         "learn from,' said Dana Whitfield, Shelfwise's Director of Community. 'Mentorship Circles makes that "
         "easier to find, especially for staff at small libraries who don't have a mentor down the hall.'",
         "The pilot ran last autumn with 48 participants; 91 percent said they would recommend it to a colleague. "
         "Applications for the spring cohort are open to all staff at Shelfwise customer libraries.",
         "Mentorship Circles joins our existing community programs, including monthly Shelfwise Live webinars "
         "and the annual Shelfwise Summit. Learn more about the Shelfwise Library Services Platform and how it "
         "helps libraries of every size streamline circulation, acquisitions and discovery.",
     ), tags=("Community", "Mentorship"))

_add("a2", AVADA, "/5-ways-to-get-more-from-shelfwise-this-year/", "article", 1,
     "5 ways to get more from Shelfwise this year", "Shelfwise Team", "2025-01-15", (
         "A new year is the perfect time to take a fresh look at how your library uses Shelfwise. Here are five "
         "quick wins our customer success team recommends.",
         "1. Turn on automated holds notifications by text. Libraries that switch from email alone see pickup "
         "rates rise within weeks.",
         "2. Build a dashboard for your director. The Insights module can show circulation, holds and new "
         "registrations on a single screen, refreshed daily.",
         "3. Clean up your patron types. Many libraries carry a dozen patron types from a migration years ago. "
         "Fewer types means simpler loan rules.",
         "4. Join the Shelfwise Community. Ask questions, see how other libraries configured the same feature, "
         "and get advice from seasoned users.",
         "5. Schedule a health check. Your customer success manager can review your configuration in a one-hour "
         "call and suggest improvements.",
     ), tags=("Tips",))

_add("a3", AVADA, "/release-notes-spring-2025/", "article", 0,
     "Release notes: Spring 2025", "Shelfwise Product Team", "2025-03-25", (
         "The Spring 2025 release is rolling out to all hosted libraries this week. Highlights below; full notes "
         "are in the customer portal.",
         "Circulation: bulk renewals now respect per-item loan rules, and the checkout screen shows a patron's "
         "outstanding fines inline. Acquisitions: EDI invoices from two more vendors are supported. Network: "
         "the new Network Resource Sharing module lets consortium members see holdings across libraries and "
         "place requests in one step.",
         "Discovery: relevance ranking now boosts local holdings, and the mobile layout was rebuilt for faster "
         "loading. Accessibility: all staff screens now pass WCAG 2.2 AA automated checks.",
         "Fixed: 37 issues, including the report scheduler's daylight saving bug.",
     ), tags=("Release Notes",))

_add("a4", AVADA, "/webinar-recap-metadata-migration-without-tears/", "article", 0,
     "Webinar recap: Metadata migration without tears", "Shelfwise Team", "2025-02-20", (
         "Thanks to the 400-plus library staff who joined last week's Shelfwise Live webinar on metadata "
         "migration. Here are the key takeaways from our panel of catalogers and data specialists.",
         "Start with a data audit. Before you move a single record, know how many bibliographic, holdings and "
         "item records you have, which local fields are in use, and which are left over from old systems.",
         "Map, test, repeat. Run at least two test loads and have staff check real records in the new system. "
         "Most problems show up in item-level data: locations, statuses and barcodes.",
         "Communicate with the public. Plan a short freeze on holds and tell patrons early. The recording and "
         "slides are available in the customer portal.",
     ), tags=("Webinars", "Metadata"))

_add("a5", AVADA, "/customer-story-riverbend-public-library/", "article", 1,
     "Customer story: Riverbend Public Library cuts checkout lines in half", "Shelfwise Team", "2024-10-30", (
         "Riverbend Public Library serves 60,000 residents from a central library and three branches. Before "
         "moving to Shelfwise, staff spent peak hours at the desk scanning items one by one.",
         "After adopting Shelfwise with RFID self-checkout, Riverbend cut average wait times at the central "
         "library from seven minutes to three. 'Our staff are on the floor helping people now,' said branch "
         "manager Luis Ortega.",
         "Ortega said he first heard about Shelfwise from a former mentor who now manages a library in another "
         "state and had posted about the migration on LinkedIn. 'I sent her a message and she walked me through "
         "what to watch for,' he said.",
         "Next, Riverbend plans to add automated materials handling at the central library.",
     ), tags=("Customer Stories",))

# --- archivistsnet.example: a regional archivists' association (Drupal 10, Bootstrap Barrio) --------------

_add("d1", BARRIO, "/news/virtual-mentoring-program-opens-applications", "article", 3,
     "Virtual Mentoring Program opens applications for 2025-26", "ARA Membership Committee", "2025-05-06", (
         "The Association of Regional Archivists is now accepting applications for the 2025-26 Virtual Mentoring "
         "Program. Now in its fourth year, the program pairs students and archivists in their first five years "
         "of practice with experienced members across the region, meeting online.",
         "Pairs meet by video at least once a month from September to May and set their own goals in the first "
         "meeting. Past pairs have worked on job applications, processing plans, grant writing and preparing for "
         "the certification exam. All participants also join the program's Slack workspace, where mentors and "
         "mentees from every pair can ask questions, share resources and meet each other.",
         "This year we are adding peer mentoring cohorts: small groups of four to six early-career members who "
         "meet online each month with a rotating experienced member as guest. Applicants can choose a one-to-one "
         "pairing, a cohort, or either.",
         "We especially need mentors. If you have at least seven years of experience in any area of archival "
         "work, please consider volunteering: the commitment is about two hours a month, and the program "
         "provides an orientation webinar and a mentor guide. Many mentors tell us they learn as much as their "
         "mentees.",
         "Applications close June 30. Matches are announced in August. Questions may be sent to the Membership "
         "Committee through the contact form or asked on the ARA members' mailing list.",
     ), tags=("Mentoring",))

_add("d2", BARRIO, "/news/fall-webinar-series-announced", "article", 1,
     "Fall webinar series announced", "ARA Education Committee", "2025-08-12", (
         "The Education Committee is pleased to announce the fall webinar series. All webinars are free for "
         "members and recorded for later viewing.",
         "September 17: Reappraisal and deaccessioning in practice. October 8: Born-digital intake for small "
         "repositories. October 29: Writing finding aids people will read. November 19: Building your "
         "professional network online, a panel with members who mentor and learn through online communities. "
         "December 10: Disaster planning after the floods.",
         "Registration links will be sent to members two weeks before each session. Certificates of attendance "
         "are available for continuing education credit.",
     ), tags=("Webinars", "Education"))

_add("d3", BARRIO, "/news/statement-on-state-records-retention-bill", "article", 0,
     "Statement on the state records retention bill", "ARA Board", "2025-02-27", (
         "The Board of the Association of Regional Archivists opposes House Bill 2217 as introduced. The bill "
         "would shorten retention periods for county government correspondence from ten years to three and "
         "allow destruction without review by the state archives.",
         "Records of local government document the decisions that shape communities: land use, public health, "
         "elections. Once destroyed, they cannot be recovered. We urge legislators to amend the bill to keep "
         "archival review before destruction and to fund records management training for county clerks.",
         "Members are encouraged to contact their representatives before the committee hearing on March 12.",
     ), tags=("Advocacy",))

_add("d4", BARRIO, "/news/annual-meeting-2025-registration-open", "article", 0,
     "Annual Meeting 2025: registration open", "ARA Program Committee", "2025-06-02", (
         "Registration is open for the 2025 Annual Meeting, October 15-17 in Millbrook. This year's theme is "
         "'Archives and Climate'. Sessions cover disaster recovery, environmental monitoring in stacks and "
         "documenting climate change in local communities.",
         "The opening reception will be held at the Millbrook Historical Society. Early-bird registration ends "
         "August 31; student rates and travel grants are available. The hotel block closes September 15.",
     ), tags=("Annual Meeting",))

_add("d5", BARRIO, "/news/member-spotlight-lucia-ferreira", "article", 2,
     "Member spotlight: Lucia Ferreira", "ARA Communications", "2025-04-01", (
         "This month we talk to Lucia Ferreira, University Archivist at Eastlake College and a member since 2009.",
         "What does a normal week look like? Lucia: There is no normal week. Reference requests from alumni, "
         "a student worker to train, a donor visit, and always a processing project I am behind on. Right now "
         "it is the papers of a local labour organiser, forty linear feet.",
         "You are known in the association as a mentor. How did that start? Lucia: With a mailing list. In 2010 "
         "a student posted a question about appraisal on the regional list and I answered, and then she wrote "
         "to me privately, and we talked for years. Now most of it happens on Mastodon and in the mentoring "
         "program's Slack. I answer questions in public when I can, because other people learn from the answer.",
         "What do you tell new archivists? Lucia: Find people online who do the work you want to do and ask them "
         "specific questions. Most of us are happy to help; we were helped too.",
         "What are you reading? Lucia: A history of the county's textile mills, for the collection, and "
         "mystery novels for me.",
     ), tags=("Member Spotlight", "Mentoring"))

_add("d6", BARRIO, "/sites/default/files/2025-03/ara-mentoring-program-evaluation-2024.pdf", "document", 2,
     "ARA Virtual Mentoring Program: Evaluation Report 2023-24", "ARA Membership Committee", "2025-03-14", (
         "Association of Regional Archivists",
         "Virtual Mentoring Program: Evaluation Report 2023-24",
         "Prepared by the Membership Committee, March 2025",
         "Summary. In 2023-24 the program matched 31 pairs; 27 completed the year. Pairs met online a median of "
         "eight times. 89 percent of mentees and 85 percent of mentors rated the program good or excellent.",
         "What mentees valued: candid advice on job searches and workplace problems; a person outside their "
         "institution; the program Slack, where questions from any pair were answered by several mentors.",
         "What did not work: matching across very different specialties; long gaps over the winter holidays; "
         "mentors unfamiliar with video tools at first.",
         "Budget. The program cost 2,140 dollars, mostly for the video conferencing licence and the orientation "
         "webinar. The Slack workspace uses the free plan. Volunteer time is estimated at 600 hours.",
         "Recommendations. Add peer cohorts; match on specialty first; hold a mid-year online meetup; "
         "publish a mentor guide. The Board approved all four recommendations in February 2025.",
     ))

# --- shelftalkpod.example: a podcast on Spotify for Podcasters (Anchor) ------------------------------------

_POD = "/pod/show/shelftalk/episodes/"

_add("p1", ANCHOR, _POD + "Ep-41-Finding-your-people-online-mentoring-beyond-the-conference-e2k8f1q", "post", 3,
     "Ep. 41: Finding your people online: mentoring beyond the conference", "Shelf Talk", "2025-02-04", (
         "Conferences are expensive and happen once a year. So where do library workers find mentors the rest of "
         "the time? This week Jo and Marcus talk with two guests who built their careers on online connections: "
         "a youth services librarian who found her first mentor in a Twitter chat in 2013, and an archivist who "
         "runs a peer mentoring group on Discord for people of colour in the profession.",
         "We get into: how a hashtag chat turned into a decade-long mentoring relationship; why peer mentoring "
         "in a small group can beat a single senior mentor; what changed when everyone scattered to Mastodon, "
         "Bluesky and LinkedIn; the etiquette of sliding into someone's DMs with a career question; and how to "
         "be a good mentor in a Slack channel without becoming the unpaid help desk.",
         "Links from the episode: the Discord group's application form, our guest's post on writing a cold "
         "message, and the state association's mentoring program page.",
         "Send us your questions on Bluesky or by email and we might answer them on the show.",
     ), tags=("mentoring",))

_add("p2", ANCHOR, _POD + "Ep-42-Weeding-without-tears-e2kb3r7", "post", 0,
     "Ep. 42: Weeding without tears", "Shelf Talk", "2025-02-18", (
         "Nobody likes weeding, and everybody has a patron who has written to the paper about it. Jo and Marcus "
         "talk with a collection development librarian about CREW, circulation data, what to do with the "
         "donations nobody wants, and how to explain a weeding project to your board before the angry letters "
         "start. Plus: the oldest item either of us has ever pulled from a shelf.",
     ), tags=("collections",))

_add("p3", ANCHOR, _POD + "Ep-43-Ask-a-retired-director-e2kdm90", "post", 2,
     "Ep. 43: Ask a retired director", "Shelf Talk", "2025-03-04", (
         "We asked you on Bluesky and Mastodon for career questions you'd never ask your own boss, and you sent "
         "ninety of them. Our guest, who retired last year after 22 years as a library director, answers as many "
         "as we could fit.",
         "Questions include: should I take a management job I don't want to get the salary; how do I ask for a "
         "raise in a unionised library; is it too late to move from public to academic libraries at 45; how do I "
         "find a mentor when everyone senior at my library is burnt out. Her answer to that last one: look "
         "beyond your building, join the online communities where experienced people hang out, and offer "
         "something back.",
         "Also: the worst board meeting of her career, and the library budget hearing she won with a single "
         "spreadsheet.",
     ), tags=("careers",))

_add("p4", ANCHOR, _POD + "Ep-44-Library-Twitter-then-and-now-e2kg5tt", "post", 3,
     "Ep. 44: Library Twitter, then and now", "Shelf Talk", "2025-03-18", (
         "For about a decade, library Twitter was where a lot of us learned our jobs: weekly chats, conference "
         "backchannels, people sharing lesson plans, and senior librarians answering questions from students "
         "they had never met. Where did all that go?",
         "Jo and Marcus talk with a researcher who studies library workers' online networks about what those "
         "hashtag communities did for professional learning and mentoring, who got left out, and what has grown "
         "up since: Mastodon servers for library workers, Bluesky starter packs, Discord servers, LinkedIn "
         "groups and the humble mailing list, which never went away.",
         "Our guest's advice for building a learning network now: pick one or two places, show up regularly, "
         "ask real questions, and answer other people's.",
     ), tags=("social media", "pln"))

_add("p5", ANCHOR, _POD + "Ep-45-The-makerspace-episode-e2kj1a2", "post", 1,
     "Ep. 45: The makerspace episode", "Shelf Talk", "2025-04-01", (
         "3D printers, sewing machines, a laser cutter that caught fire once (briefly). Marcus visits a branch "
         "library makerspace and talks to the librarian who built it on a tiny grant, about safety training, "
         "staffing, and what patrons actually make. She learned most of it from other makerspace librarians in "
         "an online group. Plus: Jo tries the embroidery machine.",
     ), tags=("makerspaces",))

# --- longshelf.example: a retired librarian's Plume blog ---------------------------------------------------

_add("l1", PLUME, "/~/Marginalia/forty-years-of-mentors", "article", 3,
     "Forty years of mentors", "Ruth Kessler", "2025-01-19", (
         "A young woman on Mastodon asked me last week who my mentors had been, and I started to answer in a "
         "reply and ran out of room, which is what a blog is for.",
         "My first mentor was Mrs. Abernathy, head of reference at the city library in 1982, who taught me to "
         "answer the question the patron meant rather than the one they asked, and that a ready reference "
         "shelf is a promise. I saw her every day. That was mentoring then: the person at the next desk, if you "
         "were lucky, and nobody at all if you were not.",
         "In 1994 I was the only professional at a branch of eleven thousand books and I had no one at the next "
         "desk. What I had was a modem and a mailing list. I cannot overstate what that list was. Librarians I "
         "would never meet answered my questions within hours: how to handle a challenged book, what to do "
         "about a patron who slept in the reading room every day, whether anyone else's card catalogue drawer "
         "labels were peeling. A woman in Oregon, whom I knew only by her signature line, answered me so often "
         "and so well that I thought of her as my mentor for ten years. We finally met at a conference in 2003 "
         "and hugged like sisters.",
         "Later came blogs, and I read the young ones who wrote about their jobs with a frankness that would "
         "have got us fired, and I learned from them too. Then Twitter, where I was an old lady in the chats, "
         "answering questions about management and budgets from people in their twenties who called me by my "
         "first name, which I liked very much.",
         "I retired in 2019. I thought that would be the end of it, but I still mentor, mostly on Mastodon now, "
         "where a few of the people from the old chats found each other again. Someone asks how to survive a "
         "renovation or how to talk to a board, and I answer with forty years of mistakes. Two of the people I "
         "answered there have since become directors. I take no credit and all the pride.",
         "What I told the young woman, in the end: you will not have one mentor, you will have dozens, and most "
         "of them you will never meet. Ask them good questions. Thank them. And when it is your turn, answer.",
     ), tags=("mentoring", "memoir"))

_add("l2", PLUME, "/~/Marginalia/tomato-season", "article", 0,
     "Tomato season", "Ruth Kessler", "2024-08-28", (
         "Thirty-one plants this year, which Harold says is thirty too many. The Brandywines split in the rain "
         "but the Sungolds have been relentless and I have given away bags of them to everyone on the street.",
         "I made sauce on Sunday, twelve quarts, and the kitchen still smells of basil. The trick my mother "
         "taught me is to roast the tomatoes first with a little garlic and not to be stingy with the salt.",
         "Next year: fewer plants, better stakes, and a proper record of which varieties did well. I say this "
         "every year.",
     ), tags=("garden",))

_add("l3", PLUME, "/~/Marginalia/the-listserv-years", "article", 3,
     "The listserv years", "Ruth Kessler", "2024-11-10", (
         "People who came into the profession after 2010 sometimes ask me what the mailing lists were like, as "
         "if asking about the telegraph. So here is what I remember.",
         "You subscribed by sending a command to a machine, and then the machine sent you everything: sixty "
         "messages a day, in a plain text digest if you were wise. There were lists for reference, for children's "
         "librarians, for rural libraries, for cataloguers, for school librarians. Each had its regulars, its "
         "cranks, and its quiet geniuses.",
         "What happened there was professional learning in the plainest sense. Someone new to the job would ask "
         "how to write a collection policy, and within a day three experienced librarians would have posted "
         "theirs and one would have written a long, kind explanation of why each part mattered. Young "
         "librarians learned the work by watching us argue about it. Many of us learned to mentor there, "
         "because answering strangers well is a skill.",
         "There were bad days too: flame wars over filtering, the person who replied-all to unsubscribe. But I "
         "would not have lasted in a one-person branch without the list. The lists are still there, some of "
         "them, quieter now. I still read two of them. The questions have not changed much.",
     ), tags=("mailing lists", "mentoring"))

_add("l4", PLUME, "/~/Marginalia/volunteering-at-the-literacy-council", "article", 1,
     "Volunteering at the literacy council", "Ruth Kessler", "2024-10-02", (
         "Since the spring I have been tutoring with the county literacy council two mornings a week. My "
         "learner is a man in his fifties who drives a delivery truck and wants to read to his granddaughter.",
         "We work from the council's phonics books and from whatever he brings: a letter from the insurance "
         "company, a menu, a children's book about trucks. Last week he read me a whole page without stopping "
         "and we both pretended not to be moved.",
         "The council's training was good, though I leaned on my old reference interview habits, and on advice "
         "from a former colleague on Mastodon who has tutored for years.",
         "They need more volunteers, especially for evening sessions. It is two hours a week and you do not need "
         "to be a teacher.",
     ), tags=("volunteering",))

_add("l5", PLUME, "/~/Marginalia/why-i-left-the-bird-site", "article", 2,
     "Why I left the bird site", "Ruth Kessler", "2024-03-15", (
         "I deleted my Twitter account in January, after fourteen years. I had been posting less and less for a "
         "long time; the feed had filled with things I did not ask for and people shouting.",
         "What I miss is the library chats. For years, Wednesday evenings meant an hour of questions from new "
         "librarians and answers from the rest of us: how to handle a difficult board member, how to weed a "
         "collection without a riot, how to ask for a raise. I learned things there even as a director, and I "
         "liked being useful to young people I would never have met otherwise.",
         "Some of those people moved to Mastodon, where I am now, and some to the other one with the butterfly, "
         "and some to private groups I am too old to be invited to. The chats have not come back in the same "
         "form. Perhaps they will.",
         "What I do not miss: everything else. My blood pressure is lower and I have read eleven novels since "
         "January.",
     ), tags=("twitter", "mastodon"))

# --- careerletter.example: a career coach's newsletter on Kit ----------------------------------------------

_add("k1", KIT, "/posts/how-to-ask-for-mentoring-without-saying-mentor", "article", 3,
     "How to ask for mentoring without saying 'mentor'", "Nadia Brooks", "2025-02-10", (
         "Hi friends,",
         "Every week someone in my inbox asks some version of: 'How do I ask a senior librarian to be my "
         "mentor?' And every week I give the same slightly annoying answer: don't. Not in those words.",
         "'Will you be my mentor?' is a huge ask. It sounds like a commitment of years, and busy people say no "
         "to open-ended commitments. But 'Could I ask you one question about how you moved from public to "
         "academic libraries?' is easy to say yes to. Mentoring, in practice, is a string of small asks that "
         "turn into a relationship.",
         "Here's the approach I teach my clients. First, find people whose work you actually know. Read the "
         "blog post, watch the webinar, follow them on LinkedIn or Bluesky for a few weeks and notice what they "
         "talk about. Second, ask one specific question, in writing, that shows you've done that homework. "
         "Third, follow up with what you did with their advice. That last step is the one almost everyone skips "
         "and the one that turns a stranger into a mentor.",
         "Where to find these people: your state association's online events, the Slack and Discord communities "
         "for your specialty, the comments under a good LinkedIn post, the people who answer thoughtfully on "
         "mailing lists. One of my clients found her current mentor by replying to a Mastodon thread about "
         "grant writing with a question the author hadn't covered.",
         "And think peer, not just senior. A small group of people at your stage who meet on Zoom once a month "
         "and share what they're learning is mentoring too, and it's easier to organise than you think.",
         "Try it this week: pick one person, one question. Hit reply and tell me how it goes.",
         "Nadia",
     ), tags=("mentoring",))

_add("k2", KIT, "/posts/linkedin-headline-teardown", "article", 0,
     "LinkedIn headline teardown", "Nadia Brooks", "2025-01-13", (
         "Hi friends,",
         "Five real LinkedIn headlines from readers (shared with permission), and how I'd rewrite them for a "
         "job search.",
         "'MLIS | Librarian | Passionate about information' says nothing a recruiter can search for. Try "
         "'Instruction librarian: information literacy, online course design, assessment'. 'Seeking new "
         "opportunities' reads as a plea; put the role you want in the headline instead.",
         "Rule of thumb: the headline is for keywords, the About section is for your voice, and the photo should "
         "look like you on a good day, not your wedding.",
         "Nadia",
     ), tags=("linkedin", "job search"))

_add("k3", KIT, "/posts/salary-negotiation-scripts", "article", 0,
     "Salary negotiation scripts that work in libraries", "Nadia Brooks", "2024-11-18", (
         "Hi friends,",
         "Yes, you can negotiate in libraries, even public ones, even with a salary scale. The room to move is "
         "usually in step placement, start date, professional development funds and moving expenses.",
         "Script one: 'Thank you, I'm excited about the offer. Given my four years of supervisory experience, "
         "I'd like to discuss starting at step three.' Script two: 'If the salary is fixed, could we look at "
         "professional development funding for the certificate I mentioned?'",
         "Get it in writing, and say thank you either way.",
         "Nadia",
     ), tags=("salary",))

_add("k4", KIT, "/posts/your-personal-board-of-advisors", "article", 3,
     "Your personal board of advisors", "Nadia Brooks", "2025-03-17", (
         "Hi friends,",
         "A company has a board of directors. I think every librarian needs a personal board of advisors: five "
         "or six people you can go to for different kinds of advice. Almost none of them need to work where you "
         "do, and these days most of my clients assemble theirs online.",
         "The seats I recommend: a sponsor (someone senior who will say your name in rooms you're not in); a "
         "specialist (someone expert in the work you want to do next); a peer (someone at your stage to compare "
         "notes with); a truth-teller (who will read your cover letter and tell you it's boring); and someone "
         "from outside libraries entirely.",
         "How people are filling those seats now: peers from a cohort Slack or a Discord server; specialists "
         "found through webinars and the replies on Bluesky; sponsors met through association committees that "
         "meet on Zoom; truth-tellers who were once strangers on a mailing list. One client's specialist is a "
         "metadata librarian three time zones away she has never met in person; they talk every six weeks.",
         "Tending the board matters more than building it. Send a short update every couple of months, ask for "
         "specific help, and offer something back: a link, a review, an introduction.",
         "This week: write down your five seats and who is in them. Empty seats are your networking plan.",
         "Nadia",
     ), tags=("mentoring", "networking"))

_add("k5", KIT, "/posts/group-mentoring-hours-in-april", "article", 2,
     "Group mentoring hours in April", "Nadia Brooks", "2025-03-31", (
         "Quick one: free group mentoring hours on Zoom every Thursday in April for early-career librarians and "
         "archivists. Bring a question about your job search or your first job; two retired directors join me. "
         "Reply to this email for the link.",
     ), tags=("mentoring",))

# --- libraryledger.example: a library trade newsroom (WordPress, tagDiv Newspaper) ------------------------

_add("n1", NEWSPAPER, "/mentors-in-the-feed-how-library-workers-find-guidance-online/", "article", 3,
     "Mentors in the feed: how library workers find guidance online", "Diana Moreno", "2025-05-19", (
         "When Keisha Albright took her first job as the only librarian at a rural high school, the nearest "
         "colleague who did the same work was ninety minutes away. 'I had a principal who was supportive and had "
         "no idea what I did,' she said. 'The first month I cried in my car twice.'",
         "What got her through, she said, was a group chat. Through a hashtag chat for school librarians she "
         "met five others in similar jobs in four states. They started a private group message that is still "
         "going six years later. 'We call it the board meeting,' Albright said. 'Somebody posts a problem, and "
         "by lunch three people have answered. It's the closest thing I've had to a mentor, and it's five of "
         "them.'",
         "Stories like hers are common. In interviews with more than two dozen librarians, archivists and "
         "library staff for this article, nearly all described getting career advice, help with daily problems "
         "or longer-term mentoring from people they first met online: on mailing lists, in Twitter chats, on "
         "Mastodon and Bluesky, in Slack and Discord communities, or through LinkedIn.",
         "The pattern is old. Library mailing lists in the 1990s connected workers in small and isolated "
         "libraries with experienced peers, and some of those lists are still active. 'People forget that "
         "librarians were doing online peer support before most professions had email,' said Adaeze Okonkwo, "
         "who studies library workers' online networks at Lakeshore University. 'The platforms change. The "
         "need, which is someone who understands your work and will answer your question, does not.'",
         "Okonkwo's research on archivists' hashtag communities found that scheduled chats worked like open "
         "seminars, where students could question senior practitioners in public. Many of the relationships "
         "that began there became long-term mentoring. 'What was valuable was that it was open,' she said. "
         "'You could watch experienced people reason through a problem before you ever asked a question.'",
         "That openness took a hit after 2022, when many librarians left Twitter. The communities scattered. "
         "Some moved to Mastodon, where several servers run by and for library workers now host thousands of "
         "accounts. Others went to Bluesky, where shared 'starter packs' of library accounts helped newcomers "
         "rebuild their feeds. Many conversations moved into closed spaces: Slack workspaces, Discord servers "
         "and group chats.",
         "Tomasz Wierzbicki, a systems librarian who helps run a Mastodon server for library workers, said the "
         "members he surveyed valued one thing above the rest. 'It wasn't the technology,' he said. 'It was "
         "that they could ask a question and a more experienced person would take the time to answer properly.' "
         "His server now hosts a weekly thread for early-career questions and keeps a list of members willing "
         "to be asked about their specialties.",
         "Closed communities bring their own trade-offs. They feel safer for candid questions about salaries, "
         "bad bosses or job searches, several librarians said, but they are hard to find if nobody invites you. "
         "'The hashtag chat was a front door,' said Marcus Hale, who co-hosts a podcast about library work. "
         "'A Discord server is a house party. Great if you know someone.'",
         "Professional associations have noticed. The Association of Regional Archivists has run a virtual "
         "mentoring program since 2022, pairing new archivists with experienced members who meet by video, "
         "with a shared Slack workspace for all participants. Its 2024 evaluation found that mentees valued the "
         "shared workspace nearly as much as their one-to-one pairings, because questions from any pair drew "
         "answers from several mentors. This year the program added peer cohorts of four to six members.",
         "State libraries are moving too. In March, the state library launched a statewide peer learning "
         "network for staff at small public libraries, built around monthly online meetups and a discussion "
         "forum. Vendors have joined in as well, with user communities that now advertise mentoring circles "
         "alongside product training, a development some librarians view with caution.",
         "Academic research supports some of the enthusiasm. A study of peer mentoring circles in a Slack "
         "workspace for early-career academic librarians found significant gains in confidence in research and "
         "in preparing promotion files, though participants complained of notification fatigue and uneven "
         "engagement from facilitators. Several circles carried on without facilitators after the study ended.",
         "Mailing lists, meanwhile, have outlasted the platforms that were supposed to replace them. Several "
         "librarians under thirty said they had joined lists for their specialties on the advice of older "
         "colleagues and were surprised by how useful they were. 'Nobody is performing on a listserv,' said a "
         "cataloguer in her second year. 'People just answer the question, with their actual documentation "
         "attached.' List owners reported steady, if modest, growth since 2022, which some attribute to people "
         "leaving commercial social media. Others pointed to digest mode, which lets busy workers read a day's "
         "questions in five minutes, and to the lists' archives, where years of answered questions can be "
         "searched by anyone who joins later.",
         "Not everyone finds online mentoring easy. Several librarians of colour described being asked to "
         "mentor far more often than white colleagues, online and off, and said the unpaid labour adds up. "
         "Others said the informal nature of online advice means it can be unreliable. 'You get ten answers and "
         "three of them are wrong,' said one public library manager, who asked not to be named. 'You need "
         "enough experience to know which three.'",
         "Career coach Nadia Brooks, who writes a newsletter for librarians and archivists, advises clients to "
         "build what she calls a personal board of advisors, most of whom they may meet online. Her advice on "
         "asking: make it small and specific. 'Nobody wants to be asked to be your mentor,' she said. 'Everybody "
         "is happy to be asked one good question.'",
         "What makes online mentoring work, according to the people who do it, is less the platform than the "
         "habits around it. Mentors described answering in public when they can, so that one answer serves many "
         "readers, and moving to a private message or a video call when a question turns personal. Mentees "
         "described a ladder of asks: first a reply to a post, then a direct question, then, sometimes months "
         "later, a standing monthly call. 'Nobody I mentor ever asked me to be their mentor,' said Lucia "
         "Ferreira, a university archivist who has answered questions on mailing lists since 2010. 'They asked me "
         "good questions until one day we both noticed.'",
         "Peer mentoring came up again and again. Several early-career librarians said the most useful advice "
         "came not from senior figures but from people one or two years ahead of them, met in cohort channels "
         "and Discord servers. 'Someone twenty years in has forgotten what it's like to not know what a "
         "finding aid template is,' said one processing archivist in her first job. 'Someone two years in "
         "remembers exactly, and she'll send you hers.' Group mentoring formats, in which a small group meets "
         "online with an experienced guest, were described as less intimidating than one-to-one pairings.",
         "Webinars, long a staple of continuing education, have taken on a social role as well. Attendees at "
         "association webinars said the chat was often more valuable than the presentation, as experienced "
         "practitioners answered questions and shared links in real time. Some regular attendees had gone on "
         "to form their own groups after meeting in the same chats over several months. One state association "
         "now leaves its meeting room open for half an hour after each webinar so that attendees can keep "
         "talking.",
         "LinkedIn occupies an odd place in the picture. Many librarians described it as a job-search tool first "
         "and said they found its feed tiring, but several said they had found mentors there by messaging the "
         "authors of posts about work they wanted to do. Hiring managers said they looked at candidates' "
         "profiles but rarely at their activity. 'It's the front desk, not the break room,' one academic "
         "library dean said.",
         "There are also questions about who is left out. Workers at small libraries with little release time, "
         "those without reliable internet at home, and staff in roles that professional communities have not "
         "always welcomed, such as library assistants and pages, said online spaces sometimes felt built for "
         "librarians with degrees. Some communities have responded with channels for support staff and "
         "explicit invitations. 'The best thing someone did for me was say, you belong here, ask anything,' "
         "said a circulation supervisor who now moderates a Discord channel for paraprofessionals.",
         "Retired librarians are part of the picture. Ruth Kessler, who retired in 2019 after a career in "
         "public libraries, said she still answers questions from younger librarians on Mastodon most weeks. "
         "'I had a mentor in Oregon for ten years whom I had never met,' she said, recalling a 1990s mailing "
         "list. 'Now it's my turn.'",
         "For Albright, now in her seventh year, the group chat has changed roles. 'Two new school librarians "
         "joined last year,' she said. 'Now I'm the one answering.'",
     ), tags=("Mentoring", "Social Media", "Careers"))

_add("n2", NEWSPAPER, "/county-board-approves-library-budget-with-branch-hours-intact/", "article", 0,
     "County board approves library budget with branch hours intact", "Diana Moreno", "2025-06-10", (
         "The Harlan County Board of Supervisors approved a 14.2 million dollar budget for the county library "
         "system on Tuesday, rejecting a proposal to cut Sunday hours at four branches.",
         "The vote was 4-1. Supervisors heard nearly two hours of public comment, most of it from parents and "
         "seniors who said weekend hours are the only time they can visit. The approved budget includes a 3 "
         "percent raise for staff and funds to replace the bookmobile.",
         "Library director Helen Cho said the system would still need to delay a planned renovation of the "
         "central library's children's room until the next fiscal year.",
     ), tags=("Budgets",))

_add("n3", NEWSPAPER, "/state-library-launches-peer-learning-network-for-small-libraries/", "article", 3,
     "State library launches peer learning network for small libraries", "Owen Pryce", "2025-03-12", (
         "The state library on Monday launched a peer learning network for staff at public libraries serving "
         "fewer than 10,000 people, many of whom work alone or with one or two colleagues.",
         "The network pairs a moderated online forum with monthly video meetups organised by topic, from "
         "grant writing to handling challenges to library materials. New directors will be offered a mentor "
         "from another small library for their first year, with meetings online and a shared channel for "
         "questions between meetings.",
         "'Small library directors are often the only professional in the building,' said state librarian "
         "Patricia Nwosu. 'They tell us the hardest part of the job is having nobody to ask. This gives them "
         "a place to ask, and people who have been there to answer.'",
         "The program grew out of an informal email list that a group of rural directors started in 2020. "
         "Rather than replace it, the state library adopted it: the list's founders will moderate the new forum "
         "and host the first meetups.",
         "About 140 library staff have signed up so far. Participation is free and counts toward continuing "
         "education requirements for certification.",
     ), tags=("Mentoring", "State Libraries"))

_add("n4", NEWSPAPER, "/library-workers-flock-to-bluesky/", "article", 2,
     "Library workers flock to Bluesky", "Owen Pryce", "2024-11-25", (
         "Thousands of library workers have joined Bluesky in the past month, part of a wider wave of sign-ups "
         "after the U.S. election, and many libraries have opened official accounts there too.",
         "For library marketing teams, the question is whether to invest in another platform. Several "
         "communications managers said they would post on Bluesky but keep their main efforts on Instagram and "
         "Facebook, where patrons are.",
         "For individual librarians, the move is about something else. 'I lost my professional network when I "
         "stopped using Twitter,' said Jenna Ruiz, a teen services librarian. 'Within a week here I had found "
         "most of the people I used to learn from.' Shared starter packs of library accounts, curated by "
         "volunteers, let newcomers follow hundreds of colleagues in one click. Weekly hashtag discussions for "
         "library workers have resumed, and some users report getting career advice and mentoring from people "
         "they reconnected with.",
         "Whether the wave lasts is another question. Similar surges to Mastodon in 2022 faded for some users, "
         "though many library workers stayed.",
     ), tags=("Social Media", "Bluesky"))

_add("n5", NEWSPAPER, "/teens-mentor-seniors-at-library-tech-help-sessions/", "article", 0,
     "Teens mentor seniors at library tech help sessions", "Owen Pryce", "2025-04-14", (
         "On Saturday mornings at the Eastgate branch, high school students sit beside older residents and help "
         "them with phones, tablets and email. The library calls it Tech Buddies; the teens call it mentoring, "
         "and they earn volunteer hours for it.",
         "'My tech mentor showed me how to video call my grandson,' said Dorothy Fields, 81. 'She is very "
         "patient with me.' Her mentor, 16-year-old Amara Osei, said she has learned patience too.",
         "The program started last year with six teens and has grown to twenty. The branch plans to add a "
         "weekday session in the summer.",
     ), tags=("Programs",))

_add("n6", NEWSPAPER, "/library-school-enrollment-rises-for-third-year/", "article", 1,
     "Library school enrollment rises for third year", "Diana Moreno", "2025-01-28", (
         "Enrollment in accredited library and information science master's programs rose for the third year "
         "in a row, according to figures released this month, driven mainly by online programs.",
         "Online and hybrid students now make up more than 70 percent of enrollment. Program directors credit "
         "flexible schedules and lower costs for students who keep working while they study, often in library "
         "support jobs.",
         "Directors said online students often build professional connections differently, through virtual "
         "internships, association webinars and mentors they meet online, rather than on campus.",
         "Archives and data curation specializations grew fastest. School library programs remained flat.",
     ), tags=("Education",))

_add("n7", NEWSPAPER, "/riverside-branch-reopens-after-flood-repairs/", "article", 0,
     "Riverside branch reopens after flood repairs", "Owen Pryce", "2025-05-02", (
         "The Riverside branch reopened Thursday, eight months after floodwater filled its basement and ruined "
         "the heating system and about 9,000 books.",
         "Repairs cost 1.1 million dollars, most of it covered by insurance and a state disaster grant. The "
         "rebuilt branch has its mechanical systems on the roof, a new children's area on the main floor and "
         "a community room that can double as a cooling centre.",
         "Staff worked from other branches during the closure. A pop-up library at the community centre served "
         "about 3,000 visitors.",
     ), tags=("Buildings",))

# --- the pages that are not works (graded 0) -------------------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    (HYDE, "/", "home"),
    (HYDE, "/page2/", "listing"),
    (HYDE, "/about/", "about"),
    (HYDE, "/tags/", "tag"),
    (HYDE, "/2024/12/01/hello-world.html", "error"),            # a real 404 (GitHub Pages)
    (TERMINAL, "/", "home"),
    (TERMINAL, "/posts/", "listing"),
    (TERMINAL, "/posts/page/2/", "listing"),
    (TERMINAL, "/tags/mastodon/", "tag"),
    (TERMINAL, "/about/", "about"),
    (SMF, "/index.php", "home"),
    (SMF, "/index.php?board=4.0", "category"),
    (SMF, "/index.php?board=4.3", "listing"),
    (SMF, "/index.php?board=9.0", "category"),
    (SMF, "/index.php?action=search2;search=mentor", "search"),
    (NOOK, "/profile/Adaeze-Okonkwo", "profile"),
    (NOOK, "/topic/Mentoring", "tag"),
    (AVADA, "/", "home"),
    (AVADA, "/blog/", "listing"),
    (AVADA, "/blog/page/2/", "listing"),
    (AVADA, "/category/community/", "category"),
    (AVADA, "/about-us/", "about"),
    (AVADA, "/contact-us/", "contact"),
    (BARRIO, "/", "home"),
    (BARRIO, "/news", "listing"),
    (BARRIO, "/about", "about"),
    (BARRIO, "/contact", "contact"),
    (BARRIO, "/search/node?keys=mentoring", "search"),
    (BARRIO, "/taxonomy/term/14", "tag"),
    (BARRIO, "/news/2019-spring-meeting-minutes", "error"),     # a real 404 (Drupal's themed page)
    (ANCHOR, "/pod/show/shelftalk", "home"),
    (PLUME, "/", "home"),
    (PLUME, "/~/Marginalia", "listing"),
    (PLUME, "/@/ruthk", "profile"),
    (PLUME, "/tag/mentoring", "tag"),
    (PLUME, "/about", "about"),
    (KIT, "/", "home"),
    (KIT, "/posts", "listing"),
    (NEWSPAPER, "/", "home"),
    (NEWSPAPER, "/page/2/", "listing"),
    (NEWSPAPER, "/category/careers/", "category"),
    (NEWSPAPER, "/category/news/", "category"),
    (NEWSPAPER, "/tag/social-media/", "tag"),
    (NEWSPAPER, "/author/dmoreno/", "profile"),
    (NEWSPAPER, "/author/opryce/", "profile"),
    (NEWSPAPER, "/?s=mentoring", "search"),
    (NEWSPAPER, "/contact/", "contact"),
    (NEWSPAPER, "/mentoring-guide-2023/", "error"),             # a soft 404: the theme's 404 page, answered 200
]
