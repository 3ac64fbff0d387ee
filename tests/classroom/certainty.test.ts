// Each certainty of the facts file (documented, disputed, unconfirmed, unknown) is shown as
// itself, in plain words, in every document: the regression this guards is unconfirmed facts
// listed as "Disputed or uncertain" with the label "Why disputed:".
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandout, handoutHtml, handoutMarkdown } from '../../src/classroom/handout.ts';
import { handInOf } from '../../src/classroom/handin.ts';
import { loadFacts } from '../../src/classroom/facts.ts';
import { rebuildPlaythrough } from '../../src/classroom/playthrough.ts';
import { renderTranscript } from '../../src/classroom/transcript.ts';
import { summaryMarkdown } from '../../src/classroom/transcript-summary.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';
import { playRandomly } from './class.ts';

const look = { theme: 'default' as const, noColor: false };

function witness() {
  const story = loadFixture('classroom/certainty/witness.ink');
  const facts = loadFacts(story.file);
  const { save } = playRandomly(story, { seed: 1, student: 'Zoë', picks: 1 });
  return { story, facts, playthrough: rebuildPlaythrough(story, handInOf(save), facts) };
}

describe('unconfirmed facts are shown as unconfirmed, not as disputed', () => {
  it('in the transcript: a mark and a word for each certainty, and the legend says what each means', () => {
    const { facts, playthrough } = witness();
    const md = renderTranscript(playthrough, facts, 'md', look);
    expect(md).toContain('Two clerks count the crates and get different answers. ?[^2]');
    expect(md).toContain("Only the harbourmaster's diary says the captain wept. ≈[^3]");
    expect(md).toContain('Nobody wrote down what the cook said. ∅[^4]');
    expect(md).toContain('? disputed: the sources disagree; ≈ unconfirmed: one source says it, and no other has been found to back it; ∅ unknown: nobody recorded it');
    expect(md).toContain('[^2]: F2. There were forty crates, or fifty. **Disputed.** One tally says forty, the other fifty. Source: S2.');
    expect(md).toContain('[^3]: F3. The captain wept as she sailed. **Unconfirmed.** Only the diary says so. Source: S3.');
    expect(md).toContain('[^4]: F4. What the cook said is not known. **Unknown.** Nobody recorded it.');
    expect(md).toContain('### Unconfirmed points you met');
    expect(md).not.toMatch(/Why disputed|Disputed or uncertain/);
    const html = renderTranscript(playthrough, facts, 'html', look);
    expect(html).toContain('The captain wept as she sailed. <span class="disputed">unconfirmed</span> Only the diary says so.');
    expect(html).toContain('title="unknown: nobody recorded it"');
  });

  it('in the summary for grading', () => {
    const { facts, playthrough } = witness();
    const md = summaryMarkdown(playthrough, facts);
    expect(md).toContain('- F2. There were forty crates, or fifty. (disputed)\n- F3. The captain wept as she sailed. (unconfirmed)\n- F4. What the cook said is not known. (unknown)');
  });

  it('on the handout: one list per certainty, headed by what it means', () => {
    const { facts } = witness();
    const x = buildHandout('The Four Witnesses', facts);
    expect(x.groups.map((g) => [g.certainty, g.facts.length])).toEqual([['documented', 1], ['disputed', 1], ['unconfirmed', 1], ['unknown', 1]]);
    const md = handoutMarkdown(x);
    expect(md).toContain('## Unconfirmed: one source, and no other to back it (1)\n\n- [ ] The captain wept as she sailed. [3]\n  - Only the diary says so.');
    expect(md).toContain('## Unknown: nobody recorded it (1)');
    expect(handoutHtml(x, look)).toContain('<h2>Disputed: the sources disagree (1)</h2>');
  });
});

describe('the glossary, reachable in play', () => {
  it(':glossary in plain mode lists the terms alphabetically, then the choices again', async () => {
    const run = await runCli([fixture('classroom', 'certainty', 'witness.ink'), '--plain'], ':glossary\n:words\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
    expect(run.code).toBe(0);
    const listing = 'Bollard: A short post on a quay that ships tie up to: <b>not</b> a seat.\nTally: A count kept as it is made, one mark for each crate.\n1) Write it down\n> ';
    expect(run.stdout).toContain(`> ${listing}${listing}`);
  });

  it('says so for a story without one, and names a damaged one', async () => {
    const none = await runCli([fixture('choices.ink'), '--plain'], ':glossary\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
    expect(none.stdout).toContain('> This story has no glossary.\n');
    const dir = tempDir();
    fs.copyFileSync(fixture('classroom', 'certainty', 'witness.ink'), path.join(dir, 'witness.ink'));
    fs.writeFileSync(path.join(dir, 'glossary.json'), '{"format":"caviar-glossary","version":1,"terms":[{"term":""}]}');
    const broken = await runCli([path.join(dir, 'witness.ink'), '--plain'], ':glossary\n', { CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });
    expect(broken.stdout).toMatch(/> The story's glossary could not be used: it is not a caviar glossary \(terms\.0\.term: /);
  });

  it('is printed with the handout', async () => {
    const run = await runCli(['handout', fixture('classroom', 'certainty', 'witness.ink'), '--role', 'witness', '--format', 'html'], '', { CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<h2 class="glossary">Glossary</h2><dl class="glossary"><dt>Bollard</dt><dd>A short post on a quay that ships tie up to: &lt;b&gt;not&lt;/b&gt; a seat.</dd><dt>Tally</dt>');
  });
});
