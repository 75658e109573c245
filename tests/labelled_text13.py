"""Web 13's texts and labels, written before its pages were built: each work's place (host, path), kind and
graded relevance (3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing), with
the title, byline, date, tags and paragraphs its page shows; and every other page's place and kind (graded 0).
:mod:`tests.labelled_web13` builds the pages from these, on ten hosts of ten platforms."""

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
    voices: tuple[str, ...] = ()   # a forum thread's posters, one a paragraph


RLA = "rla.example"            # a regional library association's site (WordPress, Hello Elementor, Rank Math)
LEDGER = "ledger.example"      # a library-trade newsroom (WordPress, Newspack)
STACKS = "stacksretired.example"  # a retired cataloguer's blog (Blogger, Notable)
KAUR = "akaur.example"         # an information scientist's site (Hugo, Coder)
MLIS = "mlisdiary.example"     # a library school student's blog (Jekyll, Beautiful Jekyll)
BOARDS = "archtalk.example"    # an archivists' forum (MyBB 1.8)
HALL = "glamhall.example"      # a small fediverse instance (GoToSocial)
JOURNAL = "jilp.example"       # a journal on a Taylor & Francis-like platform
LEARN = "learn.example"        # a library school's public course (Moodle 4)
CAST = "shelfcast.example"     # a vendor's podcast (Transistor)

HOSTS = (RLA, LEDGER, STACKS, KAUR, MLIS, BOARDS, HALL, JOURNAL, LEARN, CAST)

