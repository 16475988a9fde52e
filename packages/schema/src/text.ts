/**
 * Characters that may not stand in a report's text: C0 and C1 control characters (other than
 * line breaks and tabs, which are normalised away), U+FFFE/U+FFFF and lone surrogates. None of
 * them is allowed in XML 1.0 or visible on paper.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "gu");

/**
 * Any character FORBIDDEN may match, paired surrogates included: one plain character class, which
 * V8 scans many times faster than FORBIDDEN's Unicode look-arounds. A text it does not match is
 * clean; one it matches (a control character, or a surrogate, paired as in 😀 or not) is looked at
 * with FORBIDDEN itself.
 */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The first forbidden character in a text and its index, or undefined when the text is clean. */
export function findForbiddenCharacter(text: string): { index: number; codePoint: number } | undefined {
  if (!MAYBE_FORBIDDEN.test(text)) return undefined;
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  return { index: match.index, codePoint: match[0].charCodeAt(0) };
}

/** Removes every forbidden character (see findForbiddenCharacter): a writer's last line of defence. */
export function stripForbiddenCharacters(text: string): string {
  return MAYBE_FORBIDDEN.test(text) && FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}

/** `U+0007` for a code point, as messages name invisible characters. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

const LATIN_END = /[A-Za-z0-9%.,;:!?)\]]$/;
/** What joinLines changes besides the ends: line breaks and tabs. A text without them is only trimmed. */
const LINE_BREAK_OR_TAB = /[\r\n\t]/;
const LATIN_START = /^[A-Za-z0-9([]/;

/**
 * Normalises one paragraph of text as clerks type it into YAML: tabs become spaces, each line is
 * trimmed, and lines are joined — without a space between Chinese characters (Chinese has no
 * spaces between words), with one space where Latin text meets Latin text.
 */
export function joinLines(text: string): string {
  // One line (most texts): trimming is all joining does.
  if (!LINE_BREAK_OR_TAB.test(text)) return text.trim();
  const lines = text.replace(/\r\n?/g, "\n").replace(/\t/g, " ").split("\n");
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    out += out && LATIN_END.test(out) && LATIN_START.test(line) ? ` ${line}` : line;
  }
  return out;
}

/** Splits text at blank lines into trimmed, joined paragraphs (see joinLines); empty ones are dropped. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t\u3000]*\n/)
    .map(joinLines)
    .filter((p) => p.length > 0);
}

/** True when a text holds a blank line, that is, more than one paragraph. */
export function hasBlankLine(text: string): boolean {
  if (!text.includes("\n") && !text.includes("\r")) return false;
  return /\n[ \t\u3000]*\n/.test(text.replace(/\r\n?/g, "\n").trim());
}
