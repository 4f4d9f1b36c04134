/** Hover texts of table 二 (spec §4.2). */
import { type HoverDoc } from './types';

export const TABLE2_HOVERS: Record<string, HoverDoc> = {
  // ── Table 二 (spec §4.2) ──────────────────────────────────────────────────────────────
  't2.g1': {
    title: '第二十条第（一）项',
    'zh-CN': '条例第二十条第（一）项要求主动公开行政法规、规章和规范性文件。本组只统计本机关制定的规章和行政规范性文件；行政法规由国务院制定，不在本表填写。',
    en: 'Art. 20(1) requires proactive disclosure of administrative regulations, rules and normative documents. This group counts only the rules and administrative normative documents made by the agency itself; administrative regulations are made by the State Council and are not entered here.',
    articles: [20],
    practice: false,
  },
  't2.g5': {
    title: '第二十条第（五）项',
    'zh-CN': '条例第二十条第（五）项要求主动公开办理行政许可和其他对外管理服务事项的依据、条件、程序及办理结果。2021年版格式只统计行政许可处理决定的数量。',
    en: 'Art. 20(5) requires proactive disclosure of the basis, conditions, procedures and results of administrative licensing and other external administrative services. The 2021 format counts only the number of administrative licensing decisions.',
    articles: [20],
    practice: false,
  },
  't2.g6': {
    title: '第二十条第（六）项',
    'zh-CN': '条例第二十条第（六）项要求主动公开实施行政处罚、行政强制的依据、条件、程序，以及本机关认为具有一定社会影响的行政处罚决定。本组统计本年作出的处罚、强制决定数量。',
    en: 'Art. 20(6) requires proactive disclosure of the basis, conditions and procedures for administrative penalties and administrative coercion, and of penalty decisions the agency considers to have some public impact. This group counts the penalty and coercion decisions made this year.',
    articles: [20],
    practice: false,
  },
  't2.g8': {
    title: '第二十条第（八）项',
    'zh-CN': '条例第二十条第（八）项要求主动公开行政事业性收费项目及其依据、标准。本组统计本机关本年度收取的行政事业性收费金额。',
    en: 'Art. 20(8) requires proactive disclosure of administrative and public-institution fee items, their basis and rates. This group reports the amount of such fees the agency collected this year.',
    articles: [20],
    practice: false,
  },
  't2.col.content': {
    title: '信息内容',
    // The spec gives only the first sentence (12 characters); the second names what the column holds.
    'zh-CN': '统计对象的名称，不填数字。本列依次列出规章、行政规范性文件、行政许可、行政处罚、行政强制和行政事业性收费，数字填在右侧各列。',
    en: 'The name of what is counted; no numbers go here. The column lists rules, administrative normative documents, administrative licensing, administrative penalties, administrative coercion and administrative fees; the numbers go in the columns to the right.',
    articles: [],
    practice: false,
  },
  't2.col.issued': {
    title: '本年制发件数',
    'zh-CN': '本年度内本机关新制定并印发或公布的件数，以印发或公布日期落在本年度为准。多个机关联合发文的，一般由牵头机关统计；修改后重新公布的是否计入，各地口径不一，建议与规范性文件备案统计保持一致。',
    en: 'The number of documents the agency newly made and issued or published this year, judged by an issue or publication date within the year. Joint documents of several agencies are usually counted by the lead agency; whether a document republished after amendment counts varies by locality, so keep it consistent with the normative-document filing statistics.',
    articles: [],
    practice: true,
  },
  't2.col.repealed': {
    title: '本年废止件数',
    'zh-CN': '本年度内本机关宣布废止或宣布失效的件数，应与本年规章、规范性文件清理结果一致。有效期届满自然失效的是否计入，各地口径不一。',
    en: 'The number of documents the agency declared repealed or invalid this year; it should match this year\'s clean-up results for rules and normative documents. Whether documents that simply expired are counted varies by locality.',
    articles: [],
    practice: true,
  },
  't2.col.valid': {
    title: '现行有效件数',
    'zh-CN': '截至本年12月31日，本机关制定且仍然有效的总件数，是累计存量，不是本年新增。一般应满足：本年现行有效≈上年现行有效＋本年制发－本年废止。',
    en: 'The total number of documents made by the agency that are still in force on 31 December of the year: a cumulative stock, not this year\'s additions. Normally: in force this year ≈ in force last year + issued this year − repealed this year.',
    articles: [],
    practice: false,
  },
  't2.col.decisions': {
    title: '本年处理决定数量（行政处罚／行政强制）',
    'zh-CN': '本年度内本机关作出的决定件数，以决定书为单位。是否包含当场作出的简易程序处罚，各地口径不一，应与本机关执法统计一致。',
    en: 'The number of decisions the agency made this year, counted by decision document. Whether on-the-spot summary-procedure penalties are included varies by locality; keep it consistent with the agency\'s enforcement statistics.',
    articles: [],
    practice: true,
  },
  't2.col.decisions.license': {
    title: '本年处理决定数量（行政许可）',
    'zh-CN': '本年度内本机关作出的行政许可决定件数，准予和不予许可都计入。统计的是决定数，不是受理数，也不是许可事项的目录数。',
    en: 'The number of administrative licensing decisions the agency made this year, counting both grants and refusals. It counts decisions, not applications accepted, nor the number of licensing items in the catalogue.',
    articles: [],
    practice: true,
  },
  't2.col.amount_wan': {
    title: '本年收费金额（单位：万元）',
    'zh-CN': '本年度内本机关收取的行政事业性收费总额，单位是“万元”，可以保留小数，例如36500元填3.65。没有收费项目的填0，不要填成以“元”为单位的数字。',
    en: 'The total administrative fees the agency collected this year, in units of 10,000 yuan (wan yuan); decimals are allowed, e.g. 36,500 yuan is entered as 3.65. Enter 0 if there are no fee items; do not enter the amount in yuan.',
    articles: [],
    practice: false,
  },
  't2.row.regulation': {
    title: '第二十条第（一）项 › 规章',
    'zh-CN': '依照《立法法》制定的规章。只有国务院部门和省、自治区、直辖市、设区的市、自治州人民政府有规章制定权（《立法法》第九十一条、第九十三条），县级及以下政府、街道、乡镇和地方政府工作部门一般填0。',
    en: 'Rules made under the Legislation Law. Only State Council departments and the people\'s governments of provinces, autonomous regions, municipalities, districted cities and autonomous prefectures may make rules (Legislation Law Arts. 91, 93); county-level and lower governments, sub-districts, townships and local government departments normally enter 0.',
    articles: [],
    practice: false,
  },
  't2.row.normative': {
    title: '第二十条第（一）项 › 行政规范性文件',
    'zh-CN': '除行政法规和规章以外，行政机关或经授权组织依照法定权限和程序制定并公开发布，涉及公民、法人和其他组织权利义务，具有普遍约束力，在一定期限内反复适用的公文（国办发〔2018〕37号的定义）。内部工作制度、人事任免、请示报告等不算。',
    en: 'Official documents, other than administrative regulations and rules, that an administrative body or authorised organisation makes and publishes within its statutory powers and procedures, that affect the rights and obligations of citizens, legal persons and other organisations, are generally binding, and apply repeatedly for a period (definition in Guobanfa [2018] No. 37). Internal work rules, personnel appointments, requests for instructions and reports do not count.',
    articles: [],
    practice: false,
  },
  't2.row.license': {
    title: '第二十条第（五）项 › 行政许可',
    'zh-CN': '行政机关根据申请、经依法审查，准予申请人从事特定活动的行为（《行政许可法》第二条）。没有许可权的机关填0；经依法赋权、以本机关名义作出的决定应计入。',
    en: 'An act by which an administrative body, on application and after lawful review, permits the applicant to engage in a specific activity (Administrative Licensing Law Art. 2). Agencies without licensing powers enter 0; decisions made in the agency\'s own name under lawfully delegated powers are counted.',
    articles: [],
    practice: false,
  },
  't2.row.penalty': {
    title: '第二十条第（六）项 › 行政处罚',
    'zh-CN': '对违反行政管理秩序的公民、法人或其他组织，以减损权益或增加义务的方式予以惩戒的行为（《行政处罚法》第二条），如警告、罚款、没收违法所得、吊销许可证件等。填本年作出的处罚决定数。',
    en: 'Punishment of citizens, legal persons or other organisations that breach administrative order, by reducing their rights or adding obligations (Administrative Penalty Law Art. 2), e.g. warnings, fines, confiscation of illegal gains, revocation of licences. Enter the number of penalty decisions made this year.',
    articles: [],
    practice: false,
  },
  't2.row.coercion': {
    title: '第二十条第（六）项 › 行政强制',
    'zh-CN': '依照《行政强制法》实施的行政强制措施（如查封、扣押、冻结）和行政强制执行。填本年作出的行政强制决定数。',
    en: 'Administrative compulsory measures (e.g. sealing up, seizure, freezing) and administrative compulsory enforcement under the Administrative Coercion Law. Enter the number of coercion decisions made this year.',
    articles: [],
    practice: false,
  },
  't2.row.fee': {
    title: '第二十条第（八）项 › 行政事业性收费',
    'zh-CN': '依照法律法规并经批准，在实施社会公共管理或提供特定公共服务时向特定对象收取的费用，以收费目录清单为准。依申请公开收取的信息处理费建议不计入本栏，在第六部分单独说明。',
    en: 'Fees charged to specific parties, under laws and regulations and with approval, in the course of public administration or providing specific public services, as listed in the fee catalogue. Information-processing fees for disclosure on request are best left out of this cell and reported separately in Part 6.',
    articles: [],
    practice: true,
  },

};
