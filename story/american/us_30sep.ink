// 30 September: the transport draft, money, the British share, the Metropol counter, the third Kremlin night.

=== us_committees_30 ===
-> table_phase_sep29 ->
Tuesday. Rain on the Spiridonovka's pointed windows, and tea in glasses with metal holders. # CLEAR # date: 30 September 1941 # location: Spiridonovka Palace # fiction
Three hundred miles south-west of this room, this morning, the tanks of Guderian's panzer group are moving forward on a new attack. Nobody at the long table knows it yet. In two days the whole German line before Moscow will follow. # fact: typhoon_begins
You will think about that, later: that you spent the morning on a single word while the ground was moving under the city.
The colonel from Burns's staff has a head cold and a meeting with the army committee. He leaves you the American paragraph on transport, to draft for the Admiral's approval by noon. # fiction
Sorokin watches you uncap your pen. He has brought a sheet of his own, already typed, in which the American and British governments "undertake to deliver" the supplies to Soviet ports. # fiction
"It is a small word," he says. "Deliver. One word. In Russian also one word." # speaker: Pavel Sorokin
Washington has authorised no transport commitment at all. You know that. Sorokin, you suspect, knows it too, and is asking anyway, because his brother was at Kiev. # fact: no_transport_commitment
{ us_sorokin == 2:
    He reminds you, without any malice, that yesterday you gave him your word the United States would not let this fail on tonnage. He has it written down. # fiction
}
-> us_transport_draft

= us_transport_draft
* [Draft "will help": the United States will give every assistance it can in transport]
    ~ us_transport = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You write it in the plain words of the brief: the United States will assist, to the limit of its means, in the transport of these supplies to the Soviet Union. # fact: no_transport_commitment
    Sorokin reads it and sets it down very gently, as if it might break. # fiction
    "Assist. Yes. I know this word also." # speaker: Pavel Sorokin
    He does not argue. That is worse than arguing. # fiction
* [Draft "will deliver", as Sorokin asks]
    ~ us_transport = 2
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    You write it: the United States will deliver these supplies to Soviet ports. It is one word. It sits on the page like a signature. # fiction
    Sorokin reads it twice and puts out his hand, and you shake it across the table, and for a moment the room is warmer than the tea. # fiction
    The British shipping man blows his nose and looks at you as though you had just signed for his ships as well.
* [Draft "will help", and add a study of ships and routes within thirty days]
    ~ us_transport = 3
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 1)
    You write "will assist", and then a second sentence: that the United States will study at once the ships, routes and ports available, and report within thirty days. # fiction
    It promises work, not tonnage. Sorokin reads it and taps the second sentence. # fiction
    "This is something. A date is something." # speaker: Pavel Sorokin
    The colonel, back from the army committee, reads it too, and says that thirty days is a promise of its own and he hopes the Admiral likes it. # fiction
* {us_memo == 1} [Show Sorokin your right-hand column first, then draft "will help"]
    ~ us_transport = 1
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 2)
    ~ common_adjust(standing, 1)
    Before you write anything you put the memorandum from the London in front of him: production on the left, "can arrive" on the right, with its footnotes about ice and unknown tonnage. # fiction
    Sorokin reads it as an engineer reads a drawing, with his finger. He stops at the ice. Then he pushes it back. # fiction
    "So. You know where the hole is. Good. Write 'help'. I will tell my people that the Americans know where the hole is." # speaker: Pavel Sorokin
    You write "will assist". He does not like it. He believes it, which is not the same thing and may be better. # fact: no_transport_commitment
- At noon the Admiral reads your paragraph standing at the window, with the rain behind him. # fiction
{
- us_transport == 2:
    He reads it twice. Then he takes his own pencil and draws one line through "deliver" and writes "assist" above it in small capitals, without a word, and hands it back to you. # fact: no_transport_commitment
    The draft that goes up will say "help". Your word is under the pencil line, where anyone who looks can read it. Sorokin, you suspect, will look. # fiction
- us_transport == 3:
    He reads the second sentence twice, raises an eyebrow at the thirty days, and lets it go up. It is, you will learn, trimmed again higher up, to a general offer of help. The record will keep only that. # fact: no_transport_commitment
- else:
    He initials it. That is all. It goes up as you wrote it. # fact: no_transport_commitment
}
-> us_money

