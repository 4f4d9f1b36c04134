/**
 * `通报草稿.docx`: the notice draft (`notice.ts`'s Markdown) as a Word file, in the usual look of
 * a government notice (仿宋 body, 黑体 / 楷体 headings, a centred title). Made with the `docx`
 * package, loaded only when the file is written (`dist/docx.js` in the bundled CLI).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

type Docx = typeof import('docx');

function loadDocx(): Docx {
  const req = createRequire(__filename);
  const bundled = join(__dirname, 'docx.js');
  return (existsSync(bundled) ? req(bundled) : req('docx')) as Docx;
}

const BODY = { font: { ascii: 'FangSong', eastAsia: '仿宋' }, size: 32 }; // 三号
const H1 = { font: { ascii: 'SimHei', eastAsia: '黑体' }, size: 32 };
const H2 = { font: { ascii: 'KaiTi', eastAsia: '楷体' }, size: 32 };
const TITLE = { font: { ascii: 'SimSun', eastAsia: '方正小标宋简体' }, size: 44, bold: true }; // 二号

/** `**bold**` runs of one line. */
function runs(d: Docx, text: string, style: Record<string, unknown>): InstanceType<Docx['TextRun']>[] {
  return text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map((part) => new d.TextRun({ ...style, text: part.replace(/^\*\*|\*\*$/g, ''), bold: part.startsWith('**') || (style as { bold?: boolean }).bold }));
}

/** Stands for cell `c` of a table's rows in the one row `docx` is given; outside what its XML escaping touches. */
const mark = (table: number, c: number) => `\uE000${table}:${c}\uE001`;
const MARK = /\uE000(\d+):(\d+)\uE001/g;

/** Text as `docx` writes it (its `escapeAll`): the five entities, control characters dropped. */
function escapeXml(s: string): string {
  const map: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
  return s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => map[c] ?? '');
}

/**
 * The notice as a Word file. The appendix table has a row per report: built as `docx` objects
 * (a few dozen per row, and their XML tree while packing) 4,000 rows took ~240 MB. So `docx`
 * is given the header and one row of marks; its XML for that row is the template every data row
 * is written from, the same XML `docx` writes for each row (a test holds them equal).
 */
export async function noticeDocx(markdown: string): Promise<Uint8Array> {
  const d = loadDocx();
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [];
  const tables: string[][][] = [];
  const cellOf = (text: string, header: boolean) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text, size: 24, bold: header, font: BODY.font })] })] });
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (line.startsWith('| ')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) {
        if (/^\|\s*-/.test(lines[i]!)) continue;
        rows.push(lines[i]!.replace(/^\||\|$/g, '').split('|').map((c) => c.trim()));
      }
      i--;
      const [head, ...body] = rows;
      const t = tables.push(body) - 1;
      const marks = body.length ? [new d.TableRow({ tableHeader: false, children: body[0]!.map((_, c) => cellOf(mark(t, c), false)) })] : [];
      children.push(
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: [...(head ? [new d.TableRow({ tableHeader: true, children: head.map((c) => cellOf(c, true)) })] : []), ...marks],
        }),
      );
      continue;
    }
    if (line.startsWith('# ')) children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 300 }, children: runs(d, line.slice(2), TITLE) }));
    else if (line.startsWith('## ')) children.push(new d.Paragraph({ spacing: { before: 200 }, indent: { firstLine: 640 }, children: runs(d, line.slice(3), H1) }));
    else if (line.startsWith('### ')) children.push(new d.Paragraph({ indent: { firstLine: 640 }, children: runs(d, line.slice(4), H2) }));
    else if (line.startsWith('> ')) children.push(new d.Paragraph({ children: runs(d, line.slice(2), { ...BODY, size: 24, italics: true, color: '666666' }) }));
    else if (/^(\d+\.|-) /.test(line)) children.push(new d.Paragraph({ indent: { firstLine: 640 }, children: runs(d, line.replace(/^- /, ''), BODY) }));
    else children.push(new d.Paragraph({ indent: line.startsWith('　') ? undefined : { firstLine: 0 }, children: runs(d, line, BODY) }));
  }
  const doc = new d.Document({ creator: 'ogi-report', title: '通报草稿', sections: [{ properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } }, children }] });
  const packed = new Uint8Array(await d.Packer.toBuffer(doc));
  if (!tables.some((rows) => rows.length)) return packed;
  const files = unzipSync(packed);
  files['word/document.xml'] = strToU8(withRows(strFromU8(files['word/document.xml']!), tables));
  return zipSync(files);
}

/** Each table's row of marks replaced by its data rows, written from that row's XML. */
function withRows(xml: string, tables: readonly (readonly string[][])[]): string {
  tables.forEach((rows, t) => {
    if (!rows.length) return;
    const at = xml.indexOf(mark(t, 0));
    const start = xml.lastIndexOf('<w:tr>', at);
    const end = xml.indexOf('</w:tr>', at) + '</w:tr>'.length;
    const template = xml.slice(start, end);
    const out: string[] = [];
    for (const row of rows) out.push(template.replace(MARK, (_, _t, c: string) => escapeXml(row[Number(c)] ?? '')));
    xml = xml.slice(0, start) + out.join('') + xml.slice(end);
  });
  return xml;
}
