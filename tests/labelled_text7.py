"""What the pages of the seventh labelled web say (:mod:`tests.labelled_web7`).

Written for web 7 alone, without reading scan's code, its topic's keywords,
or the other webs' texts. Each work is ``key: (title, paragraphs)``; the
grade a reader would give it is in :mod:`tests.labelled_web7`, beside the
page that shows it. Voices vary on purpose: a public librarian's diary, a
school librarian's chatty blog, a newsletter in the profession's jargon, a
vendor's marketing copy, forum threads, repository abstracts, a journal's
prose, a LinkedIn-style network's posts.
"""

from __future__ import annotations

# --- neve.example: "Branch Lines", a public librarian's WordPress blog ---------------------------

NEVE = {
    "slack-mentor": ("What a Slack channel taught me about being mentored", (
        "When I took the branch manager job I did not know a single other manager in the county system. "
        "The regional office runs a Slack workspace for library staff, and somebody told me there was a quiet "
        "channel called #new-managers where people asked each other things they did not want to ask their bosses.",
        "I lurked for two weeks. Then I asked how other branches handle a staff member who keeps calling in sick "
        "on Saturdays, and a manager two counties over wrote back a long, kind answer. She offered to hop on a "
        "call. That call turned into a standing half hour every other Thursday, and that is how I ended up with "
        "a mentor I have still never met in person.",
        "What I did not expect was how much of the mentoring happens in the gaps. She will drop a link in a "
        "direct message at 7 in the morning with one line: read this before your budget meeting. I send her a "
        "screenshot of a scheduling mess and get a voice memo back. It is looser than the formal mentoring "
        "program our state library runs, and for me it works better.",
        "A few things I would tell anyone trying this. Ask small, specific questions in public first; people "
        "answer those. Say thank you in the channel, not just privately, so others see that asking is normal. "
        "And when somebody newer shows up, answer them. I have two mentees of my own now, both found through the "
        "same channel, and mentoring them has taught me as much as being mentored.",
        "If your region does not have a space like this, it costs nothing to start one. Ours began with six "
        "people and a shared invite link.",
    )),
    "storytime-rota": ("Storytime rota for the spring", (
        "We are changing how storytime is staffed from April. Instead of one person owning Tuesday and another "
        "owning Thursday, everyone on the children's desk will take a turn, two weeks at a time.",
        "The reason is simple: when Marguerite was off for six weeks last autumn, nobody else knew the songs, "
        "the felt board pieces, or which families needed the quieter corner. Rotating should fix that.",
        "The new rota is pinned in the staff room. Swaps are fine, just write them on the sheet. The felt board "
        "box now has a list inside the lid of what goes with which book.",
    )),
    "bluesky-first-year": ("Finding my people: a first-year librarian on Bluesky", (
        "I graduated last May, started a job in a small rural library in September, and by November I was lonely "
        "in a way library school had not prepared me for. There is one other professional on staff and she is "
        "retiring. Nobody to ask whether I was doing reader's advisory right, or how to pitch a program to the board.",
        "A classmate sent me a Bluesky starter pack of library people. I followed everyone in it and mostly just "
        "read. Then I posted a question about running a teen advisory group with four teens, and the replies went on "
        "for two days. One of the people who answered, a youth services coordinator in another state, said I could "
        "message her any time.",
        "We now talk about once a month over video, and she reads my grant drafts. I would call her my mentor, though "
        "neither of us ever used the word until recently. Through her I found a small group chat of people in their "
        "first three years who swap program ideas and vent about weeding.",
        "What I have learned: the platform matters less than the people. The starter pack got me in the door, "
        "but what made it mentoring was asking for help in the open and then following up privately with one person. "
        "If you are new and alone in your building, go find your people online. They are there and they want to help.",
    )),
    "march-links": ("Monthly roundup: links for March", (
        "A mixed bag this month, as always. Things I read, things I argued with, and one recipe.",
        "The state library's report on rural broadband is finally out, and the maps are worth a look even if the "
        "recommendations are what you would expect.",
        "Two good pieces on mentoring through online networks. The first is a long post from a cataloguer describing "
        "how a Mastodon thread about authority records turned into a year of weekly mentoring calls with a "
        "stranger. The second is a survey of early-career librarians showing that most of them found their "
        "informal mentors through social media groups rather than through formal programs.",
        "Related: a LinkedIn article by a library director about mentoring her staff through a private group, where "
        "newer colleagues post questions and senior ones answer within a day. I liked her point that the group makes "
        "the mentoring visible, so people learn from each other's questions too.",
        "Also worth your time: a practical guide to writing a collection development policy, a piece on noise "
        "complaints in open-plan libraries, and the lemon bars my colleague keeps bringing to meetings (recipe linked, "
        "you will thank me).",
    )),
    "large-print": ("Weeding the large-print collection", (
        "Large print circulates in bursts. A handful of regular readers take home ten at a time, and everything else "
        "sits. This winter we finally went through the whole section.",
        "We pulled anything that had not moved in three years unless it was part of a series our regulars are "
        "reading. Duplicates of bestsellers from the last decade went to the Friends sale. The westerns stayed, "
        "because Mr. Hale would notice.",
        "The section is now two shelves shorter and much easier to browse. Next job: the audiobooks on CD, which "
        "may be a harder conversation.",
    )),
    "conference-recap": ("Conference recap: three days at the state association", (
        "This year's state library association conference was in the old convention center by the river, and the "
        "air conditioning was, as ever, set to arctic.",
        "The keynote was about libraries as civic infrastructure. Good, if a little long. I took notes on the "
        "bit about partnering with county health departments, since we have talked about hosting vaccination clinics.",
        "The best session I went to was on fines-free policies. Three directors walked through their numbers a year "
        "after going fines-free; returns went up, not down, and staff spent far less time arguing at the desk.",
        "I also caught the end of a panel on mentoring programs, where one speaker described pairing new staff with "
        "mentors in other systems through a shared online forum.",
        "The exhibit hall was the usual mix of furniture vendors and self-checkout kiosks. I came home with four tote "
        "bags and a strong opinion about modular shelving.",
        "Next year it is in the north of the state. I will bring a sweater.",
    )),
    "mentoring-pages": ("Mentoring our new pages (the staff, not the paper)", (
        "We hired four new pages this fall, all of them high school students, and for the first time we paired each "
        "of them with a mentor from the circulation staff.",
        "The idea came from watching how the last group learned: mostly by guessing, and by asking whoever happened "
        "to be nearby. That meant they got different answers to the same question and some of them quit before they "
        "felt confident.",
        "Each mentor meets their page for ten minutes at the start of every shift for the first month. They go over "
        "one thing only: shelving Dewey decimals past the point, how to handle a patron who asks a question you "
        "cannot answer, what to do when a hold is missing. After the first month it is once a week.",
        "The mentors have told me it reminds them why they like the job. The pages say they feel less lost. Two of "
        "them have asked about library careers, which is the best outcome I could have hoped for.",
        "If you try this, keep it small and regular. A mentor who shows up for ten minutes every time beats one who "
        "promises an hour and cancels.",
    )),
    "chat-reference": ("Chat reference is back", (
        "After two years off, our chat reference service is live again on the library website. Look for the blue "
        "Ask Us bubble in the bottom corner of any page.",
        "Staff from all five branches share the queue, so someone should answer within a couple of minutes between "
        "10 and 6 on weekdays. Outside those hours the form emails your question to the reference desk.",
        "We can help you find a book, renew items, get started with the databases or look up local history "
        "records. We cannot give legal or medical advice, but we can point you to reliable sources.",
    )),
}

