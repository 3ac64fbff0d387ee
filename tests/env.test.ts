// The environment variables, read and checked in one place (src/env.ts).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { caviarEnv } from '../src/env.ts';
import { runCli } from './helpers.ts';

describe('the environment', () => {
  it('puts settings in $CAVIAR_CONFIG, else $XDG_CONFIG_HOME/caviar, else ~/.config/caviar; the cache likewise', () => {
    expect(caviarEnv({ CAVIAR_CONFIG: '/a/b', XDG_CONFIG_HOME: '/x', HOME: '/h' }).config).toBe(path.resolve('/a/b'));
    expect(caviarEnv({ XDG_CONFIG_HOME: '/x', HOME: '/h' }).config).toBe(path.join('/x', 'caviar'));
    expect(caviarEnv({ HOME: '/h' }).config).toBe(path.join('/h', '.config', 'caviar'));
    expect(caviarEnv({ CAVIAR_CACHE: '/c', HOME: '/h' }).cache).toBe(path.resolve('/c'));
    expect(caviarEnv({ XDG_CACHE_HOME: '/xc', HOME: '/h' }).cache).toBe(path.join('/xc', 'caviar'));
  });

  it('treats an empty value as unset, for every variable', () => {
    const env = caviarEnv({ CAVIAR_SAVES: '', CAVIAR_CACHE: ' ', CAVIAR_CONFIG: '', CAVIAR_STEP_LIMIT_MS: '', NO_COLOR: '', HOME: '/h' });
    expect(env).toMatchObject({ saves: null, stepLimitMs: null, noColor: false, cache: path.join('/h', '.cache', 'caviar') });
  });

  it.each(['abc', 'NaN', '-1', '0', '1.5', '1e3', '99999999999'])('refuses CAVIAR_STEP_LIMIT_MS=%s', (value) => {
    expect(() => caviarEnv({ CAVIAR_STEP_LIMIT_MS: value })).toThrow(/CAVIAR_STEP_LIMIT_MS takes a whole number of milliseconds from 1 to/);
  });

  it('a bad variable stops any command at start: exit 2, one line naming it', async () => {
    const run = await runCli(['check', 'no-such.ink'], '', { CAVIAR_STEP_LIMIT_MS: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('caviar: CAVIAR_STEP_LIMIT_MS takes a whole number of milliseconds from 1 to 3600000, not "abc"\n');
  });
});
