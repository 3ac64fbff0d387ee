import { playthroughFiguresOf } from './playthroughs-role.ts';

playthroughFiguresOf(1); // american