NEVE_ABOUT = (
    "Branch Lines is where I write about running a small public library branch: staffing, programs, collections, "
    "and how I learn the job from other librarians, whether that is a mentor on Slack or a thread on Bluesky.",
    "I am Rosa Delgado, branch manager at the Millbrook branch. Opinions are mine, not the county's.",
)

# --- wpcom.example: "Shelf Life", a school librarian's WordPress.com blog --------------------------

WPCOM = {
    "mastodon-pln": ("My PLN after the great migration", (
        "Two years ago most of my professional learning network lived on Twitter. I had lists for school "
        "librarians, for edtech people, for children's authors, and I learned more from them than from any inset day.",
        "When people started leaving, I dithered for months. Eventually I set up an account on a Mastodon server "
        "run by and for educators, and I spent a weekend rebuilding my follows from people's profile links.",
        "It is slower. Nothing goes viral, which I have decided is a feature. But the conversations are longer, "
        "and I have picked up more practical ideas there this year, about reading for pleasure and about running a "
        "library with one member of staff, than I did on the old site in its last year.",
        "I also joined a couple of Discord servers for school library staff. They are noisier but good for quick "
        "questions: what is everyone using for overdue notices, has anyone weeded their graphic novels recently.",
        "If you are rebuilding your own network, my advice is to follow hashtags before people, and to post "
        "something useful in your first week. People follow back those who share.",
    )),
    "book-fair": ("Book fair week!", (
        "The book fair is here from Monday and the library looks like a bookshop exploded in it. Classes will visit "
        "on their usual library slot, and parents are welcome after school until 4.",
        "Every purchase earns books for the library, so even a bookmark helps. Last year we chose forty new titles "
        "for the junior fiction shelves with the commission.",
        "Please send money in a named envelope. No, the pencils with the giant erasers are not a good idea.",
    )),
    "facebook-mentor": ("The mentor I found in a Facebook group", (
        "Nobody tells you how lonely it is being the only librarian in a school. The teachers have departments. "
        "The office staff have each other. I had the photocopier.",
        "In my first term I joined a big Facebook group for school library staff, mostly to steal display ideas. "
        "I posted a question about a policy for challenged books, because a parent had complained and I did not "
        "know where to start. A librarian who had been doing the job for twenty years answered, then sent me a "
        "message offering to talk it through on the phone.",
        "That was three years ago. We message most weeks. She has talked me through budget bids, a difficult "
        "headteacher, and a library move. When I wanted to start a reading ambassadors scheme she sent me all her "
        "old paperwork. It is proper mentoring, just done through a chat app instead of over coffee.",
        "The group itself mentors people too, in a looser way. Someone asks, ten people answer, and the newbie "
        "learns that there are a dozen ways to do it. I now try to answer one question a week myself, because "
        "somebody did it for me.",
        "If you are new and on your own: find the group, ask the scary question, and say yes when someone offers "
        "to talk.",
    )),
    "circuits": ("Makerspace: simple circuits with Year 6", (
        "Year 6 spent this half term building circuits in the library makerspace, and nobody set anything on fire.",
        "We started with paper circuits, copper tape and an LED in a greetings card, then moved on to buzzers and "
        "switches. By the end they were making burglar alarms for their pencil cases.",
        "The best moment was a quiet girl explaining to her whole table why their circuit did not work. Next term: "
        "micro:bits, if the budget holds.",
    )),
    "tiktok-misinfo": ("Teaching Year 9 to spot misinformation on TikTok", (
        "Our Year 9s get most of their news from TikTok, so that is where we started this term's information "
        "literacy unit, instead of pretending they read newspapers.",
        "Each group picked a viral video making a claim about health or science and traced it back: who made it, "
        "what sources they cited, whether anyone reputable said the same. We used lateral reading, opening new "
        "tabs to check the source rather than staring at the video.",
        "Several groups found that the original claim came from a study that said something quite different. One "
        "found the account was selling the supplement it praised. Their presentations were sharper than anything "
        "I got from the old unit on evaluating websites.",
        "Next year I want to do the same with YouTube Shorts and with the AI summaries that search engines now show.",
    )),
    "chat-thursday": ("Join #SchoolLibMentor chat this Thursday", (
        "Reminder: the #SchoolLibMentor chat is on Thursday at 8pm. This month's theme is mentoring new school "
        "librarians online: finding a mentor, being a mentor, and peer mentoring in social media groups. Mentors "
        "and mentees welcome. Bring your questions and follow the hashtag!",
    )),
    "chat-notes": ("Notes from the #SchoolLibMentor chat on online mentoring", (
        "Last night's chat was the busiest we have had, with about sixty school librarians taking part over the "
        "hour. The theme was online mentoring, and these are my notes on what people said.",
        "Question one asked who had a mentor. Fewer than half did, and most of those had found theirs online: in "
        "Facebook groups, on Mastodon, through a regional mailing list. Several people said formal schemes had "
        "never reached solo school librarians, so social media was the only way in.",
        "Question two asked what makes online mentoring work. The answers kept coming back to regular contact and "
        "a clear purpose. One person meets her mentor on video once a term to review the library development plan. "
        "Another has a running WhatsApp chat with two more experienced librarians that she called her "
        "board of advisors.",
        "Question three was about the downsides. Time zones, for one. The feeling that you are bothering someone. "
        "And the risk that advice given in a public thread is not right for your school. A few people suggested "
        "moving from the public group to a private message once a mentoring relationship starts.",
        "The last question asked what people would say to a new librarian. Ask. Lurk first if you need to, then ask. "
        "And when you have been doing it for a couple of years, turn round and mentor someone else.",
        "The full transcript is on the chat's website. Next month: reading for pleasure across the curriculum.",
    )),
}

