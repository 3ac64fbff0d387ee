// 28 September 1941: the Metropol, the rations, Vera Lebedeva, the missions arrive, Fenwick at night.

=== pr_d28 ===
Breakfast at the Metropol is served under a great roof of glass, in a dining room built for a richer century. The fountain has been dry since July. # date: 28 September 1941 # location: Hotel Metropol, the dining room # fact: metropol_press_corps
On your plate: two fried eggs, black bread, a curl of butter, tea with real sugar, and a saucer of grey caviar, because the press department has decided that foreign correspondents shall eat like ambassadors. # fact: metropol_rations
Across the square a queue was forty people long before the shop opened, and nobody in it was talking. You have eaten your eggs for two months, and the queue has not got shorter. # fiction
The foreign press of the Soviet Union lives here because it must, and every word it writes goes to the censors of the Foreign Commissariat's press department before it can be cabled. Nikolai Palgunov's department took a handful of correspondents to the front near Smolensk two weeks ago. You were not chosen. Nobody said why. # fact: metropol_press_corps # fact: palgunov_censor # fact: smolensk_press_trip
Vera Lebedeva comes in at half past eight with the day's notices, in the brown coat she has worn since August: an interpreter of the Foreign Commissariat, which means she translates for you, helps you, and writes down what you do. She has never pretended otherwise. # fiction
"Good morning, Miss Soames. There is an announcement." She reads it to you in English, exactly. "The British and American missions arrive in Moscow today. Correspondents will be informed of arrangements." # speaker: Vera Lebedeva
-> pr_vera_hub

= pr_vera_hub
{The notice lies on the tablecloth between you.|Vera waits, her pencil lined up with the edge of the notice.|Vera waits.}
* [Ask what "arrangements" means]
    "Arrangements. Does that mean a bus to the airfield?" # speaker: Peg Soames
    "It means that you will be informed." Vera almost smiles. "If there is a bus, I will be the first to tell you." # speaker: Vera Lebedeva # fiction
    -> pr_vera_hub
* [Ask after her mother]
    ~ pr_vera_up(1)
    "How is your mother? Her chest?" # speaker: Peg Soames
    Vera's face changes for a second: surprise that you remembered.
    "Better. It is the stairs. We are on the fifth floor, and the lift is for the winter, they say, so it does not go in the autumn." # speaker: Vera Lebedeva # fiction
    -> pr_vera_hub
* [Ask who will censor the conference copy]
    "Who reads our copy this week? The usual desk?" # speaker: Peg Soames
    "The press department reads everything, as always. This week there will be more readers. It is an important week for friendship." # speaker: Vera Lebedeva # fact: palgunov_censor
    You translate: anything that spoils the friendship will not leave Moscow.
    -> pr_vera_hub
* [Enough questions: get on with the day]
    -> pr_ration

= pr_ration
Vera gathers her notices. Her eyes go, once and without meaning to, to the sugar bowl by your cup: six lumps, white, on a morning when the shops across the square have none.
This is a small thing. In Moscow, small things are written down.
* [Wrap the sugar in a napkin and give it to her, for her mother]
    ~ pr_vera_up(2)
    You fold the lumps into a napkin and push it across the cloth as if it were a message. # fiction
    "I must say in my report that you gave me sugar," she says quietly. "I will say it was for my mother. That is true, so I may say it." # speaker: Vera Lebedeva
    You have made her life a little sweeter and a little more dangerous, and she has decided the trade is worth it.
* [Offer her the caviar, as a joke about ambassadors]
    ~ common_adjust(trust_soviet, -1)
    "Have the caviar. I'm told it's what ambassadors eat. I'm only a reporter." # speaker: Peg Soames
    Vera does not take the saucer.
    "It is yours, Miss Soames. Everybody knows what is on your plate." # speaker: Vera Lebedeva # fiction
    You eat the caviar yourself, because leaving it would be a second insult. It tastes of salt and of the queue across the square.
* [Keep it businesslike: she has her job and you have yours]
    ~ pr_vera_up(1)
    ~ common_adjust(trust_soviet, 1)
    You say nothing about the sugar. Vera has to account for every kindness; the kindest thing may be to give her nothing to account for. She goes out with her notices, and you think she understood. # fiction
- The hall porter brings a cable on a tray, as he always does, as if it were a visiting card. It came in overnight. # fiction
"SOAMES METROPOL MOSCOW. BEAVERBROOK HARRIMAN YOUR PATCH THIS WEEK. AGENCIES WILL CABLE COMMUNIQUE VERBATIM. WANT WHAT COMMUNIQUE DOESNT SAY. ALSO HOW MOSCOW LIVES. KEEP IT SHORT CABLE RATES MURDER. WHITCOMBE" # speaker: Sam Whitcombe
Sam Whitcombe has edited The Clarion for eleven years and never been east of Berlin. He thinks the censor is a man you can take to lunch. # fiction
-> pr_afternoon28

