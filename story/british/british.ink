// Role A: Thomas Arden, a junior aide in Lord Beaverbrook's British mission (prefix uk_).
// Files: british.ink (variables, start, 28 Sep), uk_29sep.ink, uk_30sep.ink, uk_01oct.ink,
// uk_02oct.ink, uk_03oct.ink (gangplank and inquiry), uk_endings.ink (epilogue, endings, debrief).

// The role's own variables. Each decision point is stored here and read again later.
VAR uk_embassy_line = 0     // 28 Sep: 0 kept the mission line, 1 asked the proper channel, 2 told Fenwick himself
VAR uk_promise = 0          // 29 Sep air table: 0 what Britain can spare, 1 both columns, 2 what Moscow asked
VAR uk_carbon = 0           // 29 Sep: 0 refused the Soviet officer, 1 gave him your carbon, 2 asked the Private Secretary
VAR uk_sheet_fix = 0        // 29 Sep typed answers: 0 let it pass, 1 took it to the Private Secretary, 2 corrected it yourself
VAR uk_errand = 0           // 30 Sep caviar errand: 0 declined, 1 gave directions, 2 went with Nye
VAR uk_receipt = false      // copied Nye's receipt into your notebook
VAR uk_mess = 0             // 30 Sep supper: 0 said nothing, 1 told it as a joke, 2 covered for Nye
VAR uk_asked_dot = false    // asked Dot Pryce about the cipher traffic
VAR uk_bar = 0              // 1 Oct Metropol bar: 0 left early, 1 laughed, 2 corrected the figure, 3 shut Fenwick up
VAR uk_leaked = false       // you yourself gave the story to the press (fiction)
VAR uk_leak_when = ""       // where you did it, in words
VAR uk_leak_place = 0       // 1 the Metropol stairs, 2 the National corridor
VAR uk_trucks = 0           // 2 Oct figures sheet: 0 struck the trucks, 1 left them in, 2 marked them unconfirmed
VAR uk_gangplank = 0        // 3 Oct: 1 the dispatch box, 2 Nye's parcel, 3 the line
VAR uk_inquiry = 0          // inquiry: 0 silent, 1 took the blame, 2 named someone, 3 produced evidence
VAR uk_pointed_at = ""      // whom you named to Major Lacey
VAR uk_suspicion = 0        // how often your own name touches the caviar story
VAR uk_grievance = 0        // how sore you are at the great men and their tins
VAR uk_letter = false       // read your mother's letter on the flight
VAR uk_vera_saw = false     // Vera Lebedeva saw you at the Metropol counter
VAR uk_nye_trust = 0        // how far Arthur Nye trusts you
VAR uk_ending = ""          // which ending this playthrough reached

=== uk_start ===
~ role_name = "British aide"
~ briefing = "You are Thomas Arden, twenty-four, a temporary clerk of the Ministry of Supply lent to Lord Beaverbrook's mission to Moscow. You carry papers, keep minutes and type tables. You will work beside the young staff of Sir Stafford Cripps's embassy, who did not ask for the mission and will not enjoy being shut out of it. You want to be useful, to be trusted by both houses, and to go home."
~ objective = "Come home with both the mission's and the embassy's confidence, and without your name in the caviar file."
You will play the British aide. # role: british # fiction
{briefing}
Your private objective: {objective}
* [Begin: the last leg to Moscow]
    -> uk_flight

