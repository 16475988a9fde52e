/** Every endpoint of the service over real HTTP on loopback, and the errors a client can cause. */
import { deflateRawSync } from "node:zlib";
import { importReport } from "@gongwen/import";
import { renderDocxSync } from "@gongwen/render-docx";
import { renderHtml } from "@gongwen/render-html";
import { renderMarkdown } from "@gongwen/render-md";
import { loadReportYaml, reportJsonSchema } from "@gongwen/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCX_MEDIA_TYPE, type RunningService } from "../src/index.js";
import { get, HEALTH_YAML, post, serve } from "./helpers.js";

let service: RunningService;
let base = "";
const report = loadReportYaml(HEALTH_YAML);

beforeAll(async () => {
  service = await serve({ bodyLimit: 64 * 1024 });
  base = service.url;
}, 60_000);

afterAll(async () => {
  await service?.close();
});

const PROBLEM = "application/problem+json; charset=utf-8";

describe("GET routes", () => {
  it("/healthz says ok with the pool's figures", async () => {
    const response = await get(`${base}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", pool: { workers: 1, queued: 0 } });
  });

  it("/v1/schema is the model's JSON Schema", async () => {
    const response = await get(`${base}/v1/schema`);
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    expect(await response.json()).toEqual(reportJsonSchema());
  });

  it("/openapi.json documents every route, with the report schema generated from the model", async () => {
    const doc = await (await get(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/healthz",
      "/openapi.json",
      "/v1/import",
      "/v1/lint",
      "/v1/render",
      "/v1/schema",
      "/v1/validate",
    ]);
    const { $schema: _draft, ...schema } = reportJsonSchema();
    expect(doc.components.schemas.Report).toEqual(schema);
    expect(doc.components.schemas.Problem.properties.problems.items.properties.line).toBeDefined();
    expect(doc.paths["/v1/render"].post.responses["503"].content["application/problem+json"]).toBeDefined();
  });

  it("answers an unknown address with a 404 problem", async () => {
    const response = await get(`${base}/v2/render`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(await response.json()).toMatchObject({ code: "not_found", title: "没有这个地址" });
  });
});

describe("POST /v1/render", () => {
  it("renders YAML to DOCX, the same bytes as the library with zlib's compressor, named after the title (filename*)", async () => {
    const response = await post(`${base}/v1/render?format=docx`, HEALTH_YAML, "application/yaml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_MEDIA_TYPE);
    const disposition = response.headers.get("content-disposition") as string;
    expect(disposition.startsWith("attachment; filename=\"report.docx\"; filename*=UTF-8''")).toBe(true);
    expect(decodeURIComponent(disposition.split("''")[1] as string)).toBe(`${report.meta.title}.docx`);
    // The worker compresses with zlib (native); the parts are the portable default's (render-docx's deflate test).
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(
      renderDocxSync(report, { deflateRaw: deflateRawSync }),
    );
  });

  it("takes JSON and Markdown too, and writes Markdown, HTML and JSON", async () => {
    const json = await post(`${base}/v1/render?format=json`, JSON.stringify(report), "application/json");
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await json.json()).toEqual(report);
    const md = await post(`${base}/v1/render?format=md`, renderMarkdown(report), "text/markdown; charset=utf-8");
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toBe(renderMarkdown(report));
    const portal = await post(`${base}/v1/render?format=md&flavor=portal`, HEALTH_YAML, "text/yaml");
    expect(await portal.text()).toBe(renderMarkdown(report, { flavor: "portal" }));
    const html = await post(`${base}/v1/render?format=html&disclosureTable=true`, HEALTH_YAML, "application/yaml");
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await html.text()).toBe(renderHtml(report, { flavor: "page", disclosureTable: true }));
    const fragment = await post(`${base}/v1/render?format=html&flavor=portal`, HEALTH_YAML, "application/yaml");
    expect(await fragment.text()).toBe(renderHtml(report, { flavor: "portal" }));
  });

  it("locates the mistakes of bad YAML and of wrong types, in Chinese or in English", async () => {
    const bad = await post(`${base}/v1/render`, "meta:\n  org: 青溪县统计局\n\tyear: 2023\n", "application/yaml");
    expect(bad.status).toBe(422);
    expect(bad.headers.get("content-type")).toBe(PROBLEM);
    const syntax = await bad.json();
    expect(syntax).toMatchObject({ status: 422, code: "invalid_report", title: "报告有问题" });
    // Every problem at once: the Tab at its line, and the model's problems of what could be read past it.
    const tab = syntax.problems.find((p: { code: string }) => p.code.startsWith("yaml_"));
    expect(tab).toMatchObject({ line: 3, column: 1 });
    const wrong = HEALTH_YAML.replace("year: 2023", "year: 二〇二三");
    const zh = await (await post(`${base}/v1/render`, wrong, "application/yaml")).json();
    const line = HEALTH_YAML.split("\n").findIndex((l) => l.includes("year: 2023")) + 1;
    expect(zh.problems).toEqual([
      {
        code: "invalid_type",
        path: ["meta", "year"],
        message: "meta.year（年度）：应为数字，实际是文本“二〇二三”。",
        file: "<request>",
        line,
        column: 9,
      },
    ]);
    const en = await (
      await post(`${base}/v1/render`, wrong, "application/yaml", { "accept-language": "en-GB,en;q=0.9" })
    ).json();
    expect(en.title).toBe("The report has problems");
    expect(en.problems[0].message).toBe('meta.year (年度): must be a number, got the text "二〇二三".');
    const sent = '{\n  "meta": {"org": "局", "year": "2023"}\n}';
    const json = await (await post(`${base}/v1/validate?lang=en`, sent, "application/json")).json();
    const column = (sent.split("\n")[1] as string).indexOf('"2023"') + 1;
    expect(json.problems.find((p: { path: string[] }) => p.path.join(".") === "meta.year")).toMatchObject({
      line: 2,
      column,
    });
    expect(JSON.stringify([syntax, zh, en, json])).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it("locates a JSON syntax error where JSON stops, with the CLI's message (not YAML's advice)", async () => {
    const response = await post(`${base}/v1/validate`, '{\n  "meta": {"org": "局",}\n}', "application/json");
    expect(response.status).toBe(422);
    const [problem] = (await response.json()).problems;
    expect(problem).toMatchObject({ code: "json_syntax", line: 2, column: 23 });
    expect(problem.message).toMatch(/^JSON 语法错误：这里不符合 JSON 的写法/);
    const cut = await (await post(`${base}/v1/render?lang=en`, '{"meta":', "application/json")).json();
    expect(cut.problems[0]).toMatchObject({ code: "json_syntax", line: 1, column: 9 });
    expect(cut.problems[0].message).toMatch(/^JSON syntax error: /);
  });

  it("refuses an unknown format (400), a flavour the format lacks (400), an unknown content type (415)", async () => {
    const pdf = await post(`${base}/v1/render?format=pdf`, HEALTH_YAML, "application/yaml");
    expect(pdf.status).toBe(400);
    expect(await pdf.json()).toMatchObject({
      code: "unknown_format",
      detail: "format 应为 docx、md、html、json 之一，实际是“pdf”。",
    });
    const flavor = await post(`${base}/v1/render?format=docx&flavor=portal`, HEALTH_YAML, "application/yaml");
    expect(flavor.status).toBe(400);
    const profile = await post(`${base}/v1/render?profile=nope`, HEALTH_YAML, "application/yaml");
    expect(profile.status).toBe(400);
    const type = await post(`${base}/v1/render`, HEALTH_YAML, "application/pdf");
    expect(type.status).toBe(415);
    expect(await type.json()).toMatchObject({ code: "unsupported_media_type" });
  });

  it("refuses a query parameter given twice (400) on every route, in the request's language", async () => {
    const format = await post(`${base}/v1/render?format=docx&format=md`, HEALTH_YAML, "application/yaml");
    expect(format.status).toBe(400);
    expect(format.headers.get("content-type")).toBe(PROBLEM);
    expect(await format.json()).toMatchObject({ code: "invalid_request", detail: "参数 format 只能给一次。" });
    const from = await post(`${base}/v1/import?from=text&from=md&lang=en`, "正文", "text/plain");
    expect(from.status).toBe(400);
    expect(await from.json()).toMatchObject({ detail: "the parameter from may be given only once." });
  });

  it("refuses a body over the limit with 413", async () => {
    const response = await post(`${base}/v1/render`, "#".repeat(65 * 1024), "application/yaml");
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe(PROBLEM);
    expect(await response.json()).toMatchObject({ code: "body_too_large", detail: "最大 65536 字节。" });
  });

  it("refuses a body that is not UTF-8 at line 1", async () => {
    const gbk = new Uint8Array([0x6d, 0x65, 0x74, 0x61, 0x3a, 0x20, 0xc7, 0xe0]);
    const response = await post(`${base}/v1/validate`, gbk, "application/yaml");
    expect(response.status).toBe(422);
    expect((await response.json()).problems[0]).toMatchObject({ code: "not_utf8", line: 1 });
  });

  it("answers the template form with the filled report, and locates a template's unknown variable", async () => {
    const body = JSON.stringify({
      template: HEALTH_YAML.replace("青溪县卫生健康局", '"{{机关}}"'),
      data: { 机关: "鹤川县卫生健康局" },
    });
    const response = await post(`${base}/v1/render?format=json`, body, "application/json");
    expect(response.status).toBe(200);
    expect((await response.json()).meta.org).toBe("鹤川县卫生健康局");

    const unknown = JSON.stringify({
      template: HEALTH_YAML.replace("青溪县卫生健康局", '"{{机构}}"'),
      data: { 机关: "x" },
    });
    const refused = await post(`${base}/v1/render?format=docx`, unknown, "application/json");
    expect(refused.status).toBe(422);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await refused.json()).problems[0];
    expect(problem.message).toContain("机构");
    expect(problem.line).toBeGreaterThan(0);
  });
});

describe("POST /v1/validate, /v1/lint, /v1/import", () => {
  it("validates: the normalised report, or every problem located", async () => {
    const ok = await post(`${base}/v1/validate`, HEALTH_YAML, "application/yaml");
    expect(await ok.json()).toEqual({ valid: true, report: JSON.parse(JSON.stringify(report)) });
    const bad = await post(
      `${base}/v1/validate`,
      HEALTH_YAML.replace("  date:", "  titel: x\n  date:"),
      "application/yaml",
    );
    expect(bad.status).toBe(422);
    expect((await bad.json()).problems[0].message).toContain("是不是要写“title”");
  });

  it("lints as gongwen lint --format json does", async () => {
    const text = HEALTH_YAML.replace(/(opening:[^。]*)。/, "$1,");
    const response = await post(`${base}/v1/lint`, text, "application/yaml");
    expect(response.status).toBe(200);
    const items = (await response.json()) as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    const line = text.split("\n").findIndex((l) => l.includes(",") && !l.trimStart().startsWith("#")) + 1;
    expect(items).toContainEqual(
      expect.objectContaining({
        file: "<request>",
        rule: "punctuation-width",
        severity: "error",
        line,
        fix: expect.objectContaining({ text: "，" }),
      }),
    );
    for (const item of items)
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining(["file", "rule", "severity", "message", "messages", "path"]),
      );
  });

  it("imports pasted text, Markdown and DOCX into JSON and YAML with the importer's warnings", async () => {
    const text =
      "青溪县卫生健康局2023年工作总结\n\n一、主要成效\n全年新建村卫生室3个。\n\n青溪县卫生健康局\n2024年1月9日\n";
    const pasted = await (await post(`${base}/v1/import`, text, "text/plain; charset=utf-8")).json();
    expect(pasted.report.meta.org).toBe("青溪县卫生健康局");
    expect(pasted.yaml).toContain("org: 青溪县卫生健康局");
    expect(Array.isArray(pasted.warnings)).toBe(true);
    const md = await (await post(`${base}/v1/import`, renderMarkdown(report), "text/markdown")).json();
    expect(md.report).toEqual(JSON.parse(JSON.stringify(report)));
    const docx = renderDocxSync(report);
    const imported = await (await post(`${base}/v1/import`, docx, DOCX_MEDIA_TYPE)).json();
    const expected = await importReport(docx, { format: "docx", fileName: "<request>" });
    expect(imported.report).toEqual(JSON.parse(JSON.stringify(expected.report)));
    const notDocx = await post(`${base}/v1/import?from=docx`, "not a zip", "application/octet-stream");
    expect(notDocx.status).toBe(422);
  });

  it("imports a DOCX uploaded from a form (multipart/form-data), its format told by its name", async () => {
    const docx = renderDocxSync(report);
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(docx)]), "去年的报告.docx");
    const uploaded = await fetch(`${base}/v1/import`, { method: "POST", body: form });
    expect(uploaded.status).toBe(200);
    const expected = await importReport(docx, { format: "docx", fileName: "<request>" });
    expect(((await uploaded.json()) as { report: unknown }).report).toEqual(
      JSON.parse(JSON.stringify(expected.report)),
    );
    const unknown = new FormData();
    unknown.append("file", new Blob(["x"]), "报告.pdf");
    const refused = await fetch(`${base}/v1/import`, { method: "POST", body: unknown });
    expect(refused.status).toBe(415);
    const big = new FormData();
    big.append("file", new Blob([new Uint8Array(70 * 1024)]), "大.docx");
    const tooBig = await fetch(`${base}/v1/import`, { method: "POST", body: big });
    expect(tooBig.status).toBe(413);
  });
});
