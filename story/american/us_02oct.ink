// 2 October: the press conference at the Hotel National, Peg Soames's questions, the caviar affair from the American side.

=== us_press_conference ===
-> table_phase_oct01 ->
Thursday. The press conference is at the Hotel National, on the corner across from the Kremlin, in a room with tall windows and too many chairs. # CLEAR # date: 2 October 1941 # location: Hotel National # fact: press_conference_oct2 # fact: hotel_national
{
- us_bar == 1:
    Marsh is at breakfast, grey and silent, drinking tea with both hands. He does not mention last night. He thanks you for the walk home as if it had been a lift in a car. # fiction
- us_bar == 0:
    Marsh is at breakfast, grey and silent. # fiction
- else:
    Marsh is not at breakfast. The story, you suspect, is already up and about. # fiction
}
The correspondents fill the room early, the Metropol crowd and more: notebooks, cigarettes, overcoats they have not taken off because nobody in Moscow takes off an overcoat in October unless ordered to. # fact: metropol_press_corps
You stand at the back with the Admiral's folder. Lord Beaverbrook and Mr. Harriman come in together. # fact: press_conference_oct2
-> us_presser_watch

= us_presser_watch
* [Watch Lord Beaverbrook]
    Beaverbrook is exuberant. He talks about Stalin as a man talks about a great horse he has seen run: the grip, the memory for figures, the directness. He says the conference has been a success, and he says it as if he were writing the headline himself, which, in a sense, he is. # fact: press_conference_oct2
    Years from now, Churchill will write in his memoirs that the mission's reception in Moscow was bleak. The men in this room, this morning, are calling it a triumph. You are standing in the middle of one of the disagreements historians will have about this week. # fact: bleak_vs_triumph
    -> us_presser_watch
* [Watch Mr. Harriman]
    Harriman lets Beaverbrook have the room. When he speaks it is briefer and flatter, a banker's voice, and the correspondents write less of it down. You notice that he gives no figure for ships, and no word about money. You notice because you are looking for it. # fiction
    { us_loan == 1:
        You think of the gold tooth across the table, and of your sentence about credit, and you hope nobody in this room ever hears it. # fiction
    }
    -> us_presser_watch
* [Watch the correspondents]
    Peg Soames is in the second row with her capped pen. The AP man is beside her. Near the back, a British newspaperman with a long, calm face is writing without looking at his page. Someone tells you later that he is Philip Jordan of the News Chronicle. # fact: jordan_reported
    Nobody asks about caviar. Not here. Not in front of the principals. It is not that kind of question yet. # fiction
    -> us_presser_watch
+ [Look out of the tall windows]
    -> us_presser_after

