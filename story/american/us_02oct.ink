// 2 October: the press conference at the Hotel National, Peg Soames's questions, the caviar affair from the American side.

=== us_press_conference ===
-> table_phase_oct01 ->
Thursday. The press conference is at the Hotel National, across from the Kremlin. # CLEAR # date: 2 October 1941 # location: Hotel National # fact: press_conference_oct2 # fact: hotel_national
{
- us_bar == 1:
    Marsh is at breakfast, grey and silent, drinking tea with both hands. He thanks you for the walk home as if it had been a lift in a car. # fiction
- else:
    Marsh is not at breakfast. The story, you suspect, is already up and about. # fiction
}
The correspondents fill the room early, in overcoats. You stand at the back with the Admiral's folder. # fact: metropol_press_corps # fact: press_conference_oct2
-> us_presser_watch

= us_presser_watch
* [Watch Lord Beaverbrook]
    Beaverbrook is exuberant. He says the conference has been a success as if he were writing the headline himself, which, in a sense, he is. # fact: press_conference_oct2
    Churchill will write in his memoirs that the mission's reception in Moscow was bleak. The men in this room are calling it a triumph. # fact: bleak_vs_triumph
    -> us_presser_watch
* [Watch Mr. Harriman]
    Harriman lets Beaverbrook have the room. He gives no figure for ships, and no word about money. You notice because you are looking for it. # fiction
    { us_loan == 1:
        You think of your sentence about credit, and hope nobody in this room ever hears it. # fiction
    }
    -> us_presser_watch
* [Watch the correspondents]
    Near the back, a British newspaperman with a long, calm face is writing without looking at his page: Philip Jordan of the News Chronicle, someone tells you later. Nobody asks about caviar. Not in front of the principals. # fact: jordan_reported
    -> us_presser_watch
+ [Look out of the tall windows]
    -> us_presser_after

