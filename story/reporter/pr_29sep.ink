// 29 September 1941: the opening at the Spiridonovka, communique day, the second Kremlin night.

=== pr_d29 ===
The notice comes with breakfast: the conference opens at one o'clock this afternoon at the Spiridonovka, the Foreign Commissariat's house for guests, with Comrade Molotov presiding. A communique will be issued. Correspondents will not be admitted. # CLEAR # date: 29 September 1941 # location: Hotel Metropol # fact: spiridonovka_opening
"Will not be admitted," Sam Whitcombe would say, "is an invitation to stand outside." # fiction
* [Go and stand outside]
    You go and stand outside, like everyone worth their cable allowance.
* (asked_vera) [Ask Vera whether standing outside is permitted]
    "Is it permitted to stand in the street, Vera?" # speaker: Peg Soames
    "The street is for everybody," Vera says. Then, after a pause: "Stand on the far side. Do not stand too long in one place. Do not write in front of the militia." # speaker: Vera Lebedeva # fiction
    ~ common_adjust(trust_soviet, 1)
    It is the most useful briefing you will get all week.
- -> pr_spiridonovka

= pr_spiridonovka
The Spiridonovka looks as if it had been drawn by a boy who had read too much Walter Scott. Schechtel built it for a millionaire's wife; the Foreign Commissariat now gives its receptions here. # date: 29 September 1941 # location: Spiridonovka Street # fact: spiridonovka_house
You take the far pavement{pr_d29.asked_vera:, as Vera advised}, with three American agency men and a Swede. At five to one the cars come; overcoats go up the steps, and the porch swallows them. # fact: spiridonovka_opening # fiction
-> pr_waiting

= pr_waiting
{You wait.|You wait some more. The wind comes down the street with leaves in it.|A militiaman walks past for the third time, slowly, as if you were a shop window.}
* [Watch the militiaman]
    He is about nineteen, with a rifle too long for him and a face that has not yet decided to be hard. # fiction
    You keep the notebook in your pocket{pr_d29.asked_vera:, as Vera said|, on an instinct you have learned since July}.
    -> pr_waiting
* [Talk to the agency men]
    ~ common_adjust(trust_press, 1)
    The agency men are laying bets on the length of the speeches. Nobody knows anything, and everyone is very sure. # fiction
    -> pr_waiting
* [Look at the windows of the house]
    On the first floor one curtain is not quite closed: a chandelier lit in the middle of the day, the corner of a long table. Then someone draws the curtain. # fiction
    -> pr_waiting
* [Keep your eyes on the door and your watch]
    -> pr_doors

= pr_doors
At twenty-eight minutes to two the doors open. # fact: plenary_thirty_minutes
Half an hour, and the delegates come out in small groups, each with a Russian at its elbow: six committees, the agency men confirm by evening, to report by the morning of the third of October. The speeches were short because the work is somewhere else. That is your story, if you want it. # fact: plenary_thirty_minutes # fact: six_committees
Back at the Metropol, a small round-shouldered Englishman in a mission overcoat is at the porter's desk, asking in loud slow English where a foreigner may buy caviar, and what a big tin costs. The porter points him to the counter at the back. He writes the answer on his cuff, and sees you watching, and goes pink. # date: 29 September 1941 # location: Hotel Metropol # fact: caviar_purchase
Caviar, in a week like this: you note it, as you note everything. # fiction
The word comes down that the official communique is being written by Quentin Reynolds of Collier's and Vernon Bartlett, the Member for Bridgwater, who writes for the News Chronicle: two of your own trade writing the governments' words, and nobody can tell you why. # fact: communique_reynolds_bartlett
It will be the same text in every paper in the world by tomorrow morning.
* [Wait for the official text and build your story on it]
    ~ pr_comm = 1
    -> pr_lean
* [File your own reading now: a half-hour plenary, and six committees sent off to do the work]
    ~ pr_comm = 2
    -> pr_own

= pr_lean
You wait. It is the sensible thing, and you know exactly why it is sensible: the censor will pass an official text without argument, and the desk in London will get something clean and fast. # fiction
The communique comes at seven, typed and duplicated, in careful, generous prose: the representatives of the three governments met; they agreed in a spirit of friendship and mutual understanding; committees were appointed. It does not say half an hour. It does not need to. # fact: communique_reynolds_bartlett # fact: six_committees
You build round it. What colour will you put on the official words?
* [The house: the Gothic turrets, the curtained chandelier at noon]
    You give London the Spiridonovka: a millionaire's Gothic fancy, a chandelier burning behind a curtain in the middle of a war. The censor likes architecture. It is one of the few things he likes. # fact: spiridonovka_house
