// 2 October 1941: checking the story (or not), the press conference at the National, the censor.

=== pr_d02 ===
-> table_phase_oct01 ->
Morning comes in grey over Sverdlov Square, with a wind that has winter in its pocket. # CLEAR # date: 2 October 1941 # location: Hotel Metropol # fiction
At eleven, Vera says, Lord Beaverbrook and Mr Harriman will meet the press at the Hotel National. It is the first time all week that anyone in the missions has agreed to be asked anything. # fact: press_conference_oct2
{
- pr_cav == 2:
    -> pr_verify
- pr_cav == 1:
    -> pr_fast_morning
- else:
    -> pr_front_morning
}

= pr_verify
You have until eleven to find out how big a fish is. # fiction
-> pr_verify_hub

= pr_verify_hub
{
- pr_checks >= 2:
    It is a quarter to eleven. Whatever else there is to find, you will have to find it later.
    -> pr_presser
}
{pr_checks == 1: One down. The clock over the porter's desk says ten past ten.}
* [The counter downstairs: the woman behind the glass, and her book]
    ~ pr_checks = pr_checks + 1
    -> pr_check_counter
* [Vera: she was in the lobby on Tuesday afternoon]
    ~ pr_checks = pr_checks + 1
    -> pr_check_vera
* [The Hotel National, early: the mission's messenger will be carrying boxes there]
    ~ pr_checks = pr_checks + 1
    -> pr_check_nye
* [Enough: go to the press conference with what you have]
    -> pr_presser

= pr_check_counter
The woman behind the foreigners' counter has a magnificent bosom and a magnificent indifference. You buy a bar of chocolate in gold paper, which costs you a small fortune, and then, in your shop Russian, ask about caviar. # date: 2 October 1941 # location: Hotel Metropol, the foreigners' counter # fiction
She looks at you for a long time. Then she opens her book, a ledger with a marbled cover, and turns it round on the glass so that you can read it, and looks at the ceiling, so that she has not shown you anything. # fiction
~ pr_evidence += pr_ev_ledger
~ common_clue()
The counter ledger, 30 September, in purple pencil: caviar, tins of one kilo, four, at 42 roubles: 168 roubles. Nothing else like it all week. # clue: Metropol counter ledger, 30 Sep: four one-kilo tins at 42 roubles, 168 roubles. No other large sale that week.
Four kilo tins: nine pounds of fish eggs, if you think in pounds of weight. In money, 168 roubles; at the embassy's rate, about twenty-one to the pound, eight pounds. Not a hundred pounds, and not the agency man's twenty-five either, which would buy twelve or thirteen tins. # fiction
"Pounds of the stuff," somebody said last night. Pounds of weight. And somebody else heard pounds of money. # fiction
-> pr_verify_hub

= pr_check_vera
You find Vera in the little office off the lobby where the press department's interpreters keep their coats and their kettles. # date: 2 October 1941 # location: Hotel Metropol # fiction
{pr_vera >= 3: She looks up and, for once, does not reach for her notebook.|She looks up and reaches for her notebook, from habit, then puts it down.}
"Vera. On Tuesday afternoon, at the counter. The Englishman with the scarf. What did he buy?" # speaker: Peg Soames
{
- pr_vera >= 2:
    She is silent for a long moment.
    "Four tins," she says at last, very quietly. "The large ones. A kilo each. He did not know the word, so he showed with his fingers. He was afraid, I think, of doing it wrong." She looks at you. "It was not a crate, Miss Soames. I heard the story in the bar. It was four tins, and a frightened man." # speaker: Vera Lebedeva
    ~ pr_evidence += pr_ev_sighting
    ~ common_clue()
    Vera, who saw the sale: four one-kilo tins, a frightened Englishman who counted on his fingers. "It was not a crate." # clue: Vera saw the sale on 30 Sep: four one-kilo tins; the buyer counted on his fingers. "It was not a crate."
    -> pr_vera_promise
- else:
    "I do not remember," Vera says. "There are many Englishmen. I am sorry, Miss Soames." # speaker: Vera Lebedeva # fiction
    She is not sorry, and she remembers perfectly. She has decided that you have not earned it. You cannot blame her.
    -> pr_verify_hub
}

= pr_vera_promise
    * [Promise her it stays in your notebook, and nowhere else]
        ~ pr_vera_up(1)
        "It stays here." You close the notebook. "Nobody will ever know you said it." # speaker: Peg Soames
        "Everybody knows everything I say," Vera says. "But thank you." # speaker: Vera Lebedeva
    * [Ask whether you may quote "hotel staff"]
        ~ pr_vera_up(-2)
        ~ common_adjust(trust_soviet, -1)
        Her face closes like a door.
        "Please. No. There are four people who could be 'hotel staff' at that hour, and one of them is the woman at the counter, and one of them is me." # speaker: Vera Lebedeva
        You say of course, of course not. But you asked, and she will remember that you asked.
    - -> pr_verify_hub

= pr_check_nye
The Hotel National faces the Kremlin across Manege Square, older and plumper than the Metropol. This morning its side door is busy with men carrying boxes, and one of them is a round-shouldered Englishman in a mission overcoat. # date: 2 October 1941 # location: Hotel National # fact: hotel_national # fiction
The porter at the side door gives you his name for the price of a cigarette: Nye, Arthur Nye, messenger to the Beaverbrook mission, Ministry of Supply. He is about forty, and you need only say "Mr Nye, about the caviar" for him to go the colour of a boiled handkerchief. # fiction
"I don't know anything about any caviar, miss." A pause, in which you could hear a pin drop on the carpet. "It was only four tins!" # speaker: Arthur Nye
He is the worst liar you have ever met, and you have met several Ministers. # fiction
"Four tins," he says again, desperately, "not a crate, whatever they're saying, I've the receipt, look, it was for the accounts, four kilo tins, that's all." He actually takes it out of his wallet and shows you: purple pencil, a stamp, the date, four, 168 roubles. # speaker: Arthur Nye
~ pr_evidence += pr_ev_receipt
~ common_clue()
He puts it away before you can ask twice. # clue: Nye's receipt, 30 Sep, Metropol counter: four one-kilo tins, 168 roubles (about £8 at 21 roubles to the pound).
* [Copy the receipt into your notebook, word for word]
    You copy it, date and stamp and all. Nye watches you write as a rabbit watches a fox that has decided to take notes. # fiction
* [Tell him you'll keep his name out of it, and mean it]
    ~ common_adjust(reputation, 1)
    "You bought what you were told to buy, Mr Nye. Your name's nobody's business." # speaker: Peg Soames
    He looks at you as if you had pulled him out of a river.
    "God bless you, miss." Then, remembering himself: "I never said anything." # speaker: Arthur Nye
- -> pr_verify_hub

= pr_fast_morning
You wake at eight with the taste of the Metropol's brandy and the sound of the typewriter still in your fingers. Your story is in a tray across the square, waiting for a man with a pencil. # fiction
Vera meets you in the lobby.
"The comrade censor has questions about your article of last night," she says. "He will see you at six." # speaker: Vera Lebedeva # fact: palgunov_censor
She does not say which article. She does not need to.
* [Go down to the counter and check, now that it is too late]
    You buy a bar of chocolate in gold paper at the foreigners' counter and ask about caviar in your shop Russian. The woman behind the glass opens her ledger, turns it round on the counter for you to read, and looks at the ceiling. # location: Hotel Metropol, the foreigners' counter # fiction
    ~ pr_evidence += pr_ev_ledger
    ~ common_clue()
    The counter ledger, 30 September, in purple pencil: caviar, tins of one kilo, four. Paid in roubles. # clue: Metropol counter ledger, 30 Sep: four one-kilo tins of caviar, paid in roubles. No other large sale that week.
    {pr_figure >= 2: Four kilo tins. Not a crate. Not a hundred pounds' worth of anything. Your story says otherwise, and it is sitting in the censor's tray with your name on it.|Four kilo tins. Your story says no more than the ledger. For once, speed and truth have arrived at the same place.} # fact: amount_exaggerated
* [Leave it: go across to the National early and get a seat]
    You leave it. The story is filed. What is filed is filed. You go across Manege Square with your collar up and get a seat in the second row. # fiction
- -> pr_presser

= pr_front_morning
At breakfast the agency men are talking about the front, not the conference. Something big has begun on the central front, west and south-west of here. The Sovinformburo says only "heavy fighting". The faces of the Soviet waiters say more. # fact: typhoon_begins
It is the main German offensive on Moscow, launched that day. You will not know its name until later. You can feel its weight already, in the way the city walks. # fact: typhoon_begins
* [Go to the Belorussian station to see the trains come in from the west]
    At the Belorussian station there are trains of wounded, and trains of soldiers going the other way, and women standing between them with bundles, not knowing which train to wait for. A militiaman asks for your papers twice. You are allowed to watch for twenty minutes. It is enough. # fiction
    ~ pr_front = pr_front + 1
* [Walk the streets and write Moscow waiting]
    You walk: past the sandbags at the Bolshoi, past girls drilling with wooden rifles in a courtyard, past a poster of a soldier with a bayonet pointing at you. The city is not panicking. It is bracing, the way you brace before a wave. # fiction
    ~ pr_front = pr_front + 1
- You write five hundred words on a city waiting for a blow it cannot yet see, and take them across before eleven. Then you go to hear Lord Beaverbrook. # fiction
-> pr_presser

= pr_presser
-> table_pr_presser ->
The press conference is in a room of the Hotel National with gilt on the ceiling and not enough chairs. Every correspondent in Moscow is there. Philip Jordan of the News Chronicle has a seat near the front; Henry Cassidy of the Associated Press is by the window; Alexander Werth is writing in a diary as well as a notebook. # date: 2 October 1941 # location: Hotel National # fact: press_conference_oct2 # fact: hotel_national # fact: jordan_reported
Lord Beaverbrook is exuberant. There is no other word. He speaks of Stalin with open admiration, and of the work done at the Kremlin night after night. Harriman sits beside him. It is Beaverbrook's morning. # fact: press_conference_oct2 # fact: kremlin_meetings_count
{
- pr_tone == 1:
    You listen to him with an odd sense of having already written this. Your "triumph" of two nights ago reads, this morning, like his minutes.
- pr_tone == 2:
    You listen with a growing chill. Your "hard bargaining" of two nights ago looks, this morning, like the sourest piece in Moscow. {pr_d29.pr_kremlin29.pr_heavy:And yet you heard "heavy going" in that lobby with your own ears.|And yet nobody who came back from the hill that night looked like a man at a triumph.}
- else:
    You listen and write it all down. Your careful piece of two nights ago did not call it a triumph or a failure. Beside this, it looks almost timid. It may yet look wise.
}
Years from now, Churchill will write in his memoirs of a bleak reception in Moscow. Today the man who was there calls it a triumph. # fact: bleak_vs_triumph
In the corridor afterwards the lesser men of both missions are trying to leave without being asked anything.
You have time for one question, to one of them.
* [Ask Major Lacey how the goods will travel: who carries them?]
    ~ pr_asked = 1
    ~ common_adjust(reputation, 1)
    "Major. Four hundred aircraft a month. Who ships them?" # speaker: Peg Soames
    Lacey stops, because it is a real question.
    "We have offered to help with transport, Miss Soames. Help. The Russians will do the rest." He gives the word its full weight. "You may quote 'help'." # speaker: Hugh Lacey # fact: no_transport_commitment
    You write it down. It is the most honest word you have heard all morning.
* [Ask Ed Marsh about the ten thousand trucks]
    ~ pr_asked = 2
    ~ pr_marsh = pr_marsh + 1
    Marsh pulls you into a window bay.
    "Ten thousand a month? Not in any paper I've seen, and I've seen most of them. I'd call it a hope. Don't quote me." # speaker: Ed Marsh # fact: trucks_figure # fact: harriman_quantities
    {pr_trucks == 1: You printed it last night. Ten thousand trucks a month, third paragraph. You stand in the window bay and feel the number sitting in London like an unexploded shell.}
    {
    - pr_trucks == 1:
        ~ common_adjust(reputation, -1)
    }
* [Ask Major Lacey, quietly, about the Prime Minister's caviar]
    ~ pr_asked = 3
    ~ common_adjust(trust_embassy, -1)
    "Major. One more thing. The caviar. For the Prime Minister." # speaker: Peg Soames
    Lacey's face does not change at all, which is how you know.
    "Where did you hear that, Miss Soames?" # speaker: Hugh Lacey
    "At a bar. Where one hears things." # speaker: Peg Soames
    "Yes," he says. "I expect one does." He goes on down the corridor, and you know that he will remember your name, and your bar, and your question. # speaker: Hugh Lacey
* [Ask nothing: watch who talks to whom]
    ~ pr_asked = 4
    You stand by the wall and watch. The young clerk from the bar, carrying a dispatch case, avoids your eye. A correspondent calls "Caviar!" to a friend, as a joke, and across the corridor the round-shouldered messenger with the boxes drops one of them and picks it up with scarlet ears. # fiction
    ~ common_clue()
    At the National, the mission's messenger dropped a box when someone shouted "caviar" as a joke. # clue: 2 Oct, Hotel National: the mission's messenger dropped a box when a correspondent shouted "caviar".
- -> pr_afternoon

= pr_afternoon
The afternoon is for writing. # date: 2 October 1941 # location: Hotel Metropol, your room # fiction
{
- pr_cav == 2:
    -> pr_write_or_drop
- pr_cav == 1:
    Your caviar story is already in the censor's tray. You write the press conference instead: Beaverbrook's enthusiasm, Harriman beside him{pr_asked == 1:, the word "help"}. It goes across at four and comes back at five, whole. # fact: press_conference_oct2
    -> pr_censor_desk
- else:
    You write the press conference: the admiration, the nights at the Kremlin{pr_asked == 1:, and the word "help"}. It goes across at four and comes back whole. # fact: press_conference_oct2
    -> pr_censor_front
}

= pr_write_or_drop
Your notebook is open on the desk. {pr_knows_tins(): Four tins, it says, underlined twice, and beside it where you saw or read it.|What you have is a bar, a joke and a lot of numbers.}
The whole of Moscow is talking about caviar. The whole of the Western front is on fire. You have one evening and one cable.
* [Write the caviar story, with what you know]
    -> pr_draft(false) ->
    You take it across at five. # fact: palgunov_censor
    -> pr_censor_desk
* [Write it small and exact: only what you checked yourself]
    -> pr_draft(true) ->
    You take it across at five, three hundred words that you could defend in any court in England. # fact: palgunov_censor
    -> pr_censor_desk
* [Let it go: four tins of fish is not the story of this week]
    ~ pr_dropped = true
    ~ common_adjust(reputation, 1)
    You close the notebook. You have found out the truth, and the truth is small: a frightened messenger, four tins, a joke that grew in the telling. The story of this week is four hundred aircraft, and a front that is moving towards this hotel. # fiction
    You write the press conference, and the city bracing itself, and take them across at five.
    ~ pr_front = pr_front + 1
    -> pr_censor_front

= pr_censor_front
Your copy comes back at eight with the usual scars: a sentence about the trains, a sentence about the faces of the waiters. The rest goes. # date: 2 October 1941 # location: Foreign Commissariat press department # fact: palgunov_censor
In the corridor of the press department, men you know are arguing in low voices over pages with heavy pencil marks on them. You hear the word "caviar" twice. It is not your fight tonight. # fiction
-> pr_d03

= pr_censor_desk
At six you go across to the press department. The censor who wants to see you is not the young man with the bird's pencil but an older one, grey, tired, courteous, with your pages in front of him and a thick line of blue through four paragraphs. Vera stands at his elbow to translate. # date: 2 October 1941 # location: Foreign Commissariat press department # fact: palgunov_censor # fiction
"This part is not about the conference," he says, through Vera. "It is gossip about a minister of an allied government, in a week of friendship between our peoples. It will not go." # speaker: The censor # decision: pr_censor The censor's blue line: cut, fight, or send it round him
{pr_figure == 3: He taps the word "crate". Then he taps "a hundred pounds". He does not need to say that he thinks it is untrue; his pencil says it.}
* [Cut it: let the rest of the story go, and keep the caviar in your notebook]
    ~ pr_censor = 1
    ~ common_adjust(trust_soviet, 1)
    "Cut it," you say. The blue line becomes official. # fiction
    The rest of your story goes out at nine: a protocol, a press conference, a word like "help". The caviar stays in Moscow, in your notebook and in a file in this building. # fact: palgunov_censor
    -> pr_d03
* [Fight for it]
    ~ pr_censor = 2
    -> pr_fight
* [Give in here, and send it round the censor by another road]
    ~ pr_censor = 3
    "Very well," you say, and take back your carbon copy, and smile at Vera, who does not smile back. # fiction
    -> pr_reroute

= pr_fight
The censor waits, pencil resting on the page. You have one argument. Make it a good one.
* [It is true, and you can prove it]
    "It is true. I have checked it." # speaker: Peg Soames
    {
    - pr_copy_matches_evidence():
        You lay it out: {pr_knows_tins(): the counter, the four tins, {pr_evidence ? pr_ev_receipt: a receipt,} the date|the roubles drawn at the embassy, the chit, the telegram, the man who signed for the money}. The censor listens, through Vera, and reads your paragraphs again, slowly. # fiction
        "It is small," he says at last. "A small true thing. Small true things about the British are not our concern." He draws a second line, through his first. # speaker: The censor
        ~ pr_won = true
    // Four tins you can show, under a bigger figure.
    - pr_knows_tins():
        "You have checked it," the censor says, "and your own check says something else." He taps the {pr_figure == 3:crate|figure}, and leaves the blue line where it is. # speaker: The censor
    - else:
        "You have checked it at a bar," the censor says, when you have finished. It is not a question. He leaves the blue line where it is. # speaker: The censor
    }
* [It mocks a British lord, not the Soviet Union: why should he mind?]
    "It makes an English lord look greedy. Why should the Soviet press department protect an English lord?" # speaker: Peg Soames
    {
    - trust_soviet >= 4 && not pr_copy_matches_evidence():
        "It is not our business to protect English lords," he agrees. "Nor to pass numbers you cannot show me." The line stays. # speaker: The censor
    - trust_soviet >= 4:
        Something that might be amusement crosses the grey face. He has read your copy all summer and found it, on the whole, fair.
        "It is not our business to protect English lords," he agrees, and lifts the line. # speaker: The censor
        ~ pr_won = true
    - else:
        "It is our business," he says, "to protect the friendship." And that is that. You have argued all summer; he has not forgotten a word of it. # speaker: The censor
    }
* {pr_vera >= 3} [Watch Vera, who is trying to tell you something with her eyes]
    Vera speaks in English, as if translating, in exactly the same voice.
    "He does not mind the caviar. He minds the sentence about the hungry city. Take out Moscow, and the fish can go." # speaker: Vera Lebedeva
    You take out the sentence that set a Prime Minister's caviar against a queue in a Moscow street. The censor reads the page again{pr_copy_matches_evidence():, nods once, and lifts his blue line|, stops at the {pr_figure == 3:crate|figure}, and asks where it comes from. You cannot show him. The line stays}. # fiction
    {pr_copy_matches_evidence():
        ~ pr_won = true
    }
    ~ common_adjust(trust_soviet, 1)
- -> pr_fight_result

= pr_fight_result
{
- pr_won:
    ~ pr_published = true
    Your caviar story goes out at ten, with everything else. It will be on Whitcombe's desk by morning. You walk back across the square feeling lighter than you should. # fact: palgunov_censor
- else:
    ~ common_adjust(trust_soviet, -1)
    The blue line stays. The rest of the story goes out at ten without it. The caviar stays in Moscow. # fact: palgunov_censor
}
-> pr_d03

= pr_reroute
Copy from Moscow goes through the censor. Everyone agrees to it; it is the price of being here. But there are other roads out of Moscow for paper, and tomorrow morning the missions fly home. # fact: metropol_press_corps # fact: departure_douglas
* [Ed Marsh flies out with the mission: give him an envelope to post in London]
    ~ pr_route = "marsh"
    ~ pr_published = true
    ~ pr_late = true
    ~ common_adjust(trust_soviet, -2)
    {
    - pr_source == "marsh":
        ~ pr_expose(2)
    }
    You find Marsh in the bar, where else. He takes the envelope addressed to Sam Whitcombe and puts it inside his coat without looking at it.
    "Sure. What's in it?" # speaker: Ed Marsh # fiction
    "Nothing you need to know about." # speaker: Peg Soames
    "Those are my favourite kind." He pats the coat. {pr_source == "marsh": He has no idea that what he is carrying is his own story, in your words. Now, whatever happens, there is a line from him to you that anyone can follow.|He has no idea what he is carrying. If anyone ever opens it, he will have a good deal of explaining to do about a story that was never his.}
* {pr_fenwick >= 1} [Ask Giles Fenwick to put it in the embassy bag]
    ~ pr_route = "bag"
    {
    - pr_fenwick >= 3:
        Fenwick reads the first paragraph under the lamp in his office and laughs until he has to sit down.
        "Oh, Peg. The bag. His Majesty's diplomatic bag, carrying the Prime Minister's caviar scandal to Fleet Street." He seals it. "You've been straight with me all week, which is more than I can say for my own side. Call it even." # speaker: Giles Fenwick # fiction
        ~ pr_published = true
        ~ pr_late = true
        ~ common_adjust(trust_soviet, -2)
        {
        - pr_source == "fenwick":
            ~ pr_expose(1)
        }
    - else:
        Fenwick reads the first paragraph under the lamp in his office and hands it back, not laughing.
        "No. Not the bag. Not this. If they ever found it I'd be finished, and the Ambassador with me, and I haven't earned that from you." # speaker: Giles Fenwick # fiction
        He is right, and you both know it. You walk back over the bridge with the envelope in your pocket and the story going nowhere.
    }
* [There is no one to ask: hold it, and try the censor again tomorrow]
    You put the carbon in your drawer. Tomorrow there will be a new censor and a new day and, you suspect, a new war in the headlines. # fiction
- -> pr_d03
