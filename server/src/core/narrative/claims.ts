/**
 * What the prose claims (spec §3.5): each pattern a reviewer would compare with a table
 * cell, with the stated number, where it is, and the sentence it came from.
 *
 * Patterns run on the folded block text (half-width, simplified). They only accept a number
 * that is followed by a count unit (件/条/个/份/项/起…), so percentages, dates (年/月/日),
 * `N个工作日` and approximate figures (`80余篇`) never match. Numbers in comparisons
 * (同比, 较上年, 增长, 减少…) and about 咨询/留言/热线 are dropped after matching.
 */
import type { ReportModel } from '../model';
import type { Range } from '../types';
import type { SectionId } from '../template/sections';
import { StringCache } from '../memo';
import { NUMBER_SOURCE, parseNumberToken } from './numerals';
import { allBlocks, blockRange, clauseAt, narrativeBlocks, sentenceAt, type ProseBlock } from './prose';
import { pushAll } from '../arrays';
import { execAll } from '../text';
import type { T4ColumnId } from '../template/table4';
import { disputeGroupsBefore, type DisputeGroup } from './proceedings';

export type ClaimKind =
  | 'recv'
  | 'recvHandle'
  | 'closed'
  | 'carryOut'
  | 'carryIn'
  | 'zeroApps'
  | 'allAnswered'
  | 'review'
  | 'litigation'
  | 'noDispute'
  | 'disputeResult'
  | 'allUpheld'
  | 'noneCorrected'
  | 'normativeIssued'
  | 'normativeRepealed'
  | 'normativeValid'
  | 'regulationIssued'
  | 'regulationRepealed'
  | 'regulationValid'
  | 'penalty'
  | 'license'
  | 'feeAmount'
  | 'noFee';

export interface Claim {
  kind: ClaimKind;
  /** The stated number (a fee in 元); null for claims without one (未收到申请, 均已答复…). */
  value: number | null;
  /** The number in the prose, or the whole phrase for claims without a number. */
  range: Range;
  /** The sentence the claim comes from, as written. */
  sentence: string;
  /** The matched words, as written. */
  phrase: string;
  section: SectionId | null;
  /** The sentence names 政府信息公开申请 (spec §3.5: prefer those). */
  preferred: boolean;
  /**
   * The count is an office's own (`区政府办代表区政府受理…17件`, `我办共收到…`): in a 人民政府's
   * report it is not the figure of the government's table.
   */
  office: boolean;
  /**
   * Claims about table 四's results (`disputeResult`, `allUpheld`, `noneCorrected`): the
   * proceedings the sentence speaks of there (`proceedings.ts`), and a count's result column.
   */
  dispute?: DisputeClaim;
}

export interface DisputeClaim {
  groups: readonly DisputeGroup[];
  column: T4ColumnId | null;
}

/** A subject that is the government's office, not the government: `区政府办代表区政府`, `本办`. */
const OFFICE_SUBJECT = /政府办(?:公室)?(?:代表|作为|以)|(?:本|我)办(?:公室)?(?![理法事])/;

/** Claims about applications: where several sentences make one, the 政府信息公开申请 ones win. */
const APPLICATION_KINDS: ReadonlySet<ClaimKind> = new Set(['recv', 'recvHandle', 'closed', 'carryOut', 'carryIn', 'zeroApps', 'allAnswered']);

const N = `(?<n>${NUMBER_SOURCE})`;
const UNIT = '(?:件|条|份|项|个(?!工作日|月|百分点|小时|季度|部门|单位|领域|方面))';
const CASE_UNIT = '(?:件|条|份|项|起|宗|次|个(?!工作日|月|百分点|小时))';
/** A short run of words inside one clause (no sentence or clause punctuation). */
const gap = (max: number) => `(?<g>[^。；;！？!?\\n，,]{0,${max}}?)`;
const gap2 = (max: number) => `[^。；;！？!?\\n，,]{0,${max}}?`;

