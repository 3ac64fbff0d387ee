// The ending, decided from the whole playthrough; the epilogue in Lowell's voice; the debriefs.

=== us_ending_decide ===
~ us_ending = us_compute_ending()
~ objective_met = us_promise <= -2
{
- us_ending == "smuggler":
    -> us_end_smuggler
- us_ending == "back_channel":
    -> us_end_back_channel
- us_ending == "enthusiast":
    -> us_end_enthusiast
- else:
    -> us_end_realist
}

=== us_end_realist ===
You kept the numbers honest, and the numbers kept you. # CLEAR # date: November 1941 # location: London # ending: us_realist Realist # fiction
{
- us_transport == 2:
    Your one generous word, "deliver", lies under the Admiral's pencil line. Everything else you wrote could be shipped. You have had to explain that word exactly once, to yourself, and you did not enjoy it.
- us_transport == 3:
    Your thirty days were trimmed higher up to a general offer of help, but the study you asked for was done, and the ships in it were real ships.
- else:
    The word in the transport paragraph was "help", and you have never had to explain a word you wrote.
}
{
- us_final_memo == 2:
    When the first shipments fall behind the protocol, as they do, your hopeful London note is the one page of yours you would like back. But the gap they find is the gap you measured on the way out, and the Admiral, who kept your figures, is not surprised. # fiction
- else:
    When the first shipments fall behind the protocol, as they do, nobody in the American offices is surprised, because the Admiral's note arrived in Washington before the excuses did. It does not make the ships come faster. It makes the people waiting for them know the truth sooner, which in a war is not nothing. # fiction
}
In February the Admiral is named ambassador to the Soviet Union. He will go back to Moscow, to Kuibyshev, to the whole cold business, and he asks whether you would care to come. You find that you would. # fact: standley_ambassador # fiction
Sorokin, if he is alive, thinks the Americans are slow and honest. You have decided that is the best thing a foreigner has ever thought of you. # fiction
-> us_after_ending

=== us_end_enthusiast ===
You gave the Russians warm words, and the warm words went out ahead of the ships. # CLEAR # date: November 1941 # location: London # ending: us_enthusiast Enthusiast # fiction
{
- us_transport == 2:
    Your "deliver" was struck out by the Admiral's pencil, and history will never know it was written. Sorokin knows. So do you.
- us_loan == 1:
    Your word about credit turned out right, a month later, from the President's desk. That is what makes it dangerous: you will be tempted to do it again, and next time it will not be true.
- else:
    Every doubtful month you touched, you let fall on the side of yes. You meant every one of them.
}
In the first months, what actually leaves American ports falls behind what the protocol lists. Factories are still converting. Ships are short, escorts shorter, and the northern ports are closing with ice. # fiction
{
- us_memo == 1:
    You knew. You wrote it yourself on the voyage out, in the right-hand column, and then spent the week being kinder than your own arithmetic. # fiction
- else:
    Your own tables could have told you, in the column you never added. # fiction
}
No one in Moscow blames a lieutenant. They blame America, which is worse, because it is partly fair. The gap is not your doing. But you helped to make it look smaller than it was, and a gap that looks small is a gap nobody hurries to close. # fiction
You do not regret wanting to give everything. You regret saying it before you could. # fiction
-> us_after_ending