= us_presser_after
Across the square the Kremlin wall runs along in the grey light, red brick and crenellations. A formation of aircraft crosses very high, westward, too high to hear. # fiction
You do not know it, and neither does anyone in this room, but today the whole German front before Moscow has begun to move. The offensive that started in the south on Tuesday is now general. The city will have its answer within two weeks. # fact: typhoon_begins
The conference ends with thanks all round. On the stairs, Peg Soames falls into step beside you, as if by accident. # fiction
"Lieutenant. The summary sheet says ten thousand trucks a month. Is that right? I can't find anyone who'll say where it came from." # speaker: Peg Soames
{us_trucks == 1: You drew a line through that figure yesterday morning. Evidently the line did not survive. | You remember the sheet. {us_trucks == 2: You let it go. | You left it with Harriman's office.} }
* [Tell her what your tables say: jeeps, five thousand; no trucks a month that you can find]
    ~ us_press = 1
    ~ us_promise_less()
    ~ common_adjust(trust_press, 1)
    "Not for attribution. My tables list jeeps, five thousand. I can't find ten thousand trucks a month in anything I've seen. That doesn't mean it isn't somewhere. It means I can't show it to you." # speaker: Henry Lowell
    She looks at you for a moment as if you had given her something unusual. # fiction
    "A man who says what he can't show me. Thank you. I'll say the figure is unconfirmed." # speaker: Peg Soames
* [Give her the big number: ten thousand a month]
    ~ us_press = 2
    ~ us_promise_more()
    ~ common_adjust(trust_press, 1)
    "That's the figure on the sheet. Ten thousand a month." # speaker: Henry Lowell
    She writes it down with a small frown, as though it weighed more than she expected. # fiction
    "On the sheet. Right." # speaker: Peg Soames
* [Send her to the press officers]
    ~ us_press = 3
    ~ common_adjust(trust_press, -1)
    ~ common_adjust(standing, 1)
    "I'm the Admiral's aide, Miss Soames. The figures come from the mission's press people. They'll give you anything that can be given." # speaker: Henry Lowell
    "They gave me the sheet," she says, and smiles without any warmth at all, and lets you go. # speaker: Peg Soames
- At the foot of the stairs she stops you again, lightly, two fingers on your sleeve. # fiction
{
- us_bar == 4:
    "Last night you said four tins. Kilo tins. You saw them bought. Can I use that?" # speaker: Peg Soames
- us_bar == 3:
    "Last night you made the best joke in the room about the Prime Minister's caviar. Is there anything under the joke?" # speaker: Peg Soames
- else:
    "One more thing. There's a story going round the Metropol about caviar for Churchill. A crate of it, somebody says. A hundred pounds' worth. Anything in it?" # speaker: Peg Soames
}
* [Refuse, and ask her to leave you out of it]
    ~ common_adjust(trust_press, -1)
    ~ common_adjust(reputation, 1)
    "Nothing I can give you. And I'd be grateful if my name stayed out of any story with fish in it." # speaker: Henry Lowell
    "Your name was never going in," she says, and for the first time you believe she means something by it. # speaker: Peg Soames
* [Give her the true size of it: not a crate]
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "If there is any caviar at all, it isn't a crate. Whatever someone bought, it would fit in a scarf. That's all." # speaker: Henry Lowell
    She writes "scarf". She underlines it. You have made the story smaller and truer and, you realise, more printable. # fiction
* [Laugh it off]
    "Miss Soames, in three days I've seen four hundred aircraft and five hundred tanks go by on paper. I haven't seen a single fish." # speaker: Henry Lowell
    She laughs, which is what you wanted. She also writes down that you laughed. # fiction
- -> us_caviar_affair

=== us_caviar_affair ===
In the afternoon, Major Lacey comes to the American offices to see the Admiral. He stays twenty minutes. When he leaves, the Admiral sends for you. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
The Admiral is at the window with his hands behind him. He tells you, in his own dry way, what the Major wanted. There is a silly story going round the correspondents about caviar bought for the Prime Minister. Lord Beaverbrook has heard it and does not like it. The British are asking, as between allies, whether any of the American party has been talking. # fiction
{
- us_bar == 3:
    The Admiral adds, without turning round, that the Major mentioned an American naval officer who made a joke about a convoy. There is, as far as the Admiral knows, only one American naval officer in Moscow under the age of sixty. # fiction
    ~ common_adjust(standing, -1)
- us_bar == 4:
    The Admiral adds, without turning round, that the Major has heard an American officer told the correspondents how many tins there were. He would like to know, he says mildly, how an officer of his staff came to know that. # fiction
    ~ common_adjust(standing, -1)
- us_bar == 1:
    The Admiral adds that he understands you walked Mr. Marsh home from the Metropol last night, and that he would like to know why. # fiction
}
-> table_us_affair ->
Then he turns round and asks you what you know. # decision: us_marsh Tell the Admiral about Ed Marsh, handle it yourself, or say nothing
* [Tell him plainly: Ed Marsh blew the figure up at the Metropol last night]
    ~ us_marsh = 1
    ~ common_adjust(standing, 1)
    ~ common_adjust(reputation, 1)
    You tell him: Fenwick's joke, Marsh's hundred, the British junior's pounds, the crate. You do not dress it up. You do not take the edge off it for Ed either, and you feel that as you say it. # fiction
    The Admiral listens without moving. When you finish he says that is what he wanted, and that he will speak to Mr. Harriman's people about Mr. Marsh himself. You are not to. # fiction
* [Say you will deal with Marsh yourself, and keep it off paper]
    ~ us_marsh = 2
    ~ us_serve_harriman()
    You tell him there was loose talk at the Metropol, that an American on the mission was part of it, and that you would like to deal with it yourself, quietly, without a name going into anyone's file. # fiction
    The Admiral looks at you for a long moment. He says that Mr. Harriman's office said very much the same thing to him an hour ago, and that he begins to think you have been spending time in Mr. Harriman's office. Then he says all right. # fiction
* [Say you know nothing worth reporting]
    ~ us_marsh = 3
    ~ common_adjust(reputation, -1)
    You tell him you heard some silly talk at the Metropol, as everyone did, and nothing worth a report. # fiction
    The Admiral says that he sees. It is the whole of his remark, and the most expensive thing anyone has said to you this week. # fiction
    ~ common_adjust(standing, -1)
- There is an afternoon left before the packing, and things you could do with it.
-> us_affair_errands

= us_affair_errands
* [Carry the Admiral's papers across to the British Embassy]
    -> us_dot_pryce
* [Find Ed Marsh]
    -> us_marsh_talk
* [Go to the Metropol to find Vera Lebedeva]
    -> us_vera_talk
+ [Pack for the morning]
    -> us_departure

= us_dot_pryce
At the British Embassy there is a cold in every corridor, and a different cold in the chancery. Major Lacey has been asking questions all afternoon, and the young men of the embassy have taken it personally. # date: 2 October 1941 # location: British Embassy # fact: beaverbrook_blamed_juniors # fiction
You find Dot Pryce, the cipher clerk, on the back stairs{us_met_dot:, where you met her three nights ago}, sitting on a step with her cipher log on her knees and her hat beside her. # fiction
"They think it's me," she says, before you can ask anything. "Because I decoded it. I knew about the order before anyone, so it must be me. That is the Major's logic, and I can't say it's bad logic." # speaker: Dot Pryce
She turns the log towards you, not the pages with the traffic on them, just the duty sheet. Her name, the cipher room, Wednesday the first, eight in the evening to four in the morning, initialled by the officer who relieved her. # fiction
"I was in that room all night. I wasn't at the Metropol. I've never been to the Metropol. I can't afford the Metropol." # speaker: Dot Pryce
~ us_dot_log = true
~ common_adjust(trust_embassy, 1)
~ common_clue()
Dot Pryce's duty sheet: on the cipher desk from 8 p.m. on 1 October to 4 a.m., initialled by her relief. She was not at the Metropol when the joke was told. # clue: Dot Pryce's cipher log: on duty from 8 p.m. 1 Oct to 4 a.m.; she was not at the Metropol bar when the story was told.
You tell her you believe her. She says that's very kind of you, and that you are not the one who needs to. # fiction
-> us_affair_errands

= us_marsh_talk
{
- us_marsh == 1:
    Ed Marsh is in his room with the tables spread on the bed, and he does not get up when you come in. Someone from Harriman's office has already been to see him. He knows who told. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
    "Thanks, Hank. Really. A pal." # speaker: Ed Marsh
    ~ common_adjust(reputation, -1)
    Then, because he is Ed, and cannot stay angry longer than a cigarette, he tries again.
    "For the record, I said dollars. A hundred dollars. It was the limey kid who made it pounds. I just didn't stop him. You know me." # speaker: Ed Marsh
- else:
    Ed Marsh is in his room with the tables spread on the bed and a wet towel on his head. He looks at you as a man looks at the morning. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
    "Tell me I didn't do what I think I did." # speaker: Ed Marsh
    You tell him what he did. He groans into the towel. Then he sits up, suddenly precise, the statistician in him outraged. # fiction
    "I said dollars. I know I said dollars. A few kilos at the foreigners' counter, I guessed, call it a hundred bucks. I always guess high. You know me. It was the British kid who made it pounds. And then I said a crate. Christ. I said a crate." # speaker: Ed Marsh
}
~ us_marsh_dollars = true
~ common_clue()
Marsh swears his "hundred" began as dollars, his own guess at "a few kilos", and that a British junior turned it into pounds. # clue: Marsh's "hundred" began as his guess in dollars at a few kilos; a British junior made it "a hundred pounds" (1 Oct).
You think of the pounds and the dollars, and of how a number changes currency on its way across a table. Four hundred per cent, by one careless word. # fiction
-> us_affair_errands

= us_vera_talk
At the Metropol, Vera Lebedeva is in the lobby with two correspondents and a timetable. She detaches herself when she sees you, which costs her something; you can see it cost her. # date: 2 October 1941 # location: Hotel Metropol # fiction
"I cannot tell you what I wrote last night, Lieutenant. You know that." # speaker: Vera Lebedeva
You say you know it. You ask her instead what happens to a correspondent's story before it leaves Moscow. She tells you what every correspondent knows: everything goes to the press department of the Commissariat, to the censors, before it goes to the telegraph. Palgunov's people read every line. # fact: palgunov_censor # fact: metropol_press_corps
"So if your friend's crate of fish goes to London," she says, "it goes past us first. Perhaps we will think it does no harm. Perhaps we will think it does harm to someone else, and let it go. I do not decide that." # speaker: Vera Lebedeva
~ common_adjust(trust_soviet, 1)
~ common_clue()
Every correspondent's despatch passes the Commissariat's censors before the telegraph: a caviar story could only leave Moscow with their leave. # clue: Any caviar despatch had to pass the Narkomindel censors before it left Moscow; they would let it go or not.
She goes back to her correspondents. At the door you look back, and she is answering a question about trains, patiently, in three languages. # fiction
-> us_affair_errands
