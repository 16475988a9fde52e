/** A message in both languages of the project. */
export interface Bilingual {
  zh: string;
  en: string;
}

const both = (zh: string, en: string): Bilingual => ({ zh, en });

/** Shortens a text for a message: the first 20 characters, then `…`. */
function excerpt(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
}

/**
 * The messages of the YAML reader for the mistakes clerks make, each naming what was typed and
 * the fix (usually: put the whole text in quotes). Used by yaml-syntax.ts (syntax errors) and
 * yaml-lost-text.ts (text YAML would silently change).
 */
export const YAML_HINTS = {
  /** ` #` inside a text: the rest of the line is a YAML comment. */
  commentInText: (rest: string) =>
    both(
      `“ #”后面的“${excerpt(rest)}”是 YAML 注释，不会进入文档：要保留它，请给整段文字加上英文引号（如 text: "……#……"），或把“#”改为全角“＃”。`,
      `what follows " #" ("${excerpt(rest)}") is a YAML comment and is not in the document: to keep it, put the whole text in quotes, or write a full-width "＃".`,
    ),
  /** A value that starts with `#`: YAML reads all of it as a comment and the field as empty. */
  textIsComment: (rest: string) =>
    both(
      `这段文字以“#”开头，YAML 把“${excerpt(rest)}”整个当作注释，这一项成了空的：请给整段文字加上英文引号（如 - "#1号楼……"）。`,
      `this text starts with "#", so YAML reads "${excerpt(rest)}" as a comment and the item is empty: put the whole text in quotes.`,
    ),
  /** A value that starts with a YAML indicator. */
  indicatorStart: (mark: string) =>
    both(
      `这段文字以“${mark}”开头，“${mark}”在 YAML 里有特殊含义，文字会被读错或丢掉：请给整段文字加上英文引号（如 text: "${mark}……"）。`,
      `this text starts with "${mark}", which means something else in YAML, so the text would be misread or lost: put the whole text in quotes.`,
    ),
  /** `*name` with no anchor: a text that starts with `*`. */
  aliasStart: (name: string) =>
    both(
      `这段文字以“*”开头，YAML 把“*${excerpt(name)}”当作引用（别名），而文件里没有对应的锚点：请给整段文字加上英文引号（如 - "*${excerpt(name)}"）。`,
      `this text starts with "*", so YAML takes "*${excerpt(name)}" for an alias, and no anchor has that name: put the whole text in quotes.`,
    ),
  /** An unquoted `: ` inside a text. */
  colonInText: (key: string) =>
    both(
      `这段文字里有英文冒号加空格（“${excerpt(key)}: ”），YAML 把它当作“字段名: 值”：请给整段文字加上英文引号，或把冒号改为中文“：”。`,
      `this text holds a colon and a space ("${excerpt(key)}: "), which YAML reads as "key: value": put the whole text in quotes, or write a full-width "：".`,
    ),
  /** ASCII double or single quotes inside a text quoted with the same mark. */
  innerQuotes: (mark: string) =>
    both(
      `文字用英文引号 ${mark} 括起来，里面又有 ${mark}：YAML 在第二个 ${mark} 处就把文字结束了。请把文字里的引号改为中文引号“”‘’，或外层改用另一种英文引号。`,
      `the text is quoted with ${mark} and holds ${mark} itself, so YAML ends the text at the second ${mark}: use Chinese quotes “” inside, or the other ASCII quote outside.`,
    ),
  /** A quote that opens and never closes. */
  unclosedQuote: (mark: string) =>
    both(
      `这里的英文引号 ${mark} 没有配对的结束引号，后面的内容全被当成了这段文字：请在文字末尾补上 ${mark}，或删去开头的 ${mark}。`,
      `the quote ${mark} opened here is never closed, so everything after it is taken as this text: add the closing ${mark} at the end of the text, or remove the opening one.`,
    ),
  /** A duplicated key, named. */
  duplicateKey: (key: string) =>
    both(
      `字段名“${key}”在同一层出现了两次，后一个会被忽略：请删除或合并其中一个。`,
      `the key "${key}" appears twice at the same level: remove or merge one of them.`,
    ),
  /** `9,500` in a table row: the comma splits the cell. */
  thousandsComma: (cell: string) =>
    both(
      `“${cell}”里的英文逗号把它分成了两个单元格：请写成 "${cell}"（加英文引号）或 ${cell.replace(/,/g, "")}。`,
      `the comma in "${cell}" splits it into two cells: write "${cell}" (in quotes) or ${cell.replace(/,/g, "")}.`,
    ),
  /** An empty cell between two commas. */
  emptyCell: both(
    '表格的这一行有空单元格（两个逗号之间没有内容）：不适用的格请写 “—” 或 ""（英文引号）。',
    'this row has an empty cell (nothing between two commas): write "—" or "" for a cell that does not apply.',
  ),
  /** `-` alone in a table row. */
  dashCell: both(
    '表格单元格里单独的“-”在 YAML 里表示列表项：不适用的格请写 “—”，或加英文引号写 "-"。',
    'a lone "-" in a table row starts a list item in YAML: write "—", or "-" in quotes, for a cell that does not apply.',
  ),
  /** A tag (`!name`) before a text. */
  tagInText: (tag: string) =>
    both(
      `这段文字以“${tag}”开头，YAML 把它当作类型标记，“${tag}”不会进入文档：请给整段文字加上英文引号。`,
      `this text starts with "${tag}", which YAML takes for a tag and drops: put the whole text in quotes.`,
    ),
  /** An anchor (`&name`) before a text. */
  anchorInText: (anchor: string) =>
    both(
      `这段文字以“&${anchor}”开头，YAML 把它当作锚点，“&${anchor}”不会进入文档：请给整段文字加上英文引号。`,
      `this text starts with "&${anchor}", which YAML takes for an anchor and drops: put the whole text in quotes.`,
    ),
  /** `~` or `null` typed where a text belongs. */
  nullWord: (word: string) =>
    both(
      `“${word}”在 YAML 里表示“空”，这一项成了空的：要写这几个字符本身，请加英文引号（"${word}"）；不需要这一项时请删掉整行。`,
      `"${word}" means "nothing" in YAML, so this item is empty: quote it ("${word}") to keep the characters, or remove the line.`,
    ),
  /** A list (`- `) where a text belongs: the text started with `- `. */
  dashStart: both(
    '这段文字以“- ”开头，YAML 把它当作又一层列表：请给整段文字加上英文引号（如 - "- 文字"），或删掉多余的“- ”。',
    'this text starts with "- ", which YAML reads as another list: put the whole text in quotes, or remove the extra "- ".',
  ),
  /** A mapping (`? `) where a text belongs. */
  questionStart: both(
    "这段文字以“? ”开头，YAML 把它当作复杂字段名：请给整段文字加上英文引号。",
    'this text starts with "? ", which YAML reads as a complex key: put the whole text in quotes.',
  ),
} as const;
