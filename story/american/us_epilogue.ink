// October-November 1941: London, the papers, the Admiral's note, Kuibyshev, the billion dollars, 6 November.

=== us_homeward ===
The London brings you into a Scottish anchorage under rain, and a train brings you south through a country in blackout, and by about the tenth of October both missions are back in London. # CLEAR # date: 10 October 1941 # location: London # fact: missions_back_london
{
- us_tins == 2:
    On the quay in Scotland you hand a parcel in a scarf to a small Englishman in a bowler, who takes it without a word and without looking at you, and walks away very fast, as if from a crime. # fiction
- us_tins == 3:
    On the quay in Scotland Arthur Nye passes you with his parcel and Lord Beaverbrook's box, and gives you a look you will think about for years: gratitude, and fear, and the knowledge that you both know. # fiction
}
{
- us_named == 1:
    Lacey's report, you hear later, names Ed Marsh as the man who made the figure larger, and stops there, since an American statistician is not His Lordship's to punish. Marsh goes home to Washington on the next ship and is given a desk without a window. He never mentions it to you. # fiction
- us_named == 2:
    Lacey's report, you hear later, names Giles Fenwick. Nothing is proved. Nothing needs to be. Before Christmas Fenwick is moved from the chancery to a consulate at the far end of the map, and the young men of the embassy say your name, when they say it, in a particular way. # fiction
- us_named == 3:
    Lacey's report, you hear later, sets out a chain and names no one. His Lordship is said to have thrown it across the room. It is, as far as you know, the only honest document the affair produces. # fiction
- else:
    Lacey's report, you hear later, blames the younger men of the embassy, as His Lordship wanted. Nobody is named, so everybody is suspected.{us_dot_log: At least Dot Pryce's name was crossed off, because you told him about her duty sheet.| Dot Pryce, you hear, is taken off the cipher desk for a month, because she knew.} # fiction
}
Beaverbrook promises the London papers that Russia will not be charged for British munitions. Nobody says anything of the kind about America. Money, on your side, is still undecided. # fact: missions_back_london # fact: us_financing_open
The Admiral is in excellent spirits. He has seen the Russians, and he is convinced they will hold. He says so to anyone in London who will listen, and to several who would rather not. # fact: standley_convinced
The city is full of the conference for a week. There are several things you could read, or hear.
-> us_london_week

= us_london_week
* [Read the newspapers]
    The papers are warm about Moscow: a great success, quick and businesslike, the Russians cheered by it. # fact: bleak_vs_triumph
    And some time in these weeks, in a corner of them, a small item that is not about tanks. Philip Jordan of the News Chronicle reports that Lord Beaverbrook sent an employee to buy caviar for the Prime Minister: twenty-five pounds' worth, about a hundred dollars. Jordan's despatches run in his own paper, in The Times, and in the Daily Express, which is Lord Beaverbrook's own. Which of them printed this one, and on what day, nobody will later be sure. # fact: jordan_reported # fact: caviar_purchase
    { us_marsh_dollars:
        A hundred dollars. You read the figure three times. It is Ed's figure, the one he swore he said before the British junior made it pounds. Or it is the same sum arrived at by somebody else's arithmetic. A statistician knows that two measurements agreeing is not proof they came from the same instrument. # fiction
    }
    { us_saw_nye || us_parcel == 3:
        You saw four tins{us_saw_nye:, and a thin fold of roubles counted out for them}. Twenty-five pounds, at the twenty-one roubles to the pound the embassies use, is over five hundred roubles: a good deal more than would fit in a scarf. The story has grown on its way to print, as stories do. # fiction
    }
    An American newspaperman you meet at the embassy in Grosvenor Square tells you that the correspondents in Moscow are all calling it the caviar conference now. Later books will call "Caviar" the conference's codename. No paper of the time that anyone has found uses it so; it may have started as exactly this, a joke among newspapermen. # fact: caviar_codename # fact: cassidy_caviar_conference
    At some point in these weeks, the record does not say exactly when, the Prime Minister reads the report and cables Lord Beaverbrook, who questions Jordan. Jordan refuses to say where he got it. # fact: churchill_telegram # fact: jordan_refused_source
    -> us_london_week
