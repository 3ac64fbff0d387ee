// Every way out of the UI restores the terminal and keeps the autosave (BLESSED-NOTES #8, #9).
// Once any handler of ours is installed, blessed's own ones stand aside, so this module owns
// them all: every signal whose default is to end the process (128 + its number), uncaught
// exceptions and rejections (1; a RangeError of a string or array grown too long is one), and
// Ctrl-Z suspension. process.exit() from anywhere is blessed's: its 'exit' handler, which it
// installs whatever else listens, destroys the screen. What cannot be caught: SIGKILL, and V8's
// own fatal errors (the heap exhausted), which end the process at once.

import os from 'node:os';
import type { TerminalScreen } from './blessed.ts';

export const EXIT = { quit: 0, error: 1, SIGHUP: 129, SIGINT: 130, SIGQUIT: 131, SIGTERM: 143 } as const;

/**
 * The signals whose default action ends the process, and that Node lets JavaScript handle.
 * Left out: SIGUSR1 (Node's debugger), SIGPROF (V8's sampling profiler), SIGPIPE (Node ignores
 * it), SIGBUS, SIGFPE, SIGSEGV and SIGILL (a real one leaves nothing safe to run), SIGKILL and
 * SIGSTOP (not catchable).
 */
const FATAL_SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGABRT', 'SIGALRM', 'SIGVTALRM', 'SIGXCPU', 'SIGXFSZ', 'SIGUSR2', 'SIGTRAP', 'SIGSYS', 'SIGPWR'] as const;

const exitCodeOf = (signal: NodeJS.Signals) => 128 + (os.constants.signals[signal] ?? 0);

export interface Exits {
  quit(code: number): void;
  crash(error: unknown): void;
}

/** Installs the process handlers; returns their removal. */
export function guardProcess(exits: Exits, streams: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream }): () => void {
  const handlers = FATAL_SIGNALS.filter((signal) => signal in os.constants.signals).map((signal) => [signal, () => exits.quit(exitCodeOf(signal))] as const);
  const crash = (error: unknown) => exits.crash(error);
  // After a hangup the terminal is gone: writes fail with EIO, reads end. Neither may turn
  // into an exception while the UI shuts down.
  const ignore = () => {};
  const hangup = () => exits.quit(EXIT.SIGHUP);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  streams.output.on('error', ignore);
  streams.input.on('error', ignore);
  streams.input.on('end', hangup);
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    process.off('uncaughtException', crash);
    process.off('unhandledRejection', crash);
    streams.input.off('end', hangup);
    // The error listeners stay: a late EIO after the last write must not crash the exit.
  };
}

/**
 * Ctrl-Z: hands the terminal back and stops the process. Without job control (started from
 * `sh -c`) the stop is discarded by the system, and no SIGCONT comes: the UI then takes the
 * terminal back by itself after a moment instead of staying blank.
 */
export function suspend(screen: TerminalScreen, redraw: () => void): void {
  screen.release();
  let back = false;
  const resume = () => {
    if (back) return;
    back = true;
    process.off('SIGCONT', resume);
    clearTimeout(timer);
    screen.reacquire();
    redraw();
  };
  process.on('SIGCONT', resume);
  const timer = setTimeout(resume, 300);
  process.kill(process.pid, 'SIGTSTP');
}
