// 1 October 1941: the First Protocol, the truck figure, the banquet from outside, the Metropol bar and the tip.

=== pr_d01 ===
-> table_phase_sep30 ->
At ten Vera brings the news that the conference will reconvene this afternoon, two days ahead of schedule. The committees have been told to finish by lunchtime. Nobody is told why, which in Moscow means everybody guesses. # CLEAR # date: 1 October 1941 # location: Hotel Metropol # fact: protocol_ahead_of_schedule
By six it is done. A protocol has been signed by Molotov, Beaverbrook and Harriman: what Britain and America will send to the Soviet Union every month from now until the end of June 1942. Four hundred aircraft a month. Five hundred tanks a month. Guns, metals, medical supplies, a long list of the rest. # fact: protocol_signed # fact: protocol_aircraft_tanks # fact: harriman_quantities
Beaverbrook and Harriman have issued a joint statement of their own, separate from the official communique, full of resolve. The press department hands it out in duplicate. # fact: joint_statement
And there is a number going round the Metropol that is not on the handout: ten thousand trucks a month. A Soviet official's aide says it in the lobby as if it were settled. {pr_day30 == 3: Ed Marsh told you yesterday he had never seen it on any paper.|A British officer you ask says he has never heard it.} # fact: trucks_figure
What do you do with the trucks?
* [Print "10,000 trucks a month": it is the best number in town]
    ~ pr_trucks = 1
    ~ common_adjust(standing, 1)
    You put it in the third paragraph, where numbers go to look respectable. It makes the story bigger. You hope it makes it truer. # fact: trucks_figure
* [Leave the trucks out: nobody will show you the paper]
    ~ pr_trucks = 2
    ~ common_adjust(reputation, 1)
    You leave it out. If it is real, it will be real next week. If it is not, you will not have printed it. # fact: trucks_figure
* [Say trucks are on the list, without a number]
    ~ pr_trucks = 3
    You write "motor vehicles in quantity" and feel like a civil servant. It is, at least, not wrong. # fact: trucks_figure
- The Protocol story goes across at seven and comes back at nine, every line intact. The censor likes this story. Everybody does: it is the best news Moscow has had since June. # fact: palgunov_censor # fact: invasion_jun22
Tonight there is a banquet in the Kremlin for the delegations. You are not invited. Nor is anyone you drink with. A correspondent who keeps a diary will note that Molotov's speech was unusually warm; tonight all you have is the sound of cars going up the hill, and the juniors of both missions, released for the evening, coming down it in search of a bar. # fact: kremlin_banquet
There is only one bar.
-> pr_bar

