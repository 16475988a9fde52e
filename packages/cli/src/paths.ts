import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/**
 * The folder of the clerk templates: `templates/` inside the installed CLI package (copied there
 * when the package is packed), else `templates/` at the repository root.
 */
export function templatesDir(): string {
  const packaged = fileURLToPath(new URL("../templates/", import.meta.url));
  return existsSync(packaged) ? packaged : fileURLToPath(new URL("../../../templates/", import.meta.url));
}

/**
 * The JSON Schema file of reports: `report.schema.json` inside the installed CLI package (copied
 * there when the package is packed, so that `npm install -g @gongwen/cli` needs nothing else), else
 * the one @gongwen/schema ships, when it is installed beside us (as in the repository).
 */
export function schemaFile(): string | undefined {
  const packaged = fileURLToPath(new URL("../report.schema.json", import.meta.url));
  if (existsSync(packaged)) return packaged;
  try {
    const file = createRequire(import.meta.url).resolve("@gongwen/schema/report.schema.json");
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The `【怎么填】` guide at the head of a template (how to fill in a report), as comment lines
 * without their `#`, for YAML that gongwen writes other than from a template (gongwen import).
 */
export function templateGuide(kind: string): string[] {
  let text: string;
  try {
    text = readFileSync(`${templatesDir()}${kind}.yaml`, "utf8");
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith("# 【怎么填】"));
  if (start < 0) return [];
  const guide: string[] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith("#") || /^#\s*={10,}/.test(line)) break;
    guide.push(line.replace(/^# ?/, ""));
  }
  while (guide.length > 0 && guide.at(-1)?.trim() === "") guide.pop();
  return guide;
}
