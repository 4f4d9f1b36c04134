import { defineRule } from './rule';
import { defineMessages } from '../i18n/messages';
import { AGENCY_PLACEHOLDER } from '../template/sections';
import type { Range } from '../types';

const msg = defineMessages({
  found: { 'zh-CN': '“{text}”是待填写的占位内容，提交前请替换为实际内容', en: '"{text}" is a placeholder; replace it before the report is submitted' },
});

/**
 * Placeholders a blank template or a copied report leaves behind: a bracketed blank such as
 * `（机关名称）` or `（填写……）`, and runs of X or × standing for a name or a number (`XX街道`,
 * `20XX年`, `××件`). Latin letters around an X (a URL's `zfxxgk`, `XXL`) are not placeholders.
 */
const BRACKETED = /[（(【[]\s*(?:机关名称|单位名称|机构名称|部门名称|行政机关名称|名称|年份|请?填写[^）)】\]\n]{0,12}|此处[^）)】\]\n]{0,12})\s*[）)】\]]/g;
const CROSSES = /(?<![A-Za-z])(?:[XＸxｘ]{2,}|[×✕╳]{2,})(?![A-Za-z])/g;
/** Each expression with a character every match of it has. */
const SEARCHES: readonly (readonly [RegExp, RegExp])[] = [
  [BRACKETED, /[（(【[]/],
  [CROSSES, /[XＸxｘ×✕╳]/],
];
/** In the title only: `某某区某某街道` names no agency (in prose, 王某某 is an anonymised person). */
const TITLE_ONLY = /某某/g;

export default defineRule({
  meta: {
    code: 'S-PLACEHOLDER',
    title: { 'zh-CN': '不留模板占位内容', en: 'No template placeholders left' },
    description: {
      'zh-CN': `新建年报的模板和照抄的旧报告会留下占位内容：标题中的“${AGENCY_PLACEHOLDER}”“某某”，正文中的“（填写……）”“XX”“××”等。留着占位内容的报告不能提交，所以报错；占位处应填什么只有撰写人知道，因此没有自动修复。空着的必填部分见 S-EMPTY。`,
      en: `A blank template or a copied report leaves placeholders behind: "${AGENCY_PLACEHOLDER}" or 某某 in the title, "（填写……）", XX or ×× in the text. A report with placeholders cannot be submitted, so it is an error; only the writer knows what belongs there, so there is no fix. Empty required sections: S-EMPTY.`,
    },
    severity: 'error',
    fix: 'none',
    tags: ['structure'],
    example: `${AGENCY_PLACEHOLDER}2024年政府信息公开工作年度报告\n……本年度共收到政府信息公开申请XX件……`,
  },
  check(ctx) {
    const { lines, title } = ctx.model;
    const report = (line: number, start: number, text: string) => {
      const range: Range = { start: { line, character: start }, end: { line, character: start + text.length } };
      ctx.report({ message: msg(ctx.locale, 'found', { text }), range });
    };
    lines.forEach((text, line) => {
      // Cheap tests first, one per expression: most lines hold none of the characters a
      // placeholder needs, and a line with brackets (a table row, a note) seldom has crosses —
      // CROSSES opens with a look-behind, tried at every character of a line it runs on.
      for (const [re, needs] of SEARCHES) {
        if (!needs.test(text)) continue;
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) report(line, m.index, m[0]);
      }
    });
    if (title) {
      const line = title.range.start.line;
      TITLE_ONLY.lastIndex = 0;
      for (let m = TITLE_ONLY.exec(lines[line]!); m; m = TITLE_ONLY.exec(lines[line]!)) report(line, m.index, m[0]);
    }
  },
});
