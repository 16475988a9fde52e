import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type Locale, ReportError } from "@gongwen/schema";
import type {
  BatchFormat,
  BatchOutput,
  BatchReply,
  BatchResult,
  BatchSetup,
  BatchTask,
  StagedOutput,
} from "./batch-protocol.js";
import type { DataRow, DataTable } from "./data/rows.js";
import { missingFieldProblems } from "./data-fields.js";
import { loadTemplate, loadTextTemplate } from "./load.js";

/** Rows sent to a worker in one message: fewer messages, and still an even spread. */
export const BATCH_CHUNK = 4;
/** Messages each worker has in hand at once, so none waits for the next. */
export const BATCH_IN_FLIGHT = 2;

/**
 * The old-generation heap limit of each worker thread, in MiB (Node's `resourceLimits`). Without
 * it, V8 lets a worker's heap grow by some 100 KiB of garbage per row before collecting (peak
 * memory rose with the batch's length); at the limit it collects instead, so memory stays flat.
 * A worker of the example template holds about 20 MiB after a collection. A worker that does run
 * out (rows making very large reports) is replaced by one without the limit, which renders its
 * unanswered rows again.
 */
export const BATCH_WORKER_HEAP_MB = 48;

/**
 * The young-generation size of each limited worker thread, in MiB: V8 otherwise widens it to
 * 48 MiB as rows go by (each report's short-lived objects), which alone made peak memory at 1,000
 * rows some 50 MiB above that at 100.
 */
export const BATCH_WORKER_YOUNG_MB = 12;

/** Options of renderBatch. */
export interface BatchOptions {
  /** The template's text (YAML or Markdown, by `fileName`). */
  template: string;
  fileName?: string;
  /**
   * The data rows, one report each, or the data file as readDataTable gives it; or a promise of
   * either, so that the workers start while the rows are read (a rejection is thrown by the
   * iteration as it is). With a DataTable, the fields the template reads for every row are checked
   * against the file's before any row is rendered (missingFieldProblems), and a row's missing
   * value of a field the file has is said to be empty (`empty_value`).
   */
  rows: BatchRows | PromiseLike<BatchRows>;
  /** What to write of each report. Default `["docx"]`. */
  formats?: BatchFormat[];
  /** A file-name pattern over the row; the report's title when not given. */
  name?: string;
  /** Worker threads; default one per core. */
  jobs?: number;
  locale?: Locale;
  /** The worker script; the built `worker.js` beside this file by default. */
  workerUrl?: URL;
  /**
   * An existing folder the workers write each output into, as `<task id>.<format>`, so that no
   * file's bytes cross to this thread: each result then names its files (StagedOutput) and the
   * caller moves them into place (a rename, when the folder is on the same file system). The
   * folder is the caller's: it removes what it does not move, also when the batch fails.
   */
  stageIn?: string;
  /** Each worker's heap limit (MiB), BATCH_WORKER_HEAP_MB by default; `false`: none. */
  workerHeapMb?: number | false;
  /** Stops the batch: the workers end and the iteration throws the signal's reason. */
  signal?: AbortSignal;
}

/** The rows of a batch: bare, or with the fields of the file they were read from. */
export type BatchRows = readonly DataRow[] | DataTable;

/** Whether rows were given as they are, not as a promise. */
function isBatchRows(rows: BatchRows | PromiseLike<BatchRows>): rows is BatchRows {
  return Array.isArray(rows) || (rows !== null && typeof rows === "object" && "rows" in rows && "fields" in rows);
}

/** The rows of rows given bare or as a DataTable. */
function rowsOf(data: BatchRows): readonly DataRow[] {
  return Array.isArray(data) ? (data as readonly DataRow[]) : (data as DataTable).rows;
}

/** The worker script beside this module, in the built package (`dist/worker.js`). */
export function defaultWorkerUrl(): URL {
  const here = new URL(import.meta.url);
  // Run from the TypeScript sources (tests), the built worker is used.
  return here.pathname.endsWith(".ts") ? new URL("../dist/worker.js", here) : new URL("./worker.js", here);
}

/**
 * Renders one report per data row on worker threads and yields each row's result in row order
 * (a row finished early is held until the rows before it are yielded): its files' bytes (or, with
 * `stageIn`, the files the workers wrote) and name, or every problem of its document with the row
 * number. A bad row never stops the others. Rows go to the workers a chunk at a time, and at most
 * `jobs × BATCH_IN_FLIGHT × BATCH_CHUNK` rows are held finished ahead of the consumer (the workers
 * wait while as many are), so memory stays flat however long the batch. Stopping the iteration
 * early, or aborting `signal`, ends the workers.
 * @throws ReportError at once when the template or the name pattern itself has problems, or (given
 * a DataTable) when the template reads for every row a field the data file does not have, before
 * any row is rendered; with `stageIn`, an Error carrying the system's `code` and `path` when a
 * worker could not write a file.
 */