* [The city: sandbags, taped windows, the balloon over the street]
    You give London the street: sandbagged doorways, tape on the windows, the balloon turning on its cable over the delegates' cars. Whitcombe asked how Moscow lives. This is how it looks, at least. # fiction
* [The corps: the reporters in the street, betting on the speeches]
    You give London the reporters in the cold, betting on the length of speeches nobody would hear. It reads well. It is also, you realise as you type it, a story about yourselves. # fiction
- Your copy goes across with everyone else's at nine. It comes back stamped and untouched by ten. It will be on Whitcombe's desk in the small hours, beside five others very like it. # fact: palgunov_censor
-> pr_kremlin29

= pr_own
You sit down at the typewriter in your room, with your coat still on and your watch on the desk beside the keys. # fiction
How will you lead?
* [On the thirty minutes: the talking was short because the work is elsewhere]
    ~ pr_lead = 1
    THE ALLIED SUPPLY CONFERENCE OPENED IN MOSCOW TODAY WITH A PLENARY SESSION THAT LASTED BARELY HALF AN HOUR, AND THEN THE REAL WORK BEGAN... # fact: plenary_thirty_minutes
    It is a good lead. It is also the kind of lead a censor reads twice.
* [On the six committees and their deadline]
    ~ pr_lead = 2
    SIX COMMITTEES OF BRITISH, AMERICAN AND SOVIET EXPERTS WENT STRAIGHT TO WORK IN MOSCOW TODAY, UNDER ORDERS TO REPORT BY FRIDAY MORNING ON WHAT RUSSIA NEEDS TO FIGHT ON... # fact: six_committees
    It is a solid lead, and it has the merit of being what the conference is for.
* [On the house: a Gothic mansion, a chandelier at noon, a hurried war]
    ~ pr_lead = 3
    BEHIND THE CURTAINED WINDOWS OF A MILLIONAIRE'S GOTHIC MANSION IN MOSCOW, WITH A CHANDELIER BURNING AT NOON, THE DELEGATES OF THREE NATIONS... # fact: spiridonovka_house
    It is pretty. You are not sure it is news. But it is yours.
- You take the copy across to the press department yourself, at five, in duplicate, as the rules require. The young man at the desk reads it with a pencil held above the page like a bird over water. # fact: palgunov_censor # fiction
"This will wait," he says, "for the communique." # speaker: The censor
So you wait anyway, and your own reading goes out at ten, an hour after the official text, with the agencies already cabled. Whatever it is worth, it is worth it an hour late. # fiction
-> pr_kremlin29

= pr_kremlin29
At nine that night the black cars go up the hill again. You watch them from the corner of Sverdlov Square: shaded headlamps crawling towards the dark bulk of the walls. # date: 29 September 1941 # location: Sverdlov Square # fiction
What happens inside, you will never see; one American account will describe a bad night, Stalin restless, smoking, taking telephone calls, barely glancing at the Prime Minister's letter. Tonight you have only the faces of the men who come back. # fact: second_kremlin_tense
At a quarter past one, in the lobby of the Metropol, you meet one of them. # location: Hotel Metropol, the lobby # fiction
Major Hugh Lacey of the British military mission is thirty-eight, tall, tidy, and tired in the way of a man who has stood in a corridor for four hours. He has been in Moscow long enough to hate the coffee and not long enough to stop drinking it. He has come to collect something from a colleague's room, and he is not pleased to find you between him and the lift. # fiction
* (pr_heavy) [Ask him how it went]
    ~ common_adjust(trust_embassy, -1)
    "Good evening, Major. How did it go, up the hill?" # speaker: Peg Soames
    "I'm sure you'll read all about it in the communique, Miss Soames." He steps round you with great courtesy. Then, from the lift, because he is tired: "Heavy going." # speaker: Hugh Lacey
    The doors close on him. You write it down: HEAVY GOING, LACEY, 01.15. It is not much. It is more than the communique.
* [Offer him a cigarette and ask him nothing]
    ~ common_adjust(trust_embassy, 1)
    You hold out your packet. He looks at it, then at you, and takes one. You light it. You say nothing at all. # fiction
    "You're the one from The Clarion," he says at last. "The one who doesn't ask questions." # speaker: Hugh Lacey
    "Only in the daytime." # speaker: Peg Soames
    He almost laughs. "It was a long night. That's all I'll say. Goodnight, Miss Soames." You read the rest in the way he walks to the lift.
* [Let him pass: there will be better nights to ask]
    You step aside. He nods, surprised, and goes up. # fiction
    Tomorrow he will remember that you did not ask. In Moscow, that is a kind of currency.
    ~ common_adjust(trust_embassy, 1)
- You lie awake for a while listening to the lift going up and down with nobody in it, and the blackout blind tapping at the window. # fiction
-> pr_d30
