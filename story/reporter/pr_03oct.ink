// 3 October 1941: Major Lacey at dawn demands your source; the missions fly out.

=== pr_d03 ===
-> table_phase_oct02 ->
At ten past six someone knocks on your door, not loudly, in the way of a man who has knocked on a great many doors at a great many inconvenient hours and expects them all to open. # CLEAR # date: 3 October 1941 # location: Hotel Metropol, your room # fiction
It is Major Lacey, shaved, buttoned, with his cap under his arm and a staff car ticking in the square below. The missions fly out this morning. He has, he says, twenty minutes. # fiction
{
- pr_asked == 3:
    "You asked me a question yesterday, Miss Soames. I've come to ask you one back." # speaker: Hugh Lacey
- else:
    "Your name came up last night, Miss Soames. Along with a bar, and a story about fish." # speaker: Hugh Lacey
}
He does not sit. He tells you, in a level voice, that the caviar story has been all round the Metropol since the night before last, that a correspondent asked it aloud at the National yesterday, that he has been asking questions since the afternoon, and that Lord Beaverbrook, who has spent three days persuading Stalin that the British are serious, is not amused. His Lordship would like to know who has been telling tales, before the tales reach Fleet Street. # fiction
"He thinks it's the young men at the embassy," Lacey says. "He's said as much. I've been asked to find out, and I'd rather find out than guess." # speaker: Hugh Lacey
-> pr_lacey_talk

= pr_lacey_talk
{Lacey waits, cap under his arm.|Down in the square the staff car's engine coughs and settles.|Lacey looks at his watch, and then, politely, at you.}
* [Ask him what the inquiry is for]
    "And when you find out? What happens to them?" # speaker: Peg Soames
    "I write it down, and His Lordship reads it, and then I expect someone has a very bad month." He is not enjoying this. "It isn't a court martial, Miss Soames. It's a man who feels he's been made to look a fool, and a Major with a notebook." # speaker: Hugh Lacey # fiction
    -> pr_lacey_talk
* [Ask him whether Lord Beaverbrook denies it]
    "Does His Lordship deny it?" # speaker: Peg Soames
    "There's an order from London for a small personal purchase. There was no crate." He says it with precision, and then hears himself saying it to a reporter, and closes his mouth. # speaker: Hugh Lacey # fact: amount_exaggerated
    -> pr_lacey_talk
* [Ask him who else is being looked at]
    "Who else are you asking?" # speaker: Peg Soames
    "Everyone who could have known. That isn't many." He ticks them off without names: the messenger who bought it, the chancery officer who signed for the money, the cipher clerk who decoded the telegram. "The cipher clerk's having a bad time of it. She had the telegram in her hands." # speaker: Hugh Lacey
    "And what did the telegram say?" # speaker: Peg Soames
    "That the Prime Minister would like some caviar. No quantity at all. I've seen the decode." He frowns. "Which is the odd thing. Every version going round this town has a number in it, and none of them came from that telegram." # speaker: Hugh Lacey
    ~ pr_evidence += pr_ev_cipher
    ~ common_clue()
    Lacey has seen the decode: London's telegram asked for caviar for the Prime Minister with no quantity at all. None of the figures going round came from the cipher room. # clue: Lacey, 3 Oct: the telegram Dot Pryce decoded named no quantity at all. The figures ("crate", "£25", "a hundred") did not come from the cipher room.
    -> pr_lacey_talk
* [Tell him you have five minutes left of his twenty]
    -> pr_lacey_demand

= pr_lacey_demand
"So," Lacey says. "Who told you?" # speaker: Hugh Lacey # decision: pr_source_act Major Lacey asks for your source: refuse, trade, or name
{table_got_uk_tip == 1:You think of Thomas Arden, who told you all of it and asked for nothing in return.|You think of {pr_source_name()}, {pr_promised: and of the promise you made him at the bar|and of the way he asked you to keep him out of it}.} You think of a young woman in a darned cardigan being questioned about a telegram that had no number in it.
{pr_published: Your story is out, or soon will be. That makes this harder, not easier.}
{pr_dropped: You did not even file it. That does not change what you know.}
* [Refuse: you do not name sources, to anyone]
    ~ pr_source_act = 1
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, -2)
    ~ common_adjust(trust_press, 1)
    "I don't name sources, Major. Not to you, not to Lord Beaverbrook, not to anyone. If I did, nobody in Moscow would ever tell me anything again, and they'd be right." # speaker: Peg Soames
    Lacey looks at you for a long moment.
    "No," he says. "I didn't really think you would." He puts his cap on. "You understand His Lordship won't forget it. Nor will the embassy. Doors will close." # speaker: Hugh Lacey
    "They usually do." # speaker: Peg Soames
    -> pr_lacey_goes
* {pr_knows_tins()} [Refuse, and give him the one thing you can: the true size of it]
    ~ pr_source_act = 1
    ~ common_adjust(reputation, 2)
    ~ common_adjust(trust_embassy, -1)
    "I won't give you a name, Major. But I'll give you a fact. It was four tins. Kilo tins, from the counter downstairs, on Tuesday afternoon. Not a crate. Whoever is telling you otherwise is wrong, and whoever wrote otherwise is wrong." # speaker: Peg Soames
    Lacey's eyebrows go up.
    "You've checked." # speaker: Hugh Lacey
    "It's my job." # speaker: Peg Soames
    He writes
    "four tins" in his notebook, and nothing else. "That's more use to me than a name, as it happens. It'll be no use to you at all." He almost smiles. "Doors will close, Miss Soames." # speaker: Hugh Lacey
    -> pr_lacey_goes