export function renderBatch(options: BatchOptions & { stageIn: string }): AsyncGenerator<BatchResult<StagedOutput>>;
export function renderBatch(options: BatchOptions & { stageIn?: undefined }): AsyncGenerator<BatchResult>;
/** The implementation: each result's outputs are all bytes, or all staged files, as `stageIn` says. */
export async function* renderBatch(options: BatchOptions): AsyncGenerator<BatchResult<BatchOutput | StagedOutput>> {
  const locale = options.locale ?? "zh";
  const setup: BatchSetup = { template: options.template, locale, formats: options.formats ?? ["docx"] };
  if (options.fileName !== undefined) setup.fileName = options.fileName;
  if (options.name !== undefined) setup.name = options.name;
  if (options.stageIn !== undefined) setup.stageIn = options.stageIn;
  const { signal } = options;
  signal?.throwIfAborted();
  // Rows given at once: no more workers than chunks. Rows still being read: the workers start
  // while they are, and while the template is checked here.
  const given = options.rows;
  const known = isBatchRows(given) ? rowsOf(given) : undefined;
  const wanted = options.jobs ?? availableParallelism();
  const jobs = Math.max(1, known ? Math.min(wanted, Math.ceil(known.length / BATCH_CHUNK) || 1) : wanted);
  const url = options.workerUrl ?? defaultWorkerUrl();
  const heapLimit = options.workerHeapMb ?? BATCH_WORKER_HEAP_MB;

  let rows: readonly DataRow[] = known ?? [];
  let fields: readonly string[] | undefined;
  let next = 0;
  /** The next chunk of rows, made only when it is sent. */
  const nextChunk = (): BatchTask[] | undefined => {
    if (next >= rows.length) return undefined;
    const chunk = rows.slice(next, next + BATCH_CHUNK).map((r, j): BatchTask => {
      const task: BatchTask = { id: next + j, row: r.row, values: r.values };
      if (fields !== undefined) task.fields = fields;
      return task;
    });
    next += chunk.length;
    return chunk;
  };
  /** Finished results not yet yielded, by task id (the row's place); `order`: the id yielded next. */
  const ready = new Map<number, BatchResult<BatchOutput | StagedOutput>>();
  let order = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const onAbort = () => {
    failure ??= signal?.reason;
    notify();
  };
  let pending = 0;
  const limit = jobs * BATCH_IN_FLIGHT * BATCH_CHUNK;
  const idle: Worker[] = [];
  const workers: Worker[] = [];
  /**
   * The chunks each running worker was sent and has not answered yet, oldest first (it answers in
   * order); a worker that ran out of memory is no longer here.
   */
  const inFlight = new Map<Worker, BatchTask[][]>();
  const send = (worker: Worker) => {
    if (!inFlight.has(worker)) return; // a worker replaced after running out of memory
    if (ready.size >= limit) {
      idle.push(worker);
      return;
    }
    const chunk = nextChunk();
    if (!chunk) return;
    pending++;
    inFlight.get(worker)?.push(chunk);
    worker.postMessage(chunk);
  };
  /** Starts a worker, with the heap limit or without; a limited one that runs out is replaced. */
  const start = (limited: boolean): Worker => {
    const resourceLimits = limited
      ? { maxOldGenerationSizeMb: heapLimit as number, maxYoungGenerationSizeMb: BATCH_WORKER_YOUNG_MB }
      : undefined;
    // The process's options are inherited as Node parsed them: given as `execArgv`, V8's flags
    // (`node --max-old-space-size=… gongwen batch`) would be refused, and the batch with them.
    const worker = new Worker(url, { workerData: setup, ...(resourceLimits ? { resourceLimits } : {}) });
    workers.push(worker);
    inFlight.set(worker, []);
    worker.on("message", (reply: BatchReply<BatchOutput | StagedOutput>) => {
      pending--;
      inFlight.get(worker)?.shift();
      if ("writeFailure" in reply) {
        const { message, code, file } = reply.writeFailure;
        failure ??= Object.assign(new Error(message), { code, path: file });
      } else {
        for (const result of reply.results) ready.set(result.id, result);
        send(worker);
      }
      notify();
    });
    worker.on("error", (error: NodeJS.ErrnoException) => {
      if (limited && error.code === "ERR_WORKER_OUT_OF_MEMORY" && failure === undefined) {
        // Rows too big for the limit: a worker without it renders them again.
        const unanswered = inFlight.get(worker) ?? [];
        inFlight.delete(worker);
        const replacement = start(false);
        for (const chunk of unanswered) {
          inFlight.get(replacement)?.push(chunk);
          replacement.postMessage(chunk);
        }
        for (let j = unanswered.length; j < BATCH_IN_FLIGHT && next > 0; j++) send(replacement);
        return;
      }
      failure ??= error;
      notify();
    });
    return worker;
  };
  try {
    for (let i = 0; i < jobs; i++) start(heapLimit !== false);
    // Checked here too, so a broken template is one error and not one per worker.
    const template = loadTemplate(
      options.template,
      options.fileName === undefined ? { locale } : { locale, fileName: options.fileName },
    );
    const name = options.name === undefined ? [] : [loadTextTemplate(options.name, { locale, fileName: "--name" })];
    const data = isBatchRows(given) ? given : await given;
    rows = rowsOf(data);
    signal?.throwIfAborted();
    if (!Array.isArray(data)) {
      // A field no row has fails every row alike: said once, before any is rendered.
      const table = data as DataTable;
      const missing = missingFieldProblems(template, table, name);
      if (missing.length > 0) throw new ReportError(missing, locale);
      fields = table.fields;
    }
    signal?.addEventListener("abort", onAbort, { once: true });
    for (const worker of [...inFlight.keys()]) for (let j = 0; j < BATCH_IN_FLIGHT; j++) send(worker);
    while (pending > 0 || ready.size > 0) {
      if (failure) throw failure;
      // Rows are sent in order, so the next row is held here or in a worker's hands, never unsent.
      const result = ready.get(order);
      if (result) {
        ready.delete(order++);
        yield result;
        while (idle.length > 0 && ready.size < limit) send(idle.pop() as Worker);
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
