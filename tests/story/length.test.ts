// Issue 12's lesson length, over the same 1,000 seeded random playthroughs per role as the other
// lesson figures: every role's median playthrough is 5,000-7,000 words up to the ending line,
// the role medians are within 15% of each other, and every playthrough reaches the caviar affair
// (its first `# fact: caviar_purchase` line, story/WRITING.md) within its first 2,500 words.
import path from 'node:path';
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { ROOT } from '../helpers.ts';
import { lessonPlaythroughs, median } from './figures.ts';

const ROLES = ['british', 'american', 'reporter'];

it('every role fits a lesson: median 5,000-7,000 words, medians within 15%, the caviar affair within 2,500 words', () => {
  const json = compileInk(path.join(ROOT, 'story', 'caviar.ink')).json!;
  const medians = ROLES.map((role, roleIndex) => {
    const runs = lessonPlaythroughs(json, roleIndex);
    const words = median(runs.map((r) => r.words));
    const late = runs.filter((r) => r.wordsBeforeCaviar === null || r.wordsBeforeCaviar > 2500);
    const caviar = runs.map((r) => r.wordsBeforeCaviar ?? Infinity);
    // The reading time docs/teacher-guide.md quotes: 200 words a minute, and 10 seconds a choice.
    const choices = median(runs.map((r) => r.choices));
    const minutes = Math.round(words / 200 + (choices * 10) / 60);
    console.log(`${role}: median ${words} words and ${choices} choices (about ${minutes} minutes), caviar affair after at most ${Math.max(...caviar)} words (median ${median(caviar)})`);
    expect(late.slice(0, 3).map((r) => `${role} seed ${r.seed}: caviar affair after ${r.wordsBeforeCaviar ?? 'never'} words`)).toEqual([]);
    expect(words, role).toBeGreaterThanOrEqual(5000);
    expect(words, role).toBeLessThanOrEqual(7000);
    return words;
  });
  expect(Math.max(...medians) / Math.min(...medians)).toBeLessThanOrEqual(1.15);
}, 600_000);
