// Text caviar writes to a terminal that someone else may have typed (a student's name, a story's
// text, a hand-in's fields): terminal control sequences and bidirectional overrides are taken
// out, so nothing can retitle a window, clear a screen or make text read as something else.

import { Writable } from 'node:stream';

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

/**
 * A stream that passes what is written to `target` with control characters taken out: for
 * what caviar prints where a terminal may read it. `isTTY` is the target's, so a front end can
 * still tell a terminal from a pipe.
 */
export function sanitizingStream<T extends NodeJS.WritableStream & { isTTY?: boolean }>(target: T): SanitizingStream {
  const stream = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      // Passed on at once (done called synchronously), so nothing waits in this stream when the process exits.
      target.write(sanitizeText(typeof chunk === 'string' ? chunk : chunk.toString('utf8')));
      done();
    },
  });
  return Object.assign(stream, { isTTY: target.isTTY, unsanitized: target });
}

export type SanitizingStream = NodeJS.WritableStream & {
  isTTY?: boolean;
  /** The stream underneath, for caviar's own control sequences (explore's progress bar). */
  unsanitized: NodeJS.WritableStream & { isTTY?: boolean };
};

/** The stream underneath a sanitizing one, or the stream itself. */
export function unsanitized(stream: NodeJS.WritableStream): NodeJS.WritableStream & { isTTY?: boolean } {
  return (stream as Partial<SanitizingStream>).unsanitized ?? stream;
}

/** `target` itself when it is not a terminal (a pipe gets ink's text exact), else it sanitised. */
export function forTerminal<T extends NodeJS.WritableStream & { isTTY?: boolean }>(target: T): NodeJS.WritableStream & { isTTY?: boolean } {
  return target.isTTY ? sanitizingStream(target) : target;
}
