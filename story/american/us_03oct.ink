// 3 October: Harriman's cable, goodbye to Sorokin, the flight north, HMS Harrier and the gangplank; the inquiry at sea.

=== us_departure ===
-> table_phase_oct02 ->
Friday. Frost on the cars, and the city grey under a low sky. You are leaving Moscow today, and Moscow is not leaving anything. # CLEAR # date: 3 October 1941 # location: Moscow, the American embassy # fact: departure_douglas
This morning Mr. Harriman's summary cable goes to the President: the protocol, the quantities line by line, the aircraft and tanks and guns and jeeps and metals, and a plain sentence that the United States has so far only allowed the Russians to buy and export, with no decision yet on financing. # fact: harriman_cable_oct3 # fact: us_financing_open
Colonel Faymonville, who has known Russia for years, is to stay behind and run the American supply mission in Moscow. Everything that was promised this week will pass across his desk. # fact: faymonville_supply_mission
{
- us_marsh == 2 && not us_marsh_dollars:
    Before breakfast you put your head round Ed Marsh's door and tell him, in as few words as will do, that he is to say nothing to anybody about anything until Scotland. He looks at you from under a wet towel and, for once in his life, says nothing. # fiction
}
There is an hour before the cars.
* [Offer to proofread the quantities in Harriman's cable]
    ~ us_proofread = true
    The young man in Harriman's office takes your offer as though he had been about to ask. You read the quantities against your tables, line by line, with a ruler. They are right. There is no truck line. There is the sentence about financing. There is the transport paragraph, with "help" in it. # fact: harriman_cable_oct3 # fact: no_transport_commitment
    { us_loan == 1:
        You read the financing sentence twice. Somewhere in the Commissariat of Foreign Trade, an older man with a gold tooth is waiting for credit because a lieutenant was surprised Washington hadn't thought of it. # fiction
    }
    { us_transport == 2:
        You read the transport paragraph twice, too. Your word is not in it. Only the Admiral's pencil is. # fiction
    }
    When you hand it back, he initials the corner, and then, after a moment, writes your initials beside his. # fiction
* [Find Sorokin to say goodbye]
    Sorokin is on the steps of the Commissariat with a briefcase, going somewhere fast. He stops for you. # date: 3 October 1941 # location: Moscow, a street near the Commissariat # fiction
    {
    - us_transport == 2:
        "Lieutenant. Your word was under the Admiral's line. I read it. I will remember that you wrote it, and that it was crossed out. Both." # speaker: Pavel Sorokin
    - us_transport == 3:
        "Thirty days, Lieutenant. I have written it down. I have a good memory for thirty days." # speaker: Pavel Sorokin
    - else:
        "You wrote 'help'. I told my people the Americans know where the hole is. Now fill it." # speaker: Pavel Sorokin
    }
    He shakes your hand. He has still heard nothing from his brother. He does not say so. You know it from the way he does not say so. # fiction
    ~ common_adjust(trust_soviet, 1)
* [Pack the Admiral's papers yourself]
    ~ common_adjust(standing, 1)
    You pack the Admiral's papers: the protocol copies, the committee minutes, the tables, and the memorandum from the London, which you find in his coat pocket, folded small and soft with handling. You put it in the case on top. # fiction
- At noon the cars take you out to the airfield, past the bakery queues, the sandbagged windows and a column of women with spades on their shoulders, going out to dig. # fiction
-> us_white_sea

=== us_white_sea ===
The Douglases fly north all afternoon. Birch and pine and then more pine, and the light going early, and somewhere under the port wing the railway to Archangel, single track, on which everything you have promised will have to travel. # date: 3 October 1941 # location: Over the forests north of Moscow # fact: departure_douglas
* [Sit beside the Admiral]
    The Admiral is wide awake this time, looking down at the forest. Without turning, he remarks that he has been told all week the Russians are finished, and that he has now seen them, and does not believe it. It is the most he has said to you in ten days that was not an order. # fact: standley_convinced # fiction
    ~ common_adjust(standing, 1)
* [Sit beside Ed Marsh]
    Marsh is quiet for the first hour, which is a record. Then he asks you, looking out of the window, whether you think the story will go to London. You tell him everything in Moscow goes to London eventually, if it is good enough. He says that's what he's afraid of. # fiction
* [Look down for the railway]
    You find it at last: a single thin line through the trees, running north, with a train on it no bigger than a caterpillar. Everything you signed for this week will come back down that line, a truck at a time. You watch it until it goes under the wing. # fiction
- At Archangel there is no cruiser alongside. The London, which lay at these quays a week ago, is waiting out in the White Sea, and nobody tells you why. You go down the river instead in a small grey minesweeper, HMS Harrier, with her crew crowding the rails to see a lord and an admiral and a great deal of luggage. # date: 3 October 1941 # location: HMS Harrier, the White Sea # fact: harrier_transfer
This is how the story has come down, in one account and only one: that the party boarded the Harrier in the White Sea and was passed across to the London at sea. Nothing else confirms the day or the place. You know only that it is cold, and getting dark, and that the two ships are coming together in a swell. # fact: harrier_transfer
The London looms up, enormous after the little sweeper. Lines go across. Then a gangplank, rising and falling between the two decks like a seesaw in a nightmare, with nothing under it but the White Sea. # fact: harrier_transfer
The Admiral goes first; that much the account is sure of. The question is who goes with him. # fact: harrier_transfer
{
- us_marsh == 1:
    Behind you someone says your name very quietly. It is Arthur Nye, the British messenger, with Lord Beaverbrook's red box under one arm and a parcel wrapped in a scarf under the other. Ed Marsh is somewhere in the crowd at the rail, not looking at you. # fiction
    "Sir. Please. I can't do both, not over that. The box has to go with me. Would you take this across? Don't open it, sir. Please don't. It's only for London. Nobody need know whose hands it came over in." # speaker: Arthur Nye
- else:
    Behind you, Ed Marsh is at your elbow with a parcel wrapped in a scarf. He is pale, sober, and serious, which on Ed is like a different man wearing his coat. # fiction
    "Hank. Favour. This is Nye's. The little English fellow. He's got Beaverbrook's box and he can't manage both on that plank, and he won't let a sailor touch it. Take it over for him. Don't open it. Don't ask. After the other night, the less anybody looks at it the better, for him and for me." # speaker: Ed Marsh
}
The Admiral is at the foot of the gangplank, sixty-nine years old, in a bridge coat, looking at the gap with great calm. A British rating is waiting to steady him. He has not asked for you. He would not. # fiction # decision: us_parcel At the gangplank: the Admiral and the papers, or the parcel in the scarf
* [Help the Admiral across first, and carry the mission's papers]
    ~ us_parcel = 1
    ~ common_adjust(standing, 1)
    ~ common_adjust(reputation, 1)
    You shake your head at the parcel. # fiction
    "Sorry. My hands are spoken for." # speaker: Henry Lowell
    You take the case of papers in one hand and the Admiral's elbow in the other, and you go across together, the plank lifting and dropping under you, the water black and very close. The Admiral does not look down. You do, once, and do not again. # fact: harrier_transfer
    On the London's deck he straightens his coat and says you may let go of him now, and then, after a pause, thank you. # fiction
    Behind you, the parcel comes across in Nye's own arms, pressed to his chest with the red box, his face white, his lips moving. He makes it. # fiction
* [Take the parcel across without looking inside, as asked]
    ~ us_parcel = 2
    ~ common_adjust(standing, -1)
    You take the parcel. It is heavy, square-cornered through the wool, colder than the air. You do not look. # fiction
    The Admiral goes across with the British rating at his elbow and does not look back. You go after him, the parcel against your chest, the plank lifting and dropping, the water black and very close. # fact: harrier_transfer
    On the London's deck somebody takes your arm and somebody else says well done. Nobody asks what you are holding. You go below with it before anyone thinks to. # fiction
* [Take it, but open a corner of the scarf first]
    You take the parcel and, before anybody can stop you, fold back a corner of the scarf. # fiction
    Four blue tins. Kilo tins, Russian labels, cold as stones. Not a crate. Not a hundred pounds of anything. Four tins of fish eggs for a prime minister, and the whole of your week in them somehow. # fiction
    ~ common_clue()
    Under the scarf: four blue one-kilo tins. The whole parcel weighs what four tins weigh. Not a crate. # clue: The parcel at the gangplank holds four blue one-kilo tins of caviar, no more. Not a crate.
    * * [Carry it across anyway: it's only fish, and someone has to]
        ~ us_parcel = 3
        ~ common_adjust(standing, -1)
        You fold the scarf back over the tins. You know what you are carrying now, which is better or worse, depending on who asks. # fiction
        The Admiral crosses with the British rating at his elbow. You go after him with the tins against your chest, the plank lifting and dropping, the water black and very close. On the London's deck you go below before anyone can ask what you are holding. # fact: harrier_transfer
    * * [Give it back: not across a gangplank with your name on it]
        ~ us_parcel = 4
        ~ common_adjust(reputation, 1)
        You hand it back. # fiction
        "I'm sorry. I can't. Not this, not now." # speaker: Henry Lowell
        You go to the Admiral instead, and take his elbow from the British rating, and cross with him, carrying the mission's case. Behind you, the tins come over in Nye's own arms, pressed against the red box. # fact: harrier_transfer
- Lord Beaverbrook crosses with a rope round his waist, in case he falls. He does not fall. Somebody on the London's deck laughs with relief, and stops. # fact: harrier_transfer
The lines are cast off. The little minesweeper falls away into the dusk, and the cruiser's loudspeaker booms across the widening water. # fact: harrier_transfer
"Well done, Harrier. Well done." # speaker: HMS London # fact: harrier_transfer
-> table_phase_inquiry ->
+ [Go below]
    -> us_inquiry_at_sea

=== us_inquiry_at_sea ===
The London turns west for home, and the weather turns with her. For two days nobody does anything but hold on. # CLEAR # date: 4 October 1941 # location: HMS London, the Barents Sea # fiction
{
- us_parcel == 2 || us_parcel == 3:
    The parcel is in your cabin, in the locker under your bunk, behind your spare shoes. The British major who shares your cabin has not noticed it. You notice it all the time. # fiction
- else:
    Your cabin is the same steel cupboard, with the same snoring major. The Admiral's papers are locked in the ship's office. Your hands are empty, and you find you are glad of it. # fiction
}
On the third morning a signal comes from London: the Prime Minister has read in a newspaper that Lord Beaverbrook sent an employee to buy him caviar, and has cabled His Lordship about it. Major Lacey, who began asking questions in Moscow on the afternoon of the second, now holds what he calls, with a small embarrassed cough, an inquiry. # date: 6 October 1941 # fact: churchill_telegram
His Lordship is angry. Lord Beaverbrook blames the younger men of the embassy, who resented being shut out. Lacey has been told to find out who. # fact: beaverbrook_blamed_juniors # fiction
-> table_us_inquiry ->
Lacey sees the Americans too, as a courtesy between allies. He sees you in a borrowed cabin with a pad on his knee and the ship rolling under both of you. # fiction
{
- us_british == 1:
    "Lieutenant. I haven't forgotten your footnote about the tanks. I'm hoping you'll be as straight with me about this." # speaker: Hugh Lacey
    ~ common_adjust(trust_embassy, 1)
- us_british == 2:
    "Lieutenant. We disagreed about tanks. I hope we can agree about this." # speaker: Hugh Lacey
- else:
    "Lieutenant. I'm sorry about this. It's a wretched business and nobody comes out of it well. I'd like your help." # speaker: Hugh Lacey
}
He shows you his pad. It has names on it: Mr. Fenwick, of the chancery, who told the story at the Metropol. Miss Pryce, of the cipher room, who knew of the order before anyone. Mr. Marsh, of your own mission, who was heard making it larger. And, in pencil, with a question mark: Lieutenant Lowell. # fiction
{ us_bar == 3 || us_bar == 4:
    Your name is underlined. Someone has told him about your evening at the Metropol. # fiction
}
"Who do you think gave it to the press?" # speaker: Hugh Lacey # decision: us_named What to tell Major Lacey about the leak
-> us_inquiry_answer

= us_inquiry_answer
* [Name Ed Marsh: he made it a crate]
    ~ us_named = 1
    ~ common_adjust(trust_embassy, 1)
    ~ common_adjust(reputation, -1)
    "Ed Marsh. I was there. He made it a hundred pounds and a crate, and the correspondents wrote it down." # speaker: Henry Lowell
    Lacey writes it down. He asks whether you saw Marsh give it to any correspondent privately, or only in the bar with everyone. You have to say only in the bar with everyone. He writes that down too. # fiction
    { us_marsh_dollars:
        You think of Marsh with the wet towel on his head, swearing he said dollars. You do not mention it. It would not help him, and it would not help you. # fiction
    }
* [Name Giles Fenwick: he told it first]
    ~ us_named = 2
    ~ common_adjust(trust_embassy, -1)
    "Giles Fenwick told it first. I heard him at the Metropol, to correspondents.{us_met_fenwick: Before that he'd been hinting at it at your embassy. He's sore about your Ambassador being shut out.}" # speaker: Henry Lowell
    Lacey's face does not change, but his pencil stops. Fenwick is one of the younger men of the embassy; Fenwick is exactly whom His Lordship suspects. You have given the Major the answer he was sent to find. # fiction
* [Describe the chain, and name no one]
    ~ us_named = 3
    ~ common_adjust(reputation, 1)
    "I can tell you how the number grew. I can't tell you who put it in print, and I don't think anyone on this ship can." # speaker: Henry Lowell
    You give it to him in order, as you would give a table. {us_saw_nye: Four tins bought at the Metropol counter on the thirtieth, with a receipt. }A joke at the bar on the first: by the kilo, in a scarf. A guess in dollars that became pounds across a table. A crate, added for a laugh. {us_dot_log: Miss Pryce on the cipher desk all that night, initialled by her relief. }{clues >= 6: You have it in your notebook, dated, each link where you found it. }And every despatch in Moscow going through the censor before it goes anywhere. # fiction
    {
    - clues >= 6:
        Lacey reads your notes twice. # fiction
        "That's not an answer. It's better than an answer, and His Lordship will hate it." # speaker: Hugh Lacey
        ~ common_adjust(trust_embassy, 1)
    - else:
        Lacey listens to the end. # fiction
        "It's a fair account. It's thin. I can't take a chain to His Lordship with half the links missing." # speaker: Hugh Lacey
    }
* [Say you don't know]
    ~ us_named = 4
    "I don't know, Major. Half of Moscow was in that bar." # speaker: Henry Lowell
    Lacey looks at your name on his pad, with its question mark, and then at you. He does not rub out the question mark. # fiction
    ~ common_adjust(reputation, -1)
- {us_dot_log && us_named != 3: Before he goes you tell him one more thing: Miss Pryce was on the cipher desk all that night; her relief initialled the sheet. Lacey draws a line through her name, slowly, as if he were glad to. # fiction}
{
- us_parcel == 2 || us_parcel == 3:
    -> us_tins_question
- else:
    Lacey gets up, steadying himself on the bunk, and thanks you. At the door he says, half to himself, that the tins themselves are safe in Nye's cabin at least, which is more than can be said for anybody's reputation. # fiction
    -> us_inquiry_close
}

= us_tins_question
Lacey is at the door when he turns back. # fiction
"One other thing. Nye is in a state. He says the tins came over the gangplank in somebody else's hands, and he won't say whose. His Lordship would like them found before they become a second story. You wouldn't know?" # speaker: Hugh Lacey
The locker under your bunk is three feet from his knee.
* [Open the locker and hand them over]
    ~ us_tins = 1
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, 1)
    You open the locker, move your spare shoes, and give him the parcel in its scarf. # fiction
    Lacey weighs it in his hands, and you see him think it: four tins, not a crate. # fiction
    "Thank you, Lieutenant. This is the first thing in the whole affair that weighs what it's supposed to." # speaker: Hugh Lacey
    He does not ask who gave it to you. You think he knows. You think he has decided it does not matter. # fiction
* [Say nothing; keep them till Scotland]
    ~ us_tins = 2
    ~ common_adjust(reputation, -1)
    "I wouldn't know, Major." # speaker: Henry Lowell
    He looks at you for a moment longer than is comfortable, and goes. The locker stays shut. You lie awake listening to the ship work, thinking about four tins of fish behind your spare shoes, and about how easily a man becomes an accomplice to something that is not even a crime. # fiction
* [Say nothing now, and slip them back into Nye's cabin tonight]
    ~ us_tins = 3
    "I'll keep an eye out, Major." # speaker: Henry Lowell
    At two in the morning, in stockinged feet, you carry the parcel along a rolling passage to the cabin Nye shares with two clerks, and leave it on his bunk while he sleeps, face to the wall, one hand hanging down. # fiction
    In the morning the tins are found, and nobody can say how. Nye weeps with relief. Lacey looks at the Americans at breakfast one by one, and at you a little longer. # fiction
- -> us_inquiry_close

= us_inquiry_close
+ [Home, by the northern sea]
    -> us_homeward
