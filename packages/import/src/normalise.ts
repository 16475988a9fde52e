import { findForbiddenCharacter } from "@gongwen/schema";
import type { RemovedClutter } from "./types.js";

/** Every way a line may end: CRLF, CR, LF, NEL, the Unicode line and paragraph separators, FF, VT. */
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\f\v]/g;
/** Spaces that are not ASCII: no-break, full-width (ideographic), the typographic ones. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Characters that are invisible and mean nothing in a report: BOM, zero-width space and joiners. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;

/** Text with line ends, odd spaces and invisible characters normalised, and what was dropped. */
export interface NormalisedText {
  text: string;
  /** Control characters and lone surrogates taken out, each with its line. */
  removed: RemovedClutter[];
}

/**
 * Normalises pasted text: every line break becomes `\n`, no-break and full-width spaces become
 * ASCII spaces, the BOM and zero-width characters go, and characters no document may hold
 * (control characters, lone surrogates) are taken out and listed. Tabs stay: they separate the
 * cells of pasted tables.
 */
export function normaliseText(input: string): NormalisedText {
  const lines = input.replace(LINE_BREAKS, "\n").replace(ODD_SPACES, " ").replace(INVISIBLE, "").split("\n");
  const removed: RemovedClutter[] = [];
  const out = lines.map((line, i) => {
    let rest = line;
    let clean = "";
    for (let bad = findForbiddenCharacter(rest); bad; bad = findForbiddenCharacter(rest)) {
      // Every forbidden character is one UTF-16 unit: a control character or a lone surrogate.
      removed.push({ kind: "invalid-character", text: rest.slice(bad.index, bad.index + 1), line: i + 1 });
      clean += rest.slice(0, bad.index);
      rest = rest.slice(bad.index + 1);
    }
    return clean + rest;
  });
  return { text: out.join("\n"), removed };
}
