/**
 * Bounded caches for pure functions of a string. While a clerk types, nearly every line,
 * label and paragraph of the report is the same as a keystroke ago; remembering their
 * results keeps a re-check proportional to what changed.
 *
 * The keys are lines and paragraphs cut from the document, and V8 keeps a string cut with
 * `slice`/`split` as a view of the whole text it was cut from: a cached line would keep its
 * whole document version alive, so 10,000 keystrokes kept thousands of versions (7.9 →
 * 379 MiB). A cache therefore stores its own copy of each key (`ownCopy`) and computes the
 * value from that copy, so whatever the value cuts from its key points into the copy; and
 * it is bounded in entries and in characters, forgetting everything when full (cheap, and
 * bounded on huge or random input).
 */

/**
 * A copy of `s` that shares no storage with the text it was cut from. Concatenation makes a
 * two-part string and `slice` flattens it into a fresh one of `s.length + 1` characters: the
 * result refers to that, not to `s`'s parent (measured: 200 lines cut from 1 MB versions keep
 * 215 MB alive as they are, 4.5 MB copied this way; ~0.7 µs a line, the cheapest of
 * `JSON.parse(JSON.stringify(s))`, char codes, and — outside the pure core — Buffer).
 */
export function ownCopy(s: string): string {
  return s.length < 13 ? s.slice(0) : (' ' + s).slice(1);
}

/** A map from (copied) strings to values, bounded in entries and in key characters. */
export class StringCache<T> {
  private readonly map = new Map<string, T>();
  private chars = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxChars: number,
  ) {}

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  /** `key` must not be a view of a large text: pass `ownCopy(key)` (memoize does). */
  set(key: string, value: T): void {
    if (this.map.size >= this.maxEntries || this.chars + key.length > this.maxChars) this.clear();
    this.map.set(key, value);
    this.chars += key.length;
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}

/**
 * A memo for keys that are own copies already (a prose block's text is copied once when the
 * block is made and then keys several caches): no copy per cache, and the key's hash, computed
 * once, is kept by the string. Keys longer than `longest` are computed directly, as in `memoize`.
 */
export class OwnedKeyMemo<T> {
  private readonly cache: StringCache<T>;

  constructor(
    max: number,
    private readonly longest: number,
  ) {
    this.cache = new StringCache<T>(max, max * 64);
  }

  /** The value for `key` (an own copy: see `ownCopy`), computed by `compute` on a miss. */
  get(key: string, compute: () => T): T {
    if (key.length > this.longest) return compute();
    const hit = this.cache.get(key);
    if (hit !== undefined || this.cache.has(key)) return hit as T;
    const value = compute();
    this.cache.set(key, value);
    return value;
  }
}

/**
 * Memoise `fn`; keys longer than `longest` are computed directly (prose and random text
 * rarely repeat and cost a full hash). At most `max` entries and `max × 64` key characters.
 */
export function memoize<T>(fn: (key: string) => T, max = 4096, longest = 400): (key: string) => T {
  const cache = new StringCache<T>(max, max * 64);
  return (key: string): T => {
    if (key.length > longest) return fn(key);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const own = ownCopy(key);
    const value = fn(own);
    cache.set(own, value);
    return value;
  };
}
