// The prologue common to every role, June to September 1941: how the conference came to be called.
// Reached by a tunnel from the role choice (caviar.ink), before the role's own start.

=== common_prologue ===
Before the missions # CLEAR # date: 22 June 1941 # location: London and Moscow # fact: invasion_jun22
On 22 June 1941 Germany invaded the Soviet Union. That evening Winston Churchill, who had spent twenty years against Bolshevism, went on the wireless and promised the Russians whatever help Britain could give. # fact: invasion_jun22
On 12 July, in Moscow, the two governments signed an agreement: each would help the other, and neither would make a separate peace with Germany. # fact: anglo_soviet_agreement
At the end of July Harry Hopkins, Roosevelt's closest adviser, flew to Moscow and sat with Stalin in the Kremlin on two evenings. He carried no treaty, only the President's wish to help. # date: 30 July 1941 # location: The Kremlin # fact: hopkins_july_kremlin
On the second evening, by Hopkins's own notes, he said that tanks and guns needed a conference of the three powers, held as late as possible, when the front was clearer. Stalin expected it to settle by the first of October, and said that such a conference could only be held in Moscow. # fact: hopkins_conference_moscow
Hopkins also met the correspondents at Spaso House, the American ambassador's residence, pale and tired, his voice so faint they leaned in to hear it. One account puts that at eight in the evening of the 30th; his own notes have him in the Kremlin until half past eight. Both cannot be right. # fact: hopkins_press_spaso
In August Roosevelt and Churchill met on warships in Placentia Bay, off Newfoundland, from the 9th to the 12th or from the 8th to the 11th, depending on whom you read, and on the 14th they published the Atlantic Charter. # date: 15 August 1941 # location: Placentia Bay and Moscow # fact: atlantic_conference
Out of that meeting came a joint message to Stalin proposing a conference in Moscow. One account has the two ambassadors, Steinhardt and Cripps, hand it to him at six in the evening of 15 August, and Stalin accept at once. The copy kept in the Russian archives has a covering note dated the 20th. # fact: joint_message
By then the first Arctic convoy, Dervish, was at sea. It had left Liverpool on 12 August with wool, rubber, tin and fifteen Hurricane fighters in crates, and it reached Archangel on the last day of the month without losing a ship. One of its passengers, the journalist and Member of Parliament Vernon Bartlett, you will meet again in Moscow. # fact: dervish_convoy
That is where the story begins: at the end of September, with the German armies three hundred kilometres from the Kremlin. # fiction
Before you go, a guess of your own, to look at again at the end: will Moscow hold?
* [Yes: the Russians will hold the city]
    ~ prologue_guess = 1
* [No: Moscow will fall before the snow]
    ~ prologue_guess = 2
- ->->
