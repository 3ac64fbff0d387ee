// What one step may produce is bounded, besides its time (issue 18.2): the length of any string
// the story makes and the text one step prints. Each stops the story with the limit named, the
// choice not taken, and the session usable.

import { describe, expect, it } from 'vitest';
import { Session } from '../../src/engine/session.ts';
import { loadFixture } from '../helpers.ts';

const cases = [
  ['string-doubling.ink', /the story made a string longer than 1,000,000 characters, inside grow/],
  ['string-interpolation.ink', /the story made a string longer than 1,000,000 characters, inside grow/],
  ['endless-lines.ink', /the story printed more than 1,000,000 characters without reaching a choice or an end, inside flood/],
  ['endless-glue.ink', /the story printed more than 1,000,000 characters without reaching a choice or an end, inside glued/],
] as const;

describe('a step that makes too much', () => {
  for (const [file, message] of cases) {
    it(`${file}: stops with the limit named, long before the clock would, and the session goes on`, () => {
      // The clock's limit is far away: only the size bound can be what stops it.
      const session = Session.start(loadFixture(`step-bounds/${file}`), { stepLimitMs: 60_000 });
      session.choose(0);
      const issue = session.state.issue!;
      expect(issue.kind).toBe('watchdog');
      expect(issue.message).toMatch(message);
      expect(issue.message).not.toContain('\n');
      expect(session.state.lines.reduce((n, l) => n + l.text.length, 0)).toBeLessThanOrEqual(1_000_000);
      expect(session.undo()).toBe(true);
      session.choose(1);
      expect(session.state.lines.map((l) => l.text)).toEqual(['Safe.']);
      expect(session.state.ended).toBe(true);
    }, 60_000);
  }
});
