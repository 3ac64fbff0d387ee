// Whole-process figures of `npm run bench`: caviar started as a user starts it (bin/caviar.js,
// running the build in dist/), against bare node doing the same work with inkjs, in the same run.
//   - start to Caviar's first choice (compile cache warm) against a bare-inkjs script that loads
//     the compiled story and prints its first passage and choices;
//   - `caviar check` on The Intercept (cache warm) against inkjs-compiler compiling it.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadStory } from '../src/story/load.ts';
import { type Figure, median } from './core.ts';

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const bin = path.join(root, 'bin', 'caviar.js');

function timed(args: string[], env: NodeJS.ProcessEnv, input = ''): number {
  const t = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, input, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

/** Median whole-process time of two commands, run alternately so machine noise hits both. */
function ratioOf(ours: () => number, theirs: () => number, runs = 11): { ours: number; theirs: number } {
  ours();
  theirs(); // warm the file cache for both
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(ours());
    b.push(theirs());
  }
  return { ours: median(a), theirs: median(b) };
}

export async function benchProcess(intercept: string | null): Promise<Figure[]> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed: ${build.stderr}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caviar-bench-process-'));
  const env = { CAVIAR_CACHE: path.join(tmp, 'cache'), CAVIAR_SAVES: path.join(tmp, 'saves'), CAVIAR_CONFIG: path.join(tmp, 'config') };
  const figures: Figure[] = [];
  try {
    const caviar = path.join(root, 'story', 'caviar.ink');
    const json = path.join(tmp, 'caviar.json');
    fs.writeFileSync(json, loadStory(caviar, { cacheDir: env.CAVIAR_CACHE }).json);
    const bare = path.join(tmp, 'bare.mjs');
    fs.writeFileSync(
      bare,
      [
        `import fs from 'node:fs';`,
        `import { Story } from ${JSON.stringify(path.join(root, 'node_modules', 'inkjs', 'dist', 'ink.mjs'))};`,
        `const story = new Story(fs.readFileSync(${JSON.stringify(json)}, 'utf8'));`,
        `let out = '';`,
        `while (story.canContinue) out += story.Continue();`,
        `story.currentChoices.forEach((c, i) => (out += (i + 1) + ') ' + c.text + '\\n'));`,
        `process.stdout.write(out + '> ');`,
      ].join('\n'),
    );
    const start = ratioOf(() => timed([bin, '--plain', '--seed', '1'], env), () => timed([bare], env));
    const startRatio = start.ours / start.theirs;
    figures.push({
      figure: `start to first choice, whole process (${start.ours.toFixed(0)} ms against ${start.theirs.toFixed(0)} ms)`,
      story: 'caviar.ink',
      value: startRatio,
      unit: '×',
      target: '≤ 1.5× bare node + inkjs',
      ok: startRatio <= 1.5,
    });
    if (intercept) {
      timed([bin, 'check', intercept], env); // fills the compile cache
      const compiler = path.join(root, 'node_modules', 'inkjs', 'bin', 'inkjs-compiler.js');
      const out = path.join(tmp, 'intercept.json');
      const check = ratioOf(() => timed([bin, 'check', intercept], env), () => timed([compiler, intercept, '-o', out], env), 7);
      const checkRatio = check.ours / check.theirs;
      figures.push({
        figure: `caviar check, cache warm, whole process (${check.ours.toFixed(0)} ms against ${check.theirs.toFixed(0)} ms)`,
        story: 'The Intercept',
        value: checkRatio,
        unit: '×',
        target: '≤ 1× inkjs-compiler compiling it',
        ok: checkRatio <= 1,
      });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return figures;
}
