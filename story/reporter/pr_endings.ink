// The five endings of the reporter role, decided by pr_compute_ending(), and the reporter's debrief.

=== pr_endings ===
~ pr_ending = pr_compute_ending()
{
- pr_ending == "burned":
    -> pr_end_burned
- pr_ending == "scar":
    -> pr_end_scar
- pr_ending == "protected":
    -> pr_end_protected
- pr_ending == "spiked":
    -> pr_end_spiked
- else:
    -> pr_end_bigger
}

= pr_end_burned
{pr_source_act == 3: You gave Major Lacey a name at ten past six in the morning, and a man who trusted you paid for it.|You gave Major Lacey half a name, and half a name was enough.} # CLEAR # date: 7 November 1941 # location: Kuibyshev # ending: pr_burned_source Burned Source # fiction
~ objective_met = false
From your notebook, Kuibyshev, 7 November: # fiction
"I have written a great many stories this autumn, and one sentence that was not a story at all. I said it to a Major in my dressing gown because he had twenty minutes and I wanted him gone, or wanted to be thought helpful, or could not bear to be the only one in the room who knew. {pr_named != "": I said {pr_named}.|I said which side of the table.} It was a joke at a bar; the name would have come out anyway; Beaverbrook would have guessed. All true. None of it the reason. Nobody in Moscow will tell me anything now, and they are right. Jordan, they say, would not name anyone. I used to think that was stubbornness. It was the job." # fiction
-> pr_debrief

= pr_end_scar
Your caviar story ran, under your name, and it had the wrong number in it. # CLEAR # date: 7 November 1941 # location: Kuibyshev # ending: pr_scoop_and_scar Scoop and Scar # fiction
~ objective_met = false
From your notebook, Kuibyshev, 7 November: # fiction
"The story was true and the figure was false, and the figure is what everybody remembers. {pr_figure == 3: A crate.|Twenty-five pounds.} I had it from a bar, a few drinks in, from a man who {pr_evidence ? pr_ev_dollars: told me to my face it might have been dollars|was only repeating what he'd heard}. {pr_knows_tins(): I even knew it was four tins, and I sent the bigger number anyway, because the bigger number bit.|I never went down the stairs to the counter to look.} Whitcombe has forgiven me, because it sold. The Ministry has not, and will not, and the next time I cable a press officer in London with a true story he will remember {pr_figure == 3: the crate|the twenty-five pounds}. A scoop lasts a day. A scar lasts. I kept my source; I did not keep the facts. I am not sure which matters more, and I am not sure I am allowed to choose." # fiction
-> pr_debrief

= pr_end_protected
Your caviar story ran, it was right, and you would not tell anyone where it came from. # CLEAR # date: 7 November 1941 # location: Kuibyshev # ending: pr_protected_source Protected Source # fiction
~ objective_met = pr_true_story_out() && not pr_late
From your notebook, Kuibyshev, 7 November: # fiction
"{pr_figure == 1: Four tins.|Caviar for the Prime Minister, and no number, because I had no number I could stand behind.} That is what I printed, and the Ministry has confirmed it, more or less, by complaining about everyone else's figure. Lacey wanted a name and did not get one. The embassy has not asked me to a reception since, and I am told His Lordship says my name the way other men say 'Bolshevik'. Doors close. {pr_late: And I sent it round the censor, which the press department has not forgotten; there is a price for that too, and Vera is the one who pays it in small coin every day.|I sent it through the censor, and it came out whole.} {pr_source_name()} still speaks to me. That is the whole of my reward, and it is enough." # fiction
-> pr_debrief

= pr_end_spiked
Your caviar story never left Moscow. The censor's blue line saw to that. # CLEAR # date: 7 November 1941 # location: Kuibyshev # ending: pr_spiked Spiked # fiction
~ objective_met = pr_true_story_out() && pr_source_act != 3
From your notebook, Kuibyshev, 7 November: # fiction
"Jordan's story got out and mine did not, and nobody will ever tell me why. A different censor, a different hour, a different sentence. {pr_censor == 1: I cut it myself, in the end, to save the rest; that was the bargain on the table, and I took it.}{pr_censor == 2: I fought for it, and lost.}{pr_censor == 3: I tried to send it round him, and could not.} I used to think the censor was a wall. He is more like weather: you learn the seasons, you learn what grows. In wartime, true things travel slowly, and some of them never arrive. {pr_figure >= 2: And, God help me, mine had the wrong number in it. The blue pencil may have saved me from myself.|What I had was right. It is in a drawer in an empty building in Moscow, and it is still right.}" # fiction
-> pr_debrief

