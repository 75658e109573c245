"""Web 44's texts and labels, written before its pages were built.

``WORKS`` maps a key to a :class:`Work` (host, path, kind, grade and what it says);
``OTHER`` lists the pages that are not works as ``(host, path, kind)``, all graded 0.
Grades: 3 about the topic throughout, 2 about it in good part, 1 a passing mention, 0 nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

INGENTA = "www.ingentaconnect.example"        # Ingenta Connect
DIALNET = "dialnet.unirioja.example"          # Dialnet
PHIL = "philpapers.example"                   # PhilPapers
WORLDCAT = "search.worldcat.example"          # WorldCat
KOHA = "catalogue.northvale.example"          # Koha OPAC
VUFIND = "find.wexford-library.example"       # VuFind
DECKS = "speakerdeck.example"                 # Speaker Deck
WHOVA = "whova.example"                       # Whova public agenda
BLOG = "thenewarchivist.blogspot.example"     # Blogger, Awesome Inc. template
WRITEAS = "write.as.example"                  # Write.as hosted blog
HOSTS = (INGENTA, DIALNET, PHIL, WORLDCAT, KOHA, VUFIND, DECKS, WHOVA, BLOG, WRITEAS)


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


def W(host, path, kind, grade, title, author, date, *paras) -> Work:
    return Work(host, path, kind, grade, title, author, date, tuple(paras))


IC = "/content/lapub/jlim/2024/00000012/00000002"
WH = "/portal/webapp/libnet_202405"

WORKS = {
    # --- Ingenta Connect: Journal of Library and Information Management ---
    "ic1": W(INGENTA, IC + "/art00003", "journal-article", 3,
             "E-mentoring through social media: a survey of early-career academic librarians",
             "Harriet Olwen; Devika Raman", "2024-04-01",
             "Abstract: This study surveys 412 early-career academic librarians on how they use social media and "
             "online networks to find mentors and sustain mentoring relationships. Respondents named LinkedIn, "
             "Mastodon, Slack workspaces and professional listservs as their main channels for e-mentoring.",
             "Two thirds reported at least one informal mentor met online, and 41 per cent took part in a "
             "structured virtual mentoring programme run by a professional association. Peer mentoring groups "
             "on chat platforms were valued for candid career advice that formal schemes rarely gave.",
             "We discuss implications for LIS associations designing online mentoring programmes, including "
             "matching by specialty rather than geography and supporting mentors with light-touch training."),
    "ic1pdf": W(INGENTA, IC + "/art00003?crawler=true&mimetype=application/pdf", "journal-article", 3,
                "E-mentoring through social media: a survey of early-career academic librarians",
                "Harriet Olwen; Devika Raman", "2024-04-01",
                "E-mentoring through social media: a survey of early-career academic librarians",
                "Harriet Olwen and Devika Raman",
                "Introduction. Mentoring has long supported the professional development of librarians, but the",
                "move of professional conversation to social media has changed how mentors are found. New",
                "librarians now reach advice networks on LinkedIn, Mastodon and Slack before they meet a mentor",
                "in person. This survey of 412 early-career academic librarians asks which online networks they",
                "use for e-mentoring, how virtual mentoring programmes compare with informal peer mentoring,",
                "and what associations can do to support mentors who work entirely online."),
    "ic2": W(INGENTA, IC + "/art00005", "journal-article", 2,
             "Building a community of practice for solo archivists",
             "Colm Brennock", "2024-04-01",
             "Abstract: Solo archivists in small institutions often lack colleagues to consult. This article "
             "reports on a regional community of practice that met quarterly in person over five years.",
             "In its final two years the group added an online discussion forum and a peer mentoring scheme "
             "pairing newer archivists with experienced members over video calls; members said the virtual "
             "mentoring kept them connected between meetings and that several found long-term mentors there.",
             "The article also covers shared disaster planning and joint purchasing of archival supplies."),
    "ic3": W(INGENTA, IC + "/art00001", "journal-article", 0,
             "Preceptorship and clinical mentoring of newly qualified nurses: a scoping review",
             "Aoife Delaney", "2024-04-01",
             "Abstract: This scoping review maps 58 studies of preceptorship for newly qualified nurses on hospital "
             "wards, focusing on shift-based supervision, competency sign-off and retention in the first year.",
             "Findings suggest protected preceptor time and ward-level support are the strongest predictors of "
             "retention; recommendations are made for nurse managers."),
    "ic4": W(INGENTA, IC + "/art00002", "journal-article", 1,
             "Discovery layer usage after a migration to a cloud library services platform",
             "Peter Lindqvist", "2024-04-01",
             "Abstract: We compare twelve months of discovery layer logs before and after a migration to a cloud "
             "library services platform, finding a drop in known-item searches and a rise in facet use.",
             "Staff learned the new platform largely through an online user group, where experienced "
             "systems librarians informally mentored newcomers; a formal training plan is recommended."),
    # --- Dialnet ---
    "dn1": W(DIALNET, "/servlet/articulo?codigo=9312584", "journal-article", 3,
             "Mentoría entre pares en redes sociales: bibliotecarios noveles en Twitter y Telegram",
             "Lucía Garrido Ortega", "2023",
             "Resumen: Este artículo analiza cómo los bibliotecarios noveles en España utilizan las redes "
             "sociales para encontrar mentores y organizar la mentoría entre pares. A partir de entrevistas a "
             "24 profesionales, describimos grupos de Telegram y chats en Twitter donde bibliotecarios con "
             "experiencia orientan a los recién llegados.",
             "Abstract: This article examines how new librarians in Spain use social media for peer mentoring "
             "and for finding mentors, through Telegram groups and Twitter chats that act as online advice "
             "networks for information professionals.",
             "Palabras clave: mentoría; redes sociales; bibliotecarios; desarrollo profesional; e-mentoring"),
    "dn2": W(DIALNET, "/servlet/articulo?codigo=9120447", "journal-article", 2,
             "Online professional networks and the career development of archivists in Latin America",
             "Mateo Quiroga", "2022",
             "Abstract: Drawing on a survey of 180 archivists in six Latin American countries, this paper "
             "studies the role of online professional networks in career development. Mailing lists and "
             "Facebook groups were the main spaces for job information and for informal mentoring between "
             "senior and junior archivists.",
             "Resumen: El estudio también aborda la formación continua y el reconocimiento profesional."),
    "dn3": W(DIALNET, "/servlet/articulo?codigo=8876130", "journal-article", 0,
             "Instagram como herramienta de marketing en bibliotecas públicas",
             "Nerea Ballester", "2022",
             "Resumen: Se analiza la presencia en Instagram de 60 bibliotecas públicas: frecuencia de "
             "publicación, tipos de contenido, participación de los usuarios y campañas de fomento de la "
             "lectura.",
             "Abstract: Public libraries' Instagram accounts are studied as a marketing and reading-promotion tool."),
    "dn4": W(DIALNET, "/servlet/tesis?codigo=301877", "document", 1,
             "La formación continua del personal bibliotecario universitario (tesis doctoral)",
             "Inés Carballo Roca", "2021",
             "Tesis doctoral. Estudia los planes de formación continua del personal de bibliotecas "
             "universitarias españolas entre 2010 y 2020, con cursos presenciales y en línea.",
             "Se menciona brevemente la mentoría como práctica informal entre compañeros."),
    # --- PhilPapers ---
    "pp1": W(PHIL, "/rec/OLWTEO-3", "journal-article", 2,
             "The Ethics of Online Mentoring in the Information Professions",
             "Simone Achterberg", "2023",
             "Abstract: Mentoring relationships that begin on social media raise ethical questions of "
             "boundaries, visibility and power. This paper examines e-mentoring among librarians and archivists, "
             "where public advice threads blur the line between mentoring and performance.",
             "I argue that professional associations running online mentoring programmes owe mentees clearer "
             "norms of confidentiality. The second half turns to the general ethics of professional advice."),
    "pp2": W(PHIL, "/rec/KAMMNA", "journal-article", 3,
             "Mentoring Networks and Epistemic Community among Librarians on Social Media",
             "Yusuf Kamara", "2024",
             "Abstract: Librarians increasingly find mentors through social media rather than their workplaces. "
             "This paper treats online mentoring networks of librarians and information professionals as "
             "epistemic communities: peer mentoring threads, hashtag chats and virtual mentoring programmes "
             "transmit tacit professional knowledge and norms.",
             "Drawing on social epistemology, I show how advice networks on Mastodon and LinkedIn distribute "
             "testimony about career choices, and argue that these networks deserve recognition as a form of "
             "professional mentoring, not merely networking."),
    "pp3": W(PHIL, "/rec/HEDMIP", "journal-article", 0,
             "Mentoring in Philosophy Graduate Programs: Who Gets Advised?",
             "Rosalind Hedge", "2021",
             "Abstract: Drawing on interviews with doctoral students in philosophy, this paper examines how "
             "advisors choose whom to mentor and how informal departmental culture shapes who receives career "
             "advice. Implications for diversity in academic philosophy are discussed."),
    "pp4": W(PHIL, "/rec/VOSPIC", "journal-article", 1,
             "Privacy in the Catalogue: Patron Data and Library Ethics",
             "Anton Vos", "2022",
             "Abstract: Library systems collect patron data that may reveal reading habits. This paper defends "
             "strong retention limits grounded in intellectual freedom.",
             "A closing note thanks the online reading group of librarians whose members mentored the author "
             "through library practice."),
    # --- WorldCat ---
    "wc1": W(WORLDCAT, "/title/1389025517", "document", 3,
             "Mentoring in the networked library: social media, peer support, and professional growth",
             "Margaret Ellison-Cho", "2023",
             "Summary: A practical guide for librarians and archivists on using social media and online "
             "networks for mentoring: finding a mentor on LinkedIn and Mastodon, running peer mentoring circles "
             "on Slack, and designing virtual mentoring programmes for library associations.",
             "Contents: Why mentoring moved online -- Finding mentors in online communities -- Peer mentoring "
             "circles -- E-mentoring programmes for associations -- Being a good online mentor -- Case studies."),
    "wc2": W(WORLDCAT, "/title/1420771906", "document", 3,
             "Virtual mentoring and early-career archivists: an exploratory study (thesis)",
             "Kerstin Moll", "2022",
             "Thesis/dissertation: M.A.S., University of British Columbia, School of Information.",
             "Abstract: Interviews with 18 early-career archivists explore how they found mentors through "
             "online networks, listservs and social media, and how virtual mentoring compared with the "
             "in-person mentoring offered by their employers."),
    "wc3": W(WORLDCAT, "/title/1187654302", "document", 0,
             "Social media for libraries: marketing, outreach, and engagement",
             "Dana Whitcombe", "2020",
             "Summary: Covers planning a library's social media presence, content calendars, analytics, "
             "and running campaigns for events and collections."),
    "wc4": W(WORLDCAT, "/title/1298443311", "document", 1,
             "The new librarian's handbook: first years in the profession",
             "Oliver Penhaligon", "2021",
             "Summary: Advice for new librarians on interviews, first jobs, committee work and workload.",
             "Includes a short section on finding a mentor, online or in person."),
    # --- Koha OPAC ---
    "ko1": W(KOHA, "/cgi-bin/koha/opac-detail.pl?biblionumber=48213", "document", 2,
             "Online mentoring programmes in library associations: a toolkit",
             "Northvale Library Association", "2022",
             "Summary: A toolkit for association committees setting up online mentoring programmes: recruiting "
             "mentors, matching through a web form, running pairs over video calls and a members' forum.",
             "Also includes templates for committee minutes and event budgets."),
    "ko2": W(KOHA, "/cgi-bin/koha/opac-detail.pl?biblionumber=39104", "document", 0,
             "Preserving local newspapers: a practical guide",
             "Fenella Ashcroft", "2019",
             "Summary: Microfilming, digitization and storage of local newspaper collections."),
    "ko3": W(KOHA, "/cgi-bin/koha/opac-detail.pl?biblionumber=44790", "document", 1,
             "Leading small libraries",
             "Graham Oduya", "2020",
             "Summary: Management for directors of small public libraries: budgets, staffing, boards.",
             "Chapter 7 briefly recommends joining online networks to find a mentor."),
    # --- VuFind ---
    "vf1": W(VUFIND, "/Record/wex.1102938", "document", 3,
             "Peer mentoring online for LIS students and new professionals: report of a pilot",
             "Bronagh Keyes; Tadhg Mulcahy", "2023",
             "Summary: Report of a pilot e-mentoring programme pairing LIS students with new professionals "
             "through an online community and a Slack workspace. Covers recruiting mentors on social media, "
             "matching, virtual meetings and evaluation of mentoring outcomes.",
             "Subjects: Mentoring in library science; Librarians -- Social networks; Online social networks."),
    "vf2": W(VUFIND, "/Record/wex.1099412", "document", 2,
             "Proceedings of the Irish Archives Forum 2022",
             "Irish Archives Forum", "2022",
             "Summary: Papers on digital preservation, records management and professional development.",
             "Includes papers on an online mentoring scheme for archivists run through the Forum's LinkedIn "
             "group and on peer mentoring among records managers in virtual networks."),
    "vf3": W(VUFIND, "/Record/wex.1087733", "document", 0,
             "Mentoring new teachers: a school-based approach",
             "Fiona Carberry", "2018",
             "Summary: Induction and mentoring of newly qualified teachers in primary schools."),
    "vf4": W(VUFIND, "/Record/wex.1104581", "journal-article", 1,
             "Reference services in the hybrid library",
             "Eamon Tierney", "2023",
             "Summary: Journal article on blending chat and desk reference after the pandemic.",
             "Notes that new staff learned chat reference from mentors in an online network."),
    # --- Speaker Deck ---
    "sd1": W(DECKS, "/ruthmbeki/finding-your-people-mentoring-for-librarians-online", "document", 3,
             "Finding your people: mentoring for librarians online", "Ruth Mbeki", "2024-03-14",
             "Slide 1: Finding your people: mentoring for librarians online. Slide 2: Why mentoring moved to "
             "social media: solo librarians, remote jobs, and the end of the local mentor.",
             "Slide 3: Where mentors are: library Mastodon, LinkedIn groups, association Slack channels, "
             "#critlib and #libraryjobs. Slide 4: Asking well: small asks, specific questions, say thank you.",
             "Slide 5: Peer mentoring circles: four to six people, a monthly video call, a shared channel. "
             "Slide 6: Be a mentor too: answer the newcomer's question you once asked."),
    "sd2": W(DECKS, "/ruthmbeki/lessons-from-running-a-virtual-mentoring-program", "document", 2,
             "Lessons from running a virtual mentoring program", "Ruth Mbeki", "2023-10-05",
             "Slide 1: Our state library association's virtual mentoring program, year two. Slide 2: 38 pairs "
             "matched online; most met only on video.",
             "Slide 3: Budget and volunteer hours. Slide 4: Evaluation survey. Slide 5: What we would change: "
             "more check-ins, a mentor orientation, better scheduling tools."),
    "sd3": W(DECKS, "/kaitoishii/mentoring-junior-engineers-remotely", "document", 0,
             "Mentoring junior engineers remotely", "Kaito Ishii", "2024-01-22",
             "Slide 1: Mentoring junior engineers on a distributed team. Slide 2: Pairing on code reviews.",
             "Slide 3: Onboarding documents and architecture decision records. Slide 4: Career ladders for "
             "software engineers."),
    "sd4": W(DECKS, "/ruthmbeki/tiktok-for-teen-services", "document", 1,
             "TikTok for teen services", "Ruth Mbeki", "2023-06-19",
             "Slide 1: TikTok for teen services at the public library. Slide 2: Book talks in 60 seconds.",
             "Slide 3: Working with the teen advisory board. Slide 4: Thanks to my online mentor, who talked "
             "me into trying this."),
    # --- Whova: LibNet 2024 ---
    "wv1": W(WHOVA, WH + "/Agenda/3311201", "article", 3,
             "Peer mentoring circles for new archivists on Slack and Discord", "Naledi Khumalo", "2024-05-16",
             "Session description: Three years ago we started peer mentoring circles for early-career archivists "
             "on Slack, then moved some to Discord. This session shares how the circles recruit through social "
             "media, match members, and keep online mentoring going between monthly calls.",
             "Attendees will leave with a template for starting a peer mentoring circle in their own online "
             "network and tips for finding mentors beyond their institution."),
    "wv2": W(WHOVA, WH + "/Agenda/3311207", "article", 2,
             "Career paths panel: from paraprofessional to director", "Lars Eriksen", "2024-05-16",
             "Session description: Four panelists describe their careers in public and academic libraries.",
             "Part of the panel discusses how each found mentors, two of them through online networks and "
             "LinkedIn groups, and how the association's virtual mentoring program can help attendees."),
    "wv3": W(WHOVA, WH + "/Agenda/3311215", "article", 0,
             "Hands-on: digitizing glass plate negatives", "Naledi Khumalo", "2024-05-17",
             "Session description: A practical workshop on handling, cleaning and scanning glass plate "
             "negatives, with metadata for the digitized images."),
    "wv4": W(WHOVA, WH + "/Agenda/3311220", "article", 1,
             "Keynote: libraries and the information commons", "Lars Eriksen", "2024-05-17",
             "Session description: A keynote on libraries' role in keeping knowledge open and shared.",
             "The speaker will also thank the mentors who found him online early in his career."),
    "wv5": W(WHOVA, WH + "/CommunityBoard/topic/88231", "post", 3,
             "Looking for a mentor (or peer mentoring buddies) before and after the conference",
             "Priya Sethuraman", "2024-05-02",
             "First-time attendee here, two years into a solo librarian job. Is anyone open to a mentoring "
             "chat during the conference and keeping in touch online afterwards? I'd love a mentor who has "
             "worked in special libraries.",
             "Reply from Naledi Khumalo: Come to our peer mentoring circles session Thursday! We also run an "
             "online channel for people looking for mentors; DM me on the app.",
             "Reply from Lars Eriksen: The association's virtual mentoring program opens applications in June; "
             "happy to talk at the booth."),
    "wv6": W(WHOVA, WH + "/CommunityBoard/topic/88240", "post", 0,
             "Ride share from the airport Wednesday evening?", "Tomasz Wierzbicki", "2024-05-10",
             "Landing around 6pm Wednesday, anyone want to share a taxi to the conference hotel?",
             "Reply from Priya Sethuraman: I land at 6:30, happy to share."),
    # --- Blogger, Awesome Inc.: The New Archivist ---
    "bl1": W(BLOG, "/2024/02/how-i-found-my-mentor-on-mastodon.html", "article", 3,
             "How I found my mentor on Mastodon", "Saoirse Flynn", "2024-02-11",
             "When I took my first archivist job I was the only archivist on staff, and nobody at work could "
             "tell me whether my processing plan was sensible. So I went looking for a mentor online.",
             "I followed #archives and #GLAM on Mastodon for a month, replied to posts where I had something "
             "useful to add, and then asked one senior archivist for a single 20-minute call. That call became "
             "a monthly mentoring conversation that has lasted two years.",
             "If you are an early-career archivist without a mentor at work, social media can be where you "
             "find one. Be specific, be patient, and offer something back."),
    "bl2": W(BLOG, "/2024/04/our-peer-mentoring-circle-one-year-on.html", "article", 3,
             "Our peer mentoring circle, one year on", "Saoirse Flynn", "2024-04-20",
             "A year ago five of us who met in an online archives community started a peer mentoring circle. "
             "We meet on video once a month and keep a shared channel for questions in between.",
             "What worked: rotating who brings a problem, reviewing each other's job applications, and inviting "
             "a guest mentor from the network every quarter. What didn't: trying to meet weekly.",
             "Peer mentoring online has given each of us the colleagues our workplaces could not. If you want "
             "to start a circle, the association's e-mentoring page has a template."),
    "bl3": W(BLOG, "/2023/11/notes-from-the-regional-archives-meeting.html", "article", 2,
             "Notes from the regional archives meeting", "Saoirse Flynn", "2023-11-08",
             "The regional meeting covered the new records retention schedules, a talk on born-digital "
             "accessioning and a lively lunch.",
             "The best session was on the association's new online mentoring programme: mentors and mentees "
             "are matched through the members' forum and meet by video, and early-career archivists can ask "
             "for advice in an open LinkedIn group before committing to a pairing. I signed up as a mentee."),
    "bl4": W(BLOG, "/2023/09/shadowing-in-the-reading-room.html", "article", 1,
             "Shadowing in the reading room", "Saoirse Flynn", "2023-09-14",
             "This month I spent two days shadowing the senior archivist at the county record office, "
             "watching how she handles reading room requests and difficult enquiries.",
             "It was old-fashioned mentoring, in person and with tea, and I learned more about reference "
             "interviews than any course taught me."),
    "bl5": W(BLOG, "/2023/07/rehousing-the-parish-registers.html", "article", 0,
             "Rehousing the parish registers", "Saoirse Flynn", "2023-07-02",
             "We finally rehoused the parish registers into archival boxes. Some had red rot, so we used "
             "consolidant on the spines and made phase boxes for the worst ones.",
             "Next up is the estate maps, which need flat storage we do not have yet."),
    "bl6": W(BLOG, "/2024/06/a-year-of-born-digital-accessioning.html", "article", 1,
             "A year of born-digital accessioning", "Saoirse Flynn", "2024-06-09",
             "We took in 2 TB of born-digital records this year: email, shared drives and one very old Zip disk.",
             "The BitCurator forum, where I asked half my questions, saved me; thanks to everyone there."),
    # --- Write.as: shelfnotes ---
    "wa1": W(WRITEAS, "/shelfnotes/mentoring-is-a-network-not-a-person", "article", 3,
             "Mentoring is a network, not a person", "shelfnotes", "2024-05-03",
             "Most advice about mentoring for librarians assumes you will find the one mentor. I never did. "
             "What I have instead is a network: a cataloguer on Mastodon, two former classmates in a group chat, "
             "a retired director who answers my LinkedIn messages.",
             "Online, mentoring is distributed. Each person in my advice network knows one thing well, and "
             "social media makes it cheap to ask. Peer mentoring fills the gaps.",
             "If you run a mentoring programme for information professionals, design for networks: introduce "
             "mentees to three people, not one."),
    "wa2": W(WRITEAS, "/shelfnotes/leaving-the-bird-site", "article", 2,
             "Leaving the bird site", "shelfnotes", "2024-02-18",
             "I deleted my old account this week. I won't miss the noise.",
             "I will miss the library chats where new librarians could ask a question and get advice from "
             "people with twenty years' experience. That was mentoring, whatever we called it, and a lot of us "
             "found our mentors there. I hope the library folks on Mastodon and Bluesky can rebuild it."),
    "wa3": W(WRITEAS, "/shelfnotes/what-my-sister-learned-about-teacher-mentoring", "article", 0,
             "What my sister learned about teacher mentoring", "shelfnotes", "2024-03-09",
             "My sister is in her first year of teaching, and her school gives every new teacher a mentor "
             "who observes one lesson a week. It has been the difference between quitting and staying.",
             "Her mentor's best advice: plan for the class you have, not the class you wanted."),
    "wa4": W(WRITEAS, "/shelfnotes/weeding-without-guilt", "article", 1,
             "Weeding without guilt", "shelfnotes", "2024-04-01",
             "Weeding is collection development. A crowded shelf hides the good books.",
             "A cataloguer I met online, and now count as a mentor, taught me to use circulation data as "
             "the start of the conversation, not the end."),
    "wa5": W(WRITEAS, "/shelfnotes/how-to-ask-a-stranger-to-mentor-you", "article", 3,
             "How to ask a stranger to mentor you", "shelfnotes", "2024-06-12",
             "People keep asking me how I found mentors online as a new librarian. Here is what worked.",
             "Follow librarians in your specialty on social media, read for a while, then reply with something "
             "useful. Ask for one small thing: a call, feedback on a cover letter. Say thank you publicly.",
             "Join a peer mentoring group or an association's e-mentoring programme if you can; many run "
             "online now. And become someone's mentor as soon as you are a step ahead."),
    "wa6": W(WRITEAS, "/shelfnotes/posting-for-the-budget-vote", "article", 0,
             "Posting for the budget vote", "shelfnotes", "2024-01-20",
             "Our library's budget goes to a vote next month, so our social media is all advocacy now: "
             "usage numbers, patron stories, a countdown to the council meeting.",
             "Please share the posts if you live in the county."),
}

OTHER = [
    (INGENTA, "/", "home"), (INGENTA, "/content/lapub/jlim", "listing"), (INGENTA, IC, "listing"),
    (INGENTA, "/search?option1=tka&value1=mentoring", "search"), (INGENTA, "/about", "about"),
    (INGENTA, "/contact", "contact"), (INGENTA, "/content/lapub/jlim/2019/00000007/00000004/art00009", "error"),
    (DIALNET, "/", "home"), (DIALNET, "/servlet/autor?codigo=4471203", "profile"),
    (DIALNET, "/servlet/autor?codigo=3985117", "profile"), (DIALNET, "/servlet/revista?codigo=22417", "listing"),
    (DIALNET, "/buscar/documentos?querysDismax.DOCUMENTAL_TODO=mentor%C3%ADa", "search"),
    (DIALNET, "/metricas/materias/biblioteconomia", "category"), (DIALNET, "/servlet/articulo?codigo=1", "error"),
    (PHIL, "/", "home"), (PHIL, "/browse/information-ethics", "category"), (PHIL, "/browse/mentoring", "category"),
    (PHIL, "/s/mentoring%20librarians", "search"), (PHIL, "/profile/402118", "profile"),
    (PHIL, "/help/about.html", "about"), (PHIL, "/help/contact.html", "contact"), (PHIL, "/rec/ZZZZZZ-9", "error"),
    (WORLDCAT, "/", "home"), (WORLDCAT, "/title/1389025517/editions", "listing"),
    (WORLDCAT, "/search?q=mentoring+librarians", "search"), (WORLDCAT, "/about", "about"),
    (WORLDCAT, "/lists/mentoring-reading", "listing"), (WORLDCAT, "/title/1000000001", "error"),
    (KOHA, "/cgi-bin/koha/opac-main.pl", "home"), (KOHA, "/cgi-bin/koha/opac-search.pl?q=mentoring", "search"),
    (KOHA, "/cgi-bin/koha/opac-shelves.pl?op=list&public=1", "listing"),
    (KOHA, "/cgi-bin/koha/opac-shelves.pl?op=view&shelfnumber=14", "listing"),
    (KOHA, "/cgi-bin/koha/opac-search.pl?tag=mentoring&q=mentoring", "tag"),
    (KOHA, "/cgi-bin/koha/opac-page.pl?code=about", "about"),
    (KOHA, "/cgi-bin/koha/opac-detail.pl?biblionumber=99999", "error"),
    (VUFIND, "/", "home"), (VUFIND, "/Search/Results?lookfor=mentoring&type=AllFields", "search"),
    (VUFIND, "/Author/Home?author=Keyes%2C+Bronagh", "profile"), (VUFIND, "/MyResearch/MyList/42", "listing"),
    (VUFIND, "/Browse/Topic", "category"), (VUFIND, "/Content/about", "about"),
    (VUFIND, "/Record/wex.0000001", "error"),
    (DECKS, "/", "home"), (DECKS, "/ruthmbeki", "profile"), (DECKS, "/kaitoishii", "profile"),
    (DECKS, "/c/education", "category"), (DECKS, "/search?q=mentoring", "search"), (DECKS, "/about", "about"),
    (WHOVA, "/portal/libnet_202405/", "home"), (WHOVA, WH + "/Agenda", "listing"),
    (WHOVA, WH + "/Speakers", "listing"), (WHOVA, WH + "/Speakers/5580012", "profile"),
    (WHOVA, WH + "/Speakers/5580019", "profile"), (WHOVA, WH + "/CommunityBoard", "listing"),
    (WHOVA, WH + "/Agenda?search=mentoring", "search"), (WHOVA, WH + "/Agenda/3300000", "error"),
    (BLOG, "/", "home"), (BLOG, "/search/label/mentoring", "tag"), (BLOG, "/search/label/processing", "tag"),
    (BLOG, "/p/about.html", "about"), (BLOG, "/p/contact.html", "contact"), (BLOG, "/2024/", "listing"),
    (BLOG, "/search?updated-max=2023-11-08T09:00:00Z&max-results=3", "listing"), (BLOG, "/search?q=mentor", "search"),
    (BLOG, "/2019/01/welcome.html", "error"),
    (WRITEAS, "/shelfnotes/", "home"), (WRITEAS, "/shelfnotes/page/2", "listing"),
    (WRITEAS, "/shelfnotes/tag:mentoring", "tag"), (WRITEAS, "/shelfnotes/about", "about"),
    (WRITEAS, "/shelfnotes/old-draft", "error"),
]
