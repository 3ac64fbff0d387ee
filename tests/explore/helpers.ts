// Helpers of the explorer's tests: run the explorer on a fixture of tests/fixtures/explore.

import { explore } from '../../src/explore/explore.ts';
import { type ExploreOptions, withDefaults } from '../../src/explore/options.ts';
import type { ExploreReport } from '../../src/explore/report.ts';
import { loadStory, type LoadedStory } from '../../src/story/load.ts';
import { fixture } from '../helpers.ts';

export const exploreFixturePath = (name: string) => fixture('explore', name);

export function loadExploreFixture(name: string): LoadedStory {
  return loadStory(exploreFixturePath(name), { cacheDir: null });
}

/** Explores a fixture in this thread (workers: 0) unless told otherwise; a short watchdog (in ink steps). */
export function exploreFixture(name: string, options: Partial<ExploreOptions> = {}): Promise<ExploreReport> {
  return explore(loadExploreFixture(name), withDefaults({ seed: 1, workers: 0, maxSteps: 5000, ...options }));
}

/** "file.ink:12" -> 12, for assertions on source lines. */
export const lineOf = (source: string | null) => (source ? Number(source.split(':').at(-1)) : null);

/** The 1-based numbers of a report path, as typed in `caviar play`. */
export const typed = (p: { choices: Array<{ index: number }> } | null) => p?.choices.map((c) => c.index + 1) ?? null;