= pr_end_bigger
You let the caviar go, and wrote the war instead. # CLEAR # date: 7 November 1941 # location: Kuibyshev # ending: pr_bigger_story The Bigger Story # fiction
~ objective_met = pr_true_story_out()
From your notebook, Kuibyshev, 7 November: # fiction
"Everybody in Fleet Street had the caviar except me. I had Moscow: {pr_day30 == 1:the hospital with the children's drawings on its walls, }the city bracing for the blow{pr_moscow:, the sixteenth of October, the ash in the courtyards}, the long road east, as much of it as the censor would let through. Whitcombe grumbled and ran it on page one. {pr_cav == 2 && pr_knows_tins(): I checked the caviar first; I knew it was four tins and a frightened man, and I decided four tins was not the story of a week in which the Germans came so close to Moscow.}{pr_cav == 2 && not pr_knows_tins(): I meant to check the caviar, and then the war got in the way, and I let it.}{pr_cav == 0: I never even checked the caviar. It may have been a story. It was not mine.} Somewhere a historian will find Jordan's story and think the conference was about fish. I hope he finds mine too." # fiction
-> pr_debrief

// True when something honest and your own got past the censor: the caviar with a figure you could
// show, three pieces on the war itself, or your own reading of the conference held to what you knew.
=== function pr_true_story_out()
~ return (pr_published && pr_copy_matches_evidence()) || pr_front >= 3 || (pr_comm == 2 && pr_tone == 3)

=== pr_debrief ===
-> common_debrief ->
Your week, as history and as invention # CLEAR # fiction
History, in this playthrough: the missions' arrival on 28 September and Vyshinsky on the airfield; the half-hour opening at the Spiridonovka and the six committees; Quentin Reynolds and Vernon Bartlett drafting the official communique, though nobody knows why; the Protocol of 1 October; the press conference of 2 October at the Hotel National, with Beaverbrook exuberant; the departure by Douglas aircraft on 3 October; the evacuation to Kuibyshev; Lozovsky's briefing there; Stalin's speech of 6 November. # fact: spiridonovka_opening # fact: plenary_thirty_minutes # fact: communique_reynolds_bartlett # fact: press_conference_oct2 # fact: evacuation_kuibyshev
{
- pr_comm == 2:
    On communique day you filed your own reading of the half-hour plenary rather than lean on the official text. The plenary's half hour rests on one later account; your reading of it is yours. # fact: plenary_thirty_minutes # fiction
- else:
    On communique day you built your story on the official text Reynolds and Bartlett drafted, as most of the press corps will have done. # fact: communique_reynolds_bartlett
}
History too: the correspondents' life at the Metropol, their ambassador's rations, and the press department of the Foreign Commissariat reading every word they wrote. # fact: metropol_press_corps # fact: metropol_rations # fact: palgunov_censor
{
- pr_trucks == 1:
    You printed "10,000 trucks a month". That figure appears in a later encyclopedia article but not in Harriman's cable of 3 October listing the quantities; this game has not checked it against the Protocol itself. Treat it as unconfirmed. # fact: trucks_figure
- else:
    You kept "10,000 trucks a month" out of print, or without a number. That figure appears in a later encyclopedia article but not in Harriman's own list of 3 October: it is unconfirmed. # fact: trucks_figure
}
{
- pr_tone == 1:
    You called the Kremlin nights a triumph, as Beaverbrook and most correspondents did at the time. Churchill, in his memoirs, called the reception bleak. Historians weigh both. # fact: bleak_vs_triumph
- pr_tone == 2:
    You wrote the Kremlin nights as hard bargaining. An American account published after the war describes a tense second night, but at the time most reports called the conference a triumph. Historians weigh both. # fact: second_kremlin_tense # fact: bleak_vs_triumph
- else:
    You wrote the Kremlin nights without a verdict, and "two or three" meetings. The sources still disagree on the number, and on whether the mood was bleak or a triumph. # fact: kremlin_meetings_count # fact: bleak_vs_triumph
}
Invented: Peg Soames and The Clarion, Sam Whitcombe, Vera Lebedeva, Giles Fenwick, Ed Marsh, Dot Pryce, Arthur Nye and Major Lacey; the joke at the bar, the counter's ledger, the receipt, the four tins; Whitcombe's cables and every headline or Ministry statement in them; every conversation with the censor; your question in the corridor of the National; and all that happened afterwards to the invented people. Real people appear only doing what the record shows. # fiction
{
- pr_day30 == 1:
    The hospital in the school, the nurse and the boy who asked about a second front are invented, though Stalin's request and Churchill's refusal are not. # fact: churchill_reply_sep4 # fiction
}
{
- pr_censor == 3:
    Sending copy round the censor in a friend's luggage or an embassy bag is invented here; it would have risked a correspondent's accreditation. # fiction
}
{
- pr_moscow:
    Staying behind in Moscow is invented: the foreign correspondents were sent to Kuibyshev with the diplomats, and the panic of 16 October is seen here through fictional eyes. # fact: moscow_panic_oct16 # fiction
- else:
    Like the real correspondents, you went east to Kuibyshev with the diplomats. The details of the train are invented. # fact: evacuation_kuibyshev # fiction
}
The mystery, as your notebook saw it: you found {clues} clues. # fiction
{
- pr_theory == 1:
    You named Giles Fenwick in your notebook. In this game's fiction he did tell the errand first, as a joke; whether a joke at a bar is a "source" is the real question. Nothing you found proves he gave it to any paper. # fiction
- pr_theory == 2:
    You named Ed Marsh in your notebook. In this game's fiction he did inflate the figure; {pr_evidence ? pr_ev_dollars: he even told you his "hundred" might have been dollars.|you never asked him where his "hundred" came from.} Nothing you found proves he gave it to any paper. # fiction
- pr_theory == 3:
    You named Dot Pryce in your notebook. She is this game's red herring: suspected because she knew. {pr_evidence ? pr_ev_cipher: Your own clue says the telegram she decoded had no quantity in it, so none of the figures came from her.|Had you asked Lacey about the telegram, you would have learned that it had no quantity in it at all.} # fiction
- pr_theory == 4:
    You named Arthur Nye. In this game's fiction he bought the tins, on orders, and kept the receipt. Buying is not leaking; a bad liar is not a source. # fiction
- else:
    You wrote that nobody could be proved. That is the honest answer in this game, and it is the answer of history: the real source was never identified. # fact: jordan_refused_source
}
{
- objective_met:
    Your private objective, a true story past the censor without burning anyone who trusted you: met. # fiction
- pr_source_act == 3 || (pr_source_act == 2 && pr_exposure >= 2):
    Your private objective: not met. You got stories out, but someone who trusted you paid for it. # fiction
- pr_published && pr_figure >= 2:
    Your private objective: not met. What got out had a false figure at its heart. # fiction
- pr_late:
    Your private objective: not met. The story was true, but it went round the censor, not past it. # fiction
- else:
    Your private objective: not met. Nothing true of yours made it past the censor in a form you could stand behind. # fiction
}
-> pr_questions

