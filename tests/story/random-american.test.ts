import { randomPlaythroughsOf } from './random-role.ts';

randomPlaythroughsOf(1); // american
