// Caviar at one table, proved by exploration (issue 16, item 4), second half: tables 150 to 299
// (table-explore.test.ts plays 0 to 149; vitest runs the two files side by side). Each half
// on its own must show every crossing both ways and every ending (table-play.ts).
import { it } from 'vitest';
import { expectWholeTables, exploreTables } from './table-play.ts';

const TABLES = Number(process.env.CAVIAR_TABLES ?? 150);

it(`plays tables 150-${149 + TABLES} through the live class's room: no error, no stuck seat, every crossing both ways, every ending`, () => {
  expectWholeTables(exploreTables(150, 150 + TABLES));
}, 600_000);
