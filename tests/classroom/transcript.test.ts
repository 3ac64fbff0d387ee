// caviar transcript: the whole playthrough of a save, choices marked, facts as footnotes with
// their sources, the ending and the debrief; HTML is one self-contained page. Student text is
// escaped; a save of another story version is said to be one, never misread.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHandInBlock } from '../../src/classroom/handin.ts';
import { fixture, loadFixture, runCli, tempDir } from '../helpers.ts';
import { HOSTILE_NAMES, hasRawHostileMarkup, playRandomly, writeSave } from './class.ts';

const HARBOUR = fixture('classroom', 'harbour.ink');
const cache = tempDir();
const transcriptCli = (args: string[]) => runCli(['transcript', ...args, '--story', HARBOUR], '', { CAVIAR_CACHE: cache, CAVIAR_CONFIG: tempDir() });

/** Begin as the envoy, promise "What can sail", go home: the Honest Envoy. */
function envoySave(student?: string) {
  const story = loadFixture('classroom/harbour.ink');
  // picks chosen so the path is known: seed 1 with these picks is checked below.
  const { session, save } = playRandomly(story, { seed: 1, startPath: 'envoy_start', student, picks: 3 });
  return { session, save };
}

describe('caviar transcript', () => {
  it('writes the whole playthrough as Markdown: header, choices marked, footnotes with sources, ending, debrief, hand-in record', async () => {
    const { session, save } = envoySave('Ada L.');
    const file = writeSave(tempDir(), 'ada.json', save);
    const run = await transcriptCli([file]);
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.startsWith('# The Harbour Talks: transcript\n\n- Student: Ada L.\n- Role: Envoy\n')).toBe(true);
    expect(md).toContain(`- Ending: ${session.state.ending!.title}`);
    // Every line of the story's text is there, in order, not just the last passage a save keeps.
    expect(md.indexOf('You are the envoy. †')).toBeLessThan(md.indexOf('The talks open in the customs house. ✓[^2]'));
    expect(md).toContain('**Minister:** The minister writes &lt;urgent&gt; on the file and asks for ten ships a month. ✓[^3]');
    const chosen = session.path();
    expect(chosen.length).toBeGreaterThanOrEqual(3);
    for (const c of chosen) expect(md).toContain(`> **Choice ${c.turn}.** You chose: **${c.text}**`);
    expect(md).toMatch(/> \*\*Choice 2\.\*\* You chose: \*\*[^*]+\*\* {2}\n> Also offered: /);
    // Facts by their number in the facts file (as on the handout), sources numbered once and listed at the end.
    expect(md).toContain('[^2]: F2. The talks opened in the customs house on 29 September 1941. Sources: S1, S2.');
    expect(md).toContain('## Sources\n\nS1. [Harbour Archive, box 3](<https://example.org/harbour/box3>)\n\nS2. [The Harbour Gazette, 2 October 1941](<https://example.org/gazette/1941-10-02>)');
    expect(md).toContain('**Disputed.** The archive lists two; the Gazette reports three.');
    expect(md).toContain('A source with a bad link'); // named, but its javascript: URL is not linked
    expect(md).not.toContain('javascript:');
    // The ending's heading comes before the ending's text, in reading order, and only once.
    const endingText = session.state.ending!.id === 'envoy_honest' ? 'The ships arrive as promised.' : 'Half the ships never sail.';
    const ending = md.indexOf(`## Ending: ${session.state.ending!.title}\n\n${endingText}`);
    expect(ending).toBeGreaterThan(0);
    expect(md.indexOf('## Ending:')).toBe(ending);
    expect(md.lastIndexOf('## Ending:')).toBe(ending);
    expect(md.indexOf('## Debrief\n')).toBeGreaterThan(ending);
    // Every paragraph has a mark: its own, or (in brackets) its scene's.
    const story = md.slice(md.indexOf('## The playthrough'), ending);
    const paragraphs = story.split('\n\n').filter((p) => p && !p.startsWith('#') && !p.startsWith('>') && !p.startsWith('*'));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) expect(p).toMatch(/ (\(?[✓¹?†·]\)?)(\[\^\d+\])*$/);
    expect(md).toContain('How much do you promise? (✓)');
    expect(md).toContain('### History this playthrough rested on\n\n3 documented facts, from the story\'s facts file: see the notes below.');
    expect(readHandInBlock(md)).toMatchObject({ student: 'Ada L.', seed: 1, start: 'envoy_start', choices: chosen.map(({ turn, index, text }) => ({ turn, index, text })) });
  });

  it('writes one self-contained HTML page with --format html or an .html --out', async () => {
    const { save } = envoySave('Ada L.');
    const dir = tempDir();
    const file = writeSave(dir, 'ada.json', save);
    const out = path.join(dir, 'ada.html');
    const run = await transcriptCli([file, '--out', out]);
    expect(run.stdout).toBe(`Transcript written to ${out}\n`);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    // No outside assets: no script, no stylesheet link, no image or frame source.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<[^>]*\ssrc=|@import|url\(/i);
    expect(html).toContain('<div class="choice"><div>Choice 1. You chose: <span class="taken">Begin</span></div></div>');
    expect(html).toContain('<sup class="ref"><a href="#note-2">[F2]</a></sup>');
    expect(html).toContain('<li id="note-5" value="5"><span class="fno">F5</span> There were two meetings, or three. <span class="disputed">disputed</span> The archive lists two; the Gazette reports three.');
    expect(html).toContain('<li id="source-1"><span class="fno">S1</span> <a href="https://example.org/harbour/box3">Harbour Archive, box 3</a>');
    expect(html).toContain('The minister writes &lt;urgent&gt; on the file');
    expect(html).toContain('400 aircraft &amp; 500 tanks &lt;a month&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(readHandInBlock(html)?.student).toBe('Ada L.');
    const asked = await transcriptCli([file, '--format', 'html']);
    expect(asked.stdout).toBe(html);
  });

  it('escapes a hostile student name everywhere', async () => {
    for (const name of HOSTILE_NAMES) {
      const { save } = envoySave(name);
      const file = writeSave(tempDir(), 'evil.json', save);
      const html = (await transcriptCli([file, '--format', 'html'])).stdout;
      expect(hasRawHostileMarkup(html)).toBe(false);
      expect(html).toContain(`<dd>${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</dd>`);
      const md = (await transcriptCli([file])).stdout;
      expect(md).not.toMatch(/<script|<img/);
      expect(readHandInBlock(md)?.student).toBe(name);
    }
  });

  it('makes a transcript from a transcript (its hand-in record), and from a save slot name', async () => {
    const { save } = envoySave('Ada L.');
    const dir = tempDir();
    const md = path.join(dir, 'ada.md');
    await transcriptCli([writeSave(dir, 'ada.json', save), '--out', md]);
    const again = await transcriptCli([md, '--format', 'md']);
    expect(again.stdout).toBe(fs.readFileSync(md, 'utf8'));
    const saves = tempDir();
    writeSave(saves, 'autosave.json', save);
    const slot = await transcriptCli(['autosave', '--saves', saves]);
    expect(slot.stdout).toBe(again.stdout);
    // "autosave" names the story's own autosave when the folder has no plain one.
    const own = tempDir();
    writeSave(own, 'autosave-the-harbour-talks.json', save);
    expect((await transcriptCli(['autosave', '--saves', own])).stdout).toBe(again.stdout);
  });

  it('says when a save was made with another version of the story, and refuses one whose path no longer fits', async () => {
    const dir = tempDir();
    const edited = path.join(dir, 'harbour.ink');
    fs.copyFileSync(path.join(path.dirname(HARBOUR), 'facts.json'), path.join(dir, 'facts.json'));
    fs.writeFileSync(edited, fs.readFileSync(HARBOUR, 'utf8').replace('The minutes start at nine.', 'The minutes start at ten.'));
    const { save } = envoySave('Ada L.');
    const file = writeSave(dir, 'ada.json', save);
    const run = await runCli(['transcript', file, '--story', edited], '', { CAVIAR_CACHE: cache });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/was made with another version of the story; every choice still matches/);
    expect(run.stdout).toContain('> **Note.** This playthrough was made with another version of the story; it was rebuilt from the text of its choices');

    const renamed = path.join(dir, 'renamed.ink');
    fs.writeFileSync(renamed, fs.readFileSync(HARBOUR, 'utf8').replace('* [What can sail]', '* [What the ships can carry]').replace('* [Everything he asks]', '* [All of it]').replace('* [Half of it]', '* [Some of it]'));
    const refused = await runCli(['transcript', file, '--story', renamed], '', { CAVIAR_CACHE: cache });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/made with another version of the story, which no longer follows it: at turn 2 the story no longer offers/);
  });

  it('--summary gives one page for grading: role, ending, objective, key decisions taken, facts met by number', async () => {
    const story = loadFixture('classroom/conference.ink');
    const { session, save } = playRandomly(story, { seed: 3, startPath: 'envoy_start', student: 'Ada L.', picks: 5 });
    const file = writeSave(tempDir(), 'ada.json', save);
    const conference = fixture('classroom', 'conference.ink');
    const run = await runCli(['transcript', file, '--summary', '--story', conference], '', { CAVIAR_CACHE: cache, TZ: 'UTC' });
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.startsWith('# The Conference Table: summary\n\n- Student: Ada L.\n- Role: Envoy\n')).toBe(true);
    expect(md).toContain(`- Ending: ${session.state.ending!.title}\n`);
    expect(md).toMatch(/- Objective: Promise only what the ships can carry\. \((met|not met)\)\n/);
    const promised = session.path().find((c) => ['Everything he asks', 'What can sail'].includes(c.text))!.text;
    const signed = session.path().filter((c) => ['Sign it', 'Ask for a day', 'Refuse to sign'].includes(c.text)).at(-1)!.text;
    expect(md).toContain(`## Key decisions\n\n- How much does the envoy promise? **${promised}**\n- Does the envoy sign at once or wait? **${signed}**\n`);
    expect(md).toContain('- F2. The talks opened in the customs house on 29 September 1941.\n- F3. The minister asked for ten ships a month.\n');
    expect(md).not.toContain('The talks open in the customs house.'); // not the story's text: a summary
    expect(readHandInBlock(md)?.student).toBe('Ada L.');
    const html = (await runCli(['transcript', file, '--summary', '--format', 'html', '--story', conference], '', { CAVIAR_CACHE: cache })).stdout;
    expect(html).toContain('<h2>Key decisions</h2>\n<table>');
  });

  it('rejects bad input with a clear message and exit 2', async () => {
    const dir = tempDir();
    const junk = path.join(dir, 'junk.json');
    fs.writeFileSync(junk, '{ not json');
    expect((await transcriptCli([junk])).stderr).toMatch(/junk\.json: the file is not valid JSON/);
    const notes = path.join(dir, 'notes.md');
    fs.writeFileSync(notes, '# my notes\n');
    const r = await transcriptCli([notes]);
    expect([r.code, r.stderr]).toEqual([2, `caviar: ${notes}: it is not a caviar transcript (no playthrough record in it)\n`]);
    expect((await transcriptCli([path.join(dir, 'missing.json')])).stderr).toMatch(/no such file/);
    expect((await transcriptCli([junk, '--format', 'pdf'])).stderr).toMatch(/--format takes md or html, not "pdf"/);
    expect((await transcriptCli([junk, '--out', junk])).stderr).toMatch(/would write over the file it reads/);
    expect((await transcriptCli([])).code).toBe(2);
  }, 90_000);
});
