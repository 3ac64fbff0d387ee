// Caviar at one table, proved by exploration (issue 16, item 4), first half: tables 0 to 149
// (table-explore-b.test.ts plays 150 to 299; vitest runs the two files side by side). Each half
// on its own must show every crossing both ways and every ending (table-play.ts).
import { it } from 'vitest';
import { expectWholeTables, exploreTables } from './table-play.ts';

const TABLES = Number(process.env.CAVIAR_TABLES ?? 150);

it(`plays tables 0-${TABLES - 1} through the live class's room: no error, no stuck seat, every crossing both ways, every ending`, () => {
  expectWholeTables(exploreTables(0, TABLES));
}, 600_000);
