/**
 * Array helpers that never spread an array into a call. `Math.max(...xs)` and `push(...xs)` put
 * every item on the stack, and past ~100,000 items V8 throws RangeError — a report pasted a
 * hundred thousand times must still parse, so the core loops instead.
 */

/** Append every item of `items` to `target` (in place) and return `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest number, or `empty` when there is none. */
export function maxOf(xs: readonly number[], empty = -Infinity): number {
  let best = empty;
  for (const x of xs) if (x > best) best = x;
  return best;
}

/** The smallest number, or `empty` when there is none. */
export function minOf(xs: readonly number[], empty = Infinity): number {
  let best = empty;
  for (const x of xs) if (x < best) best = x;
  return best;
}

/** The first index of `sorted` (ascending) whose item is not below `x`: `sorted.length` when all are. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` (ascending) whose item is above `x`: `sorted.length` when none is. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
