"""The words of the third labelled web (:mod:`tests.labelled_web3`), written
apart from those of webs 1 and 2 (not read while writing these).

Pools, by what a paragraph is about:

* :data:`THRU` the topic itself: librarians mentoring and being mentored
  through social media and online networks;
* :data:`MENT` mentoring (schemes, mentors, mentees) without social media;
* :data:`SOC` learning through social media and networks, no mentoring;
* :data:`OTHER` library life that has nothing to do with the topic;
* :data:`STRAY` off-topic paragraphs that happen to hold one of the topic's
  words used for something else ("chat" reference, a Facebook page with
  opening hours): still nothing about the topic;
* :data:`PASS` one sentence on the topic, to drop into an off-topic text.
"""

THRU = [
    "When I started as the only librarian at a rural college, there was nobody down the corridor to ask. "
    "A colleague suggested I post a question under the #libchat hashtag, and within an hour three "
    "experienced librarians had replied. One of them offered to talk by video every month, and for two "
    "years she was my mentor in everything but name: we met online, she read my drafts, and she told me "
    "which committees were worth my time.",

    "Our regional association ran its first online mentoring scheme last spring. Mentors and mentees were "
    "matched by a short form, then met on video calls and kept in touch in a private Slack workspace. "
    "Mentees told us the Slack channel mattered as much as the calls: they could ask small questions between "
    "meetings, and other mentors often answered too, so every mentee ended up with several mentors.",

    "Twitter chats work as mentoring moments. In a one-hour chat a new librarian can ask how to handle a "
    "difficult budget meeting and get advice from people who have done it for twenty years. None of it is "
    "formal mentoring, but the replies, the follow-ups in direct messages and the people one starts to "
    "follow afterwards add up to a mentoring network that no single mentor could give.",

    "Reverse mentoring turned out to be the most useful part of our staff development year. Each of our "
    "senior librarians was paired with a library assistant who used Instagram and TikTok daily. The "
    "assistants showed their mentees how the library's accounts looked to students; the senior staff, in "
    "turn, found they were mentoring their mentors about how decisions get made. Both sides asked to "
    "carry on.",

    "E-mentoring asks more of the mentee than meeting in person does. Nobody bumps into you at the coffee "
    "machine, so the mentee has to set the agenda: send a short note before each video call, say what they "
    "want from it, and follow up afterwards. The mentees in our programme who did this kept their mentoring "
    "relationship going for a year or longer; those who waited to be contacted drifted away by the third month.",

    "Finding a mentor on LinkedIn sounds awkward, but it worked for me. I wrote to five academic librarians "
    "whose posts I had been reading, said what I admired in their work and asked for one twenty-minute call. "
    "Four said yes. Two of those calls became a regular mentoring relationship, and one of my mentors later "
    "recommended me for the job I hold now.",

    "Peer mentoring does not need a senior partner. Six of us who started as subject librarians in the same "
    "year set up a group chat and a monthly video call. We share job advertisements, read each other's "
    "conference proposals and talk through the hard days. It is group mentoring run entirely online, and it "
    "has kept three of us in the profession who might otherwise have left.",

    "Mastodon has become the place where our cataloguers find mentors. After many of them left Twitter, a "
    "small instance for metadata librarians grew up, and its members started a mentoring thread every "
    "Friday: newcomers post a question, and experienced cataloguers take it up in replies or offer a call. "
    "Several informal mentoring relationships have started that way.",

    "We evaluated a year of virtual mentoring for early-career librarians. Mentees met their mentors online "
    "at least six times and used a shared Facebook group between meetings. In interviews, mentees valued the "
    "practical advice and the confidence it gave them; mentors valued the ideas they took from their mentees. "
    "The main difficulty was time zones, which we now match on first.",

    "Social media makes mentoring visible. When a mentor answers a mentee's question in public, on Twitter "
    "or in a Mastodon thread, dozens of other new librarians read the answer. Several librarians told us "
    "they had learned more from watching these public mentoring exchanges than from formal training, and "
    "some later wrote to the same mentors to ask for their own conversations.",

    "Distance mentoring suits school librarians, who are often alone in their building. Our state "
    "association pairs each new school librarian with a mentor in another district; they meet online and "
    "message through the association's online community. A mentee can share a lesson plan in the morning "
    "and have her mentor's comments by lunch, which no monthly meeting could offer.",

    "Blogs were my first mentors. Before I knew any librarians personally, I read the blogs of three of them "
    "every week and left comments on their posts. One replied by email and suggested we talk; she became my "
    "mentor for five years. I now tell every library school student I mentor to start a blog, because "
    "writing in public is how mentors find you as much as how you find them.",

    "Telementoring between library schools and practising librarians has grown since the pandemic. Students "
    "in our programme are matched with a mentor working in the kind of library they hope to join; they meet "
    "by video once a month and share readings in a course forum. Students said the mentoring helped them "
    "choose electives and prepare for interviews, and several mentors hired their mentees.",

    "A hashtag can be the start of a mentoring programme. Our library association noticed how many new "
    "members asked for advice under its conference hashtag, so it invited those members to sign up as mentees "
    "and asked the people who had answered them to be mentors. Two hundred pairs were matched in the first "
    "year, most of them meeting online and keeping in touch on social media.",
]

