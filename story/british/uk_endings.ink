// October - November 1941: home, the news from Moscow, the endings and the debrief.

=== uk_homecoming ===
The mission is back in London by about the tenth of October, and Lord Beaverbrook tells the press that Britain will not ask Russia to pay for the munitions. # CLEAR # date: 10 October 1941 # location: London # fact: missions_back_london
London is London: a bomb gap where the tobacconist was, and a queue outside the butcher's as long as any in Moscow. # fact: rationing_britain
* [Go home to your mother first]
    Your mother opens the door in her apron and says "Oh," and then nothing for a while. She has saved a rasher of bacon for a week against your coming. # fiction
    "Did they feed you?" she asks. "The Russians?" # speaker: Mrs Arden
    * * [Tell her about the Metropol dining room]
        You tell her about the white cloths and the silver dish of caviar. "Well," she says. "I expect they wanted to make a good impression." # fiction
    * * [Tell her about the queues]
        You tell her about the women queueing in the Moscow streets, with the front a day's drive away. "Queues are queues," she says. "Poor souls." # fiction
    * * [Tell her you can't talk about it]
        "I can't really talk about it, Mum." She nods as if you had told her a great deal. In this war, "can't talk about it" is a kind of news. # speaker: Thomas Arden # fiction
* [Report to the Ministry first]
    You go straight to the Ministry with the bag still chained to your wrist, sign it over, and only then discover that you are shaking. # fiction
- -> uk_october_news

=== uk_october_news ===
You are back in a Whitehall office, minuting what was promised in Moscow. # date: 11 October 1941 # location: Ministry of Supply, London # fiction
Beaverbrook has reported that the agreement lifted Moscow's spirits; Churchill has told Stalin that convoys will sail every ten days. On the eleventh PQ 1 reaches Archangel without loss, with twenty tanks and nearly two hundred crated Hurricanes. # fact: beaverbrook_morale_report # fact: churchill_convoys_oct6 # fact: pq1_arrives
{uk_promise == 2: Hurricanes. Not Spitfires. Your magnificent column has met the Arctic and come out the size of what existed.}
{uk_promise == 1: Hurricanes, in crates. Your gap between "asked" and "available" has begun to show, exactly where you put it.}
{uk_promise == 0: Hurricanes, in crates, as the Air Ministry's grey schedule said. Nobody thanks a forecast.}
On the twelfth Beaverbrook broadcasts on the BBC: committees by day, the Kremlin by night, answers typed in Russian and handed to Stalin, late meetings at the embassy. Your week, told as an adventure, with you left out, as is proper. # fact: beaverbrook_broadcast # fact: pre_typed_answers # fact: late_embassy_meetings
There is no word about the embassy, and none, of course, about caviar. # fact: cripps_withdraws
-> uk_moscow_falls_silent

=== uk_moscow_falls_silent ===
Then the news from Russia turns. # date: 16 October 1941 # location: London # fact: typhoon_begins
The offensive that began while you were packing has broken through. In mid-October ministries and the diplomats are moved east, to Kuibyshev on the Volga, and behind them, for a day or two, Moscow panics. # fact: typhoon_begins # fact: moscow_panic_oct16 # fact: evacuation_kuibyshev
-> uk_the_bag

= uk_the_bag
In early November a letter reaches you through the Foreign Office bag, postmarked nowhere, written in a hand you know. # date: 3 November 1941 # location: London # fiction
{
- uk_inquiry == 2 and uk_pointed_at == "Giles Fenwick":
    It is from Dot Pryce. It is short. # fiction
    "They asked Giles about the caviar, by telegram, in Kuibyshev, in a railway carriage. He says it came from your file. He is being sent home at the end of the year; nobody says why. I thought you should know what a typed line does, at the other end. We are all right. It is cold. The Russians held their first press conference here on the twenty-second, and the correspondents complained about the food. D.P." # speaker: Dot Pryce # fact: lozovsky_kuibyshev
- uk_inquiry == 2 and uk_pointed_at == "Dot Pryce":
    It is from Giles Fenwick. # fiction
    "Dot has been taken off cipher work pending 'enquiries'. In Kuibyshev. In a railway carriage. She knew because it was her job, Arden, and now knowing is a crime. I hope you sleep well. I'm told you do. G.F." # speaker: Giles Fenwick
- trust_embassy >= 6:
    It is from Giles Fenwick, and it is, for him, almost warm. # fiction
    "Kuibyshev: a provincial town pretending to be a capital, which makes two of us. Dot has a cellar and is happy. The correspondents had their first press conference on the twenty-second and were fed, which was the news. Your Lord has told the Lords he promised Stalin everything. Good. Somebody must now send it. G.F." # speaker: Giles Fenwick # fact: lozovsky_kuibyshev
- else:
    It is from Dot Pryce, and it is polite. # fiction
    "We are in Kuibyshev. The ledger came with us. Everything is in it. I hope you are well and that London is warm. D.P." # speaker: Dot Pryce
    There is nothing else. You read "everything is in it" several times.
}
-> uk_november

=== uk_november ===
On the twenty-third of October Lord Beaverbrook tells the House of Lords that the missions promised exactly the figures for tanks and aircraft that Stalin asked for, and that Stalin called this a war of tanks. # date: 7 November 1941 # location: London # fact: lords_speech
At the end of the month Roosevelt offers a billion dollars of supplies, free of interest; Stalin accepts on the fourth of November. Who pays has been answered in Washington. # fact: fdr_billion # fact: us_financing_open
On the sixth, underground in the Mayakovskaya metro station, Stalin gives his anniversary speech. He cites the Moscow conference and the American loan as proof that the coalition against Hitler is real. # fact: stalin_nov6_speech
-> uk_decide_ending

=== uk_decide_ending ===
{
- uk_leaked:
    -> uk_end_leaker
- uk_inquiry == 1:
    -> uk_end_scapegoat
- uk_inquiry == 0 and uk_suspicion >= 4:
    -> uk_end_scapegoat
- uk_inquiry == 2 and uk_suspicion >= 5:
    -> uk_end_scapegoat
- standing >= 5 and trust_embassy >= 5:
    -> uk_end_trusted
- standing >= 7:
    -> uk_end_beaverbrook
- else:
    -> uk_end_quiet
}

=== uk_end_leaker ===
~ uk_ending = "uk_leaker"
The file on the caviar closes in November with the word "exaggerated" and no proven source. But you know one of the mouths the story came out of, because it was yours. # ending: uk_leaker The Leaker # fiction
You said it at {uk_leak_when}. Perhaps Jordan had it from someone else; the story was loose in half the bars in Moscow. You will never be able to find out.
{uk_inquiry == 1: You took the blame at the inquiry, and it was the blame you had earned, and it still felt like a lie, because you told it as a sacrifice and it was a confession.}
{uk_inquiry == 2: You gave Major Lacey {uk_pointed_at}'s name, knowing what you had said yourself. That is the part you will take out and look at in the small hours.}
{uk_inquiry == 3: You gave Major Lacey the facts, and the facts protected everyone, including you. It was the right thing to give him. You were not the right person to be giving it.}
{uk_inquiry == 0: You said nothing at the inquiry. Silence is easy when you are the only one who knows.}
{uk_grievance >= 2: You did it, you tell yourself, for your mother's queue. That is partly true.}
Here the game names a source, and it is fiction: a story about one invented clerk. In history, nobody ever found out.
-> uk_after_ending

=== uk_end_scapegoat ===
~ uk_ending = "uk_scapegoat"
In November the Private Secretary calls you in and tells you, kindly, that you will not be going abroad again with His Lordship's office. Your name is on the caviar file, at the top. # ending: uk_scapegoat Scapegoat # fiction
{uk_inquiry == 1: You put it there yourself. You wanted the file to close, and it has. Fenwick, Dot, the chancery: nobody at the embassy will be troubled now.}
{uk_inquiry != 1: You did not put it there. Others did: the supper, the bar, the parcel on the gangplank, every small moment when your face was nearest to the fish. Major Lacey could not find a source, so he found a likeliest.}
{uk_inquiry == 2: {uk_pointed_at}'s name is in the file too, lower down, with a note that the witness who offered it had reasons of his own. Names given too readily tend to come back to the giver.}
{uk_nye_trust >= 3: Arthur Nye writes to you from the Ministry: a short note, badly spelled, saying it should have been him and it wasn't right. You keep it.}
Beaverbrook blamed the young men of the embassy; in your story, the blame found a young man of the mission instead. Either way, it fell on the juniors, and it fell without proof. # fact: beaverbrook_blamed_juniors
-> uk_after_ending

=== uk_end_trusted ===
~ uk_ending = "uk_trusted_hand"
~ objective_met = true
In November the Private Secretary asks whether you would care to go out again in the spring with the supply people. The same week, the chancery in Kuibyshev asks, through the bag, when you are coming back. # ending: uk_trusted_hand Trusted Hand # fiction
The caviar file, you are told, closes with the word "exaggerated", and your name is not in it.{uk_inquiry == 3: The evidence in it is yours; Lacey credited it to "a member of the mission staff".} # fact: amount_exaggerated
{uk_promise == 1: The Air Ministry remembers your two columns. So, it turns out, does the Private Secretary.}
{uk_embassy_line == 1: The embassy remembers the morning the Ambassador got a paper.}
{uk_embassy_line == 2: The embassy remembers who told the Ambassador, by breakfast, what had happened up the hill.}
{uk_inquiry == 2: You gave Major Lacey {uk_pointed_at}'s name. Nobody at the embassy has mentioned it to you yet.}
You kept faith with two houses that did not trust each other, and neither of them caught you at it. That, you are beginning to understand, is most of the job.
-> uk_after_ending

=== uk_end_beaverbrook ===
~ uk_ending = "uk_beaverbrooks_man"
In November His Lordship's office asks for you by name. You are to be a private secretary's assistant: a real job, a door with your name on a card. # ending: uk_beaverbrooks_man Beaverbrook's Man # fiction
The letters from Kuibyshev stop, if they ever started. In the chancery, you are told, you are remembered as "Beaverbrook's man", and it is not a compliment there.
{uk_inquiry == 2 and uk_pointed_at == "Giles Fenwick": The caviar file ends with a young man from the embassy, as His Lordship wished. You helped it end there.}
{uk_promise == 2: You gave him the Spitfires on paper. He liked that. It is not your fault there were none to send; it is not not your fault, either.}
You are loyal, you are quick, and you are useful to a great man. You wanted to be trusted by both houses. One will do, you tell yourself. It does, nearly.
-> uk_after_ending

=== uk_end_quiet ===
~ uk_ending = "uk_quiet_professional"
In November you go back to the Ministry of Supply and a desk by a window that closes. Nobody sends for you. # ending: uk_quiet_professional Quiet Professional # fiction
The caviar file does not mention you. Nor, as far as you can tell, does anything else. {uk_inquiry == 2:You gave Major Lacey a name, {uk_pointed_at}'s, and kept your own out of it}{uk_inquiry == 3:You gave Major Lacey the facts and no name, and kept your own out of it}{uk_inquiry < 2:You kept your head down, your mouth shut, and your name out of it}, and that is what you have: a clean record and not much of anyone's confidence.
{uk_inquiry == 0: At the inquiry you said nothing. It worked. You are surprised how little it feels like winning.}
{uk_inquiry == 3: Lacey closed the file on your facts and credited them to "a member of the mission staff". Nobody will ever know it was you.}
You have learned the cost of secrecy: that it protects you, and that it leaves you alone with what you know.
-> uk_after_ending

=== uk_after_ending ===
-> common_debrief ->
-> uk_debrief

=== uk_debrief ===
What in your playthrough was history, and what was invented. # fiction
History: Vyshinsky at the airfield; Cripps leaving the first Kremlin meeting at Beaverbrook's request; the Spiridonovka opening and its six committees; Beaverbrook's cable about Spitfires and Tomahawks and his typed Russian answers; the Protocol of 1 October; the press conference at the National; the gangplank at sea; Jordan's report and Beaverbrook's blame of the embassy's young men. # fact: arrival_vyshinsky # fact: cripps_withdraws # fact: six_committees # fact: beaverbrook_cable_spitfires # fact: pre_typed_answers # fact: protocol_signed # fact: press_conference_oct2 # fact: harrier_transfer # fact: jordan_reported # fact: beaverbrook_blamed_juniors
Disputed: whether there were two or three Kremlin meetings; whether "Caviar" was ever a codename. Unconfirmed, resting on one account each: the date and place of the ship transfer, the "10,000 trucks a month", and the whole caviar affair. # fact: kremlin_meetings_count # fact: caviar_codename # fact: harrier_transfer # fact: trucks_figure
{uk_trucks == 1: You put the trucks on your sheet. In history, the figure appears in later accounts and not in Harriman's own summary cable; where it came from is not known. Your sheet is invented, and so is your part in spreading it.}
{uk_trucks == 2: You marked the trucks "to be confirmed". In history, the figure appears in later accounts and not in Harriman's own summary cable: it is still, in effect, to be confirmed.}
{uk_trucks == 0: You struck the trucks out. In history, the figure appears in later accounts and not in Harriman's own summary cable; a historian would need the protocol's full text to settle it.}
Disputed too is how the visit went. Churchill's memoir, written years later, remembers a bleak reception; Beaverbrook, the correspondents and the London press at the time called it a triumph. # fact: bleak_vs_triumph
Invented: Arden, the Private Secretary, Nye, Fenwick, Dot, Marsh, Vera, Peg and Major Lacey; the four tins, the receipt, the supper, the bar night, the inquiry, and every word they said. # fiction
Invented too: your air table ({uk_promise == 2:what Moscow asked for}{uk_promise == 1:both columns}{uk_promise == 0:what Britain could spare}), though Beaverbrook really did promise the full figures; the nought on the Russian sheet; the letter from Kuibyshev; {uk_leaked:and your own leak, which is fiction through and through: the real source was never named.|and the culprits you could suspect. The real source was never named.}
{objective_met: Your private objective, to come home with both the mission's and the embassy's confidence and without your name in the caviar file: met.|Your private objective, to come home with both the mission's and the embassy's confidence and without your name in the caviar file: not met.}
{not objective_met: You ended with Standing {standing}, Embassy trust {trust_embassy}{uk_ending == "uk_scapegoat":, and your name in the file}{uk_ending == "uk_leaker":, and your own voice in the story}.}
You found {clues} clues.
-> uk_questions

= uk_questions
Questions to discuss. # fiction
{
- uk_ending == "uk_leaker":
    1. Arden leaked the story partly out of anger at rationing at home. Was the caviar story news, or gossip? Weigh public interest against wartime morale and Allied unity.
    2. The real source was never identified. Why might a historian be wary of any account, including this game, that names one?
    3. Jordan refused to name his source. Should a source who acted from anger be protected as firmly as one who acted from principle?
    4. What would have changed, for Nye and for the embassy juniors, if Arden had confessed?
- uk_ending == "uk_scapegoat":
    1. Beaverbrook blamed "younger embassy officials" without proof. What are the dangers of suspicion without evidence inside an institution?
    2. Arden's name ended up in the file. Which of his choices made him look guilty, and which made him guilty of anything?
    3. Why is blame so often pushed down to junior staff? Can you find another example from history?
    4. Would keeping a receipt or notes have changed the outcome? What does that say about record-keeping?
- uk_ending == "uk_trusted_hand":
    1. Beaverbrook asked the British ambassador to leave the room. What did he gain, and what might he have lost, by sidelining his own embassy?
    2. Arden kept the confidence of two rival groups. Where is the line between tact and double-dealing?
    3. The Protocol promised 400 aircraft and 500 tanks a month. Was it wiser to promise what Stalin asked for, or only what could be shipped?
    4. Churchill's memoir calls the reception "bleak"; people at the time called it a triumph. Which would you trust, and for what?
- uk_ending == "uk_beaverbrooks_man":
    1. Loyalty to your chief or to the institution: which did Arden choose, and what did it cost others?
    2. Beaverbrook promised the full figures; the first convoy brought Hurricanes, not Spitfires. Were the promises still right to make?
    3. The caviar file ended by blaming someone who could not answer. Is a convenient answer ever acceptable in an inquiry?
    4. How might the embassy's version of this week differ from the mission's?
- else:
    1. Arden kept his name out of the file by keeping quiet. What does silence protect, and what does it cost?
    2. The conference ended on 1 October; Moscow's government was leaving for Kuibyshev two weeks later. What does that tell you about the pressure everyone was under?
    3. Which parts of this playthrough were history and which were invented? How did the game signal the difference, and where did it blur?
    4. Why might an institution prefer a file that says "source cannot be identified"?
}
-> END
