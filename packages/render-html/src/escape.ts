import { stripForbiddenCharacters } from "@gongwen/schema";

const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Makes any text safe as HTML text or as a quoted attribute value: removes the characters a
 * document cannot hold (control characters, U+FFFE/U+FFFF, lone surrogates — the model's
 * stripForbiddenCharacters, a defence for hand-built reports), turns line breaks and tabs into
 * spaces, and escapes `& < > " '`. Every text of the report reaches the HTML through here, so no
 * text can open a tag, an entity or an attribute.
 */
export function escapeHtml(text: unknown): string {
  const value = typeof text === "string" ? text : text === undefined || text === null ? "" : String(text);
  return stripForbiddenCharacters(value)
    .replace(/[\t\r\n]+/g, " ")
    .replace(SPECIAL, (c) => ENTITIES[c] as string);
}
