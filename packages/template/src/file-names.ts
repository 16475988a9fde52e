/** The longest file name made from a pattern, in characters (before the extension and a `-2`). */
export const FILE_NAME_MAX_LENGTH = 80;

/**
 * Names Windows reserves for devices, whatever the extension (`nul.txt` is `NUL`): CON, PRN, AUX,
 * NUL, COM0–9, LPT0–9 and COM¹²³, LPT¹²³ (Microsoft, "Naming Files, Paths, and Namespaces").
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * Characters no file name may hold: path separators, the others Windows forbids (`<>:"|?*`) and
 * control characters (C0, DEL and C1).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*]/g;

/**
 * What safeFileNameOf changed in a text to make it a file name. Runs of white space made one
 * space, and spaces at either end, are not counted: they change nothing a reader would miss.
 */
export interface FileNameChanges {
  /** The characters replaced by `_` (UNSAFE), each once, in the order met. */
  replaced: string[];
  /** A Windows device name (RESERVED): `_` was put before it. */
  reserved: boolean;
  /** Dots at its start (a hidden file) or end (which Windows drops) went. */
  dots: boolean;
  /** Longer than FILE_NAME_MAX_LENGTH characters: cut to that. */
  cut: boolean;
  /** Nothing was left of it (or it was empty): the fallback was used. */
  empty: boolean;
}

/** A text made a file name (safeFileNameOf), and what was changed; `changes` is undefined when nothing was. */
export interface SafeFileName {
  name: string;
  changes?: FileNameChanges;
}

/**
 * A file name made safe from text that came from data: path separators, characters Windows
 * forbids (`<>:"/\|?*`), control characters and leading dots become `_` or go, so a name can
 * never leave the output folder; reserved device names get a `_`; the length is bounded. Empty
 * text gives `fallback`. Says what it changed, so that a command can tell its user.
 */
export function safeFileNameOf(text: string, fallback = "report"): SafeFileName {
  const replaced = [...new Set(text.match(UNSAFE) ?? [])];
  const spaced = text.replace(UNSAFE, "_").replace(/\s+/g, " ").trim();
  const undotted = spaced.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  const characters = Array.from(undotted);
  const name = characters.slice(0, FILE_NAME_MAX_LENGTH).join("");
  const changes: FileNameChanges = {
    replaced,
    reserved: RESERVED.test((name.split(".")[0] ?? "").trimEnd()),
    dots: undotted !== spaced,
    cut: characters.length > FILE_NAME_MAX_LENGTH,
    empty: !name,
  };
  const changed = replaced.length > 0 || changes.reserved || changes.dots || changes.cut || changes.empty;
  const safe = changes.empty ? fallback : changes.reserved ? `_${name}` : name;
  return changed ? { name: safe, changes } : { name: safe };
}

/** safeFileNameOf's name alone. */
export function safeFileName(text: string, fallback = "report"): string {
  return safeFileNameOf(text, fallback).name;
}

/** A name UniqueNames handed out, and how it came from the text asked for. */
export interface ClaimedName extends SafeFileName {
  /** The safe name before numbering (`名称` for `名称-2`). */
  base: string;
  /** 2, 3 …: the number put after `base` because earlier names took it; undefined when none was. */
  number?: number;
}

/** Hands out file names unique within one output folder (case-insensitively): `名称`, `名称-2`, `名称-3`. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  /** A safe name for `text`, numbered when an earlier one took it. */
  claim(text: string, fallback?: string): string {
    return this.claimName(text, fallback).name;
  }

  /** As claim, saying what was changed in `text` (SafeFileName.changes) and the number put after it. */
  claimName(text: string, fallback?: string): ClaimedName {
    const safe = safeFileNameOf(text, fallback);
    const base = safe.name;
    let name = base;
    let n = 2;
    for (; this.taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    this.taken.add(name.toLowerCase());
    const claimed: ClaimedName = { ...safe, name, base };
    if (name !== base) claimed.number = n - 1;
    return claimed;
  }
}
