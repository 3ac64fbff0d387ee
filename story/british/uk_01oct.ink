// 1 October 1941: the First Protocol, the Kremlin banquet (from outside), the Metropol bar.

=== uk_protocol_day ===
-> table_phase_sep30 ->
Nobody on the mission has been to bed. At dawn the typists sleep upright in a row on a sofa, like passengers. # CLEAR # date: 1 October 1941 # location: British Embassy # fact: protocol_ahead_of_schedule
* [Read the aircraft clauses first]
    Four hundred aircraft a month. Five hundred tanks a month. Britain and America to share the burden, roughly half and half, until the end of June next year. The numbers are Moscow's numbers. # fact: protocol_aircraft_tanks # fact: protocol_signed # fact: harriman_quantities
    {uk_promise == 2: Your Spitfire heading has not survived into the protocol; the protocol speaks in numbers, not types. But the numbers are the ones you typed in the small hours under "What the Soviet Union asked for".}
    {uk_promise == 1: Your two columns have collapsed into one. The gap you left showing between "asked" and "available" is gone. The protocol promises what was asked.}
    {uk_promise == 0: Your grey table is nowhere in it. The protocol promises what was asked, not what can be spared. You think of the pencilled "Not negotiable", and wonder who will negotiate with it in the spring.}
* [Read the transport clause]
    Transport: the Allies will help. That is the word, help. Nobody commits to carrying a ton. The Russians wanted ships and got a verb. # fact: no_transport_commitment
    The Americans have promised to allow purchases; they have not said how the Russians are to pay. # fact: us_financing_open
* [Read the long list at the back]
    Guns, jeeps, and then raw materials for pages, some approved and some to be studied: aluminium, copper, tin, rubber, wool. # fact: harriman_quantities
- At eleven a correction comes down from the Americans: a figure in one of the long lists that the British copy has wrong. You find the line. It is your typing. # fiction
* [Own it at once]
    ~ common_adjust(reputation, 1)
    "That's mine, sir. I'll retype the page." # speaker: Thomas Arden
    "Quickly, then." It is the mildest rebuke you have ever had. # speaker: Private Secretary
* [Retype it quietly and say nothing]
    You retype the page and slide it into the pile. Nobody asks.
- The conference reconvenes in the afternoon at the Spiridonovka for its second and last plenary. You stand in the doorway with the spare copies, close enough to see the pens. # fact: protocol_ahead_of_schedule
-> uk_signing

=== uk_signing ===
The protocol is signed by Molotov, Lord Beaverbrook and Mr Harriman. There are no trumpets. There is a great deal of blotting paper. # date: 1 October 1941 # location: Spiridonovka Palace # fact: protocol_signed
It will run until the end of June 1942. Separately, Beaverbrook and Harriman issue a joint statement of their own, apart from the communique. # fact: protocol_signed # fact: joint_statement
There is a figure nobody in the room checks. Some later accounts will say the protocol promised ten thousand trucks a month; Harriman's own summary cable, two days later, lists jeeps and no trucks, and the full text of the protocol is where anyone would have to look. # fact: trucks_figure # fact: harriman_cable_oct3
The young Soviet secretary from the anteroom stands against the far wall. When the last pen goes down, he closes his eyes, very briefly. # fiction
{uk_carbon == 1: Beside him the senior officer from the aviation committee gives you the small nod men give to someone who did them a favour.}
{uk_carbon == 2: Beside him the senior officer from the aviation committee gives you a brief, correct nod: the clerk who asked permission.}
{uk_carbon == 0: Beside him the senior officer from the aviation committee looks through you as if you were a window.}
That evening the principals dine at a Kremlin banquet. You are not a principal. Later you will read that Molotov made a speech of unusual warmth. # fact: kremlin_banquet
The juniors are released for the night. Somebody says "Metropol". Everybody says it after him.
* [Go with Fenwick and the chancery crowd]
    ~ common_adjust(trust_embassy, 1)
    Fenwick claps you on the shoulder at the door.
    "Come and see how the other half drinks, Arden. The half that writes it all down." # speaker: Giles Fenwick
* [Go with Ed Marsh and the Americans]
    Ed Marsh finds you in the hall with a flask already out.
    "Come on, Tom. I'll introduce you to the press." # speaker: Ed Marsh
* [Go, but only to keep an eye on things]
    Someone from the mission ought to be there, sober, listening. You follow the others over the bridge. # fiction
- -> uk_metropol_bar

=== uk_metropol_bar ===
The Metropol bar is smoky, loud in four languages, lit like the inside of a brandy glass. # CLEAR # date: 1 October 1941 # location: Hotel Metropol, the bar # fact: metropol_press_corps # fiction
Through the doors, in the dining room, a waiter carries a silver dish of caviar as if it were nothing. Outside, in the blackout, Moscow queues for bread. # fact: metropol_rations
Marsh steers you to a woman in a man's tweed jacket, pencil behind her ear: Peg Soames, of the London Clarion. # fiction
"A real live member of the Beaverbrook mission. Was it a triumph? Everybody's going to say it was a triumph." # speaker: Peg Soames
-> uk_bar_talk

