/** D-DEADLINE with the publication date an importer reads (CheckOptions.published) and local deadlines. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkReport, parseReport } from '../../server/src/core/index';
import { importReport } from '../../server/src/import/index';
import { HTML_DIR } from '../support/corpus';

const deadline = (text: string, options: Parameters<typeof checkReport>[1]) =>
  checkReport(parseReport(text), { ...options, only: ['D-DEADLINE'] });

describe('D-DEADLINE from an imported page', () => {
  const file = '216_pingtan_nongyenongcunju_2024.html';

  it("a department's page published on 2025-01-26 (its PubDate) is on time", async () => {
    const r = await importReport(file, readFileSync(path.join(HTML_DIR, file)));
    expect(r.meta.publishedAt).toBe('2025-01-26');
    expect(deadline(r.text, { published: r.meta.publishedAt })).toEqual([]);
  });

  it('the same page published in February is late; a locality allowing until 02-28 is satisfied', async () => {
    const r = await importReport(file, readFileSync(path.join(HTML_DIR, file)));
    const late = deadline(r.text, { published: '2025-02-03' });
    expect(late).toHaveLength(1);
    expect(late[0]!.message).toContain('2025-01-31');
    expect(late[0]!.range.start.line).toBe(0);
    expect(deadline(r.text, { published: '2025-02-03', deadlines: { department: '02-28' } })).toEqual([]);
    expect(deadline(r.text, { published: '2025-02-03', locale: 'en' })[0]!.message).toContain('department');
  });

  it('without a publication date there is nothing to say', async () => {
    const r = await importReport(file, readFileSync(path.join(HTML_DIR, file)));
    expect(deadline(r.text, {})).toEqual([]);
  });
});

describe('D-DEADLINE from the text an importer writes', () => {
  it('a page published late reads with its 发布时间 line, and the text alone gets the warning there', async () => {
    const file = '216_pingtan_nongyenongcunju_2024.html';
    const page = readFileSync(path.join(HTML_DIR, file), 'utf8').replace(/(name="PubDate" content=")[^"]*/, '$12025-02-14 09:00');
    const r = await importReport(file, new TextEncoder().encode(page));
    const lines = r.text.split('\n');
    expect(lines[1]).toBe('发布时间：2025-02-14');
    const late = deadline(r.text, {});
    expect(late).toHaveLength(1);
    expect(late[0]!.range.start.line).toBe(1);
    expect(late[0]!.message).toContain('第四十九条');
  });
});
