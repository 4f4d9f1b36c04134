import { defineRule } from './rule';
import { cellName } from '../i18n/names';
import { defineMessages } from '../i18n/messages';

const msg = defineMessages({
  message: { 'zh-CN': '{cell} 为空白，建议填 0', en: '{cell} is blank; fill in 0' },
  fix: { 'zh-CN': '填 0', en: 'Fill in 0' },
});

/**
 * The 0 to write: an empty pipe cell (`| |`) is a point right before its closing pipe, so the 0
 * takes the space a written cell keeps there (`| 0 |`, not `| 0|`).
 */
function zeroFor(line: string, range: { start: { character: number }; end: { character: number } }): string {
  const empty = range.start.character === range.end.character;
  return empty && line[range.end.character] === '|' && line[range.start.character - 1] === ' ' ? '0 ' : '0';
}

export default defineRule({
  meta: {
    code: 'S-BLANK-CELL',
    title: { 'zh-CN': '空白单元格建议填 0', en: 'Blank cells should hold 0' },
    description: {
      'zh-CN': '模板要求每个数据格都填数字，没有发生的填 0。空白、“—”、“/”或“无”按 0 计算，但建议改为 0；快速修复填入 0。',
      en: 'Every data cell should hold a number, 0 if nothing happened. Blanks, "—", "/" or "无" count as 0 but should be written as 0; the quick fix fills in 0.',
    },
    severity: 'info',
    fix: 'safe',
    tags: ['table2', 'table3', 'table4'],
  },
  check(ctx) {
    for (const cell of ctx.model.cells.values()) {
      if (!cell.range || !cell.flags.includes('blank')) continue;
      ctx.report({
        message: msg(ctx.locale, 'message', { cell: cellName(cell.id, ctx.locale) }),
        range: cell.range,
        cellId: cell.id,
        fixes: [{ title: msg(ctx.locale, 'fix'), edits: [{ range: cell.range, newText: zeroFor(ctx.model.lines[cell.range.start.line] ?? '', cell.range) }], isPreferred: true, kind: 'safe' }],
      });
    }
  },
});