const COMPARISON = /同比|环比|较上年|较去年|较\d{4}年|比上年|比去年|上年同期|增长|减少|增加|下降|上升|持平/;
const OFF_TOPIC = /咨询|留言|热线|来电|来信|信箱|信访|提案|建议|意见|举报|投诉/;
const DISPUTE = /复议|诉讼/;
const QUOTES = /[“”"'「」『』‘’]/;
const APPROX_BEFORE = /(?:约|近|逾|超过|将近|大约)\s*$/;

interface Pattern {
  kind: ClaimKind;
  re: RegExp;
  /** A fixed value for claims whose words state it (`未制发` → 0). */
  fixed?: number;
  /** Extra rejection test on the match (true = drop). */
  reject?: (m: MatchInfo) => boolean;
  /** The table-四 result column a `disputeResult` count is of. */
  column?: T4ColumnId;
}

interface MatchInfo {
  /** Matched text, folded. */
  text: string;
  /** The sentence up to the claimed number (or the end of the match when it has none). */
  lead: string;
  /** The clause up to the start of the match. */
  clauseLead: string;
  /** The gap group, if any. */
  gap: string;
  sentence: string;
  clause: string;
  /** Clause text after the match. */
  after: string;
}

const re = (source: string) => new RegExp(source, 'gd');

/**
 * Things other than 政府信息公开申请 that a sentence about the 依申请公开 work also counts in 件:
 * hotline tickets, petitions, complaints, proposals, review and litigation cases.
 */
const OTHER_SUBJECT =
  /12345|热线|工单|诉求|信访|投诉|举报|来信|来访|来电|留言|咨询|提案|建议|复议|诉讼|应诉|督办|舆情|政务服务事项|办件|依申请公开信息数|信息数/g;
/** Applications of other kinds (`行政许可申请`, `复议申请`): not 政府信息公开申请. */
const OTHER_APPLICATION_KINDS = ['复议', '诉讼', '仲裁', '许可', '补贴', '救助'];
/** Words that name the applications themselves. */
const APPLICATION_SUBJECT = new RegExp(`政府信息公开申请|信息公开申请|公开申请|依申请公开|申请公开|(?<!${OTHER_APPLICATION_KINDS.join('|')})申请`, 'g');
/** A match that ends on another kind of application (`未收到行政许可申请`). */
const ENDS_ON_OTHER_APPLICATION = new RegExp(`(?:${OTHER_APPLICATION_KINDS.join('|')})(?:类|的)?申请$`);
/** Words that explicitly name 政府信息公开申请 inside a match. */
const NAMES_OGI_APPLICATIONS = /信息公开|依申请公开|申请公开/;

function lastEnd(text: string, pattern: RegExp): number {
  let end = -1;
  // exec on the pattern itself (matchAll would copy it): this runs twice for most matches.
  for (const m of execAll(pattern, text)) end = Math.max(end, m.index + m[0].length);
  return end;
}

/**
 * A count is bound to the subject named last before it in its sentence: `受理政府信息公开申请
 * 5件，行政复议申请2件，已答复2件` — the 2 answered are review applications. A claim whose number
 * follows another subject (hotline, petition, complaint, proposal, review…) is not about
 * 政府信息公开申请; nor is one whose clause opens with another subject (`12345热线受理群众申请
 * 2840件`) unless the match itself names 政府信息公开申请.
 */
function boundToApplications(m: MatchInfo): boolean {
  const other = lastEnd(m.lead, OTHER_SUBJECT);
  if (other >= 0 && other >= lastEnd(m.lead, APPLICATION_SUBJECT)) return false;
  OTHER_SUBJECT.lastIndex = 0;
  if (OTHER_SUBJECT.test(m.clauseLead) && !NAMES_OGI_APPLICATIONS.test(m.text)) return false;
  return true;
}

const APPLICATION_OFF_TOPIC = (m: MatchInfo) => OFF_TOPIC.test(m.text) || DISPUTE.test(m.text) || m.gap.includes('率');

/**
 * Table 四's results in prose (spec §4.5), each bound to the proceeding named before it
 * (`proceedings.ts`). Only the template's own words and their plain variants are read as a
 * column: 撤销 and 确认违法 are only part of 结果纠正, and 驳回 is counted as 维持 or as 其他结果
 * by locality (spec ◐), so none of them is a count of a column.
 */
const RESULT_WORDS: readonly (readonly [T4ColumnId, string])[] = [
  // 运维持续 holds 维持.
  ['upheld', '(?:结果|被)?(?<!运)维持(?:原行政行为)?'],
  ['corrected', '(?:结果|被)?(?:纠正|纠错)'],
  ['other', '其他结果'],
  ['pending', '尚?未审结'],
];
/** Cases are counted in 件/起/宗/例: 条/项/次 count corrected web pages and the like. */
const DISPUTE_UNIT = '[件起宗例]';
/** A negation, then words that name only the cases (`未出现因政府信息公开引起的行政复议案件被纠错`). */
const NEGATED = '(?:未|没有|无)(?:出现|发生|有)?过?[因政府信息公开工作引起发的行复议诉讼案件任何一、和及或]{0,24}';
/** A statement about some of the cases only (`其中 2 件均维持`, `其余`), or an aim rather than a result. */
const PARTIAL = /其中|其余|其他|除|力争|争取|确保|避免|防止/;
/** Other outcomes in the sentence of an `均维持` (纠正, 纠错, 撤销, 撤回, 撤诉, 驳回…): it is about some of the cases. */
const OTHER_OUTCOME = /纠|撤|驳回|终止|败诉/;

const DISPUTE_PATTERNS: Pattern[] = [
  // 其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件 (real/003)
  ...RESULT_WORDS.flatMap(([column, word]): Pattern[] => [
    {
      kind: 'disputeResult',
      column,
      re: re(`${word}的?(?:案件)?(?:共|为|有)?\\s*${N}\\s*${DISPUTE_UNIT}`),
      // A bare `纠正 2 件` counts outcomes only in a list of them (`其中维持 2 件，纠正 1 件`);
      // elsewhere it may be the agency's own corrections (`及时纠正 2 件`).
      reject: (m) => COMPARISON.test(m.clause) || (column === 'corrected' && !/^(?:结果|被)/.test(m.text) && !/其中|维持/.test(m.sentence)),
    },
    // 2 件维持原行政行为，1 件被纠正
    { kind: 'disputeResult', column, re: re(`${N}\\s*${DISPUTE_UNIT}${word}`), reject: (m) => COMPARISON.test(m.clause) },
  ]),
  // 均获维持, 全部被复议机关维持, 结果为维持 (html/302)
  {
    kind: 'allUpheld',
    re: re(`(?:(?:均|全部|都)(?:获|被|得到)?(?:复议机关|法院)?(?:予以)?|结果均?为)维持(?!在|稳定|水平|运行)`),
    reject: (m) => PARTIAL.test(m.lead) || OTHER_OUTCOME.test(m.sentence),
  },
  // 未出现被纠错的情况 (real/117), 未出现结果纠正案件 (html/303), 均未被纠正, 无败诉, 均胜诉
  { kind: 'noneCorrected', re: re(`${NEGATED}(?:(?:被|结果)(?:复议机关|法院)?(?:纠正|纠错)|败诉|纠错)(?!率)|(?:均|全部|都)获?胜诉|零(?:败诉|纠错)`), reject: (m) => PARTIAL.test(m.lead) },
];
const DISPUTE_KINDS: ReadonlySet<ClaimKind> = new Set(['disputeResult', 'allUpheld', 'noneCorrected']);

/** The proceedings a result claim is about: those named last before it in its sentence. */
function disputeOf(p: Pattern, info: MatchInfo): DisputeClaim | null {
  const groups = disputeGroupsBefore(info.lead);
  return groups.length ? { groups, column: p.column ?? null } : null;
}

const PATTERNS: Pattern[] = [
  // 收到/受理…申请 N 件 (seeds 002, 004), 受理依法申请公开信息 1 条 (seed 000)
  {
    kind: 'recv',
    re: re(
      `(?:收到|受理|新收|接收|接到|收悉)(?!和处理|和办理|并|及处理|、)${gap(24)}(?:申请|依申请公开)(?:公开信息|公开事项|公开事宜|事项|事宜|公开|件|书)?(?:数量|数|总数|总量)?(?:共计|共|总计|合计)?(?:为|达|是)?\\s*${N}\\s*${UNIT}`,
    ),
    reject: APPLICATION_OFF_TOPIC,
  },
  // 共收到 70 件申请
  { kind: 'recv', re: re(`(?:收到|受理|接收|接到)(?:各类|了)?\\s*${N}\\s*${UNIT}${gap(8)}(?:申请|依申请公开)`), reject: APPLICATION_OFF_TOPIC },
  // 政府信息公开申请数量为 N 件
  { kind: 'recv', re: re(`(?<!收到|受理|接收|新收)(?:政府信息公开|依申请公开)申请(?:数量|总数|总量)(?:共计|共|为|达|是)*\\s*${N}\\s*${UNIT}`), reject: APPLICATION_OFF_TOPIC },
  // 收到和处理…申请 20 件 (seed 003)
  {
    kind: 'recvHandle',
    re: re(`(?:收到|受理)(?:和|并|及|、)(?:处理|办理)${gap(16)}申请(?:数量)?(?:共计|共|总计|合计)?\\s*${N}\\s*${UNIT}`),
    reject: APPLICATION_OFF_TOPIC,
  },
  // 办结 N 件, 答复 N 件, 办结完成 1 件 (seed 000); not 公开答复/同意公开答复数 (a result category)
  {
    kind: 'closed',
    re: re(`(?<!公开|同意|予以|主动)(?:办结|答复|办复|回复|办理完毕|处理完毕|已办理|已处理)(?:完成|完毕|了)?${gap(12)}(?:共计|共|总计|合计)?\\s*${N}\\s*${UNIT}`),
    reject: (m) => APPLICATION_OFF_TOPIC(m) || /数$/.test(m.gap) || /公开|提供|处理/.test(m.gap.replace(/依申请公开|信息公开|申请公开/g, '')),
  },
  // 其中 1 件已…答复 (seed 004), 1 件公开申请已办结
  {
    kind: 'closed',
    re: re(`${N}\\s*${UNIT}${gap(14)}(?:已|均已)(?<h>[^。；;！？!?\\n，,]{0,12}?)(?:办结|答复|回复|办理完毕|处理完毕)`),
    reject: (m) => APPLICATION_OFF_TOPIC(m) || m.gap.includes('(') || /公开|提供/.test(m.text.slice(m.text.lastIndexOf('已'))),
  },
  // 另 1 件转下年度 (seed 004), 103 件顺延到下年度
  { kind: 'carryOut', re: re(`${N}\\s*${UNIT}${gap(6)}(?:结转|转入|转|顺延|延)(?:至|到|入)?(?:下一?年度?|下年|次年|\\d{4}\\s*年)`), reject: APPLICATION_OFF_TOPIC },
  // 结转至 2026 年 6 件
  {
    kind: 'carryOut',
    re: re(`(?:结转|转入|顺延)(?:至|到)?(?:下一?年度?|下年|次年|\\d{4}\\s*年度?)(?:继续办理|办理)?(?:的)?(?:申请)?(?:共计|共|数量)?(?:为)?\\s*${N}\\s*${UNIT}`),
    reject: APPLICATION_OFF_TOPIC,
  },
  // 上年结转 N 件, 含上年度结转申请 34 件
  { kind: 'carryIn', re: re(`(?:上一?年度?|去年)结转${gap(8)}(?:共计|共)?\\s*${N}\\s*${UNIT}`), reject: APPLICATION_OFF_TOPIC },
  // 未收到政府信息公开申请 (seed 001)
  {
    kind: 'zeroApps',
    re: re(`(?:未|没有|尚未)(?:收到|接到|受理|接收)(?:过|到)?(?:任何)?${gap(12)}(?:申请|依申请公开)`),
    reject: (m) => APPLICATION_OFF_TOPIC(m) || DISPUTE.test(m.after) || OFF_TOPIC.test(m.after) || ENDS_ON_OTHER_APPLICATION.test(m.text),
  },
  { kind: 'zeroApps', re: re(`无(?:(?:政府信息公开|信息公开)(?:申请|事项|事宜)|依申请公开(?:申请|事项|事宜|情况)?)`), reject: (m) => DISPUTE.test(m.after) },
  { kind: 'zeroApps', re: re(`申请(?:数量|数|总数)?(?:为|是)(?:零|0)(?![\\d.])(?:\\s*件)?`) },
  // 均已在当年答复 (seed 003), 全部按要求及时回复 (seed 002), 办结率 100%
  {
    kind: 'allAnswered',
    re: re(`(?:均已|已全部|全部|均)${gap(12)}(?:答复|回复|办结|办复|办理完毕|处理完毕)`),
    reject: (m) =>
      !m.sentence.includes('申请') ||
      /结转|顺延|转下|下年度|转至|提案|建议/.test(m.sentence) ||
      DISPUTE.test(m.clause) ||
      /\d/.test(m.gap),
  },
  {
    kind: 'allAnswered',
    re: re(`办(?:结|复)率(?:达到|达|为|是)?\\s*100(?:\\.0+)?\\s*%`),
    reject: (m) => !m.sentence.includes('申请') || /结转|顺延|转下|下年度|转至|提案|建议/.test(m.sentence),
  },
  // 被依法提起行政复议 1 件 (seed 004), 行政复议案件 2 件, 行政复议 36 起
  { kind: 'review', re: re(`行政复议(?:案件|申请)?(?:数量)?(?:共计|共|总计|合计)?(?:为|达)?\\s*${N}\\s*${CASE_UNIT}`) },
  { kind: 'litigation', re: re(`(?:行政诉讼|行政应诉|被起诉)(?:案件)?(?:数量)?(?:共计|共|总计|合计)?(?:为|达)?\\s*${N}\\s*${CASE_UNIT}`) },
  // 未发生因政府信息公开引起的行政复议、行政诉讼
  {
    kind: 'noDispute',
    re: re(`(?:未发生|没有发生|未出现|没有出现|未收到|未接到|未产生|无(?!法|正当|需|论)|没有)${gap(18)}行政复议${gap2(10)}行政诉讼`),
    // `未发生行政复议被纠错和行政诉讼败诉的情况` denies an outcome, not the cases (N-DISPUTE-RESULTS reads it).
    reject: (m) => /\d/.test(m.text) || /[但却]/.test(m.gap) || /纠正|纠错|败诉|胜诉|维持/.test(m.text),
  },
  { kind: 'noDispute', re: re(`(?:行政复议|行政诉讼)(?:和|、|及|或)(?:行政诉讼|行政复议)(?:案件)?(?:数量)?(?:均为|均|都|为)(?:零|0)(?![\\d.])`) },
  // 制发行政规范性文件 N 件 (t2.normative.issued)
  {
    kind: 'normativeIssued',
    re: re(`(?:制发|出台|印发|制定|新制定|新出台)(?:了)?${gap(8)}(?:行政)?规范性文件(?:共计|共)?\\s*${N}\\s*${UNIT}`),
    reject: (m) => /现行|有效|清理|废止|规章|解读|政策/.test(m.gap),
  },
  { kind: 'normativeIssued', re: re(`(?:行政)?规范性文件(?:本年度?|今年|全年)?(?:未制发|未出台|未印发|未制定|无新增|没有制发)`), fixed: 0 },
  { kind: 'normativeRepealed', re: re(`废止(?:了)?${gap(8)}(?:行政)?规范性文件(?:共计|共)?\\s*${N}\\s*${UNIT}`), reject: (m) => /规章/.test(m.gap) },
  { kind: 'normativeRepealed', re: re(`(?<!规章和|规章、)(?:行政)?规范性文件${gap(6)}废止(?:了)?\\s*${N}\\s*${UNIT}`) },
  { kind: 'normativeValid', re: re(`现行有效(?:的)?(?:行政)?规范性文件(?:共计|共)?(?:为)?\\s*${N}\\s*${UNIT}`) },
  {
    kind: 'normativeValid',
    re: re(`(?<!规章和|规章、)(?:行政)?规范性文件[^。；;！？!?\\n]{0,14}?现行有效(?:的)?(?:件数|数量|文件)?(?:共计|共|为)?\\s*${N}\\s*${UNIT}`),
  },
  // 制定规章 N 件 (t2.regulation.issued)
  {
    kind: 'regulationIssued',
    re: re(`(?:制定|出台|制发|印发|新增公开|新增)(?:了)?${gap(8)}规章(?:共计|共)?\\s*${N}\\s*(?:${UNIT}|部)`),
    reject: (m) => /规范性|废止|现行|有效|清理|和|、/.test(m.gap),
  },
  { kind: 'regulationRepealed', re: re(`废止(?:了)?${gap(8)}规章(?:共计|共)?\\s*${N}\\s*(?:${UNIT}|部)`), reject: (m) => /规范性|和|、/.test(m.gap) },
  { kind: 'regulationValid', re: re(`现行有效(?:的)?(?:政府)?规章(?:共计|共)?(?:为)?\\s*${N}\\s*(?:${UNIT}|部)`) },
  // 作出行政处罚决定 640 起; 行政许可决定 N 件
  { kind: 'penalty', re: re(`行政处罚(?:决定书|决定)?(?:共计|共|数量)?(?:为|达)?\\s*${N}\\s*(?:件|起|宗|份|次|个(?!工作日|月))`) },
  { kind: 'license', re: re(`行政许可(?:决定书|决定)?(?:共计|共|数量)?(?:为|达)?\\s*${N}\\s*(?:件|项|份|次|个(?!工作日|月))`) },
  ...DISPUTE_PATTERNS,
];

const FEE_PATTERNS: Pattern[] = [
  // 收取政府信息公开信息处理费 0 元
  { kind: 'feeAmount', re: re(`信息处理费(?:收入)?${gap(10)}(?:共计|共|合计|为)?\\s*(?<n>(?<![\\d.])\\d+(?:\\.\\d+)?)\\s*(?<u>万元|元)`) },
  // 未收取任何费用, 未产生政府信息公开信息处理费 (seed 004)
  { kind: 'noFee', re: re(`(?:未|没有|不曾|未曾)(?:向申请人)?(?:收取|产生|收缴)(?:过)?(?:任何)?${gap(14)}(?:费用|处理费)`) },
];

const WINDOW = 200;

function within(span: { start: number; end: number }, start: number, end: number): { start: number; end: number } {
  return { start: Math.max(span.start, start - WINDOW), end: Math.min(span.end, end + WINDOW) };
}

/** A claim found in a block, in block offsets: what matching yields before positions are known. */
interface RawClaim {
  kind: ClaimKind;
  value: number | null;
  /** The claimed number (or the phrase) in the block. */
  from: number;
  to: number;
  sentence: { start: number; end: number };
  start: number;
  end: number;
  preferred: boolean;
  office: boolean;
  dispute?: DisputeClaim;
}

/**
 * Matching depends on a block's text only; while typing, every other paragraph is as it was.
 * Keyed by a copy of the text (memo.ts: a block's text may be a view of the whole document);
 * raw claims hold offsets, not strings.
 */
const rawCaches = new Map<Pattern[], StringCache<RawClaim[]>>();

function rawClaims(block: ProseBlock, patterns: Pattern[]): RawClaim[] {
  let cache = rawCaches.get(patterns);
  if (!cache) rawCaches.set(patterns, (cache = new StringCache(2048, 1 << 20)));
  const hit = cache.get(block.text);
  if (hit) return hit;
  const raw = matchBlock(block, patterns);
  cache.set(block.text, raw); // an own copy already (prose.ts)
  return raw;
}

function runPatterns(block: ProseBlock, patterns: Pattern[], out: Claim[]): void {
  for (const r of rawClaims(block, patterns)) {
    out.push({
      kind: r.kind,
      value: r.value,
      range: blockRange(block, r.from, r.to),
      sentence: block.text.slice(r.sentence.start, r.sentence.end).replace(/\n/g, ''),
      phrase: block.text.slice(r.start, r.end),
      section: block.section,
      preferred: r.preferred,
      office: r.office,
      ...(r.dispute ? { dispute: r.dispute } : {}),
    });
  }
}

function matchBlock(block: ProseBlock, patterns: Pattern[]): RawClaim[] {
  const out: RawClaim[] = [];
  const f = block.folded;
  for (const p of patterns) {
    // exec in a plain loop (not matchAll, which copies the expression, nor a generator): this
    // runs for every pattern over every paragraph. An empty match moves on by one, as matchAll does.
    p.re.lastIndex = 0;
    for (let m = p.re.exec(f); m !== null; m = p.re.exec(f)) {
      if (m[0] === '') p.re.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      const nSpan = m.indices?.groups?.['n'];
      // Sentences and clauses are cut to a window around the match, so text without any
      // punctuation (one endless "sentence") costs no more per match than a normal one.
      const s = within(sentenceAt(block, start), start, end);
      const c = within(clauseAt(block, nSpan ? nSpan[0] : start), start, end);
      const info: MatchInfo = {
        text: m[0],
        lead: f.slice(s.start, nSpan ? nSpan[0] : end),
        // Windowed like the sentence: a clause without punctuation must not cost its length per match.
        clauseLead: f.slice(Math.max(clauseAt(block, start).start, start - WINDOW), start),
        gap: m.groups?.['g'] ?? '',
        sentence: f.slice(s.start, s.end),
        clause: f.slice(c.start, c.end),
        after: f.slice(end, within(clauseAt(block, Math.max(start, end - 1)), start, end).end),
      };
      if (QUOTES.test(info.gap) || p.reject?.(info)) continue;
      if (APPLICATION_KINDS.has(p.kind) && p.kind !== 'zeroApps' && p.kind !== 'allAnswered' && !boundToApplications(info)) continue;
      const dispute = DISPUTE_KINDS.has(p.kind) ? disputeOf(p, info) : null;
      if (DISPUTE_KINDS.has(p.kind) && !dispute) continue;
      let value: number | null = p.fixed ?? null;
      let from: number;
      let to: number;
      if (nSpan) {
        const raw = f.slice(nSpan[0], nSpan[1]);
        // `三个一`, `两个平台`: a Chinese numeral before 个 is a phrase, not a count.
        if (/^[零〇一二两三四五六七八九十百千]/.test(raw) && /^\s*个/.test(f.slice(nSpan[1]))) continue;
        // Comparisons and approximations: the words before the number say it is not a count.
        if (COMPARISON.test(f.slice(start, nSpan[0])) || APPROX_BEFORE.test(f.slice(Math.max(0, nSpan[0] - 4), nSpan[0]))) continue;
        if (p.kind === 'feeAmount') {
          value = Number(raw) * (m.groups?.['u'] === '万元' ? 10000 : 1);
        } else value = parseNumberToken(raw);
        if (value === null || !Number.isFinite(value)) continue;
        [from, to] = [nSpan[0], nSpan[1]];
      } else {
        if (COMPARISON.test(m[0])) continue;
        [from, to] = [start, end];
      }
      out.push({
        kind: p.kind,
        value,
        from,
        to,
        sentence: s,
        start,
        end,
        preferred: /(?:政府)?信息公开申请/.test(info.sentence),
        office: OFFICE_SUBJECT.test(info.lead),
        ...(dispute ? { dispute } : {}),
      });
    }
  }
  return out;
}

function dedupe(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const seen = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = `${c.range.start.line}:${c.range.start.character}:${c.range.end.line}:${c.range.end.character}`;
    const here = seen.get(key) ?? [];
    // One number is one claim: the first pattern that read it wins (recv before the generic ones).
    if (here.some((o) => o.kind === c.kind || (c.value !== null && o.value !== null))) continue;
    here.push(c);
    seen.set(key, here);
    out.push(c);
  }
  return out;
}

function prefer(claims: Claim[]): Claim[] {
  const out: Claim[] = [];
  const kinds = new Set(claims.map((c) => c.kind));
  for (const k of kinds) {
    const of = claims.filter((c) => c.kind === k);
    const preferred = APPLICATION_KINDS.has(k) ? of.filter((c) => c.preferred) : [];
    pushAll(out, preferred.length ? preferred : of);
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

const cache = new WeakMap<ReportModel, Claim[]>();

/** Every claim in the prose of sections 一–四, and fee claims anywhere in the document. */
export function extractClaims(model: ReportModel): Claim[] {
  const hit = cache.get(model);
  if (hit) return hit;
  const found: Claim[] = [];
  for (const b of narrativeBlocks(model)) runPatterns(b, PATTERNS, found);
  const fees: Claim[] = [];
  for (const b of allBlocks(model)) runPatterns(b, FEE_PATTERNS, fees);
  const claims = [...prefer(dedupe(found)), ...dedupe(fees)];
  cache.set(model, claims);
  return claims;
}

export function claimsOf(model: ReportModel, ...kinds: ClaimKind[]): Claim[] {
  return extractClaims(model).filter((c) => kinds.includes(c.kind));
}
