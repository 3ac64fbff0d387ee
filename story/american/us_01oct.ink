// 1 October: the truck figure, the First Protocol, the banquet the juniors don't attend, the Metropol bar.

=== us_protocol_day ===
-> table_phase_sep30 ->
Wednesday, the first of October. The conference is two days ahead of itself, and everyone is running to catch up with it. # CLEAR # date: 1 October 1941 # location: Moscow, the American embassy # fact: protocol_ahead_of_schedule
A summary sheet for the correspondents is going round, and you stop at its American line: "400 aircraft, 500 tanks and 10,000 trucks a month." # fact: trucks_figure
The aircraft and tanks are right. Your tables list jeeps, five thousand of them, and no ten thousand trucks a month. It may be a misreading, or somebody's hope. It is a very round number. # fact: harriman_quantities # fact: trucks_figure
* [Flag it: strike the line and mark it "not in the schedule"]
    ~ us_trucks = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You strike "10,000 trucks" and write in the margin: not in the US schedule; source? The Admiral initials your pencil and sends it back to the press side. Whether it survives the next three desks, you will never know. # fact: trucks_figure
* [Let it stand: trucks are trucks, and it is only a press sheet]
    ~ us_trucks = 2
    ~ us_promise_more()
    You let it go. It is a press sheet, not the protocol, and everyone this morning wants big round figures the way a cold man wants a fire. The sheet goes out with the trucks in it. # fact: trucks_figure
