// 29 September: the Spiridonovka opening, the transport committee, the second Kremlin night.

=== us_spiridonovka ===
The Spiridonovka is the last thing you expected in a workers' state: a Gothic merchant's house built for a millionaire's wife, now the reception house of the Commissariat for Foreign Affairs. # CLEAR # date: 29 September 1941 # location: Spiridonovka Palace # fact: spiridonovka_house
It is one o'clock. Molotov is in the chair. You stand against the wall behind the Admiral's chair with his folder. # fact: spiridonovka_opening
-> us_spiridonovka_look

= us_spiridonovka_look
* [Watch Molotov]
    Molotov welcomes the missions in short, square sentences, and does not waste a word. # fact: spiridonovka_opening
    -> us_spiridonovka_look
* [Watch your own side]
    Your Admiral has taken out one of his cards, looked at it, and put it back. You know which one it is: "transport?" # fiction
    -> us_spiridonovka_look
* [Look through the door to the anteroom]
    Through the half-open door, at a little table among the waiting clerks, two civilians are writing: Quentin Reynolds of Collier's, big and rumpled, and Vernon Bartlett, the British member of Parliament who writes for the News Chronicle. They are drafting the communique, outside the room it will describe. # fact: communique_reynolds_bartlett
    Why two newspapermen are writing the official text, nobody tells you. # fact: communique_reynolds_bartlett
    -> us_spiridonovka_look
+ [Keep your eyes on the Admiral's folder]
    -> us_spiridonovka_committees

= us_spiridonovka_committees
The main session lasts about half an hour. Six committees are named, to report by the morning of the third of October: three days to decide what a war will eat for nine months. # fact: plenary_thirty_minutes # fact: six_committees
In the hall Arthur Nye, the British mission's messenger, catches your sleeve{us_nye_friend:, the man whose box you caught on the ladder}. He has a slip of paper from Lord Beaverbrook's office, and a question he plainly cannot ask his own side. # fact: caviar_purchase
"You've Russian, Lieutenant, haven't you? What's the word for caviar? And where is it foreigners pay, at the Metropol?" # speaker: Arthur Nye
"Ikra," you tell him, and he writes it on his cuff. Caviar, in a week like this. For whom, he does not say, and you do not ask. # fiction
On the steps the Admiral hands you a card with one word on it: Transport. You are to take notes in that committee, with your mouth shut unless someone asks you a figure. # fiction
{ us_memo == 1:
    He adds that you should bring "that right-hand column of yours". It is the first time he has mentioned it. # fiction
}
-> us_transport_first

=== us_transport_first ===
The transport committee meets under a map of the Soviet Union so large that the Arctic coast runs over the top of the door. # date: 29 September 1941 # location: Spiridonovka Palace, the transport committee # fact: six_committees # fiction
The Soviet spokesman has an English with Brooklyn in its vowels: Pavel Andreyevich Sorokin, engineer, of the Commissariat of Foreign Trade. # fiction
"Four years I was at Amtorg, in New York, buying your machine tools. I know your Detroit. I know your railroads. So I will not ask the committee if America can make things. I ask how they will get here." # speaker: Pavel Sorokin
He looks at the colonel. The colonel looks at you. You have the tables.
"How many ships can America give us, Lieutenant? For Archangel. For Vladivostok. Each month." # speaker: Pavel Sorokin # decision: us_sorokin Sorokin asks how many ships America can give
* [Tell him the truth: no one has authorised a figure for ships]
    ~ us_sorokin = 1
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 1)
    "I can't give you a figure, Mr. Sorokin, because nobody has given me one. That's not a way of saying no. It's the state of the paper." # speaker: Henry Lowell
    "Good. A man who says he does not know. At Amtorg I met many men who knew everything." # speaker: Pavel Sorokin
* [Tell him America will find the ships]
    ~ us_sorokin = 2
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    "We'll find the ships, Mr. Sorokin. You have my word the United States will not let this fail on tonnage." # speaker: Henry Lowell
    Sorokin writes it down. The colonel beside you slides a note across: "Whose word?" # fiction