WPCOM_ABOUT = (
    "Shelf Life is the blog of the library at Harrow Lane School, written by me, Niamh Byrne, the school "
    "librarian. I write about our library, our readers, the makerspace, and my own learning network online.",
)

# --- headline.example: "The Stacks Dispatch", a Ghost newsletter in the profession's jargon -------

HEADLINE = {
    "distributed-mentorship": ("Distributed mentorship: what networked models offer early-career LIS workers", (
        "The dyadic model of mentoring, one senior practitioner paired with one novice for a fixed term, still "
        "dominates how library associations and employers design their programs. It assumes stable employment, "
        "co-location and a shared institutional culture, and early-career LIS workers increasingly have none of "
        "the three.",
        "What has grown up in its place, largely unplanned, is distributed mentorship: a constellation of "
        "developmental relationships maintained across platforms. A newly qualified metadata librarian might take "
        "technical guidance from a Mastodon thread, career advice from a LinkedIn connection, and psychosocial "
        "support from a peer cohort on Discord. No one of these is a mentor in the classic sense; together they "
        "perform the mentoring functions the literature describes.",
        "For programme designers this has two implications. First, matching is less important than access: the "
        "critical intervention is getting the novice into the networks where developmental relationships form. "
        "Second, evaluation has to follow the network rather than the pair, which means asking participants to "
        "map who they learn from, not just whether they met their assigned mentor.",
        "There are equity questions. Social media networks reward visibility and confidence, and workers from "
        "under-represented groups report higher costs to posting in public. Several associations now run closed "
        "online cohorts precisely so that peer mentoring can happen without that exposure.",
        "We will return to this in a future issue with data from two consortia that have moved their mentoring "
        "programmes onto networked platforms.",
    )),
    "appropriations": ("Budget season: what the new appropriations mean for libraries", (
        "The appropriations bill that passed last week keeps federal library funding flat in cash terms, which "
        "after inflation is a cut of around four per cent.",
        "State library agencies will see their formula allocations reduced slightly, with the smallest states "
        "protected by the minimum allotment. Competitive grant programmes take a larger hit.",
        "For most public libraries the direct effect is small; the indirect effect, through state programmes that "
        "pass federal money on, may be felt in summer reading and statewide database licences.",
        "Advocacy groups are asking members to write to their representatives before the next cycle opens.",
    )),
    "communities-of-practice": ("Communities of practice beyond the conference", (
        "For a generation of library workers, professional development meant the annual conference, a few "
        "webinars and the occasional course. That model is thinning out, as travel budgets shrink and hybrid "
        "work spreads.",
        "In its place, communities of practice have moved online. LinkedIn groups for electronic resources "
        "librarians, Discord servers for systems staff, the long-running mailing lists that never quite died: "
        "each is a site of situated learning, where practitioners solve problems in public and newcomers absorb "
        "the tacit knowledge of the field.",
        "What distinguishes a working community of practice from a noisy feed is reciprocity and moderation. The "
        "best-run spaces have norms about answering questions, keep a searchable archive, and have a few active "
        "members who summarise long threads for everyone else.",
        "Institutions could do more to recognise this learning. Few performance reviews ask what a worker learned "
        "from peers online, and fewer still count time spent answering others' questions as professional service.",
    )),
    "this-week": ("This week in libraries", (
        "Ebook licensing: a second state has passed a law requiring publishers to offer libraries reasonable "
        "terms. Expect a legal challenge.",
        "Staffing: a national survey finds vacancy rates in rural libraries at their highest in a decade.",
        "Programmes: seed libraries keep spreading, with three more systems launching this spring.",
        "Professional development: an association has opened applications for an online mentoring scheme for "
        "new librarians, matched through its member network.",
        "And finally: the oldest overdue book of the year, returned 61 years late, with an apologetic note.",
    )),
    "succession": ("Interview: a director on succession planning and mentoring", (
        "Carmen Ortiz has led a mid-sized public library system for eleven years and plans to retire in two. "
        "We asked her how she is preparing the organisation.",
        "\"Succession planning is mostly mentoring with a deadline,\" she says. \"I have three senior managers who "
        "could do this job. My work now is making sure each of them has done the parts of it they have not seen: "
        "the board relationship, the budget negotiations, the union.\"",
        "Ortiz meets each of them monthly and brings them into meetings they would not normally attend. She also "
        "insists they mentor someone below them. \"If you only ever receive mentoring, you learn to be a good "
        "deputy. Giving it is where you learn to lead.\"",
        "She is sceptical of formal programmes that pair strangers. \"Mentoring works when there is something real "
        "at stake. Shadowing a budget hearing teaches more than a year of coffees.\"",
        "Her advice to directors not yet thinking about succession: start now, and write down what you know.",
    )),
    "oa-week": ("Open access week: a recap", (
        "Open Access Week produced the usual flurry of events. The most useful we saw was a workshop on "
        "rights-retention statements, which walked researchers through adding one to a submission.",
        "Repository managers reported steady growth in deposits, with the biggest increase in theses and datasets.",
        "The read-and-publish debate continues. Smaller institutions say the agreements concentrate money with the "
        "largest publishers and leave no budget for diamond open access.",
    )),
    "starter-pack": ("Mentoring Mondays: a Bluesky starter pack for new cataloguers", (
        "This week's Mentoring Mondays column tackles a question we get a lot: where do new cataloguers go for "
        "guidance when nobody in their own library does cataloguing any more?",
        "Our answer this year is a Bluesky starter pack of forty cataloguers and metadata librarians who answer "
        "questions in public. We asked each of them whether they were willing to be tagged by newcomers, and all "
        "forty said yes. Several already mentor people they met online, some formally through association "
        "programmes, most informally.",
        "How it works in practice: a new cataloguer posts a record they are unsure about, tags the pack's feed, and "
        "gets two or three experienced eyes on it within the day. Over time the regular helpers become mentors in "
        "the full sense, moving to private messages and video calls for the longer conversations about career and "
        "confidence.",
        "We asked three cataloguers who came up this way what made it work. All three said the same thing: the "
        "first public answer lowered the cost of asking again. One now runs a monthly online office hour for people "
        "newer than her.",
        "The starter pack is linked below. If you are an experienced cataloguer willing to be tagged, tell us and "
        "we will add you.",
    )),
}

