import type { Locale, Problem } from "@gongwen/schema";
import type { ImportInputFormat, RenderFormat, ReportInputFormat } from "./media-types.js";

/** A report in a request: its bytes as sent and the format its content type names. */
export interface ReportSource {
  format: ReportInputFormat;
  body: Uint8Array;
}

/** A template with its data (a JSON body `{ "template": "…", "data": {…} }`), the other form of /v1/render. */
export interface TemplateSource {
  template: string;
  templateFormat: "yaml" | "markdown";
  data: unknown;
}

/** Options of a rendering, from the query string. */
export interface RenderTaskOptions {
  format: RenderFormat;
  /** HTML `page` or `portal`; Markdown `portal`. */
  flavor?: "page" | "portal";
  disclosureTable?: boolean;
  /** A built-in layout profile by name (`gbt9704`, `fangzhengGbk`). */
  profile?: string;
}

/** One piece of work for a worker thread. Everything that reads or writes a report runs there, so a timeout can stop it. */
export type Task =
  | { kind: "warm" }
  | { kind: "render"; locale: Locale; source: ReportSource; options: RenderTaskOptions }
  | { kind: "validate"; locale: Locale; source: ReportSource }
  | { kind: "lint"; locale: Locale; source: ReportSource }
  | { kind: "import"; locale: Locale; format: ImportInputFormat; body: Uint8Array };

/** What a worker sends back: a result, or the report's problems (422), or a problem the service names. */
export type TaskResult = TaskSuccess | TaskFailure;

/** A task's result: the rendered file and the report's title, or the JSON of the answer. */
export interface TaskSuccess {
  ok: true;
  title?: string;
  body?: Uint8Array | string;
  json?: unknown;
}

/** Why a task has no result. */
export type TaskFailure =
  | { ok: false; code: "invalid_report"; problems: Problem[] }
  | { ok: false; code: "invalid_request"; detail: string };
