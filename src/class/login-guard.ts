// What both doors (SSH and the web page) check before a student gets a seat: the class code,
// compared in constant time; failures from one address slowed down more each time; and a limit
// on the connections open from one address at once.

import crypto from 'node:crypto';

export function sameCode(typed: string, code: string): boolean {
  const a = crypto.createHash('sha256').update(typed).digest();
  const b = crypto.createHash('sha256').update(code).digest();
  return crypto.timingSafeEqual(a, b);
}

export class LoginGuard {
  private readonly failures = new Map<string, number>();
  private readonly open = new Map<string, number>();

  constructor(readonly perAddress: number) {}

  /** Counts a connection from `ip`; false (and nothing counted) when that address has too many open. */
  enter(ip: string): boolean {
    const n = this.open.get(ip) ?? 0;
    if (n >= this.perAddress) return false;
    this.open.set(ip, n + 1);
    return true;
  }

  leave(ip: string): void {
    const n = (this.open.get(ip) ?? 1) - 1;
    if (n > 0) this.open.set(ip, n);
    else this.open.delete(ip);
  }

  succeeded(ip: string): void {
    this.failures.delete(ip);
  }

  /** Records a wrong code from `ip`: how many in a row, and how long to wait before answering. */
  failed(ip: string): { count: number; delayMs: number } {
    const count = (this.failures.get(ip) ?? 0) + 1;
    this.failures.set(ip, count);
    // Each failure from an address waits longer before the answer: guessing the code gets slow.
    return { count, delayMs: Math.min(250 * 2 ** (count - 1), 8000) };
  }
}