MENT = [
    "A good mentor listens more than she talks. In the first meeting she asks what the mentee wants in five "
    "years, and then she asks again six months later, because the answer changes. Mentors who arrive with "
    "a plan of their own tend to produce mentees who follow it politely and then stop coming.",

    "Formal mentoring schemes need an ending. Our library's scheme runs for twelve months; at the end each "
    "mentee writes a page on what changed, and each pair decides whether to carry on informally. Knowing "
    "there is an end makes it easier to volunteer as a mentor, and most pairs carry on anyway.",

    "Mentoring is not supervision. A line manager judges the work; a mentor helps the mentee judge it "
    "herself. That is why we never pair a mentee with someone in her own reporting line, and why mentors "
    "in our scheme are asked to keep what they hear to themselves unless the mentee asks otherwise.",

    "Our mentors get training too. Before the first meeting each new mentor spends an afternoon with "
    "experienced mentors, practising how to ask open questions, how to give feedback on a job application "
    "and when to refer a mentee elsewhere. Mentees rate trained mentors markedly higher than untrained ones.",

    "Mentorship in academic libraries often stops at tenure. Once a librarian has a permanent post, the "
    "mentoring stops, just when the questions become harder: whether to move into management, how to lead "
    "a team, when to say no. We started a second-stage mentoring programme for mid-career librarians for "
    "that reason.",

    "Mentees who set goals get more from mentoring. In our scheme each mentee names three goals at the first "
    "meeting, such as publishing an article or chairing a committee, and mentor and mentee review them every "
    "quarter. Pairs with written goals met more often and were more likely to say the mentoring was worth it.",
]

SOC = [
    "Most of what I know about open educational resources I learned on social media. I follow a few dozen "
    "librarians and instructional designers, read what they share, and save the best threads. It is a "
    "personal learning network in the literal sense: no course, no certificate, but a steady supply of "
    "ideas from people doing the work.",

    "Professional development used to mean a conference once a year. Now it is a webinar on Tuesday, a "
    "YouTube tutorial on Thursday and a long thread on Mastodon about a new cataloguing rule. The learning "
    "is scattered, so I keep a simple log of what I watched and read, which my manager now accepts as "
    "evidence of professional development.",

    "Our reference team started a Slack workspace with librarians from four other universities. We share "
    "hard questions from the desk, the sources that answered them and the ones that did not. Nobody planned "
    "it as professional development, but a year later it is where our newest staff learn the most.",

    "LinkedIn groups are underrated for librarians. The group for health science librarians posts job "
    "advertisements, conference calls and, most usefully, long discussions of search strategies for "
    "systematic reviews. Reading those discussions taught me more about search filters than any textbook.",

    "Twitter was once the staff room of the profession. Librarians shared slides from conferences they "
    "attended, argued about discovery systems and passed on articles. Much of that conversation has now "
    "scattered across Mastodon, Bluesky and LinkedIn, and the learning network has had to rebuild itself "
    "in several places at once.",
]

