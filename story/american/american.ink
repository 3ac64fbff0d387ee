// Placeholder until the american role is written.
=== us_start ===
This role is being written. # fiction
-> END
