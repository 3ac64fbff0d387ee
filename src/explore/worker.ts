// A worker thread of the explorer: wires the protocol to the thread's message port.

import { parentPort } from 'node:worker_threads';
import type { Request } from './protocol.ts';
import { WorkerHost } from './worker-host.ts';

const port = parentPort;
if (!port) throw new Error('src/explore/worker.ts runs only as a worker thread');
const host = new WorkerHost();
let queue = Promise.resolve();
port.on('message', (request: Request) => {
  // One request at a time, in order: a random job yields between slices.
  queue = queue.then(() => host.handle(request, (reply) => port.postMessage(reply)));
});
