"""The words of the second labelled web (:mod:`tests.labelled_web2`), written
apart from :mod:`tests.labelled_text` so that web 2 can measure the ranking
it was not tuned on.

``ON`` paragraphs are about mentoring that happens through social media or
online networks (the built-in topic); ``MENTOR`` about mentoring with no
social media; ``NET`` about professional learning on social media with no
mentoring; ``ELSE`` about other things school, public and academic libraries
write about (a few use words such as blog, chat or Facebook); ``ASIDE``
sentences mention the topic once, in passing.
"""

ON = [
    # 0
    "Three years into my first school library job I realised nobody in the building did what I did. "
    "A colleague suggested I post my questions on Mastodon with the #schoollibrarians hashtag, and by "
    "the end of that term two experienced school librarians had become mentors to me: one checked my "
    "collection policy, the other talked me through my first budget meeting.",
    # 1
    "The mentoring scheme of our regional library association now runs almost entirely online. "
    "Mentees are matched with a mentor from another county, meet on a video call every six weeks, and "
    "keep a shared thread in the association's Slack between meetings. Distance stopped being a reason "
    "to say no to mentoring.",
    # 2
    "What surprised us in the interviews was how often mentoring started on LinkedIn. A new archivist "
    "commented on a post, the author replied with a long answer, they moved to direct messages, and "
    "within a year the relationship looked like any formal mentorship, with goals and regular calls.",
    # 3
    "Our Tuesday evening Twitter chat for health science librarians has become a place for mentoring "
    "moments. A student asks how to prepare for a systematic review interview, four working librarians "
    "reply with what they were asked, and the student thanks them by name. Nobody signed up as a mentor, "
    "but the mentoring is real.",
    # 4
    "E-mentoring asks different things of a mentor. Written answers stay, so a mentor has to be careful "
    "with advice about people; replies can wait a day, so the mentee has time to think. We ask our "
    "e-mentors to reply within three working days and to suggest a call when a thread gets long.",
    # 5
    "Peer mentoring groups on Facebook worked better for our early-career cataloguers than we expected. "
    "Each group has eight members and no senior colleague; they post problems from the week, mentor "
    "each other through them, and bring the hardest questions to a monthly video call with a mentor.",
    # 6
    "Reverse mentoring on Instagram started as a joke at a staff meeting. Two student assistants offered "
    "to teach the reference team how the library's account should sound, and in return asked the "
    "librarians to mentor them on job applications. A year later both sides call it the best mentoring "
    "they have had.",
    # 7
    "A mentee who finds a mentor through social media should still agree how the relationship works: "
    "how often to talk, on which platform, and what stays private. The mentors we spoke to preferred "
    "a clear first message, a link to the mentee's work, and a specific question over a general request "
    "to be mentored.",
    # 8
    "The blog comments were where the mentoring happened. A new academic librarian wrote about her "
    "first teaching session going badly, and three senior colleagues replied with their own first "
    "sessions and what they changed. She later wrote that those comments did more for her than the "
    "mentoring programme she had signed up for.",
    # 9
    "We ran a telementoring pilot for rural school librarians in two counties: each mentee had a mentor "
    "from a city school, a shared Google document of goals, and a video call every fortnight. Mentees "
    "used a WhatsApp group to ask quick questions between calls, and most of the mentoring advice "
    "they remembered came from there.",
    # 10
    "Mentoring through social media has costs as well. Mentors told us that public replies invite "
    "strangers into the conversation, that direct messages pile up, and that it is hard to end a "
    "mentoring relationship that never formally began. Several now move mentees to email after the "
    "first few exchanges.",
    # 11
    "A personal learning network on Mastodon and Bluesky replaced the mentor I could not find at work. "
    "I follow about two hundred librarians, and a handful of them answer my questions so reliably that "
    "I think of them as mentors; one of them recently asked me to mentor a student in turn.",
    # 12
    "The YouTube channel began as recordings of our mentoring workshops and became a mentoring tool in "
    "its own right: mentees watch a session on giving feedback, then discuss it with their mentor in the "
    "comments or on a call. Mentors say the videos save them from explaining the basics each time.",
    # 13
    "Online mentoring circles suit librarians who work alone. Our circles meet on Zoom every month, five "
    "mentees with one mentor, and keep talking in a Discord server between meetings. The mentees say "
    "the circle feels less formal than one-to-one mentoring and more honest than a staff meeting.",
]

