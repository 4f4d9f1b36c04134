/**
 * Prose about table 四's outcomes (N-DISPUTE-RESULTS): which counts and blanket
 * claims are read, which proceeding each is bound to, what is left alone, and what the rule
 * then reports. The report is real/117 (平潭海坛片区 2024), its 复议/诉讼 sentence and table-四 row
 * replaced.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport, checkReport } from '../../server/src/core/index';
import { claimsOf } from '../../server/src/core/narrative/claims';
import { disputeGroupsBefore } from '../../server/src/core/narrative/proceedings';
import { REAL_DIR } from '../support/corpus';

const REPORT = readFileSync(path.join(REAL_DIR, '117_pingtan_haitanpianqu_2024.txt'), 'utf8');
const SENTENCE = '办理因政府信息公开引起的行政复议1件，当事人后续主动撤诉，未出现被纠错的情况，行政诉讼0件。';
const ROW = '0\t0\t1\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';
/** 行政复议 2 维持 1 纠正; 未经复议直接起诉 1 维持 1 纠正; 复议后起诉 none. */
const TABLE = [2, 1, 0, 0, 3, 1, 1, 0, 0, 2, 0, 0, 0, 0, 0];

function report(sentence: string, table = TABLE) {
  expect(REPORT).toContain(SENTENCE);
  expect(REPORT).toContain(ROW);
  return parseReport(REPORT.replace(SENTENCE, sentence).replace(ROW, table.join('\t')));
}

function read(sentence: string) {
  return claimsOf(report(sentence), 'disputeResult', 'allUpheld', 'noneCorrected').map((c) => [c.kind, c.value, c.dispute!.groups.join('+'), c.dispute!.column]);
}

function findings(sentence: string, table = TABLE) {
  return checkReport(report(sentence, table))
    .filter((d) => d.code.startsWith('N-DISPUTE-'))
    .map((d) => `${d.code} ${d.message}`);
}

describe('which proceeding a sentence speaks of', () => {
  it('takes the one named last: 行政复议, or 行政诉讼 (both litigation groups)', () => {
    expect(disputeGroupsBefore('行政复议 3 件，其中结果维持')).toEqual(['rev']);
    expect(disputeGroupsBefore('行政复议 3 件；行政诉讼 2 件，其中结果维持')).toEqual(['lit']);
    expect(disputeGroupsBefore('经法院判决，均')).toEqual(['lit']);
    // One litigation group by name: its figures are left alone.
    expect(disputeGroupsBefore('复议后起诉 1 件，维持')).toEqual([]);
    expect(disputeGroupsBefore('复议后起诉的行政诉讼 1 件，维持')).toEqual([]);
    expect(disputeGroupsBefore('未经复议直接起诉的案件 2 件')).toEqual([]);
    expect(disputeGroupsBefore('平台运维持续加强')).toEqual([]);
  });

  it('takes two when they are joined as one subject', () => {
    expect(disputeGroupsBefore('行政复议、行政诉讼均未被纠错')).toEqual(['rev', 'lit']);
    expect(disputeGroupsBefore('行政复议和行政诉讼案件均')).toEqual(['rev', 'lit']);
    expect(disputeGroupsBefore('行政复议2件、行政诉讼2件，均')).toEqual(['rev', 'lit']);
    expect(disputeGroupsBefore('行政复议1件，行政诉讼0件，未出现败诉')).toEqual(['lit']);
  });
});

