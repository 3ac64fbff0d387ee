import { playthroughFiguresOf } from './playthroughs-role.ts';

playthroughFiguresOf(0); // british
