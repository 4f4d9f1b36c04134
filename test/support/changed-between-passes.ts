/**
 * Two reports in a temp folder where the second changes between a run's two passes: X-SAME-TEXT's
 * bad pair (2024 repeats 2023's sections 一 and 五), and the 2024 text with those sections
 * written anew. `check` (test/cli/pipeline.test.ts) and `review` (test/review-desk/stream.test.ts)
 * both prove that pass two checks the text as it now is, not pass one's summary of it.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RULE_FIXTURES_DIR } from './rule-fixtures';

export interface ChangedPair {
  /** Last year's report (2023). */
  lastYear: string;
  /** This year's report (2024), which repeats last year's sections until the test rewrites it. */
  thisYear: string;
  /** This year's report as it was when pass one read it. */
  before: string;
  /** This year's report with sections 一 and 五 written anew: what the test writes between the passes. */
  rewritten: string;
}

export function changedPair(prefix: string): ChangedPair {
  const fixtures = path.join(RULE_FIXTURES_DIR, 'X-SAME-TEXT');
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const [lastYear, thisYear] = [path.join(dir, '2023.txt'), path.join(dir, '2024.txt')];
  copyFileSync(path.join(fixtures, 'bad/2023.txt'), lastYear);
  copyFileSync(path.join(fixtures, 'bad/2024.txt'), thisYear);
  const before = readFileSync(thisYear, 'utf8');
  const lines = before.split('\n');
  const at = (heading: RegExp) => lines.findIndex((l) => heading.test(l));
  const rewritten = [
    ...lines.slice(0, at(/一、总体情况/) + 1),
    '本年度街道办在便民服务大厅设立政务公开查阅点，全年接待群众现场查阅一百二十余人次，并通过网格员上门发放公开指南。',
    ...lines.slice(at(/二、主动公开/), at(/五、存在的主要问题/) + 1),
    '查阅点的开放时间与群众作息不够匹配，下一年度将试行周末预约查阅，并把常见问题的答复整理成册放在查阅点。',
  ].join('\n');
  return { lastYear, thisYear, before, rewritten };
}
