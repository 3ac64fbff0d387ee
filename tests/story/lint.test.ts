// caviar check's lint of the tag protocol (story/tag-protocol.ts), one warning per problem at
// its file and line.
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { lintStory } from '../../src/story/lint.ts';
import { fixture } from '../helpers.ts';

it('warns of speaker tags on narration, decisions without a summary, phases with two titles and shared names that are no VAR', () => {
  const file = fixture('lint-tags.ink');
  const compiled = compileInk(file);
  expect(compiled.json).not.toBeNull();
  const found = lintStory(file, compiled.sources, compiled.json!).map((d) => formatDiagnostic(d).replace(/^.*lint-tags\.ink/, 'lint-tags.ink'));
  expect(found).toEqual([
    'lint-tags.ink:2: warning: # shared: names "nowhere", which is not a VAR of the story',
    'lint-tags.ink:5: warning: # speaker: on a line that does not start with speech (a quotation mark or a dash): tag only the spoken words',
    'lint-tags.ink:10: warning: # decision: tell_him needs a one-line summary after its id',
    'lint-tags.ink:12: warning: phase "day_end" has two titles: "End of the day" and "The close of day"',
  ]);
});