_WORKS = [
    # --- the association -------------------------------------------------------------------------------------
    Work(RLA, "/mentoring-circles-move-to-slack/", "article", 3,
         "Mentoring Circles Move to Slack", "Jordan Lopez", "2026-01-19", (
             "When the Professional Development Committee asked members last spring what would make our mentoring "
             "circles easier to join, the answer was nearly unanimous: stop making us drive to the regional office on a "
             "Thursday night. This year the circles are moving online, and most of the conversation will happen in the "
             "association's Slack workspace.",
             "Each circle pairs two experienced members with four to six colleagues who are new to the profession, new "
             "to the region, or moving into a new kind of role. The circles still meet face to face on video once a "
             "month, but between meetings every circle has its own private channel where mentees can ask the small "
             "questions that never seem worth an email: how to word a difficult reply to a patron, whether a job ad's "
             "salary is fair, what to read before a first collection development meeting.",
             "We piloted the format with three circles in the fall. The mentors told us they were surprised how much "
             "happened in the channels: one circle spent a week trading examples of weeding policies, another turned a "
             "question about a supervisor's feedback into a long, honest thread about managing up. Two mentees said the "
             "channel made it easier to speak up, because they could take the time to think before they wrote.",
             "There is also a public #ask-a-mentor channel open to every member. Anyone can post a question, and a "
             "rotating group of volunteer mentors commits to answering within two working days. Questions so far have "
             "ranged from interview preparation to how to approach a first conference presentation.",
             "Circles for the new year are forming now. If you have at least five years in libraries, archives or a "
             "related field and can give about two hours a month, we would love you to mentor. If you are looking for "
             "a mentor, tell us a little about where you are and where you want to go, and we will find you a circle.",
         ), ("mentoring", "professional development")),
    Work(RLA, "/ask-a-mentor-hour-on-linkedin-live/", "article", 3,
         "Ask-a-Mentor Hour, Now on LinkedIn Live", "Priya Natarajan", "2025-11-04", (
             "Our monthly Ask-a-Mentor Hour is going out live on the association's LinkedIn page starting this "
             "month. Each session brings together two seasoned library workers who answer questions from early-career "
             "members in real time, in the comments or through a form you can fill in beforehand.",
             "November's guests are a public library branch manager with twenty years in the system and a law "
             "librarian who changed careers at forty. They will talk about finding mentors outside your own "
             "workplace, about the difference between a mentor and a sponsor, and about how to keep a professional "
             "network alive when you are too busy to go to conferences.",
             "Recordings stay on the page afterwards, so if you cannot make the hour you can still catch up and leave "
             "a question for next time. Please be kind in the comments; everyone was new once.",
         ), ("mentoring", "LinkedIn")),
    Work(RLA, "/fall-conference-recap/", "article", 2,
         "Fall Conference Recap", "Jordan Lopez", "2025-10-27", (
             "Thank you to the 240 members who came to Riverton for this year's fall conference, and to the staff of "
             "the Riverton Public Library for hosting us in their beautiful new building.",
             "The opening keynote, on the state library's broadband grants, drew a lot of questions about rural "
             "branches and hotspot lending. Slides are on the conference page.",
             "The session most people were still talking about at dinner was a panel on personal learning networks. "
             "Three panellists described how they keep learning between conferences: one follows a handful of "
             "hashtags on Bluesky and Mastodon and saves the best threads to read on Fridays, one runs a small "
             "Discord server for youth services staff across four counties, and one said her real professional "
             "development happens on a twenty-year-old mailing list where she first asked a question as a library "
             "assistant and now answers them.",
             "The panel ended with a practical exercise: everyone wrote down three people whose work they admire and "
             "committed to reaching out to one of them within a month. Several attendees have already told us they "
             "did, and that the answer was yes.",
             "Next year's conference will be in Harbor Falls. The call for proposals opens in February.",
         ), ("conference",)),
    Work(RLA, "/welcome-new-board-members/", "article", 1,
         "Welcome to Our New Board Members", "Priya Natarajan", "2025-09-15", (
             "The association welcomes three new members to its board of directors, elected at the annual business "
             "meeting in August.",
             "Dana Whitfield is the director of the Millbrook Public Library and has served on the Legislative "
             "Committee for six years. She will chair the Finance Committee.",
             "Marcus Oyelaran is an archivist at Harbor Falls Historical Society. He says he got his start in the "
             "field thanks to advice from people he met on the association's listserv, and wants to make sure "
             "newcomers have the same chance.",
             "Leah Brandt is a school librarian in the Eastvale district and will serve as the board's liaison to "
             "the school libraries section. Please join us in welcoming them.",
         ), ("board",)),
    Work(RLA, "/library-legislative-day-2026/", "article", 0,
         "Library Legislative Day 2026", "Dana Whitfield", "2026-02-02", (
             "Library Legislative Day returns to the Capitol on March 18. Registration is free for members and "
             "includes lunch and a briefing from our lobbyist in the morning.",
             "This year's priorities are full funding of the state aid formula, the interlibrary loan delivery "
             "contract, and a bill that would protect library workers from personal liability for materials "
             "selection decisions.",
             "If you cannot travel, you can still help: the advocacy page has a template letter and the phone numbers "
             "of every district office. A two-minute call from a constituent matters more than you might think.",
         ), ("advocacy",)),
    Work(RLA, "/member-survey-results/", "article", 1,
         "What You Told Us: Member Survey Results", "Jordan Lopez", "2025-08-11", (
             "More than 400 members answered this year's survey, our best response yet. Here are the headlines.",
             "Conference cost remains the biggest barrier to attending, named by 61 percent of respondents, followed "
             "by staffing back home. Two thirds would attend at least one session online if we streamed them.",
             "Members rated the newsletter and the job board as the most useful things we do. Asked what we should "
             "add, the most common answers were more training on grant writing, a salary survey, and more chances to "
             "connect with a mentor online.",
             "The board will discuss the results at its September retreat, and we will report back on what changes.",
         ), ("survey", "news")),
]
_WORKS += [
    # --- the newsroom ----------------------------------------------------------------------------------------------
    Work(LEDGER, "/2026/03/12/library-workers-find-mentors-on-discord/", "article", 3,
         "Where library workers find mentors now: Discord servers, group chats and a lot of DMs",
         "Marisol Reyes", "2026-03-12", (
             "The first time Keisha Amadi asked for career advice on Discord, she expected to be ignored. She was six "
             "months into her first job as a children's librarian in a two-branch system, the only person in her "
             "building with a library degree, and she had a question about whether to apply for a supervisor role "
             "she felt unready for. Within an hour, four people had answered, and one of them, a youth services "
             "manager three states away, offered to get on a call.",
             "\"She's been my mentor ever since,\" Amadi said. \"We've never met in person.\"",
             "Stories like Amadi's are increasingly common. As travel budgets shrink and the large platforms that "
             "once hosted library conversations fragment, library and archives workers say the places where they "
             "learn from each other have moved into smaller, semi-private spaces: Discord servers with a few hundred "
             "members, Slack workspaces run by regional associations, Signal group chats, and the direct messages "
             "that follow a good thread.",
             "Formal mentoring programs have existed in the profession for decades, usually run by associations that "
             "match a newer member with an experienced one for a year. Those programs still exist, and several "
             "coordinators told The Ledger that demand is higher than ever. But the informal kind has changed most.",
             "\"Ten years ago, if you wanted advice from a stranger, you tweeted into the void with a hashtag and "
             "hoped,\" said Tomás Herrera, who moderates a Discord server for library workers in technical services. "
             "\"Now there's a channel called #career-advice with two hundred people in it who've all agreed to be "
             "there. The bar to ask is lower and the answers are more honest, because it's not public.\"",
             "Herrera's server has a simple structure: channels for cataloguing, systems and e-resources, a channel "
             "for job postings, and a channel where anyone can ask for a mock interview. Experienced members "
             "volunteer for a monthly 'office hours' voice chat. Newer members, he said, often move from asking "
             "questions to answering them within a year, which is the point.",
             "Researchers who study professional learning describe this kind of space as a personal learning "
             "network: the loose set of people, feeds and communities a professional draws on to keep up and solve "
             "problems. What is new, said Amrit Kaur, an information scientist who has studied librarians' online "
             "networks, is how much of that network now sits in spaces outsiders cannot see. \"It's harder to study "
             "and harder to find if you don't already know someone,\" she said. \"That's the tradeoff for safety.\"",
             "That tradeoff worries some. Several people interviewed for this story said that closed servers can "
             "reproduce the profession's old networks of who-knows-whom, and that workers without a personal "
             "introduction may never hear of them. Some associations are trying to bridge the gap by listing "
             "community servers on their websites and by pairing members who ask for a mentor with a volunteer from "
             "an online community rather than only from their own rosters.",
             "Others still rely on older tools. Many archivists told The Ledger that the most useful place to ask a "
             "question remains a mailing list that has been running since the 1990s, where answers are archived and "
             "searchable. \"Nobody calls it mentoring,\" one said, \"but that's what it is.\"",
             "For Amadi, who did apply for the supervisor job and got it, the answer was a mix. She still asks her "
             "mentor about the big decisions. The Discord server is where she goes for the small ones, and lately, "
             "she said, she has started answering the newcomers herself.",
         ), ("social media", "careers")),
    Work(LEDGER, "/2026/02/20/after-x-library-workers-rebuild-their-networks/", "article", 2,
         "After X, library workers try to rebuild their networks on Bluesky and Mastodon",
         "Marisol Reyes", "2026-02-20", (
             "When several large library systems announced last year that they would stop posting on X, most of the "
             "coverage focused on outreach: how would libraries reach patrons who still used the platform? The "
             "systems' communications staff said they would follow their audiences to Instagram, Facebook and "
             "newsletters, and most have.",
             "Less noticed was what the move meant for library workers themselves. For more than a decade, hashtag "
             "chats on the platform were where many librarians found peers, asked for help with a reference "
             "question or a job application, and met the colleagues who later hired them. Weekly chats drew "
             "hundreds of participants at their peak.",
             "Those chats have not moved intact. Some organizers relaunched on Bluesky, where starter packs made it "
             "easier to follow a whole list of library people at once; others went to Mastodon, where a few "
             "library-focused servers have a few thousand active users. Several people said the conversations are "
             "smaller but more useful, and that they miss the accidental encounters with people outside their "
             "specialty.",
             "Libraries' official accounts face a different problem. Analytics vendors say engagement on the new "
             "platforms is hard to measure, and several marketing managers said they post there mostly to reserve "
             "their names. The Ledger will follow up on library marketing next month.",
         ), ("social media",)),
    Work(LEDGER, "/2026/01/30/county-library-pairs-teens-with-mentors/", "article", 0,
         "County library pairs teens with volunteer mentors for first jobs", "Evan Cho", "2026-01-30", (
             "The Ashford County Library has launched a program that pairs teenagers looking for their first jobs "
             "with volunteer mentors from local businesses, meeting weekly at three branches.",
             "Mentors help the teens write résumés, practise interviews and set up a professional profile online. "
             "\"A lot of them have never had anyone tell them how a job search works,\" said teen services "
             "coordinator Rosa Velez. Twenty-two pairs met in the first session.",
             "The program is funded by a workforce development grant through June. The library is still recruiting "
             "mentors, who must pass a background check.",
         ), ("youth services",)),
    Work(LEDGER, "/2025/12/05/millbrook-voters-approve-library-levy/", "article", 0,
         "Millbrook voters approve library levy by wide margin", "Evan Cho", "2025-12-05", (
             "Voters in Millbrook approved a ten-year operating levy for the public library on Tuesday, with 64 "
             "percent in favor, ending two years of reduced hours.",
             "Library director Dana Whitfield said Sunday hours will return in the spring and the branch in the "
             "north end will reopen after its roof is repaired. The levy will cost the owner of a median home about "
             "$48 a year.",
         ), ("funding",)),
    Work(LEDGER, "/2025/11/18/library-cards-unlock-linkedin-learning/", "article", 0,
         "Library cards now unlock LinkedIn Learning in three more states", "Evan Cho", "2025-11-18", (
             "Cardholders in three more states can now use LinkedIn Learning's video courses for free through "
             "statewide contracts announced this week, bringing the total to eleven.",
             "The courses cover software, business skills and creative tools. Patrons log in with their library card "
             "number rather than a LinkedIn account, which addresses privacy concerns librarians raised when the "
             "service first required a profile.",
             "State libraries say usage peaks in January and among job seekers. Contract prices were not disclosed.",
         ), ("technology", "databases")),
    Work(LEDGER, "/2025/10/02/state-librarian-retires/", "article", 1,
         "State librarian Helen Osei retires after 14 years", "Marisol Reyes", "2025-10-02", (
             "Helen Osei, who led the state library through two recessions and a pandemic, retired Friday after 14 "
             "years as state librarian.",
             "Osei is credited with building the statewide e-book consortium and the courier system that now moves a "
             "million items a year among 300 libraries. Colleagues also mention her habit of answering every "
             "question posted to the state's library directors' email list, often late at night, which several "
             "younger directors called their first real mentoring.",
             "Her deputy, Samuel Achebe, will serve as acting state librarian while the board conducts a search.",
         ), ("people",)),
]
_WORKS += [
    # --- the retired cataloguer -------------------------------------------------------------------------------------
    Work(STACKS, "/2025/11/my-mentee-is-on-mastodon-now.html", "post", 2,
         "My mentee is on Mastodon now", "Ruth Ellison", "2025-11-09", (
             "Busy week. The furnace man came Tuesday and took most of the day, and the grandchildren were here for "
             "the long weekend, so the garden beds are only half put to bed. The garlic is in, at least.",
             "But the real news: Anna, who I supervised for six years before I retired and who I still think of as "
             "my mentee though she would roll her eyes at the word, has talked me onto Mastodon. She says all the "
             "cataloguers left the bird site and she wants me there \"to answer the hard authority questions, since "
             "you're bored anyway.\" Cheeky.",
             "I have to say it is rather nice. There is a hashtag for cataloguing and people ask genuinely good "
             "questions. Yesterday a young woman in a small college asked how to handle a corporate body that changed "
             "its name three times, and I wrote her a long answer, and Anna boosted it, and a man in New Zealand "
             "thanked me. Forty years I did this work and I never had a man in New Zealand thank me.",
             "I don't know how much I will keep it up. But it is a good feeling, being useful to the young ones "
             "again, and from my own kitchen table.",
         ), ("mentoring", "retirement")),
    Work(STACKS, "/2025/10/tomatoes-are-done.html", "post", 0,
         "The tomatoes are done", "Ruth Ellison", "2025-10-12", (
             "Pulled the last of the tomato plants today. Forty-one jars of sauce this year, which is a record, and "
             "the green ones are ripening on newspaper in the cellar.",
             "Next year I am trying the paste variety my neighbour swears by, and fewer cherry tomatoes; I cannot "
             "give them away fast enough. The squirrels had the rest.",
         ), ("garden",)),
    Work(STACKS, "/2025/09/listservs-were-our-twitter.html", "post", 3,
         "The listservs were our Twitter", "Ruth Ellison", "2025-09-21", (
             "A young reader (hello, Anna's friend Marcus) asked me in the comments last month how we learned our "
             "trade before there was social media. The short answer is: the same way, only slower, and mostly on "
             "email lists.",
             "When I started in technical services in 1985 there was no one in my building who knew anything about "
             "serials cataloguing. I learned from the manuals, from a workshop every other year if the budget "
             "allowed, and from a woman named Bernice at the state university who answered the phone. Bernice was "
             "my first mentor, though neither of us would have used that word. She never met me in person until "
             "1991.",
             "Then came the lists. AUTOCAT, and later the serials list, and a regional one for us small libraries. "
             "You have to understand what a revelation it was. You could type a question at nine in the morning and "
             "by lunch three people who had seen the same problem would have answered, and you could read everyone "
             "else's questions too. I learned more reading other people's questions than asking my own.",
             "There were regulars, of course, the same twenty names answering everything, and we all knew who they "
             "were. Some were kind and some were sharp with beginners. I tried to be one of the kind ones once I had "
             "enough years in. Several of the people I answered there later wrote to me privately, and a few of "
             "those letters became friendships that lasted the rest of my career. That was mentoring too, though we "
             "called it \"being on the list.\"",
             "So when the young people tell me about their chats and their servers, I am not surprised at all. It is "
             "the same thing. The important part was never the technology. It was that someone more experienced "
             "was willing to take the time, in public, where the next person could learn from it too.",
             "Marcus, if you are reading: find your Bernice. And then, in twenty years, be somebody's.",
         ), ("mentoring", "memories")),
    Work(STACKS, "/2025/08/library-school-reunion.html", "post", 1,
         "Forty years on: the class of '85", "Ruth Ellison", "2025-08-17", (
             "Our library school class had its fortieth reunion last weekend, in the same dreadful lecture hall, "
             "which has not been renovated since we left it.",
             "Eleven of us came, out of thirty-two. Two are still working, which I find astonishing. Margaret ran a "
             "county system for twenty years; Phil went into the software business and made more money than the "
             "rest of us combined, and paid for the dinner, bless him.",
             "We talked about who is gone and about our knees. Someone set up a group chat so we can keep in touch, "
             "and within a day it had turned into the old cataloguers giving each other advice about genealogy "
             "databases, which tells you everything about us.",
             "I drove home through the hills and was home by dark.",
         ), ("memories",)),
    Work(STACKS, "/2025/07/book-club-on-zoom.html", "post", 0,
         "Book club goes online", "Ruth Ellison", "2025-07-06", (
             "Our retirees' book club has moved to Zoom for the summer, since half the members are away at their "
             "children's or the lake.",
             "It works better than I expected. Gladys's camera points at her ceiling and we have learned to live "
             "with it. This month we read a novel about a lighthouse keeper, which divided the room: I thought it "
             "was beautiful and Harold said nothing happens in it. Both true.",
             "Next month is a mystery, at Harold's insistence.",
         ), ("books",)),
    # --- the scholar ---------------------------------------------------------------------------------------------
    Work(KAUR, "/posts/weak-ties-and-professional-learning/", "article", 3,
         "Weak ties, strong help: what we learned from five years of librarians' online learning networks",
         "Amrit Kaur", "2026-01-08", (
             "This is a long post. It is an informal summary of a project my students and I have been running since "
             "2021 on how librarians and archivists use online networks to learn from each other and to find and "
             "give mentoring. The formal papers are slower to appear than I would like, and several people have "
             "asked for the short version, so here is the long short version.",
             "We started with a simple question: when a library worker has a professional problem they cannot solve "
             "alone, where do they go? Earlier studies, mostly from before 2015, found that the answer was usually a "
             "colleague in the same building, then a former classmate, then an email list. We wanted to know what "
             "had changed with a decade of hashtag chats, the arrival of Slack and Discord in professional life, and "
             "the fragmentation of the big platforms after 2022.",
             "Over five years we surveyed 1,140 library and archives workers in three rounds, interviewed 62 of them "
             "at length, and, with permission, followed the public activity of two hashtag communities and the "
             "archives of three long-running mailing lists. We also ran a small diary study in which 18 early-career "
             "librarians logged every instance of asking for or receiving professional advice for eight weeks.",
             "The first finding will surprise no one who has spent time in these spaces: the personal learning "
             "network of a typical librarian is now mostly online and mostly made of weak ties. In the last survey "
             "round, 71 percent of respondents said that the most useful advice they had received in the previous "
             "year came from someone they had never worked with. Half of those said it came from someone they had "
             "never met in person. In the diary study, early-career participants asked strangers for help more often "
             "than they asked their own supervisors, though they asked supervisors about higher-stakes matters.",
             "The second finding is about where. The big public platforms mattered most in the first round. By the "
             "third, respondents described a layered arrangement: public feeds on Bluesky, Mastodon or LinkedIn for "
             "keeping up and for discovering people; semi-private communities on Discord or Slack for asking "
             "questions; and direct messages, video calls or email for the conversations they would call mentoring. "
             "Several interviewees described a path through these layers, in which a public reply led to a follow, a "
             "follow to an invitation into a community, and the community to a one-to-one relationship that lasted "
             "years.",
             "One interviewee, an archivist in a one-person shop, put it this way: \"I met my mentor in a thread about "
             "mold. By the end of the year she was reading my grant applications.\" That trajectory, from a shared "
             "technical problem to a broader developmental relationship, appeared in 23 of our 62 interviews.",
             "Third, mailing lists are not dead. They are less visible, and fewer newcomers join them, but the people "
             "who use them value them highly, and the list archives function as a kind of collective memory that "
             "chat platforms lack. In our archival sample, about a third of questions on the cataloguing lists were "
             "answered by someone who identified as retired. Retirees are an underestimated resource in the "
             "profession's informal mentoring, and they are overwhelmingly on the older platforms.",
             "Fourth, and more troubling, the move to semi-private spaces has costs. Respondents from rural "
             "libraries, from small archives and from racialized groups were less likely to report belonging to a "
             "closed community, and those who did not belong were more likely to say they had no one to ask. Closed "
             "spaces are safer, and many of our interviewees had good reasons to leave public platforms, but "
             "invitation-based networks reproduce the inequalities of the networks they replaced. Several "
             "associations have started to publish directories of open communities; we think this is one of the "
             "most useful cheap interventions available.",
             "Fifth, the difference between mentoring and peer support is blurrier online than in the formal "
             "literature. Our diary participants rarely used the word mentor, but they described repeated, "
             "developmental exchanges with more experienced people who took an interest in their careers, which is "
             "what the literature means by it. Group mentoring in particular, in which one or two experienced people "
             "answer many newcomers in a shared channel, seems to be the characteristic form of online mentoring in "
             "our field. It is efficient, and it lets bystanders learn, but newcomers told us it can be hard to turn "
             "group advice into a relationship.",
             "What should associations, employers and library schools take from this? Three things, tentatively. "
             "First, count informal online learning as professional development: several interviewees spent hours a "
             "week in these communities and could not claim any of it. Second, support the volunteers, often "
             "mid-career people, who carry the load of answering questions; they burn out. Third, teach students how "
             "to build a learning network deliberately, rather than assuming they will stumble into one.",
             "There are limits. Our samples are self-selected and skew toward people who are already active online, "
             "which surely inflates some numbers. We studied English-language communities only. And the platforms "
             "have changed faster than our survey instrument did.",
             "The first paper, on the diary study, is under review; the survey paper should be out this spring. If "
             "you are a community moderator and want to talk about any of this, my contact details are on the "
             "contact page. Thank you to everyone who took part, and to my students, who did most of the work.",
         ), ("research", "mentoring", "networks")),
    Work(KAUR, "/posts/collecting-hashtag-chats-as-data/", "article", 2,
         "Notes on collecting hashtag chats as research data", "Amrit Kaur", "2025-10-20", (
             "A methods note, mostly for my students. We have been collecting the public posts of two library "
             "hashtag chats for a study of how librarians learn from each other online, and the practicalities are "
             "worth writing down.",
             "The chats matter to us because they are where a lot of informal professional learning happens in the "
             "open: a moderator posts a question every ten minutes, participants answer and reply to each other, and "
             "newcomers often end the hour following a dozen experienced colleagues they had never heard of. The "
             "structure of questions and answers lets us see who advises whom.",
             "Collection is the hard part. The platform APIs change, so we now archive each chat the same evening "
             "with a small script and store the raw JSON alongside a flattened CSV. We keep only public posts with "
             "the chat's hashtag, and we drop any account that asks us to.",
             "Ethics review took three months. Our board required us to paraphrase rather than quote posts in "
             "publications, which I think is right for small communities where a quote can be searched.",
             "The scripts are in the lab's repository. Questions welcome.",
         ), ("methods", "research")),
    Work(KAUR, "/posts/teaching-information-retrieval-2026/", "article", 0,
         "Teaching information retrieval in 2026", "Amrit Kaur", "2025-12-02", (
             "I am redesigning my information retrieval course for the spring, and the question I keep coming back "
             "to is how much of the classic material still earns its place.",
             "Boolean retrieval and the vector space model stay: students need them to understand why search behaves "
             "as it does. Evaluation stays, with more on test collections and less on formulas. I am cutting two "
             "weeks of probabilistic models to make room for neural ranking and retrieval-augmented generation, "
             "taught critically, with a lab where students measure a system's errors rather than admire its "
             "fluency.",
             "The final project will be a small evaluation of a real search system of the students' choosing.",
         ), ("teaching",)),
    Work(KAUR, "/posts/spring-reading-list/", "article", 1,
         "What I'm reading this spring", "Amrit Kaur", "2025-04-14", (
             "A short list of what is on my desk. A new history of the card catalogue, which is better than it has "
             "any right to be. Two papers on relevance feedback that I disagree with in interesting ways.",
             "A dissertation from a colleague abroad on how early-career archivists use online communities to find "
             "mentors, which I am examining and cannot say more about yet.",
             "And, for pleasure, a very long novel about a family of clockmakers.",
         ), ("reading",)),
    Work(KAUR, "/posts/network-analysis-of-citation-graphs/", "article", 0,
         "A small network analysis of our field's citation graph", "Amrit Kaur", "2025-06-30", (
             "Out of curiosity I built the citation network of ten years of papers in four library and information "
             "science journals, about 3,800 nodes and 41,000 edges, and ran the usual community detection on it.",
             "The result is a field in clusters that barely cite each other: information retrieval, bibliometrics, "
             "information behaviour, and a large practice-oriented cluster. Betweenness centrality picks out a "
             "handful of review articles as the bridges. Nothing shocking, but the picture is striking.",
             "Code and data are linked below; the graph is a useful teaching set for network analysis.",
         ), ("bibliometrics",)),
]
_WORKS += [
    # --- the student ---------------------------------------------------------------------------------------------
    Work(MLIS, "/2026-02-14-how-i-found-a-mentor-without-asking/", "post", 3,
         "How I found a mentor without ever asking someone to be my mentor", "Sofia Delgado", "2026-02-14", (
             "Everyone in library school tells you to find a mentor. Nobody tells you how. The formal program at my "
             "school had a waiting list, and the idea of emailing a stranger to say \"will you be my mentor?\" made me "
             "want to crawl under my desk.",
             "So here is what actually happened, in case it helps anyone else in my cohort.",
             "Last fall I started following a bunch of academic librarians on Bluesky because a professor put a "
             "starter pack in our syllabus. Mostly I lurked. Then one of them, a research data librarian at a big "
             "university, posted a question about how people teach data management to undergrads, and I replied "
             "with something from our class. She replied back. We went back and forth a few times.",
             "A couple of weeks later I saw she was speaking in a webinar, so I went, and asked a question in the "
             "chat, and mentioned I was the student from the thread. Afterwards she sent me a DM saying to reach out "
             "if I ever wanted to talk about data librarianship. I did. We have now had four video calls. She read "
             "my cover letter for a practicum. She introduced me to two people in her department.",
             "At no point did either of us say the word mentor. But that's what she is.",
             "What I'd tell other students: follow people whose work you'd like to do, reply when you have something "
             "real to add, show up to their webinars, and when someone offers, say yes. And then pay attention to "
             "how they do it, because someday a student is going to reply to you.",
         ), ("mentoring", "career")),
    Work(MLIS, "/2026-01-20-my-pln-after-one-semester/", "post", 3,
         "My PLN after one semester", "Sofia Delgado", "2026-01-20", (
             "Our Foundations professor made us write a reflection on our \"personal learning network\" at the end of "
             "the semester, and I liked how mine turned out, so here it is, lightly edited.",
             "In September my PLN was my cohort group chat and a couple of newsletters. Now it is: about 150 library "
             "people I follow on Bluesky and a few on Mastodon; the student Discord for my program, where the second "
             "years answer our panicked questions about practicums; the regional association's Slack, where I lurk "
             "in #ask-a-mentor and have learned more about job hunting than in any class; one email list for "
             "instruction librarians; and two podcasts I listen to while commuting.",
             "The biggest surprise was how generous people are. I asked a question in the association Slack about "
             "whether to take a paraprofessional job during school, and got six thoughtful answers from working "
             "librarians, two of whom disagreed with each other, which was the most useful part.",
             "Goal for next semester: stop lurking and contribute something, even if it's small.",
         ), ("PLN", "reflection")),
    Work(MLIS, "/2025-12-10-cataloging-final-project/", "post", 0,
         "Surviving the cataloging final project", "Sofia Delgado", "2025-12-10", (
             "It's done. Twenty original records for items from the special collections backlog, including a "
             "nineteenth-century seed catalogue that nearly broke me.",
             "Things I learned: RDA is less scary once you've actually used it; subject headings are an act of "
             "interpretation; and you should never leave the 300 field until last. My partner and I split the items "
             "by format, which worked well.",
             "Now sleeping for a week.",
         ), ("coursework",)),
    Work(MLIS, "/2025-11-03-practicum-week-one/", "post", 1,
         "Practicum, week one", "Sofia Delgado", "2025-11-03", (
             "First week of my practicum at the university archives! I spent most of it rehousing a collection of "
             "faculty papers into acid-free folders and learning the finding aid software.",
             "My supervisor is great: she walks me through everything and let me sit in on a reference appointment "
             "with a historian. She also added me to the state archivists' Slack so I can see what people talk about.",
             "Next week I start processing a small collection on my own. Terrified, in a good way.",
         ), ("practicum",)),
    Work(MLIS, "/2025-10-15-conference-on-a-budget/", "post", 2,
         "Going to a conference on a student budget (virtually)", "Sofia Delgado", "2025-10-15", (
             "I couldn't afford to travel to the state conference this year, but the student rate for the virtual "
             "pass was twenty dollars, so I did that instead. Some notes.",
             "The sessions themselves were fine: a good one on open educational resources, a so-so one on library "
             "marketing, and a great one on accessibility audits for library websites that I'll be stealing ideas "
             "from.",
             "The surprise was the chat. Virtual attendees had a side chat that turned into its own thing: people "
             "answering each other's questions during sessions, sharing links, and a thread where experienced "
             "librarians offered to do fifteen-minute resume reviews for students. I signed up and got genuinely "
             "useful feedback from a hiring manager. Two people from the chat connected with me on LinkedIn after.",
             "Would I pay for in-person next year? Maybe. But the virtual version gave me more networking than I "
             "expected.",
         ), ("conferences",)),
]
_WORKS += [
    # --- the archivists' forum (each paragraph a post, ``voices`` its poster) ----------------------------------------
    Work(BOARDS, "/showthread.php?tid=412", "post", 3,
         "Anyone else doing mentoring over Discord?", "pinecone_archivist", "2026-02-03", (
             "Our regional archivists' group started a Discord last year and I've ended up informally mentoring three "
             "people there who are newer to the field. Mostly DMs about processing decisions, sometimes job stuff. "
             "Anyone else doing this? How do you keep it from eating your evenings?",
             "Yes, same. I set \"office hours\" - Tuesday evenings I'm in the voice channel for an hour and anyone "
             "can drop in. Outside that I answer when I can. Made a huge difference for my sanity.",
             "I'm one of the mentees in this situation (in a different server) and honestly the group channel is "
             "better than DMs for most things because the answer helps everyone. DMs for the awkward stuff like "
             "salary.",
             "Seconding the group channel. We made a #mentoring channel with three volunteers who take turns. "
             "Newer folks ask, whoever's around answers, and the volunteers check in monthly by video with anyone who "
             "wants more.",
             "This is helpful, thank you. Stealing the office hours idea.",
         ), ("mentoring",), ("pinecone_archivist", "mgreer", "lonearranger_ok", "dustjacket", "pinecone_archivist")),
    Work(BOARDS, "/showthread.php?tid=415", "post", 3,
         "Lone arrangers: where do you go for advice?", "lonearranger_ok", "2026-01-11", (
             "I'm the only archivist at a small college and there's no one here to ask when I'm stuck. My director "
             "is great but she's a librarian and doesn't know appraisal. Where do other lone arrangers get advice "
             "and, for lack of a better word, mentoring?",
             "The lone arrangers email list is old-fashioned but the people on it are incredibly generous. Search the "
             "archive before you ask - half of what you'll wonder about has been asked before.",
             "I found a mentor through the national association's program, but honestly most of my day-to-day "
             "learning is on Mastodon. There's an archives hashtag and people answer fast.",
             "Also: this forum! Ask here. Some of us have been around a long time.",
             "Thank you all. Joined the list and posted my first question on Mastodon already.",
         ), ("lone arrangers",), ("lonearranger_ok", "mgreer", "dustjacket", "oldhand_1979", "lonearranger_ok")),
    Work(BOARDS, "/showthread.php?tid=418", "post", 2,
         "Formal mentoring program - worth applying?", "newbie_in_nj", "2025-12-01", (
             "The association's mentoring program is taking applications. Mentor is assigned, a year of monthly "
             "calls. Worth it? Or is it better to just find people on your own?",
             "Did it two years ago. Depends entirely on the match. Mine was great and we still talk.",
             "Mine ghosted after two calls. I got more from the program's Slack channel for mentees than from the "
             "mentor, weirdly - the cohort became a peer group.",
             "Apply. Worst case you get the cohort. Also, totally unrelated, but does anyone know if the program "
             "covers conference registration? I heard it used to.",
             "It stopped covering registration in 2023, sadly.",
         ), ("mentoring",), ("newbie_in_nj", "mgreer", "dustjacket", "pinecone_archivist", "oldhand_1979")),
    Work(BOARDS, "/showthread.php?tid=420", "post", 0,
         "Best enclosures for glass plate negatives?", "dustjacket", "2025-11-20", (
             "We just took in about 300 glass plate negatives, some cracked. What are people using for enclosures? "
             "Four-flap or sleeves?",
             "Four-flap enclosures in buffered paper, stored on edge in boxes rated for the weight. Cracked ones get "
             "a sink mat.",
             "Agree on four-flap. And label the boxes HEAVY, seriously.",
         ), ("preservation",), ("dustjacket", "oldhand_1979", "mgreer")),
    Work(BOARDS, "/showthread.php?tid=423", "post", 1,
         "Job posting: Digital Archivist (remote)", "mgreer", "2025-11-14", (
             "Posting for a friend's institution. Digital Archivist, fully remote, two-year grant position with "
             "possible extension. Work includes ingesting born-digital collections, writing processing documentation "
             "and supporting a preservation system migration.",
             "Salary range is listed in the posting. The team is small and friendly; new staff are paired with a "
             "senior colleague for their first six months and the team's Slack is very active. Applications close "
             "December 15.",
         ), ("jobs",), ("mgreer", "mgreer")),
    Work(BOARDS, "/showthread.php?tid=425", "post", 1,
         "Moving our mailing list off LISTSERV", "oldhand_1979", "2025-10-30", (
             "Our section's mailing list has run on the university's LISTSERV since 1997 and the university is "
             "retiring it. We need to move about 1,400 subscribers and ideally the archives. Options?",
             "We moved ours to Groups.io last year. Import was painless; the archives needed a script but it "
             "worked. Bounces were the biggest headache.",
             "Whatever you pick, keep the archives public. Half the field learned the job by reading that list.",
             "Noted. Looks like Groups.io it is. Will post how it goes.",
         ), ("mailing lists",), ("oldhand_1979", "pinecone_archivist", "dustjacket", "oldhand_1979")),
    # --- the fediverse instance (short posts) --------------------------------------------------------------------
    Work(HALL, "/@wren/statuses/01JKQ3V8TZ5M4C2XH7RB9N6D1E", "post", 3,
         "#LibMentor chat tonight", "Wren Abernathy", "2026-02-10", (
             "Reminder: #LibMentor chat tonight at 8 ET. Topic: how do you ask someone to mentor you without it being "
             "weird? Early-career folks, bring your questions; experienced folks, bring your stories of being asked. "
             "Follow the tag and reply to the prompts. Boosts appreciated!",
         ), ("LibMentor",)),
    Work(HALL, "/@wren/statuses/01JKP0C4Y1H8W3S9QF2A7G5R0T", "post", 3,
         "Lunch DMs", "Wren Abernathy", "2026-02-06", (
             "Spent my lunch answering DMs from three new grads about their first job offers. This is my favourite "
             "part of being on here: someone asked me these things fifteen years ago on a listserv and I've never "
             "forgotten it. If you're new and stuck, my DMs are open. Negotiate the salary.",
         ), ("mentoring",)),
    Work(HALL, "/@tomasz/statuses/01JKM7D2R6F0B9X4NV8P3E1K5C", "post", 0,
         "Archive cat", "Tomasz Wójcik", "2026-02-04", (
             "The archive cat has claimed the new acid-free boxes. Processing is suspended until further notice. "
             "#ArchiveCats",
         ), ("ArchiveCats",)),
    Work(HALL, "/@tomasz/statuses/01JKH2N9B5T7Q1Z3MC6W8Y4V0S", "post", 2,
         "Back from the conference", "Tomasz Wójcik", "2026-01-28", (
             "Back from the digital preservation conference. The fixity session was excellent and the hotel coffee "
             "was not. But the real takeaway: half the people I wanted to meet I already knew from here. We picked "
             "up conversations that started in #DigiPres threads months ago, and two of them have offered to review "
             "my migration plan. The fediverse has quietly become my professional development budget.",
         ), ("DigiPres",)),
    Work(HALL, "/@wren/statuses/01JKF6A3X8K2P5R9DT0M7H1N4B", "post", 0,
         "Instance maintenance", "Wren Abernathy", "2026-01-25", (
             "Admin note: glamhall will be down for about 30 minutes on Sunday at 06:00 UTC for an upgrade and a "
             "database migration. Posts scheduled for that window will go out afterwards. Thanks for your patience.",
         ), ("admin",)),
    Work(HALL, "/@tomasz/statuses/01JKC1T5M9V3H7B2QX4R8N6F0Y", "post", 1,
         "Finding aid is live", "Tomasz Wójcik", "2026-01-20", (
             "The finding aid for the Kowalczyk family papers is finally live: 42 boxes, 1890-1975, with a lot of "
             "Polish-language correspondence. Thanks to the folks here who answered my EAD encoding questions last "
             "month, you saved me a week.",
         ), ("archives",)),
]
_DISTANCE = (
    "Mentoring has long been promoted as a means of professional development for academic librarians, but most "
    "research concerns formal, face-to-face programs within a single institution. This study examines how "
    "early-career academic librarians in North America and the United Kingdom find and sustain mentoring "
    "relationships through social media and online communities. Semi-structured interviews with 31 librarians "
    "within five years of their first professional post, and a content analysis of 420 advice-seeking posts "
    "in two public hashtag communities and one Slack workspace, show that online mentoring is typically "
    "initiated through public professional exchange, develops in semi-private channels, and is sustained "
    "through video calls and direct messages. Participants valued the access online networks gave them to "
    "experienced colleagues beyond their institutions, particularly in specialties absent from their own "
    "libraries. They also reported difficulty converting group advice into lasting relationships, and a "
    "reluctance to name online relationships as mentoring. We propose a model of networked mentoring in three "
    "stages and discuss implications for professional associations and library managers.",
    "Introduction. Mentoring in academic librarianship has usually been studied as a formal program: an "
    "institution or association matches a new librarian with an experienced colleague, sets expectations, and "
    "evaluates the outcome. Yet librarians increasingly describe learning their profession from people they have "
    "met online, through hashtag chats, professional communities on Slack and Discord, mailing lists and "
    "networks such as LinkedIn, Mastodon and Bluesky. This study asks how early-career librarians use these "
    "networks to find mentors and to be mentored, and how online relationships compare with the formal model.",
    "Method. We interviewed 31 librarians who had held a professional post for less than five years, recruited "
    "through association lists and social media, and coded 420 public or consented posts asking for "
    "professional advice. Interviews asked participants to describe the people they turned to for career "
    "advice and how each relationship began.",
    "Findings. Three stages recurred. In the first, exchange, a participant and an experienced colleague "
    "interacted publicly around a shared problem, often in a hashtag chat or a reply thread. In the second, "
    "invitation, the more experienced person offered further help or drew the participant into a smaller "
    "community. In the third, relationship, the pair moved to private channels and the conversation widened "
    "from the original problem to career decisions, job applications and workplace difficulties. Twenty-two "
    "participants described at least one relationship that reached the third stage; only nine called it "
    "mentoring without prompting.",
    "Group mentoring was common. In the Slack workspace studied, a channel staffed by volunteer mentors "
    "answered 188 questions in a year, and participants valued it for letting them learn from others' "
    "questions. Participants in specialties such as data services and scholarly communication, often the only "
    "such specialist in their library, relied on online networks most.",
    "Discussion. Online networks extend mentoring beyond the boundaries of the institution, but they depend on "
    "newcomers' willingness to participate in public and on the unpaid labour of experienced volunteers. "
    "Associations can support networked mentoring by recognising informal online mentoring as professional "
    "service, by maintaining open directories of communities, and by training volunteer mentors in group "
    "settings.",
)

