// A binary max-heap ordered by a caller's comparison, for the merge queue of average-link.

export class MaxHeap<T> {
  private readonly items: T[] = [];

  /** `before(a, b)` is true when a should come out first. */
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const xs = this.items;
    xs.push(item);
    let i = xs.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(xs[i], xs[parent])) break;
      [xs[i], xs[parent]] = [xs[parent], xs[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const xs = this.items;
    const top = xs[0];
    const last = xs.pop();
    if (xs.length === 0 || last === undefined) return top;
    xs[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < xs.length && this.before(xs[l], xs[best])) best = l;
      if (r < xs.length && this.before(xs[r], xs[best])) best = r;
      if (best === i) break;
      [xs[i], xs[best]] = [xs[best], xs[i]];
      i = best;
    }
    return top;
  }
}
