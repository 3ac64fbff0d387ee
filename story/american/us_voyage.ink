// 22-28 September: HMS London, Archangel, the flight, the first Kremlin night.

=== us_voyage ===
HMS London clears Scapa Flow in the grey of the afternoon with two missions aboard and not enough chairs for either. # CLEAR # date: 22 September 1941 # location: HMS London, leaving Scapa Flow # fact: hms_london_voyage # fact: mission_members
The British have Lord Beaverbrook, a general everyone calls Pug, a junior air minister, a major-general from the War Office, and more dispatch boxes than a bank. The Americans have Mr. Harriman, General Burns, Mr. Batt of the production office, your Admiral, and you. # fact: mission_members
Admiral William H. Standley is sixty-nine. He was Chief of Naval Operations while you were still in college, retired, and has been called back to ride a cruiser that is not his and be courteous to a lord. He takes it well. He takes most things well, except a loose figure. # fact: standley_bio
Your cabin is a steel cupboard shared with a British major who snores in a military manner. Your desk is a board across your knees. The ship begins to lift and settle, lift and settle, as she meets the open sea.
The first evening is your own, more or less.
-> us_voyage_evening

= us_voyage_evening
* [Find Ed Marsh in the wardroom]
    Ed Marsh is where you expected, at a corner table, dealing cards to two British lieutenants and a paymaster with the air of a man who has been in the Royal Navy all his life. # fiction
    Marsh is thirty-three, round-faced, with a pencil behind one ear and a pack of Luckies he hands round like a host. At the Office of Production Management you shared a desk lamp for a year. He is the only statistician you know who can make a table of steel ingot capacity sound like gossip. He is on loan to Mr. Harriman to count things. # fiction
    "Hank! Sit. These gentlemen are teaching me a game with no rules and I'm winning it." # speaker: Ed Marsh
    You sit for a hand. Marsh wins two shillings off the paymaster and tells the table about it while he is still raking them in. By the time the wardroom steward brings cocoa, the two shillings have become "a fortune in the King's silver". # fiction
    ~ common_clue()
    Marsh's way with a figure: two shillings won at cards are "a fortune" before the cocoa comes. His numbers grow with each telling. # clue: Ed Marsh's numbers grow each time he tells a story (voyage, 22 Sep).
    * * [Warn him, lightly, to keep his stories for the wardroom]
        "Ed. In Moscow, keep the stories for the wardroom." # speaker: Henry Lowell
        "Hank. In Moscow I'll be a tomb. A tomb with a pencil." # speaker: Ed Marsh
        He taps the pencil behind his ear, and deals. The paymaster laughs. You are not sure anyone heard you, including Ed. # fiction
    * * [Deal yourself in for another hand]
        You play a hand, and lose a shilling, and by the time the cocoa is cold Marsh is telling the table that you lost your shirt. You let him. It is a better story than a shilling. # fiction
        ~ common_adjust(trust_press, 1)
    - - You leave him to it. He is the best company on the ship and the worst witness.
    -> us_voyage_evening
* [Go up on deck]
    The wind comes over the bow with nothing in it but the north. Two destroyers keep station off the quarters, grey on grey, and beyond them the sea goes on being very large. # fiction
    You find yourself doing sums. A freighter of seven or eight thousand tons. So many tanks to a hold, so many aircraft in crates on deck. So many ships to a convoy, so many convoys to a month. Then the ships that do not arrive. # fiction
    Every number you will hear in Moscow has to come this way, or round some other end of the earth, in hulls like the ones you are not seeing on this empty water.
    -> us_voyage_evening
* [Read the Russian list again]
    The list is two pages, translated twice. On the third of September Stalin asked Churchill for a second front, and, more urgently, for thirty thousand tons of aluminium and at least four hundred aircraft and five hundred tanks a month. # fact: stalin_request_sep3
    Churchill answered the next day. No second front this year. Britain would send half the monthly aircraft and tanks, and hoped America would find the other half. # fact: churchill_reply_sep4
    America, in other words, is the other half. You are part of the other half, on a board across your knees. # fiction
    In London, the week before, Harriman and Beaverbrook argued for days over how much of what America had promised Britain should go to Russia instead. You typed some of the tables. The argument is not settled; it has only been put in a box and brought along. # fact: london_prep_talks
    -> us_voyage_evening
