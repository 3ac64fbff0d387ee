// 1 October: the truck figure, the First Protocol, the banquet the juniors don't attend, the Metropol bar.

=== us_protocol_day ===
-> table_phase_sep30 ->
Wednesday, the first of October. The conference is two days ahead of itself, and everyone is running to catch up with it. # CLEAR # date: 1 October 1941 # location: Moscow, the American embassy # fact: protocol_ahead_of_schedule
By nine the schedules are being retyped for the final session, and a summary sheet is going round for the correspondents: the headline figures, in short lines a sub-editor can set without thinking. # fiction
You are checking the American lines against your tables when you stop. The sheet says: "400 aircraft, 500 tanks and 10,000 trucks a month." # fact: trucks_figure
The aircraft are right: four hundred a month, split between British fighters and American fighters and bombers. The tanks are right: two hundred and fifty from each. Your tables list jeeps, five thousand of them, and a long list of raw materials, some agreed and some to be studied. They do not list ten thousand trucks a month. You cannot find where the figure came from. # fact: harriman_quantities # fact: trucks_figure
It may be in some other committee's paper. It may be a misreading. It may be somebody's hope. It is a very round number.
* [Flag it: strike the line and mark it "not in the schedule"]
    ~ us_trucks = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You draw a neat line through "10,000 trucks" and write in the margin: not in the US schedule; source? Then you take the sheet to the Admiral, who reads the margin and sends it back to the press side with his initials on your pencil. # fiction
    Whether your pencil survives the next three desks, you will never know. # fact: trucks_figure
* [Let it stand: trucks are trucks, and it is only a press sheet]
    ~ us_trucks = 2
    ~ us_promise_more()
    You let it go. It is a press sheet, not the protocol; somebody on some other committee presumably knows something you don't; and everyone this morning wants big round figures the way a cold man wants a fire. # fiction
    The sheet goes out with the trucks in it. # fact: trucks_figure
