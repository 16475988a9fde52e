/**
 * The styles a report may use. Built-in styles keep Word's ids and names (Word identifies them
 * by name, so the navigation pane, outline levels and a table of contents work, and Word shows
 * them in its own language); the others have Chinese names a clerk recognises.
 */
export const STYLES = {
  normal: { id: "Normal", name: "Normal" },
  title: { id: "Title", name: "Title" },
  heading1: { id: "Heading1", name: "heading 1" },
  heading2: { id: "Heading2", name: "heading 2" },
  heading3: { id: "Heading3", name: "heading 3" },
  heading4: { id: "Heading4", name: "heading 4" },
  salutation: { id: "Salutation", name: "Salutation" },
  signature: { id: "Signature", name: "Signature" },
  date: { id: "Date", name: "Date" },
  caption: { id: "Caption", name: "caption" },
  footer: { id: "Footer", name: "footer" },
  tableText: { id: "TableText", name: "表格文字", custom: true },
  tableHeader: { id: "TableHeader", name: "表头文字", custom: true },
  closing: { id: "Closing", name: "结尾段", custom: true },
  attachment: { id: "Attachment", name: "附件说明", custom: true },
  colophon: { id: "Colophon", name: "版记", custom: true },
  letterheadName: { id: "LetterheadName", name: "发文机关标志", custom: true },
  docNumber: { id: "DocNumber", name: "发文字号", custom: true },
  runInLead: { id: "RunInLead", name: "举措主题句", custom: true },
  heading3RunIn: { id: "Heading3RunIn", name: "三级标题（接排）", custom: true },
  heading4RunIn: { id: "Heading4RunIn", name: "四级标题（接排）", custom: true },
} as const;

/** The key of a style in STYLES. */
export type StyleKey = keyof typeof STYLES;

/** The id of one of the report's styles. */
export type StyleId = (typeof STYLES)[StyleKey]["id"];
