// A passage as plain text, exactly as plain mode prints it: the story's lines, then `N) choice`
// lines and THE END. Here rather than in plain mode because recordings keep what was printed
// and `caviar test` compares against it, both without a front end.

import type { Line, SessionState } from './state.ts';

export interface PassageOptions {
  /**
   * Say how many choices follow ("3 choices:") before listing them, for screen readers.
   * Opt-in (--screen-reader): otherwise plain mode prints ink's text and nothing else.
   */
  screenReader?: boolean;
  /**
   * --raw: ink's output as inklecate's play mode (`inklecate -p`) prints it, to diff against it:
   * every line as ink gives it, its tags as `# tags: a, b`, a blank line and `N: text` before
   * the choices (plain mode adds `?> ` as the prompt); no speaker names, no blank line for
   * CLEAR, no THE END.
   */
  raw?: boolean;
}

export const NO_MARKS: ReadonlySet<number> = new Set();

/** Text of the current passage and its choices, exactly as plain mode prints it. */
export function renderPassage(state: SessionState, options: PassageOptions = {}, seen = NO_MARKS): string {
  if (options.raw) return renderRaw(state);
  return renderLines(state.lines) + renderChoices(state, options, seen);
}

/** A passage's lines as plain mode prints them; `mark` gives what goes before line j (live reload's marks). */
export function renderLines(lines: readonly Line[], mark: (j: number) => string = () => ''): string {
  let out = '';
  lines.forEach((line, j) => {
    if (line.clear) out += '\n';
    if (line.text) out += `${mark(j)}${line.speaker ? `${line.speaker}: ` : ''}${line.text}\n`;
  });
  return out;
}

/** The choices; `seen` holds the positions to mark as taken before (with --marks). */
export function renderChoices(state: SessionState, options: PassageOptions = {}, seen = NO_MARKS): string {
  let out = '';
  const n = state.choices.length;
  if (options.screenReader && n) out += `${n === 1 ? '1 choice' : `${n} choices`}:\n`;
  state.choices.forEach((c, i) => {
    out += `${i + 1}) ${c.text}${seen.has(i) ? ' (taken before)' : ''}\n`;
  });
  // A story that ends on its own "THE END" line has said it already.
  if (state.ended && state.lines.at(-1)?.text.trim().toUpperCase() !== 'THE END') out += 'THE END\n';
  return out;
}

/** The passage as inklecate's play mode prints it (PassageOptions.raw). */
export function renderRaw(state: SessionState): string {
  let out = '';
  for (const line of state.lines) {
    out += `${line.text}\n`;
    if (line.tags.length) out += `# tags: ${line.tags.join(', ')}\n`;
  }
  if (state.choices.length) out += `\n${state.choices.map((c, i) => `${i + 1}: ${c.text}\n`).join('')}`;
  return out;
}

/**
 * What plain mode printed at each turn of a path (index: the turn), followed as the path moves:
 * a recording keeps it as its expectation, and `caviar test` compares a replay against it. A
 * debug goto's text follows the text of its turn, after its `[debug]` mark.
 */
export class PrintedPath {
  private turns: Array<string | null> = [];
  private last: SessionState | null = null;

  follow(state: SessionState): void {
    if (state === this.last || state.issue) return;
    this.last = state;
    const text = renderPassage(state);
    if (state.debug && this.turns.length === state.turn + 1) this.turns[state.turn] += `[debug] ${state.debug}\n${text}`;
    else {
      // Turns before a resumed save were not seen here: unknown, not empty.
      while (this.turns.length < state.turn) this.turns.push(null);
      this.turns.length = state.turn;
      this.turns.push(text);
    }
  }

  get(): Array<string | null> {
    return [...this.turns];
  }
}