=== uk_flight ===
The Douglas drones south over forest that never seems to end: birch gone yellow, pine gone black, a river like a dropped ribbon, and then more birch. # CLEAR # date: 28 September 1941 # location: Over the approaches to Moscow # fact: hms_london_voyage # fact: arrival_vyshinsky
Six days ago you boarded the cruiser London at Scapa Flow with both missions and more luggage than a touring opera. Yesterday she brought you up to Archangel. Today it is canvas seats.
On the quay at Archangel, merchant ships were gathering to go home empty: the first convoy back, someone said, and nobody aboard them would be sorry to leave. # fact: qp1_leaves
On your lap is the mission's second dispatch bag, chained to your wrist. In your pocket is a letter from your mother you have not had the courage to read twice.
* [Read the letter again]
    ~ uk_letter = true
    ~ uk_grievance = uk_grievance + 1
    She writes in pencil, because the ink has run out and there is none at Boots. # fiction
    The butcher had a bit of scrag end on Tuesday and she queued forty minutes for it. The sugar is not what it was. Your sister has gone to the aircraft factory and comes home too tired to eat what there is. She hopes the Russians are feeding you properly, and that you are wearing the vest. # fact: rationing_britain
    You fold it along the same creases. Somewhere below, a whole country is queueing for less than that.
* [Go through the bag's index once more]
    You know the list by heart. Minutes of the London talks. Ministry of Supply stock tables. The Air Ministry's schedule of what might be spared, in a buff folder marked in red. Copies of telegrams that are already out of date. # fact: london_prep_talks
    Someone in London argued for a week with the Americans over who would give up what. The argument is in your lap, folded in three.
* [Watch the other passengers]
    Arthur Nye, the mission's messenger, sits opposite with his knees together and his hat on them, counting the luggage labels in his head. He catches your eye and smiles like a man at a funeral. # fiction
    Two seats forward, the military men talk of rail gauges. Nobody talks about the front. Everyone is thinking about it.
- The engines change their note. Moscow is somewhere under the haze.
Then the sky near the wing goes dirty with small black blossoms, and the aircraft jumps as if it has been kicked. # fact: aa_fire_plane
* [Grip the dispatch bag]
    You clamp the bag to your chest. If the Douglas comes down, the first thing anyone will find is the stock table for aluminium, and your wrist.
* [Look out of the window]
    Below, a gun crew in a field, tiny, earnest, working very hard to kill you.
* [Look at Nye]
    Nye has gone the colour of porridge. You find yourself telling him that it is only the Russians being careful. He nods as if you have told him something true.
- The bursts fall behind. Nobody says the word "ours" aloud. Later Lord Beaverbrook will cable London that the mission's aircraft was fired on by Soviet guns near Moscow. Now it is only noise, a cold sweat, and a landing. # fact: aa_fire_plane
-> uk_airfield

=== uk_airfield ===
The airfield smells of petrol and wet grass. At the centre of a line of long coats stands Andrei Vyshinsky, Deputy Commissar for Foreign Affairs, who greets Lord Beaverbrook and Mr Harriman. # date: 28 September 1941 # location: Moscow airfield # fact: arrival_vyshinsky
You know his name from the newspapers of four years ago, from the trials. He smiles for the photographers. You keep hold of the bag.
The embassy staffs have come out too. One of the British comes towards you with the walk of a man who finds airfields faintly absurd. # fiction
"Arden? Giles Fenwick, chancery. I'm told I'm to be your nursemaid, your interpreter of corridors and your source of hot water. The last is a lie. There is no hot water." # speaker: Giles Fenwick
* [Shake his hand and thank him]
    "Very good of you. I'll need all three, I expect." # speaker: Thomas Arden
    "You will. Your Lord has come to take over the shop, and the shop has feelings." He says it lightly, and watches you to see whether you heard the weight in it. # speaker: Giles Fenwick
* [Ask him what the embassy makes of the mission]
    ~ common_adjust(trust_embassy, 1)
    "Honestly? What does the embassy make of us?" # speaker: Thomas Arden
    "Honestly. We have been here fifteen months, being kept at arm's length by experts. And now Lord Beaverbrook flies in to charm Stalin in three days. We make of it what a family makes of the rich uncle." # speaker: Giles Fenwick # fact: cripps_frustrations
* [Keep it brisk: mission business first]
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_embassy, -1)
    "I'll need a room with a lock and a typewriter with a ribbon. In that order." # speaker: Thomas Arden
    Fenwick's eyebrows go up a quarter-inch.
    "A professional. How alarming. There's a room. The ribbon is a matter of diplomacy." # speaker: Giles Fenwick