=== pr_bar ===
Your own bar, on a good night: the whole press corps told nothing all day and making up for it, the protocol toasted as if the correspondents had signed it. # date: 1 October 1941 # location: Hotel Metropol, the bar # fact: metropol_press_corps # fiction
Ed Marsh of Harriman's mission {pr_marsh >= 1:waves you over to his table like an old friend|introduces himself as if you had waited all your life to meet a statistician}. A young British clerk from the mission, ink on his cuff, is being asked whether it was a triumph. # fiction
Fenwick comes in late with two chancery juniors, a drink or two ahead of the room, and takes the chair beside yours. When somebody says the great men won't go home hungry from the banquet, he pounces. # fiction
"Hungry! My dear. The Minister of Supply has been supplying. Do you know what the mission has bought in Moscow, with real money, in the middle of a war?" # speaker: Giles Fenwick
~ common_clue()
It is a performance, and a practised one: the messenger with no Russian, the roubles in an envelope, the tins carried over the Moskva in a scarf for the Prime Minister's breakfast. # fiction # clue: 1 Oct, Metropol bar: Fenwick told the caviar errand as a joke (messenger, roubles, scarf, tins "for the Prime Minister's breakfast").
Marsh laughs loudest, and cannot leave a good story alone.
"By the kilo! What's that at the foreigners' counter, a hundred dollars? A hundred bucks of fish eggs for one guy's breakfast!" # speaker: Ed Marsh
Someone from the chancery end, who has missed the word dollars, shouts it back. # fiction
"A hundred pounds!" # speaker: Chancery junior
"A hundred pounds' worth! A crate of the stuff! Boy, if the folks back home knew." # speaker: Ed Marsh
"A hundred dollars, he said first," says an agency man down the table. "Call it twenty-five quid." # fiction
"Twenty-five, a hundred, a crate." Marsh waves his Lucky. "It's a lot of fish." # speaker: Ed Marsh
~ common_clue()
The sizes, in the order you heard them. # clue: 1 Oct, Metropol bar, in one minute: Fenwick's "tins"; Marsh's "a hundred bucks"; a junior's "a hundred pounds"; Marsh's "a crate"; an agency man's "twenty-five quid".
{pr_evidence ? pr_ev_counter: You put your glass down. Four blue tins in a scarf, going out into the square yesterday afternoon: you saw them, and did not know what you were seeing.}
{pr_evidence ? pr_ev_chit: You remember the cashier's window at the embassy, and a round-shouldered man counting roubles into an envelope, and Fenwick saying "His Lordship's shopping". Ask me in a week, he said. He didn't wait a week.}
Across the room Vera, alone with her glass of tea, is the only one not laughing; you see her pencil move once. # fiction
-> pr_bar_watch

= pr_bar_watch
{Your pencil stays in your pocket. Your trade is knowing a story when it sits down next to you.|The table laughs at something else. You don't.|Somebody orders another round.|}
* [Watch the young clerk from the mission]
    The young clerk has gone red to the ears, with the face of a man who knows the real size of something and has been told not to say it. You make a note of his face, not his name. # fiction
    -> pr_bar_watch
* [Watch Vera]
    ~ common_clue()
    Vera's notebook is back in her pocket. She will report the joke, and who laughed, to her own people, not to Fleet Street; and whatever reaches a London paper must pass her colleagues first. # fact: palgunov_censor # fiction # clue: 1 Oct: Vera wrote down Fenwick's joke; her reports go to her own superiors, not to the London papers.
    -> pr_bar_watch
* [Think about what it would mean in London]
    A London housewife with her ration book, reading that the Prime Minister's friends bought caviar by the crate in a starving city, would not think it a joke. That is why it is a story. That is also why it must be right. # fact: rationing_britain # fact: rationing_fear
    -> pr_bar_watch
* [Go after the story: now, before the bar forgets it]
    -> pr_bar_source

= pr_bar_source
The table has moved on to the ballet. Fenwick is getting up to find his coat; Marsh is ordering another round he cannot pay for in roubles.
Two men told the same story. Which of them do you take it from? # decision: pr_source Take the caviar tip from Fenwick or from Marsh
* [Follow Fenwick out to the cloakroom]
    ~ pr_source = "fenwick"
    -> pr_tip_fenwick
* [Buy Ed Marsh his round and sit down beside him]
    ~ pr_source = "marsh"
    -> pr_tip_marsh

= pr_tip_fenwick
You catch him at the cloakroom, shrugging into a coat that was cut in Savile Row for a better-fed man. # fiction
"Giles. The caviar. Is it true?" # speaker: Peg Soames
"Is anything?" He sees your face and stops performing. "Yes. It's true. A telegram came in, His Lordship's office sent the poor messenger out, I signed for the roubles. Tins, Peg. Pounds of the stuff. Kilos. Whatever they weigh caviar in." # speaker: Giles Fenwick
~ pr_evidence += pr_ev_chit
~ common_clue()
Pounds, he said, and then kilos: a weight, not a price. # fiction # clue: Fenwick to you, 1 Oct: the order came by telegram; he signed for the roubles; "pounds of the stuff, kilos" (a weight, not a price).
"How many tins?" # speaker: Peg Soames
"I didn't count them, I'm a diplomat." He buttons his coat. "And Peg: I was joking, in there. To a table. If it goes anywhere, it didn't come from me. I mean that." # speaker: Giles Fenwick
{pr_fenwick >= 2: He says it like a man calling in a debt. You did keep his voice down on Sunday night.}
* [Promise him: his name stays out of it, entirely, for good]
    ~ pr_promised = true
    ~ pr_fenwick = pr_fenwick + 1
    "It didn't come from you. Not in print, not to London, not to anyone who asks." # speaker: Peg Soames
    He looks at you for a long moment, and nods, and goes out into the blackout with his collar up. You have made a promise, and you know better than most people what promises cost in this town.
* [Promise nothing you may not be able to keep]
    ~ common_adjust(reputation, 1)
    "I never use names, Giles. But I don't make promises at cloakrooms either." # speaker: Peg Soames
    "How very honest of you." He tries to make it a joke and doesn't quite. "Goodnight, Peg." # speaker: Giles Fenwick
- -> pr_tip_decide

= pr_tip_marsh
Marsh is delighted to have his round bought, and more delighted to be asked about something. # fiction
"It's true, I swear it. Everybody at the embassy's laughing about it. A crate, Peg. Or that's what I heard. Pounds and pounds of it." # speaker: Ed Marsh
"A hundred pounds' worth, you said. Pounds sterling?" # speaker: Peg Soames
He thinks about it, which is to his credit.
"Hell, I don't know. A hundred. Somebody said a hundred, I heard a hundred. Could've been dollars. Could've been pounds weight. I'm a statistician, I should know better." # speaker: Ed Marsh
He laughs, a little too loudly.
~ pr_evidence += pr_ev_dollars
~ common_clue()
Marsh admits his "hundred" was something he heard, not saw: it could have been dollars, or pounds of weight. He never saw a crate. # clue: Marsh to you, 1 Oct: his "hundred" was hearsay: "could've been dollars, could've been pounds weight". He never saw a crate.
"Ed. Who did you hear it from?" # speaker: Peg Soames
"Round the embassy. Everybody." He sobers a little. "Listen, don't put me in it. I'm on loan. The Admiral's aide already thinks I talk too much. If my name's in a London paper I'm counting rivets in Ohio by Christmas." # speaker: Ed Marsh
* [Promise him: his name stays out of it, entirely, for good]
    ~ pr_promised = true
    ~ pr_marsh = pr_marsh + 1
    "You're not in it, Ed. Not now, not ever." # speaker: Peg Soames
    He grips your hand across the table. "You're a pal." You have made a promise, and you know better than most people what promises cost in this town.
* [Promise nothing you may not be able to keep]
    ~ common_adjust(reputation, 1)
    "I don't use names, Ed. That's all I'll say at a bar." # speaker: Peg Soames
    "That's plenty." He looks at his glass as if it had told on him. "That's plenty."
- -> pr_tip_decide

= pr_tip_decide
It is after midnight. Up the hill the banquet is still going on. In your notebook, on one page, you have a Prime Minister, a messenger, a scarf and three different sizes of the same fish. # fiction
Half the correspondents in Moscow will have some version of it by morning. Somebody will file it. The only question is who, and how big. # fiction
What do you do? # decision: pr_cav Verify the tip, file it tonight, or let it lie
* [Verify it first: the counter, the tins, the man who bought them]
    ~ pr_cav = 2
    You go to bed with a list. CHECK IT. THEN CHECK WHO TOLD YOU. THEN CHECK WHY. In the morning you will find out how big the thing really is. # fiction
    -> pr_d02
* [File it tonight, before anyone else does]
    ~ pr_cav = 1
    -> pr_file_fast
* [Let it lie: it is a bar joke, and there is a war]
    ~ pr_cav = 0
    ~ pr_dropped = true
    ~ common_adjust(reputation, 1)
    You close the notebook. Somewhere west of here, a great deal of men are dying tonight, and you are being asked to care about the Prime Minister's breakfast. You have seen the hospital, the queue, the sandbags. The caviar can be somebody else's story. # fiction
    It is not quite that simple, and you know it. A true story about what the great men eat while the country queues is not nothing. But a week only has so many cables in it, and you choose where to spend yours.
    -> pr_d02

= pr_file_fast
You go up to your room, feed paper into the typewriter, and write it in forty minutes, the way you wrote in Fleet Street when the presses were waiting. # date: 1 October 1941 # location: Hotel Metropol, your room # fiction
-> pr_draft(false) ->
At two in the morning you take it across to the press department's night desk. The night man reads the first line, raises an eyebrow a sixteenth of an inch, and puts it in a tray. # fact: palgunov_censor # fiction
"Tomorrow," he says. # speaker: The night censor
-> pr_d02

// Writing the caviar story: the figure and the attribution. Used by the fast and the careful path.
=== pr_draft(exact) ===
The lead comes easily: while the delegates of three nations settled the supply of a war, a messenger of the British mission was sent out to buy caviar for the Prime Minister. # fact: caviar_purchase
{
- exact && pr_knows_tins():
    ~ pr_figure = 1
    ~ common_adjust(reputation, 1)
    The figure is the one you found yourself: four tins, a kilo each, bought at the counter downstairs on the afternoon of 30 September. No crate. No pounds, of either kind. # fiction
    -> attribution
- exact:
    ~ pr_figure = 0
    You have no figure you found yourself, so you print none: caviar was bought for the Prime Minister, and that is all you know. # fiction
    -> attribution
}
The figure does not come easily at all.
* {pr_knows_tins()} [Four tins: what the evidence shows]
    ~ pr_figure = 1
    ~ common_adjust(reputation, 1)
    You write "four tins" and, if you have the weight, the weight. It is a smaller story. It is a story that will stand up. # fiction
* [Twenty-five pounds' worth: the figure the bar settled on]
    ~ pr_figure = 2
    ~ common_adjust(standing, 1)
    You write "some twenty-five pounds' worth". It sounds precise. It came from an agency man doing sums in his head at a bar. # fact: caviar_purchase
* [A crate, a hundred pounds' worth: the figure with teeth]
    ~ pr_figure = 3
    ~ common_adjust(standing, 2)
    ~ common_adjust(reputation, -1)
    You write "a crate of caviar, said to be worth a hundred pounds". It bites. Whitcombe will put it on the front page. You try not to think about who said it, and how many drinks in. # fiction
* [No figure: caviar was bought for the Prime Minister, and leave it there]
    ~ pr_figure = 0
    You write "a quantity of caviar" and nothing more. What you are sure of is that it was bought, and for whom. The rest you leave to people with receipts. # fiction
- (attribution) Then the attribution: the line every reader skips and every official reads first.
* [According to "a source close to the missions"]
    ~ pr_attrib = 1
    You write "a source close to the missions". It could be anyone in Moscow who owns an overcoat. That is the point. # fiction
* [According to "an American member of the mission"]
    ~ pr_attrib = 2
    {
    - pr_source == "marsh":
        ~ pr_expose(2)
    }
    You write "an American member of the mission". It gives the story weight: a neutral witness, almost. It also narrows the field to a few dozen men, {pr_source == "marsh": one of whom you bought a drink tonight, and who asked you to keep him out of it|all of whom will now be looked at for something one of your own countrymen said}. # fiction
* [According to "a junior official of the British Embassy"]
    ~ pr_attrib = 3
    {
    - pr_source == "fenwick":
        ~ pr_expose(2)
    }
    ~ common_adjust(trust_embassy, -1)
    You write "a junior official of the British Embassy". It is the kind of phrase that makes a story sound inside. It also tells Lord Beaverbrook exactly which corridor to walk down{pr_source == "fenwick":, and at the end of that corridor is a third secretary with a mother in Shropshire|, and it is the wrong corridor: your man was an American}. # fiction
- You read it through once. It is good copy. Whether it is a good story is a different question, and there is no sub-editor in Moscow to ask.
->->
