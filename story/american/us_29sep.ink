// 29 September: the Spiridonovka opening, the transport committee, the second Kremlin night.

=== us_spiridonovka ===
The Spiridonovka is the last thing you expected to find in a workers' state: a Gothic merchant's house, turrets and pointed windows and carved stone, built at the end of the last century for a millionaire's wife and now the reception house of the Commissariat for Foreign Affairs. # CLEAR # date: 29 September 1941 # location: Spiridonovka Palace # fact: spiridonovka_house
Inside, dark panelling, a staircase like the inside of a cathedral organ, and on the walls the strange glowing work of Vrubel, who painted for the rich and later lost his mind. It is one o'clock. Molotov is in the chair. # fact: spiridonovka_opening # fact: spiridonovka_house
You stand against the wall behind the Admiral's chair with his folder, which is where aides stand in every country in the world.
-> us_spiridonovka_look

= us_spiridonovka_look
* [Watch Molotov]
    Molotov welcomes the missions in short, square sentences and a pince-nez. He does not hurry and does not waste a word. When he has finished he puts his hands flat on the table, as a man puts down tools. # fact: spiridonovka_opening
    You have read that he stammers. You do not hear it. You hear a man who has decided what this meeting is for.
    -> us_spiridonovka_look
* [Watch your own side]
    Mr. Harriman sits very still, tall, lean, as if at a board meeting of a railroad that is losing money and will not be allowed to. Lord Beaverbrook beside him is all motion: he looks at everyone, one after another, as if pricing them. # fiction
    Your Admiral has taken out one of his cards, looked at it, and put it back. You know which one it is. It is the one that says "transport?"
    -> us_spiridonovka_look
* [Look through the door to the anteroom]
    Through the half-open door, at a little table among the waiting clerks, two civilians are writing: Quentin Reynolds of Collier's, big and rumpled, and Vernon Bartlett, the British member of Parliament who writes for the News Chronicle. They are drafting the communique, outside the room it will describe. # fact: communique_reynolds_bartlett
    Why two newspapermen are writing the official text, nobody tells you; perhaps nobody knows. Perhaps they are the only men in the building who can write a short sentence fast. # fact: communique_reynolds_bartlett
    -> us_spiridonovka_look
+ [Keep your eyes on the Admiral's folder]
    -> us_spiridonovka_committees

= us_spiridonovka_committees
The main session lasts about half an hour. There is no oratory worth the name. There is an agreement to work. # fact: plenary_thirty_minutes
Six committees are named: aviation; army supplies; the navy; transport; raw materials and equipment; medical supplies and the Red Cross. They are to report by the morning of the third of October. # fact: six_committees
Three days, you think, to decide what a war will eat for nine months.
Outside, on the steps, the Admiral hands you a card from his pocket. It has one word on it in his square hand: Transport. He wants you in that committee as the mission's note-taker, with your tables, and your mouth shut unless someone asks you a figure. # fiction
{ us_memo == 1:
    He adds that you should bring "that right-hand column of yours". It is the first time he has mentioned it. # fiction
}
-> us_transport_first

=== us_transport_first ===
The transport committee meets in a room on the first floor with a long table, a carafe of water and a map of the Soviet Union so large that the Arctic coast runs over the top of the door. # date: 29 September 1941 # location: Spiridonovka Palace, the transport committee # fact: six_committees # fiction
On the Soviet side, three men in dark suits and one in uniform. On the British side, a shipping man from the Ministry of War Transport with a cold. On your side, a colonel from General Burns's staff, and you.
The Soviet spokesman is a broad man of about forty with grey eyes and an English that has Brooklyn in its vowels. He introduces himself as Pavel Andreyevich Sorokin, engineer, of the Commissariat of Foreign Trade. # fiction
"Four years I was at Amtorg, in New York, buying your machine tools. I know your Detroit. I know your railroads. So I will not ask the committee if America can make things. I ask how they will get here." # speaker: Pavel Sorokin
He looks at the colonel. The colonel looks at you. You have the tables.
"How many ships can America give us, Lieutenant? For Archangel. For Vladivostok. Each month." # speaker: Pavel Sorokin # decision: us_sorokin Sorokin asks how many ships America can give
* [Tell him the truth: no one has authorised a figure for ships]
    ~ us_sorokin = 1
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 1)
    "I can't give you a figure, Mr. Sorokin, because nobody has given me one. Washington hasn't authorised any shipping commitment. That's not a way of saying no. It's the state of the paper." # speaker: Henry Lowell
    Sorokin looks at you for a long moment, and then, unexpectedly, nods. # fiction
    "Good. A man who says he does not know. At Amtorg I met many men who knew everything." # speaker: Pavel Sorokin
