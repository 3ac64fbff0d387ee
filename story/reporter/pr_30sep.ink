// 30 September 1941: Whitcombe's verdict, the day's choice (city, embassy or lobby), the third Kremlin night.

=== pr_d30 ===
-> table_phase_sep29 ->
Two things are waiting for you at breakfast: a cable from London, and Vera, with a face that says the censor has been busy. # CLEAR # date: 30 September 1941 # location: Hotel Metropol # fiction
{
- pr_comm == 1:
    "SOAMES. COMMUNIQUE STORY CLEAN BUT IDENTICAL REUTERS EXCHANGE TELEGRAPH AND GOD. PAYING YOU FOR WHAT THEY CANT SEE. WHITCOMBE" # speaker: Sam Whitcombe
    ~ common_adjust(standing, -1)
    Vera has nothing for you. Your copy passed whole. There was nothing in it to cut.
- pr_lead == 1:
    "The comrade censor removed one word," Vera says. "'Barely'. He thought 'barely half an hour' was not friendly. Half an hour, he allowed. It is a fact." # speaker: Vera Lebedeva # fact: plenary_thirty_minutes
    ~ common_adjust(trust_soviet, -1)
    ~ common_adjust(standing, 1)
    "SOAMES. OWN READING RAN PAGE ONE UNDER COMMUNIQUE. HALF HOUR LINE MUCH QUOTED IN NEWSROOM. WANT MORE SUCH. WHITCOMBE" # speaker: Sam Whitcombe
- pr_lead == 2:
    "Your story passed," Vera says. "All of it. The comrade censor said it was a serious article." # speaker: Vera Lebedeva # fiction
    ~ common_adjust(standing, 2)
    "SOAMES. SIX COMMITTEES STORY BEST OF BUNCH. SUBS MADE IT LEAD OF SECOND EDITION. KEEP DOING THIS. WHITCOMBE" # speaker: Sam Whitcombe
- else:
    "Your story passed," Vera says. "The comrade censor said he liked the house." # speaker: Vera Lebedeva # fiction
    "SOAMES. CHANDELIER PRETTY. NEWS WHERE. WHITCOMBE" # speaker: Sam Whitcombe
}
Vera also has the morning's communique from the front, the Sovinformburo's, read aloud to you in her careful English: heavy fighting on the whole front, a village retaken, enemy losses in round numbers. You have learned to read these the way you read the faces of the men coming back from the Kremlin: by what is missing. # fiction
Far to the south-west, that morning, German tanks under Guderian have begun to move. It is the first blow of the offensive the Germans will call Typhoon, aimed at Moscow. Nobody at the Metropol will know it for days. # fact: typhoon_begins
You have one day before the conference closes. Where will you spend it?
* [Out in the city with Vera: a hospital, the streets, how Moscow lives]
    ~ pr_day30 = 1
    -> pr_city
