import { readLabel } from "./labels.js";
import { TITLE_AT_START } from "./title.js";
import type { SourceLine } from "./types.js";

/** Portal markers and metadata keys that start a new line when a page lost its line breaks. */
const MARKER =
  /^(?:【[^】]{1,8}】|发布日期[:：]|发布时间[:：]|索引号[:：]|组配分类[:：]|主题分类[:：]|成文日期[:：]|发布机构[:：]|公开方式[:：]|文号[:：]|主题词[:：])/;
/** Portal markers that open the page's clutter rather than its metadata: share links, neighbours, print links. */
const CLUTTER_MARKER =
  /^(?:【[^】]{1,8}】|分享到|(?:信息)?来源[:：]|上一篇[:：]|下一篇[:：]|相关(?:文件|文档|链接|阅读)[:：])/;
/**
 * One field of a portal's info line — `发布日期：2024-01-12 09:30`, `浏览次数：57`, `字体：[大 中 小]`,
 * `来源：县林业局`, `作者：办公室`, `分享到：微信 微博` — up to the whitespace after it.
 */
const PORTAL_FIELD = new RegExp(
  `^\\s*(?:${[
    "(?:发布日期|发布时间|更新时间)[:：]?\\s*\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}\\s*日?(?:\\s*\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?)?",
    "(?:浏览次数|点击数|点击量|阅读次数|访问次数|浏览量|阅读量)[:：]?(?:\\s*\\d+\\s*次?(?![\\d年月日.%]))?",
    "【?字[体号][:：]?\\s*[[【(（]?(?:\\s*[大中小])*\\s*[\\]】)）]?",
    "(?:信息)?来源[:：]\\s*[^\\s:：]{1,24}",
    "作者[:：]\\s*[^\\s:：]{1,12}",
    "分享到[:：]?(?:\\s*(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ|人人网|豆瓣|更多))*",
  ].join("|")})(?=\\s|$)`,
);
/** A date after whitespace at the end (a lookbehind, not `\s+`: no backtracking over long runs of spaces). */
const TRAILING_DATE = /(?<=\s)(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/;
/** A signature: a short name of an organ after whitespace, at the end of what precedes the date. */
const TRAILING_SIGNATURE =
  /(?<=\s)([^\s，。,；;：:、]{2,24}(?:局|委|办|府|会|院|所|站|中心|处|室|镇|乡|街道|办事处|公司|部|厅|队|馆|社|团))$/;
/** How far before an end the signature and date are looked for: each look reads this much, not the whole text. */
const SIGNED_DATE_WINDOW = 200;

/** The index just after the last non-whitespace character before `at` (0 when there is none). */
function trimmedEnd(text: string, at: number): number {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

const WORDS = /[\p{L}\p{N}]/u;
const CLOSING_START = /^(?:此外|另外|总之|今后|新的一年|下一步)[，,]/;

/** Whether a text cut at `at` starts a unit: a numbering label or a portal marker. */
function startsUnit(text: string, at: number): boolean {
  const head = text.slice(at, at + 40);
  return readLabel(head) !== undefined || MARKER.test(head) || CLUTTER_MARKER.test(head);
}

/**
 * Where the page's text starts after a run of portal info fields that begins at `at` with a
 * portal marker (`发布时间：2024-01-18 10:02 点击数：203 2023年，县林业局……`), or undefined when
 * no sentence follows the run (a whole info line stays whole); `lastStop` is where the text's last 。 or ； stands.
 */
function afterPortalFields(text: string, at: number, lastStop: number): number | undefined {
  const head = text.slice(at, at + 12);
  if (!MARKER.test(head) && !CLUTTER_MARKER.test(head)) return undefined;
  let end = at;
  const field = (from: number) => PORTAL_FIELD.exec(text.slice(from, from + 80))?.[0];
  for (let m = field(end); m; m = field(end)) end += m.length;
  const gap = /^\s+/.exec(text.slice(end, end + 80));
  const sentence = lastStop >= end;
  return end > at && gap && sentence ? end + gap[0].length : undefined;
}

/** Cuts before a signature and a date that close the text before `end`, when there are some. */
function cutSignedDate(text: string, end: number, cuts: Set<number>): boolean {
  const stop = trimmedEnd(text, end);
  const from = Math.max(0, stop - SIGNED_DATE_WINDOW);
  const head = text.slice(from, stop);
  const date = TRAILING_DATE.exec(head);
  if (!date) return false;
  cuts.add(from + date.index);
  const before = head.slice(0, trimmedEnd(head, date.index));
  const signature = TRAILING_SIGNATURE.exec(before);
  if (signature && /\S/.test(text.slice(0, from + signature.index))) cuts.add(from + signature.index);
  return true;
}

/** Offsets where a line that lost its line breaks should be cut. */
function cutPoints(text: string): number[] {
  const cuts = new Set<number>();
  const starts: number[] = [0];
  const space = /\s+/g;
  for (let match = space.exec(text); match; match = space.exec(text)) {
    const at = match.index + match[0].length;
    if (match.index > 0 && at < text.length) starts.push(at);
  }
  let firstLabel = text.length;
  // Where the last sentence ends (。 or ；), found once: a run of portal fields needs a sentence after it.
  const lastStop = Math.max(text.lastIndexOf("。"), text.lastIndexOf("；"));
  for (const at of starts) {
    const body = afterPortalFields(text, at, lastStop);
    if (body !== undefined) cuts.add(body);
    // 【打印本页】 【关闭窗口】 stay one line.
    if (text[at] === "【" && text[trimmedEnd(text, at) - 1] === "】") continue;
    if (at > 0 && startsUnit(text, at)) {
      cuts.add(at);
      if (readLabel(text.slice(at, at + 40))) firstLabel = Math.min(firstLabel, at);
    }
  }
  // A closing that lost its break: `……工作。 此外，持续抓好……`.
  for (const at of starts) {
    if (at > 0 && /。\s+$/.test(text.slice(Math.max(0, at - 8), at)) && CLOSING_START.test(text.slice(at, at + 8)))
      cuts.add(at);
  }
  // The title, before the body starts: cut before and after it.
  for (const at of starts) {
    if (at >= firstLabel) break;
    const head = text.slice(at, at + 120);
    const title = readLabel(head) ? null : TITLE_AT_START.exec(head);
    if (title) {
      cuts.add(at);
      cuts.add(at + title[0].length);
      break;
    }
  }
  // The signature and the date end the body: at the end of the text, or before the page's clutter.
  const ends = [...cuts].filter((at) => CLUTTER_MARKER.test(text.slice(at, at + 12))).sort((a, b) => b - a);
  for (const end of [text.length, ...ends]) if (cutSignedDate(text, end, cuts)) break;
  // A cut must leave words on both sides: `• 索引号:` keeps its bullet.
  const sorted = [...cuts].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
  const out: number[] = [];
  for (const at of sorted) {
    if (WORDS.test(text.slice(out[out.length - 1] ?? 0, at))) out.push(at);
  }
  return out;
}

/**
 * A heading that lost its line break carries its text after a run of spaces:
 * `（一）健康青溪建设扎实推进 以创建省级健康县为抓手……`. Returns where the title ends, when
 * the title is short and what follows is a paragraph (long, or ending a sentence).
 */
function titleEnd(text: string): number | undefined {
  const label = readLabel(text);
  if (!label || label.type === "ordinal") return undefined;
  const body = text.slice(text.length - label.rest.length);
  const gap = /\s+/.exec(body);
  if (!gap) return undefined;
  const title = body.slice(0, gap.index);
  const after = body.slice(gap.index + gap[0].length);
  if (title.length > 40 || /[。；;！？]/.test(title)) return undefined;
  if (after.length < 20 || after.length < title.length) return undefined;
  return text.length - label.rest.length + gap.index;
}

function piece(line: SourceLine, text: string, joiner: string | undefined): SourceLine {
  const out: SourceLine = { ...line, text: text.trim() };
  delete out.bold;
  if (joiner !== undefined) out.joiner = joiner;
  return out;
}

/**
 * Restores the line breaks a page lost: cuts a line before every numbering label and portal
 * marker that follows whitespace, after the title at the start, and before a trailing
 * signature and date; then cuts a heading's title from the text that follows it after spaces.
 * Each cut-off piece remembers the whitespace it followed (`joiner`), so the outline can glue
 * it back when it turns out not to start a unit. Lines with markup (bold, tables) are left alone.
 */
export function splitLostBreaks(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    if (line.table || line.closingBreak || line.bold?.length || line.heading !== undefined) {
      out.push(line);
      continue;
    }
    const cuts = cutPoints(line.text);
    const pieces: { text: string; joiner?: string }[] = [];
    let start = 0;
    for (const at of [...cuts, line.text.length]) {
      const chunk = line.text.slice(start, at);
      const joiner = start === 0 ? undefined : line.text.slice(trimmedEnd(line.text, start), start);
      if (chunk.trim()) pieces.push(joiner === undefined ? { text: chunk } : { text: chunk, joiner });
      start = at;
    }
    for (const p of pieces) {
      const text = p.text.trim();
      const end = titleEnd(text);
      if (end === undefined) {
        out.push(piece(line, text, p.joiner));
      } else {
        out.push(piece(line, text.slice(0, end), p.joiner));
        out.push(piece(line, text.slice(end), /^\s*/.exec(text.slice(end))?.[0] ?? " "));
      }
    }
  }
  return out;
}
