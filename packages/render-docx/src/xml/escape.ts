/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone
 * surrogates), removed here as the serializer's own last defence, together with the characters
 * that must be escaped.
 */
const TEXT_SPECIAL =
  /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const ATTRIBUTE_SPECIAL =
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/**
 * Every character the escapes may change, in classes without the `u` flag (surrogates as code
 * units), that V8 scans far faster than the exact patterns above: a text with none of them
 * (almost every text) is returned at once.
 */
const MAYBE_TEXT_SPECIAL = /[&<>\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const MAYBE_ATTRIBUTE_SPECIAL = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_SPECIAL_ALL = new RegExp(TEXT_SPECIAL.source, "gu");
const ATTRIBUTE_SPECIAL_ALL = new RegExp(ATTRIBUTE_SPECIAL.source, "gu");

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const replace = (char: string) => ENTITIES[char] ?? "";

/** Escapes text content for XML, dropping characters XML cannot hold. */
export function escapeText(text: string): string {
  return MAYBE_TEXT_SPECIAL.test(text) && TEXT_SPECIAL.test(text) ? text.replace(TEXT_SPECIAL_ALL, replace) : text;
}

/** Escapes an attribute value (double-quoted) for XML, dropping characters XML cannot hold. */
export function escapeAttribute(text: string): string {
  return MAYBE_ATTRIBUTE_SPECIAL.test(text) && ATTRIBUTE_SPECIAL.test(text)
    ? text.replace(ATTRIBUTE_SPECIAL_ALL, replace)
    : text;
}