HEADLINE_ABOUT = (
    "The Stacks Dispatch is a weekly newsletter on the library profession: policy, practice, workforce and "
    "professional learning, including mentoring and the online networks where library workers learn.",
)

# --- hubspot.example: Shelfwise, a library-software vendor's HubSpot blog --------------------------

HUBSPOT = {
    "linkedin-network": ("5 ways library staff can grow their professional network on LinkedIn", (
        "Your next great idea might come from a librarian three states away. Here are five practical ways library "
        "staff can use LinkedIn to keep learning from peers.",
        "1. Treat your headline as a conversation starter. \"Teen services librarian exploring game-based "
        "learning\" invites messages; \"Librarian at County Library\" does not.",
        "2. Join two or three active groups, not twenty. Look for groups where people ask real questions, such as "
        "those for e-resources, library technology or youth services, and spend ten minutes a week reading.",
        "3. Share what you are trying, not just what worked. Posts about a pilot in progress get thoughtful "
        "comments from people who have tried the same thing.",
        "4. Follow hashtags your peers use and comment before you post. Thoughtful comments build more "
        "connections than broadcasts.",
        "5. Turn connections into conversations. When someone's post helps you, message them to say so. Many of "
        "the best professional learning relationships start with a thank-you.",
        "Want more tips for library teams? Subscribe to the Shelfwise blog.",
    )),
    "shelfwise-chat": ("Introducing Shelfwise Chat: live help for your patrons", (
        "Today we are launching Shelfwise Chat, a live chat widget that drops into your catalogue and website in "
        "minutes.",
        "Patrons can ask a question from any catalogue page, and staff answer from the same dashboard they use "
        "for holds and renewals. Chat transcripts attach to the patron record, with their consent, so the next "
        "staff member sees the history.",
        "Shelfwise Chat includes canned responses, a queue that several branches can share, and after-hours "
        "routing to email. It is included at no extra cost for Shelfwise Premium customers.",
        "Book a demo to see it in action.",
    )),
    "mentor-mode": ("Meet Mentor Mode: guided setup for new Shelfwise admins", (
        "Setting up circulation rules for the first time can feel overwhelming. That is why we built Mentor Mode, "
        "a guided walkthrough that appears the first time a new administrator opens the settings panel.",
        "Mentor Mode explains each setting in plain language, shows the defaults most libraries choose, and warns "
        "you before you change something that affects existing loans.",
        "You can turn Mentor Mode off at any time, and turn it back on from the help menu. Admins who used it "
        "during our beta finished setup 40% faster.",
    )),
    "burnout-survey": ("What we learned from 300 librarians about burnout", (
        "This spring we surveyed 300 library workers about workload and wellbeing. The results are sobering.",
        "Seven in ten said their workload had increased over the past two years, and more than half said they "
        "had considered leaving the profession. Frontline public services staff reported the highest stress, "
        "driven by difficult patron interactions and understaffing.",
        "The factors most linked to lower burnout were a manager who protects time for breaks, a predictable "
        "schedule, and a sense that their work was valued. A smaller group mentioned peer mentoring groups "
        "as a source of support.",
        "We are sharing the full results with participating libraries. Our takeaway: technology can remove some "
        "drudgery, but staffing and management matter most.",
    )),
    "webinar-recap": ("Webinar recap: building virtual mentoring programs for library consortia", (
        "Last week more than 400 people joined our webinar on virtual mentoring, with guests from two library "
        "consortia that have run online mentoring programs for their member libraries since 2022.",
        "Both programs started for the same reason: their member libraries are small and spread out, and new staff "
        "often had no one nearby to learn from. Pairing people across the consortium meant mentoring had to happen "
        "online, on video calls and in a shared community space.",
        "The first consortium matches mentors and mentees by what the mentee wants to learn, not by job title, and "
        "asks each pair to meet on video twice a month. Between meetings, pairs use a private channel on the "
        "consortium's Slack, and a public channel lets all participants ask the group questions.",
        "The second consortium runs group mentoring instead: circles of five or six librarians with one experienced "
        "facilitator, meeting online monthly and keeping a conversation going in a Microsoft Teams space. Their "
        "coordinator said circles scale better and protect mentors from burnout.",
        "Both stressed the basics: train the mentors, set expectations in writing, check in with pairs at the "
        "three-month mark, and celebrate the end of the program so it feels finished.",
        "Watch the recording and download the speakers' planning templates from our resources page.",
    )),
    "release-42": ("Shelfwise 4.2 release notes", (
        "Shelfwise 4.2 is rolling out to all customers this week.",
        "New: bulk editing of item records, a redesigned holds shelf report, and support for the latest version "
        "of the circulation interchange standard.",
        "Fixed: fines no longer double-count on items renewed on a closed day; the search bar keeps your filters "
        "after you go back.",
    )),
}

