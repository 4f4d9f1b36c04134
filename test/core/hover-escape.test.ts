/**
 * Hover markdown never makes report text live: a link, an image, raw HTML, a bare URL or a
 * heading marker in a report comes back in the hover as the characters typed.
 */
import { describe, it, expect } from 'vitest';
import { checkReport, hoverAt, parseReport } from '../../server/src/core/index';
import { escapeMarkdown } from '../../server/src/core/markdown';
import { readSeed } from '../helpers/core';

const SENTENCE = '全区共收到和处理政府信息公开申请 20 件';
const HOSTILE = '[点此查看](https://evil.example/x) <img src=x onerror=alert(1)> www.evil.example **粗** `code`\n# 标题';

function hoverOnClaim(text: string, stated: string) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(stated));
  const character = lines[line]!.indexOf(stated) + stated.length - 4;
  const model = parseReport(text);
  return hoverAt(model, checkReport(model), { line, character });
}

/** What a markdown renderer would make live: links, images, HTML tags, autolinks, emphasis. */
function liveMarkup(md: string): string[] {
  const found: string[] = [];
  if (/(^|[^\\])\]\(/.test(md)) found.push('link');
  if (/(^|[^\\])<[a-z/]/i.test(md)) found.push('html');
  if (/(^|[^\\])https?:\/\//.test(md) || /(^|[^\\])www\./.test(md)) found.push('autolink');
  if (/(^|[^\\])`/.test(md)) found.push('code');
  if (/\n#/.test(md)) found.push('heading');
  return found;
}

describe('hover markdown escapes report text', () => {
  it('a prose number hover quotes its sentence with a link and an <img> as plain text', () => {
    const seed = readSeed('003');
    expect(seed).toContain(SENTENCE);
    const text = seed.replace(SENTENCE, `${HOSTILE.replace('\n', '')}${SENTENCE}`);
    const h = hoverOnClaim(text, '申请 20 件')!;
    expect(h, 'the claim rule explains the number').not.toBeNull();
    const quote = h.markdown.split('\n> ')[1]!;
    expect(quote).toContain('点此查看');
    expect(quote).toContain('\\<img');
    expect(liveMarkup(quote)).toEqual([]);
  });

  it('a claim that disagrees (warning hover) is escaped the same way', () => {
    const seed = readSeed('003');
    const text = seed.replace(SENTENCE, `${HOSTILE.replace('\n', '')}全区共收到和处理政府信息公开申请 21 件`);
    const h = hoverOnClaim(text, '申请 21 件')!;
    expect(h).not.toBeNull();
    expect(h.markdown).toMatch(/^\*\*正文数字与表格不一致\*\*/);
    expect(liveMarkup(h.markdown.split('\n> ')[1]!)).toEqual([]);
  });

  it('escapeMarkdown keeps every character readable and neutralises each construct', () => {
    const out = escapeMarkdown(HOSTILE);
    expect(liveMarkup(out)).toEqual([]);
    expect(out).not.toMatch(/[\r\n]/);
    // Removing the escapes gives back the text (line break read as a space).
    expect(out.replace(/\\(.)/g, '$1')).toBe(HOSTILE.replace('\n', ' '));
    expect(escapeMarkdown('收到申请２０件（含结转）。')).toBe('收到申请２０件（含结转）。');
    expect(escapeMarkdown('a\u202Eb\u001b[2Jc')).toBe('ab\\[2Jc');
  });
});
