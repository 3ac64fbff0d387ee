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
~ briefing = "You are Thomas Arden, twenty-four, a temporary clerk of the Ministry of Supply lent to Lord Beaverbrook's mission to Moscow: papers, minutes, tables. You will work beside the young staff of Sir Stafford Cripps's embassy, who did not ask for the mission and will not enjoy being shut out of it."
~ objective = "Come home with both the mission's and the embassy's confidence, and without your name in the caviar file."
You will play the British aide. # role: british # fiction
{briefing}
Your private objective: {objective}
* [Begin: the last leg to Moscow]
    -> uk_flight

=== uk_flight ===
The Douglas drones south over forest that never seems to end: birch gone yellow, pine gone black, a river like a dropped ribbon, and then more birch. # CLEAR # date: 28 September 1941 # location: Over the approaches to Moscow # fact: hms_london_voyage # fact: arrival_vyshinsky
Six days ago you boarded the cruiser London at Scapa Flow with both missions and more luggage than a touring opera. At Archangel the first convoy back was gathering to go home empty. Today it is canvas seats. # fact: qp1_leaves
The mission's second dispatch bag is chained to your wrist. In your pocket is a letter from your mother.
* [Read the letter again]
    ~ uk_letter = true
    ~ uk_grievance = uk_grievance + 1
    She writes in pencil, because there is no ink at Boots. The butcher had a bit of scrag end on Tuesday and she queued forty minutes for it. She hopes the Russians are feeding you properly, and that you are wearing the vest. # fact: rationing_britain
* [Go through the bag's index once more]
    Minutes of the London talks, where the British and Americans argued for a week over who would give up what. Stock tables. The Air Ministry's schedule of what might be spared, in a buff folder. # fact: london_prep_talks
* [Watch the other passengers]
    Arthur Nye, the mission's messenger, sits opposite with his hat on his knees. He catches your eye and smiles like a man at a funeral. # fiction
- The engines change their note. Moscow is somewhere under the haze.
Then the sky near the wing goes dirty with small black blossoms, and the aircraft jumps as if it has been kicked. # fact: aa_fire_plane
The bursts fall behind. Nobody says the word "ours" aloud. Lord Beaverbrook will cable London that the mission's aircraft was fired on by Soviet guns near Moscow. # fact: aa_fire_plane
-> uk_airfield

=== uk_airfield ===
The airfield smells of petrol and wet grass. At the centre of a line of long coats stands Andrei Vyshinsky, Deputy Commissar for Foreign Affairs, who greets Lord Beaverbrook and Mr Harriman. # date: 28 September 1941 # location: Moscow airfield # fact: arrival_vyshinsky
You know his name from the trials of four years ago. One of the embassy's young men comes towards you with the walk of a man who finds airfields faintly absurd. # fiction
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
    "A professional. How alarming. The ribbon is a matter of diplomacy." # speaker: Giles Fenwick
- The cars take you into the city: sandbags, paper strips crosswise on windows, a barrage balloon over a church with its cross gone, women queueing outside a bakery, silent. # fiction
-> uk_embassy_evening

=== uk_embassy_evening ===
The British Embassy is a sugar merchant's palace on the Sofiyskaya embankment, all plaster garlands, and across the grey river stand the red walls and gold domes of the Kremlin. # date: 28 September 1941 # location: British Embassy # fact: british_embassy_mansion
You get a room off the back stairs with a camp bed and a typewriter with half a ribbon. The Private Secretary, your master for the week, gives you the evening's orders. # fiction
The ambassadors will take Lord Beaverbrook and Mr Harriman to the Kremlin at seven, to meet Stalin and Molotov. Then, the Private Secretary says, lowering his voice, the ambassadors will come away. Lord Beaverbrook wishes to begin with a clean slate. # fact: kremlin_first_meeting # fact: cripps_withdraws
Sir Stafford Cripps, His Majesty's Ambassador, is to make the introductions and leave the room.
* [Ask why]
    "May I ask why, sir?" # speaker: Thomas Arden
    In the flat voice of a man repeating a decision he did not make: the Russians and the Ambassador have worn each other thin; His Lordship wants to be the new face. This afternoon Cripps kept Oumansky, the Soviet ambassador to Washington, out of the room. Now he is to lose it himself. # fact: cripps_frustrations # fact: oumansky_objection
* [Say nothing and write it down]
    You write "19.00 Kremlin. Ambassadors withdraw after introductions." in your pocketbook, in your smallest hand. The Private Secretary sees you do it and, for the first time, looks at you as though you might be of use.
- The cars go at a quarter to seven, shaded headlamps crossing the bridge into the dark of the Kremlin. # fact: kremlin_first_meeting
On the back stairs Arthur Nye, the mission's messenger, stops you with a slip of paper from Lord Beaverbrook's office and a face like a man carrying eggs. # fact: caviar_purchase
"Caviar. For the Prime Minister. It came by telegram. Where does a man buy caviar in Moscow, Mr Arden?" # speaker: Arthur Nye
You tell him you have been in Moscow six hours. He goes away to ask somebody else, holding the slip by its corner.
The Ambassador's car comes back across the river long before the others. # fact: cripps_withdraws
Fenwick appears at your door with two glasses of something brown. # fiction
"He's back before the soup," Fenwick says. "Made his introductions, shook the hand, and was shown the way out by his own side. Drink this. It is either brandy or a solvent." # speaker: Giles Fenwick
* [Drink with him]
    ~ common_adjust(trust_embassy, 1)
    It is brandy, after a fashion. Fenwick sits on your camp bed and tells you how the embassy has spent a year being refused appointments. # fact: cripps_frustrations
    "And now he isn't in the room," Fenwick says, "when somebody finally is." # speaker: Giles Fenwick
* [Decline politely: you have tables to finish]
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_embassy, -1)
    "Another night. I have the aluminium to get through." # speaker: Thomas Arden
    "Of course you have." He drinks both glasses himself, in your doorway. # speaker: Giles Fenwick