MENTOR = [
    # 0
    "A good mentor listens more than they talk. In our programme mentors are trained to ask what the "
    "mentee has already tried before giving advice, and to let silences last; mentees rate these "
    "mentors far higher than the ones who arrive with answers.",
    # 1
    "We match mentors and mentees by what the mentee wants to learn, not by job title. A cataloguer who "
    "wants to move into teaching is matched with an instruction librarian, and the mentoring agreement "
    "names two or three goals for the year.",
    # 2
    "Mentoring does not end when the mentee gets the job. Our alumni pairs still meet once a term, and "
    "many former mentees have become mentors themselves; the programme now has more volunteer mentors "
    "than it can match.",
    # 3
    "Managers are not mentors. A manager judges your work and a mentor helps you see it; when the two "
    "are the same person the mentee stops asking the questions that matter. We keep mentoring pairs "
    "outside the line of management.",
    # 4
    "The first meeting sets the tone of a mentoring relationship. We give each pair a one-page guide: "
    "talk about what the mentee hopes for, agree how often to meet, and say what each of you will keep "
    "confidential.",
    # 5
    "Group mentoring in the branch libraries brings four new staff together with one experienced "
    "colleague each month. The mentor chooses a theme, the mentees bring cases, and the group agrees on "
    "one thing each person will try before the next meeting.",
]

NET = [
    # 0
    "Most of what I know about open educational resources I learned on social media. The people I "
    "follow share new textbooks, licensing questions and conference slides every day, and a weekly "
    "hashtag chat collects the best of it.",
    # 1
    "Our library's professional development budget was cut in half, so the team built its own reading "
    "group from blogs and podcasts. Each week someone picks a post, we discuss it on the team's Slack, "
    "and the notes go on the staff wiki.",
    # 2
    "Following a conference on Twitter is not the same as being there, but it is close. The hashtag "
    "carried summaries of every session, links to the slides, and arguments in the replies that were "
    "better than some of the talks.",
    # 3
    "LinkedIn Learning and YouTube have become the default way our staff learn new software. We keep a "
    "shared list of the videos that helped, and a short blog post for each tool explaining what to skip.",
]

ELSE = [
    # 0
    "The library will open at noon on Wednesday while the fire alarm system is tested. The self-service "
    "machines will be switched off during the test, so please bring returns back later in the day.",
    # 1
    "The new study pods on the second floor can be booked for two hours at a time. Each pod has a screen, "
    "a whiteboard and room for four people; bookings open a week ahead.",
    # 2
    "Our sourdough starter is four years old and survived two house moves. Feed it equal weights of flour "
    "and water, keep it in the fridge between bakes, and do not panic when it smells of nail varnish.",
    # 3
    "We spent the half-term holiday cycling along the canal towpath. The locks made for good picnic stops, "
    "and the last stretch into town was downhill all the way.",
    # 4
    "This year's book sale raised enough to buy forty new graphic novels for the teen collection. Thank you "
    "to everyone who donated books, and to the volunteers who sorted them.",
    # 5
    "The shelving project in the stacks is finished. Every call number range now has a printed guide at "
    "the end of the row, and the oversize books have moved next to the maps.",
    # 6
    "Our interlibrary loan service now handles requests for articles within one working day. Books from "
    "other libraries still take about a week, depending on the lending library.",
    # 7
    "The garden behind the library is ready for the summer: the raised beds are planted with herbs, and the "
    "children's story time will move outdoors on dry Fridays.",
    # 8
    "Printing charges will go up by two pence a page from September to cover the new machines. Colour "
    "printing stays at the same price, and students can still print their first fifty pages free.",
    # 9
    "We finally replaced the broken lift in the east wing. The new one is larger, takes two wheelchairs, "
    "and announces each floor, which the school groups visiting on Mondays seem to enjoy.",
    # 10
    "Like us on Facebook to see photos from the local history fair, and follow the library's page for "
    "the list of talks next month; the talks are free but need booking.",
    # 11
    "The knitting group meets in the community room every Thursday afternoon. Bring your own project or "
    "pick up one of the library's starter kits, and stay for tea.",
    # 12
    "Exam season means the silent study floors will be open until midnight for the next four weeks. "
    "Security staff will check student cards at the door after eight in the evening.",
    # 13
    "Our digitisation team finished scanning the parish registers from the nineteenth century. The images "
    "are in the archive catalogue, and volunteers are transcribing the names for searching.",
    # 14
    "Three tents, two stoves and one very wet dog: our first camping trip of the year did not go to plan, "
    "but the sunrise over the lake on the last morning made up for it.",
    # 15
    "The chess tournament for primary schools returns in March. Teams of four can enter through their "
    "school librarian, and the final will be played in the main reading room.",
    # 16
    "The board game collection has grown to over two hundred games. They can be borrowed for a week like "
    "any book, and the games café runs on the first Saturday of each month.",
    # 17
    "Accessibility audits of the library's website found missing alternative text on a third of the "
    "images. The web team fixed the worst pages first and will finish the rest over the summer.",
]

ASIDE = [
    "My old mentor would have laughed at the state of the queue on the first morning.",
    "Someone tweeted a photo of the new pods before we had even opened them.",
    "As a mentor once told me, the best plan is the one you write down.",
    "A few readers asked about the changes on the library's Facebook page, so here is the full list.",
]
