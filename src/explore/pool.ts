// The explorer's workers: threads (one per core by default) or, with --workers 0, one worker in
// the main thread. Each takes one request at a time; progress replies go to a listener, the
// final reply resolves the request.

import { Worker } from 'node:worker_threads';
import type { Reply, Request } from './protocol.ts';
import { WorkerHost } from './worker-host.ts';

export interface ExploreWorker {
  call(request: Request, onProgress?: (r: Extract<Reply, { type: 'progress' }>) => void): Promise<Reply>;
  close(): Promise<void>;
}

export class WorkerFailure extends Error {
  constructor(message: string, workerStack: string | null) {
    super(message);
    this.name = 'WorkerFailure';
    // CAVIAR_DEBUG=1 prints the stack: the one that matters is the worker's.
    if (workerStack) this.stack = workerStack;
  }
}

abstract class Base implements ExploreWorker {
  private pending: { resolve: (r: Reply) => void; reject: (e: Error) => void; onProgress?: (r: Extract<Reply, { type: 'progress' }>) => void } | null = null;

  protected abstract send(request: Request): void;
  abstract close(): Promise<void>;

  call(request: Request, onProgress?: (r: Extract<Reply, { type: 'progress' }>) => void): Promise<Reply> {
    if (this.pending) return Promise.reject(new Error('explorer worker: one request at a time'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject, onProgress };
      this.send(request);
    });
  }

  protected received(reply: Reply): void {
    const p = this.pending;
    if (!p) return;
    if (reply.type === 'progress') return p.onProgress?.(reply);
    this.pending = null;
    if (reply.type === 'failed') p.reject(new WorkerFailure(reply.message, reply.stack));
    else p.resolve(reply);
  }

  protected failed(error: Error): void {
    const p = this.pending;
    this.pending = null;
    p?.reject(error);
  }
}

class ThreadWorker extends Base {
  private readonly worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));

  constructor() {
    super();
    this.worker.on('message', (reply: Reply) => this.received(reply));
    this.worker.on('error', (error) => this.failed(error));
    this.worker.on('exit', (code) => this.failed(new Error(`explorer worker exited with code ${code}`)));
  }

  protected send(request: Request): void {
    this.worker.postMessage(request);
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

class LocalWorker extends Base {
  private readonly host = new WorkerHost();

  protected send(request: Request): void {
    // Answer on a later turn of the event loop, as a thread would.
    setImmediate(() => void this.host.handle(request, (reply) => this.received(reply)));
  }

  async close(): Promise<void> {}
}

/** `count` threads, or one worker in this thread when count is 0. */
export function startWorkers(count: number): ExploreWorker[] {
  if (count <= 0) return [new LocalWorker()];
  return Array.from({ length: count }, () => new ThreadWorker());
}
