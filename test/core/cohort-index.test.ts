/**
 * The cohort index (C-SAME-TEXT's peers) is sorted (hash, report) pairs; it must answer as the
 * plain definition does: the reports of the year that share a sentence with ours, by another
 * agency, in the order they were given, with stock phrases (more than a third of a year's
 * reports, and more than three) left out.
 */
import { describe, expect, it } from 'vitest';
import { CohortIndex, sameAgency, type ReportSummary } from '../../server/src/core/index';

function summary(uri: string, agencyKey: string, year: number, sentences: number[]): ReportSummary {
  return { uri, agencyKey, year, title: null, cells: new Map(), sections: new Map(), sentences: Uint32Array.from(new Set(sentences)).sort() };
}

/** The definition, one report at a time. */
function expectedPeers(all: ReportSummary[], hashes: Uint32Array, year: number, agencyKey: string, uri?: string): string[] {
  const ofYear = all.filter((s) => s.year === year && s.sentences?.length);
  const limit = Math.max(3, Math.floor(ofYear.length / 3));
  const users = (h: number) => ofYear.filter((s) => s.sentences!.includes(h)).length;
  const shared = [...hashes].filter((h) => users(h) <= limit);
  return ofYear.filter((s) => shared.some((h) => s.sentences!.includes(h)) && s.uri !== uri && !sameAgency(s.agencyKey, agencyKey)).map((s) => s.uri);
}

describe('CohortIndex', () => {
  it('finds the peers the definition finds, stock phrases left out', () => {
    let x = 11;
    const next = (n: number) => ((x = (x * 16807) % 2147483647), x % n);
    // Hashes near 2³² as well as small ones; a few phrases nearly everyone uses.
    const pool = [...Array.from({ length: 60 }, (_, k) => 0xffffffff - k * 977), ...Array.from({ length: 60 }, (_, k) => k * 31)];
    const all: ReportSummary[] = [];
    for (let k = 0; k < 90; k++) {
      const sentences = Array.from({ length: 1 + next(8) }, () => pool[next(pool.length)]!);
      if (k % 3 !== 2) sentences.push(7); // a stock phrase: two reports in three
      all.push(summary(`file:///r/${String(k).padStart(3, '0')}.txt`, `第${k % 40}区人民政府`, 2022 + (k % 2), sentences));
    }
    all.push(summary('file:///r/empty.txt', '空白局', 2023, []));
    const index = CohortIndex.of(all);
    for (const s of all) {
      expect(index.peersOf(s.sentences!, s.year!, s.agencyKey, s.uri).map((p) => p.uri)).toEqual(expectedPeers(all, s.sentences!, s.year!, s.agencyKey, s.uri));
    }
    expect(index.isStock(2023, 7)).toBe(true);
    expect(index.isStock(2023, pool[0]!)).toBe(false);
    expect(index.isStock(2030, pool[0]!)).toBe(false);
    expect(index.peersOf(Uint32Array.of(7), 2030, 'x')).toEqual([]);
  });
});
