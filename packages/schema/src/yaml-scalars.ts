import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, parse, type Scalar } from "yaml";
import type { Locale, Problem } from "./problems.js";
import { latinMeetsLatin } from "./text.js";
import { type Bilingual, YAML_HINTS } from "./yaml-messages.js";

/** Paths whose value is meant to be a number or boolean; every other scalar of a report is text. */
export const TYPED_FIELDS: ReadonlySet<string> = new Set(["meta.year", "meta.planYear", "meta.letterhead"]);
/** Keys whose value is a boolean at any depth: a section's `runIn` (举措接排). */
const TYPED_KEYS: ReadonlySet<string> = new Set(["runIn"]);

/**
 * Keys whose value is a keyword from a fixed list (`style: decimal`), not a clerk's words: a
 * comment after it, as the templates write, drops nothing from the document.
 */
const KEYWORD_KEYS: ReadonlySet<string> = new Set(["style", "kind", "planName", "openness", "$schema"]);

/** What a clerk's words YAML would change, read back from the source. */
export interface ScalarReading {
  /** Problems found in the text itself (a comment on its line, a tag, an anchor), errors and warnings. */
  problems: Problem[];
  /**
   * Messages that replace the model's problem at a path: the model says "empty" where the real
   * cause is a text that began with `#` or a `~`.
   */
  explanations: Map<string, Problem>;
  /** Texts as the clerk typed them, by path key, where YAML's reading differs. */
  written: Map<string, string>;
}

/** The key of a model path in the maps above. */
export const pathKey = (path: readonly (string | number)[]): string => JSON.stringify(path);

const NULL_WORDS = /^(?:~|null|Null|NULL)$/;

