import { randomPlaythroughsOf } from './random-role.ts';

randomPlaythroughsOf(2); // reporter
