// 22-28 September: HMS London, Archangel, the flight, the first Kremlin night.

=== us_voyage ===
HMS London clears Scapa Flow in the grey of the afternoon with two missions aboard and not enough chairs for either. # CLEAR # date: 22 September 1941 # location: HMS London, leaving Scapa Flow # fact: hms_london_voyage # fact: mission_members
The British have Lord Beaverbrook, a general everyone calls Pug, a junior air minister, a major-general from the War Office, and more dispatch boxes than a bank. The Americans have Mr. Harriman, General Burns, Mr. Batt of the production office, your Admiral, and you. # fact: mission_members
Admiral William H. Standley is sixty-nine, a retired Chief of Naval Operations called back to ride a cruiser that is not his and be courteous to a lord. He takes most things well, except a loose figure. # fact: standley_bio
Your desk is a board across your knees. The first evening is your own, more or less.
-> us_voyage_evening

= us_voyage_evening
* [Find Ed Marsh in the wardroom]
    Ed Marsh is dealing cards to two British lieutenants and a paymaster at a corner table. You shared a desk lamp at the Office of Production Management for a year; he is the only statistician you know who can make steel ingot capacity sound like gossip. # fiction
    ~ common_clue()
    He wins two shillings off the paymaster, and by the time the cocoa comes they have become "a fortune in the King's silver". # fiction # clue: Ed Marsh's numbers grow each time he tells a story (voyage, 22 Sep).
    * * [Warn him, lightly, to keep his stories for the wardroom]
        "Ed. In Moscow, keep the stories for the wardroom." # speaker: Henry Lowell
        "Hank. In Moscow I'll be a tomb. A tomb with a pencil." # speaker: Ed Marsh
    * * [Deal yourself in for another hand]
        You lose a shilling, and by the time the cocoa is cold Marsh is telling the table that you lost your shirt. # fiction
        ~ common_adjust(trust_press, 1)
    - - He is the best company on the ship and the worst witness.
    -> us_voyage_evening
* [Read the Russian list again]
    On the third of September Stalin asked Churchill for a second front and for thirty thousand tons of aluminium and four hundred aircraft and five hundred tanks a month. # fact: stalin_request_sep3
    Churchill answered the next day: no second front this year; Britain would send half the aircraft and tanks, and hoped America would find the other half. You are part of the other half, on a board across your knees. # fact: churchill_reply_sep4
    In London Harriman and Beaverbrook argued for days over how much of what America had promised Britain should go to Russia instead. The argument has only been put in a box and brought along. # fact: london_prep_talks
    -> us_voyage_evening
* [Help the Englishman with the dispatch box]
    In the companionway a small Englishman in a bowler is carrying a red dispatch box down a ladder built for sailors. The ship rolls. You catch the box against your chest. # fiction
    "Oh, thank you, sir. That's Lord B's second box. If that had gone down the hatch I'd have gone in after it." # speaker: Arthur Nye
    He is Arthur Nye, messenger to the British mission, forty-one and already seasick, and he thanks you three times more, as if you had saved a child. # fiction
    ~ us_nye_friend = true
    -> us_voyage_evening
+ [Turn in]
    -> us_voyage_memo

= us_voyage_memo
Two days out, north of everything, the Admiral sends for you. # date: 24 September 1941 # location: HMS London, Norwegian Sea # fiction
His copy of the Russian list has the tanks ringed, the aircraft ringed, and a large question mark beside nothing at all at the bottom of the page. He wants a memorandum by tomorrow night: what the United States can produce against this list, month by month, to next June. The question mark, he says, is for the part nobody has written down. # fiction
In the passage Marsh tells you he has heard that the Chief told the team to give and give and give, and not to bargain. Nobody you ask heard it said in those words, but it is in the air of the ship. # fact: harriman_give_instruction
Production you can do. The question mark is shipping: hulls, escorts, ports, ice, the railway from Archangel south. Nobody asked you for that column. # decision: us_memo The Admiral's memorandum: add the shipping column, production only, or the rosy total
* [Add the column nobody asked for: what can be shipped, and when]
    ~ us_memo = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    Beside the production figures you write a second column headed "Can arrive". It is much shorter, and one footnote says "Archangel: ice from about November". # fiction
    The Admiral reads the right-hand column first, twice, and puts the memorandum in his inside pocket instead of the folder. # fiction