* [Tell him America will find the ships]
    ~ us_sorokin = 2
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    "We'll find the ships, Mr. Sorokin. You have my word the United States will not let this fail on tonnage." # speaker: Henry Lowell
    It comes out warmer than you meant it. Sorokin writes it down. The colonel beside you writes something too, and slides it across: "Whose word?" # fiction
* [Ask him about the railway south from Archangel]
    ~ us_sorokin = 3
    ~ common_adjust(trust_soviet, 1)
    "Before ships, may I ask about the railway? How many trains a day can Archangel send south? A ship we unload in a week is no use if the cars sit on the quay for a month." # speaker: Henry Lowell
    Sorokin smiles for the first time: a quick smile, gone at once. # fiction
    "You have been to Archangel." # speaker: Pavel Sorokin
    {us_cranes: You tell him the number of cranes you counted from the London's deck. He corrects it by two, and thanks you for counting. | He gives you a figure for trains, hedged with conditions, and you write it down carefully. }
- The committee goes through the list line by line: what is to be moved, from where, by whom. Every line comes back to the same place. The Soviets want the goods brought to their ports in British and American ships. The Americans have no authority to say yes. # fact: no_transport_commitment
When the meeting breaks at six, Sorokin stops you at the door. # fiction
"My brother was at Kiev," he says, without any change in his voice. "Since the nineteenth I have no letter. I tell you so you understand why I ask about ships." # speaker: Pavel Sorokin
Kiev fell ten days ago. You have seen the newspaper maps, the great pocket drawn round the city, the figures for prisoners that nobody believes and nobody can disprove. # fiction
* [Say you are sorry]
    You say you are sorry, and the words are very small in the corridor. Sorokin nods, as if you had said something in a language he learned long ago and has mostly forgotten. # fiction
* [Ask him his brother's name]
    "What's his name? Your brother." # speaker: Henry Lowell
    Sorokin looks at you in surprise.
    "Mikhail. Misha. An engineer also. Bridges." # speaker: Pavel Sorokin
    He says it as if nobody had asked him for a long time, and then, abruptly, goes down the stairs.
    ~ common_adjust(trust_soviet, 1)
* [Promise him the tanks will come]
    ~ us_promise_more()
    "They'll come, Mr. Sorokin. The tanks, the aircraft. I'll see they come." # speaker: Henry Lowell
    He looks at the stripe and a half on your sleeve, and at your face, and you can see him decide to believe you, because a man has to believe somebody. # fiction
- -> us_kremlin_night2

=== us_kremlin_night2 ===
That night the two chiefs go up to the Kremlin again, and the rest of you wait at the British Embassy on the embankment, in a merchant's palace of plaster garlands facing the Kremlin walls across the black river. # date: 29 September 1941 # location: British Embassy # fact: british_embassy_mansion # fact: late_embassy_meetings
Lord Beaverbrook has a method, and his people are proud of it: committees by day, the Kremlin by night, and answers to Stalin's questions typed in Russian in advance, so that he has them in his hand before he can ask twice. # fact: pre_typed_answers
So the typewriters run all evening in a ballroom under a painted ceiling, and the Russian typists sit very upright, and you wait with the other juniors for the cars.
-> us_kremlin_night2_wait

= us_kremlin_night2_wait
* [Look across the river at the Kremlin]
    From the windows you can see the walls, the towers, the dark domes. The stars on the towers are dark. Somebody says the roofs have been painted to look like streets from the air. # fiction
    Beyond the walls, somewhere in the dark, a man you will never meet is deciding how many divisions to move tonight, and two businessmen are trying to talk to him about aluminium.
    -> us_kremlin_night2_wait
* [Talk to the cipher clerk on the back stairs]
    A young woman with her hair pinned tight comes down the back stairs with a folder held flat against her chest. She is Dorothy Pryce, cipher clerk; everyone calls her Dot. She is carrying something from the cipher room up to Lord Beaverbrook's private office, and she does not stop for you. # fiction
    "Not now, Lieutenant. Or rather, not ever, I'm afraid, if it's about what's in here." # speaker: Dot Pryce
    She says it kindly. She has the look of someone who knows a great deal that she is not allowed to know, and has made her peace with it.
    ~ us_met_dot = true
    ~ common_clue()
    Dot Pryce carried a decoded telegram up to Beaverbrook's office near midnight. She encodes and decodes the mission's London traffic: she knows what London asks for. # clue: Dot Pryce, cipher clerk, handles every telegram between Beaverbrook and London (29 Sep).
    -> us_kremlin_night2_wait
* [Join the young man from the chancery by the fire]
    A young Englishman with a long clever face is sitting by a dead fire with his feet on the fender, reading a novel upside down, or so it seems. He is Giles Fenwick, third secretary in the chancery. He offers you a cigarette and a grievance. # fiction
    "Your Mr. Harriman is civil to us, at least. Our own Lord walked our Ambassador out of the room last night like a footman. Fifteen months Sir Stafford has been knocking on that door, and when it opens he is asked to wait in the car." # speaker: Giles Fenwick
    He nods at the ceiling, where the private office is. # fiction
    "And meanwhile London sends telegrams. Not all of them about tanks. The Prime Minister, you know, has tastes." # speaker: Giles Fenwick
    ~ us_met_fenwick = true
    ~ common_clue()
    Giles Fenwick, bored and sore at Beaverbrook on Cripps's behalf, hints that London's telegrams are "not all about tanks". # clue: Giles Fenwick resents Beaverbrook and knows London's telegrams include something personal for the PM (29 Sep).
    -> us_kremlin_night2_wait
+ [Go up to the typists' ballroom]
    -> us_kremlin_night2_return

= us_kremlin_night2_return
The cars come back very late. You see it before anybody says it: the faces are wrong. # fact: second_kremlin_tense
What comes down to the juniors, in pieces, over the next hour: Stalin was restless tonight. He walked up and down and smoked, he took telephone calls in the middle of things, and a letter from Churchill was handed to him and barely looked at. Nothing was settled. They are to go back tomorrow. # fact: second_kremlin_tense
It is one account of the evening, the one that will be told afterwards. You were not in the room, and neither was anyone you can ask. # fact: second_kremlin_tense
Later still, a cable goes to London from Lord Beaverbrook: Stalin wants cannon-armed fighters and Spitfires, is short of ammunition, and does not care for the Tomahawk. # fact: beaverbrook_cable_spitfires
The Tomahawk is an American fighter. You know the plant where it is built, and how many leave it in a month, and how many of those were meant for the British. It is a strange feeling, to hear your own tables criticised by Stalin at second hand at two in the morning. # fiction
A private secretary comes into the ballroom with tomorrow's Russian answers to be checked: the British column is done; the American column needs someone who knows the schedules, tonight, before the typists start again at six.
* [Take the American column and check every figure before dawn]
    ~ us_checked_answers = true
    ~ us_promise_less()
    You sit at the end of the long table under the painted ceiling and go through the American figures one by one, against your own tables and the Admiral's cards. Two are from an older schedule. One counts a month twice. You mark them in pencil, neatly, with the source beside each. # fiction
    At five a young man from Harriman's staff collects the sheets, looks at your pencil, and says the Chief will be told who did it. He says it the way men say things they mean to forget. But he writes your name on the corner of the folder. # fiction
* [Write the Admiral a note on the Tomahawks instead]
    ~ common_adjust(standing, 1)
    ~ us_promise_less()
    You leave the Russian answers to Harriman's own people and write the Admiral half a page instead: what the Tomahawk is, what it is not, what could be sent in its place and when, and what could not be sent at all this year whatever Stalin likes. # fiction
    He reads it at breakfast, standing up, and grunts. From the Admiral, a grunt is a medal.
* [Go back to your room and sleep while you can]
    ~ common_adjust(standing, -1)
    You sleep four hours, and dream of cranes. # fiction
    In the morning you hear that Harriman's staff were up all night with the answers, and that someone asked where the Admiral's statistician was.
- The lamps go out one by one in the ballroom. Across the river the Kremlin is dark again. # fiction
+ [Back to the Spiridonovka in the morning]
    -> us_committees_30
