import { randomPlaythroughsOf } from './random-role.ts';

randomPlaythroughsOf(0); // british