# --- lemmy.example: c/libraries on a Lemmy instance (thread: opening post, then replies) ------------

LEMMY = {
    "isolated": ("Anyone found a mentor online? Only librarian in my county", [
        ("quietstacks", "I run a tiny library in a county with no other library. Two years in and I feel like I am "
         "making everything up. My state library has a mentoring program but it is for directors of bigger systems. "
         "Has anyone actually found a mentor online? How did you ask without being weird about it?"),
        ("oldcatalog", "Yes. I found mine on the old Twitter library chats and we moved to email when that place "
         "fell apart. The trick was that I did not ask for a mentor. I asked a specific question, then a follow-up, "
         "and after a few months she was the person I messaged first. Mentoring snuck up on both of us."),
        ("quietstacks", "That makes it sound less scary. Where would you go now that the chats are gone?"),
        ("ruralref", "Facebook groups for small and rural libraries are very active, honestly more than anything on "
         "the fediverse for our corner of the profession. I answer questions there and I have ended up mentoring "
         "two people over Messenger. Also check whether your regional library cooperative has a Slack or Discord."),
        ("oldcatalog", "And come back here. Ask your questions in this community and people will answer. Some of "
         "us are happy to do a call if you DM."),
    ]),
    "fedi-cataloguing": ("Best fediverse accounts to follow for cataloguing?", [
        ("metadatamoth", "Trying to build up my feed for learning cataloguing and metadata stuff. Who do you follow? "
         "I am in a public library, so mostly RDA and LC subject headings, some local history digitisation."),
        ("bibframe_or_bust", "There is a hashtag most cataloguers use and a couple of Mastodon servers full of "
         "metadata people. I learned more about authority work from following their threads than from my MLIS course."),
        ("metadatamoth", "Following the hashtag now. Is there anything for digitisation metadata?"),
        ("ruralref", "The digital library folks mostly post on a different server. Look for people who share their "
         "local history projects; they often explain their Dublin Core choices in the replies."),
    ]),
    "facebook-hacked": ("Our library's Facebook page got hacked, help", [
        ("branchbee", "Someone got into the library's Facebook page overnight and posted crypto scams. We have lost "
         "admin access. Anyone been through this?"),
        ("sysadmin_sam", "Use the hacked-account recovery flow from a personal account that was an admin, not the "
         "normal help form. And turn on two-factor for everyone once you are back in."),
        ("branchbee", "Got it back after two days. Two-factor is on for everyone now. Thank you."),
    ]),
    "ala-mentorship": ("Formal mentorship programs through the association, worth it?", [
        ("newbie_nomad", "Thinking of applying to my association's mentorship program. You get matched with a "
         "mentor for a year. Has anyone done it? Was it worth the application?"),
        ("jenlovesmarc", "I was a mentee two years ago. My mentor was great at career advice: she read my cover "
         "letters and helped me prepare for interviews. We met monthly. The structure helped, because neither of "
         "us had to decide whether to keep going."),
        ("oldcatalog", "I have been a mentor in two programs. The good pairings are where the mentee comes with "
         "goals. The bad ones fade out by month three. Write down three things you want from it before you apply."),
        ("newbie_nomad", "That is helpful. Applying this week."),
    ]),
    "reading-thread": ("Weekly off-topic thread: what are you reading?", [
        ("bookwyrm_fan", "Usual weekly thread. I am halfway through a very long fantasy novel and regretting nothing."),
        ("ruralref", "A history of the postal service. More gripping than it sounds."),
        ("jenlovesmarc", "Rereading a comfort mystery series while the weather is grim."),
    ]),
}

LEMMY_COMMUNITY = "A community for people who work in libraries: questions, advice, venting, weekly threads."

# --- zenodo.example: records in a repository (title, description paragraphs) ----------------------

