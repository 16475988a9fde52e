import type { Locator } from "@gongwen/schema";
import { pathKey } from "../fields.js";
import type { ModelPath } from "../types.js";
import { type Alignment, alignment, isWhite } from "./alignment.js";
import { LineIndex } from "./line-index.js";
import type { SourceMap } from "./source-map.js";
import { yamlSourceMap } from "./yaml-source.js";

/** Characters Markdown writes between the characters of a text: emphasis, code, escapes, quote markers. */
const SYNTAX = new Set(["*", "_", "~", "`", "\\", ">"]);
/** How far after a block's start its text may begin (after `## 一、`, `**一是`, `Table: `). */
const SEARCH_WINDOW = 160;
/** A replacement that would read as Markdown syntax is not made. */
const UNSAFE = /[*_~`\\<>[\]|#\r\n]/;

/** The front matter of a Markdown file: its YAML text and where that starts. */
function frontMatter(text: string): { yaml: string; base: number } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return undefined;
  return { yaml: rest.slice(0, end.index), base: open[0].length };
}

/**
 * Aligns a field's text with the Markdown from offset `j0`: every solid character of the text
 * must follow in the source, with only spaces, line breaks and inline syntax (`**`, `\`) between.
 */
function matchFrom(source: string, j0: number, text: string): { from: number; to: number }[] | undefined {
  const ranges: { from: number; to: number }[] = [];
  let j = j0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isWhite(c)) continue;
    for (;;) {
      if (j >= source.length) return undefined;
      const s = source[j] as string;
      if (s === c) {
        ranges.push({ from: j, to: j + 1 });
        j++;
        break;
      }
      if (s === "\n" && /^[ \t]*\r?\n/.test(source.slice(j + 1, j + 80))) return undefined;
      if (isWhite(s) || SYNTAX.has(s)) {
        j++;
        continue;
      }
      return undefined;
    }
  }
  return ranges;
}

/** Finds a field's text in the Markdown near a block's start. */
function matchNear(source: string, start: number, text: string): { from: number; to: number }[] | undefined {
  const first = [...text].find((ch) => !isWhite(ch));
  if (first === undefined) return undefined;
  const limit = Math.min(source.length, start + SEARCH_WINDOW);
  for (let j = source.indexOf(first, start); j >= 0 && j < limit; j = source.indexOf(first, j + 1)) {
    const ranges = matchFrom(source, j, text);
    if (ranges) return ranges;
  }
  return undefined;
}

/**
 * A SourceMap over a report written in Markdown: meta fields of the front matter through the
 * YAML map of the front matter; everything else from the position the Markdown reader's locator
 * gives (the heading, paragraph, strong, table cell), aligned with the model's text character
 * by character, skipping the inline syntax between (`**`, escapes).
 */
export function markdownSourceMap(text: string, locate: Locator): SourceMap {
  const lines = new LineIndex(text);
  const fm = frontMatter(text);
  const meta = fm ? yamlSourceMap(fm.yaml, { base: fm.base, file: text }) : undefined;
  // Keyed by path, holding the text it was made for: a key built from the whole text would copy a
  // long field once per finding (23,000 findings in a 2 MB paragraph).
  const cache = new Map<string, { text: string; alignment: Alignment | undefined }>();
  const frontMatterEnd = fm ? fm.base + fm.yaml.length : 0;
  /** Meta fields written in the front matter are found there; the title is the `# ` heading when there is one. */
  const inFrontMatter = (path: ModelPath): boolean => {
    if (!meta || path[0] !== "meta" || !meta.has(path.slice(1))) return false;
    if (path[1] !== "title") return true;
    const at = locate(path);
    return at === undefined || lines.offset(at) < frontMatterEnd;
  };

  function align(path: ModelPath, fieldText: string): Alignment | undefined {
    const key = pathKey(path);
    const cached = cache.get(key);
    if (cached !== undefined && cached.text === fieldText) return cached.alignment;
    const at = locate(path);
    const ranges = at && matchNear(text, lines.offset(at), fieldText);
    const result = ranges ? alignment(fieldText, ranges, text, UNSAFE) : undefined;
    cache.set(key, { text: fieldText, alignment: result });
    return result;
  }

  return {
    text,
    written(path) {
      if (path[0] !== "meta") return true;
      if (inFrontMatter(path)) return true;
      if (path[1] !== "title") return false;
      const at = locate(path);
      return at !== undefined && /^#[ \t]/.test(text.slice(lines.offset({ line: at.line, column: 1 })));
    },
    position(path, fieldText, index) {
      if (inFrontMatter(path)) return meta?.position(path.slice(1), fieldText, index);
      if (fieldText !== undefined && index !== undefined) {
        const a = align(path, fieldText);
        if (a) return lines.position(a.offset(index));
      }
      return locate(path);
    },
    edit(path, fieldText, fix) {
      if (inFrontMatter(path)) return meta?.edit(path.slice(1), fieldText, fix);
      return align(path, fieldText)?.edit(fix);
    },
    raw(path) {
      return inFrontMatter(path) ? meta?.raw(path.slice(1)) : undefined;
    },
  };
}
