// The marks the UI draws beside text, in one place so that help's legend and the views agree.
// Each is a glyph, not only a colour: it stays readable with NO_COLOR and in the contrast theme.

export const GLYPH = {
  /** After a choice taken from this point before, in this or an earlier playthrough. */
  seen: '✓',
  /** Branch map: an ending reached at this point. */
  ending: '◆',
  /** Branch map: where the player stands. */
  here: '◉',
  /** Branch map: a point whose branches are folded away, or shown. */
  folded: '▸',
  open: '▾',
  /** Branch map: a point with no branch followed from it. */
  leaf: '·',
  /** Endings list: reached, and not yet. */
  reached: '✓',
  unreached: '·',
  /** Story pane, after a live reload (--watch): text the edit changed. */
  changed: '✎',
} as const;

/** The legend in help: each mark and what it says. */
export const LEGEND: ReadonlyArray<readonly [string, string]> = [
  [GLYPH.seen, 'after a choice: taken from this point before (in any playthrough)'],
  [`${GLYPH.open} ${GLYPH.folded}`, 'branch map: a point with branches shown, folded (← →)'],
  [GLYPH.ending, 'branch map: an ending reached there'],
  [GLYPH.here, 'branch map: where you are'],
  ['(+N)', 'branch map: N more choices in a row folded into this step'],
  [GLYPH.changed, 'story, with --watch: a line the last edit changed'],
];