= pr_questions
Questions to discuss # fiction
{
- pr_ending == "burned":
    1. Jordan refused to name his source. What did you gain by naming yours, and who paid for it?
    2. Lacey's inquiry was not a court. Does that make giving a name to it more or less serious?
    3. Beaverbrook blamed "younger embassy officials" without proof. How does one name, given under pressure, change an inquiry like that?
    4. Is there any situation in which a journalist should reveal a source? Where would you draw the line?
- pr_ending == "scar":
    1. Your story was true in substance but false in its figure. Which part did readers remember, and why?
    2. The figure grew from "tins" to "a crate" in one minute at a bar. Trace how a number changes as it passes from person to person.
    3. Jordan's £25 is the only figure on record, and it was too high. How would a historian try to find the real amount?
    4. Was the caviar story news? Weigh fairness at home, under rationing, against Allied unity in wartime.
- pr_ending == "protected":
    1. You kept your source and lost access. Was the trade worth it for you, and for your readers?
    2. Why might a source matter more to a reporter than any single story?
    3. Jordan, too, refused to name his source. What are the limits of that duty?
    4. Your story was smaller than Jordan's £25. Why do smaller, truer numbers so often travel less far?
- pr_ending == "spiked":
    1. Jordan's caviar story got out of Moscow and yours did not. Nobody knows how his got past the censors. What might explain the difference, and why can we not know?
    2. How did censorship, and the rule that correspondents live at the Metropol, shape what the West learned about the Soviet Union in 1941?
    3. Reynolds later wrote of his battles with the censors. Is a censored truth still worth sending? # fact: reynolds_censors
    4. What reaches the history books when some stories never get out?
- else:
    1. You chose the war over the caviar. Was the caviar story news? Weigh public interest against proportion.
    2. The conference ended on 1 October; two weeks later the government was leaving Moscow. What does that say about the pressure everyone was under?
    3. Cassidy called his chapter "Caviar Conference". How can a small scandal come to name a large event? # fact: cassidy_caviar_conference
    4. Which parts of your playthrough were history and which were invented? How did the game signal the difference?
}
-> END
