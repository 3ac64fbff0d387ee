// Builds dist/: caviar's TypeScript sources bundled into plain JavaScript with esbuild, so the
// installed program starts without transpiling a hundred and fifty files at every run. Run by
// `npm install` (prepare). Small packages go into the bundle too, since loading one file is much
// faster than resolving fifty (zod: 70 ms as a package, 35 ms bundled); those that cannot be
// bundled stay outside: blessed loads its widgets by computed names, better-sqlite3 and ssh2 load native code, ws loads optional
// native helpers by name, and xterm.js is sent to browsers as its own files. bin/caviar.js runs dist/ when it is
// at least as new as src/, and the sources through tsx otherwise (while you edit).
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');
fs.rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    caviar: 'src/cli/main.ts',
    // pool.ts starts explorer threads from './worker-entry.mjs' beside itself.
    'worker-entry': 'src/explore/worker.ts',
  },
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // inkjs's per-file build, patched at install (patches/), goes into the bundle; its own
  // bundles (`inkjs`, `inkjs/full`) are never imported by caviar. Not external: esbuild takes an
  // external package name for its subpaths too, and loading inkjs's hundred files one by one
  // was a third of the start.
  external: ['blessed', 'tsx', 'tsx/*', 'better-sqlite3', 'ssh2', 'cpu-features', 'ws', '@xterm/*'],
  // Bundled CommonJS packages call require() for Node's own modules and read __filename.
  banner: {
    js: [
      "import { createRequire as __caviarRequire } from 'node:module';",
      "import { fileURLToPath as __caviarPath } from 'node:url';",
      'const require = __caviarRequire(import.meta.url);',
      'const __filename = __caviarPath(import.meta.url);',
      "const __dirname = __caviarPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The live class's web pages are files the server sends as they are (src/class/web-server.ts).
fs.cpSync(path.join(root, 'src', 'class', 'web'), path.join(outdir, 'web'), { recursive: true });
