/**
 * The rules issue 11 added, beyond their fixtures: thresholds set through rule options, the
 * quick fix of N-TYPO, English messages, and the one-finding contract of S-NUMBERING with
 * the section rules.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport, applyEdits } from '../../server/src/core/index';
import { RULE_FIXTURES_DIR, loadRuleFixtures } from '../support/rule-fixtures';
import { REAL_DIR, SEEDS_DIR } from '../support/corpus';

const read = (p: string) => readFileSync(path.join(RULE_FIXTURES_DIR, p), 'utf8');
const codes = (text: string, options: Parameters<typeof checkReport>[1] = {}) => checkReport(parseReport(text), options).map((d) => d.code);

describe('rule options', () => {
  it('S-BOILERPLATE: minChars decides what one sentence is too short', () => {
    const text = read('S-BOILERPLATE/one-sentence-problems.txt');
    expect(codes(text)).toContain('S-BOILERPLATE');
    expect(codes(text, { ruleOptions: { 'S-BOILERPLATE': { minChars: 10 } } })).not.toContain('S-BOILERPLATE');
  });

  it('S-OVERVIEW-PADDING: minPublicity raises the bar; a non-number is ignored', () => {
    const text = read('S-OVERVIEW-PADDING/publicity-figures.txt');
    expect(codes(text, { ruleOptions: { 'S-OVERVIEW-PADDING': { minPublicity: Number.NaN } } })).toContain('S-OVERVIEW-PADDING');
    expect(codes(text, { ruleOptions: { 'S-OVERVIEW-PADDING': { minPublicity: 20 } } })).not.toContain('S-OVERVIEW-PADDING');
  });

  it('S-GOV-SCOPE: minOwnMentions', () => {
    const text = read('S-GOV-SCOPE/own-office-only.txt');
    expect(codes(text)).toContain('S-GOV-SCOPE');
    expect(codes(text, { ruleOptions: { 'S-GOV-SCOPE': { minOwnMentions: 50 } } })).not.toContain('S-GOV-SCOPE');
  });
});

describe('N-TYPO', () => {
  it('offers a quick fix (not fix-all) that writes the suggestion', () => {
    const text = read('N-TYPO/bad.txt');
    const model = parseReport(text);
    const typos = checkReport(model).filter((d) => d.code === 'N-TYPO');
    expect(typos.map((d) => d.severity)).toEqual(['hint', 'hint', 'hint']);
    let fixed = text;
    // Apply from the end so earlier ranges stay valid.
    for (const d of [...typos].reverse()) {
      const fix = d.fixes![0]!;
      expect(fix.kind).toBe('unsafe');
      fixed = applyEdits(fixed, fix.edits);
    }
    expect(fixed).toContain('预决算资金、');
    expect(fixed).toContain('审查管理制度');
    expect(fixed).toContain('有待进一步完善，');
    expect(codes(fixed)).not.toContain('N-TYPO');
  });

  it('does not take one doubled character for a slip', () => {
    const text = read('N-TYPO/good.txt').replace('持续提升政务公开的质效', '天天坚持、一一落实，持续提升政务公开的质效');
    expect(codes(text)).not.toContain('N-TYPO');
  });
});

describe('messages in English', () => {
  it('every new rule speaks English when asked', () => {
    const cases: [string, string][] = [
      ['S-FEE-STATEMENT/six-says-nothing.txt', 'S-FEE-STATEMENT'],
      ['S-NUMBERING/fee-part-inserted.txt', 'S-NUMBERING'],
      ['S-NUMBERING/arabic-numbering.txt', 'S-NUMBERING'],
      ['S-NUMBERING/subitems-as-sections.txt', 'S-NUMBERING'],
      ['S-BOILERPLATE/one-sentence-problems.txt', 'S-BOILERPLATE'],
      ['S-GOV-SCOPE/own-office-only.txt', 'S-GOV-SCOPE'],
      ['S-OVERVIEW-PADDING/publicity-figures.txt', 'S-OVERVIEW-PADDING'],
      ['N-TYPO/bad.txt', 'N-TYPO'],
      ['N-SELF-CONTRADICTION/bad.txt', 'N-SELF-CONTRADICTION'],
    ];
    for (const [file, code] of cases) {
      const d = checkReport(parseReport(read(file)), { locale: 'en' }).find((x) => x.code === code);
      expect(d, `${file} ${code}`).toBeDefined();
      expect(d!.message, `${file} ${code}`).toMatch(/^[\x20-\x7e]/);
      expect(d!.message).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('S-NUMBERING is the one finding', () => {
  it('no S-SECTION-*, S-TABLE-PLACEMENT or S-SUBITEMS beside it', () => {
    for (const f of ['fee-part-inserted', 'problems-left-out', 'arabic-numbering', 'subitems-as-sections', 'renumbered-from-four']) {
      const found = codes(read(`S-NUMBERING/${f}.txt`)).filter((c) => /^S-(?:SECTION-MISSING|SECTION-NUMBER|SECTION-TITLE|TABLE-PLACEMENT|SUBITEMS|NUMBERING)$/.test(c));
      expect(found, f).toEqual(['S-NUMBERING']);
    }
  });
});

describe('a shifted numbering has one owner', () => {
  it('S-NUMBERING and S-SECTION-NUMBER never report the same heading, on any fixture or corpus report', () => {
    const texts = [...loadRuleFixtures().map((c) => c.text), ...[SEEDS_DIR, REAL_DIR].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(d, f), 'utf8')))];
    let numbering = 0;
    for (const text of texts) {
      const diags = checkReport(parseReport(text));
      const lines = (code: string) => new Set(diags.filter((d) => d.code === code).map((d) => d.range.start.line));
      const both = [...lines('S-NUMBERING')].filter((l) => lines('S-SECTION-NUMBER').has(l));
      expect(both, text.slice(0, 40)).toEqual([]);
      numbering += lines('S-NUMBERING').size;
    }
    expect(numbering).toBeGreaterThanOrEqual(6);
  });

  it('a lone wrong numeral stays S-SECTION-NUMBER’s, with its quick fix', () => {
    const diags = checkReport(parseReport(read('S-SECTION-NUMBER/five-numbered-six.txt')));
    expect(diags.filter((d) => d.code === 'S-NUMBERING')).toEqual([]);
    expect(diags.filter((d) => d.code === 'S-SECTION-NUMBER').flatMap((d) => d.fixes ?? []).map((f) => f.kind)).toEqual(['unsafe']);
  });
});
