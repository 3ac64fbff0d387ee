// The process's streams and environment, injected so commands can run inside tests.

import { caviarEnv } from '../env.ts';

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

let guarded = false;

export const processIO = (): CliIO => {
  if (!guarded) {
    guarded = true;
    endQuietlyWhenClosed(process.stdout);
    endQuietlyWhenClosed(process.stderr);
  }
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
};

/** The watchdog's step limit from CAVIAR_STEP_LIMIT_MS, when set (the engine's default otherwise). */
export const stepLimitOf = (env: NodeJS.ProcessEnv): number | undefined => caviarEnv(env).stepLimitMs ?? undefined;

const lastWords = new Set<() => void>();

/**
 * `last` (an autosave) runs before caviar ends because its output was closed; the returned
 * function takes it back.
 */
export function beforeClosedOutputExit(last: () => void): () => void {
  lastWords.add(last);
  return () => lastWords.delete(last);
}

// A reader that stops early (`caviar play | head -3`, `caviar check | head -1`) closes the pipe:
// that is the reader's choice, not a fault, so caviar stops quietly (exit 0) once what must be
// kept is kept. Node would otherwise die of the unhandled EPIPE with a stack trace.
function endQuietlyWhenClosed(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    for (const last of lastWords) {
      try {
        last();
      } catch {
        // Nothing more can be said: the output is gone.
      }
    }
    if (error.code === 'EPIPE') process.exit(0);
    if (stream !== process.stderr) process.stderr.write(`caviar: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(1);
  });
}
