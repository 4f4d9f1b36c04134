/**
 * PDF tables: the rules a page draws (read from pdf.js's operator list) and the cells they
 * make; tables drawn without borders read by positions. Synthetic pages, each holding one
 * layout an office suite produces.
 */
import { describe, expect, it } from 'vitest';
import { importReport } from '../../server/src/import/index';
import { layoutPages, type PdfItem, type PdfPage } from '../../server/src/import/pdf-layout';
import { rulingSegments, type PathOps, type Segment } from '../../server/src/import/pdf-ruling';
import { unifyRadicals } from '../../server/src/import/pdf';
import { onePagePdf } from '../support/tiny-pdf';

/** Operator codes for the synthetic operator lists (any distinct numbers do). */
const OPS: PathOps = {
  save: 1, restore: 2, transform: 3, constructPath: 4, moveTo: 5, lineTo: 6, curveTo: 7, curveTo2: 8, curveTo3: 9,
  closePath: 10, rectangle: 11, stroke: 12, closeStroke: 13, fill: 14, eoFill: 15, fillStroke: 16, eoFillStroke: 17,
  closeFillStroke: 18, closeEOFillStroke: 19, endPath: 20, paintFormXObjectBegin: 21, paintFormXObjectEnd: 22,
};

function ops(list: [number, unknown][]): Segment[] {
  return rulingSegments(list.map((o) => o[0]), list.map((o) => o[1]), OPS);
}

const path = (fns: number[], coords: number[]): [number, unknown] => [OPS.constructPath, [fns, coords, null]];

describe('PDF rules: the borders a page draws', () => {
  it('a stroked line, the four sides of a stroked rectangle, and a thin filled rectangle are rules', () => {
    const segs = ops([
      path([OPS.moveTo, OPS.lineTo], [10, 100, 200, 100]), [OPS.stroke, null],
      path([OPS.rectangle], [10, 10, 50, 20]), [OPS.stroke, null],
      path([OPS.rectangle], [300, 10, 0.5, 80]), [OPS.fill, null],
    ]);
    expect(segs).toContainEqual({ x0: 10, y0: 100, x1: 200, y1: 100 });
    expect(segs.filter((s) => s.x1 <= 60 && s.y1 <= 30)).toHaveLength(4);
    expect(segs).toContainEqual({ x0: 300.25, y0: 10, x1: 300.25, y1: 90 });
  });

  it('shading, clipping paths, curves and slanted lines are not rules', () => {
    const segs = ops([
      path([OPS.rectangle], [0, 0, 200, 40]), [OPS.eoFill, null],
      path([OPS.rectangle], [0, 0, 595, 842]), [OPS.endPath, null],
      path([OPS.moveTo, OPS.curveTo], [0, 0, 10, 10, 20, 10, 30, 0]), [OPS.stroke, null],
      path([OPS.moveTo, OPS.lineTo], [0, 0, 100, 100]), [OPS.stroke, null],
    ]);
    expect(segs).toEqual([]);
  });

  it('rules are placed by the current transform, which save/restore and form objects scope', () => {
    const segs = ops([
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, -1, 0, 842]],
      path([OPS.moveTo, OPS.lineTo], [10, 42, 110, 42]), [OPS.stroke, null],
      [OPS.restore, null],
      [OPS.paintFormXObjectBegin, [[2, 0, 0, 2, 0, 0], [0, 0, 100, 100]]],
      path([OPS.moveTo, OPS.lineTo], [5, 5, 5, 50]), [OPS.stroke, null],
      [OPS.paintFormXObjectEnd, null],
      path([OPS.moveTo, OPS.lineTo], [5, 5, 5, 50]), [OPS.stroke, null],
    ]);
    expect(segs).toEqual([
      { x0: 10, y0: 800, x1: 110, y1: 800 },
      { x0: 10, y0: 10, x1: 10, y1: 100 },
      { x0: 5, y0: 5, x1: 5, y1: 50 },
    ]);
  });

  it('malformed operator arguments give no rules and no exception', () => {
    expect(ops([[OPS.constructPath, null], [OPS.stroke, null], [OPS.transform, 'x'], path([OPS.lineTo], [1]), [OPS.stroke, null]])).toEqual([]);
  });
});

const item = (str: string, x: number, y: number, width = str.length * 12): PdfItem => ({ str, x, y, width, height: 12 });

