// Issue 12: each role of Caviar reads as its own. No sentence of eight words or more appears word
// for word (case, punctuation and ink markup aside) in two roles' files, except the deliberate
// echoes below: words spoken aloud at an event two roles witness, which the canon timeline
// (story/WRITING.md) requires every witness to hear alike.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const ROLES = ['british', 'american', 'reporter'];
const MIN_WORDS = 8;

/** Deliberate echoes, as normalised sentences, each with why it must be shared. */
const ECHOES: Record<string, string> = {
  // Marsh at the Metropol bar on 1 October: the canon's words, heard by Arden and Peg.
  "a hundred bucks of fish eggs for one guy's breakfast": 'spoken at the bar, canon',
};

const words = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9']+/g) ?? [];

/** The prose a player can read in one ink line: tags, comments, logic and markup taken off. */
function prose(line: string): string[] {
  const text = line
    .replace(/\/\/.*$/, '')
    .replace(/#.*$/, '')
    .trim();
  if (!text || /^(~|=|VAR\b|CONST\b|INCLUDE\b|->)/.test(text)) return [];
  return text
    .replace(/^[*+\-\s]+/, '')
    .replace(/^\(\w+\)\s*/, '')
    .replace(/->\s*[\w.]+/g, '')
    .replace(/\{[^{}:|]*:/g, '|')
    .split(/[{}|[\]]/);
}

/** Each long sentence of some ink sources, normalised, with where it first occurs. */
function sentencesIn(files: { name: string; text: string }[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const { name, text } of files) {
    text.split('\n').forEach((line, i) => {
      for (const segment of prose(line)) {
        for (const sentence of segment.split(/(?<=[.!?])["”]?\s+/)) {
          const key = words(sentence).join(' ');
          if (key.split(' ').length >= MIN_WORDS && !found.has(key)) found.set(key, `${name}:${i + 1}`);
        }
      }
    });
  }
  return found;
}

function roleFiles(role: string): { name: string; text: string }[] {
  const dir = path.join(ROOT, 'story', role);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .map((f) => ({ name: `${role}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

function sharedSentences(byRole: Map<string, string>[]): string[] {
  const shared: string[] = [];
  for (let a = 0; a < byRole.length; a++) {
    for (let b = a + 1; b < byRole.length; b++) {
      for (const [sentence, where] of byRole[a]!) {
        const other = byRole[b]!.get(sentence);
        if (other && !(sentence in ECHOES)) shared.push(`${where} and ${other}: "${sentence}"`);
      }
    }
  }
  return shared;
}

it('no sentence of eight words or more is shared word for word by two roles, but the listed echoes', () => {
  const byRole = ROLES.map((role) => sentencesIn(roleFiles(role)));
  expect(sharedSentences(byRole)).toEqual([]);
  // An echo that no longer occurs in two roles is dropped from the list, so the list stays short and true.
  const stale = Object.keys(ECHOES).filter((s) => byRole.filter((m) => m.has(s)).length < 2);
  expect(stale).toEqual([]);
});

it('finds a sentence copied between roles through markup, tags and case, and ignores short ones', () => {
  const a = sentencesIn([{ name: 'a.ink', text: '* [Look out] Birch gone yellow, pine gone black, and then more birch. # fiction\nBirch gone yellow.' }]);
  const b = sentencesIn([{ name: 'b.ink', text: '{seen: Birch gone YELLOW, pine gone black, and then more birch!|Nothing.} # fact: x\nBirch gone yellow.' }]);
  expect(sharedSentences([a, b])).toEqual(['a.ink:1 and b.ink:1: "birch gone yellow pine gone black and then more birch"']);
});