describe('outcome claims', () => {
  it('reads the template words and their plain variants, either order', () => {
    expect(read('行政复议3件，其中结果维持2件，结果纠正1件，其他结果0件，尚未审结0件。')).toEqual([
      ['disputeResult', 2, 'rev', 'upheld'],
      ['disputeResult', 1, 'rev', 'corrected'],
      ['disputeResult', 0, 'rev', 'other'],
      ['disputeResult', 0, 'rev', 'pending'],
    ]);
    expect(read('行政复议3件，其中2件维持原行政行为，1件被纠正，0件尚未审结。')).toEqual([
      ['disputeResult', 2, 'rev', 'upheld'],
      ['disputeResult', 1, 'rev', 'corrected'],
      ['disputeResult', 0, 'rev', 'pending'],
    ]);
    expect(read('行政诉讼2件，其中维持1件，纠正1件。')).toEqual([
      ['disputeResult', 1, 'lit', 'upheld'],
      ['disputeResult', 1, 'lit', 'corrected'],
    ]);
  });

  it('reads blanket claims and binds them to their proceeding', () => {
    expect(read('行政复议3件，均获维持。')).toEqual([['allUpheld', null, 'rev', null]]);
    expect(read('行政复议1起，结果为维持我局作出的答复。')).toEqual([['allUpheld', null, 'rev', null]]);
    expect(read('行政复议1件，未出现被纠错的情况，行政诉讼0件。')).toEqual([['noneCorrected', null, 'rev', null]]);
    expect(read('行政复议、行政诉讼均未被纠正。')).toEqual([['noneCorrected', null, 'rev+lit', null]]);
    expect(read('行政复议3件，行政诉讼2件，均胜诉。')).toEqual([['noneCorrected', null, 'lit', null]]);
    // The agency loses a review that corrects it: 无败诉 said of a review is read too.
    expect(read('行政复议3件，无败诉。')).toEqual([['noneCorrected', null, 'rev', null]]);
    expect(read('本年度未发生行政复议被纠错和行政诉讼败诉的情况。')).toEqual([['noneCorrected', null, 'rev', null]]);
  });

  it('leaves alone what is not an outcome of the cases, or only of some of them', () => {
    // No proceeding named in the sentence; the agency's own corrections; 维持 in another sense.
    expect(read('及时纠正 2 件错误信息，平台运维持续加强。')).toEqual([]);
    expect(read('针对行政复议中发现的问题，及时纠正 2 件。')).toEqual([]);
    expect(read('行政复议3件，均依法维持在法定期限内答复。')).toEqual([]);
    // Some of the cases only, other outcomes beside, or an aim.
    expect(read('行政复议3件，其中2件均维持。')).toEqual([]);
    expect(read('行政复议3件，除1件被纠正外，其余均维持。')).toEqual([['disputeResult', 1, 'rev', 'corrected']]);
    expect(read('争取行政复议、行政诉讼零败诉。')).toEqual([]);
    expect(read('确保行政复议不出现被纠错。')).toEqual([]);
    // 撤销 and 驳回 are only part of a column, or counted either way.
    expect(read('行政复议3件，其中撤销1件，驳回2件。')).toEqual([]);
  });

  it('still reads 14，069 as one number, and a count right after a comma', () => {
    expect(read('行政复议3件，1件被纠正。')).toEqual([['disputeResult', 1, 'rev', 'corrected']]);
    expect(read('行政复议14，069件，其中结果维持14，069件。')).toEqual([['disputeResult', 14069, 'rev', 'upheld']]);
  });

  it('does not take a denied outcome for a denial of the cases (N-NO-DISPUTE)', () => {
    const codes = checkReport(report('本年度未发生行政复议被纠错和行政诉讼败诉的情况。')).map((d) => d.code);
    expect(codes).not.toContain('N-NO-DISPUTE');
  });
});

describe('N-DISPUTE-RESULTS', () => {
  it('compares a review count with its cell and a litigation count with both groups', () => {
    expect(findings('行政复议3件，其中结果维持2件，结果纠正1件；行政诉讼2件，其中结果维持1件，结果纠正1件。')).toEqual([]);
    expect(findings('行政复议3件，其中结果维持3件；行政诉讼2件，其中结果维持2件。')).toEqual([
      'N-DISPUTE-RESULTS 正文称行政复议“结果维持3件”，但表四“行政复议·结果维持”为 2',
      'N-DISPUTE-RESULTS 正文称行政诉讼“结果维持2件”，但表四“未经复议直接起诉·结果维持”为 1 + “复议后起诉·结果维持”为 0 = 1',
    ]);
    expect(findings('复议后起诉的行政诉讼0件，结果维持1件。')).toEqual([]);
  });

  it('holds 均维持 to 结果纠正 and 其他结果, 未被纠正 and 均胜诉 to 结果纠正 only', () => {
    expect(findings('行政复议3件，均获维持。')).toEqual(['N-DISPUTE-RESULTS 正文称行政复议“均获维持”，但表四“行政复议·结果纠正”为 1']);
    const withdrawn = [2, 0, 1, 0, 3, 1, 0, 1, 0, 2, 0, 0, 0, 0, 0];
    expect(findings('行政复议3件，未被纠正；行政诉讼2件，均胜诉。', withdrawn)).toEqual([]);
    expect(findings('行政复议3件，均获维持。', withdrawn)).toEqual(['N-DISPUTE-RESULTS 正文称行政复议“均获维持”，但表四“行政复议·其他结果”为 1']);
    expect(findings('行政复议和行政诉讼均未被纠错。')).toEqual([
      'N-DISPUTE-RESULTS 正文称行政复议、行政诉讼“未被纠错”，但表四“行政复议·结果纠正”为 1、“未经复议直接起诉·结果纠正”为 1',
    ]);
  });

  it('leaves a cell the table’s own sums put right to the sum rule', () => {
    // 结果纠正 1 under a total of 2 = 2 + 0 + 0 + 0: the sums say the 1 is the wrong cell.
    const broken = [2, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const diagnostics = checkReport(report('行政复议2件，均获维持。', broken));
    expect(diagnostics.map((d) => d.code)).toContain('T4-REV');
    expect(diagnostics.filter((d) => d.code.startsWith('N-DISPUTE-'))).toEqual([]);
  });

  it('speaks English too', () => {
    const en = checkReport(report('行政复议3件，均获维持。'), { locale: 'en' }).filter((d) => d.code === 'N-DISPUTE-RESULTS');
    expect(en.map((d) => d.message)).toEqual(['The text says "均获维持" (Administrative review), but in Table IV "Administrative review · corrected" is 1']);
  });
});
