"""Web 34's texts and labels, written before its pages were built: every work
(host, path, kind, grade, title, author, date, paragraphs) and every page that is
not a work (host, path, kind; graded 0). Grades: 3 about the topic throughout,
2 about it in good part, 1 a passing mention, 0 nothing."""

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
    tags: tuple[str, ...] = ()


ZAKRA = "branchlines.example"        # a regional library association's news (WordPress, Zakra)
MOON = "tessareads.example"          # an MLIS student's blog (Jekyll, Moonwalk)
TASTE = "stackroom.example"          # a small magazine about library work (Ghost, Taste)
ESSENTIAL = "afterthedesk.example"   # a retired cataloguer's blog (Blogger, Essential)
BLOT = "fondsandfeeds.example"       # an archives lecturer's notebook (Blot)
TYPLOG = "shelftalk.example"         # a library podcast's site (Typlog)
HABLA = "longnotes.example"          # a Nostr long-form reader (habla.news-like)
ARXIV = "preprints.example"          # a preprint server (arXiv-like)
PODS = "podcasts.example"            # a podcast directory's show pages (Apple Podcasts-like)
XWIKI = "wiki.example"               # a professional association's wiki (XWiki)

W = Work
WORKS: dict[str, Work] = {w.path + "@" + w.host: w for w in [
    # --- branchlines.example (WordPress Zakra) ---
    W(ZAKRA, "/2025/02/11/mentoring-scheme-goes-online/", "article", 3,
      "Our mentoring scheme goes online this spring", "Maura Keane", "2025-02-11", (
          "For nine years the Association's mentoring scheme paired a new member with an experienced one who lived "
          "within driving distance, and they met for coffee four times a year. That model served us well, but it "
          "also meant that a school librarian in the far west of the region or a solo archivist in a hospital "
          "basement often had nobody to be paired with at all.",
          "This spring the scheme moves online. Mentors and mentees will be matched on interests rather than "
          "postcodes, meet by video call, and keep in touch between calls however suits them: some pairs already "
          "use a shared Slack channel, others prefer plain email. We are also opening a members-only Discord "
          "server with a channel for each sector, so that people who are not in a formal pairing can still ask "
          "for advice from colleagues who have been there.",
          "Three group mentoring circles will run alongside the one-to-one pairs, each with five or six "
          "early-career members and two experienced facilitators. The circles will meet monthly on Zoom and "
          "carry on their conversations in a private LinkedIn group between sessions.",
          "Applications to be a mentor or a mentee close on 14 March. You do not need to be senior to mentor: "
          "if you have five years in the profession and you remember what your first job felt like, we would "
          "like to hear from you.",
      ), ("mentoring", "professional development")),
    W(ZAKRA, "/2025/03/04/what-our-mentees-told-us/", "article", 3,
      "What our mentees told us about learning online", "Maura Keane", "2025-03-04", (
          "Before relaunching the scheme we asked last year's mentees what had actually helped them. Sixty-two "
          "replied, and their answers were more about networks than about any single mentor.",
          "Most of them had found informal advisers long before the scheme matched them with anyone. A children's "
          "librarian described following a handful of experienced colleagues on Bluesky and learning as much from "
          "their arguments with each other as from anything addressed to her. A records officer said the "
          "#archiveshashtag threads were the first place she saw people at her level admit to not knowing things.",
          "Several said the most valuable thing their mentor did was introduce them to other people: a webinar "
          "series, a mailing list for local studies staff, a regional Slack where job adverts appear a week "
          "before they are posted anywhere else. One called her mentor 'a map of the profession'.",
          "A minority found the online spaces exhausting and preferred a single, private conversation. We have "
          "kept that option, and the new matching form asks how people like to learn as well as what they want "
          "to learn.",
      ), ("mentoring", "survey")),
    W(ZAKRA, "/2025/03/19/annual-conference-call-for-papers/", "article", 1,
      "Annual conference: call for papers", "Deirdre Molloy", "2025-03-19", (
          "The Association's annual conference returns to the Riverside Centre on 9 and 10 October, with the "
          "theme 'Collections in common'. We welcome papers on shared cataloguing, regional storage, joint "
          "digitisation projects and the politics of deaccessioning.",
          "Proposals of up to 300 words should reach the programme committee by 30 May. Lightning talks of five "
          "minutes are welcome, and first-time presenters can ask for a mentor from the committee to help them "
          "rehearse.",
          "Bursaries are available for members working part-time or unwaged. Details of the venue, the step-free "
          "routes and the quiet room will follow in June.",
      ), ("conference",)),
    W(ZAKRA, "/2025/04/02/stock-rotation-pilot-results/", "article", 0,
      "Stock rotation pilot: the results", "Deirdre Molloy", "2025-04-02", (
          "The six-month stock rotation pilot between the county's eleven branch libraries has ended, and the "
          "numbers are encouraging: issues of adult fiction rose by 14 per cent in the smaller branches, while "
          "the central library saw no fall at all.",
          "The van schedule was the hardest part. Crates moved every fortnight, and staff at two branches asked "
          "for an extra day to process the returns. The pilot will continue in a modified form from September, "
          "with large print and audiobooks added to the rotation.",
      ), ("branches",)),
    W(ZAKRA, "/2025/04/16/new-professionals-day-report/", "article", 2,
      "New Professionals Day: a report", "Kwame Asante", "2025-04-16", (
          "Ninety people came to New Professionals Day at the university library, more than double last year. "
          "The morning was given over to practical sessions on interviews, chartership portfolios and salary "
          "negotiation, and the free lunch was, as ever, the most popular item on the programme.",
          "The afternoon panel on building a network drew the liveliest questions. Panellists described how they "
          "had found mentors through Twitter chats a decade ago and now through Mastodon and LinkedIn, and one "
          "admitted she had met her current line manager in the replies to a thread about reading lists.",
          "The panel warned against treating followers as a network: the useful connections, they said, came from "
          "answering other people's questions, joining a webinar's chat, and turning up to the same online spaces "
          "week after week until people knew your name.",
          "Slides from the morning sessions are on the members' area. Next year's event will be held in the "
          "north of the region; offers of a venue are welcome.",
      ), ("new professionals", "events")),
    W(ZAKRA, "/2025/05/07/twitter-is-not-a-mentor/", "article", 3,
      "Twitter is not a mentor (but it helped me find three)", "Kwame Asante", "2025-05-07", (
          "I was asked to write something for the newsletter about 'social media and career development', which "
          "is the kind of phrase that makes me want to lie down. So here is what happened to me instead.",
          "In my second year as a library assistant I started joining the weekly #uklibchat. I mostly lurked. "
          "After a few months I answered a question about evening shifts and a subject librarian at a university "
          "I had never heard of sent me a direct message asking if I had thought about doing the qualification. "
          "I had not. She spent an hour on the phone with me the following week and has read every application I "
          "have written since.",
          "The second came through a mailing list: I asked an embarrassing question about copyright, got a kind "
          "answer off-list, and kept writing to the person who answered. The third is a peer, not a senior "
          "colleague. We started in the same month at different libraries, found each other in a Slack group for "
          "new professionals, and have talked every Friday since about whatever went wrong that week.",
          "None of those platforms mentored me. People did. But the platforms were where I could see who was "
          "generous, who was honest about their mistakes, and who I wanted to be like, and that is how mentoring "
          "starts for people who do not already know anyone in the profession.",
      ), ("mentoring", "social media")),

    # --- tessareads.example (Jekyll Moonwalk) ---
    W(MOON, "/2024/10/03/my-pln-so-far.html", "article", 3,
      "My PLN so far (week 5 of library school)", "Tessa Lindqvist", "2024-10-03", (
          "Our professional practice module asked us to map our personal learning network. Mine is mostly people "
          "I have never met.",
          "On Mastodon I follow about forty librarians and archivists, found by starting from my lecturer's "
          "follows and working outwards. On LinkedIn I follow the alumni of the programme, who post job adverts "
          "and, now and then, long honest posts about burnout. There is a Discord for MLIS students across three "
          "universities where the second-years answer our questions at midnight, which is when we ask them.",
          "Then there are the webinars. I have signed up for five this term, mostly free ones from professional "
          "bodies, and the chat box is often better than the talk: people share links, argue politely, and "
          "occasionally offer to look at a student's CV.",
          "What is missing is anyone who will tell me I am wrong. Everyone online is encouraging. I think that is "
          "what a mentor is for, and I am going to ask for one through the student mentoring scheme next month.",
      ), ("pln", "mlis")),
    W(MOON, "/2024/11/14/cataloguing-assignment-panic.html", "article", 0,
      "Cataloguing assignment panic", "Tessa Lindqvist", "2024-11-14", (
          "Twelve records in RDA by Friday. I have done four. The fourth took ninety minutes because the book "
          "has two title pages, one in Swedish, and I had to decide which was the preferred source.",
          "Current status: tea, a borrowed copy of the toolkit's cheat sheet, and a strong opinion about "
          "statements of responsibility.",
      ), ("mlis",)),
    W(MOON, "/2024/12/02/i-got-a-mentor.html", "article", 2,
      "I got a mentor", "Tessa Lindqvist", "2024-12-02", (
          "The student mentoring scheme matched me with an archivist who works for a city council, which was "
          "not what I asked for and is turning out to be exactly right.",
          "We meet on video every three weeks. She asks what I have been reading and then asks why, which is "
          "harder. She has suggested I stop collecting follows and start writing: one short post a month about "
          "something I learned, shared where the people I want to learn from will see it.",
          "Otherwise this month was essays, a placement interview at a law firm library, and a great deal of "
          "Christmas shift work at the bookshop.",
      ), ("mentoring", "mlis")),
    W(MOON, "/2025/01/20/placement-diary-week-one.html", "article", 1,
      "Placement diary, week one", "Tessa Lindqvist", "2025-01-20", (
          "The law firm library is two rooms, one librarian, and a database budget larger than my annual rent. "
          "Most of the week was spent learning the current awareness bulletin: which partners read it, which "
          "sources they trust, and how to summarise a judgment in three lines.",
          "My supervisor keeps a list of other law librarians she messages when she is stuck, which she calls "
          "her 'phone a friend' list. I am starting my own.",
          "Next week: the loose-leaf filing. I am told it is a rite of passage.",
      ), ("placement",)),
    W(MOON, "/2025/03/09/notes-from-a-libchat.html", "article", 3,
      "Notes from my first library Twitter chat (on Bluesky)", "Tessa Lindqvist", "2025-03-09", (
          "Last night I joined my first hashtag chat, which has moved from Twitter to Bluesky along with most of "
          "its regulars. The moderator posts a numbered question every ten minutes, and everyone answers with "
          "A1, A2 and the tag so the answers can be followed.",
          "The topic was 'the advice you wish you had been given'. Experienced librarians answered with "
          "surprisingly specific things: keep a file of thank-you emails, learn the budget cycle, never be the "
          "only person who knows how a system works. Students and new starters asked follow-up questions, and "
          "several conversations split off into their own threads.",
          "Two people followed me afterwards and one offered to read my placement report. I understand now why "
          "people describe these chats as group mentoring. Nobody is assigned to you, but for an hour a room "
          "full of people with thirty years between them answer each other's questions in public.",
      ), ("pln", "chats")),

    # --- stackroom.example (Ghost Taste) ---
    W(TASTE, "/mentors-in-the-feed/", "article", 3,
      "Mentors in the feed", "Ines Barros", "2025-01-15", (
          "When Priya Raman started as the only archivist at a regional museum, there was no one in the building "
          "who knew what an accession register was for. 'My line manager was lovely,' she says. 'She was also a "
          "marine biologist.'",
          "Raman did what a growing number of solo information professionals do: she built her own support from "
          "people she found online. A records management mailing list answered her technical questions. A group "
          "of archivists on Mastodon, who post under a shared hashtag on Fridays, became the people she checked "
          "her thinking against. And one of them, a retired county archivist, became something closer to a mentor, "
          "reading her draft policies and calling once a month.",
          "Mentoring in libraries and archives used to be something institutions arranged. Professional bodies "
          "still run formal schemes, and they are oversubscribed. But the librarians and archivists we spoke to "
          "for this piece described a looser arrangement that sits alongside them: networks of colleagues met "
          "through chats, forums, Slack workspaces and LinkedIn groups, from which a few relationships deepen "
          "into something more.",
          "'Nobody calls it mentoring,' says Daniel Okafor, a health librarian who runs a Discord server for "
          "clinical librarians with about six hundred members. 'People ask for help with a search strategy, and "
          "then six months later the same person is asking whether they should apply for a manager's job. The "
          "channel for career questions is the busiest one we have.'",
          "Researchers who study these networks describe them as personal learning networks: the set of people "
          "and sources a professional deliberately keeps in contact with in order to learn. The research suggests "
          "they work best for people who contribute as well as read, and least well for people who are already "
          "isolated, which is exactly the group who most need them.",
          "That is the argument for structure. Okafor's server pairs newcomers with a volunteer 'buddy' for their "
          "first three months. Raman now co-hosts a monthly video call for new solo archivists. 'Someone did it "
          "for me,' she says. 'It would be strange not to.'",
          "There are costs. Several people described the move away from Twitter as the loss of a commons: the "
          "chats and hashtags that had connected them scattered across platforms, and some older members did "
          "not follow. Others worry about doing professional development in spaces owned by companies whose "
          "interests are not theirs. 'Everything I learned is in someone else's database,' one librarian said.",
          "Still, for many of the people we spoke to, the feed is where the profession became visible to them "
          "for the first time. 'I did not know anyone,' Raman says. 'Now I know people in eleven countries who "
          "will answer when I ask a stupid question. That is what a mentor gave me, multiplied.'",
      ), ("careers", "features")),
    W(TASTE, "/the-slow-death-of-the-reference-interview/", "article", 0,
      "The slow death of the reference interview?", "Ines Barros", "2025-02-05", (
          "Ask a reference librarian how many true reference interviews they conduct in a week and the answer is "
          "often a rueful laugh. Chat services, self-service kiosks and search engines have changed what people "
          "bring to the desk.",
          "But some librarians argue the interview has not died so much as moved: into the follow-up email, the "
          "consultation booked online, the question asked in a course's discussion board. 'The skills are the "
          "same,' says one academic librarian. 'You are still finding out what someone actually needs.'",
          "We visited three libraries to see what the desk looks like now.",
      ), ("reference",)),
    W(TASTE, "/five-questions-for-a-careers-columnist/", "article", 2,
      "Five questions for our new careers columnist", "Ines Barros", "2025-03-01", (
          "From next month, Margaret Hollis, a former head of libraries at a further education college, will "
          "answer readers' career questions. We asked her five of our own.",
          "What is the most common question you get? 'Should I leave? Usually asked by someone who has already "
          "decided and wants permission.'",
          "Where did you get advice when you were starting out? 'From older colleagues at conferences, and from a "
          "mailing list where people were far ruder than anyone is now. These days I would tell people to find "
          "two or three experienced people online whose judgement they trust and ask them directly. Most will "
          "say yes. Mentoring does not need a scheme.'",
          "What do you read? 'Crime novels and annual reports, in that order.'",
          "Any advice for your readers? 'Write down what you did this year. You will not remember it at appraisal "
          "time.'",
      ), ("careers",)),
    W(TASTE, "/the-archives-hashtag-that-became-a-union/", "article", 1,
      "The hashtag that became a campaign", "Joel Whitcombe", "2025-03-20", (
          "Archivists at four local authority record offices spent last year campaigning against proposed cuts "
          "to opening hours, and won a partial reprieve. The campaign began, like many now, with a hashtag and a "
          "shared spreadsheet of councillors' email addresses.",
          "Organisers say the turning point was a public meeting in March where users, from family historians to "
          "planning lawyers, described what the searchrooms meant to them. Some younger organisers said they had "
          "learned how to run a campaign from older colleagues they met online.",
          "The council will review the hours again in 2026.",
      ), ("campaigns",)),
    W(TASTE, "/digitisation-on-a-shoestring/", "article", 0,
      "Digitisation on a shoestring", "Joel Whitcombe", "2025-04-11", (
          "A flatbed scanner, a borrowed copy stand and a volunteer who used to be a wedding photographer: that "
          "is the whole digitisation unit at one small-town heritage centre, which has nonetheless put eight "
          "thousand photographs online in two years.",
          "The secret, its manager says, is ruthless prioritisation and metadata kept deliberately simple: title, "
          "date, place, and a rights statement. 'We can always add more later. We cannot add the photographs once "
          "they have faded.'",
      ), ("digitisation",)),
    W(TASTE, "/ask-margaret-no-one-at-work-to-learn-from/", "article", 3,
      "Ask Margaret: there is no one at work I can learn from", "Margaret Hollis", "2025-04-25", (
          "Dear Margaret, I am the only librarian in a small secondary school. I love the job but there is no one "
          "to learn from, and I feel I am getting worse rather than better. How do I find a mentor when I do not "
          "know anyone? — Alone in the Library",
          "Dear Alone, you are in the largest club in the profession. Solo librarians have always had to build "
          "their own support, and it is easier now than when I started.",
          "Start with your subject association's mailing list and read it for a month before you post. Notice who "
          "answers questions well and generously. Then look for the same people elsewhere: many of them will be on "
          "Bluesky or Mastodon, some run webinars, and several school library networks have Slack or Discord "
          "groups that welcome newcomers.",
          "Once you have found two or three people whose advice you trust, ask one of them, specifically, for "
          "help with one thing: a policy, a budget bid, a difficult head teacher. Most experienced librarians are "
          "flattered to be asked and will say yes. Some of those conversations will turn into mentoring; even "
          "the ones that do not will leave you with a colleague.",
          "And consider a peer group. Three or four school librarians meeting online once a month to talk about "
          "what went wrong can be worth more than any single mentor.",
      ), ("careers", "ask margaret")),

    # --- afterthedesk.example (Blogger Essential) ---
    W(ESSENTIAL, "/2024/09/forty-years-of-cards-and-screens.html", "article", 1,
      "Forty years of cards and screens", "Hugh Pennant", "2024-09-08", (
          "I started at the county library in 1979, filing catalogue cards in drawers that stuck in damp weather. "
          "I retired last spring from a job that consisted mainly of fixing other people's MARC records from "
          "home.",
          "People ask what changed most. The records, obviously. The tools. But mostly the speed: a question that "
          "took a week of letters now takes a morning. I used to wait a month for an answer from a cataloguer in "
          "Edinburgh; now the young ones ask the whole world on a mailing list before lunch.",
          "I will write more about the card years if anyone is interested. There are stories.",
      ), ("memories",)),
    W(ESSENTIAL, "/2024/10/the-allotment-in-october.html", "article", 0,
      "The allotment in October", "Hugh Pennant", "2024-10-21", (
          "Leeks are in, the last of the beans are drying on the shed roof, and the neighbour's cat has once again "
          "decided that my onion bed is a lavatory.",
          "Planted garlic on Sunday. Margaret says I plant too deep. Margaret is usually right.",
      ), ("allotment",)),
    W(ESSENTIAL, "/2024/11/mentoring-by-email-1994.html", "article", 2,
      "Mentoring by email, 1994", "Hugh Pennant", "2024-11-12", (
          "A former colleague reminded me last week that I was, in 1994, one of the 'e-mentors' in a scheme the "
          "regional branch ran for new cataloguers. I had forgotten.",
          "It worked like this. The branch secretary paired each newcomer with an old hand, and we corresponded "
          "on the JANET mail system, which most public libraries reached through a single terminal in the "
          "central library's office. My mentee was a young man in a branch sixty miles away. He sent me his "
          "problem records on Mondays, I sent them back annotated on Thursdays, and once a year we met at the "
          "branch dinner and were embarrassed to find we had nothing to say in person.",
          "He is now a head of collections somewhere in the south and mentors people on LinkedIn, he tells me, "
          "which I assume is much the same with better typing.",
          "The rest of that month I seem to have spent arguing about the new photocopier. Some things do not "
          "change.",
      ), ("memories", "mentoring")),
    W(ESSENTIAL, "/2025/01/a-retired-librarian-joins-mastodon.html", "article", 3,
      "A retired librarian joins Mastodon", "Hugh Pennant", "2025-01-29", (
          "My granddaughter set me up on Mastodon over Christmas, on a server for librarians, and I have been "
          "lurking for a month. Some notes for my contemporaries.",
          "It is full of young library workers asking exactly the questions we asked, in shorter sentences. How "
          "do I deal with a manager who will not delegate? Is it worth doing the chartership? How do I catalogue "
          "this strange thing? The answers come from everywhere, and some of them are very good.",
          "I have started answering the cataloguing ones. Last week a young woman in New Zealand and I spent "
          "three days on a series statement, and at the end she thanked me for 'mentoring' her, which nobody has "
          "called it since 1994.",
          "I think there is something here for retired people. We have time, and we remember how things came to "
          "be the way they are. The young ones have the energy and, frankly, the better ideas. A hashtag and a "
          "bit of patience seem to be enough to bring them together.",
      ), ("mastodon", "mentoring")),
    W(ESSENTIAL, "/2025/03/the-branch-that-closed.html", "article", 0,
      "The branch that closed", "Hugh Pennant", "2025-03-15", (
          "Walked past the old Northgate branch today. It is a vape shop now. The mural the children painted in "
          "1988 is still on the side wall, fading.",
          "I spent six years there. The heating never worked and the regulars were the best people I have known.",
      ), ("memories",)),

    # --- fondsandfeeds.example (Blot) ---
    W(BLOT, "/2024/06/learning-networks-in-archival-education", "article", 3,
      "Learning networks in archival education", "Dr Ruth Adebayo", "2024-06-18", (
          "A note towards a paper I keep not writing. In my teaching on the archives programme I ask students to "
          "keep a log of where they learn things outside the classroom. Over five cohorts the logs have changed "
          "shape.",
          "In 2019 the logs were dominated by Twitter: students followed the #archivesHashtag community, joined "
          "the monthly chats, and reported being answered by senior archivists within hours. By 2023 the same "
          "students' successors were scattered across Mastodon, Bluesky, LinkedIn and two Discord servers, and "
          "the logs became more private: more direct messages, fewer public threads.",
          "The students still describe informal mentoring: a named archivist who reads a cover letter, a "
          "records manager who explains retention schedules over a video call, a peer a year ahead who shares "
          "assignment feedback. What has changed is visibility. When the conversation happened in a public "
          "hashtag, everyone in the cohort saw it. Now only the person who asked does.",
          "This matters for equity. The students who already have contacts, or the confidence to message a "
          "stranger, get mentored; the others do not see that it is happening. I have started running a cohort "
          "Slack with invited alumni, as an imperfect substitute for the commons we lost.",
          "Questions for the paper: is a personal learning network a network at all if no one can see it? And "
          "what is the role of the professional body once mentoring has moved into spaces it does not run?",
      ), ("teaching", "pln")),
    W(BLOT, "/2024/08/summer-reading-on-provenance", "article", 0,
      "Summer reading on provenance", "Dr Ruth Adebayo", "2024-08-04", (
          "Three books on provenance for the summer, none of them new: one on respect des fonds and its critics, "
          "one on community archives and post-custodial practice, and one on the archive as a site of power that "
          "I reread every two years and argue with every time.",
          "Reading notes to follow, if the marking allows.",
      ), ("reading",)),
    W(BLOT, "/2024/11/on-being-asked-to-mentor", "article", 2,
      "On being asked to mentor", "Dr Ruth Adebayo", "2024-11-06", (
          "Twice this term I have been asked, by people I have never met, to mentor them. Both found me through "
          "something I wrote online. Both asks were good ones: specific, time-limited, and honest about what "
          "they wanted.",
          "I said yes to one and no to the other, and the no was harder to write. Those of us who teach get a "
          "great many such requests, and I think we owe it to the people asking to be clear about our limits "
          "and to point them somewhere else: a scheme, a peer group, a colleague with more time.",
          "The rest of the term has been validation paperwork, which I will spare you.",
      ), ("mentoring",)),
    W(BLOT, "/2025/02/records-retention-in-local-government", "article", 1,
      "Records retention in local government: a reading list", "Dr Ruth Adebayo", "2025-02-12", (
          "A list for my records management module, shared here because a former student asked. The statutory "
          "guidance first, then the sector's model schedules, then three case studies of retention gone wrong.",
          "Students who want a practitioner's view should join the records managers' mailing list, where the "
          "regulars are patient with newcomers.",
          "Further readings on email retention and on the disposal of digital records are in the module reader.",
      ), ("teaching", "records")),
    W(BLOT, "/2025/04/a-reply-on-peer-mentoring", "article", 3,
      "A reply on peer mentoring", "Dr Ruth Adebayo", "2025-04-09", (
          "Several readers replied to my note on learning networks asking what a peer mentoring group online "
          "actually looks like. Here is ours.",
          "Eight early-career archivists, two of them former students, meet on a video call on the first Tuesday "
          "of the month. One person brings a problem: a difficult depositor, a job application, a catalogue "
          "backlog. The others ask questions for ten minutes before anyone is allowed to give advice. Between "
          "meetings they keep a shared channel on Signal, which they assure me is mostly photographs of "
          "interesting boxes.",
          "I attend every third meeting as what they call the 'visiting elder'. I mostly listen. The group "
          "mentors each other far better than I could mentor any one of them.",
      ), ("mentoring", "pln")),

    # --- shelftalk.example (Typlog) ---
    W(TYPLOG, "/episodes/41-finding-your-people", "article", 3,
      "41: Finding your people", "Shelf Talk", "2025-01-08", (
          "This week Jo and Sam talk to three early-career librarians about how they found mentors, peers and "
          "advice online: a Discord server for academic library workers, a LinkedIn group for law librarians, "
          "and the weekly hashtag chat that got one of them her first job.",
          "We also ask what experienced librarians can do to be findable, and whether it still counts as "
          "mentoring when the mentor does not know they are one.",
          "Shownotes: the chats and communities mentioned in the episode are listed on our links page. Music by "
          "the Card Catalogue Collective.",
      ), ("careers", "mentoring")),
    W(TYPLOG, "/episodes/42-weeding-without-tears", "article", 0,
      "42: Weeding without tears", "Shelf Talk", "2025-01-22", (
          "Jo and Sam talk about weeding: the criteria, the spreadsheets, the angry letters, and the one time Sam "
          "had to retrieve a book from a skip.",
          "Music by the Card Catalogue Collective.",
      ), ("collections",)),
    W(TYPLOG, "/episodes/43-listener-questions", "article", 2,
      "43: Listener questions", "Shelf Talk", "2025-02-05", (
          "Your questions, answered badly. This week: is a second master's degree worth it, how do you say no "
          "to a committee, and what is the etiquette of asking someone you only know from Mastodon to be your "
          "mentor?",
          "On that last one Jo and Sam disagree. Sam thinks a cold message with a specific question is fine; Jo "
          "thinks you should reply to their posts for a few months first. Both think you should say thank you.",
          "Also: a correction about last episode's skip.",
      ), ("listener questions",)),
    W(TYPLOG, "/episodes/44-the-budget-episode", "article", 1,
      "44: The budget episode", "Shelf Talk", "2025-02-19", (
          "Nobody became a librarian to write budget bids. Jo and Sam talk to a finance officer turned library "
          "manager about how money moves through a council, how to read a spreadsheet someone is trying to hide "
          "things in, and why the best budget advice Sam ever got came from a stranger in a webinar chat.",
          "Music by the Card Catalogue Collective.",
      ), ("management",)),

    # --- longnotes.example (Nostr long-form) ---
    W(HABLA, "/a/naddr1qq8mentor0", "post", 3,
      "Why I mentor in public", "ottoarchives", "2025-02-02", (
          "I have been an archivist for twenty-two years and I answer questions from newcomers every week, on "
          "here, on Mastodon, and in two Discord servers. I do it in public on purpose.",
          "When a student asks me privately how to write a collection-level description, one person learns. "
          "When they ask in a thread, thirty people see the answer and five of them add something better. The "
          "replies become a kind of group mentoring that no scheme could organise.",
          "If you are experienced: follow the newcomer tags and answer one question a week. If you are new: ask "
          "in the open. Nobody worth learning from will mind.",
      ), ("archives", "mentoring")),
    W(HABLA, "/a/naddr1qq8relays01", "post", 0,
      "Picking relays for a small community", "ottoarchives", "2025-02-20", (
          "Notes on running a relay for a small group: paid relays keep spam down, but the free ones carry most "
          "of the traffic. We settled on one paid and three public relays for our reading group, and the client "
          "settings matter more than the relays.",
      ), ("nostr",)),
    W(HABLA, "/a/naddr1qq8solo0lib", "post", 2,
      "Solo librarian, six months in", "bookwyrmling", "2025-03-03", (
          "Six months running a one-person library at a design college. Things I did not expect: how much of "
          "the job is IT support, how much the students care about the quiet room, how lonely it is at 4pm on a "
          "Friday.",
          "What helped: a group chat of four other solo librarians I met in a webinar breakout room. We share "
          "policies, rant, and send each other job ads. One of them, who has done this for fifteen years, has "
          "quietly become my mentor without either of us saying so.",
          "Next: a proper induction for the new cohort.",
      ), ("libraries",)),
    W(HABLA, "/a/naddr1qq8zine0fair", "post", 0,
      "Zine fair report", "bookwyrmling", "2025-04-06", (
          "Bought eleven zines, traded four, and came home with a plan for a zine library in the college foyer. "
          "Cataloguing them will be a problem for future me.",
      ), ("zines",)),
    W(HABLA, "/a/naddr1qq8mentees0", "post", 1,
      "On notes and timelines", "ottoarchives", "2025-04-18", (
          "A year on this protocol. I like the long-form posts, the lack of an algorithm, and the odd feeling of "
          "owning my own key. I dislike the zaps discourse and the number of clients that render tables badly.",
          "A few former mentees followed me here, which was nice. Most of the archives people are still "
          "elsewhere.",
      ), ("nostr",)),

    # --- preprints.example (arXiv-like) ---
    W(ARXIV, "/abs/2503.01234", "journal-article", 3,
      "Personal learning networks of early-career librarians: a survey of platforms and practices",
      "Chen, L.; Okonkwo, A.; Marsh, P.", "2025-03-04", (
          "Abstract: We surveyed 412 librarians and archivists in their first five years of practice about the "
          "online networks they use for professional learning and career advice. Respondents reported using on "
          "average 3.4 platforms, most often LinkedIn, Mastodon, Bluesky, mailing lists and Discord or Slack "
          "workspaces. Informal mentoring through these networks was reported by 61 per cent, compared with 23 "
          "per cent who had taken part in a formal mentoring scheme. Peer mentoring groups formed online were "
          "rated as highly as one-to-one mentoring for career guidance. We discuss the fragmentation of "
          "hashtag communities after 2022 and its consequences for newcomers without existing contacts.",
      ), ("cs.DL",)),
    W(ARXIV, "/abs/2503.04567", "journal-article", 0,
      "Deduplication of bibliographic records at scale with learned blocking",
      "Haddad, R.; Svensson, K.", "2025-03-12", (
          "Abstract: Union catalogues accumulate duplicate records when libraries contribute independently "
          "catalogued copies of the same work. We present a learned blocking method that reduces candidate pairs "
          "by 97 per cent while retaining 99.2 per cent of true duplicates on a corpus of 41 million MARC records, "
          "and release the evaluation set.",
      ), ("cs.DL",)),
    W(ARXIV, "/abs/2504.00789", "journal-article", 2,
      "Who answers? Expertise and reciprocity in a library professionals' Discord server",
      "Moreau, S.", "2025-04-01", (
          "Abstract: We analyse eighteen months of messages in a Discord server for library workers (about 2,300 "
          "members) to identify who answers questions and how help-seeking relationships develop. A small core "
          "of experienced members answers most technical questions, while career questions draw answers from a "
          "wider group. Repeated exchanges between the same pairs, which members describe as mentoring, account "
          "for 14 per cent of answered questions. We also describe the server's moderation and channel "
          "structure, and compare answer latency with a long-running mailing list.",
      ), ("cs.SI", "cs.DL")),
    W(ARXIV, "/abs/2504.02222", "journal-article", 1,
      "Citation recommendation for digital library search interfaces",
      "Park, J.; Ivanova, M.", "2025-04-08", (
          "Abstract: We evaluate three citation recommendation models embedded in a digital library's search "
          "interface with 60 users. A hybrid model combining citation context and co-readership improved "
          "precision at five by 11 points over a text-only baseline. Participants recruited through library "
          "mailing lists and a professional network preferred explanations that named the citing papers.",
      ), ("cs.IR", "cs.DL")),
    W(ARXIV, "/pdf/2503.01234", "document", 3,
      "Personal learning networks of early-career librarians: a survey of platforms and practices",
      "Chen, L.; Okonkwo, A.; Marsh, P.", "2025-03-04", (
          "Personal learning networks of early-career librarians: a survey of platforms and practices",
          "L. Chen, A. Okonkwo, P. Marsh",
          "1 Introduction",
          "Librarians and archivists have long learned from one another through informal channels: mailing",
          "lists, conference corridors, and the advice of more experienced colleagues. Since the 2010s much",
          "of this learning has moved onto social media, first Twitter chats and hashtags and later Mastodon,",
          "Bluesky, LinkedIn and Discord or Slack communities. We call the set of people and sources a",
          "professional keeps in contact with in order to learn a personal learning network (PLN).",
          "We asked 412 early-career librarians which platforms they use, who they learn from, and whether",
          "these contacts amount to mentoring. 61 per cent reported informal mentoring through online networks,",
          "against 23 per cent in formal schemes. Peer mentoring groups formed online were rated highly for",
          "career guidance, while one-to-one mentors found through networks were valued for job applications.",
          "2 Method",
          "An online questionnaire was distributed through professional bodies' mailing lists and social media.",
      ), ()),
    W(ARXIV, "/pdf/2503.04567", "document", 0,
      "Deduplication of bibliographic records at scale with learned blocking",
      "Haddad, R.; Svensson, K.", "2025-03-12", (
          "Deduplication of bibliographic records at scale with learned blocking",
          "R. Haddad, K. Svensson",
          "1 Introduction",
          "Union catalogues accumulate duplicate records when libraries contribute independently catalogued",
          "copies of the same work. Pairwise comparison of 41 million records is infeasible, so systems block",
          "records into candidate sets first. We learn a blocking function from 200,000 labelled pairs that",
          "reduces candidate pairs by 97 per cent while retaining 99.2 per cent of true duplicates.",
          "2 Related work",
          "Rule-based blocking on normalised titles and dates remains the norm in production catalogues.",
      ), ()),

    # --- podcasts.example (Apple Podcasts-like) ---
    W(PODS, "/us/podcast/the-reading-room-hour/id1690012345?i=1000650000001", "article", 3,
      "Mentoring without borders", "The Reading Room Hour", "2025-01-14", (
          "Our guest coordinates an international e-mentoring programme that pairs library and information "
          "students in twelve countries with practitioners abroad. We talk about matching across time zones, "
          "why the pairs that meet on WhatsApp last longer than those on email, and what mentees get from a "
          "LinkedIn introduction they could not get at home.",
      ), ()),
    W(PODS, "/us/podcast/the-reading-room-hour/id1690012345?i=1000650000002", "article", 0,
      "The library as third place", "The Reading Room Hour", "2025-01-28", (
          "A sociologist and a branch manager talk about libraries as third places: warm, free, and open to "
          "everyone, and what happens when the heating budget is cut.",
      ), ()),
    W(PODS, "/us/podcast/the-reading-room-hour/id1690012345?i=1000650000003", "article", 2,
      "Learning in public", "The Reading Room Hour", "2025-02-11", (
          "Two academic librarians who blog and post about their work discuss learning in public: sharing "
          "half-finished ideas on Mastodon, running a monthly webinar for colleagues, and the advice they got "
          "from strangers that changed their careers. Plus: the new open access mandate explained.",
      ), ()),
    W(PODS, "/us/podcast/the-reading-room-hour/id1690012345?i=1000650000004", "article", 1,
      "Archives on film", "The Reading Room Hour", "2025-02-25", (
          "A film archivist on nitrate, vinegar syndrome and the restoration of a silent comedy. She credits a "
          "mentor she met on a mailing list with her first job. Recorded live at the festival.",
      ), ()),

    # --- wiki.example (XWiki) ---
    W(XWIKI, "/xwiki/bin/view/Mentoring/Guide%20for%20Mentees/", "article", 3,
      "Guide for mentees", "Section Committee", "2024-09-01", (
          "This page is for members who have been matched with a mentor through the section's programme, or who "
          "want to find one informally.",
          "Before the first meeting: decide on two or three things you want to work on, and agree with your "
          "mentor how you will meet (video, phone, chat) and how often. Most pairs meet monthly for an hour.",
          "Between meetings: many pairs keep a private chat going on the section's Slack. Use it for quick "
          "questions, not for the big ones.",
          "Beyond your mentor: join the #newprofs channel, the monthly online coffee morning and the section's "
          "mailing list. Your mentor is one person; your network should be many. Members who list a LinkedIn or "
          "Mastodon profile in the directory can be contacted for one-off advice.",
          "Ending: the formal pairing lasts twelve months. Many continue informally.",
      ), ("mentoring",)),
    W(XWIKI, "/xwiki/bin/view/Mentoring/Guide%20for%20Mentors/", "article", 3,
      "Guide for mentors", "Section Committee", "2024-09-01", (
          "Thank you for volunteering. Mentors in the programme are experienced members who give about an hour "
          "a month to a newer colleague, usually online.",
          "Your role is to listen, ask questions and share what you know about careers in the profession; it is "
          "not to manage or assess your mentee. Point them to people and resources beyond yourself: introduce "
          "them in the section Slack, recommend webinars and mailing lists, and encourage them to build their "
          "own learning network.",
          "Group mentoring: if you would rather mentor several people together, the committee runs circles of "
          "four mentees with one mentor that meet by video.",
      ), ("mentoring",)),
    W(XWIKI, "/xwiki/bin/view/Events/Webinar%20Series%202025/", "article", 1,
      "Webinar series 2025", "Section Committee", "2025-01-10", (
          "The section's free webinars run on the third Thursday of each month at 13:00. Recordings are posted "
          "for members.",
          "January: from Twitter chats to Mastodon, where the profession talks now. February: the new "
          "cataloguing standard in practice. March: linked data for small libraries. April: copyright for teaching. May: "
          "negotiating your salary.",
          "Proposals for autumn webinars are welcome; see the contact page.",
      ), ("events",)),
    W(XWIKI, "/xwiki/bin/view/Committee/Minutes%202025-02/", "article", 1,
      "Committee minutes, February 2025", "Section Committee", "2025-02-20", (
          "Present: eight members; apologies: two. The treasurer reported a surplus of 1,240 from the autumn "
          "study day. The conference subgroup has confirmed the venue.",
          "The mentoring coordinator reported twenty-two active pairs. Agreed: to review the Slack workspace's "
          "retention settings. Next meeting: 20 March.",
      ), ("committee",)),
    W(XWIKI, "/xwiki/bin/view/Procedures/Room%20Booking/", "article", 0,
      "Room booking for section events", "Section Committee", "2024-11-05", (
          "Section events may use the meeting rooms at the headquarters free of charge on weekdays. Book at least "
          "four weeks ahead through the office, stating the number of attendees and any access requirements.",
          "Catering is not included. Rooms must be cleared by 17:30.",
      ), ("procedures",)),
]}