* [Listen to Lord Beaverbrook on the wireless]
    On the twelfth Lord Beaverbrook speaks on the BBC. Committees by day, he says, the Kremlin by night; Russian answers typed in advance and put into Stalin's hand; late meetings at the British Embassy when the cars came down the hill. # fact: beaverbrook_broadcast # fact: pre_typed_answers
    You were in the ballroom under the painted ceiling, counting cars. It is strange to hear your week told as a story by a man who tells stories for a living, and to find it true, and not the whole truth. # fiction
    -> us_london_week
* [Look up the convoy reports]
    At the Admiralty, an officer you know from the London lets you see a signal. On the eleventh, the first of the new convoys, PQ 1, reached Archangel: tanks and crated Hurricanes, and not a ship lost. # fact: pq1_arrives
    The Prime Minister has written to Stalin that convoys will sail every ten days. # fact: churchill_convoys_oct6
    {us_cranes: You take out your pocketbook and look at the cranes you counted from the London's deck, and try to see PQ 1 coming in under them: how many lifts, how many hours, before the ice. | You try to picture the quay at Archangel, the timber and the few cranes, and PQ 1 coming in under them, and you wish you had counted. }
    -> us_london_week
+ [Go to the Admiral's office]
    -> us_final_note

= us_final_note
In the middle of the month the Admiral asks you for a note for Washington: one page, for the people who must now make the protocol real. What can actually reach Russia between now and the end of June, against what was signed. # date: 14 October 1941 # location: London, the American offices # fiction
It is the memorandum from the London again, in a different form. Only now the figures are signed.
{ us_memo == 1:
    He hands you back your own right-hand column from the voyage, soft from his pocket. "Start from this," is the sense of what he says. # fiction
}
{ us_memo == 3:
    He hands you back your memorandum from the voyage, the one where every doubtful month fell on the side of yes, and asks you, mildly, to do it again with the ships in. # fiction
}
You know what the honest page will look like. The shipping column will be shorter than the production column. The first months will be thin. The ice will come into Archangel. The ships are not built yet. And the people who read it will be tired of being told so.
* [Write the honest shortfall, month by month, with the reasons]
    ~ us_final_memo = 1
    ~ us_promise_less()
    ~ common_adjust(standing, 1)
    You write it. The left-hand column is the protocol. The right-hand column is what can arrive. Between them, in a narrow third column, you put the reason for every gap: no hulls, no escorts, ice, the single-track railway, the plants not yet converted. # fiction
    The Admiral reads it twice, and sends it as it stands, over his own name. It will not make anyone in Washington happy. It may make them early. # fiction
* [Write the hopeful line: the protocol can be met with effort]
    ~ us_final_memo = 2
    ~ us_promise_more()
    You write that the protocol can be met, given energy and priority, and you list the energy and priority required, and you let the doubtful months fall on the side of yes, because everyone in London is sure the Russians will hold and you want them to have what was signed. # fiction
    The Admiral reads it and sends it. He says nothing about the ships. You wonder later whether that was trust, or a test. # fiction
* [Write it honestly, and send a copy privately to Mr. Harriman]
    ~ us_final_memo = 3
    ~ us_promise_less()
    ~ us_serve_harriman()
    You write the honest page, and make a carbon, and send the carbon, with a covering line, to Mr. Harriman's office, outside the usual channel. It is not disloyal, exactly. It is what people who are trusted do. # fiction
    Two days later a note comes back: thanks, and a request for the same again at the end of the month. You have, it seems, become a channel. # fiction
- -> us_october

=== us_october ===
On the sixteenth the news from Moscow is bad. # date: 16 October 1941 # location: London # fact: moscow_panic_oct16
The Germans have taken Kalinin, north-west of the city. The State Defence Committee has ordered the ministries and the foreign missions to leave Moscow for Kuibyshev on the Volga. The diplomats go by special train, under escort, and behind them, for a day or two, Moscow panics: offices burning papers, crowds at the stations, people on the roads east with what they can carry. # fact: evacuation_kuibyshev # fact: moscow_panic_oct16
The American Embassy goes too, with the Ambassador. You think of Walter Pruett, packing the embassy files into crates, and of Vera Lebedeva with her timetables, and of the correspondents, herded onto a train to a city none of them has seen. # fact: evacuation_kuibyshev # fiction
You think of Sorokin, and whether he went east or stayed, and whether he ever heard from his brother. You will never know. # fiction
* [Go back over the protocol figures]
    You take out the protocol and read it again, as though it were a letter from someone at the front. Four hundred aircraft a month. Five hundred tanks a month. For a city whose government has just left it. # fact: protocol_aircraft_tanks
    { us_transport == 2:
        You find, in your copy of the committee drafts, your own word under the Admiral's pencil line. It would not have moved a single ship faster. You know that. It would have made the gap more bitter when it came. # fiction
    }
* [Write to Sorokin through the embassy, knowing it may never reach him]
    You write four lines and give them to the embassy's pouch for Kuibyshev, addressed to the Commissariat of Foreign Trade: that you hope he is well, that the first convoy is in, that you are doing what you can about the ships. # fiction
    It is probably against some regulation. It is probably read by three people before it reaches him, if it reaches him. You send it anyway. # fiction
    ~ common_adjust(trust_soviet, 1)
- A week later Lord Beaverbrook tells the House of Lords that the missions promised Russia exactly the figures of tanks and aircraft that Stalin asked for. # date: 23 October 1941 # location: London # fact: lords_speech
He is proud of it. You understand why. You also know, better than almost anyone who will read his speech, that asking and shipping are different verbs.
-> us_november

=== us_november ===
On the thirtieth of October President Roosevelt offers Stalin up to a billion dollars of supplies under Lend-Lease, without interest, repayment to begin five years after the war and run over ten. On the fourth of November Stalin accepts. # date: 30 October 1941 # location: London # fact: fdr_billion
{
- us_loan == 1:
    So there was credit, in the end, a month after you hinted at it across a table in the Spiridonovka. You were right, and it was not yours to say, and both of those things are true. Somewhere an older man with a gold tooth may think the Americans keep their word. He will never know how close you came to making it a promise you had no power to keep. # fiction
- us_loan == 2:
    So there was credit, in the end, a month after you told a table of Soviet officials that you had no authority to suggest it. You had not. Now the President has. That is the right order for it, and you find you mind more than you expected about having been the man who said no. # fiction
- else:
    So there was credit, in the end. The question you carried to Harriman's office across the table in the Spiridonovka has its answer, a month late and from the highest desk in the country. # fiction
}
On the sixth of November, in a metro station under Moscow, because the Germans are too close to risk a hall above ground, Stalin makes his speech for the anniversary of the Revolution. He speaks of the conference in Moscow, and of the American loan, as proof that the coalition of Britain, America and the Soviet Union is real. # date: 6 November 1941 # location: London, reading the reports # fact: stalin_nov6_speech
The next day, the seventh, Roosevelt formally finds the defence of the Soviet Union vital to the defence of the United States, which opens Lend-Lease to Russia. Some accounts will say Congress agreed that day; the wire copy of the time speaks only of the President's finding. # fact: lend_lease_finding
Moscow has not fallen. It is not safe. The Germans are on the roads to it and it will be weeks yet before anyone in London dares say the city will hold. But it has not fallen. # fact: typhoon_begins
You read the reports of the speech twice, in the American offices in London, with the protocol in the drawer beside you and, in your pocketbook, the numbers you have carried since Scapa Flow.
* [Take out the pocketbook and read the numbers once more]
    Cranes, trains, tanks, tins. Two shillings that became a fortune, a hundred dollars that became a hundred pounds, four tins that became a crate. And four hundred aircraft a month, five hundred tanks, which have not become anything yet, and must. # fiction
* [Write to your mother in Baltimore]
    You write to your mother that you are well, that London is cold, that you cannot say where you have been, and that you have seen a city at war and been more frightened of a gangplank than of the guns. You cross out the last part. You leave the rest. # fiction
* {us_named == 1} [Write to Ed Marsh in Washington]
    You start a letter to Ed at his windowless desk in Washington. You get as far as "Dear Ed, about Lacey" and stop. There is no second sentence that is both true and kind. You put the page in the drawer with the protocol, where it stays. # fiction
* {us_named != 1} [Find Ed Marsh and buy him a drink]
    {us_marsh == 1: Marsh lets you buy it, which is more than you expected, and drinks it, and says he'd have done the same in your place, probably, and that neither of you will ever know. | Marsh lets you buy it, and buys the next, and does not tell a single story all evening, which is how you know the week changed him too. } # fiction
- 
+ [Close the drawer on the protocol]
    -> us_ending_decide
