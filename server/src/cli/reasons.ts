/**
 * Why a file was skipped or could not be checked, or was checked only in part, as a result carries it (zh-CN), and the run's
 * one notice (no 跨单位雷同 check over too many reports): `check` and `review` say the same words for the same case (the walk's and the reader's reasons are
 * theirs: `walk.ts`, `io/read.ts`). A module of its own: the review, which the language server
 * also runs, needs these words and not the rest of the command's messages.
 */
export const REASON = {
  ignored: '配置文件的 ignore 规则排除了此文件',
  notReport: '不像年报（没有年报标题、表格或三个以上部分），已跳过；直接指定此文件可强制检查',
  /** Not a report, and what its import said (a scan with a few words): the reader sees why it reads like none. */
  notReportImported: (problem: { message: string; code: string } | undefined) => (problem ? `${REASON.notReport}。${REASON.importProblem(problem)}` : REASON.notReport),
  notText: '不是文本文件（含二进制数据）',
  importProblem: (problem: { message: string; code: string }) => `${problem.message}（${problem.code}）`,
  /** An import with a problem that still gave some text: checked, and said beside the findings. */
  partialImport: (problem: { message: string; code: string }) => `只读到部分内容，已检查读到的部分：${problem.message}（${problem.code}）`,
  internal: (err: unknown) => `内部错误（请报告此问题）：${(err as Error).message}`,
  cohortTooBig: (limit: number) => `超过 ${limit} 份年报，未做跨单位雷同检查（C-SAME-TEXT）；请按年度或地区分批检查`,
};

/**
 * Office files no importer reads, which the folder walk names (`import/form.ts` lists them). Apart
 * from `REASON` so the language server's bundle, which uses `REASON` but never walks, leaves them out.
 */
export const UNREAD_OFFICE_REASON = {
  odt: 'OpenDocument 文本（.odt）暂不能读取：请用 WPS、Word 或 LibreOffice 另存为 .docx 或 PDF 再检查',
  ofd: 'OFD 版式文件暂不能读取：请用数科 OFD 阅读器或 WPS 打开后另存为（或打印为）PDF 再检查',
  sheet: '是电子表格（.xls .xlsx .et），不是年报，未检查；如年报正文在其中，请另存为 .docx 或 PDF 再检查',
};
