// The process's streams and environment, injected so commands can run inside tests.

import { caviarEnv } from '../env.ts';

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
}

export const processIO = (): CliIO => ({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });

/** The watchdog's step limit from CAVIAR_STEP_LIMIT_MS, when set (the engine's default otherwise). */
export const stepLimitOf = (env: NodeJS.ProcessEnv): number | undefined => caviarEnv(env).stepLimitMs ?? undefined;
