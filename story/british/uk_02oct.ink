// 2 October 1941: the figures sheet, the press conference at the Hotel National, the last night.

=== uk_press_day ===
You wake with a head like a dropped tray. A note on your typewriter: press conference at the National at eleven; a one-page sheet of the agreed figures for the correspondents, nothing secret, by ten. # CLEAR # date: 2 October 1941 # location: British Embassy # fact: press_conference_oct2 # fiction
Far to the west, though you will not know it for days, the main German offensive on Moscow is opening this morning along the whole front. # fact: typhoon_begins
A pencilled draft from somebody on the mission has added at the foot: "10,000 trucks a month". You go through the protocol clause by clause: jeeps, guns, aircraft, tanks; nowhere ten thousand trucks a month in black and white. # fact: trucks_figure # fact: harriman_quantities # fiction
-> uk_trucks_choice

= uk_trucks_choice
-> table_uk_sheet ->
It is half past nine. The figure sits at the foot of the page, pencilled, round and impressive. # decision: uk_trucks The ten thousand trucks on the press sheet
* [Strike it: only what is in the signed text goes out]
    ~ uk_trucks = 0
    ~ common_adjust(reputation, 1)
    You strike it out. The sheet looks thinner for it. # fiction
* [Leave it in: it's a senior man's figure, and it sounds well]
    ~ uk_trucks = 1
    ~ common_adjust(standing, 1)
    ~ common_adjust(reputation, -1)
    You type it in. It goes out to thirty correspondents, who copy it into thirty notebooks. # fiction
* [Type it, marked "figure to be confirmed"]
    ~ uk_trucks = 2
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_press, 1)
    You type it with a bracket: "(figure to be confirmed)". It is the least glamorous bracket in diplomacy. # fiction
- -> uk_national

=== uk_national ===
The Hotel National faces the Kremlin, plusher than the Metropol. # date: 2 October 1941 # location: Hotel National # fact: hotel_national # fact: press_conference_oct2
The room is packed with every Western correspondent in Moscow. You stand at a side table handing out your sheets. # fact: press_conference_oct2
Lord Beaverbrook is exuberant. He talks about Stalin as if he had discovered him. Mr Harriman is quieter, and adds what needs adding. # fact: press_conference_oct2
He will tell the world they worked at the Kremlin every night. You think of the sheets you checked at three in the morning, and of the nought. # fact: pre_typed_answers # fact: kremlin_meetings_count
{uk_sheet_fix == 0: You still do not know whether the sheet with the nought was the one that went up the hill. You have decided not to find out.}
-> uk_national_room

= uk_national_room
{The questions come fast, in English and American.|The room is hot. Pencils scratch.|Beaverbrook is answering a question about tanks with both hands.}
* [Watch the correspondents]
    Among them you recognise Peg Soames near the front, and, by the pillar, a quiet Englishman of about forty who takes down every word in shorthand and asks nothing at all.
    "Philip Jordan," Marsh whispers behind you. "News Chronicle. Covered Spain. He's good." # speaker: Ed Marsh # fact: jordan_reported
    -> uk_national_room
