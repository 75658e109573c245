"""What the pages of the tenth labelled web say (:mod:`tests.labelled_web10`),
and their labels.

Written for web 10 alone, without reading scan's code, its topic's keywords,
the other webs' texts or page builders, or scan's tests of kinds and
ranking. Each work is a :class:`Work`: where it is served, its kind, the
grade a reader gives it, and what it says (a thread's posts carry their
authors in ``by``). :data:`OTHER` lists the pages that are not works
(grade 0 whatever they say) with their kinds. Both were written, and
committed, before the web's pages were built.

Voices vary on purpose: a school librarian's blog, an early-career
librarian's newsletter, an archivist's notes, a library-school student's
portfolio, a forum of library workers, a French-language journal, a
retired reference librarian's old blog, a slides-sharing site, a
university's news office, and short social posts.
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


DIVI, DAWN, CONGO, MM, NODEBB = "hallpass.example", "newshelf.example", "boxandfolder.example", \
    "lisgrad.example", "backroom.example"
ERUDIT, TYPEPAD, DECKS, T4, STRANDS = "revuedoc.example", "catalogcard.example", "decks.example", \
    "kestrel.example", "strands.example"

ER_ISSUE = "/fr/revues/rpd/2025-v71-n2-rpd09871/"


_W = [
    # --- hallpass.example: a school librarian's blog (WordPress, Divi) -------------------------------
    Work(DIVI, "/2025/10/the-facebook-group-that-got-me-through-year-one/", "article", 3,
         "The Facebook group that got me through year one", "Dana Okafor", "2025-10-04", (
             "When I took this job I was the only certified librarian in a district of six schools. Nobody in "
             "my building knew what I was supposed to be doing, and honestly, neither did I. What saved me was a "
             "Facebook group for school librarians in our state, about four thousand members, that a professor "
             "from my program told me to join the week I was hired.",
             "The first thing I posted was a panicked question about weeding a collection where the average "
             "copyright date was 1994. Within an hour I had thirty replies, and one of them was from a woman "
             "two counties over named Rhonda who had been doing this for twenty-two years. She messaged me "
             "privately that night and said, basically, you are going to be fine, call me on Thursday.",
             "Rhonda never had a title. Nobody assigned her to me. But for that whole year she was my mentor in "
             "every way that counts: she read my budget request before I sent it, she talked me down after a "
             "parent challenged a book, she sent me her lesson plans for the research unit. Most of it happened "
             "in Messenger, a few times on the phone, and once, in May, in person at the state conference, "
             "where I cried a little when I finally met her.",
             "The group itself mentored me too, in a more scattered way. I learned to search its archive before "
             "asking, I learned which members knew collection development and which ones knew ed tech, and I "
             "learned that the #tlchat hashtag and the Future Ready Librarians page on Facebook were where the "
             "same people talked about bigger ideas.",
             "If you are a first-year school librarian reading this: find your people online, and when someone "
             "offers to be your Rhonda, say yes. Next month I'll write about what it's like to be on the other "
             "side of that message.",
         )),
    Work(DIVI, "/2025/11/now-im-the-one-sending-the-message/", "article", 3,
         "Now I'm the one sending the message", "Dana Okafor", "2025-11-08", (
             "Last month I wrote about the veteran school librarian who adopted me through a Facebook group. "
             "This year, for the first time, I am the one doing the adopting, and I have been trying to be "
             "deliberate about it instead of just answering posts when I have a free minute.",
             "I have three new librarians I'm checking in with. Two found me through the state group after I "
             "answered their questions about collection budgets; the third is a teacher who moved into the "
             "library from a fourth-grade classroom and asked our regional Voxer group if anyone would walk her "
             "through circulation software. We have a Voxer chat the four of us share, and I send a voice memo "
             "every Monday with one thing to try that week.",
             "What I've learned about mentoring this way: keep it small, keep it regular, and don't pretend to "
             "know everything. When one of them asked about a book challenge, I tagged two people on Bluesky "
             "who know challenge policy better than I do, and the conversation that followed taught all four of "
             "us more than I could have alone. A mentor online can be a connector, not just an answer machine.",
             "I also joined the monthly #tlchat Twitter chat again, mostly to bring my mentees along. Watching "
             "them lurk for a month and then finally post an answer has been one of the best parts of this fall.",
         )),
    Work(DIVI, "/2025/08/summer-conference-takeaways/", "article", 1,
         "Summer conference takeaways", "Dana Okafor", "2025-08-02", (
             "Our state school library conference was in a hotel with no air conditioning this year, which "
             "made the sessions on makerspaces feel like actual work. Still, I came home with a notebook full "
             "of ideas.",
             "The best session was on genrefication in middle school. The presenter showed circulation data "
             "before and after relabeling her fiction by genre, and the jump in graphic novel and mystery "
             "checkouts was impressive. Her advice: do it over a summer, involve student volunteers, and don't "
             "let perfect be the enemy of done.",
             "Second favorite: a panel on reading promotion with author visits on a tiny budget, including "
             "how to split a travel cost with the public library across town.",
             "And yes, I finally met in person the librarian who has been mentoring me over Facebook Messenger "
             "all year, which deserves its own post. I also ate far too many conference cookies.",
         )),
    Work(DIVI, "/2025/07/mentor-texts-for-personal-narrative/", "article", 0,
         "Mentor texts for the personal narrative unit", "Dana Okafor", "2025-07-12", (
             "Our seventh-grade ELA team asked me to pull mentor texts for their personal narrative unit, and "
             "I thought I'd share the list since so many of you asked for it.",
             "A mentor text is a piece of writing students study to borrow a technique from: how the author "
             "opens in the middle of the action, how dialogue moves a scene, how a small object carries a lot "
             "of feeling. For narrative I like short pieces kids can read twice in one class period.",
             "My favorites this year are a couple of picture books for older readers, two essays from a teen "
             "anthology, and a graphic memoir chapter. Each one pairs with a mini-lesson the teachers already "
             "had, so the library is supporting the unit rather than adding to it.",
             "Come by the library if you want copies; I have a cart ready to go for each section.",
         )),
    Work(DIVI, "/2025/06/genrefying-fiction-in-four-weeks/", "article", 0,
         "Genrefying fiction in four weeks", "Dana Okafor", "2025-06-14", (
             "I did it. The fiction collection at the middle school is now arranged by genre: fantasy, "
             "realistic, mystery, sports, historical, horror, romance, and science fiction.",
             "Week one was deciding categories and printing spine labels. Week two was a relentless pass "
             "through the catalog adding genre to the call number prefix. Weeks three and four were moving "
             "books, with the help of eight student library aides and a lot of pizza.",
             "Circulation for the first two weeks after we reopened was up by about a third. I'll report back "
             "in the fall once the novelty has worn off.",
         )),
    Work(DIVI, "/2025/09/booktalks-that-land-with-eighth-graders/", "article", 0,
         "Booktalks that land with eighth graders", "Dana Okafor", "2025-09-13", (
             "Eighth graders can smell a sales pitch from across the room. The booktalks that work with them "
             "are short, start with a question, and never, ever spoil the ending.",
             "I keep mine to ninety seconds. I read one paragraph aloud, usually from the middle of the book, "
             "and then stop. The holds list after those sessions is always longer than after any display.",
             "This month's winners were a survival story, a verse novel about a swim team, and a horror "
             "anthology that had to be reordered twice.",
         )),

    # --- newshelf.example: an early-career librarian's newsletter (Ghost, Dawn) ---------------------------
    Work(DAWN, "/reverse-mentoring-my-director-on-linkedin/", "article", 3,
         "I'm reverse-mentoring my director on LinkedIn (and she's mentoring me back)", "Inés Calderón",
         "2025-09-21", (
             "This issue is about an arrangement that started as a joke. My library director, who has been in "
             "academic libraries for thirty years, said in a meeting that she 'didn't get' LinkedIn. I said I'd "
             "teach her. She said fine, and in exchange she'd teach me how to read a budget.",
             "So every other Friday we meet for forty minutes. The first twenty are mine: how to write a post "
             "that isn't a press release, how to follow the people who are actually talking about open access "
             "and collections strategy, why she should comment on other librarians' posts rather than only "
             "publish her own. The second twenty are hers, and they are mostly about the parts of the job "
             "nobody puts in a job ad.",
             "The interesting part is what happened on LinkedIn itself. Once she started posting, other "
             "directors found her, and a couple of early-career people from other universities messaged her "
             "with questions. She forwarded some of them to me, and now I'm informally mentoring a library "
             "resident at a university I have never visited, mostly in LinkedIn messages and one video call.",
             "Reverse mentoring gets written up as a diversity-and-inclusion program with forms and outcomes. "
             "Ours has no forms. It's two people trading what they know, on a platform one of us understands "
             "and the other is learning, and it's spreading through that platform's own network.",
         )),
    Work(DAWN, "/the-discord-server-for-new-academic-librarians/", "article", 3,
         "The Discord server that became my cohort", "Inés Calderón", "2025-07-06", (
             "I didn't have a cohort in library school; I did my MLIS part-time, online, while working nights "
             "at a public library. So when I started my first academic job, I felt like I was the only person "
             "my age figuring out tenure files and liaison work at the same time.",
             "A friend invited me to a Discord server that a few new academic librarians set up during the "
             "pandemic. It has channels for instruction, for job hunting, for tenure and promotion, and a "
             "channel called #ask-a-lifer where about a dozen librarians with fifteen or more years in the "
             "field have volunteered to answer questions.",
             "The lifers are mentors, though the server never uses the word. They review dossiers in DMs, they "
             "run a monthly voice chat on research agendas, and they are very honest about which committee "
             "assignments are worth it. One of them spent two hours on a Sunday helping me rewrite my first "
             "annual review narrative.",
             "Peer mentoring happens too. The #accountability channel is where we post our writing goals on "
             "Monday and admit on Friday that we didn't meet them. It's silly, and it works.",
             "If you run a server like this: keep the moderation light, make it easy for experienced folks to "
             "drop in without committing to anything, and pin the good answers so they don't scroll away.",
         )),
    Work(DAWN, "/job-hunting-notes-part-two/", "article", 1,
         "Job hunting notes, part two", "Inés Calderón", "2025-05-11", (
             "Last issue I complained about application portals. This one is about interviews, and in "
             "particular the teaching demonstration, which is where most of my first-round anxiety lives.",
             "What helped: practicing on a real audience (my roommates, who now know a lot about Boolean "
             "operators), timing every segment, and bringing a backup plan for when the classroom computer "
             "refuses to connect to the projector. It always refuses.",
             "A stranger from the old #libtwitter crowd, now on Bluesky, read my cover letter and told me to "
             "cut the first paragraph, which was excellent advice.",
             "Next issue: negotiating salary, or at least trying to.",
         )),
    Work(DAWN, "/what-i-read-in-march/", "article", 2,
         "What I read in March", "Inés Calderón", "2025-03-30", (
             "Five things I read this month, with the usual disclaimer that I read them on the bus.",
             "1. A study in a Canadian journal of librarians in Québec who mentor each other through a "
             "Facebook group and a listserv. The authors interviewed both mentors and mentees and found that "
             "the informal, public nature of the group was exactly what made newcomers willing to ask. I "
             "recognized my own Discord server in every quote.",
             "2. A slide deck from a state library conference on running mentoring 'circles' in the open on "
             "Mastodon and in a Slack workspace, with a frank slide on what went wrong in the first year "
             "(too many mentors, too few mentees who posted).",
             "3. A long essay on open access transformative agreements that I mostly understood.",
             "4. An article about fines-free policies and circulation, which made me want to run numbers at "
             "my own library.",
             "5. A very good piece about desk chairs, ergonomics, and the reference desk.",
         )),
    Work(DAWN, "/my-manager-taught-me-to-say-no/", "article", 2,
         "My manager taught me to say no", "Inés Calderón", "2025-06-08", (
             "In my first year I said yes to everything: two committees, a library-wide exhibit, an extra "
             "section of the first-year seminar. By March I was exhausted and had written nothing.",
             "My supervisor, who is quiet and not much for speeches, asked me to bring my calendar to our "
             "one-on-one. We went through it line by line and she asked, for each item, who would notice if "
             "I stopped. Then she offered to be the one who told the exhibit committee.",
             "That is what mentoring has looked like for me: not advice in the abstract, but someone with more "
             "standing spending some of it on me. She also told me which things I could never say no to, and "
             "she was right about those too.",
             "I've started doing a smaller version of this for our newest staff member: a monthly coffee, her "
             "calendar, my honest opinion. I hope it helps.",
         )),
    Work(DAWN, "/on-instruction-anxiety/", "article", 0,
         "On instruction anxiety", "Inés Calderón", "2025-02-16", (
             "Every semester I think I'll stop being nervous before one-shot sessions, and every semester I "
             "don't. This issue is about what I do with that.",
             "I write the first two sentences on an index card. I arrive fifteen minutes early to check the "
             "room. I give students something to do in the first three minutes so the focus isn't on me.",
             "And I remind myself that a class of nineteen-year-olds is mostly thinking about lunch.",
         )),

    # --- boxandfolder.example: an archivist's notes (Hugo, Congo) ---------------------------------------
    Work(CONGO, "/posts/mentoring-pairs-on-the-glam-fediverse/", "article", 3,
         "Mentoring pairs on the GLAM fediverse", "Tomás Reyes", "2025-08-19", (
             "Since a lot of archives people left Twitter, the conversations I used to rely on have scattered. "
             "Some of them regrouped on a Mastodon server run for galleries, libraries, archives and museums, "
             "and that is where, last winter, a few of us started matching processing archivists with more "
             "experienced colleagues.",
             "It started with a post. Someone asked whether anyone would look over her processing plan for a "
             "family collection with a lot of born-digital material. Four people answered in public, and one "
             "of them offered to talk every couple of weeks until the collection was done. Watching that "
             "thread, I wondered how many other people would ask if they knew someone would say yes.",
             "So we made a simple form and a hashtag. People post under it with what they're working on and "
             "what they want help with; mentors reply or DM. We've made about thirty pairings. Most are short, "
             "a few months around one project, but some have turned into ongoing relationships. Several pairs "
             "work in languages other than English, and a couple cross the archives and records management "
             "line, which has been great for both sides.",
             "What I'd tell anyone starting something similar: make the asking public and the mentoring "
             "private. The public ask normalizes needing help; the private conversation is where people say "
             "what they're actually worried about. And follow up: the hashtag alone doesn't mentor anyone.",
         )),
    Work(CONGO, "/posts/what-the-lone-arrangers-list-taught-me/", "article", 2,
         "What the lone arrangers list taught me", "Tomás Reyes", "2025-05-27", (
             "For my first five years I was a lone arranger: the only archivist at a small religious order's "
             "archives, with no one down the hall to ask. The mailing list for lone arrangers was my "
             "professional education after graduate school.",
             "I learned to write a deed of gift from a thread on that list. I learned how other people handled "
             "sacramental records, what they charged for reproductions, how they talked a board into a "
             "climate-control upgrade. I rarely posted; I read everything and kept a folder of the best "
             "answers.",
             "These days I also read the archives subreddit and a few Slack workspaces, but the list is still "
             "where the most careful answers come from, maybe because people write them as email.",
             "My other job in those years was a long rehousing project, which I'll write about another time.",
         )),
    Work(CONGO, "/posts/a-letter-to-my-first-supervisor/", "article", 2,
         "A letter to my first supervisor", "Tomás Reyes", "2025-03-02", (
             "Marguerite, you retired before I could say this properly, so here it is on the internet.",
             "You gave me a box of correspondence on my first day and told me to tell you by Friday what was "
             "in it. You didn't tell me how. When I came back with a mess of notes, you sat with me for an "
             "afternoon and showed me how you would have read it, and that afternoon is still how I process.",
             "You sent me to conferences when the budget said no. You put my name on the finding aid. You told "
             "me, when I applied for the job I have now, that I was ready, and you were the only one who "
             "thought so.",
             "I try to do the same for the graduate students who come through our reading room, though I "
             "suspect I talk more than you did.",
         )),
    Work(CONGO, "/posts/born-digital-week-notes/", "article", 1,
         "Born-digital week notes", "Tomás Reyes", "2025-09-28", (
             "A week spent mostly with a box of floppy disks and a very old laptop.",
             "We imaged forty-one 3.5-inch disks with a KryoFlux and an older Greaseweazle board. Six were "
             "unreadable, which is fewer than I feared. The file formats are the usual mix of WordPerfect, "
             "early Excel, and something nobody can identify yet.",
             "I posted the mystery format on Mastodon and got an answer within a day from someone I'd once "
             "mentored through the hashtag pairings, which was a nice turnaround.",
             "Next week: writing the processing note and arguing with the catalog about extent statements.",
         )),
    Work(CONGO, "/posts/rehousing-the-parish-registers/", "article", 0,
         "Rehousing the parish registers", "Tomás Reyes", "2025-01-14", (
             "The parish registers came to us in a metal cabinet that had clearly lived in a damp basement. "
             "Red rot on the leather, some mold, and a lot of loose pages.",
             "We vacuumed, isolated the worst volumes, and ordered custom clamshell boxes. The loose pages are "
             "in folders for now with a note of where they came from, until a conservator can look at them.",
             "A lot of this work is unglamorous, and it is the most important thing we did this year.",
         )),

    # --- lisgrad.example: a library-school student's portfolio (Jekyll, Minimal Mistakes) -----------------
    Work(MM, "/2025/04/02/finding-a-mentor-as-an-online-mlis-student/", "article", 3,
         "Finding a mentor as an online MLIS student", "Priya Natarajan", "2025-04-02", (
             "One of the hardest things about an online MLIS is that you don't bump into anyone. There's no "
             "hallway, no student lounge, no professor who notices you're lost. I've had to find my mentors "
             "on purpose, and almost all of them I found online.",
             "The first was through my program's Slack. A graduate who works in a medical library offered, in "
             "the #careers channel, to do informational interviews. I sent her a message and we've talked "
             "once a month since. She's the reason I'm taking the health sciences elective.",
             "The second came through the ALA New Members Round Table's online mentoring program, which "
             "matched me with a cataloger in another state. We meet on Zoom and trade email between calls. "
             "It's more structured, with a start and an end date, and she's pushed me on things I would have "
             "avoided, like presenting a poster.",
             "The third is less a person than a crowd: the librarians I follow on Bluesky and a couple of "
             "Reddit communities. Nobody there is my mentor exactly, but reading their threads has taught me "
             "what the job looks like on a bad day, and a few of them have answered my questions in DMs with a "
             "generosity I didn't expect.",
             "If you're in an online program: ask. The worst answer is no, and I have yet to get one.",
         )),
    Work(MM, "/2025/03/14/building-a-personal-learning-network/", "article", 2,
         "Building a personal learning network (LIS 580 reflection)", "Priya Natarajan", "2025-03-14", (
             "For this assignment we had to build a personal learning network over six weeks and reflect on "
             "what we learned from it. I started with almost nothing: a dormant Twitter account and a "
             "LinkedIn profile I'd last updated in 2019.",
             "I set up a Bluesky account and followed librarian starter packs, joined two Discord servers for "
             "library students, subscribed to a cataloging listserv, and added a handful of library blogs to "
             "an RSS reader. Each week I logged what I learned and where.",
             "The listserv was the surprise. It's old-fashioned, but the threads on RDA and local practice "
             "taught me more about real cataloging decisions than my textbook. Bluesky was better for news "
             "and for seeing how librarians talk about their work in public.",
             "The hardest part was contributing rather than lurking. By week five I'd answered one question "
             "on the listserv and posted a short thread about my metadata project, which got more replies "
             "than I expected. The network only became a network when I started talking back.",
         )),
    Work(MM, "/portfolio/annotated-bibliography-social-media-mentoring/", "article", 3,
         "Annotated bibliography: mentoring library workers through social media", "Priya Natarajan",
         "2025-05-09", (
             "This annotated bibliography, written for my research methods course, gathers what has been "
             "published on how librarians mentor one another through social media and online networks.",
             "Early work treats Twitter chats and hashtags as informal professional development, and several "
             "studies describe the chats as places where new librarians find people who go on to mentor them "
             "outside the chat, in direct messages or email. Later studies look at Facebook groups for school "
             "librarians and at listservs for archivists, and find the same pattern: public questions, "
             "private mentoring.",
             "A second strand evaluates formal e-mentoring programs run by associations, in which pairs are "
             "matched and meet online. These report high satisfaction but uneven follow-through once the "
             "program period ends, and mentees who also belong to an informal online community tend to keep "
             "their mentoring going longer.",
             "A third, smaller strand concerns personal learning networks: how librarians assemble a set of "
             "people they learn from across platforms, and how mentors appear within those networks.",
             "Gaps: very little on platforms after Twitter's decline, little outside North America, and almost "
             "nothing on mentors' own experience.",
         )),
    Work(MM, "/2025/05/01/practicum-reflection/", "article", 1,
         "Practicum reflection", "Priya Natarajan", "2025-05-01", (
             "My practicum this spring was at the special collections of a mid-sized university library, "
             "mostly cataloging a gift of artists' books.",
             "Artists' books break every cataloging rule you learn. One was a box of postcards, another a "
             "scroll, another a book that could only be read with a mirror. I spent a lot of time on physical "
             "description and on notes.",
             "My site supervisor was generous with her time, and she suggested I keep in touch through the "
             "rare books listserv once the practicum ended, which I've done.",
             "The final product was forty-two records and a short guide for the next student.",
         )),
    Work(MM, "/2025/02/10/metadata-crosswalk-project/", "article", 0,
         "Metadata crosswalk project", "Priya Natarajan", "2025-02-10", (
             "For LIS 560 my group mapped a local digital collection's Dublin Core records to MODS.",
             "The trickiest fields were dates, which the collection recorded in five different formats, and "
             "subjects, which mixed LCSH with local terms. We wrote a small XSLT and a table of decisions.",
             "Lesson learned: document every decision as you make it, not at the end.",
         )),

    # --- backroom.example: a forum of library workers (NodeBB) --------------------------------------------
    Work(NODEBB, "/topic/412/looking-for-a-mentor-any-online-programs-worth-it", "post", 3,
         "Looking for a mentor - any online programs worth it?", "quietcataloger", "2025-09-02", (
             "I'm two years into a library assistant job at a small public library and thinking about the "
             "MLIS. Nobody at my branch has the degree. Has anyone done an online mentoring program, or found "
             "a mentor through social media? I don't know where to start.",
             "I found mine in a Facebook group for rural library staff. Posted a question about programming "
             "on no budget, a director from a neighbouring system answered, and we've had a monthly call for "
             "two years. She wrote one of my reference letters for grad school.",
             "My state library runs a virtual mentoring program: they match you with someone, you meet on "
             "Teams once a month for a year. It's fine. Honestly the informal stuff has been more useful for "
             "me, the Slack for my consortium especially, where the old hands answer anything.",
             "Second the Slack thing. Also, don't underestimate just asking someone whose posts you like on "
             "Bluesky or Mastodon. I DM'd a systems librarian after a thread she wrote and she's been "
             "mentoring me ever since. Most people are flattered to be asked.",
             "Thanks, all of this helps. I'll try the state program and the rural staff group. Will report back.",
         ), by=("quietcataloger", "bookdropbandit", "overduenotice", "circdeskdiaries", "quietcataloger")),
    Work(NODEBB, "/topic/388/slack-communities-for-systems-people", "post", 2,
         "Slack communities for systems people?", "circdeskdiaries", "2025-06-17", (
             "I just got moved into our ILS admin role with zero training. Are there Slack or Discord "
             "communities where systems librarians talk shop? The vendor forum is useless.",
             "There's a code4lib Slack that's very active, channels for pretty much every ILS. I learned most "
             "of what I know about our discovery layer from the #discovery channel.",
             "Also the listserv for your ILS's user group, if it has one. Search the archive before you "
             "post; someone has almost always asked.",
             "Great, joined both. Already found a thread answering my exact question about load tables.",
         ), by=("circdeskdiaries", "overduenotice", "bookdropbandit", "circdeskdiaries")),
    Work(NODEBB, "/topic/470/anyone-still-on-twitter-x", "post", 1,
         "Anyone still on Twitter/X?", "bookdropbandit", "2025-10-12", (
             "Genuine question, not trying to start a fight. I deleted my account last year and I'm curious "
             "who stayed.",
             "Still there for news, but I barely post. Most of my friends left.",
             "Left for Bluesky. Miss some of the old library people, though a lot of them came over, and "
             "that's where I used to get career advice.",
             "I never had an account. I'm happy reading this forum.",
         ), by=("bookdropbandit", "overduenotice", "circdeskdiaries", "quietcataloger")),
    Work(NODEBB, "/topic/431/first-time-supervisor-advice", "post", 1,
         "First-time supervisor, any advice?", "overduenotice", "2025-08-05", (
             "I'm about to supervise three pages and a part-time clerk for the first time. What do you wish "
             "you'd known?",
             "Have regular one-on-ones even when nothing's wrong. Write things down. Don't be their friend "
             "first and their boss second.",
             "Be clear about schedules early. Pages especially need to know exactly what shelving standard "
             "you expect. Also, find a mentor of your own; there are online mentoring programs for new "
             "managers.",
             "And remember to thank people. It costs nothing.",
         ), by=("overduenotice", "circdeskdiaries", "bookdropbandit", "quietcataloger")),
    Work(NODEBB, "/topic/455/patron-keeps-sleeping-in-the-quiet-room", "post", 0,
         "Patron keeps sleeping in the quiet room", "circdeskdiaries", "2025-09-20", (
             "We have a regular who sleeps in the quiet study room most afternoons. He's not bothering anyone. "
             "Management wants us to wake him. How do you all handle this?",
             "Our policy is sleeping is fine unless someone needs the room. We check in kindly, offer "
             "information about the day center if it seems right.",
             "Same. We stopped enforcing 'no sleeping' years ago; it caused more problems than it solved.",
         ), by=("circdeskdiaries", "overduenotice", "bookdropbandit")),

    # --- revuedoc.example: a French-language journal on Érudit -----------------------------------------
    Work(ERUDIT, ER_ISSUE + "1119021ar/", "journal-article", 3,
         "Le mentorat entre pairs dans les groupes Facebook et les listes de diffusion : le cas des "
         "bibliothécaires du Québec", "Geneviève Tremblay; Olivier Gagnon", "2025", (
             "Résumé : Cet article examine les pratiques de mentorat informel entre bibliothécaires au Québec "
             "dans deux espaces numériques : un groupe Facebook professionnel d'environ 2 500 membres et une "
             "liste de diffusion animée par une association. À partir de vingt-deux entretiens semi-dirigés "
             "avec des mentors et des mentorés, nous montrons comment une question posée publiquement se "
             "transforme souvent en relation de mentorat privée, par messagerie ou par courriel.",
             "Les résultats indiquent que la visibilité du groupe abaisse le seuil pour demander de l'aide, "
             "surtout chez les bibliothécaires en début de carrière et chez les techniciennes en documentation. "
             "Les mentors décrivent leur engagement comme une forme de reconnaissance professionnelle, mais "
             "aussi comme une charge invisible.",
             "Abstract: This article examines informal peer mentoring among Québec librarians in a professional "
             "Facebook group and an association's mailing list. Twenty-two interviews show how public "
             "questions become private mentoring relationships, and how mentors experience the work.",
             "Mots-clés : mentorat, médias sociaux, bibliothécaires, développement professionnel, "
             "communautés en ligne",
         )),
    Work(ERUDIT, ER_ISSUE + "1119022ar/", "journal-article", 3,
         "Mentoring on the list: two decades of an archivists' mailing list as a mentoring network",
         "Hannah Whitcombe", "2025", (
             "Abstract: Drawing on the archive of a regional archivists' mailing list from 2003 to 2023, this "
             "study traces how the list functioned as a mentoring network for new and solo archivists. A "
             "content analysis of 1,840 threads identifies recurring mentoring exchanges: career advice, "
             "reviews of processing plans, introductions to other practitioners, and encouragement.",
             "Follow-up interviews with twelve long-time members show that many one-to-one mentoring "
             "relationships began on the list and moved to private email, and that senior members saw "
             "answering newcomers as a professional duty. Participation declined after 2015 as discussion "
             "moved to Twitter and later to Slack and Mastodon, and the study closes by comparing the "
             "mentoring those platforms afford.",
             "Résumé : Cette étude analyse vingt ans d'une liste de diffusion d'archivistes comme réseau de "
             "mentorat pour les archivistes débutants et isolés.",
             "Keywords: archivists, mailing lists, mentoring, online communities, professional networks",
         )),
    Work(ERUDIT, ER_ISSUE + "1119023ar/", "journal-article", 2,
         "L'insertion professionnelle des nouveaux bibliothécaires : le rôle du mentorat en milieu de travail",
         "Marie-Ève Pelletier", "2025", (
             "Résumé : Les premières années en poste sont décisives pour la rétention des bibliothécaires. "
             "Cette étude porte sur trois programmes de mentorat formel mis en place dans des bibliothèques "
             "publiques et universitaires québécoises et sur l'expérience de trente-et-un nouveaux "
             "bibliothécaires qui y ont participé.",
             "Les participants valorisent surtout la disponibilité du mentor, la possibilité de discuter de "
             "situations difficiles avec le public et l'accompagnement dans la prise de responsabilités de "
             "gestion. Les programmes les plus appréciés combinent rencontres régulières et jumelage "
             "volontaire plutôt qu'imposé.",
             "Abstract: A study of three workplace mentoring programs for new librarians in Québec, based on "
             "the experience of thirty-one participants.",
             "Mots-clés : mentorat, insertion professionnelle, bibliothèques publiques, bibliothèques "
             "universitaires",
         )),
    Work(ERUDIT, ER_ISSUE + "1119024ar/", "journal-article", 0,
         "Bibliothèques publiques et littératie numérique des personnes aînées", "Luc Bergeron", "2025", (
             "Résumé : Cet article présente l'évaluation d'ateliers de littératie numérique offerts aux "
             "personnes aînées dans six bibliothèques publiques. Les ateliers portaient sur l'usage des "
             "tablettes, la sécurité en ligne et les services gouvernementaux numériques.",
             "Les participants rapportent une plus grande confiance, mais l'effet diminue sans "
             "accompagnement continu. Nous recommandons des séances de suivi et des bénévoles formés.",
             "Abstract: An evaluation of digital literacy workshops for older adults in six public libraries.",
             "Mots-clés : littératie numérique, personnes aînées, bibliothèques publiques",
         )),
    Work(ERUDIT, ER_ISSUE + "1119021ar.pdf", "document", 3,
         "Le mentorat entre pairs dans les groupes Facebook et les listes de diffusion (PDF)",
         "Geneviève Tremblay; Olivier Gagnon", "2025", (
             "Le mentorat entre pairs dans les groupes Facebook et les listes de diffusion : le cas des "
             "bibliothécaires du Québec",
             "Geneviève Tremblay et Olivier Gagnon",
             "Introduction. Depuis une quinzaine d'années, les bibliothécaires se tournent vers les médias "
             "sociaux pour s'entraider. Les groupes Facebook professionnels et les listes de diffusion "
             "deviennent des lieux où les nouveaux venus trouvent des mentors.",
             "Méthode. Vingt-deux entretiens avec des mentors et des mentorés recrutés dans un groupe Facebook "
             "et une liste de diffusion, analysés de façon thématique.",
             "Résultats. Une question publique devient souvent une relation de mentorat privée par "
             "Messenger ou par courriel. Les mentorés apprécient la visibilité du groupe, qui rend la demande "
             "d'aide ordinaire. Les mentors évoquent la reconnaissance et la fatigue.",
             "Discussion. Le mentorat en ligne complète les programmes formels et rejoint des bibliothécaires "
             "isolés en région.",
         )),

    # --- catalogcard.example: a retired reference librarian's blog (Typepad) ------------------------------
    Work(TYPEPAD, "/blog/2025/05/forty-years-of-mentoring-by-mailing-list.html", "article", 3,
         "Forty years of mentoring, by mailing list and otherwise", "Ruth Abernathy", "2025-05-18", (
             "A young reference librarian asked me on Bluesky last week how I had found mentors 'before the "
             "internet'. I had to laugh, because most of my mentoring happened on the internet, just not the "
             "one she knows.",
             "In 1992 I subscribed to a reference librarians' mailing list on a university's LISTSERV. The "
             "people on it answered questions I was too embarrassed to ask my own boss. One of them, a "
             "librarian in Ohio whom I did not meet in person for six years, became my mentor by email. He "
             "read my first article, told me it was too long, and was right.",
             "Later it was the web boards, then blogs and their comment sections, then Twitter, where for a "
             "decade I was the one doing most of the mentoring. I used to keep a list of new librarians who "
             "had asked me something and check on them every few months. Several of them run libraries now.",
             "These days it's a Facebook group for retired librarians, where we mostly mentor each other "
             "through retirement, and Bluesky, where I still answer the occasional reference question from "
             "someone half my age. The tools change about every seven years. The thing itself, one person "
             "taking another's career seriously in writing, does not.",
         )),
    Work(TYPEPAD, "/blog/2025/02/what-my-mentor-gave-me.html", "article", 2,
         "What my mentor gave me", "Ruth Abernathy", "2025-02-09", (
             "Evelyn Marsh hired me in 1979 and retired in 1994. She died this winter, and I want to write "
             "down what she gave me.",
             "She taught me to conduct a reference interview as a conversation and not an interrogation. She "
             "let me fail at a bibliographic instruction session and then talked it through with me over "
             "coffee. She insisted I join the state association and then insisted I run for office.",
             "Mostly she treated me as someone who would become a good librarian, before I was one. That is "
             "the whole of mentoring, I think, and I have tried to pass it on.",
         )),
    Work(TYPEPAD, "/blog/2025/03/retirement-and-the-reference-desk.html", "article", 1,
         "Retirement and the reference desk", "Ruth Abernathy", "2025-03-16", (
             "It has been a year since I retired, and people keep asking whether I miss the desk. I do, mostly "
             "the questions.",
             "The best question of my last year was from a man trying to identify a ship in his grandfather's "
             "photograph. We found it in a 1930s registry after two afternoons. That kind of puzzle does not "
             "come up in retirement.",
             "I still answer some questions from younger librarians online, which is a kind of mentoring, I "
             "suppose, but it isn't the same as the desk.",
             "I've taken up watercolor instead. It is harder than reference.",
         )),
    Work(TYPEPAD, "/blog/2025/01/network-printing-and-other-miseries.html", "article", 0,
         "Network printing and other miseries", "Ruth Abernathy", "2025-01-12", (
             "A friend still working at my old library tells me the public printers have moved to a new "
             "network printing system, with a release station and an app. It has been down three times in "
             "two weeks.",
             "I remember every printing system we ever had: coin-op, copy cards, the print management "
             "software that charged patrons for blank pages. None of them worked on a Saturday.",
             "If there is a lesson, it is that the printer is the real face of the library for half the "
             "public, and nobody budgets for it.",
         )),
    Work(TYPEPAD, "/blog/2025/04/the-garden-in-april.html", "article", 0,
         "The garden in April", "Ruth Abernathy", "2025-04-20", (
             "The tulips came up in a color the catalog called 'apricot' and I would call 'orange'.",
             "I have planted beans too early again. The neighbor's cat has found the new bed.",
         )),

    # --- decks.example: a slides-sharing site --------------------------------------------------------------
    Work(DECKS, "/ktran/mentoring-circles-in-the-open", "document", 3,
         "Mentoring circles in the open: a year of library mentoring on Mastodon and Slack", "Kim Tran",
         "2025-04-24", (
             "Presented at the state library association's spring conference. A year of running small "
             "mentoring circles for library workers in public, on a Mastodon server, and in a Slack workspace.",
             "Slide 2: Why circles? One mentor, four or five mentees, meeting in a Slack channel and an "
             "hour-long video chat each month, with a public hashtag for sharing what the circle learned.",
             "Slide 5: Who came. 62 mentees from 40 libraries; 14 mentors; most mentees in their first five "
             "years, many in rural or solo positions with no one on site to learn from.",
             "Slide 9: What worked. Public posts under the hashtag drew in people who never signed up. "
             "Mentees found second and third mentors by replying to each other's threads.",
             "Slide 12: What went wrong. Too many mentors, too few mentees who posted. The Slack went quiet "
             "between meetings unless a mentor started a thread.",
             "Slide 15: Next year: fewer circles, a shared calendar, and a pinned 'ask anything' thread.",
         )),
    Work(DECKS, "/files/presentations/a81c0e2f/mentoring-circles-in-the-open.pdf", "document", 3,
         "Mentoring circles in the open (PDF)", "Kim Tran", "2025-04-24", (
             "Mentoring circles in the open",
             "A year of library mentoring on Mastodon and Slack - Kim Tran",
             "Why circles: one mentor, four or five mentees, a Slack channel, a monthly video chat, a public "
             "hashtag on Mastodon for what each circle learned.",
             "Who came: 62 mentees from 40 libraries, 14 mentors, mostly early-career and solo library workers.",
             "What worked: public posts drew in people who never signed up; mentees found more mentors by "
             "replying to each other.",
             "What went wrong: too many mentors, too few mentees who posted; quiet channels between meetings.",
             "Next year: fewer circles, a shared calendar, a pinned ask-anything thread.",
         )),
    Work(DECKS, "/mbello/hashtags-as-professional-development", "document", 2,
         "Hashtags as professional development: what library staff learn from #critlib, #libraryjobs and "
         "friends", "Marco Bello", "2025-02-11", (
             "Slides from a lightning talk for our system's staff day. How library staff use hashtags and "
             "online chats to keep learning on their own time.",
             "Slide 3: We surveyed 118 staff. Two thirds follow at least one library hashtag; a third have "
             "taken part in a scheduled chat in the last year.",
             "Slide 6: What they learn: new programs to borrow, how other libraries wrote their policies, and "
             "job-hunting tips. Least often: anything about technical services.",
             "Slide 8: Staff who post, not just read, report learning more. Recommendation: make time on "
             "the clock for online professional learning.",
         )),
    Work(DECKS, "/ktran/ils-migration-lessons-learned", "document", 0,
         "ILS migration: lessons learned", "Kim Tran", "2024-11-06", (
             "Slides from our consortium's post-migration review.",
             "Slide 2: Timeline. Contract signed in January, data extracts in April, go-live in October.",
             "Slide 4: What went well: patron data mapping, training for circulation staff.",
             "Slide 7: What didn't: serials holdings, fines history, and a week of broken notices.",
         )),
    Work(DECKS, "/mbello/social-media-policy-for-library-accounts", "document", 0,
         "Writing a social media policy for library accounts", "Marco Bello", "2024-09-30", (
             "Slides for branch managers on our new policy for the library's official social media accounts.",
             "Slide 2: Who can post for the library on Instagram, Facebook and TikTok, and who approves.",
             "Slide 5: Responding to complaints in comments. When to reply, when to hide, when to escalate.",
             "Slide 7: Photos of patrons need signed releases. Children's faces never.",
         )),

    # --- kestrel.example: a university's news office (TERMINALFOUR) ---------------------------------------
    Work(T4, "/news/2025/libraries-virtual-mentoring-program.html", "article", 3,
         "University Libraries take staff mentoring online", "Office of University Communications",
         "2025-09-15", (
             "Kestrel University Libraries have relaunched their staff mentoring program as a virtual "
             "program open to library employees on all four campuses, pairing newer staff with experienced "
             "colleagues who meet on Microsoft Teams and keep in touch through a dedicated channel.",
             "\"Our branch campuses are two hours apart. Before, mentoring happened only if you happened to "
             "work down the hall from the right person,\" said Angela Fortier, associate dean for "
             "organizational development. \"Now a library assistant in Port Hale can be mentored by a "
             "department head on the main campus.\"",
             "The program also encourages mentees to build a wider professional network online. Mentors help "
             "them set up LinkedIn profiles, find the listservs and Slack communities of their specialty, and "
             "join association mentoring groups. Several pairs have presented together in online webinars.",
             "Thirty-four pairs enrolled in the first cohort. A survey at the end of the year found that "
             "mentees felt more connected to colleagues on other campuses and more confident asking for "
             "advice beyond the university.",
         )),
    Work(T4, "/news/2025/ischool-student-wins-research-award.html", "article", 1,
         "Information science student wins national research award", "Office of University Communications",
         "2025-04-22", (
             "Master's student Jae-won Park has received a national student research award for a paper on "
             "how small public libraries share e-book collections across consortia.",
             "Park's study compared lending data from three consortia and found that shared collections "
             "increased access without raising wait times, provided libraries coordinated purchases.",
             "Park, who credits a mentor she met through a librarians' group on LinkedIn with encouraging "
             "the submission, will present the paper in the fall.",
             "The award includes a cash prize and conference travel.",
         )),
    Work(T4, "/news/2025/peer-mentors-for-first-generation-students.html", "article", 0,
         "Peer mentors help first-generation students find their footing", "Office of University Communications",
         "2025-02-03", (
             "A new peer mentoring program pairs first-generation undergraduates with upper-year students who "
             "were once in their shoes.",
             "Mentors meet their mentees weekly during the first semester and introduce them to tutoring, "
             "advising and campus clubs. The program also runs a group chat where students can ask questions "
             "at any hour.",
             "Early results show higher retention into the second year among participants.",
         )),
    Work(T4, "/news/2025/coauthorship-network-study.html", "article", 0,
         "Mapping who writes with whom: a coauthorship network study", "Office of University Communications",
         "2025-06-30", (
             "Researchers in the School of Information have mapped fifty years of coauthorship in the "
             "physical sciences, building a network of more than two million authors.",
             "The study found that international collaboration has grown steadily, and that small teams still "
             "produce a disproportionate share of highly cited papers.",
             "The network data are available to other researchers on request.",
         )),
    Work(T4, "/news/2025/library-extends-hours-for-finals.html", "article", 0,
         "Library extends hours for finals", "Office of University Communications", "2025-11-20", (
             "The main library will be open twenty-four hours a day from December 5 to December 18.",
             "Study rooms can be booked online; free coffee will be served after midnight in the lobby.",
         )),
    Work(T4, "/events/2025/peer-mentoring-online-webinar.html", "article", 1,
         "Webinar: Peer mentoring online for library staff", "University Libraries", "2025-10-01", (
             "Join the Libraries' Organizational Development team for a one-hour webinar on peer mentoring "
             "online: finding mentors on LinkedIn, Slack and association networks. October 22, noon, on "
             "Teams. Register by October 20.",
         )),

    # --- strands.example: short social posts (a Threads-like network) --------------------------------------
    Work(STRANDS, "/@shelvingqueen/post/DAx1kQ7sLm2", "post", 3,
         "shelvingqueen on Strands", "shelvingqueen", "2025-10-14", (
             "Two years ago I posted here that I was the new librarian at a prison library and had no idea what "
             "I was doing. A woman who'd done it for fifteen years replied, then DM'd, then became my mentor. "
             "We've talked every month since, all through this app and the odd video call. Today I got asked "
             "to mentor someone starting at another facility, and I said yes before they finished the "
             "sentence. Post the scary question, library people. Someone will answer.",
         )),
    Work(STRANDS, "/@archivist_jo/post/DCq9wR2aZt0", "post", 2,
         "archivist_jo on Strands", "archivist_jo", "2025-08-30", (
             "Realized today that almost everything I know about EAD and ArchivesSpace I learned from strangers "
             "in posts like this one, not in school. Thread of the accounts I learn from most, in no order:",
             "Replies: the ArchivesSpace user group list, the hashtag folks, the person who posts a "
             "processing tip every Friday. Also the Discord for digital archivists.",
         )),
    Work(STRANDS, "/@archivist_jo/post/DCm2pL4xQe8", "post", 1,
         "archivist_jo on Strands", "archivist_jo", "2025-09-11", (
             "Mentoring hour for new archivists tonight at 7 ET, drop in with questions, #archivesmentor. "
             "All welcome.",
         )),
    Work(STRANDS, "/@shelvingqueen/post/DBk7nM3vYq5", "post", 0,
         "shelvingqueen on Strands", "shelvingqueen", "2025-09-02", (
             "The book cart has a name now. It is Gerald. Gerald squeaks.",
         )),
    Work(STRANDS, "/@readsalot/post/DEf4tH8kWs1", "post", 0,
         "readsalot on Strands", "readsalot", "2025-07-19", (
             "PSA: the 'recruiter' messaging librarians on LinkedIn about a remote cataloging job that pays in "
             "gift cards is a scam. Don't send anyone your bank details.",
         )),
]

WORKS: dict[str, Work] = {w.host + w.path: w for w in _W}

# The pages that are not works, and errors: (host, path, kind), grade 0.
OTHER: list[tuple[str, str, str]] = [
    (DIVI, "/", "home"), (DIVI, "/page/2/", "listing"), (DIVI, "/category/professional-learning/", "category"),
    (DIVI, "/tag/mentoring/", "tag"), (DIVI, "/?s=twitter", "search"), (DIVI, "/author/dana/", "profile"),
    (DIVI, "/about/", "about"), (DIVI, "/contact/", "contact"), (DIVI, "/events/", "error"),
    (DAWN, "/", "home"), (DAWN, "/page/2/", "listing"), (DAWN, "/tag/careers/", "tag"),
    (DAWN, "/author/ines/", "profile"), (DAWN, "/about/", "about"),
    (CONGO, "/", "home"), (CONGO, "/posts/", "listing"), (CONGO, "/tags/", "listing"),
    (CONGO, "/tags/mentoring/", "tag"), (CONGO, "/about/", "about"),
    (MM, "/", "home"), (MM, "/year-archive/", "listing"), (MM, "/categories/", "category"), (MM, "/about/", "about"),
    (NODEBB, "/", "home"), (NODEBB, "/category/3/career-development", "category"),
    (NODEBB, "/category/5/off-the-desk", "category"), (NODEBB, "/recent", "listing"),
    (NODEBB, "/tags/mentoring", "tag"), (NODEBB, "/search?term=mentor&in=titlesposts", "search"),
    (NODEBB, "/user/quietcataloger", "profile"), (NODEBB, "/user/bookdropbandit", "profile"),
    (NODEBB, "/user/overduenotice", "profile"), (NODEBB, "/user/circdeskdiaries", "profile"),
    (ERUDIT, "/fr/revues/rpd/", "home"), (ERUDIT, ER_ISSUE, "listing"), (ERUDIT, "/fr/revues/rpd/numeros/", "listing"),
    (ERUDIT, "/fr/revues/rpd/revue/", "about"), (ERUDIT, "/fr/recherche/?basic_search_term=mentorat", "search"),
    (TYPEPAD, "/blog/", "home"), (TYPEPAD, "/blog/2025/05/", "listing"), (TYPEPAD, "/blog/mentoring/", "category"),
    (TYPEPAD, "/blog/about.html", "about"), (TYPEPAD, "/blog/2019/10/twitter-chats-i-love.html", "error"),
    (DECKS, "/", "home"), (DECKS, "/ktran", "profile"), (DECKS, "/mbello", "profile"),
    (DECKS, "/c/education", "category"), (DECKS, "/search?q=library+mentoring", "search"),
    (T4, "/", "home"), (T4, "/news/", "listing"), (T4, "/news/topics/libraries.html", "category"),
    (T4, "/about/", "about"), (T4, "/contact/", "contact"), (T4, "/search/?q=mentoring", "search"),
    (STRANDS, "/", "home"), (STRANDS, "/@shelvingqueen", "profile"), (STRANDS, "/@archivist_jo", "profile"),
    (STRANDS, "/@readsalot", "profile"), (STRANDS, "/search?q=librarian%20mentor", "search"),
]
