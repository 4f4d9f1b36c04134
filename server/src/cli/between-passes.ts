/**
 * What a run's first pass hands its second of a report's text, the same for `check`
 * (`pipeline.ts`) and `review` (`review/run.ts`): pass one has just read, decoded or imported
 * the text; pass two needs it again once every report is summarised.
 *
 * - Texts are kept in memory up to a budget of characters (`KEEP_CHARS`, ~32 MB as UTF-16,
 *   ~5,800 reports of the bench's archive): pass two then neither reads, decodes nor digests the
 *   file again (measured: a fifth of what surrounds the core in a run of 4,000 reports), and its
 *   text is by construction the one pass one summarised. A string holds no pointers, so the
 *   kept texts cost the collector next to nothing; the kept `LoadedText` drops the bytes.
 * - Beyond the budget, an imported page, Word file or PDF goes to a spill file in a temporary
 *   folder of the run (removed at the end), with where each line came from: importing again
 *   costs more than the check (HTML 4.6 ms, Word 9 ms, PDF 113 ms a file against ~5 ms to parse
 *   and check). Without a writable folder it stays in memory.
 * - Beyond the budget, a text file is not kept (`keep` says null): pass two reads it again
 *   and uses pass one's summary only when the bytes digest the same (`digestOf`).
 *
 * Memory stays bounded: the budget plus one small record per report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadedText, LoadResult } from './load';
import { REASON } from './reasons';

/** Characters of text kept in memory between the passes, over all reports of a run. */
export const KEEP_CHARS = 16_000_000;

/** A text kept for pass two: in memory (null once taken), or in a spill file. */
export type Kept = { kind: 'memory'; loaded: LoadedText | null } | { kind: 'spill'; file: string };

/** What of a `LoadedText` pass two reads: no bytes, no snapshot (the text is the one summarised). */
function bare(loaded: LoadedText): LoadedText {
  return {
    ok: true,
    form: loaded.form,
    text: loaded.text,
    warnings: loaded.warnings,
    ...(loaded.importProblem ? { importProblem: loaded.importProblem } : {}),
    ...(loaded.lineSources ? { lineSources: loaded.lineSources } : {}),
    ...(loaded.published ? { published: loaded.published } : {}),
  };
}

export class BetweenPasses {
  private left: number;
  private dir: string | null | undefined;
  private n = 0;

  /** `keepChars`: the memory budget (tests set 0 to see pass two read again); `spillDir`: where the run's spill folder is made. */
  constructor(options: { keepChars?: number; spillDir?: string } = {}) {
    this.left = options.keepChars ?? KEEP_CHARS;
    this.parent = options.spillDir ?? tmpdir();
  }

  private readonly parent: string;

  /** Keep pass one's text for pass two, or null: a text file beyond the budget, to be read again. */
  keep(loaded: LoadedText): Kept | null {
    if (loaded.text.length <= this.left) {
      this.left -= loaded.text.length;
      return { kind: 'memory', loaded: bare(loaded) };
    }
    if (loaded.form === 'text') return null;
    return this.spill(bare(loaded)) ?? { kind: 'memory', loaded: bare(loaded) };
  }

  /** Pass two's text, once: let go of as it is taken (the caller may hold `kept` to the end of the run), a spill file removed. */
  take(kept: Kept): LoadResult {
    if (kept.kind === 'memory') {
      const loaded = kept.loaded;
      kept.loaded = null;
      return loaded ?? { ok: false, form: 'text', reason: REASON.internal(new Error('text taken twice')) };
    }
    try {
      const { lineSources, ...stored } = JSON.parse(readFileSync(kept.file, 'utf8')) as Omit<LoadedText, 'lineSources'> & { lineSources?: (string | null)[] };
      // JSON has no undefined: a line with no source came back as null.
      return lineSources ? { ...stored, lineSources: lineSources.map((s) => s ?? undefined) } : stored;
    } catch (err) {
      return { ok: false, form: 'text', reason: REASON.internal(err) };
    } finally {
      rmSync(kept.file, { force: true });
    }
  }

  /** The run's spill folder and all in it. */
  remove(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }

  private spill(loaded: LoadedText): Kept | null {
    if (this.dir === undefined) {
      try {
        this.dir = mkdtempSync(join(this.parent, 'ogi-passes-'));
      } catch {
        this.dir = null;
      }
    }
    if (!this.dir) return null;
    const file = join(this.dir, `${this.n++}.json`);
    try {
      writeFileSync(file, JSON.stringify(loaded));
      return { kind: 'spill', file };
    } catch {
      // A full disk: this text stays in memory.
      return null;
    }
  }
}
