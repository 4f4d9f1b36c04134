/**
 * `通报草稿.docx`: the notice draft (`notice.ts`'s Markdown) as a Word file, in the usual look of
 * a government notice (仿宋 body, 黑体 / 楷体 headings, a centred title). Made with the `docx`
 * package, loaded only when the file is written (`dist/docx.js` in the bundled CLI).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

export async function noticeDocx(markdown: string): Promise<Uint8Array> {
  const d = loadDocx();
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [];
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
      children.push(
        new d.Table({
          width: { size: 100, type: d.WidthType.PERCENTAGE },
          rows: rows.map((cells, r) => new d.TableRow({ tableHeader: r === 0, children: cells.map((c) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text: c, size: 24, bold: r === 0, font: BODY.font })] })] })) })),
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
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
