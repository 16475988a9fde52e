import type { Locale } from "@gongwen/schema";
import { msg } from "./scan.js";
import type { Diagnostic } from "./types.js";

/**
 * The id under which values `gongwen import` guessed are reported. Import marks each guess with a
 * comment above its key — `# gongwen-guessed: meta.date 用网页的发布日期…` in YAML (also in a
 * Markdown front matter), `<!-- gongwen-guessed: meta.date … -->` in Markdown — and the value is
 * reported, as an error, until the clerk has checked it and deleted the comment.
 */
export const GUESSED_RULE = "guessed-value";

const YAML_MARK = /^[ \t]*#[ \t]*gongwen-guessed[ \t]*[:：][ \t]*(\S*)[ \t]*(.*)$/gm;
const HTML_MARK = /<!--[ \t]*gongwen-guessed[ \t]*[:：][ \t]*(\S*)[ \t]*([\s\S]*?)-->/g;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** One diagnostic per `gongwen-guessed` comment of a YAML or Markdown report, at the comment's line. */
export function guessedDiagnostics(text: string, format: "yaml" | "markdown", locale: Locale): Diagnostic[] {
  if (!text.includes("gongwen-guessed")) return [];
  const marks = [...text.matchAll(YAML_MARK)];
  if (format === "markdown") {
    const fm = /^---[ \t]*\r?\n[\s\S]*?^---[ \t]*$/m.exec(text);
    const end = fm && fm.index === 0 ? fm[0].length : 0;
    marks.splice(0, marks.length, ...marks.filter((m) => m.index < end), ...text.matchAll(HTML_MARK));
  }
  return marks.map((m) => {
    const path = (m[1] ?? "").split(".").filter(Boolean);
    const note = (m[2] ?? "").trim();
    const field = path.join(".") || "?";
    const messages = msg(
      `${field} 是导入时推测的值，还没有核对：${note}（核对无误后删去这行 gongwen-guessed 注释）`,
      `${field} was guessed on import and is not confirmed yet: ${note} (delete the gongwen-guessed comment once checked)`,
    );
    const offset = m.index + (m[0].length - m[0].trimStart().length);
    return {
      rule: GUESSED_RULE,
      severity: "error",
      message: messages[locale],
      messages,
      path: path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      line: lineOf(text, offset),
      column: offset - text.lastIndexOf("\n", offset - 1),
    } satisfies Diagnostic;
  });
}