= pr_afternoon28
There is no bus. By noon everybody knows the missions will land in the afternoon, and that correspondents will not be at the airfield. You have three or four hours and one city. # fiction
* [Cross the river to the British Embassy and wait for the cars to come back]
    The British Embassy is a sugar-merchant's palace looking straight across the river at the Kremlin wall. The doorman knows you and does not let you in. You wait by the gate until the cars come back from the airfield at a little after four. # fact: british_embassy_mansion
    A chancery junior you know slightly winds down his window as he passes. "Vyshinsky met them," he calls. "On the field, himself. And both our embassies in a row behind him." Then the gate closes. # fact: arrival_vyshinsky
* [Walk to Manege Square and watch the traffic]
    Under a barrage balloon that hangs over the rooftops like a fat silver thought, a convoy of black cars sweeps in from the west, very fast. Two women with string bags stop to watch, then go on; they have seen cars before. # fiction
    At the Metropol, later, that the agency men tell you the delegates were met on the airfield by Vyshinsky, the Deputy Commissar, with the embassy staffs lined up behind him. # fact: arrival_vyshinsky
* [Stay at the Metropol and work the lobby]
    By five the lobby is full of rumours. # fiction They were met by Vyshinsky himself, the Deputy Commissar who prosecuted the great trials. Harriman is tall. Beaverbrook is small. Their aeroplane was fired at on the way in, by Soviet guns. # fact: arrival_vyshinsky
    The last you write down with a question mark. Beaverbrook himself will cable London that it was true; tonight it is a story nobody can print. # fact: aa_fire_plane
- At seven, while you are writing up what little you have, the ambassadors take Harriman and Beaverbrook to the Kremlin to meet Stalin and Molotov. You do not know this yet. Nobody outside the walls does. # fact: kremlin_first_meeting
-> pr_fenwick_night

= pr_fenwick_night
At eleven Giles Fenwick comes into the Metropol bar alone, which is unusual, and sober, which is more unusual. # date: 28 September 1941 # location: Hotel Metropol, the bar # fiction
He is a third secretary in the British chancery, too clever for his post, and your best bad source since July: he tells you more than he should, and always as a joke. # fiction
"Buy me a drink, Peg, and I'll tell you how the Ambassador spent his evening." He sits down without waiting. "He spent it being shown the door." # speaker: Giles Fenwick
Sir Stafford made the introductions in the Kremlin at seven; then, at Lord Beaverbrook's request, he withdrew, and so did the American, and Litvinov interpreted without them. # fact: kremlin_first_meeting # fact: cripps_withdraws # fact: litvinov_interpreter
"He'd already had a row this afternoon about keeping Oumansky out of the room. He won that one. Then he lost the room himself." # speaker: Giles Fenwick # fact: oumansky_objection
"Fifteen months of being kept at arm's length by Stalin and Molotov, and the first time anyone gets in properly, our own side keeps him out. Beaverbrook wants a clean slate. The Ambassador is the slate." # speaker: Giles Fenwick # fact: cripps_frustrations
Two tables away, Vera Lebedeva sits with a glass of tea and a book she is not reading.
* [Write it down, with his name beside it]
    ~ pr_fenwick = 0
    ~ common_adjust(trust_embassy, -1)
    You write it down as he says it, and at the top of the page, from habit, "G.F., chancery". # fiction
    "Not with my name, Peg. Not ever with my name. I have a career, God help me, and a mother in Shropshire who thinks I'm doing well." # speaker: Giles Fenwick
    You cross the initials out. He does not quite believe the crossing-out. Nor, if you are honest, do you.
* [Write it down with no name at all]
    ~ pr_fenwick = 1
    You write it as "a British source" and nothing else, and turn the notebook so he can see that you did. # fiction
    "Good girl," he says, which you let pass, because it is late and he is frightened under the jokes. "You're the only one of them I'd tell. You know that." # speaker: Giles Fenwick
* [Close your notebook and tell him to lower his voice: Vera is two tables away]
    ~ pr_fenwick = 2
    ~ common_adjust(trust_embassy, 1)
    You put the notebook away and lower your voice.
    "Giles. Two tables. Brown coat. She hears English better than you do." # speaker: Peg Soames
    He glances, and for a moment the clever face is simply young. He talks about the ballet for ten minutes, loudly, and then goes. He owes you one. # fiction
- None of it could be printed: the censor would never pass a quarrel inside the British camp. But it is the first true thing you have learned about the week: the mission and the embassy are not one side. # fact: palgunov_censor # fiction
-> pr_d29
