// Entry of an explorer worker thread. tsx's register() in the main thread (bin/caviar.js) does
// not reach worker threads, and vitest's transform does not either: plain JavaScript registers
// tsx in the thread, then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
