import { stripForbiddenCharacters } from "@gongwen/schema";

/**
 * Every character cleanText may change — C0 and C1 controls (line breaks and tabs among them),
 * surrogates, U+FFFE/U+FFFF — in a class without the `u` flag, that V8 scans far faster than the
 * model's exact search: a text with none of them (almost every text) is clean as it is.
 */
const MAYBE_UNCLEAN = /[\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;
const LINE_BREAKS = /[\t\r\n]/;
const LINE_BREAKS_ALL = /[\t\r\n]+/g;

/**
 * Makes any text safe for a DOCX: removes the characters XML 1.0 cannot hold (control characters,
 * U+FFFE/U+FFFF, lone surrogates — stripForbiddenCharacters of the model) and turns line breaks
 * and tabs into spaces. The model already rejects them; this is the writer's own defence for
 * hand-built reports. Every text that reaches the document passes through here; clean text (all
 * text, in practice) is returned as it is after one quick search.
 */
export function cleanText(text: unknown): string {
  let value = typeof text === "string" ? text : text === undefined || text === null ? "" : String(text);
  if (!MAYBE_UNCLEAN.test(value)) return value;
  value = stripForbiddenCharacters(value);
  return LINE_BREAKS.test(value) ? value.replace(LINE_BREAKS_ALL, " ") : value;
}
