/**
 * Hover texts for every section, sub-item, table header, row and column of the template.
 *
 * The Chinese text is spec §4, verbatim where the spec has it. The spec's ◐ mark (common
 * practice, not written in the template text we have) is never shown to the clerk: it is
 * removed from the text and carried as `practice`, which the UI renders as “（口径说明）”.
 *
 * Keys are the ids the parser attaches to headers and labels (sections.ts, table2–4.ts,
 * parse/*). `articles` lists only articles of the 条例 (regulation.ts); other statutes
 * (立法法, 行政复议法, 行政诉讼法 …) stay in the prose because we do not ship their text.
 */

export interface HoverDoc {
  /** Label shown as the hover heading, official wording, e.g. `（四）无法提供 › 1.本机关不掌握相关政府信息` */
  title: string;
  /** Chinese explanation (spec §4 text, verbatim where the spec gives it, 2–4 sentences). Do not include the ◐ mark; where the spec marks ◐, set practice=true and remove the mark from the text. */
  zh: string;
  /** English translation of zh (faithful, concise). */
  en: string;
  /** 条例 article numbers (Arabic integers) this item cites, e.g. [36] for 第三十六条; [] when none. Only articles of the 条例 (not 立法法/行政复议法 etc). */
  articles: number[];
  /** true when the spec marks (part of) the explanation ◐ (common practice). The UI shows it as “（口径说明）”. */
  practice: boolean;
}

