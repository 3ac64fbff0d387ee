// Loads bench/explore-bare.ts in a worker thread (tsx registered in the thread, as the explorer's
// workers do in src/explore/worker-entry.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./explore-bare.ts');
