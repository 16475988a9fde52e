import { type Crc32, type DeflateRaw, renderDocxSync } from "@gongwen/render-docx/core";
import { renderMarkdown } from "@gongwen/render-md";
import type { BatchOutput, BatchResult, BatchSetup, BatchTask } from "./batch-protocol.js";
import { loadTemplate, loadTextTemplate } from "./load.js";
import { safeRenderTemplate, safeRenderText } from "./render.js";

const encoder = new TextEncoder();

/** What the thread running a batch brings to its renderer. */
export interface BatchRendererOptions {
  /**
   * The raw DEFLATE compressor of the DOCX writer (see RenderDocxOptions.deflateRaw): the worker
   * threads pass zlib's. Required: the writer's core entry (`@gongwen/render-docx/core`) has no
   * default, so that fflate is never loaded.
   */
  deflateRaw: DeflateRaw;
  /** The CRC-32 of the zip (see RenderDocxOptions.crc32): the worker threads pass zlib's. */
  crc32?: Crc32;
}

/**
 * Renders the rows of a batch as one worker does: the template and the name pattern are compiled
 * once (when this is made), then each row is filled, validated and written to every format.
 * Used by the worker threads, and by tests in one thread.
 */
export function batchRenderer(setup: BatchSetup, use: BatchRendererOptions): (task: BatchTask) => BatchResult {
  const docxOptions = use.crc32 ? { deflateRaw: use.deflateRaw, crc32: use.crc32 } : { deflateRaw: use.deflateRaw };
  const options =
    setup.fileName === undefined ? { locale: setup.locale } : { locale: setup.locale, fileName: setup.fileName };
  const template = loadTemplate(setup.template, options);
  const name =
    setup.name === undefined ? undefined : loadTextTemplate(setup.name, { locale: setup.locale, fileName: "--name" });
  return (task) => {
    try {
      return renderRow(task);
    } catch (error) {
      // A defect met on one row (a writer's bug) is that row's failure; the batch goes on.
      const message = `${setup.locale === "zh" ? "内部错误（这是 gongwen 的缺陷，请报告）：" : "internal error (a defect of gongwen; please report it): "}${(error as Error)?.message ?? String(error)}`;
      return {
        id: task.id,
        row: task.row,
        ok: false,
        problems: [{ code: "internal_error", path: [], message, row: task.row }],
      };
    }
  };

  function renderRow({ id, row, values, fields }: BatchTask): BatchResult {
    const options = fields === undefined ? { row } : { row, fields };
    const result = safeRenderTemplate(template, values, options);
    if (!result.success) return { id, row, ok: false, problems: result.problems };
    let fileName = result.report.meta.title;
    if (name) {
      const named = safeRenderText(name, { ...template.defaults, ...values }, options);
      if (!named.success) return { id, row, ok: false, problems: named.problems };
      fileName = named.text;
    }
    const outputs: BatchOutput[] = setup.formats.map((format) => ({
      format,
      data:
        format === "docx" ? renderDocxSync(result.report, docxOptions) : encoder.encode(renderMarkdown(result.report)),
    }));
    return { id, row, ok: true, name: fileName, outputs };
  }
}
