// The classroom in plain mode, through the real binary: the briefing, :brief, the debrief at
// each ending, :transcript, and --screen-reader. Without the classroom flags plain mode prints
// ink's text and nothing else.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../helpers.ts';

const HARBOUR = fixture('classroom', 'harbour.ink');
const QUIET = fixture('classroom', 'quiet.ink');
const env = () => ({ CAVIAR_CACHE: tempDir(), CAVIAR_SAVES: tempDir() });

describe('plain mode in the classroom', () => {
  it('shows the debrief in brief after THE END of a classroom session (objective first), all of it on :debrief; :brief shows the briefing, then the choices again', async () => {
    const run = await runCli([HARBOUR, '--plain', '--role', 'envoy', '--student', 'Ann'], '1\n:brief\n2\n1\n:debrief\n', env());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '> Briefing: Envoy\nYou speak for your country at the harbour talks.\nYour private objective: Promise only what the ships can carry.\n' +
        '1) Everything he asks\n2) What can sail\n3) Half of it\n> ',
    );
    const end = run.stdout.indexOf('THE END\n');
    expect(end).toBeGreaterThan(0);
    const after = run.stdout.slice(end + 'THE END\n'.length);
    const brief = after.slice(0, after.indexOf('> '));
    expect(brief).toBe(
      'Debrief\nObjective met: yes. Your private objective: Promise only what the ships can carry.\nEnding: The Honest Envoy.\nRole: Envoy.\n' +
        'This playthrough met 3 documented facts, 1 disputed point and 3 invented passages: :debrief shows them, with their sources.\n',
    );
    const debrief = after.slice(brief.length + 2);
    expect(debrief.startsWith('Debrief\nEnding: The Honest Envoy.\nRole: Envoy.\n')).toBe(true);
    expect(debrief).toContain('Objective met: yes.');
    expect(debrief).toContain('1. The talks opened in the customs house on 29 September 1941.');
    expect(debrief).toContain('Disputed points you met:');
    expect(debrief).toMatch(/End of the debrief\.\n> $/);
    // The story's own discussion questions come before, as ink wrote them.
    expect(run.stdout.slice(0, end)).toContain('Questions to discuss:\n1. Was it wise to promise what was asked?\n');
  });

  it('adds nothing to ink\'s text without the classroom flags; :debrief still works on request', async () => {
    const run = await runCli([HARBOUR, '--plain', '--seed', '2'], '1\n1\n3\n1\n', env());
    expect(run.stdout).not.toContain('Debrief');
    expect(run.stdout).toMatch(/THE END\n> $/);
    const asked = await runCli([HARBOUR, '--plain'], '1\n1\n3\n1\n:debrief\n', env());
    expect(asked.stdout).toMatch(/THE END\n> Debrief\nEnding: The Generous Envoy\.\n/);
  });

  it('shows the briefing at the start when the story\'s own text does not', async () => {
    const run = await runCli([QUIET, '--plain', '--role', 'keeper'], '', env());
    expect(run.stdout).toBe(
      'Briefing: Lighthouse keeper\nYou keep the light on the point.\nYour private objective: Keep the lamp lit until dawn.\n' +
        'The night is long.\n1) Light the lamp\n2) Sleep\n> ',
    );
    const harbour = await runCli([HARBOUR, '--plain', '--role', 'envoy'], '', env());
    expect(harbour.stdout.match(/You speak for your country/g)).toHaveLength(1);
  });

  it('says how many choices follow with --screen-reader, and only then', async () => {
    const run = await runCli([HARBOUR, '--screen-reader', '--seed', '1'], '2\n', env());
    expect(run.stdout).toBe(
      'The harbour, autumn 1941.\nWho will you be?\n2 choices:\n1) The envoy, who makes the promises\n2) The scribe, who writes them down\n' +
        '> You are the scribe.\nYou keep the minutes of the harbour talks.\nYour private objective: Keep a true record.\n1 choice:\n1) Begin\n> ',
    );
    const hint = await runCli([HARBOUR, '--screen-reader'], 'what\n', env());
    expect(hint.stdout).toContain('> Type a number from 1 to 2, or :help for the commands.\n2 choices:\n1) The envoy');
  });

  it(':transcript FILE writes the playthrough, and never writes over a file that is not a transcript', async () => {
    const dir = tempDir();
    const essay = path.join(dir, 'essay.md');
    fs.writeFileSync(essay, 'My own notes.\n');
    const md = path.join(dir, 'mine.md');
    const html = path.join(dir, 'sub', 'mine.html');
    fs.mkdirSync(path.dirname(html));
    // A folder that is not there is not made (issue 18): said, and play goes on.
    const nowhere = path.join(dir, 'nope', 'mine.md');
    const script = ['1', '1', `:transcript ${md}`, `:transcript ${html}`, `:transcript ${nowhere}`, `:transcript ${essay}`, ':transcript', ':transcript x.json', '2', `:transcript ${md}`, ''].join('\n');
    const run = await runCli([HARBOUR, '--plain', '--student', 'Ann'], script, env());
    expect(run.stdout).toContain(`Transcript written to ${md} (Markdown, 2 choices).`);
    expect(run.stdout).toContain(`Transcript written to ${html} (HTML, 2 choices).`);
    expect(run.stdout).toContain(`cannot write ${nowhere}: there is no folder ${path.dirname(nowhere)}`);
    expect(run.stdout).toContain(`${essay} already exists and is not a caviar transcript, so it was left alone: choose another name.`);
    expect(run.stdout).toContain('Usage: :transcript FILE');
    expect(run.stdout).toContain('A transcript is a .md or .html file');
    expect(run.stdout).toContain(`Transcript written to ${md} (Markdown, 3 choices).`);
    expect(fs.readFileSync(essay, 'utf8')).toBe('My own notes.\n');
    expect(fs.readFileSync(md, 'utf8')).toContain('> **Choice 3.** You chose: **What can sail**');
    expect(fs.readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    // Written before the end: the transcript says where it stops and what was on offer there.
    expect(fs.readFileSync(html, 'utf8')).toContain('<h2>No ending yet</h2>\n<p>The playthrough stops at choice 3, where the options were: Everything he asks; What can sail; Half of it.</p>');
  });

  it('lists the classroom commands in :help', async () => {
    const run = await runCli([HARBOUR, '--plain'], ':help\n', env());
    expect(run.stdout).toMatch(/ {2}:brief +your role's briefing and private objective\n/);
    expect(run.stdout).toMatch(/ {2}:debrief +what in this playthrough/);
    expect(run.stdout).toMatch(/ {2}:transcript FILE +write the whole playthrough/);
  });
});
