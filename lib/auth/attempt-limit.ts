// Failed attempts per key (an account's email) within a sliding window, bounded in memory. Guessing
// one account's password from many addresses hits this limit whatever the addresses say; the
// account's owner, who signs in at the first or second try, never does.

export interface AttemptVerdict {
  ok: boolean;
  /** seconds until the oldest failure in the window expires, when refused */
  retryAfter?: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Whether `key` may try again at `now` (ms). */
  check(key: string, now: number): AttemptVerdict {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return { ok: true };
    return { ok: false, retryAfter: Math.ceil((recent[0] + this.windowMs - now) / 1000) };
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.delete(key);
    this.failures.set(key, recent);
    // the map keeps insertion order: the keys that failed longest ago go first
    while (this.failures.size > this.maxKeys) this.failures.delete(this.failures.keys().next().value!);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
  }
}
