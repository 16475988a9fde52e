/**
 * The worker thread's handler (piscina): every piece of work that reads or writes a report runs
 * here, off the event loop, so the service stays free for I/O and a timeout can stop the work by
 * terminating the thread. Results go back as plain data; DOCX bytes are transferred, not copied.
 */
import { parseReport } from "@gongwen/schema";
import { Piscina } from "piscina";
import type { Task, TaskResult } from "./task.js";
import { importBody } from "./work/import.js";
import { lintBody } from "./work/lint.js";
import { bodyText, parseJson, readReport, readReportText, reportProblems } from "./work/read-report.js";
import { renderReport } from "./work/render.js";
import { reportFromTemplate, templateSourceOf } from "./work/template.js";

/** A small report every worker renders once in each format when it starts, so its first request is not slow. */
const WARM_REPORT = {
  meta: { org: "青溪县统计局", year: 2023, kind: "summary", date: "2024-01-09" },
  body: {
    sections: [{ title: "统计基础", content: ["全年完成调查12项。", { lead: "夯实基础。", text: "新建站点3个。" }] }],
  },
};

function warm(): void {
  const report = parseReport(WARM_REPORT);
  for (const format of ["docx", "md", "html", "json"] as const) renderReport(report, { format });
}

async function run(task: Task): Promise<TaskResult> {
  switch (task.kind) {
    case "warm":
      warm();
      return { ok: true };
    case "render": {
      // The body is decoded and, for JSON, parsed once: to tell a template from a report, then to read it.
      const text = bodyText(task.source, task.locale);
      const json = task.source.format === "json" ? parseJson(text) : undefined;
      const template = json && templateSourceOf(json.data);
      const report = template
        ? await reportFromTemplate(template, task.locale)
        : readReportText(text, task.source.format, task.locale, json).report;
      const body = renderReport(report, task.options);
      return { ok: true, title: report.meta.title, body };
    }
    case "validate":
      return { ok: true, json: readReport(task.source, task.locale).report };
    case "lint":
      return { ok: true, json: lintBody(task.source, task.locale) };
    case "import":
      return { ok: true, json: await importBody(task.format, task.body, task.locale) };
  }
}

/** A result whose DOCX bytes are transferred to the main thread, not copied. */
function moved(result: TaskResult, body: Uint8Array): ReturnType<typeof Piscina.move> {
  // Only a whole buffer can be transferred: a view on part of one is copied first.
  const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength ? body : body.slice();
  return Piscina.move({
    [Piscina.transferableSymbol]: own.buffer,
    [Piscina.valueSymbol]: { ...result, body: own },
  } as never);
}

/** Runs one task; a report's mistakes come back as its problems, anything else is thrown (500). */
export default async function handle(task: Task): Promise<TaskResult | ReturnType<typeof Piscina.move>> {
  try {
    const result = await run(task);
    return result.ok && result.body instanceof Uint8Array ? moved(result, result.body) : result;
  } catch (error) {
    const problems = reportProblems(error);
    if (problems) return { ok: false, code: "invalid_report", problems };
    throw error;
  }
}