= us_presser_after
Nobody in this room knows it, but today the whole German front before Moscow has begun to move. # fact: typhoon_begins
On the stairs afterwards, Peg Soames falls into step beside you. # fiction
"Lieutenant. The summary sheet says ten thousand trucks a month. Is that right? I can't find anyone who'll say where it came from." # speaker: Peg Soames
{us_trucks == 1: You drew a line through that figure yesterday morning. Evidently the line did not survive. | You remember the sheet. {us_trucks == 2: You let it go. | You left it with Harriman's office.} }
* [Tell her what your tables say: jeeps, five thousand; no trucks a month that you can find]
    ~ us_press = 1
    ~ us_promise_less()
    ~ common_adjust(trust_press, 1)
    "Not for attribution. My tables list jeeps, five thousand. I can't find ten thousand trucks a month in anything I've seen." # speaker: Henry Lowell
    "Thank you. I'll say the figure is unconfirmed." # speaker: Peg Soames
* [Give her the big number: ten thousand a month]
    ~ us_press = 2
    ~ us_promise_more()
    ~ common_adjust(trust_press, 1)
    "That's the figure on the sheet. Ten thousand a month." # speaker: Henry Lowell
    "On the sheet. Right." # speaker: Peg Soames
* [Send her to the press officers]
    ~ us_press = 3
    ~ common_adjust(trust_press, -1)
    ~ common_adjust(standing, 1)
    "The figures come from the mission's press people, Miss Soames." # speaker: Henry Lowell
    "They gave me the sheet," she says, without any warmth at all. # speaker: Peg Soames
- At the foot of the stairs she stops you again. # fiction
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
    "Your name was never going in," she says. # speaker: Peg Soames
* [Give her the true size of it: not a crate]
    ~ common_adjust(trust_press, 1)
    ~ common_adjust(reputation, -1)
    "If there is any caviar at all, it isn't a crate. Whatever someone bought, it would fit in a scarf. That's all." # speaker: Henry Lowell
    She writes "scarf", and underlines it. You have made the story smaller and truer and more printable. # fiction
* [Laugh it off]
    "Miss Soames, in three days I've seen four hundred aircraft and five hundred tanks go by on paper. I haven't seen a single fish." # speaker: Henry Lowell
    She laughs. She also writes down that you laughed. # fiction
- -> us_caviar_affair

=== us_caviar_affair ===
In the afternoon, Major Lacey comes to the American offices to see the Admiral. He stays twenty minutes. When he leaves, the Admiral sends for you. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
There is a silly story going round the correspondents, the Admiral says, about caviar bought for the Prime Minister. Lord Beaverbrook does not like it. The British are asking, as between allies, whether any of the American party has been talking. # fiction
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
    You tell him: Fenwick's joke, Marsh's hundred, the British junior's pounds, the crate. You do not take the edge off it for Ed. The Admiral says he will speak to Mr. Harriman's people about Mr. Marsh himself. # fiction
* [Say you will deal with Marsh yourself, and keep it off paper]
    ~ us_marsh = 2
    ~ us_serve_harriman()
    You say an American on the mission was part of some loose talk, and you would like to deal with it yourself, without a name going into anyone's file. The Admiral says Mr. Harriman's office said very much the same an hour ago. Then he says all right. # fiction
* [Say you know nothing worth reporting]
    ~ us_marsh = 3
    ~ common_adjust(reputation, -1)
    You tell him you heard some silly talk at the Metropol, as everyone did, and nothing worth a report. # fiction
    The Admiral says that he sees. It is the most expensive thing anyone has said to you this week. # fiction
    ~ common_adjust(standing, -1)
- -> us_affair_errands

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
At the British Embassy Major Lacey has been asking questions all afternoon, and the chancery has taken it personally. # date: 2 October 1941 # location: British Embassy # fact: beaverbrook_blamed_juniors # fiction
You find Dot Pryce, the cipher clerk, on the back stairs{us_met_dot:, where you met her three nights ago}, sitting on a step with her cipher log on her knees and her hat beside her. # fiction
"They think it's me," she says, before you can ask anything. "Because I decoded it. I knew about the order before anyone, so it must be me. That is the Major's logic, and I can't say it's bad logic." # speaker: Dot Pryce
She turns the duty sheet towards you: Wednesday the first, eight in the evening to four in the morning, initialled by her relief. # fiction
~ us_dot_log = true
~ common_adjust(trust_embassy, 1)
~ common_clue()
"I was in that room all night. I've never been to the Metropol. I can't afford the Metropol." # speaker: Dot Pryce # clue: Dot Pryce's cipher log: on duty from 8 p.m. 1 Oct to 4 a.m.; she was not at the Metropol bar when the story was told.
You tell her you believe her. She says you are not the one who needs to. # fiction
-> us_affair_errands

= us_marsh_talk
{
- us_marsh == 1:
    Ed Marsh is in his room with the tables spread on the bed, and he does not get up when you come in. Someone from Harriman's office has already been to see him. He knows who told. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
    "Thanks, Hank. Really. A pal." # speaker: Ed Marsh
    ~ common_adjust(reputation, -1)
    "For the record, I said dollars. A hundred dollars. It was the limey kid who made it pounds. I just didn't stop him. You know me." # speaker: Ed Marsh
- else:
    Ed Marsh is in his room with the tables spread on the bed and a wet towel on his head. He looks at you as a man looks at the morning. # date: 2 October 1941 # location: Moscow, the American embassy # fiction
    "Tell me I didn't do what I think I did." # speaker: Ed Marsh
    You tell him what he did. He sits up, the statistician in him outraged. # fiction
    "I said dollars. A few kilos at the foreigners' counter, call it a hundred bucks. It was the British kid who made it pounds. And then I said a crate. Christ." # speaker: Ed Marsh
}
~ us_marsh_dollars = true
~ common_clue()
A number changes currency on its way across a table: four hundred per cent, by one careless word. # fiction # clue: Marsh's "hundred" began as his guess in dollars at a few kilos; a British junior made it "a hundred pounds" (1 Oct).
-> us_affair_errands

= us_vera_talk
At the Metropol, Vera Lebedeva detaches herself from two correspondents when she sees you. # date: 2 October 1941 # location: Hotel Metropol # fiction
"I cannot tell you what I wrote last night, Lieutenant. You know that." # speaker: Vera Lebedeva
You ask her instead what happens to a correspondent's story before it leaves Moscow: everything goes to the Commissariat's censors before the telegraph. Palgunov's people read every line. # fact: palgunov_censor # fact: metropol_press_corps
~ common_adjust(trust_soviet, 1)
~ common_clue()
"So if your friend's crate of fish goes to London, it goes past us first. Perhaps we will think it does harm to someone else, and let it go. I do not decide that." # speaker: Vera Lebedeva # clue: Any caviar despatch had to pass the Narkomindel censors before it left Moscow; they would let it go or not.
-> us_affair_errands
