import type { Locale } from "@gongwen/schema";

type Params = Record<string, string | number>;
type Message = { zh: (p: Params) => string; en: (p: Params) => string };

const cut = (text: unknown, n = 16): string => {
  const s = String(text ?? "");
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

/** The warnings and errors of an import, by code, in Chinese and English. */
const MESSAGES: Record<string, Message> = {
  title_guessed: {
    zh: (p) => `没有找到“××局××年工作总结……”式的标题，把第一行“${cut(p.text, 30)}”当作标题，请核对。`,
    en: (p) => `no title of the form “…年工作总结…” was found; took the first line “${cut(p.text, 30)}” as the title.`,
  },
  org_from_publisher: {
    zh: (p) => `标题和落款都没有写发文机关，用网页的发布机构“${p.org}”作为发文机关，请核对。`,
    en: (p) => `neither the title nor the signature names the organ; took the portal's 发布机构 “${p.org}”.`,
  },
  org_from_letterhead: {
    zh: (p) => `标题和落款都没有写发文机关，用版头的“${p.org}”作为发文机关，请核对。`,
    en: (p) => `neither the title nor the signature names the organ; took “${p.org}” from the letterhead.`,
  },
  org_placeholder: {
    zh: (p) => `原文没有写发文机关（标题、落款、发布机构都没有），先填“${p.org}”，请改为实际的机关名称。`,
    en: (p) =>
      `the text names no organ (no title, signature or 发布机构 gives one); filled in “${p.org}”: put the organ's name.`,
  },
  year_from_date: {
    zh: (p) => `标题和正文都没有写年度，按成文日期 ${p.date} 推定为 ${p.year} 年，请核对。`,
    en: (p) => `neither the title nor the body gives the year; took ${p.year} from the date ${p.date}.`,
  },
  date_from_today: {
    zh: (p) =>
      `原文没有成文日期（落款、文件信息、网页发布日期都没有），先填今天的日期 ${p.date}，请改为实际日期（或导入时加 --date）。`,
    en: (p) =>
      `the text has no date (no signed date, 成文日期 or publish date); filled in today, ${p.date}: put the real date (or import with --date).`,
  },
  not_text: {
    zh: () => "这个文件不是文本（不是 UTF-8、UTF-16 或 GB18030/GBK 编码的文字）：Word 文件请存为 .docx 再导入。",
    en: () => "this file is no text (not UTF-8, UTF-16 or GB18030/GBK): save a Word file as .docx and import that.",
  },
  encoding_used: {
    zh: (p) => `文件按 ${p.encoding} 编码读取。`,
    en: (p) => `the file was read as ${p.encoding}.`,
  },
  run_in_split: {
    zh: () => "这一段接排的几项举措（一是……；二是……）与单独成段的举措混在同一节里，已拆成各自一段，请核对。",
    en: () =>
      "this paragraph's run-in initiatives (一是……；二是……) share a section with separate ones; each now has its own paragraph.",
  },
  list_numbers: {
    zh: (p) => `${p.count} 个段落的编号是 Word 的自动编号，已按编号定义还原（如“一、”“（一）”）后识别层级。`,
    en: (p) =>
      `${p.count} paragraph(s) carry Word's automatic numbering; their numbers were rebuilt and read as typed.`,
  },
  lines_joined: {
    zh: (p) =>
      `这份文字像是从 PDF 或窄网页复制的（常见行长 ${p.width} 字），已把 ${p.count} 个断行接回所在段落，请核对分段。`,
    en: (p) =>
      `the text reads as copied from a PDF or a narrow page (lines of about ${p.width} characters); ${p.count} broken line(s) were joined back into their paragraphs.`,
  },
  no_body: {
    zh: () => "只找到标题和文件信息，没有正文：请把报告的正文一起复制进来再导入。",
    en: () => "only a title and metadata were found, no body text: copy the report's body too and import again.",
  },
  date_from_portal: {
    zh: (p) => `没有落款日期和“成文日期”，用网页的发布日期 ${p.date} 作为成文日期，请核对。`,
    en: (p) => `no signed date and no 成文日期; used the portal's publish date ${p.date} as the document date.`,
  },
  date_conflict: {
    zh: (p) => `落款日期 ${p.signed} 与信息公开的成文日期 ${p.listed} 不一致，采用落款日期。`,
    en: (p) => `the signed date ${p.signed} differs from the listed 成文日期 ${p.listed}; kept the signed date.`,
  },
  bad_date: {
    zh: (p) => `“${cut(p.text)}”不是有效日期，已忽略。`,
    en: (p) => `“${cut(p.text)}” is not a valid date; ignored.`,
  },
  openness_unknown: {
    zh: (p) => `公开方式“${cut(p.text)}”不是“主动公开”“依申请公开”“不予公开”之一，已忽略。`,
    en: (p) => `公开方式 “${cut(p.text)}” is none of 主动公开, 依申请公开, 不予公开; ignored.`,
  },
  plan_name_unknown: {
    zh: (p) =>
      `标题中的“${p.name}”不是常用的计划称谓（工作思路、工作计划、工作安排、工作要点、工作打算），已保留原标题。`,
    en: (p) => `“${p.name}” in the title is not a usual plan name; the title is kept as written.`,
  },
  kind_changed: {
    zh: (p) =>
      `标题是“工作总结和工作思路”，但正文有 ${p.count} 个一级标题（应为“一、总结”“二、思路”两部分），已按“只有工作总结”（kind: summary）导入，标题保持原样。`,
    en: (p) =>
      `the title says summary and plan, but the body has ${p.count} level-1 heading(s) (two parts expected); imported as kind: summary, title kept.`,
  },
  kind_from_body: {
    zh: () => "标题不是常见格式，按正文的“一、××年工作总结”“二、××年工作思路”两部分识别为工作总结和工作思路。",
    en: () => "the title is unusual; the body's two parts (summary and plan) made it a summary-and-plan report.",
  },
  heading_text_split: {
    zh: (p) => `标题“${cut(p.title)}”后面同一行的文字已拆为下一段正文，请核对。`,
    en: (p) => `the text after the heading “${cut(p.title)}” on the same line became the next paragraph.`,
  },
  level_guessed: {
    zh: (p) => `“${cut(p.label)}”按位置判断为第 ${p.level} 级标题（输出时会重新编号为“${p.numbered}”），请核对。`,
    en: (p) =>
      `“${cut(p.label)}” was taken as a level-${p.level} heading by its place (renumbered “${p.numbered}” on output).`,
  },
  numbering_skipped: {
    zh: (p) => `编号“${p.label}”不连续（此处应为第 ${p.expected} 项），输出时会重新编号，请核对是否漏了内容。`,
    en: (p) =>
      `the number “${p.label}” breaks the sequence (item ${p.expected} expected here); it is renumbered on output.`,
  },
  numbering_restarted: {
    zh: (p) => `本节的举措从“${p.label}”重新编号，输出时会接着上文连续编号，请核对。`,
    en: (p) =>
      `the initiatives restart at “${p.label}” in this section; on output they are numbered on from the ones above.`,
  },
  mixed_styles: {
    zh: (p) => `本节的举措混用了“${p.first}”和“${p.label}”两种编号，输出时统一为“${p.first}”式。`,
    en: (p) =>
      `this section mixes “${p.first}” and “${p.label}” numbering; output uses the “${p.first}” style throughout.`,
  },
  label_as_text: {
    zh: (p) => `“${cut(p.text)}”开头的“${p.label}”不在编号次序中，当作正文保留，请核对。`,
    en: (p) => `“${p.label}” at the start of “${cut(p.text)}” is out of sequence; kept as body text.`,
  },
  line_joined: {
    zh: (p) => `上一段没有以句号结束，且“${p.label}”不在编号次序中，本行已接到上一段末尾，请核对。`,
    en: (p) =>
      `the previous paragraph has no full stop and “${p.label}” is out of sequence; this line was joined to it.`,
  },
  item_after_unfinished_sentence: {
    zh: (p) => `上一段没有以句号结束，仍把“${p.label}”当作新的一项，请核对。`,
    en: (p) => `the previous paragraph has no full stop; “${p.label}” was still taken as a new item.`,
  },
  lead_not_found: {
    zh: (p) =>
      `“${p.label}”这一项的第一句“${cut(p.text, 20)}”不像主题句（太长或含数字、分号），没有拆出加粗的主题句，请核对。`,
    en: (p) =>
      `the first sentence of item “${p.label}” (“${cut(p.text, 20)}”) does not read as a lead; no bold lead was split off.`,
  },
  lead_without_full_stop: {
    zh: (p) => `“${p.label}”这一项只有一句没有句号的话“${cut(p.text, 20)}”，已作为主题句，请补上句号。`,
    en: (p) => `item “${p.label}” is one phrase without a full stop (“${cut(p.text, 20)}”); taken as its lead.`,
  },
  closing_guessed: {
    zh: (p) => `最后一项举措之后的“${cut(p.text)}”当作结尾段（closing），请核对。`,
    en: (p) => `“${cut(p.text)}” after the last initiative was taken as the closing paragraph.`,
  },
  too_deep: {
    zh: (p) => `“${cut(p.text)}”已是第五级标题，报告最多四级（一、（一）1.（1）），当作正文保留。`,
    en: (p) => `“${cut(p.text)}” would be a fifth heading level; reports have four at most, so it stays body text.`,
  },
  section_added: {
    zh: (p) => `正文没有一级标题，已加上一级标题“${p.title}”把全部内容放在其下，请核对。`,
    en: (p) => `the body has no level-1 heading; added “${p.title}” to hold it.`,
  },
  opening_item: {
    zh: (p) => `第一个一级标题之前的“${cut(p.text)}”放入开头段（opening），请核对。`,
    en: (p) => `“${cut(p.text)}” before the first level-1 heading went into the opening.`,
  },
  table_padded: {
    zh: (p) => `表格第 ${p.row} 行有 ${p.cells} 格，表头有 ${p.columns} 列，已补齐或合并，请核对。`,
    en: (p) => `table row ${p.row} has ${p.cells} cell(s) for ${p.columns} column(s); it was padded or merged.`,
  },
  before_title: {
    zh: (p) => `标题之前的“${cut(p.text)}”不是报告内容，已移除。`,
    en: (p) => `“${cut(p.text)}” before the title is not part of the report; removed.`,
  },
  markdown_fallback: {
    zh: (p) => `这份 Markdown 不完全符合 gongwen 的格式（${cut(p.reason, 40)}），已按一般文本的规则导入。`,
    en: (p) => `this Markdown does not follow the gongwen dialect (${cut(p.reason, 40)}); imported by the text rules.`,
  },
  docx_unreadable: {
    zh: (p) =>
      `无法读取这个 DOCX 文件（${cut(p.reason, 60)}）：请确认它是 Word 2007 以后的 .docx 文件，而不是 .doc 或 .wps。`,
    en: (p) => `cannot read this DOCX file (${cut(p.reason, 60)}): is it a Word 2007+ .docx, not a .doc or .wps?`,
  },
  docx_too_large: {
    zh: (p) =>
      p.what === "entries"
        ? `这个 DOCX 文件包含的部件超过 ${p.limit} 个，不像一份报告，没有读取。`
        : p.what === "part"
          ? `这个 DOCX 文件的部件 ${p.name} 解压后超过 ${p.limit}，不像一份报告（可能是“压缩炸弹”），没有读取。`
          : `这个 DOCX 文件解压后超过 ${p.limit}，不像一份报告（可能是“压缩炸弹”），没有读取。`,
    en: (p) =>
      p.what === "entries"
        ? `this DOCX holds more than ${p.limit} parts; that is no report, so it was not read.`
        : p.what === "part"
          ? `the part ${p.name} of this DOCX inflates beyond ${p.limit}; that is no report (perhaps a zip bomb), so it was not read.`
          : `this DOCX inflates beyond ${p.limit}; that is no report (perhaps a zip bomb), so it was not read.`,
  },
  too_many_lines: {
    zh: (p) => `这份文本分出的段落超过 ${p.limit} 个，不像一份报告，没有导入。`,
    en: (p) => `this text breaks into more than ${p.limit} paragraphs; that is no report, so it was not imported.`,
  },
  empty_input: {
    zh: () => "输入是空的：没有可导入的内容。",
    en: () => "the input is empty: nothing to import.",
  },
  front_matter: {
    zh: (p) => `Markdown 开头的 YAML 信息有误（${cut(p.reason, 40)}），已忽略。`,
    en: (p) => `the YAML front matter is wrong (${cut(p.reason, 40)}); ignored.`,
  },
};

/** The message of a warning or error code in a locale. */
export function importMessage(code: string, params: Params, locale: Locale): string {
  const message = MESSAGES[code];
  if (!message) return code;
  return message[locale](params);
}
