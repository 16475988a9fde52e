import type { ReportKind } from "@gongwen/schema";
import type { Warn } from "./outline.js";

/**
 * A metadata value the import could not read from the text and filled with the best evidence it
 * had. The YAML writer marks each with a `# gongwen-guessed: <path> …` comment above its key, and
 * `gongwen lint` reports the value until the clerk confirms it by deleting the comment.
 */
export interface GuessedValue {
  /** The model path of the field, dotted: `meta.date`, `meta.org`, `meta.year`. */
  path: string;
  /** The input line the guess concerns (the title's line when nothing nearer). */
  line: number;
  /** What was guessed from what, in the import's language (the warning's message). */
  note: string;
}

/** The placeholder an organ's name gets when the text names none: lint's `placeholder` rule reports it too. */
const ORG_PLACEHOLDER = "××（发文机关）";

/** The evidence left when the title, signature and metadata block gave no organ, year or date. */
export interface GuessEvidence {
  kind: ReportKind;
  /** The portal's 发布机构. */
  publisher?: string;
  /** The letterhead (`青溪县林业局文件`). */
  letterheadName?: string;
  /** The portal's publish date, ISO. */
  publishDate?: string;
  /** Today, ISO: the last resort for the date. */
  today: string;
  /** The line to point warnings at (the title's, or 1). */
  line: number;
}

/** Reports a guess as a warning and records it as a guessed value. */
export type Guess = (path: string, code: string, params: Record<string, string | number>) => void;

/** The organ when the title and the signature name none: 发布机构, else the letterhead, else a placeholder. */
export function guessOrg(evidence: GuessEvidence, guess: Guess): string {
  if (evidence.publisher) {
    guess("meta.org", "org_from_publisher", { org: evidence.publisher });
    return evidence.publisher;
  }
  const letterhead = evidence.letterheadName?.replace(/文件$/, "");
  if (letterhead) {
    guess("meta.org", "org_from_letterhead", { org: letterhead });
    return letterhead;
  }
  guess("meta.org", "org_placeholder", { org: ORG_PLACEHOLDER });
  return ORG_PLACEHOLDER;
}

/** 成文日期 when the text gives none: the portal's publish date, else today. */
export function guessDate(evidence: GuessEvidence, guess: Guess): string {
  if (evidence.publishDate) {
    guess("meta.date", "date_from_portal", { date: evidence.publishDate });
    return evidence.publishDate;
  }
  guess("meta.date", "date_from_today", { date: evidence.today });
  return evidence.today;
}

/**
 * The report's year when neither the title nor the body's part headings give it, from its
 * date: a summary dated in the first half of a year sums up the year before (reports are
 * written in January), a plan dated in the last quarter plans the year after.
 */
export function guessYear(date: string, evidence: GuessEvidence, guess: Guess): number {
  const [year = 0, month = 1] = date.split("-").map(Number);
  const guessed = evidence.kind === "plan" ? (month >= 10 ? year + 1 : year) : month <= 6 ? year - 1 : year;
  guess("meta.year", "year_from_date", { year: guessed, date });
  return guessed;
}

/** A Guess that warns through `warn` at `line` and collects what it guessed. */
export function guessRecorder(
  warn: Warn,
  line: number,
  message: (code: string, params: Record<string, string | number>) => string,
): { guess: Guess; guessed: GuessedValue[] } {
  const guessed: GuessedValue[] = [];
  return {
    guessed,
    guess: (path, code, params) => {
      warn(code, line, params);
      guessed.push({ path, line, note: message(code, params) });
    },
  };
}

/** Today as ISO `YYYY-MM-DD`, in the local calendar. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
