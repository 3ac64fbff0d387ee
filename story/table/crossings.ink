// The crossings: where one role's text shows what a tablemate did (table.ink says how the values
// travel). Each tunnel is called once, from one line of a role file; each reads its shared VAR
// once into a table_got_ VAR (-1: reached, and nobody at the table said), and the line that shows
// a tablemate's act carries `# crossing: ID Summary`. With no tablemate, each falls through to
// the role's own solo text.

// ── The reporter, 2 October, at the press conference ─────────────────────────────────────

// What the British aide told her after the bar (table_uk_tip), and what the American aide did with
// the truck figure on his side's sheet (table_us_trucks).
=== table_pr_presser ===
{
- table_uk_tip == 1:
    ~ table_got_uk_tip = 1
    ~ pr_evidence += pr_ev_arden
    Before they let you in you go over last night once more. There was a third voice, after the bar, that your notebook has no page for yet: the young clerk with ink on his cuff, Thomas Arden of the Beaverbrook mission, who found you away from the table and told you all of it, flatly, without a joke in it. The telegram, the embassy's roubles, the counter, four blue tins, the scarf. # crossing: table_uk_tip Your source was the British aide at your table: he told you the whole errand, four tins and a scarf # fiction
    ~ common_clue()
    Thomas Arden, of the British mission, told you the errand himself: a telegram, embassy roubles, four one-kilo tins from the counter, carried in a scarf. # clue: 1 Oct, after the bar: Thomas Arden of the British mission told you the whole errand: four one-kilo tins, embassy roubles, a scarf.
    He asked for nothing, and you promised nothing. He is the first man this week who knew the size of it and said so. # fiction
- table_uk_tip == 2:
    ~ table_got_uk_tip = 2
    ~ pr_evidence += pr_ev_arden
    Before they let you in you go over last night once more, and stop at the moment the table went quiet: the young clerk with ink on his cuff saying "Four tins. Not a crate." Thomas Arden, of the Beaverbrook mission, correcting a joke with the exact figure, in front of every correspondent at the table. # crossing: table_uk_tip.bar The British aide at your table gave the correspondents the true size of it at the bar: four tins # fiction
    ~ common_clue()
    At the bar, Thomas Arden of the British mission corrected the joke: "Four tins. Not a crate." # clue: 1 Oct, Metropol bar: Thomas Arden of the British mission said aloud it was four one-kilo tins, "not a crate".
- else:
    ~ table_got_uk_tip = -1
}
{
- table_us_trucks == 1:
    ~ table_got_us_trucks = 1
    The Americans' summary sheet is on every chair, and on yours a pencil line has survived three desks: "10,000 trucks" struck through, and in the margin, in a statistician's small hand, "not in the US schedule; source?". The Admiral's young aide, at the back with a folder, is looking anywhere but at you. # crossing: table_us_trucks.pr The American aide at your table decided what his side's sheet said about the ten thousand trucks # fiction
    ~ common_clue()
    The American summary sheet at the press conference: "10,000 trucks" struck through in pencil, "not in the US schedule; source?" # clue: 2 Oct, the American summary sheet: "10,000 trucks" struck through, "not in the US schedule; source?"
    {pr_trucks == 1: You printed that figure last night. Now you know where its paper is not.}
- table_us_trucks == 3:
    ~ table_got_us_trucks = 3
    The Americans' summary sheet is on every chair, and the trucks have gone from it. In their place: "motor vehicles, quantities to be settled". Somebody took the figure across a corridor to Harriman's office, and it did not come back. # crossing: table_us_trucks.pr The American aide at your table decided what his side's sheet said about the ten thousand trucks # fiction
    {pr_trucks == 1: You printed ten thousand last night. The Americans themselves no longer will.}
- else:
    ~ table_got_us_trucks = -1
}
->->

// ── The reporter, 3 October: Major Lacey, when the British aide was her source ────────────

// Her source when the British aide told her the whole errand: he is the name she has to give.
=== function table_pr_name_arden()
~ pr_named = "Thomas Arden"
"Thomas Arden. Your own mission, one of the clerks. He told me the whole of it after the bar on Wednesday night: the telegram, the roubles, the four tins." # speaker: Peg Soames # crossing: table_uk_tip.named Your source was the British aide at your table, and you gave Major Lacey his name
Arden asked you for nothing. You tell yourself that is not the same as trusting you. You know that it is. # fiction

// ── The British aide, 2 October, the press sheet ─────────────────────────────────────────

=== table_uk_sheet ===
{
- table_us_trucks == 1:
    ~ table_got_us_trucks = 1
    Clipped under the draft is a carbon of the Americans' own summary sheet, and on it somebody on their side, the Admiral's aide by the hand, has drawn a neat line through the same figure: "not in the US schedule; source?". # crossing: table_us_trucks.uk The American aide at your table decided what the Americans' own sheet said about the ten thousand trucks # fiction
- table_us_trucks == 3:
    ~ table_got_us_trucks = 3
    Clipped under the draft is a note from Harriman's office, in a hand you do not know: "Trucks: quantities to be settled. Please do not print a monthly figure." Somebody on the American side took the number to the top, and the top took it back. # crossing: table_us_trucks.uk The American aide at your table decided what the Americans' own sheet said about the ten thousand trucks # fiction
- else:
    ~ table_got_us_trucks = -1
}
->->

// ── The British aide, 6 October, Major Lacey's file ──────────────────────────────────────

