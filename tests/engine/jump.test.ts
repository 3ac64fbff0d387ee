// controller.jumpTo inside the same playthrough: it rewinds and replays several turns at once,
// and the branch map must follow the real path (not graft the last step onto the old branch).

import { describe, expect, it } from 'vitest';
import { Controller } from '../../src/commands/controller.ts';
import { Session } from '../../src/engine/session.ts';
import { loadFixture } from '../helpers.ts';

describe('jumping on the branch map within one playthrough', () => {
  it('lands on the node of the path it replayed, and records no node that was never reached', () => {
    const c = new Controller(Session.start(loadFixture('choices.ink'), { seed: 3 }), null);
    c.pick(1);
    c.pick(1);
    c.pick(1);
    const deep = c.currentNode;
    c.input(':back 2');
    c.pick(2);
    const before = new Set(c.map.nodes.keys());
    c.jumpTo(deep);
    expect(c.currentNode).toBe(deep);
    expect(c.map.idOf(c.session.path())).toBe(deep);
    expect([...c.map.nodes.keys()].filter((id) => !before.has(id))).toEqual([]);
    // And on from there, the next step hangs under the right node.
    c.input(':back 3');
    c.pick(1);
    expect(c.currentNode).toBe(deep);
  });
});
