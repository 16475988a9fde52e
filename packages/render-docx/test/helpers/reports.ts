/** Reports for the tests: the package's own fixtures and every example of the repository. */
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadReportYaml, parseReport, type Report, type ReportInput } from "@gongwen/schema";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));

/** A report from a YAML file. */
export function loadYaml(path: string): Report {
  return loadReportYaml(readFileSync(path, "utf8"), path);
}

/** The package's fixture that uses every element: 青溪县水利局 with 版头, table, 版记 … */
export function fullReport(): Report {
  return loadYaml(join(FIXTURES, "water-bureau-2023.yaml"));
}

/** Every YAML report of examples/ and of the fixtures, by name. */
export function allReports(): { name: string; path: string }[] {
  const list = (dir: string) =>
    readdirSync(dir)
      .filter((f) => [".yaml", ".yml"].includes(extname(f)))
      .sort()
      .map((f) => ({ name: basename(f, extname(f)), path: join(dir, f) }));
  return [...list(EXAMPLES), ...list(FIXTURES)];
}

/** A small valid report built in code, with overrides of its meta and body. */
export function smallReport(meta: Partial<ReportInput["meta"]> = {}, body: Partial<ReportInput["body"]> = {}): Report {
  return parseReport({
    meta: { org: "青溪县水利局", year: 2023, date: "2024-01-09", ...meta },
    body: {
      opening: "全年工作总体平稳。",
      summary: { sections: [{ title: "防汛工作有力有序", content: ["汛期没有发生因洪致死事故。"] }] },
      plan: { sections: [{ title: "守住防汛安全底线", content: [{ lead: "完善防御体系。", text: "修订预案。" }] }] },
      ...body,
    },
  } as ReportInput);
}
