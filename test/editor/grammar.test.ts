/** The TextMate grammar, tokenised with vscode-textmate + oniguruma (the engine VS Code uses). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INITIAL, Registry, parseRawGrammar, type IGrammar } from 'vscode-textmate';
import { createOnigScanner, createOnigString, loadWASM } from 'vscode-oniguruma';
import { readSeed } from '../lsp/seeds';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR = path.join(ROOT, 'syntaxes/ogi-report.tmLanguage.json');

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async () => parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR),
  });
  const g = await registry.loadGrammar('text.ogi-report');
  if (!g) throw new Error('grammar did not load');
  grammar = g;
});

/** The text of every token of `line` whose scopes include `scope` (a prefix of a scope name). */
function tokens(line: string, scope: string): string[] {
  const { tokens: toks } = grammar.tokenizeLine(line, INITIAL);
  return toks.filter((t) => t.scopes.some((s) => s.startsWith(scope))).map((t) => line.slice(t.startIndex, t.endIndex));
}

describe('ogi-report grammar', () => {
  it('is what package.json contributes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.contributes.grammars[0]).toMatchObject({ language: 'ogi-report', scopeName: 'text.ogi-report' });
    expect(fs.existsSync(path.join(ROOT, pkg.contributes.grammars[0].path))).toBe(true);
  });

  it('marks section headings with and without markdown #', () => {
    expect(tokens('一、总体情况', 'entity.name.section')).toEqual(['一、总体情况']);
    expect(tokens('## 二、主动公开政府信息情况', 'entity.name.section')).toEqual(['二、主动公开政府信息情况']);
    expect(tokens('## 二、主动公开政府信息情况', 'punctuation.definition.heading')).toEqual(['## ']);
  });

  it('marks sub-headings up to the colon', () => {
    expect(tokens('（一）主动公开：一是完善制度。', 'markup.heading.subheading')).toEqual(['（一）主动公开：']);
    expect(tokens('(二) 依申请公开', 'markup.heading.subheading')).toEqual(['(二) 依申请公开']);
  });

  it('splits a tab-separated table row into labels and numbers', () => {
    const row = '\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t5\t0\t0\t0\t0\t0\t5';
    expect(tokens(row, 'entity.name.type.row-label')).toEqual(['(四) 无法提供', '1. 本机关不掌握相关政府信息']);
    expect(tokens(row, 'constant.numeric')).toEqual(['5', '0', '0', '0', '0', '0', '5']);
  });

  it('handles markdown pipe tables, full-width digits and units', () => {
    const row = '| 行政许可 | １２ | 3,456 | 7件 |';
    expect(tokens(row, 'entity.name.type.row-label')).toEqual(['行政许可']);
    expect(tokens(row, 'constant.numeric')).toEqual(['１２', '3,456', '7']);
    expect(tokens(row, 'keyword.other.unit')).toEqual(['件']);
    expect(tokens('|---|:---:|---|', 'punctuation.separator.table')).toEqual(['|---|:---:|---|']);
  });

  it('marks the 勾稽 note, also inside a table row', () => {
    const line = '(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t\t申请人情况';
    expect(tokens(line, 'comment.block.note')).toEqual(['(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)']);
    expect(tokens(line, 'entity.name.type.row-label')).toEqual(['申请人情况']);
  });

  it('leaves prose alone and tokenises every seed line without stalling', () => {
    expect(tokens('2024 年，红旗区人民政府坚持以习近平新时代中国特色社会主义思想为指导。', 'constant.numeric')).toEqual([]);
    for (const seed of ['000', '001', '002', '003', '004']) {
      let state = INITIAL;
      for (const line of readSeed(seed).split('\n')) {
        const r = grammar.tokenizeLine(line, state, 1000);
        expect(r.stoppedEarly).toBe(false);
        state = r.ruleStack;
      }
    }
  });
});
