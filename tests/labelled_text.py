"""The words of the labelled web (:mod:`tests.labelled_web`): paragraphs by
topic, written by us, from which its pages are put together.

``TOPIC`` paragraphs are about mentoring through social media (the built-in
topic), ``MENTORING`` about mentoring without the social media, ``SOCIAL``
about social media for professional learning without mentoring, ``OFF`` about
other things a library or school blog writes about (some with words such as
blog, chat or Facebook). ``PASSING`` sentences mention the topic once.
"""

TOPIC = [
    "When I started as a solo librarian I had no mentor down the hall, so I went looking on Twitter. "
    "Within a month a handful of experienced librarians were answering my questions, and one of them "
    "became a mentor in every sense: she read my drafts and told me which committees to avoid.",
    "Twitter chats such as #libchat work as mentoring moments: short exchanges in which a newer "
    "librarian asks a question and three or four experienced colleagues answer within minutes. "
    "Nobody calls it mentoring, yet the advice is exactly what a mentor would give.",
    "E-mentoring removes distance from the equation. Our mentees in rural branches meet their mentors "
    "on video calls once a month and keep in touch on Slack in between; the relationship survives busy "
    "weeks because a short message is always possible.",
    "A personal learning network on Twitter is not a mentoring programme, but it can become one. "
    "Follow people whose work you admire, reply thoughtfully, and after a while some of them will mentor "
    "you informally, often without either of you naming it.",
    "Peer mentoring circles moved online during the pandemic and never moved back. Five new librarians "
    "and one facilitator meet in a private Facebook group, share what went wrong that week, and mentor "
    "each other; the facilitator mostly asks questions.",
    "Finding a mentor on social media starts with being visible. Post about your projects, tag the "
    "people whose ideas you used, and ask specific questions; mentors respond to specific questions far "
    "more often than to a general request for mentorship.",
    "Our telementoring pilot paired twenty beginning teachers with experienced mentors who had never met "
    "them. Mentors and mentees exchanged messages on a closed Twitter list and met on video calls; "
    "retention after two years was higher than in the face-to-face group.",
    "Reverse mentoring turned out to be the most popular part of the scheme: students mentored staff on "
    "Instagram and TikTok while staff mentored students on job applications. Both sides said the "
    "mentoring relationship felt more equal than any they had had before.",
    "Hashtags give informal mentoring a place to happen. Under #uklibchat a question from a student "
    "about interviews drew twelve replies from working librarians, each a small act of mentoring that "
    "the student could come back to.",
    "LinkedIn groups promise mentoring but rarely deliver it; the conversations that felt like mentoring "
    "happened in Twitter chats and in the comments of a few blogs, where people answered each other by "
    "name and followed up a week later.",
    "A good e-mentor answers within a day, says when they do not know, and points the mentee to other "
    "people on Twitter who do. The best mentoring relationships we saw grew into networks, not pairs.",
    "We asked forty mentees what made online mentoring work. Regular contact mattered more than the "
    "platform: a mentor who sent a short message every week on Twitter or Slack was rated higher than "
    "one who held a long video call every three months.",
    "Mentoring through social media has its limits. Public tweets are no place for a conversation about "
    "a difficult manager, and several mentees moved to direct messages or email once trust was built; "
    "the mentoring began in public and continued in private.",
    "Flash mentoring on Twitter, a single conversation with an experienced colleague about one question, "
    "suits early-career librarians who cannot commit to a year-long programme but want a mentor's view "
    "on a decision this month.",
]

