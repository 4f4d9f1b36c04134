/** The bench's inputs, made from the seed reports: the same documents every run. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = process.cwd();
export const SEEDS_DIR = path.resolve(ROOT, 'test/fixtures/corpus/seeds');
export const seedFiles = fs.readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
export const seeds = seedFiles.map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));

/** Deterministic pseudo-random numbers: the same documents every run. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Seed 003 with its （七）总计·总计 changed 20 → 21, grown to `lines` lines with more prose in 一、总体情况. */
export function editorDocument(lines: number): { text: string; total: { line: number; character: number }; proseLines: number[] } {
  const seed = seeds.find((_, k) => seedFiles[k]!.startsWith('003'))!;
  const planted = seed.replace(/^(\(七\) 总计\t\t16\t0\t0\t0\t0\t4\t)20\t$/m, '$121\t');
  if (planted === seed) throw new Error('seed 003 no longer has its （七）总计 row');
  const all = planted.split('\n');
  const prose = all.filter((l) => l.length > 60 && /。$/.test(l));
  const at = all.findIndex((l) => /一、总体情况/.test(l)) + 1;
  const extra: string[] = [];
  for (let k = 0; all.length + extra.length < lines; k++) extra.push('', prose[k % prose.length]!);
  all.splice(at, 0, ...extra);
  const totalLine = all.findIndex((l) => /^\(七\) 总计\t/.test(l));
  const character = all[totalLine]!.lastIndexOf('21');
  const proseLines = all.flatMap((l, k) => (l.length > 60 && /。$/.test(l) ? [k] : []));
  return { text: all.join('\n'), total: { line: totalLine, character }, proseLines };
}

const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** An agency name per number, in words (digits in a title would read as a year). */
export function agencyName(k: number): string {
  let name = '';
  do {
    name = STEMS[k % 10]! + name;
    k = Math.floor(k / 10);
  } while (k > 0);
  return `示范市${name}区人民政府`;
}

/**
 * Report `k` of an archive: agency `agency`, year `year`, from a seed whose title is replaced
 * and whose table numbers are scaled by 1–7 (sums stay right); every tenth has its （七）总计
 * off by one. The seeds' own year (2024) is replaced throughout.
 */
export function archiveReport(k: number, agency: number, year: number): string {
  const seed = seeds[k % seeds.length]!;
  const factor = 1 + (k % 7);
  const lines = seed.split('\n');
  const titleAt = lines.findIndex((l) => /政府信息公开工作\s*年度报告/.test(l));
  if (titleAt >= 0) lines[titleAt] = `# ${agencyName(agency)} ${year} 年政府信息公开工作年度报告`;
  let text = lines
    .map((l) => (l.includes('\t') || l.includes('|') ? l.replace(/(^|[\t| ])(\d+)(?=$|[\t| ])/g, (_, pre: string, n: string) => pre + String(Number(n) * factor)) : l))
    .join('\n')
    .replace(/(\d+)(\s*件)/g, (_, n: string, unit: string) => String(Number(n) * factor) + unit)
    .replace(/2024/g, String(year));
  if (k % 10 === 0) text = text.replace(/^(\(七\) 总计[^\n]*?\t)(\d+)/m, (_, pre: string, n: string) => pre + String(Number(n) + 1));
  return text;
}

/** `count` reports over `years` years (agency = k / years), written to `dir`; returns their paths. */
export function writeArchive(dir: string, count: number, years: number, firstYear = 2020): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const agency = Math.floor(k / years);
    const year = firstYear + (k % years);
    const file = path.join(dir, `report-${String(k).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, archiveReport(k, agency, year));
    out.push(file);
  }
  return out;
}

// The big documents of the bench's section 4 (and bench/profile-core.ts).

/** Seed reports one after the other until `bytes` of UTF-8. */
export function pastedDocument(bytes: number): string {
  const parts: string[] = [];
  for (let k = 0, n = 0; n < bytes; k++) {
    const s = seeds[k % seeds.length]!;
    parts.push(s);
    n += Buffer.byteLength(s) + 1;
  }
  return parts.join('\n');
}

/** Random CJK, digits, tabs, pipes and line breaks until `bytes` of UTF-8. */
export function randomDocument(bytes: number): string {
  const alphabet = [...'0123456789 \t|\n\r一二三四五六七八九十（）()、总计合计申请人数件万元-—/.,，。', '𠀀'];
  const rand = lcg(5);
  const parts: string[] = [];
  for (let n = 0; n < bytes; ) {
    const ch = alphabet[Math.floor(rand() * alphabet.length)]!;
    parts.push(ch);
    n += Buffer.byteLength(ch);
  }
  return parts.join('');
}

/**
 * Thousands of one-line sections (`一、总体情况` + one sentence): the shape that once made the
 * prose rules quadratic in the number of sections.
 */
export function sectionsDocument(bytes: number): string {
  const piece = '一、总体情况\n本年共收到政府信息公开申请3件。\n';
  return piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));
}

/** Prose without punctuation: one endless sentence over many lines (the narrative rules' windows). */
export function endlessSentenceDocument(bytes: number): string {
  const piece = '收到政府信息公开申请3件其中1件已答复2023年\n';
  return '一、总体情况\n' + piece.repeat(Math.ceil(bytes / Buffer.byteLength(piece)));
}
