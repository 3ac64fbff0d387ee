// Issue 18, the proof: random bytes, truncated and mutated saves, branch maps, recordings,
// compiled stories and hand-ins fed to every command that reads such a file, through the real
// binary. Whatever the damage: exit 0, 1 or 2, no stack trace, at most one line of complaint for
// bad input (exit 2), and the file read is never changed. Seeded (FUZZ_SEED=N to try others; a
// failure names its seed and case), and bounded so it runs in well under a minute.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { type CliRun, fixture, runCli, tempDir } from '../helpers.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 18);
const CASES_PER_KIND = 6;
const CHOICES = fixture('choices.ink');

/** mulberry32: small, seeded, the same sequence everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE_VALUES: unknown[] = [null, '', [], {}, -1, 1e308, 'x'.repeat(5000), '__proto__', '\u001b]0;pwned\u0007\u001b[2J', true, [[[[[]]]]]];

/** One way of damaging a file, by name (for the failure message) and effect. */
const MUTATIONS: Array<[string, (text: string, rng: Rng) => string | Buffer]> = [
  ['random bytes', (_t, rng) => crypto.createHash('sha512').update(String(rng.next())).digest().subarray(0, 1 + rng.int(64))],
  ['truncated', (t, rng) => t.slice(0, rng.int(t.length))],
  ['bytes flipped', (t, rng) => {
    const b = Buffer.from(t);
    for (let i = 0; i < 1 + rng.int(8); i++) b[rng.int(b.length)] = rng.int(256);
    return b;
  }],
  ['a JSON value replaced', (t, rng) => mutateJson(t, rng)],
  ['a line doubled, another dropped', (t, rng) => {
    const lines = t.split('\n');
    const i = rng.int(lines.length);
    lines.splice(rng.int(lines.length), 1, lines[i]!, lines[i]!);
    lines.splice(rng.int(lines.length), 1);
    return lines.join('\n');
  }],
  ['nested 20,000 deep', (t, rng) => (rng.next() < 0.5 ? `${'['.repeat(20_000)}${']'.repeat(20_000)}` : t.replace(/:\s*(\[|\{|"|\d)/, (m) => `:${'['.repeat(20_000)}0${']'.repeat(20_000)},"was"${m}`))],
];

/** Some value inside the JSON (of every line, for a JSON-lines file) replaced by a hostile one. */
function mutateJson(text: string, rng: Rng): string {
  const mutate = (value: unknown): unknown => {
    if (rng.next() < 0.15 || value === null || typeof value !== 'object') return rng.pick(HOSTILE_VALUES);
    if (Array.isArray(value)) {
      const copy = [...value];
      if (copy.length) copy[rng.int(copy.length)] = mutate(copy[rng.int(copy.length)]);
      return copy;
    }
    const copy = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length) {
      const key = rng.pick(keys);
      if (rng.next() < 0.2) delete copy[key];
      else copy[key] = mutate(copy[key]);
    }
    return copy;
  };
  const one = (t: string) => {
    try {
      return JSON.stringify(mutate(JSON.parse(t)));
    } catch {
      return t;
    }
  };
  // A hand-in keeps its playthrough record as JSON inside a comment; other files are JSON, or lines of it.
  const block = /caviar-handin:1:([A-Za-z0-9+/=]+)/.exec(text);
  if (block) {
    const inner = Buffer.from(block[1]!, 'base64').toString('utf8');
    return text.replace(block[1]!, Buffer.from(one(inner)).toString('base64'));
  }
  if (text.trimStart().startsWith('{') && text.includes('\n{')) return text.split('\n').map((l) => (l.trim() && rng.next() < 0.5 ? one(l) : l)).join('\n');
  return one(text);
}

interface Kind {
  name: string;
  /** The sound file, made once. */
  source: () => string;
  /** Where the damaged file goes (its name matters to caviar), and the runs that read it. */
  place: (dir: string) => string;
  runs: (file: string, dir: string, env: NodeJS.ProcessEnv) => Array<{ args: string[]; input?: string }>;
}

const sound = { save: '', map: '', recording: '', handIn: '', compiled: '' };

const KINDS: Kind[] = [
  {
    name: 'save',
    source: () => sound.save,
    place: (dir) => path.join(dir, 'class', 'ada.json'),
    runs: (file, dir) => [
      { args: [CHOICES, '--load', file], input: '1\n' },
      { args: ['transcript', file, '--story', CHOICES] },
      { args: ['class-report', path.dirname(file), '--story', CHOICES, '--out', path.join(dir, 'report.html')] },
    ],
  },
  {
    name: 'branch map',
    source: () => sound.map,
    place: (dir) => path.join(dir, 'saves', 'choices.branches.jsonl'),
    runs: (_file, dir) => [{ args: ['map', CHOICES, '--out', path.join(dir, 'map.html')] }],
  },
  {
    name: 'recording',
    source: () => sound.recording,
    place: (dir) => path.join(dir, 'run.replay.json'),
    runs: (file) => [{ args: ['replay', file, '--plain', '--story', CHOICES] }, { args: [CHOICES, '--record', file], input: '1\n' }],
  },
  {
    name: 'compiled story',
    source: () => sound.compiled,
    place: (dir) => path.join(dir, 'story.json'),
    runs: (file) => [{ args: [file, '--plain'], input: '1\n1\n' }, { args: ['check', file] }, { args: ['explore', file, '--random', '3', '--seed', '1'] }],
  },
  {
    name: 'hand-in',
    source: () => sound.handIn,
    place: (dir) => path.join(dir, 'class', 'ada.md'),
    runs: (file, dir) => [
      { args: ['transcript', file, '--story', CHOICES] },
      { args: ['class-report', path.dirname(file), '--story', CHOICES, '--out', path.join(dir, 'report.html')] },
    ],
  },
];

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const STACK = /^\s+at |node:internal|internal error|Fatal|RangeError|TypeError/m;

beforeAll(async () => {
  const saves = tempDir();
  const dir = tempDir();
  const recording = path.join(dir, 'run.replay.json');
  const env = { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: saves };
  await runCli([CHOICES, '--student', 'Ada', '--record', recording], '1\n2\n', env);
  const save = path.join(saves, 'autosave-choices.json');
  const md = path.join(dir, 'ada.md');
  await runCli(['transcript', save, '--story', CHOICES, '--out', md], '', env);
  sound.save = fs.readFileSync(save, 'utf8');
  sound.map = fs.readFileSync(path.join(saves, 'choices.branches.jsonl'), 'utf8');
  sound.recording = fs.readFileSync(recording, 'utf8');
  sound.handIn = fs.readFileSync(md, 'utf8');
  sound.compiled = compileInk(CHOICES).json!;
  for (const [name, text] of Object.entries(sound)) if (!text) throw new Error(`no sound ${name} to start from`);
}, 120_000);

describe(`fuzz: damaged files of every kind, seed ${SEED}`, () => {
  const rng = prng(SEED);
  const cases = KINDS.flatMap((kind) =>
    Array.from({ length: CASES_PER_KIND }, (_, n) => {
      const [mutation] = MUTATIONS[n % MUTATIONS.length]!;
      return { kind, mutation, caseSeed: rng.int(2 ** 31) };
    }),
  );

  it.concurrent.each(cases.map((c) => [`${c.kind.name}, ${c.mutation} (case seed ${c.caseSeed})`, c] as const))('%s', async (_name, c) => {
    const dir = tempDir();
    const file = c.kind.place(dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const damage = MUTATIONS.find(([m]) => m === c.mutation)![1];
    fs.writeFileSync(file, damage(c.kind.source(), prng(c.caseSeed)));
    const before = sha(file);
    const env = { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: path.join(dir, 'saves'), CAVIAR_CONFIG: tempDir() };
    for (const { args, input } of c.kind.runs(file, dir, env)) {
      const run: CliRun = await runCli(args, input ?? '', env);
      const what = `caviar ${args.join(' ')} (FUZZ_SEED=${SEED}, case seed ${c.caseSeed}):\n${run.stderr}`;
      expect(run.signal, what).toBeNull();
      expect([0, 1, 2], what).toContain(run.code);
      expect(run.stderr, what).not.toMatch(STACK);
      expect(run.stdout, what).not.toMatch(STACK);
      if (run.code === 2) expect(run.stderr, what).toMatch(/^caviar: [^\n]*\n$/);
      // --record over a recording of this same story may replace it: that is its job.
      if (!args.includes('--record')) expect(sha(file), `${what}\nthe file read was changed`).toBe(before);
    }
  }, 120_000);
});
