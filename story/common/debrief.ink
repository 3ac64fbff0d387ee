// The shared debrief, read at every ending of every role: -> common_debrief ->
// What the record says of the caviar affair, what is disputed, what the game invented.
// Every fact key is an entry of story/facts.json.
=== common_debrief ===
What really happened
Henry Cassidy of the Associated Press, who covered the conference, called his chapter on it "Caviar Conference". As he saw it, the only thing that ruffled those smooth days was not supplies for Stalin but caviar for Churchill. # fact: cassidy_caviar_conference
Here is what the record says. Philip Jordan of the News Chronicle learned that Lord Beaverbrook had sent one of his staff to buy caviar for the Prime Minister: £25 worth, Jordan reported, about $100. # fact: caviar_purchase
Jordan's despatches from Moscow ran in his own paper and also in The Times, and in the Daily Express, which belonged to Beaverbrook himself. Exactly which papers printed the caviar item, and on what day, is not known. # fact: jordan_reported
Churchill read the report and sent Beaverbrook a telegram. Beaverbrook, who owned newspapers himself, asked Jordan where the story had come from. # fact: churchill_telegram
Jordan would not say. He never named his source, and nobody has identified it since. # fact: jordan_refused_source
Beaverbrook blamed the younger officials of the British Embassy. It was an accusation, not a finding: nothing on record shows it was ever proved against anyone. # fact: beaverbrook_blamed_juniors
The story was half right. Churchill really had ordered caviar, but the amount in the report was exaggerated. # fact: amount_exaggerated
Why should fish eggs matter in a war? Because Britain lived on rations. Meat, butter and sugar had been rationed since early 1940, and a large luxury purchase for the Prime Minister would look bad to people counting every ounce. In Moscow, meanwhile, the foreign correspondents at the Metropol ate caviar on special rations while most Muscovites went short. # fact: rationing_fear # fact: rationing_britain # fact: metropol_rations
Two points are still disputed. The first is the name. Books and websites often call "Caviar" the conference's codename, but no record from the time has been found that uses it; it may have begun as the correspondents' nickname. # fact: caviar_codename
The second is the amount. Jordan's £25 is the only figure on record, and the record says only that it was too high. How much was really bought, and how the number grew on its way into print, nobody knows. # fact: amount_exaggerated # fact: caviar_purchase
So every culprit in this game is invented. Giles Fenwick, Ed Marsh, Arthur Nye and Dot Pryce never lived; your own character, and whatever part you played in the leak, are invented too, and so are the joke at the Metropol bar, the four tins and the receipt. The real source was never found, and no one can honestly tell you who it was. # fiction
Keep the caviar in proportion. On 1 October Molotov, Beaverbrook and Harriman signed the First Protocol: 400 aircraft and 500 tanks a month for the Soviet Union, until June 1942. # fact: protocol_signed # fact: protocol_aircraft_tanks
The war did not wait for the paperwork. Germany's offensive on Moscow, Operation Typhoon, opened on 30 September and struck in full on 2 October; by 16 October the diplomats were on a train to Kuibyshev and Moscow was in panic. # fact: typhoon_begins # fact: evacuation_kuibyshev # fact: moscow_panic_oct16
On 6 November, speaking underground in Mayakovskaya metro station, Stalin held up the Moscow Conference as proof that the alliance was real. Beside the tanks, the convoys and the battle for Moscow, the caviar was a small thing; it is worth remembering for what it shows about how a rumour travels, and who gets blamed for it. # fact: stalin_nov6_speech
->->