* {not pr_knows_tins()} [Refuse, and ask him how big it really was]
    ~ pr_source_act = 1
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, -2)
    "No name, Major. But you tell me something. How many tins were there, really? Because if it was a crate, I've underwritten it, and if it wasn't, somebody ought to say so." # speaker: Peg Soames
    "Nobody is going to say anything to a newspaper." Lacey puts his cap on. "And you are not going to tell me who told you. We understand each other. Doors will close, Miss Soames." # speaker: Hugh Lacey
    -> pr_lacey_goes
* [Say nothing at all, and let him listen to the silence]
    ~ pr_source_act = 1
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, -2)
    You say nothing. You look at him, and you wait, and the silence in the room gets longer and more comfortable for you and less comfortable for him. You learned this from a policeman in Bermondsey, a long time ago. # fiction
    At last Lacey nods, as if you had said something.
    "I see. His Lordship won't like it. The embassy won't like it. Doors will close." He goes to the door. "For what it's worth, I'd have done the same." # speaker: Hugh Lacey
    -> pr_lacey_goes
* [Trade: give him something true that is not a name]
    ~ pr_source_act = 2
    -> pr_lacey_trade
* [Give him the name]
    ~ pr_source_act = 3
    -> pr_lacey_name

= pr_lacey_trade
"I won't give you a name. But I'll give you something." # speaker: Peg Soames
"Go on." # speaker: Hugh Lacey
* [Tell him it did not come from the cipher room]
    ~ pr_trade = 1
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, 1)
    "It didn't come from your cipher clerk. She's never said a word to me in her life, except that she doesn't talk to the press. Whatever you're doing to her, stop." # speaker: Peg Soames
    Lacey considers this.
    "I'd come to much the same view," he says. "It's good to hear it said." # speaker: Hugh Lacey # fiction
    He writes a line. You hope it is the line that lets Dot Pryce sleep tonight.
* [Tell him which side of the bar it came from]
    ~ pr_trade = 2
    ~ pr_expose(1)
    {
    // At a table where the British aide told her the whole errand, he was her source.
    - table_got_uk_tip == 1:
        "It came from your own mission, Major. That's all." # speaker: Peg Soames
    - pr_source == "marsh":
        "It came from the American side of the table. That's all." # speaker: Peg Soames
    - else:
        "It came from the embassy side of the table. That's all." # speaker: Peg Soames
    }
    "That's a great deal," Lacey says quietly, and writes it down. There were not many men on either side of that table, and he knows every one of them. You realise, as he writes, that you have given him half a name. {pr_exposure >= 2: Put beside what you have already done, half a name is enough.|On its own, half a name may not be enough. You hope not.} # speaker: Hugh Lacey # fiction
- -> pr_lacey_goes

= pr_lacey_name
You tell him. # fiction
~ pr_named = pr_source_name()
{
- table_got_uk_tip == 1:
    ~ table_pr_name_arden()
- pr_source == "fenwick":
    "Giles Fenwick. Chancery. He told it as a joke at the bar on Wednesday night, to the whole table. I only asked him whether it was true." # speaker: Peg Soames
- else:
    "Ed Marsh. Harriman's mission, one of the statisticians. He's the one who said a crate. He was only repeating what he'd heard." # speaker: Peg Soames
}
Lacey writes it down. He does not thank you.
"That's very frank of you, Miss Soames," he says, and it is not praise. # speaker: Hugh Lacey
{pr_promised && pr_named != "Thomas Arden": You promised. At the bar, with your hand on the table, you promised. You tell yourself that it was a joke told to a whole room, that the name would have come out anyway, that Beaverbrook would have guessed. All of that may be true. None of it is why you did it.}
~ common_adjust(trust_embassy, 1)
~ common_adjust(standing, 1)
~ common_adjust(trust_press, -3)
~ common_adjust(reputation, -3)
-> pr_lacey_goes

= pr_lacey_goes
Lacey goes down to his car. # fiction
* [Watch from the window as the car pulls away]
    From the window you watch it pull out of the square and turn towards the west, where the airfield is, and the war. Lacey does not look up. You did not expect him to.
* [Sit down at the typewriter before he is out of the building]
    You sit down at the typewriter and write it all down, every word, while the car is still in the square: time, rank, questions, answers. If anyone ever asks what was said in this room, you will have it on paper. # fiction
- In the morning the missions leave Moscow in Douglas aircraft, for Archangel and the White Sea and the long way home by cruiser. You do not go to see them off. Nobody asked the press. # date: 3 October 1941 # location: Hotel Metropol # fact: departure_douglas
{pr_route == "marsh": Somewhere in one of those aircraft, in the inside pocket of a statistician's coat, is an envelope addressed to Sam Whitcombe.}
The same day, Harriman sends Roosevelt a long cable from Moscow summing up what has been promised: the aircraft split between Britain and America, the tanks two hundred and fifty from each, guns, jeeps, metals, and, in plain words, no commitment to carry any of it, only an offer to help. You will not read it for many years. You heard the word "help" yesterday. # fact: harriman_cable_oct3 # fact: harriman_quantities # fact: no_transport_commitment
The Metropol feels empty by lunchtime, the way a theatre does after the touring company has gone. The bar is quiet. Vera comes in at two with the Sovinformburo communique: heavy fighting on the Western front. She reads it without looking up. # fiction
{pr_source_act == 3: When she has finished, she says, without any expression at all: "The Major was here early." It is not a question. Vera sees everyone. She has seen him, and she has seen your face since.}
-> pr_epilogue