/** The rules of a grid: horizontal lines at `ys`, vertical at `xs`, minus the borders `open` leaves undrawn. */
function grid(xs: number[], ys: number[], open: (s: Segment) => boolean = () => false): Segment[] {
  const segs: Segment[] = [];
  for (let r = 0; r < ys.length; r++) for (let c = 0; c + 1 < xs.length; c++) segs.push({ x0: xs[c]!, y0: ys[r]!, x1: xs[c + 1]!, y1: ys[r]! });
  for (let c = 0; c < xs.length; c++) for (let r = 0; r + 1 < ys.length; r++) segs.push({ x0: xs[c]!, y0: ys[r + 1]!, x1: xs[c]!, y1: ys[r]! });
  return segs.filter((s) => !open(s));
}

const texts = (pages: PdfPage[]) => layoutPages(pages).map((l) => l.text);

describe('PDF tables with borders: cells from the rules', () => {
  // Three columns (label group, label, number), rows 700-680-650-630; the group cell spans the
  // two lower rows (no border at y 650 in column 0).
  const xs = [50, 120, 260, 320];
  const ys = [700, 680, 650, 630];
  const rules = grid(xs, ys, (s) => s.y0 === 650 && s.y1 === 650 && s.x0 === 50);

  it('a cell merged down rows belongs to each row; a label wrapped in its cell is one label', () => {
    const lines = texts([
      {
        height: 842,
        items: [
          item('信息内容', 52, 685), item('数量', 270, 685),
          item('（三）', 52, 652), item('1.属于国家', 122, 668), item('7', 270, 664, 6), item('秘密', 122, 655),
          item('2.其他', 122, 636), item('0', 270, 636, 6),
        ],
        rules,
      },
    ]);
    // The wrapped second line (y 655) stands closer to the next row's text than to its own
    // row's numbers; the border at 650 keeps it with its label.
    expect(lines).toEqual(['信息内容\t\t数量', '（三）\t1.属于国家秘密\t7', '（三）\t2.其他\t0']);
  });

  it('a row the page break cuts through joins its piece at the top of the next page', () => {
    const page1: PdfPage = { height: 842, items: [item('四、结转下年', 52, 66), item('0', 270, 66, 6)], rules: grid(xs, [80, 60]) };
    const page2: PdfPage = { height: 842, items: [item('度继续办理', 52, 790), item('下一段正文', 52, 700)], rules: grid(xs, [800, 780]) };
    expect(texts([page1, page2])).toEqual(['四、结转下年度继续办理\t\t0', '下一段正文']);
  });

  it('a new row at the top of the next page stays a row of its own', () => {
    const page1: PdfPage = { height: 842, items: [item('1.甲', 122, 66), item('0', 270, 66, 6)], rules: grid(xs, [80, 60]) };
    const page2: PdfPage = { height: 842, items: [item('2.乙', 122, 790), item('3', 270, 790, 6)], rules: grid(xs, [800, 780]) };
    expect(texts([page1, page2])).toEqual(['\t1.甲\t0', '\t2.乙\t3']);
  });

  it('a framed paragraph (one box) is not a table', () => {
    const lines = texts([{ height: 842, items: [item('说明文字一', 60, 700), item('说明文字二', 60, 684)], rules: grid([50, 400], [720, 670]) }]);
    expect(lines).toEqual(['说明文字一', '说明文字二']);
  });
});