* [Help the Englishman with the dispatch box]
    In the companionway a small Englishman in a bowler is trying to carry a red dispatch box and a suitcase down a ladder built for sailors. The ship rolls. The box leaves his hand. # fiction
    You catch it against your chest. It is heavier than it looks: paper is always heavier than it looks.
    "Oh, thank you, sir. Thank you. That's Lord B's second box. If that had gone down the hatch I'd have gone in after it." # speaker: Arthur Nye
    He is Arthur Nye, messenger to the British mission, from the Ministry of Supply. He is forty-one and already seasick, and he thanks you three times more on the way down the ladder, as if you had saved a child. # fiction
    ~ us_nye_friend = true
    -> us_voyage_evening
+ [Turn in]
    -> us_voyage_memo

= us_voyage_memo
Two days out, north of everything, the Admiral sends for you. # date: 24 September 1941 # location: HMS London, Norwegian Sea # fiction
He has a borrowed cabin with a porthole, a chart of the White Sea and a copy of the Russian list with his own pencil marks in the margin. He has ringed the tanks. He has ringed the aircraft. He has put a question mark beside the aluminium and another, larger, beside nothing at all, at the bottom of the page.
The Admiral wants a memorandum by tomorrow night: what the United States can actually produce against this list, month by month, to next June. One page if you can, two if you must. He says it in the voice of a man who has read a great many memoranda and disliked most of them. # fiction
He adds, almost as an afterthought, that the question mark at the bottom is for the part nobody has written down. # fiction
On your way out, Marsh catches you in the passage. He has heard, from somebody who heard it in London, that the Chief told the team to give and give and give, and not to bargain for anything in return. # fact: harriman_give_instruction
Nobody you ask afterwards heard it said in those words. It is the kind of sentence that improves each time it is repeated. But it is in the air of the ship, and the air of the ship is in your memorandum. # fact: harriman_give_instruction
You sit with the board across your knees and the figures in front of you. Production you can do. The question mark is shipping: hulls, escorts, ports, ice, the railway from Archangel south. Nobody asked you for that column. # decision: us_memo The Admiral's memorandum: add the shipping column, production only, or the rosy total
* [Add the column nobody asked for: what can be shipped, and when]
    ~ us_memo = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You write the production figures in the left-hand column and, beside them, a second column headed "Can arrive". It is much shorter. It has footnotes. One of them says "Archangel: ice from about November" and another says "tonnage available: unknown to writer; this is the question." # fiction
    You hand it in at breakfast. The Admiral reads the right-hand column first. Then he reads it again, and puts the memorandum in his inside pocket instead of the folder. # fiction
* [Keep to what was asked: production only]
    ~ us_memo = 2
    ~ common_adjust(standing, 1)
    You give him exactly what he asked for: a clean page, production month by month, with the sources noted and no opinions. It is good work. It is the kind of thing you did every week in Washington. # fiction
    The Admiral reads it, says it is clear, and puts it in the folder. The question mark at the bottom of his copy of the list stays where it is. # fiction
* [Give the mission the number it wants: show that the total can be met]
    ~ us_memo = 3
    ~ us_promise_more()
    You can make the total come out. You count what is building and what might be built if the converted plants come in on time, and you let every doubtful month fall on the side of yes. Everyone on this ship wants the answer to be yes, and there is a version of the arithmetic in which it is. # fiction
    The Admiral reads it slowly. He asks, in a mild voice, whether the figures allow for any ships being sunk. You say they are production figures, sir. He says he knows what they are. # fiction
    ~ common_adjust(standing, -1)
- The days go by in a grey light that lasts later every evening. Nobody sees a U-boat. Nobody sees an aircraft. It is not a comfort; it is only luck, and the sailors treat it so. # fact: hms_london_voyage
-> us_archangel

=== us_archangel ===
On the fifth day the London noses into the mouth of the Northern Dvina and feels her way up a long channel marked with buoys, to Archangel. # date: 27 September 1941 # location: Archangel # fact: hms_london_voyage
Timber. That is your first impression: timber on every quay, stacked in yellow walls, and the smell of resin coming over the cold water. Your second is the cranes, and your third, how few of them there are.
Merchant ships lie along the quays, rusty and patient. Someone says they are the first convoy home, due to sail tomorrow, going back empty for the next load. # fact: qp1_leaves
The mission goes ashore in the morning to fly to Moscow. There is an hour on deck before the boats.
* [Count the cranes]
    ~ us_cranes = true
    You count them because it is what you do. Cranes you can see that look able to lift a tank: a handful. Cranes that look able to lift a crated fighter: a few more. Rail sidings running down to the quays: you lose count among the timber, but not many. # fiction
    You write the numbers in the back of your pocketbook, with the time and the date, like a man noting a pulse.
