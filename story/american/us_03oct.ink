// 3 October: Harriman's cable, goodbye to Sorokin, the flight north, HMS Harrier and the gangplank; the inquiry at sea.

=== us_departure ===
-> table_phase_oct02 ->
Friday. Frost on the cars. You are leaving Moscow today, and Moscow is not leaving anything. # CLEAR # date: 3 October 1941 # location: Moscow, the American embassy # fact: departure_douglas
This morning Mr. Harriman's summary cable goes to the President: the quantities line by line, and a plain sentence that there is no decision yet on financing. Colonel Faymonville is to stay behind and run the American supply mission; everything promised this week will pass across his desk. # fact: harriman_cable_oct3 # fact: us_financing_open # fact: faymonville_supply_mission
{
- us_marsh == 2 && not us_marsh_dollars:
    Before breakfast you tell Ed Marsh he is to say nothing to anybody about anything until Scotland. For once in his life, he says nothing. # fiction
}
* [Offer to proofread the quantities in Harriman's cable]
    ~ us_proofread = true
    You read the quantities against your tables with a ruler. They are right. There is no truck line; the transport paragraph says "help". # fact: harriman_cable_oct3 # fact: no_transport_commitment
    { us_loan == 1:
        You read the financing sentence twice. An older man with a gold tooth is waiting for credit because a lieutenant was surprised Washington hadn't thought of it. # fiction
    }
    Harriman's young man initials the corner, and then writes your initials beside his. # fiction
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
    He shakes your hand. He has still heard nothing from his brother; you know it from the way he does not say so. # fiction
    ~ common_adjust(trust_soviet, 1)
* [Pack the Admiral's papers yourself]
    ~ common_adjust(standing, 1)
    You pack the Admiral's papers, and find the memorandum from the London in his coat pocket, folded small and soft with handling. # fiction
- At noon the cars take you out to the airfield past a column of women with spades on their shoulders, going out to dig. # fiction
-> us_white_sea

=== us_white_sea ===
The Douglases fly north all afternoon over the railway to Archangel, single track, on which everything you have promised will have to travel. # date: 3 October 1941 # location: Over the forests north of Moscow # fact: departure_douglas
* [Sit beside the Admiral]
    The Admiral remarks, looking down at the forest, that he has been told all week the Russians are finished, and has now seen them, and does not believe it. # fact: standley_convinced # fiction
    ~ common_adjust(standing, 1)
* [Sit beside Ed Marsh]
    Marsh asks whether you think the story will go to London. Everything in Moscow goes to London eventually, you tell him, if it is good enough. He says that's what he's afraid of. # fiction
- At Archangel the London, which lay at these quays a week ago, is waiting out in the White Sea, and nobody tells you why. You go down the river in a small grey minesweeper, HMS Harrier. # date: 3 October 1941 # location: HMS Harrier, the White Sea # fact: harrier_transfer
One account, and only one, says the party was passed across to the London at sea; nothing else confirms the day or the place. A gangplank goes across, rising and falling like a seesaw in a nightmare, with nothing under it but the White Sea. # fact: harrier_transfer
The Admiral goes first; that much the account is sure of. The question is who goes with him. # fact: harrier_transfer
{
- us_marsh == 1:
    Behind you someone says your name very quietly. It is Arthur Nye, the British messenger, with Lord Beaverbrook's red box under one arm and a parcel wrapped in a scarf under the other. Ed Marsh is somewhere in the crowd at the rail, not looking at you. # fiction
    "Sir. Please. I can't do both, not over that. The box has to go with me. Would you take this across? Don't open it, sir. Please don't. It's only for London. Nobody need know whose hands it came over in." # speaker: Arthur Nye
- else:
    Behind you, Ed Marsh is at your elbow with a parcel wrapped in a scarf. He is pale, sober, and serious, which on Ed is like a different man wearing his coat. # fiction
    "Hank. Favour. This is Nye's. He's got Beaverbrook's box and can't manage both on that plank. Take it over for him. Don't open it. After the other night, the less anybody looks at it the better." # speaker: Ed Marsh
}
The Admiral is at the foot of the gangplank, sixty-nine years old, looking at the gap with great calm. He has not asked for you. He would not. # fiction # decision: us_parcel At the gangplank: the Admiral and the papers, or the parcel in the scarf
* [Help the Admiral across first, and carry the mission's papers]
    ~ us_parcel = 1
    ~ common_adjust(standing, 1)
    ~ common_adjust(reputation, 1)
    You shake your head at the parcel. # fiction
    "Sorry. My hands are spoken for." # speaker: Henry Lowell
    You take the papers in one hand and the Admiral's elbow in the other, and go across together. The Admiral does not look down. On the London's deck he says you may let go of him now, and then, after a pause, thank you. # fact: harrier_transfer
    Behind you, the parcel comes across in Nye's own arms, pressed to his chest with the red box. # fiction
* [Take the parcel across without looking inside, as asked]
    ~ us_parcel = 2
    ~ common_adjust(standing, -1)
    You take the parcel, heavy, square-cornered through the wool. You do not look. You follow the Admiral across with it against your chest, and go below before anyone thinks to ask. # fact: harrier_transfer
* [Take it, but open a corner of the scarf first]
    You take the parcel and, before anybody can stop you, fold back a corner of the scarf. # fiction
    ~ common_clue()
    Four blue tins. Kilo tins, Russian labels, cold as stones. Four tins of fish eggs for a prime minister, and the whole of your week in them somehow. # fiction # clue: The parcel at the gangplank holds four blue one-kilo tins of caviar, no more. Not a crate.
    * * [Carry it across anyway: it's only fish, and someone has to]
        ~ us_parcel = 3
        ~ common_adjust(standing, -1)
        You fold the scarf back. You know what you are carrying now, which is better or worse, depending on who asks. You follow the Admiral across, and go below before anyone can ask. # fact: harrier_transfer
    * * [Give it back: not across a gangplank with your name on it]
        ~ us_parcel = 4
        ~ common_adjust(reputation, 1)
        You hand it back. # fiction
        "I'm sorry. I can't. Not this, not now." # speaker: Henry Lowell
        You take the Admiral's elbow instead, and cross with him. Behind you, the tins come over in Nye's own arms. # fact: harrier_transfer
- Lord Beaverbrook crosses with a rope round his waist, in case he falls. # fact: harrier_transfer
The lines are cast off. The little minesweeper falls away into the dusk, and the cruiser's loudspeaker booms across the widening water. # fact: harrier_transfer
"Well done, Harrier. Well done." # speaker: HMS London # fact: harrier_transfer
-> table_phase_inquiry ->
+ [Go below]
    -> us_inquiry_at_sea

=== us_inquiry_at_sea ===
The London turns west for home, and the weather turns with her. For two days nobody does anything but hold on. # CLEAR # date: 4 October 1941 # location: HMS London, the Barents Sea # fiction
{
- us_parcel == 2 || us_parcel == 3:
    The parcel is in the locker under your bunk, behind your spare shoes. You notice it all the time. # fiction
- else:
    Your hands are empty, and you find you are glad of it. # fiction
}
On the third morning a signal comes from London: the Prime Minister has read in a newspaper that Lord Beaverbrook sent an employee to buy him caviar, and has cabled His Lordship about it. Major Lacey, who began asking questions in Moscow on the afternoon of the second, now holds what he calls, with a small embarrassed cough, an inquiry. # date: 6 October 1941 # fact: churchill_telegram
Lord Beaverbrook blames the younger men of the embassy, who resented being shut out. # fact: beaverbrook_blamed_juniors # fiction
-> table_us_inquiry ->
Lacey sees the Americans too, as a courtesy between allies, in a borrowed cabin with a pad on his knee. # fiction
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
