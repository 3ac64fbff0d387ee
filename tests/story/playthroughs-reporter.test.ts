import { playthroughFiguresOf } from './playthroughs-role.ts';

playthroughFiguresOf(2); // reporter