/** A quoted text written over several lines, joined as joinLines joins them: no space between Chinese characters. */
function quotedAsWritten(raw: string): string | undefined {
  const lines = raw.split(/\r?\n/).map((line, i, all) => {
    const start = i === 0 ? line : line.trimStart();
    return i === all.length - 1 ? start : start.trimEnd();
  });
  let joined = "";
  for (const line of lines) {
    if (!line) continue;
    joined += joined && latinMeetsLatin(joined, line) ? ` ${line}` : line;
  }
  try {
    const value: unknown = parse(joined);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How YAML's reading of a text scalar differs from what was typed, decided case by case (see the
 * README's table): numbers, booleans and multi-line texts are taken as typed; a comment, tag or
 * anchor is reported, since the text it hides cannot be known for sure.
 */
function asWritten(node: Scalar, cell: boolean): string | undefined {
  const raw = node.srcToken && "source" in node.srcToken ? node.srcToken.source : undefined;
  if (typeof raw !== "string") return undefined;
  if (node.value === null) return cell && NULL_WORDS.test(raw) ? raw : undefined;
  if (node.type === "PLAIN" && (typeof node.value !== "string" || raw.includes("\n"))) return raw;
  // A folded block (`>`) puts a space between Chinese lines; read it as a literal one (`|`) would be.
  if (node.type === "BLOCK_FOLDED") return raw;
  if ((node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && raw.includes("\n")) return quotedAsWritten(raw);
  return undefined;
}

/** The offset of `mark` before a node on the same line (a tag's `!`, an anchor's `&`), or the node's start. */
function markBefore(text: string, offset: number, mark: string): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const at = text.lastIndexOf(mark, offset);
  return at >= lineStart ? at : offset;
}

/**
 * Reads every text scalar of a parsed report back from its source: what YAML would silently
 * change is either given back as typed (`written`) or reported with the fix (`problems`,
 * `explanations`). A trailing comment after a text of the body is an error (the rest of the
 * sentence would vanish), unless set apart as an aligned note (`文字   # 说明`); after a text
 * of meta, where short notes are a habit, and after an aligned note, a warning.
 */
export function readScalars(doc: Document, text: string, lineCounter: LineCounter, locale: Locale): ScalarReading {
  const reading: ScalarReading = { problems: [], explanations: new Map(), written: new Map() };
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const problem = (code: string, path: (string | number)[], message: Bilingual, offset: number, warning = false) => {
    const found: Problem = { code, path, message: message[locale], ...at(offset) };
    if (warning) {
      found.severity = "warning";
      found.message = `${locale === "zh" ? "（提醒）" : "(warning) "}${found.message}`;
    }
    return found;
  };

  const visit = (node: Node | null | undefined, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key)) visit(pair.value as Node | null, [...path, String(pair.key.value)]);
        else if (pair.key && (pair.key as Node).range) {
          // `[…]: …` or `{…}: …`: a text that starts with a bracket and holds a colon became a key.
          const offset = (pair.key as Node).range?.[0] ?? 0;
          const mark = text[offset] ?? "[";
          reading.problems.push(problem("yaml_indicator_start", path, YAML_HINTS.indicatorStart(mark), offset));
        }
      }
    } else if (isSeq(node)) {
      const paragraphs = path.length === 2 && path[0] === "body" && (path[1] === "opening" || path[1] === "closing");
      if (paragraphs && node.flow && node.range) {
        // `opening: [全县…]` is a list of paragraphs to YAML: the brackets the clerk typed vanish.
        const offset = node.range[0];
        reading.problems.push(problem("yaml_indicator_start", path, YAML_HINTS.indicatorStart("["), offset, true));
      }
      node.items.forEach((item, i) => {
        visit(item as Node | null, [...path, i]);
      });
    } else if (isScalar(node) && !TYPED_FIELDS.has(path.join(".")) && !TYPED_KEYS.has(String(path.at(-1)))) {
      scalar(node, path);
    }
  };

  const scalar = (node: Scalar, path: (string | number)[]) => {
    const [start, valueEnd] = node.range ?? [0, 0];
    const key = pathKey(path);
    const cell = path.includes("table") && (path.includes("rows") || path.includes("header"));
    if (node.tag && !node.tag.startsWith("tag:yaml.org,2002:")) {
      const offset = markBefore(text, start, "!");
      reading.problems.push(problem("yaml_tag_in_text", path, YAML_HINTS.tagInText(node.tag), offset));
    }
    if (node.anchor) {
      const offset = markBefore(text, start, "&");
      reading.problems.push(problem("yaml_anchor_in_text", path, YAML_HINTS.anchorInText(node.anchor), offset));
    }
    const written = asWritten(node, cell);
    if (written !== undefined) reading.written.set(key, written);
    if (node.value === null && written === undefined) {
      const raw = node.srcToken && "source" in node.srcToken ? node.srcToken.source : "";
      if (text[start] === "#") {
        const end = text.indexOf("\n", start);
        const rest = text.slice(start + 1, end < 0 ? undefined : end);
        reading.explanations.set(key, problem("yaml_text_is_comment", path, YAML_HINTS.textIsComment(rest), start));
      } else if (typeof raw === "string" && NULL_WORDS.test(raw)) {
        reading.explanations.set(key, problem("yaml_null_word", path, YAML_HINTS.nullWord(raw), start));
      }
      return;
    }
    const block = node.type === "BLOCK_FOLDED" || node.type === "BLOCK_LITERAL";
    if (block && String(node.value).trim() === "") {
      // `text: >` alone: the clerk's text was the mark, and YAML reads an empty block.
      const mark = text[start] ?? "|";
      reading.problems.push(problem("yaml_indicator_start", path, YAML_HINTS.indicatorStart(mark), start));
    }
    if (block || KEYWORD_KEYS.has(String(path.at(-1)))) return;
    const lineEnd = text.indexOf("\n", valueEnd);
    const after = text.slice(valueEnd, lineEnd < 0 ? undefined : lineEnd);
    const comment = /^[ \t]+#/.exec(after);
    if (comment) {
      const offset = valueEnd + comment[0].length - 1;
      const rest = after.slice(comment[0].length).replace(/\r$/, "");
      // `文字   # 说明`: set apart by two spaces and followed by one, the way notes are aligned, is a
      // deliberate note (a warning); `文字 #其中…` in the body is a sentence cut short (an error).
      const aligned = /^[ \t]{2,}# /.test(after);
      const warning = path[0] !== "body" || aligned;
      reading.problems.push(problem("yaml_comment_in_text", path, YAML_HINTS.commentInText(rest), offset, warning));
    }
  };

  visit(doc.contents as Node | null, []);
  return reading;
}

/** Replaces the values at the paths of `written` in a plain JS value (from Document.toJS). */
export function withWritten(
  value: unknown,
  written: ReadonlyMap<string, string>,
  path: (string | number)[] = [],
): unknown {
  if (written.size === 0) return value;
  const here = written.get(pathKey(path));
  if (here !== undefined) return here;
  if (Array.isArray(value)) return value.map((v, i) => withWritten(v, written, [...path, i]));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      Object.defineProperty(out, k, {
        value: withWritten(v, written, [...path, k]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
