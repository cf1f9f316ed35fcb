// Runs async work one call at a time, in arrival order. Password hashing takes ~100 ms of CPU and
// 64 MB per call: ten concurrent sign-ins would fill both cores and starve every page request.

export function oneAtATime<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let tail: Promise<unknown> = Promise.resolve();
  return (...args: A) => {
    const run = tail.then(() => fn(...args));
    tail = run.catch(() => undefined);
    return run;
  };
}
