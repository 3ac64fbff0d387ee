// caviar handout: documented, disputed and invented, built from the story's facts file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const HARBOUR = fixture('classroom', 'harbour.ink');
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_CONFIG: tempDir() });

describe('caviar handout', () => {
  it('lists the documented facts, the disputed ones with why, what is invented, and numbered sources (Markdown)', async () => {
    const run = await runCli(['handout', HARBOUR], '', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '# The Harbour Talks: fact, disputed, invented',
        '',
        'Tick each statement you met in your playthrough. Numbers in brackets are the sources, listed at the end.',
        '',
        '## Documented (5)',
        '',
        '- [ ] The harbour reopened to Allied shipping in 1941. [1]',
        '- [ ] The talks opened in the customs house on 29 September 1941. [1, 2]',
        '- [ ] The minister asked for ten ships a month. [2, 3]',
        '- [ ] The protocol promised 400 aircraft &amp; 500 tanks &lt;a month&gt;. [1]',
        '- [ ] A fact no path of the story shows. [2]',
        '',
        '## Disputed: the sources disagree (1)',
        '',
        '- [ ] There were two meetings, or three. [1, 2]',
        '  - The archive lists two; the Gazette reports three.',
        '',
        '## Invented for the game',
        '',
        '- The character you play, and the people around them who are not named in the sources.',
        '- Their conversations with real people, and every word a real person says that the record does not give.',
        '- Any turn of events the sources do not report: what your character did, and what came of it.',
        '',
        '## Sources',
        '',
        '1. Harbour Archive, box 3 <https://example.org/harbour/box3>',
        '2. The Harbour Gazette, 2 October 1941 <https://example.org/gazette/1941-10-02>',
        '3. A source with a bad link',
        '',
      ].join('\n'),
    );
  });

  it('writes a printable HTML page, lists the story\'s own inventions when its facts file has them', async () => {
    const dir = tempDir();
    fs.copyFileSync(HARBOUR, path.join(dir, 'harbour.ink'));
    const facts = JSON.parse(fs.readFileSync(path.join(path.dirname(HARBOUR), 'facts.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'facts.json'), JSON.stringify({ ...facts, invented: ['The envoy and the scribe.', '<b>The boast</b> at dinner.'] }));
    const out = path.join(dir, 'handout.html');
    const run = await runCli(['handout', path.join(dir, 'harbour.ink'), '--out', out], '', env());
    expect(run.stdout).toBe(`Handout written to ${out}\n`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toContain('<h2>Documented (5)</h2>');
    expect(html).toContain('<li><span class="box" aria-hidden="true">☐</span> There were two meetings, or three.<span class="muted"> [1, 2]</span><div class="sources">The archive lists two; the Gazette reports three.</div></li>');
    expect(html).toContain('<h2>Invented for the game</h2><ul class="facts">\n<li>The envoy and the scribe.</li>\n<li>&lt;b&gt;The boast&lt;/b&gt; at dinner.</li>');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/<script|<img|<link/);
  });

  it('refuses a story without a facts file, or with a broken one (exit 2)', async () => {
    const none = await runCli(['handout', fixture('choices.ink')], '', env());
    expect([none.code, none.stderr]).toEqual([2, expect.stringMatching(/has no facts file \(facts\.json beside it\)/)]);
    const broken = await runCli(['handout', fixture('classroom', 'broken-facts', 'quiet.ink')], '', env());
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringMatching(/facts\.json: it is not valid JSON/)]);
  });
});
