/**
 * `checkReport` runs every rule with one context pointed at each rule in turn: each diagnostic
 * must still carry its own rule's code and severity, overrides and `off` apply to their code
 * only, and rule options reach only their rule.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, parseReport, RULES } from '../../server/src/core/index';

const model = parseReport(readFileSync(path.resolve(__dirname, '../../examples/翠云峰街道2024年度报告（含错误）.txt'), 'utf8'));

describe('checkReport', () => {
  it('gives each diagnostic its own rule’s code and severity, with overrides for their code only', () => {
    const plain = checkReport(model);
    const codes = [...new Set(plain.map((d) => d.code))];
    expect(codes.length).toBeGreaterThan(2);
    const [lowered, dropped] = [codes[0]!, codes[1]!];
    const changed = checkReport(model, { severity: { [lowered]: 'hint', [dropped]: 'off' } });
    expect(changed).toEqual(plain.filter((d) => d.code !== dropped).map((d) => (d.code === lowered ? { ...d, severity: 'hint' } : d)));
    for (const d of plain) expect(RULES.some((r) => r.code === d.code)).toBe(true);
  });

  it('passes rule options to their rule only', () => {
    const text = readFileSync(path.resolve(__dirname, '../../examples/红旗区人民政府2024年度报告.txt'), 'utf8');
    const m = parseReport(text);
    const plain = checkReport(m);
    // An option for one rule, with a name another rule's option also has, changes nothing else.
    const other = checkReport(m, { ruleOptions: { 'S-BOILERPLATE': { minChars: 100000 } } });
    expect(other.filter((d) => d.code !== 'S-BOILERPLATE')).toEqual(plain.filter((d) => d.code !== 'S-BOILERPLATE'));
  });
});
