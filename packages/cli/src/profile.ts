import { existsSync } from "node:fs";
import {
  BUILT_IN_PROFILES,
  type BuiltInProfileName,
  ProfileError,
  type ProfileOverride,
  validateProfile,
} from "@gongwen/render-docx/core";
import { type Locale, type Problem, yamlLocator, yamlSyntaxProblems } from "@gongwen/schema";
import { LineCounter, parseDocument } from "yaml";
import { UserError } from "./errors.js";
import { readText } from "./files.js";
import { say } from "./locale.js";

/**
 * Reads a DOCX layout profile from a YAML or JSON file (JSON is YAML too) and validates it.
 * Every problem is reported with its `file:line:col`; a broken profile stops the command. The
 * name of a built-in profile (`gbt9704Gbk`) stands for itself when no file has that name.
 */
export async function loadProfile(file: string, locale: Locale): Promise<ProfileOverride> {
  if (Object.hasOwn(BUILT_IN_PROFILES, file) && !existsSync(file)) return { base: file as BuiltInProfileName };
  const text = await readText(file, locale);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems: Problem[] = yamlSyntaxProblems(doc.errors, text, lineCounter, locale).map((p) => ({ ...p, file }));
    throw new UserError(
      say(locale, "版式配置无法读取，没有写出任何文件。", "The profile cannot be read; nothing was written."),
      { problems },
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new UserError(
      say(
        locale,
        `${file}：YAML 引用有误：${(error as Error).message}`,
        `${file}: bad YAML alias: ${(error as Error).message}`,
      ),
    );
  }
  try {
    return validateProfile(data, { locale, source: file });
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    const locate = yamlLocator(doc, lineCounter);
    const problems: Problem[] = error.problems.map((p) => ({
      code: "profile",
      path: p.path,
      message: p.message,
      file,
      // A profile that is wrong as a whole (a list, an empty file) is pointed at its first line.
      ...(locate(p.path, { key: true }) ?? { line: 1, column: 1 }),
    }));
    throw new UserError(
      say(locale, "版式配置有问题，没有写出任何文件。", "The profile has problems; nothing was written."),
      { problems },
    );
  }
}
