import { createRequire } from "node:module";
import multipart from "@fastify/multipart";
import { BUILT_IN_PROFILES } from "@gongwen/render-docx/core";
import { HTML_FLAVORS } from "@gongwen/render-html";
import { type Locale, reportJsonSchema } from "@gongwen/schema";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest, LogController } from "fastify";
import type { ServiceConfig } from "./config.js";
import { contentDisposition } from "./content-disposition.js";
import { requestLocale, say } from "./locale.js";
import {
  IMPORT_MEDIA_TYPES,
  type ImportInputFormat,
  mediaTypeOf,
  OUTPUT_TYPES,
  RENDER_FORMATS,
  REPORT_MEDIA_TYPES,
  type RenderFormat,
} from "./media-types.js";
import { openApiDocument } from "./openapi.js";
import { PoolRefusal, type RenderPool } from "./pool.js";
import { problemDetails, sendProblem } from "./problem.js";
import type { RenderTaskOptions, ReportSource, Task, TaskResult, TaskSuccess } from "./task.js";

/** The version of the service, from its package.json. */
export const SERVICE_VERSION: string = (createRequire(import.meta.url)("../package.json") as { version: string })
  .version;

type Query = Record<string, string | undefined>;

/** A request's error that the route knows: its problem code and detail. */
class RequestProblem extends Error {
  constructor(
    readonly code: "invalid_request" | "unknown_format" | "unsupported_media_type",
    readonly detail: string,
  ) {
    super(detail);
  }
}

function localeOf(request: FastifyRequest): Locale {
  return requestLocale(request.query, request.headers["accept-language"]);
}

function bodyBytes(request: FastifyRequest): Uint8Array {
  const body = request.body;
  return body instanceof Uint8Array ? body : new Uint8Array();
}

/** The report in a request, by its content type: JSON, YAML or the Markdown dialect. */
function reportSource(request: FastifyRequest, locale: Locale): ReportSource {
  const type = mediaTypeOf(request.headers["content-type"]);
  const format = REPORT_MEDIA_TYPES[type];
  if (!format) {
    throw new RequestProblem(
      "unsupported_media_type",
      say(
        locale,
        `内容类型应为 ${Object.keys(REPORT_MEDIA_TYPES).join("、")} 之一，实际是“${type || "（无）"}”。`,
        `the content type must be one of ${Object.keys(REPORT_MEDIA_TYPES).join(", ")}, not "${type || "(none)"}".`,
      ),
    );
  }
  return { format, body: bodyBytes(request) };
}

/** The options of /v1/render from its query string; a value it does not know is a 400. */
function renderOptions(query: Query, locale: Locale): RenderTaskOptions {
  const format = (query.format ?? "docx").toLowerCase() as RenderFormat;
  if (!RENDER_FORMATS.includes(format)) {
    throw new RequestProblem(
      "unknown_format",
      say(
        locale,
        `format 应为 ${RENDER_FORMATS.join("、")} 之一，实际是“${query.format}”。`,
        `format must be one of ${RENDER_FORMATS.join(", ")}, not "${query.format}".`,
      ),
    );
  }
  const flavors: readonly string[] = format === "html" ? HTML_FLAVORS : format === "md" ? ["portal"] : [];
  if (query.flavor !== undefined && !flavors.includes(query.flavor)) {
    throw new RequestProblem(
      "invalid_request",
      say(
        locale,
        `flavor 对 ${format} 应为 ${flavors.join("、") || "（不可用）"}，实际是“${query.flavor}”。`,
        `flavor for ${format} must be ${flavors.join(" or ") || "(none)"}, not "${query.flavor}".`,
      ),
    );
  }
  if (query.profile !== undefined && !(query.profile in BUILT_IN_PROFILES)) {
    const names = Object.keys(BUILT_IN_PROFILES);
    throw new RequestProblem(
      "invalid_request",
      say(locale, `profile 应为 ${names.join("、")} 之一。`, `profile must be one of ${names.join(", ")}.`),
    );
  }
  const options: RenderTaskOptions = { format };
  if (query.flavor !== undefined) options.flavor = query.flavor as "page" | "portal";
  if (query.disclosureTable === "true" || query.disclosureTable === "1") options.disclosureTable = true;
  if (query.profile !== undefined) options.profile = query.profile;
  return options;
}

