import type { Locale, Problem } from "@gongwen/schema";
import type { FastifyReply } from "fastify";
import * as z from "zod";
import { say } from "./locale.js";

/** The media type of error responses (RFC 9457). */
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** What went wrong, as the service knows it: each kind of error has its status and a code. */
export const PROBLEM_CODES = [
  "invalid_report",
  "invalid_request",
  "unsupported_media_type",
  "unknown_format",
  "body_too_large",
  "not_found",
  "method_not_allowed",
  "timeout",
  "busy",
  "shutting_down",
  "internal",
] as const;

/** One of PROBLEM_CODES. */
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One problem of a report, as the CLI reports it (the model's Problem). */
export const problemItemSchema = z.object({
  code: z
    .string()
    .meta({ description: "问题代码 / problem code: invalid_type, unrecognized_keys, yaml_…, row_width …" }),
  path: z.array(z.union([z.string(), z.number()])).meta({ description: "模型中的位置 / path in the model" }),
  message: z.string().meta({ description: "说明（按请求的语言）/ message in the request's language" }),
  file: z.string().optional(),
  line: z.int().optional().meta({ description: "1-based line in the body" }),
  column: z.int().optional().meta({ description: "1-based column in the body" }),
});

/**
 * An error response body (RFC 9457 problem details): `type` (a URN naming the code), `title` in
 * the request's language, `status`, `detail`, `code`, and for a report with mistakes `problems`:
 * every problem as the CLI reports it (`code`, `path`, `message`, `line`, `column`). Never a stack.
 * The OpenAPI document is generated from this schema and the type is inferred from it.
 */
export const problemDetailsSchema = z.object({
  type: z.string().meta({ examples: ["urn:gongwen:problem:invalid_report"] }),
  title: z.string(),
  status: z.int(),
  code: z.enum(PROBLEM_CODES),
  detail: z.string().optional(),
  problems: z.array(problemItemSchema).optional(),
});

/** The body of an error response; see problemDetailsSchema. */
export type ProblemDetails = z.infer<typeof problemDetailsSchema>;

const TITLES: Record<ProblemCode, [number, string, string]> = {
  invalid_report: [422, "报告有问题", "The report has problems"],
  invalid_request: [400, "请求有误", "Bad request"],
  unsupported_media_type: [415, "不支持这种内容类型", "Unsupported content type"],
  unknown_format: [400, "不支持这种输出格式", "Unknown output format"],
  body_too_large: [413, "请求内容太大", "Request body too large"],
  not_found: [404, "没有这个地址", "Not found"],
  method_not_allowed: [405, "这个地址不接受这种请求方法", "Method not allowed"],
  timeout: [504, "处理超时，已停止", "The work took too long and was stopped"],
  busy: [503, "服务繁忙，请稍后重试", "The service is busy; retry later"],
  shutting_down: [503, "服务正在停止", "The service is shutting down"],
  internal: [500, "服务内部错误", "Internal error"],
};

/** The HTTP status of a problem code. */
export function problemStatus(code: ProblemCode): number {
  return TITLES[code][0];
}

/** The problem details of a code, in a language, with an optional detail and the report's problems. */
export function problemDetails(
  code: ProblemCode,
  locale: Locale,
  detail?: string,
  problems?: Problem[],
): ProblemDetails {
  const [status, zh, en] = TITLES[code];
  const out: ProblemDetails = { type: `urn:gongwen:problem:${code}`, title: say(locale, zh, en), status, code };
  if (detail !== undefined) out.detail = detail;
  if (problems !== undefined) out.problems = problems;
  return out;
}

/** Sends problem details as `application/problem+json` with their status. */
export function sendProblem(reply: FastifyReply, details: ProblemDetails): FastifyReply {
  return reply.code(details.status).type(PROBLEM_MEDIA_TYPE).send(details);
}
