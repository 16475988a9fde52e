import type { Directive } from "./tree.js";

/** The keys that make a list item a directive item: repeated, or present only on a condition. */
export const DIRECTIVE_KEYS = ["each", "if", "unless"] as const;
/** One of DIRECTIVE_KEYS. */
export type DirectiveKey = (typeof DIRECTIVE_KEYS)[number];

/**
 * The keys that hold the item itself when it is no mapping: a paragraph (`paragraph: 文字`) in
 * `content`, `opening` or `closing`, a table row (`row: [a, b]`) in `rows`; `item:` anywhere.
 */
export const ITEM_KEYS = ["paragraph", "row", "item"] as const;

const PATH = /^(@root\.)?((?:\.\.\/)*)(this|[^\s./{}][^\s/{}]*)$/;

/**
 * Reads the value of a directive (`projects`, `county.projects`, `../towns`, `@root.towns`,
 * `this`; `{{projects}}` is taken too) as a path into the data, or undefined when it is none.
 */
export function parseDirective(key: DirectiveKey, written: string, start: number): Directive | undefined {
  const text = written.trim().replace(/^\{\{\s*(.*?)\s*\}\}$/, "$1");
  const match = PATH.exec(text);
  if (!match) return undefined;
  const name = match[3] as string;
  const parts = name === "this" ? [] : name.replace(/^this\./, "").split(".");
  if (parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")) return undefined;
  return { up: (match[2] ?? "").length / 3, root: match[1] !== undefined, parts, written: `${key}: ${written}`, start };
}
