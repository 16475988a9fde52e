/** Text with the ranges that were set in bold. */
export interface StyledText {
  text: string;
  /** [start, end) offsets of `text` in bold. */
  bold: [number, number][];
}

/** Appends a piece of text to a styled text, bold or not, merging touching bold ranges. */
export function appendStyled(target: StyledText, piece: string, bold: boolean): void {
  const start = target.text.length;
  target.text += piece;
  if (!bold || !piece) return;
  const last = target.bold[target.bold.length - 1];
  if (last && last[1] === start) last[1] = target.text.length;
  else target.bold.push([start, target.text.length]);
}

/** Trims a styled text, moving its bold ranges along. */
export function trimStyled(styled: StyledText): StyledText {
  const lead = styled.text.length - styled.text.trimStart().length;
  const text = styled.text.trim();
  const bold = styled.bold
    .map(([s, e]): [number, number] => [Math.max(0, s - lead), Math.min(text.length, e - lead)])
    .filter(([s, e]) => e > s);
  return { text, bold };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Decodes the character references of HTML text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return safeChar(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith("#")) return safeChar(Number.parseInt(name.slice(1), 10), whole);
    return ENTITIES[name] ?? whole;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** A character reference: `&#x5168;`, `&#20840;`, `&amp;`. */
const CHARACTER_REFERENCE = /^&(?:#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/;

/**
 * The index of the first `ch` at or after an index, for indexes that only grow: each search starts
 * where the last one stopped, so a text full of unclosed `[` or `<` is searched once, not once per mark.
 */
function forwardFinder(s: string, ch: string): (from: number) => number {
  let found = -2;
  return (from) => {
    if (found === -1 || (found >= from && found !== -2)) return found;
    found = s.indexOf(ch, from);
    return found;
  };
}

/** Takes out images `![alt](url)` and HTML tags `<b>`, `</span …>`, in linear time. */
function dropImagesAndTags(source: string): string {
  const closeBracket = forwardFinder(source, "]");
  const closeParen = forwardFinder(source, ")");
  const closeAngle = forwardFinder(source, ">");
  let out = "";
  let kept = 0;
  for (let i = 0; i < source.length; i++) {
    let end = -1;
    if (source[i] === "!" && source[i + 1] === "[") {
      const close = closeBracket(i + 2);
      if (close >= 0 && source[close + 1] === "(") end = closeParen(close + 2);
    } else if (source[i] === "<" && /^<\/?[A-Za-z]/.test(source.slice(i, i + 3))) {
      end = closeAngle(i + 1);
    }
    if (end < 0) continue;
    out += source.slice(kept, i);
    kept = end + 1;
    i = end;
  }
  return out + source.slice(kept);
}

/**
 * Reads the inline Markdown of a paragraph: `**bold**` and `__bold__` become bold ranges,
 * emphasis, code spans, links (`[text](url)` keeps the text), images (dropped) and HTML tags
 * lose their markup, and backslash escapes and character references (`&#x5168;`, `&amp;`) give
 * their character. Linear in the text's length.
 */
export function readInlineMarkdown(source: string): StyledText {
  const out: StyledText = { text: "", bold: [] };
  let bold = false;
  let i = 0;
  const s = dropImagesAndTags(source);
  const closeBacktick = forwardFinder(s, "`");
  const closeBracket = forwardFinder(s, "]");
  const closeParen = forwardFinder(s, ")");
  while (i < s.length) {
    const ch = s[i] as string;
    const two = s.slice(i, i + 2);
    if (ch === "\\" && i + 1 < s.length && /[!-/:-@[-`{-~]/.test(s[i + 1] as string)) {
      appendStyled(out, s[i + 1] as string, bold);
      i += 2;
    } else if (ch === "&" && CHARACTER_REFERENCE.test(s.slice(i, i + 12))) {
      const reference = (CHARACTER_REFERENCE.exec(s.slice(i, i + 12)) as RegExpExecArray)[0];
      appendStyled(out, decodeEntities(reference), bold);
      i += reference.length;
    } else if (two === "**" || two === "__") {
      bold = !bold;
      i += 2;
    } else if (ch === "`") {
      const end = closeBacktick(i + 1);
      if (end > i) {
        appendStyled(out, s.slice(i + 1, end), bold);
        i = end + 1;
      } else {
        appendStyled(out, ch, bold);
        i++;
      }
    } else if (ch === "[") {
      const close = closeBracket(i + 1);
      const end = close >= 0 && s[close + 1] === "(" ? closeParen(close + 2) : -1;
      if (end >= 0) {
        appendStyled(out, s.slice(i + 1, close), bold);
        i = end + 1;
      } else {
        appendStyled(out, ch, bold);
        i++;
      }
    } else if ((ch === "*" || ch === "_") && isEmphasisMark(s, i)) {
      i++;
    } else {
      appendStyled(out, ch, bold);
      i++;
    }
  }
  return out;
}

/** A single `*` or `_` that opens or closes emphasis (next to a non-space), not a literal one. */
function isEmphasisMark(s: string, i: number): boolean {
  const before = s[i - 1] ?? " ";
  const after = s[i + 1] ?? " ";
  if (s[i] === "_" && /[A-Za-z0-9]/.test(before) && /[A-Za-z0-9]/.test(after)) return false;
  return !/\s/.test(after) || !/\s/.test(before);
}
