// Placeholder until the reporter role is written.
=== pr_start ===
This role is being written. # fiction
-> END
