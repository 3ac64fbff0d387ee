// 3 October 1941 and the voyage home: the Douglas to Archangel, HMS Harrier, the gangplank,
// and Major Lacey's inquiry aboard HMS London.

VAR uk_notes = false        // wrote up your own notes of the four days on the flight north

=== uk_departure ===
-> table_phase_oct02 ->
The mission leaves Moscow by Douglas aircraft, as it came. Harriman's summary cable goes to Washington the same day. Your dispatch bag is heavier by one signed protocol. # CLEAR # date: 3 October 1941 # location: Moscow airfield # fact: departure_douglas # fact: harriman_cable_oct3
The embassy sees you off. Fenwick is there in his good overcoat; Dot is not, because the cipher room never closes. # fiction
{ trust_embassy >= 7 and uk_bar != 3:
    Fenwick walks you to the steps of the aircraft.
    "Write," he says. "Or don't. But come back, when this is over, and we'll drink the solvent properly." # speaker: Giles Fenwick
}
{trust_embassy <= 3: Fenwick lifts a hand to the mission in general from the edge of the field, and turns away before the engines start.}
Beyond the suburbs a raw brown line crosses the fields: a ditch being dug by hand by hundreds of tiny figures with spades. # fiction
* [Look back at Moscow until it is gone]
    You look until it is gone under the wing. In a fortnight half the people you met this week will be on trains east. # fact: evacuation_kuibyshev
* [Write up everything you remember of the four days]
    ~ uk_notes = true
    You write, small and fast, everything: dates, hours, who said what, where. The supper. The bar. The corridor. By Archangel you have eleven pages. # fiction
* [Sleep]
    You sleep upright, your wrist chained to the Empire's paperwork.
- -> uk_harrier

=== uk_harrier ===
At Archangel the party goes out into the White Sea in a small grey minesweeper, HMS Harrier, packed to the rails. # date: 3 October 1941 # location: HMS Harrier, the White Sea # fact: harrier_transfer
Out in the open water the cruiser London waits. A week ago she lay at the quays; why she waits at sea now, nobody tells you, and the one account of this crossing, which nothing else confirms, does not say. # fact: harrier_transfer # fact: hms_london_voyage
The ships come together as close as their captains dare, and a gangplank is run across, rising and falling with the sea. # fact: harrier_transfer
Admiral Standley of the American mission goes first, upright, as if crossing a quarterdeck on parade. Lord Beaverbrook crosses with a rope tied round his waist, in case he falls. # fact: harrier_transfer
-> uk_gangplank_choice

= uk_gangplank_choice
The Private Secretary appears at your shoulder with the red dispatch box, the protocol inside. Arthur Nye appears at the other, grey-faced, with a parcel in his scarf. And a rating at the plank is shouting for hands on the safety line.
"Arden," says the Private Secretary, holding out the box. # speaker: Private Secretary
"Mr Arden," whispers Nye, "I can't. My hands. Would you take it across? It's the PM's." # speaker: Arthur Nye
"You, sir! On this line, if you please!" shouts the rating. # speaker: Rating
* [Take the dispatch box and cross with it]
    ~ uk_gangplank = 1
    ~ common_adjust(standing, 1)
    You cross with the box hugged to your chest while the plank heaves under you like a living thing. Behind you Nye crosses with his parcel, eyes shut, and is sick over the side, and holds on to the parcel throughout. # fiction