= uk_bar_talk
{Peg waits for your answer with frank interest.|Peg lights a cigarette and watches you.|Around you the table talks about the censors, and whether anything will get out tonight.}
* [Tell her it was a success, which is true]
    "It was a success. They signed two days early. That's all I can say." # speaker: Thomas Arden
    "That's all anybody can say. We'll all write 'triumph' and the censor will pass it. Tell me something he wouldn't." # speaker: Peg Soames
    -> uk_bar_talk
* [Ask her about the censors]
    "Do the censors really read everything?" # speaker: Thomas Arden
    "Every word goes to the press department before it's cabled. They cut what they don't like. Sometimes they cut the weather." # speaker: Peg Soames # fact: metropol_press_corps # fact: palgunov_censor
    "That's Vera, by the wall. She interprets for us. She's very kind. She reports everything." # speaker: Peg Soames
    ~ common_adjust(trust_press, 1)
    -> uk_bar_talk
* [Ask her what she thinks of Lord Beaverbrook]
    "What do the press make of Lord Beaverbrook?" # speaker: Thomas Arden
    "He's one of us. That's the trouble. He'll give a press conference tomorrow and be magnificent, and half of it will be true." # speaker: Peg Soames # fact: press_conference_oct2
    ~ common_adjust(trust_press, 1)
    -> uk_bar_talk
* [Say nothing; listen to the table]
    -> uk_fenwick_joke

= uk_fenwick_joke
Fenwick turns up with two chancery juniors, well oiled, and plants himself at Peg's elbow. Somebody says the great men at the banquet will not starve tonight. # fiction
"Hungry!" Fenwick says. "My dear. The Minister of Supply has been supplying. Do you know what the mission has actually bought in Moscow, with real money, in the middle of a war?" # speaker: Giles Fenwick
He has been polishing it: the telegram from on high, the messenger with no Russian.
"And off he goes to the foreigners' counter downstairs, with an envelope of the embassy's roubles, to buy the Prime Minister his breakfast. By the kilo. In a scarf." # speaker: Giles Fenwick
{ uk_mess == 1:
    "As our friend Arden told it at supper," he adds, with a bow to you, "like Moses in the bulrushes." Every face at the table turns to look at you. # speaker: Giles Fenwick
}
{ uk_mess == 1:
    ~ uk_suspicion = uk_suspicion + 1
}
~ common_clue()
The table laughs, all but a young American in naval uniform at its edge. Marsh, loudest of all, leans in to improve it. # fiction # clue: Metropol bar, 1 Oct: Fenwick told the caviar errand as a joke, "by the kilo, in a scarf", to a table with correspondents at it.
"By the kilo! A few kilos at the foreigners' counter, what's that, a hundred dollars? A hundred bucks of fish eggs for one guy's breakfast!" # speaker: Ed Marsh
One of the chancery juniors, who has not caught the word dollars, crows it back down the table.
"A hundred pounds!" # speaker: Chancery junior
~ common_clue()
Marsh does not correct him. He raises his glass to it.
"A hundred pounds' worth! A crate of the stuff!" # speaker: Ed Marsh # clue: Metropol bar, 1 Oct: Marsh priced it at "a hundred bucks"; a chancery junior made it "a hundred pounds"; Marsh let it stand and made it "a crate".
An agency man at the far end does the sum aloud for the London papers: a hundred dollars, call it twenty-five quid. Nobody asks him which hundred he means. # fiction
By the wall Vera Lebedeva writes one line in a small notebook and goes back to her tea. Peg has written nothing, but she has stopped smiling. # fiction
-> uk_bar_decide

= uk_bar_decide
{uk_mess == 1: The faces are still turned to you, waiting.|Someone glances at you, and then they all do: the mission man. What will the mission man do?} # decision: uk_bar At the bar: laugh, correct the figure, stop Fenwick, or leave
* [Laugh along; it's only a joke]
    ~ uk_bar = 1
    ~ common_adjust(trust_embassy, 1)
    ~ common_adjust(trust_press, 1)
    You laugh, because everyone is laughing, and the alternative is to look like a man with something to hide. # fiction
    The laughter rolls on past you to the next story. But you notice that Peg's pencil is no longer behind her ear.
* [Correct the figure: "Four tins, not a crate"]
    ~ uk_bar = 2
    ~ uk_suspicion = uk_suspicion + 2
    ~ common_adjust(reputation, 1)
    "Four tins," you say. "Not a crate. Four one-kilo tins, and not a hundred pounds' worth of anything. Let's at least get the fish right." # speaker: Thomas Arden
    A pause, a beat too long. You have just told a table of correspondents that the story is true, and given them the figure. # fiction
    "Four kilos," Peg says thoughtfully. "Thank you, Mr Arden." # speaker: Peg Soames
    Fenwick gives you a look of pure delight.
* [Shut Fenwick up: "That's enough, Giles"]
    ~ uk_bar = 3
    ~ common_adjust(trust_embassy, -2)
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_press, -1)
    "That's enough, Giles. It isn't funny and it isn't yours to tell." # speaker: Thomas Arden
    The table goes quiet. Fenwick's face does something complicated and then settles into a smile with nothing behind it.
    "Beaverbrook's man," he says softly. "I wondered." # speaker: Giles Fenwick