- Behind you, Arthur Nye is trying to explain the word "fragile" to a Soviet porter by miming it. The porter watches him with enormous patience and picks up the crate anyway.
The cars take you into the city. Sandbags. Paper strips pasted crosswise on windows. A barrage balloon riding over a church with its cross gone. Women queueing outside a bakery, silent. # fiction
"The front is that way," Fenwick says, nodding west down a long straight road, "and closer every week." Then he stops remarking, and so do you. # speaker: Giles Fenwick
-> uk_embassy_evening

=== uk_embassy_evening ===
The British Embassy is a sugar merchant's palace on the Sofiyskaya embankment, all plaster garlands, and across the grey river stand the red walls and gold domes of the Kremlin. # date: 28 September 1941 # location: British Embassy # fact: british_embassy_mansion
You get a room off the back stairs: a camp bed, a typewriter with half a ribbon, a window that does not quite close. The Private Secretary, your master for the week, gives you the evening's orders in the corridor. # fiction
The ambassadors will take Lord Beaverbrook and Mr Harriman to the Kremlin at seven, to meet Stalin and Molotov. Then, the Private Secretary says, lowering his voice, the ambassadors will come away. Lord Beaverbrook wishes to begin with a clean slate. # fact: kremlin_first_meeting # fact: cripps_withdraws
You understand what that means. Sir Stafford Cripps, His Majesty's Ambassador, is to make the introductions and leave the room.
* [Ask why]
    "May I ask why, sir?" # speaker: Thomas Arden
    The Private Secretary considers whether you may. Then he tells you, in the flat voice of a man repeating a decision he did not make: the Russians and the Ambassador have worn each other thin; His Lordship wants to be the new face; the Ambassador has already had a quarrel this afternoon about who else should sit in. # fact: cripps_frustrations # fact: oumansky_objection
    The Soviet ambassador to Washington, Oumansky, wanted a seat. Cripps objected, and won. Now he has won that, he is to lose the room.
* [Say nothing and write it down]
    You write "19.00 Kremlin. Ambassadors withdraw after introductions." in your pocketbook, in your smallest hand. The Private Secretary sees you do it and, for the first time, looks at you as though you might be of use.
- The cars go at a quarter to seven. You watch their shaded headlamps cross the bridge into the dark of the Kremlin, and then you type. # fact: kremlin_first_meeting
The Ambassador's car comes back across the river long before the others. You hear doors below, and a quiet voice, and quieter replies. Nobody slams anything. That is somehow worse. # fact: cripps_withdraws
Fenwick appears at your door with two glasses of something brown. # fiction
"He's back before the soup," Fenwick says. "Made his introductions, shook the hand, and was shown the way out by his own side. Drink this. It is either brandy or a solvent." # speaker: Giles Fenwick
* [Drink with him]
    ~ common_adjust(trust_embassy, 1)
    It is brandy, after a fashion. Fenwick sits on the end of your camp bed and tells you how the embassy has spent a year being refused appointments, and how the Ambassador drafted and redrafted for a partnership that nobody in the Kremlin would discuss. # fact: cripps_frustrations
    "And now he isn't in the room," Fenwick says, "when somebody finally is." # speaker: Giles Fenwick
* [Decline politely: you have tables to finish]
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_embassy, -1)
    "Another night. I have the aluminium to get through." # speaker: Thomas Arden
    "Of course you have." He drinks both glasses himself, without hurry, in your doorway, and leaves you the empty ones to look at. # speaker: Giles Fenwick
