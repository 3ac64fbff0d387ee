// October to 6 November 1941: what London printed, the inquiry, Typhoon, the press train or Moscow, 6 November.

=== pr_epilogue ===
-> table_phase_inquiry ->
The cables from London come in over the next ten days, one at a time, each a little older than the news it answers. # CLEAR # date: 6 October 1941 # location: Hotel Metropol # fact: jordan_reported
Philip Jordan of the News Chronicle has had the story: Lord Beaverbrook sent an employee to buy twenty-five pounds' worth of caviar, about a hundred dollars, for the Prime Minister. Jordan's despatches are carried by The Times as well, and by the Daily Express, which belongs to Lord Beaverbrook himself. Which of them printed the caviar, and on which day, nobody in Moscow can tell you. # fact: caviar_purchase # fact: jordan_reported
// The censor passes the caviar only with a figure the evidence gives (pr_fight), so a story that
// went through him has four tins or no figure; a bigger one got out only round him (pr_late).
{
- pr_published && not pr_late:
    "SOAMES. CAVIAR RAN PAGE THREE. {pr_figure == 1: YOUR FOUR TINS STAND UP|YOUR VERSION WITHOUT FIGURE STANDS UP} BETTER THAN CHRONICLES TWENTY FIVE POUNDS. MINISTRY CONFIRMS SMALL ORDER. WELL DONE. WHITCOMBE" # speaker: Sam Whitcombe
    ~ common_adjust(standing, 1)
    ~ common_adjust(reputation, 1)
- pr_published && pr_late:
    "SOAMES. {pr_route == "marsh": YOUR ENVELOPE ARRIVED VIA AMERICAN GENTLEMAN|YOUR ENVELOPE ARRIVED BY MOST DISTINGUISHED ROUTE}. RAN IT TENTH. CHRONICLE HAD IT WEEK AGO BUT OURS HAS DETAIL. {pr_figure >= 2: MINISTRY DISPUTES FIGURE.} DONT DO THAT AGAIN UNLESS MUST. WHITCOMBE" # speaker: Sam Whitcombe
    A week later Vera tells you, very formally, that the press department has read your article in the London paper, and that it did not pass through the press department. She does not say anything else. She does not need to. # fact: palgunov_censor
    ~ common_adjust(trust_soviet, -1)
- pr_cav > 0 && not pr_dropped:
    "SOAMES. CHRONICLE TIMES EXPRESS ALL HAVE CAVIAR. WHY NOT YOU. WHITCOMBE" # speaker: Sam Whitcombe
    You cable back one word: CENSOR. It is the most expensive word you send all year, and the only one that matters. # fact: palgunov_censor
    "CENSOR PASSED JORDANS. WHY NOT YOURS. WHITCOMBE" # speaker: Sam Whitcombe
    Whether the censor passed Jordan's story or it went out by some other road, nobody at the Metropol knows, and nobody tells you why yours died. A different censor, a different hour, a different mood in a building you will never see the inside of. # fact: palgunov_censor # fiction
    ~ common_adjust(standing, -1)
- else:
    "SOAMES. CHRONICLE HAS CAVIAR. YOU DIDNT. RAN YOUR MOSCOW WAITING PIECE PAGE ONE INSTEAD. HOPE YOU ARE RIGHT. WHITCOMBE" # speaker: Sam Whitcombe
    You think you are. You have the front page, and the front is moving. # fiction
}
Then the rest comes in pieces, over weeks, from cables and correspondents and the BBC. Churchill read the caviar report and telegraphed Lord Beaverbrook. Beaverbrook asked Jordan where he had it from. Jordan refused to name his source. Where and when that conversation happened, nobody at the Metropol can tell you. # fact: churchill_telegram # fact: jordan_refused_source
Someone in the bar calls it the Caviar Conference, and Henry Cassidy of the Associated Press will give the name to a chapter of his book; later books will call it the official codename, though no document of the time is known to use it. # fact: cassidy_caviar_conference # fact: caviar_codename
Beaverbrook, it is said, blamed the younger officials of the British Embassy. Nobody was ever named. The Prime Minister had indeed ordered caviar; the amount had grown in the telling; and what had frightened everybody was the picture of caviar by the crate while Britain queued with its ration books. # fact: beaverbrook_blamed_juniors # fact: amount_exaggerated # fact: rationing_fear
-> pr_fates

