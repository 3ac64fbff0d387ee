// 30 September: the transport draft, money, the British share, the Metropol counter, the third Kremlin night.

=== us_committees_30 ===
-> table_phase_sep29 ->
Tuesday. Rain on the Spiridonovka's pointed windows, and tea in glasses with metal holders. # CLEAR # date: 30 September 1941 # location: Spiridonovka Palace # fiction
Three hundred miles south-west, this morning, Guderian's tanks are moving forward on a new attack; in two days the whole German line before Moscow will follow. Nobody at the long table knows it yet. # fact: typhoon_begins
You are to draft the American paragraph on transport for the Admiral by noon. Sorokin has brought a typed sheet of his own, in which the two governments "undertake to deliver" the supplies to Soviet ports. # fiction
"It is a small word," he says. "Deliver. One word. In Russian also one word." # speaker: Pavel Sorokin
Washington has authorised no transport commitment at all. Sorokin, you suspect, knows it, and is asking anyway. # fact: no_transport_commitment
{ us_sorokin == 2:
    He reminds you, without any malice, that yesterday you gave him your word the United States would not let this fail on tonnage. He has it written down. # fiction
}
-> us_transport_draft

= us_transport_draft
* [Draft "will help": the United States will give every assistance it can in transport]
    ~ us_transport = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You write the plain words of the brief: the United States will assist, to the limit of its means. # fact: no_transport_commitment
    "Assist. Yes. I know this word also." # speaker: Pavel Sorokin
* [Draft "will deliver", as Sorokin asks]
    ~ us_transport = 2
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    You write it: the United States will deliver. It sits on the page like a signature. Sorokin puts out his hand, and you shake it across the table. # fiction
* [Draft "will help", and add a study of ships and routes within thirty days]
    ~ us_transport = 3
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 1)
    You write "will assist", and a second sentence: the United States will study the ships, routes and ports available, and report within thirty days. It promises work, not tonnage. # fiction
    "This is something. A date is something." # speaker: Pavel Sorokin
* {us_memo == 1} [Show Sorokin your right-hand column first, then draft "will help"]
    ~ us_transport = 1
    ~ us_promise_less()
    ~ common_adjust(trust_soviet, 2)
    ~ common_adjust(standing, 1)
    You show him the memorandum from the London, "can arrive" on the right. Sorokin reads it as an engineer reads a drawing, with his finger, and stops at the ice. # fiction
    "So. You know where the hole is. Write 'help'." # speaker: Pavel Sorokin
    You write "will assist". He does not like it. He believes it. # fact: no_transport_commitment
- At noon the Admiral reads your paragraph standing at the window, with the rain behind him. # fiction
{
- us_transport == 2:
    He draws one line through "deliver" and writes "assist" above it in small capitals, without a word. Your word stays under the pencil line, where anyone can read it. # fact: no_transport_commitment
- us_transport == 3:
    He raises an eyebrow at the thirty days, and lets it go up. Higher up it is trimmed to a general offer of help. # fact: no_transport_commitment
- else:
    He initials it. That is all. It goes up as you wrote it. # fact: no_transport_commitment
}
-> us_money

=== us_money ===
After lunch the committee turns to payment, and the room changes temperature. # date: 30 September 1941 # location: Spiridonovka Palace, the transport committee # fact: us_financing_open
An older man from the Commissariat of Foreign Trade, with a gold tooth and a folder of figures for gold, timber and furs, asks through Sorokin: what will the Americans want for all this? Will there be credit? # fiction
For now Washington allows the Russians to buy and ship what they buy; whether America will lend them the money is not decided. # fact: us_financing_open
Everyone at the table is looking at the American with the tables. # decision: us_loan Payment: hint at credit, keep to the brief, or take it to Harriman
* [Hint that Washington is thinking about credit]
    ~ us_loan = 1
    ~ us_promise_more()
    ~ common_adjust(trust_soviet, 1)
    ~ common_adjust(standing, -1)
    "I'm not authorised to say anything on financing. But I'd be surprised if Washington let money stand in the way for long. People are thinking about credit." # speaker: Henry Lowell
    The gold tooth shows. Sorokin translates something longer than what you said. # fiction