* [Listen to the questions about figures]
    "Four hundred aircraft and five hundred tanks a month?" a voice asks, and the answer comes back: yes, and more besides. # fact: protocol_aircraft_tanks
    {uk_trucks == 1: Someone at the back reads the trucks figure off your sheet and asks about it. Beaverbrook waves a hand: the sheet has it. The room writes it down.}
    {uk_trucks == 2: Someone reads out your bracket, "to be confirmed", in a tone of deep disappointment. Harriman's man says it will be clarified. It isn't, that day.}
    {uk_trucks == 0: Someone asks about trucks, because they have heard a figure in the bar. There is no figure on your sheet. Harriman's man says trucks will be included among the supplies. The pencils write "trucks" and nothing after it.}
    -> uk_national_room
* [Listen to what the correspondents call the conference]
    At the back, two agency men are comparing notes in an undertone. "The Caviar Conference," one of them says, and the other laughs. # fact: caviar_codename
    You never see the word on any paper in Moscow. The Associated Press man, Henry Cassidy, will give the name to his chapter on these days; whether it began as a codename or a joke, nobody has shown. # fact: caviar_codename # fact: cassidy_caviar_conference
    -> uk_national_room
* [Keep your eyes on your sheets]
    -> uk_corridor

= uk_corridor
Afterwards the correspondents surge towards the press department, where their copy will be read and cut before it goes. # date: 2 October 1941 # location: Hotel National # fact: palgunov_censor # fact: metropol_press_corps
~ common_clue()
Ed Marsh is leaning on a radiator with a correspondent you don't know, from one of the agencies. You hear "caviar" and "a crate, at least" and "for Churchill" and laughter, as you pass. # fiction # clue: At the National after the press conference, Marsh was still telling correspondents "a crate, at least" (2 Oct).
"Hey. You're with Beaverbrook. Is it true he sent out for a hundred pounds of caviar for the PM? Give me a yes or a no." # speaker: Agency correspondent
{uk_leaked: You have said it all once already, to Peg Soames. Saying it again would only make it twice.}
-> uk_corridor_choice

= uk_corridor_choice
* {not uk_leaked and uk_grievance >= 2} [Give him the true story, to kill the bigger lie]
    ~ uk_leaked = true
    ~ uk_leak_when = "the corridor of the Hotel National, on 2 October"
    ~ uk_leak_place = 2
    ~ common_adjust(reputation, -2)
    ~ common_adjust(trust_press, 2)
    "Not a hundred pounds. Four tins. Four one-kilo tins, bought at the Metropol counter on the thirtieth, with embassy roubles, by a messenger who was told to. That's the truth, and you can have it, because the truth is smaller than what he's telling you." # speaker: Thomas Arden
    The agency man is writing before you finish. You have confirmed the story to the press in order to correct it. It feels like virtue. It is also the other thing. # fiction
* [Say "No comment" and walk on]
    "No comment." # speaker: Thomas Arden
    You walk on. Behind you, the agency man says to Marsh, "That's a yes," and Marsh says, "Told you." # fiction
* [Tell Marsh, sharply, to stop it]
    ~ common_adjust(reputation, 1)
    "Ed, for God's sake. You've told it three times and it's got bigger every time. Stop." # speaker: Thomas Arden
    ~ common_clue()
    Marsh holds up his hands.
    "Okay, okay. Jeez. It's a good story, Tom. It's not like it's a secret. Everybody at the Metropol had it last night." # speaker: Ed Marsh # clue: Marsh: "Everybody at the Metropol had it last night." The story was loose long before any cable.
* [Laugh, and say it's the best story you've heard all week]
    ~ uk_suspicion = uk_suspicion + 1
    ~ common_adjust(trust_press, 1)
    You laugh and say you couldn't possibly comment. The agency man writes "mission staff amused". # fiction
- Further down the corridor, Peg Soames is waiting for the censor's office to open, with her copy in her hand. She looks up as you pass.
{uk_leak_place == 1: She says nothing; she touches her breast pocket, where a notebook is, and looks away.}
{ not uk_leaked and uk_bar == 2:
    "Four kilos," she says quietly, just to show she remembers. "I haven't filed it. Yet. The censor would spike it anyway." # speaker: Peg Soames
}
{ not uk_leaked and uk_bar != 2:
    She nods to you.
    "Nobody ever thanks the man with the paper." # speaker: Peg Soames
}
-> uk_last_night

=== uk_last_night ===
The last night in Moscow. The embassy is full of packing cases, and the Private Secretary is burning drafts in the grate of the old music room. # CLEAR # date: 2 October 1941 # location: British Embassy # fiction
Arthur Nye finds you on the back stairs. He is holding his hat again. # fiction
"They're saying it everywhere, Mr Arden. The fish. A man from the Americans said it to me in the hall as a joke and I didn't know where to look. And Major Lacey has had me in. The military mission's Major. His Lordship heard a correspondent ask about it at the National, and now the Major is asking everybody who knew." # speaker: Arthur Nye
{ uk_mess == 1:
    He hesitates.
    "You told it at supper. I know it was only a joke. I laughed too." He doesn't look at you. "Only I wish you hadn't." # speaker: Arthur Nye
}
{ uk_mess == 1:
    ~ uk_nye_trust = uk_nye_trust - 2
}
{ uk_mess == 2:
    "You stood up for me at supper," he says. "I'll not forget it." # speaker: Arthur Nye
}
* [Reassure him: he only did as he was told]
    ~ uk_nye_trust = uk_nye_trust + 1
    "Arthur, you did exactly what you were told, by the people entitled to tell you. Nobody can blame you for that." # speaker: Thomas Arden
    "They can, though," Nye says. "That's the thing, Mr Arden. They always can." # speaker: Arthur Nye
* [Tell him to keep his receipt safe]
    "Have you still got the receipt?" # speaker: Thomas Arden
    He pats his inside pocket, twice.
    "Never leaves me." # speaker: Arthur Nye
    "Keep it that way. Whatever happens, that receipt says four tins." # speaker: Thomas Arden
    ~ uk_nye_trust = uk_nye_trust + 1
* [Tell him to stop talking about it to anyone, you included]
    "Then stop talking about it, Arthur. To anyone. Me included." # speaker: Thomas Arden
    He flinches as if you had slapped him, then nods.
    "Right. Yes. Quite right." # speaker: Arthur Nye
    ~ uk_nye_trust = uk_nye_trust - 1
- -> uk_farewells

= uk_farewells
There are people to say goodbye to, and not much time.
* [Go down to the cipher room to see Dot Pryce]
    -> uk_dot_goodbye
* [Find Fenwick in the chancery]
    -> uk_fenwick_goodbye
* [Go to bed; goodbyes are for people who'll see each other again]
    You go to bed, and listen to the guns on the outskirts. # fiction
    -> uk_departure

= uk_dot_goodbye
Dot is alone in the cipher room with a pot of stewed tea. # date: 2 October 1941 # location: British Embassy, cipher room # fiction
"You're off, then," she says. "Lucky you. We'll be here when the Germans come, or we won't." # speaker: Dot Pryce
{ uk_asked_dot:
    "I hear the fish has swum," she says. "All over Moscow. Just so you know, nothing left this room. People will say it did, because I knew. People always look at the one who knew." # speaker: Dot Pryce
}
{ not uk_asked_dot:
    She taps the ledger.
    "You'll hear things about who knew what, on the way home. I'll tell you what I tell everyone. The ledger knows. Ask it. Not me." # speaker: Dot Pryce
}
* [Thank her, properly]
    ~ common_adjust(trust_embassy, 1)
    "Thank you, Dot. For the nights. For doing it right." # speaker: Thomas Arden
    "Go home, Tom. Eat something with butter on it." # speaker: Dot Pryce
* {not uk_asked_dot} [Ask her, now, what the ledger would say about the caviar telegram]
    ~ uk_asked_dot = true
    ~ common_clue()
    She considers you for a long moment. Then she opens the ledger to a line some days back and turns it so you can read the initials beside it, without reading you anything else. # fiction # clue: Dot's ledger: the order came in cipher days before the purchase; the decode was initialled by Beaverbrook's office and the duty officer, G.F.
    "That's all," she says. "And you didn't see it." # speaker: Dot Pryce
- -> uk_farewells

= uk_fenwick_goodbye
Fenwick is in the chancery, alone, feet on a desk, sorting other people's invitations into the wastepaper basket. # date: 2 October 1941 # location: British Embassy, chancery # fiction
{ uk_bar == 3:
    "Ah. Beaverbrook's man. Come to see the natives off?" He doesn't take his feet off the desk. # speaker: Giles Fenwick
}
{ uk_bar != 3 and trust_embassy >= 6:
    "Arden. Come to say goodbye to the family you're leaving behind? Sit. There's a drop of the solvent left." # speaker: Giles Fenwick
}
{ uk_bar != 3 and trust_embassy < 6:
    "Arden." He nods at a chair without enthusiasm. "Come to count the spoons before you go?" # speaker: Giles Fenwick
}
* [Ask him whether he's filed the caviar joke anywhere else]
    "Giles. The caviar. You haven't told anyone outside the bar, have you? Any of the press, on their own?" # speaker: Thomas Arden
    ~ common_clue()
    "My dear Arden. I told a roomful of the press, on their own, all at once. That's the beauty of a joke. Everyone heard it and no one's responsible." # speaker: Giles Fenwick # clue: Fenwick: "I told a roomful of the press, all at once. Everyone heard it and no one's responsible." (2 Oct)
* [Make peace with him]
    ~ common_adjust(trust_embassy, 1)
    "For what it's worth, I think the Ambassador got a raw deal this week. I'm sorry I was part of it." # speaker: Thomas Arden
    Fenwick takes his feet off the desk.
    "That," he says, "is worth something." He shakes your hand. "Don't let them make you into a Beaverbrook. You'd be a very bad one." # speaker: Giles Fenwick
* [Wish him luck, briefly, and go]
    "Good luck, Giles. I mean it." # speaker: Thomas Arden
    "Luck. Yes. We'll need some of that." For a moment you see a tired young man a long way from home in a city that may fall. "Off you go." # speaker: Giles Fenwick
- -> uk_farewells