= pr_fates
And then there are the people you know, about whom no newspaper will ever print anything. # fiction
{
- pr_source_act == 3 && pr_source == "fenwick":
    Giles Fenwick is called home to London "for consultations" at the end of October. He does not come back. He sends you no message, and that is the message. # fiction
- pr_source_act == 3:
    Ed Marsh is taken off the mission's staff as soon as it reaches London, and sent back to Washington to count rivets. A letter comes for you through the American embassy, two lines long: "I guess I talk too much. So do you. E.M." # fiction
- pr_source_act == 2 && pr_exposure >= 2 && pr_source == "fenwick":
    Lacey's half a name was enough. Giles Fenwick is called home "for consultations" at the end of October, and does not come back. Nobody tells him who put Lacey on the scent. Nobody needs to. # fiction
- pr_source_act == 2 && pr_exposure >= 2:
    Lacey's half a name was enough. Ed Marsh is taken off the mission's staff in London and sent home to Washington. He never finds out exactly why. You know exactly why. # fiction
- pr_source == "fenwick":
    Giles Fenwick survives. He is questioned, like every junior in the chancery, and says nothing, and is believed, or at least not disbelieved. At the end of October he sends you a bottle of something brown with a card: "For services not rendered. G." # fiction
- else:
    Ed Marsh survives. On board the cruiser going home, Lacey asks him twice where he heard about a crate, and he says "around", and is believed, or at least not disbelieved. A card comes for you through the American embassy: "Still counting. Still talking. Thanks. E.M." # fiction
}
{
- pr_trade == 1:
    Dot Pryce is cleared: the Major's report says the cipher clerk was never the source. She never knows that you said a word for her. # fiction
- else:
    Dot Pryce is never named, never charged, and never cleared. For the rest of the war, people in the chancery lower their voices a little when she comes into the room. # fact: beaverbrook_blamed_juniors # fiction
}
Arthur Nye goes home with the mission and, as far as anyone knows, keeps his receipt. # fiction
A British naval officer passing through tells the bar how the missions went home: from the minesweeper Harrier to the cruiser London on a gangplank at sea, Lord Beaverbrook with a rope round his waist. Where exactly, and on which day, he could not say, and only one account of it will come down. # fact: harrier_transfer
By then Beaverbrook has spoken on the BBC of committees by day and the Kremlin by night, and PQ 1, the first convoy, has reached Archangel with tanks and crated Hurricanes, and lost no ships. # fact: missions_back_london # fact: beaverbrook_broadcast # fact: pq1_arrives
-> pr_typhoon

= pr_typhoon
Moscow is not thinking about caviar. # date: 15 October 1941 # location: Hotel Metropol # fact: typhoon_begins
The offensive that began on the day of the press conference has torn open the front west of the city. Kalinin has fallen. The Sovinformburo communiques have stopped saying "heavy fighting" and started saying nothing at all. At night you can hear the guns from the roof of the Metropol, or believe you can. # fact: typhoon_begins # fact: moscow_panic_oct16
On the fifteenth the order comes: the government ministries and the diplomatic corps are to leave Moscow for Kuibyshev, on the Volga. The foreign correspondents go with them, tonight, by special train. # fact: evacuation_kuibyshev
Vera brings the notice. Her hands are not quite steady. She is not going; the press department is leaving some of its people behind.
"Pack one case," she says. "The train leaves from the Kazan station. Be there at eight." # speaker: Vera Lebedeva # fiction
-> pr_vera_goodbye

= pr_vera_goodbye
{She stands at your door with the notice, and does not leave.|Vera looks past you at the window, where the square is full of lorries.|}
* [Ask her what will happen to her]
    ~ pr_vera_up(1)
    "And you, Vera? What happens to you, if they come?" # speaker: Peg Soames
    "They will not come." She says it the way people say prayers. Then, more quietly: "My mother cannot do the stairs, Miss Soames. Where would we go?" # speaker: Vera Lebedeva # fiction
    -> pr_vera_goodbye
* [Give her what is left of your rations: the tea, the sugar, the tinned crab]
    ~ pr_vera_up(1)
    You fill her string bag from your cupboard: tea, sugar, two tins of crab, a slab of chocolate. She does not refuse this time.
    "I will write that you gave me food," she says. "I will write that you were leaving and could not carry it. Both are true." # speaker: Vera Lebedeva # fiction
    -> pr_vera_goodbye
* [Shake her hand, and let her go to the next door]
    You shake her hand. Hers is cold. She has twenty more doors to knock on tonight. # fiction
- Moscow will be the story of the war. You are being told to leave it. # decision: pr_moscow Take the press train to Kuibyshev, or stay in Moscow
* [Take the press train to Kuibyshev]
    ~ pr_moscow = false
    -> pr_train
* [Miss the train on purpose and stay in Moscow]
    ~ pr_moscow = true
    ~ common_adjust(trust_soviet, -2)
    -> pr_stay