ZENODO = {
    "peer-mentoring-report": ("Peer mentoring in online networks for early-career academic librarians: report "
                              "of a national survey", (
        "This report presents the results of a national survey of 412 academic librarians in their first five "
        "years of practice, carried out in 2025, on how they find and sustain mentoring relationships through "
        "online networks.",
        "Sixty-three per cent of respondents had at least one informal mentor met through social media or an "
        "online professional network, compared with 22 per cent who had a mentor through a formal institutional "
        "programme. LinkedIn, Mastodon, Bluesky and association Slack or Discord workspaces were the most cited "
        "platforms. Respondents described peer mentoring in group chats as their most frequent source of "
        "day-to-day advice.",
        "Qualitative responses identify three functions online mentoring served: technical problem-solving, "
        "career navigation, and psychosocial support during isolation. Barriers included the visibility costs of "
        "asking in public, uncertainty about norms, and time.",
        "The report closes with recommendations for libraries and associations wishing to support networked "
        "mentoring, including protected time and recognition of mentoring done online.",
    )),
    "instagram-slides": ("Instagram for library outreach: twelve months of analytics", (
        "Slides from a conference presentation on a year of running a university library's Instagram account.",
        "We report reach, engagement and follower growth for 214 posts, compare reels with static images, and "
        "discuss which content types led to visits to the library website. Event promotion performed worst; "
        "behind-the-scenes posts about collections performed best.",
    )),
    "staff-survey-data": ("Library staff social media use survey 2024: dataset", (
        "Anonymised responses (n = 1,086) to an online survey of public and academic library staff on how they use "
        "social media for work: which platforms, how often, for what purposes, and under which institutional "
        "policies.",
        "Variables cover platform use, posting on behalf of the library, personal professional accounts, "
        "moderation duties and harassment experienced. One item asked whether respondents used social media for "
        "professional learning or mentoring. The codebook describes each variable and its coding.",
        "Released under CC BY 4.0. Please cite the dataset if you use it.",
    )),
}

ZENODO_REPORT_PDF = [
    "Peer mentoring in online networks for early-career academic librarians",
    "Report of a national survey, 2025",
    "1. Introduction",
    "Mentoring has long been promoted as a way to support new librarians, yet formal mentoring programmes",
    "reach only a minority of early-career academic librarians. This survey asked how librarians in their",
    "first five years find mentors through social media and online professional networks instead.",
    "2. Findings",
    "Most respondents had an informal mentor met online, on LinkedIn, Mastodon, Bluesky or in association",
    "Slack and Discord workspaces. Peer mentoring in group chats was the most frequent source of advice.",
    "Online mentoring served technical, career and psychosocial functions. Asking in public carried costs.",
    "3. Recommendations",
    "Libraries should protect time for networked mentoring and recognise mentoring done online as service.",
]

ZENODO_SLIDES_PDF = [
    "Instagram for library outreach",
    "Twelve months of analytics",
    "214 posts - reach, engagement, follower growth",
    "Reels vs static images: reels reached 2.3x more accounts",
    "Best: behind-the-scenes collection posts. Worst: event promotion.",
    "Questions?",
]

# --- scholastica.example: "Journal of Library Workforce Studies" (abstract, body sections) -------

SCHOLASTICA = {
    "distance-mentoring": ("Mentoring at a Distance: A Qualitative Study of Librarians' Virtual Mentoring "
                           "Relationships", (
        "This study explores how librarians experience mentoring relationships conducted entirely online. Semi-"
        "structured interviews with 24 librarians, 12 mentors and 12 mentees, in public and academic libraries "
        "found that virtual mentoring relationships were frequently initiated on social media and sustained "
        "through a mix of video calls and asynchronous messaging.",
        "Participants described social media platforms as a low-stakes entry point. A public question or comment "
        "on a professional post allowed mentees to test a potential mentor's responsiveness before asking for "
        "more. Mentors valued the asynchronous channel because it let them respond when they had time, and several "
        "said they would not have agreed to a scheduled, formal commitment.",
        "Relationships that lasted shared three features: an explicit conversation about expectations, a regular "
        "synchronous meeting, and reciprocity, with mentees contributing resources and connections of their own. "
        "Relationships that faded often stayed entirely in public channels and never moved to a private space.",
        "We discuss implications for library mentoring programmes, suggesting that programmes can draw on the "
        "relationships librarians already form on social media rather than relying on assigned matches, and that "
        "training for virtual mentoring should address the norms of online professional networks.",
    )),
    "circulation-assessment": ("Collection Assessment Using Circulation Data: A Case Study from a Mid-Sized "
                               "Academic Library", (
        "This case study describes a collection assessment project that combined circulation, interlibrary loan "
        "and course reserve data to evaluate the monograph collection of a mid-sized academic library.",
        "Circulation data from ten years was normalised by subject and compared with enrolment in related "
        "programmes. Subjects with high interlibrary loan demand relative to holdings were flagged for targeted "
        "purchasing.",
        "The results led to a reallocation of the monographs budget across eight subject funds. We discuss the "
        "limitations of circulation as a measure of use, particularly for reference works and ebooks.",
    )),
    "pln-sna": ("Professional Learning Networks of School Librarians on X: A Social Network Analysis", (
        "School librarians are frequently the only information professional in their building and rely on "
        "professional learning networks beyond it. This study applies social network analysis to 18 months of "
        "posts using two school librarian hashtags on X, formerly Twitter.",
        "We collected 41,000 posts by 3,900 accounts and built reply and mention networks. The networks show a "
        "core of around 150 highly connected accounts who answer questions and share resources, and a large "
        "periphery who mostly read. Resource sharing, especially of lesson plans and book lists, dominated content.",
        "Activity declined by 60 per cent over the study period as users migrated to other platforms, and the "
        "core fragmented. We discuss what this means for professional learning that depends on a single "
        "commercial platform.",
    )),
    "onboarding-survey": ("Onboarding Practices in Academic Libraries: A National Survey", (
        "Onboarding shapes how quickly new employees become effective and whether they stay. We surveyed heads of "
        "human resources or administration at 186 academic libraries about their onboarding practices.",
        "Most libraries provided an orientation on the first day and a checklist of training for the first month. "
        "Fewer than a third had a structured plan extending beyond three months, and only a quarter assessed "
        "whether onboarding met its goals.",
        "Forty-one per cent assigned new employees a buddy or mentor, usually a peer in the same department.",
        "Respondents identified supervisor workload as the main obstacle to better onboarding. We recommend "
        "longer onboarding plans, shared responsibility across departments, and regular evaluation.",
    )),
}