=== us_money ===
After lunch the committee turns to payment, and the room changes temperature. # date: 30 September 1941 # location: Spiridonovka Palace, the transport committee # fact: us_financing_open
A second Soviet official has joined Sorokin, an older man from the Commissariat of Foreign Trade with a gold tooth and a folder of figures for gold, timber, manganese and furs: what the Soviet Union can offer in payment, and how slowly. # fiction
He asks, through Sorokin, a simple question. What will the Americans want for all this, and when? Gold? Will there be credit? # fiction
The truth is in the Admiral's folder: for now, Washington allows the Russians to buy and to ship out what they buy. Whether America will lend them the money is not decided. It is not yours to decide, and it is not the transport committee's either. # fact: us_financing_open
Everyone at the table is looking at the American with the tables. # decision: us_loan Payment: hint at credit, keep to the brief, or take it to Harriman
* [Hint that Washington is thinking about credit]
    ~ us_loan = 1
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    "I'm not authorised to say anything on financing. But I'd be surprised if Washington let money stand in the way for long. People are thinking about credit." # speaker: Henry Lowell
    It is true, as far as it goes. You have heard people think about it in corridors. # fiction
    The older man's gold tooth shows. Sorokin translates something longer than what you said. You do not know what he added. You will wonder about it all night. # fiction
* [Stick to the brief: purchases, and no word on money]
    ~ us_loan = 2
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    "For now, the United States is allowing purchases and their export. No decision has been made on financing, and I have no authority to suggest one. I'm sorry." # speaker: Henry Lowell
    The older man closes his folder. Sorokin translates it exactly; you can hear that he has translated it exactly. # fact: us_financing_open
    Outside the window the rain has stopped. Nobody mentions it.
* [Say you will take the question to Mr. Harriman himself tonight]
    ~ us_loan = 3
    ~ us_serve_harriman()
    "That's a question for Mr. Harriman, and I'll put it to his office myself tonight, in your words, not mine." # speaker: Henry Lowell
    The older man considers whether a lieutenant can carry a question to Harriman. He decides, it seems, that one can try. # fiction
    That evening you do: you write the question out, word for word, and give it to a young man on Harriman's staff, who reads it and says the Chief will want to see it. He does not say what the Chief will say. # fiction
- -> us_british_share

