// Plain mode (DESIGN.md "Plain mode"): the story's text as ink produces it, one paragraph per
// line, then `N) choice` lines and a `> ` prompt; input one line at a time. For pipes, screen
// readers, CI and scripted tests. Messages about the session (not story text) and runtime
// problems go to stderr, so stdout stays the story's own transcript.

import readline from 'node:readline';
import { briefingNotice, debriefNotice } from '../../classroom/notices.ts';
import type { Controller, Outcome } from '../../commands/controller.ts';
import { formatIssue } from '../../engine/runner.ts';
import { NO_MARKS, type PassageOptions, renderChoices, renderLines, renderPassage, renderRaw } from '../../engine/passage-text.ts';
import type { ReplayedPassage } from '../../engine/reload.ts';
import type { SessionState } from '../../engine/state.ts';

export interface PlainIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  errors: NodeJS.WritableStream;
}

export interface PlainOptions extends PassageOptions {
  /** A classroom session (--role, --student): the briefing at the start, the debrief at each ending. */
  classroom?: boolean;
  /** --marks: choices already taken from this point in any playthrough end with "(taken before)". */
  marks?: boolean;
  /** Receives a function that shows news from outside the input loop (live reload) at once. */
  onReady?: (push: (outcome: Outcome) => void) => void;
}

/** The prompt: none in raw mode once the story has ended (inklecate stops there). */
function prompt(state: SessionState, options: PlainOptions): string {
  if (!options.raw) return '> ';
  return state.ended ? '' : '?> ';
}

/** The step's warnings and its fault; `canUndo` is false when the story failed before any choice was made. */
function problems(state: SessionState, canUndo: boolean): string {
  // Each warning is whole and located already ("Ink runtime warning at PATH (file:line): ...").
  let out = state.warnings.map((w) => `${w}\n`).join('');
  if (state.issue) {
    out += `${formatIssue(state.issue)}\n`;
    out += canUndo
      ? 'The choice was not taken. :undo goes back, :load NAME loads a save, :quit leaves.\n'
      : 'The story stopped before its first choice. :load NAME loads a save, :quit leaves.\n';
  }
  return out;
}

const CHANGED = '[changed] ';

/** A passage of the path shown again after a reload: the choice that led to it, then its text. */
function passageAgain(p: ReplayedPassage): string {
  let out = '';
  if (p.choice) out += `> ${p.choiceChanged ? CHANGED : ''}${p.choice.text}\n`;
  if (p.debug) out += `[debug] ${p.debug}\n`;
  const changed = new Set(p.changed);
  return out + renderLines(p.lines, (j) => (changed.has(j) ? CHANGED : ''));
}

/** Plays until the input ends or :quit. Returns the exit code. */
export async function runPlain(controller: Controller, io: PlainIO, options: PlainOptions = {}): Promise<number> {
  const marks = () => (options.marks ? controller.seenChoices() : NO_MARKS);
  const show = (reloaded?: ReplayedPassage[]) => {
    const { state } = controller.session;
    // A new version of the story: the whole path again, as it reads now, with what changed marked.
    if (reloaded && !options.raw) io.output.write(reloaded.map(passageAgain).join('') + renderChoices(state, options, marks()));
    else io.output.write(renderPassage(state, options, marks()));
    if (options.classroom && state.ended) io.output.write(debriefNotice(controller.session));
    const trouble = problems(state, controller.session.canUndo);
    if (trouble) io.errors.write(trouble);
  };
  const report = (outcome: Outcome) => {
    if (outcome.messages.length) io.output.write(outcome.messages.map((m) => `${m}\n`).join(''));
    if (outcome.show) show(outcome.reloaded);
  };

  if (options.classroom) io.output.write(briefingNotice(controller.session).map((l) => `${l}\n`).join(''));
  show();
  io.output.write(prompt(controller.session.state, options));
  options.onReady?.((outcome) => {
    io.output.write('\n');
    report(outcome);
    io.output.write(prompt(controller.session.state, options));
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
    if (!outcome.show && !outcome.answered && again && state.choices.length) {
      io.output.write(options.raw ? renderRaw({ ...state, lines: [] }) : renderChoices(state, options, marks()));
    }
    io.output.write(prompt(state, options));
  }
  controller.autosave();
  if ((io.output as { isTTY?: boolean }).isTTY) io.output.write('\n');
  return controller.session.state.issue ? 1 : 0;
}
