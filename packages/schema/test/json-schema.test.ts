import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIELD_TITLES, reportJsonSchema } from "../src/index.js";

type Json = Record<string, unknown>;

/** Every object property of a JSON Schema, with its path, following $defs and unions. */
function properties(schema: Json, root: Json, seen = new Set<Json>()): [string, Json][] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const out: [string, Json][] = [];
  const ref = schema.$ref as string | undefined;
  if (ref?.startsWith("#/$defs/")) {
    const target = (root.$defs as Record<string, Json>)[ref.slice(8)];
    if (target) out.push(...properties(target, root, seen));
  }
  for (const [key, value] of Object.entries((schema.properties as Record<string, Json>) ?? {})) {
    out.push([key, value], ...properties(value, root, seen));
  }
  for (const key of ["items", "anyOf", "oneOf", "allOf"]) {
    const child = schema[key];
    for (const c of Array.isArray(child) ? child : child ? [child] : []) out.push(...properties(c as Json, root, seen));
  }
  return out;
}

describe("reportJsonSchema", () => {
  const schema = reportJsonSchema();

  it("gives every field a Chinese title and description", () => {
    const props = properties(schema, schema).filter(([key]) => key !== "$schema");
    expect(props.length).toBeGreaterThan(30);
    for (const [key, prop] of props) {
      expect(prop.title, key).toBe(FIELD_TITLES[key]);
      expect(String(prop.description), key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("carries examples for the fields clerks fill in", () => {
    const meta = (schema.properties as Record<string, Json>).meta as Json;
    const metaProps = meta.properties as Record<string, Json>;
    for (const key of ["org", "year", "date", "docNumber"]) expect(metaProps[key]?.examples, key).toBeDefined();
  });

  it("describes the input: defaults and enums are visible, required fields are listed", () => {
    const meta = (schema.properties as Record<string, Json>).meta as Json;
    expect(meta.required).toEqual(expect.arrayContaining(["org", "year", "date"]));
    expect((meta.properties as Record<string, Json>).kind?.enum).toEqual(["summary-and-plan", "summary", "plan"]);
    expect(meta.additionalProperties).toBe(false);
  });

  it("is the schema committed as packages/schema/report.schema.json (run pnpm build to refresh it)", () => {
    const committed = JSON.parse(readFileSync(new URL("../report.schema.json", import.meta.url), "utf8"));
    expect(committed).toEqual(schema);
  });
});