* [Take it quietly to Harriman's office rather than the press side]
    ~ us_trucks = 3
    ~ us_serve_harriman()
    You do not fight it on the open floor. You take the sheet across to the young man in Harriman's office and show him the line and your table, side by side, and say nothing else. # fiction
    He looks at it for a long moment, and then at you. # fiction
    "Leave it with me." # speaker: Harriman's secretary
    You leave it with him. By noon you notice that Harriman's own papers do not mention trucks at all. Whether the press sheet was changed is another matter. # fact: trucks_figure
- The figure will outlive this morning. Reference books will still be printing ten thousand trucks a month long after everyone in this building is dead. Harriman's own summary cable of the quantities, sent two days from now, will not contain it. Historians still argue about where it came from. # fact: trucks_figure
-> us_signing

=== us_signing ===
The final session opens at the Spiridonovka in the afternoon. The same panelled room, the same Vrubel light, the same carafe. The faces are different: the faces of men at the end of something. # date: 1 October 1941 # location: Spiridonovka Palace # fact: protocol_signed
The protocol is signed by Molotov, by Lord Beaverbrook and by Mr. Harriman. It runs from this month to the end of June next year. Four hundred aircraft a month. Five hundred tanks a month. Guns, jeeps, aluminium, a long list of metals and machines and medicines. # fact: protocol_signed # fact: protocol_aircraft_tanks
Lord Beaverbrook and Mr. Harriman will issue a statement of their own as well, apart from the conference communique: two signatures, two governments, one set of promises. # fact: joint_statement
You stand against the wall behind the Admiral's chair. You have stood here for three days, and you will remember this room for the rest of your life in the wrong order.
* [Watch the pens]
    Molotov signs with no flourish at all. Beaverbrook signs as though autographing a first edition. Harriman signs the way he does everything, precisely and without looking up. # fiction
    Three names, and under them, in a typewriter face, the numbers you have been carrying in your head since Scapa Flow.
* [Watch Sorokin at the far end of the room]
    Sorokin is at the back of the Soviet side, as you are at the back of yours. When the last pen goes down he closes his eyes for a moment. You think of his brother at Kiev. # fiction
    {us_transport == 2: When he opens them he looks across the room at you, and you remember the line the Admiral drew through your word. | When he opens them he looks across the room at you, and gives you the smallest of nods: not thanks, exactly, but acknowledgement that you told him where the hole was. }
* [Watch the Admiral]
    The Admiral does not look at the signing. He is looking at the page of the protocol that deals with transport, the one with "help" in it, and he is turning his pencil over in his fingers as a man turns a coin. # fiction
    {us_memo == 1: You know what he is thinking. It is in his inside pocket, in your handwriting, in the right-hand column. | You wonder what he is thinking, and do not ask. }
- Afterwards there is handshaking. A man from the Commissariat says something long and warm to you in Russian, and you understand one word in five and all of the meaning. # fiction
* [Answer in your evening-class Russian]
    You answer him in the Russian of two semesters of evening classes: thank you, it was an honour, we will do everything. He beams at the grammar, and at the last phrase, and pumps your hand again. You wonder, walking away, whether "everything" was one of the words you meant to say. # fiction
    ~ common_adjust(trust_soviet, 1)
* [Smile, shake his hand, and say nothing you would have to keep]
    You smile and shake his hand and say thank you in English, twice. He seems content with that. Perhaps he has met Americans before. # fiction
- 
Tonight there is a banquet in the Kremlin, for the principals. Tomorrow the chiefs will talk to the press. The day after, you fly north. # fact: kremlin_banquet
-> us_banquet_night

=== us_banquet_night ===
The principals go up to the Kremlin in the evening in their best, for a dinner with more courses than anyone will be able to describe afterwards. Those who were there will remember Molotov's speech: warmer than anyone expected of him. # date: 1 October 1941 # location: Moscow, the American embassy # fact: kremlin_banquet
The juniors are not asked. The juniors have been awake for three days and have finished the work. Ed Marsh puts his head round your door at nine with his coat already on. # fiction
"Hank. The Metropol. The press boys are buying, because we gave them a story. Come and be bought." # speaker: Ed Marsh
* [Go: somebody ought to keep an eye on Ed]
    You get your coat. You tell yourself you are going to keep an eye on Ed, which has the advantage of being true. # fiction
* [Go: you have earned a drink]
    You get your coat. Three days, a protocol and a war. You have earned one drink, possibly two. # fiction
    ~ common_adjust(trust_press, 1)
* [Go because the Admiral asks you to bring Marsh home early]
    The Admiral, passing in the corridor, hears where Marsh is going and remarks to the wall that there is an early start the day after tomorrow and a press conference tomorrow, and that statisticians ought to be in bed by midnight. # fiction
    You take it as an order, which it very nearly is.
    ~ us_sent_for_marsh = true
    ~ common_adjust(standing, 1)
- -> us_metropol_bar

=== us_metropol_bar ===
The Metropol bar at night is the warmest room in Moscow and the most watched. Brass and palms and blackout curtains, vodka and Caucasian brandy, a waiter who has heard every language in the world and answers only in Russian. # date: 1 October 1941 # location: Hotel Metropol, the bar # fact: metropol_press_corps # fiction
The correspondents are celebrating the protocol as if they had signed it. There are embassy juniors from both embassies, a few officers, and at a table by the curtains a young Russian woman with a Narkomindel pass on a string, drinking tea. # fiction
Marsh plunges in like a man into warm surf. In ten minutes he is at the centre of a table of newspapermen, telling them about tanks.
-> us_bar_rounds

= us_bar_rounds
* [Talk to the Englishwoman with the notebook]
    ~ us_met_peg = true
    She is Peg Soames, of the London Clarion: thirty-four, a quick, tired, clever face, a fountain pen she keeps capped in her fist like a cigarette. # fiction
    "The Navy," she says. "The American Navy. At a supply conference. Are you here to count the ships or to explain why there aren't any?" # speaker: Peg Soames
    You tell her you're here to carry an admiral's folder. She laughs, and says that's what they all say, and then asks you two very good questions about Archangel that you decline to answer. She doesn't seem to mind. She writes down that you declined. # fiction
    ~ common_adjust(trust_press, 1)
    -> us_bar_rounds
* [Take your glass to the Russian woman's table]
    ~ us_met_vera = true
    She is Vera Lebedeva, of the Narkomindel press department, interpreter to the correspondents. She lets you sit, and talks about Jack London, whom she loves, and Chicago, which she has read about and fears. # fiction
    "You will understand," she says, very quietly, "that I am here to work. Everything in this room, I hear. What I hear, I must write. So it is better, I think, if your friends say less." # speaker: Vera Lebedeva
    ~ common_adjust(trust_soviet, 1)
    ~ common_clue()
    Vera Lebedeva, the Narkomindel interpreter, hears everything at the Metropol bar and must report it. # clue: Vera Lebedeva hears everything said at the Metropol bar and must write it down (1 Oct).
    -> us_bar_rounds
* [Stand at the bar and listen to Marsh's table]
    Marsh is explaining Lend-Lease to an American wire-service man with his hands, using the salt cellar as Britain and a glass as Russia and his own cigarette case as the Atlantic. The glass gets most of the salt. The newspapermen write nothing down yet. They are waiting for something better. # fiction
    -> us_bar_rounds
+ [Go across to the English party by the pillar]
    -> us_bar_joke

= us_bar_joke
By the pillar is Giles Fenwick of the British chancery, holding a brandy and an audience: two embassy juniors and three correspondents{us_met_peg:, one of them Peg Soames|, one of them an Englishwoman with a capped fountain pen whom the others call Peg: Peg Soames, of the London Clarion}. # fiction
He is telling a story. You arrive for the end of it. # fiction
"...so while our Lord and your Mr. Harriman carve up the world's tanks, His Lordship's messenger is sent round to this very hotel, with a fistful of the embassy's roubles, to buy caviar for the Prime Minister. By the kilo. In a scarf. The war effort, gentlemen, advances on its stomach." # speaker: Giles Fenwick
The table laughs. Fenwick bows. He has told it well; he has clearly told it before, somewhere, to someone. It is a joke. In this room, everything said is also something else. # fiction
~ common_clue()
Giles Fenwick tells the caviar errand as a joke at the Metropol bar, to embassy juniors and correspondents: "by the kilo, in a scarf". # clue: 1 Oct, Metropol bar: Fenwick tells the caviar errand as a joke, "by the kilo, in a scarf", with correspondents listening.
Then Marsh arrives behind you, glass in hand, delighted. # fiction
"Caviar! For Churchill? By the kilo? A few kilos of caviar at a foreigners' counter, call it a hundred dollars. A hundred bucks of fish eggs!" # speaker: Ed Marsh
One of the British juniors, who has not heard the word dollars, shouts it back across the table, delighted. # fiction
"A hundred pounds!" # speaker: British junior
The table howls. # fiction
Marsh does not correct him. Marsh has never in his life corrected a number that was getting a laugh. # fiction
"A hundred pounds' worth! A crate of it. They'll need a gangplank." # speaker: Ed Marsh
~ common_clue()
Ed Marsh turns Fenwick's "by the kilo" into "a hundred bucks", lets a British junior make it "a hundred pounds", and adds "a crate". # clue: 1 Oct: Marsh prices it at "a hundred bucks"; a British junior hears "a hundred pounds"; Marsh lets it stand and makes it "a crate".
"A hundred dollars, he said first," an agency man puts in, doing the sum for London. "Call it twenty-five quid." Nobody at the table is sober enough to ask which hundred he means. # fiction
Across the table, Peg Soames has uncapped her pen. Another correspondent has not, but he is listening harder than he is laughing.
{ us_saw_nye:
    You saw the tins yourself, yesterday afternoon. Four of them, in a scarf. Not a crate. Not a hundred pounds. You have the true figure in your head, and nobody at this table knows it.
}
* [Take Marsh by the arm and walk him home now]
    ~ us_bar = 1
    ~ common_adjust(trust_press, -1)
    ~ common_adjust(reputation, 1)
    You put down your glass, take Marsh by the elbow, and tell him the Admiral wants him. It is half true. Marsh protests all the way to the cloakroom and then, on the stairs, goes quiet. # fiction
    "Did I say something, Hank?" # speaker: Ed Marsh
    "You said a hundred pounds." # speaker: Henry Lowell
    He says he said a hundred dollars. By the time you reach the street he is not sure which. # fiction
* [Let it run: you are not Ed Marsh's keeper]
    ~ us_bar = 2
    You finish your drink. It is a joke; jokes die by morning; Ed is a grown man. You tell yourself these three things in that order, and leave at midnight without him. # fiction
    {
    - us_sent_for_marsh:
        You were sent to bring him home. You decide, on the stairs, that the Admiral did not say so in as many words. # fiction
    }
    Behind you the table is still laughing. The story is still growing. You can hear it growing, the way you can hear rain start. # fiction
* [Laugh along and add a line of your own]
    ~ us_bar = 3
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "At that price," you hear yourself say, "the Navy will want a convoy for it." # speaker: Henry Lowell
    It gets the biggest laugh of the night. Fenwick raises his glass to you. Peg Soames looks at your uniform, then at her notebook, and writes something short. # fiction
* {us_saw_nye} [Correct the figure: "It was four tins. I saw them."]
    ~ us_bar = 4
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "It was four tins," you say, because you cannot bear a wrong number. "Kilo tins. I saw them bought. Not a crate." # speaker: Henry Lowell
    The table goes quiet in a particular way. Fenwick looks at you with real interest for the first time. Peg Soames writes, fast. # fiction
    You have just done a statistician's duty and a journalist's favour. In correcting the figure, you have confirmed the story. You realise it about four seconds too late. # fiction
- On your way out, {us_met_vera: Vera Lebedeva is putting on her brown coat at the door|the young Russian woman with the Narkomindel pass is putting on her brown coat at the door: Vera Lebedeva, the correspondents' interpreter, someone tells you}. She does not look at you. She is writing something in a small notebook, and she is writing it in English. # fiction
~ common_clue()
Vera Lebedeva saw Marsh with the correspondents on the night of 1 October, and wrote in her notebook as the bar emptied. # clue: Vera Lebedeva was writing in her notebook as the Metropol bar emptied (1 Oct); she saw who talked to whom.
+ [Walk back through the blackout]
    -> us_press_conference
