"""Web 28's texts and labels, written before its pages were built.

``WORKS``: id -> :class:`Work` (host, path, kind, grade, title, author, date, paragraphs, tags);
``OTHER``: (host, path, kind) of every page that is not a work, each graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

TWENTYTEN = "quietstacks.example"      # WordPress Twenty Ten: a retired cataloguer's blog
CACTUS = "meiwrites.example"           # Hugo Cactus: an MLIS student's blog
LONDON = "shelflife.example"           # Ghost London: a small library-culture magazine
TRIBE = "stackscommons.example"        # a Bettermode (Tribe) community
SSRN = "infopapers.example"            # an SSRN-like preprint server
OMNY = "podcasts.example"              # an Omny Studio podcast
LUMA = "lu.example"                    # a Luma event host
SCHOLAR = "okafor.example"             # OpenScholar (Drupal 7): a professor's site
JOOMLA = "nwarchivists.example"        # Joomla 3 Protostar: a regional archivists' association
GITBOOK = "handbook.example"           # GitBook: a library consortium's staff handbook

HOSTS = (TWENTYTEN, CACTUS, LONDON, TRIBE, SSRN, OMNY, LUMA, SCHOLAR, JOOMLA, GITBOOK)


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


def _w(host, path, kind, grade, title, author, date, paras, tags=()):
    return Work(host, path, kind, grade, title, author, date, tuple(paras), tuple(tags))


WORKS: dict[str, Work] = {}


def _add(key, *a, **k):
    WORKS[key] = _w(*a, **k)


# --- WordPress Twenty Ten: a retired cataloguer writes ---------------------------------------------------

_add("tt-listserv", TWENTYTEN, "/2021/03/forty-years-of-asking-the-list/", "article", 3,
     "Forty years of asking the list", "Margaret Tull", "2021-03-14", [
         "When I started cataloguing in 1981 the only person I could ask about a tricky serial was the woman at "
         "the next desk, and she had been there two years longer than me. That was my mentoring: two years.",
         "Then came the mailing lists. AUTOCAT changed my working life. I posted my first nervous question about "
         "uniform titles in 1993 and got four answers before lunch, one of them from a man in Wellington who had "
         "written half the rule. He answered my questions for a decade and I never met him. If that is not a "
         "mentor I do not know what is.",
         "I retired last spring and have been thinking about what I owe those strangers. Younger colleagues tell "
         "me the lists are quiet now and the advice happens on Mastodon, in Slack workspaces, in a Discord run by "
         "a metadata group. Fine. The medium was never the point. The point was that someone with more years "
         "than you would stop what they were doing and explain why, not just what.",
         "So I have made myself a rule for retirement: one question a week, somewhere online, answered properly, "
         "for someone who is where I was in 1993. I have started on the metadata Discord. The young ones are "
         "very polite and use a great many emoji.",
     ], ["mailing lists", "mentoring", "retirement"])
_add("tt-mastodon", TWENTYTEN, "/2022/11/an-old-cataloguer-on-mastodon/", "article", 3,
     "An old cataloguer on Mastodon", "Margaret Tull", "2022-11-20", [
         "My niece set me up on Mastodon when everyone left the other place. I was sceptical. I am no longer.",
         "There is a server full of librarians and archivists, and the local timeline is like the staff room of a "
         "very large library where everyone has just come off the desk. A student asked how to begin with "
         "authority work and within the hour three of us old hands had replied, each with a different first "
         "book and a different warning. She has since sent me two direct messages with follow-up questions and I "
         "have promised to look over her practice records.",
         "The hashtags matter more than I expected. #cataloguing and #libraries are where the questions go; "
         "people follow them the way we used to skim the digest over coffee. I have learnt more about linked "
         "data in three months from people half my age than I did from the last two workshops I was sent on, "
         "so the teaching goes both ways. Perhaps that is what they mean by a learning network.",
     ], ["mastodon", "mentoring"])
_add("tt-bookgroup", TWENTYTEN, "/2023/02/the-tuesday-book-group/", "article", 0,
     "The Tuesday book group", "Margaret Tull", "2023-02-07", [
         "The Tuesday book group at the branch finished 'Middlemarch' this week after eleven months. Dorothea "
         "divided us as she always does. Mr Pryce would like it minuted that Casaubon was simply misunderstood.",
         "Next we read something short. The librarian suggested Claire Keegan and there was general relief.",
     ], ["reading"])
_add("tt-garden", TWENTYTEN, "/2023/05/roses-and-retirement/", "article", 1,
     "Roses, and what I do with my mornings", "Margaret Tull", "2023-05-19", [
         "The roses are late this year. The 'Gertrude Jekyll' by the back gate has black spot again and I have "
         "decided to stop fighting it and let the clematis cover the worst of it.",
         "Mornings are for the garden, afternoons for the allotment committee's minutes, which I appear to have "
         "volunteered to index. Old habits. I still spend half an hour after breakfast answering cataloguing "
         "questions from newer librarians on Mastodon, which keeps my hand in.",
         "My neighbour asked whether I miss work. I miss the people. I do not miss the budget meetings.",
     ], ["garden"])
_add("tt-rda", TWENTYTEN, "/2023/09/rda-toolkit-restructure-a-grumble/", "article", 0,
     "The RDA Toolkit restructure: a grumble", "Margaret Tull", "2023-09-02", [
         "I have been reading the restructured RDA Toolkit for my own amusement, which tells you something about "
         "retirement. The new element set is cleaner, I will grant that. Manifestation statements are a good "
         "idea. But the guidance chapters read as though they were written by a committee that had never "
         "catalogued a slightly damaged nineteenth-century hymnal in a hurry on a Friday.",
         "Policy statements will fill the gaps, as they always have. In the meantime, I would like a cup of tea "
         "and a simple rule for parallel titles.",
     ], ["cataloguing", "RDA"])
_add("tt-zoomcircle", TWENTYTEN, "/2024/01/a-circle-on-zoom/", "article", 2,
     "A circle on Zoom", "Margaret Tull", "2024-01-28", [
         "A former colleague runs a monthly mentoring circle for new technical services staff, on Zoom, and she "
         "asked me to be the 'elder' for a term. Six of them, one of me, an hour on the first Thursday.",
         "It works because nobody is presenting. Someone brings a problem, a difficult supervisor, a job offer "
         "in another city, a backlog they are ashamed of, and the others ask questions before anyone gives "
         "advice. I mostly keep quiet until the end. Between meetings they keep a group chat going, which I am "
         "told I am allowed to read but not to answer with full stops, as that seems angry.",
         "The rest of January was taken up with a burst pipe in the loft and the insurance company, about which "
         "the less said the better. Three weeks of dehumidifiers. The ceiling in the spare room will need "
         "replastering when it dries, and I have learnt more than I wished to know about excess clauses.",
     ], ["mentoring", "zoom"])

# --- Hugo Cactus: an MLIS student -----------------------------------------------------------------------

_add("mei-pln", CACTUS, "/posts/building-a-pln-from-scratch/", "article", 3,
     "Building a PLN from scratch, one semester in", "Mei Lin Tan", "2023-12-10", [
         "At the start of this semester my professor told us to 'build a personal learning network' and I wrote "
         "it down without any idea what that meant. Here is what it turned into, in case another first-year "
         "student finds it useful.",
         "Step one was Bluesky. I followed the librarians our reading list cited and then the people they "
         "replied to. After a month I had a feed of maybe two hundred library people, and I started replying "
         "too, mostly with questions. Step two was LinkedIn, which I had avoided, but the academic library group "
         "there posts job talks and career advice I could not get anywhere else. Step three was a Discord "
         "server for library students where the recent graduates hang out and answer questions about "
         "interviews and first jobs.",
         "The part I did not expect: people answer. A metadata librarian I had quoted in a paper saw my post and "
         "offered a twenty-minute call. She told me which courses to take next year and which to skip. That one "
         "call was worth more than most of my lectures, and now I check in with her every couple of months.",
         "If you are starting out: lurk for two weeks, then ask one specific question a week in public. Thank "
         "the people who answer. That is the whole trick.",
     ], ["PLN", "bluesky", "career"])
_add("mei-internship", CACTUS, "/posts/what-my-archives-internship-taught-me/", "article", 2,
     "What my archives internship taught me", "Mei Lin Tan", "2024-03-02", [
         "I spent ten weeks processing a collection of union records at the county archives. Mostly I learnt "
         "that boxes are heavy, that rusty staples are a personal enemy, and that a finding aid is an argument.",
         "The best part was my supervisor, who treated the internship as mentoring rather than labour. Every "
         "Friday we sat for half an hour and she asked what I had found hard. She introduced me to the "
         "archivists' Slack she belongs to and told me to lurk in the #early-career channel, where people post "
         "cover letters for critique and ask whether to take a term job. I have had two cover letters read by "
         "strangers there, and both came back better.",
         "I am still not sure whether I want to be an archivist. I am sure I want a supervisor like her.",
     ], ["archives", "internship"])
_add("mei-infolit", CACTUS, "/posts/notes-on-teaching-my-first-one-shot/", "article", 0,
     "Notes on teaching my first one-shot", "Mei Lin Tan", "2024-04-15", [
         "I taught my first information literacy session today, fifty minutes with a first-year composition "
         "class. I had planned for Boolean operators and a database demonstration. We got through the Boolean "
         "operators.",
         "The students' questions were better than my slides: how do you know a source is lying, and why does "
         "the library database look worse than Google. Next time I will start with their searches, not mine.",
     ], ["teaching", "information literacy"])
_add("mei-bsky", CACTUS, "/posts/quick-thought-on-asking/", "article", 3,
     "Quick thought on asking", "Mei Lin Tan", "2024-05-01", [
         "Posted a question about reference interviews on Bluesky with #LibrarySky and three working librarians "
         "answered within an hour, one offering to talk it through on a call. Mentors do not have to be "
         "assigned. Sometimes you just ask in public.",
     ], ["bluesky"])
_add("mei-reading", CACTUS, "/posts/summer-reading-list/", "article", 0,
     "My summer reading list", "Mei Lin Tan", "2024-06-20", [
         "Books I am taking to my parents' place this summer: 'The Library Book' by Susan Orlean, 'Archival "
         "Silences', a Terry Pratchett I somehow never read, and my cohort's favourite cookbook.",
         "Recommendations welcome, but nothing with 'leadership' in the title.",
     ], ["reading"])

# --- Ghost London: a small library-culture magazine -----------------------------------------------------

_add("sl-chats", LONDON, "/where-the-chats-went/", "article", 3,
     "Where the chats went", "Rosa Achebe", "2024-02-12", [
         "For a decade, Tuesday evenings belonged to the hashtag. Hundreds of librarians would gather on "
         "Twitter for an hour-long chat, a moderator posting numbered questions and everyone answering with "
         "the tag attached. For many early-career librarians it was the first place they met people further "
         "along: a reference librarian in a small town could trade notes with a dean, and plenty of formal "
         "mentoring relationships began with a reply.",
         "Then the platform changed hands and the rooms emptied. So where did that peer learning go?",
         "Some of it moved to Mastodon, where the library servers are busy and the conversation slower and "
         "kinder. Some went to Bluesky, which has the feel of the old chats without the structure; a few "
         "moderators have tried restarting scheduled chats there with mixed turnout. A great deal went private: "
         "Slack workspaces for subject specialists, Discord servers for students and new graduates, group chats "
         "that began as conference backchannels and never stopped.",
         "'The advice did not disappear, it just went behind doors,' one academic librarian who used to "
         "moderate a weekly chat told us. 'That is good for the people inside. It is hard on the person who "
         "does not know the door exists.' She now runs an open Discord for new librarians, with a channel "
         "where anyone can ask to be paired with a more experienced volunteer.",
         "The old mailing lists, written off many times, have had a quiet revival too. Several list owners "
         "report more posts from new professionals than at any time in ten years, most of them career "
         "questions: whether to take a temporary post, how to answer salary questions, how to move from "
         "public to academic work.",
         "To understand what the chats did, it helps to remember how they worked. A moderator, usually a "
         "volunteer, announced a theme a few days ahead: job interviews, the first year of management, "
         "working with difficult colleagues, going back to school. At the appointed hour the questions went "
         "out one by one, ten minutes apart. Anyone could answer. Answers were public, so a student in one "
         "time zone could read a director's reply the next morning and reply to it in turn. The archive of a "
         "good chat was a small handbook of professional judgement, written by dozens of people at once.",
         "Former moderators describe the work with a mix of pride and exhaustion. 'We were running a free "
         "professional development programme every week, for thousands of people, on a platform that did not "
         "care whether we existed,' said a public librarian who co-moderated a chat for five years. She "
         "remembers the participants more than the topics: a school librarian who asked, in her first week, how "
         "to say no to a principal, and who years later was answering the same question for someone else. "
         "'That is what mentoring looks like when nobody calls it mentoring. You watch someone do it, then you "
         "do it.'",
         "The chats were never perfect. They rewarded people who were comfortable thinking out loud in public "
         "and who could spare an evening hour. Several librarians of colour we spoke to said the open format "
         "exposed them to hostility they did not face in closed groups, and that the advice they most needed, "
         "about navigating predominantly white workplaces, was rarely something they would ask in front of "
         "thousands of strangers. For them the move to smaller, invitation-only spaces has been a relief. One "
         "runs a Slack workspace for early-career librarians of colour that now has four hundred members and a "
         "waiting list of people who want to be mentors.",
         "Mastodon's library community has its own character. Its servers are run by volunteers, some of them "
         "librarians, and the culture prizes long replies over quick takes. Several users told us they had "
         "found it easier to ask 'basic' questions there than they ever had on Twitter, because the audience is "
         "smaller and the tone less performative. The trade-off is discovery: without a single global timeline, "
         "a new librarian has to know whom to follow, and the library hashtags work only if people remember to "
         "use them. Some experienced members now post a weekly 'ask me anything about academic libraries' "
         "thread, a deliberate attempt to make themselves findable by people who need advice.",
         "On Bluesky, the library community grew quickly in 2024 and has taken on some of the old chats' "
         "energy, helped by custom feeds that gather posts from librarians and archivists into one stream. A "
         "feed's creator told us that the most-liked posts in hers are not news or jokes but answers: someone "
         "explaining how they got their first archives job, or how to read a job advert's salary range. "
         "'People are hungry for someone a few years ahead of them to tell them the truth,' she said.",
         "Professional associations have noticed. Several have launched their own online communities, on "
         "platforms built for members, with mentoring directories and discussion spaces. Take-up varies. "
         "Members who already have a network tend to stay where their network is; the association spaces are "
         "most used by students and new members who have nowhere else to go, which may be exactly the point. "
         "One association's mentoring coordinator told us that pairs who first met in its online community "
         "were more likely to keep meeting after the formal programme ended than pairs matched by a "
         "committee, perhaps because they had already chosen each other.",
         "Discord, once mainly a gamers' tool, has become the surprise of the last two years. Library school "
         "cohorts set up servers for coursework and keep them after graduation, so that a server begun for a "
         "cataloguing class becomes, three years on, a place where working librarians answer the questions of "
         "the students who came after them. One server we joined has channels for job postings, CV reviews, "
         "'is this normal' questions about workplaces, and a weekly voice chat where two volunteers with ten or "
         "more years' experience take questions live. Its founder, now an academic librarian, calls it 'a "
         "staff room for people who do not have one yet.'",
         "LinkedIn, meanwhile, has quietly absorbed the career side of the old chats. Recruiters and vendors "
         "crowd the feed, but the platform's groups and comment threads are where many librarians now ask how "
         "to move from public to academic work, or from libraries into user research or records management. "
         "Mid-career professionals in particular told us they prefer it, precisely because it is tied to their "
         "professional identity: the person answering has a visible career history, which makes their advice "
         "easier to weigh.",
         "Webinars have filled another gap. Free online sessions on job hunting, interviewing and first-time "
         "management, run by associations, library schools and volunteer groups, draw hundreds of attendees, "
         "and the chat running alongside them often matters as much as the talk. Organisers describe attendees "
         "swapping contact details in the chat and arranging follow-up calls, a small echo of the old hashtag "
         "evenings. Several groups now leave their video rooms open for half an hour after the session so that "
         "newer attendees can talk to the speakers directly.",
         "And some of the best advice still travels by email. A retired cataloguer we spoke to answers "
         "questions on the same mailing list she joined in 1993. 'People think lists are dead,' she said. 'They "
         "are not dead. They are just quiet until somebody needs something.'",
         "What has been lost is the accident: the chance that a student lurking on a public hashtag would "
         "stumble into the right conversation. What remains, for those who find it, is a web of smaller rooms "
         "where people still take the time to help someone starting out. The task for the profession, our "
         "interviewees agreed, is to put up signposts: to make sure that the person who does not know the door "
         "exists can find it.",
     ], ["social media", "mentoring", "features"])
_add("sl-linkedin", LONDON, "/the-linkedin-problem/", "article", 2,
     "The LinkedIn problem", "Tom Everett", "2024-03-08", [
         "Librarians have an uneasy relationship with LinkedIn. It is where recruiters live and where our "
         "vendors post about 'disruption'. It is also, increasingly, where the job ads are.",
         "Several readers wrote in to say it is more useful than its reputation. A law librarian told us she "
         "found her current mentor through a LinkedIn group for legal information professionals, after the "
         "mentor commented on a post she had written about citators; they now meet quarterly. Others use it "
         "to ask people in jobs they want how they got there, and say the answer rate is surprisingly high.",
         "The platform's own learning courses are another matter. Most of what we looked at was generic, and "
         "the library-specific content was thin and years out of date. Free access through a public library "
         "card is a nice perk, but it is not a curriculum.",
         "Next issue: the case for quitting every platform and going back to the telephone.",
     ], ["linkedin", "careers"])
_add("sl-zines", LONDON, "/library-zine-fairs-are-back/", "article", 0,
     "Library zine fairs are back", "Rosa Achebe", "2024-04-22", [
         "Three public libraries in the region held zine fairs this spring, the first since 2019. Tables of "
         "photocopied comics, riso-printed poetry and a surprising number of zines about mushrooms.",
         "Libraries collecting zines face real questions: how to catalogue a one-off, whether to lend it, how "
         "to ask a seventeen-year-old for permission to keep a copy for fifty years. Two of the fairs ended "
         "with donations to the local collection.",
     ], ["events", "zines"])
_add("sl-burnout", LONDON, "/burnout-is-not-a-personal-failing/", "article", 1,
     "Burnout is not a personal failing", "Tom Everett", "2024-05-30", [
         "Library workers' surveys keep finding the same thing: more than half describe symptoms of burnout, "
         "and most point to understaffing and patron conflict rather than anything they could fix themselves.",
         "Advice to 'practise self-care' puts the burden on the wrong person. What helps, the research "
         "suggests, is predictable staffing, a supervisor who backs you up, and clear policies for difficult "
         "behaviour. A few readers also mentioned peer support groups they found online, which helped them "
         "feel less alone.",
         "The pattern is familiar from nursing and teaching, where burnout has been studied for decades. "
         "Emotional labour, the work of staying calm and helpful in the face of anger or distress, is a large "
         "part of public service work and is rarely counted in job descriptions. A branch librarian who spends "
         "an afternoon calming a patron in crisis, then another hour on the phone to social services, has done "
         "skilled work that appears nowhere in the statistics the library reports to its funders.",
         "Understaffing compounds it. When a branch that was designed for four staff is run by two, breaks are "
         "skipped, lone working becomes normal, and every incident lands on fewer shoulders. Several readers "
         "described being the only staff member in a building at closing time, responsible for clearing it, "
         "with no way to call for help except the public emergency number. 'It is not the patrons,' one wrote. "
         "'It is being alone with the patrons.'",
         "Managers are squeezed too. Middle managers in particular describe being asked to deliver the same "
         "service with fewer people while also absorbing their staff's distress. Few have had training in "
         "supporting staff after a traumatic incident, and many organisations have no debriefing process at "
         "all. Employee assistance programmes exist on paper, but readers told us they were hard to reach and "
         "rarely understood library work.",
         "What would help? Readers' answers were practical. Minimum staffing levels that are actually kept. "
         "Security staff or at least a panic alarm that rings somewhere. A written policy on behaviour that "
         "front-line staff helped to write and that managers enforce. Time in the rota for recovery after a "
         "bad incident. Pay that reflects the work. None of these is new, and none is cheap, which is perhaps "
         "why the self-care advice persists: it costs the employer nothing.",
         "Unions have begun to take the issue up. Two library unions we contacted have made workload and "
         "safety central to their bargaining this year, and one has published a model lone-working policy that "
         "several library authorities have adopted. Research by library schools is catching up, with new "
         "studies of trauma-informed practice in public libraries and of the long-term effects of the pandemic "
         "years on staff.",
         "We will return to this with a reader survey of our own in the autumn.",
     ], ["workplace"])
_add("sl-algorithms", LONDON, "/who-trains-the-algorithm/", "article", 0,
     "Who trains the algorithm?", "Rosa Achebe", "2024-07-02", [
         "Discovery layers now promise 'AI-powered relevance'. We asked three vendors what their ranking "
         "models are trained on. Two declined to say; the third said 'usage signals'.",
         "Libraries have always made choices about what patrons see first. The difference is that a subject "
         "heading can be read and argued with. A learned ranking cannot, at least not by us.",
     ], ["technology"])

# --- a Bettermode community -------------------------------------------------------------------------------

_add("sc-firstjob", TRIBE, "/post/first-job-advice-thread-7Xk2pQ", "post", 3,
     "Advice thread: your first year as a librarian", "Jordan P.", "2024-01-09", [
         "New year, new cohort. Experienced folks: what do you wish someone had told you in your first year? "
         "New folks: ask anything here and someone will answer.",
         "Reply from Priya (12 years, academic): Find one person outside your institution you can be honest "
         "with. Mine was someone I met in a hashtag chat years ago. We still message every month.",
         "Reply from Sam (2nd year, public): I asked in this community how to handle a difficult board meeting "
         "and got three DMs from directors offering to talk. Do not be shy about asking here.",
         "Reply from Jordan P.: This is what this space is for. If you want a more structured match, the "
         "mentoring space pairs people each quarter.",
     ], ["mentoring", "career"])
_add("sc-matching", TRIBE, "/post/mentor-matching-round-is-open-Qm81Zs", "post", 3,
     "Mentor matching round is open", "Community Team", "2024-03-01", [
         "Our spring mentor matching round is open until 20 March. Mentors commit to one video call a month for "
         "three months plus messages here in between; mentees tell us what they want help with (job search, "
         "moving sectors, management, archives, systems). We match on goals, not job titles. Peer groups of "
         "four are also available if you would rather learn alongside others at the same stage.",
     ], ["mentoring"])
_add("sc-ils", TRIBE, "/post/migrating-ils-anyone-done-it-recently-Lp3Vw9", "post", 0,
     "Migrating ILS — anyone done it recently?", "Dev R.", "2024-04-11", [
         "We are moving from a legacy ILS to an open-source one next year. Any horror stories about patron "
         "record migration? Our holds data is a mess.",
         "Reply from Alex: Clean your item statuses before you export. We did not, and spent a month fixing "
         "'missing' items that were on the shelf.",
     ], ["systems"])
_add("sc-lurker", TRIBE, "/post/confession-ive-been-lurking-for-a-year-Nt5Ee1", "post", 2,
     "Confession: I've been lurking for a year", "Hana K.", "2024-05-05", [
         "I joined this community when I was laid off from a corporate records job and have read almost every "
         "post since. I never posted. Just wanted to say the career threads here got me through: I learnt how "
         "archivists describe their work, I rewrote my CV from the examples people shared, and I start a "
         "records manager job at the city in June.",
         "Also, does anyone have a good recipe for a potluck that travels well? First week social.",
     ], ["careers"])
_add("sc-meme", TRIBE, "/post/friday-meme-thread-Hh8Rr2", "post", 0,
     "Friday meme thread", "Jordan P.", "2024-05-10", [
         "Post your best 'patron asked for the blue book' stories. Bonus points for the one about the "
         "microfiche reader that only works if you hum.",
     ], ["fun"])
_add("sc-webinar", TRIBE, "/post/webinar-recap-negotiating-your-first-salary-Tw4Ka0", "post", 2,
     "Webinar recap: negotiating your first salary", "Community Team", "2024-06-03", [
         "Thanks to the 140 people who joined Tuesday's webinar. Our panel, two directors and a union rep, "
         "walked through researching salary bands, when to negotiate and how to ask about professional "
         "development funding.",
         "The most popular advice came in the chat: ask someone one step ahead of you what they were offered. "
         "Several panellists offered to look over offers for attendees, and the recording and slides are in "
         "the resources space.",
         "Reminder that the community guidelines apply to DMs, and that vendor pitches are not allowed.",
     ], ["webinars", "careers"])

# --- an SSRN-like preprint server --------------------------------------------------------------------

_add("ip-twitter-mentoring", SSRN, "/sol3/papers.cfm?abstract_id=4410021", "journal-article", 3,
     "Informal Mentoring Through Professional Hashtags: A Study of Librarians on Twitter, 2015-2022",
     "Okafor, Chidi; Lindqvist, Anna", "2023-04-11", [
         "Abstract: Professional hashtags have served as informal learning spaces for librarians for more than "
         "a decade. This paper analyses 48,000 posts from three library hashtag chats between 2015 and 2022 and "
         "interviews with 22 participants to ask how mentoring occurs in such spaces. We find that advice-giving "
         "is concentrated in a small core of experienced participants who answer questions from newcomers, "
         "that many lasting one-to-one mentoring relationships begin as public replies, and that newcomers "
         "value the ability to observe experienced practitioners' reasoning before participating. We discuss "
         "implications for professional associations that wish to support early-career librarians through "
         "online communities, and the fragility of such communities when platforms change.",
         "Keywords: mentoring, social media, librarians, professional development, Twitter, communities of "
         "practice",
     ], ["mentoring", "social media"])
_add("ip-pdf", SSRN, "/sol3/Delivery.cfm/SSRN_ID4410021_code5521.pdf", "document", 3,
     "Informal Mentoring Through Professional Hashtags (full text)", "Okafor, Chidi; Lindqvist, Anna",
     "2023-04-11", [
         "Informal Mentoring Through Professional Hashtags: A Study of Librarians on Twitter, 2015-2022",
         "Chidi Okafor and Anna Lindqvist",
         "1. Introduction",
         "Mentoring has long been recognised as a means of professional socialisation in librarianship.",
         "Formal programmes pair new librarians with experienced colleagues, but many librarians report that",
         "the advice that mattered most came informally, from peers and from colleagues at other institutions.",
         "Since about 2010, professional hashtags and scheduled chats on Twitter have offered one such route.",
         "2. Methods",
         "We collected public posts from three library hashtag chats and interviewed 22 participants,",
         "ten of whom described a mentor relationship that began with a public reply during a chat.",
         "3. Findings",
         "Experienced participants acted as informal mentors, explaining their reasoning to newcomers;",
         "newcomers learnt professional norms by observing exchanges before asking questions themselves.",
         "Several participants moved their mentoring to direct messages, video calls and Slack after 2022.",
         "4. Conclusion",
         "Online professional networks support mentoring and career learning, but depend on fragile platforms.",
     ])
_add("ip-peer-archivists", SSRN, "/sol3/papers.cfm?abstract_id=4502317", "journal-article", 3,
     "Peer Mentoring Among Early-Career Archivists in Online Communities", "Reyes, Lucia", "2023-09-19", [
         "Abstract: Early-career archivists often work as the sole professional in small repositories, with no "
         "colleague to learn from. This study surveyed 310 archivists with fewer than five years' experience "
         "about where they seek advice. Respondents most often turned to Slack workspaces and Discord servers "
         "run by professional groups, followed by mailing lists and LinkedIn. Peer mentoring, advice from "
         "others at the same career stage, was rated as useful as advice from senior archivists, especially "
         "for questions about workload and job searching. We argue that professional bodies should support "
         "these peer networks rather than replacing them with formal schemes.",
         "Keywords: archivists, peer mentoring, online communities, early career",
     ], ["archives", "peer mentoring"])
_add("ip-metadata", SSRN, "/sol3/papers.cfm?abstract_id=4388890", "journal-article", 0,
     "Metadata Quality in Institutional Repositories: An Audit of 40 Repositories", "Brandt, Felix",
     "2023-03-02", [
         "Abstract: We audited the metadata of 12,000 records from 40 institutional repositories for "
         "completeness and consistency of author names, dates, licences and subject terms. Licence statements "
         "were missing in 38 percent of records and persistent identifiers for authors in 71 percent. We "
         "propose a minimal set of checks repositories can automate at deposit.",
         "Keywords: institutional repositories, metadata quality, scholarly communication",
     ], ["repositories"])
_add("ip-network-analysis", SSRN, "/sol3/papers.cfm?abstract_id=4620075", "journal-article", 1,
     "Citation Networks in Library and Information Science, 2000-2020", "Nakamura, Ken", "2023-11-28", [
         "Abstract: Using bibliometric network analysis of 95,000 LIS articles, we map the field's citation "
         "communities and their change over two decades. Information retrieval and scientometrics remain "
         "tightly connected, while library practice research forms a loosely linked periphery. A small "
         "cluster of work on librarians' professional development, including studies of mentoring on social "
         "media, is among the fastest-growing. We discuss what the structure suggests for the field's "
         "identity.",
         "Keywords: bibliometrics, citation analysis, network analysis",
     ], ["bibliometrics"])

# --- an Omny Studio podcast -------------------------------------------------------------------------------

_add("pod-ep41", OMNY, "/shows/stacks-and-stories/ep-41-mentors-you-meet-online", "article", 3,
     "Ep. 41: Mentors you meet online", "Stacks & Stories", "2024-02-20", [
         "This week Dee and Marcus talk to three librarians about the mentors they found online: a school "
         "librarian whose mentor was a stranger who answered her on Twitter in 2014, a systems librarian who "
         "learnt to code from a Slack community, and an archivist who runs a Discord for people entering the "
         "profession mid-career. We talk about how to ask for help without being a burden, when an online "
         "connection becomes a real mentoring relationship, and what happens when the platform you built your "
         "network on falls apart.",
         "Links from the episode: the Discord's invite page, the association's mentoring programme, and a "
         "preprint on hashtag mentoring.",
     ], ["mentoring"])
_add("pod-ep42", OMNY, "/shows/stacks-and-stories/ep-42-the-weeding-episode", "article", 0,
     "Ep. 42: The weeding episode", "Stacks & Stories", "2024-03-05", [
         "Everyone has opinions about weeding. Dee brings the CREW manual, Marcus brings a story about a 1974 "
         "encyclopedia that a patron insisted was still accurate, and we take listener questions about getting "
         "weeding past a nervous board.",
     ], ["collections"])
_add("pod-ep43", OMNY, "/shows/stacks-and-stories/ep-43-career-changers", "article", 2,
     "Ep. 43: Career changers", "Stacks & Stories", "2024-03-19", [
         "Two guests who came to libraries from other careers, one from nursing and one from software, tell "
         "us what surprised them. Both say their first year would have been much harder without more "
         "experienced librarians they met through LinkedIn and a state association's mailing list, who "
         "explained the unwritten rules and read their applications.",
         "Plus: Marcus reviews a library-themed board game, and we answer a listener's question about ebook "
         "licensing.",
     ], ["careers"])
_add("pod-ep44", OMNY, "/shows/stacks-and-stories/ep-44-live-from-the-conference", "article", 1,
     "Ep. 44: Live from the state conference", "Stacks & Stories", "2024-04-09", [
         "Recorded in the exhibit hall. We grab attendees between sessions to ask about the best thing they "
         "saw: a session on accessible library websites, a poster on seed libraries, a talk on the backchannel "
         "and how people keep learning from each other after the conference ends, and far too many tote bags.",
     ], ["conferences"])

# --- a Luma event host --------------------------------------------------------------------------------------

_add("lu-speed", LUMA, "/speed-mentoring-for-info-pros", "article", 3,
     "Virtual speed mentoring for information professionals", "Early Career Info Pros", "2024-04-18", [
         "Join us for an hour of virtual speed mentoring. Librarians, archivists and records managers at any "
         "stage are welcome. Each mentee gets four ten-minute conversations in breakout rooms with experienced "
         "professionals, with questions about careers, job hunting, moving sectors or anything else. Mentors "
         "share their LinkedIn or Mastodon handle so you can follow up afterwards.",
         "Want to be a mentor? Register and tick the mentor box; we will send a short guide.",
     ], ["mentoring"])
_add("lu-chat", LUMA, "/libchat-revival-night", "article", 2,
     "#libchat revival night on Bluesky", "Early Career Info Pros", "2024-05-22", [
         "Remember the Tuesday hashtag chats? We are bringing one back for an evening, on Bluesky. Six "
         "questions over an hour on finding support in your first library job. Register to get the questions "
         "in advance. After the chat, join the video room for informal conversation.",
         "Accessibility: captions in the video room; the chat questions are also posted as a thread.",
     ], ["bluesky", "chats"])
_add("lu-trivia", LUMA, "/library-trivia-night-june", "article", 0,
     "Library trivia night", "Downtown Library Friends", "2024-06-14", [
         "Teams of up to six. Categories include banned books, famous librarians, and Dewey by numbers. "
         "Proceeds go to the branch's summer reading programme. Snacks provided.",
     ], ["events"])
_add("lu-archives-sync", LUMA, "/digital-preservation-meetup", "article", 1,
     "Digital preservation meetup (online)", "Digital Preservation Circle", "2024-07-10", [
         "Monthly online meetup on digital preservation practice. This month: checksums at scale, migrating "
         "from one preservation system to another, and a lightning talk on web archiving. Newcomers are "
         "paired with a regular for the breakout discussion.",
     ], ["preservation"])

# --- OpenScholar: a professor of information science --------------------------------------------------------

_add("os-article", SCHOLAR, "/publications/networked-mentoring-librarianship", "journal-article", 3,
     "Networked Mentoring in Librarianship: A Review", "Chidi Okafor", "2022-06-01", [
         "Okafor, C. (2022). Networked mentoring in librarianship: A review. Journal of Library Careers, 14(2), "
         "55-78.",
         "Abstract: This review synthesises 61 studies of mentoring among librarians and archivists published "
         "between 2008 and 2021, with a focus on mentoring that takes place through online networks: social "
         "media, mailing lists, online communities and virtual mentoring programmes. The studies describe a "
         "shift from dyadic, institution-based mentoring to networked models in which early-career "
         "professionals draw on many mentors for different needs. Peer mentoring and group mentoring in "
         "online spaces are associated with higher self-reported confidence and career satisfaction. Gaps "
         "include long-term outcomes and the experiences of professionals from under-represented groups.",
     ], ["mentoring", "review"])
_add("os-pdf", SCHOLAR, "/files/okafor/files/mentoring_toolkit_2023.pdf", "document", 2,
     "A toolkit for online mentoring programmes", "Chidi Okafor", "2023-01-15", [
         "A Toolkit for Online Mentoring Programmes in Library Associations",
         "Chidi Okafor, Department of Information Science",
         "Purpose: to help association committees run virtual mentoring programmes for members.",
         "1. Recruit mentors through mailing lists, LinkedIn groups and the association's community space.",
         "2. Match on goals. Offer one-to-one pairs and peer mentoring groups of three to five.",
         "3. Set expectations: one video call a month, six months, a written agreement.",
         "4. Evaluate: survey both sides at the midpoint and end.",
         "Appendix: sample agreement, sample survey, budget template for platform costs.",
     ])
_add("os-blog-pln", SCHOLAR, "/blog/my-students-pln-assignment", "article", 3,
     "Why I make my students build a learning network", "Chidi Okafor", "2023-08-30", [
         "Every autumn my first-year MLIS students build a personal learning network. They follow thirty "
         "practitioners on a platform of their choice, join one professional community, and by the end of term "
         "must have asked a question in public and written up what they learnt from the replies.",
         "Students are often nervous. Some tell me they feel they have nothing to offer. I tell them that "
         "asking a good question is an offer: it gives someone the chance to help. Several former students "
         "have found long-term mentors this way, and a few now answer the questions of my current students.",
         "This year I added Mastodon and Bluesky to the list of options and dropped the requirement to use "
         "Twitter. The students who chose the newer platforms reported smaller but friendlier networks.",
     ], ["teaching", "PLN"])
_add("os-datasets", SCHOLAR, "/publications/open-data-practices-university-libraries", "journal-article", 0,
     "Open Data Practices in University Libraries", "Chidi Okafor; Ruth Mwangi", "2020-10-01", [
         "Okafor, C., & Mwangi, R. (2020). Open data practices in university libraries. Data Curation "
         "Quarterly, 6(4), 201-219.",
         "Abstract: We surveyed 84 university libraries about research data services. Most offered advice on "
         "data management plans, fewer offered curation, and only a minority tracked reuse of deposited data.",
     ], ["research data"])
_add("os-blog-conf", SCHOLAR, "/blog/notes-from-iconference", "article", 1,
     "Notes from the iConference", "Chidi Okafor", "2024-03-25", [
         "A week of papers on information behaviour, AI literacy and data justice. Highlights: a strong "
         "session on health misinformation and a panel on open peer review.",
         "I also presented our hashtag mentoring study to a small but kind audience; the slides are on the "
         "publications page. Next year's conference is in Europe and I am already dreading the flights.",
     ], ["conferences"])

# --- Joomla 3: a regional archivists' association ----------------------------------------------------------

_add("nw-mentoring", JOOMLA, "/index.php/news/41-mentoring-programme-goes-online", "article", 3,
     "Our mentoring programme goes online", "Membership Committee", "2023-09-12", [
         "From this autumn the Association's mentoring programme runs entirely online, so that members in "
         "remote and one-person repositories can take part.",
         "Mentees are matched with an experienced archivist or records manager for six months, meeting by "
         "video once a month. Between meetings, pairs and our new peer mentoring groups use the members' "
         "discussion list and a dedicated Slack workspace, where mentors also run short Q&A sessions on "
         "career topics: applying for your first post, registration, and moving into management.",
         "Past mentees have told us the programme's biggest value was a trusted person to ask 'is this "
         "normal?'. To apply, sign in and complete the form on the members' page by 31 October.",
     ], ["mentoring"])
_add("nw-agm", JOOMLA, "/index.php/news/42-annual-general-meeting-2023", "article", 0,
     "Annual General Meeting 2023", "Secretary", "2023-10-02", [
         "The AGM will be held at the county record office on 18 November at 2pm. Agenda: accounts, election "
         "of officers, subscription rates for 2024. Nominations to the Secretary by 1 November.",
     ], ["association"])
_add("nw-listserv", JOOMLA, "/index.php/news/43-new-members-please-use-the-list", "article", 2,
     "New members: please use the list!", "Chair", "2023-11-15", [
         "We have welcomed thirty new members this year, many of them students and people in their first "
         "post. The members' discussion list is the best place to ask questions of colleagues with decades of "
         "experience, about appraisal, difficult depositors, or whether a qualification is worth it. Nobody "
         "will think your question is silly.",
         "The list is also used for notices of vacancies and training, and for the occasional heated debate "
         "about acid-free boxes.",
     ], ["members"])
_add("nw-flood", JOOMLA, "/index.php/news/44-flood-salvage-training", "article", 0,
     "Flood salvage training day", "Training Officer", "2024-01-20", [
         "A practical day on disaster response for paper and photographic collections: air-drying, freezing "
         "and triage. Bring old clothes. Places limited to 20.",
     ], ["training"])
_add("nw-survey", JOOMLA, "/index.php/news/45-workforce-survey-results", "article", 1,
     "Workforce survey results", "Council", "2024-03-04", [
         "Thank you to the 212 members who answered the workforce survey. Headline results: the median salary "
         "has risen 3 percent, 41 percent of members work alone or with one colleague, and short-term "
         "contracts remain common among those under thirty-five.",
         "Members asked for more training on digital preservation and more chances to meet. Several also "
         "mentioned the online mentoring programme as a reason they renewed.",
         "The full report is available to members.",
     ], ["workforce"])

# --- GitBook: a library consortium's staff handbook --------------------------------------------------------

_add("gb-find-mentor", GITBOOK, "/staff-handbook/professional-development/finding-a-mentor", "document", 3,
     "Finding a mentor", "Consortium Staff Development", "2024-01-05", [
         "Every new staff member can ask for a mentor in their first year. You do not need to be a librarian "
         "to have one.",
         "Ways to find a mentor: ask your supervisor to suggest someone in another member library; join the "
         "#mentoring channel in the consortium Slack and post a short introduction; or browse the mentor "
         "directory, where volunteers list what they can help with.",
         "Beyond the consortium, many staff find informal mentors in professional communities online: library "
         "hashtags on Mastodon and Bluesky, association mailing lists, and LinkedIn groups. These count as "
         "professional development and you may record the time.",
         "Tips: say what you want help with; agree how often to meet; it is fine to end a mentoring "
         "relationship that is not working.",
     ])
_add("gb-be-mentor", GITBOOK, "/staff-handbook/professional-development/being-a-mentor", "document", 2,
     "Being a mentor", "Consortium Staff Development", "2024-01-05", [
         "Mentoring is part of senior staff roles in the consortium. Mentors give about two hours a month.",
         "Listen more than you talk. Share your own mistakes. Introduce your mentee to people, including the "
         "communities you learn from online. Do not act as their manager.",
     ])
_add("gb-pd-fund", GITBOOK, "/staff-handbook/professional-development/pd-funding", "document", 1,
     "Professional development funding", "Consortium Staff Development", "2024-01-05", [
         "Each member library has a professional development budget. Staff may apply for conference fees, "
         "course fees and travel. Apply at least six weeks in advance using the form.",
         "Free online learning, such as webinars and time spent in professional networks, does not need "
         "approval, but please log it.",
     ])
_add("gb-circ", GITBOOK, "/staff-handbook/circulation/interlibrary-loans", "document", 0,
     "Interlibrary loans", "Resource Sharing Team", "2024-01-05", [
         "Requests between consortium members are delivered by courier twice a week. Requests outside the "
         "consortium go through the national system and may carry a fee. Check the patron's record for blocks "
         "before placing a request.",
     ])
_add("gb-social", GITBOOK, "/staff-handbook/communications/social-media-policy", "document", 0,
     "Social media policy", "Communications Team", "2024-01-05", [
         "Only designated staff post on the consortium's official accounts on Instagram, Facebook and "
         "Mastodon. Posts should follow the style guide and the accessibility checklist: alt text on every "
         "image, camel-case hashtags, no text in images.",
         "Staff personal accounts are their own, but do not share patron information, and do not speak for "
         "the consortium.",
     ])
_add("gb-onboarding", GITBOOK, "/staff-handbook/getting-started/your-first-week", "document", 2,
     "Your first week", "Consortium Staff Development", "2024-01-05", [
         "Welcome. In your first week you will get your accounts, meet your team and be assigned a buddy, an "
         "experienced colleague in another branch who will check in with you weekly for your first three "
         "months and answer the questions you do not want to ask your manager.",
         "You will also be invited to the consortium Slack, where the #new-staff and #ask-anything channels "
         "are watched by long-serving staff who like answering questions.",
         "Your keys and lanyard are collected from the branch office. Parking permits take a week.",
     ])


# --- the pages that are not works (kind; each graded 0) ---------------------------------------------------

OTHER: list[tuple[str, str, str]] = [
    # WordPress Twenty Ten
    (TWENTYTEN, "/", "home"),
    (TWENTYTEN, "/about/", "about"),
    (TWENTYTEN, "/category/cataloguing-life/", "category"),
    (TWENTYTEN, "/category/garden/", "category"),
    (TWENTYTEN, "/tag/mentoring/", "tag"),
    (TWENTYTEN, "/tag/mastodon/", "tag"),
    (TWENTYTEN, "/author/mtull/", "profile"),
    (TWENTYTEN, "/?s=mentor", "search"),
    (TWENTYTEN, "/2023/", "listing"),
    (TWENTYTEN, "/2021/03/the-old-card-catalogue/", "error"),
    # Hugo Cactus
    (CACTUS, "/", "home"),
    (CACTUS, "/posts/", "listing"),
    (CACTUS, "/tags/", "listing"),
    (CACTUS, "/tags/pln/", "tag"),
    (CACTUS, "/tags/reading/", "tag"),
    (CACTUS, "/about/", "about"),
    (CACTUS, "/posts/my-first-pln-post/", "error"),
    # Ghost London
    (LONDON, "/", "home"),
    (LONDON, "/page/2/", "listing"),
    (LONDON, "/tag/features/", "tag"),
    (LONDON, "/tag/careers/", "tag"),
    (LONDON, "/author/rosa/", "profile"),
    (LONDON, "/author/tom/", "profile"),
    (LONDON, "/about/", "about"),
    (LONDON, "/contact/", "contact"),
    # Bettermode community
    (TRIBE, "/", "home"),
    (TRIBE, "/space/career-advice/posts", "category"),
    (TRIBE, "/space/off-the-shelf/posts", "category"),
    (TRIBE, "/member/jordan-p-4821", "profile"),
    (TRIBE, "/search?query=mentor", "search"),
    (TRIBE, "/about", "about"),
    (TRIBE, "/hub/tag/mentoring", "tag"),
    # SSRN-like
    (SSRN, "/", "home"),
    (SSRN, "/sol3/cf_dev/AbsByAuth.cfm?per_id=5521", "profile"),
    (SSRN, "/sol3/cf_dev/AbsByAuth.cfm?per_id=7730", "profile"),
    (SSRN, "/en/lis-network/", "category"),
    (SSRN, "/sol3/JELJOUR_Results.cfm?form_name=journalBrowse&journal_id=4005", "listing"),
    (SSRN, "/sol3/results.cfm?txtKey_Words=mentoring", "search"),
    (SSRN, "/en/about/", "about"),
    (SSRN, "/sol3/papers.cfm?abstract_id=4999999", "error"),
    # Omny Studio
    (OMNY, "/shows/stacks-and-stories", "home"),
    (OMNY, "/shows/stacks-and-stories/playlists/podcast", "listing"),
    (OMNY, "/shows/stacks-and-stories/about", "about"),
    (OMNY, "/shows/stacks-and-stories/ep-40-missing", "error"),
    (OMNY, "/", "listing"),
    # Luma
    (LUMA, "/", "home"),
    (LUMA, "/early-career-info-pros", "listing"),
    (LUMA, "/user/usr-ecip", "profile"),
    (LUMA, "/discover?q=mentoring", "search"),
    (LUMA, "/library-events", "category"),
    # OpenScholar
    (SCHOLAR, "/", "home"),
    (SCHOLAR, "/publications", "listing"),
    (SCHOLAR, "/blog", "listing"),
    (SCHOLAR, "/biocv", "about"),
    (SCHOLAR, "/contact_owner", "contact"),
    (SCHOLAR, "/publications/type/journal-article", "category"),
    (SCHOLAR, "/search/site/mentoring", "search"),
    (SCHOLAR, "/people/chidi-okafor", "profile"),
    # Joomla 3
    (JOOMLA, "/", "home"),
    (JOOMLA, "/index.php/news", "category"),
    (JOOMLA, "/index.php/about-us", "about"),
    (JOOMLA, "/index.php/contact-us", "contact"),
    (JOOMLA, "/index.php/component/search/?searchword=mentoring&searchphrase=all&Itemid=101", "search"),
    (JOOMLA, "/index.php/component/tags/tag/mentoring", "tag"),
    (JOOMLA, "/index.php/news?start=5", "listing"),
    (JOOMLA, "/index.php/news/40-old-item", "error"),
    # GitBook
    (GITBOOK, "/", "home"),
    (GITBOOK, "/staff-handbook", "listing"),
    (GITBOOK, "/staff-handbook/professional-development", "category"),
    (GITBOOK, "/staff-handbook/contact-staff-development", "contact"),
    (GITBOOK, "/staff-handbook/about-this-handbook", "about"),
    (GITBOOK, "/staff-handbook/professional-development/mentor-directory-old", "error"),
]
