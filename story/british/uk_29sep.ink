// 29 September 1941: the Spiridonovka opening, the aviation committee, the second Kremlin night,
// the aircraft table and the pre-typed answers.

=== uk_spiridonovka ===
The Spiridonovka Palace looks as though a Scottish baronial castle had been ordered by post and assembled by Muscovites who had only heard of Scotland: pointed windows, a little turret, ironwork like frozen ivy. # CLEAR # date: 29 September 1941 # location: Spiridonovka Palace # fact: spiridonovka_house
At one o'clock the doors close on Molotov, Beaverbrook, Harriman and their principals. You wait in an anteroom with the other carriers of paper, British, American and Soviet, each with a briefcase and a hunted look. # fact: spiridonovka_opening
-> uk_anteroom

= uk_anteroom
{The clock on the mantel is carved with lilies. Nobody in the anteroom talks much.|The clock moves on. Voices rise and fall behind the double doors.|It can't be long now. You have heard it will be short.}
* [Look at the house]
    You stand under a window of stained glass: a knight, a lady, a great deal of green. Someone told you on the way in that Vrubel did some of the interiors. Beneath the lilies, the parquet is scuffed by army boots. # fact: spiridonovka_house
    A textile fortune's widow built it; a state that abolished rich widows entertains two of the richest men in the world in it. # fact: spiridonovka_house
    -> uk_anteroom
* [Talk to the Soviet secretary opposite you]
    ~ common_adjust(trust_soviet, 1)
    He is about your age, with ink on his cuff and a suit that was made for somebody broader. You try your Russian, which is twelve weeks of evening classes. He answers in careful English, which is better. # fiction
    "You came by the sea?" he asks. You say yes, by Archangel. He nods. "Cold," he says, "but quiet. Here it is not quiet." He looks at the window, where there is nothing to see but the sky. # speaker: Soviet secretary
    -> uk_anteroom
* [Watch the two men writing in the corner]
    In the corner, at a little table, two men are drafting on foolscap with the fluency of people who write for money: a big, cheerful American and a thinner Englishman with a politician's careful face. # fact: communique_reynolds_bartlett
    Quentin Reynolds of Collier's, someone whispers, and Vernon Bartlett, the Member for Bridgwater, who writes for the News Chronicle and talks for the BBC. They are writing the official communique. Two journalists, writing the governments' words. # fact: communique_reynolds_bartlett
    Nobody in the anteroom can tell you why it is them and not a civil servant. # fact: communique_reynolds_bartlett
    -> uk_anteroom
* [Wait for the doors to open]
    -> uk_after_plenary

= uk_after_plenary
The doors open after about half an hour. The main session is over. The real work goes to six committees, which sit at once and must report by the morning of 3 October. # fact: plenary_thirty_minutes # fact: six_committees
The Private Secretary gives you two of them, the way a cook gives a boy two saucepans to watch. # fact: six_committees
"Aviation, because that's where the trouble will be. Raw materials, because you know the aluminium. Minutes, a clean table, and no opinions unless someone asks." # speaker: Private Secretary
-> uk_air_committee

=== uk_air_committee ===
The aviation committee meets under a portrait of Lenin that has seen too many committees: three Soviet officers with tired eyes and an engineer; Air Ministry men, one of Harriman's experts, and you. # date: 29 September 1941 # location: Spiridonovka Palace, aviation committee # fact: six_committees # fiction
The Soviet officers have read everything. Their questions are polite and precise and feel like being searched. # fiction
* [Minute the Soviet objections word for word]
    ~ common_adjust(reputation, 1)
    You write them down as they come, ugly and exact: the Tomahawk is not wanted; the fighters offered are too lightly armed; what is the use of aircraft with no ammunition to feed them. # fact: beaverbrook_cable_spitfires
* [Minute them in the usual smoothed language]
    ~ common_adjust(standing, 1)
    "The Soviet representatives expressed a preference for more heavily armed types," you write, which is what the Civil Service says when a man bangs the table. # fact: beaverbrook_cable_spitfires
- At the break the senior Soviet officer comes round the table to you, the clerk. Through the interpreter he asks for the British list of types tonight, informally, so his people can work on it before morning. # fiction
* [Give him your carbon copy]
    ~ uk_carbon = 1
    ~ common_adjust(trust_soviet, 2)
    ~ common_adjust(standing, -1)
    You hand over your second carbon. He thanks you with real warmth, and the interpreter looks, for one moment, alarmed on your behalf. # fiction
    It is only a list of types London has already named. Still, you think of how the Private Secretary will look if he hears.
* [Tell him it must go through the proper channel]
    ~ common_adjust(standing, 1)
    ~ common_adjust(trust_soviet, -1)
    "I'm sorry. It will come to you from the mission tonight, I'm sure, through the proper channel." # speaker: Thomas Arden
    He nods as if he expected it.
* [Promise to ask the Private Secretary at once]
    ~ uk_carbon = 2
    ~ common_adjust(trust_soviet, 1)
    You say you will ask, and you do, in the corridor, at once. The Private Secretary says yes, as it happens, and a clean copy goes across before six. The officer gives you a nod across the green cloth. # fiction
- The committee rises at seven. Across town, in the dark, the cars are taking Lord Beaverbrook and Mr Harriman back up the hill. # fact: second_kremlin_tense
-> uk_second_night

=== uk_second_night ===
You spend the evening turning the committee into tables. Once the anti-aircraft guns thud over the suburbs, like furniture being moved upstairs. # CLEAR # date: 29 September 1941 # location: British Embassy # fiction
Near midnight the cars return. This time nobody is brisk. The word goes down the back stairs ahead of the men: it went badly. # fact: second_kremlin_tense
Stalin, they say, was restless, smoking, walking about, taking telephone calls. The Prime Minister's letter, carried all the way from London, was barely looked at. Nothing was settled; another meeting is fixed for tomorrow night. # fact: second_kremlin_tense
That is how it is told on the stairs, and later in one memoir. Nobody on the stairs was in the room.
* [Go down and find out more]
    -> uk_stairs_talk
* [Stay at your typewriter]
    You stay where you are and finish the raw materials table. Aluminium: asked, thirty thousand tons. Offered: a question mark, in pencil, very small. # fact: stalin_request_sep3
    -> uk_the_cable

= uk_stairs_talk
On the landing, an Air Ministry man is smoking as if he has a quota to meet. He tells you the part that matters to you. # fiction
Stalin does not want Tomahawks. He thinks little of them. He wants Spitfires, and fighters that carry cannon, and he wants to know why the British are so careful with both. # fact: beaverbrook_cable_spitfires
"Lord B is drafting a cable to the PM now," the Air Ministry man says. "You may guess what it says." # speaker: Air Ministry officer
-> uk_the_cable

=== uk_the_cable ===
The Private Secretary sends for you at one. He hands you four pages of Lord Beaverbrook's handwriting, large, slanting, furious with speed, and asks you to type them clean for the cipher room. # date: 30 September 1941 # location: British Embassy # fact: beaverbrook_cable_spitfires
Stalin wants cannon-armed fighters, Spitfires, no Tomahawks: the cable says it in the voice of a man who has decided to be persuaded. # fact: beaverbrook_cable_spitfires
You take the clean copy down to the cipher room, behind a steel door painted the green of all government doors. The woman who opens it, about thirty, in a darned cardigan, signs for the pages in a ledger before she touches them. # fiction
"Pryce. Dorothy. Dot, if you're going to be here at this hour often, and you look as though you are." # speaker: Dot Pryce
* [Ask how late she works]
    "Do you ever go to bed?" # speaker: Thomas Arden
    "When London does. London has not been to bed since June." She is already reading the first page, lips moving very slightly, counting groups. # speaker: Dot Pryce # fact: invasion_jun22
* [Ask about the ledger]
    "Do you log everything?" # speaker: Thomas Arden
    "Every page in, every group out, every time, every name. If a telegram goes astray, the ledger says whose hands it was in. It's the only thing in this building that never lies." # speaker: Dot Pryce
    You remember that later, though you don't yet know why you will need to.
- When you come upstairs, the Private Secretary is waiting with a face like an unmade bed. # fiction
-> uk_air_table

=== uk_air_table ===
"This morning's aviation committee needs a new table," the Private Secretary says. "By eight. His Lordship wants it on his desk before he goes back up the hill tonight." # speaker: Private Secretary # date: 30 September 1941 # location: British Embassy # fact: beaverbrook_cable_spitfires
"What shape of table, sir?" # speaker: Thomas Arden
He rubs his eyes.
"You were in the committee. You've typed the cable. You have the Air Ministry's schedule of what can be spared. Use your judgement." # speaker: Private Secretary
Four hundred aircraft a month, the Soviet letter of early September said; Britain promised half before the mission sailed. The Air Ministry's buff folder lists Hurricanes and Tomahawks, no Spitfires, and in the margin, in pencil, "Home defence. Not negotiable." # fact: stalin_request_sep3 # fact: churchill_reply_sep4
-> uk_air_table_choice

= uk_air_table_choice
You roll a fresh sheet into the machine. # decision: uk_air_table The air table: what Moscow asked for, what Britain can spare, or both
* [Type "What the Soviet Union asked for": the full figures, Spitfires and all]
    ~ uk_promise = 2
    ~ common_adjust(standing, 2)
    ~ common_adjust(reputation, -1)
    You type what Moscow asked for, in the order Moscow asked for it, and at the head of the fighter column you type "Spitfire". # fiction
    It looks magnificent. It looks like a promise. Whether any factory in England can keep it is a question for another department.
* [Type "What Britain can spare": the Air Ministry's schedule, clean]
    ~ uk_promise = 0
    ~ common_adjust(standing, -1)
    ~ common_adjust(reputation, 1)
    ~ common_adjust(trust_embassy, 1)
    You type what can be spared, and only that. Hurricanes. Tomahawks. No Spitfires. The figures are smaller and grey and entirely real. # fiction
    It looks like a refusal. It is the truth, which in a committee room often looks the same.
* [Type both columns side by side, with a line on shipping at the foot]
    ~ uk_promise = 1
    ~ common_adjust(reputation, 2)
    ~ common_adjust(trust_embassy, 1)
    Two columns: asked, and available. Where they differ you leave the gap visible, and at the foot, in a single line, you note that everything in either column must cross the Arctic in convoys that do not yet run to a timetable. # fiction
- You put it on the Private Secretary's tray at ten to three.
-> uk_typed_answers

=== uk_typed_answers ===
On the stairs to bed you meet the night's last job coming up: two typists with a sheaf of sheets in Russian, and a harassed mission officer who asks if you can read figures. # date: 30 September 1941 # location: British Embassy # fact: pre_typed_answers
It is Lord Beaverbrook's method: answers to the Kremlin's likely questions, typed in advance in Russian, to hand straight across the table. # fact: pre_typed_answers
"Just check the numbers match," the officer says. "Numbers are numbers in any language." # speaker: Mission officer
On the fourth sheet they don't match. The English says Britain will examine a figure for aluminium; the Russian, as far as your evening-class Russian goes, says Britain will send it. And there is an extra nought. # fiction
It is three in the morning. The sheets go up the hill tonight. The officer is already asleep in an armchair with his mouth open. # decision: uk_sheet_fix The extra nought on the Russian sheet
* [Wake the Private Secretary and show him]
    ~ uk_sheet_fix = 1
    ~ common_adjust(standing, 1)
    You knock on the Private Secretary's door. He opens it in his shirt, looks at the sheet, looks at you, and goes very quiet. # fiction
    "Good," he says at last. It is the only time he will use the word to you all week. "I'll have it retyped. Go to bed." # speaker: Private Secretary
* [Correct it yourself, in pencil, and leave a note]
    ~ uk_sheet_fix = 2
    ~ common_adjust(reputation, 1)
    You strike the nought in pencil, write the English above the Russian verb, and pin a note to the sheet: CHECK THIS AGAINST THE ENGLISH BEFORE IT GOES. # fiction
* [Leave it: you are not sure, and it isn't your sheet]
    ~ uk_sheet_fix = 0
    ~ common_adjust(standing, -1)
    You are not sure. Your Russian is twelve weeks old. The typists know their job. You put the sheets back in order and leave them on the table by the sleeping officer. # fiction
    You lie awake for an hour, doing the sum with and without the nought.
- -> uk_day_thirty