* [Ask him what the Ambassador wanted from the meeting]
    "What did he want? Sir Stafford." # speaker: Thomas Arden
    "A political understanding. War aims. Something written down about what the two countries owe each other after the guns stop. Your Lord wants tanks and aircraft signed for by Wednesday. They are both right, which is the worst kind of quarrel." # speaker: Giles Fenwick # fact: cripps_frustrations
- Past one in the morning the mission's cars return. Beaverbrook and Harriman go up to a first-floor room with their people, and the Private Secretary beckons you in to take a note. # fact: late_embassy_meetings
-> uk_first_debrief

=== uk_first_debrief ===
The room smells of cigars and wet wool. Maxim Litvinov, you gather, interpreted. The great men talk in the tired, rapid way of people who have spent hours watching a face that gave nothing away. # date: 29 September 1941 # location: British Embassy # fact: litvinov_interpreter # fact: late_embassy_meetings
You write down what is decided, and not what is felt. There will be a formal opening this afternoon at the Spiridonovka Palace. There will be committees. There will be lists. # fact: spiridonovka_opening
* [Note what Stalin asked for, as far as you can hear it]
    Aircraft. Tanks. Aluminium, tens of thousands of tons of it. Guns to shoot at other aircraft. You write it all in a column down the left of the page. Nothing on the right yet. # fact: stalin_request_sep3
* [Watch Lord Beaverbrook]
    He is small, restless, brown as a walnut, pacing with his hands behind his back. He looks like a man who has just bought a newspaper he has wanted for years and cannot wait to change the front page. # fiction
* [Watch Mr Harriman]
    Harriman sits still and long, making notes in a neat hand, asking short questions. Where Beaverbrook is weather, Harriman is climate. # fiction
- At half past two you are sent to bed. On the back stairs you find Fenwick, in a dressing gown, smoking in the dark by the window that looks at the Kremlin. # fiction
"Well?" he says. "How did it go, up the hill? The Ambassador would like to know, and nobody has told him. He would not ask you himself. He's too proud and too decent. I'm neither." # speaker: Giles Fenwick
This is the first thing in Moscow that is really yours to decide. # decision: uk_embassy_line Tell the embassy what happened up the hill, ask the proper channel, or keep the mission line
* [Tell him the outline: the figures, the tone, tomorrow's timetable]
    ~ uk_embassy_line = 2
    ~ common_adjust(trust_embassy, 2)
    ~ common_adjust(standing, -1)
    You tell him. Not everything; you don't know everything. The list, the tone, Litvinov interpreting, tomorrow's opening. It takes three minutes. # fiction
    Fenwick listens without interrupting, which you will learn is rare.
    "Thank you," he says at the end, and means it. "He'll have it at breakfast. Nobody will ever know where it came from." # speaker: Giles Fenwick
    You go to bed thinking that "nobody will ever know" is the sort of sentence that is only true until it isn't.
* [Offer to ask the Private Secretary whether the Ambassador may be briefed]
    ~ uk_embassy_line = 1
    ~ common_adjust(trust_embassy, 1)
    "It isn't mine to tell. But I'll ask the Private Secretary in the morning whether someone may brief the Ambassador properly. He ought to be briefed. I'll say so." # speaker: Thomas Arden
    Fenwick studies you.
    "The proper channel. How very Civil Service." But he nods. "Ask, then. I'll believe it when the Ambassador gets a paper." # speaker: Giles Fenwick
    In the morning you ask. The Private Secretary looks at you for a long moment, then says he will see to it. At noon a single typed sheet goes down to the Ambassador's office. It is not much. It is not nothing. # fiction
* [Keep the mission line: it's not yours to tell]
    ~ uk_embassy_line = 0
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_embassy, -2)
    "I'm sorry. It's the mission's business. I can't." # speaker: Thomas Arden
    "No," Fenwick says. "Of course you can't." He stubs out his cigarette on the window sill, very precisely. "Goodnight, Arden." # speaker: Giles Fenwick
    He says your name the way the chancery says "Whitehall".
- -> uk_spiridonovka