* [Ask him what the Ambassador wanted from the meeting]
    "What did he want? Sir Stafford." # speaker: Thomas Arden
    "A political understanding. War aims. Your Lord wants tanks and aircraft signed for by Wednesday. They are both right, which is the worst kind of quarrel." # speaker: Giles Fenwick # fact: cripps_frustrations
- Past one in the morning the mission's cars return. Beaverbrook and Harriman go up to a first-floor room with their people, and the Private Secretary beckons you in to take a note. # fact: late_embassy_meetings
-> uk_first_debrief

=== uk_first_debrief ===
The room smells of cigars and wet wool. Maxim Litvinov, you gather, interpreted. # date: 29 September 1941 # location: British Embassy # fact: litvinov_interpreter # fact: late_embassy_meetings
You write down what is decided, and not what is felt. There will be a formal opening this afternoon at the Spiridonovka Palace. There will be committees. There will be lists. # fact: spiridonovka_opening
* [Note what Stalin asked for, as far as you can hear it]
    Aircraft. Tanks. Aluminium, tens of thousands of tons of it. You write it in a column down the left of the page. Nothing on the right yet. # fact: stalin_request_sep3
* [Watch Lord Beaverbrook]
    He is small, restless, brown as a walnut, pacing with his hands behind his back. # fiction
* [Watch Mr Harriman]
    Harriman sits still, making notes, asking short questions. # fiction
- At half past two you are sent to bed. On the back stairs you find Fenwick, in a dressing gown, smoking in the dark by the window that looks at the Kremlin. # fiction
"Well?" he says. "How did it go, up the hill? The Ambassador would like to know, and nobody has told him. He would not ask you himself. He's too proud and too decent. I'm neither." # speaker: Giles Fenwick
This is the first thing in Moscow that is really yours to decide. # decision: uk_embassy_line Tell the embassy what happened up the hill, ask the proper channel, or keep the mission line
* [Tell him the outline: the figures, the tone, tomorrow's timetable]
    ~ uk_embassy_line = 2
    ~ common_adjust(trust_embassy, 2)
    ~ common_adjust(standing, -1)
    You tell him the list, the tone, Litvinov interpreting, tomorrow's opening. It takes three minutes. # fiction
    "Thank you. He'll have it at breakfast. Nobody will ever know where it came from." # speaker: Giles Fenwick
    "Nobody will ever know" is the sort of sentence that is only true until it isn't.
* [Offer to ask the Private Secretary whether the Ambassador may be briefed]
    ~ uk_embassy_line = 1
    ~ common_adjust(trust_embassy, 1)
    "It isn't mine to tell. But I'll ask the Private Secretary in the morning whether someone may brief the Ambassador properly. He ought to be briefed. I'll say so." # speaker: Thomas Arden
    Fenwick studies you.
    "The proper channel. How very Civil Service." But he nods. "Ask, then. I'll believe it when the Ambassador gets a paper." # speaker: Giles Fenwick
    In the morning you ask. At noon a single typed sheet goes down to the Ambassador's office. It is not much. It is not nothing. # fiction
* [Keep the mission line: it's not yours to tell]
    ~ uk_embassy_line = 0
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_embassy, -2)
    "I'm sorry. It's the mission's business. I can't." # speaker: Thomas Arden
    "No," Fenwick says. "Of course you can't." He stubs out his cigarette on the window sill, very precisely. "Goodnight, Arden." # speaker: Giles Fenwick
    He says your name the way the chancery says "Whitehall".
- -> uk_spiridonovka