MENTORING = [
    "Formal mentoring programmes give structure: a matched pair, a signed agreement, goals for the year "
    "and a review at the end. The mentee knows what to expect, and the mentor has permission to spend "
    "work time on the relationship.",
    "Informal mentoring grows out of shared work. The colleague who shows you how the budget spreadsheet "
    "really works, and then asks how your first committee went, is a mentor even if nobody wrote it down.",
    "A mentee should bring questions to every meeting. Mentors are generous with time, but the mentoring "
    "relationship works best when the mentee sets the agenda and the mentor responds.",
    "Group mentoring suits small libraries: one experienced librarian mentors four newer colleagues "
    "together, and the mentees learn as much from each other's questions as from the mentor's answers.",
    "Ending a mentoring relationship well matters as much as starting it. We ask each pair to write down "
    "what the mentee learned and what the mentor learned, and most pairs stay in touch afterwards.",
    "Mentors need training too. Our half-day workshop for new mentors covers listening, giving feedback "
    "and knowing when to send a mentee to someone better placed to help.",
]

SOCIAL = [
    "Twitter has been the most useful professional development tool of my career. The links people "
    "share each morning are a reading list no course could match, and the hashtags make it easy to follow "
    "a conference from home.",
    "A personal learning network is the set of people you learn from and with. Mine lives mostly on "
    "Twitter and a few blogs, with a Slack workspace for the colleagues I talk to every week.",
    "Professional learning on social media works when you contribute as well as read. Summarise an "
    "article, share a slide deck, answer a question in a Twitter chat: the network gives back to people "
    "who give.",
    "Mastodon and Bluesky took some of the conversation away from Twitter, and our weekly chat now "
    "happens on two platforms at once, with a volunteer copying the best answers across.",
]

OFF = [
    "The branch will be closed on Monday while the heating is repaired. Returns can be left in the book "
    "drop, and loans due that day will be renewed automatically.",
    "Our new catalogue went live last week. Search now covers the e-book collection as well, and you can "
    "save lists of titles to your account; tell us at the desk if anything looks wrong.",
    "This slow cooker chili needs two onions, three cloves of garlic, a tin of tomatoes, kidney beans and "
    "a tablespoon of cumin. Brown the onions first, then leave everything on low for eight hours.",
    "We spent the weekend walking the coast path from the harbour to the lighthouse. The weather held "
    "until the last mile, and the café at the end had the best scones I have eaten this year.",
    "The summer reading challenge signed up four hundred children this year. Every child who reads six "
    "books gets a medal, and the certificates will be handed out at the party in September.",
    "Cataloguing rules changed again, and our team spent a month updating the local authority records. "
    "The work is dull but it makes the catalogue far easier to search.",
    "The makerspace now has a second 3D printer and a laser cutter. Sessions on Saturday mornings are "
    "free, but places are limited, so book at the desk or by phone.",
    "I finally finished the quilt I started three years ago. The pattern is a simple log cabin in blues "
    "and greens, and it now lives on the back of the sofa.",
    "Budget cuts mean the mobile library will visit each village every three weeks instead of every two. "
    "We know this is hard for readers who cannot travel, and we are looking for volunteers to help.",
    "Our book group read a detective novel set in Venice this month. Opinions were split: half of us "
    "loved the city, the other half could not stand the detective.",
    "The council's new parking rules start in April. Residents' permits can be renewed online, and the "
    "car park behind the library will be free after six in the evening.",
    "We tested six tents on a wet weekend in the hills. The cheapest one leaked at the seams, and the "
    "most expensive was too heavy to carry more than a mile.",
    "Follow the library on Facebook for opening hours and events; we post the week's programme every "
    "Monday morning, and you can message us there with questions about your account.",
    "This blog has been quiet for a while: the garden took over the spring. The tomatoes are in, the "
    "beans are climbing, and the slugs have eaten every lettuce I planted.",
    "The school's chess club meets on Thursdays after lessons. Beginners are welcome, and the older "
    "students run a short lesson before the games start.",
    "Our local history collection received a box of photographs of the high street from the 1950s. "
    "Volunteers are scanning them, and we will put them online by the end of the year.",
]

PASSING = [
    "A former mentor of mine used to say that the best catalogue is the one people actually use.",
    "I mentioned the closure on Twitter last week, and a few readers asked for more detail.",
    "My first mentor taught me to check the weather before any walk longer than a few miles.",
]
