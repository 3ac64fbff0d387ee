// Role B: Lt. (j.g.) Henry Lowell, USNR, aide to Admiral Standley in Harriman's mission (prefix us_).
// Files: american.ink (variables, start, helpers), us_voyage.ink (22-28 Sep), us_29sep.ink,
// us_30sep.ink, us_01oct.ink, us_02oct.ink, us_03oct.ink (departure, gangplank, inquiry at sea),
// us_epilogue.ink (October-November), us_endings.ink (ending, debrief).

// The role's own variables. Each decision point is stored here and read again later.
VAR us_promise = 0          // running sum: +1 for each generous word, -1 for each word that can be shipped
VAR us_fixer = 0            // acts off the Admiral's channel for Mr Harriman's office (loyal, open work never counts)
VAR us_memo = 0             // 24 Sep memo for Standley: 1 shipping column, 2 production only, 3 the rosy total
VAR us_nye_friend = false   // helped Arthur Nye with his dispatch box on the voyage
VAR us_cranes = false       // counted the cranes at Archangel
VAR us_night28 = 0          // 28 Sep: 1 waited with the cars at the Kremlin, 2 sat with the embassy, 3 worked for the Admiral
VAR us_sorokin = 0          // first answer to Sorokin: 1 honest, 2 warm, 3 asked about railways
VAR us_checked_answers = false // checked the pre-typed Russian answers overnight (29 Sep)
VAR us_transport = 0        // transport draft: 1 will help, 2 will deliver, 3 help with a shipping study
VAR us_loan = 0             // money: 1 hinted at credit, 2 kept to the brief, 3 took it to Harriman
VAR us_british = 0          // British share: 1 sided with the British staff, 2 pushed US numbers, 3 asked for both columns
VAR us_saw_nye = false      // saw Nye buy the tins at the Metropol counter (30 Sep)
VAR us_private_list = 0     // 30 Sep night: 1 did Harriman's list and told the Admiral, 2 did it quietly, 3 declined
VAR us_trucks = 0           // 1 Oct truck figure: 1 flagged it, 2 let it stand, 3 took it to Harriman's office
VAR us_bar = 0              // 1 Oct Metropol bar: 1 took Marsh home, 2 let it run, 3 laughed along, 4 corrected the figure
VAR us_press = 0            // 2 Oct, to Peg Soames: 1 the schedule, 2 the big number, 3 no comment
VAR us_marsh = 0            // 2 Oct, Marsh and the Admiral: 1 told Standley, 2 handled it yourself, 3 said nothing
VAR us_dot_log = false      // learned of Dot Pryce's cipher-room night
VAR us_marsh_dollars = false // Marsh admitted his hundred began as dollars
VAR us_proofread = false    // proofread Harriman's cable of 3 Oct
VAR us_parcel = 0           // gangplank: 1 the Admiral and the papers, 2 the parcel unopened, 3 opened it and carried it, 4 opened it and gave it back
VAR us_tins = 0             // at sea: 0 never had them, 1 handed them to Lacey, 2 kept quiet, 3 slipped them back to Nye
VAR us_named = 0            // to Major Lacey: 1 Marsh, 2 Fenwick, 3 the chain without names, 4 nobody
VAR us_final_memo = 0       // London: 1 the honest shortfall, 2 the hopeful line, 3 sent privately to Harriman
VAR us_sent_for_marsh = false // the Admiral wanted Marsh home by midnight (1 Oct)
VAR us_met_fenwick = false  // heard Fenwick's grievance by the fire (29 Sep)
VAR us_met_dot = false      // spoke to Dot Pryce on the back stairs (29 Sep)
VAR us_met_vera = false     // sat with Vera Lebedeva at the Metropol bar (1 Oct)
VAR us_met_peg = false      // talked to Peg Soames at the Metropol bar (1 Oct)
VAR us_ending = ""          // which ending this playthrough reached

=== us_start ===
~ role_name = "American aide"
~ briefing = "You are Lieutenant (junior grade) Henry Lowell, United States Naval Reserve, twenty-nine, until this summer a statistician at the Office of Production Management. Now you carry Admiral William H. Standley's papers in Averell Harriman's mission to Moscow. The Russians need everything at once; America is not at war, and every ton has to cross an ocean and round a cape of ice. You know the difference between a number on a page and a crate on a dock."
~ objective = "Make sure nothing America promises here is a promise it cannot ship."
You are Lieutenant Henry Lowell, American aide. # role: american # CLEAR # fiction
{briefing}
Your private objective: {objective}
* [Begin: the cruiser London, at sea]
    -> us_voyage

// Endings are decided from the whole playthrough. Back-Channel needs three acts off the
// Admiral's channel (of six possible): the truck sheet taken round the press side, the loan
// question taken to Harriman's office, the list done without telling the Admiral (counts twice),
// Marsh kept off paper, the final note sent privately.
=== function us_compute_ending()
{
- us_tins == 2 || us_tins == 3:
    ~ return "smuggler"
- us_fixer >= 3:
    ~ return "back_channel"
- us_promise >= 1:
    ~ return "enthusiast"
- else:
    ~ return "realist"
}

// A word that can be shipped pulls the sum down; a generous one pushes it up.
=== function us_promise_more()
~ us_promise = us_promise + 1

=== function us_promise_less()
~ us_promise = us_promise - 1

// One act off the Admiral's channel, for Mr Harriman's office.
=== function us_serve_harriman()
~ us_fixer = us_fixer + 1