=== us_end_back_channel ===
You became the man Mr. Harriman's office calls when it wants something done without a file. # CLEAR # date: November 1941 # location: London # ending: us_back_channel Back-Channel # fiction
{
- us_night28 == 1:
    It began with a cold car outside the Kremlin gate on the first night, and a young man who remembered that you were there.
- us_checked_answers:
    It began with a pencil mark in the Russian answers at five in the morning, and your name written on the corner of a folder.
- else:
    It began with a question carried to the right office at the wrong hour.
}
{
- us_private_list == 2:
    Then there was the list of open figures, read by a man shaving, that your own Admiral never saw.
- us_trucks == 3:
    Then there was the truck figure, taken quietly across a corridor instead of fought over in the open.
// Three acts off the channel are needed and the loan and the final note give at most two, so
// without the list or the trucks it was Marsh (us_marsh == 2).
- else:
    Then there was Ed Marsh, handled quietly, with no name in anyone's file.
}
By November there is a desk for you in Harriman's London office, and the Admiral, who is not a fool, has let you go to it with a dry word of congratulation that you will turn over in your mind for years. # fiction
{standing >= 6: He means it kindly, you decide. He has seen enough admirals' aides to know that some of them are made for the bridge and some for the engine room. | He does not quite mean it kindly. You went round him more than once, and he noticed every time. }
Channels are useful. A great deal of this war will be carried on through them: notes that skip a desk, questions put to the right man at the wrong hour, figures corrected before anyone has to admit they were wrong. You are good at it. You are also, now, someone whose name is on nothing. # fiction
{us_promise <= 0: You used the channel to carry true numbers. That is what you will tell yourself, and it will be true. | You used the channel, sometimes, to carry hopeful numbers faster than the true ones. You will try not to think about that too often. }
-> us_after_ending

=== us_end_smuggler ===
You carried the Prime Minister's caviar home from Russia and lied to a British major about it, and you will dine out on it for forty years. # CLEAR # date: November 1941 # location: London # ending: us_smugglers_mate Smuggler's Mate # fiction
{us_tins == 3: You put the tins back on Nye's bunk in the dark, and in the morning they were found, and nobody could say how. Lacey knew. You know he knew. He let it go, because four tins found are better than four tins argued over. | You handed the parcel over on a Scottish quay to a small Englishman who would not look at you. Lacey never found it. He never wrote your name in ink. He never rubbed out the pencil either. }
{us_parcel == 2: You never even looked inside. You will say that afterwards, as if it were a defence. | You looked inside. You saw four tins. You carried them anyway. }
{us_marsh == 1: The joke is that you had already told the Admiral about Ed Marsh; you were the honest man of the caviar affair for about a day, and then a frightened Englishman handed you a scarf. | You did it for Ed, or for Nye, or because someone asked you and you could not see the harm. There was not much harm. That is the trouble with it. }
It is not a crime. Nobody was cheated of anything but a story. But it is the first time in your life you have carried something you were told not to look at, past someone whose job was to ask. You learn how easy it is. That is the thing you take home from Russia, along with the tables. # fiction
-> us_after_ending

=== us_after_ending ===
+ [What really happened]
    -> common_debrief ->
    + + [Your own record: history and invention]
        -> us_debrief

=== us_debrief ===
History and invention in your playthrough. # CLEAR # fiction
History: the voyage in HMS London and the flight to Moscow; Vyshinsky at the airfield; the ambassadors leaving the first Kremlin meeting; the half-hour opening at the Spiridonovka and its six committees; the First Protocol of 1 October; help with transport but no commitment; financing left open until Roosevelt's billion dollars on 30 October. # fact: hms_london_voyage # fact: cripps_withdraws # fact: six_committees # fact: protocol_signed # fact: no_transport_commitment # fact: fdr_billion
Disputed: whether "Caviar" was ever the conference's codename or only the correspondents' nickname; two Kremlin meetings or three; the 10,000 trucks a month that Harriman's own cable does not contain; the date and place of the Harrier transfer; a "bleak" reception or a triumph. # fact: caviar_codename # fact: kremlin_meetings_count # fact: trucks_figure # fact: harrier_transfer # fact: bleak_vs_triumph
Invented: Henry Lowell, Ed Marsh, Pavel Sorokin, Walter Pruett, Hugh Lacey, Arthur Nye, Giles Fenwick, Dot Pryce, Vera Lebedeva and Peg Soames; every conversation with a real person; the Metropol counter and the bar, the scarf and the four tins, the inquiry at sea. # fiction
{
- us_transport == 2:
    Your "will deliver" and the Admiral's pencil through it are invented; the record keeps only the final offer of help. # fiction
- us_transport == 3:
    Your thirty-day shipping study is invented; the record keeps only a general offer of help. # fiction
- else:
    Your "will help" matches the record; a lieutenant drafting it is invented. # fiction
}
{
- us_loan == 1:
    Your hint at credit is invented: no record says anyone on the mission hinted at a loan. # fiction
- us_loan == 3:
    The question about credit you carried to Harriman's office is invented. # fiction
- else:
    Your silence on money matches Harriman's cable: purchases allowed, financing undecided. # fiction
}
{
- us_parcel == 2 || us_parcel == 3:
    The parcel you carried is invented; the record says only that Standley crossed first and Beaverbrook crossed roped. # fact: harrier_transfer
- else:
    Standley crossing first is in the record; your hand at his elbow is invented. # fact: harrier_transfer
}
In this story {us_named == 1: you named Ed Marsh|{us_named == 2: you named Giles Fenwick|{us_named == 3: you described a chain and named no one|you named nobody}}}, with {clues} clues in your notebook. In history, nobody was ever shown to be the source. # fact: jordan_refused_source
{
- objective_met:
    Your private objective, that nothing America promised here should be a promise it could not ship: met. # fiction
    {
    - us_transport == 2 || us_loan == 1 || us_trucks == 2 || us_press == 2:
        Not everywhere, though: somewhere in the week you let a generous word through, and other people's caution kept it from counting. # fiction
    }
- else:
    Your private objective, that nothing America promised here should be a promise it could not ship: not met. More than once a generous word went further than the ships could. # fiction
}
Questions to discuss: # fiction
{
- us_ending == "realist":
    1. Lowell's careful words disappointed Sorokin, whose brother was at Kiev. Is it kinder to promise less and deliver it, or to promise what is needed and try? # fiction
    2. Beaverbrook told the Lords they had promised exactly what Stalin asked for. Harriman's cable promised help with transport, not delivery. Which approach served the alliance better in October 1941, and which in 1942? # fiction
    3. The figure of 10,000 trucks a month is in reference books but not in Harriman's cable. How would you find out which is right, and why might the bigger number have survived? # fiction
    4. Your playthrough was tagged line by line as fact or fiction. Where did the invented parts help you understand the real ones, and where might they mislead? # fiction
- us_ending == "enthusiast":
    1. Lowell wanted the Russians to have everything. Why can generous promises do harm even when they are sincere? # fiction
    2. Harriman is reported to have told his team to give without asking anything in return, but the source is secondary. How should a historian treat a quotation like that? # fiction
    3. Roosevelt's billion-dollar offer came a month after the conference. Does it matter who says a thing first, if it turns out to be true? # fiction
    4. Beaverbrook's exuberance and Churchill's later "bleak" account describe the same week. Why might people who were there remember it so differently? # fiction
- us_ending == "back_channel":
    1. Lowell did useful work by going around his own chief. When is a back channel good for an organisation, and when is it corrosive? # fiction
    2. Beaverbrook asked the ambassadors to leave the room; Harriman agreed. What did the missions gain and lose by working around their embassies? # fiction
    3. Back channels leave fewer papers. How does that make a historian's job harder, and what sources might fill the gap? # fiction
    4. Which of your choices in this playthrough would appear in an archive, and which would vanish? # fiction
- else:
    1. Carrying four tins of caviar was not a crime. Why did it still matter who carried them and who knew? # fiction
    2. Beaverbrook blamed younger embassy officials without proof, and the real source was never found. What are the dangers of an inquiry that already knows whom it suspects? # fiction
    3. Was the caviar story news in 1941? Weigh British rationing and public fairness against Allied unity in wartime. # fiction
    4. The story's figure grew from four tins to a crate. How do numbers change as they pass from person to person, and how can you check them? # fiction
}
-> END