SCHOLASTICA_PDF = [
    "Journal of Library Workforce Studies",
    "Mentoring at a Distance: A Qualitative Study of Librarians' Virtual Mentoring Relationships",
    "Abstract",
    "This study explores how librarians experience mentoring relationships conducted entirely online.",
    "Interviews with 24 librarians found that virtual mentoring was often initiated on social media and",
    "sustained through video calls and asynchronous messaging. Lasting relationships set expectations,",
    "met regularly and moved from public social media channels to private ones. Mentoring programmes",
    "can build on the relationships librarians already form in online networks.",
]

# --- blowfish.example: an academic librarian's Hugo site ---------------------------------------

BLOWFISH = {
    "libmentor-mastodon": ("Mentoring in the open: a year of #LibMentor on Mastodon", (
        "A year ago I posted on Mastodon offering to mentor anyone in their first years of academic librarianship "
        "who wanted a sounding board, using the hashtag #LibMentor so others could join. I expected three replies. "
        "I got forty.",
        "I could not mentor forty people, so the hashtag became the mentoring. People post a question with it; a "
        "loose group of more experienced librarians watch the tag and answer. Some threads have run to sixty replies, "
        "on topics from liaison work to tenure files to how to say no to a committee.",
        "Some of those exchanges became one-to-one mentoring. I have four mentees I talk to regularly on video, all "
        "of whom I first met under the hashtag. Others formed peer groups: a cluster of instruction librarians now "
        "meets monthly and reads each other's teaching statements.",
        "What I have learned about mentoring in the open: it lowers the barrier to asking, because the question "
        "is for everyone and nobody is singled out. It spreads the load across mentors. But it is not enough on "
        "its own for the harder conversations, which still need a private channel and trust built over time.",
        "I plan to keep the tag going. If you are an experienced librarian on the fediverse, follow #LibMentor "
        "and answer one question a week.",
    )),
    "zotero-tips": ("Zotero tips for graduate students", (
        "Every autumn I run a Zotero workshop for new graduate students, and every autumn the same five questions "
        "come up. Here are the answers.",
        "Yes, you can sync your library across computers; set up an account and turn on syncing, but watch the "
        "storage limit if you attach many PDFs. Use collections for projects and tags for themes. Turn on "
        "automatic renaming of attachments so your PDFs have useful names.",
        "For writing, install the word processor plugin and pick your citation style once per document. If your "
        "supervisor uses a different style, switching takes a click.",
    )),
    "being-a-mentor": ("Thoughts on being a mentor (offline, mostly)", (
        "I have been mentoring new liaison librarians at my university for six years, in a programme that pairs "
        "each new hire with someone from another department for their first two years.",
        "The most useful thing I do as a mentor is explain how the place actually works: which committees matter, "
        "who to ask about the budget, when the library's priorities quietly changed. None of that is written down.",
        "The second most useful thing is listening. New colleagues usually know what they want to do; they want "
        "someone to confirm it is reasonable before they try.",
        "I am less good at the career side, so I send mentees to others for that. Mentoring works better as a "
        "small network than as one wise person.",
        "We meet over lunch once a month. Old-fashioned, but it works.",
    )),
    "left-bird-site": ("Why I left the bird site", (
        "I deleted my old Twitter account last month after fifteen years. This is not a manifesto, just notes.",
        "The decline was gradual and then sudden: the verification changes, the flood of engagement bait, the "
        "reply sections full of accounts I did not recognise. Moderation stopped working, and harassment of "
        "colleagues went unanswered.",
        "I will miss the library people I met there, including the mentors who got me through my first job, "
        "though most of them have moved elsewhere.",
        "My archive is downloaded and the account is gone. I am mostly on Mastodon now, and I read more books.",
    )),
    "rust-data": ("Rust for data librarians, part 1", (
        "This series is for data librarians who know some Python and want to try Rust for tools that need to be "
        "fast and safe, such as a checker for large CSV deposits.",
        "Part 1 covers installing the toolchain, creating a project with cargo, and reading a CSV file with the "
        "csv crate. We will count rows, check that every row has the same number of columns, and report the "
        "first bad line.",
        "Next time: error handling with Result, and why the compiler is your friend even when it does not feel "
        "like it.",
    )),
}

BLOWFISH_ABOUT = (
    "I am Dr. Imani Clarke, research and instruction librarian. I write about information literacy, research "
    "tools, and mentoring, including the mentoring that happens in the open on social networks.",
)

# --- joomla.example: a regional library association (Joomla 4) ----------------------------------

