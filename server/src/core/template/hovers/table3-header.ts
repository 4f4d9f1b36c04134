/** Hover texts of table 三: the 勾稽 note, the header and the columns (spec §4.3). */
import { type HoverDoc, ORG, APPLICANT } from './types';

export const TABLE3_HEADER_HOVERS: Record<string, HoverDoc> = {
  // ── Table 三: header and columns (spec §4.3) ─────────────────────────────────────────
  't3.note': {
    title: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    'zh-CN': '本表每一个数字列都必须平衡：本年新收＋上年结转＝本年办理结果（七）总计＋结转下年度继续办理。也就是说，本年手上的每一件申请，要么本年办结，要么结转下一年。',
    en: 'Every numeric column of this table must balance: newly received this year + carried over from last year = this year\'s results (7) total + carried over to next year. In other words, every application on hand this year is either concluded this year or carried over to next year.',
    articles: [],
    practice: false,
  },
  't3.applicant': {
    title: APPLICANT,
    'zh-CN': '按提出申请的主体类型分列；每件申请只计入一个类型。',
    en: 'Applications are broken down by the type of applicant; each application is counted under one type only.',
    articles: [],
    practice: false,
  },
  't3.colgroup.org': {
    title: `${APPLICANT} › ${ORG}`,
    'zh-CN': '以单位名义提出的申请（条例第二十七条），分为商业企业、科研机构、社会公益组织、法律服务机构和其他五类。',
    en: 'Applications made in the name of an organisation (Art. 27), divided into five types: commercial enterprises, research institutions, public-interest organisations, legal service providers, and others.',
    articles: [27],
    practice: false,
  },
  't3.col.np': {
    title: `${APPLICANT} › 自然人`,
    'zh-CN': '以公民个人名义提出的申请。委托他人（包括律师）代为申请、申请人仍是个人的，一般计入自然人。',
    en: 'Applications made by citizens in their own name. Where someone else (including a lawyer) applies on an individual\'s behalf and the applicant is still the individual, it is usually counted as a natural person.',
    articles: [],
    practice: true,
  },
  't3.col.biz': {
    title: `${ORG} › 商业企业`,
    'zh-CN': '以公司、企业等营利性组织名义提出的申请。',
    en: 'Applications made in the name of a company, enterprise or other for-profit organisation.',
    articles: [],
    practice: false,
  },
  't3.col.sci': {
    title: `${ORG} › 科研机构`,
    'zh-CN': '以高等院校、科研院所等从事科学研究的单位名义提出的申请。',
    en: 'Applications made in the name of a university, research institute or other body engaged in scientific research.',
    articles: [],
    practice: false,
  },
  't3.col.ngo': {
    title: `${ORG} › 社会公益组织`,
    'zh-CN': '以社会团体、基金会、社会服务机构等非营利性、公益性组织名义提出的申请。',
    en: 'Applications made in the name of a non-profit, public-interest organisation such as a social association, foundation or social service organisation.',
    articles: [],
    practice: false,
  },
  't3.col.law': {
    title: `${ORG} › 法律服务机构`,
    'zh-CN': '以律师事务所、基层法律服务所等法律服务机构名义提出的申请。律师以个人名义提出的，一般计入自然人。',
    en: 'Applications made in the name of a law firm, grassroots legal service office or other legal service provider. A lawyer applying in his or her own name is usually counted as a natural person.',
    articles: [],
    practice: true,
  },
  't3.col.oth': {
    title: `${ORG} › 其他`,
    'zh-CN': '不属于前四类的法人或其他组织，例如村（居）民委员会、业主委员会、事业单位、其他国家机关等。注意不要和“（六）其他处理—3.其他”行混淆。',
    en: 'Legal persons or other organisations outside the previous four types, e.g. villagers\' or residents\' committees, homeowners\' committees, public institutions, other state bodies. Do not confuse this column with the row "(6) Other handling - 3. Other".',
    articles: [],
    practice: false,
  },
  't3.col.tot': {
    title: `${APPLICANT} › 总计`,
    'zh-CN': '同一行的合计：总计＝自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他。',
    en: 'The total of the same row: total = natural persons + commercial enterprises + research institutions + public-interest organisations + legal service providers + others.',
    articles: [],
    practice: false,
  },

};
