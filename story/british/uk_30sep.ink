// 30 September 1941: the committees, the caviar errand, the cipher room, the mess supper,
// the third Kremlin night.

=== uk_day_thirty ===
-> table_phase_sep29 ->
Morning comes grey. You shave in cold water and find the Private Secretary at his desk with your table in front of him. # CLEAR # date: 30 September 1941 # location: British Embassy # fiction
{uk_promise:
- 2:
    "Spitfires," he says, tapping the head of your fighter column. "Bold. His Lordship read it at seven and said it was the first piece of paper in this building that talked like a man." He pauses. "The Air Ministry will say something else. Keep your head down when they do." # speaker: Private Secretary
- 1:
    "Two columns," he says. "Asked, and available, and the gap showing. His Lordship looked at it for a long time. He didn't say anything. That is not always bad." He pauses. "The Air Ministry liked it. They would." # speaker: Private Secretary
- else:
    "What can be spared," he says, reading your heading aloud. "Accurate, I'm sure. His Lordship sent it back with a line through the title. He wants to know what the Russians need, not what the Air Ministry feels it can bear to part with." He hands it back. "Do it again for tonight. Both columns, at least." # speaker: Private Secretary
}
{uk_sheet_fix:
- 1:
    He adds, without looking up, that the Russian sheets went back to the typists at four and came back right.
    "That nought would have been a promise of several thousand tons we haven't got. Handed to Stalin, in writing. Thank you." # speaker: Private Secretary
- 2:
    He adds that somebody pencilled a correction on a Russian sheet in the night. The typists checked it; it was right.
    "Whoever it was should have woken me. But it was right." # speaker: Private Secretary
    He looks at you over his spectacles, and you say nothing, and that seems to be the correct answer.
- else:
    He adds that the Russian pool found an error on one of last night's sheets this morning, an extra nought on aluminium, and caught it with an hour to spare.
    "Someone checked those sheets in the night and passed them," he says. "I'd like to know who." # speaker: Private Secretary
    You keep your eyes on your table.
}
{ uk_sheet_fix == 0:
    ~ common_adjust(reputation, -1)
}
* [Ask what's on today]
    "What's the day, sir?" # speaker: Thomas Arden
* [Ask whether tonight's meeting will go better]
    "Will tonight go better, sir? Up the hill?" # speaker: Thomas Arden
    "It can hardly go worse," the Private Secretary says, and then, because he is honest, "It can, actually. Let's not find out." # speaker: Private Secretary
- The day is committees. Every hour a runner brings a question from the transport committee, where the Russians ask who will carry all this, and London and Washington answer, in effect, that they will help. # fact: six_committees # fact: no_transport_commitment
-> uk_committees_day

=== uk_committees_day ===
In the raw materials room the Soviet list of metals reads like the periodic table in a hurry, aluminium at the top. The Allies take turns to say "we will study this". You minute each "study". # date: 30 September 1941 # location: Spiridonovka Palace, committee rooms # fact: stalin_request_sep3 # fact: harriman_quantities # fiction
* [Talk to the American statistician at your elbow]
    He is Ed Marsh, of the Office of Production Management, thirty-odd, round-faced, with a pencil behind each ear and a packet of Luckies he hands round like a host. # fiction
    "You Brits type faster than we do," he says. "We talk faster. It evens out. You coming to the Metropol some night? That's where the press boys are. Best bar in Moscow. Only bar in Moscow." # speaker: Ed Marsh
    You say perhaps. He says you'll come; everybody comes. He already knows the names of half the correspondents, and they know his.
* [Watch the Soviet engineer with the list]
    He reads out each metal as if it were the name of a man at the front. When the British say "study", he writes the word down in Russian, and underlines it. # fiction
    Later you will learn that the protocol puts some of these raw materials down as approved and some as to be studied. Today, "study" feels like a door closing slowly. # fact: harriman_quantities
* [Go and stretch your legs in the corridor]
    In the corridor a Soviet woman in a headscarf is washing the parquet on her knees, very fast. She does not look up at the foreigners. Through the window you can see a queue outside a shop across the street, and a notice pasted to a wall that you can't read. # fiction
    You think of your mother in her queue, and of this woman in hers, and of the two lists on the table inside, each long, each urgent, neither of them about either of these women.
- At half past twelve you go back to the embassy for the noon papers. Arthur Nye is waiting outside your door, hat in hands.
-> uk_nye_asks

=== uk_nye_asks ===
"Mr Arden. Have you a minute? It's a job. From London. From the very top, if you follow me." # date: 30 September 1941 # location: British Embassy # speaker: Arthur Nye # fiction
He comes into your room and shuts the door carefully behind him, as if the job might escape. # fiction
"The caviar," he whispers. "I've got the roubles from the cashier, Mr Fenwick signed the chit as duty officer, and I'm to buy it at the Metropol, at the counter where foreigners pay. And I haven't a word of Russian, Mr Arden." # speaker: Arthur Nye # fact: amount_exaggerated
~ common_clue()
He takes a breath.
"Would you come with me?" # speaker: Arthur Nye # clue: The roubles for the caviar came from the embassy cashier, on a chit Giles Fenwick countersigned as duty officer (30 Sep).
* [Ask how much he's been told to buy]
    "How much are you meant to get?" # speaker: Thomas Arden
    "Four tins. Kilo tins. That's what Lord B's office said. Four." He holds up four fingers, as if you might need the figure in sign language for the counter. # speaker: Arthur Nye # fiction
    ~ uk_nye_trust = uk_nye_trust + 1
    -> uk_nye_decide
* [Ask whether it's really for the Prime Minister]
    "The Prime Minister? Really?" # speaker: Thomas Arden
    "It was in the telegram. I didn't see it. The office told me." Nye looks wretched. "He likes it, I suppose. Why shouldn't he? It's only fish." # speaker: Arthur Nye # fact: amount_exaggerated
    -> uk_nye_decide
* [Think about how this will look]
    You think of your mother's pencilled letter, the scrag end, the forty minutes. You think of the women in the queue across the street from the Spiridonovka. # fact: rationing_fear
    { uk_letter:
        ~ uk_grievance = uk_grievance + 1
    }
    Then you think: it's four tins of fish for an old man who has not slept properly since May of last year, and it isn't yours to mind. Both thoughts are true at once. That is the trouble with Moscow.
    -> uk_nye_decide

= uk_nye_decide
Nye waits, turning his hat round and round by the brim. # decision: uk_errand Go with Nye to buy the caviar, draw him a map, or send him to the proper channel
* [Go with him]
    ~ uk_errand = 2
    ~ uk_nye_trust = uk_nye_trust + 2
    ~ uk_suspicion = uk_suspicion + 1
    "Come on, then. Let's get the Prime Minister his fish." # speaker: Thomas Arden
    Nye's whole face loosens with relief. He would, you think, follow you into the Kremlin now, and possibly into the river.
    -> uk_metropol_counter
* [Draw him a map and tell him the Russian for "four"]
    ~ uk_errand = 1
    ~ uk_nye_trust = uk_nye_trust + 1
    "I can't, Arthur, I've the aluminium by two. But look." You draw him the way on the back of an envelope: the bridge, the square, the big hotel with the mosaic. You write "четыре" and, beneath it, "chetyre", and beneath that, "4". # speaker: Thomas Arden # fiction
    "Chetyre," he repeats, as if it were a prayer. He goes off with the envelope held in front of him like a ticket. # speaker: Arthur Nye
    -> uk_nye_returns
* [Tell him to ask the Private Secretary to send someone who speaks Russian]
    ~ uk_errand = 0
    ~ common_adjust(standing, 1)
    ~ uk_nye_trust = uk_nye_trust - 1
    "Arthur, this wants someone with Russian, and it wants the Private Secretary to choose them, not me. Ask him. He'll send one of the interpreters." # speaker: Thomas Arden
    Nye's face falls, then firms.
    "Right. Yes. Proper channels." He goes. At the door he turns. "You won't say anything, Mr Arden? About it? It's the PM." # speaker: Arthur Nye
    You say of course not. At that moment you mean it completely.
    -> uk_nye_alone

=== uk_metropol_counter ===
The Metropol smells of cabbage soup and brass polish. The foreign correspondents live here by rule, on the rations of ambassadors. # date: 30 September 1941 # location: Hotel Metropol # fact: metropol_press_corps # fact: metropol_rations
The foreigners' counter is at the back: tinned crab, vodka, chocolate in gold paper, and a pyramid of blue tins, kept by a woman of magnificent indifference. # fiction
* [Do the talking yourself]
    You do it in your twelve-week Russian: four, kilo, caviar, please, the Prime Minister's name left carefully out. The woman corrects your grammar without changing her expression and reaches for the tins. # fiction
* [Let Nye try his one word]
    "Chetyre," Nye says, with enormous courage, and holds up four fingers. The woman looks at him for a long second and then, astonishingly, smiles. # speaker: Arthur Nye # fiction
- Four one-kilo tins come down onto the glass, heavy as ingots. Nye counts out the embassy roubles with shaking fingers; an abacus clatters; a receipt is written in purple pencil and stamped. # fiction
~ common_clue()
Four tins, one kilo each, at 42 roubles, 168 roubles in all, the date, the counter's stamp. # fiction # clue: Nye's receipt, 30 Sep, Metropol counter: four one-kilo tins at 42 roubles, 168 roubles. About 21 roubles to the pound: £8.
Across the lobby a young woman in a brown coat, a Narkomindel pass on a string, is looking at the two of you. Then, deliberately, she looks away. # fiction
~ uk_vera_saw = true
* [Ask the desk clerk who she is]
    ~ common_clue()
    The clerk tells you, in English better than your Russian: Vera Lebedeva, the interpreter from the Foreign Commissariat who looks after the correspondents.
    "She sees everyone," the clerk says. # speaker: Desk clerk # fiction # clue: Vera Lebedeva, the correspondents' interpreter, saw the purchase at the Metropol counter (30 Sep).
* [Nod to her]
    ~ common_adjust(trust_soviet, 1)
    You nod. After a moment she nods back, gravely, as if you had both agreed not to have seen something. # fiction
* [Hurry Nye out]
    You steer Nye out by the elbow. A man in tweed lowers his newspaper to watch you go. # fiction
    ~ uk_suspicion = uk_suspicion + 1
- "I'm to keep the receipt," Nye says outside. "For the accounts." # speaker: Arthur Nye
* [Copy it into your notebook, line for line]
    ~ uk_receipt = true
    "Two copies are better than one, with accounts." You copy it into the back of your pocketbook, stamp and all. # speaker: Thomas Arden # fiction
* [Tell him to keep it somewhere safe and forget about it]
    "Keep it in your wallet and don't show it to anyone. It's nobody's business." # speaker: Thomas Arden
* [Say nothing about the receipt]
    You say nothing. There are ten thousand receipts in the mission's accounts.
- You walk back over the bridge past a queue for bread that you do not look at.
-> uk_cipher_room

=== uk_nye_returns ===
Nye is back by three, pink and triumphant, with a parcel wrapped in his own scarf. # date: 30 September 1941 # location: British Embassy # fiction
~ common_clue()
"Chetyre!" he says. "She smiled at me, Mr Arden. The woman at the counter. Four tins. I said chetyre and she smiled." He sets the parcel on your desk as if it were an offering. Inside, four blue tins, cold and heavy. # speaker: Arthur Nye # fiction # clue: Nye came back from the Metropol with four one-kilo tins (30 Sep). Four tins, not a crate.
He shows you the receipt, for the accounts: four tins at 42 roubles, 168 roubles.
* [Copy the receipt into your notebook]
    ~ uk_receipt = true
    You copy it into the back of your pocketbook, the stamp drawn as a little circle. # fiction
* [Tell him to put the tins somewhere cool and quiet]
    "Put them in the cellar, Arthur, and don't parade them through the hall." # speaker: Thomas Arden
    ~ common_clue()
    "I came up the back stairs," he says, wounded. Then: "Mr Fenwick saw me, though. He asked what was in the scarf. I said fish. He laughed." # speaker: Arthur Nye # clue: Fenwick saw Nye carry the parcel into the embassy, and laughed (30 Sep).
* [Tell him well done and get back to your aluminium]
    "Well done, Arthur." You mean it. # speaker: Thomas Arden
- -> uk_cipher_room

=== uk_nye_alone ===
You work through the afternoon. At three you pass Nye in the hall with a parcel in a scarf and the expression of a man carrying an unexploded bomb. He did not find an interpreter, he whispers. He went alone. He managed. # date: 30 September 1941 # location: British Embassy # fiction
~ common_clue()
"Four tins," he says. "Kilo tins. I held up four fingers and the lady understood." # speaker: Arthur Nye # clue: Nye went to the Metropol alone and came back with four kilo tins (30 Sep). Four tins, not a crate.
* [Ask to see the receipt]
    He hesitates, then shows you: purple pencil, a stamp, the date, 168 roubles. You could copy it. # fiction
    * * [Copy it]
        ~ uk_receipt = true
        You copy it into your pocketbook, standing in the hall. # fiction
    * * [Give it back]
        You give it back. It isn't your errand. You made sure of that.
* [Say you're glad it went well]
    ~ common_clue()
    You say you're glad. He says he is too, and that Mr Fenwick saw him on the stairs and made a joke about it. He does not repeat the joke. # fiction # clue: Fenwick saw Nye with the parcel and joked about it (30 Sep).
- -> uk_cipher_room

=== uk_cipher_room ===
At five you take the day's telegrams down to the cipher room. Dot Pryce signs for them in the ledger, as before: date, time, pages, her initials, yours. # date: 30 September 1941 # location: British Embassy, cipher room # fiction
* [Ask her, quietly, about the caviar telegram]
    ~ uk_asked_dot = true
    "Dot. The telegram from London about caviar. You'd have had it through here." # speaker: Thomas Arden
    "I can't tell you what any telegram said. You know that." She puts one finger on a line in the ledger, a few days back, and then takes it away. "I can tell you the ledger says when things came in and whose hands they went to. That's all I'll ever say, to you or to anyone." # speaker: Dot Pryce
    ~ common_clue()
    You read the line before she closes the book: an incoming telegram, days before Nye's errand, decoded, and initialled for Beaverbrook's office and by the chancery duty officer. G.F. # clue: Dot's cipher ledger: London's order came in cipher days before the purchase; the decode was initialled by Beaverbrook's office and by the duty officer, G.F.
    ~ common_adjust(trust_embassy, 1)
* [Ask her how she stands the hours]
    "How do you stand it? Down here, all day, all night." # speaker: Thomas Arden
    "It's warm. It's quiet. And I know what's going on better than the Ambassador." She doesn't smile. "That's a joke. Mostly." # speaker: Dot Pryce
- -> uk_mess_supper

=== uk_mess_supper ===
Supper is in the junior mess, once a merchant's billiard room: soup, black bread, Georgian wine that tastes of ink and sunlight. # date: 30 September 1941 # location: British Embassy, junior mess # fiction
Fenwick holds the head of the table. Dot sits at the end with a book she isn't reading. Two other chancery juniors argue about cricket. Arthur Nye sits beside you, eating like a man with something on his conscience. # fiction
{uk_embassy_line == 2: Fenwick raises his glass an inch to you as you sit. The Ambassador had his breakfast, the inch says. You are one of us.}
{ uk_embassy_line == 1:
    Fenwick nods to you as you sit.
    "The Ambassador got his paper," he says. "Thin, but a paper. Thank you." # speaker: Giles Fenwick
}
{uk_embassy_line == 0: Fenwick does not look at you as you sit. He talks to the others about "the mission" the way one talks about the weather in a country one is only passing through.}
One of the juniors says he saw a man from the mission coming out of the Metropol this afternoon with a parcel. "Black market, Nye?" he says, grinning. "Nylons for the Commissariat?" # fiction
Nye goes scarlet to the ears and opens his mouth, and you can see the truth coming up his throat like a hiccup. # decision: uk_mess At supper: tell the caviar as a joke, change the subject, or let Nye answer
* [Tell it yourself, as a joke, before he does]
    ~ uk_mess = 1
    ~ uk_suspicion = uk_suspicion + 2
    ~ common_adjust(trust_embassy, 1)
    ~ common_adjust(reputation, -1)
    "Worse than nylons," you say. "Caviar. For the highest table in the land. Nye has been shopping for the Prime Minister. Four kilos of fish eggs, carried over the Moskva in a scarf, like Moses in the bulrushes." # speaker: Thomas Arden
    ~ common_clue()
    The table roars. Even Dot looks up. Nye laughs too, weakly, relieved that it's out and that someone else said it. Fenwick laughs longest of all, and you see him file it, the way a clever man files a good line for later. # fiction # clue: You told the caviar errand as a joke at the junior mess (30 Sep). Fenwick laughed longest.
* [Change the subject, fast]
    ~ uk_mess = 2
    ~ uk_nye_trust = uk_nye_trust + 2
    ~ common_adjust(trust_embassy, -1)
    "Nylons? Nye? He can't say 'four' in Russian. Has anyone here ever won a hand of cards off a Soviet secretary?" # speaker: Thomas Arden
    It isn't funny, but it's loud, and the talk swerves. Under the table Nye presses your foot with his, once. # fiction
    "How very protective," Fenwick says softly, to nobody. # speaker: Giles Fenwick
* [Say nothing and let Nye answer for himself]
    ~ uk_mess = 0
    "Fish." # speaker: Arthur Nye
    Then, because he is a bad liar:
    "Just fish. For the office. For London." # speaker: Arthur Nye
    "Fish for London," Fenwick repeats, savouring it. "Well, well." He has the look of a man collecting a set. # speaker: Giles Fenwick
- The wine goes round again. Dot leaves early. At the door she looks back, not at Nye, but at Fenwick.
{uk_mess == 1 and uk_asked_dot: She looks at you too, on the way out, and this time there is nothing friendly in it at all. You asked her to keep a secret this afternoon, her look says, and tonight you told the table.}
{ uk_mess == 1 and uk_asked_dot:
    ~ common_adjust(trust_embassy, -1)
}
-> uk_third_night

=== uk_third_night ===
Late that night the cars go up the hill again. You sit up with the Private Secretary under a green-shaded lamp. # date: 30 September 1941 # location: British Embassy # fact: third_kremlin_understanding
Far to the south-west, that morning, German armour began to move again. Nobody here knows it yet. In two days the offensive the Germans call Typhoon will fall on the road to Moscow. # fact: typhoon_begins
* [Ask the Private Secretary what he thinks will happen]
    "What do you think, sir? Honestly?" # speaker: Thomas Arden
    He takes off his spectacles.
    "I think His Lordship has decided to give them everything they ask for and sort out the consequences in London. And I think that may be the only way it could be done. Both things. Put that in no minute." # speaker: Private Secretary
    { uk_promise == 0:
        He glances at your first table, the one with the line through its title.
        "Your grey figures will matter in February. Not this week." # speaker: Private Secretary
    }
* [Ask how many times they'll go up the hill]
    "How many of these meetings will there be?" # speaker: Thomas Arden
    "As many as it takes. Three, if tonight works. People who were there will count differently from each other." # speaker: Private Secretary # fact: kremlin_meetings_count
- A little after one the cars come back, and the first sound up the stairs is Lord Beaverbrook's laugh. # fact: third_kremlin_understanding
It went well. An understanding has been reached. The conference will reconvene tomorrow and sign, two days ahead of schedule. # fact: third_kremlin_understanding # fact: protocol_ahead_of_schedule
"Right," says the Private Secretary. "Protocol drafts. All of them. Now." # speaker: Private Secretary
-> uk_protocol_day