=== us_british_share ===
At the break a British officer you have not met comes and stands beside you at the window: a major, neat, with a clipped moustache and the air of someone who has already been awake for a long time. # date: 30 September 1941 # location: Spiridonovka Palace # fiction
He is Major Hugh Lacey, of the British military mission. He has a sheet of figures in his hand and a polite, weary grievance. # fiction
"The tanks, Lieutenant. Two hundred and fifty a month from you and two hundred and fifty from us, that's the shape of it. But a fair part of your two-fifty was to have come to us, under your Lend-Lease. Every one your people promise here comes out of our share. All we ask is that the American paper says so, so that nobody in Washington counts the same tank twice." # speaker: Hugh Lacey # fact: harriman_quantities # fact: london_prep_talks
It is the London argument again, in miniature, at a window in Moscow. Someone in Harriman's office wants the American figure to look as large and as new as possible. # fact: london_prep_talks # decision: us_british Whose share do the American tanks come out of?
* [Side with Lacey: the paper should say what comes out of Britain's share]
    ~ us_british = 1
    ~ us_promise_less()
    ~ common_adjust(reputation, 1)
    You tell him he is right, and that you will put a footnote in the American tables showing which tanks were to have gone to Britain. It will make the American contribution look smaller. It will also make it true. # fiction
    Lacey looks at you with surprise and something like gratitude, which on his face is a very small movement. # fiction
    "Thank you. I'll remember it." # speaker: Hugh Lacey
* [Push the American numbers: the Russians should see them whole]
    ~ us_british = 2
    ~ us_promise_more()
    ~ common_adjust(standing, 1)
    You tell him, politely, that the American figure is the American figure, and that what was or wasn't earmarked for Britain is for London and Washington to settle, not for a table in Moscow. # fiction
    "Of course," Lacey says. "Of course." He folds his sheet in half, and in half again, very exactly, as if it were you. # speaker: Hugh Lacey
* [Offer both columns: new tanks, and tanks diverted from Britain]
    ~ us_british = 3
    ~ common_adjust(standing, 1)
    You suggest two columns: tanks from new production, tanks diverted from British allocations. Let each capital read the one it likes. # fiction
    Lacey thinks about it. # fiction
    "Two columns. It's the sort of thing that looks obvious afterwards and nobody does. All right. If your people will have it." # speaker: Hugh Lacey
    They will not, as it turns out. But he remembers that you offered. # fiction
- The session resumes, and at a quarter to two adjourns again for an hour while the Soviet side confers. You have an hour of your own in a city at war. # fiction
-> us_free_hour

=== us_free_hour ===
* [Walk to the Metropol for cigarettes and find Marsh]
    -> us_metropol_counter
* [Walk down to Red Square]
    -> us_red_square
* [Stay at your desk and finish the tables]
    ~ common_adjust(standing, 1)
    You stay. You fill in the transport annex, check the tonnages twice, and type a clean copy with two fingers while the rain runs down the windows. # date: 30 September 1941 # location: Spiridonovka Palace # fiction
    Through the wall you can hear the Soviet side conferring: a low, steady murmur, and once, a man laughing, briefly, at something that was not a joke.
    -> us_kremlin_night3

=== us_metropol_counter ===
The Metropol is a great Art Nouveau hotel near the Bolshoi, with a ceramic princess on its facade and the foreign correspondents living inside it like birds in a gilded cage. They eat well, on special rations with caviar in them, while the queues outside are for bread. Their copy goes to the censor downstairs before it goes anywhere. # date: 30 September 1941 # location: Hotel Metropol # fact: metropol_press_corps # fact: metropol_rations
Marsh is not in the bar. You go to the foreigners' counter in the lobby for cigarettes, and stop, because there is a small Englishman in a bowler at the glass ahead of you, holding up four fingers. # fiction
It is Arthur Nye, of the British mission. {us_nye_friend: The man whose dispatch box you caught on the London.} He is saying a single Russian word, over and over, with enormous courage: "Chetyre." Four. # fiction
The woman behind the counter looks at him for a long second and then, astonishingly, smiles. Four blue tins come down from a pyramid of them behind her: kilo tins, you judge, from the size. Nye counts out roubles from an embassy envelope. The woman writes a receipt in purple pencil and stamps it. # fiction
~ us_saw_nye = true
~ common_clue()
At the Metropol counter, Nye buys four blue one-kilo tins of caviar, pays in roubles from an embassy envelope, and keeps a stamped receipt. Four tins. # clue: 30 Sep, Metropol counter: Arthur Nye buys four one-kilo tins of caviar with embassy roubles, and keeps the receipt. Four tins, not a crate.
He wraps the tins in his scarf. Turning, he sees you, and goes a fine deep red. # fiction
* [Ask him, gently, what the occasion is]
    "Stocking up, Mr. Nye?" # speaker: Henry Lowell
    "It's not for me, sir. Lord, no. It's for London. For the very top, if you follow me. It came in a telegram." He holds the scarf tighter. "You won't say, sir? I'd be for it." # speaker: Arthur Nye
    You tell him you won't. You mean it, at the time. # fiction
* [Pretend you saw nothing and buy your cigarettes]
    You look at the cigarettes with great attention. Nye goes past you with the parcel held in front of him like a hymn book, and out into the square. # fiction
    The woman behind the counter sells you a packet of papirosy and looks at you as though she has seen a great many foreigners pretend a great many things.
- In the corner of the lobby, a young Russian woman in a brown coat, with a notebook under her arm and a Narkomindel pass on a string, has watched the whole transaction. When she sees you notice her, she looks away, deliberately, as though looking away were part of her job. # fiction
~ common_clue()
A young woman with a Narkomindel pass, the correspondents' interpreter, saw the purchase at the counter too. # clue: A Narkomindel interpreter at the Metropol watched Nye's purchase (30 Sep).
You go back to the Spiridonovka without Marsh. The doorman tells you the American with the pencils was here at lunch, with the press. # fiction
-> us_kremlin_night3

=== us_red_square ===
You walk down past the Bolshoi, where sandbags are banked against the columns, and into Red Square, where the mausoleum has been hidden under something that looks, from a distance, like an ordinary house. # date: 30 September 1941 # location: Red Square # fiction
A column of recruits goes by in new boots and old coats, singing, badly and well. Some of them are boys. Some of them look older than your father. A woman at the curb watches them with her hand at her mouth and does not wave. # fiction
At the corner, a lorry full of wounded waits for a tram to pass. The men in it have the grey, patient faces of people who have been moved a very long way. One of them is looking at your uniform, which is not like any uniform he knows. # fiction
* [Salute the lorry]
    You salute. It is foolish, perhaps. A soldier in the back, his head bandaged, lifts two fingers from the rail in reply. The lorry grinds away. # fiction
* [Stand aside and watch it go]
    You stand aside. The lorry grinds away towards a hospital you will never see, and you stand with your cigarettes in your hand and the tonnages in your head, feeling them for the first time as weights. # fiction
- On the way back you do a sum you have done many times, and for the first time it is not a sum: so many tanks a month, so many months, and every one of them is for a lorry like that one. # fiction
-> us_kremlin_night3

=== us_kremlin_night3 ===
That night the chiefs go up the hill for the third time, or the second, depending on who is counting. # date: 30 September 1941 # location: British Embassy # fact: kremlin_meetings_count
Years later the accounts will disagree: two long talks with Stalin, by one correspondent's record; the Kremlin every night, by Lord Beaverbrook's; three meetings, by the American memoirs. From the embassy ballroom, waiting, you count three sets of cars going out. You also know that you were counting cars. # fact: kremlin_meetings_count
You wait again under the painted ceiling. Nobody plays cards. The typists type.
The cars come back past one, and this time you can hear it on the stairs before you see it: voices, someone laughing, the particular noise of tired men who have got what they came for. # fact: third_kremlin_understanding
An understanding has been reached with Stalin. The lists will go into a protocol. There will be a final session tomorrow, two days early. # fact: third_kremlin_understanding # fact: protocol_ahead_of_schedule
In the upstairs room the two chiefs go through it with their people. You stand at the back and write. Tomorrow Mr. Harriman will cable the President that the understanding was reached last night, and that Beaverbrook made enormous sacrifices for it. Tonight he only looks tired, and lets the others talk. # fact: third_kremlin_understanding
{ us_loan == 3:
    Near the end, the young man from Harriman's staff catches your eye and nods at the folder in his hand. Your question about credit went up the hill tonight. He does not say what came down. # fiction
}
Near two, {us_loan == 3:the same young man|a young man from Harriman's staff} finds you at the door. Mr. Harriman wants a list by seven of every figure still open in the committees: where the Russians and the committees do not yet agree, and why. One page. He wants it from someone who knows the tables and will not talk. He does not want it to go through the usual channels first. # fiction
The usual channel is your Admiral. # decision: us_private_list Harriman's private list, and whether the Admiral hears of it
* [Do it, and tell the Admiral first thing in the morning]
    ~ us_private_list = 1
    ~ common_adjust(standing, 1)
    You sit up with the tables and write the list: eleven open figures, the reason for each, who on which side is holding it. At six you take a carbon to the Admiral's door and slide it under with a note saying where the top copy went. # fiction
    At breakfast the Admiral says nothing about it, and then, passing your chair, says that next time you might knock. It is not a rebuke. It is very nearly the opposite. # fiction
* [Do it quietly and say nothing to the Admiral]
    ~ us_private_list = 2
    ~ us_serve_harriman()
    ~ us_serve_harriman()
    ~ common_adjust(standing, -1)
    You write the list, eleven open figures, and take it across yourself at a quarter to seven. Mr. Harriman's door is shut. A young man from his office takes the page, reads it in the corridor, and says the Chief will have it before breakfast. # fiction
    You do not tell the Admiral. You tell yourself it is because he was asleep. # fiction
* [Decline: the list should go through the Admiral]
    ~ us_private_list = 3
    ~ common_adjust(standing, 1)
    You tell the young man, politely, that you work for Admiral Standley, and that if Mr. Harriman wants the list the Admiral will have it on his desk by seven. # fiction
    The young man looks at you with something between respect and pity. He says that will be fine. It will be fine; the list gets made; but it is made by someone else, and it goes up without your name on it. # fiction
- You sleep three hours. In the morning there is ice on the inside of the window, for the first time. # fiction
+ [Wednesday: the last day]
    -> us_protocol_day