JOOMLA = {
    "emp-launch": ("Launch of the Association's e-Mentoring Programme", (
        "The Association is pleased to announce the launch of its e-Mentoring Programme for members. Mentors and "
        "mentees will be matched online and meet through video calls and the members' online network. "
        "Applications open on 1 March. Find out more about mentoring on the Mentoring page.",
    )),
    "first-cohort": ("Mentoring scheme: report on the first cohort", (
        "Twenty-two pairs completed the first year of the Association's e-mentoring scheme in December. This "
        "report summarises what happened and what we will change.",
        "Because our members are spread across a large rural region, the scheme was designed to run online from "
        "the start. Pairs met by video at least once a month, and all participants joined a private group on the "
        "members' online network, where mentees posted questions for any mentor to answer and mentors shared "
        "resources.",
        "The group turned out to be as important as the pairs. Mentees said they valued hearing several mentors' "
        "views, and three mentors said they learned from each other. Activity peaked around the annual budget "
        "round, when a long thread on presenting to councillors drew replies from nine mentors.",
        "Eighteen mentees said the scheme had helped their confidence, and five have since taken on new "
        "responsibilities. Two pairs lost touch after a few months; in both cases the mentor changed jobs.",
        "For the second cohort we will offer a short training session for mentors on mentoring online, a mid-year "
        "check-in, and a WhatsApp community for quick questions alongside the group.",
    )),
    "agm": ("Summary of the Annual General Meeting", (
        "The Annual General Meeting was held on 14 November at the central library, with 63 members present.",
        "The accounts for the year were approved. The subscription will rise by five per cent from April, the "
        "first increase in four years.",
        "Three new committee members were elected. The meeting thanked the outgoing treasurer for nine years of "
        "service.",
    )),
    "awards-2025": ("Award winners 2025", (
        "Congratulations to this year's award winners, announced at the autumn conference dinner.",
        "Library of the Year went to Eastbrook Community Library, run by volunteers since 2016, for its "
        "homework club and digital skills drop-ins.",
        "The New Professional Award went to Priya Nair of Westvale Libraries, who thanked her mentor and the "
        "colleagues who nominated her.",
        "The Lifetime Achievement Award went to Geoffrey Marsh, who retires this year after forty years in "
        "school and public libraries.",
    )),
    "copyright": ("Copyright update for libraries", (
        "Changes to copyright exceptions come into force next month. Libraries will be able to make accessible "
        "copies of works for disabled users in more formats and share them with other libraries.",
        "The preservation exception now covers more types of work, including sound recordings held in local "
        "studies collections.",
        "Our guidance notes have been updated. Members with questions can contact the copyright helpline.",
    )),
}

JOOMLA_ANNUAL_PDF = [
    "Annual Report 2025",
    "Membership grew to 412 members across the region.",
    "The autumn conference welcomed 180 delegates.",
    "The e-mentoring scheme completed its first year.",
    "Income and expenditure are set out in the accounts.",
]

# --- pulse.example: a LinkedIn-like professional network -----------------------------------------

PULSE_ARTICLES = {
    "nobody-tells-you": ("What nobody tells you about finding a mentor as a new librarian", (
        "When I started my first professional post, everyone told me to find a mentor. Nobody told me how.",
        "I tried the formal route first. My employer's scheme had a six-month waiting list. So, slightly "
        "embarrassed, I started using this platform properly: I followed librarians whose posts I admired, "
        "commented on their articles with genuine questions, and shared what I was learning in my own posts.",
        "Within a few months one of them, a head of library services I had never met, messaged me after I posted "
        "about a difficult project. We set up a monthly video call. She has been my mentor for two years now. "
        "She has reviewed my applications, introduced me to people, and told me, kindly, when I was wrong.",
        "A few things I learned along the way. Mentoring relationships online start with generosity, not a request. "
        "Comment thoughtfully, share other people's work, say thank you. When you do ask, be specific. And do not "
        "rely on one mentor: I now have a small circle of people here I can message for different things.",
        "If you are a more experienced librarian reading this: please reply to the new people in your comments. "
        "That reply might be the start of someone's career.",
    )),
    "leadership-lessons": ("Leadership lessons from 20 years in public libraries", (
        "Twenty years ago I started as a library assistant. Today I lead a service of 30 branches. Here are the "
        "lessons I wish I had learned sooner.",
        "Listen to the frontline. The people at the desk know what is broken before any dashboard does.",
        "Communicate the why. Staff will accept hard changes if they understand the reasons.",
        "Protect your people's time. Meetings expand to fill every week if you let them.",
        "Say thank you, specifically. And find a mentor: mine saw things in me before I did.",
        "What would you add?",
    )),
    "ai-future": ("The future of AI in libraries", (
        "Artificial intelligence is already reshaping how people search for information. Libraries have a choice: "
        "watch from the sidelines or help shape what comes next.",
        "Chat assistants can answer simple questions, but they also confidently invent sources. Teaching people "
        "to verify what they are told is more important than ever, and that is our home ground.",
        "Libraries can also lead on transparency: which tools we use, what data they see, and how we evaluate "
        "them. Vendors will follow the questions we ask.",
    )),
}

PULSE_POSTS = {
    "grateful": ("Grateful for a mentor I met here", (
        "Three years ago I posted here about feeling out of my depth in my first library job. A stranger "
        "commented, then messaged, then offered a monthly call. She has mentored me ever since: job applications, "
        "a tricky manager, my first conference talk. Today I started as an assistant head of service, and she was "
        "the first person I told.",
        "To every experienced librarian who answers the new ones in the comments: it matters more than you know. "
        "I am now mentoring two people I met on here, paying it forward.",
    )),
    "hiring": ("We're hiring a teen services librarian", (
        "We're hiring! Westvale Libraries is looking for a Teen Services Librarian to lead our work with young "
        "people across four branches. Full time, permanent. Closing date 15 January. Link in the comments.",
    )),
    "libmentor-cohort": ("Applications open for the #LibMentor 2026 online mentoring cohort", (
        "Applications are open for the #LibMentor 2026 online mentoring cohort! Mentors and mentees from every "
        "kind of library welcome. Six months of online mentoring, peer mentoring circles and networking. "
        "Apply by 31 January. #mentoring #librarians #mentorship",
    )),
    "award-congrats": ("Congratulations to our team on the award", (
        "So proud of the Eastbrook team for winning Library of the Year! Volunteers running a library for a "
        "decade, and the homework club is the heart of the community. Well deserved.",
    )),
}
