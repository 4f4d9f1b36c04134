/**
 * 通报草稿.docx writes the appendix table's rows from the XML `docx` makes for one row of marks
 * (`review/docx.ts`): the rows must be what `docx` itself writes for each row, escaping and
 * empty cells included.
 */
import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { noticeDocx } from '../../server/src/review/docx';

const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);

/** The table as `docx` writes it with every row an object (what noticeDocx did before). */
async function asDocxWritesIt(rows: string[][]): Promise<string> {
  const font = { ascii: 'FangSong', eastAsia: '仿宋' };
  const table = new docx.Table({
    width: { size: 100, type: docx.WidthType.PERCENTAGE },
    rows: rows.map((cells, r) => new docx.TableRow({ tableHeader: r === 0, children: cells.map((c) => new docx.TableCell({ children: [new docx.Paragraph({ children: [new docx.TextRun({ text: c, size: 24, bold: r === 0, font })] })] })) })),
  });
  const doc = new docx.Document({ creator: 'ogi-report', title: '通报草稿', sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children: [table] }] });
  return documentXml(new Uint8Array(await docx.Packer.toBuffer(doc)));
}

describe('通报草稿.docx table rows', () => {
  it('are the XML docx writes for each row: entities, control characters, empty cells, many rows', async () => {
    const rows = [
      ['单位', '年度', '结论', '错误', '警告', '提示'],
      ['洪泽区人民政府', '2023', '有错误', '3', '1', '0'],
      ['A&B <局> "办" \'处\'', '', '未能检查', '0', '0', '0'],
      ['控制\u0001字符\u001f', '2024', '通过', '0', '0', '2'],
      ...Array.from({ length: 200 }, (_, i) => [`单位${i}`, String(2020 + (i % 5)), i % 2 ? '通过' : '有错误', String(i), '0', '1']),
    ];
    const markdown = rows.map((r, i) => `| ${r.join(' | ')} |` + (i === 0 ? '\n| --- | --- | --- | ---: | ---: | ---: |' : '')).join('\n') + '\n';
    expect(documentXml(await noticeDocx(markdown))).toBe(await asDocxWritesIt(rows));
  });
});
