// Caviar at one table: in a live class, the British aide, the American aide and the reporter
// seated at one table are the same three people in the same Moscow, and what one of them does
// reaches the others (WRITING.md, "Crossings"). Solo, nothing here changes the story: every
// shared VAR keeps its default, which means "no tablemate said", and every crossing then reads
// as the solo text always did.
//
// Each day's phase line calls table_send(): the role's own decisions of the day go out to the
// table in the shared VARs at that moment, before a teacher's hold, so the tablemates read them
// after it. The receiving knots (crossings.ink) read a shared VAR once, where the role's text
// shows it, and keep what they read in a table_got_ VAR: a value that reaches a seat later
// never changes what that seat has already been told.

// ── shared by the seats of a table (`# shared:` in caviar.ink); 0 = no tablemate said ─────
VAR table_uk_tip = 0        // British aide to the reporter, 1 Oct: 1 told her the whole errand after the bar, 2 gave the table "four tins"
VAR table_uk_bar = 0        // British aide at the Metropol bar, 1 Oct: 3 gave the table the figure, 4 stopped Fenwick (uk_bar + 1)
VAR table_us_trucks = 0     // American aide, 1 Oct: 1 struck the 10,000 trucks, 3 took them to Harriman's office (us_trucks; letting them stand says nothing)
VAR table_us_word = 0       // American aide to his Admiral, 2 Oct: 1 told him about Marsh, 2 would handle it himself (us_marsh; saying nothing says nothing)
VAR table_pr_figure = 0     // the reporter's caviar story got into print by 2 Oct, with 1 four tins, 2 twenty-five pounds, 3 a crate, 4 no figure
VAR table_pr_source = 0     // the reporter to Lacey, 3 Oct, when the British aide was her source: 1 refused, 2 traded, 3 named someone else, 4 named him

// ── what each receiving role read, once: 0 not reached yet, -1 reached with no word from the table
VAR table_got_uk_tip = 0
VAR table_got_uk_bar = 0
VAR table_got_us_trucks = 0
VAR table_got_us_word = 0
VAR table_got_pr_figure = 0
VAR table_got_pr_source = 0

// The role's own decisions, as the table hears them.
=== function table_send()
{ role_name:
- "British aide":
    {
    - uk_leak_place == 1:
        ~ table_uk_tip = 1
    - uk_bar == 2:
        ~ table_uk_tip = 2
    }
    // Laughing along or leaving early gives Lacey nothing to tell the Americans.
    { uk_bar == 2 || uk_bar == 3:
        ~ table_uk_bar = uk_bar + 1
    }
- "American aide":
    // What the tablemates can see: a struck figure or a note from Harriman's office, and a word to
    // the Admiral that Lacey passes on. Letting the figure stand, or saying nothing, leaves no trace.
    { us_trucks == 1 || us_trucks == 3:
        ~ table_us_trucks = us_trucks
    }
    { us_marsh == 1 || us_marsh == 2:
        ~ table_us_word = us_marsh
    }
- "Reporter":
    // Only a story that got into print comes back to the ship in the Prime Minister's signal.
    {
    - pr_published && pr_figure == 0:
        ~ table_pr_figure = 4
    - pr_published:
        ~ table_pr_figure = pr_figure
    }
    {
    - table_got_uk_tip <= 0 || pr_source_act == 0:
        ~ table_pr_source = 0
    - pr_named == "Thomas Arden":
        ~ table_pr_source = 4
    - else:
        ~ table_pr_source = pr_source_act
    }
}

// ── Phases: the same five checkpoints in every role, where a teacher can hold the room ─────
// (docs/teacher-guide.md, "A live lesson"). Each is a tunnel with no choice of its own, called
// where a role's day turns into the next, so that a held seat stops at the next menu, before the
// next day's crossings are read.

=== table_phase_sep29 ===
~ table_send()
The twenty-ninth of September is over: the conference has opened, and the great men have been up the hill twice. # phase: sep29 End of 29 September: the conference opens # fiction
->->

=== table_phase_sep30 ===
~ table_send()
The thirtieth of September is over, and somewhere in it four tins of caviar crossed Moscow in a scarf. # phase: sep30 End of 30 September: the understanding # fiction
->->

=== table_phase_oct01 ===
~ table_send()
The first of October is over: a protocol signed, and a joke told at the Metropol bar. # phase: oct01 End of 1 October: the Protocol and the Metropol bar # fiction
->->

=== table_phase_oct02 ===
~ table_send()
The second of October is over: the press conference given, the copy in the censor's trays, Major Lacey's questions begun. # phase: oct02 End of 2 October: the press conference # fiction
->->

=== table_phase_inquiry ===
~ table_send()
The missions have left Moscow, and Major Lacey's inquiry goes home with them. # phase: inquiry Before the inquiry # fiction
->->