* [Keep to what was asked: production only]
    ~ us_memo = 2
    ~ common_adjust(standing, 1)
    You give him exactly what he asked for: a clean page, production month by month, no opinions. He says it is clear, and puts it in the folder. The question mark stays where it is. # fiction
* [Give the mission the number it wants: show that the total can be met]
    ~ us_memo = 3
    ~ us_promise_more()
    You let every doubtful month fall on the side of yes. Everyone on this ship wants the answer to be yes, and there is a version of the arithmetic in which it is. # fiction
    The Admiral asks, in a mild voice, whether the figures allow for any ships being sunk. You say they are production figures, sir. He says he knows what they are. # fiction
    ~ common_adjust(standing, -1)
- Nobody sees a U-boat. The sailors call it luck, and treat it so. # fact: hms_london_voyage
-> us_archangel

=== us_archangel ===
On the fifth day the London noses into the mouth of the Northern Dvina and feels her way up a long channel marked with buoys, to Archangel. # date: 27 September 1941 # location: Archangel # fact: hms_london_voyage
Timber stacked in yellow walls on every quay, and cranes, and how few of them. Along the quays the first convoy home is due to sail tomorrow, going back empty for the next load. # fact: qp1_leaves
* [Count the cranes]
    ~ us_cranes = true
    Cranes able to lift a tank: a handful. Rail sidings to the quays: not many. You write the numbers in your pocketbook, with the date, like a man noting a pulse. # fiction
* [Ask a British officer what the port can take]
    A lieutenant-commander with a cold pipe tells you the railway is single track for a long way south, and none of it will matter much once the ice comes in. November, if they're lucky. He says it as a man gives the price of coal. # fiction
- -> us_flight

=== us_flight ===
The aircraft are Douglases, or Russian copies of them, flying south over forest for longer than seems possible. The Admiral sleeps upright with his hands folded on his cap. # CLEAR # date: 28 September 1941 # location: Over the approaches to Moscow # fact: arrival_vyshinsky
Near Moscow the air fills with small dirty flowers of smoke, and the aircraft shudders. Across the aisle Marsh holds his magazine very still, counting the bursts, because that is what people like you and Ed do with fear. # fiction
Lord Beaverbrook will cable London that the mission's aircraft was fired on by Soviet anti-aircraft guns. # fact: aa_fire_plane
-> us_airfield

=== us_airfield ===
On the airfield a row of officials waits in long coats. At the centre stands Andrei Vyshinsky, Deputy Commissar for Foreign Affairs, who greets Mr. Harriman and Lord Beaverbrook with a smile that the photographers like. # date: 28 September 1941 # location: Moscow, the airfield # fact: arrival_vyshinsky
Four years ago he was the prosecutor at the trials where old Bolsheviks confessed to everything and were shot. Now he is shaking hands with your Admiral. # fiction
A tall American with a thin moustache finds you by your uniform. # fiction
"Lowell? Walter Pruett, second secretary. The Ambassador's compliments, and I'm to see you don't get lost. There's nowhere to get lost to, but I'm to see you don't." # speaker: Walter Pruett
* [Thank him and mean it]
    ~ common_adjust(trust_embassy, 1)
    You thank him, and mean it. He has had a long summer of visitors who did not. # fiction
* [Ask him how Moscow looks from the embassy]
    ~ common_adjust(trust_embassy, 1)
    "From the embassy?" Pruett considers. "Like a city that has decided not to panic, and is watching to see who does it first." # speaker: Walter Pruett
