import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { parseReport } from '../../server/src/core/index';
import { importReport } from '../../server/src/import/index';
import { importDocx } from '../../server/src/import/docx';
import { DOCX_DIR } from '../support/corpus';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function docx(body: string, numbering?: string): Uint8Array {
  const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`) };
  if (numbering) files['word/numbering.xml'] = strToU8(`<?xml version="1.0"?><w:numbering ${W}>${numbering}</w:numbering>`);
  return zipSync(files);
}
const p = (text: string, numPr = '') => `<w:p>${numPr ? `<w:pPr><w:numPr>${numPr}</w:numPr></w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${p(text)}</w:tc>`;

describe('DOCX importer', () => {
  it('the blank 2021 template reads as a complete empty report', async () => {
    const r = await importReport('blank_template_2021.docx', readFileSync(path.join(DOCX_DIR, 'blank_template_2021.docx')));
    expect(r.problem).toBeUndefined();
    const m = parseReport(r.text);
    expect(m.sections.map((s) => s.id).join('')).toBe('一二三四五六');
    expect(m.t2?.rows.map((row) => row.id)).toEqual(['regulation', 'normative', 'license', 'penalty', 'coercion', 'fee']);
    expect(m.t3?.rows).toHaveLength(25);
    expect(m.t4).not.toBeNull();
    expect([...m.cells.values()].filter((c) => c.value !== null)).toEqual([]);
  });

  it('gridSpan and vMerge: a merged cell belongs to every row it spans, written once across columns', () => {
    const r = importDocx(
      docx(
        `<w:tbl><w:tr>${tc('甲', '<w:vMerge w:val="restart"/>')}${tc('７', '<w:gridSpan w:val="2"/>')}</w:tr>` +
          `<w:tr>${tc('', '<w:vMerge/>')}${tc('1')}${tc('2')}</w:tr></w:tbl>`,
      ),
    );
    expect(r.text).toBe('甲\t7\n甲\t1\t2\n');
    expect(r.lineSources).toEqual(['表格1 第1行', '表格1 第2行']);
  });

  it("Word's list numbers (一、 （一）) are put back in front of the headings", () => {
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>';
    const lvl = (n: number) => `<w:ilvl w:val="${n}"/><w:numId w:val="3"/>`;
    const r = importDocx(docx(p('总体情况', lvl(0)) + p('主动公开', lvl(1)) + p('依申请公开', lvl(1)) + p('主动公开政府信息情况', lvl(0)) + p('规章', lvl(1)), numbering));
    expect(r.text).toBe('一、总体情况\n（一）主动公开\n（二）依申请公开\n二、主动公开政府信息情况\n（一）规章\n');
  });

  it('paragraphs in text boxes are lines of their own (a title in a frame; a PDF converted to Word, one box a line)', () => {
    // The drawing as Word writes it: the text box under mc:Choice, its VML copy under mc:Fallback.
    const box = (...texts: string[]) =>
      `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="x"><wps:txbx><w:txbxContent>${texts.map((t) => p(t)).join('')}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:pict><v:textbox xmlns:v="y"><w:txbxContent>${texts.map((t) => p(t)).join('')}</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const r = importDocx(docx(`<w:p>${box('某县民政局', '2099年政府信息公开工作年度报告')}</w:p><w:p><w:r><w:t>正文</w:t></w:r>${box('一、总体情况')}${box('规章', '0', '1')}</w:p>`));
    expect(r.text).toBe('某县民政局\n2099年政府信息公开工作年度报告\n正文\n一、总体情况\n规章\n0\n1\n');
  });

  it('a file that is not a zip, or an old .doc, gets a problem and no exception', () => {
    expect(importDocx(new TextEncoder().encode('hello')).problem?.code).toBe('docx-corrupt');
    expect(importDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).problem?.code).toBe('docx-is-doc');
    expect(importDocx(zipSync({ 'a.txt': strToU8('x') })).problem?.code).toBe('docx-corrupt');
  });
});
