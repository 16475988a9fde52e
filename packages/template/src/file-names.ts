/** The longest file name made from a pattern, in characters (before the extension and a `-2`). */
export const FILE_NAME_MAX_LENGTH = 80;

/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A file name made safe from text that came from data: path separators, characters Windows
 * forbids (`<>:"/\|?*`), control characters and leading dots become `_` or go, so a name can
 * never leave the output folder; reserved device names get a `_`; the length is bounded. Empty
 * text gives `fallback`.
 */
export function safeFileName(text: string, fallback = "report"): string {
  let name = text
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  name = Array.from(name).slice(0, FILE_NAME_MAX_LENGTH).join("");
  if (!name) return fallback;
  return RESERVED.test(name.split(".")[0] ?? "") ? `_${name}` : name;
}

/** Hands out file names unique within one output folder (case-insensitively): `名称`, `名称-2`, `名称-3`. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  /** A safe name for `text`, numbered when an earlier one took it. */
  claim(text: string, fallback?: string): string {
    const base = safeFileName(text, fallback);
    let name = base;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
