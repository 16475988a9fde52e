import { splitParagraphs } from "@gongwen/schema";
import { type Document, isMap, isScalar, isSeq, type Node, parseDocument, type Scalar } from "yaml";
import { pathKey } from "../fields.js";
import type { ModelPath, TextFix } from "../types.js";
import { type Alignment, alignment, isWhite } from "./alignment.js";
import { LineIndex } from "./line-index.js";
import type { SourceEdit, SourceMap } from "./source-map.js";
import { scalarUnits, type Unit, unsafeReplacement } from "./yaml-units.js";

/** Where a model path was written in YAML: the node, and for a text split into paragraphs, which one. */
interface Resolved {
  node: Node | null;
  /** The nearest node on the path that exists (for positions of paths not written). */
  nearest: Node | null;
  /** The paragraph of a text given as one string (opening, closing, cc, attachments). */
  paragraph?: number;
}

function resolve(doc: Document, path: ModelPath): Resolved {
  let node: unknown = doc.contents;
  let nearest: Node | null = (doc.contents as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) return { node: null, nearest };
      nearest = (pair.value as Node | null) ?? (pair.key as Node);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) return { node: null, nearest };
      node = item;
      nearest = item as Node;
    } else if (isScalar(node) && typeof key === "number" && i === path.length - 1) {
      return { node: node as Node, nearest, paragraph: key };
    } else {
      return { node: null, nearest };
    }
  }
  return { node: (node as Node | null) ?? null, nearest };
}

/** The units of one paragraph of a scalar's value (all of them when there is one paragraph). */
function paragraphUnits(units: Unit[], value: string, paragraph: number | undefined): Unit[] | undefined {
  if (paragraph === undefined) return units;
  const paragraphs = splitParagraphs(value);
  if (paragraph >= paragraphs.length) return undefined;
  let skip = 0;
  for (let k = 0; k < paragraph; k++) for (const ch of paragraphs[k] as string) if (!isWhite(ch)) skip++;
  return units.slice(skip);
}

/** Matches a field's text against units: the text's solid characters must be the units' first characters. */
function matchUnits(text: string, units: Unit[]): Unit[] | undefined {
  const out: Unit[] = [];
  let k = 0;
  for (const ch of text) {
    for (const part of ch.length > 1 ? ch.split("") : [ch]) {
      if (isWhite(part)) continue;
      const unit = units[k++];
      if (!unit || unit.ch !== part) return undefined;
      out.push(unit);
    }
  }
  return out;
}

/** Options of yamlSourceMap. */
export interface YamlSourceOptions {
  /** Where the YAML starts in a larger file (a Markdown front matter): offsets are shifted by it. */
  base?: number;
  /** The whole file's text, when the YAML is part of it. */
  file?: string;
}

/**
 * A SourceMap over a YAML report (or a Markdown front matter): finds the scalar each model path
 * was written as and aligns the model's text with the scalar's source, escapes and folded lines
 * included, so that a diagnostic points at the exact character and a fix becomes a minimal edit
 * of that scalar — comments, key order, quoting and block style stay as they were.
 */
export function yamlSourceMap(
  yaml: string,
  options: YamlSourceOptions = {},
): SourceMap & { has(path: ModelPath): boolean } {
  const base = options.base ?? 0;
  const file = options.file ?? yaml;
  const doc = parseDocument(yaml, { prettyErrors: false });
  const lines = new LineIndex(file);
  // Keyed by path, holding the text it was made for: a key built from the whole text would copy a
  // long field once per finding (23,000 findings in a 2 MB paragraph).
  const cache = new Map<string, { text: string; alignment: Alignment | undefined }>();

  const nodeStart = (node: Node | null): number | undefined => (node?.range ? node.range[0] + base : undefined);

  function align(path: ModelPath, text: string): Alignment | undefined {
    const key = pathKey(path);
    const cached = cache.get(key);
    if (cached !== undefined && cached.text === text) return cached.alignment;
    let result: Alignment | undefined;
    const { node, paragraph } = resolve(doc, path);
    if (node && isScalar(node)) {
      const scalar = node as Scalar;
      const all = scalarUnits(yaml, scalar);
      const value = typeof scalar.value === "string" ? scalar.value : String(scalar.source ?? scalar.value);
      const units = all && paragraphUnits(all, value, paragraph);
      const matched = units && matchUnits(text, units);
      if (matched) {
        const ranges = matched.map((u) => ({ from: u.from + base, to: u.to + base }));
        result = alignment(text, ranges, file, unsafeReplacement(scalar));
      }
    }
    cache.set(key, { text, alignment: result });
    return result;
  }

  return {
    text: file,
    has(path) {
      return resolve(doc, path).node !== null;
    },
    written(path) {
      return resolve(doc, path).node !== null;
    },
    position(path, fieldText, index) {
      if (fieldText !== undefined && index !== undefined) {
        const a = align(path, fieldText);
        if (a) return lines.position(a.offset(index));
      }
      const { node, nearest } = resolve(doc, path);
      const offset = nodeStart(node) ?? nodeStart(nearest);
      return offset === undefined ? undefined : lines.position(offset);
    },
    edit(path: ModelPath, fieldText: string, fix: TextFix): SourceEdit | undefined {
      return align(path, fieldText)?.edit(fix);
    },
    raw(path) {
      const { node } = resolve(doc, path);
      if (!node || !isScalar(node)) return undefined;
      if (typeof node.value === "string") return node.value;
      return typeof node.source === "string" ? node.source : undefined;
    },
  };
}
