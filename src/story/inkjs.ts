// The one entry into inkjs. caviar runs inkjs's per-file build (`inkjs/engine/*`,
// `inkjs/compiler/*`), where the compiler and the runtime share one set of classes, because
// that build is what `patches/inkjs+2.4.0.patch` corrects (applied by patch-package at
// `npm install`; see docs/architecture.md, "inkjs and its patch"). The bundles (`inkjs`,
// `inkjs/full`) stay as inkjs ships them: the tests use them as bare inkjs 2.4.0 to compare
// with. Nothing else imports an inkjs value, so no two copies of a class ever meet.

import { Story as StoryValue } from 'inkjs/engine/Story';
import { StoryState as StoryStateValue } from 'inkjs/engine/StoryState';
import { FloatValue as FloatValueClass } from 'inkjs/engine/Value';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { Compiler as CompilerValue } from 'inkjs/compiler/Compiler';
import { CompilerOptions as CompilerOptionsValue } from 'inkjs/compiler/CompilerOptions';
import { type FloatPrinting, inkFloatText, inkjsFloatText } from './float-text.ts';

export const Story = StoryValue;
export type Story = StoryValue;
export const Compiler = CompilerValue;
export type Compiler = CompilerValue;
export const CompilerOptions = CompilerOptionsValue;

/** Saved ink state read as inkjs reads it (floats marked, as the patch does), to load more than once. */
export type ParsedInkState = Record<string, unknown>;
export const parseInkState = (json: string): ParsedInkState => SimpleJson.TextToDictionary(json) as ParsedInkState;

// The patched hook through which inkjs turns every float into text (output and string casts).
const floatHook = FloatValueClass as unknown as { format?: (value: number) => string };
// Without the patch caviar would silently print and compute floats as bare inkjs does.
if (typeof floatHook.format !== 'function') {
  throw new Error('inkjs is not patched (patches/inkjs+2.4.0.patch): run `npm install` to apply it');
}

/** Chooses how every story in this process prints floats (src/story/float-text.ts). */
export function setFloatPrinting(printing: FloatPrinting): void {
  floatHook.format = printing === 'ink' ? inkFloatText : inkjsFloatText;
}

setFloatPrinting('ink');

/** The longest string a story may make (by `+`, or "{s}{s}" in an expression), in characters. */
export const MAX_STRING_LENGTH = 1_000_000;

/** Thrown out of ink's step when the story makes a string longer than MAX_STRING_LENGTH. */
export class StringTooLong extends Error {
  constructor(readonly length: number) {
    super(`the story made a string of ${length.toLocaleString('en')} characters`);
  }
}

// A story doubling a string in a loop (~ s = s + s) reaches, in about two seconds, the size at
// which inkjs's StringValue (which splits its text into an array of characters) dies with V8's
// fatal "invalid size", which nothing can catch. Every value ink computes goes onto the
// evaluation stack, so a string is stopped there at twice the limit at most, far from that size.
const stateProto = StoryStateValue.prototype as unknown as { PushEvaluationStack: (obj: unknown) => void };
const pushEvaluationStack = stateProto.PushEvaluationStack;
stateProto.PushEvaluationStack = function (this: unknown, obj: unknown) {
  const value = (obj as { value?: unknown } | null)?.value;
  if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) throw new StringTooLong(value.length);
  pushEvaluationStack.call(this, obj);
};
