// 28 September 1941: the Metropol, the rations, Vera Lebedeva, the missions arrive, Fenwick at night.

=== pr_d28 ===
Breakfast at the Metropol is served under a great roof of glass, grey with the morning, in a dining room built for a richer century. The fountain in the middle has been dry since July. The waiters move as if the Tsar might still come down. # date: 28 September 1941 # location: Hotel Metropol, the dining room # fact: metropol_press_corps
On your plate: two fried eggs, black bread, a curl of butter, tea with real sugar, and a saucer of grey caviar, because the press department has decided that foreign correspondents shall eat like ambassadors. # fact: metropol_rations
At seven you walked back from the square. There was a queue outside a shop across the way, forty people long before the door opened, mostly women, a boy keeping a place for his grandmother. Nobody in it was talking. You have eaten your eggs for two months now, and the queue has not got shorter. # fiction
Around you, at their usual tables, sits the foreign press of the Soviet Union: British, American, a Swede, a Czech, a couple of agency men who sleep in their clothes. You all live here because you must. Every word any of you writes goes across to the censors of the Foreign Commissariat's press department before it can be cabled anywhere. # fact: metropol_press_corps # fact: palgunov_censor
Nikolai Palgunov's department decides what you may see, where you may go, and what the world may read about it. Two weeks ago it took a handful of correspondents to the front near Smolensk. You were not chosen. Nobody said why. People said afterwards that the trip was meant to show the coming missions that Moscow would hold; nobody can prove that, either. # fact: palgunov_censor # fact: smolensk_press_trip
Vera Lebedeva comes in at half past eight with the day's notices under her arm and the same brown coat she has worn since August. She is twenty-six, an interpreter of the Foreign Commissariat assigned to the correspondents, which means she translates for you, helps you, and writes down what you do. She has never pretended otherwise. You like her for that. # fiction
"Good morning, Miss Soames. There is an announcement." She reads it to you in English, exactly. "The British and American missions arrive in Moscow today. Correspondents will be informed of arrangements." # speaker: Vera Lebedeva
-> pr_vera_hub

