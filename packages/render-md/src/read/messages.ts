import type { Locale } from "@gongwen/schema";

/** The problems the Markdown reader finds itself, before the model's checks. */
export type ReaderRule =
  | "heading_too_deep"
  | "heading_skipped"
  | "title_misplaced"
  | "heading_in_container"
  | "nesting_too_deep"
  | "document_too_deep"
  | "indent_too_deep"
  | "line_nesting_too_deep"
  | "too_many_cells"
  | "too_many_marks"
  | "too_many_marks_in_document"
  | "table_outside_section"
  | "extra_part"
  | "title_conflict"
  | "front_matter_not_mapping"
  | "front_matter_unreadable"
  | "unsupported_code"
  | "unsupported_html"
  | "unsupported_image"
  | "unsupported_footnote"
  | "unsupported_definition";

type Params = Record<string, string | number>;

const hashes = (depth: unknown) => "#".repeat(Number(depth));

const MESSAGES: Record<ReaderRule, Record<Locale, (p: Params) => string>> = {
  heading_too_deep: {
    zh: (p) =>
      `标题层级过深：正文最多用到五级标题“#####”（编号“（1）”），这里是“${hashes(p.depth)}”。更细的内容请改用“一是、二是”举措。`,
    en: (p) =>
      `heading too deep: a report goes down to "#####" (numbered (1)); this is "${hashes(p.depth)}". Use run-in initiatives instead.`,
  },
  heading_skipped: {
    zh: (p) => `标题跳级：“${hashes(p.depth)}”前面缺少“${hashes(p.expected)}”级标题。`,
    en: (p) => `heading skips a level: "${hashes(p.depth)}" needs a "${hashes(p.expected)}" heading before it.`,
  },
  title_misplaced: {
    zh: () => "“# ”是文件标题，只能写一个，且要放在正文最前面（front matter 之后）；小节标题请用“## ”及以下。",
    en: () =>
      'a "# " heading is the title: there is one, before everything else but the front matter; sections use "## " and below.',
  },
  heading_in_container: {
    zh: () => "列表或引用（“>”）里不能写标题，请把标题移到外面。",
    en: () => "a heading cannot stand inside a list or block quote.",
  },
  nesting_too_deep: {
    zh: (p) => `列表或引用（“>”）嵌套过深（超过 ${p.limit} 层），无法读取，请减少嵌套。`,
    en: (p) => `lists or block quotes are nested too deep (more than ${p.limit} levels) to be read.`,
  },
  document_too_deep: {
    zh: () => "文档嵌套过深（成千上万层的列表、引用或“*”标记），无法读取，请检查文件是否完整、正确。",
    en: () => "the document nests too deep (thousands of lists, quotes or `*` marks) to be read; check the file.",
  },
  indent_too_deep: {
    zh: (p) => `这一行缩进超过 ${p.limit} 格，报告用不到这么深的缩进，请检查文件是否正确。`,
    en: (p) => `this line is indented more than ${p.limit} columns; no report needs that; check the file.`,
  },
  line_nesting_too_deep: {
    zh: (p) => `这一行开头的列表或引用标记（“-”“>”“1.”）超过 ${p.limit} 层，无法读取，请减少嵌套。`,
    en: (p) => `this line opens more than ${p.limit} nested lists or quotes ("-", ">", "1."); nest less.`,
  },
  too_many_cells: {
    zh: (p) => `这一行的“|”超过 ${p.limit} 个：表格列数太多，报告用不到，请检查文件是否正确。`,
    en: (p) => `this line holds more than ${p.limit} "|": too many table columns for a report; check the file.`,
  },
  too_many_marks: {
    zh: (p) =>
      `这一段（或这一行表格）的“*”“_”“[”“]”“<”“\`”等标记超过 ${p.limit} 个，无法读取：请检查是否多了标记，或把段落分开。`,
    en: (p) =>
      `this paragraph (or table row) holds more than ${p.limit} marks such as *, _, [, ], <, \`; check for stray marks or split the paragraph.`,
  },
  too_many_marks_in_document: {
    zh: (p) => `全文的“*”“_”“[”“]”“<”“\`”等标记超过 ${p.limit} 个，无法读取，请检查文件是否正确。`,
    en: (p) => `the document holds more than ${p.limit} marks such as *, _, [, ], <, \`; check the file.`,
  },
  table_outside_section: {
    zh: () => "表格只能放在小节里：开头段和结尾段只能是文字段落。",
    en: () => "a table must stand in a section: the opening and closing hold paragraphs only.",
  },
  extra_part: {
    zh: (p) =>
      `文种为 summary-and-plan（工作总结和工作思路）时，正文只有两个“## ”标题（一、××年工作总结 和 二、××年工作思路），这是第 ${p.count} 个。主题小节请用“### ”。`,
    en: (p) =>
      `a summary-and-plan report has two "## " headings (the summary and the plan); this is number ${p.count}. Themes go under "### ".`,
  },
  title_conflict: {
    zh: () => "front matter 里的 title 与“# ”标题不一致：标题只写在“# ”一处即可，请删除 front matter 里的 title。",
    en: () =>
      'the front matter title differs from the "# " heading; keep the heading and remove the front matter title.',
  },
  front_matter_not_mapping: {
    zh: () => "front matter（开头两行“---”之间）应是一组字段，每行一个，如“org: 青溪县卫生健康局”。",
    en: () => 'the front matter (between the two "---" lines) must be a mapping of fields, such as "org: 青溪县".',
  },
  front_matter_unreadable: {
    zh: (p) => `front matter 无法读取：${p.detail}`,
    en: (p) => `the front matter cannot be read: ${p.detail}`,
  },
  unsupported_code: {
    zh: () => "报告里不能有代码块（缩进四格或“```”围起的文字）：请改为普通段落（顶格书写），或删除。",
    en: () => "a report holds no code blocks (indented or fenced text): write a plain paragraph or remove it.",
  },
  unsupported_html: {
    zh: () => "报告里不能有 HTML 标记：请改为普通文字，或删除。",
    en: () => "a report holds no HTML: write plain text or remove it.",
  },
  unsupported_image: {
    zh: () => "报告里不能插入图片：请删除（需要时作为附件另行报送）。",
    en: () => "a report holds no images: remove it (send it as an attachment if needed).",
  },
  unsupported_footnote: {
    zh: () => "报告里不能有脚注：请把脚注内容写进正文，或删除。",
    en: () => "a report holds no footnotes: move the note into the text or remove it.",
  },
  unsupported_definition: {
    zh: () => "报告里不能有链接定义（“[名称]: 地址”）：请删除这一行。",
    en: () => 'a report holds no link definitions ("[name]: url"): remove the line.',
  },
};

/** The message of a reader rule in the given language. */
export function readerMessage(rule: ReaderRule, locale: Locale, params: Params = {}): string {
  return MESSAGES[rule][locale](params);
}