_WORKS += [
    # --- the journal ------------------------------------------------------------------------------------------------
    Work(JOURNAL, "/doi/full/10.1080/24750158.2026.2210431", "journal-article", 3,
         "Mentoring at a distance: how early-career academic librarians find mentors through online networks",
         "Chidi Okafor; Lena Hartmann", "2026-03-02", _DISTANCE, ("mentoring", "social media", "early-career librarians")),
    Work(JOURNAL, "/doi/pdf/10.1080/24750158.2026.2210431", "document", 3,
         "Mentoring at a distance: how early-career academic librarians find mentors through online networks",
         "Chidi Okafor; Lena Hartmann", "2026-03-02", _DISTANCE, ("mentoring", "social media", "early-career librarians")),
    Work(JOURNAL, "/doi/full/10.1080/24750158.2026.2210477", "journal-article", 2,
         "What cataloguers ask each other: a decade of questions on a professional discussion list",
         "Ingrid Solberg", "2026-03-02", (
             "Professional discussion lists remain an important channel of informal learning for cataloguers. This "
             "article analyses a random sample of 1,000 threads posted between 2014 and 2024 to a large "
             "international cataloguing list, classifying questions by topic and answers by the respondents' "
             "self-described role.",
             "Questions about RDA instructions and authority control dominated throughout, while questions about "
             "linked data and BIBFRAME grew steadily after 2019. Most questions received an answer within a day.",
             "A small core of experienced respondents, several retired, supplied a large share of answers, and "
             "newcomers who asked questions frequently went on to answer them in later years. We interpret the list "
             "as a site of distributed, public mentoring, in which experienced cataloguers teach the wider community "
             "by answering individual questions in the open.",
             "The second half of the article turns to what the questions reveal about cataloguing practice: the "
             "persistence of local workarounds for vendor records, the uneven adoption of new standards across "
             "library types, and the growing share of questions about non-book formats such as streaming media and "
             "datasets.",
             "We conclude with recommendations for standards bodies on documentation gaps the list exposes.",
         ), ("cataloguing", "discussion lists")),
    Work(JOURNAL, "/doi/full/10.1080/24750158.2026.2210502", "journal-article", 0,
         "Patron privacy in public library social media marketing",
         "Grace Mbeki; Tom Lindqvist", "2026-03-02", (
             "Public libraries increasingly use social media to promote programs and services, often featuring "
             "photographs of patrons and accounts of their use of the library. This article examines the privacy "
             "practices of 60 public libraries' accounts on Instagram, Facebook and TikTok.",
             "We found that 38 libraries posted identifiable photographs of children without a documented consent "
             "process, and that few had written policies on tagging patrons or responding to comments that reveal "
             "reading habits.",
             "We propose a model social media policy grounded in library privacy ethics and discuss tensions "
             "between engagement metrics and confidentiality.",
         ), ("privacy", "marketing")),
    Work(JOURNAL, "/doi/full/10.1080/24750158.2026.2210519", "journal-article", 1,
         "Onboarding new staff in academic libraries: a survey of practice",
         "Rahul Menon", "2026-03-02", (
             "Effective onboarding shapes new employees' satisfaction and retention, yet academic libraries rarely "
             "evaluate their onboarding practices. A survey of 212 academic libraries asked which onboarding "
             "activities they offer and how they assess them.",
             "Most libraries offered orientation to policies and systems, a tour and introductions to key "
             "colleagues. Fewer than a third had a structured first-year plan. Some respondents mentioned assigning "
             "an informal buddy or pointing new staff to online professional communities, but these were rarely "
             "part of a formal process.",
             "We recommend structured onboarding with defined milestones and periodic check-ins, and we offer a "
             "checklist adapted from human resources practice.",
         ), ("onboarding", "management")),
    Work(JOURNAL, "/doi/full/10.1080/24750158.2026.2210533", "journal-article", 2,
         "Book review: The Connected Professional: Learning Networks for Library Workers",
         "Beatriz Santos", "2026-03-02", (
             "The Connected Professional: Learning Networks for Library Workers, edited by M. Albright. Chicago: "
             "Lakeshore Press, 2025. 214 pp. ISBN 978-0-00-000000-0.",
             "This edited volume sets out to guide library workers in building personal learning networks online. "
             "Its strongest chapters are practical: one on running a hashtag chat sustainably, one on moderating a "
             "Discord community for school librarians, and one on using LinkedIn to find mentors outside one's "
             "specialty.",
             "The volume is weaker on evidence. Several chapters generalise from the authors' own experience, and the "
             "chapter on mailing lists reads as nostalgia rather than analysis. The editor's introduction also "
             "spends too long on the history of the web.",
             "Still, for library school instructors looking for readings on professional networking, the practical "
             "chapters are worth assigning.",
         ), ("book review",)),
    # --- the course ---------------------------------------------------------------------------------------------------
    Work(LEARN, "/mod/page/view.php?id=220", "article", 3,
         "Week 3: Building your professional learning network", "Dr. Helen Park", "2026-01-26", (
             "This week we look at how information professionals keep learning after library school, and in "
             "particular at the personal learning networks (PLNs) they build online.",
             "A PLN is the set of people, communities and sources you learn from. For most librarians today it "
             "includes social media accounts followed on Bluesky, Mastodon or LinkedIn; one or more communities on "
             "Slack or Discord; discussion lists; blogs and newsletters; and webinars. It also includes mentors, "
             "formal and informal, and the peers you learn alongside.",
             "Readings: Okafor and Hartmann (2026) on online mentoring among early-career academic librarians; the "
             "chapter on hashtag chats from The Connected Professional; and the peer mentoring guide in this week's "
             "resources.",
             "Activity: Map your current PLN as a diagram. Then identify one community and one experienced "
             "professional you would like to learn from, and take one concrete step to connect: join the community, "
             "attend a chat, or reply to a post. Post your map and a short reflection in the forum by Sunday, and "
             "comment on two classmates' maps.",
             "Optional: join this week's #LibMentor chat and report back on what you noticed about how advice is "
             "given and received.",
         ), ("week 3",)),
    Work(LEARN, "/mod/page/view.php?id=221", "article", 0,
         "Week 4: Metadata standards overview", "Dr. Helen Park", "2026-02-02", (
             "This week introduces the metadata standards you will meet most often: MARC 21, Dublin Core, MODS and "
             "BIBFRAME, and the content standard RDA.",
             "Readings: the chapters on descriptive metadata in the course text, and the Library of Congress "
             "overview of BIBFRAME.",
             "Activity: describe the same item in MARC and in Dublin Core, then post a comparison of what each "
             "captured and lost.",
         ), ("week 4",)),
    Work(LEARN, "/pluginfile.php/530/mod_resource/content/1/peer-mentoring-guide.pdf", "document", 2,
         "Peer Mentoring Guide for MLIS Students", "School of Information Studies", "2025-08-20", (
             "Peer Mentoring Guide for MLIS Students. School of Information Studies, 2025-26 edition.",
             "The peer mentoring program pairs each first-year student with a second-year student in a similar "
             "concentration. Peer mentors help with course selection, practicum searches and the transition to "
             "graduate study.",
             "Meeting: pairs should meet at least twice a semester, in person or by video. Many pairs also stay in "
             "touch through the student Discord server, which has channels for each concentration and a channel "
             "where alumni answer questions about the job market.",
             "Going further: we encourage students to extend their networks beyond the program by following "
             "professionals on social media, joining association Slack workspaces and attending webinars. Your peer "
             "mentor can suggest communities in your area of interest.",
             "Expectations: mentors respond to messages within a week and keep conversations confidential. Program "
             "contacts, forms for reporting concerns and the calendar of orientation events are at the end of this "
             "guide.",
             "Calendar: orientation in August; mid-semester check-in survey in October; end-of-year gathering in "
             "April.",
         ), ("guide",)),
    # --- the podcast (show notes) -------------------------------------------------------------------------------------
    Work(CAST, "/episodes/ep-41-mentoring-in-the-open", "post", 3,
         "Ep. 41: Mentoring in the Open", "Shelfwise", "2026-02-24", (
             "This episode is all about mentoring that happens in public. Our guest, archivist and Mastodon "
             "regular Wren Abernathy, runs the #LibMentor chat and has been answering early-career library "
             "workers' questions online for more than a decade.",
             "We talk about how she got her start on an email list, why she keeps her DMs open, how group chats "
             "compare with one-to-one mentoring, and what experienced librarians owe the people coming up behind "
             "them. Plus: her tips for asking for advice from someone you only know from their posts.",
             "Links: the #LibMentor chat schedule; the regional association's Ask-a-Mentor Hour on LinkedIn Live; "
             "Okafor and Hartmann's article on online mentoring.",
         ), ("mentoring",)),
    Work(CAST, "/episodes/ep-40-migrating-your-ils", "post", 0,
         "Ep. 40: Migrating Your ILS Without Losing Your Mind", "Shelfwise", "2026-02-10", (
             "Two systems librarians who survived ILS migrations last year share what they wish they had known: "
             "cleaning data before, not after; testing patron notices; and budgeting staff time for the weeks after "
             "go-live.",
             "Shelfwise customers can find the migration checklist mentioned in the episode in the support portal.",
         ), ("systems",)),
    Work(CAST, "/episodes/ep-39-career-changers", "post", 2,
         "Ep. 39: Career Changers", "Shelfwise", "2026-01-27", (
             "Three guests who came to libraries from teaching, software and nursing talk about changing careers "
             "mid-life.",
             "A big part of the conversation is how they learned the field without the usual networks: one found "
             "her first mentor through LinkedIn after messaging a librarian whose posts she admired; another "
             "credits a Discord server for technical services staff with teaching her more than her first job did; "
             "the third joined a mailing list and read its archives every night for a month.",
             "We also cover credentials, salary and what each of them misses about their old jobs.",
         ), ("careers",)),
    Work(CAST, "/episodes/ep-38-ai-at-the-reference-desk", "post", 1,
         "Ep. 38: AI at the Reference Desk", "Shelfwise", "2026-01-13", (
             "What happens when patrons bring chatbot answers to the reference desk? Two reference librarians talk "
             "about citations that don't exist, teaching verification, and when an AI tool actually helps.",
             "One guest mentions that she learned most of her approach from colleagues in an online community of "
             "reference librarians, who share examples every week.",
         ), ("reference", "AI")),
    Work(CAST, "/episodes/ep-37-conference-season", "post", 1,
         "Ep. 37: Conference Season Survival Guide", "Shelfwise", "2025-12-16", (
             "Our annual conference season episode: packing lists, picking sessions, the art of the exhibit hall, "
             "and how to rest.",
             "Our producer's tip: introduce yourself online before the conference to people you want to meet, so "
             "the hallway conversation isn't cold.",
             "See you at the Shelfwise booth!",
         ), ("conferences",)),
]