/** Articles `from`…`to` inclusive; the spec cites whole chapters as ranges (第十九条至第二十六条). */
function span(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

// Headings shared by several titles; kept in one place so a wording fix reaches every hover.
const S1 = '一、总体情况';
const G3 = '三、本年度办理结果';
const G3_3 = '（三）不予公开';
const G3_4 = '（四）无法提供';
const G3_5 = '（五）不予处理';
const G3_6 = '（六）其他处理';
const REV = '行政复议';
const LIT = '行政诉讼';
const ORG = '法人或其他组织';
const APPLICANT = '申请人情况';

export const HOVERS: Readonly<Record<string, HoverDoc>> = Object.freeze({
  // ── Sections (spec §4.1) ─────────────────────────────────────────────────────────────
  'section.一': {
    title: S1,
    zh: '综述本机关本年度落实《政府信息公开条例》的整体情况，按主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面写。各级人民政府还要在“监督保障”中写明工作考核、社会评议和责任追究的结果（条例第五十条第（四）项）。格式要求内容“不能遗漏，也不宜泛化”，与政府信息公开无关的宣传、信息报送统计不宜写入。',
    en: 'An overview of how the agency implemented the Regulations on Open Government Information this year, under five headings: proactive disclosure, disclosure on request, government information management, disclosure platforms, and supervision and safeguards. People\'s governments at every level must also state, under supervision and safeguards, the results of performance assessment, public appraisal and accountability (Art. 50(4)). The format says the content must "leave nothing out and not be padded"; publicity or information-submission statistics unrelated to open government information do not belong here.',
    articles: [50],
    practice: false,
  },
  's1.1': {
    title: `${S1} › （一）主动公开`,
    zh: '概述本年主动公开工作的做法和总体情况，例如公开渠道、重点领域信息、解读回应等（条例第三章，第十九条至第二十六条）。这里的数字只作概述，法定统计数据以第二部分表格为准。',
    en: 'Summarise this year\'s proactive disclosure work and its overall picture, e.g. channels, information in key areas, policy interpretation and responses (Chapter 3, Arts. 19–26). Figures here are only a summary; the statutory statistics are those in the table of Part 2.',
    articles: span(19, 26),
    practice: false,
  },
  's1.2': {
    title: `${S1} › （二）依申请公开`,
    zh: '概述申请受理渠道、办理流程、办理质量和总体数量（条例第四章）。文中提到的收到、办结、结转件数应与第三部分表格一致。',
    en: 'Summarise the channels for receiving applications, the handling procedure, handling quality and overall numbers (Chapter 4). Any counts of applications received, concluded or carried over that the text mentions must agree with the table in Part 3.',
    // 条例第四章 依申请公开 = 第二十七条至第四十五条 (spec §1.3).
    articles: span(27, 45),
    practice: false,
  },
  's1.3': {
    title: `${S1} › （三）政府信息管理`,
    zh: '写公开属性认定、公开前审查（第十七条）、不予公开信息的定期评估和动态调整（第十八条）、规范性文件清理、历史信息管理等情况。',
    en: 'Describe how disclosure attributes are determined, pre-disclosure review (Art. 17), periodic assessment and dynamic adjustment of withheld information (Art. 18), clean-up of normative documents, management of historical information, and similar work.',
    articles: [17, 18],
    practice: false,
  },
  's1.4': {
    title: `${S1} › （四）政府信息公开平台建设`,
    zh: '写政府网站信息公开专栏和统一平台（第二十三条、第二十四条）、政府公报、政务新媒体，以及档案馆、图书馆、政务服务场所查阅点（第二十五条）的建设和运行情况。',
    en: 'Describe the building and operation of the government website\'s disclosure column and the unified platform (Arts. 23, 24), the government gazette, government new-media accounts, and the reading points in archives, libraries and government service centres (Art. 25).',
    articles: [23, 24, 25],
    practice: false,
  },
  's1.5': {
    title: `${S1} › （五）监督保障`,
    zh: '写工作机制、培训（第四十八条）、考核、评议、督查和责任追究（第四十六条、第四十七条）。人民政府的年报必须写明工作考核、社会评议、责任追究的结果（第五十条第（四）项）。',
    en: 'Describe working mechanisms, training (Art. 48), assessment, appraisal, inspection and accountability (Arts. 46, 47). A people\'s government\'s report must state the results of performance assessment, public appraisal and accountability (Art. 50(4)).',
    articles: [46, 47, 48, 50],
    practice: false,
  },
  'section.二': {
    title: '二、主动公开政府信息情况',
    zh: '用表格报告条例第二十条第（一）（五）（六）（八）项规定的几类信息的数量，统计期为本年1月1日至12月31日。本表不是全年主动公开信息的总条数；没有发生的填0。',
    en: 'A table reporting the numbers for the kinds of information in Art. 20 items (1), (5), (6) and (8), for the period 1 January to 31 December of the year. The table is not the total number of items proactively disclosed during the year; enter 0 where nothing happened.',
    articles: [20],
    practice: false,
  },
  'section.三': {
    title: '三、收到和处理政府信息公开申请情况',
    zh: '用表格报告本年新收、上年结转的申请及其办理结果，按申请人类型分列。每一列都要满足“第一项＋第二项＝第三项（七）总计＋第四项”（条例第五十条第（二）项）。',
    en: 'A table reporting applications newly received this year and carried over from last year, and their outcomes, broken down by type of applicant. Every column must satisfy "item 1 + item 2 = item 3 (7) total + item 4" (Art. 50(2)).',
    articles: [50],
    practice: false,
  },
  'section.四': {
    title: '四、政府信息公开行政复议、行政诉讼情况',
    zh: '用表格报告因本机关政府信息公开工作被申请行政复议、被提起行政诉讼的案件数量和结果（条例第五十条第（三）项、第五十一条）。没有发生的全部填0。',
    en: 'A table reporting the number and outcome of administrative reconsideration applications and administrative lawsuits brought over the agency\'s open government information work (Art. 50(3), Art. 51). If there were none, enter 0 throughout.',
    articles: [50, 51],
    practice: false,
  },
  'section.五': {
    title: '五、存在的主要问题及改进情况',
    zh: '如实写本年政府信息公开工作中存在的主要问题，以及已经采取或计划采取的改进措施（条例第五十条第（四）项）。通常还应说明上一年度年报所提问题的整改情况，避免与往年内容雷同。',
    en: 'State truthfully the main problems in this year\'s open government information work, and the improvements taken or planned (Art. 50(4)). Usually also report how the problems named in last year\'s report were remedied, and avoid repeating earlier years\' text.',
    articles: [50],
    // Spec §1.2 marks the follow-up on last year's problems as common practice (◐).
    practice: true,
  },
  'section.六': {
    title: '六、其他需要报告的事项',
    zh: '写需要报告的其他事项（条例第五十条第（五）项）。依据《政府信息公开信息处理费管理办法》收取信息处理费的情况在这里报告；没有其他事项的写“无”。',
    en: 'Report any other matters that need reporting (Art. 50(5)). Information-processing fees collected under the Measures on Information Processing Fees for Open Government Information are reported here; if there is nothing else, write "无" (none).',
    articles: [50],
    // Spec §1.2 marks "fees are reported in 六" as common practice (◐): the official text for 六 was not retrieved.
    practice: true,
  },

  // ── Table 二 (spec §4.2) ──────────────────────────────────────────────────────────────
  't2.g1': {
    title: '第二十条第（一）项',
    zh: '条例第二十条第（一）项要求主动公开行政法规、规章和规范性文件。本组只统计本机关制定的规章和行政规范性文件；行政法规由国务院制定，不在本表填写。',
    en: 'Art. 20(1) requires proactive disclosure of administrative regulations, rules and normative documents. This group counts only the rules and administrative normative documents made by the agency itself; administrative regulations are made by the State Council and are not entered here.',
    articles: [20],
    practice: false,
  },
  't2.g5': {
    title: '第二十条第（五）项',
    zh: '条例第二十条第（五）项要求主动公开办理行政许可和其他对外管理服务事项的依据、条件、程序及办理结果。2021年版格式只统计行政许可处理决定的数量。',
    en: 'Art. 20(5) requires proactive disclosure of the basis, conditions, procedures and results of administrative licensing and other external administrative services. The 2021 format counts only the number of administrative licensing decisions.',
    articles: [20],
    practice: false,
  },
  't2.g6': {
    title: '第二十条第（六）项',
    zh: '条例第二十条第（六）项要求主动公开实施行政处罚、行政强制的依据、条件、程序，以及本机关认为具有一定社会影响的行政处罚决定。本组统计本年作出的处罚、强制决定数量。',
    en: 'Art. 20(6) requires proactive disclosure of the basis, conditions and procedures for administrative penalties and administrative coercion, and of penalty decisions the agency considers to have some public impact. This group counts the penalty and coercion decisions made this year.',
    articles: [20],
    practice: false,
  },
  't2.g8': {
    title: '第二十条第（八）项',
    zh: '条例第二十条第（八）项要求主动公开行政事业性收费项目及其依据、标准。本组统计本机关本年度收取的行政事业性收费金额。',
    en: 'Art. 20(8) requires proactive disclosure of administrative and public-institution fee items, their basis and rates. This group reports the amount of such fees the agency collected this year.',
    articles: [20],
    practice: false,
  },
  't2.col.content': {
    title: '信息内容',
    // The spec gives only the first sentence (12 characters); the second names what the column holds.
    zh: '统计对象的名称，不填数字。本列依次列出规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费，数字填在右侧各列。',
    en: 'The name of what is counted; no numbers go here. The column lists rules, administrative normative documents, administrative licensing, administrative penalties, administrative coercion and administrative fees; the numbers go in the columns to the right.',
    articles: [],
    practice: false,
  },
  't2.col.issued': {
    title: '本年制发件数',
    zh: '本年度内本机关新制定并印发或公布的件数，以印发或公布日期落在本年度为准。多个机关联合发文的，一般由牵头机关统计；修改后重新公布的是否计入，各地口径不一，建议与规范性文件备案统计保持一致。',
    en: 'The number of documents the agency newly made and issued or published this year, judged by an issue or publication date within the year. Joint documents of several agencies are usually counted by the lead agency; whether a document republished after amendment counts varies by locality, so keep it consistent with the normative-document filing statistics.',
    articles: [],
    practice: true,
  },
  't2.col.repealed': {
    title: '本年废止件数',
    zh: '本年度内本机关宣布废止或宣布失效的件数，应与本年规章、规范性文件清理结果一致。有效期届满自然失效的是否计入，各地口径不一。',
    en: 'The number of documents the agency declared repealed or invalid this year; it should match this year\'s clean-up results for rules and normative documents. Whether documents that simply expired are counted varies by locality.',
    articles: [],
    practice: true,
  },
  't2.col.valid': {
    title: '现行有效件数',
    zh: '截至本年12月31日，本机关制定且仍然有效的总件数，是累计存量，不是本年新增。一般应满足：本年现行有效≈上年现行有效＋本年制发－本年废止。',
    en: 'The total number of documents made by the agency that are still in force on 31 December of the year: a cumulative stock, not this year\'s additions. Normally: in force this year ≈ in force last year + issued this year − repealed this year.',
    articles: [],
    practice: false,
  },
  't2.col.decisions': {
    title: '本年处理决定数量（行政处罚／行政强制）',
    zh: '本年度内本机关作出的决定件数，以决定书为单位。是否包含当场作出的简易程序处罚，各地口径不一，应与本机关执法统计一致。',
    en: 'The number of decisions the agency made this year, counted by decision document. Whether on-the-spot summary-procedure penalties are included varies by locality; keep it consistent with the agency\'s enforcement statistics.',
    articles: [],
    practice: true,
  },
  't2.col.decisions.license': {
    title: '本年处理决定数量（行政许可）',
    zh: '本年度内本机关作出的行政许可决定件数，准予和不予许可都计入。统计的是决定数，不是受理数，也不是许可事项的目录数。',
    en: 'The number of administrative licensing decisions the agency made this year, counting both grants and refusals. It counts decisions, not applications accepted, nor the number of licensing items in the catalogue.',
    articles: [],
    practice: true,
  },
  't2.col.amount_wan': {
    title: '本年收费金额（单位：万元）',
    zh: '本年度内本机关收取的行政事业性收费总额，单位是“万元”，可以保留小数，例如36500元填3.65。没有收费项目的填0，不要填成以“元”为单位的数字。',
    en: 'The total administrative fees the agency collected this year, in units of 10,000 yuan (wan yuan); decimals are allowed, e.g. 36,500 yuan is entered as 3.65. Enter 0 if there are no fee items; do not enter the amount in yuan.',
    articles: [],
    practice: false,
  },
  't2.row.regulation': {
    title: '第二十条第（一）项 › 规章',
    zh: '依照《立法法》制定的规章。只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府有规章制定权（《立法法》第九十一条、第九十三条），县级及以下政府、街道、乡镇和地方政府工作部门一般填0。',
    en: 'Rules made under the Legislation Law. Only State Council departments and the people\'s governments of provinces, autonomous regions, municipalities, districted cities and autonomous prefectures may make rules (Legislation Law Arts. 91, 93); county-level and lower governments, sub-districts, townships and local government departments normally enter 0.',
    articles: [],
    practice: false,
  },
  't2.row.normative': {
    title: '第二十条第（一）项 › 行政规范性文件',
    zh: '除行政法规和规章以外，行政机关或经授权组织依照法定权限和程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文（国办发〔2018〕37号的定义）。内部工作制度、人事任免、请示报告等不算。',
    en: 'Official documents, other than administrative regulations and rules, that an administrative body or authorised organisation makes and publishes within its statutory powers and procedures, that affect the rights and obligations of citizens, legal persons and other organisations, are generally binding, and apply repeatedly for a period (definition in Guobanfa [2018] No. 37). Internal work rules, personnel appointments, requests for instructions and reports do not count.',
    articles: [],
    practice: false,
  },
  't2.row.license': {
    title: '第二十条第（五）项 › 行政许可',
    zh: '行政机关根据申请、经依法审查，准予申请人从事特定活动的行为（《行政许可法》第二条）。没有许可权的机关填0；经依法赋权、以本机关名义作出的决定应计入。',
    en: 'An act by which an administrative body, on application and after lawful review, permits the applicant to engage in a specific activity (Administrative Licensing Law Art. 2). Agencies without licensing powers enter 0; decisions made in the agency\'s own name under lawfully delegated powers are counted.',
    articles: [],
    practice: false,
  },
  't2.row.penalty': {
    title: '第二十条第（六）项 › 行政处罚',
    zh: '对违反行政管理秩序的公民、法人或其他组织，以减损权益或增加义务的方式予以惩戒的行为（《行政处罚法》第二条），如警告、罚款、没收违法所得、吊销许可证件等。填本年作出的处罚决定数。',
    en: 'Punishment of citizens, legal persons or other organisations that breach administrative order, by reducing their rights or adding obligations (Administrative Penalty Law Art. 2), e.g. warnings, fines, confiscation of illegal gains, revocation of licences. Enter the number of penalty decisions made this year.',
    articles: [],
    practice: false,
  },
  't2.row.coercion': {
    title: '第二十条第（六）项 › 行政强制',
    zh: '依照《行政强制法》实施的行政强制措施（如查封、扣押、冻结）和行政强制执行。填本年作出的行政强制决定数。',
    en: 'Administrative compulsory measures (e.g. sealing up, seizure, freezing) and administrative compulsory enforcement under the Administrative Coercion Law. Enter the number of coercion decisions made this year.',
    articles: [],
    practice: false,
  },
  't2.row.fee': {
    title: '第二十条第（八）项 › 行政事业性收费',
    zh: '依照法律法规并经批准，在实施社会公共管理或提供特定公共服务时向特定对象收取的费用，以收费目录清单为准。依申请公开收取的信息处理费建议不计入本栏，在第六部分单独说明。',
    en: 'Fees charged to specific parties, under laws and regulations and with approval, in the course of public administration or providing specific public services, as listed in the fee catalogue. Information-processing fees for disclosure on request are best left out of this cell and reported separately in Part 6.',
    articles: [],
    practice: true,
  },

  // ── Table 三: header and columns (spec §4.3) ─────────────────────────────────────────
  't3.note': {
    title: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    zh: '本表每一个数字列都必须平衡：本年新收＋上年结转＝本年办理结果（七）总计＋结转下年度继续办理。也就是说，本年手上的每一件申请，要么本年办结，要么结转下一年。',
    en: 'Every numeric column of this table must balance: newly received this year + carried over from last year = this year\'s results (7) total + carried over to next year. In other words, every application on hand this year is either concluded this year or carried over to next year.',
    articles: [],
    practice: false,
  },
  't3.applicant': {
    title: APPLICANT,
    zh: '按提出申请的主体类型分列；每件申请只计入一个类型。',
    en: 'Applications are broken down by the type of applicant; each application is counted under one type only.',
    articles: [],
    practice: false,
  },
  't3.colgroup.org': {
    title: `${APPLICANT} › ${ORG}`,
    zh: '以单位名义提出的申请（条例第二十七条），分为商业企业、科研机构、社会公益组织、法律服务机构和其他五类。',
    en: 'Applications made in the name of an organisation (Art. 27), divided into five types: commercial enterprises, research institutions, public-interest organisations, legal service providers, and others.',
    articles: [27],
    practice: false,
  },
  't3.col.np': {
    title: `${APPLICANT} › 自然人`,
    zh: '以公民个人名义提出的申请。委托他人（包括律师）代为申请、申请人仍是个人的，一般计入自然人。',
    en: 'Applications made by citizens in their own name. Where someone else (including a lawyer) applies on an individual\'s behalf and the applicant is still the individual, it is usually counted as a natural person.',
    articles: [],
    practice: true,
  },
  't3.col.biz': {
    title: `${ORG} › 商业企业`,
    zh: '以公司、企业等营利性组织名义提出的申请。',
    en: 'Applications made in the name of a company, enterprise or other for-profit organisation.',
    articles: [],
    practice: false,
  },
  't3.col.sci': {
    title: `${ORG} › 科研机构`,
    zh: '以高等院校、科研院所等从事科学研究的单位名义提出的申请。',
    en: 'Applications made in the name of a university, research institute or other body engaged in scientific research.',
    articles: [],
    practice: false,
  },
  't3.col.ngo': {
    title: `${ORG} › 社会公益组织`,
    zh: '以社会团体、基金会、社会服务机构等非营利性、公益性组织名义提出的申请。',
    en: 'Applications made in the name of a non-profit, public-interest organisation such as a social association, foundation or social service organisation.',
    articles: [],
    practice: false,
  },
  't3.col.law': {
    title: `${ORG} › 法律服务机构`,
    zh: '以律师事务所、基层法律服务所等法律服务机构名义提出的申请。律师以个人名义提出的，一般计入自然人。',
    en: 'Applications made in the name of a law firm, grassroots legal service office or other legal service provider. A lawyer applying in his or her own name is usually counted as a natural person.',
    articles: [],
    practice: true,
  },
  't3.col.oth': {
    title: `${ORG} › 其他`,
    zh: '不属于前四类的法人或其他组织，例如村（居）民委员会、业主委员会、事业单位、其他国家机关等。注意不要和“（六）其他处理—3.其他”行混淆。',
    en: 'Legal persons or other organisations outside the previous four types, e.g. villagers\' or residents\' committees, homeowners\' committees, public institutions, other state bodies. Do not confuse this column with the row "(6) Other handling - 3. Other".',
    articles: [],
    practice: false,
  },
  't3.col.tot': {
    title: `${APPLICANT} › 总计`,
    zh: '同一行的合计：总计＝自然人＋商业企业＋科研机构＋社会公益组织＋法律服务机构＋其他。',
    en: 'The total of the same row: total = natural persons + commercial enterprises + research institutions + public-interest organisations + legal service providers + others.',
    articles: [],
    practice: false,
  },

  // ── Table 三: rows (spec §4.4) ───────────────────────────────────────────────────────
  't3.row.r1': {
    title: '一、本年新收政府信息公开申请数量',
    zh: '本年度内本机关收到的政府信息公开申请件数。收到日期按条例第三十一条确定：当面提交的以提交之日为准；邮寄的以签收之日为准（平常信函以确认之日为准）；网络或传真提交的以双方确认之日为准。以申请形式提出的信访、投诉等也先计入本行，结果在“（五）不予处理”中反映。',
    en: 'The number of disclosure applications the agency received this year. The date of receipt follows Art. 31: the submission date for applications handed in; the date of signed receipt for post (the confirmation date for ordinary letters); the date both sides confirm for online or fax submissions. Petitions, complaints etc. filed in the form of an application are also counted here first, and their outcome appears under "(5) Not processed".',
    articles: [31],
    practice: false,
  },
  't3.row.r2': {
    title: '二、上年结转政府信息公开申请数量',
    zh: '上一年度收到、到上年12月31日仍未办结、转入本年度继续办理的申请件数。每一列都应与上一年度年报“四、结转下年度继续办理”的数字一致。',
    en: 'Applications received last year, still open on 31 December of last year, and carried into this year. Every column should equal "4. Carried over to next year" in last year\'s report.',
    articles: [],
    practice: false,
  },
  't3.group.g3': {
    title: G3,
    zh: '本年度内办结的申请按办理结果分类，每件申请只计入一个结果行。其中（三）（四）（五）（六）只是分组名称，数字填在其下的各小项。',
    en: 'Applications concluded this year, classified by outcome; each application goes in exactly one outcome row. (3), (4), (5) and (6) are only group names; the numbers go in the sub-items beneath them.',
    articles: [],
    practice: false,
  },
  't3.row.r3_1': {
    title: `${G3} › （一）予以公开`,
    zh: '所申请信息全部提供的情形，包括两种：信息已主动公开，告知申请人获取方式和途径的（条例第三十六条第（一）项）；信息可以公开，向申请人提供或告知获取方式、途径和时间的（第三十六条第（二）项）。',
    en: 'All the requested information was provided. Two cases: the information was already proactively disclosed and the applicant was told how and where to obtain it (Art. 36(1)); or the information can be disclosed and was provided, or the applicant was told how, where and when to obtain it (Art. 36(2)).',
    articles: [36],
    practice: false,
  },
  't3.row.r3_2': {
    title: `${G3} › （二）部分公开（区分处理的，只计这一情形，不计其他情形）`,
    zh: '所申请信息中既有可以公开的，也有不应公开或不属于政府信息的内容，经区分处理后提供可公开部分，并对其余部分说明理由（条例第三十七条）。这类申请只计入本行，不再同时计入（三）（四）等行。',
    en: 'The request covers both disclosable content and content that should not be disclosed or is not government information; after separating them, the disclosable part was provided and reasons were given for the rest (Art. 37). Such an application is counted only in this row, not also in (3), (4) or other rows.',
    articles: [37],
    practice: false,
  },
  't3.group.g3_3': {
    title: `${G3} › ${G3_3}`,
    zh: '依据条例决定不予公开，并告知申请人理由的情形（条例第三十六条第（三）项）。按理由分为以下8种，每件只按主要理由计入一行。',
    en: 'Disclosure was refused under the Regulations and the applicant was told why (Art. 36(3)). Divided into the following 8 grounds; each application goes in one row only, by its main ground.',
    articles: [36],
    practice: true,
  },
  't3.row.r3_3_1': {
    title: `${G3_3} › 1.属于国家秘密`,
    zh: '所申请信息已依法确定为国家秘密（条例第十四条）。应当有定密依据，不能仅以“内部”“敏感”为理由。',
    en: 'The requested information has been lawfully classified as a state secret (Art. 14). There must be a basis for the classification; "internal" or "sensitive" alone is not a reason.',
    articles: [14],
    practice: false,
  },
  't3.row.r3_3_2': {
    title: `${G3_3} › 2.其他法律行政法规禁止公开`,
    zh: '国家秘密以外、由法律或行政法规明确禁止公开的信息（条例第十四条），例如统计调查中能识别单个调查对象的资料。依据只能是法律、行政法规，不能是规章或规范性文件。',
    en: 'Information, other than state secrets, whose disclosure a law or administrative regulation expressly prohibits (Art. 14), e.g. statistical survey data that identify individual respondents. The basis must be a law or administrative regulation, not a rule or normative document.',
    articles: [14],
    practice: false,
  },
  't3.row.r3_3_3': {
    title: `${G3_3} › 3.危及“三安全一稳定”`,
    zh: '公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息（条例第十四条）。应当能说明公开可能造成的具体危害。',
    en: 'Information whose disclosure could endanger national security, public security, economic security or social stability (Art. 14). The agency should be able to explain the specific harm disclosure could cause.',
    articles: [14],
    practice: false,
  },
  't3.row.r3_3_4': {
    title: `${G3_3} › 4.保护第三方合法权益`,
    zh: '涉及商业秘密、个人隐私等，公开会损害第三方合法权益的信息（条例第十五条）。依申请公开时应书面征求第三方意见，第三方不同意且理由合理的不予公开（第三十二条）；第三方同意，或不公开会对公共利益造成重大影响的，应当公开。',
    en: 'Information involving trade secrets, personal privacy etc. whose disclosure would harm a third party\'s lawful rights and interests (Art. 15). On request, the third party\'s opinion must be sought in writing; if it objects with reasonable grounds, the information is withheld (Art. 32). If the third party consents, or withholding would seriously affect the public interest, it must be disclosed.',
    articles: [15, 32],
    practice: false,
  },
  't3.row.r3_3_5': {
    title: `${G3_3} › 5.属于三类内部事务信息`,
    zh: '本机关人事管理、后勤管理、内部工作流程等方面的信息（条例第十六条第一款），可以不予公开。',
    en: 'Information on the agency\'s personnel management, logistics, internal work procedures and the like (Art. 16, para. 1) may be withheld.',
    articles: [16],
    practice: false,
  },
  't3.row.r3_3_6': {
    title: `${G3_3} › 6.属于四类过程性信息`,
    zh: '履行职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息（条例第十六条第二款），可以不予公开；法律、法规、规章规定应当公开的除外。',
    en: 'Process information produced while performing functions, such as minutes of discussions, drafts, consultation letters, requests for instructions and reports (Art. 16, para. 2), may be withheld, unless laws, regulations or rules require its disclosure.',
    articles: [16],
    practice: false,
  },
  't3.row.r3_3_7': {
    title: `${G3_3} › 7.属于行政执法案卷`,
    zh: '行政执法案卷信息（条例第十六条第二款），可以不予公开；法律、法规、规章另有规定的从其规定。当事人查阅自身案卷一般走专门程序。',
    en: 'Administrative enforcement case files (Art. 16, para. 2) may be withheld; where laws, regulations or rules provide otherwise, those provisions apply. A party inspecting its own case file normally uses a dedicated procedure.',
    articles: [16],
    practice: false,
  },
  't3.row.r3_3_8': {
    title: `${G3_3} › 8.属于行政查询事项`,
    zh: '所申请信息依法应通过专门查询程序获取，例如工商登记、不动产登记资料等，法律、行政法规对获取另有特别规定，机关告知申请人按相关规定办理（对应条例第三十六条第（七）项）。条例本身没有“行政查询”这一用语，这是年报格式对此类情形的归类。',
    en: 'The requested information must by law be obtained through a dedicated search procedure, e.g. business registration or real-estate registration records, where laws or administrative regulations lay down special rules for access; the agency told the applicant to follow those rules (corresponding to Art. 36(7)). The Regulations themselves do not use the term "administrative search"; it is the report format\'s category for such cases.',
    articles: [36],
    practice: true,
  },
  't3.group.g3_4': {
    title: `${G3} › ${G3_4}`,
    zh: '客观上无法向申请人提供所申请信息的情形，分为3种。',
    en: 'Cases where the requested information objectively cannot be provided to the applicant; divided into 3 kinds.',
    articles: [],
    practice: false,
  },
  't3.row.r3_4_1': {
    title: `${G3_4} › 1.本机关不掌握相关政府信息`,
    zh: '经检索没有所申请信息、告知申请人该信息不存在的（条例第三十六条第（四）项）；以及信息不属于本机关负责公开，告知申请人并说明理由的（第三十六条第（五）项）。能确定负责公开机关的，应告知其名称和联系方式。',
    en: 'A search found no such information and the applicant was told it does not exist (Art. 36(4)); or the information is not the agency\'s to disclose and the applicant was told so with reasons (Art. 36(5)). Where the responsible agency can be identified, its name and contact details must be given.',
    articles: [36],
    practice: true,
  },
  't3.row.r3_4_2': {
    title: `${G3_4} › 2.没有现成信息需要另行制作`,
    zh: '本机关没有现成信息，满足申请需要对现有信息进行加工、分析、汇总的，可以不予提供（条例第三十八条）。依第三十七条作区分处理的不属于此类。',
    en: 'The agency holds no ready-made information and meeting the request would require processing, analysing or compiling existing information, so it may decline to provide it (Art. 38). Separation of disclosable parts under Art. 37 does not fall in this row.',
    articles: [37, 38],
    practice: false,
  },
  't3.row.r3_4_3': {
    title: `${G3_4} › 3.补正后申请内容仍不明确`,
    zh: '申请内容不明确，机关依条例第三十条一次性告知补正后，申请人作了补正，但内容仍不明确、无法确定所需信息的。申请人逾期不补正的不计本行，计入“（六）其他处理—1”。',
    en: 'The request was unclear; after the agency asked once for all corrections under Art. 30, the applicant supplied them, but the request remained unclear and the information sought could not be identified. If the applicant did not correct in time, count it in "(6) Other handling - 1" instead.',
    articles: [30],
    practice: false,
  },
  't3.group.g3_5': {
    title: `${G3} › ${G3_5}`,
    zh: '申请不是真正的政府信息公开申请，或属于法定可以不予处理的情形，分为5种。',
    en: 'The application is not really an open government information request, or is a case the law allows the agency not to process; divided into 5 kinds.',
    articles: [],
    practice: false,
  },
  't3.row.r3_5_1': {
    title: `${G3_5} › 1.信访举报投诉类申请`,
    zh: '申请人以政府信息公开申请的形式进行信访、投诉、举报等活动，机关告知不作为政府信息公开申请处理，并可以告知通过相应渠道提出（条例第三十九条第一款）。',
    en: 'The applicant used the form of a disclosure application to petition, complain or report; the agency said it would not be handled as a disclosure application and may have pointed to the proper channel (Art. 39, para. 1).',
    articles: [39],
    practice: false,
  },
  't3.row.r3_5_2': {
    title: `${G3_5} › 2.重复申请`,
    zh: '机关已对申请人的申请作出答复，申请人又重复申请公开相同的政府信息，告知不予重复处理（条例第三十六条第（六）项）。',
    en: 'The agency had already answered the applicant, who then applied again for the same information; the applicant was told it would not be processed again (Art. 36(6)).',
    articles: [36],
    practice: false,
  },
  't3.row.r3_5_3': {
    title: `${G3_5} › 3.要求提供公开出版物`,
    zh: '申请内容是要求提供政府公报、报刊、书籍等公开出版物，机关可以告知获取途径（条例第三十九条第二款）。',
    en: 'The request asks for public publications such as government gazettes, newspapers, periodicals or books; the agency may tell the applicant where to obtain them (Art. 39, para. 2).',
    articles: [39],
    practice: false,
  },
  't3.row.r3_5_4': {
    title: `${G3_5} › 4.无正当理由大量反复申请`,
    zh: '申请公开的数量、频次明显超过合理范围，机关要求说明理由后认为理由不合理、告知不予处理的（条例第三十五条）。理由合理但无法按期答复的，应另定延迟答复期限，不计本行。',
    en: 'The number or frequency of requests clearly exceeds a reasonable range; the agency asked for reasons, found them unreasonable and told the applicant the requests would not be processed (Art. 35). If the reasons are reasonable but a timely answer is impossible, a later reply deadline should be set instead, and the case is not counted here.',
    articles: [35],
    practice: false,
  },
  't3.row.r3_5_5': {
    title: `${G3_5} › 5.要求行政机关确认或重新出具已获取信息`,
    zh: '申请人要求确认其已掌握信息的真伪、效力，或要求把已获取的信息重新出具、加盖印章等，实质上不是获取政府信息的申请。条例没有专门条文，一般依据第二条（政府信息的定义）和第三十八条（只提供已制作或获取的信息）处理。',
    en: 'The applicant asks the agency to confirm the authenticity or validity of information already in hand, or to reissue or stamp information already obtained; in substance this is not a request to obtain government information. The Regulations have no specific article; it is usually handled under Art. 2 (definition of government information) and Art. 38 (only information already made or obtained is provided).',
    articles: [2, 38],
    practice: true,
  },
  't3.group.g3_6': {
    title: `${G3} › ${G3_6}`,
    zh: '以前述结果以外的方式办结的申请，分为3种。',
    en: 'Applications concluded in a way other than the outcomes above; divided into 3 kinds.',
    articles: [],
    practice: false,
  },
  't3.row.r3_6_1': {
    title: `${G3_6} › 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请`,
    zh: '机关依条例第三十条告知补正后，申请人无正当理由逾期不补正，视为放弃申请，机关不再处理。',
    en: 'After the agency asked for corrections under Art. 30, the applicant failed without good reason to supply them in time; the application is deemed abandoned and the agency no longer processes it.',
    articles: [30],
    practice: false,
  },
  't3.row.r3_6_2': {
    title: `${G3_6} › 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请`,
    zh: '申请数量、频次明显超过合理范围，机关依条例第四十二条和《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）发出收费通知后，申请人逾期未缴费，机关不再处理。实际收取的信息处理费在第六部分报告。',
    en: 'The number or frequency of requests clearly exceeded a reasonable range; the agency issued a fee notice under Art. 42 and the Measures on Information Processing Fees (Guobanhan [2020] No. 109), the applicant did not pay in time, and the agency no longer processes the application. Fees actually collected are reported in Part 6.',
    articles: [42],
    practice: false,
  },
  't3.row.r3_6_3': {
    title: `${G3_6} › 3.其他`,
    zh: '不能归入以上任何一类的办结情形，例如申请人在答复前主动撤回申请等。使用本行时，建议在正文中说明是什么情形。',
    en: 'Conclusions that fit none of the categories above, e.g. the applicant withdrew the application before the reply. When this row is used, explain in the text what the cases were.',
    articles: [],
    practice: true,
  },
  't3.row.r3_6': {
    title: `${G3} › （六）其他处理（2019年试行格式）`,
    // Not in spec §4: written from §2.5 (the trial format has a single （六） row).
    zh: '2019年试行格式（国办公开办函〔2019〕60号，用于2019、2020年度年报）中，“（六）其他处理”是一个单独的数据行，不分小项。2021年版格式（国办公开办函〔2021〕30号）把它拆分为三行：1.逾期不补正、2.逾期未缴纳费用、3.其他。2021年及以后的年报应使用三行的新格式。',
    en: 'In the 2019 trial format (Guobangongkaibanhan [2019] No. 60, used for the 2019 and 2020 reports), "(6) Other handling" was a single data row without sub-items. The 2021 format (Guobangongkaibanhan [2021] No. 30) splits it into three rows: 1. no correction in time, 2. fee not paid in time, 3. other. Reports for 2021 and later should use the new three-row layout.',
    articles: [],
    practice: false,
  },
  't3.row.r3_7': {
    title: `${G3} › （七）总计`,
    zh: '本年度办结的申请总件数，等于所有小项之和：（一）＋（二）＋（三）1至8＋（四）1至3＋（五）1至5＋（六）1至3。（三）（四）（五）（六）是分组名称，没有单独数字，不能重复相加。',
    en: 'The total number of applications concluded this year, equal to the sum of all sub-items: (1) + (2) + (3) 1-8 + (4) 1-3 + (5) 1-5 + (6) 1-3. (3), (4), (5) and (6) are group names without numbers of their own and must not be added a second time.',
    articles: [],
    practice: false,
  },
  't3.row.r4': {
    title: '四、结转下年度继续办理',
    zh: '截至本年12月31日仍未办结、转入下一年度继续办理的申请件数，例如年底前收到、仍在答复期限内的，或依条例第三十三条延长答复期限、征求第三方意见的。这个数字应成为下一年度年报的“二、上年结转”。',
    en: 'Applications still open on 31 December and carried into next year, e.g. received near year end and still within the reply period, or with the reply period extended or third-party opinions being sought under Art. 33. This number should become "2. Carried over from last year" in next year\'s report.',
    articles: [33],
    practice: false,
  },

  // ── Table 四 (spec §4.5) ─────────────────────────────────────────────────────────────
  't4.group.rev': {
    title: REV,
    zh: '公民、法人或其他组织认为本机关在政府信息公开工作中侵犯其合法权益，依法申请行政复议、本机关为被申请人的案件（条例第五十一条）。依申请公开答复和主动公开行为引发的都算，按截至年底的状态归类。',
    en: 'Cases in which a citizen, legal person or other organisation, believing the agency infringed its lawful rights in open government information work, applied for administrative reconsideration with the agency as respondent (Art. 51). Cases arising from replies to requests and from proactive disclosure both count; classify by status at year end.',
    articles: [51],
    practice: true,
  },
  't4.rev.upheld': {
    title: `${REV} › 结果维持`,
    zh: '复议机关认为本机关行为合法适当、决定维持的案件（《行政复议法》第六十八条）。复议机关驳回复议请求（第六十九条）的，计入“维持”还是“其他结果”各地口径不一，请统一口径。',
    en: 'Cases where the reconsideration body found the agency\'s act lawful and appropriate and upheld it (Administrative Reconsideration Law Art. 68). Whether a rejection of the reconsideration request (Art. 69 of that Law) counts as "upheld" or "other result" varies by locality; apply one convention consistently.',
    articles: [],
    practice: true,
  },
  't4.rev.corrected': {
    title: `${REV} › 结果纠正`,
    zh: '复议机关决定撤销或部分撤销、变更、确认违法、确认无效，或责令本机关限期履行（如重新答复）的案件，即本机关的行为被认定有错误（《行政复议法》第六十三条至第六十七条）。',
    en: 'Cases where the reconsideration body revoked the act in whole or in part, varied it, confirmed it unlawful or void, or ordered the agency to perform within a time limit (e.g. reply again), i.e. the agency\'s act was found wrong (Administrative Reconsideration Law Arts. 63-67).',
    articles: [],
    practice: false,
  },
  't4.rev.other': {
    title: `${REV} › 其他结果`,
    zh: '以维持、纠正以外的方式结案的，例如驳回复议申请（不符合受理条件）、申请人撤回后终止复议、调解或和解结案等（《行政复议法》第三十三条、第四十一条、第七十三条、第七十四条）。',
    en: 'Cases closed other than by upholding or correcting, e.g. the application was rejected as inadmissible, reconsideration was terminated after withdrawal, or the case ended in mediation or settlement (Administrative Reconsideration Law Arts. 33, 41, 73, 74).',
    articles: [],
    practice: false,
  },
  't4.rev.pending': {
    title: `${REV} › 尚未审结`,
    zh: '截至本年12月31日，复议机关尚未作出决定的案件。',
    en: 'Cases in which the reconsideration body had not yet made a decision by 31 December of the year.',
    articles: [],
    practice: false,
  },
  't4.rev.total': {
    title: `${REV} › 总计`,
    zh: '行政复议案件合计＝结果维持＋结果纠正＋其他结果＋尚未审结。',
    en: 'Total reconsideration cases = upheld + corrected + other result + pending.',
    articles: [],
    practice: false,
  },
  't4.group.lit': {
    title: LIT,
    zh: '对本机关政府信息公开行为不服，依法向人民法院起诉、本机关为被告（含共同被告）的案件（条例第五十一条）。分为“未经复议直接起诉”和“复议后起诉”两组，分别统计，同一案件不重复计算。',
    en: 'Cases in which a party dissatisfied with the agency\'s open government information conduct sued in a people\'s court with the agency as defendant (including co-defendant) (Art. 51). Split into two groups, "sued directly without reconsideration" and "sued after reconsideration", counted separately; no case is counted twice.',
    articles: [51],
    practice: false,
  },
  't4.group.lit_direct': {
    title: `${LIT} › 未经复议直接起诉`,
    zh: '当事人没有申请行政复议，直接起诉本机关的案件（《行政诉讼法》第二十六条第一款）。',
    en: 'Cases in which the party sued the agency directly without applying for administrative reconsideration (Administrative Litigation Law Art. 26, para. 1).',
    articles: [],
    practice: false,
  },
  't4.group.lit_after': {
    title: `${LIT} › 复议后起诉`,
    zh: '当事人先申请行政复议，对复议结果不服再起诉的案件。复议机关维持原行为的，原机关与复议机关是共同被告（《行政诉讼法》第二十六条第二款），本机关应当计入。',
    en: 'Cases in which the party first applied for reconsideration and sued after being dissatisfied with its outcome. If the reconsideration body upheld the original act, the original agency and the reconsideration body are co-defendants (Administrative Litigation Law Art. 26, para. 2), and the agency must count the case.',
    articles: [],
    practice: false,
  },
  't4.lit.upheld': {
    title: `${LIT} › 结果维持`,
    zh: '法院判决驳回原告诉讼请求、本机关行为得到支持的案件（《行政诉讼法》第六十九条）。现行行政诉讼法没有“维持判决”，实践中把驳回诉讼请求计入本栏。',
    en: 'Cases in which the court dismissed the plaintiff\'s claims and the agency\'s act was sustained (Administrative Litigation Law Art. 69). The current Administrative Litigation Law has no "judgment upholding the act"; in practice, dismissals of the claims are counted here.',
    articles: [],
    practice: true,
  },
  't4.lit.corrected': {
    title: `${LIT} › 结果纠正`,
    zh: '法院判决撤销或部分撤销、责令履行（如重新答复）、确认违法、变更等，认定本机关行为有错误的案件（《行政诉讼法》第七十条、第七十二条、第七十四条、第七十七条）。',
    en: 'Cases in which the court revoked the act in whole or in part, ordered performance (e.g. a new reply), confirmed it unlawful, varied it, etc., finding the agency\'s act wrong (Administrative Litigation Law Arts. 70, 72, 74, 77).',
    articles: [],
    practice: false,
  },
  't4.lit.other': {
    title: `${LIT} › 其他结果`,
    zh: '以判决以外的方式结案的，例如裁定驳回起诉、准予撤诉、终结诉讼等（《行政诉讼法》第六十二条等）。',
    en: 'Cases closed other than by judgment, e.g. a ruling dismissing the suit, permission to withdraw, or termination of proceedings (Administrative Litigation Law Art. 62, etc.).',
    articles: [],
    practice: false,
  },
  't4.lit.pending': {
    title: `${LIT} › 尚未审结`,
    zh: '截至本年12月31日尚未结案的案件。一审判决后上诉、二审尚未结束的，一般也计入本栏。',
    en: 'Cases not yet closed by 31 December of the year. Cases appealed after the first-instance judgment whose second instance has not ended are usually also counted here.',
    articles: [],
    practice: true,
  },
  't4.lit.total': {
    title: `${LIT} › 总计`,
    zh: '本组案件合计＝结果维持＋结果纠正＋其他结果＋尚未审结。',
    en: 'Total cases of this group = upheld + corrected + other result + pending.',
    articles: [],
    practice: false,
  },
} satisfies Record<string, HoverDoc>);

export const HOVER_KEYS: readonly string[] = Object.keys(HOVERS);
