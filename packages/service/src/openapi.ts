import { reportJsonSchema } from "@gongwen/schema";
import * as z from "zod";
import { DOCX_MEDIA_TYPE, IMPORT_MEDIA_TYPES, RENDER_FORMATS, REPORT_MEDIA_TYPES } from "./media-types.js";
import { PROBLEM_MEDIA_TYPE, problemDetailsSchema } from "./problem.js";

const lintItem = z.looseObject({
  file: z.string(),
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  message: z.string(),
  messages: z.object({ zh: z.string(), en: z.string() }),
  path: z.array(z.union([z.string(), z.number()])),
  line: z.int().optional(),
  column: z.int().optional(),
});

const importResult = z.object({
  report: z.record(z.string(), z.unknown()).meta({ description: "导入的报告（规范化的模型）/ the imported report" }),
  yaml: z.string().meta({ description: "可编辑的带注释 YAML / the commented YAML a clerk edits" }),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), line: z.int(), file: z.string().optional() })),
  removed: z.array(z.looseObject({ kind: z.string(), text: z.string(), line: z.int() })),
});

const templateRequest = z.object({
  template: z.string().meta({ description: "模板：含 Handlebars 表达式的 YAML 或 Markdown 报告 / the template text" }),
  templateFormat: z.enum(["yaml", "markdown"]).optional(),
  data: z.record(z.string(), z.unknown()).optional().meta({ description: "填入模板的数据 / the data" }),
});

const schema = (type: z.ZodType) => z.toJSONSchema(type, { target: "draft-2020-12" });

const problem = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/Problem" } } },
});

const lang = {
  name: "lang",
  in: "query",
  schema: { enum: ["zh", "en"] },
  description: "消息语言（默认按 Accept-Language，再默认中文）/ language of messages",
};

const reportBody = {
  required: true,
  content: Object.fromEntries(
    Object.keys(REPORT_MEDIA_TYPES).map((type) => [
      type,
      type === "application/json"
        ? { schema: { $ref: "#/components/schemas/Report" } }
        : { schema: { type: "string" } },
    ]),
  ),
};

const COMMON_ERRORS = {
  "413": problem("请求内容太大 / body too large"),
  "415": problem("不支持的内容类型 / unsupported content type"),
  "503": problem("队列已满（Retry-After）或服务正在停止 / queue full (Retry-After) or shutting down"),
  "504": problem("处理超时，工作已停止 / timed out, the work was stopped"),
};

/**
 * The OpenAPI 3.1 document of the service: every route, its parameters, bodies and answers. The
 * report's schema is the model's own JSON Schema (reportJsonSchema, generated from the zod model
 * with z.toJSONSchema), and the other bodies are zod schemas turned into JSON Schema here, so the
 * document cannot drift from the code.
 */
export function openApiDocument(version: string): Record<string, unknown> {
  const { $schema: _draft, ...report } = reportJsonSchema();
  return {
    openapi: "3.1.0",
    info: {
      title: "gongwen 服务 / gongwen service",
      version,
      description:
        "按 GB/T 9704-2012 排版机关年度工作总结和工作思路：校验、检查、导入、生成 DOCX/Markdown/HTML。错误为 application/problem+json。\nRender, validate, lint and import Chinese government annual work reports. Errors are application/problem+json.",
    },
    paths: {
      "/v1/render": {
        post: {
          summary: "生成报告 / render a report (or a template with its data)",
          parameters: [
            { name: "format", in: "query", schema: { enum: RENDER_FORMATS, default: "docx" } },
            {
              name: "flavor",
              in: "query",
              schema: { enum: ["page", "portal"] },
              description: "html: page (default) | portal; md: portal (no front matter)",
            },
            { name: "disclosureTable", in: "query", schema: { type: "boolean" } },
            { name: "profile", in: "query", schema: { enum: ["gbt9704", "fangzhengGbk"] } },
            lang,
          ],
          requestBody: {
            ...reportBody,
            content: {
              ...reportBody.content,
              "application/json": {
                schema: {
                  oneOf: [{ $ref: "#/components/schemas/Report" }, { $ref: "#/components/schemas/TemplateRequest" }],
                },
              },
            },
          },
          responses: {
            "200": {
              description:
                "报告文件，Content-Disposition 带 UTF-8 文件名（filename*）/ the file, named after the title",
              content: {
                [DOCX_MEDIA_TYPE]: { schema: { type: "string", contentMediaType: DOCX_MEDIA_TYPE } },
                "text/markdown": { schema: { type: "string" } },
                "text/html": { schema: { type: "string" } },
                "application/json": { schema: { type: "object" } },
              },
            },
            "400": problem("未知的输出格式或参数 / unknown format or parameter"),
            "422": problem("报告有问题（每个问题带行列）/ the report has problems, each located"),
            "501": problem("未安装模板功能 / templates not installed"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/validate": {
        post: {
          summary: "校验报告 / validate a report",
          parameters: [lang],
          requestBody: reportBody,
          responses: {
            "200": {
              description: "通过 / valid",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { valid: { const: true }, report: { type: "object" } } },
                },
              },
            },
            "422": problem("报告有问题 / the report has problems"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/lint": {
        post: {
          summary: "像审核员一样检查 / proofread (the items of gongwen lint --format json)",
          parameters: [lang],
          requestBody: reportBody,
          responses: {
            "200": {
              description: "检查结果 / diagnostics",
              content: {
                "application/json": { schema: { type: "array", items: { $ref: "#/components/schemas/LintItem" } } },
              },
            },
            "422": problem("无法读取为报告 / not a readable report"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/import": {
        post: {
          summary: "导入去年的报告 / import a report from pasted text, Markdown or DOCX",
          parameters: [{ name: "from", in: "query", schema: { enum: ["text", "markdown", "docx"] } }, lang],
          requestBody: {
            required: true,
            content: {
              ...Object.fromEntries(Object.keys(IMPORT_MEDIA_TYPES).map((t) => [t, { schema: { type: "string" } }])),
              "multipart/form-data": {
                schema: {
                  type: "object",
                  properties: { file: { type: "string", contentMediaType: "application/octet-stream" } },
                },
              },
            },
          },
          responses: {
            "200": {
              description: "报告（JSON 和 YAML）及导入时的提示 / the report as JSON and YAML, with warnings",
              content: { "application/json": { schema: { $ref: "#/components/schemas/ImportResult" } } },
            },
            "422": problem("无法导入 / cannot be imported"),
            ...COMMON_ERRORS,
          },
        },
      },
      "/v1/schema": {
        get: {
          summary: "报告的 JSON Schema / the report's JSON Schema",
          responses: {
            "200": {
              description: "JSON Schema",
              content: { "application/schema+json": { schema: { type: "object" } } },
            },
          },
        },
      },
      "/openapi.json": {
        get: { summary: "本文档 / this document", responses: { "200": { description: "OpenAPI 3.1" } } },
      },
      "/healthz": {
        get: { summary: "健康检查 / health", responses: { "200": { description: "ok, with the pool's figures" } } },
      },
    },
    components: {
      schemas: {
        Report: report,
        TemplateRequest: schema(templateRequest),
        Problem: schema(problemDetailsSchema),
        LintItem: schema(lintItem),
        ImportResult: schema(importResult),
      },
    },
  };
}
