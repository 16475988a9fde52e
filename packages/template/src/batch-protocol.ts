import type { Locale } from "@gongwen/schema";
import type { TemplateProblem } from "./tree.js";

/** The formats a batch writes: DOCX and the Markdown dialect. */
export const BATCH_FORMATS = ["docx", "md"] as const;
/** One of BATCH_FORMATS. */
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** What each worker is told once: the template (compiled there once) and what to make of it. */
export interface BatchSetup {
  template: string;
  fileName?: string;
  locale: Locale;
  formats: BatchFormat[];
  /** The file-name pattern (`{{县}}2023年工作总结`); the report's title when not given. */
  name?: string;
  /**
   * A folder the worker writes each output into (`<task id>.<format>`), instead of sending its
   * bytes back: the caller moves the file into place. See BatchOptions.stageIn.
   */
  stageIn?: string;
}

/** One data row to render. */
export interface BatchTask {
  id: number;
  row: number;
  values: Record<string, unknown>;
  /**
   * The fields the data file has (DataTable.fields), when known: a value the row lacks for one of
   * them is then said to be empty (RenderTemplateOptions.fields). One array for a whole message.
   */
  fields?: readonly string[];
}

/** A rendered file's content. */
export interface BatchOutput {
  format: BatchFormat;
  data: Uint8Array;
}

/** A rendered file written by the worker into the staging folder (BatchOptions.stageIn). */
export interface StagedOutput {
  format: BatchFormat;
  /** The written file's path: `<stageIn>/<task id>.<format>`. */
  file: string;
}

/** What a worker sends back for a row: its files, or every problem of its document. */
export type BatchResult<Output = BatchOutput> =
  | { id: number; row: number; ok: true; name: string; outputs: Output[] }
  | { id: number; row: number; ok: false; problems: TemplateProblem[] };

/**
 * What a worker posts for a message of tasks: each task's result, or, when writing a staged file
 * failed, that failure (the system's error code and message, and the file), which ends the batch.
 */
export type BatchReply<Output = BatchOutput> =
  | { results: BatchResult<Output>[] }
  | { writeFailure: { code?: string; message: string; file: string } };