* [Stick to the brief: purchases, and no word on money]
    ~ us_loan = 2
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    "For now, the United States is allowing purchases and their export. No decision has been made on financing. I'm sorry." # speaker: Henry Lowell
    The older man closes his folder. # fact: us_financing_open
* [Say you will take the question to Mr. Harriman himself tonight]
    ~ us_loan = 3
    ~ us_serve_harriman()
    "That's a question for Mr. Harriman, and I'll put it to his office myself tonight, in your words, not mine." # speaker: Henry Lowell
    That evening you give it, word for word, to a young man on Harriman's staff, who says the Chief will want to see it. # fiction
- -> us_british_share

=== us_british_share ===
At the break Major Hugh Lacey, of the British military mission, neat and weary, stands beside you at the window with a sheet of figures. # date: 30 September 1941 # location: Spiridonovka Palace # fiction
"The tanks, Lieutenant. A fair part of your two-fifty a month was to have come to us, under your Lend-Lease. All we ask is that the American paper says so, so that nobody in Washington counts the same tank twice." # speaker: Hugh Lacey # fact: harriman_quantities # fact: london_prep_talks
It is the London argument again, in miniature. # fact: london_prep_talks # decision: us_british Whose share do the American tanks come out of?
* [Side with Lacey: the paper should say what comes out of Britain's share]
    ~ us_british = 1
    ~ us_promise_less()
    ~ common_adjust(reputation, 1)
    You will footnote the American tables with which tanks were to have gone to Britain. It will make the American contribution look smaller, and true. # fiction
    "Thank you. I'll remember it." # speaker: Hugh Lacey
* [Push the American numbers: the Russians should see them whole]
    ~ us_british = 2
    ~ us_promise_more()
    ~ common_adjust(standing, 1)
    You tell him, politely, that what was earmarked for Britain is for London and Washington to settle, not a table in Moscow. # fiction
    "Of course," Lacey says. "Of course." He folds his sheet in half, and in half again, very exactly, as if it were you. # speaker: Hugh Lacey
* [Offer both columns: new tanks, and tanks diverted from Britain]
    ~ us_british = 3
    ~ common_adjust(standing, 1)
    You suggest two columns: new production, and tanks diverted from British allocations. # fiction
    "The sort of thing that looks obvious afterwards and nobody does. If your people will have it." # speaker: Hugh Lacey
    They will not. But he remembers that you offered. # fiction
- At a quarter to two the session adjourns for an hour. # fiction
-> us_free_hour

=== us_free_hour ===
* [Walk to the Metropol for cigarettes and find Marsh]
    -> us_metropol_counter
* [Walk down to Red Square]
    -> us_red_square
* [Stay at your desk and finish the tables]
    ~ common_adjust(standing, 1)
    You stay, and type the transport annex with two fingers while the rain runs down the windows. # date: 30 September 1941 # location: Spiridonovka Palace # fiction
    -> us_kremlin_night3

=== us_metropol_counter ===
The foreign correspondents live in the Metropol like birds in a gilded cage, on special rations with caviar in them, while the queues outside are for bread. # date: 30 September 1941 # location: Hotel Metropol # fact: metropol_press_corps # fact: metropol_rations
Marsh is not in the bar. You go to the foreigners' counter in the lobby for cigarettes, and stop, because there is a small Englishman in a bowler at the glass ahead of you, holding up four fingers. # fiction
It is Arthur Nye, saying "Chetyre," four, with enormous courage. Not "ikra" after all. # fiction
~ us_saw_nye = true
~ common_clue()
Four blue kilo tins come down from a pyramid behind the counter. Nye pays in roubles from an embassy envelope, and the woman writes a receipt in purple pencil and stamps it. # fiction # clue: 30 Sep, Metropol counter: Arthur Nye buys four one-kilo tins of caviar with embassy roubles, and keeps the receipt. Four tins, not a crate.
He wraps the tins in his scarf. Turning, he sees you, and goes a fine deep red. # fiction
* [Ask him, gently, what the occasion is]
    "Stocking up, Mr. Nye?" # speaker: Henry Lowell
    "It's not for me, sir. It's for London. For the very top, if you follow me. You won't say, sir? I'd be for it." # speaker: Arthur Nye
    You tell him you won't. You mean it, at the time. # fiction
* [Pretend you saw nothing and buy your cigarettes]
    You look at the cigarettes with great attention. Nye goes past you with the parcel held in front of him like a hymn book. # fiction
- ~ common_clue()
In the corner a young Russian woman with a Narkomindel pass on a string has watched the whole transaction. She looks away, deliberately, as though looking away were part of her job. # fiction # clue: A Narkomindel interpreter at the Metropol watched Nye's purchase (30 Sep).
-> us_kremlin_night3

=== us_red_square ===
In Red Square the mausoleum has been disguised as an ordinary house. Recruits go by in new boots and old coats, singing; some of them are boys. At the corner a lorry full of wounded waits for a tram. # date: 30 September 1941 # location: Red Square # fiction
* [Salute the lorry]
    You salute. It is foolish, perhaps. A soldier in the back, his head bandaged, lifts two fingers from the rail in reply. The lorry grinds away. # fiction
* [Stand aside and watch it go]
    You stand aside, the tonnages in your head, feeling them for the first time as weights. # fiction
- -> us_kremlin_night3
=== us_kremlin_night3 ===
That night the chiefs go up the hill for the third time, or the second, depending on who is counting. # date: 30 September 1941 # location: British Embassy # fact: kremlin_meetings_count
The accounts disagree: two long talks, one correspondent's record says; every night, Lord Beaverbrook's; three, the American memoirs. From the ballroom you count three sets of cars, and know that you were counting cars. # fact: kremlin_meetings_count
The cars come back past one, with the particular noise on the stairs of tired men who have got what they came for. # fact: third_kremlin_understanding
An understanding has been reached with Stalin. The lists will go into a protocol. There will be a final session tomorrow, two days early. # fact: third_kremlin_understanding # fact: protocol_ahead_of_schedule
Tomorrow Mr. Harriman will cable the President that the understanding was reached, and that Beaverbrook made enormous sacrifices for it. # fact: third_kremlin_understanding
{ us_loan == 3:
    Your question about credit went up the hill tonight, the young man from Harriman's staff signals. He does not say what came down. # fiction
}
Near two, {us_loan == 3:the same young man|a young man from Harriman's staff} finds you at the door. Mr. Harriman wants a list by seven of every figure still open in the committees, and why, from someone who knows the tables and will not talk, and not through the usual channels first. # fiction
The usual channel is your Admiral. # decision: us_private_list Harriman's private list, and whether the Admiral hears of it
* [Do it, and tell the Admiral first thing in the morning]
    ~ us_private_list = 1
    ~ common_adjust(standing, 1)
    You write the list: eleven open figures, the reason for each. At six you slide a carbon under the Admiral's door with a note saying where the top copy went. # fiction
    At breakfast, passing your chair, he says that next time you might knock. It is very nearly praise. # fiction
* [Do it quietly and say nothing to the Admiral]
    ~ us_private_list = 2
    ~ us_serve_harriman()
    ~ us_serve_harriman()
    ~ common_adjust(standing, -1)
    You take the list across yourself at a quarter to seven. You do not tell the Admiral. You tell yourself it is because he was asleep. # fiction
* [Decline: the list should go through the Admiral]
    ~ us_private_list = 3
    ~ common_adjust(standing, 1)
    You tell the young man, politely, that you work for Admiral Standley, and that if Mr. Harriman wants the list the Admiral will have it on his desk by seven. # fiction
    The list gets made by someone else, and goes up without your name on it. # fiction
- In the morning there is ice on the inside of the window, for the first time. # fiction
-> us_protocol_day
