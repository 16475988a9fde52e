import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type RunningService, resolveConfig, type ServiceConfig, startService } from "../src/index.js";

/** An example report of the repository, as its YAML text. */
export function example(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../examples/${name}.yaml`, import.meta.url)), "utf8");
}

/** The 5,000-character benchmark report. */
export const HEALTH_YAML = example("qingxi-health-2023");

/** A service on a free loopback port, without signal handlers, logging nothing. */
export async function serve(overrides: Partial<ServiceConfig> = {}): Promise<RunningService> {
  const config = { ...resolveConfig({ port: 0, workers: 1, logLevel: "silent" }), ...overrides };
  return startService(config, { signals: false });
}

/**
 * A valid report that takes long to render: `paragraphs` paragraphs of 39 × `repeat` characters (195
 * by default), 100 a section.
 */
export function slowReportYaml(paragraphs: number, repeat = 5): string {
  const line = "全县完成粮食播种面积12.6万亩，同比增长2.1%，新建高标准农田8600亩。".repeat(repeat);
  // 100 paragraphs a section keeps within the model's limits (MAX_BLOCKS, MAX_SECTIONS).
  const sections = Array.from({ length: Math.ceil(paragraphs / 100) }, (_, s) => {
    const count = Math.min(100, paragraphs - s * 100);
    const content = Array.from({ length: count }, () => `          - ${line}`).join("\n");
    return `    - title: 粮食生产稳中有进\n      content:\n${content}`;
  });
  return `meta:
  org: 青溪县农业农村局
  year: 2023
  kind: summary
  date: 2024-01-12
body:
  sections:
${sections.join("\n")}
`;
}

/** Parsed JSON, walked freely in assertions (a failed walk fails the test). */
// biome-ignore lint/suspicious/noExplicitAny: assertions walk the parsed answers
export type Json = any;

/** A response whose JSON is typed for assertions. */
export interface JsonResponse extends Response {
  json(): Promise<Json>;
}

/** POSTs a body with a content type; returns the response. */
export function post(
  url: string,
  body: string | Uint8Array,
  type: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  // A Uint8Array over any buffer: fetch's types want one over an ArrayBuffer, which Buffer.from gives.
  const payload = typeof body === "string" ? body : Buffer.from(body);
  return fetch(url, { method: "POST", body: payload, headers: { "content-type": type, ...headers } });
}

/** GETs an address; returns the response. */
export function get(url: string): Promise<JsonResponse> {
  return fetch(url);
}
