/**
 * The command's own words (errors about files and the exit summary), in zh-CN and English, in
 * one place instead of a `locale === 'en' ? … : …` at every message; rules' messages come from the core.
 */
import { defineMessages } from '../core/i18n/messages';

export const cliText = defineMessages({
  'cannot-write': { 'zh-CN': '无法写入 {file}: {reason}', en: 'cannot write {file}: {reason}' },
  'cannot-read': { 'zh-CN': '无法读取 {file}: {reason}', en: 'cannot read {file}: {reason}' },
  'not-text': { 'zh-CN': '不是文本文件', en: 'not a text file' },
  skipped: { 'zh-CN': '已跳过', en: 'skipped' },
  failed: { 'zh-CN': '未能检查', en: 'could not check' },
  'nothing-checked': { 'zh-CN': '没有检查任何年报（所有文件都已跳过，见上）', en: 'no report was checked (every file was skipped, see above)' },
  'too-many-warnings': { 'zh-CN': '警告 {count} 个，超过 --max-warnings {max}', en: '{count} warnings, more than --max-warnings {max}' },
  'not-fixed': { 'zh-CN': '未修正', en: 'not fixed' },
  'not-written': { 'zh-CN': '  （未写入）', en: '  (not written)' },
});