* [Across the river at the British Embassy, where the mission's gossip collects]
    ~ pr_day30 = 2
    -> pr_embassy
* [In the Metropol lobby, where the committee men come to drink and talk]
    ~ pr_day30 = 3
    -> pr_lobby

= pr_city
Vera has arranged it, somehow, in an hour: a visit to a school that has become a hospital, on a street north of the boulevards. You walk there together. # date: 30 September 1941 # location: A school hospital, Moscow # fiction
~ pr_vera_up(1)
On the way you pass a shop with a queue that goes round the corner, a woman writing a number on the back of each hand in indelible pencil so nobody can argue about places, and a courtyard where girls in headscarves are filling sandbags with a steady, silent rhythm. # fiction
The hospital smells of carbolic and cabbage. Children's drawings are still pinned to the classroom walls above the beds: a red tractor, a cat, a tank with a star. The men in the beds are from the fighting in the west. Most of them are younger than Vera. # fiction
A nurse with a grey plait shows you the ward with a kind of fierce politeness. She asks you, through Vera, whether it is true that English people also have ration cards. # fiction
* [Tell her the truth about British rationing]
    You tell her: meat, butter and sugar by the coupon since last year, queues for everything that isn't rationed, nobody starving and nobody fat. She nods, as if checking your figures against her own. # fact: rationing_britain
    "Then you understand," she says, through Vera. You do not quite, and you do not say so.
* [Tell her you eat like an ambassador at the Metropol]
    You tell her. Eggs, butter, caviar at breakfast. You do not know why you say it, except that it is true and she asked. # fact: metropol_rations
    The nurse looks at you for a moment and then laughs, not unkindly, and says something that makes Vera blush. Vera does not translate it.
- In the last bed a boy with his arm strapped to a board asks Vera something, urgently, looking at you. # fiction
"He asks when England will open a second front," Vera says. "He says: you have the Channel; you have ships." # speaker: Vera Lebedeva
You know the answer. In early September Stalin asked Churchill for a second front; Churchill replied that none was possible this year, and offered aircraft and tanks instead. It is on its way, that answer, in the committee rooms this week. It is no answer for a boy in a bed. # fact: stalin_request_sep3 # fact: churchill_reply_sep4
* [Tell him the truth: not this year]
    ~ pr_vera_up(1)
    You tell him. Vera translates it gently. The boy looks at the ceiling and says one word, which Vera says means "understood". # fiction
* [Tell him that tanks and aircraft are being promised this very week]
    You tell him about the conference, the committees, the tanks. Vera translates. The boy smiles for the first time, and you hope to God the tanks come. # fiction
- At one you part at the Metropol door. Vera goes in to the lobby. You go up to write.
You write it straight: the drawings on the walls, the nurse's plait, the boy's question. Then the hard part: the queue, round the corner, with numbers written on hands.
"The censor will not like the queue," Vera said, at the door, not looking at you. "It is not forbidden to see it. It is forbidden to print it." # speaker: Vera Lebedeva # fact: palgunov_censor
* [Leave the queue out, and let the hospital carry the piece]
    ~ pr_queue = 1
    ~ pr_front = pr_front + 1
    ~ pr_vera_up(1)
    You cut it yourself. The piece goes across that evening and comes back whole. It is true in every line, and it is not the whole truth, and you know exactly where the hole is. # fiction
* [Keep the queue in and let the censor decide]
    ~ pr_queue = 2
    ~ common_adjust(trust_soviet, -1)
    You leave it in. The piece goes across and comes back at nine with the queue gone, and with it, because the censor's pencil is generous, the nurse's question about ration cards and the boy's about the second front. What is left is three paragraphs about a hospital with children's drawings on its walls. # fact: palgunov_censor
    You send it anyway. Whitcombe asked how Moscow lives. This is how Moscow is allowed to live, in print.
    ~ pr_front = pr_front + 1
- -> pr_kremlin30

= pr_embassy
The British Embassy in daylight is shabbier than it looks across the water: plaster garlands chipped, the ballroom full of packing cases, two Soviet women on their knees washing the parquet very fast. From the upstairs windows you can see the whole red length of the Kremlin wall across the river. # date: 30 September 1941 # location: British Embassy # fact: british_embassy_mansion
{pr_fenwick >= 1: Giles Fenwick comes down to collect you himself, which is a mark of favour.|Giles Fenwick keeps you waiting forty minutes in the hall, which is a message.} He is the duty officer this week, he tells you, which means he signs for everything and is blamed for the rest. # fiction
On the way up, you pass a small window in the corridor marked CASHIER. A round-shouldered Englishman in a mission overcoat is counting roubles into an envelope with the care of a man defusing something. # fiction
"The mission's messenger," Fenwick murmurs. "Nye. Ministry of Supply. His Lordship's shopping. I countersigned his chit this morning; it's my one act of statecraft all week." # speaker: Giles Fenwick
~ pr_evidence += pr_ev_chit
~ common_clue()
At the embassy cashier, the mission messenger Nye drew roubles on a chit Fenwick countersigned as duty officer: "His Lordship's shopping". # clue: 30 Sep, British Embassy: the messenger Nye drew roubles for "His Lordship's shopping" on a chit Fenwick countersigned.
-> pr_embassy_talk

= pr_embassy_talk
{Fenwick's office is a former dressing room with a desk, a safe and a view of the river.|Fenwick lights another cigarette.|Somewhere below, a typewriter stops and starts again.}
* [Ask what the messenger is buying]
    "What's His Lordship shopping for? Souvenirs?" # speaker: Peg Soames
    Fenwick smiles the smile of a man who has a very good story and has decided to save it.
    "State secrets, Peg. Ask me in a week. I'll tell it better then." # speaker: Giles Fenwick # fiction
    You write "Nye, shopping, ask in a week". You don't know yet what you have written.
    -> pr_embassy_talk
* [Ask what the Russians want from the Kremlin nights]
    "What does Stalin actually want? Not the communique: the list." # speaker: Peg Soames
    He lowers his voice, out of habit rather than fear.
    "Fighters with cannon. Spitfires, if you please. He doesn't care for the Tomahawks he's been offered. Ammunition. Aluminium, thirty thousand tons of it. Tanks, tanks, tanks." # speaker: Giles Fenwick # fact: beaverbrook_cable_spitfires # fact: stalin_request_sep3
    It is more than you should have. You will not be able to print a word of it, and you know it, and so does he; that is why he told you.
    -> pr_embassy_talk
* [Ask about the young woman at the door marked CIPHERS]
    As you passed, a woman of about thirty with her hair pinned back hard and a cardigan darned at the elbows came out of a door marked CIPHERS, saw your notebook, and went back in. # fiction
    "Dot Pryce," Fenwick says. "Our cipher clerk. Everything we send and everything we get goes through Dot's hands and Dot's ledger. She knows everything, and she says nothing, and she has never once laughed at one of my jokes." # speaker: Giles Fenwick
    Later, on the stairs, you meet her again and say good morning.
    "I don't talk to the press, Miss Soames," she says, quite kindly, and goes past. # speaker: Dot Pryce
    -> pr_embassy_talk
* [Thank him and go: you have seen what there is to see]
    ~ common_adjust(trust_embassy, 1)
    -> pr_embassy_out

= pr_embassy_out
On your way out you look back from the embankment. The tall windows are criss-crossed with tape, and behind them the lamps are already lit in rooms stacked with the mission's boxes. Tonight, after the Kremlin, the mission's people will come back across this bridge and talk until the small hours in those rooms. Everybody in Moscow knows it; nobody may write it. # fact: late_embassy_meetings # fiction
~ pr_fenwick = pr_fenwick + 1
-> pr_kremlin30

= pr_lobby
You take the chair with the view of the door, the lift and the porter's desk, order tea you will not drink, and wait for the war to come and sit down beside you. # date: 30 September 1941 # location: Hotel Metropol, the lobby # fiction
At eleven it does, in the shape of a round-faced American of about thirty-three with a pencil behind one ear and a packet of Luckies he hands round like a host. # fiction
"Ed Marsh, Office of Production Management, on loan to Mr Harriman to count things." He pumps your hand. "You're press. I can always tell. You look at people like they owe you money." # speaker: Ed Marsh
~ pr_marsh = pr_marsh + 1
-> pr_lobby_talk

= pr_lobby_talk
{Marsh talks the way other men breathe.|Marsh lights another Lucky off the last.|Marsh waves at someone across the lobby and forgets to stop talking.}
* [Ask him what a statistician does at a war]
    "I count. Tanks, tons, trucks, ships. They ask for a number, I say how big it really is. Then somebody with a bigger office makes it bigger." He laughs. "That's a joke. Don't print it." # speaker: Ed Marsh # fiction
    You make a note that he said "don't print it" about a joke. Some people say it about everything.
    -> pr_lobby_talk
* [Ask him about the committees]
    "Six of them, running all day. I'm in and out of transport and raw materials. The Russians have a list as long as your arm and they want every line of it by Friday." He drops his voice, not very far. "Getting it here's the trick. Everybody promises, nobody's got the ships." # speaker: Ed Marsh # fact: six_committees # fact: no_transport_commitment
    -> pr_lobby_talk
* [Ask him about trucks]
    "Trucks?" Marsh makes a face. "There's a number going round. Ten thousand a month. I haven't seen it on any paper I've been given. Could be somebody's hope, could be somebody's typo. I'd want to see the paper." # speaker: Ed Marsh # fact: trucks_figure
    ~ pr_marsh = pr_marsh + 1
    He says it like a man who respects paper. You like him better for it.
    -> pr_lobby_talk
* [Let him go back to his committee]
    Marsh goes off at one, waving, promising to come to the bar "some night", leaving you with a headache and three pages of notes. # fiction
    -> pr_counter_seen

= pr_counter_seen
At a little after two, the round-shouldered Englishman from yesterday's lobby is back, at the foreigners' counter, holding up four fingers to the woman behind the glass. Four blue tins come down. He counts out roubles from an envelope with shaking fingers, and she writes him a receipt in purple pencil and stamps it. # fiction
~ pr_evidence += pr_ev_counter
~ common_clue()
He wraps the tins in his scarf, like a man wrapping a baby, and goes out into the square, very fast. # fiction # clue: 30 Sep, Metropol counter, about 2 p.m.: an Englishman from the mission bought four blue tins, paid in roubles, got a receipt, wrapped them in his scarf.
Across the lobby, by the lift, Vera Lebedeva has seen it too. She looks at the door he went out of, and then, for a second, at you.
* [Write down what you saw]
    You write it down: TIME, COUNTER, FOUR TINS, SCARF, MISSION COAT. You write down everything that means nothing; it is the only way to find out later what it meant. # fiction
* [Go and ask Vera who he was]
    ~ pr_vera_up(-1)
    You go across. Vera has already opened her book and is reading it with great attention.
    "I do not know the gentleman," she says, which is almost certainly true, and "It is not my business what foreigners buy," which is certainly not. # speaker: Vera Lebedeva # fiction
    You have made her say a lie out loud in a public lobby. You go back to your chair feeling that you have cost her something.
- -> pr_kremlin30

= pr_kremlin30
At nightfall the cars go up the hill a third time. # date: 30 September 1941 # location: Hotel Metropol # fact: kremlin_meetings_count
Or is it the second? The British at the bar say there have been two long talks with Stalin; an American says three; one of the mission's men tells the room they have been at the Kremlin every night. Later historians will still disagree. You write "two or three" in your notebook and feel, for once, that you are being accurate. # fact: kremlin_meetings_count
At two in the morning the word comes down the lobby from a British officer with a bottle under his arm: an understanding has been reached with Stalin. The conference will close early. # fact: third_kremlin_understanding
Now you have to write the Kremlin nights. {pr_d29.pr_kremlin29.pr_heavy:You have heard "heavy going" and "an understanding" within twenty-four hours, from men who stood in the same corridor.|You have a long night's faces and a bottle under a British arm.} Nobody who was in the room will talk to you. # decision: pr_tone The Kremlin nights: a triumph, hard bargaining, or no verdict
* [Write it as a triumph: the Russians are getting what they asked for]
    ~ pr_tone = 1
    ~ common_adjust(trust_soviet, 1)
    You write a triumph. Long nights, hard work, an understanding reached in friendship. The censor will pass every word. Half of them are even true. # fact: third_kremlin_understanding
* [Write it as hard bargaining: Stalin is no easy host]
    ~ pr_tone = 2
    ~ common_adjust(trust_soviet, -1)
    You write hard bargaining: nights that went on past midnight, a host who wanted more than his guests had brought, an understanding reached only on the third try. The censor strikes "only on the third try". The rest survives, just. # fact: kremlin_meetings_count # fact: palgunov_censor
* [Write only what you can stand behind: long nights, an understanding, no verdict]
    ~ pr_tone = 3
    ~ common_adjust(reputation, 1)
    You write what you know: long nights in the Kremlin, two or three of them; an understanding; the conference closing early. No adjectives. Whitcombe will hate it. It will still be true next year. # fact: kremlin_meetings_count # fact: third_kremlin_understanding
- -> pr_d01
