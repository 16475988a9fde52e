import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Locale } from "@gongwen/schema";
import type { BatchFormat, BatchResult, BatchSetup, BatchTask } from "./batch-protocol.js";
import type { DataRow } from "./data/rows.js";
import { loadTemplate, loadTextTemplate } from "./load.js";

/** Rows sent to a worker in one message: fewer messages, and still an even spread. */
export const BATCH_CHUNK = 4;
/** Messages each worker has in hand at once, so none waits for the next. */
export const BATCH_IN_FLIGHT = 2;

/** Options of renderBatch. */
export interface BatchOptions {
  /** The template's text (YAML or Markdown, by `fileName`). */
  template: string;
  fileName?: string;
  /** The data rows, one report each. */
  rows: readonly DataRow[];
  /** What to write of each report. Default `["docx"]`. */
  formats?: BatchFormat[];
  /** A file-name pattern over the row; the report's title when not given. */
  name?: string;
  /** Worker threads; default one per core. */
  jobs?: number;
  locale?: Locale;
  /** The worker script; the built `worker.js` beside this file by default. */
  workerUrl?: URL;
}

/** The worker script beside this module, in the built package (`dist/worker.js`). */
export function defaultWorkerUrl(): URL {
  const here = new URL(import.meta.url);
  // Run from the TypeScript sources (tests), the built worker is used.
  return here.pathname.endsWith(".ts") ? new URL("../dist/worker.js", here) : new URL("./worker.js", here);
}

/**
 * Renders one report per data row on worker threads and yields each row's result as it is
 * finished (not in row order): its files' bytes and name, or every problem of its document with
 * the row number. A bad row never stops the others. At most `jobs × BATCH_IN_FLIGHT × BATCH_CHUNK`
 * rows are rendered ahead of the consumer, so memory stays flat however long the batch. Stopping
 * the iteration early ends the workers.
 * @throws ReportError at once when the template or the name pattern itself has problems.
 */
export async function* renderBatch(options: BatchOptions): AsyncGenerator<BatchResult> {
  const locale = options.locale ?? "zh";
  const setup: BatchSetup = { template: options.template, locale, formats: options.formats ?? ["docx"] };
  if (options.fileName !== undefined) setup.fileName = options.fileName;
  if (options.name !== undefined) setup.name = options.name;
  // Checked here first, so a broken template is one error and not one per worker.
  loadTemplate(options.template, options.fileName === undefined ? { locale } : { locale, fileName: options.fileName });
  if (options.name !== undefined) loadTextTemplate(options.name, { locale, fileName: "--name" });

  const chunks: BatchTask[][] = [];
  for (let i = 0; i < options.rows.length; i += BATCH_CHUNK) {
    chunks.push(options.rows.slice(i, i + BATCH_CHUNK).map((r, j) => ({ id: i + j, row: r.row, values: r.values })));
  }
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), chunks.length || 1));
  const url = options.workerUrl ?? defaultWorkerUrl();
  // `--input-type` (node -e) is refused by a worker whose entry is a file.
  const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type"));
  const workers = Array.from({ length: jobs }, () => new Worker(url, { workerData: setup, execArgv }));

  const ready: BatchResult[] = [];
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  let next = 0;
  let pending = 0;
  const limit = jobs * BATCH_IN_FLIGHT * BATCH_CHUNK;
  const idle: Worker[] = [];
  const send = (worker: Worker) => {
    if (ready.length >= limit) {
      idle.push(worker);
      return;
    }
    const chunk = chunks[next++];
    if (!chunk) return;
    pending++;
    worker.postMessage(chunk);
  };
  for (const worker of workers) {
    worker.on("message", (results: BatchResult[]) => {
      pending--;
      ready.push(...results);
      send(worker);
      notify();
    });
    worker.on("error", (error) => {
      failure = error;
      notify();
    });
    for (let i = 0; i < BATCH_IN_FLIGHT; i++) send(worker);
  }
  try {
    while (pending > 0 || ready.length > 0) {
      if (failure) throw failure;
      const result = ready.shift();
      if (result) {
        yield result;
        while (idle.length > 0 && ready.length < limit) send(idle.pop() as Worker);
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