OTHER = [
    "The roof over the east reading room will be replaced over the summer. The room closes on 1 July and "
    "reopens in September; the periodicals it holds move to the ground floor for the duration. Study "
    "spaces are available in the west wing and the group rooms can be booked as usual.",

    "We weeded the reference collection this term, removing almanacs and directories that have not been "
    "opened in ten years. The space freed up becomes a quiet study area with twenty desks, each with power "
    "sockets and a lamp. Students have asked for this for years.",

    "Our annual book sale raised enough to buy two new microfilm readers. Thanks to everyone who donated "
    "and to the volunteers who sorted more than four thousand books over three weekends. Unsold books go "
    "to the prison library service and a charity shop on the high street.",

    "The library's new discovery system goes live on Monday. Searches now cover the catalogue, the "
    "institutional repository and most of our databases at once, and results can be filtered by format, "
    "date and subject. The old catalogue stays available for a month for anyone who prefers it.",

    "Interlibrary loan requests rose by a third this year, mostly for book chapters. We now scan chapters "
    "on request within two working days, and the median time to fill a request has fallen from nine days "
    "to four. Requests for whole books still go through the regional consortium.",

    "This year's summer reading challenge had a space theme. More than six hundred children signed up, "
    "and four hundred finished all six books. The closing party had a planetarium tent, a rocket made of "
    "cardboard boxes and a visit from a real astronaut, who read from her favourite picture book.",

    "Conservation work on the parish registers is finished. The bindings of the oldest volumes, from the "
    "sixteenth century, were repaired with Japanese tissue and wheat starch paste, and each volume now has "
    "its own box. The registers can be consulted again in the reading room by appointment.",

    "Printing costs go up by two pence a page from January. The price has not changed in six years, while "
    "the cost of toner and paper has nearly doubled. Students on bursaries keep their free printing "
    "allowance, and scanning to email remains free for everyone.",

    "We counted visitors for a week in March to plan opening hours. The busiest hour was between two and "
    "three in the afternoon; after eight in the evening fewer than ten people came in each night. From "
    "next term the library closes at eight on weekdays and opens an hour earlier instead.",

    "The local history society gave us its collection of postcards, some eleven hundred cards from 1900 to "
    "1960 showing the town's streets, shops and the old railway station. Volunteers are cataloguing them, "
    "and the first two hundred can already be searched in the catalogue with their images.",

    "Our makerspace bought a second 3D printer and a vinyl cutter. Both can be booked in two-hour slots "
    "after a short induction. Most bookings so far come from engineering students making prototypes and "
    "from the drama society, who made the props for their spring production.",

    "The new self-service kiosks handle nine out of ten loans and returns. Staff who used to stand at the "
    "circulation desk now spend that time helping people find books on the shelves, which they say is the "
    "better part of the job. The kiosks also take fine payments by card.",

    "Research data management workshops start again in October. They cover writing a data management "
    "plan, choosing file formats that last, and depositing data in the repository with a persistent "
    "identifier. Each session takes ninety minutes and is open to staff and doctoral students.",

    "Open access publishing costs keep rising. Our read-and-publish agreements now cover four publishers, "
    "and authors at the university can publish in their hybrid journals without paying a fee. The "
    "agreements cost more than the old subscriptions, but less than paying each article charge separately.",

    "The archive's reading room has a new booking system. Researchers choose a date, list the boxes they want "
    "and receive a confirmation with their seat number. Boxes are fetched before the visit, so the wait "
    "on arrival has gone from forty minutes to none.",

    "Copyright questions now go to a single address. The copyright librarian answers within three days and "
    "keeps a list of the most common questions on the library's website: how much of a book can be scanned "
    "for a course, whether films can be shown in class, and what a Creative Commons licence allows.",
]

STRAY = [
    "Our chat reference service now runs until midnight on weekdays. Questions typed into the box on any "
    "library page reach a librarian at one of twelve partner universities, who can see our catalogue and "
    "databases. Most questions are about finding full text and renewing loans.",

    "Opening hours over the holidays are posted on our Facebook page and on the door. The building closes "
    "on 23 December and reopens on 3 January; the online resources stay available throughout, and loans "
    "due during the closure are renewed automatically.",

    "The new catalogue records come from a national database, which means fewer typing errors and faster "
    "processing. Records for local material, such as theses and the town's council minutes, are still "
    "created by our own cataloguers and checked by a second one before they are loaded.",
]

PASS = [
    "On a brighter note, two of our assistants have found mentors through the association's online "
    "mentoring scheme, and meet them by video every month.",
    "Several of us also joined last week's #libchat on Twitter about mentoring new librarians, which was "
    "lively and full of advice.",
    "Our deputy has started mentoring a library school student she met on LinkedIn.",
    "Separately, the staff room now has a list of Twitter chats and webinars on mentoring for anyone looking "
    "for a mentor.",
    "If you want a mentor yourself, the regional group matches mentors and mentees online twice a year.",
]
