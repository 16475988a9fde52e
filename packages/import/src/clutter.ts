import type { ClutterKind, RemovedClutter, SourceLine } from "./types.js";

/** What removeClutter gives back: the lines kept, the clutter removed, and the portal's publish date. */
export interface ClutterResult {
  lines: SourceLine[];
  removed: RemovedClutter[];
  /** The `发布日期` the portal showed, as written, when there was one (a fallback for 成文日期). */
  publishDate?: string;
}

const PRINT_LINKS =
  /^(?:[【[]\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|保存|纠错|打印此页|关闭本页)\s*[】\]]\s*)+/;
const SHARE = /^(?:分享到|扫一扫|【字体[:：]|字号[:：]|字体[:：]\s*[[【(（]?\s*[大中小])/;
const PORTAL_INFO = /(?:发布日期|发布时间|浏览次数|点击数|阅读次数|访问次数|浏览量|信息来源|来源[:：].{0,20}作者)/;
const BREADCRUMB_START = /^(?:当前位置|您的位置|您当前的位置|您现在的位置|所在位置|当前页面)[:：]?/;
const BREADCRUMB_STEP = /\s*[>›»＞]\s*/;
const RELATED =
  /^(?:相关文件|相关文档|相关信息|相关链接|相关阅读|相关新闻|相关稿件|热点文件|热点信息|热门文章|热门信息|推荐阅读|猜你喜欢|上一篇|下一篇)[:：]?/;
/** A counter or a page number: a line of digits and punctuation only. */
const STRAY = /^[\d\s.,:：/|_-]{1,12}$/;

/** A breadcrumb trail: `首页 > 政务公开 > 计划总结`, or one that says where the reader is. */
function isBreadcrumb(text: string): boolean {
  if (text.length > 100 || /[。；]/.test(text)) return false;
  if (BREADCRUMB_START.test(text)) return true;
  const steps = text.split(BREADCRUMB_STEP);
  return steps.length >= 3 && steps.every((s) => s.length <= 16) && (text.includes("首页") || steps.length >= 4);
}

/** The kind of portal clutter a line is, if it is clutter. */
export function clutterKind(text: string): ClutterKind | undefined {
  // Print links open the page's foot: what follows them on their line is footer too.
  if (PRINT_LINKS.test(text) || (SHARE.test(text) && text.length <= 120 && !/[。；]/.test(text))) return "print-links";
  if (isBreadcrumb(text)) return "breadcrumb";
  if (text.length <= 120 && !/[。；]$/.test(text) && PORTAL_INFO.test(text)) return "portal-info";
  return undefined;
}

const PUBLISH_DATE = /(?:发布日期|发布时间)[:：]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?)/;

/**
 * Takes a portal page's clutter out of the lines, listing each removed line: breadcrumbs,
 * `发布日期 … 浏览次数`, print and close links, a list of related documents (the header and the
 * short lines that follow it), and whatever follows the print links at the foot of the page.
 * Only whole lines are removed; body text is never touched.
 */
export function removeClutter(lines: SourceLine[]): ClutterResult {
  const kept: SourceLine[] = [];
  const removed: RemovedClutter[] = [];
  let publishDate: string | undefined;
  let footer = false;
  let related = false;
  const drop = (line: SourceLine, kind: ClutterKind) => {
    removed.push({ kind, text: line.text, line: line.line });
  };
  for (const line of lines) {
    if (line.table) {
      related = false;
      if (footer) drop(line, "footer");
      else kept.push(line);
      continue;
    }
    const text = line.text;
    if (footer) {
      drop(line, "footer");
      continue;
    }
    if (related) {
      // The list runs on while its lines are short titles, not sentences (nor the print links).
      if (text.length <= 60 && !/[。；！？]/.test(text) && !clutterKind(text)) {
        drop(line, "related-documents");
        continue;
      }
      related = false;
    }
    if (RELATED.test(text) && text.length <= 60 && !/[。；]/.test(text)) {
      drop(line, "related-documents");
      related = true;
      continue;
    }
    const kind = clutterKind(text);
    if (kind) {
      if (kind === "portal-info") publishDate ??= PUBLISH_DATE.exec(text)?.[1]?.replace(/\s+/g, "");
      drop(line, kind);
      // Nothing of the report comes after the print links; the page's footer does.
      if (kind === "print-links" && PRINT_LINKS.test(text)) footer = true;
      continue;
    }
    kept.push(line);
  }
  // A counter left at the very end of the page.
  while (kept.length > 0) {
    const last = kept[kept.length - 1] as SourceLine;
    if (last.table || !STRAY.test(last.text)) break;
    kept.pop();
    drop(last, "footer");
  }
  removed.sort((a, b) => a.line - b.line);
  return publishDate === undefined ? { lines: kept, removed } : { lines: kept, removed, publishDate };
}