= pr_train
You pack one case: the typewriter, the notebooks, two sweaters and the chocolate in gold paper you never ate. # date: 16 October 1941 # location: A special train to Kuibyshev # fact: moscow_panic_oct16
The train leaves long after eight, in the small hours, with the diplomats and their families and their dogs, and men of the NKVD in the corridors. It moves east at the pace of a funeral, stopping for hours in sidings while troop trains go west. # fact: moscow_panic_oct16
{
- pr_vera >= 3:
    Vera came to the station. She stood on the platform in her brown coat with her hands in her pockets until the train moved, and then she raised one hand, and you raised yours. You have no idea whether you will see her again. # fiction
- else:
    Vera did not come to the station. There was no reason she should. But you looked for her brown coat on the platform until the train moved. # fiction
}
On the twentieth you reach Kuibyshev, a Volga town of wooden houses and mud, where the foreign press is billeted in a hotel with one bathroom to a floor. # date: 20 October 1941 # location: Kuibyshev # fact: evacuation_kuibyshev
On the twenty-second Solomon Lozovsky, the Soviet spokesman, holds his first press conference for the foreign correspondents in Kuibyshev. You write down every word he says about Moscow. You have no way of checking any of it from five hundred miles away, and every way of wanting it to be true. # date: 22 October 1941 # fact: lozovsky_kuibyshev
* [Ask how Moscow is being fed]
    You ask how Moscow is being fed. The answer is long, confident, and contains no numbers. You write it down as it is, and add in your notebook, in the margin: NO NUMBERS. # fiction
* [Ask nothing: watch the room]
    You watch the room instead: correspondents in overcoats indoors, diplomats' secretaries taking shorthand, a stove that does not work. Everyone here has left something in Moscow. Nobody says what. # fiction
- ~ pr_front = pr_front + 1
-> pr_nov6

= pr_stay
You do not go to the Kazan station. You sit in your room at the Metropol with the light off and listen to the building empty around you: doors, voices, cases bumping down stairs, cars in the square, then silence. # date: 16 October 1941 # location: Moscow # fact: moscow_panic_oct16
In the morning Moscow is a city you have never seen. Offices with their doors open and nobody in them. Ash blowing in the courtyards where papers were burned in the night. Crowds at the stations, lorries loaded with furniture, a shop with its windows smashed and a queue outside it anyway. Panic, for a day and a half, and then something harder than panic. # fact: moscow_panic_oct16 # fiction
You write it all. Two thousand words, the best you have ever written. Then you walk to the press department with them, and find its doors locked and its rooms dark. The censors have gone east. Without a censor, there is no way to file. The best story of your life sits in your typewriter with nowhere to go. # fact: palgunov_censor # fiction
* [Try the Central Telegraph anyway]
    You try the Central Telegraph on Gorky Street. The clerk at the foreign window looks at your pages, looks at the missing stamp, and slides them back under the grille without a word. # fiction
* [Keep the pages, and wait]
    You keep the pages in your coat and wait, and watch, and write more. They will go out one day, censored, late, but they will go. # fiction
- On the twentieth, a man from the press department finds you, very politely, and puts you on a train east with a stamped paper and no choice. # fiction
{pr_vera >= 3: Vera is at the station, in her brown coat. "You are very stupid, Miss Soames," she says, and then she hugs you, quickly, as if somebody might see, which somebody does. # speaker: Vera Lebedeva}
You reach Kuibyshev on the twenty-fifth. Lozovsky held his first press conference there three days ago; the others tell you about it, and about how Moscow is holding. You have seen Moscow holding. You will file it, censored, a week late, and it will still be the truest thing you send this year. # date: 25 October 1941 # location: Kuibyshev # fact: lozovsky_kuibyshev
~ pr_front = pr_front + 2
-> pr_nov6

= pr_nov6
The news keeps coming, late and out of order. In the Lords, Beaverbrook says the missions promised Stalin exactly the figures of tanks and aircraft he asked for. Roosevelt offers a billion dollars of supplies, free of interest. # date: 6 November 1941 # location: Kuibyshev # fact: lords_speech # fact: fdr_billion
On the evening of the sixth of November, the anniversary of the Revolution, you listen on a crackling set in the hotel in Kuibyshev as Stalin speaks in Moscow, underground, in the Mayakovskaya metro station. He cites the conference in Moscow as proof that the alliance of Britain, America and the Soviet Union is real. # fact: stalin_nov6_speech
Five weeks ago you stood outside a Gothic mansion with a watch in your hand. It feels like a year. # fiction
Before you sleep, you open your notebook at the caviar page one last time and write the last line of it: who, in the end, do you think told the story?
* [Giles Fenwick: he told it first, for the joke]
    ~ pr_theory = 1
* [Ed Marsh: he made it a crate]
    ~ pr_theory = 2
* [Dot Pryce: she had the telegram]
    ~ pr_theory = 3
* [Arthur Nye: he bought it, and he cannot lie]
    ~ pr_theory = 4
* [Nobody you can prove: a joke at a bar has a dozen fathers]
    ~ pr_theory = 5
- -> pr_endings
