// Ink expressions typed by an author: at the prompt (`x + 1`, `x = 5`, as inklecate's prompt
// takes them), in `:set`, and in checks (`--assert`, `--goal`). Parsed here and evaluated
// against a running story through `ExprScope`, without the compiler: a compiled .json story
// has no parsed story to resolve names against, and the prompt must work for both.
// The subset: numbers, strings, true/false, global variables, list items, knot and stitch
// names (their visit counts, as in ink), `-> path` arguments, the operators of ink's
// expressions (arithmetic, comparison, and/or/not, `?`/`has`, `!?`/`hasnt`) and the
// built-ins that read the story's state (TURNS_SINCE, READ_COUNT, TURNS, CHOICE_COUNT,
// LIST_COUNT). Calling the story's own functions is left out: they may change the state.

export type Expr =
  | { kind: 'literal'; value: number | string | boolean }
  | { kind: 'name'; name: string }
  | { kind: 'divert'; path: string }
  | { kind: 'unary'; op: '-' | 'not'; operand: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'call'; name: string; args: Expr[] };

/** A statement at the prompt: an expression to print, or an assignment to a global. */
export type Statement = { kind: 'expression'; expr: Expr } | { kind: 'assign'; name: string; expr: Expr };

/** An InkList as the evaluator uses it (inkjs's class, kept structural so this file needs no inkjs). */
export interface ListLike {
  Contains(other: ListLike): boolean;
  HasIntersection(other: ListLike): boolean;
  Union(other: ListLike): ListLike;
  Without(other: ListLike): ListLike;
  Equals(other: ListLike): boolean;
  readonly Count: number;
  toString(): string;
}

export type Value = number | string | boolean | ListLike;

/** What an expression can read of the story where it stands. */
export interface ExprScope {
  /** A global variable's value; undefined when there is no such global. */
  variable(name: string): Value | undefined;
  /** The list holding just this item (`Colour.red` or `red`); undefined when there is none. */
  listItem(name: string): ListLike | undefined;
  /** Times a knot or stitch was visited; undefined when the story has no such place. */
  visits(path: string): number | undefined;
  /** Turns since a knot or stitch was last visited (-1: never); undefined when there is none. */
  turnsSince(path: string): number | undefined;
  turns(): number;
  choiceCount(): number;
  /** Names the story has, for "did you mean". */
  names(): string[];
}

export class ExprError extends Error {}

const KEYWORDS: Record<string, string> = { and: '&&', or: '||', not: 'not', mod: '%', has: '?', hasnt: '!?' };

