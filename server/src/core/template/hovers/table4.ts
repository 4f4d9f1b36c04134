/** Hover texts of table 四 (spec §4.5). */
import { type HoverDoc, REV, LIT } from './types';

export const TABLE4_HOVERS: Record<string, HoverDoc> = {
  // ── Table 四 (spec §4.5) ─────────────────────────────────────────────────────────────
  't4.group.rev': {
    title: REV,
    'zh-CN': '公民、法人或其他组织认为本机关在政府信息公开工作中侵犯其合法权益，依法申请行政复议、本机关为被申请人的案件（条例第五十一条）。依申请公开答复和主动公开行为引发的都算，按截至年底的状态归类。',
    en: 'Cases in which a citizen, legal person or other organisation, believing the agency infringed its lawful rights in open government information work, applied for administrative reconsideration with the agency as respondent (Art. 51). Cases arising from replies to requests and from proactive disclosure both count; classify by status at year end.',
    articles: [51],
    practice: true,
  },
  't4.rev.upheld': {
    title: `${REV} › 结果维持`,
    'zh-CN': '复议机关认为本机关行为合法适当、决定维持的案件（《行政复议法》第六十八条）。复议机关驳回复议请求（第六十九条）的，计入“维持”还是“其他结果”各地口径不一，请统一口径。',
    en: 'Cases where the reconsideration body found the agency\'s act lawful and appropriate and upheld it (Administrative Reconsideration Law Art. 68). Whether a rejection of the reconsideration request (Art. 69 of that Law) counts as "upheld" or "other result" varies by locality; apply one convention consistently.',
    articles: [],
    practice: true,
  },
  't4.rev.corrected': {
    title: `${REV} › 结果纠正`,
    'zh-CN': '复议机关决定撤销或部分撤销、变更、确认违法、确认无效，或责令本机关限期履行（如重新答复）的案件，即本机关的行为被认定有错误（《行政复议法》第六十三条至第六十七条）。',
    en: 'Cases where the reconsideration body revoked the act in whole or in part, varied it, confirmed it unlawful or void, or ordered the agency to perform within a time limit (e.g. reply again), i.e. the agency\'s act was found wrong (Administrative Reconsideration Law Arts. 63-67).',
    articles: [],
    practice: false,
  },
  't4.rev.other': {
    title: `${REV} › 其他结果`,
    'zh-CN': '以维持、纠正以外的方式结案的，例如驳回复议申请（不符合受理条件）、申请人撤回后终止复议、调解或和解结案等（《行政复议法》第三十三条、第四十一条、第七十三条、第七十四条）。',
    en: 'Cases closed other than by upholding or correcting, e.g. the application was rejected as inadmissible, reconsideration was terminated after withdrawal, or the case ended in mediation or settlement (Administrative Reconsideration Law Arts. 33, 41, 73, 74).',
    articles: [],
    practice: false,
  },
  't4.rev.pending': {
    title: `${REV} › 尚未审结`,
    'zh-CN': '截至本年12月31日，复议机关尚未作出决定的案件。',
    en: 'Cases in which the reconsideration body had not yet made a decision by 31 December of the year.',
    articles: [],
    practice: false,
  },
  't4.rev.total': {
    title: `${REV} › 总计`,
    'zh-CN': '行政复议案件合计＝结果维持＋结果纠正＋其他结果＋尚未审结。',
    en: 'Total reconsideration cases = upheld + corrected + other result + pending.',
    articles: [],
    practice: false,
  },
  't4.group.lit': {
    title: LIT,
    'zh-CN': '对本机关政府信息公开行为不服，依法向人民法院起诉、本机关为被告（含共同被告）的案件（条例第五十一条）。分为“未经复议直接起诉”和“复议后起诉”两组，分别统计，同一案件不重复计算。',
    en: 'Cases in which a party dissatisfied with the agency\'s open government information conduct sued in a people\'s court with the agency as defendant (including co-defendant) (Art. 51). Split into two groups, "sued directly without reconsideration" and "sued after reconsideration", counted separately; no case is counted twice.',
    articles: [51],
    practice: false,
  },
  't4.group.lit_direct': {
    title: `${LIT} › 未经复议直接起诉`,
    'zh-CN': '当事人没有申请行政复议，直接起诉本机关的案件（《行政诉讼法》第二十六条第一款）。',
    en: 'Cases in which the party sued the agency directly without applying for administrative reconsideration (Administrative Litigation Law Art. 26, para. 1).',
    articles: [],
    practice: false,
  },
  't4.group.lit_after': {
    title: `${LIT} › 复议后起诉`,
    'zh-CN': '当事人先申请行政复议，对复议结果不服再起诉的案件。复议机关维持原行为的，原机关与复议机关是共同被告（《行政诉讼法》第二十六条第二款），本机关应当计入。',
    en: 'Cases in which the party first applied for reconsideration and sued after being dissatisfied with its outcome. If the reconsideration body upheld the original act, the original agency and the reconsideration body are co-defendants (Administrative Litigation Law Art. 26, para. 2), and the agency must count the case.',
    articles: [],
    practice: false,
  },
  't4.lit.upheld': {
    title: `${LIT} › 结果维持`,
    'zh-CN': '法院判决驳回原告诉讼请求、本机关行为得到支持的案件（《行政诉讼法》第六十九条）。现行行政诉讼法没有“维持判决”，实践中把驳回诉讼请求计入本栏。',
    en: 'Cases in which the court dismissed the plaintiff\'s claims and the agency\'s act was sustained (Administrative Litigation Law Art. 69). The current Administrative Litigation Law has no "judgment upholding the act"; in practice, dismissals of the claims are counted here.',
    articles: [],
    practice: true,
  },
  't4.lit.corrected': {
    title: `${LIT} › 结果纠正`,
    'zh-CN': '法院判决撤销或部分撤销、责令履行（如重新答复）、确认违法、变更等，认定本机关行为有错误的案件（《行政诉讼法》第七十条、第七十二条、第七十四条、第七十七条）。',
    en: 'Cases in which the court revoked the act in whole or in part, ordered performance (e.g. a new reply), confirmed it unlawful, varied it, etc., finding the agency\'s act wrong (Administrative Litigation Law Arts. 70, 72, 74, 77).',
    articles: [],
    practice: false,
  },
  't4.lit.other': {
    title: `${LIT} › 其他结果`,
    'zh-CN': '以判决以外的方式结案的，例如裁定驳回起诉、准予撤诉、终结诉讼等（《行政诉讼法》第六十二条等）。',
    en: 'Cases closed other than by judgment, e.g. a ruling dismissing the suit, permission to withdraw, or termination of proceedings (Administrative Litigation Law Art. 62, etc.).',
    articles: [],
    practice: false,
  },
  't4.lit.pending': {
    title: `${LIT} › 尚未审结`,
    'zh-CN': '截至本年12月31日尚未结案的案件。一审判决后上诉、二审尚未结束的，一般也计入本栏。',
    en: 'Cases not yet closed by 31 December of the year. Cases appealed after the first-instance judgment whose second instance has not ended are usually also counted here.',
    articles: [],
    practice: true,
  },
  't4.lit.total': {
    title: `${LIT} › 总计`,
    'zh-CN': '本组案件合计＝结果维持＋结果纠正＋其他结果＋尚未审结。',
    en: 'Total cases of this group = upheld + corrected + other result + pending.',
    articles: [],
    practice: false,
  },
};