WORKS: dict[str, Work] = {w.host + w.path: w for w in _WORKS}


# every other page: (host, path, kind), graded 0
OTHER: list[tuple[str, str, str]] = [
    (RLA, "/", "home"), (RLA, "/about-us/", "about"), (RLA, "/contact/", "contact"),
    (RLA, "/category/professional-development/", "category"), (RLA, "/category/news/", "category"),
    (RLA, "/tag/mentoring/", "tag"), (RLA, "/?s=mentor", "search"), (RLA, "/author/jlopez/", "profile"),
    (RLA, "/mentorship-program-2019/", "error"),
    (LEDGER, "/", "home"), (LEDGER, "/page/2/", "listing"), (LEDGER, "/about/", "about"),
    (LEDGER, "/category/workforce/", "category"), (LEDGER, "/category/technology/", "category"),
    (LEDGER, "/tag/social-media/", "tag"), (LEDGER, "/author/mreyes/", "profile"), (LEDGER, "/?s=mentors", "search"),
    (STACKS, "/", "home"), (STACKS, "/search/label/mentoring", "tag"), (STACKS, "/search/label/garden", "tag"),
    (STACKS, "/search?q=listserv", "search"), (STACKS, "/2025/", "listing"), (STACKS, "/p/about-me.html", "about"),
    (KAUR, "/", "home"), (KAUR, "/posts/", "listing"), (KAUR, "/tags/mentoring/", "tag"), (KAUR, "/about/", "about"),
    (KAUR, "/contact/", "contact"),
    (MLIS, "/", "home"), (MLIS, "/page2/", "listing"), (MLIS, "/tags/", "tag"), (MLIS, "/aboutme/", "about"),
    (BOARDS, "/", "home"), (BOARDS, "/forumdisplay.php?fid=3", "category"), (BOARDS, "/forumdisplay.php?fid=5", "category"),
    (BOARDS, "/member.php?action=profile&uid=7", "profile"), (BOARDS, "/member.php?action=profile&uid=12", "profile"),
    (BOARDS, "/memberlist.php", "listing"), (BOARDS, "/search.php?action=getdaily", "search"),
    (BOARDS, "/showthread.php?tid=399", "error"),
    (HALL, "/", "home"), (HALL, "/about", "about"), (HALL, "/@wren", "profile"), (HALL, "/@tomasz", "profile"),
    (JOURNAL, "/", "home"), (JOURNAL, "/toc/ujlp20/14/2", "listing"), (JOURNAL, "/loi/ujlp20", "listing"),
    (JOURNAL, "/action/doSearch?AllField=mentoring&SeriesKey=ujlp20", "search"),
    (JOURNAL, "/action/journalInformation?journalCode=ujlp20", "about"),
    (LEARN, "/", "home"), (LEARN, "/course/index.php?categoryid=2", "category"), (LEARN, "/course/view.php?id=14", "listing"),
    (LEARN, "/user/profile.php?id=31", "profile"),
    (CAST, "/", "home"), (CAST, "/episodes?page=2", "listing"), (CAST, "/people", "profile"),
]
# how errors answer: the association's missing page is a real 404, the forum's deleted thread a soft one (200)
ERROR_STATUS = {(RLA, "/mentorship-program-2019/"): 404, (BOARDS, "/showthread.php?tid=399"): 200}