// What the reporter's paper printed (table_pr_figure), what she told Lacey about her source when he
// was it (table_pr_source), and what the American aide told his Admiral about Marsh (table_us_word).
=== table_uk_inquiry ===
{
- table_pr_figure >= 1 && table_pr_figure <= 4:
    ~ table_got_pr_figure = table_pr_figure
    Beside Jordan's cutting in the file lies a second one, from The Clarion, under Peg Soames's name: {table_pr_figure == 1:four one-kilo tins, bought at the Metropol counter, no crate and no pounds of either kind|{table_pr_figure == 2:twenty-five pounds' worth, the same figure as Jordan's|{table_pr_figure == 3:a crate of caviar, bought for the Prime Minister's breakfast|caviar bought for the Prime Minister, and no figure at all}}}. # crossing: table_pr_figure.uk What the reporter at your table got into print about the caviar lay in Major Lacey's file # fiction
    { table_pr_figure == 1:
        "One paper at least got the fish right," Lacey says. "It doesn't help as much as you'd think." # speaker: Major Lacey
    }
- else:
    ~ table_got_pr_figure = -1
}
{
- table_pr_source == 1:
    ~ table_got_pr_source = 1
    "Miss Soames of the Clarion would not give me a name," Lacey says. "I asked her at six in the morning, which is when people usually do." He looks at you, and you understand that he does not know, and that she could have told him. # speaker: Major Lacey # crossing: table_pr_source The reporter at your table decided what Major Lacey learned about you when he asked for her source
- table_pr_source == 2:
    ~ table_got_pr_source = 2
    ~ uk_suspicion = uk_suspicion + 1
    "Miss Soames of the Clarion would not give me a name," Lacey says, "but she was good enough to tell me which side of the table it came from." He lets that sit. There were not many men on that side of the table. # speaker: Major Lacey # crossing: table_pr_source The reporter at your table decided what Major Lacey learned about you when he asked for her source
- table_pr_source == 3:
    ~ table_got_pr_source = 3
    "Miss Soames of the Clarion gave me a name," Lacey says. "Not yours, as it happens." He watches your face while he says it, and you try to give it nothing to watch. # speaker: Major Lacey # crossing: table_pr_source The reporter at your table decided what Major Lacey learned about you when he asked for her source
- table_pr_source == 4:
    ~ table_got_pr_source = 4
    ~ uk_suspicion = uk_suspicion + 3
    ~ common_adjust(standing, -2)
    "Miss Soames of the Clarion gave me a name," Lacey says, "at ten past six on the morning we left. It was yours, Mr Arden." He says it without pleasure. It is on the page in front of him, underlined. # speaker: Major Lacey # crossing: table_pr_source The reporter at your table decided what Major Lacey learned about you when he asked for her source
- else:
    ~ table_got_pr_source = -1
}
{
- table_us_word == 1:
    ~ table_got_us_word = 1
    "The Americans have been very correct," Lacey goes on. "Admiral Standley's aide gave the Admiral a plain account, and the Admiral gave it to me: their Mr Marsh made it a hundred pounds and a crate, in front of the correspondents." # speaker: Major Lacey # crossing: table_us_word What the American aide at your table told his Admiral about Ed Marsh was read out in Major Lacey's inquiry
    ~ common_clue()
    The Americans told Lacey that their Ed Marsh made it "a hundred pounds" and "a crate" at the bar. # clue: 6 Oct, Lacey's file: the American side's own account names Ed Marsh as the man who inflated the figure.
- table_us_word == 2:
    ~ table_got_us_word = 2
    "The Americans tell me they are dealing with their side of it themselves, quietly," Lacey goes on. "Which tells me there is a side of it." # speaker: Major Lacey # crossing: table_us_word What the American aide at your table told his Admiral about Ed Marsh was read out in Major Lacey's inquiry
- else:
    ~ table_got_us_word = -1
}
->->

// ── The American aide, 2 October, the Admiral after Lacey's visit ─────────────────────────

=== table_us_affair ===
{
- table_uk_bar == 3:
    ~ table_got_uk_bar = 3
    And one more thing, the Admiral says: the Major let fall that it was one of Lord Beaverbrook's own clerks who gave the correspondents the number, four tins, across the table. So the British have a leak of their own, and know it. # crossing: table_uk_bar What the British aide at your table did at the Metropol bar was in Major Lacey's account to your Admiral # fiction
- table_uk_bar == 4:
    ~ table_got_uk_bar = 4
    The Major also said, the Admiral adds, that one of the mission's young men stood up in the bar and told Mr. Fenwick to stop. The British, at least, tried. He would like to know whether any American did. # crossing: table_uk_bar What the British aide at your table did at the Metropol bar was in Major Lacey's account to your Admiral # fiction
- else:
    ~ table_got_uk_bar = -1
}
->->

// ── The American aide, 6 October, the signal from London ────────────────────────────────

=== table_us_inquiry ===
{
- table_pr_figure >= 1 && table_pr_figure <= 4:
    ~ table_got_pr_figure = table_pr_figure
    The signal names two papers. One is Jordan's. The other is The Clarion, under Peg Soames's name, and it says {table_pr_figure == 1:four one-kilo tins, no crate, bought at the Metropol counter|{table_pr_figure == 2:twenty-five pounds' worth|{table_pr_figure == 3:a crate|caviar, and no figure at all}}}. You think of her at the bar with her pen uncapped. # crossing: table_pr_figure.us What the reporter at your table got into print about the caviar came back in the Prime Minister's signal # fiction
- else:
    ~ table_got_pr_figure = -1
}
->->