* [Watch the women working the quay]
    The dockers are mostly women, in quilted jackets and headscarves, and they handle timber the length of a telephone pole in pairs, without a word wasted. # fiction
    One of them looks up at the great grey cruiser and her passengers in their good coats, and looks back down at her work. You are not sure what you were hoping she would do.
* [Ask a British officer what the port can take]
    A lieutenant-commander with a cold pipe tells you the channel is good in summer, the quays are long, the railway is single track for a long way south, and none of it will matter much once the ice comes in. # fiction
    When, you ask. He shrugs. November, if they're lucky. Icebreakers after that, if they have them. He says it as a man gives the price of coal.
- The boats are called. You go down the side with the Admiral's folder under your coat, and the Dvina is the colour of slate. # fiction
+ [Down the side to the boats]
    -> us_flight

=== us_flight ===
The aircraft look very like Douglases, American machines or Russian copies of them, which is something. They fly south over a country that goes on being forest for longer than seems possible. # CLEAR # date: 28 September 1941 # location: Over the approaches to Moscow # fact: arrival_vyshinsky
Birch gone yellow. Pine gone black. Rivers like dropped string. Now and then a village, a church without a cross, a road with nothing on it.
The Admiral sleeps, upright, with his hands folded on his cap. Across the aisle Marsh is writing figures in the margin of a magazine. Somewhere forward, Mr. Harriman is reading.
Then, near Moscow, the air outside the window fills with small dirty flowers of smoke, and the aircraft shudders.
* [Look down]
    Far below, in a field, a gun crew works its piece with great diligence and no idea who you are. # fiction
* [Look at Marsh]
    Marsh has stopped writing. He is holding the magazine very still, and his lips are moving, and you realise he is counting the bursts, because that is what people like you and Ed do with fear. # fiction
* [Look at the Admiral]
    The Admiral has opened his eyes. He looks at the bursts with professional interest, as a surgeon might look at someone else's incision, and closes them again. # fiction
- The bursts fall behind. Nobody says anything. Later you will hear that Lord Beaverbrook cabled London that the mission's aircraft had been fired on by Soviet anti-aircraft guns near Moscow. At the time it is only noise, and a landing that everyone is glad of. # fact: aa_fire_plane
-> us_airfield

=== us_airfield ===
On the airfield a row of officials waits in long coats. At the centre stands Andrei Vyshinsky, Deputy Commissar for Foreign Affairs, who greets Mr. Harriman and Lord Beaverbrook with a smile that the photographers like. # date: 28 September 1941 # location: Moscow, the airfield # fact: arrival_vyshinsky
Four years ago he was the prosecutor at the trials in this city, where old Bolsheviks confessed to everything and were shot. You read the transcripts in the New York papers. Now he is shaking hands with your Admiral. # fiction
The embassy staffs are there too, British and American, in a knot of good overcoats. A tall American with a thin moustache breaks away from it and finds you by your uniform. # fiction
"Lowell? Walter Pruett, second secretary. The Ambassador's compliments, and I'm to see you don't get lost. There's nowhere to get lost to, but I'm to see you don't." # speaker: Walter Pruett
* [Thank him and mean it]
    ~ common_adjust(trust_embassy, 1)
    You thank him, and mean it. He looks faintly surprised. He has had a long summer of visitors who did not. # fiction
* [Ask him how Moscow looks from the embassy]
    ~ common_adjust(trust_embassy, 1)
    "From the embassy?" Pruett considers. "Like a city that has decided not to panic, and is watching to see who does it first." # speaker: Walter Pruett