= pr_vera_hub
{The notice lies on the tablecloth between you.|Vera waits, her pencil lined up with the edge of the notice.|Someone at the next table drops a spoon. Vera does not look round.|A waiter refills your tea without being asked, and Vera's without being asked either.}
* [Ask what "arrangements" means]
    "Arrangements. Does that mean a bus to the airfield?" # speaker: Peg Soames
    "It means that you will be informed." Vera almost smiles. "I do not know of a bus, Miss Soames. If there is a bus, I will be the first to tell you. If there is no bus, I will tell you that also, later." # speaker: Vera Lebedeva # fiction
    You write "no bus" in your notebook and underline it. It is the first hard fact of the day.
    -> pr_vera_hub
* [Ask after her mother]
    ~ pr_vera_up(1)
    "How is your mother? Her chest?" # speaker: Peg Soames
    Vera's face changes for a second: surprise that you remembered.
    "Better. It is the cold that is bad. And the stairs. We are on the fifth floor, and the lift is for the winter, they say, so it does not go in the autumn." # speaker: Vera Lebedeva # fiction
    She says it lightly, the way Muscovites tell you things that are not light.
    -> pr_vera_hub
* [Ask who will censor the conference copy]
    "Who reads our copy this week? The usual desk?" # speaker: Peg Soames
    "The press department reads everything, as always." Vera chooses her words the way you choose stepping-stones. "This week there will be more to read, so there will be more readers. I think they will be careful. It is an important week for friendship." # speaker: Vera Lebedeva # fact: palgunov_censor
    You translate that for yourself: anything that spoils the friendship will not leave Moscow.
    -> pr_vera_hub
* [Enough questions: get on with the day]
    -> pr_ration

= pr_ration
Vera gathers her notices. Her eyes go, once and without meaning to, to the sugar bowl by your cup: six lumps, white, on a morning when the shops across the square have none.
This is a small thing. In Moscow, small things are written down.
* [Wrap the sugar in a napkin and give it to her, for her mother]
    ~ pr_vera_up(2)
    You fold the lumps into a napkin and push it across the cloth as if it were a message. # fiction
    Vera looks at it for a long moment.
    "I must say in my report that you gave me sugar," she says quietly. "I will say it was for my mother. That is true, so I may say it." # speaker: Vera Lebedeva
    She puts it in her coat pocket, very carefully, as if it might break. You realise you have just made her life a little sweeter and a little more dangerous, and that she has decided the trade is worth it.
* [Offer her the caviar, as a joke about ambassadors]
    ~ common_adjust(trust_soviet, -1)
    "Have the caviar. I'm told it's what ambassadors eat. I'm only a reporter." # speaker: Peg Soames
    Vera does not take the saucer.
    "It is yours, Miss Soames. Everybody knows what is on your plate." # speaker: Vera Lebedeva # fiction
    She says it without reproach, as a statement of fact, and it is worse than reproach.
    You eat the caviar yourself, because leaving it would be a second insult. It tastes of salt and of the queue across the square.
* [Keep it businesslike: she has her job and you have yours]
    ~ pr_vera_up(1)
    ~ common_adjust(trust_soviet, 1)
    You say nothing about the sugar. Vera has to account for every gift, every conversation, every kindness; the kindest thing may be to give her nothing to account for. # fiction
    "Thank you, Vera. Let me know about the bus that does not exist." # speaker: Peg Soames
    "I will tell you first," she says, and the corner of her mouth moves. She goes out with her notices, and you think she understood.
- The hall porter brings a cable on a tray, as he always does, as if it were a visiting card. It came in overnight. # fiction
"SOAMES METROPOL MOSCOW. BEAVERBROOK HARRIMAN YOUR PATCH THIS WEEK. AGENCIES WILL CABLE COMMUNIQUE VERBATIM. WANT WHAT COMMUNIQUE DOESNT SAY. ALSO HOW MOSCOW LIVES. KEEP IT SHORT CABLE RATES MURDER. WHITCOMBE" # speaker: Sam Whitcombe
Sam Whitcombe has edited The Clarion for eleven years from a room above Fleet Street that smells of pipe smoke and proof ink. He has never been east of Berlin. He thinks the censor is a man you can take to lunch. # fiction
-> pr_afternoon28

= pr_afternoon28
There is no bus. By noon everybody knows the missions will land in the afternoon, and that correspondents will not be at the airfield. You have three or four hours and one city. # fiction
* [Cross the river to the British Embassy and wait for the cars to come back]
    You walk over the bridge in a wind that smells of the river and of coal. The British Embassy is a sugar-merchant's palace on the far bank, all garlands and tall windows, looking straight across the water at the Kremlin wall. # fact: british_embassy_mansion
    The doorman knows you and does not let you in. You wait in the lee of the gate with two American agency men, stamping your feet, until the embassy cars come back from the airfield at a little after four.
    A chancery junior you know slightly winds down his window as he passes. "Vyshinsky met them," he calls. "On the field, himself. And both our embassies in a row behind him." Then the gate closes. # fact: arrival_vyshinsky
* [Walk to Manege Square and watch the traffic]
    You walk the long way round by Manege Square, past the sandbagged shopfronts and the windows taped in crosses, under a barrage balloon that hangs over the rooftops like a fat silver thought. # fiction
    At a little after four a convoy of black cars sweeps in from the west, very fast, with flags you cannot make out. A militiaman turns the traffic back with his baton. Two women with string bags stop to watch, then go on; they have seen cars before.
    It is only at the Metropol, later, that the agency men tell you the delegates were met on the airfield by Vyshinsky, the Deputy Commissar, with the embassy staffs lined up behind him. # fact: arrival_vyshinsky
* [Stay at the Metropol and work the lobby]
    You take a chair in the lobby with a view of the door, the lift and the porter's desk, and read yesterday's Pravda very slowly. # fiction
    By five the lobby is full of rumours. They were met by Vyshinsky himself, the Deputy Commissar who prosecuted the great trials. Harriman is tall. Beaverbrook is small. Their aeroplane was fired at on the way in, by Soviet guns. # fact: arrival_vyshinsky
    The last rumour you write down with a question mark. Beaverbrook himself will later cable London that the mission's aircraft was fired on by Soviet anti-aircraft guns near Moscow; you will not see that cable for years. Tonight it is a story nobody can print. # fact: aa_fire_plane
- At seven, while you are writing up what little you have, the ambassadors take Harriman and Beaverbrook to the Kremlin to meet Stalin and Molotov. You do not know this yet. Nobody outside the walls does. # fact: kremlin_first_meeting
-> pr_fenwick_night

= pr_fenwick_night
At eleven the bar of the Metropol is half full, blue with smoke, and talking about the missions in four languages. Giles Fenwick comes in alone, which is unusual, and sober, which is more unusual. # date: 28 September 1941 # location: Hotel Metropol, the bar # fiction
He is twenty-seven, a third secretary in the chancery of the British Embassy, too clever for his post and bored with most of it. He has been your best bad source since July: he tells you more than he should, and less than you want, and always as a joke. # fiction
"Buy me a drink, Peg, and I'll tell you how the Ambassador spent his evening." He sits down without waiting. "He spent it being shown the door." # speaker: Giles Fenwick
He tells you in a low, quick voice. The ambassadors took the two lords of creation up the hill at seven. Sir Stafford made the introductions. Then, at Lord Beaverbrook's request, His Majesty's Ambassador withdrew, and so did the American, and the rest of the evening went on without them. Litvinov interpreted. # fact: kremlin_first_meeting # fact: cripps_withdraws # fact: litvinov_interpreter
"And the best of it," Fenwick says, "is that he'd already had a row this afternoon about keeping Oumansky out of the room. He won that one. Then he lost the room himself." # speaker: Giles Fenwick # fact: oumansky_objection
He drinks.
"Fifteen months of being kept at arm's length by Stalin and Molotov, and the first time anyone gets in properly, our own side keeps him out. Beaverbrook wants a clean slate. The Ambassador is the slate." # speaker: Giles Fenwick # fact: cripps_frustrations
Two tables away, Vera Lebedeva sits with a glass of tea and a book she is not reading.
* [Write it down, with his name beside it]
    ~ pr_fenwick = 0
    ~ common_adjust(trust_embassy, -1)
    You write it down as he says it, and at the top of the page, from habit, "G.F., chancery". # fiction
    Fenwick reads it upside down. His face goes still.
    "Not with my name, Peg. Not ever with my name. I have a career, God help me, and a mother in Shropshire who thinks I'm doing well." # speaker: Giles Fenwick
    You cross the initials out. He watches you do it and does not quite believe the crossing-out. Nor, if you are honest, do you.
* [Write it down with no name at all]
    ~ pr_fenwick = 1
    You write it as "a British source" and nothing else, and turn the notebook so he can see that you did. # fiction
    "Good girl," he says, which you let pass, because it is late and he is frightened under the jokes. "You're the only one of them I'd tell. You know that." # speaker: Giles Fenwick
* [Close your notebook and tell him to lower his voice: Vera is two tables away]
    ~ pr_fenwick = 2
    ~ common_adjust(trust_embassy, 1)
    You put the notebook away and lower your voice.
    "Giles. Two tables. Brown coat. She hears English better than you do." # speaker: Peg Soames
    He glances, sees Vera, and for a moment the clever face is simply young.
    "Thank you," he says. "I forget. One forgets, here, that the walls are all ears and the ears are all very polite." # speaker: Giles Fenwick # fiction
    He talks about the ballet for ten minutes, loudly, and then goes. He owes you one. He knows it, and so do you.
- None of it could be printed. The censor would never pass a quarrel inside the British camp, and if he did, the embassy would know by breakfast whose bar it came from. But it is the first true thing you have learned about the week: the mission and the embassy are not one side. # fact: palgunov_censor # fiction
You go up to bed past the black windows over Sverdlov Square. Somewhere out there is the Bolshoi, dark, and beyond it the Kremlin, where the talking has not stopped. # fiction
-> pr_d29
