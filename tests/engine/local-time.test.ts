// Times shown to the player are in their own time zone: `:saves` and `:endings` (saves and the
// branch map store UTC).

import { afterEach, describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { localTime } from '../../src/local-time.ts';
import { SaveStore } from '../../src/saves/store.ts';
import { loadFixture, tempDir } from '../helpers.ts';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('local times', () => {
  it('turns a stored UTC time into the local zone, and keeps an unreadable one as it is', () => {
    process.env.TZ = 'Asia/Tokyo'; // UTC+9 all year
    expect(localTime('2024-05-01T20:20:00.000Z')).toBe('2024-05-02 05:20');
    process.env.TZ = 'America/Sao_Paulo'; // UTC-3 all year since 2019
    expect(localTime('2024-05-01T02:05:00.000Z')).toBe('2024-04-30 23:05');
    expect(localTime('yesterday-ish')).toBe('yesterday-ish');
  });

  it(':saves lists each slot at its local time', () => {
    const controller = new Controller(Session.start(loadFixture('choices.ink'), { seed: 1 }), new SaveStore(tempDir()), {
      clock: () => new Date('2024-05-01T10:20:00Z'),
    });
    controller.input(':save before');
    process.env.TZ = 'Asia/Tokyo';
    const lines = controller.input(':saves').messages;
    expect(lines.find((l) => l.includes('before'))).toMatch(/before +2024-05-01 19:20 +turn +0/);
  });

  it(':endings says when each ending was first reached, in local time', () => {
    const controller = new Controller(Session.start(loadFixture('choices.ink'), { seed: 1 }), null);
    for (const n of [1, 1, 1]) controller.pick(n);
    const at = controller.map.endingEvents[0]!.at;
    process.env.TZ = 'Asia/Tokyo';
    const line = controller.input(':endings').messages.find((l) => l.includes('[x]'));
    expect(line).toContain(`first ${localTime(at)}`);
    expect(localTime(at)).not.toBe(at.slice(0, 16).replace('T', ' '));
  });
});