* [Ask him about the railway south from Archangel]
    ~ us_sorokin = 3
    ~ common_adjust(trust_soviet, 1)
    "Before ships, may I ask about the railway? How many trains a day can Archangel send south?" # speaker: Henry Lowell
    "You have been to Archangel." # speaker: Pavel Sorokin
    {us_cranes: You tell him the number of cranes you counted from the London's deck. He corrects it by two, and thanks you for counting. | He gives you a figure for trains, hedged with conditions, and you write it down carefully. }
- Every line of the list comes back to the same place: the Soviets want the goods brought in British and American ships, and the Americans have no authority to say yes. # fact: no_transport_commitment
When the meeting breaks at six, Sorokin stops you at the door. # fiction
"My brother was at Kiev," he says, without any change in his voice. "Since the nineteenth I have no letter. I tell you so you understand why I ask about ships." # speaker: Pavel Sorokin
Kiev fell ten days ago. # fiction
* [Say you are sorry]
    You say you are sorry, and the words are very small in the corridor. # fiction
* [Ask him his brother's name]
    "What's his name? Your brother." # speaker: Henry Lowell
    Sorokin looks at you in surprise.
    "Mikhail. Misha. An engineer also. Bridges." # speaker: Pavel Sorokin
    ~ common_adjust(trust_soviet, 1)
* [Promise him the tanks will come]
    ~ us_promise_more()
    "They'll come, Mr. Sorokin. The tanks, the aircraft. I'll see they come." # speaker: Henry Lowell
    He looks at the stripe and a half on your sleeve, and decides to believe you, because a man has to believe somebody. # fiction
- -> us_kremlin_night2

=== us_kremlin_night2 ===
That night the two chiefs go up to the Kremlin again, and the rest of you wait at the British Embassy across the river. # date: 29 September 1941 # location: British Embassy # fact: british_embassy_mansion # fact: late_embassy_meetings
Lord Beaverbrook's method: committees by day, the Kremlin by night, and answers to Stalin's questions typed in Russian in advance. The typewriters run all evening in a ballroom under a painted ceiling. # fact: pre_typed_answers
-> us_kremlin_night2_wait

= us_kremlin_night2_wait
* [Talk to the cipher clerk on the back stairs]
    A young woman with her hair pinned tight comes down the back stairs with a folder flat against her chest: Dorothy Pryce, cipher clerk, taking something up to Lord Beaverbrook's private office. # fiction
    "Not now, Lieutenant. Or rather, not ever, I'm afraid, if it's about what's in here." # speaker: Dot Pryce
    ~ us_met_dot = true
    ~ common_clue()
    She says it kindly, like someone who knows a great deal she is not allowed to know. # fiction # clue: Dot Pryce, cipher clerk, handles every telegram between Beaverbrook and London (29 Sep).
    -> us_kremlin_night2_wait
* [Join the young man from the chancery by the fire]
    A young Englishman with a long clever face sits by a dead fire with his feet on the fender: Giles Fenwick, third secretary in the chancery. He offers you a cigarette and a grievance. # fiction
    "Our own Lord walked our Ambassador out of the room last night like a footman. Fifteen months Sir Stafford has been knocking on that door. And meanwhile London sends telegrams. Not all of them about tanks. The Prime Minister, you know, has tastes." # speaker: Giles Fenwick
    ~ us_met_fenwick = true
    ~ common_clue()
    He nods at the ceiling, where the private office is. # fiction # clue: Giles Fenwick resents Beaverbrook and knows London's telegrams include something personal for the PM (29 Sep).
    -> us_kremlin_night2_wait
+ [Go up to the typists' ballroom]
    -> us_kremlin_night2_return

= us_kremlin_night2_return
The cars come back very late. You see it before anybody says it: the faces are wrong. # fact: second_kremlin_tense
What comes down to the juniors, in pieces: Stalin was restless, smoked, took telephone calls, and barely looked at Churchill's letter. Nothing was settled. It is one account of the evening; nobody you can ask was in the room. # fact: second_kremlin_tense
Later still, a cable goes to London from Lord Beaverbrook: Stalin wants cannon-armed fighters and Spitfires, is short of ammunition, and does not care for the Tomahawk. # fact: beaverbrook_cable_spitfires
The Tomahawk is an American fighter; you know how many leave the plant in a month. A private secretary brings tomorrow's Russian answers: the American column needs someone who knows the schedules, tonight. # fiction
* [Take the American column and check every figure before dawn]
    ~ us_checked_answers = true
    ~ us_promise_less()
    You go through the American figures one by one against your own tables. Two are from an older schedule. One counts a month twice. You mark them in pencil, with the source beside each. # fiction
    At five a young man from Harriman's staff collects the sheets and writes your name on the corner of the folder. # fiction
* [Write the Admiral a note on the Tomahawks instead]
    ~ common_adjust(standing, 1)
    ~ us_promise_less()
    You write the Admiral half a page instead: what the Tomahawk is, what could be sent in its place and when, and what could not be sent this year whatever Stalin likes. He reads it at breakfast and grunts. From the Admiral, a grunt is a medal. # fiction
* [Go back to your room and sleep while you can]
    ~ common_adjust(standing, -1)
    You sleep four hours. In the morning you hear that someone asked where the Admiral's statistician was. # fiction
- -> us_committees_30
