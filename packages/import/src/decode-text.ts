/** The encodings a pasted text file is read in: what Notepad, WPS and the portals save. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** A text file decoded, and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when a byte-order mark said so; false when the encoding was told from the bytes. */
  bom: boolean;
}

type Decoder = new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

/** The platform's TextDecoder (Node and every browser have UTF-8, UTF-16 and GB18030). */
function decoder(label: TextEncoding, fatal: boolean): { decode(bytes: Uint8Array): string } {
  const { TextDecoder: TD } = globalThis as unknown as { TextDecoder: Decoder };
  return new TD(label, { fatal });
}

function tryDecode(bytes: Uint8Array, label: TextEncoding): string | undefined {
  try {
    return decoder(label, true).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Characters no text file holds: C0 controls other than tab, line feed, carriage return, FF, VT. */
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/g;

/** Whether decoded text reads as text: few control characters (a binary file is full of them). */
function readsAsText(text: string): boolean {
  const controls = text.match(BINARY)?.length ?? 0;
  return controls <= Math.max(2, text.length / 1000);
}

/**
 * Which UTF-16 a text without a byte-order mark is in, when it is one: mostly ASCII and CJK
 * text puts a zero byte in every other place (line ends, digits, punctuation).
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  // A CJK character may have a zero byte too (一 is U+4E00): the other side must have few.
  if (oddZeros > pairs * 0.1 && evenZeros * 4 < oddZeros) return "utf-16le";
  if (evenZeros > pairs * 0.1 && oddZeros * 4 < evenZeros) return "utf-16be";
  return undefined;
}

/**
 * Decodes the bytes of a text file: a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE);
 * otherwise valid UTF-8 is UTF-8, a text with a zero byte in every other place is UTF-16, and
 * anything else that decodes as GB18030 (a superset of GBK, what Notepad and WPS save as “ANSI”
 * on a Chinese system) is GB18030. Returns undefined for bytes that are no text in any of them
 * (a binary file, a .doc).
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) {
    const text = decoder("utf-8", false).decode(bytes.subarray(3));
    return readsAsText(text) ? { text, encoding: "utf-8", bom: true } : undefined;
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding = b0 === 0xff ? "utf-16le" : "utf-16be";
    const text = decoder(encoding, false).decode(bytes.subarray(2));
    return readsAsText(text) ? { text, encoding, bom: true } : undefined;
  }
  const utf16 = utf16WithoutBom(bytes);
  const order: TextEncoding[] = utf16 ? [utf16, "utf-8", "gb18030"] : ["utf-8", "gb18030"];
  for (const encoding of order) {
    const text = tryDecode(bytes, encoding);
    if (text !== undefined && readsAsText(text)) return { text, encoding, bom: false };
  }
  return undefined;
}
