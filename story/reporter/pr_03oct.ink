=== pr_d03 ===
Stub. # fiction
-> END
