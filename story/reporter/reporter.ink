// Role C: Margaret "Peg" Soames, Moscow correspondent of The Clarion (prefix pr_).
// Files: reporter.ink (variables, start, helpers), pr_28sep.ink, pr_29sep.ink, pr_30sep.ink,
// pr_01oct.ink (the Protocol and the Metropol bar), pr_02oct.ink (verification, press
// conference, censor), pr_03oct.ink (Major Lacey, the departure), pr_epilogue.ink (October to
// 6 November), pr_endings.ink (the five endings and the debrief).

// The role's own variables. Each decision point is stored here and read again later.
VAR pr_vera = 0             // goodwill of Vera Lebedeva, 0-4 (28 Sep ration, 30 Sep, 2 Oct)
VAR pr_fenwick = 0          // how far Giles Fenwick trusts you, 0-3 (28 Sep, 1 Oct)
VAR pr_marsh = 0            // how far Ed Marsh trusts you, 0-3
VAR pr_comm = 0             // 29 Sep: 1 built on the official communique, 2 filed your own reading
VAR pr_lead = 0             // 29 Sep own reading: 1 the thirty minutes, 2 the six committees, 3 the house
VAR pr_day30 = 0            // 30 Sep: 1 the city with Vera, 2 the embassy, 3 the Metropol lobby
VAR pr_queue = 0            // 30 Sep city piece: 1 left the queue out, 2 kept it in for the censor to judge
VAR pr_tone = 0             // Kremlin nights: 1 triumph, 2 hard bargaining, 3 no verdict
VAR pr_trucks = 0           // 1 Oct Protocol story: 1 printed 10,000 trucks, 2 left them out, 3 trucks without a number
VAR pr_source = ""          // who gave you the caviar tip: "fenwick" or "marsh"
VAR pr_promised = false     // promised your source to keep his name out
VAR pr_cav = 0              // the tip: 0 let it lie, 1 filed it fast, 2 verified first
VAR pr_dropped = false      // you let the caviar story go, at any stage
VAR pr_checks = 0           // verification visits made on the morning of 2 Oct
VAR pr_figure = 0           // figure in your copy: 0 none, 1 four tins, 2 twenty-five pounds, 3 a crate
VAR pr_attrib = 0           // attribution in copy: 1 close to the missions, 2 an American, 3 a junior at the embassy
VAR pr_exposure = 0         // how identifiable your source has become
VAR pr_asked = 0            // 2 Oct corridor question: 1 transport, 2 trucks, 3 caviar, 4 nothing
VAR pr_censor = 0           // 2 Oct: 1 cut, 2 fought, 3 rerouted
VAR pr_won = false          // the fight with the censor was won
VAR pr_route = ""           // reroute: "marsh" or "bag"
VAR pr_published = false    // the caviar story reached print in London
VAR pr_late = false         // it reached print late, by a route round the censor
VAR pr_front = 0            // pieces on the war itself that went out
VAR pr_source_act = 0       // 3 Oct, to Major Lacey: 1 refused, 2 traded, 3 named
VAR pr_trade = 0            // what you traded: 1 cleared the cipher room, 2 pointed at a side of the bar
VAR pr_named = ""           // whom you named
VAR pr_moscow = false       // stayed in Moscow in mid-October instead of the press train
VAR pr_theory = 0           // your last notebook entry on the source: 1 Fenwick, 2 Marsh, 3 Dot Pryce, 4 Nye, 5 no one proved
VAR pr_ending = ""          // which ending this playthrough reached

// Evidence for the caviar story, gathered as clues.
LIST pr_evidence = pr_ev_counter, pr_ev_ledger, pr_ev_sighting, pr_ev_receipt, pr_ev_chit, pr_ev_cipher, pr_ev_dollars, pr_ev_arden

=== pr_start ===
~ role_name = "Reporter"
~ briefing = "You are Margaret Soames, thirty-four, called Peg by everyone who is not afraid of you: Moscow correspondent of The Clarion, a London daily. Like every foreign correspondent you must live at the Hotel Metropol, eat its ambassador's rations while the city queues, and send every word you write through the censors of the Foreign Commissariat's press department. This week Lord Beaverbrook and Averell Harriman fly in to settle what Britain and America will send to keep Russia in the war. Your editor, Sam Whitcombe, wants what the communique will not say. You want the true story of the week, and you want to still be able to look your sources in the eye when it is over."
~ objective = "Get a true story out of Moscow past the censor without burning anyone who trusted you."
You are Peg Soames, reporter. # role: reporter # CLEAR # date: 28 September 1941 # location: Hotel Metropol, Moscow # fiction
{briefing}
Your private objective: {objective}
* [Begin: breakfast at the Metropol]
    -> pr_d28
* [Begin, after a look at your notebook]
    Your notebook is the cheap Russian kind, grey paper that drinks ink. On the first page, in capitals, the only rules you have ever kept. # fiction
    CHECK IT. THEN CHECK WHO TOLD YOU. THEN CHECK WHY.
    Under them, in smaller letters, added in July, the week you arrived: EVERYTHING GOES THROUGH THE CENSOR. EVERYONE REPORTS TO SOMEONE.
    -> pr_d28

// The ending is decided from the whole playthrough, in this order.
=== function pr_compute_ending()
{
- pr_source_act == 3:
    ~ return "burned"
- pr_source_act == 2 && pr_exposure >= 2:
    ~ return "burned"
- pr_published && pr_figure >= 2:
    ~ return "scar"
- pr_published:
    ~ return "protected"
- pr_cav > 0 && not pr_dropped:
    ~ return "spiked"
- else:
    ~ return "bigger"
}

// Goodwill helpers for the invented cast; they clamp to 0-4.
=== function pr_vera_up(delta)
~ pr_vera = pr_vera + delta
{
- pr_vera > 4:
    ~ pr_vera = 4
- pr_vera < 0:
    ~ pr_vera = 0
}

// True when you have seen for yourself, or on paper, that it was four tins.
=== function pr_knows_tins()
~ return LIST_COUNT(pr_evidence ^ (pr_ev_counter, pr_ev_ledger, pr_ev_receipt, pr_ev_sighting, pr_ev_arden)) > 0

// The figure in your copy is one your own evidence gives: four tins you can show, or no figure
// at all on a story you have checked. Jordan's twenty-five pounds and Marsh's crate never are.
=== function pr_copy_matches_evidence()
{
- pr_figure == 1:
    ~ return pr_knows_tins()
- pr_figure == 0:
    ~ return pr_knows_tins() || (pr_evidence ? pr_ev_chit)
- else:
    ~ return false
}

=== function pr_expose(delta)
~ pr_exposure = pr_exposure + delta

// The bar's last menu (pr_bar_source) always sets pr_source, before anything asks for the name.
=== function pr_source_name()
{
- pr_source == "fenwick":
    ~ return "Giles Fenwick"
- else:
    ~ return "Ed Marsh"
}
