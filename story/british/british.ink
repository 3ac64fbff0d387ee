// Placeholder until the british role is written.
=== uk_start ===
This role is being written. # fiction
-> END
