/**
 * The strings that belong to no rule — hovers, inlay hints, the editor's fix-all titles, the
 * encoding notice — in one small catalog (a rule's messages live in the rule's file).
 */
import { defineMessages } from './messages';

export const ui = defineMessages({
  // Lists inside a message
  'list.sep': { 'zh-CN': '、', en: ', ' },
  'list.more': { 'zh-CN': '等', en: ' …' },
  // Inlay hint after a number the sums prove wrong
  'inlay.should-be': { 'zh-CN': ' 应为 {value}', en: ' should be {value}' },
  // Hovers
  'hover.practice': { 'zh-CN': '（口径说明）', en: ' *(common practice)*' },
  'hover.regulations': { 'zh-CN': '条例：{articles}', en: 'Regulations: {articles}' },
  'hover.sum-of-many': { 'zh-CN': '{first}等 {count} 项之和', en: 'the sum of {count} cells from {first}' },
  'hover.sum-of': { 'zh-CN': '{cells}之和', en: 'the sum of {cells}' },
  'hover.incomplete': { 'zh-CN': '不完整', en: 'incomplete' },
  'hover.adds-up': { 'zh-CN': '相符', en: 'Adds up' },
  'hover.cannot-check': { 'zh-CN': '无法核对', en: 'Cannot be checked' },
  'hover.does-not-add-up': { 'zh-CN': '不符', en: 'Does not add up' },
  'hover.equation': { 'zh-CN': '- {verdict}：{title}——{left}为 {leftSum}，{right}为 {rightSum}', en: '- {verdict}: {title} — {left} is {leftSum}, {right} is {rightSum}' },
  // The editor
  'symbols.label': { 'zh-CN': '政府信息公开年报', en: 'Government information disclosure report' },
  'fix-all.code': { 'zh-CN': '修复本文件中所有 {code}', en: 'Fix all {code} in this file' },
  'fix-all.file': { 'zh-CN': '修复本文件中所有可自动修复的问题', en: 'Fix all ogi-report problems in this file' },
  'encoding.reopen': { 'zh-CN': '用 GB18030（简体中文）编码重新打开', en: 'Reopen with encoding GB18030' },
  'encoding.garbled': {
    'zh-CN': '此文件不是 UTF-8 编码（可能是 GBK/GB18030），文字显示为乱码，无法检查。请用“通过编码重新打开”选择 GB18030（简体中文）。',
    en: 'This file does not read as UTF-8 (it is probably GBK/GB18030), so its text is garbled and cannot be checked. Reopen it with the encoding GB18030.',
  },
});
