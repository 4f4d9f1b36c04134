/**
 * A minimal one-page PDF written by hand, for importer tests that need a page with exactly these
 * drawing and text operators (a scan's empty page, a ruled table): catalog, pages, the page, its
 * content stream and, when asked, one Type 1 font as /F1.
 */
export function onePagePdf(stream: string, options: { font?: boolean } = {}): Uint8Array {
  return pagesPdf([stream], options);
}

/** The same with one page per content stream (ASCII only: a picture is an inline image in hex). */
export function pagesPdf(streams: readonly string[], options: { font?: boolean } = {}): Uint8Array {
  const n = streams.length;
  // Objects: 1 catalog, 2 pages, 3…2+n the pages, 3+n…2+2n their contents, 3+2n the font.
  const font = 3 + 2 * n;
  const resources = options.font ? ` /Resources << /Font << /F1 ${font} 0 R >> >>` : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${streams.map((_, k) => `${3 + k} 0 R`).join(' ')}] /Count ${n} >>`,
    ...streams.map((_, k) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${resources} /Contents ${3 + n + k} 0 R >>`),
    ...streams.map((stream) => `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`),
    ...(options.font ? ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'] : []),
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, k) => {
    offsets.push(pdf.length);
    pdf += `${k + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** A scan whose text layer holds a few words (a stamp): less than a sentence, so the importer says it is a scan. */
export function scanWithAFewWords(): Uint8Array {
  return onePagePdf('BT /F1 12 Tf 72 760 Td (Scanned 2023) Tj ET 0 0 0 RG 72 72 451 670 re S', { font: true });
}

/** A scan: a drawn box and no text at all. */
export function scanWithoutText(): Uint8Array {
  return onePagePdf('0 0 0 RG 72 72 451 698 re S');
}

/** A page of text: enough words for a text layer (a sentence and more). */
export const TEXT_PAGE = 'BT /F1 12 Tf 72 760 Td (Annual report on government information disclosure, page with text.) Tj ET';
/** A scanned page: one picture (a 2×2 grey inline image stretched over the page) and no text. */
export const SCANNED_PAGE = 'q 451 0 0 698 72 72 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 00FFFF00> EI Q';
/** A blank page: nothing drawn but a frame. */
export const BLANK_PAGE = '0 0 0 RG 72 72 451 698 re S';
