import type { Locale } from "@gongwen/schema";
import {
  type ClaimedName,
  FILE_NAME_MAX_LENGTH,
  type FileNameChanges,
  safeFileName,
  UniqueNames,
} from "@gongwen/template";
import { say } from "./locale.js";
import { rowsLead } from "./row-problems.js";

/** How many lines of each kind (names changed, names repeated) the notices print before saying how many more. */
export const LISTED_NAME_NOTICES = 10;

/** How many rows a line on a repeated name pairs with their numbered names before `……`. */
const LISTED_NUMBERED = 5;

/** The longest text quoted from the data in a notice, in characters. */
const QUOTED_MAX = 60;

/** Does a --name pattern hold a Handlebars expression? Without one, every row gets the same name. */
export function patternHasVariable(pattern: string): boolean {
  return /\{\{/.test(pattern);
}

/**
 * The file names of a batch (`gongwen batch`), from the --name pattern or the reports' titles:
 * made safe and unique (UniqueNames), and what that changed told to the user once rather than
 * done silently. A pattern without any `{{…}}` is warned of before any row is rendered (warnAhead);
 * at the end (notices), the rows whose name lost characters file names cannot hold, a Windows
 * device name, dots or length, with what each became, and the rows that got the same name, with
 * the numbers they were given. Rows are those of the data file, as the other messages count them.
 */
export class BatchNames {
  private readonly names = new UniqueNames();
  private readonly claimed: { row: number; text: string; claimed: ClaimedName }[] = [];
  private warned = false;

  /** `pattern` is --name (undefined: the reports' titles name the files). */
  constructor(
    private readonly pattern: string | undefined,
    private readonly locale: Locale,
  ) {}

  /** The file name (without extension) for a row whose pattern or title gave `text`. */
  claim(text: string, row: number): string {
    const claimed = this.names.claimName(text);
    this.claimed.push({ row, text, claimed });
    return claimed.name;
  }

  /**
   * When the pattern holds no `{{…}}` and the data has more than one row, writes once, as soon as
   * the data is read (before any row is rendered), that every report gets the same name, numbered.
   * A data file that cannot be read is said elsewhere: nothing is written then.
   */
  warnAhead(
    data: Promise<{ rows: readonly unknown[]; fields: readonly string[] }>,
    write: (line: string) => void,
  ): void {
    const pattern = this.pattern;
    if (pattern === undefined || patternHasVariable(pattern)) return;
    data.then(
      ({ rows, fields }) => {
        if (rows.length < 2) return;
        this.warned = true;
        const base = safeFileName(pattern);
        const numbers = rows.length > 3 ? [1, 2, 0, rows.length] : Array.from(rows, (_, i) => i + 1);
        const numbered = numbers.map((n) => (n === 0 ? "…" : n === 1 ? base : `${base}-${n}`));
        const example = `"{{${fields[0] ?? say(this.locale, "列名", "column")}}}${pattern}"`;
        write(
          say(
            this.locale,
            `警告 --name “${pattern}”中没有 {{…}} 变量，${rows.length} 份报告的文件名都是“${base}”，将依次编号为 ${numbered.join("、")}。要每行一个名字，请在模式中用数据的列，如 --name ${example}`,
            `warning --name "${pattern}" holds no {{…}} variable: all ${rows.length} reports get the name "${base}", numbered ${numbered.join(", ")}. For a name per row, use a column of the data in the pattern, such as --name ${example}`,
          ),
        );
      },
      () => {},
    );
  }

  /**
   * The notices on the names handed out so far, one line each: names changed to be safe (one per
   * distinct text, with its rows), then names repeated (one per name, with its rows and numbers,
   * unless warnAhead already said it), each kind cut at LISTED_NAME_NOTICES lines.
   */
  notices(): string[] {
    return [...this.changedNotices(), ...(this.warned ? [] : this.repeatedNotices())];
  }

  private changedNotices(): string[] {
    const groups = new Map<string, { text: string; name: string; changes: FileNameChanges; rows: number[] }>();
    for (const { row, text, claimed } of this.claimed) {
      if (claimed.changes === undefined) continue;
      const group = groups.get(text);
      if (group) group.rows.push(row);
      else groups.set(text, { text, name: claimed.base, changes: claimed.changes, rows: [row] });
    }
    const lines = [...groups.values()].map(({ text, name, changes, rows }) => {
      const lead = rowsLead(rows, this.locale);
      if (changes.empty) {
        return say(
          this.locale,
          `警告 ${lead}文件名“${quoted(text)}”中没有可用在文件名中的字，改用“${name}”`,
          `warning ${lead}the file name "${quoted(text)}" has nothing a file name can use, so "${name}" is used`,
        );
      }
      const why = reasons(changes, this.locale).join(say(this.locale, "；", "; "));
      return say(
        this.locale,
        `警告 ${lead}文件名“${quoted(text)}”${why}，写为“${name}”`,
        `warning ${lead}the file name "${quoted(text)}" ${why}; written as "${name}"`,
      );
    });
    return cut(lines, (more) =>
      say(this.locale, `警告 另有 ${more} 个文件名也这样改写了`, `warning ${more} more file names were changed alike`),
    );
  }

  private repeatedNotices(): string[] {
    const groups = new Map<string, { base: string; named: { row: number; name: string }[] }>();
    for (const { row, claimed } of this.claimed) {
      const key = claimed.base.toLowerCase();
      const group = groups.get(key);
      if (group) group.named.push({ row, name: claimed.name });
      else groups.set(key, { base: claimed.base, named: [{ row, name: claimed.name }] });
    }
    const source =
      this.pattern === undefined
        ? say(
            this.locale,
            "（文件名取自报告标题；可用 --name 给每行一个名字）",
            " (the names come from the reports' titles; --name gives each row its own)",
          )
        : say(
            this.locale,
            `（文件名来自 --name “${this.pattern}”）`,
            ` (the names come from --name "${this.pattern}")`,
          );
    const lines = [...groups.values()]
      .filter(({ named }) => named.length > 1)
      .map(({ base, named }) => {
        const sorted = [...named].sort((a, b) => a.row - b.row);
        const pairs = sorted
          .slice(0, LISTED_NUMBERED)
          .map(({ row, name }) => say(this.locale, `第 ${row} 行“${name}”`, `row ${row} "${name}"`));
        const more = sorted.length > LISTED_NUMBERED ? say(this.locale, "……", " …") : "";
        const all = pairs.join(say(this.locale, "，", ", ")) + more;
        const rows = rowsLead(
          sorted.map((n) => n.row),
          this.locale,
        );
        return say(
          this.locale,
          `警告 ${rows}文件名重复（都是“${base}”），已依次编号：${all}${source}`,
          `warning ${rows}the file names repeat (all "${base}"), so they were numbered: ${all}${source}`,
        );
      });
    return cut(lines, (more) =>
      say(
        this.locale,
        `警告 另有 ${more} 个文件名也重复了，均已编号`,
        `warning ${more} more file names repeat, numbered alike`,
      ),
    );
  }
}

/** Why a name was changed (but not emptied), as clauses of a notice. */
function reasons(changes: FileNameChanges, locale: Locale): string[] {
  const out: string[] = [];
  if (changes.replaced.length > 0) {
    const chars = changes.replaced.map(visible).join(" ");
    out.push(
      say(
        locale,
        `中有文件名不能用的字符 ${chars}，已换成 _`,
        `holds characters a file name cannot (${chars}), replaced by _`,
      ),
    );
  }
  if (changes.reserved) {
    out.push(
      say(
        locale,
        `是 Windows 保留的设备名（CON、PRN、AUX、NUL、COM1、LPT1 等），已在前面加 _`,
        `is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1, LPT1 …), so _ was put before it`,
      ),
    );
  }
  if (changes.dots) out.push(say(locale, "开头或结尾的 . 已去掉", "lost the dots at its start or end"));
  if (changes.cut) {
    out.push(
      say(
        locale,
        `超过 ${FILE_NAME_MAX_LENGTH} 个字，已截短`,
        `is longer than ${FILE_NAME_MAX_LENGTH} characters, so it was cut`,
      ),
    );
  }
  return out;
}

/** A character as a notice shows it: a control character by its escape (`\n`, `\u0001`). */
function visible(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && (code < 0x7f || code > 0x9f)) return char;
  const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
  return named[char] ?? `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Text from the data as a notice quotes it: control characters visible, cut at QUOTED_MAX characters. */
function quoted(text: string): string {
  const chars = Array.from(text);
  const shown = chars.slice(0, QUOTED_MAX).map(visible).join("");
  return chars.length > QUOTED_MAX ? `${shown}…` : shown;
}

/** The first LISTED_NAME_NOTICES lines, then one saying how many more. */
function cut(lines: string[], more: (count: number) => string): string[] {
  if (lines.length <= LISTED_NAME_NOTICES) return lines;
  return [...lines.slice(0, LISTED_NAME_NOTICES), more(lines.length - LISTED_NAME_NOTICES)];
}
