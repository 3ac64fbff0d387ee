// Errors that reach the user as one clear message and an exit code (DESIGN.md "CLI contract").
// Anything else that escapes is a bug in caviar and is reported as such.

/** The story is broken: compile errors, an unsupported format, a missing EXTERNAL. Exit 1. */
export class StoryError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'StoryError';
  }
}

/** Bad usage or a bad input file (flag, save, slot name). Exit 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function exitCodeOf(error: unknown): number {
  return error instanceof StoryError || error instanceof UsageError ? error.exitCode : 1;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
