// Helpers shared by every role.

// Move a 0-10 score by delta, clamped, e.g. ~ common_adjust(standing, 1)
=== function common_adjust(ref score, delta)
~ score = score + delta
{
- score > 10:
    ~ score = 10
- score < 0:
    ~ score = 0
}

// Call on the same line as a `# clue:` tag: counts the clue for the sidebar.
=== function common_clue()
~ clues = clues + 1