/** The format of an import: `?from=`, else the content type. */
function importFormat(request: FastifyRequest, locale: Locale): ImportInputFormat {
  const from = (request.query as Query).from;
  const named: Record<string, ImportInputFormat> = {
    text: "text",
    txt: "text",
    markdown: "markdown",
    md: "markdown",
    docx: "docx",
  };
  const format = from !== undefined ? named[from] : IMPORT_MEDIA_TYPES[mediaTypeOf(request.headers["content-type"])];
  if (format) return format;
  throw new RequestProblem(
    "unsupported_media_type",
    say(
      locale,
      "导入的内容类型应为 text/plain、text/markdown 或 DOCX（也可用 ?from=text|markdown|docx 指明）。",
      "an import is text/plain, text/markdown or DOCX (or say ?from=text|markdown|docx).",
    ),
  );
}

/** The formats of uploaded files by extension. */
const UPLOAD_EXTENSIONS: Record<string, ImportInputFormat> = {
  docx: "docx",
  md: "markdown",
  markdown: "markdown",
  txt: "text",
};

/** The file of a form upload (`multipart/form-data`): its bytes, and its format from `?from=`, its type or its name. */
async function uploadedFile(
  request: FastifyRequest,
  locale: Locale,
): Promise<{ format: ImportInputFormat; body: Uint8Array }> {
  const file = await request.file();
  if (!file) {
    throw new RequestProblem("invalid_request", say(locale, "表单中没有文件。", "the form holds no file."));
  }
  const body = await file.toBuffer();
  // A file's name decides its format (one named otherwise is refused); without an extension, its type.
  const extension = /\.([^.]+)$/.exec(file.filename)?.[1]?.toLowerCase();
  const from = (request.query as Query).from;
  const format =
    from !== undefined
      ? importFormat(request, locale)
      : extension !== undefined
        ? UPLOAD_EXTENSIONS[extension]
        : IMPORT_MEDIA_TYPES[mediaTypeOf(file.mimetype)];
  if (!format) {
    throw new RequestProblem(
      "unsupported_media_type",
      say(
        locale,
        `不知道如何导入“${file.filename}”：请上传 .docx、.md 或 .txt 文件。`,
        `cannot tell how to import "${file.filename}": upload a .docx, .md or .txt file.`,
      ),
    );
  }
  return { format, body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
}

/**
 * The HTTP application: routes over a worker pool. It parses the request, hands one task to the
 * pool and formats the answer; every error is `application/problem+json` in the request's
 * language, with the report's problems located, never a stack.
 */
export function buildApp(config: ServiceConfig, pool: RenderPool): FastifyInstance {
  const app = Fastify({
    logger: { level: config.logLevel },
    // One log line per request (below), not Fastify's two. (Through the log controller: the
    // top-level `disableRequestLogging` prints a deprecation warning at every start.)
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimit,
    requestTimeout: Math.max(30_000, config.timeoutMs * 2),
    return503OnClosing: false,
    forceCloseConnections: "idle",
  });
  // Every query parameter is one value: a repeated one (`?format=docx&format=md`) is a 400 here,
  // before any route reads it as a string.
  app.addHook("onRequest", async (request) => {
    const repeated = Object.entries(request.query as Record<string, unknown>).find(([, v]) => Array.isArray(v));
    if (repeated) {
      throw new RequestProblem(
        "invalid_request",
        say(
          localeOf(request),
          `参数 ${repeated[0]} 只能给一次。`,
          `the parameter ${repeated[0]} may be given only once.`,
        ),
      );
    }
  });
  let closing = false;
  app.addHook("onClose", async () => {
    closing = true;
  });
  app.addHook("preClose", async () => {
    closing = true;
  });
  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      "request",
    );
  });
  // While closing, answers end their connection, so keep-alive clients do not hold the shutdown up.
  app.addHook("onSend", async (_request, reply) => {
    if (closing) reply.header("connection", "close");
  });
  app.addHook("onRequest", async (request, reply) => {
    if (closing) {
      reply.header("connection", "close");
      return sendProblem(reply, problemDetails("shutting_down", localeOf(request)));
    }
  });

  // Bodies are read as bytes, whatever their type; each route says which types it takes.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  // A form upload (`multipart/form-data`, as browsers send files) is read by /v1/import: one file, within the body limit.
  app.register(multipart, { limits: { files: 1, fileSize: config.bodyLimit, fields: 10, parts: 12 } });

  /** Runs a task and answers a report's problems (422) and the pool's refusals (503, 504). */
  async function work(request: FastifyRequest, reply: FastifyReply, task: Task): Promise<TaskSuccess | undefined> {
    const locale = localeOf(request);
    let result: TaskResult;
    try {
      result = await pool.run(task);
    } catch (error) {
      if (!(error instanceof PoolRefusal)) throw error;
      if (error.reason === "busy") {
        reply.header("retry-after", String(config.retryAfter));
        sendProblem(reply, problemDetails("busy", locale));
      } else {
        request.log.warn({ timeoutMs: config.timeoutMs }, "work stopped: timeout");
        sendProblem(
          reply,
          problemDetails(
            "timeout",
            locale,
            say(locale, `超过 ${config.timeoutMs} 毫秒。`, `it took more than ${config.timeoutMs} ms.`),
          ),
        );
      }
      return undefined;
    }
    if (!result.ok) {
      if (result.code === "invalid_report")
        sendProblem(reply, problemDetails("invalid_report", locale, undefined, result.problems));
      else sendProblem(reply, problemDetails(result.code, locale, result.detail));
      return undefined;
    }
    return result;
  }

  app.post("/v1/render", async (request, reply) => {
    const locale = localeOf(request);
    const options = renderOptions(request.query as Query, locale);
    const result = await work(request, reply, {
      kind: "render",
      locale,
      source: reportSource(request, locale),
      options,
    });
    if (!result) return reply;
    const output = OUTPUT_TYPES[options.format];
    const body =
      result.body instanceof Uint8Array
        ? Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength)
        : result.body;
    return reply
      .type(output.type)
      .header("content-disposition", contentDisposition(result.title ?? "report", output.extension))
      .send(body);
  });

  app.post("/v1/validate", async (request, reply) => {
    const locale = localeOf(request);
    const result = await work(request, reply, { kind: "validate", locale, source: reportSource(request, locale) });
    return result ? reply.send({ valid: true, report: result.json }) : reply;
  });

  app.post("/v1/lint", async (request, reply) => {
    const locale = localeOf(request);
    const result = await work(request, reply, { kind: "lint", locale, source: reportSource(request, locale) });
    return result ? reply.send(result.json) : reply;
  });

  app.post("/v1/import", async (request, reply) => {
    const locale = localeOf(request);
    const { format, body } = request.isMultipart()
      ? await uploadedFile(request, locale)
      : { format: importFormat(request, locale), body: bodyBytes(request) };
    const result = await work(request, reply, { kind: "import", locale, format, body });
    return result ? reply.send(result.json) : reply;
  });

  const schema = JSON.stringify(reportJsonSchema(), null, 2);
  app.get("/v1/schema", async (_request, reply) => reply.type("application/schema+json; charset=utf-8").send(schema));

  const openapi = JSON.stringify(openApiDocument(SERVICE_VERSION), null, 2);
  app.get("/openapi.json", async (_request, reply) => reply.type("application/json; charset=utf-8").send(openapi));

  app.get("/healthz", async () => {
    const { rss, heapUsed } = process.memoryUsage();
    return { status: "ok", version: SERVICE_VERSION, pool: pool.stats(), memory: { rss, heapUsed } };
  });

  app.setNotFoundHandler((request, reply) => {
    const locale = localeOf(request);
    sendProblem(
      reply,
      problemDetails(
        "not_found",
        locale,
        say(locale, `没有 ${request.method} ${request.url}。`, `no ${request.method} ${request.url}.`),
      ),
    );
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    const locale = localeOf(request);
    if (error instanceof RequestProblem) return sendProblem(reply, problemDetails(error.code, locale, error.detail));
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE" || error.code === "FST_REQ_FILE_TOO_LARGE") {
      return sendProblem(
        reply,
        problemDetails(
          "body_too_large",
          locale,
          say(locale, `最大 ${config.bodyLimit} 字节。`, `at most ${config.bodyLimit} bytes.`),
        ),
      );
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, {
        ...problemDetails("invalid_request", locale, error.message),
        status: error.statusCode,
      });
    }
    request.log.error({ err: error }, "internal error");
    return sendProblem(reply, problemDetails("internal", locale));
  });

  return app;
}