* [Take it quietly to Harriman's office rather than the press side]
    ~ us_trucks = 3
    ~ us_serve_harriman()
    You take the sheet across to the young man in Harriman's office and show him the line and your table, side by side. # fiction
    "Leave it with me." # speaker: Harriman's secretary
    By noon Harriman's own papers do not mention trucks at all. Whether the press sheet was changed is another matter. # fact: trucks_figure
- The figure will outlive this morning in reference books; Harriman's own summary cable, two days from now, will not contain it. # fact: trucks_figure
-> us_signing

=== us_signing ===
The final session opens at the Spiridonovka in the afternoon. # date: 1 October 1941 # location: Spiridonovka Palace # fact: protocol_signed
The protocol is signed by Molotov, by Lord Beaverbrook and by Mr. Harriman. It runs from this month to the end of June next year. Four hundred aircraft a month. Five hundred tanks a month. Guns, jeeps, aluminium, a long list of metals and machines and medicines. # fact: protocol_signed # fact: protocol_aircraft_tanks
Lord Beaverbrook and Mr. Harriman will issue a statement of their own as well, apart from the communique. # fact: joint_statement
* [Watch Sorokin at the far end of the room]
    When the last pen goes down Sorokin closes his eyes for a moment. You think of his brother at Kiev. # fiction
    {us_transport == 2: When he opens them he looks across the room at you, and you remember the line the Admiral drew through your word. | When he opens them he looks across the room at you, and gives you the smallest of nods: not thanks, exactly, but acknowledgement that you told him where the hole was. }
* [Watch the Admiral]
    The Admiral is looking at the transport page, the one with "help" in it, turning his pencil over as a man turns a coin. # fiction
    {us_memo == 1: You know what he is thinking. It is in his inside pocket, in your handwriting, in the right-hand column. | You wonder what he is thinking, and do not ask. }
- Tonight there is a banquet in the Kremlin, for the principals. Tomorrow the chiefs will talk to the press. The day after, you fly north. # fact: kremlin_banquet
-> us_banquet_night

=== us_banquet_night ===
The principals dine at the Kremlin. Those who were there will remember Molotov's speech: warmer than anyone expected of him. # date: 1 October 1941 # location: Moscow, the American embassy # fact: kremlin_banquet
The juniors are not asked. Ed Marsh puts his head round your door at nine with his coat already on. # fiction
"Hank. The Metropol. The press boys are buying, because we gave them a story. Come and be bought." # speaker: Ed Marsh
* [Go: you have earned a drink]
    Three days, a protocol and a war. You have earned one drink, possibly two. # fiction
    ~ common_adjust(trust_press, 1)
* [Go because the Admiral asks you to bring Marsh home early]
    The Admiral remarks to the wall that statisticians ought to be in bed by midnight. You take it as an order, which it very nearly is. # fiction
    ~ us_sent_for_marsh = true
    ~ common_adjust(standing, 1)
- -> us_metropol_bar

=== us_metropol_bar ===
The Metropol bar is the warmest room in Moscow and the most watched. The correspondents are celebrating the protocol as if they had signed it; by the curtains a young Russian woman with a Narkomindel pass drinks tea. # date: 1 October 1941 # location: Hotel Metropol, the bar # fact: metropol_press_corps # fiction
In ten minutes Marsh is at the centre of a table of newspapermen, telling them about tanks.
-> us_bar_rounds

= us_bar_rounds
* [Talk to the Englishwoman with the notebook]
    ~ us_met_peg = true
    She is Peg Soames, of the London Clarion: thirty-four, a quick, tired, clever face, a fountain pen she keeps capped in her fist like a cigarette. # fiction
    "The Navy," she says. "The American Navy. At a supply conference. Are you here to count the ships or to explain why there aren't any?" # speaker: Peg Soames
    You tell her you carry an admiral's folder. She asks you two very good questions about Archangel that you decline to answer, and writes down that you declined. # fiction
    ~ common_adjust(trust_press, 1)
    -> us_bar_rounds
* [Take your glass to the Russian woman's table]
    ~ us_met_vera = true
    She is Vera Lebedeva, interpreter to the correspondents. She talks about Jack London, whom she loves, and Chicago, which she fears. # fiction
    ~ common_adjust(trust_soviet, 1)
    ~ common_clue()
    "You will understand that I am here to work. Everything in this room, I hear. What I hear, I must write. So it is better if your friends say less." # speaker: Vera Lebedeva # clue: Vera Lebedeva hears everything said at the Metropol bar and must write it down (1 Oct).
    -> us_bar_rounds
+ [Go across to the English party by the pillar]
    -> us_bar_joke

= us_bar_joke
By the pillar is Giles Fenwick of the British chancery, holding a brandy and an audience: two embassy juniors and three correspondents{us_met_peg:, one of them Peg Soames|, one of them an Englishwoman with a capped fountain pen whom the others call Peg: Peg Soames, of the London Clarion}. # fiction
You arrive for the end of a story. # fiction
"...so while our Lord and your Mr. Harriman carve up the world's tanks, His Lordship's messenger is sent round to this very hotel, with a fistful of the embassy's roubles, to buy caviar for the Prime Minister. By the kilo. In a scarf. The war effort, gentlemen, advances on its stomach." # speaker: Giles Fenwick
~ common_clue()
The table laughs. Fenwick bows. It is a joke. In this room, everything said is also something else. # fiction # clue: 1 Oct, Metropol bar: Fenwick tells the caviar errand as a joke, "by the kilo, in a scarf", with correspondents listening.
Then Marsh arrives behind you, glass in hand, delighted. # fiction
"Caviar! For Churchill? By the kilo? A few kilos of caviar at a foreigners' counter, call it a hundred dollars. A hundred bucks of fish eggs!" # speaker: Ed Marsh
One of the British juniors, who has not heard the word dollars, shouts it back across the table, delighted. # fiction
"A hundred pounds!" # speaker: British junior
Marsh has never in his life corrected a number that was getting a laugh. # fiction
~ common_clue()
"A hundred pounds' worth! A crate of it. They'll need a gangplank." # speaker: Ed Marsh # clue: 1 Oct: Marsh prices it at "a hundred bucks"; a British junior hears "a hundred pounds"; Marsh lets it stand and makes it "a crate".
"A hundred dollars, he said first," an agency man puts in, doing the sum for London. "Call it twenty-five quid." Nobody asks which hundred he means. Peg Soames has uncapped her pen. # fiction
{ us_saw_nye:
    You saw the tins yourself, yesterday: four of them. Nobody at this table knows it.
}
* [Take Marsh by the arm and walk him home now]
    ~ us_bar = 1
    ~ common_adjust(trust_press, -1)
    ~ common_adjust(reputation, 1)
    You take Marsh by the elbow and tell him the Admiral wants him. On the stairs he goes quiet. # fiction
    "Did I say something, Hank?" # speaker: Ed Marsh
    "You said a hundred pounds." # speaker: Henry Lowell
    He says he said a hundred dollars. By the time you reach the street he is not sure which. # fiction
* [Let it run: you are not Ed Marsh's keeper]
    ~ us_bar = 2
    It is a joke; jokes die by morning; Ed is a grown man. You leave at midnight without him. # fiction
    {
    - us_sent_for_marsh:
        You were sent to bring him home. You decide, on the stairs, that the Admiral did not say so in as many words. # fiction
    }
* [Laugh along and add a line of your own]
    ~ us_bar = 3
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "At that price," you hear yourself say, "the Navy will want a convoy for it." # speaker: Henry Lowell
    It gets the biggest laugh of the night. Peg Soames looks at your uniform and writes something short. # fiction
* {us_saw_nye} [Correct the figure: "It was four tins. I saw them."]
    ~ us_bar = 4
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "It was four tins," you say, because you cannot bear a wrong number. "Kilo tins. I saw them bought. Not a crate." # speaker: Henry Lowell
    The table goes quiet in a particular way. Peg Soames writes, fast. In correcting the figure, you have confirmed the story. You realise it about four seconds too late. # fiction
- On your way out, {us_met_vera: Vera Lebedeva is putting on her brown coat at the door|the young Russian woman with the Narkomindel pass is putting on her brown coat at the door: Vera Lebedeva, the correspondents' interpreter, someone tells you}. ~ common_clue()
She does not look at you. She is writing in a small notebook, in English. # fiction # clue: Vera Lebedeva was writing in her notebook as the Metropol bar emptied (1 Oct); she saw who talked to whom.
-> us_press_conference
