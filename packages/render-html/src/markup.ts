import { escapeHtml } from "./escape.js";

/** Attributes of an element; `undefined` and `false` leave the attribute out, `true` writes it bare. */
export type Attributes = Record<string, string | number | boolean | undefined>;

function attributes(attrs: Attributes): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/**
 * An element with its content: `inner` is markup already made safe (escaped text or elements);
 * attribute values are escaped here. Names of tags and attributes come from this package only.
 */
export function element(tag: string, attrs: Attributes, inner: string): string {
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** An element whose content is one text, escaped. */
export function textElement(tag: string, attrs: Attributes, text: string): string {
  return element(tag, attrs, escapeHtml(text));
}