* [Tell him you have the Admiral's papers and need a desk]
    ~ common_adjust(standing, 1)
    Pruett nods as though you have said something sensible and a little sad. There is a desk. There is always a desk. # fiction
- The cars take you in past sandbagged shopfronts and a bakery queue where nobody talks. Pruett points out nothing. # fiction
-> us_kremlin_night1

=== us_kremlin_night1 ===
By six the word is round: the ambassadors will take Mr. Harriman and Lord Beaverbrook to the Kremlin at seven, to Stalin and Molotov. # date: 28 September 1941 # location: Moscow, the American embassy # fact: kremlin_first_meeting
The ambassadors will make the introductions and then withdraw, Pruett says: Lord Beaverbrook asked it. This afternoon Sir Stafford Cripps kept Oumansky, the Soviet ambassador to Washington, out of the room; now he is to lose it himself. Maxim Litvinov, Foreign Commissar before the pact with Hitler, is to interpret. # fact: cripps_withdraws # fact: oumansky_objection # fact: litvinov_interpreter
* [Wait with the cars outside the Kremlin, in case Mr. Harriman needs papers]
    ~ us_night28 = 1
    You ride in the last car with the spare copies of everything and wait. The Kremlin in a blackout is a great dark absence with a few blue lamps in it. After an hour the driver holds out a packet of papirosy. # fiction
    * * [Take one, and try your textbook Russian on him]
        ~ common_adjust(trust_soviet, 1)
        You thank him in the Russian of two semesters of evening classes at Columbia. He corrects your stress, and tells you, slowly, that his son is at the front near Leningrad. # fiction
    * * [Decline politely, and keep your eyes on the gate]
        You shake your head with a smile, and watch the gate. # fiction
    - - 
    At a quarter to eight the ambassadors come out, both of them, and are driven away. Neither looks at the cars left behind. # fact: cripps_withdraws
    Past midnight a young man from Harriman's staff trots out, takes a single folder from your case, and trots back in. It is how trust begins: somebody remembers that you were there. # fiction
* [Stay with the embassy staff, who were not asked]
    ~ us_night28 = 2
    ~ common_adjust(trust_embassy, 1)
    You stay at the embassy with Pruett, eating sandwiches at a desk. The Ambassador's car comes back early; tonight, Pruett says evenly, he has been thanked and shown out by his own side. # fact: cripps_withdraws
    "Write that down somewhere," Pruett says, "so that somebody remembers we were asked to leave, not that we had nothing to say." # speaker: Walter Pruett
    * * [Write it down, and tell him you have]
        ~ common_adjust(trust_embassy, 1)
        You write it in your pocketbook: 28 Sept, 7 p.m., ambassadors withdrew at the British request. # fiction
    * * [Tell him the mission needed a clean slate]
        ~ common_adjust(standing, 1)
        "Maybe the mission needed a clean slate, Walter. Maybe it's that simple." # speaker: Henry Lowell
        "It is that simple," Pruett says. "That's what's wrong with it." # speaker: Walter Pruett
    - - 
* [Work through the night on the Admiral's notes for tomorrow]
    ~ us_night28 = 3
    ~ common_adjust(standing, 1)
    You build the Admiral what he will need tomorrow: the Russian list, the production table, the questions for each committee, on cards, in the order he is likely to want them. # fiction
- It is past one when the cars come back. The principals go across the river to the British Embassy, where the two chiefs meet their people after the Kremlin, and you go too, carrying what you carry. # fact: late_embassy_meetings
Nobody tells you what Stalin said. You gather, from the way they sit, that he said a great deal and gave away nothing. # fiction
{
- us_night28 == 3:
    The Admiral finds your cards on his chair, sorted by committee. In the morning he will have them in his pocket. # fiction
- us_night28 == 1:
    Someone from Harriman's staff nods to you across the room. # fiction
- else:
    Pruett stands by the door with his hat in his hands, the embassy present in the only way it is allowed to be. # fiction
}
+ [Sleep, what there is of it]
    -> us_spiridonovka
