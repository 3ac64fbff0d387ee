# title: Caviar
# author: The caviar project
# watch: standing Standing
# watch: trust_embassy Embassy trust
# watch: trust_press Press contacts
# watch: trust_soviet Soviet officials
# watch: clues Clues found
# watch: reputation Reputation
# shared: table_uk_tip table_uk_bar table_us_trucks table_us_word table_pr_figure table_pr_source

// Caviar: an interactive history of the First Moscow Conference, 28 September - 6 November 1941.
// The shared rules of the story (files, variables, tags, the invented cast) are in WRITING.md.

VAR standing = 5
VAR trust_embassy = 5
VAR trust_press = 5
VAR trust_soviet = 3
VAR clues = 0
VAR reputation = 5
VAR briefing = ""
VAR objective = ""
VAR objective_met = false
VAR role_name = ""
VAR prologue_guess = 0       // the prologue's guess: 1 Moscow will hold, 2 it will fall

// Every INCLUDE lives here, in the main file, so the paths mean the same in every ink tool.
INCLUDE common/functions.ink
INCLUDE common/debrief.ink
INCLUDE common/prologue.ink
// at one table in a live class: what the roles do to each other (WRITING.md, "Crossings")
INCLUDE table/table.ink
INCLUDE table/crossings.ink
// british role files
INCLUDE british/british.ink
INCLUDE british/uk_29sep.ink
INCLUDE british/uk_30sep.ink
INCLUDE british/uk_01oct.ink
INCLUDE british/uk_02oct.ink
INCLUDE british/uk_03oct.ink
INCLUDE british/uk_endings.ink
// american role files
INCLUDE american/american.ink
INCLUDE american/us_voyage.ink
INCLUDE american/us_29sep.ink
INCLUDE american/us_30sep.ink
INCLUDE american/us_01oct.ink
INCLUDE american/us_02oct.ink
INCLUDE american/us_03oct.ink
INCLUDE american/us_epilogue.ink
INCLUDE american/us_endings.ink
// reporter role files
INCLUDE reporter/reporter.ink
INCLUDE reporter/pr_28sep.ink
INCLUDE reporter/pr_29sep.ink
INCLUDE reporter/pr_30sep.ink
INCLUDE reporter/pr_01oct.ink
INCLUDE reporter/pr_02oct.ink
INCLUDE reporter/pr_03oct.ink
INCLUDE reporter/pr_epilogue.ink
INCLUDE reporter/pr_endings.ink

-> title_page

=== title_page ===
Moscow, autumn 1941. # CLEAR # date: 28 September 1941 # location: Moscow
The German armies are three hundred kilometres from the Kremlin. Into the city fly two missions, one British and one American, to ask Stalin what he needs to stay in the war, and to promise what they can. # fact: arrival_vyshinsky
The conference will last three days. Correspondents will nickname it after a fish egg. # fact: caviar_codename
Who will you be?
* [Thomas Arden, a junior aide in Lord Beaverbrook's British mission]
    -> common_prologue -> uk_start
* [Lieutenant Henry Lowell, aide to Admiral Standley in Averell Harriman's American mission]
    -> common_prologue -> us_start
* [Peg Soames, Moscow correspondent of the London Clarion]
    -> common_prologue -> pr_start
