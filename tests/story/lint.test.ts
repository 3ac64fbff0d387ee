// caviar check's lint of the tag protocol (story/tag-protocol.ts), one warning per problem at
// its file and line.
import { expect, it } from 'vitest';
import { compileInk } from '../../src/story/compile.ts';
import { formatDiagnostic } from '../../src/story/diagnostics.ts';
import { lintStory } from '../../src/story/lint.ts';
import { readMetadata } from '../../src/story/metadata.ts';
import { fixture } from '../helpers.ts';

it('warns of speaker tags on narration, decisions without a summary, phases with two titles, shared names that are no VAR and crossings without an id, a summary or a VAR', () => {
  const file = fixture('lint-tags.ink');
  const compiled = compileInk(file);
  expect(compiled.json).not.toBeNull();
  const found = lintStory(file, compiled.sources, compiled.json!).map((d) => formatDiagnostic(d).replace(/^.*lint-tags\.ink/, 'lint-tags.ink'));
  expect(found).toEqual([
    'lint-tags.ink:2: warning: # shared: names "nowhere", which is not a VAR of the story',
    'lint-tags.ink:5: warning: # speaker: on a line that does not start with speech (a quotation mark or a dash): tag only the spoken words',
    'lint-tags.ink:10: warning: # decision: tell_him needs a one-line summary after its id',
    'lint-tags.ink:12: warning: phase "day_end" has two titles: "End of the day" and "The close of day"',
    'lint-tags.ink:14: warning: # crossing: needs an id and a summary, e.g. # crossing: leak_told Your tablemate told the press',
    'lint-tags.ink:15: warning: # crossing: told needs a one-line summary after its id',
    'lint-tags.ink:16: warning: # crossing: nowhere.guest names "nowhere", which is not a VAR of the story',
  ]);
  // The metadata lists each crossing once, as it lists phases, with the part after the dot kept.
  expect(readMetadata(compiled.json!, 'lint-tags').crossings.map((c) => `${c.id}: ${c.summary}`)).toEqual([
    'told: The host at your table told you',
    'nowhere.guest: Somebody did',
    'told.again: The host told you twice',
  ]);
});
