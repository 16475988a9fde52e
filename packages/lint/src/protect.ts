/**
 * Spans of a text that punctuation rules leave alone: web addresses, e-mail addresses and code
 * between backticks. Their commas, colons and brackets belong to them.
 */

const URL = /\b(?:https?|ftp):\/\/[!-~]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:[/?#][!-~]*)?/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const CODE = /`[^`\n]+`/g;
/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING = /[.,;:!?'"\]]+$/;

function trimUrl(url: string): string {
  let out = url.replace(TRAILING, "");
  // A closing bracket belongs to the address only when the address opened one.
  while (out.endsWith(")") && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING, "");
  }
  return out;
}

/** A mask over a text: 1 where a character belongs to an address or code, 0 elsewhere. */
export function protectedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  if (!/[:@`.]/.test(text)) return mask;
  const mark = (start: number, length: number) => mask.fill(1, start, start + length);
  for (const match of text.matchAll(URL)) mark(match.index, trimUrl(match[0]).length);
  for (const match of text.matchAll(EMAIL)) mark(match.index, match[0].length);
  for (const match of text.matchAll(CODE)) mark(match.index, match[0].length);
  return mask;
}