* [Get up and leave]
    ~ uk_bar = 0
    You finish your drink and go. The revolving door cuts the laughter off. # fiction
- -> uk_peg_stairs

= uk_peg_stairs
{uk_bar == 0: On the steps outside, in the cold, someone calls your name. Peg Soames has come out after you without her coat.|Later, by the cloakroom, Peg Soames appears at your elbow, alone.}
"Off the record," she says. "Is it true? The caviar? I won't use your name. I never use names." # speaker: Peg Soames
{uk_grievance >= 2: You are suddenly, furiously angry: at the tins, at the great men, at the whole week of being a pair of hands. You could tell her all of it.}
* {uk_grievance >= 1 or uk_bar == 1} [Tell her everything: the telegram, the roubles, the four tins]
    ~ uk_leaked = true
    ~ uk_leak_when = "the Metropol, on the night of 1 October"
    ~ uk_leak_place = 1
    ~ common_adjust(trust_press, 2)
    ~ common_adjust(reputation, -2)
    You tell her: the telegram, the embassy roubles, the counter, the four blue tins. You tell it flatly, and you hear yourself enjoying it. # fiction
    "They'll never get it from me." # speaker: Peg Soames
    You feel lighter and sick at once, like a man who has been to confession in the wrong church.
* [Say "No comment", and mean it]
    "No comment, Miss Soames." # speaker: Thomas Arden
    "That's a yes, you know. In my trade." She shrugs, without malice. "Don't worry. I've heard it from three people tonight, and none of them was you." # speaker: Peg Soames
* [Deny it flatly]
    ~ common_adjust(trust_press, -1)
    "It's nonsense. Fenwick's a comedian." # speaker: Thomas Arden
    "Everybody's a comedian after midnight." She studies you for a moment. "You're a bad liar, Mr Arden. It's a compliment." # speaker: Peg Soames
    { uk_bar == 2:
        "Especially after giving me the weight to the gram." # speaker: Peg Soames
    }
* [Tell her to ask the mission's press people in the morning]
    ~ common_adjust(trust_press, 1)
    "Ask the mission tomorrow. There's a press conference. I'm a clerk." # speaker: Thomas Arden
    "Clerks know everything. But fair enough." # speaker: Peg Soames
- -> uk_walk_home

= uk_walk_home
{
- uk_bar == 3:
    You walk home alone. Fenwick and the chancery boys go another way, laughing at something that is probably you. # fiction
- uk_bar == 0:
    You walk home alone over the black river. # fiction
- else:
    You cross the bridge with Fenwick at two in the morning. # fiction
    ~ common_clue()
    Fenwick is quieter now, the drink going sour in him. He says, to the river, that somebody ought to tell the papers what the rich uncle eats while he's shutting the family out of the drawing room. Then he laughs, and says he's joking, and says it again: joking.# clue: On the bridge after the bar, Fenwick said someone "ought to tell the papers" what the rich uncle eats, then insisted he was joking (1 Oct).
}
-> uk_walk_choice

= uk_walk_choice
// The day's last menu: the phase comes before it, so the next morning's press sheet is read after a hold.
-> table_phase_oct01 ->
* {uk_bar == 1 or uk_bar == 2} [Ask Fenwick straight out whether he'd do it]
    "Would you, Giles? Tell the papers?" # speaker: Thomas Arden
    "I'm a diplomat. I never tell anyone anything. I merely joke in public." He flicks his cigarette into the river. "Besides, the Americans will have it in every bar in Moscow by breakfast. Your man Marsh can't keep a number the same size for ten minutes." # speaker: Giles Fenwick
* [Think about Vera's notebook]
    ~ common_clue()
    You think about the one line Vera Lebedeva wrote. What she reports goes to her own people, not to Fleet Street, and anything bound for a London paper must pass the censor first. # fact: palgunov_censor # fiction # clue: Vera noted Fenwick's joke for her own reports. What she writes goes to her superiors, not to London.
- -> uk_press_day