* [Tell him you have the Admiral's papers and need a desk]
    ~ common_adjust(standing, 1)
    Pruett nods as though you have said something sensible and a little sad. There is a desk. There is always a desk. # fiction
- The cars take you in through the city. Sandbags against the shopfronts. Paper strips pasted across the windows against blast. A barrage balloon riding over a boulevard. Queues at a bakery, women mostly, and nobody talking. # fiction
Pruett points out nothing. You are grateful.
-> us_kremlin_night1

=== us_kremlin_night1 ===
By six the word is round: the ambassadors will take Mr. Harriman and Lord Beaverbrook to the Kremlin at seven, to Stalin and Molotov. # date: 28 September 1941 # location: Moscow, the American embassy # fact: kremlin_first_meeting
Pruett tells you the rest in the corridor, in a low, even voice. The ambassadors will make the introductions and then withdraw. Lord Beaverbrook asked it, and both ambassadors will go. A clean slate. # fact: cripps_withdraws
There was a quarrel already this afternoon, he adds. Oumansky, the Soviet ambassador to Washington, wished to sit in, and Sir Stafford Cripps objected. And now, Pruett says, Sir Stafford is to lose the room himself. So is our own Ambassador. # fact: oumansky_objection
Maxim Litvinov, who was Foreign Commissar before the pact with Hitler and then nothing at all, is to interpret. # fact: litvinov_interpreter
There are three things you could usefully do with the evening, and you can only do one.
* [Wait with the cars outside the Kremlin, in case Mr. Harriman needs papers]
    ~ us_night28 = 1
    You take the briefcase with the spare copies of everything and ride in the last car, across the river and up through a gate where the sentries look at your uniform for a long time. # fiction
    Then you wait. The car is cold. The driver smokes. The Kremlin at night in a blackout is not a building but a great dark absence with a few blue lamps in it. # fiction
    After an hour the driver turns round and holds out a packet of papirosy, the cardboard-tubed cigarettes everyone here smokes. # fiction
    * * [Take one, and try your textbook Russian on him]
        ~ common_adjust(trust_soviet, 1)
        You take one, and thank him in the Russian of two semesters of evening classes at Columbia. He laughs, not unkindly, and corrects your stress, and tells you, slowly, so that you will understand, that his son is at the front near Leningrad. After that you sit in silence, smoking together, which is its own kind of conversation. # fiction
    * * [Decline politely, and keep your eyes on the gate]
        You shake your head with a smile. He shrugs and turns back, and you watch the gate, and the sentries watch you watching it. # fiction
    - - 
    At a quarter to eight the ambassadors come out, both of them, and are driven away. Neither looks at the cars left behind. # fact: cripps_withdraws
    At some hour past midnight, a young man from Harriman's staff comes out at a trot, takes a single folder from your case, and trots back in. That is all. It is, you will learn, how trust begins: somebody remembers that you were there. # fiction
* [Stay with the embassy staff, who were not asked]
    ~ us_night28 = 2
    ~ common_adjust(trust_embassy, 1)
    You stay at the embassy with Pruett and the others, eating sandwiches at a desk and hearing, at second hand, how it went. # fiction
    The Ambassador's car comes back early. Nobody slams a door. Pruett tells you, in that even voice, that the Ambassador has been in Moscow two years and has spent much of it being kept waiting, and that tonight he has been thanked and shown out by his own side. # fact: cripps_withdraws
    "Write that down somewhere," Pruett says, "so that somebody remembers we were asked to leave, not that we had nothing to say." # speaker: Walter Pruett
    * * [Write it down, and tell him you have]
        ~ common_adjust(trust_embassy, 1)
        You write it in your pocketbook: 28 Sept, 7 p.m., ambassadors withdrew at the British request. Pruett watches you do it and nods, as if a receipt had been given for something. # fiction
    * * [Tell him the mission needed a clean slate]
        ~ common_adjust(standing, 1)
        "Maybe the mission needed a clean slate, Walter. Maybe it's that simple." # speaker: Henry Lowell
        "It is that simple," Pruett says. "That's what's wrong with it." # speaker: Walter Pruett
    - - 
* [Work through the night on the Admiral's notes for tomorrow]
    ~ us_night28 = 3
    ~ common_adjust(standing, 1)
    You spread the Admiral's papers over a borrowed desk and build him what he will need tomorrow: the Russian list, the American production table, the questions for each committee, on cards, in the order he is likely to want them. # fiction
    The building creaks around you. Somewhere a radio plays a march and stops in the middle of it.
- It is past one when the cars come back. The principals go across the river to the British Embassy, where the two chiefs meet their people after the Kremlin, and you go too, carrying what you carry. # fact: late_embassy_meetings
The room smells of cigars and wet wool. Nobody tells you what Stalin said. You gather, from the way they sit, that he said a great deal and gave away nothing, and that tomorrow the work begins. # fiction
{
- us_night28 == 3:
    The Admiral finds your cards on his chair, sorted by committee. In the morning he will have them in his pocket. # fiction
- us_night28 == 1:
    Someone from Harriman's staff nods to you across the room, the nod of a man who has seen you before and remembers where. # fiction
- else:
    Pruett, who came across with you, stands by the door with his hat in his hands, the embassy present in the room in the only way it is allowed to be. # fiction
}
+ [Sleep, what there is of it]
    -> us_spiridonovka