describe('PDF tables without borders: cells from positions', () => {
  it('a narrow group label right before a leaf label is its own cell where several labels start', () => {
    const lines = texts([
      {
        height: 842,
        items: [
          item('1.甲项', 153, 700), item('0', 284, 700, 6), item('1', 325, 700, 6),
          item('（六）', 113, 680), item('1.乙项', 153, 680), item('0', 284, 680, 6), item('2', 325, 680, 6),
          item('2.丙项', 153, 660), item('0', 284, 660, 6), item('3', 325, 660, 6),
          item('3.丁项', 153, 640), item('0', 284, 640, 6), item('4', 325, 640, 6),
        ],
      },
    ]);
    expect(lines).toEqual(['1.甲项\t0\t1', '（六）\t1.乙项\t0\t2', '2.丙项\t0\t3', '3.丁项\t0\t4']);
  });

  it('numbers merged down three rows, centred on their labels, belong to each of the three', () => {
    const lines = texts([
      {
        height: 842,
        items: [
          item('5.上一项', 153, 800), item('4', 284, 800, 6), item('9', 325, 800, 6),
          // Three labels, the first two wrapped over four lines; one set of numbers in the middle of all three.
          item('1.第一项', 153, 764), item('甲', 153, 747), item('乙', 153, 730), item('丙', 153, 713),
          item('2.第二项', 153, 679), item('0', 284, 679, 6), item('1', 325, 679, 6), item('续一', 153, 662), item('续二', 153, 645), item('续三', 153, 628),
          item('3.第三项', 153, 594),
          item('（七）总计', 113, 558), item('4', 284, 558, 6), item('10', 325, 558, 12),
        ],
      },
    ]);
    expect(lines).toEqual(['5.上一项\t4\t9', '1.第一项甲乙丙\t0\t1', '2.第二项续一续二续三\t0\t1', '3.第三项\t0\t1', '（七）总计\t4\t10']);
  });

  it('a label the page break cuts joins its row on the page before; a heading after the table does not', () => {
    const page1: PdfPage = { height: 842, items: [item('2.其他法律行政法规禁', 153, 36, 117), item('0', 284, 38, 6), item('5', 325, 38, 6)] };
    const page2: PdfPage = { height: 842, items: [item('止公开', 153, 798), item('3.危及', 153, 764), item('0', 284, 764, 6), item('1', 325, 764, 6)] };
    expect(texts([page1, page2])).toEqual(['2.其他法律行政法规禁止公开\t0\t5', '3.危及\t0\t1']);
    const page3: PdfPage = { height: 842, items: [item('五、存在的主要问题', 57, 798), item('正文第一行很长很长很长很长很长很长很长很长', 57, 770)] };
    expect(texts([page1, page3])).toEqual(['2.其他法律行政法规禁\t0\t5', '五、存在的主要问题', '正文第一行很长很长很长很长很长很长很长很长']);
  });
});

/**
 * A one-page PDF: a ruled 2×2 table with ASCII text in Helvetica. Its borders are stroked lines
 * under a scaling transform (as LibreOffice and Word draw them), or thin filled rectangles under
 * a flipped page transform (as browsers and WPS do).
 */
function ruledPdf(borders: 'stroked' | 'filled'): Uint8Array {
  const text = (s: string, x: number, y: number) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
  // Filled: y runs down from the top (842 - y), each rule a 0.75 pt thick rectangle.
  const fill = (x0: number, y0: number, x1: number, y1: number) =>
    `${x0} ${842 - Math.max(y0, y1)} ${Math.max(x1 - x0, 0.75)} ${Math.max(Math.abs(y1 - y0), 0.75)} re f`;
  const rules =
    borders === 'stroked'
      ? [
          'q 0.5 0 0 0.5 0 0 cm 0 0 0 RG 1 w',
          '200 1400 m 600 1400 l S 200 1360 m 600 1360 l S 200 1320 m 600 1320 l S',
          '200 1320 m 200 1400 l S 400 1320 m 400 1400 l S 600 1320 m 600 1400 l S Q',
        ]
      : [
          'q 1 0 0 -1 0 842 cm 0 0 0 rg',
          [fill(100, 700, 300, 700), fill(100, 680, 300, 680), fill(100, 660, 300, 660)].join(' '),
          [fill(100, 660, 100, 700), fill(200, 660, 200, 700), fill(300, 660, 300, 700)].join(' '),
          'Q',
        ];
  const stream = [
    ...rules,
    text('Label one', 105, 688), text('12', 205, 688),
    text('Label', 105, 672), text('34', 205, 668), text('two', 105, 663),
    text('Some words after the table, long enough to be a paragraph line.', 72, 600),
  ].join('\n');
  return onePagePdf(stream, { font: true });
}

describe('PDF importer: a ruled table end to end', () => {
  for (const borders of ['stroked', 'filled'] as const) {
    it(`reads the ${borders} borders from the page and the wrapped label as one cell of its row`, async () => {
      const r = await importReport('table.pdf', ruledPdf(borders));
      expect(r.problem).toBeUndefined();
      expect(r.text.split('\n').filter(Boolean)).toEqual(['Label one\t12', 'Label two\t34', 'Some words after the table, long enough to be a paragraph line.']);
    });
  }
});

describe('PDF text: characters named by their look-alike radicals', () => {
  it('Kangxi radicals read as the ideographs they stand for; full-width forms stay', () => {
    // What Chromium's PDF printer writes for 二、行政许可 and 文件（一）.
    expect(unifyRadicals('\u2F06、\u2F8F政许可')).toBe('二、行政许可');
    expect(unifyRadicals('\u2F42件（\u2F00）１')).toBe('文件（一）１');
  });
});
