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

/** What joinLines changes besides the ends: line breaks and tabs. A text without them is only trimmed. */
const LINE_BREAK_OR_TAB = /[\r\n\t]/;
const TABS = /\t/g;

/** A line ending in this (`[A-Za-z0-9%.,;:!?)\]]`) is Latin text a following Latin line joins with a space. */
function isLatinEnd(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || // 0-9
    ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || // A-Z, a-z
    code === 0x25 || // %
    code === 0x2e || // .
    code === 0x2c || // ,
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x29 || // )
    code === 0x5d // ]
  );
}

/** A line starting with this (`[A-Za-z0-9([]`) is Latin text joined to a Latin line before it with a space. */
function isLatinStart(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x28 || code === 0x5b
  );
}

/**
 * True when `line` is joined to `text` with a space: Latin text (`[A-Za-z0-9%.,;:!?)\]]` at the
 * end of `text`) meets Latin text (`[A-Za-z0-9([]` at the start of `line`). Both not empty.
 */
export function latinMeetsLatin(text: string, line: string): boolean {
  return isLatinEnd(text.charCodeAt(text.length - 1)) && isLatinStart(line.charCodeAt(0));
}

/**
 * Normalises one paragraph of text as clerks type it into YAML: tabs become spaces, each line
 * (ended by CR LF, CR or LF) is trimmed, and lines are joined — without a space between Chinese
 * characters (Chinese has no spaces between words), with one space where Latin text meets Latin
 * text. One pass over the text: the joined text is never searched again.
 */
export function joinLines(text: string): string {
  // One line (most texts): trimming is all joining does.
  if (!LINE_BREAK_OR_TAB.test(text)) return text.trim();
  return join(text, false) as string;
}

/**
 * A paragraph's text joined as joinLines joins it, or undefined when it holds a blank line
 * (hasBlankLine): both answers from one pass over the text.
 */
export function joinParagraph(text: string): string | undefined {
  if (!LINE_BREAK_OR_TAB.test(text)) return text.trim();
  return join(text, true);
}

/** A line of only these (or none) between two lines of text is a blank line (see hasBlankLine). */
const BLANK = /^[ \t\u3000]*$/;

/** The joining of joinLines; with `refuseBlankLine`, undefined at a blank line between two lines of text. */
function join(text: string, refuseBlankLine: boolean): string | undefined {
  let out = "";
  let blankSince = false;
  // The next LF and CR at or after `start` (-1: none left), each searched again only once passed.
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (let start = 0; start <= text.length; ) {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    // Trimmed first: a tab at either end is trimmed as the space it becomes would be.
    let line = text.slice(start, end).trim();
    if (line) {
      // A blank line after text, and now text again: two paragraphs.
      if (blankSince) return undefined;
      if (line.includes("\t")) line = line.replace(TABS, " ");
      out += out && latinMeetsLatin(out, line) ? ` ${line}` : line;
    } else if (refuseBlankLine && out && end < text.length && BLANK.test(text.slice(start, end))) {
      blankSince = true;
    }
    start = end + (end === cr && lf === cr + 1 ? 2 : 1);
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