# the pages that are not works (graded 0): (host, path, kind)
OTHER: list[tuple[str, str, str]] = [
    (ZAKRA, "/", "home"), (ZAKRA, "/about-us/", "about"), (ZAKRA, "/contact/", "contact"),
    (ZAKRA, "/category/professional-development/", "category"), (ZAKRA, "/category/news/", "category"),
    (ZAKRA, "/tag/mentoring/", "tag"), (ZAKRA, "/?s=mentoring", "search"), (ZAKRA, "/page/2/", "listing"),
    (ZAKRA, "/author/maura-keane/", "profile"), (ZAKRA, "/membership-renewals/", "error"),
    (MOON, "/", "home"), (MOON, "/about/", "about"), (MOON, "/tags/", "tag"), (MOON, "/posts/", "listing"),
    (MOON, "/2024/10/03/my-pln-so-far/", "error"),
    (TASTE, "/", "home"), (TASTE, "/about/", "about"), (TASTE, "/contact/", "contact"),
    (TASTE, "/tag/careers/", "tag"), (TASTE, "/author/ines/", "profile"), (TASTE, "/author/margaret/", "profile"),
    (TASTE, "/page/2/", "listing"), (TASTE, "/subscribe/", "error"),
    (ESSENTIAL, "/", "home"), (ESSENTIAL, "/p/about-me.html", "about"),
    (ESSENTIAL, "/search/label/memories", "category"), (ESSENTIAL, "/search?q=mentoring", "search"),
    (ESSENTIAL, "/2024/", "listing"), (ESSENTIAL, "/2025/02/old-post.html", "error"),
    (BLOT, "/", "home"), (BLOT, "/about", "about"), (BLOT, "/tagged/pln", "tag"), (BLOT, "/archives", "listing"),
    (BLOT, "/search?q=mentor", "search"), (BLOT, "/page/2", "listing"), (BLOT, "/2023/teaching-notes", "error"),
    (TYPLOG, "/", "home"), (TYPLOG, "/about", "about"), (TYPLOG, "/tags/careers/", "tag"),
    (TYPLOG, "/archive/", "listing"), (TYPLOG, "/links", "about"), (TYPLOG, "/episodes/40-old-friends", "error"),
    (HABLA, "/", "home"), (HABLA, "/p/ottoarchives", "profile"), (HABLA, "/p/bookwyrmling", "profile"),
    (HABLA, "/t/libraries", "tag"), (HABLA, "/search?q=mentor", "search"), (HABLA, "/about", "about"),
    (ARXIV, "/", "home"), (ARXIV, "/list/cs.DL/recent", "listing"), (ARXIV, "/list/cs.SI/recent", "listing"),
    (ARXIV, "/a/chen_l_1", "profile"), (ARXIV, "/help/contact", "contact"), (ARXIV, "/about", "about"),
    (ARXIV, "/abs/2503.99999", "error"),
    (PODS, "/us/podcast/the-reading-room-hour/id1690012345", "home"),
    (PODS, "/us/genre/podcasts-education/id1304", "category"),
    (PODS, "/us/channel/reading-room-media/id6440000001", "profile"),
    (PODS, "/us/podcast/the-reading-room-hour/id1690012345?see-all=episodes", "listing"),
    (XWIKI, "/xwiki/bin/view/Main/", "home"), (XWIKI, "/xwiki/bin/view/Main/Contact/", "contact"),
    (XWIKI, "/xwiki/bin/view/Mentoring/", "category"), (XWIKI, "/xwiki/bin/view/XWiki/RKowalski", "profile"),
    (XWIKI, "/xwiki/bin/view/Main/Tags?do=viewTag&tag=mentoring", "tag"),
    (XWIKI, "/xwiki/bin/view/Main/Search?text=mentor", "search"),
    (XWIKI, "/xwiki/bin/view/Mentoring/Archive2019/", "error"),
]
