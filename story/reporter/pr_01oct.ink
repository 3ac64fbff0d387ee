=== pr_d01 ===
Stub. # fiction
-> END
