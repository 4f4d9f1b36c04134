/**
 * Fetching reports from a government website with Node's fetch: a clear user agent, a timeout
 * per request, a few retries for network errors and 5xx (never for 4xx), at most a few
 * requests at a time, and a cache folder so a second run reads from disk instead of asking the
 * site again. A failure is a value (`error`), never an exception: the review names the page
 * as 未能检查.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../../package.json';

/** ASCII only: HTTP header values are bytes. */
export const USER_AGENT = `ogi-report/${pkg.version} (checker of government information disclosure annual reports; +https://example.invalid/ogi-report)`;

export interface FetchOptions {
  timeoutMs?: number;
  retries?: number;
  concurrency?: number;
  /** Folder for cached responses; none: no cache. */
  cacheDir?: string;
}

export type Fetched =
  | {
      url: string;
      status: number;
      contentType: string;
      bytes: Uint8Array;
      fromCache: boolean;
      /** The cache file holding these bytes, when the cache has them: a review reads them from there again rather than keep them. */
      cached?: string;
    }
  | { url: string; error: string };

export class Fetcher {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  readonly timeoutMs: number;
  readonly retries: number;
  readonly concurrency: number;
  /** Requests that went to the network (not the cache): the tests count them. */
  networkRequests = 0;

  constructor(private readonly options: FetchOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.retries = options.retries ?? 2;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    if (options.cacheDir) mkdirSync(options.cacheDir, { recursive: true });
  }

  private async slot<T>(job: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await job();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private cachePaths(url: string): { body: string; meta: string } | null {
    if (!this.options.cacheDir) return null;
    const key = createHash('sha256').update(url).digest('hex').slice(0, 32);
    return { body: join(this.options.cacheDir, `${key}.body`), meta: join(this.options.cacheDir, `${key}.json`) };
  }

  async get(url: string): Promise<Fetched> {
    const cache = this.cachePaths(url);
    if (cache && existsSync(cache.meta) && existsSync(cache.body)) {
      try {
        const meta = JSON.parse(readFileSync(cache.meta, 'utf8')) as { status: number; contentType: string };
        return { url, status: meta.status, contentType: meta.contentType, bytes: new Uint8Array(readFileSync(cache.body)), fromCache: true, cached: cache.body };
      } catch {
        // A broken cache entry is fetched again.
      }
    }
    const result = await this.slot(() => this.fetchWithRetries(url));
    if (cache && 'bytes' in result) {
      try {
        writeFileSync(cache.body, result.bytes);
        writeFileSync(cache.meta, JSON.stringify({ url, status: result.status, contentType: result.contentType }));
        return { ...result, cached: cache.body };
      } catch {
        // No cache is no reason to fail the run.
      }
    }
    return result;
  }

  private async fetchWithRetries(url: string): Promise<Fetched> {
    let last = '';
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt) await new Promise((r) => setTimeout(r, 250 * attempt));
      this.networkRequests++;
      try {
        const res = await fetch(url, { headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*;q=0.5' }, signal: AbortSignal.timeout(this.timeoutMs), redirect: 'follow' });
        if (res.status >= 500) {
          last = `服务器错误 HTTP ${res.status}`;
          continue;
        }
        if (!res.ok) return { url, error: `HTTP ${res.status}${res.status === 404 ? '（页面不存在）' : ''}` };
        const bytes = new Uint8Array(await res.arrayBuffer());
        return { url: res.url || url, status: res.status, contentType: res.headers.get('content-type') ?? '', bytes, fromCache: false };
      } catch (err) {
        const e = err as Error;
        last = e.name === 'TimeoutError' || e.name === 'AbortError' ? `超时（${Math.round(this.timeoutMs / 1000)} 秒内无响应）` : `无法连接（${(e.cause as Error | undefined)?.message ?? e.message}）`;
      }
    }
    return { url, error: last };
  }
}
