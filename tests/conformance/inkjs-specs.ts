// Reads inkjs 2.4.0's own jest specs (../shared/corpus/inkjs-tests, read in place) and extracts
// every case whose expectation is a story transcript: a story compiled, then only Continue /
// ContinueMaximally (their text expected or not), ChooseChoiceIndex(n), and the current
// choices' count and texts. A case that does anything else (bindings, variables, saved state,
// flows, tags, errors expected) is not a transcript and is counted as such, not played.

import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export type Step =
  | { kind: 'continue'; expect: string | null }
  | { kind: 'continueMaximally'; expect: string | null }
  | { kind: 'choose'; index: number }
  | { kind: 'choiceCount'; expect: number }
  | { kind: 'choiceText'; index: number; expect: string };

/** One compiled story and what is done with it (a spec case may compile several in turn). */
export interface Run {
  /** The .ink file, absolute. */
  file: string;
  countAllVisits: boolean;
  /** Bare inkjs loads the story from its compiled JSON, and a choice from a saved state, as a shipped story does. */
  viaJson?: boolean;
  steps: Step[];
}

export interface SpecCase {
  /** "Spec file > case name". */
  name: string;
  runs: Run[];
}

export interface Extraction {
  cases: SpecCase[];
  /** Cases that are not transcripts, with the first statement that made them so. */
  skipped: Array<{ name: string; why: string }>;
}

class NotTranscript extends Error {}

/** A string built from literals ("a" + 'b' + `c`), or a number. */
function literal(node: ts.Expression): string | number {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isParenthesizedExpression(node)) return literal(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return `${literal(node.left)}${literal(node.right)}`;
  }
  throw new NotTranscript(`not a literal: ${node.getText()}`);
}

const STORY = 'context.story';

/** The step for one statement of a case, or NotTranscript. */
function stepOf(statement: ts.Statement, ink: (name: string, countAllVisits: boolean) => Run, runs: Run[]): void {
  const text = statement.getText();
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) throw new NotTranscript(text);
  const call = statement.expression;
  const callee = call.expression.getText();
  const current = () => {
    const run = runs.at(-1);
    if (!run) throw new NotTranscript(`before any story: ${text}`);
    return run;
  };
  if (callee === 'compileStory') {
    const [name, visits, errors] = call.arguments;
    if (!name || (errors && errors.getText() !== 'false')) throw new NotTranscript(text);
    runs.push(ink(String(literal(name)), visits?.getText() === 'true'));
    return;
  }
  if (callee === `${STORY}.Continue` && call.arguments.length === 0) return void current().steps.push({ kind: 'continue', expect: null });
  if (callee === `${STORY}.ContinueMaximally`) return void current().steps.push({ kind: 'continueMaximally', expect: null });
  if (callee === `${STORY}.ChooseChoiceIndex` && call.arguments[0]) {
    return void current().steps.push({ kind: 'choose', index: Number(literal(call.arguments[0])) });
  }
  // expect(ACTUAL).toBe(EXPECTED) / .toEqual(EXPECTED)
  const matcher = call.expression;
  if (ts.isPropertyAccessExpression(matcher) && ['toBe', 'toEqual'].includes(matcher.name.text) && call.arguments[0]) {
    const inner = matcher.expression;
    if (ts.isCallExpression(inner) && inner.expression.getText() === 'expect' && inner.arguments[0]) {
      const actual = inner.arguments[0].getText().replace(/\s+/g, '');
      const expected = literal(call.arguments[0]);
      if (actual === `${STORY}.Continue()`) return void current().steps.push({ kind: 'continue', expect: String(expected) });
      if (actual === `${STORY}.ContinueMaximally()`) return void current().steps.push({ kind: 'continueMaximally', expect: String(expected) });
      if (actual === `${STORY}.currentChoices.length`) return void current().steps.push({ kind: 'choiceCount', expect: Number(expected) });
      const choice = /^context\.story\.currentChoices\[(\d+)\]\.text$/.exec(actual);
      if (choice) return void current().steps.push({ kind: 'choiceText', index: Number(choice[1]), expect: String(expected) });
    }
  }
  throw new NotTranscript(text);
}

/** The folder under inkfiles/original/ that a spec file's compileStory() reads from. */
function categoryOf(source: ts.SourceFile): string | null {
  let category: string | null = null;
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) && node.name?.text === 'compileStory') {
      const find = (n: ts.Node) => {
        if (ts.isCallExpression(n) && n.expression.getText().endsWith('makeDefaultTestContext') && n.arguments[1]) {
          category = String(literal(n.arguments[1]));
        }
        ts.forEachChild(n, find);
      };
      find(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return category;
}

/** Every `it(name, () => {...})` of a spec file. */
function casesOf(source: ts.SourceFile): Array<{ name: string; body: ts.Block }> {
  const found: Array<{ name: string; body: ts.Block }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.getText() === 'it' && node.arguments.length >= 2) {
      const fn = node.arguments[1]!;
      if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isBlock(fn.body)) {
        found.push({ name: String(literal(node.arguments[0]!)), body: fn.body });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function extractSpecs(root: string): Extraction {
  const specs = path.join(root, 'src', 'tests', 'specs', 'ink');
  const inkRoot = path.join(root, 'src', 'tests', 'inkfiles', 'original');
  const extraction: Extraction = { cases: [], skipped: [] };
  for (const file of fs.readdirSync(specs).filter((f) => f.endsWith('.spec.ts')).sort()) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(specs, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const category = categoryOf(source);
    for (const { name, body } of casesOf(source)) {
      const full = `${file.replace('.spec.ts', '')} > ${name}`;
      const runs: Run[] = [];
      try {
        if (category === null) throw new NotTranscript('no compileStory() in this spec file');
        const ink = (story: string, countAllVisits: boolean): Run => ({ file: path.join(inkRoot, category, `${story}.ink`), countAllVisits, steps: [] });
        for (const statement of body.statements) stepOf(statement, ink, runs);
        if (!runs.length || !runs.some((r) => r.steps.some((s) => 'expect' in s && s.expect !== null))) {
          throw new NotTranscript('expects no text or choices');
        }
        extraction.cases.push({ name: full, runs });
      } catch (error) {
        if (!(error instanceof NotTranscript)) throw error;
        extraction.skipped.push({ name: full, why: error.message.split('\n')[0]! });
      }
    }
  }
  return extraction;
}