* [Take Nye's parcel and cross with it]
    ~ uk_gangplank = 2
    ~ uk_suspicion = uk_suspicion + 1
    ~ uk_nye_trust = uk_nye_trust + 1
    You cross with the Prime Minister's caviar clutched to your chest while a row of faces on the cruiser's rail watches you come. By the far side, the whole ship knows who carried it. # fiction
* [Go and take the safety line]
    ~ uk_gangplank = 3
    ~ common_adjust(reputation, 1)
    For twenty minutes you hold the line, soaked to the knees, while the mission crosses above you one shaking pair of legs at a time. The rating says "Ta, mate," which is the best thing anyone has said to you in a week. # fiction
- The gangplank comes in. The ships draw apart. Across the widening water, the London's loudspeaker booms out over the sea: "Well done, Harrier. Well done." # fact: harrier_transfer
In a week Harrier will be back off Archangel, escorting PQ 1, the first of the new convoys. It sailed from Iceland before the signing, loaded before anyone had promised anything; the promises you typed will come in the ships after it. # fact: pq1_arrives
-> uk_at_sea

=== uk_at_sea ===
-> table_phase_inquiry ->
HMS London turns north and west. For two days you watch grey water, which has the merit of not needing to be typed. # CLEAR # date: 4 October 1941 # location: HMS London, at sea # fiction
On the third morning the wardroom goes quiet when you come in. # date: 6 October 1941 # fiction
A signal has come from London. The Prime Minister has read in a newspaper that Lord Beaverbrook sent an employee in Moscow to buy him twenty-five pounds' worth of caviar, and he has cabled His Lordship about it. # fact: churchill_telegram # fact: caviar_purchase
The despatch was Philip Jordan's, of the News Chronicle, and it has been carried also by The Times and, which is what the wardroom cannot stop smiling at, by Lord Beaverbrook's own Daily Express. # fact: jordan_reported
When the story ran, and how it got past the Soviet censor, nobody on the ship can tell you. # fact: jordan_refused_source
Nye's receipt said 168 roubles; at about twenty-one roubles to the pound that is eight pounds, a third of what the paper says. Twenty-five pounds would have bought twelve or thirteen tins. # fiction
* [Ask the wardroom how His Lordship is taking it]
    A naval lieutenant tells you, with relish: His Lordship believes the thing was leaked by the young men of the embassy, and has said so to anyone in earshot. # fact: beaverbrook_blamed_juniors
* [Go and find Nye]
    Nye is in his bunk with his face to the bulkhead.
    "It's me they'll want," he says without turning. "I bought it. I'm the employee. It says so in the paper." # speaker: Arthur Nye # fact: caviar_purchase
    { uk_nye_trust >= 3:
        He turns round at last.
        "You'll stand by me, Mr Arden? You know how it was." # speaker: Arthur Nye
    }
* [Go up on deck and think]
    On deck the wind takes the breath out of you. Four tins. {uk_mess == 1:Your joke at supper, }Fenwick's joke in the bar, Marsh's crate in a corridor, twenty-five pounds in The Times. Somewhere in that chain, someone carried the story out of the room. # fiction
    {uk_leaked: You know who one of them was. You can feel it in your chest like a swallowed stone.}
- At eleven a steward finds you. Major Lacey of the military mission would be grateful for a word, in the chartroom annexe, at your convenience, which means now. # fiction
-> uk_lacey

=== uk_lacey ===
Major Hugh Lacey is neat and tired, a man asked to do something beneath him who means to do it properly anyway. He began asking questions in Moscow on the afternoon of the second; since the Prime Minister's telegram he has a file, very thin, labelled CAVIAR. # date: 6 October 1941 # location: HMS London, chartroom annexe # fiction
"Sit down, Arden. This isn't a court. His Lordship has asked me to find out how a small domestic errand got into the newspapers, and I'm asking everyone aboard who knew of it. You knew of it." # speaker: Major Lacey
It isn't a question. He has already spoken to Nye.
-> table_uk_inquiry ->
{ uk_errand == 2:
    "You went with Nye to the Metropol. He says you did the talking. He says you were very good." Lacey's face gives nothing away. # speaker: Major Lacey
}
{ uk_errand == 1:
    "You drew Nye a map to the Metropol, and taught him the Russian for four. He's very grateful." # speaker: Major Lacey
}
{ uk_errand == 0:
    "You sent Nye to the Private Secretary for an interpreter. Quite right. He went alone anyway." # speaker: Major Lacey
}
-> uk_lacey_questions

= uk_lacey_questions
{Lacey turns a page.|Lacey writes something and looks up again.|Lacey waits, pen over paper.}
* [Answer his question: who else knew?]
    "Who else knew, Major? Before the bar?" Lacey asks, and answers himself, reading from his list: the office, the cashier, the duty officer who signed the chit, the cipher room. "And anyone Nye told, which is everyone who asked him twice." # speaker: Major Lacey
    {uk_asked_dot: You think of Dot's ledger, and the initials G.F., and say nothing yet.}
    -> uk_lacey_questions
* [Answer his question about the supper]
    "I'm told the joke began at a supper in the junior mess on the thirtieth," Lacey says. # speaker: Major Lacey
    { uk_mess == 1:
        He looks up.
        "I'm told you told it." # speaker: Major Lacey
        There is no point denying it, and you don't. He writes a line.
    }
    { uk_mess == 2:
        "I'm told you changed the subject. Nye is very insistent on that point." He writes a line. # speaker: Major Lacey
    }
    { uk_mess == 0:
        "I'm told you kept quiet and Nye said 'fish'." Something that is nearly a smile. He writes a line. # speaker: Major Lacey
    }
    -> uk_lacey_questions
* [Answer his question about the Metropol bar]
    "You were at the Metropol bar on the night of the first, with correspondents present." # speaker: Major Lacey
    { uk_bar == 2:
        "One of the chancery juniors says you corrected the weight, in front of the press. To the kilo." He lets that sit. # speaker: Major Lacey
    }
    { uk_bar == 3:
        "I hear you told Mr Fenwick to stop. Good. It didn't stop him, I gather, but good." # speaker: Major Lacey
    }
    { uk_bar == 1:
        "You laughed, I'm told. Everybody laughed." He sighs. "It was apparently very funny." # speaker: Major Lacey
    }
    { uk_bar == 0:
        "You left early, I'm told. Sensible." # speaker: Major Lacey
    }
    -> uk_lacey_questions
* {uk_gangplank == 2} [Answer his question about the gangplank]
    "And you carried the parcel across at the transfer. In full view of the ship's company and both missions." Lacey sounds almost sorry. "That's the picture people have now, you see. Arden and the caviar." # speaker: Major Lacey
    -> uk_lacey_questions
* [Ask him what His Lordship wants]
    "What does His Lordship want from this, Major?" # speaker: Thomas Arden
    "His Lordship wants it to be someone at the embassy. If I give him a young man from the chancery with a loose tongue, the file will close." # speaker: Major Lacey # fact: beaverbrook_blamed_juniors
    "And if you can't?" # speaker: Thomas Arden
    "Then I'll say so." # speaker: Major Lacey
    -> uk_lacey_questions
* [Tell him you're ready to say your piece]
    -> uk_lacey_decide

= uk_lacey_decide
Lacey closes the file and folds his hands on it. # fiction
"So. I have to write something. What would you like me to write?" # speaker: Major Lacey # decision: uk_inquiry What to give Major Lacey: blame, a name, evidence, or silence
{uk_leaked && table_got_pr_source != 4: He does not know. You can see that he does not know. Your own voice {uk_leak_place == 1:on the Metropol steps|in the corridor of the National} is in nobody's file but your own.}
* [Take the blame: "Put my name down. I talked too much."]
    ~ uk_inquiry = 1
    ~ common_adjust(standing, -2)
    ~ common_adjust(trust_embassy, 2)
    "Put my name down, Major. I talked about it when I shouldn't have. Don't go looking at the embassy." # speaker: Thomas Arden
    {uk_leaked: It is, for once, no more than the truth. Lacey looks at you for a long time, as if he could see the shape of what you are not saying.}
    {not uk_leaked: It is not quite the truth. It is the truth that will stop the file from growing. Lacey looks at you for a long time.}
    "You understand what that means for you," he says. Not a question. He writes. # speaker: Major Lacey
* [Name Giles Fenwick: he told it to a roomful of the press]
    ~ uk_inquiry = 2
    ~ uk_pointed_at = "Giles Fenwick"
    ~ common_adjust(standing, 2)
    ~ common_adjust(trust_embassy, -3)
    ~ common_adjust(reputation, -1)
    "Giles Fenwick, of the chancery. He told it as a joke at the Metropol bar, to a table of correspondents, on the first. He signed the chit for the roubles. He said on the bridge that someone ought to tell the papers." # speaker: Thomas Arden
    Lacey writes it down, word for word, like a man handed exactly what he was sent to fetch. # fiction
    "Mr Fenwick is in Moscow," he says, "and can't answer. I'll note that too." # speaker: Major Lacey
* [Name Ed Marsh: the inflated figure was his]
    ~ uk_inquiry = 2
    ~ uk_pointed_at = "Ed Marsh"
    ~ common_adjust(reputation, 1)
    "If you want where the size came from, Major, it was Ed Marsh, Harriman's statistician. He turned Fenwick's kilos into a hundred dollars, let it become a hundred pounds, and made it a crate, in front of correspondents." # speaker: Thomas Arden
    Lacey grimaces.
    "An American. His Lordship won't thank me for that. Nor will Mr Harriman." He writes it down anyway. "At least it's a fact." # speaker: Major Lacey
* [Name Dot Pryce: she decoded the order]
    ~ uk_inquiry = 2
    ~ uk_pointed_at = "Dot Pryce"
    ~ common_adjust(trust_embassy, -3)
    ~ common_adjust(reputation, -2)
    "Dorothy Pryce, in the cipher room. She decoded the order. She knew before anyone." # speaker: Thomas Arden
    Lacey's pen stops.
    "She knew because it was her job to know," he says slowly. "Is there anything else? Anything she did, rather than knew?" # speaker: Major Lacey
    There isn't. He writes her name down anyway, because you said it, and you cannot take it out. # fiction
* {uk_receipt or (uk_notes and clues >= 3)} [Produce your evidence: {uk_receipt:the copy of the receipt}{uk_receipt and uk_notes: and }{uk_notes:your notes of who said what}]
    ~ uk_inquiry = 3
    ~ common_adjust(reputation, 2)
    ~ common_adjust(trust_embassy, 1)
    You open your pocketbook on his desk. # fiction
    { uk_receipt:
        "The receipt, Major, copied on the day. Four one-kilo tins, 168 roubles: eight pounds at the rate. The twenty-five pounds is not a fact about what was bought. It's a fact about how the story grew." # speaker: Thomas Arden
    }
    { uk_notes:
        "And here is who said what, and when, written on the flight: the supper, the bar, Mr Marsh's crate, the corridor at the National. The story was in half a dozen mouths before any correspondent filed. Which one reached the News Chronicle, nobody can tell from this." # speaker: Thomas Arden
    }
    Lacey reads it twice and copies the figures into his file. # fiction
    "The first useful thing anyone's given me. Not a name: a size. I'll write that the purchase was modest, the report exaggerated, and the source not to be identified from the evidence. He won't like it." # speaker: Major Lacey # fact: amount_exaggerated
* [Say nothing: "I've nothing to add, Major."]
    ~ uk_inquiry = 0
    "I've nothing to add, Major." # speaker: Thomas Arden
    Lacey waits. At last he writes a short line, and you cannot see what it says. # fiction
    { uk_suspicion >= 4:
        "Nothing to add," he repeats. "Everyone else had a great deal to add, Arden. Most of it about you." # speaker: Major Lacey
    }
- -> uk_voyage_end

=== uk_voyage_end ===
You go up on deck. The sea is the colour of a filing cabinet. # date: 6 October 1941 # location: HMS London, at sea # fiction
{uk_inquiry == 2 and uk_pointed_at == "Giles Fenwick": You think of Fenwick at the edge of the airfield, and of how a thin file becomes a thick one in Whitehall, one typed line at a time.}
{uk_inquiry == 2 and uk_pointed_at == "Dot Pryce": You think of Dot's ledger, and of her saying that people always look at the one who knew. You have just proved her right.}
{uk_inquiry == 2 and uk_pointed_at == "Ed Marsh": Marsh will be fine. Americans generally are, in British files. That was, you admit, part of why you chose him.}
{uk_inquiry == 1: You think of your name, typed on the label of a thin file. It looks smaller than you expected.}
{uk_inquiry == 3: You think of four blue tins, and of how a fact can be a kind of shelter, even when it shelters no one in particular.}
{uk_inquiry == 0: You think of all the things you did not say, and find they weigh about as much as the things you did.}
Far to the south, the Germans are on the road to Moscow. # fact: typhoon_begins
-> uk_homecoming
