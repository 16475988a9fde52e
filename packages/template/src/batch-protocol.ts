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
}

/** One data row to render. */
export interface BatchTask {
  id: number;
  row: number;
  values: Record<string, unknown>;
}

/** A rendered file's content. */
export interface BatchOutput {
  format: BatchFormat;
  data: Uint8Array;
}

/** What a worker sends back for a row: its files, or every problem of its document. */
export type BatchResult =
  | { id: number; row: number; ok: true; name: string; outputs: BatchOutput[] }
  | { id: number; row: number; ok: false; problems: TemplateProblem[] };
