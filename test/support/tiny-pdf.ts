/**
 * A minimal one-page PDF written by hand, for importer tests that need a page with exactly these
 * drawing and text operators (a scan's empty page, a ruled table): catalog, pages, the page, its
 * content stream and, when asked, one Type 1 font as /F1.
 */
export function onePagePdf(stream: string, options: { font?: boolean } = {}): Uint8Array {
  const resources = options.font ? ' /Resources << /Font << /F1 5 0 R >> >>' : '';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]${resources} /Contents 4 0 R >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
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
