// Placeholder until the shared debrief is written.
=== common_debrief ===
The real source of the caviar story was never identified. # fact: jordan_refused_source
->->
