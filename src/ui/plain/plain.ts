// Plain mode (DESIGN.md "Plain mode"): the story's text as ink produces it, one paragraph per
// line, then `N) choice` lines and a `> ` prompt; input one line at a time. For pipes, screen
// readers, CI and scripted tests. Messages about the session (not story text) and runtime
// problems go to stderr, so stdout stays the story's own transcript.

import readline from 'node:readline';
import { briefingNotice, debriefNotice } from '../../classroom/notices.ts';
import type { Controller, Outcome } from '../../commands/controller.ts';
import { formatIssue } from '../../engine/runner.ts';
import type { SessionState } from '../../engine/state.ts';

export interface PlainIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
}

export interface PlainOptions {
  /**
   * Say how many choices follow ("3 choices:") before listing them, for screen readers.
   * Opt-in (--screen-reader): otherwise plain mode prints ink's text and nothing else.
   */
  screenReader?: boolean;
  /** A classroom session (--role, --student): the briefing at the start, the debrief at each ending. */
  classroom?: boolean;
  /** --marks: choices already taken from this point in any playthrough end with "(taken before)". */
  marks?: boolean;
  /** Receives a function that shows news from outside the input loop (live reload) at once. */
  onReady?: (push: (outcome: Outcome) => void) => void;
}

const NO_MARKS: ReadonlySet<number> = new Set();

/** Text of the current passage and its choices, exactly as plain mode prints it. */
export function renderPassage(state: SessionState, options: PlainOptions = {}, seen = NO_MARKS): string {
  let out = '';
  for (const line of state.lines) {
    if (line.clear) out += '\n';
    if (line.text) out += `${line.speaker ? `${line.speaker}: ` : ''}${line.text}\n`;
  }
  return out + renderChoices(state, options, seen);
}

/** The choices; `seen` holds the positions to mark as taken before (with --marks). */
export function renderChoices(state: SessionState, options: PlainOptions = {}, seen = NO_MARKS): string {
  let out = '';
  const n = state.choices.length;
  if (options.screenReader && n) out += `${n === 1 ? '1 choice' : `${n} choices`}:\n`;
  state.choices.forEach((c, i) => {
    out += `${i + 1}) ${c.text}${seen.has(i) ? ' (taken before)' : ''}\n`;
  });
  if (state.ended) out += 'THE END\n';
  return out;
}

/** The step's warnings and its fault; `canUndo` is false when the story failed before any choice was made. */
function problems(state: SessionState, canUndo: boolean): string {
  let out = state.warnings.map((w) => `warning: ${w}\n`).join('');
  if (state.issue) {
    out += `${formatIssue(state.issue)}\n`;
    out += canUndo
      ? 'The choice was not taken. :undo goes back, :load NAME loads a save, :quit leaves.\n'
      : 'The story stopped before its first choice. :load NAME loads a save, :quit leaves.\n';
  }
  return out;
}

/** Plays until the input ends or :quit. Returns the exit code. */
export async function runPlain(controller: Controller, io: PlainIO, options: PlainOptions = {}): Promise<number> {
  const marks = () => (options.marks ? controller.seenChoices() : NO_MARKS);
  const show = () => {
    const { state } = controller.session;
    io.output.write(renderPassage(state, options, marks()));
    if (options.classroom && state.ended) io.output.write(debriefNotice(controller.session));
    const trouble = problems(state, controller.session.canUndo);
    if (trouble) io.errors.write(trouble);
  };
  const report = (outcome: Outcome) => {
    if (outcome.messages.length) io.output.write(outcome.messages.map((m) => `${m}\n`).join(''));
    if (outcome.show) show();
  };

  if (options.classroom) io.output.write(briefingNotice(controller.session).map((l) => `${l}\n`).join(''));
  show();
  io.output.write('> ');
  options.onReady?.((outcome) => {
    io.output.write('\n');
    report(outcome);
    io.output.write('> ');
  });
  const rl = readline.createInterface({ input: io.input, terminal: false, crlfDelay: Infinity });
  for await (const line of rl) {
    const outcome = controller.input(line);
    report(outcome);
    if (outcome.quit) {
      rl.close();
      return controller.session.state.issue ? 1 : 0;
    }
    // Input that is neither a valid choice nor a command gets its hint and the choices again, and
    // so does a command whose reply pushed them out of sight (:brief, :debrief); after the end
    // there are none to repeat, and THE END once is enough.
    const { state } = controller.session;
    const again = outcome.choicesAgain || !line.trim().startsWith(':');
    if (!outcome.show && again && state.choices.length) io.output.write(renderChoices(state, options, marks()));
    io.output.write('> ');
  }
  controller.autosave();
  if ((io.output as { isTTY?: boolean }).isTTY) io.output.write('\n');
  return controller.session.state.issue ? 1 : 0;
}
