// Text caviar writes to a terminal that someone else may have typed (a student's name, a story's
// text, a hand-in's fields): terminal control sequences and bidirectional overrides are taken
// out, so nothing can retitle a window, clear a screen or make text read as something else.

// C0 and C1 controls but tab and newline; the bidi embeddings, overrides and isolates.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: lines and tabs kept, every other control character removed. */
export function sanitizeText(text: string): string {
  return text.replace(CONTROLS, '');
}

/** One line for a terminal: newlines become spaces too. */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[\r\n]+/g, ' ');
}
