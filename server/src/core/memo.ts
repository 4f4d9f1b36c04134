/**
 * A bounded memo for pure string functions. While a clerk types, nearly every line, label
 * and paragraph of the report is the same as a keystroke ago; remembering their results
 * keeps a re-check proportional to what changed. The cache forgets everything when full,
 * which is cheap and keeps memory bounded on huge or random input.
 */
export function memoize<T>(fn: (key: string) => T, max = 4096, longest = 400): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    // Long keys (prose, random text) rarely repeat and cost a full hash: compute them directly.
    if (key.length > longest) return fn(key);
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