type Token = { t: 'num'; v: number } | { t: 'str'; v: string } | { t: 'id'; v: string } | { t: 'op'; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const rest = text.slice(i);
    const num = /^\d+(\.\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*/.exec(rest);
    if (id) {
      const word = KEYWORDS[id[0]];
      tokens.push(word ? { t: 'op', v: word } : { t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new ExprError('a string is not closed: a " is missing');
      tokens.push({ t: 'str', v: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    const op = /^(->|==|!=|<=|>=|&&|\|\||!\?|[-+*/%<>!?()=,~^])/.exec(rest);
    if (!op) throw new ExprError(`"${c}" cannot be part of an expression`);
    tokens.push({ t: 'op', v: op[0] === '!' ? 'not' : op[0] });
    i += op[0].length;
  }
  return tokens;
}

const LEVELS: string[][] = [['||'], ['&&'], ['==', '!=', '<', '>', '<=', '>=', '?', '!?', '^'], ['+', '-'], ['*', '/', '%']];

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }

  private isOp(v: string): boolean {
    const t = this.peek();
    return t?.t === 'op' && t.v === v;
  }

  private expectOp(v: string): void {
    if (!this.isOp(v)) throw new ExprError(`expected "${v}"${this.where()}`);
    this.at++;
  }

  private where(): string {
    const t = this.peek();
    return t ? ` before "${t.v}"` : ' at the end';
  }

  done(): void {
    if (this.at < this.tokens.length) throw new ExprError(`unexpected "${this.peek()!.v}"`);
  }

  statement(): Statement {
    if (this.isOp('~')) this.at++;
    const first = this.peek();
    const second = this.tokens[this.at + 1];
    if (first?.t === 'id' && second?.t === 'op' && second.v === '=') {
      this.at += 2;
      const expr = this.expression();
      this.done();
      return { kind: 'assign', name: first.v, expr };
    }
    const expr = this.expression();
    this.done();
    return { kind: 'expression', expr };
  }

  expression(level = 0): Expr {
    if (level === LEVELS.length) return this.unary();
    let left = this.expression(level + 1);
    for (;;) {
      const t = this.peek();
      if (t?.t !== 'op' || !LEVELS[level]!.includes(t.v)) return left;
      this.at++;
      left = { kind: 'binary', op: t.v, left, right: this.expression(level + 1) };
    }
  }

  private unary(): Expr {
    if (this.isOp('-') || this.isOp('not')) {
      const op = this.peek()!.v as '-' | 'not';
      this.at++;
      return { kind: 'unary', op, operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.peek();
    if (!t) throw new ExprError('an expression is missing at the end');
    this.at++;
    if (t.t === 'num' || t.t === 'str') return { kind: 'literal', value: t.v };
    if (t.t === 'id') {
      if (t.v === 'true' || t.v === 'false') return { kind: 'literal', value: t.v === 'true' };
      if (!this.isOp('(')) return { kind: 'name', name: t.v };
      this.at++;
      const args: Expr[] = [];
      while (!this.isOp(')')) {
        args.push(this.expression());
        if (!this.isOp(')')) this.expectOp(',');
      }
      this.at++;
      return { kind: 'call', name: t.v, args };
    }
    if (t.v === '(') {
      const inner = this.expression();
      this.expectOp(')');
      return inner;
    }
    if (t.v === '->') {
      const target = this.peek();
      if (target?.t !== 'id') throw new ExprError('-> needs the name of a knot or stitch');
      this.at++;
      return { kind: 'divert', path: target.v };
    }
    this.at--;
    throw new ExprError(`unexpected "${t.v}"`);
  }
}

/** Parses what an author typed at the prompt; throws ExprError saying what is wrong. */
export function parseStatement(text: string): Statement {
  return new Parser(tokenize(text)).statement();
}

/** Parses an expression (for --assert and --goal); throws ExprError saying what is wrong. */
export function parseExpression(text: string): Expr {
  const parser = new Parser(tokenize(text));
  const expr = parser.expression();
  parser.done();
  return expr;
}

const isList = (v: Value): v is ListLike => typeof v === 'object';

export function evaluate(expr: Expr, scope: ExprScope): Value {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'divert':
      throw new ExprError(`-> ${expr.path} can only be given to TURNS_SINCE or READ_COUNT here`);
    case 'name':
      return nameValue(expr.name, scope);
    case 'unary': {
      const v = evaluate(expr.operand, scope);
      if (expr.op === 'not') return !truthy(v);
      if (typeof v !== 'number') throw new ExprError(`cannot negate ${describe(v)}`);
      return -v;
    }
    case 'call':
      return call(expr, scope);
    case 'binary':
      return binary(expr.op, evaluate(expr.left, scope), expr.op === '&&' || expr.op === '||' ? () => evaluate(expr.right, scope) : evaluate(expr.right, scope));
  }
}

function nameValue(name: string, scope: ExprScope): Value {
  const variable = scope.variable(name);
  if (variable !== undefined) return variable;
  const item = scope.listItem(name);
  if (item) return item;
  const visits = scope.visits(name);
  if (visits !== undefined) return visits;
  throw new ExprError(`the story has no variable, list item or knot named "${name}"${didYouMean(name, scope.names())}`);
}

function call(expr: Extract<Expr, { kind: 'call' }>, scope: ExprScope): Value {
  const place = () => {
    const arg = expr.args[0];
    if (expr.args.length !== 1 || !arg || (arg.kind !== 'divert' && arg.kind !== 'name')) {
      throw new ExprError(`${expr.name} takes one knot or stitch: ${expr.name}(-> knot)`);
    }
    return arg.kind === 'divert' ? arg.path : arg.name;
  };
  const known = (path: string, n: number | undefined) => {
    if (n === undefined) throw new ExprError(`the story has no knot or stitch named "${path}"${didYouMean(path, scope.names())}`);
    return n;
  };
  switch (expr.name) {
    case 'TURNS_SINCE': {
      const path = place();
      return known(path, scope.turnsSince(path));
    }
    case 'READ_COUNT': {
      const path = place();
      return known(path, scope.visits(path));
    }
    case 'TURNS':
      return scope.turns();
    case 'CHOICE_COUNT':
      return scope.choiceCount();
    case 'LIST_COUNT': {
      const v = expr.args.length === 1 ? evaluate(expr.args[0]!, scope) : null;
      if (v === null || !isList(v)) throw new ExprError('LIST_COUNT takes one list');
      return v.Count;
    }
    default:
      throw new ExprError(`${expr.name}() cannot be called here (only TURNS_SINCE, READ_COUNT, TURNS, CHOICE_COUNT and LIST_COUNT)`);
  }
}

function binary(op: string, a: Value, bOrLazy: Value | (() => Value)): Value {
  if (op === '&&') return truthy(a) && truthy((bOrLazy as () => Value)());
  if (op === '||') return truthy(a) || truthy((bOrLazy as () => Value)());
  const b = bOrLazy as Value;
  if (isList(a) || isList(b)) {
    if (!isList(a) || !isList(b)) throw new ExprError(`cannot use ${op} between ${describe(a)} and ${describe(b)}`);
    switch (op) {
      case '==':
        return a.Equals(b);
      case '!=':
        return !a.Equals(b);
      case '?':
        return a.Contains(b);
      case '!?':
        return !a.Contains(b);
      case '^':
        return a.HasIntersection(b);
      case '+':
        return a.Union(b);
      case '-':
        return a.Without(b);
    }
    throw new ExprError(`cannot use ${op} on lists`);
  }
  if (op === '==') return a === b || (typeof a !== 'string' && typeof b !== 'string' && Number(a) === Number(b));
  if (op === '!=') return !binary('==', a, b);
  if (op === '?' || op === '!?') {
    if (typeof a !== 'string' || typeof b !== 'string') throw new ExprError(`${op} needs lists or strings`);
    return op === '?' ? a.includes(b) : !a.includes(b);
  }
  if (op === '+' && (typeof a === 'string' || typeof b === 'string')) return `${format(a)}${format(b)}`;
  if (typeof a === 'string' || typeof b === 'string') throw new ExprError(`cannot use ${op} on a string`);
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      if (y === 0) throw new ExprError('division by zero');
      // Ink divides whole numbers as whole numbers.
      return Number.isInteger(x) && Number.isInteger(y) ? Math.trunc(x / y) : x / y;
    case '%':
      if (y === 0) throw new ExprError('division by zero');
      return x % y;
    case '<':
      return x < y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
  }
  throw new ExprError(`unknown operator ${op}`);
}

export function truthy(v: Value): boolean {
  if (isList(v)) return v.Count > 0;
  if (typeof v === 'string') return v.length > 0;
  return Boolean(v);
}

/** A value as ink prints it. */
export function format(v: Value): string {
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

function describe(v: Value): string {
  if (isList(v)) return 'a list';
  return typeof v === 'string' ? `the string "${v}"` : `the ${typeof v} ${format(v)}`;
}

/** " (did you mean "x"?)" from the names closest to `name`, or nothing when none is close. */
export function didYouMean(name: string, names: readonly string[]): string {
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of names) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}
