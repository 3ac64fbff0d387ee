// Regression: the reporter whose source was the British aide at her table (table_got_uk_tip == 1,
// crossings.ink) thought of her solo bar source when Major Lacey asked for the name, and a trade
// pointed him to the wrong side of the table. Solo, the scene reads as it always did.
import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { loadStory } from '../../src/story/load.ts';
import { tempDir } from '../helpers.ts';
import { CAVIAR } from '../class/table-play.ts';

const story = loadStory(CAVIAR, { cacheDir: tempDir('caviar-cache-') });
const text = (s: Session) => s.state.lines.map((l) => l.text).join('\n');

/** Lacey's morning of 3 October, with what the table told the reporter, up to `picks` (by text). */
function lacey(tip: number, picks: string[]): string {
  const c = new Controller(Session.start(story, { seed: 1, startPath: 'pr_d03' }), null, { autosaveSlot: null });
  expect(c.input(`:set table_got_uk_tip ${tip}`).messages).toEqual([`[debug] table_got_uk_tip = ${tip}`]);
  const seen: string[] = [];
  for (const pick of picks) {
    const choice = c.session.state.choices.find((ch) => ch.text.startsWith(pick));
    expect(choice, `"${pick}" among ${c.session.state.choices.map((ch) => ch.text).join(' / ')}`).toBeDefined();
    c.pick(c.session.state.choices.indexOf(choice!) + 1);
    seen.push(text(c.session));
  }
  return seen.join('\n');
}

describe("Major Lacey's question, when the British aide at the table was the reporter's source", () => {
  it('she thinks of Thomas Arden, and a trade names his side: her own mission', () => {
    const read = lacey(1, ['Tell him you have five minutes', 'Trade', 'Tell him which side']);
    expect(read).toContain('You think of Thomas Arden, who told you all of it and asked for nothing in return.');
    expect(read).not.toMatch(/You think of (Giles Fenwick|Ed Marsh)/);
    expect(read).toContain('"It came from your own mission, Major. That\'s all."');
  });

  it('solo (nobody at the table said), she thinks of her own source from the bar', () => {
    const read = lacey(-1, ['Tell him you have five minutes', 'Trade', 'Tell him which side']);
    expect(read).toMatch(/You think of (Giles Fenwick|Ed Marsh), and of/);
    expect(read).not.toContain('Thomas Arden');
    expect(read).toMatch(/"It came from the (American|embassy) side of the table\. That's all\."/);
  });
});
