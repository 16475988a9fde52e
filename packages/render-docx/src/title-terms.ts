/**
 * What keeps the words of a 公文 title whole when it is broken into lines (GB/T 9704-2012 §7.3.1:
 * 回行时要做到词意完整). The platform's word segmenter (`Intl.Segmenter`, ICU's dictionary) knows
 * common words but splits the names of organs and the names of documents: `委员|会`, `办公|室`,
 * `开发|区`, `青|溪|县`. These lists put them back together; they are data, extended here only.
 */

/**
 * Terms a line never breaks inside: the suffixes of organs and zones, and the names of the
 * documents a title announces. Longer terms come first where one contains another; every
 * occurrence in a title is kept whole.
 */
export const TITLE_TERMS: readonly string[] = [
  // Organs and their offices
  "常务委员会",
  "管理委员会",
  "工作委员会",
  "委员会",
  "管委会",
  "办公室",
  "办事处",
  "领导小组",
  "工作专班",
  "指挥部",
  "人民政府",
  "人民代表大会",
  "政治协商会议",
  "人民法院",
  "人民检察院",
  "监督管理局",
  "管理局",
  "服务中心",
  "事务中心",
  "机构编制",
  "国有资产",
  "监督管理",
  // Zones
  "高新技术产业开发区",
  "经济技术开发区",
  "经济开发区",
  "开发区",
  "高新区",
  "工业园区",
  "产业园区",
  "示范区",
  "试验区",
  // The documents a title names
  "工作总结",
  "工作思路",
  "工作要点",
  "工作计划",
  "工作安排",
  "工作打算",
  "工作情况",
  "工作报告",
  "实施方案",
  "实施意见",
];

/**
 * Single characters that end the name of an organ or a place (`青溪县`, `改革局`, `县委`): the
 * segmenter leaves them alone, and they join the word before them.
 */
export const NAME_SUFFIXES = "局委办厅处科室会院所站队区县市省州盟旗镇乡村部署";

/** Words that join others and may stand at the end or the start of a line: 和, 与, 及, 暨. */
export const CONNECTIVES = "和与及暨";

/** Particles that never start a line: they join the word before them (`情况的`). */
export const TRAILING_PARTICLES = "的之";
