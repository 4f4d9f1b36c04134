/** Hover texts of the six sections and the five sub-items of 一、总体情况 (spec §4.1). */
import { type HoverDoc, S1, span } from './types';

export const SECTIONS_HOVERS: Record<string, HoverDoc> = {
  // ── Sections (spec §4.1) ─────────────────────────────────────────────────────────────
  'section.一': {
    title: S1,
    'zh-CN': '综述本机关本年度落实《政府信息公开条例》的整体情况，按主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面写。各级人民政府还要在“监督保障”中写明工作考核、社会评议和责任追究的结果（条例第五十条第（四）项）。格式要求内容“不能遗漏，也不宜泛化”，与政府信息公开无关的宣传、信息报送统计不宜写入。',
    en: 'An overview of how the agency implemented the Regulations on Open Government Information this year, under five headings: proactive disclosure, disclosure on request, government information management, disclosure platforms, and supervision and safeguards. People\'s governments at every level must also state, under supervision and safeguards, the results of performance assessment, public appraisal and accountability (Art. 50(4)). The format says the content must "leave nothing out and not be padded"; publicity or information-submission statistics unrelated to open government information do not belong here.',
    articles: [50],
    practice: false,
  },
  's1.1': {
    title: `${S1} › （一）主动公开`,
    'zh-CN': '概述本年主动公开工作的做法和总体情况，例如公开渠道、重点领域信息、解读回应等（条例第三章，第十九条至第二十六条）。这里的数字只作概述，法定统计数据以第二部分表格为准。',
    en: 'Summarise this year\'s proactive disclosure work and its overall picture, e.g. channels, information in key areas, policy interpretation and responses (Chapter 3, Arts. 19–26). Figures here are only a summary; the statutory statistics are those in the table of Part 2.',
    articles: span(19, 26),
    practice: false,
  },
  's1.2': {
    title: `${S1} › （二）依申请公开`,
    'zh-CN': '概述申请受理渠道、办理流程、办理质量和总体数量（条例第四章）。文中提到的收到、办结、结转件数应与第三部分表格一致。',
    en: 'Summarise the channels for receiving applications, the handling procedure, handling quality and overall numbers (Chapter 4). Any counts of applications received, concluded or carried over that the text mentions must agree with the table in Part 3.',
    // 条例第四章 依申请公开 = 第二十七条至第四十五条 (spec §1.3).
    articles: span(27, 45),
    practice: false,
  },
  's1.3': {
    title: `${S1} › （三）政府信息管理`,
    'zh-CN': '写公开属性认定、公开前审查（第十七条）、不予公开信息的定期评估和动态调整（第十八条）、规范性文件清理、历史信息管理等情况。',
    en: 'Describe how disclosure attributes are determined, pre-disclosure review (Art. 17), periodic assessment and dynamic adjustment of withheld information (Art. 18), clean-up of normative documents, management of historical information, and similar work.',
    articles: [17, 18],
    practice: false,
  },
  's1.4': {
    title: `${S1} › （四）政府信息公开平台建设`,
    'zh-CN': '写政府网站信息公开专栏和统一平台（第二十三条、第二十四条）、政府公报、政务新媒体，以及档案馆、图书馆、政务服务场所查阅点（第二十五条）的建设和运行情况。',
    en: 'Describe the building and operation of the government website\'s disclosure column and the unified platform (Arts. 23, 24), the government gazette, government new-media accounts, and the reading points in archives, libraries and government service centres (Art. 25).',
    articles: [23, 24, 25],
    practice: false,
  },
  's1.5': {
    title: `${S1} › （五）监督保障`,
    'zh-CN': '写工作机制、培训（第四十八条）、考核、评议、督查和责任追究（第四十六条、第四十七条）。人民政府的年报必须写明工作考核、社会评议、责任追究的结果（第五十条第（四）项）。',
    en: 'Describe working mechanisms, training (Art. 48), assessment, appraisal, inspection and accountability (Arts. 46, 47). A people\'s government\'s report must state the results of performance assessment, public appraisal and accountability (Art. 50(4)).',
    articles: [46, 47, 48, 50],
    practice: false,
  },
  'section.二': {
    title: '二、主动公开政府信息情况',
    'zh-CN': '用表格报告条例第二十条第（一）（五）（六）（八）项规定的几类信息的数量，统计期为本年1月1日至12月31日。本表不是全年主动公开信息的总条数；没有发生的填0。',
    en: 'A table reporting the numbers for the kinds of information in Art. 20 items (1), (5), (6) and (8), for the period 1 January to 31 December of the year. The table is not the total number of items proactively disclosed during the year; enter 0 where nothing happened.',
    articles: [20],
    practice: false,
  },
  'section.三': {
    title: '三、收到和处理政府信息公开申请情况',
    'zh-CN': '用表格报告本年新收、上年结转的申请及其办理结果，按申请人类型分列。每一列都要满足“第一项＋第二项＝第三项（七）总计＋第四项”（条例第五十条第（二）项）。',
    en: 'A table reporting applications newly received this year and carried over from last year, and their outcomes, broken down by type of applicant. Every column must satisfy "item 1 + item 2 = item 3 (7) total + item 4" (Art. 50(2)).',
    articles: [50],
    practice: false,
  },
  'section.四': {
    title: '四、政府信息公开行政复议、行政诉讼情况',
    'zh-CN': '用表格报告因本机关政府信息公开工作被申请行政复议、被提起行政诉讼的案件数量和结果（条例第五十条第（三）项、第五十一条）。没有发生的全部填0。',
    en: 'A table reporting the number and outcome of administrative reconsideration applications and administrative lawsuits brought over the agency\'s open government information work (Art. 50(3), Art. 51). If there were none, enter 0 throughout.',
    articles: [50, 51],
    practice: false,
  },
  'section.五': {
    title: '五、存在的主要问题及改进情况',
    'zh-CN': '如实写本年政府信息公开工作中存在的主要问题，以及已经采取或计划采取的改进措施（条例第五十条第（四）项）。通常还应说明上一年度年报所提问题的整改情况，避免与往年内容雷同。',
    en: 'State truthfully the main problems in this year\'s open government information work, and the improvements taken or planned (Art. 50(4)). Usually also report how the problems named in last year\'s report were remedied, and avoid repeating earlier years\' text.',
    articles: [50],
    // Spec §1.2 marks the follow-up on last year's problems as common practice (◐).
    practice: true,
  },
  'section.六': {
    title: '六、其他需要报告的事项',
    'zh-CN': '写需要报告的其他事项（条例第五十条第（五）项）。依据《政府信息公开信息处理费管理办法》收取信息处理费的情况在这里报告；没有其他事项的写“无”。',
    en: 'Report any other matters that need reporting (Art. 50(5)). Information-processing fees collected under the Measures on Information Processing Fees for Open Government Information are reported here; if there is nothing else, write "无" (none).',
    articles: [50],
    // Spec §1.2 marks "fees are reported in 六" as common practice (◐): the official text for 六 was not retrieved.
    practice: true,
  },

};
